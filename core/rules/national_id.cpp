// Check-digit and birth-date rules for Norwegian identity numbers, per Skatteetaten (incl. the 2032 rule).
#include "core/rules/national_id.hpp"

#include <array>

namespace opp {
namespace {

constexpr std::array<int, 10> kFirstWeights{3, 7, 6, 1, 8, 9, 4, 5, 2, 1};  // the last weight applies to K1
constexpr std::array<int, 10> kSecondWeights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int digit(std::string_view text, std::size_t i) { return text[i] - '0'; }

unsigned two_digits(std::string_view text, std::size_t i) {
  return static_cast<unsigned>(digit(text, i) * 10 + digit(text, i + 1));
}

// The classic century ranges; nullopt where the individual number does not say.
std::optional<int> century_year(unsigned individual, unsigned yy) {
  const int y = static_cast<int>(yy);
  if (individual <= 499) return 1900 + y;
  if (individual <= 749 && yy >= 54) return 1800 + y;
  if (yy <= 39 && individual >= 500) return 2000 + y;
  if (individual >= 900 && yy >= 40) return 1900 + y;
  return std::nullopt;
}

unsigned days_in_month(int year, unsigned month) {
  return static_cast<unsigned>(
      date::year_month_day_last{date::year{year} / date::month{month} / date::last}.day());
}

}  // namespace

std::string normalize_national_id(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

std::optional<std::string> complete_national_id(std::string_view nine_digits) {
  if (nine_digits.size() != 9 || !all_digits(nine_digits)) return std::nullopt;
  std::string digits(nine_digits);
  int first_sum = 0;
  for (std::size_t i = 0; i < 9; ++i) first_sum += kFirstWeights[i] * digit(digits, i);
  const int k1 = (11 - first_sum % 11) % 11;
  if (k1 == 10) return std::nullopt;
  digits.push_back(static_cast<char>('0' + k1));
  int second_sum = 0;
  for (std::size_t i = 0; i < 10; ++i) second_sum += kSecondWeights[i] * digit(digits, i);
  const int k2 = (11 - second_sum % 11) % 11;
  if (k2 == 10) return std::nullopt;
  digits.push_back(static_cast<char>('0' + k2));
  return digits;
}

std::optional<NationalIdInfo> parse_national_id(std::string_view digits) {
  if (digits.size() != 11 || !all_digits(digits)) return std::nullopt;

  int first_sum = 0;
  int second_sum = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    first_sum += kFirstWeights[i] * digit(digits, i);
    second_sum += kSecondWeights[i] * digit(digits, i);
  }
  const int first_remainder = first_sum % 11;
  if (first_remainder > 3) return std::nullopt;
  int k2 = 11 - second_sum % 11;
  if (k2 == 11) k2 = 0;
  if (k2 == 10 || k2 != digit(digits, 10)) return std::nullopt;

  NationalIdInfo info;
  info.rule = first_remainder == 0 ? ControlRule::Classic : ControlRule::From2032;
  unsigned day = two_digits(digits, 0);
  unsigned month = two_digits(digits, 2);
  const bool d_number = day > 40;
  if (d_number) day -= 40;
  if (month > 80) {
    month -= 80;
    info.kind = d_number ? NationalIdKind::SyntheticDNumber : NationalIdKind::Synthetic;
  } else if (month > 40) {
    month -= 40;
    info.kind = d_number ? NationalIdKind::DAndHNumber : NationalIdKind::HNumber;
  } else {
    info.kind = d_number ? NationalIdKind::DNumber : NationalIdKind::BirthNumber;
  }
  info.day = day;
  info.month = month;
  info.year_digits = two_digits(digits, 4);
  info.individual = static_cast<unsigned>(digit(digits, 6) * 100 + digit(digits, 7) * 10 + digit(digits, 8));
  if (month < 1 || month > 12 || day < 1) return std::nullopt;

  // The century is not part of the number (individual numbers stopped encoding it with the 2032
  // rule), so 29 February is a valid day whenever the two-digit year can be a leap year: every
  // year divisible by 4, 00 included (2000). This is also what NAV's reference validator does.
  if (day > days_in_month(2000 + static_cast<int>(info.year_digits), month)) return std::nullopt;
  const auto year = century_year(info.individual, info.year_digits);
  if (year && day <= days_in_month(*year, month)) info.possible_birth_date = Date::from_ymd(*year, month, day);
  return info;
}

bool is_valid_national_id(std::string_view digits) { return parse_national_id(digits).has_value(); }

std::string mask_national_id(std::string_view digits) {
  if (digits.empty()) return {};
  if (digits.size() != 11 || !all_digits(digits)) return "*****";
  return std::string(digits.substr(0, 6)) + " *****";
}

bool national_id_matches_birth_date(const NationalIdInfo& info, Date birth_date) {
  const auto ymd = birth_date.ymd();
  const int year = static_cast<int>(ymd.year());
  return static_cast<unsigned>(ymd.day()) == info.day && static_cast<unsigned>(ymd.month()) == info.month &&
         static_cast<unsigned>(year % 100) == info.year_digits;
}

}  // namespace opp
