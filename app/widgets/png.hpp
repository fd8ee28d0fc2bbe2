// PNG files from captured pixels, encoded by stb_image_write (Debian's libstb-dev).
#pragma once

#include <vector>

namespace opp::app {

// RGBA rows from the top, `width` × `height`; an empty result if encoding failed.
std::vector<unsigned char> encode_png(const std::vector<unsigned char>& rgba, int width, int height);

}  // namespace opp::app
