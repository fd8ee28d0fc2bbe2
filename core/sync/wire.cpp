#include "core/sync/wire.hpp"

#include <array>

#include "core/codec/json_text.hpp"
#include "core/i18n/catalogue.hpp"

namespace opp::sync {

namespace {

using codec::Json;

struct Problem {
  std::string_view kind;
  const char* key;
};
constexpr std::array<Problem, 9> kProblems = {{
    {"blocked", text_key("sync.problem.blocked")},
    {"unreachable", text_key("sync.problem.unreachable")},
    {"unauthorized", text_key("sync.problem.unauthorized")},
    {"forbidden", text_key("sync.problem.forbidden")},
    {"no_database", text_key("sync.problem.no_database")},
    {"server", text_key("sync.problem.server")},
    {"bad_answer", text_key("sync.problem.bad_answer")},
    {"team_exists", text_key("sync.problem.team_exists")},
    {"no_team", text_key("sync.problem.no_team")},
}};

const char* op_name(ServerOp op) {
  switch (op) {
    case ServerOp::Start: return "start";
    case ServerOp::Join: return "join";
    case ServerOp::Sync: break;
  }
  return "sync";
}

bool documents(const Json& answer, const char* name, std::vector<std::string>& out) {
  const auto found = answer.find(name);
  if (found == answer.end()) return true;  // absent: none
  if (!found->is_array()) return false;
  out.reserve(found->size());
  for (const Json& document : *found) {
    if (!document.is_object()) return false;
    out.push_back(document.dump());
  }
  return true;
}

}  // namespace

std::string server_request(ServerOp op, const ServerConfig& config, const std::vector<std::string>& push,
                           std::string_view since) {
  const Json head{{"op", op_name(op)},
                  {"config", {{"url", config.url}, {"database", config.database}, {"user", config.user},
                              {"password", config.password}}},
                  {"since", std::string(since)}};
  // The documents are JSON already: spliced in, not parsed again.
  std::string text = head.dump();
  text.pop_back();  // the closing brace
  text += ",\"push\":[";
  for (std::size_t i = 0; i < push.size(); ++i) {
    if (i > 0) text += ',';
    text += push[i];
  }
  text += "]}";
  return text;
}

std::optional<ServerAnswer> parse_server_answer(std::string_view text) {
  const Json json = codec::parse_json(text);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  const auto ok = json.find("ok");
  if (ok == json.end() || !ok->is_boolean()) return std::nullopt;
  ServerAnswer answer;
  answer.ok = ok->get<bool>();
  if (!answer.ok) {
    answer.kind = json.value("kind", std::string("bad_answer"));
    answer.detail = json.value("detail", std::string());
    return answer;
  }
  const auto since = json.find("since");
  if (since == json.end() || !since->is_string()) return std::nullopt;
  answer.since = since->get<std::string>();
  if (!documents(json, "base", answer.base) || !documents(json, "docs", answer.docs)) return std::nullopt;
  const auto pushed = json.find("pushed");
  if (pushed != json.end()) {
    if (!pushed->is_number_unsigned()) return std::nullopt;
    answer.pushed = pushed->get<std::size_t>();
  }
  return answer;
}

std::string problem_key(std::string_view kind) {
  for (const Problem& problem : kProblems) {
    if (problem.kind == kind) return problem.key;
  }
  return text_key("sync.problem.server");
}

}  // namespace opp::sync
