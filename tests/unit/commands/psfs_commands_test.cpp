// Tests for PSFS activities and conversations, quarterly measurements and the relay log.
#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

class PsfsCommands : public ::testing::Test {
 protected:
  Store store;
  Id person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", ""});
  Id other = run(store, CreatePerson{"Morten", std::nullopt, "", ""});
  Id activity(const std::string& text, Id who = kNoId) {
    return run(store, AddPsfsActivity{who == kNoId ? person : who, text, ymd(2024, 1, 10)});
  }
  RecordPsfsConversation conversation(std::vector<PsfsScore> scores) {
    return RecordPsfsConversation{person, ymd(2024, 2, 1), "Siri", PsfsDirection::ZeroIsCannot, std::move(scores)};
  }
};

TEST_F(PsfsCommands, AddActivity) {
  const Id a = activity(" Gå i trapper ");
  ASSERT_NE(a, kNoId);
  EXPECT_EQ(store.find_psfs_activity(a)->text, "Gå i trapper");
  EXPECT_EQ(store.active_psfs_activity_count(person), 1);
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST_F(PsfsCommands, AddActivityErrors) {
  EXPECT_TRUE(only_error(store, AddPsfsActivity{99, "x", ymd(2024, 1, 10)}, "person", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, "", ymd(2024, 1, 10)}, "text", "error.required"));
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, std::string(201, 'x'), ymd(2024, 1, 10)}, "text", "error.too_long"));
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, "x", add_days(today(), 367)}, "added", "error.date_in_future"));
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, "x", ymd(1949, 1, 1)}, "added", "error.date_before_birth"));
  activity("Gå");
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, " gå", ymd(2024, 1, 10)}, "text", "error.duplicate"));
}

TEST_F(PsfsCommands, AtMostFiveActiveActivities) {
  std::vector<Id> ids;
  for (const char* text : {"a", "b", "c", "d", "e"}) ids.push_back(activity(text));
  EXPECT_TRUE(only_error(store, AddPsfsActivity{person, "f", ymd(2024, 1, 10)}, "person", "error.too_many_activities"));
  EXPECT_NE(activity("f", other), kNoId);  // another person's count is separate
  run(store, RetirePsfsActivity{ids[0], ymd(2024, 2, 1)});
  EXPECT_TRUE(errors_of(store, AddPsfsActivity{person, "f", ymd(2024, 2, 1)}).empty());
}

TEST_F(PsfsCommands, RetireActivity) {
  const Id a = activity("a");
  ASSERT_TRUE(execute(store, RetirePsfsActivity{a, ymd(2024, 2, 1)}, "k", kNow).ok());
  EXPECT_EQ(store.find_psfs_activity(a)->retired, ymd(2024, 2, 1));
  EXPECT_EQ(store.active_psfs_activity_count(person), 0);
}

TEST_F(PsfsCommands, RetireActivityErrors) {
  const Id a = activity("a");
  EXPECT_TRUE(only_error(store, RetirePsfsActivity{99, ymd(2024, 2, 1)}, "activity", "error.not_found"));
  EXPECT_TRUE(only_error(store, RetirePsfsActivity{a, ymd(2024, 1, 9)}, "date", "error.date_order"));
  EXPECT_TRUE(only_error(store, RetirePsfsActivity{a, add_days(today(), 367)}, "date", "error.date_in_future"));
  run(store, RetirePsfsActivity{a, ymd(2024, 2, 1)});
  EXPECT_TRUE(only_error(store, RetirePsfsActivity{a, ymd(2024, 2, 2)}, "activity", "error.not_active"));
}

TEST_F(PsfsCommands, RecordConversation) {
  const Id a = activity("a");
  const Id b = activity("b");
  const Id id = run(store, conversation({{a, 0}, {b, 10}}));
  ASSERT_NE(id, kNoId);
  const PsfsConversation& c = *store.find_psfs_conversation(id);
  EXPECT_EQ(c.scores, (std::vector<PsfsScore>{{a, 0}, {b, 10}}));
  EXPECT_EQ(c.performed_by, "Siri");
  EXPECT_EQ(c.direction, PsfsDirection::ZeroIsCannot);
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST_F(PsfsCommands, RecordConversationErrors) {
  const Id a = activity("a");
  const Id foreign = activity("x", other);
  EXPECT_TRUE(only_error(store, conversation({}), "scores", "error.required"));
  EXPECT_TRUE(only_error(store, conversation({{a, 11}}), "scores", "error.out_of_range"));
  EXPECT_TRUE(only_error(store, conversation({{a, -1}}), "scores", "error.out_of_range"));
  EXPECT_TRUE(only_error(store, conversation({{999, 5}}), "scores", "error.not_found"));
  EXPECT_TRUE(only_error(store, conversation({{foreign, 5}}), "scores", "error.not_found"));
  EXPECT_TRUE(only_error(store, conversation({{a, 5}, {a, 6}}), "scores", "error.duplicate"));
  RecordPsfsConversation c = conversation({{a, 5}});
  c.person = 99;
  EXPECT_TRUE(has_error(store, c, "person", "error.not_found"));
  c = conversation({{a, 5}});
  c.date = add_days(today(), 367);
  EXPECT_TRUE(only_error(store, c, "date", "error.date_in_future"));
  c = conversation({{a, 5}});
  c.date = ymd(1949, 1, 1);
  EXPECT_TRUE(has_error(store, c, "date", "error.date_before_birth"));
  c = conversation({{a, 5}});
  c.performed_by = std::string(201, 'p');
  EXPECT_TRUE(only_error(store, c, "performed_by", "error.too_long"));
  run(store, RetirePsfsActivity{a, ymd(2024, 1, 20)});
  EXPECT_TRUE(only_error(store, conversation({{a, 5}}), "scores", "error.not_active"));
  c = conversation({{a, 5}});
  c.date = ymd(2024, 1, 15);  // before it was retired: fine
  EXPECT_TRUE(errors_of(store, c).empty());
}

TEST_F(PsfsCommands, RecordConversationAtMostFiveScores) {
  std::vector<PsfsScore> scores;
  for (const char* text : {"a", "b", "c", "d", "e"}) scores.push_back({activity(text), 5});
  EXPECT_TRUE(errors_of(store, conversation(scores)).empty());
  RecordPsfsConversation sixth = conversation(scores);
  sixth.new_activities = {{"f", 4}};
  EXPECT_TRUE(only_error(store, sixth, "new_activities", "error.too_many_activities"));
  // Retiring one in the same conversation makes room for the new one.
  sixth.scores.pop_back();
  sixth.retire = {scores.back().activity};
  EXPECT_TRUE(errors_of(store, sixth).empty());
}

TEST_F(PsfsCommands, RecordMeasurement) {
  const Id id = run(store, RecordMeasurement{person, ymd(2024, 1, 31), 1, 2, 3, 4, 5, 6, 7, 8});
  ASSERT_NE(id, kNoId);
  const QuarterlyMeasurement& m = *store.find_measurement(id);
  EXPECT_EQ(m.gp_contacts, 1);
  EXPECT_EQ(m.hospital_departments, 7);
  EXPECT_EQ(m.proactive_services, 8);
  EXPECT_EQ(store.audit.back().subject, person);
  EXPECT_NE(run(store, RecordMeasurement{person, ymd(2024, 1, 31), 0, 0, 0, 0, 0, 0, 0}), kNoId);
}

TEST_F(PsfsCommands, RecordMeasurementErrors) {
  const RecordMeasurement ok{person, ymd(2024, 1, 31), 1, 1, 1, 1, 1, 1, 1};
  const std::pair<const char*, int RecordMeasurement::*> fields[] = {
      {"gp_contacts", &RecordMeasurement::gp_contacts},
      {"emergency_contacts", &RecordMeasurement::emergency_contacts},
      {"municipal_contacts", &RecordMeasurement::municipal_contacts},
      {"specialist_contacts", &RecordMeasurement::specialist_contacts},
      {"hospital_admissions", &RecordMeasurement::hospital_admissions},
      {"medications", &RecordMeasurement::medications},
      {"hospital_departments", &RecordMeasurement::hospital_departments},
      {"proactive_services", &RecordMeasurement::proactive_services},
  };
  for (const auto& [name, member] : fields) {
    RecordMeasurement c = ok;
    c.*member = -1;
    EXPECT_TRUE(only_error(store, c, name, "error.out_of_range")) << name;
    c.*member = kMaxCount + 1;
    EXPECT_TRUE(only_error(store, c, name, "error.out_of_range")) << name;
  }
  RecordMeasurement c = ok;
  c.person = 99;
  EXPECT_TRUE(only_error(store, c, "person", "error.not_found"));
  c = ok;
  c.date = add_days(today(), 367);
  EXPECT_TRUE(only_error(store, c, "date", "error.date_in_future"));
}

TEST_F(PsfsCommands, RelayLogNeedsSharingConsent) {
  const AddRelayLogEntry entry{person, ymd(2024, 2, 1), "Siri", RelayEntryKind::Measure, "Startet gåtrening"};
  EXPECT_TRUE(only_error(store, entry, "person", "error.no_consent"));
  const Id consent = run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  const Id id = run(store, entry);
  ASSERT_NE(id, kNoId);
  EXPECT_EQ(store.find_relay_log_entry(id)->kind, RelayEntryKind::Measure);
  EXPECT_EQ(store.audit.back().subject, person);
  run(store, WithdrawConsent{consent, ymd(2024, 2, 2)});
  EXPECT_TRUE(only_error(store, entry, "person", "error.no_consent"));
}

TEST_F(PsfsCommands, RelayLogErrors) {
  run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  const AddRelayLogEntry ok{person, ymd(2024, 2, 1), "Siri", RelayEntryKind::Concern, "Tekst"};
  AddRelayLogEntry c = ok;
  c.person = 99;
  EXPECT_TRUE(only_error(store, c, "person", "error.not_found"));
  c = ok;
  c.author = "";
  EXPECT_TRUE(only_error(store, c, "author", "error.required"));
  c = ok;
  c.text = "  ";
  EXPECT_TRUE(only_error(store, c, "text", "error.required"));
  c = ok;
  c.text = std::string(10001, 't');
  EXPECT_TRUE(only_error(store, c, "text", "error.too_long"));
  c = ok;
  c.date = add_days(today(), 367);
  EXPECT_TRUE(only_error(store, c, "date", "error.date_in_future"));
  c = ok;
  c.date = ymd(1949, 1, 1);
  EXPECT_TRUE(has_error(store, c, "date", "error.date_before_birth"));
}

}  // namespace
}  // namespace opp
