// The persons register: search, open, register.
#include "app/views/view.hpp"
#include "app/widgets/form.hpp"
#include "app/views/panels/person_panel.hpp"
#include "imgui.h"

namespace opp::app {

namespace {

class CaseloadView final : public View {
 public:
  CaseloadView(const char* title_key, const char* lead_key) : title_key_(title_key), lead_key_(lead_key) {}

  void draw(UiContext& ui) override {
    heading(ui, title_key_);
    note(ui, lead_key_);
    ImGui::Spacing();
    persons_.draw(ui);
  }

 private:
  const char* title_key_;
  const char* lead_key_;
  PersonPanel persons_;
};

}  // namespace

std::unique_ptr<View> make_persons_view() {
  return std::make_unique<CaseloadView>(text_key("persons.title"), text_key("persons.lead"));
}

}  // namespace opp::app
