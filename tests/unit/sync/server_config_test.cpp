// The sync server's settings beside the data: written, read back after a reopen, and a damaged
// or foreign file reads as no settings rather than failing the sync.
#include "core/sync/server_config.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"
#include "tests/unit/storage/memory_file_system.hpp"

namespace opp::sync {
namespace {

class FixedClock final : public Clock {
 public:
  Timestamp now() const override { return opp::testing::kNow; }
};

struct Fixture {
  storage::Repository open() {
    storage::Repository repository("/data", clock, storage::EngineOptions{}, &fs, [] { return 7u; });
    repository.open();
    return repository;
  }
  FixedClock clock;
  storage::testing::MemoryFileSystem fs;
};

TEST(ServerConfig, IsWrittenAndReadBackAfterAReopen) {
  Fixture f;
  {
    storage::Repository repository = f.open();
    EXPECT_FALSE(read_server_config(repository).has_value());
    const ServerConfig config{"https://sync.kinn.kommune.no", "oppfolging", "kinn-team", "hemmelig ørret"};
    ASSERT_EQ(write_server_config(repository, config), "");
  }
  storage::Repository repository = f.open();
  const std::optional<ServerConfig> read = read_server_config(repository);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->url, "https://sync.kinn.kommune.no");
  EXPECT_EQ(read->database, "oppfolging");
  EXPECT_EQ(read->user, "kinn-team");
  EXPECT_EQ(read->password, "hemmelig ørret");
}

TEST(ServerConfig, ADamagedFileReadsAsNoSettingsAndWrongTypesAsEmptyFields) {
  Fixture f;
  storage::Repository repository = f.open();
  ASSERT_EQ(repository.write_side_file(kServerConfigFile, "{not json"), "");
  EXPECT_FALSE(read_server_config(repository).has_value());
  ASSERT_EQ(repository.write_side_file(kServerConfigFile, "[1,2]"), "");
  EXPECT_FALSE(read_server_config(repository).has_value());
  ASSERT_EQ(repository.write_side_file(kServerConfigFile, R"({"url":"https://x","database":5})"), "");
  const std::optional<ServerConfig> read = read_server_config(repository);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->url, "https://x");
  EXPECT_EQ(read->database, "");
}

TEST(ServerConfig, AFailedWriteIsReported) {
  Fixture f;
  storage::Repository repository = f.open();
  f.fs.crash_at(0);  // the disk stops: every write from here fails
  EXPECT_NE(write_server_config(repository, ServerConfig{"https://x", "db", "", ""}), "");
}

}  // namespace
}  // namespace opp::sync
