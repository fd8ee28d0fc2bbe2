// Tests for the backup document: canonical round trip of every entity type and every refusal.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "core/codec/json_codec.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;
using Json = nlohmann::ordered_json;

// The populated store's backup, parsed, for tests that change one thing.
Json backup_document() { return Json::parse(to_backup_json(populated_store())); }

DecodeError refusal(const std::string& text) {
  const Decoded<Store> decoded = from_backup_json(text);
  EXPECT_FALSE(decoded.ok());
  return decoded.error;
}
DecodeError refusal(const Json& document) { return refusal(document.dump()); }

TEST(BackupJson, StoreRoundTripIsExact) {
  const Store store = populated_store();
  const std::string json = to_backup_json(store);
  const Decoded<Store> decoded = from_backup_json(json);
  ASSERT_TRUE(decoded.ok()) << decoded.error.message_key << " " << decoded.error.detail;
  EXPECT_EQ(*decoded.value, store);
}

TEST(BackupJson, TextRoundTripIsByteExact) {
  const std::string json = to_backup_json(populated_store());
  const Decoded<Store> decoded = from_backup_json(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(to_backup_json(*decoded.value), json);
}

TEST(BackupJson, EmptyStoreRoundTrips) {
  const std::string json = to_backup_json(Store{});
  EXPECT_EQ(json,
            R"({"format":"oppfolging-backup","schema_version":5,"store":{"id_counters":[],)"
            R"("risk_rules":{"version":0,"rules":[]},"persons":[],"referrals":[],)"
            R"("consents":[],"team_members":[],"goals":[],"measures":[],"meetings":[],"psfs_activities":[],)"
            R"("psfs_conversations":[],"measurements":[],"relay_log":[],"practitioners":[],"admissions":[],)"
            R"("quality_surveys":[],"cases":[],"audit":[]}})");
  const Decoded<Store> decoded = from_backup_json(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(*decoded.value, Store{});
}

TEST(BackupJson, WritesDatesEnumsAndOmitsAbsentOptionals) {
  const Json doc = backup_document();
  const Json& store = doc["store"];
  EXPECT_EQ(store["persons"][0]["birth_date"], "1949-03-15");
  EXPECT_FALSE(store["persons"][1].contains("birth_date"));
  EXPECT_EQ(store["referrals"][0]["reporter_service"], "gp_message");
  EXPECT_EQ(store["referrals"][0]["status"], "accepted");
  EXPECT_EQ(store["cases"][0]["stage"], "follow_up");
  EXPECT_EQ(store["cases"][0]["id"], store["referrals"][0]["id"]);
  EXPECT_EQ(store["cases"][1]["target_group"], "mental_health_substance");
  EXPECT_FALSE(store["cases"][1].contains("included"));
  EXPECT_EQ(store["admissions"][0]["kind"], "acute");
  EXPECT_EQ(store["goals"][0]["evaluations"][0]["outcome"], "partly");
  EXPECT_EQ(store["referrals"][0]["observed"], "Falt to ganger.\nBor alene.");
  EXPECT_EQ(store["consents"][1]["kind"], "relative_involvement");
  EXPECT_FALSE(store["consents"][0].contains("withdrawn"));
  EXPECT_EQ(store["audit"][0]["at"], "2024-03-05T10:00:00.000Z");
  EXPECT_EQ(store["audit"][0]["type"], "create_person");
  EXPECT_TRUE(store["audit"][0]["command"].is_object());
  EXPECT_EQ(store["id_counters"][0]["device"], 0);
  EXPECT_EQ(store["id_counters"][0]["last"], 27);
  EXPECT_EQ(store["audit"][0]["device"], 0);
  EXPECT_EQ(store["audit"][0]["clock"]["ms"], kNow.ms_since_epoch);
  EXPECT_EQ(store["audit"][0]["clock"]["counter"], 0);
}

TEST(BackupJson, AcceptsNullForAnAbsentOptional) {
  Json doc = backup_document();
  doc["store"]["persons"][1]["birth_date"] = nullptr;
  EXPECT_TRUE(from_backup_json(doc.dump()).ok());
}

TEST(BackupJson, RefusesNotJson) {
  for (const char* text : {"", "{", "not json", "{\"format\":}", "\xff\xfe"}) {
    EXPECT_EQ(refusal(std::string(text)).message_key, "import.error.not_json") << text;
  }
}

TEST(BackupJson, RefusesWrongFormat) {
  Json doc = backup_document();
  doc["format"] = "something-else";
  EXPECT_EQ(refusal(doc).message_key, "import.error.format");
  doc.erase("format");
  EXPECT_EQ(refusal(doc).message_key, "import.error.format");
  doc["format"] = 1;
  EXPECT_EQ(refusal(doc).message_key, "import.error.format");
  EXPECT_EQ(refusal(std::string("[1,2]")).message_key, "import.error.format");
  EXPECT_EQ(refusal(std::string("42")).message_key, "import.error.format");
}

TEST(BackupJson, RefusesNewerOrUnknownSchemaVersion) {
  for (const Json& version : {Json(kSchemaVersion + 1), Json(0), Json(-1), Json("1"), Json(1.5), Json(nullptr)}) {
    Json doc = backup_document();
    doc["schema_version"] = version;
    EXPECT_EQ(refusal(doc).message_key, "import.error.schema_version") << version.dump();
  }
  Json doc = backup_document();
  doc.erase("schema_version");
  EXPECT_EQ(refusal(doc).message_key, "import.error.schema_version");
}

// Changes one value and expects import.error.invalid naming `path`.
void expect_invalid(const Json::json_pointer& pointer, const Json& value, const std::string& path) {
  Json doc = backup_document();
  doc[pointer] = value;
  const DecodeError error = refusal(doc);
  EXPECT_EQ(error.message_key, "import.error.invalid") << pointer.to_string();
  EXPECT_EQ(error.detail.substr(0, path.size()), path) << error.detail;
}

TEST(BackupJson, RefusesInvalidValuesNamingThePath) {
  expect_invalid("/store/persons/1/name"_json_pointer, 5, "store.persons[1].name");
  expect_invalid("/store/persons/0/birth_date"_json_pointer, "1949-02-30", "store.persons[0].birth_date");
  expect_invalid("/store/persons/0/birth_date"_json_pointer, "15.03.1949", "store.persons[0].birth_date");
  expect_invalid("/store/persons/0/id"_json_pointer, -1, "store.persons[0].id");
  expect_invalid("/store/persons/0/id"_json_pointer, 1.5, "store.persons[0].id");
  expect_invalid("/store/persons/0/id"_json_pointer, "1", "store.persons[0].id");
  expect_invalid("/store/referrals/0/status"_json_pointer, "lost", "store.referrals[0].status");
  expect_invalid("/store/referrals/0/urgency"_json_pointer, 1, "store.referrals[0].urgency");
  expect_invalid("/store/team_members/0/coordinator"_json_pointer, "yes", "store.team_members[0].coordinator");
  expect_invalid("/store/meetings/0/participants"_json_pointer, "all", "store.meetings[0].participants");
  expect_invalid("/store/meetings/0/participants/1"_json_pointer, "x", "store.meetings[0].participants[1]");
  expect_invalid("/store/psfs_conversations/0/scores/0/score"_json_pointer, 11,
                 "store.psfs_conversations[0].scores[0].score");
  expect_invalid("/store/psfs_conversations/0/scores/0/score"_json_pointer, 4294967296LL,
                 "store.psfs_conversations[0].scores[0].score");
  expect_invalid("/store/measures/0/evaluations/0/date"_json_pointer, "2024-02-15T00:00",
                 "store.measures[0].evaluations[0].date");
  expect_invalid("/store/measurements/0/gp_contacts"_json_pointer, 1.0, "store.measurements[0].gp_contacts");
  expect_invalid("/store/persons"_json_pointer, Json::object(), "store.persons");
  expect_invalid("/store/persons/0"_json_pointer, 1, "store.persons[0]");
  expect_invalid("/store/audit/0/at"_json_pointer, "2024-03-05", "store.audit[0].at");
  expect_invalid("/store/audit/0/type"_json_pointer, "drop_tables", "store.audit[0]");
  expect_invalid("/store/audit/0/command/name"_json_pointer, 7, "store.audit[0].command.name");
  expect_invalid("/store/id_counters"_json_pointer, "many", "store.id_counters");
  expect_invalid("/store/id_counters/0/device"_json_pointer, 1 << 21, "store.id_counters[0].device");
  expect_invalid("/store/id_counters/0/last"_json_pointer, -2, "store.id_counters[0].last");
  expect_invalid("/store/audit/0/device"_json_pointer, "phone", "store.audit[0].device");
  expect_invalid("/store/audit/0/clock"_json_pointer, 5, "store.audit[0].clock");
  expect_invalid("/store/audit/0/clock/counter"_json_pointer, -1, "store.audit[0].clock.counter");
  expect_invalid("/store"_json_pointer, Json::array(), "store");
  expect_invalid("/store/quality_surveys/0/answers"_json_pointer, Json::array({1, 2, 3}), "store.quality_surveys[0].answers");
  expect_invalid("/store/quality_surveys/0/answers/2"_json_pointer, 6, "store.quality_surveys[0].answers");
}

TEST(BackupJson, RefusesMissingFields) {
  Json doc = backup_document();
  doc["store"]["persons"][0].erase("name");
  DecodeError error = refusal(doc);
  EXPECT_EQ(error.message_key, "import.error.invalid");
  EXPECT_NE(error.detail.find("store.persons[0].name"), std::string::npos) << error.detail;
  doc = backup_document();
  doc["store"].erase("goals");
  error = refusal(doc);
  EXPECT_EQ(error.message_key, "import.error.invalid");
  EXPECT_NE(error.detail.find("store.goals"), std::string::npos) << error.detail;
  doc = backup_document();
  doc.erase("store");
  EXPECT_EQ(refusal(doc).message_key, "import.error.invalid");
}

void expect_inconsistent(const Json::json_pointer& pointer, const Json& value) {
  Json doc = backup_document();
  doc[pointer] = value;
  const DecodeError error = refusal(doc);
  EXPECT_EQ(error.message_key, "import.error.inconsistent") << pointer.to_string() << " " << error.detail;
}

TEST(BackupJson, RefusesInconsistentStores) {
  const Json doc = backup_document();
  const Json first_person = doc["store"]["persons"][0]["id"];
  expect_inconsistent("/store/persons/1/id"_json_pointer, first_person);        // duplicate id
  expect_inconsistent("/store/goals/0/id"_json_pointer, first_person);          // duplicate across collections
  expect_inconsistent("/store/persons/0/id"_json_pointer, 0);                    // id 0
  // A counter behind an id it handed out would hand it out again.
  expect_inconsistent("/store/id_counters/0/last"_json_pointer, doc["store"]["id_counters"][0]["last"].get<Id>() - 1);
  expect_inconsistent("/store/persons/0/id"_json_pointer, make_id(5, 1));        // a device with no counter
  expect_inconsistent("/store/referrals/0/person"_json_pointer, 9999);           // dangling person
  expect_inconsistent("/store/relay_log/0/person"_json_pointer, 9999);
  expect_inconsistent("/store/goals/1/parent"_json_pointer, 9999);               // dangling parent
  expect_inconsistent("/store/goals/1/parent"_json_pointer, doc["store"]["goals"][1]["id"]);  // its own parent
  expect_inconsistent("/store/measures/0/goal"_json_pointer, 9999);
  expect_inconsistent("/store/measures/0/responsible"_json_pointer, 9999);
  expect_inconsistent("/store/meetings/0/participants/0"_json_pointer, 9999);
  expect_inconsistent("/store/psfs_conversations/0/scores/0/activity"_json_pointer, 9999);
  expect_inconsistent("/store/quality_surveys/0/meeting"_json_pointer, 9999);
  expect_inconsistent("/store/quality_surveys/0/meeting"_json_pointer, doc["store"]["meetings"][0]["id"]);  // not an evaluation
  expect_inconsistent("/store/quality_surveys/0/person"_json_pointer, doc["store"]["persons"][1]["id"]);   // not the meeting's person
  expect_inconsistent("/store/audit/1/seq"_json_pointer, 7);
  expect_inconsistent("/store/audit/0/subject"_json_pointer, 9999);
}

// Ids are checked against a bit per counter value; a file whose counter claims billions of ids
// it does not hold is checked through a hash set instead, with the same verdicts.
TEST(BackupJson, ChecksIdsOfSparseCountersAlike) {
  Json doc = backup_document();
  Json& counter = doc["store"]["id_counters"][0];
  counter["last"] = 4000000000u;
  const Id far = make_id(counter["device"].get<DeviceId>(), 3999999999u);
  doc["store"]["persons"][0]["id"] = far;
  for (Json& referral : doc["store"]["referrals"]) {
    if (referral["person"] == backup_document()["store"]["persons"][0]["id"]) referral["person"] = far;
  }
  Json sparse = doc;
  for (const char* collection : {"consents", "team_members", "goals", "meetings", "psfs_activities", "psfs_conversations",
                                 "measurements", "relay_log", "admissions", "cases", "quality_surveys"}) {
    for (Json& item : sparse["store"][collection]) {
      if (item["person"] == backup_document()["store"]["persons"][0]["id"]) item["person"] = far;
    }
  }
  for (Json& entry : sparse["store"]["audit"]) {
    if (entry["subject"] == backup_document()["store"]["persons"][0]["id"]) entry["subject"] = far;
  }
  const Decoded<Store> read = from_backup_json(sparse.dump());
  ASSERT_TRUE(read.ok()) << read.error.detail;
  EXPECT_NE(read.value->find_person(far), nullptr);

  sparse["store"]["persons"][1]["id"] = far;  // the same id twice
  const DecodeError twice = refusal(sparse);
  EXPECT_EQ(twice.message_key, "import.error.inconsistent");
  EXPECT_NE(twice.detail.find("duplicate id"), std::string::npos) << twice.detail;
}

TEST(BackupJson, NeverThrowsOnTruncatedInput) {
  const std::string json = to_backup_json(populated_store());
  for (std::size_t length = 0; length < json.size(); length += 97) {
    EXPECT_FALSE(from_backup_json(std::string_view(json).substr(0, length)).ok());
  }
}

#ifdef OPP_SOURCE_DIR
// The example in docs/BACKUP_FORMAT.md is a real backup: decoded and written again it is the same
// document, byte for byte once the doc's line breaks and indentation are taken out.
TEST(BackupJson, TheDocumentedExampleRoundTripsByteForByte) {
  std::ifstream in(std::string(OPP_SOURCE_DIR) + "/docs/BACKUP_FORMAT.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const std::size_t open = doc.find("```json\n");
  ASSERT_NE(open, std::string::npos);
  const std::size_t close = doc.find("```", open + 8);
  ASSERT_NE(close, std::string::npos);
  const std::string example = doc.substr(open + 8, close - open - 8);
  const Decoded<Store> decoded = from_backup_json(example);
  ASSERT_TRUE(decoded.ok()) << decoded.error.message_key << " " << decoded.error.detail;
  EXPECT_EQ(decoded.value->persons.size(), 1u);
  EXPECT_EQ(decoded.value->audit.size(), 1u);
  EXPECT_EQ(to_backup_json(*decoded.value), Json::parse(example).dump());
}
#endif

}  // namespace
}  // namespace opp
