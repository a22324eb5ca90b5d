// libFuzzer target for the text layer: Normalize, CollapseWhitespace,
// SplitSentences, Tokenize and DetectLanguage on arbitrary bytes. Traps when
// an invariant breaks: Normalize output is valid UTF-8, NFC, a fixed point,
// and the same when ICU has normalized the input first,
// CollapseWhitespace output has no leading, trailing or doubled space, and
// every sentence and token span is non-empty, ordered and inside the text,
// with code point offsets that agree with the byte offsets.
#include <unicode/normalizer2.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/language.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return *nfc;
}

std::string IcuNfc(const std::string& s) {
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  Nfc().normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, status);
  return out;
}

bool IsNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = Nfc().isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return U_SUCCESS(status) && yes;
}

template <typename Span>
void CheckSpans(std::string_view text, const std::vector<Span>& spans, bool valid_utf8) {
  const size_t cps = ghotona::text::CountCodePoints(text);
  size_t last_byte = 0;
  size_t last_cp = 0;
  for (const Span& s : spans) {
    Check(last_byte <= s.byte_begin && s.byte_begin < s.byte_end && s.byte_end <= text.size());
    Check(last_cp <= s.cp_begin && s.cp_begin < s.cp_end && s.cp_end <= cps);
    last_byte = s.byte_end;
    last_cp = s.cp_end;
  }
  if (!valid_utf8) return;
  const ghotona::text::OffsetMap map(text);
  for (const Span& s : spans) {
    Check(map.ToCodePoint(s.byte_begin) == s.cp_begin && map.ToCodePoint(s.byte_end) == s.cp_end);
    Check(map.ToByte(s.cp_begin) == s.byte_begin && map.ToByte(s.cp_end) == s.byte_end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  const std::string normal = ghotona::text::Normalize(raw);
  Check(ghotona::text::IsValidUtf8(normal));
  Check(ghotona::text::Normalize(normal) == normal);
  Check(IsNfc(normal));
  Check(ghotona::text::Normalize(IcuNfc(ghotona::text::MakeValidUtf8(raw))) == normal);

  const std::string collapsed = ghotona::text::CollapseWhitespace(normal);
  Check(collapsed.empty() || (collapsed.front() != ' ' && collapsed.back() != ' '));
  Check(collapsed.find("  ") == std::string::npos);
  Check(ghotona::text::IsValidUtf8(collapsed));

  CheckSpans(normal, ghotona::text::SplitSentences(normal), true);
  CheckSpans(raw, ghotona::text::SplitSentences(raw), false);
  CheckSpans(normal, ghotona::text::Tokenize(normal), true);
  CheckSpans(raw, ghotona::text::Tokenize(raw), false);

  const std::string language = ghotona::text::DetectLanguage(raw);
  Check(language == "bn" || language == "en" || language == "und");
  return 0;
}
