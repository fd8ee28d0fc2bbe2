// Catalogue texts — Persons: the searchable list and the form that registers a new person.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- persons
    {"persons.title", "Personer", "Personar", "Persons"},
    {"persons.lead", "Søk etter en person og åpne arbeidsflaten, eller registrer en ny person.",
     "Søk etter ein person og opne arbeidsflata, eller registrer ein ny person.",
     "Search for a person and open their workspace, or register a new person."},
    {"persons.search_hint", "Søk på navn eller kommune", "Søk på namn eller kommune",
     "Search by name or municipality"},
    {"persons.empty", "Ingen personer er registrert ennå.", "Ingen personar er registrerte enno.",
     "No persons registered yet."},
    {"persons.new.title", "Ny person", "Ny person", "New person"},
    {"persons.new.name", "Navn", "Namn", "Name"},
    {"persons.new.birth_date", "Fødselsdato", "Fødselsdato", "Date of birth"},
    {"persons.new.national_id", "Fødselsnummer (valgfritt)", "Fødselsnummer (valfritt)",
     "National identity number (optional)"},
    {"persons.new.national_id.hint", "11 siffer", "11 siffer", "11 digits"},
    {"persons.new.municipality", "Kommune", "Kommune", "Municipality"},
    {"persons.new.submit", "Registrer person", "Registrer person", "Register person"},
    {"persons.new.saved", "{0} er registrert.", "{0} er registrert.", "{0} has been registered."},
    {"persons.new.no_author",
     "Endringer lagres uten navnet ditt i endringsloggen. Skriv navnet ditt under Innstillinger.",
     "Endringar blir lagra utan namnet ditt i endringsloggen. Skriv namnet ditt under Innstillingar.",
     "Changes are recorded without your name in the audit trail. Enter your name under Settings."},
    {"person.name", "Navn", "Namn", "Name"},
    {"person.birth_date", "Fødselsdato", "Fødselsdato", "Date of birth"},
    {"person.national_id.short", "Fødselsnummer", "Fødselsnummer", "National ID"},
    {"person.municipality", "Kommune", "Kommune", "Municipality"},
    {"date.hint", "dd.mm.åååå", "dd.mm.åååå", "dd.mm.yyyy"},
};
}  // namespace

std::span<const CatalogueEntry> persons() { return kEntries; }

}  // namespace opp::strings
