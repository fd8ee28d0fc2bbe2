// Settings → backups: make one (plain or encrypted under a passphrase), restore one (an
// encrypted one asks for its passphrase first), and the reminder's interval (settings_backup.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "app/widgets/passphrase.hpp"
#include "core/domain/backup.hpp"
#include "core/domain/field_error.hpp"
#include "core/domain/store.hpp"

namespace opp::app {

class BackupSettings {
 public:
  void draw(UiContext& ui);

 private:
  void pick_file(UiContext& ui);
  void preview(UiContext& ui, BackupPreview preview);
  void draw_encrypt_form(UiContext& ui);
  void draw_decrypt_form(UiContext& ui);
  void draw_import_confirmation(UiContext& ui);
  void close_forms();

  std::string import_message_;
  bool import_ok_ = false;
  std::optional<Store> pending_import_;  // the decoded backup awaiting confirmation
  std::string pending_file_name_;
  std::size_t pending_persons_ = 0;
  std::optional<BackupOrigin> pending_made_;    // who made the file and when, if it says
  std::optional<Timestamp> pending_last_change_;
  bool confirm_open_ = false;

  // Making an encrypted backup: its own passphrase, typed twice.
  bool encrypt_open_ = false;
  NewPassphrase encrypt_passphrase_;
  std::vector<FieldError> encrypt_errors_;
  // Restoring an encrypted backup: the file waits here until its passphrase opens it.
  std::string encrypted_text_;
  std::string decrypt_passphrase_;
  std::vector<FieldError> decrypt_errors_;
};

}  // namespace opp::app
