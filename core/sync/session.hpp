// A device's part in a team's sync: every change it has (its own and other devices'), which of its
// own the server does not have yet, the store the team started from, and the merge of them all.
//
// Kept beside the data, sealed like every file there (docs/SYNC.md):
//   sync-state.json        {"version": 1, "sent": <own changes on the server>, "logs": <files>,
//                           "since": <position in the server's feed>, "base_sent": true|false,
//                           "key": <the team key, hex>}
//   sync-base.json         the store the team started from (a compressed backup document)
//   sync-log-NNNNNN.json   changes as journal lines with their "ids", in the order they came
// The Repository keeps the merged store as its own data (applied changes are journalled there),
// so a reload opens it as fast as without sync; the session reads its files to merge what comes
// next.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/crypto.hpp"
#include "core/storage/repository.hpp"
#include "core/sync/merge.hpp"

namespace opp::sync {

inline constexpr const char* kStateFile = "sync-state.json";
inline constexpr const char* kBaseFile = "sync-base.json";
std::string log_file(std::size_t number);  // "sync-log-000001.json"

struct Received {
  std::size_t added = 0;       // changes not seen before
  std::size_t duplicates = 0;  // seen before (this device's own coming back, a repeat)
  std::size_t refused = 0;     // of the added, refused at their place in the merged order
  bool rebuilt = false;        // a change sorted before others: the store was rebuilt
};

class SyncSession {
 public:
  // While active, the session hears every commit of `repository` (set_commit_listener).
  explicit SyncSession(storage::Repository& repository) : repository_(repository) {}
  ~SyncSession() { repository_.set_commit_listener({}); }
  SyncSession(const SyncSession&) = delete;
  SyncSession& operator=(const SyncSession&) = delete;

  // After Repository::open(): reads this device's sync files. "" when there are none (not
  // syncing) or they were read; otherwise what could not be read (then not syncing).
  std::string load();
  bool active() const { return merger_.has_value(); }

  // Starts a team's sync from this device's store as it is now, with a new team key: the first
  // device of a team.
  std::string start(storage::SecretKey team_key);
  // Joins a team with its key, from the store it started from and the changes so far (fetched
  // from the server): this device's store becomes theirs.
  std::string join(storage::SecretKey team_key, Store base, std::vector<SyncedChange> changes);

  // The team's key (null when not syncing).
  const storage::SecretKey* team_key() const { return active() ? &key_ : nullptr; }
  // Where this device is in the server's feed ("0": from the start).
  const std::string& since() const { return since_; }
  void set_since(std::string since);
  // Whether the team's base is on the server (the first device sends it once).
  bool base_sent() const { return base_sent_; }
  void set_base_sent();

  // Stops syncing on this device (a team the server would not take): once flushed, the files say
  // so and load() finds nothing to sync. The data stays as it is.
  void stop();

  // A change committed on this device (the repository's commit listener calls it).
  void committed(const CommandRecord& record);
  // Changes opened from the server's documents, merged into the store.
  Received receive(std::vector<SyncedChange> changes);

  // This device's changes the server does not have yet, oldest first.
  std::vector<SyncedChange> unsent() const;
  // How many: cheap, for every frame.
  std::size_t unsent_count() const { return own_ > sent_ ? own_ - sent_ : 0; }
  // The oldest `count` of unsent() are on the server now.
  void sent(std::size_t count);

  const Store& base() const;
  // Changes refused at their place in the merged order, in that order.
  const std::vector<Refusal>& refusals() const;
  std::size_t change_count() const { return merger_ ? merger_->changes().size() : 0; }

  // Writes the changes that came since the last flush (one new log file) and the state, before
  // the platform saves the files. "" or the error; what was not written is tried again.
  std::string flush();
  bool has_pending() const { return !pending_lines_.empty() || state_dirty_ || stop_pending_; }

 private:
  std::string write_base(const Store& base);
  void listen();
  std::size_t count_own() const;
  void begin(storage::SecretKey team_key, Store base);
  void remember(const SyncedChange& change);

  storage::Repository& repository_;
  std::optional<Merger> merger_;
  storage::SecretKey key_;
  std::string since_ = "0";
  bool base_sent_ = false;
  std::size_t sent_ = 0;
  std::size_t own_ = 0;  // this device's changes in the log
  std::size_t logs_ = 0;
  std::vector<std::string> pending_lines_;
  bool state_dirty_ = false;
  bool stop_pending_ = false;
};

}  // namespace opp::sync
