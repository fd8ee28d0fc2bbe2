// Writes a synthetic caseload (core/synthetic/caseload.hpp) as a backup file the app restores
// (Settings → Gjenopprett fra sikkerhetskopi): make_caseload PERSONS [SEED] > caseload.json
#include <charconv>
#include <cstdio>
#include <string_view>

#include "core/codec/json_codec.hpp"
#include "core/synthetic/caseload.hpp"

namespace {

template <typename T>
bool parse(std::string_view text, T& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

}  // namespace

int main(int argc, char** argv) {
  opp::synthetic::CaseloadSpec spec;
  if (argc < 2 || argc > 3 || !parse(argv[1], spec.persons) || spec.persons < 0 ||
      (argc == 3 && !parse(argv[2], spec.seed))) {
    std::fprintf(stderr, "usage: make_caseload PERSONS [SEED] > caseload.json\n"
                         "  PERSONS  how many invented persons (e.g. 1000, 10000, 100000)\n"
                         "  SEED     a whole number; the same seed gives the same caseload (default 1)\n");
    return 2;
  }
  const std::string json = opp::to_backup_json(opp::synthetic::generate_caseload(spec));
  if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0) {
    std::perror("make_caseload: writing the backup");
    return 1;
  }
  return 0;
}
