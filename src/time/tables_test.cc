// The word tables and the tokenizer: light folding of spellings, suffix
// stripping with stop words, two-word spellings, readable errors for bad data
// files, and tokens for glued ordinals, hour suffixes and invalid UTF-8.
#include "time/tables.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "time/scanner.h"

namespace ghotona::time {
namespace {

namespace fs = std::filesystem;

const Tables& Shipped() {
  static const Tables tables = [] {
    auto t = Tables::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? std::move(*t) : Tables();
  }();
  return tables;
}

std::string Fold(std::string_view s) {
  std::string out;
  FoldWord(s, &out);
  return out;
}

TEST(FoldWord, ComposesNuktaLettersDropsJoinersAndLowercasesAscii) {
  EXPECT_EQ(Fold("\u09AF\u09BC"), "\u09DF");
  EXPECT_EQ(Fold("\u09A1\u09BC"), "\u09DC");
  EXPECT_EQ(Fold("\u09A2\u09BC"), "\u09DD");
  EXPECT_EQ(Fold("\u0985\u09BE"), "\u0986");
  EXPECT_EQ(Fold("র\u200Dয"), "রয");
  EXPECT_EQ(Fold("September"), "september");
  EXPECT_EQ(Fold("জানু\u09AF\u09BCারি"), Fold("জানু\u09DFারি"));
}

TEST(Tables, FindsMonthsInBothNuktaFormsAndInflected) {
  for (const char* w : {"জানু\u09AF\u09BCারি", "জানু\u09DFারি", "জানুয়ারিতে", "অক্টোবরে", "আগস্টের"}) {
    const WordInfo* info = Shipped().Lookup(Fold(w));
    ASSERT_NE(info, nullptr) << w;
    EXPECT_GT(info->gregorian_month, 0) << w;
  }
  EXPECT_EQ(Shipped().Lookup(Fold("ফাল্গুন"))->bangla_month, 11);
  EXPECT_EQ(Shipped().Lookup(Fold("রজব"))->hijri_month, 7);
  EXPECT_EQ(Shipped().Lookup(Fold("রোববার"))->weekday, 0);
  EXPECT_EQ(Shipped().Lookup(Fold("শনিবারে"))->weekday, 6);
}

TEST(Tables, StopWordsAreNotReducedToDateWords) {
  EXPECT_EQ(Shipped().Lookup(Fold("মেয়ে")), nullptr);
  EXPECT_EQ(Shipped().Lookup(Fold("মেয়েকে")), nullptr);
  EXPECT_EQ(Shipped().Lookup(Fold("অজানা")), nullptr);
}

TEST(Tables, TwoWordSpellingsAreFoundByTheirFirstWordAndAsAPair) {
  ASSERT_NE(Shipped().LookupExact(Fold("রবিউল")), nullptr);
  EXPECT_TRUE(Shipped().LookupExact(Fold("রবিউল"))->starts_phrase);
  ASSERT_NE(Shipped().LookupExact(Fold("রবিউল আউয়াল")), nullptr);
  EXPECT_EQ(Shipped().LookupExact(Fold("রবিউল আউয়াল"))->hijri_month, 3);
}

// Writes the four table files into a fresh directory, with one file replaced.
fs::path DataWith(const std::string& file, const std::string& content) {
  const fs::path dir = fs::temp_directory_path() / ("ghotona_time_tables_" + file);
  fs::remove_all(dir);
  fs::create_directories(dir / "time");
  for (const char* name : {"months.tsv", "weekdays.tsv", "words.tsv", "suffixes.tsv"}) {
    fs::copy_file(fs::path(GHOTONA_SOURCE_DATA_DIR) / "time" / name, dir / "time" / name);
  }
  std::ofstream(dir / "time" / file, std::ios::trunc) << content;
  return dir;
}

TEST(Tables, ReportsTheFileAndLineOfABadEntry) {
  auto bad_month = Tables::Load(DataWith("months.tsv", "# comment\nজানুয়ারি\tgregorian\t13\n").string());
  ASSERT_FALSE(bad_month.ok());
  EXPECT_NE(bad_month.status().message().find("months.tsv:2"), std::string::npos);
  auto bad_category = Tables::Load(DataWith("words.tsv", "আজ\tsoon\t0\n").string());
  ASSERT_FALSE(bad_category.ok());
  EXPECT_NE(bad_category.status().message().find("words.tsv:1"), std::string::npos);
  auto three_words = Tables::Load(DataWith("months.tsv", "a b c\tgregorian\t1\n").string());
  ASSERT_FALSE(three_words.ok());
}

TEST(Scanner, KeepsGluedOrdinalsAndHourSuffixesWithTheirNumber) {
  Scanner sc(Shipped(), "২১শে ১০টায় 1st ১৮:৩০আপডেট");
  Token t = sc.At(0);
  EXPECT_EQ(t.kind, Token::Kind::kNumber);
  EXPECT_EQ(t.number, 21);
  EXPECT_TRUE(t.ordinal);
  t = sc.At(1);
  EXPECT_EQ(t.number, 10);
  EXPECT_TRUE(t.hour_suffix);
  t = sc.At(2);
  EXPECT_EQ(t.number, 1);
  EXPECT_TRUE(t.ordinal);
  EXPECT_EQ(sc.At(3).number, 18);
  EXPECT_TRUE(sc.At(4).kind == Token::Kind::kPunct && sc.At(4).punct == ':');
  EXPECT_EQ(sc.At(5).number, 30);
  // The glued word is a token of its own.
  EXPECT_EQ(sc.At(6).kind, Token::Kind::kWord);
  ASSERT_NE(sc.At(6).info, nullptr);
  EXPECT_EQ(sc.At(6).info->label, LabelKind::kUpdated);
  EXPECT_EQ(sc.At(7).kind, Token::Kind::kEnd);
}

TEST(Scanner, RecordsLineBreaksAndMapsDashes) {
  Scanner sc(Shipped(), "১২\n–৩");
  EXPECT_FALSE(sc.At(0).newline_before);
  EXPECT_TRUE(sc.At(1).newline_before);
  EXPECT_EQ(sc.At(1).punct, static_cast<uint32_t>('-'));
}

TEST(Scanner, TurnsInvalidBytesIntoPunctuationAndKeepsOffsetsInside) {
  const std::string text = "\xff১২\xe0\xa6";
  Scanner sc(Shipped(), text);
  size_t i = 0;
  for (Token t = sc.At(0); t.kind != Token::Kind::kEnd; t = sc.At(++i)) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, text.size());
  }
  EXPECT_EQ(sc.At(1).number, 12);
}

}  // namespace
}  // namespace ghotona::time
