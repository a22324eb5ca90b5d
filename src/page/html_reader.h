// The HTML reader: an HTML page -> Page, with libxml2's error-tolerant HTML
// parser. The tree is walked iteratively (deep nesting cannot overflow the C++
// stack). Page furniture is dropped (scripts, forms, <nav>, <aside>, <footer>,
// hidden elements, and elements whose class/id tokens or ARIA role mark menus,
// comments, share bars, related lists, ads...); block-level elements become
// Blocks (tagged h1/heading/paragraph/list item/caption/time/other, with link
// density and whether they sit inside the article); metadata (<title>, Open
// Graph and article:* meta tags, canonical link, <html lang>, JSON-LD
// NewsArticle objects, microdata itemprop author/datePublished/dateModified,
// breadcrumbs, the article's first <time datetime>) becomes PageHints. A
// copyright line inside dropped furniture (a <footer>) is kept as the last
// block, since it names the outlet. Thread-safe; no network access.
#ifndef GHOTONA_PAGE_HTML_READER_H_
#define GHOTONA_PAGE_HTML_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "ghotona/status.h"
#include "page/page.h"

namespace ghotona::page {

// Heterogeneous lookup so that a string_view finds a std::string.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using TokenSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

// Which elements count as page furniture beyond the fixed element list
// (script, style, nav, aside, footer, form...). A default-constructed config
// drops by element name only.
struct HtmlReaderConfig {
  // Lower-case class/id tokens. A class name matches when it equals a token
  // or one of its '-'/'_'-separated parts does ("main-nav" matches "nav").
  TokenSet drop_tokens;
  // Lower-case ARIA roles (navigation, banner, contentinfo, complementary...).
  TokenSet drop_roles;
};

// Reads <data_dir>/page/html_drop_tokens.txt (format in its header).
Result<HtmlReaderConfig> LoadHtmlReaderConfig(std::string_view data_dir);

// Parses a page. utf8 must be valid UTF-8 (the readers decode first); a
// <meta charset> in it is ignored. Broken markup gives a best-effort Page;
// when libxml2 stops early (e.g. nesting deeper than 256), the blocks come
// from the tag-stripped text instead, with a warning. Fails only for input
// without any markup or text ("empty HTML document").
Result<Page> PageFromHtml(std::string_view utf8, const HtmlReaderConfig& config);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_HTML_READER_H_
