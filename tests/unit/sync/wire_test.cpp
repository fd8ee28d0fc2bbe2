// The JSON between the app and the sync server's client (web/js/couch.js `run`).
#include "core/sync/wire.hpp"

#include <gtest/gtest.h>

#include "core/codec/json_text.hpp"

namespace opp::sync {
namespace {

TEST(SyncWire, ARequestCarriesTheConfigTheFeedPositionAndTheDocumentsAsTheyAre) {
  const ServerConfig config{"https://kinn.kommune.no/couch", "oppfolging", "kari", "pass \"ord\""};
  const std::string request = server_request(ServerOp::Sync, config, {R"({"_id":"a","sealed":"x"})", R"({"_id":"b"})"}, "17-g1");
  const codec::Json json = codec::parse_json(request);
  ASSERT_TRUE(json.is_object()) << request;
  EXPECT_EQ(json["op"], "sync");
  EXPECT_EQ(json["config"]["url"], config.url);
  EXPECT_EQ(json["config"]["password"], config.password);
  EXPECT_EQ(json["since"], "17-g1");
  ASSERT_EQ(json["push"].size(), 2u);
  EXPECT_EQ(json["push"][0]["sealed"], "x");
  EXPECT_EQ(codec::parse_json(server_request(ServerOp::Start, config, {}, "0"))["push"], codec::Json::array());
  EXPECT_EQ(codec::parse_json(server_request(ServerOp::Join, config, {}, "0"))["op"], "join");
}

TEST(SyncWire, AnAnswerGivesTheDocumentsAsTextsOrTheProblem) {
  const auto answer = parse_server_answer(
      R"({"ok":true,"base":[{"_id":"base-000001","type":"base"}],"docs":[{"_id":"change-1"},{"_id":"change-2"}],"since":"42","pushed":3})");
  ASSERT_TRUE(answer.has_value());
  EXPECT_TRUE(answer->ok);
  EXPECT_EQ(answer->base, std::vector<std::string>{R"({"_id":"base-000001","type":"base"})"});
  EXPECT_EQ(answer->docs.size(), 2u);
  EXPECT_EQ(answer->since, "42");
  EXPECT_EQ(answer->pushed, 3u);
  const auto problem = parse_server_answer(R"({"ok":false,"kind":"unauthorized","detail":"Name or password is incorrect."})");
  ASSERT_TRUE(problem.has_value());
  EXPECT_FALSE(problem->ok);
  EXPECT_EQ(problem_key(problem->kind), "sync.problem.unauthorized");
  EXPECT_EQ(problem->detail, "Name or password is incorrect.");
  EXPECT_EQ(problem_key("something new"), "sync.problem.server");
  // Not answers: nullopt.
  for (const char* bad : {"", "[]", R"({"docs":[]})", R"({"ok":true})", R"({"ok":true,"since":"1","docs":{}})",
                          R"({"ok":true,"since":"1","docs":["text"]})", R"({"ok":true,"since":1})",
                          R"({"ok":true,"since":"1","pushed":-1})"}) {
    EXPECT_FALSE(parse_server_answer(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace opp::sync
