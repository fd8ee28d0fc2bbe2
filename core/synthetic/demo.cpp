// The demo store (demo.hpp): the synthetic caseload, then the three personas written out by hand,
// each with the records the app would hold had the team recorded their story as it happened.
#include "core/synthetic/demo.hpp"

#include <cstdio>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <utility>
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

// A practitioner of a persona's team, as the register holds them.
struct Staff {
  std::string_view name;
  std::string_view role;
  std::string_view service;
  CareLevel level;
};

// One quarterly measurement's counts but the hospital admissions: those are counted from the
// person's dated admissions in the three months up to the measurement, so the two never disagree.
struct Quarter {
  int gp, emergency, municipal, specialist, medications, departments, proactive;
};

// Appends records as the commands would have, each id the next of device 0's counter: the
// caseload's ids continue, so none clashes with the caseload's nor with a device's own.
struct Writer {
  Store& store;
  Date today;

  Id next() { return next_id(store.id_counters, kLegacyDevice); }

  Id add_person(std::string_view name, Date birth, std::string_view municipality, Date registered, int individual) {
    Person p;
    p.id = next();
    p.name = std::string(name);
    p.birth_date = birth;
    p.national_id = synthetic_national_id(birth, individual);
    p.municipality = std::string(municipality);
    p.registered = registered;
    store.persons.push_back(p);
    return p.id;
  }

  RiskScreening screening(const RiskInputs& inputs) const { return run_screening(effective_risk_rules(store), inputs); }

  void add_consent(Id person, ConsentKind kind, Date given, std::string_view relative = {}) {
    Consent c;
    c.id = next();
    c.person = person;
    c.kind = kind;
    c.relative_name = std::string(relative);
    c.given = given;
    store.consents.push_back(std::move(c));
  }

  Id add_practitioner(const Staff& staff) {
    Practitioner p;
    p.id = next();
    p.name = std::string(staff.name);
    p.role = std::string(staff.role);
    p.service = std::string(staff.service);
    p.level = staff.level;
    store.practitioners.push_back(p);
    return p.id;
  }

  // A member from the register takes the register's name, profession, service and level.
  Id add_member(Id person, Id practitioner, Date joined, bool coordinator = false) {
    const Practitioner p = *store.find_practitioner(practitioner);
    store.team_members.push_back(member_from_register(next(), person, p, joined, coordinator));
    return store.team_members.back().id;
  }

  // A relative joins under the person's RelativeInvolvement consent naming them (add that first).
  Id add_relative(Id person, std::string_view name, std::string_view role, Date joined) {
    TeamMember m;
    m.id = next();
    m.person = person;
    m.name = std::string(name);
    m.role = std::string(role);
    m.level = CareLevel::Relative;
    m.joined = joined;
    store.team_members.push_back(m);
    return m.id;
  }

  Id add_goal(Id person, Id parent, std::string_view text, Date established) {
    Goal g;
    g.id = next();
    g.person = person;
    g.parent = parent;
    g.text = std::string(text);
    g.established = established;
    store.goals.push_back(g);
    return g.id;
  }

  void evaluate_goal(Id goal, Date date, GoalOutcome outcome, std::string_view note) {
    store.find_goal(goal)->evaluations.push_back(GoalEvaluation{date, outcome, std::string(note)});
  }

  Id add_measure(Id goal, std::string_view text, Id responsible, std::optional<Date> due, MeasureStatus status,
                 Id from_meeting, std::vector<MeasureEvaluation> evaluations = {}) {
    Measure m;
    m.id = next();
    m.goal = goal;
    m.text = std::string(text);
    m.responsible = responsible;
    m.due = due;
    m.status = status;
    m.evaluations = std::move(evaluations);
    m.from_meeting = from_meeting;
    store.measures.push_back(m);
    return m.id;
  }

  // A meeting not yet held (after today) has an agenda and participants, no decisions.
  Id add_meeting(Id person, MeetingType type, Date date, std::vector<Id> participants, bool person_present,
                 std::string_view agenda, std::string_view decisions = {}, std::string_view next_steps = {}) {
    Meeting m;
    m.id = next();
    m.person = person;
    m.type = type;
    m.date = date;
    m.participants = std::move(participants);
    m.person_present = person_present;
    m.agenda = std::string(agenda);
    m.decisions = std::string(decisions);
    m.next_steps = std::string(next_steps);
    store.meetings.push_back(m);
    return m.id;
  }

  std::vector<Id> add_activities(Id person, std::initializer_list<std::string_view> texts, Date added) {
    std::vector<Id> ids;
    for (const std::string_view text : texts) {
      PsfsActivity a;
      a.id = next();
      a.person = person;
      a.text = std::string(text);
      a.added = added;
      ids.push_back(a.id);
      store.psfs_activities.push_back(std::move(a));
    }
    return ids;
  }

  // Scores in the order of `activities`.
  void add_conversation(Id person, Date date, std::string_view by, const std::vector<Id>& activities,
                        std::initializer_list<int> scores) {
    PsfsConversation c;
    c.id = next();
    c.person = person;
    c.date = date;
    c.performed_by = std::string(by);
    std::size_t a = 0;
    for (const int score : scores) c.scores.push_back(PsfsScore{activities.at(a++), score});
    store.psfs_conversations.push_back(std::move(c));
  }

  void add_relay(Id person, Date date, std::string_view author, RelayEntryKind kind, std::string_view text) {
    RelayLogEntry e;
    e.id = next();
    e.person = person;
    e.date = date;
    e.author = std::string(author);
    e.kind = kind;
    e.text = std::string(text);
    store.relay_log.push_back(std::move(e));
  }

  void add_admission(Id person, Date date, AdmissionKind kind, int bed_days, std::string_view note, Date seen) {
    Admission a;
    a.id = next();
    a.person = person;
    a.date = date;
    a.kind = kind;
    a.bed_days = bed_days;
    a.note = std::string(note);
    a.seen = seen;
    store.admissions.push_back(std::move(a));
  }

  // At inclusion and every three months after it (the Ahus measurement plan); add the admissions first.
  void add_measurements(Id person, Date included, std::span<const Quarter> quarters) {
    for (std::size_t k = 0; k < quarters.size(); ++k) {
      const Date date = add_months(included, 3 * static_cast<int>(k));
      const Date from = add_months(date, -3);
      const Quarter& q = quarters[k];
      QuarterlyMeasurement m;
      m.id = next();
      m.person = person;
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

  void add_survey(Id meeting, std::vector<int> answers, std::string_view comment) {
    const Meeting held = *store.find_meeting(meeting);
    QualitySurvey s;
    s.id = next();
    s.person = held.person;
    s.meeting = held.id;
    s.date = held.date;
    s.answers = std::move(answers);
    s.comment = std::string(comment);
    store.quality_surveys.push_back(std::move(s));
  }
};

// A move on the board as MoveCase applies it: inclusion is the first entry into "team established".
void move(Case& c, Date date, CaseStage stage, std::string_view by, std::string_view reason = {}) {
  c.stage = stage;
  c.history.push_back(StageChange{date, stage, std::string(by), std::string(reason)});
  if (!c.included && stage >= CaseStage::TeamEstablished && stage != CaseStage::Closed) c.included = date;
}

// [SECTION] Kasper (9) and his mother Pia: children and families
//
// The BTI escalation from level 2 to 3. A referral keeps one triage, its latest (earlier decisions
// are the audit trail's, and a generated store has no audit trail), and the app triages only
// referrals still in the queue. So each level has its own referral: the school's, triaged BTI 2 and
// redirected to the services that follow Kasper up on level 2 (the school and the school nurse,
// who keep the relay log); and, when the relay log says level 2 is not enough, the school nurse's
// eleven months ago, triaged BTI 3 (its note names the level-2 referral) and accepted with a child
// coordinator, which opened the case. The relay log records the lift on the day of that triage.
void add_kasper(Writer& w) {
  const Date today = w.today;
  const Date birth = add_months(today, -(9 * 12 + 7));
  const Date first_received = add_days(today, -640);  // level 2
  const Date received = add_days(today, -330);        // level 3
  const auto l2 = [&](int days) { return add_days(first_received, days); };
  const auto at = [&](int days) { return add_days(received, days); };
  const std::string_view municipality = "Lillestrøm";

  constexpr Staff kCoordinator{"Hanne Grøtteland", "barnekoordinator", "Koordinerende enhet for barn og unge",
                               CareLevel::Municipal};
  constexpr Staff kTeacher{"Siri Vassbotn", "kontaktlærer", "Skolen", CareLevel::OtherSector};
  constexpr Staff kNurse{"Ingrid Sælebakk", "helsesykepleier", "Skolehelsetjenesten", CareLevel::Municipal};
  constexpr Staff kKindergarten{"Mona Tveitane", "pedagogisk leder", "Barnehagen (lillesøster Tiril)",
                                CareLevel::OtherSector};
  constexpr Staff kChildWelfare{"Jonas Ramsvik", "barnevernskonsulent", "Barneverntjenesten", CareLevel::Municipal};
  constexpr Staff kGp{"Erlend Tverå", "fastlege", "Legekontoret", CareLevel::Gp};
  const Id coordinator_p = w.add_practitioner(kCoordinator);
  const Id teacher_p = w.add_practitioner(kTeacher);
  const Id nurse_p = w.add_practitioner(kNurse);
  const Id kindergarten_p = w.add_practitioner(kKindergarten);
  const Id child_welfare_p = w.add_practitioner(kChildWelfare);
  const Id gp_p = w.add_practitioner(kGp);

  const Id kasper = w.add_person(kDemoKasper, birth, municipality, first_received, 512);
  w.add_consent(kasper, ConsentKind::Guardian, first_received, kDemoPia);
  w.add_consent(kasper, ConsentKind::Sharing, first_received);

  // Level 2: the school's referral.
  Referral first;
  first.id = w.next();
  first.person = kasper;
  first.received = first_received;
  first.reporter_name = std::string(kTeacher.name);
  first.reporter_role = std::string(kTeacher.role);
  first.reporter_service = ReporterService::School;
  first.observed =
      "Kasper har ofte vondt i magen om morgenen og har hatt 12 % fravær dette halvåret. Han er stille og sliten "
      "i timene. Mor er alene med Kasper og lillesøsteren og ber om råd.";
  first.what_matters = "Kasper: «Å få være med på fotball.» Pia: «At Kasper gleder seg til skolen igjen.»";
  first.services_involved = {ReporterService::School, ReporterService::HealthStation};
  RiskInputs first_inputs;
  first_inputs.referral_date = first_received;
  first_inputs.birth_date = birth;
  first_inputs.municipality = std::string(municipality);
  first_inputs.services_involved = 2;
  first_inputs.concern = "Fravær og magesmerter om morgenen.";
  first.screening = w.screening(first_inputs);
  first.triage = Triage{l2(7), TriageLevel::Bti2, false, false, false, kNoId,
                        "BTI nivå 2: skolen og helsesykepleier samarbeider med mor. Kontaktlærer er stafettholder. "
                        "Ny vurdering om tiltakene ikke virker."};
  first.status = ReferralStatus::Redirected;
  first.status_reason = "Behovet kan møtes på BTI nivå 2 med stafettlogg i skolen og skolehelsetjenesten.";
  first.redirected_to = "Skolen og skolehelsetjenesten (BTI nivå 2)";
  w.store.referrals.push_back(std::move(first));

  w.add_relay(kasper, l2(10), kTeacher.name, RelayEntryKind::Measure,
              "Stafettlogg startet (BTI nivå 2). Kasper får fast plass ved siden av en venn, og mor får en kort "
              "beskjed hver fredag om hvordan uka har vært.");
  w.add_relay(kasper, l2(75), kNurse.name, RelayEntryKind::Measure,
              "Samtaler med Kasper annenhver uke om magesmerter og søvn. Mor har fått råd om faste kveldsrutiner.");
  w.add_relay(kasper, l2(160), kTeacher.name, RelayEntryKind::Evaluation,
              "Fraværet er omtrent som før, rundt 12 %. Kasper gråter ofte når han leveres om morgenen.");
  w.add_relay(kasper, l2(250), kTeacher.name, RelayEntryKind::Concern,
              "Fraværet har økt til over 20 %. Kasper sier han ikke orker skolen.");
  w.add_relay(kasper, received, kNurse.name, RelayEntryKind::Concern,
              "Tiltakene på nivå 2 er ikke nok: fraværet er over 30 %, og Kasper sover dårlig. Mor er sliten og har "
              "selv tatt kontakt med barneverntjenesten for veiledning. Behovet meldes til koordinerende enhet "
              "med mors samtykke.");

  // Level 3: the school nurse's referral, accepted with a child coordinator.
  Referral second;
  second.id = w.next();
  second.person = kasper;
  second.received = received;
  second.reporter_name = std::string(kNurse.name);
  second.reporter_role = std::string(kNurse.role);
  second.reporter_service = ReporterService::HealthStation;
  second.observed =
      "Fraværet har økt til over 30 %. Kasper sover dårlig, har magesmerter og gråter om morgenen. Tiltakene på BTI "
      "nivå 2 (stafettlogg siden " + to_display(first_received) + ") har ikke vært nok. Mor har selv kontaktet "
      "barneverntjenesten og ønsker veiledning hjemme. Flere tjenester er inne og trenger én som holder i trådene.";
  second.what_matters =
      "Kasper: «Å være med på fotballtreningen igjen.» Pia: «Rolige morgener, og at noen holder i trådene.»";
  second.urgency = Urgency::Soon;
  second.services_involved = {ReporterService::School, ReporterService::HealthStation, ReporterService::Kindergarten,
                              ReporterService::ChildWelfare, ReporterService::GpMessage};
  RiskInputs inputs;
  inputs.referral_date = received;
  inputs.birth_date = birth;
  inputs.municipality = std::string(municipality);
  inputs.functional_decline = true;
  inputs.services_involved = 5;
  inputs.concern = "Økende skolefravær; nivå 2 har ikke vært nok.";
  second.screening = w.screening(inputs);
  second.triage = Triage{at(5), TriageLevel::Bti3, true, true, true, coordinator_p,
                         "Løftet fra BTI nivå 2 (innmelding " + to_display(first_received) +
                             ") til nivå 3: flere tjenester må samarbeide tett. Barnekoordinator oppnevnes, "
                             "individuell plan og oppfølgingsteam."};
  second.status = ReferralStatus::Accepted;
  const Id referral = second.id;
  w.store.referrals.push_back(std::move(second));

  const std::string by(kCoordinator.name);
  Case c = new_case(referral, kasper, referral, TargetGroup::ChildrenFamilies, at(5), by);
  // Triage appoints the coordinator from the register: they join the team that day.
  const Id coordinator = w.add_member(kasper, coordinator_p, at(5), true);
  w.add_consent(kasper, ConsentKind::RelativeInvolvement, at(5), kDemoPia);
  w.add_relay(kasper, at(5), kCoordinator.name, RelayEntryKind::Measure,
              "Vurdert fra BTI nivå 2 til nivå 3. Barnekoordinator er oppnevnt og kaller inn til nettverksmøte med "
              "mor, skolen, helsesykepleier, barnehagen, barneverntjenesten og fastlegen.");

  // Mapping: a home visit; Kasper and Pia name what matters in their own words.
  move(c, at(7), CaseStage::Mapping, by);
  const std::vector<Id> activities =
      w.add_activities(kasper,
                       {"Være på skolen hele dagen", "Sove gjennom natten", "Være med på fotballtrening",
                        "Gå til skolen sammen med en venn"},
                       at(12));
  w.add_conversation(kasper, at(12), by, activities, {2, 3, 1, 2});

  // Team established at the network meeting at the school; the plan is made there.
  const Id teacher = w.add_member(kasper, teacher_p, at(26));
  const Id nurse = w.add_member(kasper, nurse_p, at(26));
  const Id kindergarten = w.add_member(kasper, kindergarten_p, at(26));
  const Id child_welfare = w.add_member(kasper, child_welfare_p, at(26));
  const Id gp = w.add_member(kasper, gp_p, at(26));
  const Id pia = w.add_relative(kasper, kDemoPia, "mor", at(26));
  const std::vector<Id> team{coordinator, teacher, nurse, kindergarten, child_welfare, gp, pia};
  const Id network = w.add_meeting(
      kasper, MeetingType::Network, at(26), team, true,
      "Bli kjent; hva som er viktig for Kasper og Pia; hvem gjør hva.",
      "Hanne Grøtteland er barnekoordinator. Individuell plan med tre mål. Stafettloggen fra nivå 2 følger med inn "
      "i planen. Kasper var med den første halvtimen og tegnet hvordan en god morgen ser ut.",
      "Fast voksen i skolegården fra mandag. Helsesykepleier avtaler samtaler. Fastlegen kaller inn til time. "
      "Barneverntjenesten starter veiledning hjemme.");
  move(c, at(26), CaseStage::TeamEstablished, by);

  const Id school = w.add_goal(kasper, kNoId, "Kasper er på skolen hele dagen og trives der", at(26));
  w.add_goal(kasper, school, "Fraværet er under 10 % innen et halvt år", at(26));
  w.add_measure(school, "Fast voksen tar imot Kasper i skolegården hver morgen", teacher, at(33), MeasureStatus::Done,
                network, {{at(90), "Fungerer godt; Kasper går rett inn i klassen de fleste dager."}});
  w.add_measure(school, "Samtaler med helsesykepleier annenhver uke", nurse, add_days(today, 21),
                MeasureStatus::InProgress,
                network, {{at(160), "Magesmertene er sjeldnere. Fortsetter til evalueringen."}});
  const Id home = w.add_goal(kasper, kNoId, "Rolige morgener og kvelder hjemme", at(26));
  w.add_goal(kasper, home, "Kasper sovner før kl. 21 de fleste kvelder", at(26));
  w.add_measure(home, "Veiledning hjemme for mor (hjelpetiltak fra barneverntjenesten)", child_welfare,
                add_days(today, 60), MeasureStatus::InProgress, network,
                {{at(160), "Mor opplever at kveldsrutinene er lettere å holde. Fortsetter med færre besøk."}});
  w.add_measure(home, "Utredning av søvn og magesmerter", gp, at(60), MeasureStatus::Done, network,
                {{at(60), "Ingen somatisk årsak funnet. Søvnhygiene og faste måltider anbefalt."}});
  w.add_measure(home, "Felles morgenrutine: Tiril leveres i barnehagen først, så følges Kasper til skolen",
                kindergarten, at(40), MeasureStatus::Done, network);
  const Id football = w.add_goal(kasper, kNoId, "Kasper er med på fotballtreningen", at(26));
  w.add_measure(football, "Avtale med treneren om en rolig start; mor er med de første gangene", pia, at(120),
                MeasureStatus::Done, network, {{at(230), "Kasper er med på trening hver uke."}});
  w.add_measure(school, "Plan for hvordan skolen holder tiltakene ved like etter evalueringen", teacher,
                add_days(today, 45), MeasureStatus::Planned, kNoId);
  move(c, at(33), CaseStage::FollowUp, by);

  // Follow-up: collaboration meetings about every two months, PSFS about every three.
  w.add_conversation(kasper, at(95), by, activities, {3, 4, 3, 3});
  w.add_meeting(kasper, MeetingType::Collaboration, at(90), {coordinator, teacher, nurse, child_welfare, pia}, false,
                "Status for fravær, søvn og morgener.", "Tiltakene fortsetter. Fraværet siste måned er 18 %.",
                "Ny status om to måneder.");
  w.add_relay(kasper, at(95), kCoordinator.name, RelayEntryKind::Evaluation,
              "Fraværet er nede fra over 30 % til 18 %. Morgenene er fortsatt tunge to dager i uka.");
  w.add_meeting(kasper, MeetingType::Collaboration, at(160), {coordinator, teacher, nurse, kindergarten, pia}, false,
                "Status; hvordan fungerer den felles morgenrutinen?",
                "Morgenrutinen fungerer. Helsesykepleier fortsetter samtalene.", "Ny status om to måneder.");
  w.add_conversation(kasper, at(180), by, activities, {5, 5, 4, 5});
  w.add_meeting(kasper, MeetingType::Collaboration, at(230), {coordinator, teacher, child_welfare, gp, pia}, true,
                "Status; Kasper forteller selv om fotballen.",
                "Fraværet siste to måneder er 8 %. Barneverntjenestens veiledning trappes ned.",
                "Kontaktlærer og mor avtaler hvordan tiltakene på skolen holdes ved like.");
  w.evaluate_goal(school, at(230), GoalOutcome::Partly, "Fraværet er 8 % de siste to månedene; delmålet er nådd.");
  w.add_conversation(kasper, at(265), by, activities, {6, 7, 6, 6});
  w.add_relay(kasper, at(270), kTeacher.name, RelayEntryKind::Evaluation,
              "Kasper har vært på skolen hele dagen fire av fem dager de siste ukene, og går til skolen med en venn.");
  w.add_meeting(kasper, MeetingType::Collaboration, at(300), {coordinator, teacher, nurse, child_welfare, pia}, false,
                "Status og forberedelse til evaluering.", "Planen evalueres på neste møte.",
                "Barnekoordinator forbereder evalueringen med Kasper og Pia.");
  w.add_conversation(kasper, add_days(today, -10), by, activities, {7, 6, 7, 6});
  w.add_meeting(kasper, MeetingType::Evaluation, add_days(today, 21), team, true,
                "Evaluering av planen; Kaspers egne ord om skolen, søvnen og fotballen.");

  const Quarter quarters[] = {
      {1, 0, 9, 0, 0, 0, 2}, {1, 0, 14, 0, 0, 0, 6}, {0, 0, 11, 0, 0, 0, 5}, {0, 0, 7, 0, 0, 0, 4}};
  w.add_measurements(kasper, *c.included, quarters);
  w.store.cases.push_back(std::move(c));
}

// [SECTION] Morten (28): mental health and substance use
void add_morten(Writer& w) {
  const Date today = w.today;
  const Date birth = add_months(today, -(28 * 12 + 5));
  const Date received = add_days(today, -420);
  const auto at = [&](int days) { return add_days(received, days); };

  constexpr Staff kCoordinator{"Kjersti Bakkebø", "psykiatrisk sykepleier", "Psykisk helse og rus",
                               CareLevel::Municipal};
  constexpr Staff kNav{"Nils Ove Brattbakk", "veileder", "NAV", CareLevel::OtherSector};
  constexpr Staff kGp{"Camilla Øvrebø Strand", "fastlege", "Legekontoret", CareLevel::Gp};
  constexpr Staff kPsychologist{"Henrik Tjøstheim", "psykolog", "DPS, ambulant team", CareLevel::Hospital};
  constexpr Staff kHousing{"Eivind Nesjø", "boligkonsulent", "Boligkontoret", CareLevel::Municipal};
  constexpr Staff kSupport{"Sara Myrhaug", "miljøterapeut", "Psykisk helse og rus", CareLevel::Municipal};
  const Id coordinator_p = w.add_practitioner(kCoordinator);
  const Id nav_p = w.add_practitioner(kNav);
  const Id gp_p = w.add_practitioner(kGp);
  const Id psychologist_p = w.add_practitioner(kPsychologist);
  const Id housing_p = w.add_practitioner(kHousing);
  const Id support_p = w.add_practitioner(kSupport);

  const Id morten = w.add_person(kDemoMorten, birth, "Ullensaker", received, 212);
  w.add_consent(morten, ConsentKind::Referral, received);
  w.add_consent(morten, ConsentKind::Sharing, received);
  w.add_admission(morten, at(-42), AdmissionKind::Acute, 9, "Akuttpsykiatrisk avdeling: angst, søvnløshet og rus.",
                  at(8));

  Referral referral;
  referral.id = w.next();
  referral.person = morten;
  referral.received = received;
  referral.reporter_name = std::string(kGp.name);
  referral.reporter_role = std::string(kGp.role);
  referral.reporter_service = ReporterService::GpMessage;
  referral.observed =
      "Angst og depresjon, økende bruk av cannabis og alkohol. Mistet leiligheten for to måneder siden og sover hos "
      "en kamerat. Møter ikke til avtalene hos NAV. Var akuttinnlagt for seks uker siden.";
  referral.what_matters = "«Et sted å bo som er mitt eget, og å komme tilbake i jobb.»";
  referral.urgency = Urgency::Soon;
  referral.services_involved = {ReporterService::GpMessage, ReporterService::Nav, ReporterService::Hospital,
                                ReporterService::MentalHealthSubstance};
  RiskInputs inputs;
  inputs.referral_date = received;
  inputs.birth_date = birth;
  inputs.municipality = "Ullensaker";
  inputs.admissions_12m = 1;
  inputs.medications = 2;
  inputs.lives_alone = false;
  inputs.functional_decline = true;
  inputs.services_involved = 4;
  inputs.concern = "Uten fast bolig; rus og angst.";
  referral.screening = w.screening(inputs);
  referral.triage = Triage{at(6), TriageLevel::AdultCollaborationSeveral, true, true, true, coordinator_p,
                           "Flere tjenester må samarbeide. Psykiatrisk sykepleier fra Psykisk helse og rus blir "
                           "koordinator."};
  referral.status = ReferralStatus::Accepted;
  const Id referral_id = referral.id;
  w.store.referrals.push_back(std::move(referral));

  const std::string by(kCoordinator.name);
  Case c = new_case(referral_id, morten, referral_id, TargetGroup::MentalHealthSubstance, at(6), by);
  const Id coordinator = w.add_member(morten, coordinator_p, at(6), true);
  move(c, at(8), CaseStage::Mapping, by);
  const std::vector<Id> activities =
      w.add_activities(morten,
                       {"Sove gjennom natten", "Handle og lage middag", "Møte opp på avtaler",
                        "Trene på treningssenteret"},
                       at(10));
  w.add_conversation(morten, at(10), by, activities, {3, 2, 2, 2});

  const Id nav = w.add_member(morten, nav_p, at(24));
  const Id gp = w.add_member(morten, gp_p, at(24));
  const Id psychologist = w.add_member(morten, psychologist_p, at(24));
  const Id housing = w.add_member(morten, housing_p, at(24));
  const Id network = w.add_meeting(
      morten, MeetingType::Network, at(24), {coordinator, nav, gp, psychologist, housing}, true,
      "Mortens mål; bolig, aktivitet og behandling; hvem gjør hva.",
      "Kjersti Bakkebø er koordinator. Bolig er første prioritet. Det ambulante teamet fra DPS kommer hjem til Morten.",
      "Søknad om kommunal bolig sendes. NAV avklarer arbeidsrettet aktivitet.");
  move(c, at(24), CaseStage::TeamEstablished, by);
  const Id home = w.add_goal(morten, kNoId, "Egen bolig med fast leiekontrakt", at(24));
  w.add_goal(morten, home, "Søknad om kommunal bolig er sendt", at(24));
  w.add_measure(home, "Søke kommunal bolig og bostøtte", housing, at(60), MeasureStatus::Done, network,
                {{at(55), "Søknad sendt med legeerklæring."}, {at(300), "Kommunal leilighet tildelt."}});
  const Id activity = w.add_goal(morten, kNoId, "Komme i aktivitet og på sikt i jobb", at(24));
  w.add_measure(activity, "Arbeidsrettet aktivitet tre dager i uka", nav, add_days(today, 60),
                MeasureStatus::InProgress, network);
  const Id coping = w.add_goal(morten, kNoId, "Mestre angsten uten rus", at(24));
  w.add_measure(coping, "Samtaler med psykolog fra det ambulante teamet hver uke", psychologist,
                add_days(today, 30), MeasureStatus::InProgress, network);
  w.add_measure(coping, "Legemiddelgjennomgang", gp, at(45), MeasureStatus::Done, network,
                {{at(40), "Sovemedisin trappet ned; ny avtale om tre måneder."}});
  move(c, at(31), CaseStage::FollowUp, by);

  // Going well at first.
  w.add_relay(morten, at(40), kNav.name, RelayEntryKind::Measure,
              "Avklaring startet: Morten møter på arbeidstrening på et verksted tre dager i uka.");
  w.add_meeting(morten, MeetingType::Collaboration, at(95), {coordinator, nav, psychologist, housing}, true,
                "Status: bolig, aktivitet og samtaler.",
                "Morten møter på arbeidstreningen. Boligsøknaden er til behandling.", "Ny status om to måneder.");
  w.add_conversation(morten, at(95), by, activities, {5, 5, 6, 4});
  w.add_relay(morten, at(120), kHousing.name, RelayEntryKind::Evaluation,
              "Boligsøknaden er under behandling; Morten står på venteliste.");

  // The relapse: the case moves back to "team established" and the plan is redone with him.
  w.add_relay(morten, at(158), kNav.name, RelayEntryKind::Concern,
              "Morten har ikke møtt på arbeidstreningen de siste to ukene og svarer ikke på telefon.");
  w.add_admission(morten, at(165), AdmissionKind::Acute, 6, "Avrusning etter tilbakefall.", at(166));
  w.add_relay(morten, at(166), kCoordinator.name, RelayEntryKind::Concern,
              "Innlagt til avrusning etter tilbakefall. Kontakt med avdelingen om utskrivning og møte rett etter.");
  w.add_conversation(morten, at(172), by, activities, {2, 2, 1, 1});
  const Id support = w.add_member(morten, support_p, at(178));
  const Id crisis = w.add_meeting(
      morten, MeetingType::Collaboration, at(178), {coordinator, nav, gp, psychologist, support}, true,
      "Tilbakefallet: hva skjedde, og hva trenger Morten nå?",
      "Planen gjøres om. Miljøterapeut kommer inn i teamet med ukentlige samtaler om rus og mestring. Arbeidstreningen "
      "settes på pause i fire uker.",
      "Nytt delmål om rus. Tilbake til oppfølging når planen er justert.");
  move(c, at(178), CaseStage::TeamEstablished, by, "Tilbakefall: planen gjøres om.");
  w.evaluate_goal(coping, at(178), GoalOutcome::NotAchieved, "Tilbakefall etter en tung periode; planen justeres.");
  w.add_goal(morten, coping, "Ingen rus de tre første månedene etter avrusningen", at(178));
  w.add_measure(coping, "Ukentlige samtaler om rus og mestring", support, add_days(today, 40),
                MeasureStatus::InProgress, crisis,
                {{at(262), "Morten møter hver uke. Ingen rus siden utskrivning, sier han."}});
  move(c, at(186), CaseStage::FollowUp, by);

  // Better again, and a home of his own.
  w.add_meeting(morten, MeetingType::Collaboration, at(262), {coordinator, nav, psychologist, support, housing}, true,
                "Status etter justert plan.", "Arbeidstreningen er i gang igjen, to dager i uka.",
                "Boligkonsulenten følger opp ventelisten.");
  w.add_conversation(morten, at(265), by, activities, {5, 5, 6, 4});
  w.add_relay(morten, at(300), kHousing.name, RelayEntryKind::Measure,
              "Morten har fått kontrakt på en kommunal leilighet og flytter inn neste uke. Boveiledning de første "
              "månedene.");
  w.add_measure(home, "Boveiledning de første månedene i ny leilighet", support, add_days(today, 50),
                MeasureStatus::InProgress, kNoId);
  w.add_meeting(morten, MeetingType::Collaboration, at(350), {coordinator, nav, gp, support, housing}, true,
                "Status i ny bolig.", "Boligmålet er nådd. Arbeidstreningen økes til tre dager i uka.",
                "Ny status om to måneder.");
  w.evaluate_goal(home, at(350), GoalOutcome::Achieved, "Bor i egen kommunal leilighet med fast kontrakt.");
  w.evaluate_goal(coping, at(350), GoalOutcome::Partly, "Ingen nye tilbakefall; angsten er fortsatt til stede.");
  w.add_relay(morten, at(380), kCoordinator.name, RelayEntryKind::Evaluation,
              "Stabil i egen bolig og møter på arbeidstreningen tre dager i uka.");
  w.add_conversation(morten, add_days(today, -12), by, activities, {6, 6, 7, 5});
  w.add_meeting(morten, MeetingType::Collaboration, add_days(today, 10), {coordinator, nav, psychologist, support},
                true, "Status; plan for arbeidspraksis.");

  const Quarter quarters[] = {{3, 1, 10, 4, 2, 1, 4},
                              {2, 0, 14, 5, 1, 0, 8},
                              {3, 1, 16, 3, 2, 1, 9},
                              {1, 0, 12, 4, 1, 0, 7},
                              {1, 0, 10, 3, 1, 0, 6}};
  w.add_measurements(morten, *c.included, quarters);
  w.store.cases.push_back(std::move(c));
}

// [SECTION] Klara (75): frail elderly
void add_klara(Writer& w) {
  const Date today = w.today;
  // 75 on the referral date and still today (76 next month), so the Ahus inclusion rule matches.
  const Date birth = add_months(today, -(75 * 12 + 11));
  const Date received = add_days(today, -300);
  const auto at = [&](int days) { return add_days(received, days); };
  const std::string_view municipality = "Lørenskog";
  const std::string_view daughter_name = "Bente Østbø";

  constexpr Staff kCoordinator{"Marianne Hovde Sætre", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal};
  constexpr Staff kGp{"Olav Kringstad", "fastlege", "Legekontoret", CareLevel::Gp};
  constexpr Staff kHospital{"Ragnhild Fossli", "overlege", "Sykehuset, medisinsk avdeling", CareLevel::Hospital};
  constexpr Staff kPhysio{"Kari Aasmundstad", "fysioterapeut", "Hverdagsrehabilitering", CareLevel::Municipal};
  const Id coordinator_p = w.add_practitioner(kCoordinator);
  const Id gp_p = w.add_practitioner(kGp);
  const Id hospital_p = w.add_practitioner(kHospital);
  const Id physio_p = w.add_practitioner(kPhysio);

  const Id klara = w.add_person(kDemoKlara, birth, municipality, received, 150);
  w.add_consent(klara, ConsentKind::Referral, received);
  w.add_consent(klara, ConsentKind::Sharing, received);

  // Seven admissions in the twelve months before the referral (and so before inclusion); the
  // last is the stay the hospital refers her from. The coordinator went through them at mapping.
  struct Stay {
    int day;  // relative to the referral
    int bed_days;
    std::string_view note;
  };
  constexpr Stay kBefore[] = {{-345, 5, "Forverret hjertesvikt."},
                              {-290, 7, "KOLS-forverring."},
                              {-228, 4, "Fall hjemme; brudd i håndleddet."},
                              {-170, 6, "Forverret hjertesvikt."},
                              {-115, 9, "Lungebetennelse."},
                              {-58, 5, "Forverret hjertesvikt."},
                              {-6, 8, "Forverret hjertesvikt og dehydrering."}};
  for (const Stay& stay : kBefore) {
    w.add_admission(klara, at(stay.day), AdmissionKind::Acute, stay.bed_days, stay.note, at(5));
  }

  Referral referral;
  referral.id = w.next();
  referral.person = klara;
  referral.received = received;
  referral.reporter_name = std::string(kHospital.name);
  referral.reporter_role = std::string(kHospital.role);
  referral.reporter_service = ReporterService::Hospital;
  referral.observed =
      "Bor alene i andre etasje uten heis. Hjertesvikt og KOLS. Sjuende innleggelse på tolv måneder, nå med forverret "
      "hjertesvikt. Klarer ikke trappene lenger og har sluttet å lage middag.";
  referral.what_matters = "«Å bo hjemme i leiligheten min og klare meg selv, uten å havne på sykehuset hele tiden.»";
  referral.urgency = Urgency::Soon;
  referral.services_involved = {ReporterService::Hospital, ReporterService::HomeCare, ReporterService::GpMessage};
  RiskInputs inputs;
  inputs.referral_date = received;
  inputs.birth_date = birth;
  inputs.municipality = std::string(municipality);
  inputs.admissions_12m = 7;
  inputs.medications = 11;
  inputs.clinical_frailty = 6;
  inputs.lives_alone = true;
  inputs.functional_decline = true;
  inputs.services_involved = 3;
  inputs.concern = "Mange innleggelser; bor alene.";
  referral.screening = w.screening(inputs);
  referral.triage = Triage{at(3), TriageLevel::AdultCollaborationSeveral, true, true, true, coordinator_p,
                           "Oppfyller inklusjonskriteriene: 75 år, 7 innleggelser siste 12 måneder, CFS 6. "
                           "Sykepleier i hjemmetjenesten blir koordinator."};
  referral.status = ReferralStatus::Accepted;
  const Id referral_id = referral.id;
  w.store.referrals.push_back(std::move(referral));

  const std::string by(kCoordinator.name);
  Case c = new_case(referral_id, klara, referral_id, TargetGroup::FrailElderly, at(3), by);
  const Id coordinator = w.add_member(klara, coordinator_p, at(3), true);
  w.add_consent(klara, ConsentKind::RelativeInvolvement, at(3), daughter_name);
  move(c, at(5), CaseStage::Mapping, by);
  w.add_relay(klara, at(5), kCoordinator.name, RelayEntryKind::Measure,
              "Kartleggingsbesøk hjemme med datteren til stede. Klara vil bo hjemme; hun er redd for trappene og "
              "for å bli innlagt igjen.");
  const std::vector<Id> activities =
      w.add_activities(klara, {"Gå i trapper", "Lage middag", "Dusje selv", "Gå til postkassen"}, at(8));
  w.add_conversation(klara, at(8), by, activities, {2, 3, 2, 1});

  const Id gp = w.add_member(klara, gp_p, at(16));
  const Id hospital = w.add_member(klara, hospital_p, at(16));
  const Id physio = w.add_member(klara, physio_p, at(16));
  const Id daughter = w.add_relative(klara, daughter_name, "datter", at(16));
  const Id network = w.add_meeting(
      klara, MeetingType::Network, at(16), {coordinator, gp, hospital, physio, daughter}, true,
      "Hjemme hos Klara: hva er viktig for henne, og hva kan hindre nye innleggelser?",
      "Marianne Hovde Sætre er koordinator. Egenbehandlingsplan for hjertesvikt. Hverdagsrehabilitering i tolv uker.",
      "Fastlegen gjør legemiddelgjennomgang. Overlegen lager avtale om direkte kontakt ved forverring.");
  move(c, at(16), CaseStage::TeamEstablished, by);
  const Id safe = w.add_goal(klara, kNoId, "Bo trygt hjemme og unngå nye innleggelser", at(16));
  w.add_goal(klara, safe, "Kjenne igjen tegn på forverring og ringe tidlig", at(16));
  w.add_measure(safe, "Daglig vekt og symptomskjema; hjemmetjenesten følger opp", coordinator,
                add_days(today, 28), MeasureStatus::InProgress, network,
                {{at(150), "Klara veier seg selv hver morgen og ringer ved økning."}});
  w.add_measure(safe, "Legemiddelgjennomgang og justering av vanndrivende", gp, at(30), MeasureStatus::Done, network,
                {{at(28), "Fra elleve til ni faste legemidler."}});
  w.add_measure(safe, "Egenbehandlingsplan og direkte kontakt med medisinsk avdeling ved forverring", hospital, at(30),
                MeasureStatus::Done, network);
  const Id daily = w.add_goal(klara, kNoId, "Klare dagliglivet selv", at(16));
  w.add_goal(klara, daily, "Dusje selv med dusjkrakk", at(16));
  w.add_measure(daily, "Hverdagsrehabilitering: trappetrening to ganger i uka", physio, at(100), MeasureStatus::Done,
                network, {{at(100), "Går trappene med gelender og pauser."}});
  w.add_measure(daily, "Dusjkrakk og håndtak på badet", physio, at(30), MeasureStatus::Done, network);
  w.add_measure(daily, "Middag sammen med datteren på søndager; handleliste sammen", daughter, std::nullopt,
                MeasureStatus::InProgress, network);
  move(c, at(23), CaseStage::FollowUp, by);

  w.add_relay(klara, at(30), kPhysio.name, RelayEntryKind::Measure,
              "Hverdagsrehabilitering startet: trappetrening og dusj med krakk.");
  w.add_conversation(klara, at(70), by, activities, {3, 4, 4, 2});
  w.add_meeting(klara, MeetingType::Collaboration, at(75), {coordinator, gp, physio, daughter}, true,
                "Status etter første måned.", "Vekten er stabil. Treningen fortsetter.", "Ny status om to måneder.");
  // One short admission since inclusion, caught early by her own call.
  w.add_admission(klara, at(140), AdmissionKind::Acute, 3, "Lungebetennelse; kort opphold.", at(141));
  w.add_relay(klara, at(141), kCoordinator.name, RelayEntryKind::Concern,
              "Innlagt med lungebetennelse. Hjemmetjenesten har kontakt med avdelingen om utskrivning.");
  w.add_relay(klara, at(146), kHospital.name, RelayEntryKind::Evaluation,
              "Utskrevet etter tre døgn. Egenbehandlingsplanen virket: hun ringte selv tidlig.");
  w.add_conversation(klara, at(150), by, activities, {4, 4, 5, 3});
  w.add_meeting(klara, MeetingType::Collaboration, at(150), {coordinator, gp, hospital, daughter}, true,
                "Etter innleggelsen: hva gikk bra, hva kan bli bedre?",
                "Planen fungerer. Hjemmetjenesten ringer dagen etter hver legetime.", "Evaluering om fire måneder.");
  w.add_conversation(klara, at(220), by, activities, {5, 6, 6, 4});

  // Evaluation three weeks ago, with her experience of the follow-up.
  const Date evaluated = add_days(today, -21);
  w.add_conversation(klara, evaluated, by, activities, {6, 6, 7, 5});
  const Id evaluation = w.add_meeting(
      klara, MeetingType::Evaluation, evaluated, {coordinator, gp, hospital, physio, daughter}, true,
      "Evaluering av planen.",
      "Én kort innleggelse siden inklusjon, mot sju året før. Klara går trappene og dusjer selv.",
      "Oppfølgingen fortsetter med færre besøk. Nytt samarbeidsmøte om en måned.");
  w.evaluate_goal(safe, evaluated, GoalOutcome::Achieved, "Én kort innleggelse siden inklusjon, mot sju året før.");
  w.evaluate_goal(daily, evaluated, GoalOutcome::Partly,
                  "Går trappene og dusjer selv; middag fortsatt med hjelp noen dager.");
  w.add_survey(evaluation, {5, 4, 5, 4, 5}, "Trygt å ha én å ringe til, og at sykehuset vet hvem jeg er.");
  move(c, evaluated, CaseStage::Evaluation, by);
  w.add_meeting(klara, MeetingType::Collaboration, add_days(today, 28), {coordinator, gp, daughter}, true,
                "Status; færre besøk fra hjemmetjenesten?");

  const Quarter quarters[] = {
      {3, 2, 30, 2, 11, 2, 6}, {2, 1, 42, 1, 9, 1, 12}, {2, 0, 38, 1, 9, 1, 12}, {1, 0, 30, 1, 9, 0, 10}};
  w.add_measurements(klara, *c.included, quarters);
  w.store.cases.push_back(std::move(c));
}

}  // namespace

Store generate_demo(const DemoSpec& spec) {
  Store store = generate_caseload(CaseloadSpec{spec.generated_persons, spec.seed, spec.today});
  Writer w{store, spec.today};
  add_kasper(w);
  add_morten(w);
  add_klara(w);
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
