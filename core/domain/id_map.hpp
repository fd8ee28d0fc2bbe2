// A hash map from Id to a small value, for the tables' indexes: open addressing with linear
// probing in one array (power-of-two capacity, ids mixed by a multiplicative hash), so a look-up
// is one hash and usually one cache line, with no node per entry and no division.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/domain/ids.hpp"

namespace opp {

// Entries are only inserted (never erased) or all cleared, as the tables need. Any id is a valid
// key, kNoId too. A pointer to a value stays valid until the next insertion or clear.
template <typename V>
class IdMap {
 public:
  const V* find(Id key) const {
    if (size_ == 0) return nullptr;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }
  V* find(Id key) { return const_cast<V*>(std::as_const(*this).find(key)); }

  // Inserts `value` under `key` unless the key is there already (then nothing changes);
  // returns the key's value and whether it was inserted.
  std::pair<V*, bool> try_emplace(Id key, V value = V{}) {
    if (2 * (size_ + 1) > slots_.size()) grow(slots_.empty() ? 16 : 2 * slots_.size());
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) {
        s.used = true;
        s.key = key;
        s.value = std::move(value);
        ++size_;
        return {&s.value, true};
      }
      if (s.key == key) return {&s.value, false};
    }
  }

  std::size_t size() const { return size_; }
  void clear() {
    slots_.clear();
    mask_ = 0;
    size_ = 0;
  }
  // Room for `n` entries without growing.
  void reserve(std::size_t n) {
    std::size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    if (capacity > slots_.size()) grow(capacity);
  }

 private:
  struct Slot {
    Id key = 0;
    V value{};
    bool used = false;
  };

  std::size_t slot_of(Id key) const {
    // Fibonacci hashing: ids are mostly consecutive counters, which this spreads evenly.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
  }

  void grow(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
    for (Slot& s : old) {
      if (s.used) try_emplace(s.key, std::move(s.value));
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace opp
