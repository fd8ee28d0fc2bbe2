// Catalogue texts — The person's workspace: header, tabs (overview, team, plan, meetings, PSFS, measurements, relay log) and the domain's value names.
#include "core/i18n/strings/strings.hpp"

namespace opp::strings {

namespace {
constexpr CatalogueEntry kEntries[] = {
    // --- workspace and overview tab
    {"person.back", "‹ Tilbake til listen", "‹ Tilbake til lista", "‹ Back to the list"},
    {"person.not_found", "Fant ikke personen. Den kan være erstattet av en gjenoppretting.",
     "Fann ikkje personen. Han eller ho kan vere erstatta av ei attoppretting.",
     "The person was not found. A restore may have replaced them."},
    {"person.coordinator", "Koordinator: {0}", "Koordinator: {0}", "Coordinator: {0}"},
    {"person.no_coordinator", "Ingen koordinator ennå", "Ingen koordinator enno", "No coordinator yet"},
    {"person.tab.overview", "Oversikt", "Oversikt", "Overview"},
    {"person.tab.team", "Team", "Team", "Team"},
    {"person.tab.plan", "Plan", "Plan", "Plan"},
    {"person.tab.meetings", "Møter", "Møte", "Meetings"},
    {"person.tab.psfs", "PSFS", "PSFS", "PSFS"},
    {"person.tab.measurements", "Målinger", "Målingar", "Measurements"},
    {"person.tab.relay_log", "Stafettlogg", "Stafettlogg", "Relay log"},
    {"person.registered", "Registrert", "Registrert", "Registered"},
    {"person.changes", "Endringer i loggen", "Endringar i loggen", "Changes in the audit trail"},
    {"person.referrals", "Meldte behov", "Melde behov", "Reported needs"},
    {"person.referrals.none", "Ingen meldte behov.", "Ingen melde behov.", "No reported needs."},
    {"person.consents", "Samtykker", "Samtykke", "Consents"},
    {"person.consents.none", "Ingen samtykker er registrert.", "Ingen samtykke er registrerte.",
     "No consents recorded."},
    {"person.consent.withdrawn", "trukket {0}", "trekt {0}", "withdrawn {0}"},
    {"person.edit.open", "Endre personopplysninger", "Endre personopplysningar", "Edit personal details"},
    {"person.edit.name", "Navn", "Namn", "Name"},
    {"person.edit.birth_date", "Fødselsdato", "Fødselsdato", "Date of birth"},
    {"person.edit.national_id", "Fødselsnummer (valgfritt)", "Fødselsnummer (valfritt)",
     "National identity number (optional)"},
    {"person.edit.national_id.hint", "11 siffer", "11 siffer", "11 digits"},
    {"person.edit.municipality", "Kommune", "Kommune", "Municipality"},
    {"person.edit.submit", "Lagre endringene", "Lagre endringane", "Save the changes"},
    {"person.edit.saved", "Endringene er lagret.", "Endringane er lagra.", "The changes have been saved."},

    // --- team tab
    {"team.none", "Ingen i teamet ennå.", "Ingen i teamet enno.", "Nobody on the team yet."},
    {"team.coordinator", "koordinator", "koordinator", "coordinator"},
    {"team.name", "Navn", "Namn", "Name"},
    {"team.role", "Rolle", "Rolle", "Role"},
    {"team.service", "Tjeneste", "Teneste", "Service"},
    {"team.level", "Nivå", "Nivå", "Level"},
    {"team.period", "Periode", "Periode", "Period"},
    {"care_level.municipal", "Kommunal tjeneste", "Kommunal teneste", "Municipal service"},
    {"care_level.gp", "Fastlege", "Fastlege", "GP"},
    {"care_level.hospital", "Spesialisthelsetjenesten", "Spesialisthelsetenesta", "Specialist health service"},
    {"care_level.other_sector", "Annen sektor", "Anna sektor", "Other sector"},
    {"care_level.relative", "Pårørende", "Pårørande", "Relative"},

    // --- plan tab (individuell plan)
    {"plan.none", "Ingen mål i planen ennå.", "Ingen mål i planen enno.", "No goals in the plan yet."},
    {"plan.goal", "Mål", "Mål", "Goal"},
    {"plan.sub_goal", "Delmål", "Delmål", "Sub-goal"},
    {"plan.measure", "Tiltak", "Tiltak", "Measure"},
    {"plan.due", "frist {0}", "frist {0}", "due {0}"},
    {"measure_status.planned", "planlagt", "planlagt", "planned"},
    {"measure_status.in_progress", "pågår", "pågår", "in progress"},
    {"measure_status.done", "fullført", "fullført", "done"},
    {"measure_status.cancelled", "avbrutt", "avbrote", "cancelled"},

    // --- meetings tab
    {"meetings.none", "Ingen møter ennå.", "Ingen møte enno.", "No meetings yet."},
    {"meetings.person_present", "personen deltok", "personen deltok", "the person took part"},
    {"meetings.person_absent", "personen deltok ikke", "personen deltok ikkje", "the person did not take part"},
    {"meetings.agenda", "Tema", "Tema", "Agenda"},
    {"meetings.decisions", "Beslutninger", "Avgjerder", "Decisions"},
    {"meetings.next_steps", "Videre", "Vidare", "Next steps"},
    {"meeting_type.network", "Nettverksmøte", "Nettverksmøte", "Network meeting"},
    {"meeting_type.collaboration", "Samarbeidsmøte", "Samarbeidsmøte", "Collaboration meeting"},
    {"meeting_type.evaluation", "Evalueringsmøte", "Evalueringsmøte", "Evaluation meeting"},

    // --- PSFS tab
    {"psfs.none", "Ingen PSFS-samtaler ennå.", "Ingen PSFS-samtalar enno.", "No PSFS conversations yet."},
    {"psfs.activity", "Aktivitet", "Aktivitet", "Activity"},
    {"psfs.total", "Sum", "Sum", "Total"},
    {"psfs.average", "Gjennomsnitt", "Gjennomsnitt", "Average"},

    // --- measurements tab
    {"measurements.none", "Ingen målinger ennå.", "Ingen målingar enno.", "No measurements yet."},
    {"measurements.date", "Dato", "Dato", "Date"},
    {"measurements.gp", "Fastlege", "Fastlege", "GP"},
    {"measurements.emergency", "Legevakt/KAD", "Legevakt/KAD", "Emergency/KAD"},
    {"measurements.municipal", "Kommunale", "Kommunale", "Municipal"},
    {"measurements.specialist", "Spesialist", "Spesialist", "Specialist"},
    {"measurements.admissions", "Innleggelser", "Innleggingar", "Admissions"},
    {"measurements.medications", "Legemidler", "Legemiddel", "Medications"},

    // --- relay log tab (stafettlogg)
    {"relay_log.none", "Ingen innføringer ennå.", "Ingen innføringar enno.", "No entries yet."},
    {"relay_log.no_consent", "Personen har ikke samtykket til deling, så nye innføringer kan ikke gjøres.",
     "Personen har ikkje samtykt til deling, så nye innføringar kan ikkje gjerast.",
     "The person has not consented to sharing, so no new entries can be made."},
    {"relay_kind.concern", "Bekymring", "Uro", "Concern"},
    {"relay_kind.measure", "Tiltak", "Tiltak", "Measure"},
    {"relay_kind.evaluation", "Evaluering", "Evaluering", "Evaluation"},

    // --- consents, referrals
    {"consent_kind.referral", "Samtykke til innmelding", "Samtykke til innmelding", "Consent to the referral"},
    {"consent_kind.sharing", "Samtykke til deling og stafettlogg", "Samtykke til deling og stafettlogg",
     "Consent to sharing and the relay log"},
    {"consent_kind.relative_involvement", "Pårørende kan delta", "Pårørande kan delta", "A relative may take part"},
    {"referral_status.new", "Ny", "Ny", "New"},
    {"referral_status.under_assessment", "Under vurdering", "Under vurdering", "Under assessment"},
    {"referral_status.accepted", "Tatt inn", "Teken inn", "Accepted"},
    {"referral_status.redirected", "Henvist videre", "Tilvist vidare", "Redirected"},
    {"referral_status.closed", "Avsluttet", "Avslutta", "Closed"},
    {"urgency.normal", "Vanlig", "Vanleg", "Normal"},
    {"urgency.soon", "Snart", "Snart", "Soon"},
    {"urgency.urgent", "Haster", "Hastar", "Urgent"},
};
}  // namespace

std::span<const CatalogueEntry> person() { return kEntries; }

}  // namespace opp::strings
