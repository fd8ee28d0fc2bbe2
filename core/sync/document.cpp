#include "core/sync/document.hpp"

#include <sodium.h>

#include <cinttypes>
#include <limits>
#include <optional>
#include <cstdio>
#include <string>

#include "core/codec/json_text.hpp"

namespace opp::sync {

namespace {

using codec::Json;

Decoded<SyncedChange> refuse(const char* key, std::string detail) {
  Decoded<SyncedChange> result;
  result.error = {key, std::move(detail)};
  return result;
}

std::string to_base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.pop_back();  // the terminating NUL
  return out;
}

bool from_base64(std::string_view text, std::string& out) {
  out.assign(text.size() / 4 * 3 + 3, '\0');
  std::size_t size = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &size, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return false;
  }
  out.resize(size);
  return true;
}

// A non-negative integer member that fits `T`, or nullopt.
template <typename T>
std::optional<T> unsigned_member(const Json& object, const char* name) {
  const auto found = object.find(name);
  if (found == object.end() || !found->is_number_unsigned()) return std::nullopt;
  const std::uint64_t value = found->get<std::uint64_t>();
  if (value > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return std::nullopt;
  return static_cast<T>(value);
}

}  // namespace

std::string document_id(DeviceId device, Hlc clock) {
  char id[64];
  std::snprintf(id, sizeof id, "change-%06" PRIx32 "-%012" PRIx64 "-%08" PRIx32, device,
                static_cast<std::uint64_t>(clock.ms), clock.counter);
  return id;
}

std::string seal_change(const storage::SecretKey& team_key, const SyncedChange& change,
                        const storage::RandomFill& random) {
  const CommandRecord& record = change.record;
  const std::string id = document_id(record.device, record.clock);
  const std::string payload = "{\"ids\":" + std::to_string(change.ids_after) + ",\"record\":" + to_journal_json(record) + "}";
  Json document = Json::object();
  document["_id"] = id;
  document["type"] = "change";
  document["v"] = kDocumentVersion;
  document["device"] = record.device;
  document["clock"] = {{"ms", record.clock.ms}, {"counter", record.clock.counter}};
  document["sealed"] = to_base64(storage::seal(team_key, id, payload, random));
  return document.dump();
}

Decoded<SyncedChange> open_change(const storage::SecretKey& team_key, std::string_view text) {
  const Json document = codec::parse_json(text);
  if (document.is_discarded() || !document.is_object()) return refuse(kErrorNotAChange, "not a JSON object");
  if (document.value("type", std::string()) != "change") return refuse(kErrorNotAChange, "type is not \"change\"");
  const auto version = unsigned_member<int>(document, "v");
  if (!version || *version < 1) return refuse(kErrorNotAChange, "no version");
  if (*version > kDocumentVersion) return refuse(kErrorNewerVersion, "version " + std::to_string(*version));
  const auto id = document.find("_id");
  const auto device = unsigned_member<DeviceId>(document, "device");
  const auto clock = document.find("clock");
  const auto sealed = document.find("sealed");
  if (id == document.end() || !id->is_string() || !device || !valid_device(*device) || clock == document.end() ||
      !clock->is_object() || sealed == document.end() || !sealed->is_string()) {
    return refuse(kErrorNotAChange, "_id, device, clock or sealed missing");
  }
  const auto ms = unsigned_member<std::int64_t>(*clock, "ms");
  const auto counter = unsigned_member<std::uint32_t>(*clock, "counter");
  if (!ms || !counter) return refuse(kErrorNotAChange, "clock");
  const Hlc at{*ms, *counter};
  const std::string& doc_id = id->get_ref<const std::string&>();
  if (doc_id != document_id(*device, at)) return refuse(kErrorMismatch, "the id does not name its device and clock");

  std::string bytes;
  if (!from_base64(sealed->get_ref<const std::string&>(), bytes)) return refuse(kErrorNotAChange, "sealed is not base64");
  const std::optional<std::string> payload = storage::open_sealed(team_key, doc_id, bytes);
  if (!payload) return refuse(kErrorWrongKey, doc_id);

  const Json inner = codec::parse_json(*payload);
  if (inner.is_discarded() || !inner.is_object()) return refuse(kErrorNotAChange, "the sealed change is not JSON");
  const auto ids = unsigned_member<std::uint32_t>(inner, "ids");
  const auto record_json = inner.find("record");
  if (!ids || record_json == inner.end() || !record_json->is_object()) return refuse(kErrorNotAChange, "ids or record");
  Decoded<CommandRecord> record = from_journal_json(record_json->dump());
  if (!record.ok()) return refuse(kErrorNotAChange, record.error.detail);
  if (record.value->device != *device || record.value->clock != at) {
    return refuse(kErrorMismatch, "the sealed change is another device's or time's");
  }
  Decoded<SyncedChange> result;
  result.value = SyncedChange{std::move(*record.value), *ids};
  return result;
}

}  // namespace opp::sync
