// Measurements tab: the quarterly measurements (contacts, admissions, medications), newest first.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/form.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class MeasurementsTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    if (file.measurements.empty()) {
      note(ui, "measurements.none");
      return;
    }
    static constexpr const char* kColumns[] = {text_key("measurements.date"), text_key("measurements.gp"), text_key("measurements.emergency"),
                                               text_key("measurements.municipal"), text_key("measurements.specialist"),
                                               text_key("measurements.admissions"), text_key("measurements.medications")};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetFrameHeight() * static_cast<float>(file.measurements.size() + 2) +
                         ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("measurements", 7, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (const char* key : kColumns) ImGui::TableSetupColumn(ui.tr(key));
    ImGui::TableHeadersRow();
    for (const QuarterlyMeasurement* m : file.measurements) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(to_display(m->date).c_str());
      ui.test_ids.mark_text("measurements.row." + std::to_string(m->id), to_display(m->date));
      for (const int value : {m->gp_contacts, m->emergency_contacts, m->municipal_contacts, m->specialist_contacts,
                              m->hospital_admissions, m->medications}) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", value);
      }
    }
    ImGui::EndTable();
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_measurements_tab() { return std::make_unique<MeasurementsTab>(); }

}  // namespace opp::app
