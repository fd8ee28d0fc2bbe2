// The intake queue's rules: which status changes a referral may make, what each needs, and who
// counts as a child (a guardian consents for them).
//
//   new ──► under assessment ──► accepted ──► closed
//    │            │    ▲                        ▲
//    │            ▼    └──── reopened ◄─────────┤ (ReopenReferral, with a reason)
//    └──────► redirected ───────────────────────┘
//
// - new → under assessment, redirected or closed; under assessment → accepted, redirected or closed;
//   accepted or redirected → closed. Nothing leaves closed except ReopenReferral, which brings it
//   back to under assessment: a closed referral is reopened, never edited back.
// - Redirected and closed need a reason; redirected also names the service (RedirectReferral).
// - Accepted needs a triage: the level and what is needed were decided first.
#pragma once

#include <vector>

#include "core/domain/calendar.hpp"
#include "core/domain/model.hpp"

namespace opp {

inline constexpr int kAdultAge = 18;

// True when a referral in `from` may change to `to` by SetReferralStatus / RedirectReferral.
bool transition_allowed(ReferralStatus from, ReferralStatus to);

// The statuses `from` may change to, in the order the UI offers them.
std::vector<ReferralStatus> next_statuses(ReferralStatus from);

bool reason_required(ReferralStatus to);

// BTI levels are for children and youth, the adult steps for adults.
bool is_child_level(TriageLevel level);

// Under 18 on the day, when the birth date is known.
bool is_child_on(const std::optional<Date>& birth_date, Date on);

}  // namespace opp
