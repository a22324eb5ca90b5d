// The word tables of the date parser, loaded from data_dir/time/*.tsv
// (months.tsv, weekdays.tsv, words.tsv, suffixes.tsv; each file documents its
// format in its header), and the light folding applied to both the table
// spellings and the words of the input: ASCII lower-cased, ZWJ/ZWNJ dropped,
// nukta letters composed (U+09AF U+09BC -> U+09DF, likewise ড় ঢ়) and
// অ + া -> আ. Immutable after loading; thread-safe to read.
#ifndef GHOTONA_TIME_TABLES_H_
#define GHOTONA_TIME_TABLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ghotona/status.h"

namespace ghotona::time {

// kHour: hours and minutes; "N ঘণ্টা আগে" names the reference day.
enum class Unit : uint8_t { kNone, kHour, kDay, kWeek, kMonth, kYear };
enum class DayPart : uint8_t { kNone, kAsIs, kNoon, kPm, kNight };
enum class LabelKind : uint8_t { kNone, kPublished, kUpdated };

// Everything the tables say about one folded spelling; a spelling may have
// several roles (English "last" is a label filler and a modifier).
struct WordInfo {
  int8_t gregorian_month = 0;  // 1..12, 0 none
  int8_t bangla_month = 0;
  int8_t hijri_month = 0;
  int8_t weekday = -1;  // 0 = Sunday
  bool weekday_abbr = false;
  LabelKind label = LabelKind::kNone;
  bool label_filler = false;
  bool has_relative_day = false;
  int8_t relative_day = 0;
  int8_t relative_bare = 0;  // > 0: distance in days, needs a modifier
  bool has_modifier = false;
  int8_t modifier = 0;  // -1 past, 0 current, +1 next
  Unit unit = Unit::kNone;
  bool before = false;
  bool after = false;
  bool year_word = false;
  bool era_bangla = false;
  bool era_hijri = false;
  bool date_word = false;
  bool minute_word = false;
  // টা/টায় after an hour: 2 always a time (১০টায়), 1 weak: also a counting
  // classifier (১০টা বই), so a time only with a day part, minutes or am/pm.
  int8_t hour_word = 0;
  bool clock_hours = false;  // ঘণ্টা after a four-digit 24-hour time (১৭২৮ ঘণ্টা)
  int8_t ampm = 0;           // 1 am, 2 pm
  DayPart daypart = DayPart::kNone;
  bool has_half = false;
  int8_t half = 0;  // minutes added to the hour
  bool has_tz = false;
  int16_t tz = 0;  // minutes
  bool ordinal = false;
  int8_t day_word = 0;
  bool stop = false;
  // The first word of a two-word spelling (রবিউল in রবিউল আউয়াল).
  bool starts_phrase = false;
};

// Appends the folded form of utf8 to *out (see the file comment).
void FoldWord(std::string_view utf8, std::string* out);

class Tables {
 public:
  static Result<Tables> Load(std::string_view data_dir);

  // Info for an already folded word: exact spelling first, else the word with
  // one inflection suffix stripped (longest suffix first). nullptr when
  // unknown or a stop word.
  const WordInfo* Lookup(std::string_view folded) const;
  // Exact match only (two-word spellings are looked up as "first second").
  const WordInfo* LookupExact(std::string_view folded) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Status LoadFile(const std::string& path, int kind);
  Status AddLine(std::string_view word, std::string_view a, std::string_view b, int kind,
                 const std::string& where);

  std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>> words_;
  std::vector<std::string> suffixes_;  // folded, longest first
};

}  // namespace ghotona::time

#endif  // GHOTONA_TIME_TABLES_H_
