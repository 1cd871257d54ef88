"""Demo content stated by the documents in shared/seeds: organisations, people, projects,
in English (the seeds' language), Russian and Kazakh.

Every object is keyed on its slug (a person on name and organisation, a participation on
project, organisation and role) and saved only when it differs (core.demo), so running this
twice changes nothing.
"""

import datetime
from decimal import Decimal

from core.demo import demo_upsert, translated_all

from .models import Organisation, Participation, Person, Project, SustainableDevelopmentGoal

# Each text in English (as the seeds give it), Russian and Kazakh (core.demo.translated):
# the same facts, written as a reader of each language expects them. A language left out
# is shown in another one, marked as such.

EU_DELEGATION_KZ = {
    "en": (
        "This project is funded by the European Union\n"
        "Delegation of the European Union to the Republic of Kazakhstan\n"
        "62, Kosmonavtov str., 7th floor\n"
        "Astana 010000, Kazakhstan\n"
        "Tel: +7 (7172) 97 45 40\n"
        "Email: delegation-kazakhstan@eeas.europa.eu\n"
        "Website: https://eeas.europa.eu/delegations/kazakhstan"
    ),
    "ru": (
        "Этот проект финансируется Европейским союзом\n"
        "Представительство Европейского союза в Республике Казахстан\n"
        "ул. Космонавтов, 62, 7-й этаж\n"
        "Астана 010000, Казахстан\n"
        "Тел.: +7 (7172) 97 45 40\n"
        "Эл. почта: delegation-kazakhstan@eeas.europa.eu\n"
        "Сайт: https://eeas.europa.eu/delegations/kazakhstan"
    ),
    "kk": (
        "Бұл жобаны Еуропалық Одақ қаржыландырады\n"
        "Еуропалық Одақтың Қазақстан Республикасындағы Өкілдігі\n"
        "Космонавтов көшесі, 62, 7-қабат\n"
        "Астана 010000, Қазақстан\n"
        "Тел.: +7 (7172) 97 45 40\n"
        "Эл. пошта: delegation-kazakhstan@eeas.europa.eu\n"
        "Сайт: https://eeas.europa.eu/delegations/kazakhstan"
    ),
}
EU_ABOUT = {
    "en": (
        "The European Union is an economic and political union of 27 European countries. It "
        "is founded on the values of respect for human dignity, freedom, democracy, equality, "
        "the rule of law and respect for human rights, including the rights of persons "
        "belonging to minorities. It acts globally to promote sustainable development of "
        "societies, environment and economies, so that everyone can benefit."
    ),
    "ru": (
        "Европейский союз — экономический и политический союз 27 европейских стран. Он "
        "основан на ценностях уважения человеческого достоинства, свободы, демократии, "
        "равенства, верховенства права и соблюдения прав человека, включая права лиц, "
        "принадлежащих к меньшинствам. Европейский союз действует по всему миру, содействуя "
        "устойчивому развитию обществ, окружающей среды и экономики, чтобы от этого "
        "выигрывал каждый."
    ),
    "kk": (
        "Еуропалық Одақ — 27 еуропалық елдің экономикалық және саяси одағы. Ол адамның "
        "қадір-қасиетін құрметтеу, бостандық, демократия, теңдік, заң үстемдігі және адам "
        "құқықтарын, соның ішінде азшылықтарға жататын адамдардың құқықтарын құрметтеу "
        "құндылықтарына негізделген. Еуропалық Одақ әркім игілігін көруі үшін қоғамның, "
        "қоршаған ортаның және экономиканың тұрақты дамуына бүкіл әлемде жәрдемдеседі."
    ),
}

K = Organisation.Kind
ORGANISATIONS = [
    # slug, name, short name, kind, country, website, description, funder statement
    (
        "lprc",
        {
            "en": "Legal Policy Research Centre",
            "ru": "Центр исследования правовой политики",
            "kk": "Құқықтық саясатты зерттеу орталығы",
        },
        {"en": "LPRC", "ru": "LPRC", "kk": "LPRC"},
        K.CIVIL_SOCIETY,
        "KZ",
        "https://lprc.kz",
        {
            "en": 'Public Foundation "Legal Policy Research Centre" (LPRC), an independent think '
            "tank working on the rule of law and justice reform in Kazakhstan and Central Asia.",
            "ru": "Общественный фонд «Центр исследования правовой политики» (LPRC) — "
            "независимый аналитический центр, который работает в сфере верховенства права "
            "и реформы правосудия в Казахстане и Центральной Азии.",
            "kk": "«Құқықтық саясатты зерттеу орталығы» қоғамдық қоры (LPRC) — Қазақстан мен "
            "Орталық Азиядағы заң үстемдігі және сот төрелігін реформалау саласында жұмыс "
            "істейтін тәуелсіз талдау орталығы.",
        },
        "",
    ),
    (
        "iphr",
        {
            "en": "International Partnership for Human Rights",
            "ru": "Международное партнёрство за права человека",
            "kk": "Адам құқықтары жөніндегі халықаралық әріптестік",
        },
        {"en": "IPHR", "ru": "IPHR", "kk": "IPHR"},
        K.CIVIL_SOCIETY,
        "BE",
        "https://www.iphronline.org",
        "",
        "",
    ),
    (
        "eu",
        {"en": "European Union", "ru": "Европейский союз", "kk": "Еуропалық Одақ"},
        {"en": "EU", "ru": "ЕС", "kk": "ЕО"},
        K.DONOR,
        "",
        "https://eeas.europa.eu",
        EU_ABOUT,
        EU_DELEGATION_KZ,
    ),
    (
        "eu-delegation-kazakhstan",
        {
            "en": "Delegation of the European Union to the Republic of Kazakhstan",
            "ru": "Представительство Европейского союза в Республике Казахстан",
            "kk": "Еуропалық Одақтың Қазақстан Республикасындағы Өкілдігі",
        },
        {
            "en": "EU Delegation to Kazakhstan",
            "ru": "Представительство ЕС в Казахстане",
            "kk": "ЕО-ның Қазақстандағы Өкілдігі",
        },
        K.INTERNATIONAL,
        "KZ",
        "https://eeas.europa.eu/delegations/kazakhstan",
        {
            "en": "62, Kosmonavtov str., 7th floor, Astana 010000, Kazakhstan. "
            "Tel: +7 (7172) 97 45 40. Email: delegation-kazakhstan@eeas.europa.eu",
            "ru": "ул. Космонавтов, 62, 7-й этаж, Астана 010000, Казахстан. "
            "Тел.: +7 (7172) 97 45 40. Эл. почта: delegation-kazakhstan@eeas.europa.eu",
            "kk": "Космонавтов көшесі, 62, 7-қабат, Астана 010000, Қазақстан. "
            "Тел.: +7 (7172) 97 45 40. Эл. пошта: delegation-kazakhstan@eeas.europa.eu",
        },
        "",
    ),
    (
        "eu-delegation-kyrgyz-republic",
        {
            "en": "Delegation of the European Union to the Kyrgyz Republic",
            "ru": "Представительство Европейского союза в Кыргызской Республике",
            "kk": "Еуропалық Одақтың Қырғыз Республикасындағы Өкілдігі",
        },
        {
            "en": "EU Delegation to the Kyrgyz Republic",
            "ru": "Представительство ЕС в Кыргызстане",
            "kk": "ЕО-ның Қырғыз Республикасындағы Өкілдігі",
        },
        K.INTERNATIONAL,
        "KG",
        "",
        "",
        "",
    ),
    (
        "odihr",
        {
            "en": "OSCE Office for Democratic Institutions and Human Rights",
            "ru": "Бюро ОБСЕ по демократическим институтам и правам человека",
            "kk": "ЕҚЫҰ-ның Демократиялық институттар және адам құқықтары жөніндегі бюросы",
        },
        {"en": "ODIHR", "ru": "БДИПЧ ОБСЕ", "kk": "ЕҚЫҰ ДИАҚБ"},
        K.INTERNATIONAL,
        "PL",
        "https://www.osce.org/odihr",
        "",
        "",
    ),
    (
        "osce-astana",
        {
            "en": "OSCE Programme Office in Astana",
            "ru": "Офис программ ОБСЕ в Астане",
            "kk": "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
        },
        {"en": "OSCE Astana", "ru": "ОБСЕ в Астане", "kk": "ЕҚЫҰ Астана"},
        K.INTERNATIONAL,
        "KZ",
        "https://www.osce.org/programme-office-in-astana",
        "",
        "",
    ),
    (
        "unodc",
        {
            "en": "United Nations Office on Drugs and Crime",
            "ru": "Управление Организации Объединённых Наций по наркотикам и преступности",
            "kk": "Біріккен Ұлттар Ұйымының Есірткі және қылмыс жөніндегі басқармасы",
        },
        {"en": "UNODC", "ru": "УНП ООН", "kk": "БҰҰ ЕҚБ"},
        K.INTERNATIONAL,
        "AT",
        "https://www.unodc.org",
        {
            "en": "UNODC Regional Office for Central Asia (ROCA).",
            "ru": "Региональное представительство УНП ООН для Центральной Азии.",
            "kk": "БҰҰ ЕҚБ-ның Орталық Азия бойынша өңірлік өкілдігі.",
        },
        "",
    ),
    (
        "undp",
        {
            "en": "United Nations Development Programme",
            "ru": "Программа развития Организации Объединённых Наций",
            "kk": "Біріккен Ұлттар Ұйымының Даму бағдарламасы",
        },
        {"en": "UNDP", "ru": "ПРООН", "kk": "БҰҰДБ"},
        K.INTERNATIONAL,
        "",
        "https://www.undp.org",
        "",
        "",
    ),
    (
        "dignity",
        {
            "en": "Dignity Public Association",
            "ru": "Общественное объединение «Dignity»",
            "kk": "«Dignity» қоғамдық бірлестігі",
        },
        {"en": "Dignity", "ru": "Dignity", "kk": "Dignity"},
        K.CIVIL_SOCIETY,
        "KZ",
        "",
        "",
        "",
    ),
    (
        "us-state-counterterrorism",
        {
            "en": "Bureau of Counterterrorism, U.S. Department of State",
            "ru": "Бюро по борьбе с терроризмом Государственного департамента США",
            "kk": "АҚШ Мемлекеттік департаментінің Терроризмге қарсы күрес бюросы",
        },
        # An English abbreviation with no Russian or Kazakh one: shown in English, marked.
        {"en": "CT Bureau"},
        K.DONOR,
        "US",
        "https://www.state.gov",
        "",
        "",
    ),
    (
        "ludwig-boltzmann-institute",
        {
            "en": "Ludwig Boltzmann Institute of Fundamental and Human Rights",
            "ru": "Институт фундаментальных прав и прав человека имени Людвига Больцмана",
            "kk": "Людвиг Больцман атындағы Іргелі құқықтар және адам құқықтары институты",
        },
        {"en": "LBI-GMR", "ru": "LBI-GMR", "kk": "LBI-GMR"},
        K.ACADEMIC,
        "AT",
        "https://gmr.lbg.ac.at",
        "",
        "",
    ),
    (
        "kg-ministry-of-justice",
        {
            "en": "Ministry of Justice of the Kyrgyz Republic",
            "ru": "Министерство юстиции Кыргызской Республики",
            "kk": "Қырғыз Республикасының Әділет министрлігі",
        },
        {
            "en": "MoJ KG",
            "ru": "Минюст Кыргызстана",
            "kk": "Қырғызстанның Әділет министрлігі",
        },
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "kg-general-prosecutors-office",
        {
            "en": "General Prosecutor's Office of the Kyrgyz Republic",
            "ru": "Генеральная прокуратура Кыргызской Республики",
            "kk": "Қырғыз Республикасының Бас прокуратурасы",
        },
        {
            "en": "GPO KG",
            "ru": "Генпрокуратура Кыргызстана",
            "kk": "Қырғызстанның Бас прокуратурасы",
        },
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "kg-probation-department",
        {
            "en": "Probation Department of the Kyrgyz Republic",
            "ru": "Департамент пробации Кыргызской Республики",
            "kk": "Қырғыз Республикасының Пробация департаменті",
        },
        {
            "en": "Probation KG",
            "ru": "Пробация Кыргызстана",
            "kk": "Қырғызстанның пробация қызметі",
        },
        K.GOVERNMENT,
        "KG",
        "",
        "",
        "",
    ),
    (
        "lv-state-probation-service",
        {
            "en": "State Probation Service of Latvia",
            "ru": "Государственная служба пробации Латвии",
            "kk": "Латвияның Мемлекеттік пробация қызметі",
        },
        {"en": "Probation LV", "ru": "Пробация Латвии", "kk": "Латвияның пробация қызметі"},
        K.GOVERNMENT,
        "LV",
        "",
        "",
        "",
    ),
    (
        "nnrlk",
        {
            "en": "National Network for the Rule of Law in Kazakhstan",
            "ru": "Национальная сеть за верховенство права в Казахстане",
            "kk": "Қазақстандағы заң үстемдігі үшін ұлттық желі",
        },
        {"en": "NNRLK", "ru": "NNRLK", "kk": "NNRLK"},
        K.CIVIL_SOCIETY,
        "KZ",
        "",
        {
            "en": "Initiated by the organisers of the Rule of Law Academy to promote "
            "coordinated, results-oriented civil society action on rule of law and justice "
            "issues.",
            "ru": "Создана по инициативе организаторов Академии верховенства права, чтобы "
            "содействовать скоординированным и ориентированным на результат действиям "
            "гражданского общества по вопросам верховенства права и правосудия.",
            "kk": "Заң үстемдігі академиясын ұйымдастырушылардың бастамасымен азаматтық "
            "қоғамның заң үстемдігі мен сот төрелігі мәселелері бойынша үйлестірілген, "
            "нәтижеге бағытталған іс-қимылына жәрдемдесу үшін құрылған.",
        },
        "",
    ),
]

PEOPLE = [
    # organisation slug, name, position, phone, email, press contact
    (
        "lprc",
        {"en": "Olga Miroshnichenko", "ru": "Ольга Мирошниченко", "kk": "Ольга Мирошниченко"},
        {"en": "LPRC coordinator", "ru": "координатор LPRC", "kk": "LPRC үйлестірушісі"},
        "+77017444429",
        "omiroshnichenko@hotmail.com",
        True,
    ),
    (
        "unodc",
        {"en": "Vasilina Brazhko", "ru": "Василина Бражко", "kk": "Василина Бражко"},
        {
            "en": "Communication and PR Specialist, UNODC ROCA",
            "ru": "специалист по коммуникациям и связям с общественностью, "
            "Региональное представительство УНП ООН для Центральной Азии",
            "kk": "коммуникация және қоғаммен байланыс жөніндегі маман, БҰҰ ЕҚБ-ның "
            "Орталық Азия бойынша өңірлік өкілдігі",
        },
        "+996775987817",
        "vasilina.brazhko@un.org",
        True,
    ),
    (
        "unodc",
        {"en": "Ashita Mittal", "ru": "Ашита Миттал", "kk": "Ашита Миттал"},
        {
            "en": "UNODC Regional Representative for Central Asia",
            "ru": "региональный представитель УНП ООН в Центральной Азии",
            "kk": "БҰҰ ЕҚБ-ның Орталық Азиядағы өңірлік өкілі",
        },
        "",
        "",
        False,
    ),
    (
        "eu-delegation-kazakhstan",
        {"en": "Johannes Baur", "ru": "Йоханнес Баур", "kk": "Йоханнес Баур"},
        {
            "en": "Head of Cooperation",
            "ru": "руководитель отдела сотрудничества",
            "kk": "ынтымақтастық бөлімінің басшысы",
        },
        "",
        "",
        False,
    ),
    (
        "eu-delegation-kyrgyz-republic",
        {"en": "Marilyn Josefson", "ru": "Мэрилин Йозефсон", "kk": "Мэрилин Йозефсон"},
        {
            "en": "EU Ambassador in the Kyrgyz Republic",
            "ru": "посол ЕС в Кыргызской Республике",
            "kk": "ЕО-ның Қырғыз Республикасындағы елшісі",
        },
        "",
        "",
        False,
    ),
    (
        "eu-delegation-kyrgyz-republic",
        {"en": "Iotam Lerer", "ru": "Иотам Лерер", "kk": "Иотам Лерер"},
        "",
        "",
        "",
        False,
    ),
    (
        "kg-probation-department",
        {"en": "Kuban Kazakov", "ru": "Кубан Казаков", "kk": "Кубан Казаков"},
        {
            "en": "Director of the Probation Department",
            "ru": "директор Департамента пробации",
            "kk": "Пробация департаментінің директоры",
        },
        "",
        "",
        False,
    ),
]

R = Participation.Role
PROJECTS = [
    {
        "slug": "rule-of-law-for-all",
        "title": {
            "en": "Coordinated Civil Society Action to Promote the Rule of Law for All",
            "ru": "Скоординированные действия гражданского общества по продвижению "
            "верховенства права для всех",
            "kk": "Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық қоғамның "
            "үйлестірілген іс-қимылы",
        },
        "short_name": "",
        "summary": {
            "en": "Increases the capacity of civil society to support the rule of law and "
            "respond to challenges in the criminal justice system in Kazakhstan.",
            "ru": "Укрепляет потенциал гражданского общества в поддержке верховенства права "
            "и реагировании на проблемы системы уголовного правосудия в Казахстане.",
            "kk": "Азаматтық қоғамның заң үстемдігін қолдау және Қазақстандағы қылмыстық "
            "сот төрелігі жүйесіндегі проблемаларға ден қою әлеуетін арттырады.",
        },
        "description": {
            "en": "The project responds to the need to support and strengthen the role of "
            "civil society in overseeing the rule of law and justice reform processes "
            "currently underway in Kazakhstan. Project activities focus on active engagement "
            "with government stakeholders to promote human rights-oriented reforms that take "
            "into account the rights of women, youth and other vulnerable groups, and their "
            "effective implementation in practice.\n\nIt includes a Rule of Law Academy, a "
            "Rule of Law Platform to improve coordination and information sharing, support to "
            "monitor the rule of law and criminal justice throughout Kazakhstan, and annual "
            "national rule of law forums.",
            "ru": "Проект отвечает на необходимость поддержать и усилить роль гражданского "
            "общества в наблюдении за процессами обеспечения верховенства права и реформы "
            "правосудия, которые сейчас идут в Казахстане. Деятельность проекта "
            "сосредоточена на активном взаимодействии с государственными органами ради "
            "реформ, ориентированных на права человека и учитывающих права женщин, молодёжи "
            "и других уязвимых групп, и ради их эффективного применения на практике.\n\n"
            "Проект включает Академию верховенства права, Платформу верховенства права для "
            "лучшей координации и обмена информацией, поддержку мониторинга верховенства "
            "права и уголовного правосудия по всему Казахстану и ежегодные национальные "
            "форумы по верховенству права.",
            "kk": "Жоба Қазақстанда қазір жүріп жатқан заң үстемдігі мен сот төрелігін "
            "реформалау үдерістерін қадағалаудағы азаматтық қоғамның рөлін қолдау және "
            "күшейту қажеттілігіне жауап береді. Жоба қызметі әйелдердің, жастардың және "
            "басқа да осал топтардың құқықтарын ескеретін, адам құқықтарына бағытталған "
            "реформаларды ілгерілету және оларды іс жүзінде тиімді іске асыру үшін "
            "мемлекеттік органдармен белсенді өзара іс-қимылға шоғырланған.\n\n"
            "Жоба Заң үстемдігі академиясын, үйлестіру мен ақпарат алмасуды жақсартуға "
            "арналған Заң үстемдігі платформасын, бүкіл Қазақстан бойынша заң үстемдігі мен "
            "қылмыстық сот төрелігінің мониторингін қолдауды және жыл сайынғы ұлттық заң "
            "үстемдігі форумдарын қамтиды.",
        },
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2026, 12, 31),
        "countries": ["KZ"],
        "total_budget": Decimal("777895.00"),
        "currency": "EUR",
        "sdgs": [16],
        "participations": [
            ("lprc", R.LEAD, None),
            ("iphr", R.CO_IMPLEMENTER, None),
            ("eu", R.FUNDER, Decimal("739000.00")),
        ],
    },
    {
        "slug": "just4all",
        "title": {
            "en": "Justice for All (JUST4ALL)",
            "ru": "Правосудие для всех (JUST4ALL)",
            "kk": "Барлығы үшін сот төрелігі (JUST4ALL)",
        },
        "short_name": {"en": "JUST4ALL", "ru": "JUST4ALL", "kk": "JUST4ALL"},
        "summary": {
            "en": "Promotes the humanisation of the criminal justice system in the Kyrgyz "
            "Republic and scales up the country's capacity to implement its criminal justice "
            "reforms in line with international standards and best European practices.",
            "ru": "Содействует гуманизации системы уголовного правосудия Кыргызской "
            "Республики и наращивает возможности страны проводить реформы уголовного "
            "правосудия в соответствии с международными стандартами и лучшей европейской "
            "практикой.",
            "kk": "Қырғыз Республикасындағы қылмыстық сот төрелігі жүйесін ізгілендіруге "
            "жәрдемдеседі және елдің қылмыстық сот төрелігі реформаларын халықаралық "
            "стандарттар мен үздік еуропалық тәжірибеге сәйкес жүзеге асыру әлеуетін "
            "арттырады.",
        },
        "description": {
            "en": "A four-year initiative co-funded by the European Union, co-funded and "
            "implemented by UNODC in partnership with the Ludwig Boltzmann Institute of "
            "Fundamental and Human Rights. It strengthens criminal justice information "
            "management and the probation process.",
            "ru": "Четырёхлетняя инициатива, которую софинансирует Европейский союз, а "
            "софинансирует и реализует УНП ООН в партнёрстве с Институтом фундаментальных "
            "прав и прав человека имени Людвига Больцмана. Она укрепляет управление "
            "информацией в уголовном правосудии и систему пробации.",
            "kk": "Еуропалық Одақ бірлесіп қаржыландыратын, ал БҰҰ ЕҚБ Людвиг Больцман "
            "атындағы Іргелі құқықтар және адам құқықтары институтымен әріптестікте бірлесіп "
            "қаржыландыратын және іске асыратын төрт жылдық бастама. Ол қылмыстық сот "
            "төрелігі саласындағы ақпаратты басқаруды және пробация үдерісін күшейтеді.",
        },
        # The seed says "four-year" and reports activities of 2023; the exact dates are not
        # stated, so the demo uses the calendar years that contain them.
        "start_date": datetime.date(2022, 1, 1),
        "end_date": datetime.date(2025, 12, 31),
        "countries": ["KG"],
        "total_budget": Decimal("8800000.00"),
        "currency": "EUR",
        "sdgs": [5, 10, 16],
        "participations": [
            ("unodc", R.LEAD, None),
            ("ludwig-boltzmann-institute", R.PARTNER, None),
            ("eu", R.CO_FUNDER, None),
            ("unodc", R.CO_FUNDER, None),
            ("kg-ministry-of-justice", R.PARTNER, None),
            ("kg-general-prosecutors-office", R.PARTNER, None),
            ("kg-probation-department", R.PARTNER, None),
        ],
    },
]

PROJECT_TEXTS = ("title", "short_name", "summary", "description")


def build() -> dict[str, int]:
    organisations = {}
    for slug, name, short, kind, country, website, description, statement in ORGANISATIONS:
        organisations[slug] = demo_upsert(
            Organisation,
            {"slug": slug},
            {
                **translated_all(
                    {
                        "name": name,
                        "short_name": short,
                        "description": description,
                        "funder_statement": statement,
                    }
                ),
                "kind": kind,
                "country": country,
                "website": website,
                "is_european_union": slug == "eu",
            },
        )
    for org_slug, name, position, phone, email, press in PEOPLE:
        # Found by the English name: the one the seeds give.
        demo_upsert(
            Person,
            {"name_en": name["en"], "organisation": organisations[org_slug]},
            {
                **translated_all({"name": name, "position": position}),
                "phone": phone,
                "email": email,
                "is_press_contact": press,
            },
        )
    for data in PROJECTS:
        data = dict(data)
        participations = data.pop("participations")
        sdgs = data.pop("sdgs")
        slug = data.pop("slug")
        texts = translated_all({name: data.pop(name) for name in PROJECT_TEXTS})
        data["sdg_goals"] = SustainableDevelopmentGoal.objects.filter(number__in=sdgs)
        project = demo_upsert(Project, {"slug": slug}, {**texts, **data})
        for org_slug, role, amount in participations:
            demo_upsert(
                Participation,
                {"project": project, "organisation": organisations[org_slug], "role": role},
                {"contribution": amount},
            )
    return {
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "projects": Project.objects.count(),
    }
