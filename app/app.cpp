// The application frame: navigation, the current view, storage screens and the test hook.
//
// [SECTION] Construction and platform events
// [SECTION] Frame
// [SECTION] Navigation, status and storage screens
// [SECTION] Test hook
#include "app/app.hpp"
#include "app/sync_controller.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <random>

#include "core/codec/json_text.hpp"

#include "app/views/panels/backup.hpp"
#include "app/widgets/enum_labels.hpp"
#include "app/widgets/form.hpp"
#include "app/widgets/theme.hpp"
#include "core/codec/json_text.hpp"
#include "imgui.h"

namespace opp::app {

namespace {

constexpr float kBaseFontCssPx = 17.0f;
// Below this width (CSS pixels at 100 % font size) views stack into one column.
constexpr float kNarrowCssPx = 720.0f;
// A kiosk's text is at least this large (fingers, and people standing back from the screen);
// presentation mode makes it this much larger again.
constexpr float kKioskMinTextScale = 1.25f;
constexpr float kPresentationScale = 1.4f;

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Construction and platform events
//-----------------------------------------------------------------------------

App::App(Platform& platform, bool test_mode)
    : ui_{platform}, session_(ui_), test_mode_(test_mode) {
  ui_.test_ids.set_enabled(test_mode);
  Language lang = Language::Bokmal;
  if (parse_language_code(platform.preference("language"), lang)) ui_.language = lang;
  const std::string scale = platform.preference("font_scale");
  if (!scale.empty()) ui_.font_scale = std::clamp(std::strtof(scale.c_str(), nullptr), 0.8f, 1.6f);
  const std::string idle = platform.preference("lock.idle_minutes");
  if (!idle.empty()) ui_.lock_idle_minutes = std::clamp(std::atoi(idle.c_str()), 0, 240);
  document_language_ = ui_.language;
  platform.set_document_language(opp::language_code(ui_.language));
  // The mode: ?demo opens the separate demo store; a kiosk is set in Settings or by ?kiosk.
  const bool demo = platform.address_flag("demo");
  const bool kiosk = platform.address_flag("kiosk") || platform.preference("kiosk") == "1";
  ui_.mode = (demo ? kModeDemo : kModeNormal) | (kiosk ? kModeKiosk : 0u);
  ui_.presentation = demo && platform.preference("presentation") == "1";
  if (kiosk) platform.request_fullscreen();

  for (const ViewInfo& info : view_registry()) views_.push_back(info.make());
  ui_.route = Route{view_registry().front().id, kNoId, {}};
  const std::string start = platform.start_view();
  // Any view the mode shows, also one reached from another view (?view=audit); not the person's
  // workspace, which needs a person.
  for (const ViewInfo& info : view_registry()) {
    if (view_shown(info) && start == info.id && start != "person") ui_.navigate(Route{info.id, kNoId, {}});
  }
}

App::~App() = default;

// The mount is loaded: the session opens the demo or has the vault gate look at what it holds.
void App::on_storage_loaded() { session_.on_storage_loaded(); }

void App::on_synced(bool ok) { session_.on_synced(ok); }

// A view asked to leave the page (another mode): the session does once everything is saved.
void App::take_reload_request() {
  if (!ui_.reload_flags) return;
  std::string flags = std::move(*ui_.reload_flags);
  ui_.reload_flags.reset();
  session_.restart(std::move(flags));
}

float App::text_scale() const {
  float scale = ui_.font_scale;
  if (ui_.kiosk()) scale = std::max(scale, kKioskMinTextScale);
  if (ui_.presentation) scale *= kPresentationScale;
  return scale;
}

bool App::frame_work_due(double now_ms) const {
  return ui_.frame_work || ui_.reload_flags || session_.work_due(now_ms);
}

double App::next_wake_ms(double now_ms) const { return std::min(ui_.frame_wake_at_ms, session_.next_wake_ms(now_ms)); }

void App::set_device_pixel_ratio(float dpr) { ui_.device_pixel_ratio = dpr; }

float App::font_pixels() const { return kBaseFontCssPx * ui_.device_pixel_ratio * text_scale(); }

const char* App::language_code() const { return opp::language_code(ui_.language); }

bool App::has_unsaved() const { return session_.has_unsaved(); }

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::sync_style() {
  ui_.scale = ui_.device_pixel_ratio * text_scale();
  if (ui_.scale != style_scale_) {
    theme::apply(ui_.scale, ui_.kiosk());
    style_scale_ = ui_.scale;
  }
  if (ui_.language != document_language_) {
    document_language_ = ui_.language;
    ui_.platform.set_document_language(opp::language_code(ui_.language));
  }
}

void App::draw_frame() {
  ui_.frame_work = false;
  ui_.frame_wake_at_ms = std::numeric_limits<double>::infinity();
  sync_style();
  ui_.test_ids.begin_frame();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ui_.narrow = viewport->WorkSize.x / ui_.scale < kNarrowCssPx;
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("main", nullptr, flags);
  session_.begin_frame();
  draw_nav_bar();
  if (ui_.demo()) draw_demo_banner();
  draw_update_offer();
  const bool ready = session_.ready();
  const float status_height = ImGui::GetFrameHeightWithSpacing();
  // A new place opens at its top, not at the scroll position of the one before.
  if (scroll_to_top_) {
    ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
    scroll_to_top_ = false;
  }
  // Flattened for the keyboard: Tab goes on from the navigation bar into the view.
  ImGui::BeginChild("view", ImVec2(0, -status_height), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  if (ready) {
    draw_storage_banner();
    views_[current_view_]->draw(ui_);
  } else if (session_.locking()) {
    draw_locking_screen();
  } else if (ui_.platform.storage_state() == StorageState::Ready && session_.gate().stage() != VaultGate::Stage::Open) {
    session_.gate().draw();
    session_.open_if_unlocked();
  } else {
    draw_storage_screen();
  }
  ImGui::EndChild();
  draw_status_bar();
  ImGui::End();
  if (ready && !drew_ready_frame_) {
    drew_ready_frame_ = true;
    ui_.platform.mark("opp:ready");  // the first frame that shows the data
  }
  apply_route();
}

// A view shows in normal or demo mode as it says; a kiosk shows only the views made for it.
bool App::view_shown(const ViewInfo& info) const {
  if ((info.modes & ui_.mode & (kModeNormal | kModeDemo)) == 0) return false;
  return !ui_.kiosk() || (info.modes & kModeKiosk) != 0;
}
bool App::in_navigation(const ViewInfo& info) const { return info.in_navigation && view_shown(info); }

// Navigation takes effect between frames, so a frame never draws half of one view and half of another.
void App::apply_route() {
  if (!ui_.requested) return;
  Route route = std::move(*ui_.requested);
  ui_.requested.reset();
  const auto infos = view_registry();
  for (std::size_t i = 0; i < infos.size(); ++i) {
    if (route.view != infos[i].id || !view_shown(infos[i])) continue;
    scroll_to_top_ = i != current_view_ || route.person != ui_.route.person;
    if (infos[current_view_].in_navigation) ui_.back_view = infos[current_view_].id;
    current_view_ = i;
    ui_.route = route;
    views_[i]->on_route(ui_, ui_.route);
    return;
  }
}

void App::after_frame() {
  take_reload_request();
  session_.tick();
}

void App::record_frame_time(double ms) {
  frame_ms_[static_cast<std::size_t>(frames_ % static_cast<long long>(frame_ms_.size()))] = ms;
  ++frames_;
}

//-----------------------------------------------------------------------------
// [SECTION] Navigation, status and storage screens
//-----------------------------------------------------------------------------

// The navigation: the views' buttons and the language switch on one line when they fit; when
// they do not (a phone, a large font), the views and languages move into a menu (nav.menu).
void App::draw_nav_bar() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* title = ui_.tr("app.title");
  const float button_padding = style.FramePadding.x * 2;
  float needed = ImGui::CalcTextSize(title).x + ui_.px(28.0f);
  for (const ViewInfo& info : view_registry()) {
    if (in_navigation(info)) {
      needed += ImGui::CalcTextSize(ui_.tr(info.title_key)).x + button_padding + style.ItemSpacing.x;
    }
  }
  const float lang_width = 3 * (ImGui::CalcTextSize("nb").x + button_padding) + 3 * style.ItemSpacing.x;
  const bool collapsed = needed + lang_width > ImGui::GetContentRegionAvail().x;

  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  if (collapsed) {
    draw_nav_menu();
    ImGui::Separator();
    return;
  }
  ImGui::SameLine(0, ui_.px(28.0f));
  const auto infos = view_registry();
  bool first = true;
  for (std::size_t i = 0; i < infos.size(); ++i) {
    if (!in_navigation(infos[i])) continue;
    if (!first) ImGui::SameLine();
    first = false;
    const char* label = ui_.tr(infos[i].title_key);
    if (choice_button(label, i == current_view_)) ui_.navigate(Route{infos[i].id, kNoId, {}});
    ui_.test_ids.mark(std::string("nav.") + infos[i].id, label);
  }
  // The language can be switched from anywhere: a coordinator at a network meeting may need to.
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - lang_width + style.ItemSpacing.x));
  draw_language_buttons();
  ImGui::Separator();
}

void App::draw_nav_menu() {
  const char* menu = ui_.tr("nav.menu");
  const float width = ImGui::CalcTextSize(menu).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  if (ImGui::Button(menu)) ImGui::OpenPopup("nav.popup");
  ui_.test_ids.mark("nav.menu", menu);
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetMainViewport()->WorkPos.x + ImGui::GetMainViewport()->WorkSize.x,
                                 ImGui::GetItemRectMax().y),
                          ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  if (!ImGui::BeginPopup("nav.popup")) return;
  const auto infos = view_registry();
  const float item_width = std::min(ui_.px(280.0f), ImGui::GetMainViewport()->WorkSize.x - ui_.px(16.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
  for (std::size_t i = 0; i < infos.size(); ++i) {
    if (!in_navigation(infos[i])) continue;
    const char* label = ui_.tr(infos[i].title_key);
    const std::string text = std::string(infos[i].icon) + "  " + label;
    // Large rows: this menu is for fingers.
    if (ImGui::Selectable(text.c_str(), i == current_view_, 0, ImVec2(item_width, ImGui::GetFrameHeight() * 1.3f))) {
      ui_.navigate(Route{infos[i].id, kNoId, {}});
    }
    ui_.test_ids.mark(std::string("nav.") + infos[i].id, label);
  }
  ImGui::PopStyleVar();
  ImGui::Separator();
  draw_language_buttons();
  ImGui::EndPopup();
}

// «Lås» (lock.now) at the right end of the status bar, on every view: for a coordinator leaving
// the screen at a meeting, or a shared kiosk.
void App::draw_lock_button() {
  if (!session_.loaded() || session_.locking() || ui_.demo()) return;
  if (ImGui::Button(ui_.tr("lock.now"))) session_.lock();
  ui_.test_ids.mark("lock.now", ui_.tr("lock.now"));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_.tr("lock.now.tooltip"));
}

void App::draw_locking_screen() {
  ImGui::SetCursorPos(ImVec2(ui_.px(24.0f), ui_.px(60.0f)));
  const char* key = session_.resetting_demo() ? text_key("demo.resetting")
                    : session_.restarting()   ? text_key("mode.restarting")
                                  : text_key("lock.locking");
  ImGui::TextUnformatted(ui_.tr(key));
  ui_.test_ids.mark_text("lock.locking", ui_.tr(key));
}

// On every screen of the demo: what this is, and the buttons a presenter needs.
void App::draw_demo_banner() {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kDemoBackground);
  ImGui::PushStyleColor(ImGuiCol_Border, theme::kDemoBorder);
  ImGui::BeginChild("demo.banner", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kDemoText);
  ImGui::TextUnformatted(ui_.tr("demo.banner"));
  ImGui::PopStyleColor();
  ui_.test_ids.mark_text("demo.banner", ui_.tr("demo.banner"));
  if (!session_.locking()) {
    // Each button on the same line while it fits, else on the next (a phone, presentation text).
    auto next_to = [&](const char* label_key) {
      flow_next(ImGui::CalcTextSize(ui_.tr(label_key)).x + ImGui::GetStyle().FramePadding.x * 2, false);
    };
    next_to("demo.reset");
    if (button(ui_, "demo.reset", "demo.reset")) session_.reset_demo();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_.tr("demo.reset.tooltip"));
    next_to("demo.present");
    if (choice_button(ui_.tr("demo.present"), ui_.presentation)) {
      ui_.presentation = !ui_.presentation;
      ui_.platform.set_preference("presentation", ui_.presentation ? "1" : "0");
    }
    ui_.test_ids.mark("demo.present", ui_.presentation ? "on" : "off");
    next_to("demo.exit");
    if (button(ui_, "demo.exit", "demo.exit")) ui_.reload_flags = ui_.kiosk() ? "kiosk" : "";
  }
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

// A new version has been downloaded: offered, never swapped in under the user's hands.
void App::draw_update_offer() {
  if (!ui_.platform.update_ready() || session_.locking()) return;
  ImGui::AlignTextToFramePadding();
  const bool restarting = session_.update_requested();
  const char* text = ui_.tr(restarting ? "update.restarting" : "update.ready");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ui_.test_ids.mark_text("update.ready", text);
  if (!session_.update_requested()) {
    ImGui::SameLine();
    if (primary_button(ui_, "update.restart", "update.restart")) session_.restart_into_update();
  }
  ImGui::Separator();
}

void App::draw_language_buttons() {
  static constexpr Language kLanguages[] = {Language::Bokmal, Language::Nynorsk, Language::English};
  for (const Language lang : kLanguages) {
    const std::string code = opp::language_code(lang);
    const bool selected = lang == ui_.language;
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_HeaderActive]);
    if (ImGui::Button(code.c_str())) {
      ui_.language = lang;
      ui_.platform.set_preference("language", code);
    }
    if (selected) ImGui::PopStyleColor();
    ui_.test_ids.mark("lang." + code);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui_.tr(label_key(lang)));
    if (lang != Language::English) ImGui::SameLine();
  }
}

void App::draw_status_bar() {
  ImGui::Separator();
  std::string text;
  const std::string& save_error = session_.save_error();
  if (!save_error.empty()) {
    text = session_.storage_full() ? ui_.tr("status.save_failed.quota") : format_text(ui_.tr("status.save_failed"), {save_error});
  } else if (has_unsaved()) {
    text = ui_.tr("status.saving");
  } else if (session_.last_saved_ms() > 0) {
    text = ui_.tr("status.saved");
  } else {
    text = ui_.tr("status.offline_ready");
  }
  // A due backup reminder takes the right end of the line; the status gives way («…») when
  // both do not fit, and on a narrow screen the reminder is a short button.
  const bool ready = session_.loaded() && ui_.platform.storage_state() == StorageState::Ready;
  const std::optional<std::string> reminder = ready ? backup_reminder_text(ui_) : std::nullopt;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool lockable = session_.loaded() && !session_.locking() && !ui_.demo();
  const bool exitable = ui_.kiosk() && !session_.locking() && (session_.loaded() || ui_.demo());
  auto button_width = [&](const char* key) { return ImGui::CalcTextSize(ui_.tr(key)).x + ImGui::GetStyle().FramePadding.x * 2 + spacing; };
  const float lock_width = (lockable ? button_width("lock.now") : 0.0f) + (exitable ? button_width("kiosk.exit") : 0.0f);
  const float available = ImGui::GetContentRegionAvail().x - lock_width;
  bool compact = false;
  float reserved = 0.0f;
  if (reminder) {
    compact = ImGui::CalcTextSize(text.c_str()).x + spacing + backup_reminder_width(ui_, *reminder, false) > available;
    reserved = backup_reminder_width(ui_, *reminder, compact) + spacing;
  }
  const std::string shown = reminder ? fit_text(text, available - reserved) : text;
  ImGui::PushStyleColor(ImGuiCol_Text, save_error.empty() ? theme::kMuted : theme::kError);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(shown.c_str());
  ImGui::PopStyleColor();
  if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
  ui_.test_ids.mark_text("status.save", text);
  if (reminder) draw_backup_reminder(ui_, *reminder, compact, lock_width);
  if (lockable || exitable) ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - lock_width + spacing);
  if (exitable) {
    // Leaving the kiosk: real data locks on the way (whoever comes next unlocks it again).
    if (ImGui::Button(ui_.tr("kiosk.exit"))) {
      ui_.platform.set_preference("kiosk", "0");
      ui_.reload_flags = ui_.demo() ? "demo" : "";
    }
    ui_.test_ids.mark("kiosk.exit", ui_.tr("kiosk.exit"));
    if (lockable) ImGui::SameLine();
  }
  if (lockable) draw_lock_button();
}

// After a start-up that could not read everything, say so on every view until it is resolved:
// staff must know they may be looking at an older state.
void App::draw_storage_banner() {
  VaultGate& gate = session_.gate();
  if (gate.offer_backup()) {
    message(theme::kAccent, ui_.tr("setup.backup.offer"));
    ui_.test_ids.mark_text("setup.backup.offer", ui_.tr("setup.backup.offer"));
    if (primary_button(ui_, "setup.backup", "setup.backup")) {
      gate.dismiss_backup_offer();
      ui_.request_encrypted_backup = true;
      ui_.navigate(Route{"settings", kNoId, {}});
    }
    ImGui::SameLine();
    if (button(ui_, "setup.backup.later", "setup.backup.later")) gate.dismiss_backup_offer();
    ImGui::Separator();
  }
  // The browser's storage is full: nothing is lost while the tab stays open (the changes are
  // kept and retried), and a backup file takes them out of the browser now.
  if (session_.storage_full()) {
    message(theme::kError, ui_.tr("storage.quota"));
    ui_.test_ids.mark_text("storage.quota", ui_.tr("storage.quota"));
    if (primary_button(ui_, "storage.quota.backup", "storage.quota.backup")) open_encrypted_backup(ui_);
    ImGui::Separator();
  }
  if (!gate.migration_error().empty()) {
    const std::string text = format_text(ui_.tr("vault.migration_failed"), {gate.migration_error()});
    message(theme::kError, text.c_str());
    ui_.test_ids.mark_text("vault.migration_failed", text);
  }
  const storage::LoadStatus status = session_.load_status();
  if (status != storage::LoadStatus::Recovered && status != storage::LoadStatus::Failed) return;
  const char* key = status == storage::LoadStatus::Recovered ? text_key("storage.recovered") : text_key("storage.failed");
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.95f, 0.90f, 1.0f));
  ImGui::BeginChild("storage.banner", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  message(theme::kError, ui_.tr(key));
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ui_.test_ids.mark_text(key, ui_.tr(key));
}

void App::draw_storage_screen() {
  const StorageState state = ui_.platform.storage_state();
  const float width = std::min(ui_.px(560.0f), ImGui::GetContentRegionAvail().x);
  ImGui::SetCursorPos(ImVec2((ImGui::GetContentRegionAvail().x - width) * 0.5f, ui_.px(80.0f)));
  ImGui::BeginChild("storage.screen", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  if (state == StorageState::LockedElsewhere) {
    heading(ui_, "lock.title");
    ui_.test_ids.mark_text("lock.message", ui_.tr("lock.title"));
    note(ui_, "lock.text");
    ImGui::Spacing();
    if (primary_button(ui_, "lock.retry", "lock.retry")) ui_.platform.retry_storage();
  } else if (state == StorageState::LoadFailed) {
    heading(ui_, "storage.load_failed.title");
    ui_.test_ids.mark_text("storage.load_failed");
    note(ui_, "storage.load_failed.text");
    ImGui::TextWrapped("%s", ui_.platform.last_sync_error().c_str());
    ImGui::Spacing();
    if (primary_button(ui_, "storage.load_failed.retry", "storage.load_failed.retry")) ui_.platform.retry_storage();
  } else {
    ImGui::TextUnformatted(ui_.tr("storage.loading"));
    ui_.test_ids.mark_text("storage.loading");
  }
  ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] Test hook
//-----------------------------------------------------------------------------

bool App::test_ready() const { return test_mode_ && drew_ready_frame_; }

const char* App::test_state_json() {
  test_buffer_ = session_.test_backup();
  return test_buffer_.c_str();
}

const char* App::test_rects_json() {
  test_buffer_ = ui_.test_ids.last_frame_json(ui_.device_pixel_ratio);
  return test_buffer_.c_str();
}

const char* App::test_frame_stats_json() {
  const auto n = static_cast<std::size_t>(std::min<long long>(frames_, static_cast<long long>(frame_ms_.size())));
  std::vector<double> recent;
  recent.reserve(n);
  // Oldest first.
  for (std::size_t i = 0; i < n; ++i) {
    const long long index = frames_ - static_cast<long long>(n) + static_cast<long long>(i);
    recent.push_back(frame_ms_[static_cast<std::size_t>(index % static_cast<long long>(frame_ms_.size()))]);
  }
  codec::Json out = {{"frames", frames_}, {"recentMs", recent}};
  test_buffer_ = out.dump();
  return test_buffer_.c_str();
}

// {stage, derivationMs, migrationError}: where the vault gate is.
const char* App::test_vault_json() {
  const VaultGate& gate = session_.gate();
  const char* stage = session_.locking() ? "locking" : !ui_.demo() ? gate.stage_name() : session_.loaded() ? "open" : "waiting";
  codec::Json out = {{"stage", stage},
                     {"derivationMs", gate.last_derivation_ms()},
                     {"migrationError", gate.migration_error()},
                     {"demo", ui_.demo()},
                     {"kiosk", ui_.kiosk()},
                     {"presentation", ui_.presentation},
                     {"updateReady", ui_.platform.update_ready()}};
  test_buffer_ = out.dump();
  return test_buffer_.c_str();
}

// Asks for a compaction now (request 1), and says whether one is still due.
bool App::test_compaction(bool request) {
  return session_.test_compaction(request);
}

const char* App::test_set_up(const char* passphrase, bool light) {
  test_buffer_ = session_.gate().test_set_up(passphrase, light);
  return test_buffer_.c_str();
}

const char* App::test_unlock(const char* passphrase) {
  test_buffer_ = session_.gate().test_unlock(passphrase);
  return test_buffer_.c_str();
}

// The same validated path as Settings → Import (without the confirmation dialog).
const char* App::test_import_json(const char* json) {
  codec::Json out;
  if (const std::optional<DecodeError> error = session_.test_import(json)) {
    out = {{"ok", false}, {"error", ui_.tr(error->message_key)}, {"key", error->message_key}, {"detail", error->detail}};
  } else {
    out = {{"ok", true}};
  }
  test_buffer_ = out.dump();
  return test_buffer_.c_str();
}

}  // namespace opp::app
