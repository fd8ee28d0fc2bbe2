// Charts drawn with ImDrawList (Dear ImGui has none): a line chart over dated points and a bar
// chart of counts, with a legend, a hover tooltip with the exact values, and a test id whose
// rectangle is the whole chart (what a PNG export captures).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // ImRect

namespace opp::app {

// Colours that stay apart for colour-blind readers (Okabe–Ito), then a dark one for the average.
ImU32 chart_color(std::size_t series);
inline constexpr ImU32 kChartAverageColor = IM_COL32(30, 30, 30, 255);

struct ChartSeries {
  std::string label;
  std::vector<std::optional<double>> values;  // one per point on the x axis; nullopt: not scored
  ImU32 color = 0;
  bool bold = false;
};

struct LineChartSpec {
  std::vector<int> x_days;            // each point's position (days since the epoch), ascending
  std::vector<std::string> x_labels;  // each point's label (dd.mm.åååå)
  std::vector<ChartSeries> series;
  double y_min = 0.0, y_max = 10.0;
  std::string y_low, y_high;          // what the ends of the y axis mean (the form's anchor texts)
  std::vector<int> marks;             // per point, on the bold series: +1 significant up, −1 down, 0
  std::vector<std::string> mark_labels;  // per point: the change as shown ("+2,4")
  std::string mark_caption;              // what a mark's label is, in the tooltip ("Endring fra forrige")
};

// Draws the chart with test id `id`, `height` logical pixels tall (legend included), as wide as
// the space left; returns its rectangle.
ImRect line_chart(UiContext& ui, const std::string& id, const LineChartSpec& spec, float height);

struct BarChartSpec {
  std::vector<std::string> labels;  // under each bar
  std::vector<int> values;
  std::vector<bool> highlight;      // bars drawn in the accent colour
  std::string caption;              // under the axis
};
ImRect bar_chart(UiContext& ui, const std::string& id, const BarChartSpec& spec, float height);

}  // namespace opp::app
