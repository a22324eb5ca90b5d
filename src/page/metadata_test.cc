// Tests of the metadata rules of metadata.h: bylines, title suffixes,
// sources and the weekday inference, table-driven on our own sentences.
#include "page/metadata.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "page/lexicon_for_tests.h"
#include "page/text_reader.h"
namespace ghotona::page {
namespace {

using testutil::TestLexicon;

const DateParser& TestDates() {
  static const DateParser* dates = [] {
    auto loaded = DateParser::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return *dates;
}

TEST(MatchByline, ReadsDesksReportersAndByLines) {
  struct Case {
    const char* line;
    const char* byline;  // nullptr: not a byline
    const char* before;
    bool desk;
  };
  const Case cases[] = {
      {"নদীকথা ডেস্ক", "নদীকথা ডেস্ক", "", true},
      {"অনলাইন ডেস্ক", "অনলাইন ডেস্ক", "", true},
      {"Daily Nodikotha নদীকথা ডেস্ক", "নদীকথা ডেস্ক", "Daily Nodikotha", true},
      {"নিজস্ব প্রতিবেদক", "নিজস্ব প্রতিবেদক", "", false},
      {"নিজস্ব প্রতিবেদক, খুলনা", "নিজস্ব প্রতিবেদক, খুলনা", "", false},
      {"আবদুল করিম, বরিশাল প্রতিনিধি", "আবদুল করিম, বরিশাল প্রতিনিধি", "", false},
      {"অর্থনৈতিক প্রতিবেদক প্রকাশ:", "অর্থনৈতিক প্রতিবেদক", "", false},
      {"By Nadia Rahman", "Nadia Rahman", "", false},
      {"Posted by Tariq Hasan", "Tariq Hasan", "", false},
      {"সাক্ষাৎকার নিয়েছেন: শারমিন নাহার", "শারমিন নাহার", "", false},
      {"প্রতিবেদক হত্যার বিচার দাবিতে মানববন্ধন", nullptr, "", false},
      {"নদীভাঙনে বিলীন তিন গ্রাম", nullptr, "", false},
  };
  for (const Case& c : cases) {
    std::optional<BylineMatch> m = MatchByline(c.line, TestLexicon());
    if (c.byline == nullptr) {
      EXPECT_FALSE(m.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.line;
    EXPECT_EQ(m->byline, c.byline);
    EXPECT_EQ(m->before, c.before);
    EXPECT_EQ(m->desk, c.desk) << c.line;
  }
}

TEST(StripTitleSuffix, DropsAShortSiteNameAfterASeparator) {
  EXPECT_EQ(StripTitleSuffix("নদীভাঙনে বিলীন তিন গ্রাম | নদীকথা"), "নদীভাঙনে বিলীন তিন গ্রাম");
  EXPECT_EQ(StripTitleSuffix("River erosion swallows villages - The Daily River"),
            "River erosion swallows villages");
  EXPECT_EQ(StripTitleSuffix("ঢাকা-চট্টগ্রাম মহাসড়কে যানজট"), "ঢাকা-চট্টগ্রাম মহাসড়কে যানজট");
}

std::optional<std::string> OutletOf(const std::string& dump) {
  Page page = PageFromText(dump);
  std::vector<BlockInfo> blocks = AnalyzeBlocks(page, TestLexicon());
  return FindOutlet(blocks, page.hints, std::nullopt, -1, Region{}, TestLexicon());
}

TEST(FindOutlet, ReadsTheNameBesideACopyrightMark) {
  EXPECT_EQ(OutletOf("© ২০২৪ নদীকথা | সর্বস্বত্ব সংরক্ষিত"), "নদীকথা");
  EXPECT_EQ(OutletOf("স্বত্ব © ২০১৮-২০২৪ নদীকথা ডটকম"), "নদীকথা ডটকম");
  EXPECT_EQ(OutletOf("Copyright © 2024 River Daily. All rights reserved."), "River Daily");
  EXPECT_EQ(OutletOf("নদীকথা © ২০১৯-২০২৩ | সম্পাদক: আবুল হাসান"), "নদীকথা");
  EXPECT_EQ(OutletOf("শিরোনাম ছাড়া একটি সাধারণ লাইন"), std::nullopt);
  // After the rights phrase, before a bar and the rights phrase, up to a danda.
  EXPECT_EQ(OutletOf("© সর্বস্বত্ব সংরক্ষিত ২০২৩ চরের বার্তা"), "চরের বার্তা");
  EXPECT_EQ(OutletOf("চরের বার্তা ডট নেট | সর্বস্বত্ব সংরক্ষিত"), "চরের বার্তা ডট নেট");
  EXPECT_EQ(OutletOf("© ২০২৩ চরের বার্তা। থিম: সাধারণ"), "চরের বার্তা");
  EXPECT_EQ(OutletOf("দৈনিক নদীকথা\nনদীর মানুষের কণ্ঠস্বর"), "দৈনিক নদীকথা");
}

std::vector<std::string> Sources(const std::string& text) {
  Page page = PageFromText(text);
  std::vector<BlockInfo> blocks = AnalyzeBlocks(page, TestLexicon());
  std::vector<const BlockInfo*> ptrs;
  for (const BlockInfo& b : blocks) ptrs.push_back(&b);
  return FindSources(ptrs, TestLexicon());
}

TEST(FindSources, ReadsSourceLinesAndReportingAgencies) {
  struct Case {
    const char* text;
    std::vector<std::string> sources;
  };
  const Case cases[] = {
      {"সূত্র: সিনহুয়া, পররাষ্ট্র মন্ত্রণালয়।", {"সিনহুয়া", "পররাষ্ট্র মন্ত্রণালয়"}},
      {"সভায় তিনি বক্তব্য দেন। সূত্র: বিবিসি।", {"বিবিসি"}},
      {"সূত্র : রয়টার্স ও এএফপি", {"রয়টার্স", "এএফপি"}},
      {"Source: Reuters", {"Reuters"}},
      {"বার্তা সংস্থা রয়টার্স জানিয়েছে, আলোচনা ভেস্তে গেছে।", {"রয়টার্স"}},
      {"এ খবর জানিয়েছে কাতারভিত্তিক সংবাদমাধ্যম আল জাজিরা।", {"আল জাজিরা"}},
      {"আলোচনা শেষ হয়েছে বলে এএফপির প্রতিবেদনে বলা হয়েছে।", {"এএফপি"}},
      {"জাপানের সংবাদ সংস্থা কিয়োদো জানিয়েছে, সফর হবে।", {"কিয়োদো"}},
      {"সৌদি সংবাদমাধ্যম মরুবার্তা নিউজ জানিয়েছে, চুক্তি হয়েছে।", {"মরুবার্তা নিউজ"}},
      {"কমিশন সূত্র জানায়, ভোট হবে মার্চে।", {}},
      {"প্রধানমন্ত্রীর কার্যালয় জানিয়েছে, বৈঠক হবে।", {}},
      {"রয়টার্সের এক সাংবাদিক আহত হয়েছেন।", {}},
      {"লেখাটি প্রথম প্রকাশিত হয়েছে দৈনিক নদীকথা-য়।", {"দৈনিক নদীকথা"}},
      {"This story was first published in River Weekly.", {"River Weekly"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Sources(c.text), c.sources) << c.text;
}

TEST(InferPublishedFromWeekdays, FixesTheYearOnlyWhenOneYearFits) {
  struct Case {
    const char* body;
    std::optional<CivilDate> reference;
    std::optional<std::string> published;
  };
  const Case cases[] = {
      // 29 February on a Thursday: only 2024 between 2000 and 2035.
      {"বৃহস্পতিবার (২৯ ফেব্রুয়ারি) সভা হয়।", std::nullopt, "2024-02-29"},
      // A leap day elsewhere in the text narrows a weekday to leap years.
      {"বৃহস্পতিবার (১৫ ফেব্রুয়ারি) বৈঠক হয়। আলোচনা শুরু ২৯ ফেব্রুয়ারি।", std::nullopt, "2024-02-15"},
      // An ordinary weekday + day + month recurs every few years: unknown.
      {"রবিবার (১০ নভেম্বর) সভা হয়।", std::nullopt, std::nullopt},
      // With a reference: the most recent fitting day not after it.
      {"রবিবার (১০ নভেম্বর) সভা হয়।", CivilDate{2025, 6, 1}, "2024-11-10"},
      // No weekday at all.
      {"১০ নভেম্বর সভা হয়।", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    DateOptions options;
    options.reference = c.reference;
    std::optional<DateTime> got = InferPublishedFromWeekdays(c.body, TestDates(), options);
    if (!c.published) {
      EXPECT_FALSE(got.has_value()) << c.body << " -> " << got->ToIso();
    } else {
      ASSERT_TRUE(got.has_value()) << c.body;
      EXPECT_EQ(got->ToIso(), *c.published) << c.body;
    }
  }
}

}  // namespace
}  // namespace ghotona::page
