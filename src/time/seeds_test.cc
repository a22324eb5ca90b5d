// The date layer on the five real pages in ../shared/seeds (read at run time,
// never copied into the repository): every line that holds a date yields the
// expected values, and lines of counters, related headlines and numbers give
// none. Lines are found by what they contain; the test is skipped when the
// seeds are absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "ghotona/date.h"
#include "time/calendar.h"

namespace ghotona {
namespace {

namespace fs = std::filesystem;
using Kind = DateMention::Kind;
using Label = DateMention::Label;

const fs::path kSeedDir = GHOTONA_SOURCE_DIR "/../shared/seeds";

const DateParser& Parser() {
  static const std::unique_ptr<DateParser> parser = [] {
    auto p = DateParser::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? std::move(*p) : nullptr;
  }();
  return *parser;
}

// The lines of the seed whose file name starts with prefix ("000_"); empty
// when there is no such seed.
std::vector<std::string> SeedLines(const std::string& prefix) {
  std::vector<std::string> lines;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kSeedDir, ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  return lines;
}

#define LOAD_SEED_OR_SKIP(var, prefix)                    \
  const std::vector<std::string> var = SeedLines(prefix); \
  if (var.empty()) GTEST_SKIP() << "seed " prefix "* not found in " << kSeedDir.string()

// The first line containing needle (and, if given, also needle2).
std::string LineWith(const std::vector<std::string>& lines, const std::string& needle,
                     const std::string& needle2 = "") {
  for (const std::string& l : lines) {
    if (l.find(needle) != std::string::npos && l.find(needle2) != std::string::npos) return l;
  }
  ADD_FAILURE() << "no line contains " << needle << " " << needle2;
  return "";
}

std::vector<DateMention> AllMentions(const std::vector<std::string>& lines, const DateOptions& o = {}) {
  std::vector<DateMention> all;
  for (const std::string& l : lines) {
    for (const DateMention& m : Parser().FindAll(l, o)) all.push_back(m);
  }
  return all;
}

TEST(Seeds, KalbelaPublishedLineGivesTheLabelledDateTime) {
  LOAD_SEED_OR_SKIP(lines, "000_");
  auto m = Parser().FindAll(LineWith(lines, "প্রকাশ"), {});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].label, Label::kPublished);
  EXPECT_EQ(m[0].value.ToIso(), "2025-02-08T21:50:00+06:00");
  auto parsed = Parser().Parse(LineWith(lines, "প্রকাশ"), {});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->ToIso(), "2025-02-08T21:50:00+06:00");

  // "<weekday> (<day> ফেব্রুয়ারি)" in the body: Saturday 8 February, the publication day.
  DateOptions o;
  o.reference = CivilDate{2025, 2, 8};
  auto body = Parser().FindAll(LineWith(lines, "শনিবার (", "ফেব্রুয়ারি"), o);
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body[0].kind, Kind::kYearless);
  EXPECT_EQ(body[0].weekday, 6);
  EXPECT_EQ(body[0].value.ToIso(), "2025-02-08");

  auto year = Parser().FindAll(LineWith(lines, "১৯৭৯ সালের"), {});
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].value.precision, DateTime::Precision::kYear);
  EXPECT_EQ(year[0].value.year, 1979);

  // Related headlines with counts (years, sections of law) and list numbers are no dates.
  const auto all = AllMentions(lines);
  EXPECT_EQ(all.size(), 3u);
}

TEST(Seeds, HeaderTodayAndUpdateLineOfSeed001) {
  LOAD_SEED_OR_SKIP(lines, "001_");
  auto header = Parser().FindAll(LineWith(lines, "বঙ্গাব্দ"), {});
  ASSERT_EQ(header.size(), 2u);
  EXPECT_EQ(header[0].value.ToIso(), "2025-10-06T06:32:00+06:00");
  EXPECT_EQ(header[0].weekday, 1);
  EXPECT_EQ(header[1].kind, Kind::kBangla);
  EXPECT_EQ(BanglaFromGregorian(header[1].value.date()), (CivilDate{1432, 6, 21}));
  EXPECT_TRUE(time::BanglaMatchesGregorian({1432, 6, 21}, header[0].value.date()));

  auto update = Parser().FindAll(LineWith(lines, "আপডেট"), {});
  ASSERT_EQ(update.size(), 1u);
  EXPECT_EQ(update[0].label, Label::kUpdated);
  EXPECT_EQ(update[0].value.ToIso(), "2025-06-23T18:12:45+06:00");
  EXPECT_EQ(update[0].value.precision, DateTime::Precision::kSecond);

  // The view counter is not a date; the dateline is a plain day.
  EXPECT_TRUE(Parser().FindAll(LineWith(lines, "দেখেছে"), {}).empty());
  auto dateline = Parser().FindAll(LineWith(lines, "মস্কো,", "জুন"), {});
  ASSERT_FALSE(dateline.empty());
  EXPECT_EQ(dateline[0].value.ToIso(), "2025-06-23");
}

TEST(Seeds, WeekdayAndLeapDayOfSeed002FixTheYear) {
  LOAD_SEED_OR_SKIP(lines, "002_");
  auto thursday = Parser().FindAll(LineWith(lines, "হস্পতিবার"), {});
  ASSERT_EQ(thursday.size(), 1u);
  EXPECT_EQ(thursday[0].kind, Kind::kYearless);
  EXPECT_FALSE(thursday[0].resolved);
  EXPECT_EQ(thursday[0].weekday, 4);
  EXPECT_EQ(thursday[0].value.month, 2);
  EXPECT_EQ(thursday[0].value.day, 15);
  std::vector<int> years = time::YearsMatchingWeekday(2, 15, 4, 2018, 2026);
  EXPECT_NE(std::find(years.begin(), years.end(), 2024), years.end());

  auto leap = Parser().FindAll(LineWith(lines, "২৯ ফেব্রুয়ারি"), {});
  ASSERT_EQ(leap.size(), 1u);
  EXPECT_EQ(leap[0].value.month, 2);
  EXPECT_EQ(leap[0].value.day, 29);
  // Only leap years have the day: with the Thursday, 2024 remains.
  std::vector<int> both;
  for (int y : years) {
    if (IsValidGregorian({y, 2, 29})) both.push_back(y);
  }
  EXPECT_EQ(both, (std::vector<int>{2024}));

  // No full date anywhere on the page.
  for (const DateMention& m : AllMentions(lines)) EXPECT_NE(m.kind, Kind::kAbsolute);
}

TEST(Seeds, GluedPublishedAndUpdatedDatesOfSeed003) {
  LOAD_SEED_OR_SKIP(lines, "003_");
  auto glued = Parser().FindAll(LineWith(lines, "আপডেট"), {});
  ASSERT_EQ(glued.size(), 2u);
  EXPECT_EQ(glued[0].value.ToIso(), "2022-08-17T22:07:00+06:00");
  EXPECT_EQ(glued[0].label, Label::kNone);
  EXPECT_EQ(glued[1].value.ToIso(), "2022-08-17T22:07:00+06:00");
  EXPECT_EQ(glued[1].label, Label::kUpdated);

  auto today = Parser().FindAll(LineWith(lines, "সেপ্টেম্বর"), {});
  ASSERT_EQ(today.size(), 1u);
  EXPECT_EQ(today[0].value.ToIso(), "2023-09-30");
  EXPECT_EQ(today[0].weekday, 6);
  auto bangla = Parser().FindAll(LineWith(lines, "আশ্বিন"), {});
  ASSERT_EQ(bangla.size(), 1u);
  EXPECT_EQ(bangla[0].kind, Kind::kBangla);
  EXPECT_TRUE(time::BanglaMatchesGregorian({1430, 6, 15}, today[0].value.date()));

  // Headline counts (৬ শ্রমিক, ৪ অঞ্চল, ১৪ মৃত্যু) and a year inside quotes give nothing absolute beyond these.
  int absolute = 0;
  for (const DateMention& m : AllMentions(lines)) absolute += m.kind == Kind::kAbsolute ? 1 : 0;
  EXPECT_EQ(absolute, 3);
}

TEST(Seeds, PublishedAndUpdatedOnOneLineOfSeed004) {
  LOAD_SEED_OR_SKIP(lines, "004_");
  const std::string line = LineWith(lines, "আপডেট");
  auto both = Parser().FindAll(line, {});
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].value.ToIso(), "2024-05-20T20:02:00+06:00");
  EXPECT_EQ(both[1].value.ToIso(), "2024-05-20T20:02:00+06:00");
  EXPECT_EQ(both[1].label, Label::kUpdated);
  auto parsed = Parser().Parse(line, {});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->ToIso(), "2024-05-20T20:02:00+06:00");

  auto year = Parser().FindAll(LineWith(lines, "২০২২ সালে"), {});
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].value.ToIso(), "2022");
  // "N বার সফর" is a number of visits, not a Hijri date; counts and ages are no dates.
  EXPECT_TRUE(Parser().FindAll(LineWith(lines, "সফর"), {}).empty());
  EXPECT_EQ(AllMentions(lines).size(), 3u);
}

}  // namespace
}  // namespace ghotona
