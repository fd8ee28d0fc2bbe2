// Look-ups over the in-memory store: by id through the tables' indexes (O(1)).
#include "core/domain/store.hpp"

namespace opp {

const Person* Store::find_person(Id id) const { return persons.find(id); }
const Referral* Store::find_referral(Id id) const { return referrals.find(id); }
const Consent* Store::find_consent(Id id) const { return consents.find(id); }
const TeamMember* Store::find_team_member(Id id) const { return team_members.find(id); }
const Goal* Store::find_goal(Id id) const { return goals.find(id); }
const Measure* Store::find_measure(Id id) const { return measures.find(id); }
const Meeting* Store::find_meeting(Id id) const { return meetings.find(id); }
const PsfsActivity* Store::find_psfs_activity(Id id) const { return psfs_activities.find(id); }
const PsfsConversation* Store::find_psfs_conversation(Id id) const { return psfs_conversations.find(id); }
const QuarterlyMeasurement* Store::find_measurement(Id id) const { return measurements.find(id); }
const RelayLogEntry* Store::find_relay_log_entry(Id id) const { return relay_log.find(id); }
const Practitioner* Store::find_practitioner(Id id) const { return practitioners.find(id); }
const Case* Store::find_case(Id id) const { return cases.find(id); }
const Admission* Store::find_admission(Id id) const { return admissions.find(id); }
Person* Store::find_person(Id id) { return persons.find(id); }
Case* Store::find_case(Id id) { return cases.find(id); }
Admission* Store::find_admission(Id id) { return admissions.find(id); }
Meeting* Store::find_meeting(Id id) { return meetings.find(id); }

const Case* Store::open_case(Id person) const {
  for (const Case& c : cases.of_person(person)) {
    if (c.open()) return &c;
  }
  return nullptr;
}
Referral* Store::find_referral(Id id) { return referrals.find(id); }
Consent* Store::find_consent(Id id) { return consents.find(id); }
TeamMember* Store::find_team_member(Id id) { return team_members.find(id); }
Goal* Store::find_goal(Id id) { return goals.find(id); }
Measure* Store::find_measure(Id id) { return measures.find(id); }
PsfsActivity* Store::find_psfs_activity(Id id) { return psfs_activities.find(id); }
Practitioner* Store::find_practitioner(Id id) { return practitioners.find(id); }

const TeamMember* Store::find_coordinator(Id person) const {
  for (const TeamMember& member : team_members.of_person(person)) {
    if (member.active() && member.coordinator) return &member;
  }
  return nullptr;
}

int Store::active_psfs_activity_count(Id person) const {
  int count = 0;
  for (const PsfsActivity& activity : psfs_activities.of_person(person)) count += activity.retired ? 0 : 1;
  return count;
}

}  // namespace opp
