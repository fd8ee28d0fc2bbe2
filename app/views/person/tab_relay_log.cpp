// Relay log tab (stafettlogg): the running log that follows the person between services, newest first.
#include <algorithm>
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/intake_text.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class RelayLogTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    const bool sharing = std::any_of(file.consents.begin(), file.consents.end(), [](const Consent* c) {
      return c->kind == ConsentKind::Sharing && c->active();
    });
    if (!sharing) note(ui, "relay_log.no_consent");
    // The coordinating unit's decisions on the person's referrals are part of the log.
    if (!file.decisions.empty()) {
      ImGui::SeparatorText(ui.tr("relay_log.decisions"));
      int i = 0;
      for (const queries::ReferralDecision& d : file.decisions) {
        const std::string text = decision_text(ui, ui.caseload->store(), d);
        message(ImGui::GetStyle().Colors[ImGuiCol_Text], text.c_str());
        ui.test_ids.mark_text("relay_log.decision." + std::to_string(i++), text);
      }
      ImGui::SeparatorText(ui.tr("relay_log.entries"));
    }
    if (file.relay_log.empty()) {
      note(ui, "relay_log.none");
      return;
    }
    for (const RelayLogEntry* e : file.relay_log) {
      const std::string title = to_display(e->date) + "  ·  " + ui.tr(label_key(e->kind)) + "  ·  " + e->author;
      message(theme::kMuted, title.c_str());
      ui.test_ids.mark_text("relay_log.entry." + std::to_string(e->id), e->text);
      message(ImGui::GetStyle().Colors[ImGuiCol_Text], e->text.c_str());
      ImGui::Spacing();
    }
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_relay_log_tab() { return std::make_unique<RelayLogTab>(); }

}  // namespace opp::app
