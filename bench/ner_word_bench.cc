// Throughput of the word-level entity machinery on news words: all stem
// readings (Morphology::Stems), the best stem (Morphology::Stem), phonetic
// keys (PhoneticKey::AppendKey) and romanization (Romanizer::Romanize, which
// runs once per new entity, not per word). Items are words.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "ner/morphology.h"
#include "ner/phonetic.h"
#include "ner/romanize.h"

namespace {

// Inflected names, common words, a number and a Latin word, as in news text.
const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = {
      "ইরানের",     "পুতিনকে",   "মস্কোয়",   "রাশিয়ার",    "হামাসের",      "শিক্ষার্থীদেরকে", "ইরানেরও",
      "খামেনি",     "পুতিন",     "কাতার",   "আঙ্কারা",     "জাকার্তা",      "গাজায়",         "তেহরানে",
      "সিরিয়ার",    "আবুধাবি",   "কায়রোতে", "দিল্লির",     "কলকাতা",       "ঢাকায়",         "সরকার",
      "বলেছেন",     "দেশের",    "নতুন",     "প্রধানমন্ত্রী", "পররাষ্ট্রমন্ত্রী", "আলোচনায়",       "বৈঠকে",
      "যুক্তরাষ্ট্রের", "ইসরায়েলি", "বাহিনীর", "হামলায়",     "নিহত",         "হয়েছেন",        "কর্মকর্তারা",
      "জানিয়েছেন",  "দেশগুলোর",  "নেতাদের", "সঙ্গে",       "নেতানিয়াহুর",   "আরাগচি",        "বোগদানোভ",
      "জেলেনস্কি",   "এবং",      "ও",       "তিনি",       "গতকাল",        "সোমবার",        "২০২৪",
      "UN",
  };
  return words;
}

void BM_MorphologyStems(benchmark::State& state) {
  const auto m = ghotona::ner::Morphology::Load(GHOTONA_SOURCE_DATA_DIR);
  if (!m.ok()) return state.SkipWithError(m.status().ToString().c_str());
  std::vector<std::string_view> out;
  out.reserve(16);
  for (auto _ : state) {
    for (const std::string& w : Words()) {
      out.clear();
      m->Stems(w, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Words().size()));
}
BENCHMARK(BM_MorphologyStems);

void BM_MorphologyStem(benchmark::State& state) {
  const auto m = ghotona::ner::Morphology::Load(GHOTONA_SOURCE_DATA_DIR);
  if (!m.ok()) return state.SkipWithError(m.status().ToString().c_str());
  for (auto _ : state) {
    for (const std::string& w : Words()) benchmark::DoNotOptimize(m->Stem(w));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Words().size()));
}
BENCHMARK(BM_MorphologyStem);

void BM_PhoneticAppendKey(benchmark::State& state) {
  const auto k = ghotona::ner::PhoneticKey::Load(GHOTONA_SOURCE_DATA_DIR);
  if (!k.ok()) return state.SkipWithError(k.status().ToString().c_str());
  std::string out;
  out.reserve(256);
  for (auto _ : state) {
    for (const std::string& w : Words()) {
      out.clear();
      k->AppendKey(w, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Words().size()));
}
BENCHMARK(BM_PhoneticAppendKey);

void BM_Romanize(benchmark::State& state) {
  const auto r = ghotona::ner::Romanizer::Load(GHOTONA_SOURCE_DATA_DIR);
  if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
  for (auto _ : state) {
    for (const std::string& w : Words()) benchmark::DoNotOptimize(r->Romanize(w));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Words().size()));
}
BENCHMARK(BM_Romanize);

void BM_LoadMorphologyPhoneticRomanizer(benchmark::State& state) {
  for (auto _ : state) {
    auto m = ghotona::ner::Morphology::Load(GHOTONA_SOURCE_DATA_DIR);
    auto k = ghotona::ner::PhoneticKey::Load(GHOTONA_SOURCE_DATA_DIR);
    auto r = ghotona::ner::Romanizer::Load(GHOTONA_SOURCE_DATA_DIR);
    if (!m.ok() || !k.ok() || !r.ok()) return state.SkipWithError("load failed");
  }
}
BENCHMARK(BM_LoadMorphologyPhoneticRomanizer)->Unit(benchmark::kMillisecond);

}  // namespace
