// Calendar arithmetic: day numbers, leap years, the revised Bangla calendar
// (every day of 2019-2026 round-trips; national days land where the 2019
// revision put them), the tabular Hijri calendar and the year-inference helpers.
#include "time/calendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace ghotona::time {
namespace {

TEST(Calendar, DayNumbersRoundTripAcrossCenturies) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  for (int64_t d = -800000; d <= 800000; d += 97) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
}

TEST(Calendar, WeekdaysAreCountedFromSunday) {
  EXPECT_EQ(DayOfWeek({1970, 1, 1}), 4);
  EXPECT_EQ(DayOfWeek({2025, 2, 8}), 6);   // a Saturday
  EXPECT_EQ(DayOfWeek({2025, 10, 6}), 1);  // a Monday
  EXPECT_EQ(DayOfWeek({1969, 12, 28}), 0);
}

TEST(Calendar, LeapYearsFollowTheGregorianRule) {
  EXPECT_TRUE(IsValidGregorian({2024, 2, 29}));
  EXPECT_FALSE(IsValidGregorian({2023, 2, 29}));
  EXPECT_TRUE(IsValidGregorian({2000, 2, 29}));
  EXPECT_FALSE(IsValidGregorian({1900, 2, 29}));
  EXPECT_FALSE(IsValidGregorian({2024, 4, 31}));
  EXPECT_FALSE(IsValidGregorian({2024, 13, 1}));
  EXPECT_FALSE(IsValidGregorian({2024, 1, 0}));
}

TEST(BanglaCalendar, EveryDayFrom2019To2026RoundTrips) {
  const int64_t first = DaysFromCivil({2019, 1, 1});
  const int64_t last = DaysFromCivil({2026, 12, 31});
  CivilDate prev = BanglaFromGregorian(CivilFromDays(first - 1));
  for (int64_t d = first; d <= last; ++d) {
    const CivilDate g = CivilFromDays(d);
    const CivilDate b = BanglaFromGregorian(g);
    auto back = GregorianFromBangla(b);
    ASSERT_TRUE(back.ok()) << g.year << "-" << g.month << "-" << g.day;
    EXPECT_EQ(*back, g);
    // Consecutive days are consecutive Bangla days.
    const bool next_day = b.year == prev.year && b.month == prev.month && b.day == prev.day + 1;
    const bool next_month = b.year == prev.year && b.month == prev.month + 1 && b.day == 1;
    const bool next_year = b.year == prev.year + 1 && b.month == 1 && b.day == 1 && prev.month == 12;
    EXPECT_TRUE(next_day || next_month || next_year) << g.year << "-" << g.month << "-" << g.day;
    prev = b;
  }
}

struct BanglaAnchor {
  CivilDate gregorian;
  CivilDate bangla;
};

TEST(BanglaCalendar, NationalDaysFallWhereTheRevisionPutThem) {
  const BanglaAnchor anchors[] = {
      {{2025, 4, 14}, {1432, 1, 1}},                                     // Pohela Boishakh
      {{2024, 4, 13}, {1430, 12, 30}},                                   // the eve of the new year
      {{2024, 12, 16}, {1431, 9, 1}},                                    // Victory Day = 1 Poush since 2019
      {{2025, 2, 21}, {1431, 11, 8}},                                    // Language Martyrs' Day = 8 Falgun
      {{2024, 2, 21}, {1430, 11, 8}},  {{2025, 3, 26}, {1431, 12, 12}},  // Independence Day = 12 Chaitra
      {{2024, 3, 26}, {1430, 12, 12}}, {{2025, 5, 8}, {1432, 1, 25}},    // Rabindra Jayanti = 25 Boishakh
      {{2025, 10, 6}, {1432, 6, 21}},  {{2023, 9, 30}, {1430, 6, 15}},
      {{2025, 10, 16}, {1432, 6, 31}},  // Ashwin has 31 days
      {{2025, 10, 17}, {1432, 7, 1}},
  };
  for (const auto& a : anchors) {
    EXPECT_EQ(BanglaFromGregorian(a.gregorian), a.bangla)
        << a.gregorian.year << "-" << a.gregorian.month << "-" << a.gregorian.day;
    auto g = GregorianFromBangla(a.bangla);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(*g, a.gregorian);
  }
}

TEST(BanglaCalendar, FalgunHasThirtyDaysOnlyWhenFebruaryHasTwentyNine) {
  EXPECT_TRUE(GregorianFromBangla({1430, 11, 30}).ok());  // Feb-Mar 2024
  EXPECT_EQ(*GregorianFromBangla({1430, 11, 30}), (CivilDate{2024, 3, 14}));
  EXPECT_FALSE(GregorianFromBangla({1431, 11, 30}).ok());  // Feb-Mar 2025
  EXPECT_EQ(*GregorianFromBangla({1431, 11, 29}), (CivilDate{2025, 3, 14}));
  EXPECT_FALSE(GregorianFromBangla({1432, 7, 31}).ok());  // Kartik has 30
  EXPECT_FALSE(GregorianFromBangla({1432, 13, 1}).ok());
  EXPECT_FALSE(GregorianFromBangla({1432, 1, 0}).ok());
}

TEST(BanglaCalendar, CrossCheckAcceptsOnlyTheSameDay) {
  EXPECT_TRUE(BanglaMatchesGregorian({1430, 6, 15}, {2023, 9, 30}));
  EXPECT_FALSE(BanglaMatchesGregorian({1430, 6, 16}, {2023, 9, 30}));
  EXPECT_FALSE(BanglaMatchesGregorian({1430, 6, 15}, {2023, 2, 30}));
}

TEST(HijriCalendar, TabularConversionMatchesKnownDatesWithinADay) {
  // 1 Ramadan 1446 was observed on 1-2 March 2025; 1 Muharram 1447 on 26-27 June 2025.
  auto ramadan = GregorianFromHijri({1446, 9, 1});
  ASSERT_TRUE(ramadan.ok());
  EXPECT_LE(std::abs(DaysFromCivil(*ramadan) - DaysFromCivil({2025, 3, 1})), 1);
  auto muharram = GregorianFromHijri({1447, 1, 1});
  ASSERT_TRUE(muharram.ok());
  EXPECT_LE(std::abs(DaysFromCivil(*muharram) - DaysFromCivil({2025, 6, 26})), 1);
  EXPECT_FALSE(GregorianFromHijri({1446, 13, 1}).ok());
  EXPECT_FALSE(GregorianFromHijri({1446, 2, 30}).ok());  // even months have 29 days
}

TEST(HijriCalendar, ConversionRoundTripsForEveryDayOfADecade) {
  for (int64_t d = DaysFromCivil({2019, 1, 1}); d <= DaysFromCivil({2029, 1, 1}); ++d) {
    const CivilDate g = CivilFromDays(d);
    auto back = GregorianFromHijri(HijriFromGregorian(g));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, g);
  }
}

TEST(YearInference, WeekdayDayAndMonthNarrowTheYears) {
  // Thursday 15 February: 2018 or 2024; a 29 February in the same text leaves 2024.
  EXPECT_EQ(YearsMatchingWeekday(2, 15, 4, 2018, 2026), (std::vector<int>{2018, 2024}));
  EXPECT_EQ(YearsMatchingWeekday(2, 8, 6, 2018, 2026), (std::vector<int>{2020, 2025}));
}

TEST(YearInference, TwentyNinthOfFebruaryExistsOnlyInLeapYears) {
  std::vector<int> leap;
  for (int wd = 0; wd < 7; ++wd) {
    for (int y : YearsMatchingWeekday(2, 29, wd, 2018, 2026)) leap.push_back(y);
  }
  std::sort(leap.begin(), leap.end());
  EXPECT_EQ(leap, (std::vector<int>{2020, 2024}));
}

}  // namespace
}  // namespace ghotona::time
