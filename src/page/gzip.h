// Decompression of gzip and zlib/deflate data with zlib, for compressed input
// files (.warc.gz, a gzipped page) and HTTP Content-Encoding payloads inside
// WARC records. Output is capped so that a small "zip bomb" cannot exhaust
// memory; damaged input keeps whatever decompressed before the damage. Pure
// functions, linear time, thread-safe.
#ifndef GHOTONA_PAGE_GZIP_H_
#define GHOTONA_PAGE_GZIP_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ghotona::page {

// The cap ReadDocuments applies to a whole gzip-compressed input: 2 GiB of
// decompressed bytes. Larger inputs are cut there with an error.
inline constexpr size_t kMaxInflatedInputBytes = size_t{2} << 30;

struct Inflated {
  std::string bytes;                 // everything decompressed, possibly a prefix
  std::optional<std::string> error;  // set when the stream did not end cleanly
};

// True when bytes start with the gzip magic number 1f 8b.
bool IsGzip(std::string_view bytes);

// Decompresses a gzip file of one or more members (a .warc.gz holds one member
// per record; members are concatenated as gzip(1) does). Errors, each keeping
// the output decompressed so far: "truncated gzip stream" (input ends inside a
// member), "corrupt gzip data" (bad header, checksum or deflate data, or
// trailing bytes that are neither a member nor zero padding), "gzip data
// larger than <max_output> bytes".
Inflated Gunzip(std::string_view bytes, size_t max_output);

// Decompresses an HTTP "deflate" payload: zlib-wrapped as the standard says,
// or raw deflate as some servers send. Errors as for Gunzip, with "deflate" in
// place of "gzip".
Inflated InflateDeflate(std::string_view bytes, size_t max_output);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_GZIP_H_
