// Collects widget rectangles each frame; cheap and off unless the page was opened with ?test.
#include "app/widgets/test_ids.hpp"

#include <nlohmann/json.hpp>

#include "imgui.h"

namespace opp::app {

void TestIds::begin_frame() {
  if (!enabled_) return;
  last_.swap(current_);
  current_.clear();
}

void TestIds::mark(std::string_view id, std::string_view label) {
  if (!enabled_) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // A widget scrolled out of view cannot be clicked, so it is not reported.
  if (!ImGui::IsItemVisible()) return;
  current_.push_back({std::string(id), std::string(label), min.x, min.y, max.x - min.x, max.y - min.y});
}

std::string TestIds::last_frame_json(float device_pixel_ratio) const {
  nlohmann::json out = nlohmann::json::object();
  const float s = device_pixel_ratio > 0 ? 1.0f / device_pixel_ratio : 1.0f;
  for (const Rect& r : last_) {
    nlohmann::json& rect = out[r.id];
    rect = {{"x", r.x * s}, {"y", r.y * s}, {"w", r.w * s}, {"h", r.h * s}};
    if (!r.label.empty()) rect["label"] = r.label;
  }
  return out.dump();
}

}  // namespace opp::app
