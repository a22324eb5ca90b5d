// Normalize() in one streaming pass plus ICU only when needed.
//
// The pass (LayerPass) decodes the input, replaces invalid UTF-8 with U+FFFD,
// applies our Bengali layer and typographic clean-up while writing the output,
// and at the same time runs a Unicode NFC quick check on what it writes (NFC
// quick-check property, canonical combining class order, and for "maybe"
// characters an exact test of whether they compose with the preceding
// character). Text that is already NFC, which is almost all web text, is thus
// normalized in a single pass without calling ICU's normalizer. Only when the
// check fails does Normalize start again from the ICU NFC (icu::Normalizer2)
// of the input and run the pass on that, repeating NFC + pass until a fixed
// point, which makes Normalize idempotent and equal to "NFC, then our layer".
//
// The chosen forms (see normalize.h for the full list):
//  - nukta letters are kept in their NFC form, base + U+09BC (the precomposed
//    U+09DC/U+09DD/U+09DF are composition exclusions, so NFC itself
//    decomposes them). The output therefore stays NFC, and re-normalizing it
//    with any NFC implementation (e.g. Python's unicodedata) moves no offsets.
//  - khanda ta is always U+09CE.
//  - ZWJ survives only in ra + ZWJ + virama (the ra-phala/ya-phala form after
//    ra, e.g. "RAB"); ZWNJ in that place becomes ZWJ; all other ZWJ/ZWNJ go.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <array>
#include <cstring>

#include "text/utf8.h"

namespace ghotona::text {

namespace {

// Per-character facts the pass needs, precomputed for U+0000..U+2FFF (the
// ranges news text lives in) and looked up from ICU above that.
struct CharInfo {
  uint8_t ccc;    // canonical combining class
  uint8_t flags;  // kQc* | kSpecial
};
constexpr uint8_t kQcMaybe = 1;
constexpr uint8_t kQcNo = 2;
constexpr uint8_t kSpecial = 4;  // handled by a rule of our layer
constexpr char32_t kTableSize = 0x3000;

// Code points our layer rewrites or removes.
bool IsSpecial(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n';
  if (c >= 0x7F && c <= 0xA0) return true;  // DEL, C1 controls, NBSP
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x061C:  // Arabic letter mark
    case 0x1680:  // Ogham space
    case 0x180E:  // Mongolian vowel separator
    case 0x202F:  // narrow NBSP
    case 0x205F:  // medium mathematical space
    case 0x3000:  // ideographic space
    case 0xFEFF:  // BOM / zero width no-break space
      return true;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200F) return true;  // spaces, ZWSP, ZWNJ, ZWJ, LRM, RLM
  if (c >= 0x2028 && c <= 0x202E) return true;  // line/paragraph separators, bidi embeddings
  if (c >= 0x2060 && c <= 0x206F) return true;  // word joiner, invisible operators, bidi isolates
  // Bengali: nukta letters, and the marks whose doubling we collapse (which
  // include the aa sign of the a + aa rule).
  if (c == 0x09DC || c == 0x09DD || c == 0x09DF) return true;
  return IsBengaliMark(c) && c != 0x0982 && c != 0x0983 && c != 0x09FE;
}

CharInfo ComputeInfo(char32_t c) {
  CharInfo info;
  info.ccc = static_cast<uint8_t>(u_getCombiningClass(static_cast<UChar32>(c)));
  const int qc = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK);
  info.flags = qc == UNORM_NO ? kQcNo : qc == UNORM_MAYBE ? kQcMaybe : 0;
  if (IsSpecial(c)) info.flags |= kSpecial;
  return info;
}

const std::array<CharInfo, kTableSize>& InfoTable() {
  static const auto* table = [] {
    auto* t = new std::array<CharInfo, kTableSize>();
    for (char32_t c = 0; c < kTableSize; ++c) (*t)[c] = ComputeInfo(c);
    return t;
  }();
  return *table;
}

const icu::Normalizer2* Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

// Code points used by the layer rules.
constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;
constexpr char32_t kBnA = 0x0985;   // independent vowel a
constexpr char32_t kBnAa = 0x0986;  // independent vowel aa
constexpr char32_t kBnTa = 0x09A4;  // ta
constexpr char32_t kBnRa = 0x09B0;  // ra
constexpr char32_t kBnNukta = 0x09BC;
constexpr char32_t kBnAaSign = 0x09BE;
constexpr char32_t kBnESign = 0x09C7;
constexpr char32_t kBnVirama = 0x09CD;
constexpr char32_t kBnKhandaTa = 0x09CE;
constexpr char32_t kBnAuLength = 0x09D7;
constexpr char32_t kBnChandrabindu = 0x0981;

// Dependent vowel signs (incl. the au length mark and the vocalic signs).
bool IsVowelSign(char32_t c) {
  return (c >= 0x09BE && c <= 0x09CC && IsBengaliMark(c)) || c == kBnAuLength || c == 0x09E2 || c == 0x09E3;
}

// One streaming pass of the layer with the NFC check. Appends to *out (which
// starts empty) and returns true when the output still needs ICU NFC.
class LayerPass {
 public:
  explicit LayerPass(std::string* out) : out_(out), table_(InfoTable()) {}

  // Characters that stay as they are are not copied one by one: they extend
  // a pending run of input bytes, [run_begin, i), that is appended to the
  // output in one piece before anything else is written.
  bool Run(std::string_view in) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(in.data());
    const size_t n = in.size();
    size_t run_begin = 0;
    auto flush = [&](size_t end) {
      out_->append(in.data() + run_begin, end - run_begin);
      run_begin = end;
    };
    size_t i = 0;
    while (i < n) {
      const unsigned char b0 = bytes[i];
      // Printable ASCII: the run goes on.
      if (b0 >= 0x20 && b0 < 0x7F) {
        if (pending_zwj_) {
          flush(i);
          FlushPendingZwj();
        }
        size_t j = i + 1;
        while (j < n && bytes[j] >= 0x20 && bytes[j] < 0x7F) ++j;
        prev_ = bytes[j - 1];
        prev_ccc_ = 0;
        after_cr_ = false;
        i = j;
        continue;
      }
      char32_t c;
      size_t len;
      // Bengali block (E0 A6 xx / E0 A7 xx): the common case, decoded directly.
      if (b0 == 0xE0 && i + 2 < n && (bytes[i + 1] & 0xFE) == 0xA6 && (bytes[i + 2] & 0xC0) == 0x80) {
        c = 0x0980 + ((bytes[i + 1] & 1) << 6) + (bytes[i + 2] & 0x3F);
        len = 3;
      } else {
        const Decoded d = DecodeUtf8(in, i);
        c = d.cp;
        len = d.len;
        if (!d.valid) {
          flush(i);
          Emit(kReplacementChar, Info(kReplacementChar));
          i += len;
          run_begin = i;
          after_cr_ = false;
          continue;
        }
      }
      const bool after_cr = after_cr_;
      after_cr_ = c == '\r';
      if (c == '\n' && after_cr) {  // CR LF: the CR already became the newline
        flush(i);
        i += len;
        run_begin = i;
        continue;
      }
      if (pending_zwj_ && c != kBnVirama) {
        flush(i);
        FlushPendingZwj();
      }
      const CharInfo info = Info(c);
      // Unchanged: not special, or a Bengali sign that no rule touches here.
      if (!(info.flags & kSpecial) ||
          (c >= 0x0981 && c <= 0x09E3 && c != prev_ && c != 0x09DC && c != 0x09DD && c != 0x09DF &&
           !(c == kBnAaSign && prev_ == kBnA) && !(prev_ == kBnChandrabindu && IsVowelSign(c)))) {
        pending_zwj_ = false;
        Check(c, info);
        prev_ = c;
        prev_ccc_ = info.ccc;
        i += len;
        continue;
      }
      flush(i);
      Special(c, info);
      i += len;
      run_begin = i;
    }
    flush(n);
    FlushPendingZwj();
    return needs_icu_;
  }

 private:
  CharInfo Info(char32_t c) const { return c < kTableSize ? table_[c] : ComputeInfo(c); }

  // A kept ZWJ after ra is only valid before a virama; any other following
  // character (or the end of the text) removes it.
  void FlushPendingZwj() {
    if (!pending_zwj_) return;
    pending_zwj_ = false;
    out_->resize(out_->size() - 3);
    prev_ = kBnRa;
    prev_ccc_ = 0;
  }

  // The NFC quick check of `c` against the character before it.
  void Check(char32_t c, CharInfo info) {
    if (info.flags & kQcNo) {
      needs_icu_ = true;
    } else if (info.ccc != 0) {
      if (prev_ccc_ > info.ccc || (info.flags & kQcMaybe)) needs_icu_ = true;
    } else if (info.flags & kQcMaybe) {
      // A starter that may compose with the preceding starter.
      if (prev_ccc_ == 0 && prev_ != 0) {
        if (c == kBnAaSign || c == kBnAuLength) {
          if (prev_ == kBnESign) needs_icu_ = true;
        } else if (Nfc() == nullptr || Nfc()->composePair(prev_, c) >= 0) {
          needs_icu_ = true;
        }
      }
    }
  }

  void EmitBytes(char32_t c, CharInfo info, const char* bytes, size_t len) {
    if (pending_zwj_ && c != kBnVirama) FlushPendingZwj();
    pending_zwj_ = false;
    Check(c, info);
    out_->append(bytes, len);
    prev_ = c;
    prev_ccc_ = info.ccc;
  }

  void Emit(char32_t c, CharInfo info) {
    char buf[4];
    EmitBytes(c, info, buf, EncodeUtf8(c, buf));
  }

  void EmitAscii(char c) { Emit(static_cast<unsigned char>(c), CharInfo{0, 0}); }

  // The character before the last one written, or 0.
  char32_t SecondLast() const {
    if (out_->empty()) return 0;
    size_t len1;
    DecodeLastUtf8(*out_, out_->size(), &len1);
    if (len1 >= out_->size()) return 0;
    size_t len2;
    return DecodeLastUtf8(*out_, out_->size() - len1, &len2);
  }

  void Special(char32_t c, CharInfo info) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      // Controls go, except that CR, CR LF and NEL become one newline.
      if (c == '\r' || c == 0x85) EmitAscii('\n');
      return;
    }
    switch (c) {
      case 0x00A0:
      case 0x1680:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        EmitAscii(' ');
        return;
      case 0x2028:
      case 0x2029:
        EmitAscii('\n');
        return;
      case kZwj:
      case kZwnj:
        if (c == kZwj && prev_ == kBnVirama && SecondLast() == kBnTa) {
          // ta + virama + ZWJ is khanda ta.
          out_->resize(out_->size() - 6);
          RecomputePrev();
          Emit(kBnKhandaTa, Info(kBnKhandaTa));
        } else if (prev_ == kBnRa) {
          out_->append("\xE2\x80\x8D");
          prev_ = kZwj;
          prev_ccc_ = 0;
          pending_zwj_ = true;
        }
        return;
      case 0x09DC:
      case 0x09DD:
      case 0x09DF: {
        // Nukta letters: NFC form, base consonant + nukta.
        const char32_t base = c == 0x09DC ? 0x09A1 : c == 0x09DD ? 0x09A2 : 0x09AF;
        Emit(base, Info(base));
        Special(kBnNukta, Info(kBnNukta));
        return;
      }
      default:
        break;
    }
    if (c >= 0x2000 && c <= 0x200A) {
      EmitAscii(' ');
      return;
    }
    if (IsBengaliMark(c)) {
      if (prev_ == c) return;  // a doubled sign, virama, nukta or chandrabindu
      if (prev_ == kBnChandrabindu && IsVowelSign(c)) {
        // Chandrabindu typed before the vowel sign ("চঁাদ"): the sign goes first.
        out_->resize(out_->size() - 3);
        RecomputePrev();
        Special(c, info);
        Special(kBnChandrabindu, Info(kBnChandrabindu));
        return;
      }
      if (c == kBnAaSign && prev_ == kBnA) {
        // a + aa sign is written for aa.
        out_->resize(out_->size() - 3);
        RecomputePrev();
        Emit(kBnAa, Info(kBnAa));
        return;
      }
      Emit(c, info);
      return;
    }
    // Everything else flagged special is invisible formatting: removed.
  }

  void RecomputePrev() {
    if (out_->empty()) {
      prev_ = 0;
      prev_ccc_ = 0;
      return;
    }
    size_t len;
    prev_ = DecodeLastUtf8(*out_, out_->size(), &len);
    prev_ccc_ = Info(prev_).ccc;
  }

  std::string* out_;
  const std::array<CharInfo, kTableSize>& table_;
  char32_t prev_ = 0;     // last code point written, 0 at the start
  uint8_t prev_ccc_ = 0;  // its combining class
  bool pending_zwj_ = false;
  bool after_cr_ = false;
  bool needs_icu_ = false;
};

std::string IcuNfc(const std::string& valid_utf8) {
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return valid_utf8;
  std::string result;
  result.reserve(valid_utf8.size() + 16);
  icu::StringByteSink<std::string> sink(&result);
  UErrorCode status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, icu::StringPiece(valid_utf8.data(), static_cast<int32_t>(valid_utf8.size())), sink,
                     nullptr, status);
  if (U_FAILURE(status)) return valid_utf8;
  return result;
}

}  // namespace

std::string Normalize(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 8 + 16);
  if (!LayerPass(&out).Run(utf8)) return out;  // the input was NFC: done in one pass
  // Otherwise the layer is applied to NFC text, as the definition says (the
  // order matters for odd input such as a doubled e sign before an aa sign),
  // until a fixed point. The quick check may flag text that is NFC after all
  // (a combining mark that composes with nothing): ICU's output then passes
  // the layer unchanged, which ends the loop. Each other round shortens the
  // text; four rounds are far more than any real input needs.
  std::string nfc = IcuNfc(MakeValidUtf8(utf8));
  for (int round = 0; round < 4; ++round) {
    out.clear();
    const bool needs_icu = LayerPass(&out).Run(nfc);
    if (!needs_icu || out == nfc) break;
    nfc = IcuNfc(out);
  }
  return out;
}

std::string CollapseWhitespace(std::string_view utf8) {
  // The output is never longer than the input: write into a buffer of the
  // input's size and cut it to length at the end.
  std::string out(utf8.size(), '\0');
  char* const dst_begin = out.data();
  char* dst = dst_begin;
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  size_t run_begin = 0;  // start of the pending run of non-space bytes
  auto flush_run = [&](size_t end) {
    if (run_begin >= end) return;
    if (dst != dst_begin) *dst++ = ' ';
    std::memcpy(dst, utf8.data() + run_begin, end - run_begin);
    dst += end - run_begin;
  };
  size_t i = 0;
  while (i < n) {
    const unsigned char b = bytes[i];
    size_t len = 1;
    bool space;
    if (b < 0x80) {
      space = b == ' ' || (b >= '\t' && b <= '\r');
    } else if (b != 0xC2 && (b < 0xE1 || b > 0xE3) && b != 0xEF) {
      // No non-ASCII whitespace starts with this byte (Bengali starts with E0).
      space = false;
      len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
      // Invalid input: never step over a byte that could start a character.
      for (size_t k = 1; k < len; ++k) {
        if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) {
          len = k;
          break;
        }
      }
    } else {
      const Decoded d = DecodeUtf8(utf8, i);
      len = d.len;
      space = d.valid && IsUnicodeWhitespace(d.cp);
    }
    if (space) {
      flush_run(i);
      run_begin = i + len;
    }
    i += len;
  }
  flush_run(n);
  out.resize(static_cast<size_t>(dst - dst_begin));
  return out;
}

}  // namespace ghotona::text
