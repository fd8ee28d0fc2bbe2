// Risk screening data: rules (data, not code), the inputs on a referral and what matched.
// Evaluation lives in core/rules/risk_screening.hpp; the store keeps the municipality's rule set
// and each referral keeps the screening it was saved with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/domain/calendar.hpp"

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
  std::string concern;  // a free-text worry; shown with the screening, never matched by a rule
  friend bool operator==(const RiskInputs&, const RiskInputs&) = default;
};

// A condition that held, with the value it held for ("75", "7", "Lørenskog"), so the UI can say
// why a rule matched — never a bare score.
struct MatchedCondition {
  RiskCondition condition;
  std::string value;
  friend bool operator==(const MatchedCondition&, const MatchedCondition&) = default;
};
struct RiskMatch {
  std::string rule_id;
  std::string flag;
  std::vector<MatchedCondition> matched;  // all conditions for All; the ones that held for Any
  friend bool operator==(const RiskMatch&, const RiskMatch&) = default;
};

// A screening as saved with a referral: the rule set version it used, its inputs and its result,
// exactly as the reporter saw it before saving (later rule changes do not rewrite it).
struct RiskScreening {
  int rule_set_version = 0;
  RiskInputs inputs;
  std::vector<RiskMatch> matches;
  friend bool operator==(const RiskScreening&, const RiskScreening&) = default;
};

}  // namespace opp
