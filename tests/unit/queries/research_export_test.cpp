// The anonymised research export: nothing a user typed and nothing that names a person leaves,
// pseudonyms are stable within an export and new in the next, ages are banded, dates are months,
// and small cells are suppressed.
#include "core/queries/research_export.hpp"

#include <gtest/gtest.h>

#include <set>

#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;
using Row = std::vector<std::string>;

TEST(ResearchExportAgeBand, FiveYearBandsOnTheDay) {
  Person p;
  EXPECT_EQ(age_band(p, ymd(2024, 1, 1)), "");  // no birth date
  p.birth_date = ymd(1950, 6, 15);
  EXPECT_EQ(age_band(p, ymd(2024, 6, 14)), "70–74");  // 73
  EXPECT_EQ(age_band(p, ymd(2025, 6, 15)), "75–79");  // 75 on the birthday
  p.birth_date = ymd(2024, 1, 1);
  EXPECT_EQ(age_band(p, ymd(2024, 6, 1)), "0–4");
  p.birth_date = ymd(1929, 1, 1);
  EXPECT_EQ(age_band(p, ymd(2024, 1, 1)), "95+");
  p.birth_date = ymd(1930, 1, 2);
  EXPECT_EQ(age_band(p, ymd(2024, 1, 1)), "90–94");
}

class ResearchExportTest : public ::testing::Test {
 protected:
  // A person with a case, born on `birth`, in `municipality`.
  Id person(const std::string& name, Date birth, const std::string& municipality,
            TargetGroup group = TargetGroup::FrailElderly, Date opened = ymd(2023, 1, 10)) {
    const Id p = run(store, CreatePerson{name, birth, "", municipality});
    cases.push_back(run(store, OpenCase{p, opened, group}));
    return p;
  }
  ResearchTables export_all(std::uint64_t seed = 1) {
    ResearchExport job(store, {}, today(), seed);
    while (!job.step(3)) {
    }
    return job.finish(evaluate(store, {}, today()));
  }
  static int column(const Rows& rows, const std::string& header) {
    const auto& h = rows.front();
    const auto found = std::find(h.begin(), h.end(), header);
    EXPECT_NE(found, h.end()) << header;
    return static_cast<int>(found - h.begin());
  }
  Store store;
  std::vector<Id> cases;
};

TEST_F(ResearchExportTest, NothingThatNamesOrReachesAPersonAndNoFreeText) {
  // Two referrals through the intake form, with everything a form can carry.
  const std::string number = synthetic_id(15, 3, 49);
  ASSERT_FALSE(number.empty());
  SubmitReferral form{0, "Klara Øvreås", ymd(1949, 3, 15), number, "Kinn", "tlf 912 34 567", ymd(2023, 1, 5),
                      "Dr. Fjellheim", "fastlege", ReporterService::GpMessage, "Faller ofte om natten",
                      "Å klare seg hjemme med katten", {ReporterService::HomeCare}, Urgency::Soon, true, true,
                      {"Per Øvreås"}, "", std::nullopt};
  const Id referral = run(store, form);
  ASSERT_NE(referral, kNoId);
  const Id klara = store.find_referral(referral)->person;
  run(store, TriageReferral{referral, ymd(2023, 1, 6), TriageLevel::AdultCollaborationSeveral, true, true, true, kNoId,
                            "Trenger tett oppfølging av Klara"});
  run(store, SetReferralStatus{referral, ReferralStatus::Accepted, ""});
  ASSERT_EQ(store.cases.size(), 1u);
  run(store, SetCaseTargetGroup{store.cases[0].id, TargetGroup::FrailElderly});
  for (int i = 0; i < 5; ++i) person("Anne Hansen " + std::to_string(i), ymd(1950, 1, 1 + i), "Kinn");
  run(store, RecordPsfsConversation{klara, ymd(2023, 2, 1), "Siri Sykepleier", PsfsDirection::ZeroIsCannot, {},
                                    {{"Gå tur med bikkja Tassen", 3}, {"Lage middag til barnebarna", 2}}, {}});
  const auto activities = store.psfs_activities.positions_of(klara);
  run(store, RecordPsfsConversation{klara, ymd(2023, 5, 1), "Siri Sykepleier", PsfsDirection::ZeroIsCannot,
                                    {{store.psfs_activities[activities[0]].id, 6},
                                     {store.psfs_activities[activities[1]].id, 5}}, {}, {}});
  const Id nurse = run(store, AddTeamMember{klara, "Siri Sykepleier", "sykepleier", "Hjemmetjenesten Nord",
                                            CareLevel::Municipal, ymd(2023, 1, 20)});
  run(store, RecordMeeting{klara, MeetingType::Network, ymd(2023, 2, 1), {nurse}, true, "Agenda om trappa",
                           "Vedtak om trygghetsalarm", "Ringe datteren Ingrid"});
  run(store, AddGoal{klara, kNoId, "Gå til postkassen selv", ymd(2023, 2, 2)});
  const Id evaluation = run(store, RecordMeeting{klara, MeetingType::Evaluation, ymd(2023, 6, 1), {nurse}, true, "", "", ""});
  run(store, RecordQualitySurvey{evaluation, {5, 4, 0, 3, 0}, "Rullatoren min heter Rulle"});
  run(store, RegisterAdmission{klara, ymd(2023, 3, 1), AdmissionKind::Acute, 2, "Lårhalsbrudd etter fall"});

  const ResearchTables t = export_all();
  const std::vector<std::string> secrets{
      "Klara", "Øvreås", "Anne Hansen", number, "912 34 567", "Fjellheim", "Faller ofte", "katten", "Per",
      "Tassen", "barnebarna", "Siri", "Hjemmetjenesten", "trappa", "trygghetsalarm", "Ingrid", "postkassen",
      "Lårhalsbrudd", "Rulle", "1949-03-15", "15.03.1949", "2023-01-05", "05.01.2023"};
  std::set<std::string> ids;
  for (const Person& p : store.persons) ids.insert(std::to_string(p.id));
  for (const Rows* rows : {&t.cases, &t.psfs, &t.figures}) {
    for (const Row& row : *rows) {
      for (const std::string& cell : row) {
        for (const std::string& secret : secrets) EXPECT_EQ(cell.find(secret), std::string::npos) << cell;
      }
    }
  }
  // Klara's row: banded age, month dates, her PSFS and admission as numbers; pseudonym not an id.
  ASSERT_EQ(t.cases.size(), 7u);
  const int pseudonym = column(t.cases, "pseudonym");
  const int psfs_first = column(t.cases, "psfs_first_average");
  const auto klara_row = std::find_if(t.cases.begin() + 1, t.cases.end(), [&](const Row& r) { return r[psfs_first] != ""; });
  ASSERT_NE(klara_row, t.cases.end());
  EXPECT_EQ(ids.count((*klara_row)[pseudonym]), 0u);
  EXPECT_EQ((*klara_row)[pseudonym].size(), 8u);
  EXPECT_EQ((*klara_row)[column(t.cases, "age_band")], "70–74");
  EXPECT_EQ((*klara_row)[column(t.cases, "municipality")], "Kinn");
  EXPECT_EQ((*klara_row)[column(t.cases, "referral_month")], "2023-01");
  EXPECT_EQ((*klara_row)[psfs_first], "2,50");
  EXPECT_EQ((*klara_row)[column(t.cases, "psfs_latest_average")], "5,50");
  EXPECT_EQ((*klara_row)[column(t.cases, "psfs_change")], "3,00");
  // Accepting opened her case today (05.03.2024), after the plan's first goal: 0 days.
  EXPECT_EQ((*klara_row)[column(t.cases, "opened_month")], "2024-03");
  EXPECT_EQ((*klara_row)[column(t.cases, "days_to_individual_plan")], "0");
  EXPECT_EQ((*klara_row)[column(t.cases, "person_present_at_meetings")], "1");
  EXPECT_EQ((*klara_row)[column(t.cases, "quality_surveys")], "1");
  EXPECT_EQ((*klara_row)[column(t.cases, "quality_mean")], "4,00");  // (5 + 4 + 3) / 3
  // Her two conversations, in order, with the change between them.
  ASSERT_EQ(t.psfs.size(), 3u);
  EXPECT_EQ(t.psfs[1], (Row{(*klara_row)[pseudonym], "1", "2023-02", "zero_is_cannot", "2", "2,50", "", ""}));
  EXPECT_EQ(t.psfs[2], (Row{(*klara_row)[pseudonym], "2", "2023-05", "zero_is_cannot", "2", "5,50", "3,00", "improvement"}));
}

TEST_F(ResearchExportTest, PseudonymsStableWithinAnExportAndNewInTheNext) {
  const Id a = person("A", ymd(1940, 1, 1), "Kinn");
  for (int i = 0; i < 5; ++i) person("B" + std::to_string(i), ymd(1940, 1, 1), "Kinn");
  ASSERT_TRUE(execute(store, MoveCase{cases[0], CaseStage::Closed, ymd(2023, 6, 1), "Ny vurdering"}, "Kari", kNow).ok());
  run(store, OpenCase{a, ymd(2023, 9, 1), TargetGroup::FrailElderly});
  const ResearchTables first = export_all(7);
  ASSERT_EQ(first.cases.size(), 8u);
  // A's two cases: one pseudonym, numbered 1 and 2 by opening; rows sorted by pseudonym.
  std::map<std::string, std::vector<std::string>> by_pseudonym;
  for (std::size_t i = 1; i < first.cases.size(); ++i) by_pseudonym[first.cases[i][0]].push_back(first.cases[i][1]);
  EXPECT_EQ(by_pseudonym.size(), 6u);
  int with_two = 0;
  for (const auto& [code, numbers] : by_pseudonym) {
    if (numbers.size() == 2) {
      ++with_two;
      EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2"}));
    }
  }
  EXPECT_EQ(with_two, 1);
  for (std::size_t i = 2; i < first.cases.size(); ++i) EXPECT_LE(first.cases[i - 1][0], first.cases[i][0]);
  // The same seed gives the same export; another seed other pseudonyms.
  EXPECT_EQ(export_all(7).cases, first.cases);
  const ResearchTables second = export_all(8);
  std::set<std::string> before, after;
  for (std::size_t i = 1; i < first.cases.size(); ++i) before.insert(first.cases[i][0]);
  for (std::size_t i = 1; i < second.cases.size(); ++i) after.insert(second.cases[i][0]);
  for (const std::string& code : after) EXPECT_EQ(before.count(code), 0u) << code;
}

TEST_F(ResearchExportTest, SmallCellsAreSuppressed) {
  // Per column: Kinn 6, Suldal 5; 80–84 6, 30–34 5. In combination: (Kinn, 80–84) 5 stand;
  // (Suldal, 30–34) 4, (Suldal, 80–84) 1 and (Kinn, 30–34) 1 lose their municipality, after which
  // (*, 30–34) is 5 and stands, and the one (*, 80–84) loses its age band and target group too.
  for (int i = 0; i < 5; ++i) person("K" + std::to_string(i), ymd(1941, 1, 1), "Kinn");
  for (int i = 0; i < 4; ++i) person("S" + std::to_string(i), ymd(1991, 1, 1), "Suldal");
  person("S80", ymd(1941, 1, 1), "Suldal");
  person("K30", ymd(1991, 1, 1), "Kinn");
  person("Barn", ymd(2015, 1, 1), "Kinn", TargetGroup::ChildrenFamilies);  // alone in all three
  const ResearchTables t = export_all();
  std::map<std::vector<std::string>, int> combinations;
  const int age = column(t.cases, "age_band"), municipality = column(t.cases, "municipality"),
            group = column(t.cases, "target_group");
  for (std::size_t i = 1; i < t.cases.size(); ++i) {
    ++combinations[{t.cases[i][municipality], t.cases[i][age], t.cases[i][group]}];
  }
  using Key = std::vector<std::string>;
  EXPECT_EQ((combinations[Key{"Kinn", "80–84", "frail_elderly"}]), 5);
  EXPECT_EQ((combinations[Key{"*", "30–34", "frail_elderly"}]), 5);
  EXPECT_EQ((combinations[Key{"*", "*", "*"}]), 2);  // S80 and the child
  EXPECT_EQ(combinations.size(), 3u);
  for (const auto& [key, n] : combinations) {
    if (key != Key{"*", "*", "*"}) EXPECT_GE(n, kSuppressBelow);
  }
}

TEST_F(ResearchExportTest, FiguresUnderFiveAreSuppressed) {
  for (int i = 0; i < 3; ++i) person("P" + std::to_string(i), ymd(1940, 1, 1), "Kinn");
  const ResearchTables t = export_all();
  ASSERT_EQ(t.figures.front(), (Row{"key", "value", "n"}));
  const auto figure = [&](const std::string& key) {
    for (const Row& r : t.figures) {
      if (r[0] == key) return r;
    }
    return Row{};
  };
  EXPECT_EQ(figure("active_cases"), (Row{"active_cases", "<5", "<5"}));     // 3 cases
  EXPECT_EQ(figure("referrals"), (Row{"referrals", "0,0", "0"}));           // none: nothing to hide
  EXPECT_EQ(figure("what_matters_share"), (Row{"what_matters_share", "", "<5"}));
  EXPECT_EQ(figure("psfs_first_avg"), (Row{"psfs_first_avg", "", "0"}));
  for (int i = 3; i < 6; ++i) person("P" + std::to_string(i), ymd(1940, 1, 1), "Kinn");
  const ResearchTables six = export_all();
  EXPECT_EQ(six.figures[4], (Row{"active_cases", "6,0", "6"}));
  EXPECT_EQ(six.figures[17], (Row{"what_matters_share", "0,0", "6"}));
}

TEST_F(ResearchExportTest, WorksASliceAtATime) {
  for (int i = 0; i < 7; ++i) person("P" + std::to_string(i), ymd(1940, 1, 1), "Kinn");
  ResearchExport job(store, {}, today(), 3);
  EXPECT_EQ(job.total(), 7u);
  EXPECT_FALSE(job.step(3));
  EXPECT_EQ(job.done(), 3u);
  EXPECT_FALSE(job.step(3));
  EXPECT_FALSE(job.step(3));
  EXPECT_EQ(job.done(), 7u);
  EXPECT_FALSE(job.step(3));  // the case table
  EXPECT_TRUE(job.step(3));   // the PSFS table
  EXPECT_TRUE(job.step(3));
  const ResearchTables tables = job.finish(evaluate(store, {}, today()));
  EXPECT_EQ(tables.cases.size(), 8u);
  EXPECT_EQ(tables.figures.size(), 23u);
  // An empty selection: the headers only.
  ResearchExport none(store, {std::nullopt, std::nullopt, "Suldal", AgeGroup::Any, std::nullopt}, today(), 3);
  const ResearchTables empty = none.finish(evaluate(store, {}, today()));
  EXPECT_EQ(empty.cases.size(), 1u);
  EXPECT_EQ(empty.psfs.size(), 1u);
}

}  // namespace
}  // namespace opp::queries
