// Internal to core/codec: a pull reader for the stored JSON of the current schema, straight into
// the records, without building a document tree first (the tree of a 10,000-person snapshot is
// hundreds of thousands of nodes, and making and freeing them was most of a start-up).
//
// It reads only what it is sure of. Anything else — a syntax error, a number that is not a plain
// integer, a duplicate key, a value of the wrong type, a string that is not valid UTF-8 — makes it
// give up (ReadRefused), and the caller decodes the same text the tree way, which gives the
// precise error or the migration. So for every text both ways either give the same store, or
// this one gives up: tests/unit/codec/json_reader_test.cpp checks that on the fixtures, synthetic
// caseloads and broken inputs.
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/codec/json_values.hpp"

namespace opp::codec {

// The reader gives up; the caller falls back to the document tree.
struct ReadRefused {};

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  // Objects: begin_object(), then `while (next_key(first, key, scratch))` reads each member's
  // value. The key is a view into the text, or into `scratch` when it has escapes or non-ASCII:
  // valid until the next call with the same scratch.
  void begin_object() { expect('{'); }
  bool next_key(bool& first, std::string_view& key, std::string& scratch) {
    skip_ws();
    if (peek() == '}') {
      ++p_;
      first = false;
      return false;
    }
    if (!first) expect(',');
    first = false;
    key = text(scratch);
    expect(':');
    return true;
  }
  // Arrays: begin_array(), then `while (next_item(first))` reads each element.
  void begin_array() { expect('['); }
  bool next_item(bool& first) {
    skip_ws();
    if (peek() == ']') {
      ++p_;
      return false;
    }
    if (!first) expect(',');
    first = false;
    return true;
  }

  // True (and consumed) when the next value is null.
  bool null() {
    skip_ws();
    if (end_ - p_ >= 4 && std::string_view(p_, 4) == "null") {
      p_ += 4;
      return true;
    }
    return false;
  }
  bool boolean() {
    skip_ws();
    if (end_ - p_ >= 4 && std::string_view(p_, 4) == "true") {
      p_ += 4;
      return true;
    }
    if (end_ - p_ >= 5 && std::string_view(p_, 5) == "false") {
      p_ += 5;
      return false;
    }
    refuse();
  }
  // A plain integer ("-"? digits, no fraction or exponent); `negative` says whether it had a sign.
  std::uint64_t integer(bool& negative) {
    skip_ws();
    negative = peek() == '-';
    if (negative) ++p_;
    const char* start = p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') refuse();
    if (*p_ == '0' && p_ + 1 < end_ && p_[1] >= '0' && p_[1] <= '9') refuse();  // a leading zero
    std::uint64_t value = 0;
    const char* q = start;
    // Up to 19 digits cannot overflow 64 bits; a longer number goes through from_chars.
    while (q < end_ && q - start < 19 && *q >= '0' && *q <= '9') value = value * 10 + static_cast<unsigned>(*q++ - '0');
    if (q < end_ && *q >= '0' && *q <= '9') {
      const auto [next, ec] = std::from_chars(start, end_, value);
      if (ec != std::errc{}) refuse();  // too large for 64 bits: the tree reads it as a float
      q = next;
    }
    p_ = q;
    if (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) refuse();
    return value;
  }
  std::uint64_t unsigned_integer() {
    bool negative = false;
    const std::uint64_t value = integer(negative);
    if (negative) refuse();
    return value;
  }
  void string(std::string& out);
  // The next string: a view into the text when it has no escapes and is plain ASCII (dates,
  // timestamps, enum names), else decoded into `scratch` (valid until the next call).
  std::string_view text(std::string& scratch);
  // Skips one value of any kind, and returns its text (for the parts still read as a tree).
  std::string_view raw_value();
  // Nothing but white space is left.
  void end() {
    skip_ws();
    if (p_ != end_) refuse();
  }

  [[noreturn]] static void refuse() { throw ReadRefused{}; }

 private:
  char peek() const { return p_ < end_ ? *p_ : '\0'; }
  // The end of the run from `p` of characters a string holds as they are (plain ASCII, no
  // quote, backslash or control character).
  const char* plain_run(const char* p) const {
    // Eight bytes at a time while none of them ends the run (a quote, a backslash, a control
    // character or a byte of 0x80 and up), then byte by byte to find the one that does.
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    while (end_ - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      const std::uint64_t quote = v ^ (kOnes * '"');
      const std::uint64_t backslash = v ^ (kOnes * '\\');
      const std::uint64_t stop = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | (v - kOnes * 0x20) | v;
      if (stop & kHighs) break;
      p += 8;
    }
    while (p < end_ && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20 &&
           static_cast<unsigned char>(*p) < 0x80) {
      ++p;
    }
    return p;
  }
  void skip_ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  void expect(char c) {
    skip_ws();
    if (p_ == end_ || *p_ != c) refuse();
    ++p_;
  }
  void skip_string() {
    std::string ignored;
    string(ignored);
  }

  const char* p_;
  const char* end_;
  int depth_ = 0;
};

namespace json_reader_detail {

// The length of the UTF-8 sequence at p (1..4), or 0 when it is not one RFC 3629 allows
// (overlong forms, surrogates and code points above U+10FFFF are refused, as the tree's parser does).
inline std::size_t utf8_length(const char* p, const char* end) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
  const auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return p + i < end && byte(i) >= lo && byte(i) <= hi;
  };
  const unsigned char c = byte(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace json_reader_detail

inline void JsonReader::string(std::string& out) {
  skip_ws();
  if (p_ == end_ || *p_ != '"') refuse();
  ++p_;
  out.clear();
  // The four hex digits of a u-escape.
  const auto hex4 = [this]() {
    if (end_ - p_ < 4) refuse();
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_++;
      value <<= 4;
      if (c >= '0' && c <= '9') value |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') value |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') value |= static_cast<std::uint32_t>(c - 'A' + 10);
      else refuse();
    }
    return value;
  };
  for (;;) {
    const char* run = p_;
    p_ = plain_run(p_);
    out.append(run, p_);
    if (p_ == end_) refuse();
    const auto c = static_cast<unsigned char>(*p_);
    if (c == '"') {
      ++p_;
      return;
    }
    if (c < 0x20) refuse();  // a control character must be escaped
    if (c >= 0x80) {
      const std::size_t n = json_reader_detail::utf8_length(p_, end_);
      if (n == 0) refuse();
      out.append(p_, n);
      p_ += n;
      continue;
    }
    ++p_;  // the backslash
    if (p_ == end_) refuse();
    switch (*p_++) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::uint32_t cp = hex4();
        if (cp >= 0xDC00 && cp <= 0xDFFF) refuse();  // a low surrogate alone
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') refuse();
          p_ += 2;
          const std::uint32_t low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) refuse();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        json_reader_detail::append_utf8(out, cp);
        break;
      }
      default: refuse();
    }
  }
}

inline std::string_view JsonReader::text(std::string& scratch) {
  skip_ws();
  if (p_ < end_ && *p_ == '"') {
    const char* start = p_ + 1;
    const char* q = plain_run(start);
    if (q < end_ && *q == '"') {
      p_ = q + 1;
      return std::string_view(start, static_cast<std::size_t>(q - start));
    }
  }
  string(scratch);
  return scratch;
}

inline std::string_view JsonReader::raw_value() {
  // Nesting deeper than any stored record is left to the tree's parser.
  if (++depth_ > 64) refuse();
  skip_ws();
  const char* start = p_;
  const char c = peek();
  if (c == '"') {
    skip_string();
  } else if (c == '{') {
    begin_object();
    std::string scratch;
    std::string_view key;
    for (bool first = true; next_key(first, key, scratch);) raw_value();
  } else if (c == '[') {
    begin_array();
    for (bool first = true; next_item(first);) raw_value();
  } else if (c == 't' || c == 'f') {
    boolean();
  } else if (c == 'n') {
    if (!null()) refuse();
  } else {
    // A number of any JSON form: -? int frac? exp?
    if (peek() == '-') ++p_;
    const auto digits = [this]() {
      const char* from = p_;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      return p_ - from;
    };
    if (peek() == '0') ++p_;
    else if (digits() == 0) refuse();
    if (peek() == '.') {
      ++p_;
      if (digits() == 0) refuse();
    }
    if (peek() == 'e' || peek() == 'E') {
      ++p_;
      if (peek() == '+' || peek() == '-') ++p_;
      if (digits() == 0) refuse();
    }
  }
  --depth_;
  return std::string_view(start, static_cast<std::size_t>(p_ - start));
}

// [SECTION] Values, as json_values.hpp decodes them from the tree (the same checks, or a refusal)
inline void read(JsonReader& r, std::string& out) { r.string(out); }
inline void read(JsonReader& r, Date& out) {
  // parse_iso_date's rule (yyyy-mm-dd, a day the calendar has), spelled out here so that it is
  // built for speed with the reader: a snapshot holds millions of dates. Calling the shared one,
  // even made inline in calendar.hpp, read a 10,000-person snapshot 8-10 % slower in wasm.
  std::string scratch;
  const std::string_view t = r.text(scratch);
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') JsonReader::refuse();
  const auto digits = [&](std::size_t from, std::size_t count) {
    unsigned value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (t[i] < '0' || t[i] > '9') JsonReader::refuse();
      value = value * 10 + static_cast<unsigned>(t[i] - '0');
    }
    return value;
  };
  const date::year_month_day ymd{date::year{static_cast<int>(digits(0, 4))}, date::month{digits(5, 2)},
                                 date::day{digits(8, 2)}};
  if (!ymd.ok()) JsonReader::refuse();
  out = Date{date::sys_days{ymd}};
}
inline void read(JsonReader& r, Timestamp& out) {
  std::string scratch;
  const auto parsed = parse_iso_timestamp(r.text(scratch));
  if (!parsed || parsed->ms_since_epoch < 0) JsonReader::refuse();
  out = *parsed;
}
inline void read(JsonReader& r, bool& out) { out = r.boolean(); }
inline void read(JsonReader& r, int& out) {
  bool negative = false;
  const std::uint64_t value = r.integer(negative);
  if (value > static_cast<std::uint64_t>(INT_MAX) + (negative ? 1u : 0u)) JsonReader::refuse();
  // "-0" is a signed zero in the tree and decodes as 0 there too.
  out = negative ? static_cast<int>(-static_cast<std::int64_t>(value)) : static_cast<int>(value);
}
inline void read(JsonReader& r, std::uint64_t& out) { out = r.unsigned_integer(); }
inline void read(JsonReader& r, std::uint32_t& out) {
  const std::uint64_t value = r.unsigned_integer();
  if (value > 0xFFFFFFFFull) JsonReader::refuse();
  out = static_cast<std::uint32_t>(value);
}
template <NamedEnum E>
void read(JsonReader& r, E& out) {
  std::string scratch;
  const auto parsed = enum_from_name<E>(r.text(scratch));
  if (!parsed) JsonReader::refuse();
  out = *parsed;
}
template <Record T>
void read(JsonReader& r, T& out);
template <typename T>
void read(JsonReader& r, std::vector<T>& out) {
  out.clear();
  r.begin_array();
  for (bool first = true; r.next_item(first);) {
    T value{};
    read(r, value);
    out.push_back(std::move(value));
  }
}
template <typename T>
void read(JsonReader& r, Table<T>& out) {
  std::vector<T> items;
  read(r, items);
  out.assign(std::move(items));
}
inline void read(JsonReader& r, Hlc& out) {
  r.begin_object();
  bool ms = false, counter = false;
  std::string scratch;
  std::string_view key;
  for (bool first = true; r.next_key(first, key, scratch);) {
    if (key == "ms" && !ms) {
      bool negative = false;
      const std::uint64_t value = r.integer(negative);
      if (negative || value > static_cast<std::uint64_t>(INT64_MAX)) JsonReader::refuse();
      out.ms = static_cast<std::int64_t>(value);
      ms = true;
    } else if (key == "counter" && !counter) {
      read(r, out.counter);
      counter = true;
    } else if (key == "ms" || key == "counter") {
      JsonReader::refuse();  // listed twice: the tree keeps the last, this reader is not sure
    } else {
      r.raw_value();
    }
  }
  if (!ms || !counter) JsonReader::refuse();
}
inline void read(JsonReader& r, IdCounters& out) {
  out.clear();
  r.begin_array();
  std::string scratch;
  std::string_view key;
  for (bool first = true; r.next_item(first);) {
    r.begin_object();
    std::optional<DeviceId> device;
    std::optional<std::uint32_t> last;
    for (bool first_key = true; r.next_key(first_key, key, scratch);) {
      if (key == "device" && !device) {
        device.emplace();
        read(r, *device);
      } else if (key == "last" && !last) {
        last.emplace();
        read(r, *last);
      } else if (key == "device" || key == "last") {
        JsonReader::refuse();
      } else {
        r.raw_value();
      }
    }
    if (!device || !last || !valid_device(*device) || !out.emplace(*device, *last).second) JsonReader::refuse();
  }
}

// Every field of the schema, in any order; unknown keys are skipped, as the tree's look-up does.
template <typename Schema, typename T>
void read_fields(JsonReader& r, T& out) {
  constexpr std::size_t kCount = std::tuple_size_v<decltype(Schema::fields())>;
  static_assert(kCount <= 64, "a record of more than 64 fields");
  std::uint64_t seen = 0;
  r.begin_object();
  std::string scratch;
  std::string_view key;
  // Records are written in the schema's order, so the field after the last one read is tried
  // first; any other order finds its field by name all the same.
  std::size_t expected = 0;
  for (bool first = true; r.next_key(first, key, scratch);) {
    bool known = false;
    for (const bool hinted : {true, false}) {
      std::size_t index = 0;
      for_each_field<Schema>([&](const auto& f) {
        const std::size_t i = index++;
        if (known || (hinted && i != expected) || key != f.name) return;
        known = true;
        expected = i + 1;
        if (seen & (std::uint64_t{1} << i)) JsonReader::refuse();  // a duplicate key
        seen |= std::uint64_t{1} << i;
        auto& value = out.*(f.member);
        if constexpr (requires { value.has_value(); }) {
          if (r.null()) {
            value.reset();
          } else {
            value.emplace();
            read(r, *value);
          }
        } else {
          read(r, value);
        }
      });
      if (known) break;
    }
    if (!known) r.raw_value();
  }
  // A field not in the text: an optional is absent, a field newer than the text keeps its
  // default, anything else is an error the tree reports.
  std::size_t index = 0;
  for_each_field<Schema>([&](const auto& f) {
    const std::size_t i = index++;
    if (seen & (std::uint64_t{1} << i)) return;
    auto& value = out.*(f.member);
    if constexpr (requires { value.has_value(); }) {
      value.reset();
    } else if (f.since == 0) {
      JsonReader::refuse();
    }
  });
}
template <Record T>
void read(JsonReader& r, T& out) {
  read_fields<RecordSchema<T>>(r, out);
}

// A backup or snapshot of the current schema read with this reader (backup_json.cpp); nullopt
// when it gave up. from_backup_json tries it first and decodes the tree when it gives up.
std::optional<Store> read_current_backup(std::string_view text, std::optional<BackupOrigin>* origin);
// The same document decoded the tree way only: every schema version, and the precise errors.
Decoded<Store> from_backup_json_tree(std::string_view text, std::optional<BackupOrigin>* origin);
// The backup document built as one tree and dumped: what to_backup_json and BackupEncoder write
// record by record (their tests compare with it).
std::string to_backup_json_tree(const Store& store, const BackupOrigin* made = nullptr);

}  // namespace opp::codec
