// The team key as a file another device imports: wrapped with a passphrase (Argon2id, then
// XChaCha20-Poly1305, core/storage/crypto.hpp), never in the clear, never through the server.
//
//   {"format": "oppfolging-team-key", "version": 1, "wrapped": <a key file: kdf, salt, nonce, wrapped>}
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/storage/crypto.hpp"

namespace opp::sync {

inline constexpr const char* kTeamKeyFormat = "oppfolging-team-key";

// Catalogue keys for a key file that cannot be used.
inline constexpr const char* kErrorKeyFile = "sync.error.key_file";              // not a team key file
inline constexpr const char* kErrorKeyPassphrase = "sync.error.key_passphrase";  // wrong passphrase (or altered)
inline constexpr const char* kErrorKeyWeak = "sync.error.key_weak";              // the rule of core/rules/passphrase.hpp
inline constexpr const char* kErrorKeyMemory = "sync.error.key_memory";          // Argon2id could not run

struct TeamKeyFile {
  std::optional<std::string> text;  // the file, when made
  std::string error_key;            // otherwise why not
};
// Refuses a passphrase the set-up screen would refuse (too short or weak).
TeamKeyFile export_team_key(const storage::SecretKey& key, std::string_view passphrase, storage::KdfParams kdf,
                            const storage::RandomFill& random);

struct ImportedTeamKey {
  std::optional<storage::SecretKey> key;
  std::string error_key;
  std::string detail;
};
ImportedTeamKey import_team_key(std::string_view text, std::string_view passphrase);

}  // namespace opp::sync
