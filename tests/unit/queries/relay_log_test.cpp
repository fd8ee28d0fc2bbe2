// The relay log: events recorded by commands, entries by hand, and the consent that gates them.
#include "core/queries/relay_log.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

class RelayLog : public ::testing::Test {
 protected:
  void SetUp() override {
    person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", "Kinn"});
    sharing = run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 5)});
  }
  std::vector<RelayEvent> log() { return relay_log(store, person, today()); }
  Store store;
  Id person = kNoId, sharing = kNoId;
};

TEST_F(RelayLog, CommandsWriteTheLogNewestFirst) {
  const Id case_id = run(store, OpenCase{person, ymd(2024, 1, 8), TargetGroup::FrailElderly});
  const Id nurse = run(store, AddTeamMember{person, "Siri", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal, ymd(2024, 1, 10)});
  run(store, AddTeamMember{person, "Geir", "fastlege", "Legekontoret", CareLevel::Gp, ymd(2024, 1, 10)});
  run(store, SetCoordinator{nurse, ymd(2024, 1, 11)});
  ASSERT_TRUE(execute(store, MoveCase{case_id, CaseStage::Mapping, ymd(2024, 1, 12), ""}, "Kari", kNow).ok());
  const Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken selv", ymd(2024, 1, 15)});
  run(store, RecordMeeting{person, MeetingType::Network, ymd(2024, 1, 20), {nurse}, true, "", "Plan vedtatt", ""});
  run(store, RecordMeeting{person, MeetingType::Evaluation, ymd(2024, 6, 1), {nurse}, false, "", "", ""});  // planned
  run(store, RegisterAdmission{person, ymd(2024, 2, 1), AdmissionKind::Acute, 4, "Fall"});
  run(store, EvaluateGoal{goal, ymd(2024, 2, 20), GoalOutcome::Partly, "Går med rullator"});
  run(store, RecordMeasurement{person, ymd(2024, 2, 21), 1, 0, 3, 0, 0, 8, 1, 2});
  run(store, AddRelayLogEntry{person, ymd(2024, 2, 22), "Siri", RelayEntryKind::Concern, "Sover dårlig"});

  const std::vector<RelayEvent> events = log();
  std::vector<RelayEventKind> kinds;
  for (const RelayEvent& e : events) kinds.push_back(e.kind);
  using K = RelayEventKind;
  // The case's opening at "reported" is its first stage change; the planned meeting is not there.
  const std::vector<K> expected = {K::Written,     K::MeasurementRecorded, K::GoalEvaluated, K::AdmissionRegistered,
                                   K::MeetingHeld, K::GoalSet,             K::StageChanged,  K::CoordinatorAppointed,
                                   K::MemberJoined, K::MemberJoined,       K::StageChanged};
  ASSERT_EQ(kinds, expected);
  EXPECT_EQ(events[0].text, "Sover dårlig");
  EXPECT_EQ(events[0].who, "Siri");
  ASSERT_NE(events[0].entry, nullptr);
  EXPECT_EQ(events[2].outcome, GoalOutcome::Partly);
  EXPECT_EQ(events[2].detail, "Går med rullator");
  EXPECT_EQ(events[3].count, 4);
  EXPECT_TRUE(events[4].person_present);
  EXPECT_EQ(events[4].detail, "Plan vedtatt");
  EXPECT_EQ(events[6].stage, CaseStage::Mapping);
  EXPECT_EQ(events[6].who, "Kari");
  EXPECT_EQ(events[7].text, "Siri");
  EXPECT_EQ(events[10].stage, CaseStage::Reported);
  // Once the meeting's day has come, it is in the log.
  EXPECT_EQ(relay_log(store, person, ymd(2024, 6, 1)).front().kind, K::MeetingHeld);
}

TEST_F(RelayLog, OnlyWhatHappenedUnderTheSharingConsent) {
  run(store, AddTeamMember{person, "Early", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 4)});  // before consent
  run(store, AddTeamMember{person, "During", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 10)});
  run(store, WithdrawConsent{sharing, ymd(2024, 2, 1)});
  run(store, AddTeamMember{person, "Withdrawn", "sykepleier", "", CareLevel::Municipal, ymd(2024, 2, 1)});
  std::vector<std::string> names;
  for (const RelayEvent& e : log()) names.push_back(e.text);
  EXPECT_EQ(names, std::vector<std::string>{"During"});
  EXPECT_TRUE(sharing_consent_on(store, person, ymd(2024, 1, 5)));
  EXPECT_TRUE(sharing_consent_on(store, person, ymd(2024, 1, 31)));
  EXPECT_FALSE(sharing_consent_on(store, person, ymd(2024, 2, 1)));
  EXPECT_FALSE(sharing_consent_on(store, person, ymd(2024, 1, 4)));
  // A new consent opens the log again.
  run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 2, 10)});
  EXPECT_TRUE(sharing_consent_on(store, person, ymd(2024, 2, 10)));
}

TEST_F(RelayLog, NoEventsWithoutAnyConsent) {
  const Id other = run(store, CreatePerson{"Morten", ymd(1996, 1, 1), "", "Kinn"});
  run(store, AddTeamMember{other, "Siri", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 10)});
  EXPECT_TRUE(relay_log(store, other, today()).empty());
  // And an entry by hand is refused: the log needs consent.
  const CommandResult refused =
      execute(store, AddRelayLogEntry{other, ymd(2024, 1, 10), "Siri", RelayEntryKind::Concern, "Uro"}, "Kari", kNow);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.errors[0].message_key, "error.no_consent");
  EXPECT_TRUE(store.relay_log.empty());
}

TEST_F(RelayLog, WithdrawingTheRelativesConsentEndsTheirMembershipAndSaysSo) {
  const Id consent = run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 5)});
  const Id per = run(store, AddTeamMember{person, "Per Nilsen", "sønn", "", CareLevel::Relative, ymd(2024, 1, 10)});
  const Id left_by_choice = run(store, AddTeamMember{person, "Siri", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 10)});
  run(store, TeamMemberLeaves{left_by_choice, ymd(2024, 1, 20)});
  EXPECT_FALSE(ended_by_consent_withdrawal(store, *store.find_team_member(per)));
  run(store, WithdrawConsent{consent, ymd(2024, 2, 1)});
  const TeamMember& member = *store.find_team_member(per);
  EXPECT_EQ(member.left, ymd(2024, 2, 1));
  EXPECT_TRUE(ended_by_consent_withdrawal(store, member));
  EXPECT_FALSE(ended_by_consent_withdrawal(store, *store.find_team_member(left_by_choice)));
  const std::vector<RelayEvent> events = log();
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].kind, RelayEventKind::MemberLeft);
  EXPECT_EQ(events[0].text, "Per Nilsen");
  EXPECT_TRUE(events[0].by_withdrawal);
}

}  // namespace
}  // namespace opp::queries
