// The application: owns the UI context, the session (the data) and the views, and draws each frame.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/platform_api.hpp"
#include "app/session.hpp"
#include "app/ui_context.hpp"
#include "app/views/view.hpp"

namespace opp::app {

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
  void test_set_idle_lock_ms(double ms) { session_.test_set_idle_lock_ms(ms); }
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
  void draw_lock_button();
  void draw_locking_screen();
  void draw_demo_banner();
  void draw_update_offer();   // "a new version is ready — restart", in the status bar
  void take_reload_request();  // a view's UiContext::reload_flags
  float text_scale() const;    // the font-size setting, raised in a kiosk and for presentation

  UiContext ui_;
  Session session_;
  std::vector<std::unique_ptr<View>> views_;  // one per view_registry() row, same order
  std::size_t current_view_ = 0;
  bool scroll_to_top_ = false;
  bool test_mode_ = false;
  bool drew_ready_frame_ = false;
  float style_scale_ = 0.0f;
  Language document_language_ = Language::Bokmal;
  long long frames_ = 0;
  std::array<double, 240> frame_ms_{};
  std::string test_buffer_;
};

}  // namespace opp::app
