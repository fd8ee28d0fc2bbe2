// Every change to the store is a command: validated, applied, and recorded in the audit trail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/domain/field_error.hpp"
#include "core/domain/hlc.hpp"
#include "core/domain/store.hpp"

namespace opp {

// [SECTION] Person and intake (innbygger, innmelding, samtykke) — person_commands.cpp
// Names are trimmed by execute(); a national id may be typed with spaces (they are removed).
struct CreatePerson {
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;
  std::string municipality;
};
struct UpdatePerson {
  Id person = kNoId;
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;
  std::string municipality;
};
// A reported need enters the intake queue with status New.
struct RegisterReferral {
  Id person = kNoId;
  Date received;
  std::string reporter_name;
  std::string reporter_role;
  ReporterService reporter_service = ReporterService::Other;
  std::string observed;
  std::string what_matters;
  Urgency urgency = Urgency::Normal;
};
// The reason is required for Redirected and Closed; the change must be one
// core/rules/referral_flow.hpp allows (accepting needs a triage first).
struct SetReferralStatus {
  Id referral = kNoId;
  ReferralStatus status = ReferralStatus::New;
  std::string reason;
};
// The intake form in one command (innmelding): links the referral to an existing person (`person`
// set, after the form showed the match) or registers a new one from the typed details, and records
// the consents given on the form — all or nothing, one entry in the audit trail. An existing
// person's blank details (birth date, identity number, municipality, contact) are filled in from
// the form; details already recorded are never overwritten by a referral.
struct SubmitReferral {
  Id person = kNoId;
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;
  std::string municipality;
  std::string contact;
  Date received;
  std::string reporter_name;
  std::string reporter_role;
  ReporterService reporter_service = ReporterService::Other;
  std::string observed;
  std::string what_matters;
  std::vector<ReporterService> services_involved;
  Urgency urgency = Urgency::Normal;
  bool consent_referral = false;       // required: the person (or guardian) agrees to the referral
  bool consent_sharing = false;        // to sharing between services and the relay log
  std::vector<std::string> relatives;  // relatives the person agrees may take part
  std::string guardian;                // a child's guardian who consents (required under 18)
  std::optional<RiskScreening> screening;  // as shown on the form before saving
};
// Triage by the coordinating unit: the level, what is needed, and optionally the coordinator
// (a practitioner from the register, who joins the person's team as coordinator). A new
// referral moves to under assessment.
struct TriageReferral {
  Id referral = kNoId;
  Date date;
  TriageLevel level = TriageLevel::AdultObservation;
  bool needs_coordinator = false;
  bool needs_plan = false;
  bool needs_team = false;
  Id coordinator = kNoId;  // a Practitioner, or kNoId
  std::string note;
};
// Redirected to another service, with the reason.
struct RedirectReferral {
  Id referral = kNoId;
  std::string to_service;
  std::string reason;
};
// A closed referral comes back under assessment only by this, with a reason.
struct ReopenReferral {
  Id referral = kNoId;
  std::string reason;
};
// The register of practitioners (coordinators and team members to choose from).
struct AddPractitioner {
  std::string name;
  std::string role;     // profession
  std::string service;
  CareLevel level = CareLevel::Municipal;  // schema 4; a professional level, never Relative/ThePerson
  std::string contact;                     // schema 4
};
struct SetPractitionerActive {
  Id practitioner = kNoId;
  bool active = true;
};
// Adds the municipality's own screening rule or replaces the rule with the same id (a built-in
// rule may be changed or switched off, not removed). Every change makes a new rule set version.
struct SetRiskRule {
  RiskRule rule;
};
struct RemoveRiskRule {
  std::string rule_id;
};
// relative_name is required for RelativeInvolvement (and ignored otherwise).
struct GiveConsent {
  Id person = kNoId;
  ConsentKind kind = ConsentKind::Referral;
  std::string relative_name;
  Date given;
};
// Withdrawing a RelativeInvolvement consent also ends that relative's team membership.
struct WithdrawConsent {
  Id consent = kNoId;
  Date date;
};

// [SECTION] Follow-up team (oppfølgingsteam) and meetings — team_commands.cpp
// A Relative may join only while the person's active RelativeInvolvement consent names them.
// A member from the practitioner register (`practitioner` set, schema 4) takes the register's
// name, profession, service and level; the form shows them, and the command records them as shown.
// One practitioner is on a person's team at most once at a time.
struct AddTeamMember {
  Id person = kNoId;
  std::string name;
  std::string role;
  std::string service;
  CareLevel level = CareLevel::Municipal;
  Date joined;
  Id practitioner = kNoId;
};
struct TeamMemberLeaves {
  Id member = kNoId;
  Date date;
};
// Makes the member the person's only active coordinator, appointed on `date` (schema 4; an old
// record without it leaves the appointment undated). Never a relative or the person themself.
struct SetCoordinator {
  Id member = kNoId;
  std::optional<Date> date;  // required today; absent in records written before schema 4
};
struct RecordMeeting {
  Id person = kNoId;
  MeetingType type = MeetingType::Network;
  Date date;
  std::vector<Id> participants;  // team members of the person, active on the date
  bool person_present = false;
  std::string agenda;
  std::string decisions;
  std::string next_steps;
};

// The user-experienced quality survey, recorded at a held evaluation meeting (once per meeting):
// kQualityItems answers 1–5 (0 = not answered) and the person's own words; at least one of them.
struct RecordQualitySurvey {
  Id meeting = kNoId;
  std::vector<int> answers;
  std::string comment;
};

// [SECTION] Individual plan (individuell plan) — plan_commands.cpp
// parent = kNoId for a main goal (mål); a main goal of the same person for a sub-goal (delmål).
struct AddGoal {
  Id person = kNoId;
  Id parent = kNoId;
  std::string text;
  Date established;
};
struct AddMeasure {
  Id goal = kNoId;
  std::string text;
  Id responsible = kNoId;  // an active team member of the goal's person, or kNoId
  std::optional<Date> due;
  Id from_meeting = kNoId;  // schema 4: a meeting of the same person whose next step this is
};
// A goal's dated evaluation: achieved, partly or not achieved, with a note.
struct EvaluateGoal {
  Id goal = kNoId;
  Date date;
  GoalOutcome outcome = GoalOutcome::Partly;
  std::string note;
};
struct SetMeasureStatus {
  Id measure = kNoId;
  MeasureStatus status = MeasureStatus::Planned;
};
struct EvaluateMeasure {
  Id measure = kNoId;
  Date date;
  std::string note;
};

// [SECTION] PSFS, measurements and relay log — psfs_commands.cpp
// At most five active activities per person.
struct AddPsfsActivity {
  Id person = kNoId;
  std::string text;
  Date added;
};
struct RetirePsfsActivity {
  Id activity = kNoId;
  Date date;
};
// An activity first named in a conversation, in the person's own words, with its first score.
struct NewPsfsActivity {
  std::string text;
  int score = 0;  // 0..10
  friend bool operator==(const NewPsfsActivity&, const NewPsfsActivity&) = default;
};
// One conversation, saved as one change: activities retired in it (`retire`, dated the
// conversation), activities added in it (`new_activities`, added on its date, schema 4) and the
// scores. Refused: a score outside 0–10, more than five active activities after the change, a
// date in the future or before the person's previous conversation, a score for an activity not
// yet added on the date or retired, another scale direction than the person's earlier ones.
struct RecordPsfsConversation {
  Id person = kNoId;
  Date date;
  std::string performed_by;
  PsfsDirection direction = PsfsDirection::ZeroIsCannot;
  std::vector<PsfsScore> scores;  // for existing activities, each a distinct active one of the person
  std::vector<NewPsfsActivity> new_activities;
  std::vector<Id> retire;
};
struct RecordMeasurement {
  Id person = kNoId;
  Date date;
  int gp_contacts = 0;
  int emergency_contacts = 0;
  int municipal_contacts = 0;
  int specialist_contacts = 0;
  int hospital_admissions = 0;
  int medications = 0;
  int hospital_departments = 0;
  int proactive_services = 0;
};
// The relay log (stafettlogg) needs the person's active Sharing consent.
struct AddRelayLogEntry {
  Id person = kNoId;
  Date date;
  std::string author;
  RelayEntryKind kind = RelayEntryKind::Concern;
  std::string text;
};

// [SECTION] Cases on the board (forløp) and admissions — case_commands.cpp
// Opens a new case at "reported" for a person with no open case. (Accepting a referral opens one
// too, with the referral's id: SetReferralStatus.)
struct OpenCase {
  Id person = kNoId;
  Date date;
  TargetGroup target_group = TargetGroup::Other;
};
// Moves a case to another stage, if core/rules/case_flow.hpp allows it; closing needs a reason.
struct MoveCase {
  Id case_id = kNoId;
  CaseStage stage = CaseStage::Reported;
  Date date;
  std::string reason;
};
struct SetCaseTargetGroup {
  Id case_id = kNoId;
  TargetGroup target_group = TargetGroup::Other;
};
// A hospital admission: raises an alert for the coordinator until marked seen.
struct RegisterAdmission {
  Id person = kNoId;
  Date date;
  AdmissionKind kind = AdmissionKind::Acute;
  int bed_days = 0;
  std::string note;
};
struct MarkAdmissionSeen {
  Id admission = kNoId;
  Date date;
};

// A backup replaced the whole store (Settings → Restore). Changes nothing itself: the repository
// replaces the store and then records this, so the audit trail says when, by whom and from what.
struct RestoreBackup {
  std::string file_name;
  int persons = 0;  // persons in the restored backup
};

using Command = std::variant<CreatePerson, UpdatePerson, RegisterReferral, SetReferralStatus, GiveConsent,
                             WithdrawConsent, AddTeamMember, TeamMemberLeaves, SetCoordinator, RecordMeeting,
                             AddGoal, AddMeasure, SetMeasureStatus, EvaluateMeasure, AddPsfsActivity,
                             RetirePsfsActivity, RecordPsfsConversation, RecordMeasurement, AddRelayLogEntry,
                             RestoreBackup, SubmitReferral, TriageReferral, RedirectReferral, ReopenReferral,
                             AddPractitioner, SetPractitionerActive, SetRiskRule, RemoveRiskRule, EvaluateGoal,
                             OpenCase, MoveCase, SetCaseTargetGroup, RegisterAdmission, MarkAdmissionSeen,
                             RecordQualitySurvey>;

// Limits the validation enforces.
inline constexpr std::size_t kMaxNameLength = 200;    // characters (UTF-8 code points)
inline constexpr std::size_t kMaxTextLength = 10000;  // characters (UTF-8 code points)
inline constexpr int kMaxDaysAhead = 366;             // event dates may be planned up to a year ahead
inline constexpr int kMaxPsfsActivities = 5;
inline constexpr int kMaxCount = 100000;              // a quarterly count above this is a typo
inline constexpr int kMaxBedDays = 366;               // one admission's bed-days

// The command's type name ("create_person"): the journal's and the audit trail's "type".
std::string command_type_name(const Command& command);

// Trims names and removes spaces from a national id: execute() records the normalized command.
Command normalized(const Command& command);

// What the journal stores for one committed command: enough to replay it exactly, and to merge
// it with other devices' journals (by clock, then device: merge_order()).
struct CommandRecord {
  std::uint64_t seq = 0;
  Timestamp at;
  std::string author;
  Command command;
  DeviceId device = kLegacyDevice;
  Hlc clock;
};

// The deterministic order in which records from several devices are applied: by hybrid clock,
// then device, then the device's own sequence. Every device that has the same records gets the
// same order, and so the same store.
bool merge_order(const CommandRecord& a, const CommandRecord& b);

struct CommandResult {
  std::vector<FieldError> errors;  // empty when the command was applied
  std::optional<CommandRecord> record;
  Id created = kNoId;  // the id of the entity the command created, if any
  bool ok() const { return errors.empty(); }
};

// Validates without changing anything (normalizes a copy first, as execute() does).
std::vector<FieldError> validate(const Store& store, const Command& command, Date today);

// Validates and, when valid, applies the command and appends the audit entry. The entry's
// command_json is left empty: the storage layer, which owns the JSON, fills it in.
// `device` hands out the ids the command creates; `clock` defaults to {at, 0}.
CommandResult execute(Store& store, const Command& command, const std::string& author, Timestamp at,
                      DeviceId device = kLegacyDevice, std::optional<Hlc> clock = std::nullopt);

// Re-applies a journalled record (at start-up, or merged from another device).
//
// A record was valid when it was committed, so it must load forever: rules that were tightened
// since (a shorter limit, a new required field, a date rule) do not refuse it — it is applied as
// recorded and the errors today's rules would give are reported as `drift`. Only a record that
// would break the store's structure is refused and leaves the store unchanged: its references
// cannot be resolved (the entity it changes does not exist), a sub-goal under a sub-goal, a PSFS
// score outside the scale — what breaks_structure() names, the invariants the backup decoder checks.
//
// Merged from several devices, a record is judged differently: another device's change may have
// made it wrong at its place in the merged order (a case moved on, or closed, by a colleague), so
// every rule error refuses it (ReplayJudgement::Merge). Devices of one team run the same version,
// so each judges the same records alike.
struct ReplayResult {
  bool applied = false;
  std::vector<FieldError> drift;    // today's rule errors for an applied record (informational)
  std::vector<FieldError> refused;  // why it could not be applied
};
enum class ReplayJudgement { Journal, Merge };
ReplayResult replay(Store& store, const CommandRecord& record, ReplayJudgement judgement = ReplayJudgement::Journal);

// True for the validation errors under which apply() would be unsafe or the store inconsistent.
// These are structural and never tightened; every other rule may change between versions.
bool breaks_structure(const FieldError& error);

}  // namespace opp
