// Tests for execute / replay: ids, audit trail, normalization, all-or-nothing, replay determinism.
#include <gtest/gtest.h>

#include "core/codec/json_codec.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

TEST(Execute, PopulatedStoreHasEveryEntityType) {
  Ids ids;
  const Store store = populated_store(&ids);
  EXPECT_EQ(store.persons.size(), 2u);
  EXPECT_EQ(store.referrals.size(), 1u);
  EXPECT_EQ(store.consents.size(), 3u);
  EXPECT_EQ(store.team_members.size(), 3u);
  EXPECT_EQ(store.goals.size(), 2u);
  EXPECT_EQ(store.measures.size(), 2u);
  EXPECT_EQ(store.meetings.size(), 1u);
  EXPECT_EQ(store.psfs_activities.size(), 3u);
  EXPECT_EQ(store.psfs_conversations.size(), 1u);
  EXPECT_EQ(store.measurements.size(), 1u);
  EXPECT_EQ(store.relay_log.size(), 1u);
  EXPECT_EQ(store.audit.size(), 27u);  // every command in populated_store succeeded
  EXPECT_NE(ids.relay, kNoId);
}

TEST(Execute, IdsAreSequentialAndNeverReused) {
  Store store;
  EXPECT_EQ(run(store, CreatePerson{"A", std::nullopt, "", ""}), 1u);
  EXPECT_EQ(run(store, CreatePerson{"B", std::nullopt, "", ""}), 2u);
  const Id consent = run(store, GiveConsent{1, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  EXPECT_EQ(consent, 3u);
  run(store, WithdrawConsent{consent, ymd(2024, 1, 2)});  // creates nothing
  EXPECT_EQ(store.next_id, 4u);
  EXPECT_EQ(run(store, CreatePerson{"C", std::nullopt, "", ""}), 4u);
}

TEST(Execute, AuditEntryPerCommand) {
  Store store;
  const CommandResult created = execute(store, CreatePerson{" A ", std::nullopt, "", "Kinn"}, "kari", kNow);
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(created.record.has_value());
  EXPECT_EQ(created.record->seq, 1u);
  EXPECT_EQ(created.record->author, "kari");
  EXPECT_EQ(created.record->at, kNow);
  const AuditEntry& entry = store.audit.back();
  EXPECT_EQ(entry.command_json, R"({"name":"A","national_id":"","municipality":"Kinn"})");
  EXPECT_EQ(entry.command_json, command_to_json(created.record->command));
  const Timestamp later{kNow.ms_since_epoch + 1000};
  ASSERT_TRUE(execute(store, UpdatePerson{1, "B", std::nullopt, "", ""}, "ola", later).ok());
  EXPECT_EQ(store.audit.size(), 2u);
  EXPECT_EQ(store.audit[1].seq, 2u);
  EXPECT_EQ(store.audit[1].at, later);
  EXPECT_EQ(store.audit[1].author, "ola");
  EXPECT_EQ(store.audit[1].command_type, "update_person");
  EXPECT_EQ(store.audit[1].subject, 1u);
}

TEST(Execute, RecordHoldsTheNormalizedCommand) {
  Store store;
  const CommandResult result = execute(store, CreatePerson{"  A  ", std::nullopt, "", " Kinn "}, "k", kNow);
  ASSERT_TRUE(result.ok());
  const auto& command = std::get<CreatePerson>(result.record->command);
  EXPECT_EQ(command.name, "A");
  EXPECT_EQ(command.municipality, "Kinn");
}

TEST(Execute, InvalidCommandChangesNothing) {
  Store store = populated_store();
  const Store before = store;
  const CommandResult result = execute(store, CreatePerson{"", std::nullopt, "123", ""}, "k", kNow);
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.record.has_value());
  EXPECT_EQ(result.created, kNoId);
  EXPECT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(store, before);
}

TEST(Execute, UsesTheTimestampsDateAsToday) {
  Store store;
  const Timestamp early{0};  // 1970-01-01
  const CommandResult result = execute(store, CreatePerson{"A", ymd(1980, 1, 1), "", ""}, "k", early);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0], (FieldError{"birth_date", "error.date_in_future"}));
}

TEST(Validate, DoesNotChangeTheStore) {
  const Store store = populated_store();
  EXPECT_TRUE(validate(store, CreatePerson{"A", std::nullopt, "", ""}, today()).empty());
  EXPECT_EQ(store.persons.size(), 2u);
}

TEST(Replay, GivesIdenticalStore) {
  const Store original = populated_store();
  // Rebuild the journal from the audit trail (same commands, authors and times).
  std::vector<CommandRecord> journal;
  for (const AuditEntry& entry : original.audit) {
    const Decoded<Command> command = command_from_json(entry.command_type, entry.command_json);
    ASSERT_TRUE(command.ok()) << entry.command_type;
    journal.push_back(CommandRecord{entry.seq, entry.at, entry.author, *command.value});
  }
  Store replayed;
  for (const CommandRecord& record : journal) ASSERT_TRUE(replay(replayed, record)) << record.seq;
  EXPECT_EQ(replayed, original);
}

TEST(Replay, ThroughJournalLinesGivesIdenticalStore) {
  Store store;
  std::vector<std::string> lines;
  const auto record = [&](const Command& command, Timestamp at) {
    const CommandResult result = execute(store, command, "kari", at);
    ASSERT_TRUE(result.ok());
    lines.push_back(to_journal_json(*result.record));
  };
  record(CreatePerson{"Klara", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, kNow);
  record(AddTeamMember{1, "Siri", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 1)},
         Timestamp{kNow.ms_since_epoch + 5});
  record(SetCoordinator{2}, Timestamp{kNow.ms_since_epoch + 9});
  Store replayed;
  for (const std::string& line : lines) {
    const Decoded<CommandRecord> decoded = from_journal_json(line);
    ASSERT_TRUE(decoded.ok()) << decoded.error.detail;
    ASSERT_TRUE(replay(replayed, *decoded.value));
  }
  EXPECT_EQ(replayed, store);
}

TEST(Replay, RefusesARecordThatNoLongerValidatesAndChangesNothing) {
  Store store = populated_store();
  const Store before = store;
  const CommandRecord record{99, kNow, "k", SetCoordinator{9999}};
  EXPECT_FALSE(replay(store, record));
  EXPECT_EQ(store, before);
}

TEST(Replay, ValidatesAgainstTheRecordsOwnDate) {
  Store store;
  // Valid when recorded in 2024, even though it would be "in the future" relative to 1970.
  const CommandRecord record{1, kNow, "k", CreatePerson{"A", ymd(2024, 1, 1), "", ""}};
  ASSERT_TRUE(replay(store, record));
  EXPECT_EQ(store.persons[0].registered, today());
  EXPECT_FALSE(replay(store, CommandRecord{2, Timestamp{0}, "k", CreatePerson{"B", ymd(2024, 1, 1), "", ""}}));
}

TEST(Normalized, TrimsStringsAndNationalIdSpaces) {
  const Command command = normalized(CreatePerson{"\t A \n", std::nullopt, " 150375 12345 ", " Kinn "});
  const auto& c = std::get<CreatePerson>(command);
  EXPECT_EQ(c.name, "A");
  EXPECT_EQ(c.national_id, "15037512345");
  EXPECT_EQ(c.municipality, "Kinn");
}

TEST(StoreLookups, FindHelpers) {
  Ids ids;
  const Store store = populated_store(&ids);
  EXPECT_EQ(store.find_person(ids.person)->name, "Klara Nilsen");
  EXPECT_EQ(store.find_person(ids.referral), nullptr);  // an id of another entity type
  EXPECT_EQ(store.find_referral(ids.referral)->person, ids.person);
  EXPECT_EQ(store.find_consent(ids.sharing)->kind, ConsentKind::Sharing);
  EXPECT_EQ(store.find_team_member(ids.nurse)->name, "Siri Sykepleier");
  EXPECT_EQ(store.find_goal(ids.sub_goal)->parent, ids.goal);
  EXPECT_EQ(store.find_measure(ids.measure)->goal, ids.sub_goal);
  EXPECT_EQ(store.find_meeting(ids.meeting)->person, ids.person);
  EXPECT_EQ(store.find_psfs_activity(ids.walk)->text, "Gå til butikken");
  EXPECT_EQ(store.find_psfs_conversation(ids.conversation)->scores.size(), 3u);
  EXPECT_EQ(store.find_measurement(ids.measurement)->municipal_contacts, 12);
  EXPECT_EQ(store.find_relay_log_entry(ids.relay)->author, "Siri Sykepleier");
  EXPECT_EQ(store.find_coordinator(ids.person)->id, ids.nurse);
  EXPECT_EQ(store.find_coordinator(ids.other_person), nullptr);
  EXPECT_EQ(store.active_psfs_activity_count(ids.person), 2);
  EXPECT_EQ(store.find_person(kNoId), nullptr);
}

}  // namespace
}  // namespace opp

namespace opp {
namespace {

TEST(RestoreBackup, RecordsOnlyAnAuditEntryAndRefusesANegativeCount) {
  Store store;
  const Store before = store;
  const CommandResult bad = execute(store, Command{RestoreBackup{"x.json", -1}}, "Kari", testing::kNow);
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0], (FieldError{"persons", "error.out_of_range"}));
  EXPECT_EQ(store, before);

  const CommandResult ok = execute(store, Command{RestoreBackup{"  x.json ", 3}}, "Kari", testing::kNow);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.created, kNoId);
  EXPECT_EQ(store.persons, before.persons);
  EXPECT_EQ(store.next_id, before.next_id);
  ASSERT_EQ(store.audit.size(), 1u);
  EXPECT_EQ(store.audit[0].command_type, "restore_backup");
  EXPECT_EQ(store.audit[0].command_json, R"({"file_name":"x.json","persons":3})");
}

}  // namespace
}  // namespace opp
