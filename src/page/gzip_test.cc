// Tests for gzip.h: multi-member gzip files, damaged streams that keep their
// decompressed prefix, the output cap, and HTTP deflate in both wrappings.
#include "page/gzip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "page/compress_for_tests.h"

namespace ghotona::page {
namespace {

using testutil::Compress;

std::string GzipMember(std::string_view text) { return Compress(text, 16 + MAX_WBITS); }

const std::string kFirst = "প্রথম অংশে নদীর কথা লেখা আছে।\n";
const std::string kSecond = "দ্বিতীয় অংশে বৃষ্টির কথা।\n";

TEST(IsGzip, RecognisesTheMagicNumberOnly) {
  EXPECT_TRUE(IsGzip(GzipMember("x")));
  EXPECT_FALSE(IsGzip("\x1f"));
  EXPECT_FALSE(IsGzip("<html>"));
  EXPECT_FALSE(IsGzip(Compress("x", MAX_WBITS)));
}

TEST(Gunzip, ConcatenatesEveryMember) {
  Inflated out = Gunzip(GzipMember(kFirst) + GzipMember(kSecond) + GzipMember(""), 1 << 20);
  EXPECT_FALSE(out.error.has_value()) << *out.error;
  EXPECT_EQ(out.bytes, kFirst + kSecond);
}

TEST(Gunzip, IgnoresZeroPaddingAfterTheLastMember) {
  Inflated out = Gunzip(GzipMember(kFirst) + std::string(512, '\0'), 1 << 20);
  EXPECT_FALSE(out.error.has_value()) << *out.error;
  EXPECT_EQ(out.bytes, kFirst);
}

TEST(Gunzip, KeepsTheMembersBeforeATruncatedOne) {
  std::string second = GzipMember(kSecond);
  Inflated out = Gunzip(GzipMember(kFirst) + second.substr(0, second.size() - 6), 1 << 20);
  EXPECT_EQ(out.error, "truncated gzip stream");
  EXPECT_EQ(out.bytes.substr(0, kFirst.size()), kFirst);
}

TEST(Gunzip, ReportsCorruptDataAndTrailingGarbage) {
  std::string damaged = GzipMember(kFirst) + GzipMember(kSecond);
  damaged[damaged.size() - 3] ^= 0x55;  // the second member's length trailer
  Inflated out = Gunzip(damaged, 1 << 20);
  EXPECT_EQ(out.error, "corrupt gzip data");
  EXPECT_EQ(out.bytes.substr(0, kFirst.size()), kFirst);

  Inflated trailing = Gunzip(GzipMember(kFirst) + "not gzip", 1 << 20);
  EXPECT_EQ(trailing.error, "corrupt gzip data");
  EXPECT_EQ(trailing.bytes, kFirst);
}

TEST(Gunzip, StopsAtTheOutputCap) {
  // A megabyte of zeros compresses to about a kilobyte: a small zip bomb.
  Inflated out = Gunzip(GzipMember(std::string(1 << 20, '\0')), 4096);
  EXPECT_EQ(out.error, "gzip data larger than 4096 bytes");
  EXPECT_LE(out.bytes.size(), 4096u);
}

TEST(InflateDeflate, ReadsZlibWrappedAndRawDeflate) {
  for (int window_bits : {MAX_WBITS, -MAX_WBITS}) {
    Inflated out = InflateDeflate(Compress(kFirst, window_bits), 1 << 20);
    EXPECT_FALSE(out.error.has_value()) << window_bits << ": " << *out.error;
    EXPECT_EQ(out.bytes, kFirst) << window_bits;
  }
}

TEST(InflateDeflate, ReportsDataThatIsNotDeflate) {
  Inflated out = InflateDeflate("plain words, not compressed", 1 << 20);
  EXPECT_TRUE(out.error.has_value());
  EXPECT_TRUE(out.bytes.empty());
}

}  // namespace
}  // namespace ghotona::page
