// Plan tab: the individual plan (individuell plan) as goals, sub-goals and their measures.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class PlanTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    if (file.plan.empty()) {
      note(ui, "plan.none");
      return;
    }
    for (const queries::PlanGoal& goal : file.plan) draw_goal(ui, goal, 0);
  }

 private:
  void draw_goal(UiContext& ui, const queries::PlanGoal& node, int depth) {
    const Goal& goal = *node.goal;
    ImGui::PushID(static_cast<int>(goal.id & 0x7fffffff));
    const char* kind = ui.tr(depth == 0 ? "plan.goal" : "plan.sub_goal");
    const std::string title = std::string(kind) + ": " + goal.text;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ui.test_ids.mark_text("plan.goal." + std::to_string(goal.id), goal.text);
    ImGui::Indent();
    for (const Measure* m : node.measures) {
      std::string line = std::string(ui.tr("plan.measure")) + ": " + m->text + "  ·  " + ui.tr(label_key(m->status));
      if (m->due) line += "  ·  " + format_text(ui.tr("plan.due"), {to_display(*m->due)});
      message(theme::kMuted, line.c_str());
      ui.test_ids.mark_text("plan.measure." + std::to_string(m->id), m->text);
      for (const MeasureEvaluation& e : m->evaluations) {
        message(theme::kMuted, ("    " + to_display(e.date) + ": " + e.note).c_str());
      }
    }
    for (const queries::PlanGoal& sub : node.sub_goals) draw_goal(ui, sub, depth + 1);
    ImGui::Unindent();
    ImGui::PopID();
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_plan_tab() { return std::make_unique<PlanTab>(); }

}  // namespace opp::app
