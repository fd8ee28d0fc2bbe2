// Catalogue keys for the domain's enum values (each a literal, so the catalogue test finds it).
#pragma once

#include <string>

#include "app/ui_context.hpp"
#include "core/domain/model.hpp"
#include "core/queries/board.hpp"
#include "core/i18n/catalogue.hpp"

namespace opp::app {

const char* label_key(CareLevel value);
const char* label_key(MeetingType value);
const char* label_key(MeasureStatus value);
const char* label_key(RelayEntryKind value);
const char* label_key(ConsentKind value);
const char* label_key(ReferralStatus value);
const char* label_key(Urgency value);
const char* label_key(ReporterService value);
const char* label_key(TriageLevel value);
const char* label_key(RiskCriterion value);
const char* label_key(CaseStage value);
const char* label_key(TargetGroup value);
const char* label_key(GoalOutcome value);
const char* label_key(AdmissionKind value);
const char* label_key(queries::AgeGroup value);
const char* label_key(queries::AlertKind value);
const char* label_key(RiskComparison value);  // a short phrase: "minst", "er én av:"
// The official Clinical Frailty Scale v2.0 level names, 1..9 ("" outside).
const char* cfs_level_key(int level);
const char* label_key(Language value);  // the language's own name, for the language switch
// The catalogue's name for a change type (the journal's "type", e.g. "move_case"), or the type
// itself for one a later version added (the text lives as long as `type`).
const char* command_label(const UiContext& ui, const std::string& type);

}  // namespace opp::app
