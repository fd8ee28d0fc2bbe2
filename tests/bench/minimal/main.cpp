// The reference the performance issue compares the app with: a minimal Dear ImGui app (one
// window, a text, an input, a button; GLFW + WebGL2), built with the app's toolchain and flags.
// Sets window.oppFirstFrameMs at its first frame, as the app does, so the two are timed alike.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include <string>

#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace {

GLFWwindow* window = nullptr;
std::string text;
int clicks = 0;
bool first = true;

void frame() {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Minimal");
  ImGui::TextUnformatted("Hello");
  ImGui::InputText("Input", &text);
  if (ImGui::Button("Button")) ++clicks;
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.9f, 0.9f, 0.9f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (first) {
    first = false;
    EM_ASM({ window.oppFirstFrameMs = performance.now(); });
  }
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  window = glfwCreateWindow(1280, 800, "Minimal", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
