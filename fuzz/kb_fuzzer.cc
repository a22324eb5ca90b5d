// libFuzzer target for the knowledge-base parser: arbitrary bytes as a
// data/kb file (with a small offices list). Traps when a parsed entry breaks
// an invariant: a valid id, a non-empty English and Bengali name, role ranges
// that do not end before they start; and Check and Ambiguities must run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ghotona/kb.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ghotona::KbText file{"fuzz.tsv", std::string(reinterpret_cast<const char*>(data), size)};
  const ghotona::KbText offices{"offices.txt", "president\tsingle\t-\ncapital\tmulti\t-\n"};
  auto kb = ghotona::KnowledgeBase::Parse({file}, &offices);
  if (!kb.ok()) {
    Check(kb.status().message().starts_with("fuzz.tsv:"));
    return 0;
  }
  for (const ghotona::KbEntry& e : kb->entries()) {
    Check(!e.id.empty() && !e.name_en.empty() && !e.name_bn.empty());
    for (const ghotona::Role& r : e.roles) {
      Check(!(r.from && r.to) || ghotona::DaysFromCivil(*r.from) <= ghotona::DaysFromCivil(*r.to));
    }
  }
  kb->Check();
  kb->Ambiguities();
  return 0;
}
