// Stage rules for cases (forløp): see case_flow.hpp for the rules in words.
#include "core/rules/case_flow.hpp"

#include "core/i18n/catalogue.hpp"
#include "core/rules/referral_flow.hpp"

namespace opp {
namespace {

int rank(CaseStage stage) { return static_cast<int>(stage); }

void team_needs(const Store& store, Id person, std::vector<std::string>& out) {
  const TeamMember* coordinator = store.find_coordinator(person);
  if (coordinator == nullptr) {
    out.emplace_back(text_key("case.error.no_coordinator"));
  } else if (!is_professional(coordinator->level)) {
    out.emplace_back(text_key("case.error.coordinator_not_professional"));
  }
  int others = 0;
  for (const TeamMember& member : store.team_members.of_person(person)) {
    if (member.active() && is_professional(member.level) && (coordinator == nullptr || member.id != coordinator->id)) {
      ++others;
    }
  }
  if (others == 0) out.emplace_back(text_key("case.error.no_other_professional"));
}

bool has_goal(const Store& store, Id person) {
  const auto goals = store.goals.of_person(person);
  return goals.begin() != goals.end();
}

}  // namespace

std::optional<Date> entered_stage(const Case& c, CaseStage stage) {
  for (const StageChange& change : c.history) {
    if (change.stage == stage) return change.date;
  }
  return std::nullopt;
}

Case new_case(Id id, Id person, Id referral, TargetGroup target_group, Date date, const std::string& author) {
  Case c;
  c.id = id;
  c.person = person;
  c.referral = referral;
  c.target_group = target_group;
  c.stage = CaseStage::Reported;
  c.opened = date;
  c.history.push_back(StageChange{date, CaseStage::Reported, author, {}});
  return c;
}

std::vector<std::string> move_refusals(const Store& store, const Case& c, CaseStage to, const std::string& reason) {
  std::vector<std::string> out;
  if (c.stage == CaseStage::Closed) {
    out.emplace_back(text_key("case.error.closed_final"));
    return out;
  }
  if (to == c.stage) {
    out.emplace_back(text_key("case.error.same_stage"));
    return out;
  }
  if (to == CaseStage::Closed) {
    if (reason.empty()) out.emplace_back(text_key("case.error.reason_required"));
    return out;
  }
  if (rank(to) < rank(c.stage)) return out;  // back: always possible
  if (rank(to) >= rank(CaseStage::TeamEstablished)) team_needs(store, c.person, out);
  if (rank(to) >= rank(CaseStage::FollowUp) && !has_goal(store, c.person)) out.emplace_back(text_key("case.error.no_plan"));
  if (to == CaseStage::Evaluation && !entered_stage(c, CaseStage::FollowUp)) {
    out.emplace_back(text_key("case.error.not_followed_up"));
  }
  return out;
}

TargetGroup default_target_group(const Person* person, Date date) {
  if (person != nullptr && person->birth_date && is_child_on(person->birth_date, date)) {
    return TargetGroup::ChildrenFamilies;
  }
  return TargetGroup::Other;
}

bool open_case_for_referral(Store& store, const Referral& referral, Date date, const std::string& author) {
  if (store.open_case(referral.person) != nullptr || store.find_case(referral.id) != nullptr) return false;
  store.cases.push_back(new_case(referral.id, referral.person, referral.id,
                                default_target_group(store.find_person(referral.person), date), date, author));
  return true;
}

}  // namespace opp
