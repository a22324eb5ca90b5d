// The language knowledge of the extractor, loaded once from data/page/: UI
// phrases (ui_phrases.txt), section names (sections.txt), byline words
// (byline_words.txt), news agencies (agencies.txt), known outlets
// (outlets.tsv) and label words and cues (labels.txt). Every entry is stored
// already folded (extractor_text.h) so that matching never folds the lists
// again. Immutable after Load; shared by all threads.
#ifndef GHOTONA_PAGE_EXTRACTOR_LEXICON_H_
#define GHOTONA_PAGE_EXTRACTOR_LEXICON_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ghotona/status.h"
#include "page/extractor_text.h"

namespace ghotona::page {

// What a UI phrase says about the block it matches (ui_phrases.txt).
enum class PhraseKind : uint8_t { kNone, kUi, kList, kEnd, kCaption, kAd };

struct Lexicon {
  struct Agency {
    // Every spelling as written in the data file (the name reported when the
    // text uses that spelling) and as FoldLight letter runs ("আল জাজিরা" ->
    // {"আল", "জাজিরা"}).
    std::vector<std::string> written;
    std::vector<std::vector<std::string>> spellings;
  };

  // ui_phrases.txt, by match mode; line/prefix/suffix hold FoldKey forms,
  // contains holds FoldLight forms.
  StringMap<PhraseKind> line_phrases;
  size_t longest_line_phrase = 0;  // a longer key is never looked up
  std::vector<std::pair<std::string, PhraseKind>> prefix_phrases;
  std::vector<std::pair<std::string, PhraseKind>> suffix_phrases;
  // prefix_phrases by the last byte of their first code point, suffix_phrases
  // by their last byte: a block's key is compared with few phrases.
  std::array<std::vector<int>, 256> prefix_by_byte;
  std::array<std::vector<int>, 256> suffix_by_byte;
  std::vector<std::pair<std::string, PhraseKind>> contains_phrases;
  // "contains" phrases by the last byte of their first code point (with that
  // code point's length), so a block is scanned once, byte by byte.
  std::array<std::vector<std::pair<int, int>>, 256> contains_by_byte;

  // sections.txt: FoldKey -> name as written.
  StringMap<std::string> sections;

  // byline_words.txt (FoldLight forms; generic holds FoldKey forms).
  std::vector<std::string> desk_words;
  std::vector<std::string> role_words;
  std::vector<std::string> by_words;
  StringSet generic_desk_words;

  // labels.txt (FoldLight forms).
  std::vector<std::string> source_labels;
  std::vector<std::string> section_labels;
  std::vector<std::string> home_words;
  std::vector<std::string> outlet_prompts;  // longest first
  std::vector<std::string> masthead_words;
  std::vector<std::string> copyright_marks;
  std::vector<std::string> rights_phrases;
  std::vector<std::string> source_cues;
  std::vector<std::string> case_suffixes;
  std::vector<std::string> joiners;
  std::vector<std::string> imperatives;    // "করুন": a line ending so is a UI instruction
  std::vector<std::string> agency_intros;  // "বার্তা সংস্থা": a media name follows
  std::vector<std::string> republished_notes;  // "প্রথম প্রকাশিত হয়েছে": the first medium follows
  StringSet media_words;               // "নিউজ", "পোস্ট": "<X> নিউজ" names a medium
  std::bitset<1024> media_first;       // first code points of media_words (cp % 1024)
  std::bitset<256> suffix_last_bytes;  // last bytes of case_suffixes

  std::vector<Agency> agencies;  // agencies.txt
  // First letter run of a spelling -> (agency, spelling) indices.
  StringMap<std::vector<std::pair<int, int>>> agency_index;
  // Filter of the first code points of agency_index keys (bit cp % 1024).
  std::bitset<1024> agency_first;
  // outlets.tsv: FoldKey of every name -> the name as written.
  StringMap<std::string> outlets;

  // Reads the files above from data_dir/page/. Errors name the file and line.
  static Result<Lexicon> Load(std::string_view data_dir);

  // The phrase kind of a block from its FoldKey and FoldLight forms; light
  // is only searched for "contains" phrases when it is short (a UI string
  // never fills a paragraph).
  PhraseKind Classify(std::string_view key, std::string_view light) const;

  // True when the FoldKey `key` is a generic desk word or a section name.
  bool IsGenericDeskWord(std::string_view key) const;
};

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_EXTRACTOR_LEXICON_H_
