// The audit trail's form of a command: the alternative it was made from, compared by value.
#include "core/domain/commands.hpp"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace opp {
namespace {

const Date kDay = Date::from_ymd(2024, 3, 5);

TEST(RecordedCommand, HoldsTheAlternativeItWasMadeFrom) {
  const RecordedCommand recorded(Command{RedirectReferral{7, "Fysioterapi", "Trenger trening"}});
  EXPECT_FALSE(recorded.empty());
  ASSERT_NE(recorded.get_if<RedirectReferral>(), nullptr);
  EXPECT_EQ(recorded.get_if<RedirectReferral>()->referral, 7u);
  EXPECT_EQ(recorded.get_if<RedirectReferral>()->to_service, "Fysioterapi");
  EXPECT_EQ(recorded.get_if<ReopenReferral>(), nullptr);
  EXPECT_EQ(recorded.get_if<SubmitReferral>(), nullptr);
}

TEST(RecordedCommand, VisitsTheAlternativeHeldAndNothingWhenEmpty) {
  std::string seen;
  const auto name = [&](const auto& c) {
    if constexpr (std::is_same_v<std::decay_t<decltype(c)>, TriageReferral>) seen = "triage " + c.note;
    else seen = "other";
  };
  RecordedCommand(Command{TriageReferral{2, kDay, TriageLevel::AdultObservation, true, false, false, kNoId, "n"}}).visit(name);
  EXPECT_EQ(seen, "triage n");
  seen.clear();
  RecordedCommand().visit(name);
  EXPECT_EQ(seen, "");
  EXPECT_TRUE(RecordedCommand().empty());
  EXPECT_EQ(RecordedCommand().get_if<TriageReferral>(), nullptr);
}

// Two stores decoded apart hold equal commands in separate allocations: they compare equal,
// so a replayed store equals the one it was written from.
TEST(RecordedCommand, ComparesByValue) {
  const Command command = AddPsfsActivity{3, "Gå tur", kDay};
  const RecordedCommand a(command), b(command);
  EXPECT_EQ(a, b);
  const RecordedCommand copy = a;  // a copy of the store shares it
  EXPECT_EQ(copy, a);
  EXPECT_NE(a, RecordedCommand(Command{AddPsfsActivity{3, "Gå en tur", kDay}}));
  EXPECT_NE(a, RecordedCommand(Command{RetirePsfsActivity{3, kDay}}));
  EXPECT_NE(a, RecordedCommand());
  EXPECT_EQ(RecordedCommand(), RecordedCommand());
}

}  // namespace
}  // namespace opp
