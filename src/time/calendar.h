// Calendar arithmetic behind the date layer: day counts, Gregorian validity,
// the Bangladesh revised Bangla calendar, the tabular Hijri calendar, and the
// helpers the article extractor uses to infer a year (weekday + day + month)
// and to cross-check a page's Gregorian and Bangla dates. The public part
// (DaysFromCivil, BanglaFromGregorian, ...) is declared in ghotona/date.h.
// Pure functions; thread-safe.
#ifndef GHOTONA_TIME_CALENDAR_H_
#define GHOTONA_TIME_CALENDAR_H_

#include <cstdint>
#include <vector>

#include "ghotona/date.h"

namespace ghotona::time {

bool IsLeapYear(int year);
// Days in a Gregorian month (1..12); 0 for a month out of range.
int DaysInMonth(int year, int month);
// Adds n days to a Gregorian date.
CivilDate AddDays(const CivilDate& d, int64_t n);

// The years y in [from_year, to_year] (ascending) in which month/day exists
// and falls on weekday (0 = Sunday). "Thursday 15 February" in 2018..2026
// gives {2024}; "29 February" alone restricts to leap years.
std::vector<int> YearsMatchingWeekday(int month, int day, int weekday, int from_year, int to_year);

// True when the Bangla-calendar date `bangla` (year, month 1 = বৈশাখ, day)
// is the same day as the Gregorian date `gregorian`, as when a page header
// prints both.
// The revised calendar's rules are applied to every year, also before the
// 2019 revision took effect (pages from before it may print a day more).
bool BanglaMatchesGregorian(const CivilDate& bangla, const CivilDate& gregorian);

// The arithmetical (tabular) Islamic calendar, civil epoch (1 Muharram 1 AH =
// 16 July 622 Julian), leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of
// each 30-year cycle. Real Hijri dates follow moon sighting, so a conversion
// may be off by a day or two: use it as an approximation only.
// Error when month is not 1..12 or day not 1..30 (or 30 in a 29-day month).
Result<CivilDate> GregorianFromHijri(const CivilDate& hijri);
CivilDate HijriFromGregorian(const CivilDate& g);

}  // namespace ghotona::time

#endif  // GHOTONA_TIME_CALENDAR_H_
