// Intake texts from the catalogue (see intake_text.hpp).
#include "app/widgets/intake_text.hpp"

#include "app/widgets/enum_labels.hpp"

namespace opp::app {
namespace {

// The value with its unit: "{0} år", "{0} innleggelser", …
const char* value_pattern_key(RiskCriterion criterion) {
  switch (criterion) {
    case RiskCriterion::AgeYears: return "risk.value.age_years";
    case RiskCriterion::Admissions12m: return "risk.value.admissions_12m";
    case RiskCriterion::Medications: return "risk.value.medications";
    case RiskCriterion::ClinicalFrailty: return "risk.value.clinical_frailty";
    case RiskCriterion::ServicesInvolved: return "risk.value.services_involved";
    case RiskCriterion::LivesAlone:
    case RiskCriterion::FunctionalDecline:
    case RiskCriterion::Municipality: break;
  }
  return nullptr;
}

}  // namespace

std::string flag_text(const UiContext& ui, const std::string& flag) {
  return flag.rfind("risk.flag.", 0) == 0 ? std::string(ui.tr(flag)) : flag;
}

std::string condition_text(const UiContext& ui, const MatchedCondition& matched) {
  const RiskCondition& c = matched.condition;
  if (c.criterion == RiskCriterion::Municipality) return matched.value;
  if (c.criterion == RiskCriterion::LivesAlone || c.criterion == RiskCriterion::FunctionalDecline) {
    return ui.tr(label_key(c.criterion));
  }
  // "75 år (minst 75)": the value with its unit, then the rule's comparison and threshold.
  const std::string value = format_text(ui.tr(value_pattern_key(c.criterion)), {matched.value});
  return format_text(ui.tr("risk.value.matched"), {value, ui.tr(label_key(c.comparison)), std::to_string(c.threshold)});
}

std::string matched_text(const UiContext& ui, const RiskMatch& match) {
  std::string text;
  for (const MatchedCondition& m : match.matched) {
    if (!text.empty()) text += "; ";
    text += condition_text(ui, m);
  }
  return text;
}

std::string rule_condition_text(const UiContext& ui, const RiskCondition& c) {
  std::string text = std::string(ui.tr(label_key(c.criterion))) + " " + ui.tr(label_key(c.comparison));
  if (c.comparison == RiskComparison::InList) {
    for (std::size_t i = 0; i < c.values.size(); ++i) text += (i == 0 ? " " : ", ") + c.values[i];
  } else if (c.comparison != RiskComparison::IsYes) {
    text += " " + std::to_string(c.threshold);
  }
  return text;
}

std::string decision_text(const UiContext& ui, const Store& store, const queries::ReferralDecision& d) {
  std::string text = to_display(d.at.date()) + "  " + (d.by.empty() ? std::string() : d.by + ": ");
  switch (d.kind) {
    case queries::DecisionKind::Status: text += ui.tr(label_key(d.status)); break;
    case queries::DecisionKind::Triage:
      text += format_text(ui.tr("triage.history.triage"), {ui.tr(label_key(d.triage->level))});
      if (const Practitioner* p = store.find_practitioner(d.triage->coordinator)) {
        text += "; " + format_text(ui.tr("triage.history.coordinator"), {p->name});
      }
      break;
    case queries::DecisionKind::Redirected: text += format_text(ui.tr("triage.history.redirected"), {d.to_service}); break;
    case queries::DecisionKind::Reopened: text += ui.tr("triage.history.reopened"); break;
  }
  if (!d.reason.empty()) text += " — " + d.reason;
  return text;
}

}  // namespace opp::app
