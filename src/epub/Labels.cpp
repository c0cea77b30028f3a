#include "epub/Labels.hpp"

#include <array>
#include <cctype>
#include <string_view>

namespace galley::epub {

namespace {

struct Row {
    std::string_view language, contents, landmarks, title_page, start, by, cover;
};

// Sorted by nothing in particular: looked up by a linear scan.
constexpr std::array<Row, 18> kRows = {{
    {"en", "Contents", "Landmarks", "Title page", "Start of text", "By", "Cover"},
    {"de", "Inhalt", "Orientierungspunkte", "Titelseite", "Textanfang", "Von", "Umschlag"},
    {"fr", "Table des matières", "Repères", "Page de titre", "Début du texte", "Par", "Couverture"},
    {"es", "Índice", "Puntos de referencia", "Portada", "Inicio del texto", "Por", "Cubierta"},
    {"it", "Indice", "Punti di riferimento", "Frontespizio", "Inizio del testo", "Di", "Copertina"},
    {"pt", "Sumário", "Pontos de referência", "Página de rosto", "Início do texto", "Por", "Capa"},
    {"nl", "Inhoud", "Oriëntatiepunten", "Titelpagina", "Begin van de tekst", "Door", "Omslag"},
    {"ru", "Содержание", "Ориентиры", "Титульная страница", "Начало текста", "", "Обложка"},
    {"el", "Περιεχόμενα", "Ορόσημα", "Σελίδα τίτλου", "Αρχή του κειμένου", "", "Εξώφυλλο"},
    {"ja", "目次", "ランドマーク", "扉", "本文", "", "表紙"},
    {"zh", "目录", "地标", "书名页", "正文", "", "封面"},
    {"vi", "Mục lục", "Mốc điều hướng", "Trang tiêu đề", "Bắt đầu văn bản", "", "Bìa"},
    {"tr", "İçindekiler", "Yer işaretleri", "Başlık sayfası", "Metnin başlangıcı", "", "Kapak"},
    {"az", "Mündəricat", "Orientirlər", "Titul səhifəsi", "Mətnin başlanğıcı", "", "Üz qabığı"},
    {"ar", "المحتويات", "معالم", "صفحة العنوان", "بداية النص", "", "الغلاف"},
    {"he", "תוכן העניינים", "ציוני דרך", "עמוד השער", "תחילת הטקסט", "", "כריכה"},
    {"hi", "विषय-सूची", "लैंडमार्क", "शीर्षक पृष्ठ", "पाठ का आरंभ", "", "आवरण"},
    {"mr", "अनुक्रमणिका", "खुणा", "शीर्षक पृष्ठ", "मजकुराची सुरुवात", "", "मुखपृष्ठ"},
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
    return Labels{found == &kRows[0] && primary != "en" ? "en" : language,
                  std::string(found->contents),
                  std::string(found->landmarks),
                  std::string(found->title_page),
                  std::string(found->start),
                  std::string(found->by),
                  std::string(found->cover)};
}

}  // namespace galley::epub
