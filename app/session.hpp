// The session: the one owner of the data (Tracy's Worker beside its Views). It holds the vault
// gate, the repository, the caseload's caches, the team sync, who is working, and the save loop:
// flushing after a frame, compaction a slice at a time, IndexedDB syncs and their retries, and
// leaving the page (lock, demo reset, restart) only once everything is saved. The App draws and
// asks it to tick; the views reach it only as DataAccess (app/data_access.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/data_access.hpp"
#include "app/ui_context.hpp"
#include "app/vault_gate.hpp"
#include "core/storage/directory_engine.hpp"

namespace opp {
class Clock;
}  // namespace opp
namespace opp::storage {
class FileSystem;
class Repository;
}  // namespace opp::storage

namespace opp::app {

class SyncController;

class Session final : public DataAccess {
 public:
  explicit Session(UiContext& ui);
  ~Session() override;
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // --- Platform events -----------------------------------------------------------------------
  // The mount is loaded: the gate looks at what it holds; the demo opens its own store.
  void on_storage_loaded();
  // An IndexedDB save finished (ok) or failed (retried after a pause).
  void on_synced(bool ok);

  // --- The frame -----------------------------------------------------------------------------
  // Before anything of the data is drawn: opens the repository once the gate has opened, and
  // locks (or starts the demo afresh) after the idle time.
  void begin_frame();
  // Opens the repository in the frame the gate opened (set-up or unlock).
  void open_if_unlocked();
  // After the frame: restarts and the lock's wipe once all is saved, sync rounds, the flush of
  // what the frame committed, compaction slices, and the IndexedDB save.
  void tick();
  // For the frame pacer: whether the next frame has work (a save to start, a compaction slice, a
  // lock to finish), and when a timer of the session's next needs a frame (monotonic ms).
  bool work_due(double now_ms) const;
  double next_wake_ms(double now_ms) const;

  VaultGate& gate() { return gate_; }
  const VaultGate& gate() const { return gate_; }
  // The data is loaded and may be shown (not while a lock or restart is under way).
  bool ready() const;
  bool loaded() const { return repository_ != nullptr; }
  storage::LoadStatus load_status() const;
  bool has_unsaved() const;
  const std::string& save_error() const { return save_error_; }
  // IndexedDB refused a save for want of space (QuotaExceededError).
  bool storage_full() const;

  // --- Leaving -------------------------------------------------------------------------------
  // Hides the data now; wipes the heap and reloads once everything is saved.
  void lock();
  // The demo starts afresh: its files are removed, then the page reloads.
  void reset_demo();
  // Reloads with these address flags ("demo", "kiosk", …) once all is saved; real data locks on
  // the way out.
  void restart(std::string flags);
  // Restarts into the new version that is waiting, once all is saved.
  void restart_into_update() { update_requested_ = true; }
  bool update_requested() const { return update_requested_; }
  bool locking() const { return locking_; }
  bool resetting_demo() const { return demo_reset_; }
  bool restarting() const { return wipe_flags_.has_value(); }

  // --- The test hook -------------------------------------------------------------------------
  std::string test_backup() const;  // the store as a backup document, or "null" before loading
  std::optional<DecodeError> test_import(std::string_view json);  // Settings → Import's path
  bool test_compaction(bool request);
  void test_set_idle_lock_ms(double ms) { test_idle_lock_ms_ = ms; }

  // --- DataAccess (what a view may do) -------------------------------------------------------
  const Store& store() const override;
  queries::Caseload& caseload() override { return *caseload_; }
  std::uint64_t version() const override;
  bool writable() const override;
  const std::vector<std::string>& load_warnings() const override;
  long long last_saved_ms() const override { return last_saved_ms_; }
  const std::string& author() const override { return author_; }
  void set_author(const std::string& name) override;
  using DataAccess::commit;
  CommandResult commit(const Command& command) override;
  std::optional<DraftFields> draft(const std::string& name) const override;
  void set_draft(const std::string& name, const DraftFields& fields) override;
  std::string backup_document() const override;
  std::optional<std::string> encrypted_backup_document(const std::string& passphrase) const override;
  bool is_encrypted_backup(std::string_view text) const override;
  BackupPreview read_backup(std::string_view text) const override;
  BackupPreview read_encrypted_backup(std::string_view text, const std::string& passphrase) const override;
  std::optional<DecodeError> restore(Store backup, const std::string& file_name) override;
  std::string change_passphrase(const std::string& current, const std::string& next) override;
  TeamSync* team_sync() override;

 private:
  void open_repository(storage::FileSystem* fs);  // once the gate has opened (or the demo's disk)
  void open_demo();
  void close_demo();  // the demo reset: the store closes and its files are removed
  double idle_lock_ms() const;

  UiContext& ui_;
  std::unique_ptr<Clock> clock_;
  VaultGate gate_;
  std::unique_ptr<storage::Repository> repository_;
  std::unique_ptr<queries::Caseload> caseload_;
  std::unique_ptr<SyncController> sync_;  // after the repository: it refers to it
  std::string author_;
  long long last_saved_ms_ = 0;     // wall clock of the last completed save, 0 = none yet
  std::string save_error_;          // the last save's error, empty when it succeeded
  bool files_dirty_ = false;        // files changed since the last IndexedDB save started
  double retry_sync_at_ms_ = 0.0;   // after a failed save: not before this (monotonic ms)
  double test_idle_lock_ms_ = 0.0;  // > 0: the test hook's shorter idle time
  bool locking_ = false;            // lock asked for: the data is hidden, saving finishes, then the wipe
  bool wipe_requested_ = false;
  bool demo_reset_ = false;         // the lock in progress resets the demo (its files are removed)
  std::optional<std::string> reload_flags_;  // reload with these address flags once all is saved
  std::optional<std::string> wipe_flags_;    // the address flags the lock reloads with (none: the same)
  bool update_requested_ = false;
};

}  // namespace opp::app
