// Texts for cases and alerts (case_text.hpp).
#include "app/widgets/case_text.hpp"

#include "app/widgets/enum_labels.hpp"

namespace opp::app {

std::string period_text(UiContext& ui, int period) {
  if (period == 0) return ui.tr("period.inclusion");
  return format_text(ui.tr("period.after_months"), {std::to_string(period * queries::kMeasurementPeriodMonths)});
}

std::string alert_text(UiContext& ui, const queries::Alert& alert) {
  std::string text = std::string(ui.tr(label_key(alert.kind))) + " " + to_display(alert.date);
  if (alert.kind == queries::AlertKind::MeasurementDue) text += " (" + period_text(ui, alert.period) + ")";
  if (!alert.text.empty()) text += ": " + alert.text;
  if (alert.overdue && alert.kind != queries::AlertKind::MeasureOverdue) text += " — " + std::string(ui.tr("alert.overdue"));
  return text;
}

}  // namespace opp::app
