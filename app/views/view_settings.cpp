// Settings: language, who is using the device, font size, storage status and backups.
#include <algorithm>
#include <ctime>
#include <string>

#include "app/views/settings_intake.hpp"
#include "app/views/view.hpp"
#include "app/widgets/backup.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/storage/repository.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

namespace {


const char* persist_key(PersistState state) {
  switch (state) {
    case PersistState::Granted: return "settings.persist.granted";
    case PersistState::Denied: return "settings.persist.denied";
    case PersistState::Unsupported: return "settings.persist.unsupported";
    case PersistState::Unknown: break;
  }
  return "settings.persist.unknown";
}

// The device's local time, dd.mm.åååå hh:mm:ss (the browser supplies the time zone).
std::string clock_time(long long ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[32];
  std::strftime(text, sizeof text, "%d.%m.%Y %H:%M:%S", &local);
  return text;
}

class SettingsView final : public View {
 public:
  void draw(UiContext& ui) override {
    heading(ui, "settings.title");
    ImGui::Spacing();
    draw_language(ui);
    draw_user(ui);
    draw_font_size(ui);
    draw_storage(ui);
    draw_lock(ui);
    draw_backup(ui);
    draw_import_confirmation(ui);
    intake_.draw(ui);
  }

 private:
  // A radio button's width: the circle, the gap and the label.
  static float radio_width(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x + style.ItemSpacing.x * 2;
  }

  void section(UiContext& ui, const char* key) {
    ImGui::Spacing();
    ImGui::SeparatorText(ui.tr(key));
  }

  void draw_language(UiContext& ui) {
    section(ui, "settings.language");
    static constexpr Language kLanguages[] = {Language::Bokmal, Language::Nynorsk, Language::English};
    bool first = true;
    for (const Language lang : kLanguages) {
      const std::string code = language_code(lang);
      const char* name = ui.tr(label_key(lang));
      flow_next(radio_width(name), first);
      first = false;
      if (ImGui::RadioButton(name, ui.language == lang)) {
        ui.language = lang;
        ui.platform.set_preference("language", code);
      }
      ui.test_ids.mark("settings.language." + code, name);
    }
  }

  void draw_user(UiContext& ui) {
    section(ui, "settings.user");
    note(ui, "settings.user.lead");
    ImGui::SetNextItemWidth(std::min(ui.px(320.0f), ImGui::GetContentRegionAvail().x));
    if (ImGui::InputText("##author", &ui.author)) ui.platform.set_preference("author", ui.author);
    ui.test_ids.mark("settings.user.name");
  }

  void draw_font_size(UiContext& ui) {
    section(ui, "settings.font_size");
    static constexpr float kScales[] = {0.9f, 1.0f, 1.2f, 1.4f};
    static constexpr const char* kLabels[] = {"90 %", "100 %", "120 %", "140 %"};
    for (int i = 0; i < 4; ++i) {
      flow_next(radio_width(kLabels[i]), i == 0);
      if (ImGui::RadioButton(kLabels[i], ui.font_scale == kScales[i])) {
        ui.font_scale = kScales[i];
        ui.platform.set_preference("font_scale", std::to_string(kScales[i]));
      }
      ui.test_ids.mark("settings.font_size." + std::to_string(i), kLabels[i]);
    }
  }

  void draw_storage(UiContext& ui) {
    section(ui, "settings.storage");
    ImGui::TextUnformatted(ui.tr("settings.persist"));
    ImGui::SameLine();
    const PersistState persist = ui.platform.persist_state();
    ImGui::PushStyleColor(ImGuiCol_Text, persist == PersistState::Granted ? theme::kSuccess : theme::kError);
    ImGui::TextUnformatted(ui.tr(persist_key(persist)));
    ImGui::PopStyleColor();
    ui.test_ids.mark_text("settings.persist");
    if (persist != PersistState::Granted) note(ui, "settings.persist.explain");

    const Store& store = ui.repository->store();
    ImGui::TextUnformatted(format_text(ui.tr("settings.storage.counts"),
                                       {std::to_string(store.persons.size()),
                                        std::to_string(store.audit.size())}).c_str());
    if (ui.last_saved_ms > 0) {
      ImGui::TextUnformatted(format_text(ui.tr("settings.storage.last_saved"),
                                         {clock_time(ui.last_saved_ms)}).c_str());
    }
    for (const std::string& warning : ui.repository->warnings()) {
      message(theme::kError, (std::string(ui.tr("settings.storage.warning")) + " " + warning).c_str());
    }
  }

  void draw_backup(UiContext& ui) {
    section(ui, "settings.backup");
    note(ui, "settings.backup.lead");
    if (button(ui, "settings.backup.export", "settings.backup.export")) make_backup(ui);
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.repository->writable());
    if (button(ui, "settings.backup.import", "settings.backup.import")) {
      import_message_.clear();
      ui.platform.pick_text_file(".json,application/json", storage::kMaxBackupBytes,
                                 [this, &ui](std::string name, std::string text, Platform::FileRead read) {
        if (read != Platform::FileRead::Ok) {
          import_ok_ = false;
          import_message_ = format_text(ui.tr(read == Platform::FileRead::TooLarge ? "settings.backup.too_large"
                                                                                    : "settings.backup.unreadable"),
                                        {name});
          return;
        }
        // Read first: a bad file is refused here and nothing is changed.
        storage::BackupPreview preview = storage::Repository::preview_backup(text);
        if (!preview.ok()) {
          import_ok_ = false;
          import_message_ = std::string(ui.tr(preview.error->message_key)) + " (" + preview.error->detail + ")";
          return;
        }
        pending_persons_ = preview.persons();
        pending_import_ = std::move(preview.store);
        pending_file_name_ = std::move(name);
        confirm_open_ = true;
      });
    }
    ImGui::EndDisabled();
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
  }

  // Auto-lock: after how many minutes without input the app locks (0 = never, for a device
  // only one person uses behind a locked screen).
  void draw_lock(UiContext& ui) {
    section(ui, "settings.lock");
    note(ui, "settings.lock.text");
    static constexpr int kMinutes[] = {1, 5, 10, 15, 30, 60, 0};
    ImGui::TextUnformatted(ui.tr("settings.lock.idle_minutes"));
    ImGui::SameLine();
    auto label = [&ui](int minutes) {
      return minutes == 0 ? std::string(ui.tr("settings.lock.never"))
                          : format_text(ui.tr("settings.lock.minutes"), {std::to_string(minutes)});
    };
    ImGui::SetNextItemWidth(ui.px(160.0f));
    if (ImGui::BeginCombo("##settings.lock.idle_minutes", label(ui.lock_idle_minutes).c_str())) {
      for (const int minutes : kMinutes) {
        if (ImGui::Selectable(label(minutes).c_str(), minutes == ui.lock_idle_minutes)) {
          ui.lock_idle_minutes = minutes;
          ui.platform.set_preference("lock.idle_minutes", std::to_string(minutes));
        }
        ui.test_ids.mark("settings.lock.idle_minutes." + std::to_string(minutes));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("settings.lock.idle_minutes", std::to_string(ui.lock_idle_minutes));
  }

  // Importing replaces the stored caseload: the user confirms, seeing both counts.
  void draw_import_confirmation(UiContext& ui) {
    if (confirm_open_) {
      ImGui::OpenPopup("import.confirm");
      confirm_open_ = false;
    }
    if (!ImGui::BeginPopupModal("import.confirm", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::TextUnformatted(ui.tr("settings.backup.confirm_title"));
    ImGui::PushTextWrapPos(std::min(ui.px(460.0f), ImGui::GetMainViewport()->WorkSize.x * 0.8f));
    ImGui::TextUnformatted(format_text(ui.tr("settings.backup.confirm_text"),
                                       {std::to_string(pending_persons_),
                                        std::to_string(ui.repository->store().persons.size())}).c_str());
    ImGui::PopTextWrapPos();
    if (primary_button(ui, "settings.backup.confirm", "settings.backup.confirm") && pending_import_) {
      const storage::ImportResult result =
          ui.repository->import_store(std::move(*pending_import_), ui.author, pending_file_name_);
      import_ok_ = result.ok();
      import_message_ = import_ok_ ? ui.tr("settings.backup.imported")
                                   : std::string(ui.tr(result.error->message_key)) + " (" + result.error->detail + ")";
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

  std::string import_message_;
  bool import_ok_ = false;
  std::optional<Store> pending_import_;  // the decoded backup awaiting confirmation
  std::string pending_file_name_;
  std::size_t pending_persons_ = 0;
  bool confirm_open_ = false;
  IntakeSettings intake_;
};

}  // namespace

std::unique_ptr<View> make_settings_view() { return std::make_unique<SettingsView>(); }

}  // namespace opp::app
