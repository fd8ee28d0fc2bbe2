// Risk screening (risikokartlegging) at intake: rules as data, evaluated on the referral's inputs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/calendar.hpp"
#include "core/domain/field_error.hpp"

namespace opp {

// What a condition looks at. Age is computed from the birth date on the referral date.
enum class RiskCriterion { AgeYears, Admissions12m, Medications, ClinicalFrailty, LivesAlone, FunctionalDecline,
                           ServicesInvolved, Municipality };
// Numbers compare with a threshold; yes/no criteria are "is yes"; the municipality is "in list".
enum class RiskComparison { AtLeast, MoreThan, AtMost, LessThan, IsYes, InList };
enum class RiskCombine { All, Any };

struct RiskCondition {
  RiskCriterion criterion = RiskCriterion::AgeYears;
  RiskComparison comparison = RiskComparison::AtLeast;
  int threshold = 0;                // for the number comparisons
  std::vector<std::string> values;  // for InList: e.g. the project's municipalities
  friend bool operator==(const RiskCondition&, const RiskCondition&) = default;
};

// One rule: its conditions combined with AND (All) or OR (Any) give a flag.
struct RiskRule {
  std::string id;    // stable, snake_case: "ahus_inclusion"; the UI's test id intake.risk.match.<id>
  std::string flag;  // what a match means: a catalogue key for the built-in rules ("risk.flag.…"),
                     // the municipality's own words for a rule it wrote
  RiskCombine combine = RiskCombine::All;
  std::vector<RiskCondition> conditions;
  bool enabled = true;
  friend bool operator==(const RiskRule&, const RiskRule&) = default;
};

// Every change to the rules makes a new version; a stored screening keeps the version it used.
struct RiskRuleSet {
  int version = 1;
  std::vector<RiskRule> rules;
  friend bool operator==(const RiskRuleSet&, const RiskRuleSet&) = default;
};

// The screening inputs on the referral form; an unknown input never matches a condition.
struct RiskInputs {
  Date referral_date;
  std::optional<Date> birth_date;
  std::optional<int> admissions_12m;
  std::optional<int> medications;
  std::optional<int> clinical_frailty;  // CFS 1..9
  std::optional<bool> lives_alone;
  std::optional<bool> functional_decline;
  std::optional<int> services_involved;
  std::string municipality;
  friend bool operator==(const RiskInputs&, const RiskInputs&) = default;
};

// A condition that held, with the value it held for ("75", "7", "Lørenskog"), so the UI can say
// why a rule matched — never a bare score.
struct MatchedCondition {
  RiskCondition condition;
  std::string value;
};
struct RiskMatch {
  std::string rule_id;
  std::string flag;
  std::vector<MatchedCondition> matched;  // all conditions for All; the ones that held for Any
};

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

// Checks a rule a municipality wrote in Settings: an id, a flag, at least one condition, each
// comparison fitting its criterion (field errors name "rules[i].conditions[j]…").
std::vector<FieldError> check_rule(const RiskRule& rule);

}  // namespace opp
