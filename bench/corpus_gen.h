// A generator of realistic Bengali news pages for benchmarks: plain-text dumps
// of whole web pages (menus, date lines, captions, related lists, doubled
// articles, English UI strings) in the layouts of testdata/pages/README.md,
// built from invented sentence, name, place and headline pools. No real page
// is copied; the pages only have to look and weigh like real ones.
#ifndef GHOTONA_BENCH_CORPUS_GEN_H_
#define GHOTONA_BENCH_CORPUS_GEN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ghotona::bench {

// n pages of 6-10 KB each (UTF-8), cycling through several outlet layouts.
// Deterministic: the same (n, seed) gives the same pages on every platform
// (only std::mt19937's specified output is used, no std distributions).
std::vector<std::string> GenerateTextDumpPages(size_t n, uint32_t seed);

}  // namespace ghotona::bench

#endif  // GHOTONA_BENCH_CORPUS_GEN_H_
