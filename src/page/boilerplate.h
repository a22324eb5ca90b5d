// The block classifier: which blocks of a Page are the article's text. Each
// block is described once by its own features (letters, sentences, how it
// ends, UI phrases, captions, reporter tags, repetition on the page, link
// density and container for HTML), scored as "article-like" (> 0) or
// "furniture-like" (< 0), and the article is the maximum-sum run of
// consecutive blocks (Kadane), which lets short article lines such as a
// one-sentence paragraph or a "সূত্র: ..." line stay inside the run while
// menus, related lists and comment widgets fall outside it. Hard boundaries
// (comment widgets, tag lists: "the article is over") end a run. Linear time
// in the number of blocks; repeated blocks are found by hash.
#ifndef GHOTONA_PAGE_BOILERPLATE_H_
#define GHOTONA_PAGE_BOILERPLATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/date.h"
#include "page/extractor_lexicon.h"
#include "page/page.h"

namespace ghotona::page {

// The features of one non-empty block, computed once.
struct BlockInfo {
  const Block* block = nullptr;
  std::string_view text;  // the block's text
  std::string light;      // FoldLight(text)
  std::string key;        // FoldKey(text): equal keys = the same line
  int letters = 0;        // letter code points (marks included)
  int bengali_letters = 0;
  int latin_letters = 0;
  int digits = 0;
  int words = 0;
  int sentences = 0;                     // sentence terminators after a word
  bool terminal = false;                 // ends with a terminator (closing quotes allowed)
  bool danda_terminal = false;           // ... and that terminator is a danda
  bool question_or_exclamation = false;  // ... or a '?' or '!'
  bool number_only = false;              // nothing but digits: a list number ("১০")
  bool reporter_tag = false;             // desk initials such as "/কেএ/" or "(কেএ/)"
  bool source_line = false;              // "সূত্র: ..." (a source label and a colon)
  PhraseKind phrase = PhraseKind::kNone;
  int occurrences = 1;  // blocks on the page with the same key
  bool first_occurrence = true;

  // Set by the metadata pass (metadata.h).
  bool meta_line = false;          // a date line, byline or section label
  bool byline_line = false;        // ... a byline in particular
  std::vector<DateMention> dates;  // date mentions of a short block

  // Set by ScoreBlocks.
  double score = 0;
  bool in_list_zone = false;  // after a list heading, before the next paragraph
  bool excluded = false;      // never body text (a copy, a title, a meta line...)
};

// Features of every non-empty block of the page, in page order.
std::vector<BlockInfo> AnalyzeBlocks(const Page& page, const Lexicon& lexicon);

// A block that reads as running text: ends like a sentence or holds several.
bool IsTextual(const BlockInfo& b);

// Scores each block (BlockInfo::score) and marks list zones and blocks that
// can never be body text (BlockInfo::excluded), among them the first line of
// a caption printed above its "ছবি: <name>" credit line. Call after the
// metadata pass marked meta lines.
void ScoreBlocks(std::vector<BlockInfo>& blocks);

// A table printed inside the article (a header row and at least three short
// rows with figures, "<name> <number> <percent>", between two article
// paragraphs) is article text: its rows get a small positive score. Call
// after ScoreBlocks.
void MarkInlineTables(std::vector<BlockInfo>& blocks);

// Half-open range of block indices.
struct Region {
  int begin = 0;
  int end = 0;
  double sum = 0;
  bool empty() const { return end <= begin; }
};

// The maximum-sum run of consecutive blocks within [from, to), never crossing
// an "article is over" block and never running past a standalone source line.
Region FindArticleRegion(const std::vector<BlockInfo>& blocks, int from, int to);

// Moves the region's start back over a related-link box, caption or UI line
// (never a headline-like line or an "article is over" block) to an article
// paragraph just above it: a short lead paragraph above a "আরও পড়ুন" box
// weighs too little to carry the run across the box on its own.
Region ExtendRegionBackward(const std::vector<BlockInfo>& blocks, Region region);

// Whether a block inside the region is article text.
bool IsBodyBlock(const BlockInfo& b);

// The text without trailing desk initials ("... করেন। /কেএ/").
std::string_view StripTrailingReporterTag(std::string_view text);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_BOILERPLATE_H_
