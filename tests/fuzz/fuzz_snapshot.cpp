// libFuzzer target: any bytes as a stored snapshot's compressed text (what load decompresses from
// IndexedDB) are refused, or give a text that compresses and decompresses back to itself; and
// any bytes compressed come back unchanged. Never a crash, a leak or undefined behaviour
// (ASan + UBSan), and never an allocation larger than the bytes can justify.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/storage/compression.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (const auto text = opp::storage::decompress(bytes)) {
    const auto again = opp::storage::decompress(opp::storage::compress(*text));
    if (!again || *again != *text) std::abort();
  }
  const auto back = opp::storage::decompress(opp::storage::compress(bytes));
  if (!back || *back != bytes) std::abort();
  return 0;
}
