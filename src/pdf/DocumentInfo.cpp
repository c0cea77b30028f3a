#include "pdf/DocumentInfo.hpp"

#include <algorithm>
#include <optional>

#include "base/File.hpp"
#include "base/TextCheck.hpp"
#include "base/XmlText.hpp"
#include "present/TitleBlock.hpp"

namespace galley::pdf {
namespace {

/// `raw` as XML character data: made clean text (valid UTF-8, only characters XML allows; the
/// metadata was checked before, this is the last line of defence) and escaped.
std::string xml_text(const std::string& raw) {
    return xml_escape(clean_text(raw, std::string::npos));
}

std::string alt(const std::string& value) {
    return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_text(value) + "</rdf:li></rdf:Alt>";
}

std::optional<int> roman_value(const std::string& s, bool upper) {
    if (s.empty()) return std::nullopt;
    int total = 0, prev = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        char c = upper ? *it : static_cast<char>(*it - 'a' + 'A');
        if (upper ? (*it < 'A' || *it > 'Z') : (*it < 'a' || *it > 'z')) return std::nullopt;
        int v = 0;
        switch (c) {
            case 'I':
                v = 1;
                break;
            case 'V':
                v = 5;
                break;
            case 'X':
                v = 10;
                break;
            case 'L':
                v = 50;
                break;
            case 'C':
                v = 100;
                break;
            case 'D':
                v = 500;
                break;
            case 'M':
                v = 1000;
                break;
            default:
                return std::nullopt;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total > 0 ? std::optional<int>(total) : std::nullopt;
}

std::string to_roman(int n) {
    static const std::pair<int, const char*> kTable[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    std::string out;
    for (auto [v, s] : kTable) {
        while (n >= v) {
            out += s;
            n -= v;
        }
    }
    return out;
}

/// Style and number of one label, or style 0 when it is not a canonical number.
std::pair<char, int> classify(const std::string& label) {
    if (!label.empty() && label.size() < 9 && label[0] != '0' &&
        label.find_first_not_of("0123456789") == std::string::npos) {
        return {'D', std::stoi(label)};
    }
    for (bool upper : {false, true}) {
        if (auto v = roman_value(label, upper)) {
            std::string canon = to_roman(*v);
            if (!upper) {
                for (char& c : canon) c = static_cast<char>(c - 'A' + 'a');
            }
            if (canon == label) return {upper ? 'R' : 'r', *v};
        }
    }
    return {0, 0};
}

}  // namespace

std::string pdf_date(long long epoch_seconds) {
    // format_utc gives "CCYY-MM-DDThh:mm:ssZ"; keep its digits.
    std::string iso = format_utc(epoch_seconds);
    std::string out = "D:";
    for (char c : iso) {
        if (c >= '0' && c <= '9') out += c;
    }
    return out + "Z";
}

std::string keywords_text(const doc::Metadata& meta) {
    std::string out;
    for (const std::string& keyword : meta.keywords) out += (out.empty() ? "" : ", ") + keyword;
    return out;
}

std::string xmp_packet(const doc::Metadata& meta, long long epoch_seconds,
                       const std::string& creator_tool, const std::string& producer) {
    const std::string date = format_utc(epoch_seconds);
    std::string x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "<rdf:Description rdf:about=\"\"";
    x += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    x += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"";
    x += " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "<dc:format>application/pdf</dc:format>\n";
    x += "<dc:title>" + alt(meta.title) + "</dc:title>\n";
    if (!meta.identifier.empty())
        x += "<dc:identifier>" + xml_text(meta.identifier) + "</dc:identifier>\n";
    if (!meta.authors.empty()) {
        x += "<dc:creator><rdf:Seq>";
        for (const auto& a : meta.authors) x += "<rdf:li>" + xml_text(a) + "</rdf:li>";
        x += "</rdf:Seq></dc:creator>\n";
    }
    if (!meta.description.empty()) {
        x += "<dc:description>" + alt(meta.description) + "</dc:description>\n";
    }
    if (!meta.keywords.empty()) {
        x += "<dc:subject><rdf:Bag>";
        for (const auto& k : meta.keywords) x += "<rdf:li>" + xml_text(k) + "</rdf:li>";
        x += "</rdf:Bag></dc:subject>\n";
    }
    if (present::is_w3c_date(meta.date))
        x += "<dc:date><rdf:Seq><rdf:li>" + meta.date + "</rdf:li></rdf:Seq></dc:date>\n";
    if (!meta.language.empty()) {
        x += "<dc:language><rdf:Bag><rdf:li>" + xml_text(meta.language) +
             "</rdf:li></rdf:Bag></dc:language>\n";
    }
    if (!meta.publisher.empty()) {
        x += "<dc:publisher><rdf:Bag><rdf:li>" + xml_text(meta.publisher) +
             "</rdf:li></rdf:Bag></dc:publisher>\n";
    }
    if (!meta.rights.empty()) x += "<dc:rights>" + alt(meta.rights) + "</dc:rights>\n";
    x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    x += "<xmp:CreatorTool>" + xml_text(creator_tool) + "</xmp:CreatorTool>\n";
    if (!meta.keywords.empty())
        x += "<pdf:Keywords>" + xml_text(keywords_text(meta)) + "</pdf:Keywords>\n";
    x += "<pdf:Producer>" + xml_text(producer) + "</pdf:Producer>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
    return x;
}

std::vector<PageLabelRange> page_label_ranges(const std::vector<std::string>& labels) {
    std::vector<PageLabelRange> ranges;
    char prev_style = 0;
    int prev_number = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        auto [style, number] = classify(labels[i]);
        if (labels[i].empty()) {
            style = prev_style ? prev_style : 'D';
            number = prev_style ? prev_number + 1 : static_cast<int>(i) + 1;
        }
        bool continues =
            !ranges.empty() && style != 0 && style == prev_style && number == prev_number + 1;
        if (!continues) {
            PageLabelRange r;
            r.start = static_cast<int>(i);
            r.style = style;
            r.first = style ? number : 1;
            if (!style) r.prefix = labels[i];
            ranges.push_back(r);
        }
        prev_style = style;
        prev_number = number;
    }
    return ranges;
}

std::u32string decode_utf8(const std::string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        char32_t cp = 0xFFFD;
        std::size_t len = 1;
        if (b < 0x80) {
            cp = b;
        } else if ((b >> 5) == 6) {
            len = 2;
            cp = b & 0x1F;
        } else if ((b >> 4) == 14) {
            len = 3;
            cp = b & 0x0F;
        } else if ((b >> 3) == 30) {
            len = 4;
            cp = b & 0x07;
        } else {
            out += 0xFFFD;
            ++i;
            continue;
        }
        if (i + len > s.size()) {
            out += 0xFFFD;
            break;
        }
        bool ok = true;
        for (std::size_t k = 1; k < len; ++k) {
            auto c = static_cast<unsigned char>(s[i + k]);
            if ((c >> 6) != 2) ok = false;
            cp = (cp << 6) | (c & 0x3F);
        }
        out += ok ? cp : 0xFFFD;
        i += ok ? len : 1;
    }
    return out;
}

std::string utf16be_hex(const std::string& utf8, bool bom) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = bom ? "FEFF" : "";
    auto unit = [&](unsigned u) {
        for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(u >> shift) & 15];
    };
    for (char32_t cp : decode_utf8(utf8)) {
        if (cp >= 0x10000) {
            cp -= 0x10000;
            unit(0xD800 + static_cast<unsigned>(cp >> 10));
            unit(0xDC00 + static_cast<unsigned>(cp & 0x3FF));
        } else {
            unit(static_cast<unsigned>(cp));
        }
    }
    return out;
}

}  // namespace galley::pdf
