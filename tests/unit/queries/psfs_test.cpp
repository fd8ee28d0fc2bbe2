// PSFS math on exact values: the form's ≥ 2 rule and its boundaries, like-with-like changes when
// activities are added and retired, marks on single activities, the caseload's distribution.
#include "core/queries/psfs.hpp"

#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

class Psfs : public ::testing::Test {
 protected:
  void SetUp() override { person = run(store, CreatePerson{"Klara", ymd(1949, 3, 15), "", "Kinn"}); }
  // A conversation with new activities named and scored in it; returns the conversation's id.
  Id first(Date date, std::vector<NewPsfsActivity> activities) {
    RecordPsfsConversation c{person, date, "Siri", direction, {}, std::move(activities), {}};
    return run(store, c);
  }
  Id next(Date date, std::vector<PsfsScore> scores, std::vector<NewPsfsActivity> added = {}, std::vector<Id> retire = {}) {
    return run(store, RecordPsfsConversation{person, date, "Siri", direction, std::move(scores), std::move(added),
                                             std::move(retire)});
  }
  Id activity(const std::string& text) {
    for (const PsfsActivity& a : store.psfs_activities.of_person(person)) {
      if (a.text == text) return a.id;
    }
    return kNoId;
  }
  PsfsGrid grid() { return psfs_grid(store, person); }
  Store store;
  Id person = kNoId;
  PsfsDirection direction = PsfsDirection::ZeroIsCannot;
};

TEST(PsfsRule, TwoPointsInTheAverageIsSignificantEitherWay) {
  using enum PsfsSignificance;
  EXPECT_EQ(classify_psfs_change(2.0, PsfsDirection::ZeroIsCannot), Improvement);
  EXPECT_EQ(classify_psfs_change(1.99, PsfsDirection::ZeroIsCannot), None);
  EXPECT_EQ(classify_psfs_change(-2.0, PsfsDirection::ZeroIsCannot), Decline);
  EXPECT_EQ(classify_psfs_change(-1.99, PsfsDirection::ZeroIsCannot), None);
  EXPECT_EQ(classify_psfs_change(0.0, PsfsDirection::ZeroIsCannot), None);
  EXPECT_EQ(classify_psfs_change(6.0 / 3.0, PsfsDirection::ZeroIsCannot), Improvement);
  // With the reversed scale a lower score is better.
  EXPECT_EQ(classify_psfs_change(-2.0, PsfsDirection::ZeroIsCan), Improvement);
  EXPECT_EQ(classify_psfs_change(2.0, PsfsDirection::ZeroIsCan), Decline);
}

TEST_F(Psfs, KlarasThreeConversations) {
  const Id c1 = first(ymd(2024, 1, 10), {{"Gå til butikken", 3}, {"Gå i trapper", 2}, {"Lage middag", 4},
                                         {"Dusje selv", 3}, {"Møte venner", 3}});
  const std::vector<Id> a = {activity("Gå til butikken"), activity("Gå i trapper"), activity("Lage middag"),
                             activity("Dusje selv"), activity("Møte venner")};
  const Id c2 = next(ymd(2024, 2, 10), {{a[0], 5}, {a[1], 3}, {a[2], 5}, {a[3], 5}, {a[4], 4}});
  const Id c3 = next(ymd(2024, 3, 1), {{a[0], 8}, {a[1], 6}, {a[2], 7}, {a[3], 7}, {a[4], 6}});
  const PsfsGrid g = grid();
  ASSERT_EQ(g.conversations.size(), 3u);
  EXPECT_EQ(g.conversations[0]->id, c1);
  EXPECT_EQ(g.conversations[2]->id, c3);
  EXPECT_EQ(g.totals, (std::vector<int>{15, 22, 34}));
  EXPECT_DOUBLE_EQ(*g.averages[0], 3.0);
  EXPECT_DOUBLE_EQ(*g.averages[1], 4.4);
  EXPECT_DOUBLE_EQ(*g.averages[2], 6.8);
  EXPECT_FALSE(g.changes[0].has_value());  // the first has nothing to compare with
  ASSERT_TRUE(g.changes[1] && g.changes[2]);
  EXPECT_DOUBLE_EQ(g.changes[1]->value, 1.4);
  EXPECT_EQ(g.changes[1]->significance, PsfsSignificance::None);
  EXPECT_DOUBLE_EQ(g.changes[2]->value, 2.4);
  EXPECT_EQ(g.changes[2]->significance, PsfsSignificance::Improvement);
  EXPECT_EQ(g.changes[2]->activities, 5);
  EXPECT_EQ(g.conversations[1]->id, c2);
  // Single activities: 5 → 8 (+3) is marked, 3 → 6 (+3) too, 5 → 7 (+2) is not.
  EXPECT_TRUE(g.marked(0, 2));
  EXPECT_TRUE(g.marked(1, 2));
  EXPECT_FALSE(g.marked(2, 2));
  EXPECT_FALSE(g.marked(0, 0));
}

TEST_F(Psfs, TheTableForASpreadsheet) {
  first(ymd(2024, 1, 10), {{"Gå", 3}, {"Trapper", 4}});
  next(ymd(2024, 2, 10), {{activity("Gå"), 6}, {activity("Trapper"), 6}});
  const auto rows = psfs_table_rows(grid(), {"Aktivitet", "Sum", "Snitt", "Endring", "Vurdering", "Bedring", "Forverring"});
  using Row = std::vector<std::string>;
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0], (Row{"Aktivitet", "10.01.2024", "10.02.2024"}));
  EXPECT_EQ(rows[1], (Row{"Gå", "3", "6"}));
  EXPECT_EQ(rows[3], (Row{"Sum", "7", "12"}));
  EXPECT_EQ(rows[4], (Row{"Snitt", "3,5", "6,0"}));
  EXPECT_EQ(rows[5], (Row{"Endring", "", "+2,5"}));
  EXPECT_EQ(rows[6], (Row{"Vurdering", "", "Bedring"}));
}

TEST_F(Psfs, ExactBoundariesOfTheAverage) {
  first(ymd(2024, 1, 10), {{"a", 2}, {"b", 2}, {"c", 2}, {"d", 2}, {"e", 2}});
  const std::vector<Id> a = {activity("a"), activity("b"), activity("c"), activity("d"), activity("e")};
  next(ymd(2024, 1, 20), {{a[0], 4}, {a[1], 4}, {a[2], 4}, {a[3], 4}, {a[4], 3}});  // +9/5 = 1.8
  next(ymd(2024, 1, 30), {{a[0], 4}, {a[1], 4}, {a[2], 4}, {a[3], 4}, {a[4], 5}});  // +2/5 = 0.4
  next(ymd(2024, 2, 10), {{a[0], 2}, {a[1], 2}, {a[2], 2}, {a[3], 2}, {a[4], 3}});  // −10/5 = −2
  next(ymd(2024, 2, 20), {{a[0], 4}, {a[1], 4}, {a[2], 4}, {a[3], 4}, {a[4], 5}});  // +10/5 = +2
  const PsfsGrid g = grid();
  EXPECT_DOUBLE_EQ(g.changes[1]->value, 1.8);
  EXPECT_EQ(g.changes[1]->significance, PsfsSignificance::None);
  EXPECT_DOUBLE_EQ(g.changes[3]->value, -2.0);
  EXPECT_EQ(g.changes[3]->significance, PsfsSignificance::Decline);
  EXPECT_DOUBLE_EQ(g.changes[4]->value, 2.0);
  EXPECT_EQ(g.changes[4]->significance, PsfsSignificance::Improvement);
}

TEST_F(Psfs, ChangeIsLikeWithLikeWhenActivitiesAreAddedAndRetired) {
  first(ymd(2024, 1, 10), {{"Gå", 3}, {"Trapper", 4}});
  const Id walk = activity("Gå");
  const Id stairs = activity("Trapper");
  // Stairs retired, dressing added and scored high: only walking is in both.
  next(ymd(2024, 2, 10), {{walk, 4}}, {{"Kle på seg", 9}}, {stairs});
  const PsfsGrid g = grid();
  ASSERT_EQ(g.activities.size(), 3u);
  EXPECT_EQ(g.activities[1]->retired, ymd(2024, 2, 10));
  EXPECT_EQ(g.activities[2]->added, ymd(2024, 2, 10));
  EXPECT_DOUBLE_EQ(*g.averages[0], 3.5);
  EXPECT_DOUBLE_EQ(*g.averages[1], 6.5);   // the averages differ by 3 …
  EXPECT_DOUBLE_EQ(g.changes[1]->value, 1.0);  // … but walking improved by 1
  EXPECT_EQ(g.changes[1]->activities, 1);
  EXPECT_EQ(g.changes[1]->significance, PsfsSignificance::None);
  EXPECT_EQ(g.scores[1][1], std::nullopt);
  EXPECT_EQ(g.scores[2][0], std::nullopt);
  EXPECT_EQ(g.scores[2][1], 9);
}

TEST_F(Psfs, NoActivityInCommonGivesNoChange) {
  first(ymd(2024, 1, 10), {{"Gå", 3}});
  next(ymd(2024, 2, 10), {}, {{"Lese", 8}}, {activity("Gå")});
  EXPECT_FALSE(grid().changes[1].has_value());
}

TEST_F(Psfs, ReversedScaleFlagsLowerScoresAsBetter) {
  direction = PsfsDirection::ZeroIsCan;
  first(ymd(2024, 1, 10), {{"Gå", 8}});
  next(ymd(2024, 2, 10), {{activity("Gå"), 5}});
  const PsfsGrid g = grid();
  EXPECT_DOUBLE_EQ(g.changes[1]->value, -3.0);
  EXPECT_EQ(g.changes[1]->significance, PsfsSignificance::Improvement);
}

TEST_F(Psfs, Refusals) {
  first(ymd(2024, 2, 10), {{"Gå", 3}});
  const Id walk = activity("Gå");
  // Before the previous conversation.
  RecordPsfsConversation c{person, ymd(2024, 2, 1), "Siri", direction, {{walk, 4}}, {}, {}};
  EXPECT_TRUE(has_error(store, c, "date", "error.before_previous_conversation"));
  // Before the activity was added (an activity added by hand later than the date).
  const Id later = run(store, AddPsfsActivity{person, "Sykle", ymd(2024, 3, 1)});
  c = RecordPsfsConversation{person, ymd(2024, 2, 20), "Siri", direction, {{later, 4}}, {}, {}};
  EXPECT_TRUE(only_error(store, c, "scores", "error.before_activity_added"));
  // The other scale direction.
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", PsfsDirection::ZeroIsCan, {{walk, 4}}, {}, {}};
  EXPECT_TRUE(only_error(store, c, "direction", "error.other_direction"));
  // Outside 0–10, for an existing and for a new activity.
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {{walk, 11}}, {}, {}};
  EXPECT_TRUE(only_error(store, c, "scores", "error.out_of_range"));
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {{walk, 4}}, {{"Bake", -1}}, {}};
  EXPECT_TRUE(only_error(store, c, "new_activities", "error.out_of_range"));
  // A new activity named like an active one; an empty one.
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {{walk, 4}}, {{"gå", 5}}, {}};
  EXPECT_TRUE(only_error(store, c, "new_activities", "error.duplicate"));
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {{walk, 4}}, {{"  ", 5}}, {}};
  EXPECT_TRUE(only_error(store, c, "new_activities", "error.required"));
  // Scoring an activity retired in the same conversation; retiring twice; nothing scored.
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {{walk, 4}}, {}, {walk}};
  EXPECT_TRUE(only_error(store, c, "scores", "error.not_active"));
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {}, {{"Bake", 2}}, {walk, walk}};
  EXPECT_TRUE(only_error(store, c, "retire", "error.duplicate"));
  c = RecordPsfsConversation{person, ymd(2024, 3, 1), "Siri", direction, {}, {}, {}};
  EXPECT_TRUE(only_error(store, c, "scores", "error.required"));
  // In the future.
  c = RecordPsfsConversation{person, add_days(today(), 1), "Siri", direction, {{walk, 4}}, {}, {}};
  EXPECT_TRUE(only_error(store, c, "date", "error.date_in_future"));
  // Nothing of it was saved.
  EXPECT_EQ(store.psfs_conversations.size(), 1u);
  EXPECT_EQ(store.psfs_activities.size(), 2u);
}

TEST(PsfsCaseloadTest, ChangesFromFirstToLatestWithTheirDistribution) {
  Store store;
  const auto person_with = [&](const std::string& name, std::vector<int> averages) {
    const Id p = run(store, CreatePerson{name, ymd(1950, 1, 1), "", "Kinn"});
    Id a = kNoId;
    for (std::size_t i = 0; i < averages.size(); ++i) {
      const Date date = add_days(ymd(2024, 1, 1), static_cast<int>(i) * 10);
      if (i == 0) {
        run(store, RecordPsfsConversation{p, date, "S", PsfsDirection::ZeroIsCannot, {}, {{"Gå", averages[i]}}, {}});
        a = store.psfs_activities.back().id;
      } else {
        run(store, RecordPsfsConversation{p, date, "S", PsfsDirection::ZeroIsCannot, {{a, averages[i]}}, {}, {}});
      }
    }
  };
  person_with("Øyvind", {2, 3, 7});   // +5
  person_with("Anne", {4, 6});        // +2
  person_with("Berit", {5, 4});       // −1
  person_with("Carl", {6});           // one conversation: listed, no change
  person_with("Dina", {8, 5});        // −3
  const PsfsCaseload caseload = psfs_caseload(store);
  ASSERT_EQ(caseload.rows.size(), 5u);
  EXPECT_EQ(caseload.rows[0].person->name, "Anne");
  EXPECT_EQ(caseload.rows[4].person->name, "Øyvind");  // æøå sort after z
  EXPECT_EQ(caseload.rows[2].conversations, 1);
  EXPECT_FALSE(caseload.rows[2].first_to_latest.has_value());
  EXPECT_EQ(caseload.changes.size(), 4u);
  EXPECT_EQ(caseload.improved, 2);
  EXPECT_EQ(caseload.declined, 1);
  ASSERT_EQ(caseload.histogram.size(), 21u);
  EXPECT_EQ(caseload.histogram[10 + 5], 1);
  EXPECT_EQ(caseload.histogram[10 + 2], 1);
  EXPECT_EQ(caseload.histogram[10 - 1], 1);
  EXPECT_EQ(caseload.histogram[10 - 3], 1);
  EXPECT_DOUBLE_EQ(*caseload.rows[4].latest_average, 7.0);
}

}  // namespace
}  // namespace opp::queries
