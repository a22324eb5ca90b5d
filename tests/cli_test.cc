// The ghotona command as users and scripts call it: exit statuses, the
// one-line reason on stderr, JSON Lines on stdout, --pretty, `date`.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct ShellResult {
  int status = -1;
  std::string out;
};

// Runs a shell command line, capturing stdout (stderr goes to 2>&1 if asked).
ShellResult Shell(const std::string& command) {
  ShellResult r;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

const std::string kCli = GHOTONA_CLI_PATH;

TEST(Cli, ExtractOfMissingFileFailsWithOneLineReason) {
  ShellResult r = Shell(kCli + " extract /nonexistent/page.txt 2>&1 >/dev/null");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("/nonexistent/page.txt"), std::string::npos);
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << "one line: " << r.out;
}

TEST(Cli, ExtractReadsStandardInputAndWritesOneObjectPerRecord) {
  ShellResult r = Shell("printf '%s\\n%s\\n' '{\"body\": \"প্রথম লেখা।\"}' '{\"body\": \"দ্বিতীয় লেখা।\"}' | " +
                        kCli + " extract");
  EXPECT_EQ(r.status, 0);
  size_t lines = 0;
  for (size_t p = r.out.find('\n'); p != std::string::npos; p = r.out.find('\n', p + 1)) ++lines;
  EXPECT_EQ(lines, 2u);
  auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')), nullptr, false);
  ASSERT_TRUE(first.is_object());
  for (const char* key : {"title", "published", "published_source", "updated", "outlet", "byline", "section",
                          "attributed_sources", "body", "language", "entities", "events", "warnings"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  EXPECT_TRUE(first["entities"].is_array());
  EXPECT_TRUE(first["events"].is_array());
}

TEST(Cli, PrettyOutputIsIndentedJson) {
  ShellResult r = Shell("printf '%s\\n' '{\"body\": \"লেখা।\"}' | " + kCli + " extract --pretty");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("\n  \"title\""), std::string::npos);
  EXPECT_TRUE(nlohmann::json::parse(r.out, nullptr, false).is_object());
}

TEST(Cli, DatePrintsIsoForEachArgument) {
  ShellResult r = Shell(kCli + " date '১২ মার্চ ২০২৪, ১০:১৫ পিএম' '2024-02-29'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "2024-03-12T22:15:00+06:00\n2024-02-29\n");
}

TEST(Cli, DateReportsAnErrorAndFailsForTextWithoutADate) {
  ShellResult r = Shell(kCli + " date 'কোনো তারিখ নেই'");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("error"), std::string::npos);
}

}  // namespace

// README examples of `ghotona date` and `ghotona kb lookup` are run, so the
// README cannot drift.
TEST(Cli, ReadmeExamplesPrintWhatTheReadmeSays) {
  FILE* f = std::fopen(GHOTONA_SOURCE_DIR "/README.md", "rb");
  ASSERT_NE(f, nullptr);
  std::string readme;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), f)) > 0) readme.append(buf.data(), n);
  std::fclose(f);
  size_t examples = 0;
  for (const std::string command : {"date ", "kb lookup "}) {
    const std::string prompt = "    $ build/release/ghotona " + command;
    for (size_t p = readme.find(prompt); p != std::string::npos; p = readme.find(prompt, p + 1)) {
      size_t eol = readme.find('\n', p);
      std::string args = readme.substr(p + prompt.size(), eol - p - prompt.size());
      std::string expected;
      for (size_t q = eol + 1;
           q < readme.size() && readme.compare(q, 4, "    ") == 0 && readme[q + 4] != '$';) {
        size_t end = readme.find('\n', q);
        expected += readme.substr(q + 4, end - q - 4) + "\n";
        q = end + 1;
      }
      ShellResult r = Shell(kCli + " " + command + args);
      EXPECT_EQ(r.out, expected) << "README example: ghotona " << command << args;
      ++examples;
    }
  }
  EXPECT_GE(examples, 3u);
}

// HTML extraction on the public article-extraction benchmark (mostly English
// pages) must not regress: F1 0.920 when this test was written.
TEST(Cli, ArticleExtractionBenchmarkKeepsItsF1) {
  const std::string dir = GHOTONA_SOURCE_DIR "/../shared/eval/article-extraction/html";
  FILE* probe = std::fopen((dir + "/../ground-truth.json").c_str(), "rb");
  if (probe == nullptr)
    GTEST_SKIP() << "../shared/eval/article-extraction is absent; benchmark check skipped";
  std::fclose(probe);
  ShellResult r = Shell(kCli + " bench-articles " + dir);
  ASSERT_EQ(r.status, 0) << r.out;
  size_t at = r.out.find("\nF1 ");
  ASSERT_NE(at, std::string::npos) << r.out;
  EXPECT_GE(std::stod(r.out.substr(at + 4)), 0.90) << r.out;
}
