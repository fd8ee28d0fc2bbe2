// The evaluation's figures as JSON (the same tables as the CSV export, for researchers' tools).
#pragma once

#include <string>

#include "core/queries/evaluation.hpp"

namespace opp {

// {"filter":{"from":"2024-01-01"|null,"to":…,"municipality":…,"age_group":…,"target_group":…},
//  "figures":[{"key":"referrals","value":3|null,"n":3},…],
//  "months":[{"month":"2024-01","referrals":…,"accepted":…,"redirected":…,"opened":…,"closed":…},…]}
std::string evaluation_json(const queries::Evaluation& e, const queries::EvaluationFilter& filter);

}  // namespace opp
