// The stored snapshot, compressed (LZ4 blocks): the 10,000-person snapshot's JSON is some 50 MB
// and shrinks about fivefold, so reading it back from IndexedDB, decrypting it and holding it take
// a fifth of the time and memory (at 100,000 persons the plain text alone is 541 MB).
//
// Format, version 1: the 8 bytes "OPPLZ4\x01\n", the text's length (8 bytes, little-endian),
// then blocks of at most kCompressedBlock bytes of text, each as its text length and compressed
// length (4 bytes each, little-endian) and the LZ4 block. A snapshot without the magic is the
// plain JSON every earlier version wrote, and still reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace opp::storage {

inline constexpr std::string_view kCompressedMagic{"OPPLZ4\x01\n", 8};
inline constexpr std::size_t kCompressedBlock = std::size_t{1} << 20;

bool is_compressed(std::string_view bytes);

// Compresses text given in pieces of any size (e.g. what BackupEncoder wrote since the last
// step), a block at a time, so the whole text never has to be in memory at once.
class Compressor {
 public:
  Compressor();
  void add(std::string_view text);
  // The compressed bytes; the compressor is spent.
  std::string finish();

 private:
  void flush_block();
  std::string pending_;  // text not yet compressed (less than one block)
  std::string out_;
  std::uint64_t total_ = 0;
};

std::string compress(std::string_view text);
// The text, or nullopt when the bytes are not a whole, undamaged compressed text.
std::optional<std::string> decompress(std::string_view bytes);

}  // namespace opp::storage
