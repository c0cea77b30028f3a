// Front matter (YAML/TOML), shortcodes, quotes that touch letters, the dash rule, close
// languages (Nepali/Hindi/Marathi, Urdu/Persian/Arabic) and Chinese/Japanese line structure.
// Strings are real text (fixtures/SOURCES.md) unless marked otherwise.
#include <catch2/catch.hpp>

#include "TestSupport.hpp"
#include "base/Error.hpp"
#include "read/FrontMatter.hpp"
#include "read/Language.hpp"
#include "read/Shortcodes.hpp"
#include "read/SmartPunctuation.hpp"
#include "read/TextUtil.hpp"

using namespace galley::read;
using galley::read::test::fixture;
using galley::read::test::parse;
using galley::read::test::slurp;
namespace doc = galley::doc;

namespace {

/// The "file:line" a malformed block is reported at, or "" when it reads.
std::string error_at(const std::string& text) {
    try {
        read_front_matter(text, "post.md");
    } catch (const galley::Error& e) {
        CHECK(e.code() == galley::ErrorCode::InputInvalid);
        return e.file();
    }
    return "";
}

}  // namespace

TEST_CASE("YAML front matter: title, authors, date, language, keywords; lines counted") {
    // gohugoio/hugoDocs content/en/news/http2-server-push-in-hugo.md (Apache-2.0), whole block.
    const std::string hugo = slurp(fixture("hugo-frontmatter-shortcode.txt"));
    const FrontMatter fm = read_front_matter(hugo, "post.md");
    CHECK(fm.lines == 13);
    CHECK(fm.values.at("title") == "HTTP/2 Server Push in Hugo");
    CHECK(fm.values.at("date") == "2017-07-24");
    CHECK(fm.lists.at("author") == std::vector<std::string>{"bep"});
    CHECK(fm.lists.at("keywords") ==
          std::vector<std::string>{"blog"});  // categories: [blog]; keywords: [] adds none
    CHECK(fm.values.at("description").rfind("As every page in Hugo", 0) == 0);
    CHECK(fm.values.count("slug") == 0);  // keys galley has no use for are ignored

    // Authors as a list of maps with a name and as a list of strings; pandoc's "..." closer.
    const FrontMatter people = read_front_matter(
        "---\nauthor:\n  - name: Jane Roe\n    email: j@example.org\n  - John Doe\nlang: de-AT\n"
        "tags: [a, b]\ncategories: b\n...\nBody\n",
        "p.md");
    CHECK(people.lines == 9);
    CHECK(people.lists.at("author") == std::vector<std::string>{"Jane Roe", "John Doe"});
    CHECK(people.values.at("lang") == "de-AT");
    CHECK(people.lists.at("keywords") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("front matter: a list item with \";\" stays whole, a string \"A; B\" is two") {
    // Issue 13: list items never travel joined by "; " to be split again.
    const FrontMatter yaml = read_front_matter(
        "---\nauthor:\n  - \"Smith; Jr.\"\n  - B\ntags: [\"rock, paper\", \"x; y\"]\n---\n",
        "p.md");
    CHECK(yaml.lists.at("author") == std::vector<std::string>{"Smith; Jr.", "B"});
    CHECK(yaml.lists.at("keywords") == std::vector<std::string>{"rock, paper", "x; y"});
    const FrontMatter toml =
        read_front_matter("+++\nauthors = [\"Smith; Jr.\", \"B\"]\n+++\n", "p.md");
    CHECK(toml.lists.at("author") == std::vector<std::string>{"Smith; Jr.", "B"});
    const FrontMatter plain =
        read_front_matter("---\nauthor: \"A; B\"\nkeywords: \"a, b; c\"\n---\n", "p.md");
    CHECK(plain.lists.at("author") == std::vector<std::string>{"A", "B"});
    CHECK(plain.lists.at("keywords") == std::vector<std::string>{"a", "b", "c"});

    const doc::Document d = parse(
        "---\ntitle: T\nauthor:\n  - \"Smith; Jr.\"\n  - B\n---\n\nSome text of the article.\n");
    CHECK(d.meta.authors == std::vector<std::string>{"Smith; Jr.", "B"});
    const doc::Document two = parse("---\ntitle: T\nauthor: A; B\n---\n\nSome text.\n");
    CHECK(two.meta.authors == std::vector<std::string>{"A", "B"});
}

TEST_CASE("TOML front matter (Hugo's +++) with a native date") {
    const FrontMatter fm = read_front_matter(
        "+++\ntitle = \"Release notes\"\ndate = 2021-03-04T10:00:00Z\nauthors = [\"A\", \"B\"]\n"
        "+++\n\nText.\n",
        "p.md");
    CHECK(fm.lines == 5);
    CHECK(fm.values.at("title") == "Release notes");
    CHECK(fm.values.at("date") == "2021-03-04");
    CHECK(fm.lists.at("author") == std::vector<std::string>{"A", "B"});
    CHECK(error_at("+++\ntitle = \"x\"\ndate = = 3\n+++\n") == "post.md:3");
    std::string dotted = "a";
    for (int i = 0; i < 5000; ++i) dotted += ".a";
    CHECK(error_at("+++\ntitle = \"x\"\n[" + dotted + "]\n+++\n") == "post.md:3");
    CHECK(error_at("+++\n" + dotted + " = 1\n+++\n") == "post.md:2");
    CHECK(error_at("+++\ntitle = \"Wait.......................................\"\n+++\n") == "");
}

TEST_CASE("a leading rule or scene break is not front matter") {
    CHECK(read_front_matter("---\n\ntitle: x\n---\n", "p").lines == 0);       // blank after ---
    CHECK(read_front_matter("---\nA story begins.\n---\n", "p").lines == 0);  // prose
    CHECK(read_front_matter("---\ntitle: never closed\n\nText.\n", "p").lines == 0);
    CHECK(read_front_matter("Title\n---\n", "p").lines == 0);
    CHECK(read_front_matter("---\n---\nBody\n", "p").lines == 2);  // Jekyll's empty block
}

TEST_CASE("malformed front matter: one error at the line inside the article") {
    CHECK(error_at("---\ntitle: ok\nauthor: [unclosed\n---\nBody\n").rfind("post.md:", 0) == 0);
    CHECK(error_at("---\ntitle: a\n  b: c\n---\n") == "post.md:3");
    CHECK(error_at("---\n# a comment, then a list\n- a\n---\n") == "post.md:2");
    CHECK(error_at("---\ntitle: \"\\uD800\"\n---\n") == "post.md:2");  // not valid UTF-8
    // A quoted value never closed (yaml-cpp alone reads it to the end of the block).
    CHECK(error_at("---\ndate: 2024-01-02\ntitle: \"Unclosed\nauthor: Jane Roe\n---\n") ==
          "post.md:3");
    CHECK_FALSE(error_at("---\ntags: ['a', 'b\n---\n").empty());
    // Closed quotes read, with their escapes and a doubled single quote.
    CHECK(error_at("---\ntitle: \"A \\\"quoted\\\" word\"\nnote: 'it''s'\n---\n").empty());
    CHECK(error_at("---\ntitle: \"Two\n  lines\"\n---\n").empty());
    // Bounded before yaml-cpp recurses: deep flow nesting, deep block nesting, size.
    CHECK(error_at("---\nt: " + std::string(1000, '[') + "\n---\n") == "post.md:2");
    std::string deep = "---\n";
    for (int i = 0; i < 300; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    deep += "---\n";
    CHECK(error_at(deep) != "");
    CHECK(error_at("---\nt: " + std::string(70000, 'x') + "\n---\n") == "post.md:1");
}

TEST_CASE("front matter in an article: metadata, no body lines, sidecar and --meta win") {
    const std::string hugo = slurp(fixture("hugo-frontmatter-shortcode.txt"));
    galley::Diagnostics diags;
    const doc::Document d = parse_article(hugo, "post.md", {}, diags);
    CHECK(d.meta.title == "HTTP/2 Server Push in Hugo");
    CHECK(d.meta.authors == std::vector<std::string>{"bep"});
    CHECK(d.meta.date == "2017-07-24");
    CHECK(d.meta.language == "en");
    const std::string dump = doc::dump(d);
    CHECK(dump.find("slug") == std::string::npos);
    CHECK(dump.find("gohugoio-card") == std::string::npos);
    CHECK(dump.find("figure") == std::string::npos);
    // The first body line is body text, not taken for a title.
    CHECK(dump.find("recently announced support") != std::string::npos);

    ReadOptions o;
    o.meta["title"] = "From the command line";
    const doc::Document over = parse_article(hugo, "post.md", o, diags);
    CHECK(over.meta.title == "From the command line");
    CHECK(over.meta.authors == std::vector<std::string>{"bep"});

    galley::Diagnostics none;
    CHECK_THROWS_AS(parse_article("---\ntitle: Only metadata\n---\n\n", "p.md", {}, none),
                    galley::Error);

    const doc::Document lang = parse("---\ntitle: Ein Titel\nlang: de\n---\n\nEr sagte \"ja\".\n");
    CHECK(lang.meta.language == "de");
    CHECK(doc::dump(lang).find("\u201Eja\u201C") != std::string::npos);
}

TEST_CASE("shortcodes are dropped with a warning at their line; code keeps them") {
    galley::Diagnostics diags;
    const std::string text =
        "Intro.\n"
        "{{< figure src=\"x.png\" caption=\"A \"quoted\" caption\" >}}\n"
        "Prose with {{< ref \"other.md\" >}} inline and {{% note %}}.\n"
        "{% include image.html url=\"a.png\" %}\n"
        "{{ site.title }}\n"
        "Braces {{ in prose }} stay.\n"
        "`{{< example >}}` is how you write one.\n"
        "```\n{{< inside a fence >}}\n```\n"
        "{{< gallery\n  dir=\"/img\" >}}\nAfter.\n    {{< indented code >}}\n";
    const auto out = drop_shortcodes(text, "post.md", diags);
    REQUIRE(out);
    CHECK(*out ==
          "Intro.\n\nProse with inline and.\n\n\nBraces {{ in prose }} stay.\n"
          "`{{< example >}}` is how you write one.\n```\n{{< inside a fence >}}\n```\n\n\nAfter.\n"
          "    {{< indented code >}}\n");
    REQUIRE(diags.warnings().size() == 6);
    const int lines[] = {2, 3, 3, 4, 5, 11};
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(diags.warnings()[i].line == lines[i]);
        CHECK(diags.warnings()[i].message.rfind("dropped shortcode '", 0) == 0);
    }
    CHECK_FALSE(drop_shortcodes("No shortcodes {here}.\n", "p", diags));
}

TEST_CASE("no guillemets inside shortcode attributes or code spans") {
    // gohugoio/hugoDocs (Apache-2.0) shortcode, in an article read as French.
    const doc::Document d = parse(
        "Titre\n\nVoir {{< figure src=\"/images/blog/hugo-http2-push.png\" caption=\"Network "
        "log\" >}} et \"ceci\".\n\nLe code `x = \"a\"` reste.\n",
        "fr");
    const std::string dump = doc::dump(d);
    CHECK(dump.find("figure") == std::string::npos);
    CHECK(dump.find("«\u202Fceci\u202F»") != std::string::npos);
    CHECK(dump.find("`x = \"a\"`") != std::string::npos);
}

TEST_CASE("quotes that touch letters: Korean particles, Arabic prefixes") {
    // Global Voices Korean (CC BY 3.0), quotes straightened by us.
    CHECK(smart_punctuate("자신들의 \"자체 조사\" 결과 우리는 \"단지 블로그 싸이트\"에 불과하다고",
                          "ko") ==
          "자신들의 \u201C자체 조사\u201D 결과 우리는 \u201C단지 블로그 싸이트\u201D에 불과하다고");
    // UDHR Arabic (OHCHR), quotes and the tatweel added by us.
    CHECK(smart_punctuate("إيمانها بـ\"حقوق الإنسان الأساسية\" وبكرامة الفرد", "ar") ==
          "إيمانها بـ«حقوق الإنسان الأساسية» وبكرامة الفرد");
    CHECK(smart_punctuate("الاعتراف ب\"الكرامة المتأصلة\" في جميع", "ar") ==
          "الاعتراف ب«الكرامة المتأصلة» في جميع");
    // Gershayim inside a word stays straight.
    CHECK(smart_punctuate("צה\"ל הודיע", "he") == "צה\"ל הודיע");
}

TEST_CASE("one dash rule in every language: -- en dash, --- em dash") {
    for (const char* lang : {"en", "de", "fr", "ru", "ja", "ko", "ar", "hi", "es", "zh-Hans"}) {
        INFO(lang);
        CHECK(smart_punctuate("WASHINGTON (CNN) -- The", lang) == "WASHINGTON (CNN) \u2013 The");
        CHECK(smart_punctuate("pages 3--5", lang) == "pages 3\u20135");
        CHECK(smart_punctuate("wait---no", lang) == "wait\u2014no");
        CHECK(smart_punctuate("run galley --lang de", lang) == "run galley --lang de");
    }
}

TEST_CASE(
    "close languages: Nepali/Hindi/Marathi, Urdu/Persian/Arabic, Malay/Indonesian, "
    "Serbian/Russian") {
    CHECK(detect_language(slurp(fixture("udhr-npi-preamble.txt"))) == "ne");
    CHECK(detect_language(slurp(fixture("udhr-urd-preamble.txt"))) == "ur");
    CHECK(detect_language(slurp(fixture("udhr-pes-preamble.txt"))) == "fa");
    CHECK(detect_language(slurp(fixture("udhr-arb-quote-prefix.txt"))) == "ar");
    CHECK(detect_language(slurp(fixture("udhr-ind-preamble.txt"))) == "id");
    CHECK(detect_language(slurp(fixture("udhr-zlm-preamble.txt"))) == "ms");
    // UDHR article 20 in Serbian (OHCHR), and in Russian (corpus intl/udhr-rus.txt line 117).
    CHECK(detect_language("Свако има право на слободу мирног окупљања и удруживања.") == "sr");
    CHECK(detect_language("Каждый человек имеет право на свободу мирных собраний и ассоциаций.") ==
          "ru");
    // UDHR Hindi, article 1 (corpus intl/udhr-hin.txt line 27).
    CHECK(detect_language(
              "सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता और समानता प्राप्त है । उन्हें बुद्धि "
              "और अन्तरात्मा की देन प्राप्त है और परस्पर उन्हें भाईचारे के भाव से बर्ताव करना चाहिए ।") == "hi");
    // Marathi Wikipedia, नाटक (corpus intl/wikipedia-mr-853.txt line 3), CC BY-SA.
    CHECK(detect_language("नाटक म्हणजे जिवंत, मृत, पौराणिक, ऐतिहासिक किंवा काल्पनिक व्यक्ती किंवा प्राणी "
                          "यांच्या भूमिका करणाऱ्या नटांनी रंगमंचावर सादर केलेली, बहुधा संवादात्मक, अभिनयमय, "
                          "नृत्यमय किंवा काव्यात्मक कलाकृती असू शकते. नाटकामध्ये शब्दसंहिता, त्याचप्रमाणे कथानक, "
                          "त्यात असलेल्या विषयांचा तपशील, संवाद, पदे, वाद्यसंगीत, पार्श्वसंगीत, नृत्ये, संघर्ष, "
                          "उत्कंठा, नेपथ्य, वेश-रंगभूषा, प्रकाशयोजना, अभिनय आणि कथानक असू शकते.") == "mr");
}

TEST_CASE("Chinese and Japanese lines: a line without a full stop keeps its break") {
    // ja.wikipedia 画像 (corpus anthology/wp-ja-172.txt lines 39-45), CC BY-SA.
    const doc::Document d = parse(
        "画像\n\n画像の要素\n明度、彩度、輝度、透過度等がある。\n色の表現\n"
        "異なるデバイスで色表現が異ならないよう、カラーマネージメントシステムで各デバイスを制御する"
        "必要が"
        "ある。\n画像圧縮\n",
        "ja");
    CHECK(doc::dump(d).find("para: 画像の要素\\n明度、彩度、輝度、透過度等がある。\\n色の表現\\n"
                            "異なるデバイス") != std::string::npos);
    CHECK(doc::dump(d).find("必要がある。\\n画像圧縮") != std::string::npos);

    // ja.wikipedia 高橋しん (corpus anthology/wp-ja-242.txt lines 42-47), CC BY-SA: one work a
    // line, of similar lengths, none ending in a full stop — six lines, not one run of text.
    const doc::Document works = parse(slurp(fixture("wikipedia-ja-works.txt")), "ja");
    CHECK(doc::dump(works).find("2002年12月号）\\n白ネコのこと") != std::string::npos);
    CHECK(doc::dump(works).find("1996年7月24日号/後編：7月31日号）\\n黒い翼") != std::string::npos);

    // ja.wikipedia 形式言語 (corpus anthology/wp-ja-64.txt line 48), CC BY-SA; its line,
    // hard-wrapped at 40 characters by us reads as one line again.
    const std::string line =
        "形式言語は、「人や計算機の如何なる記号変換能力から如何なる思考能力や計算能力が生まれるか」"
        "の学としての広義の数理論理学の研究対象であり、従って形式言語は、哲学・言語学・計算機科学・"
        "数学基礎論・数理心理学等々において重要な役割を演ずる。";
    std::u32string u;
    for (std::size_t p = 0; p < line.size();) u += next_code_point(line, p);
    std::string wrapped = "題\n\n";
    for (std::size_t i = 0; i < u.size(); i += 40) {
        for (std::size_t k = i; k < std::min(u.size(), i + 40); ++k) append_utf8(wrapped, u[k]);
        wrapped += '\n';
    }
    wrapped += "\n後\n";
    const doc::Document w = parse(wrapped, "ja");
    CHECK(doc::dump(w).find("para: " + line + "\n") != std::string::npos);
}
