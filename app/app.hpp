// The application: owns the UI context, the repository and the views, and draws each frame.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/platform/platform.hpp"
#include "app/ui_context.hpp"
#include "app/vault_gate.hpp"
#include "app/views/view.hpp"

namespace opp {
class Clock;
}  // namespace opp
namespace opp::storage {
class FileSystem;
class Repository;
}  // namespace opp::storage
namespace opp::queries {
class Caseload;
}  // namespace opp::queries

namespace opp::app {

class SyncController;

class App {
 public:
  explicit App(Platform& platform, bool test_mode);
  ~App();

  // Platform events.
  void on_storage_loaded();
  void on_synced(bool ok);
  void set_device_pixel_ratio(float dpr);

  // The frame: draw_frame() between ImGui::NewFrame() and ImGui::Render(), then after_frame().
  void draw_frame();
  void after_frame();
  void record_frame_time(double ms);

  // For the frame pacer (core/rules/frame_pacing.hpp): whether the next frame has work to do
  // (a save to start, a compaction slice, a view's slice, a lock to finish), and when the app
  // next needs a frame for a timer of its own (auto-lock, sync, a retry, a view's): monotonic ms.
  bool frame_work_due(double now_ms) const;
  double next_wake_ms(double now_ms) const;

  float font_pixels() const;  // the UI font's size in device pixels
  const char* language_code() const;
  bool has_unsaved() const;

  // The test hook (window.appTest); returned strings live until the next call.
  bool test_ready() const;
  const char* test_state_json();
  const char* test_rects_json();
  const char* test_frame_stats_json();
  const char* test_import_json(const char* json);
  const char* test_vault_json();
  const char* test_set_up(const char* passphrase, bool light);
  const char* test_unlock(const char* passphrase);
  void test_set_idle_lock_ms(double ms) { test_idle_lock_ms_ = ms; }
  bool test_compaction(bool request);

 private:
  void draw_nav_bar();
  void draw_nav_menu();
  void draw_language_buttons();
  bool view_shown(const ViewInfo& info) const;      // in the current mode
  bool in_navigation(const ViewInfo& info) const;   // and listed in the navigation
  void apply_route();
  void draw_status_bar();
  void draw_storage_screen();  // loading, locked elsewhere, load failed
  void draw_storage_banner();  // the stored data was only partly readable
  void sync_style();
  void open_repository(storage::FileSystem* fs);  // once the vault gate has opened (or the demo's disk)
  void start_lock();       // hide the data now; wipe and reload once everything is saved
  void draw_lock_button();
  void draw_locking_screen();
  double idle_lock_ms() const;
  bool storage_full() const;
  void open_demo();           // demo mode: the demo store, filled with the demo caseload when empty
  void start_demo_reset();    // hide the demo, remove its files, reload: it starts afresh
  void draw_demo_banner();
  void draw_update_offer();   // "a new version is ready — restart", in the status bar
  void take_reload_request();  // a view's UiContext::reload_flags
  float text_scale() const;    // the font-size setting, raised in a kiosk and for presentation

  UiContext ui_;
  std::unique_ptr<Clock> clock_;
  VaultGate gate_;
  std::unique_ptr<storage::Repository> repository_;
  std::unique_ptr<queries::Caseload> caseload_;
  std::unique_ptr<SyncController> sync_;  // after the repository: it refers to it
  std::vector<std::unique_ptr<View>> views_;  // one per view_registry() row, same order
  std::size_t current_view_ = 0;
  bool scroll_to_top_ = false;
  bool test_mode_ = false;
  bool drew_ready_frame_ = false;
  bool files_dirty_ = false;  // files changed since the last sync started
  double retry_sync_at_ms_ = 0.0;  // after a failed sync: not before this (monotonic ms)
  float style_scale_ = 0.0f;
  Language document_language_ = Language::Bokmal;
  long long frames_ = 0;
  std::array<double, 240> frame_ms_{};
  std::string test_buffer_;
  bool locking_ = false;          // lock asked for: the data is hidden, saving finishes, then the wipe
  bool wipe_requested_ = false;
  double test_idle_lock_ms_ = 0.0;  // > 0: the test hook's shorter idle time
  bool demo_reset_ = false;       // the lock in progress resets the demo (its files are removed)
  std::optional<std::string> reload_flags_;  // reload with these address flags once all is saved
  std::optional<std::string> wipe_flags_;    // the address flags the lock reloads with (none: the same)
  bool update_requested_ = false;  // restart into the waiting version once everything is saved
};

}  // namespace opp::app
