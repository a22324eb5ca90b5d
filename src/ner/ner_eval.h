// Reading CoNLL-style name-tagged files and scoring a tagger on them.
//
// File format (e.g. the Rifat1493/Bengali-NER data): one token per line,
// "TOKEN<TAB>TAG", a blank line between sentences, an optional byte order mark
// at the start. Tags: B-/I- PER, ORG, LOC; O; TIM, B-TIM and I-TIM are read
// as O (we tag persons, organisations and places only).
//
// Scoring is entity-level exact match with conlleval semantics: an entity
// starts at B-X, and also at an I-X that follows O or a tag of another type
// (the data has such I- tags after O); it continues over the I-X tags of the
// same type that follow. A predicted entity counts when a gold entity has the
// same first token, last token and type.
#ifndef GHOTONA_NER_NER_EVAL_H_
#define GHOTONA_NER_NER_EVAL_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/kb.h"
#include "ghotona/status.h"
#include "ner/morphology.h"
#include "ner/tagger.h"

namespace ghotona::ner {

struct LabeledSentence {
  std::vector<std::string> tokens;  // NFC-normalized (text::Normalize)
  std::vector<NameTag> tags;
};

// Parses CoNLL text; `path` names the source in messages ("path:line: reason").
Result<std::vector<LabeledSentence>> ParseConll(std::string_view content, const std::string& path);
Result<std::vector<LabeledSentence>> ReadConll(const std::string& path);

enum class EntityKind : uint8_t { kPer, kOrg, kLoc };
inline constexpr int kNumEntityKinds = 3;
std::string_view EntityKindName(EntityKind kind);  // "PER", "ORG", "LOC"

// Tokens [begin, end) of a sentence.
struct TaggedSpan {
  size_t begin = 0;
  size_t end = 0;
  EntityKind kind = EntityKind::kPer;
  bool operator==(const TaggedSpan&) const = default;
};

// The entities of a tag sequence, in order, with conlleval semantics.
std::vector<TaggedSpan> ExtractEntities(std::span<const NameTag> tags);

// The same entities written as canonical BIO: every entity starts with B-.
std::vector<NameTag> CanonicalBio(std::span<const NameTag> tags);

struct Counts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double Precision() const { return predicted == 0 ? 0.0 : static_cast<double>(correct) / predicted; }
  double Recall() const { return gold == 0 ? 0.0 : static_cast<double>(correct) / gold; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
};

// Entity counts per kind and overall, accumulated over sentences.
class NerScore {
 public:
  void Add(std::span<const NameTag> gold, std::span<const NameTag> predicted);
  const Counts& kind(EntityKind k) const { return by_kind_[static_cast<int>(k)]; }
  const Counts& overall() const { return overall_; }

 private:
  std::array<Counts, kNumEntityKinds> by_kind_{};
  Counts overall_;
};

// Turns labeled sentences into tagger input: stems (Morphology::Stem of the
// token without edge punctuation), gazetteer bits (Gazetteer::Load: the data
// directory's knowledge base, title and personal-name words), and
// the tags in canonical BIO form. Training and evaluation share it, so a model
// sees the same preparation it was trained with.
class SentencePreparer {
 public:
  static Result<SentencePreparer> Load(const std::string& data_dir);
  TrainingSentence Prepare(const LabeledSentence& sentence) const;
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  explicit SentencePreparer(Morphology morphology) : morphology_(std::move(morphology)) {}
  Morphology morphology_;
  Gazetteer gazetteer_;
};

// TagTokens viewing a prepared sentence (valid while it lives).
std::vector<TagToken> TagTokens(const TrainingSentence& sentence);

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_NER_EVAL_H_
