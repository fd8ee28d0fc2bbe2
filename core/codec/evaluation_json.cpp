// The evaluation as JSON (evaluation_json.hpp).
#include "core/codec/evaluation_json.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/domain/enum_names.hpp"

namespace opp {

std::string evaluation_json(const queries::Evaluation& e, const queries::EvaluationFilter& filter) {
  using Json = nlohmann::ordered_json;
  static constexpr const char* kAgeGroups[] = {"any", "children", "adults", "elderly"};
  Json out;
  out["filter"] = {{"from", filter.from ? Json(to_iso(*filter.from)) : Json()},
                   {"to", filter.to ? Json(to_iso(*filter.to)) : Json()},
                   {"municipality", filter.municipality},
                   {"age_group", kAgeGroups[static_cast<int>(filter.age)]},
                   {"target_group", filter.target_group ? Json(std::string(enum_name(*filter.target_group))) : Json()}};
  Json figures = Json::array();
  for (const queries::EvaluationRow& row : queries::evaluation_rows(e)) {
    figures.push_back({{"key", row.key},
                       {"value", row.figure.value ? Json(*row.figure.value) : Json()},
                       {"n", row.figure.n}});
  }
  out["figures"] = std::move(figures);
  Json months = Json::array();
  for (const queries::MonthFlow& m : e.months) {
    char month[16];
    std::snprintf(month, sizeof month, "%04d-%02u", m.year, m.month);
    months.push_back({{"month", month}, {"referrals", m.referrals}, {"accepted", m.accepted},
                      {"redirected", m.redirected}, {"opened", m.opened}, {"closed", m.closed}});
  }
  out["months"] = std::move(months);
  return out.dump();
}

}  // namespace opp
