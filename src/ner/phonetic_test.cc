// Table-driven tests of ner::PhoneticKey with the shipped rules
// (data/ner/phonetic.tsv): spelling variants of one name share a key,
// different names that look alike do not; plus the rule table itself
// (longest match, anchors, in-place folding), load errors and linear time.
#include "ner/phonetic.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace ghotona::ner {
namespace {

struct Pair {
  const char* a;
  const char* b;
};

// clang-format off
// Transliteration variants of one name.
const Pair kSameName[] = {
    {"আলি", "আলী"},
    {"বোগদানভ", "বোগদানোভ"},
    {"আরাগচি", "আরাকচি"},
    {"আরাগচি", "আরাঘচি"},
    {"নেতানিয়াহু", "নেতানিয়াহ"},
    {"খামেনি", "খামেনেই"},
    {"খামেনি", "খামেনেয়ি"},
    {"লাভরভ", "লাভরোভ"},
    {"ভ্লাদিমির", "ব্লাদিমির"},
    {"মোহাম্মদ", "মুহাম্মদ"},
    {"হোসেন", "হুসেন"},
    {"হোসাইন", "হুসাইন"},
    {"হুসেইন", "হুসাইন"},
    {"ইসরাইল", "ইসরাঈল"},
    {"সিরিয়া", "সিরীয়া"},
    {"মিসর", "মিশর"},
    {"জেলেনস্কি", "জেলেনস্কী"},
    {"রহমান", "রাহমান"},
    {"করিম", "কারিম"},
    {"উমর", "ওমর"},
    {"ইউসুফ", "ইউসূফ"},
    {"নূর", "নুর"},
    {"আবুধাবি", "আবুদাবি"},
    {"থাইল্যান্ড", "তাইল্যান্ড"},
    {"ম্যাক্রোঁ", "মাক্রো"},
    {"পেজেশকিয়ান", "পেজেসকিয়ান"},
    {"আবদুল্লাহিয়ান", "আবদোল্লাহিয়ান"},
    {"রাইসি", "রায়িসি"},
    {"রাইসি", "রইসি"},
    {"জারিফ", "জরিফ"},
    {"ইসমাইল", "ইসমাঈল"},
    {"হাসিনা", "হাসীনা"},
    {"ইউনূস", "ইউনুস"},
    {"কর্ণেল", "কর্নেল"},
    {"রাষ্ট্রপতি", "রাস্ট্রপতি"},
    {"হযরত", "হযরৎ"},
    {"যাকারিয়া", "জাকারিয়া"},
    {"কুরআন", "কোরআন"},
    {"হিজবুল্লাহ", "হিজবোল্লাহ"},
    {"হামাস", "হামাশ"},
    {"ইয়াহিয়া", "ইয়াহইয়া"},
    {"সিনওয়ার", "সিনোয়ার"},
    {"আন্তোনিও", "অ্যান্তোনিও"},
    {"ব্লিঙ্কেন", "ব্লিংকেন"},
    {"উসমান", "ওসমান"},
    {"জয়শঙ্কর", "জয়শংকর"},
    {"আব্বাস", "আববাস"},
    {"মাহমুদ", "মাহমূদ"},
    {"মোস্তফা", "মুস্তাফা"},
    {"ফিলিস্তিন", "ফিলিস্তীন"},
    {"উজবেকিস্তান", "উজবেকিস্থান"},
    {"আফগানিস্তান", "আফগানিস্থান"},
    {"ইন্দোনেশিয়া", "ইন্দোনেসিয়া"},
    {"কিয়েভ", "কিয়েব"},
    {"খারকিভ", "খারকিব"},
    {"দোনেৎস্ক", "দোনেতস্ক"},
    {"হুদাইদা", "হোদেইদা"},
    {"সুলতান", "সোলতান"},
    {"রাফা", "রাফাহ"},
    {"রামাল্লা", "রামাল্লাহ"},
    {"আজারবাইজান", "আজারবাইযান"},
    {"ওয়াশিংটন", "ওয়াশিঙ্টন"},
    {"গাজা", "গাযা"},
};

// Different names that must keep different keys.
const Pair kDifferentNames[] = {
    {"ইরান", "ইরাক"},
    {"হাসান", "হোসেন"},
    {"মাহমুদ", "মোহাম্মদ"},
    {"আলী", "আলম"},
    {"মোদি", "মাদুরো"},
    {"কাতার", "কাবুল"},
    {"সিরিয়া", "সার্বিয়া"},
    {"অস্ট্রিয়া", "অস্ট্রেলিয়া"},
    {"লিবিয়া", "লাইবেরিয়া"},
    {"নাইজার", "নাইজেরিয়া"},
    {"সুদান", "সুইডেন"},
    {"গিনি", "গায়ানা"},
    {"মালি", "মালয়েশিয়া"},
    {"ইসরায়েল", "ইসমাইল"},
    {"হামাস", "হানিয়া"},
    {"রাইসি", "রাশিয়া"},
    {"জারিফ", "জাফর"},
    {"ট্রাম্প", "ট্রুডো"},
    {"খামেনি", "খাতামি"},
    {"আব্বাস", "আব্বাসি"},
    {"করিম", "কামাল"},
    {"ওমর", "আমির"},
    {"কুয়েত", "কাতার"},
    {"ওমান", "আম্মান"},
    {"গাজা", "গিজা"},
    {"চীন", "চিলি"},
    {"জাপান", "জর্ডান"},
    {"খান", "কান"},
    {"মাখোঁ", "ম্যাক্রোঁ"},
    {"নাসের", "নাসির"},
    {"বাশার", "বশির"},
    {"পুতিন", "পেটেন"},
    {"সালমান", "সুলেমান"},
    {"লেবানন", "লিবিয়া"},
    {"ইয়েমেন", "আমিন"},
    {"বাইডেন", "বুদাপেস্ট"},
    {"হামাস", "হোমস"},
    {"খামেনি", "খোমেনি"},
    {"দুবাই", "ঢাবি"},
    {"মুরসি", "মার্সেই"},
    {"মালি", "মালাউই"},
};
// clang-format on

const PhoneticKey& Shipped() {
  static const PhoneticKey* k = [] {
    auto r = PhoneticKey::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new PhoneticKey(std::move(r).value());
  }();
  return *k;
}

TEST(PhoneticKey, VariantSpellingsOfOneNameShareAKey) {
  EXPECT_GE(std::size(kSameName), 40u);
  for (const Pair& p : kSameName) {
    const std::string a = Shipped().Key(p.a);
    EXPECT_FALSE(a.empty()) << p.a;
    EXPECT_EQ(a, Shipped().Key(p.b)) << p.a << " / " << p.b;
  }
}

TEST(PhoneticKey, DifferentNamesKeepDifferentKeys) {
  EXPECT_GE(std::size(kDifferentNames), 20u);
  for (const Pair& p : kDifferentNames) {
    EXPECT_NE(Shipped().Key(p.a), Shipped().Key(p.b)) << p.a << " / " << p.b;
  }
}

TEST(PhoneticKey, KeysAreLowercaseAscii) {
  for (const Pair& p : kSameName) {
    for (char c : Shipped().Key(p.a)) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) << p.a;
  }
  EXPECT_EQ(Shipped().Key("Putin-2"), "putin2");
  EXPECT_EQ(Shipped().Key(""), "");
}

TEST(PhoneticKey, AppendKeyAppendsWithoutReallocating) {
  std::string out = "x|";
  out.reserve(256);
  const char* data = out.data();
  Shipped().AppendKey(kSameName[0].a, &out);
  out += '|';
  Shipped().AppendKey(kSameName[0].b, &out);
  EXPECT_EQ(out, "x|" + Shipped().Key(kSameName[0].a) + "|" + Shipped().Key(kSameName[0].b));
  EXPECT_EQ(out.data(), data);
}

TEST(RewriteRules, TakesTheLongestMatchAndHonoursAnchors) {
  RewriteRules r;
  ASSERT_TRUE(r.Add("ab", "X").ok());
  ASSERT_TRUE(r.Add("abc", "Y").ok());
  ASSERT_TRUE(r.Add("^a", "S").ok());
  ASSERT_TRUE(r.Add("c$", "E").ok());
  EXPECT_FALSE(r.Add("ab", "Z").ok());
  EXPECT_FALSE(r.Add("", "Z").ok());
  std::string out;
  r.Apply("abcab", RewriteRules::Unmatched::kCopy, &out);
  EXPECT_EQ(out, "SbcX");  // ^a, then b and c copied, then ab
  out.clear();
  r.Apply("xabcabcc", RewriteRules::Unmatched::kCopy, &out);
  EXPECT_EQ(out, "xYYE");  // abc beats ab; the last c is the only one at the end
  out.clear();
  r.Apply("x-ab!", RewriteRules::Unmatched::kKeepAsciiAlnum, &out);
  EXPECT_EQ(out, "xX");
}

TEST(RewriteRules, InPlaceFoldingShrinksTheTail) {
  RewriteRules r;
  ASSERT_TRUE(r.Add("ei", "i").ok());
  ASSERT_TRUE(r.Add("hu$", "h").ok());
  EXPECT_TRUE(r.ShrinksOnly());
  std::string s = "keep:xmeneihu";
  r.ApplyInPlace(&s, 5);
  EXPECT_EQ(s, "keep:xmenih");
}

class PhoneticLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ghotona_phonetic_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "ner");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(PhoneticLoad, MalformedLineNamesFileAndLine) {
  const struct {
    const char* text;
    const char* reason;
  } kCases[] = {
      {"# c\nmap\t\u0995\n", "expected 3 TAB-separated columns"},
      {"# c\nmapp\t\u0995\tk\n", "unknown stage"},
      {"# c\nmap\t\u0995\tK\n", "lowercase ASCII"},
      {"# c\nfold\tk\tkk\n", "may not lengthen"},
      {"# c\nfold\t\u0995\tk\n", "rewrites key letters"},
      {"# c\nmap\t\t\tk\n", "expected 3"},
  };
  for (const auto& c : kCases) {
    std::ofstream(dir_ / "ner" / "phonetic.tsv", std::ios::binary) << c.text;
    const auto r = PhoneticKey::Load(dir_.string());
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), Status::Code::kParseError);
    const std::string where = (dir_ / "ner" / "phonetic.tsv").string() + ":2: ";
    EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find(c.reason), std::string::npos) << r.status().message();
  }
  std::filesystem::remove(dir_ / "ner" / "phonetic.tsv");
  EXPECT_EQ(PhoneticKey::Load(dir_.string()).status().code(), Status::Code::kIoError);
}

TEST(PhoneticKey, PathologicalInputTakesLinearTime) {
  // 1 MB and 2 MB of rule prefixes, garbage bytes and marks: time must grow linearly.
  auto make = [](size_t size) {
    std::string s;
    const std::string pieces[] = {"\u09be", "\u09b9\u09c1", "\u0985\u09cd\u09af", "\xff", "\u09cd", "ei"};
    for (size_t i = 0; s.size() < size; ++i) s += pieces[(i * 5 + i / 7) % 6];
    return s;
  };
  auto time = [](const std::string& s) {
    const auto start = std::chrono::steady_clock::now();
    std::string out;
    Shipped().AppendKey(s, &out);
    EXPECT_FALSE(out.empty());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const double one = time(make(1u << 20));
  const double two = time(make(2u << 20));
  EXPECT_LT(one, 1.0 * GHOTONA_TIME_LIMIT_SCALE);
  EXPECT_LT(two, 4 * one + 0.05 * GHOTONA_TIME_LIMIT_SCALE);
}

}  // namespace
}  // namespace ghotona::ner
