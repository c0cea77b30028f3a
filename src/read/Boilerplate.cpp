#include "read/Boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "read/LineEvidence.hpp"
#include "read/ReaderThresholds.hpp"
#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

/// The next space-separated word of `low` from `p` (which moves past it), trailing ',' and '|'
/// cut (so it may be empty); nullopt at the end of `low`.
std::optional<std::string_view> next_word(std::string_view low, std::size_t& p) {
    while (p < low.size() && low[p] == ' ') ++p;
    if (p >= low.size()) return std::nullopt;
    std::size_t end = low.find(' ', p);
    if (end == std::string_view::npos) end = low.size();
    std::string_view w = low.substr(p, end - p);
    p = end;
    while (!w.empty() && (w.back() == ',' || w.back() == '|')) w.remove_suffix(1);
    return w;
}

/// The entries of a " word word " vocabulary, found by their length in bytes and first byte
/// (a few comparisons, no hashing: classify_furniture looks up a word or two of every line).
class WordSet {
  public:
    explicit WordSet(std::string_view words) {
        std::size_t start = 0;
        while (start < words.size()) {
            std::size_t end = words.find(' ', start);
            if (end == std::string_view::npos) end = words.size();
            if (end > start) by_size_.at(end - start).push_back(words.substr(start, end - start));
            start = end + 1;
        }
    }
    /// True when `w` is an entry.
    bool contains(std::string_view w) const {
        if (w.empty() || w.size() >= by_size_.size()) return false;
        for (std::string_view x : by_size_[w.size()])
            if (x[0] == w[0] && x == w) return true;
        return false;
    }

  private:
    std::array<std::vector<std::string_view>, 48> by_size_;
};

bool listed(std::string_view words, std::string_view w);

/// Names of networks and the verbs of share bars: a line made only of them is a share widget.
constexpr std::string_view kWidgetWords =
    " twitter facebook email e-mail linkedin reddit whatsapp pinterest tumblr telegram print "
    "share mastodon instagram youtube flipboard pocket messenger copy link sms xing this: share: "
    "drucken x bluesky threads weibo wechat line vk vkontakte ok odnoklassniki mail kakaotalk "
    "kakao naver hatena qq 微博 微信 qq空间 はてブ ツイート 트위터 페이스북 카카오톡 tweet teilen "
    "partager compartir condividi delen dela udostępnij поделиться paylaş 分享 シェア 공유 "
    "مشاركة partilhar imprimir imprimer stampa afdrukken copy url whatsapp: facebook: twitter: ";

/// Words of page footers and navigation bars (one per line, or a row of them at the bottom).
constexpr std::string_view kNavigationWords =
    " home menu search top terms privacy security status docs contact about pricing api "
    "training blog help sitemap impressum datenschutz kontakt accueil contacto inicio login "
    "logout register sign in up log subscribe newsletter donate back to "
    "next previous older newer posts post navigation ";

/// True when `w` is an entry of `words` (kWidgetWords or kNavigationWords), looked up in a set
/// built once (thread-safe static initialisation).
bool listed(std::string_view words, std::string_view w) {
    static const WordSet widget(kWidgetWords);
    static const WordSet navigation(kNavigationWords);
    return (words.data() == kWidgetWords.data() ? widget : navigation).contains(w);
}

/// Whole lines of furniture (lowercase, as a line reads), with their kind.
struct Exact {
    std::string_view line;
    Furniture kind;
    bool anywhere;
};

constexpr std::array<Exact, 143> kExact = {{
    {"notify of", Furniture::Comments, true},
    {"inline feedbacks", Furniture::Comments, true},
    {"view all comments", Furniture::Comments, true},
    {"leave a comment", Furniture::Comments, true},
    {"leave a reply", Furniture::Comments, true},
    {"post a comment", Furniture::Comments, true},
    {"add a comment", Furniture::Comments, true},
    {"no comments", Furniture::Comments, true},
    {"comments off", Furniture::Comments, true},
    {"comments closed", Furniture::Comments, true},
    {"comments are closed.", Furniture::Comments, true},
    {"show comments", Furniture::Comments, true},
    {"load more comments", Furniture::Comments, true},
    {"comments", Furniture::Comments, false},
    {"oldest", Furniture::Comments, false},
    {"newest", Furniture::Comments, false},
    {"most voted", Furniture::Comments, false},
    {"schreibe eine antwort", Furniture::Comments, true},
    {"laisser un commentaire", Furniture::Comments, true},
    {"share this", Furniture::Share, true},
    {"share this:", Furniture::Share, true},
    {"share this article", Furniture::Share, true},
    {"share this article:", Furniture::Share, true},
    {"share this story", Furniture::Share, true},
    {"share this story:", Furniture::Share, true},
    {"share this post", Furniture::Share, true},
    {"share this page", Furniture::Share, true},
    {"share on facebook", Furniture::Share, true},
    {"share on twitter", Furniture::Share, true},
    {"share via", Furniture::Share, true},
    {"print version", Furniture::Share, true},
    {"print this", Furniture::Share, true},
    {"print this page", Furniture::Share, true},
    {"email this", Furniture::Share, true},
    {"like this:", Furniture::Share, true},
    {"like", Furniture::Share, false},
    {"retweet this article!", Furniture::Share, true},
    {"teile das:", Furniture::Share, true},
    {"teilen:", Furniture::Share, true},
    {"drucken etc.", Furniture::Share, true},
    {"partager :", Furniture::Share, true},
    {"partager:", Furniture::Share, true},
    {"compartir:", Furniture::Share, true},
    {"compartilhe:", Furniture::Share, true},
    {"condividi:", Furniture::Share, true},
    {"delen:", Furniture::Share, true},
    {"поделиться:", Furniture::Share, true},
    {"分享到：", Furniture::Share, true},
    {"分享到:", Furniture::Share, true},
    {"このエントリーをはてなブックマークに追加", Furniture::Share, true},
    {"skip to content", Furniture::Navigation, true},
    {"skip to main content", Furniture::Navigation, true},
    {"skip to navigation", Furniture::Navigation, true},
    {"jump to navigation", Furniture::Navigation, true},
    {"jump to search", Furniture::Navigation, true},
    {"jump to navigation jump to search", Furniture::Navigation, true},
    {"show navigation", Furniture::Navigation, true},
    {"back to top", Furniture::Navigation, true},
    // Screen-reader skip links that copy-paste brings along at the top of news pages (VOA's
    // "Accessibility links" in its language services, Section 508 "jump over navigation bar").
    {"accessibility links", Furniture::Navigation, true},
    {"skip links", Furniture::Navigation, true},
    {"liens d'accessibilité", Furniture::Navigation, true},
    {"enlaces para accesibilidad", Furniture::Navigation, true},
    {"attendez s'il vous plaît", Furniture::Navigation, true},
    {"breaking news", Furniture::Navigation, false},
    {"dernières nouvelles", Furniture::Navigation, false},
    {"última hora", Furniture::Navigation, false},
    {"ultime notizie", Furniture::Navigation, false},
    {"no media source currently available", Furniture::Navigation, true},
    {"please wait", Furniture::Navigation, true},
    {"jump over navigation bar", Furniture::Navigation, true},
    // The skip links of Japanese government and corporate pages ("from here, the site's main
    // menu", "from here, the text").
    {"ここからサイトの主なメニューです", Furniture::Navigation, true},
    {"ここから本文です", Furniture::Navigation, true},
    {"本文へスキップ", Furniture::Navigation, true},
    // The banner of every U.S. government site (the U.S. Web Design System's "usa-banner"); its
    // two longer sentences are site_banner_line.
    {"an official website of the united states government", Furniture::Navigation, true},
    {"here's how you know", Furniture::Navigation, true},
    {"here’s how you know", Furniture::Navigation, true},
    {"official websites use .gov", Furniture::Navigation, true},
    {"secure .gov websites use https", Furniture::Navigation, true},
    {"skip navigation", Furniture::Navigation, true},
    {"линки доступности", Furniture::Navigation, true},
    {"ลิ้งค์เชื่อมต่อ", Furniture::Navigation, true},
    {"연결 가능 링크", Furniture::Navigation, true},
    {"ລິ້ງ ສໍາຫລັບເຂົ້າຫາ", Furniture::Navigation, true},
    {"ລິ້ງ ສຳຫລັບເຂົ້າຫາ", Furniture::Navigation, true},
    {"read more", Furniture::Teaser, false},
    {"continue reading", Furniture::Teaser, false},
    {"advertisement", Furniture::Navigation, true},
    {"advertisements", Furniture::Navigation, true},
    {"anzeige", Furniture::Navigation, false},
    {"publicité", Furniture::Navigation, false},
    {"publicidad", Furniture::Navigation, false},
    {"广告", Furniture::Navigation, false},
    {"sponsored", Furniture::Navigation, false},
    {"related", Furniture::Teaser, false},
    {"related posts", Furniture::Teaser, false},
    {"related articles", Furniture::Teaser, false},
    {"related stories", Furniture::Teaser, false},
    {"you may also like", Furniture::Teaser, true},
    {"recommended", Furniture::Teaser, false},
    {"more stories", Furniture::Teaser, false},
    {"ähnliche beiträge", Furniture::Teaser, false},
    {"articles similaires", Furniture::Teaser, false},
    {"edit links", Furniture::Navigation, true},
    {"other languages:", Furniture::Navigation, false},
    {"beitrags-navigation", Furniture::Navigation, true},
    {"post navigation", Furniture::Navigation, true},
    {"weiter »", Furniture::Navigation, true},
    {"« zurück", Furniture::Navigation, true},
    {"loading...", Furniture::Navigation, true},
    {"-end-", Furniture::Navigation, false},
    {"- end -", Furniture::Navigation, false},
    {"for immediate release", Furniture::Navigation, false},
    {"pour diffusion immédiate", Furniture::Navigation, false},
    {"para publicación inmediata", Furniture::Navigation, false},
    {"للنشر الفوري", Furniture::Navigation, false},
    {"तत्काल जारी करने के लिए", Furniture::Navigation, false},
    {"next page", Furniture::Navigation, false},
    {"halaman selanjutnya....", Furniture::Navigation, false},
    {"halaman selanjutnya", Furniture::Navigation, false},
    {"page suivante", Furniture::Navigation, false},
    {"nächste seite", Furniture::Navigation, false},
    {"página siguiente", Furniture::Navigation, false},
    {"pagina successiva", Furniture::Navigation, false},
    {"próxima página", Furniture::Navigation, false},
    {"следующая страница", Furniture::Navigation, false},
    {"your browser doesn’t support html5", Furniture::Navigation, true},
    {"your browser doesn't support html5", Furniture::Navigation, true},
    {"loading…", Furniture::Navigation, true},
    {"donate now", Furniture::Follow, true},
    {"subscribe now", Furniture::Follow, true},
    {"follow us", Furniture::Follow, true},
    {"privacy policy", Furniture::Footer, false},
    {"cookie statement", Furniture::Footer, false},
    {"cookie policy", Furniture::Footer, false},
    {"terms of use", Furniture::Footer, false},
    {"terms of service", Furniture::Footer, false},
    {"mobile view", Furniture::Footer, false},
    {"disclaimers", Furniture::Footer, false},
    {"contact us", Furniture::Footer, false},
    {"about wikipedia", Furniture::Footer, false},
    {"contact wikipedia", Furniture::Footer, false},
    {"all rights reserved", Furniture::Footer, false},
    {"all rights reserved.", Furniture::Footer, false},
}};

/// A label that starts a furniture line, followed by ':' or a space and the rest of the line.
struct Label {
    std::string_view text;
    Furniture kind;
};

constexpr std::array<Label, 102> kLabels = {{
    // teasers for other articles
    {"read more", Furniture::Teaser},
    {"read also", Furniture::Teaser},
    {"also read", Furniture::Teaser},
    {"see also", Furniture::Teaser},
    {"related:", Furniture::Teaser},
    {"more:", Furniture::Teaser},
    {"watch:", Furniture::Teaser},
    {"listen:", Furniture::Teaser},
    {"recommended:", Furniture::Teaser},
    {"lesen sie auch", Furniture::Teaser},
    {"lesen sie mehr", Furniture::Teaser},
    {"mehr zum thema", Furniture::Teaser},
    {"auch interessant", Furniture::Teaser},
    {"lire aussi", Furniture::Teaser},
    {"à lire aussi", Furniture::Teaser},
    {"lire la suite", Furniture::Teaser},
    {"lea también", Furniture::Teaser},
    {"lee también", Furniture::Teaser},
    {"leia também", Furniture::Teaser},
    {"leia mais", Furniture::Teaser},
    {"leggi anche", Furniture::Teaser},
    {"lees ook", Furniture::Teaser},
    {"lees meer", Furniture::Teaser},
    {"voir aussi", Furniture::Teaser},
    {"siehe auch", Furniture::Teaser},
    {"véase también", Furniture::Teaser},
    {"vedi anche", Furniture::Teaser},
    {"ver também", Furniture::Teaser},
    {"zie ook", Furniture::Teaser},
    {"läs också", Furniture::Teaser},
    {"czytaj też", Furniture::Teaser},
    {"czytaj także", Furniture::Teaser},
    {"читайте также", Furniture::Teaser},
    {"читать далее", Furniture::Teaser},
    {"関連記事", Furniture::Teaser},
    {"あわせて読みたい", Furniture::Teaser},
    {"相关阅读", Furniture::Teaser},
    {"相关新闻", Furniture::Teaser},
    {"延伸阅读", Furniture::Teaser},
    {"推荐阅读", Furniture::Teaser},
    {"관련기사", Furniture::Teaser},
    {"관련 기사", Furniture::Teaser},
    {"اقرأ أيضا", Furniture::Teaser},
    {"اقرأ أيضاً", Furniture::Teaser},
    // shop lines
    {"add to cart", Furniture::Shop},
    {"view price", Furniture::Shop},
    {"check price", Furniture::Shop},
    {"see price", Furniture::Shop},
    {"buy now", Furniture::Shop},
    {"shop now", Furniture::Shop},
    {"buy it now", Furniture::Shop},
    {"view deal", Furniture::Shop},
    {"see deal", Furniture::Shop},
    // image credits
    {"credit:", Furniture::Credit},
    {"credits:", Furniture::Credit},
    {"image credit", Furniture::Credit},
    {"image:", Furniture::Credit},
    {"image via", Furniture::Credit},
    {"photo credit", Furniture::Credit},
    {"photo:", Furniture::Credit},
    {"photos:", Furniture::Credit},
    {"photograph:", Furniture::Credit},
    {"picture:", Furniture::Credit},
    {"foto:", Furniture::Credit},
    {"foto :", Furniture::Credit},
    {"photo :", Furniture::Credit},
    {"image :", Furniture::Credit},
    {"fotos:", Furniture::Credit},
    {"bild:", Furniture::Credit},
    {"crédit photo", Furniture::Credit},
    {"crédito:", Furniture::Credit},
    {"reprodução:", Furniture::Credit},
    {"фото:", Furniture::Credit},
    {"写真：", Furniture::Credit},
    {"图片来源", Furniture::Credit},
    {"사진=", Furniture::Credit},
    {"[via", Furniture::Credit},
    {"(via", Furniture::Credit},
    {"via:", Furniture::Credit},
    {"h/t", Furniture::Credit},
    // share prompts
    {"share on", Furniture::Share},
    {"click to share", Furniture::Share},
    {"click to email", Furniture::Share},
    {"click to print", Furniture::Share},
    // follow and subscribe prompts
    {"follow us", Furniture::Follow},
    {"follow me on", Furniture::Follow},
    {"subscribe to", Furniture::Follow},
    {"sign up for", Furniture::Follow},
    {"sign up to", Furniture::Follow},
    {"like us on", Furniture::Follow},
    {"folgen sie uns", Furniture::Follow},
    {"suivez-nous", Furniture::Follow},
    {"síguenos", Furniture::Follow},
    {"siga-nos", Furniture::Follow},
    {"seguici", Furniture::Follow},
    {"подписывайтесь", Furniture::Follow},
    {"扫码关注", Furniture::Follow},
    {"关注我们", Furniture::Follow},
    {"欢迎关注", Furniture::Follow},
    {"长按识别", Furniture::Follow},
    {"フォローする", Furniture::Follow},
    {"구독하기", Furniture::Follow},
}};

/// Labels of link blocks, found after a leading ■□◆◇●▼▶【 mark or alone on their line.
constexpr std::array<std::string_view, 12> kLinkBlockLabels = {
    "関連リンク",    "参考リンク",     "外部リンク",   "関連サイト", "相关链接", "相關連結",
    "related links", "external links", "useful links", "links:",     "weblinks", "liens"};

/// Labels of teaser blocks (lists of other stories' headlines, dates and excerpts), followed by
/// at most a few words ("More from BBC News", "Latest Headlines From the Embassy").
constexpr std::array<std::string_view, 30> kTeaserBlockLabels = {
    "latest headlines", "latest news",     "latest stories",
    "more news",        "more stories",    "top stories",
    "most read",        "most popular",    "most viewed",
    "more from",        "popular posts",   "recent posts",
    "related news",     "related content", "recommended for you",
    "meistgelesen",     "neueste artikel", "les plus lus",
    "à la une",         "lo más leído",    "más noticias",
    "più letti",        "mais lidas",      "самое читаемое",
    "самое популярное", "人気記事",        "热门文章",
    "热门新闻",         "많이 본 뉴스",    "الأكثر قراءة"};

/// Labels of lists of a programme's other episodes, at the end of video and audio pages; a
/// section of an article may have such a title, so they are furniture at the edges only.
constexpr std::array<std::string_view, 7> kEpisodeListLabels = {
    "episodes", "épisodes", "episodios", "programmes", "programs", "ეპიზოდები", "эпизоды"};

/// True for the label of a teaser block: one of kTeaserBlockLabels and at most four more words,
/// no sentence punctuation.
bool teaser_block_label(std::string_view low) {
    for (std::string_view label : kTeaserBlockLabels) {
        if (low.size() < label.size() || low[0] != label[0] ||
            low.compare(0, label.size(), label) != 0)
            continue;
        const std::string_view rest = low.substr(label.size());
        if (!rest.empty() && rest[0] != ' ' && rest[0] != ':') continue;
        std::size_t words = 0;
        bool in_word = false;
        for (const char c : rest) {
            words += static_cast<std::size_t>(!in_word && c != ' ');
            in_word = c != ' ';
        }
        const char last = low.back();
        return words <= 4 && last != '.' && last != '!' && last != '?';
    }
    return false;
}

/// Names of languages in themselves, as language switchers list them.
constexpr std::string_view kAutonyms =
    " english français español português русский italiano deutsch türkçe українська 中文 "
    "日本語 한국어 العربية اردو فارسی हिन्दी বাংলা tiếng việt bahasa indonesia ";

/// True for the rows of page widgets: a media player's times ("0:00 0:04:01 0:00"), a font-size
/// switcher (three "A" marks in a row: "A   A   A   Pengaturan Font"; "CỠ CHỮ - +", "A- A+"), a
/// language switcher of autonyms ("English English", "English, Français, Español").
bool widget_row(std::string_view low) {
    // Widget rows are short: at most 8 words in 120 bytes (most lines end here).
    if (low.size() > 120) return false;
    std::size_t word_starts = 0;
    bool after_space = true;
    for (const char c : low) {  // branch-free: spaces fall unpredictably
        word_starts += static_cast<std::size_t>(after_space & (c != ' '));
        after_space = c == ' ';
    }
    if (word_starts > 8) return false;
    // A font-size switcher's marks stand side by side ("A A A", "A- A A+"); in a sentence the
    // article "a" comes between other words ("ALL. A row! a row! a row!").
    std::size_t words = 0, times = 0, a_run = 0, a_marks = 0, plus_minus = 0, autonyms = 0;
    bool all_autonyms = true;
    std::size_t p = 0;
    while (const std::optional<std::string_view> next = next_word(low, p)) {
        const std::string_view w = *next;
        if (w.empty()) continue;
        if (++words > 8) return false;
        const bool time = w.find(':') != std::string_view::npos &&
                          w.find_first_not_of("0123456789:") == std::string_view::npos;
        times += time;
        a_run = (w == "a" || w == "a-" || w == "a+") ? a_run + 1 : 0;
        a_marks = std::max(a_marks, a_run);
        plus_minus += w == "+" || w == "-";
        if (all_autonyms) {  // looked up while every word so far is one
            const std::size_t at = kAutonyms.find(w);
            all_autonyms = at != std::string_view::npos && kAutonyms[at - 1] == ' ' &&
                           kAutonyms[at + w.size()] == ' ';
            autonyms += all_autonyms;
        }
    }
    if (words == 0) return false;
    return (times >= 2 && times == words) || a_marks >= 3 ||
           (plus_minus == 2 && words <= 4 && low.size() > 3 &&
            low.compare(low.size() - 3, 3, "- +") == 0) ||
           (autonyms >= 2 && autonyms == words);
}

/// True when `line` ends with a "read more" link: the excerpt of a teaser for another story
/// ("… this September. <Read More>", "… [Read more]", "… Read more »").
bool read_more_tail(std::string_view line) {
    if (line.size() < 10) return false;
    // Most lines are answered here: no "ore" (of "more", any case) among the last bytes.
    const std::string_view last = line.substr(line.size() - std::min<std::size_t>(line.size(), 16));
    bool ore = false;
    for (std::size_t k = 0; k + 2 < last.size(); ++k)
        ore |=
            (last[k] | 0x20) == 'o' && (last[k + 1] | 0x20) == 'r' && (last[k + 2] | 0x20) == 'e';
    if (!ore) return false;
    std::string tail(last);
    for (char& c : tail)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    for (std::string_view end : {"<read more>", "[read more]", "(read more)", "read more »",
                                 "read more >>", "read more...", "read more…", "read more →"})
        if (tail.size() >= end.size() &&
            tail.compare(tail.size() - end.size(), end.size(), end) == 0)
            return true;
    return false;
}

/// The marks before a link block's label, stripped in this order.
constexpr std::array<std::string_view, 10> kLinkBlockMarks = {"■", "□", "◆",  "◇",  "●",
                                                              "▼", "▶", "【", "［", "["};

// The first byte is compared before the rest: most tests here fail on it, without a call to
// memcmp (classify_furniture runs dozens of them on every line of the article).
inline bool starts_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && (p.empty() || (s[0] == p[0] && s.substr(0, p.size()) == p));
}
inline bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() &&
           (p.empty() || (s.back() == p.back() && s.substr(s.size() - p.size()) == p));
}

/// True when `low` starts with `label` followed by the end, ':' (ASCII or full width), a space,
/// a dash or a bracket: the label is a whole word.
bool has_label(std::string_view low, std::string_view label, std::string_view& rest) {
    if (!starts_with(low, label)) return false;
    rest = low.substr(label.size());
    if (rest.empty() || label.back() == ':' || label.back() == '=' ||
        static_cast<unsigned char>(label.back()) >= 0x80 || label.front() == '[' ||
        label.front() == '(')
        return true;
    const char c = rest[0];
    if (c == ':' || c == ' ' || c == '-' || c == '|' || c == '>' || c == '(' || c == '[' ||
        starts_with(rest, "：") || starts_with(rest, " –") || starts_with(rest, " —")) {
        return true;
    }
    return false;
}

/// "2 comments", "12 Kommentare", "Comments (3)".
bool comment_count(std::string_view low) {
    std::size_t d = 0;
    while (d < low.size() && low[d] >= '0' && low[d] <= '9') ++d;
    if (d > 0 && d < low.size() && low[d] == ' ') {
        const std::string_view w = low.substr(d + 1);
        for (std::string_view word :
             {"comment", "comments", "response", "responses", "replies", "kommentar", "kommentare",
              "commentaire", "commentaires", "comentarios", "commenti", "reacties", "条评论",
              "件のコメント"})
            if (w == word) return true;
    }
    return starts_with(low, "comments (") && ends_with(low, ")") && low.size() < 16;
}

bool cookie_line(std::string_view low) {
    return starts_with(low, "we use cookies") || starts_with(low, "this site uses cookies") ||
           starts_with(low, "this website uses cookies") ||
           starts_with(low, "our site uses cookies") || starts_with(low, "accept all cookies") ||
           starts_with(low, "accept cookies") || starts_with(low, "allow cookies") ||
           starts_with(low, "manage cookies") || starts_with(low, "manage all cookies") ||
           starts_with(low, "cookie settings");
}

bool footer_line(std::string_view low) {
    return starts_with(low, "©") || starts_with(low, "(c) 2") || starts_with(low, "copyright ©") ||
           starts_with(low, "copyright (c)") || ends_with(low, "all rights reserved.") ||
           ends_with(low, "all rights reserved") || starts_with(low, "powered by ") ||
           low == "you can’t perform that action at this time." ||
           low == "you can't perform that action at this time." ||
           starts_with(low, "do not share my personal information") ||
           starts_with(low, "版权所有") || starts_with(low, "無断転載");
}

/// The two sentences of the U.S. government site banner ("A .gov website belongs to an official
/// government organization in the United States.", "A lock ( ) or https:// means you've safely
/// connected to the .gov website. …"): recognisable by their opening words.
bool site_banner_line(std::string_view low) {
    return starts_with(low, "a .gov website belongs to an official government organization") ||
           (starts_with(low, "a lock (") &&
            low.find("safely connected to the .gov website") != std::string_view::npos);
}

/// True for an image's file name standing alone, as copy-paste keeps a missing image's
/// alternative text ("IMG_1234.jpg", "logo.png", "Hero-banner_2x.webp"): one word with an
/// image extension.
bool image_file_name(std::string_view line) {
    if (line.size() < 5 || line.size() > threshold::kImageFileNameMaxBytes ||
        line.find(' ') != std::string_view::npos)
        return false;
    const std::size_t dot = line.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    std::string ext(line.substr(dot + 1));
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    for (std::string_view image :
         {"jpg", "jpeg", "png", "gif", "webp", "svg", "tif", "tiff", "bmp", "avif"})
        if (ext == image) return true;
    return false;
}

/// True when `word` ends in an image file's extension (".jpg", ".PNG", ".svg"...), compared in
/// place (every line's last word is looked at).
bool image_extension(std::string_view word) {
    const std::size_t dot = word.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || word.size() - dot < 4 || word.size() - dot > 5)
        return false;
    const std::string_view ext = word.substr(dot + 1);
    for (std::string_view image :
         {"jpg", "jpeg", "png", "gif", "webp", "svg", "tif", "tiff", "bmp", "avif"}) {
        if (ext.size() != image.size()) continue;
        bool same = true;
        for (std::size_t k = 0; k < ext.size() && same; ++k) same = (ext[k] | 0x20) == image[k];
        if (same) return true;
    }
    return false;
}

/// True for an image's file name with spaces ("Sports icon.png", "Trafalgar Square, London -
/// London 2012 - countdown clock.jpg") or an icon's file name before its link text
/// ("Wikipedia-logo-v2.svg Quebec sovereignty movement"), as copy-paste keeps the alternative
/// text of images that are not there: no sentence in it, and a few words.
bool named_image_line(std::string_view line) {
    if (starts_with(line, "\xe2\x80\xa2 ")) line = trim(line.substr(4));  // "• "
    if (line.size() < 5 || line.size() > 2 * threshold::kImageFileNameMaxBytes) return false;
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos) return false;  // image_file_name's
    // (Most lines end in a letter of a word or a stop, and have no dot in their first word.)
    if (line.substr(0, space).find('.') == std::string_view::npos &&
        line.substr(line.size() - 5).find('.') == std::string_view::npos)
        return false;
    const bool last = image_extension(line.substr(line.rfind(' ') + 1));
    const bool first = image_extension(line.substr(0, space));
    if (!last && !first) return false;
    // No sentence inside: no ". ", "! ", "? " before the end.
    for (std::string_view stop : {". ", "! ", "? "})
        if (line.find(stop) != std::string_view::npos) return false;
    // A file name has no function words ("Sports icon.png"); a sentence naming a file has them
    // ("The report is in report.png").
    if (!first && measure_line(line.substr(0, line.rfind(' ')), "").any_stop_words > 0)
        return false;
    return split_words(line).size() <= threshold::kHeadingMaxWords;
}

/// A caption that ends in its image's credit: "Guy in 2005 (Image: Thane Plambeck)", "…the game
/// is played Image: Laura Hale.", "…estudou psicologia Foto: Fernando Rabelo". The credit is a
/// label and a few capitalised names at the end of the line; before it stands one clause of
/// caption (no sentence end inside, so a paragraph that ends with a credit is not taken).
bool trailing_credit(std::string_view line) {
    if (line.size() > 2 * threshold::kFurnitureMaxChars) return false;
    static constexpr std::array<std::string_view, 13> kCreditLabels = {
        "Image:",   "Images:",     "Photo:", "Photos:", "Foto:",    "Fotos:", "Credit:",
        "Picture:", "Photograph:", "Bild:",  "Imagen:", "Crédito:", "Фото:"};
    for (std::size_t at = line.find(':'); at != std::string_view::npos;
         at = line.find(':', at + 1)) {
        std::size_t begin = line.rfind(' ', at);
        begin = begin == std::string_view::npos ? 0 : begin + 1;
        if (begin < line.size() && line[begin] == '(') ++begin;
        if (begin == 0) continue;  // a label opening the line is classify's
        const std::string_view label = line.substr(begin, at + 1 - begin);
        if (std::find(kCreditLabels.begin(), kCreditLabels.end(), label) == kCreditLabels.end())
            continue;
        std::string_view credit = trim(line.substr(at + 1));
        while (!credit.empty() && (credit.back() == ')' || credit.back() == '.'))
            credit.remove_suffix(1);
        std::string_view caption = trim(line.substr(0, begin));
        if (!caption.empty() && caption.back() == '(')
            caption = trim(caption.substr(0, caption.size() - 1));
        if (credit.empty() || caption.empty()) return false;
        std::size_t p = 0;
        const char32_t first = next_code_point(credit, p);
        if (!is_upper(first) && !(first >= U'0' && first <= U'9')) return false;
        if (split_words(credit).size() > threshold::kCreditMaxWords) return false;
        for (std::string_view stop : {". ", "! ", "? "})
            if (credit.find(stop) != std::string_view::npos ||
                caption.substr(0, caption.size() - 1).find(stop) != std::string_view::npos)
                return false;
        return true;
    }
    return false;
}

/// A share widget whose network names the extraction glued into one word
/// ("Facebooktwittergoogle_plusmail"): the word splits into at least three share-bar words.
bool glued_widget_word(std::string_view line) {
    if (line.size() < 12 || line.size() > 64 || line.find(' ') != std::string_view::npos)
        return false;
    std::string low(line);
    for (char& c : low) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    // parts[k]: fewest words that cover low[0, k) (0 = not coverable), '_' and '-' skipped.
    std::vector<int> parts(low.size() + 1, 0);
    parts[0] = 1;
    for (std::size_t k = 0; k < low.size(); ++k) {
        if (!parts[k]) continue;
        if (low[k] == '_' || low[k] == '-') {
            if (!parts[k + 1] || parts[k + 1] > parts[k]) parts[k + 1] = parts[k];
            continue;
        }
        for (std::size_t n = 2; k + n <= low.size() && n <= 10; ++n) {
            const std::string_view w(low.data() + k, n);
            if (!listed(kWidgetWords, w) && w != "google" && w != "plus") continue;
            if (!parts[k + n] || parts[k + n] > parts[k] + 1) parts[k + n] = parts[k] + 1;
        }
    }
    return parts[low.size()] >= 4;  // three words or more (parts counts from 1)
}

/// True for a logo's alternative text ("CEE Logo", "NOAA logo"): at most three words, the last
/// "logo". Furniture at the edges only (an image that is not there).
bool logo_label(std::string_view low, std::size_t words) {
    return words >= 2 && words <= threshold::kLogoLabelMaxWords && ends_with(low, " logo");
}

/// True for a wiki's tagline under its page title ("From Wikinews, the free news source you
/// can write!", "aus Wikinews, einem freien Wiki für Nachrichten", "De Wikinews, la source
/// d'informations libre"): "from"/"aus"/"de"/"da"/"из" and the wiki's name, then a comma.
bool wiki_tagline(std::string_view low) {
    for (std::string_view from : {"from ", "aus ", "de ", "da ", "из ", "desde "}) {
        if (!starts_with(low, from)) continue;
        const std::string_view rest = low.substr(from.size());
        const std::size_t comma = rest.find(',');
        if (comma == std::string_view::npos || comma > threshold::kWikiNameMaxBytes) return false;
        const std::string_view name = rest.substr(0, comma);
        return name.find(' ') == std::string_view::npos &&
               (starts_with(name, "wiki") || ends_with(name, "wiki"));
    }
    return false;
}

/// Prefixes found by their first byte: a line is tested only against those that start as it
/// does.
class PrefixSet {
  public:
    template <std::size_t N>
    explicit PrefixSet(const std::array<std::string_view, N>& prefixes) {
        for (std::string_view p : prefixes) by_byte_[static_cast<unsigned char>(p[0])].push_back(p);
    }
    /// True when `s` starts with one of the prefixes.
    bool starts(std::string_view s) const {
        if (s.empty()) return false;
        for (std::string_view p : by_byte_[static_cast<unsigned char>(s[0])])
            if (starts_with(s, p)) return true;
        return false;
    }

  private:
    std::array<std::vector<std::string_view>, 256> by_byte_;
};

/// The starts of navigation lines (navigation_line).
constexpr std::array<std::string_view, 23> kNavigationPrefixes = {
    "← ",           "previous post",  "previous article",
    "next article", "previous story", "next post",
    "next story",   "tags:",          "tag:",
    "filed under",  "categories:",    "category:",
    "posted in ",   "schlagwörter:",  "étiquettes :",
    "etiquetas:",   "标签：",         "タグ：",
    "jump to:",     "wechseln zu:",   "aller à :",
    "ir a:",        "перейти к:"};

bool navigation_line(std::string_view low) {
    static const PrefixSet prefixes(kNavigationPrefixes);
    return ends_with(low, " →") || prefixes.starts(low);
}

/// The first three bytes of every line a rule up to navigation_line can recognise (an entry of
/// one or two bytes stands for those and any others after them): an ASCII line that starts
/// otherwise and has no "newsletter" in it is no furniture that recognisable_furniture reports.
/// Three-byte starts are kept hashed (a collision only lets a line through to the rules).
class LineStarts {
  public:
    LineStarts() {
        for (const Exact& x : kExact) add(x.line);
        for (const Label& l : kLabels) add(l.text);
        for (std::string_view m : kLinkBlockMarks) add(m);
        for (std::string_view l : kLinkBlockLabels) add(l);
        for (std::string_view l : kTeaserBlockLabels) add(l);
        add("a ");  // a font-size widget's "A A A"
        for (std::size_t start = 0; start < kAutonyms.size();) {
            std::size_t end = kAutonyms.find(' ', start);
            if (end == std::string_view::npos) end = kAutonyms.size();
            if (end > start) add(kAutonyms.substr(start, end - start));
            start = end + 1;
        }
        for (std::string_view p : kNavigationPrefixes) add(p);
        add("comments (");
        for (char d = '0'; d <= '9'; ++d) add(std::string_view(&d, 1));  // comment counts
        // A row of share words, maybe after separators: "|", "/", or "," and "|" alone.
        for (std::string_view sep : {",", "|", "/"}) add(sep);
        std::size_t start = 0;
        while (start < kWidgetWords.size()) {
            std::size_t end = kWidgetWords.find(' ', start);
            if (end == std::string_view::npos) end = kWidgetWords.size();
            if (end > start) add(kWidgetWords.substr(start, end - start));
            start = end + 1;
        }
    }
    /// True when a line can start with `a`, `b` and then `c`.
    bool has(char a, char b, char c) const {
        return test(short_, pair(a, b)) || test(long_, triple(a, b, c));
    }

  private:
    static std::size_t pair(char a, char b) {
        return static_cast<unsigned char>(a) * 256u + static_cast<unsigned char>(b);
    }
    static std::size_t triple(char a, char b, char c) {
        return (pair(a, b) * 251u + static_cast<unsigned char>(c)) & 0xFFFFu;
    }
    static bool test(const std::array<std::uint64_t, 1024>& bits, std::size_t i) {
        return (bits[i / 64] >> (i % 64)) & 1u;
    }
    static void set(std::array<std::uint64_t, 1024>& bits, std::size_t i) {
        bits[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    void add(std::string_view s) {
        if (s.empty()) return;
        if (s.size() >= 3) {
            set(long_, triple(s[0], s[1], s[2]));
        } else if (s.size() == 2) {
            set(short_, pair(s[0], s[1]));
        } else {
            for (int b = 0; b < 256; ++b) set(short_, pair(s[0], static_cast<char>(b)));
        }
    }
    std::array<std::uint64_t, 1024> short_{};  ///< pairs that start an entry of 1 or 2 bytes
    std::array<std::uint64_t, 1024> long_{};   ///< hashed three-byte starts of longer entries
};

/// `c` lowercased when it is an ASCII capital.
char lower_ascii_char(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

/// True when `s` contains "newsletter" in any mix of ASCII case: found by its 'w' or 'W'
/// (memchr), then compared around it.
bool contains_newsletter(std::string_view s) {
    constexpr std::string_view kWord = "newsletter";
    for (const char w : {'w', 'W'})
        for (std::size_t at = s.find(w, 2); at != std::string_view::npos && at + 8 <= s.size();
             at = s.find(w, at + 1)) {
            std::size_t k = 0;
            while (k < kWord.size() && lower_ascii_char(s[at - 2 + k]) == kWord[k]) ++k;
            if (k == kWord.size()) return true;
        }
    return false;
}

/// True when `hay` contains `needle`, looked for by its byte at `anchor` (a rare letter gives
/// fewer false starts than the first one, which memchr finds in most lines).
bool contains(std::string_view hay, std::string_view needle, std::size_t anchor) {
    if (hay.size() < needle.size()) return false;
    const std::size_t last = hay.size() - needle.size() + anchor;  // the anchor's last place
    for (std::size_t at = hay.find(needle[anchor], anchor);
         at != std::string_view::npos && at <= last; at = hay.find(needle[anchor], at + 1))
        if (hay.compare(at - anchor, needle.size(), needle) == 0) return true;
    return false;
}

/// Every word of `low` is in `vocabulary` (and there are 1..max of them). Stops at the first
/// word that is not: ordinary lines are answered by their first word.
bool all_listed(std::string_view low, std::string_view vocabulary, std::size_t max) {
    std::size_t count = 0;
    std::size_t p = 0;
    while (const std::optional<std::string_view> next = next_word(low, p)) {
        const std::string_view w = *next;
        if (w.empty() || w == "|" || w == "·" || w == "•" || w == "/") continue;
        if (++count > max || !listed(vocabulary, w)) return false;
    }
    return count > 0;
}

/// classify_furniture; with `recognisable_only`, {} as soon as no rule is left that can give a
/// verdict `anywhere` or a share-widget line (the rules below navigation_line give neither).
FurnitureVerdict classify(std::string_view raw, std::string_view language, bool recognisable_only) {
    using namespace threshold;
    std::string_view line = trim(raw);
    if (starts_with(line, "- ") || starts_with(line, "* ")) line = trim(line.substr(2));
    // A teaser's excerpt ends with its "Read more" link, however long it is.
    if (read_more_tail(line)) return {Furniture::Teaser, true};
    // A menu row whose items the extraction glued together ("PortadaContáctenosEnvíe esta
    // páginaFOIA…"): a lowercase letter followed by a capital inside a word, three times or more,
    // and no sentence end. Furniture at the edges only.
    if (!recognisable_only && line.size() <= 4 * kFurnitureMaxChars) {
        // (Handles and hashtags, "@LaCasaBlanca", "#ILoveFS", are camel case by design.)
        std::size_t glued = 0;
        char32_t previous = U' ';
        bool handle = false;
        for (std::size_t p = 0; p < line.size();) {
            const char32_t c = next_code_point(line, p);
            if (previous == U' ') handle = c == U'@' || c == U'#';
            glued += !handle && is_lower(previous) && is_upper(c);
            previous = c;
        }
        const char last = line.back();
        if (glued >= 3 && last != '.' && last != '!' && last != '?')
            return {Furniture::Navigation, false};
    }
    // (A line of at most kFurnitureMaxChars bytes has at most as many code points.)
    if (line.empty() ||
        (line.size() > kFurnitureMaxChars && code_point_count(line) > kFurnitureMaxChars))
        return {};
    if (image_file_name(line) || named_image_line(line) || trailing_credit(line))
        return {Furniture::Credit, true};
    if (glued_widget_word(line)) return {Furniture::Share, true};
    // Most lines of an article start as no furniture that can go inside it does: looked at
    // before lowercasing (ASCII bytes lowercase to themselves or a letter, and no other code
    // point lowercases to a letter of "newsletter": only U+0130 to 'i' and U+212A to 'k').
    if (recognisable_only && line.size() >= 3) {
        static const LineStarts starts;
        const char a = line[0], b = line[1], c = line[2];
        if (((a | b | c) & 0x80) == 0 &&
            !starts.has(lower_ascii_char(a), lower_ascii_char(b), lower_ascii_char(c)) &&
            !contains_newsletter(line))
            return {};
    }
    // Lowercase: ASCII lines (most of them) without the Unicode case mapping, into a buffer
    // kept from line to line (no allocation per line).
    static thread_local std::string low_buffer;
    std::string& low = low_buffer;
    if (!is_ascii(line)) {
        low = to_lower(line);
    } else {
        low.resize(line.size());
        ascii_lower(line, low.data());
    }

    // The whole-line entries by their length in bytes, in kExact order.
    static const std::array<std::vector<const Exact*>, 64> exact_by_size = [] {
        std::array<std::vector<const Exact*>, 64> by_size;
        for (const Exact& x : kExact) by_size.at(x.line.size()).push_back(&x);
        return by_size;
    }();
    if (low.size() < exact_by_size.size())
        for (const Exact* x : exact_by_size[low.size()])
            if (low == x->line) return {x->kind, x->anywhere};
    if (comment_count(low)) return {Furniture::Comments, true};

    // A mark and a link-block label: "■関連リンク", "【関連リンク】", "Related links".
    {
        // Whether the line can start with a mark or a label at all, by its first byte.
        static const std::array<bool, 256> starts = [] {
            std::array<bool, 256> table{};
            for (std::string_view mark : kLinkBlockMarks)
                table[static_cast<unsigned char>(mark[0])] = true;
            for (std::string_view label : kLinkBlockLabels)
                table[static_cast<unsigned char>(label[0])] = true;
            return table;
        }();
        std::string_view s = low;
        if (starts[static_cast<unsigned char>(low[0])])
            for (std::string_view mark : kLinkBlockMarks)
                if (starts_with(s, mark)) s = trim(s.substr(mark.size()));
        if (starts[static_cast<unsigned char>(low[0])])
            for (std::string_view label : kLinkBlockLabels)
                if (starts_with(s, label) && code_point_count(s) <= code_point_count(label) + 2)
                    return {Furniture::LinkBlock, true};
    }

    if (teaser_block_label(low)) return {Furniture::LinkBlock, true};
    for (std::string_view label : kEpisodeListLabels)
        if (low == label) return {Furniture::Teaser, false};
    if (widget_row(low)) return {Furniture::Navigation, true};

    // A row of network names and share verbs: a share widget. Several words are recognisable
    // anywhere; a lone "Facebook" only beside other furniture or at the edges.
    if (all_listed(low, kWidgetWords, kWidgetMaxWords)) {
        const bool several = split_words(low).size() >= 2;
        return {Furniture::Share, several};
    }

    // The evidence is measured only when a rule needs it (most lines are decided by their
    // first letters).
    std::optional<LineEvidence> evidence;
    auto ev = [&]() -> const LineEvidence& {
        if (!evidence) evidence = measure_line(line, language);
        return *evidence;
    };
    // Labelled lines: teasers, shop lines, credits, follow prompts. A teaser carries a
    // headline, not a paragraph: at most kFurnitureMaxChars (checked above).
    // The labels by their first byte, in kLabels order (the first label that matches wins).
    static const std::array<std::vector<const Label*>, 256> labels_by_byte = [] {
        std::array<std::vector<const Label*>, 256> by_byte;
        for (const Label& l : kLabels) by_byte[static_cast<unsigned char>(l.text[0])].push_back(&l);
        return by_byte;
    }();
    for (const Label* label : labels_by_byte[static_cast<unsigned char>(low[0])]) {
        const Label& l = *label;
        std::string_view rest;
        if (!has_label(low, l.text, rest)) continue;
        rest = trim(rest);
        if (!rest.empty() && (rest[0] == ':' || starts_with(rest, "："))) rest.remove_prefix(1);
        // "Related: the police said the man had left" is a sentence: a teaser label introduces
        // a title, a URL or nothing; a follow/subscribe prompt is short.
        if (l.kind == Furniture::Follow && ev().words > 14) continue;
        if (l.kind == Furniture::Teaser && is_prose(measure_line(rest, language)) &&
            rest.find("http") == std::string_view::npos && !ev().colon_end &&
            low.find(':') == std::string_view::npos)
            continue;
        return {l.kind, true};
    }
    if (cookie_line(low)) return {Furniture::Cookie, false};
    // "Please subscribe to the daily newsletter now": a prompt, not a sentence about one.
    const std::string_view lv = low;
    if (contains(lv, "newsletter", 2) && ev().words <= 12 &&
        (lv.find("subscribe") != std::string_view::npos ||
         lv.find("sign up") != std::string_view::npos))
        return {Furniture::Follow, true};
    if (navigation_line(low)) return {Furniture::Navigation, !is_prose(ev())};
    if (site_banner_line(low)) return {Furniture::Navigation, true};
    if (recognisable_only) return {};
    if (footer_line(low)) return {Furniture::Footer, false};
    if (wiki_tagline(low)) return {Furniture::Navigation, false};

    // "Photo of … http://www.flickr.com/…" is a credit with its address: kept (it is text the
    // author wrote). A line that is all address is a link.
    if ((lv.find("http") != std::string_view::npos || lv.find("www.") != std::string_view::npos) &&
        ev().url_share() >= kUrlLineShare && !is_prose(ev())) {
        // A sentence that leads into the address ("To view this year's highlights, visit:
        // www.…") is text: its words before the address have a sentence's length and function
        // words.
        const std::size_t at = std::min(lv.find("http"), lv.find("www."));
        const LineEvidence lead = measure_line(line.substr(0, at), language);
        if (!(lead.words >= kLeadInMinWords && lead.stop_density() >= kProseStopDensity))
            return {Furniture::Url, false};
    }
    if (all_listed(low, kNavigationWords, 3)) return {Furniture::Navigation, false};
    // A reference-style link definition: "[Aaron Hill]: https://github.com/aaron1011".
    if (line[0] == '[') {
        const std::size_t close = line.find("]: ");
        if (close != std::string_view::npos &&
            (line.substr(close + 3, 7) == "http://" || line.substr(close + 3, 8) == "https://"))
            return {Furniture::Url, false};
    }
    // The words, counted without splitting: the count and the first one.
    // (Branch-free loops: spaces fall unpredictably.)
    std::size_t word_count = 0;
    bool after_space = true;
    for (const char c : lv) {
        word_count += static_cast<std::size_t>(after_space & (c != ' '));
        after_space = c == ' ';
    }
    if (logo_label(low, word_count)) return {Furniture::Credit, false};
    const std::string_view first_word = std::string_view(low).substr(0, low.find(' '));
    // Breadcrumbs: "Home / Noticias / Agência Brasil, 31 anos", "Home › World › Asia", and
    // without "Home" a trail of short section names ("Tin tức / Hoa Kỳ / Người Việt hải ngoại").
    if (word_count > 0) {
        std::size_t separators = 0;
        for (std::string_view sep : {" / ", " › ", " > ", " » "})
            for (std::size_t at = line.find(sep); at != std::string_view::npos;
                 at = line.find(sep, at + sep.size()))
                ++separators;
        if (separators >= 2 && listed(kNavigationWords, first_word))
            return {Furniture::Navigation, false};
        if (separators >= 2 && word_count <= 4 * (separators + 1) &&
            code_point_count(line) <= kFallbackTitleChars && !ev().sentence_end && ev().digits == 0)
            return {Furniture::Navigation, false};
    }
    // A font-size widget: words of two capitals ("XS", "SM", "MD", "LG").
    if (word_count > 0 && word_count <= 3) {
        bool widget = true;
        for (std::string_view w : split_words(line))
            widget = widget && w.size() == 2 &&
                     std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (widget) return {Furniture::Navigation, false};
    }
    // Below: rows without sentence punctuation. A line that runs on in lowercase (a line of a
    // hard-wrapped paragraph) is neither a menu bar nor a language switcher.
    std::size_t lowercase_words = 0;
    after_space = true;
    for (const char c : line) {  // first letters of the original words
        lowercase_words += static_cast<std::size_t>(after_space & (c >= 'a') & (c <= 'z'));
        after_space = c == ' ';
    }
    if (lowercase_words * 2 > word_count) return {};
    const LineEvidence& e = ev();
    if (e.sentence_end) return {};
    // A menu bar: a long row of capitalised words with no function word and no digit
    // ("Nasional Mondial Ekonomi Daerah Megapolitan Olahraga ...").
    if (e.words >= kMenuMinWords && e.capital_words == e.words && e.stop_words == 0 &&
        e.digits == 0)
        return {Furniture::Navigation, false};
    // A language switcher repeats every name ("English English, Français Français").
    if (e.words >= 4) {
        std::vector<std::string> seen;
        std::size_t repeats = 0;
        for (std::string_view w : split_words(low)) {
            while (!w.empty() && (w.back() == ',' || w.back() == '|')) w.remove_suffix(1);
            if (std::find(seen.begin(), seen.end(), w) != seen.end())
                ++repeats;
            else
                seen.emplace_back(w);
        }
        if (repeats * 10 >= e.words * kRepeatedWordsTenths) return {Furniture::Navigation, false};
    }
    return {};
}

}  // namespace

FurnitureVerdict classify_furniture(std::string_view line, std::string_view language) {
    return classify(line, language, false);
}

FurnitureVerdict recognisable_furniture(std::string_view line, std::string_view language) {
    const FurnitureVerdict v = classify(line, language, true);
    return v.anywhere || v.kind == Furniture::Share ? v : FurnitureVerdict{};
}

bool is_references_label(std::string_view line) {
    std::string low = to_lower(trim(line));
    while (!low.empty() && (low.back() == ':' || low.back() == ' ')) low.pop_back();
    for (std::string_view label : {"sources",
                                   "source",
                                   "references",
                                   "notes",
                                   "bibliography",
                                   "footnotes",
                                   "quellen",
                                   "einzelnachweise",
                                   "literatur",
                                   "références",
                                   "notes et références",
                                   "fuentes",
                                   "referencias",
                                   "notas",
                                   "fontes",
                                   "referências",
                                   "fonti",
                                   "note",
                                   "bronnen",
                                   "источники",
                                   "примечания",
                                   "出典",
                                   "参考文献",
                                   "脚注",
                                   "来源",
                                   "参考资料",
                                   "출처",
                                   "참고 문헌",
                                   "المصادر",
                                   "المراجع"})
        if (low == label) return true;
    return false;
}

bool image_name_line(std::string_view line) {
    line = trim(line);
    return image_file_name(line) || named_image_line(line);
}

bool credit_label_line(std::string_view line) {
    const std::string low = to_lower(trim(line));
    std::string_view rest;
    for (const Label& l : kLabels)
        if (l.kind == Furniture::Credit && has_label(low, l.text, rest)) return true;
    return false;
}

bool is_boilerplate(std::string_view line) {
    return classify_furniture(line).kind != Furniture::None;
}

const char* furniture_name(Furniture kind) {
    switch (kind) {
        case Furniture::Share:
            return "share widget";
        case Furniture::Teaser:
            return "teaser";
        case Furniture::Shop:
            return "shop line";
        case Furniture::Credit:
            return "image credit";
        case Furniture::Follow:
            return "follow prompt";
        case Furniture::LinkBlock:
            return "link block";
        case Furniture::Url:
            return "link";
        case Furniture::Footer:
            return "page footer";
        default:
            return "web boilerplate";
    }
}

}  // namespace galley::read
