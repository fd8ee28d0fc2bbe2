// Matching, the intake queue and referral decisions (see intake.hpp).
#include "core/queries/intake.hpp"

#include <algorithm>

#include "core/commands/validation.hpp"
#include "core/domain/commands.hpp"
#include "core/rules/national_id.hpp"
#include "core/text/search.hpp"

namespace opp::queries {
namespace {

std::string name_birth_key(std::string_view name, Date birth) {
  std::string key = fold_case(trim(name));
  key += '|';
  key += to_iso(birth);
  return key;
}

const Person* found(const Store& store, const std::unordered_map<std::string, Id>& map, const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : store.find_person(it->second);
}

int urgency_rank(Urgency urgency) {
  switch (urgency) {
    case Urgency::Urgent: return 0;
    case Urgency::Soon: return 1;
    case Urgency::Normal: break;
  }
  return 2;
}

bool text_matches(const Referral& referral, const Person* person, std::string_view text) {
  if (text.empty()) return true;
  if (person != nullptr && (contains_folded(person->name, text) || contains_folded(person->municipality, text))) {
    return true;
  }
  return contains_folded(referral.reporter_name, text) || contains_folded(referral.observed, text) ||
         contains_folded(referral.redirected_to, text);
}

}  // namespace

PersonKeys build_person_keys(const Store& store) {
  PersonKeys keys;
  keys.by_national_id.reserve(store.persons.size());
  for (const Person& person : store.persons) {
    if (!person.national_id.empty()) keys.by_national_id.emplace(person.national_id, person.id);
    if (person.birth_date) keys.by_name_and_birth.emplace(name_birth_key(person.name, *person.birth_date), person.id);
  }
  return keys;
}

PersonMatch match_person(const Store& store, const PersonKeys& keys, std::string_view national_id,
                         std::string_view name, const std::optional<Date>& birth_date) {
  const std::string number = normalize_national_id(national_id);
  if (!number.empty()) {
    if (const Person* person = found(store, keys.by_national_id, number)) return {person, MatchBy::NationalId};
  }
  if (trim(name).empty() || !birth_date || !birth_date->valid()) return {};
  const Person* person = found(store, keys.by_name_and_birth, name_birth_key(name, *birth_date));
  if (person == nullptr || (!number.empty() && !person->national_id.empty())) return {};
  return {person, MatchBy::NameAndBirthDate};
}

bool is_open(ReferralStatus status) {
  return status == ReferralStatus::New || status == ReferralStatus::UnderAssessment;
}

Queue intake_queue(const Store& store, const QueueFilter& filter, Date today) {
  Queue queue;
  queue.rows.reserve(store.referrals.size());
  for (const Referral& referral : store.referrals) {
    ++queue.per_status[static_cast<std::size_t>(referral.status)];
    if (is_open(referral.status)) ++queue.open;
    if (filter.status ? referral.status != *filter.status : !filter.all_statuses && !is_open(referral.status)) continue;
    if (filter.service && referral.reporter_service != *filter.service) continue;
    if (filter.urgency && referral.urgency != *filter.urgency) continue;
    if (filter.flagged_only && (!referral.screening || referral.screening->matches.empty())) continue;
    const Person* person = store.find_person(referral.person);
    if (!text_matches(referral, person, filter.text)) continue;
    const int waiting = is_open(referral.status) ? std::max(0, days_between(referral.received, today)) : 0;
    queue.rows.push_back(QueueRow{&referral, person, waiting});
  }
  const auto by_received = [](const QueueRow& a, const QueueRow& b) {
    if (a.referral->received != b.referral->received) return a.referral->received < b.referral->received;
    return a.referral->id < b.referral->id;
  };
  switch (filter.sort) {
    case QueueSort::LongestWaiting:
      std::stable_sort(queue.rows.begin(), queue.rows.end(), by_received);
      break;
    case QueueSort::MostUrgent:
      std::stable_sort(queue.rows.begin(), queue.rows.end(), [&](const QueueRow& a, const QueueRow& b) {
        const int ua = urgency_rank(a.referral->urgency), ub = urgency_rank(b.referral->urgency);
        return ua != ub ? ua < ub : by_received(a, b);
      });
      break;
    case QueueSort::Newest:
      std::stable_sort(queue.rows.begin(), queue.rows.end(), [&](const QueueRow& a, const QueueRow& b) {
        return by_received(b, a);
      });
      break;
    case QueueSort::Name:
      std::stable_sort(queue.rows.begin(), queue.rows.end(), [&](const QueueRow& a, const QueueRow& b) {
        const std::string na = a.person ? fold_case(a.person->name) : std::string();
        const std::string nb = b.person ? fold_case(b.person->name) : std::string();
        return na != nb ? na < nb : by_received(a, b);
      });
      break;
  }
  return queue;
}

std::vector<ReferralDecision> referral_decisions(const Store& store, const CaseloadIndex& index, Id person) {
  std::vector<ReferralDecision> decisions;
  for (const std::size_t position : index.of(person).audit) {
    const AuditEntry& entry = store.audit[position];
    ReferralDecision decision;
    if (const auto* c = entry.command.get_if<SetReferralStatus>()) {
      decision.referral = c->referral;
      decision.kind = DecisionKind::Status;
      decision.status = c->status;
      decision.reason = c->reason;
    } else if (const auto* t = entry.command.get_if<TriageReferral>()) {
      decision.referral = t->referral;
      decision.kind = DecisionKind::Triage;
      decision.triage =
          Triage{t->date, t->level, t->needs_coordinator, t->needs_plan, t->needs_team, t->coordinator, t->note};
    } else if (const auto* r = entry.command.get_if<RedirectReferral>()) {
      decision.referral = r->referral;
      decision.kind = DecisionKind::Redirected;
      decision.reason = r->reason;
      decision.to_service = r->to_service;
    } else if (const auto* o = entry.command.get_if<ReopenReferral>()) {
      decision.referral = o->referral;
      decision.kind = DecisionKind::Reopened;
      decision.reason = o->reason;
    } else {
      continue;  // not a decision on a referral
    }
    decision.at = entry.at;
    decision.by = entry.author;
    decisions.push_back(std::move(decision));
  }
  return decisions;
}

}  // namespace opp::queries
