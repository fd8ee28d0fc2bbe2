#include "core/sync/team_key.hpp"

#include "core/codec/json_text.hpp"
#include "core/rules/passphrase.hpp"

namespace opp::sync {

namespace {
constexpr int kTeamKeyVersion = 1;
}  // namespace

TeamKeyFile export_team_key(const storage::SecretKey& key, std::string_view passphrase, storage::KdfParams kdf,
                            const storage::RandomFill& random) {
  TeamKeyFile file;
  if (!passphrase_acceptable(passphrase_strength(passphrase))) {
    file.error_key = kErrorKeyWeak;
    return file;
  }
  const std::optional<storage::KeyFile> wrapped = storage::wrap_key(key, passphrase, kdf, random);
  if (!wrapped) {
    file.error_key = kErrorKeyMemory;
    return file;
  }
  const codec::Json out{{"format", kTeamKeyFormat},
                        {"version", kTeamKeyVersion},
                        {"wrapped", codec::parse_json(storage::encode_key_file(*wrapped))}};
  file.text = out.dump() + "\n";
  return file;
}

ImportedTeamKey import_team_key(std::string_view text, std::string_view passphrase) {
  ImportedTeamKey result;
  const codec::Json json = codec::parse_json(text);
  if (json.is_discarded() || !json.is_object() || json.value("format", std::string()) != kTeamKeyFormat ||
      !json.contains("wrapped") || !json["wrapped"].is_object()) {
    result.error_key = kErrorKeyFile;
    result.detail = "not a team key file";
    return result;
  }
  if (json.value("version", 0) != kTeamKeyVersion) {
    result.error_key = kErrorKeyFile;
    result.detail = "version " + json.value("version", codec::Json()).dump();
    return result;
  }
  std::string error;
  const std::optional<storage::KeyFile> file = storage::decode_key_file(json["wrapped"].dump(), error);
  if (!file) {
    result.error_key = kErrorKeyFile;
    result.detail = error;
    return result;
  }
  storage::Unwrapped unwrapped = storage::unwrap_key(*file, passphrase);
  if (unwrapped.status == storage::UnwrapStatus::KdfFailed) {
    result.error_key = kErrorKeyMemory;
    return result;
  }
  if (unwrapped.status != storage::UnwrapStatus::Ok || !unwrapped.key) {
    result.error_key = kErrorKeyPassphrase;
    return result;
  }
  result.key = std::move(unwrapped.key);
  return result;
}

}  // namespace opp::sync
