// The interface every view implements; views are registered in one place (app/app.cpp).
#pragma once

#include "app/ui_context.hpp"

namespace opp::app {

class View {
 public:
  virtual ~View() = default;
  // Draws the view's content inside the main window; holds only UI state.
  virtual void draw(UiContext& ui) = 0;
};

}  // namespace opp::app
