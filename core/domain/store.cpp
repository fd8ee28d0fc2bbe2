// Look-ups over the in-memory store (linear: a municipality's caseload is hundreds, not millions).
#include "core/domain/store.hpp"

#include <algorithm>

namespace opp {
namespace {

template <typename Range>
auto find_by_id(Range& items, Id id) -> decltype(&items.front()) {
  const auto it = std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Person* Store::find_person(Id id) const { return find_by_id(persons, id); }
const Referral* Store::find_referral(Id id) const { return find_by_id(referrals, id); }
const Consent* Store::find_consent(Id id) const { return find_by_id(consents, id); }
const TeamMember* Store::find_team_member(Id id) const { return find_by_id(team_members, id); }
const Goal* Store::find_goal(Id id) const { return find_by_id(goals, id); }
const Measure* Store::find_measure(Id id) const { return find_by_id(measures, id); }
const Meeting* Store::find_meeting(Id id) const { return find_by_id(meetings, id); }
const PsfsActivity* Store::find_psfs_activity(Id id) const { return find_by_id(psfs_activities, id); }
const PsfsConversation* Store::find_psfs_conversation(Id id) const { return find_by_id(psfs_conversations, id); }
const QuarterlyMeasurement* Store::find_measurement(Id id) const { return find_by_id(measurements, id); }
const RelayLogEntry* Store::find_relay_log_entry(Id id) const { return find_by_id(relay_log, id); }
Person* Store::find_person(Id id) { return find_by_id(persons, id); }
Referral* Store::find_referral(Id id) { return find_by_id(referrals, id); }
Consent* Store::find_consent(Id id) { return find_by_id(consents, id); }
TeamMember* Store::find_team_member(Id id) { return find_by_id(team_members, id); }
Goal* Store::find_goal(Id id) { return find_by_id(goals, id); }
Measure* Store::find_measure(Id id) { return find_by_id(measures, id); }
PsfsActivity* Store::find_psfs_activity(Id id) { return find_by_id(psfs_activities, id); }

const TeamMember* Store::find_coordinator(Id person) const {
  for (const TeamMember& member : team_members) {
    if (member.person == person && member.active() && member.coordinator) return &member;
  }
  return nullptr;
}

int Store::active_psfs_activity_count(Id person) const {
  return static_cast<int>(std::count_if(psfs_activities.begin(), psfs_activities.end(), [person](const auto& a) {
    return a.person == person && !a.retired.has_value();
  }));
}

}  // namespace opp
