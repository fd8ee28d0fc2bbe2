// The relay log (stafettlogg) as staff read it: what the commands recorded about the person — stage
// moves, team changes, the plan, meetings held, PSFS conversations, measurements, admissions — and
// the entries written by hand, newest first. The log follows the person between services, so it
// holds only what happened while the person consented to sharing.
#pragma once

#include <string>
#include <vector>

#include "core/domain/store.hpp"

namespace opp::queries {

enum class RelayEventKind {
  Written,               // an entry written by hand (`entry`)
  StageChanged,          // `stage`, `who` moved it, `text` = the reason
  MemberJoined,          // `text` = the member's name, `detail` = role
  MemberLeft,            // `text` = the member's name; `by_withdrawal` when consent was withdrawn
  CoordinatorAppointed,  // `text` = the member's name
  GoalSet,               // `text` = the goal
  GoalEvaluated,         // `text` = the goal, `outcome`, `detail` = the note
  MeetingHeld,           // `meeting`, `person_present`
  PsfsConversation,      // `who` = performed by
  MeasurementRecorded,
  AdmissionRegistered,   // `admission`, `count` = bed-days
};

struct RelayEvent {
  Date date;
  RelayEventKind kind = RelayEventKind::Written;
  Id id = kNoId;  // the record it comes from (the case for stage moves, the member, goal, meeting …)
  std::string who;
  std::string text;
  std::string detail;
  CaseStage stage = CaseStage::Reported;
  GoalOutcome outcome = GoalOutcome::Partly;
  MeetingType meeting = MeetingType::Network;
  AdmissionKind admission = AdmissionKind::Acute;
  int count = 0;
  bool person_present = false;
  bool by_withdrawal = false;
  const RelayLogEntry* entry = nullptr;
};

// Whether the person consented to sharing on `date` (a Sharing consent given on or before it and
// not withdrawn by then).
bool sharing_consent_on(const Store& store, Id person, Date date);

// The person's relay log as of `today` (meetings later than today are planned, not held), newest
// first; events of one day in the order they happened. Entries written by hand are always shown
// (they could only be written under consent); recorded events only when dated under consent.
std::vector<RelayEvent> relay_log(const Store& store, Id person, Date today);

// Whether a relative's membership was ended by withdrawing the person's consent to involve them.
bool ended_by_consent_withdrawal(const Store& store, const TeamMember& member);

}  // namespace opp::queries
