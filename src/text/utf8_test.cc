// Tests for the UTF-8 primitives: decoding of valid and invalid sequences,
// encoding round trips, counting, and OffsetMap against a simple reference.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace ghotona::text {
namespace {

struct DecodeRow {
  std::string bytes;
  char32_t cp;
  uint32_t len;
  bool valid;
};

TEST(DecodeUtf8, DecodesValidAndMaximalInvalidSubparts) {
  const DecodeRow rows[] = {
      {"A", 'A', 1, true},
      {"\xc3\xa9", 0xE9, 2, true},
      {"\xe0\xa6\x95", 0x0995, 3, true},
      {"\xf0\x9f\x98\x80", 0x1F600, 4, true},
      {"\x80", kReplacementChar, 1, false},
      {"\xc0\xaf", kReplacementChar, 1, false},
      {"\xe0\x80\x80", kReplacementChar, 1, false},
      {"\xe0\xa6", kReplacementChar, 2, false},
      {"\xe0\xa6"
       "A",
       kReplacementChar, 2, false},
      {"\xed\xa0\x80", kReplacementChar, 1, false},
      {"\xf4\x90\x80\x80", kReplacementChar, 1, false},
      {"\xf0\x9f\x98", kReplacementChar, 3, false},
      {"\xff", kReplacementChar, 1, false},
  };
  for (const DecodeRow& row : rows) {
    const Decoded d = DecodeUtf8(row.bytes, 0);
    EXPECT_EQ(d.cp, row.cp) << row.bytes;
    EXPECT_EQ(d.len, row.len) << row.bytes;
    EXPECT_EQ(d.valid, row.valid) << row.bytes;
  }
}

TEST(EncodeUtf8, RoundTripsEveryScalarValueAndReplacesSurrogates) {
  for (char32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 97)) {
    std::string s;
    AppendUtf8(cp, &s);
    const Decoded d = DecodeUtf8(s, 0);
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      EXPECT_EQ(d.cp, kReplacementChar);
    } else {
      ASSERT_TRUE(d.valid) << static_cast<uint32_t>(cp);
      ASSERT_EQ(d.cp, cp);
      ASSERT_EQ(d.len, s.size());
    }
  }
}

TEST(MakeValidUtf8, ReplacesEachInvalidSubpartOnce) {
  EXPECT_EQ(MakeValidUtf8("ok"), "ok");
  EXPECT_EQ(MakeValidUtf8("a\xe0\xa6z\xff"), "a\ufffdz\ufffd");
  EXPECT_TRUE(IsValidUtf8(MakeValidUtf8("\xf0\x9f\x98\xed\xa0\x80")));
  EXPECT_FALSE(IsValidUtf8("\xe0\xa6"));
  EXPECT_TRUE(IsValidUtf8("কখ"));
}

TEST(CountCodePoints, CountsInvalidSubpartsAsOne) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("কখ a"), 4u);
  EXPECT_EQ(CountCodePoints("a\xe0\xa6z"), 3u);
  EXPECT_EQ(CountCodePoints("a\xe0\xa6z"), CountCodePoints(MakeValidUtf8("a\xe0\xa6z")));
}

TEST(DecodeLastUtf8, DecodesTheLastCharacter) {
  size_t len;
  EXPECT_EQ(DecodeLastUtf8("aক", 4, &len), 0x0995u);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeLastUtf8("aক", 1, &len), static_cast<char32_t>('a'));
  EXPECT_EQ(len, 1u);
}

TEST(OffsetMap, AgreesWithALinearReferenceOnEveryOffset) {
  std::mt19937 rng(3);
  const char32_t alphabet[] = {'a', ' ', 0xE9, 0x0995, 0x09BE, 0x1F600};
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  for (int iter = 0; iter < 50; ++iter) {
    std::string text;
    std::vector<size_t> starts;  // byte offset of each code point
    const int n = iter * 7;
    for (int k = 0; k < n; ++k) {
      starts.push_back(text.size());
      AppendUtf8(alphabet[pick(rng)], &text);
    }
    const OffsetMap map(text);
    ASSERT_EQ(map.code_points(), starts.size());
    for (size_t cp = 0; cp < starts.size(); ++cp) {
      ASSERT_EQ(map.ToByte(cp), starts[cp]);
      ASSERT_EQ(map.ToCodePoint(starts[cp]), cp);
      if (starts[cp] + 1 < text.size() && (cp + 1 == starts.size() || starts[cp + 1] > starts[cp] + 1)) {
        ASSERT_EQ(map.ToCodePoint(starts[cp] + 1), cp) << "inside a character";
      }
    }
    EXPECT_EQ(map.ToByte(starts.size()), text.size());
    EXPECT_EQ(map.ToCodePoint(text.size()), starts.size());
  }
}

TEST(BengaliClasses, SeparateLettersMarksAndDigits) {
  EXPECT_TRUE(IsBengaliLetter(0x0995));   // ka
  EXPECT_TRUE(IsBengaliLetter(0x0985));   // a
  EXPECT_TRUE(IsBengaliLetter(0x09CE));   // khanda ta
  EXPECT_TRUE(IsBengaliLetter(0x09DF));   // precomposed ya nukta
  EXPECT_FALSE(IsBengaliLetter(0x09BE));  // aa sign
  EXPECT_FALSE(IsBengaliLetter(0x09E6));  // digit zero
  EXPECT_FALSE(IsBengaliLetter(0x098D));  // unassigned
  EXPECT_TRUE(IsBengaliMark(0x09BE));
  EXPECT_TRUE(IsBengaliMark(0x09CD));
  EXPECT_TRUE(IsBengaliMark(0x0981));
  EXPECT_FALSE(IsBengaliMark(0x0995));
  EXPECT_TRUE(IsBengaliDigit(0x09EF));
  EXPECT_TRUE(IsBengaliCodePoint(0x0964 + 0x1C));
  EXPECT_FALSE(IsBengaliCodePoint(0x0964));  // danda is in the Devanagari block
}

}  // namespace
}  // namespace ghotona::text
