// Team tab: the follow-up team (oppfølgingsteam), the coordinator first, former members last.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class TeamTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    if (file.team.empty()) {
      note(ui, "team.none");
      return;
    }
    // On a phone: one line per member with the details under it, instead of a six-column table.
    if (ui.narrow) {
      for (const TeamMember* m : file.team) {
        std::string title = m->name;
        if (m->active() && m->coordinator) title += "  ·  " + std::string(ui.tr("team.coordinator"));
        message(m->active() ? ImGui::GetStyle().Colors[ImGuiCol_Text] : theme::kMuted, title.c_str());
        ui.test_ids.mark_text("team.member." + std::to_string(m->id), m->name);
        message(theme::kMuted, details(ui, *m).c_str());
        ImGui::Spacing();
      }
      return;
    }
    if (!ImGui::BeginTable("team", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const char* key : {text_key("team.name"), text_key("team.role"), text_key("team.service"), text_key("team.level"), text_key("team.period")}) {
      ImGui::TableSetupColumn(ui.tr(key));
    }
    ImGui::TableHeadersRow();
    for (const TeamMember* m : file.team) {
      ImGui::TableNextRow();
      if (!m->active()) ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
      ImGui::TableNextColumn();
      std::string name = m->name;
      if (m->active() && m->coordinator) name += " (" + std::string(ui.tr("team.coordinator")) + ")";
      ImGui::TextUnformatted(name.c_str());
      ui.test_ids.mark_text("team.member." + std::to_string(m->id), m->name);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->role.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->service.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui.tr(label_key(m->level)));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(period(*m).c_str());
      if (!m->active()) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }

 private:
  static std::string period(const TeamMember& m) {
    return to_display(m.joined) + " – " + (m.left ? to_display(*m.left) : std::string());
  }
  static std::string details(UiContext& ui, const TeamMember& m) {
    std::string text = m.role;
    if (!m.service.empty()) text += (text.empty() ? "" : ", ") + m.service;
    text += (text.empty() ? "" : "  ·  ") + std::string(ui.tr(label_key(m.level))) + "  ·  " + period(m);
    return text;
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_team_tab() { return std::make_unique<TeamTab>(); }

}  // namespace opp::app
