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

}  // namespace opp::queries
