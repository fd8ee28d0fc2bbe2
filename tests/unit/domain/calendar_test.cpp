// Tests for date and timestamp parsing and formatting.
#include <gtest/gtest.h>

#include "core/domain/calendar.hpp"

namespace opp {
namespace {

TEST(Calendar, IsoDateRoundTrip) {
  const Date d = Date::from_ymd(2024, 3, 5);
  EXPECT_EQ(to_iso(d), "2024-03-05");
  EXPECT_EQ(parse_iso_date("2024-03-05"), d);
  EXPECT_EQ(to_iso(Date::from_ymd(1854, 12, 31)), "1854-12-31");
}

TEST(Calendar, DisplayDateRoundTrip) {
  const Date d = Date::from_ymd(2024, 3, 5);
  EXPECT_EQ(to_display(d), "05.03.2024");
  EXPECT_EQ(parse_display_date("05.03.2024"), d);
  EXPECT_EQ(parse_display_date("29.02.2024"), Date::from_ymd(2024, 2, 29));
}

TEST(Calendar, RejectsInvalidIsoDates) {
  for (const char* text : {"2024-13-01", "2024-02-30", "2023-02-29", "2024-00-10", "2024-01-00", "2024-1-01",
                           "2024-01-01x", " 2024-01-01", "", "abcd-ef-gh", "2024/01/01", "+024-01-01",
                           "2024-01-32", "1900-02-29"}) {
    EXPECT_FALSE(parse_iso_date(text).has_value()) << text;
  }
  EXPECT_TRUE(parse_iso_date("2000-02-29").has_value());
}

TEST(Calendar, RejectsInvalidDisplayDates) {
  for (const char* text : {"31.02.2024", "29.02.2023", "01.13.2024", "00.01.2024", "5.3.2024", "05.03.24",
                           "05.03.2024 ", "05-03-2024", "05.03.2024x", "", "aa.bb.cccc"}) {
    EXPECT_FALSE(parse_display_date(text).has_value()) << text;
  }
}

TEST(Calendar, DaysBetween) {
  EXPECT_EQ(days_between(Date::from_ymd(2024, 2, 28), Date::from_ymd(2024, 3, 1)), 2);
  EXPECT_EQ(days_between(Date::from_ymd(2024, 3, 1), Date::from_ymd(2024, 2, 28)), -2);
  EXPECT_EQ(days_between(Date::from_ymd(2023, 1, 1), Date::from_ymd(2024, 1, 1)), 365);
}

TEST(Calendar, DateValidityAndOrder) {
  EXPECT_TRUE(Date::from_ymd(2024, 2, 29).valid());
  EXPECT_LT(Date::from_ymd(2024, 2, 28), Date::from_ymd(2024, 2, 29));
}

TEST(Calendar, TimestampIsoRoundTrip) {
  const Timestamp t{1795440240123};  // 2026-11-23T13:24:00.123Z
  EXPECT_EQ(to_iso(t), "2026-11-23T13:24:00.123Z");
  EXPECT_EQ(parse_iso_timestamp("2026-11-23T13:24:00.123Z"), t);
  EXPECT_EQ(t.date(), Date::from_ymd(2026, 11, 23));
  EXPECT_EQ(to_iso(Timestamp{0}), "1970-01-01T00:00:00.000Z");
}

TEST(Calendar, TimestampBeforeEpoch) {
  const Timestamp t{-1};
  EXPECT_EQ(to_iso(t), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(parse_iso_timestamp(to_iso(t)), t);
  EXPECT_EQ(t.date(), Date::from_ymd(1969, 12, 31));
}

TEST(Calendar, RejectsInvalidTimestamps) {
  for (const char* text : {"2026-11-23T24:00:00.000Z", "2026-11-23T13:60:00.000Z", "2026-11-23T13:24:60.000Z",
                           "2026-02-30T13:24:00.000Z", "2026-11-23T13:24:00Z", "2026-11-23 13:24:00.123Z",
                           "2026-11-23T13:24:00.123", "2026-11-23T13:24:00.123Zx", ""}) {
    EXPECT_FALSE(parse_iso_timestamp(text).has_value()) << text;
  }
}

TEST(Calendar, NoDateIsNotADate) {
  // A default Date and a day the calendar lacks are no date: not valid, written as nothing, and
  // arithmetic keeps them so.
  EXPECT_FALSE(Date{}.valid());
  EXPECT_FALSE(Date::from_ymd(2023, 2, 29).valid());
  EXPECT_FALSE(Date::from_ymd(2024, 4, 31).valid());
  EXPECT_FALSE(Date::from_ymd(2024, 13, 1).valid());
  EXPECT_TRUE(Date::from_ymd(2024, 2, 29).valid());
  EXPECT_EQ(to_iso(Date::from_ymd(2024, 2, 29)), "2024-02-29");
  EXPECT_EQ(to_iso(Date{}), "");
  EXPECT_EQ(to_display(Date::from_ymd(2023, 2, 29)), "");
  EXPECT_FALSE(add_days(Date{}, 1).valid());
  EXPECT_FALSE(add_months(Date{}, -12).valid());
  EXPECT_EQ(days_between(Date{}, Date::from_ymd(2024, 1, 1)), 0);
  EXPECT_EQ(Date{}, Date::from_ymd(2023, 2, 29));
  EXPECT_LT(Date{}, Date::from_ymd(1, 1, 1));  // no date sorts before every date
}

}  // namespace
}  // namespace opp
