// Catalogue texts — The vault: first start's passphrase, the lock screen, locking, the
// auto-lock setting, encrypted backups and the audit trail.
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

    // --- the offer right after plaintext data was encrypted
    {"setup.backup.offer",
     "Dataene er nå kryptert. Lag en kryptert sikkerhetskopi nå, og ta vare på den et annet sted enn denne "
     "enheten.",
     "Dataa er no krypterte. Lag ein kryptert tryggingskopi no, og ta vare på han ein annan stad enn denne "
     "eininga.",
     "The data is now encrypted. Make an encrypted backup now, and keep it somewhere other than this device."},
    {"setup.backup", "Lag kryptert sikkerhetskopi", "Lag kryptert tryggingskopi", "Make an encrypted backup"},
    {"setup.backup.later", "Senere", "Seinare", "Later"},

    // --- Settings: encrypted backups
    {"settings.backup.export_encrypted", "Lag kryptert sikkerhetskopi", "Lag kryptert tryggingskopi",
     "Make an encrypted backup"},
    {"settings.backup.encrypt.text",
     "Sikkerhetskopien får sin egen passordfrase. Uten den kan fila ikke gjenopprettes – skriv den ned et "
     "trygt sted, adskilt fra fila.",
     "Tryggingskopien får si eiga passordfrase. Utan ho kan fila ikkje gjenopprettast – skriv ho ned ein "
     "trygg stad, skild frå fila.",
     "The backup gets its own passphrase. Without it the file cannot be restored – write it down somewhere "
     "safe, apart from the file."},
    {"settings.backup.encrypt.passphrase", "Passordfrase for sikkerhetskopien", "Passordfrase for tryggingskopien",
     "Passphrase for the backup"},
    {"settings.backup.encrypt.confirm", "Skriv den en gang til", "Skriv ho ein gong til", "Type it again"},
    {"settings.backup.encrypt.create", "Krypter og last ned", "Krypter og last ned", "Encrypt and download"},
    {"settings.backup.encrypted_made", "Den krypterte sikkerhetskopien er lastet ned.",
     "Den krypterte tryggingskopien er lasta ned.", "The encrypted backup has been downloaded."},
    {"settings.backup.decrypt.text", "{0} er en kryptert sikkerhetskopi. Skriv passordfrasen den ble laget med.",
     "{0} er ein kryptert tryggingskopi. Skriv passordfrasen han vart laga med.",
     "{0} is an encrypted backup. Type the passphrase it was made with."},
    {"settings.backup.decrypt.passphrase", "Passordfrase", "Passordfrase", "Passphrase"},
    {"settings.backup.decrypt.open", "Åpne sikkerhetskopien", "Opne tryggingskopien", "Open the backup"},
    {"settings.backup.decrypt.wrong",
     "Feil passordfrase, eller fila er skadet. Ingenting er endret.",
     "Feil passordfrase, eller fila er skadd. Ingenting er endra.",
     "Wrong passphrase, or the file is damaged. Nothing was changed."},
    {"settings.backup.decrypt.malformed", "Fila ser ut som en kryptert sikkerhetskopi, men kan ikke leses. Ingenting er endret.",
     "Fila ser ut som ein kryptert tryggingskopi, men kan ikkje lesast. Ingenting er endra.",
     "The file looks like an encrypted backup but cannot be read. Nothing was changed."},

    // --- the audit trail
    {"audit.title", "Endringslogg", "Endringslogg", "Audit trail"},
    {"audit.lead", "Hver endring: når, hvem, på hvilken enhet. Loggen lagres kryptert sammen med dataene og kan ikke endres.",
     "Kvar endring: når, kven, på kva eining. Loggen blir lagra kryptert saman med dataa og kan ikkje endrast.",
     "Every change: when, who, on which device. The trail is stored encrypted with the data and cannot be changed."},
    {"audit.for_person", "Endringer for {0}", "Endringar for {0}", "Changes for {0}"},
    {"audit.all", "Vis alle", "Vis alle", "Show all"},
    {"audit.search", "Søk på navn, hvem eller type endring", "Søk på namn, kven eller type endring",
     "Search by name, who or kind of change"},
    {"audit.count", "{0} endringer", "{0} endringar", "{0} changes"},
    {"audit.col.when", "Tid", "Tid", "When"},
    {"audit.col.what", "Endring", "Endring", "Change"},
    {"audit.col.person", "Person", "Person", "Person"},
    {"audit.col.who", "Hvem", "Kven", "Who"},
    {"audit.col.device", "Enhet", "Eining", "Device"},
    {"settings.audit.open", "Vis endringsloggen", "Vis endringsloggen", "Show the audit trail"},
    {"audit.command.create_person", "Person registrert", "Person registrert", "Person registered"},
    {"audit.command.update_person", "Persondata endret", "Persondata endra", "Person details changed"},
    {"audit.command.register_referral", "Henvisning registrert", "Tilvising registrert", "Referral registered"},
    {"audit.command.set_referral_status", "Henvisningens status endret", "Status for tilvisinga endra", "Referral status changed"},
    {"audit.command.give_consent", "Samtykke gitt", "Samtykke gitt", "Consent given"},
    {"audit.command.withdraw_consent", "Samtykke trukket", "Samtykke trekt", "Consent withdrawn"},
    {"audit.command.add_team_member", "Teammedlem lagt til", "Teammedlem lagt til", "Team member added"},
    {"audit.command.team_member_leaves", "Teammedlem gikk ut", "Teammedlem gjekk ut", "Team member left"},
    {"audit.command.set_coordinator", "Koordinator satt", "Koordinator sett", "Coordinator set"},
    {"audit.command.record_quality_survey", "Brukererfaring registrert", "Brukarerfaring registrert", "User experience recorded"},
    {"audit.command.record_meeting", "Møte registrert", "Møte registrert", "Meeting recorded"},
    {"audit.command.add_goal", "Mål lagt til", "Mål lagt til", "Goal added"},
    {"audit.command.add_measure", "Tiltak lagt til", "Tiltak lagt til", "Measure added"},
    {"audit.command.set_measure_status", "Tiltakets status endret", "Status for tiltaket endra", "Measure status changed"},
    {"audit.command.evaluate_measure", "Tiltak evaluert", "Tiltak evaluert", "Measure evaluated"},
    {"audit.command.add_psfs_activity", "PSFS-aktivitet lagt til", "PSFS-aktivitet lagd til", "PSFS activity added"},
    {"audit.command.retire_psfs_activity", "PSFS-aktivitet avsluttet", "PSFS-aktivitet avslutta", "PSFS activity retired"},
    {"audit.command.record_psfs_conversation", "PSFS-samtale registrert", "PSFS-samtale registrert", "PSFS conversation recorded"},
    {"audit.command.record_measurement", "Måling registrert", "Måling registrert", "Measurement recorded"},
    {"audit.command.add_relay_log_entry", "Stafettlogg skrevet", "Stafettlogg skriven", "Relay log entry written"},
    {"audit.command.restore_backup", "Sikkerhetskopi gjenopprettet", "Tryggingskopi gjenoppretta", "Backup restored"},
    {"audit.command.submit_referral", "Innmelding sendt", "Innmelding send", "Referral submitted"},
    {"audit.command.triage_referral", "Innmelding vurdert", "Innmelding vurdert", "Referral triaged"},
    {"audit.command.redirect_referral", "Innmelding videresendt", "Innmelding vidaresend", "Referral redirected"},
    {"audit.command.reopen_referral", "Innmelding gjenåpnet", "Innmelding opna att", "Referral reopened"},
    {"audit.command.add_practitioner", "Fagperson lagt til", "Fagperson lagd til", "Practitioner added"},
    {"audit.command.set_practitioner_active", "Fagperson aktivert/deaktivert", "Fagperson aktivert/deaktivert", "Practitioner (de)activated"},
    {"audit.command.set_risk_rule", "Screeningregel endret", "Screeningregel endra", "Screening rule changed"},
    {"audit.command.remove_risk_rule", "Screeningregel fjernet", "Screeningregel fjerna", "Screening rule removed"},
    {"audit.command.evaluate_goal", "Mål evaluert", "Mål evaluert", "Goal evaluated"},
    {"audit.command.open_case", "Sak åpnet", "Sak opna", "Case opened"},
    {"audit.command.move_case", "Sak flyttet på tavla", "Sak flytta på tavla", "Case moved on the board"},
    {"audit.command.set_case_target_group", "Målgruppe satt", "Målgruppe sett", "Target group set"},
    {"audit.command.register_admission", "Innleggelse registrert", "Innlegging registrert", "Admission registered"},
    {"audit.command.mark_admission_seen", "Innleggelse sett", "Innlegging sett", "Admission seen"},

    // --- the restore's confirmation: which copy this is
    {"settings.backup.confirm_made", "Kopien ble laget {0} av {1}.", "Kopien vart laga {0} av {1}.",
     "The copy was made on {0} by {1}."},
    {"settings.backup.confirm_last_change", "Siste endring i kopien: {0}.", "Siste endring i kopien: {0}.",
     "Latest change in the copy: {0}."},
    {"settings.backup.confirm_kept",
     "Dataene som erstattes, beholdes som en tidligere generasjon i nettleseren.",
     "Dataa som blir erstatta, blir haldne på som ein tidlegare generasjon i nettlesaren.",
     "The data that is replaced is kept as an earlier generation in the browser."},

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
    {"settings.lock.change", "Bytt passordfrase", "Byt passordfrase", "Change the passphrase"},
    {"settings.lock.change.current", "Nåværende passordfrase", "Noverande passordfrase", "Current passphrase"},
    {"settings.lock.change.next", "Ny passordfrase (minst 10 tegn)", "Ny passordfrase (minst 10 teikn)",
     "New passphrase (at least 10 characters)"},
    {"settings.lock.change.confirm", "Ny passordfrase en gang til", "Ny passordfrase ein gong til",
     "New passphrase again"},
    {"settings.lock.change.submit", "Bytt", "Byt", "Change"},
    {"settings.lock.change.wrong", "Nåværende passordfrase er feil. Ingenting er endret.",
     "Noverande passordfrase er feil. Ingenting er endra.", "The current passphrase is wrong. Nothing was changed."},
    {"settings.lock.change.done", "Passordfrasen er byttet. Bruk den nye neste gang appen låses opp.",
     "Passordfrasen er bytt. Bruk den nye neste gong appen blir låst opp.",
     "The passphrase has been changed. Use the new one the next time the app is unlocked."},
};
}  // namespace

std::span<const CatalogueEntry> vault() { return kEntries; }

}  // namespace opp::strings
