// Making a backup file, and the reminder to make one (core/rules/backup_reminder.hpp): the
// Settings button and the status bar's reminder share these.
#pragma once

#include <optional>
#include <string>

#include "app/ui_context.hpp"

namespace opp::app {

// Downloads the whole store as a backup document and remembers when (preference backup.last_ms).
void make_backup(UiContext& ui);
// Opens Settings with the encrypted-backup form open: what «Lag sikkerhetskopi nå» does (a
// plaintext backup is made only on the explicit choice in Settings).
void open_encrypted_backup(UiContext& ui);
// Offers `text` as oppfolging-sikkerhetskopi-<yyyy-mm-dd>.<suffix> and records the backup as made.
void make_backup_file(UiContext& ui, const std::string& suffix, const std::string& text);

// Days after which the reminder comes (preference backup.reminder_days; 0 = never).
int backup_reminder_days(const UiContext& ui);

// What the reminder says, when one is due.
std::optional<std::string> backup_reminder_text(const UiContext& ui);

// The reminder drawn at the right end of the current line: the text and a button that makes the
// backup at once (test ids backup.reminder, backup.reminder.make), or, `compact`, only a short
// button with the text in its tooltip (backup.reminder.make, labelled with the text).
float backup_reminder_width(const UiContext& ui, const std::string& text, bool compact);
void draw_backup_reminder(UiContext& ui, const std::string& text, bool compact, float right_margin = 0.0f);

}  // namespace opp::app
