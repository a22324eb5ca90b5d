// Phonetic keys for transliterated foreign names: one key for the spellings
// Bengali writers use for one name (আলি/আলী, বোগদানভ/বোগদানোভ,
// আরাগচি/আরাকচি, খামেনি/খামেনেই), different keys for different names. The
// key is lowercase ASCII made by ordered rewrite rules from
// data/ner/phonetic.tsv: a "map" stage turns Bengali letters into key letters
// (longest match first, with ^/$ word anchors), a "fold" stage rewrites the
// key itself, then repeated vowels collapse. What the shipped rules fold is
// documented in that file.
//
// RewriteRules, the longest-match rule table both stages use, is shared with
// the romanizer. Everything here is immutable after Load and thread-safe.
#ifndef GHOTONA_NER_PHONETIC_H_
#define GHOTONA_NER_PHONETIC_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ghotona/status.h"

namespace ghotona::ner {

// One line of a rewrite-rule file (data/ner/phonetic.tsv, romanize.tsv):
// "stage<TAB>from<TAB>to"; from is normalized, a "to" of "-" is empty.
// `where` ("path:N") prefixes the error of a line without three columns.
struct RuleLine {
  std::string_view stage;
  std::string from;
  std::string_view to;
};
Result<RuleLine> ParseRuleLine(std::string_view line, const std::string& where);

// A set of rewrite rules "from -> to" over code points, applied left to right
// with the longest matching `from` at each position (on equal length the rule
// added first wins). `from` may start with '^' (matches only at the start of
// the input) and end with '$' (only at its end). Text no rule matches is
// copied (kCopy) or dropped except ASCII letters and digits, which are
// lowercased (kKeepAsciiAlnum). Linear in the input for a fixed rule set.
class RewriteRules {
 public:
  enum class Unmatched { kCopy, kKeepAsciiAlnum };

  // `from` must be valid UTF-8 with at least one code point besides anchors.
  Status Add(std::string_view from, std::string_view to);
  // Appends the rewritten `in` to *out; allocates only to grow *out.
  void Apply(std::string_view in, Unmatched unmatched, std::string* out) const;
  // Rewrites (*s)[start..] in place. Precondition: every rule's `to` is no
  // longer in bytes than its `from` without anchors (see ShrinksOnly()).
  void ApplyInPlace(std::string* s, size_t start) const;
  // Whether no rule's output is longer than its input.
  bool ShrinksOnly() const { return shrinks_only_; }
  bool empty() const { return nodes_.size() <= 1; }

 private:
  static constexpr uint32_t kBegin = 256;  // symbol for '^'
  static constexpr uint32_t kEnd = 257;    // symbol for '$'
  static constexpr uint32_t kDense = 258;  // ASCII, U+0980..U+09FF, ^, $
  struct Node {
    uint32_t next[kDense] = {};  // 0 = no child
    int32_t out = -1;            // index into outputs_ when a rule ends here
  };
  // Dense symbol for a code point, or kDense + cp for the sparse map.
  static uint32_t Symbol(char32_t cp);
  uint32_t Child(uint32_t node, uint32_t sym) const;
  template <typename Emit, typename Copy>
  void Run(std::string_view in, Emit emit, Copy copy) const;

  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::unordered_map<uint64_t, uint32_t> sparse_;  // (node << 32 | cp) -> child, for other code points
  std::vector<std::string> outputs_;
  bool shrinks_only_ = true;
};

class PhoneticKey {
 public:
  // Reads data_dir/ner/phonetic.tsv. A malformed line gives a ParseError
  // "path:line: reason".
  static Result<PhoneticKey> Load(const std::string& data_dir);

  // The key of one word (text::Normalize form). Non-Bengali letters and
  // digits pass through lowercased; other characters are dropped.
  std::string Key(std::string_view word) const;
  // Appends the key of `word` to *out without any other allocation.
  void AppendKey(std::string_view word, std::string* out) const;

 private:
  struct Data {
    RewriteRules map;
    RewriteRules fold;
  };
  explicit PhoneticKey(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_PHONETIC_H_
