// The vault: the data directory encrypted at rest, its key file, the lock and the migration
// of data stored before encryption.
//
// - EncryptedFileSystem sits between the storage engine and the disk: every file the engine
//   writes (snapshots, journal segments, drafts, the device file) is sealed on the way down and
//   opened on the way up. A file that does not open (damaged, another key) reads as an error,
//   so the engine's recovery treats it like a torn file: the newest good generation loads and
//   the damaged file is set aside, still encrypted.
// - key.json beside the data holds the data key wrapped by the passphrase (crypto.hpp).
// - Data from before encryption is migrated file by file: each plaintext file is sealed under
//   a temporary name, read back and checked against the plaintext, and only then renamed over
//   it. The key file says "migrating" until every file is done, and only then are plaintext
//   files refused; a migration cut short goes on at the next unlock.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/storage/crypto.hpp"
#include "core/storage/file_system.hpp"

namespace opp::storage {

inline constexpr const char* kKeyFile = "key.json";

class EncryptedFileSystem final : public FileSystem {
 public:
  // `inner` must outlive this. With `accept_plaintext` (a migration in progress) files that
  // are not sealed are read as they are; otherwise they are refused.
  EncryptedFileSystem(FileSystem& inner, SecretKey key, bool accept_plaintext = false, RandomFill random = system_random());

  IoStatus create_directories(const std::filesystem::path& dir) override { return inner_->create_directories(dir); }
  Listing list(const std::filesystem::path& dir) override { return inner_->list(dir); }
  ReadResult read(const std::filesystem::path& file) override;
  IoStatus write(const std::filesystem::path& file, std::string_view data) override;
  IoStatus rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return inner_->rename(from, to);
  }
  IoStatus remove(const std::filesystem::path& file) override { return inner_->remove(file); }
  // Seals a large file a slice at a time (SealInSteps): the same bytes write() would store.
  std::unique_ptr<PreparedWrite> prepare(const std::filesystem::path& file, std::string& data) override;
  IoStatus write_prepared(const std::filesystem::path& file, std::string_view data) override {
    return inner_->write(file, data);
  }
  IoStatus write_prepared_slice(const std::filesystem::path& file, std::uint64_t offset, std::string_view slice,
                                std::uint64_t total) override {
    return inner_->write_prepared_slice(file, offset, slice, total);
  }

  void set_accept_plaintext(bool accept) { accept_plaintext_ = accept; }

 private:
  FileSystem* inner_;
  SecretKey key_;
  bool accept_plaintext_;
  RandomFill random_;
};

// The name a file's ciphertext is bound to: its final name, whatever temporary or set-aside
// name it has now ("journal-…json.tmp" and "corrupt-journal-…json" both seal as "journal-…json").
std::string sealed_name(const std::filesystem::path& file);

enum class VaultState {
  Empty,           // nothing stored: set a passphrase to begin
  Plaintext,       // data from before encryption: set a passphrase, then it is migrated
  Locked,          // a key file: unlock with the passphrase
  KeyFileDamaged,  // key.json is there but unusable: nothing can be decrypted
  KeyFileMissing,  // encrypted data but no key.json: nothing can be decrypted
  Unreadable,      // the directory cannot be listed or read
};

struct VaultProbe {
  VaultState state = VaultState::Unreadable;
  std::optional<KeyFile> key_file;  // when Locked
  std::string error;                // why, for the damaged, missing and unreadable states
};

// Looks at the directory without changing anything.
VaultProbe probe_vault(FileSystem& fs, const std::filesystem::path& dir);

enum class PassphraseCheck { Ok, WrongPassphrase, KdfFailed, WriteFailed };

struct VaultOpen {
  PassphraseCheck status = PassphraseCheck::WrongPassphrase;
  std::optional<SecretKey> key;
  bool migrating = false;  // plaintext files may remain: run migrate_plaintext() before opening the store
  std::string error;       // for WriteFailed
};

// First start (Empty or Plaintext): draws a data key and writes the key file (migrating when
// plaintext data is there). Nothing else is touched.
VaultOpen create_vault(FileSystem& fs, const std::filesystem::path& dir, std::string_view passphrase, bool has_plaintext,
                       KdfParams kdf = kDefaultKdf, const RandomFill& random = system_random());

// Later starts: the data key, or why not. Changes nothing.
VaultOpen unlock_vault(const KeyFile& key_file, std::string_view passphrase);

// Rewraps the data key under a new passphrase (after checking the old one); the data files are
// not touched. The key file is replaced atomically.
PassphraseCheck change_passphrase(FileSystem& fs, const std::filesystem::path& dir, std::string_view old_passphrase,
                                  std::string_view new_passphrase, KdfParams kdf = kDefaultKdf,
                                  const RandomFill& random = system_random());

struct MigrationResult {
  std::size_t files_encrypted = 0;  // plaintext files sealed in place by this call
  std::string error;                // empty when every file is encrypted and the key file says so
  bool ok() const { return error.empty(); }
};

// Seals every plaintext file of the directory in place (verified before the plaintext is
// replaced), then marks the key file as no longer migrating. Safe to run again after a crash.
MigrationResult migrate_plaintext(FileSystem& fs, const std::filesystem::path& dir, const SecretKey& key,
                                  const RandomFill& random = system_random());

}  // namespace opp::storage
