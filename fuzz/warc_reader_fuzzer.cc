// libFuzzer target for WARC and gzip input through ReadDocuments. The first
// byte picks how the rest is fed: as is; after a WARC/1.0 version line (so the
// record parser is reached often); gzip-compressed with zlib (so decompressed
// WARC records are reached); or behind a bare gzip magic number (damaged gzip
// streams). Traps when an invariant breaks: at least one document comes out;
// each has an origin starting with the input's name; an error is never empty
// and is valid UTF-8; a document without an error has valid UTF-8 content and
// hints and no date hint (WARC-Date is never a publication date).
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ghotona/pipeline.h"
#include "page/reader.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

std::string Gzip(std::string_view text) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    __builtin_trap();
  std::string out(deflateBound(&zs, text.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  zs.avail_in = static_cast<uInt>(text.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  Check(deflate(&zs, Z_FINISH) == Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string input;
  switch (data[0] % 4) {
    case 0:
      input.assign(rest);
      break;
    case 1:
      input = "WARC/1.0\r\n" + std::string(rest);
      break;
    case 2:
      input = Gzip(rest);
      break;
    default:
      input = "\x1f\x8b" + std::string(rest);
      break;
  }
  const bool warc = data[0] % 4 == 1;
  size_t count = 0;
  ghotona::page::ReadDocuments(input, "fuzz", [&](ghotona::RawDocument doc) {
    ++count;
    Check(doc.origin.rfind("fuzz", 0) == 0);
    if (doc.error) {
      Check(!doc.error->empty() && ghotona::text::IsValidUtf8(*doc.error));
      return;
    }
    Check(ghotona::text::IsValidUtf8(doc.content));
    for (const auto* hint : {&doc.url, &doc.title, &doc.outlet, &doc.date}) {
      if (*hint) Check(ghotona::text::IsValidUtf8(**hint));
    }
    if (warc) Check(!doc.date.has_value());
  });
  Check(count >= 1);
  return 0;
}
