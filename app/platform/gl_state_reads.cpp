// The GL state Dear ImGui's OpenGL3 renderer reads back every frame, answered from memory.
//
// ImGui_ImplOpenGL3_RenderDrawData saves some fifteen pieces of GL state before drawing and puts
// them back afterwards, for apps that draw with GL themselves. In a browser each such
// glGetIntegerv is a WebGL getParameter, and most of them wait for the GPU process: a CPU profile
// of the queue view in headless Chromium put some 60 % of a frame's time in them. Only ImGui
// draws here, and it leaves the state it found, so the state it finds is always the one it read
// the first time (GL's initial state): the first answer for each name is kept and given again.
// The only other GL calls (app/platform/web_platform.cpp) set the viewport and the clear colour
// before ImGui draws, and read pixels after; ImGui sets its own viewport before drawing, so the
// kept one is only ever restored.
//
// Built only into the ImGui renderer's file, by a define (app/CMakeLists.txt):
// glGetIntegerv=opp_gl_get_integerv. Names not in the list below go to GL every time.
#include <GLES3/gl3.h>

#include <array>
#include <cstddef>

namespace {

struct Kept {
  GLenum name;
  bool known = false;
  std::array<GLint, 4> value{};
};

// What ImGui_ImplOpenGL3_RenderDrawData (Dear ImGui 1.90, OpenGL ES 3) backs up and restores.
std::array<Kept, 14> g_kept{{{GL_ACTIVE_TEXTURE},
                             {GL_CURRENT_PROGRAM},
                             {GL_TEXTURE_BINDING_2D},
                             {GL_SAMPLER_BINDING},
                             {GL_ARRAY_BUFFER_BINDING},
                             {GL_VERTEX_ARRAY_BINDING},
                             {GL_VIEWPORT},
                             {GL_SCISSOR_BOX},
                             {GL_BLEND_SRC_RGB},
                             {GL_BLEND_DST_RGB},
                             {GL_BLEND_SRC_ALPHA},
                             {GL_BLEND_DST_ALPHA},
                             {GL_BLEND_EQUATION_RGB},
                             {GL_BLEND_EQUATION_ALPHA}}};

std::size_t count_of(GLenum name) { return name == GL_VIEWPORT || name == GL_SCISSOR_BOX ? 4 : 1; }

}  // namespace

extern "C" void opp_gl_get_integerv(GLenum name, GLint* data) {
  for (Kept& kept : g_kept) {
    if (kept.name != name) continue;
    if (!kept.known) {
      glGetIntegerv(name, kept.value.data());
      kept.known = true;
    }
    for (std::size_t i = 0; i < count_of(name); ++i) data[i] = kept.value[i];
    return;
  }
  glGetIntegerv(name, data);
}
