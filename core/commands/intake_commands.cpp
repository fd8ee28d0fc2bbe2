// Commands on the intake queue (innmelding, vurdering): referrals, their status and triage, the
// practitioner register and the municipality's screening rules. The status rules are
// core/rules/referral_flow.hpp.
#include <algorithm>

#include "core/commands/handlers.hpp"
#include "core/rules/case_flow.hpp"
#include "core/rules/referral_flow.hpp"
#include "core/rules/risk_screening.hpp"

namespace opp {
namespace {

// Plausible ranges for the screening inputs: outside them the number is a typo.
constexpr int kMaxAdmissions = 365;
constexpr int kMaxMedications = 100;
constexpr int kMaxServices = 50;

void check_count(Errors& errors, std::string_view field, const std::optional<int>& value, int low, int high) {
  if (value && (*value < low || *value > high)) errors.add(field, "error.out_of_range");
}

void check_screening(Errors& errors, const RiskScreening& screening) {
  const RiskInputs& in = screening.inputs;
  check_count(errors, "risk.admissions_12m", in.admissions_12m, 0, kMaxAdmissions);
  check_count(errors, "risk.medications", in.medications, 0, kMaxMedications);
  check_count(errors, "risk.cfs", in.clinical_frailty, 1, 9);
  check_count(errors, "risk.services", in.services_involved, 0, kMaxServices);
  check_text(errors, "risk.concern", in.concern, false);
}

// A referral the command changes, or nullptr after error.not_found.
const Referral* require_referral(const Store& store, Errors& errors, Id id) {
  const Referral* referral = store.find_referral(id);
  if (referral == nullptr) errors.add("referral", "error.not_found");
  return referral;
}

void check_transition(Errors& errors, const Referral& referral, ReferralStatus to) {
  if (!transition_allowed(referral.status, to)) errors.add("status", "error.transition_not_allowed");
}

bool is_builtin_rule(std::string_view id) {
  const RiskRuleSet defaults = default_risk_rules();
  return std::any_of(defaults.rules.begin(), defaults.rules.end(), [&](const RiskRule& r) { return r.id == id; });
}

// The person's team member for the practitioner, made the only active coordinator.
void make_coordinator(Store& store, Id person, const Practitioner& practitioner, Date joined, const Applying& at) {
  Id member_id = kNoId;
  for (const TeamMember& member : store.team_members.of_person(person)) {
    if (member.active() && member.practitioner == practitioner.id) member_id = member.id;
  }
  if (member_id == kNoId) {
    TeamMember member{take_id(store, at), person, practitioner.name, practitioner.role, practitioner.service,
                      practitioner.level, false, joined, {}, practitioner.id, {}};
    member_id = member.id;
    store.team_members.push_back(std::move(member));
  }
  appoint_coordinator(store, person, member_id, joined);
}

// The reporter's part of the form, shared by RegisterReferral and SubmitReferral.
template <typename C>
void set_reported(Referral& referral, const C& c) {
  referral.received = c.received;
  referral.reporter_name = c.reporter_name;
  referral.reporter_role = c.reporter_role;
  referral.reporter_service = c.reporter_service;
  referral.observed = c.observed;
  referral.what_matters = c.what_matters;
  referral.urgency = c.urgency;
}

// Checks the reporter's part of the form (RegisterReferral and SubmitReferral).
template <typename C>
void check_reported(Errors& errors, const C& c) {
  check_name(errors, "reporter_name", c.reporter_name, false);
  check_name(errors, "reporter_role", c.reporter_role, false);
  check_text(errors, "observed", c.observed, true);
  check_text(errors, "what_matters", c.what_matters, false);
}

bool has_active_consent(const Store& store, Id person, ConsentKind kind, std::string_view name = {}) {
  const auto consents = store.consents.of_person(person);
  return std::any_of(consents.begin(), consents.end(), [&](const Consent& c) {
    return c.kind == kind && c.active() && (name.empty() || same_name(c.relative_name, name));
  });
}

}  // namespace

// [SECTION] Referrals
void check(const Store& store, const RegisterReferral& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_event_date(errors, "received", c.received, today, person);
  check_reported(errors, c);
}

Applied apply(Store& store, const RegisterReferral& c, const Applying& at) {
  Referral referral;
  referral.id = take_id(store, at);
  referral.person = c.person;
  set_reported(referral, c);
  store.referrals.push_back(referral);
  return {referral.id, c.person};
}

void check(const Store& store, const SubmitReferral& c, Date today, Errors& errors) {
  const Person* person = nullptr;
  if (c.person != kNoId) person = require_person(store, errors, c.person);
  check_person_fields(store, c.person, c.name, c.birth_date, c.national_id, c.municipality, today, errors);
  check_name(errors, "contact", c.contact, false);
  check_event_date(errors, "received", c.received, today, person);
  if (c.birth_date && c.birth_date->valid() && c.received.valid() && c.received < *c.birth_date) {
    errors.add("received", "error.date_before_birth");
  }
  check_reported(errors, c);
  if (!c.consent_referral) errors.add("consent_referral", "error.consent_required");
  for (std::size_t i = 0; i < c.relatives.size(); ++i) {
    check_name(errors, "relatives", c.relatives[i], true);
    for (std::size_t j = 0; j < i; ++j) {
      if (same_name(c.relatives[i], c.relatives[j])) errors.add("relatives", "error.duplicate");
    }
  }
  check_name(errors, "guardian", c.guardian, false);
  const std::optional<Date> birth = c.birth_date ? c.birth_date : (person ? person->birth_date : std::nullopt);
  if (c.guardian.empty() && c.received.valid() && is_child_on(birth, c.received)) {
    errors.add("guardian", "error.guardian_required");
  }
  if (c.screening) check_screening(errors, *c.screening);
}

Applied apply(Store& store, const SubmitReferral& c, const Applying& at) {
  Id person_id = c.person;
  if (person_id == kNoId) {
    Person person{take_id(store, at), c.name, c.birth_date, c.national_id, c.municipality, at.today, c.contact};
    person_id = person.id;
    store.persons.push_back(std::move(person));
  } else {
    Person& person = *store.find_person(person_id);
    if (!person.birth_date) person.birth_date = c.birth_date;
    if (person.national_id.empty()) person.national_id = c.national_id;
    if (person.municipality.empty()) person.municipality = c.municipality;
    if (person.contact.empty()) person.contact = c.contact;
  }
  Referral referral;
  referral.id = take_id(store, at);
  referral.person = person_id;
  set_reported(referral, c);
  referral.services_involved = c.services_involved;
  referral.screening = c.screening;
  const Id referral_id = referral.id;
  store.referrals.push_back(std::move(referral));

  const auto consent = [&](ConsentKind kind, const std::string& name) {
    if (has_active_consent(store, person_id, kind, name)) return;
    store.consents.push_back(Consent{take_id(store, at), person_id, kind, name, c.received, {}});
  };
  if (c.consent_referral) consent(ConsentKind::Referral, {});
  if (c.consent_sharing) consent(ConsentKind::Sharing, {});
  for (const std::string& relative : c.relatives) consent(ConsentKind::RelativeInvolvement, trim(relative));
  if (!c.guardian.empty()) consent(ConsentKind::Guardian, c.guardian);
  return {referral_id, person_id};
}

void check(const Store& store, const SetReferralStatus& c, Date, Errors& errors) {
  const Referral* referral = require_referral(store, errors, c.referral);
  if (reason_required(c.status) && c.reason.empty()) {
    errors.add("reason", "error.reason_required");
  } else {
    check_text(errors, "reason", c.reason, false);
  }
  if (referral == nullptr) return;
  check_transition(errors, *referral, c.status);
  if (c.status == ReferralStatus::Accepted && !referral->triage) errors.add("status", "error.triage_required");
}

Applied apply(Store& store, const SetReferralStatus& c, const Applying& at) {
  Referral& referral = *store.find_referral(c.referral);
  referral.status = c.status;
  referral.status_reason = c.reason;
  // Accepting puts the person on the board (a case with the referral's id: no id is taken, so
  // journals written before cases existed replay to the same ids).
  if (c.status == ReferralStatus::Accepted) open_case_for_referral(store, referral, at.today, std::string(at.author));
  return {kNoId, referral.person};
}

void check(const Store& store, const TriageReferral& c, Date today, Errors& errors) {
  const Referral* referral = require_referral(store, errors, c.referral);
  const Person* person = referral ? store.find_person(referral->person) : nullptr;
  check_event_date(errors, "date", c.date, today, person);
  if (referral != nullptr && referral->status != ReferralStatus::New &&
      referral->status != ReferralStatus::UnderAssessment) {
    errors.add("status", "error.transition_not_allowed");
  }
  if (referral != nullptr && c.date.valid() && c.date < referral->received) errors.add("date", "error.date_order");
  if (person != nullptr && person->birth_date && c.date.valid()) {
    const bool child = is_child_on(person->birth_date, c.date);
    if (child != is_child_level(c.level)) errors.add("level", child ? "error.level_for_child" : "error.level_for_adult");
  }
  check_text(errors, "note", c.note, false);
  if (c.coordinator != kNoId) {
    const Practitioner* practitioner = store.find_practitioner(c.coordinator);
    if (practitioner == nullptr) {
      errors.add("coordinator", "error.not_found");
    } else if (!practitioner->active) {
      errors.add("coordinator", "error.not_active");
    } else if (!c.needs_coordinator) {
      errors.add("coordinator", "error.coordinator_not_needed");
    }
  }
}

Applied apply(Store& store, const TriageReferral& c, const Applying& at) {
  Referral& referral = *store.find_referral(c.referral);
  const Triage triage{c.date, c.level, c.needs_coordinator, c.needs_plan, c.needs_team, c.coordinator, c.note};
  referral.triage = triage;
  if (referral.status == ReferralStatus::New) referral.status = ReferralStatus::UnderAssessment;
  const Id person = referral.person;  // `referral` may move when make_coordinator grows another table
  if (c.coordinator != kNoId) make_coordinator(store, person, *store.find_practitioner(c.coordinator), c.date, at);
  return {kNoId, person};
}

void check(const Store& store, const RedirectReferral& c, Date, Errors& errors) {
  const Referral* referral = require_referral(store, errors, c.referral);
  check_name(errors, "to_service", c.to_service, true);
  if (c.reason.empty()) {
    errors.add("reason", "error.reason_required");
  } else {
    check_text(errors, "reason", c.reason, false);
  }
  if (referral != nullptr) check_transition(errors, *referral, ReferralStatus::Redirected);
}

Applied apply(Store& store, const RedirectReferral& c, const Applying&) {
  Referral& referral = *store.find_referral(c.referral);
  referral.status = ReferralStatus::Redirected;
  referral.status_reason = c.reason;
  referral.redirected_to = c.to_service;
  return {kNoId, referral.person};
}

void check(const Store& store, const ReopenReferral& c, Date, Errors& errors) {
  const Referral* referral = require_referral(store, errors, c.referral);
  if (c.reason.empty()) {
    errors.add("reason", "error.reason_required");
  } else {
    check_text(errors, "reason", c.reason, false);
  }
  if (referral != nullptr && referral->status != ReferralStatus::Closed) errors.add("status", "error.not_closed");
}

Applied apply(Store& store, const ReopenReferral& c, const Applying&) {
  Referral& referral = *store.find_referral(c.referral);
  referral.status = ReferralStatus::UnderAssessment;
  referral.status_reason.clear();
  return {kNoId, referral.person};
}

// [SECTION] The practitioner register
void check(const Store& store, const AddPractitioner& c, Date, Errors& errors) {
  check_name(errors, "name", c.name, true);
  check_name(errors, "role", c.role, false);
  check_name(errors, "service", c.service, false);
  check_name(errors, "contact", c.contact, false);
  if (!is_professional(c.level)) errors.add("level", "error.not_professional");
  for (const Practitioner& other : store.practitioners) {
    if (other.active && same_name(other.name, c.name) && same_name(other.service, c.service)) {
      errors.add("name", "error.duplicate");
    }
  }
}

Applied apply(Store& store, const AddPractitioner& c, const Applying& at) {
  Practitioner practitioner{take_id(store, at), c.name, c.role, c.service, true, c.level, c.contact};
  store.practitioners.push_back(practitioner);
  return {practitioner.id, kNoId};
}

void check(const Store& store, const SetPractitionerActive& c, Date, Errors& errors) {
  if (store.find_practitioner(c.practitioner) == nullptr) errors.add("practitioner", "error.not_found");
}

Applied apply(Store& store, const SetPractitionerActive& c, const Applying&) {
  store.find_practitioner(c.practitioner)->active = c.active;
  return {};
}

// [SECTION] Screening rules
void check(const Store&, const SetRiskRule& c, Date, Errors& errors) {
  for (const FieldError& error : check_rule(c.rule)) errors.add("rule." + error.field, error.message_key);
}

Applied apply(Store& store, const SetRiskRule& c, const Applying&) {
  RiskRuleSet rules = effective_risk_rules(store);
  const auto same = std::find_if(rules.rules.begin(), rules.rules.end(), [&](const RiskRule& r) { return r.id == c.rule.id; });
  if (same == rules.rules.end()) {
    rules.rules.push_back(c.rule);
  } else {
    *same = c.rule;
  }
  ++rules.version;
  store.risk_rules = std::move(rules);
  return {};
}

void check(const Store& store, const RemoveRiskRule& c, Date, Errors& errors) {
  const RiskRuleSet& rules = effective_risk_rules(store);
  if (std::none_of(rules.rules.begin(), rules.rules.end(), [&](const RiskRule& r) { return r.id == c.rule_id; })) {
    errors.add("rule_id", "error.not_found");
  } else if (is_builtin_rule(c.rule_id)) {
    errors.add("rule_id", "error.builtin_rule");
  }
}

Applied apply(Store& store, const RemoveRiskRule& c, const Applying&) {
  RiskRuleSet rules = effective_risk_rules(store);
  std::erase_if(rules.rules, [&](const RiskRule& r) { return r.id == c.rule_id; });
  ++rules.version;
  store.risk_rules = std::move(rules);
  return {};
}

}  // namespace opp
