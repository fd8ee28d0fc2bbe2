// The domain model: persons and everything a follow-up team records about them (schema: store.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/calendar.hpp"
#include "core/domain/ids.hpp"
#include "core/domain/risk.hpp"

namespace opp {

// Ids (core/domain/ids.hpp) are handed out when a command is applied, per device, never reused,
// so replaying the same journal gives the same ids.

// innbygger / bruker / pasient — the person a case is about.
struct Person {
  Id id = kNoId;
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;  // fødselsnummer / D-number / H-number; empty when not given
  std::string municipality;
  Date registered;
  std::string contact;  // phone, address or how to reach the person (schema 3)
  friend bool operator==(const Person&, const Person&) = default;
};

// Where a reported need comes from (innmelder's service or sector).
enum class ReporterService {
  GpMessage, HomeCare, School, Kindergarten, Nav, Hospital, ChildWelfare, HealthStation,
  MentalHealthSubstance, ThePerson, Relative, Other
};
enum class Urgency { Normal, Soon, Urgent };
// The intake queue's states; which changes are allowed is core/rules/referral_flow.hpp.
enum class ReferralStatus { New, UnderAssessment, Accepted, Redirected, Closed };

// The level triage decides: BTI levels 0–3 for children and youth, the adult steps for adults.
enum class TriageLevel {
  Bti0, Bti1, Bti2, Bti3,
  AdultObservation, AdultOwnService, AdultCollaborationTwo, AdultCollaborationSeveral
};

// The coordinating unit's assessment of a referral (vurdering i tildelingskontoret).
struct Triage {
  Date date;
  TriageLevel level = TriageLevel::AdultObservation;
  bool needs_coordinator = false;
  bool needs_plan = false;  // individuell plan
  bool needs_team = false;  // oppfølgingsteam
  Id coordinator = kNoId;   // the Practitioner assigned, or kNoId
  std::string note;
  friend bool operator==(const Triage&, const Triage&) = default;
};

// innmelding av behov — a reported need.
struct Referral {
  Id id = kNoId;
  Id person = kNoId;
  Date received;
  std::string reporter_name;
  std::string reporter_role;
  ReporterService reporter_service = ReporterService::Other;
  std::string observed;      // «Hva ser du?»
  std::string what_matters;  // «Hva er viktig for deg?», if known
  Urgency urgency = Urgency::Normal;
  ReferralStatus status = ReferralStatus::New;
  std::string status_reason;  // why redirected or closed
  // Schema 3:
  std::vector<ReporterService> services_involved;  // services the person already receives
  std::optional<RiskScreening> screening;          // as shown to the reporter before saving
  std::optional<Triage> triage;                    // the latest triage
  std::string redirected_to;                       // the service it was redirected to
  // Who decided what and when is the audit trail's: core/queries/intake.hpp reads a referral's
  // history from it, so replaying old journals and migrating old backups give the same store.
  friend bool operator==(const Referral&, const Referral&) = default;
};

// samtykke — what the person has consented to; withdrawable.
// Guardian: a guardian's consent for a child (relative_name names the guardian).
enum class ConsentKind { Referral, Sharing, RelativeInvolvement, Guardian };
struct Consent {
  Id id = kNoId;
  Id person = kNoId;
  ConsentKind kind = ConsentKind::Referral;
  std::string relative_name;  // for RelativeInvolvement: which relative; for Guardian: the guardian
  Date given;
  std::optional<Date> withdrawn;
  bool active() const { return !withdrawn.has_value(); }
  friend bool operator==(const Consent&, const Consent&) = default;
};

// The level a team member's service belongs to. Relatives and the person themself are kept apart
// from the service levels: they are never "professionals" for the stage rules (core/rules/case_flow).
enum class CareLevel { Municipal, Gp, Hospital, OtherSector, Relative, ThePerson };
inline bool is_professional(CareLevel level) { return level != CareLevel::Relative && level != CareLevel::ThePerson; }

// A practitioner in the municipality's register (fagperson): who can be assigned as coordinator
// or join a team. Kept when they stop (active = false) so old decisions still name them.
struct Practitioner {
  Id id = kNoId;
  std::string name;
  std::string role;     // e.g. "sykepleier"
  std::string service;  // e.g. "Koordinerende enhet"
  bool active = true;
  // Schema 4:
  CareLevel level = CareLevel::Municipal;  // never Relative or ThePerson: the register is of professionals
  std::string contact;                     // phone or e-mail at work
  friend bool operator==(const Practitioner&, const Practitioner&) = default;
};

// A member of the follow-up team (oppfølgingsteam): joins and leaves over time.
struct TeamMember {
  Id id = kNoId;
  Id person = kNoId;
  std::string name;
  std::string role;     // e.g. "sykepleier", "fastlege"
  std::string service;  // e.g. "Hjemmetjenesten"
  CareLevel level = CareLevel::Municipal;
  bool coordinator = false;  // koordinator
  Date joined;
  std::optional<Date> left;
  Id practitioner = kNoId;  // the register entry, when the member came from it (schema 3)
  std::optional<Date> coordinator_since;  // when appointed coordinator (schema 4; absent before)
  bool active() const { return !left.has_value(); }
  friend bool operator==(const TeamMember&, const TeamMember&) = default;
};

// A goal's dated evaluation (evaluering av mål).
enum class GoalOutcome { Achieved, Partly, NotAchieved };
struct GoalEvaluation {
  Date date;
  GoalOutcome outcome = GoalOutcome::Partly;
  std::string note;
  friend bool operator==(const GoalEvaluation&, const GoalEvaluation&) = default;
};

// Individual plan (individuell plan): goals (mål) with sub-goals (delmål) and measures (tiltak).
struct Goal {
  Id id = kNoId;
  Id person = kNoId;
  Id parent = kNoId;  // kNoId for a main goal; the goal's id for a sub-goal
  std::string text;
  Date established;
  std::vector<GoalEvaluation> evaluations;  // schema 4, oldest first
  friend bool operator==(const Goal&, const Goal&) = default;
};

enum class MeasureStatus { Planned, InProgress, Done, Cancelled };
struct MeasureEvaluation {
  Date date;
  std::string note;
  friend bool operator==(const MeasureEvaluation&, const MeasureEvaluation&) = default;
};
struct Measure {
  Id id = kNoId;
  Id goal = kNoId;
  std::string text;
  Id responsible = kNoId;  // a TeamMember, or kNoId while unassigned
  std::optional<Date> due;
  MeasureStatus status = MeasureStatus::Planned;
  std::vector<MeasureEvaluation> evaluations;
  Id from_meeting = kNoId;  // the meeting whose next step it came from (schema 4)
  friend bool operator==(const Measure&, const Measure&) = default;
};

enum class MeetingType { Network, Collaboration, Evaluation };
struct Meeting {
  Id id = kNoId;
  Id person = kNoId;
  MeetingType type = MeetingType::Network;
  Date date;
  std::vector<Id> participants;  // TeamMembers
  bool person_present = false;
  std::string agenda;
  std::string decisions;
  std::string next_steps;
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

// PSFS: an activity in the person's own words, scored 0–10 in each conversation.
struct PsfsActivity {
  Id id = kNoId;
  Id person = kNoId;
  std::string text;
  Date added;
  std::optional<Date> retired;
  friend bool operator==(const PsfsActivity&, const PsfsActivity&) = default;
};
// Scale direction differs between Norwegian forms; ours is 0 = cannot do, 10 = can do.
enum class PsfsDirection { ZeroIsCannot, ZeroIsCan };
struct PsfsScore {
  Id activity = kNoId;
  int score = 0;  // 0..10
  friend bool operator==(const PsfsScore&, const PsfsScore&) = default;
};
struct PsfsConversation {
  Id id = kNoId;
  Id person = kNoId;
  Date date;
  std::string performed_by;
  PsfsDirection direction = PsfsDirection::ZeroIsCannot;
  std::vector<PsfsScore> scores;
  friend bool operator==(const PsfsConversation&, const PsfsConversation&) = default;
};

// Quarterly measurement (every 3 months, Ahus measurement plan).
struct QuarterlyMeasurement {
  Id id = kNoId;
  Id person = kNoId;
  Date date;
  int gp_contacts = 0;
  int emergency_contacts = 0;  // legevakt / KAD
  int municipal_contacts = 0;
  int specialist_contacts = 0;
  int hospital_admissions = 0;
  int medications = 0;
  int hospital_departments = 0;
  int proactive_services = 0;  // proactive services in the period (home visits, follow-up calls …); schema 4
  friend bool operator==(const QuarterlyMeasurement&, const QuarterlyMeasurement&) = default;
};

// stafettlogg — a running log that follows the person between services.
enum class RelayEntryKind { Concern, Measure, Evaluation };
struct RelayLogEntry {
  Id id = kNoId;
  Id person = kNoId;
  Date date;
  std::string author;
  RelayEntryKind kind = RelayEntryKind::Concern;
  std::string text;
  friend bool operator==(const RelayLogEntry&, const RelayLogEntry&) = default;
};

// [SECTION] Cases (forløp) — schema 4
// A course of follow-up for one person, moved through the stages on the team board. The rules for
// moving are core/rules/case_flow.hpp. A closed case stays readable; a person can have a new one.
enum class CaseStage { Reported, Mapping, TeamEstablished, FollowUp, Evaluation, Closed };
inline constexpr int kCaseStageCount = 6;
// The pilots' target groups («lista er ikke uttømmende»).
enum class TargetGroup { FrailElderly, MentalHealthSubstance, ChildrenFamilies, ChronicIllness, Disability, Other };

struct StageChange {
  Date date;
  CaseStage stage = CaseStage::Reported;  // the stage entered
  std::string by;                         // who moved it
  std::string reason;                     // required for closing; optional otherwise
  friend bool operator==(const StageChange&, const StageChange&) = default;
};

struct Case {
  Id id = kNoId;  // a case opened by accepting a referral has the referral's id
  Id person = kNoId;
  Id referral = kNoId;  // the accepted referral it came from, or kNoId
  TargetGroup target_group = TargetGroup::Other;
  CaseStage stage = CaseStage::Reported;
  Date opened;
  std::optional<Date> included;  // inklusjon: first entered "team established"; measurements count from it
  std::optional<Date> closed;
  std::string close_reason;
  std::vector<StageChange> history;  // oldest first; the first entry is the opening
  bool open() const { return stage != CaseStage::Closed; }
  friend bool operator==(const Case&, const Case&) = default;
};

// A hospital admission (innleggelse), as a dated event so before/after counts can be computed.
enum class AdmissionKind { Acute, Planned };
// brukeropplevd kvalitet — the person's experience of the follow-up, asked at an evaluation
// meeting: five statements answered 1 (not at all) to 5 (to a very great extent), 0 when not
// answered, and their own words. Schema 5.
inline constexpr int kQualityItems = 5;
struct QualitySurvey {
  Id id = kNoId;
  Id person = kNoId;
  Id meeting = kNoId;  // the evaluation meeting it was recorded at
  Date date;           // the meeting's
  std::vector<int> answers;  // kQualityItems values, 0–5
  std::string comment;
  friend bool operator==(const QualitySurvey&, const QualitySurvey&) = default;
};

struct Admission {
  Id id = kNoId;
  Id person = kNoId;
  Date date;
  AdmissionKind kind = AdmissionKind::Acute;
  int bed_days = 0;
  std::string note;
  std::optional<Date> seen;  // when the coordinator marked the alert seen
  friend bool operator==(const Admission&, const Admission&) = default;
};

}  // namespace opp
