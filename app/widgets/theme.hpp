// Colours and the base style: a calm light theme with one accent colour.
#pragma once

#include "imgui.h"

namespace opp::app::theme {

inline const ImVec4 kAccent{0.05f, 0.42f, 0.45f, 1.0f};   // teal
inline const ImVec4 kError{0.75f, 0.10f, 0.12f, 1.0f};
inline const ImVec4 kMuted{0.36f, 0.38f, 0.42f, 1.0f};
inline const ImVec4 kSuccess{0.10f, 0.48f, 0.22f, 1.0f};
inline const ImVec4 kWarning{0.62f, 0.30f, 0.00f, 1.0f};      // a risk flag: dark amber, readable on white
inline const ImVec4 kWarningSoft{1.00f, 0.95f, 0.85f, 1.0f};  // its panel's background
inline const ImVec4 kAccentSoft{0.90f, 0.96f, 0.96f, 1.0f};   // a panel in the accent's family
// The demo's banner: a colour no real screen has, so invented data is never taken for real.
inline const ImVec4 kDemoBackground{0.99f, 0.91f, 0.98f, 1.0f};  // light magenta
inline const ImVec4 kDemoBorder{0.72f, 0.22f, 0.62f, 1.0f};
inline const ImVec4 kDemoText{0.50f, 0.07f, 0.42f, 1.0f};        // dark magenta, readable on it

// Applies the theme, with all sizes scaled by `scale` (device pixel ratio × font setting).
// `touch`: a kiosk's touch screen, with larger targets and more room between them.
void apply(float scale, bool touch = false);

}  // namespace opp::app::theme
