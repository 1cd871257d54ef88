"""The demo's texts in Russian and Kazakh, by their English text (as the seeds give it).

A text the demo (demo.py) writes in English is given in these languages when it is
found here word for word; a text not found (new, or changed since it was translated)
stays English, and the pages show it marked as such. Never a fact of its own: each
entry says what its English text says.
"""

TEXTS: list[dict[str, str]] = [
    {
        "en": "62, Kosmonavtov str., 7th floor, Astana 010000, Kazakhstan. Tel: +7 (7172) 97 45 "
        "40. Email: delegation-kazakhstan@eeas.europa.eu",
        "kk": "Космонавтов көшесі, 62, 7-қабат, Астана 010000, Қазақстан. Тел.: +7 (7172) 97 45 "
        "40. Эл. пошта: delegation-kazakhstan@eeas.europa.eu",
        "ru": "ул. Космонавтов, 62, 7-й этаж, Астана 010000, Казахстан. Тел.: +7 (7172) 97 45 "
        "40. Эл. почта: delegation-kazakhstan@eeas.europa.eu",
    },
    {"en": "Ashita Mittal", "kk": "Ашита Миттал", "ru": "Ашита Миттал"},
    {
        "en": "Bureau of Counterterrorism, U.S. Department of State",
        "kk": "АҚШ Мемлекеттік департаментінің Терроризмге қарсы күрес бюросы",
        "ru": "Бюро по борьбе с терроризмом Государственного департамента США",
    },
    {
        "en": "Coordinated Civil Society Action to Promote the Rule of Law for All",
        "kk": "Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық қоғамның "
        "үйлестірілген іс-қимылы",
        "ru": "Скоординированные действия гражданского общества по продвижению верховенства "
        "права для всех",
    },
    {
        "en": "Delegation of the European Union to the Kyrgyz Republic",
        "kk": "Еуропалық Одақтың Қырғыз Республикасындағы Өкілдігі",
        "ru": "Представительство Европейского союза в Кыргызской Республике",
    },
    {
        "en": "Delegation of the European Union to the Republic of Kazakhstan",
        "kk": "Еуропалық Одақтың Қазақстан Республикасындағы Өкілдігі",
        "ru": "Представительство Европейского союза в Республике Казахстан",
    },
    {
        "en": "Dignity Public Association",
        "kk": "«Dignity» қоғамдық бірлестігі",
        "ru": "Общественное объединение «Dignity»",
    },
    {
        "en": "Director of the Probation Department",
        "kk": "Пробация департаментінің директоры",
        "ru": "директор Департамента пробации",
    },
    {"en": "EU", "kk": "ЕО", "ru": "ЕС"},
    {
        "en": "EU Ambassador in the Kyrgyz Republic",
        "kk": "ЕО-ның Қырғыз Республикасындағы елшісі",
        "ru": "посол ЕС в Кыргызской Республике",
    },
    {"en": "European Union", "kk": "Еуропалық Одақ", "ru": "Европейский союз"},
    {
        "en": "General Prosecutor's Office of the Kyrgyz Republic",
        "kk": "Қырғыз Республикасының Бас прокуратурасы",
        "ru": "Генеральная прокуратура Кыргызской Республики",
    },
    {"en": "IPHR", "kk": "IPHR", "ru": "IPHR"},
    {
        "en": "Increases the capacity of civil society to support the rule of law and respond to "
        "challenges in the criminal justice system in Kazakhstan.",
        "kk": "Азаматтық қоғамның заң үстемдігін қолдау және Қазақстандағы қылмыстық сот "
        "төрелігі жүйесіндегі проблемаларға ден қою әлеуетін арттырады.",
        "ru": "Укрепляет потенциал гражданского общества в поддержке верховенства права и "
        "реагировании на проблемы системы уголовного правосудия в Казахстане.",
    },
    {
        "en": "International Partnership for Human Rights",
        "kk": "Адам құқықтары жөніндегі халықаралық әріптестік",
        "ru": "Международное партнёрство за права человека",
    },
    {"en": "Iotam Lerer", "kk": "Иотам Лерер", "ru": "Иотам Лерер"},
    {"en": "JUST4ALL", "kk": "JUST4ALL", "ru": "JUST4ALL"},
    {"en": "Johannes Baur", "kk": "Йоханнес Баур", "ru": "Йоханнес Баур"},
    {
        "en": "Justice for All (JUST4ALL)",
        "kk": "Барлығы үшін сот төрелігі (JUST4ALL)",
        "ru": "Правосудие для всех (JUST4ALL)",
    },
    {"en": "Kuban Kazakov", "kk": "Кубан Казаков", "ru": "Кубан Казаков"},
    {"en": "LPRC", "kk": "LPRC", "ru": "LPRC"},
    {"en": "LPRC coordinator", "kk": "LPRC үйлестірушісі", "ru": "координатор LPRC"},
    {
        "en": "Legal Policy Research Centre",
        "kk": "Құқықтық саясатты зерттеу орталығы",
        "ru": "Центр исследования правовой политики",
    },
    {
        "en": "Ludwig Boltzmann Institute of Fundamental and Human Rights",
        "kk": "Людвиг Больцман атындағы Іргелі құқықтар және адам құқықтары институты",
        "ru": "Институт фундаментальных прав и прав человека имени Людвига Больцмана",
    },
    {"en": "Marilyn Josefson", "kk": "Мэрилин Йозефсон", "ru": "Мэрилин Йозефсон"},
    {
        "en": "Ministry of Justice of the Kyrgyz Republic",
        "kk": "Қырғыз Республикасының Әділет министрлігі",
        "ru": "Министерство юстиции Кыргызской Республики",
    },
    {"en": "NNRLK", "kk": "NNRLK", "ru": "NNRLK"},
    {
        "en": "National Network for the Rule of Law in Kazakhstan",
        "kk": "Қазақстандағы заң үстемдігі үшін ұлттық желі",
        "ru": "Национальная сеть за верховенство права в Казахстане",
    },
    {"en": "ODIHR", "kk": "ЕҚЫҰ ДИАҚБ", "ru": "БДИПЧ ОБСЕ"},
    {
        "en": "OSCE Office for Democratic Institutions and Human Rights",
        "kk": "ЕҚЫҰ-ның Демократиялық институттар және адам құқықтары жөніндегі бюросы",
        "ru": "Бюро ОБСЕ по демократическим институтам и правам человека",
    },
    {
        "en": "OSCE Programme Office in Astana",
        "kk": "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
        "ru": "Офис программ ОБСЕ в Астане",
    },
    {"en": "Olga Miroshnichenko", "kk": "Ольга Мирошниченко", "ru": "Ольга Мирошниченко"},
    {
        "en": "Probation Department of the Kyrgyz Republic",
        "kk": "Қырғыз Республикасының Пробация департаменті",
        "ru": "Департамент пробации Кыргызской Республики",
    },
    {
        "en": "The European Union is an economic and political union of 27 European countries. "
        "It is founded on the values of respect for human dignity, freedom, democracy, "
        "equality, the rule of law and respect for human rights, including the rights of "
        "persons belonging to minorities. It acts globally to promote sustainable "
        "development of societies, environment and economies, so that everyone can "
        "benefit.",
        "kk": "Еуропалық Одақ — 27 еуропалық елдің экономикалық және саяси одағы. Ол адамның "
        "қадір-қасиетін құрметтеу, бостандық, демократия, теңдік, заң үстемдігі және адам "
        "құқықтарын, соның ішінде азшылықтарға жататын адамдардың құқықтарын құрметтеу "
        "құндылықтарына негізделген. Еуропалық Одақ әркім игілігін көруі үшін қоғамның, "
        "қоршаған ортаның және экономиканың тұрақты дамуына бүкіл әлемде жәрдемдеседі.",
        "ru": "Европейский союз — экономический и политический союз 27 европейских стран. Он "
        "основан на ценностях уважения человеческого достоинства, свободы, демократии, "
        "равенства, верховенства права и соблюдения прав человека, включая права лиц, "
        "принадлежащих к меньшинствам. Европейский союз действует по всему миру, "
        "содействуя устойчивому развитию обществ, окружающей среды и экономики, чтобы от "
        "этого выигрывал каждый.",
    },
    {
        "en": "This project is funded by the European Union\n"
        "Delegation of the European Union to the Republic of Kazakhstan\n"
        "62, Kosmonavtov str., 7th floor\n"
        "Astana 010000, Kazakhstan\n"
        "Tel: +7 (7172) 97 45 40\n"
        "Email: delegation-kazakhstan@eeas.europa.eu\n"
        "Website: https://eeas.europa.eu/delegations/kazakhstan",
        "kk": "Бұл жобаны Еуропалық Одақ қаржыландырады\n"
        "Еуропалық Одақтың Қазақстан Республикасындағы Өкілдігі\n"
        "Космонавтов көшесі, 62, 7-қабат\n"
        "Астана 010000, Қазақстан\n"
        "Тел.: +7 (7172) 97 45 40\n"
        "Эл. пошта: delegation-kazakhstan@eeas.europa.eu\n"
        "Сайт: https://eeas.europa.eu/delegations/kazakhstan",
        "ru": "Этот проект финансируется Европейским союзом\n"
        "Представительство Европейского союза в Республике Казахстан\n"
        "ул. Космонавтов, 62, 7-й этаж\n"
        "Астана 010000, Казахстан\n"
        "Тел.: +7 (7172) 97 45 40\n"
        "Эл. почта: delegation-kazakhstan@eeas.europa.eu\n"
        "Сайт: https://eeas.europa.eu/delegations/kazakhstan",
    },
    {"en": "UNDP", "kk": "БҰҰДБ", "ru": "ПРООН"},
    {"en": "UNODC", "kk": "БҰҰ ЕҚБ", "ru": "УНП ООН"},
    {
        "en": "UNODC Regional Representative for Central Asia",
        "kk": "БҰҰ ЕҚБ-ның Орталық Азиядағы өңірлік өкілі",
        "ru": "региональный представитель УНП ООН в Центральной Азии",
    },
    {
        "en": "United Nations Development Programme",
        "kk": "Біріккен Ұлттар Ұйымының Даму бағдарламасы",
        "ru": "Программа развития Организации Объединённых Наций",
    },
    {
        "en": "United Nations Office on Drugs and Crime",
        "kk": "Біріккен Ұлттар Ұйымының Есірткі және қылмыс жөніндегі басқармасы",
        "ru": "Управление Организации Объединённых Наций по наркотикам и преступности",
    },
    {"en": "Vasilina Brazhko", "kk": "Василина Бражко", "ru": "Василина Бражко"},
    # Honorifics as each language writes them; Kazakh "мырза" and "ханым" follow the name
    # (Person.full_name).
    {"en": "Mr", "kk": "мырза", "ru": "г-н"},
    {"en": "Ms", "kk": "ханым", "ru": "г-жа"},
    {"en": "Dr", "kk": "доктор", "ru": "д-р"},
    {"en": "H.E.", "kk": "Мәртебелі", "ru": "Е. П."},
    {"en": "WhatsApp", "kk": "WhatsApp", "ru": "WhatsApp"},
]

# English text → its texts in every language.
TRANSLATIONS: dict[str, dict[str, str]] = {text["en"]: text for text in TEXTS}
