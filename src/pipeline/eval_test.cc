// The metrics of eval.h on small hand-made texts.
#include "ghotona/eval.h"

#include <gtest/gtest.h>

namespace ghotona {
namespace {

TEST(WordTokens, SplitsOnEverythingButLettersMarksAndDigits) {
  EXPECT_EQ(WordTokens("ঢাকা, ১২ মার্চ: বৈঠক—শেষ!"),
            (std::vector<std::string>{"ঢাকা", "১২", "মার্চ", "বৈঠক", "শেষ"}));
  EXPECT_TRUE(WordTokens(" ,.। ").empty());
}

TEST(BagOfWords, CountsRepeatedWordsAsAMultiset) {
  Prf same = BagOfWords("এক দুই দুই", "দুই এক দুই");
  EXPECT_DOUBLE_EQ(same.f1, 1.0);
  Prf half = BagOfWords("এক দুই", "এক তিন");
  EXPECT_DOUBLE_EQ(half.precision, 0.5);
  EXPECT_DOUBLE_EQ(half.recall, 0.5);
  EXPECT_DOUBLE_EQ(BagOfWords("", "").f1, 1.0);
  EXPECT_DOUBLE_EQ(BagOfWords("এক", "").f1, 0.0);
}

TEST(CompareShingles, ScoresFourTokenShinglesNormalizedPerPage) {
  ShingleScore exact = CompareShingles("a b c d e", "a b c d e");
  EXPECT_DOUBLE_EQ(exact.tp, 1.0);
  EXPECT_TRUE(exact.tokens_equal);
  // Predicted has one extra token at the end: shingles abcd, bcde, cdef vs abcd, bcde.
  ShingleScore extra = CompareShingles("a b c d e f", "a b c d e");
  EXPECT_DOUBLE_EQ(extra.tp, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(extra.fp, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(extra.fn, 0.0);
  // A text shorter than four tokens is one shingle.
  EXPECT_DOUBLE_EQ(CompareShingles("a b", "a b").tp, 1.0);
  EXPECT_DOUBLE_EQ(CompareShingles("a b", "a c").tp, 0.0);
}

TEST(AggregateShingles, AveragesPrecisionAndRecallOverPagesThatHaveThem) {
  std::vector<ShingleScore> pages = {
      {1.0, 0.0, 0.0, true},   // perfect
      {0.5, 0.5, 0.0, false},  // precision 0.5, recall 1
      {0.0, 0.0, 1.0, false},  // nothing predicted: counts for recall only
  };
  BenchmarkScore s = AggregateShingles(pages);
  EXPECT_DOUBLE_EQ(s.precision, 0.75);
  EXPECT_DOUBLE_EQ(s.recall, 2.0 / 3.0);
  EXPECT_NEAR(s.f1, 2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0), 1e-12);
  EXPECT_NEAR(s.accuracy, 1.0 / 3.0, 1e-12);
}

}  // namespace
}  // namespace ghotona
