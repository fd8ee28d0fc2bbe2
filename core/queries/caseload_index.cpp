// One pass over the measures and the audit trail, grouping positions by the person they concern.
#include "core/queries/caseload_index.hpp"

namespace opp::queries {

const PersonRecords& CaseloadIndex::of(Id person) const {
  static const PersonRecords kNone;
  const PersonRecords* found = by_person.find(person);
  return found == nullptr ? kNone : *found;
}

CaseloadIndex build_caseload_index(const Store& store) {
  CaseloadIndex index;
  index.by_person.reserve(store.persons.size());
  for (const Person& p : store.persons) index.by_person.try_emplace(p.id);
  for (std::size_t i = 0; i < store.measures.size(); ++i) {
    if (const Goal* goal = store.find_goal(store.measures[i].goal)) index.by_person.try_emplace(goal->person).first->measures.push_back(i);
  }
  for (std::size_t i = 0; i < store.audit.size(); ++i) {
    if (store.audit[i].subject != kNoId) index.by_person.try_emplace(store.audit[i].subject).first->audit.push_back(i);
  }
  return index;
}

}  // namespace opp::queries
