// PSFS tab: the person's activities × conversations as on the paper form, with the total and average.
#include <cstdio>
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

std::string one_decimal(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string s = text;
  for (char& c : s) {
    if (c == '.') c = ',';  // Norwegian decimal comma
  }
  return s;
}

class PsfsTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    const queries::PsfsGrid& grid = file.psfs;
    if (grid.activities.empty()) {
      note(ui, "psfs.none");
      return;
    }
    const int columns = 1 + static_cast<int>(grid.conversations.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    // As tall as its rows (a scrolling table would otherwise take the whole tab), plus the scrollbar.
    const float height = ImGui::GetFrameHeight() * static_cast<float>(grid.activities.size() + 3) +
                         ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("psfs.grid", columns, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(ui.tr("psfs.activity"), ImGuiTableColumnFlags_WidthFixed, ui.px(ui.narrow ? 150.0f : 260.0f));
    for (const PsfsConversation* c : grid.conversations) {
      ImGui::TableSetupColumn(to_display(c->date).c_str(), ImGuiTableColumnFlags_WidthFixed, ui.px(92.0f));
    }
    ImGui::TableHeadersRow();
    for (std::size_t a = 0; a < grid.activities.size(); ++a) {
      const PsfsActivity& activity = *grid.activities[a];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, activity.retired ? theme::kMuted : ImGui::GetStyle().Colors[ImGuiCol_Text]);
      ImGui::TextWrapped("%s", activity.text.c_str());
      ImGui::PopStyleColor();
      for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
        ImGui::TableNextColumn();
        const std::optional<int>& score = grid.scores[a][c];
        const std::string text = score ? std::to_string(*score) : std::string("–");
        ImGui::TextUnformatted(text.c_str());
        ui.test_ids.mark_text("psfs.cell." + std::to_string(activity.id) + "." + std::to_string(grid.conversations[c]->id),
                              text);
      }
    }
    draw_summary_row(ui, grid, text_key("psfs.total"), [&](std::size_t c) { return std::to_string(grid.totals[c]); });
    draw_summary_row(ui, grid, text_key("psfs.average"), [&](std::size_t c) {
      return grid.averages[c] ? one_decimal(*grid.averages[c]) : std::string("–");
    });
    ImGui::EndTable();
  }

 private:
  template <typename F>
  void draw_summary_row(UiContext& ui, const queries::PsfsGrid& grid, const char* key, F&& value_of) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(ui.tr(key));
    for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
      ImGui::TableNextColumn();
      const std::string text = value_of(c);
      ImGui::TextUnformatted(text.c_str());
      ui.test_ids.mark_text(std::string(key) + "." + std::to_string(grid.conversations[c]->id), text);
    }
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_psfs_tab() { return std::make_unique<PsfsTab>(); }

}  // namespace opp::app
