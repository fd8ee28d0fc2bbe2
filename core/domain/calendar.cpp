// Parsing and formatting of dates and timestamps; strict, so an invalid date never enters the core.
#include "core/domain/calendar.hpp"

#include <cstdio>

namespace opp {
namespace {

// Reads exactly `count` ASCII digits at `pos`; false on anything else.
bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

std::optional<Date> make_date(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{date::sys_days{ymd}};
}

std::string format_ymd(const char* pattern, Date d, bool day_first) {
  if (!d.valid()) return {};
  const auto ymd = d.ymd();
  const int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month());
  const unsigned day = static_cast<unsigned>(ymd.day());
  char buffer[32];
  if (day_first) {
    std::snprintf(buffer, sizeof buffer, pattern, day, month, year);
  } else {
    std::snprintf(buffer, sizeof buffer, pattern, year, month, day);
  }
  return buffer;
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  const date::year_month_day ymd = date::year{year} / date::month{month} / date::day{day};
  return ymd.ok() ? Date{date::sys_days{ymd}} : Date{};
}

int days_between(Date a, Date b) {
  if (!a.valid() || !b.valid()) return 0;
  return static_cast<int>((b.days - a.days).count());
}

Date add_days(Date d, int days) { return d.valid() ? Date{d.days + date::days{days}} : Date{}; }

Date add_months(Date d, int months) {
  if (!d.valid()) return Date{};
  const date::year_month_day ymd = d.ymd();
  const date::year_month shifted = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  const date::day last = date::year_month_day_last{shifted.year(), date::month_day_last{shifted.month()}}.day();
  const date::year_month_day result{shifted.year(), shifted.month(), ymd.day() > last ? last : ymd.day()};
  return Date{date::sys_days{result}};
}

std::string to_iso(Date d) { return format_ymd("%04d-%02u-%02u", d, false); }

std::optional<Date> parse_iso_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) || !read_digits(text, 8, 2, day)) {
    return std::nullopt;
  }
  return make_date(year, month, day);
}

std::string to_display(Date d) { return format_ymd("%02u.%02u.%04d", d, true); }

std::optional<Date> parse_display_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[2] != '.' || text[5] != '.') return std::nullopt;
  if (!read_digits(text, 0, 2, day) || !read_digits(text, 3, 2, month) || !read_digits(text, 6, 4, year)) {
    return std::nullopt;
  }
  return make_date(year, month, day);
}

Date Timestamp::date() const {
  const auto tp = std::chrono::time_point<std::chrono::system_clock, std::chrono::milliseconds>{
      std::chrono::milliseconds{ms_since_epoch}};
  return Date{date::floor<date::days>(tp)};
}

std::string to_iso(Timestamp t) {
  const Date day = t.date();
  const std::int64_t ms_of_day = t.ms_since_epoch - std::int64_t{day.days.time_since_epoch().count()} * 86'400'000;
  const int hours = static_cast<int>(ms_of_day / 3'600'000);
  const int minutes = static_cast<int>(ms_of_day / 60'000 % 60);
  const int seconds = static_cast<int>(ms_of_day / 1000 % 60);
  const int millis = static_cast<int>(ms_of_day % 1000);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d.%03dZ", to_iso(day).c_str(), hours, minutes, seconds,
                millis);
  return buffer;
}

std::optional<Timestamp> parse_iso_timestamp(std::string_view text) {
  // Exactly the form to_iso writes: YYYY-MM-DDTHH:MM:SS.mmmZ.
  if (text.size() != 24 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' ||
      text[23] != 'Z') {
    return std::nullopt;
  }
  const auto day = parse_iso_date(text.substr(0, 10));
  int hours = 0, minutes = 0, seconds = 0, millis = 0;
  if (!day || !read_digits(text, 11, 2, hours) || !read_digits(text, 14, 2, minutes) ||
      !read_digits(text, 17, 2, seconds) || !read_digits(text, 20, 3, millis)) {
    return std::nullopt;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
  const std::int64_t days = day->days.time_since_epoch().count();
  return Timestamp{days * 86'400'000 + hours * 3'600'000LL + minutes * 60'000LL + seconds * 1000LL + millis};
}

}  // namespace opp
