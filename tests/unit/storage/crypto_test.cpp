// Tests for crypto: sealed files open only with their key and name, the key file wraps the data
// key under the passphrase, and a key file and a sealed file written by this version keep opening.
#include "core/storage/crypto.hpp"

#include <gtest/gtest.h>

#include <sodium.h>

namespace opp::storage {
namespace {

// Deterministic "random" bytes: 1, 2, 3, … per call sequence, so outputs can be written out.
RandomFill counting_random() {
  auto next = std::make_shared<unsigned char>(0);
  return [next](std::span<unsigned char> out) {
    for (unsigned char& b : out) b = ++*next;
  };
}

SecretKey key_of(unsigned char fill) {
  SecretKey key;
  std::fill(key.data(), key.data() + SecretKey::kBytes, fill);
  return key;
}

std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out += digits[static_cast<unsigned char>(c) >> 4];
    out += digits[static_cast<unsigned char>(c) & 15];
  }
  return out;
}

std::string unhex(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
    out += static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16));
  }
  return out;
}

TEST(Crypto, LibsodiumStarts) { EXPECT_TRUE(crypto_ready()); }

TEST(Crypto, ASealedFileOpensWithItsKeyAndNameOnly) {
  const SecretKey key = key_of(7);
  const std::string plain = R"({"name":"Klara Øvreås","national_id":"01010012345"})";
  const std::string sealed = seal(key, "snapshot-000001.json", plain, system_random());
  EXPECT_TRUE(is_sealed(sealed));
  EXPECT_EQ(sealed.size(), 8 + 24 + plain.size() + 16);
  EXPECT_EQ(sealed.find("Klara"), std::string::npos);
  EXPECT_EQ(sealed.find("01010012345"), std::string::npos);
  EXPECT_EQ(open_sealed(key, "snapshot-000001.json", sealed), plain);
  EXPECT_EQ(open_sealed(key, "snapshot-000002.json", sealed), std::nullopt);  // another name
  EXPECT_EQ(open_sealed(key_of(8), "snapshot-000001.json", sealed), std::nullopt);  // another key
  EXPECT_EQ(open_sealed(key, "snapshot-000001.json", plain), std::nullopt);  // not sealed
  EXPECT_EQ(open_sealed(key, "snapshot-000001.json", sealed.substr(0, 40)), std::nullopt);  // cut short
  // Every single flipped bit anywhere is noticed.
  for (std::size_t i = 8; i < sealed.size(); ++i) {
    std::string damaged = sealed;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
    EXPECT_EQ(open_sealed(key, "snapshot-000001.json", damaged), std::nullopt) << "byte " << i;
  }
}

TEST(Crypto, TwoSealsOfTheSameTextDiffer) {
  const SecretKey key = key_of(7);
  EXPECT_NE(seal(key, "a.json", "same", system_random()), seal(key, "a.json", "same", system_random()));
}

TEST(Crypto, AnEmptyFileSealsAndOpens) {
  const SecretKey key = key_of(1);
  EXPECT_EQ(open_sealed(key, "draft-x.json", seal(key, "draft-x.json", "", system_random())), std::string());
}

TEST(Crypto, KeysAreWipedWhenMovedFrom) {
  SecretKey a = key_of(9);
  SecretKey b = std::move(a);
  EXPECT_TRUE(b.equals(key_of(9)));
  EXPECT_TRUE(a.equals(key_of(0)));  // NOLINT(bugprone-use-after-move): the point of the test
  b.wipe();
  EXPECT_TRUE(b.equals(key_of(0)));
}

TEST(CryptoKeyFile, TheDataKeyUnwrapsWithThePassphraseOnly) {
  const SecretKey data_key = SecretKey::generate(system_random());
  const std::optional<KeyFile> file = wrap_key(data_key, "ein lang passordfrase", kTestKdf, system_random());
  ASSERT_TRUE(file.has_value());
  Unwrapped right = unwrap_key(*file, "ein lang passordfrase");
  ASSERT_EQ(right.status, UnwrapStatus::Ok);
  EXPECT_TRUE(right.key->equals(data_key));
  EXPECT_EQ(unwrap_key(*file, "ein lang passordfrasE").status, UnwrapStatus::WrongPassphrase);
  EXPECT_EQ(unwrap_key(*file, "").status, UnwrapStatus::WrongPassphrase);
}

TEST(CryptoKeyFile, EncodesAndDecodesAndLoweringTheCostMakesItUnusable) {
  const SecretKey data_key = key_of(3);
  std::optional<KeyFile> file = wrap_key(data_key, "passord med æøå", KdfParams{2, 16 * 1024}, counting_random());
  ASSERT_TRUE(file.has_value());
  file->migrating = true;
  std::string error;
  const std::optional<KeyFile> decoded = decode_key_file(encode_key_file(*file), error);
  ASSERT_TRUE(decoded.has_value()) << error;
  EXPECT_EQ(decoded->kdf, file->kdf);
  EXPECT_EQ(decoded->salt, file->salt);
  EXPECT_EQ(decoded->nonce, file->nonce);
  EXPECT_EQ(decoded->wrapped, file->wrapped);
  EXPECT_TRUE(decoded->migrating);
  EXPECT_TRUE(unwrap_key(*decoded, "passord med æøå").key->equals(data_key));

  KeyFile cheaper = *decoded;
  cheaper.kdf.opslimit = 1;
  EXPECT_EQ(unwrap_key(cheaper, "passord med æøå").status, UnwrapStatus::WrongPassphrase);
  KeyFile other_salt = *decoded;
  other_salt.salt[0] ^= 1;
  EXPECT_EQ(unwrap_key(other_salt, "passord med æøå").status, UnwrapStatus::WrongPassphrase);
}

TEST(CryptoKeyFile, RefusesWhatIsNotAUsableKeyFile) {
  const std::string good = encode_key_file(*wrap_key(key_of(1), "passordfrase", kTestKdf, counting_random()));
  auto refused = [](const std::string& text) {
    std::string error;
    const bool was_refused = !decode_key_file(text, error).has_value();
    EXPECT_FALSE(error.empty()) << text;
    return was_refused;
  };
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
  };
  EXPECT_TRUE(refused(""));
  EXPECT_TRUE(refused("not json"));
  EXPECT_TRUE(refused("[]"));
  EXPECT_TRUE(refused(replace("\"oppfolging-key\"", "\"oppfolging-backup\"")));
  EXPECT_TRUE(refused(replace("\"version\": 1", "\"version\": 2")));
  EXPECT_TRUE(refused(replace("argon2id13", "argon2i13")));
  EXPECT_TRUE(refused(replace("\"opslimit\": 1", "\"opslimit\": 0")));
  EXPECT_TRUE(refused(replace("\"memlimit\": 8192", "\"memlimit\": 100")));
  EXPECT_TRUE(refused(replace("\"memlimit\": 8192", "\"memlimit\": \"8192\"")));
  EXPECT_TRUE(refused(replace("\"salt\": \"", "\"salt\": \"zz")));
  EXPECT_TRUE(refused(replace("\"nonce\": \"", "\"nonce\": \"00")));
  EXPECT_TRUE(refused(replace("\"migrating\": false", "\"migrating\": 0")));
  std::string error;
  EXPECT_TRUE(decode_key_file(good, error).has_value()) << error;
}

// Written by this version (counting random bytes, the test cost, passphrase below) and checked
// in as text: every later version must open them. Argon2id, XChaCha20-Poly1305 and the layout
// are all in these bytes.
constexpr const char* kKeyFileV1 = R"({
  "format": "oppfolging-key",
  "version": 1,
  "kdf": {
    "algorithm": "argon2id13",
    "opslimit": 1,
    "memlimit": 8192,
    "salt": "0102030405060708090a0b0c0d0e0f10"
  },
  "data_key": {
    "nonce": "1112131415161718191a1b1c1d1e1f202122232425262728",
    "ciphertext": "@WRAPPED@"
  },
  "migrating": false
}
)";

constexpr const char* kWrappedV1 =
    "dac613a7558c23aa81fa38451795180a950ca0734ff33c15c346c3a3a567490590e597ca9945229702448681738ed5d8";
constexpr const char* kSealedV1 =
    "4f5050454e4330310102030405060708090a0b0c0d0e0f101112131415161718908164ff55992d8a809523a83d8789c5a17006fe61303ba8fcfb2130cafc06578d";

TEST(CryptoKeyFile, AKeyFileAndASealedFileOfVersionOneKeepOpening) {
  const std::string passphrase = "Kinn kommune 2026";
  const SecretKey data_key = key_of(0x42);
  std::optional<KeyFile> file = wrap_key(data_key, passphrase, kTestKdf, counting_random());
  ASSERT_TRUE(file.has_value());
  const std::string encoded = encode_key_file(*file);
  std::string expected = kKeyFileV1;
  expected.replace(expected.find("@WRAPPED@"), 9, kWrappedV1);
  EXPECT_EQ(encoded, expected);  // the format and the derivation have not changed

  std::string error;
  const std::optional<KeyFile> decoded = decode_key_file(expected, error);
  ASSERT_TRUE(decoded.has_value()) << error;
  Unwrapped unwrapped = unwrap_key(*decoded, passphrase);
  ASSERT_EQ(unwrapped.status, UnwrapStatus::Ok);
  ASSERT_TRUE(unwrapped.key->equals(data_key));
  EXPECT_EQ(open_sealed(*unwrapped.key, "device.json", unhex(kSealedV1)), R"({"device":737377})");
  EXPECT_EQ(hex(seal(data_key, "device.json", R"({"device":737377})", counting_random())), kSealedV1);
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

// Sealed a slice at a time, the bytes are exactly seal()'s (same key, name and nonce), for
// lengths around the 64-byte block and the 16-byte padding, and any slice size.
TEST(Crypto, SealingInStepsGivesExactlyTheBytesOfSeal) {
  SecretKey key;
  std::fill(key.data(), key.data() + SecretKey::kBytes, 0x5a);
  for (const std::size_t length : {0u, 1u, 15u, 16u, 17u, 63u, 64u, 65u, 1000u, 70000u}) {
    std::string plain(length, '\0');
    for (std::size_t i = 0; i < length; ++i) plain[i] = static_cast<char>('a' + i % 26);
    for (const std::string associated : {std::string(), std::string("snapshot-000007.json")}) {
      const std::string expected = seal(key, associated, plain, [](std::span<unsigned char> out) {
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<unsigned char>(i * 7 + 1);
      });
      for (const std::size_t slice : {64u, 100u, 4096u}) {
        SealInSteps sealer(key, associated, plain, [](std::span<unsigned char> out) {
          for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<unsigned char>(i * 7 + 1);
        });
        int steps = 0;
        while (!sealer.step(slice)) ASSERT_LT(++steps, 10000);
        const std::string sealed = sealer.take();
        EXPECT_EQ(sealed, expected) << length << " bytes, slice " << slice;
        EXPECT_EQ(open_sealed(key, associated, sealed), plain);
      }
    }
  }
}

}  // namespace
}  // namespace opp::storage
