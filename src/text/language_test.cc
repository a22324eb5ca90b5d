// Tests for DetectLanguage on Bengali, English, mixed and letterless text.
#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

namespace ghotona::text {
namespace {

struct Row {
  const char* name;
  std::string text;
  const char* expected;
};

TEST(DetectLanguage, NamesTheDominantScript) {
  const Row rows[] = {
      {"empty", "", "und"},
      {"digits and punctuation only", "১২৩ 456 -- !!", "und"},
      {"bengali", "ইরানের সর্বোচ্চ নেতা বৈঠক করেছেন।", "bn"},
      {"english", "Putin invited Hamas to Moscow.", "en"},
      {"bengali with english names", "জাতিসংঘের (UN) নিরাপত্তা পরিষদের বৈঠকে আলোচনা হয়েছে।", "bn"},
      {"english with a bengali word", "The Daily Star reported on the ঢাকা meeting yesterday.", "en"},
      {"arabic", "مرحبا بكم", "und"},
      {"accented latin counts as latin", "café résumé naïve", "en"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(DetectLanguage(row.text), row.expected) << row.name;
  }
}

}  // namespace
}  // namespace ghotona::text
