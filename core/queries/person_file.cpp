// The person's workspace data: team, plan, meetings, PSFS grid, measurements and relay log, sorted.
#include "core/queries/person_file.hpp"

#include <algorithm>

#include "core/text/search.hpp"

namespace opp::queries {
namespace {

template <typename T>
std::vector<const T*> pick(const Table<T>& table, const std::vector<std::size_t>& positions) {
  std::vector<const T*> out;
  out.reserve(positions.size());
  for (const std::size_t i : positions) out.push_back(&table[i]);
  return out;
}

// Newest first by a date member; records of the same day keep their recorded order reversed
// (the later entry first), so the list reads like a log.
template <typename T, typename D>
void newest_first(std::vector<const T*>& items, D T::*date) {
  std::reverse(items.begin(), items.end());
  std::stable_sort(items.begin(), items.end(), [date](const T* a, const T* b) { return a->*date > b->*date; });
}

}  // namespace

PersonFile person_file(const Store& store, const CaseloadIndex& index, Id person_id, Date today) {
  PersonFile file;
  file.person = store.find_person(person_id);
  if (file.person == nullptr) return file;
  const PersonRecords& records = index.of(person_id);

  file.team = pick(store.team_members, store.team_members.positions_of(person_id));
  std::stable_sort(file.team.begin(), file.team.end(), [](const TeamMember* a, const TeamMember* b) {
    const auto rank = [](const TeamMember* m) { return m->active() ? (m->coordinator ? 0 : 1) : 2; };
    return rank(a) < rank(b);
  });
  for (const TeamMember* m : file.team) {
    if (m->active() && m->coordinator) file.coordinator = m;
  }

  file.referrals = pick(store.referrals, store.referrals.positions_of(person_id));
  newest_first(file.referrals, &Referral::received);
  file.consents = pick(store.consents, store.consents.positions_of(person_id));
  std::stable_sort(file.consents.begin(), file.consents.end(),
                   [](const Consent* a, const Consent* b) { return a->active() && !b->active(); });

  // The plan: main goals, their sub-goals, and the measures under each goal.
  const std::vector<const Goal*> goals = pick(store.goals, store.goals.positions_of(person_id));
  const std::vector<const Measure*> measures = pick(store.measures, records.measures);
  const auto measures_of = [&](Id goal) {
    std::vector<const Measure*> out;
    for (const Measure* m : measures) {
      if (m->goal == goal) out.push_back(m);
    }
    return out;
  };
  for (const Goal* goal : goals) {
    if (goal->parent != kNoId) continue;
    PlanGoal node{goal, measures_of(goal->id), {}};
    for (const Goal* sub : goals) {
      if (sub->parent == goal->id) node.sub_goals.push_back(PlanGoal{sub, measures_of(sub->id), {}});
    }
    file.plan.push_back(std::move(node));
  }

  file.meetings = pick(store.meetings, store.meetings.positions_of(person_id));
  newest_first(file.meetings, &Meeting::date);
  file.psfs = psfs_grid(store, person_id);
  file.measurements = pick(store.measurements, store.measurements.positions_of(person_id));
  newest_first(file.measurements, &QuarterlyMeasurement::date);
  file.relay_log = pick(store.relay_log, store.relay_log.positions_of(person_id));
  newest_first(file.relay_log, &RelayLogEntry::date);
  file.relay = relay_log(store, person_id, today);
  file.decisions = referral_decisions(store, index, person_id);
  std::reverse(file.decisions.begin(), file.decisions.end());
  file.changes = records.audit.size();
  file.open_case = store.open_case(person_id);
  file.cases = pick(store.cases, store.cases.positions_of(person_id));
  newest_first(file.cases, &Case::opened);
  file.admissions = pick(store.admissions, store.admissions.positions_of(person_id));
  newest_first(file.admissions, &Admission::date);
  file.alerts = person_alerts(store, index, person_id, today);
  return file;
}

namespace {

// Every person, in registration order: an empty filter, with nothing to fold.
std::vector<const Person*> all_persons(const Store& store) {
  std::vector<const Person*> rows;
  rows.reserve(store.persons.size());
  for (const Person& p : store.persons) rows.push_back(&p);
  return rows;
}

}  // namespace

PersonSearch::PersonSearch(const Store& store) : store_(&store) {
  // One pass over the persons (at 100,000 a second pass only to size the text cost as much
  // as the folding): room for typical names, grown if need be.
  folded_.reserve(store.persons.size() * 32);
  bounds_.reserve(2 * store.persons.size() + 1);
  for (const Person& p : store.persons) {
    bounds_.push_back(folded_.size());
    append_folded(folded_, p.name);
    bounds_.push_back(folded_.size());
    append_folded(folded_, p.municipality);
  }
  bounds_.push_back(folded_.size());
}

std::vector<const Person*> PersonSearch::find(std::string_view filter) const {
  if (filter.empty()) return all_persons(*store_);
  std::vector<const Person*> rows;
  const std::size_t n = store_->persons.size();
  const std::string needle = fold_case(filter);
  const std::string_view all(folded_);
  const auto field_has = [&](std::size_t begin, std::size_t end) {
    return end - begin >= needle.size() && all.substr(begin, end - begin).find(needle) != std::string_view::npos;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (field_has(bounds_[2 * i], bounds_[2 * i + 1]) || field_has(bounds_[2 * i + 1], bounds_[2 * i + 2])) {
      rows.push_back(&store_->persons[i]);
    }
  }
  return rows;
}

std::vector<const Person*> search_persons(const Store& store, std::string_view filter) {
  return filter.empty() ? all_persons(store) : PersonSearch(store).find(filter);
}

std::string_view member_name(const Store& store, Id member) {
  const TeamMember* found = store.find_team_member(member);
  return found == nullptr ? std::string_view{} : std::string_view(found->name);
}

}  // namespace opp::queries
