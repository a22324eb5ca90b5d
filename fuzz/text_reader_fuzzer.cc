// libFuzzer target for input decoding and the text-dump reader: arbitrary
// bytes -> DecodeToUtf8 -> PageFromText. Traps when an invariant breaks:
// decoded text is valid UTF-8, and every block is non-empty, valid UTF-8,
// whitespace-collapsed (no leading, trailing or doubled space, no newline),
// with a non-negative blank-line count.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "page/encoding.h"
#include "page/text_reader.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  (void)ghotona::page::LooksBinary(raw);
  const ghotona::page::Decoded decoded = ghotona::page::DecodeToUtf8(raw);
  Check(ghotona::text::IsValidUtf8(decoded.utf8));
  const ghotona::page::Page page = ghotona::page::PageFromText(decoded.utf8);
  for (const ghotona::page::Block& b : page.blocks) {
    Check(!b.text.empty() && b.text.front() != ' ' && b.text.back() != ' ');
    Check(b.text.find("  ") == std::string::npos && b.text.find('\n') == std::string::npos);
    Check(ghotona::text::IsValidUtf8(b.text));
    Check(b.blank_lines_before >= 0 && b.tag == ghotona::page::BlockTag::kLine);
  }
  return 0;
}
