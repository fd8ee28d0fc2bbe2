// Shared checks for command validation (see validation.hpp).
#include "core/commands/validation.hpp"

#include <algorithm>

#include "core/text/search.hpp"

namespace opp {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

void Errors::add(std::string_view field, std::string_view message_key) {
  if (has(field)) return;
  list_.push_back(FieldError{std::string(field), std::string(message_key)});
}

bool Errors::has(std::string_view field) const {
  return std::any_of(list_.begin(), list_.end(), [field](const FieldError& e) { return e.field == field; });
}

std::string trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

bool same_name(std::string_view a, std::string_view b) { return fold_case(trim(a)) == fold_case(trim(b)); }

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void check_name(Errors& errors, std::string_view field, std::string_view value, bool required) {
  if (required && trim(value).empty()) {
    errors.add(field, "error.required");
  } else if (utf8_length(value) > kMaxNameLength) {
    errors.add(field, "error.too_long");
  }
}

void check_text(Errors& errors, std::string_view field, std::string_view value, bool required) {
  if (required && trim(value).empty()) {
    errors.add(field, "error.required");
  } else if (utf8_length(value) > kMaxTextLength) {
    errors.add(field, "error.too_long");
  }
}

void check_event_date(Errors& errors, std::string_view field, Date date, Date today, const Person* person) {
  if (!date.valid()) {
    errors.add(field, "error.required");
  } else if (days_between(today, date) > kMaxDaysAhead) {
    errors.add(field, "error.date_in_future");
  } else if (person != nullptr && person->birth_date && date < *person->birth_date) {
    errors.add(field, "error.date_before_birth");
  }
}

void check_past_date(Errors& errors, std::string_view field, Date date, Date today, const Person* person) {
  if (!date.valid()) {
    errors.add(field, "error.required");
  } else if (today < date) {
    errors.add(field, "error.date_in_future");
  } else if (person != nullptr && person->birth_date && date < *person->birth_date) {
    errors.add(field, "error.date_before_birth");
  }
}

const Person* require_person(const Store& store, Errors& errors, Id id, std::string_view field) {
  const Person* person = store.find_person(id);
  if (person == nullptr) errors.add(field, "error.not_found");
  return person;
}

}  // namespace opp
