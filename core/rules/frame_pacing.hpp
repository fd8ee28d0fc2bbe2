// When the app draws a frame: at the display's rate while the user works or something moves,
// nothing at all while the screen would not change. The browser offers a frame at every display
// refresh; the pacer says which of them to draw. A DOM page draws nothing while idle, and neither
// should an immediate-mode UI: an idle frame costs a laptop's battery and a kiosk's heat.
//
// The rule:
// - Input (an event waiting, the canvas resized, a callback from the browser, anything that
//   asked for a frame) draws at once and keeps the full rate for `active_after_input_ms` after
//   it, so what Dear ImGui does on its own time (hover delays, tooltips, a modal's dimming)
//   happens. A mouse button or key held down keeps the full rate (drags, key repeat).
// - Work that advances a frame at a time (a save, a compaction slice, an export) draws every frame.
// - Then the pacer settles: it draws at least `settle_frames` more, and stops when two frames in
//   a row drew exactly the same (the hash of their draw lists): layouts that take a frame or two
//   to converge (a window sized from its content, a popup) are finished before it stops.
// - Idle, it draws one frame when the caret's blink is due to change, and settles again when one
//   of the app's timers is due (auto-lock, the sync interval, a retry, a draft's save) or after
//   `heartbeat_ms` without any frame, which catches anything shown against the clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

namespace opp {

inline constexpr double kNever = std::numeric_limits<double>::infinity();

struct FramePacingOptions {
  double active_after_input_ms = 500.0;
  int settle_frames = 2;
  double heartbeat_ms = 30000.0;
};

// What the frame loop knows when the browser offers a frame.
struct FrameSignals {
  bool input = false;  // input waits, the canvas changed, or a callback or the app asked for a frame
  bool held = false;   // a mouse button or a key is down
  bool work = false;   // the app has work that goes on a frame at a time
};

// After a drawn frame: when the app next needs a frame for a timer of its own, and when the
// text caret next blinks (both on the monotonic clock, kNever for none).
struct FrameTimers {
  double wake_at_ms = kNever;
  double caret_at_ms = kNever;
};

class FramePacer {
 public:
  enum class State { Active, Settling, Idle };

  explicit FramePacer(FramePacingOptions options = {}) : options_(options) {}

  // At every frame the browser offers: draw this one?
  bool should_draw(double now_ms, const FrameSignals& signals);
  // Whether drew() needs the hash of the frame just drawn (only while settling: it is not
  // computed in the frames of continuous work).
  bool needs_output_hash() const { return state_ == State::Settling; }
  // After the frame should_draw() allowed was drawn.
  void drew(double now_ms, std::uint64_t output_hash, const FrameTimers& timers);

  State state() const { return state_; }
  bool idle() const { return state_ == State::Idle; }

 private:
  void settle();

  FramePacingOptions options_;
  State state_ = State::Settling;  // the first frames draw and then settle
  double active_until_ms_ = 0.0;
  int settle_left_ = 0;
  bool have_hash_ = false;
  std::uint64_t last_hash_ = 0;
  double last_drawn_ms_ = 0.0;
  FrameTimers timers_;
};

// Seconds until Dear ImGui's text caret next shows or hides, given its blink timer as the last
// frame left it (ImGuiInputTextState::CursorAnim: visible at or below 0, then 0.8 s on and 0.4 s
// off in every 1.2 s).
double caret_blink_in_s(double cursor_anim_s);

// A fast 64-bit hash of bytes, to tell whether two frames drew the same (not for security).
std::uint64_t frame_hash(const void* data, std::size_t size, std::uint64_t seed);

}  // namespace opp
