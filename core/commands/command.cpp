// Dispatch of validate / execute / replay over the Command variant, and the audit trail entry.
#include "core/commands/command.hpp"

#include <string_view>
#include <type_traits>

#include "core/codec/json_codec.hpp"
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
    }
  });
}

std::vector<FieldError> check_normalized(const Store& store, const Command& command, Date today) {
  Errors errors;
  std::visit([&](const auto& c) { check(store, c, today, errors); }, command);
  return errors.take();
}

// Applies an already validated, normalized command and appends its audit entry. Everything that
// could fail (building the JSON, growing the audit vector) happens before the store changes.
Applied apply_and_audit(Store& store, const Command& command, const std::string& author, Timestamp at) {
  AuditEntry entry{store.audit.size() + 1, at, author, command_type_name(command), kNoId, command_to_json(command)};
  store.audit.reserve(store.audit.size() + 1);
  const Applied applied = std::visit([&](const auto& c) { return apply(store, c, at.date()); }, command);
  entry.subject = applied.subject;
  store.audit.push_back(std::move(entry));
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

CommandResult execute(Store& store, const Command& command, const std::string& author, Timestamp at) {
  CommandResult result;
  Command clean = normalized(command);
  result.errors = check_normalized(store, clean, at.date());
  if (!result.ok()) return result;
  const Applied applied = apply_and_audit(store, clean, author, at);
  result.created = applied.created;
  result.record = CommandRecord{store.audit.back().seq, at, author, std::move(clean)};
  return result;
}

bool replay(Store& store, const CommandRecord& record) {
  const Command clean = normalized(record.command);
  if (!check_normalized(store, clean, record.at.date()).empty()) return false;
  apply_and_audit(store, clean, record.author, record.at);
  return true;
}

}  // namespace opp
