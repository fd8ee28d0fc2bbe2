#include "core/sync/server_config.hpp"

#include "core/codec/json_text.hpp"
#include "core/storage/crypto.hpp"

namespace opp::sync {

std::optional<ServerConfig> read_server_config(const storage::Repository& repository) {
  const std::optional<std::string> text = repository.read_side_file(kServerConfigFile);
  if (!text) return std::nullopt;
  const codec::Json json = codec::parse_json(*text);
  if (!json.is_object()) return std::nullopt;
  auto field = [&json](const char* name) {
    const auto it = json.find(name);
    return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  return ServerConfig{field("url"), field("database"), field("user"), field("password")};
}

std::string write_server_config(storage::Repository& repository, const ServerConfig& config) {
  std::string text =
      codec::Json{{"url", config.url}, {"database", config.database}, {"user", config.user}, {"password", config.password}}
          .dump();
  const std::string written = repository.write_side_file(kServerConfigFile, text);
  storage::wipe_string(text);
  return written;
}

}  // namespace opp::sync
