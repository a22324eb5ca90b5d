// Tests for ReadDocuments: format detection from content, and bad input
// (empty, binary, invalid UTF-8, huge lines, broken JSON Lines) that must
// yield error documents or best-effort documents, never a crash or a hang.
#include "page/reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ghotona::page {
namespace {

using std::string_literals::operator""s;

std::vector<RawDocument> Read(std::string_view bytes, std::string_view origin = "page") {
  std::vector<RawDocument> docs;
  ReadDocuments(bytes, origin, [&](RawDocument d) { docs.push_back(std::move(d)); });
  return docs;
}

struct FormatCase {
  const char* name;
  std::string input;
  InputFormat format;
};

class ReadDocumentsFormat : public testing::TestWithParam<FormatCase> {};

TEST_P(ReadDocumentsFormat, DetectsTheFormatFromContent) {
  std::vector<RawDocument> docs = Read(GetParam().input);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].error.has_value()) << *docs[0].error;
  EXPECT_EQ(docs[0].format, GetParam().format);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, ReadDocumentsFormat,
    testing::Values(
        FormatCase{"Doctype", "\n<!DOCTYPE html><html><body><p>খবর</p></body></html>", InputFormat::kHtml},
        FormatCase{"HtmlAfterComment", "<!-- saved page --><HTML lang=bn><p>খবর</p>", InputFormat::kHtml},
        FormatCase{"XmlDeclaration", "<?xml version=\"1.0\"?><html><body>x</body></html>",
                   InputFormat::kHtml},
        FormatCase{"HeadOnly", "<head><title>t</title></head>", InputFormat::kHtml},
        FormatCase{"BodyFirst", "<body><div>খবর</div></body>", InputFormat::kHtml},
        FormatCase{"Fragment", "<p>প্রথম</p><p>দ্বিতীয়</p>", InputFormat::kHtml},
        FormatCase{"TagsAfterText", "সংবাদ\n<div><p>এক</p><p>দুই</p><p>তিন</p><p>চার</p></div>",
                   InputFormat::kHtml},
        FormatCase{"Utf16Html", "\xFF\xFE<\0p\0>\0x\0<\0/\0p\0>\0"s, InputFormat::kHtml},
        FormatCase{"TextDump", "কালবেলা ডেস্ক\nপ্রকাশ : আজ\n\nশিরোনাম\n", InputFormat::kTextDump},
        FormatCase{"TextWithAngleBrackets", "দাম <১০০ টাকা> এবং a<b\n", InputFormat::kTextDump},
        FormatCase{"TextWithBraces", "{শিরোনাম}\nলেখা\n", InputFormat::kTextDump},
        FormatCase{"JsonLines", "{\"text\": \"খবর\"}\n", InputFormat::kTextDump},
        FormatCase{"JsonLinesHtml", "{\"html\": \"<p>খবর</p>\"}", InputFormat::kHtml},
        FormatCase{"JsonLinesBody", "\xEF\xBB\xBF{\"body\": \"খবর\"}", InputFormat::kBody}),
    [](const testing::TestParamInfo<FormatCase>& info) { return info.param.name; });

TEST(ReadDocuments, KeepsTheOriginForASinglePage) {
  std::vector<RawDocument> docs = Read("শিরোনাম\nলেখা", "dir/page.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].origin, "dir/page.txt");
  EXPECT_EQ(docs[0].content, "শিরোনাম\nলেখা");
}

TEST(ReadDocuments, GivesLineOriginsForJsonLines) {
  std::vector<RawDocument> docs = Read("{\"body\": \"এক\"}\n\n{\"body\": \"দুই\"}\n", "in.jsonl");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].origin, "in.jsonl:1");
  EXPECT_EQ(docs[1].origin, "in.jsonl:3");
}

// Every page in testdata/pages is detected as what its extension says,
// although detection never looks at the name.
TEST(ReadDocuments, DetectsEveryGoldPageByContent) {
  const std::filesystem::path dir = std::filesystem::path(GHOTONA_SOURCE_DIR) / "testdata" / "pages";
  ASSERT_TRUE(std::filesystem::exists(dir)) << "testdata/pages is part of the repository: " << dir;
  size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".txt" && ext != ".html" && ext != ".jsonl") continue;
    ++pages;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::vector<RawDocument> docs = Read(bytes.str(), entry.path().filename().string());
    ASSERT_FALSE(docs.empty()) << entry.path();
    for (const RawDocument& d : docs) {
      EXPECT_FALSE(d.error.has_value()) << d.origin;
      if (ext == ".txt") {
        EXPECT_EQ(d.format, InputFormat::kTextDump) << d.origin;
      }
      if (ext == ".html") {
        EXPECT_EQ(d.format, InputFormat::kHtml) << d.origin;
      }
    }
    if (ext == ".jsonl") {
      EXPECT_NE(docs[0].origin.find(".jsonl:1"), std::string::npos);
    }
  }
  EXPECT_GT(pages, 0u);
}

TEST(ReadDocuments, ReadsEverySeedAsOneTextDump) {
  const std::filesystem::path dir = std::filesystem::path(GHOTONA_SOURCE_DIR "/../shared/seeds");
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "seed pages not found at " << dir;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::vector<RawDocument> docs = Read(bytes.str());
    ASSERT_EQ(docs.size(), 1u) << entry.path();
    EXPECT_FALSE(docs[0].error.has_value()) << entry.path();
    EXPECT_EQ(docs[0].format, InputFormat::kTextDump) << entry.path();
  }
}

// ---- Bad input, one test each.

TEST(ReadDocumentsBadInput, EmptyFileIsAnEmptyDocumentError) {
  std::vector<RawDocument> docs = Read("", "empty.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "empty document");
  EXPECT_EQ(docs[0].origin, "empty.txt");
}

TEST(ReadDocumentsBadInput, WhitespaceOnlyFileIsAnEmptyDocumentError) {
  std::vector<RawDocument> docs = Read(" \n\t\r\n\xEF\xBB\xBF\xC2\xA0\n");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "empty document");
}

TEST(ReadDocumentsBadInput, BinaryFileIsRejected) {
  // A PNG header (gzip input is decompressed instead: warc_reader_test.cc).
  std::string png = "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00"s;
  std::vector<RawDocument> docs = Read(png);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error, "binary input, not a text or HTML page");
}

TEST(ReadDocumentsBadInput, InvalidUtf8IsReplacedNotRejected) {
  std::vector<RawDocument> docs = Read("শিরোনাম\xFF\xFE লেখা\n\xC0\xAF");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].error.has_value());
  EXPECT_EQ(docs[0].content, "শিরোনাম\xEF\xBF\xBD\xEF\xBF\xBD লেখা\n\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(ReadDocumentsBadInput, FiftyMegabyteSingleTextLineIsReadInLinearTime) {
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "সংবাদ text ";
  auto start = std::chrono::steady_clock::now();
  std::vector<RawDocument> docs = Read(line);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, InputFormat::kTextDump);
  EXPECT_EQ(docs[0].content.size(), line.size());
  EXPECT_LT(seconds, 5.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(ReadDocumentsBadInput, FiftyMegabyteJsonLinesRecordIsReadInLinearTime) {
  std::string value;
  value.reserve(50u << 20);
  while (value.size() < (50u << 20)) value += "সংবাদ text ";
  std::string input = "{\"text\": \"" + value + "\"}\n{\"body\": \"ছোট\"}\n";
  auto start = std::chrono::steady_clock::now();
  std::vector<RawDocument> docs = Read(input);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].content.size(), value.size());
  EXPECT_EQ(docs[1].content, "ছোট");
  EXPECT_LT(seconds, 10.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(ReadDocumentsBadInput, TruncatedJsonLinesRecordIsAnErrorAndOthersAreRead) {
  std::vector<RawDocument> docs = Read("{\"body\": \"এক\"}\n{\"body\": \"দু", "cut.jsonl");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].content, "এক");
  EXPECT_EQ(docs[1].error, "invalid JSON Lines record: not valid JSON (truncated record?)");
  EXPECT_EQ(docs[1].origin, "cut.jsonl:2");
}

}  // namespace
}  // namespace ghotona::page
