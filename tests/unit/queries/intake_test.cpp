// Matching a reported person, the intake queue and the decisions read back from the audit trail.
#include "core/queries/intake.hpp"

#include <gtest/gtest.h>

#include "core/queries/caseload.hpp"
#include "tests/unit/commands/test_support.hpp"

namespace opp::queries {
namespace {

using namespace opp::testing;

SubmitReferral referral_of(const std::string& name, Date received, Urgency urgency = Urgency::Normal,
                           ReporterService service = ReporterService::GpMessage) {
  SubmitReferral c;
  c.name = name;
  c.birth_date = ymd(1950, 1, 1);
  c.municipality = "Kinn";
  c.received = received;
  c.reporter_name = "Dr. Lege";
  c.reporter_service = service;
  c.observed = "Faller ofte";
  c.urgency = urgency;
  c.consent_referral = true;
  return c;
}

TEST(MatchPerson, ByIdentityNumberThenByNameAndBirthDate) {
  Store store;
  const std::string number = synthetic_id(15, 3, 49);
  const Id klara = run(store, CreatePerson{"Klara Øvreås", ymd(1949, 3, 15), number, "Kinn"});
  const Id morten = run(store, CreatePerson{"Morten Berg", ymd(1996, 5, 1), "", "Suldal"});
  const PersonKeys keys = build_person_keys(store);

  // The number wins, even with another name typed; spaces are ignored.
  PersonMatch m = match_person(store, keys, number.substr(0, 6) + " " + number.substr(6), "K. Ø.", std::nullopt);
  EXPECT_EQ(m.by, MatchBy::NationalId);
  EXPECT_EQ(m.person->id, klara);
  // Name and birth date, in any letter case.
  m = match_person(store, keys, "", "  MORTEN berg ", ymd(1996, 5, 1));
  EXPECT_EQ(m.by, MatchBy::NameAndBirthDate);
  EXPECT_EQ(m.person->id, morten);
  // A different birth date is a different person.
  EXPECT_EQ(match_person(store, keys, "", "Morten Berg", ymd(1996, 5, 2)).person, nullptr);
  // A typed number that is not Klara's: name and birth date do not override it.
  EXPECT_EQ(match_person(store, keys, synthetic_id(15, 3, 49, 200), "Klara Øvreås", ymd(1949, 3, 15)).person,
            nullptr);
  // Morten has no number: a typed number plus his name and birth date is him.
  m = match_person(store, keys, synthetic_id(1, 5, 96), "Morten Berg", ymd(1996, 5, 1));
  EXPECT_EQ(m.by, MatchBy::NameAndBirthDate);
  // Nothing typed matches nobody.
  EXPECT_EQ(match_person(store, keys, "", "", std::nullopt).by, MatchBy::None);
}

TEST(IntakeQueue, OpenReferralsLongestWaitingFirstWithDaysWaiting) {
  Store store;
  const Id a = run(store, referral_of("Anna", ymd(2024, 3, 1)));
  const Id b = run(store, referral_of("Bjørn", ymd(2024, 2, 20), Urgency::Urgent));
  const Id c = run(store, referral_of("Cecilie", ymd(2024, 3, 4), Urgency::Soon));
  run(store, SetReferralStatus{c, ReferralStatus::Closed, "Feil person"});
  const Queue queue = intake_queue(store, {}, today());
  ASSERT_EQ(queue.rows.size(), 2u);
  EXPECT_EQ(queue.rows[0].referral->id, b);
  EXPECT_EQ(queue.rows[0].days_waiting, 14);  // 20.02 → 05.03.2024 (a leap year)
  EXPECT_EQ(queue.rows[1].referral->id, a);
  EXPECT_EQ(queue.rows[1].days_waiting, 4);
  EXPECT_EQ(queue.open, 2);
  EXPECT_EQ(queue.per_status[static_cast<int>(ReferralStatus::Closed)], 1);
  EXPECT_EQ(queue.per_status[static_cast<int>(ReferralStatus::New)], 2);
}

TEST(IntakeQueue, FiltersAndSorts) {
  Store store;
  run(store, referral_of("Anna", ymd(2024, 3, 1), Urgency::Normal, ReporterService::School));
  run(store, referral_of("Bjørn", ymd(2024, 2, 20), Urgency::Soon));
  SubmitReferral flagged = referral_of("Åse", ymd(2024, 3, 2), Urgency::Urgent);
  flagged.screening = RiskScreening{1, {}, {RiskMatch{"ahus_inclusion", "risk.flag.ahus_inclusion", {}}}};
  run(store, flagged);
  const auto names = [&](const QueueFilter& filter) {
    std::vector<std::string> out;
    for (const QueueRow& row : intake_queue(store, filter, today()).rows) out.push_back(row.person->name);
    return out;
  };
  QueueFilter f;
  f.sort = QueueSort::MostUrgent;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Åse", "Bjørn", "Anna"}));
  f.sort = QueueSort::Newest;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Åse", "Anna", "Bjørn"}));
  f.sort = QueueSort::Name;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Anna", "Bjørn", "Åse"}));  // æ, ø, å fold after z
  f.service = ReporterService::School;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Anna"}));
  f.service.reset();
  f.flagged_only = true;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Åse"}));
  f.flagged_only = false;
  f.text = "bjØ";
  EXPECT_EQ(names(f), (std::vector<std::string>{"Bjørn"}));
  f.text = "faller";  // what the reporter saw
  EXPECT_EQ(names(f).size(), 3u);
  f.text.clear();
  f.urgency = Urgency::Soon;
  EXPECT_EQ(names(f), (std::vector<std::string>{"Bjørn"}));
  f.urgency.reset();
  f.status = ReferralStatus::Accepted;
  EXPECT_TRUE(names(f).empty());
}

TEST(IntakeQueue, TheCaseloadCachesItUntilTheStoreOrTheFilterChanges) {
  Store store;
  std::uint64_t version = 1;
  Caseload caseload(store, [&] { return version; });
  run(store, referral_of("Anna", ymd(2024, 3, 1)));
  ++version;
  QueueFilter f;
  EXPECT_EQ(caseload.queue(f, today()).rows.size(), 1u);
  EXPECT_EQ(caseload.queue(f, today()).rows.size(), 1u);
  EXPECT_EQ(caseload.rebuilds().queue, 1);
  f.text = "x";
  EXPECT_EQ(caseload.queue(f, today()).rows.size(), 0u);
  EXPECT_EQ(caseload.rebuilds().queue, 2);
  run(store, referral_of("Xander", ymd(2024, 3, 1)));
  ++version;
  EXPECT_EQ(caseload.queue(f, today()).rows.size(), 1u);
  EXPECT_EQ(caseload.rebuilds().queue, 3);
}

TEST(ReferralDecisions, ReadFromTheAuditTrailWithWhoAndWhen) {
  Store store;
  const Id referral = run(store, referral_of("Anna", ymd(2024, 3, 1)));
  const Id kari = run(store, AddPractitioner{"Kari", "sykepleier", "KE"});
  run(store, TriageReferral{referral, today(), TriageLevel::AdultCollaborationTwo, true, false, false, kari, "n"});
  run(store, SetReferralStatus{referral, ReferralStatus::Closed, "Flyttet"});
  run(store, ReopenReferral{referral, "Kom tilbake"});
  run(store, RedirectReferral{referral, "Fysioterapi", "Trening"});
  const Id person = store.persons[0].id;
  const auto decisions = referral_decisions(store, build_caseload_index(store), person);
  ASSERT_EQ(decisions.size(), 4u);
  EXPECT_EQ(decisions[0].kind, DecisionKind::Triage);
  EXPECT_EQ(decisions[0].by, "Kari Koordinator");
  EXPECT_EQ(decisions[0].triage->coordinator, kari);
  EXPECT_EQ(decisions[1].kind, DecisionKind::Status);
  EXPECT_EQ(decisions[1].status, ReferralStatus::Closed);
  EXPECT_EQ(decisions[1].reason, "Flyttet");
  EXPECT_EQ(decisions[2].kind, DecisionKind::Reopened);
  EXPECT_EQ(decisions[3].kind, DecisionKind::Redirected);
  EXPECT_EQ(decisions[3].to_service, "Fysioterapi");
  for (const auto& d : decisions) EXPECT_EQ(d.referral, referral);
}

// The history is the audit entries' typed commands: an entry made by hand, with no JSON anywhere,
// is read as it is, and the person's other changes are not decisions.
TEST(ReferralDecisions, ReadFromTheEntriesTypedCommands) {
  Store store;
  const Id referral = run(store, referral_of("Anna", ymd(2024, 3, 1)));
  const Id person = store.persons[0].id;
  AuditEntry decided;
  decided.seq = store.audit.size() + 1;
  decided.at = Timestamp{kNow.ms_since_epoch + 60000};
  decided.author = "Ola";
  decided.subject = person;
  decided.command = RecordedCommand(SetReferralStatus{referral, ReferralStatus::Redirected, "Til fastlegen"});
  store.audit.push_back(decided);
  AuditEntry other = decided;
  other.seq = decided.seq + 1;
  other.command = RecordedCommand(AddPsfsActivity{person, "Gå tur", today()});
  store.audit.push_back(other);

  const auto decisions = referral_decisions(store, build_caseload_index(store), person);
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].referral, referral);
  EXPECT_EQ(decisions[0].kind, DecisionKind::Status);
  EXPECT_EQ(decisions[0].status, ReferralStatus::Redirected);
  EXPECT_EQ(decisions[0].reason, "Til fastlegen");
  EXPECT_EQ(decisions[0].by, "Ola");
  EXPECT_EQ(decisions[0].at, decided.at);
}

}  // namespace
}  // namespace opp::queries
