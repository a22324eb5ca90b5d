// ghotona: Bengali news pages -> clean articles, entities and coded events.
// Subcommands live in cmd_*.cc and register themselves (command.h).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "command.h"

namespace ghotona::cli {

std::vector<CommandSetup>& Commands() {
  static std::vector<CommandSetup> commands;
  return commands;
}

std::string DataDir(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("GHOTONA_DATA"); env != nullptr && *env != '\0') return env;
  return GHOTONA_SOURCE_DATA_DIR;
}

}  // namespace ghotona::cli

int main(int argc, char** argv) {
  CLI::App app{"ghotona: Bengali news pages -> clean articles, entities and coded events"};
  app.require_subcommand(1);
  int exit_code = 0;
  for (auto setup : ghotona::cli::Commands()) setup(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
