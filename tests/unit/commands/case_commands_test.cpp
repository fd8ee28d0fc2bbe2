// Cases on the board: opening, the stage rules, closing, the register's team members, the
// coordinator's appointment, goal evaluations and admissions.
#include <gtest/gtest.h>

#include "core/rules/case_flow.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

class CaseCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    person = run(store, CreatePerson{"Klara Nilsen", ymd(1949, 3, 15), "", "Kinn"});
    case_id = run(store, OpenCase{person, today(), TargetGroup::FrailElderly});
    ASSERT_NE(case_id, kNoId);
  }
  Id professional(const char* name, CareLevel level = CareLevel::Municipal) {
    return run(store, AddTeamMember{person, name, "sykepleier", "Hjemmetjenesten", level, ymd(2024, 1, 10)});
  }
  std::vector<std::string> refusals(CaseStage to, const std::string& reason = {}) {
    return move_refusals(store, *store.find_case(case_id), to, reason);
  }
  Store store;
  Id person = kNoId;
  Id case_id = kNoId;
};

TEST_F(CaseCommands, OpenCaseStartsAtReportedWithItsHistory) {
  const Case& c = *store.find_case(case_id);
  EXPECT_EQ(c.stage, CaseStage::Reported);
  EXPECT_EQ(c.target_group, TargetGroup::FrailElderly);
  ASSERT_EQ(c.history.size(), 1u);
  EXPECT_EQ(c.history[0].by, "Kari Koordinator");
  EXPECT_EQ(store.open_case(person), &c);
  // One open case per person; a date in the future is refused.
  EXPECT_TRUE(only_error(store, OpenCase{person, today(), TargetGroup::Other}, "person", "case.error.already_open"));
  const Id other = run(store, CreatePerson{"Per", std::nullopt, "", ""});
  EXPECT_TRUE(only_error(store, OpenCase{other, add_days(today(), 1), TargetGroup::Other}, "date", "error.date_in_future"));
  EXPECT_TRUE(only_error(store, OpenCase{9999, today(), TargetGroup::Other}, "person", "error.not_found"));
}

TEST_F(CaseCommands, MappingNeedsNothing) {
  EXPECT_TRUE(refusals(CaseStage::Mapping).empty());
  EXPECT_EQ(refusals(CaseStage::Reported), std::vector<std::string>{"case.error.same_stage"});
}

TEST_F(CaseCommands, TeamEstablishedNeedsAProfessionalCoordinatorAndAnotherProfessional) {
  EXPECT_EQ(refusals(CaseStage::TeamEstablished),
            (std::vector<std::string>{"case.error.no_coordinator", "case.error.no_other_professional"}));
  const Id nurse = professional("Siri");
  run(store, SetCoordinator{nurse, today()});
  EXPECT_EQ(refusals(CaseStage::TeamEstablished), std::vector<std::string>{"case.error.no_other_professional"});
  // A relative and the person themself are never the "other professional".
  run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 2)});
  professional("Per Nilsen", CareLevel::Relative);
  professional("Klara Nilsen", CareLevel::ThePerson);
  EXPECT_EQ(refusals(CaseStage::TeamEstablished), std::vector<std::string>{"case.error.no_other_professional"});
  professional("Geir", CareLevel::Gp);
  EXPECT_TRUE(refusals(CaseStage::TeamEstablished).empty());
  // The command gives the same answer, and moving sets the inclusion date once.
  ASSERT_TRUE(execute(store, MoveCase{case_id, CaseStage::TeamEstablished, today(), ""}, "Kari", kNow).ok());
  const Case& c = *store.find_case(case_id);
  EXPECT_EQ(c.stage, CaseStage::TeamEstablished);
  EXPECT_EQ(c.included, today());
  EXPECT_EQ(c.history.back().by, "Kari");
}

TEST_F(CaseCommands, ARelativeCanNeverBeCoordinator) {
  run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 2)});
  const Id per = professional("Per Nilsen", CareLevel::Relative);
  EXPECT_TRUE(only_error(store, SetCoordinator{per, today()}, "member", "error.coordinator_professional"));
  const Id siri = professional("Siri");
  EXPECT_TRUE(only_error(store, SetCoordinator{siri, std::nullopt}, "date", "error.required"));
  EXPECT_TRUE(only_error(store, SetCoordinator{siri, ymd(2024, 1, 1)}, "date", "error.date_order"));
  run(store, SetCoordinator{siri, ymd(2024, 2, 1)});
  EXPECT_EQ(store.find_team_member(siri)->coordinator_since, ymd(2024, 2, 1));
  run(store, SetCoordinator{siri, ymd(2024, 3, 1)});  // already coordinator: the first date stays
  EXPECT_EQ(store.find_team_member(siri)->coordinator_since, ymd(2024, 2, 1));
}

TEST_F(CaseCommands, FollowUpNeedsAPlanAndEvaluationNeedsFollowUp) {
  const Id nurse = professional("Siri");
  professional("Geir", CareLevel::Gp);
  run(store, SetCoordinator{nurse, today()});
  EXPECT_EQ(refusals(CaseStage::FollowUp), std::vector<std::string>{"case.error.no_plan"});
  EXPECT_EQ(refusals(CaseStage::Evaluation),
            (std::vector<std::string>{"case.error.no_plan", "case.error.not_followed_up"}));
  run(store, AddGoal{person, kNoId, "Gå til butikken selv", today()});
  EXPECT_TRUE(refusals(CaseStage::FollowUp).empty());  // skipping forward when the needs are met
  EXPECT_EQ(refusals(CaseStage::Evaluation), std::vector<std::string>{"case.error.not_followed_up"});
  run(store, MoveCase{case_id, CaseStage::FollowUp, today(), ""});
  EXPECT_EQ(store.find_case(case_id)->included, today());  // included by passing team established
  EXPECT_TRUE(refusals(CaseStage::Evaluation).empty());
  // Back is always possible; the team's state is not checked.
  run(store, TeamMemberLeaves{nurse, today()});
  EXPECT_TRUE(refusals(CaseStage::Mapping).empty());
  EXPECT_EQ(refusals(CaseStage::Evaluation), std::vector<std::string>{"case.error.no_coordinator"});
}

TEST_F(CaseCommands, ClosingNeedsAReasonAndIsFinal) {
  EXPECT_TRUE(only_error(store, MoveCase{case_id, CaseStage::Closed, today(), ""}, "reason", "case.error.reason_required"));
  const Store before = store;
  EXPECT_FALSE(execute(store, MoveCase{case_id, CaseStage::FollowUp, today(), ""}, "k", kNow).ok());
  EXPECT_EQ(store, before);  // a refused move changes nothing
  run(store, MoveCase{case_id, CaseStage::Closed, today(), "Flyttet til annen kommune"});
  const Case& c = *store.find_case(case_id);
  EXPECT_EQ(c.closed, today());
  EXPECT_EQ(c.close_reason, "Flyttet til annen kommune");
  EXPECT_EQ(c.history.back().reason, "Flyttet til annen kommune");
  EXPECT_EQ(refusals(CaseStage::Mapping), std::vector<std::string>{"case.error.closed_final"});
  // A new case later; the old one stays readable.
  const Id again = run(store, OpenCase{person, today(), TargetGroup::Other});
  ASSERT_NE(again, kNoId);
  EXPECT_EQ(store.open_case(person)->id, again);
  EXPECT_EQ(store.find_case(case_id)->stage, CaseStage::Closed);
}

TEST_F(CaseCommands, MoveDatesNeitherFutureNorBeforeTheLastChange) {
  EXPECT_TRUE(only_error(store, MoveCase{case_id, CaseStage::Mapping, add_days(today(), 1), ""}, "date", "error.date_in_future"));
  EXPECT_TRUE(only_error(store, MoveCase{case_id, CaseStage::Mapping, add_days(today(), -1), ""}, "date", "error.date_order"));
  EXPECT_TRUE(only_error(store, MoveCase{9999, CaseStage::Mapping, today(), ""}, "case", "error.not_found"));
}

TEST_F(CaseCommands, AcceptingAReferralOpensTheCaseWithItsId) {
  Store s;
  const Id child = run(s, CreatePerson{"Kasper", ymd(2017, 11, 2), "", "Kinn"});
  const Id referral = run(s, RegisterReferral{child, ymd(2024, 1, 10), "Lærer", "", ReporterService::School, "Fravær", "", Urgency::Normal});
  run(s, TriageReferral{referral, ymd(2024, 1, 11), TriageLevel::Bti2, true, false, true, kNoId, ""});
  run(s, SetReferralStatus{referral, ReferralStatus::Accepted, ""});
  ASSERT_EQ(s.cases.size(), 1u);
  EXPECT_EQ(s.cases[0].id, referral);
  EXPECT_EQ(s.cases[0].referral, referral);
  EXPECT_EQ(s.cases[0].target_group, TargetGroup::ChildrenFamilies);  // under 18
  EXPECT_EQ(s.id_counters.at(kLegacyDevice), referral);  // no id was taken
  // A second accepted referral while the case is open opens nothing.
  const Id second = run(s, RegisterReferral{child, ymd(2024, 2, 1), "Lege", "", ReporterService::GpMessage, "Mer", "", Urgency::Normal});
  run(s, TriageReferral{second, ymd(2024, 2, 2), TriageLevel::Bti3, true, true, true, kNoId, ""});
  run(s, SetReferralStatus{second, ReferralStatus::Accepted, ""});
  EXPECT_EQ(s.cases.size(), 1u);
}

TEST_F(CaseCommands, TeamMembersFromTheRegister) {
  const Id hanne = run(store, AddPractitioner{"Hanne", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal, "tlf 1"});
  EXPECT_TRUE(has_error(store, AddPractitioner{"Per", "", "", CareLevel::Relative, ""}, "level", "error.not_professional"));
  const AddTeamMember add{person, "Hanne", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal, today(), hanne};
  const Id member = run(store, add);
  EXPECT_EQ(store.find_team_member(member)->practitioner, hanne);
  EXPECT_TRUE(has_error(store, add, "practitioner", "error.duplicate"));  // once at a time
  run(store, SetPractitionerActive{hanne, false});
  const Id other = run(store, CreatePerson{"Per", std::nullopt, "", ""});
  EXPECT_TRUE(has_error(store, AddTeamMember{other, "Hanne", "", "", CareLevel::Municipal, today(), hanne},
                        "practitioner", "error.not_active"));
  EXPECT_TRUE(has_error(store, AddTeamMember{other, "X", "", "", CareLevel::Municipal, add_days(today(), 1)}, "joined",
                        "error.date_in_future"));
}

TEST_F(CaseCommands, WithdrawingConsentEndsTheRelativesMembership) {
  const Id consent = run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 2)});
  const Id per = professional("Per Nilsen", CareLevel::Relative);
  run(store, WithdrawConsent{consent, ymd(2024, 2, 1)});
  EXPECT_FALSE(store.find_team_member(per)->active());
  EXPECT_EQ(store.find_team_member(per)->left, ymd(2024, 2, 1));
}

TEST_F(CaseCommands, GoalsAreEvaluatedWithADate) {
  const Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken selv", ymd(2024, 1, 10)});
  run(store, EvaluateGoal{goal, ymd(2024, 2, 1), GoalOutcome::Partly, "Med rullator"});
  run(store, EvaluateGoal{goal, ymd(2024, 3, 1), GoalOutcome::Achieved, ""});
  const Goal& g = *store.find_goal(goal);
  ASSERT_EQ(g.evaluations.size(), 2u);
  EXPECT_EQ(g.evaluations[1].outcome, GoalOutcome::Achieved);
  EXPECT_TRUE(only_error(store, EvaluateGoal{goal, ymd(2024, 1, 1), GoalOutcome::Partly, ""}, "date", "error.date_order"));
  EXPECT_TRUE(only_error(store, EvaluateGoal{goal, add_days(today(), 1), GoalOutcome::Partly, ""}, "date", "error.date_in_future"));
  EXPECT_TRUE(only_error(store, EvaluateGoal{9999, today(), GoalOutcome::Partly, ""}, "goal", "error.not_found"));
}

TEST_F(CaseCommands, AMeetingsNextStepBecomesAMeasure) {
  const Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken selv", ymd(2024, 1, 10)});
  const Id meeting = run(store, RecordMeeting{person, MeetingType::Network, ymd(2024, 2, 1), {}, true, "", "", "Søke rullator"});
  const Id measure = run(store, AddMeasure{goal, "Søke rullator", kNoId, ymd(2024, 4, 1), meeting});
  EXPECT_EQ(store.find_measure(measure)->from_meeting, meeting);
  const Id other = run(store, CreatePerson{"Per", std::nullopt, "", ""});
  const Id other_meeting = run(store, RecordMeeting{other, MeetingType::Network, ymd(2024, 2, 1), {}, true, "", "", "x"});
  EXPECT_TRUE(only_error(store, AddMeasure{goal, "x", kNoId, std::nullopt, other_meeting}, "from_meeting", "error.not_found"));
}

TEST_F(CaseCommands, AdmissionsAreDatedEventsMarkedSeenOnce) {
  EXPECT_TRUE(only_error(store, RegisterAdmission{person, add_days(today(), 1), AdmissionKind::Acute, 2, ""}, "date", "error.date_in_future"));
  EXPECT_TRUE(only_error(store, RegisterAdmission{person, today(), AdmissionKind::Acute, -1, ""}, "bed_days", "error.out_of_range"));
  EXPECT_TRUE(only_error(store, RegisterAdmission{person, today(), AdmissionKind::Acute, kMaxBedDays + 1, ""}, "bed_days", "error.out_of_range"));
  const Id admission = run(store, RegisterAdmission{person, ymd(2024, 2, 29), AdmissionKind::Planned, 3, "Hofte"});
  EXPECT_TRUE(only_error(store, MarkAdmissionSeen{admission, ymd(2024, 2, 28)}, "date", "error.date_order"));
  run(store, MarkAdmissionSeen{admission, ymd(2024, 3, 1)});
  EXPECT_EQ(store.find_admission(admission)->seen, ymd(2024, 3, 1));
  EXPECT_TRUE(only_error(store, MarkAdmissionSeen{admission, today()}, "admission", "error.already_seen"));
}

}  // namespace
}  // namespace opp
