// Measurements tab: hospital admissions as dated events (each raises an alert for the coordinator
// until marked seen), and the quarterly measurements with the period each belongs to (at inclusion,
// after 3 months, …), newest first.
#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "app/views/person/tab.hpp"
#include "app/widgets/case_text.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
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
    reset_measurement();
  }
  void reset_measurement() {
    m_date_text_.clear();
    for (std::string& count : counts_) count.clear();
    m_errors_.clear();
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
        ui.data->commit(MarkAdmissionSeen{a->id, ui.today()}, errors_);
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
        ui.data->commit(RegisterAdmission{file.person->id, *date, kind_, bed_days, note_}, errors);
      }
      errors_ = errors;
      if (errors_.empty()) reset();
    }
    form.end();
  }

  // The measured counts, in the order of the form and the table: the form's field name, the
  // stored member, the table's column, and the command's member and field (errors name it).
  struct CountField {
    const char* field;
    int QuarterlyMeasurement::*member;
    const char* column_key;
    int RecordMeasurement::*command;
    const char* command_field;
  };
  static constexpr CountField kCounts[] = {
      {"gp", &QuarterlyMeasurement::gp_contacts, text_key("measurements.gp"), &RecordMeasurement::gp_contacts, "gp_contacts"},
      {"emergency", &QuarterlyMeasurement::emergency_contacts, text_key("measurements.emergency"),
       &RecordMeasurement::emergency_contacts, "emergency_contacts"},
      {"municipal", &QuarterlyMeasurement::municipal_contacts, text_key("measurements.municipal"),
       &RecordMeasurement::municipal_contacts, "municipal_contacts"},
      {"specialist", &QuarterlyMeasurement::specialist_contacts, text_key("measurements.specialist"),
       &RecordMeasurement::specialist_contacts, "specialist_contacts"},
      {"medications", &QuarterlyMeasurement::medications, text_key("measurements.medications"),
       &RecordMeasurement::medications, "medications"},
      {"departments", &QuarterlyMeasurement::hospital_departments, text_key("measurements.departments"),
       &RecordMeasurement::hospital_departments, "hospital_departments"},
      {"proactive", &QuarterlyMeasurement::proactive_services, text_key("measurements.proactive"),
       &RecordMeasurement::proactive_services, "proactive_services"},
  };
  static constexpr std::size_t kCountFields = std::size(kCounts);

  void draw_measurements(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("measurements.title"));
    const Case* c = file.open_case;
    if (c != nullptr && c->included) {
      const std::string since = format_text(ui.tr("measurements.included"), {to_display(*c->included)});
      message(theme::kMuted, since.c_str());
      ui.test_ids.mark_text("measurements.included", since);
      if (const auto due = queries::next_measurement_due(ui.data->store(), *c)) {
        const std::string next = format_text(ui.tr("measurements.next_due"), {to_display(due->date), period_text(ui, due->period)});
        message(due->date < ui.today() ? theme::kWarning : theme::kMuted, next.c_str());
        ui.test_ids.mark_text("measurements.next_due", next);
      }
    }
    draw_measurement_form(ui, file);
    if (file.measurements.empty()) {
      note(ui, "measurements.none");
      return;
    }
    // Admissions counted in a measurement are shown only for records from before they were dated events.
    const bool old_admission_counts = std::any_of(file.measurements.begin(), file.measurements.end(),
                                                  [](const QuarterlyMeasurement* m) { return m->hospital_admissions > 0; });
    const int columns = 2 + static_cast<int>(kCountFields) + (old_admission_counts ? 1 : 0);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetFrameHeight() * static_cast<float>(file.measurements.size() + 2) +
                         ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("measurements", columns, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(ui.tr("measurements.date"));
    ImGui::TableSetupColumn(ui.tr("measurements.period"));
    for (const CountField& f : kCounts) ImGui::TableSetupColumn(ui.tr(f.column_key));
    if (old_admission_counts) ImGui::TableSetupColumn(ui.tr("measurements.admissions"));
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
      for (const CountField& f : kCounts) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", m->*f.member);
        ui.test_ids.mark_text("measurements.row." + std::to_string(m->id) + "." + f.field, std::to_string(m->*f.member));
      }
      if (old_admission_counts) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", m->hospital_admissions);
      }
    }
    ImGui::EndTable();
  }

  void draw_measurement_form(UiContext& ui, const queries::PersonFile& file) {
    const bool open = ImGui::CollapsingHeader(ui.tr("measurements.new.title"));
    ui.test_ids.mark("measurements.new", ui.tr("measurements.new.title"));
    if (!open) return;
    // The form's errors are reported by the core under the command's field names.
    std::vector<FieldError> shown = m_errors_;
    for (FieldError& e : shown) {
      for (const CountField& f : kCounts) {
        if (e.field == f.command_field) e.field = f.field;
      }
    }
    Form mform(ui, "measurements.new", shown);
    if (m_date_text_.empty()) m_date_text_ = to_display(ui.today());
    mform.date("date", m_date_text_);
    // In the order of kCounts.
    mform.text("gp", counts_[0]);
    mform.text("emergency", counts_[1]);
    mform.text("municipal", counts_[2]);
    mform.text("specialist", counts_[3]);
    mform.text("medications", counts_[4]);
    mform.text("departments", counts_[5]);
    mform.text("proactive", counts_[6]);
    note(ui, "measurements.new.admissions_note");
    if (mform.submit("submit")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(m_date_text_, "date", errors);
      RecordMeasurement command;
      command.person = file.person->id;
      for (std::size_t i = 0; i < kCountFields; ++i) {
        command.*kCounts[i].command = read_int(counts_[i], kCounts[i].command_field, errors).value_or(0);
      }
      if (errors.empty()) {
        command.date = *date;
        ui.data->commit(command, errors);
      }
      m_errors_ = errors;
      if (m_errors_.empty()) reset_measurement();
    }
    mform.end();
  }

  std::string date_text_, bed_days_text_, note_;
  std::string m_date_text_;
  std::array<std::string, kCountFields> counts_;
  std::vector<FieldError> m_errors_;
  AdmissionKind kind_ = AdmissionKind::Acute;
  std::vector<FieldError> errors_;
};

}  // namespace

std::unique_ptr<PersonTab> make_measurements_tab() { return std::make_unique<MeasurementsTab>(); }

}  // namespace opp::app
