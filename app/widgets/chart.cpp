// Line and bar charts with ImDrawList (chart.hpp).
#include "app/widgets/chart.hpp"

#include <algorithm>
#include <cmath>

#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/text/csv.hpp"

namespace opp::app {
namespace {

ImU32 u32(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// The legend under a chart: a swatch and the label per series, wrapping at `width`. Draws it at
// `at` when `draw` is given; returns its height either way.
float legend(UiContext& ui, ImDrawList* draw, ImVec2 at, float width, const std::vector<ChartSeries>& series) {
  const float swatch = ui.px(18.0f);
  const float gap = ui.px(14.0f);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  float x = 0.0f, y = 0.0f;
  for (const ChartSeries& s : series) {
    const float w = swatch + ui.px(6.0f) + ImGui::CalcTextSize(s.label.c_str()).x + gap;
    if (x > 0.0f && x + w > width) {
      x = 0.0f;
      y += line;
    }
    if (draw != nullptr) {
      const float mid = at.y + y + line * 0.5f;
      draw->AddLine(ImVec2(at.x + x, mid), ImVec2(at.x + x + swatch, mid), s.color, s.bold ? ui.px(4.0f) : ui.px(2.0f));
      draw->AddText(ImVec2(at.x + x + swatch + ui.px(6.0f), at.y + y + (line - ImGui::GetTextLineHeight()) * 0.5f),
                    ImGui::GetColorU32(ImGuiCol_Text), s.label.c_str());
    }
    x += w;
  }
  return y + line;
}

}  // namespace

ImU32 chart_color(std::size_t series) {
  static constexpr ImU32 kColors[] = {IM_COL32(0, 114, 178, 255),  IM_COL32(230, 159, 0, 255),
                                      IM_COL32(0, 158, 115, 255),  IM_COL32(204, 121, 167, 255),
                                      IM_COL32(86, 180, 233, 255), IM_COL32(213, 94, 0, 255)};
  return kColors[series % std::size(kColors)];
}

ImRect line_chart(UiContext& ui, const std::string& id, const LineChartSpec& spec, float height) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, ui.px(240.0f));
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float legend_h = legend(ui, nullptr, origin, width - ui.px(8.0f), spec.series);
  const ImRect whole(origin, ImVec2(origin.x + width, origin.y + height));
  draw->AddRectFilled(whole.Min, whole.Max, IM_COL32_WHITE, ui.px(4.0f));

  // The plot area: anchor texts above and below, y labels on the left, dates under it, legend last.
  const float left = ImGui::CalcTextSize("10").x + ui.px(14.0f);
  const float right = ui.px(36.0f);  // room for the last date label and a mark's text
  const ImRect plot(ImVec2(origin.x + left, origin.y + line + ui.px(8.0f)),
                    ImVec2(origin.x + width - right, origin.y + height - legend_h - line * 2.0f - ui.px(12.0f)));
  const ImU32 muted = u32(theme::kMuted);
  const ImU32 grid = IM_COL32(220, 224, 228, 255);
  const auto y_of = [&](double v) {
    return plot.Max.y - static_cast<float>((v - spec.y_min) / (spec.y_max - spec.y_min)) * plot.GetHeight();
  };
  // The form's anchors at the ends of the scale.
  if (!spec.y_high.empty()) {
    draw->AddText(ImVec2(plot.Min.x, origin.y + ui.px(2.0f)), muted, fit_text(spec.y_high, plot.GetWidth()).c_str());
  }
  if (!spec.y_low.empty()) {
    draw->AddText(ImVec2(plot.Min.x, plot.Max.y + line + ui.px(2.0f)), muted, fit_text(spec.y_low, plot.GetWidth()).c_str());
  }
  for (int v = static_cast<int>(spec.y_min); v <= static_cast<int>(spec.y_max); v += 2) {
    const float y = y_of(v);
    draw->AddLine(ImVec2(plot.Min.x, y), ImVec2(plot.Max.x, y), grid, 1.0f);
    const std::string label = std::to_string(v);
    draw->AddText(ImVec2(plot.Min.x - ImGui::CalcTextSize(label.c_str()).x - ui.px(6.0f), y - ImGui::GetTextLineHeight() * 0.5f),
                  muted, label.c_str());
  }
  // x: by date; one point sits in the middle.
  const std::size_t n = spec.x_days.size();
  const int first = n ? spec.x_days.front() : 0;
  const int span = n ? std::max(1, spec.x_days.back() - first) : 1;
  const auto x_of = [&](std::size_t i) {
    if (n <= 1) return (plot.Min.x + plot.Max.x) * 0.5f;
    return plot.Min.x + static_cast<float>(spec.x_days[i] - first) / static_cast<float>(span) * plot.GetWidth();
  };
  float last_label_end = -1e9f;
  for (std::size_t i = 0; i < n; ++i) {
    const float x = x_of(i);
    draw->AddLine(ImVec2(x, plot.Min.y), ImVec2(x, plot.Max.y), grid, 1.0f);
    const float w = ImGui::CalcTextSize(spec.x_labels[i].c_str()).x;
    const float lx = std::clamp(x - w * 0.5f, origin.x, origin.x + width - w);
    if (lx > last_label_end + ui.px(6.0f) || i + 1 == n) {  // skip labels that would overlap
      draw->AddText(ImVec2(lx, plot.Max.y + ui.px(4.0f)), muted, spec.x_labels[i].c_str());
      last_label_end = lx + w;
    }
  }
  draw->AddRect(plot.Min, plot.Max, IM_COL32(180, 186, 192, 255));
  // The series: thin lines per activity, the bold average on top.
  for (int pass = 0; pass < 2; ++pass) {
    for (const ChartSeries& s : spec.series) {
      if (s.bold != (pass == 1)) continue;
      const float thickness = s.bold ? ui.px(3.5f) : ui.px(2.0f);
      std::optional<ImVec2> previous;
      for (std::size_t i = 0; i < n && i < s.values.size(); ++i) {
        if (!s.values[i]) {
          previous.reset();  // not scored: the line breaks
          continue;
        }
        const ImVec2 p(x_of(i), y_of(*s.values[i]));
        if (previous) draw->AddLine(*previous, p, s.color, thickness);
        draw->AddCircleFilled(p, s.bold ? ui.px(4.5f) : ui.px(3.0f), s.color);
        previous = p;
      }
    }
  }
  // Significant changes on the bold series: a triangle and the change.
  const ChartSeries* bold = nullptr;
  for (const ChartSeries& s : spec.series) {
    if (s.bold) bold = &s;
  }
  for (std::size_t i = 0; bold != nullptr && i < spec.marks.size() && i < n; ++i) {
    if (spec.marks[i] == 0 || i >= bold->values.size() || !bold->values[i]) continue;
    const ImVec2 p(x_of(i), y_of(*bold->values[i]));
    const float r = ui.px(8.0f);
    const ImU32 c = u32(spec.marks[i] > 0 ? theme::kSuccess : theme::kError);
    if (spec.marks[i] > 0) {
      draw->AddTriangleFilled(ImVec2(p.x, p.y - r * 2.2f), ImVec2(p.x - r, p.y - r * 0.6f), ImVec2(p.x + r, p.y - r * 0.6f), c);
    } else {
      draw->AddTriangleFilled(ImVec2(p.x, p.y + r * 2.2f), ImVec2(p.x - r, p.y + r * 0.6f), ImVec2(p.x + r, p.y + r * 0.6f), c);
    }
    if (i < spec.mark_labels.size()) {
      const std::string& label = spec.mark_labels[i];
      const float w = ImGui::CalcTextSize(label.c_str()).x;
      const float ty = spec.marks[i] > 0 ? p.y - r * 2.2f - ImGui::GetTextLineHeight() : p.y + r * 2.2f;
      const ImVec2 at(std::min(p.x - w * 0.5f, whole.Max.x - w - ui.px(2.0f)), ty);
      // On a white ground, so the lines under it do not cross the number.
      draw->AddRectFilled(ImVec2(at.x - ui.px(2.0f), at.y), ImVec2(at.x + w + ui.px(2.0f), at.y + ImGui::GetTextLineHeight()),
                          IM_COL32(255, 255, 255, 230), ui.px(2.0f));
      draw->AddText(at, c, label.c_str());
    }
  }
  legend(ui, draw, ImVec2(origin.x + ui.px(4.0f), plot.Max.y + line * 2.0f + ui.px(8.0f)), width - ui.px(8.0f), spec.series);

  // Hover: the nearest point's exact values.
  ImGui::InvisibleButton(id.c_str(), whole.GetSize());
  if (ImGui::IsItemHovered() && n > 0) {
    const float mx = ImGui::GetIO().MousePos.x;
    std::size_t nearest = 0;
    for (std::size_t i = 1; i < n; ++i) {
      if (std::abs(x_of(i) - mx) < std::abs(x_of(nearest) - mx)) nearest = i;
    }
    draw->AddLine(ImVec2(x_of(nearest), plot.Min.y), ImVec2(x_of(nearest), plot.Max.y), u32(theme::kAccent), ui.px(1.5f));
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(spec.x_labels[nearest].c_str());
    for (const ChartSeries& s : spec.series) {
      if (nearest >= s.values.size() || !s.values[nearest]) continue;
      const std::string value = decimal_comma(*s.values[nearest], s.bold ? 1 : 0);
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(s.color), "%s: %s", s.label.c_str(), value.c_str());
    }
    if (nearest < spec.mark_labels.size() && !spec.mark_labels[nearest].empty()) {
      const std::string caption =
          spec.mark_caption.empty() ? spec.mark_labels[nearest] : spec.mark_caption + ": " + spec.mark_labels[nearest];
      ImGui::TextUnformatted(caption.c_str());
    }
    ImGui::EndTooltip();
  }
  ui.test_ids.mark_text(id, "");
  return whole;
}

ImRect bar_chart(UiContext& ui, const std::string& id, const BarChartSpec& spec, float height) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, ui.px(240.0f));
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const ImRect whole(origin, ImVec2(origin.x + width, origin.y + height));
  draw->AddRectFilled(whole.Min, whole.Max, IM_COL32_WHITE, ui.px(4.0f));
  const int top = std::max(1, spec.values.empty() ? 1 : *std::max_element(spec.values.begin(), spec.values.end()));
  const float left = ImGui::CalcTextSize(std::to_string(top).c_str()).x + ui.px(12.0f);
  const ImRect plot(ImVec2(origin.x + left, origin.y + line), ImVec2(origin.x + width - ui.px(8.0f), origin.y + height - line * 2.5f));
  const ImU32 muted = u32(theme::kMuted);
  draw->AddLine(ImVec2(plot.Min.x, plot.Max.y), ImVec2(plot.Max.x, plot.Max.y), IM_COL32(180, 186, 192, 255));
  for (const int v : {0, top}) {
    const std::string label = std::to_string(v);
    const float y = plot.Max.y - static_cast<float>(v) / static_cast<float>(top) * plot.GetHeight();
    draw->AddText(ImVec2(plot.Min.x - ImGui::CalcTextSize(label.c_str()).x - ui.px(6.0f), y - ImGui::GetTextLineHeight() * 0.5f),
                  muted, label.c_str());
  }
  const std::size_t n = spec.values.size();
  const float slot = n ? plot.GetWidth() / static_cast<float>(n) : plot.GetWidth();
  float last_label_end = -1e9f;
  std::optional<std::size_t> hovered;
  for (std::size_t i = 0; i < n; ++i) {
    const float x0 = plot.Min.x + slot * static_cast<float>(i) + slot * 0.15f;
    const float x1 = plot.Min.x + slot * static_cast<float>(i + 1) - slot * 0.15f;
    const float y = plot.Max.y - static_cast<float>(spec.values[i]) / static_cast<float>(top) * plot.GetHeight();
    const bool accent = i < spec.highlight.size() && spec.highlight[i];
    if (spec.values[i] > 0) draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, plot.Max.y), u32(accent ? theme::kSuccess : theme::kMuted));
    const float w = ImGui::CalcTextSize(spec.labels[i].c_str()).x;
    const float lx = (x0 + x1) * 0.5f - w * 0.5f;
    if (lx > last_label_end + ui.px(4.0f)) {
      draw->AddText(ImVec2(lx, plot.Max.y + ui.px(3.0f)), muted, spec.labels[i].c_str());
      last_label_end = lx + w;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (mouse.x >= x0 && mouse.x < x1 && mouse.y >= plot.Min.y && mouse.y <= plot.Max.y) hovered = i;
  }
  if (!spec.caption.empty()) {
    draw->AddText(ImVec2(plot.Min.x, plot.Max.y + line + ui.px(4.0f)), muted, fit_text(spec.caption, plot.GetWidth()).c_str());
  }
  ImGui::InvisibleButton(id.c_str(), whole.GetSize());
  if (ImGui::IsItemHovered() && hovered) {
    ImGui::SetTooltip("%s: %d", spec.labels[*hovered].c_str(), spec.values[*hovered]);
  }
  ui.test_ids.mark_text(id, "");
  return whole;
}

}  // namespace opp::app
