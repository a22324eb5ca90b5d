// Tests for digit values, digit-set conversion and digit-string parsing.
#include "text/digits.h"

#include <gtest/gtest.h>

#include <string>

namespace ghotona::text {
namespace {

TEST(DigitValue, KnowsAsciiAndBengaliDigitsOnly) {
  for (int d = 0; d <= 9; ++d) {
    EXPECT_EQ(DigitValue(static_cast<char32_t>('0' + d)), d);
    EXPECT_EQ(DigitValue(static_cast<char32_t>(0x09E6 + d)), d);
  }
  EXPECT_EQ(DigitValue('a'), -1);
  EXPECT_EQ(DigitValue(0x0966), -1);  // Devanagari zero
  EXPECT_EQ(DigitValue(0x09E5), -1);
  EXPECT_EQ(DigitValue(0x09F0), -1);
}

struct Row {
  std::string bengali;
  std::string ascii;
};

TEST(DigitConversion, ConvertsBothWaysAndLeavesTheRestAlone) {
  const Row rows[] = {
      {"", ""},           {"০১২৩৪৫৬৭৮৯", "0123456789"}, {"২৩ জুন ২০২৫", "23 জুন 2025"},
      {"২২:০৭", "22:07"}, {"১,২০০.৫০", "1,200.50"},     {"কোনো সংখ্যা নেই", "কোনো সংখ্যা নেই"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(BengaliToAsciiDigits(row.bengali), row.ascii) << row.bengali;
    EXPECT_EQ(AsciiToBengaliDigits(row.ascii), row.bengali) << row.ascii;
  }
}

TEST(DigitConversion, CopiesInvalidBytesUnchanged) {
  EXPECT_EQ(BengaliToAsciiDigits("\xe0\xa7"), "\xe0\xa7");
  EXPECT_EQ(BengaliToAsciiDigits("\xff১"),
            "\xff"
            "1");
}

TEST(ParseDigits, ParsesAsciiBengaliAndMixedDigitStrings) {
  EXPECT_EQ(ParseDigits("২০২৫"), 2025);
  EXPECT_EQ(ParseDigits("2025"), 2025);
  EXPECT_EQ(ParseDigits("২0২5"), 2025);
  EXPECT_EQ(ParseDigits("০৭"), 7);
  EXPECT_EQ(ParseDigits("999999999999999999"), 999999999999999999);
  EXPECT_EQ(ParseDigits(""), std::nullopt);
  EXPECT_EQ(ParseDigits("১,২০০"), std::nullopt);
  EXPECT_EQ(ParseDigits("12a"), std::nullopt);
  EXPECT_EQ(ParseDigits("1000000000000000000"), std::nullopt);
}

}  // namespace
}  // namespace ghotona::text
