// What the app asks of the sync server's client (web/js/couch.js `run`) and what it answers, as
// JSON: the documents travel as they are (sealed by core/sync), the rest is replication
// bookkeeping.
//
//   request: {"op": "start"|"join"|"sync", "config": {"url", "database", "user", "password"},
//             "push": [<documents>], "since": "<feed position>"}
//     start  opens the database (making it if missing), refuses one that already has a team's
//            base (team_exists), sends `push` (the base's parts and changes), reads the feed
//     join   opens the database, fetches the base's parts (no_team without them), reads the
//            whole feed
//     sync   opens the database, sends `push`, reads the feed from `since`
//   answer:  {"ok": true, "base": [<parts>], "docs": [<documents>], "since": "<new position>", "pushed": n}
//            {"ok": false, "kind": "<what went wrong>", "detail": "<the server's words>"}
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opp::sync {

struct ServerConfig {
  std::string url;
  std::string database;
  std::string user;
  std::string password;
};

enum class ServerOp { Start, Join, Sync };

// `push`: documents as JSON texts (seal_base, seal_change).
std::string server_request(ServerOp op, const ServerConfig& config, const std::vector<std::string>& push,
                           std::string_view since);

struct ServerAnswer {
  bool ok = false;
  std::string kind;    // when !ok: blocked, unreachable, unauthorized, forbidden, no_database, server,
                       // bad_answer, team_exists, no_team (the catalogue's "sync.problem.<kind>")
  std::string detail;
  std::vector<std::string> base;  // the base's parts (join)
  std::vector<std::string> docs;  // the feed's documents, in feed order
  std::string since;
  std::size_t pushed = 0;
};
// nullopt when the text is not an answer of this shape.
std::optional<ServerAnswer> parse_server_answer(std::string_view json);

// The catalogue key for a problem kind ("sync.problem.server" for kinds this version does not know).
std::string problem_key(std::string_view kind);

}  // namespace opp::sync
