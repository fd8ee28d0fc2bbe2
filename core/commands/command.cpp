// Dispatch of validate / execute / replay over the Command variant, and the audit trail entry.
#include "core/commands/command.hpp"

#include <algorithm>
#include <string_view>
#include <type_traits>

#include "core/commands/command_schema.hpp"
#include "core/commands/handlers.hpp"
#include "core/rules/national_id.hpp"

namespace opp {
namespace {

template <typename T>
void normalize_fields(T& command) {
  for_each_field<CommandSchema<T>>([&](const auto& f) {
    auto& value = command.*(f.member);
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::string>) {
      value = trim(value);
      if (std::string_view(f.name) == "national_id") value = normalize_national_id(value);
    } else if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::vector<NewPsfsActivity>>) {
      for (NewPsfsActivity& a : value) a.text = trim(a.text);
    }
  });
}

std::vector<FieldError> check_normalized(const Store& store, const Command& command, Date today) {
  Errors errors;
  std::visit([&](const auto& c) { check(store, c, today, errors); }, command);
  return errors.take();
}

// Applies `command`, the record's command validated and normalized, and appends the record's audit
// entry, which keeps the command as recorded. Everything that could fail (growing the audit
// vector, copying the command into the entry) happens before the store changes.
Applied apply_and_audit(Store& store, const CommandRecord& record, const Command& command) {
  AuditEntry entry{store.audit.size() + 1, record.at, record.author, command_type_name(record.command), kNoId,
                   RecordedCommand(record.command), record.device, record.clock};
  // Geometric growth: reserving exactly one more would copy the whole trail on every command.
  if (store.audit.size() == store.audit.capacity()) store.audit.reserve(std::max<std::size_t>(16, store.audit.size() * 2));
  const Applying at{record.at.date(), record.device, record.author};
  const Applied applied = std::visit([&](const auto& c) { return apply(store, c, at); }, command);
  store.audit.push_back(std::move(entry));
  store.audit.back().subject = applied.subject;
  return applied;
}

}  // namespace

Command normalized(const Command& command) {
  Command copy = command;
  std::visit([](auto& c) { normalize_fields(c); }, copy);
  return copy;
}

std::vector<FieldError> validate(const Store& store, const Command& command, Date today) {
  return check_normalized(store, normalized(command), today);
}

CommandResult execute(Store& store, const Command& command, const std::string& author, Timestamp at,
                      DeviceId device, std::optional<Hlc> clock) {
  CommandResult result;
  CommandRecord record{0, at, author, normalized(command), device, clock.value_or(Hlc{at.ms_since_epoch, 0})};
  result.errors = check_normalized(store, record.command, at.date());
  if (!result.ok()) return result;
  record.seq = store.audit.size() + 1;
  result.created = apply_and_audit(store, record, record.command).created;
  result.record = std::move(record);
  return result;
}

ReplayResult replay(Store& store, const CommandRecord& record, ReplayJudgement judgement) {
  ReplayResult result;
  const Command clean = normalized(record.command);
  std::vector<FieldError> errors = check_normalized(store, clean, record.at.date());
  for (FieldError& error : errors) {
    const bool refuses = judgement == ReplayJudgement::Merge || breaks_structure(error);
    (refuses ? result.refused : result.drift).push_back(std::move(error));
  }
  if (!result.refused.empty()) return result;
  apply_and_audit(store, record, clean);
  result.applied = true;
  return result;
}

std::string command_type_name(const Command& command) {
  return std::visit([](const auto& c) { return std::string(CommandSchema<std::decay_t<decltype(c)>>::type); },
                    command);
}

bool breaks_structure(const FieldError& error) {
  return error.message_key == "error.not_found" || error.message_key == "error.not_main_goal" ||
         (error.field == "scores" && error.message_key == "error.out_of_range");
}

bool merge_order(const CommandRecord& a, const CommandRecord& b) {
  if (a.clock != b.clock) return a.clock < b.clock;
  if (a.device != b.device) return a.device < b.device;
  return a.seq < b.seq;
}

}  // namespace opp
