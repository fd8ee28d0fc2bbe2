// Tests for Repository: the store survives a restart, imports are all-or-nothing, a save stays small.
#include "core/storage/repository.hpp"

#include <gtest/gtest.h>

#include <new>

#include "tests/unit/commands/test_support.hpp"
#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::storage {
namespace {

using opp::testing::kNow;
using opp::testing::ymd;
using testing::MemoryFileSystem;

const std::filesystem::path kDir = "/idbfs/store";

class FixedClock final : public Clock {
 public:
  Timestamp now() const override { return kNow; }
};

CreatePerson person(int n) { return CreatePerson{"Person " + std::to_string(n), ymd(1950, 1, 1), "", "Kinn"}; }

struct Fixture {
  FixedClock clock;
  MemoryFileSystem fs;
  Repository open_repository(EngineOptions options = {}) {
    Repository repository(kDir, clock, options, &fs);
    repository.open();
    return repository;
  }
};

// A store of `count` persons, as a backup document (what a long-used caseload looks like on disk).
std::string backup_with_persons(std::size_t count) {
  Store store;
  for (std::size_t i = 0; i < count; ++i) {
    Person p;
    p.id = next_id(store.id_counters, kLegacyDevice);
    p.name = "Person " + std::to_string(i);
    p.birth_date = ymd(1950, 1, 1);
    p.municipality = "Kinn";
    p.registered = ymd(2024, 1, 1);
    store.persons.push_back(std::move(p));
  }
  return to_backup_json(store);
}

TEST(Repository, RefusesCommitsAndImportsBeforeOpen) {
  Fixture f;
  Repository repository(kDir, f.clock, {}, &f.fs);
  EXPECT_FALSE(repository.writable());
  const CommandResult result = repository.commit(person(1), "Kari");
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.errors, (std::vector<FieldError>{FieldError{"", kErrorNotLoaded}}));
  EXPECT_TRUE(repository.store().persons.empty());
  EXPECT_FALSE(repository.import_backup(backup_with_persons(1), "Kari").ok());
  EXPECT_FALSE(repository.flush().ok());
  EXPECT_EQ(f.fs.writes, 0u);
}

TEST(Repository, FirstRunIsEmptyAndCommitsSurviveARestart) {
  Fixture f;
  Store saved;
  {
    Repository repository = f.open_repository();
    EXPECT_EQ(repository.status(), LoadStatus::Empty);
    EXPECT_TRUE(repository.writable());
    ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
    ASSERT_TRUE(repository.commit(person(2), "Kari").ok());
    EXPECT_FALSE(repository.commit(CreatePerson{}, "Kari").ok());  // invalid: nothing queued
    EXPECT_EQ(repository.engine().pending_records(), 2u);
    ASSERT_TRUE(repository.flush().ok());
    EXPECT_FALSE(repository.has_pending());
    saved = repository.store();
  }
  Repository reopened = f.open_repository();
  EXPECT_EQ(reopened.status(), LoadStatus::Loaded);
  EXPECT_TRUE(reopened.warnings().empty());
  EXPECT_EQ(reopened.store(), saved);
  EXPECT_EQ(reopened.store().persons.size(), 2u);
  EXPECT_EQ(reopened.store().audit.size(), 2u);
}

// A commit encodes its command once, for the journal line: the audit entry keeps the command
// itself, the same one the line holds, and a restart rebuilds the same entries from the lines.
TEST(Repository, AuditEntriesHoldTheJournalLinesCommands) {
  Fixture f;
  Repository repository = f.open_repository();
  const CommandResult created = repository.commit(CreatePerson{"  Klara  ", ymd(1949, 3, 15), "", "Kinn"}, "Kari");
  ASSERT_TRUE(created.ok());
  ASSERT_TRUE(repository.commit(AddPsfsActivity{created.created, "Gå tur", kNow.date()}, "Ola").ok());
  ASSERT_TRUE(repository.flush().ok());

  std::vector<CommandRecord> journal;
  for (const auto& [name, text] : f.fs.files) {
    if (name.find("/journal-") == std::string::npos) continue;
    for (std::size_t at = 0, end = 0; (end = text.find('\n', at)) != std::string::npos; at = end + 1) {
      const Decoded<CommandRecord> line = from_journal_json(std::string_view(text).substr(at, end - at));
      ASSERT_TRUE(line.ok()) << line.error.detail;
      journal.push_back(*line.value);
    }
  }
  const std::vector<AuditEntry>& audit = repository.store().audit;
  ASSERT_EQ(journal.size(), 2u);
  ASSERT_EQ(audit.size(), 2u);
  for (std::size_t i = 0; i < audit.size(); ++i) EXPECT_EQ(audit[i].command, RecordedCommand(journal[i].command)) << i;
  ASSERT_NE(audit[0].command.get_if<CreatePerson>(), nullptr);
  EXPECT_EQ(audit[0].command.get_if<CreatePerson>()->name, "Klara");  // as recorded: normalized
  EXPECT_EQ(f.open_repository().store().audit, audit);
}

TEST(Repository, SurvivesCompactionAcrossGenerations) {
  Fixture f;
  EngineOptions options;
  options.max_segments = 2;
  options.keep_generations = 2;
  Store saved;
  {
    Repository repository = f.open_repository(options);
    for (int n = 1; n <= 7; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    EXPECT_GE(repository.engine().generation(), 3u);
    saved = repository.store();
  }
  Repository reopened = f.open_repository(options);
  EXPECT_EQ(reopened.status(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), saved);
}

TEST(Repository, RefusedNewestSnapshotRecoversFromThePreviousGeneration) {
  Fixture f;
  EngineOptions options;
  options.max_segments = 1;
  Store saved;
  {
    Repository repository = f.open_repository(options);
    for (int n = 1; n <= 3; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    saved = repository.store();
  }
  // Well-formed JSON, but not a backup document: the codec refuses it.
  const std::string newest = (kDir / "snapshot-000003.json").string();
  ASSERT_EQ(f.fs.files.count(newest), 1u);
  f.fs.files[newest] = "{\"format\":\"something else\"}";

  Repository recovered = f.open_repository(options);
  EXPECT_EQ(recovered.status(), LoadStatus::Recovered);
  EXPECT_TRUE(recovered.writable());
  EXPECT_FALSE(recovered.warnings().empty());
  EXPECT_EQ(recovered.store(), saved);  // generation 2 + its journal = everything
  EXPECT_EQ(f.fs.files[(kDir / "corrupt-snapshot-000003.json").string()], "{\"format\":\"something else\"}");
}

// The memory file system, but reading one file runs out of memory (as a browser tab does with a
// caseload beyond what it gives the app).
class OutOfMemoryOn final : public FileSystem {
 public:
  OutOfMemoryOn(MemoryFileSystem& inner, std::string file) : inner_(inner), file_(std::move(file)) {}
  IoStatus create_directories(const std::filesystem::path& dir) override { return inner_.create_directories(dir); }
  Listing list(const std::filesystem::path& dir) override { return inner_.list(dir); }
  ReadResult read(const std::filesystem::path& file) override {
    if (file.string() == file_) throw std::bad_alloc();
    return inner_.read(file);
  }
  IoStatus write(const std::filesystem::path& file, std::string_view data) override { return inner_.write(file, data); }
  IoStatus rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return inner_.rename(from, to);
  }
  IoStatus remove(const std::filesystem::path& file) override { return inner_.remove(file); }

 private:
  MemoryFileSystem& inner_;
  std::string file_;
};

// Too little memory is not damage: the load fails with that reason, nothing is written or set
// aside, and the older snapshot is not loaded in its place (it would hide the newer persons).
TEST(Repository, RunningOutOfMemoryWhileLoadingFailsAndTouchesNothing) {
  Fixture f;
  EngineOptions options;
  options.max_segments = 1;
  {
    Repository repository = f.open_repository(options);
    for (int n = 1; n <= 3; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
  }
  const auto files_before = f.fs.files;
  const std::string newest = (kDir / "snapshot-000003.json").string();
  ASSERT_EQ(f.fs.files.count(newest), 1u);

  OutOfMemoryOn short_of_memory(f.fs, newest);
  Repository repository(kDir, f.clock, options, &short_of_memory);
  EXPECT_EQ(repository.open(), LoadStatus::Failed);
  EXPECT_FALSE(repository.writable());
  EXPECT_NE(repository.error().find("out of memory"), std::string::npos) << repository.error();
  EXPECT_TRUE(repository.store().persons.empty());
  EXPECT_FALSE(repository.commit(person(4), "Kari").ok());
  EXPECT_FALSE(repository.flush().ok());
  EXPECT_EQ(f.fs.files, files_before);

  // With the memory there, everything is back.
  Repository again = f.open_repository(options);
  EXPECT_EQ(again.status(), LoadStatus::Loaded);
  EXPECT_EQ(again.store().persons.size(), 3u);
}

TEST(Repository, AJournalRecordThatCannotApplyStopsTheReplay) {
  Fixture f;
  CommandRecord good{1, kNow, "Kari", person(1)};
  CommandRecord invalid{2, kNow, "Kari", SetCoordinator{77}};  // refers to a member that does not exist
  CommandRecord after{3, kNow, "Kari", person(3)};
  f.fs.directories.insert(kDir.string());
  f.fs.files[(kDir / "journal-000000-000001.json").string()] =
      to_journal_json(good) + "\n" + to_journal_json(invalid) + "\n" + to_journal_json(after) + "\n";
  Repository repository = f.open_repository();
  EXPECT_EQ(repository.status(), LoadStatus::Recovered);
  EXPECT_EQ(repository.store().persons.size(), 1u);
  EXPECT_TRUE(repository.has_pending());  // the next flush starts a clean generation
  ASSERT_TRUE(repository.flush().ok());
  EXPECT_EQ(f.open_repository().status(), LoadStatus::Loaded);
}

TEST(Repository, ABadBackupIsRefusedAndChangesNothing) {
  Fixture f;
  Repository repository = f.open_repository();
  ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
  ASSERT_TRUE(repository.flush().ok());
  const Store before = repository.store();
  const auto files_before = f.fs.files;
  f.fs.reset_counters();

  for (const std::string& bad : {std::string("not json"), std::string("{\"format\":\"oppfolging-backup\"}"),
                                std::string("{\"format\":\"oppfolging-backup\",\"schema_version\":99,\"store\":{}}"),
                                backup_with_persons(2).substr(0, 60)}) {
    const ImportResult result = repository.import_backup(bad, "Kari");
    EXPECT_FALSE(result.ok()) << bad;
    ASSERT_TRUE(result.error.has_value());
    EXPECT_FALSE(result.error->message_key.empty());
  }
  EXPECT_EQ(repository.store(), before);
  EXPECT_FALSE(repository.has_pending());
  ASSERT_TRUE(repository.flush().ok());
  EXPECT_EQ(f.fs.writes, 0u);
  EXPECT_EQ(f.fs.files, files_before);
}

TEST(Repository, AGoodBackupReplacesTheStoreAsANewGeneration) {
  Fixture f;
  Repository repository = f.open_repository();
  ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
  ASSERT_TRUE(repository.flush().ok());

  const Store backup = opp::testing::populated_store();
  ASSERT_TRUE(repository.import_backup(to_backup_json(backup), "Kari", "sikkerhetskopi.json").ok());
  EXPECT_EQ(repository.store().persons, backup.persons);
  // The restore is the newest line of the (restored) audit trail: when, by whom, from what.
  ASSERT_EQ(repository.store().audit.size(), backup.audit.size() + 1);
  const AuditEntry& restored = repository.store().audit.back();
  EXPECT_EQ(restored.command_type, "restore_backup");
  EXPECT_EQ(restored.author, "Kari");
  EXPECT_EQ(restored.seq, backup.audit.size() + 1);
  EXPECT_EQ(restored.command,
            RecordedCommand(RestoreBackup{"sikkerhetskopi.json", static_cast<int>(backup.persons.size())}));
  EXPECT_TRUE(repository.has_pending());
  ASSERT_TRUE(repository.commit(person(9), "Kari").ok());  // after the import: in the new generation
  const FlushResult flushed = repository.flush();
  ASSERT_TRUE(flushed.ok());
  EXPECT_TRUE(flushed.new_generation);

  Repository reopened = f.open_repository();
  EXPECT_EQ(reopened.status(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), repository.store());
  EXPECT_EQ(reopened.store().persons.size(), backup.persons.size() + 1);
}

TEST(Repository, APreviewedBackupRestoresAsImportBackupWould) {
  // Settings decodes the file once for the confirmation and restores that decoded store.
  const Store backup = opp::testing::populated_store();
  const std::string json = to_backup_json(backup);
  const BackupPreview preview = Repository::preview_backup(json);
  ASSERT_TRUE(preview.ok());
  EXPECT_EQ(preview.persons(), backup.persons.size());
  Fixture a, b;
  Repository from_text = a.open_repository();
  Repository from_preview = b.open_repository();
  ASSERT_TRUE(from_text.import_backup(json, "Kari", "x.json").ok());
  ASSERT_TRUE(from_preview.import_store(*preview.store, "Kari", "x.json").ok());
  EXPECT_EQ(from_preview.store(), from_text.store());
  const BackupPreview bad = Repository::preview_backup("{");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.persons(), 0u);
  EXPECT_EQ(bad.error->message_key, "import.error.not_json");
  // Over 600 MB: refused before decoding (a valid document padded with spaces past the limit).
  std::string huge = json;
  huge.resize(kMaxBackupBytes + 1, ' ');
  const BackupPreview too_large = Repository::preview_backup(huge);
  EXPECT_FALSE(too_large.ok());
  EXPECT_EQ(too_large.error->message_key, "import.error.too_large");
  huge.resize(kMaxBackupBytes);  // at the limit it is read
  EXPECT_TRUE(Repository::preview_backup(huge).ok());
}

TEST(Repository, CrashDuringASaveLeavesTheOldOrTheNewStore) {
  EngineOptions options;
  options.max_segments = 2;
  for (std::size_t crash_at = 0;; ++crash_at) {
    SCOPED_TRACE("crash at operation " + std::to_string(crash_at));
    Fixture f;
    Store old_store, new_store;
    {
      Repository repository = f.open_repository(options);
      ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
      old_store = repository.store();
    }
    f.fs.crash_at(crash_at);
    {
      Repository repository = f.open_repository(options);
      ASSERT_TRUE(repository.commit(person(2), "Kari").ok());
      ASSERT_TRUE(repository.commit(person(3), "Kari").ok());
      new_store = repository.store();
      repository.flush();  // the second segment: compaction follows
    }
    const bool crashed = f.fs.crashed();
    f.fs.no_crash();
    Repository reopened = f.open_repository(options);
    EXPECT_EQ(reopened.status(), LoadStatus::Loaded);
    EXPECT_TRUE(reopened.store() == old_store || reopened.store() == new_store);
    if (!crashed) {
      EXPECT_EQ(reopened.store(), new_store);
      break;
    }
    ASSERT_LT(crash_at, 50u);
  }
}

// The issue's scaling requirement: with 10,000 persons stored, saving one change writes one
// small file, exactly as many bytes as with 10 persons.
TEST(Repository, SavingOneChangeCostsTheSameWhateverTheCaseload) {
  std::uint64_t bytes_per_size[2] = {0, 0};
  const std::size_t sizes[2] = {10, 10000};
  for (int i = 0; i < 2; ++i) {
    Fixture f;
    f.fs.directories.insert(kDir.string());
    const std::string snapshot = backup_with_persons(sizes[i]);
    f.fs.files[(kDir / "snapshot-000001.json").string()] = snapshot;
    Repository repository = f.open_repository();
    ASSERT_EQ(repository.status(), LoadStatus::Loaded);
    ASSERT_EQ(repository.store().persons.size(), sizes[i]);
    f.fs.reset_counters();

    ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
    const FlushResult flushed = repository.flush();
    ASSERT_TRUE(flushed.ok());
    EXPECT_FALSE(flushed.new_generation);
    EXPECT_EQ(f.fs.writes, 1u);
    EXPECT_EQ(flushed.files_written, 1u);
    EXPECT_LT(f.fs.bytes_written, 1024u);
    if (sizes[i] == 10000) {
      EXPECT_GT(snapshot.size(), 1000000u);
    }
    bytes_per_size[i] = f.fs.bytes_written;
  }
  EXPECT_EQ(bytes_per_size[0], bytes_per_size[1]);
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

TEST(RepositoryDrafts, FieldsAreEncodedByTheRepositoryAndReadBackAfterAReopen) {
  Fixture f;
  {
    Repository repository = f.open_repository();
    EXPECT_FALSE(repository.draft_fields("intake").has_value());
    repository.set_draft_fields("intake", DraftFields{{"name", "Klara Øvreås"}, {"urgency", "high"}});
    EXPECT_EQ(*repository.draft("intake"), R"({"name":"Klara Øvreås","urgency":"high"})");
    ASSERT_TRUE(repository.flush().ok());
  }
  Repository repository = f.open_repository();
  const std::optional<DraftFields> read = repository.draft_fields("intake");
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(*read, (DraftFields{{"name", "Klara Øvreås"}, {"urgency", "high"}}));
  // No fields: the draft is discarded.
  repository.set_draft_fields("intake", {});
  EXPECT_FALSE(repository.draft("intake").has_value());
  EXPECT_FALSE(repository.draft_fields("intake").has_value());
}

TEST(RepositoryDrafts, ADraftThatIsNotAnObjectOfStringsReadsAsNone) {
  Fixture f;
  Repository repository = f.open_repository();
  repository.set_draft("intake", R"({"name":3})");
  EXPECT_TRUE(repository.draft("intake").has_value());
  EXPECT_FALSE(repository.draft_fields("intake").has_value());
  repository.set_draft("intake", "not json");
  EXPECT_FALSE(repository.draft_fields("intake").has_value());
}

TEST(RepositoryDrafts, ADraftIsSavedAtTheNextFlushSurvivesAReopenAndIsDiscardedByEmptyText) {
  Fixture f;
  {
    Repository repository = f.open_repository();
    EXPECT_FALSE(repository.draft("intake").has_value());
    repository.set_draft("intake", R"({"name":"Klara"})");
    EXPECT_TRUE(repository.has_pending());
    EXPECT_EQ(*repository.draft("intake"), R"({"name":"Klara"})");
    const std::size_t writes = f.fs.writes;
    ASSERT_TRUE(repository.flush().ok());
    EXPECT_GT(f.fs.writes, writes);
    EXPECT_FALSE(repository.has_pending());
    // Setting the same text again writes nothing.
    repository.set_draft("intake", R"({"name":"Klara"})");
    EXPECT_FALSE(repository.has_pending());
  }
  {
    Repository repository = f.open_repository();
    ASSERT_TRUE(repository.writable()) << repository.error();
    ASSERT_TRUE(repository.draft("intake").has_value());
    EXPECT_EQ(*repository.draft("intake"), R"({"name":"Klara"})");
    EXPECT_TRUE(repository.store().persons.empty());  // a draft is not data
    repository.set_draft("intake", "");
    EXPECT_FALSE(repository.draft("intake").has_value());
    ASSERT_TRUE(repository.flush().ok());
  }
  Repository repository = f.open_repository();
  EXPECT_FALSE(repository.draft("intake").has_value());
}

TEST(RepositoryDrafts, DiscardDraftsEmptiesEveryDraftOnDiskAndInMemory) {
  Fixture f;
  {
    Repository repository = f.open_repository();
    repository.set_draft("intake", R"({"name":"Klara"})");
    repository.set_draft("psfs-note", "halvferdig");
    ASSERT_TRUE(repository.flush().ok());
  }
  Repository repository = f.open_repository();
  // Neither draft has been read in this session: discarding finds them on disk.
  repository.set_draft("meeting", "ulagret");
  repository.discard_drafts();
  EXPECT_TRUE(repository.has_pending());
  EXPECT_FALSE(repository.draft("intake").has_value());
  EXPECT_FALSE(repository.draft("psfs-note").has_value());
  EXPECT_FALSE(repository.draft("meeting").has_value());
  ASSERT_TRUE(repository.flush().ok());
  Repository reopened = f.open_repository();
  EXPECT_FALSE(reopened.draft("intake").has_value());
  EXPECT_FALSE(reopened.draft("psfs-note").has_value());
  EXPECT_FALSE(reopened.draft("meeting").has_value());
}

TEST(RepositoryDrafts, OnlySimpleNamesAndOnlyAfterALoad) {
  Fixture f;
  Repository closed(kDir, f.clock, {}, &f.fs);
  closed.set_draft("intake", "x");
  EXPECT_FALSE(closed.has_pending());
  Repository repository = f.open_repository();
  repository.set_draft("../escape", "x");
  repository.set_draft("Intake", "x");
  EXPECT_FALSE(repository.has_pending());
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

TEST(RepositoryDeferredCompaction, TheSnapshotIsBuiltInStepsAndAChangeMidwayIsIncluded) {
  FixedClock clock;
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 2;
  options.defer_compaction = true;
  Store saved;
  {
    Repository repository(kDir, clock, options, &fs);
    repository.open();
    for (int n = 1; n <= 2; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    EXPECT_TRUE(repository.compaction_due());
    EXPECT_EQ(repository.engine().generation(), 0u);  // not written inside the flush
    // A few records per step: nothing is written until the snapshot is whole.
    const std::size_t files_before = fs.files.size();
    EXPECT_FALSE(repository.compact_step(1).new_generation);
    EXPECT_EQ(fs.files.size(), files_before);
    // A change midway: queued records wait for the flush, then the snapshot starts again.
    ASSERT_TRUE(repository.commit(person(3), "Kari").ok());
    EXPECT_FALSE(repository.compact_step(1000).new_generation);
    ASSERT_TRUE(repository.flush().ok());
    int steps = 0;
    for (FlushResult r = repository.compact_step(2); !r.new_generation; r = repository.compact_step(2)) {
      ASSERT_TRUE(r.ok()) << r.error;
      ASSERT_TRUE(repository.compaction_due()) << steps;
      ASSERT_LT(++steps, 1000);
    }
    EXPECT_GT(steps, 1);
    EXPECT_FALSE(repository.compaction_due());
    EXPECT_EQ(repository.engine().generation(), 1u);
    saved = repository.store();
  }
  // The new generation alone holds everything, Klara 3 included.
  const std::string stored = fs.files.at((kDir / "snapshot-000001.json").string());
  ASSERT_TRUE(is_compressed(stored));
  const std::optional<std::string> snapshot = decompress(stored);
  ASSERT_TRUE(snapshot.has_value());
  EXPECT_EQ(*snapshot, to_backup_json(saved));
  EXPECT_NE(snapshot->find("Person 3"), std::string::npos);
  Repository reopened(kDir, clock, options, &fs);
  EXPECT_EQ(reopened.open(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), saved);
  EXPECT_EQ(reopened.engine().segments_in_generation(), 0u);
}

TEST(RepositoryDeferredCompaction, WithoutTheOptionCompactionStaysInsideTheFlush) {
  FixedClock clock;
  MemoryFileSystem fs;
  EngineOptions options;
  options.max_segments = 2;
  Repository repository(kDir, clock, options, &fs);
  repository.open();
  for (int n = 1; n <= 2; ++n) {
    ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
    ASSERT_TRUE(repository.flush().ok());
  }
  EXPECT_FALSE(repository.compaction_due());
  EXPECT_EQ(repository.engine().generation(), 1u);
  EXPECT_FALSE(repository.compact_step(1000).new_generation);  // nothing due: nothing written
}

}  // namespace
}  // namespace opp::storage
