// Tests of the block features and the article region of boilerplate.h, on
// small hand-made pages.
#include "page/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "page/extractor_text.h"
#include "page/lexicon_for_tests.h"
#include "page/text_reader.h"
namespace ghotona::page {
namespace {

using testutil::TestLexicon;

TEST(FoldKey, MakesNuktaFormsSpacingAndPunctuationMeet) {
  // Precomposed য় (U+09DF) and য + nukta (U+09AF U+09BC) fold alike.
  EXPECT_EQ(FoldKey("\xE0\xA7\x9F"), FoldKey("\xE0\xA6\xAF\xE0\xA6\xBC"));
  EXPECT_EQ(FoldKey("- Advertisment -"), "advertisment");
  EXPECT_EQ(FoldKey("ট্যাগ :"), FoldKey("ট্যাগ"));
  EXPECT_EQ(FoldLight("  Most   Popular "), "most popular");
}

TEST(FindFast, FindsBengaliNeedlesLikeStringFind) {
  const std::string hay = "রাশিয়ার প্রেসিডেন্ট বলেন, সূত্র: তাস। আবার সূত্র: বিবিসি।";
  for (std::string needle : {"সূত্র", "তাস", "বিবিসি।", "নেই", "র"}) {
    for (size_t from : {size_t{0}, size_t{5}, size_t{60}}) {
      EXPECT_EQ(FindFast(hay, needle, from), hay.find(needle, from)) << needle << " from " << from;
    }
  }
}

TEST(AnalyzeBlocks, CountsSentencesAndHowABlockEnds) {
  Page page = PageFromText(
      "প্রথম বাক্যটি এখানে শেষ হলো। দ্বিতীয় বাক্যও শেষ।\n"
      "একটি শিরোনামের মতো লাইন\n"
      "তিনি বললেন, “আমরা প্রস্তুত।”\n"
      "১২\n"
      "/কেএ/\n"
      "(আরকে/)\n"
      "সূত্র: বাসস।\n");
  std::vector<BlockInfo> b = AnalyzeBlocks(page, TestLexicon());
  ASSERT_EQ(b.size(), 7u);
  EXPECT_EQ(b[0].sentences, 2);
  EXPECT_TRUE(b[0].danda_terminal);
  EXPECT_FALSE(b[1].terminal);
  EXPECT_EQ(b[1].words, 4);
  EXPECT_TRUE(b[2].terminal) << "a danda inside closing quotes ends the block";
  EXPECT_TRUE(b[3].number_only);
  EXPECT_TRUE(b[4].reporter_tag);
  EXPECT_TRUE(b[5].reporter_tag);
  EXPECT_TRUE(b[6].source_line);
  EXPECT_FALSE(b[0].reporter_tag);
}

TEST(AnalyzeBlocks, ClassifiesUiPhrasesByKind) {
  struct Case {
    const char* line;
    PhraseKind kind;
  };
  const Case cases[] = {
      {"মন্তব্য করুন", PhraseKind::kEnd},
      {"LEAVE A REPLY", PhraseKind::kEnd},
      {"পাঠকের মতামত (৩)", PhraseKind::kEnd},
      {"পাঠকের কথা", PhraseKind::kEnd},
      {"Readers' comments", PhraseKind::kEnd},
      {"ট্যাগ : বাজেট, সংসদ", PhraseKind::kEnd},
      {"সর্বাধিক পঠিত", PhraseKind::kList},
      {"RELATED ARTICLES", PhraseKind::kList},
      {"এই বিভাগের আরও খবর", PhraseKind::kList},
      {"- Advertisment -", PhraseKind::kAd},
      {"১২৩৪ জন দেখেছে", PhraseKind::kUi},
      {"নতুন সেতুর উদ্বোধন অনুষ্ঠানে অতিথিরা। ছবি : সংগৃহীত", PhraseKind::kCaption},
      {"বন্দরে জাহাজের সারি। ফাইল ছবি", PhraseKind::kCaption},
      {"নদীর তীরে নতুন বাঁধ নির্মাণের কাজ শুরু হয়েছে।", PhraseKind::kNone},
  };
  for (const Case& c : cases) {
    Page page = PageFromText(c.line);
    std::vector<BlockInfo> b = AnalyzeBlocks(page, TestLexicon());
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].phrase, c.kind) << c.line;
  }
}

TEST(AnalyzeBlocks, CountsRepeatedLinesAndMarksLaterCopies) {
  Page page = PageFromText("একই শিরোনাম আবার\nঅন্য লাইন এখানে\nএকই  শিরোনাম আবার।\n");
  std::vector<BlockInfo> b = AnalyzeBlocks(page, TestLexicon());
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].occurrences, 2);
  EXPECT_EQ(b[2].occurrences, 2);
  EXPECT_TRUE(b[0].first_occurrence);
  EXPECT_FALSE(b[2].first_occurrence);
  EXPECT_EQ(b[1].occurrences, 1);
}

TEST(FindArticleRegion, TakesTheDensestRunAndStopsAtTheArticleEnd) {
  Page page = PageFromText(
      "মেনু এক লাইন\n"
      "শিরোনাম লাইনটি এখানে আছে\n"
      "নদীভাঙনে গ্রামের পর গ্রাম বিলীন হচ্ছে, বাসিন্দারা আশ্রয় নিচ্ছেন বাঁধে। প্রশাসন ত্রাণ দিচ্ছে।\n"
      "এক লাইনের অনুচ্ছেদ।\n"
      "স্থানীয় চেয়ারম্যান বলেন, স্থায়ী বাঁধ না হলে এই দুর্ভোগ কমবে না। তিনি দ্রুত ব্যবস্থা চান।\n"
      "মন্তব্য করুন\n"
      "অন্য এক খবরের দীর্ঘ বাক্য এখানে আছে যা মূল খবরের অংশ নয় এবং মন্তব্যের পরে বসেছে।\n");
  std::vector<BlockInfo> b = AnalyzeBlocks(page, TestLexicon());
  ScoreBlocks(b);
  Region r = FindArticleRegion(b, 0, static_cast<int>(b.size()));
  EXPECT_EQ(r.begin, 2);
  EXPECT_EQ(r.end, 5) << "the one-sentence line stays inside; nothing after the comment widget";
}

TEST(ScoreBlocks, ExcludesListZonesAndLaterCopiesOfParagraphs) {
  Page page = PageFromText(
      "প্রথম অনুচ্ছেদে অনেক কথা আছে, যা এই খবরের মূল বক্তব্য তুলে ধরে। আরও একটি বাক্য।\n"
      "প্রথম অনুচ্ছেদে অনেক কথা আছে, যা এই খবরের মূল বক্তব্য তুলে ধরে। আরও একটি বাক্য।\n"
      "সর্বশেষ\n"
      "বন্যায় ফসলের ব্যাপক ক্ষতি হয়েছে।\n"
      "নতুন বাজেট ঘোষণা আগামী সপ্তাহে\n");
  std::vector<BlockInfo> b = AnalyzeBlocks(page, TestLexicon());
  ScoreBlocks(b);
  EXPECT_TRUE(IsBodyBlock(b[0]));
  EXPECT_FALSE(IsBodyBlock(b[1])) << "the second copy";
  EXPECT_FALSE(IsBodyBlock(b[2]));
  EXPECT_TRUE(b[3].in_list_zone) << "a list headline that ends with a danda is still a list item";
  EXPECT_FALSE(IsBodyBlock(b[3]));
  EXPECT_FALSE(IsBodyBlock(b[4]));
}

TEST(StripTrailingReporterTag, RemovesDeskInitialsAfterTheLastSentence) {
  EXPECT_EQ(StripTrailingReporterTag("সভা শেষ হয়েছে। /কেএ/"), "সভা শেষ হয়েছে।");
  EXPECT_EQ(StripTrailingReporterTag("সভা শেষ হয়েছে। (আরকে/এসএইচ)"), "সভা শেষ হয়েছে।");
  EXPECT_EQ(StripTrailingReporterTag("দাম ৫০/৬০ টাকা"), "দাম ৫০/৬০ টাকা");
  EXPECT_EQ(StripTrailingReporterTag("দুই দল ঢাকা/চট্টগ্রাম"), "দুই দল ঢাকা/চট্টগ্রাম");
}

}  // namespace
}  // namespace ghotona::page
