// WARC input end to end: a .warc.gz built here (one gzip member per record, as
// crawlers write them) goes through the public Pipeline, and its response page
// comes out as an article with title, body and the record's URL, while the
// warcinfo and request records and a 404 page yield nothing. The page is a
// short Bengali news story written for this test.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "ghotona/pipeline.h"
#include "page/compress_for_tests.h"

namespace ghotona {
namespace {

const char kHeadline[] = "উপজেলায় নতুন সেতু চালু, নৌকার অপেক্ষা ফুরাল";
const char kFirstParagraph[] =
    "দীর্ঘ ছয় বছরের অপেক্ষার পর আজ সকালে নদীর ওপর নির্মিত নতুন সেতুটি যান চলাচলের জন্য খুলে দেওয়া হয়েছে। "
    "এতে দুই পাড়ের অন্তত বিশটি গ্রামের মানুষের যাতায়াত সহজ হলো।";
const char kSecondParagraph[] =
    "স্থানীয় কৃষকেরা জানান, আগে হাটে ধান নিতে নৌকার জন্য ঘণ্টার পর ঘণ্টা বসে থাকতে হতো। "
    "এখন ভ্যানে করে অল্প সময়েই ফসল বাজারে পৌঁছানো যাবে বলে তাঁরা আশা করছেন।";

std::string Page() {
  return std::string("<!doctype html><html><head><meta charset=\"utf-8\"><title>") + kHeadline +
         " | সংবাদ</title></head><body><nav><a href=\"/\">প্রচ্ছদ</a> <a href=\"/desh\">দেশ</a></nav>"
         "<article><h1>" +
         kHeadline + "</h1><p>" + kFirstParagraph + "</p><p>" + kSecondParagraph +
         "</p></article><footer>সর্বস্বত্ব সংরক্ষিত</footer></body></html>";
}

using testutil::GzipMember;

std::string Record(std::string_view type, std::string_view headers, std::string_view block) {
  return "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\nWARC-Date: 2025-03-01T04:00:00Z\r\n" +
         std::string(headers) + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
         std::string(block) + "\r\n\r\n";
}

std::string Response(std::string_view url, std::string_view status, std::string_view body) {
  return Record(
      "response",
      "WARC-Target-URI: " + std::string(url) + "\r\nContent-Type: application/http; msgtype=response\r\n",
      "HTTP/1.1 " + std::string(status) + "\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" +
          std::string(body));
}

TEST(WarcInput, ResponsePageBecomesAnArticleWithItsUrl) {
  auto created = Pipeline::Create({.data_dir = GHOTONA_SOURCE_DATA_DIR});
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const Pipeline& pipeline = **created;

  const std::string url = "https://sangbad.example/desh/2025/03/01/setu";
  std::string warc_gz =
      GzipMember(Record("warcinfo", "Content-Type: application/warc-fields\r\n", "software: test\r\n")) +
      GzipMember(Record("request",
                        "WARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=request\r\n",
                        "GET /desh/2025/03/01/setu HTTP/1.1\r\n\r\n")) +
      GzipMember(Response(url, "200 OK", Page())) +
      GzipMember(
          Response("https://sangbad.example/missing", "404 Not Found", "<html><body>নেই</body></html>"));

  std::vector<Document> docs;
  pipeline.ForEachDocument(warc_gz, "crawl.warc.gz",
                           [&](RawDocument raw) { docs.push_back(pipeline.Process(raw)); });
  ASSERT_EQ(docs.size(), 1u);
  const Document& doc = docs[0];
  ASSERT_FALSE(doc.error.has_value()) << *doc.error;
  EXPECT_EQ(doc.origin, "crawl.warc.gz:record 3");
  EXPECT_EQ(doc.article.title, kHeadline);
  EXPECT_EQ(doc.article.url, url);
  EXPECT_NE(doc.article.body.find("নতুন সেতুটি যান চলাচলের জন্য খুলে দেওয়া হয়েছে"), std::string::npos)
      << doc.article.body;
  EXPECT_NE(doc.article.body.find("ফসল বাজারে পৌঁছানো যাবে"), std::string::npos) << doc.article.body;
  EXPECT_EQ(doc.article.body.find("সর্বস্বত্ব"), std::string::npos) << doc.article.body;
  EXPECT_EQ(doc.article.language, "bn");
  EXPECT_FALSE(doc.article.published.has_value()) << "WARC-Date is the crawl time";
}

}  // namespace
}  // namespace ghotona
