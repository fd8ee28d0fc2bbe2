// Merging several devices' changes: one order everywhere, each change once, the later edit kept,
// and a change made wrong by another device's refused with its reason.
#include "core/sync/merge.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/domain/hlc.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp::sync {
namespace {

using namespace opp::testing;

// One device of a team: commits against the store it has merged so far, and hears other devices.
struct Device {
  Device(DeviceId device, const Store& base) : id(device), merger(base) {}

  // Commits at wall time kNow + `minutes`; returns the change as it travels, and the id created.
  SyncedChange commit(const Command& command, int minutes, Id* created = nullptr) {
    const std::int64_t wall = kNow.ms_since_epoch + std::int64_t{minutes} * 60000;
    clock = hlc_tick(clock, wall);
    Store scratch = merger.store();
    const CommandResult result = execute(scratch, command, "Device " + std::to_string(id), Timestamp{wall}, id, clock);
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().message_key);
    if (created != nullptr) *created = result.created;
    SyncedChange change{*result.record, scratch.id_counters[id]};
    merger.add({change});
    return change;
  }

  Merger::Added receive(const std::vector<SyncedChange>& changes) {
    for (const SyncedChange& change : changes) clock = hlc_receive(clock, change.record.clock, change.record.clock.ms);
    return merger.add(changes);
  }

  std::string state() const { return to_backup_json(merger.store()); }

  DeviceId id;
  Merger merger;
  Hlc clock;
};

std::vector<std::string> audit_types(const Store& store) {
  std::vector<std::string> out;
  for (const AuditEntry& entry : store.audit) out.push_back(entry.command_type + "@" + std::to_string(entry.device));
  return out;
}

class Merging : public ::testing::Test {
 protected:
  void SetUp() override {
    person = run(base, CreatePerson{"Klara Nilsen", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"});
    case_id = run(base, OpenCase{person, today(), TargetGroup::FrailElderly});
    ASSERT_NE(case_id, kNoId);
    ASSERT_NE(run(base, GiveConsent{person, ConsentKind::Sharing, "", today()}), kNoId);
  }
  Store base;
  Id person = kNoId;
  Id case_id = kNoId;
};

TEST_F(Merging, DevicesThatSawTheSameChangesHaveTheSameStoreInClockOrder) {
  Device a(7, base), b(3, base);
  std::vector<SyncedChange> from_a, from_b;
  // Offline, interleaved in time: a at minutes 1 and 4, b at 2 and 3.
  from_a.push_back(a.commit(AddRelayLogEntry{person, today(), "Siri", RelayEntryKind::Concern, "Sov godt i natt."}, 1));
  from_b.push_back(b.commit(CreatePerson{"Per Hansen", std::nullopt, "", "Kinn"}, 2));
  from_b.push_back(b.commit(AddPsfsActivity{person, "Gå tur til butikken", today()}, 3));
  from_a.push_back(a.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 4));
  EXPECT_NE(a.state(), b.state());

  a.receive(from_b);
  b.receive(from_a);
  EXPECT_EQ(a.state(), b.state());
  // The base's three changes, then the four by clock, whichever device made them.
  EXPECT_EQ(audit_types(a.merger.store()),
            (std::vector<std::string>{"create_person@0", "open_case@0", "give_consent@0", "add_relay_log_entry@7", "create_person@3",
                                      "add_psfs_activity@3", "move_case@7"}));
  EXPECT_EQ(a.merger.store().find_case(case_id)->stage, CaseStage::Mapping);
  EXPECT_TRUE(a.merger.refusals().empty());
  // Each history line keeps its command, as the device that made it recorded it.
  ASSERT_NE(a.merger.store().audit.back().command.get_if<MoveCase>(), nullptr);
  EXPECT_EQ(a.merger.store().audit.back().command.get_if<MoveCase>()->stage, CaseStage::Mapping);
}

TEST_F(Merging, AChangeSeenTwiceIsAppliedOnce) {
  Device a(1, base), b(2, base);
  const SyncedChange made = a.commit(AddPsfsActivity{person, "Lage middag selv", today()}, 1);
  EXPECT_EQ(b.receive({made}).added, 1u);
  const std::string once = b.state();
  const Merger::Added again = b.receive({made, made});
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.duplicates, 2u);
  EXPECT_FALSE(again.rebuilt);
  EXPECT_EQ(b.state(), once);
  EXPECT_EQ(b.merger.changes().size(), 1u);
  // A's own change coming back from the server changes nothing either.
  EXPECT_EQ(a.receive({made}).duplicates, 1u);
  EXPECT_EQ(a.state(), once);
}

TEST_F(Merging, ConcurrentEditsOfOneFieldKeepTheLaterAndBothStayInTheHistory) {
  Device a(1, base), b(2, base);
  const SyncedChange earlier = a.commit(UpdatePerson{person, "Klara Nilsen Berg", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, 5);
  const SyncedChange later = b.commit(UpdatePerson{person, "Klara Berg", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, 6);
  a.receive({later});
  b.receive({earlier});
  EXPECT_EQ(a.state(), b.state());
  EXPECT_EQ(a.merger.store().find_person(person)->name, "Klara Berg");
  std::vector<std::string> names;
  for (const AuditEntry& entry : a.merger.store().audit) {
    if (const auto* update = entry.command.get_if<UpdatePerson>()) names.push_back(update->name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Klara Nilsen Berg", "Klara Berg"}));
}

TEST_F(Merging, AStageMoveMadeWrongByAnotherDeviceIsRefusedWithItsReasonOnEveryDevice) {
  Device a(1, base), b(2, base);
  const SyncedChange closed = a.commit(MoveCase{case_id, CaseStage::Closed, today(), "Flyttet"}, 1);
  const SyncedChange moved = b.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 2);
  a.receive({moved});
  b.receive({closed});  // sorts before b's own move: b rebuilds, and its own move is refused
  EXPECT_EQ(a.state(), b.state());
  EXPECT_EQ(b.merger.store().find_case(case_id)->stage, CaseStage::Closed);
  for (const Device* device : {&a, &b}) {
    ASSERT_EQ(device->merger.refusals().size(), 1u);
    const Refusal& refusal = device->merger.refusals().front();
    EXPECT_EQ(refusal.record.device, 2u);
    EXPECT_EQ(refusal.record.clock, moved.record.clock);
    ASSERT_EQ(refusal.reasons.size(), 1u);
    EXPECT_EQ(refusal.reasons.front().message_key, "case.error.closed_final");
  }
}

TEST_F(Merging, ARefusedChangeUsesUpItsIdsSoItsDevicesLaterChangesKeepTheirReferences) {
  Device a(1, base), b(2, base);
  Id second = kNoId;
  const SyncedChange other = a.commit(CreatePerson{"Ola Dale", std::nullopt, "", "Kinn"}, 1);
  ASSERT_EQ(b.receive({other}).added, 1u);
  const Id ola = b.merger.store().persons.back().id;
  // A opens a case for Ola; B, not having heard, opens one too (refused after the merge: one
  // open case per person), then registers a relay-log entry on a person of its own.
  const SyncedChange a_case = a.commit(OpenCase{ola, today(), TargetGroup::Other}, 2);
  const SyncedChange b_case = b.commit(OpenCase{ola, today(), TargetGroup::Other}, 3);
  const SyncedChange b_person = b.commit(CreatePerson{"Kari Li", std::nullopt, "", "Kinn"}, 4, &second);
  const SyncedChange b_consent = b.commit(GiveConsent{second, ConsentKind::Sharing, "", today()}, 5);
  const SyncedChange b_note = b.commit(AddRelayLogEntry{second, today(), "Siri", RelayEntryKind::Concern, "Første besøk."}, 6);
  a.receive({b_case, b_person, b_consent, b_note});
  b.receive({a_case});
  EXPECT_EQ(a.state(), b.state());
  ASSERT_EQ(a.merger.refusals().size(), 1u);
  EXPECT_EQ(a.merger.refusals().front().reasons.front().message_key, "case.error.already_open");
  // Kari has the id B gave her, and B's note is on her.
  ASSERT_NE(a.merger.store().find_person(second), nullptr);
  EXPECT_EQ(a.merger.store().find_person(second)->name, "Kari Li");
  ASSERT_EQ(a.merger.store().relay_log.size(), 1u);
  EXPECT_EQ(a.merger.store().relay_log.back().person, second);
  EXPECT_EQ(a.merger.store().id_counters.at(2), b_note.ids_after);
}

TEST_F(Merging, EveryArrivalOrderAndBatchingGivesTheSameStore) {
  Device a(1, base), b(2, base), c(3, base);
  std::vector<SyncedChange> all;
  all.push_back(a.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 1));
  all.push_back(b.commit(AddPsfsActivity{person, "Handle selv", today()}, 1));  // same minute as a's
  all.push_back(c.commit(CreatePerson{"Eva Moe", std::nullopt, "", "Kinn"}, 2));
  all.push_back(a.commit(MoveCase{case_id, CaseStage::Closed, today(), "Flyttet"}, 3));
  all.push_back(b.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 4));  // refused: closed before
  all.push_back(c.commit(AddPsfsActivity{person, "Lese avisen", today()}, 5));

  Merger reference(base);
  reference.add(all);
  const std::string expected = to_backup_json(reference.store());
  ASSERT_EQ(reference.refusals().size(), 1u);

  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  int permutations = 0, rebuilds = 0;
  do {
    Merger one_by_one(base);
    for (std::size_t i : order) rebuilds += one_by_one.add({all[i]}).rebuilt ? 1 : 0;
    ASSERT_EQ(to_backup_json(one_by_one.store()), expected);
    ASSERT_EQ(one_by_one.refusals().size(), 1u);
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(permutations, 720);
  EXPECT_GT(rebuilds, 0);  // some orders arrive late, and rebuild
}

}  // namespace
}  // namespace opp::sync
