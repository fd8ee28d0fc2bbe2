// The platform layer: everything the app needs from the browser, behind one small interface.
// Only platform/web_platform.cpp includes emscripten.h; views never see the browser.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace opp::app {

// What navigator.storage.persist() answered.
enum class PersistState { Unknown, Granted, Denied, Unsupported };

// Where the browser storage is in its life: the app may write only in Ready.
enum class StorageState { Starting, LockedElsewhere, Loading, Ready, LoadFailed };

class Platform {
 public:
  virtual ~Platform() = default;

  // Directory the storage engine works in (an IDBFS mount in the browser).
  virtual std::string data_dir() const = 0;
  virtual StorageState storage_state() const = 0;
  virtual PersistState persist_state() const = 0;
  // Ask again for the Web Lock and load (the "open elsewhere" screen's button).
  virtual void retry_storage() = 0;
  // True while the files under data_dir() must not change (a sync to IndexedDB is running).
  virtual bool sync_in_flight() const = 0;
  // Mirror data_dir() to durable storage; one at a time, the platform queues a follow-up.
  virtual void request_sync() = 0;
  virtual std::string last_sync_error() const = 0;

  // The view the page's address names (?view=<id>), or "" for the default.
  virtual std::string start_view() const = 0;
  // Whether the page's address carries a flag: "demo" (the separate demo store), "kiosk".
  virtual bool address_flag(const std::string& name) const = 0;
  // Reloads the page with the address's mode flags replaced by `flags` (space-separated, e.g.
  // "demo kiosk"; "" for none). Call only when everything is saved.
  virtual void reload_with_flags(const std::string& flags) = 0;

  // A new version of the app has been downloaded (the service worker) and waits to be used.
  virtual bool update_ready() const = 0;
  // Lets the waiting version take over and reloads into it. Call only when everything is saved.
  virtual void apply_update() = 0;
  // Full screen, for a kiosk: the browser allows it only inside a user's gesture, so the
  // platform asks at the next touch or click.
  virtual void request_fullscreen() = 0;

  // Per-device preferences (language, font size): small strings in localStorage.
  virtual std::string preference(const std::string& key) const = 0;
  virtual void set_preference(const std::string& key, const std::string& value) = 0;

  // <html lang>, so screen readers and the browser's spell check follow the UI language.
  virtual void set_document_language(const char* code) = 0;

  // Files: offer a download, or open a file picker whose text arrives later.
  virtual void download_text(const std::string& file_name, const std::string& mime,
                             const std::string& text) = 0;
  virtual void download_bytes(const std::string& file_name, const std::string& mime,
                              const std::vector<unsigned char>& bytes) = 0;
  // Reads the screen's pixels in the rectangle (x, y, w, h), in the logical pixels ImGui draws
  // in, once this frame has been drawn, and gives them to `on_read` as RGBA rows from the top, at
  // the screen's pixel density (a 300 × 200 chart on a DPR-2 screen gives 600 × 400).
  virtual void capture_after_frame(float x, float y, float w, float h,
                                   std::function<void(std::vector<unsigned char> rgba, int width, int height)> on_read) = 0;
  // `on_loaded` gets the file's name and text (FileRead::Ok); or, with the text empty,
  // TooLarge when the file is over `max_bytes` (it is not read at all), Unreadable when the
  // browser could not read it or it does not fit in the app's memory.
  enum class FileRead { Ok, Unreadable, TooLarge };
  virtual void pick_text_file(const std::string& accept, std::size_t max_bytes,
                              std::function<void(std::string name, std::string text, FileRead read)> on_loaded) = 0;

  // Milliseconds since the user last touched the page (pointer, key, wheel, touch): auto-lock.
  virtual double idle_ms() const = 0;
  // Locks for good: once this frame has returned, the wasm heap (the key, the decrypted store,
  // every text ImGui held), the hidden textarea and the app's clipboard copy are overwritten
  // with zeros and the page reloads to the lock screen. Call only when everything is saved.
  // `flags`: as reload_with_flags, or null to reload the same address.
  virtual void lock_and_wipe(const char* flags) = 0;

  // One round with the sync server (web/js/couch.js run): `request` and the answer are the JSON
  // of core/sync/wire.hpp. One at a time; `on_answer` runs later, from the browser's event loop.
  virtual void sync_server(const std::string& request, std::function<void(std::string answer)> on_answer) = 0;
  // Whether the browser believes it is online (navigator.onLine).
  virtual bool online() const = 0;

  // A named point in time for the benchmarks (a User Timing mark in the browser).
  virtual void mark(const char* name) = 0;

  // Milliseconds since the Unix epoch (wall clock, for the audit trail) and a monotonic ms clock.
  virtual long long wall_clock_ms() const = 0;
  virtual double monotonic_ms() const = 0;
};

}  // namespace opp::app
