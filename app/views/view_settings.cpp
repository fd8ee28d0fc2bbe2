// Settings: language, who is using the device, font size, storage status and backups.
#include <algorithm>
#include <string>

#include "app/views/settings_backup.hpp"
#include "app/views/settings_intake.hpp"
#include "app/views/settings_sync.hpp"
#include "app/views/view.hpp"
#include "app/views/panels/backup.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/passphrase.hpp"
#include "app/widgets/theme.hpp"
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

class SettingsView final : public View {
 public:
  void draw(UiContext& ui) override {
    heading(ui, "settings.title");
    ImGui::Spacing();
    draw_language(ui);
    draw_user(ui);
    draw_font_size(ui);
    draw_storage(ui);
    section(ui, "settings.backup");
    backup_.draw(ui);
    if (button(ui, "settings.audit.open", "settings.audit.open")) ui.navigate(Route{"audit", kNoId, {}});
    if (!ui.demo()) draw_lock(ui);  // the demo has no passphrase
    if (ui.data->team_sync() != nullptr) sync_.draw(ui);  // the demo's invented data never syncs
    draw_kiosk(ui);
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
    std::string author = ui.data->author();
    if (ImGui::InputText("##author", &author)) ui.data->set_author(author);
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

    const Store& store = ui.data->store();
    ImGui::TextUnformatted(format_text(ui.tr("settings.storage.counts"),
                                       {std::to_string(store.persons.size()),
                                        std::to_string(store.audit.size())}).c_str());
    if (ui.data->last_saved_ms() > 0) {
      ImGui::TextUnformatted(format_text(ui.tr("settings.storage.last_saved"),
                                         {local_time_text(ui.data->last_saved_ms())}).c_str());
    }
    for (const std::string& warning : ui.data->load_warnings()) {
      message(theme::kError, (std::string(ui.tr("settings.storage.warning")) + " " + warning).c_str());
    }
  }

  // Kiosk mode, for a shared touch screen in a health house: the app reloads into it (and real
  // data is locked on the way). Left again with «Avslutt kiosk» in the status bar.
  void draw_kiosk(UiContext& ui) {
    section(ui, "settings.kiosk");
    note(ui, ui.demo() ? text_key("settings.kiosk.text.demo") : text_key("settings.kiosk.text"));
    if (button(ui, "kiosk.enable", "kiosk.enable")) {
      ui.platform.set_preference("kiosk", "1");
      ui.reload_flags = ui.demo() ? "demo kiosk" : "kiosk";
    }
  }

  // Auto-lock: after how many minutes without input the app locks (0 = never, for a device
  // only one person uses behind a locked screen).
  void draw_lock(UiContext& ui) {
    section(ui, "settings.lock");
    note(ui, "settings.lock.text");
    static constexpr int kMinutes[] = {1, 5, 10, 15, 30, 60, 0};
    ImGui::AlignTextToFramePadding();
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
    if (!change_open_) ImGui::SameLine(0.0f, ui.px(24.0f));
    draw_change_passphrase(ui);
  }

  // A new passphrase rewraps the data key; the data is not re-encrypted (docs/ENCRYPTION.md).
  void draw_change_passphrase(UiContext& ui) {
    if (!change_open_) {
      if (button(ui, "settings.lock.change", "settings.lock.change")) {
        change_open_ = true;
        change_message_.clear();
      }
      if (!change_message_.empty()) {
        message(theme::kSuccess, change_message_.c_str());
        ui.test_ids.mark_text("settings.lock.change.message", change_message_);
      }
      return;
    }
    ImGui::BeginChild("settings.lock.change", ImVec2(std::min(ui.px(520.0f), ImGui::GetContentRegionAvail().x), 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    Form change(ui, "settings.lock.change", change_errors_);
    change.password("current", current_);
    next_.draw(ui, change, "next");
    if (change.submit("submit")) {
      change_errors_.clear();
      if (next_.check(change_errors_)) change_passphrase(ui);
    }
    ImGui::SameLine();
    if (button(ui, "action.cancel", "settings.lock.change.cancel")) close_change();
    change.end();
    ImGui::EndChild();
  }

  void change_passphrase(UiContext& ui) {
    const std::string refused = ui.data->change_passphrase(current_, next_.text());
    if (!refused.empty()) {
      change_errors_.push_back({refused == text_key("settings.lock.change.wrong") ? "current" : "next", refused});
      return;
    }
    change_message_ = ui.tr("settings.lock.change.done");
    close_change();
  }

  void close_change() {
    change_open_ = false;
    wipe_secret(current_);
    next_.wipe();
    change_errors_.clear();
    wipe_text_input_state();
  }

  bool change_open_ = false;
  std::string current_;
  NewPassphrase next_;
  std::vector<FieldError> change_errors_;
  std::string change_message_;
  BackupSettings backup_;
  IntakeSettings intake_;
  SyncSettings sync_;
};

}  // namespace

std::unique_ptr<View> make_settings_view() { return std::make_unique<SettingsView>(); }

}  // namespace opp::app
