// Name tagger speed: Tagger::Tag over the sentences of generated news pages
// (corpus_gen.h; tokens from text::Tokenize, stem = the token, no gazetteer
// bits), counted in tokens per second on one thread, and the time to load the
// committed model (data/models/ner.model).
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus_gen.h"
#include "ner/tagger.h"
#include "text/tokens.h"

namespace ghotona::ner {
namespace {

const std::string kModel = GHOTONA_SOURCE_DATA_DIR "/models/ner.model";

// The pages, and their token sentences (split after । ? !) as views into them.
struct Corpus {
  std::vector<std::string> pages = bench::GenerateTextDumpPages(200, 7);
  std::vector<std::vector<TagToken>> sentences;
  size_t tokens = 0;
  Corpus() {
    for (const std::string& page : pages) {
      std::vector<TagToken> sentence;
      for (const text::Token& token : text::Tokenize(page)) {
        std::string_view t = text::TokenText(page, token);
        sentence.push_back(TagToken{t, t, 0});
        if (t == "\u0964" || t == "?" || t == "!" || sentence.size() >= 60) {
          tokens += sentence.size();
          sentences.push_back(std::move(sentence));
          sentence.clear();
        }
      }
      if (!sentence.empty()) {
        tokens += sentence.size();
        sentences.push_back(std::move(sentence));
      }
    }
  }
};

void BM_NerTag(benchmark::State& state) {
  static const Corpus corpus;
  auto tagger = Tagger::Load(kModel);
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().ToString().c_str());
    return;
  }
  std::vector<NameTag> tags;
  for (auto _ : state) {
    for (const std::vector<TagToken>& sentence : corpus.sentences) {
      tagger->Tag(sentence, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
  state.counters["sentences"] = static_cast<double>(corpus.sentences.size());
}
BENCHMARK(BM_NerTag)->Unit(benchmark::kMillisecond);

void BM_NerModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto tagger = Tagger::Load(kModel);
    if (!tagger.ok()) {
      state.SkipWithError(tagger.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(tagger->num_features());
  }
}
BENCHMARK(BM_NerModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace ghotona::ner
