// `ghotona summary [FILE ...]`: the same extraction as `extract`, printed for
// people: one short block per document (title, dates, outlet, byline, section,
// sources, body size, warnings) and a closing count.
#include <algorithm>
#include <cstdio>
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

struct SummaryFlags {
  std::vector<std::string> files;
  std::string data_dir;
};

std::string OrNone(const std::optional<std::string>& s) { return s ? *s : "-"; }

void PrintDocument(size_t index, const Document& doc) {
  std::printf("[%zu] %s\n", index, doc.origin.c_str());
  if (doc.error) {
    std::printf("    error      %s\n", doc.error->c_str());
    return;
  }
  const Article& a = doc.article;
  std::string published = "-";
  if (a.published) {
    published = a.published->ToIso();
    published += a.published_source == DateSource::kInferred ? " (inferred)" : " (page)";
  }
  std::string sources;
  for (const std::string& s : a.attributed_sources) sources += (sources.empty() ? "" : ", ") + s;
  size_t paragraphs = a.body.empty() ? 0 : 1;
  for (size_t p = a.body.find("\n\n"); p != std::string::npos; p = a.body.find("\n\n", p + 2)) ++paragraphs;
  std::printf("    title      %s\n", OrNone(a.title).c_str());
  std::printf("    published  %s\n", published.c_str());
  if (a.updated) std::printf("    updated    %s\n", a.updated->ToIso().c_str());
  std::printf("    outlet     %s | byline %s | section %s\n", OrNone(a.outlet).c_str(),
              OrNone(a.byline).c_str(), OrNone(a.section).c_str());
  if (!sources.empty()) std::printf("    sources    %s\n", sources.c_str());
  std::printf("    body       %zu paragraphs, %zu words (%s)\n", paragraphs, WordTokens(a.body).size(),
              a.language.c_str());
  // Entities by mentions, most first: "Iran ×8, Vladimir Putin ×4 (role)".
  std::vector<const Entity*> entities;
  for (const Entity& e : doc.entities) entities.push_back(&e);
  std::stable_sort(entities.begin(), entities.end(),
                   [](const Entity* x, const Entity* y) { return x->mentions.size() > y->mentions.size(); });
  std::string people, others;
  for (const Entity* e : entities) {
    std::string item = e->name + (e->mentions.size() > 1 ? " x" + std::to_string(e->mentions.size()) : "");
    if (e->id.starts_with("new:")) item += " (new)";
    std::string& list = e->type == EntityType::kPerson ? people : others;
    list += (list.empty() ? "" : ", ") + item;
  }
  if (!people.empty()) std::printf("    people     %s\n", people.c_str());
  if (!others.empty()) std::printf("    entities   %s\n", others.c_str());
  for (const std::string& w : a.warnings) std::printf("    warning    %s\n", w.c_str());
}

int RunSummary(const SummaryFlags& flags) {
  PipelineOptions options;
  options.data_dir = DataDir(flags.data_dir);
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "ghotona summary: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  int status = 0;
  size_t count = 0, errors = 0, dated = 0;
  for (const std::string& file : files) {
    auto bytes = ReadInput(file);
    if (!bytes.ok()) {
      std::cerr << "ghotona summary: " << bytes.status().message() << "\n";
      status = 1;
      continue;
    }
    (*pipeline)->ForEachDocument(*bytes, file == "-" ? "<stdin>" : file, [&](RawDocument raw) {
      Document doc = (*pipeline)->Process(raw);
      PrintDocument(++count, doc);
      errors += doc.error.has_value();
      dated += doc.article.published.has_value();
    });
  }
  std::printf("%zu documents, %zu with a publication date, %zu errors\n", count, dated, errors);
  return status;
}

void SetupSummary(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<SummaryFlags>();
  CLI::App* cmd = app.add_subcommand("summary", "Extract pages and print a readable summary of each");
  cmd->add_option("files", flags->files, "Input files; none or '-' reads standard input");
  cmd->add_option("--data", flags->data_dir, "Data directory");
  cmd->callback([flags, exit_code] { *exit_code = RunSummary(*flags); });
}

GHOTONA_COMMAND(SetupSummary);

}  // namespace
}  // namespace ghotona::cli
