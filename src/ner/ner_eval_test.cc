// Tests for the CoNLL reader and the conlleval-style entity scoring: entity
// extraction on a hand table (including I- tags after O and after another
// type), canonical BIO, parsing quirks of the data and error messages, and
// the precision/recall/F1 counts.
#include "ner/ner_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ghotona::ner {
namespace {

constexpr NameTag O = NameTag::kO;
constexpr NameTag BP = NameTag::kBPer;
constexpr NameTag IP = NameTag::kIPer;
constexpr NameTag BO = NameTag::kBOrg;
constexpr NameTag IO = NameTag::kIOrg;
constexpr NameTag BL = NameTag::kBLoc;
constexpr NameTag IL = NameTag::kILoc;
constexpr EntityKind PER = EntityKind::kPer;
constexpr EntityKind ORG = EntityKind::kOrg;
constexpr EntityKind LOC = EntityKind::kLoc;

struct EntityRow {
  const char* name;
  std::vector<NameTag> tags;
  std::vector<TaggedSpan> entities;
  std::vector<NameTag> canonical;
};

const EntityRow kEntityRows[] = {
    {"no tags", {}, {}, {}},
    {"all O", {O, O}, {}, {O, O}},
    {"one token entity", {O, BP, O}, {{1, 2, PER}}, {O, BP, O}},
    {"B then I continue", {BO, IO, IO, O}, {{0, 3, ORG}}, {BO, IO, IO, O}},
    {"I after O starts an entity", {O, IL, IL, O}, {{1, 3, LOC}}, {O, BL, IL, O}},
    {"I at the sentence start starts an entity", {IP, O}, {{0, 1, PER}}, {BP, O}},
    {"I of another type starts a new entity", {BP, IO, IO}, {{0, 1, PER}, {1, 3, ORG}}, {BP, BO, IO}},
    {"B after B of the same type is a new entity", {BP, BP, IP}, {{0, 1, PER}, {1, 3, PER}}, {BP, BP, IP}},
    {"B after I of the same type is a new entity", {BL, IL, BL}, {{0, 2, LOC}, {2, 3, LOC}}, {BL, IL, BL}},
    {"entity at the sentence end", {O, BO, IO}, {{1, 3, ORG}}, {O, BO, IO}},
    {"I after O after an entity", {BP, O, IP}, {{0, 1, PER}, {2, 3, PER}}, {BP, O, BP}},
};

TEST(ExtractEntities, FollowsConllevalOnTheHandTable) {
  for (const EntityRow& row : kEntityRows) {
    EXPECT_EQ(ExtractEntities(row.tags), row.entities) << row.name;
    EXPECT_EQ(CanonicalBio(row.tags), row.canonical) << row.name;
    EXPECT_EQ(ExtractEntities(CanonicalBio(row.tags)), row.entities) << row.name;
  }
}

TEST(ParseConll, ReadsSentencesSkippingTheByteOrderMarkAndMappingTimeToO) {
  const std::string text =
      "\xEF\xBB\xBF\u09b6\u09c7\u0996\tB-PER\n\u09b9\u09be\u09b8\u09bf\u09a8\u09be\tI-"
      "PER\n\u09e8\u09e6\u09e8\u09ea\tTIM\n"
      "\n\n"
      "\u09a2\u09be\u0995\u09be\tB-LOC\r\n.\t\t\tO\t\nx\t\n\tO\n";
  auto sentences = ParseConll(text, "mem");
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  ASSERT_EQ(sentences->size(), 2u);
  EXPECT_EQ((*sentences)[0].tokens[0], "\u09b6\u09c7\u0996");
  EXPECT_EQ((*sentences)[0].tags, (std::vector<NameTag>{BP, IP, O}));
  // Quirks of the data: CR LF, several tabs, a missing tag (read as O), an empty token.
  EXPECT_EQ((*sentences)[1].tokens, (std::vector<std::string>{"\u09a2\u09be\u0995\u09be", ".", "x", ""}));
  EXPECT_EQ((*sentences)[1].tags, (std::vector<NameTag>{BL, O, O, O}));
}

TEST(ParseConll, NormalizesTokensToTheProjectsNfc) {
  // Precomposed U+09DF (য়) becomes য + nukta, as text::Normalize writes it.
  auto sentences = ParseConll("\u09a8\u09a6\u09c0\u09df\tO\n", "mem");
  ASSERT_TRUE(sentences.ok());
  EXPECT_EQ((*sentences)[0].tokens[0], "\u09a8\u09a6\u09c0\u09af\u09bc");
}

TEST(ParseConll, NamesFileAndLineOfABadLine) {
  const struct {
    std::string text;
    std::string message;
  } kRows[] = {
      {"a\tO\nb B-PER\n", "f.txt:2: want TOKEN<TAB>TAG"},
      {"a\tO\n\nb\tB-XYZ\n", "f.txt:3: unknown tag 'B-XYZ'"},
  };
  for (const auto& row : kRows) {
    auto sentences = ParseConll(row.text, "f.txt");
    ASSERT_FALSE(sentences.ok()) << row.text;
    EXPECT_EQ(sentences.status().message(), row.message);
  }
}

TEST(NerScore, CountsExactMatchesPerTypeAndOverall) {
  NerScore score;
  // Gold: PER [0,2), LOC [3,4). Predicted: PER [0,2) right, LOC [3,5) wrong boundary.
  score.Add(std::vector<NameTag>{BP, IP, O, BL, O}, std::vector<NameTag>{BP, IP, O, BL, IL});
  // Gold: ORG [0,1). Predicted: ORG [0,1) through an I- tag after O semantics, PER [2,3) spurious.
  score.Add(std::vector<NameTag>{BO, O, O}, std::vector<NameTag>{IO, O, BP});
  EXPECT_EQ(score.kind(PER).gold, 1u);
  EXPECT_EQ(score.kind(PER).predicted, 2u);
  EXPECT_EQ(score.kind(PER).correct, 1u);
  EXPECT_EQ(score.kind(LOC).correct, 0u);
  EXPECT_EQ(score.kind(ORG).correct, 1u);
  EXPECT_EQ(score.overall().gold, 3u);
  EXPECT_EQ(score.overall().predicted, 4u);
  EXPECT_EQ(score.overall().correct, 2u);
  EXPECT_DOUBLE_EQ(score.overall().Precision(), 0.5);
  EXPECT_DOUBLE_EQ(score.overall().Recall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(score.overall().F1(), 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3));
}

TEST(NerScore, IsZeroWithoutEntities) {
  NerScore score;
  score.Add(std::vector<NameTag>{O}, std::vector<NameTag>{O});
  EXPECT_EQ(score.overall().F1(), 0.0);
}

}  // namespace
}  // namespace ghotona::ner
