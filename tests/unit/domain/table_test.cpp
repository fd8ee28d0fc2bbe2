// Tables: look-up by id and by person without scanning, and an index that cannot go stale.
#include "core/domain/table.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/domain/model.hpp"

namespace opp {
namespace {

Consent consent(Id id, Id person, ConsentKind kind) { return Consent{id, person, kind, "", Date{}, std::nullopt}; }

std::vector<Id> ids_of(const Table<Consent>::PersonRange& range) {
  std::vector<Id> ids;
  for (const Consent& c : range) ids.push_back(c.id);
  return ids;
}

TEST(Table, FindsByIdAndByPersonInTableOrder) {
  Table<Consent> table;
  table.push_back(consent(10, 1, ConsentKind::Referral));
  table.push_back(consent(11, 2, ConsentKind::Sharing));
  table.push_back(consent(12, 1, ConsentKind::Sharing));
  ASSERT_NE(table.find(12), nullptr);
  EXPECT_EQ(table.find(12)->person, 1u);
  EXPECT_EQ(table.find(99), nullptr);
  EXPECT_EQ(ids_of(table.of_person(1)), (std::vector<Id>{10, 12}));
  EXPECT_EQ(ids_of(table.of_person(2)), (std::vector<Id>{11}));
  EXPECT_EQ(table.of_person(3).size(), 0u);
  EXPECT_EQ(table.positions_of(1), (std::vector<std::size_t>{0, 2}));
  EXPECT_TRUE(table.positions_of(3).empty());
}

TEST(Table, AssignRebuildsBothIndexes) {
  Table<Consent> table;
  table.push_back(consent(1, 1, ConsentKind::Referral));
  table.assign({consent(5, 7, ConsentKind::Referral), consent(6, 7, ConsentKind::Sharing)});
  EXPECT_EQ(table.find(1), nullptr);
  EXPECT_EQ(table.find(6)->kind, ConsentKind::Sharing);
  EXPECT_EQ(ids_of(table.of_person(7)), (std::vector<Id>{5, 6}));
  EXPECT_EQ(table.of_person(1).size(), 0u);
}

TEST(Table, AnIdEditedInPlaceNeverFindsTheWrongRecord) {
  Table<Consent> table;
  table.push_back(consent(1, 1, ConsentKind::Referral));
  table.push_back(consent(2, 1, ConsentKind::Sharing));
  table[0].id = 42;  // against the rules (ids never change), as a test building an odd store might
  EXPECT_EQ(table.find(1), nullptr);  // the stale slot is noticed, and the index rebuilt…
  ASSERT_NE(table.find(42), nullptr);  // …so the record is found under its new id
  EXPECT_EQ(table.find(42)->kind, ConsentKind::Referral);
  EXPECT_EQ(table.find(2)->kind, ConsentKind::Sharing);
}

TEST(Table, EqualityComparesTheRecordsOnly) {
  Table<Consent> a, b;
  a.push_back(consent(1, 1, ConsentKind::Referral));
  b.assign({consent(1, 1, ConsentKind::Referral)});
  (void)b.find(1);
  EXPECT_EQ(a, b);
  b[0].kind = ConsentKind::Sharing;
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace opp
