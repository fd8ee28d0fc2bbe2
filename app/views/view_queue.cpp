// Queue view: the coordinating unit's intake queue (mottak) and triage of the selected referral —
// level (BTI 0–3 or the adult steps), what is needed, the coordinator, and the status decisions
// the core allows (core/rules/referral_flow.hpp). Every decision is one command.
#include <algorithm>
#include <cstdlib>
#include <span>
#include <string>

#include "app/views/view.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/referral_flow.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

constexpr ReferralStatus kStatuses[] = {ReferralStatus::New, ReferralStatus::UnderAssessment,
                                        ReferralStatus::Accepted, ReferralStatus::Redirected,
                                        ReferralStatus::Closed};
constexpr TriageLevel kChildLevels[] = {TriageLevel::Bti0, TriageLevel::Bti1, TriageLevel::Bti2, TriageLevel::Bti3};
constexpr TriageLevel kAdultLevels[] = {TriageLevel::AdultObservation, TriageLevel::AdultOwnService,
                                        TriageLevel::AdultCollaborationTwo, TriageLevel::AdultCollaborationSeveral};

std::string flags_of(const UiContext& ui, const Referral& r) {
  std::string text;
  if (!r.screening) return text;
  for (const RiskMatch& m : r.screening->matches) {
    if (!text.empty()) text += " | ";
    text += flag_text(ui, m.flag) + ": " + matched_text(ui, m);
  }
  return text;
}

// The decision button for moving a referral to `to`: a verb ("Ta inn"), not the status's name.
const char* decision_key(ReferralStatus to) {
  switch (to) {
    case ReferralStatus::UnderAssessment: return "triage.to.under_assessment";
    case ReferralStatus::Accepted: return "triage.to.accepted";
    case ReferralStatus::Closed: return "triage.to.closed";
    case ReferralStatus::Redirected: return "triage.redirect";
    case ReferralStatus::New: break;
  }
  return "triage.to.under_assessment";
}

const char* sort_key(queries::QueueSort sort) {
  switch (sort) {
    case queries::QueueSort::LongestWaiting: return "queue.sort.longest_waiting";
    case queries::QueueSort::MostUrgent: return "queue.sort.most_urgent";
    case queries::QueueSort::Newest: return "queue.sort.newest";
    case queries::QueueSort::Name: return "queue.sort.name";
  }
  return "queue.sort.longest_waiting";
}

class QueueView final : public View {
 public:
  void draw(UiContext& ui) override {
    today_ = Timestamp{ui.platform.wall_clock_ms()}.date();
    heading(ui, "queue.title");
    note(ui, "queue.lead");
    ImGui::Spacing();
    const queries::Queue& queue = ui.data->caseload().queue(filter_, today_);
    if (selected_ != kNoId && ui.data->store().find_referral(selected_) == nullptr) selected_ = kNoId;
    if (ui.narrow) {
      draw_filters(ui, queue);
      ImGui::BeginChild("queue.list", ImVec2(0, ui.px(360.0f)), ImGuiChildFlags_Border);
      draw_list(ui, queue);
      ImGui::EndChild();
      if (selected_ != kNoId) {
        ImGui::BeginChild("queue.triage", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
        draw_triage(ui);
        ImGui::EndChild();
      }
      return;
    }
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float side = std::max(ui.px(340.0f), ImGui::GetContentRegionAvail().x * 0.38f);
    const float avail_y = ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("queue.left", ImVec2(ImGui::GetContentRegionAvail().x - side - gap, avail_y));
    draw_filters(ui, queue);
    ImGui::BeginChild("queue.list", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_list(ui, queue);
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("queue.triage", ImVec2(0, avail_y), ImGuiChildFlags_Border);
    if (selected_ == kNoId) {
      note(ui, "triage.none");
    } else {
      draw_triage(ui);
    }
    ImGui::EndChild();
  }

  void on_route(UiContext&, const Route& route) override {
    if (route.tab.rfind("referral-", 0) == 0) selected_ = std::strtoull(route.tab.c_str() + 9, nullptr, 10);
  }

 private:
  // [SECTION] Filters and list
  void draw_filters(UiContext& ui, const queries::Queue& queue) {
    bool first = true;
    const auto chip = [&](const std::string& id, const std::string& label, bool current) {
      flow_next(ImGui::CalcTextSize(label.c_str()).x + ui.px(24.0f), first);
      first = false;
      ImGui::PushID(id.c_str());
      const bool pressed = choice_button(label.c_str(), current);
      ui.test_ids.mark(id, label);
      ImGui::PopID();
      return pressed;
    };
    const bool open_only = !filter_.status && !filter_.all_statuses;
    if (chip("queue.filter.status.open", format_text(ui.tr("queue.filter.open"), {std::to_string(queue.open)}),
             open_only)) {
      filter_.status.reset();
      filter_.all_statuses = false;
    }
    for (const ReferralStatus s : kStatuses) {
      const std::string label = std::string(ui.tr(label_key(s))) + " (" +
                                std::to_string(queue.per_status[static_cast<std::size_t>(s)]) + ")";
      if (chip("queue.filter.status." + std::string(enum_name(s)), label, filter_.status == s)) filter_.status = s;
    }
    if (chip("queue.filter.status.all", ui.tr("queue.filter.all"), filter_.all_statuses && !filter_.status)) {
      filter_.status.reset();
      filter_.all_statuses = true;
    }

    const float field = ui.narrow ? -1.0f : ui.px(210.0f);
    ImGui::SetNextItemWidth(ui.narrow ? -1.0f : ui.px(260.0f));
    ImGui::InputTextWithHint("##search", ui.tr("queue.filter.search"), &filter_.text);
    ui.test_ids.mark("queue.filter.search");
    if (!ui.narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    const char* service = filter_.service ? ui.tr(label_key(*filter_.service)) : ui.tr("queue.filter.any_service");
    if (ImGui::BeginCombo("##service", service)) {
      if (ImGui::Selectable(ui.tr("queue.filter.any_service"), !filter_.service)) filter_.service.reset();
      for (std::size_t i = 0; i < EnumNames<ReporterService>::names.size(); ++i) {
        const auto s = static_cast<ReporterService>(i);
        if (ImGui::Selectable(ui.tr(label_key(s)), filter_.service == s)) filter_.service = s;
        ui.test_ids.mark("queue.filter.service." + std::string(enum_name(s)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("queue.filter.service", service);
    if (!ui.narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    const char* urgency = filter_.urgency ? ui.tr(label_key(*filter_.urgency)) : ui.tr("queue.filter.any_urgency");
    if (ImGui::BeginCombo("##urgency", urgency)) {
      if (ImGui::Selectable(ui.tr("queue.filter.any_urgency"), !filter_.urgency)) filter_.urgency.reset();
      for (const Urgency u : {Urgency::Urgent, Urgency::Soon, Urgency::Normal}) {
        if (ImGui::Selectable(ui.tr(label_key(u)), filter_.urgency == u)) filter_.urgency = u;
        ui.test_ids.mark("queue.filter.urgency." + std::string(enum_name(u)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("queue.filter.urgency", urgency);
    ImGui::Checkbox(ui.tr("queue.filter.flagged"), &filter_.flagged_only);
    ui.test_ids.mark("queue.filter.flagged", ui.tr("queue.filter.flagged"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.narrow ? -1.0f : ui.px(220.0f));
    if (ImGui::BeginCombo("##sort", ui.tr(sort_key(filter_.sort)))) {
      for (const auto s : {queries::QueueSort::LongestWaiting, queries::QueueSort::MostUrgent,
                           queries::QueueSort::Newest, queries::QueueSort::Name}) {
        if (ImGui::Selectable(ui.tr(sort_key(s)), filter_.sort == s)) filter_.sort = s;
        ui.test_ids.mark(std::string("queue.sort.") + (sort_key(s) + 11));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("queue.sort", ui.tr(sort_key(filter_.sort)));
    const std::string count = format_text(ui.tr("queue.count"), {std::to_string(queue.rows.size())});
    ImGui::TextDisabled("%s", count.c_str());
    ui.test_ids.mark_text("queue.count", std::to_string(queue.rows.size()));
  }

  void draw_list(UiContext& ui, const queries::Queue& queue) {
    if (queue.rows.empty()) {
      if (ui.data->store().referrals.empty()) {
        note(ui, "queue.empty");
      } else {
        note(ui, "queue.no_match");
      }
      return;
    }
    const int columns = ui.narrow ? 2 : 6;
    const ImGuiTableFlags table_flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("queue.table", columns, table_flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui.tr("queue.col.person"), ImGuiTableColumnFlags_WidthStretch, 2.6f);
    if (columns == 6) {
      ImGui::TableSetupColumn(ui.tr("queue.col.received"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
      ImGui::TableSetupColumn(ui.tr("queue.col.waiting"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
      ImGui::TableSetupColumn(ui.tr("queue.col.reporter"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
      ImGui::TableSetupColumn(ui.tr("queue.col.status"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    }
    ImGui::TableSetupColumn(ui.tr("queue.col.risk"), ImGuiTableColumnFlags_WidthStretch, columns == 6 ? 3.0f : 2.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(queue.rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const queries::QueueRow& row = queue.rows[static_cast<std::size_t>(i)];
        const Referral& r = *row.referral;
        const std::string name = row.person ? row.person->name : std::string("?");
        const std::string flags = flags_of(ui, r);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        std::string label = name;
        if (row.person && !row.person->national_id.empty()) label += "  " + mask_national_id(row.person->national_id);
        if (r.urgency == Urgency::Urgent) label += "  !";
        if (ImGui::Selectable(label.c_str(), selected_ == r.id, ImGuiSelectableFlags_SpanAllColumns)) {
          select(r.id);
        }
        ui.test_ids.mark("queue.row." + std::to_string(r.id), name + (flags.empty() ? "" : " — " + flags));
        ImGui::PopID();
        if (columns == 6) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(to_display(r.received).c_str());
          ImGui::TableNextColumn();
          if (queries::is_open(r.status)) ImGui::Text("%d", row.days_waiting);
          ImGui::TableNextColumn();
          const std::string reporter = r.reporter_name.empty() ? std::string(ui.tr(label_key(r.reporter_service)))
                                                               : r.reporter_name + ", " + ui.tr(label_key(r.reporter_service));
          ImGui::TextUnformatted(reporter.c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(ui.tr(label_key(r.status)));
        }
        ImGui::TableNextColumn();
        if (!flags.empty()) {
          ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
          ImGui::TextWrapped("%s", flags.c_str());
          ImGui::PopStyleColor();
        }
      }
    }
    ImGui::EndTable();
  }

  void select(Id referral) {
    if (selected_ == referral) return;
    selected_ = referral;
    errors_.clear();
    done_.clear();
    triage_ = {};
    loaded_for_ = kNoId;
  }

  // [SECTION] Triage of the selected referral
  void draw_triage(UiContext& ui) {
    const Store& store = ui.data->store();
    const Referral* r = store.find_referral(selected_);
    if (r == nullptr) return;
    const Person* person = store.find_person(r->person);
    load_triage(*r);
    heading_text(person ? person->name.c_str() : "?");
    if (person && button(ui, "triage.open_person", "triage.open_person")) ui.navigate(Route{"person", person->id, {}});
    const std::string status = format_text(ui.tr("triage.status"), {ui.tr(label_key(r->status)), to_display(r->received)});
    message(theme::kMuted, status.c_str());
    ui.test_ids.mark_text("triage.status", ui.tr(label_key(r->status)));
    std::string who = r->reporter_name.empty() ? std::string("–") : r->reporter_name;
    if (!r->reporter_role.empty()) who += ", " + r->reporter_role;
    const std::string reporter = format_text(ui.tr("triage.reporter"), {who, ui.tr(label_key(r->reporter_service))});
    message(theme::kMuted, reporter.c_str());
    ImGui::SeparatorText(ui.tr("intake.observed"));
    ImGui::TextWrapped("%s", r->observed.c_str());
    if (!r->what_matters.empty()) {
      ImGui::SeparatorText(ui.tr("intake.what_matters"));
      ImGui::TextWrapped("%s", r->what_matters.c_str());
    }
    if (r->screening) {
      ImGui::SeparatorText(ui.tr("intake.risk.result"));
      if (r->screening->matches.empty()) message(theme::kMuted, ui.tr("intake.risk.none"));
      for (const RiskMatch& m : r->screening->matches) {
        const std::string text = flag_text(ui, m.flag) + ": " + matched_text(ui, m);
        message(theme::kWarning, text.c_str());
        ui.test_ids.mark_text("triage.risk.match." + m.rule_id, text);
      }
      const std::string version =
          format_text(ui.tr("intake.risk.version"), {std::to_string(r->screening->rule_set_version)});
      message(theme::kMuted, version.c_str());
    }
    if (!r->redirected_to.empty()) {
      const std::string text = format_text(ui.tr("triage.redirected_to"), {r->redirected_to, r->status_reason});
      message(theme::kMuted, text.c_str());
    }
    const bool child = person && is_child_on(person->birth_date, today_);
    if (queries::is_open(r->status)) draw_triage_form(ui, *r, child);
    draw_decisions(ui, *r);
    if (!done_.empty()) {
      message(theme::kSuccess, ui.tr(done_));
      ui.test_ids.mark_text("triage.done", ui.tr(done_));
    }
  }

  void load_triage(const Referral& r) {
    if (loaded_for_ == r.id) return;
    loaded_for_ = r.id;
    triage_ = r.triage.value_or(Triage{});
    if (!r.triage) triage_.level = TriageLevel::AdultObservation;
    date_text_ = to_display(today_);
    reason_.clear();
    to_service_.clear();
  }

  void draw_triage_form(UiContext& ui, const Referral& r, bool child) {
    ImGui::SeparatorText(ui.tr("triage.title"));
    Form f(ui, "triage", errors_);
    ImGui::TextUnformatted(ui.tr("triage.level"));
    bool first = true;
    for (const TriageLevel level : child ? std::span<const TriageLevel>(kChildLevels) : std::span<const TriageLevel>(kAdultLevels)) {
      const char* label = ui.tr(label_key(level));
      flow_next(ImGui::CalcTextSize(label).x + ui.px(40.0f), first);
      first = false;
      if (ImGui::RadioButton(label, triage_.level == level)) triage_.level = level;
      ui.test_ids.mark("triage.level." + std::string(enum_name(level)), label);
    }
    if (const FieldError* e = find_error(errors_, "level")) {
      message(theme::kError, ui.tr(e->message_key));
      ui.test_ids.mark_text("triage.level.error", ui.tr(e->message_key));
    }
    f.checkbox("needs_coordinator", triage_.needs_coordinator);
    f.checkbox("needs_plan", triage_.needs_plan);
    f.checkbox("needs_team", triage_.needs_team);
    if (triage_.needs_coordinator) choose_coordinator(ui);
    f.date("date", date_text_);
    f.multiline("note", triage_.note, 2.0f);
    if (f.submit("save", ui.data->writable())) save_triage(ui, r);
    f.end();

    ImGui::SeparatorText(ui.tr("triage.decision"));
    Form d(ui, "triage", errors_);
    d.text("reason", reason_);
    first = true;
    for (const ReferralStatus to : next_statuses(r.status)) {
      if (to == ReferralStatus::Redirected) continue;  // needs the service: below
      const std::string id = "triage.status." + std::string(enum_name(to));
      const char* label = ui.tr(decision_key(to));
      flow_next(ImGui::CalcTextSize(label).x + ui.px(24.0f), first);
      first = false;
      if (button(ui, decision_key(to), id.c_str())) {
        commit(ui, SetReferralStatus{r.id, to, reason_}, text_key("triage.done.status"));
      }
    }
    d.text("to_service", to_service_);
    if (button(ui, "triage.redirect", "triage.redirect")) {
      commit(ui, RedirectReferral{r.id, to_service_, reason_}, text_key("triage.done.redirected"));
    }
    d.end();
  }

  void choose_coordinator(UiContext& ui) {
    const Store& store = ui.data->store();
    ImGui::TextUnformatted(ui.tr("triage.coordinator"));
    const Practitioner* current = store.find_practitioner(triage_.coordinator);
    const char* preview = current ? current->name.c_str() : ui.tr("triage.coordinator.none");
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##coordinator", preview)) {
      if (ImGui::Selectable(ui.tr("triage.coordinator.none"), current == nullptr)) triage_.coordinator = kNoId;
      for (const Practitioner& p : store.practitioners) {
        if (!p.active) continue;
        const std::string label = p.name + (p.service.empty() ? "" : " (" + p.service + ")");
        ImGui::PushID(static_cast<int>(p.id & 0x7fffffff));
        if (ImGui::Selectable(label.c_str(), current == &p)) triage_.coordinator = p.id;
        ui.test_ids.mark("triage.coordinator.option." + std::to_string(p.id), label);
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("triage.coordinator", preview);
    if (const FieldError* e = find_error(errors_, "coordinator")) {
      message(theme::kError, ui.tr(e->message_key));
      ui.test_ids.mark_text("triage.coordinator.error", ui.tr(e->message_key));
    }
    // A practitioner not yet in the register is added here, in the flow of the decision.
    if (ImGui::TreeNode(ui.tr("triage.new_practitioner"))) {
      ui.test_ids.mark("triage.new_practitioner");
      Form p(ui, "triage.new_practitioner", practitioner_errors_);
      p.text("name", new_practitioner_.name);
      p.text("role", new_practitioner_.role);
      p.text("service", new_practitioner_.service);
      if (p.submit("add", ui.data->writable())) {
        const CommandResult result = ui.data->commit(Command{new_practitioner_});
        practitioner_errors_ = result.errors;
        if (result.ok()) {
          triage_.coordinator = result.created;
          new_practitioner_ = {};
        }
      }
      p.end();
      ImGui::TreePop();
    } else {
      ui.test_ids.mark("triage.new_practitioner");
    }
  }

  void save_triage(UiContext& ui, const Referral& r) {
    errors_.clear();
    const std::optional<Date> date = read_date(date_text_, "date", errors_);
    if (!errors_.empty()) return;
    TriageReferral c{r.id, date.value_or(Date{}), triage_.level, triage_.needs_coordinator, triage_.needs_plan,
                     triage_.needs_team, triage_.needs_coordinator ? triage_.coordinator : kNoId, triage_.note};
    commit(ui, c, text_key("triage.done.saved"));
  }

  void commit(UiContext& ui, const Command& command, const char* done) {
    done_.clear();
    const CommandResult result = ui.data->commit(command);
    errors_ = result.errors;
    if (!result.ok()) return;
    done_ = done;
    reason_.clear();
    to_service_.clear();
    loaded_for_ = kNoId;  // reload the form from what was saved
  }

  void draw_decisions(UiContext& ui, const Referral& r) {
    const queries::PersonFile& file = ui.data->caseload().person(r.person, today_);
    ImGui::SeparatorText(ui.tr("triage.history"));
    const std::string received =
        format_text(ui.tr("triage.history.received"), {to_display(r.received), ui.tr(label_key(r.reporter_service))});
    int shown = 0;
    for (const queries::ReferralDecision& d : file.decisions) {
      if (d.referral != r.id) continue;
      const std::string text = decision_text(ui, ui.data->store(), d);
      message(ImGui::GetStyle().Colors[ImGuiCol_Text], text.c_str());
      ui.test_ids.mark_text("triage.history." + std::to_string(shown++), text);
    }
    message(theme::kMuted, received.c_str());
    if (r.status == ReferralStatus::Closed) {
      Form f(ui, "triage", errors_);
      f.text("reason", reason_);
      if (button(ui, "triage.reopen", "triage.reopen")) {
        commit(ui, ReopenReferral{r.id, reason_}, text_key("triage.done.reopened"));
      }
      f.end();
    }
  }

  queries::QueueFilter filter_;
  Date today_;
  Id selected_ = kNoId;
  Id loaded_for_ = kNoId;
  Triage triage_;
  std::string date_text_, reason_, to_service_;
  std::vector<FieldError> errors_, practitioner_errors_;
  AddPractitioner new_practitioner_;
  std::string done_;
};

}  // namespace

std::unique_ptr<View> make_queue_view() { return std::make_unique<QueueView>(); }

}  // namespace opp::app
