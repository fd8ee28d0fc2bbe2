// What a view may do with the data, and nothing more: read it, commit commands, keep a form's
// draft, and ask for the few things that leave the app (a backup file, a restore, a new
// passphrase, the team's sync). The Session (app/session.hpp) implements it; no view or panel
// sees the repository, the vault gate or the sync controller.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands/command.hpp"
#include "core/domain/backup.hpp"
#include "core/domain/field_error.hpp"
#include "core/domain/store.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/wire.hpp"

namespace opp::queries {
class Caseload;
}

namespace opp::app {

// Sync with a team's server as Settings sees it (docs/SYNC.md); app/sync_controller.hpp runs it.
class TeamSync {
 public:
  virtual ~TeamSync() = default;
  virtual bool active() const = 0;  // this device syncs with a team
  virtual bool busy() const = 0;    // a round is under way
  // The server's address and account; say config_changed() after editing it (saved with the data).
  virtual sync::ServerConfig& config() = 0;
  virtual void config_changed() = 0;
  // Missing address or database, as form errors ("url", "database"); empty when complete.
  virtual std::vector<FieldError> config_errors() const = 0;
  // The first device: the team starts from this device's data, with a new key.
  virtual void start_team() = 0;
  // Another device: the team key file opened with its passphrase; the team's data then replaces
  // this device's. A refusal names the field ("passphrase", or "" for the file) and says why.
  struct Refused {
    FieldError error;
    std::string detail;
  };
  virtual std::optional<Refused> join(const std::string& key_file, const std::string& passphrase) = 0;
  virtual void sync_now() = 0;
  // The team key as a file, wrapped with `passphrase`; empty with `error_key` set when refused.
  virtual std::string export_key(const std::string& passphrase, std::string& error_key) const = 0;
  virtual std::string status_text() const = 0;  // translated
  virtual bool problem() const = 0;
  virtual const std::vector<sync::Refusal>& refusals() const = 0;  // changes the merge refused
  // A message for the last start or join (done, or why not).
  virtual const std::string& outcome() const = 0;
  virtual bool outcome_ok() const = 0;
};

class DataAccess {
 public:
  virtual ~DataAccess() = default;

  // --- Reading ---------------------------------------------------------------------------------
  virtual const Store& store() const = 0;
  // Derived data (core/queries), cached against the store's version: never computed per frame.
  virtual queries::Caseload& caseload() = 0;
  // Changes whenever the store does.
  virtual std::uint64_t version() const = 0;
  // False after a load that failed: nothing can be saved, so forms disable their buttons.
  virtual bool writable() const = 0;
  // What the last load could not read (shown in Settings).
  virtual const std::vector<std::string>& load_warnings() const = 0;
  // When the last save completed (wall clock ms, 0: none yet).
  virtual long long last_saved_ms() const = 0;

  // --- Who is working ------------------------------------------------------------------------
  // The name recorded with every change made on this device.
  virtual const std::string& author() const = 0;
  virtual void set_author(const std::string& name) = 0;

  // --- Changing ------------------------------------------------------------------------------
  // Validates and applies the command as author(), queued for saving. Errors come back as
  // FieldError{field, message_key} and nothing changes: the caller must show them.
  [[nodiscard]] virtual CommandResult commit(const Command& command) = 0;
  // The same, putting the errors (none when it was applied) where a form shows them. True when
  // applied.
  bool commit(const Command& command, std::vector<FieldError>& errors) {
    errors = commit(command).errors;
    return errors.empty();
  }

  // --- Drafts: a half-filled form kept beside the data, so it survives a reload -------------
  virtual std::optional<DraftFields> draft(const std::string& name) const = 0;
  // Saved at the next save; empty fields discard it. `name`: lower-case letters, digits, '-'.
  virtual void set_draft(const std::string& name, const DraftFields& fields) = 0;

  // --- Backups -------------------------------------------------------------------------------
  // The whole store as a backup document, saying who made it and when.
  virtual std::string backup_document() const = 0;
  // The same, sealed under its own passphrase; nullopt when the key derivation could not run.
  virtual std::optional<std::string> encrypted_backup_document(const std::string& passphrase) const = 0;
  virtual bool is_encrypted_backup(std::string_view text) const = 0;
  // Reads a backup file without changing anything; an encrypted one with its passphrase. A
  // refusal says why (a wrong passphrase: settings.backup.decrypt.wrong).
  virtual BackupPreview read_backup(std::string_view text) const = 0;
  virtual BackupPreview read_encrypted_backup(std::string_view text, const std::string& passphrase) const = 0;
  // Replaces the whole store with a backup read before; nullopt when done (the earlier data stays
  // restorable from the previous snapshot generation).
  virtual std::optional<DecodeError> restore(Store backup, const std::string& file_name) = 0;

  // --- The vault and the team ---------------------------------------------------------------
  // "" when the key file now wraps the data key under `next`, else the refusal's catalogue key.
  virtual std::string change_passphrase(const std::string& current, const std::string& next) = 0;
  // Sync with a team's server; null in the demo (its invented data never syncs).
  virtual TeamSync* team_sync() = 0;
};

// Catalogue keys read_encrypted_backup() refuses with besides the backup's own.
inline constexpr const char* kBackupWrongPassphrase = text_key("settings.backup.decrypt.wrong");
inline constexpr const char* kBackupKdfFailed = text_key("vault.error.kdf_failed");
inline constexpr const char* kBackupMalformed = text_key("settings.backup.decrypt.malformed");

}  // namespace opp::app
