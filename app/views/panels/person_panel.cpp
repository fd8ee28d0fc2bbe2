// Lists persons through the read side and registers new ones with the CreatePerson command.
#include "app/views/panels/person_panel.hpp"

#include <algorithm>
#include <string>

#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/caseload.hpp"
#include "core/rules/national_id.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

// Side by side when there is room; on a phone the form comes first (registering is why staff
// open it there) and the list below it, each as wide as the screen.
void PersonPanel::draw(UiContext& ui) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float avail_y = ImGui::GetContentRegionAvail().y;
  if (ui.narrow) {
    ImGui::BeginChild("persons.form", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    draw_form(ui);
    ImGui::EndChild();
    ImGui::BeginChild("persons.list", ImVec2(0, std::max(ui.px(320.0f), ImGui::GetContentRegionAvail().y)),
                      ImGuiChildFlags_Border);
    draw_list(ui);
    ImGui::EndChild();
    return;
  }
  const float form_width = ui.px(340.0f);
  const float list_width = std::max(ui.px(300.0f), ImGui::GetContentRegionAvail().x - form_width - gap);
  ImGui::BeginChild("persons.list", ImVec2(list_width, avail_y), ImGuiChildFlags_Border);
  draw_list(ui);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("persons.form", ImVec2(0, avail_y), ImGuiChildFlags_Border);
  draw_form(ui);
  ImGui::EndChild();
}

void PersonPanel::draw_list(UiContext& ui) {
  const Store& store = ui.data->store();
  ImGui::TextUnformatted(ui.tr("persons.title"));
  ImGui::SameLine();
  ImGui::TextDisabled("(%d)", static_cast<int>(store.persons.size()));
  ui.test_ids.mark_text("persons.count", std::to_string(store.persons.size()));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##filter", ui.tr("persons.search_hint"), &filter_);
  if (ImGui::IsItemActive()) ui.data->caseload().prepare_search();  // before the first keystroke
  ui.test_ids.mark("persons.search");

  if (store.persons.empty()) {
    ImGui::Spacing();
    note(ui, "persons.empty");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  // On a phone two columns (name, birth date) are all that stay readable.
  const int columns = ui.narrow ? 2 : 4;
  if (!ImGui::BeginTable("persons.table", columns, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(ui.tr("person.name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(ui.tr("person.birth_date"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  if (columns == 4) {
    ImGui::TableSetupColumn(ui.tr("person.national_id.short"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(ui.tr("person.municipality"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  }
  ImGui::TableHeadersRow();

  // The matching rows come from the read side, computed once per change of filter or store;
  // the clipper lays out only the visible ones.
  const std::vector<const Person*>& rows = ui.data->caseload().search(filter_);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Person& p = *rows[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(p.name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
        ui.navigate(Route{"person", p.id, {}});
      }
      ui.test_ids.mark("persons.row." + std::to_string(p.id), p.name);
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.birth_date ? to_display(*p.birth_date).c_str() : "");
      if (columns == 4) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.national_id.empty() ? "" : mask_national_id(p.national_id).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.municipality.c_str());
      }
    }
  }
  ImGui::EndTable();
}

void PersonPanel::draw_form(UiContext& ui) {
  ImGui::TextUnformatted(ui.tr("persons.new.title"));
  ImGui::Spacing();
  Form form(ui, "persons.new", errors_);
  form.text("name", draft_.name);
  form.date("birth_date", draft_.birth_date);
  form.text("national_id", draft_.national_id);
  form.text("municipality", draft_.municipality);
  if (form.edited()) saved_name_.clear();
  const bool writable = ui.data->writable();
  if (form.submit("submit", writable)) submit(ui);
  form.end();
  if (ui.data->author().empty()) {
    ImGui::Spacing();
    note(ui, "persons.new.no_author");
  }
  if (!writable) message(theme::kError, ui.tr("storage.read_only"));
  if (!saved_name_.empty()) {
    const std::string saved = format_text(ui.tr("persons.new.saved"), {saved_name_});
    message(theme::kSuccess, saved.c_str());
    ui.test_ids.mark_text("persons.new.saved", saved);
  }
}

void PersonPanel::submit(UiContext& ui) {
  errors_.clear();
  CreatePerson command;
  command.name = draft_.name;
  command.national_id = draft_.national_id;
  command.municipality = draft_.municipality;
  // A text that is not a date is refused here with the same kind of field error the core gives,
  // and the core's own errors for the other fields are shown with it.
  command.birth_date = read_date(draft_.birth_date, "birth_date", errors_);
  if (!errors_.empty()) {
    const Date today = Timestamp{ui.platform.wall_clock_ms()}.date();
    for (const FieldError& e : validate(ui.data->store(), Command{command}, today)) errors_.push_back(e);
    return;
  }
  const CommandResult result = ui.data->commit(Command{command});
  errors_ = result.errors;
  if (!errors_.empty()) return;
  saved_name_ = result.record ? std::get<CreatePerson>(result.record->command).name : draft_.name;
  draft_ = {};
}

}  // namespace opp::app
