// Tests for the vault: what a directory holds, set-up and unlock, a new passphrase, the store
// kept encrypted by EncryptedFileSystem, and the migration of plaintext data (crash at every step).
#include "core/storage/vault.hpp"

#include <gtest/gtest.h>

#include "core/storage/repository.hpp"
#include "tests/unit/commands/test_support.hpp"
#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::storage {
namespace {

using opp::testing::kNow;
using opp::testing::ymd;
using testing::MemoryFileSystem;

const std::filesystem::path kDir = "/idbfs/store";
constexpr std::string_view kPassphrase = "Kinn kommune oppfølging";

class FixedClock final : public Clock {
 public:
  Timestamp now() const override { return kNow; }
};

CreatePerson person(int n) {
  return CreatePerson{"Klara Øvreås " + std::to_string(n), ymd(1950, 1, 1), "", "Kinn"};
}

// Every file of the directory (not the key file) is sealed, and no plaintext name is in any.
void expect_all_sealed(const MemoryFileSystem& fs) {
  for (const auto& [path, content] : fs.files) {
    if (std::filesystem::path(path).filename() == kKeyFile) continue;
    EXPECT_TRUE(is_sealed(content)) << path;
    EXPECT_EQ(content.find("Klara"), std::string::npos) << path;
    EXPECT_EQ(content.find("Kinn"), std::string::npos) << path;
  }
}

// A plaintext store as today's version leaves it: several generations, a draft, the device file.
Store write_plaintext_store(MemoryFileSystem& fs, const FixedClock& clock) {
  EngineOptions options;
  options.max_segments = 2;
  Repository repository(kDir, clock, options, &fs);
  repository.open();
  for (int n = 1; n <= 5; ++n) {
    EXPECT_TRUE(repository.commit(person(n), "Kari").ok());
    EXPECT_TRUE(repository.flush().ok());
  }
  repository.set_draft("intake", R"({"name":"Klara Øvreås utkast"})");
  EXPECT_TRUE(repository.flush().ok());
  return repository.store();
}

TEST(Vault, ProbeTellsEmptyPlaintextLockedDamagedAndMissingApart) {
  FixedClock clock;
  MemoryFileSystem fs;
  EXPECT_EQ(probe_vault(fs, kDir).state, VaultState::Empty);  // no directory at all
  fs.directories.insert(kDir.string());
  EXPECT_EQ(probe_vault(fs, kDir).state, VaultState::Empty);
  write_plaintext_store(fs, clock);
  EXPECT_EQ(probe_vault(fs, kDir).state, VaultState::Plaintext);

  const VaultOpen created = create_vault(fs, kDir, kPassphrase, true, kTestKdf);
  ASSERT_EQ(created.status, PassphraseCheck::Ok);
  VaultProbe locked = probe_vault(fs, kDir);
  EXPECT_EQ(locked.state, VaultState::Locked);
  ASSERT_TRUE(locked.key_file.has_value());
  EXPECT_TRUE(locked.key_file->migrating);

  const std::string key_path = (kDir / kKeyFile).string();
  const std::string key_text = fs.files[key_path];
  fs.files[key_path] = "{\"format\":";
  EXPECT_EQ(probe_vault(fs, kDir).state, VaultState::KeyFileDamaged);
  EXPECT_FALSE(probe_vault(fs, kDir).error.empty());

  fs.files[key_path] = key_text;
  ASSERT_TRUE(migrate_plaintext(fs, kDir, *created.key).ok());
  fs.files.erase(key_path);
  const VaultProbe missing = probe_vault(fs, kDir);
  EXPECT_EQ(missing.state, VaultState::KeyFileMissing);
  EXPECT_NE(missing.error.find("key.json"), std::string::npos);

  fs.fail_reads(true);
  fs.files[key_path] = key_text;
  EXPECT_EQ(probe_vault(fs, kDir).state, VaultState::Unreadable);
}

TEST(Vault, UnlockNeedsTheRightPassphraseAndChangesNothing) {
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  ASSERT_EQ(created.status, PassphraseCheck::Ok);
  EXPECT_FALSE(created.migrating);
  const auto before = fs.files;
  const VaultProbe probe = probe_vault(fs, kDir);
  ASSERT_EQ(probe.state, VaultState::Locked);
  const VaultOpen wrong = unlock_vault(*probe.key_file, "Kinn kommune oppfolging");
  EXPECT_EQ(wrong.status, PassphraseCheck::WrongPassphrase);
  EXPECT_FALSE(wrong.key.has_value());
  const VaultOpen right = unlock_vault(*probe.key_file, kPassphrase);
  ASSERT_EQ(right.status, PassphraseCheck::Ok);
  EXPECT_TRUE(right.key->equals(*created.key));
  EXPECT_EQ(fs.files, before);
}

TEST(Vault, SetUpRefusesWhenTheKeyFileCannotBeWritten) {
  MemoryFileSystem fs;
  fs.crash_at(1);  // the directory is made, the key file's write fails
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  EXPECT_EQ(created.status, PassphraseCheck::WriteFailed);
  EXPECT_FALSE(created.key.has_value());
  EXPECT_FALSE(created.error.empty());
  fs.no_crash();
  EXPECT_EQ(fs.files.count((kDir / kKeyFile).string()), 0u);
}

TEST(Vault, ANewPassphraseRewrapsTheSameKeyAndLeavesTheDataAlone) {
  FixedClock clock;
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  Store saved;
  {
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, {}, &sealed);
    repository.open();
    ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
    ASSERT_TRUE(repository.flush().ok());
    saved = repository.store();
  }
  auto data_files = fs.files;
  data_files.erase((kDir / kKeyFile).string());

  EXPECT_EQ(change_passphrase(fs, kDir, "feil passordfrase", "ny lang passordfrase", kTestKdf),
            PassphraseCheck::WrongPassphrase);
  ASSERT_EQ(change_passphrase(fs, kDir, kPassphrase, "ny lang passordfrase", kTestKdf), PassphraseCheck::Ok);
  const VaultProbe probe = probe_vault(fs, kDir);
  ASSERT_EQ(probe.state, VaultState::Locked);
  EXPECT_EQ(unlock_vault(*probe.key_file, kPassphrase).status, PassphraseCheck::WrongPassphrase);
  VaultOpen opened = unlock_vault(*probe.key_file, "ny lang passordfrase");
  ASSERT_EQ(opened.status, PassphraseCheck::Ok);
  EXPECT_TRUE(opened.key->equals(*created.key));
  for (const auto& [path, content] : data_files) EXPECT_EQ(fs.files[path], content) << path;

  EncryptedFileSystem sealed(fs, std::move(*opened.key));
  Repository reopened(kDir, clock, {}, &sealed);
  EXPECT_EQ(reopened.open(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), saved);
}

TEST(Vault, TheStoreIsWrittenSealedAndReadBack) {
  FixedClock clock;
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  EngineOptions options;
  options.max_segments = 2;
  Store saved;
  DeviceId device = kLegacyDevice;
  {
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, options, &sealed);
    EXPECT_EQ(repository.open(), LoadStatus::Empty);
    for (int n = 1; n <= 5; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    repository.set_draft("intake", R"({"name":"Klara Øvreås utkast"})");
    ASSERT_TRUE(repository.flush().ok());
    saved = repository.store();
    device = repository.device();
  }
  expect_all_sealed(fs);
  EXPECT_EQ(fs.files.count((kDir / kDeviceFile).string()), 1u);
  EncryptedFileSystem sealed(fs, created.key->clone());
  Repository reopened(kDir, clock, options, &sealed);
  EXPECT_EQ(reopened.open(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), saved);
  EXPECT_EQ(reopened.draft("intake"), R"({"name":"Klara Øvreås utkast"})");
  EXPECT_EQ(reopened.device(), device);  // device.json is sealed too, and read back
}

TEST(Vault, ADamagedNewestFileFallsBackToTheNewestGoodOneAndStaysSealed) {
  FixedClock clock;
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  EngineOptions options;
  options.max_segments = 1;
  Store saved;
  {
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, options, &sealed);
    repository.open();
    for (int n = 1; n <= 3; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    saved = repository.store();
  }
  const std::string newest = (kDir / "snapshot-000003.json").string();
  ASSERT_EQ(fs.files.count(newest), 1u);
  std::string& content = fs.files[newest];
  content[content.size() / 2] = static_cast<char>(content[content.size() / 2] ^ 0x20);
  const std::string damaged = content;

  EncryptedFileSystem sealed(fs, created.key->clone());
  Repository recovered(kDir, clock, options, &sealed);
  EXPECT_EQ(recovered.open(), LoadStatus::Recovered);
  EXPECT_EQ(recovered.store(), saved);  // generation 2 and its journal hold everything
  ASSERT_FALSE(recovered.warnings().empty());
  EXPECT_EQ(fs.files[(kDir / "corrupt-snapshot-000003.json").string()], damaged);
  ASSERT_TRUE(recovered.flush().ok());
  expect_all_sealed(fs);
}

TEST(Vault, APlaintextFilePlantedAfterMigrationIsRefused) {
  FixedClock clock;
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  {
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, {}, &sealed);
    repository.open();
    ASSERT_TRUE(repository.commit(person(1), "Kari").ok());
    ASSERT_TRUE(repository.flush().ok());
  }
  // A record that was never encrypted by this key: written by someone with access to the files.
  CommandRecord planted{2, kNow, "Inntrenger", person(99)};
  fs.files[(kDir / "journal-000000-000002.json").string()] = to_journal_json(planted) + "\n";
  EncryptedFileSystem sealed(fs, created.key->clone());
  Repository repository(kDir, clock, {}, &sealed);
  EXPECT_EQ(repository.open(), LoadStatus::Recovered);
  ASSERT_EQ(repository.store().persons.size(), 1u);
  EXPECT_EQ(repository.store().persons[0].name, "Klara Øvreås 1");
}

TEST(VaultMigration, PlaintextFilesAreSealedInPlaceAndTheStoreIsUnchanged) {
  FixedClock clock;
  MemoryFileSystem fs;
  const Store saved = write_plaintext_store(fs, clock);
  fs.files[(kDir / "journal-000002-000009.json.tmp").string()] = "Klara Øvreås half written";
  const std::size_t files_before = fs.files.size();
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, true, kTestKdf);
  ASSERT_TRUE(created.migrating);

  // Before the migration is done, the store opens from plaintext (a migration cut short).
  {
    EncryptedFileSystem mixed(fs, created.key->clone(), true);
    Repository repository(kDir, clock, {}, &mixed);
    EXPECT_EQ(repository.open(), LoadStatus::Loaded);
    EXPECT_EQ(repository.store(), saved);
  }
  const MigrationResult migrated = migrate_plaintext(fs, kDir, *created.key);
  ASSERT_TRUE(migrated.ok()) << migrated.error;
  EXPECT_GE(migrated.files_encrypted, 5u);  // snapshots, segments, the draft, the device file
  EXPECT_EQ(fs.files.size(), files_before);  // the temp file went, the key file came
  EXPECT_EQ(fs.files.count((kDir / "journal-000002-000009.json.tmp").string()), 0u);
  expect_all_sealed(fs);
  EXPECT_FALSE(probe_vault(fs, kDir).key_file->migrating);
  EXPECT_EQ(migrate_plaintext(fs, kDir, *created.key).files_encrypted, 0u);  // nothing left to do

  EncryptedFileSystem sealed(fs, created.key->clone());
  Repository repository(kDir, clock, {}, &sealed);
  EXPECT_EQ(repository.open(), LoadStatus::Loaded);
  EXPECT_EQ(repository.store(), saved);
  EXPECT_EQ(repository.draft("intake"), R"({"name":"Klara Øvreås utkast"})");
}

TEST(VaultMigration, ACrashAtAnyStepLosesNothingAndTheNextRunFinishes) {
  FixedClock clock;
  MemoryFileSystem reference;
  const Store saved = write_plaintext_store(reference, clock);
  const VaultOpen created = create_vault(reference, kDir, kPassphrase, true, kTestKdf);
  const auto start = reference.files;
  const auto directories = reference.directories;
  std::size_t crash_points = 0;
  for (std::size_t crash = 0;; ++crash) {
    MemoryFileSystem fs;
    fs.files = start;
    fs.directories = directories;
    fs.crash_at(crash);
    const MigrationResult cut = migrate_plaintext(fs, kDir, *created.key);
    const bool crashed = fs.crashed();
    fs.no_crash();
    if (!crashed) {
      EXPECT_TRUE(cut.ok());
      break;
    }
    ++crash_points;
    EXPECT_FALSE(cut.ok());
    // After the crash: the key file still says migrating unless everything was sealed, and the
    // store opens from what is there, with nothing lost.
    const VaultProbe probe = probe_vault(fs, kDir);
    ASSERT_EQ(probe.state, VaultState::Locked) << "crash at " << crash;
    {
      EncryptedFileSystem mixed(fs, created.key->clone(), probe.key_file->migrating);
      Repository repository(kDir, clock, {}, &mixed);
      EXPECT_EQ(repository.open(), LoadStatus::Loaded) << "crash at " << crash;
      EXPECT_EQ(repository.store(), saved) << "crash at " << crash;
    }
    ASSERT_TRUE(migrate_plaintext(fs, kDir, *created.key).ok()) << "crash at " << crash;
    expect_all_sealed(fs);
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, {}, &sealed);
    EXPECT_EQ(repository.open(), LoadStatus::Loaded) << "crash at " << crash;
    EXPECT_EQ(repository.store(), saved) << "crash at " << crash;
  }
  EXPECT_GE(crash_points, 20u);  // a write, a read-back and a rename per file, and the key file
}

TEST(VaultMigration, APlaintextFileThatCannotBeReadStopsTheMigrationWithTheFileKept) {
  FixedClock clock;
  MemoryFileSystem fs;
  write_plaintext_store(fs, clock);
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, true, kTestKdf);
  const auto before = fs.files;
  fs.fail_reads(true);
  const MigrationResult result = migrate_plaintext(fs, kDir, *created.key);
  EXPECT_FALSE(result.ok());
  fs.fail_reads(false);
  EXPECT_EQ(fs.files, before);
  EXPECT_TRUE(probe_vault(fs, kDir).key_file->migrating);
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

// The web app's compaction: encoded and sealed a slice at a time, then written as the new
// generation; it opens with the key, and nothing is readable.
TEST(Vault, ACompactionSealedInStepsOpensAndHidesEverything) {
  FixedClock clock;
  MemoryFileSystem fs;
  const VaultOpen created = create_vault(fs, kDir, kPassphrase, false, kTestKdf);
  EngineOptions options;
  options.max_segments = 3;
  options.defer_compaction = true;
  Store saved;
  {
    EncryptedFileSystem sealed(fs, created.key->clone());
    Repository repository(kDir, clock, options, &sealed);
    repository.open();
    for (int n = 1; n <= 3; ++n) {
      ASSERT_TRUE(repository.commit(person(n), "Kari").ok());
      ASSERT_TRUE(repository.flush().ok());
    }
    ASSERT_TRUE(repository.compaction_due());
    int steps = 0;
    for (FlushResult r = repository.compact_step(1); !r.new_generation; r = repository.compact_step(1)) {
      ASSERT_TRUE(r.ok()) << r.error;
      ASSERT_LT(++steps, 10000);
    }
    EXPECT_GT(steps, 3);  // encoding and sealing both took several steps
    saved = repository.store();
  }
  expect_all_sealed(fs);
  ASSERT_EQ(fs.files.count((kDir / "snapshot-000001.json").string()), 1u);
  EncryptedFileSystem sealed(fs, created.key->clone());
  Repository reopened(kDir, clock, options, &sealed);
  EXPECT_EQ(reopened.open(), LoadStatus::Loaded);
  EXPECT_EQ(reopened.store(), saved);
  EXPECT_EQ(reopened.engine().generation(), 1u);
}

}  // namespace
}  // namespace opp::storage
