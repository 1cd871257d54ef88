"""Demo content from shared/seeds: the three LPRC press releases, in English (their own
words), Russian and Kazakh, and the UNODC article (in English only).

The texts are the releases' own. The lead is each release's first paragraph and the body
the rest; the closing "For more information, contact…" sentence, the implementers and the
EU statement are not copied into the text: the PDF prints them from the contact person and
the project's organisations, as data. Keyed on slugs (the article on title and outlet) and
saved only when something differs (core.demo), so running this twice changes nothing.
"""

import datetime
import zoneinfo

from django.conf import settings

from core.demo import demo_upsert, translated_all
from events.models import Event
from partners.models import Organisation, Person, Project

from .models import Coverage, PressRelease

TITLE_000 = "Ninth Expert Forum on Criminal Justice for Central Asia Concludes in Astana"

LEAD_000 = (
    "European Union supported organisation of the Ninth Expert Forum on Criminal Justice "
    "for Central Asia in Astana in November 20-21, 2024. The forum brought together over "
    "220 participants from Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan, "
    "and Mongolia, including judges, prosecutors, lawyers, civil society representatives,"
    " and international experts."
)

BODY_000 = "\n\n".join(
    [
        (
            "The forum comprehensively examined Central Asian criminal justice reforms from 2021 "
            "to 2024 on strengthening the independence of the judiciary, access to justice, "
            "pre-trial investigation human rights, investigative effectiveness, penitentiary "
            "reform and probation, and the digitalization of justice systems, including ethical "
            "AI considerations. A dedicated session highlighted gender-related issues and the "
            "role of women in the justice system, and combating gender-based violence in the "
            "region."
        ),
        (
            "The forum served as a valuable platform for sharing best practices, identifying "
            "challenges, and fostering collaboration among stakeholders in the region. The "
            "results of professional discussions will contribute to effective cooperation to "
            "strengthen the rule of law and promote access to justice in Central Asia."
        ),
        (
            "Forum organizers included ODIHR OSCE, LPRC, UNODC, UNDP, Dignity Public Association,"
            " OSCE Program office in Astana and other regional program offices of the OSCE of CA,"
            " with the financial support of the EU and Bureau of Counterterrorism, U.S. "
            "Department of State."
        ),
        (
            "The Legal Policy Research Centre (LPRC) and International Partnership for Human "
            "Rights (IPHR) together with ODIHR OSCE presented monitoring methodology and "
            "discussed results of the pilot in Kyrgyzstan on Forum session on monitoring criminal"
            " justice."
        ),
        (
            'This session was held under the project "Coordinated Civil Society Action to Promote'
            ' the Rule of Law for All", implemented by the Public Foundation "Legal Policy '
            'Research Centre" (LPRC) and the International Partnership for Human Rights (IPHR) '
            "with the financial support of the European Union. The project is designed for 3 "
            "years - from the beginning of 2024 to the end of 2026 and aims to increase the "
            "capacity of civil society to support the rule of law and respond to challenges in "
            "the criminal justice system in Kazakhstan. The total budget of the project is EUR "
            "777,895. The contribution of the European Union is 739,000 Euros."
        ),
    ]
)

TITLE_002 = "Rule of Law Academy for Civil Society Representatives"

LEAD_002 = (
    "The Rule of Law Academy for civil society representatives was concluded on August "
    "21, 2024. The Academy was held from August 19-21 in Almaty within the framework of "
    'the European Union-funded project "Coordinated Civil Society Action to Promote the '
    'Rule of Law for All". The event was attended by 42 representatives from 27 civil '
    "society organizations specializing in human rights, protection of the rights of "
    "children, women, youth, migrants, people with disabilities and other vulnerable "
    "groups from 13 regions of Kazakhstan."
)

# The seeds' releases of 21 August and 11 April 2024 end with the same paragraph.
PROJECT_PARAGRAPH = (
    'The project implemented by the Public Foundation "Legal Policy Research Centre" '
    "(LPRC) and the International Partnership for Human Rights (IPHR) with the financial "
    "support of the European Union is designed for 3 years - from the beginning of 2024 "
    "to the end of 2026 and aims to increase the capacity of civil society to support the"
    " rule of law and respond to challenges in the criminal justice system in Kazakhstan."
    " The total budget of the project is EUR 777,895. The contribution of the European "
    "Union is 739,000 Euros."
)

BODY_002 = "\n\n".join(
    [
        (
            "The Rule of Law Academy was aimed at increasing legal literacy and strengthening the"
            " skills of civil society representatives in Kazakhstan. The program of the event "
            "covered key aspects of the rule of law, the role of an independent judiciary, "
            "criminal justice, administrative justice, documentation of human rights violations "
            "and strategic litigation."
        ),
        (
            "As a result of the training, Academy participants gained a deep understanding of the"
            " rule of law, key aspects of criminal and administrative justice, as well as "
            "increased competencies in independent evaluation and monitoring of the judiciary, "
            "methods of effective interaction with state authorities, documentation of human "
            "rights violations and strategic litigation."
        ),
        (
            "Academy participants joined the National Network for the Rule of Law in Kazakhstan "
            "(NNRLK), which was initiated by the Academy organizers. The NNRLK aims to promote "
            "coordinated and results-oriented civil society action to monitor, evaluate and "
            "influence lawmaking and policy-making on rule of law and justice issues. The NNRLK "
            "will facilitate coordination as well as peer-to-peer knowledge sharing and mentoring"
            " among its members, thereby contributing to more coherent, strategic and effective "
            "civil society action on ongoing justice reforms."
        ),
        PROJECT_PARAGRAPH,
    ]
)

TITLE_003 = (
    'Presentation of the project "Coordinated Civil Society Action to Promote Rule of Law for All"'
)

LEAD_003 = (
    'The European Union funded project "Coordinated Civil Society Action to Promote the '
    'Rule of Law for All" was presented on April 11, 2024 in Astana. Representatives of '
    "government agencies, civil society, lawyers, journalists, research institutions and "
    "international organizations attended the event."
)

BODY_003 = "\n\n".join(
    [
        (
            '"Rule of law is a key condition for the functioning of a society and a state. The '
            "respect of rule of law is essential for the trust of individuals in state "
            "institutions and for the transparent development of the economy. Kazakhstan has made"
            " reforms in this area in the past years and the European Union would like to support"
            ' civil society to promote the rule of law further" - Mr. Johannes Baur, Head of '
            "Cooperation of the Delegation of the European Union to the Republic of Kazakhstan, "
            "noted in his speech."
        ),
        (
            'The project "Coordinated Civil Society Action to Promote the Rule of Law for All" '
            "responds to the need to support and strengthen the role of civil society in "
            "overseeing the rule of law and justice reform processes currently underway in "
            "Kazakhstan. Project activities will focus on active engagement with government "
            "stakeholders to promote human rights-oriented reforms that take into account the "
            "rights of women, youth and other vulnerable groups, and their effective "
            "implementation in practice."
        ),
        (
            "The project includes many initiatives, including the establishment of a Rule of Law "
            "Academy, a Rule of Law Platform to improve coordination and information sharing, and"
            " supportive measures to monitor the rule of law and criminal justice throughout "
            "Kazakhstan. In addition, the project will promote annual national rule of law "
            "forums."
        ),
        PROJECT_PARAGRAPH,
    ]
)


COVERAGE_TITLE = (
    "European Union, UNODC and Partners Discuss Developments on Probation and Criminal "
    "Justice Information Management in the Kyrgyz Republic within the JUST4ALL Initiative"
)
COVERAGE_EXCERPT = (
    "The European Union, UNODC, Government, Civil Society representatives and other key "
    "stakeholders conducted the third \u2018Justice for All\u2019 project Steering Committee "
    "Meeting on 5 October 2023. Some 60 stakeholders discussed the implementation of the "
    "four-year project - an 8,800,000 Euro initiative co-funded by the European Union (EU), "
    "co-funded and implemented by the United Nations Office on Drugs and Crime (UNODC) in "
    "partnership with the Ludwig Boltzmann Institute of Fundamental and Human Rights."
)

# The releases in Russian and Kazakh: the same facts, paragraph by paragraph, written as
# a reader of each language expects (dates, numbers with a space between thousands,
# quotation marks «»).

PROJECT_RU = (
    "«Скоординированные действия гражданского общества по продвижению верховенства права для всех»"
)
PROJECT_KK = (
    "«Барлығы үшін заң үстемдігін ілгерілетуге бағытталған азаматтық қоғамның үйлестірілген "
    "іс-қимылы»"
)
NBSP = "\u00a0"

TITLE_000_RU = (
    "В Астане завершился Девятый экспертный форум по уголовному правосудию для Центральной Азии"
)
TITLE_000_KK = (
    "Астанада Орталық Азияға арналған қылмыстық сот төрелігі жөніндегі тоғызыншы сарапшылар "
    "форумы аяқталды"
)
LEAD_000_RU = (
    "Европейский союз поддержал организацию Девятого экспертного форума по уголовному "
    "правосудию для Центральной Азии, который прошёл в Астане 20–21 ноября 2024 года. "
    "Форум собрал более 220 участников из Казахстана, Кыргызстана, Узбекистана, "
    "Таджикистана, Туркменистана и Монголии, в том числе судей, прокуроров, юристов, "
    "представителей гражданского общества и международных экспертов."
)
LEAD_000_KK = (
    "Еуропалық Одақ 2024 жылғы 20–21 қарашада Астанада өткен Орталық Азияға арналған "
    "қылмыстық сот төрелігі жөніндегі тоғызыншы сарапшылар форумын ұйымдастыруға қолдау "
    "көрсетті. Форумға Қазақстан, Қырғызстан, Өзбекстан, Тәжікстан, Түрікменстан және "
    "Моңғолиядан 220-дан астам қатысушы, соның ішінде судьялар, прокурорлар, заңгерлер, "
    "азаматтық қоғам өкілдері мен халықаралық сарапшылар жиналды."
)
BODY_000_RU = "\n\n".join(
    [
        "Форум всесторонне рассмотрел реформы уголовного правосудия в Центральной Азии "
        "2021–2024 годов, направленные на укрепление независимости судебной власти, доступ к "
        "правосудию, соблюдение прав человека на стадии досудебного расследования, "
        "эффективность расследования, пенитенциарную реформу и пробацию, а также цифровизацию "
        "систем правосудия, включая этические аспекты применения искусственного интеллекта. "
        "Отдельная сессия была посвящена гендерным вопросам и роли женщин в системе "
        "правосудия, а также противодействию гендерному насилию в регионе.",
        "Форум стал ценной площадкой для обмена передовым опытом, выявления проблем и "
        "развития сотрудничества между заинтересованными сторонами в регионе. Результаты "
        "профессиональных дискуссий будут способствовать эффективному сотрудничеству в "
        "укреплении верховенства права и расширении доступа к правосудию в Центральной Азии.",
        "Организаторами форума выступили БДИПЧ ОБСЕ, LPRC, УНП ООН, ПРООН, общественное "
        "объединение «Dignity», Офис программ ОБСЕ в Астане и другие региональные офисы "
        "программ ОБСЕ в Центральной Азии при финансовой поддержке ЕС и Бюро по борьбе с "
        "терроризмом Государственного департамента США.",
        "На сессии форума, посвящённой мониторингу уголовного правосудия, Центр исследования "
        "правовой политики (LPRC) и Международное партнёрство за права человека (IPHR) "
        "совместно с БДИПЧ ОБСЕ представили методологию мониторинга и обсудили результаты "
        "пилотного проекта в Кыргызстане.",
        f"Эта сессия прошла в рамках проекта {PROJECT_RU}, который реализуют Общественный "
        "фонд «Центр исследования правовой политики» (LPRC) и Международное партнёрство за "
        "права человека (IPHR) при финансовой поддержке Европейского союза. Проект рассчитан "
        "на 3 года — с начала 2024 года до конца 2026 года — и направлен на укрепление "
        "потенциала гражданского общества в поддержке верховенства права и реагировании на "
        "проблемы системы уголовного правосудия в Казахстане. Общий бюджет проекта составляет "
        f"777{NBSP}895 евро. Вклад Европейского союза — 739{NBSP}000 евро.",
    ]
)
BODY_000_KK = "\n\n".join(
    [
        "Форум Орталық Азиядағы сот билігінің тәуелсіздігін нығайтуға, сот төрелігіне "
        "қолжетімділікке, сотқа дейінгі тергеудегі адам құқықтарына, тергеудің тиімділігіне, "
        "пенитенциарлық реформа мен пробацияға, сондай-ақ сот төрелігі жүйелерін "
        "цифрландыруға, оның ішінде жасанды интеллектіні қолданудың этикалық аспектілеріне "
        "бағытталған 2021–2024 жылдардағы қылмыстық сот төрелігі реформаларын жан-жақты "
        "қарастырды. Жеке сессия гендерлік мәселелерге, сот төрелігі жүйесіндегі әйелдердің "
        "рөліне және өңірдегі гендерлік зорлық-зомбылыққа қарсы күреске арналды.",
        "Форум өңірдегі мүдделі тараптар арасында озық тәжірибе алмасу, проблемаларды анықтау "
        "және ынтымақтастықты дамыту үшін құнды алаң болды. Кәсіби талқылаулардың нәтижелері "
        "Орталық Азияда заң үстемдігін нығайту және сот төрелігіне қолжетімділікті кеңейту "
        "жөніндегі тиімді ынтымақтастыққа ықпал етеді.",
        "Форумды ЕҚЫҰ ДИАҚБ, LPRC, БҰҰ ЕҚБ, БҰҰДБ, «Dignity» қоғамдық бірлестігі, ЕҚЫҰ-ның "
        "Астанадағы бағдарламалар офисі және ЕҚЫҰ-ның Орталық Азиядағы басқа да өңірлік "
        "бағдарламалар офистері ЕО мен АҚШ Мемлекеттік департаментінің Терроризмге қарсы "
        "күрес бюросының қаржылық қолдауымен ұйымдастырды.",
        "Форумның қылмыстық сот төрелігінің мониторингіне арналған сессиясында Құқықтық "
        "саясатты зерттеу орталығы (LPRC) мен Адам құқықтары жөніндегі халықаралық "
        "әріптестік (IPHR) ЕҚЫҰ ДИАҚБ-мен бірлесіп мониторинг әдістемесін таныстырды және "
        "Қырғызстандағы пилоттық жобаның нәтижелерін талқылады.",
        "Бұл сессия «Құқықтық саясатты зерттеу орталығы» қоғамдық қоры (LPRC) мен Адам "
        "құқықтары жөніндегі халықаралық әріптестік (IPHR) Еуропалық Одақтың қаржылық "
        f"қолдауымен іске асырып жатқан {PROJECT_KK} жобасы аясында өтті. Жоба 3 жылға — "
        "2024 жылдың басынан 2026 жылдың соңына дейін — есептелген және азаматтық қоғамның "
        "заң үстемдігін қолдау және Қазақстандағы қылмыстық сот төрелігі жүйесіндегі "
        "проблемаларға ден қою әлеуетін арттыруға бағытталған. Жобаның жалпы бюджеті — "
        f"777{NBSP}895 еуро. Еуропалық Одақтың үлесі — 739{NBSP}000 еуро.",
    ]
)

TITLE_002_RU = "Академия верховенства права для представителей гражданского общества"
TITLE_002_KK = "Азаматтық қоғам өкілдеріне арналған Заң үстемдігі академиясы"
LEAD_002_RU = (
    "21 августа 2024 года завершилась Академия верховенства права для представителей "
    "гражданского общества. Академия проходила 19–21 августа в Алматы в рамках "
    f"финансируемого Европейским союзом проекта {PROJECT_RU}. В ней приняли участие 42 "
    "представителя 27 организаций гражданского общества из 13 регионов Казахстана, которые "
    "специализируются на правах человека, защите прав детей, женщин, молодёжи, мигрантов, "
    "людей с инвалидностью и других уязвимых групп."
)
LEAD_002_KK = (
    "2024 жылғы 21 тамызда азаматтық қоғам өкілдеріне арналған Заң үстемдігі академиясы "
    "аяқталды. Академия 19–21 тамызда Алматыда Еуропалық Одақ қаржыландыратын "
    f"{PROJECT_KK} жобасы аясында өтті. Оған Қазақстанның 13 өңірінен адам құқықтары, "
    "балалардың, әйелдердің, жастардың, мигранттардың, мүмкіндігі шектеулі адамдардың және "
    "басқа да осал топтардың құқықтарын қорғау саласында жұмыс істейтін 27 азаматтық қоғам "
    "ұйымының 42 өкілі қатысты."
)
PROJECT_PARAGRAPH_RU = (
    "Проект, который реализуют Общественный фонд «Центр исследования правовой политики» "
    "(LPRC) и Международное партнёрство за права человека (IPHR) при финансовой поддержке "
    "Европейского союза, рассчитан на 3 года — с начала 2024 года до конца 2026 года — и "
    "направлен на укрепление потенциала гражданского общества в поддержке верховенства "
    "права и реагировании на проблемы системы уголовного правосудия в Казахстане. Общий "
    f"бюджет проекта составляет 777{NBSP}895 евро. Вклад Европейского союза — "
    f"739{NBSP}000 евро."
)
PROJECT_PARAGRAPH_KK = (
    "«Құқықтық саясатты зерттеу орталығы» қоғамдық қоры (LPRC) мен Адам құқықтары "
    "жөніндегі халықаралық әріптестік (IPHR) Еуропалық Одақтың қаржылық қолдауымен іске "
    "асырып жатқан жоба 3 жылға — 2024 жылдың басынан 2026 жылдың соңына дейін — "
    "есептелген және азаматтық қоғамның заң үстемдігін қолдау және Қазақстандағы қылмыстық "
    "сот төрелігі жүйесіндегі проблемаларға ден қою әлеуетін арттыруға бағытталған. "
    f"Жобаның жалпы бюджеті — 777{NBSP}895 еуро. Еуропалық Одақтың үлесі — "
    f"739{NBSP}000 еуро."
)
BODY_002_RU = "\n\n".join(
    [
        "Академия верховенства права была направлена на повышение правовой грамотности и "
        "укрепление навыков представителей гражданского общества Казахстана. Программа "
        "мероприятия охватывала ключевые аспекты верховенства права, роль независимой "
        "судебной власти, уголовное правосудие, административную юстицию, документирование "
        "нарушений прав человека и стратегические судебные разбирательства.",
        "По итогам обучения участники Академии получили глубокое понимание верховенства "
        "права, ключевых аспектов уголовного и административного правосудия, а также "
        "повысили свои компетенции в независимой оценке и мониторинге судебной системы, "
        "методах эффективного взаимодействия с государственными органами, документировании "
        "нарушений прав человека и стратегических судебных разбирательствах.",
        "Участники Академии вошли в Национальную сеть за верховенство права в Казахстане "
        "(NNRLK), созданную по инициативе организаторов Академии. NNRLK призвана "
        "содействовать скоординированным и ориентированным на результат действиям "
        "гражданского общества по мониторингу и оценке законотворчества и выработки политики "
        "по вопросам верховенства права и правосудия, а также по влиянию на них. NNRLK будет "
        "содействовать координации, а также обмену знаниями и наставничеству между её "
        "членами, тем самым делая действия гражданского общества в отношении проводимых "
        "реформ правосудия более согласованными, стратегическими и эффективными.",
        PROJECT_PARAGRAPH_RU,
    ]
)
BODY_002_KK = "\n\n".join(
    [
        "Заң үстемдігі академиясы Қазақстандағы азаматтық қоғам өкілдерінің құқықтық "
        "сауаттылығын арттыруға және дағдыларын нығайтуға бағытталды. Іс-шара бағдарламасы "
        "заң үстемдігінің негізгі аспектілерін, тәуелсіз сот билігінің рөлін, қылмыстық сот "
        "төрелігін, әкімшілік әділетті, адам құқықтарының бұзылуын құжаттауды және "
        "стратегиялық сот істерін қамтыды.",
        "Оқу нәтижесінде Академияға қатысушылар заң үстемдігі, қылмыстық және әкімшілік сот "
        "төрелігінің негізгі аспектілері туралы терең түсінік алды, сондай-ақ сот жүйесін "
        "тәуелсіз бағалау мен мониторингтеу, мемлекеттік органдармен тиімді өзара іс-қимыл "
        "әдістері, адам құқықтарының бұзылуын құжаттау және стратегиялық сот істері "
        "саласындағы құзыреттерін арттырды.",
        "Академияға қатысушылар Академияны ұйымдастырушылардың бастамасымен құрылған "
        "Қазақстандағы заң үстемдігі үшін ұлттық желіге (NNRLK) қосылды. NNRLK азаматтық "
        "қоғамның заң үстемдігі және сот төрелігі мәселелері бойынша заң шығару мен саясат "
        "әзірлеуді қадағалау, бағалау және оларға ықпал ету жөніндегі үйлестірілген әрі "
        "нәтижеге бағытталған іс-қимылына жәрдемдесуді мақсат етеді. NNRLK өз мүшелері "
        "арасында үйлестіруге, сондай-ақ тәжірибе алмасу мен тәлімгерлікке жәрдемдесіп, "
        "жүргізіліп жатқан сот төрелігі реформалары жөніндегі азаматтық қоғам іс-қимылының "
        "неғұрлым жүйелі, стратегиялық және тиімді болуына ықпал етеді.",
        PROJECT_PARAGRAPH_KK,
    ]
)

TITLE_003_RU = f"Презентация проекта {PROJECT_RU}"
TITLE_003_KK = f"{PROJECT_KK} жобасының тұсаукесері"
LEAD_003_RU = (
    "11 апреля 2024 года в Астане состоялась презентация финансируемого Европейским союзом "
    f"проекта {PROJECT_RU}. В мероприятии приняли участие представители государственных "
    "органов, гражданского общества, юристы, журналисты, представители "
    "научно-исследовательских учреждений и международных организаций."
)
LEAD_003_KK = (
    "2024 жылғы 11 сәуірде Астанада Еуропалық Одақ қаржыландыратын "
    f"{PROJECT_KK} жобасының тұсаукесері өтті. Іс-шараға мемлекеттік органдардың, азаматтық "
    "қоғамның өкілдері, заңгерлер, журналистер, ғылыми-зерттеу мекемелері мен халықаралық "
    "ұйымдардың өкілдері қатысты."
)
BODY_003_RU = "\n\n".join(
    [
        "«Верховенство права — ключевое условие функционирования общества и государства. "
        "Соблюдение верховенства права необходимо для доверия людей к государственным "
        "институтам и для прозрачного развития экономики. За последние годы Казахстан провёл "
        "реформы в этой сфере, и Европейский союз хотел бы поддержать гражданское общество в "
        "дальнейшем продвижении верховенства права», — отметил в своём выступлении г-н "
        "Йоханнес Баур, руководитель отдела сотрудничества Представительства Европейского "
        "союза в Республике Казахстан.",
        f"Проект {PROJECT_RU} отвечает на необходимость поддержать и усилить роль "
        "гражданского общества в наблюдении за процессами обеспечения верховенства права и "
        "реформы правосудия, которые сейчас идут в Казахстане. Деятельность проекта будет "
        "сосредоточена на активном взаимодействии с государственными органами ради реформ, "
        "ориентированных на права человека и учитывающих права женщин, молодёжи и других "
        "уязвимых групп, и ради их эффективного применения на практике.",
        "Проект включает множество инициатив, в том числе создание Академии верховенства "
        "права, Платформы верховенства права для лучшей координации и обмена информацией, а "
        "также меры поддержки мониторинга верховенства права и уголовного правосудия по всему "
        "Казахстану. Кроме того, проект будет содействовать проведению ежегодных национальных "
        "форумов по верховенству права.",
        PROJECT_PARAGRAPH_RU,
    ]
)
BODY_003_KK = "\n\n".join(
    [
        "«Заң үстемдігі — қоғам мен мемлекет жұмыс істеуінің басты шарты. Заң үстемдігін "
        "құрметтеу адамдардың мемлекеттік институттарға деген сенімі мен экономиканың ашық "
        "дамуы үшін аса маңызды. Қазақстан соңғы жылдары бұл салада реформалар жүргізді, ал "
        "Еуропалық Одақ азаматтық қоғамды заң үстемдігін одан әрі ілгерілетуде қолдағысы "
        "келеді», — деп атап өтті өз сөзінде Еуропалық Одақтың Қазақстан Республикасындағы "
        "Өкілдігінің ынтымақтастық бөлімінің басшысы Йоханнес Баур мырза.",
        f"{PROJECT_KK} жобасы Қазақстанда қазір жүріп жатқан заң үстемдігі мен сот "
        "төрелігін реформалау үдерістерін қадағалаудағы азаматтық қоғамның рөлін қолдау және "
        "күшейту қажеттілігіне жауап береді. Жоба қызметі әйелдердің, жастардың және басқа "
        "да осал топтардың құқықтарын ескеретін, адам құқықтарына бағытталған реформаларды "
        "ілгерілету және оларды іс жүзінде тиімді іске асыру мақсатында мемлекеттік "
        "органдармен белсенді өзара іс-қимылға шоғырланатын болады.",
        "Жоба көптеген бастамаларды қамтиды, соның ішінде Заң үстемдігі академиясын, "
        "үйлестіру мен ақпарат алмасуды жақсартуға арналған Заң үстемдігі платформасын құру, "
        "сондай-ақ бүкіл Қазақстан бойынша заң үстемдігі мен қылмыстық сот төрелігінің "
        "мониторингін қолдау шаралары. Бұдан бөлек, жоба жыл сайынғы ұлттық заң үстемдігі "
        "форумдарын өткізуге жәрдемдеседі.",
        PROJECT_PARAGRAPH_KK,
    ]
)

RELEASES = [
    # slug, title, lead, body (each by language), release date, dateline, event slug
    (
        "ninth-expert-forum-criminal-justice-central-asia",
        {"en": TITLE_000, "ru": TITLE_000_RU, "kk": TITLE_000_KK},
        {"en": LEAD_000, "ru": LEAD_000_RU, "kk": LEAD_000_KK},
        {"en": BODY_000, "ru": BODY_000_RU, "kk": BODY_000_KK},
        datetime.date(2024, 11, 21),
        {"en": "ASTANA", "ru": "АСТАНА", "kk": "АСТАНА"},
        "ninth-expert-forum-on-criminal-justice-for-central-asia",
    ),
    (
        "rule-of-law-academy-civil-society-2024",
        {"en": TITLE_002, "ru": TITLE_002_RU, "kk": TITLE_002_KK},
        {"en": LEAD_002, "ru": LEAD_002_RU, "kk": LEAD_002_KK},
        {"en": BODY_002, "ru": BODY_002_RU, "kk": BODY_002_KK},
        datetime.date(2024, 8, 21),
        {"en": "ALMATY", "ru": "АЛМАТЫ", "kk": "АЛМАТЫ"},
        "rule-of-law-academy",
    ),
    (
        "presentation-rule-of-law-for-all",
        {"en": TITLE_003, "ru": TITLE_003_RU, "kk": TITLE_003_KK},
        {"en": LEAD_003, "ru": LEAD_003_RU, "kk": LEAD_003_KK},
        {"en": BODY_003, "ru": BODY_003_RU, "kk": BODY_003_KK},
        datetime.date(2024, 4, 11),
        {"en": "ASTANA", "ru": "АСТАНА", "kk": "АСТАНА"},
        "presentation-rule-of-law-for-all",
    ),
]


def _find_event(slug: str, year: int):
    """The demo event a release is about, if events/demo.py created it (else None)."""
    return Event.objects.filter(slug=slug, start_date__year=year).first()


def build() -> dict[str, int]:
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    project = Project.objects.get(slug="rule-of-law-for-all")
    contact = Person.objects.get(name_en="Olga Miroshnichenko", organisation__slug="lprc")
    for slug, title, lead, body, date, dateline, event_slug in RELEASES:
        demo_upsert(
            PressRelease,
            {"slug": slug},
            {
                **translated_all(
                    {"title": title, "lead": lead, "body": body, "dateline_city": dateline}
                ),
                "release_date": date,
                "project": project,
                "event": _find_event(event_slug, date.year),
                "status": PressRelease.Status.PUBLISHED,
                "publish_at": datetime.datetime.combine(date, datetime.time(10, 0), tzinfo=tz),
                "contacts": [contact],
            },
        )

    # The article gives the meeting's date, not its own; the demo uses the meeting date.
    # It is UNODC's, in English, and stays so: the pages show it marked as English.
    demo_upsert(
        Coverage,
        {"title_en": COVERAGE_TITLE, "outlet": Organisation.objects.get(slug="unodc")},
        {
            **translated_all({"title": COVERAGE_TITLE, "excerpt": COVERAGE_EXCERPT}),
            "published_on": datetime.date(2023, 10, 5),
            "project": Project.objects.filter(slug="just4all").first(),
            "event": _find_event("just4all-third-steering-committee-meeting", 2023),
        },
    )
    return {
        "press releases": PressRelease.objects.count(),
        "coverage": Coverage.objects.count(),
    }
