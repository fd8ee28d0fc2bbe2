// IdMap: the tables' open-addressing index from Id to a value.
#include "core/domain/id_map.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace opp {
namespace {

TEST(IdMap, EmptyFindsNothing) {
  const IdMap<int> map;
  EXPECT_EQ(map.find(0), nullptr);
  EXPECT_EQ(map.find(42), nullptr);
  EXPECT_EQ(map.size(), 0u);
}

TEST(IdMap, TheFirstValueOfAKeyStays) {
  IdMap<std::string> map;
  const auto [first, added] = map.try_emplace(7, "sju");
  EXPECT_TRUE(added);
  EXPECT_EQ(*first, "sju");
  const auto [again, added_again] = map.try_emplace(7, "annen");
  EXPECT_FALSE(added_again);
  EXPECT_EQ(*again, "sju");
  EXPECT_EQ(map.size(), 1u);
  // kNoId (0) and the largest id are keys like any other.
  map.try_emplace(kNoId, "null");
  map.try_emplace(~Id{0}, "maks");
  EXPECT_EQ(*map.find(kNoId), "null");
  EXPECT_EQ(*map.find(~Id{0}), "maks");
  EXPECT_EQ(map.size(), 3u);
}

TEST(IdMap, AgreesWithStdMapThroughGrowthAndClear) {
  // Device-prefixed counters (as the app makes them), random ids and colliding low bits.
  std::mt19937_64 random(5);
  IdMap<std::size_t> map;
  std::map<Id, std::size_t> expected;
  for (std::size_t i = 0; i < 50000; ++i) {
    const Id id = i % 3 == 0 ? make_id(static_cast<DeviceId>(i % 5), static_cast<std::uint32_t>(i))
                  : i % 3 == 1 ? random() % 20000
                               : (random() % 64) << 40;
    const bool inserted = expected.emplace(id, i).second;
    EXPECT_EQ(map.try_emplace(id, i).second, inserted);
  }
  ASSERT_EQ(map.size(), expected.size());
  for (const auto& [id, value] : expected) {
    const std::size_t* found = map.find(id);
    ASSERT_NE(found, nullptr) << id;
    EXPECT_EQ(*found, value);
  }
  for (Id id = 20000; id < 21000; ++id) {
    if (!expected.contains(id)) EXPECT_EQ(map.find(id), nullptr);
  }
  map.clear();
  EXPECT_EQ(map.size(), 0u);
  EXPECT_EQ(map.find(expected.begin()->first), nullptr);
  map.reserve(1000);
  map.try_emplace(3, 4);
  EXPECT_EQ(*map.find(3), 4u);
}

}  // namespace
}  // namespace opp
