// Sync with a team's server, on the app's side: the settings, the rounds (start a team, join one,
// sync now and then by itself) and what the status says. The rules are core/sync's; this moves
// documents through the platform (web/js/couch.js) and keeps the files saved. See docs/SYNC.md.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/data_access.hpp"
#include "app/ui_context.hpp"
#include "core/domain/field_error.hpp"
#include "core/storage/crypto.hpp"
#include "core/sync/round.hpp"
#include "core/sync/session.hpp"
#include "core/sync/wire.hpp"

namespace opp::app {

class SyncController final : public TeamSync {
 public:
  SyncController(UiContext& ui, storage::Repository& repository);

  // After the repository opened: reads the session's files and the settings.
  void load();
  bool active() const override { return session_.active(); }
  bool busy() const override { return busy_; }
  // When tick() will next start a round (monotonic ms); infinity while one runs (its answer
  // wakes the app), when off, or offline (going online wakes it).
  double next_round_ms() const;

  sync::ServerConfig& config() override { return config_; }
  void config_changed() override { config_dirty_ = true; }
  // Missing address or database, as form errors ("url", "database"); empty when complete.
  std::vector<FieldError> config_errors() const override;

  // The first device: the team starts from this device's data, with a new key.
  void start_team() override;
  // Another device: the key file opened with its passphrase; the team's data replaces this device's.
  std::optional<Refused> join(const std::string& key_file, const std::string& passphrase) override;
  void sync_now() override;
  // Each frame: a round by itself when online, syncing, idle, and either changes wait (after a
  // short pause, so a burst of edits goes in one round) or it is time to look for others'.
  void tick();

  // The team key as a file, wrapped with `passphrase`; empty with `error_key` set when refused.
  std::string export_key(const std::string& passphrase, std::string& error_key) const override;

  // What the status line says, translated.
  std::string status_text() const override;
  bool problem() const override { return !problem_.empty(); }
  std::size_t unsent() const { return active() ? session_.unsent_count() : 0; }
  const std::vector<sync::Refusal>& refusals() const override { return session_.refusals(); }
  // A message for the last start or join (done, or why not), shown in Settings.
  const std::string& outcome() const override { return outcome_; }
  bool outcome_ok() const override { return outcome_ok_; }

  // Files to write before the next save (the session's log and state, the settings).
  bool has_pending() const { return session_.has_pending() || config_dirty_; }
  std::string flush();

 private:
  void send(sync::ServerOp op, std::vector<std::string> push, std::string since,
            std::function<void(const sync::ServerAnswer&)> on_ok, std::function<void()> on_fail = {});
  void set_problem(const sync::ServerAnswer& answer);
  void set_problem(const DecodeError& error);
  void join_with(storage::SecretKey key);

  UiContext& ui_;
  storage::Repository& repository_;
  sync::SyncSession session_;
  sync::ServerConfig config_;
  bool config_dirty_ = false;
  bool busy_ = false;
  double last_round_ms_ = -1e18;  // monotonic
  long long last_ok_ms_ = 0;      // wall clock
  std::string problem_;           // translated; empty when the last round succeeded
  std::string outcome_;
  bool outcome_ok_ = false;
};

}  // namespace opp::app
