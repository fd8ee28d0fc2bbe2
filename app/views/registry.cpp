// The one list of views. Adding a view: a new file app/views/view_<name>.cpp that defines its
// factory, plus its declaration and its row here (docs/ARCHITECTURE.md, "How to add a view").
#include <array>

#include "app/views/view.hpp"

namespace opp::app {

std::unique_ptr<View> make_intake_view();      // view_intake.cpp
std::unique_ptr<View> make_queue_view();       // view_queue.cpp
std::unique_ptr<View> make_board_view();       // view_board.cpp
std::unique_ptr<View> make_persons_view();     // view_caseload.cpp
std::unique_ptr<View> make_psfs_view();        // view_psfs.cpp
std::unique_ptr<View> make_evaluation_view();  // view_evaluation.cpp
std::unique_ptr<View> make_settings_view();    // view_settings.cpp
std::unique_ptr<View> make_person_view();      // person/workspace.cpp
std::unique_ptr<View> make_audit_view();       // view_audit.cpp

namespace {

// The icons are punctuation the UI font has (it carries no icon glyphs; the bundle budget decides
// whether an icon font is worth its bytes).
constexpr std::array kViews = {
    ViewInfo{"intake", text_key("nav.intake"), "\xC2\xBB", kAllModes, true, &make_intake_view},               // »
    ViewInfo{"queue", text_key("nav.queue"), "\xE2\x80\xA3", kModeNormal | kModeDemo, true, &make_queue_view},  // ‣
    ViewInfo{"board", text_key("nav.board"), "\xE2\x80\x96", kAllModes, true, &make_board_view},               // ‖
    ViewInfo{"persons", text_key("nav.persons"), "\xC2\xA7", kModeNormal | kModeDemo, true, &make_persons_view},  // §
    ViewInfo{"psfs", text_key("nav.psfs"), "\xE2\x80\xBB", kAllModes, true, &make_psfs_view},                  // ※
    ViewInfo{"evaluation", text_key("nav.evaluation"), "\xE2\x80\xB0", kModeNormal | kModeDemo, true, &make_evaluation_view},  // ‰
    ViewInfo{"settings", text_key("nav.settings"), "\xE2\x81\x98", kModeNormal | kModeDemo, true, &make_settings_view},  // ⁘
    ViewInfo{"person", text_key("nav.person"), "\xE2\x80\xA2", kAllModes, false, &make_person_view},           // •
    ViewInfo{"audit", text_key("audit.title"), "\xE2\x80\xA0", kModeNormal | kModeDemo, false, &make_audit_view},  // †
};

}  // namespace

std::span<const ViewInfo> view_registry() { return kViews; }

}  // namespace opp::app
