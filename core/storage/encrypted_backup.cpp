// Encrypted backups (encrypted_backup.hpp).
#include "core/storage/encrypted_backup.hpp"

#include <sodium.h>

#include <array>

#include "core/codec/json_text.hpp"

namespace opp::storage {

namespace {

constexpr int kVersion = 1;
constexpr std::string_view kKdfName = "argon2id13";
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;

std::string associated(std::uint64_t opslimit, std::size_t memlimit, const std::string& salt_hex) {
  return std::string(kEncryptedBackupFormat) + "|" + std::to_string(kVersion) + "|" + std::string(kKdfName) + "|" +
         std::to_string(opslimit) + "|" + std::to_string(memlimit) + "|" + salt_hex;
}

}  // namespace

std::optional<std::string> encrypt_backup(std::string_view backup_json, std::string_view passphrase, KdfParams kdf,
                                          const RandomFill& random) {
  if (!crypto_ready()) return std::nullopt;
  std::array<unsigned char, kSaltBytes> salt{};
  std::array<unsigned char, kNonceBytes> nonce{};
  random(salt);
  random(nonce);
  SecretKey key;
  if (!kdf_in_range(kdf) || !derive_key(key, passphrase, salt, kdf)) return std::nullopt;
  const std::string salt_hex = to_hex(salt);
  const std::string ad = associated(kdf.opslimit, kdf.memlimit, salt_hex);
  std::string sealed(backup_json.size() + kTagBytes, '\0');
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      reinterpret_cast<unsigned char*>(sealed.data()), &written, reinterpret_cast<const unsigned char*>(backup_json.data()),
      backup_json.size(), reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, nonce.data(), key.data());
  std::string base64(sodium_base64_encoded_len(sealed.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(base64.data(), base64.size(), reinterpret_cast<const unsigned char*>(sealed.data()), sealed.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  base64.pop_back();  // the terminating NUL
  codec::Json out = {
      {"format", kEncryptedBackupFormat},
      {"version", kVersion},
      {"kdf", {{"algorithm", kKdfName}, {"opslimit", kdf.opslimit}, {"memlimit", kdf.memlimit}, {"salt", salt_hex}}},
      {"nonce", to_hex(nonce)},
      {"ciphertext", std::move(base64)},
  };
  return out.dump() + "\n";
}

bool is_encrypted_backup(std::string_view text) {
  const std::string_view head = text.substr(0, 200);
  return head.find(std::string("\"format\":\"") + std::string(kEncryptedBackupFormat) + "\"") != std::string_view::npos;
}

DecryptedBackup decrypt_backup(std::string_view text, std::string_view passphrase) {
  DecryptedBackup result;
  auto malformed = [&result](std::string detail) {
    result.status = DecryptStatus::Malformed;
    result.detail = std::move(detail);
    return result;
  };
  if (!crypto_ready()) return malformed("no cryptography available");
  const codec::Json json = codec::parse_json(text);
  if (json.is_discarded() || !json.is_object()) return malformed("not JSON");
  if (json.value("format", std::string()) != kEncryptedBackupFormat) return malformed("format");
  const auto version = json.find("version");
  if (version == json.end() || !version->is_number_integer() || *version != kVersion) return malformed("version");
  const auto kdf = json.find("kdf");
  if (kdf == json.end() || !kdf->is_object() || kdf->value("algorithm", std::string()) != kKdfName) return malformed("kdf");
  const auto ops = kdf->find("opslimit");
  const auto mem = kdf->find("memlimit");
  if (ops == kdf->end() || !ops->is_number_unsigned() || mem == kdf->end() || !mem->is_number_unsigned()) {
    return malformed("kdf cost");
  }
  const KdfParams params{ops->get<std::uint64_t>(), mem->get<std::size_t>()};
  if (!kdf_in_range(params)) return malformed("kdf cost out of range");
  const std::string salt_hex = kdf->value("salt", std::string());
  std::array<unsigned char, kSaltBytes> salt{};
  std::array<unsigned char, kNonceBytes> nonce{};
  if (!from_hex(salt_hex, salt) || !from_hex(json.value("nonce", std::string()), nonce)) {
    return malformed("salt or nonce");
  }
  const auto cipher = json.find("ciphertext");
  if (cipher == json.end() || !cipher->is_string()) return malformed("ciphertext");
  const std::string& base64 = cipher->get_ref<const std::string&>();
  std::string sealed(base64.size() / 4 * 3 + 3, '\0');
  std::size_t sealed_size = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(sealed.data()), sealed.size(), base64.data(), base64.size(),
                        nullptr, &sealed_size, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      sealed_size < kTagBytes) {
    return malformed("ciphertext is not base64");
  }
  SecretKey key;
  if (!derive_key(key, passphrase, salt, params)) {
    result.status = DecryptStatus::KdfFailed;
    return result;
  }
  const std::string ad = associated(params.opslimit, params.memlimit, salt_hex);
  result.json.assign(sealed_size - kTagBytes, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(result.json.data()), &written, nullptr,
                                                 reinterpret_cast<const unsigned char*>(sealed.data()), sealed_size,
                                                 reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nonce.data(),
                                                 key.data()) != 0) {
    result.json.clear();
    result.status = DecryptStatus::WrongPassphrase;
    return result;
  }
  result.status = DecryptStatus::Ok;
  return result;
}

}  // namespace opp::storage
