// Catalogue texts — The modes: the demo, the kiosk, and a new version offered by the offline copy.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- the demo: its own store of invented persons
    {"demo.author", "Demo", "Demo", "Demo"},
    {"demo.banner", "DEMO – alle personer og opplysninger her er oppdiktet. Ingen ekte data.",
     "DEMO – alle personar og opplysningar her er dikta opp. Ingen ekte data.",
     "DEMO – every person and detail here is invented. No real data."},
    {"demo.reset", "Start demoen på nytt", "Start demoen på nytt", "Reset the demo"},
    {"demo.reset.tooltip", "Alt som er endret i demoen, forsvinner, og demoen begynner forfra med de samme personene.",
     "Alt som er endra i demoen, forsvinn, og demoen byrjar frå starten med dei same personane.",
     "Everything changed in the demo is discarded, and it starts again with the same persons."},
    {"demo.resetting", "Demoen starter på nytt …", "Demoen startar på nytt …", "The demo is starting again …"},
    {"demo.present", "Presentasjon (stor tekst)", "Presentasjon (stor tekst)", "Presentation (large text)"},
    {"demo.exit", "Avslutt demo", "Avslutt demo", "Leave the demo"},
    {"start.demo.text",
     "Vil du vise fram eller prøve appen? Demoen har egne, oppdiktede personer og blandes aldri med ekte data.",
     "Vil du vise fram eller prøve appen? Demoen har eigne, oppdikta personar og blir aldri blanda med ekte data.",
     "Want to show or try the app? The demo has its own invented persons and is never mixed with real data."},
    {"start.demo", "Åpne demoen", "Opne demoen", "Open the demo"},
    {"mode.restarting", "Starter på nytt …", "Startar på nytt …", "Restarting …"},

    // --- the kiosk: a shared touch screen in a health house
    {"settings.kiosk", "Kioskmodus", "Kioskmodus", "Kiosk mode"},
    {"settings.kiosk.text",
     "For en delt berøringsskjerm: fullskjerm, store knapper, og bare innmelding, tavle og PSFS. Appen låses "
     "etter 3 minutter uten berøring, og ingenting av én brukers økt (utkast, søk, utklipp) blir igjen til neste.",
     "For ein delt berøringsskjerm: fullskjerm, store knappar, og berre innmelding, tavle og PSFS. Appen blir låst "
     "etter 3 minutt utan berøring, og ingenting av økta til éin brukar (utkast, søk, utklipp) blir att til neste.",
     "For a shared touch screen: full screen, large buttons, and only referral, board and PSFS. The app locks "
     "after 3 minutes without a touch, and nothing of one user's session (drafts, search, clipboard) is left "
     "for the next."},
    {"settings.kiosk.text.demo",
     "For en delt berøringsskjerm: fullskjerm, store knapper, og bare innmelding, tavle og PSFS. Demoen starter "
     "på nytt etter 3 minutter uten berøring.",
     "For ein delt berøringsskjerm: fullskjerm, store knappar, og berre innmelding, tavle og PSFS. Demoen startar "
     "på nytt etter 3 minutt utan berøring.",
     "For a shared touch screen: full screen, large buttons, and only referral, board and PSFS. The demo starts "
     "again after 3 minutes without a touch."},
    {"kiosk.enable", "Slå på kioskmodus", "Slå på kioskmodus", "Turn on kiosk mode"},
    {"kiosk.exit", "Avslutt kiosk", "Avslutt kiosk", "Leave kiosk mode"},

    // --- a new version, downloaded by the offline copy
    {"update.ready", "En ny versjon av appen er klar.", "Ein ny versjon av appen er klar.",
     "A new version of the app is ready."},
    {"update.restart", "Start på nytt", "Start på nytt", "Restart"},
    {"update.restarting", "Den nye versjonen starter når alt er lagret …",
     "Den nye versjonen startar når alt er lagra …", "The new version starts once everything is saved …"},
};
}  // namespace

std::span<const CatalogueEntry> modes() { return kEntries; }

}  // namespace opp::strings
