#include "core/sync/merge.hpp"

#include <algorithm>

namespace opp::sync {

namespace {

bool change_order(const SyncedChange& a, const SyncedChange& b) { return merge_order(a.record, b.record); }

}  // namespace

Merger::Merger(Store base) : base_(std::move(base)), store_(base_) {}

void Merger::apply(const SyncedChange& change) {
  const CommandRecord& record = change.record;
  ReplayResult result = replay(store_, record, ReplayJudgement::Merge);
  if (!result.applied) refusals_.push_back(Refusal{record, std::move(result.refused)});
  // The ids the change handed out on its device are used up here too, applied or not.
  raise_counter(store_.id_counters, record.device, change.ids_after);
}

void Merger::rebuild() {
  store_ = base_;
  refusals_.clear();
  for (const SyncedChange& change : log_) apply(change);
}

Merger::Added Merger::add(std::vector<SyncedChange> changes) {
  Added added;
  std::sort(changes.begin(), changes.end(), change_order);
  std::vector<SyncedChange> fresh;
  for (SyncedChange& change : changes) {
    if (!seen_.insert({change.record.device, change.record.clock}).second) {
      ++added.duplicates;
      continue;
    }
    fresh.push_back(std::move(change));
  }
  added.added = fresh.size();
  if (fresh.empty()) return added;
  const bool in_order = log_.empty() || change_order(log_.back(), fresh.front());
  if (in_order) {
    for (SyncedChange& change : fresh) {
      apply(change);
      log_.push_back(std::move(change));
    }
    return added;
  }
  std::vector<SyncedChange> merged;
  merged.reserve(log_.size() + fresh.size());
  std::merge(std::make_move_iterator(log_.begin()), std::make_move_iterator(log_.end()),
             std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()), std::back_inserter(merged),
             change_order);
  log_ = std::move(merged);
  rebuild();
  added.rebuilt = true;
  return added;
}

}  // namespace opp::sync
