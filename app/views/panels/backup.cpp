// Backups from the app, and the reminder (backup.hpp).
#include "app/views/panels/backup.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/rules/backup_reminder.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

std::optional<long long> read_number(const std::string& text) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

void make_backup(UiContext& ui) { make_backup_file(ui, "json", ui.data->backup_document()); }

void make_backup_file(UiContext& ui, const std::string& suffix, const std::string& text) {
  const long long now = ui.platform.wall_clock_ms();
  const std::string day = to_iso(Timestamp{now}.date());
  ui.platform.download_text("oppfolging-sikkerhetskopi-" + day + "." + suffix, "application/json", text);
  ui.platform.set_preference("backup.last_ms", std::to_string(now));
}

void open_encrypted_backup(UiContext& ui) {
  ui.request_encrypted_backup = true;
  ui.navigate(Route{"settings", kNoId, {}});
}

int backup_reminder_days(const UiContext& ui) {
  const std::optional<long long> days = read_number(ui.platform.preference("backup.reminder_days"));
  return days && *days >= 0 && *days <= 3650 ? static_cast<int>(*days) : kDefaultBackupReminderDays;
}

std::optional<std::string> backup_reminder_text(const UiContext& ui) {
  // The demo's invented data is made again at every reset: nothing there needs a backup.
  if (ui.data == nullptr || ui.demo()) return std::nullopt;
  std::optional<Timestamp> last;
  if (const std::optional<long long> ms = read_number(ui.platform.preference("backup.last_ms"))) last = Timestamp{*ms};
  const std::optional<BackupReminder> due = backup_reminder(last, Timestamp{ui.platform.wall_clock_ms()},
                                                            backup_reminder_days(ui), ui.data->store().persons.size());
  if (!due) return std::nullopt;
  return due->days_since ? format_text(ui.tr("backup.reminder.old"), {std::to_string(*due->days_since)})
                         : std::string(ui.tr("backup.reminder.never"));
}

float backup_reminder_width(const UiContext& ui, const std::string& text, bool compact) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (compact) return ImGui::CalcTextSize(ui.tr("backup.reminder.short")).x + style.FramePadding.x * 2.0f;
  return ImGui::CalcTextSize(text.c_str()).x + style.ItemSpacing.x + ImGui::CalcTextSize(ui.tr("backup.reminder.make")).x +
         style.FramePadding.x * 2.0f;
}

void draw_backup_reminder(UiContext& ui, const std::string& text, bool compact, float right_margin) {
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(),
                                ImGui::GetWindowContentRegionMax().x - right_margin - backup_reminder_width(ui, text, compact)));
  if (compact) {
    const char* label = ui.tr("backup.reminder.short");
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    const bool pressed = ImGui::SmallButton(label);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
    ui.test_ids.mark("backup.reminder.make", text);
    if (pressed) open_encrypted_backup(ui);
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ui.test_ids.mark_text("backup.reminder", text);
  ImGui::SameLine();
  const char* label = ui.tr("backup.reminder.make");
  if (ImGui::SmallButton(label)) open_encrypted_backup(ui);
  ui.test_ids.mark("backup.reminder.make", label);
}

}  // namespace opp::app
