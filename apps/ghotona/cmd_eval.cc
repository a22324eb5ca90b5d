// `ghotona eval [--min-title X] [--min-date X] [--min-body X] PATH...`: runs
// extraction over gold pages (a page file with <stem>.expected.json beside it;
// directories are searched recursively) and prints title accuracy,
// publication-date accuracy and body bag-of-words F1, per page and overall.
// Where a <stem>.entities.json is beside the page it also scores entities:
// mention precision/recall (span and type) and how many gold mentions of
// entities the knowledge base holds came out linked to them.
// With thresholds, exits 1 when a figure falls below its threshold.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/eval.h"
#include "ghotona/kb.h"
#include "ghotona/pipeline.h"
#include "io.h"

namespace ghotona::cli {
namespace {

namespace fs = std::filesystem;

struct EvalFlags {
  std::vector<std::string> paths;
  std::string data_dir;
  double min_title = 0, min_date = 0, min_body = 0, min_kb_linked = 0;
  bool verbose = false;
};

constexpr std::string_view kExpectedSuffix = ".expected.json";
constexpr std::string_view kEntitiesSuffix = ".entities.json";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Page files that have a gold file beside them, sorted for stable output.
std::vector<fs::path> GoldPages(const std::vector<std::string>& paths) {
  std::vector<fs::path> pages;
  auto consider = [&](const fs::path& p) {
    std::string name = p.filename().string();
    if (EndsWith(name, kExpectedSuffix) || EndsWith(name, kEntitiesSuffix) || !fs::is_regular_file(p)) return;
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
  auto kb = KnowledgeBase::Load(options.data_dir);
  if (!kb.ok()) {
    std::cerr << "ghotona eval: " << kb.status().ToString() << "\n";
    return 2;
  }
  std::set<std::string> kb_names;
  for (const KbEntry& e : kb->entries()) kb_names.insert(Lower(e.name_en));
  const auto in_kb = [&](std::string_view name) { return kb_names.contains(Lower(name)); };
  EntityScore entities;
  size_t entity_docs = 0;
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
    std::vector<std::vector<ExpectedEntity>> gold_entities;
    const fs::path entities_path = page.parent_path() / (page.stem().string() + std::string(kEntitiesSuffix));
    if (fs::exists(entities_path)) {
      auto entity_bytes = ReadInput(entities_path.string());
      auto parsed = entity_bytes.ok()
                        ? ParseExpectedEntities(*entity_bytes)
                        : Result<std::vector<std::vector<ExpectedEntity>>>(entity_bytes.status());
      if (!parsed.ok() || parsed->size() != gold->size()) {
        std::cerr << "ghotona eval: " << entities_path.string() << ": "
                  << (parsed.ok() ? "document count differs from the expected file"
                                  : parsed.status().message())
                  << "\n";
        return 2;
      }
      gold_entities = std::move(parsed).value();
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
      if (!gold_entities.empty()) {
        const EntityScore e = ScoreEntities(got[i], gold_entities[i], in_kb);
        ++entity_docs;
        entities.gold_mentions += e.gold_mentions;
        entities.got_mentions += e.got_mentions;
        entities.span_matches += e.span_matches;
        entities.linked_matches += e.linked_matches;
        entities.kb_gold_mentions += e.kb_gold_mentions;
        entities.kb_found += e.kb_found;
        for (const std::string& miss : e.kb_misses) {
          if (flags.verbose)
            std::printf("%s: KB entity missed: %s\n", page.filename().string().c_str(), miss.c_str());
        }
      }
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
  double kb_linked = 1;
  if (entity_docs > 0) {
    const auto ratio = [](size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; };
    const double p = ratio(entities.span_matches, entities.got_mentions);
    const double r = ratio(entities.span_matches, entities.gold_mentions);
    kb_linked = ratio(entities.kb_found, entities.kb_gold_mentions);
    std::printf(
        "entity documents %zu\nentity mentions precision %.3f recall %.3f F1 %.3f (span and type)\n"
        "entity mentions linked to the gold entity %.3f\nknowledge-base entity mentions found %zu/%zu = "
        "%.3f\n",
        entity_docs, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0,
        ratio(entities.linked_matches, entities.gold_mentions), entities.kb_found, entities.kb_gold_mentions,
        kb_linked);
  }
  bool pass = title_acc >= flags.min_title && date_acc >= flags.min_date && body >= flags.min_body &&
              kb_linked >= flags.min_kb_linked;
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
  cmd->add_option("--min-kb-linked", flags->min_kb_linked,
                  "Fail when fewer gold mentions of knowledge-base entities come out linked");
  cmd->add_flag("-v,--verbose", flags->verbose, "Print every page, not only imperfect ones");
  cmd->callback([flags, exit_code] { *exit_code = RunEval(*flags); });
}

GHOTONA_COMMAND(SetupEval);

}  // namespace
}  // namespace ghotona::cli
