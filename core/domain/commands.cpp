// The audit trail's form of a command (commands.hpp).
#include "core/domain/commands.hpp"

namespace opp {

RecordedCommand::RecordedCommand(Command command) : index_(command.index()) {
  held_ = std::visit(
      [](auto& c) -> std::shared_ptr<const void> { return std::make_shared<std::decay_t<decltype(c)>>(std::move(c)); },
      command);
}

bool operator==(const RecordedCommand& a, const RecordedCommand& b) {
  if (a.held_ == b.held_) return true;  // shared, or both empty
  if (a.held_ == nullptr || b.held_ == nullptr || a.index_ != b.index_) return false;
  bool same = false;
  a.visit([&](const auto& held) { same = held == *b.get_if<std::decay_t<decltype(held)>>(); });
  return same;
}

}  // namespace opp
