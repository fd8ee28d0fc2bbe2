// Catalogue texts — Messages the core reports: validation (core/commands) and refused imports (core/codec).
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- validation (core/commands)
    {"error.required", "Må fylles ut.", "Må fyllast ut.", "Required."},
    {"error.too_long", "Teksten er for lang.", "Teksten er for lang.", "The text is too long."},
    {"error.date_format", "Skriv datoen som dd.mm.åååå, for eksempel 05.03.1951.",
     "Skriv datoen som dd.mm.åååå, til dømes 05.03.1951.",
     "Write the date as dd.mm.yyyy, for example 05.03.1951."},
    {"error.date_in_future", "Datoen kan ikke være fram i tid.", "Datoen kan ikkje vere fram i tid.",
     "The date cannot be in the future."},
    {"error.date_before_birth", "Datoen er før fødselsdatoen.", "Datoen er før fødselsdatoen.",
     "The date is before the date of birth."},
    {"error.national_id_invalid",
     "Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.",
     "Fødselsnummeret er ikkje gyldig. Sjekk at alle 11 siffera er rette.",
     "The national identity number is not valid. Check all 11 digits."},
    {"error.national_id_birth_mismatch", "Fødselsnummeret passer ikke med fødselsdatoen.",
     "Fødselsnummeret passar ikkje med fødselsdatoen.",
     "The national identity number does not match the date of birth."},
    {"error.not_found", "Finnes ikke (lenger).", "Finst ikkje (lenger).", "Does not exist (any more)."},
    {"error.out_of_range", "Verdien er utenfor gyldig område.", "Verdien er utanfor gyldig område.",
     "The value is out of range."},
    {"error.duplicate", "Finnes allerede.", "Finst allereie.", "Already exists."},
    {"error.already_withdrawn", "Samtykket er allerede trukket tilbake.",
     "Samtykket er allereie trekt tilbake.", "The consent has already been withdrawn."},
    {"error.date_order", "Sluttdatoen kan ikke være før startdatoen.",
     "Sluttdatoen kan ikkje vere før startdatoen.", "The end date cannot be before the start date."},
    {"error.too_many_activities", "Høyst fem aktive aktiviteter.", "Høgst fem aktive aktivitetar.",
     "At most five active activities."},
    {"error.no_consent", "Personen har ikke samtykket til dette.", "Personen har ikkje samtykt til dette.",
     "The person has not consented to this."},
    {"error.reason_required", "Oppgi en begrunnelse.", "Oppgi ei grunngiving.", "Give a reason."},
    {"error.not_main_goal", "Et delmål må høre til et hovedmål.", "Eit delmål må høyre til eit hovudmål.",
     "A sub-goal must belong to a main goal."},
    {"error.not_active", "Er ikke lenger aktiv.", "Er ikkje lenger aktiv.", "Is no longer active."},
    {"error.rule_id", "Bruk små bokstaver, tall og understrek (for eksempel «skrøpelig_75»).",
     "Bruk små bokstavar, tal og understrek (til dømes «skrøpeleg_75»).",
     "Use lower-case letters, digits and underscores (for example “frail_75”)."},
    {"error.rule_comparison", "Sammenligningen passer ikke til kriteriet.", "Samanlikninga passar ikkje til kriteriet.",
     "The comparison does not fit the criterion."},

    // --- risk screening flags of the built-in rules (core/rules/risk_screening.cpp)
    {"risk.flag.ahus_inclusion", "Aktuell for oppfølgingsteam (Ahus-kriteriene)",
     "Aktuell for oppfølgingsteam (Ahus-kriteria)", "Candidate for a follow-up team (Ahus criteria)"},
    {"risk.flag.frailty_cfs5", "Skrøpelighet: CFS 5 eller høyere", "Skrøpelegheit: CFS 5 eller høgare",
     "Frailty: CFS 5 or higher"},
    {"risk.flag.many_services", "Tre eller flere tjenester involvert", "Tre eller fleire tenester involverte",
     "Three or more services involved"},

    // --- import (core/codec)
    {"import.error.not_json", "Filen er ikke en sikkerhetskopi (ikke gyldig JSON). Ingenting er endret.",
     "Fila er ikkje ein tryggingskopi (ikkje gyldig JSON). Ingenting er endra.",
     "The file is not a backup (not valid JSON). Nothing was changed."},
    {"import.error.format", "Filen er ikke en sikkerhetskopi fra denne appen. Ingenting er endret.",
     "Fila er ikkje ein tryggingskopi frå denne appen. Ingenting er endra.",
     "The file is not a backup from this app. Nothing was changed."},
    {"import.error.schema_version",
     "Sikkerhetskopien er laget av en nyere versjon av appen. Oppdater appen først. Ingenting er endret.",
     "Tryggingskopien er laga av ein nyare versjon av appen. Oppdater appen først. Ingenting er endra.",
     "The backup was made by a newer version of the app. Update the app first. Nothing was changed."},
    {"import.error.invalid", "Sikkerhetskopien er skadet eller ufullstendig. Ingenting er endret.",
     "Tryggingskopien er skadd eller ufullstendig. Ingenting er endra.",
     "The backup is damaged or incomplete. Nothing was changed."},
    {"import.error.inconsistent",
     "Sikkerhetskopien henger ikke sammen (dupliserte eller manglende koblinger). Ingenting er endret.",
     "Tryggingskopien heng ikkje saman (dupliserte eller manglande koplingar). Ingenting er endra.",
     "The backup is inconsistent (duplicate or missing links). Nothing was changed."},
};
}  // namespace

std::span<const CatalogueEntry> errors() { return kEntries; }

}  // namespace opp::strings
