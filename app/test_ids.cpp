// Collects widget rectangles each frame; cheap and off unless the page was opened with ?test.
#include "app/test_ids.hpp"

#include <algorithm>

#include "core/codec/json_text.hpp"

#include "imgui.h"
#include "imgui_internal.h"  // whether the current window is shown this frame

namespace opp::app {

void TestIds::begin_frame() {
  if (!enabled_) return;
  last_.swap(current_);
  current_.clear();
}

void TestIds::mark(std::string_view id, std::string_view label) { record(id, label, false); }
void TestIds::mark_text(std::string_view id, std::string_view label) { record(id, label, true); }

void TestIds::record(std::string_view id, std::string_view label, bool text) {
  if (!enabled_) return;
  // A widget scrolled out of view cannot be clicked, so it is not reported; one partly scrolled
  // away reports the part that can be (the window's clip rectangle).
  if (!ImGui::IsItemVisible()) return;
  // Nor is one in a popup laid out but not shown this frame: a popup's (a combo's list's) first
  // frame measures its size hidden, at a place it will not be drawn, so a click there would land
  // elsewhere. (A child window's hidden first frame lays its items out where they will be drawn.)
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (window->Hidden && (window->Flags & ImGuiWindowFlags_Popup) != 0) return;
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = draw->GetClipRectMin();
  const ImVec2 clip_max = draw->GetClipRectMax();
  const ImVec2 min{std::max(ImGui::GetItemRectMin().x, clip_min.x), std::max(ImGui::GetItemRectMin().y, clip_min.y)};
  const ImVec2 max{std::min(ImGui::GetItemRectMax().x, clip_max.x), std::min(ImGui::GetItemRectMax().y, clip_max.y)};
  if (max.x <= min.x || max.y <= min.y) return;
  current_.push_back({std::string(id), std::string(label), min.x, min.y, max.x - min.x, max.y - min.y, text});
}

std::string TestIds::last_frame_json(float device_pixel_ratio) const {
  codec::Json out = codec::Json::object();
  const float s = device_pixel_ratio > 0 ? 1.0f / device_pixel_ratio : 1.0f;
  for (const Rect& r : last_) {
    codec::Json& rect = out[r.id];
    rect = {{"x", r.x * s}, {"y", r.y * s}, {"w", r.w * s}, {"h", r.h * s}};
    if (!r.label.empty()) rect["label"] = r.label;
    if (r.text) rect["text"] = true;
  }
  return out.dump();
}

}  // namespace opp::app
