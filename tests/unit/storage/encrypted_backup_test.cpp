// Tests for encrypted backups: they open with their passphrase only, hide the document, and a
// damaged or foreign file is refused with a reason.
#include "core/storage/encrypted_backup.hpp"

#include <gtest/gtest.h>

#include "core/storage/repository.hpp"
#include "tests/unit/commands/test_support.hpp"
#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::storage {
namespace {

const std::string kDocument = R"({"format":"oppfolging-backup","schema_version":5,"store":{"persons":[{"name":"Klara Øvreås"}]}})";

TEST(EncryptedBackup, OpensWithItsPassphraseOnlyAndHidesTheDocument) {
  const std::optional<std::string> sealed = encrypt_backup(kDocument, "en lang passordfrase", kTestKdf);
  ASSERT_TRUE(sealed.has_value());
  EXPECT_TRUE(is_encrypted_backup(*sealed));
  EXPECT_FALSE(is_encrypted_backup(kDocument));
  EXPECT_EQ(sealed->find("Klara"), std::string::npos);
  EXPECT_EQ(sealed->find("persons"), std::string::npos);

  const DecryptedBackup right = decrypt_backup(*sealed, "en lang passordfrase");
  ASSERT_EQ(right.status, DecryptStatus::Ok) << right.detail;
  EXPECT_EQ(right.json, kDocument);
  const DecryptedBackup wrong = decrypt_backup(*sealed, "en lang passordfrasE");
  EXPECT_EQ(wrong.status, DecryptStatus::WrongPassphrase);
  EXPECT_TRUE(wrong.json.empty());
}

TEST(EncryptedBackup, ARealStoreRoundTripsThroughTheRestorePreview) {
  class FixedClock final : public Clock {
   public:
    Timestamp now() const override { return opp::testing::kNow; }
  } clock;
  testing::MemoryFileSystem fs;
  Repository repository("/store", clock, {}, &fs);
  repository.open();
  ASSERT_TRUE(repository.commit(CreatePerson{"Morten Æøå", opp::testing::ymd(1990, 5, 1), "", "Kinn"}, "Kari").ok());
  const std::string json = repository.export_backup();
  const DecryptedBackup opened = decrypt_backup(*encrypt_backup(json, "passord med æøå!", kTestKdf), "passord med æøå!");
  ASSERT_EQ(opened.status, DecryptStatus::Ok);
  const BackupPreview preview = Repository::preview_backup(opened.json);
  ASSERT_TRUE(preview.ok());
  ASSERT_EQ(preview.store->persons.size(), 1u);
  EXPECT_EQ(preview.store->persons[0].name, "Morten Æøå");
}

TEST(EncryptedBackup, DamageAnywhereIsRefused) {
  const std::string sealed = *encrypt_backup(kDocument, "en lang passordfrase", kTestKdf);
  // One character of the ciphertext changed (still base64): the seal notices.
  std::string flipped = sealed;
  const std::size_t at = flipped.find("\"ciphertext\":\"") + 20;
  flipped[at] = flipped[at] == 'A' ? 'B' : 'A';
  EXPECT_EQ(decrypt_backup(flipped, "en lang passordfrase").status, DecryptStatus::WrongPassphrase);
  // The cost lowered to make guessing cheaper: bound to the seal, so refused.
  std::string cheaper = sealed;
  cheaper.replace(cheaper.find("\"memlimit\":8192"), 15, "\"memlimit\":9000");
  EXPECT_EQ(decrypt_backup(cheaper, "en lang passordfrase").status, DecryptStatus::WrongPassphrase);

  auto malformed = [](const std::string& text) { return decrypt_backup(text, "x").status == DecryptStatus::Malformed; };
  EXPECT_TRUE(malformed(""));
  EXPECT_TRUE(malformed(kDocument));
  EXPECT_TRUE(malformed(sealed.substr(0, sealed.size() / 2)));
  std::string bad_base64 = sealed;
  bad_base64.replace(bad_base64.find("\"ciphertext\":\"") + 14, 1, "*");
  EXPECT_TRUE(malformed(bad_base64));
  std::string v2 = sealed;
  v2.replace(v2.find("\"version\":1"), 11, "\"version\":2");
  EXPECT_TRUE(malformed(v2));
  std::string no_salt = sealed;
  no_salt.replace(no_salt.find("\"salt\":\"") + 8, 2, "zz");
  EXPECT_TRUE(malformed(no_salt));
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

TEST(BackupOrigin, AMadeBackupSaysWhoAndWhenAndOlderFilesStillRestore) {
  class FixedClock final : public Clock {
   public:
    Timestamp now() const override { return opp::testing::kNow; }
  } clock;
  testing::MemoryFileSystem fs;
  Repository repository("/store", clock, {}, &fs);
  repository.open();
  ASSERT_TRUE(repository.commit(CreatePerson{"Pia Berg", opp::testing::ymd(1988, 4, 3), "", "Kinn"}, "Kari").ok());
  const std::string made = repository.export_backup("Kari Nordmann");
  EXPECT_NE(made.find(R"("made":{"at":")"), std::string::npos);
  const BackupPreview preview = Repository::preview_backup(made);
  ASSERT_TRUE(preview.ok());
  ASSERT_TRUE(preview.made.has_value());
  EXPECT_EQ(preview.made->at, opp::testing::kNow);
  EXPECT_EQ(preview.made->by, "Kari Nordmann");
  EXPECT_EQ(preview.made->device, repository.device());
  EXPECT_EQ(preview.last_change, opp::testing::kNow);
  EXPECT_EQ(*preview.store, repository.store());

  // A file without "made" (every earlier build), or with a damaged one, restores the same.
  const BackupPreview plain = Repository::preview_backup(repository.export_backup());
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain.made.has_value());
  EXPECT_EQ(*plain.store, repository.store());
  std::string damaged = made;
  damaged.replace(damaged.find(R"("made":{"at":")") + 14, 4, "xxxx");
  const BackupPreview odd = Repository::preview_backup(damaged);
  ASSERT_TRUE(odd.ok());
  EXPECT_FALSE(odd.made.has_value());
}

}  // namespace
}  // namespace opp::storage
