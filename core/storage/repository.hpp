// The persistent store: the in-memory Store kept in step with a DirectoryEngine through commands.
//
// Flow: open() once at start-up (after the platform's FS.syncfs(true) has filled the mount);
// every change goes through commit() (applied in memory at once, queued for disk); the
// platform calls flush() when has_pending() and no FS.syncfs is in flight, then syncs.
// No exception escapes this API: failures are values.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"
#include "core/domain/calendar.hpp"
#include "core/domain/store.hpp"
#include "core/storage/compression.hpp"
#include "core/storage/directory_engine.hpp"

namespace opp::storage {

// Catalogue keys this layer reports (as FieldError::message_key with an empty field, or in
// ImportResult::error.message_key).
inline constexpr const char* kErrorNotLoaded = "storage.error.not_loaded";
inline constexpr const char* kErrorNotQueued = "storage.error.not_queued";
inline constexpr const char* kErrorImportUnreadable = "import.error.unreadable_after_import";
// The browser gave the app no more memory for this backup (a store beyond the size it can hold).
inline constexpr const char* kErrorOutOfMemory = "import.error.memory";

// The store's snapshot as the repository stores it: the backup document, LZ4-compressed
// (compression.hpp) as BackupEncoder writes it, a few records per step, so its whole text is
// never in memory (541 MB at 100,000 persons).
class SnapshotEncoder {
 public:
  explicit SnapshotEncoder(const Store& store) : encoder_(store) {}
  // True once the whole document has been compressed.
  bool step(std::size_t records) {
    const bool done = encoder_.step(records);
    compressor_.add(encoder_.take());
    return done;
  }
  std::string finish() { return compressor_.finish(); }

 private:
  BackupEncoder encoder_;
  Compressor compressor_;
};

// The store as the repository keeps a snapshot (compressed backup document), and read back:
// decompressed, or as it is (the plain JSON earlier versions wrote).
std::string compressed_snapshot(const Store& store);
Decoded<Store> decode_snapshot(std::string_view bytes);

// Where this device keeps its device number (core/domain/ids.hpp), beside the data.
inline constexpr const char* kDeviceFile = "device.json";

struct ImportResult {
  std::optional<DecodeError> error;  // nullopt when the import replaced the store
  bool ok() const { return !error.has_value(); }
};

class Repository {
 public:
  // `clock` and `fs` (default: the real disk) must outlive the repository. `random` draws this
  // device's number the first time the directory is opened (default: seeded from the clock).
  Repository(std::filesystem::path dir, const Clock& clock, EngineOptions options = {}, FileSystem* fs = nullptr,
             std::function<std::uint64_t()> random = {});

  // Loads the store: the newest readable snapshot, then its journal replayed. On Failed the
  // store stays empty and nothing can be written (writable() is false).
  LoadStatus open();
  LoadStatus status() const { return status_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  const std::string& error() const { return error_; }
  bool writable() const { return engine_.loaded(); }

  const Store& store() const { return store_; }
  // Changes whenever the store does (open, commit, import): derived data is cached against it.
  std::uint64_t version() const { return version_; }
  // This device's number: the ids it creates are device << 32 | counter.
  DeviceId device() const { return device_; }
  // Journal records that today's rules would refuse but that were valid when committed, so they
  // were applied as recorded (see replay()): "<type> #<seq>: <field> <key>".
  const std::vector<std::string>& replay_drift() const { return drift_; }

  // Validates and applies the command with clock.now(), then queues its journal record.
  CommandResult commit(const Command& command, const std::string& author);

  bool has_pending() const { return engine_.has_pending() || !dirty_drafts_.empty(); }

  // Compaction spread over frames (EngineOptions::defer_compaction): true while a new generation
  // is due. compact_step() serialises up to `records` more records of the snapshot and, once it
  // is complete and nothing is queued, writes it; a change to the store starts it again (the
  // snapshot must be the store as of the last record written).
  // The snapshot's file bytes are then prepared (sealed) the same way, `records` × 1 KiB a step,
  // and written to disk `records` × 4 KiB a step.
  bool compaction_due() const { return engine_.compaction_due(); }
  void request_compaction() { engine_.request_compaction(); }
  FlushResult compact_step(std::size_t records);
  // Writes what commit()/import_backup() queued, then changed drafts; see DirectoryEngine::flush.
  FlushResult flush();

  // Drafts: a half-filled form kept beside the data (side file "draft-<name>.json") so it
  // survives switching views and reloading. Saved at the next flush like a change; an empty
  // text discards it. `name` is lower-case letters, digits and '-'. Read after open().
  std::optional<std::string> draft(const std::string& name) const;
  void set_draft(const std::string& name, std::string text);
  // The same for a form's fields as typed: encoded here, so no view handles the JSON. A draft
  // that is not an object of strings reads as none (a draft is never worth an error).
  std::optional<DraftFields> draft_fields(const std::string& name) const;
  void set_draft_fields(const std::string& name, const DraftFields& fields);
  // Empties every draft there is, read or not (saved at the next flush): at the lock of a
  // shared kiosk, so the next user finds no half-filled form of the one before.
  void discard_drafts();

  // Replaces the whole store with a backup document. Bad input is refused and changes
  // nothing; on success the next flush writes it as a new snapshot generation (the previous
  // generations stay restorable). `author` is for the audit entry (see repository.cpp).
  // `file_name` (where the backup came from) is recorded in the audit entry.
  ImportResult import_backup(std::string_view json, const std::string& author, std::string_view file_name = {});
  // The same, for a backup already decoded (BackupPreview::store).
  ImportResult import_store(Store imported, const std::string& author, std::string_view file_name = {});

  // --- Several devices (core/sync, docs/SYNC.md) ---------------------------------------------
  // Applies a change merged from another device that sorts after everything in the store (the
  // merge's common case), judged with every rule (ReplayJudgement::Merge). Applied or refused, it
  // is journalled with its device's id counter after it (`ids_after`), so a reload replays it the
  // same way and that device's later changes keep their ids.
  ReplayResult apply_merged(const CommandRecord& record, std::uint32_t ids_after);
  // Replaces the store with one the merge rebuilt (a change arrived that sorts before others):
  // written as a new snapshot generation at the next flush. Unlike a restore, no audit entry of
  // its own: the merged store's trail is every device's changes.
  void replace_merged(Store merged);
  // Files of the sync layer beside the data, written at once (see DirectoryEngine::write_side_file).
  std::optional<std::string> read_side_file(const std::string& name) const { return engine_.read_side_file(name); }
  std::string write_side_file(const std::string& name, std::string_view data) { return engine_.write_side_file(name, data); }
  // Hears every change committed here, once it is applied and queued (the sync session does).
  void set_commit_listener(std::function<void(const CommandRecord&)> listener) { listener_ = std::move(listener); }
  // The newest hybrid clock this device has issued or seen; observe_clock() raises it to a clock
  // seen elsewhere (the sync log's), so a new change never repeats one this device made before.
  Hlc last_clock() const { return last_clock_; }
  void observe_clock(Hlc seen) { last_clock_ = std::max(last_clock_, seen); }

  // The whole store as a backup document (Settings → Make a backup).
  std::string export_backup() const;
  // The same, saying who made it and when (clock.now(), this device).
  std::string export_backup(const std::string& author) const;
  // Reads a backup without changing anything, for the confirmation before a restore.
  static BackupPreview preview_backup(std::string_view json);

  const DirectoryEngine& engine() const { return engine_; }

 private:
  void open_device();
  Hlc next_clock(Timestamp now);

  DirectoryEngine engine_;
  const Clock* clock_;
  std::function<std::uint64_t()> random_;
  Store store_;
  std::uint64_t version_ = 0;
  DeviceId device_ = kLegacyDevice;
  Hlc last_clock_;
  std::vector<std::string> drift_;
  std::function<void(const CommandRecord&)> listener_;
  // A deferred compaction in progress: the snapshot being encoded, then being prepared (sealed)
  // for its file, and the store version it describes.
  std::unique_ptr<SnapshotEncoder> encoder_;
  std::unique_ptr<PreparedWrite> preparing_;
  std::filesystem::path preparing_path_;
  std::optional<std::string> prepared_;  // the prepared bytes, being written a slice at a time
  std::uint64_t prepared_written_ = 0;
  std::uint64_t compact_version_ = 0;
  std::map<std::string, std::string> drafts_;  // by name, as last set or read
  std::set<std::string> dirty_drafts_;         // set since the last flush
  LoadStatus status_ = LoadStatus::Failed;
  std::vector<std::string> warnings_;
  std::string error_ = "not opened";
};

}  // namespace opp::storage
