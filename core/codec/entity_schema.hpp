// Internal to core/codec: the JSON field list of every stored entity, in the order it is written.
#pragma once

#include "core/codec/json_values.hpp"

namespace opp::codec {

#define OPP_RECORD_SCHEMA(Type, ...)                                        \
  template <>                                                               \
  struct RecordSchema<Type> {                                               \
    static constexpr auto fields() { return std::make_tuple(__VA_ARGS__); } \
  }

OPP_RECORD_SCHEMA(Person, field("id", &Person::id), field("name", &Person::name),
                  field("birth_date", &Person::birth_date), field("national_id", &Person::national_id),
                  field("municipality", &Person::municipality), field("registered", &Person::registered),
                  field("contact", &Person::contact));
OPP_RECORD_SCHEMA(RiskCondition, field("criterion", &RiskCondition::criterion),
                  field("comparison", &RiskCondition::comparison), field("threshold", &RiskCondition::threshold),
                  field("values", &RiskCondition::values));
OPP_RECORD_SCHEMA(RiskRule, field("id", &RiskRule::id), field("flag", &RiskRule::flag),
                  field("combine", &RiskRule::combine), field("conditions", &RiskRule::conditions),
                  field("enabled", &RiskRule::enabled));
OPP_RECORD_SCHEMA(RiskRuleSet, field("version", &RiskRuleSet::version), field("rules", &RiskRuleSet::rules));
OPP_RECORD_SCHEMA(RiskInputs, field("referral_date", &RiskInputs::referral_date),
                  field("birth_date", &RiskInputs::birth_date), field("admissions_12m", &RiskInputs::admissions_12m),
                  field("medications", &RiskInputs::medications),
                  field("clinical_frailty", &RiskInputs::clinical_frailty),
                  field("lives_alone", &RiskInputs::lives_alone),
                  field("functional_decline", &RiskInputs::functional_decline),
                  field("services_involved", &RiskInputs::services_involved),
                  field("municipality", &RiskInputs::municipality), field("concern", &RiskInputs::concern));
OPP_RECORD_SCHEMA(MatchedCondition, field("condition", &MatchedCondition::condition),
                  field("value", &MatchedCondition::value));
OPP_RECORD_SCHEMA(RiskMatch, field("rule_id", &RiskMatch::rule_id), field("flag", &RiskMatch::flag),
                  field("matched", &RiskMatch::matched));
OPP_RECORD_SCHEMA(RiskScreening, field("rule_set_version", &RiskScreening::rule_set_version),
                  field("inputs", &RiskScreening::inputs), field("matches", &RiskScreening::matches));
OPP_RECORD_SCHEMA(Triage, field("date", &Triage::date), field("level", &Triage::level),
                  field("needs_coordinator", &Triage::needs_coordinator), field("needs_plan", &Triage::needs_plan),
                  field("needs_team", &Triage::needs_team), field("coordinator", &Triage::coordinator),
                  field("note", &Triage::note));
OPP_RECORD_SCHEMA(Practitioner, field("id", &Practitioner::id), field("name", &Practitioner::name),
                  field("role", &Practitioner::role), field("service", &Practitioner::service),
                  field("active", &Practitioner::active), field("level", &Practitioner::level),
                  field("contact", &Practitioner::contact));
OPP_RECORD_SCHEMA(Referral, field("id", &Referral::id), field("person", &Referral::person),
                  field("received", &Referral::received), field("reporter_name", &Referral::reporter_name),
                  field("reporter_role", &Referral::reporter_role),
                  field("reporter_service", &Referral::reporter_service), field("observed", &Referral::observed),
                  field("what_matters", &Referral::what_matters), field("urgency", &Referral::urgency),
                  field("status", &Referral::status), field("status_reason", &Referral::status_reason),
                  field("services_involved", &Referral::services_involved), field("screening", &Referral::screening),
                  field("triage", &Referral::triage), field("redirected_to", &Referral::redirected_to));
OPP_RECORD_SCHEMA(Consent, field("id", &Consent::id), field("person", &Consent::person),
                  field("kind", &Consent::kind), field("relative_name", &Consent::relative_name),
                  field("given", &Consent::given), field("withdrawn", &Consent::withdrawn));
OPP_RECORD_SCHEMA(TeamMember, field("id", &TeamMember::id), field("person", &TeamMember::person),
                  field("name", &TeamMember::name), field("role", &TeamMember::role),
                  field("service", &TeamMember::service), field("level", &TeamMember::level),
                  field("coordinator", &TeamMember::coordinator), field("joined", &TeamMember::joined),
                  field("left", &TeamMember::left), field("practitioner", &TeamMember::practitioner),
                  field("coordinator_since", &TeamMember::coordinator_since));
OPP_RECORD_SCHEMA(GoalEvaluation, field("date", &GoalEvaluation::date), field("outcome", &GoalEvaluation::outcome),
                  field("note", &GoalEvaluation::note));
OPP_RECORD_SCHEMA(Goal, field("id", &Goal::id), field("person", &Goal::person), field("parent", &Goal::parent),
                  field("text", &Goal::text), field("established", &Goal::established),
                  field("evaluations", &Goal::evaluations));
OPP_RECORD_SCHEMA(MeasureEvaluation, field("date", &MeasureEvaluation::date), field("note", &MeasureEvaluation::note));
OPP_RECORD_SCHEMA(Measure, field("id", &Measure::id), field("goal", &Measure::goal), field("text", &Measure::text),
                  field("responsible", &Measure::responsible), field("due", &Measure::due),
                  field("status", &Measure::status), field("evaluations", &Measure::evaluations),
                  field("from_meeting", &Measure::from_meeting));
OPP_RECORD_SCHEMA(Meeting, field("id", &Meeting::id), field("person", &Meeting::person),
                  field("type", &Meeting::type), field("date", &Meeting::date),
                  field("participants", &Meeting::participants), field("person_present", &Meeting::person_present),
                  field("agenda", &Meeting::agenda), field("decisions", &Meeting::decisions),
                  field("next_steps", &Meeting::next_steps));
OPP_RECORD_SCHEMA(QualitySurvey, field("id", &QualitySurvey::id), field("person", &QualitySurvey::person),
                  field("meeting", &QualitySurvey::meeting), field("date", &QualitySurvey::date),
                  field("answers", &QualitySurvey::answers), field("comment", &QualitySurvey::comment));
OPP_RECORD_SCHEMA(PsfsActivity, field("id", &PsfsActivity::id), field("person", &PsfsActivity::person),
                  field("text", &PsfsActivity::text), field("added", &PsfsActivity::added),
                  field("retired", &PsfsActivity::retired));
OPP_RECORD_SCHEMA(PsfsScore, field("activity", &PsfsScore::activity), field("score", &PsfsScore::score));
OPP_RECORD_SCHEMA(NewPsfsActivity, field("text", &NewPsfsActivity::text), field("score", &NewPsfsActivity::score));
OPP_RECORD_SCHEMA(PsfsConversation, field("id", &PsfsConversation::id), field("person", &PsfsConversation::person),
                  field("date", &PsfsConversation::date), field("performed_by", &PsfsConversation::performed_by),
                  field("direction", &PsfsConversation::direction), field("scores", &PsfsConversation::scores));
OPP_RECORD_SCHEMA(QuarterlyMeasurement, field("id", &QuarterlyMeasurement::id),
                  field("person", &QuarterlyMeasurement::person), field("date", &QuarterlyMeasurement::date),
                  field("gp_contacts", &QuarterlyMeasurement::gp_contacts),
                  field("emergency_contacts", &QuarterlyMeasurement::emergency_contacts),
                  field("municipal_contacts", &QuarterlyMeasurement::municipal_contacts),
                  field("specialist_contacts", &QuarterlyMeasurement::specialist_contacts),
                  field("hospital_admissions", &QuarterlyMeasurement::hospital_admissions),
                  field("medications", &QuarterlyMeasurement::medications),
                  field("hospital_departments", &QuarterlyMeasurement::hospital_departments),
                  field_since(4, "proactive_services", &QuarterlyMeasurement::proactive_services));
OPP_RECORD_SCHEMA(RelayLogEntry, field("id", &RelayLogEntry::id), field("person", &RelayLogEntry::person),
                  field("date", &RelayLogEntry::date), field("author", &RelayLogEntry::author),
                  field("kind", &RelayLogEntry::kind), field("text", &RelayLogEntry::text));
OPP_RECORD_SCHEMA(StageChange, field("date", &StageChange::date), field("stage", &StageChange::stage),
                  field("by", &StageChange::by), field("reason", &StageChange::reason));
OPP_RECORD_SCHEMA(Case, field("id", &Case::id), field("person", &Case::person), field("referral", &Case::referral),
                  field("target_group", &Case::target_group), field("stage", &Case::stage),
                  field("opened", &Case::opened), field("included", &Case::included), field("closed", &Case::closed),
                  field("close_reason", &Case::close_reason), field("history", &Case::history));
OPP_RECORD_SCHEMA(Admission, field("id", &Admission::id), field("person", &Admission::person),
                  field("date", &Admission::date), field("kind", &Admission::kind),
                  field("bed_days", &Admission::bed_days), field("note", &Admission::note),
                  field("seen", &Admission::seen));

#undef OPP_RECORD_SCHEMA

}  // namespace opp::codec
