// The read side's caches: rebuilt only when the store's version changes, never stale.
#include "core/queries/caseload.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

TEST(Caseload, ReusesResultsUntilTheStoreChanges) {
  Ids ids;
  Store store = populated_store(&ids);
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  for (int frame = 0; frame < 100; ++frame) {
    caseload.person(ids.person, today());
    caseload.search("");
    caseload.search("kl");  // a filter being typed: one rebuild per change of text
  }
  EXPECT_EQ(caseload.rebuilds().index, 1);
  EXPECT_EQ(caseload.rebuilds().person, 1);
  EXPECT_EQ(caseload.rebuilds().search, 200);  // alternating filters: each call is a different text
  EXPECT_EQ(caseload.rebuilds().search_keys, 1);  // but the names are folded once

  run(store, AddRelayLogEntry{ids.person, ymd(2024, 2, 20), "Siri", RelayEntryKind::Measure, "Ny"});
  ++version;
  EXPECT_EQ(caseload.person(ids.person, today()).relay_log.size(), 2u);  // never stale after a change
  EXPECT_EQ(caseload.rebuilds().index, 2);
  caseload.person(ids.person, today());
  EXPECT_EQ(caseload.rebuilds().person, 2);
}

TEST(Caseload, SearchFindsAPersonRegisteredAfterTheLastSearch) {
  Store store;
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  run(store, CreatePerson{"Klara Øvreås", std::nullopt, "", "Kinn"});
  ++version;
  EXPECT_EQ(caseload.search("ø").size(), 1u);
  EXPECT_EQ(caseload.search("øv").size(), 1u);
  run(store, CreatePerson{"Øystein Åsen", std::nullopt, "", "Bremanger"});
  ++version;
  ASSERT_EQ(caseload.search("øv").size(), 1u);  // same filter, new store: searched again
  const std::vector<const Person*>& both = caseload.search("Ø");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[1]->name, "Øystein Åsen");
  EXPECT_EQ(caseload.rebuilds().search_keys, 2);
}

// Entering the search field folds the names once (every frame it is active calls this); the
// keystrokes that follow reuse them, and a change to the store makes the next call fold again.
TEST(Caseload, PrepareSearchFoldsOncePerVersionAndTheKeystrokesReuseIt) {
  Store store;
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  run(store, CreatePerson{"Klara Øvreås", std::nullopt, "", "Kinn"});
  for (int frame = 0; frame < 10; ++frame) caseload.prepare_search();
  EXPECT_EQ(caseload.rebuilds().search_keys, 1);
  EXPECT_EQ(caseload.search("øv").size(), 1u);
  EXPECT_EQ(caseload.search("øvr").size(), 1u);
  EXPECT_EQ(caseload.rebuilds().search_keys, 1);
  run(store, CreatePerson{"Øystein Åsen", std::nullopt, "", "Bremanger"});
  ++version;
  caseload.prepare_search();
  EXPECT_EQ(caseload.rebuilds().search_keys, 2);
  EXPECT_EQ(caseload.search("ø").size(), 2u);
  EXPECT_EQ(caseload.rebuilds().search_keys, 2);
}

TEST(Caseload, SameFilterEveryFrameIsComputedOnce) {
  Store store = populated_store();
  Caseload caseload(store, [] { return std::uint64_t{7}; });
  for (int frame = 0; frame < 50; ++frame) EXPECT_EQ(caseload.search("nilsen").size(), 1u);
  EXPECT_EQ(caseload.rebuilds().search, 1);
}

// Every cached query, through the one memo: kept for the same arguments, computed again for
// others (a filter, another day) and after a change, and where a view holds it until then.
TEST(Caseload, EveryQueryIsKeptPerArgumentsUntilTheStoreChanges) {
  Ids ids;
  Store store = populated_store(&ids);
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  const Date tomorrow = add_days(today(), 1);
  const auto ask = [&](const BoardFilter& board, const QueueFilter& queue, const EvaluationFilter& evaluation, Date day) {
    caseload.index();
    caseload.person(ids.person, day);
    caseload.search("nil");
    caseload.person_keys();
    caseload.queue(queue, day);
    caseload.board(board, day);
    caseload.psfs();
    caseload.evaluation(evaluation, day);
  };
  const Board& held = caseload.board({}, today());
  const std::size_t shown = held.shown;
  for (int frame = 0; frame < 3; ++frame) ask({}, {}, {}, today());
  const auto expect = [&](int index, int person, int search, int keys, int queue, int board, int psfs, int evaluation) {
    const Caseload::Rebuilds& r = caseload.rebuilds();
    EXPECT_EQ((std::vector<int>{r.index, r.person, r.search, r.search_keys, r.keys, r.queue, r.board, r.psfs, r.evaluation}),
              (std::vector<int>{index, person, search, search, keys, queue, board, psfs, evaluation}));
  };
  expect(1, 1, 1, 1, 1, 1, 1, 1);
  EXPECT_EQ(&caseload.board({}, today()), &held);  // the other queries did not move it
  EXPECT_EQ(held.shown, shown);

  BoardFilter kinn;
  kinn.municipality = "Kinn";
  QueueFilter everything;
  everything.all_statuses = true;
  EvaluationFilter suldal;
  suldal.municipality = "Suldal";
  ask(kinn, everything, suldal, today());  // other filters: only the filtered queries again
  expect(1, 1, 1, 1, 2, 2, 1, 2);
  ask(kinn, everything, suldal, tomorrow);  // another day: those that take one
  expect(1, 2, 1, 1, 3, 3, 1, 3);

  run(store, CreatePerson{"Nils Nilsen", std::nullopt, "", "Kinn"});
  ++version;
  ask(kinn, everything, suldal, tomorrow);  // a change: all of them, once
  ask(kinn, everything, suldal, tomorrow);
  expect(2, 3, 2, 2, 4, 4, 2, 4);
  EXPECT_EQ(caseload.search("nil").size(), 2u);
}

TEST(Caseload, LooksUpByIdInConstantTimeAtScale) {
  // 20,000 persons: building the index is one pass; each person's file is found without scanning.
  Store store;
  for (int i = 0; i < 20000; ++i) run(store, CreatePerson{"P" + std::to_string(i), std::nullopt, "", "Kinn"});
  Caseload caseload(store, [] { return std::uint64_t{1}; });
  EXPECT_EQ(caseload.person(store.persons[19999].id, today()).person->name, "P19999");
  EXPECT_EQ(caseload.index().by_person.size(), 20000u);
  EXPECT_EQ(store.find_person(store.persons[12345].id), &store.persons[12345]);
}

}  // namespace
}  // namespace opp::queries
