// The team board and the coordinator's alerts: cases by stage with what each card shows, filters,
// counts, the coordinators' workload, and the alerts (overdue measures, PSFS or measurement due,
// admissions). Pure functions over the store; core/queries/caseload.hpp caches them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/caseload_index.hpp"

namespace opp::queries {

// Measurements are taken at inclusion and every 3 months after it (the Ahus measurement plan).
inline constexpr int kMeasurementPeriodMonths = 3;
// PSFS is repeated every 3 months after the baseline conversation.
inline constexpr int kPsfsPeriodMonths = 3;
// Something due is overdue this many days after its due date (a month's grace).
inline constexpr int kOverdueGraceDays = 30;

// The date of measurement period k (0 = at inclusion, 1 = 3 months, …).
Date measurement_period_date(Date included, int k);
// The period a measurement taken on `date` belongs to: the nearest period date (0 before inclusion).
int measurement_period_of(Date included, Date date);

enum class AgeGroup { Any, Children, Adults, Elderly };  // 0–17, 18–66, 67 and over
AgeGroup age_group_of(const Person& person, Date today);  // Any when the birth date is unknown

enum class AlertKind { MeasureOverdue, PsfsDue, MeasurementDue, Admission };
struct Alert {
  AlertKind kind = AlertKind::MeasureOverdue;
  Id person = kNoId;
  Id subject = kNoId;  // the measure, the admission, or kNoId
  Date date;           // when it was due, or the admission's date
  bool overdue = false;
  int period = 0;  // MeasurementDue: the period (0 = at inclusion)
  std::string text;  // the measure's text, or the admission's note
  friend bool operator==(const Alert&, const Alert&) = default;
};

// The alerts for one person, overdue first, then by date. Only an open case's follow-up is due:
// without an open case only admissions and overdue measures show.
std::vector<Alert> person_alerts(const Store& store, const CaseloadIndex& index, Id person, Date today);

// When the next PSFS conversation is due (the baseline from the day mapping started), or nothing
// before mapping or after closing.
std::optional<Date> next_psfs_due(const Store& store, const Case& c);
// When the next measurement is due: the first period from inclusion without a measurement.
struct MeasurementDue {
  int period = 0;
  Date date;
};
std::optional<MeasurementDue> next_measurement_due(const Store& store, const Case& c);

struct BoardFilter {
  std::string coordinator;   // the coordinator's name, exactly; "" = all
  std::string service;       // a service of an active team member; "" = all
  std::string municipality;  // "" = all
  std::optional<TargetGroup> target_group;
  AgeGroup age = AgeGroup::Any;
  std::string text;  // part of the person's name (case- and æøå-insensitive)
  friend bool operator==(const BoardFilter&, const BoardFilter&) = default;
};

struct BoardCard {
  const Case* c = nullptr;
  const Person* person = nullptr;
  std::string coordinator;  // "" when none
  int team_size = 0;        // active members
  std::optional<Date> next_meeting;
  std::optional<Date> next_due;  // the next PSFS or measurement due, whichever comes first
  bool next_due_is_psfs = false;  // which of the two it is
  int overdue = 0;               // overdue alerts
  int alerts = 0;                // all alerts
  std::vector<std::string> flags;  // risk flags of the referral's screening (catalogue keys or own text)
};

struct Workload {
  std::string coordinator;
  int cases = 0;    // open cases on the board after filtering
  int overdue = 0;  // their overdue alerts
};

struct Board {
  std::array<std::vector<BoardCard>, kCaseStageCount> columns;  // by stage; each newest change first
  std::vector<Workload> workload;                               // most cases first
  std::vector<Alert> alerts;                                    // of the shown open cases, overdue first
  // What the filters offer, from all cases (sorted).
  std::vector<std::string> coordinators, services, municipalities;
  std::size_t shown = 0;  // cards after filtering
};

Board build_board(const Store& store, const CaseloadIndex& index, const BoardFilter& filter, Date today);

}  // namespace opp::queries
