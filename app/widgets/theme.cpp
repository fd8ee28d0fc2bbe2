// The light theme; sizes are rebuilt from the defaults whenever the scale changes.
#include "app/widgets/theme.hpp"

namespace opp::app::theme {

void apply(float scale, bool touch) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 7);
  style.ItemSpacing = ImVec2(10, 8);
  style.CellPadding = ImVec2(8, 6);
  style.FrameRounding = 5;
  style.GrabRounding = 5;
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.ScrollbarSize = 16;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1);
  c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
  c[ImGuiCol_Border] = ImVec4(0.78f, 0.80f, 0.82f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.97f, 0.97f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.95f, 0.95f, 1);
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.92f, 0.92f, 1);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.84f, 0.90f, 0.90f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.86f, 0.86f, 1);
  c[ImGuiCol_Header] = ImVec4(0.85f, 0.93f, 0.93f, 1);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.91f, 0.91f, 1);
  c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.88f, 0.88f, 1);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.93f, 0.93f, 1);
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_NavHighlight] = kAccent;
  if (touch) {
    // A fingertip is about 9 mm: buttons and fields at least about 44 CSS pixels tall with
    // the kiosk's text, and gaps a finger does not bridge.
    style.FramePadding = ImVec2(14, 11);
    style.ItemSpacing = ImVec2(14, 12);
    style.ItemInnerSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 28;
    style.GrabMinSize = 28;
    style.TouchExtraPadding = ImVec2(4, 4);
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace opp::app::theme
