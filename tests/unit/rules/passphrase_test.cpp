// Tests for the passphrase rule: length counts in characters, and the documented thresholds.
#include "core/rules/passphrase.hpp"

#include <gtest/gtest.h>

namespace opp {
namespace {

TEST(Passphrase, TooShortBelowTenCharactersCountingLettersNotBytes) {
  EXPECT_EQ(passphrase_strength(""), PassphraseStrength::TooShort);
  EXPECT_EQ(passphrase_strength("Abc123!?x"), PassphraseStrength::TooShort);  // 9
  EXPECT_EQ(passphrase_strength("æøåÆØÅæøå"), PassphraseStrength::TooShort);  // 9 letters, 18 bytes
  EXPECT_EQ(passphrase_strength("æøåÆØÅæøåx"), PassphraseStrength::Fair);     // 10, two kinds
}

TEST(Passphrase, WeakWhenRepetitiveOrOneKindAndShort) {
  EXPECT_EQ(passphrase_strength("aaaaaaaaaaaaaaaaaaaa"), PassphraseStrength::Weak);  // 1 distinct
  EXPECT_EQ(passphrase_strength("abababababababab1"), PassphraseStrength::Weak);    // 3 distinct
  EXPECT_EQ(passphrase_strength("passordxyz"), PassphraseStrength::Weak);           // letters only, 10
  EXPECT_EQ(passphrase_strength("1234567890123"), PassphraseStrength::Weak);        // digits only, 13
  EXPECT_FALSE(passphrase_acceptable(PassphraseStrength::Weak));
  EXPECT_FALSE(passphrase_acceptable(PassphraseStrength::TooShort));
}

TEST(Passphrase, FairAndStrong) {
  EXPECT_EQ(passphrase_strength("korteordmangeord"), PassphraseStrength::Fair);      // 16, one kind
  EXPECT_EQ(passphrase_strength("Passord123"), PassphraseStrength::Fair);            // 10, three kinds
  EXPECT_EQ(passphrase_strength("Passord12345"), PassphraseStrength::Strong);        // 12, three kinds
  EXPECT_EQ(passphrase_strength("hest batteri stift"), PassphraseStrength::Strong);  // 18, two kinds
  EXPECT_TRUE(passphrase_acceptable(PassphraseStrength::Fair));
  EXPECT_TRUE(passphrase_acceptable(PassphraseStrength::Strong));
}

}  // namespace
}  // namespace opp
