#include <catch2/catch.hpp>

#include "doc/Document.hpp"

using namespace galley::doc;

TEST_CASE("dump shows metadata and nested blocks readably") {
    Document d;
    d.meta.title = "A Title";
    d.meta.authors = {"Ann", "Bob"};
    d.meta.language = "en";
    Paragraph p;
    p.content = {Inline{Text{"Hello "}}, Inline{Emphasis{{Inline{Text{"big"}}}}}, Inline{Text{" "}},
                 Inline{Link{"https://x.org", {Inline{Text{"x.org"}}}}}};
    d.blocks.push_back({p, 3});
    d.blocks.push_back({Heading{2, {Inline{Text{"Part"}}}, "h-1-part"}, 5});
    List l;
    l.ordered = true;
    l.start = 3;
    l.items.push_back({Block{Paragraph{{Inline{Strong{{Inline{Text{"one"}}}}}}}, 6}});
    d.blocks.push_back({l, 6});
    d.blocks.push_back(
        {BlockQuote{{Block{Paragraph{{Inline{Text{"q"}}, Inline{LineBreak{}}}}, 8}}}, 8});
    d.blocks.push_back({SceneBreak{}, 9});
    CHECK(dump(d) ==
          "meta title: A Title\n"
          "meta author: Ann\n"
          "meta author: Bob\n"
          "meta language: en\n"
          "para: Hello _{big} <https://x.org|x.org>\n"
          "heading 2 #h-1-part: Part\n"
          "olist 3:\n"
          "  item:\n"
          "    para: *{one}\n"
          "quote:\n"
          "  para: q\\n\n"
          "scene-break\n");
}

TEST_CASE("direction_of knows right-to-left languages") {
    CHECK(direction_of("ar") == "rtl");
    CHECK(direction_of("he-IL") == "rtl");
    CHECK(direction_of("fa") == "rtl");
    CHECK(direction_of("en") == "ltr");
    CHECK(direction_of("hi") == "ltr");
    CHECK(direction_of("arn") == "ltr");  // Mapudungun: a prefix match would be wrong
}

TEST_CASE("plain_text flattens inlines") {
    Inlines in = {Inline{Text{"a "}}, Inline{Strong{{Inline{Emphasis{{Inline{Text{"b"}}}}}}}},
                  Inline{LineBreak{}}, Inline{Text{"c"}}};
    CHECK(plain_text(in) == "a b\nc");
}

TEST_CASE("dump shows code blocks line by line, inline code and strikethrough") {
    Document d;
    d.meta.title = "T";
    d.blocks.push_back(
        {Paragraph{{Inline{Text{"run "}}, Inline{Code{"make \"all\""}}, Inline{Text{" not "}},
                    Inline{Strikethrough{{Inline{Text{"ninja"}}}}}}},
         1});
    d.blocks.push_back({CodeBlock{"sh", "cd x\n\n  make"}, 2});
    d.blocks.push_back({CodeBlock{"", "plain"}, 6});
    CHECK(dump(d) ==
          "meta title: T\n"
          "para: run `{make \"all\"} not ~{ninja}\n"
          "code sh:\n"
          "  | cd x\n"
          "  | \n"
          "  |   make\n"
          "code:\n"
          "  | plain\n");
    CHECK(plain_text(std::get<Paragraph>(d.blocks[0].value).content) ==
          "run make \"all\" not ninja");
}

TEST_CASE("dump shows tables with column alignment, header and body rows") {
    Document d;
    Table t;
    t.columns = {ColumnAlign::Default, ColumnAlign::Right};
    t.head.push_back({{TableCell{{Inline{Text{"a"}}}}, TableCell{{Inline{Text{"b"}}}}}});
    t.body.push_back({{TableCell{{Inline{Strong{{Inline{Text{"1"}}}}}}}, TableCell{}}});
    d.blocks.push_back({t, 1});
    CHECK(dump(d) ==
          "table: default right\n"
          "  head: a | b\n"
          "  row: *{1} | \n");
}
