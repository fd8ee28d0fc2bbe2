// Intake view: the low-threshold referral form (innmelding av behov) with the person match and
// the risk screening shown live while it is filled in. One SubmitReferral command saves it all.
// The form is kept as typed in a draft (DataAccess::set_draft), so it survives switching views
// and reloading, until it is sent or discarded.
#include <algorithm>
#include <string>

#include "app/views/view.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/municipalities.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/referral_flow.hpp"
#include "core/rules/risk_screening.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {
namespace {

constexpr const char* kDraftName = "intake";
constexpr double kDraftDelayMs = 800.0;  // a pause in typing before the draft is saved
constexpr std::size_t kMunicipalityHits = 6;

// The services a person can already receive (the reporter list without "the person"/"a relative").
constexpr ReporterService kServices[] = {
    ReporterService::GpMessage,     ReporterService::HomeCare, ReporterService::School,
    ReporterService::Kindergarten,  ReporterService::HealthStation, ReporterService::Nav,
    ReporterService::ChildWelfare,  ReporterService::MentalHealthSubstance, ReporterService::Hospital,
    ReporterService::Other};
constexpr ReporterService kReporterServices[] = {
    ReporterService::GpMessage,  ReporterService::HomeCare, ReporterService::School,
    ReporterService::Kindergarten, ReporterService::HealthStation, ReporterService::Nav,
    ReporterService::ChildWelfare, ReporterService::MentalHealthSubstance, ReporterService::Hospital,
    ReporterService::ThePerson,  ReporterService::Relative, ReporterService::Other};

class IntakeView final : public View {
 public:
  void draw(UiContext& ui) override {
    load_draft(ui);
    const Date today = Timestamp{ui.platform.wall_clock_ms()}.date();
    if (d_["received"].empty()) d_["received"] = to_display(today);
    compute(ui, today);

    heading(ui, "intake.title");
    note(ui, "intake.lead");
    ImGui::Spacing();
    if (ui.narrow) {
      draw_form(ui, today, true);
    } else {
      const float gap = ImGui::GetStyle().ItemSpacing.x;
      const float side = std::max(ui.px(300.0f), ImGui::GetContentRegionAvail().x * 0.36f);
      const float avail_y = ImGui::GetContentRegionAvail().y;
      ImGui::BeginChild("intake.form", ImVec2(ImGui::GetContentRegionAvail().x - side - gap, avail_y),
                        ImGuiChildFlags_Border);
      draw_form(ui, today, false);
      ImGui::EndChild();
      ImGui::SameLine();
      ImGui::BeginChild("intake.side", ImVec2(0, avail_y), ImGuiChildFlags_Border);
      draw_match(ui);
      draw_result(ui);
      draw_saved(ui);
      ImGui::EndChild();
    }
    save_draft(ui);
  }

 private:
  // [SECTION] State derived from what is typed (recomputed each frame: a few look-ups)
  void compute(UiContext& ui, Date today) {
    // An error from the last send stays beside its field until that field is changed.
    std::erase_if(errors_, [&](const FieldError& e) {
      const auto now = d_.find(e.field);
      const auto then = submitted_.find(e.field);
      const std::string before = then == submitted_.end() ? std::string() : then->second;
      return now != d_.end() && now->second != before;
    });
    live_errors_ = errors_;
    std::vector<FieldError> parse_errors;
    birth_ = read_date(d_["birth_date"], "birth_date", parse_errors);
    received_ = read_date(d_["received"], "received", parse_errors);
    // The identity number is checked as soon as all 11 digits are there, and against the birth
    // date when both are typed: the message shows beside the field before saving.
    const std::string number = normalize_national_id(d_["national_id"]);
    id_info_.reset();
    if (!number.empty()) {
      id_info_ = parse_national_id(number);
      if (!id_info_ && number.size() >= 11) add_live("national_id", "error.national_id_invalid");
      if (id_info_ && birth_ && !national_id_matches_birth_date(*id_info_, *birth_)) {
        add_live("national_id", "error.national_id_birth_mismatch");
      }
    }
    const std::optional<Date> birth = birth_ ? birth_ : (id_info_ ? id_info_->possible_birth_date : std::nullopt);

    match_ = queries::match_person(ui.data->store(), ui.data->caseload().person_keys(), d_["national_id"], d_["name"],
                                   birth_);
    if (match_.by == queries::MatchBy::NameAndBirthDate && d_["match.different"] == "1") match_ = {};

    std::vector<FieldError> ignored;
    RiskInputs in;
    in.referral_date = received_.value_or(today);
    in.birth_date = birth;
    in.admissions_12m = read_int(d_["risk.admissions_12m"], "risk.admissions_12m", ignored);
    in.medications = read_int(d_["risk.medications"], "risk.medications", ignored);
    const int cfs = std::atoi(d_["risk.cfs"].c_str());
    if (cfs >= 1 && cfs <= 9) in.clinical_frailty = cfs;
    if (d_["risk.lives_alone"] == "1") in.lives_alone = true;
    if (d_["risk.decline"] == "1") in.functional_decline = true;
    in.services_involved = read_int(d_["risk.services"], "risk.services", ignored);
    if (!in.services_involved) {
      int checked = 0;
      for (const ReporterService s : kServices) checked += d_[service_field(s)] == "1" ? 1 : 0;
      if (checked > 0) in.services_involved = checked;
    }
    in.municipality = match_.person && d_["municipality"].empty() ? match_.person->municipality : d_["municipality"];
    in.concern = d_["risk.concern"];
    const RiskRuleSet& rules = effective_risk_rules(ui.data->store());
    screening_ = run_screening(rules, in);
    child_ = is_child_on(birth, in.referral_date);
  }

  void add_live(const char* field, const char* key) {
    if (!find_error(live_errors_, field)) live_errors_.push_back({field, key});
  }

  static std::string service_field(ReporterService s) { return "services." + std::string(enum_name(s)); }

  // [SECTION] The form
  void draw_form(UiContext& ui, Date today, bool inline_result) {
    Form f(ui, "intake", live_errors_);
    ImGui::SeparatorText(ui.tr("intake.section.reporter"));
    f.text("reporter_name", d_["reporter_name"]);
    f.text("reporter_role", d_["reporter_role"]);
    choose_service(ui);

    ImGui::SeparatorText(ui.tr("intake.section.person"));
    f.text("name", d_["name"]);
    f.date("birth_date", d_["birth_date"]);
    f.text("national_id", d_["national_id"]);
    f.text("municipality", d_["municipality"]);
    const bool municipality_active = f.last_active();
    municipality_suggestions(ui, municipality_active);
    f.text("contact", d_["contact"]);
    if (ui.narrow) draw_match(ui);

    ImGui::SeparatorText(ui.tr("intake.section.need"));
    f.multiline("observed", d_["observed"], 4.0f);
    f.multiline("what_matters", d_["what_matters"], 2.0f);
    ImGui::TextUnformatted(ui.tr("intake.services"));
    bool first = true;
    for (const ReporterService s : kServices) {
      const std::string field = service_field(s);
      bool on = d_[field] == "1";
      const char* label = ui.tr(label_key(s));
      flow_next(ImGui::CalcTextSize(label).x + ui.px(40.0f), first);
      first = false;
      if (ImGui::Checkbox(label, &on)) d_[field] = on ? "1" : "";
      ui.test_ids.mark("intake." + field, label);
    }
    ImGui::TextUnformatted(ui.tr("intake.urgency"));
    first = true;
    for (const Urgency u : {Urgency::Normal, Urgency::Soon, Urgency::Urgent}) {
      const char* label = ui.tr(label_key(u));
      flow_next(ImGui::CalcTextSize(label).x + ui.px(40.0f), first);
      first = false;
      const std::string name(enum_name(u));
      if (ImGui::RadioButton(label, d_["urgency"] == name || (d_["urgency"].empty() && u == Urgency::Normal))) {
        d_["urgency"] = name;
      }
      ui.test_ids.mark("intake.urgency." + name, label);
    }
    f.date("received", d_["received"]);

    ImGui::SeparatorText(ui.tr("intake.section.risk"));
    note(ui, "intake.risk.lead");
    f.text("risk.admissions_12m", d_["risk.admissions_12m"]);
    f.text("risk.medications", d_["risk.medications"]);
    choose_cfs(ui);
    bool lives_alone = d_["risk.lives_alone"] == "1";
    if (f.checkbox("risk.lives_alone", lives_alone)) d_["risk.lives_alone"] = lives_alone ? "1" : "";
    bool decline = d_["risk.decline"] == "1";
    if (f.checkbox("risk.decline", decline)) d_["risk.decline"] = decline ? "1" : "";
    f.text("risk.services", d_["risk.services"]);
    f.multiline("risk.concern", d_["risk.concern"], 2.0f);
    if (inline_result) draw_result(ui);

    ImGui::SeparatorText(ui.tr("intake.section.consent"));
    bool consent = d_["consent_referral"] == "1";
    if (f.checkbox("consent_referral", consent)) d_["consent_referral"] = consent ? "1" : "";
    bool sharing = d_["consent_sharing"] == "1";
    if (f.checkbox("consent_sharing", sharing)) d_["consent_sharing"] = sharing ? "1" : "";
    f.text("relatives", d_["relatives"]);
    if (child_ || !d_["guardian"].empty()) f.text("guardian", d_["guardian"]);

    const bool writable = ui.data->writable();
    if (f.submit("submit", writable)) submit(ui, today);
    ImGui::SameLine();
    if (button(ui, "intake.discard", "intake.discard")) discard(ui);
    f.end();
    if (ui.data->author().empty()) note(ui, "persons.new.no_author");
    if (!writable) message(theme::kError, ui.tr("storage.read_only"));
    if (ui.narrow) draw_saved(ui);
  }

  void choose_service(UiContext& ui) {
    ImGui::TextUnformatted(ui.tr("intake.reporter_service"));
    const auto current = enum_from_name<ReporterService>(d_["reporter_service"]);
    ImGui::SetNextItemWidth(-1.0f);
    const char* preview = current ? ui.tr(label_key(*current)) : ui.tr("intake.reporter_service.choose");
    if (ImGui::BeginCombo("##reporter_service", preview)) {
      for (const ReporterService s : kReporterServices) {
        const std::string name(enum_name(s));
        if (ImGui::Selectable(ui.tr(label_key(s)), current == s)) d_["reporter_service"] = name;
        ui.test_ids.mark("intake.reporter_service." + name, ui.tr(label_key(s)));
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("intake.reporter_service", preview);
  }

  void choose_cfs(UiContext& ui) {
    ImGui::TextUnformatted(ui.tr("intake.risk.cfs"));
    const int level = std::atoi(d_["risk.cfs"].c_str());
    const std::string preview =
        level >= 1 && level <= 9 ? std::to_string(level) + " – " + ui.tr(cfs_level_key(level)) : ui.tr("intake.risk.cfs.unknown");
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##cfs", preview.c_str())) {
      if (ImGui::Selectable(ui.tr("intake.risk.cfs.unknown"), level == 0)) d_["risk.cfs"].clear();
      ui.test_ids.mark("intake.risk.cfs.0", ui.tr("intake.risk.cfs.unknown"));
      for (int i = 1; i <= 9; ++i) {
        const std::string label = std::to_string(i) + " – " + ui.tr(cfs_level_key(i));
        if (ImGui::Selectable(label.c_str(), level == i)) d_["risk.cfs"] = std::to_string(i);
        ui.test_ids.mark("intake.risk.cfs." + std::to_string(i), label);
      }
      ImGui::EndCombo();
    }
    ui.test_ids.mark("intake.risk.cfs", preview);
    message(theme::kMuted, ui.tr("intake.risk.cfs.credit"));
  }

  // Up to six municipalities matching what is typed, while the field has focus. What is typed is
  // kept when it is not in the list (a municipality abroad, an old name).
  void municipality_suggestions(UiContext& ui, bool active) {
    const std::string& typed = d_["municipality"];
    if (active) suggest_open_ = true;
    if (!suggest_open_ || typed.empty()) return;
    if (typed != municipality_query_) {
      municipality_query_ = typed;
      municipality_hits_ = search_municipalities(typed, kMunicipalityHits);
    }
    const Municipality* exact = find_municipality(typed);
    if (exact != nullptr && exact->name == typed) {
      suggest_open_ = active;
      return;
    }
    if (municipality_hits_.empty()) {
      if (active) message(theme::kMuted, ui.tr("intake.municipality.not_in_list"));
      return;
    }
    ImGui::Indent();
    for (const Municipality* m : municipality_hits_) {
      const std::string label = std::string(m->name) + " (" + std::string(m->county) + ")";
      if (ImGui::Selectable(label.c_str())) {
        d_["municipality"] = std::string(m->name);
        suggest_open_ = false;
      }
      ui.test_ids.mark("intake.municipality.option." + std::string(m->number), label);
    }
    ImGui::Unindent();
    if (!active && !ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) suggest_open_ = false;
  }

  // [SECTION] The match and the live screening
  void draw_match(UiContext& ui) {
    if (match_.person == nullptr) {
      if (d_["match.different"] == "1") {
        bool different = true;
        if (ImGui::Checkbox(ui.tr("intake.match.different"), &different)) d_["match.different"] = different ? "1" : "";
        ui.test_ids.mark("intake.match.different");
      }
      return;
    }
    const Person& p = *match_.person;
    const std::string who = p.name + (p.birth_date ? ", " + to_display(*p.birth_date) : std::string()) +
                            (p.national_id.empty() ? std::string() : ", " + mask_national_id(p.national_id));
    const std::string text = format_text(
        ui.tr(match_.by == queries::MatchBy::NationalId ? "intake.match.by_id" : "intake.match.by_name"), {who});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kAccentSoft);
    ImGui::BeginChild("intake.match", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    message(theme::kAccent, text.c_str());
    ui.test_ids.mark_text("intake.match", text);
    if (match_.by == queries::MatchBy::NameAndBirthDate) {
      bool different = false;
      if (ImGui::Checkbox(ui.tr("intake.match.different"), &different)) d_["match.different"] = "1";
      ui.test_ids.mark("intake.match.different");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }

  void draw_result(UiContext& ui) {
    ImGui::Spacing();
    ImGui::TextUnformatted(ui.tr("intake.risk.result"));
    if (screening_.matches.empty()) {
      message(theme::kMuted, ui.tr("intake.risk.none"));
      ui.test_ids.mark_text("intake.risk.none", ui.tr("intake.risk.none"));
    }
    for (const RiskMatch& match : screening_.matches) {
      const std::string flag = flag_text(ui, match.flag);
      const std::string why = matched_text(ui, match);
      ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kWarningSoft);
      ImGui::BeginChild(("risk." + match.rule_id).c_str(), ImVec2(0, 0),
                        ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
      message(theme::kWarning, flag.c_str());
      message(ImGui::GetStyle().Colors[ImGuiCol_Text], why.c_str());
      ImGui::EndChild();
      ImGui::PopStyleColor();
      ui.test_ids.mark_text("intake.risk.match." + match.rule_id, flag + ": " + why);
    }
    const std::string version = format_text(ui.tr("intake.risk.version"), {std::to_string(screening_.rule_set_version)});
    message(theme::kMuted, version.c_str());
    ui.test_ids.mark_text("intake.risk.version", version);
  }

  void draw_saved(UiContext& ui) {
    if (saved_referral_ == kNoId) return;
    ImGui::Spacing();
    const std::string text = format_text(ui.tr("intake.saved"), {saved_name_});
    message(theme::kSuccess, text.c_str());
    ui.test_ids.mark_text("intake.saved", text);
    if (button(ui, "intake.saved.open", "intake.saved.open")) ui.navigate(Route{"person", saved_person_, {}});
    ImGui::SameLine();
    if (button(ui, "intake.saved.queue", "intake.saved.queue")) ui.navigate(Route{"queue", kNoId, {}});
  }

  // [SECTION] Submit, discard, draft
  void submit(UiContext& ui, Date today) {
    errors_.clear();
    submitted_ = d_;
    SubmitReferral c;
    c.person = match_.person ? match_.person->id : kNoId;
    c.name = d_["name"];
    c.birth_date = read_date(d_["birth_date"], "birth_date", errors_);
    c.national_id = d_["national_id"];
    c.municipality = d_["municipality"];
    c.contact = d_["contact"];
    c.received = read_date(d_["received"], "received", errors_).value_or(Date{});
    c.reporter_name = d_["reporter_name"];
    c.reporter_role = d_["reporter_role"];
    c.reporter_service = enum_from_name<ReporterService>(d_["reporter_service"]).value_or(ReporterService::Other);
    c.observed = d_["observed"];
    c.what_matters = d_["what_matters"];
    for (const ReporterService s : kServices) {
      if (d_[service_field(s)] == "1") c.services_involved.push_back(s);
    }
    c.urgency = enum_from_name<Urgency>(d_["urgency"]).value_or(Urgency::Normal);
    c.consent_referral = d_["consent_referral"] == "1";
    c.consent_sharing = d_["consent_sharing"] == "1";
    c.relatives = split_list(d_["relatives"]);
    c.guardian = d_["guardian"];
    for (const char* field : {"risk.admissions_12m", "risk.medications", "risk.services"}) {
      read_int(d_[field], field, errors_);
    }
    c.screening = screening_;
    if (!errors_.empty()) {
      for (const FieldError& e : validate(ui.data->store(), Command{c}, today)) {
        if (!find_error(errors_, e.field)) errors_.push_back(e);
      }
      return;
    }
    const CommandResult result = ui.data->commit(Command{c});
    errors_ = result.errors;
    if (!result.ok()) return;
    saved_referral_ = result.created;
    saved_person_ = ui.data->store().find_referral(result.created)->person;
    saved_name_ = c.name;
    d_.clear();
    ui.data->set_draft(kDraftName, {});
    saved_draft_.clear();
  }

  void discard(UiContext& ui) {
    d_.clear();
    errors_.clear();
    saved_referral_ = kNoId;
    ui.data->set_draft(kDraftName, {});
    saved_draft_.clear();
  }

  void load_draft(UiContext& ui) {
    if (draft_loaded_ || !ui.data->writable()) return;
    draft_loaded_ = true;
    if (std::optional<DraftFields> fields = ui.data->draft(kDraftName)) {
      d_ = *fields;
      saved_draft_ = std::move(*fields);
    }
  }

  // Saved after a pause in typing (and at once when a field loses focus), never every keystroke.
  void save_draft(UiContext& ui) {
    if (!ui.data->writable()) return;
    DraftFields typed = d_;
    std::erase_if(typed, [](const auto& kv) { return kv.second.empty(); });
    // A form with only today's date in it is not a draft.
    if (typed.size() == 1 && typed.count("received")) typed.clear();
    if (typed == saved_draft_) return;
    const double now = ui.platform.monotonic_ms();
    if (typed != pending_draft_) {
      pending_draft_ = typed;
      pending_since_ = now;
    }
    if (now - pending_since_ >= kDraftDelayMs || !ImGui::IsAnyItemActive()) {
      ui.data->set_draft(kDraftName, typed);
      saved_draft_ = std::move(typed);
    } else {
      ui.wake_at(pending_since_ + kDraftDelayMs);  // no frame may come before: ask for one
    }
  }

  DraftFields d_;
  DraftFields submitted_;                // the form as it was sent last (its errors_ belong to it)
  std::vector<FieldError> errors_;       // from the last submit
  std::vector<FieldError> live_errors_;  // errors_ plus what is checked while typing
  std::optional<Date> birth_, received_;
  std::optional<NationalIdInfo> id_info_;
  queries::PersonMatch match_;
  RiskScreening screening_;
  bool child_ = false;
  bool draft_loaded_ = false;
  DraftFields saved_draft_, pending_draft_;  // as last saved, and as typed since
  double pending_since_ = 0.0;
  bool suggest_open_ = false;
  std::string municipality_query_;
  std::vector<const Municipality*> municipality_hits_;
  Id saved_referral_ = kNoId, saved_person_ = kNoId;
  std::string saved_name_;
};

}  // namespace

std::unique_ptr<View> make_intake_view() { return std::make_unique<IntakeView>(); }

}  // namespace opp::app
