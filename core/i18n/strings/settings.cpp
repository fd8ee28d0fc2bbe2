// Catalogue texts — Settings: language, user, text size, storage and backups.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- settings
    {"settings.language", "Språk", "Språk", "Language"},
    {"settings.user", "Hvem bruker enheten", "Kven brukar eininga", "Who is using this device"},
    {"settings.user.lead", "Navnet ditt lagres med hver endring i endringsloggen.",
     "Namnet ditt blir lagra med kvar endring i endringsloggen.",
     "Your name is recorded with every change in the audit trail."},
    {"settings.font_size", "Tekststørrelse", "Tekststorleik", "Text size"},
    {"settings.storage", "Lagring", "Lagring", "Storage"},
    {"settings.persist", "Varig lagring i nettleseren:", "Varig lagring i nettlesaren:",
     "Persistent storage in the browser:"},
    {"settings.persist.granted", "innvilget", "innvilga", "granted"},
    {"settings.persist.denied", "ikke innvilget", "ikkje innvilga", "not granted"},
    {"settings.persist.unsupported", "ikke støttet", "ikkje støtta", "not supported"},
    {"settings.persist.unknown", "spør …", "spør …", "asking …"},
    {"settings.persist.explain",
     "Nettleseren kan slette dataene når disken blir full. Ta sikkerhetskopi jevnlig, eller installer appen.",
     "Nettlesaren kan slette dataa når disken blir full. Ta tryggingskopi jamleg, eller installer appen.",
     "The browser may delete the data when the disk runs full. Back up regularly, or install the app."},
    {"settings.storage.counts", "{0} personer, {1} endringer i endringsloggen.",
     "{0} personar, {1} endringar i endringsloggen.", "{0} persons, {1} changes in the audit trail."},
    {"settings.storage.last_saved", "Sist lagret: {0}", "Sist lagra: {0}", "Last saved: {0}"},
    {"settings.storage.warning", "Advarsel:", "Åtvaring:", "Warning:"},
    {"settings.backup", "Sikkerhetskopi", "Tryggingskopi", "Backup"},
    {"settings.backup.lead",
     "En sikkerhetskopi inneholder alle data. Oppbevar den like trygt som journalen.",
     "Ein tryggingskopi inneheld alle data. Oppbevar han like trygt som journalen.",
     "A backup holds all data. Keep it as safe as the records themselves."},
    {"settings.backup.export", "Last ned ukryptert kopi (JSON)", "Last ned ukryptert kopi (JSON)",
     "Download an unencrypted copy (JSON)"},
    {"settings.backup.import", "Gjenopprett fra fil …", "Gjenopprett frå fil …", "Restore from file …"},
    {"settings.backup.confirm_title", "Erstatte dataene?", "Erstatte dataa?", "Replace the data?"},
    {"settings.backup.confirm_text",
     "Sikkerhetskopien har {0} personer. Den erstatter de {1} personene som er lagret nå. Tidligere "
     "generasjoner beholdes.",
     "Tryggingskopien har {0} personar. Han erstattar dei {1} personane som er lagra no. Tidlegare "
     "generasjonar blir haldne på.",
     "The backup holds {0} persons. It replaces the {1} persons stored now. Earlier generations are kept."},
    {"settings.backup.confirm", "Erstatt", "Erstatt", "Replace"},
    {"settings.backup.reminder_days", "Minn meg på sikkerhetskopi etter så mange dager (0 = aldri):",
     "Minn meg på tryggingskopi etter så mange dagar (0 = aldri):", "Remind me to make a backup after this many days (0 = never):"},
    {"backup.reminder.never", "Ingen sikkerhetskopi er laget på denne enheten.", "Ingen tryggingskopi er laga på denne eininga.",
     "No backup has been made on this device."},
    {"backup.reminder.old", "Siste sikkerhetskopi er {0} dager gammel.", "Siste tryggingskopi er {0} dagar gammal.",
     "The last backup is {0} days old."},
    {"backup.reminder.make", "Lag sikkerhetskopi nå", "Lag tryggingskopi no", "Make a backup now"},
    {"backup.reminder.short", "Sikkerhetskopi!", "Tryggingskopi!", "Backup!"},
    {"settings.backup.too_large",
     "Filen {0} er for stor til å være en sikkerhetskopi fra appen (over 600 MB), og ble ikke lest. Ingenting er endret.",
     "Fila {0} er for stor til å vere ein tryggingskopi frå appen (over 600 MB), og vart ikkje lesen. Ingenting er endra.",
     "The file {0} is too large to be a backup from the app (over 600 MB) and was not read. Nothing was changed."},
    {"settings.backup.unreadable",
     "Filen {0} kunne ikke leses: den er for stor for minnet på denne enheten, eller nettleseren nektet. "
     "Ingenting er endret.",
     "Fila {0} kunne ikkje lesast: ho er for stor for minnet på denne eininga, eller nettlesaren nekta. "
     "Ingenting er endra.",
     "The file {0} could not be read: it is too large for this device's memory, or the browser refused. "
     "Nothing was changed."},
    {"settings.backup.imported", "Sikkerhetskopien er gjenopprettet.", "Tryggingskopien er gjenoppretta.",
     "The backup has been restored."},

    // Sync (core/sync/document.hpp): a change from the server that cannot be used.
    {"sync.error.not_a_change", "Et dokument på synkroniseringsserveren er ikke en endring fra denne appen: {0}.",
     "Eit dokument på synkroniseringstenaren er ikkje ei endring frå denne appen: {0}.",
     "A document on the sync server is not a change from this app: {0}."},
    {"sync.error.wrong_key",
     "En endring på serveren kan ikke åpnes med teamets nøkkel på denne enheten ({0}). Importer nøkkelen på nytt "
     "fra en enhet som synkroniserer.",
     "Ei endring på tenaren kan ikkje opnast med nøkkelen til teamet på denne eininga ({0}). Importer nøkkelen "
     "på nytt frå ei eining som synkroniserer.",
     "A change on the server cannot be opened with the team's key on this device ({0}). Import the key again from "
     "a device that syncs."},
    {"sync.error.newer_version",
     "En endring på serveren er laget av en nyere versjon av appen ({0}). Last inn siden på nytt for å oppdatere.",
     "Ei endring på tenaren er laga av ein nyare versjon av appen ({0}). Last inn sida på nytt for å oppdatere.",
     "A change on the server was made by a newer version of the app ({0}). Reload the page to update."},
    {"sync.error.mismatch",
     "En endring på serveren er ikke den den gir seg ut for å være ({0}), og er ikke brukt.",
     "Ei endring på tenaren er ikkje den ho gir seg ut for å vere ({0}), og er ikkje brukt.",
     "A change on the server is not what it claims to be ({0}) and was not used."},
    {"sync.error.key_file", "Filen er ikke en teamnøkkel fra denne appen ({0}).",
     "Fila er ikkje ein teamnøkkel frå denne appen ({0}).", "The file is not a team key from this app ({0})."},
    {"sync.error.key_passphrase", "Feil passordfrase for teamnøkkelen, eller filen er endret.",
     "Feil passordfrase for teamnøkkelen, eller fila er endra.",
     "Wrong passphrase for the team key, or the file has been altered."},
    {"sync.error.key_weak",
     "Passordfrasen for teamnøkkelen er for svak: bruk minst 10 tegn, gjerne flere ord.",
     "Passordfrasen for teamnøkkelen er for svak: bruk minst 10 teikn, gjerne fleire ord.",
     "The passphrase for the team key is too weak: use at least 10 characters, preferably several words."},
    {"sync.error.key_memory",
     "Enheten har ikke nok minne til å beskytte teamnøkkelen. Lukk andre faner og prøv igjen.",
     "Eininga har ikkje nok minne til å verne teamnøkkelen. Lukk andre faner og prøv igjen.",
     "This device does not have enough memory to protect the team key. Close other tabs and try again."},

    // Settings → sync between devices (app/views/settings_sync.cpp).
    {"settings.sync", "Synkronisering mellom enheter", "Synkronisering mellom einingar", "Sync between devices"},
    {"settings.sync.lead",
     "Et team som arbeider fra flere enheter, kan dele dataene gjennom en CouchDB-database kommunen selv driver. "
     "Alt krypteres på enheten med teamets nøkkel før det sendes: serveren ser aldri navn eller innhold. Start "
     "teamet fra enheten som har dataene, og gi teamnøkkelen til de andre enhetene.",
     "Eit team som arbeider frå fleire einingar, kan dele dataa gjennom ein CouchDB-database kommunen sjølv driv. "
     "Alt vert kryptert på eininga med nøkkelen til teamet før det vert sendt: tenaren ser aldri namn eller "
     "innhald. Start teamet frå eininga som har dataa, og gi teamnøkkelen til dei andre einingane.",
     "A team working from several devices can share its data through a CouchDB database the municipality runs "
     "itself. Everything is encrypted on the device with the team's key before it is sent: the server never sees "
     "names or contents. Start the team on the device that has the data, and give the team key to the others."},
    {"settings.sync.lead.active",
     "Denne enheten synkroniserer med teamet: endringer sendes og hentes av seg selv når enheten er på nett.",
     "Denne eininga synkroniserer med teamet: endringar vert sende og henta av seg sjølv når eininga er på nett.",
     "This device syncs with the team: changes are sent and fetched by themselves while the device is online."},
    {"sync.url", "Serveradresse", "Tenaradresse", "Server address"},
    {"sync.url.hint", "f.eks. https://oppfolging.kommune.no/couch", "t.d. https://oppfolging.kommune.no/couch",
     "e.g. https://oppfolging.kommune.no/couch"},
    {"sync.database", "Database", "Database", "Database"},
    {"sync.user", "Brukernavn", "Brukarnamn", "User name"},
    {"sync.password", "Passord", "Passord", "Password"},
    {"sync.start", "Start et team fra dataene på denne enheten", "Start eit team frå dataa på denne eininga",
     "Start a team from this device's data"},
    {"sync.key.import", "Bli med i et team med en teamnøkkel …", "Ver med i eit team med ein teamnøkkel …",
     "Join a team with a team key …"},
    {"sync.key.unreadable", "Filen {0} kunne ikke leses.", "Fila {0} kunne ikkje lesast.", "The file {0} could not be read."},
    {"sync.join.text",
     "Skriv passordfrasen for teamnøkkelen i {0}. Teamets data erstatter dataene på denne enheten.",
     "Skriv passordfrasen for teamnøkkelen i {0}. Dataa til teamet erstattar dataa på denne eininga.",
     "Type the passphrase of the team key in {0}. The team's data replaces the data on this device."},
    {"sync.join.passphrase", "Passordfrase for teamnøkkelen", "Passordfrase for teamnøkkelen", "Team key passphrase"},
    {"sync.join.submit", "Bli med", "Ver med", "Join"},
    {"sync.now", "Synkroniser nå", "Synkroniser no", "Sync now"},
    {"sync.key.export", "Lag teamnøkkel til en annen enhet …", "Lag teamnøkkel til ei anna eining …",
     "Make a team key for another device …"},
    {"sync.export.text",
     "Teamnøkkelen låses med en passordfrase. Gi filen og passordfrasen til den andre enheten hver for seg.",
     "Teamnøkkelen vert låst med ei passordfrase. Gi fila og passordfrasen til den andre eininga kvar for seg.",
     "The team key is locked with a passphrase. Give the file and the passphrase to the other device separately."},
    {"sync.export.passphrase", "Passordfrase for teamnøkkelen", "Passordfrase for teamnøkkelen", "Team key passphrase"},
    {"sync.export.confirm", "Gjenta passordfrasen", "Gjenta passordfrasen", "Repeat the passphrase"},
    {"sync.export.submit", "Last ned teamnøkkel", "Last ned teamnøkkel", "Download team key"},
    {"sync.key.exported", "Teamnøkkelen er lastet ned.", "Teamnøkkelen er lasta ned.", "The team key has been downloaded."},
    {"sync.started", "Teamet er startet på serveren.", "Teamet er starta på tenaren.", "The team has been started on the server."},
    {"sync.joined", "Denne enheten er med i teamet.", "Denne eininga er med i teamet.", "This device has joined the team."},
    {"sync.status.off", "Synkroniserer ikke.", "Synkroniserer ikkje.", "Not syncing."},
    {"sync.status.busy", "Synkroniserer …", "Synkroniserer …", "Syncing …"},
    {"sync.status.waiting", "Ikke synkronisert ennå; {0} endringer venter.", "Ikkje synkronisert enno; {0} endringar ventar.",
     "Not synced yet; {0} changes waiting."},
    {"sync.status.ok", "Sist synkronisert {0}; {1} endringer venter.", "Sist synkronisert {0}; {1} endringar ventar.",
     "Last synced {0}; {1} changes waiting."},
    {"sync.status.files", "Synkroniseringsfilene kunne ikke leses ({0}); enheten synkroniserer ikke.",
     "Synkroniseringsfilene kunne ikkje lesast ({0}); eininga synkroniserer ikkje.",
     "The sync files could not be read ({0}); this device does not sync."},
    {"sync.refused.title", "Endringer som ikke kunne brukes etter synkronisering:",
     "Endringar som ikkje kunne brukast etter synkronisering:", "Changes that could not be used after syncing:"},
    {"sync.refused.line", "{0} av {1}, {2}: {3}", "{0} av {1}, {2}: {3}", "{0} by {1}, {2}: {3}"},

    // Sync: what the server (or the way to it) said ({0}: its own words).
    {"sync.problem.blocked",
     "Sidens sikkerhetsregler (Content-Security-Policy) tillater ikke å koble til {0}. Legg serveren bak samme "
     "adresse som appen, eller legg den til i connect-src.",
     "Tryggleiksreglane til sida (Content-Security-Policy) tillèt ikkje å kople til {0}. Legg tenaren bak same "
     "adresse som appen, eller legg han til i connect-src.",
     "The page's security policy (Content-Security-Policy) does not allow connecting to {0}. Put the server "
     "behind the app's own address, or add it to connect-src."},
    {"sync.problem.unreachable", "Får ikke kontakt med synkroniseringsserveren ({0}). Endringene er lagret her og "
     "sendes når forbindelsen er tilbake.",
     "Får ikkje kontakt med synkroniseringstenaren ({0}). Endringane er lagra her og vert sende når sambandet er "
     "tilbake.",
     "Cannot reach the sync server ({0}). The changes are kept here and sent once the connection is back."},
    {"sync.problem.unauthorized", "Serveren godtok ikke brukernavn og passord ({0}).",
     "Tenaren godtok ikkje brukarnamn og passord ({0}).", "The server did not accept the user name and password ({0})."},
    {"sync.problem.forbidden", "Brukeren har ikke lov til dette på serveren ({0}).",
     "Brukaren har ikkje lov til dette på tenaren ({0}).", "The user is not allowed to do this on the server ({0})."},
    {"sync.problem.no_database", "Databasen finnes ikke på serveren og kunne ikke opprettes ({0}).",
     "Databasen finst ikkje på tenaren og kunne ikkje opprettast ({0}).",
     "The database does not exist on the server and could not be created ({0})."},
    {"sync.problem.server", "Serveren avviste forespørselen ({0}).", "Tenaren avviste førespurnaden ({0}).",
     "The server refused the request ({0})."},
    {"sync.problem.bad_answer", "Serveren svarte ikke som en CouchDB-server ({0}).",
     "Tenaren svara ikkje som ein CouchDB-tenar ({0}).", "The server did not answer as a CouchDB server ({0})."},
    {"sync.problem.team_exists",
     "Databasen {0} har allerede et team. Bli med i det med teamnøkkelen, eller velg en annen database.",
     "Databasen {0} har alt eit team. Ver med i det med teamnøkkelen, eller vel ein annan database.",
     "The database {0} already has a team. Join it with the team key, or choose another database."},
    {"sync.problem.no_team", "Databasen {0} har ikke noe team ennå. Start teamet fra enheten som har dataene.",
     "Databasen {0} har ikkje noko team enno. Start teamet frå eininga som har dataa.",
     "The database {0} has no team yet. Start the team from the device that has the data."},
};
}  // namespace

std::span<const CatalogueEntry> settings() { return kEntries; }

}  // namespace opp::strings
