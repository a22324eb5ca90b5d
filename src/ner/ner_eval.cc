// CoNLL reading and conlleval-style entity scoring (see ner_eval.h).
#include "ner/ner_eval.h"

#include "base/data_file.h"
#include "text/normalize.h"

namespace ghotona::ner {
namespace {

bool ParseTag(std::string_view s, NameTag* tag) {
  if (s == "O" || s == "TIM" || s == "B-TIM" || s == "I-TIM") {
    *tag = NameTag::kO;
    return true;
  }
  static constexpr std::pair<std::string_view, NameTag> kTags[] = {
      {"B-PER", NameTag::kBPer}, {"I-PER", NameTag::kIPer}, {"B-ORG", NameTag::kBOrg},
      {"I-ORG", NameTag::kIOrg}, {"B-LOC", NameTag::kBLoc}, {"I-LOC", NameTag::kILoc}};
  for (const auto& [name, value] : kTags) {
    if (s == name) {
      *tag = value;
      return true;
    }
  }
  return false;
}

bool IsBegin(NameTag t) { return t == NameTag::kBPer || t == NameTag::kBOrg || t == NameTag::kBLoc; }

// The entity kind of a non-O tag.
EntityKind KindOf(NameTag t) {
  switch (t) {
    case NameTag::kBPer:
    case NameTag::kIPer:
      return EntityKind::kPer;
    case NameTag::kBOrg:
    case NameTag::kIOrg:
      return EntityKind::kOrg;
    default:
      return EntityKind::kLoc;
  }
}

}  // namespace

std::string_view EntityKindName(EntityKind kind) {
  static constexpr std::string_view kNames[] = {"PER", "ORG", "LOC"};
  return kNames[static_cast<int>(kind)];
}

Result<std::vector<LabeledSentence>> ParseConll(std::string_view content, const std::string& path) {
  std::vector<LabeledSentence> sentences;
  LabeledSentence current;
  GHOTONA_RETURN_IF_ERROR(base::ForEachLine(content, [&](std::string_view line, int line_no) {
    if (line.empty()) {
      if (!current.tokens.empty()) sentences.push_back(std::move(current));
      current = LabeledSentence();
      return Status::Ok();
    }
    // TOKEN, then the tag after one or more tabs. The Rifat data has stray
    // tabs, empty tokens and empty tags: an empty tag reads as O.
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      return Status::ParseError(path + ":" + std::to_string(line_no) + ": want TOKEN<TAB>TAG");
    std::string_view tag_text = line.substr(tab);
    while (!tag_text.empty() && (tag_text.front() == '\t' || tag_text.front() == ' '))
      tag_text.remove_prefix(1);
    while (!tag_text.empty() && (tag_text.back() == '\t' || tag_text.back() == ' '))
      tag_text.remove_suffix(1);
    if (tag_text.empty()) tag_text = "O";
    NameTag tag;
    if (!ParseTag(tag_text, &tag))
      return Status::ParseError(path + ":" + std::to_string(line_no) + ": unknown tag '" +
                                std::string(tag_text) + "'");
    current.tokens.push_back(text::Normalize(line.substr(0, tab)));
    current.tags.push_back(tag);
    return Status::Ok();
  }));
  if (!current.tokens.empty()) sentences.push_back(std::move(current));
  return sentences;
}

Result<std::vector<LabeledSentence>> ReadConll(const std::string& path) {
  auto content = base::ReadFile(path);
  if (!content.ok()) return content.status();
  return ParseConll(*content, path);
}

std::vector<TaggedSpan> ExtractEntities(std::span<const NameTag> tags) {
  std::vector<TaggedSpan> spans;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] == NameTag::kO) continue;
    // conlleval: B-X starts an entity; so does I-X after O or after another type.
    const EntityKind kind = KindOf(tags[i]);
    const bool continues =
        !IsBegin(tags[i]) && i > 0 && tags[i - 1] != NameTag::kO && KindOf(tags[i - 1]) == kind;
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back(TaggedSpan{i, i + 1, kind});
    }
  }
  return spans;
}

std::vector<NameTag> CanonicalBio(std::span<const NameTag> tags) {
  std::vector<NameTag> out(tags.size(), NameTag::kO);
  static constexpr NameTag kBegin[] = {NameTag::kBPer, NameTag::kBOrg, NameTag::kBLoc};
  static constexpr NameTag kInside[] = {NameTag::kIPer, NameTag::kIOrg, NameTag::kILoc};
  for (const TaggedSpan& s : ExtractEntities(tags)) {
    out[s.begin] = kBegin[static_cast<int>(s.kind)];
    for (size_t i = s.begin + 1; i < s.end; ++i) out[i] = kInside[static_cast<int>(s.kind)];
  }
  return out;
}

void NerScore::Add(std::span<const NameTag> gold, std::span<const NameTag> predicted) {
  std::vector<TaggedSpan> g = ExtractEntities(gold);
  std::vector<TaggedSpan> p = ExtractEntities(predicted);
  for (const TaggedSpan& s : g) ++by_kind_[static_cast<int>(s.kind)].gold;
  for (const TaggedSpan& s : p) ++by_kind_[static_cast<int>(s.kind)].predicted;
  // Both lists are sorted by begin and non-overlapping: merge.
  size_t i = 0, j = 0;
  while (i < g.size() && j < p.size()) {
    if (g[i].begin < p[j].begin) {
      ++i;
    } else if (p[j].begin < g[i].begin) {
      ++j;
    } else {
      if (g[i] == p[j]) ++by_kind_[static_cast<int>(g[i].kind)].correct;
      ++i;
      ++j;
    }
  }
  overall_ = Counts();
  for (const Counts& c : by_kind_) {
    overall_.gold += c.gold;
    overall_.predicted += c.predicted;
    overall_.correct += c.correct;
  }
}

Result<SentencePreparer> SentencePreparer::Load(const std::string& data_dir) {
  auto kb = KnowledgeBase::Load(data_dir);
  if (!kb.ok()) return kb.status();
  auto morphology = Morphology::Load(data_dir);
  if (!morphology.ok()) return morphology.status();
  SentencePreparer preparer(std::move(*morphology));
  const Morphology& m = preparer.morphology_;
  auto gazetteer =
      Gazetteer::Load(*kb, data_dir, [&m](std::string_view word) { return std::string(m.Stem(word)); });
  if (!gazetteer.ok()) return gazetteer.status();
  preparer.gazetteer_ = std::move(*gazetteer);
  return preparer;
}

TrainingSentence SentencePreparer::Prepare(const LabeledSentence& sentence) const {
  TrainingSentence out;
  out.text = sentence.tokens;
  out.stem.reserve(out.text.size());
  for (const std::string& token : out.text) out.stem.emplace_back(morphology_.Stem(StripEdgePunct(token)));
  out.gazetteer.reserve(out.text.size());
  for (size_t i = 0; i < out.text.size(); ++i)
    out.gazetteer.push_back(gazetteer_.Bits(out.text[i], out.stem[i]));
  out.tags = CanonicalBio(sentence.tags);
  return out;
}

std::vector<TagToken> TagTokens(const TrainingSentence& sentence) {
  std::vector<TagToken> tokens(sentence.text.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    tokens[i] = TagToken{sentence.text[i], sentence.stem[i], sentence.gazetteer[i]};
  }
  return tokens;
}

}  // namespace ghotona::ner
