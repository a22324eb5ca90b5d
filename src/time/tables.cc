// Loading and lookup of the date parser's word tables (see tables.h and the
// header comment of each data/time/*.tsv file for the formats).
#include "time/tables.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace ghotona::time {
namespace {

enum FileKind { kMonths = 0, kWeekdays = 1, kWords = 2, kSuffixes = 3 };

bool EndsWith3(const std::string& s, unsigned char a, unsigned char b, unsigned char c) {
  const size_t n = s.size();
  return n >= 3 && static_cast<unsigned char>(s[n - 3]) == a && static_cast<unsigned char>(s[n - 2]) == b &&
         static_cast<unsigned char>(s[n - 1]) == c;
}

bool ParseInt(std::string_view s, int* out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

void FoldWord(std::string_view in, std::string* out) {
  for (size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      continue;
    }
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0x8C || static_cast<unsigned char>(in[i + 2]) == 0x8D)) {
      i += 2;  // ZWNJ / ZWJ
      continue;
    }
    if (c == 0xE0 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA6) {
      const unsigned char t = static_cast<unsigned char>(in[i + 2]);
      if (t == 0xBC) {  // nukta: compose with the letter before it
        if (EndsWith3(*out, 0xE0, 0xA6, 0xAF)) {
          out->resize(out->size() - 3);
          out->append("\xE0\xA7\x9F");
          i += 2;
          continue;
        }
        if (EndsWith3(*out, 0xE0, 0xA6, 0xA1) || EndsWith3(*out, 0xE0, 0xA6, 0xA2)) {
          const char letter = static_cast<char>(out->back() == '\xA1' ? 0x9C : 0x9D);
          out->resize(out->size() - 3);
          out->append("\xE0\xA7");
          out->push_back(letter);
          i += 2;
          continue;
        }
      } else if (t == 0xBE && EndsWith3(*out, 0xE0, 0xA6, 0x85)) {  // অ + া -> আ
        out->back() = '\x86';
        i += 2;
        continue;
      }
    }
    out->push_back(static_cast<char>(c));
  }
}

Result<Tables> Tables::Load(std::string_view data_dir) {
  Tables t;
  const std::string dir = std::string(data_dir) + "/time/";
  GHOTONA_RETURN_IF_ERROR(t.LoadFile(dir + "months.tsv", kMonths));
  GHOTONA_RETURN_IF_ERROR(t.LoadFile(dir + "weekdays.tsv", kWeekdays));
  GHOTONA_RETURN_IF_ERROR(t.LoadFile(dir + "words.tsv", kWords));
  GHOTONA_RETURN_IF_ERROR(t.LoadFile(dir + "suffixes.tsv", kSuffixes));
  std::stable_sort(t.suffixes_.begin(), t.suffixes_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return t;
}

Status Tables::LoadFile(const std::string& path, int kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view l = line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (Trim(l).empty() || Trim(l).front() == '#') continue;
    std::string_view cols[3];
    int n = 0;
    size_t start = 0;
    while (n < 3) {
      const size_t tab = l.find('\t', start);
      cols[n++] = Trim(l.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    const std::string where = path + ":" + std::to_string(line_no);
    if (kind == kSuffixes) {
      std::string folded;
      FoldWord(cols[0], &folded);
      suffixes_.push_back(std::move(folded));
      continue;
    }
    if (n < 2 && kind != kWords) return Status::ParseError(where + ": expected TAB-separated columns");
    GHOTONA_RETURN_IF_ERROR(AddLine(cols[0], n > 1 ? cols[1] : "", n > 2 ? cols[2] : "", kind, where));
  }
  return Status::Ok();
}

Status Tables::AddLine(std::string_view word, std::string_view a, std::string_view b, int kind,
                       const std::string& where) {
  // A two-word spelling is stored as "first second" (a hyphen counts as the space).
  std::string spelled(word);
  std::replace(spelled.begin(), spelled.end(), '-', ' ');
  std::string key;
  FoldWord(spelled, &key);
  if (key.empty()) return Status::ParseError(where + ": empty spelling");
  const size_t space = key.find(' ');
  if (space != std::string::npos) {
    if (key.find(' ', space + 1) != std::string::npos || space == 0 || space + 1 == key.size()) {
      return Status::ParseError(where + ": at most two words per spelling");
    }
    words_[key.substr(0, space)].starts_phrase = true;
  }
  WordInfo& w = words_[key];
  int v = 0;
  const auto bad = [&](std::string_view what) {
    return Status::ParseError(where + ": bad " + std::string(what) + " '" + std::string(a) + "' '" +
                              std::string(b) + "'");
  };
  if (kind == kMonths) {
    if (!ParseInt(b, &v) || v < 1 || v > 12) return bad("month");
    if (a == "gregorian") {
      w.gregorian_month = static_cast<int8_t>(v);
    } else if (a == "bangla") {
      w.bangla_month = static_cast<int8_t>(v);
    } else if (a == "hijri") {
      w.hijri_month = static_cast<int8_t>(v);
    } else {
      return bad("calendar");
    }
    return Status::Ok();
  }
  if (kind == kWeekdays) {
    if (!ParseInt(a, &v) || v < 0 || v > 6) return bad("weekday");
    if (!b.empty() && b != "abbr") return bad("weekday flag");
    w.weekday = static_cast<int8_t>(v);
    w.weekday_abbr = b == "abbr";
    return Status::Ok();
  }
  // words.tsv
  if (a == "label") {
    if (b == "published") {
      w.label = LabelKind::kPublished;
    } else if (b == "updated") {
      w.label = LabelKind::kUpdated;
    } else {
      return bad("label");
    }
  } else if (a == "label_filler") {
    w.label_filler = true;
  } else if (a == "relative_day") {
    if (!ParseInt(b, &v) || v < -30 || v > 30) return bad("relative_day");
    w.has_relative_day = true;
    w.relative_day = static_cast<int8_t>(v);
  } else if (a == "relative_bare") {
    if (!ParseInt(b, &v) || v < 1 || v > 30) return bad("relative_bare");
    w.relative_bare = static_cast<int8_t>(v);
  } else if (a == "modifier") {
    if (!ParseInt(b, &v) || v < -1 || v > 1) return bad("modifier");
    w.has_modifier = true;
    w.modifier = static_cast<int8_t>(v);
  } else if (a == "unit") {
    if (b == "hour") {
      w.unit = Unit::kHour;
    } else if (b == "day") {
      w.unit = Unit::kDay;
    } else if (b == "week") {
      w.unit = Unit::kWeek;
    } else if (b == "month") {
      w.unit = Unit::kMonth;
    } else if (b == "year") {
      w.unit = Unit::kYear;
    } else {
      return bad("unit");
    }
  } else if (a == "before") {
    w.before = true;
  } else if (a == "after") {
    w.after = true;
  } else if (a == "year_word") {
    w.year_word = true;
  } else if (a == "era_bangla") {
    w.era_bangla = true;
  } else if (a == "era_hijri") {
    w.era_hijri = true;
  } else if (a == "date_word") {
    w.date_word = true;
  } else if (a == "minute_word") {
    w.minute_word = true;
  } else if (a == "hour_word") {
    if (b == "strong") {
      w.hour_word = 2;
    } else if (b == "weak") {
      w.hour_word = 1;
    } else {
      return bad("hour_word");
    }
  } else if (a == "clock_hours") {
    w.clock_hours = true;
  } else if (a == "ampm") {
    if (b == "am") {
      w.ampm = 1;
    } else if (b == "pm") {
      w.ampm = 2;
    } else {
      return bad("ampm");
    }
  } else if (a == "daypart") {
    if (b == "as_is") {
      w.daypart = DayPart::kAsIs;
    } else if (b == "noon") {
      w.daypart = DayPart::kNoon;
    } else if (b == "pm") {
      w.daypart = DayPart::kPm;
    } else if (b == "night") {
      w.daypart = DayPart::kNight;
    } else {
      return bad("daypart");
    }
  } else if (a == "half") {
    if (!ParseInt(b, &v) || v < -59 || v > 59) return bad("half");
    w.has_half = true;
    w.half = static_cast<int8_t>(v);
  } else if (a == "tz") {
    if (!ParseInt(b, &v) || v < -14 * 60 || v > 14 * 60) return bad("tz");
    w.has_tz = true;
    w.tz = static_cast<int16_t>(v);
  } else if (a == "ordinal") {
    w.ordinal = true;
  } else if (a == "day_word") {
    if (!ParseInt(b, &v) || v < 1 || v > 31) return bad("day_word");
    w.day_word = static_cast<int8_t>(v);
  } else if (a == "stop") {
    w.stop = true;
  } else {
    return bad("category");
  }
  return Status::Ok();
}

const WordInfo* Tables::LookupExact(std::string_view folded) const {
  const auto it = words_.find(folded);
  if (it == words_.end() || it->second.stop) return nullptr;
  return &it->second;
}

const WordInfo* Tables::Lookup(std::string_view folded) const {
  const auto it = words_.find(folded);
  if (it != words_.end()) return it->second.stop ? nullptr : &it->second;
  for (const std::string& s : suffixes_) {
    if (folded.size() > s.size() && folded.substr(folded.size() - s.size()) == s) {
      const auto stem = words_.find(folded.substr(0, folded.size() - s.size()));
      if (stem != words_.end() && !stem->second.stop) return &stem->second;
    }
  }
  return nullptr;
}

}  // namespace ghotona::time
