// Team tab: the follow-up team (oppfølgingsteam), the coordinator first, former members last.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/domain/enum_names.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class TeamTab final : public PersonTab {
 public:
  void reset() override {
    errors_.clear();
    other_errors_.clear();
    practitioner_ = kNoId;
    other_name_.clear();
    other_role_.clear();
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    draw_members(ui, file);
    draw_actions(ui, file);
    draw_add(ui, file);
  }

 private:
  // Appoint a coordinator or let a member leave, per active member.
  void draw_actions(UiContext& ui, const queries::PersonFile& file) {
    bool any = false;
    for (const TeamMember* m : file.team) {
      if (!m->active()) continue;
      if (!any) ImGui::SeparatorText(ui.tr("team.actions"));
      any = true;
      ImGui::PushID(static_cast<int>(m->id & 0x7fffffff));
      ImGui::TextUnformatted(m->name.c_str());
      const std::string id = "team.member." + std::to_string(m->id);
      if (!m->coordinator && is_professional(m->level)) {
        ImGui::SameLine();
        if (button(ui, "team.make_coordinator", (id + ".coordinator").c_str())) {
          ui.data->commit(SetCoordinator{m->id, ui.today()}, errors_);
        }
      }
      ImGui::SameLine();
      if (button(ui, "team.leave", (id + ".leave").c_str())) ui.data->commit(TeamMemberLeaves{m->id, ui.today()}, errors_);
      ImGui::PopID();
    }
    for (const FieldError& e : errors_) {
      message(theme::kError, ui.tr(e.message_key));
      ui.test_ids.mark_text("team.error", ui.tr(e.message_key));
    }
  }

  // Add a practitioner from the register, or a relative, the person themself or someone else.
  void draw_add(UiContext& ui, const queries::PersonFile& file) {
    const Store& store = ui.data->store();
    ImGui::SeparatorText(ui.tr("team.add"));
    const Practitioner* chosen = store.find_practitioner(practitioner_);
    const std::string shown = chosen ? chosen->name + " (" + chosen->role + ", " + chosen->service + ")"
                                     : std::string(ui.tr("team.add.choose"));
    ImGui::SetNextItemWidth(ui.px(360.0f));
    if (ImGui::BeginCombo("##team.add.practitioner", shown.c_str())) {
      for (const Practitioner& p : store.practitioners) {
        if (!p.active) continue;
        bool on_team = false;
        for (const TeamMember* m : file.team) on_team |= m->active() && m->practitioner == p.id;
        if (on_team) continue;
        const std::string label = p.name + " (" + p.role + ", " + p.service + ")";
        if (ImGui::Selectable(label.c_str(), p.id == practitioner_)) practitioner_ = p.id;
        ui.test_ids.mark("team.add.practitioner." + std::to_string(p.id), label);
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("team.add.practitioner", shown);
    ImGui::SameLine();
    if (primary_button(ui, "team.add.submit", "team.add.submit") && chosen != nullptr) {
      ui.data->commit(AddTeamMember{file.person->id, chosen->name, chosen->role, chosen->service, chosen->level, ui.today(), chosen->id},
             add_errors_);
      if (add_errors_.empty()) practitioner_ = kNoId;
    }
    if (store.practitioners.empty()) note(ui, "team.add.no_register");
    for (const FieldError& e : add_errors_) message(theme::kError, ui.tr(e.message_key));

    ImGui::Spacing();
    Form form(ui, "team.other", other_errors_);
    form.text("name", other_name_);
    form.text("role", other_role_);
    ImGui::SetNextItemWidth(ui.px(240.0f));
    if (ImGui::BeginCombo("##team.other.level", ui.tr(label_key(other_level_)))) {
      for (const CareLevel level : {CareLevel::Relative, CareLevel::ThePerson, CareLevel::Municipal, CareLevel::Gp,
                                    CareLevel::Hospital, CareLevel::OtherSector}) {
        if (ImGui::Selectable(ui.tr(label_key(level)), level == other_level_)) other_level_ = level;
        ui.test_ids.mark("team.other.level." + std::string(enum_name(level)), ui.tr(label_key(level)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("team.other.level", ui.tr(label_key(other_level_)));
    if (form.submit("submit")) {
      ui.data->commit(AddTeamMember{file.person->id, other_name_, other_role_, "", other_level_, ui.today()}, other_errors_);
      if (other_errors_.empty()) {
        other_name_.clear();
        other_role_.clear();
      }
    }
    form.end();
    note(ui, "team.other.consent_note");
  }

  void draw_members(UiContext& ui, const queries::PersonFile& file) {
    if (file.team.empty()) {
      note(ui, "team.none");
      return;
    }
    // On a phone: one line per member with the details under it, instead of a six-column table.
    if (ui.narrow) {
      for (const TeamMember* m : file.team) {
        std::string title = m->name;
        if (m->active() && m->coordinator) title += "  ·  " + std::string(ui.tr("team.coordinator"));
        message(m->active() ? ImGui::GetStyle().Colors[ImGuiCol_Text] : theme::kMuted, title.c_str());
        ui.test_ids.mark_text("team.member." + std::to_string(m->id), m->name);
        message(theme::kMuted, details(ui, *m).c_str());
        ImGui::Spacing();
      }
      return;
    }
    if (!ImGui::BeginTable("team", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const char* key : {text_key("team.name"), text_key("team.role"), text_key("team.service"), text_key("team.level"), text_key("team.period")}) {
      ImGui::TableSetupColumn(ui.tr(key));
    }
    ImGui::TableHeadersRow();
    for (const TeamMember* m : file.team) {
      ImGui::TableNextRow();
      if (!m->active()) ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
      ImGui::TableNextColumn();
      std::string name = m->name;
      if (m->active() && m->coordinator) {
        name += " (" + std::string(ui.tr("team.coordinator")) +
                (m->coordinator_since ? " " + format_text(ui.tr("team.since"), {to_display(*m->coordinator_since)}) : "") + ")";
      }
      ImGui::TextUnformatted(name.c_str());
      ui.test_ids.mark_text("team.member." + std::to_string(m->id), m->name);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->role.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->service.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui.tr(label_key(m->level)));
      ImGui::TableNextColumn();
      const std::string when = period(ui, *m);
      ImGui::TextUnformatted(when.c_str());
      ui.test_ids.mark_text("team.member." + std::to_string(m->id) + ".period", when);
      if (!m->active()) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }

  // "01.02.2026 – 03.04.2026", and why a relative left when the person withdrew the consent.
  static std::string period(UiContext& ui, const TeamMember& m) {
    std::string text = to_display(m.joined) + " – " + (m.left ? to_display(*m.left) : std::string());
    if (queries::ended_by_consent_withdrawal(ui.data->store(), m)) {
      text += " (" + format_text(ui.tr("team.left_withdrawal"), {to_display(*m.left)}) + ")";
    }
    return text;
  }
  static std::string details(UiContext& ui, const TeamMember& m) {
    std::string text = m.role;
    if (!m.service.empty()) text += (text.empty() ? "" : ", ") + m.service;
    text += (text.empty() ? "" : "  ·  ") + std::string(ui.tr(label_key(m.level))) + "  ·  " + period(ui, m);
    return text;
  }

  std::vector<FieldError> errors_, add_errors_, other_errors_;
  Id practitioner_ = kNoId;
  std::string other_name_, other_role_;
  CareLevel other_level_ = CareLevel::Relative;
};

}  // namespace

std::unique_ptr<PersonTab> make_team_tab() { return std::make_unique<TeamTab>(); }

}  // namespace opp::app
