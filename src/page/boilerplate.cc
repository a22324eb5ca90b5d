// Block features, scores and the article region. The weights below were set
// on hand-made pages and the shared seed pages; what each rewards is said
// beside it.
#include "page/boilerplate.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "page/extractor_text.h"
#include "text/utf8.h"

namespace ghotona::page {
namespace {

// A run of text at least this long (letters) is a paragraph even when it
// does not end like a sentence.
constexpr int kLongRunLetters = 150;
// A textual block this long counts as a real paragraph (it ends a list zone).
constexpr int kParagraphLetters = 80;
// Shorter textual blocks are short article lines ("সূত্র: বিবিসি।").
constexpr int kShortTextLetters = 40;

bool IsReporterTagChar(char32_t c) {
  return c == '/' || c == '(' || c == ')' || c == '-' || c == '.' || c == ' ' || c == '\\';
}

// Desk initials: a few letters joined by slashes, optionally in brackets:
// "/কেএ/", "(কেএ/)", "আরএ/জেআইএম". No digits, at most three words.
bool IsReporterTag(std::string_view t) {
  if (t.empty() || t.size() > 48 || t.find('/') == std::string_view::npos) return false;
  int letters = 0;
  int spaces = 0;
  for (size_t i = 0; i < t.size();) {
    text::Decoded d = text::DecodeUtf8(t, i);
    i += d.len;
    if (IsLetterLike(d.cp)) {
      ++letters;
    } else if (IsReporterTagChar(d.cp)) {
      spaces += d.cp == ' ';
    } else {
      return false;
    }
  }
  return letters >= 2 && spaces <= 2;
}

// "<source label> :" / "<label>ঃ" at the start of a folded block.
bool StartsWithSourceLabel(std::string_view light, const Lexicon& lex) {
  for (const std::string& label : lex.source_labels) {
    if (!light.starts_with(label)) continue;
    std::string_view rest = light.substr(label.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.starts_with(":") || rest.starts_with("\xE0\xA6\x83")) return true;  // ':' or visarga
  }
  return false;
}

// One pass over the block: the light and key folds and the counts.
void Describe(BlockInfo& b) {
  std::string_view t = b.text;
  b.light.reserve(t.size());
  b.key.reserve(t.size());
  bool in_word = false;
  bool word_has_letter = false;
  bool prev_wordish = false;  // previous code point ends a word (letter, digit, closing mark)
  bool pending_dot = false;   // a '.' after a word: a sentence end unless a letter follows
  bool pending_space = false;
  bool only_digits = true;
  // Plain Bengali letters and marks are copied to both folds in runs.
  static const std::array<bool, 128> kPlainBengali = [] {
    std::array<bool, 128> plain{};
    for (char32_t c = 0x0980; c < 0x0A00; ++c) {
      plain[c - 0x0980] = (text::IsBengaliLetter(c) || text::IsBengaliMark(c)) && FoldChar(c) == c;
    }
    return plain;
  }();
  size_t run = std::string_view::npos;  // start of the pending run
  auto flush = [&](size_t upto) {
    if (run == std::string_view::npos) return;
    b.light.append(t.data() + run, upto - run);
    b.key.append(t.data() + run, upto - run);
    run = std::string_view::npos;
  };
  for (size_t i = 0; i < t.size();) {
    const size_t at = i;
    const auto* u = reinterpret_cast<const unsigned char*>(t.data());
    if (u[i] == 0xE0 && i + 2 < t.size() && (u[i + 1] == 0xA6 || u[i + 1] == 0xA7) &&
        (u[i + 2] & 0xC0) == 0x80) {
      const char32_t c = (static_cast<char32_t>(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
      if (kPlainBengali[c - 0x0980]) {
        if (pending_space) {
          flush(at);
          if (!b.light.empty()) b.light += ' ';
          pending_space = false;
        }
        if (run == std::string_view::npos) run = at;
        pending_dot = false;  // a letter follows: not a sentence end
        in_word = word_has_letter = prev_wordish = true;
        only_digits = false;
        ++b.letters;
        ++b.bengali_letters;
        i += 3;
        continue;
      }
    }
    if (u[i] == ' ') {  // the commonest separator, without decoding
      flush(at);
      if (pending_dot) ++b.sentences;
      pending_dot = false;
      if (in_word && word_has_letter) ++b.words;
      in_word = word_has_letter = prev_wordish = false;
      pending_space = true;
      ++i;
      continue;
    }
    flush(at);
    text::Decoded d = text::DecodeUtf8(t, i);
    i += d.len;
    const char32_t c = d.cp;
    const char32_t f = FoldChar(c);
    const bool space = f == ' ';
    const bool letter = IsLetterLike(c);
    const bool digit = !letter && DigitValue(c) >= 0;
    if (f != 0 && !space) {
      if (pending_space && !b.light.empty()) b.light += ' ';
      pending_space = false;
      if (f == c && d.valid) {
        b.light.append(t.data() + at, d.len);
        if (letter || digit) b.key.append(t.data() + at, d.len);
      } else {
        text::AppendUtf8(f, &b.light);
        if (letter || digit) text::AppendUtf8(f, &b.key);
      }
    }
    if (space) pending_space = true;
    if (f == 0) continue;  // joiners and the nukta change nothing else
    if (pending_dot) {
      if (!letter && !digit) ++b.sentences;
      pending_dot = false;
    }
    if (space) {
      if (in_word && word_has_letter) ++b.words;
      in_word = word_has_letter = false;
    } else {
      in_word = true;
      word_has_letter |= letter;
    }
    if (letter) {
      ++b.letters;
      if (text::IsBengaliCodePoint(c))
        ++b.bengali_letters;
      else if (c < 0x80)
        ++b.latin_letters;
    }
    if (digit) ++b.digits;
    if (!digit && !space && c != '.') only_digits = false;
    if (IsTerminator(c)) {
      if (prev_wordish) {
        if (c == '.')
          pending_dot = true;
        else
          ++b.sentences;
      }
      prev_wordish = false;
    } else {
      prev_wordish = letter || digit || IsClosingMark(c);
    }
  }
  flush(t.size());
  if (pending_dot) ++b.sentences;
  if (in_word && word_has_letter) ++b.words;
  b.number_only = only_digits && b.digits > 0 && b.digits <= 4;

  // How the block ends, skipping closing quotes and brackets.
  size_t end = t.size();
  while (end > 0) {
    size_t len = 0;
    char32_t c = text::DecodeLastUtf8(t, end, &len);
    if (c == ' ' || IsClosingMark(c)) {
      end -= len;
      continue;
    }
    b.terminal = IsTerminator(c);
    b.danda_terminal = c == 0x0964 || c == 0x0965;
    b.question_or_exclamation = c == '?' || c == '!';
    break;
  }
}

}  // namespace

std::vector<BlockInfo> AnalyzeBlocks(const Page& page, const Lexicon& lexicon) {
  std::vector<BlockInfo> blocks;
  blocks.reserve(page.blocks.size());
  std::unordered_map<std::string_view, int> first_seen;  // key -> index in blocks
  first_seen.reserve(page.blocks.size() * 2);
  for (const Block& block : page.blocks) {
    BlockInfo b;
    b.block = &block;
    b.text = block.text;
    Describe(b);
    if (b.light.empty()) continue;
    b.phrase = lexicon.Classify(b.key, b.light);
    if (block.tag == BlockTag::kCaption && b.phrase == PhraseKind::kNone) b.phrase = PhraseKind::kCaption;
    b.reporter_tag = IsReporterTag(b.text);
    b.source_line = b.text.size() <= 300 && StartsWithSourceLabel(b.light, lexicon);
    blocks.push_back(std::move(b));
  }
  // Repetition by key (keys live in `blocks`, which no longer reallocates).
  std::vector<int> first_of(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    first_of[i] = static_cast<int>(i);
    if (blocks[i].key.empty()) continue;
    auto [it, inserted] = first_seen.emplace(blocks[i].key, static_cast<int>(i));
    if (!inserted) {
      first_of[i] = it->second;
      blocks[i].first_occurrence = false;
      ++blocks[it->second].occurrences;
    }
  }
  for (size_t i = 0; i < blocks.size(); ++i) blocks[i].occurrences = blocks[first_of[i]].occurrences;
  return blocks;
}

bool IsTextual(const BlockInfo& b) { return b.terminal || b.sentences >= 2; }

void ScoreBlocks(std::vector<BlockInfo>& blocks) {
  bool has_article_container = false;
  for (const BlockInfo& b : blocks) has_article_container |= b.block->in_article;

  bool list_zone = false;
  for (BlockInfo& b : blocks) {
    const int letters = b.letters;
    const bool textual = IsTextual(b);
    const bool paragraph = (textual && letters >= kParagraphLetters) || letters >= kLongRunLetters;
    // A list runs until a paragraph, or a byline (a menu item above a headline
    // is not a list of headlines).
    if (list_zone && (paragraph || b.byline_line)) list_zone = false;
    b.in_list_zone = list_zone;

    double s = 0;
    switch (b.phrase) {
      case PhraseKind::kUi:
        s = -15;
        break;
      case PhraseKind::kList:
        s = -6;
        list_zone = true;
        break;  // cheap: "আরও পড়ুন" boxes sit inside articles
      case PhraseKind::kEnd:
        s = -20;
        break;
      case PhraseKind::kCaption:
        s = -2;
        break;
      case PhraseKind::kAd:
        s = -1;
        break;  // an ad slot between paragraphs does not end the article
      case PhraseKind::kNone:
        s = 0;
        break;
    }
    b.excluded =
        b.phrase != PhraseKind::kNone || letters == 0 || b.reporter_tag || b.number_only || b.meta_line;
    if (b.phrase == PhraseKind::kNone) {
      if (letters == 0) {
        s = b.number_only ? -6 : -1;  // list numbers, separators
      } else if (b.reporter_tag) {
        s = -1;
      } else if (b.meta_line) {
        s = -3;
      } else if (textual && letters >= kShortTextLetters) {
        // Running text: grows with length and with the number of sentences.
        s = 1.5 + std::min(letters, 1500) / 30.0 + std::min(b.sentences, 6);
        // A short single "sentence" ending in ? or ! is usually a headline.
        if (b.question_or_exclamation && b.sentences <= 1 && letters < kParagraphLetters) s = -1;
      } else if (textual) {
        s = 0.5;  // a short article line
      } else if (letters >= kLongRunLetters) {
        s = letters / 60.0;  // a long paragraph that lost its full stop
      } else {
        s = -3;  // a headline-like line: menus, related lists, titles
      }
      // Repetition: a later copy of a text block adds nothing (the article
      // printed twice); repeated short lines are doubled list entries.
      if (b.occurrences > 1) {
        if (textual) {
          if (!b.first_occurrence) {
            s = 0;
            b.excluded = true;
          }
        } else if (letters < kLongRunLetters) {
          s = std::min(s, -5.0);
        }
      }
      if (b.in_list_zone) {
        s = std::min(s, -4.0);
        b.excluded = true;
      }
    }

    // HTML evidence.
    const Block& blk = *b.block;
    const bool unlinked_in_article = blk.in_article && blk.link_density < 0.2f;
    // Subheads and list items inside the article container are article text
    // when they are not links: only mildly negative, so they do not split it.
    if (unlinked_in_article && s < 0 && b.phrase == PhraseKind::kNone && !b.excluded && b.occurrences == 1 &&
        (blk.tag == BlockTag::kHeading || blk.tag == BlockTag::kListItem ||
         blk.tag == BlockTag::kParagraph)) {
      s = -1;
    }
    if (blk.link_density >= 0.5f) {
      s = std::min(s, 0.0) - 2 - 3 * blk.link_density;
    } else if (s > 0) {
      s *= 1.0 - 1.5 * blk.link_density;
    }
    if (has_article_container && !blk.in_article) s = s > 0 ? s * 0.25 - 1 : s - 1;
    if (blk.tag == BlockTag::kListItem && !textual && letters < kLongRunLetters && !unlinked_in_article) {
      s = std::min(s, -3.0);
    }
    if (blk.tag == BlockTag::kH1) {
      s = std::min(s, -3.0);
      b.excluded = true;
    }
    b.score = s;
  }
  // A caption printed on two lines: a short line that is no sentence, then
  // the credit line ("ছবি: <name>"). The first line is caption too.
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    BlockInfo& b = blocks[i];
    if (blocks[i + 1].phrase == PhraseKind::kCaption && b.phrase == PhraseKind::kNone && !IsTextual(b) &&
        b.letters < kParagraphLetters && blocks[i + 1].words <= 5) {
      b.excluded = true;
      b.score = std::min(b.score, -2.0);
    }
  }
}

namespace {

// A table row as a text dump prints it: a short line of cells, not a sentence.
bool IsRowLike(const BlockInfo& b) {
  return b.phrase == PhraseKind::kNone && !b.meta_line && !b.terminal && b.letters > 0 &&
         b.letters < kParagraphLetters && b.words <= 8 && b.occurrences == 1;
}

bool IsArticleParagraph(const BlockInfo& b) {
  return b.score > 0 && IsTextual(b) && b.letters >= kParagraphLetters;
}

}  // namespace

void MarkInlineTables(std::vector<BlockInfo>& blocks) {
  constexpr int kMinRows = 3;  // with figures
  const int n = static_cast<int>(blocks.size());
  auto ends_with_colon = [](const BlockInfo& b) {
    std::string_view t = b.text;
    while (t.ends_with(" ")) t.remove_suffix(1);
    return t.ends_with(":");
  };
  for (int i = 1; i < n; ++i) {
    // The table follows an article paragraph, or a line introducing it
    // ("... ছিল এ রকম:") that follows one.
    const bool intro = i >= 2 && ends_with_colon(blocks[i - 1]) &&
                       blocks[i - 1].phrase == PhraseKind::kNone && !blocks[i - 1].meta_line &&
                       IsArticleParagraph(blocks[i - 2]);
    if (!intro && !IsArticleParagraph(blocks[i - 1])) continue;
    // An optional header row without figures, then rows with figures.
    int j = i;
    if (j < n && IsRowLike(blocks[j]) && blocks[j].digits == 0) ++j;
    int rows = 0;
    while (j < n && IsRowLike(blocks[j]) && blocks[j].digits > 0) {
      ++j;
      ++rows;
    }
    if (rows < kMinRows || j >= n || !IsArticleParagraph(blocks[j])) continue;
    for (int k = intro ? i - 1 : i; k < j; ++k) {
      blocks[k].score = 0.1;
      blocks[k].excluded = false;
      blocks[k].in_list_zone = false;
    }
    i = j;
  }
}

Region FindArticleRegion(const std::vector<BlockInfo>& blocks, int from, int to) {
  Region best;
  double cur = 0;
  int cur_begin = -1;
  for (int i = from; i < to; ++i) {
    const BlockInfo& b = blocks[i];
    if (b.phrase == PhraseKind::kEnd) {  // the article is over: no run crosses this
      cur = 0;
      cur_begin = -1;
      continue;
    }
    if (cur_begin < 0) {
      if (b.score <= 0) continue;
      cur_begin = i;
      cur = 0;
    }
    cur += b.score;
    if (cur > best.sum) best = Region{cur_begin, i + 1, cur};
    if (cur <= 0 || (b.source_line && i > cur_begin)) {
      cur = 0;
      cur_begin = -1;
    }
  }
  return best;
}

Region ExtendRegionBackward(const std::vector<BlockInfo>& blocks, Region region) {
  constexpr int kMaxGap = 4;  // blocks of furniture crossed
  while (!region.empty()) {
    int i = region.begin - 1;
    int gap = 0;
    while (i >= 0 && gap < kMaxGap) {
      const BlockInfo& b = blocks[i];
      const bool furniture = b.phrase == PhraseKind::kList || b.phrase == PhraseKind::kCaption ||
                             b.phrase == PhraseKind::kUi || b.phrase == PhraseKind::kAd || b.in_list_zone;
      if (!furniture) break;
      --i;
      ++gap;
    }
    if (gap == 0 || i < 0) break;
    const BlockInfo& lead = blocks[i];
    if (lead.score <= 0 || lead.excluded || !IsTextual(lead) || lead.letters < kShortTextLetters) break;
    region.begin = i;
    region.sum += lead.score;
    for (int j = i + 1; j < i + 1 + gap; ++j) region.sum += blocks[j].score;
  }
  return region;
}

bool IsBodyBlock(const BlockInfo& b) { return !b.excluded && b.letters > 0; }

std::string_view StripTrailingReporterTag(std::string_view text) {
  size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return text;
  std::string_view tail = text.substr(space + 1);
  if (!IsReporterTag(tail)) return text;
  std::string_view head = text.substr(0, space);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  // Only after a finished sentence, so "A/B" inside a sentence stays.
  size_t len = 0;
  if (head.empty() || !IsTerminator(text::DecodeLastUtf8(head, head.size(), &len))) return text;
  return head;
}

}  // namespace ghotona::page
