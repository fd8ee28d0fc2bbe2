// CSV for a Norwegian Excel, and numbers as Norwegians write them.
#pragma once

#include <string>
#include <vector>

namespace opp {

// UTF-8 with a byte-order mark (so Excel reads æøå), fields separated by semicolons, lines ended
// by CRLF; a field holding a semicolon, a quote or a line break is quoted, its quotes doubled.
std::string to_csv(const std::vector<std::vector<std::string>>& rows);
// The byte-order mark to_csv starts with, and one row as to_csv writes it (to build a large file a
// slice at a time).
inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";
void append_csv_row(std::string& out, const std::vector<std::string>& row);

// 4,4 · 12,0 · -1,5 (a decimal comma; `decimals` digits after it, rounded half away from zero).
std::string decimal_comma(double value, int decimals = 1);
// A change: +2,4 · -1,0 · 0,0.
std::string signed_decimal_comma(double value, int decimals = 1);

}  // namespace opp
