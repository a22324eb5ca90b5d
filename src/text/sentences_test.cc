// Tests for sentence splitting: a table of texts and the sentences expected,
// offsets checked against the text, the data-file abbreviations, and (when
// the seed pages are present) a glued-danda page from ../shared/seeds.
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona::text {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<SentenceSpan>& spans) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : spans) out.emplace_back(text.substr(s.byte_begin, s.byte_end - s.byte_begin));
  return out;
}

const SentenceSplitter& Loaded() {
  static const SentenceSplitter* splitter = [] {
    auto loaded = SentenceSplitter::Load(GHOTONA_SOURCE_DATA_DIR);
    return new SentenceSplitter(loaded.ok() ? std::move(*loaded) : SentenceSplitter());
  }();
  return *splitter;
}

struct Row {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

const Row kRows[] = {
    {"empty", "", {}},
    {"only whitespace", "  \n\n \t ", {}},
    {"one sentence without end mark", "আলোচনা চলছে", {"আলোচনা চলছে"}},
    {"two sentences with danda", "আলোচনা হয়েছে। চুক্তি হয়নি।", {"আলোচনা হয়েছে।", "চুক্তি হয়নি।"}},
    {"danda glued to the next word", "মস্কো।রাশিয়ার দূত", {"মস্কো।", "রাশিয়ার দূত"}},
    {"double danda", "প্রথম॥ দ্বিতীয়", {"প্রথম॥", "দ্বিতীয়"}},
    {"question mark", "কেন? কারণ আছে।", {"কেন?", "কারণ আছে।"}},
    {"question mark glued to bengali", "কেন?কারণ আছে", {"কেন?", "কারণ আছে"}},
    {"exclamation and question run", "সত্যি?! হ্যাঁ।", {"সত্যি?!", "হ্যাঁ।"}},
    {"closing quote stays with sentence",
     "তিনি বলেন, \u201cআমরা প্রস্তুত।\u201d এরপর সভা শেষ হয়।",
     {"তিনি বলেন, \u201cআমরা প্রস্তুত।\u201d", "এরপর সভা শেষ হয়।"}},
    {"closing bracket stays with sentence", "(সূত্র: বিবিসি।) পরের খবর।", {"(সূত্র: বিবিসি।)", "পরের খবর।"}},
    {"ascii quote after danda", "\"শান্তি চাই।\" তিনি বলেন।", {"\"শান্তি চাই।\"", "তিনি বলেন।"}},
    {"newline always ends", "প্রথম লাইন\nদ্বিতীয় লাইন", {"প্রথম লাইন", "দ্বিতীয় লাইন"}},
    {"paragraph break", "এক।\n\nদুই।", {"এক।", "দুই।"}},
    {"surrounding whitespace trimmed", "   এক।   দুই।  ", {"এক।", "দুই।"}},
    {"bengali single letter abbreviation", "ড. ইউনূস বলেন। সভা শেষ।", {"ড. ইউনূস বলেন।", "সভা শেষ।"}},
    {"bengali mo abbreviation", "মো. করিম এসেছেন।", {"মো. করিম এসেছেন।"}},
    {"bengali dr abbreviation", "ডা. রহিম বলেন।", {"ডা. রহিম বলেন।"}},
    {"bengali number with decimal point", "হার ৩.৫ শতাংশ। বেড়েছে।", {"হার ৩.৫ শতাংশ।", "বেড়েছে।"}},
    {"ascii number with decimal point",
     "It rose 3.5 percent. Then fell.",
     {"It rose 3.5 percent.", "Then fell."}},
    {"english sentences",
     "Putin met Hamas. Talks went on! Why? Nobody knows.",
     {"Putin met Hamas.", "Talks went on!", "Why?", "Nobody knows."}},
    {"english initials", "U.S. officials met J. Smith today.", {"U.S. officials met J. Smith today."}},
    {"english lower case continuation", "See e.g. the report.", {"See e.g. the report."}},
    {"domain name not split", "সূত্র: bdnews24.com জানায়।", {"সূত্র: bdnews24.com জানায়।"}},
    {"ellipsis dots not an end", "তিনি বলেন... পরে দেখা যাবে।", {"তিনি বলেন... পরে দেখা যাবে।"}},
    {"url question mark not an end", "দেখুন example.com/a?id=5 এখানে।", {"দেখুন example.com/a?id=5 এখানে।"}},
    {"list number with period", "১. প্রথম দফা\n২. দ্বিতীয় দফা", {"১. প্রথম দফা", "২. দ্বিতীয় দফা"}},
    {"bengali sentence ended by period", "সভা শেষ হয়েছে. পরে কথা হবে.", {"সভা শেষ হয়েছে.", "পরে কথা হবে."}},
    {"dateline colon not an end", "ঢাকা, ১২ মার্চ ২০২৪: বৈঠক হয়েছে।", {"ঢাকা, ১২ মার্চ ২০২৪: বৈঠক হয়েছে।"}},
    {"time with colon", "রাত ২২:০৭ মিনিটে। পরে।", {"রাত ২২:০৭ মিনিটে।", "পরে।"}},
};

TEST(SentenceSplitter, SplitsEachRowOfTheTable) {
  for (const Row& row : kRows) {
    EXPECT_EQ(Texts(row.text, Loaded().Split(row.text)), row.sentences) << row.name;
  }
}

const Row kAbbreviationRows[] = {
    {"two letter bengali abbreviation from the list", "মোসা. রহিমা খাতুন বলেন।", {"মোসা. রহিমা খাতুন বলেন।"}},
    {"initials spelt in bengali", "এম. এ. করিম ও এস. এম. রহমান এলেন।", {"এম. এ. করিম ও এস. এম. রহমান এলেন।"}},
    {"one letter word listed as not an abbreviation",
     "সে যাবে না. পরে দেখা হবে।",
     {"সে যাবে না.", "পরে দেখা হবে।"}},
    {"retired in brackets", "মেজর জেনারেল (অব.) আলী বলেন।", {"মেজর জেনারেল (অব.) আলী বলেন।"}},
    {"english titles", "Mr. Smith met Dr. Jones and Prof. Lee.", {"Mr. Smith met Dr. Jones and Prof. Lee."}},
    {"english titles any case", "MR. Smith spoke.", {"MR. Smith spoke."}},
    {"listed word is still an end elsewhere", "He won. Mr. Smith lost.", {"He won.", "Mr. Smith lost."}},
};

TEST(SentenceSplitter, KeepsListedAbbreviationsFromTheDataFile) {
  for (const Row& row : kAbbreviationRows) {
    EXPECT_EQ(Texts(row.text, Loaded().Split(row.text)), row.sentences) << row.name;
  }
}

TEST(SentenceSplitter, GenericRulesAloneSplitAfterUnlistedTitles) {
  const std::string text = "Mr. Smith spoke.";
  EXPECT_EQ(Texts(text, SplitSentences(text)), (std::vector<std::string>{"Mr.", "Smith spoke."}));
  EXPECT_EQ(Texts("মো. করিম এলেন।", SplitSentences("মো. করিম এলেন।")),
            (std::vector<std::string>{"মো. করিম এলেন।"}));
}

TEST(SentenceSplitter, BuildsFromAnInMemoryList) {
  const SentenceSplitter splitter({"Gov.", "  নং  "});
  const std::string text = "Gov. Abbott spoke. ধারা নং. ৫ দেখুন।";
  EXPECT_EQ(Texts(text, splitter.Split(text)),
            (std::vector<std::string>{"Gov. Abbott spoke.", "ধারা নং. ৫ দেখুন।"}));
}

TEST(SentenceSplitter, LoadReportsAMissingDataDirectory) {
  const auto loaded = SentenceSplitter::Load("/nonexistent/ghotona-data");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
}

TEST(SentenceSplitter, CodePointOffsetsMatchByteOffsets) {
  const std::string text = "ইরান-ইসরায়েল সংঘাত। \u201cকেন?\u201d U.S. বলে।\n\nশেষ";
  const OffsetMap map(text);
  const auto spans = Loaded().Split(text);
  ASSERT_EQ(spans.size(), 4u);
  for (const SentenceSpan& s : spans) {
    EXPECT_EQ(map.ToCodePoint(s.byte_begin), s.cp_begin);
    EXPECT_EQ(map.ToCodePoint(s.byte_end), s.cp_end);
    EXPECT_LT(s.cp_begin, s.cp_end);
  }
  EXPECT_EQ(spans[0].cp_begin, 0u);
  EXPECT_EQ(spans[0].cp_end, CountCodePoints("ইরান-ইসরায়েল সংঘাত।"));
}

TEST(SentenceSplitter, SplitsGluedDandasOnASeedPage) {
  const std::string dir = GHOTONA_SOURCE_DIR "/../shared/seeds";
  std::ifstream in(dir + "/002_30c10c5ce49bc537.txt", std::ios::binary);
  if (!in) GTEST_SKIP() << "seed pages not found in " << dir;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string page = Normalize(buffer.str());
  // Every danda glued to a following letter must end a sentence there.
  const std::string danda = "\u0964";
  size_t glued = 0;
  for (size_t i = page.find(danda); i != std::string::npos; i = page.find(danda, i + 1)) {
    const Decoded next = DecodeUtf8(page, i + danda.size() < page.size() ? i + danda.size() : i);
    if (!IsBengaliLetter(next.cp)) continue;
    ++glued;
    bool split_here = false;
    for (const SentenceSpan& s : Loaded().Split(page)) split_here |= s.byte_end == i + danda.size();
    EXPECT_TRUE(split_here) << "at byte " << i;
  }
  EXPECT_GT(glued, 0u) << "the page is known to glue sentences";
}

}  // namespace
}  // namespace ghotona::text
