// zlib streaming loops behind gzip.h. Input is fed in slices of at most 1 GiB
// (zlib counts in 32-bit unsigned ints) and output grows geometrically up to
// the cap, so time and memory stay linear in the decompressed size.
#include "page/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace ghotona::page {
namespace {

constexpr size_t kMaxSlice = size_t{1} << 30;

enum class Outcome { kEnd, kTruncated, kCorrupt, kTooLarge };

// Runs one zlib stream (already initialised) over `in` from *consumed,
// appending to out. On kEnd, *consumed is just past the stream's end.
Outcome RunStream(z_stream* zs, std::string_view in, size_t* consumed, std::string* out, size_t max_output) {
  for (;;) {
    if (zs->avail_in == 0) {
      size_t left = in.size() - *consumed;
      if (left == 0) return Outcome::kTruncated;
      size_t slice = std::min(left, kMaxSlice);
      zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + *consumed));
      zs->avail_in = static_cast<uInt>(slice);
      *consumed += slice;
    }
    if (out->size() >= max_output) return Outcome::kTooLarge;
    size_t used = out->size();
    size_t room = std::min({std::max<size_t>(used, 64 * 1024), max_output - used, kMaxSlice});
    out->resize(used + room);
    zs->next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs->avail_out = static_cast<uInt>(room);
    int rc = inflate(zs, Z_NO_FLUSH);
    out->resize(used + (room - zs->avail_out));
    if (rc == Z_STREAM_END) {
      *consumed -= zs->avail_in;  // give back what follows the stream
      zs->avail_in = 0;
      return Outcome::kEnd;
    }
    if (rc == Z_BUF_ERROR) {
      // No progress possible: out of input (handled above on the next turn)
      // or out of room (the cap check above).
      if (zs->avail_in == 0) continue;
      if (out->size() >= max_output) return Outcome::kTooLarge;
      return Outcome::kCorrupt;
    }
    if (rc != Z_OK) return Outcome::kCorrupt;
  }
}

std::string ErrorText(Outcome o, const char* kind, size_t max_output) {
  switch (o) {
    case Outcome::kTruncated:
      return std::string("truncated ") + kind + " stream";
    case Outcome::kCorrupt:
      return std::string("corrupt ") + kind + " data";
    case Outcome::kTooLarge:
      return std::string(kind) + " data larger than " + std::to_string(max_output) + " bytes";
    case Outcome::kEnd:
      break;
  }
  return "";
}

bool AllZero(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '\0'; });
}

// One stream with the given windowBits; returns its outcome.
Outcome InflateOnce(std::string_view bytes, int window_bits, size_t max_output, Inflated* result,
                    size_t* consumed) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, window_bits) != Z_OK) return Outcome::kCorrupt;
  Outcome o = RunStream(&zs, bytes, consumed, &result->bytes, max_output);
  inflateEnd(&zs);
  return o;
}

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Inflated Gunzip(std::string_view bytes, size_t max_output) {
  Inflated result;
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    result.error = "corrupt gzip data";
    return result;
  }
  size_t consumed = 0;
  for (;;) {
    Outcome o = RunStream(&zs, bytes, &consumed, &result.bytes, max_output);
    if (o != Outcome::kEnd) {
      result.error = ErrorText(o, "gzip", max_output);
      break;
    }
    std::string_view rest = bytes.substr(consumed);
    if (rest.empty() || AllZero(rest)) break;  // tape-style zero padding is harmless
    if (!IsGzip(rest)) {
      result.error = "corrupt gzip data";
      break;
    }
    inflateReset(&zs);  // the next member
  }
  inflateEnd(&zs);
  return result;
}

Inflated InflateDeflate(std::string_view bytes, size_t max_output) {
  Inflated result;
  size_t consumed = 0;
  Outcome o = InflateOnce(bytes, MAX_WBITS, max_output, &result, &consumed);
  if (o == Outcome::kCorrupt && result.bytes.empty()) {
    // Not zlib-wrapped: try raw deflate.
    consumed = 0;
    o = InflateOnce(bytes, -MAX_WBITS, max_output, &result, &consumed);
  }
  if (o != Outcome::kEnd) result.error = ErrorText(o, "deflate", max_output);
  return result;
}

}  // namespace ghotona::page
