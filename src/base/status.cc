// Status formatting.
#include "ghotona/status.h"

namespace ghotona {

std::string Status::ToString() const {
  const char* kind = "ok";
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidArgument:
      kind = "invalid argument";
      break;
    case Code::kNotFound:
      kind = "not found";
      break;
    case Code::kIoError:
      kind = "I/O error";
      break;
    case Code::kParseError:
      kind = "parse error";
      break;
    case Code::kUnsupported:
      kind = "unsupported";
      break;
    case Code::kInternal:
      kind = "internal error";
      break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace ghotona
