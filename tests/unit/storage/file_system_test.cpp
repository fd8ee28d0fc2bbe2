// DiskFileSystem on a real directory: the primitives the engine composes, and their error paths.
#include "core/storage/file_system.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>

namespace opp::storage {
namespace {

class DiskFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto unique = std::chrono::steady_clock::now().time_since_epoch().count();
    dir_ = std::filesystem::temp_directory_path() / ("opp-fs-test-" + std::to_string(unique));
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::filesystem::path dir_;
  DiskFileSystem fs_;
};

TEST_F(DiskFileSystemTest, AMissingDirectoryIsListedAsAbsentNotAsAnError) {
  const Listing listing = fs_.list(dir_);
  EXPECT_TRUE(listing.ok());
  EXPECT_FALSE(listing.exists);
  EXPECT_TRUE(listing.names.empty());
}

TEST_F(DiskFileSystemTest, WritesReadsListsRenamesAndRemoves) {
  ASSERT_TRUE(fs_.create_directories(dir_).ok());
  ASSERT_TRUE(fs_.write(dir_ / "a.tmp", "æøå\n").ok());
  ASSERT_TRUE(fs_.write(dir_ / "b.json", "old").ok());
  ASSERT_TRUE(fs_.rename(dir_ / "a.tmp", dir_ / "b.json").ok());  // replaces the existing file
  EXPECT_EQ(fs_.read(dir_ / "b.json").content.value_or(""), "æøå\n");
  std::filesystem::create_directory(dir_ / "sub");  // directories are not listed
  Listing listing = fs_.list(dir_);
  ASSERT_TRUE(listing.ok());
  EXPECT_TRUE(listing.exists);
  EXPECT_EQ(listing.names, std::vector<std::string>{"b.json"});
  ASSERT_TRUE(fs_.remove(dir_ / "b.json").ok());
  EXPECT_TRUE(fs_.list(dir_).names.empty());
}

TEST_F(DiskFileSystemTest, ErrorsAreValuesWithAMessage) {
  const ReadResult missing = fs_.read(dir_ / "nope.json");
  EXPECT_FALSE(missing.ok());
  EXPECT_FALSE(missing.error.empty());
  const IoStatus write = fs_.write(dir_ / "no-such-dir" / "x.json", "x");
  EXPECT_FALSE(write.ok());
  EXPECT_FALSE(write.error.empty());
  const IoStatus rename = fs_.rename(dir_ / "nope.tmp", dir_ / "nope.json");
  EXPECT_FALSE(rename.ok());
  EXPECT_FALSE(rename.error.empty());
}

// A large file written a slice per frame: the first slice truncates an older file of the name,
// the slices land in place, and the file holds exactly the bytes (the test double's composed
// default gives the same).
TEST_F(DiskFileSystemTest, SlicesLandInPlaceAndTheFirstTruncates) {
  ASSERT_TRUE(fs_.create_directories(dir_).ok());
  const std::filesystem::path file = dir_ / "snapshot-000002.json.tmp";
  ASSERT_TRUE(fs_.write(file, std::string(100000, 'x')).ok());  // left by an earlier attempt
  std::string bytes;
  for (int i = 0; i < 10000; ++i) bytes += static_cast<char>(i * 31 % 251);
  for (std::size_t offset = 0; offset < bytes.size(); offset += 4096) {
    const std::string_view slice = std::string_view(bytes).substr(offset, 4096);
    ASSERT_TRUE(fs_.write_prepared_slice(file, offset, slice, bytes.size()).ok()) << offset;
  }
  EXPECT_EQ(fs_.read(file).content.value_or(""), bytes);
  EXPECT_FALSE(fs_.write_prepared_slice(dir_ / "missing" / "x.tmp", 0, "a", 1).ok());
}

}  // namespace
}  // namespace opp::storage

namespace opp::storage {
namespace {

TEST_F(DiskFileSystemTest, RemoveAllFilesEmptiesTheDirectoryAndLeavesIt) {
  ASSERT_TRUE(fs_.create_directories(dir_).ok());
  ASSERT_TRUE(fs_.write(dir_ / "snapshot-1.json", "{}").ok());
  ASSERT_TRUE(fs_.write(dir_ / "journal-1.jsonl", "x\n").ok());
  ASSERT_TRUE(fs_.write(dir_ / "draft-intake.json", "{}").ok());
  ASSERT_TRUE(remove_all_files(fs_, dir_).ok());
  const Listing listing = fs_.list(dir_);
  EXPECT_TRUE(listing.exists);
  EXPECT_TRUE(listing.names.empty());
  // A directory with nothing in it, or none at all, is not an error.
  EXPECT_TRUE(remove_all_files(fs_, dir_).ok());
  EXPECT_TRUE(remove_all_files(fs_, dir_ / "missing").ok());
}

TEST_F(DiskFileSystemTest, RemoveAllFilesReportsAFileItCouldNotRemove) {
  // A file the file system refuses to remove: the failure comes back with its message, and the
  // other files are still removed.
  class Ghost final : public FileSystem {
   public:
    explicit Ghost(FileSystem& real) : real_(real) {}
    IoStatus create_directories(const std::filesystem::path& d) override { return real_.create_directories(d); }
    Listing list(const std::filesystem::path& d) override {
      Listing l = real_.list(d);
      l.names.insert(l.names.begin(), "ghost.json");
      return l;
    }
    ReadResult read(const std::filesystem::path& f) override { return real_.read(f); }
    IoStatus write(const std::filesystem::path& f, std::string_view data) override { return real_.write(f, data); }
    IoStatus rename(const std::filesystem::path& a, const std::filesystem::path& b) override { return real_.rename(a, b); }
    IoStatus remove(const std::filesystem::path& f) override {
      if (f.filename() == "ghost.json") return {"remove " + f.string() + ": permission denied"};
      return real_.remove(f);
    }

   private:
    FileSystem& real_;
  };
  ASSERT_TRUE(fs_.create_directories(dir_).ok());
  ASSERT_TRUE(fs_.write(dir_ / "a.json", "{}").ok());
  Ghost ghost(fs_);
  const IoStatus status = remove_all_files(ghost, dir_);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.error.find("ghost.json"), std::string::npos) << status.error;
  EXPECT_TRUE(fs_.list(dir_).names.empty());
}

}  // namespace
}  // namespace opp::storage
