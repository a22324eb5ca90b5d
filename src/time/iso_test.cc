// ISO 8601 printing and parsing of DateTime, and their round trip.
#include <gtest/gtest.h>

#include <string>

#include "ghotona/date.h"

namespace ghotona {
namespace {

TEST(DateTimeToIso, PrintsAsMuchAsThePrecisionHolds) {
  DateTime t;
  t.year = 2025;
  t.month = 2;
  t.day = 8;
  t.hour = 21;
  t.minute = 50;
  t.precision = DateTime::Precision::kDay;
  EXPECT_EQ(t.ToIso(), "2025-02-08");
  t.precision = DateTime::Precision::kMinute;
  t.utc_offset_minutes = 360;
  EXPECT_EQ(t.ToIso(), "2025-02-08T21:50:00+06:00");
  t.utc_offset_minutes = -330;
  EXPECT_EQ(t.ToIso(), "2025-02-08T21:50:00-05:30");
  t.utc_offset_minutes.reset();
  EXPECT_EQ(t.ToIso(), "2025-02-08T21:50:00");
  t.precision = DateTime::Precision::kMonth;
  EXPECT_EQ(t.ToIso(), "2025-02");
  t.precision = DateTime::Precision::kYear;
  EXPECT_EQ(t.ToIso(), "2025");
}

TEST(ParseIsoDateTime, RoundTripsEveryPrecision) {
  for (const char* s : {"2024", "2024-10", "2025-02-08", "2025-02-08T21:50:00+06:00",
                        "2025-02-08T15:50:00+00:00", "1999-12-31T23:59:59-05:30", "2024-02-29"}) {
    auto t = ParseIsoDateTime(s);
    ASSERT_TRUE(t.ok()) << s;
    EXPECT_EQ(t->ToIso(), s);
  }
}

TEST(ParseIsoDateTime, ReadsZuluCompactOffsetsSpacesAndFractions) {
  auto z = ParseIsoDateTime("2025-02-08T15:50:00Z");
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(z->utc_offset_minutes, 0);
  EXPECT_EQ(z->precision, DateTime::Precision::kSecond);
  auto compact = ParseIsoDateTime("2025-02-08 21:50+0600");
  ASSERT_TRUE(compact.ok());
  EXPECT_EQ(compact->ToIso(), "2025-02-08T21:50:00+06:00");
  EXPECT_EQ(compact->precision, DateTime::Precision::kMinute);
  auto frac = ParseIsoDateTime(" 2025-02-08T21:50:07.250+06 ");
  ASSERT_TRUE(frac.ok());
  EXPECT_EQ(frac->ToIso(), "2025-02-08T21:50:07+06:00");
}

TEST(ParseIsoDateTime, RejectsImpossibleAndMalformedDates) {
  for (const char* s :
       {"", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "20240105", "2025-02-08T25:00",
        "2025-02-08T21:50+15:00", "2025-02-08T21:50:00X", "২০২৫-০২-০৮", "2025-02-08T"}) {
    EXPECT_FALSE(ParseIsoDateTime(s).ok()) << s;
  }
}

}  // namespace
}  // namespace ghotona
