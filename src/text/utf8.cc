// UTF-8 encoding, validation, counting and offset maps. Decoding itself is
// inline in utf8.h because every scanner in the text layer calls it per
// character.
#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ghotona::text {

namespace {

inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

char32_t DecodeLastUtf8(std::string_view valid_utf8, size_t end, size_t* len) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsContinuation(static_cast<unsigned char>(valid_utf8[start]))) {
    --start;
  }
  const Decoded d = DecodeUtf8(valid_utf8, start);
  *len = end - start;
  return d.cp;
}

size_t EncodeUtf8(char32_t cp, char buf[4]) {
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  buf[0] = static_cast<char>(0xF0 | (cp >> 18));
  buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char buf[4];
  out->append(buf, EncodeUtf8(cp, buf));
}

// Tuned for Bengali text (three-byte sequences from E0 A6 80): ASCII eight
// bytes at a time, three-byte sequences inline with the Unicode Table 3-7
// ranges; anything else goes through DecodeUtf8.
bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      for (;;) {  // skip whole ASCII words
        uint64_t w;
        if (i + 8 > n) break;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
    } else if (c >= 0xE0 && c <= 0xEF && i + 2 < n && p[i + 1] >= (c == 0xE0 ? 0xA0 : 0x80) &&
               p[i + 1] <= (c == 0xED ? 0x9F : 0xBF) && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
    } else {
      const Decoded d = DecodeUtf8(s, i);
      if (!d.valid) return false;
      i += d.len;
    }
  }
  return true;
}

std::string MakeValidUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    const Decoded d = DecodeUtf8(s, i);
    if (d.valid) {
      out.append(s.data() + i, d.len);
    } else {
      AppendUtf8(kReplacementChar, &out);
    }
    i += d.len;
  }
  return out;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      i += DecodeUtf8(s, i).len;
    }
    ++n;
  }
  return n;
}

OffsetMap::OffsetMap(std::string_view valid_utf8) : text_(valid_utf8) {
  block_start_.reserve(text_.size() / kBlock + 1);
  size_t count = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(static_cast<uint32_t>(count));
    count += !IsContinuation(static_cast<unsigned char>(text_[i]));
  }
  total_ = count;
}

size_t OffsetMap::ToCodePoint(size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  if (byte_offset == text_.size()) return total_;
  const size_t block = byte_offset / kBlock;
  size_t cp = block_start_[block];
  for (size_t i = block * kBlock; i < byte_offset; ++i) {
    cp += !IsContinuation(static_cast<unsigned char>(text_[i]));
  }
  // Inside a multi-byte character: its lead byte was counted, step back to it.
  if (IsContinuation(static_cast<unsigned char>(text_[byte_offset])) && cp > 0) --cp;
  return cp;
}

size_t OffsetMap::ToByte(size_t cp_offset) const {
  if (cp_offset >= total_) return text_.size();
  // Last block whose start count is <= cp_offset.
  const auto it =
      std::upper_bound(block_start_.begin(), block_start_.end(), static_cast<uint32_t>(cp_offset));
  size_t block = static_cast<size_t>(it - block_start_.begin()) - 1;
  size_t cp = block_start_[block];
  size_t i = block * kBlock;
  // Skip continuation bytes at the block start (they belong to the previous block's character).
  while (i < text_.size() && IsContinuation(static_cast<unsigned char>(text_[i]))) ++i;
  while (cp < cp_offset) {
    ++i;
    while (i < text_.size() && IsContinuation(static_cast<unsigned char>(text_[i]))) ++i;
    ++cp;
  }
  return i;
}

}  // namespace ghotona::text
