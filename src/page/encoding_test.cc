// Tests for input decoding: byte-order marks, legacy charsets declared in
// HTML meta tags, invalid UTF-8, and the binary-input check.
#include "page/encoding.h"

#include <gtest/gtest.h>

#include <string>

namespace ghotona::page {
namespace {

using std::string_literals::operator""s;

TEST(DecodeToUtf8, KeepsValidUtf8Unchanged) {
  Decoded d = DecodeToUtf8("খবর: plain text");
  EXPECT_EQ(d.utf8, "খবর: plain text");
  EXPECT_TRUE(d.warnings.empty());
}

struct BomCase {
  const char* name;
  std::string bytes;
  std::string expected;
};

class DecodeBom : public testing::TestWithParam<BomCase> {};

TEST_P(DecodeBom, StripsTheMarkAndConverts) {
  Decoded d = DecodeToUtf8(GetParam().bytes);
  EXPECT_EQ(d.utf8, GetParam().expected);
  EXPECT_TRUE(d.warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Boms, DecodeBom,
    testing::Values(BomCase{"Utf8",
                            "\xEF\xBB\xBF"
                            "খবর",
                            "খবর"},
                    BomCase{"Utf16Le", "\xFF\xFE\x96\x09\xAC\x09\xB0\x09\x0A\x00"s, "খবর\n"},
                    BomCase{"Utf16Be", "\xFE\xFF\x09\x96\x09\xAC\x09\xB0"s, "খবর"},
                    BomCase{"Utf32Le", "\xFF\xFE\x00\x00\x96\x09\x00\x00\xAC\x09\x00\x00\xB0\x09\x00\x00"s,
                            "খবর"},
                    BomCase{"Utf32Be", "\x00\x00\xFE\xFF\x00\x00\x09\x96"s, "খ"},
                    BomCase{"Utf16LeOddTrailingByte", "\xFF\xFE\x41\x00\x42"s, "A\xEF\xBF\xBD"}),
    [](const testing::TestParamInfo<BomCase>& info) { return info.param.name; });

struct LegacyCase {
  const char* name;
  std::string bytes;
  std::string expected_substring;
};

class DecodeDeclaredCharset : public testing::TestWithParam<LegacyCase> {};

TEST_P(DecodeDeclaredCharset, ConvertsWithIcu) {
  Decoded d = DecodeToUtf8(GetParam().bytes);
  EXPECT_NE(d.utf8.find(GetParam().expected_substring), std::string::npos) << d.utf8;
  EXPECT_TRUE(d.warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Charsets, DecodeDeclaredCharset,
    testing::Values(
        LegacyCase{"Windows1252MetaCharset",
                   "<html><head><meta charset=\"windows-1252\"></head><body>caf\xE9 \x93q\x94</body></html>",
                   "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"},
        // Browsers read iso-8859-1 as windows-1252: 0x80 is the euro sign.
        LegacyCase{"Latin1LabelMeansWindows1252", "<META CHARSET=ISO-8859-1><p>\x80 5</p>", "\xE2\x82\xAC 5"},
        LegacyCase{"Koi8rHttpEquiv",
                   "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                   "charset=koi8-r\"><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>",
                   "Привет"},
        LegacyCase{"Windows1251SingleQuotes",
                   "<meta http-equiv='content-type' content='text/html;charset=windows-1251'>"
                   "<p>\xCC\xE8\xF0</p>",
                   "Мир"}),
    [](const testing::TestParamInfo<LegacyCase>& info) { return info.param.name; });

TEST(DecodeToUtf8, ReplacesInvalidUtf8AndWarns) {
  Decoded d = DecodeToUtf8(
      "ab\xFF"
      "c\xE0\xA6"
      "d");
  EXPECT_EQ(d.utf8,
            "ab\xEF\xBF\xBD"
            "c\xEF\xBF\xBD"
            "d");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "invalid UTF-8 replaced");
}

TEST(DecodeToUtf8, ReplacesInvalidBytesWhenTheMetaDeclaresUtf8) {
  Decoded d = DecodeToUtf8("<meta charset=utf-8><p>x\xC3</p>");
  EXPECT_EQ(d.utf8, "<meta charset=utf-8><p>x\xEF\xBF\xBD</p>");
  EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(DecodeToUtf8, ReplacesInvalidBytesWhenIcuDoesNotKnowTheCharset) {
  Decoded d = DecodeToUtf8("<meta charset=no-such-charset><p>x\xE9</p>");
  EXPECT_EQ(d.utf8, "<meta charset=no-such-charset><p>x\xEF\xBF\xBD</p>");
  EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(DecodeToUtf8, PrefersValidUtf8OverAMetaDeclaration) {
  Decoded d = DecodeToUtf8("<meta charset=windows-1252><p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.utf8, "<meta charset=windows-1252><p>caf\xC3\xA9</p>");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(DeclaredHtmlCharset, LooksOnlyAtTheFirstFourKilobytes) {
  std::string page = "<html><head>" + std::string(5000, ' ') + "<meta charset=koi8-r>";
  EXPECT_EQ(DeclaredHtmlCharset(page), "");
  EXPECT_EQ(DeclaredHtmlCharset("<meta charset = \"KOI8-R\" >"), "koi8-r");
  EXPECT_EQ(DeclaredHtmlCharset("<meta name=charsetless content=x>"), "");
  EXPECT_EQ(DeclaredHtmlCharset("<p>charset=koi8-r</p>"), "");
}

struct BinaryCase {
  const char* name;
  std::string bytes;
  bool binary;
};

class LooksBinaryTable : public testing::TestWithParam<BinaryCase> {};

TEST_P(LooksBinaryTable, Classifies) { EXPECT_EQ(LooksBinary(GetParam().bytes), GetParam().binary); }

INSTANTIATE_TEST_SUITE_P(Inputs, LooksBinaryTable,
                         testing::Values(BinaryCase{"Empty", "", false},
                                         BinaryCase{"PlainText", "খবর\r\n\tline\f", false},
                                         BinaryCase{"NulByte", "text\0more"s, true},
                                         BinaryCase{"PngHeader", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, true},
                                         BinaryCase{"Utf16WithBom", "\xFF\xFE\x41\x00\x42\x00"s, false},
                                         BinaryCase{"ManyControlBytes", "\x01\x02\x03\x04 some text", true},
                                         BinaryCase{"FewControlBytes",
                                                    "one stray \x01 control byte in a longer line of text",
                                                    false}),
                         [](const testing::TestParamInfo<BinaryCase>& info) { return info.param.name; });

}  // namespace
}  // namespace ghotona::page
