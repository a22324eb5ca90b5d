// File reading for the CLI (the library itself does no I/O).
#ifndef GHOTONA_APPS_IO_H_
#define GHOTONA_APPS_IO_H_

#include <string>

#include "ghotona/status.h"

namespace ghotona::cli {

// Reads a whole file, or standard input when path is "-".
Result<std::string> ReadInput(const std::string& path);

}  // namespace ghotona::cli

#endif  // GHOTONA_APPS_IO_H_
