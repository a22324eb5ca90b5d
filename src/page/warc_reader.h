// The WARC reader (ISO 28500, WARC/1.0 and WARC/1.1): a web archive file, as
// crawlers write it, becomes one document per archived HTML or text page.
// Pages come from "response" records holding an HTTP response
// (application/http) and from "resource" records holding the page itself;
// warcinfo, request, metadata, revisit, conversion and continuation records
// are skipped. The input is already decompressed (ReadDocuments gunzips a
// .warc.gz first). Thread-safe; linear time, no recursion.
#ifndef GHOTONA_PAGE_WARC_READER_H_
#define GHOTONA_PAGE_WARC_READER_H_

#include <cstddef>
#include <functional>
#include <string_view>

#include "ghotona/pipeline.h"

namespace ghotona::page {

// The cap on one record's payload after HTTP Content-Encoding is undone:
// 256 MiB, far above any page; a larger payload yields an error document.
inline constexpr size_t kMaxWarcPayloadBytes = size_t{256} << 20;

// What ReadWarc did with the records; skipped records yield no document.
struct WarcStats {
  size_t records = 0;         // records seen, corrupt ones included
  size_t documents = 0;       // documents emitted without an error
  size_t errors = 0;          // documents emitted with an error
  size_t skipped_type = 0;    // not a response or resource record
  size_t skipped_status = 0;  // HTTP status other than 2xx (404, redirects...)
  size_t skipped_media = 0;   // not HTML or text, a binary or empty payload, robots.txt
};

// True when bytes start with a WARC/1.0 or WARC/1.1 version line.
bool LooksLikeWarc(std::string_view bytes);

// Emits one document per page record, in file order, with origin
// "<origin>:record <N>" (N counts every record from 1), url = WARC-Target-URI
// (without <>), format kHtml for text/html and application/xhtml+xml, kTextDump
// for text/plain (kHtml when it evidently holds HTML). The payload is decoded
// to UTF-8 with the HTTP charset ahead of any <meta> one. WARC-Date is the
// crawl time and sets no date hint.
//
// Choices for records that hold no page: a non-2xx HTTP status, a non-text
// media type, a binary or blank payload and robots.txt are skipped silently
// and counted in WarcStats. A media type missing from the headers is sniffed
// (HTML markup counts, nothing else). Damage yields error documents:
// "corrupt WARC record N: <why>" for an unreadable header, after which reading
// resumes at the next line starting "WARC/1."; "truncated WARC record N" when
// the block runs past the end of the input, which ends reading; "corrupt HTTP
// response in WARC record N: <why>" and "unsupported Content-Encoding '<x>' in
// WARC record N" for a page that cannot be recovered. A Content-Encoding or
// chunked body that breaks off keeps what was decoded, with a warning. When
// the file yields no document at all, one error document says so.
WarcStats ReadWarc(std::string_view bytes, std::string_view origin,
                   const std::function<void(RawDocument)>& emit);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_WARC_READER_H_
