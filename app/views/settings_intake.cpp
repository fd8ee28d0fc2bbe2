// Settings for intake: the municipality's screening rules (data, versioned) and the register of
// practitioners who can be assigned as coordinators. Every change is a command.
#include "app/views/settings_intake.hpp"

#include <charconv>
#include <string>

#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/risk_screening.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

std::string join_list(const std::vector<std::string>& values) {
  std::string text;
  for (const std::string& v : values) text += (text.empty() ? "" : ", ") + v;
  return text;
}

// The comparisons that fit a criterion (check_rule() refuses the others).
std::vector<RiskComparison> comparisons_for(RiskCriterion c) {
  if (c == RiskCriterion::Municipality) return {RiskComparison::InList};
  if (c == RiskCriterion::LivesAlone || c == RiskCriterion::FunctionalDecline) return {RiskComparison::IsYes};
  return {RiskComparison::AtLeast, RiskComparison::MoreThan, RiskComparison::AtMost, RiskComparison::LessThan};
}

}  // namespace

void IntakeSettings::draw(UiContext& ui) {
  draw_rules(ui);
  draw_practitioners(ui);
}

// [SECTION] Screening rules
void IntakeSettings::draw_rules(UiContext& ui) {
  ImGui::Spacing();
  ImGui::SeparatorText(ui.tr("settings.rules"));
  const RiskRuleSet& rules = effective_risk_rules(ui.data->store());
  const std::string version = format_text(ui.tr("intake.risk.version"), {std::to_string(rules.version)});
  message(theme::kMuted, version.c_str());
  ui.test_ids.mark_text("settings.rules.version", std::to_string(rules.version));
  note(ui, "settings.rules.lead");
  for (const RiskRule& rule : rules.rules) {
    ImGui::PushID(rule.id.c_str());
    bool enabled = rule.enabled;
    const std::string flag = flag_text(ui, rule.flag);
    if (ImGui::Checkbox(flag.c_str(), &enabled)) {
      RiskRule changed = rule;
      changed.enabled = enabled;
      ui.data->commit(SetRiskRule{changed}, rule_errors_);
    }
    ui.test_ids.mark("settings.rules.enabled." + rule.id, flag);
    std::string conditions;
    for (const RiskCondition& c : rule.conditions) {
      if (!conditions.empty()) {
        conditions += rule.combine == RiskCombine::All ? ui.tr("settings.rules.and") : ui.tr("settings.rules.or");
      }
      conditions += rule_condition_text(ui, c);
    }
    ImGui::Indent();
    message(theme::kMuted, conditions.c_str());
    ui.test_ids.mark_text("settings.rules.rule." + rule.id, conditions);
    // A municipality list is edited in place (the Ahus rule's project municipalities).
    for (std::size_t i = 0; i < rule.conditions.size(); ++i) {
      if (rule.conditions[i].comparison != RiskComparison::InList) continue;
      const std::string key = rule.id + "." + std::to_string(i);
      if (!lists_.count(key)) lists_[key] = join_list(rule.conditions[i].values);
      ImGui::SetNextItemWidth(ui.narrow ? -1.0f : ui.px(420.0f));
      ImGui::InputText("##values", &lists_[key]);
      ui.test_ids.mark("settings.rules.values." + rule.id);
      ImGui::SameLine();
      if (button(ui, "settings.rules.save", ("settings.rules.save." + rule.id).c_str())) {
        RiskRule changed = rule;
        changed.conditions[i].values = split_list(lists_[key]);
        ui.data->commit(SetRiskRule{changed}, rule_errors_);
        lists_.erase(key);
      }
    }
    if (rule.flag.rfind("risk.flag.", 0) != 0 &&
        button(ui, "settings.rules.remove", ("settings.rules.remove." + rule.id).c_str())) {
      ui.data->commit(RemoveRiskRule{rule.id}, rule_errors_);
    }
    ImGui::Unindent();
    ImGui::PopID();
  }
  for (const FieldError& e : rule_errors_) {
    message(theme::kError, ui.tr(e.message_key));
    ui.test_ids.mark_text("settings.rules.error", ui.tr(e.message_key));
  }
  draw_new_rule(ui);
}

void IntakeSettings::draw_new_rule(UiContext& ui) {
  if (!ImGui::TreeNode(ui.tr("settings.rules.new"))) {
    ui.test_ids.mark("settings.rules.new");
    return;
  }
  ui.test_ids.mark("settings.rules.new");
  Form f(ui, "settings.rules.new", new_errors_);
  f.text("rule.id", draft_.id);
  f.text("rule.flag", draft_.flag);
  for (const RiskCombine combine : {RiskCombine::All, RiskCombine::Any}) {
    const char* label = ui.tr(combine == RiskCombine::All ? "settings.rules.new.all" : "settings.rules.new.any");
    if (ImGui::RadioButton(label, draft_.combine == combine)) draft_.combine = combine;
    ui.test_ids.mark("settings.rules.new.combine." + std::string(enum_name(combine)), label);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  for (std::size_t i = 0; i < draft_.conditions.size(); ++i) {
    const std::string text = rule_condition_text(ui, draft_.conditions[i]);
    message(ImGui::GetStyle().Colors[ImGuiCol_Text], text.c_str());
    ui.test_ids.mark_text("settings.rules.new.condition." + std::to_string(i), text);
  }
  // One condition at a time: criterion, comparison, threshold or list.
  ImGui::SetNextItemWidth(ui.narrow ? -1.0f : ui.px(260.0f));
  if (ImGui::BeginCombo("##criterion", ui.tr(label_key(condition_.criterion)))) {
    for (std::size_t i = 0; i < EnumNames<RiskCriterion>::names.size(); ++i) {
      const auto c = static_cast<RiskCriterion>(i);
      if (ImGui::Selectable(ui.tr(label_key(c)), condition_.criterion == c)) {
        condition_.criterion = c;
        condition_.comparison = comparisons_for(c).front();
      }
      ui.test_ids.mark("settings.rules.new.criterion." + std::string(enum_name(c)));
    }
    ImGui::EndCombo();
  }
  ui.test_ids.mark("settings.rules.new.criterion", ui.tr(label_key(condition_.criterion)));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ui.px(120.0f));
  if (ImGui::BeginCombo("##comparison", ui.tr(label_key(condition_.comparison)))) {
    for (const RiskComparison c : comparisons_for(condition_.criterion)) {
      if (ImGui::Selectable(ui.tr(label_key(c)), condition_.comparison == c)) condition_.comparison = c;
      ui.test_ids.mark("settings.rules.new.comparison." + std::string(enum_name(c)));
    }
    ImGui::EndCombo();
  }
  ui.test_ids.mark("settings.rules.new.comparison", ui.tr(label_key(condition_.comparison)));
  if (condition_.comparison == RiskComparison::InList) {
    f.text("values", values_text_);
  } else if (condition_.comparison != RiskComparison::IsYes) {
    f.text("threshold", threshold_text_);
  }
  if (button(ui, "settings.rules.new.add_condition", "settings.rules.new.add_condition")) {
    RiskCondition c = condition_;
    c.values = split_list(values_text_);
    int threshold = 0;
    const auto [end, ec] = std::from_chars(threshold_text_.data(), threshold_text_.data() + threshold_text_.size(), threshold);
    c.threshold = ec == std::errc{} && end == threshold_text_.data() + threshold_text_.size() ? threshold : 0;
    draft_.conditions.push_back(c);
    values_text_.clear();
    threshold_text_.clear();
  }
  if (f.submit("submit", ui.data->writable())) {
    draft_.enabled = true;
    ui.data->commit(SetRiskRule{draft_}, new_errors_);
    if (new_errors_.empty()) {
      draft_ = {};
      draft_.combine = RiskCombine::All;
    }
  }
  f.end();
  ImGui::TreePop();
}

// [SECTION] The practitioner register
void IntakeSettings::draw_practitioners(UiContext& ui) {
  ImGui::Spacing();
  ImGui::SeparatorText(ui.tr("settings.practitioners"));
  const Store& store = ui.data->store();
  if (store.practitioners.empty()) note(ui, "settings.practitioners.none");
  for (const Practitioner& p : store.practitioners) {
    ImGui::PushID(static_cast<int>(p.id & 0x7fffffff));
    bool active = p.active;
    const std::string label = p.name + (p.role.empty() ? "" : ", " + p.role) + (p.service.empty() ? "" : " (" + p.service + ")");
    if (ImGui::Checkbox(label.c_str(), &active)) {
      ui.data->commit(SetPractitionerActive{p.id, active}, practitioner_errors_);
    }
    ui.test_ids.mark("settings.practitioners.active." + std::to_string(p.id), label);
    ImGui::PopID();
  }
  Form p(ui, "settings.practitioners.new", practitioner_errors_);
  p.text("name", practitioner_.name);
  p.text("role", practitioner_.role);
  p.text("service", practitioner_.service);
  p.text("contact", practitioner_.contact);
  // The level the practitioner's service belongs to (a professional level: relatives are never in the register).
  for (const CareLevel level : {CareLevel::Municipal, CareLevel::Gp, CareLevel::Hospital, CareLevel::OtherSector}) {
    if (level != CareLevel::Municipal) ImGui::SameLine();
    if (ImGui::RadioButton(ui.tr(label_key(level)), practitioner_.level == level)) practitioner_.level = level;
    ui.test_ids.mark("settings.practitioners.new.level." + std::string(enum_name(level)), ui.tr(label_key(level)));
  }
  if (p.submit("submit", ui.data->writable())) {
    ui.data->commit(Command{practitioner_}, practitioner_errors_);
    if (practitioner_errors_.empty()) practitioner_ = {};
  }
  p.end();
}

}  // namespace opp::app
