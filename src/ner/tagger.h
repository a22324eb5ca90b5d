// The statistical name tagger: finds the person, organisation and place names
// the knowledge base lacks. A first-order averaged structured perceptron
// (Collins 2002) over hashed sparse features, decoded with Viterbi; a few
// perceptrons trained over different sentence orders are averaged (bagging). Features
// of a token: its word (ASCII-lowercased, edge punctuation stripped), its
// suffix-stripped stem, prefixes and suffixes of 1-4 code points, word shape,
// the words and stems of its neighbours within two tokens, the gazetteer bits
// (knowledge base and title-word membership) of itself and its neighbours, and
// its position in the sentence; tag transitions are scored by a 7x7 matrix
// plus a start row.
//
// Feature strings are never built: each feature is a 64-bit FNV-1a hash fed
// with a template id and the bytes of its parts, looked up in an
// open-addressing table, so tagging does no string work and no map lookups.
//
// The model file (data/models/ner.model, format in data/models/README.md) is
// text: weights are stored as integers (averaged weight times `scale`), only
// the non-zero ones after rounding. Training is deterministic: the same
// sentences and options give the same file, byte for byte.
//
// A loaded Tagger is immutable; Tag is thread-safe.
#ifndef GHOTONA_NER_TAGGER_H_
#define GHOTONA_NER_TAGGER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ghotona/kb.h"
#include "ghotona/status.h"

namespace ghotona::ner {

// BIO tags over three entity types. Values index the weight rows: keep them dense.
enum class NameTag : uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc };
inline constexpr int kNumNameTags = 7;

// "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC".
std::string_view NameTagName(NameTag tag);

// Gazetteer bits of a token.
inline constexpr uint8_t kGazPerson = 1;  // a word of a PERSON name in the knowledge base
inline constexpr uint8_t kGazOrg = 2;     // a word of an ORG name
inline constexpr uint8_t kGazPlace = 4;   // a word of a GPE or LOC name
inline constexpr uint8_t kGazTitle = 8;  // a title or honorific (মি., প্রেসিডেন্ট, অধ্যাপক)
inline constexpr uint8_t kGazAdjective = 16;  // a demonym or adjective of an entry (রুশ, ইরানি)
inline constexpr uint8_t kGazNameWord = 32;  // a common word of Bengali personal names (হোসেন, চৌধুরী)

// One token of a sentence, prepared by the caller. The views must outlive the call.
struct TagToken {
  std::string_view text;  // surface form (NFC)
  std::string_view stem;  // suffix-stripped stem; may equal text
  uint8_t gazetteer = 0;  // kGaz* bits
};

// One sentence of training data. All vectors have the same length.
struct TrainingSentence {
  std::vector<std::string> text;
  std::vector<std::string> stem;
  std::vector<uint8_t> gazetteer;
  std::vector<NameTag> tags;
};

struct TrainOptions {
  int iterations = 8;
  uint64_t seed = 20261122;  // sentence order shuffling, fixed for reproducible models
  int scale = 100;           // stored weight = round(averaged weight * scale)
  // Subtracted from the score of O at every token when tagging (in stored
  // units): trades precision for recall. The perceptron leaves names it is
  // unsure of as O; the default, chosen by cross-validation on consecutive
  // blocks of the training data, maximizes F1 there.
  int o_penalty = 1000;
  // Perceptrons trained over different shuffles (seed, seed + 1, ...) whose
  // averaged weights are averaged: less dependence on the sentence order.
  int bags = 3;
  // Called after each pass with the pass number (1-based, counted over all
  // bags) and the tagger as averaged so far (e.g. to score a development
  // set); may be empty.
  std::function<void(int, const class Tagger&)> on_iteration;
};

class Tagger {
 public:
  // Reads a model file; a malformed line fails with "path:line: reason".
  static Result<Tagger> Load(const std::string& path);
  // Parses model text; `path` only names the source in messages.
  static Result<Tagger> Parse(std::string_view content, const std::string& path);

  // Tags a sentence: out receives one tag per token. Works in time linear in
  // the sentence length; thread-safe; allocates only thread-local scratch
  // that is reused across calls (and out, when it must grow).
  void Tag(std::span<const TagToken> sentence, std::vector<NameTag>* out) const;

  // The model in the text format Parse reads. Deterministic.
  std::string Serialize() const;
  Status Save(const std::string& path) const;

  size_t num_features() const { return num_features_; }

 private:
  friend Result<Tagger> Train(const std::vector<TrainingSentence>&, const TrainOptions&);
  friend class TaggerBuilder;

  // Sum of the weights of `features` for each tag, into scores[0..6].
  void Score(std::span<const uint64_t> features, float* scores) const;
  void Insert(uint64_t key, const float* weights);
  void Reserve(size_t num_keys);

  // The training-data lexicon: word and stem keys -> how often they were seen
  // and under which labels (a feature that also fires, as "unseen", on new
  // words; while training it is computed from the other folds only).
  // Open addressing like keys_.
  std::vector<uint64_t> lex_keys_;
  std::vector<uint8_t> lex_values_;
  size_t lex_size_ = 0;

  int scale_ = 100;
  float o_penalty_ = 0.0f;
  // Open addressing, linear probing; key 0 marks an empty slot (FeatureHash never returns 0).
  std::vector<uint64_t> keys_;
  std::vector<float> weights_;  // kNumNameTags per slot
  size_t num_features_ = 0;
  // transitions_[from * kNumNameTags + to]; row kNumNameTags is the sentence start.
  std::vector<float> transitions_ = std::vector<float>((kNumNameTags + 1) * kNumNameTags, 0.0f);
};

// Trains an averaged perceptron on the sentences (tags read with conlleval
// semantics are best given in canonical BIO form, see CanonicalBio).
Result<Tagger> Train(const std::vector<TrainingSentence>& sentences, const TrainOptions& options);

// Word -> gazetteer bits, built from the knowledge base and word lists:
// every word of every entry's name_bn and variants gets its type's bit
// (single-word names and the words of multi-word names alike), adjectives get
// kGazAdjective, titles kGazTitle, personal-name words kGazNameWord. Words are
// also keyed by their stem, as given by `stem` (none when empty), so an
// inflected token finds them through its stem.
class Gazetteer {
 public:
  using StemFn = std::function<std::string(std::string_view)>;
  static Gazetteer Build(const KnowledgeBase& kb, const std::vector<std::string>& titles, const StemFn& stem,
                         const std::vector<std::string>& name_words = {});
  // Build with the word lists of the data directory: data_dir/ner/titles.txt
  // (when present) and data_dir/ner/person_name_words.txt. The name tagger's
  // model is trained with this gazetteer: taggers should be given its bits.
  static Result<Gazetteer> Load(const KnowledgeBase& kb, const std::string& data_dir, const StemFn& stem);
  // Bits of a token: the union over its text, its stem and, for a hyphenated
  // token (সিলেট-২, বিএনপি-জামায়াত), its parts.
  uint8_t Bits(std::string_view text, std::string_view stem) const;
  size_t size() const { return bits_.size(); }

 private:
  void Add(std::string_view form, uint8_t bit, const StemFn& stem);
  std::unordered_map<uint64_t, uint8_t> bits_;  // 64-bit hash of the word -> bits
};

// The token without leading and trailing punctuation ("‘ঝলম" -> "ঝলম"); the
// token itself when it is all punctuation. Features and stems use this form.
std::string_view StripEdgePunct(std::string_view token);

// Reads a word list: one entry per line, '#' comments, NFC-normalized.
Result<std::vector<std::string>> LoadWordList(const std::string& path);

}  // namespace ghotona::ner

#endif  // GHOTONA_NER_TAGGER_H_
