// Encryption at rest with libsodium: sealed files and the passphrase-wrapped data key.
#include "core/storage/crypto.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>

#include "core/codec/json_text.hpp"

namespace opp::storage {

namespace {

constexpr std::string_view kKeyFileFormat = "oppfolging-key";
constexpr int kKeyFileVersion = 1;
constexpr std::string_view kKdfName = "argon2id13";
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(SecretKey::kBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(sizeof(KeyFile::nonce) == kNonceBytes);
static_assert(sizeof(KeyFile::salt) == crypto_pwhash_SALTBYTES);

const unsigned char* bytes(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

// The wrapped key is bound to the KDF's cost and salt, so lowering the stored cost (to make
// guessing cheaper) makes the key file unusable rather than weaker.
std::string wrap_associated(const KeyFile& file) {
  return std::string("oppfolging-key-v1|") + std::string(kKdfName) + "|" + std::to_string(file.kdf.opslimit) + "|" +
         std::to_string(file.kdf.memlimit) + "|" + to_hex(file.salt);
}

}  // namespace

std::string to_hex(std::span<const unsigned char> bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
  out.pop_back();
  return out;
}

bool from_hex(const std::string& hex, std::span<unsigned char> out) {
  if (hex.size() != out.size() * 2) return false;
  std::size_t written = 0;
  return sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, nullptr) == 0 &&
         written == out.size();
}

bool kdf_in_range(const KdfParams& kdf) {
  return kdf.opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && kdf.opslimit <= 64 &&
         kdf.memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && kdf.memlimit <= std::size_t{1024} * 1024 * 1024;
}

bool derive_key(SecretKey& out, std::string_view passphrase, std::span<const unsigned char, 16> salt, KdfParams kdf) {
  return crypto_ready() && crypto_pwhash(out.data(), SecretKey::kBytes, passphrase.data(), passphrase.size(), salt.data(),
                                         kdf.opslimit, kdf.memlimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

bool crypto_ready() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

RandomFill system_random() {
  return [](std::span<unsigned char> out) {
    crypto_ready();
    randombytes_buf(out.data(), out.size());
  };
}

void wipe_string(std::string& text) {
  sodium_memzero(text.data(), text.capacity());
  text.clear();
}

//-----------------------------------------------------------------------------
// SecretKey
//-----------------------------------------------------------------------------

SecretKey::SecretKey() = default;
SecretKey::~SecretKey() { wipe(); }
SecretKey::SecretKey(SecretKey&& other) noexcept : bytes_(other.bytes_) { other.wipe(); }
SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  if (this != &other) {
    bytes_ = other.bytes_;
    other.wipe();
  }
  return *this;
}
SecretKey SecretKey::generate(const RandomFill& random) {
  SecretKey key;
  random(key.bytes_);
  return key;
}
SecretKey SecretKey::clone() const {
  SecretKey key;
  key.bytes_ = bytes_;
  return key;
}
void SecretKey::wipe() { sodium_memzero(bytes_.data(), bytes_.size()); }
bool SecretKey::equals(const SecretKey& other) const {
  return sodium_memcmp(bytes_.data(), other.bytes_.data(), kBytes) == 0;
}

//-----------------------------------------------------------------------------
// Sealed files
//-----------------------------------------------------------------------------

bool is_sealed(std::string_view content) { return content.substr(0, kSealedMagic.size()) == kSealedMagic; }

std::string seal(const SecretKey& key, std::string_view associated, std::string_view plaintext, const RandomFill& random) {
  crypto_ready();
  std::string out(kSealedMagic.size() + kNonceBytes + plaintext.size() + kTagBytes, '\0');
  std::copy(kSealedMagic.begin(), kSealedMagic.end(), out.begin());
  auto* nonce = reinterpret_cast<unsigned char*>(out.data() + kSealedMagic.size());
  random(std::span<unsigned char>(nonce, kNonceBytes));
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, bytes(plaintext), plaintext.size(),
                                             bytes(associated), associated.size(), nullptr, nonce, key.data());
  return out;
}

// libsodium's aead_xchacha20poly1305_ietf_encrypt: an HChaCha20 subkey and a 12-byte nonce of
// four zero bytes and the nonce's last eight, block 0 of ChaCha20-IETF keys Poly1305, the
// plaintext is XORed from block 1, and Poly1305 covers the associated data, the ciphertext (each
// padded to 16 bytes) and both lengths.
struct SealInSteps::State {
  unsigned char subkey[crypto_stream_chacha20_ietf_KEYBYTES];
  unsigned char nonce12[crypto_stream_chacha20_ietf_NONCEBYTES];
  crypto_onetimeauth_poly1305_state poly;
  std::size_t header = 0;  // magic + nonce
  ~State() {
    sodium_memzero(subkey, sizeof subkey);
    sodium_memzero(&poly, sizeof poly);
  }
};

SealInSteps::SealInSteps(const SecretKey& key, std::string_view associated, std::string plaintext, const RandomFill& random)
    : state_(std::make_unique<State>()), plain_(std::move(plaintext)) {
  crypto_ready();
  static const unsigned char kZeros[16] = {0};
  out_.assign(kSealedMagic.size() + kNonceBytes + plain_.size() + kTagBytes, '\0');
  std::copy(kSealedMagic.begin(), kSealedMagic.end(), out_.begin());
  auto* nonce = reinterpret_cast<unsigned char*>(out_.data() + kSealedMagic.size());
  random(std::span<unsigned char>(nonce, kNonceBytes));
  state_->header = kSealedMagic.size() + kNonceBytes;
  crypto_core_hchacha20(state_->subkey, nonce, key.data(), nullptr);
  std::memset(state_->nonce12, 0, 4);
  std::memcpy(state_->nonce12 + 4, nonce + crypto_core_hchacha20_INPUTBYTES, 8);
  unsigned char block0[64] = {0};
  crypto_stream_chacha20_ietf(block0, sizeof block0, state_->nonce12, state_->subkey);
  crypto_onetimeauth_poly1305_init(&state_->poly, block0);
  sodium_memzero(block0, sizeof block0);
  crypto_onetimeauth_poly1305_update(&state_->poly, bytes(associated), associated.size());
  crypto_onetimeauth_poly1305_update(&state_->poly, kZeros, (0x10 - associated.size()) & 0xf);
  associated_size_ = associated.size();
}

SealInSteps::~SealInSteps() = default;

bool SealInSteps::step(std::size_t chunk) {
  if (finished_) return true;
  chunk = std::max<std::size_t>(64, chunk / 64 * 64);
  const std::size_t n = std::min(chunk, plain_.size() - done_);
  auto* cipher = reinterpret_cast<unsigned char*>(out_.data() + state_->header + done_);
  if (n > 0) {
    crypto_stream_chacha20_ietf_xor_ic(cipher, bytes(plain_) + done_, n, state_->nonce12,
                                       static_cast<std::uint32_t>(1 + done_ / 64), state_->subkey);
    crypto_onetimeauth_poly1305_update(&state_->poly, cipher, n);
    done_ += n;
  }
  if (done_ < plain_.size()) return false;
  static const unsigned char kZeros[16] = {0};
  crypto_onetimeauth_poly1305_update(&state_->poly, kZeros, (0x10 - plain_.size()) & 0xf);
  unsigned char lengths[16];
  const std::uint64_t ad = associated_size_, m = plain_.size();
  for (int i = 0; i < 8; ++i) {
    lengths[i] = static_cast<unsigned char>(ad >> (8 * i));
    lengths[8 + i] = static_cast<unsigned char>(m >> (8 * i));
  }
  crypto_onetimeauth_poly1305_update(&state_->poly, lengths, sizeof lengths);
  crypto_onetimeauth_poly1305_final(&state_->poly,
                                    reinterpret_cast<unsigned char*>(out_.data() + state_->header + plain_.size()));
  sodium_memzero(plain_.data(), plain_.size());
  plain_.clear();
  finished_ = true;
  return true;
}

std::optional<std::string> open_sealed(const SecretKey& key, std::string_view associated, std::string_view sealed) {
  crypto_ready();
  if (!is_sealed(sealed) || sealed.size() < kSealedMagic.size() + kNonceBytes + kTagBytes) return std::nullopt;
  const unsigned char* nonce = bytes(sealed) + kSealedMagic.size();
  const std::size_t cipher_size = sealed.size() - kSealedMagic.size() - kNonceBytes;
  std::string plain(cipher_size - kTagBytes, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
                                                 nonce + kNonceBytes, cipher_size, bytes(associated), associated.size(),
                                                 nonce, key.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

//-----------------------------------------------------------------------------
// The key file
//-----------------------------------------------------------------------------

std::string encode_key_file(const KeyFile& file) {
  codec::Json json = {
      {"format", kKeyFileFormat},
      {"version", kKeyFileVersion},
      {"kdf",
       {{"algorithm", kKdfName},
        {"opslimit", file.kdf.opslimit},
        {"memlimit", file.kdf.memlimit},
        {"salt", to_hex(file.salt)}}},
      {"data_key",
       {{"nonce", to_hex(file.nonce)},
        {"ciphertext", to_hex(std::span<const unsigned char>(bytes(file.wrapped), file.wrapped.size()))}}},
      {"migrating", file.migrating},
  };
  return json.dump(2) + "\n";
}

std::optional<KeyFile> decode_key_file(std::string_view text, std::string& error) {
  const codec::Json json = codec::parse_json(text);
  if (json.is_discarded() || !json.is_object()) {
    error = "the key file is not JSON";
    return std::nullopt;
  }
  if (json.value("format", std::string()) != kKeyFileFormat) {
    error = "not a key file (format)";
    return std::nullopt;
  }
  const auto version = json.find("version");
  if (version == json.end() || !version->is_number_integer() || *version != kKeyFileVersion) {
    error = "key file version not supported";
    return std::nullopt;
  }
  const auto kdf = json.find("kdf");
  const auto data_key = json.find("data_key");
  if (kdf == json.end() || !kdf->is_object() || data_key == json.end() || !data_key->is_object()) {
    error = "key file incomplete";
    return std::nullopt;
  }
  KeyFile file;
  const auto ops = kdf->find("opslimit");
  const auto mem = kdf->find("memlimit");
  if (kdf->value("algorithm", std::string()) != kKdfName || ops == kdf->end() || !ops->is_number_unsigned() ||
      mem == kdf->end() || !mem->is_number_unsigned()) {
    error = "key file: unknown key derivation";
    return std::nullopt;
  }
  file.kdf = KdfParams{ops->get<std::uint64_t>(), mem->get<std::size_t>()};
  if (!kdf_in_range(file.kdf)) {
    error = "key file: key derivation cost out of range";
    return std::nullopt;
  }
  std::array<unsigned char, SecretKey::kBytes + kTagBytes> wrapped{};
  if (!from_hex(kdf->value("salt", std::string()), file.salt) ||
      !from_hex(data_key->value("nonce", std::string()), file.nonce) ||
      !from_hex(data_key->value("ciphertext", std::string()), wrapped)) {
    error = "key file: salt, nonce or wrapped key malformed";
    return std::nullopt;
  }
  file.wrapped.assign(reinterpret_cast<const char*>(wrapped.data()), wrapped.size());
  const auto migrating = json.find("migrating");
  if (migrating != json.end()) {
    if (!migrating->is_boolean()) {
      error = "key file: migrating is not true or false";
      return std::nullopt;
    }
    file.migrating = migrating->get<bool>();
  }
  return file;
}

std::optional<KeyFile> wrap_key(const SecretKey& data_key, std::string_view passphrase, KdfParams kdf,
                                const RandomFill& random) {
  if (!crypto_ready() || !kdf_in_range(kdf)) return std::nullopt;
  KeyFile file;
  file.kdf = kdf;
  random(file.salt);
  random(file.nonce);
  SecretKey passphrase_key;
  if (!derive_key(passphrase_key, passphrase, file.salt, file.kdf)) return std::nullopt;
  const std::string associated = wrap_associated(file);
  file.wrapped.assign(SecretKey::kBytes + kTagBytes, '\0');
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(file.wrapped.data()), &written,
                                             data_key.data(), SecretKey::kBytes, bytes(associated), associated.size(),
                                             nullptr, file.nonce.data(), passphrase_key.data());
  return file;
}

Unwrapped unwrap_key(const KeyFile& file, std::string_view passphrase) {
  Unwrapped result;
  if (!crypto_ready() || file.wrapped.size() != SecretKey::kBytes + kTagBytes) return result;
  SecretKey passphrase_key;
  if (!derive_key(passphrase_key, passphrase, file.salt, file.kdf)) {
    result.status = UnwrapStatus::KdfFailed;
    return result;
  }
  const std::string associated = wrap_associated(file);
  SecretKey data_key;
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(data_key.data(), &written, nullptr, bytes(file.wrapped),
                                                 file.wrapped.size(), bytes(associated), associated.size(),
                                                 file.nonce.data(), passphrase_key.data()) != 0) {
    return result;
  }
  result.status = UnwrapStatus::Ok;
  result.key = std::move(data_key);
  return result;
}

}  // namespace opp::storage
