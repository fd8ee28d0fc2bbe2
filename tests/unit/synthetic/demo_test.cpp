// The demo store: the three personas and their stories (teams, the BTI escalation, PSFS, admissions)
// told by records that keep the stage rules and the commands' rules, around a caseload of a few
// hundred; ids unique across the store, deterministic, nothing dated after today but what is
// planned, and a backup that restores to the same document.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/queries/psfs.hpp"
#include "core/rules/case_flow.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/risk_screening.hpp"
#include "core/synthetic/demo.hpp"

namespace opp {
namespace {

using synthetic::find_demo_persona;
using synthetic::generate_demo;
using synthetic::kDemoKasper;
using synthetic::kDemoKlara;
using synthetic::kDemoMorten;
using synthetic::kDemoPersonas;
using synthetic::kDemoPia;

const Date kToday = Date::from_ymd(2026, 11, 23);
// A second day, at the end of a leap-day February, where adding months clamps.
const Date kLeapDay = Date::from_ymd(2028, 2, 29);

const Store& demo_on(Date today) {
  static std::map<int, Store> stores;
  auto it = stores.find(today.serial());
  if (it == stores.end()) it = stores.emplace(today.serial(), generate_demo(today)).first;
  return it->second;
}

std::vector<const TeamMember*> team_of(const Store& s, Id person) {
  std::vector<const TeamMember*> team;
  for (const TeamMember& m : s.team_members.of_person(person)) team.push_back(&m);
  return team;
}

const TeamMember* member_with_role(const Store& s, Id person, std::string_view role) {
  for (const TeamMember& m : s.team_members.of_person(person)) {
    if (m.role == role && m.active()) return &m;
  }
  return nullptr;
}

bool has_consent(const Store& s, Id person, ConsentKind kind, std::string_view relative, Date by) {
  for (const Consent& c : s.consents.of_person(person)) {
    if (c.kind == kind && c.active() && c.given <= by && (relative.empty() || c.relative_name == relative))
      return true;
  }
  return false;
}

// The person's team and plan as they stood on `date`: what the stage rules looked at then.
Store as_of(const Store& s, Id person, Date date) {
  Store then;
  for (TeamMember m : s.team_members.of_person(person)) {
    if (date < m.joined) continue;
    if (m.left && date < *m.left) m.left.reset();
    if (m.coordinator_since && date < *m.coordinator_since) m.coordinator = false;
    then.team_members.push_back(m);
  }
  for (const Goal& g : s.goals.of_person(person)) {
    if (g.established <= date) then.goals.push_back(g);
  }
  return then;
}

TEST(SyntheticDemo, HasTheCaseloadAndEachPersonaOnceWithAnOpenCaseAndATeam) {
  const Store& s = demo_on(kToday);
  EXPECT_EQ(s.persons.size(), 303u) << "300 generated and the three personas";
  for (const std::string_view name : kDemoPersonas) {
    int count = 0;
    for (const Person& p : s.persons) count += p.name == name;
    EXPECT_EQ(count, 1) << name;
    const Person* p = find_demo_persona(s, name);
    ASSERT_NE(p, nullptr) << name;
    const auto info = parse_national_id(p->national_id);
    ASSERT_TRUE(info.has_value()) << name;
    EXPECT_EQ(info->kind, NationalIdKind::Synthetic) << "never a number a real person could have";
    EXPECT_TRUE(national_id_matches_birth_date(*info, *p->birth_date)) << name;
    const Case* c = s.open_case(p->id);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_GE(c->stage, CaseStage::FollowUp) << name;
    const TeamMember* coordinator = s.find_coordinator(p->id);
    ASSERT_NE(coordinator, nullptr) << name;
    EXPECT_TRUE(is_professional(coordinator->level));
    EXPECT_NE(coordinator->practitioner, kNoId) << "the coordinator is in the register";
    EXPECT_GE(team_of(s, p->id).size(), 5u) << name;
    EXPECT_EQ(s.find_referral(c->referral)->triage->coordinator, coordinator->practitioner)
        << "triage appointed the coordinator";
    EXPECT_GT(s.goals.of_person(p->id).size(), 0u) << name;
    EXPECT_GE(s.relay_log.of_person(p->id).size(), 4u) << name;
    EXPECT_GE(s.measurements.of_person(p->id).size(), 4u) << name;
  }
  EXPECT_EQ(find_demo_persona(s, kDemoPia), nullptr) << "Pia is on Kasper's team, not a person of her own";
  EXPECT_EQ(find_demo_persona(demo_on(kToday), "Nobody"), nullptr);
}

TEST(SyntheticDemo, KasperHasAChildCoordinatorTheFamilysServicesAndPiaAsRelative) {
  for (const Date today : {kToday, kLeapDay}) {
    const Store& s = demo_on(today);
    const Person* kasper = find_demo_persona(s, kDemoKasper);
    ASSERT_NE(kasper, nullptr);
    EXPECT_EQ(age_on(*kasper->birth_date, today), 9);
    EXPECT_EQ(s.open_case(kasper->id)->target_group, TargetGroup::ChildrenFamilies);
    const TeamMember* coordinator = s.find_coordinator(kasper->id);
    ASSERT_NE(coordinator, nullptr);
    EXPECT_EQ(coordinator->role, "barnekoordinator");

    const TeamMember* teacher = member_with_role(s, kasper->id, "kontaktlærer");
    ASSERT_NE(teacher, nullptr);
    EXPECT_EQ(teacher->service, "Skolen");
    const TeamMember* kindergarten = member_with_role(s, kasper->id, "pedagogisk leder");
    ASSERT_NE(kindergarten, nullptr);
    EXPECT_NE(kindergarten->service.find("Barnehage"), std::string::npos);
    const TeamMember* child_welfare = member_with_role(s, kasper->id, "barnevernskonsulent");
    ASSERT_NE(child_welfare, nullptr);
    EXPECT_EQ(child_welfare->service, "Barneverntjenesten");
    EXPECT_NE(member_with_role(s, kasper->id, "helsesykepleier"), nullptr);
    ASSERT_NE(member_with_role(s, kasper->id, "fastlege"), nullptr);
    EXPECT_EQ(member_with_role(s, kasper->id, "fastlege")->level, CareLevel::Gp);

    const TeamMember* pia = member_with_role(s, kasper->id, "mor");
    ASSERT_NE(pia, nullptr);
    EXPECT_EQ(pia->name, kDemoPia);
    EXPECT_EQ(pia->level, CareLevel::Relative);
    EXPECT_FALSE(pia->coordinator);
    // Pia consents as his guardian, and to taking part herself.
    EXPECT_TRUE(has_consent(s, kasper->id, ConsentKind::Guardian, kDemoPia, kasper->registered));
    EXPECT_TRUE(has_consent(s, kasper->id, ConsentKind::RelativeInvolvement, kDemoPia, pia->joined));
    EXPECT_FALSE(has_consent(s, kasper->id, ConsentKind::Referral, "", today))
        << "a child's consent is the guardian's";
  }
}

TEST(SyntheticDemo, KaspersTriageIsBtiLevel3AndTheEscalationFromLevel2IsRecorded) {
  const Store& s = demo_on(kToday);
  const Person* kasper = find_demo_persona(s, kDemoKasper);
  ASSERT_NE(kasper, nullptr);
  const Case* c = s.open_case(kasper->id);
  ASSERT_NE(c, nullptr);
  const Referral* accepted = s.find_referral(c->referral);
  ASSERT_TRUE(accepted->triage.has_value());
  EXPECT_EQ(accepted->triage->level, TriageLevel::Bti3);
  EXPECT_TRUE(accepted->triage->needs_coordinator && accepted->triage->needs_team &&
              accepted->triage->needs_plan);
  EXPECT_EQ(accepted->status, ReferralStatus::Accepted);

  // The level-2 referral before it: triaged BTI 2 and left to the school and the school nurse.
  std::vector<const Referral*> level2;
  for (const Referral& r : s.referrals.of_person(kasper->id)) {
    if (r.triage && r.triage->level == TriageLevel::Bti2) level2.push_back(&r);
  }
  ASSERT_EQ(level2.size(), 1u);
  EXPECT_LT(level2[0]->triage->date, accepted->triage->date);
  EXPECT_LT(level2[0]->received, accepted->received);
  EXPECT_EQ(level2[0]->status, ReferralStatus::Redirected);
  EXPECT_FALSE(level2[0]->triage->needs_coordinator);
  EXPECT_NE(accepted->triage->note.find(to_display(level2[0]->received)), std::string::npos)
      << "the level-3 triage names the level-2 referral";
  EXPECT_NE(accepted->observed.find(to_display(level2[0]->received)), std::string::npos)
      << "and so does the school nurse's referral";

  // The relay log: kept through the level-2 period, and the lift to level 3 on the day of the triage.
  int during_level2 = 0;
  bool escalation = false;
  for (const RelayLogEntry& e : s.relay_log.of_person(kasper->id)) {
    if (level2[0]->triage->date <= e.date && e.date < accepted->received) ++during_level2;
    if (e.date == accepted->triage->date && e.text.find("nivå 2") != std::string::npos &&
        e.text.find("nivå 3") != std::string::npos)
      escalation = true;
  }
  EXPECT_GE(during_level2, 3);
  EXPECT_TRUE(escalation);
}

TEST(SyntheticDemo, MortenIs28WithNavHisGpTheDpsTeamAHousingGoalAndARelapse) {
  for (const Date today : {kToday, kLeapDay}) {
    const Store& s = demo_on(today);
    const Person* morten = find_demo_persona(s, kDemoMorten);
    ASSERT_NE(morten, nullptr);
    EXPECT_EQ(age_on(*morten->birth_date, today), 28);
    const TeamMember* coordinator = s.find_coordinator(morten->id);
    ASSERT_NE(coordinator, nullptr);
    EXPECT_EQ(coordinator->role, "psykiatrisk sykepleier");
    EXPECT_EQ(coordinator->service, "Psykisk helse og rus");
    ASSERT_NE(member_with_role(s, morten->id, "veileder"), nullptr);
    EXPECT_EQ(member_with_role(s, morten->id, "veileder")->service, "NAV");
    EXPECT_NE(member_with_role(s, morten->id, "fastlege"), nullptr);
    const TeamMember* specialist = member_with_role(s, morten->id, "psykolog");
    ASSERT_NE(specialist, nullptr);
    EXPECT_EQ(specialist->level, CareLevel::Hospital);
    bool housing = false;
    for (const Goal& g : s.goals.of_person(morten->id))
      housing |= g.parent == kNoId && g.text.find("bolig") != std::string::npos;
    EXPECT_TRUE(housing);

    // Ups and downs: a significant decline between two conversations, then better than at the start.
    const queries::PsfsGrid grid = queries::psfs_grid(s, morten->id);
    bool declined = false;
    for (const auto& change : grid.changes)
      declined |= change && change->significance == queries::PsfsSignificance::Decline;
    EXPECT_TRUE(declined);
    const queries::FirstAndLatest fl = queries::first_and_latest(s, morten->id);
    ASSERT_GE(fl.count, 3);
    EXPECT_GT(queries::psfs_change(*fl.first, *fl.latest)->value, 0.0);
    // The relapse moved the case back a stage before it went on again.
    const Case* c = s.open_case(morten->id);
    bool moved_back = false;
    for (std::size_t i = 1; i < c->history.size(); ++i)
      moved_back |= c->history[i].stage < c->history[i - 1].stage;
    EXPECT_TRUE(moved_back);
    EXPECT_EQ(c->stage, CaseStage::FollowUp);
  }
}

TEST(SyntheticDemo, KlaraIs75WithSevenAdmissionsInTheYearBeforeInclusionCfs6AndFewerAfter) {
  for (const Date today : {kToday, kLeapDay}) {
    const Store& s = demo_on(today);
    const Person* klara = find_demo_persona(s, kDemoKlara);
    ASSERT_NE(klara, nullptr);
    EXPECT_EQ(age_on(*klara->birth_date, today), 75);
    const Case* c = s.open_case(klara->id);
    ASSERT_NE(c, nullptr);
    ASSERT_TRUE(c->included.has_value());
    EXPECT_EQ(c->target_group, TargetGroup::FrailElderly);

    const Referral* referral = s.find_referral(c->referral);
    ASSERT_TRUE(referral->screening.has_value());
    const RiskInputs& inputs = referral->screening->inputs;
    EXPECT_EQ(inputs.clinical_frailty, 6);
    EXPECT_EQ(inputs.admissions_12m, 7);
    EXPECT_EQ(age_on(*klara->birth_date, referral->received), 75);
    bool ahus = false;
    for (const RiskMatch& m : referral->screening->matches) ahus |= m.rule_id == "ahus_inclusion";
    EXPECT_TRUE(ahus) << "75, more than six admissions, a project municipality";

    int before = 0, after = 0;
    const Date year_before = add_months(*c->included, -12);
    for (const Admission& a : s.admissions.of_person(klara->id)) {
      if (year_before <= a.date && a.date < *c->included) ++before;
      if (*c->included <= a.date) ++after;
    }
    EXPECT_EQ(before, 7);
    EXPECT_LT(after, before);
    EXPECT_GE(after, 1) << "one short stay since, as told";
    // The quarterly measurements count the same admissions.
    int measured_after = 0;
    for (const QuarterlyMeasurement& q : s.measurements.of_person(klara->id)) {
      if (q.date != *c->included) measured_after += q.hospital_admissions;
    }
    EXPECT_EQ(measured_after, after);

    const TeamMember* coordinator = s.find_coordinator(klara->id);
    ASSERT_NE(coordinator, nullptr);
    EXPECT_EQ(coordinator->service, "Hjemmetjenesten");
    EXPECT_EQ(coordinator->role, "sykepleier");
    EXPECT_NE(member_with_role(s, klara->id, "fastlege"), nullptr);
    const TeamMember* hospital = member_with_role(s, klara->id, "overlege");
    ASSERT_NE(hospital, nullptr);
    EXPECT_EQ(hospital->level, CareLevel::Hospital);
    const TeamMember* daughter = member_with_role(s, klara->id, "datter");
    ASSERT_NE(daughter, nullptr);
    EXPECT_EQ(daughter->level, CareLevel::Relative);
    EXPECT_EQ(s.quality_surveys.of_person(klara->id).size(), 1u) << "asked at her evaluation meeting";
  }
}

TEST(SyntheticDemo, KasperAndKlaraImproveByTwoOrMoreOnPsfsFromTheFirstConversationToTheLast) {
  const Store& s = demo_on(kToday);
  for (const std::string_view name : kDemoPersonas) {
    const queries::FirstAndLatest fl = queries::first_and_latest(s, find_demo_persona(s, name)->id);
    EXPECT_GE(fl.count, 3) << name;
    EXPECT_LE(fl.count, 5) << name;
  }
  for (const std::string_view name : {kDemoKasper, kDemoKlara}) {
    const queries::FirstAndLatest fl = queries::first_and_latest(s, find_demo_persona(s, name)->id);
    ASSERT_NE(fl.first, nullptr);
    const auto change = queries::psfs_change(*fl.first, *fl.latest);
    ASSERT_TRUE(change.has_value());
    EXPECT_GE(change->value, 2.0) << name;
    EXPECT_EQ(change->significance, queries::PsfsSignificance::Improvement) << name;
    EXPECT_GE(change->activities, 3) << name;
  }
}

TEST(SyntheticDemo, EveryPersonasCaseKeepsTheStageRulesOnTheDayOfEachMove) {
  for (const Date today : {kToday, kLeapDay}) {
    const Store& s = demo_on(today);
    for (const std::string_view name : kDemoPersonas) {
      const Person* p = find_demo_persona(s, name);
      ASSERT_NE(p, nullptr);
      const Case* c = s.open_case(p->id);
      ASSERT_NE(c, nullptr);
      EXPECT_EQ(c->id, c->referral) << "opened by accepting the referral";
      EXPECT_EQ(s.find_referral(c->referral)->status, ReferralStatus::Accepted);
      ASSERT_FALSE(c->history.empty());
      EXPECT_EQ(c->history.front().stage, CaseStage::Reported);
      EXPECT_EQ(c->history.front().date, c->opened);
      EXPECT_EQ(c->history.back().stage, c->stage);
      EXPECT_EQ(c->included, entered_stage(*c, CaseStage::TeamEstablished));
      EXPECT_FALSE(c->closed.has_value());
      EXPECT_LE(s.find_referral(c->referral)->received, c->opened);
      for (std::size_t i = 1; i < c->history.size(); ++i) {
        const StageChange& change = c->history[i];
        EXPECT_LE(c->history[i - 1].date, change.date) << name;
        EXPECT_LE(change.date, today) << name;
        Case before = *c;
        before.history.resize(i);
        before.stage = before.history.back().stage;
        EXPECT_EQ(move_refusals(as_of(s, p->id, change.date), before, change.stage, change.reason),
                  std::vector<std::string>{})
            << name << " into stage " << static_cast<int>(change.stage) << " on " << to_display(change.date);
      }
    }
  }
}

TEST(SyntheticDemo, PersonaRecordsKeepTheRulesTheCommandsEnforce) {
  const Store& s = demo_on(kToday);
  for (const std::string_view name : kDemoPersonas) {
    const Person* p = find_demo_persona(s, name);
    ASSERT_NE(p, nullptr);
    for (const TeamMember& m : s.team_members.of_person(p->id)) {
      EXPECT_LE(p->registered, m.joined);
      if (m.level == CareLevel::Relative) {
        EXPECT_TRUE(has_consent(s, p->id, ConsentKind::RelativeInvolvement, m.name, m.joined)) << m.name;
      } else {
        const Practitioner* registered = s.find_practitioner(m.practitioner);
        ASSERT_NE(registered, nullptr) << m.name;
        EXPECT_EQ(registered->name, m.name);
        EXPECT_EQ(registered->role, m.role);
        EXPECT_EQ(registered->level, m.level);
      }
    }
    for (const RelayLogEntry& e : s.relay_log.of_person(p->id)) {
      EXPECT_TRUE(has_consent(s, p->id, ConsentKind::Sharing, "", e.date))
          << "the relay log needs sharing consent";
    }
    for (const Meeting& meeting : s.meetings.of_person(p->id)) {
      for (const Id id : meeting.participants) {
        const TeamMember* m = s.find_team_member(id);
        ASSERT_NE(m, nullptr);
        EXPECT_EQ(m->person, p->id);
        EXPECT_LE(m->joined, meeting.date) << m->name << " at a meeting before joining";
      }
    }
    for (const PsfsConversation& conversation : s.psfs_conversations.of_person(p->id)) {
      EXPECT_LE(conversation.scores.size(), 5u);
      for (const PsfsScore& score : conversation.scores) {
        EXPECT_LE(s.find_psfs_activity(score.activity)->added, conversation.date);
        EXPECT_GE(score.score, 0);
        EXPECT_LE(score.score, 10);
      }
    }
    for (const Goal& g : s.goals.of_person(p->id)) {
      for (const Measure& m : s.measures) {
        if (m.goal != g.id || m.responsible == kNoId) continue;
        EXPECT_EQ(s.find_team_member(m.responsible)->person, p->id);
        if (m.from_meeting != kNoId) {
          EXPECT_EQ(s.find_meeting(m.from_meeting)->person, p->id);
        }
      }
    }
  }
}

TEST(SyntheticDemo, NoIdIsUsedTwiceAcrossTheWholeStore) {
  const Store& s = demo_on(kToday);
  std::set<Id> ids;
  std::uint32_t highest = 0;
  auto take = [&](Id id) {
    EXPECT_TRUE(ids.insert(id).second) << id;
    EXPECT_EQ(device_of(id), kLegacyDevice);
    highest = std::max(highest, counter_of(id));
  };
  auto take_all = [&](const auto& table) {
    for (const auto& x : table) take(x.id);
  };
  take_all(s.persons);
  take_all(s.referrals);
  take_all(s.consents);
  take_all(s.team_members);
  take_all(s.goals);
  take_all(s.measures);
  take_all(s.meetings);
  take_all(s.psfs_activities);
  take_all(s.psfs_conversations);
  take_all(s.measurements);
  take_all(s.relay_log);
  take_all(s.practitioners);
  take_all(s.admissions);
  take_all(s.quality_surveys);
  // A case opened by accepting a referral has the referral's id, and only one case has it.
  std::set<Id> case_ids;
  for (const Case& c : s.cases) {
    EXPECT_TRUE(case_ids.insert(c.id).second) << c.id;
    EXPECT_EQ(c.id, c.referral);
  }
  EXPECT_GE(s.persons.size(), 300u);
  // The next id handed out on device 0 never collides with one made here.
  EXPECT_EQ(s.id_counters.at(kLegacyDevice), highest);
}

TEST(SyntheticDemo, TheSameDayGivesTheSameBackupWhichRestoresToItself) {
  const std::string a = to_backup_json(generate_demo(kToday));
  EXPECT_EQ(a, to_backup_json(generate_demo(synthetic::DemoSpec{kToday})));
  EXPECT_NE(a, to_backup_json(generate_demo(kLeapDay)));
  const auto restored = from_backup_json(a);
  ASSERT_TRUE(restored.ok()) << restored.error.message_key << " " << restored.error.detail;
  EXPECT_EQ(to_backup_json(*restored.value), a);
  EXPECT_EQ(*restored.value, demo_on(kToday));
}

TEST(SyntheticDemo, NothingIsDatedAfterTodayButPlannedMeetingsAndDueDates) {
  for (const Date today : {kToday, kLeapDay}) {
    const Store& s = demo_on(today);
    const auto past = [&](Date d) { return d.valid() && d <= today; };
    const auto past_opt = [&](const std::optional<Date>& d) { return !d || past(*d); };
    for (const auto& x : s.persons) EXPECT_TRUE(past(x.registered) && past_opt(x.birth_date)) << x.name;
    for (const auto& x : s.referrals) {
      EXPECT_TRUE(past(x.received));
      if (x.triage) {
        EXPECT_TRUE(past(x.triage->date) && x.received <= x.triage->date);
      }
      if (x.screening) {
        EXPECT_EQ(x.screening->inputs.referral_date, x.received);
      }
    }
    for (const auto& x : s.consents) EXPECT_TRUE(past(x.given) && past_opt(x.withdrawn));
    for (const auto& x : s.team_members)
      EXPECT_TRUE(past(x.joined) && past_opt(x.left) && past_opt(x.coordinator_since));
    for (const auto& x : s.goals) {
      EXPECT_TRUE(past(x.established));
      for (const auto& e : x.evaluations) EXPECT_TRUE(past(e.date) && x.established <= e.date);
    }
    for (const auto& x : s.measures) {
      for (const auto& e : x.evaluations) EXPECT_TRUE(past(e.date));
    }
    int planned = 0;
    for (const auto& x : s.meetings) {
      if (x.date <= today) continue;
      ++planned;
      EXPECT_TRUE(x.decisions.empty()) << "a meeting not yet held has no decisions";
      EXPECT_LE(days_between(today, x.date), 366) << "planned within the year";
    }
    EXPECT_GE(planned, 3) << "each persona has a meeting ahead";
    for (const auto& x : s.psfs_activities) EXPECT_TRUE(past(x.added) && past_opt(x.retired));
    for (const auto& x : s.psfs_conversations) EXPECT_TRUE(past(x.date));
    for (const auto& x : s.measurements) EXPECT_TRUE(past(x.date));
    for (const auto& x : s.relay_log) EXPECT_TRUE(past(x.date));
    for (const auto& x : s.admissions)
      EXPECT_TRUE(past(x.date) && past_opt(x.seen) && (!x.seen || x.date <= *x.seen));
    for (const auto& x : s.quality_surveys) EXPECT_TRUE(past(x.date));
    for (const auto& x : s.cases) {
      EXPECT_TRUE(past(x.opened) && past_opt(x.included) && past_opt(x.closed));
      for (const auto& h : x.history) EXPECT_TRUE(past(h.date));
    }
  }
}

}  // namespace
}  // namespace opp
