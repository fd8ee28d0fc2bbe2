// When to remind the user to make a backup: the data lives only in this browser, so a backup
// file elsewhere is the one copy that survives a lost or wiped device.
#pragma once

#include <cstddef>
#include <optional>

#include "core/domain/calendar.hpp"

namespace opp {

inline constexpr int kDefaultBackupReminderDays = 7;

struct BackupReminder {
  std::optional<int> days_since;  // nothing: no backup was ever made on this device
};

// A reminder is due when reminders are on (`reminder_days` > 0), the store holds any person, and
// no backup was made (`last`) or the last one is `reminder_days` or more whole days old on
// `now`'s date. A last backup dated after `now` (a clock put back) counts as made today.
std::optional<BackupReminder> backup_reminder(std::optional<Timestamp> last, Timestamp now, int reminder_days,
                                              std::size_t persons);

}  // namespace opp
