// The pilots' evaluation over the caseload: flow, function (PSFS), use of services and the process
// goals, each figure with its N. Pure functions over the store; the views cache the result per
// change of data or filter.
//
// Definitions (also in docs/EVALUATION.md):
// - The period [from, to] selects referrals by the date received and cases that were open at some
//   time in it (opened on or before `to`, not closed before `from`). Filters by municipality, age
//   group (age on `to`) and target group apply to the case's person and case; a referral without
//   a case counts only when no target group is chosen.
// - Median: the middle value, or the mean of the two middle values for an even N. 90th percentile:
//   nearest rank — the smallest value with at least 90 % of the values at or below it
//   (sorted[⌈0.9·N⌉ − 1]).
// - Days to coordinator: from the referral (or, without one, the case's opening) to the earliest
//   coordinator appointment on the person's team on or after it; days to team established: to the
//   case's first entry into that stage.
// - PSFS: persons of the cases with two or more conversations; first and latest average, and the
//   share whose like-with-like change from first to latest is a significant improvement (≥ 2).
// - Admissions: only cases followed ≥ 12 months after inclusion (included + 12 months ≤ the end of
//   the period, and not closed before that) count; admissions in the 12 months before inclusion
//   against the 12 months from it, acute and planned apart.
// - Contacts per quarter: the quarterly measurements dated in the period of the selected cases'
//   persons (once per person), summed per calendar quarter and service type (GP, emergency
//   clinic/KAD, municipal, specialist); N is the number of measurements.
// - User-experienced quality: the surveys recorded at evaluation meetings dated in the period, of
//   the selected cases' persons (once per person). The mean of every answer given (1–5, N =
//   surveys), the share of answers that are 4 or 5 (N = answers), and per statement its mean and
//   how many gave each answer; «not answered» counts nowhere.
// - Process goals, per case: «what matters» documented (the referral says it, or PSFS activities);
//   an individual plan (a goal) and the days from opening to the first goal; a GP on the team; a
//   relative on the team (only possible under consent); the person present at every meeting held.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/board.hpp"

namespace opp::queries {

struct EvaluationFilter {
  std::optional<Date> from, to;  // nothing: from the first record / to today
  std::string municipality;      // "" = all
  AgeGroup age = AgeGroup::Any;
  std::optional<TargetGroup> target_group;
  friend bool operator==(const EvaluationFilter&, const EvaluationFilter&) = default;
};

// A figure and how many it is computed over; no value when N is 0.
struct Figure {
  std::optional<double> value;
  int n = 0;
  friend bool operator==(const Figure&, const Figure&) = default;
};

struct MonthFlow {
  int year = 0;
  unsigned month = 0;
  int referrals = 0, accepted = 0, redirected = 0, opened = 0, closed = 0;
  friend bool operator==(const MonthFlow&, const MonthFlow&) = default;
};

// The contacts the quarterly measurements of one calendar quarter record, by service type.
struct QuarterContacts {
  int year = 0;
  unsigned quarter = 0;  // 1–4
  int measurements = 0;  // N: the measurements summed
  int gp = 0, emergency = 0, municipal = 0, specialist = 0;
  friend bool operator==(const QuarterContacts&, const QuarterContacts&) = default;
};

struct Evaluation {
  // Flow
  int referrals = 0, accepted = 0, redirected = 0, active_cases = 0, closed = 0;
  std::vector<MonthFlow> months;  // every month of the period that has any of them, in order
  Figure days_to_coordinator_median, days_to_coordinator_p90, days_to_team_median, days_to_team_p90;
  // Function (PSFS)
  Figure psfs_first_avg, psfs_latest_avg, psfs_improved_share;  // shares are 0–100
  std::vector<int> psfs_histogram;  // the change first → latest in whole points, bins −10 … 10
  // Use of services
  Figure admissions_before, admissions_after, admissions_change_pct;
  int acute_before = 0, acute_after = 0, planned_before = 0, planned_after = 0;
  int followed_12_months = 0;  // the cases that count for admissions
  int cases = 0;               // all cases in the selection
  std::vector<QuarterContacts> contacts;  // every quarter of the period with a measurement, in order
  // User-experienced quality: the surveys dated in the period of the selected cases' persons.
  Figure quality_mean;            // the mean of every answer given (1–5); N = surveys
  Figure quality_positive_share;  // the share of answers given that are 4 or 5; N = answers
  std::vector<Figure> quality_items;                     // per statement: its mean; N = answers to it
  std::vector<std::array<int, 5>> quality_distribution;  // per statement: how many answered 1 … 5
  std::vector<const QualitySurvey*> quality_comments;    // those with a comment, newest first
  // Process goals (shares 0–100)
  Figure what_matters_share, ip_share, days_to_ip_median, gp_on_team_share, relatives_share, person_present_share;
  std::vector<std::string> municipalities;  // of all persons, sorted: the filter's choices
};

Evaluation evaluate(const Store& store, const EvaluationFilter& filter, Date today);

// Whether `d` lies in the filter's period, which ends on `to` (the filter's end, or today).
bool in_period(const EvaluationFilter& filter, Date to, Date d);

// The cases the filter selects (as defined above), in the store's order.
std::vector<const Case*> selected_cases(const Store& store, const EvaluationFilter& filter, Date today);

// One case's part in the figures: what the flow, admissions and process goals count for it.
// `to` is the end of the period (the filter's, or today).
struct CaseMeasures {
  std::optional<int> days_to_coordinator, days_to_team, days_to_ip;
  bool what_matters = false, individual_plan = false, gp_on_team = false, relative_on_team = false;
  std::optional<bool> person_present;  // at every meeting held; nothing when none was held
  bool followed_12_months = false;     // and then the admissions 12 months before and after
  int acute_before = 0, acute_after = 0, planned_before = 0, planned_after = 0;
};
CaseMeasures case_measures(const Store& store, const Case& c, Date to, Date today);

// Every figure by its key (the view's test ids and the exports use these keys: evaluation_export.hpp,
// research_export.hpp), in the order the view shows them: referrals, accepted, … person_present_share.
struct EvaluationRow {
  const char* key;
  Figure figure;
  bool count = false;  // a number of referrals or cases: its value is its N
};
std::vector<EvaluationRow> evaluation_rows(const Evaluation& e);

// The statistics, as defined above; nothing for an empty list.
std::optional<double> median(std::vector<int> values);
std::optional<double> percentile_90(std::vector<int> values);

}  // namespace opp::queries
