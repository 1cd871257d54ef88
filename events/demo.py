"""Demo events stated by the documents in shared/seeds, in English (the seeds' language),
Russian and Kazakh.

Needs partners.demo.build() first (organisations and projects by slug). Every object is
keyed on a natural key (series slug; event slug and year; role; session title) and saved
only when it differs (core.demo), so running this twice changes nothing.
"""

import datetime

from core.demo import demo_upsert, translated_all
from partners.models import Organisation, Project

from .models import Event, EventOrganisation, EventSeries, Session

R = EventOrganisation.Role

# Each text in English (as the seeds give it), Russian and Kazakh (core.demo.translated):
# the same facts, written as a reader of each language expects them.

FORUM_SERIES = {
    "slug": "expert-forum-criminal-justice-central-asia",
    "title": {
        "en": "Expert Forum on Criminal Justice for Central Asia",
        "ru": "Экспертный форум по уголовному правосудию для Центральной Азии",
        "kk": "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі сарапшылар форумы",
    },
    "description": {
        "en": "A yearly regional forum where judges, prosecutors, lawyers, civil society and "
        "international experts from Central Asia review criminal justice reform.",
        "ru": "Ежегодный региональный форум, на котором судьи, прокуроры, юристы, "
        "представители гражданского общества и международные эксперты из Центральной Азии "
        "обсуждают ход реформы уголовного правосудия.",
        "kk": "Орталық Азиядағы судьялар, прокурорлар, заңгерлер, азаматтық қоғам өкілдері "
        "мен халықаралық сарапшылар қылмыстық сот төрелігі реформасының барысын "
        "талқылайтын жыл сайынғы өңірлік форум.",
    },
}

PRESENTED_PROJECT = {
    "en": "Coordinated Civil Society Action to Promote Rule of Law for All",
    "ru": "Скоординированные действия гражданского общества по продвижению верховенства "
    "права для всех",
    "kk": "Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық қоғамның "
    "үйлестірілген іс-қимылы",
}

#: The fields of an event spec that are texts in three languages.
EVENT_TEXTS = ("title", "city", "participant_note", "summary", "body")

EVENTS = [
    {
        "slug": "ninth-expert-forum-on-criminal-justice-for-central-asia",
        "title": {
            "en": "Ninth Expert Forum on Criminal Justice for Central Asia",
            "ru": "Девятый экспертный форум по уголовному правосудию для Центральной Азии",
            "kk": "Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі тоғызыншы "
            "сарапшылар форумы",
        },
        "kind": Event.Kind.FORUM,
        "series": FORUM_SERIES["slug"],
        "edition": 9,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 11, 20),
        "end_date": datetime.date(2024, 11, 21),
        "city": {"en": "Astana", "ru": "Астана", "kk": "Астана"},
        "country": "KZ",
        "participant_count": 220,
        "participant_note": {
            "en": "Over 220 participants: judges, prosecutors, lawyers, civil society "
            "representatives and international experts",
            "ru": "Более 220 участников: судьи, прокуроры, юристы, представители "
            "гражданского общества и международные эксперты",
            "kk": "220-дан астам қатысушы: судьялар, прокурорлар, заңгерлер, азаматтық "
            "қоғам өкілдері және халықаралық сарапшылар",
        },
        "participating_countries": ["KZ", "KG", "UZ", "TJ", "TM", "MN"],
        "summary": {
            "en": "Over 220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, "
            "Turkmenistan and Mongolia examined Central Asian criminal justice reforms from "
            "2021 to 2024.",
            "ru": "Более 220 участников из Казахстана, Кыргызстана, Узбекистана, "
            "Таджикистана, Туркменистана и Монголии рассмотрели реформы уголовного "
            "правосудия в Центральной Азии за 2021–2024 годы.",
            "kk": "Қазақстан, Қырғызстан, Өзбекстан, Тәжікстан, Түрікменстан және "
            "Моңғолиядан келген 220-дан астам қатысушы Орталық Азиядағы 2021–2024 "
            "жылдардағы қылмыстық сот төрелігі реформаларын қарастырды.",
        },
        "body": {
            "en": "The forum examined Central Asian criminal justice reforms from 2021 to 2024: "
            "the independence of the judiciary, access to justice, human rights in pre-trial "
            "investigation, investigative effectiveness, penitentiary reform and probation, "
            "and the digitalisation of justice systems, including ethical AI considerations."
            "\n\n"
            "It served as a platform for sharing best practices, identifying challenges and "
            "fostering collaboration among stakeholders in the region. The results of the "
            "discussions will contribute to cooperation to strengthen the rule of law and "
            "promote access to justice in Central Asia.\n\n"
            "Other regional programme offices of the OSCE in Central Asia also took part in "
            "organising the forum.",
            "ru": "Форум рассмотрел реформы уголовного правосудия в Центральной Азии за "
            "2021–2024 годы: независимость судебной власти, доступ к правосудию, права "
            "человека на стадии досудебного расследования, эффективность расследования, "
            "пенитенциарную реформу и пробацию, а также цифровизацию систем правосудия, "
            "включая этические аспекты искусственного интеллекта.\n\n"
            "Форум стал площадкой для обмена передовым опытом, выявления проблем и развития "
            "сотрудничества между заинтересованными сторонами в регионе. Итоги обсуждений "
            "будут способствовать сотрудничеству в укреплении верховенства права и "
            "расширении доступа к правосудию в Центральной Азии.\n\n"
            "В организации форума участвовали и другие региональные офисы программ ОБСЕ в "
            "Центральной Азии.",
            "kk": "Форум Орталық Азиядағы 2021–2024 жылдардағы қылмыстық сот төрелігі "
            "реформаларын қарастырды: сот билігінің тәуелсіздігі, сот төрелігіне "
            "қолжетімділік, сотқа дейінгі тергеудегі адам құқықтары, тергеудің тиімділігі, "
            "пенитенциарлық реформа және пробация, сондай-ақ сот төрелігі жүйелерін "
            "цифрландыру, соның ішінде жасанды интеллектінің этикалық аспектілері.\n\n"
            "Форум өңірдегі мүдделі тараптар арасында озық тәжірибе алмасуға, проблемаларды "
            "анықтауға және ынтымақтастықты дамытуға арналған алаң болды. Талқылаулардың "
            "нәтижелері Орталық Азияда заң үстемдігін нығайту және сот төрелігіне "
            "қолжетімділікті кеңейту жөніндегі ынтымақтастыққа ықпал етеді.\n\n"
            "Форумды ұйымдастыруға ЕҚЫҰ-ның Орталық Азиядағы басқа да өңірлік бағдарламалар "
            "офистері қатысты.",
        },
        "roles": [
            ("odihr", R.ORGANISER),
            ("lprc", R.ORGANISER),
            ("unodc", R.ORGANISER),
            ("undp", R.ORGANISER),
            ("dignity", R.ORGANISER),
            ("osce-astana", R.ORGANISER),
            ("eu", R.FUNDER),
            ("us-state-counterterrorism", R.FUNDER),
        ],
        "sessions": [
            {
                "title": {
                    "en": "Monitoring criminal justice",
                    "ru": "Мониторинг уголовного правосудия",
                    "kk": "Қылмыстық сот төрелігінің мониторингі",
                },
                "kind": Session.Kind.PANEL,
                "description": {
                    "en": "LPRC and IPHR, together with ODIHR, presented a methodology for "
                    "monitoring criminal justice and discussed the results of its pilot in "
                    "Kyrgyzstan. The session was held under the project “Coordinated Civil "
                    "Society Action to Promote the Rule of Law for All”.",
                    "ru": "LPRC и IPHR совместно с БДИПЧ ОБСЕ представили методологию "
                    "мониторинга уголовного правосудия и обсудили результаты её пилотного "
                    "применения в Кыргызстане. Сессия прошла в рамках проекта "
                    "«Скоординированные действия гражданского общества по продвижению "
                    "верховенства права для всех».",
                    "kk": "LPRC мен IPHR ЕҚЫҰ ДИАҚБ-мен бірлесіп қылмыстық сот төрелігінің "
                    "мониторингі әдістемесін таныстырды және оны Қырғызстанда пилоттық "
                    "сынаудың нәтижелерін талқылады. Сессия «Барлығы үшін заң үстемдігін "
                    "ілгерілетуге бағытталған азаматтық қоғамның үйлестірілген іс-қимылы» "
                    "жобасы аясында өтті.",
                },
                "leaders": ["lprc", "iphr", "odihr"],
            },
            {
                "title": {
                    "en": "Gender issues and the role of women in the justice system",
                    "ru": "Гендерные вопросы и роль женщин в системе правосудия",
                    "kk": "Гендерлік мәселелер және сот төрелігі жүйесіндегі әйелдердің рөлі",
                },
                "kind": Session.Kind.PANEL,
                "description": {
                    "en": "Gender-related issues, the role of women in the justice system, and "
                    "combating gender-based violence in the region.",
                    "ru": "Гендерные вопросы, роль женщин в системе правосудия и противодействие "
                    "гендерному насилию в регионе.",
                    "kk": "Гендерлік мәселелер, сот төрелігі жүйесіндегі әйелдердің рөлі және "
                    "өңірдегі гендерлік зорлық-зомбылыққа қарсы күрес.",
                },
                "leaders": [],
            },
        ],
    },
    {
        "slug": "rule-of-law-academy",
        "title": {
            "en": "Rule of Law Academy for Civil Society Representatives",
            "ru": "Академия верховенства права для представителей гражданского общества",
            "kk": "Азаматтық қоғам өкілдеріне арналған Заң үстемдігі академиясы",
        },
        "kind": Event.Kind.ACADEMY,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 8, 19),
        "end_date": datetime.date(2024, 8, 21),
        "city": {"en": "Almaty", "ru": "Алматы", "kk": "Алматы"},
        "country": "KZ",
        "participant_count": 42,
        "participant_note": {
            "en": "42 representatives of 27 civil society organisations from 13 regions of "
            "Kazakhstan",
            "ru": "42 представителя 27 организаций гражданского общества из 13 регионов Казахстана",
            "kk": "Қазақстанның 13 өңірінен 27 азаматтық қоғам ұйымының 42 өкілі",
        },
        "participating_countries": ["KZ"],
        "summary": {
            "en": "42 representatives of 27 civil society organisations from 13 regions of "
            "Kazakhstan trained on the rule of law, an independent judiciary, criminal and "
            "administrative justice, documentation and strategic litigation.",
            "ru": "42 представителя 27 организаций гражданского общества из 13 регионов "
            "Казахстана прошли обучение по вопросам верховенства права, независимого суда, "
            "уголовного и административного правосудия, документирования и стратегических "
            "судебных разбирательств.",
            "kk": "Қазақстанның 13 өңірінен 27 азаматтық қоғам ұйымының 42 өкілі заң "
            "үстемдігі, тәуелсіз сот, қылмыстық және әкімшілік сот төрелігі, құжаттау және "
            "стратегиялық сот істері бойынша оқудан өтті.",
        },
        "body": {
            "en": "The Academy aimed to increase legal literacy and strengthen the skills of "
            "civil society representatives in Kazakhstan working on human rights and the "
            "rights of children, women, youth, migrants, people with disabilities and other "
            "vulnerable groups. Its programme covered the rule of law, the role of an "
            "independent judiciary, criminal justice, administrative justice, documentation "
            "of human rights violations and strategic litigation.\n\n"
            "Participants joined the National Network for the Rule of Law in Kazakhstan "
            "(NNRLK), initiated by the Academy organisers to coordinate civil society action "
            "on justice reform.",
            "ru": "Академия была направлена на повышение правовой грамотности и укрепление "
            "навыков представителей гражданского общества Казахстана, которые работают в "
            "сфере прав человека и защиты прав детей, женщин, молодёжи, мигрантов, людей с "
            "инвалидностью и других уязвимых групп. Её программа охватывала верховенство "
            "права, роль независимой судебной власти, уголовное правосудие, административную "
            "юстицию, документирование нарушений прав человека и стратегические судебные "
            "разбирательства.\n\n"
            "Участники вошли в Национальную сеть за верховенство права в Казахстане "
            "(NNRLK), созданную по инициативе организаторов Академии для координации "
            "действий гражданского общества в сфере реформы правосудия.",
            "kk": "Академия адам құқықтары және балалардың, әйелдердің, жастардың, "
            "мигранттардың, мүмкіндігі шектеулі адамдардың және басқа да осал топтардың "
            "құқықтары саласында жұмыс істейтін Қазақстандағы азаматтық қоғам өкілдерінің "
            "құқықтық сауаттылығын арттыруға және дағдыларын нығайтуға бағытталды. Оның "
            "бағдарламасы заң үстемдігін, тәуелсіз сот билігінің рөлін, қылмыстық сот "
            "төрелігін, әкімшілік әділетті, адам құқықтарының бұзылуын құжаттауды және "
            "стратегиялық сот істерін қамтыды.\n\n"
            "Қатысушылар Академияны ұйымдастырушылардың бастамасымен азаматтық қоғамның сот "
            "төрелігі реформасы жөніндегі іс-қимылын үйлестіру үшін құрылған Қазақстандағы "
            "заң үстемдігі үшін ұлттық желіге (NNRLK) қосылды.",
        },
        "roles": [("lprc", R.ORGANISER), ("iphr", R.ORGANISER), ("eu", R.FUNDER)],
        "sessions": [],
    },
    {
        "slug": "presentation-rule-of-law-for-all",
        "title": {
            "en": f"Presentation of the project “{PRESENTED_PROJECT['en']}”",
            "ru": f"Презентация проекта «{PRESENTED_PROJECT['ru']}»",
            "kk": f"«{PRESENTED_PROJECT['kk']}» жобасының тұсаукесері",
        },
        "kind": Event.Kind.PRESENTATION,
        "project": "rule-of-law-for-all",
        "start_date": datetime.date(2024, 4, 11),
        "end_date": datetime.date(2024, 4, 11),
        "city": {"en": "Astana", "ru": "Астана", "kk": "Астана"},
        "country": "KZ",
        "participant_count": None,
        "participant_note": {
            "en": "Representatives of government agencies, civil society, lawyers, "
            "journalists, research institutions and international organisations",
            "ru": "Представители государственных органов, гражданского общества, юристы, "
            "журналисты, представители научно-исследовательских учреждений и международных "
            "организаций",
            "kk": "Мемлекеттік органдардың, азаматтық қоғамның өкілдері, заңгерлер, "
            "журналистер, ғылыми-зерттеу мекемелері мен халықаралық ұйымдардың өкілдері",
        },
        "participating_countries": ["KZ"],
        "summary": {
            "en": "The EU-funded project was presented in Astana. Johannes Baur, Head of "
            "Cooperation of the EU Delegation to Kazakhstan, spoke on why the rule of law "
            "matters for trust in state institutions.",
            "ru": "В Астане представили проект, финансируемый ЕС. Руководитель отдела "
            "сотрудничества Представительства ЕС в Казахстане Йоханнес Баур рассказал, почему "
            "верховенство права важно для доверия к государственным институтам.",
            "kk": "Астанада ЕО қаржыландыратын жобаның тұсаукесері өтті. ЕО-ның "
            "Қазақстандағы Өкілдігінің ынтымақтастық бөлімінің басшысы Йоханнес Баур заң "
            "үстемдігі мемлекеттік институттарға деген сенім үшін неліктен маңызды екенін "
            "айтты.",
        },
        "body": {
            "en": "“Rule of law is a key condition for the functioning of a society and a "
            "state. The respect of rule of law is essential for the trust of individuals in "
            "state institutions and for the transparent development of the economy. "
            "Kazakhstan has made reforms in this area in the past years and the European "
            "Union would like to support civil society to promote the rule of law further,” "
            "Mr Johannes Baur, Head of Cooperation of the Delegation of the European Union "
            "to the Republic of Kazakhstan, said in his speech.\n\n"
            "The project includes a Rule of Law Academy, a Rule of Law Platform to improve "
            "coordination and information sharing, support for monitoring the rule of law "
            "and criminal justice throughout Kazakhstan, and annual national rule of law "
            "forums.",
            "ru": "«Верховенство права — ключевое условие функционирования общества и "
            "государства. Соблюдение верховенства права необходимо для доверия людей к "
            "государственным институтам и для прозрачного развития экономики. За последние "
            "годы Казахстан провёл реформы в этой сфере, и Европейский союз хотел бы "
            "поддержать гражданское общество в дальнейшем продвижении верховенства права», — "
            "сказал в своём выступлении руководитель отдела сотрудничества Представительства "
            "Европейского союза в Республике Казахстан г-н Йоханнес Баур.\n\n"
            "Проект включает Академию верховенства права, Платформу верховенства права для "
            "лучшей координации и обмена информацией, поддержку мониторинга верховенства "
            "права и уголовного правосудия по всему Казахстану, а также ежегодные "
            "национальные форумы по верховенству права.",
            "kk": "«Заң үстемдігі — қоғам мен мемлекет жұмыс істеуінің басты шарты. Заң "
            "үстемдігін құрметтеу адамдардың мемлекеттік институттарға деген сенімі мен "
            "экономиканың ашық дамуы үшін аса маңызды. Қазақстан соңғы жылдары бұл салада "
            "реформалар жүргізді, ал Еуропалық Одақ азаматтық қоғамды заң үстемдігін одан "
            "әрі ілгерілетуде қолдағысы келеді», — деді өз сөзінде Еуропалық Одақтың "
            "Қазақстан Республикасындағы Өкілдігінің ынтымақтастық бөлімінің басшысы "
            "Йоханнес Баур мырза.\n\n"
            "Жоба Заң үстемдігі академиясын, үйлестіру мен ақпарат алмасуды жақсартуға "
            "арналған Заң үстемдігі платформасын, бүкіл Қазақстан бойынша заң үстемдігі мен "
            "қылмыстық сот төрелігінің мониторингін қолдауды, сондай-ақ жыл сайынғы ұлттық "
            "заң үстемдігі форумдарын қамтиды.",
        },
        "roles": [
            ("lprc", R.ORGANISER),
            ("iphr", R.ORGANISER),
            ("eu-delegation-kazakhstan", R.SUPPORTER),
            ("eu", R.FUNDER),
        ],
        "sessions": [],
    },
    {
        "slug": "just4all-third-steering-committee-meeting",
        "title": {
            "en": "Third JUST4ALL Steering Committee Meeting",
            "ru": "Третье заседание Руководящего комитета проекта JUST4ALL",
            "kk": "JUST4ALL жобасы Басқарушы комитетінің үшінші отырысы",
        },
        "kind": Event.Kind.STEERING_COMMITTEE,
        "project": "just4all",
        "start_date": datetime.date(2023, 10, 5),
        "end_date": datetime.date(2023, 10, 5),
        # The seed names the country but not the city, so the city stays blank.
        "city": "",
        "country": "KG",
        "participant_count": 60,
        "participant_note": {
            "en": "Some 60 stakeholders",
            "ru": "Около 60 представителей заинтересованных сторон",
            "kk": "Мүдделі тараптардың 60-қа жуық өкілі",
        },
        "participating_countries": ["KG"],
        "summary": {
            "en": "Some 60 stakeholders from the EU, UNODC, the Government and civil society "
            "reviewed progress on probation and criminal justice information management in "
            "the Kyrgyz Republic.",
            "ru": "Около 60 представителей ЕС, УНП ООН, правительства и гражданского общества "
            "обсудили ход работы по пробации и управлению информацией в уголовном правосудии "
            "Кыргызской Республики.",
            "kk": "ЕО, БҰҰ ЕҚБ, Үкімет пен азаматтық қоғамның 60-қа жуық өкілі Қырғыз "
            "Республикасындағы пробация және қылмыстық сот төрелігі саласындағы ақпаратты "
            "басқару жөніндегі жұмыстың барысын талқылады.",
        },
        "body": {
            "en": "The Ministry of Justice and the General Prosecutor's Office presented the "
            "project's main activities between March and September 2023: a Risk and Needs "
            "Assessment of probation clients, and a training strategy and curriculum for the "
            "Probation Department. Participants heard about the Memorandum of Cooperation "
            "between the Kyrgyz and Latvian probation services.\n\n"
            "Follow-up actions include raising public awareness of probation work, stronger "
            "cooperation with civil society, and better coordination between donors and "
            "Government counterparts.",
            "ru": "Министерство юстиции и Генеральная прокуратура представили основные "
            "мероприятия проекта с марта по сентябрь 2023 года: оценку рисков и потребностей "
            "клиентов пробации, а также стратегию и учебную программу подготовки кадров для "
            "Департамента пробации. Участникам рассказали о Меморандуме о сотрудничестве "
            "между службами пробации Кыргызстана и Латвии.\n\n"
            "Дальнейшие шаги включают информирование общества о работе пробации, укрепление "
            "сотрудничества с гражданским обществом и лучшую координацию между донорами и "
            "государственными партнёрами.",
            "kk": "Әділет министрлігі мен Бас прокуратура 2023 жылғы наурыз бен қыркүйек "
            "аралығындағы жобаның негізгі іс-шараларын таныстырды: пробация клиенттерінің "
            "тәуекелдері мен қажеттіліктерін бағалау, сондай-ақ Пробация департаментіне "
            "арналған оқыту стратегиясы мен оқу бағдарламасы. Қатысушыларға Қырғызстан мен "
            "Латвияның пробация қызметтері арасындағы Ынтымақтастық туралы меморандум "
            "жайында айтылды.\n\n"
            "Келесі қадамдарға пробация жұмысы туралы қоғамның хабардарлығын арттыру, "
            "азаматтық қоғаммен ынтымақтастықты нығайту және донорлар мен мемлекеттік "
            "әріптестер арасындағы үйлестіруді жақсарту кіреді.",
        },
        "roles": [
            ("unodc", R.ORGANISER),
            ("eu-delegation-kyrgyz-republic", R.CO_ORGANISER),
            ("kg-ministry-of-justice", R.PARTNER),
            ("kg-general-prosecutors-office", R.PARTNER),
            ("kg-probation-department", R.PARTNER),
            ("ludwig-boltzmann-institute", R.PARTNER),
            ("eu", R.FUNDER),
            ("unodc", R.FUNDER),
        ],
        "sessions": [
            {
                "title": {
                    "en": "Project activities, March to September 2023",
                    "ru": "Мероприятия проекта, март — сентябрь 2023 года",
                    "kk": "Жоба іс-шаралары, 2023 жылғы наурыз — қыркүйек",
                },
                "kind": Session.Kind.PLENARY,
                "description": {
                    "en": "Risk and needs assessment of probation clients; the training "
                    "strategy and curriculum of the Probation Department.",
                    "ru": "Оценка рисков и потребностей клиентов пробации; стратегия и "
                    "учебная программа подготовки кадров Департамента пробации.",
                    "kk": "Пробация клиенттерінің тәуекелдері мен қажеттіліктерін бағалау; "
                    "Пробация департаментінің оқыту стратегиясы мен оқу бағдарламасы.",
                },
                "leaders": ["kg-ministry-of-justice", "kg-general-prosecutors-office"],
            },
        ],
    },
]


def build() -> dict[str, int]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    projects = {p.slug: p for p in Project.objects.all()}
    series = demo_upsert(
        EventSeries,
        {"slug": FORUM_SERIES["slug"]},
        translated_all(
            {"title": FORUM_SERIES["title"], "description": FORUM_SERIES["description"]}
        ),
    )
    all_series = {series.slug: series}
    counts = {"series": 1, "events": 0, "roles": 0, "sessions": 0}
    for spec in EVENTS:
        fields = {
            key: value
            for key, value in spec.items()
            if key not in {"slug", "roles", "sessions", "series", "project", *EVENT_TEXTS}
        }
        fields.update(translated_all({name: spec[name] for name in EVENT_TEXTS}))
        fields["series"] = all_series.get(spec.get("series"))
        fields["project"] = projects.get(spec.get("project"))
        fields["status"] = Event.Status.PUBLISHED
        event = demo_upsert(
            Event, {"slug": spec["slug"], "start_date__year": spec["start_date"].year}, fields
        )
        counts["events"] += 1
        for order, (slug, role) in enumerate(spec["roles"]):
            demo_upsert(
                EventOrganisation,
                {"event": event, "organisation": organisations[slug], "role": role},
                {"order": order},
            )
            counts["roles"] += 1
        for order, session_spec in enumerate(spec["sessions"]):
            demo_upsert(
                Session,
                # Found by the English title: the one the seeds give.
                {"event": event, "title_en": session_spec["title"]["en"]},
                {
                    **translated_all(
                        {
                            "title": session_spec["title"],
                            "description": session_spec["description"],
                        }
                    ),
                    "kind": session_spec["kind"],
                    "order": order,
                    "leading_organisations": [
                        organisations[slug] for slug in session_spec["leaders"]
                    ],
                },
            )
            counts["sessions"] += 1
    return counts
