// Table-driven tests of ner::Morphology against the shipped suffix grammar
// (data/ner/suffixes.tsv) and known stems (data/ner/stem_keep.txt): the best
// stem of inflected and uninflected words (including names that merely end
// like a suffix and must not be cut), the exact list of readings, the load
// errors, and linear time on a pathological word.
#include "ner/morphology.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ghotona::ner {
namespace {

struct StemRow {
  const char* word;
  const char* stem;
};

struct ReadingsRow {
  const char* word;
  const char* readings;  // '|'-separated, the word first
};

// clang-format off
const StemRow kStemRows[] = {
    {"খামেনি", "খামেনি"},
    {"পুতিন", "পুতিন"},
    {"রাশিয়া", "রাশিয়া"},
    {"মস্কো", "মস্কো"},
    {"কাতার", "কাতার"},
    {"আঙ্কারা", "আঙ্কারা"},
    {"জাকার্তা", "জাকার্তা"},
    {"ইরান", "ইরান"},
    {"গাজা", "গাজা"},
    {"তেহরান", "তেহরান"},
    {"হামাস", "হামাস"},
    {"সিরিয়া", "সিরিয়া"},
    {"আবুধাবি", "আবুধাবি"},
    {"কায়রো", "কায়রো"},
    {"দিল্লি", "দিল্লি"},
    {"কলকাতা", "কলকাতা"},
    {"ঢাকা", "ঢাকা"},
    {"দুবাই", "দুবাই"},
    {"মুম্বাই", "মুম্বাই"},
    {"টোকিও", "টোকিও"},
    {"এনজিও", "এনজিও"},
    {"ডব্লিউএইচও", "ডব্লিউএইচও"},
    {"মিয়ানমার", "মিয়ানমার"},
    {"নাইজার", "নাইজার"},
    {"কাদের", "কাদের"},
    {"নাসের", "নাসের"},
    {"মোখবের", "মোখবের"},
    {"সরকার", "সরকার"},
    {"রংপুর", "রংপুর"},
    {"দিনাজপুর", "দিনাজপুর"},
    {"সিঙ্গাপুর", "সিঙ্গাপুর"},
    {"জিম্বাবুয়ে", "জিম্বাবুয়ে"},
    {"লাহোর", "লাহোর"},
    {"আনোয়ার", "আনোয়ার"},
    {"স্টারমার", "স্টারমার"},
    {"বাশার", "বাশার"},
    {"সাহারা", "সাহারা"},
    {"আটলান্টা", "আটলান্টা"},
    {"কুমার", "কুমার"},
    {"জাহাঙ্গীর", "জাহাঙ্গীর"},
    {"আলমগীর", "আলমগীর"},
    {"মনসুর", "মনসুর"},
    {"ইসরায়েল", "ইসরায়েল"},
    {"নেতানিয়াহু", "নেতানিয়াহু"},
    {"বাইডেন", "বাইডেন"},
    {"ট্রাম্প", "ট্রাম্প"},
    {"মোদি", "মোদি"},
    {"এরদোয়ান", "এরদোয়ান"},
    {"লেবানন", "লেবানন"},
    {"ইয়েমেন", "ইয়েমেন"},
    {"পাকিস্তান", "পাকিস্তান"},
    {"বাংলাদেশ", "বাংলাদেশ"},
    {"ভারত", "ভারত"},
    {"চীন", "চীন"},
    {"জাপান", "জাপান"},
    {"কুয়েত", "কুয়েত"},
    {"বেইরুত", "বেইরুত"},
    {"সৌদি", "সৌদি"},
    {"ওমান", "ওমান"},
    {"ইরাক", "ইরাক"},
    {"হিজবুল্লাহ", "হিজবুল্লাহ"},
    {"রাফাহ", "রাফাহ"},
    {"পেজেশকিয়ান", "পেজেশকিয়ান"},
    {"আরাগচি", "আরাগচি"},
    {"রাইসি", "রাইসি"},
    {"জারিফ", "জারিফ"},
    {"হাসিনা", "হাসিনা"},
    {"ইউনূস", "ইউনূস"},
    {"বিএনপি", "বিএনপি"},
    {"জামায়াত", "জামায়াত"},
    {"ন্যাটো", "ন্যাটো"},
    {"জাতিসংঘ", "জাতিসংঘ"},
    {"ক্রেমলিন", "ক্রেমলিন"},
    {"হুতি", "হুতি"},
    {"শনিবার", "শনিবার"},
    {"মঙ্গলবার", "মঙ্গলবার"},
    {"পরিবার", "পরিবার"},
    {"বাজার", "বাজার"},
    {"অধিকার", "অধিকার"},
    {"ইরানের", "ইরান"},
    {"পুতিনকে", "পুতিন"},
    {"মস্কোয়", "মস্কো"},
    {"রাশিয়ার", "রাশিয়া"},
    {"হামাসের", "হামাস"},
    {"শিক্ষার্থীদেরকে", "শিক্ষার্থী"},
    {"ইরানেরও", "ইরান"},
    {"কাতারের", "কাতার"},
    {"আঙ্কারায়", "আঙ্কারা"},
    {"দিল্লিতে", "দিল্লি"},
    {"ঢাকায়", "ঢাকা"},
    {"নেতাদের", "নেতা"},
    {"নেতারা", "নেতা"},
    {"গাজায়", "গাজা"},
    {"গাজার", "গাজা"},
    {"মন্ত্রীরা", "মন্ত্রী"},
    {"ইসরায়েলের", "ইসরায়েল"},
    {"হংকংয়ের", "হংকং"},
    {"বেইজিংয়ে", "বেইজিং"},
    {"সরকারের", "সরকার"},
    {"রংপুরের", "রংপুর"},
    {"দুবাইয়ে", "দুবাই"},
    {"টোকিওর", "টোকিও"},
    {"এনজিওগুলোর", "এনজিও"},
    {"জাতিসংঘের", "জাতিসংঘ"},
    {"জাতিসংঘে", "জাতিসংঘ"},
    {"ইউক্রেনসহ", "ইউক্রেন"},
    {"রাশিয়াসহ", "রাশিয়া"},
    {"যুক্তরাষ্ট্রকে", "যুক্তরাষ্ট্র"},
    {"যুক্তরাষ্ট্রও", "যুক্তরাষ্ট্র"},
    {"দেশটির", "দেশ"},
    {"দেশগুলোতে", "দেশ"},
    {"শিক্ষার্থীরাও", "শিক্ষার্থী"},
    {"মস্কোর", "মস্কো"},
    {"মস্কোতেই", "মস্কো"},
    {"পুতিনেরই", "পুতিন"},
    {"খামেনির", "খামেনি"},
    {"খামেনিকে", "খামেনি"},
    {"ইসরায়েলকে", "ইসরায়েল"},
    {"ইসরায়েলিরা", "ইসরায়েলি"},
    {"ফিলিস্তিনিদের", "ফিলিস্তিনি"},
    {"ফিলিস্তিনের", "ফিলিস্তিন"},
    {"গাজাবাসীর", "গাজাবাসী"},
    {"যুক্তরাষ্ট্রের", "যুক্তরাষ্ট্র"},
    {"যুক্তরাষ্ট্রেই", "যুক্তরাষ্ট্র"},
    {"ভারতে", "ভারত"},
    {"ভারতের", "ভারত"},
    {"ভারতকেও", "ভারত"},
    {"চীনের", "চীন"},
    {"চীনকে", "চীন"},
    {"চীনেও", "চীন"},
    {"জাপানে", "জাপান"},
    {"কুয়েতে", "কুয়েত"},
    {"ইরাকে", "ইরাক"},
    {"ইরাকের", "ইরাক"},
    {"সৌদির", "সৌদি"},
    {"লেবাননে", "লেবানন"},
    {"ইয়েমেনের", "ইয়েমেন"},
    {"পাকিস্তানে", "পাকিস্তান"},
    {"বাংলাদেশের", "বাংলাদেশ"},
    {"বাংলাদেশকে", "বাংলাদেশ"},
    {"বাংলাদেশও", "বাংলাদেশ"},
    {"মোদির", "মোদি"},
    {"বাইডেনকে", "বাইডেন"},
    {"ট্রাম্পের", "ট্রাম্প"},
    {"ট্রাম্পও", "ট্রাম্প"},
    {"নেতানিয়াহুর", "নেতানিয়াহু"},
    {"নেতানিয়াহুকে", "নেতানিয়াহু"},
    {"এরদোয়ানের", "এরদোয়ান"},
    {"রাইসির", "রাইসি"},
    {"হাসিনার", "হাসিনা"},
    {"হাসিনাকে", "হাসিনা"},
    {"ইউনূসের", "ইউনূস"},
    {"বিএনপির", "বিএনপি"},
    {"জামায়াতের", "জামায়াত"},
    {"ন্যাটোর", "ন্যাটো"},
    {"ন্যাটোতে", "ন্যাটো"},
    {"জাতিসংঘসহ", "জাতিসংঘ"},
    {"ক্রেমলিনের", "ক্রেমলিন"},
    {"হুতিদের", "হুতি"},
    {"হুতিরা", "হুতি"},
    {"হিজবুল্লাহর", "হিজবুল্লাহ"},
    {"হিজবুল্লাহকে", "হিজবুল্লাহ"},
    {"রাফাহর", "রাফাহ"},
    {"রাফাহতে", "রাফাহ"},
    {"আল্লাহর", "আল্লাহ"},
    {"মিয়ানমারের", "মিয়ানমার"},
    {"সিঙ্গাপুরে", "সিঙ্গাপুর"},
    {"লাহোরে", "লাহোর"},
    {"জিম্বাবুয়ের", "জিম্বাবুয়ে"},
    {"স্টারমারের", "স্টারমার"},
    {"কাদেরের", "কাদের"},
    {"মোখবেরের", "মোখবের"},
    {"পেজেশকিয়ানের", "পেজেশকিয়ান"},
    {"আরাগচির", "আরাগচি"},
    {"তেহরানে", "তেহরান"},
    {"তেহরানও", "তেহরান"},
    {"কায়রোয়", "কায়রো"},
    {"কলকাতার", "কলকাতা"},
    {"জাকার্তায়", "জাকার্তা"},
    {"সিরিয়ায়", "সিরিয়া"},
    {"সিরিয়াকে", "সিরিয়া"},
    {"হামাসও", "হামাস"},
    {"হামাসসহ", "হামাস"},
    {"দিল্লিতেই", "দিল্লি"},
    {"রাতে", "রাত"},
    {"জামায়াতে", "জামায়াত"},
    {"জাতীয়", "জাতীয়"},
    {"ভারতীয়", "ভারতীয়"},
    {"ইউরোপীয়", "ইউরোপীয়"},
    {"সংসদের", "সংসদ"},
    {"আবদুর", "আবদুর"},
    {"মিজানুর", "মিজানুর"},
    {"হাবিবুর", "হাবিবুর"},
    {"আতাউর", "আতাউর"},
    {"চকবাজার", "চকবাজার"},
    {"সারোয়ার", "সারোয়ার"},
    {"আহমেদের", "আহমেদ"},
    {"ইসলামাবাদে", "ইসলামাবাদ"},
    {"মাহমুদের", "মাহমুদ"},
    {"দেশগুলোর", "দেশ"},
    {"সংস্থাটির", "সংস্থা"},
    {"সংস্থাটিকে", "সংস্থা"},
    {"সংস্থাগুলো", "সংস্থা"},
    {"বিক্ষোভকারীদের", "বিক্ষোভকারী"},
    {"সদস্যরা", "সদস্য"},
    {"সদস্যবৃন্দ", "সদস্য"},
    {"মন্ত্রীগণ", "মন্ত্রী"},
    {"কর্মকর্তাদেরও", "কর্মকর্তা"},
    {"কর্মকর্তারাই", "কর্মকর্তা"},
    {"বাহিনীগুলোর", "বাহিনী"},
    {"বাহিনীসহ", "বাহিনী"},
    {"হামলাটি", "হামলা"},
    {"যুদ্ধেও", "যুদ্ধ"},
    {"যুদ্ধবিরতির", "যুদ্ধবিরতি"},
    {"আলোচনায়", "আলোচনা"},
    {"পরিবারের", "পরিবার"},
    {"শনিবারের", "শনিবার"},
    {"লোকেরা", "লোক"},
    {"খালেদের", "খালেদ"},
    {"২০১২-এর", "২০১২"},
    {"জুলাই", "জুলাই"},
    {"এফবিসিসিআই", "এফবিসিসিআই"},
    {"ডেপুটি", "ডেপুটি"},
    {"রেলওয়ে", "রেলওয়ে"},
    {"কমিটির", "কমিটি"},
    {"ছাত্রদেরকে", "ছাত্র"},
    {"প্রার্থীদেরই", "প্রার্থী"},
    {"দলটিকে", "দল"},
    {"দলগুলিকে", "দল"},
    {"বইটা", "বই"},
    {"সমর্থকদেরসহ", "সমর্থক"},
    {"নাগরিকসমূহের", "নাগরিক"},
    {"সাংবাদিকদ্বয়", "সাংবাদিক"},
};

const ReadingsRow kReadingsRows[] = {
    {"ইরানের", "ইরানের|ইরানে|ইরান"},
    {"পুতিনকে", "পুতিনকে|পুতিনক|পুতিন"},
    {"মস্কোয়", "মস্কোয়|মস্কো"},
    {"রাশিয়ার", "রাশিয়ার|রাশিয়া"},
    {"হামাসের", "হামাসের|হামাসে|হামাস"},
    {"শিক্ষার্থীদেরকে", "শিক্ষার্থীদেরকে|শিক্ষার্থীদেরক|শিক্ষার্থীদের|শিক্ষার্থী"},
    {"ইরানেরও", "ইরানেরও|ইরানের|ইরানে|ইরান"},
    {"খামেনি", "খামেনি"},
    {"পুতিন", "পুতিন"},
    {"রাশিয়া", "রাশিয়া"},
    {"মস্কো", "মস্কো"},
    {"কাতার", "কাতার|কাতা"},
    {"আঙ্কারা", "আঙ্কারা|আঙ্কা"},
    {"কাতারের", "কাতারের|কাতারে|কাতার"},
    {"আঙ্কারায়", "আঙ্কারায়|আঙ্কারা"},
    {"দিল্লিতে", "দিল্লিতে|দিল্লিত|দিল্লি"},
    {"কুয়েতে", "কুয়েতে|কুয়েত"},
    {"ইরাকে", "ইরাকে|ইরাক|ইরা"},
    {"জিম্বাবুয়ের", "জিম্বাবুয়ের|জিম্বাবুয়ে|জিম্বাবুয়|জিম্বাবু"},
    {"হিজবুল্লাহর", "হিজবুল্লাহর|হিজবুল্লাহ"},
    {"দেশগুলোর", "দেশগুলোর|দেশগুলো|দেশ"},
    {"দেশটিকে", "দেশটিকে|দেশটিক|দেশটি|দেশ"},
    {"নেতারাও", "নেতারাও|নেতারা|নেতা"},
    {"হংকংয়ের", "হংকংয়ের|হংকংয়ে|হংকংয়|হংকং"},
    {"মস্কোতেই", "মস্কোতেই|মস্কোতে|মস্কোত|মস্কো"},
    {"কাদের", "কাদের|কাদে|কাদ|কা"},
    {"শি", "শি"},
    {"শিকে", "শিকে|শিক|শি"},
    {"এরা", "এরা"},
    {"২০১২-এর", "২০১২-এর|২০১২-এ|২০১২"},
    {"লোকেদের", "লোকেদের|লোকেদে|লোকেদ|লোকে"},
    {"কে", "কে"},
};
// clang-format on

const Morphology& Shipped() {
  static const Morphology* m = [] {
    auto r = Morphology::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Morphology(std::move(r).value());
  }();
  return *m;
}

std::string Join(const std::vector<std::string_view>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += '|';
    out += v[i];
  }
  return out;
}

TEST(Morphology, BestStemStripsInflectionsButKeepsNames) {
  size_t unchanged = 0;
  for (const StemRow& row : kStemRows) {
    const std::string_view word = row.word;
    EXPECT_EQ(Shipped().Stem(word), row.stem) << word;
    if (word == row.stem) ++unchanged;
    // The best stem is always one of the readings.
    std::vector<std::string_view> readings;
    Shipped().Stems(word, &readings);
    bool found = false;
    for (std::string_view r : readings) found = found || r == row.stem;
    EXPECT_TRUE(found) << word;
  }
  EXPECT_GE(std::size(kStemRows), 150u);
  EXPECT_GE(unchanged, 30u);
}

TEST(Morphology, ReadingsAreTheWordThenLongerStemsFirst) {
  for (const ReadingsRow& row : kReadingsRows) {
    std::vector<std::string_view> readings;
    Shipped().Stems(row.word, &readings);
    EXPECT_EQ(Join(readings), row.readings) << row.word;
  }
}

TEST(Morphology, ReadingsAreDistinctPrefixesViewingTheWord) {
  for (const StemRow& row : kStemRows) {
    const std::string_view word = row.word;
    std::vector<std::string_view> readings;
    Shipped().Stems(word, &readings);
    ASSERT_FALSE(readings.empty());
    EXPECT_EQ(readings[0].data(), word.data());
    EXPECT_EQ(readings[0].size(), word.size());
    for (size_t i = 1; i < readings.size(); ++i) {
      EXPECT_EQ(readings[i].data(), word.data()) << word;
      EXPECT_LT(readings[i].size(), readings[i - 1].size()) << word;
      EXPECT_FALSE(readings[i].empty()) << word;
    }
  }
}

TEST(Morphology, StemsAppendsToTheVector) {
  std::vector<std::string_view> out = {"x"};
  Shipped().Stems("\u0987\u09b0\u09be\u09a8\u09c7\u09b0", &out);  // ইরানের
  ASSERT_GE(out.size(), 3u);
  EXPECT_EQ(out[0], "x");
}

TEST(Morphology, EmptyAndForeignWordsHaveNoInflection) {
  std::vector<std::string_view> out;
  Shipped().Stems("", &out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(Shipped().Stem(""), "");
  for (const char* w : {"Putin", "2024", "\xff\xfe", "UN-"}) {
    out.clear();
    Shipped().Stems(w, &out);
    ASSERT_EQ(out.size(), 1u) << w;
    EXPECT_EQ(out[0], w);
    EXPECT_EQ(Shipped().Stem(w), w);
  }
}

TEST(Morphology, StemNeverEndsInAVirama) {
  // নিউইয়র্কে: a suffix split after র্ would leave a dangling virama.
  std::vector<std::string_view> out;
  Shipped().Stems("\u09a8\u09bf\u0989\u0987\u09af\u09bc\u09b0\u09cd\u0995\u09c7", &out);
  for (std::string_view r : out) EXPECT_NE(r.substr(r.size() - 3), "\u09cd");
}

class MorphologyLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ghotona_morph_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "ner");
    Write("stem_keep.txt", "# known stems\n\u0995\u09be\u09a4\u09be\u09b0\n");  // কাতার
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "ner" / name, std::ios::binary) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(MorphologyLoad, MalformedLineNamesFileAndLine) {
  const struct {
    const char* text;
    const char* reason;
  } kCases[] = {
      {"# c\ncase\t\u09b0\tvowel\n", "expected 4 TAB-separated columns"},
      {"# c\ncase\t\u09b0\tvowels\t-\n", "unknown class 'vowels'"},
      {"# c\ncase\t\u09b0\tvowel\tcasee\n", "unknown slot 'casee'"},
      {"# c\ncase\tr\tvowel\t-\n", "Bengali letters"},
      {"# c\ncase\t\tvowel\t-\n", "Bengali letters"},
  };
  for (const auto& c : kCases) {
    Write("suffixes.tsv", c.text);
    const auto r = Morphology::Load(dir_.string());
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), Status::Code::kParseError);
    const std::string where = (dir_ / "ner" / "suffixes.tsv").string() + ":2: ";
    EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find(c.reason), std::string::npos) << r.status().message();
  }
}

TEST_F(MorphologyLoad, MissingFileIsAnIoError) {
  const auto r = Morphology::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
}

TEST_F(MorphologyLoad, CombinationsFollowFromTheSlots) {
  // Two slots: case ের may be followed by emphasis ও, not the other way round.
  Write("suffixes.tsv",
        "case\t\u09c7\u09b0\tconsonant\temphasis\n"
        "emphasis\t\u0993\tany\t-\n");
  const auto r = Morphology::Load(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->suffix_count(), 2u);
  std::vector<std::string_view> out;
  r->Stems("\u0987\u09b0\u09be\u09a8\u09c7\u09b0\u0993", &out);  // ইরানেরও
  EXPECT_EQ(Join(out),
            "\u0987\u09b0\u09be\u09a8\u09c7\u09b0\u0993|\u0987\u09b0\u09be\u09a8\u09c7\u09b0|"
            "\u0987\u09b0\u09be\u09a8");
  out.clear();
  r->Stems("\u0987\u09b0\u09be\u09a8\u0993\u09c7\u09b0", &out);  // ইরানওের: wrong order
  EXPECT_EQ(out.size(), 1u);
  // A known stem listed in stem_keep.txt stops Stem().
  EXPECT_EQ(r->Stem("\u0995\u09be\u09a4\u09be\u09b0\u09c7\u09b0"), "\u0995\u09be\u09a4\u09be\u09b0");
}

TEST(Morphology, PathologicalWordTakesLinearTime) {
  // A 1 MB word of suffix-like pieces and garbage bytes.
  std::string word;
  const std::string pieces[] = {"\u09c7\u09b0", "\u0995\u09c7", "\u0993", "\u09cd", "\xff", "a"};
  for (size_t i = 0; word.size() < (1u << 20); ++i) word += pieces[(i * 7 + i / 3) % 6];
  word += "\u09a6\u09c7\u09b0\u0995\u09c7\u0993";  // দেরকেও
  const auto start = std::chrono::steady_clock::now();
  size_t total = 0;
  for (int i = 0; i < 200; ++i) {
    std::vector<std::string_view> out;
    Shipped().Stems(word, &out);
    total += out.size() + Shipped().Stem(word).size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(total, 0u);
  EXPECT_LT(seconds, 1.0 * GHOTONA_TIME_LIMIT_SCALE);
}

// data/ner/titles.txt (read by the linker and the tagger): every title sits
// in a documented class group, appears once, and names that are part of
// Bengali names (শেখ, বেগম) are not listed.
TEST(TitlesList, EveryTitleHasAKnownClassAndAppearsOnce) {
  std::ifstream in(std::string(GHOTONA_SOURCE_DATA_DIR) + "/ner/titles.txt", std::ios::binary);
  ASSERT_TRUE(in);
  std::string line;
  std::string cls;
  std::set<std::string> seen;
  std::map<std::string, int> per_class;
  while (std::getline(in, line)) {
    if (line.rfind("# class: ", 0) == 0) {
      cls = line.substr(9);
      EXPECT_TRUE(cls == "honorific" || cls == "office" || cls == "military-rank" || cls == "religious")
          << cls;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    EXPECT_FALSE(cls.empty()) << line << " comes before any class line";
    EXPECT_TRUE(seen.insert(line).second) << line << " is listed twice";
    EXPECT_EQ(line.find("  "), std::string::npos) << line;
    EXPECT_EQ(line.find('\t'), std::string::npos) << line;
    ++per_class[cls];
  }
  EXPECT_EQ(per_class.size(), 4u);
  EXPECT_EQ(seen.count("\u09b6\u09c7\u0996"), 0u);        // শেখ
  EXPECT_EQ(seen.count("\u09ac\u09c7\u0997\u09ae"), 0u);  // বেগম
  EXPECT_EQ(seen.count("\u0986\u09af\u09bc\u09be\u09a4\u09c1\u09b2\u09cd\u09b2\u09be\u09b9"),
            1u);  // আয়াতুল্লাহ
}

}  // namespace
}  // namespace ghotona::ner
