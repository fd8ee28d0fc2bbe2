// The person's workspace data: grouping by person, ordering, the plan tree, the PSFS grid and search.
#include "core/queries/person_file.hpp"
#include "core/text/search.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

TEST(CaseloadIndex, GroupsEveryRecordByItsPerson) {
  // Records with a person field through their tables, measures and audit entries through the index.
  Ids ids;
  const Store store = populated_store(&ids);
  const CaseloadIndex index = build_caseload_index(store);
  const PersonRecords& klara = index.of(ids.person);
  EXPECT_EQ(store.referrals.positions_of(ids.person).size(), 1u);
  EXPECT_EQ(store.consents.positions_of(ids.person).size(), 3u);
  EXPECT_EQ(store.team_members.positions_of(ids.person).size(), 4u);
  EXPECT_EQ(store.goals.positions_of(ids.person).size(), 2u);
  EXPECT_EQ(klara.measures.size(), 3u);  // through their goals
  EXPECT_EQ(store.meetings.positions_of(ids.person).size(), 2u);
  EXPECT_EQ(store.quality_surveys.positions_of(ids.person).size(), 1u);
  EXPECT_EQ(store.psfs_activities.positions_of(ids.person).size(), 3u);
  EXPECT_EQ(store.psfs_conversations.positions_of(ids.person).size(), 1u);
  EXPECT_EQ(store.measurements.positions_of(ids.person).size(), 1u);
  EXPECT_EQ(store.relay_log.positions_of(ids.person).size(), 1u);
  EXPECT_EQ(klara.audit.size(), 38u);  // every change but the other person's and the register's
  const PersonRecords& morten = index.of(ids.other_person);
  EXPECT_TRUE(store.referrals.positions_of(ids.other_person).empty());
  EXPECT_EQ(morten.audit.size(), 2u);  // registered, case opened
  EXPECT_TRUE(index.of(9999).audit.empty());
}

TEST(PersonFile, TeamCoordinatorFirstThenActiveThenFormer) {
  Ids ids;
  const Store store = populated_store(&ids);
  const PersonFile file = person_file(store, build_caseload_index(store), ids.person, today());
  ASSERT_NE(file.person, nullptr);
  ASSERT_NE(file.coordinator, nullptr);
  EXPECT_EQ(file.coordinator->id, ids.nurse);
  ASSERT_EQ(file.team.size(), 4u);
  EXPECT_EQ(file.team[0]->id, ids.nurse);
  EXPECT_EQ(file.team[1]->id, ids.relative);
  EXPECT_EQ(file.team[2]->id, ids.home_nurse);
  EXPECT_EQ(file.team[3]->id, ids.gp);  // left on 20.02.2024
  EXPECT_TRUE(file.consents.front()->active());
  EXPECT_FALSE(file.consents.back()->active());
  EXPECT_EQ(file.changes, 38u);
}

TEST(PersonFile, PlanIsATreeOfGoalsSubGoalsAndMeasures) {
  Ids ids;
  const Store store = populated_store(&ids);
  const PersonFile file = person_file(store, build_caseload_index(store), ids.person, today());
  ASSERT_EQ(file.plan.size(), 1u);
  EXPECT_EQ(file.plan[0].goal->id, ids.goal);
  ASSERT_EQ(file.plan[0].measures.size(), 2u);
  EXPECT_EQ(file.plan[0].measures[0]->text, "Vurdere rullator");
  EXPECT_EQ(file.plan[0].measures[1]->from_meeting, ids.meeting);
  ASSERT_EQ(file.plan[0].sub_goals.size(), 1u);
  EXPECT_EQ(file.plan[0].sub_goals[0].goal->id, ids.sub_goal);
  ASSERT_EQ(file.plan[0].sub_goals[0].measures.size(), 1u);
  EXPECT_EQ(file.plan[0].sub_goals[0].measures[0]->id, ids.measure);
}

TEST(PersonFile, LogsAreNewestFirst) {
  Ids ids;
  Store store = populated_store(&ids);
  run(store, AddRelayLogEntry{ids.person, ymd(2024, 2, 20), "Siri", RelayEntryKind::Measure, "Ny"});
  run(store, AddRelayLogEntry{ids.person, ymd(2024, 1, 5), "Siri", RelayEntryKind::Measure, "Gammel"});
  run(store, AddRelayLogEntry{ids.person, ymd(2024, 2, 20), "Siri", RelayEntryKind::Evaluation, "Ny, senere"});
  const PersonFile file = person_file(store, build_caseload_index(store), ids.person, today());
  ASSERT_EQ(file.relay_log.size(), 4u);
  EXPECT_EQ(file.relay_log[0]->text, "Ny, senere");
  EXPECT_EQ(file.relay_log[1]->text, "Ny");
  EXPECT_EQ(file.relay_log[2]->text, "Mer svimmel enn før.");
  EXPECT_EQ(file.relay_log[3]->text, "Gammel");
}

TEST(PersonFile, UnknownPersonGivesAnEmptyFile) {
  const Store store = populated_store();
  const PersonFile file = person_file(store, build_caseload_index(store), 9999, today());
  EXPECT_EQ(file.person, nullptr);
  EXPECT_TRUE(file.team.empty());
}

TEST(PsfsGrid, ActivitiesByConversationsWithTotalsAndAverages) {
  Ids ids;
  Store store = populated_store(&ids);
  // A later conversation recorded before an earlier one (as journals from before that was refused
  // may hold) is still shown in date order.
  run(store, RecordPsfsConversation{ids.person, ymd(2024, 3, 1), "Siri", PsfsDirection::ZeroIsCannot,
                                    {{ids.walk, 6}}});
  store.psfs_conversations.push_back(PsfsConversation{Id{424242}, ids.person, ymd(2024, 2, 10), "Siri",
                                                      PsfsDirection::ZeroIsCannot, {{ids.walk, 4}, {ids.stairs, 3}}});
  const PsfsGrid grid = person_file(store, build_caseload_index(store), ids.person, today()).psfs;
  ASSERT_EQ(grid.activities.size(), 3u);
  ASSERT_EQ(grid.conversations.size(), 3u);
  EXPECT_EQ(grid.conversations[0]->date, ymd(2024, 1, 25));
  EXPECT_EQ(grid.conversations[1]->date, ymd(2024, 2, 10));
  EXPECT_EQ(grid.conversations[2]->date, ymd(2024, 3, 1));
  EXPECT_EQ(grid.scores[0], (std::vector<std::optional<int>>{3, 4, 6}));
  EXPECT_EQ(grid.scores[1], (std::vector<std::optional<int>>{2, 3, std::nullopt}));
  EXPECT_EQ(grid.scores[2], (std::vector<std::optional<int>>{5, std::nullopt, std::nullopt}));
  EXPECT_EQ(grid.totals, (std::vector<int>{10, 7, 6}));
  ASSERT_TRUE(grid.averages[0].has_value());
  EXPECT_DOUBLE_EQ(*grid.averages[0], 10.0 / 3);
  EXPECT_DOUBLE_EQ(*grid.averages[1], 3.5);
  EXPECT_DOUBLE_EQ(*grid.averages[2], 6.0);
}

TEST(SearchPersons, NameOrMunicipalityIgnoringCaseAndNorwegianLetters) {
  Store store;
  run(store, CreatePerson{"Klara Øvreås", std::nullopt, "", "Kinn"});
  run(store, CreatePerson{"Morten Berg", std::nullopt, "", "Suldal"});
  run(store, CreatePerson{"Åse Kinnsen", std::nullopt, "", "Bergen"});
  const auto names = [&](std::string_view filter) {
    std::vector<std::string> out;
    for (const Person* p : search_persons(store, filter)) out.push_back(p->name);
    return out;
  };
  EXPECT_EQ(names(""), (std::vector<std::string>{"Klara Øvreås", "Morten Berg", "Åse Kinnsen"}));
  EXPECT_EQ(names("øVRE"), (std::vector<std::string>{"Klara Øvreås"}));
  EXPECT_EQ(names("kinn"), (std::vector<std::string>{"Klara Øvreås", "Åse Kinnsen"}));
  EXPECT_EQ(names("berg"), (std::vector<std::string>{"Morten Berg", "Åse Kinnsen"}));
  EXPECT_TRUE(names("Oslo").empty());
  // Name and municipality are separate texts: a filter never matches across the two.
  EXPECT_TRUE(names("bergsuldal").empty());
  EXPECT_TRUE(names("øvreåskinn").empty());
  EXPECT_EQ(names("ÅSE KINNSENBERGEN"), (std::vector<std::string>{}));
  EXPECT_EQ(names("N BERG"), (std::vector<std::string>{"Morten Berg"}));
}

TEST(SearchPersons, ManySearchesOverOneFoldingAgreeWithFoldingEachName) {
  Store store;
  const std::vector<std::string> names = {"Ánne Čáhppes", "ĐAVVI Ŋuolja", "Per Ødegård", "ola", "", "Ævar Ås",
                                          std::string("Bad \xC3 byte"), "Ǧiella Ʒ"};
  for (const std::string& name : names) run(store, CreatePerson{name, std::nullopt, "", "Kárášjohka"});
  const PersonSearch search(store);
  for (const std::string filter : {"á", "Č", "đavvi", "ŋ", "ØDE", "OLA", "æ", "\xC3 b", "ǧ", "ʒ", "kárá", "X", "a"}) {
    std::vector<const Person*> expected;
    for (const Person& p : store.persons) {
      if (contains_folded(p.name, filter) || contains_folded(p.municipality, filter)) expected.push_back(&p);
    }
    EXPECT_EQ(search.find(filter), expected) << filter;
    EXPECT_FALSE(expected.empty() && filter != std::string("X")) << filter;
  }
}

}  // namespace
}  // namespace opp::queries
