// Longest-match rewrite rules and the phonetic key built from them (see
// phonetic.h and the header of data/ner/phonetic.tsv).
#include "ner/phonetic.h"

#include "base/data_file.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona::ner {

uint32_t RewriteRules::Symbol(char32_t cp) {
  if (cp < 0x80) return cp;
  if (cp >= 0x0980 && cp <= 0x09FF) return 128 + (cp - 0x0980);
  return kDense + cp;
}

uint32_t RewriteRules::Child(uint32_t node, uint32_t sym) const {
  if (sym < kDense) return nodes_[node].next[sym];
  const auto it = sparse_.find((uint64_t{node} << 32) | (sym - kDense));
  return it == sparse_.end() ? 0 : it->second;
}

Status RewriteRules::Add(std::string_view from, std::string_view to) {
  bool begin = false;
  bool end = false;
  if (from.size() > 1 && from.front() == '^') {
    begin = true;
    from.remove_prefix(1);
  }
  if (from.size() > 1 && from.back() == '$') {
    end = true;
    from.remove_suffix(1);
  }
  if (from.empty() || !text::IsValidUtf8(from)) return Status::InvalidArgument("empty or invalid pattern");
  std::vector<uint32_t> syms;
  if (begin) syms.push_back(kBegin);
  for (size_t i = 0; i < from.size();) {
    const text::Decoded d = text::DecodeUtf8(from, i);
    syms.push_back(Symbol(d.cp));
    i += d.len;
  }
  if (end) syms.push_back(kEnd);
  uint32_t node = 0;
  for (uint32_t sym : syms) {
    uint32_t child = Child(node, sym);
    if (child == 0) {
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (sym < kDense) {
        nodes_[node].next[sym] = child;
      } else {
        sparse_[(uint64_t{node} << 32) | (sym - kDense)] = child;
      }
    }
    node = child;
  }
  if (nodes_[node].out >= 0) return Status::InvalidArgument("duplicate pattern");
  nodes_[node].out = static_cast<int32_t>(outputs_.size());
  outputs_.emplace_back(to);
  if (to.size() > from.size()) shrinks_only_ = false;
  return Status::Ok();
}

template <typename Emit, typename Copy>
void RewriteRules::Run(std::string_view in, Emit emit, Copy copy) const {
  const size_t n = in.size();
  size_t p = 0;
  bool at_begin = true;  // the '^' before the first character is still unread
  while (true) {
    uint32_t node = 0;
    int32_t best = -1;
    size_t best_next = 0;
    size_t q = p;
    bool begin = at_begin;
    while (true) {
      uint32_t sym;
      size_t next;
      if (begin) {
        sym = kBegin;
        next = q;
      } else if (q < n) {
        const text::Decoded d = text::DecodeUtf8(in, q);
        sym = Symbol(d.cp);
        next = q + d.len;
      } else if (q == n) {
        sym = kEnd;
        next = n + 1;
      } else {
        break;
      }
      node = Child(node, sym);
      if (node == 0) break;
      begin = false;
      q = next;
      if (nodes_[node].out >= 0) {
        best = nodes_[node].out;
        best_next = q;
      }
    }
    if (best >= 0) {
      emit(outputs_[best]);
      p = best_next;
      at_begin = false;
      if (p > n) break;  // the match consumed '$'
      continue;
    }
    if (at_begin) {
      at_begin = false;
      continue;
    }
    if (p >= n) break;
    const text::Decoded d = text::DecodeUtf8(in, p);
    copy(p, p + d.len, d.cp);
    p += d.len;
  }
}

void RewriteRules::Apply(std::string_view in, Unmatched unmatched, std::string* out) const {
  Run(
      in, [out](const std::string& s) { out->append(s); },
      [&](size_t b, size_t e, char32_t cp) {
        if (unmatched == Unmatched::kCopy) {
          out->append(in.substr(b, e - b));
        } else if (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) {
          out->push_back(static_cast<char>(cp | 0x20));
        } else if (cp >= '0' && cp <= '9') {
          out->push_back(static_cast<char>(cp));
        }
      });
}

void RewriteRules::ApplyInPlace(std::string* s, size_t start) const {
  char* base = s->data() + start;
  const std::string_view in(base, s->size() - start);
  size_t w = 0;
  Run(
      in,
      [&](const std::string& o) {
        for (char c : o) base[w++] = c;
      },
      [&](size_t b, size_t e, char32_t) {
        for (size_t i = b; i < e; ++i) base[w++] = in[i];
      });
  s->resize(start + w);
}

Result<RuleLine> ParseRuleLine(std::string_view line, const std::string& where) {
  const size_t t1 = line.find('\t');
  const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
  if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
    return Status::ParseError(where + ": expected 3 TAB-separated columns (stage, from, to)");
  }
  RuleLine rule{line.substr(0, t1), text::Normalize(line.substr(t1 + 1, t2 - t1 - 1)), line.substr(t2 + 1)};
  if (rule.to == "-") rule.to = {};
  return rule;
}

Result<PhoneticKey> PhoneticKey::Load(const std::string& data_dir) {
  auto data = std::make_shared<Data>();
  GHOTONA_RETURN_IF_ERROR(base::ForEachDataLine(
      data_dir + "/ner/phonetic.tsv", [&](std::string_view line, const std::string& location) {
        auto rule = ParseRuleLine(line, location);
        if (!rule.ok()) return rule.status();
        const std::string where = location + ": ";
        const auto& [stage, from, to] = *rule;
        for (char c : to) {
          if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return Status::ParseError(where +
                                      "a key is made of lowercase ASCII letters and digits (\"-\" for none)");
          }
        }
        Status st;
        if (stage == "map") {
          st = data->map.Add(from, to);
        } else if (stage == "fold") {
          for (char c : from) {
            if (!((c >= 'a' && c <= 'z') || c == '^' || c == '$')) {
              return Status::ParseError(where + "a fold rule rewrites key letters (a-z, ^, $)");
            }
          }
          st = data->fold.Add(from, to);
          if (st.ok() && !data->fold.ShrinksOnly()) {
            return Status::ParseError(where + "a fold rule may not lengthen the key");
          }
        } else {
          return Status::ParseError(where + "unknown stage '" + std::string(stage) + "' (map or fold)");
        }
        if (!st.ok()) return Status::ParseError(where + st.message());
        return Status::Ok();
      }));
  return PhoneticKey(std::move(data));
}

std::string PhoneticKey::Key(std::string_view word) const {
  std::string out;
  AppendKey(word, &out);
  return out;
}

void PhoneticKey::AppendKey(std::string_view word, std::string* out) const {
  const size_t start = out->size();
  data_->map.Apply(word, RewriteRules::Unmatched::kKeepAsciiAlnum, out);
  if (!data_->fold.empty()) data_->fold.ApplyInPlace(out, start);
  // A vowel repeated by the rules (রাশিয়া: i from ি, i from য়) counts once.
  size_t w = start;
  for (size_t r = start; r < out->size(); ++r) {
    const char c = (*out)[r];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    if (vowel && w > start && (*out)[w - 1] == c) continue;
    (*out)[w++] = c;
  }
  out->resize(w);
}

}  // namespace ghotona::ner
