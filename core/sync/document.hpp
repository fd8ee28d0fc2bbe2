// A change as the sync server stores it: a CouchDB document holding only ciphertext and what
// replication needs.
//
//   {"_id": "change-<device, 6 hex>-<clock ms, 12 hex>-<clock counter, 8 hex>", "type": "change",
//    "v": 1, "device": 26, "clock": {"ms": …, "counter": …}, "sealed": "<base64>"}
//
// `sealed` is the change (the journal record and its device's id counter after it) sealed with the
// team's data key (XChaCha20-Poly1305, core/storage/crypto.hpp), the document id as associated
// data: the server sees which device changed something and when, never what or about whom, and a
// sealed change cannot be passed off under another document id. See docs/SYNC.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/storage/crypto.hpp"
#include "core/sync/merge.hpp"

namespace opp::sync {

inline constexpr int kDocumentVersion = 1;

// Catalogue keys (DecodeError::message_key) for a document that cannot be used.
inline constexpr const char* kErrorNotAChange = "sync.error.not_a_change";
inline constexpr const char* kErrorWrongKey = "sync.error.wrong_key";
inline constexpr const char* kErrorNewerVersion = "sync.error.newer_version";
inline constexpr const char* kErrorMismatch = "sync.error.mismatch";

// The document id of a device's change at `clock`: unique, since a device's clock only rises.
std::string document_id(DeviceId device, Hlc clock);

// The document for one change (JSON, without a revision: the server adds it).
std::string seal_change(const storage::SecretKey& team_key, const SyncedChange& change,
                        const storage::RandomFill& random);

// The change in a document, or why it cannot be used: not a change document, made by a newer
// version, sealed with another key (or altered), or its sealed content belongs to another id.
Decoded<SyncedChange> open_change(const storage::SecretKey& team_key, std::string_view document);

// --- The team's base: the store the team started from ---------------------------------------
// The first device's store, compressed and sealed, in parts small enough for any server's
// document limit: {"_id": "base-000001", "type": "base", "v": 1, "part": 1, "parts": N,
// "sealed": "<base64>"}. Each part is sealed on its own, its id as associated data, and the
// parts count is sealed in each, so parts cannot be dropped, repeated or mixed from two bases.
inline constexpr std::size_t kBasePartBytes = std::size_t{1} << 20;  // compressed bytes per part
std::vector<std::string> seal_base(const storage::SecretKey& team_key, const Store& base,
                                   const storage::RandomFill& random, std::size_t part_bytes = kBasePartBytes);
// The base from every part (in any order); an error as for open_change.
Decoded<Store> open_base(const storage::SecretKey& team_key, const std::vector<std::string>& parts);

}  // namespace opp::sync
