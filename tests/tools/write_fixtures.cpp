// Writes one schema's stored-data fixtures (tests/fixtures/README.md) as this build stores them:
//   write_fixtures <dir>   → <dir>/store, <dir>/journal-only, <dir>/backup.json
// The caseload is the unit tests' populated_store(): its commands are committed again, in order,
// through a Repository on device 737377 with one flush per command, the clock stepping one
// minute per command from 2024-03-05T10:01Z (the day the commands are dated for). Run once when a schema version is released, then
// never again for that folder: the files it wrote are what later builds must open.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/codec/json_codec.hpp"
#include "core/storage/repository.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace {

using namespace opp;
using storage::EngineOptions;

class SteppingClock final : public Clock {
 public:
  Timestamp now() const override { return Timestamp{ms_}; }
  void step() { ms_ += 60'000; }

 private:
  std::int64_t ms_ = opp::testing::kNow.ms_since_epoch + 60000;  // 2024-03-05T10:01Z: the dates the commands use
};

constexpr const char* kDevice = "{\"device\":737377}";

bool write_folder(const std::filesystem::path& dir, EngineOptions options, std::string* backup) {
  std::filesystem::create_directories(dir);
  std::ofstream(dir / storage::kDeviceFile) << kDevice;
  SteppingClock clock;
  storage::Repository repository(dir, clock, options);
  if (repository.open() == storage::LoadStatus::Failed) {
    std::fprintf(stderr, "cannot open %s: %s\n", dir.c_str(), repository.error().c_str());
    return false;
  }
  bool ok = true;
  std::size_t commands = 0;
  // Authors alternate, as on a shared office computer.
  static constexpr const char* kAuthors[] = {"Kari Koordinator", "Ola Ø. Åsen"};
  opp::testing::populate([&](const Command& command) -> Id {
    if (!ok) return kNoId;
    const CommandResult result = repository.commit(command, kAuthors[commands++ % 2]);
    if (!result.ok()) {
      std::fprintf(stderr, "refused %s: %s %s\n", command_type_name(command).c_str(), result.errors[0].field.c_str(),
                   result.errors[0].message_key.c_str());
      ok = false;
      return kNoId;
    }
    if (!repository.flush().ok()) {
      std::fprintf(stderr, "flush failed in %s\n", dir.c_str());
      ok = false;
    }
    clock.step();
    return result.created;
  });
  if (ok && backup != nullptr) *backup = to_backup_json(repository.store());
  if (ok) std::printf("%zu commands written to %s\n", commands, dir.c_str());
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: write_fixtures <dir>\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  std::string backup;
  // Compaction every 8 segments: generations 0–4, of which the engine keeps the last three.
  if (!write_folder(dir / "store", EngineOptions{8, std::uint64_t{4} * 1024 * 1024, 3}, &backup)) return 1;
  if (!write_folder(dir / "journal-only", EngineOptions{100000, std::uint64_t{1} << 40, 3}, nullptr)) return 1;
  std::ofstream(dir / "backup.json") << backup;
  return 0;
}
