// A synthetic caseload: N invented persons with referrals, cases on every stage, teams, plans,
// meetings, PSFS conversations, measurements, admissions and relay-log entries — deterministic
// from a seed, for benchmarks, evaluation tests, the demo and a backup file a user can restore.
#pragma once

#include <cstdint>

#include "core/domain/calendar.hpp"
#include "core/domain/store.hpp"

namespace opp::synthetic {

struct CaseloadSpec {
  int persons = 1000;
  std::uint64_t seed = 1;
  // The day the caseload is "as of": nothing is dated after it.
  Date today = Date::from_ymd(2026, 11, 23);
};

// The mix (each a share of the persons, drawn per person from the seed):
// - ages: a quarter children and youth (0–17), a third adults (18–66), the rest 67–101;
// - every person has a referral from one of the twelve reporter services; most were accepted
//   and have a case, some wait in the intake queue (new, under assessment), a few were
//   redirected or closed;
// - cases on every board stage (reported → closed) with a dated history that satisfies the
//   stage rules of core/rules/case_flow.hpp;
// - from mapping on a coordinator, from team established on a team of 3–12 from a register of
//   practitioners (sometimes a relative), an individual plan with goals, sub-goals and
//   measures, network, collaboration and evaluation meetings, quarterly measurements, and a
//   quality survey at the evaluation meeting;
// - 1–6 PSFS conversations 6–10 weeks apart over 3–5 activities: about half improve by 2 or
//   more on average, a third stay within ±1, the rest decline;
// - hospital admissions dated before and after inclusion (frail elderly the most);
// - relay-log entries.
// Names are invented from lists of common Norwegian (and a few Sami) first names and surnames;
// identity numbers, where given, are of Skatteetaten's synthetic kind (month + 80), which no real
// person has. All ids are of device 0, so they never clash with a device's own ids.
Store generate_caseload(const CaseloadSpec& spec);

// A team member taken from the register: the practitioner's name, profession, service and level.
TeamMember member_from_register(Id id, Id person, const Practitioner& practitioner, Date joined, bool coordinator);

}  // namespace opp::synthetic
