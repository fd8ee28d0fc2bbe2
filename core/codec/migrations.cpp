// Upgrades stored documents written by earlier schema versions, one step at a time, before decoding.
#include <unordered_map>

#include "core/codec/json_values.hpp"
#include "core/rules/case_flow.hpp"

namespace opp::codec {
namespace {

// 1 → 2: the store-wide next_id becomes device 0's counter (ids keep their values), and audit
// entries get the device and clock that schema 2 records (device 0, the clock at their time).
void migrate_1_to_2(Json& store) {
  if (!store.is_object()) fail_invalid("store", "expected an object");
  const auto next = store.find("next_id");
  if (next == store.end()) fail_invalid("store.next_id", "missing");
  if (!next->is_number_unsigned() || next->get<std::uint64_t>() == 0) {
    fail_invalid("store.next_id", "expected a positive integer");
  }
  const std::uint64_t last = next->get<std::uint64_t>() - 1;
  if (last > 0xFFFFFFFFull) fail_invalid("store.next_id", "too large for schema 1");
  store.erase("next_id");
  store["id_counters"] = Json::array({Json{{"device", kLegacyDevice}, {"last", last}}});
  const auto audit = store.find("audit");
  if (audit == store.end() || !audit->is_array()) return;  // decoding names the problem
  for (Json& entry : *audit) {
    if (!entry.is_object()) continue;
    entry["device"] = kLegacyDevice;
    const auto at = entry.find("at");
    std::int64_t ms = 0;
    if (at != entry.end() && at->is_string()) {
      if (const auto parsed = parse_iso_timestamp(at->get_ref<const std::string&>())) ms = parsed->ms_since_epoch;
    }
    entry["clock"] = Json{{"ms", ms}, {"counter", 0}};
  }
}

// Adds `key` with `value` to every object in store[collection] that lacks it.
void add_missing(Json& store, const char* collection, const char* key, const Json& value) {
  const auto items = store.find(collection);
  if (items == store.end() || !items->is_array()) return;  // decoding names the problem
  for (Json& item : *items) {
    if (item.is_object() && !item.contains(key)) item[key] = value;
  }
}

// 2 → 3: intake. The practitioner register starts empty, the risk rules as never edited
// (version 0: the built-in defaults apply), and existing records get the new fields' empty
// values.
void migrate_2_to_3(Json& store) {
  if (!store.is_object()) fail_invalid("store", "expected an object");
  if (!store.contains("practitioners")) store["practitioners"] = Json::array();
  if (!store.contains("risk_rules")) store["risk_rules"] = Json{{"version", 0}, {"rules", Json::array()}};
  add_missing(store, "persons", "contact", "");
  add_missing(store, "referrals", "services_involved", Json::array());
  add_missing(store, "referrals", "redirected_to", "");
  add_missing(store, "team_members", "practitioner", Json(std::uint64_t{kNoId}));
}

// 3 → 4: the board. Cases and admissions start empty (accepted referrals open their cases after
// decoding: open_cases_of_accepted_referrals), the register's entries are municipal professionals
// without a contact, goals have no evaluations, measures came from no meeting.
void migrate_3_to_4(Json& store) {
  if (!store.is_object()) fail_invalid("store", "expected an object");
  if (!store.contains("cases")) store["cases"] = Json::array();
  if (!store.contains("admissions")) store["admissions"] = Json::array();
  add_missing(store, "practitioners", "level", "municipal");
  add_missing(store, "practitioners", "contact", "");
  add_missing(store, "goals", "evaluations", Json::array());
  add_missing(store, "measures", "from_meeting", Json(std::uint64_t{kNoId}));
}

// 4 → 5: the quality survey; none were recorded before.
void migrate_4_to_5(Json& store) {
  if (!store.is_object()) fail_invalid("store", "expected an object");
  if (!store.contains("quality_surveys")) store["quality_surveys"] = Json::array();
}

}  // namespace

void migrate_store(Json& store, int from_version) {
  if (from_version <= 1) migrate_1_to_2(store);
  if (from_version <= 2) migrate_2_to_3(store);
  if (from_version <= 3) migrate_3_to_4(store);
  if (from_version <= 4) migrate_4_to_5(store);
}

void migrate_store_3_to_4(Store& store) {
  // Replaying the journal today appoints a coordinator chosen at triage with the triage's date, and
  // one set by hand before schema 4 without a date: the same here, in the order things happened.
  std::unordered_map<Id, std::pair<Id, std::optional<Date>>> appointed;  // person → (member, since)
  for (const AuditEntry& entry : store.audit) {
    if (const auto* accept = entry.command.get_if<SetReferralStatus>()) {
      if (accept->status != ReferralStatus::Accepted) continue;
      const Referral* referral = store.find_referral(accept->referral);
      if (referral != nullptr) open_case_for_referral(store, *referral, entry.at.date(), entry.author);
    } else if (const auto* triage = entry.command.get_if<TriageReferral>()) {
      const Referral* referral = store.find_referral(triage->referral);
      if (triage->coordinator == kNoId || referral == nullptr) continue;
      for (const TeamMember& member : store.team_members.of_person(referral->person)) {
        if (member.practitioner != triage->coordinator || member.joined > triage->date) continue;
        if (member.left && *member.left < triage->date) continue;
        auto& current = appointed[referral->person];
        if (current.first != member.id) current = {member.id, triage->date};
      }
    } else if (const auto* set = entry.command.get_if<SetCoordinator>()) {
      const TeamMember* member = store.find_team_member(set->member);
      if (member == nullptr) continue;
      auto& current = appointed[member->person];
      if (current.first != member->id) current = {member->id, std::nullopt};
    }
  }
  for (const auto& [person, current] : appointed) {
    TeamMember* member = store.find_team_member(current.first);
    if (member != nullptr && member->coordinator && !member->coordinator_since) member->coordinator_since = current.second;
  }
}

}  // namespace opp::codec
