// A team's devices through a server: each edits offline, they sync, and every device ends with the
// same store; what a device merged survives its reload; a late change rebuilds; a third device
// joins from the base and the changes.
#include "core/sync/session.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/sync/document.hpp"
#include "core/sync/round.hpp"
#include "core/sync/team_key.hpp"
#include "tests/unit/commands/test_support.hpp"
#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::sync {
namespace {

using namespace opp::testing;
using storage::SecretKey;
using storage::system_random;

class SettableClock final : public Clock {
 public:
  Timestamp now() const override { return Timestamp{kNow.ms_since_epoch + minutes * 60000}; }
  std::int64_t minutes = 0;
};

// The server: documents in the order they arrived, as CouchDB's feed gives them.
struct Server {
  std::vector<std::string> documents;
};

struct Device {
  explicit Device(std::uint64_t number) : draw(number - 1) { open(); }

  void open() {
    session.reset();
    repository = std::make_unique<storage::Repository>("/data", clock, storage::EngineOptions{}, &fs,
                                                       [this] { return draw; });
    repository->open();
    session = std::make_unique<SyncSession>(*repository);
    load_error = session->load();
  }
  // A commit as the app makes it: the session hears of it through the repository.
  Id commit(const Command& command, std::int64_t minute) {
    clock.minutes = minute;
    const CommandResult result = repository->commit(command, "Device " + std::to_string(repository->device()));
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().message_key);
    return result.created;
  }
  void save() {
    ASSERT_EQ(session->flush(), "");
    ASSERT_TRUE(repository->flush().ok());
  }
  // A round as the app runs it: send what the server lacks, then merge its feed from where this
  // device left off.
  Received sync(Server& server) {
    const Outgoing out = outgoing(*session, system_random());
    server.documents.insert(server.documents.end(), out.documents.begin(), out.documents.end());
    sync::sent(*session, out);
    const std::size_t from = std::stoul(session->since());
    const std::vector<std::string> feed(server.documents.begin() + static_cast<std::ptrdiff_t>(from), server.documents.end());
    Incoming in = incoming(*session, feed, std::to_string(server.documents.size()));
    EXPECT_FALSE(in.error.has_value()) << (in.error ? in.error->message_key + ": " + in.error->detail : "");
    save();
    return in.received;
  }
  std::string state() const { return to_backup_json(repository->store()); }

  std::uint64_t draw;
  SettableClock clock;
  storage::testing::MemoryFileSystem fs;
  std::unique_ptr<storage::Repository> repository;
  std::unique_ptr<SyncSession> session;
  std::string load_error;
};

class Team : public ::testing::Test {
 protected:
  void SetUp() override {
    // A's data from before the team synced: one person with a case, consent to share.
    klara = a.commit(CreatePerson{"Klara Nilsen", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, 0);
    case_id = a.commit(OpenCase{klara, today(), TargetGroup::FrailElderly}, 0);
    a.commit(GiveConsent{klara, ConsentKind::Sharing, "", today()}, 0);
    ASSERT_EQ(a.session->start(key.clone()), "");
    a.save();
    // B joins from what the server holds once A has sent the base.
    a.sync(server);
    ASSERT_FALSE(join(*b.session, key.clone(), server.documents, {}, "0").has_value());
    b.save();
  }
  // The team's base on the server: one part for a store this small, the first document A sent.
  std::vector<std::string> base_parts() const {
    EXPECT_NE(server.documents.front().find("\"type\":\"base\""), std::string::npos);
    return {server.documents.front()};
  }
  Device a{7}, b{3};
  Server server;
  SecretKey key = SecretKey::generate(system_random());
  Id klara = kNoId, case_id = kNoId;
};

TEST_F(Team, TwoDevicesEditingOfflineConvergeAndTheLaterEditOfOneFieldWins) {
  ASSERT_EQ(a.state(), b.state());
  a.commit(UpdatePerson{klara, "Klara Nilsen Berg", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, 5);
  a.commit(AddPsfsActivity{klara, "Gå til butikken", today()}, 6);
  b.commit(UpdatePerson{klara, "Klara Berg", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"}, 7);
  b.commit(AddRelayLogEntry{klara, today(), "Siri Dal", RelayEntryKind::Concern, "Urolig natt."}, 8);
  EXPECT_EQ(a.sync(server).added, 0u);  // a's own two come back: duplicates
  const Received at_b = b.sync(server);
  EXPECT_EQ(at_b.added, 2u);
  EXPECT_TRUE(at_b.rebuilt);  // a's changes (minutes 5, 6) sort before b's own
  const Received at_a = a.sync(server);
  EXPECT_EQ(at_a.added, 2u);
  EXPECT_FALSE(at_a.rebuilt);  // b's sort after a's: applied on top
  EXPECT_EQ(a.state(), b.state());
  EXPECT_EQ(a.repository->store().find_person(klara)->name, "Klara Berg");
  EXPECT_EQ(server.documents.size(), 5u);  // the base (one part) and four changes
  EXPECT_TRUE(a.session->unsent().empty());
  EXPECT_TRUE(b.session->unsent().empty());
  EXPECT_EQ(a.session->unsent_count(), 0u);
  // A change waits until a round sends it; the count says so without copying the log.
  a.commit(AddPsfsActivity{klara, "Lese", today()}, 9);
  EXPECT_EQ(a.session->unsent_count(), 1u);
  EXPECT_EQ(a.session->unsent().size(), 1u);
  a.save();
  a.open();
  EXPECT_EQ(a.session->unsent_count(), 1u);
  a.sync(server);
  EXPECT_EQ(a.session->unsent_count(), 0u);
}

TEST_F(Team, AReloadKeepsTheMergedStoreTheLogAndWhatWasSent) {
  a.commit(AddPsfsActivity{klara, "Lage middag", today()}, 2);
  b.commit(AddPsfsActivity{klara, "Lese avisen", today()}, 1);
  a.sync(server);
  b.sync(server);
  a.sync(server);
  const std::string agreed = a.state();
  ASSERT_EQ(b.state(), agreed);
  for (Device* device : {&a, &b}) {
    device->open();
    EXPECT_EQ(device->load_error, "");
    EXPECT_TRUE(device->session->active());
    EXPECT_EQ(device->state(), agreed);
    EXPECT_EQ(device->session->change_count(), 2u);
    EXPECT_TRUE(device->session->unsent().empty());
    // Where it was in the feed is kept: nothing new comes.
    EXPECT_EQ(device->sync(server).added, 0u);
    // The whole feed again (a server that lost its place): every change is known, none doubles.
    const Incoming again = incoming(*device->session, server.documents, std::to_string(server.documents.size()));
    ASSERT_FALSE(again.error.has_value());
    EXPECT_EQ(again.received.added, 0u);
    EXPECT_EQ(again.received.duplicates, 2u);
    EXPECT_EQ(device->state(), agreed);
  }
  // A change made after the reload gets this device's next ids and travels.
  const Id later = b.commit(AddPsfsActivity{klara, "Strikke", today()}, 9);
  EXPECT_EQ(device_of(later), b.repository->device());
  a.sync(server);
  b.sync(server);
  a.sync(server);
  EXPECT_EQ(a.state(), b.state());
}

TEST_F(Team, AStageMoveOnACaseClosedFirstIsRefusedOnBothAndStaysRefusedAfterAReload) {
  a.commit(MoveCase{case_id, CaseStage::Closed, today(), "Flyttet"}, 1);
  b.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 2);
  a.sync(server);
  const Received at_b = b.sync(server);
  EXPECT_EQ(at_b.refused, 1u);  // rebuilt: b's own move sorts after the close
  const Received at_a = a.sync(server);
  EXPECT_EQ(at_a.refused, 1u);  // applied on top, and refused
  EXPECT_EQ(a.state(), b.state());
  EXPECT_EQ(a.repository->store().find_case(case_id)->stage, CaseStage::Closed);
  for (Device* device : {&a, &b}) {
    device->open();
    EXPECT_EQ(device->repository->store().find_case(case_id)->stage, CaseStage::Closed);
    ASSERT_EQ(device->session->refusals().size(), 1u);
    EXPECT_EQ(device->session->refusals().front().reasons.front().message_key, "case.error.closed_final");
  }
  EXPECT_EQ(a.state(), b.state());
}

TEST_F(Team, AThirdDeviceJoinsFromTheBaseAndEveryChange) {
  a.commit(AddPsfsActivity{klara, "Gå tur", today()}, 1);
  b.commit(CreatePerson{"Per Hansen", std::nullopt, "", "Kinn"}, 2);
  a.sync(server);
  b.sync(server);
  a.sync(server);
  Device c{12};
  ASSERT_FALSE(join(*c.session, key.clone(), base_parts(), server.documents, std::to_string(server.documents.size())).has_value());
  c.save();
  EXPECT_EQ(c.state(), a.state());
  EXPECT_TRUE(c.session->unsent().empty());
  c.open();
  EXPECT_EQ(c.state(), a.state());
  // And takes part from then on.
  c.commit(AddPsfsActivity{klara, "Synge i kor", today()}, 30);
  c.sync(server);
  a.sync(server);
  b.sync(server);
  EXPECT_EQ(a.state(), c.state());
  EXPECT_EQ(b.state(), c.state());
}

TEST_F(Team, SyncFilesThatCannotBeReadAreSaidAndSyncIsOff) {
  b.commit(AddPsfsActivity{klara, "Gå tur", today()}, 1);
  b.sync(server);
  // A damaged state file.
  Device broken{21};
  ASSERT_FALSE(join(*broken.session, key.clone(), base_parts(), {}, "0").has_value());
  broken.save();
  broken.fs.files["/data/sync-state.json"] = "{not json";
  broken.open();
  EXPECT_NE(broken.load_error.find("sync-state.json"), std::string::npos) << broken.load_error;
  EXPECT_FALSE(broken.session->active());
  // A missing base.
  ASSERT_EQ(b.fs.files.erase("/data/sync-base.json"), 1u);
  b.open();
  EXPECT_EQ(b.load_error, "sync-base.json is missing");
  EXPECT_FALSE(b.session->active());
  // The store itself still opens.
  EXPECT_TRUE(b.repository->writable());
  EXPECT_EQ(b.repository->store().psfs_activities.size(), 1u);
}

TEST_F(Team, ADocumentSealedWithAnotherKeyStopsTheRoundAndNothingIsMerged) {
  a.commit(AddPsfsActivity{klara, "Gå tur", today()}, 1);
  a.sync(server);
  const std::string before = b.state();
  const std::string since = b.session->since();
  // Another team's change in the same database.
  const SecretKey other = SecretKey::generate(system_random());
  Store scratch;
  const CommandResult foreign = execute(scratch, CreatePerson{"Ukjent", std::nullopt, "", ""}, "X", kNow, 99, Hlc{kNow.ms_since_epoch, 0});
  server.documents.push_back(seal_change(other, SyncedChange{*foreign.record, 1}, system_random()));
  const std::vector<std::string> feed(server.documents.begin() + std::stol(since), server.documents.end());
  const Incoming in = incoming(*b.session, feed, std::to_string(server.documents.size()));
  ASSERT_TRUE(in.error.has_value());
  EXPECT_EQ(in.error->message_key, kErrorWrongKey);
  EXPECT_EQ(b.state(), before);  // a's good change is not merged either
  EXPECT_EQ(b.session->since(), since);
  // Joining with a wrong key is refused and changes nothing.
  Device c{12};
  const auto refused = join(*c.session, other.clone(), base_parts(), server.documents, "9");
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->message_key, kErrorWrongKey);
  EXPECT_FALSE(c.session->active());
  EXPECT_TRUE(c.repository->store().persons.empty());
}

TEST_F(Team, AChangeTwiceInOneFeedIsAppliedOnce) {
  a.commit(CreatePerson{"Per Hansen", std::nullopt, "", "Kinn"}, 1);  // a change that could apply twice
  a.sync(server);
  server.documents.push_back(server.documents.back());  // a server that repeats itself
  const Received received = b.sync(server);
  EXPECT_EQ(received.added, 1u);
  EXPECT_EQ(received.duplicates, 1u);
  EXPECT_EQ(received.refused, 0u);
  EXPECT_FALSE(received.rebuilt);  // the in-order path, where the repository applies each change
  EXPECT_EQ(b.repository->store().persons.size(), 2u);
  EXPECT_EQ(a.state(), b.state());
  b.open();
  EXPECT_EQ(a.state(), b.state());
}

TEST_F(Team, TheBaseIsSentOnceAndTheKeyAndFeedPositionSurviveAReload) {
  const std::size_t parts = server.documents.size();
  EXPECT_EQ(outgoing(*a.session, system_random()).base_parts, 0u);  // sent in SetUp
  a.open();
  EXPECT_TRUE(a.session->base_sent());
  EXPECT_EQ(a.session->since(), std::to_string(parts));
  ASSERT_NE(a.session->team_key(), nullptr);
  EXPECT_TRUE(a.session->team_key()->equals(key));
  // The state file is sealed at rest by the vault in the app; here, plainly, it holds the key.
  EXPECT_NE(a.fs.files.at("/data/sync-state.json").find("\"key\""), std::string::npos);
}

TEST_F(Team, AStoppedSessionStaysStoppedAfterAReloadAndCanStartAgain) {
  b.session->stop();
  EXPECT_FALSE(b.session->active());
  b.commit(AddPsfsActivity{klara, "Gå tur", today()}, 1);  // not heard: not syncing
  b.save();
  b.open();
  EXPECT_EQ(b.load_error, "");
  EXPECT_FALSE(b.session->active());
  EXPECT_EQ(b.repository->store().psfs_activities.size(), 1u);  // the data stays
  ASSERT_EQ(b.session->start(SecretKey::generate(system_random())), "");
  b.save();
  b.open();
  EXPECT_TRUE(b.session->active());
}

TEST(TeamKey, ExportedWithAPassphraseAndImportedOnlyWithIt) {
  const SecretKey key = SecretKey::generate(system_random());
  const TeamKeyFile file = export_team_key(key, "fjord og fjell i Kinn", storage::kTestKdf, system_random());
  ASSERT_TRUE(file.text.has_value()) << file.error_key;
  EXPECT_NE(file.text->find("oppfolging-team-key"), std::string::npos);
  EXPECT_EQ(file.text->find(storage::to_hex(std::span<const unsigned char>(key.data(), SecretKey::kBytes))), std::string::npos);
  const ImportedTeamKey imported = import_team_key(*file.text, "fjord og fjell i Kinn");
  ASSERT_TRUE(imported.key.has_value()) << imported.error_key;
  EXPECT_TRUE(imported.key->equals(key));
  EXPECT_EQ(import_team_key(*file.text, "fjord og fjell i Suldal").error_key, kErrorKeyPassphrase);
  EXPECT_EQ(import_team_key("{}", "x").error_key, kErrorKeyFile);
  EXPECT_EQ(import_team_key("not json", "x").error_key, kErrorKeyFile);
  std::string newer = *file.text;
  newer.replace(newer.find("\"version\":1"), 11, "\"version\":2");
  const ImportedTeamKey refused = import_team_key(newer, "fjord og fjell i Kinn");
  EXPECT_EQ(refused.error_key, kErrorKeyFile);
  EXPECT_EQ(refused.detail, "version 2");
  // A passphrase the set-up screen would refuse is refused here too.
  EXPECT_EQ(export_team_key(key, "kort", storage::kTestKdf, system_random()).error_key, kErrorKeyWeak);
  EXPECT_EQ(export_team_key(key, "aaaaaaaaaaaa", storage::kTestKdf, system_random()).error_key, kErrorKeyWeak);
}

}  // namespace
}  // namespace opp::sync
