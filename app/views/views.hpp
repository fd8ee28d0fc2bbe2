// The views of the navigation bar, one file each; created in one place (app/app.cpp).
#pragma once

#include <memory>

#include "app/views/view.hpp"

namespace opp::app {

std::unique_ptr<View> make_intake_view();
std::unique_ptr<View> make_board_view();
std::unique_ptr<View> make_psfs_view();
std::unique_ptr<View> make_evaluation_view();
std::unique_ptr<View> make_settings_view();

}  // namespace opp::app
