// The intake commands: a referral from the form, triage, redirection, reopening, the practitioner
// register and the screening rules; every refusal names its field and changes nothing.
#include <gtest/gtest.h>

#include "core/rules/referral_flow.hpp"
#include "core/rules/risk_screening.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

// Klara, 75, from Lørenskog, reported by her GP (the seeds' example of a frail elderly person).
SubmitReferral klara() {
  SubmitReferral c;
  c.name = "Klara Øvreås";
  c.birth_date = ymd(1948, 3, 5);  // 76 on kNow
  c.municipality = "Lørenskog";
  c.contact = "tlf 400 00 000";
  c.received = today();
  c.reporter_name = "Dr. Lege";
  c.reporter_role = "fastlege";
  c.reporter_service = ReporterService::GpMessage;
  c.observed = "Sju innleggelser siste år.";
  c.services_involved = {ReporterService::HomeCare, ReporterService::Hospital};
  c.consent_referral = true;
  c.consent_sharing = true;
  c.relatives = {"Per Øvreås"};
  RiskInputs in;
  in.referral_date = today();
  in.birth_date = c.birth_date;
  in.admissions_12m = 7;
  in.clinical_frailty = 6;
  in.municipality = c.municipality;
  c.screening = run_screening(default_risk_rules(), in);
  return c;
}

Id submit(Store& store, const SubmitReferral& c = klara()) { return run(store, c); }

Id practitioner(Store& store, const std::string& name = "Kari Koordinator") {
  return run(store, AddPractitioner{name, "sykepleier", "Koordinerende enhet"});
}

TriageReferral adult_triage(Id referral, Id coordinator = kNoId) {
  return TriageReferral{referral, today(), TriageLevel::AdultCollaborationSeveral, true, true, true, coordinator, ""};
}

TEST(SubmitReferral, RegistersThePersonTheReferralItsScreeningAndTheConsentsInOneEntry) {
  Store store;
  const Id referral = submit(store);
  ASSERT_NE(referral, kNoId);
  ASSERT_EQ(store.persons.size(), 1u);
  const Person& person = store.persons[0];
  EXPECT_EQ(person.name, "Klara Øvreås");
  EXPECT_EQ(person.contact, "tlf 400 00 000");
  const Referral& r = *store.find_referral(referral);
  EXPECT_EQ(r.person, person.id);
  EXPECT_EQ(r.status, ReferralStatus::New);
  EXPECT_EQ(r.services_involved.size(), 2u);
  ASSERT_TRUE(r.screening.has_value());
  EXPECT_EQ(r.screening->rule_set_version, 1);
  ASSERT_EQ(r.screening->matches.size(), 1u);
  EXPECT_EQ(r.screening->matches[0].rule_id, "ahus_inclusion");
  ASSERT_EQ(store.consents.size(), 3u);  // referral, sharing, Per
  EXPECT_EQ(store.consents[2].kind, ConsentKind::RelativeInvolvement);
  EXPECT_EQ(store.consents[2].relative_name, "Per Øvreås");
  ASSERT_EQ(store.audit.size(), 1u);
  EXPECT_EQ(store.audit[0].command_type, "submit_referral");
  EXPECT_EQ(store.audit[0].subject, person.id);
}

TEST(SubmitReferral, LinksToAnExistingPersonFillingOnlyWhatIsBlank) {
  Store store;
  const Id person = run(store, CreatePerson{"Klara Øvreås", ymd(1948, 3, 5), "", "Lørenskog"});
  SubmitReferral c = klara();
  c.person = person;
  c.municipality = "Oslo";  // already recorded: not overwritten by a referral
  c.national_id = synthetic_id(5, 3, 48);
  ASSERT_NE(submit(store, c), kNoId);
  ASSERT_EQ(store.persons.size(), 1u);
  EXPECT_EQ(store.persons[0].municipality, "Lørenskog");
  EXPECT_EQ(store.persons[0].national_id, c.national_id);
  EXPECT_EQ(store.persons[0].contact, "tlf 400 00 000");
  // A second referral does not repeat consents that are still active.
  ASSERT_NE(submit(store, c), kNoId);
  EXPECT_EQ(store.consents.size(), 3u);
  EXPECT_EQ(store.referrals.size(), 2u);
}

TEST(SubmitReferral, RefusesNamingTheFieldAndChangesNothing) {
  Store store;
  SubmitReferral c = klara();
  c.name = " ";
  c.observed = "";
  c.consent_referral = false;
  c.national_id = "12345678901";
  c.relatives = {"Per", "per "};
  c.screening->inputs.clinical_frailty = 10;
  c.screening->inputs.admissions_12m = -1;
  c.received = Date{};  // the form's date left empty: required, never 01.01.1970
  const auto errors = errors_of(store, c);
  const auto has = [&](const char* field, const char* key) {
    return std::find(errors.begin(), errors.end(), FieldError{field, key}) != errors.end();
  };
  EXPECT_TRUE(has("name", "error.required"));
  EXPECT_TRUE(has("observed", "error.required"));
  EXPECT_TRUE(has("consent_referral", "error.consent_required"));
  EXPECT_TRUE(has("national_id", "error.national_id_invalid"));
  EXPECT_TRUE(has("relatives", "error.duplicate"));
  EXPECT_TRUE(has("risk.cfs", "error.out_of_range"));
  EXPECT_TRUE(has("risk.admissions_12m", "error.out_of_range"));
  EXPECT_TRUE(has("received", "error.required"));
  const Store before = store;
  EXPECT_FALSE(execute(store, c, "Kari", kNow).ok());
  EXPECT_EQ(store, before);
}

TEST(SubmitReferral, AChildNeedsTheGuardiansConsent) {
  Store store;
  SubmitReferral c = klara();
  c.name = "Kasper";
  c.birth_date = ymd(2014, 3, 6);  // 9 on kNow
  c.screening.reset();
  EXPECT_TRUE(only_error(store, c, "guardian", "error.guardian_required"));
  c.birth_date = ymd(2006, 3, 5);  // 18 on the day itself: an adult
  EXPECT_TRUE(errors_of(store, c).empty());
  c.birth_date = ymd(2006, 3, 6);  // 18 tomorrow
  EXPECT_TRUE(only_error(store, c, "guardian", "error.guardian_required"));
  c.guardian = "Pia";
  ASSERT_NE(submit(store, c), kNoId);
  EXPECT_EQ(store.consents.back().kind, ConsentKind::Guardian);
  EXPECT_EQ(store.consents.back().relative_name, "Pia");
}

TEST(SubmitReferral, ADuplicateIdentityNumberIsRefusedUnlessLinked) {
  Store store;
  const std::string number = synthetic_id(5, 3, 48);
  const Id person = run(store, CreatePerson{"Klara Øvreås", ymd(1948, 3, 5), number, "Lørenskog"});
  SubmitReferral c = klara();
  c.national_id = number;
  EXPECT_TRUE(has_error(store, c, "national_id", "error.duplicate"));
  c.person = person;
  EXPECT_TRUE(errors_of(store, c).empty());
}

TEST(ReferralFlow, AllowsOnlyTheDocumentedTransitions) {
  using S = ReferralStatus;
  EXPECT_TRUE(transition_allowed(S::New, S::UnderAssessment));
  EXPECT_TRUE(transition_allowed(S::New, S::Redirected));
  EXPECT_TRUE(transition_allowed(S::New, S::Closed));
  EXPECT_FALSE(transition_allowed(S::New, S::Accepted));
  EXPECT_TRUE(transition_allowed(S::UnderAssessment, S::Accepted));
  EXPECT_FALSE(transition_allowed(S::UnderAssessment, S::New));
  EXPECT_TRUE(transition_allowed(S::Accepted, S::Closed));
  EXPECT_FALSE(transition_allowed(S::Accepted, S::UnderAssessment));
  EXPECT_TRUE(transition_allowed(S::Redirected, S::Closed));
  for (const S to : {S::New, S::UnderAssessment, S::Accepted, S::Redirected, S::Closed}) {
    EXPECT_FALSE(transition_allowed(S::Closed, to));
  }
  EXPECT_TRUE(reason_required(S::Closed));
  EXPECT_TRUE(reason_required(S::Redirected));
  EXPECT_FALSE(reason_required(S::Accepted));
}

TEST(SetReferralStatus, AcceptingNeedsATriageAndAClosedReferralIsReopenedNotEditedBack) {
  Store store;
  const Id referral = submit(store);
  run(store, SetReferralStatus{referral, ReferralStatus::UnderAssessment, ""});
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::UnderAssessment);
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::Accepted, ""}, "status",
                         "error.triage_required"));
  run(store, adult_triage(referral));
  EXPECT_TRUE(errors_of(store, SetReferralStatus{referral, ReferralStatus::Accepted, ""}).empty());
  run(store, SetReferralStatus{referral, ReferralStatus::Closed, "Flyttet"});
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::Closed);
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::UnderAssessment, ""}, "status",
                         "error.transition_not_allowed"));
  EXPECT_TRUE(only_error(store, ReopenReferral{referral, ""}, "reason", "error.reason_required"));
  run(store, ReopenReferral{referral, "Flyttet tilbake"});
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::UnderAssessment);
  EXPECT_TRUE(store.find_referral(referral)->status_reason.empty());
  EXPECT_TRUE(only_error(store, ReopenReferral{referral, "igjen"}, "status", "error.not_closed"));
}

TEST(TriageReferral, RecordsTheDecisionMovesNewToAssessmentAndMakesTheCoordinator) {
  Store store;
  const Id referral = submit(store);
  const Id kari = practitioner(store);
  const Id person = store.persons[0].id;
  run(store, adult_triage(referral, kari));
  const Referral& r = *store.find_referral(referral);
  EXPECT_EQ(r.status, ReferralStatus::UnderAssessment);
  ASSERT_TRUE(r.triage.has_value());
  EXPECT_EQ(r.triage->level, TriageLevel::AdultCollaborationSeveral);
  EXPECT_EQ(r.triage->coordinator, kari);
  const TeamMember* coordinator = store.find_coordinator(person);
  ASSERT_NE(coordinator, nullptr);
  EXPECT_EQ(coordinator->name, "Kari Koordinator");
  EXPECT_EQ(coordinator->practitioner, kari);
  // Triage again with another coordinator: one coordinator, the first stays on the team.
  const Id ola = practitioner(store, "Ola Nordmann");
  run(store, adult_triage(referral, ola));
  EXPECT_EQ(store.find_coordinator(person)->practitioner, ola);
  EXPECT_EQ(store.team_members.size(), 2u);
  // The same coordinator again does not add a second member.
  run(store, adult_triage(referral, ola));
  EXPECT_EQ(store.team_members.size(), 2u);
}

TEST(TriageReferral, Refusals) {
  Store store;
  const Id referral = submit(store);
  const Id kari = practitioner(store);
  TriageReferral child_level = adult_triage(referral);
  child_level.level = TriageLevel::Bti2;
  EXPECT_TRUE(only_error(store, child_level, "level", "error.level_for_adult"));
  TriageReferral not_needed = adult_triage(referral, kari);
  not_needed.needs_coordinator = false;
  EXPECT_TRUE(only_error(store, not_needed, "coordinator", "error.coordinator_not_needed"));
  EXPECT_TRUE(only_error(store, adult_triage(referral, 424242), "coordinator", "error.not_found"));
  run(store, SetPractitionerActive{kari, false});
  EXPECT_TRUE(only_error(store, adult_triage(referral, kari), "coordinator", "error.not_active"));
  TriageReferral early = adult_triage(referral);
  early.date = add_days(today(), -1);
  EXPECT_TRUE(only_error(store, early, "date", "error.date_order"));
  run(store, SetReferralStatus{referral, ReferralStatus::Closed, "Døde"});
  EXPECT_TRUE(only_error(store, adult_triage(referral), "status", "error.transition_not_allowed"));
  EXPECT_TRUE(only_error(store, adult_triage(9999), "referral", "error.not_found"));
}

TEST(RedirectReferral, NeedsTheServiceAndAReason) {
  Store store;
  const Id referral = submit(store);
  EXPECT_TRUE(only_error(store, RedirectReferral{referral, "", "x"}, "to_service", "error.required"));
  EXPECT_TRUE(only_error(store, RedirectReferral{referral, "Fysioterapi", ""}, "reason", "error.reason_required"));
  run(store, RedirectReferral{referral, "Fysioterapi", "Trenger bare trening"});
  const Referral& r = *store.find_referral(referral);
  EXPECT_EQ(r.status, ReferralStatus::Redirected);
  EXPECT_EQ(r.redirected_to, "Fysioterapi");
  EXPECT_EQ(r.status_reason, "Trenger bare trening");
  EXPECT_TRUE(only_error(store, RedirectReferral{referral, "NAV", "igjen"}, "status", "error.transition_not_allowed"));
}

TEST(Practitioners, AddDeactivateAndRefuseDuplicates) {
  Store store;
  const Id kari = practitioner(store);
  EXPECT_TRUE(only_error(store, AddPractitioner{"kari koordinator", "", "Koordinerende enhet"}, "name",
                         "error.duplicate"));
  EXPECT_TRUE(errors_of(store, AddPractitioner{"Kari Koordinator", "", "Hjemmetjenesten"}).empty());
  EXPECT_TRUE(only_error(store, AddPractitioner{"", "", ""}, "name", "error.required"));
  run(store, SetPractitionerActive{kari, false});
  EXPECT_FALSE(store.find_practitioner(kari)->active);
  EXPECT_TRUE(only_error(store, SetPractitionerActive{77, true}, "practitioner", "error.not_found"));
}

TEST(RiskRules, EditingMakesANewVersionAndOldScreeningsKeepTheirs) {
  Store store;
  EXPECT_EQ(effective_risk_rules(store).version, 1);
  const Id referral = submit(store);
  RiskRule cfs = effective_risk_rules(store).rules[1];
  ASSERT_EQ(cfs.id, "frailty_cfs5");
  cfs.enabled = true;
  run(store, SetRiskRule{cfs});
  EXPECT_EQ(effective_risk_rules(store).version, 2);
  RiskRule own{"bor_alene_75", "Bor alene og er over 75", RiskCombine::All,
               {{RiskCriterion::LivesAlone, RiskComparison::IsYes, 0, {}},
                {RiskCriterion::AgeYears, RiskComparison::AtLeast, 75, {}}},
               true};
  run(store, SetRiskRule{own});
  EXPECT_EQ(effective_risk_rules(store).version, 3);
  EXPECT_EQ(effective_risk_rules(store).rules.size(), 4u);
  // The referral saved under version 1 keeps version 1 and its one match.
  EXPECT_EQ(store.find_referral(referral)->screening->rule_set_version, 1);
  EXPECT_EQ(store.find_referral(referral)->screening->matches.size(), 1u);
  // A new screening uses the new rules: Klara now matches the CFS rule too.
  EXPECT_EQ(run_screening(effective_risk_rules(store), klara().screening->inputs).matches.size(), 2u);
  // The municipality list is editable: a municipality outside it no longer matches.
  RiskRule ahus = effective_risk_rules(store).rules[0];
  ahus.conditions[2].values = {"Ullensaker"};
  run(store, SetRiskRule{ahus});
  EXPECT_EQ(run_screening(effective_risk_rules(store), klara().screening->inputs).matches.size(), 1u);
  // Built-in rules are switched off, never removed; own rules can be removed.
  EXPECT_TRUE(only_error(store, RemoveRiskRule{"ahus_inclusion"}, "rule_id", "error.builtin_rule"));
  EXPECT_TRUE(only_error(store, RemoveRiskRule{"nope"}, "rule_id", "error.not_found"));
  run(store, RemoveRiskRule{"bor_alene_75"});
  EXPECT_EQ(effective_risk_rules(store).rules.size(), 3u);
  EXPECT_EQ(effective_risk_rules(store).version, 5);
}

TEST(RiskRules, ARuleThatCannotWorkIsRefusedNamingTheField) {
  Store store;
  RiskRule bad{"Bad Id", "", RiskCombine::All, {{RiskCriterion::Municipality, RiskComparison::AtLeast, 1, {}}}, true};
  const auto errors = errors_of(store, SetRiskRule{bad});
  EXPECT_NE(std::find(errors.begin(), errors.end(), FieldError{"rule.id", "error.rule_id"}), errors.end());
  EXPECT_NE(std::find(errors.begin(), errors.end(), FieldError{"rule.flag", "error.required"}), errors.end());
  EXPECT_NE(std::find(errors.begin(), errors.end(), FieldError{"rule.conditions[0].comparison", "error.rule_comparison"}),
            errors.end());
  EXPECT_EQ(store.risk_rules.version, 0);
}

TEST(Replay, ATransitionTodaysRulesRefuseStillLoadsAsDrift) {
  // A schema-2 journal could close and then accept a referral; replay keeps it and reports drift.
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id referral = run(store, RegisterReferral{person, today(), "", "", ReporterService::Other, "obs", "", {}});
  const CommandRecord record{2, kNow, "Kari", SetReferralStatus{referral, ReferralStatus::Accepted, ""}};
  const ReplayResult result = replay(store, record);
  EXPECT_TRUE(result.applied);
  EXPECT_FALSE(result.drift.empty());
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::Accepted);
}

}  // namespace
}  // namespace opp
