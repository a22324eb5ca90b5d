// Tests for Normalize and CollapseWhitespace: one table row per rule, the
// fixed-point property, invalid UTF-8, a differential check of our NFC fast
// path against ICU, and a random-bytes loop.
#include "text/normalize.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "text/utf8.h"

namespace ghotona::text {
namespace {

struct Row {
  const char* name;
  std::string input;
  std::string expected;
};

// Invisible and look-alike characters are written as escapes so each row
// shows exactly what it tests.
const Row kNormalizeRows[] = {
    // Faithful text stays as it is.
    {"empty", "", ""},
    {"ascii", "Hello, World! 123", "Hello, World! 123"},
    {"ascii punctuation", "a-b (c) [d] {e} \"f\" 'g' ?!.,;:", "a-b (c) [d] {e} \"f\" 'g' ?!.,;:"},
    {"bengali digits kept", "২৩ জুন ২০২৫", "২৩ জুন ২০২৫"},
    {"curly quotes kept", "\u201cকথা\u201d \u2018ok\u2019", "\u201cকথা\u201d \u2018ok\u2019"},
    {"plain bengali", "ইরানের সর্বোচ্চ নেতা", "ইরানের সর্বোচ্চ নেতা"},
    {"danda kept", "বৈঠক।রাশিয়া", "বৈঠক।রাশিয়া"},
    {"tab and newline kept", "a\tb\nc", "a\tb\nc"},
    {"em dash and ellipsis kept", "a\u2014b\u2026", "a\u2014b\u2026"},
    // Nukta letters: the NFC form, base + U+09BC.
    {"precomposed ya nukta decomposed", "\u09df", "\u09af\u09bc"},
    {"precomposed rra decomposed", "\u09dc", "\u09a1\u09bc"},
    {"precomposed rha decomposed", "\u09dd", "\u09a2\u09bc"},
    {"decomposed ya nukta kept", "\u09af\u09bc", "\u09af\u09bc"},
    {"word with precomposed nukta", "ইসরা\u09dfেল", "ইসরা\u09af\u09bcেল"},
    {"precomposed nukta then stray nukta", "\u09df\u09bc", "\u09af\u09bc"},
    // Khanda ta.
    {"ta virama zwj is khanda ta", "উ\u09a4\u09cd\u200dস", "উ\u09ceস"},
    {"khanda ta kept", "উ\u09ceস", "উ\u09ceস"},
    {"ta virama zwnj keeps explicit virama", "\u09a4\u09cd\u200cস", "\u09a4\u09cdস"},
    // ZWJ / ZWNJ.
    {"ra zwj virama ya kept", "\u09b0\u200d\u09cd\u09af\u09be\u09ac", "\u09b0\u200d\u09cd\u09af\u09be\u09ac"},
    {"ra zwnj virama ya becomes zwj", "\u09b0\u200c\u09cd\u09af\u09be\u09ac",
     "\u09b0\u200d\u09cd\u09af\u09be\u09ac"},
    {"ra zwj not before virama dropped", "\u09b0\u200dক", "\u09b0ক"},
    {"ra zwj at end dropped", "\u09b0\u200d", "\u09b0"},
    {"ra zwj then ascii dropped", "\u09b0\u200d!", "\u09b0!"},
    {"zwj elsewhere dropped", "ক\u200d\u09cdষ", "ক\u09cdষ"},
    {"zwnj elsewhere dropped", "ক\u200cখ", "কখ"},
    {"doubled zwj after ra keeps one", "\u09b0\u200d\u200d\u09cd\u09af", "\u09b0\u200d\u09cd\u09af"},
    // a + aa sign.
    {"a plus aa sign is aa", "\u0985\u09beমি", "\u0986মি"},
    {"a plus zwj plus aa sign is aa", "\u0985\u200d\u09be", "\u0986"},
    {"a virama ya aa kept", "\u0985\u09cd\u09af\u09be", "\u0985\u09cd\u09af\u09be"},
    // Doubled signs.
    {"doubled i sign", "ক\u09bf\u09bf", "ক\u09bf"},
    {"doubled aa sign", "ক\u09be\u09be", "ক\u09be"},
    {"tripled e sign", "ক\u09c7\u09c7\u09c7", "ক\u09c7"},
    {"doubled virama", "ক\u09cd\u09cdষ", "ক\u09cdষ"},
    {"doubled chandrabindu", "চা\u0981\u0981দ", "চা\u0981দ"},
    {"doubled nukta", "\u09af\u09bc\u09bc", "\u09af\u09bc"},
    {"doubled o sign after composition", "ক\u09c7\u09be\u09cb", "ক\u09cb"},
    {"chandrabindu before aa sign moves after it", "চ\u0981\u09beদ", "চ\u09be\u0981দ"},
    {"chandrabindu before e sign moves after it", "প\u0981\u09c7চ", "প\u09c7\u0981চ"},
    {"chandrabindu after vowel sign kept", "চ\u09be\u0981দ", "চ\u09be\u0981দ"},
    {"chandrabindu before split o sign", "ক\u0981\u09c7\u09be", "ক\u09cb\u0981"},
    {"distinct signs kept", "ক\u09bf\u09c0", "ক\u09bf\u09c0"},
    // NFC itself.
    {"e sign plus aa sign composes to o sign", "ক\u09c7\u09be", "ক\u09cb"},
    {"e sign plus au length composes to au sign", "ক\u09c7\u09d7", "ক\u09cc"},
    {"e sign zwnj aa sign composes after removal", "ক\u09c7\u200c\u09be", "ক\u09cb"},
    {"virama nukta reordered", "ক\u09cd\u09bc", "ক\u09bc\u09cd"},
    {"latin combining accent composed", "e\u0301", "\u00e9"},
    {"combining accent with nothing to compose kept", "ক\u0301", "ক\u0301"},
    {"angstrom sign singleton", "\u212b", "\u00c5"},
    // Typographic clean-up.
    {"nbsp becomes space", "a\u00a0b", "a b"},
    {"en space becomes space", "a\u2002b", "a b"},
    {"narrow nbsp becomes space", "a\u202fb", "a b"},
    {"ideographic space becomes space", "a\u3000b", "a b"},
    {"zero width space removed", "ক\u200bখ", "কখ"},
    {"bom removed", "\ufeffক", "ক"},
    {"soft hyphen removed", "ক\u00adখ", "কখ"},
    {"bidi marks removed", "\u200eক\u200f\u202aখ\u202c\u2066গ\u2069", "কখগ"},
    {"word joiner removed", "a\u2060b", "ab"},
    {"line separator becomes newline", "a\u2028b\u2029c", "a\nb\nc"},
    // Controls.
    {"nul removed", std::string("a\0b", 3), "ab"},
    {"c0 controls removed",
     "a\x01\x07\x1b\x7f"
     "b",
     "ab"},
    {"c1 control removed", "a\u0090b", "ab"},
    {"crlf becomes newline", "a\r\nb", "a\nb"},
    {"lone cr becomes newline", "a\rb", "a\nb"},
    {"cr cr lf is two newlines", "a\r\r\nb", "a\n\nb"},
    {"nel becomes newline", "a\u0085b", "a\nb"},
    // Invalid UTF-8.
    {"lone continuation byte", "a\x80z", "a\ufffdz"},
    {"truncated three byte sequence", "a\xe0\xa6z", "a\ufffdz"},
    {"truncated at end", "ক\xe0\xa6", "ক\ufffd"},
    {"overlong encoding", "\xc0\xaf", "\ufffd\ufffd"},
    {"encoded surrogate", "\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
    {"beyond U+10FFFF", "\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
    {"invalid lead byte", "\xff\xfe", "\ufffd\ufffd"},
    {"four byte emoji kept", "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},
};

TEST(Normalize, AppliesEachRuleOfTheTable) {
  for (const Row& row : kNormalizeRows) {
    EXPECT_EQ(Normalize(row.input), row.expected) << row.name;
  }
}

TEST(Normalize, IsIdempotentOnEveryTableRow) {
  for (const Row& row : kNormalizeRows) {
    const std::string once = Normalize(row.input);
    EXPECT_EQ(Normalize(once), once) << row.name;
  }
}

bool IcuSaysNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool yes = nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return U_SUCCESS(status) && yes;
}

TEST(Normalize, OutputOfEveryTableRowIsNfcAccordingToIcu) {
  for (const Row& row : kNormalizeRows) {
    EXPECT_TRUE(IcuSaysNfc(Normalize(row.input))) << row.name;
  }
}

// Random strings over the characters the rules and the NFC fast path care
// about: the output must be valid UTF-8, NFC per ICU, and a fixed point.
TEST(Normalize, RandomBengaliMarkSoupIsValidNfcAndAFixedPoint) {
  const char32_t alphabet[] = {'a',    'e',    ' ',    '\r',   '\n',   0x0301, 0x0327, 0x00A0, 0x200B, 0x200C,
                               0x200D, 0x0985, 0x0986, 0x09A4, 0x09AF, 0x09B0, 0x09A1, 0x09BC, 0x09BE, 0x09BF,
                               0x09C7, 0x09CB, 0x09CD, 0x09CE, 0x09D7, 0x09DC, 0x09DD, 0x09DF, 0x0981, 0x0995,
                               0x00AD, 0xFEFF, 0x212B, 0x1100, 0x1161, 0x11A8, 0x09C0};
  std::mt19937 rng(20240215);
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) AppendUtf8(alphabet[pick(rng)], &s);
    const std::string once = Normalize(s);
    ASSERT_TRUE(IsValidUtf8(once)) << s;
    ASSERT_TRUE(IcuSaysNfc(once)) << s;
    ASSERT_EQ(Normalize(once), once) << s;
  }
}

std::string IcuNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, status);
  return out;
}

// Differential check of the single-pass fast path: handing Normalize text
// that ICU has already normalized must not change the result.
TEST(Normalize, AgreesWithIcuNfcAppliedFirst) {
  const char32_t alphabet[] = {'a',    ' ',    0x0301, 0x200C, 0x200D, 0x0985, 0x09A4, 0x09AF,
                               0x09B0, 0x09BC, 0x09BE, 0x09BF, 0x09C7, 0x09CB, 0x09CD, 0x09D7,
                               0x09DC, 0x09DF, 0x0981, 0x0995, 0x00A0, 0x212B, 0x1100, 0x1161};
  std::mt19937 rng(99);
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<int> length(0, 10);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) AppendUtf8(alphabet[pick(rng)], &s);
    ASSERT_EQ(Normalize(IcuNfc(s)), Normalize(s)) << s;
  }
}

TEST(Normalize, SeedPagesBecomeNfcFixedPoints) {
  const std::string dir = GHOTONA_SOURCE_DIR "/../shared/seeds";
  const char* const names[] = {"000_ba89ec7d04f6d98c.txt", "001_fd771b0d89b2d06f.txt",
                               "002_30c10c5ce49bc537.txt", "003_8784e094f14fd9bf.txt",
                               "004_d97d2db05307b8d5.txt"};
  for (const char* name : names) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) GTEST_SKIP() << "seed pages not found in " << dir;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string once = Normalize(buffer.str());
    EXPECT_TRUE(IcuSaysNfc(once)) << name;
    EXPECT_EQ(Normalize(once), once) << name;
    EXPECT_EQ(once.find("\u00a0"), std::string::npos) << name << ": NBSP left";
    EXPECT_GT(once.size(), buffer.str().size() * 9 / 10) << name << ": text lost";
  }
}

TEST(Normalize, RandomBytesAlwaysGiveValidUtf8AndAFixedPoint) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 40);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) {
      // Bias towards the Bengali lead bytes so sequences are often valid.
      const int r = byte(rng);
      s.push_back(static_cast<char>(r < 40 ? 0xE0 : r < 80 ? 0xA6 + (r & 1) : byte(rng)));
    }
    const std::string once = Normalize(s);
    ASSERT_TRUE(IsValidUtf8(once));
    ASSERT_EQ(Normalize(once), once);
  }
}

TEST(Normalize, LongTextOfAlreadyNormalTextIsUnchanged) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "রাশিয়ার উপ-পররাষ্ট্রমন্ত্রী বলেন, \u201cআলোচনা হবে।\u201d 2024\n";
  EXPECT_EQ(Normalize(text), text);
}

const Row kCollapseRows[] = {
    {"empty", "", ""},
    {"only spaces", "  \t\n ", ""},
    {"trims both ends", "  ক খ  ", "ক খ"},
    {"collapses runs", "a  \t\n b", "a b"},
    {"nbsp is whitespace", "a\u00a0\u00a0b", "a b"},
    {"zero width space is whitespace", "a\u200bb", "a b"},
    {"em space and ideographic space", "a\u2003\u3000b", "a b"},
    {"line separator", "a\u2028b", "a b"},
    {"carriage return", "a\r\nb", "a b"},
    {"no whitespace untouched", "ইরান-ইসরায়েল", "ইরান-ইসরায়েল"},
};

TEST(CollapseWhitespace, CollapsesEveryKindOfWhitespace) {
  for (const Row& row : kCollapseRows) {
    EXPECT_EQ(CollapseWhitespace(row.input), row.expected) << row.name;
  }
}

}  // namespace
}  // namespace ghotona::text
