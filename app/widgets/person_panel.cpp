// Lists persons through the store and registers new ones with the CreatePerson command.
#include "app/widgets/person_panel.hpp"

#include <algorithm>
#include <string>

#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/rules/national_id.hpp"
#include "core/storage/repository.hpp"
#include "core/text/search.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

void PersonPanel::draw(UiContext& ui) {
  const float form_width = ui.px(340.0f);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float list_width = std::max(ui.px(300.0f), ImGui::GetContentRegionAvail().x - form_width - gap);
  const float height = ImGui::GetContentRegionAvail().y;
  ImGui::BeginChild("persons.list", ImVec2(list_width, height), ImGuiChildFlags_Border);
  draw_list(ui);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("persons.form", ImVec2(0, height), ImGuiChildFlags_Border);
  draw_form(ui);
  ImGui::EndChild();
}

void PersonPanel::draw_list(UiContext& ui) {
  const Store& store = ui.repository->store();
  ImGui::TextUnformatted(ui.tr("persons.title"));
  ImGui::SameLine();
  ImGui::TextDisabled("(%d)", static_cast<int>(store.persons.size()));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##filter", ui.tr("persons.search_hint"), &filter_);
  ui.test_ids.mark("persons.search");

  if (store.persons.empty()) {
    ImGui::Spacing();
    note(ui, "persons.empty");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("persons.table", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(ui.tr("person.name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(ui.tr("person.birth_date"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn(ui.tr("person.national_id.short"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
  ImGui::TableSetupColumn(ui.tr("person.municipality"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();

  // Filtered rows are collected first so the clipper only lays out what is visible.
  std::vector<const Person*> rows;
  rows.reserve(store.persons.size());
  for (const Person& p : store.persons) {
    if (filter_.empty() || contains_folded(p.name, filter_) || contains_folded(p.municipality, filter_)) {
      rows.push_back(&p);
    }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Person& p = *rows[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(p.id));
      if (ImGui::Selectable(p.name.c_str(), selected_ == p.id, ImGuiSelectableFlags_SpanAllColumns)) {
        selected_ = p.id;
      }
      ui.test_ids.mark("persons.row." + std::to_string(p.id), p.name);
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.birth_date ? to_display(*p.birth_date).c_str() : "");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.national_id.empty() ? "" : mask_national_id(p.national_id).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.municipality.c_str());
    }
  }
  ImGui::EndTable();
}

void PersonPanel::draw_form(UiContext& ui) {
  ImGui::TextUnformatted(ui.tr("persons.new.title"));
  ImGui::Spacing();
  const float w = -1.0f;
  bool edited = false;
  bool entered = false;
  edited |= text_field(ui, "person.name", "persons.new.name", name_, errors_, "name", w, nullptr, &entered);
  edited |= text_field(ui, "person.birth_date", "persons.new.birth_date", birth_date_, errors_,
                       "birth_date", w, "date.hint", &entered);
  edited |= text_field(ui, "person.national_id", "persons.new.national_id", national_id_, errors_,
                       "national_id", w, "person.national_id.hint", &entered);
  edited |= text_field(ui, "person.municipality", "persons.new.municipality", municipality_, errors_,
                       "municipality", w, nullptr, &entered);
  if (edited) saved_name_.clear();
  ImGui::Spacing();
  const bool writable = ui.repository->writable();
  ImGui::BeginDisabled(!writable);
  if (primary_button(ui, "persons.new.submit", "persons.new.submit") || (entered && writable)) submit(ui);
  ImGui::EndDisabled();
  // Errors that belong to no field of this form (e.g. "the data is not loaded") still show.
  for (const FieldError& e : errors_) {
    if (e.field == "name" || e.field == "birth_date" || e.field == "national_id" || e.field == "municipality") {
      continue;
    }
    message(theme::kError, ui.tr(e.message_key));
    ui.test_ids.mark("persons.new.error", ui.tr(e.message_key));
  }
  if (ui.author.empty()) {
    ImGui::Spacing();
    note(ui, "persons.new.no_author");
  }
  if (!writable) message(theme::kError, ui.tr("storage.read_only"));
  if (!saved_name_.empty()) {
    const std::string saved = format_text(ui.tr("persons.new.saved"), {saved_name_});
    message(theme::kSuccess, saved.c_str());
    ui.test_ids.mark("persons.new.saved", saved);
  }
}

void PersonPanel::submit(UiContext& ui) {
  CreatePerson command;
  command.name = name_;
  command.national_id = national_id_;
  command.municipality = municipality_;
  errors_.clear();
  // The date is typed as dd.mm.åååå; a text that is not a date is refused here with the same
  // kind of field error the core gives, so the message sits next to the field.
  if (!birth_date_.empty()) {
    command.birth_date = parse_display_date(birth_date_);
    if (!command.birth_date) {
      errors_.push_back({"birth_date", "error.date_format"});
      const Date today = Timestamp{ui.platform.wall_clock_ms()}.date();
      for (const FieldError& e : validate(ui.repository->store(), Command{command}, today)) {
        errors_.push_back(e);
      }
      return;
    }
  }
  const CommandResult result = ui.repository->commit(Command{command}, ui.author);
  for (const FieldError& e : result.errors) errors_.push_back(e);
  if (!errors_.empty()) return;
  selected_ = result.created;
  saved_name_ = result.record ? std::get<CreatePerson>(result.record->command).name : name_;
  name_.clear();
  birth_date_.clear();
  national_id_.clear();
  municipality_.clear();
}

}  // namespace opp::app
