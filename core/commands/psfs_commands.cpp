// Commands on PSFS activities and conversations, quarterly measurements and the relay log (stafettlogg).
#include <algorithm>

#include "core/commands/handlers.hpp"

namespace opp {

void check(const Store& store, const AddPsfsActivity& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_name(errors, "text", c.text, true);
  check_past_date(errors, "added", c.added, today, person);
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
  check_past_date(errors, "date", c.date, today, nullptr);
  if (c.date < activity->added) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const RetirePsfsActivity& c, const Applying&) {
  PsfsActivity& activity = *store.find_psfs_activity(c.activity);
  activity.retired = c.date;
  return {kNoId, activity.person};
}

void check(const Store& store, const RecordPsfsConversation& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_past_date(errors, "date", c.date, today, person);
  check_name(errors, "performed_by", c.performed_by, false);
  if (c.scores.empty() && c.new_activities.empty()) errors.add("scores", "error.required");
  if (person == nullptr) return;
  // The person's earlier conversations: none later than this one, and the same scale direction.
  bool before_previous = false, other_direction = false;
  for (const PsfsConversation& earlier : store.psfs_conversations.of_person(c.person)) {
    before_previous |= c.date < earlier.date;
    other_direction |= earlier.direction != c.direction;
  }
  if (before_previous) errors.add("date", "error.before_previous_conversation");
  if (other_direction) errors.add("direction", "error.other_direction");
  // Activities retired in this conversation: the person's, active on its date.
  int active = store.active_psfs_activity_count(c.person);
  for (std::size_t i = 0; i < c.retire.size(); ++i) {
    const PsfsActivity* activity = store.find_psfs_activity(c.retire[i]);
    if (activity == nullptr || activity->person != c.person) {
      errors.add("retire", "error.not_found");
    } else if (activity->retired) {
      errors.add("retire", "error.not_active");
    } else if (c.date < activity->added) {
      errors.add("retire", "error.before_activity_added");
    } else if (std::find(c.retire.begin(), c.retire.begin() + static_cast<std::ptrdiff_t>(i), c.retire[i]) !=
               c.retire.begin() + static_cast<std::ptrdiff_t>(i)) {
      errors.add("retire", "error.duplicate");
    } else {
      --active;
    }
  }
  const auto retired_here = [&](Id id) { return std::find(c.retire.begin(), c.retire.end(), id) != c.retire.end(); };
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
    } else if ((activity->retired && *activity->retired <= c.date) || retired_here(activity->id)) {
      errors.add("scores", "error.not_active");
    } else if (c.date < activity->added) {
      errors.add("scores", "error.before_activity_added");
    }
  }
  for (std::size_t i = 0; i < c.new_activities.size(); ++i) {
    const NewPsfsActivity& added = c.new_activities[i];
    if (added.score < 0 || added.score > 10) errors.add("new_activities", "error.out_of_range");
    check_name(errors, "new_activities", added.text, true);
    bool duplicate = std::any_of(c.new_activities.begin(), c.new_activities.begin() + static_cast<std::ptrdiff_t>(i),
                                 [&](const NewPsfsActivity& other) { return same_name(other.text, added.text); });
    for (const PsfsActivity& other : store.psfs_activities.of_person(c.person)) {
      duplicate |= !other.retired && !retired_here(other.id) && same_name(other.text, added.text);
    }
    if (duplicate) errors.add("new_activities", "error.duplicate");
  }
  if (active + static_cast<int>(c.new_activities.size()) > kMaxPsfsActivities) {
    errors.add("new_activities", "error.too_many_activities");
  }
}

Applied apply(Store& store, const RecordPsfsConversation& c, const Applying& at) {
  PsfsConversation conversation{take_id(store, at), c.person, c.date, c.performed_by, c.direction, c.scores};
  for (const Id id : c.retire) store.find_psfs_activity(id)->retired = c.date;
  for (const NewPsfsActivity& added : c.new_activities) {
    const PsfsActivity activity{take_id(store, at), c.person, added.text, c.date, {}};
    store.psfs_activities.push_back(activity);
    conversation.scores.push_back(PsfsScore{activity.id, added.score});
  }
  store.psfs_conversations.push_back(conversation);
  return {conversation.id, c.person};
}

void check(const Store& store, const RecordMeasurement& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_past_date(errors, "date", c.date, today, person);
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
  check_past_date(errors, "date", c.date, today, person);
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
