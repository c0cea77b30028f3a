// pdf (internal): a PoDoFo output device that appends to a std::string, so that the written file
// is not first collected in PoDoFo's own buffer and then copied out (two copies of the file at
// the end of a long document).
#pragma once

#include <podofo.h>

#include <cstdarg>
#include <string>

namespace galley::pdf {

/// Appends everything PoDoFo writes to a string (write-only: no seeking back, no reading).
class StringDevice final : public PoDoFo::PdfOutputDevice {
  public:
    /// A device writing to `out` (borrowed), with room reserved for `expected` bytes.
    StringDevice(std::string& out, std::size_t expected);

    /// Appends the bytes.
    void Write(const char* data, size_t size) override;
    /// Appends the formatted text (`bytes` long, as PrintVLen measured it).
    void PrintV(const char* format, long bytes, va_list args) override;
    /// Bytes written.
    size_t GetLength() const override { return out_.size(); }
    /// Bytes written (the position: writing only appends).
    size_t Tell() const override { return out_.size(); }
    /// Refuses anything but the current end (PoDoFo's writer never seeks back).
    void Seek(size_t offset) override;
    /// Refuses (never called when writing).
    size_t Read(char* buffer, size_t size) override;
    /// Nothing to flush.
    void Flush() override {}

  private:
    std::string& out_;
};

}  // namespace galley::pdf
