// Throughput of the extract stage through the public API, on 2,000 generated
// text-dump pages (bench/corpus_gen.h, 6-10 KB each): reading
// (ForEachDocument) + extraction (Process), the same plus JSON serialization
// (ToJson), ToJson alone, and extraction on two threads sharing one Pipeline.
// BM_Extract runs the article stages only; BM_ExtractEntities adds entity
// linking (the whole pipeline as `ghotona extract` runs it).
// Reported as pages/s (items_per_second) and MB/s (bytes_per_second) of input.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "corpus_gen.h"
#include "ghotona/document.h"
#include "ghotona/pipeline.h"

namespace {

constexpr size_t kPages = 2000;
constexpr uint32_t kSeed = 20240312;

const std::vector<std::string>& Corpus() {
  static const auto* corpus =
      new std::vector<std::string>(ghotona::bench::GenerateTextDumpPages(kPages, kSeed));
  return *corpus;
}

int64_t CorpusBytes() {
  static const int64_t bytes = [] {
    int64_t total = 0;
    for (const std::string& page : Corpus()) total += static_cast<int64_t>(page.size());
    return total;
  }();
  return bytes;
}

// One Pipeline per configuration for all benchmarks (immutable and
// thread-safe); null with the reason in *error when it cannot be created.
const ghotona::Pipeline* SharedPipeline(std::string* error, bool entities = false) {
  static const auto* articles = new ghotona::Result<std::unique_ptr<ghotona::Pipeline>>(
      ghotona::Pipeline::Create({.data_dir = GHOTONA_SOURCE_DATA_DIR, .entities = false}));
  static const auto* full = new ghotona::Result<std::unique_ptr<ghotona::Pipeline>>(
      ghotona::Pipeline::Create({.data_dir = GHOTONA_SOURCE_DATA_DIR, .entities = true}));
  const auto* created = entities ? full : articles;
  if (!created->ok()) {
    *error = created->status().ToString();
    return nullptr;
  }
  return created->value().get();
}

// Reads and extracts every page; with_json also serializes each document.
// Returns the number of documents produced.
size_t ExtractAll(const ghotona::Pipeline& pipeline, bool with_json) {
  size_t documents = 0;
  for (const std::string& page : Corpus()) {
    pipeline.ForEachDocument(page, "bench", [&](ghotona::RawDocument raw) {
      ghotona::Document doc = pipeline.Process(raw);
      benchmark::DoNotOptimize(doc.article.body.data());
      if (with_json) {
        std::string json = ghotona::ToJson(doc, false);
        benchmark::DoNotOptimize(json.data());
      }
      ++documents;
    });
  }
  return documents;
}

void SetRates(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["pages"] =
      benchmark::Counter(static_cast<double>(Corpus().size()), benchmark::Counter::kAvgThreads);
}

void RunExtract(benchmark::State& state, bool with_json, bool entities = false) {
  std::string error;
  const ghotona::Pipeline* pipeline = SharedPipeline(&error, entities);
  if (pipeline == nullptr) {
    state.SkipWithError(error.c_str());
    return;
  }
  Corpus();  // generated before timing
  for (auto _ : state) {
    const size_t documents = ExtractAll(*pipeline, with_json);
    if (documents != Corpus().size()) {
      state.SkipWithError("ForEachDocument did not yield one document per page");
      return;
    }
  }
  SetRates(state);
}

// One thread: rates from CPU time, which stays meaningful on a loaded machine.
// Two threads sharing the Pipeline: rates from wall-clock time, the only
// measure of scaling. Google Benchmark reports a threaded run's rates per
// thread (items over the summed thread time): multiply by two for the total.
void BM_Extract(benchmark::State& state) { RunExtract(state, false); }
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->Threads(2)->UseRealTime();

void BM_ExtractEntities(benchmark::State& state) { RunExtract(state, false, true); }
BENCHMARK(BM_ExtractEntities)->Unit(benchmark::kMillisecond);

void BM_ExtractToJson(benchmark::State& state) { RunExtract(state, true); }
BENCHMARK(BM_ExtractToJson)->Unit(benchmark::kMillisecond);

// Serialization alone, over the documents extracted once before timing.
void BM_ToJson(benchmark::State& state) {
  std::string error;
  const ghotona::Pipeline* pipeline = SharedPipeline(&error);
  if (pipeline == nullptr) {
    state.SkipWithError(error.c_str());
    return;
  }
  std::vector<ghotona::Document> docs;
  docs.reserve(Corpus().size());
  for (const std::string& page : Corpus()) {
    pipeline->ForEachDocument(page, "bench",
                              [&](ghotona::RawDocument raw) { docs.push_back(pipeline->Process(raw)); });
  }
  int64_t json_bytes = 0;
  for (auto _ : state) {
    for (const ghotona::Document& doc : docs) {
      std::string json = ghotona::ToJson(doc, false);
      json_bytes += static_cast<int64_t>(json.size());
      benchmark::DoNotOptimize(json.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
  state.SetBytesProcessed(json_bytes);  // bytes of JSON written
}
BENCHMARK(BM_ToJson)->Unit(benchmark::kMillisecond);

// Corpus generation itself, so its cost is known and never mistaken for ours.
void BM_GenerateCorpus(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<std::string> pages = ghotona::bench::GenerateTextDumpPages(200, kSeed);
    benchmark::DoNotOptimize(pages.data());
  }
  state.SetItemsProcessed(state.iterations() * 200);
}
BENCHMARK(BM_GenerateCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
