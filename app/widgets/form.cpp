// Labelled inputs and headings shared by all views.
#include "app/widgets/form.hpp"

#include "app/widgets/theme.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

const FieldError* find_error(const std::vector<FieldError>& errors, const char* field) {
  for (const FieldError& e : errors) {
    if (e.field == field) return &e;
  }
  return nullptr;
}

bool text_field(UiContext& ui, const char* label_key, const char* test_id, std::string& value,
                const std::vector<FieldError>& errors, const char* field, float width,
                const char* hint_key, bool* submitted) {
  ImGui::PushID(test_id);
  ImGui::TextUnformatted(ui.tr(label_key));
  const FieldError* error = find_error(errors, field);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kError);
  if (error) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ui.px(2.0f));
  ImGui::SetNextItemWidth(width);
  const bool changed = hint_key ? ImGui::InputTextWithHint("##v", ui.tr(hint_key), &value)
                                : ImGui::InputText("##v", &value);
  ui.test_ids.mark(test_id);
  // Enter ends the edit in the same frame, so the field is "deactivated" with Enter down.
  if (submitted && ImGui::IsItemDeactivated() &&
      (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
    *submitted = true;
  }
  if (error) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const char* text = ui.tr(error->message_key);
    message(theme::kError, text);
    ui.test_ids.mark(std::string(test_id) + ".error", text);
  }
  ImGui::PopID();
  return changed;
}

bool button(UiContext& ui, const char* label_key, const char* test_id) {
  ImGui::PushID(test_id);
  const char* label = ui.tr(label_key);
  const bool pressed = ImGui::Button(label);
  ui.test_ids.mark(test_id, label);
  ImGui::PopID();
  return pressed;
}

bool primary_button(UiContext& ui, const char* label_key, const char* test_id) {
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.07f, 0.50f, 0.53f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.03f, 0.34f, 0.36f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  const bool pressed = button(ui, label_key, test_id);
  ImGui::PopStyleColor(4);
  return pressed;
}

void heading(UiContext& ui, const char* key) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFont* font = atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
  ImGui::PushFont(font);
  ImGui::TextUnformatted(ui.tr(key));
  ImGui::PopFont();
  ImGui::PopStyleColor();
}

void message(const ImVec4& color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void note(UiContext& ui, const char* key) { message(theme::kMuted, ui.tr(key)); }

}  // namespace opp::app
