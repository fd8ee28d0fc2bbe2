// Tests for journal lines and command JSON: every command type round-trips; garbage is refused.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/domain/enum_names.hpp"
#include "core/codec/json_codec.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;
using Json = nlohmann::ordered_json;

std::vector<Command> one_of_each() {
  return {
      CreatePerson{"Klara", ymd(1949, 3, 15), "15834912345", "Kinn"},
      UpdatePerson{1, "Klara N", std::nullopt, "", "Kinn"},
      RegisterReferral{1, ymd(2024, 1, 1), "Dr", "fastlege", ReporterService::MentalHealthSubstance, "Obs \"quoted\"",
                       "Å gå", Urgency::Urgent},
      SetReferralStatus{2, ReferralStatus::Closed, "Ikke behov"},
      GiveConsent{1, ConsentKind::RelativeInvolvement, "Per", ymd(2024, 1, 2)},
      WithdrawConsent{3, ymd(2024, 1, 3)},
      AddTeamMember{1, "Siri", "sykepleier", "Hjemmetjenesten", CareLevel::OtherSector, ymd(2024, 1, 4)},
      TeamMemberLeaves{4, ymd(2024, 1, 5)},
      SetCoordinator{4},
      RecordMeeting{1, MeetingType::Collaboration, ymd(2024, 1, 6), {4, 5}, true, "a", "b", "c"},
      AddGoal{1, 6, "Mål", ymd(2024, 1, 7)},
      AddMeasure{7, "Tiltak", 4, ymd(2025, 1, 1)},
      SetMeasureStatus{8, MeasureStatus::Cancelled},
      EvaluateMeasure{8, ymd(2024, 1, 8), "Notat"},
      AddPsfsActivity{1, "Gå", ymd(2024, 1, 9)},
      RetirePsfsActivity{9, ymd(2024, 1, 10)},
      RecordPsfsConversation{1, ymd(2024, 1, 11), "Siri", PsfsDirection::ZeroIsCan, {{9, 4}, {10, 0}}},
      RecordMeasurement{1, ymd(2024, 1, 12), 1, 2, 3, 4, 5, 6, 7},
      AddRelayLogEntry{1, ymd(2024, 1, 13), "Siri", RelayEntryKind::Evaluation, "Tekst"},
      RestoreBackup{"sikkerhetskopi-2024-01-13.json", 12},
      SubmitReferral{0, "Klara", ymd(1949, 3, 15), "15834912345", "Lørenskog", "tlf 99", ymd(2024, 1, 14), "Dr",
                     "fastlege", ReporterService::GpMessage, "Faller", "Hagen", {ReporterService::HomeCare},
                     Urgency::Soon, true, true, {"Per"}, "",
                     RiskScreening{2,
                                   RiskInputs{ymd(2024, 1, 14), ymd(1949, 3, 15), 7, 9, 6, true, std::nullopt, 1,
                                              "Lørenskog", "Svimmel"},
                                   {RiskMatch{"ahus_inclusion", "risk.flag.ahus_inclusion",
                                              {{{RiskCriterion::AgeYears, RiskComparison::AtLeast, 75, {}}, "74"}}}}}},
      TriageReferral{2, ymd(2024, 1, 15), TriageLevel::AdultCollaborationSeveral, true, true, false, 11, "n"},
      RedirectReferral{2, "Fysioterapi", "Trenger trening"},
      ReopenReferral{2, "Ny informasjon"},
      AddPractitioner{"Kari", "sykepleier", "Koordinerende enhet"},
      SetPractitionerActive{11, false},
      SetRiskRule{RiskRule{"own", "Eget flagg", RiskCombine::Any,
                           {{RiskCriterion::Municipality, RiskComparison::InList, 0, {"Kinn", "Suldal"}}}, true}},
      RemoveRiskRule{"own"},
      EvaluateGoal{7, ymd(2024, 1, 16), GoalOutcome::NotAchieved, "Ikke ennå"},
      OpenCase{1, ymd(2024, 1, 17), TargetGroup::FrailElderly},
      MoveCase{2, CaseStage::Closed, ymd(2024, 1, 18), "Flyttet"},
      SetCaseTargetGroup{2, TargetGroup::Disability},
      RegisterAdmission{1, ymd(2024, 1, 19), AdmissionKind::Planned, 3, "Hofte"},
      MarkAdmissionSeen{12, ymd(2024, 1, 20)},
      RecordQualitySurvey{3, {5, 4, 0, 3, 5}, "Godt å bli hørt"},
  };
}

TEST(CommandJson, CoversEveryCommandType) {
  EXPECT_EQ(one_of_each().size(), std::variant_size_v<Command>);
  std::vector<std::string> names;
  for (const Command& command : one_of_each()) names.push_back(command_type_name(command));
  EXPECT_EQ(names, (std::vector<std::string>{
                       "create_person", "update_person", "register_referral", "set_referral_status", "give_consent",
                       "withdraw_consent", "add_team_member", "team_member_leaves", "set_coordinator",
                       "record_meeting", "add_goal", "add_measure", "set_measure_status", "evaluate_measure",
                       "add_psfs_activity", "retire_psfs_activity", "record_psfs_conversation",
                       "record_measurement", "add_relay_log_entry", "restore_backup", "submit_referral",
                       "triage_referral", "redirect_referral", "reopen_referral", "add_practitioner",
                       "set_practitioner_active", "set_risk_rule", "remove_risk_rule", "evaluate_goal", "open_case",
                       "move_case", "set_case_target_group", "register_admission", "mark_admission_seen",
                       "record_quality_survey"}));
}

TEST(CommandJson, EveryCommandRoundTrips) {
  for (const Command& command : one_of_each()) {
    const std::string json = command_to_json(command);
    const Decoded<Command> decoded = command_from_json(command_type_name(command), json);
    ASSERT_TRUE(decoded.ok()) << json << " " << decoded.error.detail;
    EXPECT_EQ(command_to_json(*decoded.value), json);
    EXPECT_EQ(decoded.value->index(), command.index());
  }
}

// One literal line per command type: the journal's field names and value spellings are what
// yesterday's data holds, so they are written out here rather than derived from the schema
// tables the encoder itself uses.
TEST(CommandJson, EveryCommandTypeWritesItsLiteralLine) {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"create_person",
       R"({"name":"Klara","birth_date":"1949-03-15","national_id":"15834912345","municipality":"Kinn"})"},
      {"update_person",
       R"({"person":1,"name":"Klara N","national_id":"","municipality":"Kinn"})"},
      {"register_referral",
       R"({"person":1,"received":"2024-01-01","reporter_name":"Dr","reporter_role":"fastlege","reporter_service":"mental_health_substance","observed":"Obs \"quoted\"","what_matters":"Å gå","urgency":"urgent"})"},
      {"set_referral_status",
       R"({"referral":2,"status":"closed","reason":"Ikke behov"})"},
      {"give_consent",
       R"({"person":1,"kind":"relative_involvement","relative_name":"Per","given":"2024-01-02"})"},
      {"withdraw_consent",
       R"({"consent":3,"date":"2024-01-03"})"},
      {"add_team_member",
       R"({"person":1,"name":"Siri","role":"sykepleier","service":"Hjemmetjenesten","level":"other_sector","joined":"2024-01-04","practitioner":0})"},
      {"team_member_leaves",
       R"({"member":4,"date":"2024-01-05"})"},
      {"set_coordinator",
       R"({"member":4})"},
      {"record_meeting",
       R"({"person":1,"type":"collaboration","date":"2024-01-06","participants":[4,5],"person_present":true,"agenda":"a","decisions":"b","next_steps":"c"})"},
      {"add_goal",
       R"({"person":1,"parent":6,"text":"Mål","established":"2024-01-07"})"},
      {"add_measure",
       R"({"goal":7,"text":"Tiltak","responsible":4,"due":"2025-01-01","from_meeting":0})"},
      {"set_measure_status",
       R"({"measure":8,"status":"cancelled"})"},
      {"evaluate_measure",
       R"({"measure":8,"date":"2024-01-08","note":"Notat"})"},
      {"add_psfs_activity",
       R"({"person":1,"text":"Gå","added":"2024-01-09"})"},
      {"retire_psfs_activity",
       R"({"activity":9,"date":"2024-01-10"})"},
      {"record_psfs_conversation",
       R"({"person":1,"date":"2024-01-11","performed_by":"Siri","direction":"zero_is_can","scores":[{"activity":9,"score":4},{"activity":10,"score":0}],"new_activities":[],"retire":[]})"},
      {"record_measurement",
       R"({"person":1,"date":"2024-01-12","gp_contacts":1,"emergency_contacts":2,"municipal_contacts":3,"specialist_contacts":4,"hospital_admissions":5,"medications":6,"hospital_departments":7,"proactive_services":0})"},
      {"add_relay_log_entry",
       R"({"person":1,"date":"2024-01-13","author":"Siri","kind":"evaluation","text":"Tekst"})"},
      {"restore_backup",
       R"({"file_name":"sikkerhetskopi-2024-01-13.json","persons":12})"},
      {"submit_referral",
       R"({"person":0,"name":"Klara","birth_date":"1949-03-15","national_id":"15834912345","municipality":"Lørenskog","contact":"tlf 99","received":"2024-01-14","reporter_name":"Dr","reporter_role":"fastlege","reporter_service":"gp_message","observed":"Faller","what_matters":"Hagen","services_involved":["home_care"],"urgency":"soon","consent_referral":true,"consent_sharing":true,"relatives":["Per"],"guardian":"","screening":{"rule_set_version":2,"inputs":{"referral_date":"2024-01-14","birth_date":"1949-03-15","admissions_12m":7,"medications":9,"clinical_frailty":6,"lives_alone":true,"services_involved":1,"municipality":"Lørenskog","concern":"Svimmel"},"matches":[{"rule_id":"ahus_inclusion","flag":"risk.flag.ahus_inclusion","matched":[{"condition":{"criterion":"age_years","comparison":"at_least","threshold":75,"values":[]},"value":"74"}]}]}})"},
      {"triage_referral",
       R"({"referral":2,"date":"2024-01-15","level":"adult_collaboration_several","needs_coordinator":true,"needs_plan":true,"needs_team":false,"coordinator":11,"note":"n"})"},
      {"redirect_referral",
       R"({"referral":2,"to_service":"Fysioterapi","reason":"Trenger trening"})"},
      {"reopen_referral",
       R"({"referral":2,"reason":"Ny informasjon"})"},
      {"add_practitioner",
       R"({"name":"Kari","role":"sykepleier","service":"Koordinerende enhet","level":"municipal","contact":""})"},
      {"set_practitioner_active",
       R"({"practitioner":11,"active":false})"},
      {"set_risk_rule",
       R"({"rule":{"id":"own","flag":"Eget flagg","combine":"any","conditions":[{"criterion":"municipality","comparison":"in_list","threshold":0,"values":["Kinn","Suldal"]}],"enabled":true}})"},
      {"remove_risk_rule",
       R"({"rule_id":"own"})"},
      {"evaluate_goal",
       R"({"goal":7,"date":"2024-01-16","outcome":"not_achieved","note":"Ikke ennå"})"},
      {"open_case",
       R"({"person":1,"date":"2024-01-17","target_group":"frail_elderly"})"},
      {"move_case",
       R"({"case":2,"stage":"closed","date":"2024-01-18","reason":"Flyttet"})"},
      {"set_case_target_group",
       R"({"case":2,"target_group":"disability"})"},
      {"register_admission",
       R"({"person":1,"date":"2024-01-19","kind":"planned","bed_days":3,"note":"Hofte"})"},
      {"mark_admission_seen",
       R"({"admission":12,"date":"2024-01-20"})"},
      {"record_quality_survey",
       R"({"meeting":3,"answers":[5,4,0,3,5],"comment":"Godt å bli hørt"})"},
  };
  const std::vector<Command> commands = one_of_each();
  ASSERT_EQ(commands.size(), expected.size());
  for (std::size_t i = 0; i < commands.size(); ++i) {
    EXPECT_EQ(command_type_name(commands[i]), expected[i].first);
    EXPECT_EQ(command_to_json(commands[i]), expected[i].second) << expected[i].first;
    const Decoded<Command> decoded = command_from_json(expected[i].first, expected[i].second);
    ASSERT_TRUE(decoded.ok()) << expected[i].first << " " << decoded.error.detail;
    EXPECT_EQ(command_to_json(*decoded.value), expected[i].second);
  }
}

TEST(CommandJson, FieldNamesAndValues) {
  EXPECT_EQ(command_to_json(RecordPsfsConversation{1, ymd(2024, 1, 11), "S", PsfsDirection::ZeroIsCan, {{9, 4}}}),
            R"({"person":1,"date":"2024-01-11","performed_by":"S","direction":"zero_is_can",)"
            R"("scores":[{"activity":9,"score":4}],"new_activities":[],"retire":[]})");
  EXPECT_EQ(command_to_json(AddMeasure{7, "T", 0, std::nullopt}), R"({"goal":7,"text":"T","responsible":0,"from_meeting":0})");
}

// A field added to a command later (field_since) is absent from lines written before it: the line
// decodes with the default, so yesterday's journal replays.
TEST(CommandJson, LinesWrittenBeforeAFieldExistedDecodeWithItsDefault) {
  const Decoded<Command> old = command_from_json(
      "record_measurement",
      R"({"person":3,"date":"2024-01-31","gp_contacts":1,"emergency_contacts":2,"municipal_contacts":3,)"
      R"("specialist_contacts":4,"hospital_admissions":5,"medications":6,"hospital_departments":7})");
  ASSERT_TRUE(old.value) << old.error.detail;
  const auto& m = std::get<RecordMeasurement>(*old.value);
  EXPECT_EQ(m.hospital_departments, 7);
  EXPECT_EQ(m.proactive_services, 0);
  EXPECT_EQ(command_to_json(RecordMeasurement{3, ymd(2024, 1, 31), 1, 2, 3, 4, 5, 6, 7, 8}),
            R"({"person":3,"date":"2024-01-31","gp_contacts":1,"emergency_contacts":2,"municipal_contacts":3,)"
            R"("specialist_contacts":4,"hospital_admissions":5,"medications":6,"hospital_departments":7,)"
            R"("proactive_services":8})");
}

TEST(CommandJson, RefusesUnknownTypeAndBadFields) {
  EXPECT_EQ(command_from_json("delete_everything", "{}").error.message_key, "import.error.invalid");
  EXPECT_EQ(command_from_json("set_coordinator", "{").error.message_key, "import.error.not_json");
  const Decoded<Command> missing = command_from_json("set_coordinator", "{}");
  EXPECT_EQ(missing.error.message_key, "import.error.invalid");
  EXPECT_EQ(missing.error.detail, "command.member: missing");
}

TEST(JournalJson, LineFormat) {
  const CommandRecord record{7, kNow, "kari", SetCoordinator{4}, 1234, Hlc{kNow.ms_since_epoch, 2}};
  EXPECT_EQ(to_journal_json(record),
            R"({"seq":7,"at":"2024-03-05T10:00:00.000Z","author":"kari","device":1234,)"
            R"("clock":{"ms":1709632800000,"counter":2},"type":"set_coordinator","command":{"member":4}})");
}

TEST(JournalJson, ReadsSchema1LinesAsDeviceZeroAtTheirOwnTime) {
  // Exactly what the build of 2026-11-23 wrote (no device, no clock).
  const Decoded<CommandRecord> decoded = from_journal_json(
      R"({"seq":7,"at":"2024-03-05T10:00:00.000Z","author":"kari","type":"set_coordinator","command":{"member":4}})");
  ASSERT_TRUE(decoded.ok()) << decoded.error.detail;
  EXPECT_EQ(decoded.value->device, kLegacyDevice);
  EXPECT_EQ(decoded.value->clock, (Hlc{kNow.ms_since_epoch, 0}));
  EXPECT_EQ(std::get<SetCoordinator>(decoded.value->command).member, 4u);
}

TEST(JournalJson, EveryCommandRoundTrips) {
  std::uint64_t seq = 1;
  for (const Command& command : one_of_each()) {
    const CommandRecord record{seq, Timestamp{kNow.ms_since_epoch + 123}, "Kari Ø", command,
                               static_cast<DeviceId>(seq * 1000), Hlc{kNow.ms_since_epoch + 123, static_cast<std::uint32_t>(seq)}};
    ++seq;
    const std::string line = to_journal_json(record);
    const Decoded<CommandRecord> decoded = from_journal_json(line);
    ASSERT_TRUE(decoded.ok()) << line << " " << decoded.error.detail;
    EXPECT_EQ(decoded.value->seq, record.seq);
    EXPECT_EQ(decoded.value->at, record.at);
    EXPECT_EQ(decoded.value->author, record.author);
    EXPECT_EQ(decoded.value->device, record.device);
    EXPECT_EQ(decoded.value->clock, record.clock);
    EXPECT_EQ(to_journal_json(*decoded.value), line);
  }
}

TEST(JournalJson, AMergedChangeCarriesItsIdsAndWhyItWasRefused) {
  const CommandRecord record{7, kNow, "kari", SetCoordinator{4}, 1234, Hlc{kNow.ms_since_epoch, 2}};
  JournalExtras extras;
  extras.ids_after = 41;
  extras.refused = {FieldError{"stage", "case.error.closed_final"}};
  const std::string line = to_journal_json(record, extras);
  EXPECT_EQ(line, R"({"seq":7,"at":"2024-03-05T10:00:00.000Z","author":"kari","device":1234,)"
                  R"("clock":{"ms":1709632800000,"counter":2},"type":"set_coordinator","command":{"member":4},)"
                  R"("ids":41,"refused":[{"field":"stage","message":"case.error.closed_final"}]})");
  JournalExtras read;
  const Decoded<CommandRecord> decoded = from_journal_json(line, read);
  ASSERT_TRUE(decoded.ok()) << decoded.error.detail;
  EXPECT_EQ(read.ids_after, std::optional<std::uint32_t>(41));
  EXPECT_EQ(read.refused, extras.refused);
  // A line without them (every line of a device that does not sync) has none; the plain reader
  // takes a merged line as the change it is.
  JournalExtras none{42, {FieldError{"x", "y"}}};
  ASSERT_TRUE(from_journal_json(to_journal_json(record), none).ok());
  EXPECT_FALSE(none.ids_after.has_value());
  EXPECT_TRUE(none.refused.empty());
  EXPECT_TRUE(from_journal_json(line).ok());
  // Damaged extras are refused, naming them.
  Json bad = Json::parse(line);
  for (const Json& value : {Json(-1), Json("41"), Json(std::uint64_t{1} << 33)}) {
    bad["ids"] = value;
    const DecodeError error = from_journal_json(bad.dump(), read).error;
    EXPECT_EQ(error.message_key, "import.error.invalid") << value.dump();
    EXPECT_NE(error.detail.find("ids"), std::string::npos) << error.detail;
  }
  bad = Json::parse(line);
  for (const Json& value : {Json::array(), Json("closed"), Json::array({Json::object()})}) {
    bad["refused"] = value;
    const DecodeError error = from_journal_json(bad.dump(), read).error;
    EXPECT_EQ(error.message_key, "import.error.invalid") << value.dump();
    EXPECT_NE(error.detail.find("refused"), std::string::npos) << error.detail;
  }
}

TEST(JournalJson, RefusesGarbage) {
  EXPECT_EQ(from_journal_json("").error.message_key, "import.error.not_json");
  EXPECT_EQ(from_journal_json("{\"seq\":1,").error.message_key, "import.error.not_json");
  EXPECT_EQ(from_journal_json("[]").error.message_key, "import.error.invalid");
  const Json good = Json::parse(to_journal_json(CommandRecord{1, kNow, "k", SetCoordinator{4}}));
  for (const char* key : {"seq", "at", "author", "type", "command", "clock"}) {
    Json line = good;
    line.erase(key);
    const DecodeError error = from_journal_json(line.dump()).error;
    EXPECT_EQ(error.message_key, "import.error.invalid") << key;
    EXPECT_NE(error.detail.find(key), std::string::npos) << error.detail;
  }
  const std::pair<const char*, Json> bad_values[] = {
      {"seq", Json(-1)},         {"at", Json("2024-03-05")}, {"author", Json(1)},
      {"type", Json("nope")},    {"command", Json::array()},
      {"at", Json("1012-03-05T10:17:00.000Z")},  // before 1970: found by fuzz_journal
  };
  for (const auto& [key, value] : bad_values) {
    Json line = good;
    line[key] = value;
    EXPECT_EQ(from_journal_json(line.dump()).error.message_key, "import.error.invalid") << key;
  }
  // A line of schema 1 (no device, no clock) from before 1970 would get a clock it cannot be
  // read back with: refused at once instead (the input fuzz_journal found).
  EXPECT_EQ(from_journal_json(R"({"seq":17,"at":"1012-03-05T10:17:00.000Z","author":"Ola","type":"set_coordinator",)"
                              R"("command":{"member":4}})")
                .error.message_key,
            "import.error.invalid");
  Json line = good;
  line["command"]["member"] = "four";
  EXPECT_EQ(from_journal_json(line.dump()).error.detail.substr(0, 14), "command.member");
}

TEST(EnumNames, RoundTripAndUnknown) {
  EXPECT_EQ(enum_name(ReporterService::GpMessage), "gp_message");
  EXPECT_EQ(enum_name(ReferralStatus::UnderAssessment), "under_assessment");
  EXPECT_EQ(enum_from_name<CareLevel>("other_sector"), CareLevel::OtherSector);
  EXPECT_FALSE(enum_from_name<CareLevel>("Other_Sector").has_value());
  EXPECT_EQ(enum_name(static_cast<Urgency>(42)), "");
  for (std::size_t i = 0; i < EnumNames<ReporterService>::names.size(); ++i) {
    const auto value = static_cast<ReporterService>(i);
    EXPECT_EQ(enum_from_name<ReporterService>(enum_name(value)), value);
  }
}

}  // namespace
}  // namespace opp

namespace opp {
namespace {

TEST(DraftJson, RoundTripsTypedTextAndRefusesAnythingElse) {
  const DraftFields fields{{"name", "Klara «Ø» \"Å\""}, {"birth_date", "31.02.1949"}, {"empty", ""}};
  const std::string json = draft_to_json(fields);
  EXPECT_EQ(json.find("empty"), std::string::npos);  // empty fields are not kept
  const auto back = draft_from_json(json);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->at("name"), "Klara «Ø» \"Å\"");
  EXPECT_EQ(back->at("birth_date"), "31.02.1949");  // kept as typed, even when not a date
  EXPECT_FALSE(draft_from_json("not json").has_value());
  EXPECT_FALSE(draft_from_json("[1]").has_value());
  EXPECT_FALSE(draft_from_json(R"({"name": 3})").has_value());
}

}  // namespace
}  // namespace opp
