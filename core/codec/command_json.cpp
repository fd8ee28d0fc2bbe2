// Commands as JSON: the object written in journal lines and in the backup's audit entries.
#include <array>
#include <string_view>
#include <utility>

#include "core/codec/entity_schema.hpp"

namespace opp {
namespace codec {
namespace {

// Decodes alternative I of the Command variant if its schema's type name matches.
template <std::size_t I>
bool try_decode(const std::string& type, const Json& json, const std::string& path, Command& out) {
  using T = std::variant_alternative_t<I, Command>;
  if (type != CommandSchema<T>::type) return false;
  T command{};
  decode_fields<CommandSchema<T>>(json, path, command);
  out = std::move(command);
  return true;
}

template <std::size_t... I>
bool decode_any(const std::string& type, const Json& json, const std::string& path, Command& out,
                std::index_sequence<I...>) {
  return (try_decode<I>(type, json, path, out) || ...);
}

}  // namespace

Json encode_command(const Command& command) {
  return std::visit([](const auto& c) { return encode_fields<CommandSchema<std::decay_t<decltype(c)>>>(c); },
                    command);
}

Json encode_command(const RecordedCommand& command) {
  Json json = Json::object();  // a default-made entry's empty command
  command.visit([&](const auto& c) { json = encode_fields<CommandSchema<std::decay_t<decltype(c)>>>(c); });
  return json;
}

Command decode_command(const std::string& type, const Json& json, const std::string& path) {
  Command out;
  if (!decode_any(type, json, path, out, std::make_index_sequence<std::variant_size_v<Command>>{})) {
    fail_invalid(path, "unknown command type");
  }
  return out;
}

}  // namespace codec

std::string command_to_json(const Command& command) { return codec::dump(codec::encode_command(command)); }

Decoded<Command> command_from_json(std::string_view type, std::string_view json) {
  Decoded<Command> result;
  try {
    const auto parsed = codec::parse_json(json);
    if (parsed.is_discarded()) {
      result.error = {"import.error.not_json", "not valid JSON"};
      return result;
    }
    result.value = codec::decode_command(std::string(type), parsed, "command");
  } catch (const codec::DecodeFailure& failure) {
    result.error = failure.error;
  } catch (const std::exception& e) {
    result.error = {"import.error.invalid", e.what()};
  }
  return result;
}

}  // namespace opp
