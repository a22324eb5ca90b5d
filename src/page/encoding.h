// Input decoding: whatever bytes a reader receives become valid UTF-8 before
// any format detection or parsing. Byte-order marks decide first (UTF-8,
// UTF-16LE/BE, UTF-32LE/BE); bytes that are already valid UTF-8 are kept as
// they are; otherwise an HTML <meta> charset declaration in the first 4 KB
// names a legacy encoding that ICU converts; failing that, invalid sequences
// become U+FFFD with a warning. Pure functions, linear time, thread-safe.
#ifndef GHOTONA_PAGE_ENCODING_H_
#define GHOTONA_PAGE_ENCODING_H_

#include <string>
#include <string_view>
#include <vector>

namespace ghotona::page {

struct Decoded {
  std::string utf8;                   // always valid UTF-8, BOM removed
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 replaced"
};

// Decodes arbitrary bytes to UTF-8 (see the file comment for the order of
// evidence). Never fails: undecodable bytes become U+FFFD. declared_charset
// is a charset label from outside the bytes (an HTTP Content-Type header);
// when given, it is tried before any <meta> declaration for bytes that are
// not valid UTF-8.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view declared_charset = {});

// True when the input is evidently not text: a NUL byte or a high share of C0
// control bytes in the first 8 KB. Input with a UTF-16/UTF-32 byte-order mark
// is text (its NUL bytes are part of the encoding).
bool LooksBinary(std::string_view bytes);

// The charset an HTML <meta charset=...> or <meta http-equiv="Content-Type"
// content="...; charset=..."> declares within the first 4 KB, lower-cased;
// empty when none. A byte-level scan: the input need not be decodable.
std::string DeclaredHtmlCharset(std::string_view bytes);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_ENCODING_H_
