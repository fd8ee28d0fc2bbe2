// Commands on the person and consents (samtykke); the intake queue is intake_commands.cpp.
#include "core/commands/handlers.hpp"
#include "core/rules/national_id.hpp"

namespace opp {

void check_person_fields(const Store& store, Id self, const std::string& name, const std::optional<Date>& birth_date,
                         const std::string& national_id, const std::string& municipality, Date today,
                         Errors& errors) {
  check_name(errors, "name", name, true);
  check_name(errors, "municipality", municipality, false);
  if (birth_date) {
    if (!birth_date->valid()) {
      errors.add("birth_date", "error.required");
    } else if (*birth_date > today) {
      errors.add("birth_date", "error.date_in_future");
    }
  }
  if (national_id.empty()) return;
  const auto info = parse_national_id(national_id);
  if (!info) {
    errors.add("national_id", "error.national_id_invalid");
    return;
  }
  if (birth_date && birth_date->valid() && !national_id_matches_birth_date(*info, *birth_date)) {
    errors.add("national_id", "error.national_id_birth_mismatch");
  }
  for (const Person& other : store.persons) {
    if (other.id != self && other.national_id == national_id) errors.add("national_id", "error.duplicate");
  }
}

void check(const Store& store, const CreatePerson& c, Date today, Errors& errors) {
  check_person_fields(store, kNoId, c.name, c.birth_date, c.national_id, c.municipality, today, errors);
}

Applied apply(Store& store, const CreatePerson& c, const Applying& at) {
  Person person{take_id(store, at), c.name, c.birth_date, c.national_id, c.municipality, at.today, ""};
  store.persons.push_back(person);
  return {person.id, person.id};
}

void check(const Store& store, const UpdatePerson& c, Date today, Errors& errors) {
  if (require_person(store, errors, c.person) == nullptr) return;
  check_person_fields(store, c.person, c.name, c.birth_date, c.national_id, c.municipality, today, errors);
}

Applied apply(Store& store, const UpdatePerson& c, const Applying&) {
  Person& person = *store.find_person(c.person);
  person.name = c.name;
  person.birth_date = c.birth_date;
  person.national_id = c.national_id;
  person.municipality = c.municipality;
  return {kNoId, person.id};
}

void check(const Store& store, const GiveConsent& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "given", c.given, today, person);
  const bool for_relative = c.kind == ConsentKind::RelativeInvolvement;
  check_name(errors, "relative_name", c.relative_name, for_relative);
  for (const Consent& other : store.consents.of_person(c.person)) {
    if (other.kind != c.kind || !other.active()) continue;
    if (!for_relative) {
      errors.add("kind", "error.duplicate");
    } else if (same_name(other.relative_name, c.relative_name)) {
      errors.add("relative_name", "error.duplicate");
    }
  }
}

Applied apply(Store& store, const GiveConsent& c, const Applying& at) {
  const bool for_relative = c.kind == ConsentKind::RelativeInvolvement;
  Consent consent{take_id(store, at), c.person, c.kind, for_relative ? c.relative_name : std::string{}, c.given, {}};
  store.consents.push_back(consent);
  return {consent.id, c.person};
}

void check(const Store& store, const WithdrawConsent& c, Date today, Errors& errors) {
  const Consent* consent = store.find_consent(c.consent);
  if (consent == nullptr) {
    errors.add("consent", "error.not_found");
    return;
  }
  if (!consent->active()) errors.add("consent", "error.already_withdrawn");
  check_event_date(errors, "date", c.date, today, nullptr);
  if (c.date < consent->given) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const WithdrawConsent& c, const Applying&) {
  Consent& consent = *store.find_consent(c.consent);
  consent.withdrawn = c.date;
  // Relatives take part only as far as the person consents: the named relative leaves the team.
  if (consent.kind == ConsentKind::RelativeInvolvement) {
    for (const std::size_t i : store.team_members.positions_of(consent.person)) {
      TeamMember& member = store.team_members[i];
      if (member.level == CareLevel::Relative && member.active() && same_name(member.name, consent.relative_name)) {
        member.left = std::max(c.date, member.joined);
      }
    }
  }
  return {kNoId, consent.person};
}

}  // namespace opp
