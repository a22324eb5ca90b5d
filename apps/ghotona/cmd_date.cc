// `ghotona date [--ref YYYY-MM-DD] [--data DIR] TEXT...`: prints, for each
// argument, the date or date-time it states in ISO 8601 (DateTime::ToIso), or
// "error: <reason>". With --ref, relative words, weekdays and year-less dates
// are resolved against that day; without it they are an error. Exit status 0
// when every argument gave a date, 1 otherwise.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/date.h"

namespace ghotona::cli {
namespace {

struct DateArgs {
  std::string ref;
  std::string data;
  std::vector<std::string> texts;
};

int RunDate(const DateArgs& args) {
  DateOptions options;
  if (!args.ref.empty()) {
    auto ref = ParseIsoDateTime(args.ref);
    if (!ref.ok() || ref->precision < DateTime::Precision::kDay) {
      std::cerr << "ghotona date: --ref wants a day, YYYY-MM-DD: " << args.ref << "\n";
      return 2;
    }
    options.reference = ref->date();
  }
  auto parser = DateParser::Load(DataDir(args.data));
  if (!parser.ok()) {
    std::cerr << "ghotona date: " << parser.status().ToString() << "\n";
    return 2;
  }
  int status = 0;
  for (const std::string& text : args.texts) {
    auto date = (*parser)->Parse(text, options);
    if (date.ok()) {
      std::cout << date->ToIso() << "\n";
    } else {
      std::cout << "error: " << date.status().message() << "\n";
      status = 1;
    }
  }
  return status;
}

void SetupDate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DateArgs>();
  CLI::App* cmd = app.add_subcommand("date", "Print the date each TEXT states, in ISO 8601");
  cmd->add_option("--ref", args->ref, "Reference day (YYYY-MM-DD) for আজ, গতকাল, weekdays, year-less dates");
  cmd->add_option("--data", args->data, "Data directory (default: $GHOTONA_DATA or the source tree's data/)");
  cmd->add_option("text", args->texts, "Date texts, e.g. \"১২ মার্চ ২০২৪, ১০:১৫ পিএম\"")->required();
  cmd->callback([args, exit_code] { *exit_code = RunDate(*args); });
}

GHOTONA_COMMAND(SetupDate);

}  // namespace
}  // namespace ghotona::cli
