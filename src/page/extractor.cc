// Extractor: runs the block classifier and the metadata rules in order and
// assembles the Article.
#include "page/extractor.h"

#include <utility>

#include "page/boilerplate.h"
#include "page/extractor_text.h"
#include "page/metadata.h"
#include "page/text_reader.h"
#include "text/language.h"
#include "text/normalize.h"

namespace ghotona::page {
namespace {

// How many blocks around the first article region are searched for date
// lines, bylines and labels: the headline is looked for up to 12 blocks above
// the article text and its date line up to 5 above the headline.
constexpr int kMetaWindow = 20;
// How many blocks at the end of the article region are searched for an
// author line that ends the article.
constexpr int kAuthorLineTail = 3;

// Whether normalized text needs whitespace collapsing. Normalize leaves only
// ASCII spaces, '\t' and '\n' as whitespace (text/normalize.h), so a doubled,
// leading or trailing space or a tab or newline is all there is to find.
bool NeedsCollapse(std::string_view s) {
  if (s.empty()) return false;
  if (s.front() == ' ' || s.back() == ' ') return true;
  char prev = 'x';
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ' && (c != ' ' || prev == ' ')) return true;
    prev = c;
  }
  return false;
}

// Normalized text with whitespace collapsed (readers collapse already, so
// the collapse pass runs only when normalization left something to do).
std::string Clean(std::string_view s) {
  std::string out = text::Normalize(s);
  if (NeedsCollapse(out)) out = text::CollapseWhitespace(out);
  return out;
}

std::optional<std::string> CleanOptional(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  std::string c = Clean(*s);
  if (c.empty()) return std::nullopt;
  return c;
}

// Published and updated from the page's dates; without a printed date, a
// weekday in the body may fix it (marked inferred, with a warning).
void SetDates(const PageDates& dates, const DateParser& parser, const DateOptions& options,
              Article* article) {
  article->updated = dates.updated;
  if (dates.published) {
    article->published = dates.published;
    article->published_source = DateSource::kPage;
  } else if (auto inferred = InferPublishedFromWeekdays(article->body, parser, options)) {
    article->published = inferred;
    article->published_source = DateSource::kInferred;
    article->warnings.push_back("date inferred from weekday");
  }
}

void AddSources(const std::vector<const BlockInfo*>& blocks, const Lexicon& lexicon, Article* article) {
  for (const std::string& source : FindSources(blocks, lexicon)) {
    std::string name = Clean(source);
    if (!name.empty()) article->attributed_sources.push_back(std::move(name));
  }
}

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Load(std::string_view data_dir, const DateParser* dates) {
  if (dates == nullptr) return Status::InvalidArgument("Extractor::Load needs a DateParser");
  auto lexicon = Lexicon::Load(data_dir);
  if (!lexicon.ok()) return lexicon.status();
  return std::unique_ptr<Extractor>(new Extractor(std::move(*lexicon), dates));
}

Article Extractor::Extract(const Page& page, const ExtractOptions& options) const {
  Article article;
  const DateOptions date_options{options.reference, options.default_utc_offset_minutes};

  std::vector<BlockInfo> blocks = AnalyzeBlocks(page, lexicon_);
  const int n = static_cast<int>(blocks.size());
  // A first region from the blocks' own features; date lines, bylines and
  // labels are then looked for around it (where headline, date line and
  // byline stand), and the region is found again with them marked.
  ScoreBlocks(blocks);
  Region region = FindArticleRegion(blocks, 0, n);
  const int meta_from = region.empty() ? 0 : region.begin - kMetaWindow;
  const int meta_to = region.empty() ? kMetaWindow * 2 : region.end + kMetaWindow;
  MarkMetaLines(blocks, meta_from, meta_to, lexicon_, dates_, date_options);
  ScoreBlocks(blocks);
  MarkInlineTables(blocks);
  region = ExtendRegionBackward(blocks, FindArticleRegion(blocks, 0, n));

  TitleChoice title = FindTitle(blocks, page, lexicon_, region.empty() ? n : region.begin);
  if (title.title) {
    // Copies of the headline are never body text.
    const std::string key = FoldKey(*title.title);
    for (BlockInfo& b : blocks) {
      if (!key.empty() && b.key == key) b.excluded = true;
    }
    // A headline inside the region (HTML): the article starts below it.
    if (title.block >= region.begin && title.block < region.end && title.block + 1 < n) {
      Region below = ExtendRegionBackward(blocks, FindArticleRegion(blocks, title.block + 1, n));
      if (below.begin <= title.block) below.begin = title.block + 1;
      if (!below.empty() && below.sum >= 0.5 * region.sum) region = below;
    }
  }

  // An author line among the region's last blocks ("লেখক: <name>, <post>")
  // closes the article: what follows it is a disclaimer or an author box.
  for (int i = std::max(region.begin + 1, region.end - kAuthorLineTail); i < region.end; ++i) {
    if (blocks[i].byline_line) {
      region.end = i + 1;
      break;
    }
  }

  std::vector<const BlockInfo*> body_blocks;
  for (int i = region.begin; i < region.end; ++i) {
    if (!IsBodyBlock(blocks[i])) continue;
    std::string p = Clean(StripTrailingReporterTag(blocks[i].text));
    if (p.empty()) continue;
    if (!article.body.empty()) article.body += "\n\n";
    article.body += p;
    body_blocks.push_back(&blocks[i]);
  }
  if (article.body.empty()) article.warnings.push_back("no article text found");

  article.title = CleanOptional(title.title);

  PageDates dates = FindPageDates(blocks, title.block, region, page.hints, *dates_, date_options);
  SetDates(dates, *dates_, date_options, &article);

  std::optional<BylineMatch> byline = FindByline(blocks, title.block, region, lexicon_);
  article.byline = byline ? CleanOptional(byline->byline) : CleanOptional(page.hints.author);
  article.outlet = CleanOptional(FindOutlet(blocks, page.hints, byline, title.block, region, lexicon_));
  article.section = CleanOptional(FindSection(blocks, page.hints, title, lexicon_));
  article.url = page.hints.url;

  // A source line just below the region (kept out of it by its score) still names sources.
  for (int i = region.end; i < std::min(n, region.end + 2); ++i) {
    if (blocks[i].source_line && !blocks[i].excluded) body_blocks.push_back(&blocks[i]);
  }
  AddSources(body_blocks, lexicon_, &article);
  article.language = text::DetectLanguage(article.body);
  return article;
}

Article Extractor::ExtractBody(std::string_view body, const PageHints& hints,
                               const ExtractOptions& options) const {
  Article article;
  const DateOptions date_options{options.reference, options.default_utc_offset_minutes};
  const Page page = PageFromText(body);
  std::vector<BlockInfo> blocks = AnalyzeBlocks(page, lexicon_);
  std::vector<const BlockInfo*> paragraphs;
  for (const BlockInfo& b : blocks) {
    std::string p = Clean(b.text);
    if (p.empty()) continue;
    if (!article.body.empty()) article.body += "\n\n";
    article.body += p;
    paragraphs.push_back(&b);
  }
  if (article.body.empty()) article.warnings.push_back("no article text found");
  article.title = CleanOptional(hints.og_title);  // a record's title is used as is
  article.outlet = CleanOptional(hints.site_name);
  article.byline = CleanOptional(hints.author);
  article.section = CleanOptional(hints.section);
  article.url = hints.url;
  PageDates dates = FindPageDates({}, -1, Region{}, hints, *dates_, date_options);
  SetDates(dates, *dates_, date_options, &article);
  AddSources(paragraphs, lexicon_, &article);
  article.language = text::DetectLanguage(article.body);
  return article;
}

}  // namespace ghotona::page
