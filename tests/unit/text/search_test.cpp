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

TEST(FoldCase, LowersSamiLetters) {
  // North Sámi (Latin Extended-A), Skolt and Inari Sámi (Latin Extended-B), written out.
  EXPECT_EQ(fold_case("ÁČĐŊŠŦŽ"), "áčđŋšŧž");
  EXPECT_EQ(fold_case("ǤǦǨǮƷÂÄÕ"), "ǥǧǩǯʒâäõ");
  EXPECT_EQ(fold_case("ĹĽŁŃŇŔŚŹŻŸ"), "ĺľłńňŕśźżÿ");
  EXPECT_EQ(fold_case("čđŋšŧžǥǧǩǯʒ"), "čđŋšŧžǥǧǩǯʒ");  // small letters stay
  EXPECT_EQ(fold_case("ĸŉſ"), "ĸŉſ");                    // letters without a capital
  EXPECT_TRUE(contains_folded("Máret Ŋuolja Šávot", "ŋUOLJA šÁVOT"));
  EXPECT_TRUE(contains_folded("Ánte Ŧoađđu", "ŧOAĐĐU"));
  EXPECT_TRUE(contains_folded("Sijddá Ǩiõll", "ǩIÕLL"));
  EXPECT_FALSE(contains_folded("Ánte Ŧoađđu", "toaddu"));  // a different letter, not a case
}

}  // namespace
}  // namespace opp
