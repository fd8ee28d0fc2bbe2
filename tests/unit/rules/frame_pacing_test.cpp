// Frame pacing: full rate while the user works, settling until two frames draw the same, then
// nothing but the caret's blinks and the app's own timers.
#include "core/rules/frame_pacing.hpp"

#include <gtest/gtest.h>

#include <string>

namespace opp {
namespace {

constexpr FrameSignals kNothing{};
constexpr FrameSignals kInput{.input = true};
constexpr FrameSignals kHeld{.held = true};
constexpr FrameSignals kWork{.work = true};

// Offers a frame every `step` ms from `from` to `to`; draws those the pacer allows, each
// drawing `hash`; returns how many were drawn.
int run(FramePacer& pacer, double from, double to, std::uint64_t hash = 7, FrameTimers timers = {},
        double step = 16.0) {
  int drawn = 0;
  for (double t = from; t < to; t += step) {
    if (!pacer.should_draw(t, kNothing)) continue;
    pacer.drew(t, hash, timers);
    ++drawn;
  }
  return drawn;
}

TEST(FramePacing, StartsDrawingThenGoesIdleWhenTwoFramesDrawTheSame) {
  FramePacer pacer;
  EXPECT_FALSE(pacer.idle());
  EXPECT_TRUE(pacer.should_draw(0, kNothing));
  EXPECT_TRUE(pacer.needs_output_hash());
  pacer.drew(0, 1, {});
  EXPECT_TRUE(pacer.should_draw(16, kNothing));
  pacer.drew(16, 2, {});  // differs: not converged
  EXPECT_FALSE(pacer.idle());
  EXPECT_TRUE(pacer.should_draw(32, kNothing));
  pacer.drew(32, 2, {});  // the same twice
  EXPECT_TRUE(pacer.idle());
  EXPECT_FALSE(pacer.should_draw(48, kNothing));
  // A minute offered at 60 Hz, nothing happening: a heartbeat after 30 s, two frames the same.
  EXPECT_EQ(run(pacer, 48, 60048), 2);
}

TEST(FramePacing, InputDrawsAtOnceAndKeepsTheFullRateForAWhile) {
  FramePacer pacer;
  run(pacer, 0, 100);
  ASSERT_TRUE(pacer.idle());
  EXPECT_TRUE(pacer.should_draw(1000, kInput));
  EXPECT_EQ(pacer.state(), FramePacer::State::Active);
  EXPECT_FALSE(pacer.needs_output_hash());  // no hashing in the frames of work
  pacer.drew(1000, 9, {});
  // 500 ms of frames after the input, then two settling frames, then nothing.
  const int drawn = run(pacer, 1016, 3000);
  EXPECT_GE(drawn, 500 / 16);
  EXPECT_LE(drawn, 500 / 16 + 3);
  EXPECT_TRUE(pacer.idle());
}

TEST(FramePacing, SettlesOnlyWhenTheOutputStopsChanging) {
  FramePacer pacer;
  pacer.should_draw(0, kInput);
  pacer.drew(0, 1, {});
  std::uint64_t hash = 100;
  double t = 16;
  int settling_frames = 0;
  // A layout that takes five frames to converge after the active time: each frame differs.
  for (; t < 2000; t += 16) {
    ASSERT_TRUE(pacer.should_draw(t, kNothing)) << t;
    if (pacer.needs_output_hash()) {
      ++settling_frames;
      pacer.drew(t, settling_frames <= 5 ? hash++ : hash, {});
      if (pacer.idle()) break;
    } else {
      pacer.drew(t, 0, {});
    }
  }
  EXPECT_TRUE(pacer.idle());
  EXPECT_EQ(settling_frames, 7);  // six frames each unlike the one before, then the same again
}

TEST(FramePacing, HeldButtonsAndWorkKeepDrawing) {
  FramePacer pacer;
  run(pacer, 0, 100);
  ASSERT_TRUE(pacer.idle());
  for (double t = 200; t < 5000; t += 16) {
    ASSERT_TRUE(pacer.should_draw(t, kHeld));
    pacer.drew(t, 1, {});
  }
  for (double t = 5000; t < 9000; t += 16) {
    ASSERT_TRUE(pacer.should_draw(t, kWork));
    EXPECT_EQ(pacer.state(), FramePacer::State::Active);
    EXPECT_FALSE(pacer.needs_output_hash());
    pacer.drew(t, 1, {});  // the same picture each frame, but the work goes on
    EXPECT_FALSE(pacer.idle());
  }
  EXPECT_EQ(run(pacer, 9000, 9100), 2);  // the work is done: two frames the same, then idle
  EXPECT_TRUE(pacer.idle());
}

TEST(FramePacing, IdleDrawsOneFrameAtACaretBlinkAndSettlesAtATimer) {
  FramePacer pacer;
  const FrameTimers caret{.caret_at_ms = 500};
  pacer.should_draw(0, kNothing);
  pacer.drew(0, 1, caret);
  pacer.should_draw(16, kNothing);
  pacer.drew(16, 1, caret);
  ASSERT_TRUE(pacer.idle());
  EXPECT_FALSE(pacer.should_draw(480, kNothing));
  EXPECT_TRUE(pacer.should_draw(500, kNothing));
  pacer.drew(500, 2, {.caret_at_ms = 900});  // the caret's frame: still idle, whatever it drew
  EXPECT_TRUE(pacer.idle());
  EXPECT_FALSE(pacer.should_draw(516, kNothing));
  EXPECT_TRUE(pacer.should_draw(900, kNothing));
  pacer.drew(900, 1, {.wake_at_ms = 5000});
  EXPECT_TRUE(pacer.idle());
  EXPECT_FALSE(pacer.should_draw(4990, kNothing));
  // The app's timer: settle (the auto-lock may change the whole screen).
  EXPECT_TRUE(pacer.should_draw(5000, kNothing));
  EXPECT_EQ(pacer.state(), FramePacer::State::Settling);
}

TEST(FramePacing, ABlinkingCaretStaysUnderTwoFramesASecond) {
  // Dear ImGui's caret: the timer advances by each frame's time; 0.8 s on, 0.4 s off.
  FramePacer pacer;
  double anim = -0.3;  // reset by the last keystroke
  double last = 0;
  int drawn = 0;
  for (double t = 0; t < 60000; t += 16) {
    if (!pacer.should_draw(t, kNothing)) continue;
    anim += (t - last) / 1000.0;
    last = t;
    ++drawn;
    pacer.drew(t, 3, {.caret_at_ms = t + caret_blink_in_s(anim) * 1000.0 + 1.0});
  }
  EXPECT_LE(drawn / 60.0, 2.0);
  EXPECT_GE(drawn / 60.0, 1.6);  // every change of the caret is drawn: 100 in a minute
}

TEST(FramePacing, CaretBlinkTimes) {
  EXPECT_DOUBLE_EQ(caret_blink_in_s(-0.3), 1.1);  // after a keystroke: on for 0.3 + 0.8 s
  EXPECT_DOUBLE_EQ(caret_blink_in_s(0.0), 0.8);
  EXPECT_NEAR(caret_blink_in_s(0.5), 0.3, 1e-9);
  EXPECT_NEAR(caret_blink_in_s(0.9), 0.3, 1e-9);  // off until 1.2
  EXPECT_NEAR(caret_blink_in_s(1.3), 0.7, 1e-9);  // on again from 1.2 to 2.0
}

TEST(FramePacing, FrameHashTellsFramesApart) {
  std::string a(1000, 'x');
  std::string b = a;
  EXPECT_EQ(frame_hash(a.data(), a.size(), 1), frame_hash(b.data(), b.size(), 1));
  for (std::size_t at : {0u, 7u, 8u, 500u, 999u}) {
    b = a;
    b[at] = 'y';
    EXPECT_NE(frame_hash(a.data(), a.size(), 1), frame_hash(b.data(), b.size(), 1)) << at;
  }
  EXPECT_NE(frame_hash(a.data(), 999, 1), frame_hash(a.data(), 1000, 1));  // the length counts
  EXPECT_NE(frame_hash(a.data(), a.size(), 1), frame_hash(a.data(), a.size(), 2));
  EXPECT_EQ(frame_hash(nullptr, 0, 5), frame_hash(a.data(), 0, 5));
}

}  // namespace
}  // namespace opp
