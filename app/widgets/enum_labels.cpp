// One switch per enum: a new enum value without a label is a compiler warning (-Wswitch).
#include "app/widgets/enum_labels.hpp"

namespace opp::app {

const char* label_key(CareLevel value) {
  switch (value) {
    case CareLevel::Municipal: return "care_level.municipal";
    case CareLevel::Gp: return "care_level.gp";
    case CareLevel::Hospital: return "care_level.hospital";
    case CareLevel::OtherSector: return "care_level.other_sector";
    case CareLevel::Relative: return "care_level.relative";
    case CareLevel::ThePerson: return "care_level.the_person";
  }
  return "care_level.municipal";
}

const char* label_key(MeetingType value) {
  switch (value) {
    case MeetingType::Network: return "meeting_type.network";
    case MeetingType::Collaboration: return "meeting_type.collaboration";
    case MeetingType::Evaluation: return "meeting_type.evaluation";
  }
  return "meeting_type.network";
}

const char* label_key(MeasureStatus value) {
  switch (value) {
    case MeasureStatus::Planned: return "measure_status.planned";
    case MeasureStatus::InProgress: return "measure_status.in_progress";
    case MeasureStatus::Done: return "measure_status.done";
    case MeasureStatus::Cancelled: return "measure_status.cancelled";
  }
  return "measure_status.planned";
}

const char* label_key(RelayEntryKind value) {
  switch (value) {
    case RelayEntryKind::Concern: return "relay_kind.concern";
    case RelayEntryKind::Measure: return "relay_kind.measure";
    case RelayEntryKind::Evaluation: return "relay_kind.evaluation";
  }
  return "relay_kind.concern";
}

const char* label_key(ConsentKind value) {
  switch (value) {
    case ConsentKind::Referral: return "consent_kind.referral";
    case ConsentKind::Sharing: return "consent_kind.sharing";
    case ConsentKind::RelativeInvolvement: return "consent_kind.relative_involvement";
    case ConsentKind::Guardian: return "consent_kind.guardian";
  }
  return "consent_kind.referral";
}

const char* label_key(ReferralStatus value) {
  switch (value) {
    case ReferralStatus::New: return "referral_status.new";
    case ReferralStatus::UnderAssessment: return "referral_status.under_assessment";
    case ReferralStatus::Accepted: return "referral_status.accepted";
    case ReferralStatus::Redirected: return "referral_status.redirected";
    case ReferralStatus::Closed: return "referral_status.closed";
  }
  return "referral_status.new";
}

const char* label_key(Urgency value) {
  switch (value) {
    case Urgency::Normal: return "urgency.normal";
    case Urgency::Soon: return "urgency.soon";
    case Urgency::Urgent: return "urgency.urgent";
  }
  return "urgency.normal";
}

const char* label_key(ReporterService value) {
  switch (value) {
    case ReporterService::GpMessage: return "service.gp_message";
    case ReporterService::HomeCare: return "service.home_care";
    case ReporterService::School: return "service.school";
    case ReporterService::Kindergarten: return "service.kindergarten";
    case ReporterService::Nav: return "service.nav";
    case ReporterService::Hospital: return "service.hospital";
    case ReporterService::ChildWelfare: return "service.child_welfare";
    case ReporterService::HealthStation: return "service.health_station";
    case ReporterService::MentalHealthSubstance: return "service.mental_health_substance";
    case ReporterService::ThePerson: return "service.the_person";
    case ReporterService::Relative: return "service.relative";
    case ReporterService::Other: return "service.other";
  }
  return "service.other";
}

const char* label_key(TriageLevel value) {
  switch (value) {
    case TriageLevel::Bti0: return "triage_level.bti_0";
    case TriageLevel::Bti1: return "triage_level.bti_1";
    case TriageLevel::Bti2: return "triage_level.bti_2";
    case TriageLevel::Bti3: return "triage_level.bti_3";
    case TriageLevel::AdultObservation: return "triage_level.adult_observation";
    case TriageLevel::AdultOwnService: return "triage_level.adult_own_service";
    case TriageLevel::AdultCollaborationTwo: return "triage_level.adult_collaboration_two";
    case TriageLevel::AdultCollaborationSeveral: return "triage_level.adult_collaboration_several";
  }
  return "triage_level.adult_observation";
}

const char* label_key(RiskCriterion value) {
  switch (value) {
    case RiskCriterion::AgeYears: return "risk.criterion.age_years";
    case RiskCriterion::Admissions12m: return "risk.criterion.admissions_12m";
    case RiskCriterion::Medications: return "risk.criterion.medications";
    case RiskCriterion::ClinicalFrailty: return "risk.criterion.clinical_frailty";
    case RiskCriterion::LivesAlone: return "risk.criterion.lives_alone";
    case RiskCriterion::FunctionalDecline: return "risk.criterion.functional_decline";
    case RiskCriterion::ServicesInvolved: return "risk.criterion.services_involved";
    case RiskCriterion::Municipality: return "risk.criterion.municipality";
  }
  return "risk.criterion.age_years";
}

const char* label_key(RiskComparison value) {
  switch (value) {
    case RiskComparison::AtLeast: return "risk.comparison.at_least";
    case RiskComparison::MoreThan: return "risk.comparison.more_than";
    case RiskComparison::AtMost: return "risk.comparison.at_most";
    case RiskComparison::LessThan: return "risk.comparison.less_than";
    case RiskComparison::IsYes: return "risk.comparison.is_yes";
    case RiskComparison::InList: return "risk.comparison.in_list";
  }
  return "risk.comparison.at_least";
}

const char* cfs_level_key(int level) {
  switch (level) {
    case 1: return "cfs.1";
    case 2: return "cfs.2";
    case 3: return "cfs.3";
    case 4: return "cfs.4";
    case 5: return "cfs.5";
    case 6: return "cfs.6";
    case 7: return "cfs.7";
    case 8: return "cfs.8";
    case 9: return "cfs.9";
    default: return "";
  }
}

const char* label_key(Language value) {
  switch (value) {
    case Language::Bokmal: return "language.name.nb";
    case Language::Nynorsk: return "language.name.nn";
    case Language::English: return "language.name.en";
  }
  return "language.name.nb";
}

const char* label_key(CaseStage value) {
  switch (value) {
    case CaseStage::Reported: return "stage.reported";
    case CaseStage::Mapping: return "stage.mapping";
    case CaseStage::TeamEstablished: return "stage.team_established";
    case CaseStage::FollowUp: return "stage.follow_up";
    case CaseStage::Evaluation: return "stage.evaluation";
    case CaseStage::Closed: return "stage.closed";
  }
  return "stage.reported";
}

const char* label_key(TargetGroup value) {
  switch (value) {
    case TargetGroup::FrailElderly: return "target_group.frail_elderly";
    case TargetGroup::MentalHealthSubstance: return "target_group.mental_health_substance";
    case TargetGroup::ChildrenFamilies: return "target_group.children_families";
    case TargetGroup::ChronicIllness: return "target_group.chronic_illness";
    case TargetGroup::Disability: return "target_group.disability";
    case TargetGroup::Other: return "target_group.other";
  }
  return "target_group.other";
}

const char* label_key(GoalOutcome value) {
  switch (value) {
    case GoalOutcome::Achieved: return "goal_outcome.achieved";
    case GoalOutcome::Partly: return "goal_outcome.partly";
    case GoalOutcome::NotAchieved: return "goal_outcome.not_achieved";
  }
  return "goal_outcome.partly";
}

const char* label_key(AdmissionKind value) {
  switch (value) {
    case AdmissionKind::Acute: return "admission.acute";
    case AdmissionKind::Planned: return "admission.planned";
  }
  return "admission.acute";
}

const char* label_key(queries::AgeGroup value) {
  switch (value) {
    case queries::AgeGroup::Any: return "age_group.any";
    case queries::AgeGroup::Children: return "age_group.children";
    case queries::AgeGroup::Adults: return "age_group.adults";
    case queries::AgeGroup::Elderly: return "age_group.elderly";
  }
  return "age_group.any";
}

const char* label_key(queries::AlertKind value) {
  switch (value) {
    case queries::AlertKind::MeasureOverdue: return "alert.measure_overdue";
    case queries::AlertKind::PsfsDue: return "alert.psfs_due";
    case queries::AlertKind::MeasurementDue: return "alert.measurement_due";
    case queries::AlertKind::Admission: return "alert.admission";
  }
  return "alert.measure_overdue";
}


namespace {

// The catalogue's name of each change type (the journal's "type").
struct CommandLabel {
  const char* type;
  const char* key;
};
constexpr CommandLabel kCommandLabels[] = {
    {"create_person", text_key("audit.command.create_person")},
    {"update_person", text_key("audit.command.update_person")},
    {"register_referral", text_key("audit.command.register_referral")},
    {"set_referral_status", text_key("audit.command.set_referral_status")},
    {"give_consent", text_key("audit.command.give_consent")},
    {"withdraw_consent", text_key("audit.command.withdraw_consent")},
    {"add_team_member", text_key("audit.command.add_team_member")},
    {"team_member_leaves", text_key("audit.command.team_member_leaves")},
    {"set_coordinator", text_key("audit.command.set_coordinator")},
    {"record_quality_survey", text_key("audit.command.record_quality_survey")},
    {"record_meeting", text_key("audit.command.record_meeting")},
    {"add_goal", text_key("audit.command.add_goal")},
    {"add_measure", text_key("audit.command.add_measure")},
    {"set_measure_status", text_key("audit.command.set_measure_status")},
    {"evaluate_measure", text_key("audit.command.evaluate_measure")},
    {"add_psfs_activity", text_key("audit.command.add_psfs_activity")},
    {"retire_psfs_activity", text_key("audit.command.retire_psfs_activity")},
    {"record_psfs_conversation", text_key("audit.command.record_psfs_conversation")},
    {"record_measurement", text_key("audit.command.record_measurement")},
    {"add_relay_log_entry", text_key("audit.command.add_relay_log_entry")},
    {"restore_backup", text_key("audit.command.restore_backup")},
    {"submit_referral", text_key("audit.command.submit_referral")},
    {"triage_referral", text_key("audit.command.triage_referral")},
    {"redirect_referral", text_key("audit.command.redirect_referral")},
    {"reopen_referral", text_key("audit.command.reopen_referral")},
    {"add_practitioner", text_key("audit.command.add_practitioner")},
    {"set_practitioner_active", text_key("audit.command.set_practitioner_active")},
    {"set_risk_rule", text_key("audit.command.set_risk_rule")},
    {"remove_risk_rule", text_key("audit.command.remove_risk_rule")},
    {"evaluate_goal", text_key("audit.command.evaluate_goal")},
    {"open_case", text_key("audit.command.open_case")},
    {"move_case", text_key("audit.command.move_case")},
    {"set_case_target_group", text_key("audit.command.set_case_target_group")},
    {"register_admission", text_key("audit.command.register_admission")},
    {"mark_admission_seen", text_key("audit.command.mark_admission_seen")},
};

}  // namespace

const char* command_label(const UiContext& ui, const std::string& type) {
  for (const CommandLabel& label : kCommandLabels) {
    if (type == label.type) return ui.tr(label.key);
  }
  return type.c_str();
}

}  // namespace opp::app
