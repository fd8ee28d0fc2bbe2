// The audit trail: every change, who made it, when and on which device, newest first; for the
// whole caseload (Settings → «Vis endringsloggen») or one person (their workspace). It lives in
// the encrypted store like everything else (docs/ENCRYPTION.md).
#include <string>
#include <vector>

#include "app/views/view.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/queries/audit.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace opp::app {

namespace {

class AuditView final : public View {
 public:
  void on_route(UiContext&, const Route& route) override { filter_.person = route.person; }

  void draw(UiContext& ui) override {
    heading(ui, "audit.title");
    note(ui, "audit.lead");
    const Store& store = ui.data->store();
    if (filter_.person != kNoId) {
      const Person* person = store.find_person(filter_.person);
      const std::string text = format_text(ui.tr("audit.for_person"), {person ? person->name : std::string("?")});
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(text.c_str());
      ui.test_ids.mark_text("audit.person", text);
      ImGui::SameLine();
      if (button(ui, "audit.all", "audit.all")) ui.navigate(Route{"audit", kNoId, {}});
    }
    ImGui::SetNextItemWidth(std::min(ui.px(360.0f), ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##audit.search", ui.tr("audit.search"), &filter_.text);
    ui.test_ids.mark("audit.search");

    // Recomputed when the store or the filter changes, not every frame.
    if (ui.data->version() != version_ || filter_ != computed_) {
      rows_ = queries::audit_rows(store, filter_);
      version_ = ui.data->version();
      computed_ = filter_;
    }
    const std::string count = format_text(ui.tr("audit.count"), {std::to_string(rows_.size())});
    ImGui::TextUnformatted(count.c_str());
    ui.test_ids.mark_text("audit.count", count);

    const bool narrow = ui.narrow;
    const int columns = narrow ? 3 : 5;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("audit.table", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui.tr("audit.col.when"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(ui.tr("audit.col.what"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(ui.tr("audit.col.person"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    if (!narrow) {
      ImGui::TableSetupColumn(ui.tr("audit.col.who"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
      ImGui::TableSetupColumn(ui.tr("audit.col.device"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const AuditEntry& entry = store.audit[rows_[static_cast<std::size_t>(i)]];
        const Person* person = entry.subject != kNoId ? store.find_person(entry.subject) : nullptr;
        const char* what = command_label(ui, entry.command_type);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(local_time_text(entry.at.ms_since_epoch, false).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(what);
        ui.test_ids.mark_text("audit.row." + std::to_string(entry.seq),
                              std::string(what) + " — " + entry.author + (person ? " — " + person->name : ""));
        ImGui::TableNextColumn();
        if (person) {
          ImGui::PushID(i);
          if (ImGui::SmallButton(person->name.c_str())) ui.navigate(Route{"person", person->id, {}});
          ImGui::PopID();
        }
        if (!narrow) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(entry.author.empty() ? "–" : entry.author.c_str());
          ImGui::TableNextColumn();
          ImGui::Text("%llu", static_cast<unsigned long long>(entry.device));
        }
      }
    }
    ImGui::EndTable();
  }

 private:
  queries::AuditFilter filter_;
  queries::AuditFilter computed_{kNoId, "\x01"};
  std::uint64_t version_ = ~std::uint64_t{0};
  std::vector<std::size_t> rows_;
};

}  // namespace

std::unique_ptr<View> make_audit_view() { return std::make_unique<AuditView>(); }

}  // namespace opp::app
