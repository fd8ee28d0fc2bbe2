// Commands on cases (forløp) and their stages on the board, and on hospital admissions.
#include "core/commands/handlers.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/rules/case_flow.hpp"

namespace opp {

void check(const Store& store, const OpenCase& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_past_date(errors, "date", c.date, today, person);
  if (person != nullptr && store.open_case(c.person) != nullptr) errors.add("person", text_key("case.error.already_open"));
}

Applied apply(Store& store, const OpenCase& c, const Applying& at) {
  const Id id = take_id(store, at);
  store.cases.push_back(new_case(id, c.person, kNoId, c.target_group, c.date, std::string(at.author)));
  return {id, c.person};
}

void check(const Store& store, const MoveCase& c, Date today, Errors& errors) {
  const Case* found = store.find_case(c.case_id);
  if (found == nullptr) {
    errors.add("case", "error.not_found");
    return;
  }
  check_past_date(errors, "date", c.date, today, store.find_person(found->person));
  if (c.date.valid() && !found->history.empty() && c.date < found->history.back().date) {
    errors.add("date", "error.date_order");
  }
  check_text(errors, "reason", c.reason, false);
  const std::vector<std::string> refusals = move_refusals(store, *found, c.stage, c.reason);
  if (!refusals.empty()) errors.add(refusals.front() == std::string_view("case.error.reason_required") ? "reason" : "stage", refusals.front());
}

Applied apply(Store& store, const MoveCase& c, const Applying& at) {
  Case& moved = *store.find_case(c.case_id);
  moved.stage = c.stage;
  moved.history.push_back(StageChange{c.date, c.stage, std::string(at.author), c.reason});
  if (!moved.included && c.stage >= CaseStage::TeamEstablished && c.stage != CaseStage::Closed) moved.included = c.date;
  if (c.stage == CaseStage::Closed) {
    moved.closed = c.date;
    moved.close_reason = c.reason;
  }
  return {kNoId, moved.person};
}

void check(const Store& store, const SetCaseTargetGroup& c, Date, Errors& errors) {
  if (store.find_case(c.case_id) == nullptr) errors.add("case", "error.not_found");
}

Applied apply(Store& store, const SetCaseTargetGroup& c, const Applying&) {
  Case& changed = *store.find_case(c.case_id);
  changed.target_group = c.target_group;
  return {kNoId, changed.person};
}

void check(const Store& store, const RegisterAdmission& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_past_date(errors, "date", c.date, today, person);
  if (c.bed_days < 0 || c.bed_days > kMaxBedDays) errors.add("bed_days", "error.out_of_range");
  check_text(errors, "note", c.note, false);
}

Applied apply(Store& store, const RegisterAdmission& c, const Applying& at) {
  Admission admission{take_id(store, at), c.person, c.date, c.kind, c.bed_days, c.note, {}};
  store.admissions.push_back(admission);
  return {admission.id, c.person};
}

void check(const Store& store, const MarkAdmissionSeen& c, Date today, Errors& errors) {
  const Admission* admission = store.find_admission(c.admission);
  if (admission == nullptr) {
    errors.add("admission", "error.not_found");
    return;
  }
  if (admission->seen) errors.add("admission", "error.already_seen");
  check_past_date(errors, "date", c.date, today, nullptr);
  if (c.date.valid() && c.date < admission->date) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const MarkAdmissionSeen& c, const Applying&) {
  Admission& admission = *store.find_admission(c.admission);
  admission.seen = c.date;
  return {kNoId, admission.person};
}

}  // namespace opp
