// Who owns what: for each person, the positions of their records in every table (built in one pass).
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "core/domain/store.hpp"

namespace opp::queries {

// Positions (indexes into the store's tables) of one person's records, in table order.
struct PersonRecords {
  std::vector<std::size_t> referrals, consents, team_members, goals, measures, meetings, psfs_activities,
      psfs_conversations, measurements, relay_log, audit;
};

// Built in O(n) over the whole store; views never scan the store per person or per frame.
struct CaseloadIndex {
  std::unordered_map<Id, PersonRecords> by_person;
  const PersonRecords& of(Id person) const;
};

CaseloadIndex build_caseload_index(const Store& store);

}  // namespace opp::queries
