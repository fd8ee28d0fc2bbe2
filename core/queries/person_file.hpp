// Everything the person's workspace shows, ordered as staff read it: pure functions over the store.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/board.hpp"
#include "core/queries/caseload_index.hpp"
#include "core/queries/intake.hpp"
#include "core/queries/psfs.hpp"
#include "core/queries/relay_log.hpp"

namespace opp::queries {

// A goal (mål) with its sub-goals (delmål) and the measures (tiltak) under each.
struct PlanGoal {
  const Goal* goal = nullptr;
  std::vector<const Measure*> measures;
  std::vector<PlanGoal> sub_goals;
};

struct PersonFile {
  const Person* person = nullptr;  // nullptr: no such person
  const TeamMember* coordinator = nullptr;
  std::vector<const TeamMember*> team;         // active members first (coordinator first), then former
  std::vector<const Referral*> referrals;      // newest first
  std::vector<const Consent*> consents;        // active first, then withdrawn
  std::vector<PlanGoal> plan;                  // main goals in the order they were set
  std::vector<const Meeting*> meetings;        // newest first
  PsfsGrid psfs;
  std::vector<const QuarterlyMeasurement*> measurements;  // newest first
  std::vector<const RelayLogEntry*> relay_log;            // written by hand, newest first
  std::vector<RelayEvent> relay;                          // the whole log, newest first (relay_log.hpp)
  std::vector<ReferralDecision> decisions;                // on the person's referrals, newest first
  const Case* open_case = nullptr;                        // the case on the board, if any
  std::vector<const Case*> cases;                         // newest first (closed ones stay readable)
  std::vector<const Admission*> admissions;               // newest first
  std::vector<Alert> alerts;                              // as of the day the file was built
  std::size_t changes = 0;                                // audit entries about the person
};

// `today` dates the alerts.
PersonFile person_file(const Store& store, const CaseloadIndex& index, Id person, Date today);

// Persons whose name or municipality contains `filter` (case- and æøå-insensitive), in
// registration order; all persons when the filter is empty. The names and municipalities are
// folded once, into one buffer, so a search as you type folds only the filter and scans.
class PersonSearch {
 public:
  explicit PersonSearch(const Store& store);
  std::vector<const Person*> find(std::string_view filter) const;

 private:
  const Store* store_;
  std::string folded_;
  // Person i's name is folded_[bounds_[2i], bounds_[2i+1]), the municipality runs to bounds_[2i+2].
  std::vector<std::size_t> bounds_;
};

// PersonSearch(store).find(filter), for a single search; an empty filter folds nothing.
std::vector<const Person*> search_persons(const Store& store, std::string_view filter);

// A team member's name, or "" for kNoId / an unknown id.
std::string_view member_name(const Store& store, Id member);

}  // namespace opp::queries
