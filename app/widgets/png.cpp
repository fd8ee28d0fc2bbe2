// PNG encoding (png.hpp): the one place stb_image_write is compiled.
#include "app/widgets/png.hpp"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include "stb/stb_image_write.h"

namespace opp::app {

std::vector<unsigned char> encode_png(const std::vector<unsigned char>& rgba, int width, int height) {
  std::vector<unsigned char> out;
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4) {
    return out;
  }
  const auto append = [](void* context, void* data, int size) {
    auto* bytes = static_cast<std::vector<unsigned char>*>(context);
    const auto* begin = static_cast<const unsigned char*>(data);
    bytes->insert(bytes->end(), begin, begin + size);
  };
  if (stbi_write_png_to_func(append, &out, width, height, 4, rgba.data(), width * 4) == 0) out.clear();
  return out;
}

}  // namespace opp::app
