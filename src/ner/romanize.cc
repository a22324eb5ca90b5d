// Romanization of Bengali names: pre rules, ICU Bengali-Latin, schwa
// deletion, post rules, diacritics stripped (see romanize.h and the header of
// data/ner/romanize.tsv).
#include "ner/romanize.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <mutex>
#include <vector>

#include "base/data_file.h"
#include "ner/phonetic.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona::ner {
namespace {

bool IsCombining(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

bool IsLatinVowel(char32_t c) {
  switch (c) {
    case 'a':
    case 'i':
    case 'u':
    case 'e':
    case 'o':
    case 0x0101:
    case 0x012B:
    case 0x016B:
    case 0x0113:
    case 0x014D:  // ā ī ū ē ō
      return true;
    default:
      return false;
  }
}

// Stops whose aspirate ICU writes as the letter plus 'h' (kh, ṭh, bh ...).
bool TakesAspirateH(char32_t c) {
  switch (c) {
    case 'k':
    case 'g':
    case 'c':
    case 'j':
    case 't':
    case 'd':
    case 'p':
    case 'b':
    case 0x1E6D:
    case 0x1E0D:
    case 0x1E5B:  // ṭ ḍ ṛ
      return true;
    default:
      return false;
  }
}

// One sound of ICU's Latin output: a vowel letter or a consonant (with its
// aspirate h), each with the combining marks that follow it.
struct Unit {
  size_t begin;
  size_t end;
  char32_t base;
  bool vowel;
  bool deleted = false;
};

// Drops the inherent vowels Bengali does not pronounce from one word.
void DeleteSchwas(std::u32string* w) {
  std::vector<Unit> units;
  for (size_t i = 0; i < w->size();) {
    const char32_t c = (*w)[i];
    size_t j = i + 1;
    const bool vowel = IsLatinVowel(c);
    if (!vowel && TakesAspirateH(c)) {
      while (j < w->size() && IsCombining((*w)[j])) ++j;
      if (j < w->size() && (*w)[j] == 'h') ++j;
    }
    while (j < w->size() && IsCombining((*w)[j])) ++j;
    units.push_back({i, j, c, vowel});
    i = j;
  }
  const size_t n = units.size();
  // An inherent vowel: a bare "a" after a consonant, not the first half of
  // the diphthongs ai/au (ৈ ৌ).
  auto inherent = [&](size_t k) {
    return units[k].vowel && units[k].base == 'a' && units[k].end - units[k].begin == 1 && k > 0 &&
           !units[k - 1].vowel && !(k + 1 < n && units[k + 1].vowel);
  };
  auto consonant = [&](size_t k) { return k < n && !units[k].vowel; };
  auto vowel = [&](size_t k) { return k < n && units[k].vowel && !units[k].deleted; };
  if (n >= 2 && inherent(n - 1)) {
    const char32_t last = units[n - 2].base;
    const bool cluster = n >= 3 && consonant(n - 3);
    if (!(cluster && (last == 'r' || last == 'y' || last == 'v'))) units[n - 1].deleted = true;
  }
  for (size_t k = 2; k + 1 < n; ++k) {
    if (inherent(k) && !units[k].deleted && vowel(k - 2) && consonant(k + 1) && vowel(k + 2)) {
      units[k].deleted = true;
    }
  }
  std::u32string out;
  for (const Unit& u : units) {
    if (!u.deleted) out.append(*w, u.begin, u.end - u.begin);
  }
  w->swap(out);
}

bool HasBengali(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const text::Decoded d = text::DecodeUtf8(s, i);
    if (text::IsBengaliCodePoint(d.cp)) return true;
    i += d.len;
  }
  return false;
}

// Lowercase ASCII letters and digits of `utf8` after stripping diacritics
// (NFD, combining marks dropped); anything else becomes a space.
void AppendAscii(std::string_view utf8, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString d = nfd->normalize(s, status);
    if (U_SUCCESS(status)) s = d;
  }
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s[i];
    if (c >= 0x0300 && c <= 0x036F) continue;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out->push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c + 32));
    } else {
      out->push_back(' ');
    }
  }
}

}  // namespace

struct Romanizer::Impl {
  RewriteRules pre;
  RewriteRules post;
  std::unique_ptr<icu::Transliterator> bengali_latin;
  std::mutex mu;  // guards bengali_latin
};

Result<Romanizer> Romanizer::Load(const std::string& data_dir) {
  auto impl = std::make_shared<Impl>();
  GHOTONA_RETURN_IF_ERROR(base::ForEachDataLine(
      data_dir + "/ner/romanize.tsv", [&](std::string_view line, const std::string& where) {
        auto rule = ParseRuleLine(line, where);
        if (!rule.ok()) return rule.status();
        const std::string to = text::Normalize(rule->to);
        Status st;
        if (rule->stage == "pre") {
          st = impl->pre.Add(rule->from, to);
        } else if (rule->stage == "post") {
          st = impl->post.Add(rule->from, to);
        } else {
          return Status::ParseError(where + ": unknown stage '" + std::string(rule->stage) +
                                    "' (pre or post)");
        }
        if (!st.ok()) return Status::ParseError(where + ": " + st.message());
        return Status::Ok();
      }));
  UErrorCode status = U_ZERO_ERROR;
  impl->bengali_latin.reset(icu::Transliterator::createInstance("Bengali-Latin", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || impl->bengali_latin == nullptr) {
    return Status::Internal(std::string("ICU Bengali-Latin transliterator: ") + u_errorName(status));
  }
  return Romanizer(std::move(impl));
}

std::string Romanizer::RomanizeWord(std::string_view word) const {
  std::string pre;
  impl_->pre.Apply(word, RewriteRules::Unmatched::kCopy, &pre);
  icu::UnicodeString latin =
      icu::UnicodeString::fromUTF8(icu::StringPiece(pre.data(), static_cast<int32_t>(pre.size())));
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->bengali_latin->transliterate(latin);
  }
  // Schwa deletion per run of letters; separators ICU inserts (') and
  // private-use marks are dropped first.
  std::u32string all;
  for (int32_t i = 0; i < latin.length();) {
    const UChar32 c = latin.char32At(i);
    i += U16_LENGTH(c);
    if (c == '\'' || (c >= 0xE000 && c <= 0xF8FF)) continue;
    all.push_back(static_cast<char32_t>(c));
  }
  std::u32string done;
  std::u32string run;
  auto flush = [&] {
    DeleteSchwas(&run);
    done += run;
    run.clear();
  };
  for (char32_t c : all) {
    if (u_isalpha(static_cast<UChar32>(c)) || IsCombining(c)) {
      run.push_back(c);
    } else {
      flush();
      done.push_back(c);
    }
  }
  flush();
  std::string utf8;
  for (char32_t c : done) text::AppendUtf8(c, &utf8);
  std::string post;
  impl_->post.Apply(text::Normalize(utf8), RewriteRules::Unmatched::kCopy, &post);
  return post;
}

std::string Romanizer::Romanize(std::string_view input) const {
  const std::string text = text::Normalize(input);
  std::string spaced;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = start;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    const std::string_view word = std::string_view(text).substr(start, end - start);
    if (HasBengali(word)) {
      AppendAscii(RomanizeWord(word), &spaced);
    } else {
      AppendAscii(word, &spaced);
    }
    spaced.push_back(' ');
    start = end + 1;
  }
  std::string out;
  for (char c : spaced) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Romanizer::Slug(std::string_view text) const {
  std::string s = Romanize(text);
  for (char& c : s) {
    if (c == ' ') c = '-';
  }
  return s;
}

}  // namespace ghotona::ner
