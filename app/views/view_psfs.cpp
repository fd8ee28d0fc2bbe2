// The PSFS view: the caseload's change from first to latest conversation (how many improved by
// 2 points or more, and the distribution), the persons who have had PSFS conversations, and the
// chosen person's table, chart and exports (app/views/panels/psfs_panel.hpp). A person's first
// conversation is recorded from their workspace (the list holds those who have one).
#include <algorithm>
#include <cmath>
#include <string>

#include "app/views/view.hpp"
#include "app/widgets/chart.hpp"
#include "app/widgets/form.hpp"
#include "app/views/panels/psfs_panel.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/text/csv.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class PsfsView final : public View {
 public:
  void draw(UiContext& ui) override {
    heading(ui, "psfs.title");
    note(ui, "psfs.lead");
    const queries::PsfsCaseload& caseload = ui.data->caseload().psfs();
    if (caseload.rows.empty()) {
      note(ui, "psfs.persons.none");
      ui.test_ids.mark_text("psfs.persons.none", ui.tr("psfs.persons.none"));
      return;
    }
    draw_caseload(ui, caseload);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (ui.narrow) {
      draw_list(ui, caseload, ui.px(260.0f));
      if (selected_ != kNoId) draw_person(ui);
      return;
    }
    const float list_width = ui.px(320.0f);
    const float height = std::max(ui.px(420.0f), ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("psfs.list", ImVec2(list_width, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    draw_list(ui, caseload, 0.0f);
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("psfs.person", ImVec2(0, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    if (selected_ == kNoId) {
      note(ui, "psfs.choose");
    } else {
      draw_person(ui);
    }
    ImGui::EndChild();
  }

 private:
  void draw_caseload(UiContext& ui, const queries::PsfsCaseload& caseload) {
    ImGui::SeparatorText(ui.tr("psfs.caseload.title"));
    const int n = static_cast<int>(caseload.changes.size());
    if (n == 0) {
      note(ui, "psfs.caseload.none");
      return;
    }
    const long share = std::lround(100.0 * caseload.improved / n);
    const std::string summary = format_text(ui.tr("psfs.caseload.summary"),
                                            {std::to_string(caseload.improved), std::to_string(n), std::to_string(share)});
    ImGui::TextUnformatted(summary.c_str());
    ui.test_ids.mark_text("psfs.caseload.summary", summary);
    ui.test_ids.mark_text("psfs.caseload.improved_share", std::to_string(share));
    ui.test_ids.mark_text("psfs.caseload.n", std::to_string(n));
    bar_chart(ui, "psfs.caseload.chart", psfs_change_chart(ui, caseload.histogram), ui.px(170.0f));
    ImGui::Spacing();
  }

  void draw_list(UiContext& ui, const queries::PsfsCaseload& caseload, float height) {
    ImGui::TextUnformatted(ui.tr("psfs.persons"));
    ImGui::BeginChild("psfs.rows", ImVec2(0, height), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(caseload.rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const queries::PsfsPersonRow& row = caseload.rows[static_cast<std::size_t>(i)];
        const std::string id = "psfs.person." + std::to_string(row.person->id);
        const std::string average = row.latest_average ? decimal_comma(*row.latest_average) : std::string("–");
        std::string details =
            row.conversations == 1
                ? format_text(ui.tr("psfs.person.row_one"), {to_display(row.latest), average})
                : format_text(ui.tr("psfs.person.row"), {std::to_string(row.conversations), to_display(row.latest), average});
        if (row.first_to_latest && row.first_to_latest->significance != queries::PsfsSignificance::None) {
          details += "  ·  " + signed_decimal_comma(row.first_to_latest->value);
        }
        const float room = ImGui::GetContentRegionAvail().x;
        const std::string label = fit_text(row.person->name, room) + "\n" + fit_text(details, room);
        ImGui::PushID(id.c_str());
        if (ImGui::Selectable(label.c_str(), selected_ == row.person->id)) {
          selected_ = row.person->id;
          panel_.reset();
        }
        ImGui::PopID();
        ui.test_ids.mark(id, row.person->name);
      }
    }
    ImGui::EndChild();
  }

  void draw_person(UiContext& ui) {
    const Person* person = ui.data->store().find_person(selected_);
    if (person == nullptr) {
      selected_ = kNoId;
      return;
    }
    heading_text(person->name.c_str());
    ImGui::SameLine();
    if (button(ui, "psfs.open_person", "psfs.open_person")) ui.navigate(Route{"person", person->id, "psfs"});
    panel_.draw(ui, person->id);
  }

  Id selected_ = kNoId;
  PsfsPanel panel_;
};

}  // namespace

std::unique_ptr<View> make_psfs_view() { return std::make_unique<PsfsView>(); }

}  // namespace opp::app
