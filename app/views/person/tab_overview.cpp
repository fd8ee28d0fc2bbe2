// Overview tab: the person's details (editable), the reported needs and the consents.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/case_text.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/rules/national_id.hpp"
#include "core/domain/enum_names.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class OverviewTab final : public PersonTab {
 public:
  void reset() override {
    editing_ = false;
    errors_.clear();
    saved_ = false;
    withdrawing_ = kNoId;
    consent_errors_.clear();
    new_consent_errors_.clear();
    new_name_.clear();
    new_date_.clear();
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    const Person& p = *file.person;
    if (editing_) {
      draw_edit(ui, p);
    } else {
      draw_details(ui, file);
      if (button(ui, "person.edit.open", "person.edit.open")) start_edit(p);
      if (saved_) {
        message(theme::kSuccess, ui.tr("person.edit.saved"));
        ui.test_ids.mark_text("person.edit.saved", ui.tr("person.edit.saved"));
      }
    }
    draw_what_matters(ui, file);
    draw_case(ui, file);
    draw_alerts(ui, file);
    ImGui::SeparatorText(ui.tr("person.referrals"));
    if (file.referrals.empty()) note(ui, "person.referrals.none");
    for (const Referral* r : file.referrals) {
      ImGui::PushID(static_cast<int>(r->id & 0x7fffffff));
      const std::string title = to_display(r->received) + "  ·  " + ui.tr(label_key(r->status)) + "  ·  " +
                                ui.tr(label_key(r->urgency));
      ImGui::TextUnformatted(title.c_str());
      ui.test_ids.mark_text("person.referral." + std::to_string(r->id), title);
      message(theme::kMuted, r->observed.c_str());
      // The screening saved with the referral, as the reporter saw it.
      if (r->screening) {
        for (const RiskMatch& m : r->screening->matches) {
          const std::string text = flag_text(ui, m.flag) + ": " + matched_text(ui, m);
          message(theme::kWarning, text.c_str());
          ui.test_ids.mark_text("person.referral." + std::to_string(r->id) + ".risk." + m.rule_id, text);
        }
      }
      ImGui::PopID();
    }
    ImGui::SeparatorText(ui.tr("person.consents"));
    if (file.consents.empty()) note(ui, "person.consents.none");
    for (const Consent* c : file.consents) {
      std::string line = std::string(ui.tr(label_key(c->kind)));
      if (!c->relative_name.empty()) line += " (" + c->relative_name + ")";
      line += "  ·  " + to_display(c->given);
      if (c->withdrawn) line += "  ·  " + format_text(ui.tr("person.consent.withdrawn"), {to_display(*c->withdrawn)});
      message(c->active() ? ImGui::GetStyle().Colors[ImGuiCol_Text] : theme::kMuted, line.c_str());
      const std::string id = "person.consent." + std::to_string(c->id);
      ui.test_ids.mark_text(id, line);
      if (!c->active()) continue;
      ImGui::PushID(id.c_str());
      if (withdrawing_ != c->id) {
        ImGui::SameLine();
        if (button(ui, "person.consent.withdraw", (id + ".withdraw").c_str())) {
          withdrawing_ = c->id;
          withdraw_date_ = to_display(ui.today());
          consent_errors_.clear();
        }
      } else {
        draw_withdraw(ui, *c);
      }
      ImGui::PopID();
    }
    draw_new_consent(ui, file);
  }

 private:
  // The case on the board: stage, target group, inclusion and its dated history; a new case when
  // none is open (the old ones stay listed).
  void draw_case(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("person.case"));
    if (const Case* c = file.open_case) {
      std::string line = format_text(ui.tr("person.case.stage"), {ui.tr(label_key(c->stage))});
      if (c->included) line += "  ·  " + format_text(ui.tr("person.case.included"), {to_display(*c->included)});
      ImGui::TextUnformatted(line.c_str());
      ui.test_ids.mark_text("person.case.stage", ui.tr(label_key(c->stage)));
      ImGui::SetNextItemWidth(ui.px(280.0f));
      if (ImGui::BeginCombo("##person.case.target_group", ui.tr(label_key(c->target_group)))) {
        for (const TargetGroup g : {TargetGroup::FrailElderly, TargetGroup::MentalHealthSubstance,
                                    TargetGroup::ChildrenFamilies, TargetGroup::ChronicIllness, TargetGroup::Disability,
                                    TargetGroup::Other}) {
          if (ImGui::Selectable(ui.tr(label_key(g)), g == c->target_group) && g != c->target_group) {
            ui.data->commit(SetCaseTargetGroup{c->id, g}, case_errors_);
          }
          ui.test_ids.mark("person.case.target_group." + std::string(enum_name(g)), ui.tr(label_key(g)));
        }
        ImGui::EndCombo();
      }
      ui.test_ids.mark("person.case.target_group", ui.tr(label_key(c->target_group)));
    } else {
      note(ui, "person.case.none");
      if (button(ui, "person.case.open", "person.case.open")) {
        ui.data->commit(OpenCase{file.person->id, ui.today(), TargetGroup::Other}, case_errors_);
      }
    }
    for (const FieldError& e : case_errors_) {
      message(theme::kError, ui.tr(e.message_key));
      ui.test_ids.mark_text("person.case.error", ui.tr(e.message_key));
    }
    for (const Case* c : file.cases) {
      for (auto it = c->history.rbegin(); it != c->history.rend(); ++it) {
        std::string line = to_display(it->date) + "  ·  " + ui.tr(label_key(it->stage));
        if (!it->by.empty()) line += "  ·  " + it->by;
        if (!it->reason.empty()) line += "  ·  " + it->reason;
        message(theme::kMuted, line.c_str());
      }
    }
  }

  // Withdrawing is confirmed with its date; a relative's consent takes them off the team (core).
  void draw_withdraw(UiContext& ui, const Consent& c) {
    if (c.kind == ConsentKind::RelativeInvolvement) note(ui, "person.consent.withdraw.relative_note");
    Form withdraw_form(ui, "person.consent.withdraw", consent_errors_);
    withdraw_form.date("date", withdraw_date_);
    if (withdraw_form.submit("confirm")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(withdraw_date_, "date", errors);
      if (errors.empty()) ui.data->commit(WithdrawConsent{c.id, *date}, errors);
      consent_errors_ = errors;
      if (consent_errors_.empty()) withdrawing_ = kNoId;
    }
    ImGui::SameLine();
    if (button(ui, "person.consent.withdraw.cancel", "person.consent.withdraw.cancel")) {
      withdrawing_ = kNoId;
      consent_errors_.clear();
    }
    withdraw_form.end();
  }

  void draw_new_consent(UiContext& ui, const queries::PersonFile& file) {
    const bool open = ImGui::CollapsingHeader(ui.tr("person.consent.new.title"));
    ui.test_ids.mark("person.consent.new", ui.tr("person.consent.new.title"));
    if (!open) return;
    Form consent_form(ui, "person.consent.new", new_consent_errors_);
    bool first = true;
    for (const ConsentKind k : {ConsentKind::Sharing, ConsentKind::RelativeInvolvement, ConsentKind::Guardian,
                                ConsentKind::Referral}) {
      const char* label = ui.tr(label_key(k));
      flow_next(ImGui::CalcTextSize(label).x + ui.px(40.0f), first);
      first = false;
      if (ImGui::RadioButton(label, new_kind_ == k)) new_kind_ = k;
      ui.test_ids.mark("person.consent.new.kind." + std::string(enum_name(k)), label);
    }
    if (new_kind_ == ConsentKind::RelativeInvolvement || new_kind_ == ConsentKind::Guardian) {
      consent_form.text("relative_name", new_name_);
    }
    if (new_date_.empty()) new_date_ = to_display(ui.today());
    consent_form.date("date", new_date_);
    if (consent_form.submit("submit")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(new_date_, "date", errors);
      if (errors.empty()) {
        ui.data->commit(GiveConsent{file.person->id, new_kind_, new_name_, *date}, errors);
      }
      new_consent_errors_ = errors;
      if (new_consent_errors_.empty()) {
        new_name_.clear();
        new_date_.clear();
      }
    }
    consent_form.end();
  }

  // «Hva er viktig for deg?»: in the person's own words, from the newest referral that says it, and
  // the activities they chose for PSFS.
  void draw_what_matters(UiContext& ui, const queries::PersonFile& file) {
    ImGui::SeparatorText(ui.tr("person.what_matters"));
    std::string said;
    for (const Referral* r : file.referrals) {  // newest first
      if (!r->what_matters.empty()) {
        said = r->what_matters;
        break;
      }
    }
    std::string activities;
    for (const PsfsActivity* a : file.psfs.activities) {
      if (!a->retired) activities += (activities.empty() ? "" : "  ·  ") + a->text;
    }
    if (said.empty() && activities.empty()) {
      note(ui, "person.what_matters.none");
      ui.test_ids.mark_text("person.what_matters", ui.tr("person.what_matters.none"));
      return;
    }
    if (!said.empty()) message(ImGui::GetStyle().Colors[ImGuiCol_Text], ("«" + said + "»").c_str());
    if (!activities.empty()) {
      message(theme::kMuted, format_text(ui.tr("person.what_matters.activities"), {activities}).c_str());
    }
    ui.test_ids.mark_text("person.what_matters", said.empty() ? activities : said);
  }

  void draw_alerts(UiContext& ui, const queries::PersonFile& file) {
    if (file.alerts.empty()) return;
    ImGui::SeparatorText(ui.tr("person.alerts"));
    for (std::size_t i = 0; i < file.alerts.size(); ++i) {
      const std::string text = alert_text(ui, file.alerts[i]);
      message(file.alerts[i].overdue ? theme::kError : theme::kWarning, text.c_str());
      ui.test_ids.mark_text("person.alert." + std::to_string(i), text);
    }
  }

  void draw_details(UiContext& ui, const queries::PersonFile& file) {
    const Person& p = *file.person;
    const std::pair<const char*, std::string> rows[] = {
        {text_key("person.name"), p.name},
        {text_key("person.birth_date"), display_date(p.birth_date)},
        {text_key("person.national_id.short"), p.national_id.empty() ? std::string() : mask_national_id(p.national_id)},
        {text_key("person.municipality"), p.municipality},
        {text_key("person.registered"), to_display(p.registered)},
        {text_key("person.changes"), std::to_string(file.changes)},
    };
    if (!ImGui::BeginTable("person.details", 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (const auto& [key, value] : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", ui.tr(key));
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", value.c_str());
    }
    ImGui::EndTable();
  }

  void start_edit(const Person& p) {
    editing_ = true;
    saved_ = false;
    errors_.clear();
    draft_ = {p.name, display_date(p.birth_date), p.national_id, p.municipality};
  }

  void draw_edit(UiContext& ui, const Person& p) {
    ImGui::PushItemWidth(-1);
    Form form(ui, "person.edit", errors_);
    form.text("name", draft_.name);
    form.date("birth_date", draft_.birth_date);
    form.text("national_id", draft_.national_id);
    form.text("municipality", draft_.municipality);
    if (form.submit("submit", ui.data->writable())) save(ui, p);
    ImGui::SameLine();
    if (button(ui, "action.cancel", "person.edit.cancel")) reset();
    form.end();
    ImGui::PopItemWidth();
  }

  void save(UiContext& ui, const Person& p) {
    errors_.clear();
    UpdatePerson command{p.id, draft_.name, read_date(draft_.birth_date, "birth_date", errors_), draft_.national_id,
                         draft_.municipality};
    if (!errors_.empty()) return;
    const CommandResult result = ui.data->commit(Command{command});
    errors_ = result.errors;
    if (!errors_.empty()) return;
    editing_ = false;
    saved_ = true;
  }

  struct Draft {
    std::string name, birth_date, national_id, municipality;
  } draft_;
  bool editing_ = false;
  bool saved_ = false;
  std::vector<FieldError> errors_, case_errors_, consent_errors_, new_consent_errors_;
  Id withdrawing_ = kNoId;
  std::string withdraw_date_, new_name_, new_date_;
  ConsentKind new_kind_ = ConsentKind::Sharing;
};

}  // namespace

std::unique_ptr<PersonTab> make_overview_tab() { return std::make_unique<OverviewTab>(); }

}  // namespace opp::app
