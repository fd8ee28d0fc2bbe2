// Catalogue texts — the evaluation view: filters, panels, figures with their N.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    {"eval.filter.from", "Fra dato", "Frå dato", "From"},
    {"eval.filter.to", "Til dato", "Til dato", "To"},
    {"eval.filter.any_municipality", "Alle kommuner", "Alle kommunar", "All municipalities"},
    {"eval.filter.any_target_group", "Alle målgrupper", "Alle målgrupper", "All target groups"},
    {"eval.filter.clear", "Nullstill filtrene", "Nullstill filtera", "Clear the filters"},
    {"eval.selection", "{0} forløp i utvalget", "{0} forløp i utvalet", "{0} cases selected"},
    {"eval.n", "N = {0}", "N = {0}", "N = {0}"},
    {"eval.export.csv", "Last ned tabellene (CSV)", "Last ned tabellane (CSV)", "Download the tables (CSV)"},
    {"eval.export.json", "Last ned som JSON", "Last ned som JSON", "Download as JSON"},
    {"eval.export.research", "Anonymisert forskningsuttrekk", "Anonymisert forskingsuttrekk", "Anonymised research export"},
    {"eval.research.help",
     "Tre CSV-filer for utvalget: forløp, PSFS-samtaler og tallene. Uten navn, fødselsnummer, kontaktinformasjon og fritekst; "
     "tilfeldige pseudonymer, alder i 5-årsgrupper, datoer som måned, og celler med færre enn 5 skjult.",
     "Tre CSV-filer for utvalet: forløp, PSFS-samtalar og tala. Utan namn, fødselsnummer, kontaktinformasjon og fritekst; "
     "tilfeldige pseudonym, alder i 5-årsgrupper, datoar som månad, og celler med færre enn 5 skjulte.",
     "Three CSV files for the selection: cases, PSFS conversations and the figures. No names, identity numbers, contact "
     "details or free text; random pseudonyms, ages in 5-year bands, dates as months, and cells under 5 suppressed."},
    {"eval.research.progress", "{0} av {1} forløp", "{0} av {1} forløp", "{0} of {1} cases"},
    {"eval.export.research.cancel", "Avbryt", "Avbryt", "Cancel"},
    {"eval.research.done", "Forskningsuttrekket med {0} forløp er lastet ned.", "Forskingsuttrekket med {0} forløp er lasta ned.",
     "The research export with {0} cases has been downloaded."},
    {"eval.research.stopped", "Uttrekket ble stoppet fordi dataene eller filtrene endret seg. Start det på nytt.",
     "Uttrekket vart stoppa fordi dataa eller filtera endra seg. Start det på nytt.",
     "The export stopped because the data or the filters changed. Start it again."},
    {"eval.csv.figure", "Tall", "Tal", "Figure"},
    {"eval.csv.key", "Nøkkel", "Nøkkel", "Key"},
    {"eval.csv.value", "Verdi", "Verdi", "Value"},
    {"eval.csv.month", "Måned", "Månad", "Month"},
    {"eval.csv.opened", "Forløp startet", "Forløp starta", "Cases opened"},
    {"eval.csv.quarter", "Kvartal", "Kvartal", "Quarter"},
    {"eval.csv.measurements", "Målinger", "Målingar", "Measurements"},
    // --- panels
    {"eval.contacts", "Kontakter per kvartal, snitt per måling", "Kontaktar per kvartal, snitt per måling",
     "Contacts per quarter, mean per measurement"},
    {"eval.contacts.quarter", "K{0} {1}", "K{0} {1}", "Q{0} {1}"},
    {"eval.contacts.gp", "Fastlege", "Fastlege", "GP"},
    {"eval.contacts.emergency", "Legevakt/KAD", "Legevakt/KAD", "Emergency clinic/KAD"},
    {"eval.contacts.municipal", "Kommunale tjenester", "Kommunale tenester", "Municipal services"},
    {"eval.contacts.specialist", "Spesialisthelsetjenesten", "Spesialisthelsetenesta", "Specialist health services"},
    {"eval.contacts.none", "Ingen kvartalsmålinger i utvalget.", "Ingen kvartalsmålingar i utvalet.",
     "No quarterly measurements in the selection."},
    {"eval.flow", "Flyt", "Flyt", "Flow"},
    {"eval.function", "Funksjon (PSFS)", "Funksjon (PSFS)", "Function (PSFS)"},
    {"eval.services", "Bruk av tjenester", "Bruk av tenester", "Use of services"},
    {"eval.process", "Prosessmål", "Prosessmål", "Process goals"},
    {"eval.opened_per_month", "Forløp startet per måned", "Forløp starta per månad", "Cases opened per month"},
    {"eval.per_month", "Meldte behov per måned", "Melde behov per månad", "Referrals per month"},
    {"eval.services.note", "Bare forløp fulgt i minst 12 måneder etter inklusjon teller: {0} forløp. Akutte før/etter: {1}/{2}, planlagte før/etter: {3}/{4}.",
     "Berre forløp følgde i minst 12 månader etter inklusjon tel: {0} forløp. Akutte før/etter: {1}/{2}, planlagde før/etter: {3}/{4}.",
     "Only cases followed at least 12 months after inclusion count: {0} cases. Acute before/after: {1}/{2}, planned before/after: {3}/{4}."},
    // --- figures
    {"eval.key.referrals", "Meldte behov", "Melde behov", "Referrals"},
    {"eval.key.accepted", "Tatt inn", "Tekne inn", "Accepted"},
    {"eval.key.redirected", "Henvist videre", "Vist vidare", "Redirected"},
    {"eval.key.active_cases", "Aktive forløp", "Aktive forløp", "Active cases"},
    {"eval.key.closed", "Avsluttede forløp", "Avslutta forløp", "Closed cases"},
    {"eval.key.days_to_coordinator_median", "Dager til koordinator (median)", "Dagar til koordinator (median)",
     "Days to a coordinator (median)"},
    {"eval.key.days_to_coordinator_p90", "Dager til koordinator (90. persentil)", "Dagar til koordinator (90. persentil)",
     "Days to a coordinator (90th percentile)"},
    {"eval.key.days_to_team_median", "Dager til etablert team (median)", "Dagar til etablert team (median)",
     "Days to an established team (median)"},
    {"eval.key.psfs_first_avg", "PSFS-snitt, første samtale", "PSFS-snitt, første samtale", "PSFS average, first conversation"},
    {"eval.key.psfs_latest_avg", "PSFS-snitt, siste samtale", "PSFS-snitt, siste samtale", "PSFS average, latest conversation"},
    {"eval.key.psfs_improved_share", "Bedret 2 poeng eller mer", "Betra 2 poeng eller meir", "Improved by 2 points or more"},
    {"eval.key.admissions_before", "Innleggelser 12 mnd før inklusjon", "Innleggingar 12 mnd før inklusjon",
     "Admissions 12 months before inclusion"},
    {"eval.key.admissions_after", "Innleggelser 12 mnd etter inklusjon", "Innleggingar 12 mnd etter inklusjon",
     "Admissions 12 months after inclusion"},
    {"eval.key.admissions_change_pct", "Endring i innleggelser", "Endring i innleggingar", "Change in admissions"},
    {"eval.key.what_matters_share", "Med dokumentert «hva er viktig for deg»", "Med dokumentert «kva er viktig for deg»",
     "With a documented “what matters”"},
    {"eval.key.ip_share", "Med individuell plan", "Med individuell plan", "With an individual plan"},
    {"eval.key.gp_on_team_share", "Med fastlege i teamet", "Med fastlege i teamet", "With the GP on the team"},
    {"eval.key.relatives_share", "Med pårørende i teamet (med samtykke)", "Med pårørande i teamet (med samtykke)",
     "With relatives on the team (with consent)"},
    {"eval.key.person_present_share", "Personen til stede på møtene", "Personen til stades på møta",
     "The person present at their meetings"},
    {"eval.key.days_to_ip_median", "Dager til individuell plan (median)", "Dagar til individuell plan (median)",
     "Days to an individual plan (median)"},
};
}  // namespace

std::span<const CatalogueEntry> evaluation() { return kEntries; }

}  // namespace opp::strings
