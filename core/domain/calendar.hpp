// Calendar dates and timestamps for the core: real dates (Howard Hinnant's date library), never strings.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace opp {

// A calendar date without time zone (a day in the person's life: birth, meeting, due date).
// A default Date is no date at all, and so is what from_ymd gives for a day the calendar lacks
// (29.02.2023): valid() is false for both, so validation says the date is required, and
// to_iso/to_display write nothing for it.
struct Date {
  static constexpr date::sys_days kNone{date::days{std::numeric_limits<int>::min() / 2}};
  date::sys_days days = kNone;

  static Date from_ymd(int year, unsigned month, unsigned day);
  date::year_month_day ymd() const { return date::year_month_day{days}; }
  bool valid() const { return days != kNone && ymd().ok(); }

  int serial() const { return days.time_since_epoch().count(); }  // days since 1970-01-01

  // Spelled out: libc++ 14 (Emscripten 3.1.6) has no operator<=> for chrono time points.
  friend bool operator==(const Date& a, const Date& b) { return a.serial() == b.serial(); }
  friend auto operator<=>(const Date& a, const Date& b) { return a.serial() <=> b.serial(); }
};

// Days from a to b (b - a); 0 when either is no date.
int days_between(Date a, Date b);
// The date `days` days after d (before it when negative); no date stays no date.
Date add_days(Date d, int days);

// The same day `months` months later (earlier when negative); a day the month lacks becomes its
// last day: 31.01 + 1 month is 28.02 (29.02 in a leap year).
Date add_months(Date d, int months);
// ISO 8601 "YYYY-MM-DD": the storage and exchange form.
std::string to_iso(Date d);
std::optional<Date> parse_iso_date(std::string_view text);

// "dd.mm.åååå": the Norwegian display form every view uses.
std::string to_display(Date d);
std::optional<Date> parse_display_date(std::string_view text);

// A moment in time, milliseconds since the Unix epoch, UTC (audit trail, saves).
struct Timestamp {
  std::int64_t ms_since_epoch = 0;
  Date date() const;
  friend bool operator==(const Timestamp& a, const Timestamp& b) { return a.ms_since_epoch == b.ms_since_epoch; }
  friend auto operator<=>(const Timestamp& a, const Timestamp& b) { return a.ms_since_epoch <=> b.ms_since_epoch; }
};

// ISO 8601 UTC with milliseconds: "2026-11-23T13:24:00.123Z".
std::string to_iso(Timestamp t);
std::optional<Timestamp> parse_iso_timestamp(std::string_view text);

// Time is passed into the core, never read from a global: tests use a fixed clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
};

}  // namespace opp
