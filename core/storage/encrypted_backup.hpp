// Encrypted backups: the backup document (docs/BACKUP_FORMAT.md) sealed under a passphrase, so
// a backup file kept on a shared drive or a memory stick reads as nothing without it.
//
// The file is JSON, so it is recognised and refused like any other backup:
//   {"format":"oppfolging-encrypted-backup","version":1,
//    "kdf":{"algorithm":"argon2id13","opslimit":3,"memlimit":67108864,"salt":"<32 hex>"},
//    "nonce":"<48 hex>","ciphertext":"<base64 of the sealed backup document>"}
// The key is derived from the passphrase with Argon2id (the vault's default cost); the document
// is sealed with XChaCha20-Poly1305, the format, version and KDF fields as associated data.
// See docs/ENCRYPTION.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/storage/crypto.hpp"

namespace opp::storage {

inline constexpr std::string_view kEncryptedBackupFormat = "oppfolging-encrypted-backup";

// nullopt when the key derivation could not run (out of memory).
std::optional<std::string> encrypt_backup(std::string_view backup_json, std::string_view passphrase,
                                          KdfParams kdf = kDefaultKdf, const RandomFill& random = system_random());

// A cheap look at the start of the text: does it claim to be an encrypted backup?
bool is_encrypted_backup(std::string_view text);

enum class DecryptStatus { Ok, WrongPassphrase, Malformed, KdfFailed };
struct DecryptedBackup {
  DecryptStatus status = DecryptStatus::Malformed;
  std::string json;    // the backup document, when Ok
  std::string detail;  // what is malformed
};
// A wrong passphrase and a damaged file both say WrongPassphrase (the seal cannot tell them apart).
DecryptedBackup decrypt_backup(std::string_view text, std::string_view passphrase);

}  // namespace opp::storage
