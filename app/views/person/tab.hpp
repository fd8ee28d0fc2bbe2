// One tab of the person's workspace: its own file and its own UI state.
#pragma once

#include <memory>
#include <span>

#include "app/ui_context.hpp"
#include "core/queries/person_file.hpp"

namespace opp::app {

class PersonTab {
 public:
  virtual ~PersonTab() = default;
  // Draws the tab for the person in `file` (file.person is never null here).
  virtual void draw(UiContext& ui, const queries::PersonFile& file) = 0;
  // Another person was opened: drop drafts that belonged to the previous one.
  virtual void reset() {}
};

// A tab's description: its route name (Route::tab, test id "person.tab.<id>") and title key.
struct PersonTabInfo {
  const char* id;
  const char* title_key;
  std::unique_ptr<PersonTab> (*make)();
};

// The workspace's tabs in order (app/views/person/workspace.cpp).
std::span<const PersonTabInfo> person_tabs();

// Shared by the tabs: a date as dd.mm.åååå, "" for none.
std::string display_date(const std::optional<Date>& date);

}  // namespace opp::app
