// Measurements tab: hospital admissions as dated events (each raises an alert for the coordinator
// until marked seen), and the quarterly measurements with the period each belongs to (at inclusion,
// after 3 months, …), newest first.
#include <string>
#include <vector>

#include "app/views/person/tab.hpp"
#include "app/widgets/case_text.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/storage/repository.hpp"
#include "core/domain/enum_names.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class MeasurementsTab final : public PersonTab {
 public:
  void reset() override {
    date_text_.clear();
    bed_days_text_.clear();
    note_.clear();
    errors_.clear();
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    draw_admissions(ui, file);
    draw_measurements(ui, file);
  }

 private:
  void draw_admissions(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("admissions.title"));
    if (file.admissions.empty()) note(ui, "admissions.none");
    for (const Admission* a : file.admissions) {
      ImGui::PushID(static_cast<int>(a->id & 0x7fffffff));
      std::string line = to_display(a->date) + "  ·  " + ui.tr(label_key(a->kind)) + "  ·  " +
                         format_text(ui.tr("admissions.bed_days_n"), {std::to_string(a->bed_days)});
      if (!a->note.empty()) line += "  ·  " + a->note;
      ImGui::TextUnformatted(line.c_str());
      ui.test_ids.mark_text("admissions.row." + std::to_string(a->id), line);
      ImGui::SameLine();
      if (a->seen) {
        message(theme::kMuted, format_text(ui.tr("admissions.seen"), {to_display(*a->seen)}).c_str());
      } else if (button(ui, "admissions.mark_seen", ("admissions.row." + std::to_string(a->id) + ".seen").c_str())) {
        errors_ = ui.repository->commit(MarkAdmissionSeen{a->id, ui.today()}, ui.author).errors;
      }
      ImGui::PopID();
    }
    Form form(ui, "admissions.new", errors_);
    if (date_text_.empty()) date_text_ = to_display(ui.today());
    form.date("date", date_text_);
    for (const AdmissionKind k : {AdmissionKind::Acute, AdmissionKind::Planned}) {
      if (k == AdmissionKind::Planned) ImGui::SameLine();
      if (ImGui::RadioButton(ui.tr(label_key(k)), kind_ == k)) kind_ = k;
      ui.test_ids.mark("admissions.new.kind." + std::string(enum_name(k)), ui.tr(label_key(k)));
    }
    form.text("bed_days", bed_days_text_);
    form.text("note", note_);
    if (form.submit("submit")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(date_text_, "date", errors);
      const int bed_days = read_int(bed_days_text_, "bed_days", errors).value_or(0);
      if (errors.empty()) {
        errors = ui.repository->commit(RegisterAdmission{file.person->id, *date, kind_, bed_days, note_}, ui.author).errors;
      }
      errors_ = errors;
      if (errors_.empty()) reset();
    }
    form.end();
  }

  void draw_measurements(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("measurements.title"));
    const Case* c = file.open_case;
    if (c != nullptr && c->included) {
      const std::string since = format_text(ui.tr("measurements.included"), {to_display(*c->included)});
      message(theme::kMuted, since.c_str());
      ui.test_ids.mark_text("measurements.included", since);
    }
    if (file.measurements.empty()) {
      note(ui, "measurements.none");
      return;
    }
    static constexpr const char* kColumns[] = {text_key("measurements.date"), text_key("measurements.period"),
                                               text_key("measurements.gp"), text_key("measurements.emergency"),
                                               text_key("measurements.municipal"), text_key("measurements.specialist"),
                                               text_key("measurements.admissions"), text_key("measurements.medications")};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetFrameHeight() * static_cast<float>(file.measurements.size() + 2) +
                         ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("measurements", 8, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (const char* key : kColumns) ImGui::TableSetupColumn(ui.tr(key));
    ImGui::TableHeadersRow();
    for (const QuarterlyMeasurement* m : file.measurements) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(to_display(m->date).c_str());
      ui.test_ids.mark_text("measurements.row." + std::to_string(m->id), to_display(m->date));
      ImGui::TableNextColumn();
      if (c != nullptr && c->included) {
        ImGui::TextUnformatted(period_text(ui, queries::measurement_period_of(*c->included, m->date)).c_str());
      }
      for (const int value : {m->gp_contacts, m->emergency_contacts, m->municipal_contacts, m->specialist_contacts,
                              m->hospital_admissions, m->medications}) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", value);
      }
    }
    ImGui::EndTable();
  }

  std::string date_text_, bed_days_text_, note_;
  AdmissionKind kind_ = AdmissionKind::Acute;
  std::vector<FieldError> errors_;
};

}  // namespace

std::unique_ptr<PersonTab> make_measurements_tab() { return std::make_unique<MeasurementsTab>(); }

}  // namespace opp::app
