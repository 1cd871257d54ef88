"""The demo's texts in Russian and Kazakh, by their English text (as the seeds give it).

A text the demo (demo.py) writes in English is given in these languages when it is
found here word for word; a text not found (new, or changed since it was translated)
stays English, and the pages show it marked as such. Never a fact of its own: each
entry says what its English text says.
"""

TEXTS: list[dict[str, str]] = [
    {
        "en": "participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan "
        "and Mongolia, including judges, prosecutors, lawyers, civil society representatives "
        "and international experts",
        "kk": "Қазақстан, Қырғызстан, Өзбекстан, Тәжікстан, Түрікменстан және Моңғолиядан "
        "келген қатысушы, соның ішінде судьялар, прокурорлар, заңгерлер, азаматтық қоғам "
        "өкілдері және халықаралық сарапшылар",
        "ru": "участников из Казахстана, Кыргызстана, Узбекистана, Таджикистана, Туркменистана "
        "и Монголии, в том числе судей, прокуроров, юристов, представителей гражданского "
        "общества и международных экспертов",
    },
    {
        "en": "A dedicated session highlighted gender-related issues and the role of women in "
        "the justice system, and combating gender-based violence in the region.",
        "kk": "Арнайы сессия гендерлік мәселелерге, сот төрелігі жүйесіндегі әйелдердің рөліне "
        "және өңірдегі гендерлік зорлық-зомбылыққа қарсы күреске арналды.",
        "ru": "Отдельная сессия была посвящена гендерным вопросам и роли женщин в системе "
        "правосудия, а также противодействию гендерному насилию в регионе.",
    },
    {
        "en": "42 representatives of 27 civil society organisations from 13 regions of "
        "Kazakhstan trained on the rule of law, an independent judiciary, criminal and "
        "administrative justice, documentation and strategic litigation.",
        "kk": "Қазақстанның 13 өңірінен 27 азаматтық қоғам ұйымының 42 өкілі заң үстемдігі, "
        "тәуелсіз сот, қылмыстық және әкімшілік сот төрелігі, құжаттау және стратегиялық "
        "сот істері бойынша оқудан өтті.",
        "ru": "42 представителя 27 организаций гражданского общества из 13 регионов Казахстана "
        "прошли обучение по вопросам верховенства права, независимого суда, уголовного и "
        "административного правосудия, документирования и стратегических судебных "
        "разбирательств.",
    },
    {"en": "Almaty", "kk": "Алматы", "ru": "Алматы"},
    {"en": "Astana", "kk": "Астана", "ru": "Астана"},
    {
        "en": "Expert Forum on Criminal Justice for Central Asia",
        "kk": "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі сарапшылар форумы",
        "ru": "Экспертный форум по уголовному правосудию для Центральной Азии",
    },
    {
        "en": "Gender issues and the role of women in the justice system",
        "kk": "Гендерлік мәселелер және сот төрелігі жүйесіндегі әйелдердің рөлі",
        "ru": "Гендерные вопросы и роль женщин в системе правосудия",
    },
    {
        "en": "LPRC and IPHR, together with ODIHR, presented a methodology for monitoring "
        "criminal justice and discussed the results of its pilot in Kyrgyzstan. The "
        "session was held under the project “Coordinated Civil Society Action to Promote "
        "the Rule of Law for All”.",
        "kk": "LPRC мен IPHR ЕҚЫҰ ДИАҚБ-мен бірлесіп қылмыстық сот төрелігінің мониторингі "
        "әдістемесін таныстырды және оны Қырғызстанда пилоттық сынаудың нәтижелерін "
        "талқылады. Сессия «Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық "
        "қоғамның үйлестірілген іс-қимылы» жобасы аясында өтті.",
        "ru": "LPRC и IPHR совместно с БДИПЧ ОБСЕ представили методологию мониторинга уголовного "
        "правосудия и обсудили результаты её пилотного применения в Кыргызстане. Сессия "
        "прошла в рамках проекта «Скоординированные действия гражданского общества по "
        "продвижению верховенства права для всех».",
    },
    {
        "en": "Monitoring criminal justice",
        "kk": "Қылмыстық сот төрелігінің мониторингі",
        "ru": "Мониторинг уголовного правосудия",
    },
    {
        "en": "Ninth Expert Forum on Criminal Justice for Central Asia",
        "kk": "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі тоғызыншы сарапшылар "
        "форумы",
        "ru": "Девятый экспертный форум по уголовному правосудию для Центральной Азии",
    },
    {
        "en": "Over 220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, "
        "Turkmenistan and Mongolia examined Central Asian criminal justice reforms from "
        "2021 to 2024.",
        "kk": "Қазақстан, Қырғызстан, Өзбекстан, Тәжікстан, Түрікменстан және Моңғолиядан келген "
        "220-дан астам қатысушы Орталық Азиядағы 2021–2024 жылдардағы қылмыстық сот "
        "төрелігі реформаларын қарастырды.",
        "ru": "Более 220 участников из Казахстана, Кыргызстана, Узбекистана, Таджикистана, "
        "Туркменистана и Монголии рассмотрели реформы уголовного правосудия в Центральной "
        "Азии за 2021–2024 годы.",
    },
    {
        "en": "Presentation of the project “Coordinated Civil Society Action to Promote Rule of "
        "Law for All”",
        "kk": "«Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық қоғамның "
        "үйлестірілген іс-қимылы» жобасының тұсаукесері",
        "ru": "Презентация проекта «Скоординированные действия гражданского общества по "
        "продвижению верховенства права для всех»",
    },
    {
        "en": "Rule of Law Academy for Civil Society Representatives",
        "kk": "Азаматтық қоғам өкілдеріне арналған Заң үстемдігі академиясы",
        "ru": "Академия верховенства права для представителей гражданского общества",
    },
    {
        "en": "Some 60 stakeholders from the EU, UNODC, the Government and civil society "
        "reviewed progress on probation and criminal justice information management in the "
        "Kyrgyz Republic.",
        "kk": "ЕО, БҰҰ ЕҚБ, Үкімет пен азаматтық қоғамның 60-қа жуық өкілі Қырғыз "
        "Республикасындағы пробация және қылмыстық сот төрелігі саласындағы ақпаратты "
        "басқару жөніндегі жұмыстың барысын талқылады.",
        "ru": "Около 60 представителей ЕС, УНП ООН, правительства и гражданского общества "
        "обсудили ход работы по пробации и управлению информацией в уголовном правосудии "
        "Кыргызской Республики.",
    },
    {
        "en": "The EU-funded project was presented in Astana. Johannes Baur, Head of Cooperation "
        "of the EU Delegation to Kazakhstan, spoke on why the rule of law matters for "
        "trust in state institutions.",
        "kk": "Астанада ЕО қаржыландыратын жобаның тұсаукесері өтті. ЕО-ның Қазақстандағы "
        "Өкілдігінің ынтымақтастық бөлімінің басшысы Йоханнес Баур заң үстемдігі "
        "мемлекеттік институттарға деген сенім үшін неліктен маңызды екенін айтты.",
        "ru": "В Астане представили проект, финансируемый ЕС. Руководитель отдела сотрудничества "
        "Представительства ЕС в Казахстане Йоханнес Баур рассказал, почему верховенство "
        "права важно для доверия к государственным институтам.",
    },
    {
        "en": "The forum examined Central Asian criminal justice reforms from 2021 to 2024: the "
        "independence of the judiciary, access to justice, human rights in pre-trial "
        "investigation, investigative effectiveness, penitentiary reform and probation, "
        "and the digitalisation of justice systems, including ethical AI considerations.\n"
        "\n"
        "It served as a platform for sharing best practices, identifying challenges and "
        "fostering collaboration among stakeholders in the region. The results of the "
        "discussions will contribute to cooperation to strengthen the rule of law and "
        "promote access to justice in Central Asia.\n"
        "\n"
        "Other regional programme offices of the OSCE in Central Asia also took part in "
        "organising the forum.",
        "kk": "Форум Орталық Азиядағы 2021–2024 жылдардағы қылмыстық сот төрелігі реформаларын "
        "қарастырды: сот билігінің тәуелсіздігі, сот төрелігіне қолжетімділік, сотқа "
        "дейінгі тергеудегі адам құқықтары, тергеудің тиімділігі, пенитенциарлық реформа "
        "және пробация, сондай-ақ сот төрелігі жүйелерін цифрландыру, соның ішінде жасанды "
        "интеллектінің этикалық аспектілері.\n"
        "\n"
        "Форум өңірдегі мүдделі тараптар арасында озық тәжірибе алмасуға, проблемаларды "
        "анықтауға және ынтымақтастықты дамытуға арналған алаң болды. Талқылаулардың "
        "нәтижелері Орталық Азияда заң үстемдігін нығайту және сот төрелігіне "
        "қолжетімділікті кеңейту жөніндегі ынтымақтастыққа ықпал етеді.\n"
        "\n"
        "Форумды ұйымдастыруға ЕҚЫҰ-ның Орталық Азиядағы басқа да өңірлік бағдарламалар "
        "офистері қатысты.",
        "ru": "Форум рассмотрел реформы уголовного правосудия в Центральной Азии за 2021–2024 "
        "годы: независимость судебной власти, доступ к правосудию, права человека на "
        "стадии досудебного расследования, эффективность расследования, пенитенциарную "
        "реформу и пробацию, а также цифровизацию систем правосудия, включая этические "
        "аспекты искусственного интеллекта.\n"
        "\n"
        "Форум стал площадкой для обмена передовым опытом, выявления проблем и развития "
        "сотрудничества между заинтересованными сторонами в регионе. Итоги обсуждений "
        "будут способствовать сотрудничеству в укреплении верховенства права и расширении "
        "доступа к правосудию в Центральной Азии.\n"
        "\n"
        "В организации форума участвовали и другие региональные офисы программ ОБСЕ в "
        "Центральной Азии.",
    },
    {
        "en": "Third JUST4ALL Steering Committee Meeting",
        "kk": "JUST4ALL жобасы Басқарушы комитетінің үшінші отырысы",
        "ru": "Третье заседание Руководящего комитета проекта JUST4ALL",
    },
]

# English text → its texts in every language.
TRANSLATIONS: dict[str, dict[str, str]] = {text["en"]: text for text in TEXTS}
