// Tests of the geographic part of the shipped knowledge base
// (data/kb/countries.tsv and data/kb/places.tsv): every country ICU knows is
// present under its ISO code with ICU's CLDR Bengali name among its forms, the
// press spellings and adjectives reach the right country, and the places file
// is large enough and consistent (every capital's parent is its country).
#include <gtest/gtest.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ghotona/kb.h"
#include "text/normalize.h"

namespace ghotona {
namespace {

const KnowledgeBase& ShippedKb() {
  static const KnowledgeBase* kb = [] {
    auto loaded = KnowledgeBase::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new KnowledgeBase(loaded.ok() ? std::move(*loaded) : KnowledgeBase());
  }();
  return *kb;
}

bool DefinedIn(const KbEntry& e, std::string_view file_name) { return e.file.ends_with(file_name); }

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// ICU's Bengali display name of a region, normalized as the loader normalizes
// forms, with a parenthesised part dropped: "মায়ানমার (বার্মা)" -> "মায়ানমার".
std::string IcuBengaliName(const char* region) {
  const std::string locale = std::string("und_") + region;
  UChar buffer[256];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = uloc_getDisplayCountry(locale.c_str(), "bn", buffer, 256, &status);
  if (U_FAILURE(status)) return "";
  std::string name;
  icu::UnicodeString(buffer, length).toUTF8String(name);
  const size_t open = name.find(" (");
  const size_t close = name.find(')', open == std::string::npos ? 0 : open);
  if (open != std::string::npos && close != std::string::npos) name.erase(open, close + 1 - open);
  return text::CollapseWhitespace(text::Normalize(name));
}

// Regions ICU lists that are not current ISO 3166-1 entries. Kosovo (XK,
// user-assigned, XKK) is not among them: countries.tsv has it, so it is checked.
const std::set<std::string> kNotIsoCountries = {
    "DG",  // Diego Garcia: part of the British Indian Ocean Territory (IO)
    "EA",  // Ceuta & Melilla: part of Spain
    "IC",  // Canary Islands: part of Spain
};

// ICU names deliberately not given to the country: the press uses them for
// another, far more frequent place.
const std::map<std::string, std::string> kIcuNamesClaimedElsewhere = {
    {"MF", "সেন্ট মার্টিন is Bangladesh's St. Martin's Island"},
    {"SC", "সিসিলি (ICU's name for Seychelles) is Sicily"},
};

TEST(Countries, EveryCountryIcuKnowsIsAGpeUnderItsIsoCode) {
  const KnowledgeBase& kb = ShippedKb();
  int checked = 0;
  for (const char* const* region = uloc_getISOCountries(); *region != nullptr; ++region) {
    if (kNotIsoCountries.contains(*region)) continue;
    const std::string iso3 = uloc_getISO3Country((std::string("und_") + *region).c_str());
    SCOPED_TRACE(std::string(*region) + " " + iso3);
    const KbEntry* country = kb.FindCountry(iso3);
    ASSERT_NE(country, nullptr);
    EXPECT_EQ(country->type, EntityType::kGpe);
    EXPECT_EQ(country->country, iso3);
    EXPECT_TRUE(DefinedIn(*country, "countries.tsv")) << country->file;
    ++checked;
  }
  EXPECT_GE(checked, 249);
}

TEST(Countries, EveryCountryHasIcusBengaliNameAsItsNameOrAVariant) {
  const KnowledgeBase& kb = ShippedKb();
  for (const char* const* region = uloc_getISOCountries(); *region != nullptr; ++region) {
    if (kNotIsoCountries.contains(*region) || kIcuNamesClaimedElsewhere.contains(*region)) continue;
    const KbEntry* country = kb.FindCountry(uloc_getISO3Country((std::string("und_") + *region).c_str()));
    if (country == nullptr) continue;  // reported by the test above
    const std::string icu_name = IcuBengaliName(*region);
    ASSERT_FALSE(icu_name.empty()) << *region;
    EXPECT_TRUE(country->name_bn == icu_name || Contains(country->variants, icu_name))
        << *region << ": ICU's " << icu_name << " is not a form of " << country->id;
  }
}

TEST(Countries, ANameIcuLeavesOutBelongsToThePlaceThePressMeans) {
  const KnowledgeBase& kb = ShippedKb();
  for (const auto& [region, reason] : kIcuNamesClaimedElsewhere) {
    const std::string icu_name = IcuBengaliName(region.c_str());
    int places_with_name = 0;
    for (const KbEntry& e : kb.entries()) {
      if (DefinedIn(e, "places.tsv") && (e.name_bn == icu_name || Contains(e.variants, icu_name))) {
        ++places_with_name;
      }
    }
    EXPECT_EQ(places_with_name, 1) << region << ": " << reason;
  }
}

// Entries of countries.tsv that have `form` as their Bengali name or variant
// (or, for adjectives, among their adjectives).
std::vector<std::string> CountriesNamed(const std::string& form, bool adjective) {
  const std::string normalized = text::Normalize(form);
  std::vector<std::string> ids;
  for (const KbEntry& e : ShippedKb().entries()) {
    if (!DefinedIn(e, "countries.tsv")) continue;
    const bool match = adjective ? Contains(e.adjectives, normalized)
                                 : e.name_bn == normalized || Contains(e.variants, normalized);
    if (match) ids.push_back(e.id);
  }
  return ids;
}

struct PressForm {
  const char* form;
  bool adjective;
  const char* country_id;
};

// Spellings and adjectives the Bangladeshi press uses, and the country each
// names; each form must name exactly that one country.
const PressForm kPressForms[] = {
    {"ইসরায়েল", false, "israel"},
    {"ইসরাইল", false, "israel"},
    {"ইজরায়েল", false, "israel"},
    {"ফিলিস্তিন", false, "palestine"},
    {"প্যালেস্টাইন", false, "palestine"},
    {"যুক্তরাষ্ট্র", false, "united-states"},
    {"মার্কিন যুক্তরাষ্ট্র", false, "united-states"},
    {"আমেরিকা", false, "united-states"},
    {"যুক্তরাজ্য", false, "united-kingdom"},
    {"ব্রিটেন", false, "united-kingdom"},
    {"রাশিয়া", false, "russia"},
    {"রুশ ফেডারেশন", false, "russia"},
    {"ইরান", false, "iran"},
    {"চীন", false, "china"},
    {"ভারত", false, "india"},
    {"মিসর", false, "egypt"},
    {"মিশর", false, "egypt"},
    {"তুরস্ক", false, "turkey"},
    {"তুর্কিয়ে", false, "turkey"},
    {"সৌদি আরব", false, "saudi-arabia"},
    {"সংযুক্ত আরব আমিরাত", false, "united-arab-emirates"},
    {"মিয়ানমার", false, "myanmar"},
    {"মায়ানমার", false, "myanmar"},
    {"উত্তর কোরিয়া", false, "north-korea"},
    {"দক্ষিণ কোরিয়া", false, "south-korea"},
    {"জর্জিয়া", false, "georgia"},
    {"জর্ডান", false, "jordan"},
    {"গ্রিস", false, "greece"},
    {"চেক প্রজাতন্ত্র", false, "czechia"},
    {"রুশ", true, "russia"},
    {"রাশিয়ান", true, "russia"},
    {"মার্কিন", true, "united-states"},
    {"আমেরিকান", true, "united-states"},
    {"ইসরায়েলি", true, "israel"},
    {"ইসরাইলি", true, "israel"},
    {"ফিলিস্তিনি", true, "palestine"},
    {"ইরানি", true, "iran"},
    {"চীনা", true, "china"},
    {"ভারতীয়", true, "india"},
    {"পাকিস্তানি", true, "pakistan"},
    {"ব্রিটিশ", true, "united-kingdom"},
    {"ফরাসি", true, "france"},
    {"জার্মান", true, "germany"},
    {"সৌদি", true, "saudi-arabia"},
    {"তুর্কি", true, "turkey"},
    {"ইউক্রেনীয়", true, "ukraine"},
    {"সিরীয়", true, "syria"},
    {"ইরাকি", true, "iraq"},
    {"লেবানিজ", true, "lebanon"},
    {"আফগান", true, "afghanistan"},
    {"জাপানি", true, "japan"},
    {"বাংলাদেশি", true, "bangladesh"},
};

TEST(Countries, PressSpellingsAndAdjectivesNameTheirCountry) {
  for (const PressForm& row : kPressForms) {
    EXPECT_EQ(CountriesNamed(row.form, row.adjective), std::vector<std::string>{row.country_id})
        << (row.adjective ? "adjective " : "name ") << row.form;
  }
}

TEST(Countries, ActorCodeIsTheIsoCodeOrLeftOut) {
  for (const KbEntry& e : ShippedKb().entries()) {
    if (!DefinedIn(e, "countries.tsv")) continue;
    EXPECT_TRUE(e.actor_code.empty() || e.actor_code == e.country) << e.id << " " << e.actor_code;
    EXPECT_TRUE(e.parent.empty()) << e.id;
  }
}

TEST(Places, ThePlacesFileHasAtLeast300Entries) {
  const auto& entries = ShippedKb().entries();
  const auto places = std::count_if(entries.begin(), entries.end(),
                                    [](const KbEntry& e) { return DefinedIn(e, "places.tsv"); });
  EXPECT_GE(places, 300);
}

TEST(Places, EveryCapitalIsAGpeWhoseParentIsTheCountryItIsCapitalOf) {
  const KnowledgeBase& kb = ShippedKb();
  int capitals = 0;
  for (const KbEntry& e : kb.entries()) {
    for (const Role& role : e.roles) {
      if (role.office != "capital") continue;
      ++capitals;
      SCOPED_TRACE(e.id);
      EXPECT_EQ(e.type, EntityType::kGpe);
      EXPECT_FALSE(role.from.has_value() || role.to.has_value());
      EXPECT_EQ(e.country, role.scope);
      const KbEntry* country = kb.FindCountry(role.scope);
      ASSERT_NE(country, nullptr);
      const KbEntry* parent = kb.Find(e.parent);
      ASSERT_NE(parent, nullptr) << "parent " << e.parent;
      EXPECT_EQ(parent, country);
    }
  }
  EXPECT_GE(capitals, 190);
}

TEST(Places, KeyPlacesOfTheNewsAreFoundByTheirPressSpelling) {
  const std::map<std::string, std::string> expected = {
      {"তেহরান", "tehran"},
      {"মস্কো", "moscow"},
      {"গাজা", "gaza"},
      {"গাজা উপত্যকা", "gaza"},
      {"রাফা", "rafah"},
      {"পশ্চিম তীর", "west-bank"},
      {"কাজান", "kazan"},
      {"চাবাহার", "chabahar"},
      {"ঢাকা", "dhaka"},
      {"চট্টগ্রাম", "chattogram"},
      {"হরমুজ প্রণালী", "strait-of-hormuz"},
      {"ওয়াশিংটন ডিসি", "washington"},
      {"জেরুসালেম", "jerusalem"},
      {"বঙ্গোপসাগর", "bay-of-bengal"},
      {"মধ্যপ্রাচ্য", "middle-east"},
  };
  for (const auto& [form, id] : expected) {
    const std::string normalized = text::Normalize(form);
    std::vector<std::string> found;
    for (const KbEntry& e : ShippedKb().entries()) {
      if (DefinedIn(e, "places.tsv") && (e.name_bn == normalized || Contains(e.variants, normalized))) {
        found.push_back(e.id);
      }
    }
    EXPECT_EQ(found, std::vector<std::string>{id}) << form;
  }
}

TEST(Places, TheGeographicFilesHaveNoConsistencyProblems) {
  for (const std::string& problem : ShippedKb().Check()) {
    EXPECT_TRUE(problem.find("countries.tsv") == std::string::npos &&
                problem.find("places.tsv") == std::string::npos)
        << problem;
  }
}

}  // namespace
}  // namespace ghotona
