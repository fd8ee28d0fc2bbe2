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

// Lower-cases the letters Norwegian and Sámi names are written with: ASCII, Latin-1, all of
// Latin Extended-A (North Sámi Č Đ Ŋ Š Ŧ Ž) and the Skolt and Inari Sámi letters of Latin
// Extended-B (Ǥ Ǧ Ǩ Ǯ, Ʒ).
char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  // Latin-1 capitals À..Þ except × (U+00D7).
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  // Latin Extended-A, in runs where the capital is even (or odd) and its small letter follows;
  // ĸ (U+0138), ŉ (U+0149) and ſ (U+017F) have no capital.
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0 ? c + 1 : c;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1 ? c + 1 : c;
  // Latin Extended-B: Ǟ..ǯ pair as in Extended-A (Ǥ ǥ, Ǧ ǧ, Ǩ ǩ, Ǯ ǯ); Ʒ is ʒ.
  if (c >= 0x1DE && c <= 0x1EF) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x1B7) return 0x292;
  return c;
}

}  // namespace

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  append_folded(out, utf8);
  return out;
}

// Written straight into place: folding keeps every code point's length in bytes (ASCII to
// ASCII, two-byte letters to two-byte letters), and most names are mostly ASCII. The first
// search after a change folds every person's name and municipality (100,000 persons: 3 MB).
void append_folded(std::string& out, std::string_view utf8) {
  const std::size_t at = out.size();
  out.resize(at + utf8.size());
  char* w = out.data() + at;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      *w++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = next_code_point(utf8, i);
    if (i - start == 1) {
      *w++ = utf8[start];  // a byte we did not decode: keep it exactly
      continue;
    }
    const char32_t f = fold(c);  // below U+0800, like c: two bytes again
    *w++ = static_cast<char>(0xC0 | (f >> 6));
    *w++ = static_cast<char>(0x80 | (f & 0x3F));
  }
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  return fold_case(haystack).find(fold_case(needle)) != std::string::npos;
}

}  // namespace opp
