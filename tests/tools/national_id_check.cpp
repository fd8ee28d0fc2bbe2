// Reads identity numbers, one per line, and prints 1 (valid) or 0 for each: our validator, for
// the peer comparison with NAV's reference validator (tests/e2e/national_id_peer.test.mjs).
#include <iostream>
#include <string>

#include "core/rules/national_id.hpp"

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  std::string out;
  while (std::getline(std::cin, line)) out += opp::is_valid_national_id(line) ? "1\n" : "0\n";
  std::cout << out;
  return 0;
}
