// `ghotona kb check [--notes]`: loads data/kb/ and reports malformed lines,
// duplicate ids, unknown references and overlapping terms of office; exit
// status 0 when the knowledge base is sound. --notes also lists forms shared
// by two entries (resolved from context by the linker, so not errors).
#include <CLI/CLI.hpp>
#include <array>
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "ghotona/kb.h"

namespace ghotona::cli {
namespace {

struct KbArgs {
  std::string data;
  bool notes = false;
};

int RunCheck(const KbArgs& args) {
  auto kb = KnowledgeBase::Load(DataDir(args.data));
  if (!kb.ok()) {
    std::cerr << "ghotona kb check: " << kb.status().ToString() << "\n";
    return 2;
  }
  const std::vector<std::string> problems = kb->Check();
  for (const std::string& p : problems) std::cout << "error: " << p << "\n";
  const std::vector<std::string> ambiguities = kb->Ambiguities();
  if (args.notes) {
    for (const std::string& n : ambiguities) std::cout << "note: " << n << "\n";
  }
  std::array<int, 5> by_type{};
  size_t roles = 0;
  for (const KbEntry& e : kb->entries()) {
    ++by_type[static_cast<size_t>(e.type)];
    roles += e.roles.size();
  }
  std::cout << kb->entries().size() << " entries (" << by_type[0] << " PERSON, " << by_type[1] << " ORG, "
            << by_type[2] << " GPE, " << by_type[3] << " LOC, " << by_type[4] << " EVENT), " << roles
            << " roles, " << ambiguities.size()
            << " shared forms: " << (problems.empty() ? "OK" : std::to_string(problems.size()) + " errors")
            << "\n";
  return problems.empty() ? 0 : 1;
}

void SetupKb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<KbArgs>();
  CLI::App* kb = app.add_subcommand("kb", "Knowledge base tools");
  kb->require_subcommand(1);
  CLI::App* check =
      kb->add_subcommand("check", "Validate data/kb/: duplicates, references, overlapping terms");
  check->add_option("--data", args->data,
                    "Data directory (default: $GHOTONA_DATA or the source tree's data/)");
  check->add_flag("--notes", args->notes, "Also list forms shared by two entries");
  check->callback([args, exit_code] { *exit_code = RunCheck(*args); });
}

GHOTONA_COMMAND(SetupKb);

}  // namespace
}  // namespace ghotona::cli
