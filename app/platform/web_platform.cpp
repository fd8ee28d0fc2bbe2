// The browser platform: GLFW + WebGL2 window, main loop, DPI, IDBFS sync, text input and test hook.
// The only file that includes emscripten.h; the JS half lives in web/js/glue.js (window.oppGlue).
//
// [SECTION] JS bridge (EM_JS)
// [SECTION] WebPlatform
// [SECTION] Frame loop and fonts
// [SECTION] Exports called from JS
#include <emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>
#include <memory>
#include <new>
#include <string>
#include <unordered_map>

#include "app/app.hpp"
#include "app/platform_api.hpp"
#include "core/rules/frame_pacing.hpp"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "imgui_internal.h"  // the input event queue (pacing, settled()) and the caret's blink timer

namespace {

//-----------------------------------------------------------------------------
// [SECTION] JS bridge (EM_JS)
//-----------------------------------------------------------------------------

// Each of these forwards to web/js/glue.js, which owns the browser APIs.
EM_JS(void, js_storage_start, (), { window.oppGlue.storageStart(); });
EM_JS(void, js_storage_sync, (), { window.oppGlue.storageSync(); });
EM_JS(void, js_set_want_text_input, (int want), { window.oppGlue.setWantTextInput(!!want); });
EM_JS(void, js_set_ime_position, (float x, float y, float h), { window.oppGlue.setImePosition(x, y, h); });
EM_JS(void, js_set_clipboard, (const char* text), { window.oppGlue.setClipboard(UTF8ToString(text)); });
// A null result (the heap could not hold the copy) reads as "" in take_js_string.
EM_JS(char*, js_get_clipboard, (), {
  var s = window.oppGlue.getClipboard();
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  if (p) stringToUTF8(s, p, n);
  return p;
});
EM_JS(char*, js_get_preference, (const char* key), {
  var s = window.oppGlue.getPreference(UTF8ToString(key));
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  if (p) stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, js_set_preference, (const char* key, const char* value),
      { window.oppGlue.setPreference(UTF8ToString(key), UTF8ToString(value)); });
EM_JS(void, js_download_bytes, (const char* name, const char* mime, const unsigned char* bytes, int size),
      { window.oppGlue.downloadBytes(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + size)); });
EM_JS(void, js_download_text, (const char* name, const char* mime, const char* text),
      { window.oppGlue.downloadText(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text)); });
EM_JS(void, js_pick_text_file, (const char* accept, int request, double max_bytes),
      { window.oppGlue.pickTextFile(UTF8ToString(accept), request, max_bytes); });
// The view the address asks for (?view=queue), or "": a bookmark for a kiosk or a coordinator.
EM_JS(char*, js_start_view, (), {
  var s = new URLSearchParams(location.search).get('view') || String();
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  if (p) stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, js_sync_server, (const char* request, int id), { window.oppGlue.syncServer(UTF8ToString(request), id); });
EM_JS(int, js_online, (), { return navigator.onLine ? 1 : 0; });
EM_JS(int, js_test_mode, (), { return window.oppGlue.testMode ? 1 : 0; });
EM_JS(int, js_address_flag, (const char* name), { return new URLSearchParams(location.search).has(UTF8ToString(name)) ? 1 : 0; });
EM_JS(void, js_reload_with_flags, (const char* flags), { window.oppGlue.reloadWithFlags(UTF8ToString(flags)); });
EM_JS(int, js_update_ready, (), { return window.oppGlue.updateReady() ? 1 : 0; });
EM_JS(void, js_apply_update, (), { window.oppGlue.applyUpdate(); });
EM_JS(void, js_request_fullscreen, (), { window.oppGlue.requestFullscreen(); });
EM_JS(char*, js_data_dir, (), {
  var s = window.oppGlue.dataDir;
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  if (p) stringToUTF8(s, p, n);
  return p;
});
// Sets the canvas backing store in device pixels. Not glfwSetWindowSize: Emscripten 3.1.6's GLFW
// asks for fullscreen when the size equals the screen's (a maximised kiosk window), and in
// fullscreen it would reset the size to screen.width in CSS pixels.
EM_JS(void, js_set_canvas_size, (int w, int h), {
  Browser.setCanvasSize(w, h);
  if (GLFW.active) { GLFW.active.width = w; GLFW.active.height = h; }
});
EM_JS(void, js_first_frame, (), { window.oppGlue.firstFrame(); });
// No WebGL2 context: the page's fallback message in place of the loading screen (js/boot.js).
EM_JS(void, js_no_webgl, (), { window.oppShowFailure('noWebglTitle', 'noWebgl'); });
// A User Timing mark (performance.mark), so benchmarks can split the start-up into its parts.
EM_JS(void, js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });
EM_JS(int, js_viewport_version, (), { return window.oppGlue.viewportVersion(); });
// The CSS cursor over the canvas (Emscripten's GLFW draws none of Dear ImGui's shapes).
EM_JS(void, js_set_cursor, (const char* css), { Module.canvas.style.cursor = UTF8ToString(css); });
EM_JS(double, js_idle_ms, (), { return window.oppGlue.idleMs(); });
// Outside this frame (a wasm call must not be running while its memory is overwritten): stop
// the loop, zero the whole heap, clear the textarea and the clipboard copy, reload.
EM_JS(void, js_lock_and_wipe, (const char* flags), {
  var next = flags ? UTF8ToString(flags) : null;
  window.oppGlue.beginWipe();
  setTimeout(function() {
    try { Browser.mainLoop.pause(); } catch (e) { /* already stopped */ }
    HEAPU8.fill(0);
    window.oppGlue.finishWipe(next);
  }, 0);
});
EM_JS(void, js_set_document_language, (const char* lang),
      { document.documentElement.lang = UTF8ToString(lang); });

std::string take_js_string(char* p) {
  std::string s = p ? p : "";
  free(p);
  return s;
}

//-----------------------------------------------------------------------------
// [SECTION] WebPlatform
//-----------------------------------------------------------------------------

class WebPlatform final : public opp::app::Platform {
 public:
  // The glue mounts it: "/data", or "/demo" for the demo store (never the same database).
  std::string data_dir() const override {
    if (data_dir_.empty()) data_dir_ = take_js_string(js_data_dir());
    return data_dir_;
  }
  opp::app::StorageState storage_state() const override { return storage_state_; }
  opp::app::PersistState persist_state() const override { return persist_state_; }
  void retry_storage() override {
    storage_state_ = opp::app::StorageState::Starting;
    js_storage_start();
  }
  bool sync_in_flight() const override { return sync_in_flight_; }
  void request_sync() override {
    if (sync_in_flight_) return;  // the caller retries once the running sync is done
    sync_in_flight_ = true;
    js_storage_sync();
  }
  std::string last_sync_error() const override { return last_sync_error_; }

  std::string start_view() const override { return take_js_string(js_start_view()); }
  bool address_flag(const std::string& name) const override { return js_address_flag(name.c_str()) != 0; }
  void reload_with_flags(const std::string& flags) override { js_reload_with_flags(flags.c_str()); }
  bool update_ready() const override { return js_update_ready() != 0; }
  void apply_update() override { js_apply_update(); }
  void request_fullscreen() override { js_request_fullscreen(); }
  // Read from localStorage once and kept: views read some every frame (the backup reminder), and
  // each read crossed into JS and decoded a string. This tab is the only writer (one tab holds
  // the data); a change made in another tab (the demo's) is seen at the next start.
  std::string preference(const std::string& key) const override {
    const auto known = preferences_.find(key);
    if (known != preferences_.end()) return known->second;
    return preferences_.emplace(key, take_js_string(js_get_preference(key.c_str()))).first->second;
  }
  void set_preference(const std::string& key, const std::string& value) override {
    preferences_[key] = value;
    js_set_preference(key.c_str(), value.c_str());
  }
  void set_document_language(const char* code) override { js_set_document_language(code); }
  void download_text(const std::string& file_name, const std::string& mime,
                     const std::string& text) override {
    js_download_text(file_name.c_str(), mime.c_str(), text.c_str());
  }
  void download_bytes(const std::string& file_name, const std::string& mime,
                      const std::vector<unsigned char>& bytes) override {
    js_download_bytes(file_name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
  }
  void capture_after_frame(float x, float y, float w, float h,
                           std::function<void(std::vector<unsigned char>, int, int)> on_read) override {
    capture_ = Capture{x, y, w, h, std::move(on_read)};
  }
  // Called by the frame loop right after drawing, while the drawing buffer still holds the frame.
  void run_capture(int fb_w, int fb_h, float scale_x, float scale_y) {
    if (!capture_) return;
    Capture c = std::move(*capture_);
    capture_.reset();
    const int x0 = std::clamp(static_cast<int>(std::lround(c.x * scale_x)), 0, fb_w);
    const int y0 = std::clamp(static_cast<int>(std::lround(c.y * scale_y)), 0, fb_h);
    const int x1 = std::clamp(static_cast<int>(std::lround((c.x + c.w) * scale_x)), 0, fb_w);
    const int y1 = std::clamp(static_cast<int>(std::lround((c.y + c.h) * scale_y)), 0, fb_h);
    const int w = x1 - x0, h = y1 - y0;
    std::vector<unsigned char> pixels(static_cast<std::size_t>(std::max(w, 0)) * std::max(h, 0) * 4);
    if (w > 0 && h > 0) {
      glPixelStorei(GL_PACK_ALIGNMENT, 1);
      glReadPixels(x0, fb_h - y1, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
      // GL's rows run from the bottom: flip them.
      const std::size_t row = static_cast<std::size_t>(w) * 4;
      for (int r = 0; r < h / 2; ++r) {
        std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(r * row),
                         pixels.begin() + static_cast<std::ptrdiff_t>((r + 1) * row),
                         pixels.begin() + static_cast<std::ptrdiff_t>((h - 1 - r) * row));
      }
      for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the canvas is opaque
    }
    c.on_read(std::move(pixels), std::max(w, 0), std::max(h, 0));
  }
  void pick_text_file(const std::string& accept, std::size_t max_bytes,
                      std::function<void(std::string, std::string, FileRead)> on_loaded) override {
    pending_pick_ = std::move(on_loaded);
    js_pick_text_file(accept.c_str(), ++pick_request_, static_cast<double>(max_bytes));
  }
  void sync_server(const std::string& request, std::function<void(std::string)> on_answer) override {
    pending_answer_ = std::move(on_answer);
    js_sync_server(request.c_str(), ++sync_request_);
  }
  bool online() const override { return js_online() != 0; }
  bool capture_pending() const { return capture_.has_value(); }
  void on_sync_answer(int request, const char* answer) {
    if (request != sync_request_ || !pending_answer_) return;
    auto callback = std::move(pending_answer_);
    pending_answer_ = nullptr;
    callback(answer ? answer : "");
  }
  double idle_ms() const override { return js_idle_ms(); }
  void lock_and_wipe(const char* flags) override { js_lock_and_wipe(flags); }
  long long wall_clock_ms() const override {
    return static_cast<long long>(emscripten_date_now());
  }
  double monotonic_ms() const override { return emscripten_get_now(); }
  void mark(const char* name) override { js_mark(name); }

  // Called from the exports below.
  void on_lock(bool acquired) {
    storage_state_ = acquired ? opp::app::StorageState::Loading
                              : opp::app::StorageState::LockedElsewhere;
  }
  // error may be null: the glue could not copy the text into the heap.
  void on_loaded(bool ok, const char* error) {
    storage_state_ = ok ? opp::app::StorageState::Ready : opp::app::StorageState::LoadFailed;
    last_sync_error_ = ok || !error ? "" : error;
  }
  void on_synced(bool ok, const char* error) {
    sync_in_flight_ = false;
    last_sync_error_ = ok || !error ? "" : error;
  }
  void on_persist(int state) { persist_state_ = static_cast<opp::app::PersistState>(state); }
  // The picked file's bytes arrive in slices straight into a buffer the app owns (no JS string,
  // so no limit but the heap's): the glue asks for it with the file's size, fills it, then calls
  // on_file_read. Null when the heap cannot hold the file (the glue then reports it unreadable).
  char* file_buffer(int request, double size) {
    if (request != pick_request_ || !pending_pick_ || !(size >= 0) ||
        size > static_cast<double>(incoming_file_.max_size())) {
      return nullptr;
    }
    incoming_file_ = std::string();
    try {
      incoming_file_.resize(static_cast<std::size_t>(size));  // at most max_size(): checked above
    } catch (const std::bad_alloc&) {
      return nullptr;
    }
    return incoming_file_.data();
  }
  void on_file_read(int request, const char* name) {
    if (request != pick_request_) return;
    std::string text = std::move(incoming_file_);
    incoming_file_ = std::string();
    // A byte-order mark is not part of the text (the browser's text decoding dropped it too).
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    deliver(request, name, std::move(text), FileRead::Ok);
  }
  // The file was too large, or could not be read or copied into the heap: the view says so and
  // changes nothing.
  void on_file_failed(int request, const char* name, bool too_large) {
    if (request != pick_request_) return;
    incoming_file_ = std::string();
    deliver(request, name, "", too_large ? FileRead::TooLarge : FileRead::Unreadable);
  }

 private:
  void deliver(int request, const char* name, std::string text, FileRead read) {
    if (request != pick_request_ || !pending_pick_) return;
    auto callback = std::move(pending_pick_);
    pending_pick_ = nullptr;
    callback(name ? name : "", std::move(text), read);
  }

  struct Capture {
    float x, y, w, h;
    std::function<void(std::vector<unsigned char>, int, int)> on_read;
  };
  std::optional<Capture> capture_;
  mutable std::string data_dir_;
  mutable std::unordered_map<std::string, std::string> preferences_;
  opp::app::StorageState storage_state_ = opp::app::StorageState::Starting;
  opp::app::PersistState persist_state_ = opp::app::PersistState::Unknown;
  bool sync_in_flight_ = false;
  std::string last_sync_error_;
  std::function<void(std::string, std::string, FileRead)> pending_pick_;
  int pick_request_ = 0;
  std::string incoming_file_;
  std::function<void(std::string)> pending_answer_;
  int sync_request_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Frame loop and fonts
//-----------------------------------------------------------------------------

struct Runtime {
  GLFWwindow* window = nullptr;
  WebPlatform platform;
  std::unique_ptr<opp::app::App> app;
  float font_pixels = 0.0f;  // size the atlas was last built for (device pixels)
  bool font_all_glyphs = false;  // the atlas holds kUiGlyphRanges, not only the catalogue's
  int device_w = 0, device_h = 0;
  int viewport_version = -1;  // js/glue.js's count of viewport changes when last measured
  int frames_since_measured = 0;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;  // the CSS cursor last set
  bool first_frame_reported = false;
  bool want_text_input = false;
  std::string clipboard;
  // Frames only when needed (core/rules/frame_pacing.hpp): `wake` is set by every call from the
  // browser (storage, sync, files, the test hook) and read at the next frame the browser offers.
  opp::FramePacer pacer;
  bool wake = true;
  int frames_requested = 0;  // the test hook's drawFrames(n): frames to draw whatever happens
  double pixel_ratio = 0.0;  // as last measured
};
Runtime* g_rt = nullptr;  // the one runtime; JS callbacks need a way back in

// The canvas fills the viewport in CSS pixels; its backing store is CSS × devicePixelRatio so
// text stays crisp on high-DPI screens. ImGui works in device pixels; the app scales sizes.
struct DeviceSize {
  int w = 0, h = 0;
  double dpr = 1.0;
};
DeviceSize viewport_device_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double dpr = emscripten_get_device_pixel_ratio();
  return {static_cast<int>(std::lround(css_w * dpr)), static_cast<int>(std::lround(css_h * dpr)), dpr};
}

// Measured again after the canvas changed (js/glue.js counts the changes it is told of) or the
// pixel ratio did (read at every frame the browser offers: a pixel ratio set by DevTools'
// emulation comes with no event), and every 30th frame in case of a change with no event at all:
// a layout query now and then instead of in each frame.
void fit_canvas_to_viewport(Runtime& rt) {
  const int version = js_viewport_version();
  const double ratio = emscripten_get_device_pixel_ratio();
  if (version == rt.viewport_version && ratio == rt.pixel_ratio && ++rt.frames_since_measured < 30) return;
  rt.viewport_version = version;
  rt.pixel_ratio = ratio;
  rt.frames_since_measured = 0;
  const auto [w, h, dpr] = viewport_device_size();
  if (w > 0 && h > 0 && (w != rt.device_w || h != rt.device_h)) {
    rt.device_w = w;
    rt.device_h = h;
    js_set_canvas_size(w, h);
  }
  rt.app->set_device_pixel_ratio(static_cast<float>(dpr));
}

// Rebuilds the font atlas when the wanted pixel size changes (DPI change, font-size setting), and
// once after the first frame: that frame's atlas holds the catalogue's characters only (a third
// of the glyphs; the first screens show no stored data), the frame after's every one names need.
void ensure_fonts(Runtime& rt) {
  const float wanted = std::round(rt.app->font_pixels());
  const bool all_glyphs = rt.first_frame_reported;
  if (wanted == rt.font_pixels && all_glyphs == rt.font_all_glyphs) return;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  static_assert(sizeof(ImWchar) == sizeof(opp::kUiGlyphRanges[0]));
  const ImWchar* ranges = all_glyphs ? opp::kUiGlyphRanges : opp::kCatalogueGlyphRanges;
  // Font 0 is the body text, font 1 the headings (a real size, not a scaled bitmap).
  for (const float size : {wanted, std::round(wanted * 1.35f)}) {
    if (!io.Fonts->AddFontFromFileTTF("/assets/fonts/NotoSans-Regular.ttf", size, &config, ranges)) {
      io.Fonts->AddFontDefault();
    }
  }
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  rt.font_pixels = wanted;
  rt.font_all_glyphs = all_glyphs;
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

// What the pacer needs to know at a frame the browser offers. Cheap: no layout query (the
// canvas's size is read only after glue.js counted a change; the pixel ratio is a property).
opp::FrameSignals frame_signals(Runtime& rt, double now) {
  opp::FrameSignals s;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  s.input = rt.wake || g.InputEventsQueue.Size > 0 || js_viewport_version() != rt.viewport_version ||
            emscripten_get_device_pixel_ratio() != rt.pixel_ratio;
  s.held = ImGui::IsAnyMouseDown();
  for (int key = ImGuiKey_NamedKey_BEGIN; !s.held && key < ImGuiKey_NamedKey_END; ++key) {
    s.held = g.IO.KeysData[key - ImGuiKey_KeysData_OFFSET].Down;
  }
  s.work = rt.frames_requested > 0 || rt.platform.capture_pending() || rt.app->frame_work_due(now);
  return s;
}

// When the caret of the text field being edited next shows or hides (kNever without one).
double caret_blink_at(double now) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g.IO.ConfigInputTextCursorBlink || g.ActiveId == 0 || g.ActiveId != g.InputTextState.ID) return opp::kNever;
  return now + opp::caret_blink_in_s(g.InputTextState.CursorAnim) * 1000.0 + 1.0;
}

// Whether two frames drew the same: a hash of every vertex, index and command they sent.
std::uint64_t draw_data_hash(const ImDrawData* data) {
  std::uint64_t h = opp::frame_hash(&data->DisplaySize, sizeof(ImVec2), 0);
  for (const ImDrawList* list : data->CmdLists) {
    h = opp::frame_hash(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert), h);
    h = opp::frame_hash(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx), h);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      h = opp::frame_hash(&cmd.ClipRect, sizeof(cmd.ClipRect), h);
      const std::uint64_t fields[] = {static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TextureId)),
                                      (static_cast<std::uint64_t>(cmd.VtxOffset) << 32) | cmd.IdxOffset, cmd.ElemCount};
      h = opp::frame_hash(fields, sizeof(fields), h);
    }
  }
  return h;
}

void frame() {
  Runtime& rt = *g_rt;
  const double started = emscripten_get_now();
  // Most frames the browser offers while nothing changes are not drawn at all.
  if (!rt.pacer.should_draw(started, frame_signals(rt, started))) return;
  rt.wake = false;
  if (rt.frames_requested > 0) --rt.frames_requested;
  if (!rt.first_frame_reported) js_mark("opp:frame-start");
  fit_canvas_to_viewport(rt);
  if (!rt.first_frame_reported) js_mark("opp:fonts-start");
  ensure_fonts(rt);
  if (!rt.first_frame_reported) js_mark("opp:fonts-end");

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  rt.app->draw_frame();
  ImGui::Render();
  if (!rt.first_frame_reported) js_mark("opp:drawn");

  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(rt.window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  rt.platform.run_capture(fb_w, fb_h, ImGui::GetIO().DisplayFramebufferScale.x, ImGui::GetIO().DisplayFramebufferScale.y);

  // Set only when it changes (the GLFW backend would call into JS every frame, and draws none).
  if (const ImGuiMouseCursor cursor = ImGui::GetMouseCursor(); cursor != rt.cursor) {
    rt.cursor = cursor;
    js_set_cursor(css_cursor(cursor));
  }

  const bool want = ImGui::GetIO().WantTextInput;
  if (want != rt.want_text_input) {
    rt.want_text_input = want;
    js_set_want_text_input(want ? 1 : 0);
  }
  rt.app->after_frame();
  const std::uint64_t hash = rt.pacer.needs_output_hash() ? draw_data_hash(ImGui::GetDrawData()) : 0;
  rt.pacer.drew(started, hash, {rt.app->next_wake_ms(started), caret_blink_at(started)});
  rt.app->record_frame_time(emscripten_get_now() - started);
  if (!rt.first_frame_reported) {
    rt.first_frame_reported = true;
    js_first_frame();
  }
}

const char* get_clipboard(void*) {
  g_rt->clipboard = take_js_string(js_get_clipboard());
  return g_rt->clipboard.c_str();
}
void set_clipboard(void*, const char* text) { js_set_clipboard(text); }

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  if (!data->WantVisible) return;
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  js_set_ime_position(data->InputPos.x / dpr, data->InputPos.y / dpr, data->InputLineHeight / dpr);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Exports called from JS
//-----------------------------------------------------------------------------

extern "C" {
// Every call from the browser may change what is shown: the next frame offered is drawn.
EMSCRIPTEN_KEEPALIVE void opp_wake() { g_rt->wake = true; }
EMSCRIPTEN_KEEPALIVE void opp_on_lock(int acquired) {
  g_rt->wake = true;
  g_rt->platform.on_lock(acquired != 0);
}
EMSCRIPTEN_KEEPALIVE void opp_on_loaded(int ok, const char* error) {
  g_rt->wake = true;
  g_rt->platform.on_loaded(ok != 0, error);
  if (ok) g_rt->app->on_storage_loaded();
}
EMSCRIPTEN_KEEPALIVE void opp_on_synced(int ok, const char* error) {
  g_rt->wake = true;
  g_rt->platform.on_synced(ok != 0, error);
  g_rt->app->on_synced(ok != 0);
}
EMSCRIPTEN_KEEPALIVE void opp_on_persist(int state) {
  g_rt->wake = true;
  g_rt->platform.on_persist(state);
}
// The sync server's client answered round `request` (core/sync/wire.hpp's JSON).
EMSCRIPTEN_KEEPALIVE void opp_on_sync_answer(int request, const char* answer) {
  g_rt->wake = true;
  g_rt->platform.on_sync_answer(request, answer);
}
EMSCRIPTEN_KEEPALIVE char* opp_file_buffer(int request, double size) { return g_rt->platform.file_buffer(request, size); }
EMSCRIPTEN_KEEPALIVE void opp_on_file_read(int request, const char* name) {
  g_rt->wake = true;
  g_rt->platform.on_file_read(request, name);
}
// The browser could not read the file, or the heap could not hold it (the glue logs why), or
// (too_large 1) it was over the size asked for and was not read.
EMSCRIPTEN_KEEPALIVE void opp_on_file_failed(int request, const char* name, int too_large) {
  g_rt->wake = true;
  g_rt->platform.on_file_failed(request, name, too_large != 0);
}
// All inserted text (typing, dead keys, IME, paste, on-screen keyboards) arrives here.
EMSCRIPTEN_KEEPALIVE void opp_text_input(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}
// Keys an on-screen keyboard sends as input events (keyCode 229) rather than key events.
EMSCRIPTEN_KEEPALIVE void opp_key_tap(int key) {
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiKey k = key == 0 ? ImGuiKey_Backspace : ImGuiKey_Enter;
  io.AddKeyEvent(k, true);
  io.AddKeyEvent(k, false);
}
// Returns 1 when there are unsaved changes (the page asks before closing).
EMSCRIPTEN_KEEPALIVE int opp_has_unsaved() { return g_rt->app->has_unsaved() ? 1 : 0; }

// The test hook (window.appTest, only with ?test): strings are owned by the app until the next call.
EMSCRIPTEN_KEEPALIVE int opp_test_ready() { return g_rt->app->test_ready() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* opp_test_state() { return g_rt->app->test_state_json(); }
EMSCRIPTEN_KEEPALIVE const char* opp_test_rects() { return g_rt->app->test_rects_json(); }
EMSCRIPTEN_KEEPALIVE const char* opp_test_frame_stats() { return g_rt->app->test_frame_stats_json(); }
EMSCRIPTEN_KEEPALIVE const char* opp_test_import(const char* json) {
  g_rt->wake = true;
  return g_rt->app->test_import_json(json);
}
// 1 when no input event waits for a frame and nothing is unsaved. ImGui 1.90 trickles input
// (a mouse down and its up are handled in consecutive frames), so a click dispatched before
// now may not have had its effect yet; saved() alone reads true in those frames.
EMSCRIPTEN_KEEPALIVE const char* opp_test_vault() { return g_rt->app->test_vault_json(); }
EMSCRIPTEN_KEEPALIVE const char* opp_test_set_up(const char* passphrase, int light) {
  g_rt->wake = true;
  return g_rt->app->test_set_up(passphrase, light != 0);
}
EMSCRIPTEN_KEEPALIVE const char* opp_test_unlock(const char* passphrase) {
  g_rt->wake = true;
  return g_rt->app->test_unlock(passphrase);
}
EMSCRIPTEN_KEEPALIVE void opp_test_set_idle_lock_ms(double ms) {
  g_rt->wake = true;
  g_rt->app->test_set_idle_lock_ms(ms);
}
EMSCRIPTEN_KEEPALIVE int opp_test_compaction(int request) {
  if (request) g_rt->wake = true;
  return g_rt->app->test_compaction(request != 0) ? 1 : 0;
}
// 1 while the app draws no frames (nothing changes on the screen; core/rules/frame_pacing.hpp).
// Draw at least n more frames (benchmarks that time frames, tests that let the app go on).
EMSCRIPTEN_KEEPALIVE void opp_test_draw_frames(int n) { g_rt->frames_requested = std::max(g_rt->frames_requested, n); }
EMSCRIPTEN_KEEPALIVE int opp_test_idle() { return g_rt->pacer.idle() && !g_rt->wake ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int opp_test_settled() {
  const ImGuiContext* context = ImGui::GetCurrentContext();
  const bool input_waiting = context && context->InputEventsQueue.Size > 0;
  return !input_waiting && !g_rt->app->has_unsaved() ? 1 : 0;
}
}

int main() {
  js_mark("opp:main");
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  static Runtime runtime;
  g_rt = &runtime;
  // Created at the size the first frame will want (the viewport in device pixels), so that
  // frame does not reallocate the drawing buffer.
  const DeviceSize size = viewport_device_size();
  const int start_w = size.w > 0 ? size.w : 1280;
  const int start_h = size.h > 0 ? size.h : 800;
  runtime.window = glfwCreateWindow(start_w, start_h, "Oppfølgingsteam", nullptr, nullptr);
  if (!runtime.window) {
    js_no_webgl();
    return 1;
  }
  runtime.device_w = start_w;
  runtime.device_h = start_h;
  glfwMakeContextCurrent(runtime.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a file that could leak into IDBFS
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // frame() sets the CSS cursor instead
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  io.SetPlatformImeDataFn = set_ime_data;

  ImGui_ImplGlfw_InitForOpenGL(runtime.window, true);
  // Text arrives through the hidden textarea (opp_text_input); GLFW's own char callback
  // would deliver every ASCII letter a second time.
  glfwSetCharCallback(runtime.window, nullptr);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  js_mark("opp:gl-ready");
  runtime.app = std::make_unique<opp::app::App>(runtime.platform, js_test_mode() != 0);
  js_mark("opp:app-ready");
  js_storage_start();
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
