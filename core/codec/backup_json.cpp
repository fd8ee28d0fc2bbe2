// The backup document: the whole store as canonical JSON, and a decoder that refuses anything inconsistent.
#include <algorithm>
#include <functional>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/codec/entity_schema.hpp"
#include "core/codec/json_reader.hpp"

namespace opp {
namespace codec {
namespace {

// [SECTION] Store ↔ JSON
Json encode_audit(const AuditEntry& entry) {
  Json object = Json::object();
  object["seq"] = entry.seq;
  object["at"] = encode(entry.at);
  object["author"] = entry.author;
  object["device"] = entry.device;
  object["clock"] = encode(entry.clock);
  object["type"] = entry.command_type;
  object["subject"] = entry.subject;
  const Json command = parse_json(entry.command_json);
  object["command"] = command.is_discarded() ? Json::object() : command;
  return object;
}

AuditEntry decode_audit(const Json& json, const std::string& path) {
  if (!json.is_object()) fail_invalid(path, "expected an object");
  AuditEntry entry;
  decode(member(json, "seq", path), path + ".seq", entry.seq);
  decode(member(json, "at", path), path + ".at", entry.at);
  decode(member(json, "author", path), path + ".author", entry.author);
  decode(member(json, "device", path), path + ".device", entry.device);
  if (!valid_device(entry.device)) fail_invalid(path + ".device", "not a device number");
  decode(member(json, "clock", path), path + ".clock", entry.clock);
  decode(member(json, "type", path), path + ".type", entry.command_type);
  decode(member(json, "subject", path), path + ".subject", entry.subject);
  // Decoding and re-encoding checks the command and keeps command_json canonical.
  entry.command_json =
      dump(encode_command(decode_command(entry.command_type, member(json, "command", path), path + ".command")));
  return entry;
}

// The collections in the order they are written, so one list serves encoding and decoding.
template <typename S, typename F>
void for_each_collection(S& store, F&& f) {
  f("persons", store.persons);
  f("referrals", store.referrals);
  f("consents", store.consents);
  f("team_members", store.team_members);
  f("goals", store.goals);
  f("measures", store.measures);
  f("meetings", store.meetings);
  f("psfs_activities", store.psfs_activities);
  f("psfs_conversations", store.psfs_conversations);
  f("measurements", store.measurements);
  f("relay_log", store.relay_log);
  f("practitioners", store.practitioners);
  f("admissions", store.admissions);
  f("quality_surveys", store.quality_surveys);
}

// [SECTION] Consistency: what types alone cannot say
[[noreturn]] void fail_inconsistent(const std::string& path, const char* what) {
  fail("import.error.inconsistent", path + ": " + what);
}

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
    const std::string path = "store.quality_surveys[" + std::to_string(i) + "].answers";
    if (answers.size() != static_cast<std::size_t>(kQualityItems)) fail_invalid(path, "expected 5 answers");
    for (const int a : answers) {
      if (a < 0 || a > 5) fail_invalid(path, "out of range 0..5");
    }
  }
}

// Indexed look-ups (a backup may hold tens of thousands of entities: no quadratic scans).
struct Index {
  std::unordered_map<Id, const Person*> persons;
  std::unordered_map<Id, const Goal*> goals;
  std::unordered_map<Id, const TeamMember*> team_members;
  std::unordered_map<Id, const PsfsActivity*> activities;

  template <typename T>
  static const T* find(const std::unordered_map<Id, const T*>& map, Id id) {
    const auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
  }
};

void check_consistency(const Store& store) {
  // Ids are unique across all collections, and each was handed out by its device's counter: a
  // counter behind an id it already gave would hand that id out again.
  std::unordered_set<Id> ids;
  const auto check_handed_out = [&](const std::string& path, Id id) {
    if (counter_of(id) == 0) fail_inconsistent(path, "id without a counter");
    if (!valid_device(device_of(id))) fail_inconsistent(path, "not a device's id");
    if (!ids.insert(id).second) fail_inconsistent(path, "duplicate id");
    const auto counter = store.id_counters.find(device_of(id));
    if (counter == store.id_counters.end() || counter->second < counter_of(id)) {
      fail_inconsistent("store.id_counters", ("behind " + path).c_str());
    }
  };
  for_each_collection(store, [&](const char* name, const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      check_handed_out(std::string("store.") + name + "[" + std::to_string(i) + "].id", items[i].id);
    }
  });

  Index index;
  for (const Person& p : store.persons) index.persons.emplace(p.id, &p);
  for (const Goal& g : store.goals) index.goals.emplace(g.id, &g);
  for (const TeamMember& m : store.team_members) index.team_members.emplace(m.id, &m);
  for (const PsfsActivity& a : store.psfs_activities) index.activities.emplace(a.id, &a);

  const auto at = [](const char* name, std::size_t i) {
    return std::string("store.") + name + "[" + std::to_string(i) + "]";
  };
  const auto check_persons = [&](const char* name, const auto& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (Index::find(index.persons, items[i].person) == nullptr) fail_inconsistent(at(name, i) + ".person", "no such person");
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
  std::unordered_set<Id> case_ids;
  std::unordered_set<Id> open_cases;
  for (std::size_t i = 0; i < store.cases.size(); ++i) {
    const Case& c = store.cases[i];
    const std::string path = at("cases", i);
    if (!case_ids.insert(c.id).second) fail_inconsistent(path + ".id", "duplicate id");
    if (c.referral != kNoId) {
      const Referral* referral = store.find_referral(c.referral);
      if (c.id != c.referral || referral == nullptr || referral->person != c.person) {
        fail_inconsistent(path + ".referral", "not an accepted referral of the person with the case's id");
      }
    } else {
      check_handed_out(path + ".id", c.id);
    }
    if (c.history.empty() || c.history.back().stage != c.stage) fail_inconsistent(path + ".history", "does not end in the case's stage");
    if (c.open() && !open_cases.insert(c.person).second) fail_inconsistent(path + ".stage", "a second open case of the person");
  }

  for (std::size_t i = 0; i < store.goals.size(); ++i) {
    const Goal& goal = store.goals[i];
    if (goal.parent == kNoId) continue;
    const Goal* parent = Index::find(index.goals, goal.parent);
    if (parent == nullptr || parent->person != goal.person || parent->parent != kNoId) {
      fail_inconsistent(at("goals", i) + ".parent", "not a main goal of the same person");
    }
  }
  for (std::size_t i = 0; i < store.measures.size(); ++i) {
    const Measure& measure = store.measures[i];
    const Goal* goal = Index::find(index.goals, measure.goal);
    if (goal == nullptr) fail_inconsistent(at("measures", i) + ".goal", "no such goal");
    const TeamMember* responsible = Index::find(index.team_members, measure.responsible);
    if (measure.responsible != kNoId && (responsible == nullptr || responsible->person != goal->person)) {
      fail_inconsistent(at("measures", i) + ".responsible", "not a team member of the person");
    }
  }
  for (std::size_t i = 0; i < store.meetings.size(); ++i) {
    for (const Id participant : store.meetings[i].participants) {
      const TeamMember* member = Index::find(index.team_members, participant);
      if (member == nullptr || member->person != store.meetings[i].person) {
        fail_inconsistent(at("meetings", i) + ".participants", "not a team member of the person");
      }
    }
  }
  std::unordered_set<Id> surveyed;
  for (std::size_t i = 0; i < store.quality_surveys.size(); ++i) {
    const QualitySurvey& survey = store.quality_surveys[i];
    const Meeting* meeting = store.find_meeting(survey.meeting);
    if (meeting == nullptr || meeting->person != survey.person || meeting->type != MeetingType::Evaluation) {
      fail_inconsistent(at("quality_surveys", i) + ".meeting", "not an evaluation meeting of the person");
    }
    if (!surveyed.insert(survey.meeting).second) fail_inconsistent(at("quality_surveys", i) + ".meeting", "a second survey");
  }
  for (std::size_t i = 0; i < store.psfs_conversations.size(); ++i) {
    for (const PsfsScore& score : store.psfs_conversations[i].scores) {
      const PsfsActivity* activity = Index::find(index.activities, score.activity);
      if (activity == nullptr || activity->person != store.psfs_conversations[i].person) {
        fail_inconsistent(at("psfs_conversations", i) + ".scores", "not an activity of the person");
      }
    }
  }
  for (std::size_t i = 0; i < store.audit.size(); ++i) {
    if (store.audit[i].seq != i + 1) fail_inconsistent(at("audit", i) + ".seq", "not in sequence");
    if (store.audit[i].subject != kNoId && Index::find(index.persons, store.audit[i].subject) == nullptr) {
      fail_inconsistent(at("audit", i) + ".subject", "no such person");
    }
  }
}

Store decode_store(const Json& json) {
  if (!json.is_object()) fail_invalid("store", "expected an object");
  Store store;
  decode(member(json, "id_counters", "store"), "store.id_counters", store.id_counters);
  decode(member(json, "risk_rules", "store"), "store.risk_rules", store.risk_rules);
  for_each_collection(store, [&](const char* name, auto& items) {
    decode(member(json, name, "store"), std::string("store.") + name, items);
  });
  decode(member(json, "cases", "store"), "store.cases", store.cases);
  const Json& audit = member(json, "audit", "store");
  if (!audit.is_array()) fail_invalid("store.audit", "expected an array");
  store.audit.reserve(audit.size());
  for (std::size_t i = 0; i < audit.size(); ++i) {
    store.audit.push_back(decode_audit(audit[i], "store.audit[" + std::to_string(i) + "]"));
  }
  check_values(store);
  check_consistency(store);
  return store;
}

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
  std::string key;
  for (bool first = true; r.next_key(first, key);) {
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
        const Json entry = parse_json(r.raw_value());
        store.audit.push_back(decode_audit(entry, "store.audit[" + std::to_string(store.audit.size()) + "]"));
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

// Who made a backup file ("made"); a damaged one only loses that line.
std::optional<BackupOrigin> read_origin(const Json& made) {
  if (!made.is_object()) return std::nullopt;
  try {
    BackupOrigin read;
    decode(member(made, "at", "made"), "made.at", read.at);
    const auto by = made.find("by");
    if (by != made.end() && by->is_string()) read.by = by->get<std::string>();
    const auto device = made.find("device");
    if (device != made.end() && device->is_number_unsigned()) read.device = device->get<DeviceId>();
    return read;
  } catch (const DecodeFailure&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Store> read_current_backup(std::string_view text, std::optional<BackupOrigin>* origin) {
  try {
    JsonReader r(text);
    r.begin_object();
    bool format = false, schema = false;
    std::optional<Store> store;
    std::optional<std::string_view> made;
    std::string key;
    for (bool first = true; r.next_key(first, key);) {
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
    if (origin) *origin = made ? read_origin(parse_json(*made)) : std::nullopt;
    return store;
  } catch (const ReadRefused&) {
    return std::nullopt;
  } catch (const DecodeFailure&) {
    return std::nullopt;
  }
}

}  // namespace codec

namespace {

codec::Json backup_document(const Store& store) {
  using codec::Json;
  Json body = Json::object();
  body["id_counters"] = codec::encode(store.id_counters);
  body["risk_rules"] = codec::encode(store.risk_rules);
  codec::for_each_collection(store, [&](const char* name, const auto& items) {
    body[name] = codec::encode(items);
  });
  body["cases"] = codec::encode(store.cases);
  Json audit = Json::array();
  for (const AuditEntry& entry : store.audit) audit.push_back(codec::encode_audit(entry));
  body["audit"] = std::move(audit);

  Json document = Json::object();
  document["format"] = kBackupFormat;
  document["schema_version"] = kSchemaVersion;
  document["store"] = std::move(body);
  return document;
}

}  // namespace

namespace {

// The "made" member (read back by codec::read_origin).
codec::Json encode_origin(const BackupOrigin& made) {
  return {{"at", codec::encode(made.at)}, {"by", made.by}, {"device", made.device}};
}

// Written record by record: the whole document as one tree would take several times the text's
// memory (some 6 GB natively at 100,000 persons), more than the browser gives the app.
std::string encode_whole(const Store& store, const BackupOrigin* made) {
  BackupEncoder encoder(store, made);
  encoder.step(std::numeric_limits<std::size_t>::max());
  return encoder.take();
}

}  // namespace

// The document tree, kept as the reference the encoder is tested against (json_reader.hpp).
std::string codec::to_backup_json_tree(const Store& store, const BackupOrigin* made) {
  codec::Json document = backup_document(store);
  if (made) document["made"] = encode_origin(*made);
  return codec::dump(document);
}

std::string to_backup_json(const Store& store) { return encode_whole(store, nullptr); }

// One member of "store": an array written element by element, or a small value written whole.
struct BackupEncoder::Part {
  std::string name;
  std::size_t count = 1;
  bool array = true;
  std::function<void(std::size_t, std::string&)> append;  // element i (or the whole value)
};

BackupEncoder::BackupEncoder(const Store& store, const BackupOrigin* made) {
  using codec::Json;
  // The members in the order backup_document() inserts them (codec::Json keeps that order).
  parts_.push_back({"id_counters", 1, false,
                    [&store](std::size_t, std::string& out) { out += codec::dump(codec::encode(store.id_counters)); }});
  parts_.push_back({"risk_rules", 1, false,
                    [&store](std::size_t, std::string& out) { out += codec::dump(codec::encode(store.risk_rules)); }});
  codec::for_each_collection(store, [&](const char* name, const auto& items) {
    parts_.push_back({name, items.size(), true, [&items](std::size_t i, std::string& out) {
                        out += codec::dump(codec::encode(items.items()[i]));
                      }});
  });
  parts_.push_back({"cases", store.cases.size(), true, [&store](std::size_t i, std::string& out) {
                      out += codec::dump(codec::encode(store.cases.items()[i]));
                    }});
  parts_.push_back({"audit", store.audit.size(), true,
                    [&store](std::size_t i, std::string& out) { out += codec::dump(codec::encode_audit(store.audit[i])); }});
  if (made) {  // beside "store", last (where backup_document()'s caller adds it)
    made_ = codec::dump(encode_origin(*made));
  }
  for (const Part& part : parts_) total_ += part.count;
  out_ = "{\"format\":" + codec::dump(Json(kBackupFormat)) + ",\"schema_version\":" + std::to_string(kSchemaVersion) +
         ",\"store\":{";
}

BackupEncoder::~BackupEncoder() = default;

bool BackupEncoder::step(std::size_t records) {
  records = std::max<std::size_t>(records, 1);
  while (records > 0 && part_ < parts_.size()) {
    const Part& part = parts_[part_];
    if (!opened_) {
      if (part_ > 0) out_ += ',';
      out_ += codec::dump(codec::Json(part.name));
      out_ += part.array ? ":[" : ":";
      opened_ = true;
    }
    while (index_ < part.count && records > 0) {
      if (part.array && index_ > 0) out_ += ',';
      part.append(index_, out_);
      ++index_;
      ++encoded_;
      --records;
    }
    if (index_ == part.count) {
      if (part.array) out_ += ']';
      ++part_;
      index_ = 0;
      opened_ = false;
    }
  }
  if (part_ == parts_.size() && !done_) {
    out_ += '}';
    if (!made_.empty()) out_ += ",\"made\":" + made_;
    out_ += '}';
    done_ = true;
  }
  return done_;
}

std::string to_backup_json(const Store& store, const BackupOrigin& made) { return encode_whole(store, &made); }

Decoded<Store> from_backup_json(std::string_view text, std::optional<BackupOrigin>* origin) {
  if (std::optional<Store> read = codec::read_current_backup(text, origin)) {
    Decoded<Store> result;
    result.value = std::move(read);
    return result;
  }
  return codec::from_backup_json_tree(text, origin);
}

Decoded<Store> codec::from_backup_json_tree(std::string_view text, std::optional<BackupOrigin>* origin) {
  Decoded<Store> result;
  try {
    const Json document = codec::parse_json(text);
    if (document.is_discarded()) {
      result.error = {"import.error.not_json", "the file is not valid JSON"};
      return result;
    }
    const auto format = document.is_object() ? document.find("format") : document.end();
    if (!document.is_object() || format == document.end() || !format->is_string() || *format != kBackupFormat) {
      result.error = {"import.error.format", "format is not \"" + std::string(kBackupFormat) + "\""};
      return result;
    }
    const auto version = document.find("schema_version");
    if (version == document.end() || !version->is_number_unsigned() || version->get<std::uint64_t>() < 1 ||
        version->get<std::uint64_t>() > static_cast<std::uint64_t>(kSchemaVersion)) {
      result.error = {"import.error.schema_version",
                      "schema_version " + (version == document.end() ? std::string("missing") : codec::dump(*version)) +
                          ", this version reads 1.." + std::to_string(kSchemaVersion)};
      return result;
    }
    if (origin) {
      const auto made = document.find("made");
      *origin = made != document.end() ? codec::read_origin(*made) : std::nullopt;
    }
    const auto schema = static_cast<int>(version->get<std::uint64_t>());
    if (schema == kSchemaVersion) {
      result.value = codec::decode_store(codec::member(document, "store", ""));
    } else {
      Json store = codec::member(document, "store", "");
      codec::migrate_store(store, schema);
      result.value = codec::decode_store(store);
      if (schema < 4) codec::migrate_store_3_to_4(*result.value);
    }
  } catch (const codec::DecodeFailure& failure) {
    result.error = failure.error;
  } catch (const std::exception& e) {
    result.error = {"import.error.invalid", e.what()};
  }
  return result;
}

}  // namespace opp
