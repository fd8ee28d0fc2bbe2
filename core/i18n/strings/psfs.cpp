// Catalogue texts — PSFS («Hva er viktig for deg?»): the conversation form, the table, the charts, exports.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- the form's anchors (the Suldal form, in each language)
    {"psfs.anchor.low", "0 = Kan ikke utføre aktiviteten", "0 = Kan ikkje utføra aktiviteten",
     "0 = Cannot perform the activity"},
    {"psfs.anchor.high", "10 = Kan utføre aktiviteten uten vansker", "10 = Kan utføra aktiviteten utan vanskar",
     "10 = Can perform the activity without difficulty"},
    {"psfs.anchor.low_reversed", "0 = Kan utføre aktiviteten uten vansker", "0 = Kan utføra aktiviteten utan vanskar",
     "0 = Can perform the activity without difficulty"},
    {"psfs.anchor.high_reversed", "10 = Kan ikke utføre aktiviteten", "10 = Kan ikkje utføra aktiviteten",
     "10 = Cannot perform the activity"},
    // --- the table (app/widgets/psfs_panel.cpp)
    {"psfs.change", "Endring fra forrige", "Endring frå førre", "Change from the previous"},
    {"psfs.significance", "Vurdering", "Vurdering", "Assessment"},
    {"psfs.flag.improvement", "Betydelig bedring", "Betydeleg betring", "Significant improvement"},
    {"psfs.flag.decline", "Betydelig forverring", "Betydeleg forverring", "Significant decline"},
    {"psfs.rule", "En endring på 2 poeng eller mer fra forrige samtale er en betydelig endring. Endringen regnes over aktivitetene som er skåret i begge samtalene. En endring på 3 poeng eller mer på én aktivitet er merket.",
     "Ei endring på 2 poeng eller meir frå førre samtale er ei betydeleg endring. Endringa blir rekna over aktivitetane som er skåra i begge samtalane. Ei endring på 3 poeng eller meir på éin aktivitet er merkt.",
     "A change of 2 points or more from the previous conversation is significant. It is computed over the activities scored in both conversations. A change of 3 points or more on one activity is marked."},
    {"psfs.export.csv", "Last ned tabellen (CSV)", "Last ned tabellen (CSV)", "Download the table (CSV)"},
    {"psfs.export.png", "Last ned grafen (PNG)", "Last ned grafen (PNG)", "Download the chart (PNG)"},
    {"psfs.export.failed", "Grafen kunne ikke lagres som bilde.", "Grafen kunne ikkje lagrast som bilete.",
     "The chart could not be saved as an image."},
    {"psfs.chart.title", "Utvikling over tid", "Utvikling over tid", "Over time"},
    // --- a new conversation
    {"psfs.new", "Ny samtale", "Ny samtale", "New conversation"},
    {"psfs.new.date", "Dato for samtalen", "Dato for samtalen", "Date of the conversation"},
    {"psfs.new.performed_by", "Utført av", "Utført av", "Performed by"},
    {"psfs.new.direction", "Skala", "Skala", "Scale"},
    {"psfs.last_time", "Sist, {0}, sa du at dette var viktig for deg:", "Sist, {0}, sa du at dette var viktig for deg:",
     "Last time, {0}, you said this mattered to you:"},
    {"psfs.first_time", "Hvilke aktiviteter er viktige for deg, og som du har vansker med å utføre i dag?",
     "Kva aktivitetar er viktige for deg, og som du har vanskar med å utføra i dag?",
     "Which activities matter to you and are hard for you to do today?"},
    {"psfs.previous_score", "forrige gang: {0}", "førre gong: {0}", "last time: {0}"},
    {"psfs.retire", "Ikke lenger aktuell", "Ikkje lenger aktuell", "No longer relevant"},
    {"psfs.new_activity", "Ny aktivitet, med personens egne ord", "Ny aktivitet, med personen sine eigne ord",
     "New activity, in the person's own words"},
    {"psfs.add_activity", "Legg til en aktivitet", "Legg til ein aktivitet", "Add an activity"},
    {"psfs.remove_activity", "Fjern", "Fjern", "Remove"},
    {"psfs.max_activities", "Høyst fem aktive aktiviteter: ta en ut av bruk for å legge til en ny.",
     "Høgst fem aktive aktivitetar: ta ein ut av bruk for å leggja til ein ny.",
     "At most five active activities: retire one to add a new one."},
    {"psfs.save", "Lagre samtalen", "Lagre samtalen", "Save the conversation"},
    {"psfs.cancel", "Avbryt", "Avbryt", "Cancel"},
    {"psfs.saved", "Samtalen er lagret.", "Samtalen er lagra.", "The conversation is saved."},
    // --- the PSFS view (caseload)
    {"psfs.persons", "Personer med PSFS-samtaler", "Personar med PSFS-samtalar", "Persons with PSFS conversations"},
    {"psfs.persons.none", "Ingen har hatt en PSFS-samtale ennå. Åpne en person for å føre den første.",
     "Ingen har hatt ein PSFS-samtale enno. Opne ein person for å føra den første.",
     "Nobody has had a PSFS conversation yet. Open a person to record the first."},
    {"psfs.person.row", "{0} samtaler · sist {1} · snitt {2}", "{0} samtalar · sist {1} · snitt {2}",
     "{0} conversations · latest {1} · average {2}"},
    {"psfs.person.row_one", "1 samtale · {0} · snitt {1}", "1 samtale · {0} · snitt {1}",
     "1 conversation · {0} · average {1}"},
    {"psfs.caseload.title", "Endring i gjennomsnitt fra første til siste samtale",
     "Endring i gjennomsnitt frå første til siste samtale", "Change in the average from the first to the latest conversation"},
    {"psfs.caseload.summary", "{0} av {1} personer ({2} %) har bedret seg 2 poeng eller mer.",
     "{0} av {1} personar ({2} %) har betra seg 2 poeng eller meir.",
     "{0} of {1} persons ({2} %) improved by 2 points or more."},
    {"psfs.caseload.none", "Ingen har hatt to samtaler ennå.", "Ingen har hatt to samtalar enno.",
     "Nobody has had two conversations yet."},
    {"psfs.caseload.caption", "Endring i poeng (grønn: 2 eller mer)", "Endring i poeng (grøn: 2 eller meir)",
     "Change in points (green: 2 or more)"},
    {"psfs.choose", "Velg en person i listen for å se tabellen og grafen.", "Vel ein person i lista for å sjå tabellen og grafen.",
     "Choose a person in the list to see the table and the chart."},
    {"psfs.open_person", "Åpne personen", "Opne personen", "Open the person"},
};
}  // namespace

std::span<const CatalogueEntry> psfs() { return kEntries; }

}  // namespace opp::strings
