// The stored JSON of the current schema read straight into the store (json_reader.hpp), and the
// checks every decoded store passes. What start-up runs over the whole caseload: this file is
// built for speed in the size-built web release (CMakeLists.txt), so nothing here instantiates
// the document tree (the audit's commands and the "made" member are decoded in backup_json.cpp).
#include <map>
#include <vector>

#include "core/codec/backup_store.hpp"
#include "core/codec/entity_schema.hpp"
#include "core/codec/json_reader.hpp"
#include "core/domain/id_map.hpp"

namespace opp::codec {

// [SECTION] Consistency: what types alone cannot say
namespace {

[[noreturn]] void fail_inconsistent(const std::string& path, const char* what) {
  fail("import.error.inconsistent", path + ": " + what);
}

}  // namespace

void check_values(const Store& store) {
  for (std::size_t i = 0; i < store.psfs_conversations.size(); ++i) {
    const auto& scores = store.psfs_conversations[i].scores;
    for (std::size_t j = 0; j < scores.size(); ++j) {
      if (scores[j].score < 0 || scores[j].score > 10) {
        fail_invalid("store.psfs_conversations[" + std::to_string(i) + "].scores[" + std::to_string(j) + "].score",
                     "out of range 0..10");
      }
    }
  }
  for (std::size_t i = 0; i < store.quality_surveys.size(); ++i) {
    const auto& answers = store.quality_surveys[i].answers;
    const auto path = [i] { return "store.quality_surveys[" + std::to_string(i) + "].answers"; };
    if (answers.size() != static_cast<std::size_t>(kQualityItems)) fail_invalid(path(), "expected 5 answers");
    for (const int a : answers) {
      if (a < 0 || a > 5) fail_invalid(path(), "out of range 0..5");
    }
  }
}

namespace {

// The ids met so far. Counters hand out ids densely, so it is a bit per counter value of each
// device; a file whose counters claim far more ids than it holds gets a hash set instead.
class SeenIds {
 public:
  SeenIds(const IdCounters& counters, std::size_t ids) {
    std::uint64_t bits = 0;
    for (const auto& [device, last] : counters) bits += std::uint64_t{last} + 1;
    dense_ = bits <= 64 * std::uint64_t{ids} + 4096;
    if (dense_) {
      for (const auto& [device, last] : counters) bits_[device].assign(last / 64 + 1, 0);
    } else {
      hashed_.reserve(ids);
    }
  }
  // False when the id was met before. Its counter is within its device's last (checked first).
  bool insert(Id id) {
    if (!dense_) return hashed_.try_emplace(id, true).second;
    std::vector<std::uint64_t>& words = bits_[device_of(id)];
    const std::uint64_t bit = std::uint64_t{1} << (counter_of(id) % 64);
    std::uint64_t& word = words[counter_of(id) / 64];
    if (word & bit) return false;
    word |= bit;
    return true;
  }

 private:
  bool dense_ = true;
  std::map<DeviceId, std::vector<std::uint64_t>> bits_;
  IdMap<bool> hashed_;
};

}  // namespace

void check_consistency(const Store& store) {
  // Ids are unique across all collections, and each was handed out by its device's counter: a
  // counter behind an id it already gave would hand that id out again. The path of an id is
  // spelt out only when it fails (a 100,000-person store has millions of ids).
  std::size_t id_count = store.cases.size();
  for_each_collection(store, [&](const char*, const auto& items) { id_count += items.size(); });
  SeenIds ids(store.id_counters, id_count);
  const auto check_handed_out = [&](const auto& path, Id id) {
    if (counter_of(id) == 0) fail_inconsistent(path(), "id without a counter");
    if (!valid_device(device_of(id))) fail_inconsistent(path(), "not a device's id");
    const auto counter = store.id_counters.find(device_of(id));
    if (counter == store.id_counters.end() || counter->second < counter_of(id)) {
      fail_inconsistent("store.id_counters", ("behind " + path()).c_str());
    }
    if (!ids.insert(id)) fail_inconsistent(path(), "duplicate id");
  };
  for_each_collection(store, [&](const char* name, const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      check_handed_out([&] { return std::string("store.") + name + "[" + std::to_string(i) + "].id"; }, items[i].id);
    }
  });

  // References are looked up through the store's own id index (Store::find_*).
  const auto at = [](const char* name, std::size_t i) {
    return std::string("store.") + name + "[" + std::to_string(i) + "]";
  };
  const auto check_persons = [&](const char* name, const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (store.find_person(items[i].person) == nullptr) fail_inconsistent(at(name, i) + ".person", "no such person");
    }
  };
  check_persons("referrals", store.referrals);
  check_persons("consents", store.consents);
  check_persons("team_members", store.team_members);
  check_persons("goals", store.goals);
  check_persons("meetings", store.meetings);
  check_persons("psfs_activities", store.psfs_activities);
  check_persons("psfs_conversations", store.psfs_conversations);
  check_persons("measurements", store.measurements);
  check_persons("relay_log", store.relay_log);
  check_persons("admissions", store.admissions);
  check_persons("cases", store.cases);
  check_persons("quality_surveys", store.quality_surveys);

  // A case opened by accepting a referral has the referral's id; any other case has its own id.
  IdMap<bool> case_ids;
  IdMap<bool> open_cases;
  case_ids.reserve(store.cases.size());
  open_cases.reserve(store.cases.size());
  for (std::size_t i = 0; i < store.cases.size(); ++i) {
    const Case& c = store.cases[i];
    const auto path = [&] { return at("cases", i); };
    if (!case_ids.try_emplace(c.id, true).second) fail_inconsistent(path() + ".id", "duplicate id");
    if (c.referral != kNoId) {
      const Referral* referral = store.find_referral(c.referral);
      if (c.id != c.referral || referral == nullptr || referral->person != c.person) {
        fail_inconsistent(path() + ".referral", "not an accepted referral of the person with the case's id");
      }
    } else {
      check_handed_out([&] { return path() + ".id"; }, c.id);
    }
    if (c.history.empty() || c.history.back().stage != c.stage) {
      fail_inconsistent(path() + ".history", "does not end in the case's stage");
    }
    if (c.open() && !open_cases.try_emplace(c.person, true).second) {
      fail_inconsistent(path() + ".stage", "a second open case of the person");
    }
  }

  for (std::size_t i = 0; i < store.goals.size(); ++i) {
    const Goal& goal = store.goals[i];
    if (goal.parent == kNoId) continue;
    const Goal* parent = store.find_goal(goal.parent);
    if (parent == nullptr || parent->person != goal.person || parent->parent != kNoId) {
      fail_inconsistent(at("goals", i) + ".parent", "not a main goal of the same person");
    }
  }
  for (std::size_t i = 0; i < store.measures.size(); ++i) {
    const Measure& measure = store.measures[i];
    const Goal* goal = store.find_goal(measure.goal);
    if (goal == nullptr) fail_inconsistent(at("measures", i) + ".goal", "no such goal");
    const TeamMember* responsible = store.find_team_member(measure.responsible);
    if (measure.responsible != kNoId && (responsible == nullptr || responsible->person != goal->person)) {
      fail_inconsistent(at("measures", i) + ".responsible", "not a team member of the person");
    }
  }
  for (std::size_t i = 0; i < store.meetings.size(); ++i) {
    for (const Id participant : store.meetings[i].participants) {
      const TeamMember* member = store.find_team_member(participant);
      if (member == nullptr || member->person != store.meetings[i].person) {
        fail_inconsistent(at("meetings", i) + ".participants", "not a team member of the person");
      }
    }
  }
  IdMap<bool> surveyed;
  for (std::size_t i = 0; i < store.quality_surveys.size(); ++i) {
    const QualitySurvey& survey = store.quality_surveys[i];
    const Meeting* meeting = store.find_meeting(survey.meeting);
    if (meeting == nullptr || meeting->person != survey.person || meeting->type != MeetingType::Evaluation) {
      fail_inconsistent(at("quality_surveys", i) + ".meeting", "not an evaluation meeting of the person");
    }
    if (!surveyed.try_emplace(survey.meeting, true).second) fail_inconsistent(at("quality_surveys", i) + ".meeting", "a second survey");
  }
  for (std::size_t i = 0; i < store.psfs_conversations.size(); ++i) {
    for (const PsfsScore& score : store.psfs_conversations[i].scores) {
      const PsfsActivity* activity = store.find_psfs_activity(score.activity);
      if (activity == nullptr || activity->person != store.psfs_conversations[i].person) {
        fail_inconsistent(at("psfs_conversations", i) + ".scores", "not an activity of the person");
      }
    }
  }
  for (std::size_t i = 0; i < store.audit.size(); ++i) {
    if (store.audit[i].seq != i + 1) fail_inconsistent(at("audit", i) + ".seq", "not in sequence");
    if (store.audit[i].subject != kNoId && store.find_person(store.audit[i].subject) == nullptr) {
      fail_inconsistent(at("audit", i) + ".subject", "no such person");
    }
  }
}

// [SECTION] The reader
namespace {

// The current schema's store read straight from the text (json_reader.hpp), with the same
// checks; the audit entries' commands are still read as small trees (decode_command).
Store read_store(JsonReader& r) {
  Store store;
  std::size_t collections = 0;
  for_each_collection(store, [&](const char*, auto&) { ++collections; });
  const std::size_t members = 4 + collections;  // id_counters, risk_rules, cases, audit, collections
  std::uint32_t seen = 0;                        // the members read, by bit
  const auto once = [&](std::size_t bit) {
    if (seen & (1u << bit)) JsonReader::refuse();  // listed twice
    seen |= 1u << bit;
  };
  r.begin_object();
  std::string scratch;
  std::string_view key;
  for (bool first = true; r.next_key(first, key, scratch);) {
    if (key == "id_counters") {
      once(0);
      read(r, store.id_counters);
    } else if (key == "risk_rules") {
      once(1);
      read(r, store.risk_rules);
    } else if (key == "cases") {
      once(2);
      read(r, store.cases);
    } else if (key == "audit") {
      once(3);
      r.begin_array();
      for (bool first_entry = true; r.next_item(first_entry);) {
        store.audit.push_back(decode_audit_text(r.raw_value(), store.audit.size()));
      }
    } else {
      std::size_t bit = 4;
      bool known = false;
      for_each_collection(store, [&](const char* name, auto& items) {
        const std::size_t this_bit = bit++;
        if (known || key != name) return;
        known = true;
        once(this_bit);
        read(r, items);
      });
      if (!known) r.raw_value();
    }
  }
  if (seen != (1u << members) - 1) JsonReader::refuse();  // a member is missing
  check_values(store);
  check_consistency(store);
  return store;
}

}  // namespace

std::optional<Store> read_current_backup(std::string_view text, std::optional<BackupOrigin>* origin) {
  try {
    JsonReader r(text);
    r.begin_object();
    bool format = false, schema = false;
    std::optional<Store> store;
    std::optional<std::string_view> made;
    std::string scratch;
    std::string_view key;
    for (bool first = true; r.next_key(first, key, scratch);) {
      if (key == "format") {
        std::string value;
        r.string(value);
        if (format || value != kBackupFormat) return std::nullopt;
        format = true;
      } else if (key == "schema_version") {
        // Another version is migrated on the tree.
        if (schema || r.unsigned_integer() != static_cast<std::uint64_t>(kSchemaVersion)) return std::nullopt;
        schema = true;
      } else if (key == "store") {
        if (store || !format || !schema) return std::nullopt;
        store = read_store(r);
      } else if (key == "made") {
        if (made) return std::nullopt;
        made = r.raw_value();
      } else {
        r.raw_value();
      }
    }
    r.end();
    if (!store) return std::nullopt;
    if (origin) *origin = made ? read_origin_text(*made) : std::nullopt;
    return store;
  } catch (const ReadRefused&) {
    return std::nullopt;
  } catch (const DecodeFailure&) {
    return std::nullopt;
  }
}

}  // namespace opp::codec
