// CSV for a Norwegian Excel and decimal commas.
#include "core/text/csv.hpp"

#include <gtest/gtest.h>

namespace opp {
namespace {

TEST(Csv, BomSemicolonsCrlfAndQuotingWhereNeeded) {
  EXPECT_EQ(to_csv({{"Aktivitet", "03.02.2026"}, {"Gå i trapper; sakte", "4"}, {"Si \"hei\"", "ja\nnei"}}),
            "\xEF\xBB\xBF" "Aktivitet;03.02.2026\r\n\"Gå i trapper; sakte\";4\r\n\"Si \"\"hei\"\"\";\"ja\nnei\"\r\n");
  EXPECT_EQ(to_csv({}), "\xEF\xBB\xBF");
}

TEST(Csv, DecimalComma) {
  EXPECT_EQ(decimal_comma(4.4), "4,4");
  EXPECT_EQ(decimal_comma(6.8), "6,8");
  EXPECT_EQ(decimal_comma(10.0 / 3.0), "3,3");
  EXPECT_EQ(decimal_comma(2.25), "2,3");  // half away from zero
  EXPECT_EQ(decimal_comma(-0.04), "0,0");
  EXPECT_EQ(decimal_comma(12.0, 0), "12");
  EXPECT_EQ(signed_decimal_comma(2.4), "+2,4");
  EXPECT_EQ(signed_decimal_comma(-1.0), "-1,0");
  EXPECT_EQ(signed_decimal_comma(0.0), "0,0");
}

}  // namespace
}  // namespace opp
