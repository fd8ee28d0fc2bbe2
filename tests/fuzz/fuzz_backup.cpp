// libFuzzer target: any bytes given to the importer (Settings → Restore, appTest.importBackup)
// are either refused with a message key or decode to a store that writes back to a document
// that decodes to the same store; the pull reader (json_reader.hpp) reads a store only when the
// document tree reads the same one. Never a crash, a leak or undefined behaviour (ASan + UBSan).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/codec/json_codec.hpp"
#include "core/codec/json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The pull reader never reads what the document tree would not read the same way.
  const std::optional<opp::Store> read = opp::codec::read_current_backup(text, nullptr);
  if (read) {
    const opp::Decoded<opp::Store> tree = opp::codec::from_backup_json_tree(text, nullptr);
    if (!tree.ok() || !(*tree.value == *read)) std::abort();
  }
  const opp::Decoded<opp::Store> decoded = opp::from_backup_json(text);
  if (!decoded.ok()) {
    if (decoded.error.message_key.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  const std::string again = opp::to_backup_json(*decoded.value);
  const opp::Decoded<opp::Store> round = opp::from_backup_json(again);
  if (!round.ok() || !(*round.value == *decoded.value)) std::abort();
  return 0;
}
