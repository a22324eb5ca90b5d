// The name tagger: feature hashing, Viterbi decoding, averaged perceptron
// training, the model file, and the gazetteer built from the knowledge base.
// See tagger.h for the model and data/models/README.md for the file format.
#include "ner/tagger.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "base/data_file.h"
#include "text/normalize.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace ghotona::ner {
namespace {

constexpr int kT = kNumNameTags;
constexpr std::string_view kMagic = "ghotona-ner-model 1";

// ---- hashing ---------------------------------------------------------------

constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Fnv(std::string_view s, uint64_t h = kFnvBasis) {
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c | 0x20);  // Latin case folded
    h = (h ^ c) * kFnvPrime;
  }
  return h;
}

// splitmix64's finalizer: spreads FNV's weak low bits before table indexing.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// A feature key: template id and one or two part hashes. Never 0 (the empty slot).
uint64_t Key(uint32_t tmpl, uint64_t a, uint64_t b = 0) {
  uint64_t k = Mix(Mix(a + 0x9e3779b97f4a7c15ull * (tmpl + 1)) ^ b);
  return k == 0 ? 1 : k;
}

// ---- per-token information -------------------------------------------------

bool IsEdgePunct(char32_t c) {
  if (c < 0x80) return !(c >= '0' && c <= '9') && !text::IsAsciiLetter(c) && c > ' ';
  return c == 0x0964 || c == 0x0965 || (c >= 0x2010 && c <= 0x2027) || c == 0x00AB || c == 0x00BB;
}

// The token without leading and trailing punctuation ("‘ঝলম" -> "ঝলম"); the
// token itself when it is all punctuation.
std::string_view Core(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    text::Decoded d = text::DecodeUtf8(s, b);
    if (!IsEdgePunct(d.cp)) break;
    b += d.len;
  }
  while (e > b) {
    size_t len = 0;
    char32_t c = text::DecodeLastUtf8(s, e, &len);
    if (!IsEdgePunct(c)) break;
    e -= len;
  }
  return b < e ? s.substr(b, e - b) : s;
}

char ShapeClass(char32_t c) {
  if (text::IsBengaliDigit(c) || (c >= '0' && c <= '9')) return 'd';
  if (text::IsBengaliCodePoint(c)) return 'b';
  if (c >= 'A' && c <= 'Z') return 'A';
  if (c >= 'a' && c <= 'z') return 'a';
  if (c == '.') return '.';
  if (IsEdgePunct(c)) return 'p';
  return 'o';
}

// ---- the lexicon of the training data ----------------------------------------

// Labels the lexicon counts: O, B-PER, I-PER, B-ORG, I-ORG, and LOC (B or I:
// places rarely span words).
constexpr int kLexLabels = 6;
int LexLabel(NameTag t) { return std::min(static_cast<int>(t), 5); }

// Lexicon keys of a word and of a stem (distinct salts: a stem and a word may be equal).
uint64_t WordKey(uint64_t word_hash) { return Key(1000, word_hash); }
uint64_t StemKey(uint64_t stem_hash) { return Key(1001, stem_hash); }

// A lexicon value: bits 0-1 the frequency bucket (1: once, 2: 2-4 times,
// 3: 5 or more; 0 is "unseen" and never stored), bits 2-7 the labels that
// account for at least a tenth of the occurrences.
uint8_t LexValue(const std::array<uint32_t, kLexLabels>& counts) {
  uint32_t n = 0;
  for (uint32_t c : counts) n += c;
  if (n == 0) return 0;
  uint8_t v = n == 1 ? 1 : n < 5 ? 2 : 3;
  for (int l = 0; l < kLexLabels; ++l)
    if (counts[l] > 0 && counts[l] * 10 >= n) v |= static_cast<uint8_t>(4 << l);
  return v;
}

// Read access to an open-addressing key -> value table (empty key 0).
struct LexiconRef {
  const uint64_t* keys = nullptr;
  const uint8_t* values = nullptr;
  size_t capacity = 0;  // a power of two, or 0
  uint8_t Get(uint64_t key) const {
    if (capacity == 0) return 0;
    for (size_t slot = key & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
      if (keys[slot] == key) return values[slot];
      if (keys[slot] == 0) return 0;
    }
  }
};

// Builds the open-addressing table of the non-zero values.
void BuildLexicon(const std::vector<std::pair<uint64_t, uint8_t>>& entries, std::vector<uint64_t>* keys,
                  std::vector<uint8_t>* values) {
  size_t cap = 16;
  while (cap < entries.size() * 2) cap <<= 1;
  keys->assign(cap, 0);
  values->assign(cap, 0);
  for (const auto& [key, value] : entries) {
    size_t slot = key & (cap - 1);
    while ((*keys)[slot] != 0 && (*keys)[slot] != key) slot = (slot + 1) & (cap - 1);
    (*keys)[slot] = key;
    (*values)[slot] = value;
  }
}

// ---- per-token information (continued) ---------------------------------------

constexpr int kAffixes = 4;

struct TokenInfo {
  uint64_t word = 0, stem = 0, inflection = 0, shape = 0;
  uint64_t head = 0;  // the part before the first hyphen (সিলেট-২ -> সিলেট), else the word
  std::array<uint64_t, kAffixes> prefix{}, suffix{};
  uint64_t suffix3 = 0;
  uint8_t gazetteer = 0;
  uint8_t length = 0;  // code points, capped
  uint8_t lex_word = 0, lex_stem = 0;
};

void Describe(const TagToken& token, const LexiconRef& lexicon, TokenInfo* info) {
  std::string_view text = token.text.empty() ? std::string_view("\x01") : token.text;
  std::string_view core = Core(text);
  std::string_view stem = token.stem.empty() ? core : Core(token.stem);
  info->word = Fnv(core);
  const size_t hyphen = core.find('-');
  info->head = hyphen != std::string_view::npos && hyphen > 0 ? Fnv(core.substr(0, hyphen)) : info->word;
  info->stem = Fnv(stem);
  info->inflection =
      (core.size() > stem.size() && core.substr(0, stem.size()) == stem) ? Fnv(core.substr(stem.size())) : 1;
  // Shape of the whole token (edge punctuation included), repeats collapsed, at most 6 classes.
  char shape[6];
  size_t n = 0;
  size_t cps = 0;
  for (size_t p = 0; p < text.size();) {
    text::Decoded d = text::DecodeUtf8(text, p);
    p += d.len;
    char c = ShapeClass(d.cp);
    if (n < sizeof shape && (n == 0 || shape[n - 1] != c)) shape[n++] = c;
  }
  info->shape = Fnv(std::string_view(shape, n));
  // Prefixes and suffixes of 1..4 code points of the core (shorter words repeat the whole word).
  size_t pos = 0;
  for (int k = 0; k < kAffixes; ++k) {
    if (pos < core.size()) {
      pos += text::DecodeUtf8(core, pos).len;
      ++cps;
    }
    info->prefix[k] = Fnv(core.substr(0, pos));
  }
  size_t end = core.size();
  for (int k = 0; k < kAffixes; ++k) {
    if (end > 0) {
      size_t len = 0;
      text::DecodeLastUtf8(core, end, &len);
      end -= len;
    }
    info->suffix[k] = Fnv(core.substr(end));
  }
  info->suffix3 = info->suffix[2];
  size_t total = cps;
  for (size_t p = pos; p < core.size(); ++total) p += text::DecodeUtf8(core, p).len;
  info->length = static_cast<uint8_t>(std::min<size_t>(total, 8));
  info->gazetteer = token.gazetteer;
  info->lex_word = lexicon.Get(WordKey(info->word));
  info->lex_stem = lexicon.Get(StemKey(info->stem));
}

// Feature templates. The count per token is fixed (kFeaturesPerToken).
enum Template : uint32_t {
  kBias,
  kWord,
  kStem,
  kInflection,
  kShape,
  kLength,
  kPrefix,  // + k
  kSuffix = kPrefix + kAffixes,
  kWordPrev1 = kSuffix + kAffixes,
  kWordNext1,
  kWordPrev2,
  kWordNext2,
  kStemPrev1,
  kStemNext1,
  kSuffix3Prev1,
  kSuffix3Next1,
  kShapePrev1,
  kShapeNext1,
  kBigramPrev,
  kBigramNext,
  kGaz,
  kGazPrev1,
  kGazNext1,
  kGazPrev2,
  kGazNext2,
  kGazBit,  // + bit, 6 bits
  kTitleBefore = kGazBit + 6,
  kFirst,
  kLast,
  kStemGazPrev1,
  kLexWord,
  kLexStem,
  kLexPrev1,
  kLexNext1,
  kLexWordGaz,
  kLexPrevNext,
  kHead,
  kEnd
};
constexpr size_t kFeaturesPerToken = kEnd;

const TokenInfo& Boundary(bool before) {
  static const TokenInfo kBefore = [] {
    TokenInfo t;
    t.word = t.stem = t.shape = t.suffix3 = Fnv("<s>");
    t.lex_word = t.lex_stem = 0xFF;
    return t;
  }();
  static const TokenInfo kAfter = [] {
    TokenInfo t;
    t.word = t.stem = t.shape = t.suffix3 = Fnv("</s>");
    t.lex_word = t.lex_stem = 0xFE;
    return t;
  }();
  return before ? kBefore : kAfter;
}

// Writes the kFeaturesPerToken feature keys of every token to out[i * kFeaturesPerToken ...].
void SentenceFeatures(std::span<const TokenInfo> info, uint64_t* out) {
  const size_t n = info.size();
  auto at = [&](ptrdiff_t j) -> const TokenInfo& {
    if (j < 0) return Boundary(true);
    if (static_cast<size_t>(j) >= n) return Boundary(false);
    return info[j];
  };
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t s = static_cast<ptrdiff_t>(i);
    const TokenInfo& t = info[i];
    const TokenInfo& p1 = at(s - 1);
    const TokenInfo& p2 = at(s - 2);
    const TokenInfo& n1 = at(s + 1);
    const TokenInfo& n2 = at(s + 2);
    uint64_t* f = out + i * kFeaturesPerToken;
    f[kBias] = Key(kBias, 0);
    f[kWord] = Key(kWord, t.word);
    f[kStem] = Key(kStem, t.stem);
    f[kInflection] = Key(kInflection, t.inflection);
    f[kShape] = Key(kShape, t.shape);
    f[kLength] = Key(kLength, t.length);
    for (int k = 0; k < kAffixes; ++k) {
      f[kPrefix + k] = Key(kPrefix + k, t.prefix[k]);
      f[kSuffix + k] = Key(kSuffix + k, t.suffix[k]);
    }
    f[kWordPrev1] = Key(kWordPrev1, p1.word);
    f[kWordNext1] = Key(kWordNext1, n1.word);
    f[kWordPrev2] = Key(kWordPrev2, p2.word);
    f[kWordNext2] = Key(kWordNext2, n2.word);
    f[kStemPrev1] = Key(kStemPrev1, p1.stem);
    f[kStemNext1] = Key(kStemNext1, n1.stem);
    f[kSuffix3Prev1] = Key(kSuffix3Prev1, p1.suffix3);
    f[kSuffix3Next1] = Key(kSuffix3Next1, n1.suffix3);
    f[kShapePrev1] = Key(kShapePrev1, p1.shape);
    f[kShapeNext1] = Key(kShapeNext1, n1.shape);
    f[kBigramPrev] = Key(kBigramPrev, p1.word, t.word);
    f[kBigramNext] = Key(kBigramNext, t.word, n1.word);
    f[kGaz] = Key(kGaz, t.gazetteer);
    f[kGazPrev1] = Key(kGazPrev1, p1.gazetteer);
    f[kGazNext1] = Key(kGazNext1, n1.gazetteer);
    f[kGazPrev2] = Key(kGazPrev2, p2.gazetteer);
    f[kGazNext2] = Key(kGazNext2, n2.gazetteer);
    for (uint32_t b = 0; b < 6; ++b) f[kGazBit + b] = Key(kGazBit + b, (t.gazetteer >> b) & 1);
    f[kTitleBefore] =
        Key(kTitleBefore, ((p1.gazetteer & kGazTitle) ? 1 : 0) | ((p2.gazetteer & kGazTitle) ? 2 : 0));
    f[kFirst] = Key(kFirst, i == 0);
    f[kLast] = Key(kLast, i + 1 == n);
    f[kStemGazPrev1] = Key(kStemGazPrev1, p1.stem, t.gazetteer);
    f[kLexWord] = Key(kLexWord, t.lex_word);
    f[kLexStem] = Key(kLexStem, t.lex_stem);
    f[kLexPrev1] = Key(kLexPrev1, p1.lex_word);
    f[kLexNext1] = Key(kLexNext1, n1.lex_word);
    f[kLexWordGaz] = Key(kLexWordGaz, t.lex_word, t.gazetteer);
    f[kLexPrevNext] = Key(kLexPrevNext, p1.lex_word, n1.lex_word);
    f[kHead] = Key(kHead, t.head);
  }
}

// Viterbi over emission scores (n x kT) and transitions ((kT+1) x kT, last
// row the start); writes the best path to out. back is n x kT scratch.
template <typename W>
void Viterbi(size_t n, const W* emission, const W* transitions, W* delta, uint8_t* back, NameTag* out) {
  if (n == 0) return;
  const W* start = transitions + kT * kT;
  for (int t = 0; t < kT; ++t) delta[t] = start[t] + emission[t];
  for (size_t i = 1; i < n; ++i) {
    const W* prev = delta + (i - 1) * kT;
    W* cur = delta + i * kT;
    for (int t = 0; t < kT; ++t) {
      W best = prev[0] + transitions[t];
      int arg = 0;
      for (int p = 1; p < kT; ++p) {
        W v = prev[p] + transitions[p * kT + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[t] = best + emission[i * kT + t];
      back[i * kT + t] = static_cast<uint8_t>(arg);
    }
  }
  const W* last = delta + (n - 1) * kT;
  int arg = 0;
  for (int t = 1; t < kT; ++t)
    if (last[t] > last[arg]) arg = t;
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<NameTag>(arg);
    if (i > 0) arg = back[i * kT + arg];
  }
}

struct Scratch {
  std::vector<TokenInfo> info;
  std::vector<uint64_t> features;
  std::vector<float> emission, delta;
  std::vector<uint8_t> back;
};

}  // namespace

std::string_view StripEdgePunct(std::string_view token) { return Core(token); }

std::string_view NameTagName(NameTag tag) {
  static constexpr std::string_view kNames[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
  return kNames[static_cast<int>(tag)];
}

// ---- the table ---------------------------------------------------------------

void Tagger::Reserve(size_t num_keys) {
  size_t cap = 16;
  while (cap < num_keys * 2) cap <<= 1;  // load factor <= 0.5
  keys_.assign(cap, 0);
  weights_.assign(cap * kT, 0.0f);
  num_features_ = 0;
}

void Tagger::Insert(uint64_t key, const float* weights) {
  const size_t mask = keys_.size() - 1;
  size_t slot = key & mask;
  while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask;
  if (keys_[slot] == 0) ++num_features_;
  keys_[slot] = key;
  std::copy(weights, weights + kT, weights_.begin() + slot * kT);
}

void Tagger::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + kT, 0.0f);
  if (keys_.empty()) return;
  const size_t mask = keys_.size() - 1;
  // The table is larger than the caches: ask for every feature's first slot
  // before reading any, so the misses overlap instead of queueing.
  for (uint64_t key : features) {
    const size_t slot = key & mask;
    __builtin_prefetch(&keys_[slot]);
    __builtin_prefetch(&weights_[slot * kT]);
  }
  for (uint64_t key : features) {
    size_t slot = key & mask;
    while (keys_[slot] != key) {
      if (keys_[slot] == 0) goto next;
      slot = (slot + 1) & mask;
    }
    for (int t = 0; t < kT; ++t) scores[t] += weights_[slot * kT + t];
  next:;
  }
}

void Tagger::Tag(std::span<const TagToken> sentence, std::vector<NameTag>* out) const {
  const size_t n = sentence.size();
  out->resize(n);
  if (n == 0) return;
  thread_local Scratch scratch;
  if (scratch.info.size() < n) {
    scratch.info.resize(n);
    scratch.features.resize(n * kFeaturesPerToken);
    scratch.emission.resize(n * kT);
    scratch.delta.resize(n * kT);
    scratch.back.resize(n * kT);
  }
  const LexiconRef lexicon{lex_keys_.data(), lex_values_.data(), lex_keys_.size()};
  for (size_t i = 0; i < n; ++i) Describe(sentence[i], lexicon, &scratch.info[i]);
  SentenceFeatures(std::span<const TokenInfo>(scratch.info.data(), n), scratch.features.data());
  for (size_t i = 0; i < n; ++i) {
    Score(std::span<const uint64_t>(scratch.features.data() + i * kFeaturesPerToken, kFeaturesPerToken),
          scratch.emission.data() + i * kT);
  }
  if (o_penalty_ != 0.0f) {
    for (size_t i = 0; i < n; ++i) scratch.emission[i * kT] -= o_penalty_;
  }
  Viterbi<float>(n, scratch.emission.data(), transitions_.data(), scratch.delta.data(), scratch.back.data(),
                 out->data());
}

// ---- the model file ----------------------------------------------------------

std::string Tagger::Serialize() const {
  std::string s;
  s += "# ghotona name tagger: averaged structured perceptron (src/ner/tagger.h).\n";
  s += "# Format: data/models/README.md. Lines: 't FROM TO W' transition weights (FROM 7 = sentence\n";
  s += "# start; tags 0 O, 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC), 'l KEY VALUE'\n";
  s += "# training-data lexicon entries, then one line per feature 'HASH TAG:W ...' (HASH 16 hex\n";
  s += "# digits); weights are integers, averaged weight * scale; o-penalty is subtracted from\n";
  s += "# every O score when tagging.\n";
  s += kMagic;
  s += "\nscale " + std::to_string(scale_) + "\no-penalty " +
       std::to_string(static_cast<long long>(o_penalty_)) + "\nlexicon " + std::to_string(lex_size_) +
       "\nfeatures " + std::to_string(num_features_) + "\n";
  char buf[64];
  std::vector<size_t> lex_slots;
  for (size_t i = 0; i < lex_keys_.size(); ++i)
    if (lex_keys_[i] != 0) lex_slots.push_back(i);
  std::sort(lex_slots.begin(), lex_slots.end(),
            [&](size_t a, size_t b) { return lex_keys_[a] < lex_keys_[b]; });
  for (size_t slot : lex_slots) {
    std::snprintf(buf, sizeof buf, "l %016llx %d\n", static_cast<unsigned long long>(lex_keys_[slot]),
                  lex_values_[slot]);
    s += buf;
  }
  for (int from = 0; from <= kT; ++from) {
    for (int to = 0; to < kT; ++to) {
      float w = transitions_[from * kT + to];
      if (w == 0.0f) continue;
      std::snprintf(buf, sizeof buf, "t %d %d %lld\n", from, to, static_cast<long long>(w));
      s += buf;
    }
  }
  std::vector<size_t> slots;
  slots.reserve(num_features_);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) slots.push_back(i);
  std::sort(slots.begin(), slots.end(), [&](size_t a, size_t b) { return keys_[a] < keys_[b]; });
  for (size_t slot : slots) {
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(keys_[slot]));
    s += buf;
    for (int t = 0; t < kT; ++t) {
      float w = weights_[slot * kT + t];
      if (w == 0.0f) continue;
      std::snprintf(buf, sizeof buf, " %d:%lld", t, static_cast<long long>(w));
      s += buf;
    }
    s += '\n';
  }
  return s;
}

Status Tagger::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + path);
  std::string s = Serialize();
  out.write(s.data(), static_cast<std::streamsize>(s.size()));
  out.close();
  if (!out) return Status::IoError("error writing " + path);
  return Status::Ok();
}

Result<Tagger> Tagger::Load(const std::string& path) {
  auto content = base::ReadFile(path);
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

namespace {

template <typename T>
bool ParseNumber(std::string_view s, T* v, int base = 10) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v, base);
  return ec == std::errc() && p == s.data() + s.size();
}

// Splits on single spaces; empty fields are kept (and rejected by the caller).
void SplitSpaces(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ' ') {
      fields->push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
}

}  // namespace

Result<Tagger> Tagger::Parse(std::string_view content, const std::string& path) {
  Tagger tagger;
  auto error = [&](size_t line, const std::string& reason) {
    return Status::ParseError(path + ":" + std::to_string(line) + ": " + reason);
  };
  bool seen_magic = false, seen_count = false;
  std::vector<std::pair<uint64_t, uint8_t>> lexicon;
  size_t lexicon_declared = 0, features_declared = 0;
  std::vector<std::string_view> fields;
  GHOTONA_RETURN_IF_ERROR(base::ForEachLine(content, [&](std::string_view line, int line_no) -> Status {
    if (line.empty() || line[0] == '#') return Status::Ok();
    if (!seen_magic) {
      if (line != kMagic)
        return error(line_no, "not a ghotona name tagger model (want '" + std::string(kMagic) + "')");
      seen_magic = true;
      return Status::Ok();
    }
    SplitSpaces(line, &fields);
    if (fields[0] == "scale") {
      if (fields.size() != 2 || !ParseNumber(fields[1], &tagger.scale_) || tagger.scale_ <= 0)
        return error(line_no, "bad scale line");
    } else if (fields[0] == "features") {
      size_t count = 0;
      if (fields.size() != 2 || !ParseNumber(fields[1], &count) || count > (size_t{1} << 28))
        return error(line_no, "bad features line");
      tagger.Reserve(count);
      features_declared = count;
      seen_count = true;
    } else if (fields[0] == "o-penalty") {
      long long v = 0;
      if (fields.size() != 2 || !ParseNumber(fields[1], &v) || v < 0 || v > 1000000000)
        return error(line_no, "bad o-penalty line");
      tagger.o_penalty_ = static_cast<float>(v);
    } else if (fields[0] == "lexicon") {
      size_t count = 0;
      if (fields.size() != 2 || !ParseNumber(fields[1], &count) || count > (size_t{1} << 26))
        return error(line_no, "bad lexicon line");
      lexicon.reserve(count);
      lexicon_declared = count;
    } else if (fields[0] == "l") {
      uint64_t key = 0;
      int value = 0;
      if (fields.size() != 3 || fields[1].size() != 16 || !ParseNumber(fields[1], &key, 16) || key == 0 ||
          !ParseNumber(fields[2], &value) || value <= 0 || value > 255)
        return error(line_no, "bad lexicon entry, want 'l HASH VALUE' (16 hex digits, 1-255)");
      if (lexicon.size() >= lexicon_declared) return error(line_no, "more lexicon entries than declared");
      lexicon.emplace_back(key, static_cast<uint8_t>(value));
    } else if (fields[0] == "t") {
      int from = 0, to = 0;
      long long w = 0;
      if (fields.size() != 4 || !ParseNumber(fields[1], &from) || !ParseNumber(fields[2], &to) ||
          !ParseNumber(fields[3], &w) || from < 0 || from > kT || to < 0 || to >= kT)
        return error(line_no, "bad transition line, want 't FROM TO WEIGHT'");
      tagger.transitions_[from * kT + to] = static_cast<float>(w);
    } else {
      uint64_t key = 0;
      if (!seen_count) return error(line_no, "feature line before the 'features N' line");
      if (fields[0].size() != 16 || !ParseNumber(fields[0], &key, 16) || key == 0)
        return error(line_no, "bad feature hash '" + std::string(fields[0]) + "' (want 16 hex digits)");
      if (tagger.num_features_ >= features_declared)
        return error(line_no, "more features than the 'features' line declares");
      float w[kT] = {};
      for (size_t k = 1; k < fields.size(); ++k) {
        std::string_view f = fields[k];
        int tag = 0;
        long long v = 0;
        if (f.size() < 3 || f[1] != ':' || !ParseNumber(f.substr(0, 1), &tag) || tag >= kT ||
            !ParseNumber(f.substr(2), &v))
          return error(line_no, "bad weight '" + std::string(f) + "' (want TAG:INTEGER, TAG 0-6)");
        w[tag] = static_cast<float>(v);
      }
      tagger.Insert(key, w);
    }
    return Status::Ok();
  }));
  if (!seen_magic) return Status::ParseError(path + ": empty model file");
  BuildLexicon(lexicon, &tagger.lex_keys_, &tagger.lex_values_);
  tagger.lex_size_ = lexicon.size();
  return tagger;
}

// ---- training ------------------------------------------------------------------

class TaggerBuilder {
 public:
  // Rounded averaged weights -> a Tagger (features whose weights all round to 0 are left out).
  static Tagger Build(const std::vector<uint64_t>& keys, const std::vector<double>& averaged,
                      const std::vector<double>& transitions, int scale, int o_penalty,
                      const std::vector<std::pair<uint64_t, uint8_t>>& lexicon) {
    Tagger tagger;
    tagger.scale_ = scale;
    tagger.o_penalty_ = static_cast<float>(o_penalty);
    BuildLexicon(lexicon, &tagger.lex_keys_, &tagger.lex_values_);
    tagger.lex_size_ = lexicon.size();
    std::vector<size_t> kept;
    std::vector<float> rounded(averaged.size());
    for (size_t i = 0; i < averaged.size(); ++i)
      rounded[i] = static_cast<float>(std::lround(averaged[i] * scale));
    for (size_t f = 0; f < keys.size(); ++f) {
      bool any = false;
      for (int t = 0; t < kT; ++t) any |= rounded[f * kT + t] != 0.0f;
      if (any) kept.push_back(f);
    }
    tagger.Reserve(kept.size());
    for (size_t f : kept) tagger.Insert(keys[f], &rounded[f * kT]);
    for (size_t i = 0; i < transitions.size(); ++i)
      tagger.transitions_[i] = static_cast<float>(std::lround(transitions[i] * scale));
    return tagger;
  }
};

Result<Tagger> Train(const std::vector<TrainingSentence>& sentences, const TrainOptions& options) {
  if (options.iterations <= 0) return Status::InvalidArgument("iterations must be positive");
  if (options.scale <= 0) return Status::InvalidArgument("scale must be positive");
  if (options.o_penalty < 0) return Status::InvalidArgument("o_penalty must not be negative");
  if (options.bags <= 0) return Status::InvalidArgument("bags must be positive");
  // The lexicon: label counts of each word and stem, per fold (sentence index
  // mod kFolds). A training sentence sees the lexicon of the other folds, as
  // a new sentence sees the lexicon of all the training data.
  constexpr size_t kFolds = 10;
  using LabelCounts = std::array<uint32_t, kLexLabels>;
  std::vector<std::unordered_map<uint64_t, LabelCounts>> fold_counts(kFolds);
  std::unordered_map<uint64_t, LabelCounts> total_counts;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const TrainingSentence& sentence = sentences[s];
    const size_t n = sentence.text.size();
    if (sentence.tags.size() != n || sentence.stem.size() != n || sentence.gazetteer.size() != n)
      return Status::InvalidArgument("training sentence " + std::to_string(s) + ": field lengths differ");
    for (size_t i = 0; i < n; ++i) {
      TokenInfo t;
      Describe(TagToken{sentence.text[i], sentence.stem[i], 0}, LexiconRef{}, &t);
      const int label = LexLabel(sentence.tags[i]);
      for (uint64_t key : {WordKey(t.word), StemKey(t.stem)}) {
        ++fold_counts[s % kFolds][key][label];
        ++total_counts[key][label];
      }
    }
  }
  // Sorted entries, so that table layouts (and the model file) do not depend on hash-map order.
  auto entries_of = [&](size_t held_out) {
    std::vector<std::pair<uint64_t, uint8_t>> entries;
    for (const auto& [key, counts] : total_counts) {
      LabelCounts c = counts;
      if (held_out < kFolds) {
        if (auto it = fold_counts[held_out].find(key); it != fold_counts[held_out].end())
          for (int l = 0; l < kLexLabels; ++l) c[l] -= it->second[l];
      }
      if (uint8_t v = LexValue(c); v != 0) entries.emplace_back(key, v);
    }
    std::sort(entries.begin(), entries.end());
    return entries;
  };
  const std::vector<std::pair<uint64_t, uint8_t>> final_lexicon = entries_of(kFolds);
  std::vector<std::vector<uint64_t>> fold_keys(kFolds);
  std::vector<std::vector<uint8_t>> fold_values(kFolds);
  for (size_t f = 0; f < kFolds; ++f) BuildLexicon(entries_of(f), &fold_keys[f], &fold_values[f]);

  // Feature keys -> dense indices, and each sentence's token features as indices.
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> keys;
  std::vector<std::vector<uint32_t>> features(sentences.size());
  std::vector<TagToken> tokens;
  std::vector<TokenInfo> info;
  std::vector<uint64_t> hashes;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const TrainingSentence& sentence = sentences[s];
    const size_t n = sentence.text.size();
    const LexiconRef lexicon{fold_keys[s % kFolds].data(), fold_values[s % kFolds].data(),
                             fold_keys[s % kFolds].size()};
    tokens.resize(n);
    info.resize(n);
    for (size_t i = 0; i < n; ++i) {
      tokens[i] = TagToken{sentence.text[i], sentence.stem[i], sentence.gazetteer[i]};
      Describe(tokens[i], lexicon, &info[i]);
    }
    hashes.resize(n * kFeaturesPerToken);
    SentenceFeatures(info, hashes.data());
    features[s].resize(hashes.size());
    for (size_t k = 0; k < hashes.size(); ++k) {
      auto [it, inserted] = index.try_emplace(hashes[k], static_cast<uint32_t>(keys.size()));
      if (inserted) keys.push_back(hashes[k]);
      features[s][k] = it->second;
    }
  }
  // Bagging: options.bags perceptrons, each over its own shuffles, whose
  // averaged weights are averaged. Each: weights w and the sums u of
  // (example counter * update) for averaging, averaged = w - u / c (Daume's
  // trick), exact in integers.
  const size_t num_weights = keys.size() * kT;
  std::vector<double> bag_sum(num_weights, 0.0), bag_tsum((kT + 1) * kT, 0.0);
  std::vector<int32_t> w, tw;
  std::vector<int64_t> u, tu;
  int64_t c = 1;
  std::vector<int64_t> emission, delta;
  std::vector<uint8_t> back;
  std::vector<NameTag> predicted;
  std::vector<int64_t> transitions((kT + 1) * kT);
  std::vector<size_t> order(sentences.size());
  auto update = [&](size_t widx, int32_t d) {
    w[widx] += d;
    u[widx] += c * d;
  };
  auto tupdate = [&](size_t tidx, int32_t d) {
    tw[tidx] += d;
    tu[tidx] += c * d;
  };
  // The mean over the finished bags (`done` of them) and the current one.
  auto averaged = [&](int done) {
    std::vector<double> avg(num_weights), tavg(tw.size());
    for (size_t i = 0; i < num_weights; ++i)
      avg[i] = (bag_sum[i] + w[i] - static_cast<double>(u[i]) / c) / (done + 1);
    for (size_t i = 0; i < tw.size(); ++i)
      tavg[i] = (bag_tsum[i] + tw[i] - static_cast<double>(tu[i]) / c) / (done + 1);
    return TaggerBuilder::Build(keys, avg, tavg, options.scale, options.o_penalty, final_lexicon);
  };
  for (int bag = 0; bag < options.bags; ++bag) {
    if (bag > 0) {
      for (size_t i = 0; i < num_weights; ++i) bag_sum[i] += w[i] - static_cast<double>(u[i]) / c;
      for (size_t i = 0; i < tw.size(); ++i) bag_tsum[i] += tw[i] - static_cast<double>(tu[i]) / c;
    }
    w.assign(num_weights, 0);
    u.assign(num_weights, 0);
    tw.assign((kT + 1) * kT, 0);
    tu.assign((kT + 1) * kT, 0);
    c = 1;
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed + bag);
    for (int iter = 1; iter <= options.iterations; ++iter) {
      // Fisher-Yates with our own reduction: std::shuffle's output is library-specific.
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      for (size_t s : order) {
        const TrainingSentence& sentence = sentences[s];
        const size_t n = sentence.tags.size();
        if (n == 0) continue;
        emission.assign(n * kT, 0);
        delta.resize(n * kT);
        back.resize(n * kT);
        predicted.resize(n);
        for (size_t i = 0; i < n; ++i) {
          for (size_t k = 0; k < kFeaturesPerToken; ++k) {
            const int32_t* row = &w[size_t{features[s][i * kFeaturesPerToken + k]} * kT];
            for (int t = 0; t < kT; ++t) emission[i * kT + t] += row[t];
          }
        }
        for (size_t i = 0; i < tw.size(); ++i) transitions[i] = tw[i];
        Viterbi<int64_t>(n, emission.data(), transitions.data(), delta.data(), back.data(), predicted.data());
        for (size_t i = 0; i < n; ++i) {
          const int gold = static_cast<int>(sentence.tags[i]);
          const int guess = static_cast<int>(predicted[i]);
          if (gold != guess) {
            for (size_t k = 0; k < kFeaturesPerToken; ++k) {
              const size_t f = features[s][i * kFeaturesPerToken + k];
              update(f * kT + gold, 1);
              update(f * kT + guess, -1);
            }
          }
          const int gold_prev = i == 0 ? kT : static_cast<int>(sentence.tags[i - 1]);
          const int guess_prev = i == 0 ? kT : static_cast<int>(predicted[i - 1]);
          if (gold_prev != guess_prev || gold != guess) {
            tupdate(gold_prev * kT + gold, 1);
            tupdate(guess_prev * kT + guess, -1);
          }
        }
        ++c;
      }
      if (options.on_iteration) options.on_iteration(bag * options.iterations + iter, averaged(bag));
    }
  }
  return averaged(options.bags - 1);
}

// ---- gazetteer -------------------------------------------------------------------

void Gazetteer::Add(std::string_view form, uint8_t bit, const StemFn& stem) {
  std::string normalized = text::Normalize(form);
  for (const text::Token& token : text::Tokenize(normalized)) {
    if (token.kind != text::TokenKind::kWord) continue;
    std::string_view word = text::TokenText(normalized, token);
    bits_[Fnv(word)] |= bit;
    if (stem) bits_[Fnv(stem(word))] |= bit;
  }
}

Gazetteer Gazetteer::Build(const KnowledgeBase& kb, const std::vector<std::string>& titles,
                           const StemFn& stem, const std::vector<std::string>& name_words) {
  Gazetteer g;
  for (const KbEntry& e : kb.entries()) {
    uint8_t bit = 0;
    switch (e.type) {
      case EntityType::kPerson:
        bit = kGazPerson;
        break;
      case EntityType::kOrg:
        bit = kGazOrg;
        break;
      case EntityType::kGpe:
      case EntityType::kLoc:
        bit = kGazPlace;
        break;
      case EntityType::kEvent:
        continue;
    }
    g.Add(e.name_bn, bit, stem);
    for (const std::string& v : e.variants) g.Add(v, bit, stem);
    for (const std::string& a : e.adjectives) g.Add(a, kGazAdjective, stem);
  }
  for (const std::string& t : titles) g.Add(t, kGazTitle, stem);
  for (const std::string& w : name_words) g.Add(w, kGazNameWord, stem);
  return g;
}

Result<Gazetteer> Gazetteer::Load(const KnowledgeBase& kb, const std::string& data_dir, const StemFn& stem) {
  std::vector<std::string> titles;
  const std::string titles_path = data_dir + "/ner/titles.txt";
  if (std::filesystem::exists(titles_path)) {
    auto loaded = LoadWordList(titles_path);
    if (!loaded.ok()) return loaded.status();
    titles = std::move(*loaded);
  }
  auto name_words = LoadWordList(data_dir + "/ner/person_name_words.txt");
  if (!name_words.ok()) return name_words.status();
  return Build(kb, titles, stem, *name_words);
}

uint8_t Gazetteer::Bits(std::string_view text, std::string_view stem) const {
  uint8_t bits = 0;
  const std::string_view core = Core(text);
  if (auto it = bits_.find(Fnv(core)); it != bits_.end()) bits |= it->second;
  if (core.find('-') != std::string_view::npos) {
    for (size_t b = 0; b <= core.size();) {
      size_t e = std::min(core.find('-', b), core.size());
      if (auto it = bits_.find(Fnv(core.substr(b, e - b))); e > b && it != bits_.end()) bits |= it->second;
      b = e + 1;
    }
  }
  if (!stem.empty()) {
    if (auto it = bits_.find(Fnv(Core(stem))); it != bits_.end()) bits |= it->second;
  }
  return bits;
}

Result<std::vector<std::string>> LoadWordList(const std::string& path) {
  std::vector<std::string> words;
  GHOTONA_RETURN_IF_ERROR(base::ForEachDataLine(path, [&](std::string_view line, const std::string&) {
    words.push_back(text::CollapseWhitespace(text::Normalize(line)));
    return Status::Ok();
  }));
  return words;
}

}  // namespace ghotona::ner
