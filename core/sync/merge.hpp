// Merging the changes of several devices: every device that has seen the same changes has the same store.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "core/commands/command.hpp"
#include "core/domain/field_error.hpp"
#include "core/domain/store.hpp"

namespace opp::sync {

// One committed change as it travels between devices: the journal record, and the id counter its
// device had after it (so a change refused elsewhere still uses up the ids it handed out there,
// and the device's later changes keep the ids they refer to).
struct SyncedChange {
  CommandRecord record;
  std::uint32_t ids_after = 0;
};

// A change that could not be applied at its place in the merged order, and why: kept, so the
// coordinator sees it (e.g. a stage move made on a case another device had closed before).
struct Refusal {
  CommandRecord record;
  std::vector<FieldError> reasons;
};

// The changes of every device, each once, and the store they give when applied to a common base
// in merge_order() (hybrid clock, then device), each judged at its place (ReplayJudgement::Merge).
//
// Adding changes that all sort after the last one applied applies just them; a change that sorts
// before (from a device that was offline) rebuilds the store from the base. A change seen before
// (by device and clock) is not applied twice.
class Merger {
 public:
  explicit Merger(Store base);

  struct Added {
    std::size_t added = 0;       // changes not seen before
    std::size_t duplicates = 0;  // changes seen before, ignored
    bool rebuilt = false;        // the store was rebuilt from the base
  };
  Added add(std::vector<SyncedChange> changes);

  const Store& store() const { return store_; }
  const Store& base() const { return base_; }
  // In merge order, as of the last rebuild or addition.
  const std::vector<Refusal>& refusals() const { return refusals_; }
  // Every change seen, in merge order.
  const std::vector<SyncedChange>& changes() const { return log_; }
  bool has(DeviceId device, Hlc clock) const { return seen_.count({device, clock}) != 0; }

 private:
  void apply(const SyncedChange& change);
  void rebuild();

  Store base_;
  Store store_;
  std::vector<SyncedChange> log_;
  std::set<std::pair<DeviceId, Hlc>> seen_;
  std::vector<Refusal> refusals_;
};

}  // namespace opp::sync
