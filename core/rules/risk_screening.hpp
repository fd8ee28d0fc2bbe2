// Risk screening (risikokartlegging) at intake: rules as data, evaluated on the referral's inputs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/calendar.hpp"
#include "core/domain/field_error.hpp"
#include "core/domain/risk.hpp"
#include "core/domain/store.hpp"

namespace opp {

// Project municipalities of the Ahus pilot (an editable list in the default rule).
inline constexpr const char* kAhusMunicipalities[] = {"Lillestrøm", "Lørenskog", "Nordre Follo", "Ullensaker"};

// The default rules from the pilots: ahus_inclusion (age ≥ 75 AND more than 6 admissions in 12
// months AND a project municipality), plus two examples off by default (CFS ≥ 5; 3+ services).
RiskRuleSet default_risk_rules();

// Full years between birth and `on` (a birthday counts on the day itself; 29 February birthdays
// turn over on 1 March in other years).
int age_on(Date birth, Date on);

// Every enabled rule that matches, in rule order.
std::vector<RiskMatch> screen(const RiskRuleSet& rules, const RiskInputs& inputs);

// The rules in force: the store's, or the built-in defaults while it has never edited them.
const RiskRuleSet& effective_risk_rules(const Store& store);

// A screening to save with a referral: the version used, the inputs and the matches.
RiskScreening run_screening(const RiskRuleSet& rules, const RiskInputs& inputs);

// Checks a rule a municipality wrote in Settings: an id, a flag, at least one condition, each
// comparison fitting its criterion (field errors name "rules[i].conditions[j]…").
std::vector<FieldError> check_rule(const RiskRule& rule);

}  // namespace opp
