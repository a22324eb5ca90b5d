// Tests of the data-file helpers: line numbering, BOM and CR handling,
// comment lines, the first error stopping the walk, missing files.
#include "base/data_file.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ghotona::base {
namespace {

TEST(ForEachLine, NumbersLinesAndDropsTheBomAndCarriageReturns) {
  std::vector<std::string> seen;
  const Status st = ForEachLine(
      "\xEF\xBB\xBF"
      "a\r\n\nb\nc",
      [&](std::string_view line, int n) {
        seen.push_back(std::to_string(n) + ":" + std::string(line));
        return Status::Ok();
      });
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"1:a", "2:", "3:b", "4:c"}));
}

TEST(ForEachLine, StopsAtTheFirstError) {
  int calls = 0;
  const Status st = ForEachLine("x\ny\nz\n", [&](std::string_view line, int n) {
    ++calls;
    return line == "y" ? Status::ParseError("bad line " + std::to_string(n)) : Status::Ok();
  });
  EXPECT_EQ(st.message(), "bad line 2");
  EXPECT_EQ(calls, 2);
}

TEST(IsBlankOrComment, KnowsBlankAndCommentLines) {
  EXPECT_TRUE(IsBlankOrComment(""));
  EXPECT_TRUE(IsBlankOrComment(" \t"));
  EXPECT_TRUE(IsBlankOrComment("  # note"));
  EXPECT_FALSE(IsBlankOrComment("iran\tGPE"));
  EXPECT_FALSE(IsBlankOrComment(" a # not a comment"));
}

TEST(ForEachDataLine, SkipsCommentsAndNamesPathAndLine) {
  std::vector<std::string> where;
  const std::string path = std::string(GHOTONA_SOURCE_DATA_DIR) + "/kb/offices.txt";
  ASSERT_TRUE(ForEachDataLine(path, [&](std::string_view line, const std::string& at) {
                where.push_back(at);
                EXPECT_FALSE(IsBlankOrComment(line));
                return Status::Ok();
              }).ok());
  ASSERT_FALSE(where.empty());
  EXPECT_EQ(where[0].substr(0, path.size() + 1), path + ":");
}

TEST(ReadFile, AMissingFileIsAnIoErrorNamingIt) {
  auto content = ReadFile("/nonexistent/ghotona/file.txt");
  ASSERT_FALSE(content.ok());
  EXPECT_EQ(content.status().code(), Status::Code::kIoError);
  EXPECT_NE(content.status().message().find("/nonexistent/ghotona/file.txt"), std::string::npos);
}

}  // namespace
}  // namespace ghotona::base
