// Internal to core/codec: what the backup's two decoders share — the document tree's
// (backup_json.cpp) and the reader's (backup_reader.cpp, built for speed).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/codec/json_codec.hpp"
#include "core/domain/store.hpp"

namespace opp::codec {

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

// The checks every decoded store passes (DecodeFailure when one fails): values in range, then
// what types alone cannot say (unique ids handed out by their counters, references that resolve).
void check_values(const Store& store);
void check_consistency(const Store& store);

// Parts the reader leaves to the tree: the audit entry at `index` (its command checked and read
// into the typed command), and the "made" member (nullopt when damaged).
AuditEntry decode_audit_text(std::string_view text, std::size_t index);
std::optional<BackupOrigin> read_origin_text(std::string_view text);

}  // namespace opp::codec
