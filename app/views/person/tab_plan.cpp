// Plan tab: the individual plan (individuell plan) as goals, sub-goals and their measures, with
// new goals and measures, measure status, and dated goal evaluations. Every change is a command,
// so the audit trail keeps the plan's history.
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

constexpr MeasureStatus kStatuses[] = {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done,
                                       MeasureStatus::Cancelled};
constexpr GoalOutcome kOutcomes[] = {GoalOutcome::Achieved, GoalOutcome::Partly, GoalOutcome::NotAchieved};

class PlanTab final : public PersonTab {
 public:
  void reset() override {
    goal_text_.clear();
    goal_errors_.clear();
    open_goal_ = kNoId;
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    if (file.plan.empty()) note(ui, "plan.none");
    for (const queries::PlanGoal& goal : file.plan) draw_goal(ui, file, goal, 0);
    ImGui::SeparatorText(ui.tr("plan.new_goal.title"));
    Form form(ui, "plan.new_goal", goal_errors_);
    form.text("text", goal_text_);
    if (form.submit("submit")) {
      ui.data->commit(AddGoal{file.person->id, kNoId, goal_text_, ui.today()}, goal_errors_);
      if (goal_errors_.empty()) goal_text_.clear();
    }
    form.end();
  }

 private:
  void draw_goal(UiContext& ui, const queries::PersonFile& file, const queries::PlanGoal& node, int depth) {
    const Goal& goal = *node.goal;
    const std::string gid = "plan.goal." + std::to_string(goal.id);
    ImGui::PushID(static_cast<int>(goal.id & 0x7fffffff));
    const char* kind = ui.tr(depth == 0 ? "plan.goal" : "plan.sub_goal");
    const std::string title = std::string(kind) + ": " + goal.text;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ui.test_ids.mark_text(gid, goal.text);
    ImGui::Indent();
    for (const GoalEvaluation& e : goal.evaluations) {
      const std::string line = format_text(ui.tr("plan.evaluated"), {to_display(e.date), ui.tr(label_key(e.outcome))}) +
                               (e.note.empty() ? "" : ": " + e.note);
      message(e.outcome == GoalOutcome::Achieved ? theme::kSuccess : theme::kMuted, line.c_str());
    }
    if (!goal.evaluations.empty()) ui.test_ids.mark_text(gid + ".evaluation", ui.tr(label_key(goal.evaluations.back().outcome)));
    for (const Measure* m : node.measures) draw_measure(ui, *m);
    for (const queries::PlanGoal& sub : node.sub_goals) draw_goal(ui, file, sub, depth + 1);
    if (open_goal_ == goal.id) {
      draw_goal_forms(ui, file, goal, gid);
    } else if (button(ui, "plan.goal.edit", (gid + ".edit").c_str())) {
      open_goal_ = goal.id;
      measure_ = {};
      measure_errors_.clear();
      evaluation_errors_.clear();
      due_text_.clear();
      note_.clear();
    }
    ImGui::Unindent();
    ImGui::PopID();
  }

  void draw_measure(UiContext& ui, const Measure& m) {
    const std::string mid = "plan.measure." + std::to_string(m.id);
    ImGui::PushID(static_cast<int>(m.id & 0x7fffffff));
    std::string line = std::string(ui.tr("plan.measure")) + ": " + m.text;
    const std::string_view responsible = queries::member_name(ui.data->store(), m.responsible);
    if (!responsible.empty()) line += "  ·  " + std::string(responsible);
    if (m.due) line += "  ·  " + format_text(ui.tr("plan.due"), {to_display(*m.due)});
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ui.test_ids.mark_text(mid, m.text);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.px(150.0f));
    if (ImGui::BeginCombo("##status", ui.tr(label_key(m.status)))) {
      for (const MeasureStatus s : kStatuses) {
        if (ImGui::Selectable(ui.tr(label_key(s)), s == m.status) && s != m.status) {
          ui.data->commit(SetMeasureStatus{m.id, s}, status_errors_);
          status_errors_for_ = m.id;
        }
        ui.test_ids.mark(mid + ".status." + std::string(enum_name(s)), ui.tr(label_key(s)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark(mid + ".status", ui.tr(label_key(m.status)));
    if (status_errors_for_ == m.id) {
      for (const FieldError& e : status_errors_) {
        message(theme::kError, ui.tr(e.message_key));
        ui.test_ids.mark_text(mid + ".status.error", ui.tr(e.message_key));
      }
    }
    for (const MeasureEvaluation& e : m.evaluations) message(theme::kMuted, ("    " + to_display(e.date) + ": " + e.note).c_str());
    ImGui::PopID();
  }

  // A new measure under the goal, and the goal's evaluation.
  void draw_goal_forms(UiContext& ui, const queries::PersonFile& file, const Goal& goal, const std::string& gid) {
    ImGui::SeparatorText(ui.tr("plan.new_measure.title"));
    Form form(ui, "plan.new_measure", measure_errors_);
    form.text("text", measure_.text);
    const std::string_view who = queries::member_name(ui.data->store(), measure_.responsible);
    const std::string shown = who.empty() ? std::string(ui.tr("plan.responsible.none")) : std::string(who);
    ImGui::SetNextItemWidth(ui.px(260.0f));
    if (ImGui::BeginCombo("##responsible", shown.c_str())) {
      if (ImGui::Selectable(ui.tr("plan.responsible.none"), measure_.responsible == kNoId)) measure_.responsible = kNoId;
      for (const TeamMember* m : file.team) {
        if (!m->active()) continue;
        if (ImGui::Selectable(m->name.c_str(), m->id == measure_.responsible)) measure_.responsible = m->id;
        ui.test_ids.mark("plan.new_measure.responsible." + std::to_string(m->id), m->name);
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("plan.new_measure.responsible", shown);
    form.date("due", due_text_);
    if (form.submit("submit")) {
      std::vector<FieldError> errors;
      measure_.goal = goal.id;
      measure_.due = read_date(due_text_, "due", errors);
      measure_errors_ = errors.empty() ? ui.data->commit(measure_).errors : errors;
      if (measure_errors_.empty()) {
        measure_ = {};
        due_text_.clear();
      }
    }
    form.end();

    ImGui::SeparatorText(ui.tr("plan.evaluate.title"));
    for (const GoalOutcome o : kOutcomes) {
      ImGui::SameLine(0.0f, -1.0f);
      if (o == kOutcomes[0]) ImGui::NewLine();
      if (ImGui::RadioButton(ui.tr(label_key(o)), outcome_ == o)) outcome_ = o;
      ui.test_ids.mark("plan.evaluate.outcome." + std::string(enum_name(o)), ui.tr(label_key(o)));
    }
    Form evaluation(ui, "plan.evaluate", evaluation_errors_);
    evaluation.text("note", note_);
    if (evaluation.submit("submit")) {
      ui.data->commit(EvaluateGoal{goal.id, ui.today(), outcome_, note_}, evaluation_errors_);
      if (evaluation_errors_.empty()) note_.clear();
    }
    evaluation.end();
    if (button(ui, "plan.goal.done", (gid + ".done").c_str())) open_goal_ = kNoId;
  }

  std::string goal_text_;
  std::vector<FieldError> goal_errors_, measure_errors_, evaluation_errors_;
  std::vector<FieldError> status_errors_;  // a measure's status change refused
  Id status_errors_for_ = kNoId;            // which measure
  Id open_goal_ = kNoId;
  AddMeasure measure_;
  std::string due_text_, note_;
  GoalOutcome outcome_ = GoalOutcome::Partly;
};

}  // namespace

std::unique_ptr<PersonTab> make_plan_tab() { return std::make_unique<PlanTab>(); }

}  // namespace opp::app
