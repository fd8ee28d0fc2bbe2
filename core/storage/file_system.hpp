// The few file operations the storage engine needs, behind an interface so tests can crash a save midway.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace opp::storage {

// The outcome of one file operation: empty `error` means it worked.
struct IoStatus {
  std::string error;
  bool ok() const { return error.empty(); }
};

// A directory listing: `exists` is false (and no error) when the directory is simply missing,
// which the engine treats as a first run rather than a failure.
struct Listing {
  bool exists = false;
  std::vector<std::string> names;  // plain file names (no directories), in no particular order
  std::string error;
  bool ok() const { return error.empty(); }
};

struct ReadResult {
  std::optional<std::string> content;
  std::string error;
  // The file was read but its bytes are unusable (an encrypted file that fails its integrity
  // check): the engine treats it like a file whose content it refused, not like an I/O failure.
  bool damaged = false;
  bool ok() const { return content.has_value(); }
};

// Primitive operations only: atomicity (temp name + rename) is composed by the engine, so a
// test double can stop the program between any two steps and the engine's promise is what's tested.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual IoStatus create_directories(const std::filesystem::path& dir) = 0;
  virtual Listing list(const std::filesystem::path& dir) = 0;
  virtual ReadResult read(const std::filesystem::path& file) = 0;
  // Creates or truncates `file`, writes `data` and pushes it to stable storage (fsync) before returning.
  virtual IoStatus write(const std::filesystem::path& file, std::string_view data) = 0;
  // Atomically replaces `to` with `from`; on failure `to` is untouched.
  virtual IoStatus rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
  virtual IoStatus remove(const std::filesystem::path& file) = 0;
};

// The real thing: std::filesystem plus fsync where the platform has it. Under Emscripten this
// works on MEMFS/IDBFS, where fsync is a no-op and durability comes from the platform's FS.syncfs.
class DiskFileSystem final : public FileSystem {
 public:
  IoStatus create_directories(const std::filesystem::path& dir) override;
  Listing list(const std::filesystem::path& dir) override;
  ReadResult read(const std::filesystem::path& file) override;
  IoStatus write(const std::filesystem::path& file, std::string_view data) override;
  IoStatus rename(const std::filesystem::path& from, const std::filesystem::path& to) override;
  IoStatus remove(const std::filesystem::path& file) override;
};

}  // namespace opp::storage
