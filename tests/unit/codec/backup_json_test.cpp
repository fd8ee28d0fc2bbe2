// Tests for the backup document: canonical round trip and every refusal.
#include <gtest/gtest.h>

#include "core/codec/json_codec.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

TEST(BackupJson, RoundTripsAPerson) {
  Store store;
  ASSERT_NE(run(store, CreatePerson{"Klara Nilsen", ymd(1949, 3, 2), "", "Kinn"}), kNoId);
  const std::string json = to_backup_json(store);
  const Decoded<Store> decoded = from_backup_json(json);
  ASSERT_TRUE(decoded.ok()) << decoded.error.message_key << " " << decoded.error.detail;
  EXPECT_EQ(*decoded.value, store);
  EXPECT_EQ(to_backup_json(*decoded.value), json);
}

}  // namespace
}  // namespace opp
