// Test helper shared by the gzip, WARC and end-to-end tests: compresses text
// with zlib so tests can build .gz and .warc.gz inputs from strings.
#ifndef GHOTONA_PAGE_COMPRESS_FOR_TESTS_H_
#define GHOTONA_PAGE_COMPRESS_FOR_TESTS_H_

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <string_view>

namespace ghotona::testutil {

// window_bits 16+MAX_WBITS gives a gzip member, MAX_WBITS a zlib stream,
// -MAX_WBITS raw deflate.
inline std::string Compress(std::string_view text, int window_bits) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, text.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  zs.avail_in = static_cast<uInt>(text.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string GzipMember(std::string_view text) { return Compress(text, 16 + MAX_WBITS); }

}  // namespace ghotona::testutil

#endif  // GHOTONA_PAGE_COMPRESS_FOR_TESTS_H_
