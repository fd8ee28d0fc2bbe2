// Drafts as JSON: a flat object of the fields a form had typed.
#include "core/codec/json_values.hpp"

namespace opp {

std::string draft_to_json(const DraftFields& fields) {
  codec::Json object = codec::Json::object();
  for (const auto& [name, value] : fields) {
    if (!value.empty()) object[name] = value;
  }
  return codec::dump(object);
}

std::optional<DraftFields> draft_from_json(std::string_view text) {
  const auto parsed = codec::parse_json(text);
  if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
  DraftFields fields;
  for (const auto& [name, value] : parsed.items()) {
    if (!value.is_string()) return std::nullopt;
    fields.emplace(name, value.get<std::string>());
  }
  return fields;
}

}  // namespace opp
