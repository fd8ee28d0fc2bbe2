// Where the user is: a view, and for the person workspace the person and the tab.
#pragma once

#include <string>

#include "core/domain/ids.hpp"

namespace opp::app {

// The modes the app runs in; a view lists the modes it shows in (ViewInfo::modes).
enum Mode : unsigned {
  kModeNormal = 1u << 0,
  kModeDemo = 1u << 1,   // a separate demo store, for network meetings
  kModeKiosk = 1u << 2,  // a shared screen in a health house
};
inline constexpr unsigned kAllModes = kModeNormal | kModeDemo | kModeKiosk;

// Any list row can open any place: a board card opens the person's workspace on its tab.
struct Route {
  std::string view;     // a ViewInfo::id: "intake", "board", "person", …
  Id person = kNoId;    // for views about one person
  std::string tab;      // a tab of that view ("team", "plan", …); empty: the view's default
  friend bool operator==(const Route&, const Route&) = default;
};

}  // namespace opp::app
