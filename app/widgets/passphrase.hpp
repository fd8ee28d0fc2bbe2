// A new passphrase typed twice — at the set-up, for an encrypted backup, for the team key handed
// to the next device, and when changing the passphrase — and wiping what was typed.
#pragma once

#include <string>
#include <vector>

#include "app/widgets/form.hpp"
#include "core/domain/field_error.hpp"

namespace opp::app {

class NewPassphrase {
 public:
  // Draws the field `name` and "confirm" into `form`. With `strength_id`, how strong the
  // passphrase is shows under the first field while something is typed (that test id).
  void draw(UiContext& ui, Form& form, const char* name = "passphrase", const char* strength_id = nullptr);
  // The first thing wrong, if any, appended to `errors`: a passphrase too short or weak for the
  // set-up's rule (core/rules/passphrase.hpp; skipped when `strength` is false, for a check made
  // elsewhere), then the two not typed alike. True when it may be used.
  bool check(std::vector<FieldError>& errors, bool strength = true) const;
  const std::string& text() const { return passphrase_; }
  // Overwrites both before they are cleared.
  void wipe();

 private:
  std::string name_ = "passphrase";
  std::string passphrase_, confirm_;
};

// Overwrites a string's characters before clearing it: a passphrase must not linger in memory.
void wipe_secret(std::string& text);

// Overwrites the text ImGui keeps for the active (or last) text field, and drops the focus:
// after a passphrase field, and before the heap is wiped at lock.
void wipe_text_input_state();

}  // namespace opp::app
