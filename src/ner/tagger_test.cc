// Tests for the name tagger: it learns a tiny corpus, training is
// deterministic, a saved model loads back to the same tags and the same file,
// malformed model files fail with "path:line: reason", an empty sentence and
// a very long one are handled (the latter in linear time), and the gazetteer
// built from a knowledge base marks the words of its names.
#include "ner/tagger.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace ghotona::ner {
namespace {

constexpr NameTag O = NameTag::kO;
constexpr NameTag BP = NameTag::kBPer;
constexpr NameTag IP = NameTag::kIPer;
constexpr NameTag BO = NameTag::kBOrg;
constexpr NameTag IO = NameTag::kIOrg;
constexpr NameTag BL = NameTag::kBLoc;

// A sentence of (word, tag) pairs; the stem is the word, gazetteer bits 0.
TrainingSentence Sentence(const std::vector<std::pair<std::string, NameTag>>& words) {
  TrainingSentence s;
  for (const auto& [word, tag] : words) {
    s.text.push_back(word);
    s.stem.push_back(word);
    s.gazetteer.push_back(0);
    s.tags.push_back(tag);
  }
  return s;
}

std::vector<TrainingSentence> TinyCorpus() {
  return {
      Sentence({{"রহিম", BP}, {"উদ্দিন", IP}, {"ঢাকায়", BL}, {"গেছেন", O}, {"।", O}}),
      Sentence({{"জাতিসংঘ", BO}, {"শান্তি", IO}, {"মিশন", IO}, {"বলেছে", O}, {"।", O}}),
      Sentence({{"করিম", BP}, {"বলেন", O}, {",", O}, {"খুলনা", BL}, {"শান্ত", O}, {"।", O}}),
      Sentence({{"আজ", O}, {"বৃষ্টি", O}, {"হয়েছে", O}, {"।", O}}),
  };
}

std::vector<TagToken> Tokens(const TrainingSentence& s) {
  std::vector<TagToken> tokens;
  for (size_t i = 0; i < s.text.size(); ++i) tokens.push_back(TagToken{s.text[i], s.stem[i], s.gazetteer[i]});
  return tokens;
}

Tagger TrainTiny() {
  TrainOptions options;
  options.iterations = 10;
  options.o_penalty = 7;
  auto tagger = Train(TinyCorpus(), options);
  EXPECT_TRUE(tagger.ok()) << tagger.status().ToString();
  return std::move(*tagger);
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("ghotona_tagger_test_" + name)).string();
}

TEST(Tagger, LearnsATinyCorpus) {
  Tagger tagger = TrainTiny();
  std::vector<NameTag> tags;
  for (const TrainingSentence& s : TinyCorpus()) {
    tagger.Tag(Tokens(s), &tags);
    EXPECT_EQ(tags, s.tags) << s.text[0];
  }
}

TEST(Tagger, TrainsTheSameModelEveryTime) { EXPECT_EQ(TrainTiny().Serialize(), TrainTiny().Serialize()); }

TEST(Tagger, SavedModelLoadsBackToTheSameFileAndTags) {
  Tagger tagger = TrainTiny();
  const std::string path = TempPath("roundtrip.model");
  ASSERT_TRUE(tagger.Save(path).ok());
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Serialize(), tagger.Serialize());
  EXPECT_EQ(loaded->num_features(), tagger.num_features());
  const TrainingSentence unseen = Sentence({{"সেলিম", O}, {"উদ্দিন", O}, {"খুলনায়", O}, {"বলেন", O}});
  std::vector<NameTag> a, b;
  for (const TrainingSentence& s : TinyCorpus()) {
    tagger.Tag(Tokens(s), &a);
    loaded->Tag(Tokens(s), &b);
    EXPECT_EQ(a, b);
  }
  tagger.Tag(Tokens(unseen), &a);
  loaded->Tag(Tokens(unseen), &b);
  EXPECT_EQ(a, b);
  std::filesystem::remove(path);
}

TEST(Tagger, RejectsAMalformedModelNamingFileAndLine) {
  const std::string head = "# comment\nghotona-ner-model 1\nscale 100\no-penalty 5\nlexicon 1\nfeatures 2\n";
  const struct {
    std::string content;
    std::string message;
  } kRows[] = {
      {"", "m.model: empty model file"},
      {"ghotona-ner-model 9\n", "m.model:1: not a ghotona name tagger model (want 'ghotona-ner-model 1')"},
      {head + "t 9 0 5\n", "m.model:7: bad transition line, want 't FROM TO WEIGHT'"},
      {head + "t 0 1\n", "m.model:7: bad transition line, want 't FROM TO WEIGHT'"},
      {head + "l 00000000000000ab 0\n",
       "m.model:7: bad lexicon entry, want 'l HASH VALUE' (16 hex digits, 1-255)"},
      {head + "l 00000000000000ab 3\nl 00000000000000ac 3\n",
       "m.model:8: more lexicon entries than declared"},
      {head + "00000000000000zz 1:5\n",
       "m.model:7: bad feature hash '00000000000000zz' (want 16 hex digits)"},
      {head + "abc 1:5\n", "m.model:7: bad feature hash 'abc' (want 16 hex digits)"},
      {head + "00000000000000ab 7:5\n", "m.model:7: bad weight '7:5' (want TAG:INTEGER, TAG 0-6)"},
      {head + "00000000000000ab 1:x\n", "m.model:7: bad weight '1:x' (want TAG:INTEGER, TAG 0-6)"},
      {head + "00000000000000ab 1:5  2:3\n", "m.model:7: bad weight '' (want TAG:INTEGER, TAG 0-6)"},
      {"ghotona-ner-model 1\n00000000000000ab 1:5\n", "m.model:2: feature line before the 'features N' line"},
      {"ghotona-ner-model 1\nscale -3\n", "m.model:2: bad scale line"},
      {"ghotona-ner-model 1\no-penalty x\n", "m.model:2: bad o-penalty line"},
      {"ghotona-ner-model 1\nfeatures 1\n0000000000000001 1:1\n0000000000000002 1:1\n",
       "m.model:4: more features than the 'features' line declares"},
  };
  for (const auto& row : kRows) {
    auto tagger = Tagger::Parse(row.content, "m.model");
    ASSERT_FALSE(tagger.ok()) << row.content;
    EXPECT_EQ(tagger.status().message(), row.message) << row.content;
  }
}

TEST(Tagger, LoadOfAMissingFileFails) { EXPECT_FALSE(Tagger::Load(TempPath("does-not-exist.model")).ok()); }

TEST(Tagger, TagsAnEmptySentenceAsNothing) {
  Tagger tagger = TrainTiny();
  std::vector<NameTag> tags = {O, O};
  tagger.Tag({}, &tags);
  EXPECT_TRUE(tags.empty());
}

TEST(Tagger, AnUntrainedTaggerTagsEverythingO) {
  auto tagger = Tagger::Parse("ghotona-ner-model 1\n", "empty");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  std::vector<NameTag> tags;
  tagger->Tag(Tokens(TinyCorpus()[0]), &tags);
  EXPECT_EQ(tags, std::vector<NameTag>(TinyCorpus()[0].text.size(), O));
}

TEST(Tagger, TagsAHundredThousandTokenSentenceInLinearTime) {
  Tagger tagger = TrainTiny();
  const std::vector<std::string> words = {"রহিম", "উদ্দিন", "ঢাকায়", "গেছেন", ",", "জাতিসংঘ", "x", "১২"};
  std::vector<std::string> text;
  for (size_t i = 0; i < 100000; ++i) text.push_back(words[(i * 7 + i / 3) % words.size()]);
  std::vector<TagToken> tokens;
  for (const std::string& w : text) tokens.push_back(TagToken{w, w, 0});
  std::vector<NameTag> tags;
  auto start = std::chrono::steady_clock::now();
  tagger.Tag(tokens, &tags);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(tags.size(), tokens.size());
  EXPECT_LT(seconds, 2.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(Tagger, GivesTheSameTagsFromSeveralThreads) {
  const Tagger tagger = TrainTiny();
  const std::vector<TrainingSentence> corpus = TinyCorpus();
  std::vector<std::vector<NameTag>> expected(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) tagger.Tag(Tokens(corpus[i]), &expected[i]);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      std::vector<NameTag> tags;
      for (int round = 0; round < 200; ++round) {
        const size_t i = (round + t) % corpus.size();
        tagger.Tag(Tokens(corpus[i]), &tags);
        mismatches[t] += tags != expected[i];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(Tagger, TagsGarbageBytesWithoutTrouble) {
  Tagger tagger = TrainTiny();
  const std::vector<std::string> garbage = {"\xff\xfe",         "\xe0\xa6", "\x80\x80\x80",
                                            "\xf4\x90\x80\x80", "",         "\xe0"};
  std::vector<std::string> stems;  // the views below point into these
  for (const std::string& g : garbage) stems.push_back(g.substr(0, 1));
  std::vector<TagToken> tokens;
  for (size_t i = 0; i < garbage.size(); ++i) tokens.push_back(TagToken{garbage[i], stems[i], 0xFF});
  std::vector<NameTag> tags;
  tagger.Tag(tokens, &tags);
  EXPECT_EQ(tags.size(), garbage.size());
}

TEST(Tagger, RejectsBadTrainingInput) {
  TrainingSentence bad = TinyCorpus()[0];
  bad.stem.pop_back();
  EXPECT_FALSE(Train({bad}, TrainOptions()).ok());
  TrainOptions zero;
  zero.iterations = 0;
  EXPECT_FALSE(Train(TinyCorpus(), zero).ok());
}

TEST(StripEdgePunct, RemovesQuotesAndDandasAtTheEdgesOnly) {
  const struct {
    std::string in, out;
  } kRows[] = {
      {"\u2018\u099d\u09b2\u09ae", "\u099d\u09b2\u09ae"},
      {"\u09a8\u09be\u0964\u2019", "\u09a8\u09be"},
      {"(\u0993\u09b8\u09bf)", "\u0993\u09b8\u09bf"},
      {"\u09ae\u09bf.", "\u09ae\u09bf"},
      {"\u0987\u09b0\u09be\u09a8-\u0987\u09b0\u09be\u0995",
       "\u0987\u09b0\u09be\u09a8-\u0987\u09b0\u09be\u0995"},
      {"\u0964", "\u0964"},
      {"", ""},
  };
  for (const auto& row : kRows) EXPECT_EQ(StripEdgePunct(row.in), row.out) << row.in;
}

TEST(Gazetteer, MarksEveryWordOfKnowledgeBaseNamesAndTitles) {
  const std::string path = TempPath("kb.tsv");
  {
    std::ofstream out(path);
    out << "vladimir-putin\tPERSON\tVladimir Putin\t\u09ad\u09cd\u09b2\u09be\u09a6\u09bf\u09ae\u09bf\u09b0 "
           "\u09aa\u09c1\u09a4\u09bf\u09a8\t-\tRUS\t-\t-\t-\n"
        << "russia\tGPE\tRussia\t\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be\tadj:"
           "\u09b0\u09c1\u09b6\tRUS\tRUS\t-\t-\n"
        << "nato\tORG\tNATO\t\u09a8\u09cd\u09af\u09be\u099f\u09cb\tNATO\t-\tIGONAT\t-\t-\n";
  }
  auto kb = KnowledgeBase::LoadFiles({path}, "");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  // A toy stemmer for the test: drops a trailing "ের".
  auto stem = [](std::string_view w) {
    const std::string_view er = "\u09c7\u09b0";
    return std::string(w.ends_with(er) ? w.substr(0, w.size() - er.size()) : w);
  };
  Gazetteer g = Gazetteer::Build(*kb, {"\u09aa\u09cd\u09b0\u09c7\u09b8\u09bf\u09a1\u09c7\u09a8\u09cd\u099f"},
                                 stem, {"\u09b9\u09cb\u09b8\u09c7\u09a8"});
  const struct {
    std::string text, stem;
    uint8_t bits;
  } kRows[] = {
      {"\u09aa\u09c1\u09a4\u09bf\u09a8", "", kGazPerson},
      {"\u09aa\u09c1\u09a4\u09bf\u09a8\u09c7\u09b0", "\u09aa\u09c1\u09a4\u09bf\u09a8", kGazPerson},
      {"\u09ad\u09cd\u09b2\u09be\u09a6\u09bf\u09ae\u09bf\u09b0", "", kGazPerson},
      {"\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be", "", kGazPlace},
      {"\u09b0\u09c1\u09b6", "", kGazAdjective},
      {"NATO", "", kGazOrg},
      {"nato", "", kGazOrg},
      {"\u2018\u09a8\u09cd\u09af\u09be\u099f\u09cb\u2019", "", kGazOrg},
      {"\u09aa\u09cd\u09b0\u09c7\u09b8\u09bf\u09a1\u09c7\u09a8\u09cd\u099f", "", kGazTitle},
      {"\u09b9\u09cb\u09b8\u09c7\u09a8\u09c7\u09b0", "\u09b9\u09cb\u09b8\u09c7\u09a8", kGazNameWord},
      {"\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be-\u09e8", "", kGazPlace},
      {"NATO-\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be", "", kGazOrg | kGazPlace},
      {"\u09a2\u09be\u0995\u09be", "", 0},
  };
  for (const auto& row : kRows) EXPECT_EQ(g.Bits(row.text, row.stem), row.bits) << row.text;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace ghotona::ner
