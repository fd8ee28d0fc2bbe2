// The evaluation tests' fixture (evaluation_test.cpp, evaluation_export_test.cpp): persons with a
// case and a team, and the evaluation of all of them.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/queries/evaluation.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {

class EvaluationTest : public ::testing::Test {
 protected:
  // A person with a case opened on `opened`, a nurse and a GP from `team` on, the nurse
  // coordinator from `coordinator`, team established on `established` (when given).
  Id person_with_case(const std::string& name, const std::string& municipality, Date opened, Date team, Date coordinator,
                      std::optional<Date> established, TargetGroup group = TargetGroup::FrailElderly) {
    const Id p = testing::run(store, CreatePerson{name, testing::ymd(1940, 1, 1), "", municipality});
    const Id c = testing::run(store, OpenCase{p, opened, group});
    const Id nurse = testing::run(store, AddTeamMember{p, "Siri", "sykepleier", "Hjemmetjenesten", CareLevel::Municipal, team});
    testing::run(store, AddTeamMember{p, "Geir", "fastlege", "Legekontoret", CareLevel::Gp, team});
    testing::run(store, SetCoordinator{nurse, coordinator});
    if (established) {
      EXPECT_TRUE(execute(store, MoveCase{c, CaseStage::TeamEstablished, *established, ""}, "Kari", testing::kNow).ok());
    }
    cases.push_back(c);
    return p;
  }
  Evaluation all() { return evaluate(store, {}, testing::today()); }
  Store store;
  std::vector<Id> cases;
};

}  // namespace opp::queries
