// The intake side of the caseload: matching a reported person to one already registered, the
// coordinating unit's queue (filtered, sorted, searchable) and a referral's decision history.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/caseload_index.hpp"

namespace opp::queries {

// [SECTION] Matching
// How a referral's person was recognised: the same identity number, or (when the form has no
// number, or the registered person has none) the same name and birth date.
enum class MatchBy { None, NationalId, NameAndBirthDate };
struct PersonMatch {
  const Person* person = nullptr;
  MatchBy by = MatchBy::None;
};

// Look-ups for matching, built once per change of the store (not per keystroke).
struct PersonKeys {
  std::unordered_map<std::string, Id> by_national_id;
  std::unordered_map<std::string, Id> by_name_and_birth;  // folded name + ISO birth date
};
PersonKeys build_person_keys(const Store& store);

// `national_id` may be typed with spaces. A number that is typed but matches nobody falls back
// to name and birth date only if that person has no number of their own (a different number
// means a different person).
PersonMatch match_person(const Store& store, const PersonKeys& keys, std::string_view national_id,
                         std::string_view name, const std::optional<Date>& birth_date);

// [SECTION] The queue
enum class QueueSort { LongestWaiting, MostUrgent, Newest, Name };

struct QueueFilter {
  std::optional<ReferralStatus> status;  // none: the open ones (new and under assessment)
  bool all_statuses = false;             // every status, when `status` is not set
  std::optional<ReporterService> service;
  std::optional<Urgency> urgency;
  bool flagged_only = false;  // only referrals whose screening matched a rule
  std::string text;           // in the person's name, municipality, reporter or what they saw
  QueueSort sort = QueueSort::LongestWaiting;
  friend bool operator==(const QueueFilter&, const QueueFilter&) = default;
};

bool is_open(ReferralStatus status);

struct QueueRow {
  const Referral* referral = nullptr;
  const Person* person = nullptr;
  int days_waiting = 0;  // from received to today, while open; 0 once decided
};

struct Queue {
  std::vector<QueueRow> rows;
  std::array<int, 5> per_status{};  // every referral, by status (for the filter buttons)
  int open = 0;                     // new + under assessment
};

Queue intake_queue(const Store& store, const QueueFilter& filter, Date today);

// [SECTION] History
// One decision on a referral, read from the audit trail (which keeps who and when for every
// change): a status change, a triage, a redirection or a reopening.
enum class DecisionKind { Status, Triage, Redirected, Reopened };
struct ReferralDecision {
  Id referral = kNoId;
  Timestamp at;
  std::string by;
  DecisionKind kind = DecisionKind::Status;
  ReferralStatus status = ReferralStatus::New;  // for Status
  std::string reason;                           // for Status, Redirected and Reopened
  std::string to_service;                       // for Redirected
  std::optional<Triage> triage;                 // for Triage
};

// The decisions on the person's referrals, oldest first.
std::vector<ReferralDecision> referral_decisions(const Store& store, const CaseloadIndex& index, Id person);

}  // namespace opp::queries
