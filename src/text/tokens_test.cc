// Tests for Tokenize: kinds and code point offsets (Python's text[b:e]) on a
// table of texts, and offsets that stay consistent on arbitrary input.
#include "text/tokens.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace ghotona::text {
namespace {

struct Expected {
  std::string text;
  TokenKind kind;
};

struct Row {
  const char* name;
  std::string input;
  std::vector<Expected> tokens;
};

constexpr TokenKind W = TokenKind::kWord;
constexpr TokenKind N = TokenKind::kNumber;
constexpr TokenKind P = TokenKind::kPunct;

const Row kRows[] = {
    {"empty", "", {}},
    {"bengali words", "ইরানের সর্বোচ্চ নেতা", {{"ইরানের", W}, {"সর্বোচ্চ", W}, {"নেতা", W}}},
    {"hyphenated names split at the hyphen", "ইরান-ইসরায়েল", {{"ইরান", W}, {"-", P}, {"ইসরায়েল", W}}},
    {"danda is punctuation", "শেষ।শুরু", {{"শেষ", W}, {"।", P}, {"শুরু", W}}},
    {"bengali number with comma", "১,২০০ জন", {{"১,২০০", N}, {"জন", W}}},
    {"decimal and time", "৩.৫ ২২:০৭", {{"৩.৫", N}, {"২২:০৭", N}}},
    {"trailing separator is punctuation", "২০২৫, ১০.", {{"২০২৫", N}, {",", P}, {"১০", N}, {".", P}}},
    {"number then suffix", "১০টি", {{"১০", N}, {"টি", W}}},
    {"ascii words and number",
     "UN Security Council 2024",
     {{"UN", W}, {"Security", W}, {"Council", W}, {"2024", N}}},
    {"english apostrophe", "Xi's plan", {{"Xi's", W}, {"plan", W}}},
    {"curly apostrophe", "Xi\u2019s", {{"Xi\u2019s", W}}},
    {"quotes around bengali", "\u201cশান্তি\u201d", {{"\u201c", P}, {"শান্তি", W}, {"\u201d", P}}},
    {"zwj inside a word",
     "\u09b0\u200d\u09cd\u09af\u09be\u09ac",
     {{"\u09b0\u200d\u09cd\u09af\u09be\u09ac", W}}},
    {"khanda ta and chandrabindu", "উৎসব চাঁদ", {{"উৎসব", W}, {"চাঁদ", W}}},
    {"visarga inside a word", "দুঃখ", {{"দুঃখ", W}}},
    {"latin with accent", "café!", {{"café", W}, {"!", P}}},
    {"digits and letters mixed", "G7", {{"G", W}, {"7", N}}},
    {"taka sign", "৳৫০", {{"৳", P}, {"৫০", N}}},
};

TEST(Tokenize, ProducesTheExpectedTokensWithCodePointOffsets) {
  for (const Row& row : kRows) {
    const std::vector<Token> tokens = Tokenize(row.input);
    ASSERT_EQ(tokens.size(), row.tokens.size()) << row.name;
    const OffsetMap map(row.input);
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(TokenText(row.input, tokens[i]), row.tokens[i].text) << row.name << " token " << i;
      EXPECT_EQ(tokens[i].kind, row.tokens[i].kind) << row.name << " token " << i;
      EXPECT_EQ(tokens[i].cp_begin, map.ToCodePoint(tokens[i].byte_begin)) << row.name;
      EXPECT_EQ(tokens[i].cp_end, map.ToCodePoint(tokens[i].byte_end)) << row.name;
    }
  }
}

TEST(Tokenize, CodePointOffsetsCountFromTheStartOfTheText) {
  // "ab কখ": the Bengali word starts at code point 3 and ends at 5.
  const std::vector<Token> tokens = Tokenize("ab \u0995\u0996");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].cp_begin, 3u);
  EXPECT_EQ(tokens[1].cp_end, 5u);
  EXPECT_EQ(tokens[1].byte_begin, 3u);
  EXPECT_EQ(tokens[1].byte_end, 9u);
}

TEST(Tokenize, OffsetsStayOrderedAndInBoundsOnRandomBytes) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int iter = 0; iter < 5000; ++iter) {
    std::string s;
    const int n = iter % 50;
    for (int k = 0; k < n; ++k) s.push_back(static_cast<char>(byte(rng) < 60 ? 0xE0 : byte(rng)));
    const size_t cps = CountCodePoints(s);
    size_t last_cp = 0;
    size_t last_byte = 0;
    for (const Token& t : Tokenize(s)) {
      ASSERT_LE(last_cp, t.cp_begin);
      ASSERT_LT(t.cp_begin, t.cp_end);
      ASSERT_LE(t.cp_end, cps);
      ASSERT_LE(last_byte, t.byte_begin);
      ASSERT_LT(t.byte_begin, t.byte_end);
      ASSERT_LE(t.byte_end, s.size());
      last_cp = t.cp_end;
      last_byte = t.byte_end;
    }
  }
}

}  // namespace
}  // namespace ghotona::text
