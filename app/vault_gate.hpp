// The gate in front of the stored data: the first start's passphrase, the lock screen, and the
// encrypted file system the repository works through once unlocked (core/storage/vault.hpp).
//
// The key derivation takes about half a second and blocks the page, so a press of «Lås opp»
// first draws a frame that says "unlocking…" and runs the derivation in the frame after.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "app/widgets/passphrase.hpp"
#include "core/domain/field_error.hpp"
#include "core/storage/vault.hpp"

namespace opp::app {

class VaultGate {
 public:
  enum class Stage {
    Waiting,  // the platform has not loaded the mount yet
    Setup,    // no key file: choose a passphrase (plaintext data, if any, is then encrypted)
    Locked,   // a key file: enter the passphrase
    Working,  // deriving the key (set-up or unlock) in the next frame
    Problem,  // the key file is damaged or missing, or the directory unreadable: nothing opens
    Open,     // unlocked: file_system() is the encrypted view of the data directory
  };

  explicit VaultGate(UiContext& ui);

  // After the platform has loaded the mount: what does the directory hold?
  void probe(const std::string& dir);
  Stage stage() const { return stage_; }
  // A set-up or unlock waits for the frame that runs it (the "working" frame is drawn first).
  bool has_pending() const { return pending_ != Pending::None; }

  // Draws the set-up, lock, working or problem screen into the current window.
  void draw();
  // True once, in the frame the gate opened: the caller opens the repository on file_system().
  bool take_opened();
  storage::FileSystem* file_system() { return encrypted_.get(); }
  // Why migrating the plaintext files stopped (they stay readable and it is tried again at the
  // next unlock), or empty.
  const std::string& migration_error() const { return migration_error_; }
  // The plaintext data was just encrypted: offer an encrypted backup now.
  bool offer_backup() const { return offer_backup_; }
  void dismiss_backup_offer() { offer_backup_ = false; }
  // Milliseconds the last key derivation took (the closing measure for the unlock budget).
  double last_derivation_ms() const { return derivation_ms_; }

  // Settings → new passphrase: "" when the key file now wraps the data key under `next`, else
  // the refusal's catalogue key. Nothing else is rewritten.
  std::string change_passphrase(const std::string& current, const std::string& next);
  // True once after the gate wrote a file outside the repository (key.json): sync it.
  bool take_files_changed() {
    const bool changed = files_changed_;
    files_changed_ = false;
    return changed;
  }

  // The test hook: the same paths as the buttons, run at once. `light` uses the cheapest key
  // derivation, for the tests that are not about the lock. Returns "" or the error's key.
  std::string test_set_up(const std::string& passphrase, bool light);
  std::string test_unlock(const std::string& passphrase);
  const char* stage_name() const;

 private:
  void draw_setup();
  void draw_locked();
  void draw_problem();
  void draw_demo_offer();
  void run_pending();
  void create(std::string passphrase, storage::KdfParams kdf);
  void unlock(std::string passphrase);
  void open_with(storage::SecretKey key, bool migrating);
  void forget_typed();

  UiContext& ui_;
  std::string dir_;
  Stage stage_ = Stage::Waiting;
  std::unique_ptr<storage::FileSystem> disk_;
  std::unique_ptr<storage::EncryptedFileSystem> encrypted_;
  std::optional<storage::KeyFile> key_file_;
  bool has_plaintext_ = false;
  std::string problem_key_;
  std::string problem_detail_;

  std::string passphrase_;        // the lock screen's
  NewPassphrase new_passphrase_;  // the set-up's, typed twice
  std::vector<FieldError> errors_;
  enum class Pending { None, Create, Unlock };
  Pending pending_ = Pending::None;
  int pending_frames_ = 0;
  Stage return_stage_ = Stage::Locked;  // where a failed derivation goes back to

  bool opened_ = false;
  bool offer_backup_ = false;
  std::string migration_error_;
  double derivation_ms_ = 0.0;
  bool files_changed_ = false;
};

}  // namespace opp::app
