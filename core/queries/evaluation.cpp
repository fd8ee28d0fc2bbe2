// The caseload's evaluation figures (evaluation.hpp states every definition).
#include "core/queries/evaluation.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/queries/psfs.hpp"
#include "core/rules/case_flow.hpp"

namespace opp::queries {
namespace {

Figure share(int yes, int n) {
  return n == 0 ? Figure{std::nullopt, 0} : Figure{100.0 * yes / n, n};
}
Figure mean_of(const std::vector<double>& values) {
  if (values.empty()) return {};
  double sum = 0.0;
  for (const double v : values) sum += v;
  return {sum / static_cast<double>(values.size()), static_cast<int>(values.size())};
}
Figure figure(std::optional<double> value, std::size_t n) { return {value, static_cast<int>(n)}; }

std::pair<int, unsigned> month_of(Date d) {
  const auto ymd = d.ymd();
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month())};
}

}  // namespace

std::optional<double> median(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? static_cast<double>(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::optional<double> percentile_90(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  // Nearest rank: ⌈0.9·N⌉, computed in integers (9N / 10 rounded up).
  const std::size_t rank = (values.size() * 9 + 9) / 10;
  return static_cast<double>(values[rank - 1]);
}

namespace {

bool person_matches(const Person* p, const EvaluationFilter& filter, Date to) {
  if (p == nullptr) return false;
  if (!filter.municipality.empty() && p->municipality != filter.municipality) return false;
  return filter.age == AgeGroup::Any || age_group_of(*p, to) == filter.age;
}

}  // namespace

bool in_period(const EvaluationFilter& filter, Date to, Date d) {
  return (!filter.from || !(d < *filter.from)) && !(to < d);
}

std::vector<const Case*> selected_cases(const Store& store, const EvaluationFilter& filter, Date today) {
  const Date to = filter.to.value_or(today);
  std::vector<const Case*> cases;
  for (const Case& c : store.cases) {
    if (to < c.opened) continue;
    if (filter.from && c.closed && *c.closed < *filter.from) continue;
    if (filter.target_group && c.target_group != *filter.target_group) continue;
    if (!person_matches(store.find_person(c.person), filter, to)) continue;
    cases.push_back(&c);
  }
  return cases;
}

CaseMeasures case_measures(const Store& store, const Case& c, Date to, Date today) {
  CaseMeasures out;
  // From the referral (or the opening) to the first coordinator and to team established.
  Date start = c.opened;
  if (const Referral* r = c.referral != kNoId ? store.find_referral(c.referral) : nullptr) start = r->received;
  std::optional<Date> appointed;
  for (const TeamMember& m : store.team_members.of_person(c.person)) {
    if (m.coordinator_since && !(*m.coordinator_since < start) && (!appointed || *m.coordinator_since < *appointed)) {
      appointed = m.coordinator_since;
    }
    out.gp_on_team |= m.level == CareLevel::Gp;
    out.relative_on_team |= m.level == CareLevel::Relative;
  }
  if (appointed) out.days_to_coordinator = days_between(start, *appointed);
  if (const std::optional<Date> team = entered_stage(c, CaseStage::TeamEstablished)) {
    out.days_to_team = days_between(start, *team);
  }

  // Admissions 12 months before and after inclusion, when followed that long.
  if (c.included) {
    const Date year_after = add_months(*c.included, 12);
    if (!(to < year_after) && !(c.closed && *c.closed < year_after)) {
      out.followed_12_months = true;
      const Date year_before = add_months(*c.included, -12);
      for (const Admission& a : store.admissions.of_person(c.person)) {
        const bool acute = a.kind == AdmissionKind::Acute;
        if (!(a.date < year_before) && a.date < *c.included) (acute ? out.acute_before : out.planned_before)++;
        if (!(a.date < *c.included) && a.date < year_after) (acute ? out.acute_after : out.planned_after)++;
      }
    }
  }

  // Process goals.
  for (const Referral& r : store.referrals.of_person(c.person)) out.what_matters |= !r.what_matters.empty();
  out.what_matters |= !store.psfs_activities.positions_of(c.person).empty();
  std::optional<Date> first_goal;
  for (const Goal& g : store.goals.of_person(c.person)) {
    if (!first_goal || g.established < *first_goal) first_goal = g.established;
  }
  if (first_goal) {
    out.individual_plan = true;
    out.days_to_ip = std::max(0, days_between(c.opened, *first_goal));
  }
  for (const Meeting& m : store.meetings.of_person(c.person)) {
    if (today < m.date) continue;  // planned, not held
    out.person_present = out.person_present.value_or(true) && m.person_present;
  }
  return out;
}

Evaluation evaluate(const Store& store, const EvaluationFilter& filter, Date today) {
  Evaluation out;
  out.psfs_histogram.assign(kPsfsHistogramBins, 0);
  const Date to = filter.to.value_or(today);
  const auto in_period = [&](Date d) { return queries::in_period(filter, to, d); };
  std::map<std::pair<int, unsigned>, MonthFlow> months;
  const auto month = [&](Date d) -> MonthFlow& {
    const auto key = month_of(d);
    MonthFlow& m = months[key];
    m.year = key.first;
    m.month = key.second;
    return m;
  };

  // Cases: open at some time in the period, of persons and target groups the filter lets through.
  std::unordered_map<Id, const Case*> case_of_referral;
  for (const Case& c : store.cases) {
    if (c.referral != kNoId) case_of_referral.emplace(c.referral, &c);
  }
  const std::vector<const Case*> cases = selected_cases(store, filter, today);
  std::vector<CaseMeasures> measures;
  measures.reserve(cases.size());
  for (const Case* c : cases) measures.push_back(case_measures(store, *c, to, today));
  out.cases = static_cast<int>(cases.size());

  // [SECTION] Flow
  for (const Referral& r : store.referrals) {
    if (!in_period(r.received) || !person_matches(store.find_person(r.person), filter, to)) continue;
    const auto found = case_of_referral.find(r.id);
    const Case* c = found == case_of_referral.end() ? nullptr : found->second;
    if (filter.target_group && (c == nullptr || c->target_group != *filter.target_group)) continue;
    ++out.referrals;
    MonthFlow& m = month(r.received);
    ++m.referrals;
    if (r.status == ReferralStatus::Accepted || c != nullptr) {
      ++out.accepted;
      ++m.accepted;
    }
    if (r.status == ReferralStatus::Redirected || !r.redirected_to.empty()) {
      ++out.redirected;
      ++m.redirected;
    }
  }
  std::vector<int> to_coordinator, to_team;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case* c = cases[i];
    if (c->open()) ++out.active_cases;
    if (in_period(c->opened)) ++month(c->opened).opened;
    if (c->closed && in_period(*c->closed)) {
      ++out.closed;
      ++month(*c->closed).closed;
    }
    if (measures[i].days_to_coordinator) to_coordinator.push_back(*measures[i].days_to_coordinator);
    if (measures[i].days_to_team) to_team.push_back(*measures[i].days_to_team);
  }
  out.months.reserve(months.size());
  for (const auto& [key, m] : months) out.months.push_back(m);
  out.days_to_coordinator_median = figure(median(to_coordinator), to_coordinator.size());
  out.days_to_coordinator_p90 = figure(percentile_90(to_coordinator), to_coordinator.size());
  out.days_to_team_median = figure(median(to_team), to_team.size());
  out.days_to_team_p90 = figure(percentile_90(to_team), to_team.size());

  // [SECTION] Function (PSFS): once per person, however many of their cases are selected.
  std::vector<double> first_averages, latest_averages;
  int improved = 0;
  std::unordered_map<Id, bool> seen;
  for (const Case* c : cases) {
    if (!seen.emplace(c->person, true).second) continue;
    const FirstAndLatest found = first_and_latest(store, c->person, in_period);
    if (found.count < 2) continue;
    first_averages.push_back(psfs_average(*found.first).value_or(0.0));
    latest_averages.push_back(psfs_average(*found.latest).value_or(0.0));
    if (const std::optional<PsfsChange> change = psfs_change(*found.first, *found.latest)) {
      if (change->significance == PsfsSignificance::Improvement) ++improved;
      ++out.psfs_histogram[psfs_histogram_index(change->value)];
    }
  }
  out.psfs_first_avg = mean_of(first_averages);
  out.psfs_latest_avg = mean_of(latest_averages);
  out.psfs_improved_share = share(improved, static_cast<int>(first_averages.size()));

  // [SECTION] Use of services: admissions 12 months before and after inclusion.
  for (const CaseMeasures& m : measures) {
    if (!m.followed_12_months) continue;
    ++out.followed_12_months;
    out.acute_before += m.acute_before;
    out.acute_after += m.acute_after;
    out.planned_before += m.planned_before;
    out.planned_after += m.planned_after;
  }
  if (out.followed_12_months > 0) {
    const int before = out.acute_before + out.planned_before, after = out.acute_after + out.planned_after;
    out.admissions_before = {static_cast<double>(before), out.followed_12_months};
    out.admissions_after = {static_cast<double>(after), out.followed_12_months};
    if (before > 0) out.admissions_change_pct = {100.0 * (after - before) / before, out.followed_12_months};
  }

  // Contacts per quarter by service type: the quarterly measurements of the selected persons.
  std::map<std::pair<int, unsigned>, QuarterContacts> quarters;
  for (const auto& [person, unused] : seen) {
    for (const QuarterlyMeasurement& m : store.measurements.of_person(person)) {
      if (!in_period(m.date)) continue;
      const auto [year, mon] = month_of(m.date);
      QuarterContacts& q = quarters[{year, (mon - 1) / 3 + 1}];
      q.year = year;
      q.quarter = (mon - 1) / 3 + 1;
      ++q.measurements;
      q.gp += m.gp_contacts;
      q.emergency += m.emergency_contacts;
      q.municipal += m.municipal_contacts;
      q.specialist += m.specialist_contacts;
    }
  }
  for (const auto& [key, q] : quarters) out.contacts.push_back(q);

  // [SECTION] User-experienced quality.
  out.quality_items.assign(kQualityItems, Figure{});
  out.quality_distribution.assign(kQualityItems, {});
  std::vector<double> item_sums(kQualityItems, 0.0);
  int surveys = 0, answers = 0, positive = 0;
  double answer_sum = 0.0;
  for (const auto& [person, unused] : seen) {
    for (const QualitySurvey& s : store.quality_surveys.of_person(person)) {
      if (!in_period(s.date)) continue;
      ++surveys;
      for (std::size_t k = 0; k < s.answers.size() && k < static_cast<std::size_t>(kQualityItems); ++k) {
        const int a = s.answers[k];
        if (a < 1 || a > 5) continue;
        ++answers;
        answer_sum += a;
        positive += a >= 4;
        item_sums[k] += a;
        ++out.quality_items[k].n;
        ++out.quality_distribution[k][static_cast<std::size_t>(a - 1)];
      }
      if (!s.comment.empty()) out.quality_comments.push_back(&s);
    }
  }
  for (std::size_t k = 0; k < item_sums.size(); ++k) {
    if (out.quality_items[k].n > 0) out.quality_items[k].value = item_sums[k] / out.quality_items[k].n;
  }
  if (answers > 0) {
    out.quality_mean = {answer_sum / answers, surveys};
    out.quality_positive_share = share(positive, answers);
  } else {
    out.quality_mean = {std::nullopt, surveys};
  }
  std::sort(out.quality_comments.begin(), out.quality_comments.end(),
            [](const QualitySurvey* a, const QualitySurvey* b) { return b->date < a->date || (a->date == b->date && b->id < a->id); });

  // [SECTION] Process goals, per case.
  int what_matters = 0, ip = 0, gp = 0, relatives = 0, with_meetings = 0, present = 0;
  std::vector<int> to_first_goal;
  for (const CaseMeasures& m : measures) {
    what_matters += m.what_matters;
    ip += m.individual_plan;
    if (m.days_to_ip) to_first_goal.push_back(*m.days_to_ip);
    gp += m.gp_on_team;
    relatives += m.relative_on_team;
    if (m.person_present) {
      ++with_meetings;
      present += *m.person_present;
    }
  }
  const int n = static_cast<int>(cases.size());
  out.what_matters_share = share(what_matters, n);
  out.ip_share = share(ip, n);
  out.days_to_ip_median = figure(median(to_first_goal), to_first_goal.size());
  out.gp_on_team_share = share(gp, n);
  out.relatives_share = share(relatives, n);
  out.person_present_share = share(present, with_meetings);
  for (const Person& p : store.persons) {
    if (!p.municipality.empty()) out.municipalities.push_back(p.municipality);
  }
  std::sort(out.municipalities.begin(), out.municipalities.end());
  out.municipalities.erase(std::unique(out.municipalities.begin(), out.municipalities.end()), out.municipalities.end());
  return out;
}

std::vector<EvaluationRow> evaluation_rows(const Evaluation& e) {
  const auto count = [](int v) { return Figure{static_cast<double>(v), v}; };
  return {{"referrals", count(e.referrals), true},
          {"accepted", count(e.accepted), true},
          {"redirected", count(e.redirected), true},
          {"active_cases", count(e.active_cases), true},
          {"closed", count(e.closed), true},
          {"days_to_coordinator_median", e.days_to_coordinator_median},
          {"days_to_coordinator_p90", e.days_to_coordinator_p90},
          {"days_to_team_median", e.days_to_team_median},
          {"psfs_first_avg", e.psfs_first_avg},
          {"psfs_latest_avg", e.psfs_latest_avg},
          {"psfs_improved_share", e.psfs_improved_share},
          {"admissions_before", e.admissions_before},
          {"admissions_after", e.admissions_after},
          {"admissions_change_pct", e.admissions_change_pct},
          {"quality_mean", e.quality_mean},
          {"quality_positive_share", e.quality_positive_share},
          {"what_matters_share", e.what_matters_share},
          {"ip_share", e.ip_share},
          {"days_to_ip_median", e.days_to_ip_median},
          {"gp_on_team_share", e.gp_on_team_share},
          {"relatives_share", e.relatives_share},
          {"person_present_share", e.person_present_share}};
}

}  // namespace opp::queries
