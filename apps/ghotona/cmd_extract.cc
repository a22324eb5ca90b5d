// `ghotona extract [--pretty] [FILE ...]`: pages in, one JSON object per
// document out, in input order (docs/FORMATS.md). A file that cannot be read
// is reported on stderr and makes the exit status non-zero; a document that
// cannot be processed yields an object with "error" and the run goes on.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/pipeline.h"
#include "io.h"

namespace ghotona::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> files;
  bool pretty = false;
  std::string data_dir;
};

int RunExtract(const ExtractFlags& flags) {
  PipelineOptions options;
  options.data_dir = DataDir(flags.data_dir);
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "ghotona extract: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  int status = 0;
  std::ios::sync_with_stdio(false);
  for (const std::string& file : files) {
    auto bytes = ReadInput(file);
    if (!bytes.ok()) {
      std::cerr << "ghotona extract: " << bytes.status().message() << "\n";
      status = 1;
      continue;
    }
    std::string origin = file == "-" ? "<stdin>" : file;
    (*pipeline)->ForEachDocument(*bytes, origin, [&](RawDocument raw) {
      std::cout << ToJson((*pipeline)->Process(raw), flags.pretty) << '\n';
    });
  }
  std::cout.flush();
  return status;
}

void SetupExtract(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract clean articles from pages (text dump, HTML, JSON Lines) as JSON Lines");
  cmd->add_option("files", flags->files, "Input files; none or '-' reads standard input");
  cmd->add_flag("--pretty", flags->pretty, "Indent the JSON");
  cmd->add_option("--data", flags->data_dir,
                  "Data directory (default: $GHOTONA_DATA or the source tree's data/)");
  cmd->callback([flags, exit_code] { *exit_code = RunExtract(*flags); });
}

GHOTONA_COMMAND(SetupExtract);

}  // namespace
}  // namespace ghotona::cli
