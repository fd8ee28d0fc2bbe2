// Catalogue texts — The vault: first start's passphrase, the lock screen, locking, and the
// auto-lock setting.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- first start: choose a passphrase
    {"setup.title", "Velg en passordfrase", "Vel ei passordfrase", "Choose a passphrase"},
    {"setup.text",
     "Alt appen lagrer i denne nettleseren, blir kryptert med en nøkkel som passordfrasen beskytter. "
     "Du skriver den hver gang appen åpnes, og etter at den har låst seg.",
     "Alt appen lagrar i denne nettlesaren, blir kryptert med ein nøkkel som passordfrasen vernar. "
     "Du skriv ho kvar gong appen blir opna, og etter at han har låst seg.",
     "Everything the app stores in this browser is encrypted with a key the passphrase protects. "
     "You type it each time the app opens, and after it has locked itself."},
    {"setup.migrate", "Dataene som alt er lagret her, blir kryptert når du har valgt passordfrasen.",
     "Dataa som alt er lagra her, blir krypterte når du har valt passordfrasen.",
     "The data already stored here is encrypted once you have chosen the passphrase."},
    {"setup.warning",
     "En glemt passordfrase kan ikke gjenopprettes – av noen. Uten den er dataene tapt. Skriv den ned "
     "et trygt sted, og ta jevnlig sikkerhetskopi.",
     "Ei gløymd passordfrase kan ikkje gjenopprettast – av nokon. Utan ho er dataa tapte. Skriv ho ned "
     "ein trygg stad, og ta jamleg tryggingskopi.",
     "A forgotten passphrase cannot be recovered – by anyone. Without it the data is lost. Write it down "
     "somewhere safe, and make backups regularly."},
    {"setup.passphrase", "Passordfrase (minst 10 tegn – gjerne flere ord)", "Passordfrase (minst 10 teikn – gjerne fleire ord)",
     "Passphrase (at least 10 characters – several words are good)"},
    {"setup.confirm", "Skriv passordfrasen en gang til", "Skriv passordfrasen ein gong til", "Type the passphrase again"},
    {"setup.create", "Lag passordfrase og krypter", "Lag passordfrase og krypter", "Set passphrase and encrypt"},
    {"setup.strength.too_short", "For kort: minst 10 tegn.", "For kort: minst 10 teikn.", "Too short: at least 10 characters."},
    {"setup.strength.weak", "Svak: bruk flere ulike tegn, eller flere ord.", "Svak: bruk fleire ulike teikn, eller fleire ord.",
     "Weak: use more different characters, or more words."},
    {"setup.strength.fair", "Middels sterk.", "Middels sterk.", "Fair."},
    {"setup.strength.strong", "Sterk.", "Sterk.", "Strong."},
    {"setup.error.too_short", "Passordfrasen må ha minst 10 tegn.", "Passordfrasen må ha minst 10 teikn.",
     "The passphrase needs at least 10 characters."},
    {"setup.error.weak", "Passordfrasen er for svak: bruk flere ulike tegn, eller flere ord.",
     "Passordfrasen er for svak: bruk fleire ulike teikn, eller fleire ord.",
     "The passphrase is too weak: use more different characters, or more words."},
    {"setup.error.mismatch", "De to passordfrasene er ikke like.", "Dei to passordfrasane er ikkje like.",
     "The two passphrases differ."},
    {"setup.working", "Lager nøkkelen og krypterer …", "Lagar nøkkelen og krypterer …", "Making the key and encrypting …"},

    // --- the lock screen
    {"lock.screen.title", "Låst", "Låst", "Locked"},
    {"lock.screen.text", "Skriv passordfrasen for å låse opp.", "Skriv passordfrasen for å låse opp.",
     "Type the passphrase to unlock."},
    {"lock.passphrase", "Passordfrase", "Passordfrase", "Passphrase"},
    {"lock.unlock", "Lås opp", "Lås opp", "Unlock"},
    {"lock.wrong_passphrase", "Feil passordfrase. Ingenting er endret.", "Feil passordfrase. Ingenting er endra.",
     "Wrong passphrase. Nothing was changed."},
    {"lock.working", "Låser opp …", "Låser opp …", "Unlocking …"},
    {"lock.now", "Lås", "Lås", "Lock"},
    {"lock.now.tooltip", "Lås nå: dataene fjernes fra skjermen og minnet til passordfrasen skrives igjen.",
     "Lås no: dataa blir fjerna frå skjermen og minnet til passordfrasen blir skriven igjen.",
     "Lock now: the data leaves the screen and the memory until the passphrase is typed again."},
    {"lock.locking", "Lagrer og låser …", "Lagrar og låser …", "Saving and locking …"},

    // --- what cannot be unlocked
    {"vault.problem.title", "Dataene kan ikke låses opp", "Dataa kan ikkje låsast opp", "The data cannot be unlocked"},
    {"vault.problem.key_damaged",
     "Nøkkelfila (key.json) er skadet. Uten den kan de krypterte dataene ikke leses. Gjenopprett fra en "
     "sikkerhetskopi i en annen nettleserprofil, eller kontakt den som har ansvar for IT.",
     "Nøkkelfila (key.json) er skadd. Utan ho kan dei krypterte dataa ikkje lesast. Gjenopprett frå ein "
     "tryggingskopi i ein annan nettlesarprofil, eller kontakt den som har ansvar for IT.",
     "The key file (key.json) is damaged. Without it the encrypted data cannot be read. Restore from a "
     "backup in another browser profile, or contact whoever is responsible for IT."},
    {"vault.problem.key_missing",
     "Dataene her er krypterte, men nøkkelfila (key.json) mangler. Uten den kan de ikke leses.",
     "Dataa her er krypterte, men nøkkelfila (key.json) manglar. Utan ho kan dei ikkje lesast.",
     "The data here is encrypted, but the key file (key.json) is missing. Without it, it cannot be read."},
    {"vault.problem.unreadable", "Lagringen i nettleseren kunne ikke leses.", "Lagringa i nettlesaren kunne ikkje lesast.",
     "The browser's storage could not be read."},
    {"vault.problem.nothing_changed", "Ingenting er endret eller slettet.", "Ingenting er endra eller sletta.",
     "Nothing has been changed or deleted."},
    {"vault.error.kdf_failed",
     "Nøkkelen kunne ikke lages: enheten har ikke nok ledig minne. Lukk andre faner og prøv igjen.",
     "Nøkkelen kunne ikkje lagast: eininga har ikkje nok ledig minne. Lukk andre faner og prøv igjen.",
     "The key could not be made: the device is short of memory. Close other tabs and try again."},
    {"vault.error.write_failed", "Nøkkelfila kunne ikke lagres. Ingenting er endret.",
     "Nøkkelfila kunne ikkje lagrast. Ingenting er endra.", "The key file could not be saved. Nothing was changed."},
    {"vault.error.not_in_setup", "Appen venter ikke på en ny passordfrase.", "Appen ventar ikkje på ei ny passordfrase.",
     "The app is not waiting for a new passphrase."},
    {"vault.error.not_locked", "Appen er ikke låst.", "Appen er ikkje låst.", "The app is not locked."},
    {"vault.migration_failed",
     "Noen av de eldre dataene kunne ikke krypteres ennå: {0}. De er trygge og leses som før; appen prøver "
     "igjen neste gang den låses opp.",
     "Nokre av dei eldre dataa kunne ikkje krypterast enno: {0}. Dei er trygge og blir lesne som før; appen "
     "prøver igjen neste gong han blir låst opp.",
     "Some of the older data could not be encrypted yet: {0}. It is safe and read as before; the app tries "
     "again the next time it is unlocked."},

    // --- Settings: auto-lock
    {"settings.lock", "Lås", "Lås", "Lock"},
    {"settings.lock.text",
     "Appen låser seg selv når ingen har brukt den på en stund. Da fjernes dataene fra minnet, og "
     "passordfrasen må skrives igjen.",
     "Appen låser seg sjølv når ingen har brukt han på ei stund. Då blir dataa fjerna frå minnet, og "
     "passordfrasen må skrivast igjen.",
     "The app locks itself when nobody has used it for a while. The data then leaves the memory, and the "
     "passphrase must be typed again."},
    {"settings.lock.idle_minutes", "Lås etter", "Lås etter", "Lock after"},
    {"settings.lock.minutes", "{0} min uten bruk", "{0} min utan bruk", "{0} min without use"},
    {"settings.lock.never", "Aldri", "Aldri", "Never"},
};
}  // namespace

std::span<const CatalogueEntry> vault() { return kEntries; }

}  // namespace opp::strings
