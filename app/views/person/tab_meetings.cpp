// Meetings tab: network, collaboration and evaluation meetings, newest first, with who took part.
#include <algorithm>
#include <string>
#include <vector>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/domain/enum_names.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

constexpr MeetingType kTypes[] = {MeetingType::Network, MeetingType::Collaboration, MeetingType::Evaluation};

class MeetingsTab final : public PersonTab {
 public:
  void reset() override {
    draft_ = {};
    date_text_.clear();
    errors_.clear();
    step_errors_.clear();
    survey_meeting_ = kNoId;
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    draw_list(ui, file);
    draw_new(ui, file);
  }

 private:
  // A meeting: planned when its date is ahead, held otherwise.
  void draw_new(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("meetings.new.title"));
    if (date_text_.empty()) date_text_ = to_display(ui.today());
    for (const MeetingType t : kTypes) {
      if (t != kTypes[0]) ImGui::SameLine();
      if (ImGui::RadioButton(ui.tr(label_key(t)), draft_.type == t)) draft_.type = t;
      ui.test_ids.mark("meetings.new.type." + std::string(enum_name(t)), ui.tr(label_key(t)));
    }
    Form form(ui, "meetings.new", errors_);
    form.date("date", date_text_);
    ImGui::TextUnformatted(ui.tr("meetings.new.participants"));
    for (const TeamMember* m : file.team) {
      if (!m->active()) continue;
      bool on = std::find(draft_.participants.begin(), draft_.participants.end(), m->id) != draft_.participants.end();
      ImGui::PushID(static_cast<int>(m->id & 0x7fffffff));
      if (ImGui::Checkbox(m->name.c_str(), &on)) {
        if (on) {
          draft_.participants.push_back(m->id);
        } else {
          std::erase(draft_.participants, m->id);
        }
      }
      ui.test_ids.mark("meetings.new.participant." + std::to_string(m->id), m->name);
      ImGui::PopID();
    }
    form.checkbox("person_present", draft_.person_present);
    form.text("agenda", draft_.agenda);
    form.text("decisions", draft_.decisions);
    form.text("next_steps", draft_.next_steps);
    if (form.submit("submit")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(date_text_, "date", errors);
      if (errors.empty()) {
        draft_.person = file.person->id;
        draft_.date = *date;
        ui.data->commit(draft_, errors);
      }
      errors_ = errors;
      if (errors_.empty()) reset();
    }
    form.end();
  }

  // The next step becomes a measure under the plan's first goal, due in a month.
  void to_measure(UiContext& ui, const queries::PersonFile& file, const Meeting& m) {
    step_errors_.clear();
    if (file.plan.empty()) {
      step_errors_.push_back({"goal", text_key("meetings.error.no_goal")});
      return;
    }
    ui.data->commit(AddMeasure{file.plan.front().goal->id, m.next_steps, kNoId, add_months(std::max(m.date, ui.today()), 1), m.id},
                    step_errors_);
  }

  void draw_list(UiContext& ui, const queries::PersonFile& file) {
    if (file.meetings.empty()) {
      note(ui, "meetings.none");
      return;
    }
    const Store& store = ui.data->store();
    const Date today = ui.today();
    for (const Meeting* m : file.meetings) {
      ImGui::PushID(static_cast<int>(m->id & 0x7fffffff));
      const std::string title = to_display(m->date) + "  ·  " + ui.tr(label_key(m->type)) + "  ·  " +
                                ui.tr(today < m->date ? "meetings.planned" : "meetings.held");
      ImGui::TextUnformatted(title.c_str());
      ui.test_ids.mark_text("meetings.meeting." + std::to_string(m->id), title);
      std::string who;
      for (const Id participant : m->participants) {
        who += (who.empty() ? "" : ", ") + std::string(queries::member_name(store, participant));
      }
      const char* present = ui.tr(m->person_present ? "meetings.person_present" : "meetings.person_absent");
      message(theme::kMuted, (who.empty() ? std::string(present) : who + "  ·  " + present).c_str());
      const std::pair<const char*, const std::string*> parts[] = {
          {text_key("meetings.agenda"), &m->agenda}, {text_key("meetings.decisions"), &m->decisions}, {text_key("meetings.next_steps"), &m->next_steps}};
      for (const auto& [key, text] : parts) {
        if (text->empty()) continue;
        message(ImGui::GetStyle().Colors[ImGuiCol_Text], (std::string(ui.tr(key)) + ": " + *text).c_str());
      }
      if (m->type == MeetingType::Evaluation && !(today < m->date)) draw_survey(ui, store, *m);
      if (!m->next_steps.empty()) {
        bool done = false;
        for (const queries::PlanGoal& g : file.plan) {
          for (const Measure* measure : g.measures) done |= measure->from_meeting == m->id;
        }
        if (done) {
          message(theme::kSuccess, ui.tr("meetings.step_is_measure"));
        } else if (button(ui, "meetings.to_measure", ("meetings." + std::to_string(m->id) + ".to_measure").c_str())) {
          to_measure(ui, file, *m);
        }
      }
      ImGui::Separator();
      ImGui::PopID();
    }
    for (const FieldError& e : step_errors_) {
      message(theme::kError, ui.tr(e.message_key));
      ui.test_ids.mark_text("meetings.error", ui.tr(e.message_key));
    }
  }

  // [SECTION] The user-experienced quality survey of a held evaluation meeting: its answers once
  // recorded, else a button that opens the form.
  void draw_survey(UiContext& ui, const Store& store, const Meeting& m) {
    const std::string id = "meetings." + std::to_string(m.id) + ".survey";
    for (const QualitySurvey& s : store.quality_surveys.of_person(m.person)) {
      if (s.meeting != m.id) continue;
      std::string answers;
      for (const int a : s.answers) answers += (answers.empty() ? "" : " · ") + (a == 0 ? std::string("–") : std::to_string(a));
      const std::string summary = format_text(ui.tr("meetings.survey.recorded"), {answers});
      message(theme::kSuccess, summary.c_str());
      ui.test_ids.mark_text(id, summary);
      if (!s.comment.empty()) {
        message(ImGui::GetStyle().Colors[ImGuiCol_Text], ("«" + s.comment + "»").c_str());
        ui.test_ids.mark_text(id + ".comment", s.comment);
      }
      return;
    }
    if (survey_meeting_ != m.id) {
      if (button(ui, "meetings.survey.open", id.c_str())) {
        survey_meeting_ = m.id;
        survey_ = {m.id, std::vector<int>(kQualityItems, 0), ""};
        survey_errors_.clear();
      }
      return;
    }
    ImGui::SeparatorText(ui.tr("meetings.survey.title"));
    note(ui, "meetings.survey.lead");
    Form f(ui, "meetings.survey", survey_errors_);
    f.scale("answers.0", survey_.answers[0], 5, text_key("meetings.survey.not_answered"));
    f.scale("answers.1", survey_.answers[1], 5, text_key("meetings.survey.not_answered"));
    f.scale("answers.2", survey_.answers[2], 5, text_key("meetings.survey.not_answered"));
    f.scale("answers.3", survey_.answers[3], 5, text_key("meetings.survey.not_answered"));
    f.scale("answers.4", survey_.answers[4], 5, text_key("meetings.survey.not_answered"));
    f.multiline("comment", survey_.comment, 3.0f);
    const bool save = f.submit("submit");
    ImGui::SameLine();
    const bool cancel = button(ui, "meetings.survey.cancel", "meetings.survey.cancel");
    f.end();
    if (save) {
      if (ui.data->commit(survey_, survey_errors_)) survey_meeting_ = kNoId;
    } else if (cancel) {
      survey_meeting_ = kNoId;
      survey_errors_.clear();
    }
  }

  RecordMeeting draft_;
  Id survey_meeting_ = kNoId;  // the meeting whose survey form is open
  RecordQualitySurvey survey_;
  std::vector<FieldError> survey_errors_;
  std::string date_text_;
  std::vector<FieldError> errors_, step_errors_;
};

}  // namespace

std::unique_ptr<PersonTab> make_meetings_tab() { return std::make_unique<MeetingsTab>(); }

}  // namespace opp::app
