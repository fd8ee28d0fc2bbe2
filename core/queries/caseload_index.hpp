// Who owns what the tables cannot say by themselves: each person's measures and audit entries.
#pragma once

#include <cstddef>
#include <vector>

#include "core/domain/id_map.hpp"
#include "core/domain/store.hpp"

namespace opp::queries {

// Positions (indexes into store.measures and store.audit) of one person's records, in order.
// Records with a `person` field are found through their table (Table::positions_of); a measure
// belongs to a person through its goal, an audit entry through its subject.
struct PersonRecords {
  std::vector<std::size_t> measures, audit;
};

// Built in O(n) over the measures and the audit trail; views never scan the store per person or
// per frame.
struct CaseloadIndex {
  IdMap<PersonRecords> by_person;
  const PersonRecords& of(Id person) const;
};

CaseloadIndex build_caseload_index(const Store& store);

}  // namespace opp::queries
