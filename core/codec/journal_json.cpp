// One journal line per committed command: {"seq","at","author","device","clock","type","command"}.
// Schema 1 lines (written before devices existed) have no "device" and "clock": they decode as
// device 0 (the old store-wide counter) with the clock at their time, so they replay as before.
#include "core/codec/entity_schema.hpp"

namespace opp {

namespace {

codec::Json journal_line(const CommandRecord& record) {
  codec::Json line = codec::Json::object();
  line["seq"] = record.seq;
  line["at"] = codec::encode(record.at);
  line["author"] = record.author;
  line["device"] = record.device;
  line["clock"] = codec::encode(record.clock);
  line["type"] = command_type_name(record.command);
  line["command"] = codec::encode_command(record.command);
  return line;
}

Decoded<CommandRecord> decode_line(std::string_view text, JournalExtras* extras) {
  using codec::Json;
  Decoded<CommandRecord> result;
  try {
    const Json line = codec::parse_json(text);
    if (line.is_discarded()) {
      result.error = {"import.error.not_json", "the journal line is not valid JSON"};
      return result;
    }
    if (!line.is_object()) codec::fail_invalid("", "expected an object");
    if (extras != nullptr) {
      *extras = {};
      if (const auto ids = line.find("ids"); ids != line.end()) {
        std::uint32_t value = 0;
        codec::decode(*ids, "ids", value);
        extras->ids_after = value;
      }
      if (const auto refused = line.find("refused"); refused != line.end()) {
        if (!refused->is_array() || refused->empty()) codec::fail_invalid("refused", "expected a list of reasons");
        for (const Json& reason : *refused) {
          FieldError error;
          codec::decode(codec::member(reason, "field", "refused"), "refused.field", error.field);
          codec::decode(codec::member(reason, "message", "refused"), "refused.message", error.message_key);
          extras->refused.push_back(std::move(error));
        }
      }
    }
    CommandRecord record;
    codec::decode(codec::member(line, "seq", ""), "seq", record.seq);
    codec::decode(codec::member(line, "at", ""), "at", record.at);
    codec::decode(codec::member(line, "author", ""), "author", record.author);
    const auto device = line.find("device");
    if (device == line.end()) {  // schema 1
      record.device = kLegacyDevice;
      record.clock = Hlc{record.at.ms_since_epoch, 0};
    } else {
      codec::decode(*device, "device", record.device);
      if (!valid_device(record.device)) codec::fail_invalid("device", "not a device number");
      codec::decode(codec::member(line, "clock", ""), "clock", record.clock);
    }
    std::string type;
    codec::decode(codec::member(line, "type", ""), "type", type);
    record.command = codec::decode_command(type, codec::member(line, "command", ""), "command");
    result.value = std::move(record);
  } catch (const codec::DecodeFailure& failure) {
    result.error = failure.error;
  } catch (const std::exception& e) {
    result.error = {"import.error.invalid", e.what()};
  }
  return result;
}

}  // namespace

std::string to_journal_json(const CommandRecord& record) { return codec::dump(journal_line(record)); }

std::string to_journal_json(const CommandRecord& record, const JournalExtras& extras) {
  codec::Json line = journal_line(record);
  if (extras.ids_after) line["ids"] = *extras.ids_after;
  if (!extras.refused.empty()) {
    codec::Json reasons = codec::Json::array();
    for (const FieldError& error : extras.refused) reasons.push_back({{"field", error.field}, {"message", error.message_key}});
    line["refused"] = std::move(reasons);
  }
  return codec::dump(line);
}

Decoded<CommandRecord> from_journal_json(std::string_view text) { return decode_line(text, nullptr); }

Decoded<CommandRecord> from_journal_json(std::string_view text, JournalExtras& extras) { return decode_line(text, &extras); }

}  // namespace opp
