// The interface every view implements, and how a view describes itself to the registry.
#pragma once

#include <memory>
#include <span>

#include "app/route.hpp"
#include "app/ui_context.hpp"

namespace opp::app {

class View {
 public:
  virtual ~View() = default;
  // Draws the view's content inside the main window; holds only UI state.
  virtual void draw(UiContext& ui) = 0;
  // The view becomes the current one (or its person/tab changed).
  virtual void on_route(UiContext&, const Route&) {}
};

// A view's description: listed once, in app/views/registry.cpp.
struct ViewInfo {
  const char* id;          // the route's view name; its navigation button's test id is "nav.<id>"
  const char* title_key;   // catalogue key of its name in the navigation
  const char* icon;        // a glyph shown before the name in the navigation menu
  unsigned modes;          // the modes it shows in (kModeNormal | kModeDemo | kModeKiosk)
  bool in_navigation;      // false: reached only through a route (the person workspace)
  std::unique_ptr<View> (*make)();
};

// Every view of the app, in navigation order.
std::span<const ViewInfo> view_registry();

}  // namespace opp::app
