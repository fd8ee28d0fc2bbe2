// The referral status rules (see the diagram in referral_flow.hpp).
#include "core/rules/referral_flow.hpp"

#include <algorithm>

#include "core/rules/risk_screening.hpp"

namespace opp {

std::vector<ReferralStatus> next_statuses(ReferralStatus from) {
  using S = ReferralStatus;
  switch (from) {
    case S::New: return {S::UnderAssessment, S::Redirected, S::Closed};
    case S::UnderAssessment: return {S::Accepted, S::Redirected, S::Closed};
    case S::Accepted:
    case S::Redirected: return {S::Closed};
    case S::Closed: break;
  }
  return {};
}

bool transition_allowed(ReferralStatus from, ReferralStatus to) {
  const auto next = next_statuses(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

bool reason_required(ReferralStatus to) { return to == ReferralStatus::Redirected || to == ReferralStatus::Closed; }

bool is_child_level(TriageLevel level) {
  return level == TriageLevel::Bti0 || level == TriageLevel::Bti1 || level == TriageLevel::Bti2 ||
         level == TriageLevel::Bti3;
}

bool is_child_on(const std::optional<Date>& birth_date, Date on) {
  return birth_date && birth_date->valid() && !(*birth_date > on) && age_on(*birth_date, on) < kAdultAge;
}

}  // namespace opp
