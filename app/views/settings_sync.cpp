// Settings → sync between devices (settings_sync.hpp).
#include "app/views/settings_sync.hpp"

#include <algorithm>

#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/sync/team_key.hpp"
#include "imgui.h"

namespace opp::app {

void SyncSettings::close_forms() {
  wipe_secret(key_text_);
  wipe_secret(join_passphrase_);
  export_passphrase_.wipe();
  key_file_name_.clear();
  join_errors_.clear();
  export_errors_.clear();
  export_open_ = false;
  wipe_text_input_state();
}

void SyncSettings::draw(UiContext& ui) {
  TeamSync& sync = *ui.data->team_sync();
  ImGui::Spacing();
  ImGui::SeparatorText(ui.tr("settings.sync"));
  note(ui, sync.active() ? text_key("settings.sync.lead.active") : text_key("settings.sync.lead"));

  Form server(ui, "sync", errors_);
  sync::ServerConfig& config = sync.config();
  if (server.text("url", config.url)) sync.config_changed();
  if (server.text("database", config.database)) sync.config_changed();
  if (server.text("user", config.user)) sync.config_changed();
  if (server.password("password", config.password)) sync.config_changed();
  server.end();

  ImGui::BeginDisabled(sync.busy());
  if (!sync.active()) {
    if (primary_button(ui, "sync.start", "sync.start")) {
      errors_ = sync.config_errors();
      message_.clear();
      close_forms();
      if (errors_.empty()) sync.start_team();
    }
    ImGui::SameLine();
    if (button(ui, "sync.key.import", "sync.key.import")) {
      errors_ = sync.config_errors();
      message_.clear();
      close_forms();
      if (errors_.empty()) {
        ui.platform.pick_text_file(".json,application/json", 64 * 1024,
                                   [this, &ui](std::string name, std::string text, Platform::FileRead read) {
          if (read != Platform::FileRead::Ok) {
            message_ = format_text(ui.tr("sync.key.unreadable"), {name});
            message_ok_ = false;
            return;
          }
          key_file_name_ = std::move(name);
          key_text_ = std::move(text);
        });
      }
    }
  } else {
    if (primary_button(ui, "sync.now", "sync.now")) sync.sync_now();
    ImGui::SameLine();
    if (button(ui, "sync.key.export", "sync.key.export")) {
      close_forms();
      message_.clear();
      export_open_ = true;
    }
  }
  ImGui::EndDisabled();

  const std::string status = sync.status_text();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::PushStyleColor(ImGuiCol_Text, sync.problem() ? theme::kError : ImGui::GetStyleColorVec4(ImGuiCol_Text));
  ImGui::TextUnformatted(status.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ui.test_ids.mark_text("sync.status", status);

  if (!key_text_.empty() && !sync.active()) draw_join_form(ui);
  if (export_open_ && sync.active()) draw_export_form(ui);
  const std::string& outcome = sync.outcome();
  if (!outcome.empty() && message_.empty()) {
    message(sync.outcome_ok() ? theme::kSuccess : theme::kError, outcome.c_str());
    ui.test_ids.mark_text("sync.message", outcome);
  } else if (!message_.empty()) {
    message(message_ok_ ? theme::kSuccess : theme::kError, message_.c_str());
    ui.test_ids.mark_text("sync.message", message_);
  }
  draw_refusals(ui);
}

// The key file's passphrase; the key opens here, and the team's data then replaces this device's.
void SyncSettings::draw_join_form(UiContext& ui) {
  ImGui::BeginChild("sync.join", ImVec2(std::min(ui.px(520.0f), ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  ImGui::TextWrapped("%s", format_text(ui.tr("sync.join.text"), {key_file_name_}).c_str());
  Form join(ui, "sync.join", join_errors_);
  join.password("passphrase", join_passphrase_);
  if (join.submit("submit", !join_passphrase_.empty())) {
    join_errors_.clear();
    if (const std::optional<TeamSync::Refused> refused = ui.data->team_sync()->join(key_text_, join_passphrase_)) {
      join_errors_.push_back(refused->error);
      if (refused->error.field.empty()) {  // not the passphrase: the file itself
        message_ = format_text(ui.tr(refused->error.message_key), {refused->detail});
        message_ok_ = false;
        close_forms();
      }
    } else {
      close_forms();
    }
  }
  ImGui::SameLine();
  if (button(ui, "action.cancel", "sync.join.cancel")) close_forms();
  join.end();
  ImGui::EndChild();
}

void SyncSettings::draw_export_form(UiContext& ui) {
  ImGui::BeginChild("sync.export", ImVec2(std::min(ui.px(520.0f), ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  note(ui, "sync.export.text");
  Form exporting(ui, "sync.export", export_errors_);
  export_passphrase_.draw(ui, exporting);
  if (exporting.submit("submit")) {
    export_errors_.clear();
    // The strength is the team key's own rule (sync.error.key_weak), checked as it is wrapped.
    if (export_passphrase_.check(export_errors_, false)) export_key(ui);
  }
  ImGui::SameLine();
  if (button(ui, "action.cancel", "sync.export.cancel")) close_forms();
  exporting.end();
  ImGui::EndChild();
}

void SyncSettings::export_key(UiContext& ui) {
  std::string error_key;
  const std::string file = ui.data->team_sync()->export_key(export_passphrase_.text(), error_key);
  if (file.empty()) {
    export_errors_.push_back({error_key == sync::kErrorKeyWeak ? "passphrase" : "", error_key});
    return;
  }
  ui.platform.download_text("teamnokkel.json", "application/json", file);
  message_ = ui.tr("sync.key.exported");
  message_ok_ = true;
  close_forms();
}

// Changes the merge refused (another device's change came first): each with why, for the
// coordinator to act on.
void SyncSettings::draw_refusals(UiContext& ui) {
  const std::vector<sync::Refusal>& refused = ui.data->team_sync()->refusals();
  if (refused.empty()) return;
  ImGui::TextUnformatted(ui.tr("sync.refused.title"));
  ui.test_ids.mark_text("sync.refused", std::to_string(refused.size()));
  for (std::size_t i = 0; i < refused.size(); ++i) {
    const sync::Refusal& r = refused[i];
    std::string reasons;
    for (const FieldError& e : r.reasons) reasons += (reasons.empty() ? "" : "; ") + std::string(ui.tr(e.message_key));
    const std::string line = format_text(ui.tr("sync.refused.line"),
                                         {command_label(ui, command_type_name(r.record.command)), r.record.author,
                                          local_time_text(r.record.at.ms_since_epoch, false), reasons});
    ImGui::BulletText("%s", line.c_str());
    ui.test_ids.mark_text("sync.refused." + std::to_string(i), line);
  }
}

}  // namespace opp::app
