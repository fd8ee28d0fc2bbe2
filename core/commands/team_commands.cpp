// Commands on the follow-up team (oppfølgingsteam): members join and leave, a coordinator leads, meetings.
#include <algorithm>

#include "core/commands/handlers.hpp"

namespace opp {
namespace {

bool has_relative_consent(const Store& store, Id person, std::string_view name) {
  const auto consents = store.consents.of_person(person);
  return std::any_of(consents.begin(), consents.end(), [&](const Consent& consent) {
    return consent.kind == ConsentKind::RelativeInvolvement && consent.active() && same_name(consent.relative_name, name);
  });
}

bool member_on(const TeamMember& member, Date date) {
  return member.joined <= date && (!member.left || date <= *member.left);
}

}  // namespace

void check(const Store& store, const AddTeamMember& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_name(errors, "name", c.name, true);
  check_name(errors, "role", c.role, false);
  check_name(errors, "service", c.service, false);
  check_past_date(errors, "joined", c.joined, today, person);
  if (c.practitioner != kNoId) {
    const Practitioner* practitioner = store.find_practitioner(c.practitioner);
    if (practitioner == nullptr) {
      errors.add("practitioner", "error.not_found");
    } else if (!practitioner->active) {
      errors.add("practitioner", "error.not_active");
    } else if (!is_professional(c.level)) {
      errors.add("level", "error.not_professional");
    }
    for (const TeamMember& other : store.team_members.of_person(c.person)) {
      if (other.active() && other.practitioner == c.practitioner) errors.add("practitioner", "error.duplicate");
    }
  }
  if (person == nullptr || errors.has("name")) return;
  if (c.level == CareLevel::Relative && !has_relative_consent(store, c.person, c.name)) {
    errors.add("name", "error.no_consent");
  }
  for (const TeamMember& other : store.team_members.of_person(c.person)) {
    if (other.active() && same_name(other.name, c.name)) {
      errors.add("name", "error.duplicate");
    }
  }
}

Applied apply(Store& store, const AddTeamMember& c, const Applying& at) {
  TeamMember member{take_id(store, at), c.person, c.name, c.role, c.service, c.level, false, c.joined, {},
                    c.practitioner, {}};
  store.team_members.push_back(member);
  return {member.id, c.person};
}

void check(const Store& store, const TeamMemberLeaves& c, Date today, Errors& errors) {
  const TeamMember* member = store.find_team_member(c.member);
  if (member == nullptr) {
    errors.add("member", "error.not_found");
    return;
  }
  if (!member->active()) errors.add("member", "error.not_active");
  check_past_date(errors, "date", c.date, today, nullptr);
  if (c.date < member->joined) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const TeamMemberLeaves& c, const Applying&) {
  TeamMember& member = *store.find_team_member(c.member);
  member.left = c.date;  // the coordinator flag stays as history; "active coordinator" needs an active member
  return {kNoId, member.person};
}

void check(const Store& store, const SetCoordinator& c, Date today, Errors& errors) {
  const TeamMember* member = store.find_team_member(c.member);
  if (member == nullptr) {
    errors.add("member", "error.not_found");
  } else if (!member->active()) {
    errors.add("member", "error.not_active");
  } else if (!is_professional(member->level)) {
    errors.add("member", "error.coordinator_professional");
  }
  if (!c.date) {
    errors.add("date", "error.required");
  } else {
    check_past_date(errors, "date", *c.date, today, nullptr);
    if (member != nullptr && *c.date < member->joined) errors.add("date", "error.date_order");
  }
}

Applied apply(Store& store, const SetCoordinator& c, const Applying&) {
  const Id person = store.find_team_member(c.member)->person;
  appoint_coordinator(store, person, c.member, c.date);
  return {kNoId, person};
}

void appoint_coordinator(Store& store, Id person, Id member_id, std::optional<Date> since) {
  for (const std::size_t i : store.team_members.positions_of(person)) {
    TeamMember& member = store.team_members[i];
    if (!member.active()) continue;
    const bool appointed = member.id == member_id;
    if (appointed && !member.coordinator) member.coordinator_since = since;
    member.coordinator = appointed;
  }
}

void check(const Store& store, const RecordMeeting& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "date", c.date, today, person);
  check_text(errors, "agenda", c.agenda, false);
  check_text(errors, "decisions", c.decisions, false);
  check_text(errors, "next_steps", c.next_steps, false);
  for (std::size_t i = 0; i < c.participants.size(); ++i) {
    const TeamMember* member = store.find_team_member(c.participants[i]);
    if (member == nullptr || member->person != c.person) {
      errors.add("participants", "error.not_found");
    } else if (std::find(c.participants.begin(), c.participants.begin() + static_cast<std::ptrdiff_t>(i),
                         member->id) != c.participants.begin() + static_cast<std::ptrdiff_t>(i)) {
      errors.add("participants", "error.duplicate");
    } else if (!member_on(*member, c.date)) {
      errors.add("participants", "error.not_active");
    }
  }
}

Applied apply(Store& store, const RecordMeeting& c, const Applying& at) {
  Meeting meeting{take_id(store, at), c.person,     c.type,      c.date,     c.participants,
                  c.person_present, c.agenda, c.decisions, c.next_steps};
  store.meetings.push_back(meeting);
  return {meeting.id, c.person};
}

void check(const Store& store, const RecordQualitySurvey& c, Date today, Errors& errors) {
  const Meeting* meeting = store.find_meeting(c.meeting);
  if (meeting == nullptr) {
    errors.add("meeting", "error.not_found");
  } else if (meeting->type != MeetingType::Evaluation) {
    errors.add("meeting", "error.not_evaluation_meeting");
  } else if (today < meeting->date) {
    errors.add("meeting", "error.meeting_not_held");
  } else {
    for (const QualitySurvey& s : store.quality_surveys.of_person(meeting->person)) {
      if (s.meeting == c.meeting) errors.add("meeting", "error.survey_recorded");
    }
  }
  if (c.answers.size() != static_cast<std::size_t>(kQualityItems)) {
    errors.add("answers", "error.survey_items");
  } else {
    bool any = !c.comment.empty();
    for (std::size_t i = 0; i < c.answers.size(); ++i) {
      if (c.answers[i] < 0 || c.answers[i] > 5) errors.add("answers." + std::to_string(i), "error.answer_range");
      any |= c.answers[i] > 0;
    }
    if (!any) errors.add("answers", "error.survey_empty");
  }
  check_text(errors, "comment", c.comment, false);
}

Applied apply(Store& store, const RecordQualitySurvey& c, const Applying& at) {
  const Meeting& meeting = *store.find_meeting(c.meeting);
  QualitySurvey survey{take_id(store, at), meeting.person, meeting.id, meeting.date, c.answers, c.comment};
  store.quality_surveys.push_back(survey);
  return {survey.id, survey.person};
}

}  // namespace opp
