// The session (session.hpp): the data's owner and its save loop.
//
// [SECTION] Opening
// [SECTION] The save loop
// [SECTION] Leaving: lock, demo reset, restart
// [SECTION] What a view may do
// [SECTION] The test hook
#include "app/session.hpp"

#include <algorithm>
#include <limits>
#include <random>

#include "app/sync_controller.hpp"
#include "app/widgets/passphrase.hpp"
#include "core/queries/caseload.hpp"
#include "core/storage/encrypted_backup.hpp"
#include "core/storage/file_system.hpp"
#include "core/storage/repository.hpp"
#include "core/synthetic/demo.hpp"

namespace opp::app {

namespace {

// The wall clock as the core's Clock: the core never reads time itself.
class PlatformClock final : public Clock {
 public:
  explicit PlatformClock(const Platform& platform) : platform_(platform) {}
  Timestamp now() const override { return Timestamp{platform_.wall_clock_ms()}; }

 private:
  const Platform& platform_;
};

constexpr double kSyncRetryMs = 2000.0;
// A deferred compaction's share of a frame, and the records encoded between clock checks.
constexpr double kCompactionSliceMs = 6.0;
constexpr std::size_t kCompactionRecordsPerStep = 64;
// A shared kiosk locks (real data) or starts the demo afresh after this long without a touch,
// or sooner when the auto-lock setting says so.
constexpr int kKioskIdleMinutes = 3;

// The device number is drawn from the browser's crypto.getRandomValues (Emscripten's
// std::random_device reads it), so two devices of a team do not pick the same one.
std::uint64_t random_u64() {
  std::random_device device;
  return (static_cast<std::uint64_t>(device()) << 32) | device();
}

const Store& empty_store() {
  static const Store store;
  return store;
}

}  // namespace

Session::Session(UiContext& ui)
    : ui_(ui), clock_(std::make_unique<PlatformClock>(ui.platform)), gate_(ui), author_(ui.platform.preference("author")) {}

Session::~Session() = default;

//-----------------------------------------------------------------------------
// [SECTION] Opening
//-----------------------------------------------------------------------------

void Session::on_storage_loaded() {
  if (ui_.demo()) open_demo();
  else gate_.probe(ui_.platform.data_dir());
}

// The demo store holds only invented persons (core/synthetic/demo.hpp), so it is neither
// encrypted nor behind a passphrase: a coordinator opens it at a meeting with one click. A new
// (or just reset) store is filled with the demo caseload as of today.
void Session::open_demo() {
  open_repository(nullptr);
  if (!repository_->writable() || !repository_->store().persons.empty()) return;
  const storage::ImportResult filled =
      repository_->import_store(synthetic::generate_demo(ui_.today()), ui_.tr("demo.author"), "demo");
  if (!filled.ok()) save_error_ = ui_.tr(filled.error->message_key);
}

// Unlocked: the repository works through the gate's encrypted file system (`fs`; null: the
// plain disk, for the demo).
void Session::open_repository(storage::FileSystem* fs) {
  // Compaction is spread over frames (tick): serialising a 10,000-person store at once would
  // stall a frame for far more than 50 ms.
  storage::EngineOptions options;
  options.defer_compaction = true;
  ui_.platform.mark("opp:open-start");
  repository_ = std::make_unique<storage::Repository>(ui_.platform.data_dir(), *clock_, options, fs, random_u64);
  repository_->open();
  ui_.platform.mark("opp:open-end");
  const storage::Repository* repository = repository_.get();
  caseload_ = std::make_unique<queries::Caseload>(repository->store(), [repository] { return repository->version(); });
  // The demo's invented data never syncs.
  if (fs != nullptr && repository_->writable()) {
    sync_ = std::make_unique<SyncController>(ui_, *repository_);
    sync_->load();
  }
  ui_.data = this;
  // The key file and the migrated files are new, and a successful open may have tidied files
  // (temporary leftovers): mirror that on the next save. After a failed open nothing may be
  // written by the repository, but the key file still must be kept.
  files_dirty_ = true;
}

void Session::open_if_unlocked() {
  if (gate_.take_opened()) open_repository(gate_.file_system());
}

void Session::begin_frame() {
  open_if_unlocked();
  // Auto-lock: checked before anything of the data is drawn, so a tab coming back after a long
  // time away never shows a frame of it. A demo kiosk starts the demo afresh instead.
  const double idle_limit = idle_lock_ms();
  if (repository_ && idle_limit > 0.0 && ui_.platform.idle_ms() >= idle_limit) {
    if (ui_.demo()) reset_demo();
    else lock();
  }
}

bool Session::ready() const {
  return repository_ && ui_.platform.storage_state() == StorageState::Ready && !locking_;
}

storage::LoadStatus Session::load_status() const {
  return repository_ ? repository_->status() : storage::LoadStatus::Failed;
}

// How long without input until the lock (real data) or the demo's reset (a demo kiosk); 0: never.
// A demo on a coordinator's own screen never resets by itself.
double Session::idle_lock_ms() const {
  if (ui_.demo() && !ui_.kiosk()) return 0.0;
  if (test_idle_lock_ms_ > 0.0) return test_idle_lock_ms_;
  int minutes = ui_.demo() ? 0 : ui_.lock_idle_minutes;
  if (ui_.kiosk()) minutes = minutes > 0 ? std::min(minutes, kKioskIdleMinutes) : kKioskIdleMinutes;
  return minutes > 0 ? minutes * 60000.0 : 0.0;
}

//-----------------------------------------------------------------------------
// [SECTION] The save loop
//-----------------------------------------------------------------------------

bool Session::storage_full() const { return save_error_.find("QuotaExceeded") != std::string::npos; }

void Session::on_synced(bool ok) {
  if (ok) {
    last_saved_ms_ = ui_.platform.wall_clock_ms();
    save_error_.clear();
  } else {
    save_error_ = ui_.platform.last_sync_error();
    files_dirty_ = true;
    // Try again, but not every frame: a full disk or a blocked IndexedDB will not heal in 16 ms.
    retry_sync_at_ms_ = ui_.platform.monotonic_ms() + kSyncRetryMs;
  }
}

bool Session::has_unsaved() const {
  return files_dirty_ || ui_.platform.sync_in_flight() || (repository_ && repository_->has_pending()) ||
         (sync_ && sync_->has_pending());
}

bool Session::work_due(double now_ms) const {
  if (gate_.has_pending() || reload_flags_ || update_requested_) return true;
  if (locking_ && !wipe_requested_) return true;
  if (files_dirty_ && !ui_.platform.sync_in_flight() && now_ms >= retry_sync_at_ms_) return true;
  if (sync_ && sync_->has_pending()) return true;
  return repository_ && (repository_->has_pending() || repository_->compaction_due());
}

double Session::next_wake_ms(double now_ms) const {
  double at = std::numeric_limits<double>::infinity();
  if (files_dirty_) at = std::min(at, retry_sync_at_ms_);
  if (sync_ && !locking_) at = std::min(at, sync_->next_round_ms());
  const double idle_limit = idle_lock_ms();
  if (repository_ && !locking_ && idle_limit > 0.0) {
    at = std::min(at, now_ms + std::max(0.0, idle_limit - ui_.platform.idle_ms()));
  }
  return at;
}

// Saves promptly but never while a sync runs: IDBFS reads the files when its transaction
// runs, so changing them mid-sync could store a mix (docs/PLATFORM_NOTES.md, "How IDBFS saves").
void Session::tick() {
  // A restart (a new version, another mode) waits until everything is saved.
  if (!locking_ && !has_unsaved()) {
    if (update_requested_) {
      update_requested_ = false;
      ui_.platform.apply_update();
      return;
    }
    if (reload_flags_) {
      ui_.platform.reload_with_flags(*reload_flags_);
      reload_flags_.reset();
      return;
    }
  }
  if (locking_ && demo_reset_ && repository_ && !ui_.platform.sync_in_flight()) close_demo();
  if (repository_ && gate_.take_files_changed()) files_dirty_ = true;
  if (locking_ && !wipe_requested_ && !has_unsaved()) {
    wipe_requested_ = true;
    ui_.platform.lock_and_wipe(wipe_flags_ ? wipe_flags_->c_str() : nullptr);
    return;
  }
  if (!repository_) {
    // Set-up writes the key file before any repository exists.
    if (files_dirty_ && !ui_.platform.sync_in_flight()) {
      files_dirty_ = false;
      ui_.platform.request_sync();
    }
    return;
  }
  if (sync_ && !locking_) sync_->tick();
  if (ui_.platform.sync_in_flight()) return;
  // The sync session's files (changes that came, what was sent) go with the same save.
  if (sync_ && sync_->has_pending()) {
    const std::string written = sync_->flush();
    if (!written.empty()) save_error_ = written;
    files_dirty_ = true;
  }
  if (repository_->has_pending()) {
    const storage::FlushResult flushed = repository_->flush();
    if (!flushed.ok()) save_error_ = flushed.error;
    files_dirty_ = true;
  }
  // A due compaction advances a slice per frame (about 6 ms of encoding), only while nothing is
  // queued and no sync runs; the frame that completes it seals and writes the snapshot.
  if (!repository_->has_pending() && repository_->compaction_due()) {
    const double until = ui_.platform.monotonic_ms() + kCompactionSliceMs;
    while (repository_->compaction_due() && ui_.platform.monotonic_ms() < until) {
      const storage::FlushResult compacted = repository_->compact_step(kCompactionRecordsPerStep);
      if (!compacted.ok()) {
        save_error_ = compacted.error;
        break;
      }
      if (compacted.new_generation) files_dirty_ = true;
    }
  }
  if (files_dirty_ && ui_.platform.monotonic_ms() >= retry_sync_at_ms_) {
    files_dirty_ = false;
    ui_.platform.request_sync();
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Leaving: lock, demo reset, restart
//-----------------------------------------------------------------------------

void Session::lock() {
  if (locking_) return;
  locking_ = true;
  wipe_text_input_state();
  // A shared screen keeps nothing of one user's session for the next: no half-filled form.
  if (ui_.kiosk() && repository_) repository_->discard_drafts();
}

// One click, or a demo kiosk left alone: the demo's files are removed once no save runs (tick),
// the heap is wiped like at a lock, and the page reloads into a new demo store.
void Session::reset_demo() {
  if (locking_) return;
  demo_reset_ = true;
  lock();
}

// Once no save reads the files, they are removed; the next save removes them from IndexedDB,
// and the page reloads into a new demo store.
void Session::close_demo() {
  ui_.data = nullptr;
  sync_.reset();
  caseload_.reset();
  repository_.reset();
  storage::DiskFileSystem disk;
  const storage::IoStatus removed = storage::remove_all_files(disk, ui_.platform.data_dir());
  if (!removed.ok()) save_error_ = removed.error;
  files_dirty_ = true;
}

void Session::restart(std::string flags) {
  if (repository_ && !ui_.demo()) {
    // Real data leaves the page the way a lock does: saved, then the heap wiped.
    wipe_flags_ = std::move(flags);
    lock();
  } else {
    reload_flags_ = std::move(flags);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] What a view may do
//-----------------------------------------------------------------------------

const Store& Session::store() const { return repository_ ? repository_->store() : empty_store(); }
std::uint64_t Session::version() const { return repository_ ? repository_->version() : 0; }
bool Session::writable() const { return repository_ && repository_->writable(); }

const std::vector<std::string>& Session::load_warnings() const {
  static const std::vector<std::string> none;
  return repository_ ? repository_->warnings() : none;
}

void Session::set_author(const std::string& name) {
  if (name == author_) return;
  author_ = name;
  ui_.platform.set_preference("author", author_);
}

CommandResult Session::commit(const Command& command) {
  if (!repository_) return CommandResult{{FieldError{"", storage::kErrorNotLoaded}}, std::nullopt, kNoId};
  return repository_->commit(command, author_);
}

std::optional<DraftFields> Session::draft(const std::string& name) const {
  return repository_ ? repository_->draft_fields(name) : std::nullopt;
}

void Session::set_draft(const std::string& name, const DraftFields& fields) {
  if (repository_) repository_->set_draft_fields(name, fields);
}

std::string Session::backup_document() const { return repository_ ? repository_->export_backup(author_) : std::string(); }

std::optional<std::string> Session::encrypted_backup_document(const std::string& passphrase) const {
  std::string plain = backup_document();
  std::optional<std::string> sealed = storage::encrypt_backup(plain, passphrase);
  storage::wipe_string(plain);
  return sealed;
}

bool Session::is_encrypted_backup(std::string_view text) const { return storage::is_encrypted_backup(text); }

BackupPreview Session::read_backup(std::string_view text) const { return storage::Repository::preview_backup(text); }

BackupPreview Session::read_encrypted_backup(std::string_view text, const std::string& passphrase) const {
  storage::DecryptedBackup opened = storage::decrypt_backup(text, passphrase);
  BackupPreview preview;
  switch (opened.status) {
    case storage::DecryptStatus::Ok:
      preview = storage::Repository::preview_backup(opened.json);
      storage::wipe_string(opened.json);
      break;
    case storage::DecryptStatus::WrongPassphrase: preview.error = DecodeError{kBackupWrongPassphrase, {}}; break;
    case storage::DecryptStatus::KdfFailed: preview.error = DecodeError{kBackupKdfFailed, {}}; break;
    case storage::DecryptStatus::Malformed: preview.error = DecodeError{kBackupMalformed, opened.detail}; break;
  }
  return preview;
}

std::optional<DecodeError> Session::restore(Store backup, const std::string& file_name) {
  if (!repository_) return DecodeError{storage::kErrorNotLoaded, {}};
  return repository_->import_store(std::move(backup), author_, file_name).error;
}

std::string Session::change_passphrase(const std::string& current, const std::string& next) {
  return gate_.change_passphrase(current, next);
}

TeamSync* Session::team_sync() { return sync_.get(); }

//-----------------------------------------------------------------------------
// [SECTION] The test hook
//-----------------------------------------------------------------------------

std::string Session::test_backup() const { return repository_ ? repository_->export_backup() : std::string("null"); }

std::optional<DecodeError> Session::test_import(std::string_view json) {
  if (!repository_) return DecodeError{"storage.loading", {}};
  return repository_->import_backup(json, author_).error;
}

bool Session::test_compaction(bool request) {
  if (!repository_) return false;
  if (request) repository_->request_compaction();
  return repository_->compaction_due();
}

}  // namespace opp::app
