// Tests for the audit trail query: newest first, by person, by author, name or type, folded.
#include "core/queries/audit.hpp"

#include <gtest/gtest.h>

namespace opp::queries {
namespace {

Store store_with_trail() {
  Store store;
  Person klara;
  klara.id = 10;
  klara.name = "Klara Øvreås";
  store.persons.push_back(klara);
  Person morten;
  morten.id = 11;
  morten.name = "Morten Lie";
  store.persons.push_back(morten);
  auto add = [&store](std::uint64_t seq, const char* author, const char* type, Id subject) {
    AuditEntry e;
    e.seq = seq;
    e.author = author;
    e.command_type = type;
    e.subject = subject;
    store.audit.push_back(e);
  };
  add(1, "Kari Nordmann", "create_person", 10);
  add(2, "Kari Nordmann", "create_person", 11);
  add(3, "Åse Berg", "add_goal", 10);
  add(4, "Åse Berg", "add_practitioner", kNoId);
  return store;
}

TEST(AuditQuery, NewestFirstAndByPerson) {
  const Store store = store_with_trail();
  EXPECT_EQ(audit_rows(store, {}), (std::vector<std::size_t>{3, 2, 1, 0}));
  EXPECT_EQ(audit_rows(store, {10, ""}), (std::vector<std::size_t>{2, 0}));
  EXPECT_EQ(audit_rows(store, {12, ""}), (std::vector<std::size_t>{}));
}

TEST(AuditQuery, TextMatchesAuthorPersonNameOrTypeWhateverTheCase) {
  const Store store = store_with_trail();
  EXPECT_EQ(audit_rows(store, {kNoId, "åse"}), (std::vector<std::size_t>{3, 2}));
  EXPECT_EQ(audit_rows(store, {kNoId, "ØVREÅS"}), (std::vector<std::size_t>{2, 0}));
  EXPECT_EQ(audit_rows(store, {kNoId, "practitioner"}), (std::vector<std::size_t>{3}));
  EXPECT_EQ(audit_rows(store, {11, "kari"}), (std::vector<std::size_t>{1}));
  EXPECT_EQ(audit_rows(store, {kNoId, "ingen slik"}), (std::vector<std::size_t>{}));
}

}  // namespace
}  // namespace opp::queries
