// Subcommand registry of the ghotona CLI. Each cmd_*.cc file defines one
// subcommand and registers it with a static GHOTONA_COMMAND(...) line, so the
// CLI grows by adding a file. Commands are thin: parse flags, call the library.
#ifndef GHOTONA_APPS_COMMAND_H_
#define GHOTONA_APPS_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace ghotona::cli {

// Adds a subcommand to app. The callback it installs stores the process exit
// status in *exit_code.
using CommandSetup = void (*)(CLI::App& app, int* exit_code);

std::vector<CommandSetup>& Commands();
inline bool RegisterCommand(CommandSetup setup) {
  Commands().push_back(setup);
  return true;
}

// The data directory: --data, else $GHOTONA_DATA, else the source tree's data/.
std::string DataDir(const std::string& flag_value);

}  // namespace ghotona::cli

#define GHOTONA_COMMAND(setup_fn) \
  static const bool ghotona_command_registered_##setup_fn = ::ghotona::cli::RegisterCommand(&setup_fn)

#endif  // GHOTONA_APPS_COMMAND_H_
