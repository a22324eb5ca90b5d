// libFuzzer target for the HTML reader: arbitrary bytes -> DecodeToUtf8 ->
// PageFromHtml with the repository's drop-token data (or the built-in element
// list when the data directory is absent). Traps when an invariant breaks:
// only empty input fails; every block is non-empty, valid UTF-8 and
// whitespace-collapsed, with a link density in [0, 1]; hints are valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "page/encoding.h"
#include "page/html_reader.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const ghotona::page::HtmlReaderConfig& Config() {
  static const ghotona::page::HtmlReaderConfig config = [] {
    auto loaded = ghotona::page::LoadHtmlReaderConfig(GHOTONA_SOURCE_DATA_DIR);
    return loaded.ok() ? *loaded : ghotona::page::HtmlReaderConfig{};
  }();
  return config;
}

void CheckHint(const std::optional<std::string>& hint) {
  if (hint) Check(!hint->empty() && ghotona::text::IsValidUtf8(*hint));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const ghotona::page::Decoded decoded = ghotona::page::DecodeToUtf8(raw);
  auto page = ghotona::page::PageFromHtml(decoded.utf8, Config());
  if (!page.ok()) {
    Check(page.status().message() == "empty HTML document");
    return 0;
  }
  for (const ghotona::page::Block& b : page->blocks) {
    Check(!b.text.empty() && b.text.front() != ' ' && b.text.back() != ' ');
    Check(b.text.find("  ") == std::string::npos);
    Check(ghotona::text::IsValidUtf8(b.text));
    Check(b.link_density >= 0.0f && b.link_density <= 1.0f);
  }
  const ghotona::page::PageHints& h = page->hints;
  for (const auto* hint : {&h.title, &h.og_title, &h.site_name, &h.published, &h.modified, &h.author,
                           &h.section, &h.url, &h.language}) {
    CheckHint(*hint);
  }
  return 0;
}
