// Entities of an article: every person, organisation and place the body
// names, linked to the knowledge base (kb:...) or, when the knowledge base
// lacks them, found by the name tagger (new:...), each with all its mentions:
// inflected forms (ইরানের, পুতিনকে), spelling variants (আলি/আলী), adjectives
// (রুশ) and role phrases resolved on the article's date (ইরানের প্রেসিডেন্ট).
// An EntityLinker is immutable after Create and safe to share between threads.
#ifndef GHOTONA_ENTITIES_H_
#define GHOTONA_ENTITIES_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/date.h"
#include "ghotona/kb.h"
#include "ghotona/status.h"

namespace ghotona {

enum class MentionKind : uint8_t {
  kName,       // the entity's name or a variant, possibly inflected
  kAdjective,  // a demonym or adjective (রুশ, মার্কিন)
  kRole,  // a role phrase resolved by date (ইরানের প্রেসিডেন্ট, দেশটির পররাষ্ট্রমন্ত্রী)
};

struct Mention {
  size_t start = 0;  // code points into the body, end exclusive
  size_t end = 0;
  size_t byte_start = 0;  // the same span in UTF-8 bytes
  size_t byte_end = 0;
  std::string text;  // body[start:end]
  MentionKind kind = MentionKind::kName;
  // A capital or seat named for its government (ওয়াশিংটন বলেছে, মস্কোর
  // অবস্থান): the id of the country it stands for; empty otherwise.
  std::string stands_for;
};

struct Entity {
  std::string id;    // "kb:<id>" or "new:<slug>"
  std::string name;  // canonical English name, or a romanization for new entities
  std::string name_bn;
  EntityType type = EntityType::kLoc;
  std::string country;            // ISO alpha-3 or empty
  std::string actor_code;         // CAMEO actor code or empty
  std::vector<Mention> mentions;  // in body order, never overlapping one another
};

struct LinkOptions {
  // The article's date: role phrases resolve to whoever held the office on it.
  // Without it role phrases are not resolved.
  std::optional<CivilDate> date;
  // Run the name tagger for names the knowledge base lacks.
  bool find_new_names = true;
  // The country whose offices a bare office word names (রাষ্ট্রপতি,
  // প্রধানমন্ত্রী) before the text has named any country: the Bengali press
  // is mostly Bangladeshi. ISO alpha-3; empty to leave such words unresolved.
  std::string home_country = "BGD";
};

// One reading of a looked-up name.
struct LookupMatch {
  const KbEntry* entry = nullptr;
  std::string how;  // "exact", "stem", "phonetic", "role"
};

// The people a reference at code point `at` of the body points back to: for
// a pronoun (তিনি, তাঁর) count = 1, the last person mentioned before it; for
// দুই নেতা / তাঁরা count = 2 or more, the last `count` distinct people, most
// recent first. Fewer when the text has named fewer; the event stage decides
// when a word is such a reference.
std::vector<const Entity*> PeopleBefore(const std::vector<Entity>& entities, size_t at, size_t count);

class EntityLinker {
 public:
  // Loads data_dir/kb/, data_dir/ner/ (suffixes, spelling folds, titles, role
  // phrases) and the tagger model data_dir/models/ner.model.
  static Result<std::unique_ptr<EntityLinker>> Create(const std::string& data_dir);
  ~EntityLinker();

  // Entities of a normalized body (text::Normalize output), ordered by first
  // mention. Time linear in the body length.
  std::vector<Entity> Link(std::string_view body, const LinkOptions& options) const;

  // Readings of a name as a user would type it: "পুতিনকে", "আলি খামেনি",
  // "ইরানের প্রেসিডেন্ট" (with a date).
  std::vector<LookupMatch> Lookup(std::string_view name, std::optional<CivilDate> date) const;

  const KnowledgeBase& kb() const;

 private:
  struct Impl;
  explicit EntityLinker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ghotona

#endif  // GHOTONA_ENTITIES_H_
