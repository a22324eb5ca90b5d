// Throughput of the date parser: Parse() over a list of short date lines in
// the forms the Bengali press prints (the target is >= 400,000 strings/s on
// one core, 1000x python dateparser's 354 strings/s on such lines), and
// FindAll() over a news-like page with dates among ordinary text. The lines
// are written for this benchmark.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "ghotona/date.h"

namespace {

const std::vector<std::string>& Lines() {
  static const std::vector<std::string> lines = {
      "প্রকাশ : ১২ মার্চ ২০২৪, ১০:১৫ পিএম",
      "প্রকাশিত: ০৩ জানুয়ারি ২০২৩, ১১:০৫ এএম",
      "আপডেট : ০৮:০৫:৩০ অপরাহ্ন, বুধবার, ১২ মার্চ ২০২৫",
      "০৮:০৫ পূর্বাহ্ন, বুধবার, ১২ মার্চ ২০২৫, ২৮ ফাল্গুন ১৪৩১ বঙ্গাব্দ",
      "০৯ মার্চ ২০২৪, ১৮:৩০আপডেট : ১০ মার্চ ২০২৪, ০৯:১৫",
      "১৯ জানুয়ারি ২০২৪ | ১১:২০ এএম | আপডেট: ১৯ জানুয়ারি ২০২৪, ১২:০২ পিএম",
      "সোমবার, ১৬ ডিসেম্বর ২০২৪",
      "২১শে ফেব্রুয়ারি ২০২৪",
      "৫ই আগস্ট ২০২৪, বিকেল ৪টা",
      "১২ মার্চ ২০২৪, রাত ১০:৩০ মিনিটে",
      "১২ মার্চ ২০২৪, সকাল সাড়ে ৯টা",
      "২ সেপ্টে. ২০২৪",
      "১০ অক্টো. ২০২৫ ২১:৪৮",
      "১২/০৩/২০২৪",
      "১২-০৩-২০২৪",
      "2024-03-12",
      "2025-02-08T21:50:00+06:00",
      "2025-02-08T15:50:00Z",
      "Published: 12 Mar 2024, 10:15 PM",
      "Updated: March 12, 2024 at 10:15 pm",
      "Sat, 08 Mar 2025 14:30:00 GMT",
      "June 23, 2025",
      "২১ আশ্বিন ১৪৩২ বঙ্গাব্দ",
      "পহেলা বৈশাখ ১৪৩১",
      "১৫ রমজান ১৪৪৬ হিজরি",
      "গতকাল মঙ্গলবার",
      "গত বছরের অক্টোবরে",
      "চলতি মাসের ১০ তারিখে",
      "৩ দিন আগে",
      "শুক্রবার (৭ ফেব্রুয়ারি)",
      "২০২৪ সালের অক্টোবরে",
      "অক্টোবর ২০২৪",
      "১৯৭৯ সালে",
      "আজ সকাল ১০টায়",
      "ঢাকা, ১৭ জুলাই ২০২৪ (বাসস) :",
  };
  return lines;
}

const ghotona::DateParser& Parser() {
  static const std::unique_ptr<ghotona::DateParser> parser = [] {
    auto p = ghotona::DateParser::Load(GHOTONA_SOURCE_DATA_DIR);
    if (!p.ok()) std::abort();
    return std::move(*p);
  }();
  return *parser;
}

void BM_DateParseLines(benchmark::State& state) {
  const auto& lines = Lines();
  const auto& parser = Parser();
  ghotona::DateOptions options;
  options.reference = ghotona::CivilDate{2025, 2, 12};
  for (auto _ : state) {
    for (const std::string& line : lines) benchmark::DoNotOptimize(parser.Parse(line, options));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}
BENCHMARK(BM_DateParseLines);

void BM_DateFindAllLines(benchmark::State& state) {
  const auto& lines = Lines();
  const auto& parser = Parser();
  const ghotona::DateOptions options;
  for (auto _ : state) {
    for (const std::string& line : lines) benchmark::DoNotOptimize(parser.FindAll(line, options));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}
BENCHMARK(BM_DateFindAllLines);

// A ~6 KB page of ordinary sentences with a date every few sentences.
void BM_DateFindAllPage(benchmark::State& state) {
  const std::vector<std::string> sentences = {
      "সরকারের নতুন নীতি নিয়ে আলোচনা হয়েছে বলে জানিয়েছেন মন্ত্রী। ",
      "১২০০ জন প্রতিনিধি সম্মেলনে অংশ নেন এবং ৩.৫ শতাংশ প্রবৃদ্ধির কথা বলেন। ",
      "গতকাল মঙ্গলবার রাজধানীতে এক অনুষ্ঠানে তিনি এ কথা বলেন। ",
      "২০২৪ সালের অক্টোবরে প্রথম দফা বৈঠক হয়েছিল। ",
      "শিক্ষার্থীরা রাস্তায় নেমে আন্দোলন শুরু করে, যা ২৮ দিন চলে। ",
      "প্রকাশ : ১২ মার্চ ২০২৪, ১০:১৫ পিএম\n",
  };
  std::string page;
  for (size_t i = 0; page.size() < 6000; ++i) page += sentences[i % sentences.size()];
  const auto& parser = Parser();
  ghotona::DateOptions options;
  options.reference = ghotona::CivilDate{2025, 2, 12};
  for (auto _ : state) benchmark::DoNotOptimize(parser.FindAll(page, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_DateFindAllPage);

}  // namespace
