// The backup document: the whole store as canonical JSON, and a decoder that refuses anything inconsistent.
#include <algorithm>
#include <functional>
#include <limits>

#include "core/codec/entity_schema.hpp"
#include "core/codec/backup_store.hpp"
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
  object["command"] = encode_command(entry.command);
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
  entry.command = RecordedCommand(decode_command(entry.command_type, member(json, "command", path), path + ".command"));
  return entry;
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

AuditEntry decode_audit_text(std::string_view text, std::size_t index) {
  return decode_audit(parse_json(text), "store.audit[" + std::to_string(index) + "]");
}

std::optional<BackupOrigin> read_origin_text(std::string_view text) { return read_origin(parse_json(text)); }

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
