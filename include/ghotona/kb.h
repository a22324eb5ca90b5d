// The knowledge base: people, organisations and places with their English and
// Bengali names, spelling variants, ISO country, CAMEO actor code, parent and
// offices held over date ranges. Loaded from the line-oriented files in
// data/kb/ (format: data/kb/README.md), which users edit without recompiling.
// A loaded KnowledgeBase is immutable and safe to share between threads.
#ifndef GHOTONA_KB_H_
#define GHOTONA_KB_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ghotona/date.h"
#include "ghotona/status.h"

namespace ghotona {

enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kEvent };

// "PERSON", "ORG", "GPE", "LOC", "EVENT".
std::string_view EntityTypeName(EntityType type);
std::optional<EntityType> ParseEntityType(std::string_view name);

// An office held in a scope over an inclusive date range:
// "president IRN 2024-05-20..2024-07-28". scope is an ISO 3166-1 alpha-3 code
// or the id of another entry (an organisation). An open end means "to date".
struct Role {
  std::string office;
  std::string scope;
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
  bool Covers(const CivilDate& date) const;
};

struct KbEntry {
  std::string id;  // without the "kb:" prefix
  EntityType type = EntityType::kLoc;
  std::string name_en;
  std::string name_bn;
  std::vector<std::string> variants;    // other Bengali (or Latin) surface forms
  std::vector<std::string> adjectives;  // demonyms and adjectives: রুশ, ইরানি
  std::string country;                  // ISO alpha-3 or empty
  std::string actor_code;               // CAMEO actor code or empty
  std::string parent;                   // id of the parent entry or empty
  std::vector<Role> roles;
  std::string file;  // where it was defined, for messages
  int line = 0;
};

// A knowledge-base file as text: its name (for messages) and its content.
struct KbText {
  std::string name;
  std::string content;
};

class KnowledgeBase {
 public:
  // Reads every data_dir/kb/*.tsv in name order, and data_dir/kb/offices.txt.
  // A malformed line fails with "path:line: reason".
  static Result<KnowledgeBase> Load(const std::string& data_dir);
  // Reads the given entry files; offices from offices_path (may be empty:
  // then any office name is accepted).
  static Result<KnowledgeBase> LoadFiles(const std::vector<std::string>& paths,
                                         const std::string& offices_path);
  // The same from text already in memory; offices may be null.
  static Result<KnowledgeBase> Parse(const std::vector<KbText>& files, const KbText* offices);

  const std::vector<KbEntry>& entries() const { return entries_; }
  const KbEntry* Find(std::string_view id) const;
  // The country entry (type GPE) whose ISO code is iso3, or null.
  const KbEntry* FindCountry(std::string_view iso3) const;
  // Entries holding office in scope on date, in file order.
  std::vector<const KbEntry*> Holders(std::string_view office, std::string_view scope,
                                      const CivilDate& date) const;
  bool IsOffice(std::string_view office) const;

  // Consistency problems, each "path:line: message": duplicate ids, unknown
  // parents, countries or role scopes, overlapping terms in one single-holder
  // office. An empty list means the KB is sound.
  std::vector<std::string> Check() const;
  // Notes, not errors: a Bengali form that names two entries of one type
  // (জর্জিয়া), which the linker then resolves from context.
  std::vector<std::string> Ambiguities() const;

 private:
  std::vector<KbEntry> entries_;
  std::unordered_map<std::string, size_t> by_id_;
  std::unordered_map<std::string, size_t> country_by_iso_;
  std::unordered_map<std::string, bool> offices_;  // name -> held by one person at a time
};

}  // namespace ghotona

#endif  // GHOTONA_KB_H_
