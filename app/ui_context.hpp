// What every view gets each frame: translation, test ids, scale, the data (as DataAccess) and navigation.
#pragma once

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "app/data_access.hpp"
#include "app/platform_api.hpp"
#include "app/route.hpp"
#include "app/test_ids.hpp"
#include "core/domain/calendar.hpp"
#include "core/i18n/catalogue.hpp"

namespace opp::app {

struct UiContext {
  explicit UiContext(Platform& p) : platform(p) {}

  Platform& platform;
  Catalogue catalogue;
  Language language = Language::Bokmal;
  TestIds test_ids;
  float scale = 1.0f;              // device pixel ratio × the user's font-size setting
  // What a view may do with the data (app/data_access.hpp); null until the data has been loaded.
  // Views are drawn only once it is set.
  DataAccess* data = nullptr;
  float font_scale = 1.0f;         // the user's font-size setting (1.0 = 100 %)
  float device_pixel_ratio = 1.0f;
  unsigned mode = kModeNormal;      // kModeNormal or kModeDemo, with kModeKiosk on a shared screen
  bool presentation = false;       // large text for showing the screen at a meeting (demo banner)
  // A view asks the app to reload the page with these mode flags ("demo", "kiosk", "demo
  // kiosk", "") once everything is saved: Settings → kiosk, the start screen's demo button.
  std::optional<std::string> reload_flags;
  bool request_encrypted_backup = false;  // Settings opens its encrypted-backup form (the set-up's offer)
  int lock_idle_minutes = 10;      // auto-lock after this long without input (Settings; 0 = never)
  bool narrow = false;             // a phone-sized window: views stack into one column
  Route route;                     // where the user is now
  std::string back_view = "board";  // the last navigation view: where "back" from a person goes
  std::optional<Route> requested;  // where navigate() asked to go; taken by the app after the frame
  // The app draws nothing while nothing changes (core/rules/frame_pacing.hpp). A view whose work
  // goes on a slice per frame asks for the next frame; one waiting for the clock says when it
  // needs a frame (monotonic ms). Both are cleared before every frame.
  bool frame_work = false;
  double frame_wake_at_ms = std::numeric_limits<double>::infinity();

  bool demo() const { return (mode & kModeDemo) != 0; }
  bool kiosk() const { return (mode & kModeKiosk) != 0; }
  const char* tr(std::string_view key) const { return catalogue.text(language, key); }
  // Today on this device's clock: what a new record is dated and what is due is measured against.
  Date today() const { return Timestamp{platform.wall_clock_ms()}.date(); }
  // Scales a size given in CSS pixels at 100 % to device pixels.
  float px(float css) const { return css * scale; }
  // Opens a place in the app from anywhere (a list row, a card, a search hit) at the next frame.
  void navigate(Route to) { requested = std::move(to); }
  void keep_drawing() { frame_work = true; }
  void wake_at(double monotonic_ms) { frame_wake_at_ms = std::min(frame_wake_at_ms, monotonic_ms); }
};

}  // namespace opp::app
