// Repository: decodes what the engine loads into a Store, and turns commits and imports into writes.
#include "core/storage/repository.hpp"

#include <utility>

namespace opp::storage {

Repository::Repository(std::filesystem::path dir, const Clock& clock, EngineOptions options, FileSystem* fs)
    : engine_(std::move(dir), options, fs), clock_(&clock) {}

LoadStatus Repository::open() {
  // The handlers build the store while the engine reads, so a 10,000-person snapshot is parsed
  // once; a refused snapshot makes the engine try the one before, which resets `loading`.
  Store loading;
  LoadHandlers handlers;
  handlers.snapshot = [&loading](std::optional<std::string_view> text) -> std::optional<std::string> {
    if (!text) {
      loading = Store{};
      return std::nullopt;
    }
    Decoded<Store> decoded = from_backup_json(*text);
    if (!decoded.ok()) return decoded.error.message_key + ": " + decoded.error.detail;
    loading = std::move(*decoded.value);
    return std::nullopt;
  };
  handlers.record = [&loading](std::string_view line) -> std::optional<std::string> {
    const Decoded<CommandRecord> decoded = from_journal_json(line);
    if (!decoded.ok()) return decoded.error.message_key + ": " + decoded.error.detail;
    if (!replay(loading, *decoded.value)) return std::string("the command no longer applies");
    return std::nullopt;
  };

  LoadResult loaded = engine_.load(handlers);
  status_ = loaded.status;
  warnings_ = std::move(loaded.warnings);
  error_ = std::move(loaded.error);
  store_ = loaded.status == LoadStatus::Failed ? Store{} : std::move(loading);
  return status_;
}

CommandResult Repository::commit(const Command& command, const std::string& author) {
  if (!writable()) {
    CommandResult refused;
    refused.errors.push_back(FieldError{"", kErrorNotLoaded});
    return refused;
  }
  CommandResult result = execute(store_, command, author, clock_->now());
  if (result.ok() && result.record) {
    const std::string queued = engine_.enqueue(to_journal_json(*result.record));
    // Cannot happen with the codec's single-line JSON; if it did, the change is in memory only
    // and the caller must hear about it.
    if (!queued.empty()) result.errors.push_back(FieldError{"", kErrorNotQueued});
  }
  return result;
}

FlushResult Repository::flush() {
  return engine_.flush([this] { return to_backup_json(store_); });
}

ImportResult Repository::import_backup(std::string_view json, const std::string& author,
                                       std::string_view file_name) {
  ImportResult result;
  if (!writable()) {
    result.error = DecodeError{kErrorNotLoaded, error_};
    return result;
  }
  Decoded<Store> decoded = from_backup_json(json);
  if (!decoded.ok()) {
    result.error = decoded.error;
    return result;
  }
  Store imported = std::move(*decoded.value);

  // The restore itself goes into the (imported) audit trail before the snapshot is made.
  RestoreBackup restore;
  restore.file_name = std::string(file_name);
  restore.persons = static_cast<int>(imported.persons.size());
  const CommandResult recorded = execute(imported, Command{restore}, author, clock_->now());
  if (!recorded.ok()) {
    result.error = DecodeError{"import.error.invalid", recorded.errors.front().field};
    return result;
  }

  // Never queue a snapshot the next start-up could not read back.
  std::string snapshot = to_backup_json(imported);
  const Decoded<Store> check = from_backup_json(snapshot);
  if (!check.ok()) {
    result.error = DecodeError{kErrorImportUnreadable, check.error.detail};
    return result;
  }
  const std::string queued = engine_.enqueue_snapshot(std::move(snapshot));
  if (!queued.empty()) {
    result.error = DecodeError{kErrorNotLoaded, queued};
    return result;
  }
  store_ = std::move(imported);
  return result;
}

}  // namespace opp::storage
