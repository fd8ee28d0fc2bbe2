// Meetings tab: network, collaboration and evaluation meetings, newest first, with who took part.
#include <string>

#include "app/views/person/tab.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "imgui.h"

namespace opp::app {
namespace {

class MeetingsTab final : public PersonTab {
 public:
  void draw(UiContext& ui, const queries::PersonFile& file) override {
    if (file.meetings.empty()) {
      note(ui, "meetings.none");
      return;
    }
    const Store& store = ui.caseload->store();
    for (const Meeting* m : file.meetings) {
      ImGui::PushID(static_cast<int>(m->id & 0x7fffffff));
      const std::string title = to_display(m->date) + "  ·  " + ui.tr(label_key(m->type));
      ImGui::TextUnformatted(title.c_str());
      ui.test_ids.mark_text("meetings.meeting." + std::to_string(m->id), title);
      std::string who;
      for (const Id participant : m->participants) {
        who += (who.empty() ? "" : ", ") + std::string(queries::member_name(store, participant));
      }
      const char* present = ui.tr(m->person_present ? "meetings.person_present" : "meetings.person_absent");
      message(theme::kMuted, (who.empty() ? std::string(present) : who + "  ·  " + present).c_str());
      const std::pair<const char*, const std::string*> parts[] = {
          {text_key("meetings.agenda"), &m->agenda}, {text_key("meetings.decisions"), &m->decisions}, {text_key("meetings.next_steps"), &m->next_steps}};
      for (const auto& [key, text] : parts) {
        if (text->empty()) continue;
        message(ImGui::GetStyle().Colors[ImGuiCol_Text], (std::string(ui.tr(key)) + ": " + *text).c_str());
      }
      ImGui::Separator();
      ImGui::PopID();
    }
  }
};

}  // namespace

std::unique_ptr<PersonTab> make_meetings_tab() { return std::make_unique<MeetingsTab>(); }

}  // namespace opp::app
