// `ghotona bench-articles [--gold FILE] DIR`: the article-extraction benchmark
// (ScrapingHub/Zyte, in ../shared/eval/article-extraction): extracts every
// DIR/<id>.html.gz, compares the body with ground-truth.json's articleBody by
// the benchmark's shingle metric, and prints precision, recall, F1, accuracy
// and pages/s, so our figure sits beside the published ones.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/eval.h"
#include "ghotona/pipeline.h"
#include "io.h"

namespace ghotona::cli {
namespace {

namespace fs = std::filesystem;

struct BenchArticlesFlags {
  std::string dir;
  std::string gold;
  std::string data_dir;
  bool verbose = false;
};

int RunBenchArticles(const BenchArticlesFlags& flags) {
  PipelineOptions options;
  options.data_dir = DataDir(flags.data_dir);
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "ghotona bench-articles: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::string gold_path =
      flags.gold.empty() ? (fs::path(flags.dir).parent_path() / "ground-truth.json").string() : flags.gold;
  auto gold_bytes = ReadInput(gold_path);
  if (!gold_bytes.ok()) {
    std::cerr << "ghotona bench-articles: " << gold_bytes.status().message() << "\n";
    return 2;
  }
  auto gold = nlohmann::json::parse(*gold_bytes, nullptr, false);
  if (!gold.is_object()) {
    std::cerr << "ghotona bench-articles: " << gold_path << ": not a JSON object\n";
    return 2;
  }
  std::vector<ShingleScore> scores;
  double seconds = 0;
  size_t bytes_total = 0;
  for (const auto& [id, entry] : gold.items()) {
    fs::path page = fs::path(flags.dir) / (id + ".html.gz");
    auto bytes = ReadInput(page.string());
    if (!bytes.ok() || !entry.contains("articleBody") || !entry["articleBody"].is_string()) {
      std::cerr << "ghotona bench-articles: skipping " << id << "\n";
      continue;
    }
    bytes_total += bytes->size();
    auto start = std::chrono::steady_clock::now();
    std::string body;
    bool first = true;
    (*pipeline)->ForEachDocument(*bytes, page.string(), [&](RawDocument raw) {
      if (first) body = (*pipeline)->Process(raw).article.body;
      first = false;
    });
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    scores.push_back(CompareShingles(body, entry["articleBody"].get<std::string>()));
    if (flags.verbose) {
      const ShingleScore& s = scores.back();
      std::printf("%s tp=%.3f fp=%.3f fn=%.3f\n", id.c_str(), s.tp, s.fp, s.fn);
    }
  }
  if (scores.empty()) {
    std::cerr << "ghotona bench-articles: no pages scored\n";
    return 2;
  }
  BenchmarkScore total = AggregateShingles(scores);
  std::printf(
      "pages %zu\nprecision %.3f\nrecall %.3f\nF1 %.3f\naccuracy %.3f\n"
      "speed %.0f pages/s (%.1f MB/s compressed input, one thread, gunzip included)\n",
      scores.size(), total.precision, total.recall, total.f1, total.accuracy, scores.size() / seconds,
      bytes_total / seconds / 1e6);
  return 0;
}

void SetupBenchArticles(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<BenchArticlesFlags>();
  CLI::App* cmd =
      app.add_subcommand("bench-articles", "Score HTML extraction on the article-extraction benchmark");
  cmd->add_option("dir", flags->dir, "Folder of <id>.html.gz pages")->required();
  cmd->add_option("--gold", flags->gold, "ground-truth.json (default: beside the folder)");
  cmd->add_option("--data", flags->data_dir, "Data directory");
  cmd->add_flag("-v,--verbose", flags->verbose, "Print every page's counts");
  cmd->callback([flags, exit_code] { *exit_code = RunBenchArticles(*flags); });
}

GHOTONA_COMMAND(SetupBenchArticles);

}  // namespace
}  // namespace ghotona::cli
