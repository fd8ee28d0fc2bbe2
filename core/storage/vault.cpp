// The vault: sealed files under the engine, the key file, unlock and the plaintext migration.
#include "core/storage/vault.hpp"

#include <algorithm>
#include <vector>

namespace opp::storage {

namespace {

constexpr std::string_view kTempSuffix = ".tmp";
constexpr std::string_view kAsidePrefix = "corrupt-";
// Not a name the engine treats as its own temp file: it ends in ".tmp" after a name the engine
// does not parse, so the engine leaves it alone and only the migration removes it.
constexpr std::string_view kMigrationSuffix = ".migrate.tmp";

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Files that belong to the store: everything but the key file and temporary files.
bool is_data_file(const std::string& name) { return name != kKeyFile && !ends_with(name, kTempSuffix); }

IoStatus write_atomic(FileSystem& fs, const std::filesystem::path& dir, const std::string& name, std::string_view data) {
  const std::filesystem::path temp = dir / (name + std::string(kMigrationSuffix));
  IoStatus written = fs.write(temp, data);
  if (!written.ok()) {
    (void)fs.remove(temp);
    return written;
  }
  IoStatus renamed = fs.rename(temp, dir / name);
  if (!renamed.ok()) (void)fs.remove(temp);
  return renamed;
}

}  // namespace

std::string sealed_name(const std::filesystem::path& file) {
  std::string name = file.filename().string();
  if (ends_with(name, kMigrationSuffix)) {
    name.resize(name.size() - kMigrationSuffix.size());
  } else if (ends_with(name, kTempSuffix)) {
    name.resize(name.size() - kTempSuffix.size());
  }
  if (name.rfind(kAsidePrefix, 0) == 0) name.erase(0, kAsidePrefix.size());
  return name;
}

//-----------------------------------------------------------------------------
// EncryptedFileSystem
//-----------------------------------------------------------------------------

EncryptedFileSystem::EncryptedFileSystem(FileSystem& inner, SecretKey key, bool accept_plaintext, RandomFill random)
    : inner_(&inner), key_(std::move(key)), accept_plaintext_(accept_plaintext), random_(std::move(random)) {}

ReadResult EncryptedFileSystem::read(const std::filesystem::path& file) {
  ReadResult raw = inner_->read(file);
  if (!raw.ok()) return raw;
  ReadResult result;
  if (!is_sealed(*raw.content)) {
    if (accept_plaintext_) return raw;
    result.error = "not encrypted (refused)";
    result.damaged = true;
    return result;
  }
  std::optional<std::string> plain = open_sealed(key_, sealed_name(file), *raw.content);
  if (!plain) {
    result.error = "cannot be decrypted (damaged, or written with another key)";
    result.damaged = true;
    return result;
  }
  result.content = std::move(plain);
  return result;
}

IoStatus EncryptedFileSystem::write(const std::filesystem::path& file, std::string_view data) {
  return inner_->write(file, seal(key_, sealed_name(file), data, random_));
}

namespace {

class SealWrite final : public PreparedWrite {
 public:
  SealWrite(const SecretKey& key, const std::string& name, std::string data, const RandomFill& random)
      : sealer_(key, name, std::move(data), random) {}
  bool step(std::size_t bytes) override { return sealer_.step(bytes); }
  std::string take() override { return sealer_.take(); }

 private:
  SealInSteps sealer_;
};

}  // namespace

std::unique_ptr<PreparedWrite> EncryptedFileSystem::prepare(const std::filesystem::path& file, std::string& data) {
  return std::make_unique<SealWrite>(key_, sealed_name(file), std::move(data), random_);
}

//-----------------------------------------------------------------------------
// Probe, create, unlock, change passphrase
//-----------------------------------------------------------------------------

VaultProbe probe_vault(FileSystem& fs, const std::filesystem::path& dir) {
  VaultProbe probe;
  const Listing listing = fs.list(dir);
  if (!listing.ok()) {
    probe.error = listing.error;
    return probe;
  }
  const bool has_key_file = std::find(listing.names.begin(), listing.names.end(), kKeyFile) != listing.names.end();
  if (has_key_file) {
    const ReadResult read = fs.read(dir / kKeyFile);
    if (!read.ok()) {
      probe.error = read.error;
      return probe;
    }
    std::string error;
    probe.key_file = decode_key_file(*read.content, error);
    if (!probe.key_file) {
      probe.state = VaultState::KeyFileDamaged;
      probe.error = error;
      return probe;
    }
    probe.state = VaultState::Locked;
    return probe;
  }
  // No key file: plaintext data from before encryption, encrypted data whose key is gone, or nothing.
  std::vector<std::string> names;
  for (const std::string& name : listing.names) {
    if (is_data_file(name)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  bool plaintext = false;
  for (const std::string& name : names) {
    const ReadResult read = fs.read(dir / name);
    if (!read.ok()) continue;  // one unreadable file does not decide; the engine reports it later
    if (is_sealed(*read.content)) {
      probe.state = VaultState::KeyFileMissing;
      probe.error = name + " is encrypted, but " + kKeyFile + " is missing";
      return probe;
    }
    plaintext = true;
  }
  probe.state = plaintext ? VaultState::Plaintext : VaultState::Empty;
  return probe;
}

VaultOpen create_vault(FileSystem& fs, const std::filesystem::path& dir, std::string_view passphrase, bool has_plaintext,
                       KdfParams kdf, const RandomFill& random) {
  VaultOpen result;
  SecretKey key = SecretKey::generate(random);
  std::optional<KeyFile> file = wrap_key(key, passphrase, kdf, random);
  if (!file) {
    result.status = PassphraseCheck::KdfFailed;
    return result;
  }
  file->migrating = has_plaintext;
  const IoStatus dir_ready = fs.create_directories(dir);
  const IoStatus written = dir_ready.ok() ? write_atomic(fs, dir, kKeyFile, encode_key_file(*file)) : dir_ready;
  if (!written.ok()) {
    result.status = PassphraseCheck::WriteFailed;
    result.error = written.error;
    return result;
  }
  result.status = PassphraseCheck::Ok;
  result.key = std::move(key);
  result.migrating = has_plaintext;
  return result;
}

VaultOpen unlock_vault(const KeyFile& key_file, std::string_view passphrase) {
  VaultOpen result;
  Unwrapped unwrapped = unwrap_key(key_file, passphrase);
  if (unwrapped.status != UnwrapStatus::Ok) {
    result.status =
        unwrapped.status == UnwrapStatus::KdfFailed ? PassphraseCheck::KdfFailed : PassphraseCheck::WrongPassphrase;
    return result;
  }
  result.status = PassphraseCheck::Ok;
  result.key = std::move(unwrapped.key);
  result.migrating = key_file.migrating;
  return result;
}

PassphraseCheck change_passphrase(FileSystem& fs, const std::filesystem::path& dir, std::string_view old_passphrase,
                                  std::string_view new_passphrase, KdfParams kdf, const RandomFill& random) {
  const ReadResult read = fs.read(dir / kKeyFile);
  if (!read.ok()) return PassphraseCheck::WriteFailed;
  std::string error;
  const std::optional<KeyFile> current = decode_key_file(*read.content, error);
  if (!current) return PassphraseCheck::WriteFailed;
  VaultOpen opened = unlock_vault(*current, old_passphrase);
  if (opened.status != PassphraseCheck::Ok) return opened.status;
  std::optional<KeyFile> rewrapped = wrap_key(*opened.key, new_passphrase, kdf, random);
  if (!rewrapped) return PassphraseCheck::KdfFailed;
  rewrapped->migrating = current->migrating;
  return write_atomic(fs, dir, kKeyFile, encode_key_file(*rewrapped)).ok() ? PassphraseCheck::Ok
                                                                            : PassphraseCheck::WriteFailed;
}

//-----------------------------------------------------------------------------
// Migration of plaintext files
//-----------------------------------------------------------------------------

MigrationResult migrate_plaintext(FileSystem& fs, const std::filesystem::path& dir, const SecretKey& key,
                                  const RandomFill& random) {
  MigrationResult result;
  const Listing listing = fs.list(dir);
  if (!listing.ok()) {
    result.error = listing.error;
    return result;
  }
  // Temporary files are leftovers of a save or a migration cut short, never part of the
  // store (the engine removes its own at load): they go rather than stay readable.
  for (const std::string& name : listing.names) {
    if (ends_with(name, kTempSuffix)) (void)fs.remove(dir / name);
  }
  for (const std::string& name : listing.names) {
    if (!is_data_file(name)) continue;
    const ReadResult read = fs.read(dir / name);
    if (!read.ok()) {
      result.error = read.error;
      return result;
    }
    if (is_sealed(*read.content)) continue;
    const std::string sealed = seal(key, sealed_name(name), *read.content, random);
    const std::filesystem::path temp = dir / (name + std::string(kMigrationSuffix));
    const IoStatus written = fs.write(temp, sealed);
    if (!written.ok()) {
      (void)fs.remove(temp);
      result.error = written.error;
      return result;
    }
    // Verified before the plaintext goes: what is on disk opens to exactly what was there.
    const ReadResult back = fs.read(temp);
    const std::optional<std::string> opened = back.ok() ? open_sealed(key, sealed_name(name), *back.content) : std::nullopt;
    if (!opened || *opened != *read.content) {
      (void)fs.remove(temp);
      result.error = "encrypting " + name + " could not be verified; the file is left as it was";
      return result;
    }
    const IoStatus renamed = fs.rename(temp, dir / name);
    if (!renamed.ok()) {
      (void)fs.remove(temp);
      result.error = renamed.error;
      return result;
    }
    ++result.files_encrypted;
  }
  // Every file is sealed: from now on plaintext files are refused.
  const ReadResult key_read = fs.read(dir / kKeyFile);
  std::string error;
  std::optional<KeyFile> key_file = key_read.ok() ? decode_key_file(*key_read.content, error) : std::nullopt;
  if (!key_file) {
    result.error = key_read.ok() ? error : key_read.error;
    return result;
  }
  if (key_file->migrating) {
    key_file->migrating = false;
    const IoStatus written = write_atomic(fs, dir, kKeyFile, encode_key_file(*key_file));
    if (!written.ok()) result.error = written.error;
  }
  return result;
}

}  // namespace opp::storage
