// libFuzzer target: any bytes as a journal line (what load replays from IndexedDB) are either
// refused with a message key or decode to a record that encodes back to a line that decodes to
// the same record. Never a crash, a leak or undefined behaviour (ASan + UBSan).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/codec/json_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const opp::Decoded<opp::CommandRecord> decoded = opp::from_journal_json(text);
  if (!decoded.ok()) {
    if (decoded.error.message_key.empty()) std::abort();
    return 0;
  }
  const std::string again = opp::to_journal_json(*decoded.value);
  const opp::Decoded<opp::CommandRecord> round = opp::from_journal_json(again);
  if (!round.ok() || opp::to_journal_json(*round.value) != again) std::abort();
  return 0;
}
