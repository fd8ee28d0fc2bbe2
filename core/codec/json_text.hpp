// One JSON type and one way to parse text for the whole program, so each nlohmann template is
// compiled once: a second basic_json flavour or input adapter costs the wasm tens of KB.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace opp::codec {

// Insertion-ordered, so the written key order is the schema's order (canonical and readable).
using Json = nlohmann::ordered_json;

// Parses without throwing: a discarded value (is_discarded()) when the text is not JSON.
inline Json parse_json(std::string_view text) { return Json::parse(text.data(), text.data() + text.size(), nullptr, false); }
inline bool is_json(std::string_view text) { return Json::accept(text.data(), text.data() + text.size()); }

}  // namespace opp::codec
