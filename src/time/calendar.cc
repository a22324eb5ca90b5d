// Calendar arithmetic: Gregorian day numbers (Howard Hinnant's days_from_civil
// algorithm), the Bangladesh revised Bangla calendar, and the tabular Hijri
// calendar. See calendar.h and ghotona/date.h for the rules.
#include "time/calendar.h"

#include <string>

namespace ghotona {
namespace {

// Floor division for possibly negative numerators.
int64_t FloorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Lengths of the Bangla months of the year that starts on 14 April of
// gregorian_start_year: Falgun (11) falls in February of the next year.
int BanglaMonthLength(int month, int gregorian_start_year) {
  if (month >= 1 && month <= 6) return 31;
  if (month == 11) return time::IsLeapYear(gregorian_start_year + 1) ? 30 : 29;
  return 30;
}

}  // namespace

int64_t DaysFromCivil(const CivilDate& d) {
  int64_t y = d.year;
  const int64_t m = d.month;
  y -= m <= 2 ? 1 : 0;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int DayOfWeek(const CivilDate& d) {
  // 1970-01-01 was a Thursday (4).
  const int64_t w = (DaysFromCivil(d) + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

bool IsValidGregorian(const CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= time::DaysInMonth(d.year, d.month);
}

CivilDate BanglaFromGregorian(const CivilDate& g) {
  const bool after_new_year = g.month > 4 || (g.month == 4 && g.day >= 14);
  const int start_year = after_new_year ? g.year : g.year - 1;
  int64_t offset = DaysFromCivil(g) - DaysFromCivil({start_year, 4, 14});
  int month = 1;
  while (month < 12 && offset >= BanglaMonthLength(month, start_year)) {
    offset -= BanglaMonthLength(month, start_year);
    ++month;
  }
  return {start_year - 593, month, static_cast<int>(offset) + 1};
}

Result<CivilDate> GregorianFromBangla(const CivilDate& b) {
  const int start_year = b.year + 593;
  if (b.month < 1 || b.month > 12 || b.day < 1 || b.day > BanglaMonthLength(b.month, start_year)) {
    return Status::InvalidArgument("no such Bangla date: " + std::to_string(b.day) + "/" +
                                   std::to_string(b.month) + "/" + std::to_string(b.year));
  }
  int64_t offset = b.day - 1;
  for (int m = 1; m < b.month; ++m) offset += BanglaMonthLength(m, start_year);
  return CivilFromDays(DaysFromCivil({start_year, 4, 14}) + offset);
}

namespace time {
namespace {

// Fixed day number (days since 1970-01-01) of 1 Muharram 1 AH, civil epoch:
// 16 July 622 Julian = 19 July 622 proleptic Gregorian.
constexpr int64_t kHijriEpoch = -492148;

bool IsHijriLeapYear(int64_t year) { return ((14 + 11 * year) % 30 + 30) % 30 < 11; }

int HijriMonthLength(int64_t year, int month) {
  if (month % 2 == 1) return 30;
  if (month == 12 && IsHijriLeapYear(year)) return 30;
  return 29;
}

int64_t DaysFromHijri(int64_t year, int month, int day) {
  return kHijriEpoch - 1 + (year - 1) * 354 + FloorDiv(3 + 11 * year, 30) + 29 * (month - 1) + month / 2 +
         day;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

CivilDate AddDays(const CivilDate& d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

std::vector<int> YearsMatchingWeekday(int month, int day, int weekday, int from_year, int to_year) {
  std::vector<int> years;
  for (int y = from_year; y <= to_year; ++y) {
    const CivilDate d{y, month, day};
    if (IsValidGregorian(d) && DayOfWeek(d) == weekday) years.push_back(y);
  }
  return years;
}

bool BanglaMatchesGregorian(const CivilDate& bangla, const CivilDate& gregorian) {
  return IsValidGregorian(gregorian) && BanglaFromGregorian(gregorian) == bangla;
}

Result<CivilDate> GregorianFromHijri(const CivilDate& h) {
  if (h.month < 1 || h.month > 12 || h.day < 1 || h.day > HijriMonthLength(h.year, h.month) || h.year < 1) {
    return Status::InvalidArgument("no such Hijri date: " + std::to_string(h.day) + "/" +
                                   std::to_string(h.month) + "/" + std::to_string(h.year));
  }
  return CivilFromDays(DaysFromHijri(h.year, h.month, h.day));
}

CivilDate HijriFromGregorian(const CivilDate& g) {
  const int64_t days = DaysFromCivil(g);
  int64_t year = FloorDiv(30 * (days - kHijriEpoch) + 10646, 10631);
  while (DaysFromHijri(year + 1, 1, 1) <= days) ++year;
  while (DaysFromHijri(year, 1, 1) > days) --year;
  int month = 1;
  while (month < 12 && DaysFromHijri(year, month + 1, 1) <= days) ++month;
  const int day = static_cast<int>(days - DaysFromHijri(year, month, 1)) + 1;
  return {static_cast<int>(year), month, day};
}

}  // namespace time
}  // namespace ghotona
