// The evaluation figures on hand-computed fixtures: medians with odd and even N, the nearest-rank
// 90th percentile, flow in and out of the period and filters, PSFS with one conversation, cases
// followed under 12 months, process shares, and an empty selection.
#include "core/queries/evaluation.hpp"

#include <gtest/gtest.h>

#include "tests/unit/queries/evaluation_fixture.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

TEST(EvaluationStatistics, MedianAndNearestRankPercentile) {
  EXPECT_EQ(median({}), std::nullopt);
  EXPECT_EQ(median({5}), 5.0);
  EXPECT_EQ(median({1, 3, 2}), 2.0);
  EXPECT_EQ(median({4, 1, 3, 2}), 2.5);
  EXPECT_EQ(percentile_90({}), std::nullopt);
  EXPECT_EQ(percentile_90({7}), 7.0);
  EXPECT_EQ(percentile_90({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), 9.0);      // ⌈9⌉ = 9th
  EXPECT_EQ(percentile_90({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), 10.0); // ⌈9.9⌉ = 10th
  EXPECT_EQ(percentile_90({3, 1, 2}), 3.0);                             // ⌈2.7⌉ = 3rd
}

TEST_F(EvaluationTest, EmptySelectionHasNoValuesAndNoN) {
  const Evaluation e = all();
  EXPECT_EQ(e.referrals, 0);
  EXPECT_EQ(e.cases, 0);
  EXPECT_EQ(e.days_to_coordinator_median, (Figure{std::nullopt, 0}));
  EXPECT_EQ(e.psfs_improved_share, (Figure{std::nullopt, 0}));
  EXPECT_EQ(e.admissions_change_pct, (Figure{std::nullopt, 0}));
  EXPECT_EQ(e.ip_share, (Figure{std::nullopt, 0}));
}

TEST_F(EvaluationTest, FlowAndDaysToCoordinatorAndTeam) {
  // Days to coordinator 2, 4, 9 (median 4, p90 9); to team established 5, 10 (median 7,5).
  person_with_case("A", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), ymd(2024, 1, 6));
  person_with_case("B", "Kinn", ymd(2024, 1, 10), ymd(2024, 1, 11), ymd(2024, 1, 14), ymd(2024, 1, 20));
  person_with_case("C", "Suldal", ymd(2024, 2, 1), ymd(2024, 2, 2), ymd(2024, 2, 10), std::nullopt);
  Evaluation e = all();
  EXPECT_EQ(e.cases, 3);
  EXPECT_EQ(e.active_cases, 3);
  EXPECT_EQ(e.days_to_coordinator_median, (Figure{4.0, 3}));
  EXPECT_EQ(e.days_to_coordinator_p90, (Figure{9.0, 3}));
  EXPECT_EQ(e.days_to_team_median, (Figure{7.5, 2}));
  ASSERT_EQ(e.months.size(), 2u);
  EXPECT_EQ(e.months[0].opened, 2);
  EXPECT_EQ(e.months[1].opened, 1);
  // The municipality filter: only Kinn's two.
  e = evaluate(store, {std::nullopt, std::nullopt, "Kinn", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.cases, 2);
  EXPECT_EQ(e.days_to_coordinator_median, (Figure{3.0, 2}));
  // A period that ends before February leaves C out; a target group nobody has leaves none.
  e = evaluate(store, {ymd(2024, 1, 1), ymd(2024, 1, 31), "", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.cases, 2);
  e = evaluate(store, {std::nullopt, std::nullopt, "", AgeGroup::Any, TargetGroup::Disability}, today());
  EXPECT_EQ(e.cases, 0);
  // Closing one: closed counts in the period it happened, active drops.
  ASSERT_TRUE(execute(store, MoveCase{cases[2], CaseStage::Closed, ymd(2024, 3, 1), "Flyttet"}, "Kari", kNow).ok());
  e = all();
  EXPECT_EQ(e.closed, 1);
  EXPECT_EQ(e.active_cases, 2);
}

TEST_F(EvaluationTest, ReferralsAcceptedAndRedirected) {
  const Id p = run(store, CreatePerson{"D", ymd(1940, 1, 1), "", "Kinn"});
  const Id q = run(store, CreatePerson{"E", ymd(1940, 1, 1), "", "Kinn"});
  const Id accepted = run(store, RegisterReferral{p, ymd(2024, 2, 1), "Lege", "fastlege", ReporterService::GpMessage, "Faller", "", Urgency::Normal});
  const Id redirected = run(store, RegisterReferral{q, ymd(2024, 2, 2), "Lege", "fastlege", ReporterService::GpMessage, "Uro", "", Urgency::Normal});
  run(store, RegisterReferral{q, ymd(2023, 5, 2), "Lege", "fastlege", ReporterService::GpMessage, "Gammel", "", Urgency::Normal});
  run(store, SetReferralStatus{accepted, ReferralStatus::UnderAssessment, ""});
  run(store, TriageReferral{accepted, ymd(2024, 2, 3), TriageLevel::AdultCollaborationSeveral, true, true, true, kNoId, ""});
  run(store, SetReferralStatus{accepted, ReferralStatus::Accepted, ""});
  run(store, RedirectReferral{redirected, "NAV", "Hører til NAV"});
  const Evaluation e = evaluate(store, {ymd(2024, 1, 1), std::nullopt, "", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.referrals, 2);  // the one from 2023 is before the period
  EXPECT_EQ(e.accepted, 1);
  EXPECT_EQ(e.redirected, 1);
  EXPECT_EQ(e.cases, 1);  // accepting opened the case
}

TEST_F(EvaluationTest, PsfsOverPersonsWithTwoConversations) {
  const Id a = person_with_case("A", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), std::nullopt);
  const Id b = person_with_case("B", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), std::nullopt);
  const Id c = person_with_case("C", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), std::nullopt);
  const auto conversation = [&](Id p, Date d, int score) {
    const auto activities = store.psfs_activities.positions_of(p);
    if (activities.empty()) {
      run(store, RecordPsfsConversation{p, d, "S", PsfsDirection::ZeroIsCannot, {}, {{"Gå", score}}, {}});
    } else {
      run(store, RecordPsfsConversation{p, d, "S", PsfsDirection::ZeroIsCannot, {{store.psfs_activities[activities[0]].id, score}}, {}, {}});
    }
  };
  conversation(a, ymd(2024, 1, 5), 2);
  conversation(a, ymd(2024, 2, 5), 5);  // +3: improved
  conversation(b, ymd(2024, 1, 5), 4);
  conversation(b, ymd(2024, 2, 5), 5);  // +1
  conversation(c, ymd(2024, 1, 5), 6);  // one conversation: not counted
  const Evaluation e = all();
  EXPECT_EQ(e.psfs_first_avg, (Figure{3.0, 2}));
  EXPECT_EQ(e.psfs_latest_avg, (Figure{5.0, 2}));
  EXPECT_EQ(e.psfs_improved_share, (Figure{50.0, 2}));
  EXPECT_EQ(e.psfs_histogram[10 + 3], 1);
  EXPECT_EQ(e.psfs_histogram[10 + 1], 1);
  EXPECT_EQ(e.what_matters_share, (Figure{100.0, 3}));
}

TEST_F(EvaluationTest, AdmissionsOnlyForCasesFollowedTwelveMonths) {
  // Included 01.12.2022, followed past 01.12.2023: counts. Included 01.06.2023: not yet.
  const Id a = person_with_case("A", "Kinn", ymd(2022, 11, 1), ymd(2022, 11, 2), ymd(2022, 11, 3), ymd(2022, 12, 1));
  const Id b = person_with_case("B", "Kinn", ymd(2023, 5, 1), ymd(2023, 5, 2), ymd(2023, 5, 3), ymd(2023, 6, 1));
  run(store, RegisterAdmission{a, ymd(2021, 11, 30), AdmissionKind::Acute, 2, ""});  // more than 12 months before
  run(store, RegisterAdmission{a, ymd(2022, 3, 1), AdmissionKind::Acute, 2, ""});
  run(store, RegisterAdmission{a, ymd(2022, 11, 30), AdmissionKind::Planned, 1, ""});
  run(store, RegisterAdmission{a, ymd(2022, 12, 1), AdmissionKind::Acute, 3, ""});    // the inclusion day: after
  run(store, RegisterAdmission{a, ymd(2023, 12, 1), AdmissionKind::Acute, 3, ""});    // 12 months on: outside
  run(store, RegisterAdmission{b, ymd(2023, 7, 1), AdmissionKind::Acute, 3, ""});
  const Evaluation e = all();
  EXPECT_EQ(e.followed_12_months, 1);
  EXPECT_EQ(e.admissions_before, (Figure{2.0, 1}));
  EXPECT_EQ(e.admissions_after, (Figure{1.0, 1}));
  EXPECT_EQ(e.admissions_change_pct, (Figure{-50.0, 1}));
  EXPECT_EQ(e.acute_before, 1);
  EXPECT_EQ(e.planned_before, 1);
  EXPECT_EQ(e.acute_after, 1);
}

TEST_F(EvaluationTest, ProcessGoalsPerCase) {
  const Id a = person_with_case("A", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), std::nullopt);
  const Id b = run(store, CreatePerson{"B", ymd(1940, 1, 1), "", "Kinn"});
  run(store, OpenCase{b, ymd(2024, 1, 1), TargetGroup::FrailElderly});
  run(store, AddGoal{a, kNoId, "Gå til butikken", ymd(2024, 1, 11)});  // 10 days after opening
  run(store, GiveConsent{a, ConsentKind::RelativeInvolvement, "Per", ymd(2024, 1, 2)});
  run(store, AddTeamMember{a, "Per", "sønn", "", CareLevel::Relative, ymd(2024, 1, 3)});
  const Id nurse = store.team_members.of_person(a).begin()->id;
  run(store, RecordMeeting{a, MeetingType::Network, ymd(2024, 1, 20), {nurse}, true, "", "", ""});
  run(store, RecordMeeting{b, MeetingType::Network, ymd(2024, 1, 20), {}, false, "", "", ""});
  run(store, RecordMeeting{b, MeetingType::Network, ymd(2024, 2, 20), {}, true, "", "", ""});
  run(store, RecordMeeting{a, MeetingType::Evaluation, ymd(2024, 12, 20), {nurse}, false, "", "", ""});  // planned
  const Evaluation e = all();
  EXPECT_EQ(e.ip_share, (Figure{50.0, 2}));
  EXPECT_EQ(e.days_to_ip_median, (Figure{10.0, 1}));
  EXPECT_EQ(e.gp_on_team_share, (Figure{50.0, 2}));
  EXPECT_EQ(e.relatives_share, (Figure{50.0, 2}));
  EXPECT_EQ(e.person_present_share, (Figure{50.0, 2}));  // A at every held meeting, B not
  EXPECT_EQ(e.what_matters_share, (Figure{0.0, 2}));
}

TEST_F(EvaluationTest, ContactsPerQuarterByServiceType) {
  const Id a = person_with_case("A", "Kinn", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  const Id b = person_with_case("B", "Suldal", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  // A second case of A's: A's measurements still count once.
  ASSERT_TRUE(execute(store, MoveCase{cases[0], CaseStage::Closed, ymd(2023, 6, 1), "Ny vurdering"}, "Kari", kNow).ok());
  run(store, OpenCase{a, ymd(2023, 7, 1), TargetGroup::FrailElderly});
  run(store, RecordMeasurement{a, ymd(2023, 3, 31), 2, 1, 10, 1, 0, 5, 2, 0});  // Q1
  run(store, RecordMeasurement{b, ymd(2023, 1, 15), 4, 0, 6, 2, 0, 3, 1, 0});   // Q1
  run(store, RecordMeasurement{a, ymd(2023, 4, 1), 1, 2, 3, 0, 0, 5, 2, 0});    // Q2
  Evaluation e = all();
  ASSERT_EQ(e.contacts.size(), 2u);
  EXPECT_EQ(e.contacts[0], (QuarterContacts{2023, 1, 2, 6, 1, 16, 3}));
  EXPECT_EQ(e.contacts[1], (QuarterContacts{2023, 2, 1, 1, 2, 3, 0}));
  // The filters apply: Suldal's only, and a period that ends in March.
  e = evaluate(store, {std::nullopt, std::nullopt, "Suldal", AgeGroup::Any, std::nullopt}, today());
  ASSERT_EQ(e.contacts.size(), 1u);
  EXPECT_EQ(e.contacts[0], (QuarterContacts{2023, 1, 1, 4, 0, 6, 2}));
  e = evaluate(store, {std::nullopt, ymd(2023, 3, 31), "", AgeGroup::Any, std::nullopt}, today());
  ASSERT_EQ(e.contacts.size(), 1u);
  EXPECT_EQ(e.contacts[0].measurements, 2);
}

TEST_F(EvaluationTest, UserExperiencedQualityFromTheSurveys) {
  const Id a = person_with_case("A", "Kinn", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  const Id b = person_with_case("B", "Suldal", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  const auto survey = [&](Id p, Date d, std::vector<int> answers, std::string comment) {
    const Id m = run(store, RecordMeeting{p, MeetingType::Evaluation, d, {}, true, "", "", ""});
    run(store, RecordQualitySurvey{m, std::move(answers), std::move(comment)});
  };
  survey(a, ymd(2023, 6, 1), {5, 4, 0, 4, 5}, "Trygt");
  survey(b, ymd(2023, 7, 1), {3, 2, 1, 0, 4}, "");
  survey(b, ymd(2023, 12, 1), {0, 0, 0, 0, 0}, "Bare en kommentar");
  Evaluation e = all();
  // Answers given: 5 4 4 5 | 3 2 1 4 → 28 / 8 = 3,5 over 3 surveys; 4 or 5: 5 of 8.
  EXPECT_EQ(e.quality_mean, (Figure{3.5, 3}));
  EXPECT_EQ(e.quality_positive_share, (Figure{62.5, 8}));
  ASSERT_EQ(e.quality_items.size(), 5u);
  EXPECT_EQ(e.quality_items[0], (Figure{4.0, 2}));
  EXPECT_EQ(e.quality_items[2], (Figure{1.0, 1}));
  EXPECT_EQ(e.quality_items[3], (Figure{4.0, 1}));
  EXPECT_EQ(e.quality_distribution[0], (std::array<int, 5>{0, 0, 1, 0, 1}));
  ASSERT_EQ(e.quality_comments.size(), 2u);
  EXPECT_EQ(e.quality_comments[0]->comment, "Bare en kommentar");  // newest first
  // The filters: Kinn only; a period before any survey.
  e = evaluate(store, {std::nullopt, std::nullopt, "Kinn", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.quality_mean, (Figure{4.5, 1}));
  e = evaluate(store, {std::nullopt, ymd(2023, 5, 31), "", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.quality_mean, (Figure{std::nullopt, 0}));
  EXPECT_EQ(e.quality_positive_share, (Figure{std::nullopt, 0}));
  EXPECT_TRUE(e.quality_comments.empty());
  // Only a comment: a survey, but no mean.
  e = evaluate(store, {ymd(2023, 11, 1), std::nullopt, "", AgeGroup::Any, std::nullopt}, today());
  EXPECT_EQ(e.quality_mean, (Figure{std::nullopt, 1}));
}

}  // namespace
}  // namespace opp::queries
