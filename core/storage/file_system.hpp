// The few file operations the storage engine needs, behind an interface so tests can crash a save midway.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
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

// A file's stored bytes, made a slice at a time (sealing a 30 MB snapshot): see FileSystem::prepare.
class PreparedWrite {
 public:
  virtual ~PreparedWrite() = default;
  // Does about `bytes` more of the work; true once take() holds the bytes to store.
  virtual bool step(std::size_t bytes) = 0;
  virtual std::string take() = 0;
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

  // For a file too large to turn into its stored bytes within one frame: an object that does it
  // in steps, taking `data` (moved from), or nullptr (and `data` untouched) when write() stores
  // the bytes as they are. write_prepared() then stores what it made, as it is.
  virtual std::unique_ptr<PreparedWrite> prepare(const std::filesystem::path& file, std::string& data) {
    (void)file;
    (void)data;
    return nullptr;
  }
  virtual IoStatus write_prepared(const std::filesystem::path& file, std::string_view data) { return write(file, data); }

  // Writes prepared bytes a slice at a time, across frames: the slice at `offset` of a file of
  // `total` bytes. The slice at offset 0 creates (or truncates) the file; the one that reaches
  // `total` makes it durable. A crash in between leaves a partial file under this (temporary)
  // name. The default composes read and write (test doubles); the disk writes in place.
  virtual IoStatus write_prepared_slice(const std::filesystem::path& file, std::uint64_t offset, std::string_view slice,
                                        std::uint64_t total) {
    (void)total;
    if (offset == 0) return write_prepared(file, slice);
    ReadResult so_far = read(file);
    if (!so_far.ok()) return {so_far.error};
    if (so_far.content->size() != offset) return {"write " + file.string() + ": slice out of order"};
    return write_prepared(file, *so_far.content + std::string(slice));
  }
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
  IoStatus write_prepared_slice(const std::filesystem::path& file, std::uint64_t offset, std::string_view slice,
                                std::uint64_t total) override;
};

// Removes every file in `dir` (not the directory): the demo's reset, which starts its store
// again from nothing. Goes on past a file it cannot remove and reports the first failure.
IoStatus remove_all_files(FileSystem& fs, const std::filesystem::path& dir);

}  // namespace opp::storage
