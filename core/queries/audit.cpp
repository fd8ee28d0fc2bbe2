// The audit trail query (audit.hpp).
#include "core/queries/audit.hpp"

#include <algorithm>

#include "core/text/search.hpp"

namespace opp::queries {

std::vector<std::size_t> audit_rows(const Store& store, const AuditFilter& filter) {
  std::vector<std::size_t> rows;
  rows.reserve(store.audit.size());
  const std::string needle = fold_case(filter.text);
  for (std::size_t i = 0; i < store.audit.size(); ++i) {
    const AuditEntry& entry = store.audit[i];
    if (filter.person != kNoId && entry.subject != filter.person) continue;
    if (!needle.empty()) {
      const Person* person = entry.subject != kNoId ? store.find_person(entry.subject) : nullptr;
      const bool hit = fold_case(entry.author).find(needle) != std::string::npos ||
                       (person && fold_case(person->name).find(needle) != std::string::npos) ||
                       entry.command_type.find(needle) != std::string::npos;
      if (!hit) continue;
    }
    rows.push_back(i);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [&store](std::size_t a, std::size_t b) { return store.audit[a].seq > store.audit[b].seq; });
  return rows;
}

}  // namespace opp::queries
