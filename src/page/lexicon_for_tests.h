// Test helper: the shipped data/page lexicon, loaded once per test binary.
#ifndef GHOTONA_PAGE_LEXICON_FOR_TESTS_H_
#define GHOTONA_PAGE_LEXICON_FOR_TESTS_H_

#include <gtest/gtest.h>

#include "page/extractor_lexicon.h"

namespace ghotona::testutil {

inline const page::Lexicon& TestLexicon() {
  static const page::Lexicon* lex = [] {
    auto loaded = page::Lexicon::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new page::Lexicon(loaded.ok() ? std::move(*loaded) : page::Lexicon{});
  }();
  return *lex;
}

}  // namespace ghotona::testutil

#endif  // GHOTONA_PAGE_LEXICON_FOR_TESTS_H_
