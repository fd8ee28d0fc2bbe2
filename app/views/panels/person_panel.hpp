// The caseload's persons: a searchable list that opens a person's workspace, and the form that registers a new person.
#pragma once

#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "core/commands/command.hpp"

namespace opp::app {

class PersonPanel {
 public:
  void draw(UiContext& ui);

 private:
  void draw_list(UiContext& ui);
  void draw_form(UiContext& ui);
  void submit(UiContext& ui);

  std::string filter_;
  // The draft of the new-person form: kept while the user switches views, so nothing typed is lost.
  struct Draft {
    std::string name, birth_date, national_id, municipality;
  } draft_;
  std::vector<FieldError> errors_;
  std::string saved_name_;  // shown as confirmation after a successful registration
};

}  // namespace opp::app
