// What the app knows about a backup file before and after reading it: who made it, what a
// restore would bring, and why a file was refused. The storage layer reads and writes the files
// (core/codec, core/storage); these types are what the views see of them.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "core/domain/store.hpp"

namespace opp {

// Why a document was refused: a catalogue key for the user and a technical detail
// (the JSON path and what was wrong) for the log and the error dialog's "details".
struct DecodeError {
  std::string message_key;  // e.g. "import.error.not_json", "import.error.schema_version"
  std::string detail;
};

// Who made a backup file, and when: an optional "made" member beside "store" (older builds
// neither write nor need it), shown before a restore.
struct BackupOrigin {
  Timestamp at;
  std::string by;
  DeviceId device = kLegacyDevice;
  friend bool operator==(const BackupOrigin&, const BackupOrigin&) = default;
};

// The largest backup file the app reads: above the synthetic caseload of 100,000 persons (541 MB),
// about what a browser tab's 2 GB can hold beside the decoded store. Larger files are refused
// unread; a smaller one that still does not fit is refused with import.error.memory.
inline constexpr std::size_t kMaxBackupBytes = std::size_t{600} * 1000 * 1000;

// A backup file read but not yet restored: what the confirmation dialog shows, and (once the
// user confirms) what is restored, so the file is decoded only once.
struct BackupPreview {
  std::optional<DecodeError> error;  // set when the file cannot be restored
  std::optional<Store> store;        // the decoded store when it can
  bool ok() const { return store.has_value(); }
  std::size_t persons() const { return store ? store->persons.size() : 0; }
  std::optional<BackupOrigin> made;      // who made the file and when (files from older builds: none)
  std::optional<Timestamp> last_change;  // the newest change in the file's audit trail
};

// A form's draft: its fields as typed, by name. Kept beside the data by the storage layer.
using DraftFields = std::map<std::string, std::string>;

}  // namespace opp
