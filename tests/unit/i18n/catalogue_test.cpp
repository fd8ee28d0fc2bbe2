// The translation catalogue: complete in all three languages, and covering every message key
// the core can report.
#include "core/i18n/catalogue.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace opp {
namespace {

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> found;
  const std::regex re("\\{[0-9]\\}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

TEST(Catalogue, EveryEntryHasAllThreeLanguagesAndTheSamePlaceholders) {
  std::set<std::string> keys;
  for (const CatalogueEntry& e : catalogue_entries()) {
    SCOPED_TRACE(e.key);
    EXPECT_TRUE(keys.insert(e.key).second) << "duplicate key";
    EXPECT_STRNE(e.nb, "");
    EXPECT_STRNE(e.nn, "");
    EXPECT_STRNE(e.en, "");
    EXPECT_EQ(placeholders(e.nb), placeholders(e.nn));
    EXPECT_EQ(placeholders(e.nb), placeholders(e.en));
  }
  EXPECT_GT(keys.size(), 50u);
}

TEST(Catalogue, LooksUpByLanguageAndReturnsTheKeyWhenMissing) {
  const Catalogue catalogue;
  EXPECT_STREQ(catalogue.text(Language::Bokmal, "nav.settings"), "Innstillinger");
  EXPECT_STREQ(catalogue.text(Language::Nynorsk, "nav.settings"), "Innstillingar");
  EXPECT_STREQ(catalogue.text(Language::English, "nav.settings"), "Settings");
  EXPECT_STREQ(catalogue.text(Language::English, "no.such.key"), "no.such.key");
  EXPECT_FALSE(catalogue.contains("no.such.key"));
}

TEST(Catalogue, NavigationHasAllFiveViews) {
  const Catalogue catalogue;
  for (const char* key : {"nav.intake", "nav.board", "nav.psfs", "nav.evaluation", "nav.settings"}) {
    EXPECT_TRUE(catalogue.contains(key)) << key;
  }
}

TEST(LanguageCode, RoundTripsAndRefusesUnknownCodes) {
  for (const Language l : {Language::Bokmal, Language::Nynorsk, Language::English}) {
    Language parsed = Language::English;
    ASSERT_TRUE(parse_language_code(language_code(l), parsed));
    EXPECT_EQ(parsed, l);
  }
  Language unchanged = Language::Nynorsk;
  EXPECT_FALSE(parse_language_code("sv", unchanged));
  EXPECT_FALSE(parse_language_code("", unchanged));
  EXPECT_EQ(unchanged, Language::Nynorsk);
}

TEST(FormatText, FillsNumberedPlaceholdersAndLeavesOthers) {
  EXPECT_EQ(format_text("{0} er registrert.", {"Klara Øvreås"}), "Klara Øvreås er registrert.");
  EXPECT_EQ(format_text("{1} før {0}", {"a", "b"}), "b før a");
  EXPECT_EQ(format_text("{2} {x} {", {"a"}), "{2} {x} {");
}

#ifdef OPP_SOURCE_DIR
// Every error key the core can report (a string literal "error.…", "import.error.…",
// "storage.error.…" in core/) must have a text, or the user would see the bare key.
TEST(Catalogue, CoversEveryMessageKeyTheCoreReports) {
  const Catalogue catalogue;
  const std::regex key_re("\"((?:import\\.|storage\\.)?error\\.[a-z_.]+)\"");
  int found = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(OPP_SOURCE_DIR) + "/core")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (auto it = std::sregex_iterator(s.begin(), s.end(), key_re); it != std::sregex_iterator(); ++it) {
      ++found;
      EXPECT_TRUE(catalogue.contains((*it)[1].str())) << (*it)[1].str() << " in " << entry.path();
    }
  }
  EXPECT_GT(found, 20);
}
#endif

}  // namespace
}  // namespace opp
