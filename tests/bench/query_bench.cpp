// How the read side scales: building the caseload index, a person's workspace data and a search,
// at 1,000 and 10,000 persons with a team, a plan and PSFS each (building 100,000 through
// commands is itself quadratic today: validation scans the person's records store-wide). These run when the store
// changes (or the search text does), never per frame: the budget is a frame (16 ms) at 10,000.
#include <benchmark/benchmark.h>

#include <string>

#include "core/commands/command.hpp"
#include "core/queries/caseload.hpp"

namespace {

using namespace opp;

constexpr Timestamp kAt{1763900000000};

Id run(Store& store, const Command& command) { return execute(store, command, "Bench", kAt).created; }

// n persons; every person has two team members (one the coordinator), a goal with a measure,
// two PSFS activities and a conversation.
Store caseload(int n) {
  Store store;
  const Date day = Date::from_ymd(2025, 6, 1);
  for (int i = 0; i < n; ++i) {
    const Id person = run(store, CreatePerson{"Person " + std::to_string(i) + " Ødegård", std::nullopt, "",
                                              i % 2 ? "Kinn" : "Suldal"});
    const Id nurse = run(store, AddTeamMember{person, "Siri " + std::to_string(i), "sykepleier", "Hjemmetjenesten",
                                              CareLevel::Municipal, day});
    run(store, AddTeamMember{person, "Geir " + std::to_string(i), "fastlege", "Legekontoret", CareLevel::Gp, day});
    run(store, SetCoordinator{nurse});
    const Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken", day});
    run(store, AddMeasure{goal, "Gåtrening", nurse, std::nullopt});
    const Id walk = run(store, AddPsfsActivity{person, "Gå", day});
    const Id stairs = run(store, AddPsfsActivity{person, "Trapper", day});
    run(store, RecordPsfsConversation{person, day, "Siri", PsfsDirection::ZeroIsCannot, {{walk, 3}, {stairs, 4}}});
  }
  return store;
}

void BM_BuildCaseloadIndex(benchmark::State& state) {
  const Store store = caseload(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(queries::build_caseload_index(store));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_BuildCaseloadIndex)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();

// Opening a person once the index exists: must not grow with the caseload.
void BM_PersonFile(benchmark::State& state) {
  const Store store = caseload(static_cast<int>(state.range(0)));
  const queries::CaseloadIndex index = queries::build_caseload_index(store);
  const Id person = store.persons[store.persons.size() / 2].id;
  for (auto _ : state) benchmark::DoNotOptimize(queries::person_file(store, index, person));
}
BENCHMARK(BM_PersonFile)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

void BM_SearchPersons(benchmark::State& state) {
  const Store store = caseload(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(queries::search_persons(store, "ødegård 4"));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_SearchPersons)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();

// The same read every frame, with the store unchanged: the cache's cost per frame.
void BM_CachedReadPerFrame(benchmark::State& state) {
  const Store store = caseload(static_cast<int>(state.range(0)));
  queries::Caseload caseload_reads(store, [] { return std::uint64_t{1}; });
  const Id person = store.persons[0].id;
  for (auto _ : state) {
    benchmark::DoNotOptimize(caseload_reads.person(person));
    benchmark::DoNotOptimize(caseload_reads.search("ødegård"));
  }
}
BENCHMARK(BM_CachedReadPerFrame)->Arg(10000)->Unit(benchmark::kNanosecond);

// Committing the 10,000th / 100,000th command: look-ups by id and the audit trail must not make
// it grow with the store.
void BM_CommitIntoLargeStore(benchmark::State& state) {
  Store store = caseload(static_cast<int>(state.range(0)));
  const Id person = store.persons[store.persons.size() / 2].id;
  run(store, GiveConsent{person, ConsentKind::Sharing, "", Date::from_ymd(2025, 6, 1)});
  const std::size_t before = store.relay_log.size();
  int i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(run(store, AddRelayLogEntry{person, Date::from_ymd(2025, 6, 2), "Siri",
                                                         RelayEntryKind::Concern, "Notat " + std::to_string(i++)}));
  }
  if (store.relay_log.size() != before + static_cast<std::size_t>(i)) state.SkipWithError("a commit was refused");
}
BENCHMARK(BM_CommitIntoLargeStore)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

}  // namespace
