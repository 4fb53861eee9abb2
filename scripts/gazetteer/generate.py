#!/usr/bin/env python3
"""Generates Sources/EconKit/Resources/gazetteer.tsv: every ISO 3166-1 country and territory
(plus XK Kosovo) and the groups of countries economists write about, with Russian names in
every inflected form, Russian adjectives, combining forms, capitals, abbreviations and English
names, for matching area names in Russian and English news text.

Sources: CLDR territory names (Russian and English) via babel; Russian inflection and the
check that a derived adjective is a real word via pymorphy3 with its Russian dictionary.
Hand tables below hold only what CLDR does not have (capitals, alternative names,
abbreviations, groups, irregular adjectives and combining forms); each says why.

usage: generate.py [--out PATH] [--check]
  --out PATH   where to write (default: the resource file in this repository)
  --check      write nothing; exit 0 when PATH holds exactly what would be generated,
               1 (with a short diff summary) when it differs
Exit 2 when babel or pymorphy3 cannot be imported. Same inputs, same bytes: everything sorted.
Dropped and ambiguous forms are reported on stderr.
"""
import argparse
import os
import sys
import unicodedata

PINS = {"babel": "2.18.0", "pymorphy3": "2.0.6", "pymorphy3-dicts-ru": "2.4.417150.4580142"}

try:
    import babel
    import babel.core
    from babel import Locale
    import pymorphy3
    import pymorphy3_dicts_ru
except ImportError as error:  # pragma: no cover - depends on the environment
    print(
        f"gazetteer: cannot import {error.name}: install the pinned packages with\n"
        f"  pip install -r {os.path.join(os.path.dirname(os.path.abspath(__file__)), 'requirements.txt')}",
        file=sys.stderr,
    )
    sys.exit(2)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO, "Sources", "EconKit", "Resources", "gazetteer.tsv")

# ---------------------------------------------------------------------------------------------
# Hand tables. Keep one entry per line; names separated by "|".
# ---------------------------------------------------------------------------------------------

# CLDR names these codes, but they are not ISO 3166-1 assignments: ISO's "exceptionally
# reserved" codes (AC, CP, CQ, DG, EA, EU, EZ, IC, TA, UN) and the user-assigned ranges
# (AA, QM-QZ, XA-XZ, ZZ), except XK, which everyone uses for Kosovo.
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN"}
KEEP_USER_ASSIGNED = {"XK"}

# ISO entries that are neither UN members nor UN observer states (kind=territory). Neither
# CLDR nor babel records UN membership, and this list is a quarter of the size of the members'.
TERRITORIES = set("""
AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO
MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT XK
""".split())

# CLDR lists a withdrawn alpha-3 code next to the current one for these alpha-2 codes (babel
# keeps the mapping but not CLDR's reason "deprecated"): Burma, Zaire, East Germany,
# Metropolitan France, East Timor, South Yemen.
WITHDRAWN_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}

# Groups of countries: code -> (Russian display, English display, members as of 2025).
# Displays are what titles use (the abbreviation where the press uses one).
GROUPS = {
    # 27 members since Croatia (2013); the UK left in 2020.
    "EU": ("ЕС", "EU", "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"),
    # Euro area, 20 members in 2025 (Bulgaria joins on 2026-01-01).
    "EZ": ("еврозона", "Eurozone", "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK"),
    "EAEU": ("ЕАЭС", "EAEU", "AM BY KG KZ RU"),
    # Members that take part; Turkmenistan is an associate member (2005) and is left out;
    # Moldova is winding down its participation but has not left.
    "CIS": ("СНГ", "CIS", "AM AZ BY KG KZ MD RU TJ UZ"),
    # Central Asia: the project's user-assigned code (CA would be Canada).
    "XC": ("Центральная Азия", "Central Asia", "KG KZ TJ TM UZ"),
    # 2025: Indonesia joined in January; Saudi Arabia was invited but has not confirmed.
    "BRICS": ("БРИКС", "BRICS", "AE BR CN EG ET ID IN IR RU ZA"),
    # Belarus joined in July 2024.
    "SCO": ("ШОС", "SCO", "BY CN IN IR KG KZ PK RU TJ UZ"),
    # Timor-Leste became the eleventh member in October 2025.
    "ASEAN": ("АСЕАН", "ASEAN", "BN ID KH LA MM MY PH SG TH TL VN"),
    # Angola left in January 2024.
    "OPEC": ("ОПЕК", "OPEC", "AE CG DZ GA GQ IQ IR KW LY NG SA VE"),
    # OPEC plus the ten partners of the Declaration of Cooperation.
    "OPECPLUS": ("ОПЕК+", "OPEC+", "AE AZ BH BN CG DZ GA GQ IQ IR KW KZ LY MX MY NG OM RU SA SD SS VE"),
    "G7": ("G7", "G7", "CA DE FR GB IT JP US"),
    # 19 countries and the EU (the African Union, a member since 2023, is not a group here).
    "G20": ("G20", "G20", "AR AU BR CA CN DE EU FR GB ID IN IT JP KR MX RU SA TR US ZA"),
    # Armenia froze its participation in 2024 but remains a member.
    "CSTO": ("ОДКБ", "CSTO", "AM BY KG KZ RU TJ"),
    "GCC": ("ССАГПЗ", "GCC", "AE BH KW OM QA SA"),
    "APEC": ("АТЭС", "APEC", "AU BN CA CL CN HK ID JP KR MX MY NZ PE PG PH RU SG TH TW US VN"),
    "OECD": ("ОЭСР", "OECD", "AT AU BE CA CH CL CO CR CZ DE DK EE ES FI FR GB GR HU IE IL IS IT JP KR LT LU LV MX NL NO NZ PL PT SE SI SK TR US"),
    # Organization of Turkic States: members (Hungary and Turkmenistan are observers).
    "OTS": ("ОТГ", "OTS", "AZ KG KZ TR UZ"),
    # Union State of Russia and Belarus.
    "UNIONSTATE": ("Союзное государство", "Union State", "BY RU"),
}

# Slugs (the token in series codes) that are not the lower-case code.
SLUGS = {"XC": "c5", "OPECPLUS": "opec_plus", "UNIONSTATE": "union_state"}

# Russian names besides CLDR's, common in the press; inflected into form.name.
RU_NAMES = {
    "AE": "Объединенные Арабские Эмираты|Эмираты",
    "AM": "Республика Армения",
    "AZ": "Азербайджанская Республика",
    "BA": "Босния",
    "BY": "Белоруссия|Республика Беларусь",
    "CD": "Демократическая Республика Конго|ДР Конго|Конго-Киншаса",
    "CG": "Республика Конго|Конго-Браззавиль",
    "CI": "Берег Слоновой Кости",
    "CN": "Китайская Народная Республика|Поднебесная",
    "CV": "Острова Зеленого Мыса",
    "CZ": "Чешская Республика",
    "DE": "Федеративная Республика Германия",
    "GB": "Британия|Соединенное Королевство|Соединенное Королевство Великобритании и Северной Ирландии",
    "HK": "Сянган",
    "IR": "Исламская Республика Иран",
    "KG": "Кыргызстан|Кыргызская Республика|Киргизская Республика",
    "KP": "Северная Корея|Корейская Народно-Демократическая Республика",
    "KR": "Южная Корея|Корея",
    "KZ": "Республика Казахстан",
    "MD": "Молдавия|Республика Молдова",
    "MK": "Македония",
    "NL": "Голландия",
    "PS": "Палестина",
    "RU": "Российская Федерация",
    "SA": "Королевство Саудовская Аравия",
    "SY": "Сирийская Арабская Республика",
    "SZ": "Свазиленд",
    "TJ": "Республика Таджикистан",
    "TL": "Тимор-Лешти",
    "TM": "Туркмения",
    "TR": "Турецкая Республика",
    "US": "Соединенные Штаты Америки",
    "UZ": "Республика Узбекистан",
    "VA": "Святой Престол",
    "ZA": "Южная Африка",
    "EU": "Европейский союз|Евросоюз",
    "EZ": "зона евро",
    "EAEU": "Евразийский экономический союз|Евразийский союз",
    "CIS": "Содружество Независимых Государств",
    "XC": "Средняя Азия",
    "SCO": "Шанхайская организация сотрудничества",
    "ASEAN": "Ассоциация государств Юго-Восточной Азии",
    "OPEC": "Организация стран-экспортеров нефти|Организация стран — экспортеров нефти",
    "OPECPLUS": "ОПЕК плюс",
    "G7": "Большая семерка|Группа семи",
    "G20": "Большая двадцатка|Группа двадцати",
    "CSTO": "Организация Договора о коллективной безопасности",
    "GCC": "Совет сотрудничества арабских государств Персидского залива|Совет сотрудничества стран Персидского залива",
    "APEC": "Азиатско-Тихоокеанское экономическое сотрудничество",
    "OECD": "Организация экономического сотрудничества и развития",
    "OTS": "Организация тюркских государств",
    "UNIONSTATE": "Союзное государство России и Белоруссии|Союзное государство России и Беларуси",
}

# Abbreviations (form.abbr, matched case-sensitively) besides display names that are
# abbreviations already (CLDR's США is not one: its ru is Соединенные Штаты; ОАЭ, КНДР are).
# РК is also the Republic of Korea, and РТ Tatarstan as much as Tajikistan; in this region's
# news РК is Kazakhstan, and РТ is left out; ЦА is Central Asia. Historic ones (ЕврАзЭС) are left out.
RU_ABBR = {
    "CD": "ДРК",
    "CN": "КНР",
    "DE": "ФРГ",
    "KG": "КР",
    "KZ": "РК",
    "RU": "РФ",
    "US": "США",
    "UZ": "РУз",
    "XC": "ЦА",
    "ZA": "ЮАР",
    "OPECPLUS": "ОПЕК+",
    "G7": "G7|Г7",
    "G20": "G20|Г20",
}

# Political metonyms besides the capital (form.capital). The White House is left out: in
# Russian text "Белый дом" is also Russia's government building.
METONYMS = {
    "RU": "Кремль",
    "KZ": "Акорда",
}

# Capitals (not in CLDR): code -> Russian|English, several names separated by ";".
# Disputed capitals are left out (IL, PS); Nauru has none. Brussels is listed for BE and for
# the EU; the EU wins (WINNERS). Seats of government where the press uses them (Bolivia:
# La Paz; Sri Lanka: Colombo).
CAPITALS = {
    "AD": "Андорра-ла-Велья|Andorra la Vella",
    "AE": "Абу-Даби|Abu Dhabi",
    "AF": "Кабул|Kabul",
    "AG": "Сент-Джонс|St. John's",
    "AL": "Тирана|Tirana",
    "AM": "Ереван|Yerevan",
    "AO": "Луанда|Luanda",
    "AR": "Буэнос-Айрес|Buenos Aires",
    "AT": "Вена|Vienna",
    "AU": "Канберра|Canberra",
    "AZ": "Баку|Baku",
    "BA": "Сараево|Sarajevo",
    "BB": "Бриджтаун|Bridgetown",
    "BD": "Дакка|Dhaka",
    "BE": "Брюссель|Brussels",
    "BF": "Уагадугу|Ouagadougou",
    "BG": "София|Sofia",
    "BH": "Манама|Manama",
    "BI": "Гитега|Gitega",
    "BJ": "Порто-Ново|Porto-Novo",
    "BN": "Бандар-Сери-Бегаван|Bandar Seri Begawan",
    "BO": "Ла-Пас|La Paz",
    "BR": "Бразилиа|Brasília",
    "BS": "Нассау|Nassau",
    "BT": "Тхимпху|Thimphu",
    "BW": "Габороне|Gaborone",
    "BY": "Минск|Minsk",
    "BZ": "Бельмопан|Belmopan",
    "CA": "Оттава|Ottawa",
    "CD": "Киншаса|Kinshasa",
    "CF": "Банги|Bangui",
    "CG": "Браззавиль|Brazzaville",
    "CH": "Берн|Bern",
    "CI": "Ямусукро|Yamoussoukro",
    "CL": "Сантьяго|Santiago",
    "CM": "Яунде|Yaoundé",
    "CN": "Пекин|Beijing",
    "CO": "Богота|Bogotá",
    "CR": "Сан-Хосе|San José",
    "CU": "Гавана|Havana",
    "CV": "Прая|Praia",
    "CY": "Никосия|Nicosia",
    "CZ": "Прага|Prague",
    "DE": "Берлин|Berlin",
    "DJ": "Джибути|Djibouti",
    "DK": "Копенгаген|Copenhagen",
    "DM": "Розо|Roseau",
    "DO": "Санто-Доминго|Santo Domingo",
    "DZ": "Алжир|Algiers",
    "EC": "Кито|Quito",
    "EE": "Таллин|Tallinn",
    "EG": "Каир|Cairo",
    "ER": "Асмэра|Asmara",
    "ES": "Мадрид|Madrid",
    "ET": "Аддис-Абеба|Addis Ababa",
    "FI": "Хельсинки|Helsinki",
    "FJ": "Сува|Suva",
    "FM": "Паликир|Palikir",
    "FR": "Париж|Paris",
    "GA": "Либревиль|Libreville",
    "GB": "Лондон|London",
    "GD": "Сент-Джорджес|St. George's",
    "GE": "Тбилиси|Tbilisi",
    "GH": "Аккра|Accra",
    "GM": "Банжул|Banjul",
    "GN": "Конакри|Conakry",
    "GQ": "Малабо|Malabo",
    "GR": "Афины|Athens",
    "GT": "Гватемала|Guatemala City",
    "GW": "Бисау|Bissau",
    "GY": "Джорджтаун|Georgetown",
    "HN": "Тегусигальпа|Tegucigalpa",
    "HR": "Загреб|Zagreb",
    "HT": "Порт-о-Пренс|Port-au-Prince",
    "HU": "Будапешт|Budapest",
    "ID": "Джакарта|Jakarta",
    "IE": "Дублин|Dublin",
    "IN": "Нью-Дели;Дели|New Delhi;Delhi",
    "IQ": "Багдад|Baghdad",
    "IR": "Тегеран|Tehran",
    "IS": "Рейкьявик|Reykjavík",
    "IT": "Рим|Rome",
    "JM": "Кингстон|Kingston",
    "JO": "Амман|Amman",
    "JP": "Токио|Tokyo",
    "KE": "Найроби|Nairobi",
    "KG": "Бишкек|Bishkek",
    "KH": "Пномпень|Phnom Penh",
    "KI": "Южная Тарава|South Tarawa",
    "KM": "Морони|Moroni",
    "KN": "Бастер|Basseterre",
    "KP": "Пхеньян|Pyongyang",
    "KR": "Сеул|Seoul",
    "KW": "Эль-Кувейт|Kuwait City",
    "KZ": "Астана|Astana",
    "LA": "Вьентьян|Vientiane",
    "LB": "Бейрут|Beirut",
    "LC": "Кастри|Castries",
    "LI": "Вадуц|Vaduz",
    "LK": "Коломбо|Colombo",
    "LR": "Монровия|Monrovia",
    "LS": "Масеру|Maseru",
    "LT": "Вильнюс|Vilnius",
    "LU": "Люксембург|Luxembourg",
    "LV": "Рига|Riga",
    "LY": "Триполи|Tripoli",
    "MA": "Рабат|Rabat",
    "MC": "Монако|Monaco",
    "MD": "Кишинев|Chisinau;Chișinău",
    "ME": "Подгорица|Podgorica",
    "MG": "Антананариву|Antananarivo",
    "MH": "Маджуро|Majuro",
    "MK": "Скопье|Skopje",
    "ML": "Бамако|Bamako",
    "MM": "Нейпьидо|Naypyidaw",
    "MN": "Улан-Батор|Ulaanbaatar",
    "MR": "Нуакшот|Nouakchott",
    "MT": "Валлетта|Valletta",
    "MU": "Порт-Луи|Port Louis",
    "MV": "Мале|Malé",
    "MW": "Лилонгве|Lilongwe",
    "MX": "Мехико|Mexico City",
    "MY": "Куала-Лумпур|Kuala Lumpur",
    "MZ": "Мапуту|Maputo",
    "NA": "Виндхук|Windhoek",
    "NE": "Ниамей|Niamey",
    "NG": "Абуджа|Abuja",
    "NI": "Манагуа|Managua",
    "NL": "Амстердам|Amsterdam",
    "NO": "Осло|Oslo",
    "NP": "Катманду|Kathmandu",
    "NZ": "Веллингтон|Wellington",
    "OM": "Маскат|Muscat",
    "PA": "Панама|Panama City",
    "PE": "Лима|Lima",
    "PG": "Порт-Морсби|Port Moresby",
    "PH": "Манила|Manila",
    "PK": "Исламабад|Islamabad",
    "PL": "Варшава|Warsaw",
    "PT": "Лиссабон|Lisbon",
    "PW": "Нгерулмуд|Ngerulmud",
    "PY": "Асунсьон|Asunción",
    "QA": "Доха|Doha",
    "RO": "Бухарест|Bucharest",
    "RS": "Белград|Belgrade",
    "RU": "Москва|Moscow",
    "RW": "Кигали|Kigali",
    "SA": "Эр-Рияд;Рияд|Riyadh",
    "SB": "Хониара|Honiara",
    "SC": "Виктория|Victoria",
    "SD": "Хартум|Khartoum",
    "SE": "Стокгольм|Stockholm",
    "SG": "Сингапур|Singapore",
    "SI": "Любляна|Ljubljana",
    "SK": "Братислава|Bratislava",
    "SL": "Фритаун|Freetown",
    "SM": "Сан-Марино|San Marino",
    "SN": "Дакар|Dakar",
    "SO": "Могадишо|Mogadishu",
    "SR": "Парамарибо|Paramaribo",
    "SS": "Джуба|Juba",
    "ST": "Сан-Томе|São Tomé",
    "SV": "Сан-Сальвадор|San Salvador",
    "SY": "Дамаск|Damascus",
    "SZ": "Мбабане|Mbabane",
    "TD": "Нджамена|N'Djamena",
    "TG": "Ломе|Lomé",
    "TH": "Бангкок|Bangkok",
    "TJ": "Душанбе|Dushanbe",
    "TL": "Дили|Dili",
    "TM": "Ашхабад|Ashgabat",
    "TN": "Тунис|Tunis",
    "TO": "Нукуалофа|Nuku'alofa",
    "TR": "Анкара|Ankara",
    "TT": "Порт-оф-Спейн|Port of Spain",
    "TV": "Фунафути|Funafuti",
    "TZ": "Додома|Dodoma",
    "UA": "Киев|Kyiv;Kiev",
    "UG": "Кампала|Kampala",
    "US": "Вашингтон|Washington",
    "UY": "Монтевидео|Montevideo",
    "UZ": "Ташкент|Tashkent",
    "VA": "Ватикан|Vatican City",
    "VC": "Кингстаун|Kingstown",
    "VE": "Каракас|Caracas",
    "VN": "Ханой|Hanoi",
    "VU": "Порт-Вила|Port Vila",
    "WS": "Апиа|Apia",
    "YE": "Сана|Sanaa",
    "ZA": "Претория|Pretoria",
    "ZM": "Лусака|Lusaka",
    "ZW": "Хараре|Harare",
    "EU": "Брюссель|Brussels",
}

# Capitals that are ordinary words or frequent names although pymorphy3 parses them as places
# first (the automatic check drops the others and reports them).
RU_CAPITAL_DENY = {
    "вена": "also the common noun 'vein'",
}
EN_CAPITAL_DENY = {
    "georgetown": "also a district of Washington and towns elsewhere",
    "kingston": "many towns of the name",
    "male": "common English word",
    "san jose": "also a large US city",
    "sofia": "frequent given name",
    "victoria": "frequent name and place name",
}

# Adjectives that the suffix rules cannot derive (irregular stems, names of several words) or
# that are in use besides the derived one. Checked against pymorphy3 only for reporting.
RU_ADJ = {
    "AE": "эмиратский",
    "AM": "армянский",
    "BY": "белорусский",
    "CF": "центральноафриканский",
    "CZ": "чешский",
    "DE": "немецкий",
    "DK": "датский",
    "DO": "доминиканский",
    "FI": "финский",
    "FR": "французский",
    "GR": "греческий",
    "HU": "венгерский",
    "IT": "итальянский",
    "KG": "кыргызский|кыргызстанский",
    "KP": "северокорейский",
    "KR": "южнокорейский|корейский",
    "LT": "литовский",
    "MD": "молдавский",
    "MK": "северомакедонский",
    "MM": "мьянманский",
    "NO": "норвежский",
    "NZ": "новозеландский",
    "PL": "польский",
    "SA": "саудовский",
    "SE": "шведский",
    "SK": "словацкий",
    "SS": "южносуданский",
    "TR": "турецкий",
    "US": "американский",
    "ZA": "южноафриканский",
    "XC": "центральноазиатский|среднеазиатский",
}

# Adjectives the suffix rules derive that mean something else.
RU_ADJ_REJECT = {
    "беларусский": "spelling used in Belarus; Russian text writes 'белорусский'",
    "великобританский": "rare; the press writes 'британский' (derived from 'Британия')",
    "италийский": "ancient Italic, not Italian",
    "монакский": "rare; the Monaco adjective is 'монегасский'",
    "словакский": "not standard; 'словацкий' is listed by hand",
    "македонский": "pymorphy3 knows it first as a surname (Alexander the Great)",
}

# The adjective for titles (ru.adj) where the first derived one is not the usual one.
RU_ADJ_DISPLAY = {
    "AF": "афганский",
    "BY": "белорусский",
    "KG": "киргизский",
    "KR": "южнокорейский",
    "MD": "молдавский",
    "TJ": "таджикский",
    "TM": "туркменский",
    "UZ": "узбекский",
}

# Irregular combining forms (российско-казахстанский is derived; these are not).
COMB = {
    "AT": "австро",
    "DE": "германо",
    "ES": "испано",
    "FR": "франко",
    "GB": "англо",
    "GR": "греко",
    "IN": "индо",
    "IT": "итало",
    "JP": "японо",
    "RU": "русско",
    "US": "американо",
}

# Modifiers pymorphy3 gives two equally probable lemmas for: the one names use.
MODIFIER_LEMMAS = {
    "большая": "большой",  # Большая семерка; not бо́льшая (больший)
}

# When one form belongs to several areas: the lemma that settles it, and its winner.
WINNERS = {
    "брюссель": "EU",  # Brussels in economic news is the EU far more often than Belgium
    "brussels": "EU",
}

# Single-word forms that pymorphy3 parses first as common words but are wanted anyway.
RU_ALLOW_COMMON = {
    "еврозона": "a common noun, but it only ever means the euro area",
    "кремль": "the Kremlin as a metonym for Russia's leadership",
    "макао": "pymorphy3 prefers the parrot; in the press it is Macau",
    "сомали": "pymorphy3 prefers the language (indeclinable adjective); in the press it is the country",
    "эмираты": "plural of the common noun, but in the press the UAE",
    "поднебесная": "'the Celestial Empire', the press's synonym for China",
}

# English names besides CLDR's.
EN_NAMES = {
    "AE": "Emirates",
    "BA": "Bosnia",
    "CD": "Democratic Republic of the Congo|DR Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CN": "People's Republic of China|Mainland China",
    "CV": "Cabo Verde",
    "CZ": "Czech Republic",
    "GB": "Britain|Great Britain",
    "HK": "Hong Kong",
    "KG": "Kyrgyz Republic|Kirgizia",
    "KP": "Democratic People's Republic of Korea",
    "KR": "Korea|Republic of Korea",
    "KZ": "Republic of Kazakhstan",
    "MK": "Macedonia",
    "MO": "Macao|Macau",
    "NL": "Holland",
    "PS": "Palestine",
    "RU": "Russian Federation",
    "SZ": "Swaziland",
    "TL": "East Timor",
    "TR": "Turkey",
    "US": "United States of America",
    "UZ": "Republic of Uzbekistan",
    "VA": "Holy See|Vatican",
    "EU": "European Union",
    "EZ": "euro area|euro zone",
    "EAEU": "Eurasian Economic Union",
    "CIS": "Commonwealth of Independent States",
    "BRICS": "Brics",
    "SCO": "Shanghai Cooperation Organisation|Shanghai Cooperation Organization",
    "ASEAN": "Association of Southeast Asian Nations|Asean",
    "OPEC": "Organization of the Petroleum Exporting Countries|Opec",
    "OPECPLUS": "OPEC Plus|Opec+",
    "G7": "Group of Seven",
    "G20": "Group of Twenty",
    "CSTO": "Collective Security Treaty Organization",
    "GCC": "Gulf Cooperation Council",
    "APEC": "Asia-Pacific Economic Cooperation",
    "OECD": "Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development",
    "OTS": "Organization of Turkic States",
    "UNIONSTATE": "Union State of Russia and Belarus",
}

# English abbreviations (form.en.abbr, case-sensitive). FT-style "Opec", "Brics" are names above.
# U.S. with dots is left to the matcher (Gazetteer reads capitals each before a dot as the letters); ROK and RK are left out as rare.
EN_ABBR = {
    "AE": "UAE",
    "CD": "DRC",
    "CN": "PRC",
    "GB": "UK",
    "KP": "DPRK",
    "US": "US|USA",
    "EU": "EU",
    "EAEU": "EAEU|EEU",
    "CIS": "CIS",
    "BRICS": "BRICS",
    "SCO": "SCO",
    "ASEAN": "ASEAN",
    "OPEC": "OPEC",
    "OPECPLUS": "OPEC+",
    "G7": "G7",
    "G20": "G20",
    "CSTO": "CSTO",
    "GCC": "GCC",
    "APEC": "APEC",
    "OECD": "OECD",
    "OTS": "OTS",
}

# English names that are common words (CLDR names these places).
EN_NAME_DENY = {
    "guernsey": "a sweater",
    "jersey": "a garment; also 'New Jersey'",
}

# English adjectives: the first is en.adj (title use), the rest are other forms in use.
EN_ADJ = {
    "AE": "Emirati",
    "AF": "Afghan",
    "AL": "Albanian",
    "AM": "Armenian",
    "AO": "Angolan",
    "AR": "Argentine|Argentinian",
    "AT": "Austrian",
    "AU": "Australian",
    "AZ": "Azerbaijani",
    "BA": "Bosnian",
    "BB": "Barbadian",
    "BD": "Bangladeshi",
    "BE": "Belgian",
    "BF": "Burkinabe",
    "BG": "Bulgarian",
    "BH": "Bahraini",
    "BI": "Burundian",
    "BJ": "Beninese",
    "BN": "Bruneian",
    "BO": "Bolivian",
    "BR": "Brazilian",
    "BS": "Bahamian",
    "BT": "Bhutanese",
    "BW": "Botswanan",
    "BY": "Belarusian",
    "CA": "Canadian",
    "CH": "Swiss",
    "CI": "Ivorian",
    "CL": "Chilean",
    "CM": "Cameroonian",
    "CN": "Chinese",
    "CO": "Colombian",
    "CR": "Costa Rican",
    "CU": "Cuban",
    "CV": "Cape Verdean",
    "CY": "Cypriot",
    "CZ": "Czech",
    "DE": "German",
    "DJ": "Djiboutian",
    "DK": "Danish",
    "DZ": "Algerian",
    "EC": "Ecuadorian",
    "EE": "Estonian",
    "EG": "Egyptian",
    "ER": "Eritrean",
    "ES": "Spanish",
    "ET": "Ethiopian",
    "FI": "Finnish",
    "FJ": "Fijian",
    "FR": "French",
    "GA": "Gabonese",
    "GB": "British|UK",
    "GE": "Georgian",
    "GH": "Ghanaian",
    "GM": "Gambian",
    "GR": "Greek",
    "GT": "Guatemalan",
    "GY": "Guyanese",
    "HK": "Hong Kong",
    "HN": "Honduran",
    "HR": "Croatian",
    "HT": "Haitian",
    "HU": "Hungarian",
    "ID": "Indonesian",
    "IE": "Irish",
    "IL": "Israeli",
    "IN": "Indian",
    "IQ": "Iraqi",
    "IR": "Iranian",
    "IS": "Icelandic",
    "IT": "Italian",
    "JM": "Jamaican",
    "JO": "Jordanian",
    "JP": "Japanese",
    "KE": "Kenyan",
    "KG": "Kyrgyz|Kyrgyzstani",
    "KH": "Cambodian",
    "KP": "North Korean",
    "KR": "South Korean|Korean",
    "KW": "Kuwaiti",
    "KZ": "Kazakh|Kazakhstani",
    "LA": "Laotian|Lao",
    "LB": "Lebanese",
    "LK": "Sri Lankan",
    "LR": "Liberian",
    "LT": "Lithuanian",
    "LU": "Luxembourgish",
    "LV": "Latvian",
    "LY": "Libyan",
    "MA": "Moroccan",
    "MD": "Moldovan",
    "ME": "Montenegrin",
    "MG": "Malagasy",
    "MK": "North Macedonian|Macedonian",
    "ML": "Malian",
    "MM": "Burmese",
    "MN": "Mongolian",
    "MR": "Mauritanian",
    "MT": "Maltese",
    "MU": "Mauritian",
    "MV": "Maldivian",
    "MW": "Malawian",
    "MX": "Mexican",
    "MY": "Malaysian",
    "MZ": "Mozambican",
    "NA": "Namibian",
    "NE": "Nigerien",
    "NG": "Nigerian",
    "NI": "Nicaraguan",
    "NL": "Dutch",
    "NO": "Norwegian",
    "NP": "Nepali|Nepalese",
    "OM": "Omani",
    "PA": "Panamanian",
    "PE": "Peruvian",
    "PH": "Philippine|Filipino",
    "PK": "Pakistani",
    "PL": "Polish",
    "PR": "Puerto Rican",
    "PS": "Palestinian",
    "PT": "Portuguese",
    "PY": "Paraguayan",
    "QA": "Qatari",
    "RO": "Romanian",
    "RS": "Serbian",
    "RU": "Russian",
    "RW": "Rwandan",
    "SA": "Saudi",
    "SC": "Seychellois",
    "SD": "Sudanese",
    "SE": "Swedish",
    "SG": "Singaporean",
    "SI": "Slovenian|Slovene",
    "SK": "Slovak",
    "SL": "Sierra Leonean",
    "SN": "Senegalese",
    "SO": "Somali",
    "SR": "Surinamese",
    "SS": "South Sudanese",
    "SV": "Salvadoran",
    "SY": "Syrian",
    "SZ": "Swazi",
    "TD": "Chadian",
    "TG": "Togolese",
    "TH": "Thai",
    "TJ": "Tajik|Tajikistani",
    "TM": "Turkmen",
    "TN": "Tunisian",
    "TR": "Turkish",
    "TT": "Trinidadian",
    "TW": "Taiwanese",
    "TZ": "Tanzanian",
    "UA": "Ukrainian",
    "UG": "Ugandan",
    "US": "US|American",
    "UY": "Uruguayan",
    "UZ": "Uzbek|Uzbekistani",
    "VE": "Venezuelan",
    "VN": "Vietnamese",
    "XK": "Kosovar",
    "YE": "Yemeni",
    "ZA": "South African",
    "ZM": "Zambian",
    "ZW": "Zimbabwean",
    "EZ": "eurozone",
    "XC": "Central Asian",
    "UNIONSTATE": "Union State",
}

# ---------------------------------------------------------------------------------------------
# Russian morphology
# ---------------------------------------------------------------------------------------------

MORPH = pymorphy3.MorphAnalyzer()
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
DISPLAY_CASES = ("gent", "datv", "accs", "ablt", "loct")
PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}
DECLINABLE_ENDINGS = set("бвгджзклмнпрстфхцчшщйаяь")
ABBREVIATIONS = {"о-в": "остров", "о-ва": "острова"}  # CLDR's short forms, expanded before inflection


def parse_key(p):
    """Deterministic preference among parses: dictionary words, places, pymorphy's score."""
    return (not p.is_known, "Geox" not in p.tag, -round(p.score, 6), str(p.tag), p.normal_form)


def is_abbreviation(word):
    """ЕАЭС, ОПЕК+, G7: at least two letters or digits, the letters all capitals."""
    chars = [c for c in word if c.isalnum()]
    letters = [c for c in chars if c.isalpha()]
    return len(chars) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def noun_parse(word):
    """The nominative noun parse of a word, or None if it is to stay as it is."""
    lower = word.lower()
    parses = [p for p in MORPH.parse(lower) if p.tag.POS == "NOUN" and "nomn" in p.tag]
    known = [p for p in parses if p.is_known]
    if known:
        return sorted(known, key=parse_key)[0]
    if "-" in lower or not parses or lower[-1] not in DECLINABLE_ENDINGS:
        return None
    # A prediction, trusted only when it takes the word for its own nominative singular
    # (Эстатиус, Майен); otherwise (Додома: "додом") the word stays as it is.
    same = [p for p in parses if p.normal_form == lower and "sing" in p.tag]
    if not same:
        return None
    return sorted(same, key=lambda p: ("anim" in p.tag,) + parse_key(p))[0]  # places are inanimate


def modifier_parse(word):
    parses = MORPH.parse(word.lower())
    known = [p for p in parses if p.is_known and p.tag.POS in ("ADJF", "PRTF") and "nomn" in p.tag]
    lemma = MODIFIER_LEMMAS.get(word.lower())
    known = [p for p in known if p.normal_form == lemma] or known
    if known:
        return sorted(known, key=parse_key)[0]
    # A possessive adjective pymorphy3 does not know (Сандвичевы) declines in the plural like
    # a surname, which it predicts.
    if word.lower().endswith(("овы", "евы", "ины")):
        surnames = [p for p in parses if "Surn" in p.tag and "plur" in p.tag and "nomn" in p.tag]
        if surnames:
            return sorted(surnames, key=parse_key)[0]
    return None


def restore_case(original, new):
    """Copy the capitalisation of `original` onto `new` letter by letter (Кот-д’Ивуара)."""
    if "ё" not in original.lower():
        new = new.replace("ё", "е").replace("Ё", "Е")
    if is_abbreviation(original):
        return new.upper()

    def copy(x, y):
        out = list(y.lower())
        for i, (a, b) in enumerate(zip(x, y)):
            if a.lower() != b.lower():
                break
            out[i] = a
        if x[:1].isupper() and out:
            out[0] = out[0].upper()
        return "".join(out)

    a, b = original.split("-"), new.split("-")
    if len(a) != len(b):
        return copy(original, new)
    return "-".join(copy(x, y) for x, y in zip(a, b))


def inflect_parse(p, case):
    """pymorphy3 predicts unknown names as animate; a place's accusative is its nominative."""
    if case == "accs" and not p.is_known and "anim" in p.tag and ("masc" in p.tag or "plur" in p.tag):
        return p
    return p.inflect({case})


def inflect_hyphenated(word, case):
    """A hyphenated word pymorphy3 does not know: the last part declines (Эр-Рияда, Ян-Майена)."""
    head, _, last = word.rpartition("-")
    p = noun_parse(last)
    if p is None:
        return word
    f = inflect_parse(p, case)
    return word if f is None else head + "-" + restore_case(last, f.word)


def inflect_noun(word, case):
    if is_abbreviation(word):
        return word
    p = noun_parse(word)
    if p is None:
        return inflect_hyphenated(word, case) if "-" in word else word
    f = inflect_parse(p, case)
    return word if f is None else restore_case(word, f.word)


def inflect_conjunct(words, case):
    """Modifiers agree with the head noun; what follows the head stays (Республики Корея)."""
    n = len(words)
    head = n - 1
    for i, w in enumerate(words):
        if i + 1 < n and not is_abbreviation(w) and modifier_parse(w) is not None:
            continue
        head = i
        break
    hp = None if is_abbreviation(words[head]) else noun_parse(words[head])
    animacy = "anim" if hp is not None and "anim" in hp.tag else "inan"
    out = []
    for w in words[:head]:
        mp = modifier_parse(w)
        grams = {case}
        if mp is not None and case == "accs" and ("plur" in mp.tag or "masc" in mp.tag):
            grams.add(animacy)
        if mp is not None and "Surn" in mp.tag and grams == {"accs", "inan"}:
            grams = {"nomn"}  # the inanimate accusative of a possessive is its nominative
        f = mp.inflect(grams) if mp is not None else None
        out.append(w if f is None else restore_case(w, f.word))
    out.append(inflect_noun(words[head], case))
    return out, words[head + 1:]


def tokens(text):
    """Words and separators ("и", ",", "—", "-" between spaces)."""
    out = []
    for t in text.split():
        if t in ("и", "—", "-"):
            out.append(("sep", t))
        elif t.endswith(",") and len(t) > 1:
            out.append(("word", t[:-1]))
            out.append(("sep", ","))
        else:
            out.append(("word", t))
    return out


def inflect_phrase(text, case):
    """A name in a case. Coordinated names decline each (Боснии и Герцеговины) when the
    conjunction follows a head noun directly; after a complement everything stays
    (Организации экономического сотрудничества и развития)."""
    if case == "nomn":
        return text
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j][0] == "word":
            j += 1
        words = [t for _, t in toks[i:j]]
        if not words:  # a leading separator: keep the rest
            out.extend(t for _, t in toks[i:])
            break
        inflected, complement = inflect_conjunct(words, case)
        out.extend(inflected)
        if complement or j >= len(toks) or toks[j][1] == "-":
            out.extend(complement)
            out.extend(t for _, t in toks[j:])
            break
        out.append(toks[j][1])
        i = j + 1
    return " ".join(out).replace(" ,", ",")


def expand(text):
    return " ".join(ABBREVIATIONS.get(t, t) for t in text.split())


def split_parenthetical(text):
    """'Мьянма (Бирма)' -> ('Мьянма', 'Бирма'); 'Cocos (Keeling) Islands' -> ('Cocos Islands',
    None); no parenthesis -> (text, None)."""
    if "(" in text and text.endswith(")"):
        main, _, rest = text.partition("(")
        return main.strip(), rest[:-1].strip()
    if "(" in text and ")" in text:
        head, _, rest = text.partition("(")
        return " ".join((head + rest.partition(")")[2]).split()), None
    return text, None


def display_case(text, case, other_names):
    """A display name (CLDR's spelling) in a case, for title templates."""
    main, paren = split_parenthetical(expand(text))
    if is_abbreviation(main):
        return text
    result = inflect_phrase(main, case)
    if paren is not None:
        if " " not in paren and not is_abbreviation(paren) and paren not in other_names:
            paren = inflect_phrase(paren, case)
        result += f" ({paren})"
    return result


def normalise(form):
    form = form.lower().replace("ё", "е")
    form = form.replace(" —", "").replace(",", "")
    return " ".join(form.split())


def variants(form):
    """Spelling variants of one lower-case form: the typewriter apostrophe (Кот-д'Ивуар)."""
    out = {form}
    for f in list(out):
        if "’" in f:
            out.add(f.replace("’", "'"))
    return out


def name_forms(name):
    """Every inflected form of a Russian name, lower-case. Single words: the whole lexeme
    (both numbers); several words: the six cases in the name's own number."""
    main = split_parenthetical(expand(name))[0]
    words = main.split()
    forms = set()
    if len(words) == 1:
        w = words[0]
        p = noun_parse(w)
        if p is not None and p.tag.number == "plur":  # Нидерланды, Эмираты: the plural only
            forms |= {f.word for f in p.lexeme if f.tag.number == "plur"}
        elif p is not None:
            forms |= {f.word for f in p.lexeme}
        elif "-" in w:
            forms |= {inflect_hyphenated(w, c) for c in CASES}
        else:
            mp = modifier_parse(w)  # a substantivised adjective: Поднебесная
            if mp is not None:
                g = {mp.tag.gender, mp.tag.number} - {None}
                forms |= {f.word for f in mp.lexeme if f.tag.POS == mp.tag.POS and g <= set(map(str, f.tag.grammemes))}
            forms.add(w)
    else:
        forms |= {inflect_phrase(main, c) for c in CASES}
    out = set()
    for f in forms:
        f = normalise(f)
        out |= variants(f)
    # "Папуа — Новая Гвинея" is also written "Папуа-Новая Гвинея".
    if " — " in main:
        out |= {normalise(inflect_phrase(main, c).replace(" — ", "-")) for c in CASES}
    return out


def capital_forms(name):
    """Singular case forms of a capital or metonym."""
    words = expand(name).split()
    if len(words) == 1:
        p = noun_parse(words[0])
        if p is not None:
            number = p.tag.number or "sing"
            return {normalise(f.word) for f in p.lexeme if f.tag.number in (number, None)}
    return {normalise(inflect_phrase(name, c)) for c in CASES}


def capital_is_ambiguous(name):
    """A single-word capital that pymorphy3 knows first as something other than a place."""
    w = name.lower().replace("ё", "е")
    if " " in w or "-" in w:
        return None
    parses = MORPH.parse(w)
    if not any(p.is_known for p in parses):
        return None
    best = max(p.score for p in parses)
    if any("Geox" in p.tag and p.score >= best - 1e-9 for p in parses):
        return None
    top = sorted(parses, key=lambda p: (-p.score, str(p.tag), p.normal_form))[0]
    return f"{top.normal_form} {top.tag}"


def common_word(form):
    """A single word that pymorphy3 finds more probably a common word than a proper noun
    (того: тот; бутан: the gas). Ties go to the proper noun (доха, катару)."""
    if " " in form:
        return None
    parses = MORPH.parse(form)
    if not any(p.is_known for p in parses):
        return None
    def proper(p):
        return bool(PROPER & set(map(str, p.tag.grammemes))) or "Abbr" in p.tag
    best_proper = max((p.score for p in parses if proper(p)), default=0.0)
    common = sorted((p for p in parses if not proper(p)), key=lambda p: (-p.score, str(p.tag), p.normal_form))
    if not common or common[0].score <= best_proper + 1e-9:
        return None
    return f"{common[0].normal_form} {common[0].tag}"


def known_adjective(word):
    return any(p.is_known and p.tag.POS == "ADJF" and "nomn" in p.tag and "masc" in p.tag
               and p.normal_form == word for p in MORPH.parse(word))


def adjective_candidates(name):
    """Adjectives a one-word name may have, in order of preference: the first known one wins,
    and names in -стан also give the short one (казахстанский, казахский)."""
    n = name.lower().replace("ё", "е")
    if " " in n or "-" in n or is_abbreviation(name):
        return []
    if n.endswith(("ия", "ея")):
        s = n[:-2]
        rules = [s + n[-2] + "йский", s + "ский", s + "ьский", s + "инский"]
    elif n[-1] in "ая":
        s = n[:-1]
        rules = [s + "ский", s + "ьский", s + "ийский", s + "инский", s + "анский"]
    elif n[-1] in "оеиуэ":
        rules = [n + "йский", n[:-1] + "анский", n + "нский", n[:-1] + "ский"]
    elif n[-1] == "ы":
        rules = [n[:-1] + "ский"]
    elif n[-1] == "ь":
        rules = [n + "ский", n[:-1] + "ский"]
    else:
        rules = [n + "ский", n + "ьский", n + "ийский"]
    found = [w for w in rules if known_adjective(w)][:1]
    for suffix in ("истан", "стан"):
        if n.endswith(suffix) and known_adjective(n[: -len(suffix)] + "ский"):
            found.append(n[: -len(suffix)] + "ский")
            break
    return found


def adjective_parse(word):
    parses = [p for p in MORPH.parse(word) if p.tag.POS == "ADJF" and "nomn" in p.tag and "masc" in p.tag]
    return sorted(parses, key=parse_key)[0]


def adjective_forms(word):
    p = adjective_parse(word)
    return {normalise(f.word) for f in p.lexeme if f.tag.POS == "ADJF"}


def adjective_display(word):
    p = adjective_parse(word)
    def form(grams):
        f = p.inflect(grams)
        return f.word.replace("ё", "е") if f else None
    return {
        "ru.adj": word,
        "ru.adj.femn": form({"femn", "sing", "nomn"}),
        "ru.adj.neut": form({"neut", "sing", "nomn"}),
        "ru.adj.plur": form({"plur", "nomn"}),
    }


def combining_form(adjective):
    """российский -> российско, турецкий -> турецко."""
    return adjective[:-2] + "о"


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def en_forms(name):
    main, paren = split_parenthetical(name)
    forms = set()
    base = {main}
    if " - " in main:  # Congo - Kinshasa
        base = {main.split(" - ")[0], main.replace(" - ", "-")}
    if paren is not None and " " not in main and " " not in paren and not is_abbreviation(paren):
        base.add(paren)  # Myanmar (Burma)
    for b in base:
        b = b.lower().replace("’", "'")
        vs = {b, b.replace(" & ", " and ")}
        vs |= {v.replace("st. ", "saint ") for v in vs if v.startswith("st. ") or " st. " in v}
        vs |= {fold(v) for v in vs}
        forms |= vs
    return {" ".join(f.split()) for f in forms}


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

def split_names(value):
    return [v for v in value.split("|") if v]


class Gazetteer:
    def __init__(self):
        self.rows = set()
        # (space, form) -> {code: {(field, lemma)}}. Spaces: "ru" (lower-case Russian: names,
        # adjectives, combining forms, capitals), "en" (lower-case English), "abbr.ru" and
        # "abbr.en" (case-sensitive). A form belongs to one area per space.
        self.forms = {}
        self.log = []

    def row(self, code, field, value):
        if value:
            self.rows.add((code, field, value))

    def form(self, space, code, field, form, lemma):
        if sum(c.isalnum() for c in form) < 2:
            self.log.append(f"drop (too short) {code} {field} {form!r}")
            return
        self.forms.setdefault((space, form), {}).setdefault(code, set()).add((field, lemma))

    def resolve(self):
        rank = {"form.name": 0, "form.adj": 1, "form.comb": 2, "form.capital": 3}
        collisions = []
        for (space, form), by_code in sorted(self.forms.items()):
            codes = sorted(by_code)
            if len(codes) > 1:
                lemmas = {lemma for fields in by_code.values() for _, lemma in fields}
                winners = {WINNERS[l] for l in lemmas if l in WINNERS} & set(codes)
                if len(winners) == 1:
                    codes = sorted(winners)
                    collisions.append(f"ambiguous {form!r}: {' '.join(sorted(by_code))} -> {codes[0]} (hand table)")
                else:
                    collisions.append(f"ambiguous {form!r}: {' '.join(codes)} -> dropped")
                    continue
            code = codes[0]
            fields = sorted({f for f, _ in by_code[code]}, key=lambda f: (rank.get(f, 9), f))
            self.row(code, fields[0], form)
        return collisions


def build():
    ru_names = Locale("ru").territories
    en_names = Locale("en").territories

    codes = sorted(
        c for c in en_names
        if len(c) == 2 and c.isalpha() and c in ru_names and c not in NOT_ISO
        and (c in KEEP_USER_ASSIGNED or not (c == "AA" or c == "ZZ" or "QM" <= c <= "QZ" or c[0] == "X"))
    )
    alpha3 = {}
    for a3, targets in babel.core.get_global("territory_aliases").items():
        if len(a3) == 3 and a3.isalpha() and len(targets) == 1 and a3 not in WITHDRAWN_ALPHA3:
            alpha3.setdefault(targets[0], []).append(a3)
    for c in codes:
        if c not in KEEP_USER_ASSIGNED and len(alpha3.get(c, [])) != 1:
            raise SystemExit(f"gazetteer: no single alpha-3 code for {c}: {alpha3.get(c)}")
    unknown = (TERRITORIES | set(CAPITALS) | set(RU_NAMES) | set(EN_NAMES) | set(RU_ADJ) | set(EN_ADJ) | set(RU_ABBR) | set(EN_ABBR) | set(COMB) | set(METONYMS)) - set(codes) - set(GROUPS)
    if unknown:
        raise SystemExit(f"gazetteer: hand tables name unknown codes: {sorted(unknown)}")

    g = Gazetteer()
    display_ru, display_en = {}, {}
    for c in codes:
        g.row(c, "kind", "territory" if c in TERRITORIES else "country")
        if c not in KEEP_USER_ASSIGNED:
            g.row(c, "iso3", alpha3[c][0])
        display_ru[c], display_en[c] = ru_names[c], en_names[c]
        g.row(c, "en", en_names[c])
        g.row(c, "ru", ru_names[c])
    for c, (ru, en, members) in GROUPS.items():
        g.row(c, "kind", "group")
        g.row(c, "members", " ".join(sorted(members.split())))
        display_ru[c], display_en[c] = ru, en
        g.row(c, "en", en)
        g.row(c, "ru", ru)
    all_codes = sorted(display_ru)
    other_names = set(display_ru.values())

    for c in all_codes:
        slug = SLUGS.get(c, c.lower())
        assert slug.replace("_", "").isalnum() and slug == slug.lower() and slug.isascii(), slug
        g.row(c, "slug", slug)
        for case in DISPLAY_CASES:
            g.row(c, "ru." + case, display_case(display_ru[c], case, other_names - {display_ru[c]}))

    # Russian names: CLDR's (not for groups: CLDR's EU and EZ names are in RU_NAMES) and others.
    common_drops = []
    for c in all_codes:
        names = ([ru_names[c]] if c not in GROUPS else [display_ru[c]]) + split_names(RU_NAMES.get(c, ""))
        main, paren = split_parenthetical(ru_names[c] if c not in GROUPS else display_ru[c])
        if paren is not None and " " not in main and " " not in paren and not is_abbreviation(paren) and paren not in other_names:
            names.append(paren)  # Мьянма (Бирма)
        if " - " in main:  # Конго - Киншаса: the first part is the name
            names.append(main.split(" - ")[0])
        for name in names:
            if is_abbreviation(name):
                g.form("abbr.ru", c, "form.abbr", name, name)
                continue
            lemma = normalise(split_parenthetical(expand(name))[0].split(" - ")[0])
            for f in sorted(name_forms(name.split(" - ")[0] if " - " in name else name)):
                why = None if lemma in RU_ALLOW_COMMON else common_word(f)
                if why:
                    common_drops.append(f"drop (common word) {c} {f!r}: {why}")
                    continue
                g.form("ru", c, "form.name", f, lemma)
        for a in split_names(RU_ABBR.get(c, "")):
            g.form("abbr.ru", c, "form.abbr", a, a)

    # Adjectives: derived from one-word names, then the hand table.
    adj_notes = []
    for c in all_codes:
        names = ([ru_names[c]] if c not in GROUPS else []) + split_names(RU_NAMES.get(c, ""))
        derived = []
        for name in names:
            for a in adjective_candidates(split_parenthetical(name)[0]):
                if a in RU_ADJ_REJECT:
                    adj_notes.append(f"reject adjective {c} {a!r}: {RU_ADJ_REJECT[a]}")
                elif a not in derived:
                    derived.append(a)
        hand = split_names(RU_ADJ.get(c, ""))
        for a in hand:
            if not known_adjective(a):
                adj_notes.append(f"hand adjective {c} {a!r} is not in pymorphy3's dictionary (forms by its prediction)")
        adjectives = derived + [a for a in hand if a not in derived]
        if not adjectives:
            continue
        display = RU_ADJ_DISPLAY.get(c, adjectives[0])
        assert display in adjectives, (c, display)
        for field, value in adjective_display(display).items():
            g.row(c, field, value)
        for a in adjectives:
            for f in adjective_forms(a):
                g.form("ru", c, "form.adj", f, a)
            g.form("ru", c, "form.comb", combining_form(a), a)
    for c, combs in COMB.items():
        for f in split_names(combs):
            g.form("ru", c, "form.comb", f, f)

    # Capitals and metonyms.
    capital_drops = []
    for c, value in list(CAPITALS.items()) + list(METONYMS.items()):
        ru, _, en = value.partition("|")
        for name in ru.split(";"):
            lemma = normalise(name)
            why = RU_CAPITAL_DENY.get(lemma) or (None if lemma in RU_ALLOW_COMMON else capital_is_ambiguous(name))
            if why:
                capital_drops.append(f"drop (capital) {c} {name!r}: {why}")
                continue
            for f in sorted(capital_forms(name)):
                why = None if lemma in RU_ALLOW_COMMON else common_word(f)
                if why:
                    capital_drops.append(f"drop (capital form) {c} {f!r}: {why}")
                    continue
                g.form("ru", c, "form.capital", f, lemma)
        for name in en.split(";") if en else []:
            for f in sorted(en_forms(name)):
                if f in EN_CAPITAL_DENY:
                    capital_drops.append(f"drop (capital) {c} {f!r}: {EN_CAPITAL_DENY[f]}")
                    continue
                g.form("en", c, "form.en", f, f)

    # English names and adjectives.
    for c in all_codes:
        names = [display_en[c]] + split_names(EN_NAMES.get(c, "")) + split_names(EN_ABBR.get(c, ""))
        for name in names:
            if is_abbreviation(name):
                g.form("abbr.en", c, "form.en.abbr", name, name)
                continue
            for f in sorted(en_forms(name)):
                if f in EN_NAME_DENY:
                    common_drops.append(f"drop (common word) {c} {f!r}: {EN_NAME_DENY[f]}")
                    continue
                g.form("en", c, "form.en", f, f)
        # A group's adjective is its abbreviation ("EAEU trade") unless EN_ADJ says otherwise.
        adjs = split_names(EN_ADJ.get(c, "")) or (split_names(EN_ABBR.get(c, ""))[:1] if c in GROUPS else [])
        if adjs:
            g.row(c, "en.adj", adjs[0])
            for a in adjs:
                if not is_abbreviation(a):
                    g.form("en", c, "form.en", a.lower(), a.lower())

    collisions = g.resolve()
    report = sorted(set(g.log)) + sorted(set(common_drops)) + sorted(set(capital_drops)) + sorted(set(adj_notes)) + collisions
    return g.rows, report


def render(rows):
    versions = (f"babel {babel.__version__} (CLDR {babel.core.get_cldr_version()}), "
                f"pymorphy3 {pymorphy3.__version__}, pymorphy3-dicts-ru {pymorphy3_dicts_ru.__version__}")
    header = [
        "# gazetteer.tsv: generated by scripts/gazetteer/generate.py from CLDR territory names via",
        f"# {versions}; do not edit, regenerate (see scripts/gazetteer/README.md).",
        "# Lines: CODE<TAB>FIELD<TAB>VALUE, sorted by code, field, value. Fields: kind slug iso3 members",
        "# en en.adj ru ru.gent ru.datv ru.accs ru.ablt ru.loct ru.adj ru.adj.femn ru.adj.neut ru.adj.plur",
        "# form.name form.adj form.comb form.capital form.abbr form.en form.en.abbr. form.* values are",
        "# lower-case with е for ё, except form.abbr and form.en.abbr, which match case-sensitively.",
    ]
    for code, field, value in rows:
        assert "\t" not in value and "\n" not in value, (code, field, value)
    body = [f"{c}\t{f}\t{v}" for c, f, v in sorted(rows)]
    return "\n".join(header + body) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="output path (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing")
    args = parser.parse_args()

    installed = {"babel": babel.__version__, "pymorphy3": pymorphy3.__version__,
                 "pymorphy3-dicts-ru": pymorphy3_dicts_ru.__version__}
    mismatched = [f"{k} {installed[k]} (pinned {v})" for k, v in PINS.items() if installed[k] != v]

    rows, report = build()
    text = render(rows)
    if args.check:
        try:
            with open(args.out, "rb") as f:
                current = f.read()
        except FileNotFoundError:
            print(f"gazetteer: {args.out} does not exist; run scripts/gazetteer/generate.py", file=sys.stderr)
            return 1
        if current == text.encode("utf-8"):
            return 0
        old, new = current.decode("utf-8", errors="replace").splitlines(), text.splitlines()
        old_set, new_set = set(old), set(new)
        removed = [l for l in old if l not in new_set]
        added = [l for l in new if l not in old_set]
        print(f"gazetteer: {args.out} differs from a fresh generation: "
              f"{len(added)} lines would be added, {len(removed)} removed"
              + ("" if added or removed else " (order or line endings differ)"), file=sys.stderr)
        for l in added[:10]:
            print(f"  + {l}", file=sys.stderr)
        for l in removed[:10]:
            print(f"  - {l}", file=sys.stderr)
        if mismatched:
            print("gazetteer: installed versions differ from the pins: " + ", ".join(mismatched), file=sys.stderr)
        print("gazetteer: regenerate with python3 scripts/gazetteer/generate.py", file=sys.stderr)
        return 1

    for line in report:
        print(line, file=sys.stderr)
    if mismatched:
        print("gazetteer: warning: installed versions differ from the pins: " + ", ".join(mismatched), file=sys.stderr)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"gazetteer: wrote {args.out}: {len(rows)} data lines, {len(text.encode('utf-8'))} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
