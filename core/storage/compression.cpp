// Compressed snapshots (compression.hpp).
#include "core/storage/compression.hpp"

#include <lz4.h>

#include <algorithm>
#include <limits>

namespace opp::storage {

namespace {

void put_le(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t get_le(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= std::uint64_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  return value;
}

constexpr std::size_t kHeader = kCompressedMagic.size() + 8;

}  // namespace

bool is_compressed(std::string_view bytes) { return bytes.substr(0, kCompressedMagic.size()) == kCompressedMagic; }

Compressor::Compressor() {
  out_.append(kCompressedMagic);
  put_le(out_, 0, 8);  // the length, written by finish()
}

void Compressor::add(std::string_view text) {
  total_ += text.size();
  while (!text.empty()) {
    const std::size_t take = std::min(text.size(), kCompressedBlock - pending_.size());
    pending_.append(text.substr(0, take));
    text.remove_prefix(take);
    if (pending_.size() == kCompressedBlock) flush_block();
  }
}

void Compressor::flush_block() {
  if (pending_.empty()) return;
  const int bound = LZ4_compressBound(static_cast<int>(pending_.size()));
  const std::size_t at = out_.size();
  out_.resize(at + 8 + static_cast<std::size_t>(bound));
  const int written = LZ4_compress_default(pending_.data(), out_.data() + at + 8, static_cast<int>(pending_.size()), bound);
  // LZ4_compress_default cannot fail with a bound-sized destination.
  out_.resize(at + 8 + static_cast<std::size_t>(written));
  std::string sizes;
  put_le(sizes, pending_.size(), 4);
  put_le(sizes, static_cast<std::uint64_t>(written), 4);
  out_.replace(at, 8, sizes);
  pending_.clear();
}

std::string Compressor::finish() {
  flush_block();
  std::string length;
  put_le(length, total_, 8);
  out_.replace(kCompressedMagic.size(), 8, length);
  pending_ = std::string();
  return std::move(out_);
}

std::string compress(std::string_view text) {
  Compressor compressor;
  compressor.add(text);
  return compressor.finish();
}

std::optional<std::string> decompress(std::string_view bytes) {
  if (!is_compressed(bytes) || bytes.size() < kHeader) return std::nullopt;
  const std::uint64_t total = get_le(bytes, kCompressedMagic.size(), 8);
  // Every block of text is at least one byte of LZ4: a length beyond that is damage, not a size
  // to allocate.
  if (total > std::numeric_limits<std::size_t>::max() / 2 ||
      total > (bytes.size() - kHeader) * static_cast<std::uint64_t>(260)) {
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(total), '\0');
  std::size_t at = kHeader, filled = 0;
  while (at < bytes.size()) {
    if (bytes.size() - at < 8) return std::nullopt;
    const std::uint64_t raw = get_le(bytes, at, 4), packed = get_le(bytes, at + 4, 4);
    at += 8;
    if (raw == 0 || raw > kCompressedBlock || raw > total - filled || packed > bytes.size() - at) return std::nullopt;
    const int got = LZ4_decompress_safe(bytes.data() + at, text.data() + filled, static_cast<int>(packed), static_cast<int>(raw));
    if (got < 0 || static_cast<std::uint64_t>(got) != raw) return std::nullopt;
    at += static_cast<std::size_t>(packed);
    filled += static_cast<std::size_t>(raw);
  }
  if (filled != total) return std::nullopt;
  return text;
}

}  // namespace opp::storage
