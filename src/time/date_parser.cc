// The date expression grammar over the scanner's tokens (scanner.h).
//
// FindAll walks the tokens once. At each token it tries, with a bounded
// lookahead (so the whole scan is linear and never backtracks more than a
// few tokens), a mention:
//
//   [label [fillers] [:]]  [time [,|-]] [weekday [,(]] core [)] [, weekday] [, time]
//
// where core is one of
//   day [sep] month [sep year [era]]     ১২ মার্চ ২০২৪, ২১শে ফেব্রুয়ারি, ২৮ ফাল্গুন ১৪৩১ বঙ্গাব্দ,
//                                        ১৫ রমজান ১৪৪৬ হিজরি (Gregorian, Bangla or Hijri by the month)
//   month day [,] year | month year      June 23, 2025 / অক্টোবর ২০২৪
//   dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy   day first, the South Asian convention
//   yyyy-mm-dd [T time [offset]]         ISO
//   yyyy সাল[ের] [month | day month]     ২০২৪ সালের অক্টোবরে, ১৯৭৯ সালে
//   relative words                       আজ, গতকাল, গত পরশু, N দিন আগে, গত মাসে,
//                                        গত বছরের অক্টোবরে, চলতি মাসের ১০ তারিখে, গত শনিবার
// and a time is  [day part] [সাড়ে] hh[:mm[:ss]] | hhটা(য়) [mm মিনিট] | hhmm ঘণ্টা
// [am/pm] [offset]; a bare "১০টা" counts things unless a day part, minutes or
// am/pm make it a time. After a month name a two-digit year (১৭ জুলাই ২৪) is
// read only where the line ends or a separator or a time follows.
// A weekday alone is a mention of its own. A day-month whose day does not
// exist (৩০ ফেব্রুয়ারি) is consumed without a mention, so "ফেব্রুয়ারি ২০২৪"
// is not read from it either.
//
// Resolution rules against DateOptions::reference (r):
//   year-less day + month: the latest such day on or before r + 7 days
//     (news speaks of the recent past); after গত: on or before r; after
//     আগামী: on or after r.
//   weekday alone: the latest such day on or before r; গত X: strictly
//     before r; আগামী X: strictly after r.
//   পরশু alone: two days ago (the press reports the past); আগামী পরশু: +2.
//   গত/আগামী সপ্তাহে: r -/+ 7 days, precision day.
//   গত/আগামী/চলতি মাসে: that month (precision month); বছর likewise (year).
//   N ঘণ্টা/মিনিট আগে: r itself (the reference has no time of day)
//   N দিন/সপ্তাহ আগে or পরে, N মাস/বছর আগে: r moved by N units; "N বছর পর"
//     is a duration in news text ("after 28 years"), not a date.
// Without r these mentions keep resolved = false.
#include <algorithm>
#include <string>

#include "ghotona/date.h"
#include "time/calendar.h"
#include "time/scanner.h"
#include "time/tables.h"

namespace ghotona {

struct DateParser::Tables {
  time::Tables words;
};

namespace {

using time::DayPart;
using time::LabelKind;
using time::Scanner;
using time::Token;
using time::Unit;
using time::WordInfo;
using Kind = DateMention::Kind;
using Precision = DateTime::Precision;

// Days a year-less date may lie after the reference (a page written late at
// night about "tomorrow", a schedule).
constexpr int kYearlessSlackDays = 7;

constexpr uint32_t kDanda = 0x0964;

bool IsPunct(const Token& t, uint32_t c) { return t.kind == Token::Kind::kPunct && t.punct == c; }
bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }
const WordInfo* Info(const Token& t) { return t.kind == Token::Kind::kWord ? t.info : nullptr; }
bool Glued(const Token& t) { return !t.space_before; }

// A day number: one or two digits (or an ordinal), 1..31.
bool DayNumber(const Token& t, int* day) {
  if (t.kind != Token::Kind::kNumber || t.hour_suffix || t.digits > 2) return false;
  if (t.number < 1 || t.number > 31) return false;
  *day = static_cast<int>(t.number);
  return true;
}

// A four-digit year.
bool YearNumber(const Token& t, int* year) {
  if (t.kind != Token::Kind::kNumber || t.ordinal || t.hour_suffix || t.digits != 4) return false;
  if (t.number < 1000) return false;
  *year = static_cast<int>(t.number);
  return true;
}

int64_t Days(const CivilDate& d) { return DaysFromCivil(d); }

// The result of a core date expression.
struct Core {
  Kind kind = Kind::kAbsolute;
  DateTime value;
  bool resolved = true;
  int weekday = -1;
  bool allows_time = false;  // a day is known: a time may attach
  bool iso = false;          // yyyy-mm-dd: a "T" time and "-hh:mm" offsets may follow
  bool blocked = false;      // tokens consumed that are not a date (৩০ ফেব্রুয়ারি)
  size_t end = 0;            // token index after the expression
};

struct Clock {
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool seconds = false;
  bool has_offset = false;
  int offset = 0;
  size_t end = 0;
};

class Grammar {
 public:
  Grammar(const time::Tables& tables, std::string_view text, const DateOptions& options)
      : sc_(tables, text), opt_(options) {}

  std::vector<DateMention> Run();

 private:
  enum class Outcome { kNone, kFound, kBlocked };

  Token At(size_t i) { return sc_.At(i); }
  // Skips punctuation tokens listed in `allowed` (at most max of them) that
  // stay on the same line; returns the index after them.
  size_t SkipSeps(size_t i, std::string_view allowed, int max);
  // Whether the token at i continues the current line.
  bool SameLine(size_t i) { return !At(i).newline_before && At(i).kind != Token::Kind::kEnd; }

  // A whole mention (times, weekday, core) starting at token i.
  Outcome Mention(size_t i, DateMention* m, size_t* end);
  // A core date expression starting at token i.
  bool CoreAt(size_t i, Core* c);
  // A time of day starting at token i (iso: after the "T" of an ISO date).
  bool TimeAt(size_t i, bool iso, Clock* clock);
  // A UTC offset or zone word after a time; sets clock->has_offset.
  bool OffsetAt(size_t i, bool iso, Clock* clock);
  // The weekday named by token i, or -1.
  int WeekdayAt(size_t i, bool allow_abbr);
  // A two-digit year after a month name ("১৭ জুলাই ২৪ | ১১:৩৯"): only where
  // the line ends, a separator or a time follows, so "২৪ জন" stays a count.
  bool ShortYear(size_t k, int* year);

  // Cores by their first token: a number, a day number and a month name
  // (j = the token after the day), a month name, a relative word.
  bool NumberStart(size_t i, Core* c);
  bool DayMonth(int day, size_t j, Core* c);
  bool MonthStart(size_t i, Core* c);
  bool RelativeStart(size_t i, Core* c);

  // Resolution helpers: fill c->value or mark it unresolved.
  void SetDay(Core* c, const CivilDate& d);
  // A full Gregorian date: sets it as kAbsolute, or blocks the candidate and
  // returns false when the day does not exist (30 February).
  bool SetAbsoluteDay(Core* c, const CivilDate& d);
  void SetYearless(Core* c, int month, int day, int direction);
  void SetWeekday(Core* c, int weekday, int direction);
  void SetRelativeDays(Core* c, int64_t days);
  void SetRelativeMonth(Core* c, int months_from_reference);
  void SetMonthInYear(Core* c, int year, int month);

  Scanner sc_;
  const DateOptions& opt_;
};

size_t Grammar::SkipSeps(size_t i, std::string_view allowed, int max) {
  for (int n = 0; n < max; ++n) {
    const Token t = At(i);
    if (t.kind != Token::Kind::kPunct || t.newline_before || t.punct > 0x7F ||
        allowed.find(static_cast<char>(t.punct)) == std::string_view::npos) {
      break;
    }
    ++i;
  }
  return i;
}

bool Grammar::ShortYear(size_t k, int* year) {
  const Token t = At(k);
  if (t.kind != Token::Kind::kNumber || t.digits != 2 || t.ordinal || t.hour_suffix) return false;
  const Token next = At(k + 1);
  bool ends = next.kind == Token::Kind::kEnd || next.newline_before || IsPunct(next, '|') ||
              IsPunct(next, kDanda) || IsPunct(next, ',');
  Clock clock;
  if (!ends && !IsPunct(next, ':') && !IsPunct(next, '.'))
    ends = TimeAt(SkipSeps(k + 1, "-", 1), false, &clock);
  if (!ends) return false;
  *year = 2000 + static_cast<int>(t.number);
  return true;
}

int Grammar::WeekdayAt(size_t i, bool allow_abbr) {
  const WordInfo* w = Info(At(i));
  if (w == nullptr || w->weekday < 0 || (w->weekday_abbr && !allow_abbr)) return -1;
  return w->weekday;
}

void Grammar::SetDay(Core* c, const CivilDate& d) {
  c->value = DateTime{};
  c->value.year = d.year;
  c->value.month = d.month;
  c->value.day = d.day;
  c->value.precision = Precision::kDay;
  c->allows_time = true;
}

void Grammar::SetYearless(Core* c, int month, int day, int direction) {
  c->kind = Kind::kYearless;
  if (!opt_.reference) {
    c->resolved = false;
    c->value = DateTime{};
    c->value.month = month;
    c->value.day = day;
    c->value.precision = Precision::kDay;
    c->allows_time = true;
    return;
  }
  const CivilDate r = *opt_.reference;
  // Latest candidate <= limit (direction <= 0) or earliest >= r (direction > 0);
  // 29 February may need a look eight years back or ahead.
  if (direction > 0) {
    for (int y = r.year; y <= r.year + 8; ++y) {
      const CivilDate d{y, month, day};
      if (IsValidGregorian(d) && Days(d) >= Days(r)) return SetDay(c, d);
    }
  } else {
    const int64_t limit = Days(r) + (direction < 0 ? 0 : kYearlessSlackDays);
    for (int y = r.year + 1; y >= r.year - 8; --y) {
      const CivilDate d{y, month, day};
      if (IsValidGregorian(d) && Days(d) <= limit) return SetDay(c, d);
    }
  }
  c->resolved = false;
}

bool Grammar::SetAbsoluteDay(Core* c, const CivilDate& d) {
  if (!IsValidGregorian(d)) {
    c->blocked = true;
    return false;
  }
  c->kind = Kind::kAbsolute;
  SetDay(c, d);
  return true;
}

void Grammar::SetWeekday(Core* c, int weekday, int direction) {
  c->weekday = weekday;
  if (!opt_.reference) {
    c->resolved = false;
    c->value = DateTime{};
    c->allows_time = true;
    return;
  }
  const CivilDate r = *opt_.reference;
  const int rw = DayOfWeek(r);
  int64_t delta = 0;
  if (direction > 0) {
    delta = (weekday - rw + 7) % 7;
    if (delta == 0) delta = 7;
  } else {
    delta = -((rw - weekday + 7) % 7);
    if (direction < 0 && delta == 0) delta = -7;
  }
  SetDay(c, time::AddDays(r, delta));
}

void Grammar::SetRelativeDays(Core* c, int64_t days) {
  c->kind = Kind::kRelative;
  if (!opt_.reference) {
    c->resolved = false;
    c->value = DateTime{};
    c->allows_time = true;
    return;
  }
  SetDay(c, time::AddDays(*opt_.reference, days));
}

void Grammar::SetRelativeMonth(Core* c, int months) {
  c->kind = Kind::kRelative;
  c->value = DateTime{};
  c->value.precision = Precision::kMonth;
  if (!opt_.reference) {
    c->resolved = false;
    return;
  }
  const int64_t index =
      static_cast<int64_t>(opt_.reference->year) * 12 + (opt_.reference->month - 1) + months;
  c->value.year = static_cast<int>(index / 12);
  c->value.month = static_cast<int>(index % 12) + 1;
}

void Grammar::SetMonthInYear(Core* c, int year, int month) {
  c->value = DateTime{};
  c->value.year = year;
  c->value.month = month;
  c->value.precision = Precision::kMonth;
}

// day [sep] month [sep year [era]]; i is the day token, j the token after it.
bool Grammar::DayMonth(int day, size_t j, Core* c) {
  size_t m = SkipSeps(j, "-/.,", 2);
  if (!SameLine(m)) return false;
  const WordInfo* w = Info(At(m));
  if (w == nullptr) return false;
  // "১০ তারিখ" is a day of an unnamed month (handled by the relative grammar).
  if (w->gregorian_month == 0 && w->bangla_month == 0 && w->hijri_month == 0) return false;
  size_t k = SkipSeps(m + 1, "-/.,", 2);
  int year = 0;
  const bool has_year =
      SameLine(k) && (YearNumber(At(k), &year) || (w->gregorian_month > 0 && ShortYear(k, &year)));
  size_t end = has_year ? k + 1 : m + 1;
  const WordInfo* era = has_year && SameLine(end) ? Info(At(end)) : nullptr;

  if (w->gregorian_month > 0) {
    const int month = w->gregorian_month;
    if (era != nullptr && era->year_word) end = SkipSeps(end + 1, ".", 1);
    c->end = end;
    if (has_year) {
      const CivilDate d{year, month, day};
      SetAbsoluteDay(c, d);
      return true;
    }
    if (day > time::DaysInMonth(2000, month)) {  // 2000: a leap year, so 29 February passes
      c->blocked = true;
      return true;
    }
    SetYearless(c, month, day, 0);
    return true;
  }
  if (w->bangla_month > 0) {
    const int month = w->bangla_month;
    if (era != nullptr && (era->era_bangla || era->year_word)) end = SkipSeps(end + 1, ".", 1);
    c->end = end;
    if (has_year) {
      auto g = GregorianFromBangla({year, month, day});
      if (year >= 1900 || !g.ok()) {  // a Gregorian-range year is not a Bangla year
        c->blocked = true;
        return true;
      }
      c->kind = Kind::kBangla;
      SetDay(c, *g);
      return true;
    }
    if (day > 31 || (month > 6 && day > 30)) {
      c->blocked = true;
      return true;
    }
    c->kind = Kind::kYearless;
    if (!opt_.reference) {
      c->resolved = false;
      c->value = DateTime{};
      c->allows_time = true;
      return true;
    }
    const int by = BanglaFromGregorian(*opt_.reference).year;
    const int64_t limit = Days(*opt_.reference) + kYearlessSlackDays;
    for (int y = by + 1; y >= by - 8; --y) {
      auto g = GregorianFromBangla({y, month, day});
      if (g.ok() && Days(*g) <= limit) {
        SetDay(c, *g);
        return true;
      }
    }
    c->resolved = false;
    return true;
  }
  // Hijri. সফর is also "a visit": only with a year or হিজরি after it.
  const int month = w->hijri_month;
  const bool era_after = SameLine(m + 1) && Info(At(m + 1)) != nullptr && Info(At(m + 1))->era_hijri;
  if (month == 2 && !has_year && !era_after) return false;
  if (era != nullptr && era->era_hijri) end = SkipSeps(end + 1, ".", 1);
  if (!has_year && era_after) end = m + 2;
  c->end = end;
  if (day > 30) {
    c->blocked = true;
    return true;
  }
  c->kind = Kind::kHijri;
  if (!has_year) {
    c->resolved = false;
    c->value = DateTime{};
    return true;
  }
  auto first = time::GregorianFromHijri({year, month, 1});
  if (!first.ok()) {
    c->blocked = true;
    return true;
  }
  SetDay(c, time::AddDays(*first, day - 1));
  c->allows_time = false;
  return true;
}

bool Grammar::NumberStart(size_t i, Core* c) {
  const Token t = At(i);
  int year = 0;
  if (YearNumber(t, &year)) {
    // ISO yyyy-mm-dd (or yyyy/mm/dd).
    const Token s1 = At(i + 1);
    if ((IsPunct(s1, '-') || IsPunct(s1, '/')) && Glued(s1)) {
      const Token mt = At(i + 2), s2 = At(i + 3), dt = At(i + 4);
      if (mt.kind == Token::Kind::kNumber && Glued(mt) && mt.digits <= 2 && !mt.ordinal &&
          IsPunct(s2, s1.punct) && Glued(s2) && dt.kind == Token::Kind::kNumber && Glued(dt) &&
          dt.digits <= 2 && !dt.hour_suffix) {
        c->end = i + 5;
        const CivilDate d{year, static_cast<int>(mt.number), static_cast<int>(dt.number)};
        if (SetAbsoluteDay(c, d)) c->iso = true;
        return true;
      }
    }
    const WordInfo* w = SameLine(i + 1) ? Info(At(i + 1)) : nullptr;
    if (w == nullptr) return false;
    if (w->era_bangla || w->era_hijri) {  // a year of another calendar alone
      c->end = i + 2;
      c->blocked = true;
      return true;
    }
    if (!w->year_word) return false;
    size_t j = SkipSeps(i + 2, ".,", 1);
    // ২০২৪ সালের অক্টোবরে
    if (SameLine(j) && Info(At(j)) != nullptr && Info(At(j))->gregorian_month > 0) {
      c->kind = Kind::kMonthYear;
      SetMonthInYear(c, year, Info(At(j))->gregorian_month);
      c->end = j + 1;
      return true;
    }
    // ২০২৪ সালের ৫ আগস্ট
    int day = 0;
    if (SameLine(j) && DayNumber(At(j), &day)) {
      Core dm;
      if (DayMonth(day, j + 1, &dm) && !dm.blocked && dm.kind == Kind::kYearless && dm.value.month > 0) {
        const CivilDate d{year, dm.value.month, day};
        c->end = dm.end;
        SetAbsoluteDay(c, d);
        return true;
      }
    }
    c->kind = Kind::kAbsolute;
    c->value = DateTime{};
    c->value.year = year;
    c->value.precision = Precision::kYear;
    c->end = i + 2;
    return true;
  }
  // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy
  int day = 0;
  if (DayNumber(t, &day) && !t.ordinal) {
    const Token s1 = At(i + 1);
    if ((IsPunct(s1, '/') || IsPunct(s1, '-') || IsPunct(s1, '.')) && Glued(s1)) {
      const Token mt = At(i + 2), s2 = At(i + 3), yt = At(i + 4);
      if (mt.kind == Token::Kind::kNumber && Glued(mt) && mt.digits <= 2 && !mt.ordinal &&
          IsPunct(s2, s1.punct) && Glued(s2) && Glued(yt) && YearNumber(yt, &year)) {
        c->end = i + 5;
        const CivilDate d{year, static_cast<int>(mt.number), day};
        SetAbsoluteDay(c, d);
        return true;
      }
    }
  }
  // N দিন আগে / পরে
  if (t.kind == Token::Kind::kNumber && !t.ordinal && !t.hour_suffix && t.digits <= 4 && SameLine(i + 1)) {
    const WordInfo* u = Info(At(i + 1));
    const WordInfo* dir = SameLine(i + 2) ? Info(At(i + 2)) : nullptr;
    if (u != nullptr && u->unit != Unit::kNone && dir != nullptr && (dir->before || dir->after)) {
      const int n = static_cast<int>(t.number);
      const int sign = dir->before ? -1 : 1;
      if (dir->after && (u->unit == Unit::kMonth || u->unit == Unit::kYear || u->unit == Unit::kHour))
        return false;
      c->end = i + 3;
      switch (u->unit) {
        // Only the reference day is known, not its time: "৩ ঘণ্টা আগে" is that day.
        case Unit::kHour:
          SetRelativeDays(c, 0);
          return true;
        case Unit::kDay:
          SetRelativeDays(c, sign * int64_t{n});
          return true;
        case Unit::kWeek:
          SetRelativeDays(c, sign * int64_t{7} * n);
          return true;
        case Unit::kMonth:
          SetRelativeMonth(c, sign * n);
          return true;
        case Unit::kYear:
          SetRelativeMonth(c, sign * 12 * n);
          c->value.month = 0;
          c->value.precision = Precision::kYear;
          return true;
        case Unit::kNone:
          break;
      }
      return false;
    }
  }
  if (DayNumber(t, &day)) return DayMonth(day, i + 1, c);
  return false;
}

bool Grammar::MonthStart(size_t i, Core* c) {
  const WordInfo* w = Info(At(i));
  if (w == nullptr || w->gregorian_month == 0) return false;
  const int month = w->gregorian_month;
  const size_t j = SkipSeps(i + 1, ".,-", 2);
  if (!SameLine(j)) return false;
  const Token t = At(j);
  int year = 0, day = 0;
  if (YearNumber(t, &year)) {  // অক্টোবর ২০২৪
    c->kind = Kind::kMonthYear;
    SetMonthInYear(c, year, month);
    c->end = j + 1;
    return true;
  }
  if (!DayNumber(t, &day)) return false;
  // June 23, 2025 / June 23
  const size_t k = SkipSeps(j + 1, ",.", 1);
  if (SameLine(k) && YearNumber(At(k), &year)) {
    c->end = k + 1;
    const CivilDate d{year, month, day};
    SetAbsoluteDay(c, d);
    return true;
  }
  // A clock time right after the month ("May 10:30") is not a day, nor is a
  // count ("জুন ১০ জন"): an unknown word may not follow the number.
  if (IsPunct(At(j + 1), ':')) return false;
  if (SameLine(j + 1) && IsWord(At(j + 1)) && At(j + 1).info == nullptr) return false;
  c->end = j + 1;
  if (day > time::DaysInMonth(2000, month)) {
    c->blocked = true;
    return true;
  }
  SetYearless(c, month, day, 0);
  return true;
}

bool Grammar::RelativeStart(size_t i, Core* c) {
  const WordInfo* w = Info(At(i));
  if (w == nullptr) return false;
  if (w->has_relative_day) {
    SetRelativeDays(c, w->relative_day);
    c->end = i + 1;
    // গতকাল মঙ্গলবার: the weekday names the same day.
    const size_t k = SkipSeps(i + 1, ",(", 1);
    const int wd = SameLine(k) ? WeekdayAt(k, false) : -1;
    if (wd >= 0) {
      c->weekday = wd;
      c->end = SkipSeps(k + 1, ")", 1);
    }
    return true;
  }
  if (w->day_word > 0) {
    return DayMonth(w->day_word, i + 1, c);
  }
  if (!w->has_modifier || !SameLine(i + 1)) return false;
  const int dir = w->modifier;
  const size_t j = i + 1;
  const Token next = At(j);
  const WordInfo* n = Info(next);
  if (n != nullptr) {
    // গত পরশু, আগামী কাল
    if (n->has_relative_day || n->relative_bare > 0) {
      const int dist = n->has_relative_day ? std::abs(n->relative_day) : n->relative_bare;
      if (dir == 0) {
        if (!n->has_relative_day) return false;
        SetRelativeDays(c, n->relative_day);
      } else {
        SetRelativeDays(c, dir * dist);
      }
      c->end = j + 1;
      return true;
    }
    if (n->weekday >= 0 && !n->weekday_abbr) {  // গত শনিবার
      c->kind = Kind::kRelative;
      SetWeekday(c, n->weekday, dir);
      c->end = j + 1;
      return true;
    }
    if (n->gregorian_month > 0) {  // গত অক্টোবরে
      int day = 0;
      const size_t k = SkipSeps(j + 1, ".,", 1);
      if (SameLine(k) && DayNumber(At(k), &day)) return false;  // "গত অক্টোবর ৫": leave to MonthStart
      c->kind = Kind::kRelative;
      c->end = j + 1;
      if (!opt_.reference) {
        SetRelativeMonth(c, 0);
        c->value.month = n->gregorian_month;
        return true;
      }
      const int rm = opt_.reference->month;
      int year = opt_.reference->year;
      if (dir < 0 && n->gregorian_month >= rm) --year;
      if (dir > 0 && n->gregorian_month <= rm) ++year;
      SetMonthInYear(c, year, n->gregorian_month);
      return true;
    }
    if (n->unit == Unit::kWeek) {
      SetRelativeDays(c, 7 * dir);
      c->end = j + 1;
      return true;
    }
    if (n->unit == Unit::kMonth) {
      // চলতি মাসের ১০ তারিখে
      int day = 0;
      const size_t k = j + 1;
      const WordInfo* dw = SameLine(k + 1) ? Info(At(k + 1)) : nullptr;
      if (SameLine(k) && DayNumber(At(k), &day) && dw != nullptr && dw->date_word) {
        c->kind = Kind::kRelative;
        c->end = k + 2;
        if (!opt_.reference) {
          SetRelativeMonth(c, dir);
          c->value.day = day;
          c->value.precision = Precision::kDay;
          c->allows_time = true;
          return true;
        }
        SetRelativeMonth(c, dir);
        const CivilDate d{c->value.year, c->value.month, day};
        if (!IsValidGregorian(d)) {
          c->blocked = true;
          return true;
        }
        SetDay(c, d);
        return true;
      }
      SetRelativeMonth(c, dir);
      c->end = j + 1;
      return true;
    }
    if (n->unit == Unit::kYear) {
      c->kind = Kind::kRelative;
      const int year = opt_.reference ? opt_.reference->year + dir : 0;
      const size_t k = SkipSeps(j + 1, ",", 1);
      const WordInfo* mw = SameLine(k) ? Info(At(k)) : nullptr;
      int day = 0;
      if (mw != nullptr && mw->gregorian_month > 0) {  // গত বছরের অক্টোবরে
        SetMonthInYear(c, year, mw->gregorian_month);
        c->resolved = opt_.reference.has_value();
        c->end = k + 1;
        return true;
      }
      if (SameLine(k) && DayNumber(At(k), &day)) {  // গত বছরের ৫ আগস্ট
        Core dm;
        if (DayMonth(day, k + 1, &dm) && !dm.blocked && dm.kind == Kind::kYearless) {
          c->end = dm.end;
          const int month = dm.value.month;
          if (!opt_.reference) {
            c->resolved = false;
            c->value = DateTime{};
            c->value.month = month;
            c->value.day = day;
            c->allows_time = true;
            return true;
          }
          const CivilDate d{year, month, day};
          if (!IsValidGregorian(d)) {
            c->blocked = true;
            return true;
          }
          SetDay(c, d);
          return true;
        }
      }
      c->value = DateTime{};
      c->value.year = year;
      c->value.precision = Precision::kYear;
      c->resolved = opt_.reference.has_value();
      c->end = j + 1;
      return true;
    }
  }
  // গত ২০ অক্টোবর / আগামী ৫ মার্চ
  int day = 0;
  if (DayNumber(next, &day)) {
    Core dm;
    if (DayMonth(day, j + 1, &dm) && !dm.blocked && dm.kind == Kind::kYearless && dir != 0) {
      const int month = dm.value.month;
      *c = Core{};
      SetYearless(c, month, day, dir);
      c->end = dm.end;
      return true;
    }
    // গত ১০ বছরে: a span, not a date.
    const WordInfo* u = SameLine(j + 1) ? Info(At(j + 1)) : nullptr;
    if (u != nullptr && u->unit != Unit::kNone) {
      c->blocked = true;
      c->end = j + 2;
      return true;
    }
  }
  return false;
}

bool Grammar::CoreAt(size_t i, Core* c) {
  const Token t = At(i);
  if (t.kind == Token::Kind::kEnd) return false;
  if (t.kind == Token::Kind::kNumber) return NumberStart(i, c);
  if (!IsWord(t) || t.info == nullptr) return false;
  if (MonthStart(i, c)) return true;
  return RelativeStart(i, c);
}

bool Grammar::OffsetAt(size_t i, bool iso, Clock* clock) {
  Token t = At(i);
  if (!SameLine(i)) return false;
  bool named = false;
  if (const WordInfo* w = Info(t); w != nullptr && w->has_tz) {
    // GMT, UTC, BST; a signed offset may follow (GMT+6).
    named = true;
    clock->has_offset = true;
    clock->offset = w->tz;
    clock->end = i + 1;
    ++i;
    t = At(i);
    if (!SameLine(i)) return true;
  } else if (iso && t.letter == 'z' && Glued(t)) {
    clock->has_offset = true;
    clock->offset = 0;
    clock->end = i + 1;
    return true;
  }
  const bool plus = IsPunct(t, '+');
  const bool minus = IsPunct(t, '-') && (named || (iso && Glued(t)));
  if (!plus && !minus) return named;
  const Token h = At(i + 1);
  if (h.kind != Token::Kind::kNumber || !Glued(h) || h.ordinal || h.hour_suffix) return named;
  int hh = 0, mm = 0;
  size_t end = i + 2;
  if (h.digits <= 2) {
    hh = static_cast<int>(h.number);
    const Token colon = At(i + 2), m = At(i + 3);
    if (IsPunct(colon, ':') && Glued(colon) && m.kind == Token::Kind::kNumber && Glued(m) && m.digits == 2) {
      mm = static_cast<int>(m.number);
      end = i + 4;
    }
  } else if (h.digits == 4) {
    hh = static_cast<int>(h.number / 100);
    mm = static_cast<int>(h.number % 100);
  } else {
    return named;
  }
  if (hh > 14 || mm > 59) return named;
  clock->has_offset = true;
  clock->offset = (plus ? 1 : -1) * (hh * 60 + mm);
  clock->end = end;
  return true;
}

bool Grammar::TimeAt(size_t i, bool iso, Clock* clock) {
  size_t j = i;
  DayPart part = DayPart::kNone;
  int half = 0;
  bool has_half = false;
  if (const WordInfo* w = Info(At(j)); w != nullptr && w->daypart != DayPart::kNone) {
    part = w->daypart;
    ++j;
    if (!SameLine(j)) return false;
  }
  if (const WordInfo* w = Info(At(j)); w != nullptr && w->has_half) {
    half = w->half;
    has_half = true;
    ++j;
    if (!SameLine(j)) return false;
  }
  const Token h = At(j);
  if (h.kind != Token::Kind::kNumber || h.ordinal) return false;
  int hour = static_cast<int>(h.number), minute = 0, second = 0;
  bool seconds = false;
  ++j;
  int hour_strength = h.hour_suffix;  // see WordInfo::hour_word
  bool minutes_given = false;
  // ১৭২৮ ঘণ্টা: a 24-hour clock reading written as four digits.
  const WordInfo* after_number = SameLine(j) ? Info(At(j)) : nullptr;
  const bool military = h.digits == 4 && !h.hour_suffix && after_number != nullptr &&
                        after_number->clock_hours && h.number % 100 < 60 && h.number / 100 < 24;
  if (military) {
    hour = static_cast<int>(h.number / 100);
    minute = static_cast<int>(h.number % 100);
    ++j;
  } else if (h.digits > 2 || h.number > 24) {
    return false;
  } else if (hour_strength == 0) {
    const Token sep = At(j), mt = At(j + 1);
    const bool colon = IsPunct(sep, ':') && Glued(sep);
    // hh.mm only where a day part or a following am/pm/মিনিট makes it a time.
    const bool dot = IsPunct(sep, '.') && Glued(sep);
    if ((colon || dot) && mt.kind == Token::Kind::kNumber && Glued(mt) && mt.digits == 2 && !mt.ordinal &&
        mt.number < 60) {
      bool ok = colon || part != DayPart::kNone;
      if (!ok) {
        const WordInfo* after = SameLine(j + 2) ? Info(At(j + 2)) : nullptr;
        ok = after != nullptr && (after->ampm != 0 || after->minute_word);
      }
      if (!ok) return false;
      minute = static_cast<int>(mt.number);
      minutes_given = true;
      j += 2;
      const Token sep2 = At(j), st = At(j + 1);
      if (IsPunct(sep2, sep.punct) && colon && Glued(sep2) && st.kind == Token::Kind::kNumber && Glued(st) &&
          st.digits == 2 && st.number <= 60) {
        second = static_cast<int>(std::min<int64_t>(st.number, 59));
        seconds = true;
        j += 2;
        if (iso && IsPunct(At(j), '.') && Glued(At(j)) && At(j + 1).kind == Token::Kind::kNumber &&
            Glued(At(j + 1))) {
          j += 2;  // fractional seconds
        }
      }
      if (const WordInfo* w = SameLine(j) ? Info(At(j)) : nullptr; w != nullptr && w->minute_word) ++j;
    } else if (const WordInfo* w = SameLine(j) ? Info(At(j)) : nullptr; w != nullptr && w->hour_word != 0) {
      hour_strength = w->hour_word;
      ++j;
    } else {
      return false;
    }
  }
  if (hour_strength > 0) {  // ১০টা ৩০ মিনিটে
    const Token mt = At(j);
    const WordInfo* mw = SameLine(j + 1) ? Info(At(j + 1)) : nullptr;
    if (SameLine(j) && mt.kind == Token::Kind::kNumber && mt.digits <= 2 && !mt.ordinal && mt.number < 60 &&
        mw != nullptr && mw->minute_word) {
      minute = static_cast<int>(mt.number);
      minutes_given = true;
      j += 2;
    }
  }
  int ampm = 0;
  if (SameLine(j)) {
    const Token a = At(j);
    if (const WordInfo* w = Info(a); w != nullptr && w->ampm != 0) {
      ampm = w->ampm;
      ++j;
    } else if ((a.letter == 'a' || a.letter == 'p') && IsPunct(At(j + 1), '.') && Glued(At(j + 1)) &&
               At(j + 2).letter == 'm' && Glued(At(j + 2))) {
      ampm = a.letter == 'a' ? 1 : 2;
      j += 3;
      if (IsPunct(At(j), '.') && Glued(At(j))) ++j;
    }
  }
  // "১০টা" alone may count things (১০টা বই).
  if (hour_strength == 1 && part == DayPart::kNone && !has_half && !minutes_given && ampm == 0) {
    return false;
  }
  if (has_half) {
    minute += half;
    if (minute < 0) {
      minute += 60;
      hour -= 1;
      if (hour < 0) hour = 23;
    }
  }
  if (ampm != 0 && hour >= 1 && hour <= 12) {
    if (ampm == 2 && hour < 12) hour += 12;
    if (ampm == 1 && hour == 12) hour = 0;
  } else if (ampm == 0 && hour <= 12) {
    switch (part) {
      case DayPart::kNone:
      case DayPart::kAsIs:
        break;
      case DayPart::kNoon:
        if (hour >= 1 && hour <= 5) hour += 12;
        break;
      case DayPart::kPm:
        if (hour < 12) hour += 12;
        break;
      case DayPart::kNight:
        if (hour >= 6 && hour <= 11) hour += 12;
        if (hour == 12) hour = 0;
        break;
    }
  }
  if (hour > 23) return false;
  clock->hour = hour;
  clock->minute = minute;
  clock->second = second;
  clock->seconds = seconds;
  clock->end = j;
  clock->has_offset = false;
  if (IsPunct(At(j), '(') && SameLine(j + 1) && Info(At(j + 1)) != nullptr && Info(At(j + 1))->has_tz) {
    // "(GMT+6)"
    if (OffsetAt(j + 1, iso, clock) && IsPunct(At(clock->end), ')')) ++clock->end;
  } else {
    OffsetAt(j, iso, clock);
  }
  return true;
}

Grammar::Outcome Grammar::Mention(size_t i, DateMention* m, size_t* end) {
  Core core;
  Clock clock;
  bool have_time = false;
  int weekday = -1;
  size_t j = i;
  bool have_core = false;

  if (TimeAt(i, false, &clock)) {
    // A time before the date: ০৮:০৫ পূর্বাহ্ন, বুধবার, ১২ মার্চ ২০২৫
    size_t k = SkipSeps(clock.end, ",|-", 2);
    if (!SameLine(k)) return Outcome::kNone;
    const int wd = WeekdayAt(k, true);
    if (wd >= 0) k = SkipSeps(k + 1, ",|-(", 2);
    if (!SameLine(k) || !CoreAt(k, &core) || core.blocked || !core.allows_time) return Outcome::kNone;
    have_time = true;
    have_core = true;
    weekday = wd;
    j = core.end;
  } else if (const int wd = WeekdayAt(i, true); wd >= 0) {
    // শুক্রবার (৭ ফেব্রুয়ারি) / Sat, 08 Mar 2025
    const size_t k = SkipSeps(i + 1, ",|-(", 2);
    if (SameLine(k) && CoreAt(k, &core) && !core.blocked &&
        (core.kind == Kind::kAbsolute || core.kind == Kind::kYearless || core.kind == Kind::kBangla) &&
        core.allows_time) {
      weekday = wd;
      have_core = true;
      j = SkipSeps(core.end, ")", 1);
    } else if (WeekdayAt(i, false) >= 0) {
      core = Core{};
      core.kind = Kind::kWeekday;
      SetWeekday(&core, wd, 0);
      core.end = i + 1;
      have_core = true;
      j = core.end;
    } else {
      return Outcome::kNone;
    }
  } else if (CoreAt(i, &core)) {
    if (core.blocked) {
      *end = std::max(core.end, i + 1);
      return Outcome::kBlocked;
    }
    have_core = true;
    j = core.end;
  }
  if (!have_core) return Outcome::kNone;

  // A weekday and/or a time after the date.
  if (core.allows_time && core.kind != Kind::kWeekday) {
    size_t k = j;
    if (core.iso && At(k).letter == 't' && Glued(At(k))) {
      Clock c2;
      if (TimeAt(k + 1, true, &c2)) {
        clock = c2;
        have_time = true;
        j = c2.end;
      }
    } else if (!have_time) {
      k = SkipSeps(j, "(),|-", 3);
      // "March 12, 2024 at 10:15 pm", "২০ মে ২০২৪, সময়: ১০:৩০"
      if (const WordInfo* f = SameLine(k) ? Info(At(k)) : nullptr; f != nullptr && f->label_filler) {
        k = SkipSeps(k + 1, ":", 1);
      }
      if (SameLine(k)) {
        int wd2 = -1;
        size_t k2 = k;
        if (weekday < 0 && core.weekday < 0 && (wd2 = WeekdayAt(k, true)) >= 0) {
          k2 = SkipSeps(k + 1, "(),|-", 3);
        }
        Clock c2;
        if (SameLine(k2) && TimeAt(k2, core.iso, &c2)) {
          clock = c2;
          have_time = true;
          j = c2.end;
          if (wd2 >= 0) weekday = wd2;
        } else if (wd2 >= 0) {
          weekday = wd2;
          j = SkipSeps(k + 1, ")", 1);
        }
      }
    }
  }
  // "১২ জুলাই, ২০২৪ খ্রিস্টাব্দ, ২৮ আষাঢ় ১৪৩১ বঙ্গাব্দ, সকাল ১১:১০": a time after
  // the same day in another calendar belongs to the Gregorian date before it.
  if (!have_time && core.allows_time && core.kind == Kind::kAbsolute && !core.iso) {
    const size_t k = SkipSeps(j, ",|-(", 2);
    Core other;
    if (SameLine(k) && CoreAt(k, &other) && !other.blocked &&
        (other.kind == Kind::kBangla || other.kind == Kind::kHijri)) {
      const size_t t = SkipSeps(other.end, "(),|-", 3);
      Clock c2;
      if (SameLine(t) && TimeAt(t, false, &c2)) {  // the other date stays a mention of its own
        clock = c2;
        have_time = true;
      }
    }
  }

  // Arithmetic far from the reference ("৯৯৯৯ বছর আগে") leaves the years ISO can print.
  if (core.resolved && (core.value.year < 1 || core.value.year > 9999)) {
    *end = j;
    return Outcome::kBlocked;
  }

  DateMention out;
  out.kind = core.kind;
  out.value = core.value;
  out.resolved = core.resolved;
  out.weekday = weekday >= 0 ? weekday : core.weekday;
  if (have_time) {
    out.value.hour = clock.hour;
    out.value.minute = clock.minute;
    out.value.second = clock.second;
    out.value.precision = clock.seconds ? Precision::kSecond : Precision::kMinute;
    out.value.utc_offset_minutes = clock.has_offset ? clock.offset : opt_.default_utc_offset_minutes;
  }
  out.begin = At(i).begin;
  out.end = At(j - 1).end;
  *m = out;
  *end = j;
  return Outcome::kFound;
}

std::vector<DateMention> Grammar::Run() {
  std::vector<DateMention> out;
  size_t i = 0;
  while (At(i).kind != Token::Kind::kEnd) {
    const Token t = At(i);
    LabelKind label = LabelKind::kNone;
    size_t start = i;
    if (const WordInfo* w = Info(t); w != nullptr && w->label != LabelKind::kNone) {
      // প্রকাশ : / প্রকাশের সময়: / Last updated on:
      label = w->label;
      size_t k = i + 1;
      for (int n = 0; n < 3 && SameLine(k); ++n) {
        const WordInfo* f = Info(At(k));
        if (f == nullptr || !(f->label_filler || f->date_word)) break;
        ++k;
      }
      for (int n = 0; n < 2; ++n) {
        const Token p = At(k);
        if (!(IsPunct(p, ':') || IsPunct(p, '-') || IsPunct(p, 0xFF1A))) break;
        ++k;
      }
      start = k;
    }
    DateMention m;
    size_t end = i + 1;
    switch (Mention(start, &m, &end)) {
      case Outcome::kFound:
        if (label == LabelKind::kPublished) m.label = DateMention::Label::kPublished;
        if (label == LabelKind::kUpdated) m.label = DateMention::Label::kUpdated;
        out.push_back(m);
        i = end;
        break;
      case Outcome::kBlocked:
        i = end;
        break;
      case Outcome::kNone:
        ++i;
        break;
    }
    sc_.Release(i);
  }
  return out;
}

// Preference of Parse(): lower is better.
int Rank(const DateMention& m) {
  if (m.kind == Kind::kHijri) return 200;
  if (!m.resolved) return 100;
  if (m.label == DateMention::Label::kPublished) return 0;
  if (m.kind == Kind::kAbsolute && m.value.precision >= Precision::kDay) return 1;
  if (m.kind == Kind::kBangla) return 2;
  if (m.value.precision >= Precision::kDay) return 3;
  return 4;
}

}  // namespace

DateParser::DateParser(std::unique_ptr<Tables> tables) : tables_(std::move(tables)) {}
DateParser::~DateParser() = default;

Result<std::unique_ptr<DateParser>> DateParser::Load(std::string_view data_dir) {
  auto words = time::Tables::Load(data_dir);
  if (!words.ok()) return words.status();
  auto tables = std::make_unique<Tables>(Tables{std::move(*words)});
  return std::unique_ptr<DateParser>(new DateParser(std::move(tables)));
}

std::vector<DateMention> DateParser::FindAll(std::string_view text, const DateOptions& options) const {
  Grammar g(tables_->words, text, options);
  return g.Run();
}

Result<DateTime> DateParser::Parse(std::string_view text, const DateOptions& options) const {
  const std::vector<DateMention> all = FindAll(text, options);
  const DateMention* best = nullptr;
  for (const DateMention& m : all) {
    if (best == nullptr || Rank(m) < Rank(*best)) best = &m;
  }
  if (best == nullptr) {
    // "2024-10" (a bare "2024" is a number: a year needs সাল or a month).
    if (auto iso = ParseIsoDateTime(text); iso.ok() && iso->precision >= Precision::kMonth) {
      if (iso->precision >= Precision::kMinute && !iso->utc_offset_minutes) {
        iso->utc_offset_minutes = options.default_utc_offset_minutes;
      }
      return iso;
    }
    return Status::NotFound("no date found in: " + std::string(text));
  }
  if (Rank(*best) == 200) return Status::NotFound("only a Hijri date in: " + std::string(text));
  if (!best->resolved) {
    return Status::InvalidArgument("a reference date is needed to resolve: " + std::string(text));
  }
  return best->value;
}

}  // namespace ghotona
