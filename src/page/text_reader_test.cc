// Tests for the text-dump reader: one block per line, blank lines recorded as
// paragraph boundaries, bullets stripped and noted.
#include "page/text_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace ghotona::page {
namespace {

TEST(PageFromText, MakesOneLineBlockPerNonBlankLine) {
  Page page = PageFromText("  ঢাকা   ডেস্ক \n\nপ্রথম\tঅনুচ্ছেদ।\r\nদ্বিতীয় লাইন\n");
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].text, "ঢাকা ডেস্ক");
  EXPECT_EQ(page.blocks[1].text, "প্রথম অনুচ্ছেদ।");
  EXPECT_EQ(page.blocks[2].text, "দ্বিতীয় লাইন");
  for (const Block& b : page.blocks) EXPECT_EQ(b.tag, BlockTag::kLine);
  EXPECT_FALSE(page.from_html);
}

TEST(PageFromText, CountsBlankLinesBeforeEachBlock) {
  Page page = PageFromText("\n\nএক\nদুই\n\n \n\u00A0\nতিন");
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].blank_lines_before, 2);
  EXPECT_EQ(page.blocks[1].blank_lines_before, 0);
  EXPECT_EQ(page.blocks[2].blank_lines_before, 3);
}

TEST(PageFromText, TreatsLoneCarriageReturnsAsLineBreaks) {
  Page page = PageFromText("এক\rদুই\r\rতিন");
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[2].text, "তিন");
  EXPECT_EQ(page.blocks[2].blank_lines_before, 1);
}

struct BulletCase {
  const char* line;
  const char* text;
  bool bulleted;
};

class PageFromTextBullets : public testing::TestWithParam<BulletCase> {};

TEST_P(PageFromTextBullets, StripsLeadingBullets) {
  Page page = PageFromText(GetParam().line);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, GetParam().text);
  EXPECT_EQ(page.blocks[0].bulleted, GetParam().bulleted);
}

INSTANTIATE_TEST_SUITE_P(Lines, PageFromTextBullets,
                         testing::Values(BulletCase{"• সর্বশেষ খবর", "সর্বশেষ খবর", true},
                                         BulletCase{"•খেলা", "খেলা", true},
                                         BulletCase{"  - রাজনীতি", "রাজনীতি", true},
                                         BulletCase{"* বিনোদন", "বিনোদন", true},
                                         BulletCase{"-৫ ডিগ্রি", "-৫ ডিগ্রি", false},
                                         BulletCase{"- Advertisement -", "Advertisement -", true},
                                         BulletCase{"•", "•", false}, BulletCase{"-", "-", false}));

TEST(PageFromText, ReadsAFiftyMegabyteLineInLinearTime) {
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "সংবাদ text ";
  auto start = std::chrono::steady_clock::now();
  Page page = PageFromText(line);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_GT(page.blocks[0].text.size(), 50u << 19);
  EXPECT_LT(seconds, 5.0 * GHOTONA_TIME_LIMIT_SCALE);
}

}  // namespace
}  // namespace ghotona::page
