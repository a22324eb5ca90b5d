// `ghotona ner train --train FILE [--iterations N] [--dev-fraction F] [-o MODEL]`
// trains the name tagger (src/ner/tagger.h) on a CoNLL-style file and writes
// the model (default: <data>/models/ner.model). With --dev-fraction F the last
// F of the sentences are held out as a development set, scored after every
// pass, and the model is written only when -o is given.
// `ghotona ner eval --test FILE [--model MODEL]` tags the file and prints
// precision, recall and F1 per type (PER, ORG, LOC) and overall, one line
// each, then the tagging speed. Scoring is entity-level exact match with
// conlleval semantics: an I-X after O or after another type starts an entity.
// Both read the knowledge base and title words from the data directory for
// the gazetteer features: a model depends on the KB it was trained with.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

// Internal API of the ner stage (the CLI has only include/ on its include path).
#include "command.h"
#include "ner/ner_eval.h"
#include "ner/tagger.h"

namespace ghotona::cli {
namespace {

struct NerArgs {
  std::string data;
  std::string train;
  std::string test;
  std::string model;
  int iterations = ner::TrainOptions().iterations;
  double dev_fraction = 0.0;
  int folds = 0;
  int o_penalty = ner::TrainOptions().o_penalty;
  int bags = ner::TrainOptions().bags;
  bool show_errors = false;
};

std::string ModelPath(const NerArgs& args) {
  return args.model.empty() ? DataDir(args.data) + "/models/ner.model" : args.model;
}

Result<std::vector<ner::TrainingSentence>> ReadPrepared(const std::string& path,
                                                        const ner::SentencePreparer& prep) {
  auto sentences = ner::ReadConll(path);
  if (!sentences.ok()) return sentences.status();
  std::vector<ner::TrainingSentence> out;
  out.reserve(sentences->size());
  for (const ner::LabeledSentence& s : *sentences) out.push_back(prep.Prepare(s));
  return out;
}

struct Measured {
  ner::NerScore score;
  size_t tokens = 0;
  double seconds = 0;
};

// One line per token of a sentence whose entities differ: token, gold tag, predicted tag.
void ShowErrors(const ner::TrainingSentence& s, const std::vector<ner::NameTag>& predicted) {
  if (ner::ExtractEntities(s.tags) == ner::ExtractEntities(predicted)) return;
  for (size_t i = 0; i < s.text.size(); ++i) {
    std::printf("%s\t%s\t%s%s\n", s.text[i].c_str(), std::string(ner::NameTagName(s.tags[i])).c_str(),
                std::string(ner::NameTagName(predicted[i])).c_str(), s.tags[i] != predicted[i] ? "\t*" : "");
  }
  std::printf("\n");
}

Measured Measure(const ner::Tagger& tagger, const std::vector<ner::TrainingSentence>& sentences,
                 bool show_errors = false) {
  Measured m;
  std::vector<ner::NameTag> predicted;
  for (const ner::TrainingSentence& s : sentences) {
    std::vector<ner::TagToken> tokens = ner::TagTokens(s);
    auto start = std::chrono::steady_clock::now();
    tagger.Tag(tokens, &predicted);
    m.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.tokens += tokens.size();
    m.score.Add(s.tags, predicted);
    if (show_errors) ShowErrors(s, predicted);
  }
  return m;
}

void PrintCounts(std::string_view name, const ner::Counts& c) {
  std::printf("%-7s P %.4f  R %.4f  F1 %.4f  (gold %zu, predicted %zu, correct %zu)\n",
              std::string(name).c_str(), c.Precision(), c.Recall(), c.F1(), c.gold, c.predicted, c.correct);
}

void PrintScore(const ner::NerScore& score) {
  for (int k = 0; k < ner::kNumEntityKinds; ++k) {
    auto kind = static_cast<ner::EntityKind>(k);
    PrintCounts(ner::EntityKindName(kind), score.kind(kind));
  }
  PrintCounts("overall", score.overall());
}

// K-fold cross-validation on the training file, folds of consecutive
// sentences (so an article's names rarely sit on both sides): scores pooled
// over the folds, nothing written.
int RunCrossValidation(const NerArgs& args, std::vector<ner::TrainingSentence> sentences) {
  ner::NerScore pooled;
  ner::TrainOptions options;
  options.iterations = args.iterations;
  options.o_penalty = args.o_penalty;
  options.bags = args.bags;
  for (int fold = 0; fold < args.folds; ++fold) {
    std::vector<ner::TrainingSentence> train, dev;
    for (size_t i = 0; i < sentences.size(); ++i)
      (static_cast<int>(i * args.folds / sentences.size()) == fold ? dev : train).push_back(sentences[i]);
    auto tagger = ner::Train(train, options);
    if (!tagger.ok()) {
      std::cerr << "ghotona ner train: " << tagger.status().ToString() << "\n";
      return 2;
    }
    Measured m = Measure(*tagger, dev);
    std::fprintf(stderr, "fold %d: F1 %.4f\n", fold, m.score.overall().F1());
    std::vector<ner::NameTag> predicted;
    for (const ner::TrainingSentence& s : dev) {
      tagger->Tag(ner::TagTokens(s), &predicted);
      pooled.Add(s.tags, predicted);
    }
  }
  PrintScore(pooled);
  return 0;
}

int RunTrain(const NerArgs& args, bool save) {
  auto prep = ner::SentencePreparer::Load(DataDir(args.data));
  if (!prep.ok()) {
    std::cerr << "ghotona ner train: " << prep.status().ToString() << "\n";
    return 2;
  }
  auto sentences = ReadPrepared(args.train, *prep);
  if (!sentences.ok()) {
    std::cerr << "ghotona ner train: " << sentences.status().ToString() << "\n";
    return 2;
  }
  if (args.folds > 1) return RunCrossValidation(args, std::move(*sentences));
  std::vector<ner::TrainingSentence> dev;
  if (args.dev_fraction > 0) {
    const size_t keep = sentences->size() - static_cast<size_t>(sentences->size() * args.dev_fraction);
    dev.assign(std::make_move_iterator(sentences->begin() + keep), std::make_move_iterator(sentences->end()));
    sentences->resize(keep);
  }
  std::fprintf(stderr, "training on %zu sentences, %zu dev sentences, gazetteer of %zu words\n",
               sentences->size(), dev.size(), prep->gazetteer().size());
  ner::TrainOptions options;
  options.iterations = args.iterations;
  options.o_penalty = args.o_penalty;
  options.bags = args.bags;
  if (!dev.empty()) {
    options.on_iteration = [&dev](int iter, const ner::Tagger& tagger) {
      Measured m = Measure(tagger, dev);
      std::fprintf(stderr, "pass %d: dev F1 %.4f (PER %.4f ORG %.4f LOC %.4f), %zu features\n", iter,
                   m.score.overall().F1(), m.score.kind(ner::EntityKind::kPer).F1(),
                   m.score.kind(ner::EntityKind::kOrg).F1(), m.score.kind(ner::EntityKind::kLoc).F1(),
                   tagger.num_features());
    };
  }
  auto tagger = ner::Train(*sentences, options);
  if (!tagger.ok()) {
    std::cerr << "ghotona ner train: " << tagger.status().ToString() << "\n";
    return 2;
  }
  if (!dev.empty()) PrintScore(Measure(*tagger, dev, args.show_errors).score);
  if (!save) return 0;
  const std::string path = ModelPath(args);
  if (Status st = tagger->Save(path); !st.ok()) {
    std::cerr << "ghotona ner train: " << st.ToString() << "\n";
    return 2;
  }
  std::fprintf(stderr, "wrote %s: %zu features\n", path.c_str(), tagger->num_features());
  return 0;
}

int RunEval(const NerArgs& args) {
  auto prep = ner::SentencePreparer::Load(DataDir(args.data));
  if (!prep.ok()) {
    std::cerr << "ghotona ner eval: " << prep.status().ToString() << "\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  auto tagger = ner::Tagger::Load(ModelPath(args));
  double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!tagger.ok()) {
    std::cerr << "ghotona ner eval: " << tagger.status().ToString() << "\n";
    return 2;
  }
  auto sentences = ReadPrepared(args.test, *prep);
  if (!sentences.ok()) {
    std::cerr << "ghotona ner eval: " << sentences.status().ToString() << "\n";
    return 2;
  }
  Measured m = Measure(*tagger, *sentences, args.show_errors);
  PrintScore(m.score);
  std::printf("tokens/s %.0f (%zu tokens tagged in %.3f s, one thread; model load %.1f ms)\n",
              m.seconds > 0 ? m.tokens / m.seconds : 0.0, m.tokens, m.seconds, load_ms);
  return 0;
}

void SetupNer(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<NerArgs>();
  CLI::App* ner = app.add_subcommand("ner", "Train or evaluate the statistical name tagger");
  ner->require_subcommand(1);

  CLI::App* train = ner->add_subcommand("train", "Train the tagger on a CoNLL-style file (TOKEN<TAB>TAG)");
  const std::string data_help = "Data directory (default: $GHOTONA_DATA or the source tree's data/)";
  train->add_option("--train", args->train, "Training file")->required();
  train->add_option("--data", args->data, data_help);
  train->add_option("--iterations", args->iterations, "Perceptron passes")->check(CLI::Range(1, 1000));
  train->add_option("--dev-fraction", args->dev_fraction, "Hold out the last fraction as a development set")
      ->check(CLI::Range(0.0, 0.9));
  train
      ->add_option("--o-penalty", args->o_penalty,
                   "Subtracted from O scores when tagging (recall vs precision)")
      ->check(CLI::Range(0, 1000000));
  train->add_option("--bags", args->bags, "Perceptrons over different sentence orders, averaged")
      ->check(CLI::Range(1, 20));
  train
      ->add_option("--folds", args->folds,
                   "Cross-validate over K blocks of consecutive sentences; write nothing")
      ->check(CLI::Range(2, 100));
  train->add_flag("--show-errors", args->show_errors, "Print the dev sentences the tagger gets wrong");
  CLI::Option* out =
      train->add_option("-o,--output", args->model, "Model file (default: <data>/models/ner.model)");
  train->callback([args, exit_code, out] {
    *exit_code = RunTrain(*args, (args->dev_fraction == 0.0 && args->folds == 0) || out->count() > 0);
  });

  CLI::App* eval = ner->add_subcommand("eval", "Score the tagger on a CoNLL-style file: P/R/F1 per type");
  eval->add_option("--test", args->test, "Test file")->required();
  eval->add_option("--data", args->data, data_help);
  eval->add_option("--model", args->model, "Model file (default: <data>/models/ner.model)");
  eval->add_flag("--show-errors", args->show_errors,
                 "Print each sentence the tagger gets wrong: token, gold tag, predicted tag");
  eval->callback([args, exit_code] { *exit_code = RunEval(*args); });
}

GHOTONA_COMMAND(SetupNer);

}  // namespace
}  // namespace ghotona::cli
