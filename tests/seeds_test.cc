// The five pages that started the project (../shared/seeds), read at test
// time and never copied into the repository: each must give the right title
// and publication date, keep every article paragraph exactly once, and keep
// none of the page's other lines (menus, captions, related lists, widgets).
// Which lines are article text is stated here by line number only.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ghotona/pipeline.h"
#include "text/normalize.h"

namespace ghotona {
namespace {

namespace fs = std::filesystem;

const fs::path kSeedDir = fs::path(GHOTONA_SOURCE_DIR) / ".." / "shared" / "seeds";

struct SeedCase {
  const char* file_prefix;
  int title_line;               // 1-based line holding the headline
  std::vector<int> body_lines;  // 1-based lines holding article paragraphs
  const char* published;        // ISO, or nullptr for "null or inferred in published_month"
  const char* published_month;  // "2024-02" when published may be inferred
};

const SeedCase kSeeds[] = {
    {"000_", 5, {10, 12, 14, 16, 18, 20, 22, 24}, "2025-02-08T21:50:00+06:00", nullptr},
    {"001_", 5, {12, 14, 16, 18, 20, 23}, "2025-06-23T18:12:45+06:00", nullptr},
    {"002_", 3, {5, 7}, nullptr, "2024-02"},
    {"003_", 5, {10, 12, 14, 16}, "2022-08-17T22:07:00+06:00", nullptr},
    {"004_", 1, {13, 17, 21, 25, 29}, "2024-05-20T20:02:00+06:00", nullptr},
};

std::string Canon(std::string_view s) { return text::CollapseWhitespace(text::Normalize(s)); }

size_t CountOccurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

size_t WordCount(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  size_t n = 0;
  while (in >> w) ++n;
  return n;
}

class SeedTest : public ::testing::TestWithParam<SeedCase> {};

TEST_P(SeedTest, GivesTitleDateAndOnlyTheArticleOnce) {
  if (!fs::is_directory(kSeedDir)) GTEST_SKIP() << "../shared/seeds is absent; seed checks skipped";
  const SeedCase& c = GetParam();
  fs::path path;
  for (const auto& e : fs::directory_iterator(kSeedDir)) {
    if (e.path().filename().string().rfind(c.file_prefix, 0) == 0) path = e.path();
  }
  ASSERT_FALSE(path.empty()) << "no seed " << c.file_prefix;
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> lines;
  {
    std::istringstream ls(bytes);
    for (std::string line; std::getline(ls, line);) lines.push_back(Canon(line));
  }

  PipelineOptions options;
  options.data_dir = GHOTONA_SOURCE_DATA_DIR;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  std::vector<Document> docs;
  (*pipeline)->ForEachDocument(bytes, path.string(),
                               [&](RawDocument raw) { docs.push_back((*pipeline)->Process(raw)); });
  ASSERT_EQ(docs.size(), 1u);
  const Article& a = docs[0].article;
  ASSERT_FALSE(docs[0].error) << *docs[0].error;

  ASSERT_TRUE(a.title.has_value());
  EXPECT_EQ(Canon(*a.title), lines[c.title_line - 1]);

  if (c.published != nullptr) {
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->ToIso(), c.published);
    EXPECT_EQ(a.published_source, DateSource::kPage);
  } else if (a.published.has_value()) {
    EXPECT_EQ(a.published_source, DateSource::kInferred);
    EXPECT_EQ(a.published->ToIso().substr(0, 7), c.published_month);
  }

  const std::string body = Canon(a.body);
  std::set<std::string> article_lines;
  for (int n : c.body_lines) {
    const std::string& line = lines[n - 1];
    article_lines.insert(line);
    EXPECT_EQ(CountOccurrences(body, line), 1u) << "article line " << n << " should appear exactly once";
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty() || WordCount(line) < 2 || article_lines.count(line)) continue;
    bool part_of_article = false;
    for (const std::string& a_line : article_lines) part_of_article |= a_line.find(line) != std::string::npos;
    if (part_of_article) continue;
    EXPECT_EQ(body.find(line), std::string::npos) << "boilerplate line " << i + 1 << " leaked into the body";
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedTest, ::testing::ValuesIn(kSeeds),
                         [](const auto& info) { return std::string("seed") + std::to_string(info.index); });

}  // namespace
}  // namespace ghotona
