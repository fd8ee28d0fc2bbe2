// The synthetic caseload: deterministic, internally consistent (every reference resolves, the
// stage rules hold, nothing is dated after "today" but planned things), the promised mix, and a
// backup that restores to the same store.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/codec/json_codec.hpp"
#include "core/rules/case_flow.hpp"
#include "core/rules/national_id.hpp"
#include "core/rules/risk_screening.hpp"
#include "core/synthetic/caseload.hpp"

namespace opp {
namespace {

using synthetic::CaseloadSpec;
using synthetic::generate_caseload;

const Date kToday = Date::from_ymd(2026, 11, 23);

const Store& caseload_of_1000() {
  static const Store store = generate_caseload(CaseloadSpec{1000, 7, kToday});
  return store;
}

TEST(SyntheticCaseload, TheSameSeedGivesTheSameStoreAndAnotherSeedAnother) {
  const Store a = generate_caseload(CaseloadSpec{200, 3, kToday});
  const Store b = generate_caseload(CaseloadSpec{200, 3, kToday});
  const Store c = generate_caseload(CaseloadSpec{200, 4, kToday});
  EXPECT_EQ(a, b);
  EXPECT_NE(a.persons[0].name + a.persons[1].name + a.persons[2].name,
            c.persons[0].name + c.persons[1].name + c.persons[2].name);
  EXPECT_EQ(a.persons.size(), 200u);
  EXPECT_EQ(generate_caseload(CaseloadSpec{0, 3, kToday}).persons.size(), 0u);
}

TEST(SyntheticCaseload, EveryIdIsUniqueOfDeviceZeroAndEveryReferenceResolves) {
  const Store& s = caseload_of_1000();
  std::set<Id> ids;
  std::uint32_t highest = 0;
  auto take = [&](Id id) {
    EXPECT_TRUE(ids.insert(id).second) << id;
    EXPECT_EQ(device_of(id), kLegacyDevice);
    highest = std::max(highest, counter_of(id));
  };
  for (const auto& x : s.persons) take(x.id);
  for (const auto& x : s.practitioners) take(x.id);
  for (const auto& x : s.referrals) {
    take(x.id);
    EXPECT_NE(s.find_person(x.person), nullptr);
  }
  for (const auto& x : s.consents) take(x.id);
  for (const auto& x : s.team_members) {
    take(x.id);
    EXPECT_NE(s.find_person(x.person), nullptr);
    if (x.practitioner != kNoId) { EXPECT_NE(s.find_practitioner(x.practitioner), nullptr); }
  }
  for (const auto& x : s.goals) {
    take(x.id);
    if (x.parent != kNoId) { EXPECT_EQ(s.find_goal(x.parent)->person, x.person); }
  }
  for (const auto& x : s.measures) {
    take(x.id);
    const Goal* goal = s.find_goal(x.goal);
    ASSERT_NE(goal, nullptr);
    if (x.responsible != kNoId) { EXPECT_EQ(s.find_team_member(x.responsible)->person, goal->person); }
  }
  for (const auto& x : s.meetings) {
    take(x.id);
    for (const Id p : x.participants) EXPECT_EQ(s.find_team_member(p)->person, x.person);
  }
  for (const auto& x : s.psfs_activities) take(x.id);
  for (const auto& x : s.psfs_conversations) {
    take(x.id);
    for (const PsfsScore& score : x.scores) {
      EXPECT_EQ(s.find_psfs_activity(score.activity)->person, x.person);
      EXPECT_GE(score.score, 0);
      EXPECT_LE(score.score, 10);
    }
  }
  for (const auto& x : s.measurements) take(x.id);
  for (const auto& x : s.relay_log) take(x.id);
  for (const auto& x : s.admissions) take(x.id);
  for (const auto& x : s.quality_surveys) {
    take(x.id);
    EXPECT_EQ(s.find_meeting(x.meeting)->type, MeetingType::Evaluation);
    EXPECT_EQ(x.answers.size(), static_cast<std::size_t>(kQualityItems));
  }
  for (const auto& x : s.cases) {
    // A case opened by accepting a referral has the referral's id.
    EXPECT_EQ(x.id, x.referral);
    EXPECT_EQ(s.find_referral(x.referral)->status, ReferralStatus::Accepted);
  }
  // The next id handed out on device 0 never collides with one generated.
  EXPECT_EQ(s.id_counters.at(kLegacyDevice), highest);
}

TEST(SyntheticCaseload, EveryCaseSatisfiesTheStageRulesOfTheStageItIsIn) {
  const Store& s = caseload_of_1000();
  for (const Case& c : s.cases) {
    ASSERT_FALSE(c.history.empty());
    EXPECT_EQ(c.history.back().stage, c.stage);
    for (std::size_t i = 1; i < c.history.size(); ++i) EXPECT_LE(c.history[i - 1].date, c.history[i].date);
    EXPECT_LE(c.history.back().date, kToday);
    EXPECT_EQ(c.included.has_value(), c.stage >= CaseStage::TeamEstablished);
    EXPECT_EQ(c.closed.has_value(), c.stage == CaseStage::Closed);
    if (c.stage == CaseStage::Reported || c.stage == CaseStage::Closed) continue;
    // The move into its stage, made from the stage before, is allowed on today's store.
    Case before = c;
    before.stage = static_cast<CaseStage>(static_cast<int>(c.stage) - 1);
    before.history.pop_back();
    EXPECT_EQ(move_refusals(s, before, c.stage, ""), std::vector<std::string>{}) << c.id;
  }
}

TEST(SyntheticCaseload, NothingIsDatedAfterTodayButWhatIsPlanned) {
  const Store& s = caseload_of_1000();
  for (const auto& p : s.persons) {
    EXPECT_LE(p.registered, kToday);
    ASSERT_TRUE(p.birth_date.has_value());
    EXPECT_LT(*p.birth_date, p.registered);
  }
  for (const auto& x : s.referrals) EXPECT_LE(x.received, kToday);
  for (const auto& x : s.psfs_conversations) EXPECT_LE(x.date, kToday);
  for (const auto& x : s.measurements) EXPECT_LE(x.date, kToday);
  for (const auto& x : s.admissions) EXPECT_LE(x.date, kToday);
  for (const auto& x : s.relay_log) EXPECT_LE(x.date, kToday);
  for (const auto& x : s.team_members) EXPECT_LE(x.joined, kToday);
  int planned = 0;
  for (const auto& x : s.meetings) {
    if (x.date > kToday) {
      ++planned;
      EXPECT_TRUE(x.decisions.empty()) << "a meeting not yet held has no decisions";
    }
  }
  EXPECT_GT(planned, 0);
}

TEST(SyntheticCaseload, IdentityNumbersAreValidSyntheticNumbersOfTheBirthDate) {
  const Store& s = caseload_of_1000();
  int with_number = 0;
  for (const auto& p : s.persons) {
    if (p.national_id.empty()) continue;
    ++with_number;
    const auto info = parse_national_id(p.national_id);
    ASSERT_TRUE(info.has_value()) << p.national_id;
    EXPECT_EQ(info->kind, NationalIdKind::Synthetic) << "never a number a real person could have";
    EXPECT_TRUE(national_id_matches_birth_date(*info, *p.birth_date)) << p.national_id;
  }
  EXPECT_GT(with_number, 400);
  EXPECT_LT(with_number, 700);
}

TEST(SyntheticCaseload, HasTheMixOfAgesServicesStagesTeamsAndTrajectories) {
  const Store& s = caseload_of_1000();
  int children = 0, elderly = 0;
  for (const auto& p : s.persons) {
    const int age = age_on(*p.birth_date, kToday);
    EXPECT_GE(age, 0);
    EXPECT_LE(age, 102);
    if (age < 18) ++children;
    if (age >= 67) ++elderly;
  }
  EXPECT_GT(children, 180);
  EXPECT_LT(children, 330);
  EXPECT_GT(elderly, 330);
  EXPECT_LT(elderly, 500);

  std::set<ReporterService> services;
  std::map<ReferralStatus, int> statuses;
  for (const auto& r : s.referrals) {
    services.insert(r.reporter_service);
    ++statuses[r.status];
    EXPECT_TRUE(r.screening.has_value());
  }
  EXPECT_EQ(services.size(), 12u) << "referrals from every sector";
  for (const ReferralStatus st : {ReferralStatus::New, ReferralStatus::UnderAssessment, ReferralStatus::Accepted,
                                  ReferralStatus::Redirected, ReferralStatus::Closed})
    EXPECT_GT(statuses[st], 0) << static_cast<int>(st);

  std::map<CaseStage, int> stages;
  for (const auto& c : s.cases) ++stages[c.stage];
  for (int st = 0; st < kCaseStageCount; ++st) EXPECT_GT(stages[static_cast<CaseStage>(st)], 30) << st;

  // Teams of 3–12 from team established on.
  for (const auto& c : s.cases) {
    if (c.stage < CaseStage::TeamEstablished) continue;
    const auto size = s.team_members.of_person(c.person).size();
    EXPECT_GE(size, 3u);
    EXPECT_LE(size, 12u);
  }

  // PSFS: the average change from the first conversation to the last.
  std::map<Id, std::vector<const PsfsConversation*>> by_person;
  for (const auto& conversation : s.psfs_conversations) by_person[conversation.person].push_back(&conversation);
  int improved = 0, flat = 0, declined = 0, series = 0;
  std::set<std::size_t> counts;
  for (const auto& [person, list] : by_person) {
    counts.insert(list.size());
    if (list.size() < 2) continue;
    ++series;
    double change = 0;
    for (std::size_t a = 0; a < list.front()->scores.size(); ++a)
      change += list.back()->scores[a].score - list.front()->scores[a].score;
    change /= static_cast<double>(list.front()->scores.size());
    if (change >= 2) ++improved;
    else if (change <= -1.5) ++declined;
    else if (change > -1.01 && change < 1.01) ++flat;
  }
  EXPECT_EQ(*counts.begin(), 1u);
  EXPECT_EQ(*counts.rbegin(), 6u);
  EXPECT_GT(improved, series * 35 / 100) << series;
  EXPECT_GT(flat, series * 20 / 100);
  EXPECT_GT(declined, series * 8 / 100);

  // Admissions before and after inclusion.
  int before = 0, after = 0;
  for (const auto& a : s.admissions) {
    const Case* c = s.open_case(a.person);
    if (!c || !c->included) continue;
    (a.date < *c->included ? before : after) += 1;
  }
  EXPECT_GT(before, 100);
  EXPECT_GT(after, 50);
  EXPECT_FALSE(s.relay_log.empty());
  EXPECT_FALSE(s.quality_surveys.empty());
}

TEST(SyntheticCaseload, NamesAreInventedNeverTheSeedsPersonas) {
  const Store& s = caseload_of_1000();
  std::set<std::string> names;
  for (const auto& p : s.persons) {
    names.insert(p.name);
    for (const char* persona : {"Kasper", "Pia ", "Morten", "Klara"}) EXPECT_EQ(p.name.find(persona), std::string::npos);
  }
  EXPECT_GT(names.size(), 880u) << "names vary";
}

TEST(SyntheticCaseload, ItsBackupRestoresToTheSameStore) {
  const Store s = generate_caseload(CaseloadSpec{300, 11, kToday});
  const auto restored = from_backup_json(to_backup_json(s));
  ASSERT_TRUE(restored.ok()) << restored.error.message_key << " " << restored.error.detail;
  EXPECT_EQ(*restored.value, s);
}

}  // namespace
}  // namespace opp
