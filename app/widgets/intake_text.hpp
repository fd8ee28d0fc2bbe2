// How intake is said in the UI: a risk screening's flag and each matched criterion with its value
// ("75 år (minst 75); 7 innleggelser (mer enn 6); Lørenskog", never a bare score), and a referral decision.
#pragma once

#include <string>

#include "app/ui_context.hpp"
#include "core/domain/risk.hpp"
#include "core/queries/intake.hpp"

namespace opp::app {

// A built-in rule's flag is a catalogue key ("risk.flag.…"); a municipality's own is its words.
std::string flag_text(const UiContext& ui, const std::string& flag);

// One condition with the value it held for: "75 år (minst 75)", "Bor alene", "Lørenskog".
std::string condition_text(const UiContext& ui, const MatchedCondition& matched);

// The matched conditions joined by "; ".
std::string matched_text(const UiContext& ui, const RiskMatch& match);

// A condition as a rule states it (Settings): "Alder minst 75", "Kommune er én av: Lillestrøm, …".
std::string rule_condition_text(const UiContext& ui, const RiskCondition& condition);

// "05.03.2024  Kari: vurdert til …; koordinator Ola — reason" (the queue's history, the relay log).
std::string decision_text(const UiContext& ui, const Store& store, const queries::ReferralDecision& decision);

}  // namespace opp::app
