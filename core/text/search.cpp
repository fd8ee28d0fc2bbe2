// Case folding over UTF-8 without a locale (browsers' wasm has only the "C" locale).
#include "core/text/search.hpp"

namespace opp {

namespace {

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes pass through as themselves.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const bool two_bytes = b0 >= 0x80 && i + 1 < s.size() && (b0 & 0xE0) == 0xC0 &&
                         (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80;
  if (!two_bytes) {
    ++i;
    return b0;
  }
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  i += 2;
  return static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu));
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(c);  // unreachable: only two-byte sequences are decoded
  }
}

char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  // Latin-1 capitals À..Þ except × (U+00D7).
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  // Latin Extended-A: capitals are even, small letters odd, in 0x100..0x137.
  if (c >= 0x100 && c <= 0x137 && (c % 2) == 0) return c + 1;
  return c;
}

}  // namespace

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(utf8, i);
    if (i - start == 1 && c >= 0x80) {
      out += utf8[start];  // a byte we did not decode: keep it exactly
    } else {
      append_utf8(out, fold(c));
    }
  }
  return out;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  return fold_case(haystack).find(fold_case(needle)) != std::string::npos;
}

}  // namespace opp
