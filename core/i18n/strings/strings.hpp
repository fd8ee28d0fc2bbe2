// The catalogue's texts, one file per view area (bokmål, nynorsk, English on each row).
// Keys are literal and grouped by the area that shows them; tests/unit/i18n checks that every
// key the app and the core use exists here in all three languages.
#pragma once

#include <span>

#include "core/i18n/catalogue.hpp"

namespace opp::strings {

std::span<const CatalogueEntry> frame();     // frame.cpp
std::span<const CatalogueEntry> views();     // views.cpp
std::span<const CatalogueEntry> persons();   // persons.cpp
std::span<const CatalogueEntry> person();    // person.cpp: the person's workspace
std::span<const CatalogueEntry> settings();  // settings.cpp
std::span<const CatalogueEntry> errors();    // errors.cpp
std::span<const CatalogueEntry> intake();    // intake.cpp: the referral form, screening, queue, triage
std::span<const CatalogueEntry> board();     // board.cpp: the board, cases, team, plan, meetings, admissions
std::span<const CatalogueEntry> psfs();      // psfs.cpp: PSFS conversations, table, charts
std::span<const CatalogueEntry> evaluation();  // evaluation.cpp: the evaluation view
std::span<const CatalogueEntry> vault();       // vault.cpp: passphrase, lock screen, auto-lock
std::span<const CatalogueEntry> modes();       // modes.cpp: the demo, the kiosk, a new version

}  // namespace opp::strings
