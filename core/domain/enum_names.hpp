// The snake_case names of the model's enums, as written in JSON (and usable as catalogue key suffixes).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/domain/model.hpp"

namespace opp {

template <typename E>
struct EnumNames;

template <>
struct EnumNames<ReporterService> {
  static constexpr std::array<std::string_view, 12> names{
      "gp_message", "home_care",     "school",         "kindergarten", "nav", "hospital", "child_welfare",
      "health_station", "mental_health_substance", "the_person", "relative", "other"};
};
template <>
struct EnumNames<Urgency> {
  static constexpr std::array<std::string_view, 3> names{"normal", "soon", "urgent"};
};
template <>
struct EnumNames<ReferralStatus> {
  static constexpr std::array<std::string_view, 5> names{"new", "under_assessment", "accepted", "redirected",
                                                         "closed"};
};
template <>
struct EnumNames<ConsentKind> {
  static constexpr std::array<std::string_view, 4> names{"referral", "sharing", "relative_involvement", "guardian"};
};
template <>
struct EnumNames<CareLevel> {
  static constexpr std::array<std::string_view, 6> names{"municipal", "gp",       "hospital",
                                                         "other_sector", "relative", "the_person"};
};
template <>
struct EnumNames<MeasureStatus> {
  static constexpr std::array<std::string_view, 4> names{"planned", "in_progress", "done", "cancelled"};
};
template <>
struct EnumNames<MeetingType> {
  static constexpr std::array<std::string_view, 3> names{"network", "collaboration", "evaluation"};
};
template <>
struct EnumNames<PsfsDirection> {
  static constexpr std::array<std::string_view, 2> names{"zero_is_cannot", "zero_is_can"};
};
template <>
struct EnumNames<RelayEntryKind> {
  static constexpr std::array<std::string_view, 3> names{"concern", "measure", "evaluation"};
};

template <>
struct EnumNames<TriageLevel> {
  static constexpr std::array<std::string_view, 8> names{
      "bti_0", "bti_1", "bti_2", "bti_3", "adult_observation", "adult_own_service", "adult_collaboration_two",
      "adult_collaboration_several"};
};
template <>
struct EnumNames<RiskCriterion> {
  static constexpr std::array<std::string_view, 8> names{"age_years",         "admissions_12m",    "medications",
                                                         "clinical_frailty",  "lives_alone",
                                                         "functional_decline", "services_involved", "municipality"};
};
template <>
struct EnumNames<RiskComparison> {
  static constexpr std::array<std::string_view, 6> names{"at_least", "more_than", "at_most", "less_than", "is_yes",
                                                         "in_list"};
};
template <>
struct EnumNames<RiskCombine> {
  static constexpr std::array<std::string_view, 2> names{"all", "any"};
};
template <>
struct EnumNames<GoalOutcome> {
  static constexpr std::array<std::string_view, 3> names{"achieved", "partly", "not_achieved"};
};
template <>
struct EnumNames<CaseStage> {
  static constexpr std::array<std::string_view, 6> names{"reported",  "mapping",    "team_established",
                                                         "follow_up", "evaluation", "closed"};
};
template <>
struct EnumNames<TargetGroup> {
  static constexpr std::array<std::string_view, 6> names{
      "frail_elderly", "mental_health_substance", "children_families", "chronic_illness", "disability", "other"};
};
template <>
struct EnumNames<AdmissionKind> {
  static constexpr std::array<std::string_view, 2> names{"acute", "planned"};
};

template <typename E>
concept NamedEnum = requires { EnumNames<E>::names; };

// "" for a value outside the enum (which the decoder then refuses).
template <NamedEnum E>
constexpr std::string_view enum_name(E value) {
  const auto index = static_cast<std::size_t>(value);
  return index < EnumNames<E>::names.size() ? EnumNames<E>::names[index] : std::string_view{};
}

template <NamedEnum E>
constexpr std::optional<E> enum_from_name(std::string_view name) {
  for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i) {
    if (EnumNames<E>::names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace opp
