// A new passphrase typed twice, and wiping typed secrets (passphrase.hpp).
#include "app/widgets/passphrase.hpp"

#include <cstring>

#include "app/widgets/theme.hpp"
#include "core/rules/passphrase.hpp"
#include "core/storage/crypto.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // the text-input state, to wipe a typed passphrase

namespace opp::app {

namespace {

template <typename T>
void zero(ImVector<T>& v) {
  if (v.Data) std::memset(static_cast<void*>(v.Data), 0, static_cast<std::size_t>(v.Capacity) * sizeof(T));
}

const char* strength_key(PassphraseStrength strength) {
  switch (strength) {
    case PassphraseStrength::TooShort: return text_key("setup.strength.too_short");
    case PassphraseStrength::Weak: return text_key("setup.strength.weak");
    case PassphraseStrength::Fair: return text_key("setup.strength.fair");
    case PassphraseStrength::Strong: return text_key("setup.strength.strong");
  }
  return text_key("setup.strength.too_short");
}

}  // namespace

void NewPassphrase::draw(UiContext& ui, Form& form, const char* name, const char* strength_id) {
  name_ = name;
  form.password(name, passphrase_);
  if (strength_id != nullptr && !passphrase_.empty()) {
    const PassphraseStrength strength = passphrase_strength(passphrase_);
    const char* text = ui.tr(strength_key(strength));
    message(passphrase_acceptable(strength) ? theme::kSuccess : theme::kMuted, text);
    ui.test_ids.mark_text(strength_id, text);
  }
  form.password("confirm", confirm_);
}

bool NewPassphrase::check(std::vector<FieldError>& errors, bool strength) const {
  if (strength) {
    const PassphraseStrength rated = passphrase_strength(passphrase_);
    if (!passphrase_acceptable(rated)) {
      errors.push_back({name_, rated == PassphraseStrength::TooShort ? text_key("setup.error.too_short")
                                                                     : text_key("setup.error.weak")});
      return false;
    }
  }
  if (confirm_ != passphrase_) {
    errors.push_back({"confirm", text_key("setup.error.mismatch")});
    return false;
  }
  return true;
}

void NewPassphrase::wipe() {
  wipe_secret(passphrase_);
  wipe_secret(confirm_);
}

void wipe_secret(std::string& text) { storage::wipe_string(text); }

void wipe_text_input_state() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return;
  ImGui::ClearActiveID();
  ImGuiInputTextState& state = context->InputTextState;
  zero(state.TextW);
  zero(state.TextA);
  zero(state.InitialTextA);
  std::memset(static_cast<void*>(&state.Stb), 0, sizeof(state.Stb));  // its undo buffer holds typed characters
  state.CurLenW = state.CurLenA = 0;
  state.ID = 0;
  zero(context->InputTextDeactivatedState.TextA);
  context->InputTextDeactivatedState.ID = 0;
}

}  // namespace opp::app
