// The team board (view "board"): cases (forløp) in six stage columns with filters, counts, the
// coordinators' workload and the alerts. Cards move by drag and drop, by the ‹ › buttons on each
// card, and by keyboard (Ctrl+← / Ctrl+→ on the focused card). The rules are the core's
// (core/rules/case_flow.hpp); a refused move says why beside the card and changes nothing.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/views/view.hpp"
#include "app/widgets/case_text.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/case_flow.hpp"
#include "core/domain/enum_names.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

constexpr std::array kStages = {CaseStage::Reported,  CaseStage::Mapping,    CaseStage::TeamEstablished,
                                CaseStage::FollowUp, CaseStage::Evaluation, CaseStage::Closed};
constexpr std::array kTargetGroups = {TargetGroup::FrailElderly,   TargetGroup::MentalHealthSubstance,
                                      TargetGroup::ChildrenFamilies, TargetGroup::ChronicIllness,
                                      TargetGroup::Disability,       TargetGroup::Other};
constexpr std::array kAgeGroups = {queries::AgeGroup::Any, queries::AgeGroup::Children, queries::AgeGroup::Adults,
                                   queries::AgeGroup::Elderly};
constexpr const char* kPayload = "OPP_CASE";

class BoardView final : public View {
 public:
  void draw(UiContext& ui) override {
    today_ = ui.today();
    heading(ui, "board.title");
    const queries::Board& board = ui.data->caseload().board(filter_, today_);
    draw_filters(ui, board);
    draw_workload(ui, board);
    draw_alerts(ui, board);
    draw_close_prompt(ui);
    ImGui::Spacing();
    draw_columns(ui, board);
  }

 private:
  // [SECTION] Filters, workload and alerts
  // A combo over a list of strings; "" is "all".
  void string_combo(UiContext& ui, const char* id, const char* all_key, const std::vector<std::string>& values,
                    std::string& value) {
    const std::string shown = value.empty() ? std::string(ui.tr(all_key)) : value;
    ImGui::SetNextItemWidth(ui.px(170.0f));
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), shown.c_str())) {
      if (ImGui::Selectable(ui.tr(all_key), value.empty())) value.clear();
      ui.test_ids.mark(std::string(id) + ".all", ui.tr(all_key));
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (ImGui::Selectable(values[i].c_str(), values[i] == value)) value = values[i];
        ui.test_ids.mark(std::string(id) + "." + std::to_string(i), values[i]);
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark(id, shown);
  }

  void draw_filters(UiContext& ui, const queries::Board& board) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetNextItemWidth(ui.px(200.0f));
    ImGui::InputTextWithHint("##board.search", ui.tr("board.filter.text"), &filter_.text);
    ui.test_ids.mark("board.filter.text");
    flow_next(ui.px(170.0f) + gap, false);
    string_combo(ui, "board.filter.coordinator", text_key("board.filter.any_coordinator"), board.coordinators, filter_.coordinator);
    flow_next(ui.px(170.0f) + gap, false);
    string_combo(ui, "board.filter.service", text_key("board.filter.any_service"), board.services, filter_.service);
    flow_next(ui.px(170.0f) + gap, false);
    string_combo(ui, "board.filter.municipality", text_key("board.filter.any_municipality"), board.municipalities,
                 filter_.municipality);
    flow_next(ui.px(170.0f) + gap, false);
    const char* group = filter_.target_group ? ui.tr(label_key(*filter_.target_group)) : ui.tr("board.filter.any_target_group");
    ImGui::SetNextItemWidth(ui.px(170.0f));
    if (ImGui::BeginCombo("##board.filter.target_group", group)) {
      if (ImGui::Selectable(ui.tr("board.filter.any_target_group"), !filter_.target_group)) filter_.target_group.reset();
      for (const TargetGroup g : kTargetGroups) {
        if (ImGui::Selectable(ui.tr(label_key(g)), filter_.target_group == g)) filter_.target_group = g;
        ui.test_ids.mark("board.filter.target_group." + std::string(enum_name(g)), ui.tr(label_key(g)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("board.filter.target_group", group);
    flow_next(ui.px(170.0f) + gap, false);
    ImGui::SetNextItemWidth(ui.px(170.0f));
    if (ImGui::BeginCombo("##board.filter.age", ui.tr(label_key(filter_.age)))) {
      for (const queries::AgeGroup a : kAgeGroups) {
        if (ImGui::Selectable(ui.tr(label_key(a)), filter_.age == a)) filter_.age = a;
        ui.test_ids.mark("board.filter.age." + std::to_string(static_cast<int>(a)), ui.tr(label_key(a)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("board.filter.age", ui.tr(label_key(filter_.age)));
    if (!(filter_ == queries::BoardFilter{})) {
      flow_next(ui.px(120.0f), false);
      if (button(ui, "board.filter.clear", "board.filter.clear")) filter_ = {};
    }
    const std::string shown = board.shown == 1 ? std::string(ui.tr("board.shown_one"))
                                               : format_text(ui.tr("board.shown"), {std::to_string(board.shown)});
    message(theme::kMuted, shown.c_str());
    ui.test_ids.mark_text("board.shown", shown);
  }

  void draw_workload(UiContext& ui, const queries::Board& board) {
    if (board.workload.empty()) return;
    std::string line = ui.tr("board.workload");
    for (std::size_t i = 0; i < board.workload.size(); ++i) {
      const queries::Workload& w = board.workload[i];
      const std::string name = w.coordinator.empty() ? std::string(ui.tr("board.no_coordinator")) : w.coordinator;
      std::string item = format_text(ui.tr("board.workload.item"), {name, std::to_string(w.cases), std::to_string(w.overdue)});
      ui.test_ids.mark_text("board.workload." + std::to_string(i), item);
      line += (i == 0 ? " " : "  ·  ") + item;
      if (i == 7 && board.workload.size() > 8) {
        line += "  ·  …";
        break;
      }
    }
    message(theme::kMuted, line.c_str());
  }

  void draw_alerts(UiContext& ui, const queries::Board& board) {
    const std::string title = format_text(ui.tr("board.alerts"), {std::to_string(board.alerts.size())});
    const bool open = ImGui::CollapsingHeader((title + "###board.alerts").c_str());
    ui.test_ids.mark("board.alerts", title);
    if (!open) return;
    const std::size_t shown = std::min<std::size_t>(board.alerts.size(), 50);
    for (std::size_t i = 0; i < shown; ++i) {
      const queries::Alert& a = board.alerts[i];
      const Person* person = ui.data->store().find_person(a.person);
      const std::string text = (person ? person->name + ": " : std::string()) + alert_text(ui, a);
      ImGui::PushID(static_cast<int>(i));
      ImGui::PushStyleColor(ImGuiCol_Text, a.overdue ? theme::kError : theme::kWarning);
      if (ImGui::Selectable(text.c_str())) ui.navigate(Route{"person", a.person, "overview"});
      ImGui::PopStyleColor();
      ImGui::PopID();
      ui.test_ids.mark("board.alert." + std::to_string(i), text);
    }
    if (board.alerts.size() > shown) note(ui, "board.alerts.more");
  }

  // Closing asks for the reason first (the rule: "closed" needs one).
  void draw_close_prompt(UiContext& ui) {
    if (closing_ == kNoId) return;
    const Case* c = ui.data->store().find_case(closing_);
    const Person* person = c ? ui.data->store().find_person(c->person) : nullptr;
    if (person == nullptr) {
      closing_ = kNoId;
      return;
    }
    ImGui::SeparatorText(format_text(ui.tr("board.close.title"), {person->name}).c_str());
    Form form(ui, "board.close", close_errors_);
    form.text("reason", close_reason_);
    if (form.submit("confirm")) {
      if (move(ui, *c, CaseStage::Closed, close_reason_)) closing_ = kNoId;
    }
    ImGui::SameLine();
    if (button(ui, "board.close.cancel", "board.close.cancel")) closing_ = kNoId;
    form.end();
  }

  // [SECTION] Columns and cards
  void draw_columns(UiContext& ui, const queries::Board& board) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // On a phone: one stage at a time, full width, chosen with a row of buttons (with counts).
    if (ui.narrow) {
      for (std::size_t s = 0; s < kStages.size(); ++s) {
        const std::string label = std::string(ui.tr(label_key(kStages[s]))) + " (" +
                                  std::to_string(board.columns[static_cast<std::size_t>(kStages[s])].size()) + ")";
        flow_next(ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x, s == 0);
        const std::string id = "board.stage." + std::string(enum_name(kStages[s]));
        ImGui::PushID(id.c_str());
        if (choice_button(label.c_str(), phone_stage_ == kStages[s])) phone_stage_ = kStages[s];
        ImGui::PopID();
        ui.test_ids.mark(id, label);
      }
      const float height = std::max(ui.px(320.0f), ImGui::GetContentRegionAvail().y);
      draw_column(ui, board, phone_stage_, ImGui::GetContentRegionAvail().x, height);
      return;
    }
    const float min_width = ui.px(190.0f);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::max(min_width, (avail - style.ItemSpacing.x * 5) / 6.0f);
    const float height = std::max(ui.px(260.0f), ImGui::GetContentRegionAvail().y);
    // Flattened so Tab and the arrow keys go from the filters through every column's cards.
    ImGui::BeginChild("board.columns", ImVec2(0, height), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
    for (std::size_t s = 0; s < kStages.size(); ++s) {
      if (s > 0) ImGui::SameLine();
      draw_column(ui, board, kStages[s], width, height - style.ScrollbarSize - style.ItemSpacing.y);
    }
    ImGui::EndChild();
  }

  void draw_column(UiContext& ui, const queries::Board& board, CaseStage stage, float width, float height) {
    const auto& cards = board.columns[static_cast<std::size_t>(stage)];
    const std::string id = "board.column." + std::string(enum_name(stage));
    const std::string title = std::string(ui.tr(label_key(stage))) + " (" + std::to_string(cards.size()) + ")";
    ImGui::BeginChild(id.c_str(), ImVec2(width, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    heading_text(title.c_str());
    ImGui::Separator();
    const float card_height = ImGui::GetTextLineHeightWithSpacing() * 5.0f + ImGui::GetFrameHeight() + ui.px(10.0f);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(cards.size()), card_height + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_card(ui, cards[static_cast<std::size_t>(i)], card_height);
    }
    ImGui::EndChild();
    // The whole column is a drop target.
    const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::BeginDragDropTargetCustom(rect, ImGui::GetID(id.c_str()))) {
      if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kPayload)) {
        const Id dropped = *static_cast<const Id*>(payload->Data);
        if (const Case* c = ui.data->store().find_case(dropped)) request_move(ui, *c, stage);
      }
      ImGui::EndDragDropTarget();
    }
    ui.test_ids.mark(id, title);
  }

  void draw_card(UiContext& ui, const queries::BoardCard& card, float height) {
    const Case& c = *card.c;
    const std::string id = "board.card." + std::to_string(c.id);
    ImGui::PushID(id.c_str());
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const bool refused_here = refused_case_ == c.id && !refused_.empty();
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg),
                        ui.px(6.0f));
    if (refocus_ == c.id) {
      ImGui::SetKeyboardFocusHere();
      refocus_ = kNoId;
    }
    const bool pressed = ImGui::InvisibleButton("card", ImVec2(width, height - ImGui::GetFrameHeight() - ui.px(4.0f)));
    const bool focused = ImGui::IsItemFocused();
    const bool hovered = ImGui::IsItemHovered();
    if (focused) ui.test_ids.mark_text("board.focused", id);  // which card the keyboard is on
    if (hovered || focused) {
      draw->AddRect(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_NavHighlight),
                    ui.px(6.0f), 0, ui.px(2.0f));
    }
    // A click (not the end of a drag) opens the person's workspace.
    if (pressed && !ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left)) ui.navigate(Route{"person", c.person, "overview"});
    if (focused && ImGui::IsKeyPressed(ImGuiKey_Enter)) ui.navigate(Route{"person", c.person, "overview"});
    // Ctrl+← / Ctrl+→ move the focused card; the keyboard stays on it in its new column.
    for (const auto& [key, direction] : {std::pair{ImGuiKey_RightArrow, +1}, std::pair{ImGuiKey_LeftArrow, -1}}) {
      if (focused && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(key)) {
        const CaseStage before = c.stage;
        step(ui, c, direction);
        if (const Case* moved = ui.data->store().find_case(c.id); moved && moved->stage != before) refocus_ = c.id;
      }
    }
    if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
      ImGui::SetDragDropPayload(kPayload, &c.id, sizeof(Id));
      ImGui::TextUnformatted(card.person->name.c_str());
      ImGui::EndDragDropSource();
    }
    // The card's lines, drawn over the button.
    const float pad = ui.px(6.0f);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = ImGui::ColorConvertFloat4ToU32(theme::kMuted);
    // A line that does not fit the column ends in "…"; the whole card is in the tooltip.
    const float room = width - 2.0f * pad;
    const auto put = [&](int row, ImU32 color, const std::string& s) {
      const std::string shown = fit_text(s, room);
      draw->AddText(ImVec2(start.x + pad, start.y + pad + line * static_cast<float>(row)), color, shown.c_str());
    };
    put(0, text, card.person->name);
    const std::string coordinator = card.coordinator.empty() ? std::string(ui.tr("board.no_coordinator"))
                                                             : format_text(ui.tr("board.card.coordinator"), {card.coordinator});
    put(1, muted, coordinator);
    std::string team = format_text(ui.tr("board.card.team"), {std::to_string(card.team_size)});
    if (card.next_meeting) team += "  ·  " + format_text(ui.tr("board.card.meeting"), {to_display(*card.next_meeting)});
    put(2, muted, team);
    std::string dates;
    if (card.next_due) {
      dates = format_text(ui.tr(card.next_due_is_psfs ? "board.card.psfs_due" : "board.card.due"), {to_display(*card.next_due)});
    }
    if (!c.open() && c.closed) dates = format_text(ui.tr("board.card.closed"), {to_display(*c.closed), c.close_reason});
    put(3, muted, dates);
    std::string status;
    if (card.overdue > 0) status = format_text(ui.tr("board.card.overdue"), {std::to_string(card.overdue)});
    for (const std::string& flag : card.flags) status += (status.empty() ? "" : "  ·  ") + flag_text(ui, flag);
    if (!status.empty()) put(4, ImGui::ColorConvertFloat4ToU32(card.overdue > 0 ? theme::kError : theme::kWarning), status);
    ui.test_ids.mark(id, card.person->name + " — " + coordinator + "  ·  " + team + (status.empty() ? "" : " — " + status));
    // (Not on a phone: the card is as wide as the screen, and a tap would leave the tooltip open.)
    if (hovered && !ui.narrow && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ui.px(360.0f));
      const std::string* lines[] = {&card.person->name, &coordinator, &team, &dates, &status};
      for (const std::string* s : lines) {
        if (!s->empty()) ImGui::TextUnformatted(s->c_str());
      }
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }

    // The ‹ › buttons: the same moves as dragging, for touch and keyboard users.
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + height - ImGui::GetFrameHeight() - ui.px(2.0f)));
    if (c.open()) {
      if (c.stage != CaseStage::Reported) {
        if (ImGui::SmallButton("\xE2\x80\xB9")) step(ui, c, -1);  // ‹
        ui.test_ids.mark(id + ".back", ui.tr("board.card.back"));
        ImGui::SameLine();
      }
      if (ImGui::SmallButton("\xE2\x80\xBA")) step(ui, c, +1);  // ›
      ui.test_ids.mark(id + ".forward", ui.tr("board.card.forward"));
      ImGui::SameLine();
      if (ImGui::SmallButton(ui.tr("board.card.close"))) request_move(ui, c, CaseStage::Closed);
      ui.test_ids.mark(id + ".close", ui.tr("board.card.close"));
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopID();
    if (refused_here) {
      std::string why;
      for (const std::string& key : refused_) why += (why.empty() ? "" : " ") + std::string(ui.tr(key));
      message(theme::kError, why.c_str());
      ui.test_ids.mark_text("board.move.refused", why);
    }
  }

  // [SECTION] Moving
  void step(UiContext& ui, const Case& c, int direction) {
    const int to = static_cast<int>(c.stage) + direction;
    if (to < 0 || to >= static_cast<int>(CaseStage::Closed)) return;
    request_move(ui, c, static_cast<CaseStage>(to));
  }

  void request_move(UiContext& ui, const Case& c, CaseStage to) {
    if (to == CaseStage::Closed && c.open()) {
      closing_ = c.id;
      close_reason_.clear();
      close_errors_.clear();
      refused_.clear();
      return;
    }
    move(ui, c, to, {});
  }

  bool move(UiContext& ui, const Case& c, CaseStage to, const std::string& reason) {
    const Id id = c.id;
    refused_ = move_refusals(ui.data->store(), c, to, reason);
    refused_case_ = id;
    if (!refused_.empty()) {
      if (to == CaseStage::Closed) close_errors_ = {FieldError{"reason", refused_.front()}};
      return false;
    }
    const CommandResult result = ui.data->commit(MoveCase{id, to, today_, reason});
    if (!result.ok()) {
      for (const FieldError& e : result.errors) refused_.push_back(e.message_key);
      if (to == CaseStage::Closed) close_errors_ = result.errors;
      return false;
    }
    return true;
  }

  queries::BoardFilter filter_;
  Date today_;
  std::vector<std::string> refused_;  // why the last move was refused (catalogue keys)
  Id refused_case_ = kNoId;
  Id refocus_ = kNoId;
  CaseStage phone_stage_ = CaseStage::Reported;  // the stage a phone shows  // the card the keyboard moved: focused again where it is drawn next
  Id closing_ = kNoId;  // the case whose closing reason is asked for
  std::string close_reason_;
  std::vector<FieldError> close_errors_;
};

}  // namespace

std::unique_ptr<View> make_board_view() { return std::make_unique<BoardView>(); }

}  // namespace opp::app
