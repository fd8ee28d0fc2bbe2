// The evaluation view's exports: its figures, the flow per month and the contacts per quarter as
// tables for a spreadsheet (written as CSV with core/text/csv.hpp), and the figures as JSON for
// researchers' tools. (The anonymised export per case is research_export.hpp.)
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/queries/evaluation.hpp"

namespace opp::queries {

// The tables for a spreadsheet: the figures (label, key, value with a decimal comma, N) and the
// flow per month (mm.åååå, referrals, accepted, redirected, cases opened, closed). `label_of`
// gives a key's label in the reader's language; `headers` the columns' names in order.
std::vector<std::vector<std::string>> evaluation_figures_table(const Evaluation& e,
                                                               const std::vector<std::string>& headers,
                                                               const std::function<std::string(const char*)>& label_of);
std::vector<std::vector<std::string>> evaluation_months_table(const Evaluation& e, const std::vector<std::string>& headers);
// Contacts per quarter: the quarter (as `quarter_label` names it), the measurements (N), then the
// sums for GP, emergency clinic/KAD, municipal and specialist services.
std::vector<std::vector<std::string>> evaluation_contacts_table(
    const Evaluation& e, const std::vector<std::string>& headers,
    const std::function<std::string(const QuarterContacts&)>& quarter_label);

// The same figures as JSON:
// {"filter":{"from":"2024-01-01"|null,"to":…,"municipality":…,"age_group":…,"target_group":…},
//  "figures":[{"key":"referrals","value":3|null,"n":3},…],
//  "months":[{"month":"2024-01","referrals":…,"accepted":…,"redirected":…,"opened":…,"closed":…},…]}
std::string evaluation_json(const Evaluation& e, const EvaluationFilter& filter);

}  // namespace opp::queries
