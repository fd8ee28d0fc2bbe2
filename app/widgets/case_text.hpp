// Texts for cases and alerts, shared by the board and the person's workspace.
#pragma once

#include <string>

#include "app/ui_context.hpp"
#include "core/queries/board.hpp"

namespace opp::app {

// "Tiltak forfalt 29.02.2024: Gåtrening", "Måling etter 3 mnd skal tas 02.04.2024", …
std::string alert_text(UiContext& ui, const queries::Alert& alert);
// "Ved inklusjon", "Etter 3 mnd", "Etter 6 mnd", …
std::string period_text(UiContext& ui, int period);

}  // namespace opp::app
