// Encryption at rest: the data key, sealed files and the passphrase-wrapped key file (libsodium).
//
// - Every stored file is sealed with one random 256-bit data key: XChaCha20-Poly1305 (IETF),
//   a fresh random 192-bit nonce per file, the file's name as associated data (so a file
//   cannot be passed off under another name unnoticed). See docs/ENCRYPTION.md.
// - The data key is kept only wrapped: sealed with a key derived from the passphrase by
//   Argon2id (libsodium's crypto_pwhash, ALG_ARGON2ID13) and a random salt. Changing the
//   passphrase rewraps the data key; the files are never re-encrypted.
// - The KDF's cost is stored with the wrapped key (and bound to it as associated data), so a
//   later version can raise it for new key files and still open old ones.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace opp::storage {

// Fills a buffer with random bytes. The default is libsodium's CSPRNG (the browser's
// crypto.getRandomValues in the web build); tests pass a deterministic one.
using RandomFill = std::function<void(std::span<unsigned char>)>;
RandomFill system_random();

// A 256-bit key, wiped when it goes away. Moves leave the source zeroed; never copied implicitly.
class SecretKey {
 public:
  static constexpr std::size_t kBytes = 32;
  SecretKey();
  ~SecretKey();
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;

  static SecretKey generate(const RandomFill& random);
  SecretKey clone() const;
  void wipe();

  unsigned char* data() { return bytes_.data(); }
  const unsigned char* data() const { return bytes_.data(); }
  bool equals(const SecretKey& other) const;

 private:
  std::array<unsigned char, kBytes> bytes_{};
};

// Argon2id cost. OWASP's minimum (Password Storage Cheat Sheet, 2024) is 19 MiB with 2 passes;
// the default is higher and still unlocks in well under a second in Chromium (see docs/ENCRYPTION.md).
struct KdfParams {
  std::uint64_t opslimit = 0;
  std::size_t memlimit = 0;  // bytes
  friend bool operator==(const KdfParams&, const KdfParams&) = default;
};
inline constexpr KdfParams kOwaspMinimumKdf{2, std::size_t{19} * 1024 * 1024};
inline constexpr KdfParams kDefaultKdf{3, std::size_t{64} * 1024 * 1024};
// The cheapest libsodium allows: only for tests (key files made with it open like any other).
inline constexpr KdfParams kTestKdf{1, std::size_t{8} * 1024};

// libsodium must be initialised once before use; every function here does it. False when the
// library cannot start (no secure random source): nothing can be encrypted then.
bool crypto_ready();

// Overwrites a string's bytes before clearing it (a passphrase, once used).
void wipe_string(std::string& text);

// Shared by the key file and encrypted backups.
std::string to_hex(std::span<const unsigned char> bytes);
bool from_hex(const std::string& hex, std::span<unsigned char> out);  // exactly out.size() bytes
bool kdf_in_range(const KdfParams& kdf);  // what a file may ask for: libsodium's minimum to 1 GiB, ≤ 64 passes
// Argon2id of `passphrase` with a 16-byte salt into `out`; false when it could not run (memory).
bool derive_key(SecretKey& out, std::string_view passphrase, std::span<const unsigned char, 16> salt, KdfParams kdf);

// --- Sealed files ---------------------------------------------------------------------------
// Layout: "OPPENC01" (8 bytes) · nonce (24) · ciphertext with its 16-byte tag.
inline constexpr std::string_view kSealedMagic = "OPPENC01";
bool is_sealed(std::string_view content);
std::string seal(const SecretKey& key, std::string_view associated, std::string_view plaintext, const RandomFill& random);
// The same sealed bytes as seal(), made a slice at a time (a 30 MB snapshot takes ~170 ms to seal
// in wasm: too long for one frame). XChaCha20 and Poly1305 are both incremental, so this is the
// very construction of crypto_aead_xchacha20poly1305_ietf_encrypt, spread out.
class SealInSteps {
 public:
  SealInSteps(const SecretKey& key, std::string_view associated, std::string plaintext, const RandomFill& random);
  ~SealInSteps();
  SealInSteps(const SealInSteps&) = delete;
  SealInSteps& operator=(const SealInSteps&) = delete;
  // Seals about `bytes` more bytes (a multiple of 64); true once the whole file is sealed.
  bool step(std::size_t bytes);
  std::string take() { return std::move(out_); }

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::string plain_;
  std::string out_;
  std::size_t done_ = 0;
  std::size_t associated_size_ = 0;
  bool finished_ = false;
};

// nullopt when the content is not sealed, damaged, or sealed with another key or name.
std::optional<std::string> open_sealed(const SecretKey& key, std::string_view associated, std::string_view sealed);

// --- The key file ---------------------------------------------------------------------------
struct KeyFile {
  KdfParams kdf;
  std::array<unsigned char, 16> salt{};
  std::array<unsigned char, 24> nonce{};
  std::string wrapped;     // the data key sealed with the passphrase key (32 + 16 bytes)
  bool migrating = false;  // plaintext files from before encryption may still be present
};

// JSON, small and plain: it holds nothing readable without the passphrase.
std::string encode_key_file(const KeyFile& file);
// nullopt with `error` set when the text is not a key file this version can use.
std::optional<KeyFile> decode_key_file(std::string_view text, std::string& error);

// Wraps `data_key` under `passphrase` with a fresh salt. nullopt when the KDF could not run
// (out of memory).
std::optional<KeyFile> wrap_key(const SecretKey& data_key, std::string_view passphrase, KdfParams kdf,
                                const RandomFill& random);

enum class UnwrapStatus { Ok, WrongPassphrase, KdfFailed };
struct Unwrapped {
  UnwrapStatus status = UnwrapStatus::WrongPassphrase;
  std::optional<SecretKey> key;
};
// A wrong passphrase and a tampered key file look the same: both say WrongPassphrase.
Unwrapped unwrap_key(const KeyFile& file, std::string_view passphrase);

}  // namespace opp::storage
