// Shared checks for command validation: names, free texts, dates and references, as field errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands/command.hpp"

namespace opp {

// Collects field errors; the first error per field wins, so a form shows one message per field.
class Errors {
 public:
  void add(std::string_view field, std::string_view message_key);
  bool has(std::string_view field) const;
  bool empty() const { return list_.empty(); }
  std::vector<FieldError> take() { return std::move(list_); }

 private:
  std::vector<FieldError> list_;
};

std::string trim(std::string_view text);
// Case-insensitive (ASCII and Latin-1 letters such as Æ/æ, Ø/ø, Å/å) comparison after trimming.
bool same_name(std::string_view a, std::string_view b);
// Length in characters (UTF-8 code points), not bytes.
std::size_t utf8_length(std::string_view text);

void check_name(Errors& errors, std::string_view field, std::string_view value, bool required);
void check_text(Errors& errors, std::string_view field, std::string_view value, bool required);

// An event date (not a due date): at most kMaxDaysAhead after today, not before the person's birth.
void check_event_date(Errors& errors, std::string_view field, Date date, Date today, const Person* person);

// An event that happened (a stage move, an admission, an evaluation, joining a team): not after
// today, not before the person's birth. Meetings and due dates may lie ahead (check_event_date).
void check_past_date(Errors& errors, std::string_view field, Date date, Date today, const Person* person);

// The person a command refers to, or nullptr after adding error.not_found.
const Person* require_person(const Store& store, Errors& errors, Id id, std::string_view field = "person");

}  // namespace opp
