// The persistent store: the in-memory Store kept in step with a DirectoryEngine through commands.
//
// Flow: open() once at start-up (after the platform's FS.syncfs(true) has filled the mount);
// every change goes through commit() (applied in memory at once, queued for disk); the
// platform calls flush() when has_pending() and no FS.syncfs is in flight, then syncs.
// No exception escapes this API: failures are values.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"
#include "core/domain/calendar.hpp"
#include "core/domain/store.hpp"
#include "core/storage/directory_engine.hpp"

namespace opp::storage {

// Catalogue keys this layer reports (as FieldError::message_key with an empty field, or in
// ImportResult::error.message_key).
inline constexpr const char* kErrorNotLoaded = "storage.error.not_loaded";
inline constexpr const char* kErrorNotQueued = "storage.error.not_queued";
inline constexpr const char* kErrorImportUnreadable = "import.error.unreadable_after_import";

struct ImportResult {
  std::optional<DecodeError> error;  // nullopt when the import replaced the store
  bool ok() const { return !error.has_value(); }
};

class Repository {
 public:
  // `clock` and `fs` (default: the real disk) must outlive the repository.
  Repository(std::filesystem::path dir, const Clock& clock, EngineOptions options = {}, FileSystem* fs = nullptr);

  // Loads the store: the newest readable snapshot, then its journal replayed. On Failed the
  // store stays empty and nothing can be written (writable() is false).
  LoadStatus open();
  LoadStatus status() const { return status_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  const std::string& error() const { return error_; }
  bool writable() const { return engine_.loaded(); }

  const Store& store() const { return store_; }

  // Validates and applies the command with clock.now(), then queues its journal record.
  CommandResult commit(const Command& command, const std::string& author);

  bool has_pending() const { return engine_.has_pending(); }
  // Writes what commit()/import_backup() queued; see DirectoryEngine::flush.
  FlushResult flush();

  // Replaces the whole store with a backup document. Bad input is refused and changes
  // nothing; on success the next flush writes it as a new snapshot generation (the previous
  // generations stay restorable). `author` is for the audit entry (see repository.cpp).
  // `file_name` (where the backup came from) is recorded in the audit entry.
  ImportResult import_backup(std::string_view json, const std::string& author, std::string_view file_name = {});

  const DirectoryEngine& engine() const { return engine_; }

 private:
  DirectoryEngine engine_;
  const Clock* clock_;
  Store store_;
  LoadStatus status_ = LoadStatus::Failed;
  std::vector<std::string> warnings_;
  std::string error_ = "not opened";
};

}  // namespace opp::storage
