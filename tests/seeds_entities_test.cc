// The people in the five seed pages (read from ../shared/seeds at run time;
// skipped when absent) come out linked to the knowledge base with the right
// English name and country, every mention's offsets pointing at its text in
// the body, and no other knowledge-base person linked on those pages.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "ghotona/pipeline.h"
#include "text/utf8.h"

namespace ghotona {
namespace {

struct SeedPeople {
  const char* file;
  std::map<std::string, std::string> people;  // English name -> ISO alpha-3
};

const SeedPeople kSeeds[] = {
    {"000_ba89ec7d04f6d98c.txt",
     {{"Ali Khamenei", "IRN"},
      {"Khalil al-Hayya", "PSE"},
      {"Mohammad Darwish", "PSE"},
      {"Nizar Awadallah", "PSE"}}},
    {"001_fd771b0d89b2d06f.txt",
     {{"Ali Khamenei", "IRN"}, {"Abbas Araghchi", "IRN"}, {"Vladimir Putin", "RUS"}}},
    {"002_30c10c5ce49bc537.txt",
     {{"Vladimir Putin", "RUS"},
      {"Mikhail Bogdanov", "RUS"},
      {"Benjamin Netanyahu", "ISR"},
      {"Joe Biden", "USA"},
      {"Kamala Harris", "USA"},
      {"Isaac Herzog", "ISR"}}},
    {"003_8784e094f14fd9bf.txt", {{"Nidal Abu Dukhan", "PSE"}, {"Yair Lapid", "ISR"}}},
    {"004_d97d2db05307b8d5.txt",
     {{"Mohammad Mokhber", "IRN"}, {"Vladimir Putin", "RUS"}, {"Ebrahim Raisi", "IRN"}}},
};

class SeedEntities : public ::testing::TestWithParam<SeedPeople> {
 protected:
  static const Pipeline& SharedPipeline() {
    static const Pipeline* pipeline = [] {
      auto created = Pipeline::Create({.data_dir = GHOTONA_SOURCE_DATA_DIR});
      if (!created.ok()) {
        ADD_FAILURE() << created.status().ToString();
        std::abort();
      }
      return created->release();
    }();
    return *pipeline;
  }
};

TEST_P(SeedEntities, LinksEveryPersonWithNameAndCountry) {
  const std::string path = std::string(GHOTONA_SOURCE_DIR) + "/../shared/seeds/" + GetParam().file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "seed pages not found beside the checkout: " << path;
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::vector<Document> docs;
  SharedPipeline().ForEachDocument(bytes.str(), path,
                                   [&](RawDocument raw) { docs.push_back(SharedPipeline().Process(raw)); });
  ASSERT_EQ(docs.size(), 1u);
  const Document& doc = docs[0];
  std::u32string body;
  for (size_t pos = 0; pos < doc.article.body.size();) {
    const text::Decoded d = text::DecodeUtf8(doc.article.body, pos);
    body.push_back(d.cp);
    pos += d.len;
  }
  std::map<std::string, std::string> linked;
  for (const Entity& e : doc.entities) {
    for (const Mention& m : e.mentions) {
      ASSERT_LE(m.end, body.size());
      std::string slice;
      for (size_t i = m.start; i < m.end; ++i) text::AppendUtf8(body[i], &slice);
      EXPECT_EQ(slice, m.text) << e.id;
    }
    if (e.type == EntityType::kPerson && e.id.starts_with("kb:")) linked[e.name] = e.country;
  }
  EXPECT_EQ(linked, GetParam().people);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedEntities, ::testing::ValuesIn(kSeeds));

}  // namespace
}  // namespace ghotona
