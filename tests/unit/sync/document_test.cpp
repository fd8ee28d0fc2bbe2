// A change as the sync server stores it: only ciphertext and what replication needs, opened only
// with the team's key, and refused with a reason when it cannot be used.
#include "core/sync/document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/codec/json_text.hpp"
#include "core/synthetic/caseload.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp::sync {
namespace {

using namespace opp::testing;
using storage::SecretKey;
using storage::system_random;

class SyncDocument : public ::testing::Test {
 protected:
  void SetUp() override {
    person = run(store, CreatePerson{"Klara Nilsen", ymd(1949, 3, 15), national_id, "Kinn"});
    run(store, GiveConsent{person, ConsentKind::Sharing, "", today()});
    const CommandResult result = execute(store, AddRelayLogEntry{person, today(), "Siri Dal", RelayEntryKind::Concern, note},
                                         "Kari Koordinator", kNow, 26, Hlc{kNow.ms_since_epoch, 3});
    ASSERT_TRUE(result.ok());
    change = SyncedChange{*result.record, 41};
  }
  Store store;
  Id person = kNoId;
  const std::string national_id = synthetic_id(15, 3, 49);
  const std::string note = "Klara sov dårlig og var urolig etter besøket.";
  SyncedChange change;
  SecretKey key = SecretKey::generate(system_random());
};

TEST_F(SyncDocument, OpensWithTheTeamKeyToTheSameChange) {
  const std::string document = seal_change(key, change, system_random());
  const Decoded<SyncedChange> opened = open_change(key, document);
  ASSERT_TRUE(opened.ok()) << opened.error.message_key << ": " << opened.error.detail;
  EXPECT_EQ(opened.value->ids_after, 41u);
  EXPECT_EQ(to_journal_json(opened.value->record), to_journal_json(change.record));
}

TEST_F(SyncDocument, TheServerSeesIdsDeviceAndClockOnly) {
  const std::string document = seal_change(key, change, system_random());
  const codec::Json json = codec::parse_json(document);
  ASSERT_TRUE(json.is_object());
  EXPECT_EQ(json["_id"], "change-00001a-018e0e0e4500-00000003");
  EXPECT_EQ(json["_id"], document_id(26, Hlc{kNow.ms_since_epoch, 3}));
  EXPECT_EQ(json["device"], 26);
  EXPECT_EQ(json["clock"]["ms"], kNow.ms_since_epoch);
  EXPECT_EQ(json["clock"]["counter"], 3);
  std::vector<std::string> members;
  for (const auto& [name, value] : json.items()) members.push_back(name);
  EXPECT_EQ(members, (std::vector<std::string>{"_id", "type", "v", "device", "clock", "sealed"}));
  // Nothing of the person, the note, the author or the kind of change is readable.
  for (const std::string& secret : {std::string("Klara"), national_id, std::string("sov dårlig"), std::string("Siri"),
                                    std::string("Kari"), std::string("relay"), std::string("person")}) {
    EXPECT_EQ(document.find(secret), std::string::npos) << secret;
  }
  // Sealed afresh each time (a new nonce): two documents of one change differ.
  EXPECT_NE(seal_change(key, change, system_random()), document);
}

TEST_F(SyncDocument, AnotherKeyIsRefusedAsTheWrongKey) {
  const std::string document = seal_change(key, change, system_random());
  const SecretKey other = SecretKey::generate(system_random());
  const Decoded<SyncedChange> opened = open_change(other, document);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error.message_key, kErrorWrongKey);
  EXPECT_EQ(opened.error.detail, document_id(26, Hlc{kNow.ms_since_epoch, 3}));
}

TEST_F(SyncDocument, AnAlteredOrMovedChangeIsRefused) {
  codec::Json json = codec::parse_json(seal_change(key, change, system_random()));
  // One character of the ciphertext changed: it no longer opens.
  codec::Json altered = json;
  std::string sealed = altered["sealed"];
  sealed[20] = sealed[20] == 'A' ? 'B' : 'A';
  altered["sealed"] = sealed;
  EXPECT_EQ(open_change(key, altered.dump()).error.message_key, kErrorWrongKey);
  // Passed off as another time of the same device: the id no longer matches, or the seal does.
  codec::Json moved = json;
  moved["clock"]["counter"] = 4;
  EXPECT_EQ(open_change(key, moved.dump()).error.message_key, kErrorMismatch);
  moved["_id"] = document_id(26, Hlc{kNow.ms_since_epoch, 4});
  EXPECT_EQ(open_change(key, moved.dump()).error.message_key, kErrorWrongKey);
}

TEST_F(SyncDocument, OtherDocumentsAndNewerVersionsAreRefusedSayingWhy) {
  EXPECT_EQ(open_change(key, "not json").error.message_key, kErrorNotAChange);
  EXPECT_EQ(open_change(key, R"({"_id":"_design/x","views":{}})").error.message_key, kErrorNotAChange);
  codec::Json json = codec::parse_json(seal_change(key, change, system_random()));
  codec::Json newer = json;
  newer["v"] = kDocumentVersion + 1;
  const Decoded<SyncedChange> refused = open_change(key, newer.dump());
  EXPECT_EQ(refused.error.message_key, kErrorNewerVersion);
  EXPECT_EQ(refused.error.detail, "version 2");
  codec::Json no_seal = json;
  no_seal.erase("sealed");
  EXPECT_EQ(open_change(key, no_seal.dump()).error.message_key, kErrorNotAChange);
  codec::Json not_base64 = json;
  not_base64["sealed"] = "###";
  EXPECT_EQ(open_change(key, not_base64.dump()).error.message_key, kErrorNotAChange);
  codec::Json bad_device = json;
  bad_device["device"] = kMaxDevice + 1;
  EXPECT_EQ(open_change(key, bad_device.dump()).error.message_key, kErrorNotAChange);
}

}  // namespace
}  // namespace opp::sync

namespace opp::sync {
namespace {

using storage::SecretKey;
using storage::system_random;

class SyncBase : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = new Store(synthetic::generate_caseload(synthetic::CaseloadSpec{200, 7}));
  }
  static void TearDownTestSuite() { delete base_; }
  static Store* base_;
  static constexpr std::size_t kParts = 16 * 1024;  // small parts, so a small store has several
  SecretKey key = SecretKey::generate(system_random());
};
Store* SyncBase::base_ = nullptr;

TEST_F(SyncBase, ComesBackWholeFromItsPartsInAnyOrder) {
  std::vector<std::string> parts = seal_base(key, *base_, system_random(), kParts);
  ASSERT_GE(parts.size(), 3u);
  std::reverse(parts.begin(), parts.end());
  const Decoded<Store> opened = open_base(key, parts);
  ASSERT_TRUE(opened.ok()) << opened.error.message_key << ": " << opened.error.detail;
  EXPECT_EQ(to_backup_json(*opened.value), to_backup_json(*base_));
  // Nothing readable on the server: not the first person's name.
  const std::string name = base_->persons.front().name;
  for (const std::string& part : parts) EXPECT_EQ(part.find(name), std::string::npos);
  // An empty store is one part.
  EXPECT_EQ(seal_base(key, Store{}, system_random()).size(), 1u);
}

TEST_F(SyncBase, AMissingRepeatedForeignOrWronglyKeyedPartIsRefused) {
  const std::vector<std::string> parts = seal_base(key, *base_, system_random(), kParts);
  std::vector<std::string> missing(parts.begin(), parts.end() - 1);
  EXPECT_EQ(open_base(key, missing).error.message_key, kErrorNotAChange);
  EXPECT_NE(open_base(key, missing).error.detail.find("is missing"), std::string::npos);
  std::vector<std::string> repeated = parts;
  repeated.push_back(parts.front());
  EXPECT_EQ(open_base(key, repeated).error.message_key, kErrorMismatch);
  // A part of another base with another number of parts.
  std::vector<std::string> mixed = parts;
  mixed[0] = seal_base(key, Store{}, system_random()).front();
  EXPECT_EQ(open_base(key, mixed).error.message_key, kErrorMismatch);
  const SecretKey other = SecretKey::generate(system_random());
  EXPECT_EQ(open_base(other, parts).error.message_key, kErrorWrongKey);
  EXPECT_EQ(open_base(key, {}).error.message_key, kErrorNotAChange);
  EXPECT_EQ(open_base(key, {R"({"_id":"change-1","type":"change","v":1})"}).error.message_key, kErrorNotAChange);
}

}  // namespace
}  // namespace opp::sync
