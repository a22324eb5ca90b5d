// Article metadata from the blocks around the headline: the title, the
// publication and update times, byline, outlet, section and the sources the
// article cites, plus the weekday inference of a publication date when the
// page prints none. Every rule reads features of the page (where a line
// stands relative to the headline and the article text, labels, desk words,
// capitalized mastheads); the data/page/ lists only say which words are
// labels. Pure functions of their inputs; thread-safe.
#ifndef GHOTONA_PAGE_METADATA_H_
#define GHOTONA_PAGE_METADATA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/date.h"
#include "page/boilerplate.h"
#include "page/extractor_lexicon.h"
#include "page/page.h"

namespace ghotona::page {

// Stores the date mentions of the short blocks in [from, to)
// (BlockInfo::dates) and marks date lines, bylines and section labels among
// them as meta lines. dates may be null (no date handling).
void MarkMetaLines(std::vector<BlockInfo>& blocks, int from, int to, const Lexicon& lex,
                   const DateParser* dates, const DateOptions& options);

// A byline found in one line: the byline itself, and the text before it on
// the same line (a masthead such as "Daily Nodikotha" before "নদীকথা ডেস্ক").
struct BylineMatch {
  std::string byline;
  std::string before;
  bool desk = false;  // a "<X> ডেস্ক" byline
};
std::optional<BylineMatch> MatchByline(std::string_view text, const Lexicon& lex);

struct TitleChoice {
  std::optional<std::string> title;  // not yet normalized
  int block = -1;                    // the block it was read from, -1 if none
  std::optional<std::string> breadcrumb_section;
};
// body_begin: index of the first block of the article region (blocks.size()
// when there is none).
TitleChoice FindTitle(const std::vector<BlockInfo>& blocks, const Page& page, const Lexicon& lex,
                      int body_begin);

// "Headline | Outlet" -> "Headline" (a short trailing part after " | ", " - "...).
std::string StripTitleSuffix(std::string_view title);

struct PageDates {
  std::optional<DateTime> published;
  std::optional<DateTime> updated;
};
// Dates printed near the headline (labelled first, then the unlabelled date
// line after the headline), then the page's metadata. Never the page-header
// "today" date above the headline, never a date in the article text or in a
// related list.
PageDates FindPageDates(const std::vector<BlockInfo>& blocks, int title_block, const Region& region,
                        const PageHints& hints, const DateParser& dates, const DateOptions& options);

// The day of the latest event the body dates with a weekday and a year-less
// day and month ("বৃহস্পতিবার (১৫ ফেব্রুয়ারি)"), when exactly one year fits
// every weekday, every year-less date (29 February) and, with several fits,
// the years the text names or the reference. Nullopt when unsure.
std::optional<DateTime> InferPublishedFromWeekdays(std::string_view body, const DateParser& dates,
                                                   const DateOptions& options);

// The byline near the headline, else the metadata author.
std::optional<BylineMatch> FindByline(const std::vector<BlockInfo>& blocks, int title_block,
                                      const Region& region, const Lexicon& lex);

// The outlet as the page names it: metadata site name, a Latin masthead, a
// copyright line, a desk byline "<X> ডেস্ক", a follow-us prompt, a line that
// is a known outlet's name.
std::optional<std::string> FindOutlet(const std::vector<BlockInfo>& blocks, const PageHints& hints,
                                      const std::optional<BylineMatch>& byline, int title_block,
                                      const Region& region, const Lexicon& lex);

// Metadata section, a "বিভাগ : X" label, the breadcrumb, a section line
// just above the headline.
std::optional<std::string> FindSection(const std::vector<BlockInfo>& blocks, const PageHints& hints,
                                       const TitleChoice& title, const Lexicon& lex);

// Sources the text cites: "সূত্র: A, B ও C" and agencies named in a sentence
// with a reporting cue ("জানিয়েছে রয়টার্স"). In order of appearance, unique.
// Names are cut from the blocks' text as printed.
std::vector<std::string> FindSources(const std::vector<const BlockInfo*>& blocks, const Lexicon& lex);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_METADATA_H_
