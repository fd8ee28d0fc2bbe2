// Colours and the base style: a calm light theme with one accent colour.
#pragma once

#include "imgui.h"

namespace opp::app::theme {

inline const ImVec4 kAccent{0.05f, 0.42f, 0.45f, 1.0f};   // teal
inline const ImVec4 kError{0.75f, 0.10f, 0.12f, 1.0f};
inline const ImVec4 kMuted{0.36f, 0.38f, 0.42f, 1.0f};
inline const ImVec4 kSuccess{0.10f, 0.48f, 0.22f, 1.0f};

// Applies the theme, with all sizes scaled by `scale` (device pixel ratio × font setting).
void apply(float scale);

}  // namespace opp::app::theme
