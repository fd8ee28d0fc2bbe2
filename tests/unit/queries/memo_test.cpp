// The memo behind queries::Caseload: a result is reused for the same arguments at the same
// version, computed again when either changes, and stays where it is meanwhile.
#include "core/queries/memo.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace opp::queries {
namespace {

struct Counts {
  int squares = 0, total = 0, greeting = 0, a = 0, b = 0, c = 0;
};

class MemoTest : public ::testing::Test {
 protected:
  // The numbers 0 … n−1 squared, as a query that takes an argument.
  const std::vector<int>& squares(int n) {
    return memo.get(&Counts::squares, std::tie(n), [&] {
      std::vector<int> out;
      for (int i = 0; i < n; ++i) out.push_back(i * i);
      return out;
    });
  }
  // A query computed from another, as the board is from the index.
  const int& total(int n) {
    return memo.get(&Counts::total, std::tie(n), [&] {
      const std::vector<int>& s = squares(n);
      return std::accumulate(s.begin(), s.end(), 0);
    });
  }
  std::uint64_t version = 1;
  Memo<Counts> memo{[this] { return version; }};
};

TEST_F(MemoTest, TheSameArgumentsAtTheSameVersionAreComputedOnce) {
  const std::vector<int>* first = &squares(4);
  for (int frame = 0; frame < 10; ++frame) EXPECT_EQ(&squares(4), first);
  EXPECT_EQ(*first, (std::vector<int>{0, 1, 4, 9}));
  EXPECT_EQ(memo.rebuilds().squares, 1);
}

TEST_F(MemoTest, ANewVersionComputesAgain) {
  squares(3);
  ++version;  // a view committed a change: the next call must not see the old result
  squares(3);
  EXPECT_EQ(memo.rebuilds().squares, 2);
  squares(3);
  EXPECT_EQ(memo.rebuilds().squares, 2);
}

TEST_F(MemoTest, OtherArgumentsComputeAgainAndOnlyTheLatestIsKept) {
  EXPECT_EQ(squares(2).size(), 2u);
  EXPECT_EQ(squares(5).size(), 5u);
  EXPECT_EQ(memo.rebuilds().squares, 2);
  EXPECT_EQ(squares(2).size(), 2u);  // back to the first: computed again
  EXPECT_EQ(memo.rebuilds().squares, 3);
}

TEST_F(MemoTest, QueriesAreKeptApart) {
  EXPECT_EQ(total(4), 14);
  EXPECT_EQ(squares(4).size(), 4u);  // computed inside total(4), and kept
  EXPECT_EQ(memo.rebuilds().total, 1);
  EXPECT_EQ(memo.rebuilds().squares, 1);
  EXPECT_EQ(total(4), 14);
  ++version;
  EXPECT_EQ(total(4), 14);
  EXPECT_EQ(memo.rebuilds().total, 2);
  EXPECT_EQ(memo.rebuilds().squares, 2);
}

// A string_view argument is kept as its text: the caller's buffer may change or go away.
TEST_F(MemoTest, KeepsACopyOfTheArguments) {
  const auto greet = [&](std::string_view name) -> const std::string& {
    return memo.get(&Counts::greeting, std::tie(name), [&] { return "Hei, " + std::string(name); });
  };
  std::string typed = "Kari";
  EXPECT_EQ(greet(typed), "Hei, Kari");
  typed = "Nils";
  EXPECT_EQ(greet(std::string("Kari")), "Hei, Kari");
  EXPECT_EQ(memo.rebuilds().greeting, 1);
  EXPECT_EQ(greet(typed), "Hei, Nils");
  EXPECT_EQ(memo.rebuilds().greeting, 2);
}

// What a view holds from one query stays valid while other queries are computed (and, the first
// time, make room for their results), until the version changes.
TEST_F(MemoTest, AResultStaysWhereItIsUntilTheVersionChanges) {
  const std::vector<int>& held = squares(1000);
  for (int Counts::*query : {&Counts::a, &Counts::b, &Counts::c}) {
    EXPECT_EQ(memo.get(query, std::tie(), [] { return std::vector<int>(1000, 7); }).size(), 1000u);
  }
  EXPECT_EQ(held.size(), 1000u);
  EXPECT_EQ(held[999], 999 * 999);
  EXPECT_EQ(&squares(1000), &held);
  EXPECT_EQ(memo.rebuilds().squares, 1);
}

}  // namespace
}  // namespace opp::queries
