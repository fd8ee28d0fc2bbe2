// The demo store: what demo mode shows at network meetings — a synthetic caseload of a few hundred
// persons and three hand-written personas whose records tell a story. A store of its own, never
// mixed with real data; deterministic, so a demo looks the same every time for the same day.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "core/domain/calendar.hpp"
#include "core/domain/store.hpp"

namespace opp::synthetic {

struct DemoSpec {
  // The day the demo is "as of": nothing is dated after it but planned meetings and due dates.
  Date today = Date::from_ymd(2026, 11, 23);
  int generated_persons = 300;  // the synthetic caseload around the personas
  std::uint64_t seed = 20261123;
};

// The personas, by the names their Person records carry. All invented, like everything in the store.
// - Kasper (9), children and families: skolefravær, søvn og magesmerter; followed up at BTI level 2
//   by the school and the school nurse, then escalated to level 3 with a child coordinator
//   (barnekoordinator), child welfare, the younger sister's kindergarten and his mother Pia on the
//   team. Pia is his guardian and a relative on the team, not a person of her own in the store.
// - Morten (28), mental health and substance use: no home of his own, a relapse half-way through
//   (the case moves back and the plan is redone), then his own flat and activity through NAV.
// - Klara (75), frail elderly: seven admissions in the twelve months before inclusion, Clinical
//   Frailty Scale 6, followed up by the home care service; one short admission since.
inline constexpr std::string_view kDemoKasper = "Kasper Lindgjerde-Aas";
inline constexpr std::string_view kDemoPia = "Pia Lindgjerde-Aas";
inline constexpr std::string_view kDemoMorten = "Morten Fjellvang";
inline constexpr std::string_view kDemoKlara = "Klara Østbø";
inline constexpr std::array<std::string_view, 3> kDemoPersonas{kDemoKasper, kDemoMorten, kDemoKlara};

// generate_caseload (caseload.hpp) for the spec's persons, seed and day, then the personas, with
// ids from the same device-0 counter (so nothing clashes) and dates relative to `today`.
Store generate_demo(const DemoSpec& spec);
Store generate_demo(Date today);

// A persona's person in a demo store (by name, from kDemoPersonas), or nullptr when it has none.
const Person* find_demo_persona(const Store& store, std::string_view name);

}  // namespace opp::synthetic
