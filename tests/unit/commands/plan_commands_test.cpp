// Tests for the individual plan commands: goals, sub-goals, measures, status and evaluation.
#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

class PlanCommands : public ::testing::Test {
 protected:
  Store store;
  Id person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", ""});
  Id other = run(store, CreatePerson{"Morten", std::nullopt, "", ""});
  Id nurse = run(store, AddTeamMember{person, "Siri", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 1)});
  Id goal = run(store, AddGoal{person, kNoId, "Gå til butikken", ymd(2024, 1, 10)});
};

TEST_F(PlanCommands, AddMainGoalAndSubGoal) {
  const Goal& main = *store.find_goal(goal);
  EXPECT_EQ(main.parent, kNoId);
  EXPECT_EQ(main.established, ymd(2024, 1, 10));
  const Id sub = run(store, AddGoal{person, goal, "Gå til postkassen", ymd(2024, 1, 11)});
  ASSERT_NE(sub, kNoId);
  EXPECT_EQ(store.find_goal(sub)->parent, goal);
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST_F(PlanCommands, AddGoalErrors) {
  const Id sub = run(store, AddGoal{person, goal, "Delmål", ymd(2024, 1, 11)});
  const Id others_goal = run(store, AddGoal{other, kNoId, "Annet", ymd(2024, 1, 11)});
  EXPECT_TRUE(only_error(store, AddGoal{99, kNoId, "Mål", ymd(2024, 1, 11)}, "person", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddGoal{person, kNoId, " ", ymd(2024, 1, 11)}, "text", "error.required"));
  EXPECT_TRUE(only_error(store, AddGoal{person, kNoId, std::string(10001, 't'), ymd(2024, 1, 11)}, "text",
                         "error.too_long"));
  EXPECT_TRUE(only_error(store, AddGoal{person, 999, "Mål", ymd(2024, 1, 11)}, "parent", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddGoal{person, others_goal, "Mål", ymd(2024, 1, 11)}, "parent", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddGoal{person, sub, "Mål", ymd(2024, 1, 11)}, "parent", "error.not_main_goal"));
  EXPECT_TRUE(only_error(store, AddGoal{person, kNoId, "Mål", add_days(today(), 367)}, "established",
                         "error.date_in_future"));
  EXPECT_TRUE(only_error(store, AddGoal{person, kNoId, "Mål", ymd(1949, 3, 14)}, "established",
                         "error.date_before_birth"));
}

TEST_F(PlanCommands, AddMeasure) {
  const Id measure = run(store, AddMeasure{goal, "Gåtrening", nurse, ymd(2030, 1, 1)});
  ASSERT_NE(measure, kNoId);
  const Measure& m = *store.find_measure(measure);
  EXPECT_EQ(m.status, MeasureStatus::Planned);
  EXPECT_EQ(m.responsible, nurse);
  EXPECT_EQ(m.due, ymd(2030, 1, 1));  // due dates may be far ahead
  EXPECT_EQ(store.audit.back().subject, person);
  EXPECT_NE(run(store, AddMeasure{goal, "Uten ansvarlig", kNoId, std::nullopt}), kNoId);
}

TEST_F(PlanCommands, AddMeasureErrors) {
  const Id elsewhere = run(store, AddTeamMember{other, "C", "", "", CareLevel::Gp, ymd(2024, 1, 1)});
  const Id gone = run(store, AddTeamMember{person, "Gone", "", "", CareLevel::Gp, ymd(2024, 1, 1)});
  run(store, TeamMemberLeaves{gone, ymd(2024, 1, 2)});
  EXPECT_TRUE(only_error(store, AddMeasure{999, "Tiltak", kNoId, std::nullopt}, "goal", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddMeasure{goal, "", kNoId, std::nullopt}, "text", "error.required"));
  EXPECT_TRUE(only_error(store, AddMeasure{goal, std::string(10001, 'x'), kNoId, std::nullopt}, "text", "error.too_long"));
  EXPECT_TRUE(only_error(store, AddMeasure{goal, "Tiltak", 999, std::nullopt}, "responsible", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddMeasure{goal, "Tiltak", elsewhere, std::nullopt}, "responsible", "error.not_found"));
  EXPECT_TRUE(only_error(store, AddMeasure{goal, "Tiltak", gone, std::nullopt}, "responsible", "error.not_active"));
}

TEST_F(PlanCommands, SetMeasureStatus) {
  const Id measure = run(store, AddMeasure{goal, "Tiltak", kNoId, std::nullopt});
  ASSERT_TRUE(execute(store, SetMeasureStatus{measure, MeasureStatus::Done}, "k", kNow).ok());
  EXPECT_EQ(store.find_measure(measure)->status, MeasureStatus::Done);
  EXPECT_EQ(store.audit.back().subject, person);
  EXPECT_TRUE(only_error(store, SetMeasureStatus{999, MeasureStatus::Done}, "measure", "error.not_found"));
}

TEST_F(PlanCommands, EvaluateMeasureAppends) {
  const Id measure = run(store, AddMeasure{goal, "Tiltak", kNoId, std::nullopt});
  ASSERT_TRUE(execute(store, EvaluateMeasure{measure, ymd(2024, 2, 1), "Bedre"}, "k", kNow).ok());
  ASSERT_TRUE(execute(store, EvaluateMeasure{measure, ymd(2024, 3, 1), "Mye bedre"}, "k", kNow).ok());
  const auto& evaluations = store.find_measure(measure)->evaluations;
  ASSERT_EQ(evaluations.size(), 2u);
  EXPECT_EQ(evaluations[1], (MeasureEvaluation{ymd(2024, 3, 1), "Mye bedre"}));
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST_F(PlanCommands, EvaluateMeasureErrors) {
  const Id measure = run(store, AddMeasure{goal, "Tiltak", kNoId, std::nullopt});
  EXPECT_TRUE(only_error(store, EvaluateMeasure{999, ymd(2024, 2, 1), "x"}, "measure", "error.not_found"));
  EXPECT_TRUE(only_error(store, EvaluateMeasure{measure, ymd(2024, 2, 1), " "}, "note", "error.required"));
  EXPECT_TRUE(only_error(store, EvaluateMeasure{measure, ymd(2024, 2, 1), std::string(10001, 'x')}, "note",
                         "error.too_long"));
  EXPECT_TRUE(only_error(store, EvaluateMeasure{measure, ymd(2024, 1, 9), "x"}, "date", "error.date_order"));
  EXPECT_TRUE(only_error(store, EvaluateMeasure{measure, add_days(today(), 367), "x"}, "date", "error.date_in_future"));
}

}  // namespace
}  // namespace opp
