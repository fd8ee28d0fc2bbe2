// Stable test ids: the rectangles of named widgets drawn in the last frame, for the test hook.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace opp::app {

// Ids are English, dot-separated and independent of the language ("nav.intake",
// "persons.new.name"); a canvas app has no DOM, so end-to-end tests click at these rectangles.
class TestIds {
 public:
  void set_enabled(bool enabled) { enabled_ = enabled; }
  void begin_frame();
  // Records the last ImGui item's rectangle under `id`, with its visible label if it has one
  // (so a test can check the language without reading pixels). mark() is for what the user
  // acts on (fields, buttons, rows); mark_text() for what is only read (messages, figures).
  void mark(std::string_view id, std::string_view label = {});
  void mark_text(std::string_view id, std::string_view label = {});
  // {"nav.intake":{"x":…,"y":…,"w":…,"h":…,"label"?,"text"?},…} of the last completed frame,
  // in CSS pixels, clipped to what is visible (a row half scrolled away reports its visible half).
  std::string last_frame_json(float device_pixel_ratio) const;

 private:
  void record(std::string_view id, std::string_view label, bool text);
  struct Rect {
    std::string id;
    std::string label;
    float x, y, w, h;
    bool text;
  };
  bool enabled_ = false;
  std::vector<Rect> current_;
  std::vector<Rect> last_;
};

}  // namespace opp::app
