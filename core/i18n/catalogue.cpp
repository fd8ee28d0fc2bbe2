// Catalogue lookup and placeholder formatting.
#include "core/i18n/catalogue.hpp"

#include <vector>

#include "core/i18n/strings/strings.hpp"

namespace opp {

const char* language_code(Language language) {
  switch (language) {
    case Language::Bokmal: return "nb";
    case Language::Nynorsk: return "nn";
    case Language::English: return "en";
  }
  return "nb";
}

bool parse_language_code(std::string_view code, Language& out) {
  if (code == "nb") out = Language::Bokmal;
  else if (code == "nn") out = Language::Nynorsk;
  else if (code == "en") out = Language::English;
  else return false;
  return true;
}

std::span<const CatalogueEntry> catalogue_entries() {
  static const std::vector<CatalogueEntry> all = [] {
    std::vector<CatalogueEntry> entries;
    for (const auto area : {strings::frame(), strings::views(), strings::persons(), strings::person(),
                            strings::settings(), strings::errors(), strings::intake(), strings::board(),
                            strings::psfs(), strings::evaluation(), strings::vault(), strings::modes()}) {
      entries.insert(entries.end(), area.begin(), area.end());
    }
    return entries;
  }();
  return all;
}

Catalogue::Catalogue() {
  const auto entries = catalogue_entries();
  index_.reserve(entries.size());
  for (const CatalogueEntry& entry : entries) index_.emplace(entry.key, &entry);
}

const char* Catalogue::text(Language language, std::string_view key) const {
  const auto it = index_.find(key);
  if (it == index_.end()) return key.data();
  switch (language) {
    case Language::Bokmal: return it->second->nb;
    case Language::Nynorsk: return it->second->nn;
    case Language::English: return it->second->en;
  }
  return it->second->nb;
}

bool Catalogue::contains(std::string_view key) const { return index_.count(key) != 0; }

std::string format_text(std::string_view pattern, std::initializer_list<std::string_view> args) {
  const std::vector<std::string_view> values(args);
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < values.size()) {
        out += values[n];
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace opp
