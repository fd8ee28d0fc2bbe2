// Tests for the compressed snapshot format (core/storage/compression.hpp).
#include "core/storage/compression.hpp"

#include <gtest/gtest.h>

#include <random>

#include "core/storage/repository.hpp"
#include "core/synthetic/caseload.hpp"

namespace opp::storage {
namespace {

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string text(n, '\0');
  for (char& c : text) c = static_cast<char>(rng() & 0xff);
  return text;
}

TEST(Compression, RoundTripsEveryLengthAroundTheBlockSize) {
  const std::string json = to_backup_json(synthetic::generate_caseload({.persons = 40, .seed = 3}));
  for (const std::string& text : {std::string(), std::string("{}"), json, random_bytes(kCompressedBlock, 1),
                                  random_bytes(kCompressedBlock - 1, 2), random_bytes(2 * kCompressedBlock + 7, 3),
                                  std::string(3 * kCompressedBlock, ' ')}) {
    const std::string packed = compress(text);
    ASSERT_TRUE(is_compressed(packed));
    const std::optional<std::string> back = decompress(packed);
    ASSERT_TRUE(back.has_value()) << text.size();
    EXPECT_EQ(*back, text);
  }
  // JSON shrinks several times over (the point of it).
  EXPECT_LT(compress(json).size() * 3, json.size());
}

// Given in pieces of any size (what each step of the snapshot's encoder wrote), the bytes are
// those of the whole text compressed at once.
TEST(Compression, PiecesOfAnySizeGiveTheSameBytes) {
  const std::string text = random_bytes(kCompressedBlock / 2, 4) + std::string(kCompressedBlock * 2, 'x') + "slutt";
  const std::string whole = compress(text);
  for (const std::size_t piece : {std::size_t{1} << 10, std::size_t{777777}, kCompressedBlock, kCompressedBlock + 1}) {
    Compressor compressor;
    for (std::size_t at = 0; at < text.size(); at += piece) compressor.add(std::string_view(text).substr(at, piece));
    EXPECT_EQ(compressor.finish(), whole) << piece;
  }
}

// Damage is refused, never read as a shorter or different text, and never makes a huge allocation.
TEST(Compression, DamagedBytesAreRefused) {
  const std::string text = to_backup_json(synthetic::generate_caseload({.persons = 300, .seed = 5}));
  const std::string packed = compress(text);
  ASSERT_GT(text.size(), kCompressedBlock);  // more than one block
  EXPECT_FALSE(decompress(text).has_value());  // plain JSON is not compressed
  EXPECT_FALSE(decompress(std::string(kCompressedMagic)).has_value());  // no length
  for (const std::size_t cut : {packed.size() - 1, packed.size() / 2, std::size_t{20}, std::size_t{16}}) {
    EXPECT_FALSE(decompress(packed.substr(0, cut)).has_value()) << cut;
  }
  std::string longer = packed;  // the length says more than the blocks hold
  longer[8] = static_cast<char>(static_cast<unsigned char>(longer[8]) + 1);
  EXPECT_FALSE(decompress(longer).has_value());
  std::string absurd = packed;  // a length no file of this size can hold
  absurd[15] = '\x7f';
  EXPECT_FALSE(decompress(absurd).has_value());
  std::string trailing = packed + "x";
  EXPECT_FALSE(decompress(trailing).has_value());
  // A flipped byte inside a block: refused, or (LZ4 has no checksum) a text of the same length
  // that the JSON decoder and the vault's seal then catch; never a crash or a different length.
  for (std::size_t at = 24; at < packed.size(); at += packed.size() / 37) {
    std::string flipped = packed;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
    const std::optional<std::string> read = decompress(flipped);
    if (read) EXPECT_EQ(read->size(), text.size()) << at;
  }
}

}  // namespace
}  // namespace opp::storage
