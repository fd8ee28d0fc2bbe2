// Tests for the person, referral and consent commands.
#include <gtest/gtest.h>

#include "tests/unit/commands/test_support.hpp"

namespace opp {
namespace {

using namespace opp::testing;

TEST(CreatePerson, CreatesPersonWithIdAndAudit) {
  Store store;
  const CommandResult result = execute(store, CreatePerson{"  Klara Nilsen ", ymd(1949, 3, 2), "", "Kinn"}, "kari", kNow);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.created, 1u);
  EXPECT_EQ(store.id_counters.at(kLegacyDevice), 1u);
  ASSERT_EQ(store.persons.size(), 1u);
  EXPECT_EQ(store.persons[0].name, "Klara Nilsen");
  EXPECT_EQ(store.persons[0].registered, today());
  ASSERT_EQ(store.audit.size(), 1u);
  EXPECT_EQ(store.audit[0].seq, 1u);
  EXPECT_EQ(store.audit[0].command_type, "create_person");
  EXPECT_EQ(store.audit[0].subject, 1u);
  EXPECT_EQ(store.audit[0].author, "kari");
  EXPECT_EQ(store.audit[0].at, kNow);
}

TEST(CreatePerson, StoresNormalizedNationalId) {
  Store store;
  const std::string id = synthetic_id(15, 3, 75);
  const Id person = run(store, CreatePerson{"Test Person", ymd(1975, 3, 15), id.substr(0, 6) + " " + id.substr(6), ""});
  ASSERT_NE(person, kNoId);
  EXPECT_EQ(store.find_person(person)->national_id, id);
}

TEST(CreatePerson, NameRequired) {
  EXPECT_TRUE(only_error(Store{}, CreatePerson{"   ", std::nullopt, "", ""}, "name", "error.required"));
}

TEST(CreatePerson, NameTooLong) {
  EXPECT_TRUE(only_error(Store{}, CreatePerson{std::string(201, 'a'), std::nullopt, "", ""}, "name", "error.too_long"));
  // 200 characters of two bytes each are still within the limit: it counts characters.
  std::string nordic;
  for (int i = 0; i < 200; ++i) nordic += "å";
  EXPECT_TRUE(errors_of(Store{}, CreatePerson{nordic, std::nullopt, "", ""}).empty());
}

TEST(CreatePerson, MunicipalityTooLong) {
  EXPECT_TRUE(only_error(Store{}, CreatePerson{"A", std::nullopt, "", std::string(201, 'k')}, "municipality",
                         "error.too_long"));
}

TEST(CreatePerson, BirthDateInFuture) {
  EXPECT_TRUE(only_error(Store{}, CreatePerson{"A", add_days(today(), 1), "", ""}, "birth_date",
                         "error.date_in_future"));
  EXPECT_TRUE(errors_of(Store{}, CreatePerson{"A", today(), "", ""}).empty());
}

TEST(CreatePerson, NationalIdInvalid) {
  std::string id = synthetic_id(15, 3, 75);
  id[10] = static_cast<char>('0' + (id[10] - '0' + 1) % 10);
  EXPECT_TRUE(only_error(Store{}, CreatePerson{"A", std::nullopt, id, ""}, "national_id", "error.national_id_invalid"));
  EXPECT_TRUE(only_error(Store{}, CreatePerson{"A", std::nullopt, "12345", ""}, "national_id",
                         "error.national_id_invalid"));
}

TEST(CreatePerson, NationalIdBirthMismatch) {
  const std::string id = synthetic_id(15, 3, 75);
  EXPECT_TRUE(errors_of(Store{}, CreatePerson{"A", ymd(1975, 3, 15), id, ""}).empty());
  for (const Date wrong : {ymd(1975, 3, 16), ymd(1975, 4, 15), ymd(1976, 3, 15)}) {
    EXPECT_TRUE(only_error(Store{}, CreatePerson{"A", wrong, id, ""}, "national_id",
                           "error.national_id_birth_mismatch"));
  }
}

TEST(CreatePerson, NationalIdDuplicate) {
  Store store;
  const std::string id = synthetic_id(15, 3, 75);
  run(store, CreatePerson{"A", std::nullopt, id, ""});
  EXPECT_TRUE(only_error(store, CreatePerson{"B", std::nullopt, id, ""}, "national_id", "error.duplicate"));
}

TEST(CreatePerson, ReportsEveryFieldOnce) {
  const auto errors = errors_of(Store{}, CreatePerson{"", add_days(today(), 3), "x", std::string(300, 'm')});
  EXPECT_EQ(errors.size(), 4u);
}

TEST(UpdatePerson, ChangesAllFields) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const std::string id = synthetic_id(1, 2, 80);
  const CommandResult result =
      execute(store, UpdatePerson{person, " Bente ", ymd(1980, 2, 1), id, "Suldal"}, "kari", kNow);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.created, kNoId);
  const Person& p = *store.find_person(person);
  EXPECT_EQ(p.name, "Bente");
  EXPECT_EQ(p.birth_date, ymd(1980, 2, 1));
  EXPECT_EQ(p.national_id, id);
  EXPECT_EQ(p.municipality, "Suldal");
  EXPECT_EQ(store.audit.back().command_type, "update_person");
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST(UpdatePerson, KeepsOwnNationalIdWithoutDuplicateError) {
  Store store;
  const std::string id = synthetic_id(1, 2, 80);
  const Id person = run(store, CreatePerson{"A", std::nullopt, id, ""});
  EXPECT_TRUE(errors_of(store, UpdatePerson{person, "A2", std::nullopt, id, ""}).empty());
  const Id other = run(store, CreatePerson{"B", std::nullopt, "", ""});
  EXPECT_TRUE(only_error(store, UpdatePerson{other, "B", std::nullopt, id, ""}, "national_id", "error.duplicate"));
}

TEST(UpdatePerson, Errors) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  EXPECT_TRUE(only_error(store, UpdatePerson{99, "A", std::nullopt, "", ""}, "person", "error.not_found"));
  EXPECT_TRUE(only_error(store, UpdatePerson{person, "", std::nullopt, "", ""}, "name", "error.required"));
  EXPECT_TRUE(only_error(store, UpdatePerson{person, "A", add_days(today(), 1), "", ""}, "birth_date",
                         "error.date_in_future"));
  EXPECT_TRUE(only_error(store, UpdatePerson{person, "A", ymd(1975, 3, 16), synthetic_id(15, 3, 75), ""}, "national_id",
                         "error.national_id_birth_mismatch"));
}

RegisterReferral referral_for(Id person) {
  return RegisterReferral{person, ymd(2024, 3, 1), "Dr. Fastlege", "fastlege", ReporterService::GpMessage,
                          "Falt to ganger", "", Urgency::Normal};
}

TEST(RegisterReferral, EntersQueueAsNew) {
  Store store;
  const Id person = run(store, CreatePerson{"A", ymd(1949, 1, 1), "", ""});
  const Id referral = run(store, referral_for(person));
  ASSERT_NE(referral, kNoId);
  const Referral& r = *store.find_referral(referral);
  EXPECT_EQ(r.status, ReferralStatus::New);
  EXPECT_EQ(r.person, person);
  EXPECT_EQ(r.reporter_service, ReporterService::GpMessage);
  EXPECT_EQ(r.observed, "Falt to ganger");
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST(RegisterReferral, Errors) {
  Store store;
  const Id person = run(store, CreatePerson{"A", ymd(1949, 1, 1), "", ""});
  EXPECT_TRUE(only_error(store, referral_for(99), "person", "error.not_found"));
  RegisterReferral c = referral_for(person);
  c.observed = " ";
  EXPECT_TRUE(only_error(store, c, "observed", "error.required"));
  c = referral_for(person);
  c.observed = std::string(10001, 'x');
  EXPECT_TRUE(only_error(store, c, "observed", "error.too_long"));
  c = referral_for(person);
  c.what_matters = std::string(10001, 'x');
  EXPECT_TRUE(only_error(store, c, "what_matters", "error.too_long"));
  c = referral_for(person);
  c.reporter_name = std::string(201, 'x');
  EXPECT_TRUE(only_error(store, c, "reporter_name", "error.too_long"));
  c = referral_for(person);
  c.reporter_role = std::string(201, 'x');
  EXPECT_TRUE(only_error(store, c, "reporter_role", "error.too_long"));
  c = referral_for(person);
  c.received = add_days(today(), kMaxDaysAhead + 1);
  EXPECT_TRUE(only_error(store, c, "received", "error.date_in_future"));
  c.received = add_days(today(), kMaxDaysAhead);
  EXPECT_TRUE(errors_of(store, c).empty());
  c.received = ymd(1948, 12, 31);
  EXPECT_TRUE(only_error(store, c, "received", "error.date_before_birth"));
}

TEST(SetReferralStatus, ChangesStatusAndReason) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id referral = run(store, referral_for(person));
  ASSERT_TRUE(execute(store, SetReferralStatus{referral, ReferralStatus::UnderAssessment, ""}, "k", kNow).ok());
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::UnderAssessment);
  ASSERT_TRUE(execute(store, SetReferralStatus{referral, ReferralStatus::Redirected, " Til NAV "}, "k", kNow).ok());
  EXPECT_EQ(store.find_referral(referral)->status, ReferralStatus::Redirected);
  EXPECT_EQ(store.find_referral(referral)->status_reason, "Til NAV");
  EXPECT_EQ(store.audit.back().subject, person);
}

TEST(SetReferralStatus, Errors) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id referral = run(store, referral_for(person));
  EXPECT_TRUE(only_error(store, SetReferralStatus{99, ReferralStatus::Accepted, ""}, "referral", "error.not_found"));
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::Redirected, " "}, "reason",
                         "error.reason_required"));
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::Closed, ""}, "reason",
                         "error.reason_required"));
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::Accepted, ""}, "status",
                         "error.transition_not_allowed"));
  EXPECT_TRUE(errors_of(store, SetReferralStatus{referral, ReferralStatus::UnderAssessment, ""}).empty());
  EXPECT_TRUE(only_error(store, SetReferralStatus{referral, ReferralStatus::Closed, std::string(10001, 'r')}, "reason",
                         "error.too_long"));
}

TEST(GiveConsent, RecordsConsent) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id consent = run(store, GiveConsent{person, ConsentKind::Sharing, "ignored", ymd(2024, 1, 1)});
  ASSERT_NE(consent, kNoId);
  const Consent& c = *store.find_consent(consent);
  EXPECT_TRUE(c.active());
  EXPECT_EQ(c.kind, ConsentKind::Sharing);
  EXPECT_EQ(c.relative_name, "");
  EXPECT_EQ(c.given, ymd(2024, 1, 1));
}

TEST(GiveConsent, Errors) {
  Store store;
  const Id person = run(store, CreatePerson{"A", ymd(1949, 1, 1), "", ""});
  EXPECT_TRUE(only_error(store, GiveConsent{99, ConsentKind::Sharing, "", ymd(2024, 1, 1)}, "person", "error.not_found"));
  EXPECT_TRUE(only_error(store, GiveConsent{person, ConsentKind::RelativeInvolvement, " ", ymd(2024, 1, 1)},
                         "relative_name", "error.required"));
  EXPECT_TRUE(only_error(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(1940, 1, 1)}, "given",
                         "error.date_before_birth"));
  EXPECT_TRUE(only_error(store, GiveConsent{person, ConsentKind::Sharing, "", add_days(today(), 400)}, "given",
                         "error.date_in_future"));
  run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  EXPECT_TRUE(only_error(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 2)}, "kind", "error.duplicate"));
  run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per", ymd(2024, 1, 1)});
  EXPECT_TRUE(only_error(store, GiveConsent{person, ConsentKind::RelativeInvolvement, " per ", ymd(2024, 1, 1)},
                         "relative_name", "error.duplicate"));
  EXPECT_TRUE(errors_of(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Pia", ymd(2024, 1, 1)}).empty());
}

TEST(WithdrawConsent, WithdrawsAndAllowsANewConsent) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id consent = run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 1)});
  ASSERT_TRUE(execute(store, WithdrawConsent{consent, ymd(2024, 2, 1)}, "k", kNow).ok());
  EXPECT_EQ(store.find_consent(consent)->withdrawn, ymd(2024, 2, 1));
  EXPECT_FALSE(store.find_consent(consent)->active());
  EXPECT_NE(run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 2, 2)}), kNoId);
}

TEST(WithdrawConsent, Errors) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id consent = run(store, GiveConsent{person, ConsentKind::Sharing, "", ymd(2024, 1, 10)});
  EXPECT_TRUE(only_error(store, WithdrawConsent{99, ymd(2024, 2, 1)}, "consent", "error.not_found"));
  EXPECT_TRUE(only_error(store, WithdrawConsent{consent, ymd(2024, 1, 9)}, "date", "error.date_order"));
  EXPECT_TRUE(errors_of(store, WithdrawConsent{consent, ymd(2024, 1, 10)}).empty());
  EXPECT_TRUE(only_error(store, WithdrawConsent{consent, add_days(today(), 400)}, "date", "error.date_in_future"));
  run(store, WithdrawConsent{consent, ymd(2024, 2, 1)});
  EXPECT_TRUE(only_error(store, WithdrawConsent{consent, ymd(2024, 2, 2)}, "consent", "error.already_withdrawn"));
}

TEST(WithdrawConsent, RelativeLeavesTheTeam) {
  Store store;
  const Id person = run(store, CreatePerson{"A", std::nullopt, "", ""});
  const Id consent = run(store, GiveConsent{person, ConsentKind::RelativeInvolvement, "Per Nilsen", ymd(2024, 1, 1)});
  const Id relative = run(store, AddTeamMember{person, "PER NILSEN", "sønn", "", CareLevel::Relative, ymd(2024, 1, 5)});
  const Id nurse = run(store, AddTeamMember{person, "Per Nilsen", "sykepleier", "", CareLevel::Municipal, ymd(2024, 1, 5)});
  ASSERT_NE(relative, kNoId);
  ASSERT_EQ(nurse, kNoId);  // an active member with the same name already exists
  ASSERT_TRUE(execute(store, WithdrawConsent{consent, ymd(2024, 2, 1)}, "k", kNow).ok());
  EXPECT_EQ(store.find_team_member(relative)->left, ymd(2024, 2, 1));
  EXPECT_TRUE(only_error(store, AddTeamMember{person, "Per Nilsen", "sønn", "", CareLevel::Relative, ymd(2024, 2, 2)},
                         "name", "error.no_consent"));
}

}  // namespace
}  // namespace opp
