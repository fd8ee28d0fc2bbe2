// The gate in front of the stored data: set-up, lock screen, key derivation and migration.
//
// [SECTION] Probe and open
// [SECTION] Screens
// [SECTION] Test hook
#include "app/vault_gate.hpp"

#include <chrono>

#include "app/widgets/form.hpp"
#include "app/widgets/passphrase.hpp"
#include "app/widgets/theme.hpp"
#include "core/rules/passphrase.hpp"
#include "imgui.h"

namespace opp::app {

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

VaultGate::VaultGate(UiContext& ui) : ui_(ui) {}

//-----------------------------------------------------------------------------
// [SECTION] Probe and open
//-----------------------------------------------------------------------------

void VaultGate::probe(const std::string& dir) {
  dir_ = dir;
  disk_ = std::make_unique<storage::DiskFileSystem>();
  const storage::VaultProbe probe = storage::probe_vault(*disk_, dir_);
  key_file_ = probe.key_file;
  has_plaintext_ = probe.state == storage::VaultState::Plaintext;
  problem_detail_ = probe.error;
  switch (probe.state) {
    case storage::VaultState::Empty:
    case storage::VaultState::Plaintext: stage_ = Stage::Setup; break;
    case storage::VaultState::Locked: stage_ = Stage::Locked; break;
    case storage::VaultState::KeyFileDamaged:
      stage_ = Stage::Problem;
      problem_key_ = text_key("vault.problem.key_damaged");
      break;
    case storage::VaultState::KeyFileMissing:
      stage_ = Stage::Problem;
      problem_key_ = text_key("vault.problem.key_missing");
      break;
    case storage::VaultState::Unreadable:
      stage_ = Stage::Problem;
      problem_key_ = text_key("vault.problem.unreadable");
      break;
  }
}

bool VaultGate::take_opened() {
  const bool opened = opened_;
  opened_ = false;
  return opened;
}

void VaultGate::forget_typed() {
  wipe_secret(passphrase_);
  new_passphrase_.wipe();
  wipe_text_input_state();
}

void VaultGate::create(std::string passphrase, storage::KdfParams kdf) {
  const double started = now_ms();
  storage::VaultOpen created = storage::create_vault(*disk_, dir_, passphrase, has_plaintext_, kdf);
  derivation_ms_ = now_ms() - started;
  storage::wipe_string(passphrase);
  if (created.status != storage::PassphraseCheck::Ok) {
    stage_ = Stage::Setup;
    errors_ = {FieldError{"", created.status == storage::PassphraseCheck::KdfFailed ? text_key("vault.error.kdf_failed")
                                                                                    : text_key("vault.error.write_failed")}};
    return;
  }
  offer_backup_ = has_plaintext_;
  open_with(std::move(*created.key), created.migrating);
}

void VaultGate::unlock(std::string passphrase) {
  const double started = now_ms();
  storage::VaultOpen opened = storage::unlock_vault(*key_file_, passphrase);
  derivation_ms_ = now_ms() - started;
  storage::wipe_string(passphrase);
  if (opened.status != storage::PassphraseCheck::Ok) {
    stage_ = Stage::Locked;
    errors_ = {FieldError{"", opened.status == storage::PassphraseCheck::KdfFailed ? text_key("vault.error.kdf_failed")
                                                                                   : text_key("lock.wrong_passphrase")}};
    return;
  }
  open_with(std::move(*opened.key), opened.migrating);
}

// Plaintext files from before encryption are sealed before the store is opened; should that
// stop halfway, the store still opens (reading both kinds) and the next unlock goes on.
void VaultGate::open_with(storage::SecretKey key, bool migrating) {
  bool accept_plaintext = false;
  if (migrating) {
    const storage::MigrationResult migrated = storage::migrate_plaintext(*disk_, dir_, key);
    migration_error_ = migrated.error;
    accept_plaintext = !migrated.ok();
  }
  encrypted_ = std::make_unique<storage::EncryptedFileSystem>(*disk_, std::move(key), accept_plaintext);
  errors_.clear();
  stage_ = Stage::Open;
  opened_ = true;
}

void VaultGate::run_pending() {
  if (pending_ == Pending::None || ++pending_frames_ < 2) return;  // the "working" frame was drawn
  const Pending pending = pending_;
  pending_ = Pending::None;
  std::string passphrase = pending == Pending::Create ? std::string(new_passphrase_.text()) : std::move(passphrase_);
  forget_typed();
  if (pending == Pending::Create) {
    create(std::move(passphrase), storage::kDefaultKdf);
  } else {
    unlock(std::move(passphrase));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Screens
//-----------------------------------------------------------------------------

void VaultGate::draw() {
  run_pending();
  const float width = std::min(ui_.px(560.0f), ImGui::GetContentRegionAvail().x);
  ImGui::SetCursorPos(ImVec2((ImGui::GetContentRegionAvail().x - width) * 0.5f, ui_.px(60.0f)));
  ImGui::BeginChild("vault.screen", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  switch (stage_) {
    case Stage::Setup: draw_setup(); break;
    case Stage::Locked: draw_locked(); break;
    case Stage::Problem: draw_problem(); break;
    case Stage::Working:
      ImGui::TextUnformatted(ui_.tr(return_stage_ == Stage::Setup ? "setup.working" : "lock.working"));
      ui_.test_ids.mark_text("vault.working");
      break;
    case Stage::Waiting:
    case Stage::Open: break;
  }
  ImGui::EndChild();
}

void VaultGate::draw_setup() {
  heading(ui_, "setup.title");
  note(ui_, "setup.text");
  if (has_plaintext_) {
    message(theme::kAccent, ui_.tr("setup.migrate"));
    ui_.test_ids.mark_text("setup.migrate", ui_.tr("setup.migrate"));
  }
  ImGui::Spacing();
  message(theme::kError, ui_.tr("setup.warning"));
  ui_.test_ids.mark_text("setup.warning", ui_.tr("setup.warning"));
  ImGui::Spacing();
  Form setup(ui_, "setup", errors_);
  new_passphrase_.draw(ui_, setup, "passphrase", "setup.strength");
  if (setup.submit("create")) {
    errors_.clear();
    if (new_passphrase_.check(errors_)) {
      pending_ = Pending::Create;
      pending_frames_ = 0;
      return_stage_ = Stage::Setup;
      stage_ = Stage::Working;
    }
  }
  setup.end();
  draw_demo_offer();
}

// The start screen's way into the demo (a separate store of invented persons): for a network
// meeting, or for trying the app before choosing a passphrase.
void VaultGate::draw_demo_offer() {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  note(ui_, "start.demo.text");
  if (button(ui_, "start.demo", "start.demo")) ui_.reload_flags = ui_.kiosk() ? "demo kiosk" : "demo";
}

void VaultGate::draw_locked() {
  heading(ui_, "lock.screen.title");
  note(ui_, "lock.screen.text");
  ImGui::Spacing();
  Form lock(ui_, "lock", errors_);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  lock.password("passphrase", passphrase_);
  if (lock.submit("unlock", !passphrase_.empty())) {
    errors_.clear();
    pending_ = Pending::Unlock;
    pending_frames_ = 0;
    return_stage_ = Stage::Locked;
    stage_ = Stage::Working;
  }
  lock.end();
  draw_demo_offer();
}

void VaultGate::draw_problem() {
  heading(ui_, "vault.problem.title");
  message(theme::kError, ui_.tr(problem_key_.c_str()));
  ui_.test_ids.mark_text("vault.problem", ui_.tr(problem_key_.c_str()));
  if (!problem_detail_.empty()) ImGui::TextWrapped("%s", problem_detail_.c_str());
  ImGui::Spacing();
  note(ui_, "vault.problem.nothing_changed");
}

std::string VaultGate::change_passphrase(const std::string& current, const std::string& next) {
  if (stage_ != Stage::Open) return text_key("vault.error.not_locked");
  const PassphraseStrength strength = passphrase_strength(next);
  if (!passphrase_acceptable(strength)) {
    return strength == PassphraseStrength::TooShort ? text_key("setup.error.too_short") : text_key("setup.error.weak");
  }
  const double started = now_ms();
  const storage::PassphraseCheck changed = storage::change_passphrase(*disk_, dir_, current, next);
  derivation_ms_ = now_ms() - started;
  switch (changed) {
    case storage::PassphraseCheck::Ok:
      files_changed_ = true;
      return {};
    case storage::PassphraseCheck::WrongPassphrase: return text_key("settings.lock.change.wrong");
    case storage::PassphraseCheck::KdfFailed: return text_key("vault.error.kdf_failed");
    case storage::PassphraseCheck::WriteFailed: return text_key("vault.error.write_failed");
  }
  return text_key("vault.error.write_failed");
}

//-----------------------------------------------------------------------------
// [SECTION] Test hook
//-----------------------------------------------------------------------------

std::string VaultGate::test_set_up(const std::string& passphrase, bool light) {
  if (stage_ != Stage::Setup) return "vault.error.not_in_setup";
  if (!passphrase_acceptable(passphrase_strength(passphrase))) return text_key("setup.error.weak");
  create(passphrase, light ? storage::kTestKdf : storage::kDefaultKdf);
  return errors_.empty() ? std::string() : errors_.front().message_key;
}

std::string VaultGate::test_unlock(const std::string& passphrase) {
  if (stage_ != Stage::Locked) return "vault.error.not_locked";
  unlock(passphrase);
  return errors_.empty() ? std::string() : errors_.front().message_key;
}

const char* VaultGate::stage_name() const {
  switch (stage_) {
    case Stage::Waiting: return "waiting";
    case Stage::Setup: return "setup";
    case Stage::Locked: return "locked";
    case Stage::Working: return "working";
    case Stage::Problem: return "problem";
    case Stage::Open: return "open";
  }
  return "waiting";
}

}  // namespace opp::app
