// Every change to the store is a command: validated, applied, and recorded in the audit trail.
// The commands themselves (Command and its alternatives) are data of the domain, which the audit
// trail keeps: core/domain/commands.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/commands.hpp"
#include "core/domain/field_error.hpp"
#include "core/domain/hlc.hpp"
#include "core/domain/store.hpp"

namespace opp {

// Limits the validation enforces.
inline constexpr std::size_t kMaxNameLength = 200;    // characters (UTF-8 code points)
inline constexpr std::size_t kMaxTextLength = 10000;  // characters (UTF-8 code points)
inline constexpr int kMaxDaysAhead = 366;             // event dates may be planned up to a year ahead
inline constexpr int kMaxPsfsActivities = 5;
inline constexpr int kMaxCount = 100000;              // a quarterly count above this is a typo
inline constexpr int kMaxBedDays = 366;               // one admission's bed-days

// The command's type name ("create_person"): the journal's and the audit trail's "type".
std::string command_type_name(const Command& command);

// Trims names and removes spaces from a national id: execute() records the normalized command.
Command normalized(const Command& command);

// What the journal stores for one committed command: enough to replay it exactly, and to merge
// it with other devices' journals (by clock, then device: merge_order()).
struct CommandRecord {
  std::uint64_t seq = 0;
  Timestamp at;
  std::string author;
  Command command;
  DeviceId device = kLegacyDevice;
  Hlc clock;
};

// The deterministic order in which records from several devices are applied: by hybrid clock,
// then device, then the device's own sequence. Every device that has the same records gets the
// same order, and so the same store.
bool merge_order(const CommandRecord& a, const CommandRecord& b);

struct CommandResult {
  std::vector<FieldError> errors;  // empty when the command was applied
  std::optional<CommandRecord> record;
  Id created = kNoId;  // the id of the entity the command created, if any
  bool ok() const { return errors.empty(); }
};

// Validates without changing anything (normalizes a copy first, as execute() does).
std::vector<FieldError> validate(const Store& store, const Command& command, Date today);

// Validates and, when valid, applies the command and appends the audit entry, which keeps the
// command as recorded (normalized). `device` hands out the ids the command creates; `clock` defaults to {at, 0}.
CommandResult execute(Store& store, const Command& command, const std::string& author, Timestamp at,
                      DeviceId device = kLegacyDevice, std::optional<Hlc> clock = std::nullopt);

// Re-applies a journalled record (at start-up, or merged from another device). Its audit entry
// keeps the record's command as it was journalled.
//
// A record was valid when it was committed, so it must load forever: rules that were tightened
// since (a shorter limit, a new required field, a date rule) do not refuse it — it is applied as
// recorded and the errors today's rules would give are reported as `drift`. Only a record that
// would break the store's structure is refused and leaves the store unchanged: its references
// cannot be resolved (the entity it changes does not exist), a sub-goal under a sub-goal, a PSFS
// score outside the scale — what breaks_structure() names, the invariants the backup decoder checks.
//
// Merged from several devices, a record is judged differently: another device's change may have
// made it wrong at its place in the merged order (a case moved on, or closed, by a colleague), so
// every rule error refuses it (ReplayJudgement::Merge). Devices of one team run the same version,
// so each judges the same records alike.
struct ReplayResult {
  bool applied = false;
  std::vector<FieldError> drift;    // today's rule errors for an applied record (informational)
  std::vector<FieldError> refused;  // why it could not be applied
};
enum class ReplayJudgement { Journal, Merge };
ReplayResult replay(Store& store, const CommandRecord& record, ReplayJudgement judgement = ReplayJudgement::Journal);

// True for the validation errors under which apply() would be unsafe or the store inconsistent.
// These are structural and never tightened; every other rule may change between versions.
bool breaks_structure(const FieldError& error);

}  // namespace opp
