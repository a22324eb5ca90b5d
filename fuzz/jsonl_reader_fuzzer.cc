// libFuzzer target for ReadDocuments (decoding, format detection, JSON Lines
// records): arbitrary bytes -> documents. Traps when an invariant breaks: at
// least one document comes out; each has an origin starting with the input's
// name; an error is never empty; a document without an error has valid UTF-8
// content and hints.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ghotona/pipeline.h"
#include "page/reader.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  size_t count = 0;
  ghotona::page::ReadDocuments(raw, "fuzz", [&](ghotona::RawDocument doc) {
    ++count;
    Check(doc.origin.rfind("fuzz", 0) == 0);
    if (doc.error) {
      Check(!doc.error->empty());
      return;
    }
    Check(ghotona::text::IsValidUtf8(doc.content));
    for (const auto* hint : {&doc.url, &doc.title, &doc.outlet, &doc.date}) {
      if (*hint) Check(ghotona::text::IsValidUtf8(**hint));
    }
  });
  Check(count >= 1);
  return 0;
}
