#include "epub/OcfZip.hpp"

#include <zip.h>

#include <ctime>

#include "base/Error.hpp"

namespace galley::epub {

namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    std::string reason = what + ": " + (error ? zip_error_strerror(error) : "unknown error");
    throw Error(ErrorCode::OutputFailed, "", "cannot build the EPUB zip (" + reason + ")");
}

std::string container_xml(const std::string& opf_path) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
           "<rootfiles><rootfile full-path=\"" +
           opf_path + "\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n";
}

}  // namespace

std::pair<unsigned, unsigned> dos_time(long long epoch_seconds) {
    constexpr long long kMin = 315532800;     // 1980-01-01T00:00:00Z
    constexpr long long kMax = 4354819198LL;  // 2107-12-31T23:59:58Z
    long long clamped = epoch_seconds < kMin ? kMin : epoch_seconds > kMax ? kMax : epoch_seconds;
    std::time_t t = static_cast<std::time_t>(clamped);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    unsigned time = static_cast<unsigned>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    unsigned date =
        static_cast<unsigned>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    return {time, date};
}

std::string write_ocf(const std::string& opf_path, const std::vector<ZipEntry>& entries,
                      long long timestamp) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) fail("buffer", &error);
    zip_source_keep(buffer);  // keep it after zip_close to read the archive back
    zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!zip) {
        zip_source_free(buffer);
        fail("open", &error);
    }
    // Plain variables, not a structured binding: clang 14 cannot capture bindings in a lambda.
    const auto dos = dos_time(timestamp);
    const auto dos_t = dos.first, dos_d = dos.second;

    std::string container = container_xml(opf_path);
    static const std::string mimetype = "application/epub+zip";
    auto add = [&](const std::string& name, const std::string& bytes, bool store) {
        // The bytes outlive zip_close: they belong to the caller or to this function.
        zip_source_t* src = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
        if (!src) fail(name, zip_get_error(zip));
        zip_int64_t index = zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            fail(name, zip_get_error(zip));
        }
        auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(zip, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 6) <
                0 ||
            zip_file_set_dostime(zip, i, static_cast<zip_uint16_t>(dos_t),
                                 static_cast<zip_uint16_t>(dos_d), 0) < 0)
            fail(name, zip_get_error(zip));
    };
    try {
        add("mimetype", mimetype, true);
        add("META-INF/container.xml", container, false);
        for (const ZipEntry& e : entries) add(e.name, e.bytes, false);
    } catch (...) {
        zip_discard(zip);
        zip_source_free(buffer);
        throw;
    }
    if (zip_close(zip) < 0) {
        std::string reason = zip_strerror(zip);
        zip_discard(zip);
        zip_source_free(buffer);
        throw Error(ErrorCode::OutputFailed, "", "cannot build the EPUB zip (" + reason + ")");
    }

    std::string out;
    if (zip_source_open(buffer) < 0) {
        zip_source_free(buffer);
        fail("read back", &error);
    }
    char chunk[65536];
    for (;;) {
        zip_int64_t n = zip_source_read(buffer, chunk, sizeof chunk);
        if (n < 0) {
            zip_source_close(buffer);
            zip_source_free(buffer);
            fail("read back", &error);
        }
        if (n == 0) break;
        out.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

}  // namespace galley::epub
