// The JSON Lines reader: one input record per line, each an object holding
// one of "html" (a page's HTML), "text" (a whole page as plain text) or "body"
// (clean article text), and optionally "url", "date", "outlet" and "title".
// A line that cannot be read becomes a RawDocument with an error, and reading
// goes on with the next line. Thread-safe; linear in the input size.
#ifndef GHOTONA_PAGE_JSONL_READER_H_
#define GHOTONA_PAGE_JSONL_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "ghotona/pipeline.h"

namespace ghotona::page {

// Reads utf8 as JSON Lines if it is JSON Lines and returns true, or returns
// false without calling emit. It is JSON Lines when the first non-blank line
// starts with '{' and is a record (a JSON object with "html", "text" or
// "body"), or when that line starts with '{' but is broken and the next
// non-blank line is a record. Every non-blank line then yields one document,
// with origin "<origin>:<line number>". A record with several content keys is
// read as html, else text, else body. Hint fields that are not strings are
// ignored.
bool TryReadJsonLines(std::string_view utf8, std::string_view origin,
                      const std::function<void(RawDocument)>& emit);

// Turns one line into a document; on failure the document's error is
// "invalid JSON Lines record: <reason>", or "empty document" when the content
// field holds only whitespace.
RawDocument RecordFromJsonLine(std::string_view line, std::string origin);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_JSONL_READER_H_
