// Settings → backups (settings_backup.hpp).
#include "app/views/settings_backup.hpp"

#include <algorithm>

#include "app/views/panels/backup.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "imgui.h"

namespace opp::app {

void BackupSettings::close_forms() {
  encrypt_open_ = false;
  encrypt_passphrase_.wipe();
  wipe_secret(decrypt_passphrase_);
  encrypted_text_.clear();
  encrypt_errors_.clear();
  decrypt_errors_.clear();
  wipe_text_input_state();
}

void BackupSettings::draw(UiContext& ui) {
  note(ui, "settings.backup.lead");
  if (ui.request_encrypted_backup) {  // the offer made right after the data was encrypted
    ui.request_encrypted_backup = false;
    close_forms();
    encrypt_open_ = true;
  }
  if (button(ui, "settings.backup.export", "settings.backup.export")) make_backup(ui);
  ImGui::SameLine();
  if (button(ui, "settings.backup.export_encrypted", "settings.backup.export_encrypted")) {
    close_forms();
    encrypt_open_ = true;
  }
  ImGui::SameLine();
  // A device that syncs gets its data from the team: a restore here would part it from theirs.
  const bool syncing = ui.data->team_sync() != nullptr && ui.data->team_sync()->active();
  ImGui::BeginDisabled(!ui.data->writable() || syncing);
  if (button(ui, "settings.backup.import", "settings.backup.import")) pick_file(ui);
  ImGui::EndDisabled();
  if (syncing) {
    note(ui, "settings.backup.import.syncing");
    ui.test_ids.mark_text("settings.backup.import.syncing", ui.tr("settings.backup.import.syncing"));
  }
  if (encrypt_open_) draw_encrypt_form(ui);
  if (!encrypted_text_.empty()) draw_decrypt_form(ui);
  if (!import_message_.empty()) {
    message(import_ok_ ? theme::kSuccess : theme::kError, import_message_.c_str());
    ui.test_ids.mark_text("settings.backup.message", import_message_);
  }
  // The reminder: after how many days without a backup the status bar asks for one.
  ImGui::TextUnformatted(ui.tr("settings.backup.reminder_days"));
  ImGui::SameLine();
  int days = backup_reminder_days(ui);
  ImGui::SetNextItemWidth(ui.px(120.0f));
  if (ImGui::InputInt("##settings.backup.reminder_days", &days, 0, 0) && days >= 0 && days <= 3650) {
    ui.platform.set_preference("backup.reminder_days", std::to_string(days));
  }
  ui.test_ids.mark("settings.backup.reminder_days", std::to_string(backup_reminder_days(ui)));
  draw_import_confirmation(ui);
}

void BackupSettings::pick_file(UiContext& ui) {
  import_message_.clear();
  close_forms();
  ui.platform.pick_text_file(".json,application/json", kMaxBackupBytes,
                             [this, &ui](std::string name, std::string text, Platform::FileRead read) {
    if (read != Platform::FileRead::Ok) {
      import_ok_ = false;
      import_message_ = format_text(ui.tr(read == Platform::FileRead::TooLarge ? "settings.backup.too_large"
                                                                                : "settings.backup.unreadable"),
                                    {name});
      return;
    }
    pending_file_name_ = std::move(name);
    if (ui.data->is_encrypted_backup(text)) {  // its passphrase first (draw_decrypt_form)
      encrypted_text_ = std::move(text);
      return;
    }
    preview(ui, ui.data->read_backup(text));
  });
}

// Read first: a bad file is refused here and nothing is changed.
void BackupSettings::preview(UiContext& ui, BackupPreview preview) {
  if (!preview.ok()) {
    import_ok_ = false;
    import_message_ = std::string(ui.tr(preview.error->message_key)) + " (" + preview.error->detail + ")";
    return;
  }
  pending_persons_ = preview.persons();
  pending_made_ = preview.made;
  pending_last_change_ = preview.last_change;
  pending_import_ = std::move(preview.store);
  confirm_open_ = true;
}

// The backup's own passphrase (typed twice, the set-up's strength rule); the file is the same
// backup document, sealed under it (DataAccess::encrypted_backup_document).
void BackupSettings::draw_encrypt_form(UiContext& ui) {
  ImGui::BeginChild("settings.backup.encrypt", ImVec2(std::min(ui.px(520.0f), ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  note(ui, "settings.backup.encrypt.text");
  Form encrypt(ui, "settings.backup.encrypt", encrypt_errors_);
  encrypt_passphrase_.draw(ui, encrypt);
  if (encrypt.submit("create")) {
    encrypt_errors_.clear();
    if (encrypt_passphrase_.check(encrypt_errors_)) {
      if (const std::optional<std::string> sealed = ui.data->encrypted_backup_document(encrypt_passphrase_.text())) {
        make_backup_file(ui, "kryptert.json", *sealed);
        import_ok_ = true;
        import_message_ = ui.tr("settings.backup.encrypted_made");
        close_forms();
      } else {
        encrypt_errors_.push_back({"", kBackupKdfFailed});
      }
    }
  }
  ImGui::SameLine();
  if (button(ui, "action.cancel", "settings.backup.encrypt.cancel")) close_forms();
  encrypt.end();
  ImGui::EndChild();
}

void BackupSettings::draw_decrypt_form(UiContext& ui) {
  ImGui::BeginChild("settings.backup.decrypt", ImVec2(std::min(ui.px(520.0f), ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  ImGui::TextWrapped("%s", format_text(ui.tr("settings.backup.decrypt.text"), {pending_file_name_}).c_str());
  Form decrypt(ui, "settings.backup.decrypt", decrypt_errors_);
  decrypt.password("passphrase", decrypt_passphrase_);
  if (decrypt.submit("open", !decrypt_passphrase_.empty())) {
    decrypt_errors_.clear();
    BackupPreview opened = ui.data->read_encrypted_backup(encrypted_text_, decrypt_passphrase_);
    const std::string refused = opened.error ? opened.error->message_key : std::string();
    if (refused == kBackupWrongPassphrase || refused == kBackupKdfFailed) {
      decrypt_errors_.push_back({"", refused});  // the passphrase can be typed again
    } else if (refused == kBackupMalformed) {
      import_ok_ = false;
      import_message_ = std::string(ui.tr(kBackupMalformed)) + " (" + opened.error->detail + ")";
      close_forms();
    } else {
      close_forms();
      preview(ui, std::move(opened));
    }
  }
  ImGui::SameLine();
  if (button(ui, "action.cancel", "settings.backup.decrypt.cancel")) close_forms();
  decrypt.end();
  ImGui::EndChild();
}

// Importing replaces the stored caseload: the user confirms, seeing both counts.
void BackupSettings::draw_import_confirmation(UiContext& ui) {
  if (confirm_open_) {
    ImGui::OpenPopup("import.confirm");
    confirm_open_ = false;
  }
  if (!ImGui::BeginPopupModal("import.confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) return;
  ImGui::TextUnformatted(ui.tr("settings.backup.confirm_title"));
  ImGui::PushTextWrapPos(std::min(ui.px(460.0f), ImGui::GetMainViewport()->WorkSize.x * 0.8f));
  ImGui::TextUnformatted(format_text(ui.tr("settings.backup.confirm_text"),
                                     {std::to_string(pending_persons_),
                                      std::to_string(ui.data->store().persons.size())}).c_str());
  // Which copy this is: who made it and when (files from older builds do not say), and the
  // newest change it holds.
  if (pending_made_) {
    const std::string made = format_text(ui.tr("settings.backup.confirm_made"),
                                         {local_time_text(pending_made_->at.ms_since_epoch, false),
                                          pending_made_->by.empty() ? std::string("–") : pending_made_->by});
    ImGui::TextUnformatted(made.c_str());
    ui.test_ids.mark_text("settings.backup.confirm_made", made);
  }
  if (pending_last_change_) {
    const std::string last = format_text(ui.tr("settings.backup.confirm_last_change"),
                                         {local_time_text(pending_last_change_->ms_since_epoch, false)});
    ImGui::TextUnformatted(last.c_str());
    ui.test_ids.mark_text("settings.backup.confirm_last_change", last);
  }
  note(ui, "settings.backup.confirm_kept");
  ImGui::PopTextWrapPos();
  if (primary_button(ui, "settings.backup.confirm", "settings.backup.confirm") && pending_import_) {
    const std::optional<DecodeError> refused = ui.data->restore(std::move(*pending_import_), pending_file_name_);
    import_ok_ = !refused;
    import_message_ = import_ok_ ? ui.tr("settings.backup.imported")
                                 : std::string(ui.tr(refused->message_key)) + " (" + refused->detail + ")";
    pending_import_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (button(ui, "action.cancel", "settings.backup.cancel")) {
    pending_import_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace opp::app
