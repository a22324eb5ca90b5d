// Tokenizer of the date parser (see scanner.h).
#include "time/scanner.h"

namespace ghotona::time {
namespace {

constexpr uint32_t kReplacement = 0xFFFD;
// Words longer than this are never table words; they are not folded or looked up.
constexpr size_t kMaxWordBytes = 96;

// Decodes one code point at s[pos]; *len gets its byte length (1 for an
// invalid byte, which decodes as U+FFFD).
uint32_t Decode(std::string_view s, size_t pos, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = 0;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    *len = 1;
    return kReplacement;
  }
  if (pos + n > s.size()) {
    *len = 1;
    return kReplacement;
  }
  for (int i = 1; i < n; ++i) {
    const unsigned char cc = static_cast<unsigned char>(s[pos + i]);
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return kReplacement;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

bool IsNewline(uint32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C;
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Digit value, or -1.
int DigitValue(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x09E6 && cp <= 0x09EF) return static_cast<int>(cp - 0x09E6);
  return -1;
}

bool IsWordChar(uint32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp >= 0x0980 && cp <= 0x09FF) return !(cp >= 0x09E6 && cp <= 0x09EF);
  return cp == 0x200C || cp == 0x200D;  // ZWNJ, ZWJ inside Bengali words
}

}  // namespace

Scanner::Scanner(const Tables& tables, std::string_view text) : tables_(tables), text_(text) {
  end_token_.begin = end_token_.end = text.size();
}

Token Scanner::At(size_t i) {
  while (!done_ && base_ + buf_.size() <= i) {
    Token t = Next();
    if (t.kind == Token::Kind::kEnd) {
      done_ = true;
      end_token_ = t;
    } else {
      buf_.push_back(t);
    }
  }
  if (i < base_) return end_token_;  // contract violation: answer harmlessly
  return i - base_ < buf_.size() ? buf_[i - base_] : end_token_;
}

void Scanner::Release(size_t i) {
  if (i <= base_) return;
  const size_t drop = std::min(i - base_, buf_.size());
  // Erase in batches so the cost stays amortized linear.
  if (drop >= 64 || drop == buf_.size()) {
    buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(drop));
    base_ += drop;
  }
}

Token Scanner::Next() {
  Token t;
  size_t len = 0;
  while (pos_ < text_.size()) {
    const uint32_t cp = Decode(text_, pos_, &len);
    if (IsNewline(cp)) {
      t.newline_before = true;
      t.space_before = true;
    } else if (IsSpace(cp)) {
      t.space_before = true;
    } else {
      break;
    }
    pos_ += len;
  }
  t.begin = pos_;
  if (pos_ >= text_.size()) {
    t.kind = Token::Kind::kEnd;
    t.end = pos_;
    return t;
  }
  const uint32_t cp = Decode(text_, pos_, &len);
  if (DigitValue(cp) >= 0) {
    t.kind = Token::Kind::kNumber;
    int digits = 0;
    while (pos_ < text_.size()) {
      const uint32_t c = Decode(text_, pos_, &len);
      const int v = DigitValue(c);
      if (v < 0) break;
      if (t.number < 1000000000000LL) t.number = t.number * 10 + v;
      if (digits < 255) ++digits;
      pos_ += len;
    }
    t.digits = static_cast<uint8_t>(digits);
    t.end = pos_;
    // A glued ordinal or hour suffix belongs to the number; any other glued
    // word (১৮:৩০আপডেট) is left for the next token.
    size_t p = pos_;
    while (p < text_.size()) {
      const uint32_t c = Decode(text_, p, &len);
      if (!IsWordChar(c)) break;
      p += len;
    }
    if (p > pos_ && p - pos_ <= kMaxWordBytes) {
      folded_.clear();
      FoldWord(text_.substr(pos_, p - pos_), &folded_);
      const WordInfo* w = tables_.LookupExact(folded_);
      if (w != nullptr && (w->ordinal || w->hour_word != 0)) {
        t.ordinal = w->ordinal;
        t.hour_suffix = static_cast<uint8_t>(w->hour_word);
        pos_ = p;
        t.end = p;
      }
    }
    return t;
  }
  if (IsWordChar(cp)) {
    t.kind = Token::Kind::kWord;
    ScanWord(&t);
    return t;
  }
  t.kind = Token::Kind::kPunct;
  t.punct = (cp == 0x2013 || cp == 0x2014 || cp == 0x2212 || cp == 0x2010 || cp == 0x2011) ? '-' : cp;
  pos_ += len;
  t.end = pos_;
  return t;
}

void Scanner::ScanWord(Token* t) {
  size_t len = 0;
  const size_t start = pos_;
  while (pos_ < text_.size()) {
    const uint32_t c = Decode(text_, pos_, &len);
    if (!IsWordChar(c)) break;
    pos_ += len;
  }
  t->end = pos_;
  const size_t n = pos_ - start;
  if (n > kMaxWordBytes) return;
  if (n == 1) {
    const char c = text_[start];
    t->letter = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  folded_.clear();
  FoldWord(text_.substr(start, n), &folded_);
  t->info = tables_.Lookup(folded_);
  if (t->info == nullptr || !t->info->starts_phrase) return;
  // A two-word spelling: the next word after spaces or a hyphen on the same line.
  size_t p = pos_;
  bool sep = false;
  while (p < text_.size()) {
    const uint32_t c = Decode(text_, p, &len);
    if (!(c == ' ' || c == '-' || c == 0xA0) || sep) break;
    sep = true;
    p += len;
  }
  if (!sep) return;
  const size_t second = p;
  while (p < text_.size()) {
    const uint32_t c = Decode(text_, p, &len);
    if (!IsWordChar(c)) break;
    p += len;
  }
  if (p == second || p - start > 2 * kMaxWordBytes) return;
  folded_.push_back(' ');
  FoldWord(text_.substr(second, p - second), &folded_);
  if (const WordInfo* w = tables_.LookupExact(folded_)) {
    t->info = w;
    pos_ = p;
    t->end = p;
  }
}

}  // namespace ghotona::time
