// Each command's type name and fields by member pointer: one description serves normalization and the codec.
#pragma once

#include <tuple>

#include "core/commands/command.hpp"

namespace opp {

// One named field of a record: the JSON key and the validation's `field` are this name.
// `since` > 0 marks a field added to an existing command in that schema version: journal lines
// written before it lack the field and decode with the member's default (journal lines carry no
// schema version of their own, so this is their migration).
template <typename T, typename M>
struct Field {
  const char* name;
  M T::*member;
  int since = 0;
};
template <typename T, typename M>
constexpr Field<T, M> field(const char* name, M T::*member) {
  return {name, member, 0};
}
template <typename T, typename M>
constexpr Field<T, M> field_since(int schema_version, const char* name, M T::*member) {
  return {name, member, schema_version};
}

template <typename T>
struct CommandSchema;

#define OPP_COMMAND_SCHEMA(Type, type_name, ...)                     \
  template <>                                                        \
  struct CommandSchema<Type> {                                       \
    static constexpr const char* type = type_name;                   \
    static constexpr auto fields() { return std::make_tuple(__VA_ARGS__); } \
  }

OPP_COMMAND_SCHEMA(CreatePerson, "create_person", field("name", &CreatePerson::name),
                   field("birth_date", &CreatePerson::birth_date), field("national_id", &CreatePerson::national_id),
                   field("municipality", &CreatePerson::municipality));
OPP_COMMAND_SCHEMA(UpdatePerson, "update_person", field("person", &UpdatePerson::person),
                   field("name", &UpdatePerson::name), field("birth_date", &UpdatePerson::birth_date),
                   field("national_id", &UpdatePerson::national_id),
                   field("municipality", &UpdatePerson::municipality));
OPP_COMMAND_SCHEMA(RegisterReferral, "register_referral", field("person", &RegisterReferral::person),
                   field("received", &RegisterReferral::received),
                   field("reporter_name", &RegisterReferral::reporter_name),
                   field("reporter_role", &RegisterReferral::reporter_role),
                   field("reporter_service", &RegisterReferral::reporter_service),
                   field("observed", &RegisterReferral::observed),
                   field("what_matters", &RegisterReferral::what_matters),
                   field("urgency", &RegisterReferral::urgency));
OPP_COMMAND_SCHEMA(SetReferralStatus, "set_referral_status", field("referral", &SetReferralStatus::referral),
                   field("status", &SetReferralStatus::status), field("reason", &SetReferralStatus::reason));
OPP_COMMAND_SCHEMA(GiveConsent, "give_consent", field("person", &GiveConsent::person),
                   field("kind", &GiveConsent::kind), field("relative_name", &GiveConsent::relative_name),
                   field("given", &GiveConsent::given));
OPP_COMMAND_SCHEMA(WithdrawConsent, "withdraw_consent", field("consent", &WithdrawConsent::consent),
                   field("date", &WithdrawConsent::date));
OPP_COMMAND_SCHEMA(AddTeamMember, "add_team_member", field("person", &AddTeamMember::person),
                   field("name", &AddTeamMember::name), field("role", &AddTeamMember::role),
                   field("service", &AddTeamMember::service), field("level", &AddTeamMember::level),
                   field("joined", &AddTeamMember::joined),
                   field_since(4, "practitioner", &AddTeamMember::practitioner));
OPP_COMMAND_SCHEMA(TeamMemberLeaves, "team_member_leaves", field("member", &TeamMemberLeaves::member),
                   field("date", &TeamMemberLeaves::date));
OPP_COMMAND_SCHEMA(SetCoordinator, "set_coordinator", field("member", &SetCoordinator::member),
                   field("date", &SetCoordinator::date));
OPP_COMMAND_SCHEMA(RecordQualitySurvey, "record_quality_survey", field("meeting", &RecordQualitySurvey::meeting),
                   field("answers", &RecordQualitySurvey::answers), field("comment", &RecordQualitySurvey::comment));
OPP_COMMAND_SCHEMA(RecordMeeting, "record_meeting", field("person", &RecordMeeting::person),
                   field("type", &RecordMeeting::type), field("date", &RecordMeeting::date),
                   field("participants", &RecordMeeting::participants),
                   field("person_present", &RecordMeeting::person_present), field("agenda", &RecordMeeting::agenda),
                   field("decisions", &RecordMeeting::decisions), field("next_steps", &RecordMeeting::next_steps));
OPP_COMMAND_SCHEMA(AddGoal, "add_goal", field("person", &AddGoal::person), field("parent", &AddGoal::parent),
                   field("text", &AddGoal::text), field("established", &AddGoal::established));
OPP_COMMAND_SCHEMA(AddMeasure, "add_measure", field("goal", &AddMeasure::goal), field("text", &AddMeasure::text),
                   field("responsible", &AddMeasure::responsible), field("due", &AddMeasure::due),
                   field_since(4, "from_meeting", &AddMeasure::from_meeting));
OPP_COMMAND_SCHEMA(SetMeasureStatus, "set_measure_status", field("measure", &SetMeasureStatus::measure),
                   field("status", &SetMeasureStatus::status));
OPP_COMMAND_SCHEMA(EvaluateMeasure, "evaluate_measure", field("measure", &EvaluateMeasure::measure),
                   field("date", &EvaluateMeasure::date), field("note", &EvaluateMeasure::note));
OPP_COMMAND_SCHEMA(AddPsfsActivity, "add_psfs_activity", field("person", &AddPsfsActivity::person),
                   field("text", &AddPsfsActivity::text), field("added", &AddPsfsActivity::added));
OPP_COMMAND_SCHEMA(RetirePsfsActivity, "retire_psfs_activity", field("activity", &RetirePsfsActivity::activity),
                   field("date", &RetirePsfsActivity::date));
OPP_COMMAND_SCHEMA(RecordPsfsConversation, "record_psfs_conversation",
                   field("person", &RecordPsfsConversation::person), field("date", &RecordPsfsConversation::date),
                   field("performed_by", &RecordPsfsConversation::performed_by),
                   field("direction", &RecordPsfsConversation::direction),
                   field("scores", &RecordPsfsConversation::scores),
                   field_since(4, "new_activities", &RecordPsfsConversation::new_activities),
                   field_since(4, "retire", &RecordPsfsConversation::retire));
OPP_COMMAND_SCHEMA(RecordMeasurement, "record_measurement", field("person", &RecordMeasurement::person),
                   field("date", &RecordMeasurement::date), field("gp_contacts", &RecordMeasurement::gp_contacts),
                   field("emergency_contacts", &RecordMeasurement::emergency_contacts),
                   field("municipal_contacts", &RecordMeasurement::municipal_contacts),
                   field("specialist_contacts", &RecordMeasurement::specialist_contacts),
                   field("hospital_admissions", &RecordMeasurement::hospital_admissions),
                   field("medications", &RecordMeasurement::medications),
                   field("hospital_departments", &RecordMeasurement::hospital_departments),
                   field_since(4, "proactive_services", &RecordMeasurement::proactive_services));
OPP_COMMAND_SCHEMA(AddRelayLogEntry, "add_relay_log_entry", field("person", &AddRelayLogEntry::person),
                   field("date", &AddRelayLogEntry::date), field("author", &AddRelayLogEntry::author),
                   field("kind", &AddRelayLogEntry::kind), field("text", &AddRelayLogEntry::text));
OPP_COMMAND_SCHEMA(RestoreBackup, "restore_backup", field("file_name", &RestoreBackup::file_name),
                   field("persons", &RestoreBackup::persons));

OPP_COMMAND_SCHEMA(SubmitReferral, "submit_referral", field("person", &SubmitReferral::person),
                   field("name", &SubmitReferral::name), field("birth_date", &SubmitReferral::birth_date),
                   field("national_id", &SubmitReferral::national_id),
                   field("municipality", &SubmitReferral::municipality), field("contact", &SubmitReferral::contact),
                   field("received", &SubmitReferral::received),
                   field("reporter_name", &SubmitReferral::reporter_name),
                   field("reporter_role", &SubmitReferral::reporter_role),
                   field("reporter_service", &SubmitReferral::reporter_service),
                   field("observed", &SubmitReferral::observed), field("what_matters", &SubmitReferral::what_matters),
                   field("services_involved", &SubmitReferral::services_involved),
                   field("urgency", &SubmitReferral::urgency),
                   field("consent_referral", &SubmitReferral::consent_referral),
                   field("consent_sharing", &SubmitReferral::consent_sharing),
                   field("relatives", &SubmitReferral::relatives), field("guardian", &SubmitReferral::guardian),
                   field("screening", &SubmitReferral::screening));
OPP_COMMAND_SCHEMA(TriageReferral, "triage_referral", field("referral", &TriageReferral::referral),
                   field("date", &TriageReferral::date), field("level", &TriageReferral::level),
                   field("needs_coordinator", &TriageReferral::needs_coordinator),
                   field("needs_plan", &TriageReferral::needs_plan), field("needs_team", &TriageReferral::needs_team),
                   field("coordinator", &TriageReferral::coordinator), field("note", &TriageReferral::note));
OPP_COMMAND_SCHEMA(RedirectReferral, "redirect_referral", field("referral", &RedirectReferral::referral),
                   field("to_service", &RedirectReferral::to_service), field("reason", &RedirectReferral::reason));
OPP_COMMAND_SCHEMA(ReopenReferral, "reopen_referral", field("referral", &ReopenReferral::referral),
                   field("reason", &ReopenReferral::reason));
OPP_COMMAND_SCHEMA(AddPractitioner, "add_practitioner", field("name", &AddPractitioner::name),
                   field("role", &AddPractitioner::role), field("service", &AddPractitioner::service),
                   field_since(4, "level", &AddPractitioner::level), field_since(4, "contact", &AddPractitioner::contact));
OPP_COMMAND_SCHEMA(SetPractitionerActive, "set_practitioner_active",
                   field("practitioner", &SetPractitionerActive::practitioner),
                   field("active", &SetPractitionerActive::active));
OPP_COMMAND_SCHEMA(SetRiskRule, "set_risk_rule", field("rule", &SetRiskRule::rule));
OPP_COMMAND_SCHEMA(RemoveRiskRule, "remove_risk_rule", field("rule_id", &RemoveRiskRule::rule_id));
OPP_COMMAND_SCHEMA(EvaluateGoal, "evaluate_goal", field("goal", &EvaluateGoal::goal), field("date", &EvaluateGoal::date),
                   field("outcome", &EvaluateGoal::outcome), field("note", &EvaluateGoal::note));
OPP_COMMAND_SCHEMA(OpenCase, "open_case", field("person", &OpenCase::person), field("date", &OpenCase::date),
                   field("target_group", &OpenCase::target_group));
OPP_COMMAND_SCHEMA(MoveCase, "move_case", field("case", &MoveCase::case_id), field("stage", &MoveCase::stage),
                   field("date", &MoveCase::date), field("reason", &MoveCase::reason));
OPP_COMMAND_SCHEMA(SetCaseTargetGroup, "set_case_target_group", field("case", &SetCaseTargetGroup::case_id),
                   field("target_group", &SetCaseTargetGroup::target_group));
OPP_COMMAND_SCHEMA(RegisterAdmission, "register_admission", field("person", &RegisterAdmission::person),
                   field("date", &RegisterAdmission::date), field("kind", &RegisterAdmission::kind),
                   field("bed_days", &RegisterAdmission::bed_days), field("note", &RegisterAdmission::note));
OPP_COMMAND_SCHEMA(MarkAdmissionSeen, "mark_admission_seen", field("admission", &MarkAdmissionSeen::admission),
                   field("date", &MarkAdmissionSeen::date));

#undef OPP_COMMAND_SCHEMA

// Calls f(field) for every field of T's schema.
template <typename Schema, typename F>
constexpr void for_each_field(F&& f) {
  std::apply([&](const auto&... fields) { (f(fields), ...); }, Schema::fields());
}

}  // namespace opp
