// Speed of the entity stage: EntityLinker::Link over the bodies of every gold
// document in testdata/ (hand-written news text in many layouts), reported as
// sentences/s (items_per_second); and the cost of loading the knowledge base
// and of creating the whole linker (knowledge base, morphology, tagger model).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ghotona/entities.h"
#include "ghotona/eval.h"
#include "ghotona/kb.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

// Bodies of testdata/*/*.expected.json, normalized as the pipeline gives them.
const std::vector<std::string>& Bodies() {
  static const auto* bodies = [] {
    auto* out = new std::vector<std::string>;
    for (const auto& item :
         std::filesystem::recursive_directory_iterator(std::string(GHOTONA_SOURCE_DIR) + "/testdata")) {
      const std::string path = item.path().string();
      if (!path.ends_with(".expected.json")) continue;
      std::ifstream in(path, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      auto docs = ghotona::ParseExpected(buffer.str());
      if (!docs.ok()) continue;
      for (const ghotona::ExpectedArticle& doc : *docs) out->push_back(ghotona::text::Normalize(doc.body));
    }
    return out;
  }();
  return *bodies;
}

size_t SentenceCount() {
  static const size_t count = [] {
    size_t n = 0;
    for (const std::string& body : Bodies()) n += ghotona::text::SplitSentences(body).size();
    return n;
  }();
  return count;
}

const ghotona::EntityLinker* SharedLinker(std::string* error) {
  static const auto* created = new ghotona::Result<std::unique_ptr<ghotona::EntityLinker>>(
      ghotona::EntityLinker::Create(GHOTONA_SOURCE_DATA_DIR));
  if (!created->ok()) {
    *error = created->status().ToString();
    return nullptr;
  }
  return created->value().get();
}

void RunLink(benchmark::State& state, bool new_names) {
  std::string error;
  const ghotona::EntityLinker* linker = SharedLinker(&error);
  if (linker == nullptr || Bodies().empty()) {
    state.SkipWithError(linker == nullptr ? error.c_str() : "no gold bodies under testdata/");
    return;
  }
  const ghotona::LinkOptions options{ghotona::CivilDate{2025, 2, 8}, new_names};
  int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& body : Bodies()) {
      std::vector<ghotona::Entity> entities = linker->Link(body, options);
      benchmark::DoNotOptimize(entities.data());
      bytes += static_cast<int64_t>(body.size());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(SentenceCount()));
  state.SetBytesProcessed(bytes);
  state.counters["sentences"] = static_cast<double>(SentenceCount());
}

// The whole entity stage, name tagger included.
void BM_LinkEntities(benchmark::State& state) { RunLink(state, true); }
BENCHMARK(BM_LinkEntities)->Unit(benchmark::kMillisecond);

// Knowledge-base names and role phrases only.
void BM_LinkKnownEntities(benchmark::State& state) { RunLink(state, false); }
BENCHMARK(BM_LinkKnownEntities)->Unit(benchmark::kMillisecond);

void BM_LoadKnowledgeBase(benchmark::State& state) {
  for (auto _ : state) {
    auto kb = ghotona::KnowledgeBase::Load(GHOTONA_SOURCE_DATA_DIR);
    if (!kb.ok()) {
      state.SkipWithError(kb.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(kb->entries().data());
  }
}
BENCHMARK(BM_LoadKnowledgeBase)->Unit(benchmark::kMillisecond);

void BM_CreateLinker(benchmark::State& state) {
  for (auto _ : state) {
    auto linker = ghotona::EntityLinker::Create(GHOTONA_SOURCE_DATA_DIR);
    if (!linker.ok()) {
      state.SkipWithError(linker.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(linker->get());
  }
}
BENCHMARK(BM_CreateLinker)->Unit(benchmark::kMillisecond);

}  // namespace
