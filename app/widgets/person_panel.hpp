// The caseload's persons: a searchable list and the form that registers a new person.
// Every view shows it until the view's own content (later issues) takes its place.
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
  std::string name_, birth_date_, national_id_, municipality_;
  std::vector<FieldError> errors_;
  std::string saved_name_;  // shown as confirmation after a successful registration
  Id selected_ = kNoId;
};

}  // namespace opp::app
