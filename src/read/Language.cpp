#include "read/Language.hpp"

#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

// Stop-word profiles. The word lists are hand-compiled from the most frequent function words
// of each language (grammatical facts, no copyrightable text), in the spirit of the
// stopwords-iso project (MIT) and the Universal Dependencies frequency counts; letters are the
// alphabet letters a language uses and few others do (ø/å, ő/ű, ț/ș, ğ/ı, ə, ħ ...).
struct Profile {
    const char* lang;
    const char* words;  ///< space-separated, lowercase
    std::u32string_view letters;
};

// Latin-script profiles. Words: the most frequent function words of each language (articles,
// pronouns, prepositions, conjunctions, copulas), lowercase. Letters: letters the language uses
// and few others do.
const Profile kLatin[] = {
    {"en",
     "the and of to in is that for it with as was on be by this are from or which his have not at "
     "we you he she they i an but what all there so my me were has had been its their will would",
     U""},
    {"de",
     "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
     "wird ich sie er wir aber oder bei nach werden wurde zum zur über noch nur sind hat haben "
     "einen einem einer dass wie um aus wenn",
     U"ßäöü"},
    {"fr",
     "le la les de des et en du un une est dans que qui pour par sur au aux pas ses il elle ce "
     "cette avec plus ne se sont ont été mais ou nous vous leur comme son sa on y tout aussi",
     U"àâçèêëîïôœùû"},
    {"es",
     "el la los las de y en que del por con una para es se su al como lo no más pero sus le ha "
     "este esta fue son entre sobre también muy sin hay ya desde cuando donde está",
     U"ñ¿¡"},
    {"pt",
     "de e o a que do da em um para com não uma os no na dos das se por mais como mas ao foi ele "
     "ela são pelo pela tem à seu sua também já nos quando muito está entre sobre",
     U"ãõçâêô"},
    {"gl",
     "o a os as de do da dos das e que en no na nos nas un unha con para por non se é ao máis como "
     "pero tamén xa foi está ser súa seu polo pola ou entre cando moi isto iso co coa cos coas",
     U"ñ"},
    {"ca",
     "el la els les de del dels i a en que per amb un una es és no més com al als o però ha han "
     "seu seva aquest aquesta també són va ser hi ja sobre entre molt quan",
     U"àçèòï·"},
    {"it",
     "il di che e la per un una del della non sono gli le con ogni è si da in nel nella alla al "
     "dei delle anche come più ma questo questa ha hanno stato essere lo i sul tra",
     U"àèìòù"},
    {"nl",
     "de het een van en in is dat op te zijn voor met niet heeft ik je hij ze we maar ook als bij "
     "aan om er nog naar uit wordt werd was door dit die wel geen worden kan deze zo",
     U"ĳ"},
    {"af",
     "die en van in is het nie te wat om vir op met hy sy ek dat dit word was aan ook kan as na "
     "sal maar hulle deur by of uit al ons jy wees",
     U"êëôû"},
    {"da",
     "og i at det er en til på som de med af for ikke den har et var jeg han der sig om vi men fra "
     "kan vil skal så hun blev være også eller efter over alle os deres nu hvor når mod ud meget "
     "hvad noget bliver havde mig dig",
     U"æøå"},
    {"nb",
     "og i det er å på som en til av for med at har de ikke den jeg han var et om vi men fra kan "
     "vil skal så hun ble være også eller etter over alle oss deres nå hvor når mot ut mye seg hva "
     "bare noe dette denne blir hadde meg deg",
     U"æøå"},
    {"sv",
     "och i att det som en på är av för med till den har de inte om ett var jag han men från kan "
     "vi så hon eller efter sig också vara blev när skulle hade nu ut alla mot vid under mycket "
     "detta denna blir vad sina sin bara dem där",
     U"åäö"},
    {"fi",
     "ja on ei se että oli hän mutta kun ovat tai myös ole joka niin kuin sen jos mitä nyt vain "
     "kanssa jo voi olla ne me he tämä tämän sekä mukaan hänen ollut olisi jotka siitä kaikki sitä "
     "minä heidän eli",
     U"äö"},
    {"et",
     "ja on ei et see oli ta kui aga ka või mis ning nii seda oma ole ma kes siis veel kõik olid "
     "mida nad selle tema pole oleks üle juba kas vaid pärast ainult kuid üks sest mitte välja",
     U"õäöü"},
    {"lv",
     "un ir ar no uz par ka kā lai bija tas to arī vai nav tā bet pie es viņš viņa mēs jūs viņi "
     "pēc kas ko tikai kad jau tad savu šo var būt tiek līdz starp gan kur",
     U"āēīūķļņģ"},
    {"lt",
     "ir kad į yra su iš tai ne o bet kaip jis ji buvo už apie dėl per taip jau nuo tik bus kuris "
     "kuri mes jie aš prie arba po tačiau dar kai savo to šis tas labai gali iki",
     U"ąęėįųū"},
    {"pl",
     "i w na z do się nie że jest to oraz a o po jak ale od przez dla za tak by jego już jej są "
     "był była ze tym tego co może tylko lub przy który która które również",
     U"ąęłńśźżć"},
    {"cs",
     "a v se na je že to s z do o i jsou by k ve jako pro ale jak za tak od po jeho už byl byla "
     "bylo které který která také nebo jen při jsem však ze až této tento podle být mezi když "
     "ještě než bude jejich",
     U"řůěč"},
    {"sk",
     "a v sa na je že to s z do o i sú by k vo ako pre ale za tak od po jeho už bol bola bolo "
     "ktoré ktorý ktorá tiež alebo len pri som však zo až tejto tento podľa byť medzi keď ešte než "
     "bude ich aj sme ste",
     U"äľĺŕôč"},
    {"sl",
     "in je v na se da za so z s pa ki ne bi o tudi po od kot ali pri še sem do lahko bo ga to ter "
     "iz bil bila med le že mu jih ker tem kar samo smo ni kako vse če",
     U"čšž"},
    {"hr",
     "i je u na da se za su od s sa a o koji koja koje to ne iz kao će bi po ali sve biti bio bila "
     "što šta samo ili još kako već ima do nije ga mu jer ako sam smo li ih nakon prema kad kada",
     U"đćč"},
    {"hu",
     "a az és hogy nem is egy meg de van volt már csak még el ki ez azt mint ha vagy kell lesz "
     "szerint után között pedig mert ezt sem majd így akkor minden amely aki nagyon most fel lehet "
     "nincs vannak amit",
     U"őű"},
    {"ro",
     "și şi în de la a cu pe care că nu din o un să se mai este sunt pentru au al ale fost ca dar "
     "sau prin lui ei lor acest această după până fi va cel cea",
     U"ăâîșțşţ"},
    {"tr",
     "ve bir bu için ile da de olarak her veya gibi kadar daha olan değil ama çok o ne mi en sonra "
     "göre şey ben sen biz onun bunu şu var yok diye ise ki kendi tüm ancak çünkü yani",
     U"ığşçöü"},
    {"az",
     "və bir bu üçün ilə hər olan onun kimi heç edir də da ki o ən sonra görə amma ancaq isə çox "
     "var yox üzrə olunur olub edib artıq həm onlar biz mən bunu belə qədər",
     U"əğışçöü"},
    {"uz",
     "va bu bir bilan uchun ham deb esa emas edi o'z u bo'lgan qilib bo'yicha kabi yana lekin ammo "
     "shu bor yo'q hamda qilish keyin haqida ular biz men bo'ladi kerak orqali etib tomonidan oid",
     U""},
    {"vi",
     "của và là các những được trong có không người một với cho đã này để khi thì từ cũng đến ra "
     "vào nhiều năm đó nhưng sẽ bị về",
     U"ăđơưạảấầẩẫậắằẳẵặẻẽếềểễệỉịỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"},
    {"id",
     "yang dan di dengan untuk ini itu dalam tidak ke dari pada akan adalah juga oleh atau sebagai "
     "telah mereka",
     U""},
    {"sw",
     "na ya wa kwa ni za katika la kuwa hiyo pia cha hii kama au lakini ambao ambayo huo hayo wake "
     "yake zaidi sana bado kwamba baada wakati hadi hata vya mwaka kutoka kwenye alisema kila",
     U""},
    {"ha",
     "da a ta na ya wa ba ne ce cikin kuma shi ita su mu ga don amma daga za sun yana tana suna "
     "wannan wanda abin kan ko sai har bayan game tare domin yin zuwa mai",
     U"ɓɗƙƴ"},
    {"yo",
     "ni ti si o wọn fun lati ati pe ninu kò ó à sí tí ní àti láti nínú fún pé wa mo a yìí náà jẹ́ "
     "ń kan gbogbo bí lórí",
     U"ẹọṣ"},
    {"so",
     "iyo in ka oo ee ay u ah waxa wuxuu ku la ma ayaa uu wax ugu ayuu ahaa sida kale kadib kuwa "
     "soo iska isaga iyaga waxay hadii inuu haddii laakiin mid aan aad",
     U""},
    {"tl",
     "ang ng sa na at mga ay ni si para ito hindi may kay pa ko siya niya nila kanyang mula din "
     "rin lang kung ako ka sila kami tayo po ba naman noong dahil pero lamang upang isang",
     U""},
    {"eu",
     "eta da ez du bat ere dira zen izan baina edo hau hori bere beste dute egin baino oso gero "
     "dela zuen dut nahi behar ditu duen zela baita bezala hemen orain hala ezin ari arte gabe "
     "gainera horrek",
     U""},
    {"is",
     "og að í á er sem til um við með en var ekki fyrir af hann það sé eru hún eftir þess þá frá "
     "hafa hefur verið þetta þeir þær eða þau ég þó mjög vegna einnig hans upp svo",
     U"ðþæ"},
    {"ga",
     "an na agus is ar i le a ag go de do sa ní tá bhí sé sí ach mar nó leis atá seo sin níos faoi "
     "chun ó ann aon bhfuil gach acu orthu mé muid siad ina don",
     U""},
    {"cy",
     "y yr a ac i o yn ar mae am bod ei gan ond roedd fel hyn wedi eu gyda hefyd ni ein fy dy pan "
     "iawn hwn hon ydy oedd gael sydd ym at dros rhai nid neu mewn",
     U"ŵŷ"},
    {"mt",
     "il ta li u fil ma għal minn fuq dan din bħala kien kienet huwa hija jew iżda mal lil tal tad "
     "kif wkoll biex ukoll meta dawn għax hemm aktar bejn kull qed sa wara anke hu hi",
     U"ħġżċ"},
    {"sq",
     "të e në dhe një për me që nga i është u se ka janë si ishte do ky kjo por më edhe nuk duke "
     "ose pas mbi tij saj ata kanë deri mund shumë tani qenë sot tek",
     U"ëç"},
};

// Cyrillic-script profiles, built the same way.
const Profile kCyrillic[] = {
    {"ru",
     "и в не на что с по я он как это но к из а у за от о так же то все она было его только для мы "
     "бы уже был или ещё если они при до этого также который может будет более когда их",
     U"ыэё"},
    {"uk",
     "і в у не на що з та до за як це від але й по про для він вона його ще вже які який яка бути "
     "було був щоб так при їх також якщо або ми вони має після між тому",
     U"іїєґ"},
    {"be",
     "і у ў не на што з да ад як гэта але па для ён яна яго яшчэ ужо якія які была быў так пры іх "
     "таксама калі або мы яны мае пасля таму толькі вельмі ці пра аб",
     U"іў"},
    {"bg",
     "и в на не да се за от с е са че по това как но към ще или му го има беше бъде който която "
     "които също след при до във със както една един тя той те ние й само много още когато",
     U"ъ"},
    {"sr",
     "и у на је има да се за од са су што ће као не из то по али који која које био била или још "
     "како "
     "већ има до није га му јер ако сам смо ли их након према кад када ни све само",
     U"ђћјљњџ"},
    {"mk",
     "и на во да се не за од со е што ќе ги го тоа ова како но кон или му има беше биде кој која "
     "кои исто по при до една еден таа тој тие ние само многу уште кога меѓу сите",
     U"ѓќѕ"},
    {"kk",
     "және мен бұл деп да де бен пен үшін бір еді болып болды оның ол олар біз сондай қазір тек "
     "тағы бойынша кейін арқылы алайда немесе әр барлық өз осы сол жоқ бар екен болса туралы дейін",
     U"әғқңөұүһі"},
    {"ky",
     "жана менен бул деп да де үчүн бир эле болуп болду анын ал алар биз мен ошондой азыр гана "
     "дагы боюнча кийин аркылуу бирок же ар бардык өз ушул ошол жок бар экен болсо тууралуу чейин "
     "жатат эмес",
     U"ңөү"},
    {"mn",
     "нь ба юм байна бол гэж энэ тэр ч болон байсан хүн юу гэсэн байгаа бид би та тэд нэг их дээр "
     "өөр учир хамт мөн гэх хийх байх болно одоо буюу гэхдээ зөвхөн тухай дараа үед гэв",
     U"өү"},
    {"tg",
     "ва дар аз ба бо ки ин он барои то низ як мо шуд мебошад буд аст ҳам дорад баъд вай онҳо худ "
     "бояд мекунад кард пас агар бе вале аммо чун ҳар бисёр ҳоло танҳо шуда гуфт",
     U"ғӣӯҳҷқ"},
};

/// Word → bit set of the profiles (of one script table) that list it.
using WordIndex = std::unordered_map<std::string_view, std::uint64_t>;

template <std::size_t N>
WordIndex build_index(const Profile (&profiles)[N]) {
    static_assert(N <= 64);
    WordIndex index;
    for (std::size_t l = 0; l < N; ++l) {
        std::string_view words = profiles[l].words;
        while (!words.empty()) {
            const std::size_t sp = words.find(' ');
            const std::string_view w = words.substr(0, sp);
            if (!w.empty()) index[w] |= std::uint64_t{1} << l;
            if (sp == std::string_view::npos) break;
            words.remove_prefix(sp + 1);
        }
    }
    return index;
}

/// Words that differ between Malay and Indonesian: bahawa/bahwa, kerana/karena,
/// antarabangsa/internasional, wang/uang …
const std::set<std::string_view> kMalayWords = {"bahawa",    "bahawasanya",  "kerana",  "sebarang",
                                                "hendaklah", "antarabangsa", "iaitu",   "sahaja",
                                                "wang",      "mahu",         "sejagat", "kerajaan"};
const std::set<std::string_view> kIndonesianWords = {
    "bahwa", "karena", "tersebut", "bisa", "saja", "uang", "mau", "internasional", "agar"};

/// Croatian, Bosnian and Serbian (Latin) share their function words; the yat reflex
/// (ekavian vrijeme/vreme) and a few lexical pairs (tko/ko, tisuća/hiljada) tell them apart.
const std::set<std::string_view> kEkavian = {
    "vreme", "mesto", "mesta", "reč",    "reči",   "deca",   "dece",   "gde",
    "ovde",  "dete",  "lepo",  "posle",  "pre",    "uvek",   "svešću", "sveta",
    "veoma", "deo",   "dela",  "primer", "između", "zapravo"};
const std::set<std::string_view> kIjekavian = {"vrijeme", "mjesto",  "mjesta", "riječ",  "riječi",
                                               "djeca",   "djece",   "gdje",   "ovdje",  "dijete",
                                               "lijepo",  "poslije", "prije",  "uvijek", "sviješću",
                                               "svijeta", "dio",     "dijela", "primjer"};
const std::set<std::string_view> kBosnianSerbianWords = {"šta",    "ko",     "hiljada", "hiljade",
                                                         "uopšte", "takođe", "sedmica", "sedmice"};
const std::set<std::string_view> kCroatianWords = {
    "tko", "tisuća", "tisuće", "uopće", "također", "tjedan", "tijekom", "kazao", "primjerice"};

/// Lowercase word without the punctuation around it; apostrophe forms (ʻ ’ ‘ ʼ `) become '.
std::string plain_word(std::string_view w) {
    std::size_t b = 0, e = w.size();
    while (b < e) {
        std::size_t p = b;
        if (is_alpha(next_code_point(w, p))) break;
        b = p;
    }
    while (e > b) {
        std::size_t p = e;
        if (is_alpha(prev_code_point(w, p))) break;
        e = p;
    }
    if (b >= e) return {};
    std::string lw = to_lower(w.substr(b, e - b));
    if (lw.find_first_of("\x60\xCA\xE2") != std::string::npos) {
        std::string out;
        for (std::size_t p = 0; p < lw.size();) {
            const std::size_t start = p;
            const char32_t c = next_code_point(lw, p);
            if (c == U'ʻ' || c == U'’' || c == U'‘' || c == U'ʼ' || c == U'`')
                out += '\'';
            else
                out.append(lw, start, p - start);
        }
        lw = std::move(out);
    }
    return lw;
}

/// Scoring: a stop-word hit counts 1, a word holding one of a profile's distinctive letters
/// counts kLetterWeight. The best profile is kept only when it is confident: a score of at
/// least kMinScore with at least one stop word, and a score per word of at least kMinRate.
constexpr double kLetterWeight = 0.5;  ///< a word with a distinctive letter, against a stop word
constexpr double kMinScore = 2.0;      ///< lower best score: no decision
constexpr double kMinRate = 0.04;      ///< best score per word below this: no decision

struct Scored {
    std::vector<double> score;  ///< per profile
    std::vector<int> hits;      ///< stop words per profile
    int words = 0;
    int uzbek_letters = 0;  ///< words with oʻ or gʻ (o' g'), Uzbek Latin's own letters
};

/// Distinctive letter → bit set of the profiles that list it (sorted for binary search).
template <std::size_t N>
std::vector<std::pair<char32_t, std::uint64_t>> build_letter_index(const Profile (&profiles)[N]) {
    std::map<char32_t, std::uint64_t> m;
    for (std::size_t l = 0; l < N; ++l)
        for (char32_t c : profiles[l].letters) m[c] |= std::uint64_t{1} << l;
    return {m.begin(), m.end()};
}

/// Calls `f` on each word of `sample` (lowercase, bare, at most 4000 words).
template <typename F>
void for_each_word(std::string_view sample, F&& f) {
    int n = 0;
    for (std::string_view raw : split_words(sample)) {
        const std::string w = plain_word(raw);
        if (w.empty()) continue;
        f(w);
        if (++n >= 4000) break;
    }
}

template <std::size_t N>
Scored score_profiles(std::string_view sample, const Profile (&)[N], const WordIndex& index,
                      const std::vector<std::pair<char32_t, std::uint64_t>>& letter_index) {
    Scored r;
    r.score.assign(N, 0.0);
    r.hits.assign(N, 0);
    std::vector<int> letter_words(N, 0);
    for_each_word(sample, [&](const std::string& w) {
        ++r.words;
        if (const auto it = index.find(w); it != index.end())
            for (std::size_t l = 0; l < N; ++l)
                if (it->second & (std::uint64_t{1} << l)) ++r.hits[l];
        std::uint64_t mask = 0;
        for (std::size_t p = 0; p < w.size();) {
            if (static_cast<unsigned char>(w[p]) < 0x80) {
                if (w[p] == '\'' && p > 0 && (w[p - 1] == 'o' || w[p - 1] == 'g'))
                    ++r.uzbek_letters;
                ++p;
                continue;
            }
            const char32_t c = next_code_point(w, p);
            const auto it = std::lower_bound(letter_index.begin(), letter_index.end(), c,
                                             [](const std::pair<char32_t, std::uint64_t>& e,
                                                char32_t v) { return e.first < v; });
            if (it != letter_index.end() && it->first == c) mask |= it->second;
        }
        for (std::size_t l = 0; mask != 0 && l < N; ++l)
            if (mask & (std::uint64_t{1} << l)) ++letter_words[l];
    });
    for (std::size_t l = 0; l < N; ++l) r.score[l] = r.hits[l] + kLetterWeight * letter_words[l];
    return r;
}

/// Index of the confident best profile (first in table order on ties), or -1.
int pick_profile(const Scored& s) {
    int best = -1;
    for (std::size_t l = 0; l < s.score.size(); ++l)
        if (best < 0 ? s.score[l] > 0 : s.score[l] > s.score[best]) best = static_cast<int>(l);
    if (best < 0 || s.score[best] < kMinScore || s.hits[best] == 0 ||
        s.score[best] < kMinRate * s.words)
        return -1;
    return best;
}

std::string latin_language(std::string_view sample) {
    // Never destroyed (still reachable at exit): freeing it node by node cost 0.16 M instructions.
    static const WordIndex& index = *new WordIndex(build_index(kLatin));
    static const auto letters = build_letter_index(kLatin);
    Scored s = score_profiles(sample, kLatin, index, letters);
    // Uzbek Latin writes oʻ and gʻ (o' g'): letters of its own.
    const int uz = s.uzbek_letters;
    const auto uz_it = std::find_if(std::begin(kLatin), std::end(kLatin), [](const Profile& p) {
        return std::string_view(p.lang) == "uz";
    });
    s.score[static_cast<std::size_t>(uz_it - std::begin(kLatin))] += kLetterWeight * uz;
    const int best_index = pick_profile(s);
    if (best_index < 0) return "en";  // not confident: the caller's default
    const double best = s.score[best_index];
    std::string lang = kLatin[best_index].lang;
    // English is the fallback: another language must clearly beat it (English text quoting
    // foreign names stays English).
    if (lang != "en" && best * 10 < s.score[0] * 12) return "en";
    if (lang == "id") {
        int malay = 0, indonesian = 0;
        for_each_word(sample, [&](const std::string& w) {
            malay += kMalayWords.count(w) > 0;
            indonesian += kIndonesianWords.count(w) > 0;
        });
        return malay > indonesian ? "ms" : "id";
    }
    if (lang == "hr") {
        int ek = 0, ij = 0, bs = 0, hr = 0;
        for_each_word(sample, [&](const std::string& w) {
            ek += kEkavian.count(w) > 0;
            ij += kIjekavian.count(w) > 0;
            bs += kBosnianSerbianWords.count(w) > 0;
            hr += kCroatianWords.count(w) > 0;
        });
        if (ek > ij) return "sr-Latn";
        return bs > hr ? "bs" : "hr";
    }
    return lang;
}

std::string cyrillic_language(std::string_view sample) {
    // Never destroyed (still reachable at exit): freeing it node by node cost 0.16 M instructions.
    static const WordIndex& index = *new WordIndex(build_index(kCyrillic));
    static const auto letters = build_letter_index(kCyrillic);
    const int best = pick_profile(score_profiles(sample, kCyrillic, index, letters));
    return best < 0 ? "ru" : kCyrillic[best].lang;
}

/// A word without the punctuation around it (danda, commas, quotes, brackets).
std::string_view bare_word(std::string_view w) {
    static const std::u32string punct = U"।॥,.;:!?\"'()[]“”‘’«»-–—";
    while (!w.empty()) {
        std::size_t p = 0;
        if (punct.find(next_code_point(w, p)) == std::u32string::npos) break;
        w.remove_prefix(p);
    }
    while (!w.empty()) {
        std::size_t p = w.size();
        if (punct.find(prev_code_point(w, p)) == std::u32string::npos) break;
        w.remove_suffix(w.size() - p);
    }
    return w;
}

/// Hindi, Marathi or Nepali, by their function words: the copula (है / आहे / छ), conjunctions
/// (और / आणि / र) and postpositions each language writes as a word of its own.
std::string devanagari_language(std::string_view sample) {
    static const std::set<std::string_view> marathi = {"आहे",  "आहेत", "किंवा", "आणि", "च्या",
                                                       "हे",   "होते", "मध्ये",  "या",  "व",
                                                       "करून", "त्या", "नाही", "ला"};
    static const std::set<std::string_view> hindi = {"है",    "और",  "के",  "की", "में",  "से",
                                                     "को",   "का",  "हैं",  "पर", "यह", "था",
                                                     "किसी", "नहीं", "भी", "कि"};
    static const std::set<std::string_view> nepali = {
        "छ",    "छन्", "हो",  "र",  "पनि", "लागि", "गर्न", "भएको", "गरेको", "हुने",    "हुन्छ", "थियो",
        "रहेको", "भने", "गरी", "छैन", "हुनेछ", "गर्ने",  "भन्ने", "यो",   "यी",   "निम्ति", "गर्दै", "भएकोले"};
    int mr = 0, hi = 0, ne = 0;
    for (std::string_view raw : split_words(sample)) {
        const std::string_view w = bare_word(raw);
        mr += marathi.count(w) > 0;
        hi += hindi.count(w) > 0;
        ne += nepali.count(w) > 0;
    }
    if (ne > hi && ne > mr) return "ne";
    return mr > hi ? "mr" : "hi";
}

/// Arabic, Persian or Urdu: Urdu's own letters (ٹ ڈ ڑ ں ے), Persian's keheh and Farsi yeh
/// (ک ی) where Arabic writes ك ي.
std::string arabic_script_language(std::string_view sample) {
    int urdu = 0, farsi_forms = 0, arabic_forms = 0, letters = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (c < 0x0600 || c > 0x06FF) continue;
        ++letters;
        if (c == U'ٹ' || c == U'ڈ' || c == U'ڑ' || c == U'ں' || c == U'ے') ++urdu;
        if (c == U'ک' || c == U'ی') ++farsi_forms;
        if (c == U'ك' || c == U'ي') ++arabic_forms;
    }
    if (urdu * 100 > letters) return "ur";
    if (farsi_forms > arabic_forms) return "fa";
    return "ar";
}

std::string han_language(std::string_view sample, int kana) {
    if (kana > 0) return "ja";
    static const std::u32string simplified = U"这们国说为对时来会个还发经过与实现进动";
    static const std::u32string traditional = U"這們國說為對時來會個還發經過與實現進動";
    int s = 0, t = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (simplified.find(c) != std::u32string::npos) ++s;
        if (traditional.find(c) != std::u32string::npos) ++t;
    }
    return t > s ? "zh-Hant" : "zh-Hans";
}

}  // namespace

std::string detect_language(std::string_view text) {
    std::string_view sample = text.substr(0, 1 << 16);
    // Do not cut a UTF-8 sequence in half.
    while (!sample.empty() && sample.size() < text.size() &&
           (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80)
        sample.remove_suffix(1);

    // Letters per script; a Han, kana or Hangul character carries about a word's share of a
    // Latin word, so it weighs kSyllableWeight letters.
    constexpr int kSyllableWeight = 2;
    std::map<int, int> counts;  // UScriptCode → weighted letters
    int kana = 0, letters = 0, yiddish = 0, assamese = 0, tigrinya = 0;
    for (std::size_t p = 0; p < sample.size();) {
        const char32_t c = next_code_point(sample, p);
        if (!is_alpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        int weight = 1;
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) {
            kana += kSyllableWeight;
            weight = kSyllableWeight;
            script = USCRIPT_HAN;  // kana and Han count together as Japanese/Chinese writing
        } else if (script == USCRIPT_HAN || script == USCRIPT_HANGUL || script == USCRIPT_YI) {
            weight = kSyllableWeight;
        }
        counts[script] += weight;
        letters += weight;
        if (c >= 0x05F0 && c <= 0x05F2) ++yiddish;   // װ ױ ײ: Yiddish digraphs
        if (c == 0x09F0 || c == 0x09F1) ++assamese;  // ৰ ৱ: Assamese letters
        if (c == 0x12A3) ++tigrinya;                 // ኣ: frequent in Tigrinya, rare in Amharic
    }
    if (letters == 0) return "en";
    // The script of the most letters outside Latin decides when it holds a fair share of the
    // letters: a Japanese text full of English code terms is still Japanese.
    constexpr double kScriptShare = 0.3;
    int script = USCRIPT_LATIN, best = 0;
    for (const auto& [s, n] : counts)
        if (s != USCRIPT_LATIN && n > best) {
            best = n;
            script = s;
        }
    if (best < kScriptShare * letters) {
        script = USCRIPT_LATIN;
        best = counts[USCRIPT_LATIN];
    }
    switch (script) {
        case USCRIPT_LATIN:
            return latin_language(sample);
        case USCRIPT_CYRILLIC:
            return cyrillic_language(sample);
        case USCRIPT_GREEK:
            return "el";
        case USCRIPT_ARABIC:
            return arabic_script_language(sample);
        case USCRIPT_HEBREW:
            return yiddish * 200 > best ? "yi" : "he";
        case USCRIPT_DEVANAGARI:
            return devanagari_language(sample);
        case USCRIPT_HAN:
            // Kana at all (a tenth of the CJK writing) make it Japanese; Han alone, Chinese.
            return han_language(sample, kana * 10 > best ? kana : 0);
        case USCRIPT_HANGUL:
            return "ko";
        case USCRIPT_THAI:
            return "th";
        case USCRIPT_LAO:
            return "lo";
        case USCRIPT_KHMER:
            return "km";
        case USCRIPT_MYANMAR:
            return "my";
        case USCRIPT_SINHALA:
            return "si";
        case USCRIPT_BENGALI:
            return assamese * 500 > best ? "as" : "bn";
        case USCRIPT_TAMIL:
            return "ta";
        case USCRIPT_TELUGU:
            return "te";
        case USCRIPT_KANNADA:
            return "kn";
        case USCRIPT_MALAYALAM:
            return "ml";
        case USCRIPT_GUJARATI:
            return "gu";
        case USCRIPT_GURMUKHI:
            return "pa";
        case USCRIPT_ORIYA:
            return "or";
        case USCRIPT_TIBETAN:
            return "bo";
        case USCRIPT_ARMENIAN:
            return "hy";
        case USCRIPT_GEORGIAN:
            return "ka";
        case USCRIPT_ETHIOPIC:
            return tigrinya * 100 > best ? "ti" : "am";
        default: {
            // Fall back to the script's most likely language via CLDR likely subtags.
            const char* code = uscript_getShortName(static_cast<UScriptCode>(script));
            if (code == nullptr) return "en";
            std::string und = std::string("und-") + code;
            char maximized[64] = {};
            UErrorCode status = U_ZERO_ERROR;
            uloc_addLikelySubtags(und.c_str(), maximized, sizeof maximized, &status);
            char lang[16] = {};
            uloc_getLanguage(maximized, lang, sizeof lang, &status);
            if (U_FAILURE(status) || lang[0] == '\0' || std::string_view(lang) == "und")
                return "en";
            return lang;
        }
    }
}

std::string normalize_language_tag(std::string_view tag) {
    std::string t(trim(tag));
    if (t.empty()) return "";
    std::replace(t.begin(), t.end(), '_', '-');
    for (char c : t)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return "";
    char out[64] = {};
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    char locale[64] = {};
    uloc_forLanguageTag(t.c_str(), locale, sizeof locale, &parsed, &status);
    if (U_FAILURE(status) || parsed != static_cast<int32_t>(t.size())) return "";
    uloc_toLanguageTag(locale, out, sizeof out, true, &status);
    if (U_FAILURE(status) || out[0] == '\0' || std::string_view(out) == "und") return "";
    return out;
}

}  // namespace galley::read
