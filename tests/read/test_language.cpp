// Language identification (issue 10): script rules and close language pairs. Unless marked
// otherwise, sentences are Article 1 (some also Article 2) of the Universal Declaration of Human
// Rights in the official translations published by the UN OHCHR (public documents).
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "read/Language.hpp"

using galley::read::detect_language;

TEST_CASE("a script of one language decides it") {
    CHECK(detect_language("ყველა ადამიანი იბადება თავისუფალი და თანასწორი თავისი ღირსებითა და "
                          "უფლებებით.") == "ka");
    CHECK(detect_language("Բոլոր մարդիկ ծնվում են ազատ ու հավասար իրենց արժանապատվությամբ ու "
                          "իրավունքներով։") == "hy");
    CHECK(detect_language("Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και "
                          "τα δικαιώματα.") == "el");
    CHECK(detect_language("כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם.") == "he");
    CHECK(detect_language("אַלע מענטשן װערן געבוירן פֿרײַ און גלײַך אין כּבֿוד און רעכט.") == "yi");
    CHECK(detect_language("มนุษย์ทั้งหลายเกิดมามีอิสระและเสมอภาคกันในเกียรติศักด์และสิทธิ") == "th");
    CHECK(detect_language("மனிதப் பிறவியினர் சகலரும் சுதந்திரமாகவே பிறக்கின்றனர்") == "ta");
    CHECK(detect_language("ਸਾਰਾ ਮਨੁੱਖੀ ਪਰਵਾਰ ਆਪਣੀ ਮਹਿਮਾ, ਸ਼ਾਨ ਅਤੇ ਹੱਕਾਂ ਦੇ ਪੱਖ ਤੋਂ ਜਨਮ ਤੋਂ ਹੀ ਆਜ਼ਾਦ "
                          "ਹੈ") == "pa");
    CHECK(detect_language("সমস্ত মানুষ স্বাধীনভাবে সমান মর্যাদা এবং অধিকার নিয়ে জন্মগ্রহণ করে।") == "bn");
    CHECK(detect_language("সকলো মানুহ মৰ্য্যদা আৰু অধিকাৰত জন্মগতভাৱে স্বাধীন আৰু সমান।") == "as");
    CHECK(detect_language("የሰው ልጅ ሁሉ ሲወለድ ነጻና በክብርና በመብትም እኩልነት ያለው ነው።") == "am");
    CHECK(detect_language("모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다.") ==
          "ko");
    CHECK(detect_language("人人生而自由，在尊严和权利上一律平等。") == "zh-Hans");
    CHECK(detect_language("人人生而自由，在尊嚴和權利上一律平等。他們賦有理性和良心。") ==
          "zh-Hant");
}

TEST_CASE("kana make a text Japanese however many Latin letters it has") {
    // Constructed in the style of a Kubernetes blog post: code terms in Latin letters.
    CHECK(detect_language("Kubernetes v1.33では、Endpoints APIは非推奨になりました。"
                          "EndpointSlice APIを使ってください。kubectl get endpointslices "
                          "--all-namespacesで確認できます。") == "ja");
    // An English text quoting a little Chinese stays English (constructed).
    CHECK(detect_language("The protesters carried banners reading 反对监控 and 保护隐私 as they "
                          "marched through the business district of Hong Kong on Sunday "
                          "afternoon, asking the government to remove the cameras it had "
                          "installed without any public consultation.") == "en");
}

TEST_CASE("Latin-script languages by stop words and letters") {
    CHECK(detect_language("Toate ființele umane se nasc libere și egale în demnitate și în "
                          "drepturi. Ele sunt înzestrate cu rațiune și conștiință și trebuie să "
                          "se comporte unele față de altele în spiritul fraternității.") == "ro");
    CHECK(detect_language("Tots els éssers humans neixen lliures i iguals en dignitat i en "
                          "drets. Són dotats de raó i de consciència, i han de comportar-se "
                          "fraternalment els uns amb els altres.") == "ca");
    CHECK(detect_language("Alla människor är födda fria och lika i värde och rättigheter. De har "
                          "utrustats med förnuft och samvete och bör handla gentemot varandra i "
                          "en anda av broderskap.") == "sv");
    CHECK(detect_language("Kaikki ihmiset syntyvät vapaina ja tasavertaisina arvoltaan ja "
                          "oikeuksiltaan. Heille on annettu järki ja omatunto, ja heidän on "
                          "toimittava toisiaan kohtaan veljeyden hengessä.") == "fi");
    CHECK(detect_language("Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i "
                          "swych praw. Są oni obdarzeni rozumem i sumieniem i powinni postępować "
                          "wobec innych w duchu braterstwa.") == "pl");
    CHECK(detect_language("Minden emberi lény szabadon születik és egyenlő méltósága és joga "
                          "van. Az emberek, ésszel és lelkiismerettel bírván, egymással szemben "
                          "testvéri szellemben kell hogy viseltessenek.") == "hu");
    CHECK(detect_language("Të gjithë njerëzit lindin të lirë dhe të barabartë në dinjitet dhe në "
                          "të drejta. Ata kanë arsye dhe ndërgjegje dhe duhet të sillen ndaj "
                          "njëri-tjetrit me frymë vëllazërimi.") == "sq");
    CHECK(detect_language("Il-bnedmin kollha jitwieldu ħielsa u ugwali fid-dinjità u "
                          "d-drittijiet. Huma mogħnija bir-raġuni u bil-kuxjenza u għandhom "
                          "iġibu ruħhom ma' xulxin bi spirtu ta' aħwa.") == "mt");
    CHECK(detect_language("Alle menslike wesens word vry, met gelyke waardigheid en regte, "
                          "gebore. Hulle het rede en gewete en behoort in die gees van "
                          "broederskap teenoor mekaar op te tree.") == "af");
    CHECK(detect_language("Alle mensen worden vrij en gelijk in waardigheid en rechten geboren. "
                          "Zij zijn begiftigd met verstand en geweten, en behoren zich jegens "
                          "elkander in een geest van broederschap te gedragen.") == "nl");
}

TEST_CASE("close Latin-script pairs") {
    // Danish / Norwegian Bokmål.
    CHECK(detect_language("Alle mennesker er født frie og lige i værdighed og rettigheder. De er "
                          "udstyret med fornuft og samvittighed, og de bør handle mod hverandre "
                          "i en broderskabets ånd. Enhver har krav på alle de rettigheder og "
                          "friheder, som nævnes i denne erklæring.") == "da");
    CHECK(detect_language("Alle mennesker er født frie og med samme menneskeverd og "
                          "menneskerettigheter. De er utstyrt med fornuft og samvittighet og bør "
                          "handle mot hverandre i brorskapets ånd. Enhver har krav på alle de "
                          "rettigheter og friheter som er nevnt i denne erklæring.") == "nb");
    // Czech / Slovak.
    CHECK(detect_language("Všichni lidé rodí se svobodní a sobě rovní co do důstojnosti a práv. "
                          "Jsou nadáni rozumem a svědomím a mají spolu jednat v duchu "
                          "bratrství.") == "cs");
    CHECK(detect_language("Všetci ľudia sa rodia slobodní a sebe rovní, čo sa týka ich "
                          "dôstojnosti a práv. Sú obdarení rozumom a svedomím a majú spolu "
                          "jednať v bratskom duchu.") == "sk");
    // Croatian (ijekavian) / Serbian Latin (ekavian).
    CHECK(detect_language("Sva ljudska bića rađaju se slobodna i jednaka u dostojanstvu i "
                          "pravima. Ona su obdarena razumom i sviješću pa jedna prema drugima "
                          "trebaju postupati u duhu bratstva.") == "hr");
    CHECK(detect_language("Sva ljudska bića rađaju se slobodna i jednaka u dostojanstvu i "
                          "pravima. Ona su obdarena razumom i svešću i treba jedni prema drugima "
                          "da postupaju u duhu bratstva.") == "sr-Latn");
    // Indonesian / Malay.
    CHECK(detect_language("Semua orang dilahirkan merdeka dan mempunyai martabat dan hak-hak "
                          "yang sama. Mereka dikaruniai akal dan hati nurani dan hendaknya "
                          "bergaul satu sama lain dalam semangat persaudaraan.") == "id");
    CHECK(detect_language("Semua manusia dilahirkan bebas dan samarata dari segi kemuliaan dan "
                          "hak-hak. Mereka mempunyai pemikiran dan perasaan hati dan hendaklah "
                          "bertindak di antara satu sama lain dengan semangat "
                          "persaudaraan.") == "ms");
    // Spanish / Portuguese / Galician.
    CHECK(detect_language("Todos los seres humanos nacen libres e iguales en dignidad y derechos "
                          "y, dotados como están de razón y conciencia, deben comportarse "
                          "fraternalmente los unos con los otros.") == "es");
    CHECK(detect_language("Todos os seres humanos nascem livres e iguais em dignidade e em "
                          "direitos. Dotados de razão e de consciência, devem agir uns para com "
                          "os outros em espírito de fraternidade.") == "pt");
    CHECK(detect_language("Tódolos seres humanos nacen libres e iguais en dignidade e dereitos "
                          "e, dotados como están de razón e conciencia, débense comportar "
                          "fraternalmente uns cos outros.") == "gl");
    // Uzbek (Latin) / Turkish.
    CHECK(detect_language("Barcha odamlar erkin, qadr-qimmat va huquqlarda teng bo‘lib "
                          "tug‘iladilar. Ular aql va vijdon sohibidirlar va bir-birlari ila "
                          "birodarlarcha muomala qilishlari zarur.") == "uz");
    CHECK(detect_language("Bütün insanlar hür, haysiyet ve haklar bakımından eşit doğarlar. Akıl "
                          "ve vicdana sahiptirler ve birbirlerine karşı kardeşlik zihniyeti ile "
                          "hareket etmelidirler.") == "tr");
}

TEST_CASE("Cyrillic-script languages") {
    CHECK(detect_language("Всі люди народжуються вільними і рівними у своїй гідності та правах. "
                          "Вони наділені розумом і совістю і повинні діяти у відношенні один до "
                          "одного в дусі братерства.") == "uk");
    CHECK(detect_language("Усе людзі нараджаюцца свабоднымі і роўнымі ў сваёй годнасці і правах. "
                          "Яны надзелены розумам і сумленнем і павінны ставіцца адзін да аднаго "
                          "ў духу брацтва.") == "be");
    CHECK(detect_language("Всички хора се раждат свободни и равни по достойнство и права. Те са "
                          "надарени с разум и съвест и следва да се отнасят помежду си в дух на "
                          "братство.") == "bg");
    CHECK(detect_language("Сите човечки суштества се раѓаат слободни и еднакви по достоинство и "
                          "права. Тие се обдарени со разум и совест и треба да се однесуваат "
                          "еден кон друг во духот на братството.") == "mk");
    CHECK(detect_language("Сва људска бића рађају се слободна и једнака у достојанству и "
                          "правима. Она су обдарена разумом и свешћу и треба једни према "
                          "другима да поступају у духу братства.") == "sr");
    CHECK(detect_language("Тамоми одамон озод ба дунё меоянд ва аз лиҳози шаъну шараф ва ҳуқуқ "
                          "бо ҳам баробаранд. Онҳо соҳиби ақлу виҷдонанд ва бояд бо якдигар "
                          "бародарвор муомила кунанд.") == "tg");
}

TEST_CASE("more Latin- and Cyrillic-script languages") {
    CHECK(detect_language("Kõik inimesed sünnivad vabadena ja võrdsetena oma väärikuselt ja "
                          "õigustelt. Neile on antud mõistus ja südametunnistus ja nende "
                          "suhtumist üksteisesse peab kandma vendluse vaim.") == "et");
    CHECK(detect_language("Visi cilvēki piedzimst brīvi un vienlīdzīgi savā pašcieņā un "
                          "tiesībās. Viņi ir apveltīti ar saprātu un sirdsapziņu, un viņiem "
                          "jāizturas citam pret citu brālības garā.") == "lv");
    CHECK(detect_language("Visi žmonės gimsta laisvi ir lygūs savo orumu ir teisėmis. Jiems "
                          "suteiktas protas ir sąžinė ir jie turi elgtis vienas kito atžvilgiu "
                          "kaip broliai.") == "lt");
    CHECK(detect_language("Vsi ljudje se rodijo svobodni in imajo enako dostojanstvo in enake "
                          "pravice. Obdarjeni so z razumom in vestjo in bi morali ravnati drug z "
                          "drugim kakor bratje.") == "sl");
    CHECK(detect_language("Hver maður er borinn frjáls og jafn öðrum að virðingu og réttindum. "
                          "Menn eru gæddir vitsmunum og samvisku, og ber þeim að breyta "
                          "bróðurlega hverjum við annan.") == "is");
    CHECK(detect_language("Saolaítear gach duine den chine daonna saor agus comhionann i "
                          "ndínit agus i gcearta. Tá bua an réasúin agus an choinsiasa acu agus "
                          "ba cheart dóibh gníomhú i dtreo a chéile i spiorad an "
                          "bhráithreachais.") == "ga");
    CHECK(detect_language("Gizon-emakume guztiak aske jaiotzen dira, duintasun eta eskubide "
                          "berberak dituztela; eta ezaguera eta kontzientzia dutenez gero, "
                          "elkarren artean senide legez jokatu beharra dute.") == "eu");
    CHECK(detect_language("Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең "
                          "болып дүниеге келеді. Адамдарға ақыл-парасат, ар-ождан берілген, "
                          "сондықтан олар бір-бірімен туыстық, бауырмалдық қарым-қатынас "
                          "жасаулары тиіс.") == "kk");
    CHECK(detect_language("Хүн бүр төрж мэндлэхэд эрх чөлөөтэй, адилхан нэр төртэй, ижил "
                          "эрхтэй байдаг. Оюун ухаан, нандин чанар заяасан хүн гэгч өөр "
                          "хоорондоо ахан дүүгийн үзэл санаагаар харьцах учиртай.") == "mn");
}

TEST_CASE("African and Philippine Latin-script languages") {
    CHECK(detect_language("Ang lahat ng tao'y isinilang na malaya at pantay-pantay sa karangalan "
                          "at mga karapatan. Sila'y pinagkalooban ng katwiran at budhi at dapat "
                          "magpalagayan ang isa't isa sa diwa ng pagkakapatiran.") == "tl");
    CHECK(detect_language("Su dai 'yan-adam, ana haifuwarsu ne duka 'yantattu, kuma mutuncinsu "
                          "da haƙƙoƙinsu daidai ne da na kowa. Suna da hankali da tunani, saboda "
                          "haka duk abin da za su aikata wa juna, ya kamata su yi shi a cikin "
                          "'yan-uwanci.") == "ha");
    CHECK(detect_language("Gbogbo ènìyàn ni a bí ní òmìnira; iyì àti ẹ̀tọ́ kọ̀ọ̀kan sì dọ́gba. "
                          "Wọ́n ní ẹ̀bùn ti làákàyè àti ti ẹ̀rí-ọkàn, ó sì yẹ kí wọn ó máa hùwà "
                          "sí ara wọn gẹ́gẹ́ bí ọmọ ìyá.") == "yo");
    CHECK(detect_language("Aadanaha dhammaantiis wuxuu dhashaa isagoo xor ah kana siman xagga "
                          "sharafta iyo xuquuqada. Waxaa Alle siiyay aqoon iyo wacyi, waana in "
                          "qof la arkaa qofka kale ula dhaqmaa si walaaltinimo ah.") == "so");
}

TEST_CASE("detection is fast") {
    std::string text;
    for (int i = 0; i < 40; ++i)
        text +=
            "Alle mennesker er født frie og lige i værdighed og rettigheder. De er udstyret "
            "med fornuft og samvittighed, og de bør handle mod hverandre. ";
    const auto start = std::chrono::steady_clock::now();
    const std::string lang = detect_language(text);
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    CHECK(lang == "da");
    CHECK(ms < 50.0);  // a 6 KB article: well under a millisecond in a release build
}
