// Entity ids that several devices can hand out without ever colliding: a device number and its own counter.
#pragma once

#include <cstdint>
#include <map>

namespace opp {

// id = device << 32 | counter. The device number has 21 bits, so every id stays below 2^53 and
// survives JavaScript's numbers (the test hook, exports read by spreadsheets and scripts).
// Device 0 is the single store-wide counter of schema 1: ids stored before devices existed keep
// their values (1, 2, 3 …) and never clash with a device's ids, which are all ≥ 2^32.
using Id = std::uint64_t;
inline constexpr Id kNoId = 0;
using DeviceId = std::uint32_t;
inline constexpr int kDeviceBits = 21;
inline constexpr DeviceId kMaxDevice = (DeviceId{1} << kDeviceBits) - 1;
inline constexpr DeviceId kLegacyDevice = 0;

inline constexpr Id make_id(DeviceId device, std::uint32_t counter) {
  return (static_cast<Id>(device) << 32) | counter;
}
inline constexpr DeviceId device_of(Id id) { return static_cast<DeviceId>(id >> 32); }
inline constexpr std::uint32_t counter_of(Id id) { return static_cast<std::uint32_t>(id & 0xFFFFFFFFu); }
inline constexpr bool valid_device(DeviceId device) { return device <= kMaxDevice; }

// The last counter each device has handed out (a device not listed has handed out none).
using IdCounters = std::map<DeviceId, std::uint32_t>;

// Hands out the device's next id; ids are never reused. Replaying a device's records in their
// order gives the same ids again, which is what keeps a journal's references valid on reload.
inline Id next_id(IdCounters& counters, DeviceId device) { return make_id(device, ++counters[device]); }

// Raises a device's counter to `at_least`, never lowers it, and adds no entry for 0: a change
// merged from another device uses up the ids it handed out there (core/sync).
inline void raise_counter(IdCounters& counters, DeviceId device, std::uint32_t at_least) {
  if (at_least == 0) return;
  std::uint32_t& counter = counters[device];
  if (counter < at_least) counter = at_least;
}

}  // namespace opp
