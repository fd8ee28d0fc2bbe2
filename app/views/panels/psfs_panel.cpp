// One person's PSFS: table, chart, exports and a new conversation (psfs_panel.hpp).
#include "app/views/panels/psfs_panel.hpp"

#include <algorithm>

#include "app/widgets/chart.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/png.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/caseload.hpp"
#include "core/text/csv.hpp"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

const char* flag_key(queries::PsfsSignificance s) {
  return s == queries::PsfsSignificance::Improvement ? text_key("psfs.flag.improvement") : text_key("psfs.flag.decline");
}

// The person's scale direction: that of their conversations, or the form's usual one.
PsfsDirection direction_of(const queries::PsfsGrid& grid, PsfsDirection fallback) {
  return grid.conversations.empty() ? fallback : grid.conversations.front()->direction;
}

}  // namespace

BarChartSpec psfs_change_chart(UiContext& ui, const std::vector<int>& histogram) {
  BarChartSpec spec;
  for (int k = -10; k <= 10; ++k) {
    spec.labels.push_back(k > 0 ? "+" + std::to_string(k) : std::to_string(k));
    spec.values.push_back(histogram[static_cast<std::size_t>(k + 10)]);
    spec.highlight.push_back(k >= queries::kPsfsSignificantChange);
  }
  spec.caption = ui.tr("psfs.caseload.caption");
  return spec;
}

void PsfsPanel::reset() {
  open_ = false;
  saved_ = false;
  date_text_.clear();
  performed_by_.clear();
  scores_.clear();
  retire_.clear();
  added_.clear();
  errors_.clear();
  png_failed_ = false;
}

void PsfsPanel::draw(UiContext& ui, Id person) {
  if (person != person_) {
    reset();
    person_ = person;
  }
  // The person's file is cached by the read side until the store changes: no grid per frame.
  const queries::PsfsGrid& grid = ui.data->caseload().person(person, ui.today()).psfs;
  if (saved_) {
    message(theme::kSuccess, ui.tr("psfs.saved"));
    ui.test_ids.mark_text("psfs.saved", ui.tr("psfs.saved"));
  }
  if (open_) {
    draw_form(ui, person, grid);
  } else if (primary_button(ui, "psfs.new", "psfs.new")) {
    reset();
    person_ = person;
    open_ = true;
  }
  if (grid.conversations.empty()) {
    note(ui, "psfs.none");
    return;
  }
  ImGui::Spacing();
  draw_table(ui, grid);
  note(ui, "psfs.rule");
  draw_exports(ui, grid);
  draw_chart(ui, grid);
}

void PsfsPanel::draw_table(UiContext& ui, const queries::PsfsGrid& grid) {
  const int columns = 1 + static_cast<int>(grid.conversations.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  // As tall as its rows (a scrolling table would otherwise take the whole tab), plus the scrollbar.
  // Rows: the header, the activities, total, average, change, assessment (which may wrap to two).
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f;
  const float height = row * static_cast<float>(grid.activities.size() + 6) + ImGui::GetStyle().ScrollbarSize;
  if (!ImGui::BeginTable("psfs.grid", columns, flags, ImVec2(0.0f, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(ui.tr("psfs.activity"), ImGuiTableColumnFlags_WidthFixed, ui.px(ui.narrow ? 150.0f : 260.0f));
  for (const PsfsConversation* c : grid.conversations) {
    ImGui::TableSetupColumn(to_display(c->date).c_str(), ImGuiTableColumnFlags_WidthFixed, ui.px(110.0f));
  }
  ImGui::TableHeadersRow();
  for (std::size_t a = 0; a < grid.activities.size(); ++a) {
    const PsfsActivity& activity = *grid.activities[a];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, activity.retired ? theme::kMuted : ImGui::GetStyle().Colors[ImGuiCol_Text]);
    ImGui::TextWrapped("%s", activity.text.c_str());
    ImGui::PopStyleColor();
    for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
      ImGui::TableNextColumn();
      const std::optional<int>& score = grid.scores[a][c];
      const std::string text = score ? std::to_string(*score) : std::string("–");
      ImGui::TextUnformatted(text.c_str());
      const std::string cell = "psfs.cell." + std::to_string(activity.id) + "." + std::to_string(grid.conversations[c]->id);
      ui.test_ids.mark_text(cell, text);
      // A change of 3 or more on this activity is marked beside the score.
      if (grid.marked(a, c)) {
        const int change = *grid.activity_changes[a][c];
        const bool better = (change > 0) == (grid.conversations[c]->direction == PsfsDirection::ZeroIsCannot);
        const std::string mark = (change > 0 ? "+" : "") + std::to_string(change);
        ImGui::SameLine();
        message(better ? theme::kSuccess : theme::kError, mark.c_str());
        ui.test_ids.mark_text(cell + ".mark", mark);
      }
    }
  }
  const auto summary = [&](const char* key, const char* id, auto&& value_of) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(ui.tr(key));
    for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
      ImGui::TableNextColumn();
      const std::string text = value_of(c);
      ImGui::TextUnformatted(text.c_str());
      ui.test_ids.mark_text(std::string(id) + std::to_string(grid.conversations[c]->id), text);
    }
  };
  summary(text_key("psfs.total"), "psfs.table.total.", [&](std::size_t c) { return std::to_string(grid.totals[c]); });
  summary(text_key("psfs.average"), "psfs.table.average.",
          [&](std::size_t c) { return grid.averages[c] ? decimal_comma(*grid.averages[c]) : std::string("–"); });
  summary(text_key("psfs.change"), "psfs.table.change.",
          [&](std::size_t c) { return grid.changes[c] ? signed_decimal_comma(grid.changes[c]->value) : std::string("–"); });
  // The form's rule: drawn only where the change is significant either way.
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(ui.tr("psfs.significance"));
  for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
    ImGui::TableNextColumn();
    if (!grid.changes[c] || grid.changes[c]->significance == queries::PsfsSignificance::None) continue;
    const queries::PsfsSignificance s = grid.changes[c]->significance;
    const char* text = ui.tr(flag_key(s));
    ImGui::PushTextWrapPos(0.0f);
    message(s == queries::PsfsSignificance::Improvement ? theme::kSuccess : theme::kError, text);
    ImGui::PopTextWrapPos();
    ui.test_ids.mark_text("psfs.table.flag." + std::to_string(grid.conversations[c]->id), text);
  }
  ImGui::EndTable();
}

void PsfsPanel::draw_chart(UiContext& ui, const queries::PsfsGrid& grid) {
  ImGui::SeparatorText(ui.tr("psfs.chart.title"));
  LineChartSpec spec;
  const Date first = grid.conversations.front()->date;
  for (const PsfsConversation* c : grid.conversations) {
    spec.x_days.push_back(days_between(first, c->date));
    spec.x_labels.push_back(to_display(c->date));
  }
  for (std::size_t a = 0; a < grid.activities.size(); ++a) {
    ChartSeries s{grid.activities[a]->text, {}, chart_color(a), false};
    for (const std::optional<int>& score : grid.scores[a]) {
      s.values.push_back(score ? std::optional<double>(*score) : std::nullopt);
    }
    spec.series.push_back(std::move(s));
  }
  ChartSeries average{ui.tr("psfs.average"), {}, kChartAverageColor, true};
  for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
    average.values.push_back(grid.averages[c]);
    const std::optional<queries::PsfsChange>& change = grid.changes[c];
    const queries::PsfsSignificance s = change ? change->significance : queries::PsfsSignificance::None;
    spec.marks.push_back(s == queries::PsfsSignificance::Improvement ? 1 : s == queries::PsfsSignificance::Decline ? -1 : 0);
    spec.mark_labels.push_back(change && s != queries::PsfsSignificance::None ? signed_decimal_comma(change->value)
                                                                               : std::string());
  }
  spec.series.push_back(std::move(average));
  spec.mark_caption = ui.tr("psfs.change");
  const bool reversed = direction_of(grid, PsfsDirection::ZeroIsCannot) == PsfsDirection::ZeroIsCan;
  spec.y_low = ui.tr(reversed ? "psfs.anchor.low_reversed" : "psfs.anchor.low");
  spec.y_high = ui.tr(reversed ? "psfs.anchor.high_reversed" : "psfs.anchor.high");
  chart_rect_ = line_chart(ui, "psfs.chart", spec, ui.px(ui.narrow ? 360.0f : 380.0f));
  if (png_pending_ > 0) capture_chart(ui);
}

// The PNG export: the chart's pixels are read once the frame is on the screen. A chart partly
// scrolled out of view is scrolled into it first (a frame or two); one taller than the window is
// saved as far as it shows.
void PsfsPanel::capture_chart(UiContext& ui) {
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImRect clip(draw->GetClipRectMin(), draw->GetClipRectMax());
  if (!clip.Contains(chart_rect_) && --png_pending_ > 0) {
    ImGui::SetScrollFromPosY(chart_rect_.Min.y - ImGui::GetWindowPos().y - ui.px(8.0f), 0.0f);
    ui.keep_drawing();  // the scroll shows in the next frame
    return;
  }
  png_pending_ = 0;
  ImRect shown = chart_rect_;
  shown.ClipWith(clip);
  Platform& platform = ui.platform;
  const std::string name = "psfs-" + to_iso(ui.today()) + ".png";
  bool* failed = &png_failed_;
  platform.capture_after_frame(shown.Min.x, shown.Min.y, shown.GetWidth(), shown.GetHeight(),
                               [&platform, name, failed](std::vector<unsigned char> rgba, int w, int h) {
                                 const std::vector<unsigned char> png = encode_png(rgba, w, h);
                                 if (png.empty()) {
                                   *failed = true;
                                   return;
                                 }
                                 platform.download_bytes(name, "image/png", png);
                               });
}

void PsfsPanel::draw_exports(UiContext& ui, const queries::PsfsGrid& grid) {
  if (button(ui, "psfs.export.csv", "psfs.export.csv")) {
    const queries::PsfsTableLabels labels{ui.tr("psfs.activity"), ui.tr("psfs.total"), ui.tr("psfs.average"),
                                          ui.tr("psfs.change"), ui.tr("psfs.significance"),
                                          ui.tr("psfs.flag.improvement"), ui.tr("psfs.flag.decline")};
    // As bytes: a text download would lose the byte-order mark (the browser's UTF-8 decoder drops it).
    const std::string csv = to_csv(queries::psfs_table_rows(grid, labels));
    ui.platform.download_bytes("psfs-" + to_iso(ui.today()) + ".csv", "text/csv;charset=utf-8",
                               std::vector<unsigned char>(csv.begin(), csv.end()));
  }
  ImGui::SameLine();
  if (button(ui, "psfs.export.png", "psfs.export.png")) {
    png_failed_ = false;
    png_pending_ = 3;  // frames to bring the whole chart into view (draw_chart captures it)
  }
  if (png_failed_) message(theme::kError, ui.tr("psfs.export.failed"));
}

void PsfsPanel::score_buttons(UiContext& ui, const std::string& id, std::optional<int>& score, PsfsDirection direction) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float size = std::clamp((avail - style.ItemSpacing.x * 10.0f) / 11.0f, ui.px(30.0f), ui.px(56.0f));
  const float start = ImGui::GetCursorPosX();
  ImGui::PushID(id.c_str());
  for (int v = 0; v <= 10; ++v) {
    if (v > 0) ImGui::SameLine(0.0f, style.ItemSpacing.x);
    const bool chosen = score == v;
    if (chosen) {
      ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kAccent);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const std::string label = std::to_string(v);
    ImGui::PushID(v);
    if (ImGui::Button(label.c_str(), ImVec2(size, std::max(size, ui.px(44.0f))))) score = chosen ? std::nullopt : std::optional<int>(v);
    ImGui::PopID();
    if (chosen) ImGui::PopStyleColor(3);
    ui.test_ids.mark(id + "." + label, label);
  }
  ImGui::PopID();
  // The anchors under the ends of the row.
  const char* low = ui.tr(direction == PsfsDirection::ZeroIsCan ? "psfs.anchor.low_reversed" : "psfs.anchor.low");
  const char* high = ui.tr(direction == PsfsDirection::ZeroIsCan ? "psfs.anchor.high_reversed" : "psfs.anchor.high");
  const float row = size * 11.0f + style.ItemSpacing.x * 10.0f;
  ImGui::SetCursorPosX(start);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(fit_text(low, row * 0.48f).c_str());
  const std::string high_text = fit_text(high, row * 0.48f);
  ImGui::SameLine(start + row - ImGui::CalcTextSize(high_text.c_str()).x);
  ImGui::TextUnformatted(high_text.c_str());
  ImGui::PopStyleColor();
}

void PsfsPanel::draw_form(UiContext& ui, Id person, const queries::PsfsGrid& grid) {
  ImGui::SeparatorText(ui.tr("psfs.new"));
  // Core reports the command's fields; the form shows them under its own.
  Form form(ui, "psfs.new", errors_);
  if (date_text_.empty()) date_text_ = to_display(ui.today());
  if (performed_by_.empty()) performed_by_ = ui.data->author();
  form.date("date", date_text_);
  form.text("performed_by", performed_by_);
  // One scale direction per person: chosen at the first conversation only.
  PsfsDirection direction = direction_of(grid, direction_);
  if (grid.conversations.empty()) {
    ImGui::TextUnformatted(ui.tr("psfs.new.direction"));
    for (const PsfsDirection d : {PsfsDirection::ZeroIsCannot, PsfsDirection::ZeroIsCan}) {
      const std::string label = std::string(ui.tr(d == PsfsDirection::ZeroIsCan ? "psfs.anchor.low_reversed" : "psfs.anchor.low"));
      if (ImGui::RadioButton(label.c_str(), direction_ == d)) direction_ = d;
      ui.test_ids.mark("psfs.new.direction." + std::string(enum_name(d)), label);
    }
    direction = direction_;
  }
  // What the person said last time, then each active activity with its previous score.
  const std::optional<std::size_t> last =
      grid.conversations.empty() ? std::nullopt : std::optional<std::size_t>(grid.conversations.size() - 1);
  if (last) {
    const std::string said = format_text(ui.tr("psfs.last_time"), {to_display(grid.conversations[*last]->date)});
    message(ImGui::GetStyle().Colors[ImGuiCol_Text], said.c_str());
    ui.test_ids.mark_text("psfs.last_time", said);
  } else {
    message(ImGui::GetStyle().Colors[ImGuiCol_Text], ui.tr("psfs.first_time"));
  }
  int active = 0;
  for (std::size_t a = 0; a < grid.activities.size(); ++a) {
    const PsfsActivity& activity = *grid.activities[a];
    if (activity.retired) continue;
    ++active;
    const std::string id = std::to_string(activity.id);
    ImGui::Spacing();
    std::string title = "«" + activity.text + "»";
    if (last && grid.scores[a][*last]) {
      title += "  ·  " + format_text(ui.tr("psfs.previous_score"), {std::to_string(*grid.scores[a][*last])});
    }
    heading_text(title.c_str());
    bool retired = retire_.count(activity.id) > 0;
    if (ImGui::Checkbox((std::string(ui.tr("psfs.retire")) + "##retire" + id).c_str(), &retired)) {
      if (retired) {
        retire_.insert(activity.id);
      } else {
        retire_.erase(activity.id);
      }
    }
    ui.test_ids.mark("psfs.retire." + id, ui.tr("psfs.retire"));
    if (!retired) score_buttons(ui, "psfs.score." + id, scores_[activity.id], direction);
  }
  // New activities, while there is room for five active ones.
  for (std::size_t i = 0; i < added_.size(); ++i) {
    const std::string id = std::to_string(i);
    ImGui::Spacing();
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - ui.px(90.0f), ui.px(520.0f)));
    ImGui::InputTextWithHint(("##new_activity" + id).c_str(), ui.tr("psfs.new_activity"), &added_[i].text);
    ui.test_ids.mark("psfs.new_activity." + id, added_[i].text);
    ImGui::SameLine();
    if (button(ui, "psfs.remove_activity", ("psfs.remove_activity." + id).c_str())) {
      added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
    score_buttons(ui, "psfs.score.new" + id, added_[i].score, direction);
  }
  const int room = 5 - (active - static_cast<int>(retire_.size())) - static_cast<int>(added_.size());
  if (room > 0) {
    if (button(ui, "psfs.add_activity", "psfs.add_activity")) added_.push_back({});
  } else {
    note(ui, "psfs.max_activities");
  }
  ImGui::Spacing();
  if (primary_button(ui, "psfs.save", "psfs.save")) save(ui, person, grid, direction);
  ImGui::SameLine();
  if (button(ui, "psfs.cancel", "psfs.cancel")) {
    reset();
    return;
  }
  form.end();
}

void PsfsPanel::save(UiContext& ui, Id person, const queries::PsfsGrid& grid, PsfsDirection direction) {
  std::vector<FieldError> errors;
  const std::optional<Date> date = read_required_date(date_text_, "date", errors);
  RecordPsfsConversation command{person, date.value_or(Date{}), performed_by_, direction, {}, {}, {}};
  for (const PsfsActivity* a : grid.activities) {
    if (a->retired) continue;
    if (retire_.count(a->id)) {
      command.retire.push_back(a->id);
    } else if (const auto it = scores_.find(a->id); it != scores_.end() && it->second) {
      command.scores.push_back(PsfsScore{a->id, *it->second});
    }
  }
  for (const NewActivity& added : added_) {
    if (added.text.empty() && !added.score) continue;  // an empty row left open
    if (!added.score) {
      errors.push_back({"new_activities", text_key("error.score_required")});
      continue;
    }
    command.new_activities.push_back(NewPsfsActivity{added.text, *added.score});
  }
  if (errors.empty()) ui.data->commit(command, errors);
  errors_ = errors;
  if (errors_.empty()) {
    reset();
    saved_ = true;
  }
}

}  // namespace opp::app
