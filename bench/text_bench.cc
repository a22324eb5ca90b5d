// Throughput of the Bengali text layer on generated news-like pages: Normalize
// (already-NFC text, the common case, and text that needs ICU's normalizer),
// CollapseWhitespace, SplitSentences and Tokenize. The pages are built from a
// small invented vocabulary, about 6 KB each like a typical article page.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

// A page of ~6 KB: Bengali sentences ending in danda (some glued), with
// numbers, quotes, an English phrase and paragraph breaks.
std::string MakePage(bool decomposed_vowels) {
  const std::vector<std::string> words = {
      "সরকার",         "আলোচনা",     "বৈঠকে",    "প্রধানমন্ত্রী", "বলেছেন",
      "দেশের",         "নতুন",        "নীতি",     "নিয়ে",       "শহরে",
      "মানুষ",          "সংবাদ",      "সম্মেলনে",  "জানান",      "পররাষ্ট্রমন্ত্রী",
      "চুক্তি",          "সই",         "করেছে",    "উৎসব",       "র‍্যাব",
      "বিশ্ববিদ্যালয়ের", "শিক্ষার্থীরা", "রাস্তায়",   "আন্দোলন",     "আজ",
      "গতকাল",         "সোমবার",     "প্রতিনিধি", "দল",         "২৩",
      "১,২০০",         "৩.৫",        "২০২৫",     "জুন",         "\u201cশান্তি\u201d",
      "ডা.",           "মো.",        "UN",       "Security",   "Council"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> sentence_len(6, 16);
  std::uniform_int_distribution<int> roll(0, 9);
  std::string page;
  while (page.size() < 6000) {
    const int n = sentence_len(rng);
    for (int i = 0; i < n; ++i) {
      if (i > 0) page += ' ';
      page += words[pick(rng)];
    }
    const int r = roll(rng);
    page += r == 0 ? "।" : r == 1 ? "?" : "। ";
    if (r == 2) page += "\n\n";
  }
  if (decomposed_vowels) {
    // Split every o sign (U+09CB) into e sign + aa sign so NFC must recompose.
    std::string split;
    for (size_t i = 0; i < page.size(); ++i) {
      if (page.compare(i, 3, "\xe0\xa7\x8b") == 0) {
        split += "\xe0\xa7\x87\xe0\xa6\xbe";
        i += 2;
      } else {
        split += page[i];
      }
    }
    page = split;
  }
  return page;
}

void BM_NormalizeNfcPage(benchmark::State& state) {
  const std::string page = ghotona::text::Normalize(MakePage(false));
  for (auto _ : state) benchmark::DoNotOptimize(ghotona::text::Normalize(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_NormalizeNfcPage);

void BM_NormalizePageNeedingIcu(benchmark::State& state) {
  const std::string page = MakePage(true);
  for (auto _ : state) benchmark::DoNotOptimize(ghotona::text::Normalize(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_NormalizePageNeedingIcu);

void BM_CollapseWhitespace(benchmark::State& state) {
  const std::string page = ghotona::text::Normalize(MakePage(false));
  for (auto _ : state) benchmark::DoNotOptimize(ghotona::text::CollapseWhitespace(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_CollapseWhitespace);

void BM_SplitSentences(benchmark::State& state) {
  const std::string page = ghotona::text::Normalize(MakePage(false));
  for (auto _ : state) benchmark::DoNotOptimize(ghotona::text::SplitSentences(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  const std::string page = ghotona::text::Normalize(MakePage(false));
  for (auto _ : state) benchmark::DoNotOptimize(ghotona::text::Tokenize(page));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_Tokenize);

// The extract stage's text work on one page: the three calls together.
void BM_NormalizeCollapseSplitPage(benchmark::State& state) {
  const std::string raw = MakePage(false);
  for (auto _ : state) {
    const std::string normal = ghotona::text::Normalize(raw);
    benchmark::DoNotOptimize(ghotona::text::CollapseWhitespace(normal));
    benchmark::DoNotOptimize(ghotona::text::SplitSentences(normal));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * raw.size()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NormalizeCollapseSplitPage);

}  // namespace
