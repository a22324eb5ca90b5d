// The entity linker (include/ghotona/entities.h). Four passes over a body:
//  1. knowledge-base names: every name, variant and adjective of every entry
//     is indexed once by the phonetic keys of its words; the body's words are
//     looked up by the keys of their stems, longest match first, so inflected
//     forms and transliteration variants find their entry;
//  2. forms shared by two entries are resolved from the countries the rest of
//     the article mentions;
//  3. role phrases ("<scope> [modifier] <office>") are resolved to the office
//     holder on the article's date;
//  4. the name tagger finds names the knowledge base lacks (new: entities).
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/data_file.h"
#include "ghotona/entities.h"
#include "ner/morphology.h"
#include "ner/phonetic.h"
#include "ner/romanize.h"
#include "ner/tagger.h"
#include "ner/word_index.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace ghotona {
namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// A word matched only by its phonetic key must have at least this many base
// letters (consonants, independent vowels): short keys collide with ordinary
// vocabulary (জাকি would be জোকোউই).
constexpr size_t kMinFoldedLetters = 3;

size_t BaseLetters(std::string_view word) {
  size_t letters = 0;
  for (size_t pos = 0; pos < word.size();) {
    const text::Decoded d = text::DecodeUtf8(word, pos);
    letters += text::IsBengaliLetter(d.cp) || text::IsAsciiLetter(d.cp);
    pos += d.len;
  }
  return letters;
}

// One surface form of an entry, as the keys and exact spellings of its words.
struct Pattern {
  std::vector<std::string> keys;
  std::vector<std::string> words;
  uint32_t entry = 0;
  MentionKind kind = MentionKind::kName;
};

struct RolePhrase {
  enum class Kind { kOffice, kModifier, kFormer, kAnaphor, kSeveral, kPredicate };
  std::vector<std::string> words;
  Kind kind = Kind::kOffice;
  std::string value;
};

// The words of a body with their stems and the stems' keys.
struct Analysis {
  std::string_view body;
  std::vector<text::Token> tokens;
  std::vector<uint32_t> first_stem;  // per token, into stems; stems[first] is the token itself
  std::vector<uint8_t> stem_count;
  std::vector<std::string_view> stems;
  std::vector<std::pair<uint32_t, uint32_t>> key_spans;  // per stem, into keys
  std::string keys;

  std::string_view Text(size_t t) const { return text::TokenText(body, tokens[t]); }
  std::string_view Stem(size_t t, size_t k) const { return stems[first_stem[t] + k]; }
  std::string_view Key(size_t t, size_t k) const {
    const auto [begin, len] = key_spans[first_stem[t] + k];
    return std::string_view(keys).substr(begin, len);
  }
};

// A run of tokens naming a knowledge-base entry.
struct Match {
  size_t tok_begin = 0;
  size_t tok_end = 0;
  std::vector<uint32_t> candidates;  // entries with this reading, best first after resolution
  MentionKind kind = MentionKind::kName;
  bool exact = true;       // every word as the entry spells it
  bool inflected = false;  // the last word carries a suffix
  bool locative = false;   // ... and it is a locative ending
};

struct NewName {
  size_t tok_begin = 0;
  size_t tok_end = 0;
  ner::NameTag type = ner::NameTag::kBPer;
};

bool IsAsciiWord(std::string_view w) { return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80; }

std::vector<std::string> WordsOf(std::string_view form) {
  std::vector<std::string> words;
  for (const text::Token& t : text::Tokenize(form)) words.emplace_back(text::TokenText(form, t));
  return words;
}

}  // namespace

struct EntityLinker::Impl {
  KnowledgeBase kb;
  // Loaded in Create; optional only because these types have no empty state.
  std::optional<ner::Morphology> morphology;
  std::optional<ner::PhoneticKey> phonetic;
  std::optional<ner::Romanizer> romanizer;
  ner::Tagger tagger;
  ner::Gazetteer gazetteer;
  text::SentenceSplitter splitter;
  std::vector<Pattern> patterns;
  ner::WordIndex by_first_key;  // key of a form's first word -> patterns
  std::vector<RolePhrase> role_phrases;
  ner::WordIndex roles_by_first_word;
  std::vector<std::string> plural_endings;  // প্রেসিডেন্টরা: not one person
  StringSet locative_endings;
  StringSet title_words;  // words of data/ner/titles.txt (আয়াতুল্লাহ, মি)
  StringSet not_names;    // stems that never make a new name alone
  std::vector<std::vector<std::string>> name_prefixes;  // words of মো. and the like
  StringSet place_words;                // উপজেলা, নদী: part of the place before them
  std::vector<std::string> capital_of;  // per entry: the country entry id it is the capital of

  void AppendKey(std::string_view word, std::string* out) const {
    if (IsAsciiWord(word)) {
      out->append(word);  // Latin names match as written: "Turkey", not "turkey"
    } else {
      phonetic->AppendKey(word, out);
    }
  }
  std::string KeyOf(std::string_view word) const {
    std::string key;
    AppendKey(word, &key);
    return key;
  }

  void BuildIndex();
  Status LoadRolePhrases(const std::string& path);
  Analysis Analyze(std::string_view body) const;
  // Per token: the tagger's tag and the gazetteer bits it was given.
  void TagNames(const Analysis& a, std::vector<ner::NameTag>* tags, std::vector<uint8_t>* bits) const;
  // tags null: accept a phonetic match of a single word without the tagger's
  // word that it is a name (a name typed to Lookup).
  std::vector<Match> FindMatches(const Analysis& a, const std::vector<ner::NameTag>* tags) const;
  bool MatchAt(const Analysis& a, size_t t, const std::vector<ner::NameTag>* tags, Match* best) const;
  // Whether `token` is the one-letter `word` plus an inflection (ইয়ের = ই + য়ের).
  bool InflectsShortWord(std::string_view token, std::string_view word) const;
  void Disambiguate(std::vector<Match>* matches) const;
  std::vector<NewName> FindNewNames(const Analysis& a, const std::vector<ner::NameTag>& tags,
                                    const std::vector<uint8_t>& bits,
                                    const std::vector<Match>& matches) const;
  // Role mentions as (entry, token begin, token end).
  struct RoleMention {
    uint32_t entry;
    size_t tok_begin, tok_end;
    int scope_match;  // the match naming the scope inside the phrase, or -1
  };
  std::vector<RoleMention> ResolveRoles(const Analysis& a, const std::vector<Match>& matches,
                                        const std::vector<NewName>& names, const CivilDate& date,
                                        const std::string& home_country) const;
  size_t MatchRolePhrase(const Analysis& a, size_t t, const RolePhrase** phrase) const;
  bool IsCountry(uint32_t entry) const {
    const KbEntry& e = kb.entries()[entry];
    return kb.FindCountry(e.country) == &e;
  }
};

void EntityLinker::Impl::BuildIndex() {
  const std::vector<KbEntry>& entries = kb.entries();
  capital_of.resize(entries.size());
  std::unordered_map<std::string, std::vector<uint32_t>> first_keys;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const KbEntry& e = entries[i];
    StringSet seen;
    const auto add = [&](const std::string& form, MentionKind kind) {
      if (!seen.insert(form).second) return;
      Pattern p;
      p.words = WordsOf(form);
      if (p.words.empty()) return;
      for (const std::string& w : p.words) p.keys.push_back(KeyOf(w));
      p.entry = i;
      p.kind = kind;
      first_keys[p.keys[0]].push_back(static_cast<uint32_t>(patterns.size()));
      patterns.push_back(std::move(p));
    };
    add(e.name_bn, MentionKind::kName);
    add(e.name_en, MentionKind::kName);  // English text names it in English
    for (const std::string& v : e.variants) add(v, MentionKind::kName);
    for (const std::string& v : e.adjectives) add(v, MentionKind::kAdjective);
    for (const Role& r : e.roles) {
      if (r.office != "capital") continue;
      if (const KbEntry* country = kb.FindCountry(r.scope)) capital_of[i] = country->id;
    }
  }
  by_first_key = ner::WordIndex(first_keys);
}

Status EntityLinker::Impl::LoadRolePhrases(const std::string& path) {
  std::unordered_map<std::string, std::vector<uint32_t>> first_words;
  GHOTONA_RETURN_IF_ERROR(base::ForEachDataLine(path, [&](std::string_view raw, const std::string& where) {
    const std::string line = text::Normalize(raw);
    const size_t tab1 = line.find('\t'), tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) return Status::ParseError(where + ": want phrase<TAB>kind<TAB>value");
    RolePhrase phrase;
    phrase.words = WordsOf(line.substr(0, tab1));
    const std::string kind = line.substr(tab1 + 1, tab2 - tab1 - 1);
    phrase.value = line.substr(tab2 + 1);
    if (kind == "office") {
      phrase.kind = RolePhrase::Kind::kOffice;
      if (!kb.IsOffice(phrase.value))
        return Status::ParseError(where + ": unknown office '" + phrase.value + "'");
    } else if (kind == "modifier") {
      phrase.kind = RolePhrase::Kind::kModifier;
    } else if (kind == "former") {
      phrase.kind = RolePhrase::Kind::kFormer;
    } else if (kind == "several") {
      phrase.kind = RolePhrase::Kind::kSeveral;
    } else if (kind == "predicate") {
      phrase.kind = RolePhrase::Kind::kPredicate;
    } else if (kind == "plural") {
      plural_endings.push_back(line.substr(0, tab1));
      return Status::Ok();
    } else if (kind == "anaphor") {
      phrase.kind = RolePhrase::Kind::kAnaphor;
      if (phrase.value != "country" && phrase.value != "org") {
        return Status::ParseError(where + ": an anaphor stands for 'country' or 'org'");
      }
    } else {
      return Status::ParseError(where + ": unknown kind '" + kind + "'");
    }
    if (phrase.words.empty()) return Status::ParseError(where + ": empty phrase");
    first_words[phrase.words[0]].push_back(static_cast<uint32_t>(role_phrases.size()));
    role_phrases.push_back(std::move(phrase));
    return Status::Ok();
  }));
  roles_by_first_word = ner::WordIndex(first_words);
  return Status::Ok();
}

Analysis EntityLinker::Impl::Analyze(std::string_view body) const {
  Analysis a;
  a.body = body;
  a.tokens = text::Tokenize(body);
  // English possessives: "Bangladesh's" names Bangladesh; the 's becomes its own token.
  std::vector<text::Token> split;
  split.reserve(a.tokens.size());
  for (const text::Token& token : a.tokens) {
    split.push_back(token);
    const std::string_view word = text::TokenText(body, token);
    if (token.kind != text::TokenKind::kWord || !IsAsciiWord(word) || word.size() < 4 ||
        !word.ends_with("'s")) {
      continue;
    }
    split.back().byte_end -= 2;
    split.back().cp_end -= 2;
    text::Token possessive = token;
    possessive.byte_begin = split.back().byte_end;
    possessive.cp_begin = split.back().cp_end;
    possessive.kind = text::TokenKind::kPunct;
    split.push_back(possessive);
  }
  a.tokens = std::move(split);
  a.first_stem.reserve(a.tokens.size());
  a.stem_count.reserve(a.tokens.size());
  a.stems.reserve(a.tokens.size() * 2);
  a.key_spans.reserve(a.tokens.size() * 2);
  a.keys.reserve(body.size() + body.size() / 2);
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    const std::string_view word = a.Text(t);
    const size_t first = a.stems.size();
    a.first_stem.push_back(static_cast<uint32_t>(first));
    if (a.tokens[t].kind == text::TokenKind::kWord && !IsAsciiWord(word)) {
      morphology->Stems(word, &a.stems);
    } else {
      a.stems.push_back(word);
    }
    a.stem_count.push_back(static_cast<uint8_t>(std::min<size_t>(a.stems.size() - first, 255)));
    for (size_t s = first; s < a.stems.size(); ++s) {
      const size_t begin = a.keys.size();
      AppendKey(a.stems[s], &a.keys);
      a.key_spans.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(a.keys.size() - begin));
    }
  }
  return a;
}

bool EntityLinker::Impl::InflectsShortWord(std::string_view token, std::string_view word) const {
  if (BaseLetters(word) != 1 || token.size() <= word.size() || !token.starts_with(word)) return false;
  // Pad the word to a length the morphology reads, keeping how it ends.
  const std::string padded = "\xE0\xA6\x95\xE0\xA6\x96" + std::string(token);  // কখ + token
  std::vector<std::string_view> stems;
  morphology->Stems(padded, &stems);
  const size_t want = 6 + word.size();
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return s.size() == want; });
}

// The longest knowledge-base form starting at token t, into *best.
bool EntityLinker::Impl::MatchAt(const Analysis& a, size_t t, const std::vector<ner::NameTag>* tags,
                                 Match* best) const {
  if (a.tokens[t].kind != text::TokenKind::kWord) return false;
  bool found = false;
  for (size_t s = 0; s < a.stem_count[t]; ++s) {
    for (uint32_t pid : by_first_key.Find(a.Key(t, s))) {
      const Pattern& p = patterns[pid];
      const size_t n = p.words.size();
      if (n > 1 && s != 0) continue;  // only a name's last word is inflected
      if (t + n > a.tokens.size()) continue;
      bool ok = true, exact = true, short_tail = false;
      size_t last_stem = s;
      for (size_t j = 0; j < n && ok; ++j) {
        const size_t tok = t + j;
        if (j > 0 &&
            a.body.substr(a.tokens[tok - 1].byte_end, a.tokens[tok].byte_begin - a.tokens[tok - 1].byte_end)
                    .find('\n') != std::string_view::npos) {
          ok = false;  // a name does not run across a line break
          break;
        }
        size_t k = 0;
        if (j == 0) {
          k = s;
        } else if (j + 1 < n) {
          if (a.Key(tok, 0) != p.keys[j]) ok = false;
        } else {
          k = a.stem_count[tok];
          // ওয়াং ইয়ের: a one-letter last word is below the morphology's
          // shortest stem; read the ending after a longer word ending alike.
          short_tail = InflectsShortWord(a.Text(tok), p.words[j]);
          for (size_t c = 0; c < a.stem_count[tok] && !short_tail; ++c) {
            if (a.Key(tok, c) == p.keys[j]) {
              k = c;
              break;
            }
          }
          last_stem = k;
          if (k == a.stem_count[tok] && !short_tail) ok = false;
        }
        if (!ok) break;
        const std::string_view stem =
            short_tail && j + 1 == n ? std::string_view(p.words[j]) : a.Stem(tok, k);
        if (stem != p.words[j]) {
          exact = false;
          // Adjectives are ordinary words: they match only as written.
          if (p.kind == MentionKind::kAdjective || BaseLetters(stem) < kMinFoldedLetters) ok = false;
        }
      }
      // A one-word form matched only by sound needs the tagger to see a name
      // there: sound-alike common words are many (জ্বালানি, তিনি, নিয়ে).
      if (ok && !exact && n == 1 && tags != nullptr && (*tags)[t] == ner::NameTag::kO) ok = false;
      if (!ok) continue;
      const bool longer = !found || n > best->tok_end - best->tok_begin;
      const bool same = found && n == best->tok_end - best->tok_begin;
      if (longer || (same && exact && !best->exact)) {
        found = true;
        best->tok_begin = t;
        best->tok_end = t + n;
        best->candidates.assign(1, p.entry);
        best->kind = p.kind;
        best->exact = exact;
        const size_t last = t + n - 1;
        best->inflected = last_stem != 0;
        const std::string_view full = a.Text(last), stem = short_tail ? full.substr(0, p.words.back().size())
                                                                      : a.Stem(last, last_stem);
        best->locative = best->inflected && locative_endings.contains(full.substr(stem.size()));
      } else if (same && exact == best->exact &&
                 std::find(best->candidates.begin(), best->candidates.end(), p.entry) ==
                     best->candidates.end()) {
        best->candidates.push_back(p.entry);
      }
    }
  }
  return found;
}

std::vector<Match> EntityLinker::Impl::FindMatches(const Analysis& a,
                                                   const std::vector<ner::NameTag>* tags) const {
  std::vector<Match> matches;
  Match m;
  for (size_t t = 0; t < a.tokens.size();) {
    if (!MatchAt(a, t, tags, &m)) {
      ++t;
      continue;
    }
    t = m.tok_end;
    // মো. তৌহিদ হোসেন: the prefix is part of a person's name.
    if (kb.entries()[m.candidates[0]].type == EntityType::kPerson) {
      for (const std::vector<std::string>& prefix : name_prefixes) {
        const size_t n = prefix.size();
        if (m.tok_begin < n || (!matches.empty() && matches.back().tok_end > m.tok_begin - n)) continue;
        bool same = true;
        for (size_t j = 0; j < n && same; ++j) same = a.Text(m.tok_begin - n + j) == prefix[j];
        if (same) {
          m.tok_begin -= n;
          break;
        }
      }
    }
    // তিস্তা নদী, সুরমা নদীর: the word is part of the place's name.
    const EntityType type = kb.entries()[m.candidates[0]].type;
    if ((type == EntityType::kGpe || type == EntityType::kLoc) && !m.inflected && t < a.tokens.size() &&
        a.tokens[t].kind == text::TokenKind::kWord && a.tokens[t].byte_begin > a.tokens[t - 1].byte_end) {
      for (size_t k = 0; k < a.stem_count[t]; ++k) {
        if (!place_words.contains(a.Stem(t, k))) continue;
        m.tok_end = ++t;
        m.inflected = k != 0;
        m.locative = m.inflected && locative_endings.contains(a.Text(t - 1).substr(a.Stem(t - 1, k).size()));
        break;
      }
    }
    matches.push_back(m);
  }
  return matches;
}

// A form shared by several entries goes to the one whose parent or country
// the rest of the article mentions (জর্জিয়া beside Atlanta and the US is the
// US state); otherwise to a country over other places, then to the first defined.
void EntityLinker::Impl::Disambiguate(std::vector<Match>* matches) const {
  StringSet countries, ids;
  for (const Match& m : *matches) {
    if (m.candidates.size() != 1) continue;
    const KbEntry& e = kb.entries()[m.candidates[0]];
    countries.insert(e.country);
    ids.insert(e.id);
  }
  for (Match& m : *matches) {
    if (m.candidates.size() < 2) continue;
    // The place whose parent the text names wins (কোম্পানীগঞ্জ beside সিলেট),
    // then the one whose country it names, then a country over other places.
    const auto score = [&](uint32_t entry) {
      const KbEntry& e = kb.entries()[entry];
      return (ids.contains(e.parent) ? 4 : 0) + (countries.contains(e.country) ? 2 : 0) +
             (IsCountry(entry) ? 1 : 0);
    };
    std::stable_sort(m.candidates.begin(), m.candidates.end(),
                     [&](uint32_t x, uint32_t y) { return score(x) > score(y); });
  }
}

void EntityLinker::Impl::TagNames(const Analysis& a, std::vector<ner::NameTag>* tags,
                                  std::vector<uint8_t>* bits) const {
  tags->assign(a.tokens.size(), ner::NameTag::kO);
  bits->assign(a.tokens.size(), 0);
  std::vector<ner::TagToken> sentence;
  std::vector<ner::NameTag> sentence_tags;
  size_t t = 0;
  for (const text::SentenceSpan& span : splitter.Split(a.body)) {
    while (t < a.tokens.size() && a.tokens[t].byte_begin < span.byte_begin) ++t;
    const size_t first = t;
    sentence.clear();
    for (; t < a.tokens.size() && a.tokens[t].byte_end <= span.byte_end; ++t) {
      const std::string_view word = a.Text(t);
      const std::string_view stem =
          a.tokens[t].kind == text::TokenKind::kWord && !IsAsciiWord(word) ? morphology->Stem(word) : word;
      (*bits)[t] = gazetteer.Bits(word, stem);
      sentence.push_back({word, stem, (*bits)[t]});
    }
    if (sentence.empty()) continue;
    tagger.Tag(sentence, &sentence_tags);
    std::copy(sentence_tags.begin(), sentence_tags.end(), tags->begin() + static_cast<std::ptrdiff_t>(first));
  }
}

std::vector<NewName> EntityLinker::Impl::FindNewNames(const Analysis& a,
                                                      const std::vector<ner::NameTag>& tags,
                                                      const std::vector<uint8_t>& bits,
                                                      const std::vector<Match>& matches) const {
  std::vector<NewName> names;
  std::vector<bool> known(a.tokens.size(), false);
  for (const Match& m : matches) {
    for (size_t t = m.tok_begin; t < m.tok_end; ++t) known[t] = true;
  }
  const auto is_word = [&](size_t t) { return a.tokens[t].kind == text::TokenKind::kWord; };
  // Spans read with conlleval semantics: I-X after O or another type starts a name.
  for (size_t i = 0; i < tags.size();) {
    const int tag = static_cast<int>(tags[i]);
    if (tag == 0) {
      ++i;
      continue;
    }
    const int type = (tag - 1) / 2;
    size_t j = i + 1;
    while (j < tags.size() && static_cast<int>(tags[j]) == 2 + type * 2) ++j;
    size_t begin = i, end = j;
    while (begin < end && ((bits[begin] & ner::kGazTitle) || !is_word(begin))) ++begin;
    while (end > begin && !is_word(end - 1)) --end;
    bool usable = begin < end, generic = true;
    for (size_t k = begin; k < end && usable; ++k) {
      if (known[k]) usable = false;
      if (is_word(k) &&
          !not_names.contains(IsAsciiWord(a.Text(k)) ? a.Text(k) : morphology->Stem(a.Text(k)))) {
        generic = false;
      }
    }
    if (usable && !generic) names.push_back({begin, end, static_cast<ner::NameTag>(1 + type * 2)});
    i = j;
  }
  return names;
}

// Length in tokens of the role phrase starting at token t (0 when none).
size_t EntityLinker::Impl::MatchRolePhrase(const Analysis& a, size_t t, const RolePhrase** phrase) const {
  size_t best = 0;
  for (size_t s = 0; s < a.stem_count[t]; ++s) {
    for (uint32_t id : roles_by_first_word.Find(a.Stem(t, s))) {
      const RolePhrase& p = role_phrases[id];
      const size_t n = p.words.size();
      if (n <= best || t + n > a.tokens.size() || (n > 1 && s != 0)) continue;
      bool ok = true;
      for (size_t j = 1; j < n && ok; ++j) {
        const size_t tok = t + j;
        if (j + 1 < n) {
          ok = a.Text(tok) == p.words[j];
        } else {
          ok = false;
          for (size_t c = 0; c < a.stem_count[tok] && !ok; ++c) ok = a.Stem(tok, c) == p.words[j];
        }
      }
      if (ok) {
        best = n;
        *phrase = &p;
      }
    }
  }
  return best;
}

std::vector<EntityLinker::Impl::RoleMention> EntityLinker::Impl::ResolveRoles(
    const Analysis& a, const std::vector<Match>& matches, const std::vector<NewName>& names,
    const CivilDate& date, const std::string& home_country) const {
  std::vector<RoleMention> out;
  // For each token: the match ending there, and whether a person's name starts there.
  std::vector<int> match_ending(a.tokens.size(), -1);
  std::vector<bool> person_starts(a.tokens.size(), false);
  for (size_t i = 0; i < matches.size(); ++i) {
    match_ending[matches[i].tok_end - 1] = static_cast<int>(i);
    if (kb.entries()[matches[i].candidates[0]].type == EntityType::kPerson)
      person_starts[matches[i].tok_begin] = true;
  }
  for (const NewName& n : names) {
    if (n.type == ner::NameTag::kBPer) person_starts[n.tok_begin] = true;
  }
  int last_country = -1, last_org = -1;  // latest match of each kind before the current token
  size_t next_match = 0;
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    while (next_match < matches.size() && matches[next_match].tok_end <= t) {
      const uint32_t entry = matches[next_match].candidates[0];
      if (IsCountry(entry)) last_country = static_cast<int>(next_match);
      if (kb.entries()[entry].type == EntityType::kOrg) last_org = static_cast<int>(next_match);
      ++next_match;
    }
    const RolePhrase* office = nullptr;
    const size_t len = a.tokens[t].kind == text::TokenKind::kWord ? MatchRolePhrase(a, t, &office) : 0;
    if (len == 0 || office->kind != RolePhrase::Kind::kOffice) continue;
    const size_t end = t + len;
    // "রুশ প্রেসিডেন্ট পুতিন", "সর্বোচ্চ নেতা আয়াতুল্লাহ খামেনি": the name says it.
    size_t after = end;
    while (after < a.tokens.size() && after < end + 4 && title_words.contains(a.Text(after))) {
      ++after;
      if (after < a.tokens.size() && a.Text(after) == ".") ++after;
    }
    if (after < a.tokens.size() && person_starts[after]) continue;
    const RolePhrase* next = nullptr;
    if (end < a.tokens.size() && a.tokens[end].kind == text::TokenKind::kWord &&
        MatchRolePhrase(a, end, &next) > 0 && next->kind == RolePhrase::Kind::kPredicate) {
      continue;  // "প্রেসিডেন্ট হিসেবে শপথ": a predicate, not a reference
    }
    const std::string_view last_word = a.Text(end - 1);
    const size_t ending_at = last_word.rfind(office->words.back()) == 0 ? office->words.back().size() : 0;
    const std::string_view ending = last_word.substr(ending_at);
    if (std::any_of(plural_endings.begin(), plural_endings.end(),
                    [&](const std::string& p) { return !ending.empty() && ending.starts_with(p); })) {
      continue;  // প্রেসিডেন্টরা
    }
    // Walk back over modifiers to the scope.
    size_t s = t;
    bool unresolvable = false;
    while (s > 0) {
      const RolePhrase* mod = nullptr;
      const size_t mod_len =
          a.tokens[s - 1].kind == text::TokenKind::kWord ? MatchRolePhrase(a, s - 1, &mod) : 0;
      if (mod_len != 1 ||
          (mod->kind != RolePhrase::Kind::kModifier && mod->kind != RolePhrase::Kind::kFormer &&
           mod->kind != RolePhrase::Kind::kSeveral)) {
        break;
      }
      unresolvable |= mod->kind != RolePhrase::Kind::kModifier;
      --s;
    }
    // উপ-পররাষ্ট্রমন্ত্রী: a word glued on before the office makes it another office.
    if (unresolvable || (s > 0 && a.tokens[s - 1].cp_end == a.tokens[s].cp_begin)) continue;
    std::string scope;
    size_t begin = s == 0 ? 0 : s - 1;
    int scope_match = -1;
    const RolePhrase* anaphor = nullptr;
    if (s == 0) {
      scope = last_country >= 0 ? kb.entries()[matches[last_country].candidates[0]].country : home_country;
      begin = 0;
    } else if (match_ending[s - 1] >= 0) {
      scope_match = match_ending[s - 1];
      const Match& m = matches[match_ending[s - 1]];
      const KbEntry& e = kb.entries()[m.candidates[0]];
      if (IsCountry(m.candidates[0])) {
        scope = e.country;
      } else if (e.type == EntityType::kOrg) {
        scope = e.id;
      }
      begin = m.tok_begin;
    } else if (MatchRolePhrase(a, s - 1, &anaphor) == 1 && anaphor->kind == RolePhrase::Kind::kAnaphor) {
      const int antecedent = anaphor->value == "country" ? last_country : last_org;
      if (antecedent >= 0) {
        const KbEntry& e = kb.entries()[matches[antecedent].candidates[0]];
        scope = anaphor->value == "country" ? e.country : e.id;
      }
    } else {
      // A bare office (প্রেসিডেন্ট বলেন, নতুন প্রেসিডেন্টের) is the office of
      // the country the text last named, or of the home country.
      scope = last_country >= 0 ? kb.entries()[matches[last_country].candidates[0]].country : home_country;
      begin = s;
    }
    if (scope.empty()) continue;
    const std::vector<const KbEntry*> holders = kb.Holders(office->value, scope, date);
    if (holders.size() != 1) continue;
    out.push_back({static_cast<uint32_t>(holders[0] - kb.entries().data()), begin, end, scope_match});
  }
  return out;
}

EntityLinker::EntityLinker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EntityLinker::~EntityLinker() = default;

const KnowledgeBase& EntityLinker::kb() const { return impl_->kb; }

Result<std::unique_ptr<EntityLinker>> EntityLinker::Create(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  auto kb = KnowledgeBase::Load(data_dir);
  if (!kb.ok()) return kb.status();
  impl->kb = std::move(*kb);
  auto morphology = ner::Morphology::Load(data_dir);
  if (!morphology.ok()) return morphology.status();
  impl->morphology = std::move(*morphology);
  auto phonetic = ner::PhoneticKey::Load(data_dir);
  if (!phonetic.ok()) return phonetic.status();
  impl->phonetic = std::move(*phonetic);
  auto romanizer = ner::Romanizer::Load(data_dir);
  if (!romanizer.ok()) return romanizer.status();
  impl->romanizer = std::move(*romanizer);
  auto tagger = ner::Tagger::Load(data_dir + "/models/ner.model");
  if (!tagger.ok()) return tagger.status();
  impl->tagger = std::move(*tagger);
  auto splitter = text::SentenceSplitter::Load(data_dir);
  if (!splitter.ok()) return splitter.status();
  impl->splitter = std::move(*splitter);
  auto titles = ner::LoadWordList(data_dir + "/ner/titles.txt");
  if (!titles.ok()) return titles.status();
  for (const std::string& title : *titles) {
    for (std::string& word : WordsOf(title)) {
      if (word != ".") impl->title_words.insert(std::move(word));
    }
  }
  const ner::Morphology* morph = &*impl->morphology;
  // The same gazetteer the tagger was trained with (KB, titles, personal-name words).
  auto gazetteer = ner::Gazetteer::Load(impl->kb, data_dir,
                                        [morph](std::string_view w) { return std::string(morph->Stem(w)); });
  if (!gazetteer.ok()) return gazetteer.status();
  impl->gazetteer = std::move(*gazetteer);
  GHOTONA_RETURN_IF_ERROR(impl->LoadRolePhrases(data_dir + "/ner/role_phrases.tsv"));
  auto endings = ner::LoadWordList(data_dir + "/ner/locative_suffixes.txt");
  if (!endings.ok()) return endings.status();
  impl->locative_endings.insert(endings->begin(), endings->end());
  auto not_names = ner::LoadWordList(data_dir + "/ner/not_names.txt");
  if (!not_names.ok()) return not_names.status();
  impl->not_names.insert(not_names->begin(), not_names->end());
  auto prefixes = ner::LoadWordList(data_dir + "/ner/name_prefixes.txt");
  if (!prefixes.ok()) return prefixes.status();
  for (const std::string& prefix : *prefixes) impl->name_prefixes.push_back(WordsOf(prefix));
  auto place_words = ner::LoadWordList(data_dir + "/ner/place_words.txt");
  if (!place_words.ok()) return place_words.status();
  impl->place_words.insert(place_words->begin(), place_words->end());
  impl->BuildIndex();
  return std::unique_ptr<EntityLinker>(new EntityLinker(std::move(impl)));
}

std::vector<Entity> EntityLinker::Link(std::string_view body, const LinkOptions& options) const {
  const Impl& im = *impl_;
  const Analysis a = im.Analyze(body);
  std::vector<ner::NameTag> tags(a.tokens.size(), ner::NameTag::kO);
  std::vector<uint8_t> bits;
  if (options.find_new_names) im.TagNames(a, &tags, &bits);
  std::vector<Match> matches = im.FindMatches(a, &tags);
  im.Disambiguate(&matches);
  std::vector<NewName> names;
  if (options.find_new_names) names = im.FindNewNames(a, tags, bits, matches);

  std::vector<Entity> entities;
  StringMap<size_t> by_id;
  const auto mention = [&](size_t tok_begin, size_t tok_end, MentionKind kind) {
    Mention m;
    m.start = a.tokens[tok_begin].cp_begin;
    m.end = a.tokens[tok_end - 1].cp_end;
    m.byte_start = a.tokens[tok_begin].byte_begin;
    m.byte_end = a.tokens[tok_end - 1].byte_end;
    m.text = std::string(body.substr(m.byte_start, m.byte_end - m.byte_start));
    m.kind = kind;
    return m;
  };
  const auto entity_for_entry = [&](uint32_t index) -> Entity& {
    const KbEntry& e = im.kb.entries()[index];
    auto [it, inserted] = by_id.emplace("kb:" + e.id, entities.size());
    if (inserted) {
      Entity& ent = entities.emplace_back();
      ent.id = it->first;
      ent.name = e.name_en;
      ent.name_bn = e.name_bn;
      ent.type = e.type;
      ent.country = e.country;
      ent.actor_code = e.actor_code;
    }
    return entities[it->second];
  };
  // A role phrase is one mention of its holder; the scope word inside it
  // (ইরানের in ইরানের প্রেসিডেন্ট) is not also a mention of the country.
  std::vector<Impl::RoleMention> roles;
  if (options.date) roles = im.ResolveRoles(a, matches, names, *options.date, options.home_country);
  std::vector<bool> absorbed(matches.size(), false);
  for (const Impl::RoleMention& r : roles) {
    if (r.scope_match >= 0) absorbed[r.scope_match] = true;
  }
  for (size_t i = 0; i < matches.size(); ++i) {
    if (absorbed[i]) continue;
    const Match& m = matches[i];
    const uint32_t entry = m.candidates[0];
    Mention men = mention(m.tok_begin, m.tok_end, m.kind);
    if (!im.capital_of[entry].empty() && m.kind == MentionKind::kName && !m.locative) {
      men.stands_for = "kb:" + im.capital_of[entry];
    }
    entity_for_entry(entry).mentions.push_back(std::move(men));
  }
  for (const Impl::RoleMention& r : roles) {
    entity_for_entry(r.entry).mentions.push_back(mention(r.tok_begin, r.tok_end, MentionKind::kRole));
  }
  // New names, keyed by their uninflected form; a lone surname joins the
  // full name it ends (জন স্মিথ ... স্মিথ).
  StringMap<size_t> new_by_surname;
  for (const NewName& n : names) {
    const size_t last = n.tok_end - 1;
    const std::string_view last_word = a.Text(last);
    const std::string_view last_stem = im.morphology->Stem(last_word);
    const size_t begin_byte = a.tokens[n.tok_begin].byte_begin;
    const std::string name_bn =
        std::string(body.substr(begin_byte, a.tokens[last].byte_begin - begin_byte)) + std::string(last_stem);
    const EntityType type = n.type == ner::NameTag::kBPer   ? EntityType::kPerson
                            : n.type == ner::NameTag::kBOrg ? EntityType::kOrg
                                                            : EntityType::kLoc;
    std::string id = "new:" + im.romanizer->Slug(name_bn);
    if (id == "new:") continue;
    if (type == EntityType::kPerson && n.tok_end - n.tok_begin == 1) {
      auto it = new_by_surname.find(std::string(last_stem));
      if (it != new_by_surname.end()) id = entities[it->second].id;
    }
    auto [it, inserted] = by_id.emplace(id, entities.size());
    if (inserted) {
      Entity& ent = entities.emplace_back();
      ent.id = id;
      ent.name = im.romanizer->Romanize(name_bn);
      // Title case for a readable English-style name.
      bool start = true;
      for (char& c : ent.name) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        start = c == ' ' || c == '-';
      }
      ent.name_bn = name_bn;
      ent.type = type;
      if (type == EntityType::kPerson && n.tok_end - n.tok_begin > 1) {
        new_by_surname.emplace(std::string(last_stem), entities.size() - 1);
      }
    }
    entities[it->second].mentions.push_back(mention(n.tok_begin, n.tok_end, MentionKind::kName));
  }
  for (Entity& e : entities) {
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const Mention& x, const Mention& y) { return x.start < y.start; });
    // A role phrase that covers a name mention of the same entity adds nothing.
    std::vector<Mention> kept;
    for (Mention& m : e.mentions) {
      if (!kept.empty() && m.start < kept.back().end) {
        if (m.end - m.start > kept.back().end - kept.back().start) kept.back() = std::move(m);
        continue;
      }
      kept.push_back(std::move(m));
    }
    e.mentions = std::move(kept);
  }
  std::erase_if(entities, [](const Entity& e) { return e.mentions.empty(); });
  std::stable_sort(entities.begin(), entities.end(), [](const Entity& x, const Entity& y) {
    return x.mentions[0].start < y.mentions[0].start;
  });
  return entities;
}

std::vector<const Entity*> PeopleBefore(const std::vector<Entity>& entities, size_t at, size_t count) {
  // (end of the person's last mention before `at`, person), latest first.
  std::vector<std::pair<size_t, const Entity*>> last;
  for (const Entity& e : entities) {
    if (e.type != EntityType::kPerson) continue;
    size_t end = 0;
    bool seen = false;
    for (const Mention& m : e.mentions) {
      if (m.end > at) break;
      end = m.end;
      seen = true;
    }
    if (seen) last.emplace_back(end, &e);
  }
  std::stable_sort(last.begin(), last.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  std::vector<const Entity*> people;
  for (size_t i = 0; i < last.size() && i < count; ++i) people.push_back(last[i].second);
  return people;
}

std::vector<LookupMatch> EntityLinker::Lookup(std::string_view name, std::optional<CivilDate> date) const {
  const Impl& im = *impl_;
  const std::string text = text::CollapseWhitespace(text::Normalize(name));
  const Analysis a = im.Analyze(text);
  std::vector<LookupMatch> out;
  if (a.tokens.empty()) return out;
  Match m;
  if (im.MatchAt(a, 0, nullptr, &m) && m.tok_end == a.tokens.size()) {
    for (uint32_t entry : m.candidates) {
      out.push_back({&im.kb.entries()[entry], !m.exact ? "phonetic" : m.inflected ? "stem" : "exact"});
    }
  }
  if (date) {
    std::vector<Match> matches = im.FindMatches(a, nullptr);
    im.Disambiguate(&matches);
    for (const Impl::RoleMention& r : im.ResolveRoles(a, matches, {}, *date, LinkOptions().home_country)) {
      if (r.tok_begin == 0 && r.tok_end == a.tokens.size())
        out.push_back({&im.kb.entries()[r.entry], "role"});
    }
  }
  return out;
}

}  // namespace ghotona
