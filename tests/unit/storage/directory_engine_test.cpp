// Tests for DirectoryEngine: load guard, coalescing, compaction, crash safety, recovery.
#include "core/storage/directory_engine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <nlohmann/json.hpp>

#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::storage {
namespace {

using testing::MemoryFileSystem;

const std::filesystem::path kDir = "/data/store";

std::string path_of(const std::string& name) { return (kDir / name).string(); }

// A toy "store": a list of numbers. A record is one number; a snapshot is the JSON array.
struct Numbers {
  DirectoryEngine engine;
  std::vector<int> state;

  explicit Numbers(FileSystem& fs, EngineOptions options = {}) : engine(kDir, options, &fs) {}

  LoadResult load() {
    LoadResult result = engine.load();
    state.clear();
    if (result.snapshot) state = nlohmann::json::parse(*result.snapshot).get<std::vector<int>>();
    for (const std::string& record : result.records) state.push_back(std::stoi(record));
    return result;
  }
  void commit(int n) {
    state.push_back(n);
    EXPECT_EQ(engine.enqueue(std::to_string(n)), "");
  }
  FlushResult flush() {
    return engine.flush([this] { return nlohmann::json(state).dump(); });
  }
};

std::vector<int> reload(MemoryFileSystem& fs, LoadStatus* status = nullptr, EngineOptions options = {}) {
  Numbers fresh(fs, options);
  const LoadResult result = fresh.load();
  if (status != nullptr) *status = result.status;
  return fresh.state;
}

std::size_t count_prefix(const std::vector<std::string>& names, const std::string& prefix) {
  return static_cast<std::size_t>(std::count_if(names.begin(), names.end(), [&](const std::string& n) {
    return n.rfind(prefix, 0) == 0;
  }));
}

TEST(DirectoryEngine, RefusesEveryWriteBeforeLoad) {
  MemoryFileSystem fs;
  DirectoryEngine engine(kDir, {}, &fs);
  EXPECT_FALSE(engine.loaded());
  EXPECT_NE(engine.enqueue("1"), "");
  EXPECT_NE(engine.enqueue_snapshot("[]"), "");
  EXPECT_FALSE(engine.has_pending());
  const FlushResult flushed = engine.flush([] { return std::string("[]"); });
  EXPECT_FALSE(flushed.ok());
  EXPECT_EQ(fs.writes, 0u);
  EXPECT_TRUE(fs.files.empty());
  EXPECT_TRUE(fs.directories.empty());
}

TEST(DirectoryEngine, RefusesWritesAfterFailedLoadAndTouchesNothing) {
  MemoryFileSystem fs;
  {
    Numbers numbers(fs);
    numbers.load();
    numbers.commit(1);
    ASSERT_TRUE(numbers.flush().ok());
  }
  const auto before = fs.files;
  fs.fail_reads(true);
  DirectoryEngine engine(kDir, {}, &fs);
  const LoadResult result = engine.load();
  EXPECT_EQ(result.status, LoadStatus::Failed);
  EXPECT_FALSE(result.error.empty());
  EXPECT_FALSE(engine.loaded());
  EXPECT_NE(engine.enqueue("2"), "");
  EXPECT_FALSE(engine.flush([] { return std::string("[]"); }).ok());
  EXPECT_EQ(fs.files, before);
}

TEST(DirectoryEngine, MissingDirectoryIsAnEmptyFirstRunAndLoadWritesNothing) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Empty);
  EXPECT_FALSE(result.snapshot.has_value());
  EXPECT_TRUE(result.records.empty());
  EXPECT_TRUE(result.warnings.empty());
  EXPECT_EQ(result.generation, 0u);
  EXPECT_TRUE(numbers.engine.loaded());
  EXPECT_FALSE(numbers.engine.has_pending());
  EXPECT_EQ(fs.writes, 0u);
  EXPECT_TRUE(numbers.flush().ok());  // nothing queued: nothing written
  EXPECT_EQ(fs.writes, 0u);
}

TEST(DirectoryEngine, SavedRecordsComeBackInAFreshEngine) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  numbers.commit(1);
  numbers.commit(2);
  ASSERT_TRUE(numbers.flush().ok());
  numbers.commit(3);
  ASSERT_TRUE(numbers.flush().ok());

  LoadStatus status{};
  EXPECT_EQ(reload(fs, &status), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(status, LoadStatus::Loaded);
}

TEST(DirectoryEngine, CoalescesQueuedRecordsIntoOneSegment) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  numbers.commit(1);
  numbers.commit(2);
  numbers.commit(3);
  EXPECT_TRUE(numbers.engine.has_pending());
  EXPECT_EQ(numbers.engine.pending_records(), 3u);
  const FlushResult flushed = numbers.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_EQ(flushed.files_written, 1u);
  EXPECT_FALSE(flushed.new_generation);
  EXPECT_FALSE(numbers.engine.has_pending());
  EXPECT_EQ(fs.names_in(kDir), (std::vector<std::string>{"journal-000000-000001.json"}));
  EXPECT_EQ(fs.files[path_of("journal-000000-000001.json")], "1\n2\n3\n");
}

TEST(DirectoryEngine, RefusesMultiLineRecords) {
  MemoryFileSystem fs;
  DirectoryEngine engine(kDir, {}, &fs);
  engine.load();
  EXPECT_NE(engine.enqueue("{\n}"), "");
  EXPECT_FALSE(engine.has_pending());
}

TEST(DirectoryEngine, CompactsWhenTheGenerationHoldsMaxSegments) {
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 3;
  Numbers numbers(fs, options);
  numbers.load();
  for (int n = 1; n <= 2; ++n) {
    numbers.commit(n);
    EXPECT_FALSE(numbers.flush().new_generation);
  }
  numbers.commit(3);
  const FlushResult third = numbers.flush();
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third.new_generation);
  EXPECT_EQ(third.files_written, 2u);  // the segment closing generation 0, then the snapshot
  EXPECT_EQ(numbers.engine.generation(), 1u);
  EXPECT_EQ(fs.files[path_of("snapshot-000001.json")], "[1,2,3]");

  numbers.commit(4);
  ASSERT_TRUE(numbers.flush().ok());
  EXPECT_EQ(fs.files.count(path_of("journal-000001-000001.json")), 1u);

  LoadStatus status{};
  EXPECT_EQ(reload(fs, &status), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(status, LoadStatus::Loaded);
}

TEST(DirectoryEngine, CompactsWhenJournalBytesReachTheLimit) {
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_journal_bytes = 16;
  Numbers numbers(fs, options);
  numbers.load();
  numbers.commit(1);
  EXPECT_FALSE(numbers.flush().new_generation);
  numbers.commit(1234567890);
  numbers.commit(1234567890);
  EXPECT_TRUE(numbers.flush().new_generation);
  EXPECT_EQ(reload(fs), (std::vector<int>{1, 1234567890, 1234567890}));
}

TEST(DirectoryEngine, KeepsTheLastGenerationsWithTheirJournalsAndPrunesOlderOnes) {
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 2;
  options.keep_generations = 2;
  Numbers numbers(fs, options);
  numbers.load();
  std::vector<int> expected;
  for (int n = 1; n <= 20; ++n) {
    numbers.commit(n);
    expected.push_back(n);
    ASSERT_TRUE(numbers.flush().ok());
    // Bounded: keep_generations snapshots, each with up to max_segments journals.
    EXPECT_LE(fs.files.size(), options.keep_generations * (options.max_segments + 1));
  }
  const auto names = fs.names_in(kDir);
  EXPECT_EQ(numbers.engine.generation(), 10u);
  EXPECT_EQ(count_prefix(names, "snapshot-"), 2u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000010.json")), 1u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000009.json")), 1u);
  // The kept older generation still has its journals, so it restores fully on its own.
  EXPECT_EQ(fs.files.count(path_of("journal-000009-000001.json")), 1u);
  EXPECT_EQ(fs.files.count(path_of("journal-000009-000002.json")), 1u);
  EXPECT_EQ(count_prefix(names, "journal-000008-"), 0u);
  EXPECT_EQ(reload(fs), expected);
}

// Sets up a stored state with a healthy engine, then repeats one save, crashing at operation
// 0, 1, 2, … until a run completes: every reload must give the old state or the new one.
template <typename Setup, typename Save>
void crash_at_every_operation(EngineOptions options, Setup setup, Save save, const std::vector<int>& old_state,
                              const std::vector<int>& new_state) {
  for (std::size_t crash_at = 0;; ++crash_at) {
    SCOPED_TRACE("crash at operation " + std::to_string(crash_at));
    MemoryFileSystem fs;
    {
      Numbers healthy(fs, options);
      healthy.load();
      setup(healthy);
    }
    ASSERT_EQ(reload(fs), old_state);
    fs.crash_at(crash_at);
    {
      Numbers crashing(fs, options);
      crashing.load();
      save(crashing);
    }
    const bool crashed = fs.crashed();
    fs.no_crash();
    LoadStatus status{};
    const std::vector<int> state = reload(fs, &status);
    EXPECT_TRUE(state == old_state || state == new_state) << ::testing::PrintToString(state);
    EXPECT_NE(status, LoadStatus::Failed);
    EXPECT_NE(status, LoadStatus::Recovered);
    if (!crashed) {
      EXPECT_EQ(state, new_state);
      EXPECT_GT(crash_at, 1u);
      break;
    }
    ASSERT_LT(crash_at, 100u);
  }
}

TEST(DirectoryEngine, CrashAtAnyPointOfAnOrdinarySaveLeavesOldOrNewState) {
  crash_at_every_operation(
      {},
      [](Numbers& n) {
        n.commit(1);
        ASSERT_TRUE(n.flush().ok());
      },
      [](Numbers& n) {
        n.commit(2);
        n.commit(3);
        n.flush();
      },
      {1}, {1, 2, 3});
}

TEST(DirectoryEngine, CrashAtAnyPointOfACompactionAndPruneLeavesOldOrNewState) {
  EngineOptions options;
  options.max_segments = 2;
  options.keep_generations = 2;
  crash_at_every_operation(
      options,
      [](Numbers& n) {
        for (int i = 1; i <= 5; ++i) {  // generations 0, 1 and a first segment of 2
          n.commit(i);
          ASSERT_TRUE(n.flush().ok());
        }
      },
      [](Numbers& n) {
        n.commit(6);
        n.commit(7);
        const FlushResult result = n.flush();
        if (result.ok()) {
          EXPECT_TRUE(result.new_generation);
        }
      },
      {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6, 7});
}

TEST(DirectoryEngine, CrashAtAnyPointOfAnImportLeavesOldOrNewState) {
  crash_at_every_operation(
      {},
      [](Numbers& n) {
        n.commit(1);
        ASSERT_TRUE(n.flush().ok());
      },
      [](Numbers& n) {
        n.state = {7, 8};
        EXPECT_EQ(n.engine.enqueue_snapshot("[7,8]"), "");
        n.flush();
      },
      {1}, {7, 8});
}

TEST(DirectoryEngine, CrashWhileTidyingLeftoversAfterLoadLosesNothing) {
  crash_at_every_operation(
      {},
      [](Numbers& n) {
        n.commit(1);
        ASSERT_TRUE(n.flush().ok());
      },
      [](Numbers& n) {
        n.commit(2);
        n.flush();
      },
      {1}, {1, 2});
  // And with a leftover temp file, whose removal is the first operation after load.
  for (std::size_t crash_at = 0; crash_at < 4; ++crash_at) {
    MemoryFileSystem fs;
    fs.directories.insert(kDir.string());
    fs.files[path_of("journal-000000-000001.json")] = "1\n";
    fs.files[path_of("journal-000000-000002.json.tmp")] = "2\n3";
    fs.crash_at(crash_at);
    {
      Numbers crashing(fs);
      crashing.load();
      crashing.commit(4);
      crashing.flush();
    }
    fs.no_crash();
    const std::vector<int> state = reload(fs);
    EXPECT_TRUE(state == std::vector<int>{1} || state == (std::vector<int>{1, 4})) << crash_at;
  }
}

TEST(DirectoryEngine, CorruptNewestSnapshotFallsBackToThePreviousGenerationAndIsKept) {
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 2;
  {
    Numbers numbers(fs, options);
    numbers.load();
    for (int n = 1; n <= 5; ++n) {  // snapshots 1 = [1,2], 2 = [1..4]; journal 2-1 = [5]
      numbers.commit(n);
      ASSERT_TRUE(numbers.flush().ok());
    }
  }
  ASSERT_EQ(fs.files[path_of("snapshot-000002.json")], "[1,2,3,4]");
  fs.files[path_of("snapshot-000002.json")] = "[1,2,3,";  // unparseable

  Numbers numbers(fs, options);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Recovered);
  EXPECT_EQ(result.generation, 1u);
  ASSERT_FALSE(result.warnings.empty());
  EXPECT_NE(result.warnings.front().find("snapshot-000002.json"), std::string::npos);
  // Generation 1 with its journals is the full state when generation 2 began.
  EXPECT_EQ(numbers.state, (std::vector<int>{1, 2, 3, 4}));
  // The refused snapshot and the journal written on top of it are set aside, not lost.
  EXPECT_EQ(fs.files.count(path_of("snapshot-000002.json")), 0u);
  EXPECT_EQ(fs.files[path_of("corrupt-snapshot-000002.json")], "[1,2,3,");
  EXPECT_EQ(fs.files[path_of("corrupt-journal-000002-000001.json")], "5\n");

  // The next flush starts a fresh generation (never reusing the name 2) from the state in memory.
  EXPECT_TRUE(numbers.engine.has_pending());
  numbers.commit(6);
  const FlushResult flushed = numbers.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_TRUE(flushed.new_generation);
  EXPECT_EQ(numbers.engine.generation(), 3u);
  LoadStatus status{};
  EXPECT_EQ(reload(fs, &status), (std::vector<int>{1, 2, 3, 4, 6}));
  EXPECT_EQ(status, LoadStatus::Loaded);
  EXPECT_EQ(fs.files.count(path_of("corrupt-snapshot-000002.json")), 1u);
}

TEST(DirectoryEngine, NoReadableSnapshotFailsAndTouchesNothing) {
  MemoryFileSystem fs;
  fs.directories.insert(kDir.string());
  fs.files[path_of("snapshot-000004.json")] = "garbage";
  fs.files[path_of("journal-000004-000001.json")] = "1\n";
  fs.files[path_of("journal-000004-000002.json.tmp")] = "2\n";
  const auto before = fs.files;
  Numbers numbers(fs);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Failed);
  EXPECT_FALSE(result.error.empty());
  EXPECT_FALSE(numbers.engine.loaded());
  EXPECT_EQ(fs.files, before);
  EXPECT_EQ(fs.writes, 0u);
}

TEST(DirectoryEngine, TornSegmentKeepsTheRecordsBeforeItAndIsNeverAppendedTo) {
  MemoryFileSystem fs;
  fs.directories.insert(kDir.string());
  fs.files[path_of("journal-000000-000001.json")] = "1\n2\n";
  fs.files[path_of("journal-000000-000002.json")] = "3\n4";  // torn: no final newline
  fs.files[path_of("journal-000000-000003.json")] = "5\n";
  Numbers numbers(fs);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Recovered);
  EXPECT_EQ(numbers.state, (std::vector<int>{1, 2, 3}));
  EXPECT_GE(result.warnings.size(), 2u);  // the torn record, and the segment after it

  numbers.commit(9);
  const FlushResult flushed = numbers.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_TRUE(flushed.new_generation);
  LoadStatus status{};
  EXPECT_EQ(reload(fs, &status), (std::vector<int>{1, 2, 3, 9}));
  EXPECT_EQ(status, LoadStatus::Loaded);
}

// What load could not read is set aside once the new generation holds what was read, and its
// bytes outlive every later compaction (prune deletes old generations, never the set-aside).
TEST(DirectoryEngine, UnloadedSegmentsAreSetAsideAndNeverPruned) {
  MemoryFileSystem fs;
  fs.directories.insert(kDir.string());
  fs.files[path_of("journal-000000-000001.json")] = "1\n2\n";
  fs.files[path_of("journal-000000-000002.json")] = "3\n4";  // torn
  fs.files[path_of("journal-000000-000003.json")] = "5\n";   // after the tear: not loaded
  const std::string torn = fs.files[path_of("journal-000000-000002.json")];
  EngineOptions options;
  options.max_segments = 2;
  Numbers numbers(fs, options);
  ASSERT_EQ(numbers.load().status, LoadStatus::Recovered);
  // Before the new generation is written nothing moves: a crash now must still find 3.
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000002.json")), 1u);
  for (int n = 10; n < 20; ++n) {  // the recovery's generation, then four compactions
    numbers.commit(n);
    ASSERT_TRUE(numbers.flush().ok());
  }
  EXPECT_GE(numbers.engine.generation(), 4u);
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000001.json")), 0u);  // pruned with generation 0
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000002.json")), 0u);
  EXPECT_EQ(fs.files[path_of("corrupt-journal-000000-000002.json")], torn);
  EXPECT_EQ(fs.files[path_of("corrupt-journal-000000-000003.json")], "5\n");
  LoadStatus status{};
  const std::vector<int> reloaded = reload(fs, &status, options);
  EXPECT_EQ(status, LoadStatus::Loaded);
  EXPECT_EQ(reloaded.front(), 1);
  EXPECT_EQ(reloaded.size(), 13u);  // 1 2 3 and the ten commits
}

// The defaults as shipped: 256 segments (the flush that writes the 256th compacts), 4 MiB of
// journal, three generations kept.
TEST(DirectoryEngine, DefaultsCompactAtTheTwoHundredFiftySixthSegmentAndKeepThree) {
  const EngineOptions defaults;
  EXPECT_EQ(defaults.max_segments, 256u);
  EXPECT_EQ(defaults.max_journal_bytes, 4u * 1024 * 1024);
  EXPECT_EQ(defaults.keep_generations, 3u);
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  int n = 0;
  for (; n < 255; ++n) {
    numbers.commit(n);
    const FlushResult flushed = numbers.flush();
    ASSERT_TRUE(flushed.ok());
    ASSERT_FALSE(flushed.new_generation) << n;
  }
  numbers.commit(n++);
  const FlushResult compacting = numbers.flush();  // writes segment 256, then the snapshot
  ASSERT_TRUE(compacting.ok());
  EXPECT_TRUE(compacting.new_generation);
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000256.json")), 1u);
  EXPECT_EQ(numbers.engine.generation(), 1u);
  // Three more generations: generation 0's journal and generation 1's snapshot are pruned.
  for (int generation = 2; generation <= 4; ++generation) {
    for (int s = 0; s < 256; ++s) {
      numbers.commit(n++);
      ASSERT_TRUE(numbers.flush().ok());
    }
    EXPECT_EQ(numbers.engine.generation(), static_cast<std::uint64_t>(generation));
  }
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000001.json")), 0u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000001.json")), 0u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000002.json")), 1u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000004.json")), 1u);
  EXPECT_EQ(reload(fs).size(), static_cast<std::size_t>(n));
}

// A journal of big records compacts on the 4 MiB before the 256 segments.
TEST(DirectoryEngine, DefaultsCompactAtFourMebibytesOfJournal) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  const std::string big(600 * 1024, '7');  // one record of 600 KiB per segment
  int segments = 0;
  for (; segments < 10; ++segments) {
    ASSERT_EQ(numbers.engine.enqueue(big), "");
    const FlushResult flushed = numbers.flush();
    ASSERT_TRUE(flushed.ok());
    if (flushed.new_generation) break;
  }
  EXPECT_EQ(segments + 1, 7);  // 7 × 600 KiB is the first total over 4 MiB
}

TEST(DirectoryEngine, GarbageRecordStopsTheReplayThere) {
  MemoryFileSystem fs;
  fs.directories.insert(kDir.string());
  fs.files[path_of("snapshot-000001.json")] = "[10]";
  fs.files[path_of("journal-000001-000001.json")] = "11\n{\"oops\n12\n";
  Numbers numbers(fs);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Recovered);
  EXPECT_EQ(numbers.state, (std::vector<int>{10, 11}));
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings[0].find("line 2"), std::string::npos);
}

TEST(DirectoryEngine, LeftoverTempFilesAreIgnoredThenRemovedAndOtherFilesLeftAlone) {
  MemoryFileSystem fs;
  fs.directories.insert(kDir.string());
  fs.files[path_of("journal-000000-000001.json")] = "1\n";
  fs.files[path_of("journal-000000-000002.json.tmp")] = "2\n3";
  fs.files[path_of("snapshot-000001.json.tmp")] = "[1,";
  fs.files[path_of("notes.txt")] = "mine";
  fs.files[path_of("other.tmp")] = "not ours";
  Numbers numbers(fs);
  const LoadResult result = numbers.load();
  EXPECT_EQ(result.status, LoadStatus::Loaded);
  EXPECT_TRUE(result.warnings.empty());
  EXPECT_EQ(numbers.state, (std::vector<int>{1}));
  EXPECT_EQ(fs.files.count(path_of("journal-000000-000002.json.tmp")), 0u);
  EXPECT_EQ(fs.files.count(path_of("snapshot-000001.json.tmp")), 0u);
  EXPECT_EQ(fs.files[path_of("notes.txt")], "mine");
  EXPECT_EQ(fs.files[path_of("other.tmp")], "not ours");

  // Names a crashed write had used are not reused.
  numbers.commit(2);
  ASSERT_TRUE(numbers.flush().ok());
  EXPECT_EQ(fs.files[path_of("journal-000000-000003.json")], "2\n");
}

TEST(DirectoryEngine, ImportStartsANewGenerationAndKeepsTheOldOneComplete) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  numbers.commit(1);
  ASSERT_TRUE(numbers.flush().ok());
  numbers.commit(2);  // queued before the import: closes generation 0
  EXPECT_EQ(numbers.engine.enqueue_snapshot("[50]"), "");
  numbers.state = {50};
  numbers.commit(51);  // queued after: belongs to the new generation
  const FlushResult flushed = numbers.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_TRUE(flushed.new_generation);
  EXPECT_EQ(flushed.files_written, 3u);
  EXPECT_EQ(fs.files[path_of("journal-000000-000002.json")], "2\n");
  EXPECT_EQ(fs.files[path_of("snapshot-000001.json")], "[50]");
  EXPECT_EQ(fs.files[path_of("journal-000001-000001.json")], "51\n");
  EXPECT_EQ(reload(fs), (std::vector<int>{50, 51}));
}

TEST(DirectoryEngine, FailedWriteKeepsRecordsQueuedForTheNextFlush) {
  MemoryFileSystem fs;
  Numbers numbers(fs);
  numbers.load();
  numbers.commit(1);
  fs.crash_at(0);
  EXPECT_FALSE(numbers.flush().ok());
  EXPECT_TRUE(numbers.engine.has_pending());
  fs.no_crash();
  ASSERT_TRUE(numbers.flush().ok());
  EXPECT_EQ(reload(fs), (std::vector<int>{1}));
}

TEST(DirectoryEngine, AThrowingSnapshotSourceIsAnErrorAndCompactionIsRetried) {
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 1;
  Numbers numbers(fs, options);
  numbers.load();
  numbers.commit(1);
  const FlushResult failed = numbers.engine.flush([]() -> std::string { throw std::runtime_error("boom"); });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(failed.files_written, 1u);  // the segment is saved all the same
  EXPECT_TRUE(numbers.engine.has_pending());
  const FlushResult retried = numbers.flush();
  ASSERT_TRUE(retried.ok());
  EXPECT_TRUE(retried.new_generation);
  EXPECT_EQ(reload(fs), (std::vector<int>{1}));
}

TEST(DirectoryEngine, OneSaveWritesOneSmallFileWhateverTheStoreSize) {
  MemoryFileSystem fs;
  std::vector<int> big(10000);
  for (int i = 0; i < 10000; ++i) big[static_cast<std::size_t>(i)] = 100000 + i;
  fs.directories.insert(kDir.string());
  fs.files[path_of("snapshot-000001.json")] = nlohmann::json(big).dump();

  Numbers numbers(fs);
  numbers.load();
  ASSERT_EQ(numbers.state.size(), 10000u);
  fs.reset_counters();
  numbers.commit(7);
  const FlushResult flushed = numbers.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_EQ(fs.writes, 1u);
  EXPECT_EQ(fs.bytes_written, 2u);
  EXPECT_EQ(flushed.bytes_written, 2u);
}

TEST(DirectoryEngine, WorksOnARealDirectory) {
  const auto unique = std::chrono::steady_clock::now().time_since_epoch().count();
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("opp-engine-test-" + std::to_string(unique));
  {
    DirectoryEngine engine(dir / "store");
    EXPECT_EQ(engine.load().status, LoadStatus::Empty);
    EXPECT_FALSE(std::filesystem::exists(dir));  // load never creates anything
    ASSERT_EQ(engine.enqueue("{\"a\":1}"), "");
    ASSERT_EQ(engine.enqueue("{\"a\":2}"), "");
    ASSERT_TRUE(engine.flush([] { return std::string("[]"); }).ok());
    ASSERT_EQ(engine.enqueue_snapshot("{\"s\":1}"), "");
    ASSERT_TRUE(engine.flush([] { return std::string("[]"); }).ok());
    ASSERT_EQ(engine.enqueue("{\"a\":3}"), "");
    ASSERT_TRUE(engine.flush([] { return std::string("[]"); }).ok());
  }
  {
    std::FILE* leftover = std::fopen((dir / "store" / "journal-000001-000002.json.tmp").string().c_str(), "wb");
    ASSERT_NE(leftover, nullptr);
    std::fputs("{\"a\":", leftover);
    std::fclose(leftover);
  }
  {
    DirectoryEngine engine(dir / "store");
    const LoadResult result = engine.load();
    EXPECT_EQ(result.status, LoadStatus::Loaded);
    EXPECT_EQ(result.snapshot.value_or(""), "{\"s\":1}");
    EXPECT_EQ(result.records, (std::vector<std::string>{"{\"a\":3}"}));
    EXPECT_FALSE(std::filesystem::exists(dir / "store" / "journal-000001-000002.json.tmp"));
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

}  // namespace
}  // namespace opp::storage
