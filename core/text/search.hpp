// Case-insensitive text search that folds Norwegian letters (Æ/æ, Ø/ø, Å/å) as well as ASCII.
#pragma once

#include <string>
#include <string_view>

namespace opp {

// Lower-cases ASCII and the Latin-1/Latin Extended-A letters of UTF-8 text.
std::string fold_case(std::string_view utf8);
// The same, appended to `out` (folding many strings into one buffer without allocating each).
void append_folded(std::string& out, std::string_view utf8);

// True when `needle` occurs in `haystack`, ignoring case; an empty needle matches everything.
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace opp
