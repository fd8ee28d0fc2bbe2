#include "app/sync_controller.hpp"

#include <algorithm>
#include <limits>

#include "app/widgets/form.hpp"
#include "core/storage/repository.hpp"
#include "core/sync/server_config.hpp"
#include "core/sync/team_key.hpp"

namespace opp::app {

namespace {

// How often a syncing device looks for others' changes, and how long it waits after a change.
constexpr double kLookEveryMs = 30000.0;
constexpr double kAfterChangeMs = 2000.0;

}  // namespace

SyncController::SyncController(UiContext& ui, storage::Repository& repository)
    : ui_(ui), repository_(repository), session_(repository) {}

void SyncController::load() {
  if (std::optional<sync::ServerConfig> saved = sync::read_server_config(repository_)) config_ = std::move(*saved);
  const std::string error = session_.load();
  if (!error.empty()) problem_ = format_text(ui_.tr("sync.status.files"), {error});
}

std::vector<FieldError> SyncController::config_errors() const {
  std::vector<FieldError> errors;
  if (config_.url.empty()) errors.push_back({"url", "error.required"});
  if (config_.database.empty()) errors.push_back({"database", "error.required"});
  return errors;
}

void SyncController::send(sync::ServerOp op, std::vector<std::string> push, std::string since,
                          std::function<void(const sync::ServerAnswer&)> on_ok, std::function<void()> on_fail) {
  busy_ = true;
  last_round_ms_ = ui_.platform.monotonic_ms();
  ui_.platform.sync_server(sync::server_request(op, config_, push, since), [this, on_ok, on_fail](std::string text) {
    busy_ = false;
    std::optional<sync::ServerAnswer> answer = sync::parse_server_answer(text);
    if (!answer) answer = sync::ServerAnswer{false, "bad_answer", "the client's answer", {}, {}, {}, 0};
    if (!answer->ok) {
      set_problem(*answer);
      if (on_fail) on_fail();
      return;
    }
    on_ok(*answer);
  });
}

void SyncController::set_problem(const sync::ServerAnswer& answer) {
  problem_ = format_text(ui_.tr(sync::problem_key(answer.kind)), {answer.detail});
}

void SyncController::set_problem(const DecodeError& error) {
  problem_ = format_text(ui_.tr(error.message_key), {error.detail});
}

void SyncController::start_team() {
  if (busy_ || active() || !config_errors().empty()) return;
  outcome_.clear();
  const std::string started = session_.start(storage::SecretKey::generate(storage::system_random()));
  if (!started.empty()) {
    outcome_ = started;
    outcome_ok_ = false;
    return;
  }
  const sync::Outgoing out = sync::outgoing(session_, storage::system_random());
  send(sync::ServerOp::Start, out.documents, "0", [this, out](const sync::ServerAnswer& answer) {
    sync::sent(session_, out);
    const sync::Incoming in = sync::incoming(session_, answer.docs, answer.since);
    if (in.error) set_problem(*in.error);
    else problem_.clear();
    last_ok_ms_ = ui_.platform.wall_clock_ms();
    outcome_ = ui_.tr("sync.started");
    outcome_ok_ = true;
  }, [this] {
    // A server that would not take the team: this device does not sync after all.
    session_.stop();
    outcome_ = problem_;
    outcome_ok_ = false;
  });
}

std::optional<TeamSync::Refused> SyncController::join(const std::string& key_file, const std::string& passphrase) {
  sync::ImportedTeamKey imported = sync::import_team_key(key_file, passphrase);
  if (!imported.key) {
    const bool wrong_passphrase = imported.error_key == sync::kErrorKeyPassphrase;
    return Refused{FieldError{wrong_passphrase ? "passphrase" : "", imported.error_key}, imported.detail};
  }
  join_with(std::move(*imported.key));
  return std::nullopt;
}

void SyncController::join_with(storage::SecretKey key) {
  if (busy_ || active() || !config_errors().empty()) return;
  outcome_.clear();
  auto shared = std::make_shared<storage::SecretKey>(std::move(key));
  send(sync::ServerOp::Join, {}, "0", [this, shared](const sync::ServerAnswer& answer) {
    const std::optional<DecodeError> refused = sync::join(session_, std::move(*shared), answer.base, answer.docs, answer.since);
    if (refused) {
      set_problem(*refused);
      outcome_ = problem_;
      outcome_ok_ = false;
      return;
    }
    problem_.clear();
    last_ok_ms_ = ui_.platform.wall_clock_ms();
    outcome_ = ui_.tr("sync.joined");
    outcome_ok_ = true;
  }, [this] {
    outcome_ = problem_;
    outcome_ok_ = false;
  });
}

void SyncController::sync_now() {
  if (busy_ || !active()) return;
  const sync::Outgoing out = sync::outgoing(session_, storage::system_random());
  send(sync::ServerOp::Sync, out.documents, session_.since(), [this, out](const sync::ServerAnswer& answer) {
    sync::sent(session_, out);
    const sync::Incoming in = sync::incoming(session_, answer.docs, answer.since);
    if (in.error) {
      set_problem(*in.error);
      return;
    }
    problem_.clear();
    last_ok_ms_ = ui_.platform.wall_clock_ms();
  });
}

void SyncController::tick() {
  if (busy_ || !active() || !ui_.platform.online()) return;
  const double since_last = ui_.platform.monotonic_ms() - last_round_ms_;
  const bool waiting = session_.unsent_count() > 0;
  if ((waiting && since_last >= kAfterChangeMs) || since_last >= kLookEveryMs) sync_now();
}

double SyncController::next_round_ms() const {
  if (busy_ || !active() || !ui_.platform.online()) return std::numeric_limits<double>::infinity();
  const double look = last_round_ms_ + kLookEveryMs;
  return session_.unsent_count() > 0 ? std::min(look, last_round_ms_ + kAfterChangeMs) : look;
}

std::string SyncController::export_key(const std::string& passphrase, std::string& error_key) const {
  const storage::SecretKey* key = session_.team_key();
  if (key == nullptr) return {};
  sync::TeamKeyFile file = sync::export_team_key(*key, passphrase, storage::kDefaultKdf, storage::system_random());
  if (!file.text) {
    error_key = file.error_key;
    return {};
  }
  return std::move(*file.text);
}

std::string SyncController::status_text() const {
  if (!problem_.empty()) return problem_;
  if (!active()) return ui_.tr("sync.status.off");
  if (busy_) return ui_.tr("sync.status.busy");
  if (last_ok_ms_ == 0) return format_text(ui_.tr("sync.status.waiting"), {std::to_string(unsent())});
  return format_text(ui_.tr("sync.status.ok"), {local_time_text(last_ok_ms_), std::to_string(unsent())});
}

std::string SyncController::flush() {
  if (config_dirty_) {
    const std::string written = sync::write_server_config(repository_, config_);
    if (!written.empty()) return written;
    config_dirty_ = false;
  }
  return session_.flush();
}

}  // namespace opp::app
