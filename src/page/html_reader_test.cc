// Tests for the HTML reader: metadata hints (meta tags, JSON-LD with @graph,
// breadcrumbs, <time>), dropped furniture, block tags, link density, <br>
// splitting, and hostile markup (deep nesting, garbage).
#include "page/html_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace ghotona::page {
namespace {

const HtmlReaderConfig& Config() {
  static const HtmlReaderConfig config = [] {
    auto loaded = LoadHtmlReaderConfig(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? *loaded : HtmlReaderConfig{};
  }();
  return config;
}

Page Parse(std::string_view html) {
  Result<Page> page = PageFromHtml(html, Config());
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? std::move(page).value() : Page{};
}

std::vector<std::string> Texts(const Page& page) {
  std::vector<std::string> out;
  for (const Block& b : page.blocks) out.push_back(b.text);
  return out;
}

const Block* Find(const Page& page, std::string_view text) {
  for (const Block& b : page.blocks) {
    if (b.text == text) return &b;
  }
  return nullptr;
}

bool Contains(const Page& page, std::string_view needle) {
  for (const Block& b : page.blocks) {
    if (b.text.find(needle) != std::string::npos) return true;
  }
  return false;
}

// A made-up news page in the shape real outlets use.
constexpr char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="bn">
<head>
  <meta charset="utf-8">
  <title>নদীর পাড়ে নতুন সেতু | দৈনিক নমুনা</title>
  <meta property="og:title" content="নদীর পাড়ে   নতুন সেতু">
  <meta property="og:site_name" content="দৈনিক নমুনা">
  <meta property="og:url" content="https://example.org/og">
  <link rel="canonical" href="https://example.org/news/1">
  <meta property="article:published_time" content="2024-03-05T10:15:00+06:00">
  <meta property="article:author" content="https://facebook.com/someone">
  <meta name="author" content="নিজস্ব প্রতিবেদক">
  <style>p { color: red }</style>
  <script>var menu = "লুকানো";</script>
</head>
<body class="single-post has-sidebar">
  <header class="site-header"><a href="/">দৈনিক নমুনা</a><nav><a href="/">প্রচ্ছদ</a></nav></header>
  <div class="menu-bar"><a href="/a">রাজনীতি</a> <a href="/b">খেলা</a></div>
  <nav aria-label="breadcrumb" class="crumbs"><a href="/">হোম</a> › <a href="/dhaka">ঢাকা</a></nav>
  <main>
    <article>
      <h1>নদীর পাড়ে নতুন সেতু</h1>
      <div class="byline">নিজস্ব প্রতিবেদক, <span>প্রকাশ: <time datetime="2024-03-05T10:15:00+06:00">৫ মার্চ ২০২৪</time></span></div>
      <figure><img src="x.jpg"><figcaption>সেতুর নির্মাণকাজ। ছবি: সংগৃহীত</figcaption></figure>
      <p>গ্রামের মানুষ   দীর্ঘদিন ধরে একটি সেতুর দাবি জানিয়ে আসছিলেন।</p>
      <p>স্থানীয় <a href="/x">প্রশাসন</a> জানিয়েছে, কাজ আগামী বছর শেষ হবে।</p>
      <h2>খরচ কত</h2>
      <p>প্রথম লাইন<br>দ্বিতীয় লাইন<br><br>নতুন অনুচ্ছেদ</p>
      <ul><li>প্রথম দফা</li><li>দ্বিতীয় দফা</li></ul>
      <blockquote>উদ্ধৃতি এখানে</blockquote>
      <div class="share-buttons"><a href="#">শেয়ার করুন</a></div>
      <div id="comments"><p>মন্তব্য: ভালো খবর</p></div>
      <footer class="entry-footer">ট্যাগ: সেতু</footer>
    </article>
  </main>
  <aside><h3>সর্বাধিক পঠিত</h3><ul><li><a href="/p">অন্য খবর</a></li></ul></aside>
  <div class="related-news"><a href="/r">সম্পর্কিত খবর</a></div>
  <div style="display: none">গোপন লেখা</div>
  <form><input value="খুঁজুন"><button>খুঁজুন</button></form>
  <footer>স্বত্ব সংরক্ষিত</footer>
</body>
</html>)";

TEST(PageFromHtml, ReadsMetadataFromMetaTags) {
  Page page = Parse(kNewsPage);
  EXPECT_TRUE(page.from_html);
  EXPECT_EQ(page.hints.title, "নদীর পাড়ে নতুন সেতু | দৈনিক নমুনা");
  EXPECT_EQ(page.hints.og_title, "নদীর পাড়ে নতুন সেতু");
  EXPECT_EQ(page.hints.site_name, "দৈনিক নমুনা");
  EXPECT_EQ(page.hints.url, "https://example.org/news/1") << "canonical wins over og:url";
  EXPECT_EQ(page.hints.published, "2024-03-05T10:15:00+06:00");
  EXPECT_EQ(page.hints.author, "নিজস্ব প্রতিবেদক") << "a profile URL is no byline";
  EXPECT_EQ(page.hints.language, "bn");
  EXPECT_EQ(page.hints.section, "ঢাকা") << "from the breadcrumb";
}

TEST(PageFromHtml, DropsPageFurniture) {
  Page page = Parse(kNewsPage);
  for (const char* dropped : {"লুকানো", "প্রচ্ছদ", "রাজনীতি", "হোম", "শেয়ার করুন", "মন্তব্য", "ট্যাগ",
                              "সর্বাধিক পঠিত", "সম্পর্কিত খবর", "গোপন লেখা", "খুঁজুন", "স্বত্ব", "color"}) {
    EXPECT_FALSE(Contains(page, dropped)) << dropped;
  }
}

TEST(PageFromHtml, KeepsACopyrightLineFromADroppedFooterAsTheLastBlock) {
  Page page = Parse(
      "<html><body><article><h1>নদীতীরে নতুন বাঁধ</h1><p>বাঁধের কাজ শেষ হয়েছে বলে জানিয়েছেন প্রকৌশলীরা।</p>"
      "<p>বর্ষার আগে বাঁধটি চালু হলে দুই ইউনিয়নের কয়েক হাজার পরিবার ভাঙন থেকে রক্ষা পাবে বলে আশা করা "
      "হচ্ছে।</p></article>"
      "<footer><p>সম্পাদক: একজন সম্পাদক</p><p>&copy; ২০২৪ নদীতীর বার্তা। সর্বস্বত্ব সংরক্ষিত।</p>"
      "<p>যোগাযোগ</p></footer></body></html>");
  ASSERT_FALSE(page.blocks.empty());
  EXPECT_EQ(page.blocks.back().text, "© ২০২৪ নদীতীর বার্তা। সর্বস্বত্ব সংরক্ষিত।");
  EXPECT_FALSE(Contains(page, "সম্পাদক"));
  EXPECT_FALSE(Contains(page, "যোগাযোগ"));
}

TEST(PageFromHtml, ReadsMicrodataAuthorNamesAndTimesInTitleOrContent) {
  Page page = Parse(
      "<html><body><div itemscope itemtype='https://schema.org/BlogPosting'>"
      "<p>লিখেছেন <span itemprop='author' itemscope><span itemprop='name'>রফিক উদ্দিন</span></span></p>"
      "<abbr itemprop='datePublished' title='2024-05-04T21:10:00+06:00'>৯:১০ PM</abbr>"
      "<meta itemprop='dateModified' content='2024-05-05T08:00:00+06:00'>"
      "<p>গ্রামের পাঠাগারে নতুন বই এসেছে।</p></div></body></html>");
  EXPECT_EQ(page.hints.author.value_or(""), "রফিক উদ্দিন");
  EXPECT_EQ(page.hints.published.value_or(""), "2024-05-04T21:10:00+06:00");
  EXPECT_EQ(page.hints.modified.value_or(""), "2024-05-05T08:00:00+06:00");
  EXPECT_EQ(Parse("<p><span itemprop='author'>সালমা বেগম</span></p>").hints.author.value_or(""),
            "সালমা বেগম");
}

TEST(PageFromHtml, TagsBlocksByElement) {
  Page page = Parse(kNewsPage);
  struct Expect {
    const char* text;
    BlockTag tag;
  };
  for (const Expect& e :
       {Expect{"নদীর পাড়ে নতুন সেতু", BlockTag::kH1}, Expect{"নিজস্ব প্রতিবেদক, প্রকাশ:", BlockTag::kParagraph},
        Expect{"৫ মার্চ ২০২৪", BlockTag::kTime}, Expect{"সেতুর নির্মাণকাজ। ছবি: সংগৃহীত", BlockTag::kCaption},
        Expect{"গ্রামের মানুষ দীর্ঘদিন ধরে একটি সেতুর দাবি জানিয়ে আসছিলেন।", BlockTag::kParagraph},
        Expect{"খরচ কত", BlockTag::kHeading}, Expect{"প্রথম দফা", BlockTag::kListItem},
        Expect{"উদ্ধৃতি এখানে", BlockTag::kOther}}) {
    const Block* b = Find(page, e.text);
    ASSERT_NE(b, nullptr) << e.text;
    EXPECT_EQ(b->tag, e.tag) << e.text;
    EXPECT_TRUE(b->in_article) << e.text;
  }
  EXPECT_EQ(Find(page, "৫ মার্চ ২০২৪")->datetime, "2024-03-05T10:15:00+06:00");
}

TEST(PageFromHtml, SplitsBlocksAtLineBreaks) {
  Page page = Parse(kNewsPage);
  std::vector<std::string> texts = Texts(page);
  auto at = std::find(texts.begin(), texts.end(), "প্রথম লাইন");
  ASSERT_NE(at, texts.end());
  ASSERT_LT(at + 2, texts.end());
  EXPECT_EQ(*(at + 1), "দ্বিতীয় লাইন");
  EXPECT_EQ(*(at + 2), "নতুন অনুচ্ছেদ");
  size_t i = static_cast<size_t>(at - texts.begin());
  EXPECT_EQ(page.blocks[i].blank_lines_before, 1) << "a new element";
  EXPECT_EQ(page.blocks[i + 1].blank_lines_before, 0) << "after one <br>";
  EXPECT_EQ(page.blocks[i + 2].blank_lines_before, 1) << "after an empty <br> line";
}

TEST(PageFromHtml, MeasuresLinkDensity) {
  Page page = Parse(
      R"(<body><p>লেখা <a href="/a">লিংক</a></p><p><a href="/b">সব লিংক</a></p><p>কোনো লিংক নেই</p></body>)");
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_NEAR(page.blocks[0].link_density, 0.5f, 0.01f);
  EXPECT_FLOAT_EQ(page.blocks[1].link_density, 1.0f);
  EXPECT_FLOAT_EQ(page.blocks[2].link_density, 0.0f);
  EXPECT_FALSE(page.blocks[0].in_article);
}

TEST(PageFromHtml, ReadsJsonLdInsideAGraph) {
  Page page = Parse(R"(<html><head>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "ভুল নাম"},
      {"@type": ["NewsArticle"], "headline": "বন্যায় ক্ষতিগ্রস্ত
         কৃষক", "datePublished": "2023-08-01T09:00:00+06:00", "dateModified": "2023-08-01T11:30:00+06:00",
       "author": [{"@type": "Person", "name": "জেলা প্রতিনিধি"}, {"name": "অন্য প্রতিবেদক"}],
       "publisher": {"@type": "Organization", "name": "নমুনা বার্তা"}, "articleSection": ["সারাদেশ"]}]}
    </script></head><body><p>লেখা</p></body></html>)");
  EXPECT_EQ(page.hints.og_title, "বন্যায় ক্ষতিগ্রস্ত কৃষক");
  EXPECT_EQ(page.hints.published, "2023-08-01T09:00:00+06:00");
  EXPECT_EQ(page.hints.modified, "2023-08-01T11:30:00+06:00");
  EXPECT_EQ(page.hints.author, "জেলা প্রতিনিধি, অন্য প্রতিবেদক");
  EXPECT_EQ(page.hints.site_name, "নমুনা বার্তা");
  EXPECT_EQ(page.hints.section, "সারাদেশ");
  EXPECT_FALSE(Contains(page, "NewsArticle"));
}

TEST(PageFromHtml, ResolvesAJsonLdPublisherReference) {
  Page page = Parse(R"(<script type="application/ld+json">{"@graph": [
      {"@type": "Organization", "@id": "#org", "name": "সাপ্তাহিক নমুনা"},
      {"@type": "BlogPosting", "headline": "শিরোনাম", "publisher": {"@id": "#org"}}]}</script><p>লেখা</p>)");
  EXPECT_EQ(page.hints.site_name, "সাপ্তাহিক নমুনা");
}

TEST(PageFromHtml, PrefersMetaTagsOverJsonLd) {
  Page page = Parse(R"(<html><head>
    <script type="application/ld+json">{"@type": "Article", "headline": "জেসন শিরোনাম", "datePublished": "2020-01-01"}</script>
    <meta property="og:title" content="মেটা শিরোনাম"></head><body></body></html>)");
  EXPECT_EQ(page.hints.og_title, "মেটা শিরোনাম");
  EXPECT_EQ(page.hints.published, "2020-01-01");
}

TEST(PageFromHtml, IgnoresBrokenJsonLd) {
  Page page = Parse(
      R"(<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><p>লেখা</p>)");
  EXPECT_FALSE(page.hints.og_title.has_value());
  EXPECT_EQ(Texts(page), std::vector<std::string>{"লেখা"});
}

TEST(PageFromHtml, TakesTheArticlesFirstTimeAsPublishedWithoutMeta) {
  Page page = Parse(R"(<body><time datetime="2025-01-01">আজ</time>
    <article><p>লেখা</p><time datetime="2024-12-30T08:00:00+06:00">৩০ ডিসেম্বর</time></article></body>)");
  EXPECT_EQ(page.hints.published, "2024-12-30T08:00:00+06:00") << "the header's today is not publication";
}

TEST(PageFromHtml, KeepsFurnitureThatHoldsTheArticle) {
  // An ASP.NET page wraps everything in a <form>; a wrapper may be classed
  // "sidebar-layout". Neither may take the article with it.
  Page page = Parse(R"(<body><form id="form1"><div class="sidebar-layout">
    <h1>শিরোনাম</h1><p>প্রথম অনুচ্ছেদ।</p><div class="widget">উইজেট</div></div></form></body>)");
  EXPECT_EQ(Texts(page), (std::vector<std::string>{"শিরোনাম", "প্রথম অনুচ্ছেদ।"}));
}

TEST(PageFromHtml, KeepsAHeaderThatHoldsTheHeadline) {
  Page page =
      Parse(R"(<article><header><h1>শিরোনাম</h1></header><p>লেখা</p><footer>পাদটীকা</footer></article>)");
  EXPECT_EQ(Texts(page), (std::vector<std::string>{"শিরোনাম", "লেখা"}));
}

TEST(PageFromHtml, DropsByRoleAndKeepsTextDirectlyInContainers) {
  Page page = Parse(R"(<body><div role="navigation">মেনু</div><div>সরাসরি লেখা <b>মোটা</b> অক্ষর</div>
    <section itemprop="articleBody">মূল লেখা</section></body>)");
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].text, "সরাসরি লেখা মোটা অক্ষর");
  EXPECT_EQ(page.blocks[0].tag, BlockTag::kParagraph);
  EXPECT_FALSE(page.blocks[0].in_article);
  EXPECT_TRUE(page.blocks[1].in_article);
}

TEST(PageFromHtml, DecodesEntities) {
  Page page = Parse("<p>A&amp;B &#2453;&#x9be; &nbsp;&lt;x&gt;</p>");
  EXPECT_EQ(Texts(page), std::vector<std::string>{"A&B কা <x>"});
}

TEST(PageFromHtml, IgnoresAMetaCharsetInDecodedInput) {
  Page page = Parse("<meta charset=\"windows-1252\"><p>খবর</p>");
  EXPECT_EQ(Texts(page), std::vector<std::string>{"খবর"});
}

TEST(PageFromHtml, RejectsAnEmptyDocument) {
  Result<Page> page = PageFromHtml(" \n ", Config());
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().message(), "empty HTML document");
}

// ---- Bad input.

TEST(PageFromHtmlBadInput, NestingHundredThousandDeepGivesABestEffortPage) {
  std::string html = "<html><head><title>গভীর</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "ভেতরের লেখা";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>শেষের লেখা</p></body></html>";
  auto start = std::chrono::steady_clock::now();
  Result<Page> page = PageFromHtml(html, Config());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(Contains(*page, "ভেতরের লেখা"));
  EXPECT_TRUE(Contains(*page, "শেষের লেখা"));
  EXPECT_EQ(page->hints.title, "গভীর");
  EXPECT_FALSE(page->warnings.empty());
  EXPECT_LT(seconds, 5.0 * GHOTONA_TIME_LIMIT_SCALE);
}

TEST(PageFromHtmlBadInput, UnclosedInlineTagsDeepGiveABestEffortPage) {
  std::string html = "<p>";
  for (int i = 0; i < 100000; ++i) html += "<b><i>x";
  Result<Page> page = PageFromHtml(html, Config());
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->blocks.empty());
}

TEST(PageFromHtmlBadInput, GarbageMarkupGivesAPage) {
  Result<Page> page = PageFromHtml("<<<>>></p></div><a href='<p>'>লিংক<!-- খোলা মন্তব্য <script>", Config());
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(Contains(*page, "লিংক"));
}

TEST(LoadHtmlReaderConfig, ReportsAMissingDataDirectory) {
  auto config = LoadHtmlReaderConfig("/nonexistent-dir");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), Status::Code::kNotFound);
}

TEST(LoadHtmlReaderConfig, LoadsTokensAndRoles) {
  EXPECT_TRUE(Config().drop_tokens.count("comment"));
  EXPECT_TRUE(Config().drop_roles.count("navigation"));
  EXPECT_FALSE(Config().drop_tokens.count("role=navigation"));
}

}  // namespace
}  // namespace ghotona::page
