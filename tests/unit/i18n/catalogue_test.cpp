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
#include <vector>

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

// The keys the app and the core use, found in the sources. A key is always written out whole,
// so a scan finds every one:
//   tr("…") (every literal in the call, e.g. both sides of a ternary), heading/note/section/
//   button/primary_button(ui, "…"), text_key("…") where a key is stored for later, `return "…";`
//   in app/ (the label_key functions), the core's error keys, and the form helper's derived
//   keys: Form f(ui, "scope", …) with f.text/date/multiline/submit("name") gives "scope.name",
//   and a NewPassphrase drawn into f, p.draw(ui, f[, "name"]), "scope.name" and "scope.confirm".
struct KeyUse {
  std::string key;
  std::string file;
};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::filesystem::path> sources() {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {"/app", "/core"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(OPP_SOURCE_DIR) + dir)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".cpp" || ext == ".hpp") &&
          entry.path().string().find("/i18n/strings/") == std::string::npos) {
        files.push_back(entry.path());
      }
    }
  }
  return files;
}

std::vector<KeyUse> keys_in_sources() {
  std::vector<KeyUse> uses;
  const std::regex literal("\"([^\"\\\\]*)\"");
  const std::regex tr_call("\\btr\\(([^;]*?)\\)[ ,;)]");
  const std::regex helper_call("\\b(?:heading|note|section|button|primary_button)\\(\\s*ui_?,\\s*\"([^\"]+)\"");
  const std::regex marked("\\btext_key\\(\"([^\"]+)\"\\)");
  const std::regex returned("\\breturn \"([a-z_]+(?:\\.[a-z0-9_]+)+)\";");
  const std::regex core_error("\"((?:import\\.|storage\\.|sync\\.)?error\\.[a-z_.]+)\"");
  const std::regex form_decl("\\bForm (\\w+)\\(ui_?, \"([^\"]+)\"");
  for (const auto& path : sources()) {
    const std::string s = read_file(path);
    const std::string file = path.filename().string();
    const auto each = [&](const std::regex& re, int group, auto&& f) {
      for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) f((*it)[group].str());
    };
    each(tr_call, 1, [&](const std::string& args) {
      for (auto it = std::sregex_iterator(args.begin(), args.end(), literal); it != std::sregex_iterator(); ++it) {
        uses.push_back({(*it)[1].str(), file});
      }
    });
    each(helper_call, 1, [&](const std::string& key) { uses.push_back({key, file}); });
    each(marked, 1, [&](const std::string& key) { uses.push_back({key, file}); });
    if (path.string().find("/app/") != std::string::npos) {
      each(returned, 1, [&](const std::string& key) { uses.push_back({key, file}); });
    }
    each(core_error, 1, [&](const std::string& key) { uses.push_back({key, file}); });
    for (auto it = std::sregex_iterator(s.begin(), s.end(), form_decl); it != std::sregex_iterator(); ++it) {
      const std::string var = (*it)[1].str();
      const std::string scope = (*it)[2].str();
      const std::regex field("\\b" + var + "\\.(?:text|password|date|multiline|submit|checkbox|scale)\\(\"([^\"]+)\"");
      for (auto f = std::sregex_iterator(s.begin(), s.end(), field); f != std::sregex_iterator(); ++f) {
        uses.push_back({scope + "." + (*f)[1].str(), file});
        uses.push_back({scope + "." + (*f)[1].str() + ".hint", file + " (optional hint)"});
      }
      // A passphrase typed twice drawn into the form (app/widgets/passphrase.hpp): its field
      // ("passphrase" unless named) and "confirm".
      const std::regex twice("\\.draw\\(ui_?, " + var + "(?:, \"([^\"]+)\")?");
      for (auto f = std::sregex_iterator(s.begin(), s.end(), twice); f != std::sregex_iterator(); ++f) {
        const std::string name = (*f)[1].matched ? (*f)[1].str() : "passphrase";
        uses.push_back({scope + "." + name, file});
        uses.push_back({scope + ".confirm", file});
      }
    }
  }
  return uses;
}

TEST(Catalogue, EveryKeyTheAppAndCoreUseExistsInAllThreeLanguages) {
  const Catalogue catalogue;
  const std::vector<KeyUse> uses = keys_in_sources();
  EXPECT_GT(uses.size(), 150u);
  for (const KeyUse& use : uses) {
    if (use.file.find("(optional hint)") != std::string::npos) continue;
    EXPECT_TRUE(catalogue.contains(use.key)) << use.key << " in " << use.file;
  }
}

TEST(Catalogue, EveryKeyInTheCatalogueIsUsed) {
  std::set<std::string> used;
  for (const KeyUse& use : keys_in_sources()) used.insert(use.key);
  for (const CatalogueEntry& e : catalogue_entries()) EXPECT_TRUE(used.count(e.key)) << e.key << " is never used";
}

TEST(Catalogue, NoKeyIsBuiltByConcatenation) {
  // tr() gets a whole key: a literal, a variable holding one (from text_key or a label_key
  // function), never an expression that glues pieces together.
  const std::regex glued("\\btr\\([^;]*\"[a-z_.]*\"\\s*\\+|\\btr\\([^;()]*\\+\\s*\"");
  // The check itself catches both ways of gluing.
  EXPECT_TRUE(std::regex_search(std::string("ui.tr(\"language.name.\" + code)"), glued));
  EXPECT_TRUE(std::regex_search(std::string("ui.tr(name + \".title\")"), glued));
  EXPECT_FALSE(std::regex_search(std::string("ui.tr(\"nav.menu\") + std::string(\" \")"), glued));
  for (const auto& path : sources()) {
    const std::string s = read_file(path);
    EXPECT_FALSE(std::regex_search(s, glued)) << path;
  }
}
#endif

}  // namespace
}  // namespace opp

namespace opp {
namespace {

// Decodes UTF-8 (the catalogue is valid UTF-8; a bad byte gives U+FFFD, which no range holds).
std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > text.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t c = n == 1 ? b : b & (0xFF >> (n + 1));
    for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

bool in_ranges(const unsigned short* ranges, char32_t c) {
  if (c == '\n') return true;
  for (std::size_t i = 0; ranges[i] != 0; i += 2) {
    if (c >= ranges[i] && c <= ranges[i + 1]) return true;
  }
  return false;
}

// The first frame's atlas holds kCatalogueGlyphRanges only: every text must be drawn by it.
TEST(Catalogue, EveryTextIsDrawnByTheFirstFramesFont) {
  for (const CatalogueEntry& e : catalogue_entries()) {
    for (const char* text : {e.nb, e.nn, e.en}) {
      for (const char32_t c : code_points(text)) {
        EXPECT_TRUE(in_ranges(kCatalogueGlyphRanges, c))
            << e.key << ": U+" << std::hex << static_cast<unsigned>(c) << " has no glyph";
      }
    }
  }
}

TEST(Catalogue, TheFirstFramesGlyphsAreAPartOfTheFullFont) {
  for (std::size_t i = 0; kCatalogueGlyphRanges[i] != 0; i += 2) {
    for (char32_t c = kCatalogueGlyphRanges[i]; c <= kCatalogueGlyphRanges[i + 1]; ++c) {
      EXPECT_TRUE(in_ranges(kUiGlyphRanges, c)) << "U+" << std::hex << static_cast<unsigned>(c);
    }
  }
  // The full font draws what names need beyond Latin-1: Sami and other Latin Extended-A letters.
  for (const char32_t c : {U'Š', U'Ŋ', U'Ŧ', U'Đ', U'Č', U'Ž', U'ł', U'ő'}) {
    EXPECT_TRUE(in_ranges(kUiGlyphRanges, c));
    EXPECT_FALSE(in_ranges(kCatalogueGlyphRanges, c));
  }
}

}  // namespace
}  // namespace opp
