// Every change to the store as data: the Command variant and its alternatives. They belong to
// the domain because the audit trail keeps them (store.hpp); core/commands validates and applies
// them (command.hpp; each section names its file there), core/codec writes them as JSON.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/domain/model.hpp"

namespace opp {

// [SECTION] Person and intake (innbygger, innmelding, samtykke) — person_commands.cpp
// Names are trimmed by execute(); a national id may be typed with spaces (they are removed).
struct CreatePerson {
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;
  std::string municipality;
  friend bool operator==(const CreatePerson&, const CreatePerson&) = default;
};
struct UpdatePerson {
  Id person = kNoId;
  std::string name;
  std::optional<Date> birth_date;
  std::string national_id;
  std::string municipality;
  friend bool operator==(const UpdatePerson&, const UpdatePerson&) = default;
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
  friend bool operator==(const RegisterReferral&, const RegisterReferral&) = default;
};
// The reason is required for Redirected and Closed; the change must be one
// core/rules/referral_flow.hpp allows (accepting needs a triage first).
struct SetReferralStatus {
  Id referral = kNoId;
  ReferralStatus status = ReferralStatus::New;
  std::string reason;
  friend bool operator==(const SetReferralStatus&, const SetReferralStatus&) = default;
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
  friend bool operator==(const SubmitReferral&, const SubmitReferral&) = default;
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
  friend bool operator==(const TriageReferral&, const TriageReferral&) = default;
};
// Redirected to another service, with the reason.
struct RedirectReferral {
  Id referral = kNoId;
  std::string to_service;
  std::string reason;
  friend bool operator==(const RedirectReferral&, const RedirectReferral&) = default;
};
// A closed referral comes back under assessment only by this, with a reason.
struct ReopenReferral {
  Id referral = kNoId;
  std::string reason;
  friend bool operator==(const ReopenReferral&, const ReopenReferral&) = default;
};
// The register of practitioners (coordinators and team members to choose from).
struct AddPractitioner {
  std::string name;
  std::string role;     // profession
  std::string service;
  CareLevel level = CareLevel::Municipal;  // schema 4; a professional level, never Relative/ThePerson
  std::string contact;                     // schema 4
  friend bool operator==(const AddPractitioner&, const AddPractitioner&) = default;
};
struct SetPractitionerActive {
  Id practitioner = kNoId;
  bool active = true;
  friend bool operator==(const SetPractitionerActive&, const SetPractitionerActive&) = default;
};
// Adds the municipality's own screening rule or replaces the rule with the same id (a built-in
// rule may be changed or switched off, not removed). Every change makes a new rule set version.
struct SetRiskRule {
  RiskRule rule;
  friend bool operator==(const SetRiskRule&, const SetRiskRule&) = default;
};
struct RemoveRiskRule {
  std::string rule_id;
  friend bool operator==(const RemoveRiskRule&, const RemoveRiskRule&) = default;
};
// relative_name is required for RelativeInvolvement (and ignored otherwise).
struct GiveConsent {
  Id person = kNoId;
  ConsentKind kind = ConsentKind::Referral;
  std::string relative_name;
  Date given;
  friend bool operator==(const GiveConsent&, const GiveConsent&) = default;
};
// Withdrawing a RelativeInvolvement consent also ends that relative's team membership.
struct WithdrawConsent {
  Id consent = kNoId;
  Date date;
  friend bool operator==(const WithdrawConsent&, const WithdrawConsent&) = default;
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
  friend bool operator==(const AddTeamMember&, const AddTeamMember&) = default;
};
struct TeamMemberLeaves {
  Id member = kNoId;
  Date date;
  friend bool operator==(const TeamMemberLeaves&, const TeamMemberLeaves&) = default;
};
// Makes the member the person's only active coordinator, appointed on `date` (schema 4; an old
// record without it leaves the appointment undated). Never a relative or the person themself.
struct SetCoordinator {
  Id member = kNoId;
  std::optional<Date> date;  // required today; absent in records written before schema 4
  friend bool operator==(const SetCoordinator&, const SetCoordinator&) = default;
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
  friend bool operator==(const RecordMeeting&, const RecordMeeting&) = default;
};

// The user-experienced quality survey, recorded at a held evaluation meeting (once per meeting):
// kQualityItems answers 1–5 (0 = not answered) and the person's own words; at least one of them.
struct RecordQualitySurvey {
  Id meeting = kNoId;
  std::vector<int> answers;
  std::string comment;
  friend bool operator==(const RecordQualitySurvey&, const RecordQualitySurvey&) = default;
};

// [SECTION] Individual plan (individuell plan) — plan_commands.cpp
// parent = kNoId for a main goal (mål); a main goal of the same person for a sub-goal (delmål).
struct AddGoal {
  Id person = kNoId;
  Id parent = kNoId;
  std::string text;
  Date established;
  friend bool operator==(const AddGoal&, const AddGoal&) = default;
};
struct AddMeasure {
  Id goal = kNoId;
  std::string text;
  Id responsible = kNoId;  // an active team member of the goal's person, or kNoId
  std::optional<Date> due;
  Id from_meeting = kNoId;  // schema 4: a meeting of the same person whose next step this is
  friend bool operator==(const AddMeasure&, const AddMeasure&) = default;
};
// A goal's dated evaluation: achieved, partly or not achieved, with a note.
struct EvaluateGoal {
  Id goal = kNoId;
  Date date;
  GoalOutcome outcome = GoalOutcome::Partly;
  std::string note;
  friend bool operator==(const EvaluateGoal&, const EvaluateGoal&) = default;
};
struct SetMeasureStatus {
  Id measure = kNoId;
  MeasureStatus status = MeasureStatus::Planned;
  friend bool operator==(const SetMeasureStatus&, const SetMeasureStatus&) = default;
};
struct EvaluateMeasure {
  Id measure = kNoId;
  Date date;
  std::string note;
  friend bool operator==(const EvaluateMeasure&, const EvaluateMeasure&) = default;
};

// [SECTION] PSFS, measurements and relay log — psfs_commands.cpp
// At most five active activities per person.
struct AddPsfsActivity {
  Id person = kNoId;
  std::string text;
  Date added;
  friend bool operator==(const AddPsfsActivity&, const AddPsfsActivity&) = default;
};
struct RetirePsfsActivity {
  Id activity = kNoId;
  Date date;
  friend bool operator==(const RetirePsfsActivity&, const RetirePsfsActivity&) = default;
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
  friend bool operator==(const RecordPsfsConversation&, const RecordPsfsConversation&) = default;
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
  friend bool operator==(const RecordMeasurement&, const RecordMeasurement&) = default;
};
// The relay log (stafettlogg) needs the person's active Sharing consent.
struct AddRelayLogEntry {
  Id person = kNoId;
  Date date;
  std::string author;
  RelayEntryKind kind = RelayEntryKind::Concern;
  std::string text;
  friend bool operator==(const AddRelayLogEntry&, const AddRelayLogEntry&) = default;
};

// [SECTION] Cases on the board (forløp) and admissions — case_commands.cpp
// Opens a new case at "reported" for a person with no open case. (Accepting a referral opens one
// too, with the referral's id: SetReferralStatus.)
struct OpenCase {
  Id person = kNoId;
  Date date;
  TargetGroup target_group = TargetGroup::Other;
  friend bool operator==(const OpenCase&, const OpenCase&) = default;
};
// Moves a case to another stage, if core/rules/case_flow.hpp allows it; closing needs a reason.
struct MoveCase {
  Id case_id = kNoId;
  CaseStage stage = CaseStage::Reported;
  Date date;
  std::string reason;
  friend bool operator==(const MoveCase&, const MoveCase&) = default;
};
struct SetCaseTargetGroup {
  Id case_id = kNoId;
  TargetGroup target_group = TargetGroup::Other;
  friend bool operator==(const SetCaseTargetGroup&, const SetCaseTargetGroup&) = default;
};
// A hospital admission: raises an alert for the coordinator until marked seen.
struct RegisterAdmission {
  Id person = kNoId;
  Date date;
  AdmissionKind kind = AdmissionKind::Acute;
  int bed_days = 0;
  std::string note;
  friend bool operator==(const RegisterAdmission&, const RegisterAdmission&) = default;
};
struct MarkAdmissionSeen {
  Id admission = kNoId;
  Date date;
  friend bool operator==(const MarkAdmissionSeen&, const MarkAdmissionSeen&) = default;
};

// A backup replaced the whole store (Settings → Restore). Changes nothing itself: the repository
// replaces the store and then records this, so the audit trail says when, by whom and from what.
struct RestoreBackup {
  std::string file_name;
  int persons = 0;  // persons in the restored backup
  friend bool operator==(const RestoreBackup&, const RestoreBackup&) = default;
};

using Command = std::variant<CreatePerson, UpdatePerson, RegisterReferral, SetReferralStatus, GiveConsent,
                             WithdrawConsent, AddTeamMember, TeamMemberLeaves, SetCoordinator, RecordMeeting,
                             AddGoal, AddMeasure, SetMeasureStatus, EvaluateMeasure, AddPsfsActivity,
                             RetirePsfsActivity, RecordPsfsConversation, RecordMeasurement, AddRelayLogEntry,
                             RestoreBackup, SubmitReferral, TriageReferral, RedirectReferral, ReopenReferral,
                             AddPractitioner, SetPractitionerActive, SetRiskRule, RemoveRiskRule, EvaluateGoal,
                             OpenCase, MoveCase, SetCaseTargetGroup, RegisterAdmission, MarkAdmissionSeen,
                             RecordQualitySurvey>;

// A command as the audit trail keeps it: immutable, shared by copies of the store (a sync merge
// starts from a copy of its base), and allocated at the size of the alternative it holds. A
// Command is as large as its largest alternative, the referral form, whatever it holds: every
// entry would pay for that. Empty only in a default-made entry.
class RecordedCommand {
 public:
  RecordedCommand() = default;
  explicit RecordedCommand(Command command);

  bool empty() const { return held_ == nullptr; }
  // The alternative held, or nullptr (also when empty).
  template <typename T>
  const T* get_if() const {
    return held_ != nullptr && index_ == index_of<T>() ? static_cast<const T*>(held_.get()) : nullptr;
  }
  // Calls f with the alternative held (nothing when empty).
  template <typename F>
  void visit(F&& f) const {
    visit_held(f, std::make_index_sequence<std::variant_size_v<Command>>{});
  }
  // The same command, whether or not the two share it.
  friend bool operator==(const RecordedCommand& a, const RecordedCommand& b);

 private:
  template <typename T, std::size_t I = 0>
  static constexpr std::size_t index_of() {
    if constexpr (std::is_same_v<T, std::variant_alternative_t<I, Command>>) {
      return I;
    } else {
      return index_of<T, I + 1>();
    }
  }
  template <typename F, std::size_t... I>
  void visit_held(F& f, std::index_sequence<I...>) const {
    if (held_ == nullptr) return;
    (void)((index_ == I && (f(*static_cast<const std::variant_alternative_t<I, Command>*>(held_.get())), true)) || ...);
  }

  std::shared_ptr<const void> held_;
  std::size_t index_ = 0;  // Command::index() of what is held
};

}  // namespace opp
