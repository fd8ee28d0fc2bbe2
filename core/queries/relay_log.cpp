// The relay log: events derived from what the commands recorded, plus the entries written by hand.
#include "core/queries/relay_log.hpp"

#include <algorithm>

#include "core/commands/validation.hpp"

namespace opp::queries {

bool sharing_consent_on(const Store& store, Id person, Date date) {
  for (const Consent& c : store.consents.of_person(person)) {
    if (c.kind != ConsentKind::Sharing || date < c.given) continue;
    if (!c.withdrawn || date < *c.withdrawn) return true;
  }
  return false;
}

bool ended_by_consent_withdrawal(const Store& store, const TeamMember& member) {
  if (member.level != CareLevel::Relative || !member.left) return false;
  for (const Consent& c : store.consents.of_person(member.person)) {
    if (c.kind == ConsentKind::RelativeInvolvement && c.withdrawn && same_name(c.relative_name, member.name) &&
        std::max(*c.withdrawn, member.joined) == *member.left) {
      return true;
    }
  }
  return false;
}

std::vector<RelayEvent> relay_log(const Store& store, Id person, Date today) {
  // Collected in the order things happen within a day (joins before the move they allow, a
  // meeting before the evaluation it makes); the log is then read newest first.
  std::vector<RelayEvent> events;
  const auto add = [&](Date date, RelayEventKind kind, Id id) -> RelayEvent* {
    if (!sharing_consent_on(store, person, date)) return nullptr;
    RelayEvent& e = events.emplace_back();
    e.date = date;
    e.kind = kind;
    e.id = id;
    return &e;
  };
  for (const TeamMember& m : store.team_members.of_person(person)) {
    if (RelayEvent* e = add(m.joined, RelayEventKind::MemberJoined, m.id)) {
      e->text = m.name;
      e->detail = m.role;
    }
    if (m.coordinator && m.coordinator_since) {
      if (RelayEvent* e = add(*m.coordinator_since, RelayEventKind::CoordinatorAppointed, m.id)) e->text = m.name;
    }
  }
  for (const Goal& g : store.goals.of_person(person)) {
    if (RelayEvent* e = add(g.established, RelayEventKind::GoalSet, g.id)) e->text = g.text;
  }
  for (const Meeting& m : store.meetings.of_person(person)) {
    if (today < m.date) continue;  // planned, not held yet
    if (RelayEvent* e = add(m.date, RelayEventKind::MeetingHeld, m.id)) {
      e->meeting = m.type;
      e->person_present = m.person_present;
      e->detail = m.decisions;
    }
  }
  for (const PsfsConversation& c : store.psfs_conversations.of_person(person)) {
    if (RelayEvent* e = add(c.date, RelayEventKind::PsfsConversation, c.id)) e->who = c.performed_by;
  }
  for (const QuarterlyMeasurement& m : store.measurements.of_person(person)) {
    add(m.date, RelayEventKind::MeasurementRecorded, m.id);
  }
  for (const Admission& a : store.admissions.of_person(person)) {
    if (RelayEvent* e = add(a.date, RelayEventKind::AdmissionRegistered, a.id)) {
      e->admission = a.kind;
      e->count = a.bed_days;
    }
  }
  for (const Goal& g : store.goals.of_person(person)) {
    for (const GoalEvaluation& ev : g.evaluations) {
      if (RelayEvent* e = add(ev.date, RelayEventKind::GoalEvaluated, g.id)) {
        e->text = g.text;
        e->outcome = ev.outcome;
        e->detail = ev.note;
      }
    }
  }
  for (const TeamMember& m : store.team_members.of_person(person)) {
    if (!m.left) continue;
    if (RelayEvent* e = add(*m.left, RelayEventKind::MemberLeft, m.id)) {
      e->text = m.name;
      e->by_withdrawal = ended_by_consent_withdrawal(store, m);
    }
  }
  for (const Case& c : store.cases.of_person(person)) {
    for (const StageChange& change : c.history) {
      if (RelayEvent* e = add(change.date, RelayEventKind::StageChanged, c.id)) {
        e->stage = change.stage;
        e->who = change.by;
        e->text = change.reason;
      }
    }
  }
  for (const RelayLogEntry& entry : store.relay_log.of_person(person)) {
    RelayEvent& e = events.emplace_back();
    e.date = entry.date;
    e.kind = RelayEventKind::Written;
    e.id = entry.id;
    e.who = entry.author;
    e.text = entry.text;
    e.entry = &entry;
  }
  std::reverse(events.begin(), events.end());
  std::stable_sort(events.begin(), events.end(), [](const RelayEvent& a, const RelayEvent& b) { return b.date < a.date; });
  return events;
}

}  // namespace opp::queries
