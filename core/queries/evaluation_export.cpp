// The evaluation's exports (evaluation_export.hpp).
#include "core/queries/evaluation_export.hpp"

#include <cstdio>

// The program's one JSON type, so nlohmann's templates are compiled once (the codec lies below the
// queries: docs/ARCHITECTURE.md, "Layers").
#include "core/codec/json_text.hpp"
#include "core/domain/enum_names.hpp"
#include "core/text/csv.hpp"

namespace opp::queries {

std::vector<std::vector<std::string>> evaluation_figures_table(const Evaluation& e,
                                                               const std::vector<std::string>& headers,
                                                               const std::function<std::string(const char*)>& label_of) {
  std::vector<std::vector<std::string>> rows{headers};
  for (const EvaluationRow& row : evaluation_rows(e)) {
    rows.push_back({label_of(row.key), row.key, row.figure.value ? decimal_comma(*row.figure.value, 1) : std::string(),
                    std::to_string(row.figure.n)});
  }
  return rows;
}

std::vector<std::vector<std::string>> evaluation_months_table(const Evaluation& e, const std::vector<std::string>& headers) {
  std::vector<std::vector<std::string>> rows{headers};
  for (const MonthFlow& m : e.months) {
    char month[16];
    std::snprintf(month, sizeof month, "%02u.%04d", m.month, m.year);
    rows.push_back({month, std::to_string(m.referrals), std::to_string(m.accepted), std::to_string(m.redirected),
                    std::to_string(m.opened), std::to_string(m.closed)});
  }
  return rows;
}

std::vector<std::vector<std::string>> evaluation_contacts_table(
    const Evaluation& e, const std::vector<std::string>& headers,
    const std::function<std::string(const QuarterContacts&)>& quarter_label) {
  std::vector<std::vector<std::string>> rows{headers};
  for (const QuarterContacts& q : e.contacts) {
    rows.push_back({quarter_label(q), std::to_string(q.measurements),
                    std::to_string(q.gp), std::to_string(q.emergency), std::to_string(q.municipal), std::to_string(q.specialist)});
  }
  return rows;
}

std::string evaluation_json(const Evaluation& e, const EvaluationFilter& filter) {
  using codec::Json;
  static constexpr const char* kAgeGroups[] = {"any", "children", "adults", "elderly"};
  Json out;
  out["filter"] = {{"from", filter.from ? Json(to_iso(*filter.from)) : Json()},
                   {"to", filter.to ? Json(to_iso(*filter.to)) : Json()},
                   {"municipality", filter.municipality},
                   {"age_group", kAgeGroups[static_cast<int>(filter.age)]},
                   {"target_group", filter.target_group ? Json(std::string(enum_name(*filter.target_group))) : Json()}};
  Json figures = Json::array();
  for (const EvaluationRow& row : evaluation_rows(e)) {
    figures.push_back({{"key", row.key},
                       {"value", row.figure.value ? Json(*row.figure.value) : Json()},
                       {"n", row.figure.n}});
  }
  out["figures"] = std::move(figures);
  Json months = Json::array();
  for (const MonthFlow& m : e.months) {
    char month[16];
    std::snprintf(month, sizeof month, "%04d-%02u", m.year, m.month);
    months.push_back({{"month", month}, {"referrals", m.referrals}, {"accepted", m.accepted},
                      {"redirected", m.redirected}, {"opened", m.opened}, {"closed", m.closed}});
  }
  out["months"] = std::move(months);
  return out.dump();
}

}  // namespace opp::queries
