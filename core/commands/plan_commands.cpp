// Commands on the individual plan (individuell plan): goals, sub-goals, measures and their evaluation.
#include "core/commands/handlers.hpp"

namespace opp {
namespace {

Id person_of_goal(const Store& store, Id goal) {
  const Goal* found = store.find_goal(goal);
  return found == nullptr ? kNoId : found->person;
}

Id person_of_measure(const Store& store, Id measure) {
  const Measure* found = store.find_measure(measure);
  return found == nullptr ? kNoId : person_of_goal(store, found->goal);
}

}  // namespace

void check(const Store& store, const AddGoal& c, Date today, Errors& errors) {
  const Person* person = require_person(store, errors, c.person);
  check_text(errors, "text", c.text, true);
  check_event_date(errors, "established", c.established, today, person);
  if (c.parent == kNoId) return;
  const Goal* parent = store.find_goal(c.parent);
  if (parent == nullptr || parent->person != c.person) {
    errors.add("parent", "error.not_found");
  } else if (parent->parent != kNoId) {
    errors.add("parent", "error.not_main_goal");
  }
}

Applied apply(Store& store, const AddGoal& c, const Applying& at) {
  Goal goal{take_id(store, at), c.person, c.parent, c.text, c.established, {}};
  store.goals.push_back(goal);
  return {goal.id, c.person};
}

void check(const Store& store, const AddMeasure& c, Date, Errors& errors) {
  const Goal* goal = store.find_goal(c.goal);
  if (goal == nullptr) errors.add("goal", "error.not_found");
  check_text(errors, "text", c.text, true);
  if (c.due && !c.due->valid()) errors.add("due", "error.required");
  if (c.from_meeting != kNoId) {
    const Meeting* meeting = store.find_meeting(c.from_meeting);
    if (meeting == nullptr || goal == nullptr || meeting->person != goal->person) errors.add("from_meeting", "error.not_found");
  }
  if (c.responsible == kNoId || goal == nullptr) return;
  const TeamMember* member = store.find_team_member(c.responsible);
  if (member == nullptr || member->person != goal->person) {
    errors.add("responsible", "error.not_found");
  } else if (!member->active()) {
    errors.add("responsible", "error.not_active");
  }
}

Applied apply(Store& store, const AddMeasure& c, const Applying& at) {
  Measure measure{take_id(store, at), c.goal, c.text, c.responsible, c.due, MeasureStatus::Planned, {}, c.from_meeting};
  store.measures.push_back(measure);
  return {measure.id, person_of_goal(store, c.goal)};
}

void check(const Store& store, const SetMeasureStatus& c, Date, Errors& errors) {
  if (store.find_measure(c.measure) == nullptr) errors.add("measure", "error.not_found");
}

Applied apply(Store& store, const SetMeasureStatus& c, const Applying&) {
  store.find_measure(c.measure)->status = c.status;
  return {kNoId, person_of_measure(store, c.measure)};
}

void check(const Store& store, const EvaluateMeasure& c, Date today, Errors& errors) {
  const Measure* measure = store.find_measure(c.measure);
  if (measure == nullptr) errors.add("measure", "error.not_found");
  check_past_date(errors, "date", c.date, today, nullptr);
  check_text(errors, "note", c.note, true);
  const Goal* goal = measure == nullptr ? nullptr : store.find_goal(measure->goal);
  if (goal != nullptr && c.date < goal->established) errors.add("date", "error.date_order");
}

Applied apply(Store& store, const EvaluateMeasure& c, const Applying&) {
  store.find_measure(c.measure)->evaluations.push_back(MeasureEvaluation{c.date, c.note});
  return {kNoId, person_of_measure(store, c.measure)};
}

void check(const Store& store, const EvaluateGoal& c, Date today, Errors& errors) {
  const Goal* goal = store.find_goal(c.goal);
  if (goal == nullptr) errors.add("goal", "error.not_found");
  check_past_date(errors, "date", c.date, today, nullptr);
  if (goal != nullptr && c.date.valid() && c.date < goal->established) errors.add("date", "error.date_order");
  check_text(errors, "note", c.note, false);
}

Applied apply(Store& store, const EvaluateGoal& c, const Applying&) {
  Goal& goal = *store.find_goal(c.goal);
  goal.evaluations.push_back(GoalEvaluation{c.date, c.outcome, c.note});
  return {kNoId, goal.person};
}

}  // namespace opp
