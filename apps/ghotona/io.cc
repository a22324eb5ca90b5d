// Whole-file reads with errno turned into a readable Status.
#include "io.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>

namespace ghotona::cli {

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return Status::IoError("cannot read standard input");
    return data;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status::IoError(path + ": " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a directory");
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": " + std::strerror(errno));
  std::string data;
  if (st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool failed = std::ferror(f) != 0;
  int err = errno;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": " + std::strerror(err));
  return data;
}

}  // namespace ghotona::cli
