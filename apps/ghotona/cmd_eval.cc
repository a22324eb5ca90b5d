// `ghotona eval [--min-title X] [--min-date X] [--min-body X] PATH...`: runs
// extraction over gold pages (a page file with <stem>.expected.json beside it;
// directories are searched recursively) and prints title accuracy,
// publication-date accuracy and body bag-of-words F1, per page and overall.
// With thresholds, exits 1 when a figure falls below its threshold.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/eval.h"
#include "ghotona/pipeline.h"
#include "io.h"

namespace ghotona::cli {
namespace {

namespace fs = std::filesystem;

struct EvalFlags {
  std::vector<std::string> paths;
  std::string data_dir;
  double min_title = 0, min_date = 0, min_body = 0;
  bool verbose = false;
};

constexpr std::string_view kExpectedSuffix = ".expected.json";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Page files that have a gold file beside them, sorted for stable output.
std::vector<fs::path> GoldPages(const std::vector<std::string>& paths) {
  std::vector<fs::path> pages;
  auto consider = [&](const fs::path& p) {
    std::string name = p.filename().string();
    if (EndsWith(name, kExpectedSuffix) || !fs::is_regular_file(p)) return;
    fs::path gold = p.parent_path() / (p.stem().string() + std::string(kExpectedSuffix));
    if (fs::exists(gold)) pages.push_back(p);
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) consider(entry.path());
    } else {
      consider(path);
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

int RunEval(const EvalFlags& flags) {
  PipelineOptions options;
  options.data_dir = DataDir(flags.data_dir);
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "ghotona eval: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::vector<fs::path> pages = GoldPages(flags.paths);
  if (pages.empty()) {
    std::cerr << "ghotona eval: no page with a " << kExpectedSuffix << " file beside it\n";
    return 2;
  }
  size_t docs = 0, titles = 0, dates = 0, outlets = 0, bylines = 0, sections = 0, sources = 0;
  double body_f1 = 0;
  for (const fs::path& page : pages) {
    auto bytes = ReadInput(page.string());
    fs::path gold_path = page.parent_path() / (page.stem().string() + std::string(kExpectedSuffix));
    auto gold_bytes = ReadInput(gold_path.string());
    if (!bytes.ok() || !gold_bytes.ok()) {
      std::cerr << "ghotona eval: cannot read " << page << "\n";
      return 2;
    }
    auto gold = ParseExpected(*gold_bytes);
    if (!gold.ok()) {
      std::cerr << "ghotona eval: " << gold_path.string() << ": " << gold.status().message() << "\n";
      return 2;
    }
    std::vector<Document> got;
    (*pipeline)->ForEachDocument(*bytes, page.string(),
                                 [&](RawDocument raw) { got.push_back((*pipeline)->Process(raw)); });
    if (got.size() != gold->size()) {
      std::cerr << "ghotona eval: " << page.string() << ": " << got.size() << " documents, gold has "
                << gold->size() << "\n";
      return 2;
    }
    for (size_t i = 0; i < got.size(); ++i) {
      PageScore s = ScoreDocument(got[i], (*gold)[i]);
      ++docs;
      titles += s.title;
      dates += s.published;
      outlets += s.outlet;
      bylines += s.byline;
      sections += s.section;
      sources += s.sources;
      body_f1 += s.body_f1;
      bool perfect = s.title && s.published && s.body_f1 >= 0.999;
      if (flags.verbose || !perfect) {
        std::printf("%-48s title=%d date=%d body_f1=%.3f (p=%.3f r=%.3f)%s%s\n",
                    (page.filename().string() + (got.size() > 1 ? ":" + std::to_string(i + 1) : "")).c_str(),
                    s.title, s.published, s.body_f1, s.body_precision, s.body_recall,
                    s.title ? "" : ("\n    title: " + got[i].article.title.value_or("null")).c_str(),
                    s.published ? ""
                                : ("\n    published: " +
                                   (got[i].article.published ? got[i].article.published->ToIso() : "null") +
                                   " want " + (*gold)[i].published.value_or("null"))
                                      .c_str());
      }
    }
  }
  double n = static_cast<double>(docs);
  double title_acc = titles / n, date_acc = dates / n, body = body_f1 / n;
  std::printf(
      "documents %zu\ntitle accuracy %.3f\npublication-date accuracy %.3f\nbody F1 %.3f\n"
      "outlet accuracy %.3f\nbyline accuracy %.3f\nsection accuracy %.3f\nsources accuracy %.3f\n",
      docs, title_acc, date_acc, body, outlets / n, bylines / n, sections / n, sources / n);
  bool pass = title_acc >= flags.min_title && date_acc >= flags.min_date && body >= flags.min_body;
  if (!pass) std::printf("below threshold\n");
  return pass ? 0 : 1;
}

void SetupEval(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand("eval", "Score extraction against gold pages (<stem>.expected.json)");
  cmd->add_option("paths", flags->paths, "Gold page files or directories")->required();
  cmd->add_option("--data", flags->data_dir, "Data directory");
  cmd->add_option("--min-title", flags->min_title, "Fail below this title accuracy");
  cmd->add_option("--min-date", flags->min_date, "Fail below this publication-date accuracy");
  cmd->add_option("--min-body", flags->min_body, "Fail below this mean body F1");
  cmd->add_flag("-v,--verbose", flags->verbose, "Print every page, not only imperfect ones");
  cmd->callback([flags, exit_code] { *exit_code = RunEval(*flags); });
}

GHOTONA_COMMAND(SetupEval);

}  // namespace
}  // namespace ghotona::cli
