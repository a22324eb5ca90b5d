// Loading and matching of the extractor's data files.
#include "page/extractor_lexicon.h"

#include <algorithm>

#include "page/extractor_text.h"
#include "text/utf8.h"

namespace ghotona::page {
namespace {

// Blocks longer than this (bytes) are not searched for "contains" phrases.
constexpr size_t kContainsSearchLimit = 400;

Result<PhraseKind> ParseKind(const std::string& s) {
  if (s == "ui") return PhraseKind::kUi;
  if (s == "list") return PhraseKind::kList;
  if (s == "end") return PhraseKind::kEnd;
  if (s == "caption") return PhraseKind::kCaption;
  if (s == "ad") return PhraseKind::kAd;
  return Status::ParseError("unknown phrase kind '" + s + "' in ui_phrases.txt");
}

Status LoadPhrases(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/ui_phrases.txt", 3);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    auto kind = ParseKind(row[0]);
    if (!kind.ok()) return kind.status();
    const std::string& mode = row[1];
    if (mode == "contains") {
      std::string light = FoldLight(row[2]);
      if (light.empty()) return Status::ParseError("empty phrase in ui_phrases.txt");
      const int first_len = static_cast<int>(text::DecodeUtf8(light, 0).len);
      const auto end_byte = static_cast<unsigned char>(light[first_len - 1]);
      lex->contains_by_byte[end_byte].emplace_back(static_cast<int>(lex->contains_phrases.size()), first_len);
      lex->contains_phrases.emplace_back(std::move(light), *kind);
      continue;
    }
    std::string key = FoldKey(row[2]);
    if (key.empty()) {
      return Status::ParseError("ui_phrases.txt: phrase '" + row[2] + "' has no letters; use 'contains'");
    }
    if (mode == "line") {
      lex->longest_line_phrase = std::max(lex->longest_line_phrase, key.size());
      lex->line_phrases.emplace(std::move(key), *kind);
    } else if (mode == "prefix") {
      const auto byte = static_cast<unsigned char>(key[text::DecodeUtf8(key, 0).len - 1]);
      lex->prefix_by_byte[byte].push_back(static_cast<int>(lex->prefix_phrases.size()));
      lex->prefix_phrases.emplace_back(std::move(key), *kind);
    } else if (mode == "suffix") {
      lex->suffix_by_byte[static_cast<unsigned char>(key.back())].push_back(
          static_cast<int>(lex->suffix_phrases.size()));
      lex->suffix_phrases.emplace_back(std::move(key), *kind);
    } else {
      return Status::ParseError("unknown match mode '" + mode + "' in ui_phrases.txt");
    }
  }
  return Status::Ok();
}

Status LoadSections(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/sections.txt", 1);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    std::string key = FoldKey(row[0]);
    if (!key.empty()) lex->sections.emplace(std::move(key), row[0]);
  }
  return Status::Ok();
}

Status LoadBylineWords(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/byline_words.txt", 2);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    const std::string& kind = row[0];
    if (kind == "desk") {
      lex->desk_words.push_back(FoldLight(row[1]));
    } else if (kind == "role") {
      lex->role_words.push_back(FoldLight(row[1]));
    } else if (kind == "by") {
      lex->by_words.push_back(FoldLight(row[1]));
    } else if (kind == "generic") {
      lex->generic_desk_words.insert(FoldKey(row[1]));
    } else {
      return Status::ParseError("unknown kind '" + kind + "' in byline_words.txt");
    }
  }
  return Status::Ok();
}

Status LoadLabels(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/labels.txt", 2);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    const std::string& kind = row[0];
    std::string light = FoldLight(row[1]);
    std::vector<std::string>* target = nullptr;
    if (kind == "source")
      target = &lex->source_labels;
    else if (kind == "section")
      target = &lex->section_labels;
    else if (kind == "home")
      target = &lex->home_words;
    else if (kind == "outlet_prompt")
      target = &lex->outlet_prompts;
    else if (kind == "masthead")
      target = &lex->masthead_words;
    else if (kind == "copyright")
      target = &lex->copyright_marks;
    else if (kind == "rights")
      target = &lex->rights_phrases;
    else if (kind == "cue")
      target = &lex->source_cues;
    else if (kind == "suffix")
      target = &lex->case_suffixes;
    else if (kind == "joiner")
      target = &lex->joiners;
    else if (kind == "agency_intro")
      target = &lex->agency_intros;
    else if (kind == "imperative")
      target = &lex->imperatives;
    else if (kind == "republished")
      target = &lex->republished_notes;
    else if (kind == "media_word") {
      if (light.empty()) continue;
      lex->media_first.set(text::DecodeUtf8(light, 0).cp % lex->media_first.size());
      lex->media_words.insert(std::move(light));
      continue;
    }
    if (target == nullptr) return Status::ParseError("unknown kind '" + kind + "' in labels.txt");
    target->push_back(std::move(light));
  }
  // Longest first, so "X অনলাইন এর ..." wins over "X ... এর ...".
  std::stable_sort(lex->outlet_prompts.begin(), lex->outlet_prompts.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& suffix : lex->case_suffixes) {
    if (!suffix.empty()) lex->suffix_last_bytes.set(static_cast<unsigned char>(suffix.back()));
  }
  std::stable_sort(lex->case_suffixes.begin(), lex->case_suffixes.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return Status::Ok();
}

Status LoadAgencies(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/agencies.txt", 1);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    Lexicon::Agency agency;
    const int id = static_cast<int>(lex->agencies.size());
    for (const std::string& spelling : row) {
      std::string light = FoldLight(spelling);
      std::vector<std::string> words;
      for (std::string_view run : LetterRuns(light)) words.emplace_back(run);
      if (words.empty()) continue;
      lex->agency_first.set(text::DecodeUtf8(words[0], 0).cp % lex->agency_first.size());
      lex->agency_index[words[0]].emplace_back(id, static_cast<int>(agency.spellings.size()));
      agency.spellings.push_back(std::move(words));
      agency.written.push_back(spelling);
    }
    if (!agency.spellings.empty()) lex->agencies.push_back(std::move(agency));
  }
  return Status::Ok();
}

Status LoadOutlets(const std::string& dir, Lexicon* lex) {
  auto rows = ReadDataTable(dir + "/outlets.tsv", 1);
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    for (const std::string& name : row) {
      std::string key = FoldKey(name);
      if (!key.empty()) lex->outlets.emplace(std::move(key), name);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Lexicon> Lexicon::Load(std::string_view data_dir) {
  Lexicon lex;
  const std::string dir = std::string(data_dir) + "/page";
  GHOTONA_RETURN_IF_ERROR(LoadPhrases(dir, &lex));
  GHOTONA_RETURN_IF_ERROR(LoadSections(dir, &lex));
  GHOTONA_RETURN_IF_ERROR(LoadBylineWords(dir, &lex));
  GHOTONA_RETURN_IF_ERROR(LoadLabels(dir, &lex));
  GHOTONA_RETURN_IF_ERROR(LoadAgencies(dir, &lex));
  GHOTONA_RETURN_IF_ERROR(LoadOutlets(dir, &lex));
  return lex;
}

PhraseKind Lexicon::Classify(std::string_view key, std::string_view light) const {
  if (key.empty()) return PhraseKind::kNone;
  if (key.size() <= longest_line_phrase) {
    if (auto it = line_phrases.find(key); it != line_phrases.end()) return it->second;
  }
  const size_t first_len = text::DecodeUtf8(key, 0).len;
  for (int p : prefix_by_byte[static_cast<unsigned char>(key[first_len - 1])]) {
    if (key.starts_with(prefix_phrases[p].first)) return prefix_phrases[p].second;
  }
  for (int p : suffix_by_byte[static_cast<unsigned char>(key.back())]) {
    if (key.ends_with(suffix_phrases[p].first)) return suffix_phrases[p].second;
  }
  if (light.size() > kContainsSearchLimit) return PhraseKind::kNone;
  const auto* u = reinterpret_cast<const unsigned char*>(light.data());
  for (size_t i = 0; i < light.size(); ++i) {
    for (auto [phrase, first_len] : contains_by_byte[u[i]]) {
      const size_t start = i + 1 - static_cast<size_t>(first_len);
      const std::string& text = contains_phrases[phrase].first;
      // Cheap reject on the phrase's last byte before the full comparison.
      if (i + 1 < static_cast<size_t>(first_len) || start + text.size() > light.size() ||
          light[start + text.size() - 1] != text.back()) {
        continue;
      }
      if (light.substr(start).starts_with(text)) return contains_phrases[phrase].second;
    }
  }
  return PhraseKind::kNone;
}

bool Lexicon::IsGenericDeskWord(std::string_view key) const {
  return generic_desk_words.contains(key) || sections.contains(key);
}

}  // namespace ghotona::page
