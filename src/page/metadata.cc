// Title, dates, byline, outlet, section and sources from the blocks around
// the headline. Positions are indices into the BlockInfo vector (non-empty
// blocks in page order).
#include "page/metadata.h"

#include <algorithm>
#include <unordered_set>

#include "page/extractor_text.h"
#include "text/utf8.h"

namespace ghotona::page {
namespace {

// Only blocks up to this size (bytes) are searched for dates, bylines and labels.
constexpr size_t kShortBlockBytes = 300;
// A date line has at most this many letters outside its date mentions
// (labels, weekdays, "বঙ্গাব্দ").
constexpr int kDateLineOtherLetters = 24;
constexpr size_t kMaxBylineWords = 10;
// How far above the headline its byline, date line or section line may stand.
constexpr int kAboveTitle = 5;
// How many blocks at the start of the article region may still be the lead
// paragraph's byline and date line.
constexpr int kLeadBlocks = 4;
// How far above the article text the headline is looked for in a text dump.
constexpr int kTitleSearch = 12;

bool IsColon(std::string_view s) { return s.starts_with(":") || s.starts_with("\xE0\xA6\x83"); }

bool IsLatinWord(std::string_view w) {
  return !w.empty() && text::IsAsciiLetter(static_cast<unsigned char>(w[0]));
}

bool IsCapitalizedLatin(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

std::string Join(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out.append(words[i]);
  }
  return out;
}

bool Contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Letters of text outside the byte ranges of the mentions.
int LettersOutside(std::string_view t, const std::vector<DateMention>& mentions) {
  int letters = 0;
  for (size_t i = 0; i < t.size();) {
    text::Decoded d = text::DecodeUtf8(t, i);
    bool inside = false;
    for (const DateMention& m : mentions) inside |= i >= m.begin && i < m.end;
    if (!inside && IsLetterLike(d.cp)) ++letters;
    i += d.len;
  }
  return letters;
}

// Byte length in `original` of the code points whose FoldKey forms make up
// the first key_len bytes of FoldKey(original).
size_t OriginalBytesForKeyPrefix(std::string_view original, size_t key_len) {
  size_t key = 0;
  size_t i = 0;
  while (i < original.size() && key < key_len) {
    text::Decoded d = text::DecodeUtf8(original, i);
    key += FoldKey(original.substr(i, d.len)).size();
    i += d.len;
  }
  // Take the marks (vowel signs, nukta) that belong to the last letter.
  while (i < original.size()) {
    text::Decoded d = text::DecodeUtf8(original, i);
    if (!text::IsBengaliMark(d.cp) && d.cp != 0x200C && d.cp != 0x200D) break;
    i += d.len;
  }
  return i;
}

// "বিভাগ : X" -> X.
std::optional<std::string> SectionLabelValue(const BlockInfo& b, const Lexicon& lex) {
  if (b.text.size() > kShortBlockBytes || b.words > 6) return std::nullopt;
  for (const std::string& label : lex.section_labels) {
    if (!b.light.starts_with(label)) continue;
    std::string_view rest = std::string_view(b.light).substr(label.size());
    while (rest.starts_with(" ")) rest.remove_prefix(1);
    if (!IsColon(rest)) continue;
    std::vector<uint32_t> origin;
    std::string light = FoldLightMapped(b.text, &origin);
    const size_t colon = light.size() - rest.size();
    std::string_view value = TrimNonWord(b.text.substr(origin[colon]));
    if (!value.empty()) return std::string(value);
  }
  return std::nullopt;
}

// A capitalized Latin run at the start of a line that names a newspaper:
// "Daily Nodikotha" in "Daily Nodikotha নদীকথা ডেস্ক", or a line "The Daily Star".
std::optional<std::string> LatinMasthead(std::string_view text, const Lexicon& lex) {
  std::vector<std::string_view> words = SplitWords(text);
  if (words.empty() || words.size() > 8) return std::nullopt;
  size_t run = 0;
  bool masthead_word = false;
  while (run < words.size() && run < 6) {
    std::string_view w = TrimNonWord(words[run]);
    const bool connector = w == "of" || w == "the";
    if (!(IsCapitalizedLatin(w) || (connector && run > 0))) break;
    masthead_word |= Contains(lex.masthead_words, FoldLight(w));
    ++run;
  }
  if (run == 0 || (run < words.size() && IsLatinWord(words[run]))) return std::nullopt;
  std::string name = Join(words, 0, run);
  std::string_view trimmed = TrimNonWord(name);
  const bool known = lex.outlets.count(FoldKey(trimmed)) > 0;
  if (!known && (run < 2 || !masthead_word)) return std::nullopt;
  return std::string(trimmed);
}

// "© 2024 The Daily Star. All rights reserved" -> "The Daily Star".
std::optional<std::string> CopyrightName(const BlockInfo& b, const Lexicon& lex) {
  if (b.text.size() > kShortBlockBytes) return std::nullopt;
  for (const std::string& mark : lex.copyright_marks) {
    size_t pos = b.light.find(mark);
    if (pos == std::string::npos) continue;
    std::vector<uint32_t> origin;
    std::string light = FoldLightMapped(b.text, &origin);
    std::string_view rest = b.text.substr(origin[pos + mark.size()]);
    // Skip further marks, years and punctuation before the name, but not a
    // separator: "<name> © 2019-2023 | ..." names the outlet before the mark.
    auto skip_to_letters = [](std::string_view& r) {
      while (!r.empty()) {
        text::Decoded d = text::DecodeUtf8(r, 0);
        if (IsLetterLike(d.cp) || d.cp == '|') break;
        r.remove_prefix(d.len);
      }
    };
    skip_to_letters(rest);
    if (FoldLight(rest.substr(0, 9)) == "copyright") {
      rest.remove_prefix(9);
      skip_to_letters(rest);
    }
    if (rest.empty() || rest.front() == '|') {
      std::string_view before = b.text.substr(0, origin[pos]);
      // "<name> © 2019-2023": the part before the mark; "<name> | <rights
      // phrase>": the part before the bar.
      if (size_t bar = before.rfind('|'); bar != std::string_view::npos) {
        std::string_view after_bar = TrimNonWord(before.substr(bar + 1));
        before = after_bar.empty() ? before.substr(0, bar) : after_bar;
        if (size_t bar2 = before.rfind('|'); bar2 != std::string_view::npos) before.remove_prefix(bar2 + 1);
      }
      before = TrimNonWord(before);
      const size_t words = SplitWords(before).size();
      if (words >= 1 && words <= 6) return std::string(before);
      continue;
    }
    size_t cut = rest.size();
    for (std::string_view stop : {"|", ",", ".", "\xE0\xA5\xA4", " -", " \xE2\x80\x93"}) {
      cut = std::min(cut, rest.find(stop));
    }
    // The name ends where a rights phrase ("All rights reserved") begins.
    std::vector<std::string_view> words = SplitWords(TrimNonWord(rest.substr(0, cut)));
    size_t keep = 0;
    for (; keep < words.size(); ++keep) {
      std::string tail =
          FoldLight(std::string_view(words[keep].data(), rest.data() + rest.size() - words[keep].data()));
      bool stop = false;
      for (const std::string& rights : lex.rights_phrases) stop |= tail.starts_with(rights);
      if (stop) break;
    }
    if (keep >= 1 && keep <= 6) return std::string(TrimNonWord(Join(words, 0, keep)));
  }
  return std::nullopt;
}

// "<outlet> অনলাইন এর সর্বশেষ খবর পেতে ..." -> outlet.
std::optional<std::string> PromptOutlet(const BlockInfo& b, const Lexicon& lex) {
  if (b.text.size() > kShortBlockBytes) return std::nullopt;
  for (const std::string& prompt : lex.outlet_prompts) {
    size_t pos = FindFast(b.light, prompt);
    if (pos == std::string::npos || pos == 0) continue;
    std::vector<uint32_t> origin;
    std::string light = FoldLightMapped(b.text, &origin);
    std::vector<std::string_view> words = SplitWords(b.text.substr(0, origin[pos]));
    if (words.empty() || words.size() > 3) continue;
    std::string name(TrimNonWord(Join(words, 0, words.size())));
    if (!name.empty()) return name;
  }
  return std::nullopt;
}

// A line that is nothing but a headline: a handful of words, no danda at the
// end, not page furniture.
bool IsHeadlineLike(const BlockInfo& b, const Lexicon& lex, bool bengali_page) {
  if (bengali_page && b.bengali_letters == 0) return false;  // English UI around a Bengali article
  if (b.phrase != PhraseKind::kNone || b.meta_line || b.reporter_tag || b.number_only || b.source_line) {
    return false;
  }
  if (b.letters < 6 || b.letters > 300 || b.danda_terminal || b.words > 30) return false;
  // "A | B | C": a menu, never a headline (one '|' may end a site name).
  if (std::count(b.text.begin(), b.text.end(), '|') >= 2) return false;
  if (b.words < 3 && !(b.words == 2 && b.occurrences > 1)) return false;
  if (b.sentences >= 2 && b.letters > 150) return false;
  if (lex.sections.count(b.key) > 0) return false;
  // A polite imperative at the end ("... কপি করুন") is an instruction of the
  // page, unless it is quoted speech.
  std::string_view light = b.light;
  while (light.ends_with(" ")) light.remove_suffix(1);
  for (const std::string& imperative : lex.imperatives) {
    if (light.ends_with(imperative) &&
        (light.size() == imperative.size() || light[light.size() - imperative.size() - 1] == ' ')) {
      return false;
    }
  }
  return true;
}

// "<name>, <place>": two to six words with one comma, no digits, no sentence
// end. Next to a date line under the headline such a line is the byline.
bool LooksLikeNamePlace(const BlockInfo& b) {
  if (b.words < 2 || b.words > 6 || b.digits > 0 || b.terminal) return false;
  return std::count(b.text.begin(), b.text.end(), ',') == 1;
}

// A date line: a labelled one anywhere, an unlabelled one outside a list.
bool IsDateLine(const BlockInfo& b) {
  if (!b.meta_line || b.dates.empty()) return false;
  if (!b.in_list_zone) return true;
  return std::any_of(b.dates.begin(), b.dates.end(),
                     [](const DateMention& m) { return m.label != DateMention::Label::kNone; });
}

// A line with an e-mail address or a link: contact details, never a headline.
bool IsContactLine(const BlockInfo& b) {
  return b.text.find('@') != std::string_view::npos || b.light.find("http") != std::string::npos ||
         b.light.find("www.") != std::string::npos;
}

// "<label>: <short name>" ("গ্রন্থনা: <name>"): one or two words, a colon,
// one to three words, no digits. A headline may read so too ("ঘূর্ণিঝড়:
// উপকূলে সতর্কতা"), so this only demotes a line (MayBeNameLine).
bool IsLabelledName(const BlockInfo& b) {
  const size_t colon = b.text.find(':');
  if (colon == std::string_view::npos || b.digits > 0 || b.terminal) return false;
  const size_t label_words = SplitWords(b.text.substr(0, colon)).size();
  const size_t value_words = SplitWords(b.text.substr(colon + 1)).size();
  return label_words >= 1 && label_words <= 2 && value_words >= 1 && value_words <= 3;
}

// A short line that may be a reporter's name: "<name>, <place>", a labelled
// name, or two to four words without digits or a sentence end right above a
// date line or a one-word place line.
bool MayBeNameLine(const std::vector<BlockInfo>& blocks, int i) {
  const BlockInfo& b = blocks[i];
  if (b.digits > 0 || b.terminal || b.words > 6) return false;
  if (std::count(b.text.begin(), b.text.end(), ',') == 1 || IsLabelledName(b)) return true;
  if (b.words > 4 || i + 1 >= static_cast<int>(blocks.size())) return false;
  const BlockInfo& next = blocks[i + 1];
  return IsDateLine(next) || (next.words == 1 && next.digits == 0 && !next.terminal);
}

// The headline-like line closest above `from` (down to `stop`), -1 if none.
// A name line is passed over for a longer headline-like line up to
// kNameLineReach blocks above it (a summary sentence may stand between);
// with skip_names, a name line without one is never the headline.
int FindHeadlineAbove(const std::vector<BlockInfo>& blocks, int from, int stop, const Lexicon& lex,
                      bool bengali_page, bool skip_names) {
  constexpr int kNameLineReach = 3;
  for (int i = from; i >= stop; --i) {
    if (!IsHeadlineLike(blocks[i], lex, bengali_page) || IsContactLine(blocks[i])) continue;
    if (MayBeNameLine(blocks, i)) {
      for (int j = i - 1; j >= std::max(stop, i - kNameLineReach); --j) {
        if (IsHeadlineLike(blocks[j], lex, bengali_page) && !IsContactLine(blocks[j]) &&
            blocks[j].letters > blocks[i].letters) {
          return j;
        }
      }
      if (skip_names) continue;
    }
    return i;
  }
  return -1;
}

bool NextToDateLine(const std::vector<BlockInfo>& blocks, int i) {
  auto date_line = [&](int j) {
    return j >= 0 && j < static_cast<int>(blocks.size()) && blocks[j].meta_line && !blocks[j].dates.empty();
  };
  return date_line(i - 1) || date_line(i + 1);
}

struct Breadcrumb {
  int block = -1;
  std::string key;        // FoldKey of the crumb after the home word
  std::string_view rest;  // text after the home word and separators
  std::optional<std::string> section;
  std::string_view after_section;  // text after the section name
};

bool IsCrumbSeparator(char32_t c) {
  return c == ' ' || c == '/' || c == '>' || c == '|' || c == ':' || c == '-' || c == 0x00BB || c == 0x203A ||
         c == 0x2192;
}

std::string_view SkipCrumbSeparators(std::string_view s) {
  while (!s.empty()) {
    text::Decoded d = text::DecodeUtf8(s, 0);
    if (!IsCrumbSeparator(d.cp)) break;
    s.remove_prefix(d.len);
  }
  return s;
}

// "Homeআন্তর্জাতিক<headline>", "প্রচ্ছদ » আন্তর্জাতিক": a line that starts with a
// home word glued to non-Latin text or followed by a separator.
std::optional<Breadcrumb> ParseBreadcrumb(const BlockInfo& b, int index, const Lexicon& lex) {
  // "Home | A | B | C" is the site menu, not a trail.
  if (std::count(b.text.begin(), b.text.end(), '|') >= 2) return std::nullopt;
  for (const std::string& home : lex.home_words) {
    if (!b.light.starts_with(home) || b.light.size() == home.size()) continue;
    text::Decoded next = text::DecodeUtf8(b.light, home.size());
    if (next.cp < 0x80 && !IsCrumbSeparator(next.cp)) continue;  // "Homework", "Home Minister"
    if (next.cp == ' ') {
      // "Home › X" is a breadcrumb; "প্রচ্ছদ জাতীয় রাজনীতি ..." is a menu.
      std::string_view after = std::string_view(b.light).substr(home.size() + 1);
      if (after.empty() || after[0] == ' ' || !IsCrumbSeparator(text::DecodeUtf8(after, 0).cp)) continue;
    }
    std::vector<uint32_t> origin;
    std::string light = FoldLightMapped(b.text, &origin);
    Breadcrumb crumb;
    crumb.block = index;
    crumb.rest = SkipCrumbSeparators(b.text.substr(origin[home.size()]));
    if (crumb.rest.empty()) continue;
    crumb.key = FoldKey(crumb.rest);
    size_t best = 0;
    for (const auto& [key, name] : lex.sections) {
      if (key.size() > best && crumb.key.starts_with(key)) {
        best = key.size();
        crumb.section = name;
      }
    }
    if (crumb.section) {
      crumb.after_section =
          SkipCrumbSeparators(crumb.rest.substr(OriginalBytesForKeyPrefix(crumb.rest, best)));
    } else if (next.cp < 0x80) {
      // "Home › X › ...": with separators printed, the first item is the
      // section whether or not sections.txt knows it.
      size_t cut = crumb.rest.size();
      for (std::string_view sep : {"\xE2\x80\xBA", "\xC2\xBB", ">", "/", "|", "\xE2\x86\x92"}) {
        cut = std::min(cut, crumb.rest.find(sep));
      }
      std::string_view first = TrimNonWord(crumb.rest.substr(0, cut));
      const size_t words = SplitWords(first).size();
      if (words >= 1 && words <= 4) {
        crumb.section = std::string(first);
        crumb.after_section =
            cut < crumb.rest.size() ? SkipCrumbSeparators(crumb.rest.substr(cut)) : std::string_view();
      }
    }
    return crumb;
  }
  return std::nullopt;
}

int FindBlockByKey(const std::vector<BlockInfo>& blocks, std::string_view key, int prefer_before) {
  if (key.empty()) return -1;
  int found = -1;
  for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
    if (blocks[i].key != key) continue;
    if (i < prefer_before)
      found = i;  // the copy closest above the body
    else if (found < 0)
      return i;
  }
  return found;
}

bool UsableDate(const DateMention& m) {
  return m.resolved && m.kind == DateMention::Kind::kAbsolute &&
         m.value.precision >= DateTime::Precision::kDay;
}

std::optional<DateTime> ParseHintDate(const std::optional<std::string>& hint, const DateParser& dates,
                                      const DateOptions& options) {
  if (!hint || hint->empty()) return std::nullopt;
  if (auto iso = ParseIsoDateTime(*hint); iso.ok()) return *iso;
  if (auto parsed = dates.Parse(*hint, options); parsed.ok()) return *parsed;
  return std::nullopt;
}

// Cuts a byline candidate at a '|' or at its first date.
std::string_view BylinePart(const BlockInfo& b) {
  std::string_view t = b.text;
  if (!b.dates.empty()) t = t.substr(0, b.dates.front().begin);
  if (size_t bar = t.find('|'); bar != std::string_view::npos) t = t.substr(0, bar);
  // Trailing separators ("·", "-") go; a label's colon stays for MatchByline.
  while (!t.empty()) {
    size_t len = 0;
    char32_t c = text::DecodeLastUtf8(t, t.size(), &len);
    if (IsLetterLike(c) || DigitValue(c) >= 0 || c == ':' || c == 0x0983) break;
    t.remove_suffix(len);
  }
  return t;
}

// A cheap filter before MatchByline: the first or last word is a byline word,
// or the line holds a date or a '|' after which the byline may end.
bool MayBeByline(const BlockInfo& b, const Lexicon& lex) {
  if (!b.dates.empty() || b.text.find('|') != std::string_view::npos) return true;
  std::string_view light = TrimNonWord(b.light);
  std::string_view first = TrimNonWord(light.substr(0, light.find(' ')));
  size_t space = light.rfind(' ');
  std::string_view last = TrimNonWord(space == std::string_view::npos ? light : light.substr(space + 1));
  if (Contains(lex.by_words, first) || Contains(lex.desk_words, last)) return true;
  for (const std::string& label : lex.by_words) {
    // A two-word label at the start ("posted by ...").
    if (label.find(' ') != std::string::npos && light.starts_with(label) && light.size() > label.size() &&
        (light[label.size()] == ' ' || light[label.size()] == ':')) {
      return true;
    }
  }
  for (const std::string& role : lex.role_words) {
    if (last.ends_with(role)) return true;
  }
  // "<name>, <place> প্রতিনিধি" is caught above; "নিজস্ব প্রতিবেদক, সিলেট" here.
  if (light.find(',') == std::string_view::npos) return false;
  for (const std::string& role : lex.role_words) {
    size_t pos = FindFast(light, role);
    if (pos != std::string_view::npos && light.substr(pos + role.size()).starts_with(",")) return true;
  }
  return false;
}

// Byte ranges of `s` around its digits (kWindowBytes either side, widened to
// spaces), merged where they overlap.
std::vector<std::pair<size_t, size_t>> DigitWindows(std::string_view s) {
  constexpr size_t kWindowBytes = 72;
  std::vector<std::pair<size_t, size_t>> windows;
  for (size_t i = 0; i < s.size(); ++i) {
    // ASCII digits, and Bengali digits U+09E6..U+09EF (E0 A7 A6..AF).
    const auto c = static_cast<unsigned char>(s[i]);
    const bool digit =
        (c >= '0' && c <= '9') ||
        (c == 0xE0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA7 &&
         static_cast<unsigned char>(s[i + 2]) >= 0xA6 && static_cast<unsigned char>(s[i + 2]) <= 0xAF);
    if (!digit) continue;
    size_t begin = i > kWindowBytes ? i - kWindowBytes : 0;
    while (begin > 0 && s[begin - 1] != ' ') --begin;
    size_t end = std::min(s.size(), i + kWindowBytes);
    while (end < s.size() && s[end] != ' ') ++end;
    if (!windows.empty() && begin <= windows.back().second) {
      windows.back().second = std::max(windows.back().second, end);
    } else {
      windows.emplace_back(begin, end);
    }
  }
  return windows;
}

// A word without its case ending: "রয়টার্সের" -> "রয়টার্স", "এএফপির" ->
// "এএফপি". A lone "র" is an ending only after a vowel sign.
std::string_view StripCaseSuffix(std::string_view word, const Lexicon& lex) {
  if (word.empty() || !lex.suffix_last_bytes[static_cast<unsigned char>(word.back())]) return word;
  for (const std::string& suffix : lex.case_suffixes) {
    if (word.size() <= suffix.size() + 3 || !word.ends_with(suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (suffix == "\xE0\xA6\xB0") {  // র
      size_t len = 0;
      char32_t last = text::DecodeLastUtf8(stem, stem.size(), &len);
      if (!text::IsBengaliMark(last)) continue;
    }
    return stem;
  }
  return word;
}

// A name as printed with the case ending of its last word removed.
std::string BaseForm(std::string_view name, const Lexicon& lex) {
  std::vector<std::string_view> words = SplitWords(name);
  if (words.empty()) return std::string();
  std::string last(words.back());
  // The suffix list is in folded form; the printed word may differ only in
  // nukta and case, which never occur inside an ending.
  std::string folded = FoldLight(last);
  std::string_view stem = StripCaseSuffix(folded, lex);
  const size_t cut = folded.size() - stem.size();
  if (cut > 0 && cut < last.size()) last.resize(last.size() - cut);
  words.pop_back();
  std::string out = Join(words, 0, words.size());
  if (!out.empty()) out += ' ';
  out += TrimNonWord(last);
  return out;
}

// A short line of a byline block as a byline part: the text before a '|'
// without e-mail addresses, and after a short label and colon
// ("গ্রন্থনা: <name>" -> "<name>"). Empty when the line is not name-like.
std::string NamePart(const BlockInfo& b) {
  if (b.phrase != PhraseKind::kNone || b.digits > 0 || b.terminal || b.source_line || b.words > 12) return {};
  std::string_view t = b.text;
  if (size_t bar = t.find('|'); bar != std::string_view::npos) t = t.substr(0, bar);
  if (size_t colon = t.find(':'); colon != std::string_view::npos) {
    const size_t label_words = SplitWords(t.substr(0, colon)).size();
    if (label_words > 2) return {};
    t = t.substr(colon + 1);
  }
  std::vector<std::string_view> words;
  for (std::string_view w : SplitWords(t)) {
    if (w.find('@') != std::string_view::npos) continue;
    // A name in Latin letters is capitalized; "Posted on" is a label.
    if (IsLatinWord(w) && !IsCapitalizedLatin(w)) return {};
    words.push_back(w);
  }
  if (words.empty() || words.size() > 6) return {};
  return std::string(TrimNonWord(Join(words, 0, words.size())));
}

// The byline block: the one or two short lines between the headline and its
// date line (or the article text), "<name>" and "<place>" on lines of their
// own joined as "<name>, <place>".
std::optional<BylineMatch> BylineBlock(const std::vector<BlockInfo>& blocks, int title_block, int body,
                                       const Lexicon& lex) {
  const int n = static_cast<int>(blocks.size());
  std::vector<std::string> parts;
  int i = title_block + 1;
  for (; i < n && i < title_block + 4 && i != body && !IsDateLine(blocks[i]); ++i) {
    std::string part = NamePart(blocks[i]);
    if (part.empty() || parts.size() == 2) return std::nullopt;
    parts.push_back(std::move(part));
  }
  if (i >= n || (i != body && !IsDateLine(blocks[i]))) return std::nullopt;
  auto name_place = [](std::string_view part) {
    const size_t comma = part.find(',');
    return comma != std::string_view::npos && part.find(',', comma + 1) == std::string_view::npos &&
           SplitWords(part.substr(0, comma)).size() <= 4 && SplitWords(part).size() <= 6;
  };
  if (parts.empty()) {
    // "<name>, <place> | <date>" on the date line itself.
    if (i == body) return std::nullopt;
    std::string_view head = BylinePart(blocks[i]);
    // The byline ends at a separator before the date's label ("· প্রকাশ:").
    for (std::string_view sep : {"\xC2\xB7", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      head = head.substr(0, std::min(head.size(), head.find(sep)));
    }
    std::string part(TrimNonWord(head));
    if (part.empty() || blocks[i].dates.front().begin == 0) return std::nullopt;
    if (auto m = MatchByline(part, lex)) return m;
    if (name_place(part)) return BylineMatch{part, "", false};
    return std::nullopt;
  }
  if (parts.size() == 1) {
    const size_t words = SplitWords(parts[0]).size();
    if (words < 2) return std::nullopt;
    if (auto m = MatchByline(parts[0], lex)) return m;
    // Otherwise a name: "<name>, <place>", or a short name right above the
    // date line (a short caption above the text is no byline).
    if (!name_place(parts[0]) && !(i != body && words <= 4)) return std::nullopt;
    return BylineMatch{parts[0], "", false};
  }
  if (SplitWords(parts[0]).size() < 2 || SplitWords(parts[1]).size() > 2 ||
      parts[0].find(',') != std::string::npos) {
    return std::nullopt;
  }
  return BylineMatch{parts[0] + ", " + parts[1], "", false};
}

}  // namespace

std::optional<BylineMatch> MatchByline(std::string_view text, const Lexicon& lex) {
  std::vector<std::string_view> words = SplitWords(text);
  if (words.size() < 2 || words.size() > kMaxBylineWords + 6) return std::nullopt;
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (std::string_view w : words) folded.push_back(FoldLight(TrimNonWord(w)));

  // A two-word label ("Posted by", "সাক্ষাৎকার নিয়েছেন:") before the name.
  if (words.size() >= 3 && Contains(lex.by_words, folded[0] + " " + folded[1])) {
    const bool labelled2 = words[1].ends_with(":") || words[1].ends_with("\xE0\xA6\x83");
    std::string_view name =
        TrimNonWord(std::string_view(words[2].data(), text.data() + text.size() - words[2].data()));
    if (!name.empty() && words.size() <= (labelled2 ? 17u : 8u))
      return BylineMatch{std::string(name), "", false};
  }
  const bool labelled = words[0].ends_with(":") || words[0].ends_with("\xE0\xA6\x83");  // "লেখক:"
  if (Contains(lex.by_words, folded[0]) && words.size() <= (labelled ? 16u : 7u)) {
    std::string_view first = words[0];
    std::string rest = Join(words, 1, words.size());
    std::string_view name = TrimNonWord(rest);
    // "By" must be written as a word of its own: "By Name", "লিখেছেন: নাম".
    if (!name.empty() && TrimNonWord(first).size() + 1 >= first.size())
      return BylineMatch{std::string(name), "", false};
  }
  if (words.size() > kMaxBylineWords) return std::nullopt;
  const size_t n = words.size();
  // What may follow the byline word on the line: nothing, ", <place>" (one
  // or two words), or a label ending in ':' ("প্রকাশ:") before a date.
  auto tail_end = [&](size_t k) -> size_t {
    const size_t rest = n - 1 - k;
    if (rest == 0) return n;
    if (words[k].ends_with(",") && rest <= 2) return n;
    if (rest == 1 && (words[n - 1].ends_with(":") || words[n - 1].ends_with("\xE0\xA6\x83"))) return k + 1;
    return 0;
  };
  for (size_t k = 1; k < n; ++k) {
    if (!Contains(lex.desk_words, folded[k])) continue;
    const size_t end = tail_end(k);
    if (end == 0) break;
    const bool latin = IsLatinWord(words[k]);
    size_t j = k;
    while (j > 0 && k - (j - 1) <= 3 && IsLatinWord(words[j - 1]) == latin) --j;
    return BylineMatch{std::string(TrimNonWord(Join(words, j, end))), Join(words, 0, j), true};
  }
  if (n <= 8) {
    for (size_t k = 1; k < n; ++k) {
      bool role_word = false;
      for (const std::string& role : lex.role_words) {
        role_word |= folded[k] == role || (folded[k].ends_with(role) && folded[k].size() <= role.size() + 3);
      }
      if (!role_word) continue;
      const size_t end = tail_end(k);
      if (end == 0) break;
      return BylineMatch{std::string(TrimNonWord(Join(words, 0, end))), "", false};
    }
  }
  return std::nullopt;
}

void MarkMetaLines(std::vector<BlockInfo>& blocks, int from, int to, const Lexicon& lex,
                   const DateParser* dates, const DateOptions& page_options) {
  // Relative and year-less dates ("৩ ঘণ্টা আগে") are only found against a
  // reference; to recognise date lines any day will do, as only absolute
  // dates are ever taken from them (UsableDate).
  DateOptions options = page_options;
  if (!options.reference) options.reference = CivilDate{2000, 1, 1};
  for (int i = std::max(0, from); i < std::min(to, static_cast<int>(blocks.size())); ++i) {
    BlockInfo& b = blocks[i];
    if (b.block->tag == BlockTag::kTime) b.meta_line = true;
    if (b.phrase != PhraseKind::kNone || b.text.size() > kShortBlockBytes) continue;
    // A date line names a year or a time (three digits or more), or is short
    // ("আপডেট: ৩ ঘণ্টা আগে"); it never ends with a danda.
    if (dates != nullptr && (b.digits >= 3 || (b.digits > 0 && b.text.size() <= 100)) && !b.number_only &&
        !b.danda_terminal) {
      b.dates = dates->FindAll(b.text, options);
      if (!b.dates.empty() && LettersOutside(b.text, b.dates) <= kDateLineOtherLetters) {
        b.meta_line = true;
      }
    }
    if (!b.danda_terminal && b.words <= static_cast<int>(kMaxBylineWords) + 8 && MayBeByline(b, lex)) {
      std::string_view part = BylinePart(b);
      if (!part.empty() && MatchByline(part, lex)) b.meta_line = b.byline_line = true;
    }
    if (SectionLabelValue(b, lex)) b.meta_line = true;
  }
}

std::string StripTitleSuffix(std::string_view title) {
  std::string_view t = title;
  for (std::string_view sep :
       {" | ", " || ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "}) {
    size_t pos = t.rfind(sep);
    if (pos == std::string_view::npos || pos == 0) continue;
    std::string_view tail = t.substr(pos + sep.size());
    if (SplitWords(tail).size() <= 5 && SplitWords(t.substr(0, pos)).size() >= 2) {
      t = t.substr(0, pos);
      break;
    }
  }
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return std::string(t);
}

TitleChoice FindTitle(const std::vector<BlockInfo>& blocks, const Page& page, const Lexicon& lex,
                      int body_begin) {
  TitleChoice choice;
  const int n = static_cast<int>(blocks.size());
  const PageHints& hints = page.hints;
  int bengali = 0, latin = 0;
  for (const BlockInfo& b : blocks) {
    bengali += b.bengali_letters;
    latin += b.latin_letters;
  }
  const bool bengali_page = bengali > latin;

  // A breadcrumb at the top gives the section and often the headline glued on.
  std::optional<Breadcrumb> crumb;
  for (int i = 0; i < std::min(n, body_begin); ++i) {
    if (blocks[i].text.size() > kShortBlockBytes * 2) continue;
    crumb = ParseBreadcrumb(blocks[i], i, lex);
    if (crumb) break;
  }
  if (crumb) choice.breadcrumb_section = crumb->section;

  if (page.from_html) {
    int h1 = -1;
    for (int i = 0; i < n; ++i) {
      if (blocks[i].block->tag != BlockTag::kH1 || blocks[i].words < 2) continue;
      if (h1 < 0 || (blocks[i].block->in_article && !blocks[h1].block->in_article)) h1 = i;
    }
    std::optional<std::string> meta;
    if (hints.og_title)
      meta = StripTitleSuffix(*hints.og_title);
    else if (hints.title)
      meta = StripTitleSuffix(*hints.title);
    if (meta && FoldKey(*meta).empty()) meta.reset();
    if (h1 >= 0) {
      // An <h1> that is a logo, not the headline, shares nothing with the metadata title.
      const std::string meta_key = meta ? FoldKey(*meta) : std::string();
      const bool related = !meta || meta_key.find(blocks[h1].key) != std::string::npos ||
                           blocks[h1].key.find(meta_key) != std::string::npos || blocks[h1].words >= 4;
      if (related) {
        choice.title = std::string(blocks[h1].text);
        choice.block = h1;
        return choice;
      }
    }
    if (meta) {
      choice.title = *meta;
      choice.block = FindBlockByKey(blocks, FoldKey(*meta), body_begin);
      return choice;
    }
  } else if (hints.og_title && !FoldKey(*hints.og_title).empty()) {
    choice.title = *hints.og_title;  // a JSON Lines title, used as is
    choice.block = FindBlockByKey(blocks, FoldKey(*choice.title), body_begin);
    return choice;
  }

  // A later line that is the tail of a glued breadcrumb is the headline.
  if (crumb) {
    for (int j = crumb->block + 1; j < std::min(n, crumb->block + 8); ++j) {
      const std::string& key = blocks[j].key;
      if (key.size() < 8 || !crumb->key.ends_with(key) || !IsHeadlineLike(blocks[j], lex, bengali_page))
        continue;
      choice.title = std::string(blocks[j].text);
      choice.block = j;
      if (!choice.breadcrumb_section) {
        auto it = lex.sections.find(crumb->key.substr(0, crumb->key.size() - key.size()));
        if (it != lex.sections.end()) choice.breadcrumb_section = it->second;
      }
      return choice;
    }
  }

  // The headline-like line closest above the article text; when a date line
  // or byline stands between them, the closest one above that line (a
  // caption or a page instruction may sit between it and the text).
  const int from = body_begin < n ? body_begin - 1 : std::min(n, kTitleSearch) - 1;
  const int lo = body_begin < n ? std::max(0, body_begin - kTitleSearch) : 0;
  if (body_begin < n) {
    int stop = lo;
    if (crumb && crumb->block >= lo && crumb->block <= from) stop = crumb->block + 1;
    // Only a date line or byline close above the text anchors the search:
    // one far above it is the page header's "today" date.
    constexpr int kAnchorGap = 3;  // blocks between the anchor and the text
    int start = from;
    for (int i = from; i >= std::max(stop, from - kAnchorGap); --i) {
      if (IsDateLine(blocks[i]) || blocks[i].byline_line) {
        start = i - 1;
        break;
      }
    }
    // Above the date line only over the byline block (meta lines and short
    // name or place lines): anything else there is page furniture.
    int pick = -1;
    if (start != from) {
      int top = start;
      while (top >= stop && top > start - 4 &&
             (blocks[top].meta_line ||
              (blocks[top].words <= 2 && !IsHeadlineLike(blocks[top], lex, bengali_page)))) {
        --top;
      }
      // A name line there is the byline of a headline printed below the date line.
      if (top >= stop)
        pick = FindHeadlineAbove(blocks, top, std::max(stop, top - 3), lex, bengali_page, true);
      if (pick < 0) pick = FindHeadlineAbove(blocks, from, start + 1, lex, bengali_page, false);
      // An English headline over a Bengali body: only the line right above the
      // byline block, of headline length and outside any list zone.
      constexpr int kMinEnglishHeadlineWords = 4;
      if (pick < 0 && bengali_page && top >= stop && blocks[top].bengali_letters == 0 &&
          !blocks[top].in_list_zone && blocks[top].words >= kMinEnglishHeadlineWords &&
          IsHeadlineLike(blocks[top], lex, false)) {
        pick = top;
      }
    }
    if (pick < 0) pick = FindHeadlineAbove(blocks, from, stop, lex, bengali_page, false);
    if (pick >= 0) {
      choice.title = std::string(blocks[pick].text);
      choice.block = pick;
      return choice;
    }
  } else {
    for (int i = 0; i <= from; ++i) {
      if (crumb && i == crumb->block) continue;
      if (IsHeadlineLike(blocks[i], lex, bengali_page)) {
        choice.title = std::string(blocks[i].text);
        choice.block = i;
        return choice;
      }
    }
  }
  if (crumb && crumb->section && SplitWords(crumb->after_section).size() >= 3) {
    choice.title = std::string(crumb->after_section);
    choice.block = crumb->block;
    return choice;
  }
  if (hints.title) choice.title = StripTitleSuffix(*hints.title);
  return choice;
}

PageDates FindPageDates(const std::vector<BlockInfo>& blocks, int title_block, const Region& region,
                        const PageHints& hints, const DateParser& dates, const DateOptions& options) {
  const int n = static_cast<int>(blocks.size());
  const int anchor = title_block >= 0 ? title_block : (region.empty() ? -1 : region.begin);
  const int zone_begin = std::max(0, (anchor >= 0 ? anchor : 0) - kAboveTitle);
  int zone_end = region.empty() ? std::min(n, (anchor >= 0 ? anchor : 0) + 10) : region.begin;
  if (anchor >= 0 && zone_end <= anchor) zone_end = std::min(n, anchor + 10);
  const int after_begin = region.empty() ? n : region.end;
  const int after_end = std::min(n, after_begin + 3);

  std::optional<DateTime> labelled_published, labelled_updated, unlabelled;
  auto scan_labels = [&](int from, int to) {
    for (int i = from; i < to; ++i) {
      for (const DateMention& m : blocks[i].dates) {
        if (!UsableDate(m)) continue;
        if (m.label == DateMention::Label::kPublished && !labelled_published) labelled_published = m.value;
        if (m.label == DateMention::Label::kUpdated && !labelled_updated) labelled_updated = m.value;
      }
    }
  };
  scan_labels(zone_begin, zone_end);
  scan_labels(after_begin, after_end);
  // A labelled date line below a highlighted lead paragraph stands inside
  // the region's first blocks.
  if (!labelled_published && !labelled_updated && !region.empty()) {
    scan_labels(region.begin, std::min(region.end, region.begin + kLeadBlocks));
  }

  auto first_unlabelled = [&](int i) -> std::optional<DateTime> {
    if (!blocks[i].meta_line || blocks[i].in_list_zone) return std::nullopt;
    for (const DateMention& m : blocks[i].dates) {
      if (UsableDate(m) && m.label == DateMention::Label::kNone) return m.value;
    }
    return std::nullopt;
  };
  if (anchor >= 0) {
    // The date line under the headline.
    for (int i = anchor + 1; i < zone_end && !unlabelled; ++i) unlabelled = first_unlabelled(i);
    // Above the headline only beside a byline: higher up it is the page's "today".
    for (int i = zone_begin; i < anchor && !unlabelled; ++i) {
      const bool beside_byline =
          (i > 0 && blocks[i - 1].byline_line) || (i + 1 < n && blocks[i + 1].byline_line);
      if (beside_byline) unlabelled = first_unlabelled(i);
    }
  } else {
    for (int i = zone_end - 1; i >= zone_begin && !unlabelled; --i) unlabelled = first_unlabelled(i);
  }

  // The metadata times, which refine a printed date of the same day.
  const std::optional<DateTime> hint_published = ParseHintDate(hints.published, dates, options);
  const std::optional<DateTime> hint_modified = ParseHintDate(hints.modified, dates, options);
  auto refine = [](std::optional<DateTime> printed, const std::optional<DateTime>& hint) {
    if (printed && hint && printed->precision == DateTime::Precision::kDay &&
        printed->date() == hint->date() && hint->precision > DateTime::Precision::kDay) {
      return hint;
    }
    return printed ? printed : hint;
  };
  PageDates out;
  out.published = refine(labelled_published ? labelled_published : unlabelled, hint_published);
  out.updated = refine(labelled_updated, hint_modified);
  if (!out.published && out.updated) out.published = out.updated;
  return out;
}

std::optional<DateTime> InferPublishedFromWeekdays(std::string_view body, const DateParser& dates,
                                                   const DateOptions& options) {
  DateOptions raw = options;
  raw.reference.reset();  // keep year-less dates year-less
  // Every date expression holds a digit: parse only windows around digit
  // runs, wide enough for a weekday before the day and a month after it.
  std::vector<DateMention> mentions;
  for (auto [begin, end] : DigitWindows(body)) {
    for (DateMention m : dates.FindAll(body.substr(begin, end - begin), raw)) {
      m.begin += begin;
      m.end += begin;
      mentions.push_back(m);
    }
  }
  struct DayMonth {
    int month, day, weekday;
  };
  std::vector<DayMonth> yearless;
  std::vector<int> years;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const DateMention& m = mentions[k];
    if (m.kind == DateMention::Kind::kAbsolute || m.kind == DateMention::Kind::kMonthYear) {
      years.push_back(m.value.year);
      continue;
    }
    if (m.kind != DateMention::Kind::kYearless) continue;
    if (m.value.month < 1 || m.value.month > 12 || m.value.day < 1 || m.value.day > 31) continue;
    int weekday = m.weekday;
    if (weekday < 0 && k > 0 && mentions[k - 1].kind == DateMention::Kind::kWeekday &&
        mentions[k - 1].end <= m.begin && m.begin - mentions[k - 1].end <= 4) {
      weekday = mentions[k - 1].weekday;  // "বৃহস্পতিবার (১৫ ফেব্রুয়ারি)" read as two mentions
    }
    yearless.push_back({m.value.month, m.value.day, weekday});
  }
  const bool any_weekday =
      std::any_of(yearless.begin(), yearless.end(), [](const DayMonth& d) { return d.weekday >= 0; });
  if (!any_weekday) return std::nullopt;

  const int hi = options.reference ? options.reference->year : 2035;
  const int lo = options.reference ? options.reference->year - 40 : 2000;
  std::vector<int> fits;
  for (int year = lo; year <= hi; ++year) {
    bool ok = true;
    for (const DayMonth& d : yearless) {
      CivilDate c{year, d.month, d.day};
      if (!IsValidGregorian(c) || (d.weekday >= 0 && DayOfWeek(c) != d.weekday) ||
          (d.weekday >= 0 && options.reference && DaysFromCivil(c) > DaysFromCivil(*options.reference))) {
        ok = false;
        break;
      }
    }
    if (ok) fits.push_back(year);
  }
  if (fits.size() > 1) {
    std::vector<int> named;
    for (int y : fits) {
      if (std::find(years.begin(), years.end(), y) != years.end()) named.push_back(y);
    }
    if (named.size() == 1) fits = named;
  }
  if (fits.size() > 1 && options.reference) fits = {fits.back()};
  if (fits.size() != 1) return std::nullopt;

  int64_t latest = INT64_MIN;
  for (const DayMonth& d : yearless) {
    if (d.weekday >= 0) latest = std::max(latest, DaysFromCivil({fits[0], d.month, d.day}));
  }
  CivilDate day = CivilFromDays(latest);
  DateTime out;
  out.year = day.year;
  out.month = day.month;
  out.day = day.day;
  out.precision = DateTime::Precision::kDay;
  return out;
}

std::optional<BylineMatch> FindByline(const std::vector<BlockInfo>& blocks, int title_block,
                                      const Region& region, const Lexicon& lex) {
  const int n = static_cast<int>(blocks.size());
  const int body = region.empty() ? n : region.begin;
  auto try_block = [&](int i) -> std::optional<BylineMatch> {
    if (!blocks[i].byline_line) return std::nullopt;
    return MatchByline(BylinePart(blocks[i]), lex);
  };
  if (title_block >= 0) {
    if (auto m = BylineBlock(blocks, title_block, body, lex)) return m;
    for (int i = title_block + 1; i < std::min(body, title_block + 8); ++i) {
      if (auto m = try_block(i)) return m;
    }
    for (int i = title_block - 1; i >= std::max(0, title_block - kAboveTitle); --i) {
      if (auto m = try_block(i)) return m;
    }
  } else {
    for (int i = body - 1; i >= std::max(0, body - 6); --i) {
      if (auto m = try_block(i)) return m;
    }
  }
  // "<name>, <place>" above a date line printed right above the headline.
  if (title_block >= 2 && IsDateLine(blocks[title_block - 1])) {
    const std::string part = NamePart(blocks[title_block - 2]);
    const size_t comma = part.find(',');
    if (comma != std::string::npos && part.find(',', comma + 1) == std::string::npos &&
        SplitWords(std::string_view(part).substr(0, comma)).size() <= 4) {
      return BylineMatch{part, "", false};
    }
  }
  // A byline below a highlighted lead paragraph.
  if (!region.empty()) {
    for (int i = region.begin; i < std::min(region.end, region.begin + kLeadBlocks); ++i) {
      if (auto m = try_block(i)) return m;
    }
  }
  // An author line closing the article ("লেখক: ..."), the region's last
  // block or just under it.
  if (!region.empty()) {
    for (int i = std::max(region.begin, region.end - 1); i < std::min(n, region.end + 3); ++i) {
      if (auto m = try_block(i)) return m;
    }
  }
  // "<name>, <place>" beside the date line under the headline.
  if (title_block >= 0) {
    for (int i = title_block + 1; i < std::min(body, title_block + 6); ++i) {
      if (LooksLikeNamePlace(blocks[i]) && NextToDateLine(blocks, i)) {
        return BylineMatch{std::string(TrimNonWord(blocks[i].text)), "", false};
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> FindOutlet(const std::vector<BlockInfo>& blocks, const PageHints& hints,
                                      const std::optional<BylineMatch>& byline, int title_block,
                                      const Region& region, const Lexicon& lex) {
  if (hints.site_name && !TrimNonWord(*hints.site_name).empty())
    return std::string(TrimNonWord(*hints.site_name));
  const int n = static_cast<int>(blocks.size());
  const int top_end = std::min(n, std::max(region.empty() ? n : region.begin, title_block + 1));
  const int top_begin = 0;
  // A masthead: before a desk byline, or a line of its own above the article.
  if (byline && !byline->before.empty()) {
    if (auto m = LatinMasthead(byline->before, lex)) return m;
  }
  for (int i = top_begin; i < std::min(top_end, 15); ++i) {
    if (blocks[i].phrase != PhraseKind::kNone && blocks[i].phrase != PhraseKind::kUi) continue;
    if (auto m = LatinMasthead(blocks[i].text, lex)) return m;
  }
  // "<X> ডেস্ক" names the outlet unless X is a generic desk word; the page's
  // own desk name comes before a copyright line's longer legal name.
  if (byline && byline->desk) {
    std::vector<std::string_view> words = SplitWords(byline->byline);
    bool generic = true;
    for (size_t i = 0; i + 1 < words.size(); ++i) generic &= lex.IsGenericDeskWord(FoldKey(words[i]));
    if (!generic) return Join(words, 0, words.size() - 1);
  }
  for (const BlockInfo& b : blocks) {
    if (auto m = CopyrightName(b, lex)) return m;
  }
  for (const BlockInfo& b : blocks) {
    if (auto m = PromptOutlet(b, lex)) return m;
  }
  for (int i = top_begin; i < top_end; ++i) {
    const BlockInfo& b = blocks[i];
    if (b.words <= 5 && b.phrase == PhraseKind::kNone && lex.outlets.count(b.key) > 0)
      return std::string(b.text);
  }
  // A masthead line in Bengali at the top: "দৈনিক <name>".
  for (int i = top_begin; i < std::min(top_end, 15); ++i) {
    const BlockInfo& b = blocks[i];
    if (b.words < 2 || b.words > 5 || b.digits > 0 || b.terminal || b.phrase != PhraseKind::kNone ||
        b.meta_line) {
      continue;
    }
    std::string_view light = b.light;
    if (Contains(lex.masthead_words, light.substr(0, light.find(' '))))
      return std::string(TrimNonWord(b.text));
  }
  return std::nullopt;
}

std::optional<std::string> FindSection(const std::vector<BlockInfo>& blocks, const PageHints& hints,
                                       const TitleChoice& title, const Lexicon& lex) {
  if (hints.section && !TrimNonWord(*hints.section).empty()) return std::string(TrimNonWord(*hints.section));
  for (const BlockInfo& b : blocks) {
    if (!b.meta_line) continue;
    if (auto v = SectionLabelValue(b, lex)) return v;
  }
  if (title.breadcrumb_section) return title.breadcrumb_section;
  if (title.block >= 0) {
    const int n = static_cast<int>(blocks.size());
    auto is_section_line = [&](int i) { return i >= 0 && i < n && lex.sections.contains(blocks[i].key); };
    for (int i = std::max(0, title.block - 3); i < std::min(n, title.block + 3); ++i) {
      // A section word of its own; one in a run of them is a menu.
      if (i == title.block || !is_section_line(i) || is_section_line(i - 1) || is_section_line(i + 1))
        continue;
      return std::string(TrimNonWord(blocks[i].text));
    }
  }
  return std::nullopt;
}

std::vector<std::string> FindSources(const std::vector<const BlockInfo*>& blocks, const Lexicon& lex) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  auto add = [&](std::string_view name) {
    name = TrimNonWord(name);
    if (name.empty() || SplitWords(name).size() > 6) return;
    if (seen.insert(FoldKey(name)).second) out.emplace_back(name);
  };
  std::vector<uint32_t> origin;
  for (const BlockInfo* block : blocks) {
    std::string_view p = block->text;
    const std::string& light = block->light;
    std::vector<std::pair<size_t, std::string>> found;  // (position in light, name)

    // "সূত্র: A, B ও C।"
    for (const std::string& label : lex.source_labels) {
      if (FindFast(light, label) == std::string::npos) continue;
      FoldLightMapped(p, &origin);  // the same fold as block->light, with offsets
      for (size_t pos = FindFast(light, label); pos != std::string::npos;
           pos = FindFast(light, label, pos + 1)) {
        size_t len = 0;
        if (pos > 0 && IsLetterLike(text::DecodeLastUtf8(light, pos, &len))) continue;
        size_t after = pos + label.size();
        while (after < light.size() && light[after] == ' ') ++after;
        if (!IsColon(std::string_view(light).substr(after))) continue;
        after += light[after] == ':' ? 1 : 3;
        size_t end = light.find("\xE0\xA5\xA4", after);  // danda
        for (size_t dot = light.find('.', after); dot != std::string::npos && dot < end;
             dot = light.find('.', dot + 1)) {
          if (dot + 1 == light.size() || light[dot + 1] == ' ') {
            end = dot;
            break;
          }
        }
        if (end == std::string::npos) end = light.size();
        std::string_view value(p.data() + origin[after], origin[end] - origin[after]);
        // Split on , / | ; and joiner words.
        std::string item;
        auto flush = [&]() {
          if (!TrimNonWord(item).empty()) found.emplace_back(pos, std::string(TrimNonWord(item)));
          item.clear();
        };
        for (std::string_view w : SplitWords(value)) {
          if (Contains(lex.joiners, FoldLight(w))) {
            flush();
            continue;
          }
          size_t start = 0;
          for (size_t k = 0; k < w.size(); ++k) {
            if (w[k] == ',' || w[k] == '/' || w[k] == '|' || w[k] == ';') {
              if (!item.empty()) item += ' ';
              item.append(w.substr(start, k - start));
              flush();
              start = k + 1;
            }
          }
          if (start < w.size()) {
            if (!item.empty()) item += ' ';
            item.append(w.substr(start));
          }
        }
        flush();
      }
    }

    // "এই লেখাটি প্রথম প্রকাশিত হয়েছে <X>-এ।": X first ran the article.
    for (const std::string& note : lex.republished_notes) {
      const size_t pos = FindFast(light, note);
      if (pos == std::string::npos) continue;
      size_t after = pos + note.size();
      if (after < light.size() && light[after] != ' ') continue;  // a longer word
      while (after < light.size() && light[after] == ' ') ++after;
      size_t end = std::min(light.find("\xE0\xA5\xA4", after), light.size());  // danda
      if (size_t dot = light.find(". ", after); dot < end) end = dot;
      if (end == light.size() && light.ends_with(".")) --end;
      if (end <= after) continue;
      FoldLightMapped(p, &origin);
      std::string_view value = TrimNonWord(p.substr(origin[after], origin[end] - origin[after]));
      // A locative ending written after a hyphen ("-এ", "-তে") goes.
      std::string name;
      if (size_t hyphen = value.rfind('-'); hyphen != std::string_view::npos && value.size() - hyphen <= 7) {
        name = std::string(TrimNonWord(value.substr(0, hyphen)));
      } else {
        name = BaseForm(value, lex);
      }
      const size_t words = SplitWords(name).size();
      if (words >= 1 && words <= 4) {
        found.emplace_back(pos, std::move(name));
        break;
      }
    }

    // Media named in sentences with a reporting cue.
    bool mapped = false;
    auto original = [&](size_t begin, size_t end) {  // light byte range -> text as printed
      if (!mapped) {
        FoldLightMapped(p, &origin);
        mapped = true;
      }
      return p.substr(origin[begin], origin[end] - origin[begin]);
    };
    // Where the reporting cues are in the block, found once.
    std::vector<size_t> cues;
    for (const std::string& cue : lex.source_cues) {
      for (size_t pos = FindFast(light, cue); pos != std::string::npos; pos = FindFast(light, cue, pos + 1)) {
        cues.push_back(pos);
      }
    }
    if (cues.empty() && found.empty()) continue;
    std::sort(cues.begin(), cues.end());
    std::vector<std::pair<size_t, size_t>> intros;  // (position, length) of introducers
    if (!cues.empty()) {
      for (const std::string& intro : lex.agency_intros) {
        for (size_t pos = FindFast(light, intro); pos != std::string::npos;
             pos = FindFast(light, intro, pos + 1)) {
          intros.emplace_back(pos, intro.size());
        }
      }
    }
    size_t s_begin = cues.empty() ? light.size() : 0;
    while (s_begin < light.size()) {
      // The sentence ends after a danda (E0 A5 A4), '?' or '!'.
      size_t s_end = s_begin;
      while (s_end < light.size()) {
        const char c = light[s_end++];
        if (c == '?' || c == '!' || (c == '\xA4' && s_end >= 3 && light[s_end - 2] == '\xA5')) break;
      }
      const std::string_view sentence = std::string_view(light).substr(s_begin, s_end - s_begin);
      const size_t sentence_at = s_begin;
      s_begin = s_end;
      auto cue = std::lower_bound(cues.begin(), cues.end(), sentence_at);
      if (cue == cues.end() || *cue >= s_end) continue;
      std::vector<std::string_view> runs = LetterRuns(sentence);
      auto at = [&](std::string_view run) { return sentence_at + (run.data() - sentence.data()); };
      for (size_t k = 0; k < runs.size(); ++k) {
        // A listed agency (the longest spelling that matches here).
        if (lex.agency_first[text::DecodeUtf8(runs[k], 0).cp % lex.agency_first.size()]) {
          const std::string* best = nullptr;
          size_t best_words = 0;
          auto try_word = [&](std::string_view word) {
            auto it = lex.agency_index.find(word);
            if (it == lex.agency_index.end()) return;
            for (auto [agency, spelling] : it->second) {
              const auto& words = lex.agencies[agency].spellings[spelling];
              if (words.size() <= best_words || k + words.size() > runs.size()) continue;
              if (words.size() > 1 && word != runs[k]) continue;  // a case ending only on the last word
              bool ok = true;
              for (size_t w = 1; ok && w < words.size(); ++w) {
                std::string_view r = runs[k + w];
                ok = r == words[w] || (w + 1 == words.size() && StripCaseSuffix(r, lex) == words[w]);
              }
              if (ok) {
                best = &lex.agencies[agency].written[spelling];
                best_words = words.size();
              }
            }
          };
          try_word(runs[k]);
          if (std::string_view stem = StripCaseSuffix(runs[k], lex); stem != runs[k]) try_word(stem);
          if (best != nullptr) {
            found.emplace_back(at(runs[k]), *best);
            k += best_words - 1;
            continue;
          }
        }
        // "<X> নিউজ", "<X> পোস্ট": a medium by its last word.
        if (k > 0 && lex.media_first[text::DecodeUtf8(runs[k], 0).cp % lex.media_first.size()] &&
            lex.media_words.contains(StripCaseSuffix(runs[k], lex))) {
          std::string name(original(at(runs[k - 1]), at(runs[k]) + runs[k].size()));
          found.emplace_back(at(runs[k - 1]), BaseForm(name, lex));
        }
      }
      // "বার্তা সংস্থা <X> জানিয়েছে": the words after an introducer, up to the
      // cue or a punctuation mark, at most three.
      for (auto [intro_at, intro_size] : intros) {
        if (intro_at < sentence_at || intro_at >= s_end) continue;
        size_t begin = intro_at - sentence_at + intro_size;
        size_t end = begin;
        while (end < sentence.size()) {
          text::Decoded d = text::DecodeUtf8(sentence, end);
          if (d.cp != ' ' && !IsLetterLike(d.cp) && DigitValue(d.cp) < 0) break;
          bool cue_here = false;
          for (const std::string& cue : lex.source_cues) cue_here |= sentence.substr(end).starts_with(cue);
          if (cue_here) break;
          end += d.len;
        }
        std::vector<std::string_view> words = SplitWords(sentence.substr(begin, end - begin));
        if (words.empty() || words.size() > 3) continue;
        std::string name(
            original(sentence_at + (words.front().data() - sentence.data()),
                     sentence_at + (words.back().data() + words.back().size() - sentence.data())));
        found.emplace_back(sentence_at + begin, BaseForm(name, lex));
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [pos, name] : found) add(name);
  }
  return out;
}

}  // namespace ghotona::page
