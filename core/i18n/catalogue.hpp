// The translation catalogue: every user-visible string, in bokmål, nynorsk and English.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace opp {

enum class Language { Bokmal, Nynorsk, English };

// BCP 47 code ("nb", "nn", "en") and back; unknown codes give std::nullopt-like false.
const char* language_code(Language language);
bool parse_language_code(std::string_view code, Language& out);

struct CatalogueEntry {
  const char* key;  // stable, English, dot-separated: "nav.intake", "error.required"
  const char* nb;
  const char* nn;
  const char* en;
};

// The built-in entries: every area of core/i18n/strings/, in one list.
std::span<const CatalogueEntry> catalogue_entries();

class Catalogue {
 public:
  Catalogue();
  // The text for `key` in `language`; a missing key returns the key itself so it shows up
  // in screenshots and tests instead of an empty label.
  const char* text(Language language, std::string_view key) const;
  bool contains(std::string_view key) const;

 private:
  std::unordered_map<std::string_view, const CatalogueEntry*> index_;
};

// Marks a literal as a catalogue key where it is stored for later (a table row, a registry entry)
// rather than translated at once; tests/unit/i18n finds keys by these marks and by tr(…) calls,
// so a key is always written out whole, never built by concatenation.
constexpr const char* text_key(const char* key) { return key; }

// Fills "{0}", "{1}", … in a catalogue text with the given arguments.
std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> args);

// The characters the UI font is loaded with (pairs of first, last; ImGui's glyph ranges, 0 ends
// them): Latin-1, Latin Extended-A (Norwegian, Sami and other names), general punctuation, €.
// (Noto Sans has no arrows or mathematical signs; a range it has no glyphs for draws "?".)
inline constexpr unsigned short kUiGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0};

// The characters of the catalogue's own texts, a part of kUiGlyphRanges: ASCII, the Latin-1
// letters and signs the texts use (Norwegian Æ Ø Å, é è, ©, « », ·), dashes, quotation marks,
// the bullet, the ellipsis, single guillemets and €. The first frame's font atlas holds only
// these, as the first screens show no stored data (a third of the glyphs, so a third of the time
// to draw them); the frame after builds kUiGlyphRanges. Every catalogue text stays inside them
// (tests/unit/i18n), or it would show "?" in that one frame.
inline constexpr unsigned short kCatalogueGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A9, 0x00A9, 0x00AB, 0x00AB, 0x00B7, 0x00B7, 0x00BB, 0x00BB,
    0x00C5, 0x00C6, 0x00C9, 0x00C9, 0x00D8, 0x00D8, 0x00E5, 0x00E6, 0x00E8, 0x00E9, 0x00F8, 0x00F8,
    0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x2039, 0x203A, 0x20AC, 0x20AC, 0};

}  // namespace opp
