#include "read/LineEvidence.hpp"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "read/HeadingRules.hpp"
#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

struct StopList {
    std::string_view lang;
    std::string_view words;  ///< space-separated, lowercase
};

/// The most frequent function words of each language (the top of jusText's lists, which are
/// built from Wikipedia word frequencies): enough to tell a sentence from a label.
constexpr std::array<StopList, 20> kStopLists = {{
    {"en",
     " the of and to a in is that for it with as was on be by this are from or at an but have "
     "not he she they we you his her their its has had were been will would which who said "},
    {"de",
     " der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es "
     "an wird sie er wir hat haben wurde bei nach aus "},
    {"fr",
     " le la les de des et en du un une est dans que qui pour par sur au aux pas ses il elle ont "
     "a été ce se plus son sa "},
    {"es",
     " el la los las de y en que del por con una un para es se su al como lo más pero sus ha "
     "fue "},
    {"it", " il di che e la per un una del della non sono gli le con è in da si ha al dei nel "},
    {"pt", " de e o a que do da em um para com não uma os no na dos das se por é foi ao mais "},
    {"nl", " de het een van en in is dat op te zijn voor met niet heeft die er hij ze was aan om "},
    {"sv", " och att det som en är av för med till den har på i inte var ett om de "},
    {"pl", " i w na z do się nie że jest to oraz o jak po przez dla a ale był "},
    {"cs", " a v se na je že s z do to o k by jako ale pro jsou není "},
    {"ru", " и в не на что с по он как это из за к о но она они был его для от у же было все "},
    {"uk", " і в на що з не до у та це як за він від по а але для був "},
    {"tr", " ve bir bu için ile da de olarak her daha olan gibi kadar ama çok en "},
    {"id", " yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah ia "},
    {"ar", " في من على أن إلى عن مع التي الذي هذا هذه كان قد ما لا و ثم "},
    {"fa", " و در به از که این را با است برای آن یک خود تا می ها شد بر هم نیز "},
    {"ur", " کے میں کی اور ہے سے کو کا نے پر یہ تھا کہ بھی ہیں "},
    {"hi", " के है में की और से को का एक पर यह था कि भी हैं ने "},
    {"ko", " 그 이 및 등 수 것 있다 있는 했다 한다 또 더 위해 대한 "},
    {"vi", " của và là các những được trong có không người một với cho đã này "},
}};

/// Every stop word with the languages (one bit each, kStopLists order) that list it: one hash
/// lookup per word.
const std::unordered_map<std::string_view, std::uint32_t>& stop_index() {
    // Never destroyed (still reachable at exit): freeing it node by node cost 0.05 M instructions.
    static const auto& index = *new std::unordered_map<std::string_view, std::uint32_t>([] {
        std::unordered_map<std::string_view, std::uint32_t> m;
        for (std::size_t l = 0; l < kStopLists.size(); ++l) {
            const std::string_view words = kStopLists[l].words;
            std::size_t start = 0;
            while (start < words.size()) {
                std::size_t end = words.find(' ', start);
                if (end == std::string_view::npos) end = words.size();
                if (end > start) m[words.substr(start, end - start)] |= 1u << l;
                start = end + 1;
            }
        }
        return m;
    }());
    return index;
}

/// The bit of `language`'s list, or 0 when there is none.
std::uint32_t language_bit(std::string_view language) {
    const std::string_view primary = language.substr(0, language.find('-'));
    for (std::size_t l = 0; l < kStopLists.size(); ++l)
        if (kStopLists[l].lang == primary) return 1u << l;
    return 0;
}

std::uint32_t stop_mask(std::string_view word) {
    const auto& index = stop_index();
    const auto it = index.find(word);
    return it == index.end() ? 0 : it->second;
}

bool is_sentence_stop(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == U'…' || c == U'。' || c == U'！' ||
           c == U'？' || c == U'۔' || c == U'؟' || c == U'।' || c == U'．';
}

bool is_closing_quote(char32_t c) {
    return c == '"' || c == U'”' || c == U'’' || c == U'»' || c == U'」' || c == U'』' ||
           c == ')' || c == U'）' || c == '\'';
}

/// Lowercases ASCII and strips punctuation around a word, for the stop-word lists (which are
/// all lowercase; non-ASCII capitals are rare at function words and left as they are).
std::string fold_word(std::string_view w) {
    std::string out;
    for (std::size_t p = 0; p < w.size();) {
        const std::size_t at = p;
        const char32_t c = next_code_point(w, p);
        if (!is_alnum(c)) continue;
        if (c < 0x80)
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        else if (is_upper(c))
            out += to_lower(w.substr(at, p - at));
        else
            out.append(w.substr(at, p - at));
    }
    return out;
}

}  // namespace

double LineEvidence::stop_density() const {
    return words == 0 ? 0.0 : static_cast<double>(stop_words) / static_cast<double>(words);
}

double LineEvidence::any_stop_density() const {
    return words == 0 ? 0.0 : static_cast<double>(any_stop_words) / static_cast<double>(words);
}

double LineEvidence::digit_share() const {
    const std::size_t solid = chars > words ? chars - (words > 0 ? words - 1 : 0) : chars;
    return solid == 0 ? 0.0 : static_cast<double>(digits) / static_cast<double>(solid);
}

double LineEvidence::url_share() const {
    return chars == 0 ? 0.0 : static_cast<double>(url_chars) / static_cast<double>(chars);
}

bool is_stop_word(std::string_view word, std::string_view language) {
    const std::uint32_t mask = stop_mask(word);
    const std::uint32_t bit = language_bit(language);
    return bit != 0 ? (mask & bit) != 0 : mask != 0;
}

LineEvidence measure_line(std::string_view raw, std::string_view language) {
    LineEvidence e;
    const std::string_view line = trim(raw);
    if (line.empty()) return e;
    const std::uint32_t bit = language_bit(language);
    bool first_letter = true;
    std::size_t word_start = std::string_view::npos;
    auto end_word = [&](std::size_t end) {
        if (word_start == std::string_view::npos) return;
        const std::string_view w = line.substr(word_start, end - word_start);
        ++e.words;
        if (w.substr(0, 7) == "http://" || w.substr(0, 8) == "https://" || w.substr(0, 4) == "www.")
            e.url_chars += code_point_count(w);
        std::size_t p = 0;
        while (p < w.size()) {
            const char32_t c = next_code_point(w, p);
            if (is_alpha(c)) {
                if (is_upper(c)) ++e.capital_words;
                break;
            }
        }
        const std::uint32_t mask = stop_mask(fold_word(w));
        if (bit != 0 ? (mask & bit) != 0 : mask != 0) ++e.stop_words;
        if (mask != 0) ++e.any_stop_words;
        word_start = std::string_view::npos;
    };
    char32_t last = 0, before_last = 0;
    for (std::size_t p = 0; p < line.size();) {
        const std::size_t at = p;
        const char32_t c = next_code_point(line, p);
        ++e.chars;
        if (is_space(c)) {
            end_word(at);
            continue;
        }
        if (word_start == std::string_view::npos) word_start = at;
        before_last = last;
        last = c;
        if (u_isdigit(static_cast<UChar32>(c))) {
            ++e.digits;
        } else if (is_alpha(c)) {
            ++e.letters;
            if (caseless_script(c)) ++e.caseless;
            if (first_letter) e.starts_lower = is_lower(c);
            first_letter = false;
        }
    }
    end_word(line.size());
    e.sentence_end =
        is_sentence_stop(last) || (is_closing_quote(last) && is_sentence_stop(before_last));
    e.question = last == '?' || last == U'？' || last == U'؟';
    e.colon_end = last == ':' || last == U'：';
    return e;
}

bool is_prose(const LineEvidence& e) {
    using namespace threshold;
    if (!e.sentence_end) return false;
    if (e.caseless * 2 >= e.letters && e.letters > 0) return e.chars >= kProseMinCaselessChars;
    return e.words >= kProseMinWords &&
           (e.stop_density() >= kProseStopDensity || e.any_stop_density() >= kProseStopDensity);
}

bool title_cased(const LineEvidence& e) {
    const std::size_t content = e.words > e.stop_words ? e.words - e.stop_words : 0;
    return content >= 2 && e.caseless == 0 &&
           static_cast<double>(e.capital_words) >= threshold::kTitleCaseShare * content;
}

}  // namespace galley::read
