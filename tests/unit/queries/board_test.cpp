// The board query, measurement periods and alerts: across month ends and leap years.
#include "core/queries/board.hpp"

#include <gtest/gtest.h>

#include "core/queries/caseload.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

TEST(Calendar, AddMonthsClampsToTheMonthsLastDay) {
  EXPECT_EQ(add_months(ymd(2024, 1, 31), 1), ymd(2024, 2, 29));  // leap year
  EXPECT_EQ(add_months(ymd(2023, 1, 31), 1), ymd(2023, 2, 28));
  EXPECT_EQ(add_months(ymd(2023, 11, 30), 3), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2024, 2, 29), 12), ymd(2025, 2, 28));
  EXPECT_EQ(add_months(ymd(2024, 5, 31), -3), ymd(2024, 2, 29));
  EXPECT_EQ(add_months(ymd(2024, 12, 15), 1), ymd(2025, 1, 15));
}

TEST(MeasurementPeriods, EveryThreeMonthsFromInclusion) {
  const Date included = ymd(2023, 11, 30);
  EXPECT_EQ(measurement_period_date(included, 0), included);
  EXPECT_EQ(measurement_period_date(included, 1), ymd(2024, 2, 29));
  EXPECT_EQ(measurement_period_date(included, 2), ymd(2024, 5, 30));
  EXPECT_EQ(measurement_period_of(included, ymd(2023, 11, 1)), 0);  // before inclusion
  EXPECT_EQ(measurement_period_of(included, ymd(2024, 1, 13)), 0);  // nearer the inclusion
  EXPECT_EQ(measurement_period_of(included, ymd(2024, 1, 16)), 1);  // nearer 29.02
  EXPECT_EQ(measurement_period_of(included, ymd(2024, 3, 31)), 1);
  EXPECT_EQ(measurement_period_of(included, ymd(2025, 11, 30)), 8);
}

class Alerts : public ::testing::Test {
 protected:
  void SetUp() override {
    person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", "Kinn"});
    case_id = run(store, OpenCase{person, ymd(2024, 1, 2), TargetGroup::FrailElderly});
    nurse = run(store, AddTeamMember{person, "Siri", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal, ymd(2024, 1, 2)});
    run(store, AddTeamMember{person, "Geir", "fastlege", "Legekontoret", CareLevel::Gp, ymd(2024, 1, 2)});
    run(store, SetCoordinator{nurse, ymd(2024, 1, 2)});
  }
  std::vector<Alert> alerts(Date on) { return person_alerts(store, build_caseload_index(store), person, on); }
  void move(CaseStage stage, Date on) {
    // Commands date the move; the test's clock is kNow, so moves are made on dates before it.
    ASSERT_TRUE(execute(store, MoveCase{case_id, stage, on, ""}, "Kari", kNow).ok());
  }
  Store store;
  Id person = kNoId, case_id = kNoId, nurse = kNoId;
};

TEST_F(Alerts, NothingIsDueWhileTheCaseIsReported) { EXPECT_TRUE(alerts(ymd(2024, 3, 1)).empty()); }

TEST_F(Alerts, PsfsBaselineFromMappingThenEveryThreeMonths) {
  move(CaseStage::Mapping, ymd(2024, 1, 31));
  EXPECT_TRUE(alerts(ymd(2024, 1, 30)).empty());
  auto due = alerts(ymd(2024, 1, 31));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].kind, AlertKind::PsfsDue);
  EXPECT_FALSE(due[0].overdue);
  EXPECT_TRUE(alerts(ymd(2024, 3, 2))[0].overdue);  // 31 days later
  const Id walk = run(store, AddPsfsActivity{person, "Gå", ymd(2024, 1, 31)});
  run(store, RecordPsfsConversation{person, ymd(2024, 1, 31), "Siri", PsfsDirection::ZeroIsCannot, {{walk, 3}}});
  EXPECT_TRUE(alerts(ymd(2024, 4, 28)).empty());
  // 31.01 + 3 months is 30.04 (April has 30 days).
  EXPECT_EQ(next_psfs_due(store, *store.find_case(case_id)), ymd(2024, 4, 30));
}

TEST_F(Alerts, MeasurementsAtInclusionAndEveryThreeMonthsAcrossALeapDay) {
  move(CaseStage::TeamEstablished, ymd(2024, 1, 2));
  const Case& c = *store.find_case(case_id);
  ASSERT_EQ(c.included, ymd(2024, 1, 2));
  auto next = next_measurement_due(store, c);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->period, 0);
  run(store, RecordMeasurement{person, ymd(2024, 1, 3), 1, 0, 4, 1, 0, 9, 1});
  next = next_measurement_due(store, *store.find_case(case_id));
  EXPECT_EQ(next->period, 1);
  EXPECT_EQ(next->date, ymd(2024, 4, 2));
  // Overdue a month after its date.
  bool overdue = false;
  for (const Alert& a : alerts(ymd(2024, 5, 3))) overdue |= a.kind == AlertKind::MeasurementDue && a.overdue && a.period == 1;
  EXPECT_TRUE(overdue);
}

TEST_F(Alerts, OverdueMeasuresAndUnseenAdmissions) {
  const Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken selv", ymd(2024, 1, 2)});
  const Id measure = run(store, AddMeasure{goal, "Gåtrening", nurse, ymd(2024, 2, 29)});
  EXPECT_TRUE(alerts(ymd(2024, 2, 29)).empty());
  auto list = alerts(ymd(2024, 3, 1));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, AlertKind::MeasureOverdue);
  EXPECT_EQ(list[0].subject, measure);
  run(store, SetMeasureStatus{measure, MeasureStatus::Done});
  EXPECT_TRUE(alerts(ymd(2024, 3, 1)).empty());
  const Id admission = run(store, RegisterAdmission{person, ymd(2024, 3, 1), AdmissionKind::Acute, 3, "Fall"});
  list = alerts(ymd(2024, 3, 2));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, AlertKind::Admission);
  EXPECT_EQ(list[0].subject, admission);
  run(store, MarkAdmissionSeen{admission, ymd(2024, 3, 2)});
  EXPECT_TRUE(alerts(ymd(2024, 3, 2)).empty());
}

TEST(Board, ColumnsFiltersCountsAndWorkload) {
  Ids ids;
  Store store = populated_store(&ids);
  const Id child = run(store, CreatePerson{"Kasper Nilsen", ymd(2017, 11, 2), "", "Kinn"});
  run(store, OpenCase{child, today(), TargetGroup::ChildrenFamilies});
  const CaseloadIndex index = build_caseload_index(store);
  const Board all = build_board(store, index, {}, today());
  EXPECT_EQ(all.shown, 3u);
  EXPECT_EQ(all.columns[static_cast<int>(CaseStage::FollowUp)].size(), 1u);
  EXPECT_EQ(all.columns[static_cast<int>(CaseStage::Reported)].size(), 2u);
  const BoardCard& klara = all.columns[static_cast<int>(CaseStage::FollowUp)][0];
  EXPECT_EQ(klara.person->id, ids.person);
  EXPECT_EQ(klara.coordinator, "Siri Sykepleier");
  EXPECT_EQ(klara.team_size, 3);  // the GP has left
  EXPECT_EQ(klara.next_meeting, std::nullopt);
  ASSERT_TRUE(klara.next_due);
  EXPECT_EQ(all.coordinators, std::vector<std::string>{"Siri Sykepleier"});
  EXPECT_EQ(all.municipalities, (std::vector<std::string>{"Kinn", "Suldal"}));
  ASSERT_EQ(all.workload.size(), 2u);  // Siri's case, and two without a coordinator
  EXPECT_EQ(all.workload[0].coordinator, "");
  EXPECT_EQ(all.workload[0].cases, 2);

  BoardFilter filter;
  filter.coordinator = "Siri Sykepleier";
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 1u);
  filter = {};
  filter.age = AgeGroup::Children;
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 1u);
  filter = {};
  filter.target_group = TargetGroup::MentalHealthSubstance;
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 1u);
  filter = {};
  filter.municipality = "Suldal";
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 1u);
  filter = {};
  filter.service = "Hjemmetjenesten";
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 1u);
  filter = {};
  filter.text = "NILSEN";
  EXPECT_EQ(build_board(store, index, filter, today()).shown, 2u);  // Klara and Kasper
}

TEST(Board, CachedUntilTheStoreOrTheFilterChanges) {
  Ids ids;
  Store store = populated_store(&ids);
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  caseload.board({}, today());
  caseload.board({}, today());
  EXPECT_EQ(caseload.rebuilds().board, 1);
  BoardFilter filter;
  filter.text = "Klara";
  caseload.board(filter, today());
  EXPECT_EQ(caseload.rebuilds().board, 2);
  run(store, MoveCase{ids.other_case, CaseStage::Mapping, today(), ""});
  ++version;
  EXPECT_EQ(caseload.board({}, today()).columns[static_cast<int>(CaseStage::Mapping)].size(), 1u);
  EXPECT_EQ(caseload.rebuilds().board, 3);
}

}  // namespace
}  // namespace opp::queries
