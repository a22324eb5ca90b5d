// Suffix grammar loading and right-to-left stem enumeration (see
// morphology.h and the header of data/ner/suffixes.tsv for the grammar).
#include "ner/morphology.h"

#include <array>
#include <cstdint>
#include <deque>
#include <unordered_set>

#include "base/data_file.h"
#include "text/normalize.h"

namespace ghotona::ner {
namespace {

// What a suffix may attach to: the class of the code point just before it.
enum CharClass : uint8_t {
  kNever = 0,           // virama, ZWJ/ZWNJ: a stem never ends there
  kConsonant = 1 << 0,  // consonant letters, nukta, khanda ta
  kVowel = 1 << 1,      // vowel signs other than aa and e, independent vowels, chandrabindu
  kESign = 1 << 2,      // the vowel sign e (U+09C7)
  kAaSign = 1 << 6,     // the vowel sign aa (U+09BE)
  kAnusvara = 1 << 3,   // U+0982
  kOther = 1 << 4,      // digits, Latin, punctuation, anything else
  kHa = 1 << 5,         // the consonant ha, which also takes vowel-final forms (Allah-r)
};
constexpr uint8_t kAnyClass = kConsonant | kVowel | kESign | kAnusvara | kOther | kHa | kAaSign;

constexpr size_t kMaxDepth = 5;      // suffixes stripped from one word at most
constexpr size_t kMaxReadings = 32;  // stems kept per word at most
constexpr size_t kMaxFrames = 64;    // pending search states per word at most

uint8_t ClassOfBengali(char32_t c) {
  if (c == 0x0981 || (c >= 0x0985 && c <= 0x0994) || c == 0x09D7 || (c >= 0x09E0 && c <= 0x09E3))
    return kVowel;
  if (c == 0x0982) return kAnusvara;
  if (c == 0x09B9) return kConsonant | kHa;
  if ((c >= 0x0995 && c <= 0x09B9) || c == 0x09BC || c == 0x09CE || (c >= 0x09DC && c <= 0x09DF)) {
    return kConsonant;
  }
  if (c == 0x09C7) return kESign;
  if (c == 0x09BE) return kAaSign;
  if (c >= 0x09BE && c <= 0x09CC) return kVowel;
  if (c == 0x09CD) return kNever;
  return kOther;
}

// The Bengali code point whose 3-byte UTF-8 form ends at `end`, or 0.
inline char32_t BengaliBefore(std::string_view s, size_t end) {
  if (end < 3) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + end - 3;
  if (p[0] != 0xE0 || (p[1] != 0xA6 && p[1] != 0xA7) || (p[2] & 0xC0) != 0x80) return 0;
  return 0x0980 + (static_cast<char32_t>(p[1] & 1) << 6) + (p[2] & 0x3F);
}

uint8_t ClassBefore(std::string_view s, size_t end) {
  if (end == 0) return kNever;
  const char32_t c = BengaliBefore(s, end);
  if (c != 0) return ClassOfBengali(c);
  // ZWNJ / ZWJ (E2 80 8C / E2 80 8D).
  if (end >= 3 && s.substr(end - 3, 2) == "\xE2\x80" && (s[end - 1] == '\x8C' || s[end - 1] == '\x8D')) {
    return kNever;
  }
  return kOther;
}

// Whether `prefix` has at least n letters (code points other than virama,
// nukta, ZWJ, ZWNJ), scanning backwards and stopping as soon as it knows.
bool HasLetters(std::string_view prefix, size_t n) {
  size_t end = prefix.size();
  size_t count = 0;
  while (end > 0 && count < n) {
    size_t start = end - 1;
    size_t steps = 0;
    while (start > 0 && steps < 3 && (static_cast<unsigned char>(prefix[start]) & 0xC0) == 0x80) {
      --start;
      ++steps;
    }
    const std::string_view cp = prefix.substr(start, end - start);
    const bool mark =
        cp == "\xE0\xA7\x8D" || cp == "\xE0\xA6\xBC" || cp == "\xE2\x80\x8C" || cp == "\xE2\x80\x8D";
    if (!mark) ++count;
    end = start;
  }
  return count >= n;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(Trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// Decodes a string of Bengali-block code points (3 bytes each); false if any
// other code point is present.
bool DecodeBengali(std::string_view s, std::vector<char32_t>* out) {
  for (size_t i = 0; i < s.size(); i += 3) {
    if (i + 3 > s.size()) return false;
    const char32_t c = BengaliBefore(s, i + 3);
    if (c == 0) return false;
    out->push_back(c);
  }
  return true;
}

}  // namespace

struct Morphology::Data {
  struct Suffix {
    uint8_t bytes;         // UTF-8 length of the form
    uint8_t slot;          // index into slot names
    uint8_t attach;        // CharClass mask
    uint32_t followed_by;  // mask of slots that may follow
  };
  struct Node {
    std::array<uint16_t, 128> next{};  // child per Bengali code point - U+0980; 0 = none
    uint16_t term_begin = 0;           // suffixes ending here: terms[term_begin, term_end)
    uint16_t term_end = 0;
  };
  std::vector<Suffix> suffixes;
  std::vector<Node> nodes;  // nodes[0] is the root; edges read the suffix backwards
  std::vector<uint16_t> terms;
  std::deque<std::string> keep_storage;
  std::unordered_set<std::string_view> keep;
  std::vector<std::string> keep_endings;

  // Listed in stem_keep.txt as a word or by its ending.
  bool Known(std::string_view w) const {
    if (keep.count(w) != 0) return true;
    for (const std::string& e : keep_endings) {
      if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
    }
    return false;
  }
};

namespace {

// The non-blank, non-comment lines of a data file, trimmed, with their numbers.
Status ReadLines(const std::string& path, std::vector<std::pair<int, std::string>>* lines) {
  auto content = base::ReadFile(path);
  if (!content.ok()) return content.status();
  return base::ForEachLine(*content, [&](std::string_view line, int line_no) {
    if (!base::IsBlankOrComment(line)) lines->emplace_back(line_no, std::string(Trim(line)));
    return Status::Ok();
  });
}

Status ParseClasses(std::string_view spec, uint8_t* mask) {
  *mask = 0;
  for (std::string_view name : Split(spec, '|')) {
    if (name == "any") {
      *mask |= kAnyClass;
    } else if (name == "consonant") {
      *mask |= kConsonant;
    } else if (name == "vowel") {
      *mask |= kVowel;
    } else if (name == "e-sign") {
      *mask |= kESign;
    } else if (name == "aa-sign") {
      *mask |= kAaSign;
    } else if (name == "anusvara") {
      *mask |= kAnusvara;
    } else if (name == "other") {
      *mask |= kOther;
    } else if (name == "ha") {
      *mask |= kHa;
    } else {
      return Status::ParseError("unknown class '" + std::string(name) +
                                "' (consonant, vowel, aa-sign, e-sign, anusvara, ha, other, any)");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Morphology> Morphology::Load(const std::string& data_dir) {
  auto data = std::make_shared<Data>();
  const std::string path = data_dir + "/ner/suffixes.tsv";
  std::vector<std::pair<int, std::string>> lines;
  GHOTONA_RETURN_IF_ERROR(ReadLines(path, &lines));

  // First pass: slot names, so a line may name a slot defined further down.
  std::vector<std::string> slots;
  for (const auto& [line_no, line] : lines) {
    const std::string_view slot = Split(line, '\t')[0];
    bool known = false;
    for (const std::string& s : slots) known = known || s == slot;
    if (!known) slots.emplace_back(slot);
  }
  if (slots.size() > 32) return Status::ParseError(path + ": more than 32 slots");

  std::vector<std::vector<uint16_t>> node_terms(1);
  data->nodes.emplace_back();
  for (const auto& [line_no, line] : lines) {
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    const std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() != 4) {
      return Status::ParseError(where +
                                "expected 4 TAB-separated columns (slot, form, attaches-to, followed-by)");
    }
    Data::Suffix suffix{};
    for (size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] == cols[0]) suffix.slot = static_cast<uint8_t>(i);
    }
    const std::string form = text::Normalize(cols[1]);
    std::vector<char32_t> cps;
    if (form.empty() || form.size() > 255 || !DecodeBengali(form, &cps)) {
      return Status::ParseError(where + "the form must be a non-empty string of Bengali letters and signs");
    }
    suffix.bytes = static_cast<uint8_t>(form.size());
    Status st = ParseClasses(cols[2], &suffix.attach);
    if (!st.ok()) return Status::ParseError(where + st.message());
    if (cols[3] != "-") {
      for (std::string_view name : Split(cols[3], '|')) {
        size_t i = 0;
        while (i < slots.size() && slots[i] != name) ++i;
        if (i == slots.size()) return Status::ParseError(where + "unknown slot '" + std::string(name) + "'");
        suffix.followed_by |= uint32_t{1} << i;
      }
    }
    if (data->suffixes.size() >= 0xFFFF) return Status::ParseError(where + "too many suffixes");
    const auto id = static_cast<uint16_t>(data->suffixes.size());
    data->suffixes.push_back(suffix);
    size_t node = 0;
    for (auto it = cps.rbegin(); it != cps.rend(); ++it) {
      const size_t k = *it - 0x0980;
      if (data->nodes[node].next[k] == 0) {
        if (data->nodes.size() >= 0xFFFF) return Status::ParseError(where + "suffix trie too large");
        data->nodes[node].next[k] = static_cast<uint16_t>(data->nodes.size());
        data->nodes.emplace_back();
        node_terms.emplace_back();
      }
      node = data->nodes[node].next[k];
    }
    node_terms[node].push_back(id);
  }
  for (size_t n = 0; n < node_terms.size(); ++n) {
    data->nodes[n].term_begin = static_cast<uint16_t>(data->terms.size());
    data->terms.insert(data->terms.end(), node_terms[n].begin(), node_terms[n].end());
    data->nodes[n].term_end = static_cast<uint16_t>(data->terms.size());
  }

  const std::string keep_path = data_dir + "/ner/stem_keep.txt";
  lines.clear();
  GHOTONA_RETURN_IF_ERROR(ReadLines(keep_path, &lines));
  for (const auto& [line_no, line] : lines) {
    if (line.find('\t') != std::string::npos || line.find(' ') != std::string::npos) {
      return Status::ParseError(keep_path + ":" + std::to_string(line_no) + ": one word per line");
    }
    if (line[0] == '-') {
      if (line.size() == 1)
        return Status::ParseError(keep_path + ":" + std::to_string(line_no) + ": empty ending");
      data->keep_endings.push_back(text::Normalize(std::string_view(line).substr(1)));
      continue;
    }
    data->keep_storage.push_back(text::Normalize(line));
    data->keep.insert(data->keep_storage.back());
  }
  return Morphology(std::move(data));
}

size_t Morphology::suffix_count() const { return data_->suffixes.size(); }

size_t Morphology::StemLengths(std::string_view word, size_t* lens, size_t cap) const {
  struct Frame {
    size_t end;
    int right;  // suffix just stripped after `end`, -1 for none
    size_t depth;
  };
  const Data& d = *data_;
  Frame stack[kMaxFrames];
  size_t top = 0;
  size_t n = 0;
  stack[top++] = {word.size(), -1, 0};
  while (top > 0) {
    const Frame f = stack[--top];
    if (f.depth >= kMaxDepth) continue;
    const uint32_t right_slot = f.right < 0 ? 0 : uint32_t{1} << d.suffixes[f.right].slot;
    size_t node = 0;
    size_t pos = f.end;
    while (true) {
      const char32_t c = BengaliBefore(word, pos);
      if (c == 0) break;
      node = d.nodes[node].next[c - 0x0980];
      if (node == 0) break;
      pos -= 3;
      const Data::Node& nd = d.nodes[node];
      for (uint16_t t = nd.term_begin; t < nd.term_end; ++t) {
        const uint16_t id = d.terms[t];
        const Data::Suffix& s = d.suffixes[id];
        if (f.right >= 0 && (s.followed_by & right_slot) == 0) continue;
        if ((ClassBefore(word, pos) & s.attach) == 0) continue;
        // A hyphen joining the suffix (২০১২-এর, IRGC-র) is not part of the stem.
        const size_t stem = pos > 1 && word[pos - 1] == '-' ? pos - 1 : pos;
        if (!HasLetters(word.substr(0, stem), kMinStemLength)) continue;
        bool seen = false;
        for (size_t i = 0; i < n; ++i) seen = seen || lens[i] == stem;
        if (!seen && n < cap) lens[n++] = stem;
        if (top < kMaxFrames) stack[top++] = {pos, id, f.depth + 1};
      }
    }
  }
  // Longest first (insertion sort: a handful of entries).
  for (size_t i = 1; i < n; ++i) {
    const size_t v = lens[i];
    size_t j = i;
    while (j > 0 && lens[j - 1] < v) {
      lens[j] = lens[j - 1];
      --j;
    }
    lens[j] = v;
  }
  return n;
}

void Morphology::Stems(std::string_view word, std::vector<std::string_view>* out) const {
  if (word.empty()) return;
  size_t lens[kMaxReadings];
  const size_t n = StemLengths(word, lens, kMaxReadings);
  out->push_back(word);
  for (size_t i = 0; i < n; ++i) out->push_back(word.substr(0, lens[i]));
}

std::string_view Morphology::Stem(std::string_view word) const {
  size_t lens[kMaxReadings];
  const size_t n = StemLengths(word, lens, kMaxReadings);
  const Data& d = *data_;
  // The shortest known reading wins outright.
  for (size_t i = n; i-- > 0;) {
    if (d.Known(word.substr(0, lens[i]))) return word.substr(0, lens[i]);
  }
  if (d.Known(word)) return word;
  return n > 0 ? word.substr(0, lens[n - 1]) : word;
}

}  // namespace ghotona::ner
