// How the cost of saving one change, starting up and exporting grows with the caseload.
// The budget (issue #2): saving one change must not grow with the number of persons.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <atomic>
#include <filesystem>
#include <string>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"
#include "core/storage/repository.hpp"

namespace {

using namespace opp;

class FixedClock final : public Clock {
 public:
  Timestamp now() const override { return Timestamp{1763900000000}; }
};

// A caseload of n persons, each with a referral-like history of one command.
Store caseload(int n) {
  Store store;
  const FixedClock clock;
  for (int i = 0; i < n; ++i) {
    CreatePerson p;
    p.name = "Person " + std::to_string(i) + " Ødegård";
    p.birth_date = Date::from_ymd(1930 + i % 90, 1 + static_cast<unsigned>(i % 12), 1 + static_cast<unsigned>(i % 28));
    p.municipality = (i % 2) ? "Kinn" : "Suldal";
    execute(store, Command{p}, "Bench", clock.now());
  }
  return store;
}

std::filesystem::path fresh_dir() {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() / ("opp-bench-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  return dir;
}

// Opens an empty repository and stores a caseload of n persons in it (as one snapshot).
void seed(storage::Repository& repository, int n) {
  repository.open();
  repository.import_backup(to_backup_json(caseload(n)), "Bench");
  repository.flush();
}

// One commit + flush (what every change in the app costs), with compaction amortised in.
void BM_CommitAndFlush(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  storage::Repository repository(dir, clock);
  seed(repository, static_cast<int>(state.range(0)));
  std::uint64_t bytes = 0;
  int i = 0;
  for (auto _ : state) {
    CreatePerson p;
    p.name = "Ny person " + std::to_string(i++);
    repository.commit(Command{p}, "Bench");
    bytes += repository.flush().bytes_written;
  }
  state.counters["bytes_per_save"] = benchmark::Counter(static_cast<double>(bytes) / static_cast<double>(state.iterations()));
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CommitAndFlush)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

// One commit alone, without the write: validation, applying, the audit entry, the journal line.
void BM_Commit(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  storage::Repository repository(dir, clock);
  seed(repository, static_cast<int>(state.range(0)));
  int i = 0;
  for (auto _ : state) {
    CreatePerson p;
    p.name = "Ny person " + std::to_string(i++);
    repository.commit(Command{p}, "Bench");
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_Commit)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

// The heap in use (glibc): what a store takes is the difference around making it.
std::size_t heap_in_use() { return mallinfo2().uordblks; }

// Start-up: load the newest snapshot and replay its journal. `store_bytes`: the heap the opened
// repository holds (its store, with one audit entry per person, and what the engine keeps).
void BM_Open(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  {
    storage::Repository repository(dir, clock);
    seed(repository, static_cast<int>(state.range(0)));
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    storage::Repository repository(dir, clock);
    benchmark::DoNotOptimize(repository.open());
    bytes = heap_in_use() - before;
  }
  state.counters["store_bytes"] = static_cast<double>(bytes);
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_Open)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Start-up with a journal to replay: n changes (new persons) in one segment, no snapshot.
void BM_OpenReplay(benchmark::State& state) {
  const FixedClock clock;
  const auto dir = fresh_dir();
  {
    storage::Repository repository(dir, clock);
    repository.open();
    for (int i = 0; i < state.range(0); ++i) {
      CreatePerson p;
      p.name = "Person " + std::to_string(i) + " Ødegård";
      p.municipality = (i % 2) ? "Kinn" : "Suldal";
      repository.commit(Command{p}, "Bench");
    }
    repository.flush();
  }
  for (auto _ : state) {
    storage::Repository repository(dir, clock);
    benchmark::DoNotOptimize(repository.open());
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_OpenReplay)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The backup document (export, test hook state, compaction snapshot).
void BM_BackupJson(benchmark::State& state) {
  const Store store = caseload(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(to_backup_json(store));
}
BENCHMARK(BM_BackupJson)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Reading a backup document back (restore, and the snapshot at start-up).
void BM_BackupImport(benchmark::State& state) {
  const std::string json = to_backup_json(caseload(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    if (!from_backup_json(json).ok()) state.SkipWithError("the backup was refused");
  }
}
BENCHMARK(BM_BackupImport)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
