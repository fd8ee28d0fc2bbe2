// Tests for the follow-up team commands: members, relatives with consent, coordinator, meetings.
#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

class TeamCommands : public ::testing::Test {
 protected:
  Store store;
  Id person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", ""});
  Id other = run(store, CreatePerson{"Morten", std::nullopt, "", ""});
  AddTeamMember member(const std::string& name, CareLevel level = CareLevel::Municipal, Date joined = ymd(2024, 1, 15)) {
    return AddTeamMember{person, name, "sykepleier", "Hjemmetjenesten", level, joined};
  }
};

TEST_F(TeamCommands, AddTeamMember) {
  const Id id = run(store, member(" Siri "));
  ASSERT_NE(id, kNoId);
  const TeamMember& m = *store.find_team_member(id);
  EXPECT_EQ(m.name, "Siri");
  EXPECT_EQ(m.person, person);
  EXPECT_TRUE(m.active());
  EXPECT_FALSE(m.coordinator);
  EXPECT_EQ(m.joined, ymd(2024, 1, 15));
  EXPECT_EQ(store.audit.back().command_type, "add_team_member");
}

TEST_F(TeamCommands, AddTeamMemberErrors) {
  AddTeamMember c = member("Siri");
  c.person = 99;
  EXPECT_TRUE(only_error(store, c, "person", "error.not_found"));
  EXPECT_TRUE(only_error(store, member(""), "name", "error.required"));
  EXPECT_TRUE(only_error(store, member(std::string(201, 'n')), "name", "error.too_long"));
  c = member("Siri");
  c.role = std::string(201, 'r');
  EXPECT_TRUE(only_error(store, c, "role", "error.too_long"));
  c = member("Siri");
  c.service = std::string(201, 's');
  EXPECT_TRUE(only_error(store, c, "service", "error.too_long"));
  EXPECT_TRUE(only_error(store, member("Siri", CareLevel::Municipal, ymd(1949, 3, 14)), "joined",
                         "error.date_before_birth"));
  EXPECT_TRUE(only_error(store, member("Siri", CareLevel::Municipal, add_days(today(), 367)), "joined",
                         "error.date_in_future"));
  run(store, member("Siri"));
  EXPECT_TRUE(only_error(store, member("SIRI "), "name", "error.duplicate"));
}

TEST_F(TeamCommands, RelativeNeedsActiveConsentNamingThem) {
  EXPECT_TRUE(only_error(store, member("Per Nilsen", CareLevel::Relative), "name", "error.no_consent"));
  run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Pål Nilsen", ymd(2024, 1, 1)});
  EXPECT_TRUE(only_error(store, member("Per Nilsen", CareLevel::Relative), "name", "error.no_consent"));
  // The consent of another person does not count.
  run(store, GiveConsent{other, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 1)});
  EXPECT_TRUE(only_error(store, member("Per Nilsen", CareLevel::Relative), "name", "error.no_consent"));
  const Id consent = run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 1)});
  EXPECT_TRUE(errors_of(store, member("  per nilsen ", CareLevel::Relative)).empty());
  EXPECT_TRUE(errors_of(store, member("PÅL NILSEN", CareLevel::Relative)).empty());  // Å folds to å
  run(store, WithdrawConsent{consent, ymd(2024, 1, 2)});
  EXPECT_TRUE(only_error(store, member("Per Nilsen", CareLevel::Relative), "name", "error.no_consent"));
}

TEST_F(TeamCommands, TeamMemberLeaves) {
  const Id id = run(store, member("Siri"));
  ASSERT_TRUE(execute(store, TeamMemberLeaves{id, ymd(2024, 1, 15)}, "k", kNow).ok());
  EXPECT_EQ(store.find_team_member(id)->left, ymd(2024, 1, 15));
  EXPECT_FALSE(store.find_team_member(id)->active());
  EXPECT_EQ(store.audit.back().subject, person);
  // Having left, the same name may join again.
  EXPECT_NE(run(store, member("Siri", CareLevel::Municipal, ymd(2024, 2, 1))), kNoId);
}

TEST_F(TeamCommands, TeamMemberLeavesErrors) {
  const Id id = run(store, member("Siri"));
  EXPECT_TRUE(only_error(store, TeamMemberLeaves{99, ymd(2024, 2, 1)}, "member", "error.not_found"));
  EXPECT_TRUE(only_error(store, TeamMemberLeaves{id, ymd(2024, 1, 14)}, "date", "error.date_order"));
  EXPECT_TRUE(only_error(store, TeamMemberLeaves{id, add_days(today(), 400)}, "date", "error.date_in_future"));
  run(store, TeamMemberLeaves{id, ymd(2024, 2, 1)});
  EXPECT_TRUE(only_error(store, TeamMemberLeaves{id, ymd(2024, 2, 2)}, "member", "error.not_active"));
}

TEST_F(TeamCommands, SetCoordinatorLeavesExactlyOne) {
  const Id a = run(store, member("A"));
  const Id b = run(store, member("B"));
  const Id elsewhere = run(store, AddTeamMember{other, "C", "", "", CareLevel::Gp, ymd(2024, 1, 1)});
  run(store, SetCoordinator{elsewhere, today()});
  ASSERT_TRUE(execute(store, SetCoordinator{a, today()}, "k", kNow).ok());
  EXPECT_EQ(store.find_coordinator(person)->id, a);
  ASSERT_TRUE(execute(store, SetCoordinator{b, today()}, "k", kNow).ok());
  EXPECT_EQ(store.find_coordinator(person)->id, b);
  EXPECT_FALSE(store.find_team_member(a)->coordinator);
  int coordinators = 0;
  for (const TeamMember& m : store.team_members) coordinators += m.person == person && m.active() && m.coordinator;
  EXPECT_EQ(coordinators, 1);
  EXPECT_EQ(store.find_coordinator(other)->id, elsewhere);  // another person's team is untouched
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST_F(TeamCommands, CoordinatorWhoLeavesIsNoLongerActiveCoordinator) {
  const Id a = run(store, member("A"));
  run(store, SetCoordinator{a, today()});
  run(store, TeamMemberLeaves{a, ymd(2024, 2, 1)});
  EXPECT_EQ(store.find_coordinator(person), nullptr);
  EXPECT_TRUE(store.find_team_member(a)->coordinator);  // kept as history
}

TEST_F(TeamCommands, SetCoordinatorErrors) {
  const Id a = run(store, member("A"));
  EXPECT_TRUE(only_error(store, SetCoordinator{99, today()}, "member", "error.not_found"));
  run(store, TeamMemberLeaves{a, ymd(2024, 2, 1)});
  EXPECT_TRUE(only_error(store, SetCoordinator{a, today()}, "member", "error.not_active"));
}

TEST_F(TeamCommands, RecordMeeting) {
  const Id a = run(store, member("A"));
  const Id b = run(store, member("B"));
  const Id meeting = run(store, RecordMeeting{person, MeetingType::Evaluation, ymd(2024, 2, 1), {a, b}, true,
                                              "Agenda", "Vedtak", "Neste steg"});
  ASSERT_NE(meeting, kNoId);
  const Meeting& m = *store.find_meeting(meeting);
  EXPECT_EQ(m.participants, (std::vector<Id>{a, b}));
  EXPECT_TRUE(m.person_present);
  EXPECT_EQ(m.type, MeetingType::Evaluation);
  EXPECT_EQ(m.decisions, "Vedtak");
  // A meeting may be planned up to a year ahead.
  EXPECT_NE(run(store, RecordMeeting{person, MeetingType::Network, add_days(today(), 30), {}, false, "", "", ""}), kNoId);
}

TEST_F(TeamCommands, RecordMeetingErrors) {
  const Id a = run(store, member("A"));
  const Id late = run(store, member("Late", CareLevel::Municipal, ymd(2024, 2, 10)));
  const Id gone = run(store, member("Gone"));
  run(store, TeamMemberLeaves{gone, ymd(2024, 1, 20)});
  const Id elsewhere = run(store, AddTeamMember{other, "C", "", "", CareLevel::Gp, ymd(2024, 1, 1)});
  const auto meeting = [&](std::vector<Id> participants) {
    return RecordMeeting{person, MeetingType::Network, ymd(2024, 2, 1), std::move(participants), false, "", "", ""};
  };
  EXPECT_TRUE(errors_of(store, meeting({a})).empty());
  EXPECT_TRUE(only_error(store, meeting({a, 999}), "participants", "error.not_found"));
  EXPECT_TRUE(only_error(store, meeting({elsewhere}), "participants", "error.not_found"));
  EXPECT_TRUE(only_error(store, meeting({a, a}), "participants", "error.duplicate"));
  EXPECT_TRUE(only_error(store, meeting({late}), "participants", "error.not_active"));
  EXPECT_TRUE(only_error(store, meeting({gone}), "participants", "error.not_active"));
  RecordMeeting c = meeting({});
  c.person = 99;
  EXPECT_TRUE(only_error(store, c, "person", "error.not_found"));
  c = meeting({});
  c.date = Date{};  // no date given
  EXPECT_TRUE(only_error(store, c, "date", "error.required"));
  c.date = Date::from_ymd(2023, 2, 29);  // a day the calendar lacks
  EXPECT_TRUE(only_error(store, c, "date", "error.required"));
  c = meeting({});
  c.date = add_days(today(), 367);
  EXPECT_TRUE(only_error(store, c, "date", "error.date_in_future"));
  c = meeting({});
  c.date = ymd(1949, 1, 1);
  EXPECT_TRUE(only_error(store, c, "date", "error.date_before_birth"));
  for (const char* field : {"agenda", "decisions", "next_steps"}) {
    c = meeting({});
    std::string& text = std::string(field) == "agenda" ? c.agenda : std::string(field) == "decisions" ? c.decisions : c.next_steps;
    text = std::string(10001, 'x');
    EXPECT_TRUE(only_error(store, c, field, "error.too_long"));
  }
}

TEST_F(TeamCommands, RecordQualitySurveyAtAnEvaluationMeeting) {
  const Id meeting = run(store, RecordMeeting{person, MeetingType::Evaluation, ymd(2024, 2, 1), {}, true, "", "", ""});
  const Id survey = run(store, RecordQualitySurvey{meeting, {5, 4, 0, 3, 5}, "Godt å bli hørt"});
  ASSERT_NE(survey, kNoId);
  ASSERT_EQ(store.quality_surveys.size(), 1u);
  const QualitySurvey& s = store.quality_surveys[0];
  EXPECT_EQ(s.person, person);  // the meeting's person and date
  EXPECT_EQ(s.date, ymd(2024, 2, 1));
  EXPECT_EQ(s.answers, (std::vector<int>{5, 4, 0, 3, 5}));
  EXPECT_EQ(s.comment, "Godt å bli hørt");
  EXPECT_EQ(store.audit.back().command_type, "record_quality_survey");
  EXPECT_EQ(store.audit.back().subject, person);
  // Only the comment, or only one answer, is enough.
  const Id second = run(store, RecordMeeting{person, MeetingType::Evaluation, ymd(2024, 2, 15), {}, true, "", "", ""});
  EXPECT_TRUE(errors_of(store, RecordQualitySurvey{second, {0, 0, 0, 0, 0}, "Vil helst ha færre møter"}).empty());
  EXPECT_TRUE(errors_of(store, RecordQualitySurvey{second, {0, 0, 1, 0, 0}, ""}).empty());
}

TEST_F(TeamCommands, RecordQualitySurveyErrors) {
  const Id evaluation = run(store, RecordMeeting{person, MeetingType::Evaluation, ymd(2024, 2, 1), {}, true, "", "", ""});
  const Id network = run(store, RecordMeeting{person, MeetingType::Network, ymd(2024, 2, 1), {}, true, "", "", ""});
  const Id planned = run(store, RecordMeeting{person, MeetingType::Evaluation, add_days(today(), 10), {}, false, "", "", ""});
  const std::vector<int> ok{3, 3, 3, 3, 3};
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{999, ok, ""}, "meeting", "error.not_found"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{network, ok, ""}, "meeting", "error.not_evaluation_meeting"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{planned, ok, ""}, "meeting", "error.meeting_not_held"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, {3, 3, 3}, ""}, "answers", "error.survey_items"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, {3, 6, 3, 3, 3}, ""}, "answers.1", "error.answer_range"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, {3, 3, 3, 3, -1}, ""}, "answers.4", "error.answer_range"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, {0, 0, 0, 0, 0}, ""}, "answers", "error.survey_empty"));
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, ok, std::string(10001, 'x')}, "comment", "error.too_long"));
  ASSERT_NE(run(store, RecordQualitySurvey{evaluation, ok, ""}), kNoId);
  EXPECT_TRUE(only_error(store, RecordQualitySurvey{evaluation, ok, ""}, "meeting", "error.survey_recorded"));
  EXPECT_EQ(store.quality_surveys.size(), 1u);
}

}  // namespace
}  // namespace opp
