// The views whose own content comes with later issues (Intake #3, Board #4, PSFS #5,
// Evaluation #6): until then each shows its heading and lists and registers persons.
#include <string>

#include "app/views/views.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/person_panel.hpp"
#include "imgui.h"

namespace opp::app {

namespace {

class CaseloadView final : public View {
 public:
  explicit CaseloadView(std::string name) : title_(name + ".title"), lead_(name + ".lead") {}

  void draw(UiContext& ui) override {
    heading(ui, title_.c_str());
    note(ui, lead_.c_str());
    ImGui::Spacing();
    persons_.draw(ui);
  }

 private:
  std::string title_, lead_;
  PersonPanel persons_;
};

}  // namespace

std::unique_ptr<View> make_intake_view() { return std::make_unique<CaseloadView>("intake"); }
std::unique_ptr<View> make_board_view() { return std::make_unique<CaseloadView>("board"); }
std::unique_ptr<View> make_psfs_view() { return std::make_unique<CaseloadView>("psfs"); }
std::unique_ptr<View> make_evaluation_view() { return std::make_unique<CaseloadView>("evaluation"); }

}  // namespace opp::app
