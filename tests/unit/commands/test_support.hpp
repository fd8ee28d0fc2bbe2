// Shared fixtures for the command and codec tests: a fixed clock time and synthetic identity numbers.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/codec/json_codec.hpp"
#include "core/commands/command.hpp"

namespace opp::testing {

// 2024-03-05T10:00:00.000Z: every test runs at this moment, never the real clock.
inline constexpr Timestamp kNow{1709632800000};
inline Date today() { return kNow.date(); }
inline Date ymd(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

// Eleven digits from the date fields as written (offsets included) and an individual number, with
// K1 chosen so the weighted sum including K1 leaves `remainder` (0 = classic, 1..3 = the 2032 rule).
// "" when no digit works.
inline std::string make_id(unsigned day_field, unsigned month_field, unsigned yy, unsigned individual,
                           int remainder = 0) {
  static constexpr int w1[10] = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
  static constexpr int w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  char nine[16];
  std::snprintf(nine, sizeof nine, "%02u%02u%02u%03u", day_field, month_field, yy, individual);
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += w1[i] * (nine[i] - '0');
  const int k1 = ((remainder - sum) % 11 + 11) % 11;
  if (k1 > 9) return {};
  const std::string ten = std::string(nine) + static_cast<char>('0' + k1);
  sum = 0;
  for (int i = 0; i < 10; ++i) sum += w2[i] * (ten[i] - '0');
  int k2 = 11 - sum % 11;
  if (k2 == 11) k2 = 0;
  if (k2 == 10) return {};
  return ten + static_cast<char>('0' + k2);
}

// The first individual number from `from` that gives a valid number (classic rule).
inline std::string first_valid_id(unsigned day_field, unsigned month_field, unsigned yy, unsigned from,
                                  int remainder = 0) {
  for (unsigned individual = from; individual < 1000; ++individual) {
    std::string id = make_id(day_field, month_field, yy, individual, remainder);
    if (!id.empty()) return id;
  }
  return {};
}

// A valid synthetic number (month + 80) for the date part and the first individual number that works.
inline std::string synthetic_id(unsigned day, unsigned month, unsigned yy, unsigned first_individual = 100) {
  return first_valid_id(day, month + 80, yy, first_individual);
}

// Executes and expects success; returns the created id.
inline Id run(Store& store, const Command& command) {
  const CommandResult result = execute(store, command, "Kari Koordinator", kNow);
  return result.ok() ? result.created : kNoId;
}

inline std::vector<FieldError> errors_of(const Store& store, const Command& command) {
  return validate(store, command, today());
}

// True when validation gives exactly this one error.
inline bool only_error(const Store& store, const Command& command, const std::string& field, const std::string& key) {
  return errors_of(store, command) == std::vector<FieldError>{FieldError{field, key}};
}

// True when validation gives this error (among others).
inline bool has_error(const Store& store, const Command& command, const std::string& field, const std::string& key) {
  for (const FieldError& e : errors_of(store, command)) {
    if (e.field == field && e.message_key == key) return true;
  }
  return false;
}

// The ids of a populated store's entities.
struct Ids {
  Id person = kNoId, other_person = kNoId, referral = kNoId, sharing = kNoId, relative_consent = kNoId;
  Id nurse = kNoId, gp = kNoId, relative = kNoId, goal = kNoId, sub_goal = kNoId, measure = kNoId;
  Id meeting = kNoId, walk = kNoId, stairs = kNoId, conversation = kNoId, measurement = kNoId, relay = kNoId;
  Id practitioner = kNoId, home_nurse = kNoId, case_id = kNoId, other_case = kNoId, admission = kNoId;
  Id meeting_measure = kNoId, evaluation_meeting = kNoId, survey = kNoId;
};

// Every entity type, built through commands given to `run` (a Command → the id it created), in
// order: populated_store() runs them on a Store, tests/tools/write_fixtures through a Repository.
template <typename Run>
Ids populate(Run&& run) {
  Ids ids;
  ids.person = run(CreatePerson{"Klara Nilsen", ymd(1949, 3, 15), synthetic_id(15, 3, 49), "Kinn"});
  ids.other_person = run(CreatePerson{"Morten «Æøå» Berg", std::nullopt, "", "Suldal"});
  ids.referral = run(RegisterReferral{ids.person, ymd(2024, 1, 10), "Dr. Fastlege", "fastlege",
                                             ReporterService::GpMessage, "Falt to ganger.\nBor alene.",
                                             "Å klare trappa", Urgency::Soon});
  run(SetReferralStatus{ids.referral, ReferralStatus::UnderAssessment, ""});
  run(TriageReferral{ids.referral, ymd(2024, 1, 11), TriageLevel::AdultCollaborationSeveral, true, true, true,
                            kNoId, "Trenger team."});
  run(SetReferralStatus{ids.referral, ReferralStatus::Accepted, ""});
  ids.case_id = ids.referral;  // accepting opened her case, with the referral's id
  ids.sharing = run(GiveConsent{ids.person, ConsentKind::Sharing, "", ymd(2024, 1, 12)});
  ids.relative_consent = run(GiveConsent{ids.person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 12)});
  const Id referral_consent = run(GiveConsent{ids.person, ConsentKind::Referral, "", ymd(2024, 1, 11)});
  run(WithdrawConsent{referral_consent, ymd(2024, 2, 1)});
  ids.nurse = run(AddTeamMember{ids.person, "Siri Sykepleier", "sykepleier", "Hjemmetjenesten",
                                       CareLevel::Municipal, ymd(2024, 1, 15)});
  ids.gp = run(AddTeamMember{ids.person, "Geir Lege", "fastlege", "Legekontoret", CareLevel::Gp, ymd(2024, 1, 15)});
  ids.relative = run(AddTeamMember{ids.person, "per nilsen", "sønn", "", CareLevel::Relative, ymd(2024, 1, 20)});
  run(SetCoordinator{ids.nurse, ymd(2024, 1, 16)});
  ids.practitioner = run(AddPractitioner{"Hanne Hjemmesykepleier", "sykepleier", "Hjemmetjenesten",
                                                CareLevel::Municipal, "hanne@kinn.example"});
  ids.home_nurse = run(AddTeamMember{ids.person, "Hanne Hjemmesykepleier", "sykepleier", "Hjemmetjenesten",
                                            CareLevel::Municipal, ymd(2024, 1, 18), ids.practitioner});
  run(MoveCase{ids.case_id, CaseStage::Mapping, today(), ""});
  run(TeamMemberLeaves{ids.gp, ymd(2024, 2, 20)});
  ids.goal = run(AddGoal{ids.person, kNoId, "Gå tur til butikken", ymd(2024, 1, 25)});
  ids.sub_goal = run(AddGoal{ids.person, ids.goal, "Gå til postkassen", ymd(2024, 1, 25)});
  ids.measure = run(AddMeasure{ids.sub_goal, "Gåtrening to ganger i uka", ids.nurse, ymd(2024, 4, 1)});
  run(AddMeasure{ids.goal, "Vurdere rullator", kNoId, std::nullopt});
  run(SetMeasureStatus{ids.measure, MeasureStatus::InProgress});
  run(EvaluateMeasure{ids.measure, ymd(2024, 2, 15), "Går til postkassen med støtte."});
  run(EvaluateGoal{ids.goal, ymd(2024, 2, 15), GoalOutcome::Partly, "Går med støtte."});
  run(MoveCase{ids.case_id, CaseStage::TeamEstablished, today(), ""});
  run(MoveCase{ids.case_id, CaseStage::FollowUp, today(), ""});
  ids.meeting = run(RecordMeeting{ids.person, MeetingType::Collaboration, ymd(2024, 1, 25),
                                         {ids.nurse, ids.gp}, true, "Hva er viktig for deg?", "Plan laget", "Evaluere i mars"});
  ids.meeting_measure = run(AddMeasure{ids.goal, "Evaluere i mars", kNoId, ymd(2024, 3, 20), ids.meeting});
  ids.walk = run(AddPsfsActivity{ids.person, "Gå til butikken", ymd(2024, 1, 25)});
  ids.stairs = run(AddPsfsActivity{ids.person, "Gå i trapper", ymd(2024, 1, 25)});
  const Id retired = run(AddPsfsActivity{ids.person, "Bære handleposer", ymd(2024, 1, 25)});
  run(RetirePsfsActivity{retired, ymd(2024, 2, 1)});
  ids.conversation = run(RecordPsfsConversation{ids.person, ymd(2024, 1, 25), "Siri Sykepleier",
                                                       PsfsDirection::ZeroIsCannot, {{ids.walk, 3}, {ids.stairs, 2}, {retired, 5}}});
  ids.measurement = run(RecordMeasurement{ids.person, ymd(2024, 1, 31), 2, 1, 12, 3, 2, 9, 2, 1});
  ids.relay = run(AddRelayLogEntry{ids.person, ymd(2024, 2, 2), "Siri Sykepleier", RelayEntryKind::Concern,
                                          "Mer svimmel enn før."});
  ids.admission = run(RegisterAdmission{ids.person, ymd(2024, 2, 10), AdmissionKind::Acute, 4, "Fall i trappa."});
  run(MarkAdmissionSeen{ids.admission, ymd(2024, 2, 12)});
  ids.other_case = run(OpenCase{ids.other_person, ymd(2024, 2, 1), TargetGroup::MentalHealthSubstance});
  ids.evaluation_meeting = run(RecordMeeting{ids.person, MeetingType::Evaluation, ymd(2024, 3, 1), {ids.nurse}, true,
                                             "Evaluering", "Fortsette", ""});
  ids.survey = run(RecordQualitySurvey{ids.evaluation_meeting, {5, 4, 0, 4, 5}, "Trygt å vite hvem jeg kan ringe."});
  return ids;
}

// A store with every entity type, built through commands (so it is valid and has an audit trail).
inline Store populated_store(Ids* ids_out = nullptr) {
  Store store;
  const Ids ids = populate([&](const Command& command) { return run(store, command); });
  if (ids_out != nullptr) *ids_out = ids;
  return store;
}

}  // namespace opp::testing
