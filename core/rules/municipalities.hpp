// Norway's municipalities (kommuner) as data, for the searchable municipality field.
// The list is SSB's classification of municipalities valid from 1 January 2024 (357); see
// docs/MUNICIPALITIES.md for where it comes from and how to update it.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace opp {

struct Municipality {
  std::string_view number;    // kommunenummer, four digits
  std::string_view name;      // the name in daily Norwegian use
  std::string_view county;    // fylke
  std::string_view alt_name;  // an official Sami or Kven parallel name, or ""
};

// Sorted by name in Norwegian order (a–z, then æ, ø, å).
std::span<const Municipality> municipalities();

// Up to `limit` municipalities for what is typed (case-insensitive, æøå included): names that
// start with it first, then names with a word that starts with it, then names (or parallel
// names) that contain it; digits match the number's start. Empty text gives the first `limit`.
std::vector<const Municipality*> search_municipalities(std::string_view query, std::size_t limit);

// The municipality whose name or parallel name is exactly `name` (ignoring letter case and
// surrounding spaces), or nullptr — also when the name is ambiguous (Herøy, Våler: two counties).
const Municipality* find_municipality(std::string_view name);

}  // namespace opp
