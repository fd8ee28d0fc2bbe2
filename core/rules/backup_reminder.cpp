// The backup reminder's rule (backup_reminder.hpp).
#include "core/rules/backup_reminder.hpp"

#include <algorithm>

namespace opp {

std::optional<BackupReminder> backup_reminder(std::optional<Timestamp> last, Timestamp now, int reminder_days,
                                              std::size_t persons) {
  if (reminder_days <= 0 || persons == 0) return std::nullopt;
  if (!last) return BackupReminder{std::nullopt};
  const int days = std::max(0, days_between(last->date(), now.date()));
  if (days < reminder_days) return std::nullopt;
  return BackupReminder{days};
}

}  // namespace opp
