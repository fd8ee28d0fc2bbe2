// The rules for moving a case (forløp) between the board's stages, and for opening one.
//
//   reported → mapping → team established → follow-up → evaluation → closed
//
// What each stage needs (checked on the case's person's team and plan on the day of the move):
// - mapping («Hva er viktig for deg?», PSFS baseline): nothing; the mapping starts.
// - team established: an active coordinator who is a professional (never a relative or the person
//   themself) and at least one other active professional on the team.
// - follow-up: what team established needs, and an individual plan with at least one goal.
// - evaluation: what follow-up needs, and the case has been in follow-up.
// - closed: a reason. From any stage; a closed case is final — the person gets a new case instead.
// A case may move back to an earlier stage (the team fell apart, the plan is redone) without
// conditions, and forward past a stage when the later stage's needs are met. Moving to the stage
// it is in is refused. The date of a move may not be in the future nor before the last change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/domain/field_error.hpp"
#include "core/domain/store.hpp"

namespace opp {

// Why a move is refused: catalogue keys (e.g. "case.error.no_coordinator"), in the order shown.
// Empty: the move is allowed.
std::vector<std::string> move_refusals(const Store& store, const Case& c, CaseStage to, const std::string& reason);

// What the stage needs, for a card's hint: the refusals a move from `c`'s stage to `to` would get.
inline bool move_allowed(const Store& store, const Case& c, CaseStage to, const std::string& reason) {
  return move_refusals(store, c, to, reason).empty();
}

// When the case first entered `stage`, or nothing if it never was in it.
std::optional<Date> entered_stage(const Case& c, CaseStage stage);

// A case at "reported", opened on `date` by `author`: what OpenCase and accepting a referral add.
Case new_case(Id id, Id person, Id referral, TargetGroup target_group, Date date, const std::string& author);

// The target group a case gets when nobody has said: children and families under 18 on `date`,
// otherwise other (the coordinator sets it on the case).
TargetGroup default_target_group(const Person* person, Date date);

// Opens the case that accepting `referral` gives: with the referral's id, at "reported", unless
// the person already has an open case (then nothing happens and false is returned). Used by the
// SetReferralStatus command and by the schema 3 → 4 migration, so both give the same store.
bool open_case_for_referral(Store& store, const Referral& referral, Date date, const std::string& author);

}  // namespace opp
