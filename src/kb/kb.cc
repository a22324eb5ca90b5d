// Loading and checking the knowledge base files of data/kb/ (format:
// data/kb/README.md). Parsing is strict: a malformed line fails the load with
// "path:line: reason", so a typo never silently drops an entity.
#include "ghotona/kb.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "base/data_file.h"
#include "text/normalize.h"

namespace ghotona {
namespace {

constexpr int kFieldCount = 9;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

bool IsEmptyField(std::string_view s) { return s.empty() || s == "-"; }

bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  const auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(id[0])) return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return lower_or_digit(c) || c == '.' || c == '_' || c == '-'; });
}

bool IsUpperAlpha(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// CAMEO actor codes are runs of three-letter segments: IRN, IRNGOV, PSEREBHMS.
bool IsValidActorCode(std::string_view code) {
  return IsUpperAlpha(code) && code.size() % 3 == 0 && code.size() <= 15;
}

Result<CivilDate> ParseDay(std::string_view s, const std::string& where) {
  auto parsed = ParseIsoDateTime(s);
  if (!parsed.ok() || parsed->precision != DateTime::Precision::kDay) {
    return Status::ParseError(where + ": bad date '" + std::string(s) + "', want YYYY-MM-DD");
  }
  return parsed->date();
}

// "office SCOPE [FROM..TO]".
Result<Role> ParseRole(std::string_view text, const std::string& where) {
  std::vector<std::string_view> words;
  for (std::string_view w : Split(text, ' ')) {
    if (!Trim(w).empty()) words.push_back(Trim(w));
  }
  if (words.size() < 2 || words.size() > 3) {
    return Status::ParseError(where + ": role '" + std::string(text) + "' is not 'office SCOPE [FROM..TO]'");
  }
  Role role;
  role.office = std::string(words[0]);
  role.scope = std::string(words[1]);
  if (!(IsUpperAlpha(role.scope) && role.scope.size() == 3) && !IsValidId(role.scope)) {
    return Status::ParseError(where + ": role scope '" + role.scope +
                              "' is neither an ISO alpha-3 code nor an id");
  }
  if (words.size() == 3) {
    const size_t dots = words[2].find("..");
    if (dots == std::string_view::npos) {
      return Status::ParseError(where + ": role range '" + std::string(words[2]) + "' wants FROM..TO");
    }
    const std::string_view from = words[2].substr(0, dots), to = words[2].substr(dots + 2);
    if (!from.empty()) {
      auto day = ParseDay(from, where);
      if (!day.ok()) return day.status();
      role.from = *day;
    }
    if (!to.empty()) {
      auto day = ParseDay(to, where);
      if (!day.ok()) return day.status();
      role.to = *day;
    }
    if (role.from && role.to && DaysFromCivil(*role.to) < DaysFromCivil(*role.from)) {
      return Status::ParseError(where + ": role ends before it starts");
    }
  }
  return role;
}

Status ParseLine(std::string_view line, const std::string& where, KbEntry* entry) {
  const std::vector<std::string_view> fields = Split(line, '\t');
  if (fields.size() != kFieldCount) {
    return Status::ParseError(where + ": expected " + std::to_string(kFieldCount) +
                              " TAB-separated fields, found " + std::to_string(fields.size()));
  }
  std::string_view f[kFieldCount];
  for (int i = 0; i < kFieldCount; ++i) f[i] = Trim(fields[i]);
  if (!IsValidId(f[0])) return Status::ParseError(where + ": bad id '" + std::string(f[0]) + "'");
  entry->id = std::string(f[0]);
  auto type = ParseEntityType(f[1]);
  if (!type) return Status::ParseError(where + ": unknown type '" + std::string(f[1]) + "'");
  entry->type = *type;
  if (IsEmptyField(f[2])) return Status::ParseError(where + ": empty English name");
  entry->name_en = std::string(f[2]);
  entry->name_bn = text::CollapseWhitespace(text::Normalize(f[3]));
  if (IsEmptyField(entry->name_bn)) return Status::ParseError(where + ": empty Bengali name");
  if (!IsEmptyField(f[4])) {
    for (std::string_view v : Split(f[4], '|')) {
      v = Trim(v);
      const bool adjective = v.starts_with("adj:");
      if (adjective) v.remove_prefix(4);
      std::string form = text::CollapseWhitespace(text::Normalize(v));
      if (form.empty()) return Status::ParseError(where + ": empty variant");
      (adjective ? entry->adjectives : entry->variants).push_back(std::move(form));
    }
  }
  if (!IsEmptyField(f[5])) {
    if (!(IsUpperAlpha(f[5]) && f[5].size() == 3)) {
      return Status::ParseError(where + ": country '" + std::string(f[5]) + "' is not ISO alpha-3");
    }
    entry->country = std::string(f[5]);
  }
  if (!IsEmptyField(f[6])) {
    if (!IsValidActorCode(f[6])) {
      return Status::ParseError(where + ": actor code '" + std::string(f[6]) + "' is not CAMEO-shaped");
    }
    entry->actor_code = std::string(f[6]);
  }
  if (!IsEmptyField(f[7])) {
    if (!IsValidId(f[7])) return Status::ParseError(where + ": bad parent id '" + std::string(f[7]) + "'");
    entry->parent = std::string(f[7]);
  }
  if (!IsEmptyField(f[8])) {
    for (std::string_view r : Split(f[8], ';')) {
      if (Trim(r).empty()) continue;
      auto role = ParseRole(Trim(r), where);
      if (!role.ok()) return role.status();
      entry->roles.push_back(std::move(*role));
    }
  }
  return Status::Ok();
}

std::string Where(const KbEntry& e) { return e.file + ":" + std::to_string(e.line); }

int64_t StartDay(const Role& r) { return r.from ? DaysFromCivil(*r.from) : INT64_MIN; }
int64_t EndDay(const Role& r) { return r.to ? DaysFromCivil(*r.to) : INT64_MAX; }

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
      return "GPE";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kEvent:
      return "EVENT";
  }
  return "LOC";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (EntityType t :
       {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc, EntityType::kEvent}) {
    if (EntityTypeName(t) == name) return t;
  }
  return std::nullopt;
}

bool Role::Covers(const CivilDate& date) const {
  const int64_t day = DaysFromCivil(date);
  return StartDay(*this) <= day && day <= EndDay(*this);
}

Result<KnowledgeBase> KnowledgeBase::Load(const std::string& data_dir) {
  const std::filesystem::path dir = std::filesystem::path(data_dir) / "kb";
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
    if (item.path().extension() == ".tsv") paths.push_back(item.path().string());
  }
  if (ec) return Status::IoError("cannot read " + dir.string() + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  return LoadFiles(paths, (dir / "offices.txt").string());
}

Result<KnowledgeBase> KnowledgeBase::LoadFiles(const std::vector<std::string>& paths,
                                               const std::string& offices_path) {
  std::vector<KbText> files;
  for (const std::string& path : paths) {
    auto content = base::ReadFile(path);
    if (!content.ok()) return content.status();
    files.push_back({path, std::move(*content)});
  }
  if (offices_path.empty()) return Parse(files, nullptr);
  auto offices = base::ReadFile(offices_path);
  if (!offices.ok()) return offices.status();
  const KbText offices_text{offices_path, std::move(*offices)};
  return Parse(files, &offices_text);
}

Result<KnowledgeBase> KnowledgeBase::Parse(const std::vector<KbText>& files, const KbText* offices) {
  KnowledgeBase kb;
  if (offices != nullptr) {
    GHOTONA_RETURN_IF_ERROR(base::ForEachLine(offices->content, [&](std::string_view line, int line_no) {
      if (base::IsBlankOrComment(line)) return Status::Ok();
      const std::vector<std::string_view> f = Split(line, '\t');
      const std::string where = offices->name + ":" + std::to_string(line_no);
      if (f.size() < 2 || !IsValidId(Trim(f[0])) || (Trim(f[1]) != "single" && Trim(f[1]) != "multi")) {
        return Status::ParseError(where + ": want office<TAB>single|multi<TAB>description");
      }
      kb.offices_[std::string(Trim(f[0]))] = Trim(f[1]) == "single";
      return Status::Ok();
    }));
  }
  for (const KbText& file : files) {
    GHOTONA_RETURN_IF_ERROR(base::ForEachLine(file.content, [&](std::string_view line, int line_no) {
      if (base::IsBlankOrComment(line)) return Status::Ok();
      KbEntry entry;
      entry.file = file.name;
      entry.line = line_no;
      GHOTONA_RETURN_IF_ERROR(ParseLine(line, Where(entry), &entry));
      for (const Role& role : entry.roles) {
        if (offices != nullptr && !kb.offices_.contains(role.office)) {
          return Status::ParseError(Where(entry) + ": unknown office '" + role.office + "' (see " +
                                    offices->name + ")");
        }
      }
      kb.entries_.push_back(std::move(entry));
      return Status::Ok();
    }));
  }
  for (size_t i = 0; i < kb.entries_.size(); ++i) {
    const KbEntry& e = kb.entries_[i];
    kb.by_id_.emplace(e.id, i);  // the first definition wins; Check reports the rest
    if (e.type == EntityType::kGpe && !e.country.empty() && e.parent.empty()) {
      kb.country_by_iso_.emplace(e.country, i);
    }
  }
  return kb;
}

const KbEntry* KnowledgeBase::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const KbEntry* KnowledgeBase::FindCountry(std::string_view iso3) const {
  auto it = country_by_iso_.find(std::string(iso3));
  return it == country_by_iso_.end() ? nullptr : &entries_[it->second];
}

bool KnowledgeBase::IsOffice(std::string_view office) const { return offices_.contains(std::string(office)); }

std::vector<const KbEntry*> KnowledgeBase::Holders(std::string_view office, std::string_view scope,
                                                   const CivilDate& date) const {
  std::vector<const KbEntry*> holders;
  for (const KbEntry& e : entries_) {
    for (const Role& r : e.roles) {
      if (r.office == office && r.scope == scope && r.Covers(date)) {
        holders.push_back(&e);
        break;
      }
    }
  }
  return holders;
}

std::vector<std::string> KnowledgeBase::Check() const {
  std::vector<std::string> problems;
  std::map<std::string, const KbEntry*> first;
  for (const KbEntry& e : entries_) {
    auto [it, inserted] = first.emplace(e.id, &e);
    if (!inserted)
      problems.push_back(Where(e) + ": duplicate id '" + e.id + "' (first at " + Where(*it->second) + ")");
  }
  const auto known_scope = [&](const std::string& scope) {
    return IsUpperAlpha(scope) && scope.size() == 3 ? FindCountry(scope) != nullptr : Find(scope) != nullptr;
  };
  // Terms of single-holder offices, per (office, scope), to find overlaps.
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<const Role*, const KbEntry*>>> terms;
  for (const KbEntry& e : entries_) {
    if (!e.parent.empty() && Find(e.parent) == nullptr) {
      problems.push_back(Where(e) + ": unknown parent '" + e.parent + "'");
    }
    if (!e.country.empty() && FindCountry(e.country) == nullptr) {
      problems.push_back(Where(e) + ": no country entry with ISO code '" + e.country + "'");
    }
    if (!e.actor_code.empty()) {
      // CAMEO codes open with a country (IRNGOV) or a non-state class (IGOUNO).
      const std::string head = e.actor_code.substr(0, 3);
      static const std::set<std::string> kNonState = {"IGO", "NGO", "MNC", "UIS", "BUS", "CVL", "REB", "MED"};
      if (FindCountry(head) == nullptr && !kNonState.contains(head)) {
        problems.push_back(Where(e) + ": actor code '" + e.actor_code +
                           "' starts with neither a country nor " + "IGO/NGO/MNC/UIS/BUS/CVL/REB/MED");
      } else if (e.type == EntityType::kPerson && FindCountry(head) != nullptr && !e.country.empty() &&
                 head != e.country) {
        problems.push_back(Where(e) + ": actor code '" + e.actor_code + "' names another country than " +
                           e.country);
      }
    }
    for (const Role& r : e.roles) {
      if (!known_scope(r.scope)) problems.push_back(Where(e) + ": unknown role scope '" + r.scope + "'");
      auto office = offices_.find(r.office);
      if (office != offices_.end() && office->second) terms[{r.office, r.scope}].push_back({&r, &e});
    }
  }
  for (auto& [key, list] : terms) {
    std::sort(list.begin(), list.end(),
              [](const auto& a, const auto& b) { return StartDay(*a.first) < StartDay(*b.first); });
    for (size_t i = 1; i < list.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        // A handover day may belong to both terms.
        if (list[j].second != list[i].second && EndDay(*list[j].first) > StartDay(*list[i].first)) {
          problems.push_back(Where(*list[i].second) + ": " + key.first + " " + key.second + " term of '" +
                             list[i].second->id + "' overlaps that of '" + list[j].second->id + "' (" +
                             Where(*list[j].second) + ")");
        }
      }
    }
  }
  return problems;
}

std::vector<std::string> KnowledgeBase::Ambiguities() const {
  std::map<std::pair<std::string, EntityType>, std::vector<const KbEntry*>> owners;
  for (const KbEntry& e : entries_) {
    std::set<std::string> forms{e.name_bn};
    forms.insert(e.variants.begin(), e.variants.end());
    for (const std::string& form : forms) owners[{form, e.type}].push_back(&e);
  }
  std::vector<std::string> notes;
  for (const auto& [key, list] : owners) {
    if (list.size() < 2) continue;
    std::string note = Where(*list[1]) + ": '" + key.first + "' names both '" + list[0]->id + "'";
    for (size_t i = 1; i < list.size(); ++i) note += " and '" + list[i]->id + "'";
    notes.push_back(std::move(note) + "; context decides");
  }
  return notes;
}

}  // namespace ghotona
