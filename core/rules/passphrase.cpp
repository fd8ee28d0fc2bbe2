// Passphrase strength: the rule documented in passphrase.hpp.
#include "core/rules/passphrase.hpp"

#include <algorithm>
#include <set>

namespace opp {

PassphraseStrength passphrase_strength(std::string_view utf8) {
  int length = 0;
  bool lower = false, upper = false, digit = false, other = false;
  std::set<std::string_view> distinct;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    std::size_t n = 1;
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    n = std::min(n, utf8.size() - i);
    distinct.insert(utf8.substr(i, n));
    if (n == 1 && c >= 'a' && c <= 'z') lower = true;
    else if (n == 1 && c >= 'A' && c <= 'Z') upper = true;
    else if (n == 1 && c >= '0' && c <= '9') digit = true;
    else other = true;
    ++length;
    i += n;
  }
  const int kinds = int{lower} + int{upper} + int{digit} + int{other};
  if (length < kMinimumPassphraseLength) return PassphraseStrength::TooShort;
  if (distinct.size() < 5 || (kinds == 1 && length < 14)) return PassphraseStrength::Weak;
  if ((length >= 16 && kinds >= 2) || (length >= 12 && kinds >= 3)) return PassphraseStrength::Strong;
  if (length >= 12 || kinds >= 2) return PassphraseStrength::Fair;
  return PassphraseStrength::Weak;
}

}  // namespace opp
