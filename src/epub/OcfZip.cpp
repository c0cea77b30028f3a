#include "epub/OcfZip.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <ctime>

#include "base/Deflate.hpp"
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

/// An entry deflated by libdeflate (base/Deflate.hpp), with its size and CRC. Its zip source
/// tells libzip that the bytes are deflated already, so libzip copies them as they are instead of
/// compressing them again with zlib (which took most of the time of a large EPUB).
struct Deflated {
    std::string packed;
    zip_uint64_t size = 0;
    zip_uint32_t crc = 0;
    std::size_t at = 0;  // read position in `packed`
    zip_error_t error;
};

/// libzip's callback for a Deflated entry (zip_source_function).
zip_int64_t deflated_source(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* d = static_cast<Deflated*>(user);
    switch (cmd) {
        case ZIP_SOURCE_OPEN:
            d->at = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            const std::size_t n = std::min<std::size_t>(len, d->packed.size() - d->at);
            std::memcpy(data, d->packed.data() + d->at, n);
            d->at += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_STAT: {
            if (len < sizeof(zip_stat_t)) {
                zip_error_set(&d->error, ZIP_ER_INVAL, 0);
                return -1;
            }
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC |
                        ZIP_STAT_ENCRYPTION_METHOD;
            st->size = d->size;
            st->comp_size = d->packed.size();
            st->comp_method = ZIP_CM_DEFLATE;
            st->crc = d->crc;
            st->encryption_method = ZIP_EM_NONE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&d->error, data, len);
        case ZIP_SOURCE_FREE:
            zip_error_fini(&d->error);
            delete d;
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
    }
}

/// A zip source of `bytes` deflated now; nullptr (with the zip's error set) on failure.
zip_source_t* deflated(zip_t* zip, const std::string& bytes) {
    auto* d = new Deflated;
    d->packed = deflate_compress(bytes);
    d->size = bytes.size();
    d->crc = crc32(bytes);
    zip_error_init(&d->error);
    zip_source_t* src = zip_source_function(zip, deflated_source, d);
    if (!src) {
        zip_error_fini(&d->error);
        delete d;
    }
    return src;
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
        // Stored bytes outlive zip_close: they belong to the caller or to this function.
        zip_source_t* src =
            store ? zip_source_buffer(zip, bytes.data(), bytes.size(), 0) : deflated(zip, bytes);
        if (!src) fail(name, zip_get_error(zip));
        zip_int64_t index = zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            fail(name, zip_get_error(zip));
        }
        auto i = static_cast<zip_uint64_t>(index);
        // A deflated source keeps its method: libzip writes its bytes without recompressing.
        if ((store && zip_set_file_compression(zip, i, ZIP_CM_STORE, 0) < 0) ||
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
