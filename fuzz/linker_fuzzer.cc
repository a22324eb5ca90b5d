// libFuzzer target for the entity stage: arbitrary bytes, normalized as the
// pipeline does, through EntityLinker::Link with the shipped data. Traps when
// a mention is empty, out of the body, or its text is not the body's bytes at
// its byte offsets, or when code point offsets disagree with byte offsets.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghotona/entities.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const ghotona::EntityLinker& Linker() {
  static const ghotona::EntityLinker* linker = [] {
    auto created = ghotona::EntityLinker::Create(GHOTONA_SOURCE_DATA_DIR);
    if (!created.ok()) std::abort();
    return created->release();
  }();
  return *linker;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body =
      ghotona::text::Normalize(std::string_view(reinterpret_cast<const char*>(data), size));
  const auto entities = Linker().Link(body, ghotona::LinkOptions{ghotona::CivilDate{2024, 5, 20}, true});
  for (const ghotona::Entity& e : entities) {
    Check(!e.id.empty() && !e.mentions.empty());
    for (const ghotona::Mention& m : e.mentions) {
      Check(m.start < m.end && m.byte_start < m.byte_end && m.byte_end <= body.size());
      Check(body.compare(m.byte_start, m.byte_end - m.byte_start, m.text) == 0);
      Check(ghotona::text::CountCodePoints(std::string_view(body).substr(0, m.byte_start)) == m.start);
      Check(ghotona::text::CountCodePoints(m.text) == m.end - m.start);
    }
  }
  return 0;
}
