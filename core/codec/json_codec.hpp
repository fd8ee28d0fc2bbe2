// JSON for the store, the journal, backups and drafts (nlohmann/json); see docs/BACKUP_FORMAT.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "core/commands/command.hpp"
#include "core/domain/backup.hpp"
#include "core/domain/store.hpp"

namespace opp {

inline constexpr const char* kBackupFormat = "oppfolging-backup";

template <typename T>
struct Decoded {
  std::optional<T> value;
  DecodeError error;  // meaningful only when !value
  bool ok() const { return value.has_value(); }
};

// The full backup document: {"format": "oppfolging-backup", "schema_version": 2, "store": {…}}.
// Documents of earlier schema versions are migrated when read (migrations.cpp).
// Canonical output (fixed key order, no insignificant whitespace), so to_backup_json(parse(x)) == x.
std::string to_backup_json(const Store& store);

// With who made it and when (BackupOrigin, core/domain/backup.hpp).
std::string to_backup_json(const Store& store, const BackupOrigin& made);
// Parses and validates (format, schema version, types, unique ids, references, id counters).
// Writes exactly the text of to_backup_json(store) a few records at a time, so a large store
// can be serialised across frames (compaction at 10,000 persons would otherwise stall one frame
// for well over 50 ms). The store must not change between steps: start a new encoder if it does.
class BackupEncoder {
 public:
  // With `made`, the document carries it as to_backup_json(store, made) does.
  explicit BackupEncoder(const Store& store, const BackupOrigin* made = nullptr);
  ~BackupEncoder();
  BackupEncoder(const BackupEncoder&) = delete;
  BackupEncoder& operator=(const BackupEncoder&) = delete;
  // Encodes up to `records` more records (at least one step of progress); true once complete.
  bool step(std::size_t records);
  bool done() const { return done_; }
  // The text written since the last take(): once done(), the rest of the document. Taking after
  // each step keeps only a step's text in memory (compressed_snapshot in repository.cpp).
  std::string take() {
    std::string text = std::move(out_);
    out_.clear();
    return text;
  }
  // Records encoded so far and in all, for a progress figure.
  std::size_t encoded() const { return encoded_; }
  std::size_t total() const { return total_; }

 private:
  struct Part;
  std::vector<Part> parts_;
  std::size_t part_ = 0, index_ = 0, encoded_ = 0, total_ = 0;
  bool opened_ = false, done_ = false;
  std::string made_;  // the "made" member's value, or empty
  std::string out_;
};

// `origin`, when given, receives the "made" member if the file has a well-formed one.
Decoded<Store> from_backup_json(std::string_view text, std::optional<BackupOrigin>* origin = nullptr);

// One committed command as a journal line.
std::string to_journal_json(const CommandRecord& record);
Decoded<CommandRecord> from_journal_json(std::string_view text);

// What a journal line of a change merged from another device (core/sync) also says: its device's
// id counter after it, and, for a change the merge refused, why (it is then kept, not applied).
// Lines without them (every line of a device that does not sync) decode with none.
struct JournalExtras {
  std::optional<std::uint32_t> ids_after;
  std::vector<FieldError> refused;
};
std::string to_journal_json(const CommandRecord& record, const JournalExtras& extras);
Decoded<CommandRecord> from_journal_json(std::string_view text, JournalExtras& extras);

// A form's draft (Repository::set_draft): its fields as typed, {"name": "text", …}. Reading
// gives nullopt for anything that is not an object of strings (a draft is never worth an error).
std::string draft_to_json(const DraftFields& fields);
std::optional<DraftFields> draft_from_json(std::string_view text);

// The command alone: the "command" of a journal line and of a backup's audit entry.
std::string command_to_json(const Command& command);
// The inverse of command_to_json for a type name from command_type_name().
Decoded<Command> command_from_json(std::string_view type, std::string_view json);

}  // namespace opp
