// The core at 1,000, 10,000 and 100,000 persons of the synthetic caseload (core/synthetic):
// start-up, saving one change, applying a command, the board, the intake queue, the evaluation's
// statistics, the research export (CSV) and search. The budgets (issue: performance and scale):
// what runs per change or per keystroke fits a 16 ms frame at 100,000; saving does not grow with
// the caseload.
#include <benchmark/benchmark.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"
#include "core/queries/board.hpp"
#include "core/queries/caseload.hpp"
#include "core/queries/evaluation.hpp"
#include "core/queries/intake.hpp"
#include "core/queries/person_file.hpp"
#include "core/queries/research_export.hpp"
#include "core/storage/repository.hpp"
#include "core/synthetic/caseload.hpp"
#include "core/text/csv.hpp"

namespace {

using namespace opp;

const Date kToday = Date::from_ymd(2026, 11, 23);
constexpr Timestamp kAt{1795430400000};  // 23.11.2026

class FixedClock final : public Clock {
 public:
  Timestamp now() const override { return kAt; }
};

// Generated once per size and shared by the benchmarks (100,000 takes seconds to make).
const Store& caseload(std::int64_t n) {
  static std::map<std::int64_t, std::unique_ptr<Store>> made;
  auto& slot = made[n];
  if (!slot) slot = std::make_unique<Store>(synthetic::generate_caseload({static_cast<int>(n), 1, kToday}));
  return *slot;
}

std::filesystem::path fresh_dir() {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() / ("opp-caseload-bench-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  return dir;
}

void sizes(benchmark::internal::Benchmark* b) { b->Arg(1000)->Arg(10000)->Arg(100000); }

// Start-up: the newest snapshot read, decoded and its journal replayed.
void BM_Load(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  {
    storage::Repository repository(dir, clock);
    repository.open();
    if (!repository.import_backup(to_backup_json(caseload(state.range(0))), "Bench").ok()) {
      state.SkipWithError("the caseload's backup was refused");
    }
    repository.flush();
  }
  for (auto _ : state) {
    storage::Repository repository(dir, clock);
    benchmark::DoNotOptimize(repository.open());
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_Load)->Apply(sizes)->Unit(benchmark::kMillisecond)->Iterations(3);

// Saving one change: commit and flush (one journal segment written and synced), compaction off.
void BM_SaveOneChange(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  storage::EngineOptions options;
  options.defer_compaction = true;  // as in the app: the snapshot is written over frames, apart
  storage::Repository repository(dir, clock, options);
  repository.open();
  repository.import_backup(to_backup_json(caseload(state.range(0))), "Bench");
  repository.flush();
  const Id person = caseload(state.range(0)).persons[0].id;
  // The relay log is shared between services: it needs the person's consent to sharing.
  repository.commit(Command{GiveConsent{person, ConsentKind::Sharing, "", kToday}}, "Bench");
  repository.flush();
  int i = 0;
  for (auto _ : state) {
    const CommandResult result = repository.commit(
        Command{AddRelayLogEntry{person, kToday, "Bench", RelayEntryKind::Concern, "Notat " + std::to_string(i++)}},
        "Bench");
    if (!result.ok() || !repository.flush().ok()) state.SkipWithError("a change was refused or not saved");
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SaveOneChange)->Apply(sizes)->Unit(benchmark::kMicrosecond);

// Applying one command to the store in memory (validation and the audit entry included).
void BM_ApplyCommand(benchmark::State& state) {
  Store store = caseload(state.range(0));
  const Id person = store.persons[store.persons.size() / 2].id;
  if (!execute(store, Command{GiveConsent{person, ConsentKind::Sharing, "", kToday}}, "Bench", kAt).ok()) {
    state.SkipWithError("the consent was refused");
  }
  int i = 0;
  for (auto _ : state) {
    const CommandResult result = execute(store, Command{AddRelayLogEntry{person, kToday, "Bench", RelayEntryKind::Concern,
                                                                          "Notat " + std::to_string(i++)}},
                                         "Bench", kAt);
    if (!result.ok()) state.SkipWithError("the command was refused");
  }
}
BENCHMARK(BM_ApplyCommand)->Apply(sizes)->Unit(benchmark::kMicrosecond);

// The derived index every view reads (rebuilt once per change, never per frame).
void BM_CaseloadIndex(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(queries::build_caseload_index(store));
}
BENCHMARK(BM_CaseloadIndex)->Apply(sizes)->Unit(benchmark::kMillisecond);

// Opening a person once the index exists: must not grow with the caseload.
void BM_PersonFile(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  const queries::CaseloadIndex index = queries::build_caseload_index(store);
  const Id person = store.persons[store.persons.size() / 2].id;
  for (auto _ : state) benchmark::DoNotOptimize(queries::person_file(store, index, person, kToday));
}
BENCHMARK(BM_PersonFile)->Apply(sizes)->Unit(benchmark::kMicrosecond);

// What a frame costs the read side when nothing changed: the cached person and search.
void BM_CachedReadPerFrame(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  queries::Caseload reads(store, [] { return std::uint64_t{1}; });
  const Id person = store.persons[0].id;
  for (auto _ : state) {
    benchmark::DoNotOptimize(reads.person(person, kToday));
    benchmark::DoNotOptimize(reads.search("ødegaard"));
  }
}
BENCHMARK(BM_CachedReadPerFrame)->Apply(sizes)->Unit(benchmark::kNanosecond);

// Each of queries::Caseload's cached queries on its own. A hit is what every frame pays while
// nothing changes (the same arguments, the same version); a rebuild is the first call after a
// change (the version moves every iteration), with what the query is built from (the board and
// the person's file rebuild the index too).
template <typename Query>
void BM_CaseloadHit(benchmark::State& state, Query query) {
  const Store& store = caseload(state.range(0));
  queries::Caseload reads(store, [] { return std::uint64_t{1}; });
  query(reads);
  for (auto _ : state) benchmark::DoNotOptimize(&query(reads));
}
template <typename Query>
void BM_CaseloadRebuild(benchmark::State& state, Query query) {
  const Store& store = caseload(state.range(0));
  std::uint64_t version = 0;
  queries::Caseload reads(store, [&version] { return version; });
  for (auto _ : state) {
    ++version;
    benchmark::DoNotOptimize(&query(reads));
  }
}
const auto kIndexQuery = [](queries::Caseload& c) -> const auto& { return c.index(); };
const auto kPersonQuery = [](queries::Caseload& c) -> const auto& { return c.person(c.store().persons[0].id, kToday); };
const auto kSearchQuery = [](queries::Caseload& c) -> const auto& { return c.search("ødegaard"); };
const auto kKeysQuery = [](queries::Caseload& c) -> const auto& { return c.person_keys(); };
const auto kQueueQuery = [](queries::Caseload& c) -> const auto& { return c.queue({}, kToday); };
const auto kBoardQuery = [](queries::Caseload& c) -> const auto& { return c.board({}, kToday); };
const auto kPsfsQuery = [](queries::Caseload& c) -> const auto& { return c.psfs(); };
const auto kEvaluationQuery = [](queries::Caseload& c) -> const auto& { return c.evaluation({}, kToday); };
BENCHMARK_CAPTURE(BM_CaseloadHit, index, kIndexQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, person, kPersonQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, search, kSearchQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, person_keys, kKeysQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, queue, kQueueQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, board, kBoardQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, psfs, kPsfsQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadHit, evaluation, kEvaluationQuery)->Apply(sizes)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, index, kIndexQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, person, kPersonQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, search, kSearchQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, person_keys, kKeysQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, queue, kQueueQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, board, kBoardQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, psfs, kPsfsQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CaseloadRebuild, evaluation, kEvaluationQuery)->Apply(sizes)->Unit(benchmark::kMillisecond);

void BM_BoardColumns(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  const queries::CaseloadIndex index = queries::build_caseload_index(store);
  for (auto _ : state) benchmark::DoNotOptimize(queries::build_board(store, index, {}, kToday));
}
BENCHMARK(BM_BoardColumns)->Apply(sizes)->Unit(benchmark::kMillisecond);

void BM_IntakeQueue(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(queries::intake_queue(store, {}, kToday));
}
BENCHMARK(BM_IntakeQueue)->Apply(sizes)->Unit(benchmark::kMillisecond);

void BM_EvaluationStatistics(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(queries::evaluate(store, {}, kToday));
}
BENCHMARK(BM_EvaluationStatistics)->Apply(sizes)->Unit(benchmark::kMillisecond);

// The research export's three tables as CSV.
void BM_ResearchExportCsv(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  const queries::Evaluation evaluation = queries::evaluate(store, {}, kToday);
  for (auto _ : state) {
    queries::ResearchExport research(store, {}, kToday, 42);
    const queries::ResearchTables tables = research.finish(evaluation);
    benchmark::DoNotOptimize(to_csv(tables.cases).size() + to_csv(tables.psfs).size() + to_csv(tables.figures).size());
  }
}
BENCHMARK(BM_ResearchExportCsv)->Apply(sizes)->Unit(benchmark::kMillisecond);

// Search as you type: one keystroke's search over every person's name.
// Search as you type: one keystroke, over the names folded once per change of the store (as
// queries::Caseload keeps them).
void BM_Search(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  const queries::PersonSearch search(store);
  for (auto _ : state) benchmark::DoNotOptimize(search.find("ødegaard å"));
}
BENCHMARK(BM_Search)->Apply(sizes)->Unit(benchmark::kMillisecond);

// The first keystroke after a change: the names and municipalities folded again.
void BM_SearchFolding(benchmark::State& state) {
  const Store& store = caseload(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(queries::PersonSearch(store));
}
BENCHMARK(BM_SearchFolding)->Apply(sizes)->Unit(benchmark::kMillisecond);

}  // namespace
