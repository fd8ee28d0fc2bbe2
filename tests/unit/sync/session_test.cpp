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
  // Push what the server lacks, then merge everything on it.
  Received sync(Server& server, const SecretKey& key) {
    const std::vector<SyncedChange> unsent = session->unsent();
    for (const SyncedChange& change : unsent) server.documents.push_back(seal_change(key, change, system_random()));
    session->sent(unsent.size());
    std::vector<SyncedChange> all;
    for (const std::string& document : server.documents) {
      Decoded<SyncedChange> opened = open_change(key, document);
      EXPECT_TRUE(opened.ok()) << opened.error.message_key;
      if (opened.ok()) all.push_back(std::move(*opened.value));
    }
    const Received received = session->receive(std::move(all));
    save();
    return received;
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
    ASSERT_EQ(a.session->start(), "");
    a.save();
    ASSERT_EQ(b.session->join(a.session->base(), {}), "");
    b.save();
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
  EXPECT_EQ(a.sync(server, key).added, 0u);  // a's own two come back: duplicates
  const Received at_b = b.sync(server, key);
  EXPECT_EQ(at_b.added, 2u);
  EXPECT_TRUE(at_b.rebuilt);  // a's changes (minutes 5, 6) sort before b's own
  const Received at_a = a.sync(server, key);
  EXPECT_EQ(at_a.added, 2u);
  EXPECT_FALSE(at_a.rebuilt);  // b's sort after a's: applied on top
  EXPECT_EQ(a.state(), b.state());
  EXPECT_EQ(a.repository->store().find_person(klara)->name, "Klara Berg");
  EXPECT_EQ(server.documents.size(), 4u);
  EXPECT_TRUE(a.session->unsent().empty());
  EXPECT_TRUE(b.session->unsent().empty());
}

TEST_F(Team, AReloadKeepsTheMergedStoreTheLogAndWhatWasSent) {
  a.commit(AddPsfsActivity{klara, "Lage middag", today()}, 2);
  b.commit(AddPsfsActivity{klara, "Lese avisen", today()}, 1);
  a.sync(server, key);
  b.sync(server, key);
  a.sync(server, key);
  const std::string agreed = a.state();
  ASSERT_EQ(b.state(), agreed);
  for (Device* device : {&a, &b}) {
    device->open();
    EXPECT_EQ(device->load_error, "");
    EXPECT_TRUE(device->session->active());
    EXPECT_EQ(device->state(), agreed);
    EXPECT_EQ(device->session->change_count(), 2u);
    EXPECT_TRUE(device->session->unsent().empty());
    const Received again = device->sync(server, key);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.duplicates, 2u);
    EXPECT_EQ(device->state(), agreed);
  }
  // A change made after the reload gets this device's next ids and travels.
  const Id later = b.commit(AddPsfsActivity{klara, "Strikke", today()}, 9);
  EXPECT_EQ(device_of(later), b.repository->device());
  a.sync(server, key);
  b.sync(server, key);
  a.sync(server, key);
  EXPECT_EQ(a.state(), b.state());
}

TEST_F(Team, AStageMoveOnACaseClosedFirstIsRefusedOnBothAndStaysRefusedAfterAReload) {
  a.commit(MoveCase{case_id, CaseStage::Closed, today(), "Flyttet"}, 1);
  b.commit(MoveCase{case_id, CaseStage::Mapping, today(), ""}, 2);
  a.sync(server, key);
  const Received at_b = b.sync(server, key);
  EXPECT_EQ(at_b.refused, 1u);  // rebuilt: b's own move sorts after the close
  const Received at_a = a.sync(server, key);
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
  a.sync(server, key);
  b.sync(server, key);
  a.sync(server, key);
  Device c{12};
  std::vector<SyncedChange> all;
  for (const std::string& document : server.documents) all.push_back(*open_change(key, document).value);
  ASSERT_EQ(c.session->join(a.session->base(), all), "");
  c.save();
  EXPECT_EQ(c.state(), a.state());
  EXPECT_TRUE(c.session->unsent().empty());
  c.open();
  EXPECT_EQ(c.state(), a.state());
  // And takes part from then on.
  c.commit(AddPsfsActivity{klara, "Synge i kor", today()}, 30);
  c.sync(server, key);
  a.sync(server, key);
  b.sync(server, key);
  EXPECT_EQ(a.state(), c.state());
  EXPECT_EQ(b.state(), c.state());
}

TEST_F(Team, SyncFilesThatCannotBeReadAreSaidAndSyncIsOff) {
  b.commit(AddPsfsActivity{klara, "Gå tur", today()}, 1);
  b.sync(server, key);
  // A damaged state file.
  Device broken{21};
  ASSERT_EQ(broken.session->join(a.session->base(), {}), "");
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

}  // namespace
}  // namespace opp::sync
