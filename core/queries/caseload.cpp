// Caseload: lazily built, version-checked caches over the pure query functions.
#include "core/queries/caseload.hpp"

namespace opp::queries {

Caseload::Caseload(const Store& store, std::function<std::uint64_t()> version)
    : store_(&store), version_(std::move(version)) {}

void Caseload::refresh() {
  const std::uint64_t now = version_();
  if (built_for_ == now) return;
  built_for_ = now;
  index_.reset();
  person_id_.reset();
  filter_.reset();
  keys_.reset();
  queue_for_.reset();
}

const CaseloadIndex& Caseload::index() {
  refresh();
  if (!index_) {
    index_ = build_caseload_index(*store_);
    ++rebuilds_.index;
  }
  return *index_;
}

const PersonFile& Caseload::person(Id person) {
  refresh();
  if (person_id_ != person) {
    person_ = person_file(*store_, index(), person);
    person_id_ = person;
    ++rebuilds_.person;
  }
  return person_;
}

const std::vector<const Person*>& Caseload::search(std::string_view filter) {
  refresh();
  if (!filter_ || *filter_ != filter) {
    search_ = search_persons(*store_, filter);
    filter_ = std::string(filter);
    ++rebuilds_.search;
  }
  return search_;
}

const PersonKeys& Caseload::person_keys() {
  refresh();
  if (!keys_) {
    keys_ = build_person_keys(*store_);
    ++rebuilds_.keys;
  }
  return *keys_;
}

const Queue& Caseload::queue(const QueueFilter& filter, Date today) {
  refresh();
  if (!queue_for_ || queue_for_->first != filter || queue_for_->second != today) {
    queue_ = intake_queue(*store_, filter, today);
    queue_for_.emplace(filter, today);
    ++rebuilds_.queue;
  }
  return queue_;
}

}  // namespace opp::queries
