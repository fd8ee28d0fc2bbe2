// Several devices through a sync server (core/sync): how long it takes to merge their changes.
// - SyncIntoFreshDevice/N: a device that joins opens N sealed change documents (10 devices'
//   changes) and merges them onto the team's base.
// - SyncTenDevicesConverge/N: ten devices each made N changes offline (to the same persons, some
//   to the same fields); each then opens and merges the other nine's. Checked: all ten stores
//   are the same afterwards.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"
#include "core/domain/hlc.hpp"
#include "core/sync/document.hpp"
#include "core/sync/merge.hpp"

namespace {

using namespace opp;

constexpr std::int64_t kStart = 1763900000000;  // 2025-11-23
constexpr int kDevices = 10;
constexpr int kPersons = 2000;

Store team_base() {
  Store store;
  for (int i = 0; i < kPersons; ++i) {
    execute(store, CreatePerson{"Person " + std::to_string(i) + " Ødegård", std::nullopt, "", "Kinn"}, "Bench",
            Timestamp{kStart});
  }
  return store;
}

// Each device's changes, made offline on its own copy of the base, in turn: a PSFS activity for
// a person of its own, a new name for a person every device renames (conflicting edits), a new
// person.
std::vector<std::vector<sync::SyncedChange>> offline_changes(const Store& base, int per_device) {
  std::vector<std::vector<sync::SyncedChange>> all(kDevices);
  for (int d = 0; d < kDevices; ++d) {
    const DeviceId device = static_cast<DeviceId>(100 + d);
    Store store = base;
    Hlc clock;
    for (int i = 0; i < per_device; ++i) {
      const std::int64_t wall = kStart + 60000 + std::int64_t{i} * 1000 + d;
      clock = hlc_tick(clock, wall);
      const auto person = [&](int n) { return base.persons[static_cast<std::size_t>(n % kPersons)].id; };
      Command command = CreatePerson{"Ny " + std::to_string(d) + "-" + std::to_string(i), std::nullopt, "", "Kinn"};
      if (i % 3 == 0) command = AddPsfsActivity{person(i / 3 * kDevices + d), "Aktivitet " + std::to_string(i), Timestamp{wall}.date()};
      if (i % 3 == 1) command = UpdatePerson{person(i * 7), "Navn " + std::to_string(d) + "-" + std::to_string(i), std::nullopt, "", "Kinn"};
      const CommandResult result = execute(store, command, "Enhet " + std::to_string(d), Timestamp{wall}, device, clock);
      if (!result.ok()) continue;
      all[static_cast<std::size_t>(d)].push_back(sync::SyncedChange{*result.record, store.id_counters[device]});
    }
  }
  return all;
}

std::vector<std::vector<std::string>> sealed(const storage::SecretKey& key,
                                             const std::vector<std::vector<sync::SyncedChange>>& changes) {
  std::vector<std::vector<std::string>> documents(changes.size());
  for (std::size_t d = 0; d < changes.size(); ++d) {
    for (const sync::SyncedChange& change : changes[d]) documents[d].push_back(sync::seal_change(key, change, storage::system_random()));
  }
  return documents;
}

std::vector<sync::SyncedChange> opened(const storage::SecretKey& key, const std::vector<std::string>& documents) {
  std::vector<sync::SyncedChange> out;
  out.reserve(documents.size());
  for (const std::string& document : documents) out.push_back(std::move(*sync::open_change(key, document).value));
  return out;
}

void BM_SyncIntoFreshDevice(benchmark::State& state) {
  const Store base = team_base();
  const storage::SecretKey key = storage::SecretKey::generate(storage::system_random());
  const auto documents = sealed(key, offline_changes(base, static_cast<int>(state.range(0)) / kDevices));
  std::vector<std::string> server;
  for (const auto& device : documents) server.insert(server.end(), device.begin(), device.end());
  for (auto _ : state) {
    sync::Merger fresh(base);
    fresh.add(opened(key, server));
    benchmark::DoNotOptimize(fresh.store().audit.size());
  }
  state.counters["changes"] = static_cast<double>(server.size());
}
BENCHMARK(BM_SyncIntoFreshDevice)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SyncTenDevicesConverge(benchmark::State& state) {
  const Store base = team_base();
  const storage::SecretKey key = storage::SecretKey::generate(storage::system_random());
  const auto changes = offline_changes(base, static_cast<int>(state.range(0)));
  const auto documents = sealed(key, changes);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<sync::Merger> devices;
    for (int d = 0; d < kDevices; ++d) {
      devices.emplace_back(base);
      devices.back().add(changes[static_cast<std::size_t>(d)]);
    }
    state.ResumeTiming();
    for (int d = 0; d < kDevices; ++d) {
      std::vector<std::string> others;
      for (int o = 0; o < kDevices; ++o) {
        if (o != d) others.insert(others.end(), documents[static_cast<std::size_t>(o)].begin(), documents[static_cast<std::size_t>(o)].end());
      }
      devices[static_cast<std::size_t>(d)].add(opened(key, others));
    }
    state.PauseTiming();
    const std::string first = to_backup_json(devices.front().store());
    for (const sync::Merger& device : devices) {
      if (to_backup_json(device.store()) != first) state.SkipWithError("the devices did not converge");
    }
    state.ResumeTiming();
  }
  state.counters["devices"] = kDevices;
  state.counters["changes_per_device"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_SyncTenDevicesConverge)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
