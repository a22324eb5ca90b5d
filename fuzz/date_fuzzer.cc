// libFuzzer target for the date layer: FindAll and Parse on arbitrary bytes
// with a fixed reference day, and ParseIsoDateTime. Traps when an invariant
// breaks: mentions are ordered, non-empty and inside the text; a resolved
// mention with a day holds a valid Gregorian date; a time of day is in range
// and carries an offset; whatever Parse returns prints as ISO text that
// ParseIsoDateTime reads back to the same value. The parser is loaded once
// from the source tree's data/.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ghotona/date.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const ghotona::DateParser* Parser() {
  static const std::unique_ptr<ghotona::DateParser> parser = [] {
    auto p = ghotona::DateParser::Load(GHOTONA_SOURCE_DATA_DIR);
    if (!p.ok()) __builtin_trap();
    return std::move(*p);
  }();
  return parser.get();
}

void CheckValue(const ghotona::DateTime& v) {
  using P = ghotona::DateTime::Precision;
  if (v.precision >= P::kDay) Check(ghotona::IsValidGregorian(v.date()));
  if (v.precision >= P::kMinute) {
    Check(v.hour >= 0 && v.hour <= 23 && v.minute >= 0 && v.minute <= 59 && v.second >= 0 && v.second <= 60);
    Check(v.utc_offset_minutes.has_value());
  }
  auto back = ghotona::ParseIsoDateTime(v.ToIso());
  Check(back.ok() && back->ToIso() == v.ToIso());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ghotona::DateOptions options;
  options.reference = ghotona::CivilDate{2025, 2, 12};
  size_t last_end = 0;
  for (const ghotona::DateMention& m : Parser()->FindAll(text, options)) {
    Check(last_end <= m.begin && m.begin < m.end && m.end <= size);
    last_end = m.end;
    Check(m.weekday >= -1 && m.weekday <= 6);
    if (m.resolved && m.value.year >= 1 && m.value.year <= 9999) CheckValue(m.value);
  }
  if (auto parsed = Parser()->Parse(text, options);
      parsed.ok() && parsed->year >= 1 && parsed->year <= 9999) {
    CheckValue(*parsed);
  }
  if (auto iso = ghotona::ParseIsoDateTime(text); iso.ok()) {
    Check(ghotona::ParseIsoDateTime(iso->ToIso()).ok());
  }
  return 0;
}
