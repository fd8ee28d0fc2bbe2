// The backup reminder: due with data and no backup, or a backup as old as the setting; never
// with reminders off or an empty store.
#include "core/rules/backup_reminder.hpp"

#include <gtest/gtest.h>

namespace opp {
namespace {

Timestamp at(int y, unsigned m, unsigned d, int hour = 12) {
  return Timestamp{static_cast<std::int64_t>(Date::from_ymd(y, m, d).serial()) * 86'400'000 + hour * 3'600'000};
}

TEST(BackupReminder, DueWithDataAndNoBackupOrAnOldOne) {
  const Timestamp now = at(2026, 11, 29);
  // Never made: due as soon as there is a person.
  ASSERT_TRUE(backup_reminder(std::nullopt, now, 7, 1).has_value());
  EXPECT_EQ(backup_reminder(std::nullopt, now, 7, 1)->days_since, std::nullopt);
  EXPECT_FALSE(backup_reminder(std::nullopt, now, 7, 0).has_value());  // nothing to lose
  // Six whole days: not yet; seven: due, saying seven (by date, whatever the hour).
  EXPECT_FALSE(backup_reminder(at(2026, 11, 23, 23), now, 7, 5).has_value());
  const auto due = backup_reminder(at(2026, 11, 22, 1), now, 7, 5);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->days_since, 7);
  EXPECT_EQ(backup_reminder(at(2026, 8, 1), now, 7, 5)->days_since, 120);
  // Off, or a setting of 30 days.
  EXPECT_FALSE(backup_reminder(at(2026, 8, 1), now, 0, 5).has_value());
  EXPECT_FALSE(backup_reminder(std::nullopt, now, 0, 5).has_value());
  EXPECT_FALSE(backup_reminder(at(2026, 11, 1), now, 30, 5).has_value());
  EXPECT_TRUE(backup_reminder(at(2026, 10, 30), now, 30, 5).has_value());
  // A clock put back: the backup counts as made today.
  EXPECT_FALSE(backup_reminder(at(2027, 1, 1), now, 1, 5).has_value());
}

}  // namespace
}  // namespace opp
