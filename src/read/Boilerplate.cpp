#include "read/Boilerplate.hpp"

#include <regex>
#include <set>
#include <string>

#include "read/TextUtil.hpp"

namespace galley::read {

namespace {

const std::set<std::string, std::less<>>& exact_lines() {
    static const std::set<std::string, std::less<>> lines = {
        // comments widgets
        "notify of",
        "inline feedbacks",
        "view all comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "comments",
        "no comments",
        "show comments",
        "load more comments",
        "oldest",
        "newest",
        "most voted",
        "login",
        "log in",
        "sign in",
        // sharing
        "share",
        "share this",
        "share this:",
        "share this article",
        "share this story",
        "share share",
        "share on facebook",
        "share on twitter",
        "tweet",
        "print",
        "print version",
        "print this",
        "print this page",
        "email this",
        "like this:",
        "like",
        "retweet this article!",
        "teile das:",
        "teilen",
        "teilen:",
        "drucken",
        "drucken etc.",
        "partager",
        "partager :",
        // navigation and page furniture
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "jump to navigation",
        "jump to search",
        "jump to navigation jump to search",
        "show navigation",
        "menu",
        "search",
        "home",
        "back to top",
        "top",
        "read more",
        "continue reading",
        "advertisement",
        "advertisements",
        "sponsored",
        "related",
        "related posts",
        "related articles",
        "related stories",
        "you may also like",
        "recommended",
        "more stories",
        "edit links",
        "other languages:",
        "beitrags-navigation",
        "post navigation",
        "ähnliche beiträge",
        "schreibe eine antwort",
        "weiter »",
        "« zurück",
        "loading...",
        "loading…",
        "donate now",
        "subscribe",
        "subscribe now",
        "sign up",
        "newsletter",
        "follow us",
        "laisser un commentaire",
        "articles similaires",
        // footers
        "privacy policy",
        "cookie statement",
        "cookie policy",
        "cookies",
        "terms of use",
        "terms of service",
        "mobile view",
        "disclaimers",
        "contact us",
        "about wikipedia",
        "contact wikipedia",
        "all rights reserved",
    };
    return lines;
}

const std::set<std::string, std::less<>>& social_words() {
    static const std::set<std::string, std::less<>> words = {
        "twitter",   "facebook",  "email",    "e-mail",    "linkedin",  "reddit",   "whatsapp",
        "pinterest", "tumblr",    "telegram", "print",     "share",     "mastodon", "instagram",
        "youtube",   "flipboard", "pocket",   "messenger", "copy link", "link",     "sms",
        "xing",      "this:",     "share:",   "drucken"};
    return words;
}

}  // namespace

bool is_boilerplate(std::string_view raw) {
    std::string_view line = trim(raw);
    if (line.substr(0, 2) == "- " || line.substr(0, 2) == "* ") line = trim(line.substr(2));
    if (line.empty() || code_point_count(line) > 160) return false;
    const std::string low = to_lower(line);
    if (exact_lines().count(low)) return true;

    const auto words = split_words(low);
    // "Twitter Facebook Email", "Share This: Twitter Facebook Email"
    bool all_social = !words.empty();
    for (std::string_view w : words)
        if (!social_words().count(w)) all_social = false;
    if (all_social) return true;

    // Every pattern below needs one of these starts or ends: lines without them are answered
    // without compiling the regex (about 4 million instructions, a fifth of a short article).
    auto starts = [&](std::string_view prefix) {
        return low.compare(0, prefix.size(), prefix) == 0;
    };
    const bool may_match = (low[0] >= '0' && low[0] <= '9') || starts("comment") ||
                           starts("share ") || starts("click to ") || starts("we ") ||
                           starts("this ") || starts("our ") || starts("accept ") ||
                           starts("allow ") || starts("manage ") || starts("follow us on ") ||
                           starts("\u2190 ") || starts("previous ") || starts("next ") ||
                           starts("tag") || low.find("newsletter") != std::string::npos ||
                           (low.size() > 4 && low.compare(low.size() - 4, 4, " \u2192") == 0);
    if (!may_match) return false;
    static const std::regex patterns(
        "^(\\d+ (comments?|responses?|replies|kommentare?|commentaires?)"
        "|comments? \\(\\d+\\)"
        "|share (this|on) [^.]{0,60}"
        "|click to (share|email|print)[^.]{0,60}"
        "|(we|this (web)?site|our site) uses? cookies.*"
        "|(accept|allow|manage) (all )?cookies.*"
        "|.{0,40}(subscribe|sign up|signup)( now)? (to|for) (our|the) (free |weekly |daily "
        ")?newsletter.{0,40}"
        "|follow us on [^.]{0,60}"
        "|← .{1,120}"
        "|.{1,120} →"
        "|(previous|next) (post|article|story)s?:? .{0,100}"
        "|tags?: .{0,120}"
        ")$",
        std::regex::icase | std::regex::ECMAScript);
    return std::regex_match(low, patterns);
}

}  // namespace galley::read
