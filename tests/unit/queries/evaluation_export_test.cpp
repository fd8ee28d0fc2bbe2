// The evaluation view's exports: the tables for a spreadsheet and the JSON, from the evaluation of
// hand-made cases, and byte for byte from figures set by hand (the files' exact text).
#include "core/queries/evaluation_export.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string_view>

#include "core/text/csv.hpp"
#include "tests/unit/queries/evaluation_fixture.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;
using EvaluationExportTest = EvaluationTest;

TEST_F(EvaluationExportTest, TablesForASpreadsheet) {
  person_with_case("A", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), ymd(2024, 1, 6));
  person_with_case("B", "Kinn", ymd(2024, 1, 10), ymd(2024, 1, 11), ymd(2024, 1, 14), ymd(2024, 1, 20));
  const Evaluation e = all();
  const auto figures = evaluation_figures_table(e, {"Tall", "Nøkkel", "Verdi", "N"},
                                                [](const char* key) { return std::string("L:") + key; });
  using Row = std::vector<std::string>;
  ASSERT_EQ(figures.size(), 23u);
  EXPECT_EQ(figures[0], (Row{"Tall", "Nøkkel", "Verdi", "N"}));
  EXPECT_EQ(figures[4], (Row{"L:active_cases", "active_cases", "2,0", "2"}));
  EXPECT_EQ(figures[6], (Row{"L:days_to_coordinator_median", "days_to_coordinator_median", "3,0", "2"}));
  EXPECT_EQ(figures[9], (Row{"L:psfs_first_avg", "psfs_first_avg", "", "0"}));  // no value: empty cell
  const auto months = evaluation_months_table(e, {"Måned", "Meldt", "Tatt inn", "Henvist", "Startet", "Avsluttet"});
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[1], (Row{"01.2024", "0", "0", "0", "2", "0"}));
}

TEST_F(EvaluationExportTest, TheSameFiguresAsJson) {
  person_with_case("A", "Kinn", ymd(2024, 1, 1), ymd(2024, 1, 2), ymd(2024, 1, 3), ymd(2024, 1, 6));
  const EvaluationFilter filter{ymd(2024, 1, 1), std::nullopt, "Kinn", AgeGroup::Elderly, TargetGroup::FrailElderly};
  const auto json = nlohmann::json::parse(evaluation_json(evaluate(store, filter, today()), filter));
  EXPECT_EQ(json["filter"]["from"], "2024-01-01");
  EXPECT_TRUE(json["filter"]["to"].is_null());
  EXPECT_EQ(json["filter"]["age_group"], "elderly");
  EXPECT_EQ(json["filter"]["target_group"], "frail_elderly");
  ASSERT_EQ(json["figures"].size(), 22u);
  EXPECT_EQ(json["figures"][3]["key"], "active_cases");
  EXPECT_EQ(json["figures"][3]["value"], 1.0);
  EXPECT_EQ(json["figures"][3]["n"], 1);
  EXPECT_TRUE(json["figures"][8]["value"].is_null());  // no PSFS: no value
  EXPECT_EQ(json["months"][0]["month"], "2024-01");
  EXPECT_EQ(json["months"][0]["opened"], 1);
}

TEST_F(EvaluationExportTest, ContactsPerQuarterAsATable) {
  const Id a = person_with_case("A", "Kinn", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  const Id b = person_with_case("B", "Suldal", ymd(2023, 1, 1), ymd(2023, 1, 2), ymd(2023, 1, 3), std::nullopt);
  run(store, RecordMeasurement{a, ymd(2023, 3, 31), 2, 1, 10, 1, 0, 5, 2, 0});  // Q1
  run(store, RecordMeasurement{b, ymd(2023, 1, 15), 4, 0, 6, 2, 0, 3, 1, 0});   // Q1
  run(store, RecordMeasurement{a, ymd(2023, 4, 1), 1, 2, 3, 0, 0, 5, 2, 0});    // Q2
  using Row = std::vector<std::string>;
  const auto table = evaluation_contacts_table(all(), {"Kvartal", "N", "F", "L", "K", "S"}, [](const QuarterContacts& q) {
    return "K" + std::to_string(q.quarter) + " " + std::to_string(q.year);
  });
  ASSERT_EQ(table.size(), 3u);
  EXPECT_EQ(table[1], (Row{"K1 2023", "2", "6", "1", "16", "3"}));
  EXPECT_EQ(table[2], (Row{"K2 2023", "1", "1", "2", "3", "0"}));
}

// The exports as written before they moved here (from core/codec/evaluation_json.cpp and
// core/queries/evaluation.cpp), for the figures set by hand below.
constexpr std::string_view kJsonFilter =
    R"({"filter":{"from":"2024-01-01","to":"2024-12-31","municipality":"Nordre Follo",)"
    R"("age_group":"elderly","target_group":"frail_elderly"},)";
constexpr std::string_view kJsonNoFilter =
    R"({"filter":{"from":null,"to":null,"municipality":"","age_group":"any","target_group":null},)";
constexpr std::string_view kJsonFigures =
    R"("figures":[)"
    R"({"key":"referrals","value":3.0,"n":3},)"
    R"({"key":"accepted","value":2.0,"n":2},)"
    R"({"key":"redirected","value":0.0,"n":0},)"
    R"({"key":"active_cases","value":2.0,"n":2},)"
    R"({"key":"closed","value":0.0,"n":0},)"
    R"({"key":"days_to_coordinator_median","value":4.5,"n":2},)"
    R"({"key":"days_to_coordinator_p90","value":null,"n":0},)"
    R"({"key":"days_to_team_median","value":null,"n":0},)"
    R"({"key":"psfs_first_avg","value":null,"n":0},)"
    R"({"key":"psfs_latest_avg","value":null,"n":0},)"
    R"({"key":"psfs_improved_share","value":33.333333333333336,"n":3},)"
    R"({"key":"admissions_before","value":null,"n":0},)"
    R"({"key":"admissions_after","value":null,"n":0},)"
    R"({"key":"admissions_change_pct","value":-12.5,"n":8},)"
    R"({"key":"quality_mean","value":null,"n":0},)"
    R"({"key":"quality_positive_share","value":null,"n":0},)"
    R"({"key":"what_matters_share","value":null,"n":0},)"
    R"({"key":"ip_share","value":null,"n":0},)"
    R"({"key":"days_to_ip_median","value":null,"n":0},)"
    R"({"key":"gp_on_team_share","value":null,"n":0},)"
    R"({"key":"relatives_share","value":null,"n":0},)"
    R"({"key":"person_present_share","value":null,"n":0}],)"
    R"("months":[{"month":"2024-01","referrals":3,"accepted":2,"redirected":0,"opened":2,"closed":0},)"
    R"({"month":"2024-11","referrals":0,"accepted":0,"redirected":1,"opened":0,"closed":1}]})";
constexpr std::string_view kFiguresCsv =
    "\xEF\xBB\xBF"
    "Tall;Nøkkel;Verdi;N\r\n"
    "\"Meldt; mottatt\";referrals;3,0;3\r\n"
    "«accepted»;accepted;2,0;2\r\n"
    "«redirected»;redirected;0,0;0\r\n"
    "«active_cases»;active_cases;2,0;2\r\n"
    "«closed»;closed;0,0;0\r\n"
    "«days_to_coordinator_median»;days_to_coordinator_median;4,5;2\r\n"
    "«days_to_coordinator_p90»;days_to_coordinator_p90;;0\r\n"
    "«days_to_team_median»;days_to_team_median;;0\r\n"
    "«psfs_first_avg»;psfs_first_avg;;0\r\n"
    "«psfs_latest_avg»;psfs_latest_avg;;0\r\n"
    "«psfs_improved_share»;psfs_improved_share;33,3;3\r\n"
    "«admissions_before»;admissions_before;;0\r\n"
    "«admissions_after»;admissions_after;;0\r\n"
    "«admissions_change_pct»;admissions_change_pct;-12,5;8\r\n"
    "«quality_mean»;quality_mean;;0\r\n"
    "«quality_positive_share»;quality_positive_share;;0\r\n"
    "«what_matters_share»;what_matters_share;;0\r\n"
    "«ip_share»;ip_share;;0\r\n"
    "«days_to_ip_median»;days_to_ip_median;;0\r\n"
    "«gp_on_team_share»;gp_on_team_share;;0\r\n"
    "«relatives_share»;relatives_share;;0\r\n"
    "«person_present_share»;person_present_share;;0\r\n";
constexpr std::string_view kMonthsCsv =
    "\xEF\xBB\xBF"
    "Måned;Meldt;Tatt inn;Henvist;Startet;Avsluttet\r\n"
    "01.2024;3;2;0;2;0\r\n"
    "11.2024;0;0;1;0;1\r\n";
constexpr std::string_view kContactsCsv =
    "\xEF\xBB\xBF"
    "Kvartal;N;F;L;K;S\r\n"
    "1. kvartal 2024;2;6;1;16;3\r\n";

// The files as they are downloaded, to the byte.
TEST(EvaluationExport, TheFilesByteForByte) {
  Evaluation e;
  e.referrals = 3;
  e.accepted = 2;
  e.active_cases = 2;
  e.days_to_coordinator_median = {4.5, 2};
  e.psfs_improved_share = {100.0 / 3, 3};
  e.admissions_change_pct = {-12.5, 8};
  e.months = {{2024, 1, 3, 2, 0, 2, 0}, {2024, 11, 0, 0, 1, 0, 1}};
  e.contacts = {{2024, 1, 2, 6, 1, 16, 3}};
  const EvaluationFilter filter{ymd(2024, 1, 1), ymd(2024, 12, 31), "Nordre Follo", AgeGroup::Elderly, TargetGroup::FrailElderly};
  EXPECT_EQ(evaluation_json(e, filter), std::string(kJsonFilter) + std::string(kJsonFigures));
  EXPECT_EQ(evaluation_json(e, {}), std::string(kJsonNoFilter) + std::string(kJsonFigures));
  const auto label_of = [](const char* key) { return std::string(key) == "referrals" ? "Meldt; mottatt" : "«" + std::string(key) + "»"; };
  EXPECT_EQ(to_csv(evaluation_figures_table(e, {"Tall", "Nøkkel", "Verdi", "N"}, label_of)), kFiguresCsv);
  EXPECT_EQ(to_csv(evaluation_months_table(e, {"Måned", "Meldt", "Tatt inn", "Henvist", "Startet", "Avsluttet"})), kMonthsCsv);
  EXPECT_EQ(to_csv(evaluation_contacts_table(e, {"Kvartal", "N", "F", "L", "K", "S"},
                                             [](const QuarterContacts& q) { return std::to_string(q.quarter) + ". kvartal " + std::to_string(q.year); })),
            kContactsCsv);
}

}  // namespace
}  // namespace opp::queries
