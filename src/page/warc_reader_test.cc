// Tests for the WARC reader and for WARC and gzip input through
// ReadDocuments: which records become documents (with url and origin), HTTP
// payload decoding (chunked, gzip, legacy charsets), and damaged files
// (truncated records, truncated gzip, corrupt headers) that must yield error
// documents and never a crash or a hang. WARC files are built here from
// strings; the pages are short Bengali texts written for these tests.
#include "page/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <string>
#include <vector>

#include "page/compress_for_tests.h"
#include "page/reader.h"

namespace ghotona::page {
namespace {

using std::string_literals::operator""s;

const std::string kPage =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>নদীর পাড়ে নতুন সেতু</title></head>"
    "<body><h1>নদীর পাড়ে নতুন সেতু চালু হলো</h1>"
    "<p>গ্রামের মানুষ আজ থেকে নৌকা ছাড়াই নদী পার হতে পারবেন।</p></body></html>";
const std::string kSecondPage =
    "<html><head><title>বইমেলায় ভিড়</title></head><body><p>ছুটির দিনে বইমেলায় পাঠকের ভিড় "
    "ছিল।</p></body></html>";

using testutil::GzipMember;

// One WARC record: version line, WARC-Type, the extra header lines (each
// ending in CRLF), Content-Length, the block and the CRLF CRLF trailer.
std::string Record(std::string_view type, std::string_view extra_headers, std::string_view block) {
  return "WARC/1.0\r\nWARC-Type: " + std::string(type) +
         "\r\nWARC-Date: 2025-02-08T15:50:00Z\r\nWARC-Record-ID: "
         "<urn:uuid:5e0c3c1a-0000-4000-8000-000000000001>\r\n" +
         std::string(extra_headers) + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
         std::string(block) + "\r\n\r\n";
}

std::string HttpResponse(std::string_view status, std::string_view headers, std::string_view body) {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

std::string Response(std::string_view url, std::string_view http) {
  return Record(
      "response",
      "WARC-Target-URI: " + std::string(url) + "\r\nContent-Type: application/http; msgtype=response\r\n",
      http);
}

std::string HtmlResponse(std::string_view url, std::string_view page) {
  return Response(url, HttpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page));
}

const std::string kWarcinfo = Record("warcinfo", "Content-Type: application/warc-fields\r\n",
                                     "software: test-writer\r\nformat: WARC/1.0\r\n");
const std::string kRequest =
    Record("request",
           "WARC-Target-URI: https://news.example/a/1\r\nContent-Type: application/http; msgtype=request\r\n",
           "GET /a/1 HTTP/1.1\r\nHost: news.example\r\n\r\n");

struct Read {
  std::vector<RawDocument> docs;
  WarcStats stats;
};

Read ReadWarcFile(std::string_view bytes) {
  Read r;
  r.stats = ReadWarc(bytes, "crawl.warc", [&](RawDocument d) { r.docs.push_back(std::move(d)); });
  return r;
}

std::vector<RawDocument> ReadAll(std::string_view bytes, std::string_view origin = "crawl.warc") {
  std::vector<RawDocument> docs;
  ReadDocuments(bytes, origin, [&](RawDocument d) { docs.push_back(std::move(d)); });
  return docs;
}

TEST(LooksLikeWarc, NeedsAVersionLineAtTheStart) {
  EXPECT_TRUE(LooksLikeWarc("WARC/1.0\r\nWARC-Type: warcinfo\r\n"));
  EXPECT_TRUE(LooksLikeWarc("WARC/1.1\nWARC-Type: warcinfo\n"));
  EXPECT_FALSE(LooksLikeWarc("WARC/2.0\r\n"));
  EXPECT_FALSE(LooksLikeWarc("WARC/1.01\r\n"));
  EXPECT_FALSE(LooksLikeWarc(" WARC/1.0\r\n"));
  EXPECT_FALSE(LooksLikeWarc("<html>WARC/1.0</html>"));
}

TEST(ReadWarc, EmitsOnlyTheResponsePageOfWarcinfoRequestAndResponse) {
  Read r = ReadWarcFile(kWarcinfo + kRequest + HtmlResponse("<https://news.example/a/1>", kPage));
  ASSERT_EQ(r.docs.size(), 1u);
  const RawDocument& d = r.docs[0];
  EXPECT_FALSE(d.error.has_value()) << *d.error;
  EXPECT_EQ(d.format, InputFormat::kHtml);
  EXPECT_EQ(d.content, kPage);
  EXPECT_EQ(d.url, "https://news.example/a/1");
  EXPECT_EQ(d.origin, "crawl.warc:record 3");
  EXPECT_FALSE(d.date.has_value()) << "WARC-Date is the crawl time, not a publication date";
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(r.stats.records, 3u);
  EXPECT_EQ(r.stats.documents, 1u);
  EXPECT_EQ(r.stats.skipped_type, 2u);
}

TEST(ReadWarc, ReadsResourceRecordsAndWarc11) {
  std::string resource = Record(
      "resource", "WARC-Target-URI: file:///pages/boi.html\r\nContent-Type: text/html\r\n", kSecondPage);
  resource.replace(0, 8, "WARC/1.1");
  Read r = ReadWarcFile(resource);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].content, kSecondPage);
  EXPECT_EQ(r.docs[0].url, "file:///pages/boi.html");
  EXPECT_EQ(r.docs[0].origin, "crawl.warc:record 1");
}

TEST(ReadWarc, ToleratesBareLineFeeds) {
  std::string http = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + kPage;
  std::string warc =
      "WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://news.example/lf\n"
      "Content-Type: application/http\nContent-Length: " +
      std::to_string(http.size()) + "\n\n" + http + "\n\n";
  Read r = ReadWarcFile(warc + warc);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].content, kPage);
  EXPECT_EQ(r.docs[1].origin, "crawl.warc:record 2");
}

TEST(ReadWarc, DecodesChunkedGzipBodies) {
  std::string gz = GzipMember(kPage);
  std::string chunked;
  for (size_t at = 0; at < gz.size(); at += 40) {
    std::string part = gz.substr(at, 40);
    char size[16];
    snprintf(size, sizeof size, "%zx", part.size());
    chunked += std::string(size) + ";ext=1\r\n" + part + "\r\n";
  }
  chunked += "0\r\nX-Trailer: yes\r\n\r\n";
  Read r = ReadWarcFile(Response(
      "https://news.example/gz",
      HttpResponse("200 OK",
                   "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                   chunked)));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_FALSE(r.docs[0].error.has_value()) << *r.docs[0].error;
  EXPECT_EQ(r.docs[0].content, kPage);
  EXPECT_TRUE(r.docs[0].warnings.empty());
}

TEST(ReadWarc, ReadsBodiesStoredDecodedDespiteTheirHeaders) {
  // Some writers store the decoded payload but keep the original headers.
  Read r = ReadWarcFile(Response(
      "https://news.example/plain",
      HttpResponse("200 OK",
                   "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                   kPage)));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].content, kPage);
}

TEST(ReadWarc, KeepsATruncatedChunkedBodyWithAWarning) {
  std::string body = "f\r\n<html><body><p>\r\n40\r\n<p>নদী</p>";
  Read r = ReadWarcFile(
      Response("https://news.example/cut",
               HttpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", body)));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].content, "<html><body><p><p>নদী</p>");
  EXPECT_EQ(r.docs[0].warnings, std::vector<std::string>{"truncated chunked HTTP body"});
}

struct CharsetCase {
  const char* charset;
  std::string bytes;
  std::string utf8;
};

class ReadWarcCharset : public testing::TestWithParam<CharsetCase> {};

TEST_P(ReadWarcCharset, ConvertsThePayloadWithTheHttpCharset) {
  const CharsetCase& c = GetParam();
  std::string page = "<html><body><p>" + c.bytes + "</p></body></html>";
  Read r = ReadWarcFile(Response(
      "https://news.example/legacy",
      HttpResponse("200 OK", "Content-Type: text/html; charset=\"" + std::string(c.charset) + "\"\r\n",
                   page)));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].content, "<html><body><p>" + c.utf8 + "</p></body></html>");
  EXPECT_TRUE(r.docs[0].warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(Charsets, ReadWarcCharset,
                         testing::Values(CharsetCase{"windows-1252", "caf\xe9 \x93quoted\x94",
                                                     "café “quoted”"},
                                         CharsetCase{"KOI8-R", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет"},
                                         CharsetCase{"iso-8859-1", "na\xefve", "naïve"}));

TEST(ReadWarc, PrefersUtf8BytesOverAWrongHttpCharset) {
  Read r = ReadWarcFile(
      Response("https://news.example/u",
               HttpResponse("200 OK", "Content-Type: text/html; charset=windows-1252\r\n", kPage)));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].content, kPage);
}

TEST(ReadWarc, SkipsResponsesWithoutA2xxStatus) {
  Read r = ReadWarcFile(Response("https://news.example/missing",
                                 HttpResponse("404 Not Found", "Content-Type: text/html\r\n", kPage)) +
                        Response("https://news.example/moved",
                                 HttpResponse("301 Moved Permanently", "Location: /a/1\r\n", "")) +
                        HtmlResponse("https://news.example/a/1", kPage));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].origin, "crawl.warc:record 3");
  EXPECT_EQ(r.stats.skipped_status, 2u);
}

struct MediaCase {
  const char* content_type;
  const char* url;
  std::string body;
  bool kept;
  InputFormat format;
};

class ReadWarcMedia : public testing::TestWithParam<MediaCase> {};

TEST_P(ReadWarcMedia, KeepsOnlyHtmlAndTextPages) {
  const MediaCase& c = GetParam();
  std::string headers = *c.content_type ? "Content-Type: " + std::string(c.content_type) + "\r\n" : "";
  Read r = ReadWarcFile(HtmlResponse("https://news.example/a/1", kPage) +
                        Response(c.url, HttpResponse("200 OK", headers, c.body)));
  ASSERT_EQ(r.docs.size(), c.kept ? 2u : 1u);
  if (c.kept) {
    EXPECT_EQ(r.docs[1].format, c.format);
    EXPECT_EQ(r.docs[1].content, c.body);
  } else {
    EXPECT_EQ(r.stats.skipped_media, 1u);
  }
}

INSTANTIATE_TEST_SUITE_P(
    MediaTypes, ReadWarcMedia,
    testing::Values(
        MediaCase{"image/png", "https://news.example/a.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                  false, InputFormat::kHtml},
        MediaCase{"text/css", "https://news.example/s.css", "body { color: red; }", false,
                  InputFormat::kHtml},
        MediaCase{"application/javascript", "https://news.example/a.js", "var a = 1;", false,
                  InputFormat::kHtml},
        MediaCase{"application/json", "https://news.example/api", "{\"a\": 1}", false, InputFormat::kHtml},
        MediaCase{"text/plain", "https://news.example/robots.txt", "User-agent: *\nDisallow:\n", false,
                  InputFormat::kTextDump},
        MediaCase{"text/html", "https://news.example/blank", "  \r\n ", false, InputFormat::kHtml},
        MediaCase{"", "https://news.example/unknown", "শুধু লেখা, কোনো ট্যাগ নেই।", false, InputFormat::kHtml},
        MediaCase{"", "https://news.example/sniffed", kSecondPage, true, InputFormat::kHtml},
        MediaCase{"application/xhtml+xml; charset=utf-8", "https://news.example/x", kSecondPage, true,
                  InputFormat::kHtml},
        MediaCase{"text/plain; charset=utf-8", "https://news.example/t.txt",
                  "বইমেলায় ভিড়\n\nছুটির দিনে পাঠকের ভিড় ছিল।\n", true, InputFormat::kTextDump}));

TEST(ReadWarc, ReportsAFileWithoutPages) {
  Read r = ReadWarcFile(kWarcinfo + kRequest);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].origin, "crawl.warc");
  EXPECT_EQ(r.docs[0].error, "no HTML or text page in the WARC file (2 records)");
}

TEST(ReadWarc, ReportsATruncatedRecordAndStops) {
  std::string second = HtmlResponse("https://news.example/b", kSecondPage);
  Read r = ReadWarcFile(HtmlResponse("https://news.example/a", kPage) + second.substr(0, second.size() - 40));
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].content, kPage);
  EXPECT_EQ(r.docs[1].error, "truncated WARC record 2");
  EXPECT_EQ(r.docs[1].origin, "crawl.warc:record 2");

  Read header_cut = ReadWarcFile("WARC/1.0\r\nWARC-Type: response\r\nContent-Le");
  ASSERT_EQ(header_cut.docs.size(), 1u);
  EXPECT_EQ(header_cut.docs[0].error, "truncated WARC record 1");
}

struct CorruptCase {
  const char* name;
  std::string record;
  const char* error;
};

class ReadWarcCorrupt : public testing::TestWithParam<CorruptCase> {};

TEST_P(ReadWarcCorrupt, ReportsTheRecordAndResyncsToTheNext) {
  const CorruptCase& c = GetParam();
  Read r = ReadWarcFile(HtmlResponse("https://news.example/a", kPage) + c.record +
                        HtmlResponse("https://news.example/b", kSecondPage));
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].content, kPage);
  EXPECT_EQ(r.docs[1].error, c.error);
  EXPECT_EQ(r.docs[1].origin, "crawl.warc:record 2");
  EXPECT_EQ(r.docs[2].content, kSecondPage);
  EXPECT_EQ(r.docs[2].origin, "crawl.warc:record 3");
}

INSTANTIATE_TEST_SUITE_P(
    Headers, ReadWarcCorrupt,
    testing::Values(
        CorruptCase{"GarbageLine",
                    "WARC/1.0\r\nWARC-Type: response\r\n\x01\x02 junk \xff\r\nContent-Length: 5\r\n\r\n",
                    "corrupt WARC record 2: header line without a field name: '?? junk ?'"},
        CorruptCase{"NoLength", "WARC/1.0\r\nWARC-Type: response\r\n\r\nabc\r\n\r\n",
                    "corrupt WARC record 2: no Content-Length"},
        CorruptCase{"BadLength", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nabc\r\n\r\n",
                    "corrupt WARC record 2: bad Content-Length '12x'"},
        CorruptCase{"NoVersion", "garbage between records\r\nmore of it\r\n",
                    "corrupt WARC record 2: no WARC/1.0 or WARC/1.1 version line"},
        CorruptCase{"NoBlankLine", "WARC/1.0\r\nWARC-Type: response\r\n",
                    "corrupt WARC record 2: header fields do not end with a blank line"},
        CorruptCase{"NoHttpStatus", Response("https://news.example/x", "<html>no status line</html>"),
                    "corrupt HTTP response in WARC record 2: no HTTP status line"},
        CorruptCase{"UnknownCoding",
                    Response("https://news.example/x",
                             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                                          "\x1b\x2c")),
                    "unsupported Content-Encoding 'br' in WARC record 2"},
        CorruptCase{"BadGzipBody",
                    Response("https://news.example/x",
                             HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                          "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff garbage"s)),
                    "corrupt gzip data in the HTTP body of WARC record 2"}),
    [](const testing::TestParamInfo<CorruptCase>& info) { return std::string(info.param.name); });

TEST(ReadWarc, StopsWhenNoRecordFollowsGarbage) {
  Read r = ReadWarcFile(HtmlResponse("https://news.example/a", kPage) + "trailing garbage without records");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].error, "corrupt WARC record 2: no WARC/1.0 or WARC/1.1 version line");
}

TEST(ReadWarc, RunsInLinearTimeOnHostileInput) {
  // Many version lines with header fields that never end, and a huge
  // Content-Length: each must be read once, not once per resync.
  std::string hostile;
  while (hostile.size() < (8u << 20)) hostile += "WARC/1.0\nWARC-Type: response\nContent-Length: 99999999\n";
  auto start = std::chrono::steady_clock::now();
  Read r = ReadWarcFile(hostile);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0 * GHOTONA_TIME_LIMIT_SCALE);
  EXPECT_FALSE(r.docs.empty());
}

TEST(ReadDocuments, ReadsAMultiMemberWarcGz) {
  std::string gz = GzipMember(kWarcinfo) + GzipMember(kRequest) +
                   GzipMember(HtmlResponse("https://news.example/a", kPage)) +
                   GzipMember(HtmlResponse("https://news.example/b", kSecondPage));
  std::vector<RawDocument> docs = ReadAll(gz, "crawl.warc.gz");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].content, kPage);
  EXPECT_EQ(docs[0].origin, "crawl.warc.gz:record 3");
  EXPECT_EQ(docs[1].url, "https://news.example/b");
  EXPECT_EQ(docs[1].origin, "crawl.warc.gz:record 4");
}

TEST(ReadDocuments, KeepsTheRecordsBeforeATruncatedGzipMember) {
  std::string last = GzipMember(HtmlResponse("https://news.example/b", kSecondPage));
  std::string gz =
      GzipMember(HtmlResponse("https://news.example/a", kPage)) + last.substr(0, last.size() / 2);
  std::vector<RawDocument> docs = ReadAll(gz, "crawl.warc.gz");
  ASSERT_GE(docs.size(), 2u);
  EXPECT_EQ(docs.front().content, kPage);
  EXPECT_EQ(docs.back().error, "truncated gzip stream");
  EXPECT_EQ(docs.back().origin, "crawl.warc.gz");
}

TEST(ReadDocuments, ReportsCorruptGzipWithNothingDecompressed) {
  std::vector<RawDocument> docs =
      ReadAll("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff garbage"s, "page.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "corrupt gzip data");
}

TEST(ReadDocuments, ReadsAGzippedHtmlPage) {
  std::vector<RawDocument> docs = ReadAll(GzipMember(kPage), "page.html.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].error.has_value()) << *docs[0].error;
  EXPECT_EQ(docs[0].format, InputFormat::kHtml);
  EXPECT_EQ(docs[0].content, kPage);
  EXPECT_EQ(docs[0].origin, "page.html.gz");
}

TEST(ReadDocuments, ReadsGzippedJsonLines) {
  std::vector<RawDocument> docs = ReadAll(
      GzipMember("{\"body\": \"নদীর পাড়ে সেতু।\"}\n{\"body\": \"বইমেলায় ভিড়।\"}\n"), "records.jsonl.gz");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].origin, "records.jsonl.gz:2");
}

TEST(ReadDocuments, DoesNotUnwrapGzipTwice) {
  std::vector<RawDocument> docs = ReadAll(GzipMember(GzipMember(kPage)), "page.gz.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "binary input, not a text or HTML page");
}

}  // namespace
}  // namespace ghotona::page
