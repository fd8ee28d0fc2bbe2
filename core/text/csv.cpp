// CSV and decimal commas (csv.hpp).
#include "core/text/csv.hpp"

#include <cmath>
#include <cstdio>

namespace opp {

void append_csv_row(std::string& out, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ';';
    const std::string& field = row[i];
    if (field.find_first_of(";\"\r\n") == std::string::npos) {
      out += field;
      continue;
    }
    out += '"';
    for (const char c : field) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
}

std::string to_csv(const std::vector<std::vector<std::string>>& rows) {
  std::string out = kCsvBom;
  for (const std::vector<std::string>& row : rows) append_csv_row(out, row);
  return out;
}

std::string decimal_comma(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0.0) rounded = 0.0;  // no "-0,0"
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, rounded);
  std::string s = text;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

std::string signed_decimal_comma(double value, int decimals) {
  const std::string s = decimal_comma(value, decimals);
  return s.front() == '-' || s.find_first_not_of("0,") == std::string::npos ? s : "+" + s;
}

}  // namespace opp
