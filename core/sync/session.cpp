#include "core/sync/session.hpp"

#include <algorithm>
#include <cstdio>

#include "core/codec/json_codec.hpp"
#include "core/codec/json_text.hpp"

namespace opp::sync {

namespace {

constexpr int kStateVersion = 1;

}  // namespace

std::string log_file(std::size_t number) {
  char name[40];
  std::snprintf(name, sizeof name, "sync-log-%06zu.json", number);
  return name;
}

std::string SyncSession::load() {
  merger_.reset();
  const std::optional<std::string> state_text = repository_.read_side_file(kStateFile);
  if (!state_text) return {};
  const codec::Json state = codec::parse_json(*state_text);
  if (state.is_object() && state.value("version", 0) == kStateVersion && state.contains("active") &&
      state["active"] == false) {
    return {};  // stopped
  }
  storage::SecretKey key;
  if (state.is_discarded() || !state.is_object() || state.value("version", 0) != kStateVersion ||
      !state.contains("sent") || !state["sent"].is_number_unsigned() || !state.contains("logs") ||
      !state["logs"].is_number_unsigned() || !state.contains("since") || !state["since"].is_string() ||
      !state.contains("base_sent") || !state["base_sent"].is_boolean() || !state.contains("key") ||
      !state["key"].is_string() ||
      !storage::from_hex(state["key"].get<std::string>(), std::span<unsigned char>(key.data(), storage::SecretKey::kBytes))) {
    return std::string(kStateFile) + " is not a sync state this version reads";
  }
  const std::optional<std::string> base_bytes = repository_.read_side_file(kBaseFile);
  if (!base_bytes) return std::string(kBaseFile) + " is missing";
  Decoded<Store> base = storage::decode_snapshot(*base_bytes);
  if (!base.ok()) return std::string(kBaseFile) + ": " + base.error.detail;

  std::vector<SyncedChange> changes;
  const std::size_t logs = state["logs"].get<std::size_t>();
  for (std::size_t number = 1; number <= logs; ++number) {
    const std::optional<std::string> text = repository_.read_side_file(log_file(number));
    if (!text) return log_file(number) + " is missing";
    std::size_t at = 0;
    while (at < text->size()) {
      std::size_t end = text->find('\n', at);
      if (end == std::string::npos) end = text->size();
      const std::string_view line(text->data() + at, end - at);
      at = end + 1;
      if (line.empty()) continue;
      JournalExtras extras;
      Decoded<CommandRecord> record = from_journal_json(line, extras);
      if (!record.ok() || !extras.ids_after) return log_file(number) + ": " + record.error.detail;
      changes.push_back(SyncedChange{std::move(*record.value), *extras.ids_after});
    }
  }
  for (const SyncedChange& change : changes) repository_.observe_clock(change.record.clock);
  merger_.emplace(std::move(*base.value));
  merger_->add(std::move(changes));
  listen();
  key_ = std::move(key);
  own_ = count_own();
  since_ = state["since"].get<std::string>();
  base_sent_ = state["base_sent"].get<bool>();
  sent_ = state["sent"].get<std::size_t>();
  logs_ = logs;
  pending_lines_.clear();
  state_dirty_ = false;
  // The repository holds the merged store already, unless its files and these differ (a save of
  // one but not the other): the merge is what the team agreed, so it wins.
  const Store& merged = merger_->store();
  if (repository_.store().audit.size() != merged.audit.size() ||
      (!merged.audit.empty() && repository_.store().audit.back().clock != merged.audit.back().clock)) {
    repository_.replace_merged(merged);
  }
  return {};
}

std::size_t SyncSession::count_own() const {
  std::size_t own = 0;
  if (!merger_) return own;
  for (const SyncedChange& change : merger_->changes()) own += change.record.device == repository_.device() ? 1 : 0;
  return own;
}

void SyncSession::listen() {
  repository_.set_commit_listener([this](const CommandRecord& record) { committed(record); });
}

std::string SyncSession::write_base(const Store& base) {
  return repository_.write_side_file(kBaseFile, storage::compressed_snapshot(base));
}

void SyncSession::begin(storage::SecretKey team_key, Store base) {
  merger_.emplace(std::move(base));
  listen();
  key_ = std::move(team_key);
  since_ = "0";
  base_sent_ = false;
  sent_ = 0;
  own_ = 0;
  logs_ = 0;
  pending_lines_.clear();
  state_dirty_ = true;
  stop_pending_ = false;
}

std::string SyncSession::start(storage::SecretKey team_key) {
  if (active()) return "already syncing";
  if (!repository_.writable()) return "the data is not loaded";
  const std::string written = write_base(repository_.store());
  if (!written.empty()) return written;
  begin(std::move(team_key), repository_.store());
  return {};
}

std::string SyncSession::join(storage::SecretKey team_key, Store base, std::vector<SyncedChange> changes) {
  if (!repository_.writable()) return "the data is not loaded";
  const std::string written = write_base(base);
  if (!written.empty()) return written;
  begin(std::move(team_key), std::move(base));
  base_sent_ = true;  // it came from the server
  for (const SyncedChange& change : changes) {
    remember(change);
    repository_.observe_clock(change.record.clock);
  }
  merger_->add(std::move(changes));
  // This device's own changes from an earlier membership are on the server already.
  own_ = count_own();
  sent_ = own_;
  repository_.replace_merged(merger_->store());
  return {};
}

void SyncSession::stop() {
  if (!active()) return;
  merger_.reset();
  repository_.set_commit_listener({});
  key_.wipe();
  pending_lines_.clear();
  state_dirty_ = false;
  stop_pending_ = true;
}

void SyncSession::set_since(std::string since) {
  if (since == since_) return;
  since_ = std::move(since);
  state_dirty_ = true;
}

void SyncSession::set_base_sent() {
  if (base_sent_) return;
  base_sent_ = true;
  state_dirty_ = true;
}

void SyncSession::remember(const SyncedChange& change) {
  JournalExtras extras;
  extras.ids_after = change.ids_after;
  pending_lines_.push_back(to_journal_json(change.record, extras));
}

void SyncSession::committed(const CommandRecord& record) {
  if (!active()) return;
  const auto found = repository_.store().id_counters.find(record.device);
  const SyncedChange change{record, found == repository_.store().id_counters.end() ? 0u : found->second};
  remember(change);
  if (merger_->add({change}).added > 0) ++own_;
}

Received SyncSession::receive(std::vector<SyncedChange> changes) {
  Received received;
  if (!active()) return received;
  std::sort(changes.begin(), changes.end(),
            [](const SyncedChange& a, const SyncedChange& b) { return merge_order(a.record, b.record); });
  std::vector<SyncedChange> fresh;
  for (SyncedChange& change : changes) {
    const bool repeated = !fresh.empty() && fresh.back().record.device == change.record.device &&
                          fresh.back().record.clock == change.record.clock;  // twice in this batch
    if (repeated || merger_->has(change.record.device, change.record.clock)) ++received.duplicates;
    else fresh.push_back(std::move(change));
  }
  if (fresh.empty()) return received;
  for (const SyncedChange& change : fresh) {
    remember(change);
    repository_.observe_clock(change.record.clock);
  }
  for (const SyncedChange& change : fresh) {
    if (change.record.device == repository_.device()) {  // made here before, already on the server
      ++own_;
      ++sent_;
      state_dirty_ = true;
    }
  }
  const Merger::Added added = merger_->add(fresh);
  received.added = added.added;
  received.duplicates += added.duplicates;
  received.rebuilt = added.rebuilt;
  if (added.rebuilt) {
    repository_.replace_merged(merger_->store());
    received.refused = merger_->refusals().size();
  } else {
    // In order: the repository applies the same changes to the same store, and judges alike.
    for (const SyncedChange& change : fresh) {
      if (!repository_.apply_merged(change.record, change.ids_after).applied) ++received.refused;
    }
  }
  return received;
}

std::vector<SyncedChange> SyncSession::unsent() const {
  std::vector<SyncedChange> own;
  if (!active()) return own;
  const DeviceId device = repository_.device();
  for (const SyncedChange& change : merger_->changes()) {
    if (change.record.device == device) own.push_back(change);
  }
  if (sent_ >= own.size()) return {};
  own.erase(own.begin(), own.begin() + static_cast<std::ptrdiff_t>(sent_));
  return own;
}

void SyncSession::sent(std::size_t count) {
  if (count == 0) return;
  sent_ += count;
  state_dirty_ = true;
}

const Store& SyncSession::base() const {
  static const Store empty;
  return merger_ ? merger_->base() : empty;
}

const std::vector<Refusal>& SyncSession::refusals() const {
  static const std::vector<Refusal> none;
  return merger_ ? merger_->refusals() : none;
}

std::string SyncSession::flush() {
  if (stop_pending_) {
    const std::string written =
        repository_.write_side_file(kStateFile, codec::Json{{"version", kStateVersion}, {"active", false}}.dump());
    if (!written.empty()) return written;
    stop_pending_ = false;
    return {};
  }
  if (!active() || !has_pending()) return {};
  std::size_t logs = logs_;
  if (!pending_lines_.empty()) {
    std::string text;
    for (const std::string& line : pending_lines_) text += line + "\n";
    const std::string written = repository_.write_side_file(log_file(logs + 1), text);
    if (!written.empty()) return written;
    ++logs;
    pending_lines_.clear();
    logs_ = logs;
  }
  const codec::Json state{{"version", kStateVersion}, {"sent", sent_},          {"logs", logs_},
                          {"since", since_},         {"base_sent", base_sent_},
                          {"key", storage::to_hex(std::span<const unsigned char>(key_.data(), storage::SecretKey::kBytes))}};
  std::string text = state.dump();
  const std::string written = repository_.write_side_file(kStateFile, text);
  storage::wipe_string(text);  // it holds the team key
  if (!written.empty()) {
    state_dirty_ = true;
    return written;
  }
  state_dirty_ = false;
  return {};
}

}  // namespace opp::sync
