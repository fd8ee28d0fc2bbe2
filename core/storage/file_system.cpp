// DiskFileSystem: the engine's file operations on a real (or Emscripten MEMFS/IDBFS) directory.
#include "core/storage/file_system.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__) || defined(__EMSCRIPTEN__)
#include <fcntl.h>
#include <unistd.h>
#define OPP_HAVE_FSYNC 1
#else
#define OPP_HAVE_FSYNC 0
#endif

namespace opp::storage {

namespace {

std::string describe(const std::string& what, const std::filesystem::path& path, const std::string& why) {
  return what + " " + path.string() + ": " + why;
}

std::string errno_text() { return std::strerror(errno); }

// Makes a rename durable on POSIX disks (the directory entry lives in the directory's own
// inode). Best effort: the rename has already happened, so a failure here must not be reported
// as "not written" — that would make the engine retry and journal the same records twice.
void sync_directory(const std::filesystem::path& dir) {
#if OPP_HAVE_FSYNC && !defined(__EMSCRIPTEN__)
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
  if (fd >= 0) {
    (void)::fsync(fd);
    (void)::close(fd);
  }
#else
  (void)dir;
#endif
}

}  // namespace

IoStatus DiskFileSystem::create_directories(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return {describe("create directory", dir, ec.message())};
  return {};
}

Listing DiskFileSystem::list(const std::filesystem::path& dir) {
  Listing listing;
  std::error_code ec;
  const auto status = std::filesystem::status(dir, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) {
    listing.error = describe("inspect", dir, ec.message());
    return listing;
  }
  if (!std::filesystem::exists(status)) return listing;
  if (!std::filesystem::is_directory(status)) {
    listing.error = describe("list", dir, "not a directory");
    return listing;
  }
  listing.exists = true;
  std::filesystem::directory_iterator it(dir, ec);
  for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) listing.names.push_back(it->path().filename().string());
  }
  if (ec) listing.error = describe("list", dir, ec.message());
  return listing;
}

ReadResult DiskFileSystem::read(const std::filesystem::path& file) {
  ReadResult result;
  std::FILE* f = std::fopen(file.string().c_str(), "rb");
  if (f == nullptr) {
    result.error = describe("open", file, errno_text());
    return result;
  }
  std::string content;
  char buffer[64 * 1024];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) content.append(buffer, got);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    result.error = describe("read", file, "I/O error");
    return result;
  }
  result.content = std::move(content);
  return result;
}

IoStatus DiskFileSystem::write(const std::filesystem::path& file, std::string_view data) {
#if OPP_HAVE_FSYNC
  // One write() of the whole buffer, not stdio's: under Emscripten MEMFS then keeps a single copy
  // of it (a 30 MB snapshot written through fwrite's chunks took ~100 ms, one write ~a quarter).
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return {describe("create", file, errno_text())};
  bool ok = true;
  for (std::size_t done = 0; done < data.size();) {
    const ::ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  // Without fsync a power cut after the rename can leave the new name pointing at empty data.
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok) return {describe("write", file, errno_text())};
  return {};
#else
  std::FILE* f = std::fopen(file.string().c_str(), "wb");
  if (f == nullptr) return {describe("create", file, errno_text())};
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = std::fflush(f) == 0 && ok;
  ok = std::fclose(f) == 0 && ok;
  if (!ok) return {describe("write", file, errno_text())};
  return {};
#endif
}

IoStatus DiskFileSystem::write_prepared_slice(const std::filesystem::path& file, std::uint64_t offset,
                                              std::string_view slice, std::uint64_t total) {
#if OPP_HAVE_FSYNC
  // Sized once at the first slice, so each later slice is one copy into place (MEMFS keeps one
  // buffer per file and would otherwise grow and copy it again and again).
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (offset == 0 ? O_TRUNC : 0), 0644);
  if (fd < 0) return {describe("create", file, errno_text())};
  bool ok = offset != 0 || ::ftruncate(fd, static_cast<::off_t>(total)) == 0;
  for (std::size_t done = 0; ok && done < slice.size();) {
    const ::ssize_t n = ::pwrite(fd, slice.data() + done, slice.size() - done, static_cast<::off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ok = false;
    else done += static_cast<std::size_t>(n);
  }
  if (ok && offset + slice.size() >= total) ok = ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok) return {describe("write", file, errno_text())};
  return {};
#else
  return FileSystem::write_prepared_slice(file, offset, slice, total);
#endif
}

IoStatus DiskFileSystem::rename(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::error_code ec;
  std::filesystem::rename(from, to, ec);
  if (ec) return {describe("rename", from, ec.message())};
  sync_directory(to.parent_path());
  return {};
}

IoStatus DiskFileSystem::remove(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::remove(file, ec);
  if (ec) return {describe("remove", file, ec.message())};
  return {};
}

IoStatus remove_all_files(FileSystem& fs, const std::filesystem::path& dir) {
  const Listing listing = fs.list(dir);
  if (!listing.ok()) return {listing.error};
  IoStatus first;
  for (const std::string& name : listing.names) {
    const IoStatus removed = fs.remove(dir / name);
    if (!removed.ok() && first.ok()) first = removed;
  }
  return first;
}

}  // namespace opp::storage
