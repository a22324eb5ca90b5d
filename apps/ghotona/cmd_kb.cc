// `ghotona kb check [--notes]`: loads data/kb/ and reports malformed lines,
// duplicate ids, unknown references and overlapping terms of office; exit
// status 0 when the knowledge base is sound. --notes also lists forms shared
// by two entries (resolved from context by the linker, so not errors).
// `ghotona kb lookup NAME... [--date D]`: what the linker reads each NAME as:
// inflected forms, spelling variants and, with a date, role phrases
// ("ইরানের প্রেসিডেন্ট"); exit status 1 when a name matches nothing.
#include <CLI/CLI.hpp>
#include <array>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "ghotona/entities.h"
#include "ghotona/kb.h"

namespace ghotona::cli {
namespace {

struct KbArgs {
  std::string data;
  bool notes = false;
  std::string date;
  std::vector<std::string> names;
};

std::string RolesText(const KbEntry& e) {
  std::string out;
  for (const Role& r : e.roles) {
    if (!out.empty()) out += "; ";
    out += r.office + " " + r.scope;
    if (r.from || r.to) {
      const auto day = [](const std::optional<CivilDate>& d) {
        if (!d) return std::string();
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
        return std::string(buf);
      };
      out += " " + day(r.from) + ".." + day(r.to);
    }
  }
  return out;
}

int RunLookup(const KbArgs& args) {
  std::optional<CivilDate> date;
  if (!args.date.empty()) {
    auto parsed = ParseIsoDateTime(args.date);
    if (!parsed.ok() || parsed->precision < DateTime::Precision::kDay) {
      std::cerr << "ghotona kb lookup: --date wants YYYY-MM-DD: " << args.date << "\n";
      return 2;
    }
    date = parsed->date();
  }
  auto linker = EntityLinker::Create(DataDir(args.data));
  if (!linker.ok()) {
    std::cerr << "ghotona kb lookup: " << linker.status().ToString() << "\n";
    return 2;
  }
  int status = 0;
  for (const std::string& name : args.names) {
    const std::vector<LookupMatch> matches = (*linker)->Lookup(name, date);
    if (matches.empty()) {
      std::cout << name << "\tnot found\n";
      status = 1;
    }
    for (const LookupMatch& m : matches) {
      const KbEntry& e = *m.entry;
      std::cout << name << "\tkb:" << e.id << "\t" << e.name_en << "\t" << EntityTypeName(e.type) << "\t"
                << (e.country.empty() ? "-" : e.country) << "\t"
                << (e.actor_code.empty() ? "-" : e.actor_code) << "\t" << m.how;
      if (!e.roles.empty()) std::cout << "\t" << RolesText(e);
      std::cout << "\n";
    }
  }
  return status;
}

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
  CLI::App* lookup =
      kb->add_subcommand("lookup", "Show the entries a name (inflected, variant, role phrase) links to");
  lookup->add_option("--data", args->data,
                     "Data directory (default: $GHOTONA_DATA or the source tree's data/)");
  lookup->add_option("--date", args->date, "Resolve role phrases on this day (YYYY-MM-DD)");
  lookup->add_option("name", args->names, "Names, e.g. পুতিনকে or \"ইরানের প্রেসিডেন্ট\"")->required();
  lookup->callback([args, exit_code] { *exit_code = RunLookup(*args); });
}

GHOTONA_COMMAND(SetupKb);

}  // namespace
}  // namespace ghotona::cli
