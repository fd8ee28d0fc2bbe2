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
  EXPECT_EQ(store.team_members.size(), 4u);
  EXPECT_EQ(store.goals.size(), 2u);
  EXPECT_EQ(store.measures.size(), 3u);
  EXPECT_EQ(store.meetings.size(), 2u);
  EXPECT_EQ(store.psfs_activities.size(), 3u);
  EXPECT_EQ(store.psfs_conversations.size(), 1u);
  EXPECT_EQ(store.measurements.size(), 1u);
  EXPECT_EQ(store.relay_log.size(), 1u);
  EXPECT_EQ(store.practitioners.size(), 1u);
  EXPECT_EQ(store.cases.size(), 2u);
  EXPECT_EQ(store.admissions.size(), 1u);
  EXPECT_EQ(store.quality_surveys.size(), 1u);
  EXPECT_EQ(store.audit.size(), 41u);  // every command in populated_store succeeded
  EXPECT_EQ(store.find_case(ids.case_id)->stage, CaseStage::FollowUp);
  EXPECT_EQ(store.find_case(ids.other_case)->stage, CaseStage::Reported);
  EXPECT_NE(ids.relay, kNoId);
}

TEST(Execute, IdsAreSequentialAndNeverReused) {
  Store store;
  EXPECT_EQ(run(store, CreatePerson{"A", std::nullopt, "", ""}), 1u);
  EXPECT_EQ(run(store, CreatePerson{"B", std::nullopt, "", ""}), 2u);
  const Id consent = run(store, GiveConsent{1, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  EXPECT_EQ(consent, 3u);
  run(store, WithdrawConsent{consent, ymd(2024, 1, 2)});  // creates nothing
  EXPECT_EQ(store.id_counters.at(kLegacyDevice), 3u);
  EXPECT_EQ(run(store, CreatePerson{"C", std::nullopt, "", ""}), 4u);
}

TEST(Execute, EachDeviceHandsOutItsOwnIdsThatNeverCollide) {
  Store store;
  const DeviceId a = 7, b = kMaxDevice;
  const CommandResult first = execute(store, CreatePerson{"A", std::nullopt, "", ""}, "k", kNow, a);
  const CommandResult second = execute(store, CreatePerson{"B", std::nullopt, "", ""}, "k", kNow, b);
  const CommandResult third = execute(store, CreatePerson{"C", std::nullopt, "", ""}, "k", kNow, a);
  EXPECT_EQ(first.created, make_id(a, 1));
  EXPECT_EQ(second.created, make_id(b, 1));
  EXPECT_EQ(third.created, make_id(a, 2));
  EXPECT_EQ(device_of(third.created), a);
  EXPECT_EQ(counter_of(third.created), 2u);
  // Every id of every device stays an exact JavaScript number (below 2^53).
  EXPECT_LT(make_id(kMaxDevice, 0xFFFFFFFFu), (Id{1} << 53));
  EXPECT_EQ(store.audit[1].device, b);
  EXPECT_EQ(store.audit[1].clock, (Hlc{kNow.ms_since_epoch, 0}));
}

TEST(Execute, AuditEntryPerCommand) {
  Store store;
  const CommandResult created = execute(store, CreatePerson{" A ", std::nullopt, "", "Kinn"}, "kari", kNow);
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(created.record.has_value());
  EXPECT_EQ(created.record->seq, 1u);
  EXPECT_EQ(created.record->author, "kari");
  EXPECT_EQ(created.record->at, kNow);
  // The entry keeps the command itself, as recorded (normalized): what the journal line holds.
  const AuditEntry& entry = store.audit.back();
  EXPECT_EQ(entry.command, RecordedCommand(created.record->command));
  ASSERT_NE(entry.command.get_if<CreatePerson>(), nullptr);
  EXPECT_EQ(entry.command.get_if<CreatePerson>()->name, "A");
  EXPECT_EQ(entry.command.get_if<UpdatePerson>(), nullptr);
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

// What the form shows before saving (validate) is what saving says (execute), refusal by refusal.
TEST(Validate, AgreesWithExecute) {
  Ids ids;
  const Store store = populated_store(&ids);
  const std::vector<Command> commands{
      CreatePerson{"A", std::nullopt, "", ""},
      CreatePerson{"", std::nullopt, "123", ""},
      CreatePerson{"B", ymd(2099, 1, 1), "", ""},
      RecordMeeting{ids.person, MeetingType::Network, Date{}, {}, false, "", "", ""},
      RecordMeeting{ids.person, MeetingType::Network, ymd(2024, 2, 1), {ids.gp}, false, "", "", ""},
      RecordQualitySurvey{ids.evaluation_meeting, {5, 5, 5, 5, 5}, ""},
      RecordQualitySurvey{ids.meeting, {5, 5, 5, 5, 5}, ""},
      MoveCase{ids.case_id, CaseStage::Closed, today(), ""},
      AddGoal{ids.person, kNoId, "", ymd(2024, 1, 1)}};
  for (const Command& command : commands) {
    Store copy = store;
    const std::vector<FieldError> said = validate(store, command, today());
    const CommandResult saved = execute(copy, command, "k", kNow);
    EXPECT_EQ(said, saved.errors) << command_type_name(command);
    EXPECT_EQ(said.empty(), saved.ok()) << command_type_name(command);
  }
}

TEST(Replay, GivesIdenticalStore) {
  const Store original = populated_store();
  // Rebuild the journal from the audit trail (same commands, authors and times).
  std::vector<CommandRecord> journal;
  for (const AuditEntry& entry : original.audit) {
    Command command;
    entry.command.visit([&](const auto& c) { command = c; });
    ASSERT_FALSE(entry.command.empty()) << entry.command_type;
    journal.push_back(CommandRecord{entry.seq, entry.at, entry.author, command, entry.device, entry.clock});
  }
  Store replayed;
  for (const CommandRecord& record : journal) ASSERT_TRUE(replay(replayed, record).applied) << record.seq;
  EXPECT_EQ(replayed, original);
}

// The entry keeps the command as the journal line recorded it, even where today's normalization
// would write it differently (an older build's line): a backup writes the same history again.
TEST(Replay, AuditEntryKeepsTheCommandAsJournalled) {
  Store store;
  const CreatePerson journalled{" Klara ", std::nullopt, "", "Kinn"};
  ASSERT_TRUE(replay(store, CommandRecord{1, kNow, "kari", journalled}).applied);
  EXPECT_EQ(store.persons[0].name, "Klara");
  ASSERT_NE(store.audit[0].command.get_if<CreatePerson>(), nullptr);
  EXPECT_EQ(store.audit[0].command.get_if<CreatePerson>()->name, " Klara ");
  EXPECT_EQ(store.audit[0].command, RecordedCommand(journalled));
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
  record(SetCoordinator{2, ymd(2024, 1, 2)}, Timestamp{kNow.ms_since_epoch + 9});
  Store replayed;
  for (const std::string& line : lines) {
    const Decoded<CommandRecord> decoded = from_journal_json(line);
    ASSERT_TRUE(decoded.ok()) << decoded.error.detail;
    ASSERT_TRUE(replay(replayed, *decoded.value).applied);
  }
  EXPECT_EQ(replayed, store);
}

TEST(Replay, RefusesARecordWhoseReferenceDoesNotResolveAndChangesNothing) {
  Store store = populated_store();
  const Store before = store;
  const ReplayResult result = replay(store, CommandRecord{99, kNow, "k", SetCoordinator{9999}});
  EXPECT_FALSE(result.applied);
  EXPECT_EQ(result.refused, (std::vector<FieldError>{{"member", "error.not_found"}}));
  EXPECT_EQ(store, before);
}

TEST(Replay, RefusesWhatWouldBreakTheStoresStructure) {
  Ids ids;
  Store store = populated_store(&ids);
  const Store before = store;
  // A sub-goal under a sub-goal, and a score off the scale: the backup decoder would refuse the
  // next snapshot, so these are never applied, whatever the rules of the day.
  EXPECT_FALSE(replay(store, CommandRecord{90, kNow, "k", AddGoal{ids.person, ids.sub_goal, "x", today()}}).applied);
  EXPECT_FALSE(replay(store, CommandRecord{91, kNow, "k",
                                           RecordPsfsConversation{ids.person, today(), "", PsfsDirection::ZeroIsCannot,
                                                                  {{ids.walk, 11}}}}).applied);
  EXPECT_EQ(store, before);
}

TEST(Replay, AppliesARecordThatTodaysRulesWouldRefuse) {
  // Valid when it was committed; a later version tightened a rule (here: the record breaks the
  // limit of five active activities and the date rule). It must still load, exactly as recorded.
  Ids ids;
  Store store = populated_store(&ids);
  for (int i = 0; i < 3; ++i) run(store, AddPsfsActivity{ids.person, "Aktivitet " + std::to_string(i), today()});
  ASSERT_EQ(store.active_psfs_activity_count(ids.person), 5);
  const Timestamp at{kNow.ms_since_epoch + 1};
  const CommandRecord sixth{store.audit.size() + 1, at, "k", AddPsfsActivity{ids.person, "Sjette", ymd(2031, 1, 1)}};
  const ReplayResult result = replay(store, sixth);
  ASSERT_TRUE(result.applied);
  EXPECT_EQ(result.drift, (std::vector<FieldError>{{"added", "error.date_in_future"},
                                                   {"person", "error.too_many_activities"}}));
  EXPECT_EQ(store.active_psfs_activity_count(ids.person), 6);
  EXPECT_EQ(store.psfs_activities.back().text, "Sjette");
  EXPECT_EQ(store.audit.back().command_type, "add_psfs_activity");
}

TEST(Replay, ValidatesAgainstTheRecordsOwnDate) {
  Store store;
  // Valid when recorded in 2024, even though it would be "in the future" relative to 1970.
  const CommandRecord record{1, kNow, "k", CreatePerson{"A", ymd(2024, 1, 1), "", ""}};
  const ReplayResult first = replay(store, record);
  ASSERT_TRUE(first.applied);
  EXPECT_TRUE(first.drift.empty());
  EXPECT_EQ(store.persons[0].registered, today());
  const ReplayResult second = replay(store, CommandRecord{2, Timestamp{0}, "k", CreatePerson{"B", ymd(2024, 1, 1), "", ""}});
  EXPECT_TRUE(second.applied);
  EXPECT_EQ(second.drift, (std::vector<FieldError>{{"birth_date", "error.date_in_future"}}));
}

TEST(Replay, UsesTheRecordsDeviceForTheIdsItCreates) {
  Store store;
  const CommandRecord record{1, kNow, "k", CreatePerson{"A", std::nullopt, "", ""}, 42, Hlc{kNow.ms_since_epoch, 3}};
  ASSERT_TRUE(replay(store, record).applied);
  EXPECT_EQ(store.persons[0].id, make_id(42, 1));
  EXPECT_EQ(store.audit[0].device, 42u);
  EXPECT_EQ(store.audit[0].clock, (Hlc{kNow.ms_since_epoch, 3}));
}

TEST(MergeOrder, ByClockThenDeviceThenSequence) {
  const Command c = CreatePerson{"A", std::nullopt, "", ""};
  std::vector<CommandRecord> records{
      {5, kNow, "k", c, 9, Hlc{200, 0}}, {1, kNow, "k", c, 3, Hlc{100, 1}}, {2, kNow, "k", c, 2, Hlc{100, 1}},
      {7, kNow, "k", c, 2, Hlc{100, 0}}, {1, kNow, "k", c, 9, Hlc{100, 1}}};
  std::sort(records.begin(), records.end(), merge_order);
  std::vector<std::pair<DeviceId, std::uint64_t>> order;
  for (const CommandRecord& r : records) order.emplace_back(r.device, r.seq);
  EXPECT_EQ(order, (std::vector<std::pair<DeviceId, std::uint64_t>>{{2, 7}, {2, 2}, {3, 1}, {9, 1}, {9, 5}}));
}

TEST(HybridClock, NeverRunsBackwardsAndOrdersEventsInTheSameMillisecond) {
  EXPECT_EQ(hlc_tick(Hlc{100, 4}, 150), (Hlc{150, 0}));
  EXPECT_EQ(hlc_tick(Hlc{100, 4}, 100), (Hlc{100, 5}));
  EXPECT_EQ(hlc_tick(Hlc{100, 4}, 20), (Hlc{100, 5}));  // the wall clock was set back
  EXPECT_EQ(hlc_receive(Hlc{100, 4}, Hlc{300, 2}, 200), (Hlc{300, 3}));
  EXPECT_EQ(hlc_receive(Hlc{100, 4}, Hlc{100, 9}, 50), (Hlc{100, 10}));
  EXPECT_EQ(hlc_receive(Hlc{100, 4}, Hlc{90, 9}, 500), (Hlc{500, 0}));
  EXPECT_EQ(hlc_receive(Hlc{100, 4}, Hlc{90, 9}, 50), (Hlc{100, 5}));
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
  EXPECT_EQ(store.id_counters, before.id_counters);
  ASSERT_EQ(store.audit.size(), 1u);
  EXPECT_EQ(store.audit[0].command_type, "restore_backup");
  EXPECT_EQ(store.audit[0].command, RecordedCommand(RestoreBackup{"x.json", 3}));
}

}  // namespace
}  // namespace opp
