// What every view gets each frame: translation, test ids, scale, the repository, the read side and navigation.
#pragma once

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "app/platform/platform.hpp"
#include "app/route.hpp"
#include "app/widgets/test_ids.hpp"
#include "core/domain/calendar.hpp"
#include "core/i18n/catalogue.hpp"

namespace opp::storage {
class Repository;
}
namespace opp::queries {
class Caseload;
}

namespace opp::app {

class VaultGate;
class SyncController;

struct UiContext {
  explicit UiContext(Platform& p) : platform(p) {}

  Platform& platform;
  Catalogue catalogue;
  Language language = Language::Bokmal;
  TestIds test_ids;
  float scale = 1.0f;              // device pixel ratio × the user's font-size setting
  storage::Repository* repository = nullptr;  // null until the stored data has been loaded
  queries::Caseload* caseload = nullptr;      // the read side; null until loaded, like the repository
  VaultGate* vault = nullptr;                 // the lock: Settings changes the passphrase through it
  SyncController* sync = nullptr;             // sync with a team's server; null in the demo and before loading
  std::string author;              // who is using this device: recorded in the audit trail
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
  long long last_saved_ms = 0;     // wall clock of the last completed save, 0 = none yet
  std::string save_error;          // the last save's error, empty when it succeeded
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
