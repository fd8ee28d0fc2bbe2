// Catalogue texts — The views' headings and leads (intake, board, PSFS, evaluation, settings).
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- views
    {"intake.title", "Innmelding av behov", "Innmelding av behov", "Referral intake"},
    {"intake.lead", "Lav terskel: meld et behov på ett minutt. Det du skriver blir tatt vare på til du sender.",
     "Låg terskel: meld eit behov på eitt minutt. Det du skriv blir teke vare på til du sender.",
     "Low threshold: report a need in a minute. What you type is kept until you send it."},
    {"board.title", "Teamtavle", "Teamtavle", "Team board"},
    {"psfs.title", "«Hva er viktig for deg?» (PSFS)", "«Kva er viktig for deg?» (PSFS)",
     "“What matters to you?” (PSFS)"},
    {"psfs.lead", "Samtaler der personen selv skårer viktige aktiviteter fra 0 til 10.",
     "Samtalar der personen sjølv skårar viktige aktivitetar frå 0 til 10.",
     "Conversations where the person scores important activities from 0 to 10."},
    {"evaluation.title", "Evaluering", "Evaluering", "Evaluation"},
    {"evaluation.lead", "Effektmål og prosessmål for hele porteføljen.",
     "Effektmål og prosessmål for heile porteføljen.",
     "Outcome and process measures across the caseload."},
    {"settings.title", "Innstillinger", "Innstillingar", "Settings"},
};
}  // namespace

std::span<const CatalogueEntry> views() { return kEntries; }

}  // namespace opp::strings
