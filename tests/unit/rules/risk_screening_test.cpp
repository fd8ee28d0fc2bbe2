// Risk screening: the default rules on their boundaries, age on the referral date, AND/OR, rule checks.
#include "core/rules/risk_screening.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using testing::ymd;

// Klara as the GP reports her: 75 today, 7 admissions, in Lørenskog.
RiskInputs klara() {
  RiskInputs in;
  in.referral_date = ymd(2026, 11, 23);
  in.birth_date = ymd(1951, 11, 23);
  in.admissions_12m = 7;
  in.municipality = "Lørenskog";
  return in;
}

std::vector<std::string> matched_ids(const RiskInputs& in, const RiskRuleSet& rules = default_risk_rules()) {
  std::vector<std::string> ids;
  for (const RiskMatch& m : screen(rules, in)) ids.push_back(m.rule_id);
  return ids;
}

TEST(AgeOn, CountsTheBirthdayOnTheDayItself) {
  EXPECT_EQ(age_on(ymd(1951, 11, 23), ymd(2026, 11, 22)), 74);
  EXPECT_EQ(age_on(ymd(1951, 11, 23), ymd(2026, 11, 23)), 75);
  EXPECT_EQ(age_on(ymd(1951, 11, 23), ymd(2026, 12, 31)), 75);
  // A 29 February birthday turns over on 1 March in other years.
  EXPECT_EQ(age_on(ymd(1952, 2, 29), ymd(2027, 2, 28)), 74);
  EXPECT_EQ(age_on(ymd(1952, 2, 29), ymd(2027, 3, 1)), 75);
  EXPECT_EQ(age_on(ymd(1952, 2, 29), ymd(2028, 2, 29)), 76);
}

TEST(RiskScreening, AhusInclusionMatchesWithEveryCriterionAndItsValue) {
  const std::vector<RiskMatch> matches = screen(default_risk_rules(), klara());
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].rule_id, "ahus_inclusion");
  EXPECT_EQ(matches[0].flag, "risk.flag.ahus_inclusion");
  ASSERT_EQ(matches[0].matched.size(), 3u);
  EXPECT_EQ(matches[0].matched[0].condition.criterion, RiskCriterion::AgeYears);
  EXPECT_EQ(matches[0].matched[0].value, "75");
  EXPECT_EQ(matches[0].matched[1].condition.comparison, RiskComparison::MoreThan);
  EXPECT_EQ(matches[0].matched[1].condition.threshold, 6);
  EXPECT_EQ(matches[0].matched[1].value, "7");
  EXPECT_EQ(matches[0].matched[2].value, "Lørenskog");
}

TEST(RiskScreening, AgeBoundaryIsTheBirthdayOnTheReferralDate) {
  RiskInputs in = klara();
  in.referral_date = ymd(2026, 11, 22);  // the day before her 75th birthday
  EXPECT_TRUE(matched_ids(in).empty());
  in.referral_date = ymd(2026, 11, 23);
  EXPECT_EQ(matched_ids(in), (std::vector<std::string>{"ahus_inclusion"}));
}

TEST(RiskScreening, AdmissionsBoundaryIsMoreThanSix) {
  RiskInputs in = klara();
  in.admissions_12m = 6;
  EXPECT_TRUE(matched_ids(in).empty());
  in.admissions_12m = 7;
  EXPECT_EQ(matched_ids(in).size(), 1u);
}

TEST(RiskScreening, MunicipalityInTheListInAnyLetterCase) {
  RiskInputs in = klara();
  for (const char* typed : {"Lørenskog", "LØRENSKOG", "lørenskog", " Nordre Follo", "nordre follo", "ULLENSAKER"}) {
    in.municipality = typed;
    const bool padded = typed[0] == ' ';
    EXPECT_EQ(matched_ids(in).size(), padded ? 0u : 1u) << typed;  // the form trims; the rule compares exactly
  }
  const std::vector<RiskMatch> matches = screen(default_risk_rules(), in);
  EXPECT_EQ(matches.at(0).matched.at(2).value, "Ullensaker");  // shown with the list's spelling
  for (const char* other : {"Kinn", "Lillestrøm kommune", "", "Oslo"}) {
    in.municipality = other;
    EXPECT_TRUE(matched_ids(in).empty()) << other;
  }
}

TEST(RiskScreening, UnknownInputsNeverMatch) {
  RiskInputs in = klara();
  in.birth_date.reset();
  EXPECT_TRUE(matched_ids(in).empty());
  in = klara();
  in.admissions_12m.reset();
  EXPECT_TRUE(matched_ids(in).empty());
  in = klara();
  in.birth_date = ymd(2027, 1, 1);  // after the referral date: no age
  EXPECT_TRUE(matched_ids(in).empty());
}

TEST(RiskScreening, ExampleRulesAreOffByDefaultAndWorkWhenOn) {
  RiskInputs in;
  in.referral_date = ymd(2026, 11, 23);
  in.clinical_frailty = 5;
  in.services_involved = 3;
  EXPECT_TRUE(matched_ids(in).empty());
  RiskRuleSet rules = default_risk_rules();
  for (RiskRule& rule : rules.rules) rule.enabled = true;
  EXPECT_EQ(matched_ids(in, rules), (std::vector<std::string>{"frailty_cfs5", "many_services"}));
  in.clinical_frailty = 4;
  in.services_involved = 2;
  EXPECT_TRUE(matched_ids(in, rules).empty());
}

TEST(RiskScreening, AnyMatchesOnOneConditionAndNamesOnlyThoseThatHeld) {
  RiskRuleSet rules;
  rules.rules.push_back(RiskRule{"alone_or_decline", "Bor alene eller funksjonsfall", RiskCombine::Any,
                                 {{RiskCriterion::LivesAlone, RiskComparison::IsYes, 0, {}},
                                  {RiskCriterion::FunctionalDecline, RiskComparison::IsYes, 0, {}},
                                  {RiskCriterion::Medications, RiskComparison::AtLeast, 10, {}}},
                                 true});
  RiskInputs in;
  in.referral_date = ymd(2026, 11, 23);
  in.lives_alone = false;
  in.functional_decline = true;
  in.medications = 4;
  const std::vector<RiskMatch> matches = screen(rules, in);
  ASSERT_EQ(matches.size(), 1u);
  ASSERT_EQ(matches[0].matched.size(), 1u);
  EXPECT_EQ(matches[0].matched[0].condition.criterion, RiskCriterion::FunctionalDecline);
  in.functional_decline = false;
  EXPECT_TRUE(screen(rules, in).empty());
  in.medications = 10;
  EXPECT_EQ(screen(rules, in).size(), 1u);
}

TEST(RiskScreening, ComparisonsOnTheirBoundaries) {
  const auto holds = [](RiskComparison comparison, int threshold, int value) {
    RiskRuleSet rules;
    rules.rules.push_back(RiskRule{"r", "f", RiskCombine::All, {{RiskCriterion::Medications, comparison, threshold, {}}}, true});
    RiskInputs in;
    in.medications = value;
    return !screen(rules, in).empty();
  };
  EXPECT_TRUE(holds(RiskComparison::AtLeast, 5, 5));
  EXPECT_FALSE(holds(RiskComparison::AtLeast, 5, 4));
  EXPECT_TRUE(holds(RiskComparison::MoreThan, 5, 6));
  EXPECT_FALSE(holds(RiskComparison::MoreThan, 5, 5));
  EXPECT_TRUE(holds(RiskComparison::AtMost, 5, 5));
  EXPECT_FALSE(holds(RiskComparison::AtMost, 5, 6));
  EXPECT_TRUE(holds(RiskComparison::LessThan, 5, 4));
  EXPECT_FALSE(holds(RiskComparison::LessThan, 5, 5));
}

TEST(RiskRuleCheck, RefusesRulesThatCannotWorkNamingTheField) {
  EXPECT_TRUE(check_rule(default_risk_rules().rules[0]).empty());
  RiskRule bad{"Skrøpelig 75", "", RiskCombine::All,
               {{RiskCriterion::Municipality, RiskComparison::AtLeast, 5, {}},
                {RiskCriterion::LivesAlone, RiskComparison::MoreThan, 1, {}},
                {RiskCriterion::AgeYears, RiskComparison::InList, 0, {}},
                {RiskCriterion::Medications, RiskComparison::AtLeast, -1, {}}},
               true};
  EXPECT_EQ(check_rule(bad), (std::vector<FieldError>{{"id", "error.rule_id"},
                                                      {"flag", "error.required"},
                                                      {"conditions[0].comparison", "error.rule_comparison"},
                                                      {"conditions[1].comparison", "error.rule_comparison"},
                                                      {"conditions[2].comparison", "error.rule_comparison"},
                                                      {"conditions[2].values", "error.required"},
                                                      {"conditions[3].threshold", "error.out_of_range"}}));
  EXPECT_EQ(check_rule(RiskRule{"x", "y", RiskCombine::Any, {}, true}),
            (std::vector<FieldError>{{"conditions", "error.required"}}));
}

}  // namespace
}  // namespace opp
