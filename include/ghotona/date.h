// Dates as the Bengali press writes them: Bengali and English month names in
// every spelling, Bengali and ASCII digits, ordinals, times with এএম/পিএম and
// পূর্বাহ্ন/অপরাহ্ন/সকাল/রাত..., প্রকাশ:/আপডেট: labels, ISO strings, the revised Bangla
// calendar, Hijri dates (recognised, never misread as Gregorian), weekdays and
// relative words (আজ, গতকাল, গত বছরের অক্টোবরে) resolved against a reference.
//
// Start with DateParser::Load(data_dir). A loaded parser is immutable and
// thread-safe; month and weekday spellings come from data/time/.
#ifndef GHOTONA_DATE_H_
#define GHOTONA_DATE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/status.h"

namespace ghotona {

// A proleptic Gregorian calendar day (or a day of another calendar where noted).
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (negative before).
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);
// 0 = Sunday ... 6 = Saturday.
int DayOfWeek(const CivilDate& d);
bool IsValidGregorian(const CivilDate& d);

// The Bangladesh revised Bangla calendar (2019 rules): 1 Boishakh = 14 April;
// months 1-6 have 31 days, Falgun (11) has 30 in a Gregorian leap year's
// February (else 29), the rest 30. Bangla year = Gregorian year - 593 from
// 14 April, - 594 before it. Month 1 = বৈশাখ ... 12 = চৈত্র.
CivilDate BanglaFromGregorian(const CivilDate& g);
// Error when the Bangla date does not exist.
Result<CivilDate> GregorianFromBangla(const CivilDate& b);

// A point in time, as precise as the text made it.
struct DateTime {
  enum class Precision { kYear, kMonth, kDay, kMinute, kSecond };
  int year = 0;
  int month = 0;  // 0 when precision is kYear
  int day = 0;    // 0 when precision is kYear or kMonth
  int hour = 0;
  int minute = 0;
  int second = 0;
  Precision precision = Precision::kDay;
  // Set when the time of day is known: offset from UTC in minutes.
  std::optional<int> utc_offset_minutes;

  CivilDate date() const { return {year, month, day}; }
  // "2024-10", "2025-02-08", "2025-02-08T21:50:00+06:00".
  std::string ToIso() const;
  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Parses "2025-02-08", "2025-02-08T21:50:00+06:00", "2024-10", "2025-02-08T15:50:00Z".
Result<DateTime> ParseIsoDateTime(std::string_view s);

struct DateOptions {
  // Against which relative words, weekdays and year-less dates are resolved.
  std::optional<CivilDate> reference;
  // The offset given to a time of day printed without one (Asia/Dhaka).
  int default_utc_offset_minutes = 6 * 60;
};

// One date expression found in a text.
struct DateMention {
  enum class Kind {
    kAbsolute,   // day month year, ISO, numeric
    kYearless,   // day + month, year taken from the reference
    kMonthYear,  // "অক্টোবর ২০২৪"
    kWeekday,    // a weekday alone, resolved to the latest such day <= reference
    kRelative,   // আজ, গতকাল, N দিন আগে, গত মাসে...
    kBangla,     // ২১ আশ্বিন ১৪৩২ (value holds the Gregorian day)
    kHijri,      // ১৫ রমজান ১৪৪৬ হিজরি (never used as a Gregorian date)
  };
  enum class Label { kNone, kPublished, kUpdated };

  Kind kind = Kind::kAbsolute;
  Label label = Label::kNone;  // from a প্রকাশ:/আপডেট:/Published/Updated prefix
  DateTime value;              // Gregorian; for kHijri, an approximate conversion
  bool resolved = true;        // false when a reference was needed and missing
  int weekday = -1;            // weekday named in the text (0 = Sunday), -1 none
  size_t begin = 0;            // byte offsets of the expression in the text
  size_t end = 0;
};

class DateParser {
 public:
  // Loads month, weekday and relative-word tables from data_dir/time/.
  static Result<std::unique_ptr<DateParser>> Load(std::string_view data_dir);
  ~DateParser();
  DateParser(const DateParser&) = delete;
  DateParser& operator=(const DateParser&) = delete;

  // Every date expression in text, in order of appearance. A date and a time
  // printed together ("০৮ ফেব্রুয়ারি ২০২৫, ০৯:৫০ পিএম") are one mention.
  std::vector<DateMention> FindAll(std::string_view text, const DateOptions& options) const;

  // The one Gregorian date (or date-time) a short text states, e.g. a date line
  // or a command-line argument; a Bangla-calendar date is converted, a Hijri
  // date alone is an error. Error with a readable reason when there is none.
  Result<DateTime> Parse(std::string_view text, const DateOptions& options) const;

 private:
  struct Tables;
  explicit DateParser(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

}  // namespace ghotona

#endif  // GHOTONA_DATE_H_
