// Case-insensitive search over UTF-8 names with Norwegian letters.
#include "core/text/search.hpp"

#include <gtest/gtest.h>

namespace opp {
namespace {

TEST(FoldCase, LowersAsciiAndNorwegianLetters) {
  EXPECT_EQ(fold_case("KLARA ØVREÅS"), "klara øvreås");
  EXPECT_EQ(fold_case("ÆØÅ æøå"), "æøå æøå");
  EXPECT_EQ(fold_case("Ég ÄÖÜ"), "ég äöü");
}

TEST(FoldCase, KeepsOtherTextAndInvalidBytesUnchanged) {
  EXPECT_EQ(fold_case("× 123 – €"), "× 123 – €");
  const std::string invalid = "a\xC3";  // a truncated two-byte sequence
  EXPECT_EQ(fold_case(invalid), invalid);
  EXPECT_EQ(fold_case(""), "");
}

TEST(ContainsFolded, MatchesRegardlessOfCase) {
  EXPECT_TRUE(contains_folded("Klara Øvreås", "øVR"));
  EXPECT_TRUE(contains_folded("Klara Øvreås", "ÅS"));
  EXPECT_TRUE(contains_folded("Kinn", ""));
  EXPECT_FALSE(contains_folded("Klara Øvreås", "ovre"));  // ø is not o
  EXPECT_FALSE(contains_folded("", "a"));
}

}  // namespace
}  // namespace opp
