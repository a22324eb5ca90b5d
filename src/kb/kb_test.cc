// Tests of the knowledge base loader and checker on small files written by
// the tests themselves; the shipped KB is checked in kb_shipped_test.cc.
#include "ghotona/kb.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace ghotona {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

class KbFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ghotona_kb_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("offices.txt",
          "# offices\npresident\tsingle\thead\nspokesperson\tmulti\tvoice\ncapital\tmulti\tseat\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  Result<KnowledgeBase> LoadOne(const std::string& content) {
    return KnowledgeBase::LoadFiles({Write("a.tsv", content)}, (dir_ / "offices.txt").string());
  }
  std::filesystem::path dir_;
};

constexpr char kIran[] = "iran\tGPE\tIran\tইরান\tইরান্\tIRN\tIRN\t-\t-\n";

TEST_F(KbFiles, ParsesEveryField) {
  auto kb =
      LoadOne(std::string(kIran) +
              "ebrahim-raisi\tPERSON\tEbrahim Raisi\tইব্রাহিম রাইসি\tরাইসি|adj:রাইসিপন্থী\tIRN\tIRNGOV\tiran\t"
              "president IRN 2021-08-03..2024-05-19; spokesperson iran\n");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const KbEntry* raisi = kb->Find("ebrahim-raisi");
  ASSERT_NE(raisi, nullptr);
  EXPECT_EQ(raisi->type, EntityType::kPerson);
  EXPECT_EQ(raisi->name_en, "Ebrahim Raisi");
  EXPECT_EQ(raisi->variants, std::vector<std::string>{"রাইসি"});
  EXPECT_EQ(raisi->adjectives, std::vector<std::string>{"রাইসিপন্থী"});
  EXPECT_EQ(raisi->country, "IRN");
  EXPECT_EQ(raisi->actor_code, "IRNGOV");
  EXPECT_EQ(raisi->parent, "iran");
  ASSERT_EQ(raisi->roles.size(), 2u);
  EXPECT_EQ(raisi->roles[0].office, "president");
  EXPECT_EQ(raisi->roles[0].scope, "IRN");
  EXPECT_EQ(*raisi->roles[0].from, (CivilDate{2021, 8, 3}));
  EXPECT_EQ(*raisi->roles[0].to, (CivilDate{2024, 5, 19}));
  EXPECT_FALSE(raisi->roles[1].from.has_value());
  EXPECT_EQ(raisi->line, 2);
  EXPECT_EQ(kb->FindCountry("IRN"), kb->Find("iran"));
}

TEST_F(KbFiles, RoleRangesAreInclusiveAndMayBeOpen) {
  auto kb = LoadOne(std::string(kIran) +
                    "a\tPERSON\tA\tক\t-\tIRN\t-\t-\tpresident IRN 2021-08-03..2024-05-19\n"
                    "b\tPERSON\tB\tখ\t-\tIRN\t-\t-\tpresident IRN 2024-05-20..2024-07-28\n"
                    "c\tPERSON\tC\tগ\t-\tIRN\t-\t-\tpresident IRN 2024-07-28..\n");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto holder = [&](CivilDate d) {
    auto h = kb->Holders("president", "IRN", d);
    std::string ids;
    for (const KbEntry* e : h) ids += e->id;
    return ids;
  };
  EXPECT_EQ(holder({2024, 5, 19}), "a");
  EXPECT_EQ(holder({2024, 5, 20}), "b");
  EXPECT_EQ(holder({2024, 7, 28}), "bc");  // the handover day
  EXPECT_EQ(holder({2026, 1, 1}), "c");
  EXPECT_EQ(holder({2020, 1, 1}), "");
  EXPECT_THAT(kb->Check(), IsEmpty());
}

struct BadLine {
  const char* line;
  const char* reason;
};

class KbBadLine : public KbFiles, public ::testing::WithParamInterface<BadLine> {};

TEST_P(KbBadLine, FailsNamingFileAndLine) {
  auto kb = LoadOne(std::string("# comment\n\n") + kIran + GetParam().line + "\n");
  ASSERT_FALSE(kb.ok());
  EXPECT_THAT(kb.status().message(), HasSubstr("a.tsv:4: "));
  EXPECT_THAT(kb.status().message(), HasSubstr(GetParam().reason));
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, KbBadLine,
    ::testing::Values(BadLine{"x\tGPE\tX\tএক্স", "expected 9 TAB-separated fields, found 4"},
                      BadLine{"x\tGPE\tX\tএক্স\t-\t-\t-\t-\t-\textra", "found 10"},
                      BadLine{"Bad Id\tGPE\tX\tএক্স\t-\t-\t-\t-\t-", "bad id"},
                      BadLine{"x\tCITY\tX\tএক্স\t-\t-\t-\t-\t-", "unknown type 'CITY'"},
                      BadLine{"x\tGPE\t-\tএক্স\t-\t-\t-\t-\t-", "empty English name"},
                      BadLine{"x\tGPE\tX\t-\t-\t-\t-\t-\t-", "empty Bengali name"},
                      BadLine{"x\tGPE\tX\t\xEF\xBB\xBF\t-\t-\t-\t-\t-", "empty Bengali name"},
                      BadLine{"x\tGPE\tX\tএক্স\tক||খ\t-\t-\t-\t-", "empty variant"},
                      BadLine{"x\tGPE\tX\tএক্স\t-\tIR\t-\t-\t-", "not ISO alpha-3"},
                      BadLine{"x\tGPE\tX\tএক্স\t-\tIRN\tIRNGO\t-\t-", "not CAMEO-shaped"},
                      BadLine{"x\tGPE\tX\tএক্স\t-\tIRN\t-\tIran\t-", "bad parent id"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident", "not 'office SCOPE"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident Iran", "neither an ISO"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident IRN 2024", "wants FROM..TO"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident IRN 2024-13-01..", "bad date"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident IRN 2024-05..", "bad date"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\tpresident IRN 2024-05-02..2024-05-01",
                              "ends before it starts"},
                      BadLine{"x\tPERSON\tX\tএক্স\t-\tIRN\t-\t-\temperor IRN", "unknown office 'emperor'"}));

TEST_F(KbFiles, MissingFileIsAnIoError) {
  auto kb = KnowledgeBase::LoadFiles({(dir_ / "absent.tsv").string()}, "");
  ASSERT_FALSE(kb.ok());
  EXPECT_THAT(kb.status().message(), HasSubstr("absent.tsv"));
}

TEST_F(KbFiles, CheckReportsDuplicatesUnknownReferencesAndOverlaps) {
  auto kb = LoadOne(std::string(kIran) +
                    "a\tPERSON\tA\tক\t-\tIRN\t-\tnowhere\tpresident IRN 2020-01-01..2022-01-01\n"
                    "b\tPERSON\tB\tখ\t-\tXYZ\t-\t-\tpresident IRN 2021-06-01..\n"
                    "c\tPERSON\tC\tগ\t-\t-\t-\t-\tspokesperson no-such-org\n"
                    "a\tPERSON\tA again\tঘ\t-\t-\t-\t-\t-\n");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const std::vector<std::string> problems = kb->Check();
  const auto has = [&](const std::string& needle) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(needle) != std::string::npos; });
  };
  EXPECT_TRUE(has("a.tsv:5: duplicate id 'a' (first at "));
  EXPECT_TRUE(has("a.tsv:2: unknown parent 'nowhere'"));
  EXPECT_TRUE(has("a.tsv:3: no country entry with ISO code 'XYZ'"));
  EXPECT_TRUE(has("a.tsv:4: unknown role scope 'no-such-org'"));
  EXPECT_TRUE(has("president IRN term of 'b' overlaps that of 'a'"));
  EXPECT_EQ(problems.size(), 5u);
}

TEST_F(KbFiles, CheckReportsActorCodesThatNameNoCountryOrAnotherOne) {
  auto kb = LoadOne(std::string(kIran) +
                    "un\tORG\tUnited Nations\tজাতিসংঘ\t-\t-\tIGOUNO\t-\t-\n"
                    "x\tORG\tX\tএক্স\t-\t-\tXYZGOV\t-\t-\n"
                    "p\tPERSON\tP\tপি\t-\tIRN\tRUSGOV\t-\t-\n"
                    "russia\tGPE\tRussia\tরাশিয়া\t-\tRUS\tRUS\t-\t-\n");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const std::vector<std::string> problems = kb->Check();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_THAT(problems[0], HasSubstr("a.tsv:3: actor code 'XYZGOV' starts with neither a country"));
  EXPECT_THAT(problems[1], HasSubstr("a.tsv:4: actor code 'RUSGOV' names another country than IRN"));
}

TEST_F(KbFiles, AmbiguousFormsAreNotesNotProblems) {
  auto kb = LoadOne(std::string(kIran) +
                    "georgia\tGPE\tGeorgia\tজর্জিয়া\t-\tGEO\tGEO\t-\t-\n"
                    "georgia-us-state\tGPE\tGeorgia (US state)\tজর্জিয়া\t-\t-\t-\t-\t-\n");
  ASSERT_TRUE(kb.ok());
  EXPECT_THAT(kb->Check(), IsEmpty());
  ASSERT_EQ(kb->Ambiguities().size(), 1u);
  EXPECT_THAT(kb->Ambiguities()[0], HasSubstr("names both 'georgia' and 'georgia-us-state'"));
}

TEST(EntityType, NamesRoundTrip) {
  for (const char* name : {"PERSON", "ORG", "GPE", "LOC", "EVENT"}) {
    auto type = ParseEntityType(name);
    ASSERT_TRUE(type.has_value()) << name;
    EXPECT_EQ(EntityTypeName(*type), name);
  }
  EXPECT_FALSE(ParseEntityType("person").has_value());
}

}  // namespace
}  // namespace ghotona
