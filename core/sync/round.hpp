// One sync round's work on this side of the wire: what to send (sealed), and what came back
// (opened and merged). The platform moves the documents (web/js/couch.js); this decides.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/sync/document.hpp"
#include "core/sync/session.hpp"

namespace opp::sync {

// The documents to send: the team's base parts when the server does not have them yet (the
// first device), then this device's unsent changes, oldest first.
struct Outgoing {
  std::vector<std::string> documents;
  std::size_t base_parts = 0;
  std::size_t changes = 0;
};
Outgoing outgoing(const SyncSession& session, const storage::RandomFill& random);
// After the server stored them all.
void sent(SyncSession& session, const Outgoing& sent);

// Merges documents from the server's feed and moves the session to `since` (the feed position
// after them). The team's base parts are skipped (they are read only to join). When any
// document cannot be used (another key, altered, a newer version, not this app's), nothing is
// merged and the position stays: the round reports the first such document's error.
struct Incoming {
  Received received;
  std::optional<DecodeError> error;
};
Incoming incoming(SyncSession& session, const std::vector<std::string>& documents, std::string since);

// A device joining a team: the base parts and every change document fetched from the server.
// Refuses (and changes nothing) when the key does not open them.
std::optional<DecodeError> join(SyncSession& session, storage::SecretKey team_key,
                                const std::vector<std::string>& base_parts,
                                const std::vector<std::string>& documents, std::string since);

}  // namespace opp::sync
