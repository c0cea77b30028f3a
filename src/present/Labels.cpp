#include "present/Labels.hpp"

#include <array>
#include <cctype>
#include <string_view>

namespace galley::present {

namespace {

struct Row {
    std::string_view language, contents, landmarks, title_page, start, cover;
    std::string_view authors, editors, separator, last;
};

// Looked up by a linear scan. Languages whose bylines carry no word before the names (most
// outside western Europe) show the names alone; the conjunction joins the last two names as the
// language writes it (Arabic and Hebrew attach "و" / "ו" to the next word; Chinese and Japanese
// list names with the enumeration comma "、").
constexpr std::array<Row, 18> kRows = {{
    {"en", "Contents", "Landmarks", "Title page", "Start of text", "Cover", "By {}", "Edited by {}",
     ", ", " and "},
    {"de", "Inhalt", "Orientierungspunkte", "Titelseite", "Textanfang", "Umschlag", "Von {}",
     "Herausgegeben von {}", ", ", " und "},
    {"fr", "Table des matières", "Repères", "Page de titre", "Début du texte", "Couverture",
     "Par {}", "Sous la direction de {}", ", ", " et "},
    {"es", "Índice", "Puntos de referencia", "Portada", "Inicio del texto", "Cubierta", "Por {}",
     "Edición de {}", ", ", " y "},
    {"it", "Indice", "Punti di riferimento", "Frontespizio", "Inizio del testo", "Copertina",
     "Di {}", "A cura di {}", ", ", " e "},
    {"pt", "Sumário", "Pontos de referência", "Página de rosto", "Início do texto", "Capa",
     "Por {}", "Organização de {}", ", ", " e "},
    {"nl", "Inhoud", "Oriëntatiepunten", "Titelpagina", "Begin van de tekst", "Omslag", "Door {}",
     "Onder redactie van {}", ", ", " en "},
    {"ru", "Содержание", "Ориентиры", "Титульная страница", "Начало текста", "Обложка", "{}",
     "Под редакцией {}", ", ", " и "},
    {"el", "Περιεχόμενα", "Ορόσημα", "Σελίδα τίτλου", "Αρχή του κειμένου", "Εξώφυλλο", "{}",
     "Επιμέλεια: {}", ", ", " και "},
    {"ja", "目次", "ランドマーク", "扉", "本文", "表紙", "{}", "{} 編", "、", "、"},
    {"zh", "目录", "地标", "书名页", "正文", "封面", "{}", "{} 编", "、", "、"},
    {"vi", "Mục lục", "Mốc điều hướng", "Trang tiêu đề", "Bắt đầu văn bản", "Bìa", "{}",
     "Biên tập: {}", ", ", " và "},
    {"tr", "İçindekiler", "Yer işaretleri", "Başlık sayfası", "Metnin başlangıcı", "Kapak", "{}",
     "Yayına hazırlayan: {}", ", ", " ve "},
    {"az", "Mündəricat", "Orientirlər", "Titul səhifəsi", "Mətnin başlanğıcı", "Üz qabığı", "{}",
     "Redaktor: {}", ", ", " və "},
    {"ar", "المحتويات", "معالم", "صفحة العنوان", "بداية النص", "الغلاف", "{}", "تحرير: {}", "، ",
     " و"},
    {"he", "תוכן העניינים", "ציוני דרך", "עמוד השער", "תחילת הטקסט", "כריכה", "{}", "עריכה: {}",
     ", ", " ו"},
    {"hi", "विषय-सूची", "लैंडमार्क", "शीर्षक पृष्ठ", "पाठ का आरंभ", "आवरण", "{}", "संपादक: {}", ", ",
     " और "},
    {"mr", "अनुक्रमणिका", "खुणा", "शीर्षक पृष्ठ", "मजकुराची सुरुवात", "मुखपृष्ठ", "{}", "संपादक: {}", ", ",
     " आणि "},
}};

}  // namespace

Labels labels_for(const std::string& language) {
    std::string primary;
    for (char c : language) {
        if (c == '-' || c == '_') break;
        primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const Row* found = &kRows[0];
    for (const Row& row : kRows)
        if (row.language == primary) found = &row;
    auto s = [](std::string_view v) { return std::string(v); };
    return Labels{found == &kRows[0] && primary != "en" ? "en" : language,
                  s(found->contents),
                  s(found->landmarks),
                  s(found->title_page),
                  s(found->start),
                  s(found->cover),
                  s(found->authors),
                  s(found->editors),
                  s(found->separator),
                  s(found->last)};
}

}  // namespace galley::present
