// The page stage's heart: a Page (blocks + hints from any reader) -> the
// Article it holds. Body text is chosen by the block classifier of
// boilerplate.h (features of each block, then the densest run of article-like
// blocks after the headline); title, dates, byline, outlet, section and
// sources come from metadata.h. Rules read features of the page, never a list
// of known outlets; data/page/ only supplies words (UI phrases, labels,
// section names, agencies), loaded once by Load.
//
// Output semantics are those of docs/CONTRACT.md: published is the printed
// publication time (else the update time, else the metadata date, else a date
// inferred from a weekday in the text, marked kInferred with a warning);
// body paragraphs are text::Normalize'd, whitespace collapsed and joined by
// one blank line.
#ifndef GHOTONA_PAGE_EXTRACTOR_H_
#define GHOTONA_PAGE_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string_view>

#include "ghotona/article.h"
#include "ghotona/date.h"
#include "ghotona/status.h"
#include "page/extractor_lexicon.h"
#include "page/page.h"

namespace ghotona::page {

struct ExtractOptions {
  // Against which weekday-only and year-less dates are resolved; without it
  // a weekday fixes the year only when one year in 2000..2035 fits.
  std::optional<CivilDate> reference;
  // The offset given to a printed time of day without one (Asia/Dhaka).
  int default_utc_offset_minutes = 360;
};

class Extractor {
 public:
  // Loads data_dir/page/*. dates must be non-null and outlive the extractor.
  static Result<std::unique_ptr<Extractor>> Load(std::string_view data_dir, const DateParser* dates);

  // Thread-safe; linear in the page size. Reader warnings (Page::warnings)
  // are left to the caller, which reports them with the document.
  Article Extract(const Page& page, const ExtractOptions& options) const;

  // Clean article text (a JSON Lines "body" record): no boilerplate removal.
  // Every non-empty line is a paragraph; the title, outlet, date and url come
  // from the hints (og_title, site_name, published, url); without a date the
  // weekday inference runs on the text; sources are read from it as in
  // Extract. Thread-safe.
  Article ExtractBody(std::string_view body, const PageHints& hints, const ExtractOptions& options) const;

 private:
  Extractor(Lexicon lexicon, const DateParser* dates) : lexicon_(std::move(lexicon)), dates_(dates) {}

  Lexicon lexicon_;
  const DateParser* dates_;
};

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_EXTRACTOR_H_
