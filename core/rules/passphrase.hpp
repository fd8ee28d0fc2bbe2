// How strong a passphrase is, for the hint on the set-up screen, and whether it may be used.
//
// A passphrase guards health data against someone who has copied the browser's storage and can
// guess offline (Argon2id makes each guess cost ~0.5 s, not make guessing impossible). Length
// counts most: several ordinary words beat a short jumble. The rule, in characters (code points):
//   TooShort  fewer than 10                                         — refused
//   Weak      10 or more, but fewer than 5 different characters, or
//             one kind of character only (all letters, all digits) and fewer than 14 — refused
//   Fair      12 or more; or 10–11 with at least two kinds           — accepted
//   Strong    16 or more with at least two kinds; or 12 or more with three kinds — accepted
// Kinds: lower-case letters, upper-case letters, digits, anything else (spaces, punctuation,
// letters outside ASCII such as æ ø å count as "anything else" for the lower/upper test).
#pragma once

#include <string_view>

namespace opp {

inline constexpr int kMinimumPassphraseLength = 10;

enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

PassphraseStrength passphrase_strength(std::string_view utf8);
inline bool passphrase_acceptable(PassphraseStrength strength) {
  return strength == PassphraseStrength::Fair || strength == PassphraseStrength::Strong;
}

}  // namespace opp
