// Settings → screening rules and the practitioner register (settings_intake.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "core/commands/command.hpp"

namespace opp::app {

class IntakeSettings {
 public:
  void draw(UiContext& ui);

 private:
  void draw_rules(UiContext& ui);
  void draw_new_rule(UiContext& ui);
  void draw_practitioners(UiContext& ui);

  std::vector<FieldError> rule_errors_, new_errors_, practitioner_errors_;
  std::map<std::string, std::string> lists_;  // municipality lists being edited, by rule id and condition
  RiskRule draft_;
  RiskCondition condition_;
  std::string values_text_, threshold_text_;
  AddPractitioner practitioner_;
};

}  // namespace opp::app
