// The reader/extractor seam. Every reader (text dump, HTML, JSON Lines) turns
// its input into a Page: a sequence of text blocks plus metadata hints. One
// block classifier (extractor.h) then picks the article out of any Page, so an
// HTML page and a text dump of it are judged by the same rules.
#ifndef GHOTONA_PAGE_PAGE_H_
#define GHOTONA_PAGE_PAGE_H_

#include <optional>
#include <string>
#include <vector>

namespace ghotona::page {

// What the source markup says a block is. Text dumps only have kLine.
enum class BlockTag {
  kLine,       // a line of a plain-text dump
  kH1,         // <h1>
  kHeading,    // <h2>..<h6>
  kParagraph,  // <p>, or text directly inside a container
  kListItem,   // <li>, <dt>, <dd>
  kCaption,    // <figcaption>, <caption>
  kTime,       // <time>
  kOther,      // table cells, <blockquote>, <pre>...
};

struct Block {
  std::string text;  // UTF-8, whitespace collapsed, never empty for HTML blocks
  BlockTag tag = BlockTag::kLine;
  float link_density = 0.0f;  // share of the text inside <a> (HTML only)
  bool in_article = false;    // inside <article> / itemprop=articleBody / <main> (HTML only)
  // Paragraph boundaries. Text: the number of blank lines dropped just before
  // this line. HTML: 1 when the block starts a new element, 0 for a line that
  // follows a <br> inside the same element, +1 for each further empty <br> line.
  int blank_lines_before = 0;
  bool bulleted = false;  // text: the line began with a bullet ("•", "- ", "* "), now stripped
  std::string datetime;   // kTime blocks: the datetime attribute, when present
};

// Metadata the markup or a JSON Lines record states.
struct PageHints {
  std::optional<std::string> title;      // <title>
  std::optional<std::string> og_title;   // og:title, JSON-LD headline, JSONL title
  std::optional<std::string> site_name;  // og:site_name, JSON-LD publisher, JSONL outlet
  std::optional<std::string>
      published;  // article:published_time, JSON-LD datePublished, <time datetime>, JSONL date
  std::optional<std::string> modified;  // article:modified_time, JSON-LD dateModified
  std::optional<std::string> author;    // meta author, JSON-LD author
  std::optional<std::string> section;   // article:section, JSON-LD articleSection
  std::optional<std::string> url;       // og:url, canonical, JSONL url
  std::optional<std::string> language;  // <html lang>
};

struct Page {
  std::vector<Block> blocks;
  PageHints hints;
  bool from_html = false;
  std::vector<std::string> warnings;  // reader-level notes ("invalid UTF-8 replaced")
};

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_PAGE_H_
