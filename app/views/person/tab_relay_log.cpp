// Relay log tab (stafettlogg): the running log that follows the person between services, newest
// first — what the commands recorded (core/queries/relay_log.hpp) and entries written by hand,
// which need the person's consent to sharing.
#include <algorithm>
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/domain/enum_names.hpp"
#include "core/queries/caseload.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

// The event in the reader's language.
std::string event_text(UiContext& ui, const queries::RelayEvent& e) {
  using K = queries::RelayEventKind;
  switch (e.kind) {
    case K::Written: return e.text;
    case K::StageChanged: {
      std::string text = format_text(ui.tr("relay.stage"), {ui.tr(label_key(e.stage))});
      if (!e.text.empty()) text += " — " + e.text;
      return text;
    }
    case K::MemberJoined: {
      std::string text = format_text(ui.tr("relay.joined"), {e.text});
      if (!e.detail.empty()) text += " (" + e.detail + ")";
      return text;
    }
    case K::MemberLeft: return format_text(ui.tr(e.by_withdrawal ? "relay.left_withdrawal" : "relay.left"), {e.text});
    case K::CoordinatorAppointed: return format_text(ui.tr("relay.coordinator"), {e.text});
    case K::GoalSet: return format_text(ui.tr("relay.goal_set"), {e.text});
    case K::GoalEvaluated: {
      std::string text = format_text(ui.tr("relay.goal_evaluated"), {e.text, ui.tr(label_key(e.outcome))});
      if (!e.detail.empty()) text += ": " + e.detail;
      return text;
    }
    case K::MeetingHeld: {
      std::string text = format_text(ui.tr("relay.meeting"), {ui.tr(label_key(e.meeting))});
      if (e.person_present) text += " (" + std::string(ui.tr("relay.person_present")) + ")";
      if (!e.detail.empty()) text += ": " + e.detail;
      return text;
    }
    case K::PsfsConversation: return ui.tr("relay.psfs");
    case K::MeasurementRecorded: return ui.tr("relay.measurement");
    case K::AdmissionRegistered:
      return format_text(ui.tr("relay.admission"), {ui.tr(label_key(e.admission)), std::to_string(e.count)});
  }
  return e.text;
}

class RelayLogTab final : public PersonTab {
 public:
  void reset() override {
    date_text_.clear();
    author_.clear();
    text_.clear();
    errors_.clear();
  }

  void draw(UiContext& ui, const queries::PersonFile& file) override {
    const bool sharing = std::any_of(file.consents.begin(), file.consents.end(), [](const Consent* c) {
      return c->kind == ConsentKind::Sharing && c->active();
    });
    if (sharing) {
      draw_form(ui, file);
    } else {
      note(ui, "relay_log.no_consent");
      ui.test_ids.mark_text("relay_log.no_consent", ui.tr("relay_log.no_consent"));
    }
    // The coordinating unit's decisions on the person's referrals are part of the log.
    if (!file.decisions.empty()) {
      ImGui::SeparatorText(ui.tr("relay_log.decisions"));
      int i = 0;
      for (const queries::ReferralDecision& d : file.decisions) {
        const std::string text = decision_text(ui, ui.data->store(), d);
        message(ImGui::GetStyle().Colors[ImGuiCol_Text], text.c_str());
        ui.test_ids.mark_text("relay_log.decision." + std::to_string(i++), text);
      }
    }
    ImGui::SeparatorText(ui.tr("relay_log.entries"));
    note(ui, "relay_log.consent_period");
    if (file.relay.empty()) {
      note(ui, "relay_log.none");
      return;
    }
    int i = 0;
    for (const queries::RelayEvent& e : file.relay) {
      std::string title = to_display(e.date) + "  ·  ";
      title += e.entry != nullptr ? ui.tr(label_key(e.entry->kind)) : ui.tr("relay.automatic");
      if (!e.who.empty()) title += "  ·  " + e.who;
      message(theme::kMuted, title.c_str());
      const std::string text = event_text(ui, e);
      // Entries written by hand keep their id; recorded events are numbered newest first.
      ui.test_ids.mark_text(e.entry != nullptr ? "relay_log.entry." + std::to_string(e.entry->id)
                                               : "relay_log.event." + std::to_string(i),
                            text);
      ++i;
      message(ImGui::GetStyle().Colors[ImGuiCol_Text], text.c_str());
      ImGui::Spacing();
    }
  }

 private:
  void draw_form(UiContext& ui, const queries::PersonFile& file) {
    const bool open = ImGui::CollapsingHeader(ui.tr("relay_log.new.title"));
    ui.test_ids.mark("relay_log.new", ui.tr("relay_log.new.title"));
    if (!open) return;
    Form form(ui, "relay_log.new", errors_);
    if (date_text_.empty()) date_text_ = to_display(ui.today());
    if (author_.empty()) author_ = ui.data->author();
    form.date("date", date_text_);
    for (const RelayEntryKind k : {RelayEntryKind::Concern, RelayEntryKind::Measure, RelayEntryKind::Evaluation}) {
      if (k != RelayEntryKind::Concern) ImGui::SameLine();
      if (ImGui::RadioButton(ui.tr(label_key(k)), kind_ == k)) kind_ = k;
      ui.test_ids.mark("relay_log.new.kind." + std::string(enum_name(k)), ui.tr(label_key(k)));
    }
    form.text("author", author_);
    form.multiline("text", text_, 3.0f);
    if (form.submit("submit")) {
      std::vector<FieldError> errors;
      const std::optional<Date> date = read_required_date(date_text_, "date", errors);
      if (errors.empty()) {
        ui.data->commit(AddRelayLogEntry{file.person->id, *date, author_, kind_, text_}, errors);
      }
      errors_ = errors;
      if (errors_.empty()) {
        text_.clear();
        date_text_.clear();
      }
    }
    form.end();
  }

  std::string date_text_, author_, text_;
  RelayEntryKind kind_ = RelayEntryKind::Concern;
  std::vector<FieldError> errors_;
};

}  // namespace

std::unique_ptr<PersonTab> make_relay_log_tab() { return std::make_unique<RelayLogTab>(); }

}  // namespace opp::app
