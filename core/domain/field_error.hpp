// A validation error for one field: what commands, rules and forms report, never an exception.
#pragma once

#include <string>

namespace opp {

// `message_key` is a translation-catalogue key (e.g. "error.required"), `field` the name of the
// field it belongs to (e.g. "name"); an empty field means the error belongs to no one field.
struct FieldError {
  std::string field;
  std::string message_key;
  friend bool operator==(const FieldError&, const FieldError&) = default;
};

}  // namespace opp
