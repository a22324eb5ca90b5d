// Bad input through the whole pipeline: every case yields a clear error object
// or a best-effort article, serialized as valid JSON — never a crash or a hang.
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ghotona/pipeline.h"

namespace ghotona {
namespace {

class BadInputTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.data_dir = GHOTONA_SOURCE_DATA_DIR;
    auto created = Pipeline::Create(options);
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    pipeline_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  // Runs the pipeline and checks each document serializes to a valid JSON object.
  std::vector<Document> Run(std::string_view bytes) {
    std::vector<Document> docs;
    pipeline_->ForEachDocument(bytes, "input",
                               [&](RawDocument raw) { docs.push_back(pipeline_->Process(raw)); });
    for (const Document& d : docs) {
      auto parsed = nlohmann::json::parse(ToJson(d, false), nullptr, false);
      EXPECT_TRUE(parsed.is_object());
    }
    return docs;
  }

  static Pipeline* pipeline_;
};

Pipeline* BadInputTest::pipeline_ = nullptr;

TEST_F(BadInputTest, EmptyFileGivesOneErrorObject) {
  auto docs = Run("");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].error.has_value());
  EXPECT_NE(docs[0].error->find("empty"), std::string::npos);
}

TEST_F(BadInputTest, BinaryFileGivesOneErrorObject) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  auto docs = Run(bytes);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].error.has_value());
  EXPECT_NE(docs[0].error->find("binary"), std::string::npos);
}

TEST_F(BadInputTest, InvalidUtf8IsReplacedAndTheArticleStillComesOut) {
  std::string page =
      "শিরোনাম এখানে লেখা\n\nঢাকায় আজ একটি বৈঠক হয়েছে \xff\xfe যেখানে দুই দেশের প্রতিনিধিরা অংশ নেন। "
      "তারা বাণিজ্য ও যোগাযোগ নিয়ে দীর্ঘ আলোচনা করেন। পরে একটি যৌথ বিবৃতি দেওয়া হয়।\n";
  auto docs = Run(page);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].error.has_value());
  EXPECT_NE(docs[0].article.body.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD replaces the bad bytes";
  ASSERT_FALSE(docs[0].article.warnings.empty());
  EXPECT_EQ(docs[0].article.warnings[0], "invalid UTF-8 replaced");
}

// The article stages on 50 MB; the entity stage's own linear-time test is in
// src/ner/linker_test.cc (its tagger reads about 5 MB/s, so 50 MB would only
// test patience).
TEST_F(BadInputTest, FiftyMegabyteSingleLineFinishesQuickly) {
  std::string line;
  const std::string sentence = "এটি একটি দীর্ঘ লাইনের অংশ যা কখনো শেষ হয় না। ";
  while (line.size() < 50u * 1024 * 1024) line += sentence;
  auto articles_only = Pipeline::Create({.data_dir = GHOTONA_SOURCE_DATA_DIR, .entities = false});
  ASSERT_TRUE(articles_only.ok()) << articles_only.status().ToString();
  auto start = std::chrono::steady_clock::now();
  std::vector<Document> docs;
  (*articles_only)->ForEachDocument(line, "input", [&](RawDocument raw) {
    docs.push_back((*articles_only)->Process(raw));
  });
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_LT(seconds, 10.0 * GHOTONA_TIME_LIMIT_SCALE) << "must be linear";
}

TEST_F(BadInputTest, HtmlNestedOneHundredThousandDeepGivesBestEffort) {
  std::string html = "<!doctype html><html><head><title>গভীর পাতা</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>গভীরে লুকানো একটি অনুচ্ছেদ, যা পড়া যায় কিনা দেখা হচ্ছে।</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  auto docs = Run(html);
  ASSERT_EQ(docs.size(), 1u);
}

TEST_F(BadInputTest, TruncatedJsonLinesRecordIsAnErrorAndOthersGoOn) {
  std::string jsonl =
      "{\"body\": \"প্রথম রেকর্ডের লেখা। এখানে দুটি বাক্য আছে।\", \"title\": \"প্রথম\"}\n"
      "{\"body\": \"দ্বিতীয় রেকর্ডের লেখা, যা মাঝপথে কেটে গেছে\n"
      "{\"body\": \"তৃতীয় রেকর্ডের লেখা।\", \"date\": \"2024-03-12\"}\n";
  auto docs = Run(jsonl);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_FALSE(docs[0].error.has_value());
  EXPECT_TRUE(docs[1].error.has_value());
  EXPECT_FALSE(docs[2].error.has_value());
  ASSERT_TRUE(docs[2].article.published.has_value());
  EXPECT_EQ(docs[2].article.published->ToIso(), "2024-03-12");
}

}  // namespace
}  // namespace ghotona
