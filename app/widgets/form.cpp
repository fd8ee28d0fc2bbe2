// The form helper and the labelled inputs, buttons and headings shared by all views.
#include "app/widgets/form.hpp"

#include <algorithm>
#include <charconv>
#include <ctime>

#include "app/widgets/theme.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

Form::Form(UiContext& ui, const char* scope, const std::vector<FieldError>& errors)
    : ui_(ui), scope_(scope), errors_(errors) {}

bool Form::text(const char* name, std::string& value) { return field(name, value, nullptr, 0.0f); }

bool Form::password(const char* name, std::string& value) {
  return field(name, value, nullptr, 0.0f, ImGuiInputTextFlags_Password);
}

bool Form::date(const char* name, std::string& text) { return field(name, text, text_key("date.hint"), 0.0f); }

bool Form::multiline(const char* name, std::string& value, float lines) { return field(name, value, nullptr, lines); }

bool Form::field(const char* name, std::string& value, const char* hint_key, float lines, int flags) {
  const std::string id = scope_ + "." + name;
  const std::string own_hint = id + ".hint";
  drawn_.emplace_back(name);
  ImGui::PushID(id.c_str());
  ImGui::TextUnformatted(ui_.tr(id));
  const FieldError* error = find_error(errors_, name);
  if (error) {
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kError);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ui_.px(2.0f));
  }
  ImGui::SetNextItemWidth(-1.0f);
  const char* hint = hint_key ? ui_.tr(hint_key) : ui_.catalogue.contains(own_hint) ? ui_.tr(own_hint) : nullptr;
  bool changed = false;
  if (lines > 0.0f) {
    changed = ImGui::InputTextMultiline("##v", &value, ImVec2(-1.0f, ImGui::GetTextLineHeight() * lines +
                                                                       ImGui::GetStyle().FramePadding.y * 2));
  } else {
    changed = hint ? ImGui::InputTextWithHint("##v", hint, &value, flags) : ImGui::InputText("##v", &value, flags);
    // Enter ends the edit in the same frame, so the field is "deactivated" with Enter down.
    if (ImGui::IsItemDeactivated() &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
      entered_ = true;
    }
  }
  last_active_ = ImGui::IsItemActive();
  ui_.test_ids.mark(id);
  if (error) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    field_error(*error, id);
  }
  ImGui::PopID();
  edited_ |= changed;
  return changed;
}

void Form::field_error(const FieldError& error, const std::string& id) {
  const char* text = ui_.tr(error.message_key);
  message(theme::kError, text);
  ui_.test_ids.mark_text(id + ".error", text);
}

bool Form::checkbox(const char* name, bool& value) {
  const std::string id = scope_ + "." + name;
  drawn_.emplace_back(name);
  ImGui::PushID(id.c_str());
  const char* label = ui_.tr(id);
  const bool changed = ImGui::Checkbox(label, &value);
  ui_.test_ids.mark(id, label);
  if (const FieldError* error = find_error(errors_, name)) field_error(*error, id);
  ImGui::PopID();
  edited_ |= changed;
  return changed;
}

bool Form::scale(const char* name, int& value, int max, const char* none_key) {
  const std::string id = scope_ + "." + name;
  drawn_.emplace_back(name);
  ImGui::PushID(id.c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ui_.tr(id));
  ImGui::PopTextWrapPos();
  const int before = value;
  for (int v = 0; v <= max; ++v) {
    if (v > 0) ImGui::SameLine();
    const std::string label = v == 0 ? std::string(ui_.tr(none_key)) : std::to_string(v);
    ImGui::PushID(v);
    // Wide enough for a finger on a touch screen.
    if (v > 0) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui_.px(14.0f), ImGui::GetStyle().FramePadding.y));
    if (choice_button(label.c_str(), value == v)) value = v;
    if (v > 0) ImGui::PopStyleVar();
    ui_.test_ids.mark(id + "." + std::to_string(v), label);
    ImGui::PopID();
  }
  ui_.test_ids.mark_text(id, value == 0 ? ui_.tr(none_key) : std::to_string(value));
  if (const FieldError* error = find_error(errors_, name)) field_error(*error, id);
  ImGui::PopID();
  const bool changed = value != before;
  edited_ |= changed;
  return changed;
}

bool Form::submit(const char* name, bool enabled) {
  const std::string id = scope_ + "." + name;
  ImGui::Spacing();
  ImGui::BeginDisabled(!enabled);
  const bool pressed = primary_button(ui_, id.c_str(), id.c_str());
  ImGui::EndDisabled();
  return enabled && (pressed || entered_);
}

void Form::end() {
  const std::string id = scope_ + ".error";
  for (const FieldError& e : errors_) {
    if (std::find(drawn_.begin(), drawn_.end(), e.field) != drawn_.end()) continue;
    const char* text = ui_.tr(e.message_key);
    message(theme::kError, text);
    ui_.test_ids.mark_text(id, text);
  }
}

std::string local_time_text(long long ms, bool seconds) {
  const std::time_t whole = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&whole, &local);
  char text[32];
  std::strftime(text, sizeof text, seconds ? "%d.%m.%Y %H:%M:%S" : "%d.%m.%Y %H:%M", &local);
  return text;
}

std::optional<Date> read_date(const std::string& text, const char* field, std::vector<FieldError>& errors) {
  if (text.empty()) return std::nullopt;
  const std::optional<Date> date = parse_display_date(text);
  if (!date) errors.push_back({field, "error.date_format"});
  return date;
}

std::optional<Date> read_required_date(const std::string& text, const char* field, std::vector<FieldError>& errors) {
  if (text.empty()) errors.push_back({field, "error.required"});
  return read_date(text, field, errors);
}

std::optional<int> read_int(const std::string& text, const char* field, std::vector<FieldError>& errors) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    errors.push_back({field, "error.number_format"});
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  const auto flush = [&] {
    const auto b = current.find_first_not_of(" \t");
    const auto e = current.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(current.substr(b, e - b + 1));
    current.clear();
  };
  for (const char c : text) {
    if (c == ',' || c == ';' || c == '\n') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

const FieldError* find_error(const std::vector<FieldError>& errors, std::string_view field) {
  for (const FieldError& e : errors) {
    if (e.field == field) return &e;
  }
  return nullptr;
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

void heading(UiContext& ui, const char* key) { heading_text(ui.tr(key)); }

void heading_text(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFont* font = atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
  ImGui::PushFont(font);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::PopStyleColor();
}

bool choice_button(const char* label, bool current) {
  if (current) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  const bool pressed = ImGui::Button(label);
  if (current) ImGui::PopStyleColor(3);
  return pressed;
}

void message(const ImVec4& color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void note(UiContext& ui, const char* key) { message(theme::kMuted, ui.tr(key)); }

void flow_next(float width, bool first) {
  if (first) return;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

}  // namespace opp::app

namespace opp::app {

std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  static constexpr const char* kEllipsis = "\xE2\x80\xA6";  // …
  const float room = std::max(0.0f, width - ImGui::CalcTextSize(kEllipsis).x);
  // The font stops measuring at the first character that no longer fits (at a character boundary).
  const char* end = nullptr;
  ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, text.data(), text.data() + text.size(), &end);
  std::string out(text.data(), end != nullptr ? static_cast<std::size_t>(end - text.data()) : 0);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + kEllipsis;
}

}  // namespace opp::app
