// Results of queries kept against a version: the one cache behind queries::Caseload, so that a
// cached query is a single function there.
#pragma once

#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace opp::queries {

// Keeps each query's latest result with the arguments it was computed for. Every get() compares
// the version first, so a result is never stale (a view may commit a change in the middle of a
// frame), then the arguments, so a changed filter is computed afresh; a new version drops every
// result at once. A query is named by its member of `Counters` (a struct of ints), which counts
// how many times it was computed (for tests and benchmarks).
//
// The reference get() returns stays valid until the version changes or the same query is asked
// with other arguments: results live apart from one another, so neither other queries nor a
// query computed inside another's computation move them.
template <typename Counters>
class Memo {
 public:
  explicit Memo(std::function<std::uint64_t()> version) : version_(std::move(version)) {}

  std::uint64_t version() const { return version_(); }
  const Counters& rebuilds() const { return rebuilds_; }

  // The query's result for `args` (a std::tie of its arguments), computing it with `compute()`
  // unless it was computed for equal arguments at this version. A copy of the arguments is kept
  // (a string_view's text as a string).
  template <typename... Args, std::invocable Compute>
  const std::invoke_result_t<Compute&>& get(int Counters::*query, const std::tuple<Args&...>& args, Compute&& compute) {
    using Entry = Cached<std::tuple<Kept<std::remove_cvref_t<Args>>...>, std::invoke_result_t<Compute&>>;
    refresh();
    Entry& entry = find<Entry>(query);
    if (!entry.value || !(entry.value->first == args)) {
      // compute() runs before the old result is destroyed: it may throw, and then nothing changed.
      entry.value.emplace(args, compute());
      ++(rebuilds_.*query);
    }
    return entry.value->second;
  }

 private:
  template <typename T>
  using Kept = std::conditional_t<std::is_same_v<T, std::string_view>, std::string, T>;

  struct Result {
    virtual ~Result() = default;
    virtual void clear() = 0;
  };
  template <typename Key, typename Value>
  struct Cached final : Result {
    void clear() override { value.reset(); }
    std::optional<std::pair<Key, Value>> value;
  };
  // A query's place: its counter and the types of its arguments and result (so one counter asked
  // for two kinds of result keeps them apart instead of mixing them up).
  struct Slot {
    int Counters::*query;
    const void* type;
    std::unique_ptr<Result> result;  // on the heap: stays put as slots are added
  };
  template <typename Entry>
  static constexpr char kType = 0;  // its address names the type

  void refresh() {
    const std::uint64_t now = version_();
    if (built_for_ == now) return;
    built_for_ = now;
    for (Slot& slot : slots_) slot.result->clear();
  }

  template <typename Entry>
  Entry& find(int Counters::*query) {
    for (Slot& slot : slots_) {
      if (slot.query == query && slot.type == &kType<Entry>) return static_cast<Entry&>(*slot.result);
    }
    slots_.push_back(Slot{query, &kType<Entry>, std::make_unique<Entry>()});
    return static_cast<Entry&>(*slots_.back().result);
  }

  std::function<std::uint64_t()> version_;
  std::optional<std::uint64_t> built_for_;
  std::vector<Slot> slots_;  // a handful: found by a linear scan
  Counters rebuilds_{};
};

}  // namespace opp::queries
