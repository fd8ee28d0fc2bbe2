// The form helper: a labelled field with its error, test id and catalogue key derived from one name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "core/commands/command.hpp"
#include "imgui.h"

namespace opp::app {

// Draws one form. For a field `name` in a form with scope "persons.new":
//   label   = catalogue key "persons.new.name"
//   hint    = catalogue key "persons.new.name.hint" (if the catalogue has it; dates: "date.hint")
//   test id = "persons.new.name", its error message "persons.new.name.error"
// Errors come from the core as FieldError{field, key}; those for fields this form did not draw
// are shown by end() under the submit button ("persons.new.error"), so nothing is swallowed.
// Widgets never commit commands: the view reads submitted() and commits.
//
//   Form f(ui, "persons.new", errors_);
//   f.text("name", draft.name);
//   f.date("birth_date", draft.birth_date);
//   if (f.submit("submit")) commit(...);
//   f.end();
class Form {
 public:
  Form(UiContext& ui, const char* scope, const std::vector<FieldError>& errors);

  // Each returns true when the value changed this frame.
  bool text(const char* name, std::string& value);
  // A text field whose characters are shown as dots (a passphrase).
  bool password(const char* name, std::string& value);
  bool date(const char* name, std::string& text);  // dd.mm.åååå, read with read_date()
  bool multiline(const char* name, std::string& value, float lines = 4.0f);
  bool checkbox(const char* name, bool& value);
  // A row of choices under the label "<scope>.<name>": 0 shown as `none_key`'s text, then 1 … max
  // as numbers (a 1–5 answer); test ids "<scope>.<name>.<v>", the field "<scope>.<name>".
  bool scale(const char* name, int& value, int max, const char* none_key);
  // True while the last field drawn has the keyboard focus (e.g. to show suggestions under it).
  bool last_active() const { return last_active_; }

  // The primary button "<scope>.<name>"; true when pressed or Enter was pressed in a field.
  bool submit(const char* name, bool enabled = true);
  // Shows the errors that belong to no drawn field.
  void end();

  bool edited() const { return edited_; }

 private:
  bool field(const char* name, std::string& value, const char* hint_key, float lines, int flags = 0);
  // The field's error under it, with its test id "<scope>.<name>.error".
  void field_error(const FieldError& error, const std::string& id);

  UiContext& ui_;
  std::string scope_;
  const std::vector<FieldError>& errors_;
  std::vector<std::string> drawn_;
  bool entered_ = false;
  bool edited_ = false;
  bool last_active_ = false;
};

// Reads a dd.mm.åååå date typed into a form: empty text gives nullopt; text that is not a date
// adds FieldError{field, "error.date_format"} and gives nullopt.
std::optional<Date> read_date(const std::string& text, const char* field, std::vector<FieldError>& errors);

// As read_date, but empty text adds FieldError{field, "error.required"}.
std::optional<Date> read_required_date(const std::string& text, const char* field, std::vector<FieldError>& errors);
// A whole number typed in a field: empty gives nullopt; anything else that is not a number adds
// FieldError{field, "error.number_format"} and gives nullopt.
std::optional<int> read_int(const std::string& text, const char* field, std::vector<FieldError>& errors);
// Names or values typed in one field, separated by commas, semicolons or new lines, trimmed;
// empty pieces are dropped ("Per, Kari;" → {"Per", "Kari"}).
std::vector<std::string> split_list(const std::string& text);

// The first error for `field`, or nullptr.
const FieldError* find_error(const std::vector<FieldError>& errors, std::string_view field);

// Buttons labelled from the catalogue; the primary one is filled with the accent colour.
bool button(UiContext& ui, const char* label_key, const char* test_id);
bool primary_button(UiContext& ui, const char* label_key, const char* test_id);

// A heading in the view's accent style: a catalogue key, or text that is not translated (a name).
void heading(UiContext& ui, const char* key);
void heading_text(const char* text);

// A button that shows whether it is the current choice (navigation, a workspace's tabs): the
// current one is filled with the accent colour. True when pressed.
bool choice_button(const char* label, bool current);

// Wrapped text in one colour (theme::kError, kSuccess, …): every message below a field or form.
void message(const ImVec4& color, const char* text);

// `text` as it fits in `width` pixels with the current font: whole, or cut at a character and
// ended with "…".
std::string fit_text(const std::string& text, float width);

// A wall-clock time (ms since the epoch) in the device's time zone: dd.mm.åååå hh:mm[:ss].
std::string local_time_text(long long ms, bool seconds = true);

// Soft secondary text that wraps.
void note(UiContext& ui, const char* key);

// Places the next item on the same line when `width` still fits, else on a new line: rows of
// radio buttons or chips that wrap on a phone instead of running off the screen.
void flow_next(float width, bool first);

}  // namespace opp::app
