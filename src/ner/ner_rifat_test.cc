// The committed name tagger model on the Rifat1493/Bengali-NER test split
// (../shared/eval/ner-rifat/test.txt, read at run time, never committed):
// entity-level exact-match F1 over PER/ORG/LOC with conlleval semantics (an
// I-X after O or after another type starts an entity) must not fall below
// the figures measured when the model was trained, minus a margin of 0.02
// for knowledge-base edits since (data/models/README.md). Measured: overall
// 0.708, PER 0.739, ORG 0.651, LOC 0.718 -- short of the 0.75 goal,
// which this test does not claim. Skipped when the data is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ner/ner_eval.h"
#include "ner/tagger.h"

namespace ghotona::ner {
namespace {

const char kTestPath[] = GHOTONA_SOURCE_DIR "/../shared/eval/ner-rifat/test.txt";

TEST(NerRifat, CommittedModelKeepsItsMeasuredF1OnTheTestSplit) {
  if (!std::filesystem::exists(kTestPath)) GTEST_SKIP() << "no " << kTestPath;
  auto sentences = ReadConll(kTestPath);
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  auto prep = SentencePreparer::Load(GHOTONA_SOURCE_DATA_DIR);
  ASSERT_TRUE(prep.ok()) << prep.status().ToString();
  auto tagger = Tagger::Load(GHOTONA_SOURCE_DATA_DIR "/models/ner.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();

  NerScore score;
  std::vector<NameTag> predicted;
  for (const LabeledSentence& s : *sentences) {
    const TrainingSentence prepared = prep->Prepare(s);
    tagger->Tag(TagTokens(prepared), &predicted);
    score.Add(prepared.tags, predicted);
  }
  const struct {
    EntityKind kind;
    double floor;
  } kFloors[] = {
      {EntityKind::kPer, 0.72},
      {EntityKind::kOrg, 0.63},
      {EntityKind::kLoc, 0.70},
  };
  for (const auto& f : kFloors) {
    EXPECT_GE(score.kind(f.kind).F1(), f.floor) << EntityKindName(f.kind);
  }
  EXPECT_GE(score.overall().F1(), 0.69)
      << "P " << score.overall().Precision() << " R " << score.overall().Recall();
}

}  // namespace
}  // namespace ghotona::ner
