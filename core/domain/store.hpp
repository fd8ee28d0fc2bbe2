// The whole caseload in memory: the state every view reads and every command changes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/domain/commands.hpp"
#include "core/domain/hlc.hpp"
#include "core/domain/model.hpp"
#include "core/domain/table.hpp"

namespace opp {

// 1: one store-wide next_id; journal lines without device or clock.
// 2: ids per device (id_counters); journal lines and audit entries carry device and hybrid clock.
// 3: intake: the practitioner register, the municipality's risk rules, a person's contact, and on
//    referrals the services involved, the risk screening, triage, redirection and decision history.
// 4: the board: cases (forløp) with stages, hospital admissions as dated events, goal evaluations,
//    the register's care level and contact, the coordinator's appointment date, measures from meetings.
// 5: the user-experienced quality survey at evaluation meetings (quality_surveys).
inline constexpr int kSchemaVersion = 5;

// One line of the audit trail: what changed, when and by whom. `command` is the command itself,
// so the history of every change (e.g. a referral's decisions) can be shown later.
struct AuditEntry {
  std::uint64_t seq = 0;  // 1, 2, 3… in commit order
  Timestamp at;
  std::string author;
  std::string command_type;  // e.g. "create_person"
  Id subject = kNoId;        // the person the change concerns, or kNoId
  RecordedCommand command;   // the command as recorded in the journal
  DeviceId device = kLegacyDevice;  // the device that made the change
  Hlc clock;                        // its hybrid logical clock: the merge order across devices
  friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

struct Store {
  IdCounters id_counters;  // per device: the last id counter handed out
  Table<Person> persons;
  Table<Referral> referrals;
  Table<Consent> consents;
  Table<TeamMember> team_members;
  Table<Goal> goals;
  Table<Measure> measures;
  Table<Meeting> meetings;
  Table<PsfsActivity> psfs_activities;
  Table<PsfsConversation> psfs_conversations;
  Table<QuarterlyMeasurement> measurements;
  Table<RelayLogEntry> relay_log;
  Table<Practitioner> practitioners;
  Table<Case> cases;
  Table<Admission> admissions;
  Table<QualitySurvey> quality_surveys;
  // The municipality's screening rules. Version 0 means never edited: the built-in defaults
  // apply (effective_risk_rules() in core/rules/risk_screening.hpp).
  RiskRuleSet risk_rules{0, {}};
  std::vector<AuditEntry> audit;

  // Look-ups by id; nullptr when absent. The non-const overloads are for commands applying changes.
  const Person* find_person(Id id) const;
  const Referral* find_referral(Id id) const;
  const Consent* find_consent(Id id) const;
  const TeamMember* find_team_member(Id id) const;
  const Goal* find_goal(Id id) const;
  const Measure* find_measure(Id id) const;
  const Meeting* find_meeting(Id id) const;
  const PsfsActivity* find_psfs_activity(Id id) const;
  const PsfsConversation* find_psfs_conversation(Id id) const;
  const QuarterlyMeasurement* find_measurement(Id id) const;
  const RelayLogEntry* find_relay_log_entry(Id id) const;
  const Practitioner* find_practitioner(Id id) const;
  const Case* find_case(Id id) const;
  const Admission* find_admission(Id id) const;
  Person* find_person(Id id);
  Referral* find_referral(Id id);
  Consent* find_consent(Id id);
  TeamMember* find_team_member(Id id);
  Goal* find_goal(Id id);
  Measure* find_measure(Id id);
  PsfsActivity* find_psfs_activity(Id id);
  Practitioner* find_practitioner(Id id);
  Case* find_case(Id id);
  Admission* find_admission(Id id);
  Meeting* find_meeting(Id id);

  // The person's case that is not closed (at most one), or nullptr.
  const Case* open_case(Id person) const;

  // The person's active coordinator (koordinator), or nullptr.
  const TeamMember* find_coordinator(Id person) const;
  // How many PSFS activities the person has that are not retired.
  int active_psfs_activity_count(Id person) const;
  friend bool operator==(const Store&, const Store&) = default;
};

}  // namespace opp
