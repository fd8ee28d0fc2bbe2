// Commands on PSFS activities and conversations, quarterly measurements and the relay log (stafettlogg).
#include <algorithm>

#include "core/commands/handlers.hpp"

namespace opp {

void check(const Store& store, const AddPsfsActivity& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_name(errors, "text", c.text, true);
  check_event_date(errors, "added", c.added, today, person);
  if (person == nullptr) return;
  if (store.active_psfs_activity_count(c.person) >= kMaxPsfsActivities) {
    errors.add("person", "error.too_many_activities");
  }
  for (const PsfsActivity& other : store.psfs_activities.of_person(c.person)) {
    if (!other.retired && same_name(other.text, c.text)) {
      errors.add("text", "error.duplicate");
    }
  }
}

Applied apply(Store& store, const AddPsfsActivity& c, const Applying& at) {
  PsfsActivity activity{take_id(store, at), c.person, c.text, c.added, {}};
  store.psfs_activities.push_back(activity);
  return {activity.id, c.person};
}

void check(const Store& store, const RetirePsfsActivity& c, Date today, Errors& errors) {
  const PsfsActivity* activity = store.find_psfs_activity(c.activity);
  if (activity == nullptr) {
    errors.add("activity", "error.not_found");
    return;
  }
  if (activity->retired) errors.add("activity", "error.not_active");
  check_event_date(errors, "date", c.date, today, nullptr);
  if (c.date < activity->added) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const RetirePsfsActivity& c, const Applying&) {
  PsfsActivity& activity = *store.find_psfs_activity(c.activity);
  activity.retired = c.date;
  return {kNoId, activity.person};
}

void check(const Store& store, const RecordPsfsConversation& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "date", c.date, today, person);
  check_name(errors, "performed_by", c.performed_by, false);
  if (c.scores.empty()) errors.add("scores", "error.required");
  if (c.scores.size() > static_cast<std::size_t>(kMaxPsfsActivities)) errors.add("scores", "error.too_many_activities");
  for (std::size_t i = 0; i < c.scores.size(); ++i) {
    const PsfsScore& score = c.scores[i];
    const PsfsActivity* activity = store.find_psfs_activity(score.activity);
    const auto earlier = c.scores.begin() + static_cast<std::ptrdiff_t>(i);
    if (score.score < 0 || score.score > 10) {
      errors.add("scores", "error.out_of_range");
    } else if (activity == nullptr || activity->person != c.person) {
      errors.add("scores", "error.not_found");
    } else if (std::any_of(c.scores.begin(), earlier, [&](const PsfsScore& s) { return s.activity == score.activity; })) {
      errors.add("scores", "error.duplicate");
    } else if (activity->retired && *activity->retired <= c.date) {
      errors.add("scores", "error.not_active");
    }
  }
}

Applied apply(Store& store, const RecordPsfsConversation& c, const Applying& at) {
  PsfsConversation conversation{take_id(store, at), c.person, c.date, c.performed_by, c.direction, c.scores};
  store.psfs_conversations.push_back(conversation);
  return {conversation.id, c.person};
}

void check(const Store& store, const RecordMeasurement& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "date", c.date, today, person);
  const std::pair<const char*, int> counts[] = {
      {"gp_contacts", c.gp_contacts},
      {"emergency_contacts", c.emergency_contacts},
      {"municipal_contacts", c.municipal_contacts},
      {"specialist_contacts", c.specialist_contacts},
      {"hospital_admissions", c.hospital_admissions},
      {"medications", c.medications},
      {"hospital_departments", c.hospital_departments},
      {"proactive_services", c.proactive_services},
  };
  for (const auto& [field, value] : counts) {
    if (value < 0 || value > kMaxCount) errors.add(field, "error.out_of_range");
  }
}

Applied apply(Store& store, const RecordMeasurement& c, const Applying& at) {
  QuarterlyMeasurement measurement{take_id(store, at),         c.person,
                                   c.date,                 c.gp_contacts,
                                   c.emergency_contacts,   c.municipal_contacts,
                                   c.specialist_contacts,  c.hospital_admissions,
                                   c.medications,          c.hospital_departments,
                                   c.proactive_services};
  store.measurements.push_back(measurement);
  return {measurement.id, c.person};
}

void check(const Store& store, const AddRelayLogEntry& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "date", c.date, today, person);
  check_name(errors, "author", c.author, true);
  check_text(errors, "text", c.text, true);
  if (person == nullptr) return;
  const auto consents = store.consents.of_person(c.person);
  const bool sharing = std::any_of(consents.begin(), consents.end(), [](const Consent& consent) {
    return consent.kind == ConsentKind::Sharing && consent.active();
  });
  if (!sharing) errors.add("person", "error.no_consent");
}

Applied apply(Store& store, const AddRelayLogEntry& c, const Applying& at) {
  RelayLogEntry entry{take_id(store, at), c.person, c.date, c.author, c.kind, c.text};
  store.relay_log.push_back(entry);
  return {entry.id, c.person};
}

}  // namespace opp
