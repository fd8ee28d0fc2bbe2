// One pass over every table, grouping record positions by the person they belong to.
#include "core/queries/caseload_index.hpp"

namespace opp::queries {

const PersonRecords& CaseloadIndex::of(Id person) const {
  static const PersonRecords kNone;
  const auto it = by_person.find(person);
  return it == by_person.end() ? kNone : it->second;
}

CaseloadIndex build_caseload_index(const Store& store) {
  CaseloadIndex index;
  index.by_person.reserve(store.persons.size());
  for (const Person& p : store.persons) index.by_person[p.id];
  const auto group = [&](const auto& table, std::vector<std::size_t> PersonRecords::*list) {
    for (std::size_t i = 0; i < table.size(); ++i) (index.by_person[table[i].person].*list).push_back(i);
  };
  group(store.referrals, &PersonRecords::referrals);
  group(store.consents, &PersonRecords::consents);
  group(store.team_members, &PersonRecords::team_members);
  group(store.goals, &PersonRecords::goals);
  group(store.meetings, &PersonRecords::meetings);
  group(store.psfs_activities, &PersonRecords::psfs_activities);
  group(store.psfs_conversations, &PersonRecords::psfs_conversations);
  group(store.measurements, &PersonRecords::measurements);
  group(store.relay_log, &PersonRecords::relay_log);
  // Measures belong to a person through their goal.
  for (std::size_t i = 0; i < store.measures.size(); ++i) {
    if (const Goal* goal = store.find_goal(store.measures[i].goal)) index.by_person[goal->person].measures.push_back(i);
  }
  for (std::size_t i = 0; i < store.audit.size(); ++i) {
    if (store.audit[i].subject != kNoId) index.by_person[store.audit[i].subject].audit.push_back(i);
  }
  return index;
}

}  // namespace opp::queries
