// The person's workspace (view "person"): a header and one tab per part of the follow-up, chosen by the route.
#include <array>
#include <string>
#include <vector>

#include "app/views/person/tab.hpp"
#include "app/views/view.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/national_id.hpp"
#include "imgui.h"

namespace opp::app {

std::unique_ptr<PersonTab> make_overview_tab();      // tab_overview.cpp
std::unique_ptr<PersonTab> make_team_tab();          // tab_team.cpp
std::unique_ptr<PersonTab> make_plan_tab();          // tab_plan.cpp
std::unique_ptr<PersonTab> make_meetings_tab();      // tab_meetings.cpp
std::unique_ptr<PersonTab> make_psfs_tab();          // tab_psfs.cpp
std::unique_ptr<PersonTab> make_measurements_tab();  // tab_measurements.cpp
std::unique_ptr<PersonTab> make_relay_log_tab();     // tab_relay_log.cpp

std::span<const PersonTabInfo> person_tabs() {
  static constexpr std::array kTabs = {
      PersonTabInfo{"overview", text_key("person.tab.overview"), &make_overview_tab},
      PersonTabInfo{"team", text_key("person.tab.team"), &make_team_tab},
      PersonTabInfo{"plan", text_key("person.tab.plan"), &make_plan_tab},
      PersonTabInfo{"meetings", text_key("person.tab.meetings"), &make_meetings_tab},
      PersonTabInfo{"psfs", text_key("person.tab.psfs"), &make_psfs_tab},
      PersonTabInfo{"measurements", text_key("person.tab.measurements"), &make_measurements_tab},
      PersonTabInfo{"relay_log", text_key("person.tab.relay_log"), &make_relay_log_tab},
  };
  return kTabs;
}

std::string display_date(const std::optional<Date>& date) { return date ? to_display(*date) : std::string(); }

namespace {

class PersonWorkspace final : public View {
 public:
  PersonWorkspace() {
    for (const PersonTabInfo& info : person_tabs()) tabs_.push_back(info.make());
  }

  void on_route(UiContext&, const Route& route) override {
    if (route.person != person_) {
      for (auto& tab : tabs_) tab->reset();
      person_ = route.person;
    }
    selected_ = 0;
    const auto infos = person_tabs();
    for (std::size_t i = 0; i < infos.size(); ++i) {
      if (route.tab == infos[i].id) selected_ = i;
    }
  }

  void draw(UiContext& ui) override {
    const queries::PersonFile& file = ui.data->caseload().person(person_, ui.today());
    if (button(ui, "person.back", "person.back")) ui.navigate(Route{ui.back_view, kNoId, {}});
    if (file.person == nullptr) {
      message(theme::kError, ui.tr("person.not_found"));
      ui.test_ids.mark_text("person.not_found", ui.tr("person.not_found"));
      return;
    }
    draw_header(ui, file);
    draw_tab_row(ui);
    ImGui::Separator();
    ImGui::BeginChild("person.tab.content", ImVec2(0, 0), ImGuiChildFlags_None);
    tabs_[selected_]->draw(ui, file);
    ImGui::EndChild();
  }

 private:
  // The tabs as a row of buttons that wraps on a phone (ImGui's tab bar scrolls its tabs out of
  // sight instead, and needs a hover frame before a tap selects a tab).
  void draw_tab_row(UiContext& ui) {
    const auto infos = person_tabs();
    const ImGuiStyle& style = ImGui::GetStyle();
    for (std::size_t i = 0; i < infos.size(); ++i) {
      const char* title = ui.tr(infos[i].title_key);
      flow_next(ImGui::CalcTextSize(title).x + style.FramePadding.x * 2 + style.ItemSpacing.x, i == 0);
      ImGui::PushID(infos[i].id);
      if (choice_button(title, i == selected_) && i != selected_) {
        selected_ = i;
        ui.route.tab = infos[i].id;  // the route follows, so a link or "back" lands on this tab again
      }
      ImGui::PopID();
      ui.test_ids.mark(std::string("person.tab.") + infos[i].id, title);
    }
  }

  void draw_header(UiContext& ui, const queries::PersonFile& file) {
    const Person& p = *file.person;
    heading_text(p.name.c_str());
    ui.test_ids.mark_text("person.name", p.name);
    std::string line;
    if (p.birth_date) line += to_display(*p.birth_date);
    if (!p.national_id.empty()) line += (line.empty() ? "" : "  ·  ") + mask_national_id(p.national_id);
    if (!p.municipality.empty()) line += (line.empty() ? "" : "  ·  ") + p.municipality;
    const std::string coordinator =
        file.coordinator ? format_text(ui.tr("person.coordinator"), {file.coordinator->name})
                         : std::string(ui.tr("person.no_coordinator"));
    line += (line.empty() ? "" : "  ·  ") + coordinator;
    message(theme::kMuted, line.c_str());
    ui.test_ids.mark_text("person.summary", line);
  }

  Id person_ = kNoId;
  std::size_t selected_ = 0;
  std::vector<std::unique_ptr<PersonTab>> tabs_;
};

}  // namespace

std::unique_ptr<View> make_person_view() { return std::make_unique<PersonWorkspace>(); }

}  // namespace opp::app
