// libFuzzer target for the word-level entity machinery on arbitrary bytes
// (raw and after text::Normalize). Traps when an invariant breaks:
// Morphology::Stems gives the word first, then distinct non-empty byte
// prefixes of it, longest first, and Stem is one of them; PhoneticKey gives
// lowercase ASCII letters and digits and AppendKey appends exactly Key;
// Romanizer (short inputs only: it runs ICU) gives lowercase ASCII words
// separated by single spaces, and Slug the same with hyphens.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/morphology.h"
#include "ner/phonetic.h"
#include "ner/romanize.h"
#include "text/normalize.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

struct Tools {
  ghotona::ner::Morphology morphology;
  ghotona::ner::PhoneticKey phonetic;
  ghotona::ner::Romanizer romanizer;
};

const Tools& Loaded() {
  static const Tools* tools = [] {
    auto m = ghotona::ner::Morphology::Load(GHOTONA_SOURCE_DATA_DIR);
    auto k = ghotona::ner::PhoneticKey::Load(GHOTONA_SOURCE_DATA_DIR);
    auto r = ghotona::ner::Romanizer::Load(GHOTONA_SOURCE_DATA_DIR);
    Check(m.ok() && k.ok() && r.ok());
    return new Tools{std::move(m).value(), std::move(k).value(), std::move(r).value()};
  }();
  return *tools;
}

void CheckWord(std::string_view word) {
  const Tools& t = Loaded();
  std::vector<std::string_view> stems = {"sentinel"};
  t.morphology.Stems(word, &stems);
  Check(stems[0] == "sentinel");
  if (word.empty()) {
    Check(stems.size() == 1);
  } else {
    Check(stems.size() >= 2 && stems[1].data() == word.data() && stems[1].size() == word.size());
    for (size_t i = 2; i < stems.size(); ++i) {
      Check(stems[i].data() == word.data() && !stems[i].empty() && stems[i].size() < stems[i - 1].size());
    }
  }
  const std::string_view best = t.morphology.Stem(word);
  bool found = word.empty() && best.empty();
  for (size_t i = 1; i < stems.size(); ++i)
    found = found || (best.data() == stems[i].data() && best.size() == stems[i].size());
  Check(found);

  const std::string key = t.phonetic.Key(word);
  for (char c : key) Check((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
  std::string appended = "x";
  t.phonetic.AppendKey(word, &appended);
  Check(appended == "x" + key);
}

void CheckRoman(const std::string& s, char sep) {
  Check(s.empty() || (s.front() != sep && s.back() != sep));
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    Check((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == sep);
    Check(c != sep || i == 0 || s[i - 1] != sep);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  CheckWord(raw);
  const std::string normal = ghotona::text::Normalize(raw);
  CheckWord(normal);
  if (size <= 256) {
    CheckRoman(Loaded().romanizer.Romanize(raw), ' ');
    CheckRoman(Loaded().romanizer.Slug(normal), '-');
  }
  return 0;
}
