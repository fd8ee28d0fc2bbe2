// The synthetic caseload (caseload.hpp): the register from one stream of the seed, then each
// person from their own, so the mix does not depend on the order things are drawn in.
#include "core/synthetic/caseload.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/rules/case_flow.hpp"
#include "core/rules/municipalities.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/risk_screening.hpp"

namespace opp::synthetic {
namespace {

// SplitMix64: small, fast, and the same numbers on every platform (std's distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  // True with probability percent/100.
  bool chance(int percent) { return between(0, 99) < percent; }
  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  std::uint64_t state_;
};

constexpr std::array<std::string_view, 40> kFirstNames{
    "Astrid", "Bjørn",  "Dagny",  "Eirik",  "Frøydis", "Gunnar", "Halvor", "Ingeborg", "Jørgen", "Kjellaug",
    "Leif",   "Marit",  "Nora",   "Oddvar", "Ragnhild", "Sindre", "Tone",   "Ulrik",    "Vigdis", "Åse",
    "Øystein", "Åsmund", "Helga",  "Ivar",   "Liv",     "Magne",  "Noah",   "Emma",     "Jakob",  "Sofie",
    "Elias",  "Ella",   "Filip",  "Maja",   "Oskar",   "Ida",    "Máret",  "Ánde",     "Sunniva", "Torstein"};
constexpr std::array<std::string_view, 40> kSurnames{
    "Aasland", "Bøe",     "Dalsbø",   "Espeland", "Fjærli",  "Grønningen", "Hovland", "Isaksen",  "Jøssang", "Kvåle",
    "Lyngstad", "Mjåtvedt", "Nesbø",  "Opdahl",   "Præstegård", "Rødseth", "Sæbø",    "Tveit",    "Ulvestad", "Vågsholm",
    "Ødegaard", "Åkre",   "Brekkhus", "Haugsnes", "Lindgjerde", "Myklebust", "Nordbø", "Raknes",   "Strømsnes", "Gaup",
    "Kjelstad", "Lien",   "Eide",     "Hatlestad", "Sandvik", "Berntsen",  "Solheim", "Hole",     "Aune",    "Skjelbred"};
constexpr std::array<std::string_view, 12> kRelatives{"datter", "sønn", "ektefelle", "mor", "far", "nabo",
                                                      "samboer", "bror", "søster", "barnebarn", "verge", "venn"};

struct Role {
  std::string_view role;
  std::string_view service;
  CareLevel level;
};
constexpr std::array<Role, 16> kRoles{{
    {"sykepleier", "Hjemmetjenesten", CareLevel::Municipal},
    {"koordinator", "Koordinerende enhet", CareLevel::Municipal},
    {"fysioterapeut", "Rehabiliteringstjenesten", CareLevel::Municipal},
    {"ergoterapeut", "Rehabiliteringstjenesten", CareLevel::Municipal},
    {"fastlege", "Legekontoret", CareLevel::Gp},
    {"helsesykepleier", "Helsestasjonen", CareLevel::Municipal},
    {"barnevernskonsulent", "Barneverntjenesten", CareLevel::Municipal},
    {"lærer", "Skolen", CareLevel::OtherSector},
    {"pedagogisk leder", "Barnehagen", CareLevel::OtherSector},
    {"veileder", "NAV", CareLevel::OtherSector},
    {"psykiatrisk sykepleier", "Psykisk helse og rus", CareLevel::Municipal},
    {"miljøterapeut", "Psykisk helse og rus", CareLevel::Municipal},
    {"overlege", "Sykehuset, medisinsk avdeling", CareLevel::Hospital},
    {"psykolog", "DPS, ambulant team", CareLevel::Hospital},
    {"sosionom", "Tildelingskontoret", CareLevel::Municipal},
    {"demenskoordinator", "Hukommelsesteamet", CareLevel::Municipal},
}};

constexpr std::array<std::string_view, 12> kActivities{
    "Gå til butikken",        "Gå i trapper",       "Lage middag",         "Dusje selv",
    "Møte venner",            "Være på skolen hele dagen", "Sove gjennom natten", "Ta bussen alene",
    "Gå tur med hunden",      "Handle på nettet",   "Være med på trening", "Holde orden på medisinene"};
constexpr std::array<std::string_view, 8> kGoals{
    "Bo hjemme med trygghet",      "Klare seg selv på dagtid",   "Fullføre skoleåret",
    "Færre innleggelser",          "Komme i arbeid eller aktivitet", "Et godt samarbeid med familien",
    "Stabil bolig",                "Mestre smerter i hverdagen"};
constexpr std::array<std::string_view, 8> kMeasures{
    "Gåtrening to ganger i uka", "Dosett og legemiddelgjennomgang", "Trygghetsalarm",
    "Fast kontaktperson på skolen", "Støttesamtaler hver fjortende dag", "Avlastning for pårørende",
    "Søknad om tilrettelagt bolig", "Hjemmebesøk av fysioterapeut"};
constexpr std::array<std::string_view, 6> kObserved{
    "Har falt flere ganger siste måned og klarer ikke lenger å handle selv.",
    "Mye fravær fra skolen, foreldrene ber om hjelp til å samordne tjenestene.",
    "Uteblir fra avtaler og har mistet bolig; rusproblemer og angst.",
    "Mange innleggelser siste år, usikker ernæring og ensomhet.",
    "Ny diagnose, trenger hjelp til å koordinere mange tjenester.",
    "Pårørende er slitne og ber om avlastning og en fast kontakt."};
constexpr std::array<std::string_view, 5> kRelayTexts{
    "Ringt pårørende, avtalt hjemmebesøk neste uke.", "Legemidler gjennomgått med fastlegen.",
    "Bekymring meldt fra skolen om fravær.", "Tiltaket fungerer, fortsetter som planlagt.",
    "Avtalt nytt samarbeidsmøte etter utskrivning."};
constexpr std::array<std::string_view, 4> kComments{"Godt å ha én å ringe til", "For mange møter",
                                                    "Føler meg hørt", "Vil ha mer hjelp hjemme"};
constexpr std::array<std::string_view, 4> kCloseReasons{"Mål nådd", "Flyttet fra kommunen",
                                                        "Ønsker ikke videre oppfølging", "Overført til annen tjeneste"};
constexpr std::array<ReporterService, 12> kServices{
    ReporterService::GpMessage, ReporterService::HomeCare, ReporterService::School,
    ReporterService::Kindergarten, ReporterService::Nav, ReporterService::Hospital,
    ReporterService::ChildWelfare, ReporterService::HealthStation, ReporterService::MentalHealthSubstance,
    ReporterService::ThePerson, ReporterService::Relative, ReporterService::Other};

template <typename T, std::size_t N>
std::span<const T> all(const std::array<T, N>& items) { return std::span<const T>(items); }

std::string invented_name(Random& r) {
  std::string name(r.pick(all(kFirstNames)));
  if (r.chance(35)) {  // a middle name
    name += ' ';
    name += r.pick(all(kFirstNames));
  }
  name += ' ';
  name += r.pick(all(kSurnames));
  if (r.chance(20)) {  // a double surname now and then
    name += ' ';
    name += r.pick(all(kSurnames));
  }
  return name;
}

// A synthetic identity number (month + 80) for the birth date, or "" when its check digits fail.
std::string synthetic_national_id(Random& r, Date birth) {
  const date::year_month_day ymd = birth.ymd();
  const int year = static_cast<int>(ymd.year());
  // The classic individual-number ranges for the century (so the number agrees with the date).
  const int individual = year >= 2000 ? r.between(500, 999) : r.between(0, 499);
  char digits[16];
  std::snprintf(digits, sizeof digits, "%02u%02u%02d%03d", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()) + 80, year % 100, individual);
  return complete_national_id(std::string_view(digits, 9)).value_or("");
}

struct Generator {
  const CaseloadSpec& spec;
  Store store;
  std::vector<Id> practitioners;  // the register, by index
  Id next() { return next_id(store.id_counters, kLegacyDevice); }

  void add_register(Random& r) {
    const int count = std::clamp(spec.persons / 25, 40, 4000);
    for (int i = 0; i < count; ++i) {
      const Role& role = kRoles[static_cast<std::size_t>(i) % kRoles.size()];
      Practitioner p;
      p.id = next();
      p.name = invented_name(r);
      p.role = std::string(role.role);
      p.service = std::string(role.service);
      p.level = role.level;
      p.active = !r.chance(5);
      p.contact = std::to_string(90000000 + (i * 7919) % 9999999);
      practitioners.push_back(p.id);
      store.practitioners.push_back(std::move(p));
    }
  }

  const Practitioner& practitioner(Random& r, CareLevel level) {
    // Up to a few tries for the level asked for; otherwise whoever came up.
    const Practitioner* found = nullptr;
    for (int attempt = 0; attempt < 12; ++attempt) {
      found = store.find_practitioner(practitioners[static_cast<std::size_t>(r.between(0, static_cast<int>(practitioners.size()) - 1))]);
      if (found->level == level && found->active) break;
    }
    return *found;
  }

  Id add_member(Id person, const Practitioner& p, Date joined, bool coordinator) {
    store.team_members.push_back(member_from_register(next(), person, p, joined, coordinator));
    return store.team_members.back().id;
  }

  void add_person(int index);
};

TargetGroup group_for(Random& r, int age) {
  if (age < 18) return r.chance(85) ? TargetGroup::ChildrenFamilies : TargetGroup::Disability;
  if (age >= 67) return r.chance(75) ? TargetGroup::FrailElderly : TargetGroup::ChronicIllness;
  const int roll = r.between(0, 99);
  if (roll < 45) return TargetGroup::MentalHealthSubstance;
  if (roll < 70) return TargetGroup::ChronicIllness;
  if (roll < 90) return TargetGroup::Disability;
  return TargetGroup::Other;
}

TriageLevel level_for(Random& r, int age, bool team) {
  if (age < 18) return team ? (r.chance(60) ? TriageLevel::Bti3 : TriageLevel::Bti2) : TriageLevel::Bti1;
  if (team) return r.chance(70) ? TriageLevel::AdultCollaborationSeveral : TriageLevel::AdultCollaborationTwo;
  return r.chance(50) ? TriageLevel::AdultOwnService : TriageLevel::AdultObservation;
}

void Generator::add_person(int index) {
  Random r(spec.seed * 0x2545F4914F6CDD1Dull + static_cast<std::uint64_t>(index) * 0x9E3779B97F4A7C15ull + 1);
  const Date today = spec.today;

  // Who: an age from the mix, a birth date, a municipality.
  const int age_roll = r.between(0, 99);
  const int age = age_roll < 25 ? r.between(0, 17) : age_roll < 58 ? r.between(18, 66) : r.between(67, 101);
  const Date birth = add_days(today, -(age * 365 + age / 4 + r.between(30, 364)));
  const auto all_municipalities = municipalities();
  Person person;
  person.id = next();
  person.name = invented_name(r);
  person.birth_date = birth;
  if (r.chance(60)) person.national_id = synthetic_national_id(r, birth);
  person.municipality = std::string(r.pick(all_municipalities).name);
  if (r.chance(70)) person.contact = "4" + std::to_string(1000000 + r.between(0, 8999999));
  // Referred between three years and two weeks ago, and after birth.
  const Date received = add_days(today, -r.between(14, std::min(3 * 365, days_between(birth, today) - 1)));
  person.registered = received;
  const Id pid = person.id;
  store.persons.push_back(std::move(person));

  // The referral, and where it stands.
  Referral referral;
  referral.id = next();
  referral.person = pid;
  referral.received = received;
  const ReporterService service = age < 18 && r.chance(50)
                                      ? (r.chance(50) ? ReporterService::School : ReporterService::HealthStation)
                                      : r.pick(all(kServices));
  referral.reporter_service = service;
  referral.reporter_name = service == ReporterService::ThePerson ? "" : invented_name(r);
  referral.reporter_role = service == ReporterService::GpMessage ? "fastlege" : "";
  referral.observed = std::string(r.pick(all(kObserved)));
  if (r.chance(40)) referral.what_matters = std::string(r.pick(all(kActivities)));
  referral.urgency = r.chance(10) ? Urgency::Urgent : r.chance(25) ? Urgency::Soon : Urgency::Normal;
  for (int s = r.between(0, 4); s > 0; --s) {
    const ReporterService involved = r.pick(all(kServices));
    if (std::find(referral.services_involved.begin(), referral.services_involved.end(), involved) ==
        referral.services_involved.end())
      referral.services_involved.push_back(involved);
  }
  RiskInputs inputs;
  inputs.referral_date = received;
  inputs.birth_date = birth;
  inputs.municipality = store.persons.back().municipality;
  const bool frail = age >= 67 && r.chance(60);
  inputs.admissions_12m = frail ? r.between(1, 8) : r.between(0, 2);
  inputs.medications = age >= 67 ? r.between(3, 14) : r.between(0, 6);
  if (age >= 65) inputs.clinical_frailty = frail ? r.between(5, 8) : r.between(2, 5);
  inputs.lives_alone = age >= 18 && r.chance(45);
  inputs.functional_decline = frail || r.chance(20);
  inputs.services_involved = static_cast<int>(referral.services_involved.size());
  referral.screening = run_screening(effective_risk_rules(store), inputs);

  // 15 % still in the intake queue, 5 % redirected or closed there; the rest accepted.
  const int intake_roll = r.between(0, 99);
  const Date decided = add_days(received, r.between(1, 14));
  const bool queued = intake_roll < 15 && days_between(received, today) < 120;
  if (queued) {
    referral.status = r.chance(50) ? ReferralStatus::New : ReferralStatus::UnderAssessment;
  } else if (intake_roll < 20) {
    referral.status = r.chance(60) ? ReferralStatus::Redirected : ReferralStatus::Closed;
    referral.status_reason = referral.status == ReferralStatus::Redirected ? "Ordinære tjenester dekker behovet"
                                                                          : "Ønsket ikke oppfølging";
    if (referral.status == ReferralStatus::Redirected) referral.redirected_to = "Hjemmetjenesten";
  } else {
    referral.status = ReferralStatus::Accepted;
  }
  if (referral.status != ReferralStatus::New) {
    Triage triage;
    triage.date = decided;
    const bool team = referral.status == ReferralStatus::Accepted;
    triage.level = level_for(r, age, team);
    triage.needs_coordinator = team;
    triage.needs_plan = team && r.chance(80);
    triage.needs_team = team;
    referral.triage = triage;
  }
  Consent consent;
  consent.id = next();
  consent.person = pid;
  consent.kind = age < 16 ? ConsentKind::Guardian : ConsentKind::Referral;
  if (consent.kind == ConsentKind::Guardian) consent.relative_name = invented_name(r);
  consent.given = received;
  store.consents.push_back(consent);
  const bool accepted = referral.status == ReferralStatus::Accepted;
  const Id referral_id = referral.id;
  store.referrals.push_back(std::move(referral));
  if (!accepted) return;

  // The case: opened when the referral was accepted, moved through the stages at dated steps.
  const int stage_roll = r.between(0, 99);
  const CaseStage reached = stage_roll < 10   ? CaseStage::Reported
                            : stage_roll < 25 ? CaseStage::Mapping
                            : stage_roll < 45 ? CaseStage::TeamEstablished
                            : stage_roll < 75 ? CaseStage::FollowUp
                            : stage_roll < 85 ? CaseStage::Evaluation
                                              : CaseStage::Closed;
  const TargetGroup group = group_for(r, age);
  const std::string coordinator_name = invented_name(r);
  Case c = new_case(referral_id, pid, referral_id, group, decided, coordinator_name);
  // The days available are shared out over the stages reached.
  const int span = std::max(1, days_between(decided, today));
  const int steps = static_cast<int>(reached) + 1;
  std::array<Date, kCaseStageCount> entered{};
  entered[0] = decided;
  for (int s = 1; s < steps; ++s) {
    const int share = std::max(1, span * s / steps - r.between(0, std::max(0, span / (4 * steps))));
    entered[static_cast<std::size_t>(s)] = std::max(add_days(decided, share), entered[static_cast<std::size_t>(s - 1)]);
  }
  for (int s = 1; s < steps; ++s) {
    const auto stage = static_cast<CaseStage>(s);
    // A closed case may skip from wherever it was; here it closes after the evaluation.
    c.history.push_back(StageChange{entered[static_cast<std::size_t>(s)], stage, coordinator_name,
                                    stage == CaseStage::Closed ? std::string(r.pick(all(kCloseReasons))) : ""});
  }
  c.stage = reached;
  if (reached >= CaseStage::TeamEstablished) c.included = entered[2];
  if (reached == CaseStage::Closed) {
    c.closed = entered[5];
    c.close_reason = c.history.back().reason;
  }
  const std::optional<Date> included = c.included;
  store.cases.push_back(std::move(c));

  // Admissions: before inclusion for many (frail elderly the most), fewer after.
  const int before_rate = group == TargetGroup::FrailElderly ? 6 : group == TargetGroup::ChronicIllness ? 3 : 1;
  const Date anchor = included.value_or(decided);
  for (int a = r.between(0, before_rate); a > 0; --a) {
    Admission admission;
    admission.id = next();
    admission.person = pid;
    admission.date = add_days(anchor, -r.between(1, 365));
    admission.kind = r.chance(80) ? AdmissionKind::Acute : AdmissionKind::Planned;
    admission.bed_days = r.between(1, 14);
    if (admission.date < add_days(today, -30)) admission.seen = add_days(admission.date, r.between(1, 5));
    store.admissions.push_back(std::move(admission));
  }
  if (reached == CaseStage::Reported) return;

  // Mapping: a coordinator; PSFS from here on.
  const Date mapping = entered[1];
  const Practitioner& lead = practitioner(r, CareLevel::Municipal);
  const Id coordinator = add_member(pid, lead, mapping, true);
  std::vector<Id> members{coordinator};

  std::vector<Id> activities;
  for (int a = r.between(3, 5); a > 0; --a) {
    PsfsActivity activity;
    activity.id = next();
    activity.person = pid;
    activity.text = std::string(kActivities[(static_cast<std::size_t>(index) + activities.size() * 5) % kActivities.size()]);
    activity.added = mapping;
    activities.push_back(activity.id);
    store.psfs_activities.push_back(std::move(activity));
  }
  // The trajectory: about half improve by 2 or more per activity over the conversations, a third
  // stay within ±1, the rest decline.
  const int trajectory = r.between(0, 99);
  const int conversations = r.between(1, 6);
  std::vector<int> baseline;
  for (std::size_t a = 0; a < activities.size(); ++a) baseline.push_back(r.between(1, 6));
  const Date last_held = reached == CaseStage::Closed ? entered[5] : today;
  Date when = mapping;
  for (int k = 0; k < conversations && when <= last_held; ++k) {
    PsfsConversation conversation;
    conversation.id = next();
    conversation.person = pid;
    conversation.date = when;
    conversation.performed_by = lead.name;
    for (std::size_t a = 0; a < activities.size(); ++a) {
      const int progress = conversations == 1 ? 0 : k * 4 / (conversations - 1);  // 0 … 4 over the series
      int delta = trajectory < 50 ? progress - (progress > 0 ? r.between(0, 1) : 0)  // improving
                  : trajectory < 83 ? r.between(-1, 1)                               // flat
                                    : -progress + (progress > 0 ? r.between(0, 1) : 0);  // declining
      if (trajectory < 50 && k == conversations - 1 && conversations > 1) delta = std::max(delta, 2);
      if (trajectory >= 83 && k == conversations - 1 && conversations > 1) delta = std::min(delta, -2);
      conversation.scores.push_back({activities[a], std::clamp(baseline[a] + delta, 0, 10)});
    }
    store.psfs_conversations.push_back(std::move(conversation));
    when = add_days(when, r.between(42, 70));
  }
  if (reached == CaseStage::Mapping) return;

  // Team established: 3–12 members, at least two professionals besides the coordinator.
  const Date established = entered[2];
  const int team_size = r.between(3, 12);
  const CareLevel wanted[] = {CareLevel::Gp, CareLevel::Municipal, CareLevel::OtherSector, CareLevel::Hospital};
  for (int m = 1; m < team_size; ++m) {
    if (m == team_size - 1 && r.chance(30)) {  // a relative on the team now and then
      TeamMember relative;
      relative.id = next();
      relative.person = pid;
      relative.name = invented_name(r);
      relative.role = std::string(r.pick(all(kRelatives)));
      relative.level = CareLevel::Relative;
      relative.joined = established;
      store.team_members.push_back(relative);
      members.push_back(relative.id);
      continue;
    }
    const CareLevel level = m == 1 ? CareLevel::Gp : wanted[static_cast<std::size_t>(r.between(0, 3))];
    members.push_back(add_member(pid, practitioner(r, level), established, false));
  }
  // Now and then someone left the team later on.
  if (members.size() > 3 && r.chance(20)) {
    TeamMember& leaver = *store.find_team_member(members.back());
    leaver.left = std::min(today, add_days(established, r.between(30, 200)));
  }

  // The individual plan: 1–3 goals, some with a sub-goal, each with 1–3 measures.
  std::vector<Id> goals;
  for (int g = r.between(1, 3); g > 0; --g) {
    Goal goal;
    goal.id = next();
    goal.person = pid;
    goal.text = std::string(r.pick(all(kGoals)));
    goal.established = established;
    goals.push_back(goal.id);
    store.goals.push_back(std::move(goal));
    if (r.chance(30)) {
      Goal sub;
      sub.id = next();
      sub.person = pid;
      sub.parent = goals.back();
      sub.text = "Delmål: " + std::string(r.pick(all(kActivities)));
      sub.established = established;
      store.goals.push_back(std::move(sub));
    }
    for (int m = r.between(1, 3); m > 0; --m) {
      Measure measure;
      measure.id = next();
      measure.goal = goals.back();
      measure.text = std::string(r.pick(all(kMeasures)));
      measure.responsible = members[static_cast<std::size_t>(r.between(0, static_cast<int>(members.size()) - 1))];
      if (r.chance(80)) measure.due = add_days(established, r.between(30, 360));
      const int status = r.between(0, 99);
      measure.status = status < 30   ? MeasureStatus::Planned
                       : status < 70 ? MeasureStatus::InProgress
                       : status < 92 ? MeasureStatus::Done
                                     : MeasureStatus::Cancelled;
      store.measures.push_back(std::move(measure));
    }
  }

  // Meetings: the network meeting at the start, collaboration meetings about every two months.
  auto add_meeting = [&](MeetingType type, Date date) {
    Meeting meeting;
    meeting.id = next();
    meeting.person = pid;
    meeting.type = type;
    meeting.date = date;
    for (const Id member : members) {
      if (r.chance(75)) meeting.participants.push_back(member);
    }
    if (meeting.participants.empty()) meeting.participants.push_back(coordinator);
    meeting.person_present = r.chance(70);
    meeting.agenda = type == MeetingType::Evaluation ? "Evaluering av planen" : "Status og veien videre";
    if (date <= today) meeting.decisions = "Fortsetter tiltakene; ny status om to måneder.";
    store.meetings.push_back(std::move(meeting));
    return store.meetings.back().id;
  };
  add_meeting(MeetingType::Network, established);
  for (Date d = add_days(established, r.between(50, 70)); d < last_held; d = add_days(d, r.between(50, 70))) {
    add_meeting(MeetingType::Collaboration, d);
  }
  if (reached < CaseStage::Closed && r.chance(60)) add_meeting(MeetingType::Collaboration, add_days(today, r.between(7, 60)));

  // Quarterly measurements from inclusion on.
  const bool improving = trajectory < 50;
  int quarter = 0;
  for (Date d = established; d <= last_held; d = add_months(d, 3), ++quarter) {
    QuarterlyMeasurement q;
    q.id = next();
    q.person = pid;
    q.date = d;
    const int ease = improving ? std::min(quarter, 3) : 0;
    q.gp_contacts = std::max(0, r.between(1, 5) - ease);
    q.emergency_contacts = std::max(0, r.between(0, frail ? 3 : 1) - ease / 2);
    q.municipal_contacts = r.between(2, 20);
    q.specialist_contacts = r.between(0, 4);
    q.hospital_admissions = std::max(0, r.between(0, before_rate / 2 + 1) - ease);
    q.medications = inputs.medications.value_or(0) + r.between(-1, 1);
    q.medications = std::max(0, q.medications);
    q.hospital_departments = r.between(0, 2);
    q.proactive_services = r.between(0, 6) + ease;
    store.measurements.push_back(q);
  }
  // Admissions after inclusion: fewer for those who improve.
  for (int a = r.between(0, std::max(0, before_rate - (improving ? 3 : 0))); a > 0; --a) {
    const int after = days_between(established, last_held);
    if (after < 2) break;
    Admission admission;
    admission.id = next();
    admission.person = pid;
    admission.date = add_days(established, r.between(1, after));
    admission.kind = AdmissionKind::Acute;
    admission.bed_days = r.between(1, 10);
    if (admission.date < add_days(today, -14)) admission.seen = add_days(admission.date, r.between(0, 3));
    store.admissions.push_back(std::move(admission));
  }

  // The relay log.
  for (int e = r.between(0, 4); e > 0; --e) {
    RelayLogEntry entry;
    entry.id = next();
    entry.person = pid;
    entry.date = add_days(established, r.between(0, std::max(0, days_between(established, last_held))));
    entry.author = store.find_team_member(members[static_cast<std::size_t>(r.between(0, static_cast<int>(members.size()) - 1))])->name;
    entry.kind = static_cast<RelayEntryKind>(r.between(0, 2));
    entry.text = std::string(r.pick(all(kRelayTexts)));
    store.relay_log.push_back(std::move(entry));
  }
  if (reached < CaseStage::Evaluation) return;

  // Evaluation: goals evaluated, an evaluation meeting with the person's quality survey.
  const Date evaluated = entered[4];
  for (const Id g : goals) {
    Goal* goal = store.find_goal(g);
    const int outcome = r.between(0, 99);
    goal->evaluations.push_back(GoalEvaluation{
        evaluated, improving ? (outcome < 60 ? GoalOutcome::Achieved : GoalOutcome::Partly)
                             : (outcome < 50 ? GoalOutcome::Partly : GoalOutcome::NotAchieved),
        ""});
  }
  const Id meeting = add_meeting(MeetingType::Evaluation, evaluated);
  QualitySurvey survey;
  survey.id = next();
  survey.person = pid;
  survey.meeting = meeting;
  survey.date = evaluated;
  for (int k = 0; k < kQualityItems; ++k) {
    survey.answers.push_back(r.chance(8) ? 0 : std::clamp(r.between(2, 5) + (improving ? 1 : -1) * r.between(0, 1), 1, 5));
  }
  if (r.chance(35)) survey.comment = std::string(r.pick(all(kComments)));
  store.quality_surveys.push_back(std::move(survey));
}

}  // namespace

TeamMember member_from_register(Id id, Id person, const Practitioner& practitioner, Date joined, bool coordinator) {
  TeamMember m;
  m.id = id;
  m.person = person;
  m.name = practitioner.name;
  m.role = practitioner.role;
  m.service = practitioner.service;
  m.level = practitioner.level;
  m.coordinator = coordinator;
  m.joined = joined;
  m.practitioner = practitioner.id;
  if (coordinator) m.coordinator_since = joined;
  return m;
}

Store generate_caseload(const CaseloadSpec& spec) {
  Generator g{spec, {}, {}};
  Random r(spec.seed ^ 0xC0FFEE0DDBA11ull);
  const auto n = static_cast<std::size_t>(std::max(0, spec.persons));
  g.store.persons.reserve(n);
  g.store.referrals.reserve(n);
  g.store.cases.reserve(n);
  g.store.team_members.reserve(n * 6);
  g.store.psfs_conversations.reserve(n * 3);
  g.add_register(r);
  for (int i = 0; i < spec.persons; ++i) g.add_person(i);
  return std::move(g.store);
}

}  // namespace opp::synthetic
