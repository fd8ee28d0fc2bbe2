// Catalogue texts — The app frame: title, navigation, languages, loading, storage and the status bar.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- app frame and navigation
    {"app.title", "Oppfølgingsteam", "Oppfølgingsteam", "Follow-up teams"},
    {"nav.intake", "Innmelding", "Innmelding", "Intake"},
    {"nav.board", "Teamtavle", "Teamtavle", "Team board"},
    {"nav.persons", "Personer", "Personar", "Persons"},
    {"nav.psfs", "PSFS", "PSFS", "PSFS"},
    {"nav.evaluation", "Evaluering", "Evaluering", "Evaluation"},
    {"nav.settings", "Innstillinger", "Innstillingar", "Settings"},
    {"nav.person", "Person", "Person", "Person"},
    {"nav.menu", "Meny", "Meny", "Menu"},
    {"action.cancel", "Avbryt", "Avbryt", "Cancel"},
    {"language.name.nb", "Bokmål", "Bokmål", "Norwegian Bokmål"},
    {"language.name.nn", "Nynorsk", "Nynorsk", "Norwegian Nynorsk"},
    {"language.name.en", "English", "English", "English"},
    // --- storage and status
    {"storage.loading", "Laster data …", "Lastar data …", "Loading data …"},
    {"storage.read_only", "Dataene kunne ikke leses, så ingenting kan lagres nå.",
     "Dataa kunne ikkje lesast, så ingenting kan lagrast no.",
     "The data could not be read, so nothing can be saved now."},
    {"storage.load_failed.title", "Kunne ikke lese lagrede data", "Kunne ikkje lese lagra data",
     "Could not read the stored data"},
    {"storage.load_failed.text",
     "Ingenting er endret eller slettet. Prøv igjen, eller last siden på nytt. Hjelper ikke det, kontakt IT-støtte.",
     "Ingenting er endra eller sletta. Prøv igjen, eller last sida på nytt. Hjelper ikkje det, kontakt IT-støtte.",
     "Nothing has been changed or deleted. Try again, or reload the page. If that does not help, contact IT support."},
    {"storage.load_failed.retry", "Prøv igjen", "Prøv igjen", "Try again"},
    {"storage.recovered",
     "Noe av de lagrede dataene kunne ikke leses. Den siste lesbare versjonen er lastet inn, og de "
     "uleselige filene er tatt vare på. Se Innstillinger › Lagring, og kontakt IT-støtte.",
     "Noko av dei lagra dataa kunne ikkje lesast. Den siste lesbare versjonen er lasta inn, og dei "
     "ulesbare filene er tekne vare på. Sjå Innstillingar › Lagring, og kontakt IT-støtte.",
     "Some of the stored data could not be read. The last readable version has been loaded and the "
     "unreadable files are kept. See Settings › Storage, and contact IT support."},
    {"storage.failed",
     "De lagrede dataene kunne ikke leses. Ingenting blir lagret, så ingenting blir overskrevet. "
     "Kontakt IT-støtte.",
     "Dei lagra dataa kunne ikkje lesast. Ingenting blir lagra, så ingenting blir overskrive. "
     "Kontakt IT-støtte.",
     "The stored data could not be read. Nothing will be saved, so nothing is overwritten. "
     "Contact IT support."},
    {"lock.title", "Dataene er åpne i en annen fane", "Dataa er opne i ei anna fane",
     "The data is open in another tab"},
    {"lock.text",
     "Bare én fane kan arbeide med dataene om gangen, så ingenting blir overskrevet. Lukk den andre "
     "fanen eller vinduet, og trykk «Prøv igjen».",
     "Berre éi fane kan arbeide med dataa om gongen, så ingenting blir overskrive. Lukk den andre "
     "fana eller vindauget, og trykk «Prøv igjen».",
     "Only one tab can work with the data at a time, so nothing is overwritten. Close the other tab "
     "or window and press “Try again”."},
    {"lock.retry", "Prøv igjen", "Prøv igjen", "Try again"},
    {"status.saving", "Lagrer …", "Lagrar …", "Saving …"},
    {"status.saved", "Alle endringer er lagret på denne enheten.", "Alle endringar er lagra på denne eininga.",
     "All changes are saved on this device."},
    {"status.offline_ready", "Dataene lagres bare på denne enheten.", "Dataa blir berre lagra på denne eininga.",
     "Data is stored on this device only."},
    {"status.save_failed.quota", "Lagringsplassen er full: endringene er beholdt og lagres når det blir plass.",
     "Lagringsplassen er full: endringane er haldne på og blir lagra når det blir plass.",
     "Storage is full: the changes are kept and saved once there is room."},
    {"storage.quota",
     "Nettleseren har ikke mer lagringsplass til appen. Ingen endring er tapt så lenge fanen er åpen: lag en "
     "kryptert sikkerhetskopi nå, og frigjør plass (slett andre nettsteders data i nettleserens innstillinger).",
     "Nettlesaren har ikkje meir lagringsplass til appen. Inga endring er tapt så lenge fana er open: lag ein "
     "kryptert tryggingskopi no, og frigjer plass (slett data frå andre nettstader i innstillingane til nettlesaren).",
     "The browser has no more storage for the app. No change is lost while the tab stays open: make an "
     "encrypted backup now, and free some space (delete other sites' data in the browser's settings)."},
    {"storage.quota.backup", "Lag kryptert sikkerhetskopi nå", "Lag kryptert tryggingskopi no", "Make an encrypted backup now"},
    {"status.save_failed", "Lagring feilet: {0}. Endringene er beholdt og lagres på nytt.",
     "Lagringa feila: {0}. Endringane er haldne på og blir lagra på nytt.",
     "Saving failed: {0}. The changes are kept and will be saved again."},

    {"storage.error.not_loaded", "Dataene er ikke lastet, så ingenting kan lagres.",
     "Dataa er ikkje lasta, så ingenting kan lagrast.", "The data is not loaded, so nothing can be saved."},
    {"storage.error.not_queued", "Endringen kunne ikke legges i lagringskøen.",
     "Endringa kunne ikkje leggjast i lagringskøen.", "The change could not be queued for saving."},
    {"import.error.unreadable_after_import",
     "Sikkerhetskopien kunne ikke leses tilbake. Ingenting er endret.",
     "Tryggingskopien kunne ikkje lesast tilbake. Ingenting er endra.",
     "The backup could not be read back. Nothing was changed."},
};
}  // namespace

std::span<const CatalogueEntry> frame() { return kEntries; }

}  // namespace opp::strings
