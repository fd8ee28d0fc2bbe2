#include "core/rules/frame_pacing.hpp"

#include <cmath>
#include <cstring>

namespace opp {

void FramePacer::settle() {
  state_ = State::Settling;
  settle_left_ = options_.settle_frames;
  have_hash_ = false;
}

bool FramePacer::should_draw(double now_ms, const FrameSignals& signals) {
  if (signals.input || signals.held) {
    state_ = State::Active;
    active_until_ms_ = now_ms + options_.active_after_input_ms;
    return true;
  }
  if (signals.work) {
    // Drawn like input, but without its time after: once the work is done, the pacer settles.
    if (state_ != State::Active) {
      state_ = State::Active;
      active_until_ms_ = now_ms;
    }
    return true;
  }
  switch (state_) {
    case State::Active:
      if (now_ms >= active_until_ms_) settle();
      return true;
    case State::Settling:
      return true;
    case State::Idle:
      if (now_ms >= timers_.wake_at_ms || now_ms - last_drawn_ms_ >= options_.heartbeat_ms) {
        settle();
        return true;
      }
      return now_ms >= timers_.caret_at_ms;  // one frame: the caret changes, nothing else
  }
  return true;
}

void FramePacer::drew(double now_ms, std::uint64_t output_hash, const FrameTimers& timers) {
  last_drawn_ms_ = now_ms;
  timers_ = timers;
  if (state_ != State::Settling) return;
  if (settle_left_ > 0) --settle_left_;
  const bool same = have_hash_ && output_hash == last_hash_;
  last_hash_ = output_hash;
  have_hash_ = true;
  if (settle_left_ == 0 && same) state_ = State::Idle;
}

double caret_blink_in_s(double cursor_anim_s) {
  constexpr double kPeriod = 1.2, kOn = 0.8;
  if (cursor_anim_s <= 0.0) return kOn - cursor_anim_s;  // shown until the timer passes 0.8
  const double phase = std::fmod(cursor_anim_s, kPeriod);
  return phase <= kOn ? kOn - phase : kPeriod - phase;
}

std::uint64_t frame_hash(const void* data, std::size_t size, std::uint64_t seed) {
  // Eight bytes a step, each mixed by a multiply and a shift (the mix of splitmix64).
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::uint64_t h = seed ^ (size * kMul);
  auto mix = [](std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
  };
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  if (size > i) std::memcpy(&tail, bytes + i, size - i);
  return mix(h ^ tail ^ (static_cast<std::uint64_t>(size - i) << 56));
}

}  // namespace opp
