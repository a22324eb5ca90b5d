// Tests of the entity linker on the shipped data (data/kb, data/ner, the
// tagger model): inflected forms, spelling variants, titles, role phrases
// resolved by date, shared forms resolved from context, capitals standing for
// governments, offsets, and linear time on pathological input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "ghotona/entities.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace ghotona {
namespace {

const EntityLinker& Linker() {
  static const EntityLinker* linker = [] {
    auto created = EntityLinker::Create(GHOTONA_SOURCE_DATA_DIR);
    if (!created.ok()) {
      ADD_FAILURE() << created.status().ToString();
      std::abort();
    }
    return created->release();
  }();
  return *linker;
}

std::vector<Entity> LinkText(std::string_view text, std::optional<CivilDate> date = std::nullopt) {
  LinkOptions options;
  options.date = date;
  return Linker().Link(text::Normalize(text), options);
}

// The English name of the entity whose mention has exactly this text, or "".
std::string EntityOfMention(const std::vector<Entity>& entities, std::string_view mention) {
  const std::string want = text::Normalize(mention);
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      if (m.text == want) return e.name;
    }
  }
  return "";
}

struct MentionRow {
  const char* text;
  const char* mention;
  const char* name;
};

// Inflected forms and spelling variants alike: the whole word links to its entry.
class MentionLinks : public ::testing::TestWithParam<MentionRow> {};

TEST_P(MentionLinks, ToItsEntry) {
  const MentionRow& row = GetParam();
  EXPECT_EQ(EntityOfMention(LinkText(row.text), row.mention), row.name) << row.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, MentionLinks,
    ::testing::Values(
        MentionRow{"ইরানের দাবি নাকচ হয়েছে", "ইরানের", "Iran"},
        MentionRow{"তিনি পুতিনকে ফোন করেন", "পুতিনকে", "Vladimir Putin"},
        MentionRow{"বৈঠকটি মস্কোয় হবে", "মস্কোয়", "Moscow"},
        MentionRow{"হামাসের প্রতিনিধিদল পৌঁছেছে", "হামাসের", "Hamas"},
        MentionRow{"রাশিয়ার অবস্থান স্পষ্ট", "রাশিয়ার", "Russia"},
        MentionRow{"রাশিয়া জানিয়েছে", "রাশিয়া", "Russia"}, MentionRow{"ঢাকায় বৃষ্টি হয়েছে", "ঢাকায়", "Dhaka"},
        MentionRow{"তেহরানে বিক্ষোভ", "তেহরানে", "Tehran"},
        MentionRow{"গাজায় ত্রাণ পৌঁছেছে", "গাজায়", "Gaza Strip"},
        MentionRow{"জাতিসংঘের মহাসচিব বলেছেন", "জাতিসংঘের", "United Nations"},
        MentionRow{"যুক্তরাষ্ট্রের সঙ্গে আলোচনা", "যুক্তরাষ্ট্রের", "United States"},
        MentionRow{"মার্কিন যুক্তরাষ্ট্রও সমর্থন দিয়েছে", "মার্কিন যুক্তরাষ্ট্রও", "United States"},
        MentionRow{"খামেনির সঙ্গে সাক্ষাৎ", "খামেনির", "Ali Khamenei"},
        MentionRow{"ইসরায়েলকে সতর্ক করেছে", "ইসরায়েলকে", "Israel"},
        MentionRow{"ফিলিস্তিনিদের পাশে থাকার ঘোষণা", "ফিলিস্তিনিদের", "Palestine"},
        MentionRow{"রুশ কর্মকর্তারা জানান", "রুশ", "Russia"}, MentionRow{"চীনেও একই চিত্র", "চীনেও", "China"},
        MentionRow{"ভারতসহ কয়েকটি দেশ", "ভারতসহ", "India"}, MentionRow{"ন্যাটোর সম্মেলন", "ন্যাটোর", "NATO"},
        MentionRow{"হিজবুল্লাহর হামলা", "হিজবুল্লাহর", "Hezbollah"},
        MentionRow{"ওয়াং ইয়ের সঙ্গে বৈঠক", "ওয়াং ইয়ের", "Wang Yi"}));

INSTANTIATE_TEST_SUITE_P(
    Variants, MentionLinks,
    ::testing::Values(MentionRow{"আলী খামেনি বলেছেন", "আলী খামেনি", "Ali Khamenei"},
                      MentionRow{"আলি খামেনি বলেছেন", "আলি খামেনি", "Ali Khamenei"},
                      MentionRow{"আলি খামেনেয়ি বলেছেন", "আলি খামেনেয়ি", "Ali Khamenei"},
                      MentionRow{"আব্বাস আরাগচি বলেন", "আব্বাস আরাগচি", "Abbas Araghchi"},
                      MentionRow{"আব্বাস আরাকচি বলেন", "আব্বাস আরাকচি", "Abbas Araghchi"},
                      MentionRow{"মিখাইল বোগদানভ জানান", "মিখাইল বোগদানভ", "Mikhail Bogdanov"},
                      MentionRow{"মিখাইল বোগদানোভ জানান", "মিখাইল বোগদানোভ", "Mikhail Bogdanov"},
                      MentionRow{"ইসরাইলের হামলা", "ইসরাইলের", "Israel"},
                      MentionRow{"ইজরায়েলের হামলা", "ইজরায়েলের", "Israel"},
                      MentionRow{"নেতানিয়াহু বলেছেন", "নেতানিয়াহু", "Benjamin Netanyahu"},
                      MentionRow{"সের্গেই লাভরভ বলেন", "সের্গেই লাভরভ", "Sergey Lavrov"},
                      MentionRow{"লাভরোভ বলেন", "লাভরোভ", "Sergey Lavrov"},
                      MentionRow{"ইব্রাহিম রাইসির মৃত্যু", "ইব্রাহিম রাইসির", "Ebrahim Raisi"},
                      MentionRow{"মাসুদ পেজেশকিয়ান বলেন", "মাসুদ পেজেশকিয়ান", "Masoud Pezeshkian"},
                      MentionRow{"ইসমাইল হানিয়া নিহত", "ইসমাইল হানিয়া", "Ismail Haniyeh"},
                      MentionRow{"ইসমাইল হানিয়েহ নিহত", "ইসমাইল হানিয়েহ", "Ismail Haniyeh"},
                      MentionRow{"হুথিদের হামলা", "হুথিদের", "Houthis"},
                      MentionRow{"হুতিরা দাবি করেছে", "হুতিরা", "Houthis"}));

TEST(Linker, KeepsTitlesOutOfNames) {
  const std::vector<Entity> entities = LinkText("প্রেসিডেন্ট পুতিন এবং আয়াতুল্লাহ খামেনি বৈঠক করেন");
  EXPECT_EQ(EntityOfMention(entities, "পুতিন"), "Vladimir Putin");
  EXPECT_EQ(EntityOfMention(entities, "খামেনি"), "Ali Khamenei");
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) {
      EXPECT_EQ(m.text.find(text::Normalize("প্রেসিডেন্ট")), std::string::npos) << m.text;
      EXPECT_EQ(m.text.find(text::Normalize("আয়াতুল্লাহ")), std::string::npos) << m.text;
    }
  }
}

TEST(Linker, DoesNotCutNamesThatEndLikeASuffix) {
  const std::vector<Entity> entities = LinkText("কাতার ও আঙ্কারা এবং খামেনি ও মস্কো");
  EXPECT_EQ(EntityOfMention(entities, "কাতার"), "Qatar");
  EXPECT_EQ(EntityOfMention(entities, "আঙ্কারা"), "Ankara");
  EXPECT_EQ(EntityOfMention(entities, "খামেনি"), "Ali Khamenei");
  EXPECT_EQ(EntityOfMention(entities, "মস্কো"), "Moscow");
}

struct RoleRow {
  const char* phrase;
  CivilDate date;
  const char* name;  // "" when the phrase must not resolve
};

class RolePhrase : public ::testing::TestWithParam<RoleRow> {};

TEST_P(RolePhrase, ResolvesToTheHolderOnTheDate) {
  const RoleRow& row = GetParam();
  std::string got;
  for (const LookupMatch& m : Linker().Lookup(row.phrase, row.date)) {
    if (m.how == "role") got = m.entry->name_en;
  }
  EXPECT_EQ(got, row.name) << row.phrase << " on " << row.date.year << "-" << row.date.month << "-"
                           << row.date.day;
}

INSTANTIATE_TEST_SUITE_P(
    OfficeChanges, RolePhrase,
    ::testing::Values(RoleRow{"ইরানের প্রেসিডেন্ট", {2020, 6, 1}, "Hassan Rouhani"},
                      RoleRow{"ইরানের প্রেসিডেন্ট", {2022, 1, 1}, "Ebrahim Raisi"},
                      RoleRow{"ইরানের প্রেসিডেন্ট", {2024, 5, 19}, "Ebrahim Raisi"},
                      RoleRow{"ইরানের প্রেসিডেন্ট", {2024, 5, 20}, "Mohammad Mokhber"},
                      RoleRow{"ইরানের অন্তর্বর্তী প্রেসিডেন্ট", {2024, 6, 10}, "Mohammad Mokhber"},
                      RoleRow{"ইরানের প্রেসিডেন্ট", {2024, 8, 1}, "Masoud Pezeshkian"},
                      RoleRow{"ইরানের সর্বোচ্চ নেতা", {2025, 2, 8}, "Ali Khamenei"},
                      RoleRow{"ইরানের পররাষ্ট্রমন্ত্রী", {2020, 1, 1}, "Mohammad Javad Zarif"},
                      RoleRow{"ইরানের পররাষ্ট্রমন্ত্রী", {2023, 1, 1}, "Hossein Amir-Abdollahian"},
                      RoleRow{"ইরানের পররাষ্ট্রমন্ত্রী", {2025, 6, 23}, "Abbas Araghchi"},
                      RoleRow{"রুশ প্রেসিডেন্ট", {2022, 8, 1}, "Vladimir Putin"},
                      RoleRow{"রাশিয়ার প্রতিরক্ষামন্ত্রী", {2023, 3, 1}, "Sergei Shoigu"},
                      RoleRow{"রাশিয়ার প্রতিরক্ষামন্ত্রী", {2024, 6, 1}, "Andrei Belousov"},
                      RoleRow{"মার্কিন প্রেসিডেন্ট", {2020, 3, 1}, "Donald Trump"},
                      RoleRow{"মার্কিন প্রেসিডেন্ট", {2022, 3, 1}, "Joe Biden"},
                      RoleRow{"মার্কিন প্রেসিডেন্ট", {2025, 3, 1}, "Donald Trump"},
                      RoleRow{"যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী", {2019, 5, 1}, "Mike Pompeo"},
                      RoleRow{"যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী", {2023, 5, 1}, "Antony Blinken"},
                      RoleRow{"যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী", {2025, 5, 1}, "Marco Rubio"},
                      RoleRow{"ইসরায়েলি প্রধানমন্ত্রী", {2021, 8, 1}, "Naftali Bennett"},
                      RoleRow{"ইসরায়েলি প্রধানমন্ত্রী", {2022, 8, 1}, "Yair Lapid"},
                      RoleRow{"ইসরায়েলের প্রধানমন্ত্রী", {2024, 1, 1}, "Benjamin Netanyahu"},
                      RoleRow{"ব্রিটিশ প্রধানমন্ত্রী", {2022, 10, 1}, "Liz Truss"},
                      RoleRow{"ব্রিটিশ প্রধানমন্ত্রী", {2023, 10, 1}, "Rishi Sunak"},
                      RoleRow{"ব্রিটিশ প্রধানমন্ত্রী", {2025, 10, 1}, "Keir Starmer"},
                      RoleRow{"বাংলাদেশের প্রধানমন্ত্রী", {2023, 10, 1}, "Sheikh Hasina"},
                      RoleRow{"বাংলাদেশের প্রধানমন্ত্রী", {2024, 10, 1}, ""},
                      RoleRow{"বাংলাদেশের প্রধান উপদেষ্টা", {2025, 1, 1}, "Muhammad Yunus"},
                      RoleRow{"ভারতের প্রধানমন্ত্রী", {2024, 1, 1}, "Narendra Modi"},
                      RoleRow{"হামাসের রাজনৈতিক শাখার প্রধান", {2024, 3, 1}, "Ismail Haniyeh"},
                      RoleRow{"হামাসের রাজনৈতিক শাখার প্রধান", {2024, 9, 1}, "Yahya Sinwar"},
                      RoleRow{"সাবেক মার্কিন প্রেসিডেন্ট", {2022, 3, 1}, ""},
                      RoleRow{"রাশিয়ার উপ-পররাষ্ট্রমন্ত্রী", {2022, 3, 1}, ""},
                      RoleRow{"রাষ্ট্রপতি", {2024, 2, 21}, "Mohammed Shahabuddin"},
                      RoleRow{"কয়েকজন প্রেসিডেন্ট", {2022, 3, 1}, ""},
                      RoleRow{"প্রধানমন্ত্রীরা", {2022, 3, 1}, ""}));

TEST(Linker, AnOfficeUsedAsAPredicateIsNotResolved) {
  const auto roles = [](std::string_view text) {
    size_t n = 0;
    for (const Entity& e : LinkText(text, CivilDate{2025, 1, 21})) {
      for (const Mention& m : e.mentions) n += m.kind == MentionKind::kRole;
    }
    return n;
  };
  EXPECT_EQ(roles("যুক্তরাষ্ট্রের প্রেসিডেন্ট বলেছেন"), 1u);
  EXPECT_EQ(roles("তিনি যুক্তরাষ্ট্রের প্রেসিডেন্ট হিসেবে শপথ নেন"), 0u);
  EXPECT_EQ(roles("যুক্তরাষ্ট্রে প্রেসিডেন্ট নির্বাচিত হয়েছেন তিনি"), 0u);
  EXPECT_EQ(roles("অনুষ্ঠানে সাবেক কয়েকজন প্রেসিডেন্ট ছিলেন"), 0u);
}

TEST(Linker, ResolvesTheCountryOfDeshtirFromTheTextBefore) {
  const std::vector<Entity> entities =
      LinkText("ইরান আলোচনায় রাজি হয়েছে। দেশটির পররাষ্ট্রমন্ত্রী বলেন, আলোচনা চলবে।", CivilDate{2025, 6, 23});
  EXPECT_EQ(EntityOfMention(entities, "দেশটির পররাষ্ট্রমন্ত্রী"), "Abbas Araghchi");
}

TEST(Linker, LeavesARoleToTheNameThatFollowsIt) {
  const std::vector<Entity> entities = LinkText("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন", CivilDate{2024, 5, 20});
  EXPECT_EQ(EntityOfMention(entities, "রুশ"), "Russia");
  EXPECT_EQ(EntityOfMention(entities, "ভ্লাদিমির পুতিন"), "Vladimir Putin");
  EXPECT_EQ(EntityOfMention(entities, "রুশ প্রেসিডেন্ট"), "");
}

TEST(Linker, ARoleMentionAbsorbsItsCountryWord) {
  const std::vector<Entity> entities = LinkText("ইরানের প্রেসিডেন্ট বলেছেন", CivilDate{2024, 6, 1});
  EXPECT_EQ(EntityOfMention(entities, "ইরানের প্রেসিডেন্ট"), "Mohammad Mokhber");
  EXPECT_EQ(EntityOfMention(entities, "ইরানের"), "");
}

TEST(Linker, RolePhrasesNeedADate) {
  EXPECT_EQ(EntityOfMention(LinkText("ইরানের প্রেসিডেন্ট বলেছেন"), "ইরানের প্রেসিডেন্ট"), "");
}

TEST(Linker, CapitalsStandForTheirGovernmentsOutsideTheLocative) {
  const std::vector<Entity> entities = LinkText("ওয়াশিংটন বলেছে, ওয়াশিংটনে বৈঠক হবে।");
  std::vector<std::string> stands_for;
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) stands_for.push_back(m.stands_for);
  }
  EXPECT_THAT(stands_for, ::testing::ElementsAre("kb:united-states", ""));
}

TEST(Linker, ResolvesASharedFormFromTheCountriesAround) {
  const auto id_of = [](std::string_view text, std::string_view mention) {
    for (const Entity& e : LinkText(text)) {
      for (const Mention& m : e.mentions) {
        if (m.text == text::Normalize(mention)) return e.id;
      }
    }
    return std::string();
  };
  EXPECT_EQ(id_of("জর্জিয়া ও আর্মেনিয়ার সীমান্তে উত্তেজনা", "জর্জিয়া"), "kb:georgia");
  EXPECT_EQ(id_of("যুক্তরাষ্ট্রের নির্বাচনে জর্জিয়ায় ভোট গণনা চলছে, আটলান্টায় ভিড়", "জর্জিয়ায়"),
            "kb:georgia-us-state");
}

TEST(Linker, MentionOffsetsAreCodePointsIntoTheBody) {
  const std::string body = text::Normalize(
      "গতকাল ইরানের পররাষ্ট্রমন্ত্রী আব্বাস আরাগচি মস্কোয় রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে বৈঠক করেন।\n\n"
      "বৈঠকে হামাস ও জাতিসংঘের ভূমিকা নিয়ে কথা হয়। ইসরায়েলের হামলার নিন্দা জানান তাঁরা।");
  const std::vector<Entity> entities = Linker().Link(body, LinkOptions{CivilDate{2025, 6, 23}, true});
  ASSERT_GE(entities.size(), 6u);
  std::u32string cps;
  for (size_t pos = 0; pos < body.size();) {
    const text::Decoded d = text::DecodeUtf8(body, pos);
    cps.push_back(d.cp);
    pos += d.len;
  }
  for (const Entity& e : entities) {
    ASSERT_FALSE(e.mentions.empty());
    for (const Mention& m : e.mentions) {
      ASSERT_LE(m.end, cps.size());
      std::string slice;
      for (size_t i = m.start; i < m.end; ++i) text::AppendUtf8(cps[i], &slice);
      EXPECT_EQ(slice, m.text) << e.name;
      EXPECT_EQ(body.substr(m.byte_start, m.byte_end - m.byte_start), m.text);
    }
  }
  EXPECT_EQ(entities[0].name, "Iran");  // ordered by first mention
}

TEST(Linker, FindsNamesTheKnowledgeBaseLacks) {
  const std::vector<Entity> entities =
      LinkText("স্থানীয় কৃষক আবদুল করিম মোল্লা জানান, এবার ধানের ফলন ভালো হয়েছে। করিম মোল্লা আরও বলেন, দাম কম।");
  bool found = false;
  for (const Entity& e : entities) {
    if (e.id.starts_with("new:") && e.type == EntityType::kPerson) {
      found = true;
      EXPECT_FALSE(e.name.empty());
      EXPECT_TRUE(e.country.empty());
      for (char c : e.name)
        EXPECT_TRUE(c == ' ' || c == '-' || std::isalnum(static_cast<unsigned char>(c))) << e.name;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Linker, PronounsAndTwoLeadersPointBackToThePeopleNamedBefore) {
  const std::string body = text::Normalize(
      "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন ইরানের মোহাম্মদ মোখবেরকে ফোন করেন। দুই নেতা সহযোগিতা নিয়ে কথা বলেন। "
      "তিনি শোক জানান।");
  const std::vector<Entity> entities = Linker().Link(body, LinkOptions{CivilDate{2024, 5, 20}, true});
  const auto names = [&](std::string_view word, size_t count) {
    const size_t byte = body.find(text::Normalize(word));
    const size_t at = text::CountCodePoints(std::string_view(body).substr(0, byte));
    std::string out;
    for (const Entity* e : PeopleBefore(entities, at, count)) out += e->name + ";";
    return out;
  };
  EXPECT_EQ(names("দুই নেতা", 2), "Mohammad Mokhber;Vladimir Putin;");
  EXPECT_EQ(names("তিনি", 1), "Mohammad Mokhber;");
  EXPECT_EQ(names("রুশ", 1), "");
}

TEST(Linker, LookupReadsInflectionsAndVariants) {
  const auto how = [](std::string_view name) {
    std::string out;
    for (const LookupMatch& m : Linker().Lookup(name, std::nullopt))
      out += m.entry->name_en + "/" + m.how + ";";
    return out;
  };
  EXPECT_EQ(how("পুতিন"), "Vladimir Putin/exact;");
  EXPECT_EQ(how("পুতিনকে"), "Vladimir Putin/stem;");
  EXPECT_EQ(how("বোগদানোভের"), "Mikhail Bogdanov/stem;");
  EXPECT_EQ(how("পুতীনের"), "Vladimir Putin/phonetic;");
  EXPECT_EQ(how("অজানাশব্দ"), "");
}

// Garbage and adversarial text must not make matching super-linear: doubling
// the input must not much more than double the time.
TEST(Linker, TakesLinearTimeOnPathologicalInput) {
  std::string unit;
  for (int i = 0; i < 200; ++i) unit += text::Normalize("আলী আলী মার্কিন মার্কিন জাতিসংঘ ");
  unit += std::string(3000, 'x') + " ";
  for (int i = 0; i < 200; ++i) unit += "\xE0\xA6\x95\xE0\xA7\x87";  // one endless word of "কে"
  unit += " ";
  const auto time = [&](int copies) {
    std::string body;
    for (int i = 0; i < copies; ++i) body += unit;
    const auto start = std::chrono::steady_clock::now();
    const std::vector<Entity> entities = Linker().Link(body, LinkOptions{CivilDate{2025, 1, 1}, true});
    EXPECT_FALSE(entities.empty());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const double small = time(20), large = time(80);
  EXPECT_LT(large, 4 * small * 2.5 + 0.05) << small << " s for 20 copies, " << large << " s for 80";
  EXPECT_LT(large, 2.0 * GHOTONA_TIME_LIMIT_SCALE);
}

}  // namespace
}  // namespace ghotona
