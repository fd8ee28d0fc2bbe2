// The demo store (demo.hpp): the synthetic caseload, then the three personas. A persona is data:
// who they are, the practitioners of their team as the register holds them, their quarterly
// measurements, and their story, a table of steps in the order the team would have recorded them
// had they recorded it as it happened. One small walker (Teller) turns the steps into records.
#include "core/synthetic/demo.hpp"

#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/rules/case_flow.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/risk_screening.hpp"
#include "core/synthetic/caseload.hpp"

namespace opp::synthetic {
namespace {

// A synthetic identity number (month + 80, which no real person has), like caseload.cpp's: the
// first individual number from `individual` on that check digits fit, in the classic range of
// the birth year's century so the number agrees with the date.
std::string synthetic_national_id(Date birth, int individual) {
  const date::year_month_day ymd = birth.ymd();
  const int year = static_cast<int>(ymd.year());
  for (int n = individual; n <= (year >= 2000 ? 999 : 499); ++n) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%02u%02u%02d%03d", static_cast<unsigned>(ymd.day()),
                  static_cast<unsigned>(ymd.month()) + 80, year % 100, n);
    if (std::optional<std::string> number = complete_national_id(std::string_view(digits, 9))) return *number;
  }
  return "";
}

// [SECTION] The tables' vocabulary

// A day in a story, never a fixed date, so the demo is always current: so many days after the
// referral that opened the case was received (at), after the first referral (after_first: Kasper's
// level-2 one), or from today (from_today: what is recent or planned).
enum class From { Referral, FirstReferral, Today };
struct When {
  From from;
  int days;
};
constexpr When at(int days) { return {From::Referral, days}; }
constexpr When after_first(int days) { return {From::FirstReferral, days}; }
constexpr When from_today(int days) { return {From::Today, days}; }

// A short list held in a table row: a std::initializer_list member would dangle once the row is
// copied into its Step. More than N items does not compile.
template <typename T, std::size_t N>
struct List {
  T items[N]{};
  std::size_t size = 0;
  constexpr List() = default;
  constexpr List(std::initializer_list<T> list) {
    for (const T& item : list) items[size++] = item;
  }
  constexpr const T* begin() const { return items; }
  constexpr const T* end() const { return items + size; }
};

// What later steps call a practitioner (and the team member they become), a relative on the
// team, a goal or a meeting.
using Key = std::string_view;

// A practitioner of a persona's team, as the register holds them.
struct Staff {
  Key key;
  std::string_view name, role, service;
  CareLevel level;
};

// One quarterly measurement's counts but the hospital admissions: those are counted from the
// person's dated admissions in the three months up to the measurement, so the two never disagree.
struct Quarter {
  int gp, emergency, municipal, specialist, medications, departments, proactive;
};

// Who a persona is; what happens to them is their story, a table of Steps beside it.
struct Persona {
  std::string_view name;
  int years, months;  // the age today
  std::string_view municipality;
  int individual;  // where synthetic_national_id starts looking
  // Days from today: the referral that opened the case, and the first referral (the day the
  // person was registered), the same unless an earlier one was redirected.
  int referral, first_referral;
  TargetGroup group;
  List<Staff, 6> staff;
  List<Quarter, 5> quarters;  // at inclusion and every three months after it (the Ahus measurement plan)
};

// The steps of a story, each what one command would have recorded. A story is one table in the
// order the team recorded things, not a table per kind of record: each record takes the next id,
// so the order is part of the store, and moving a step changes the demo's ids.
struct Consents {
  When given;
  ConsentKind kind;
  std::string_view relative = {};
};

// The risk screening's inputs as the reporter filled them in (what a row leaves out was left empty).
// The date, birth date and municipality are the referral's and the person's; the services involved
// are the referral's, counted.
struct Risk {
  std::optional<int> admissions_12m = {}, medications = {}, clinical_frailty = {};
  std::optional<bool> lives_alone = {}, functional_decline = {};
  std::string_view concern;
};
struct Triaged {
  When date;
  TriageLevel level;
  bool needs_coordinator, needs_plan, needs_team;
  Key coordinator;  // from the staff, or none
  std::string_view note;
};
// A referral, its screening and its latest triage (a referral keeps one triage: earlier decisions
// are the audit trail's, and a generated store has none). The observations and the triage note
// may name the first referral's day as {first_referral}. Accepted, it opens the case on the day
// of its triage, and the coordinator the triage appointed from the register joins the team that
// day, as accepting does in the app.
struct Refers {
  When received;
  Key reporter;  // from the staff: the referral carries their name and role
  ReporterService reporter_service;
  std::string_view observed, what_matters;
  Urgency urgency = Urgency::Normal;
  List<ReporterService, 5> services;
  Risk risk;
  Triaged triage;
  ReferralStatus status;
  std::string_view status_reason = {}, redirected_to = {};
};

// Members from the register take the register's name, profession, service and level.
struct Joins {
  When joined;
  List<Key, 6> staff;
};
// A relative joins under the person's RelativeInvolvement consent naming them (give that first).
struct RelativeJoins {
  When joined;
  Key key;
  std::string_view name, role;
};

// A meeting not yet held (after today) has an agenda and participants, no decisions.
struct Meets {
  When date;
  MeetingType type;
  List<Key, 7> participants;
  bool person_present;
  std::string_view agenda, decisions = {}, next_steps = {};
  Key key = {};  // for the measures agreed there or a rating of it
};

struct SetsGoal {
  Key key;
  std::string_view text;
  When established;
};
struct SetsSubgoal {
  Key parent;
  std::string_view text;
  When established;
};
struct Note {
  When date;
  std::string_view text;
};
struct SetsMeasure {
  Key goal;
  std::string_view text;
  Key responsible;  // a team member
  std::optional<When> due;
  MeasureStatus status;
  Key from_meeting;  // or none
  List<Note, 2> evaluations = {};
};
struct EvaluatesGoal {
  Key goal;
  When date;
  GoalOutcome outcome;
  std::string_view note;
};

// A move on the board by the coordinator, as MoveCase applies it.
struct Moves {
  When date;
  CaseStage stage;
  std::string_view reason = {};
};

struct Logs {
  When date;
  Key author;  // from the staff
  RelayEntryKind kind;
  std::string_view text;
};

struct Admitted {
  When date;
  AdmissionKind kind;
  int bed_days;
  std::string_view note;
  When seen;
};

// PSFS: the activities the person names, then the coordinator's conversations, with a score for
// each activity in the order named.
struct NamesActivities {
  When added;
  List<std::string_view, 5> texts;
};
struct Scores {
  When date;
  List<int, 5> scores;
};

// The person's experience of the follow-up, asked at a meeting (its date is the meeting's).
struct RatesMeeting {
  Key meeting;
  List<int, kQualityItems> answers;
  std::string_view comment;
};

using Step = std::variant<Consents, Refers, Joins, RelativeJoins, Meets, SetsGoal, SetsSubgoal, SetsMeasure,
                          EvaluatesGoal, Moves, Logs, Admitted, NamesActivities, Scores, RatesMeeting>;

// [SECTION] Kasper (9) and his mother Pia: children and families
//
// The BTI escalation from level 2 to 3. The app triages only referrals still in the queue, so each
// level has its own referral: the school's, triaged BTI 2 and redirected to the services that
// follow Kasper up on level 2 (the school and the school nurse, who keep the relay log); and, when
// the relay log says level 2 is not enough, the school nurse's eleven months ago, triaged BTI 3
// (its note names the level-2 referral) and accepted with a child coordinator, which opened the
// case. The relay log records the lift on the day of that triage.
constexpr Persona kKasper{
    .name = kDemoKasper, .years = 9, .months = 7, .municipality = "Lillestrøm", .individual = 512,
    .referral = -330, .first_referral = -640, .group = TargetGroup::ChildrenFamilies,
    .staff = {{"coordinator", "Hanne Grøtteland", "barnekoordinator", "Koordinerende enhet for barn og unge",
               CareLevel::Municipal},
              {"teacher", "Siri Vassbotn", "kontaktlærer", "Skolen", CareLevel::OtherSector},
              {"nurse", "Ingrid Sælebakk", "helsesykepleier", "Skolehelsetjenesten", CareLevel::Municipal},
              {"kindergarten", "Mona Tveitane", "pedagogisk leder", "Barnehagen (lillesøster Tiril)",
               CareLevel::OtherSector},
              {"child_welfare", "Jonas Ramsvik", "barnevernskonsulent", "Barneverntjenesten", CareLevel::Municipal},
              {"gp", "Erlend Tverå", "fastlege", "Legekontoret", CareLevel::Gp}},
    .quarters = {{1, 0, 9, 0, 0, 0, 2}, {1, 0, 14, 0, 0, 0, 6}, {0, 0, 11, 0, 0, 0, 5}, {0, 0, 7, 0, 0, 0, 4}},
};

constexpr Step kKasperStory[] = {
    Consents{after_first(0), ConsentKind::Guardian, kDemoPia},
    Consents{after_first(0), ConsentKind::Sharing},

    // Level 2: the school's referral.
    Refers{
        .received = after_first(0), .reporter = "teacher", .reporter_service = ReporterService::School,
        .observed = "Kasper har ofte vondt i magen om morgenen og har hatt 12 % fravær dette halvåret. Han er stille "
                    "og sliten i timene. Mor er alene med Kasper og lillesøsteren og ber om råd.",
        .what_matters = "Kasper: «Å få være med på fotball.» Pia: «At Kasper gleder seg til skolen igjen.»",
        .services = {ReporterService::School, ReporterService::HealthStation},
        .risk = {.concern = "Fravær og magesmerter om morgenen."},
        .triage = {after_first(7), TriageLevel::Bti2, false, false, false, {},
                   "BTI nivå 2: skolen og helsesykepleier samarbeider med mor. Kontaktlærer er stafettholder. "
                   "Ny vurdering om tiltakene ikke virker."},
        .status = ReferralStatus::Redirected,
        .status_reason = "Behovet kan møtes på BTI nivå 2 med stafettlogg i skolen og skolehelsetjenesten.",
        .redirected_to = "Skolen og skolehelsetjenesten (BTI nivå 2)",
    },
    Logs{after_first(10), "teacher", RelayEntryKind::Measure,
         "Stafettlogg startet (BTI nivå 2). Kasper får fast plass ved siden av en venn, og mor får en kort beskjed "
         "hver fredag om hvordan uka har vært."},
    Logs{after_first(75), "nurse", RelayEntryKind::Measure,
         "Samtaler med Kasper annenhver uke om magesmerter og søvn. Mor har fått råd om faste kveldsrutiner."},
    Logs{after_first(160), "teacher", RelayEntryKind::Evaluation,
         "Fraværet er omtrent som før, rundt 12 %. Kasper gråter ofte når han leveres om morgenen."},
    Logs{after_first(250), "teacher", RelayEntryKind::Concern,
         "Fraværet har økt til over 20 %. Kasper sier han ikke orker skolen."},
    Logs{at(0), "nurse", RelayEntryKind::Concern,
         "Tiltakene på nivå 2 er ikke nok: fraværet er over 30 %, og Kasper sover dårlig. Mor er sliten og har selv "
         "tatt kontakt med barneverntjenesten for veiledning. Behovet meldes til koordinerende enhet med mors "
         "samtykke."},

    // Level 3: the school nurse's referral, accepted with a child coordinator.
    Refers{
        .received = at(0), .reporter = "nurse", .reporter_service = ReporterService::HealthStation,
        .observed = "Fraværet har økt til over 30 %. Kasper sover dårlig, har magesmerter og gråter om morgenen. "
                    "Tiltakene på BTI nivå 2 (stafettlogg siden {first_referral}) har ikke vært nok. Mor har selv "
                    "kontaktet barneverntjenesten og ønsker veiledning hjemme. Flere tjenester er inne og trenger én "
                    "som holder i trådene.",
        .what_matters =
            "Kasper: «Å være med på fotballtreningen igjen.» Pia: «Rolige morgener, og at noen holder i trådene.»",
        .urgency = Urgency::Soon,
        .services = {ReporterService::School, ReporterService::HealthStation, ReporterService::Kindergarten,
                     ReporterService::ChildWelfare, ReporterService::GpMessage},
        .risk = {.functional_decline = true, .concern = "Økende skolefravær; nivå 2 har ikke vært nok."},
        .triage = {at(5), TriageLevel::Bti3, true, true, true, "coordinator",
                   "Løftet fra BTI nivå 2 (innmelding {first_referral}) til nivå 3: flere tjenester må samarbeide "
                   "tett. Barnekoordinator oppnevnes, individuell plan og oppfølgingsteam."},
        .status = ReferralStatus::Accepted,
    },
    Consents{at(5), ConsentKind::RelativeInvolvement, kDemoPia},
    Logs{at(5), "coordinator", RelayEntryKind::Measure,
         "Vurdert fra BTI nivå 2 til nivå 3. Barnekoordinator er oppnevnt og kaller inn til nettverksmøte med mor, "
         "skolen, helsesykepleier, barnehagen, barneverntjenesten og fastlegen."},

    // Mapping: a home visit; Kasper and Pia name what matters in their own words.
    Moves{at(7), CaseStage::Mapping},
    NamesActivities{at(12),
                    {"Være på skolen hele dagen", "Sove gjennom natten", "Være med på fotballtrening",
                     "Gå til skolen sammen med en venn"}},
    Scores{at(12), {2, 3, 1, 2}},

    // Team established at the network meeting at the school; the plan is made there.
    Joins{at(26), {"teacher", "nurse", "kindergarten", "child_welfare", "gp"}},
    RelativeJoins{at(26), "pia", kDemoPia, "mor"},
    Meets{at(26), MeetingType::Network,
          {"coordinator", "teacher", "nurse", "kindergarten", "child_welfare", "gp", "pia"}, true,
          "Bli kjent; hva som er viktig for Kasper og Pia; hvem gjør hva.",
          "Hanne Grøtteland er barnekoordinator. Individuell plan med tre mål. Stafettloggen fra nivå 2 følger med inn "
          "i planen. Kasper var med den første halvtimen og tegnet hvordan en god morgen ser ut.",
          "Fast voksen i skolegården fra mandag. Helsesykepleier avtaler samtaler. Fastlegen kaller inn til time. "
          "Barneverntjenesten starter veiledning hjemme.",
          "network"},
    Moves{at(26), CaseStage::TeamEstablished},

    SetsGoal{"school", "Kasper er på skolen hele dagen og trives der", at(26)},
    SetsSubgoal{"school", "Fraværet er under 10 % innen et halvt år", at(26)},
    SetsMeasure{"school", "Fast voksen tar imot Kasper i skolegården hver morgen", "teacher", at(33),
                MeasureStatus::Done, "network",
                {{at(90), "Fungerer godt; Kasper går rett inn i klassen de fleste dager."}}},
    SetsMeasure{"school", "Samtaler med helsesykepleier annenhver uke", "nurse", from_today(21),
                MeasureStatus::InProgress, "network",
                {{at(160), "Magesmertene er sjeldnere. Fortsetter til evalueringen."}}},
    SetsGoal{"home", "Rolige morgener og kvelder hjemme", at(26)},
    SetsSubgoal{"home", "Kasper sovner før kl. 21 de fleste kvelder", at(26)},
    SetsMeasure{"home", "Veiledning hjemme for mor (hjelpetiltak fra barneverntjenesten)", "child_welfare",
                from_today(60), MeasureStatus::InProgress, "network",
                {{at(160), "Mor opplever at kveldsrutinene er lettere å holde. Fortsetter med færre besøk."}}},
    SetsMeasure{"home", "Utredning av søvn og magesmerter", "gp", at(60), MeasureStatus::Done, "network",
                {{at(60), "Ingen somatisk årsak funnet. Søvnhygiene og faste måltider anbefalt."}}},
    SetsMeasure{"home", "Felles morgenrutine: Tiril leveres i barnehagen først, så følges Kasper til skolen",
                "kindergarten", at(40), MeasureStatus::Done, "network"},
    SetsGoal{"football", "Kasper er med på fotballtreningen", at(26)},
    SetsMeasure{"football", "Avtale med treneren om en rolig start; mor er med de første gangene", "pia", at(120),
                MeasureStatus::Done, "network", {{at(230), "Kasper er med på trening hver uke."}}},
    SetsMeasure{"school", "Plan for hvordan skolen holder tiltakene ved like etter evalueringen", "teacher",
                from_today(45), MeasureStatus::Planned, {}},
    Moves{at(33), CaseStage::FollowUp},

    // Follow-up: collaboration meetings about every two months, PSFS about every three.
    Scores{at(95), {3, 4, 3, 3}},
    Meets{at(90), MeetingType::Collaboration, {"coordinator", "teacher", "nurse", "child_welfare", "pia"}, false,
          "Status for fravær, søvn og morgener.", "Tiltakene fortsetter. Fraværet siste måned er 18 %.",
          "Ny status om to måneder."},
    Logs{at(95), "coordinator", RelayEntryKind::Evaluation,
         "Fraværet er nede fra over 30 % til 18 %. Morgenene er fortsatt tunge to dager i uka."},
    Meets{at(160), MeetingType::Collaboration, {"coordinator", "teacher", "nurse", "kindergarten", "pia"}, false,
          "Status; hvordan fungerer den felles morgenrutinen?",
          "Morgenrutinen fungerer. Helsesykepleier fortsetter samtalene.", "Ny status om to måneder."},
    Scores{at(180), {5, 5, 4, 5}},
    Meets{at(230), MeetingType::Collaboration, {"coordinator", "teacher", "child_welfare", "gp", "pia"}, true,
          "Status; Kasper forteller selv om fotballen.",
          "Fraværet siste to måneder er 8 %. Barneverntjenestens veiledning trappes ned.",
          "Kontaktlærer og mor avtaler hvordan tiltakene på skolen holdes ved like."},
    EvaluatesGoal{"school", at(230), GoalOutcome::Partly, "Fraværet er 8 % de siste to månedene; delmålet er nådd."},
    Scores{at(265), {6, 7, 6, 6}},
    Logs{at(270), "teacher", RelayEntryKind::Evaluation,
         "Kasper har vært på skolen hele dagen fire av fem dager de siste ukene, og går til skolen med en venn."},
    Meets{at(300), MeetingType::Collaboration, {"coordinator", "teacher", "nurse", "child_welfare", "pia"}, false,
          "Status og forberedelse til evaluering.", "Planen evalueres på neste møte.",
          "Barnekoordinator forbereder evalueringen med Kasper og Pia."},
    Scores{from_today(-10), {7, 6, 7, 6}},
    Meets{from_today(21), MeetingType::Evaluation,
          {"coordinator", "teacher", "nurse", "kindergarten", "child_welfare", "gp", "pia"}, true,
          "Evaluering av planen; Kaspers egne ord om skolen, søvnen og fotballen."},
};

// [SECTION] Morten (28): mental health and substance use
constexpr Persona kMorten{
    .name = kDemoMorten, .years = 28, .months = 5, .municipality = "Ullensaker", .individual = 212,
    .referral = -420, .first_referral = -420, .group = TargetGroup::MentalHealthSubstance,
    .staff = {{"coordinator", "Kjersti Bakkebø", "psykiatrisk sykepleier", "Psykisk helse og rus",
               CareLevel::Municipal},
              {"nav", "Nils Ove Brattbakk", "veileder", "NAV", CareLevel::OtherSector},
              {"gp", "Camilla Øvrebø Strand", "fastlege", "Legekontoret", CareLevel::Gp},
              {"psychologist", "Henrik Tjøstheim", "psykolog", "DPS, ambulant team", CareLevel::Hospital},
              {"housing", "Eivind Nesjø", "boligkonsulent", "Boligkontoret", CareLevel::Municipal},
              {"support", "Sara Myrhaug", "miljøterapeut", "Psykisk helse og rus", CareLevel::Municipal}},
    .quarters = {{3, 1, 10, 4, 2, 1, 4}, {2, 0, 14, 5, 1, 0, 8}, {3, 1, 16, 3, 2, 1, 9}, {1, 0, 12, 4, 1, 0, 7},
                 {1, 0, 10, 3, 1, 0, 6}},
};

constexpr Step kMortenStory[] = {
    Consents{at(0), ConsentKind::Referral},
    Consents{at(0), ConsentKind::Sharing},
    Admitted{at(-42), AdmissionKind::Acute, 9, "Akuttpsykiatrisk avdeling: angst, søvnløshet og rus.", at(8)},
    Refers{
        .received = at(0), .reporter = "gp", .reporter_service = ReporterService::GpMessage,
        .observed = "Angst og depresjon, økende bruk av cannabis og alkohol. Mistet leiligheten for to måneder siden "
                    "og sover hos en kamerat. Møter ikke til avtalene hos NAV. Var akuttinnlagt for seks uker siden.",
        .what_matters = "«Et sted å bo som er mitt eget, og å komme tilbake i jobb.»",
        .urgency = Urgency::Soon,
        .services = {ReporterService::GpMessage, ReporterService::Nav, ReporterService::Hospital,
                     ReporterService::MentalHealthSubstance},
        .risk = {.admissions_12m = 1, .medications = 2, .lives_alone = false, .functional_decline = true,
                 .concern = "Uten fast bolig; rus og angst."},
        .triage = {at(6), TriageLevel::AdultCollaborationSeveral, true, true, true, "coordinator",
                   "Flere tjenester må samarbeide. Psykiatrisk sykepleier fra Psykisk helse og rus blir koordinator."},
        .status = ReferralStatus::Accepted,
    },
    Moves{at(8), CaseStage::Mapping},
    NamesActivities{
        at(10), {"Sove gjennom natten", "Handle og lage middag", "Møte opp på avtaler", "Trene på treningssenteret"}},
    Scores{at(10), {3, 2, 2, 2}},

    Joins{at(24), {"nav", "gp", "psychologist", "housing"}},
    Meets{at(24), MeetingType::Network, {"coordinator", "nav", "gp", "psychologist", "housing"}, true,
          "Mortens mål; bolig, aktivitet og behandling; hvem gjør hva.",
          "Kjersti Bakkebø er koordinator. Bolig er første prioritet. Det ambulante teamet fra DPS kommer hjem til "
          "Morten.",
          "Søknad om kommunal bolig sendes. NAV avklarer arbeidsrettet aktivitet.", "network"},
    Moves{at(24), CaseStage::TeamEstablished},
    SetsGoal{"home", "Egen bolig med fast leiekontrakt", at(24)},
    SetsSubgoal{"home", "Søknad om kommunal bolig er sendt", at(24)},
    SetsMeasure{"home", "Søke kommunal bolig og bostøtte", "housing", at(60), MeasureStatus::Done, "network",
                {{at(55), "Søknad sendt med legeerklæring."}, {at(300), "Kommunal leilighet tildelt."}}},
    SetsGoal{"activity", "Komme i aktivitet og på sikt i jobb", at(24)},
    SetsMeasure{"activity", "Arbeidsrettet aktivitet tre dager i uka", "nav", from_today(60),
                MeasureStatus::InProgress, "network"},
    SetsGoal{"coping", "Mestre angsten uten rus", at(24)},
    SetsMeasure{"coping", "Samtaler med psykolog fra det ambulante teamet hver uke", "psychologist", from_today(30),
                MeasureStatus::InProgress, "network"},
    SetsMeasure{"coping", "Legemiddelgjennomgang", "gp", at(45), MeasureStatus::Done, "network",
                {{at(40), "Sovemedisin trappet ned; ny avtale om tre måneder."}}},
    Moves{at(31), CaseStage::FollowUp},

    // Going well at first.
    Logs{at(40), "nav", RelayEntryKind::Measure,
         "Avklaring startet: Morten møter på arbeidstrening på et verksted tre dager i uka."},
    Meets{at(95), MeetingType::Collaboration, {"coordinator", "nav", "psychologist", "housing"}, true,
          "Status: bolig, aktivitet og samtaler.",
          "Morten møter på arbeidstreningen. Boligsøknaden er til behandling.", "Ny status om to måneder."},
    Scores{at(95), {5, 5, 6, 4}},
    Logs{at(120), "housing", RelayEntryKind::Evaluation,
         "Boligsøknaden er under behandling; Morten står på venteliste."},

    // The relapse: the case moves back to "team established" and the plan is redone with him.
    Logs{at(158), "nav", RelayEntryKind::Concern,
         "Morten har ikke møtt på arbeidstreningen de siste to ukene og svarer ikke på telefon."},
    Admitted{at(165), AdmissionKind::Acute, 6, "Avrusning etter tilbakefall.", at(166)},
    Logs{at(166), "coordinator", RelayEntryKind::Concern,
         "Innlagt til avrusning etter tilbakefall. Kontakt med avdelingen om utskrivning og møte rett etter."},
    Scores{at(172), {2, 2, 1, 1}},
    Joins{at(178), {"support"}},
    Meets{at(178), MeetingType::Collaboration, {"coordinator", "nav", "gp", "psychologist", "support"}, true,
          "Tilbakefallet: hva skjedde, og hva trenger Morten nå?",
          "Planen gjøres om. Miljøterapeut kommer inn i teamet med ukentlige samtaler om rus og mestring. "
          "Arbeidstreningen settes på pause i fire uker.",
          "Nytt delmål om rus. Tilbake til oppfølging når planen er justert.", "crisis"},
    Moves{at(178), CaseStage::TeamEstablished, "Tilbakefall: planen gjøres om."},
    EvaluatesGoal{"coping", at(178), GoalOutcome::NotAchieved, "Tilbakefall etter en tung periode; planen justeres."},
    SetsSubgoal{"coping", "Ingen rus de tre første månedene etter avrusningen", at(178)},
    SetsMeasure{"coping", "Ukentlige samtaler om rus og mestring", "support", from_today(40),
                MeasureStatus::InProgress, "crisis",
                {{at(262), "Morten møter hver uke. Ingen rus siden utskrivning, sier han."}}},
    Moves{at(186), CaseStage::FollowUp},

    // Better again, and a home of his own.
    Meets{at(262), MeetingType::Collaboration, {"coordinator", "nav", "psychologist", "support", "housing"}, true,
          "Status etter justert plan.", "Arbeidstreningen er i gang igjen, to dager i uka.",
          "Boligkonsulenten følger opp ventelisten."},
    Scores{at(265), {5, 5, 6, 4}},
    Logs{at(300), "housing", RelayEntryKind::Measure,
         "Morten har fått kontrakt på en kommunal leilighet og flytter inn neste uke. Boveiledning de første "
         "månedene."},
    SetsMeasure{"home", "Boveiledning de første månedene i ny leilighet", "support", from_today(50),
                MeasureStatus::InProgress, {}},
    Meets{at(350), MeetingType::Collaboration, {"coordinator", "nav", "gp", "support", "housing"}, true,
          "Status i ny bolig.", "Boligmålet er nådd. Arbeidstreningen økes til tre dager i uka.",
          "Ny status om to måneder."},
    EvaluatesGoal{"home", at(350), GoalOutcome::Achieved, "Bor i egen kommunal leilighet med fast kontrakt."},
    EvaluatesGoal{"coping", at(350), GoalOutcome::Partly, "Ingen nye tilbakefall; angsten er fortsatt til stede."},
    Logs{at(380), "coordinator", RelayEntryKind::Evaluation,
         "Stabil i egen bolig og møter på arbeidstreningen tre dager i uka."},
    Scores{from_today(-12), {6, 6, 7, 5}},
    Meets{from_today(10), MeetingType::Collaboration, {"coordinator", "nav", "psychologist", "support"}, true,
          "Status; plan for arbeidspraksis."},
};

// [SECTION] Klara (75): frail elderly
constexpr std::string_view kKlarasDaughter = "Bente Østbø";

// 75 on the referral date and still today (76 next month), so the Ahus inclusion rule matches.
constexpr Persona kKlara{
    .name = kDemoKlara, .years = 75, .months = 11, .municipality = "Lørenskog", .individual = 150,
    .referral = -300, .first_referral = -300, .group = TargetGroup::FrailElderly,
    .staff = {{"coordinator", "Marianne Hovde Sætre", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal},
              {"gp", "Olav Kringstad", "fastlege", "Legekontoret", CareLevel::Gp},
              {"hospital", "Ragnhild Fossli", "overlege", "Sykehuset, medisinsk avdeling", CareLevel::Hospital},
              {"physio", "Kari Aasmundstad", "fysioterapeut", "Hverdagsrehabilitering", CareLevel::Municipal}},
    .quarters = {{3, 2, 30, 2, 11, 2, 6}, {2, 1, 42, 1, 9, 1, 12}, {2, 0, 38, 1, 9, 1, 12}, {1, 0, 30, 1, 9, 0, 10}},
};

constexpr Step kKlaraStory[] = {
    Consents{at(0), ConsentKind::Referral},
    Consents{at(0), ConsentKind::Sharing},

    // Seven admissions in the twelve months before the referral (and so before inclusion); the
    // last is the stay the hospital refers her from. The coordinator went through them at mapping.
    Admitted{at(-345), AdmissionKind::Acute, 5, "Forverret hjertesvikt.", at(5)},
    Admitted{at(-290), AdmissionKind::Acute, 7, "KOLS-forverring.", at(5)},
    Admitted{at(-228), AdmissionKind::Acute, 4, "Fall hjemme; brudd i håndleddet.", at(5)},
    Admitted{at(-170), AdmissionKind::Acute, 6, "Forverret hjertesvikt.", at(5)},
    Admitted{at(-115), AdmissionKind::Acute, 9, "Lungebetennelse.", at(5)},
    Admitted{at(-58), AdmissionKind::Acute, 5, "Forverret hjertesvikt.", at(5)},
    Admitted{at(-6), AdmissionKind::Acute, 8, "Forverret hjertesvikt og dehydrering.", at(5)},

    Refers{
        .received = at(0), .reporter = "hospital", .reporter_service = ReporterService::Hospital,
        .observed = "Bor alene i andre etasje uten heis. Hjertesvikt og KOLS. Sjuende innleggelse på tolv måneder, nå "
                    "med forverret hjertesvikt. Klarer ikke trappene lenger og har sluttet å lage middag.",
        .what_matters = "«Å bo hjemme i leiligheten min og klare meg selv, uten å havne på sykehuset hele tiden.»",
        .urgency = Urgency::Soon,
        .services = {ReporterService::Hospital, ReporterService::HomeCare, ReporterService::GpMessage},
        .risk = {.admissions_12m = 7, .medications = 11, .clinical_frailty = 6, .lives_alone = true,
                 .functional_decline = true, .concern = "Mange innleggelser; bor alene."},
        .triage = {at(3), TriageLevel::AdultCollaborationSeveral, true, true, true, "coordinator",
                   "Oppfyller inklusjonskriteriene: 75 år, 7 innleggelser siste 12 måneder, CFS 6. Sykepleier i "
                   "hjemmetjenesten blir koordinator."},
        .status = ReferralStatus::Accepted,
    },
    Consents{at(3), ConsentKind::RelativeInvolvement, kKlarasDaughter},
    Moves{at(5), CaseStage::Mapping},
    Logs{at(5), "coordinator", RelayEntryKind::Measure,
         "Kartleggingsbesøk hjemme med datteren til stede. Klara vil bo hjemme; hun er redd for trappene og for å "
         "bli innlagt igjen."},
    NamesActivities{at(8), {"Gå i trapper", "Lage middag", "Dusje selv", "Gå til postkassen"}},
    Scores{at(8), {2, 3, 2, 1}},

    Joins{at(16), {"gp", "hospital", "physio"}},
    RelativeJoins{at(16), "daughter", kKlarasDaughter, "datter"},
    Meets{at(16), MeetingType::Network, {"coordinator", "gp", "hospital", "physio", "daughter"}, true,
          "Hjemme hos Klara: hva er viktig for henne, og hva kan hindre nye innleggelser?",
          "Marianne Hovde Sætre er koordinator. Egenbehandlingsplan for hjertesvikt. Hverdagsrehabilitering i tolv "
          "uker.",
          "Fastlegen gjør legemiddelgjennomgang. Overlegen lager avtale om direkte kontakt ved forverring.", "network"},
    Moves{at(16), CaseStage::TeamEstablished},
    SetsGoal{"safe", "Bo trygt hjemme og unngå nye innleggelser", at(16)},
    SetsSubgoal{"safe", "Kjenne igjen tegn på forverring og ringe tidlig", at(16)},
    SetsMeasure{"safe", "Daglig vekt og symptomskjema; hjemmetjenesten følger opp", "coordinator", from_today(28),
                MeasureStatus::InProgress, "network",
                {{at(150), "Klara veier seg selv hver morgen og ringer ved økning."}}},
    SetsMeasure{"safe", "Legemiddelgjennomgang og justering av vanndrivende", "gp", at(30), MeasureStatus::Done,
                "network", {{at(28), "Fra elleve til ni faste legemidler."}}},
    SetsMeasure{"safe", "Egenbehandlingsplan og direkte kontakt med medisinsk avdeling ved forverring", "hospital",
                at(30), MeasureStatus::Done, "network"},
    SetsGoal{"daily", "Klare dagliglivet selv", at(16)},
    SetsSubgoal{"daily", "Dusje selv med dusjkrakk", at(16)},
    SetsMeasure{"daily", "Hverdagsrehabilitering: trappetrening to ganger i uka", "physio", at(100),
                MeasureStatus::Done, "network", {{at(100), "Går trappene med gelender og pauser."}}},
    SetsMeasure{"daily", "Dusjkrakk og håndtak på badet", "physio", at(30), MeasureStatus::Done, "network"},
    SetsMeasure{"daily", "Middag sammen med datteren på søndager; handleliste sammen", "daughter", std::nullopt,
                MeasureStatus::InProgress, "network"},
    Moves{at(23), CaseStage::FollowUp},

    Logs{at(30), "physio", RelayEntryKind::Measure, "Hverdagsrehabilitering startet: trappetrening og dusj med krakk."},
    Scores{at(70), {3, 4, 4, 2}},
    Meets{at(75), MeetingType::Collaboration, {"coordinator", "gp", "physio", "daughter"}, true,
          "Status etter første måned.", "Vekten er stabil. Treningen fortsetter.", "Ny status om to måneder."},
    // One short admission since inclusion, caught early by her own call.
    Admitted{at(140), AdmissionKind::Acute, 3, "Lungebetennelse; kort opphold.", at(141)},
    Logs{at(141), "coordinator", RelayEntryKind::Concern,
         "Innlagt med lungebetennelse. Hjemmetjenesten har kontakt med avdelingen om utskrivning."},
    Logs{at(146), "hospital", RelayEntryKind::Evaluation,
         "Utskrevet etter tre døgn. Egenbehandlingsplanen virket: hun ringte selv tidlig."},
    Scores{at(150), {4, 4, 5, 3}},
    Meets{at(150), MeetingType::Collaboration, {"coordinator", "gp", "hospital", "daughter"}, true,
          "Etter innleggelsen: hva gikk bra, hva kan bli bedre?",
          "Planen fungerer. Hjemmetjenesten ringer dagen etter hver legetime.", "Evaluering om fire måneder."},
    Scores{at(220), {5, 6, 6, 4}},

    // Evaluation three weeks ago, with her experience of the follow-up.
    Scores{from_today(-21), {6, 6, 7, 5}},
    Meets{from_today(-21), MeetingType::Evaluation, {"coordinator", "gp", "hospital", "physio", "daughter"}, true,
          "Evaluering av planen.",
          "Én kort innleggelse siden inklusjon, mot sju året før. Klara går trappene og dusjer selv.",
          "Oppfølgingen fortsetter med færre besøk. Nytt samarbeidsmøte om en måned.", "evaluation"},
    EvaluatesGoal{"safe", from_today(-21), GoalOutcome::Achieved,
                  "Én kort innleggelse siden inklusjon, mot sju året før."},
    EvaluatesGoal{"daily", from_today(-21), GoalOutcome::Partly,
                  "Går trappene og dusjer selv; middag fortsatt med hjelp noen dager."},
    RatesMeeting{"evaluation", {5, 4, 5, 4, 5}, "Trygt å ha én å ringe til, og at sykehuset vet hvem jeg er."},
    Moves{from_today(-21), CaseStage::Evaluation},
    Meets{from_today(28), MeetingType::Collaboration, {"coordinator", "gp", "daughter"}, true,
          "Status; færre besøk fra hjemmetjenesten?"},
};

// [SECTION] The walker

// Tells a persona's story into the store: the register's practitioners and the person, then each
// step as its command would have recorded it, then the quarterly measurements and the case. Each id
// is the next of device 0's counter, in the order of the tables: the caseload's ids continue, so
// none clashes with the caseload's nor with a device's own.
struct Teller {
  Store& store;
  const Persona& persona;
  const Date today, referral, first_referral, birth;
  Id person = kNoId;
  std::optional<Case> opened;  // by the accepted referral
  std::string by;              // its coordinator: every move and PSFS conversation is theirs
  std::map<Key, Id> practitioners, members, goals, meetings;
  std::vector<Id> activities;

  Teller(Store& s, Date day, const Persona& p)
      : store(s),
        persona(p),
        today(day),
        referral(add_days(day, p.referral)),
        first_referral(add_days(day, p.first_referral)),
        birth(add_months(day, -(p.years * 12 + p.months))) {}

  Id next() { return next_id(store.id_counters, kLegacyDevice); }

  // A new record of the person's, with the next id.
  template <typename T>
  T record() {
    T r;
    r.id = next();
    r.person = person;
    return r;
  }

  Date on(When when) const {
    return add_days(when.from == From::Today ? today : when.from == From::Referral ? referral : first_referral,
                    when.days);
  }

  // A referral's text with {first_referral} as the first referral's day.
  std::string told(std::string_view text) const {
    constexpr std::string_view kFirst = "{first_referral}";
    std::string out(text);
    for (std::size_t i = out.find(kFirst); i != std::string::npos; i = out.find(kFirst, i)) {
      out.replace(i, kFirst.size(), to_display(first_referral));
    }
    return out;
  }

  const Practitioner& practitioner(Key key) const { return *store.find_practitioner(practitioners.at(key)); }

  void tell(std::span<const Step> story) {
    for (const Staff& s : persona.staff) {
      Practitioner p;
      p.id = practitioners[s.key] = next();
      p.name = std::string(s.name);
      p.role = std::string(s.role);
      p.service = std::string(s.service);
      p.level = s.level;
      store.practitioners.push_back(std::move(p));
    }
    Person p;
    p.id = person = next();
    p.name = std::string(persona.name);
    p.birth_date = birth;
    p.national_id = synthetic_national_id(birth, persona.individual);
    p.municipality = std::string(persona.municipality);
    p.registered = first_referral;
    store.persons.push_back(std::move(p));
    for (const Step& step : story) std::visit(*this, step);
    add_measurements();
    store.cases.push_back(std::move(opened.value()));
  }

  void operator()(const Consents& s) {
    Consent c = record<Consent>();
    c.kind = s.kind;
    c.relative_name = std::string(s.relative);
    c.given = on(s.given);
    store.consents.push_back(std::move(c));
  }

  void operator()(const Refers& s) {
    const Practitioner& reporter = practitioner(s.reporter);
    const Triaged& t = s.triage;
    Referral r = record<Referral>();
    r.received = on(s.received);
    r.reporter_name = reporter.name;
    r.reporter_role = reporter.role;
    r.reporter_service = s.reporter_service;
    r.observed = told(s.observed);
    r.what_matters = std::string(s.what_matters);
    r.urgency = s.urgency;
    r.services_involved.assign(s.services.begin(), s.services.end());
    RiskInputs inputs;
    inputs.referral_date = r.received;
    inputs.birth_date = birth;
    inputs.admissions_12m = s.risk.admissions_12m;
    inputs.medications = s.risk.medications;
    inputs.clinical_frailty = s.risk.clinical_frailty;
    inputs.lives_alone = s.risk.lives_alone;
    inputs.functional_decline = s.risk.functional_decline;
    inputs.services_involved = static_cast<int>(r.services_involved.size());
    inputs.municipality = std::string(persona.municipality);
    inputs.concern = std::string(s.risk.concern);
    r.screening = run_screening(effective_risk_rules(store), inputs);
    const Id coordinator = t.coordinator.empty() ? kNoId : practitioners.at(t.coordinator);
    r.triage = Triage{on(t.date), t.level, t.needs_coordinator, t.needs_plan, t.needs_team, coordinator, told(t.note)};
    r.status = s.status;
    r.status_reason = std::string(s.status_reason);
    r.redirected_to = std::string(s.redirected_to);
    store.referrals.push_back(r);
    if (r.status != ReferralStatus::Accepted) return;
    by = practitioner(t.coordinator).name;
    opened = new_case(r.id, person, r.id, persona.group, r.triage->date, by);
    join(t.coordinator, r.triage->date, true);
  }

  void join(Key key, Date joined, bool coordinator) {
    const Practitioner p = practitioner(key);
    store.team_members.push_back(member_from_register(next(), person, p, joined, coordinator));
    members[key] = store.team_members.back().id;
  }
  void operator()(const Joins& s) {
    for (const Key key : s.staff) join(key, on(s.joined), false);
  }

  void operator()(const RelativeJoins& s) {
    TeamMember m = record<TeamMember>();
    members[s.key] = m.id;
    m.name = std::string(s.name);
    m.role = std::string(s.role);
    m.level = CareLevel::Relative;
    m.joined = on(s.joined);
    store.team_members.push_back(std::move(m));
  }

  void operator()(const Meets& s) {
    Meeting m = record<Meeting>();
    m.type = s.type;
    m.date = on(s.date);
    for (const Key key : s.participants) m.participants.push_back(members.at(key));
    m.person_present = s.person_present;
    m.agenda = std::string(s.agenda);
    m.decisions = std::string(s.decisions);
    m.next_steps = std::string(s.next_steps);
    if (!s.key.empty()) meetings[s.key] = m.id;
    store.meetings.push_back(std::move(m));
  }

  Id add_goal(Id parent, std::string_view text, When established) {
    Goal g = record<Goal>();
    g.parent = parent;
    g.text = std::string(text);
    g.established = on(established);
    store.goals.push_back(g);
    return g.id;
  }
  void operator()(const SetsGoal& s) { goals[s.key] = add_goal(kNoId, s.text, s.established); }
  void operator()(const SetsSubgoal& s) { add_goal(goals.at(s.parent), s.text, s.established); }

  void operator()(const SetsMeasure& s) {
    Measure m;
    m.id = next();
    m.goal = goals.at(s.goal);
    m.text = std::string(s.text);
    m.responsible = members.at(s.responsible);
    if (s.due) m.due = on(*s.due);
    m.status = s.status;
    for (const Note& e : s.evaluations) m.evaluations.push_back({on(e.date), std::string(e.text)});
    m.from_meeting = s.from_meeting.empty() ? kNoId : meetings.at(s.from_meeting);
    store.measures.push_back(std::move(m));
  }

  void operator()(const EvaluatesGoal& s) {
    store.find_goal(goals.at(s.goal))->evaluations.push_back({on(s.date), s.outcome, std::string(s.note)});
  }

  // Inclusion is the first entry into "team established".
  void operator()(const Moves& s) {
    Case& c = opened.value();
    const Date date = on(s.date);
    c.stage = s.stage;
    c.history.push_back(StageChange{date, s.stage, by, std::string(s.reason)});
    if (!c.included && s.stage >= CaseStage::TeamEstablished && s.stage != CaseStage::Closed) c.included = date;
  }

  void operator()(const Logs& s) {
    RelayLogEntry e = record<RelayLogEntry>();
    e.date = on(s.date);
    e.author = practitioner(s.author).name;
    e.kind = s.kind;
    e.text = std::string(s.text);
    store.relay_log.push_back(std::move(e));
  }

  void operator()(const Admitted& s) {
    Admission a = record<Admission>();
    a.date = on(s.date);
    a.kind = s.kind;
    a.bed_days = s.bed_days;
    a.note = std::string(s.note);
    a.seen = on(s.seen);
    store.admissions.push_back(std::move(a));
  }

  void operator()(const NamesActivities& s) {
    for (const std::string_view text : s.texts) {
      PsfsActivity a = record<PsfsActivity>();
      a.text = std::string(text);
      a.added = on(s.added);
      activities.push_back(a.id);
      store.psfs_activities.push_back(std::move(a));
    }
  }

  void operator()(const Scores& s) {
    PsfsConversation c = record<PsfsConversation>();
    c.date = on(s.date);
    c.performed_by = by;
    std::size_t a = 0;
    for (const int score : s.scores) c.scores.push_back(PsfsScore{activities.at(a++), score});
    store.psfs_conversations.push_back(std::move(c));
  }

  void operator()(const RatesMeeting& s) {
    const Meeting& held = *store.find_meeting(meetings.at(s.meeting));
    QualitySurvey q = record<QualitySurvey>();
    q.meeting = held.id;
    q.date = held.date;
    q.answers.assign(s.answers.begin(), s.answers.end());
    q.comment = std::string(s.comment);
    store.quality_surveys.push_back(std::move(q));
  }

  // At inclusion and every three months after it; the story has added the admissions by then.
  void add_measurements() {
    const Date included = *opened.value().included;
    for (std::size_t k = 0; k < persona.quarters.size; ++k) {
      const Date date = add_months(included, 3 * static_cast<int>(k));
      const Date from = add_months(date, -3);
      const Quarter& q = persona.quarters.items[k];
      QuarterlyMeasurement m = record<QuarterlyMeasurement>();
      m.date = date;
      m.gp_contacts = q.gp;
      m.emergency_contacts = q.emergency;
      m.municipal_contacts = q.municipal;
      m.specialist_contacts = q.specialist;
      for (const Admission& a : store.admissions.of_person(person)) {
        if (from < a.date && a.date <= date) ++m.hospital_admissions;
      }
      m.medications = q.medications;
      m.hospital_departments = q.departments;
      m.proactive_services = q.proactive;
      store.measurements.push_back(m);
    }
  }
};

}  // namespace

Store generate_demo(const DemoSpec& spec) {
  Store store = generate_caseload(CaseloadSpec{spec.generated_persons, spec.seed, spec.today});
  Teller(store, spec.today, kKasper).tell(kKasperStory);
  Teller(store, spec.today, kMorten).tell(kMortenStory);
  Teller(store, spec.today, kKlara).tell(kKlaraStory);
  return store;
}

Store generate_demo(Date today) { return generate_demo(DemoSpec{today}); }

const Person* find_demo_persona(const Store& store, std::string_view name) {
  for (const Person& p : store.persons) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

}  // namespace opp::synthetic
