// Norwegian identity numbers (fødselsnummer, D-number, H-number, synthetic): check digits, kinds, masking.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/domain/calendar.hpp"

namespace opp {

// Which kind of number: the offsets on day (+40) and month (+40 H, +80 synthetic) tell.
enum class NationalIdKind {
  BirthNumber,      // fødselsnummer
  DNumber,          // D-nummer: day + 40 (foreign nationals)
  HNumber,          // H-nummer: month + 40 (temporary, health services)
  Synthetic,        // syntetisk: month + 80 (Skatteetaten's test population)
  SyntheticDNumber,  // day + 40 and month + 80
  DAndHNumber        // day + 40 and month + 40: issued in practice, and accepted by NAV's validator
};

// Which first check-digit rule the number satisfies; both are accepted side by side.
enum class ControlRule {
  Classic,   // K1 = 11 − (sum mod 11), weighted sum including K1 ≡ 0 (mod 11)
  From2032   // Skatteetaten's rule from 1 January 2032: remainder 1, 2 or 3 also allowed
};

struct NationalIdInfo {
  NationalIdKind kind = NationalIdKind::BirthNumber;
  ControlRule rule = ControlRule::Classic;
  unsigned day = 0;         // offsets removed
  unsigned month = 0;       // offsets removed
  unsigned year_digits = 0; // YY, 0..99
  unsigned individual = 0;  // III, 0..999
  // From the classic century ranges of the individual number: only a *possible* birth date
  // (2032 numbers no longer encode the century). Never derive sex from the number.
  std::optional<Date> possible_birth_date;
};

// Removes spaces (people type "150375 12345"); does not validate.
std::string normalize_national_id(std::string_view text);

// Parses exactly eleven digits; nullopt when the length, the date part or a check digit is wrong.
std::optional<NationalIdInfo> parse_national_id(std::string_view digits);
bool is_valid_national_id(std::string_view digits);

// The eleven digits with the check digits (the classic rule) appended to the first nine, or
// nullopt when they are not nine digits or no check digit fits (K1 or K2 would be 10).
std::optional<std::string> complete_national_id(std::string_view nine_digits);

// "15037512345" → "150375 *****": lists show the date part only.
std::string mask_national_id(std::string_view digits);

// True when the number's day, month and two-digit year agree with the birth date.
bool national_id_matches_birth_date(const NationalIdInfo& info, Date birth_date);

}  // namespace opp
