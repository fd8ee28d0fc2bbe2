// Settings → sync between devices: the server's address and account, starting a team from this
// device or joining one with a key file, the status, syncing now, and the team key exported for
// the next device (settings_sync.cpp, docs/SYNC.md).
#pragma once

#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "app/widgets/passphrase.hpp"
#include "core/domain/field_error.hpp"

namespace opp::app {

class SyncSettings {
 public:
  void draw(UiContext& ui);

 private:
  void draw_join_form(UiContext& ui);
  void draw_export_form(UiContext& ui);
  void export_key(UiContext& ui);
  void draw_refusals(UiContext& ui);
  void close_forms();

  std::vector<FieldError> errors_;
  // Joining: the key file waits here until its passphrase opens it.
  std::string key_text_;
  std::string key_file_name_;
  std::string join_passphrase_;
  std::vector<FieldError> join_errors_;
  // Exporting the key: its passphrase, typed twice.
  bool export_open_ = false;
  NewPassphrase export_passphrase_;
  std::vector<FieldError> export_errors_;
  std::string message_;
  bool message_ok_ = false;
};

}  // namespace opp::app
