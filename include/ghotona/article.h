// The article a page yields: headline, clean body and metadata. Fields map one
// to one onto the document object of the output contract (docs/FORMATS.md).
#ifndef GHOTONA_ARTICLE_H_
#define GHOTONA_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "ghotona/date.h"

namespace ghotona {

// Where a publication time came from.
enum class DateSource {
  kPage,      // printed on the page or in its metadata
  kInferred,  // deduced from the text (weekday + day + month fixing the year...)
};

struct Article {
  std::optional<std::string> title;  // the headline, whitespace collapsed
  std::optional<DateTime> published;
  std::optional<DateSource> published_source;
  std::optional<DateTime> updated;
  std::optional<std::string> outlet;  // as the page names it
  std::optional<std::string> byline;  // author or desk
  std::optional<std::string> section;
  std::optional<std::string> url;
  std::vector<std::string> attributed_sources;
  // The article text only; paragraphs separated by one blank line. NFC plus the
  // Bengali normalization of text/normalize.h, so offsets are stable.
  std::string body;
  std::string language;  // BCP 47 ("bn", "en", "und")
  std::vector<std::string> warnings;
};

}  // namespace ghotona

#endif  // GHOTONA_ARTICLE_H_
