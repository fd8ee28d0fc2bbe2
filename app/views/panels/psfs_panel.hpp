// One person's PSFS, shared by the PSFS view and the workspace's PSFS tab: the table as on the
// paper form (with the change and the form's ≥ 2 rule from core/queries/psfs.hpp), the chart, the
// exports (CSV, PNG) and a new conversation scored with large buttons.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "app/widgets/chart.hpp"
#include "core/domain/field_error.hpp"
#include "core/queries/psfs.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace opp::app {

// The distribution of PSFS changes in whole points (−10 … +10, 2 or more highlighted) as a bar
// chart: the PSFS view's caseload and the evaluation view show the same.
BarChartSpec psfs_change_chart(UiContext& ui, const std::vector<int>& histogram);

class PsfsPanel {
 public:
  void draw(UiContext& ui, Id person);
  void reset();

 private:
  void draw_table(UiContext& ui, const queries::PsfsGrid& grid);
  void draw_chart(UiContext& ui, const queries::PsfsGrid& grid);
  void draw_exports(UiContext& ui, const queries::PsfsGrid& grid);
  void capture_chart(UiContext& ui);
  void draw_form(UiContext& ui, Id person, const queries::PsfsGrid& grid);
  // Eleven buttons 0–10 with the anchors under the ends; `score` is the choice (if any).
  void score_buttons(UiContext& ui, const std::string& id, std::optional<int>& score, PsfsDirection direction);
  void save(UiContext& ui, Id person, const queries::PsfsGrid& grid, PsfsDirection direction);

  struct NewActivity {
    std::string text;
    std::optional<int> score;
  };
  Id person_ = kNoId;  // the form belongs to this person
  bool open_ = false;
  bool saved_ = false;
  std::string date_text_, performed_by_;
  PsfsDirection direction_ = PsfsDirection::ZeroIsCannot;
  std::map<Id, std::optional<int>> scores_;
  std::set<Id> retire_;
  std::vector<NewActivity> added_;
  std::vector<FieldError> errors_;
  ImRect chart_rect_;
  bool png_failed_ = false;
  int png_pending_ = 0;  // > 0: a PNG export waits for the chart to be in view
};

}  // namespace opp::app
