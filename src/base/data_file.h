// Reading the project's data files (data/*, models, gold files): a whole
// file into memory, and its lines with their 1-based numbers for messages of
// the form "path:line: reason". A UTF-8 byte order mark at the start and a
// carriage return before each newline are dropped.
#ifndef GHOTONA_BASE_DATA_FILE_H_
#define GHOTONA_BASE_DATA_FILE_H_

#include <string>
#include <string_view>

#include "ghotona/status.h"

namespace ghotona::base {

// The file's bytes; IoError "cannot open PATH" or "error reading PATH".
Result<std::string> ReadFile(const std::string& path);

// Whether a data line carries nothing: blank, or a '#' comment (leading
// spaces and tabs ignored).
bool IsBlankOrComment(std::string_view line);

// Calls fn(line, line_number) for every line of content, in order; stops at
// and returns the first error fn returns.
template <typename Fn>
Status ForEachLine(std::string_view content, Fn&& fn) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  int line_no = 0;
  while (!content.empty()) {
    const size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    content.remove_prefix(newline == std::string_view::npos ? content.size() : newline + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    GHOTONA_RETURN_IF_ERROR(fn(line, line_no));
  }
  return Status::Ok();
}

// Reads path and calls fn(line, "path:N") for each line that is not blank or
// a comment.
template <typename Fn>
Status ForEachDataLine(const std::string& path, Fn&& fn) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  return ForEachLine(*content, [&](std::string_view line, int line_no) {
    if (IsBlankOrComment(line)) return Status::Ok();
    return fn(line, path + ":" + std::to_string(line_no));
  });
}

}  // namespace ghotona::base

#endif  // GHOTONA_BASE_DATA_FILE_H_
