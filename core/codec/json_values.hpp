// Internal to core/codec: field-by-field JSON encoding and path-reporting decoding of records.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "core/domain/enum_names.hpp"
#include "core/codec/json_codec.hpp"
#include "core/codec/json_text.hpp"
#include "core/commands/command_schema.hpp"

namespace opp::codec {

// Thrown inside the codec only; the public functions catch it and return a DecodeError.
struct DecodeFailure {
  DecodeError error;
};
[[noreturn]] inline void fail(const char* key, std::string detail) { throw DecodeFailure{{key, std::move(detail)}}; }
[[noreturn]] inline void fail_invalid(const std::string& path, const char* what) {
  fail("import.error.invalid", path + ": " + what);
}

// Dumps without throwing on invalid UTF-8 (replaced by U+FFFD).
inline std::string dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The nested records and entities: their fields by member pointer (schemas live in entity_schema.hpp).
template <typename T>
struct RecordSchema;
template <typename T>
concept Record = requires { RecordSchema<T>::fields(); };

// [SECTION] Encoding
inline Json encode(const std::string& value) { return value; }
inline Json encode(Date value) { return to_iso(value); }
inline Json encode(Timestamp value) { return to_iso(value); }
inline Json encode(bool value) { return value; }
inline Json encode(int value) { return value; }
inline Json encode(std::uint64_t value) { return value; }
template <NamedEnum E>
Json encode(E value) {
  return std::string(enum_name(value));
}
template <Record T>
Json encode(const T& record);
template <typename T>
Json encode(const std::vector<T>& values) {
  Json array = Json::array();
  for (const T& value : values) array.push_back(encode(value));
  return array;
}
template <typename T>
Json encode(const Table<T>& table) {
  return encode(table.items());
}
inline Json encode(Hlc clock) { return Json{{"ms", clock.ms}, {"counter", clock.counter}}; }
// [{"device": 0, "last": 20}, …], in device order.
inline Json encode(const IdCounters& counters) {
  Json array = Json::array();
  for (const auto& [device, last] : counters) array.push_back(Json{{"device", device}, {"last", last}});
  return array;
}

// Writes every field of the schema; absent optionals are omitted (never null).
template <typename Schema, typename T>
Json encode_fields(const T& record) {
  Json object = Json::object();
  for_each_field<Schema>([&](const auto& f) {
    const auto& value = record.*(f.member);
    if constexpr (requires { value.has_value(); }) {
      if (value.has_value()) object[f.name] = encode(*value);
    } else {
      object[f.name] = encode(value);
    }
  });
  return object;
}
template <Record T>
Json encode(const T& record) {
  return encode_fields<RecordSchema<T>>(record);
}

// [SECTION] Decoding (each function names the JSON path in its failure)
inline void decode(const Json& json, const std::string& path, std::string& out) {
  if (!json.is_string()) fail_invalid(path, "expected a string");
  out = json.get<std::string>();
}
inline void decode(const Json& json, const std::string& path, Date& out) {
  if (!json.is_string()) fail_invalid(path, "expected a date string");
  const auto parsed = parse_iso_date(json.get_ref<const std::string&>());
  if (!parsed) fail_invalid(path, "invalid date");
  out = *parsed;
}
inline void decode(const Json& json, const std::string& path, Timestamp& out) {
  if (!json.is_string()) fail_invalid(path, "expected a timestamp string");
  const auto parsed = parse_iso_timestamp(json.get_ref<const std::string&>());
  if (!parsed) fail_invalid(path, "invalid timestamp");
  // Timestamps are save times, and the hybrid clock derived from them counts from 1970: an
  // earlier one was never written by the app (found by fuzzing: it decoded, then failed to load).
  if (parsed->ms_since_epoch < 0) fail_invalid(path, "a save time before 1970");
  out = *parsed;
}
inline void decode(const Json& json, const std::string& path, bool& out) {
  if (!json.is_boolean()) fail_invalid(path, "expected true or false");
  out = json.get<bool>();
}
inline void decode(const Json& json, const std::string& path, int& out) {
  if (json.is_number_unsigned()) {
    if (json.get<std::uint64_t>() > static_cast<std::uint64_t>(INT_MAX)) fail_invalid(path, "number too large");
    out = static_cast<int>(json.get<std::uint64_t>());
  } else if (json.is_number_integer()) {
    const std::int64_t value = json.get<std::int64_t>();
    if (value < INT_MIN || value > INT_MAX) fail_invalid(path, "number out of range");
    out = static_cast<int>(value);
  } else {
    fail_invalid(path, "expected an integer");
  }
}
inline void decode(const Json& json, const std::string& path, std::uint64_t& out) {
  if (!json.is_number_unsigned()) fail_invalid(path, "expected a non-negative integer");
  out = json.get<std::uint64_t>();
}
template <NamedEnum E>
void decode(const Json& json, const std::string& path, E& out) {
  if (!json.is_string()) fail_invalid(path, "expected a string");
  const auto parsed = enum_from_name<E>(json.get_ref<const std::string&>());
  if (!parsed) fail_invalid(path, "unknown value");
  out = *parsed;
}
template <Record T>
void decode(const Json& json, const std::string& path, T& out);
template <typename T>
void decode(const Json& json, const std::string& path, std::vector<T>& out) {
  if (!json.is_array()) fail_invalid(path, "expected an array");
  out.clear();
  out.reserve(json.size());
  std::size_t index = 0;
  for (const Json& item : json) {
    T value{};
    decode(item, path + "[" + std::to_string(index++) + "]", value);
    out.push_back(std::move(value));
  }
}

template <typename T>
void decode(const Json& json, const std::string& path, Table<T>& out) {
  std::vector<T> items;
  decode(json, path, items);
  out.assign(std::move(items));
}
inline void decode(const Json& json, const std::string& path, std::uint32_t& out) {
  // Integer JSON built in memory (a migration) is signed; parsed text is unsigned: accept both.
  if (!json.is_number_integer() || json.get<std::int64_t>() < 0 || json.get<std::uint64_t>() > 0xFFFFFFFFull) {
    fail_invalid(path, "expected a non-negative 32-bit integer");
  }
  out = static_cast<std::uint32_t>(json.get<std::uint64_t>());
}
inline void decode(const Json& json, const std::string& path, Hlc& out) {
  if (!json.is_object()) fail_invalid(path, "expected an object");
  const auto ms = json.find("ms");
  if (ms == json.end() || !ms->is_number_integer() || ms->get<std::int64_t>() < 0) {
    fail_invalid(path + ".ms", "expected a non-negative integer");
  }
  out.ms = ms->get<std::int64_t>();
  const auto counter = json.find("counter");
  if (counter == json.end()) fail_invalid(path + ".counter", "missing");
  decode(*counter, path + ".counter", out.counter);
}
inline void decode(const Json& json, const std::string& path, IdCounters& out) {
  if (!json.is_array()) fail_invalid(path, "expected an array");
  out.clear();
  for (std::size_t i = 0; i < json.size(); ++i) {
    const std::string item_path = path + "[" + std::to_string(i) + "]";
    if (!json[i].is_object()) fail_invalid(item_path, "expected an object");
    DeviceId device = 0;
    std::uint32_t last = 0;
    const auto d = json[i].find("device");
    const auto l = json[i].find("last");
    if (d == json[i].end()) fail_invalid(item_path + ".device", "missing");
    if (l == json[i].end()) fail_invalid(item_path + ".last", "missing");
    decode(*d, item_path + ".device", device);
    decode(*l, item_path + ".last", last);
    if (!valid_device(device)) fail_invalid(item_path + ".device", "not a device number");
    if (!out.emplace(device, last).second) fail_invalid(item_path + ".device", "listed twice");
  }
}

// Reads every field of the schema; a missing (or null) optional is absent, any other missing field fails.
template <typename Schema, typename T>
void decode_fields(const Json& json, const std::string& path, T& out) {
  if (!json.is_object()) fail_invalid(path, "expected an object");
  for_each_field<Schema>([&](const auto& f) {
    auto& value = out.*(f.member);
    const std::string field_path = path.empty() ? std::string(f.name) : path + "." + f.name;
    const auto it = json.find(f.name);
    if constexpr (requires { value.has_value(); }) {
      if (it == json.end() || it->is_null()) {
        value.reset();
      } else {
        value.emplace();
        decode(*it, field_path, *value);
      }
    } else {
      if (it == json.end()) {
        if (f.since > 0) return;  // written before the field existed: keep the default
        fail_invalid(field_path, "missing");
      }
      decode(*it, field_path, value);
    }
  });
}
template <Record T>
void decode(const Json& json, const std::string& path, T& out) {
  decode_fields<RecordSchema<T>>(json, path, out);
}

// The member of an object, or a failure naming the path.
inline const Json& member(const Json& object, const char* key, const std::string& path) {
  const auto it = object.find(key);
  if (it == object.end()) fail_invalid(path.empty() ? std::string(key) : path + "." + key, "missing");
  return *it;
}

// Upgrades a store object written by schema `from_version` to kSchemaVersion (migrations.cpp).
void migrate_store(Json& store, int from_version);
// 3 → 4, after decoding, from the audit trail: accepted referrals open their cases and coordinators
// chosen at triage get their appointment date, in the order things happened, as replaying the
// journal with today's commands does (core/rules/case_flow.hpp: open_case_for_referral).
void migrate_store_3_to_4(Store& store);

// Command JSON by type name (command_json.cpp); an audit entry's command as the backup writes it.
Json encode_command(const Command& command);
Json encode_command(const RecordedCommand& command);
Command decode_command(const std::string& type, const Json& json, const std::string& path);

}  // namespace opp::codec
