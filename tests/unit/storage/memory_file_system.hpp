// A FileSystem test double in memory: counts what is written and can "crash" at any operation.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/storage/file_system.hpp"

namespace opp::storage::testing {

// Files keyed by full path. A crash at mutating operation number N (0-based) leaves that
// operation half done where a real crash could (a write keeps the first half of its data) and
// makes every later operation fail, as if the program had stopped; crashed() tells the test.
class MemoryFileSystem final : public FileSystem {
 public:
  std::map<std::string, std::string> files;
  std::set<std::string> directories;

  // Statistics since the last reset_counters().
  std::uint64_t bytes_written = 0;
  std::size_t writes = 0;
  std::vector<std::string> written_paths;

  void crash_at(std::size_t operation) {
    crash_at_ = operation;
    operations_ = 0;
    crashed_ = false;
  }
  void no_crash() {
    crash_at_.reset();
    crashed_ = false;
  }
  bool crashed() const { return crashed_; }
  void fail_reads(bool fail) { fail_reads_ = fail; }
  void reset_counters() {
    bytes_written = 0;
    writes = 0;
    written_paths.clear();
  }

  std::vector<std::string> names_in(const std::filesystem::path& dir) const {
    std::vector<std::string> names;
    for (const auto& [path, content] : files) {
      const std::filesystem::path p(path);
      if (p.parent_path() == dir) names.push_back(p.filename().string());
    }
    return names;
  }

  IoStatus create_directories(const std::filesystem::path& dir) override {
    if (!step()) return {"crashed"};
    for (std::filesystem::path p = dir; !p.empty() && p != p.root_path(); p = p.parent_path()) {
      directories.insert(p.string());
    }
    return {};
  }

  Listing list(const std::filesystem::path& dir) override {
    Listing listing;
    if (crashed_) {
      listing.error = "crashed";
      return listing;
    }
    listing.exists = directories.count(dir.string()) > 0;
    if (listing.exists) listing.names = names_in(dir);
    return listing;
  }

  ReadResult read(const std::filesystem::path& file) override {
    ReadResult result;
    if (crashed_ || fail_reads_) {
      result.error = "cannot read";
      return result;
    }
    const auto it = files.find(file.string());
    if (it == files.end()) {
      result.error = "no such file";
      return result;
    }
    result.content = it->second;
    return result;
  }

  IoStatus write(const std::filesystem::path& file, std::string_view data) override {
    const bool completes = step();
    if (!completes && !at_crash_point_) return {"crashed"};
    if (directories.count(file.parent_path().string()) == 0) return {"no such directory"};
    const std::string_view kept = completes ? data : data.substr(0, data.size() / 2);
    files[file.string()] = std::string(kept);
    bytes_written += kept.size();
    ++writes;
    written_paths.push_back(file.filename().string());
    return completes ? IoStatus{} : IoStatus{"crashed"};
  }

  IoStatus rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    if (!step()) return {"crashed"};
    const auto it = files.find(from.string());
    if (it == files.end()) return {"no such file"};
    files[to.string()] = std::move(it->second);
    files.erase(from.string());
    return {};
  }

  IoStatus remove(const std::filesystem::path& file) override {
    if (!step()) return {"crashed"};
    files.erase(file.string());
    return {};
  }

 private:
  // True when the operation may complete; sets at_crash_point_ for the one that crashes.
  bool step() {
    at_crash_point_ = false;
    if (crashed_) return false;
    if (crash_at_ && operations_++ == *crash_at_) {
      crashed_ = true;
      at_crash_point_ = true;
      return false;
    }
    return true;
  }

  std::optional<std::size_t> crash_at_;
  std::size_t operations_ = 0;
  bool crashed_ = false;
  bool at_crash_point_ = false;
  bool fail_reads_ = false;
};

}  // namespace opp::storage::testing
