// Evaluating risk rules: each condition against the referral's inputs, with the value that decided it.
#include "core/rules/risk_screening.hpp"

#include <algorithm>

#include "core/i18n/catalogue.hpp"
#include "core/text/search.hpp"

namespace opp {
namespace {

bool is_number_criterion(RiskCriterion c) {
  return c == RiskCriterion::AgeYears || c == RiskCriterion::Admissions12m || c == RiskCriterion::Medications ||
         c == RiskCriterion::ClinicalFrailty || c == RiskCriterion::ServicesInvolved;
}
bool is_yes_no_criterion(RiskCriterion c) {
  return c == RiskCriterion::LivesAlone || c == RiskCriterion::FunctionalDecline;
}

std::optional<int> number_of(RiskCriterion criterion, const RiskInputs& in) {
  switch (criterion) {
    case RiskCriterion::AgeYears:
      if (!in.birth_date || *in.birth_date > in.referral_date) return std::nullopt;
      return age_on(*in.birth_date, in.referral_date);
    case RiskCriterion::Admissions12m: return in.admissions_12m;
    case RiskCriterion::Medications: return in.medications;
    case RiskCriterion::ClinicalFrailty: return in.clinical_frailty;
    case RiskCriterion::ServicesInvolved: return in.services_involved;
    case RiskCriterion::LivesAlone:
    case RiskCriterion::FunctionalDecline:
    case RiskCriterion::Municipality: break;
  }
  return std::nullopt;
}

std::optional<bool> yes_no_of(RiskCriterion criterion, const RiskInputs& in) {
  if (criterion == RiskCriterion::LivesAlone) return in.lives_alone;
  if (criterion == RiskCriterion::FunctionalDecline) return in.functional_decline;
  return std::nullopt;
}

bool compare(int value, RiskComparison comparison, int threshold) {
  switch (comparison) {
    case RiskComparison::AtLeast: return value >= threshold;
    case RiskComparison::MoreThan: return value > threshold;
    case RiskComparison::AtMost: return value <= threshold;
    case RiskComparison::LessThan: return value < threshold;
    case RiskComparison::IsYes:
    case RiskComparison::InList: break;
  }
  return false;
}

// The value a condition held for, or nullopt when it does not hold (or its input is unknown).
std::optional<std::string> holds(const RiskCondition& c, const RiskInputs& in) {
  if (c.criterion == RiskCriterion::Municipality) {
    if (c.comparison != RiskComparison::InList || in.municipality.empty()) return std::nullopt;
    const std::string typed = fold_case(in.municipality);
    for (const std::string& name : c.values) {
      if (fold_case(name) == typed) return name;  // the list's spelling: "Lørenskog" for "LØRENSKOG"
    }
    return std::nullopt;
  }
  if (is_yes_no_criterion(c.criterion)) {
    const std::optional<bool> value = yes_no_of(c.criterion, in);
    if (c.comparison != RiskComparison::IsYes || !value || !*value) return std::nullopt;
    return std::string("yes");
  }
  const std::optional<int> value = number_of(c.criterion, in);
  if (!value || !compare(*value, c.comparison, c.threshold)) return std::nullopt;
  return std::to_string(*value);
}

}  // namespace

int age_on(Date birth, Date on) {
  const auto b = birth.ymd();
  const auto o = on.ymd();
  int age = static_cast<int>(o.year()) - static_cast<int>(b.year());
  const unsigned bm = static_cast<unsigned>(b.month()), om = static_cast<unsigned>(o.month());
  const unsigned bd = static_cast<unsigned>(b.day()), od = static_cast<unsigned>(o.day());
  if (om < bm || (om == bm && od < bd)) --age;
  return age;
}

RiskRuleSet default_risk_rules() {
  RiskRuleSet set;
  set.version = 1;
  RiskRule ahus;
  ahus.id = "ahus_inclusion";
  ahus.flag = text_key("risk.flag.ahus_inclusion");
  ahus.combine = RiskCombine::All;
  ahus.conditions = {
      {RiskCriterion::AgeYears, RiskComparison::AtLeast, 75, {}},
      {RiskCriterion::Admissions12m, RiskComparison::MoreThan, 6, {}},
      {RiskCriterion::Municipality, RiskComparison::InList, 0,
       std::vector<std::string>(std::begin(kAhusMunicipalities), std::end(kAhusMunicipalities))},
  };
  set.rules.push_back(ahus);
  set.rules.push_back(RiskRule{"frailty_cfs5", text_key("risk.flag.frailty_cfs5"), RiskCombine::All,
                               {{RiskCriterion::ClinicalFrailty, RiskComparison::AtLeast, 5, {}}}, false});
  set.rules.push_back(RiskRule{"many_services", text_key("risk.flag.many_services"), RiskCombine::All,
                               {{RiskCriterion::ServicesInvolved, RiskComparison::AtLeast, 3, {}}}, false});
  return set;
}

std::vector<RiskMatch> screen(const RiskRuleSet& rules, const RiskInputs& inputs) {
  std::vector<RiskMatch> matches;
  for (const RiskRule& rule : rules.rules) {
    if (!rule.enabled || rule.conditions.empty()) continue;
    RiskMatch match{rule.id, rule.flag, {}};
    bool all = true;
    for (const RiskCondition& condition : rule.conditions) {
      if (const auto value = holds(condition, inputs)) {
        match.matched.push_back({condition, *value});
      } else {
        all = false;
      }
    }
    const bool matched = rule.combine == RiskCombine::All ? all : !match.matched.empty();
    if (matched) matches.push_back(std::move(match));
  }
  return matches;
}

const RiskRuleSet& effective_risk_rules(const Store& store) {
  static const RiskRuleSet defaults = default_risk_rules();
  return store.risk_rules.version == 0 ? defaults : store.risk_rules;
}

RiskScreening run_screening(const RiskRuleSet& rules, const RiskInputs& inputs) {
  return RiskScreening{rules.version, inputs, screen(rules, inputs)};
}

std::vector<FieldError> check_rule(const RiskRule& rule) {
  std::vector<FieldError> errors;
  const bool id_ok = !rule.id.empty() && std::all_of(rule.id.begin(), rule.id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (!id_ok) errors.push_back({"id", "error.rule_id"});
  if (rule.flag.empty()) errors.push_back({"flag", "error.required"});
  if (rule.conditions.empty()) errors.push_back({"conditions", "error.required"});
  for (std::size_t i = 0; i < rule.conditions.size(); ++i) {
    const RiskCondition& c = rule.conditions[i];
    const std::string field = "conditions[" + std::to_string(i) + "]";
    const bool fits = c.criterion == RiskCriterion::Municipality ? c.comparison == RiskComparison::InList
                      : is_yes_no_criterion(c.criterion)       ? c.comparison == RiskComparison::IsYes
                                                               : c.comparison != RiskComparison::IsYes &&
                                                                     c.comparison != RiskComparison::InList;
    if (!fits) errors.push_back({field + ".comparison", "error.rule_comparison"});
    if (c.comparison == RiskComparison::InList && c.values.empty()) errors.push_back({field + ".values", "error.required"});
    if (is_number_criterion(c.criterion) && (c.threshold < 0 || c.threshold > 1000)) {
      errors.push_back({field + ".threshold", "error.out_of_range"});
    }
  }
  return errors;
}

}  // namespace opp
