// Table-driven tests of ner::Romanizer with the shipped clean-up rules
// (data/ner/romanize.tsv): readable ASCII for Bengali names (no inherent
// final vowel, medial schwa deletion, sh/ch/ng spellings), Latin passing
// through, slugs, load errors and use from several threads at once.
#include "ner/romanize.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace ghotona::ner {
namespace {

struct Row {
  const char* bengali;
  const char* roman;
};

// clang-format off
const Row kRows[] = {
    {"পুতিন", "putin"},
    {"খামেনি", "khameni"},
    {"ঢাকা", "dhaka"},
    {"ইরান", "iran"},
    {"মোখবের", "mokhber"},
    {"রহমান", "rahman"},
    {"মাহমুদ", "mahmud"},
    {"বাংলাদেশ", "bangladesh"},
    {"হাসান মাহমুদ", "hasan mahmud"},
    {"শেখ হাসিনা", "shekh hasina"},
    {"মস্কো", "masko"},
    {"চট্টগ্রাম", "chattagram"},
    {"আরাগচি", "aragchi"},
    {"জাকার্তা", "jakarta"},
    {"ম্যাক্রোঁ", "makron"},
    {"নেতানিয়াহু", "netaniyahu"},
    {"পেজেশকিয়ান", "pejeshkiyan"},
    {"তেহরান", "tehran"},
    {"কলকাতা", "kalkata"},
    {"হামাস", "hamas"},
    {"কাতার", "katar"},
    {"সৌদি আরব", "saudi arab"},
    {"কমল", "kamal"},
    {"মিত্র", "mitra"},
    {"আব্বাস আরাকচি", "abbas arakchi"},
    {"মুহাম্মদ ইউনূস", "muhammad yunus"},
    {"আনোয়ার ইব্রাহিম", "anwar ibrahim"},
    {"খুলনা", "khulna"},
    {"রাজশাহী", "rajshahi"},
    {"আল্লাহ", "allah"},
    {"ফিলিস্তিন", "filistin"},
    {"অ্যান্তোনিও গুতেরেস", "antonio guteres"},
    {"ইউক্রেন", "yukren"},
    {"সিনওয়ার", "sinwar"},
    {"ক্ষমতা", "kshamta"},
    {"পাত্রুশেভ", "patrushev"},
    {"জো বাইডেন", "jo baiden"},
    {"রাহুল গান্ধী", "rahul gandhi"},
    {"জিয়াউর রহমান", "jiyaur rahman"},
    {"চাঁদপুর", "chadpur"},
    {"২০২৪ সালের", "2024 saler"},
    {"Vladimir Putin", "vladimir putin"},
    {"IRGC-র প্রধান", "irgc r pradhan"},
};
// clang-format on

const Romanizer& Shipped() {
  static const Romanizer* r = [] {
    auto l = Romanizer::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(l.ok()) << l.status().ToString();
    return new Romanizer(std::move(l).value());
  }();
  return *r;
}

TEST(Romanizer, GivesReadableAsciiNames) {
  EXPECT_GE(std::size(kRows), 25u);
  for (const Row& row : kRows) EXPECT_EQ(Shipped().Romanize(row.bengali), row.roman) << row.bengali;
}

TEST(Romanizer, OutputIsLowercaseAsciiWordsWithSingleSpaces) {
  for (const Row& row : kRows) {
    const std::string r = Shipped().Romanize(row.bengali);
    ASSERT_FALSE(r.empty()) << row.bengali;
    EXPECT_NE(r.front(), ' ');
    EXPECT_NE(r.back(), ' ');
    EXPECT_EQ(r.find("  "), std::string::npos);
    for (char c : r) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') << row.bengali;
  }
  EXPECT_EQ(Shipped().Romanize(""), "");
  EXPECT_EQ(Shipped().Romanize("  \xE2\x80\x94 "), "");
}

TEST(Romanizer, SlugJoinsWordsWithHyphens) {
  EXPECT_EQ(Shipped().Slug(kRows[8].bengali), "hasan-mahmud");
  EXPECT_EQ(Shipped().Slug("  Vladimir   PUTIN "), "vladimir-putin");
  EXPECT_EQ(Shipped().Slug(kRows[0].bengali), "putin");
}

TEST(Romanizer, IsSafeToShareBetweenThreads) {
  std::vector<std::string> expected;
  for (const Row& row : kRows) expected.push_back(Shipped().Romanize(row.bengali));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int rep = 0; rep < 50; ++rep) {
        for (size_t i = 0; i < std::size(kRows); ++i) {
          if (Shipped().Romanize(kRows[i].bengali) != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Romanizer, SpeedIsRecorded) {
  // Romanization runs once per new entity, not per token; record the cost.
  const auto start = std::chrono::steady_clock::now();
  size_t calls = 0;
  for (int rep = 0; rep < 20; ++rep) {
    for (const Row& row : kRows) {
      calls += Shipped().Romanize(row.bengali).empty() ? 0 : 1;
    }
  }
  const double us =
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("microseconds_per_call", std::to_string(us / static_cast<double>(calls)));
  EXPECT_LT(us / static_cast<double>(calls), 1000.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(Romanizer, MalformedLineNamesFileAndLine) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("ghotona_romanize_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir / "ner");
  const std::string path = (dir / "ner" / "romanize.tsv").string();
  const struct {
    const char* text;
    const char* reason;
  } kCases[] = {
      {"# c\npost\tc\n", "expected 3 TAB-separated columns"},
      {"# c\nmiddle\tc\tch\n", "unknown stage"},
      {"# c\npost\tc\tch\npost\tc\tk\n", ":3: duplicate pattern"},
  };
  for (const auto& c : kCases) {
    std::ofstream(path, std::ios::binary) << c.text;
    const auto r = Romanizer::Load(dir.string());
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), Status::Code::kParseError);
    EXPECT_EQ(r.status().message().rfind(path + ":", 0), 0u) << r.status().message();
    EXPECT_NE(r.status().message().find(c.reason), std::string::npos) << r.status().message();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ghotona::ner
