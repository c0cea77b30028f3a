#include "pdf/StringDevice.hpp"

#include <cstdio>

namespace galley::pdf {

StringDevice::StringDevice(std::string& out, std::size_t expected) : out_(out) {
    out_.clear();
    out_.reserve(expected);
}

void StringDevice::Write(const char* data, size_t size) {
    out_.append(data, size);
}

void StringDevice::PrintV(const char* format, long bytes, va_list args) {
    if (bytes <= 0) return;
    const std::size_t at = out_.size();
    const auto size = static_cast<std::size_t>(bytes);
    out_.resize(at + size + 1);  // vsnprintf writes a terminating NUL
    std::vsnprintf(out_.data() + at, size + 1, format, args);
    out_.resize(at + size);
}

void StringDevice::Seek(size_t offset) {
    if (offset != out_.size()) PODOFO_RAISE_ERROR(PoDoFo::ePdfError_InternalLogic);
}

size_t StringDevice::Read(char*, size_t) {
    PODOFO_RAISE_ERROR(PoDoFo::ePdfError_InternalLogic);
}

}  // namespace galley::pdf
