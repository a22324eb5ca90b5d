// Tests for the JSON Lines reader: record kinds, hints, and broken lines that
// become error documents without stopping the stream.
#include "page/jsonl_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace ghotona::page {
namespace {

std::vector<RawDocument> Read(std::string_view input, bool* is_jsonl = nullptr) {
  std::vector<RawDocument> docs;
  bool ok = TryReadJsonLines(input, "in.jsonl", [&](RawDocument d) { docs.push_back(std::move(d)); });
  if (is_jsonl) *is_jsonl = ok;
  return docs;
}

TEST(TryReadJsonLines, ReadsEachRecordKindWithHints) {
  std::vector<RawDocument> docs = Read(
      "{\"html\": \"<p>খবর</p>\", \"url\": \"https://example.org/a\", \"outlet\": \"দৈনিক পত্রিকা\"}\n"
      "\n"
      "{\"text\": \"মেনু\\nশিরোনাম\", \"title\": \"শিরোনাম\", \"date\": \"2024-05-20\"}\n"
      "{\"body\": \"পরিষ্কার লেখা\", \"date\": 20240520}\n");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].format, InputFormat::kHtml);
  EXPECT_EQ(docs[0].content, "<p>খবর</p>");
  EXPECT_EQ(docs[0].url, "https://example.org/a");
  EXPECT_EQ(docs[0].outlet, "দৈনিক পত্রিকা");
  EXPECT_EQ(docs[0].origin, "in.jsonl:1");
  EXPECT_EQ(docs[1].format, InputFormat::kTextDump);
  EXPECT_EQ(docs[1].content, "মেনু\nশিরোনাম");
  EXPECT_EQ(docs[1].title, "শিরোনাম");
  EXPECT_EQ(docs[1].date, "2024-05-20");
  EXPECT_EQ(docs[1].origin, "in.jsonl:3");
  EXPECT_EQ(docs[2].format, InputFormat::kBody);
  EXPECT_FALSE(docs[2].date.has_value()) << "a date that is not a string is ignored";
  for (const RawDocument& d : docs) EXPECT_FALSE(d.error.has_value());
}

TEST(TryReadJsonLines, TurnsATruncatedLastRecordIntoAnErrorDocument) {
  std::vector<RawDocument> docs = Read("{\"text\": \"এক\"}\n{\"text\": \"দুই\"}\n{\"text\": \"তি");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_FALSE(docs[0].error.has_value());
  EXPECT_FALSE(docs[1].error.has_value());
  ASSERT_TRUE(docs[2].error.has_value());
  EXPECT_EQ(*docs[2].error, "invalid JSON Lines record: not valid JSON (truncated record?)");
  EXPECT_EQ(docs[2].origin, "in.jsonl:3");
}

TEST(TryReadJsonLines, TurnsARecordWithoutContentIntoAnErrorDocument) {
  std::vector<RawDocument> docs = Read(
      "{\"body\": \"এক\"}\n{\"url\": \"https://example.org\"}\n[1, 2]\n{\"html\": 5}\n"
      "{\"body\": \"শেষ\"}");
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[1].error, "invalid JSON Lines record: no \"html\", \"text\" or \"body\" field");
  EXPECT_EQ(docs[2].error, "invalid JSON Lines record: not a JSON object");
  EXPECT_EQ(docs[3].error, "invalid JSON Lines record: \"html\" is not a string");
  EXPECT_EQ(docs[4].content, "শেষ");
}

TEST(TryReadJsonLines, TurnsABlankContentFieldIntoAnEmptyDocumentError) {
  std::vector<RawDocument> docs = Read("{\"html\": \" \\n \", \"url\": \"u\"}\n{\"body\": \"লেখা\"}");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error, "empty document");
  EXPECT_EQ(docs[0].origin, "in.jsonl:1");
  EXPECT_FALSE(docs[1].error.has_value());
}

TEST(TryReadJsonLines, AcceptsABrokenFirstLineWhenTheNextIsARecord) {
  bool is_jsonl = false;
  std::vector<RawDocument> docs = Read("{\"text\": \"ভাঙা\n{\"text\": \"ঠিক\"}\n", &is_jsonl);
  EXPECT_TRUE(is_jsonl);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].error.has_value());
  EXPECT_EQ(docs[1].content, "ঠিক");
}

struct DetectCase {
  const char* name;
  const char* input;
  bool is_jsonl;
};

class TryReadJsonLinesDetection : public testing::TestWithParam<DetectCase> {};

TEST_P(TryReadJsonLinesDetection, DecidesFromTheFirstLines) {
  bool is_jsonl = false;
  std::vector<RawDocument> docs = Read(GetParam().input, &is_jsonl);
  EXPECT_EQ(is_jsonl, GetParam().is_jsonl);
  if (!is_jsonl) {
    EXPECT_TRUE(docs.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Inputs, TryReadJsonLinesDetection,
                         testing::Values(DetectCase{"Record", "\n  {\"text\": \"x\"}", true},
                                         DetectCase{"RecordWithBlankContent", "{\"text\": \"  \"}", true},
                                         DetectCase{"TextDump", "শিরোনাম\n{\"text\": \"x\"}", false},
                                         DetectCase{"ObjectWithoutContentKeys", "{\"a\": 1}\n{\"b\": 2}",
                                                    false},
                                         DetectCase{"BraceLineOfText", "{ মন্তব্য }\nলেখা", false},
                                         DetectCase{"Html", "<html><body>{}</body></html>", false}),
                         [](const testing::TestParamInfo<DetectCase>& info) { return info.param.name; });

TEST(TryReadJsonLines, ReadsAFiftyMegabyteRecordInLinearTime) {
  std::string value;
  value.reserve(50u << 20);
  while (value.size() < (50u << 20)) value += "সংবাদ text ";
  std::string line = "{\"text\": \"" + value + "\", \"url\": \"u\"}";
  auto start = std::chrono::steady_clock::now();
  std::vector<RawDocument> docs = Read(line);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].content.size(), value.size());
  EXPECT_EQ(docs[0].url, "u");
  EXPECT_LT(seconds, 10.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(RecordFromJsonLine, SurvivesDeeplyNestedJson) {
  std::string line =
      "{\"text\": \"x\", \"deep\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  RawDocument doc = RecordFromJsonLine(line, "f:1");
  EXPECT_FALSE(doc.error.has_value());
  EXPECT_EQ(doc.content, "x");
}

}  // namespace
}  // namespace ghotona::page
