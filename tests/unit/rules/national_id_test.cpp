// Tests for Norwegian identity numbers: check digits (both rules), kinds, possible birth date, masking.
// Only synthetic numbers (month + 80) or numbers born in the future (2039) are used: never a real person's.
#include <gtest/gtest.h>

#include "core/rules/national_id.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

TEST(NationalId, AcceptsSyntheticNumberWithClassicCheckDigits) {
  const std::string id = synthetic_id(15, 3, 75);
  ASSERT_FALSE(id.empty());
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->kind, NationalIdKind::Synthetic);
  EXPECT_EQ(info->rule, ControlRule::Classic);
  EXPECT_EQ(info->day, 15u);
  EXPECT_EQ(info->month, 3u);
  EXPECT_EQ(info->year_digits, 75u);
  EXPECT_EQ(info->possible_birth_date, ymd(1975, 3, 15));
  EXPECT_TRUE(is_valid_national_id(id));
}

// Numbers written out, their check digits computed by hand from Skatteetaten's weights
// (3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2), not by the helper above that shares the code's
// table: synthetic numbers (month + 80) and numbers of persons born in 2039.
TEST(NationalId, KnownValidNumbersWrittenOut) {
  struct Known {
    const char* digits;
    NationalIdKind kind;
    ControlRule rule;
    Date birth;
  };
  const Known known[] = {
      {"15837510047", NationalIdKind::Synthetic, ControlRule::Classic, ymd(1975, 3, 15)},
      {"01924920110", NationalIdKind::Synthetic, ControlRule::Classic, ymd(1949, 12, 1)},
      {"55033950097", NationalIdKind::DNumber, ControlRule::Classic, ymd(2039, 3, 15)},
      {"15433950086", NationalIdKind::HNumber, ControlRule::Classic, ymd(2039, 3, 15)},
      {"15033950184", NationalIdKind::BirthNumber, ControlRule::Classic, ymd(2039, 3, 15)},
      {"55837510030", NationalIdKind::SyntheticDNumber, ControlRule::Classic, ymd(1975, 3, 15)},
      {"15837530080", NationalIdKind::Synthetic, ControlRule::From2032, ymd(1975, 3, 15)},  // remainder 1
      {"15837530099", NationalIdKind::Synthetic, ControlRule::From2032, ymd(1975, 3, 15)},  // remainder 2
      {"15837530188", NationalIdKind::Synthetic, ControlRule::From2032, ymd(1975, 3, 15)},  // remainder 3
  };
  for (const Known& k : known) {
    const auto info = parse_national_id(k.digits);
    ASSERT_TRUE(info.has_value()) << k.digits;
    EXPECT_EQ(info->kind, k.kind) << k.digits;
    EXPECT_EQ(info->rule, k.rule) << k.digits;
    EXPECT_EQ(info->possible_birth_date, k.birth) << k.digits;
    // Any other last digit is wrong.
    for (char last = '0'; last <= '9'; ++last) {
      std::string other = k.digits;
      if (other.back() == last) continue;
      other.back() = last;
      EXPECT_FALSE(is_valid_national_id(other)) << other;
    }
  }
  EXPECT_FALSE(is_valid_national_id("15837510048"));
}

TEST(NationalId, RejectsWrongCheckDigits) {
  const std::string id = synthetic_id(15, 3, 75);
  for (int position : {9, 10}) {
    std::string wrong = id;
    wrong[position] = static_cast<char>('0' + (wrong[position] - '0' + 1) % 10);
    EXPECT_FALSE(is_valid_national_id(wrong)) << wrong;
  }
  // A changed date digit breaks both checks.
  std::string changed = id;
  changed[0] = changed[0] == '1' ? '2' : '1';
  EXPECT_FALSE(is_valid_national_id(changed));
}

TEST(NationalId, RejectsWrongShape) {
  const std::string id = synthetic_id(15, 3, 75);
  EXPECT_FALSE(is_valid_national_id(""));
  EXPECT_FALSE(is_valid_national_id(id.substr(0, 10)));
  EXPECT_FALSE(is_valid_national_id(id + "0"));
  EXPECT_FALSE(is_valid_national_id(id.substr(0, 6) + " " + id.substr(6)));
  EXPECT_FALSE(is_valid_national_id("1503758123a"));
}

TEST(NationalId, Rule2032AcceptsRemaindersOneToThree) {
  for (int remainder = 1; remainder <= 3; ++remainder) {
    const std::string id = first_valid_id(15, 83, 75, 100, remainder);
    ASSERT_FALSE(id.empty());
    const auto info = parse_national_id(id);
    ASSERT_TRUE(info.has_value()) << id;
    EXPECT_EQ(info->rule, ControlRule::From2032);
    EXPECT_EQ(info->kind, NationalIdKind::Synthetic);
  }
}

TEST(NationalId, Rule2032RejectsRemainderFourAndAbove) {
  for (int remainder = 4; remainder <= 10; ++remainder) {
    const std::string id = first_valid_id(15, 83, 75, 100, remainder);
    ASSERT_FALSE(id.empty());
    EXPECT_FALSE(is_valid_national_id(id)) << id << " remainder " << remainder;
  }
}

TEST(NationalId, Rule2032StillChecksK2) {
  std::string id = first_valid_id(15, 83, 75, 100, 2);
  id[10] = static_cast<char>('0' + (id[10] - '0' + 1) % 10);
  EXPECT_FALSE(is_valid_national_id(id));
}

TEST(NationalId, ClassicRuleRejectsK1OfTen) {
  // K1 would have to be 10: no digit makes remainder 0, so the classic rule must refuse every variant.
  for (unsigned individual = 100; individual < 200; ++individual) {
    if (!make_id(15, 83, 75, individual, 0).empty()) continue;
    char nine[16];
    std::snprintf(nine, sizeof nine, "158375%03u", individual);
    int found = 0;
    for (char k1 = '0'; k1 <= '9'; ++k1) {
      for (char k2 = '0'; k2 <= '9'; ++k2) {
        const std::string id = std::string(nine) + k1 + k2;
        const auto info = parse_national_id(id);
        if (info && info->rule == ControlRule::Classic) ++found;
      }
    }
    EXPECT_EQ(found, 0) << nine;
  }
}

TEST(NationalId, DNumber) {
  const std::string id = first_valid_id(15 + 40, 3, 39, 900);  // born 15.03.2039: not a real person
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value()) << id;
  EXPECT_EQ(info->kind, NationalIdKind::DNumber);
  EXPECT_EQ(info->day, 15u);
  EXPECT_EQ(info->possible_birth_date, ymd(2039, 3, 15));
}

TEST(NationalId, HNumber) {
  const std::string id = first_valid_id(15, 3 + 40, 39, 900);
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value()) << id;
  EXPECT_EQ(info->kind, NationalIdKind::HNumber);
  EXPECT_EQ(info->month, 3u);
  EXPECT_EQ(info->possible_birth_date, ymd(2039, 3, 15));
}

TEST(NationalId, OrdinaryBirthNumber) {
  const std::string id = first_valid_id(31, 12, 39, 900);
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value()) << id;
  EXPECT_EQ(info->kind, NationalIdKind::BirthNumber);
  EXPECT_EQ(info->possible_birth_date, ymd(2039, 12, 31));
}

TEST(NationalId, SyntheticDNumber) {
  const std::string id = first_valid_id(15 + 40, 3 + 80, 75, 100);
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value()) << id;
  EXPECT_EQ(info->kind, NationalIdKind::SyntheticDNumber);
  EXPECT_EQ(info->day, 15u);
  EXPECT_EQ(info->month, 3u);
}

TEST(NationalId, DAndHNumberAtOnce) {
  // Day + 40 and month + 40: NAV's reference validator accepts these ("dnrAndHnr"), so do we.
  const std::string id = first_valid_id(15 + 40, 3 + 40, 39, 900);
  const auto info = parse_national_id(id);
  ASSERT_TRUE(info.has_value()) << id;
  EXPECT_EQ(info->kind, NationalIdKind::DAndHNumber);
  EXPECT_EQ(info->day, 15u);
  EXPECT_EQ(info->month, 3u);
  EXPECT_FALSE(is_valid_national_id(first_valid_id(31 + 40, 2 + 40, 39, 900)));  // 31 February still refused
}

TEST(NationalId, RejectsInvalidDatePart) {
  EXPECT_FALSE(is_valid_national_id(first_valid_id(31, 2 + 80, 75, 100)));   // 31 February
  EXPECT_FALSE(is_valid_national_id(first_valid_id(0, 3 + 80, 75, 100)));    // day 0
  EXPECT_FALSE(is_valid_national_id(first_valid_id(15, 13 + 80, 75, 100)));  // month 13
  EXPECT_FALSE(is_valid_national_id(first_valid_id(15, 0, 75, 100)));        // month 0
  EXPECT_FALSE(is_valid_national_id(first_valid_id(32, 1 + 80, 75, 100)));   // day 32
}

TEST(NationalId, LeapDayDependsOnTheTwoDigitYearOnly) {
  // The number does not fix the century (2032 rule), so 29.02.00 is valid: it may be 2000. The
  // classic reading of individual number 100 (1900, not a leap year) gives no possible date.
  const auto old_range = parse_national_id(first_valid_id(29, 2 + 80, 0, 100));
  ASSERT_TRUE(old_range.has_value());
  EXPECT_FALSE(old_range->possible_birth_date.has_value());
  const auto info = parse_national_id(first_valid_id(29, 2 + 80, 0, 500));  // 2000: a leap year
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->possible_birth_date, ymd(2000, 2, 29));
  EXPECT_FALSE(is_valid_national_id(first_valid_id(29, 2 + 80, 54, 100)));  // no year ending in 54 is a leap year
  EXPECT_TRUE(is_valid_national_id(first_valid_id(29, 2 + 80, 52, 100)));
}

TEST(NationalId, CenturyFromIndividualNumber) {
  struct Case {
    unsigned yy, from;
    std::optional<int> year;
  };
  const Case cases[] = {
      {75, 0, 1975},   {75, 400, 1975}, {60, 500, 1860}, {60, 700, 1860},       {10, 500, 2010},
      {10, 900, 2010}, {45, 900, 1945}, {45, 750, std::nullopt}, {45, 500, std::nullopt},
  };
  for (const Case& c : cases) {
    const std::string id = first_valid_id(1, 1 + 80, c.yy, c.from);
    const auto info = parse_national_id(id);
    ASSERT_TRUE(info.has_value()) << id;
    if (c.year) {
      EXPECT_EQ(info->possible_birth_date, ymd(*c.year, 1, 1)) << id;
    } else {
      EXPECT_FALSE(info->possible_birth_date.has_value()) << id;
    }
  }
}

TEST(NationalId, MatchesBirthDateOnDayMonthAndYearDigits) {
  const auto info = parse_national_id(synthetic_id(15, 3, 75));
  ASSERT_TRUE(info.has_value());
  EXPECT_TRUE(national_id_matches_birth_date(*info, ymd(1975, 3, 15)));
  EXPECT_TRUE(national_id_matches_birth_date(*info, ymd(2075, 3, 15)));  // the century is not compared
  EXPECT_FALSE(national_id_matches_birth_date(*info, ymd(1975, 3, 16)));
  EXPECT_FALSE(national_id_matches_birth_date(*info, ymd(1975, 4, 15)));
  EXPECT_FALSE(national_id_matches_birth_date(*info, ymd(1976, 3, 15)));
}

TEST(NationalId, Masking) {
  EXPECT_EQ(mask_national_id("15037512345"), "150375 *****");
  EXPECT_EQ(mask_national_id(""), "");
  EXPECT_EQ(mask_national_id("123"), "*****");
  EXPECT_EQ(mask_national_id("1503751234x"), "*****");
}

// Literal numbers from the list above: the check digits appended to the first nine.
TEST(NationalId, CompletesNineDigitsWithTheClassicCheckDigits) {
  EXPECT_EQ(complete_national_id("158375100"), "15837510047");
  EXPECT_EQ(complete_national_id("019249201"), "01924920110");
  EXPECT_EQ(complete_national_id("550339500"), "55033950097");
  EXPECT_EQ(complete_national_id("150339501"), "15033950184");
  EXPECT_EQ(complete_national_id("15837510"), std::nullopt);     // eight digits
  EXPECT_EQ(complete_national_id("1583751004"), std::nullopt);   // ten
  EXPECT_EQ(complete_national_id("15837510x"), std::nullopt);
  // Some nine digits have no classic K1 (it would be 10): at least one in a run of eleven.
  int without = 0;
  for (int individual = 100; individual < 111; ++individual) {
    const auto id = complete_national_id("158375" + std::to_string(individual));
    if (!id) ++without;
    else EXPECT_TRUE(is_valid_national_id(*id)) << *id;
  }
  EXPECT_GE(without, 1);
}

TEST(NationalId, NormalizeRemovesSpaces) {
  EXPECT_EQ(normalize_national_id(" 150375 12345 "), "15037512345");
}

}  // namespace
}  // namespace opp
