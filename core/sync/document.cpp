#include "core/sync/document.hpp"

#include <sodium.h>

#include <algorithm>
#include <cinttypes>
#include <limits>
#include <optional>
#include <cstdio>
#include <string>

#include "core/codec/json_text.hpp"
#include "core/storage/repository.hpp"

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

namespace {

std::string base_id(std::size_t part) {
  char id[32];
  std::snprintf(id, sizeof id, "base-%06zu", part);
  return id;
}

Decoded<Store> refuse_base(const char* key, std::string detail) {
  Decoded<Store> result;
  result.error = {key, std::move(detail)};
  return result;
}

}  // namespace

std::vector<std::string> seal_base(const storage::SecretKey& team_key, const Store& base,
                                   const storage::RandomFill& random, std::size_t part_bytes) {
  const std::string bytes = storage::compressed_snapshot(base);
  part_bytes = std::max<std::size_t>(part_bytes, 1);
  const std::size_t parts = std::max<std::size_t>(1, (bytes.size() + part_bytes - 1) / part_bytes);
  std::vector<std::string> documents;
  for (std::size_t part = 1; part <= parts; ++part) {
    const std::string id = base_id(part);
    // "<parts>\n" then the part's bytes: the count is sealed with each part.
    const std::string payload = std::to_string(parts) + "\n" +
                                bytes.substr((part - 1) * part_bytes, part_bytes);
    Json document = Json::object();
    document["_id"] = id;
    document["type"] = "base";
    document["v"] = kDocumentVersion;
    document["part"] = part;
    document["parts"] = parts;
    document["sealed"] = to_base64(storage::seal(team_key, id, payload, random));
    documents.push_back(document.dump());
  }
  return documents;
}

Decoded<Store> open_base(const storage::SecretKey& team_key, const std::vector<std::string>& parts) {
  std::vector<std::optional<std::string>> ordered;
  std::size_t count = 0;
  for (const std::string& text : parts) {
    const Json document = codec::parse_json(text);
    if (document.is_discarded() || !document.is_object() || document.value("type", std::string()) != "base") {
      return refuse_base(kErrorNotAChange, "not a part of the team's base");
    }
    const auto version = unsigned_member<int>(document, "v");
    if (!version || *version < 1) return refuse_base(kErrorNotAChange, "no version");
    if (*version > kDocumentVersion) return refuse_base(kErrorNewerVersion, "version " + std::to_string(*version));
    const auto part = unsigned_member<std::size_t>(document, "part");
    const auto id = document.find("_id");
    const auto sealed = document.find("sealed");
    if (!part || *part == 0 || id == document.end() || !id->is_string() || sealed == document.end() || !sealed->is_string()) {
      return refuse_base(kErrorNotAChange, "part, _id or sealed missing");
    }
    if (id->get_ref<const std::string&>() != base_id(*part)) return refuse_base(kErrorMismatch, "the id does not name its part");
    std::string bytes;
    if (!from_base64(sealed->get_ref<const std::string&>(), bytes)) return refuse_base(kErrorNotAChange, "sealed is not base64");
    std::optional<std::string> payload = storage::open_sealed(team_key, base_id(*part), bytes);
    if (!payload) return refuse_base(kErrorWrongKey, base_id(*part));
    const std::size_t newline = payload->find('\n');
    std::size_t sealed_count = 0;
    if (newline == std::string::npos ||
        std::sscanf(payload->substr(0, newline).c_str(), "%zu", &sealed_count) != 1 || sealed_count == 0) {
      return refuse_base(kErrorNotAChange, "the part does not say how many there are");
    }
    if (count == 0) {
      count = sealed_count;
      ordered.assign(count, std::nullopt);
    }
    if (sealed_count != count || *part > count) return refuse_base(kErrorMismatch, "parts of different bases");
    if (ordered[*part - 1]) return refuse_base(kErrorMismatch, "part " + std::to_string(*part) + " twice");
    ordered[*part - 1] = payload->substr(newline + 1);
  }
  if (count == 0) return refuse_base(kErrorNotAChange, "no part of the team's base");
  std::string bytes;
  for (std::size_t i = 0; i < count; ++i) {
    if (!ordered[i]) return refuse_base(kErrorNotAChange, "part " + std::to_string(i + 1) + " of " + std::to_string(count) + " is missing");
    bytes += *ordered[i];
  }
  Decoded<Store> store = storage::decode_snapshot(bytes);
  if (!store.ok()) return refuse_base(kErrorNotAChange, store.error.detail);
  return store;
}

}  // namespace opp::sync
