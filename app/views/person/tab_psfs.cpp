// PSFS tab: the person's PSFS panel (app/views/panels/psfs_panel.hpp) — table, chart, exports, a new conversation.
#include "app/views/person/tab.hpp"
#include "app/views/panels/psfs_panel.hpp"

namespace opp::app {
namespace {

class PsfsTab final : public PersonTab {
 public:
  void reset() override { panel_.reset(); }
  void draw(UiContext& ui, const queries::PersonFile& file) override { panel_.draw(ui, file.person->id); }

 private:
  PsfsPanel panel_;
};

}  // namespace

std::unique_ptr<PersonTab> make_psfs_tab() { return std::make_unique<PsfsTab>(); }

}  // namespace opp::app
