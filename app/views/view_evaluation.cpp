// The evaluation view: the pilots' outcome and process figures over the caseload
// (core/queries/evaluation.hpp), each with its N, filtered by period, municipality, age group and
// target group; computed once per change of data or filter (Caseload::evaluation).
#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/views/view.hpp"
#include "app/widgets/chart.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/views/panels/psfs_panel.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/evaluation_export.hpp"
#include "core/queries/caseload.hpp"
#include "core/queries/research_export.hpp"
#include "core/text/csv.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

enum class Unit { Count, Days, Score, Share, ChangePct };

std::string shown(const queries::Figure& f, Unit unit) {
  if (!f.value) return "–";
  const double v = *f.value;
  switch (unit) {
    case Unit::Count: return decimal_comma(v, 0);
    case Unit::Days: return std::floor(v) == v ? decimal_comma(v, 0) : decimal_comma(v, 1);
    case Unit::Score: return decimal_comma(v, 1);
    case Unit::Share: return decimal_comma(v, 0) + " %";
    case Unit::ChangePct: return signed_decimal_comma(v, 0) + " %";
  }
  return "–";
}

class EvaluationView final : public View {
 public:
  void draw(UiContext& ui) override {
    heading(ui, "evaluation.title");
    note(ui, "evaluation.lead");
    draw_filters(ui);
    const queries::Evaluation& e = ui.data->caseload().evaluation(filter_, ui.today());
    draw_municipality(ui, e);
    const std::string selection = format_text(ui.tr("eval.selection"), {std::to_string(e.cases)});
    message(theme::kMuted, selection.c_str());
    ui.test_ids.mark_text("eval.selection", selection);
    draw_exports(ui, e);

    ImGui::SeparatorText(ui.tr("eval.flow"));
    begin_cards();
    count(ui, "referrals", text_key("eval.key.referrals"), e.referrals);
    count(ui, "accepted", text_key("eval.key.accepted"), e.accepted);
    count(ui, "redirected", text_key("eval.key.redirected"), e.redirected);
    count(ui, "active_cases", text_key("eval.key.active_cases"), e.active_cases);
    count(ui, "closed", text_key("eval.key.closed"), e.closed);
    card(ui, "days_to_coordinator_median", text_key("eval.key.days_to_coordinator_median"), e.days_to_coordinator_median, Unit::Days);
    card(ui, "days_to_coordinator_p90", text_key("eval.key.days_to_coordinator_p90"), e.days_to_coordinator_p90, Unit::Days);
    card(ui, "days_to_team_median", text_key("eval.key.days_to_team_median"), e.days_to_team_median, Unit::Days);
    // Per month: the referrals, and the cases opened (a case may start without a referral).
    const auto per_month = [&](const char* title, const char* id, int queries::MonthFlow::*field) {
      BarChartSpec months;
      int total = 0;
      for (const queries::MonthFlow& m : e.months) {
        char label[16];
        std::snprintf(label, sizeof label, "%02u.%02d", m.month, m.year % 100);
        months.labels.push_back(label);
        months.values.push_back(m.*field);
        months.highlight.push_back(false);
        total += m.*field;
      }
      if (total == 0) return;
      ImGui::NewLine();
      ImGui::TextUnformatted(ui.tr(title));
      bar_chart(ui, id, months, ui.px(150.0f));
    };
    per_month(text_key("eval.per_month"), "eval.chart.per_month", &queries::MonthFlow::referrals);
    per_month(text_key("eval.opened_per_month"), "eval.chart.opened_per_month", &queries::MonthFlow::opened);

    ImGui::SeparatorText(ui.tr("eval.function"));
    begin_cards();
    card(ui, "psfs_first_avg", text_key("eval.key.psfs_first_avg"), e.psfs_first_avg, Unit::Score);
    card(ui, "psfs_latest_avg", text_key("eval.key.psfs_latest_avg"), e.psfs_latest_avg, Unit::Score);
    card(ui, "psfs_improved_share", text_key("eval.key.psfs_improved_share"), e.psfs_improved_share, Unit::Share);
    if (e.psfs_first_avg.n > 0) {
      ImGui::NewLine();
      bar_chart(ui, "eval.chart.psfs", psfs_change_chart(ui, e.psfs_histogram), ui.px(150.0f));
    }

    ImGui::SeparatorText(ui.tr("eval.services"));
    begin_cards();
    card(ui, "admissions_before", text_key("eval.key.admissions_before"), e.admissions_before, Unit::Count);
    card(ui, "admissions_after", text_key("eval.key.admissions_after"), e.admissions_after, Unit::Count);
    card(ui, "admissions_change_pct", text_key("eval.key.admissions_change_pct"), e.admissions_change_pct, Unit::ChangePct);
    ImGui::NewLine();
    const std::string services = format_text(
        ui.tr("eval.services.note"), {std::to_string(e.followed_12_months), std::to_string(e.acute_before), std::to_string(e.acute_after),
                                      std::to_string(e.planned_before), std::to_string(e.planned_after)});
    message(theme::kMuted, services.c_str());
    ui.test_ids.mark_text("eval.services.note", services);
    ImGui::Spacing();
    draw_contacts(ui, e);

    ImGui::SeparatorText(ui.tr("eval.quality"));
    begin_cards();
    card(ui, "quality_mean", text_key("eval.key.quality_mean"), e.quality_mean, Unit::Score);
    card(ui, "quality_positive_share", text_key("eval.key.quality_positive_share"), e.quality_positive_share, Unit::Share);
    ImGui::NewLine();
    draw_quality(ui, e);

    ImGui::SeparatorText(ui.tr("eval.process"));
    begin_cards();
    card(ui, "what_matters_share", text_key("eval.key.what_matters_share"), e.what_matters_share, Unit::Share);
    card(ui, "ip_share", text_key("eval.key.ip_share"), e.ip_share, Unit::Share);
    card(ui, "days_to_ip_median", text_key("eval.key.days_to_ip_median"), e.days_to_ip_median, Unit::Days);
    card(ui, "gp_on_team_share", text_key("eval.key.gp_on_team_share"), e.gp_on_team_share, Unit::Share);
    card(ui, "relatives_share", text_key("eval.key.relatives_share"), e.relatives_share, Unit::Share);
    card(ui, "person_present_share", text_key("eval.key.person_present_share"), e.person_present_share, Unit::Share);
    ImGui::NewLine();
  }

 private:
  // [SECTION] Figures: a card with the value, what it is, and its N; cards flow in rows.
  void begin_cards() { first_card_ = true; }
  void count(UiContext& ui, const char* key, const char* label_key, int value) {
    card(ui, key, label_key, queries::Figure{static_cast<double>(value), value}, Unit::Count);
  }
  void card(UiContext& ui, const char* key, const char* label_key, const queries::Figure& f, Unit unit) {
    const float width = ui.px(230.0f);
    flow_next(width + ImGui::GetStyle().ItemSpacing.x, first_card_);
    first_card_ = false;
    const std::string id = std::string("eval.figure.") + key;
    // The value, its label on up to two lines, and N.
    const float height = ImGui::GetTextLineHeightWithSpacing() * 4.0f + ImGui::GetStyle().WindowPadding.y * 2.0f;
    ImGui::BeginChild(id.c_str(), ImVec2(width, height), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    const std::string value = shown(f, unit);
    heading_text(value.c_str());
    ui.test_ids.mark_text(id, value);
    const float label_top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ui.tr(label_key));
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(label_top + ImGui::GetTextLineHeightWithSpacing() * 2.0f);
    const std::string n = format_text(ui.tr("eval.n"), {std::to_string(f.n)});
    message(theme::kMuted, n.c_str());
    ui.test_ids.mark_text(std::string("eval.n.") + key, std::to_string(f.n));
    ImGui::EndChild();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr(label_key));
  }

  // Contacts per quarter by service type: the mean per measurement, with N per quarter.
  static std::string quarter_label(UiContext& ui, const queries::QuarterContacts& q) {
    return format_text(ui.tr("eval.contacts.quarter"), {std::to_string(q.quarter), std::to_string(q.year)});
  }
  void draw_contacts(UiContext& ui, const queries::Evaluation& e) {
    ImGui::TextUnformatted(ui.tr("eval.contacts"));
    if (e.contacts.empty()) {
      message(theme::kMuted, ui.tr("eval.contacts.none"));
      return;
    }
    struct Type {
      const char* id;
      const char* label_key;
      int queries::QuarterContacts::*member;
    };
    static constexpr Type kTypes[] = {
        {"gp", text_key("eval.contacts.gp"), &queries::QuarterContacts::gp},
        {"emergency", text_key("eval.contacts.emergency"), &queries::QuarterContacts::emergency},
        {"municipal", text_key("eval.contacts.municipal"), &queries::QuarterContacts::municipal},
        {"specialist", text_key("eval.contacts.specialist"), &queries::QuarterContacts::specialist}};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerH;
    const float rows = static_cast<float>(std::min<std::size_t>(e.contacts.size(), 8) + 1);
    const float height = ImGui::GetFrameHeight() * rows + ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("eval.contacts", 2 + static_cast<int>(std::size(kTypes)), flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(ui.tr("eval.csv.quarter"));
    for (const Type& t : kTypes) ImGui::TableSetupColumn(ui.tr(t.label_key));
    ImGui::TableSetupColumn("N");
    ImGui::TableHeadersRow();
    for (const queries::QuarterContacts& q : e.contacts) {
      const std::string row = "eval.contacts." + std::to_string(q.year) + "-" + std::to_string(q.quarter);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(quarter_label(ui, q).c_str());
      for (const Type& t : kTypes) {
        ImGui::TableNextColumn();
        const std::string mean = decimal_comma(static_cast<double>(q.*t.member) / q.measurements, 1);
        ImGui::TextUnformatted(mean.c_str());
        ui.test_ids.mark_text(row + "." + t.id, mean);
      }
      ImGui::TableNextColumn();
      ImGui::Text("%d", q.measurements);
      ui.test_ids.mark_text(row + ".n", std::to_string(q.measurements));
    }
    ImGui::EndTable();
  }

  // User-experienced quality per statement: the mean, N, and how many gave each answer; then the
  // comments in the persons' own words.
  void draw_quality(UiContext& ui, const queries::Evaluation& e) {
    static constexpr const char* kStatements[] = {
        text_key("meetings.survey.answers.0"), text_key("meetings.survey.answers.1"), text_key("meetings.survey.answers.2"),
        text_key("meetings.survey.answers.3"), text_key("meetings.survey.answers.4")};
    if (e.quality_mean.n == 0) {
      message(theme::kMuted, ui.tr("eval.quality.none"));
      return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_BordersInnerH;
    const float height = ImGui::GetFrameHeight() * (std::size(kStatements) + 1) + ImGui::GetStyle().ScrollbarSize;
    if (ImGui::BeginTable("eval.quality.items", 8, flags, ImVec2(0.0f, height))) {
      ImGui::TableSetupScrollFreeze(1, 1);
      ImGui::TableSetupColumn(ui.tr("eval.quality.statement"));
      ImGui::TableSetupColumn(ui.tr("eval.quality.mean"));
      ImGui::TableSetupColumn("N");
      for (const char* v : {"1", "2", "3", "4", "5"}) ImGui::TableSetupColumn(v);
      ImGui::TableHeadersRow();
      for (std::size_t k = 0; k < e.quality_items.size() && k < std::size(kStatements); ++k) {
        const std::string id = "eval.quality.item." + std::to_string(k);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui.tr(kStatements[k]));
        ImGui::TableNextColumn();
        const std::string mean = shown(e.quality_items[k], Unit::Score);
        ImGui::TextUnformatted(mean.c_str());
        ui.test_ids.mark_text(id, mean);
        ImGui::TableNextColumn();
        ImGui::Text("%d", e.quality_items[k].n);
        ui.test_ids.mark_text(id + ".n", std::to_string(e.quality_items[k].n));
        for (const int count : e.quality_distribution[k]) {
          ImGui::TableNextColumn();
          ImGui::Text("%d", count);
        }
      }
      ImGui::EndTable();
    }
    const std::string title = format_text(ui.tr("eval.quality.comments"), {std::to_string(e.quality_comments.size())});
    // The id stays the same whatever the language and count, so the header keeps its state.
    const bool open = !e.quality_comments.empty() && ImGui::CollapsingHeader((title + "###eval.quality.comments").c_str());
    ui.test_ids.mark("eval.quality.comments", title);
    if (!open) return;
    for (std::size_t i = 0; i < e.quality_comments.size(); ++i) {
      const QualitySurvey* s = e.quality_comments[i];
      const std::string line = to_display(s->date) + "  «" + s->comment + "»";
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(line.c_str());
      ImGui::PopTextWrapPos();
      ui.test_ids.mark_text("eval.quality.comment." + std::to_string(i), s->comment);
    }
  }

  // [SECTION] Exports: one CSV per table (for a Norwegian Excel) and the same as JSON.
  void draw_exports(UiContext& ui, const queries::Evaluation& e) {
    const std::string day = to_iso(ui.today());
    const auto bytes = [](const std::string& text) { return std::vector<unsigned char>(text.begin(), text.end()); };
    if (button(ui, "eval.export.csv", "eval.export.csv")) {
      const std::vector<std::string> figure_headers{ui.tr("eval.csv.figure"), ui.tr("eval.csv.key"), ui.tr("eval.csv.value"), "N"};
      const auto label_of = [&ui](const char* key) { return std::string(ui.tr(figure_label_key(key))); };
      ui.platform.download_bytes("evaluering-tall-" + day + ".csv", "text/csv;charset=utf-8",
                                 bytes(to_csv(queries::evaluation_figures_table(e, figure_headers, label_of))));
      const std::vector<std::string> month_headers{ui.tr("eval.csv.month"), ui.tr("eval.key.referrals"), ui.tr("eval.key.accepted"),
                                                   ui.tr("eval.key.redirected"), ui.tr("eval.csv.opened"), ui.tr("eval.key.closed")};
      ui.platform.download_bytes("evaluering-maaneder-" + day + ".csv", "text/csv;charset=utf-8",
                                 bytes(to_csv(queries::evaluation_months_table(e, month_headers))));
      const std::vector<std::string> contact_headers{ui.tr("eval.csv.quarter"), ui.tr("eval.csv.measurements"),
                                                     ui.tr("eval.contacts.gp"), ui.tr("eval.contacts.emergency"),
                                                     ui.tr("eval.contacts.municipal"), ui.tr("eval.contacts.specialist")};
      ui.platform.download_bytes(
          "evaluering-kontakter-" + day + ".csv", "text/csv;charset=utf-8",
          bytes(to_csv(queries::evaluation_contacts_table(e, contact_headers, [&ui](const queries::QuarterContacts& q) {
            return quarter_label(ui, q);
          }))));
    }
    ImGui::SameLine();
    if (button(ui, "eval.export.json", "eval.export.json")) {
      ui.platform.download_bytes("evaluering-" + day + ".json", "application/json", bytes(evaluation_json(e, filter_)));
    }
    ImGui::SameLine();
    draw_research_export(ui, e);
  }

  // The anonymised research export (core/queries/research_export.hpp), built a slice per frame
  // with a progress bar; a change to the data while it runs stops it (it would mix two states).
  void draw_research_export(UiContext& ui, const queries::Evaluation& e) {
    if (!research_) {
      ImGui::BeginDisabled(e.cases == 0);
      if (button(ui, "eval.export.research", "eval.export.research")) {
        std::random_device device;
        const std::uint64_t seed = (static_cast<std::uint64_t>(device()) << 32) ^ device();
        research_ = std::make_unique<queries::ResearchExport>(ui.data->store(), filter_, ui.today(), seed);
        research_filter_ = filter_;
        research_version_ = ui.data->caseload().version();
        research_message_.clear();
      }
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", ui.tr("eval.research.help"));
      if (!research_message_.empty()) {
        message(research_message_ok_ ? theme::kMuted : theme::kError, research_message_.c_str());
        ui.test_ids.mark_text("eval.export.research.message", research_message_);
      }
      return;
    }
    ui.keep_drawing();  // a slice per frame until it is done, cancelled or stopped
    // While it reads the store, a change to the data or the filters stops it; once the tables are
    // made (pending_), the files are written whatever happens.
    if (pending_.empty() && (ui.data->caseload().version() != research_version_ || !(research_filter_ == filter_))) {
      research_.reset();
      pending_.clear();
      research_message_ = ui.tr("eval.research.stopped");
      research_message_ok_ = false;
      return;
    }
    // Work for up to ~8 ms of this frame, then show how far it has come.
    const double until = ui.platform.monotonic_ms() + 8.0;
    bool finished = false;
    do {
      finished = research_->step(250);
    } while (!finished && ui.platform.monotonic_ms() < until);
    const float fraction = research_->total() == 0 ? 1.0f : static_cast<float>(research_->done()) / static_cast<float>(research_->total());
    const std::string progress = format_text(ui.tr("eval.research.progress"),
                                             {std::to_string(research_->done()), std::to_string(research_->total())});
    ImGui::ProgressBar(fraction, ImVec2(ui.px(260.0f), 0.0f), progress.c_str());
    ui.test_ids.mark_text("eval.export.research.progress", progress);
    ImGui::SameLine();
    const bool cancel = button(ui, "eval.export.research.cancel", "eval.export.research.cancel");
    if (cancel) {
      research_.reset();
      pending_.clear();
      research_message_.clear();
      return;
    }
    if (!finished) return;
    // Then the tables (a frame of their own), and each file written a slice per frame and
    // downloaded in a frame of its own.
    if (pending_.empty()) {
      queries::ResearchTables tables = research_->finish(e);
      research_cases_ = tables.cases.size() - 1;
      const std::string day = to_iso(ui.today());
      pending_.push_back({"forskning-forlop-" + day + ".csv", std::move(tables.cases)});
      pending_.push_back({"forskning-psfs-" + day + ".csv", std::move(tables.psfs)});
      pending_.push_back({"forskning-tall-" + day + ".csv", std::move(tables.figures)});
      csv_.clear();
      csv_row_ = 0;
      return;
    }
    const queries::Rows& rows = pending_.front().second;
    if (csv_row_ < rows.size()) {
      if (csv_row_ == 0) csv_ = kCsvBom;
      const double write_until = ui.platform.monotonic_ms() + 8.0;
      do {
        const std::size_t end = std::min(rows.size(), csv_row_ + 500);
        for (; csv_row_ < end; ++csv_row_) append_csv_row(csv_, rows[csv_row_]);
      } while (csv_row_ < rows.size() && ui.platform.monotonic_ms() < write_until);
      return;
    }
    ui.platform.download_bytes(pending_.front().first, "text/csv;charset=utf-8", std::vector<unsigned char>(csv_.begin(), csv_.end()));
    pending_.erase(pending_.begin());
    csv_.clear();
    csv_row_ = 0;
    if (!pending_.empty()) return;
    research_message_ = format_text(ui.tr("eval.research.done"), {std::to_string(research_cases_)});
    research_message_ok_ = true;
    research_.reset();
  }

  // The catalogue key of a figure's label (the cards and the CSV say the same).
  static const char* figure_label_key(const char* key) {
    static constexpr std::pair<const char*, const char*> kLabels[] = {
        {"referrals", text_key("eval.key.referrals")},
        {"accepted", text_key("eval.key.accepted")},
        {"redirected", text_key("eval.key.redirected")},
        {"active_cases", text_key("eval.key.active_cases")},
        {"closed", text_key("eval.key.closed")},
        {"days_to_coordinator_median", text_key("eval.key.days_to_coordinator_median")},
        {"days_to_coordinator_p90", text_key("eval.key.days_to_coordinator_p90")},
        {"days_to_team_median", text_key("eval.key.days_to_team_median")},
        {"psfs_first_avg", text_key("eval.key.psfs_first_avg")},
        {"psfs_latest_avg", text_key("eval.key.psfs_latest_avg")},
        {"psfs_improved_share", text_key("eval.key.psfs_improved_share")},
        {"admissions_before", text_key("eval.key.admissions_before")},
        {"admissions_after", text_key("eval.key.admissions_after")},
        {"admissions_change_pct", text_key("eval.key.admissions_change_pct")},
        {"quality_mean", text_key("eval.key.quality_mean")},
        {"quality_positive_share", text_key("eval.key.quality_positive_share")},
        {"what_matters_share", text_key("eval.key.what_matters_share")},
        {"ip_share", text_key("eval.key.ip_share")},
        {"days_to_ip_median", text_key("eval.key.days_to_ip_median")},
        {"gp_on_team_share", text_key("eval.key.gp_on_team_share")},
        {"relatives_share", text_key("eval.key.relatives_share")},
        {"person_present_share", text_key("eval.key.person_present_share")}};
    for (const auto& [k, label] : kLabels) {
      if (std::string_view(k) == key) return label;
    }
    return text_key("eval.csv.figure");
  }

  // [SECTION] Filters
  void draw_filters(UiContext& ui) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    date_field(ui, "eval.filter.from", from_text_, filter_.from, true);
    flow_next(ui.px(150.0f) + gap, false);
    date_field(ui, "eval.filter.to", to_text_, filter_.to, false);
    flow_next(ui.px(190.0f) + gap, false);
    const char* group = filter_.target_group ? ui.tr(label_key(*filter_.target_group)) : ui.tr("eval.filter.any_target_group");
    ImGui::SetNextItemWidth(ui.px(190.0f));
    if (ImGui::BeginCombo("##eval.filter.target_group", group)) {
      if (ImGui::Selectable(ui.tr("eval.filter.any_target_group"), !filter_.target_group)) filter_.target_group.reset();
      for (const TargetGroup g : {TargetGroup::FrailElderly, TargetGroup::MentalHealthSubstance, TargetGroup::ChildrenFamilies,
                                  TargetGroup::ChronicIllness, TargetGroup::Disability, TargetGroup::Other}) {
        if (ImGui::Selectable(ui.tr(label_key(g)), filter_.target_group == g)) filter_.target_group = g;
        ui.test_ids.mark("eval.filter.target_group." + std::string(enum_name(g)), ui.tr(label_key(g)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("eval.filter.target_group", group);
    flow_next(ui.px(170.0f) + gap, false);
    ImGui::SetNextItemWidth(ui.px(170.0f));
    if (ImGui::BeginCombo("##eval.filter.age", ui.tr(label_key(filter_.age)))) {
      for (const queries::AgeGroup a : {queries::AgeGroup::Any, queries::AgeGroup::Children, queries::AgeGroup::Adults,
                                        queries::AgeGroup::Elderly}) {
        if (ImGui::Selectable(ui.tr(label_key(a)), filter_.age == a)) filter_.age = a;
        ui.test_ids.mark("eval.filter.age." + std::to_string(static_cast<int>(a)), ui.tr(label_key(a)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("eval.filter.age", ui.tr(label_key(filter_.age)));
  }

  // The municipality combo needs the choices the evaluation lists.
  void draw_municipality(UiContext& ui, const queries::Evaluation& e) {
    const std::string shown_value = filter_.municipality.empty() ? std::string(ui.tr("eval.filter.any_municipality")) : filter_.municipality;
    ImGui::SetNextItemWidth(ui.px(190.0f));
    if (ImGui::BeginCombo("##eval.filter.municipality", shown_value.c_str())) {
      if (ImGui::Selectable(ui.tr("eval.filter.any_municipality"), filter_.municipality.empty())) filter_.municipality.clear();
      for (std::size_t i = 0; i < e.municipalities.size(); ++i) {
        if (ImGui::Selectable(e.municipalities[i].c_str(), e.municipalities[i] == filter_.municipality)) {
          filter_.municipality = e.municipalities[i];
        }
        ui.test_ids.mark("eval.filter.municipality." + std::to_string(i), e.municipalities[i]);
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("eval.filter.municipality", shown_value);
    if (!(filter_ == queries::EvaluationFilter{})) {
      ImGui::SameLine();
      if (button(ui, "eval.filter.clear", "eval.filter.clear")) {
        filter_ = {};
        from_text_.clear();
        to_text_.clear();
      }
    }
  }

  // A dd.mm.åååå field: the filter takes the date once it reads as one; empty clears it.
  void date_field(UiContext& ui, const char* id, std::string& text, std::optional<Date>& value, bool from) {
    ImGui::SetNextItemWidth(ui.px(150.0f));
    if (ImGui::InputTextWithHint((std::string("##") + id).c_str(), ui.tr(from ? "eval.filter.from" : "eval.filter.to"), &text)) {
      if (text.empty()) {
        value.reset();
      } else if (const std::optional<Date> d = parse_display_date(text)) {
        value = d;
      }
    }
    ui.test_ids.mark(id, text);
  }

  queries::EvaluationFilter filter_;
  std::string from_text_, to_text_;
  std::unique_ptr<queries::ResearchExport> research_;
  queries::EvaluationFilter research_filter_;
  std::uint64_t research_version_ = 0;
  std::string research_message_;
  bool research_message_ok_ = true;
  std::vector<std::pair<std::string, queries::Rows>> pending_;  // files still to download
  std::size_t research_cases_ = 0;
  std::string csv_;          // the file being written
  std::size_t csv_row_ = 0;  // the next row of it
  bool first_card_ = true;
};

}  // namespace

std::unique_ptr<View> make_evaluation_view() { return std::make_unique<EvaluationView>(); }

}  // namespace opp::app
