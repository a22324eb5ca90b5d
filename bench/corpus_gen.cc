// Benchmark corpus: text-dump pages assembled from pools of invented Bengali
// sentences. A sentence template holds slots ({P} person, {R} role, {L} place,
// {C}/{G} country and its genitive, {O} organisation, {A} news agency,
// {N} number, {W} weekday, {D} day and month) that are filled at random, so
// 68 templates give many thousands of distinct sentences. Every page takes one
// of six layouts (desk byline + প্রকাশ line, header "today" date + doubled
// article, glued breadcrumb + WordPress UI, glued আপডেট line + doubled lists,
// "Daily X" masthead + বিভাগ line, English UI) and is padded with related
// lists until it reaches its drawn size of 6-10 KB.
#include "corpus_gen.h"

#include <array>
#include <random>
#include <string_view>

namespace ghotona::bench {
namespace {

// Bengali text with ZWNJ makes clang-format 14 oscillate: keep it off the pools.
// clang-format off
constexpr std::array<std::string_view, 68> kSentences = {
    // Diplomacy.
    "{G} পররাষ্ট্রমন্ত্রীর সঙ্গে ঢাকায় বৈঠক করেছেন পররাষ্ট্র উপদেষ্টা।",
    "{W} রাষ্ট্রীয় অতিথি ভবনে দুই দেশের প্রতিনিধিদলের মধ্যে প্রায় দুই ঘণ্টা আলোচনা হয়।",
    "বৈঠকে বাণিজ্য, জ্বালানি ও যোগাযোগ খাতে সহযোগিতা বাড়ানোর বিষয়ে দুই পক্ষ একমত হয়েছে।",
    "{C} ও বাংলাদেশের মধ্যে {N}টি সমঝোতা স্মারক সই হয়েছে বলে পররাষ্ট্র মন্ত্রণালয় জানিয়েছে।",
    "রোহিঙ্গা প্রত্যাবাসনে {G} সমর্থন চেয়েছে বাংলাদেশ।",
    "{R} {P} বলেন, দুই দেশের সম্পর্ক এখন আগের যেকোনো সময়ের চেয়ে ঘনিষ্ঠ।",
    "আগামী মাসে {C} সফরে যাওয়ার কথা রয়েছে প্রধান উপদেষ্টার।",
    "{G} রাষ্ট্রদূত {D} পররাষ্ট্রসচিবের সঙ্গে সৌজন্য সাক্ষাৎ করেন।",
    "ভিসা প্রক্রিয়া সহজ করতে {C} নতুন উদ্যোগ নিচ্ছে বলে জানানো হয়েছে।",
    "দুই দেশের সীমান্তে উত্তেজনা কমাতে পতাকা বৈঠকের আয়োজন করা হয়।",
    "বৈঠক শেষে যৌথ বিবৃতিতে আঞ্চলিক শান্তি ও স্থিতিশীলতার ওপর জোর দেওয়া হয়েছে।",
    "কূটনীতিকেরা মনে করছেন, এই সফর দ্বিপক্ষীয় সম্পর্কে নতুন মাত্রা যোগ করবে।",
    // Politics.
    "সংস্কার প্রস্তাব নিয়ে রাজনৈতিক দলগুলোর সঙ্গে সংলাপে বসছে {O}।",
    "{W} রাজধানীর নয়াপল্টনে সমাবেশ করে দ্রুত নির্বাচনের দাবি জানিয়েছে একটি দল।",
    "{R} {P} অভিযোগ করেন, মাঠপর্যায়ে তাঁদের কর্মীদের হয়রানি করা হচ্ছে।",
    "সংবিধান সংস্কার কমিশনের সুপারিশ নিয়ে দলগুলোর মধ্যে মতভেদ রয়েছে।",
    "স্থানীয় সরকার নির্বাচন আগে হবে কি না, তা নিয়ে আলোচনা চলছে।",
    "দলের স্থায়ী কমিটির বৈঠকে আন্দোলনের নতুন কর্মসূচি চূড়ান্ত করা হয়েছে।",
    "ভোটার তালিকা হালনাগাদের কাজ {D} থেকে শুরু হবে বলে জানিয়েছে নির্বাচন কমিশন।",
    "{L} জেলায় দুই পক্ষের সংঘর্ষে অন্তত {N} জন আহত হয়েছেন।",
    "বিরোধী নেতারা বলছেন, সবার অংশগ্রহণ ছাড়া কোনো নির্বাচন গ্রহণযোগ্য হবে না।",
    "সংসদীয় আসনের সীমানা পুনর্নির্ধারণ নিয়ে {N}টি আপত্তি জমা পড়েছে।",
    // Economy.
    "চলতি অর্থবছরের প্রথম ছয় মাসে প্রবাসী আয় এসেছে {N} কোটি ডলার।",
    "মূল্যস্ফীতি নিয়ন্ত্রণে নীতি সুদহার আরও বাড়ানোর ইঙ্গিত দিয়েছে {O}।",
    "রপ্তানি আয়ে টানা তৃতীয় মাসে প্রবৃদ্ধি হয়েছে, যার বড় অংশ এসেছে তৈরি পোশাক থেকে।",
    "বাজারে চাল, ডাল ও ভোজ্যতেলের দাম গত সপ্তাহের তুলনায় কিছুটা বেড়েছে।",
    "ব্যবসায়ীরা বলছেন, ডলারের দাম স্থিতিশীল না হলে আমদানি খরচ কমবে না।",
    "বাজেট ঘাটতি মেটাতে {O} থেকে {N} কোটি ডলার ঋণ নেওয়ার প্রক্রিয়া চলছে।",
    "শেয়ারবাজারে প্রধান সূচক দিনের শেষে {N} পয়েন্ট কমেছে।",
    "{L} শিল্পাঞ্চলে গ্যাস সংকটের কারণে অনেক কারখানায় উৎপাদন অর্ধেকে নেমেছে।",
    "অর্থনীতিবিদ {P} বলেন, রাজস্ব আদায় না বাড়লে উন্নয়ন ব্যয় কমাতে হবে।",
    "আলুর ভালো ফলন হলেও ন্যায্য দাম না পেয়ে হতাশ {L} এলাকার কৃষকেরা।",
    "বন্দরে জাহাজজট কমাতে নতুন টার্মিনাল চালুর পরিকল্পনা করছে সরকার।",
    "{G} বাজারে বাংলাদেশের পণ্যের শুল্কমুক্ত সুবিধা আরও তিন বছর বহাল থাকবে।",
    // National, weather, crime.
    "উজানের ঢলে {L} জেলার নিম্নাঞ্চল প্লাবিত হয়ে হাজারো মানুষ পানিবন্দী হয়ে পড়েছেন।",
    "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী ৪৮ ঘণ্টায় দেশের কয়েকটি বিভাগে ভারী বৃষ্টি হতে পারে।",
    "ডেঙ্গুতে গত ২৪ ঘণ্টায় আরও {N} জন হাসপাতালে ভর্তি হয়েছেন।",
    "{L} শহরে অভিযান চালিয়ে মাদকসহ {N} জনকে গ্রেপ্তার করেছে পুলিশ।",
    "মহাসড়কে বাস ও ট্রাকের মুখোমুখি সংঘর্ষে চালকসহ দুজনের মৃত্যু হয়েছে।",
    "শীতের তীব্রতা বাড়ায় উত্তরাঞ্চলে গরম কাপড়ের চাহিদা বেড়েছে।",
    "জেলা প্রশাসক {P} বলেন, ক্ষতিগ্রস্ত পরিবারগুলোকে দ্রুত ত্রাণ পৌঁছে দেওয়া হবে।",
    "{W} ভোরে {L} রেলস্টেশনের কাছে একটি মালবাহী ট্রেন লাইনচ্যুত হয়।",
    "স্থানীয় বাসিন্দারা জানান, নদীভাঙনে গত এক মাসে শতাধিক বসতবাড়ি বিলীন হয়েছে।",
    "ফায়ার সার্ভিসের {N}টি ইউনিট প্রায় তিন ঘণ্টা চেষ্টা করে আগুন নিয়ন্ত্রণে আনে।",
    // Sport.
    "শেষ ওভারের রোমাঞ্চে {C} দলকে {N} রানে হারিয়েছে বাংলাদেশ।",
    "ম্যাচসেরা হয়েছেন {P}।",
    "প্রথমার্ধে এক গোলে পিছিয়ে থেকেও দারুণভাবে ম্যাচে ফিরেছে দলটি।",
    "কোচ {P} বলেন, ছেলেরা চাপের মধ্যে দুর্দান্ত খেলেছে।",
    "চোটের কারণে সিরিজের বাকি ম্যাচে খেলতে পারবেন না দলের অভিজ্ঞ পেসার।",
    "বিপিএলের নিলামে এবার রেকর্ড দামে দল পেয়েছেন এক তরুণ ব্যাটার।",
    "সাফ চ্যাম্পিয়নশিপের ফাইনাল হবে {D}, কাঠমান্ডুর দশরথ রঙ্গশালায়।",
    "দর্শকে ঠাসা গ্যালারির সামনে দলের জয় উদ্‌যাপন করেন "
    "খেলোয়াড়েরা।",
    // Entertainment.
    "নতুন ছবির শুটিং শেষ করে ঢাকায় ফিরেছেন অভিনেত্রী {P}।",
    "ছবিটি {D} দেশের {N}টি প্রেক্ষাগৃহে মুক্তি পাবে।",
    "{G} একটি চলচ্চিত্র উৎসবে সেরা নির্মাতার পুরস্কার পেয়েছেন বাংলাদেশের এক তরুণ পরিচালক।",
    "গানটি প্রকাশের এক সপ্তাহের মধ্যে ইউটিউবে ৫০ লাখের বেশিবার দেখা হয়েছে।",
    "নির্মাতা {P} জানান, গ্রামের মানুষের জীবনসংগ্রাম নিয়েই তাঁর এবারের গল্প।",
    "ঈদ উপলক্ষে টেলিভিশনে প্রচারিত হবে অন্তত {N}টি নতুন নাটক।",
    "দীর্ঘ বিরতির পর মঞ্চে ফিরছেন দেশের জনপ্রিয় একটি ব্যান্ড।",
    "বইমেলায় এবার নতুন বই এসেছে {N}টি, যার বড় অংশই কবিতার।",
    // International.
    "{G} রাজধানীতে সরকারবিরোধী বিক্ষোভে হাজারো মানুষ অংশ নিয়েছেন।",
    "বার্তা সংস্থা {A} জানিয়েছে, হামলায় অন্তত {N} জন নিহত হয়েছেন।",
    "জাতিসংঘ মহাসচিব সংঘাতে জড়িত সব পক্ষকে সংযম দেখানোর আহ্বান জানিয়েছেন।",
    "{C} নির্বাচনে ক্ষমতাসীন জোট সংখ্যাগরিষ্ঠতা হারিয়েছে।",
    "{G} প্রেসিডেন্ট এক টেলিভিশন ভাষণে জরুরি অবস্থা জারির ঘোষণা দেন।",
    "জলবায়ু সম্মেলনে ক্ষতিগ্রস্ত দেশগুলোর জন্য নতুন তহবিলের দাবি তোলা হয়েছে।",
    "{A}-এর খবরে বলা হয়েছে, দুই দেশের আলোচনা আগামী সপ্তাহে আবার শুরু হবে।",
    "তেলের দাম বাড়ায় {C} সরকার জ্বালানিতে ভর্তুকি বাড়ানোর সিদ্ধান্ত নিয়েছে।",
};

constexpr std::array<std::string_view, 24> kHeadlines = {
    "{C} সঙ্গে বাণিজ্য বাড়াতে নতুন চুক্তির পথে বাংলাদেশ",
    "{L} জেলায় বন্যা পরিস্থিতির অবনতি, পানিবন্দী হাজারো মানুষ",
    "নীতি সুদহার আবার বাড়াল {O}",
    "শেষ বলের নাটকে {C} দলকে হারাল বাংলাদেশ",
    "{G} নির্বাচনে ক্ষমতাসীনদের ভরাডুবি",
    "ডেঙ্গুতে আরও {N} জনের মৃত্যু",
    "নতুন ছবিতে চমক দেখাবেন {P}",
    "প্রবাসী আয়ে রেকর্ড, রিজার্ভে স্বস্তি",
    "{L} শহরে মাদকবিরোধী অভিযানে গ্রেপ্তার {N}",
    "রোহিঙ্গা প্রত্যাবাসন নিয়ে {C} সঙ্গে আলোচনা",
    "সংস্কার নিয়ে দলগুলোর মতামত চাইল {O}",
    "বাজারে চালের দাম কেজিতে বাড়ল ৪ টাকা",
    "মহাসড়কে বাস-ট্রাক সংঘর্ষে নিহত ২",
    "সাফের ফাইনালে বাংলাদেশের মেয়েরা",
    "{G} প্রেসিডেন্টের ঢাকা সফর {D}",
    "উত্তরাঞ্চলে জেঁকে বসেছে শীত",
    "শেয়ারবাজারে দরপতন অব্যাহত",
    "ঈদে টেলিভিশনে {N}টি নতুন নাটক",
    "গ্যাস সংকটে বন্ধ {N}টি কারখানা",
    "জলবায়ু সম্মেলনে ক্ষতিপূরণের দাবি জোরালো",
    "{L} রেলস্টেশনের কাছে ট্রেন লাইনচ্যুত",
    "বিপিএল নিলামে রেকর্ড দাম পেলেন তরুণ ব্যাটার",
    "ভোটার তালিকা হালনাগাদ শুরু {D}",
    "বইমেলায় নতুন বই {N}টি",
};

constexpr std::array<std::string_view, 16> kNames = {
    "মোস্তফা কামাল", "ফারহানা ইয়াসমিন", "আবদুল্লাহ আল মামুন", "নুসরাত জাহান",  "তানভীর হাসান",  "শাহনাজ পারভীন",
    "রবিউল আলম",    "সুমাইয়া আক্তার",    "কামরুল হাসান",     "মাহবুবুর রহমান", "সাবরিনা চৌধুরী", "ইমতিয়াজ আহমেদ",
    "রেজাউল করিম",  "জান্নাতুল ফেরদৌস",  "আরিফুল ইসলাম",     "দেলোয়ার হোসেন"};

constexpr std::array<std::string_view, 10> kRoles = {
    "পররাষ্ট্রসচিব",   "বাণিজ্য উপদেষ্টা", "দলের মহাসচিব",           "সংসদ সদস্য", "ব্যবসায়ী নেতা",
    "সাবেক রাষ্ট্রদূত", "বিশ্লেষক",        "কেন্দ্রীয় ব্যাংকের মুখপাত্র", "পুলিশ সুপার", "উপজেলা চেয়ারম্যান"};

constexpr std::array<std::string_view, 20> kPlaces = {
    "ঢাকা",     "চট্টগ্রাম", "খুলনা",      "রাজশাহী",  "সিলেট", "বরিশাল",  "রংপুর",
    "ময়মনসিংহ", "কুমিল্লা",  "নোয়াখালী",  "কক্সবাজার", "যশোর",  "বগুড়া",    "দিনাজপুর",
    "টাঙ্গাইল",  "গাজীপুর",  "নারায়ণগঞ্জ", "ফরিদপুর",   "পাবনা", "সাতক্ষীরা"};

struct Country {
  std::string_view name;
  std::string_view genitive;
};
constexpr std::array<Country, 15> kCountries = {{
    {"ভারত", "ভারতের"},
    {"চীন", "চীনের"},
    {"জাপান", "জাপানের"},
    {"যুক্তরাষ্ট্র", "যুক্তরাষ্ট্রের"},
    {"রাশিয়া", "রাশিয়ার"},
    {"তুরস্ক", "তুরস্কের"},
    {"সৌদি আরব", "সৌদি আরবের"},
    {"মালয়েশিয়া", "মালয়েশিয়ার"},
    {"নেপাল", "নেপালের"},
    {"ইন্দোনেশিয়া", "ইন্দোনেশিয়ার"},
    {"জার্মানি", "জার্মানির"},
    {"কানাডা", "কানাডার"},
    {"মিসর", "মিসরের"},
    {"ব্রাজিল", "ব্রাজিলের"},
    {"ভিয়েতনাম", "ভিয়েতনামের"},
}};

constexpr std::array<std::string_view, 12> kOrgs = {
    "বাংলাদেশ ব্যাংক",   "নির্বাচন কমিশন",        "দুর্নীতি দমন কমিশন",  "বিশ্বব্যাংক",
    "এশীয় উন্নয়ন ব্যাংক", "আন্তর্জাতিক মুদ্রা তহবিল", "জাতীয় ঐকমত্য কমিশন", "বাংলাদেশ ক্রিকেট বোর্ড",
    "পানি উন্নয়ন বোর্ড",  "রপ্তানি উন্নয়ন ব্যুরো",    "স্বাস্থ্য অধিদপ্তর",    "সড়ক পরিবহন কর্তৃপক্ষ"};

constexpr std::array<std::string_view, 8> kAgencies = {"রয়টার্স",    "এএফপি", "এপি",    "বিবিসি",
                                                       "আল জাজিরা", "বাসস",  "ইউএনবি", "আনাদোলু"};

// Outlets: invented names with a romanized form for "Daily X" mastheads.
struct Outlet {
  std::string_view bengali;
  std::string_view latin;
};
constexpr std::array<Outlet, 8> kOutlets = {{
    {"সময়রেখা", "Somoyrekha"},
    {"প্রবাহ", "Probaho"},
    {"নবকণ্ঠ", "Nobokontho"},
    {"পূর্বদিক", "Purbodik"},
    {"আজকের আলো", "Ajker Alo"},
    {"দেশকাল", "Deshkal"},
    {"নগরবার্তা", "Nagarbarta"},
    {"সীমান্তবাংলা", "Simantobangla"},
}};

constexpr std::array<std::string_view, 8> kSections = {"জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক",
                                                       "খেলা",  "বিনোদন",  "সারাদেশ", "কূটনীতি"};

constexpr std::array<std::string_view, 7> kWeekdays = {"রবিবার",    "সোমবার", "মঙ্গলবার", "বুধবার",
                                                       "বৃহস্পতিবার", "শুক্রবার", "শনিবার"};
constexpr std::array<std::string_view, 12> kMonths = {"জানুয়ারি",  "ফেব্রুয়ারি", "মার্চ",   "এপ্রিল",
                                                      "মে",       "জুন",       "জুলাই",   "আগস্ট",
                                                      "সেপ্টেম্বর", "অক্টোবর",   "নভেম্বর", "ডিসেম্বর"};
constexpr std::array<std::string_view, 12> kBanglaMonths = {
    "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"};
constexpr std::array<std::string_view, 10> kDigits = {"০", "১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯"};

constexpr std::array<std::string_view, 6> kCaptions = {
    "বৈঠকে দুই দেশের প্রতিনিধিরা। ছবি : সংগৃহীত",
    "সংবাদ সম্মেলনে বক্তব্য দিচ্ছেন দলের নেতারা। ছবি: সংগৃহীত",
    "প্লাবিত এলাকায় পানির মধ্য দিয়ে হেঁটে যাচ্ছেন বাসিন্দারা। ফাইল ছবি",
    "জয়ের পর খেলোয়াড়দের উদ্‌যাপন। ছবি : ক্রীড়া "
    "প্রতিবেদক",
    "ছবির একটি দৃশ্য। ছবির উৎস: ফেসবুক",
    "বাজারে ক্রেতাদের ভিড়। ছবি : ফাইল ছবি",
};
// clang-format on

// ---------------------------------------------------------------- helpers

class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}

  // Uniform enough for a benchmark; mt19937's output sequence is fixed by
  // the standard, so pages are the same everywhere.
  size_t Below(size_t n) { return static_cast<size_t>(rng_() % n); }
  int Range(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1))); }
  template <typename Array>
  std::string_view Pick(const Array& a) {
    return a[Below(a.size())];
  }

  // Fills the slots of a template.
  std::string Fill(std::string_view t) {
    std::string out;
    out.reserve(t.size() + 32);
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
        out += Slot(t[i + 1]);
        i += 2;
      } else {
        out += t[i];
      }
    }
    return out;
  }

 private:
  std::string Slot(char c) {
    switch (c) {
      case 'P':
        return std::string(Pick(kNames));
      case 'R':
        return std::string(Pick(kRoles));
      case 'L':
        return std::string(Pick(kPlaces));
      case 'C':
        return std::string(kCountries[Below(kCountries.size())].name);
      case 'G':
        return std::string(kCountries[Below(kCountries.size())].genitive);
      case 'O':
        return std::string(Pick(kOrgs));
      case 'A':
        return std::string(Pick(kAgencies));
      case 'N':
        return Digits(Range(2, 150), 0);
      case 'W':
        return std::string(Pick(kWeekdays));
      case 'D': {
        const int day = Range(1, 28);
        return Digits(day, 0) + " " + std::string(Pick(kMonths));
      }
      default:
        return std::string();
    }
  }

 public:
  static std::string Digits(int v, int width) {
    std::string ascii = std::to_string(v);
    while (static_cast<int>(ascii.size()) < width) ascii.insert(ascii.begin(), '0');
    std::string out;
    for (char d : ascii) out += kDigits[static_cast<size_t>(d - '0')];
    return out;
  }

 private:
  std::mt19937 rng_;
};

struct Day {
  int year, month, day;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kLen = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kLen[static_cast<size_t>(m - 1)];
}

// Days since 1970-01-01 (Howard Hinnant's algorithm).
int64_t DaysFromCivil(Day d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (d.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

int Weekday(Day d) {  // 0 = Sunday
  const int64_t z = DaysFromCivil(d);
  return static_cast<int>(((z % 7) + 11) % 7);
}

// The revised Bangla calendar date of a Gregorian day (see include/ghotona/date.h).
std::string BanglaDate(Day d) {
  int start_year = d.year;
  if (DaysFromCivil(d) < DaysFromCivil({d.year, 4, 14})) start_year = d.year - 1;
  int64_t n = DaysFromCivil(d) - DaysFromCivil({start_year, 4, 14});
  int month = 0;
  for (; month < 12; ++month) {
    const int len = month < 6 ? 31 : month == 10 ? (IsLeap(start_year + 1) ? 30 : 29) : 30;
    if (n < len) break;
    n -= len;
  }
  return Gen::Digits(static_cast<int>(n) + 1, 0) + " " +
         std::string(kBanglaMonths[static_cast<size_t>(month)]) + " " + Gen::Digits(start_year - 593, 0);
}

std::string DateText(Day d) {
  return Gen::Digits(d.day, 2) + " " + std::string(kMonths[static_cast<size_t>(d.month - 1)]) + " " +
         Gen::Digits(d.year, 0);
}

Day RandomDay(Gen& g) {
  Day d{g.Range(2021, 2025), g.Range(1, 12), 1};
  d.day = g.Range(1, DaysInMonth(d.year, d.month));
  return d;
}

Day AddDays(Day d, int days) {
  for (int i = 0; i < days; ++i) {
    if (++d.day > DaysInMonth(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return d;
}

// The article: headline and paragraphs of 1-3 sentences until target bytes.
struct Article {
  std::string title;
  std::vector<std::string> paragraphs;
  size_t bytes = 0;
};

Article MakeArticle(Gen& g, size_t target, bool glue_sentences) {
  Article a;
  a.title = g.Fill(g.Pick(kHeadlines));
  while (a.bytes < target) {
    std::string p;
    const int sentences = g.Range(1, 3);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0 && !(glue_sentences && g.Below(2) == 0)) p += ' ';
      p += g.Fill(g.Pick(kSentences));
    }
    a.bytes += p.size();
    a.paragraphs.push_back(std::move(p));
  }
  return a;
}

std::string JoinParagraphs(const std::vector<std::string>& ps) {
  std::string out;
  for (const std::string& p : ps) {
    out += p;
    out += "\n\n";
  }
  return out;
}

std::string Headline(Gen& g) { return g.Fill(g.Pick(kHeadlines)); }

// "০৯:৫০ পিএম", "০৬:১২:৪৫ অপরাহ্ন"...
std::string Time12(Gen& g, bool pm_words, bool seconds) {
  const int h = g.Range(1, 12);
  const int m = g.Range(0, 59);
  const int s = g.Range(0, 59);
  const bool pm = g.Below(2) == 0;
  std::string clock = Gen::Digits(h, 2) + ":" + Gen::Digits(m, 2);
  if (seconds) clock += ":" + Gen::Digits(s, 2);
  if (pm_words) return clock + (pm ? " অপরাহ্ন" : " পূর্বাহ্ন");
  return clock + (pm ? " পিএম" : " এএম");
}

// "১৯:৪০".
std::string Time24(Gen& g) {
  const int h = g.Range(0, 23);
  const int m = g.Range(0, 59);
  return Gen::Digits(h, 2) + ":" + Gen::Digits(m, 2);
}

std::string WeekdayName(Day d) { return std::string(kWeekdays[static_cast<size_t>(Weekday(d))]); }

// ---------------------------------------------------------------- layouts
// Each appends the page to out; `size` is the page's drawn total size. Every
// random draw is its own statement: the operands of one `+` chain are
// unsequenced, and the pages must not depend on the compiler's choice.

void DeskOnline(Gen& g, size_t size, std::string& out) {
  const Outlet& o = kOutlets[g.Below(kOutlets.size())];
  const Article a = MakeArticle(g, size / 2, false);
  const std::string caption(g.Pick(kCaptions));
  const std::string date = DateText(RandomDay(g));
  const std::string time = Time12(g, false, false);
  const std::string name(o.bengali);
  out += name + " ডেস্ক\nপ্রকাশ : " + date + ", " + time + "\nঅনলাইন সংস্করণ\n\n" + a.title + "\n\n" + caption +
         "\n" + caption + "\n\n" + JoinParagraphs(a.paragraphs);
  out += name +
         " অনলাইন এর সর্বশেষ খবর পেতে Google News ফিডটি অনুসরণ করুন\n\nমন্তব্য করুন\n\n  • সর্বশেষ\n  • জনপ্রিয়\n\n";
  for (int rank = 2; out.size() < size; ++rank) {
    out += Headline(g);
    out += "\n\n" + Gen::Digits(rank, 0) + "\n\n";
  }
  out += "X";
}

void TodayHeaderDoubled(Gen& g, size_t size, std::string& out) {
  const Day today = RandomDay(g);
  const Day published = RandomDay(g);
  const Article a = MakeArticle(g, size / 4, false);
  const std::string update_time = Time12(g, true, true);
  const std::string update =
      "আপডেট : " + update_time + ", " + WeekdayName(published) + ", " + DateText(published);
  const std::string source(g.Pick(kAgencies));
  const std::string copy = JoinParagraphs(a.paragraphs) + "\nসূত্র: " + source + "।\n\n";
  const std::string header_time = Time12(g, true, false);
  const std::string views = Gen::Digits(g.Range(50, 9000), 0);
  const std::string promo = g.Fill(g.Pick(kSentences));
  out += "লগইন\n\n" + header_time + ", " + WeekdayName(today) + ", " + DateText(today) + ", " +
         BanglaDate(today) + " বঙ্গাব্দ\n\n" + a.title + "\n\n  • " + update + "\n  • " + views +
         " জন দেখেছে\n\n" + a.title + "\n\n" + copy;
  out += "ট্যাগ :\nলেখক সম্পর্কে তথ্য\n\n" + promo + " বিস্তারিত পড়ুন আমাদের বিশেষ আয়োজনে!\n\n";
  out += a.title + "\n\n" + update + "\n\n" + a.title + "\n\n" + copy;
  while (out.size() < size) out += Headline(g) + "\n";
}

void GluedBreadcrumb(Gen& g, size_t size, std::string& out) {
  const std::string section(g.Pick(kSections));
  const Article a = MakeArticle(g, size * 2 / 3, true);
  out += "Home" + section + a.title + "\n\n" + a.title + "\n\n" + JoinParagraphs(a.paragraphs);
  out += "Share\nFacebook\nTwitter\nWhatsApp\n\nRELATED ARTICLES\n\nMORE FROM AUTHOR\n\n";
  while (out.size() + 200 < size) out += Headline(g) + "\n\n";
  const std::string popular = Headline(g);
  out +=
      "LEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n\n"
      "- Advertisment -\n\nMost Popular\n\n" +
      popular + "\n\nRecent Comments";
}

void DoubledList(Gen& g, std::string_view name, size_t until, std::string& out) {
  out += std::string(name) + "\n";
  while (out.size() < until) {
    const std::string h = Headline(g);
    out += h + "\n" + h + "\n";
  }
}

void GluedUpdate(Gen& g, size_t size, std::string& out) {
  const Day today = RandomDay(g);
  const Day published = RandomDay(g);
  const Day updated = AddDays(published, g.Range(0, 1));
  const Article a = MakeArticle(g, size / 2, false);
  const std::string desk(g.Pick(kSections));
  const std::string published_time = Time24(g);
  const std::string updated_time = Time24(g);
  out += "X\n" + WeekdayName(today) + ", " + DateText(today) + "\n" + BanglaDate(today) + "\n\n" + a.title +
         "\n\n" + desk + " ডেস্ক\n" + DateText(published) + ", " + published_time +
         "আপডেট : " + DateText(updated) + ", " + updated_time + "\n\n" + JoinParagraphs(a.paragraphs) +
         "/কেএ/\nসম্পর্কিত\n";
  for (int i = 0; i < 3; ++i) out += Headline(g) + "\n";
  DoubledList(g, "সর্বশেষ খবর", size > 600 ? size - 600 : 0, out);
  DoubledList(g, "সর্বাধিক পঠিত", size, out);
}

void DailyMasthead(Gen& g, size_t size, std::string& out) {
  const Outlet& o = kOutlets[g.Below(kOutlets.size())];
  const Day published = RandomDay(g);
  const Article a = MakeArticle(g, size / 2, false);
  const std::string when = DateText(published) + ", " + Time12(g, false, false);
  const std::string section(g.Pick(kSections));
  out += a.title + "\n\nDaily " + std::string(o.latin) + " " + std::string(o.bengali) + " ডেস্ক\n\n" + when +
         " | আপডেট: " + when + "\n\n\u00a0\n\n";
  for (const std::string& p : a.paragraphs) out += p + "\n\u00a0\n";
  out += "\n\nবিভাগ : " + section +
         "\n\n\nমন্তব্য করুন\n\nHTML Comment Box is loading comments...\n\nএই বিভাগের আরও\n\n";
  for (int i = 0; i < 5; ++i) out += Headline(g) + "\n";
  out += "আরও\n\nআরও পড়ুন\n\n";
  while (out.size() < size) {
    const std::string h = Headline(g);
    out += h + "\n\n" + h + "\n\n";
  }
}

void EnglishUi(Gen& g, size_t size, std::string& out) {
  static constexpr std::array<std::string_view, 12> kEnglishMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const Day published = RandomDay(g);
  const Outlet& o = kOutlets[g.Below(kOutlets.size())];
  const std::string section(g.Pick(kSections));
  const Article a = MakeArticle(g, size / 2, false);
  const int hour = g.Range(1, 12);
  const std::string minute = g.Below(2) ? "15" : "40";
  const std::string half = g.Below(2) ? " AM" : " PM";
  const std::string tag_place(g.Pick(kPlaces));
  const std::string tag_org(g.Pick(kOrgs));
  out += "Skip to content\nE-Paper | Archive | Sign In\nSearch\n\nHome › " + section + "\n\n" + a.title +
         "\n\nনিজস্ব প্রতিবেদক\nPublished: " + std::to_string(published.day) + " " +
         std::string(kEnglishMonths[static_cast<size_t>(published.month - 1)]) + " " +
         std::to_string(published.year) + ", " + std::to_string(hour) + ":" + minute + half +
         "\n\nShare: Facebook Twitter LinkedIn WhatsApp\nFont size: A- A A+\n\n" +
         JoinParagraphs(a.paragraphs);
  out += "Tags: " + tag_place + ", " + tag_org + "\n\nRelated News\n\n";
  while (out.size() + 200 < size) out += Headline(g) + "\n";
  out +=
      "\nSubscribe to our newsletter\nEnter your email address\nSubscribe\n\n"
      "About Us | Contact | Privacy Policy | Terms of Use\nCopyright © " +
      std::to_string(published.year) + " Daily " + std::string(o.latin) + ". All rights reserved.\n";
}

using Layout = void (*)(Gen&, size_t, std::string&);
constexpr std::array<Layout, 6> kLayouts = {DeskOnline,  TodayHeaderDoubled, GluedBreadcrumb,
                                            GluedUpdate, DailyMasthead,      EnglishUi};

}  // namespace

std::vector<std::string> GenerateTextDumpPages(size_t n, uint32_t seed) {
  Gen g(seed);
  std::vector<std::string> pages;
  pages.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    // Aim below 10 KB: a layout may overshoot its target by one list entry or
    // one paragraph, and the closing boilerplate is added after the target.
    const size_t size = static_cast<size_t>(g.Range(6 * 1024 + 256, 9 * 1024));
    std::string page;
    page.reserve(size + 2048);
    kLayouts[i % kLayouts.size()](g, size, page);
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace ghotona::bench
