// The municipality list and its search: complete, in Norwegian order, found as staff type.
#include "core/rules/municipalities.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/text/search.hpp"

namespace opp {
namespace {

std::string norwegian_key(std::string_view name) {
  std::string key = fold_case(name);
  // æ, ø, å come after z: map their UTF-8 second bytes (a6, b8, a5) to an order above 'z'.
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (static_cast<unsigned char>(key[i]) == 0xC3 && i + 1 < key.size()) {
      const auto next = static_cast<unsigned char>(key[i + 1]);
      out += next == 0xA6 ? '{' : next == 0xB8 ? '|' : next == 0xA5 ? '}' : 'e';
      ++i;
    } else {
      out += key[i];
    }
  }
  return out;
}

TEST(Municipalities, AllOf2024WithUniqueFourDigitNumbersInNorwegianOrder) {
  const auto all = municipalities();
  EXPECT_EQ(all.size(), 357u);
  std::set<std::string_view> numbers;
  for (const Municipality& m : all) {
    EXPECT_EQ(m.number.size(), 4u) << m.name;
    EXPECT_TRUE(numbers.insert(m.number).second) << m.number;
    EXPECT_FALSE(m.county.empty()) << m.name;
  }
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_LE(norwegian_key(all[i - 1].name), norwegian_key(all[i].name)) << all[i - 1].name << " / " << all[i].name;
  }
  EXPECT_EQ(all.back().name, "Åsnes");
}

TEST(Municipalities, ThePilotAndProjectMunicipalitiesAreThere) {
  for (const char* name : {"Lillestrøm", "Lørenskog", "Nordre Follo", "Ullensaker", "Suldal", "Kinn", "Senja",
                           "Steinkjer", "Asker", "Bø"}) {
    EXPECT_NE(find_municipality(name), nullptr) << name;
  }
  EXPECT_EQ(find_municipality("Lørenskog")->number, "3222");
  EXPECT_EQ(find_municipality("Bø")->county, "Nordland");  // Bø in Telemark is Midt-Telemark since 2020
}

TEST(Municipalities, SearchFindsWhatStaffTypeInAnyLetterCase) {
  auto hits = search_municipalities("lør", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0]->name, "Lørenskog");
  hits = search_municipalities("LØR", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0]->name, "Lørenskog");
  // A word inside the name: "follo" finds Nordre Follo.
  hits = search_municipalities("follo", 5);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->name, "Nordre Follo");
  // Prefix matches come before words, words before anything inside a name.
  hits = search_municipalities("os", 50);
  ASSERT_GE(hits.size(), 3u);
  EXPECT_EQ(hits[0]->name, "Os");
  // The Sami parallel name finds the municipality.
  hits = search_municipalities("guovda", 5);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]->name, "Kautokeino");
  // Digits search the number.
  for (const Municipality* m : search_municipalities("32", 100)) EXPECT_EQ(m->number.substr(0, 2), "32");
  EXPECT_EQ(search_municipalities("32", 100).size(), 21u);  // Akershus
  EXPECT_EQ(search_municipalities("", 6).size(), 6u);
  EXPECT_EQ(search_municipalities("zzz", 6).size(), 0u);
  EXPECT_EQ(search_municipalities("a", 3).size(), 3u);
}

TEST(Municipalities, FindIsExactAndRefusesAmbiguousNames) {
  EXPECT_EQ(find_municipality("  lørenskog ")->name, "Lørenskog");
  EXPECT_EQ(find_municipality("GUOVDAGEAIDNU")->name, "Kautokeino");
  EXPECT_EQ(find_municipality("Herøy"), nullptr);  // Møre og Romsdal and Nordland
  EXPECT_EQ(find_municipality("Våler"), nullptr);  // Østfold and Innlandet
  EXPECT_EQ(find_municipality("Lørensko"), nullptr);
  EXPECT_EQ(find_municipality("Atlantis"), nullptr);
  EXPECT_EQ(find_municipality(""), nullptr);
}

}  // namespace
}  // namespace opp
