// A hybrid logical clock: wall time that never runs backwards, so records from several devices sort the same everywhere.
#pragma once

#include <compare>
#include <cstdint>

namespace opp {

// Kulkarni et al.'s HLC: `ms` follows the wall clock but never decreases; `counter` orders
// events within the same millisecond (or while a device's clock is behind one it has seen).
struct Hlc {
  std::int64_t ms = 0;
  std::uint32_t counter = 0;
  friend bool operator==(const Hlc&, const Hlc&) = default;
  friend auto operator<=>(const Hlc& a, const Hlc& b) {
    if (a.ms != b.ms) return a.ms <=> b.ms;
    return a.counter <=> b.counter;
  }
};

// The clock for a local event, given the last value this device issued or saw and the wall clock.
inline Hlc hlc_tick(Hlc last, std::int64_t wall_ms) {
  if (wall_ms > last.ms) return Hlc{wall_ms, 0};
  return Hlc{last.ms, last.counter + 1};
}

// The clock after receiving a record stamped `remote` (a merge from another device).
inline Hlc hlc_receive(Hlc last, Hlc remote, std::int64_t wall_ms) {
  const std::int64_t ms = wall_ms > last.ms && wall_ms > remote.ms ? wall_ms : (last.ms > remote.ms ? last.ms : remote.ms);
  std::uint32_t counter = 0;
  if (ms == last.ms && ms == remote.ms) counter = (last.counter > remote.counter ? last.counter : remote.counter) + 1;
  else if (ms == last.ms) counter = last.counter + 1;
  else if (ms == remote.ms) counter = remote.counter + 1;
  return Hlc{ms, counter};
}

}  // namespace opp
