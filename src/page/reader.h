// The entry of the page stage: raw input bytes (one file or standard input)
// -> RawDocuments. Decodes to UTF-8 (encoding.h), then detects the format from
// the content, never from a file name: JSON Lines (jsonl_reader.h), an HTML
// page, or else a plain-text dump of a page. Thread-safe; linear time.
#ifndef GHOTONA_PAGE_READER_H_
#define GHOTONA_PAGE_READER_H_

#include <functional>
#include <string_view>

#include "ghotona/pipeline.h"

namespace ghotona::page {

// Calls emit once per document, in input order: once for an HTML page or a
// text dump (origin as given), once per non-blank JSON Lines line (origin
// "<origin>:<line>"), once per page record of a WARC file (warc_reader.h).
// Gzip-compressed input (gzip.h) is decompressed first, up to
// kMaxInflatedInputBytes; a damaged stream adds an error document after the
// documents of the part that decompressed. Input that cannot be read yields
// one document with error set: "empty document" (nothing but whitespace) or
// "binary input, not a text or HTML page".
void ReadDocuments(std::string_view bytes, std::string_view origin,
                   const std::function<void(RawDocument)>& emit);

// True when decoded text is an HTML page or fragment: after whitespace,
// comments and an XML declaration it starts with <!doctype html, <html,
// <head, <body or another common element's start tag, or its first 4 KB hold
// many common tags.
bool LooksLikeHtml(std::string_view utf8);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_READER_H_
