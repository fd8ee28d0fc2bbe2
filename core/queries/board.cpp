// The team board, measurement periods and the coordinator's alerts (board.hpp).
#include "core/queries/board.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/rules/case_flow.hpp"
#include "core/rules/referral_flow.hpp"
#include "core/rules/risk_screening.hpp"
#include "core/text/search.hpp"

namespace opp::queries {
namespace {

bool measure_open(const Measure& m) { return m.status == MeasureStatus::Planned || m.status == MeasureStatus::InProgress; }

void add_due(std::vector<Alert>& out, AlertKind kind, Id person, Date due, Date today, int period = 0) {
  if (today < due) return;
  out.push_back(Alert{kind, person, kNoId, due, days_between(due, today) > kOverdueGraceDays, period, {}});
}

// Overdue first, then by date.
bool alert_order(const Alert& a, const Alert& b) {
  if (a.overdue != b.overdue) return a.overdue;
  return a.date < b.date;
}

// The person's alerts, given what is due on their open case (computed once by the caller).
std::vector<Alert> alerts_with(const Store& store, const CaseloadIndex& index, Id person, Date today,
                               std::optional<Date> psfs_due, std::optional<MeasurementDue> measurement_due) {
  std::vector<Alert> out;
  for (const std::size_t i : index.of(person).measures) {
    const Measure& m = store.measures[i];
    if (measure_open(m) && m.due && *m.due < today) {
      out.push_back(Alert{AlertKind::MeasureOverdue, person, m.id, *m.due, true, 0, m.text});
    }
  }
  if (psfs_due) add_due(out, AlertKind::PsfsDue, person, *psfs_due, today);
  if (measurement_due) add_due(out, AlertKind::MeasurementDue, person, measurement_due->date, today, measurement_due->period);
  for (const Admission& a : store.admissions.of_person(person)) {
    if (!a.seen) out.push_back(Alert{AlertKind::Admission, person, a.id, a.date, false, 0, a.note});
  }
  std::stable_sort(out.begin(), out.end(), alert_order);
  return out;
}

}  // namespace

Date measurement_period_date(Date included, int k) { return add_months(included, kMeasurementPeriodMonths * k); }

int measurement_period_of(Date included, Date date) {
  if (date <= included) return 0;
  int k = std::max(0, days_between(included, date) / 92);  // a period is 89–92 days
  while (measurement_period_date(included, k + 1) <= date) ++k;
  const int before = days_between(measurement_period_date(included, k), date);
  const int after = days_between(date, measurement_period_date(included, k + 1));
  return after < before ? k + 1 : k;
}

AgeGroup age_group_of(const Person& person, Date today) {
  if (!person.birth_date) return AgeGroup::Any;
  const int years = age_on(*person.birth_date, today);
  return years < kAdultAge ? AgeGroup::Children : years < 67 ? AgeGroup::Adults : AgeGroup::Elderly;
}

std::optional<Date> next_psfs_due(const Store& store, const Case& c) {
  if (!c.open() || c.stage < CaseStage::Mapping) return std::nullopt;
  std::optional<Date> last;
  for (const PsfsConversation& conversation : store.psfs_conversations.of_person(c.person)) {
    if (!last || *last < conversation.date) last = conversation.date;
  }
  if (!last || *last < c.opened) {
    const std::optional<Date> mapping = entered_stage(c, CaseStage::Mapping);
    return mapping ? mapping : std::optional<Date>(c.opened);
  }
  return add_months(*last, kPsfsPeriodMonths);
}

std::optional<MeasurementDue> next_measurement_due(const Store& store, const Case& c) {
  if (!c.open() || !c.included) return std::nullopt;
  std::vector<int> covered;  // a handful per person: sorted, not a node-based set
  for (const QuarterlyMeasurement& m : store.measurements.of_person(c.person)) {
    if (days_between(m.date, *c.included) > kOverdueGraceDays) continue;  // long before this inclusion
    covered.push_back(measurement_period_of(*c.included, m.date));
  }
  std::sort(covered.begin(), covered.end());
  int k = 0;
  for (const int period : covered) {
    if (period == k) ++k;
    else if (period > k) break;
  }
  return MeasurementDue{k, measurement_period_date(*c.included, k)};
}

std::vector<Alert> person_alerts(const Store& store, const CaseloadIndex& index, Id person, Date today) {
  const Case* c = store.open_case(person);
  return alerts_with(store, index, person, today, c ? next_psfs_due(store, *c) : std::nullopt,
                     c ? next_measurement_due(store, *c) : std::nullopt);
}

Board build_board(const Store& store, const CaseloadIndex& index, const BoardFilter& filter, Date today) {
  Board board;
  std::set<std::string> coordinators, services, municipalities;
  std::map<std::string, Workload> workload;
  for (const Case& c : store.cases) {
    const Person* person = store.find_person(c.person);
    if (person == nullptr) continue;
    const TeamMember* coordinator = nullptr;  // as Store::find_coordinator, in the same pass
    bool has_service = filter.service.empty();
    int team_size = 0;
    for (const TeamMember& m : store.team_members.of_person(c.person)) {
      if (!m.active()) continue;
      if (coordinator == nullptr && m.coordinator) coordinator = &m;
      ++team_size;
      if (!m.service.empty()) services.insert(m.service);
      if (m.service == filter.service) has_service = true;
    }
    const std::string coordinator_name = coordinator ? coordinator->name : std::string();
    if (!coordinator_name.empty()) coordinators.insert(coordinator_name);
    if (!person->municipality.empty()) municipalities.insert(person->municipality);

    if (!filter.coordinator.empty() && coordinator_name != filter.coordinator) continue;
    if (!has_service) continue;
    if (!filter.municipality.empty() && person->municipality != filter.municipality) continue;
    if (filter.target_group && c.target_group != *filter.target_group) continue;
    if (filter.age != AgeGroup::Any && age_group_of(*person, today) != filter.age) continue;
    if (!contains_folded(person->name, filter.text)) continue;

    BoardCard card;
    card.c = &c;
    card.person = person;
    card.coordinator = coordinator_name;
    card.team_size = team_size;
    for (const Meeting& m : store.meetings.of_person(c.person)) {
      if (today <= m.date && (!card.next_meeting || m.date < *card.next_meeting)) card.next_meeting = m.date;
    }
    if (c.open()) {
      const auto psfs = next_psfs_due(store, c);
      const auto measurement = next_measurement_due(store, c);
      if (psfs) {
        card.next_due = psfs;
        card.next_due_is_psfs = true;
      }
      if (measurement && (!card.next_due || measurement->date < *card.next_due)) {
        card.next_due = measurement->date;
        card.next_due_is_psfs = false;
      }
      std::vector<Alert> alerts = alerts_with(store, index, c.person, today, psfs, measurement);
      card.alerts = static_cast<int>(alerts.size());
      for (const Alert& a : alerts) card.overdue += a.overdue ? 1 : 0;
      Workload& load = workload[coordinator_name];
      load.coordinator = coordinator_name;
      ++load.cases;
      load.overdue += card.overdue;
      board.alerts.insert(board.alerts.end(), alerts.begin(), alerts.end());
    }
    const Referral* referral = c.referral != kNoId ? store.find_referral(c.referral) : nullptr;
    if (referral != nullptr && referral->screening) {
      for (const RiskMatch& match : referral->screening->matches) card.flags.push_back(match.flag);
    }
    board.columns[static_cast<std::size_t>(c.stage)].push_back(std::move(card));
    ++board.shown;
  }
  for (auto& column : board.columns) {
    std::stable_sort(column.begin(), column.end(), [](const BoardCard& a, const BoardCard& b) {
      return b.c->history.back().date < a.c->history.back().date;
    });
  }
  for (auto& [name, load] : workload) board.workload.push_back(load);
  std::stable_sort(board.workload.begin(), board.workload.end(),
                   [](const Workload& a, const Workload& b) { return a.cases > b.cases; });
  std::stable_sort(board.alerts.begin(), board.alerts.end(), alert_order);
  board.coordinators.assign(coordinators.begin(), coordinators.end());
  board.services.assign(services.begin(), services.end());
  board.municipalities.assign(municipalities.begin(), municipalities.end());
  return board;
}

}  // namespace opp::queries
