// Sentence splitting in one forward scan. Ordinary characters cost a decode
// and a comparison; only at an end mark does the splitter look around (the
// characters that follow, the word before a period).
#include "text/sentences.h"

#include <unicode/uchar.h>

#include <fstream>

#include "text/digits.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona::text {

namespace {

constexpr char32_t kDanda = 0x0964;
constexpr char32_t kDoubleDanda = 0x0965;

bool IsEndMark(char32_t c) { return c == kDanda || c == kDoubleDanda || c == '?' || c == '!' || c == '.'; }

// Closing quotes and brackets that stay with the sentence they follow.
bool IsCloser(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

bool IsMark(char32_t c) {
  if (IsBengaliCodePoint(c)) return IsBengaliMark(c);
  if (c < 0x300) return false;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsBaseLetter(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);
  if (IsBengaliCodePoint(c)) return IsBengaliLetter(c);
  return u_isalpha(static_cast<UChar32>(c)) && !IsMark(c);
}

bool IsWordChar(char32_t c) { return IsBaseLetter(c) || IsMark(c) || c == 0x200C || c == 0x200D; }

void AsciiLower(std::string* s) {
  for (char& ch : *s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
}

// The code point at byte b (0 past the end) and its length.
char32_t At(std::string_view text, size_t b, size_t* len) {
  if (b >= text.size()) {
    *len = 0;
    return 0;
  }
  const unsigned char byte = static_cast<unsigned char>(text[b]);
  if (byte < 0x80) {
    *len = 1;
    return byte;
  }
  const Decoded d = DecodeUtf8(text, b);
  *len = d.len;
  return d.cp;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::vector<std::string>& abbreviations) {
  for (const std::string& raw : abbreviations) {
    std::string entry = CollapseWhitespace(Normalize(raw));
    const bool exception = !entry.empty() && entry[0] == '!';
    if (exception) entry.erase(0, 1);
    if (!entry.empty() && entry.back() == '.') entry.pop_back();
    if (entry.empty()) continue;
    AsciiLower(&entry);
    (exception ? not_abbreviations_ : abbreviations_).insert(std::move(entry));
  }
}

Result<SentenceSplitter> SentenceSplitter::Load(std::string_view data_dir) {
  const std::string path = std::string(data_dir) + "/text/abbreviations.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::vector<std::string> entries;
  std::string line;
  while (std::getline(in, line)) {
    const std::string trimmed = CollapseWhitespace(Normalize(line));
    if (trimmed.empty() || trimmed[0] == '#') continue;
    entries.push_back(trimmed);
  }
  if (in.bad()) return Status::IoError("error reading " + path);
  return SentenceSplitter(entries);
}

bool SentenceSplitter::IsAbbreviation(std::string_view run) const {
  while (!run.empty() && run.front() == '.') run.remove_prefix(1);
  if (run.empty()) return false;
  // The last dotted segment: one base letter with its signs is an initial.
  const size_t last_dot = run.rfind('.');
  const std::string_view last = last_dot == std::string_view::npos ? run : run.substr(last_dot + 1);
  size_t letters = 0;
  for (size_t i = 0; i < last.size();) {
    size_t len;
    const char32_t c = At(last, i, &len);
    letters += IsBaseLetter(c);
    i += len;
  }
  if (letters == 1) {
    if (not_abbreviations_.empty()) return true;
    std::string word(last);
    AsciiLower(&word);
    return not_abbreviations_.count(word) == 0;
  }
  if (abbreviations_.empty()) return false;
  std::string key(run);
  AsciiLower(&key);
  if (abbreviations_.count(key) != 0) return true;
  if (last_dot == std::string_view::npos) return false;
  std::string last_key(last);
  AsciiLower(&last_key);
  return abbreviations_.count(last_key) != 0;
}

std::vector<SentenceSpan> SentenceSplitter::Split(std::string_view text) const {
  std::vector<SentenceSpan> spans;
  spans.reserve(text.size() / 80 + 1);
  bool open = false;         // a sentence has started
  bool only_number = false;  // ...and holds nothing but digits so far
  SentenceSpan current;
  size_t b = 0;  // byte offset of the next character
  size_t k = 0;  // its code point offset
  auto close = [&] {
    if (open) spans.push_back(current);
    open = false;
  };
  // Extends the open sentence over the character at (b, k).
  auto take = [&](size_t len) {
    b += len;
    ++k;
    current.byte_end = b;
    current.cp_end = k;
  };

  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  while (b < n) {
    // Fast path inside a sentence: Bengali-block characters and printable
    // ASCII other than space and end marks change nothing but the end.
    if (open && !only_number) {
      size_t j = b;
      size_t kk = k;
      while (j < n) {
        const unsigned char x = bytes[j];
        if (x == 0xE0 && j + 2 < n && (bytes[j + 1] == 0xA6 || bytes[j + 1] == 0xA7) &&
            (bytes[j + 2] & 0xC0) == 0x80) {
          j += 3;
        } else if (x > 0x20 && x < 0x7F && x != '.' && x != '?' && x != '!') {
          ++j;
        } else {
          break;
        }
        ++kk;
      }
      if (j != b) {
        b = j;
        k = kk;
        current.byte_end = b;
        current.cp_end = k;
        continue;
      }
    }
    size_t len;
    const char32_t c = At(text, b, &len);
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      close();
      b += len;
      ++k;
      continue;
    }
    if (IsUnicodeWhitespace(c)) {
      b += len;
      ++k;
      continue;
    }
    if (!open) {
      open = true;
      only_number = true;
      current.byte_begin = b;
      current.cp_begin = k;
    }
    const size_t mark_b = b;
    take(len);
    if (!IsEndMark(c)) {
      only_number = only_number && DigitValue(c) >= 0;
      continue;
    }
    const bool after_number = only_number;
    only_number = false;

    if (c == '.') {
      size_t next_len;
      char32_t next = At(text, b, &next_len);
      // An ellipsis written as dots never ends a sentence.
      if (next == '.') {
        while (next == '.') {
          take(next_len);
          next = At(text, b, &next_len);
        }
        continue;
      }
      if (after_number) continue;  // "১." numbering a list
      while (IsCloser(next)) {
        take(next_len);
        next = At(text, b, &next_len);
      }
      // Glued to what follows: a number, a domain, "U.S" - not an end.
      if (next != 0 && !IsUnicodeWhitespace(next)) continue;
      // The word, with inner periods, before the period.
      size_t run_b = mark_b;
      for (int steps = 0; run_b > 0 && steps < 32; ++steps) {
        size_t prev_len;
        const char32_t prev = DecodeLastUtf8(text, run_b, &prev_len);
        if (!IsWordChar(prev) && prev != '.') break;
        run_b -= prev_len;
      }
      if (run_b < mark_b && IsAbbreviation(text.substr(run_b, mark_b - run_b))) continue;
      // The next word starting in lower case continues an English sentence.
      size_t look = b;
      size_t look_len;
      char32_t ahead = At(text, look, &look_len);
      while (ahead == ' ' || ahead == '\t') {
        look += look_len;
        ahead = At(text, look, &look_len);
      }
      if (ahead >= 'a' && ahead <= 'z') continue;
      close();
      continue;
    }

    // Danda, double danda, question and exclamation marks: take the marks
    // and closers that follow.
    if ((c == kDanda || c == kDoubleDanda) && after_number) continue;  // "১।" numbering a list
    size_t next_len;
    char32_t next = At(text, b, &next_len);
    while (next != 0 && (IsEndMark(next) || IsCloser(next))) {
      take(next_len);
      next = At(text, b, &next_len);
    }
    if (c == kDanda || c == kDoubleDanda || next == 0 || IsUnicodeWhitespace(next) || IsBengaliLetter(next)) {
      close();
    }
  }
  close();
  return spans;
}

std::vector<SentenceSpan> SplitSentences(std::string_view normalized_utf8) {
  static const SentenceSplitter* generic = new SentenceSplitter();
  return generic->Split(normalized_utf8);
}

}  // namespace ghotona::text
