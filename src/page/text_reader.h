// The text-dump reader: a whole web page saved as plain text (menus, related
// lists and all) becomes a Page of one Block per non-blank line. Blank lines
// are not blocks but are counted in Block::blank_lines_before, because they
// mark paragraph boundaries the extractor needs; a leading bullet is stripped
// and recorded in Block::bulleted. Pure function, linear time, thread-safe.
#ifndef GHOTONA_PAGE_TEXT_READER_H_
#define GHOTONA_PAGE_TEXT_READER_H_

#include <string_view>

#include "page/page.h"

namespace ghotona::page {

// utf8 must be valid UTF-8 (the readers decode first). Lines end at "\n",
// "\r\n" or a lone "\r"; each line's whitespace is collapsed.
Page PageFromText(std::string_view utf8);

}  // namespace ghotona::page

#endif  // GHOTONA_PAGE_TEXT_READER_H_
