// The audit trail as the coordinating unit reads it: who changed what, when, on which device,
// newest first, filtered by person and by text (an author, a person's name, a change's type).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/domain/ids.hpp"
#include "core/domain/store.hpp"

namespace opp::queries {

struct AuditFilter {
  Id person = kNoId;  // only changes concerning this person (kNoId: all)
  std::string text;   // matched case-insensitively against author, person name and change type
  friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

// Indices into store.audit of the matching entries, newest first (by sequence number).
std::vector<std::size_t> audit_rows(const Store& store, const AuditFilter& filter);

}  // namespace opp::queries
