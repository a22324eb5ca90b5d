// Tests of WordIndex: every key finds its ids, other words find nothing, and
// a large index with many near-identical keys stays exact.
#include "ner/word_index.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace ghotona::ner {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<uint32_t> Ids(const WordIndex& index, std::string_view word) {
  const std::span<const uint32_t> ids = index.Find(word);
  return {ids.begin(), ids.end()};
}

TEST(WordIndex, FindsTheIdsOfEachKeyAndNothingElse) {
  const WordIndex index({{"ইরান", {3, 7}}, {"iran", {1}}, {"", {9}}});
  EXPECT_THAT(Ids(index, "ইরান"), ElementsAre(3, 7));
  EXPECT_THAT(Ids(index, "iran"), ElementsAre(1));
  EXPECT_THAT(Ids(index, ""), ElementsAre(9));
  EXPECT_THAT(Ids(index, "ইরাক"), IsEmpty());
  EXPECT_THAT(Ids(index, "Iran"), IsEmpty());
  EXPECT_EQ(index.size(), 3u);
}

TEST(WordIndex, AnEmptyIndexFindsNothing) {
  EXPECT_THAT(Ids(WordIndex(), "x"), IsEmpty());
  EXPECT_THAT(Ids(WordIndex(std::unordered_map<std::string, std::vector<uint32_t>>()), "x"), IsEmpty());
}

TEST(WordIndex, StaysExactWithManySimilarKeys) {
  std::unordered_map<std::string, std::vector<uint32_t>> entries;
  for (uint32_t i = 0; i < 20000; ++i) entries["key-" + std::to_string(i) + "-long-enough-for-chunks"] = {i};
  const WordIndex index(entries);
  for (uint32_t i = 0; i < 20000; i += 997) {
    EXPECT_THAT(Ids(index, "key-" + std::to_string(i) + "-long-enough-for-chunks"), ElementsAre(i));
  }
  EXPECT_THAT(Ids(index, "key-20000-long-enough-for-chunks"), IsEmpty());
  EXPECT_THAT(Ids(index, "key-1-long-enough-for-chunk"), IsEmpty());
}

}  // namespace
}  // namespace ghotona::ner
