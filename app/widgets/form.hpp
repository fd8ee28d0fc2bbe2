// Form fields with their label above and their validation message right below.
#pragma once

#include <string>
#include <vector>

#include "app/ui_context.hpp"
#include "core/commands/command.hpp"
#include "imgui.h"

namespace opp::app {

// The first error for `field`, or nullptr.
const FieldError* find_error(const std::vector<FieldError>& errors, const char* field);

// A labelled single-line text input; returns true when the text changed. `submitted` (if given)
// is set when the user pressed Enter in the field, so a form can be sent from the keyboard.
bool text_field(UiContext& ui, const char* label_key, const char* test_id, std::string& value,
                const std::vector<FieldError>& errors, const char* field, float width,
                const char* hint_key = nullptr, bool* submitted = nullptr);

// Buttons labelled from the catalogue; the primary one is filled with the accent colour.
bool button(UiContext& ui, const char* label_key, const char* test_id);
bool primary_button(UiContext& ui, const char* label_key, const char* test_id);

// A heading in the view's accent style.
void heading(UiContext& ui, const char* key);

// Wrapped text in one colour (theme::kError, kSuccess, …): every message below a field or form.
void message(const ImVec4& color, const char* text);

// Soft secondary text that wraps.
void note(UiContext& ui, const char* key);

}  // namespace opp::app
