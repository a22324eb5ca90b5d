// ISO 8601 text for DateTime: DateTime::ToIso prints as much as the
// precision holds ("2024", "2024-10", "2025-02-08", "2025-02-08T21:50:00+06:00");
// ParseIsoDateTime reads the same forms back, plus "Z", "+0600", "+06", a
// space instead of "T" and fractional seconds (dropped).
#include <cstdio>
#include <string>
#include <string_view>

#include "ghotona/date.h"
#include "time/calendar.h"

namespace ghotona {
namespace {

// Reads exactly n ASCII digits at s[*pos]; advances *pos.
bool ReadDigits(std::string_view s, size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

bool Consume(std::string_view s, size_t* pos, char c) {
  if (*pos < s.size() && s[*pos] == c) {
    ++*pos;
    return true;
  }
  return false;
}

Status Bad(std::string_view s) { return Status::ParseError("not an ISO 8601 date: " + std::string(s)); }

}  // namespace

std::string DateTime::ToIso() const {
  char buf[64];
  switch (precision) {
    case Precision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      return buf;
    case Precision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      return buf;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      return buf;
    case Precision::kMinute:
    case Precision::kSecond:
      break;
  }
  int n =
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
  if (utc_offset_minutes) {
    const int off = *utc_offset_minutes;
    const int a = off < 0 ? -off : off;
    std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
  }
  return buf;
}

Result<DateTime> ParseIsoDateTime(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  DateTime t;
  size_t p = 0;
  if (!ReadDigits(s, &p, 4, &t.year)) return Bad(s);
  t.precision = DateTime::Precision::kYear;
  if (p == s.size()) return t;
  if (!Consume(s, &p, '-') || !ReadDigits(s, &p, 2, &t.month) || t.month < 1 || t.month > 12) {
    return Bad(s);
  }
  t.precision = DateTime::Precision::kMonth;
  if (p == s.size()) return t;
  if (!Consume(s, &p, '-') || !ReadDigits(s, &p, 2, &t.day) || !IsValidGregorian(t.date())) {
    return Bad(s);
  }
  t.precision = DateTime::Precision::kDay;
  if (p == s.size()) return t;
  if (!Consume(s, &p, 'T') && !Consume(s, &p, 't') && !Consume(s, &p, ' ')) return Bad(s);
  if (!ReadDigits(s, &p, 2, &t.hour) || !Consume(s, &p, ':') || !ReadDigits(s, &p, 2, &t.minute) ||
      t.hour > 23 || t.minute > 59) {
    return Bad(s);
  }
  t.precision = DateTime::Precision::kMinute;
  if (Consume(s, &p, ':')) {
    if (!ReadDigits(s, &p, 2, &t.second) || t.second > 60) return Bad(s);
    t.precision = DateTime::Precision::kSecond;
    if (Consume(s, &p, '.') || Consume(s, &p, ',')) {
      const size_t start = p;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
      if (p == start) return Bad(s);
    }
  }
  if (p == s.size()) return t;
  if (Consume(s, &p, 'Z') || Consume(s, &p, 'z')) {
    t.utc_offset_minutes = 0;
  } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
    const int sign = s[p] == '-' ? -1 : 1;
    ++p;
    int hh = 0, mm = 0;
    if (!ReadDigits(s, &p, 2, &hh)) return Bad(s);
    if (Consume(s, &p, ':')) {
      if (!ReadDigits(s, &p, 2, &mm)) return Bad(s);
    } else if (p < s.size()) {
      if (!ReadDigits(s, &p, 2, &mm)) return Bad(s);
    }
    if (hh > 14 || mm > 59) return Bad(s);
    t.utc_offset_minutes = sign * (hh * 60 + mm);
  }
  if (p != s.size()) return Bad(s);
  return t;
}

}  // namespace ghotona
