"""Dates as written in news pages -> ISO `YYYY-MM-DD`, or None. Pure helpers, no guessing.

Only complete dates (day, month and year all written) are returned: a reading room that
fills in a missing day or year would be inventing a fact. dateutil's fuzzy parser was
rejected for that reason (it silently takes missing parts from today's date).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import jdatetime

from readingroom.prefilter import prefiltered

# The digits of other scripts, read as ASCII ones: "১৮ আগস্ট ২০১৯" (Bengali), "١٦ يوليو ٢٠١٩" (Arabic),
# "۲۰۱۹" (Persian), "१६ जुलाई २०१९" (Devanagari). One character for one, so a match's offsets hold
# for the text as written. (A Hijri year stays no year; a Thai year of the Buddhist era, "2562", is one
# beside a Thai month's name: `THAI_MONTHS`.)
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
                0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10)
ASCII_DIGITS = str.maketrans({zero + n: str(n) for zero in _DIGIT_ZEROS for n in range(10)})
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS) + "]")


def ascii_digits(text: str) -> str:
    # (translating every line with a curly quote cost the DEV pages 10%: most lines have no such digit)
    return text if text.isascii() or not _OTHER_DIGIT.search(text) else text.translate(ASCII_DIGITS)


MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # Russian (genitive, as used in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Portuguese / Spanish / French
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch, and the Scandinavian languages
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "augusti": 8, "maj": 5,
    "desember": 12,
    # Ukrainian (genitive)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Polish (genitive; "listopada" is November in Polish and October in Croatian: the Ukrainian
    # "листопада" above is Cyrillic and unambiguous, the Latin one is not listed)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "grudnia": 12,
    # Lithuanian (genitive, "2019 m. lapkričio 6 d.") and Latvian (nominative and genitive, "14. oktobris, 2019")
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7, "rugpjūčio": 8,
    "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "janvāris": 1, "februāris": 2, "marts": 3, "aprīlis": 4, "maijs": 5, "jūnijs": 6, "jūlijs": 7, "augusts": 8,
    "septembris": 9, "oktobris": 10, "novembris": 11, "decembris": 12, "janvārī": 1, "februārī": 2, "martā": 3,
    "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11,
    "decembrī": 12,
    # Arabic: the names of Egypt and the Gulf, and of the Levant and Iraq ("آب/اغسطس" gives both)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Persian, the Gregorian months as Iranian pages write them ("۲۶ فوریه ۲۰۱۹")
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "فوریهٔ": 2, "آوریل": 4, "آپریل": 4, "مه": 5, "مهٔ": 5, "می": 5, "ژوئن": 6,
    "ژوئیه": 7, "ژوئیهٔ": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Hebrew, alone and with the prefix "in" a date gives them ("16 ביולי 2019")
    **{f"{prefix}{name}": n for n, name in enumerate("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(), 1)
       for prefix in ("", "ב")},
    # Hindi (both spellings of the months written either way) and Urdu
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7, "اگست": 8, "ستمبر": 9,
    "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
    # Slovak (genitive; "marca" as Polish above)
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
    "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Croatian (genitive; not "listopada", October in Croatian and November in Polish)
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8,
    "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12,
    # Serbian and Bosnian in Latin letters, and Slovenian (genitive; "maja" as Polish above)
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "juna": 6, "jula": 7, "avgusta": 8,
    "oktobra": 10, "januarja": 1, "februarja": 2, "junija": 6, "julija": 7,
    # Estonian
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7, "oktoober": 10, "detsember": 12,
    # Bengali
    "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8,
    "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    # Burmese
    "ဇန်နဝါရီ": 1, "ဖေဖော်ဝါရီ": 2, "မတ်": 3, "ဧပြီ": 4, "မေ": 5, "ဇွန်": 6, "ဇူလိုင်": 7, "ဩဂုတ်": 8,
    "စက်တင်ဘာ": 9, "အောက်တိုဘာ": 10, "နိုဝင်ဘာ": 11, "ဒီဇင်ဘာ": 12,
    # Abbreviations of the months above as pages print them ("03 dic 2025", "3.dez.2025",
    # "03 дек 2025"): Spanish, Portuguese, Italian, French, German, Russian; those equal to an
    # English word ("set", "out", "ago") only count between a day and a year, as every name does
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2, "mai": 5, "set": 9, "out": 10, "dez": 12,
    "gen": 1, "giu": 6, "lug": 7, "ott": 10, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "okt": 10,
    "mrt": 3,  # Dutch: "vr 21 mrt 2025 07:00"
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
    # Czech (genitive; "listopadu" is Czech only, the Croatian genitive is "listopada")
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Greek (genitive, as dates write them)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
    "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Indonesian and Malay, besides the names above they share ("agustus", "oktober", "mei")
    "maret": 3, "agu": 8, "agt": 8, "des": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Hungarian (the year first: "2019. március 13.")
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8,
    "szeptember": 9, "október": 10,
    # Finnish (partitive, as dates write them: "13. maaliskuuta 2019")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
    # Armenian, nominative and genitive ("05 Ապրիլ 2019", "Հուլիսի 22, 2019")
    **{f"{name}{case}": n for n, name in enumerate("հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր".split(), 1)
       for case in ("", "ի")},
    # Georgian
    **{name: n for n, name in enumerate("იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი".split(), 1)},
    # Amharic, the Gregorian months as BBC Amharic writes them ("21 ኦክቶበር 2019")
    **{name: n for n, name in enumerate("ጃንዋሪ ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር".split(), 1)},
    # Uzbek and Azerbaijani in Latin letters ("27 avgust 2019", "10 sentyabr 2019"; "mart" as Turkish above)
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avgust": 8, "avqust": 8, "sentyabr": 9,
    "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    # Russian in the nominative, as Kyrgyz and Kazakh pages in Russian letters write it ("9-декабрь, 2019"), and Uzbek
    # in Cyrillic ("15 май 2019")
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9,
    "октябрь": 10, "ноябрь": 11, "декабрь": 12, "январ": 1, "феврал": 2, "апрел": 4, "июн": 6, "июл": 7, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh ("3 қазан 2019")
    **{name: n for n, name in enumerate("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(), 1)},
    # Swahili, besides the names above it shares ("Julai 8, 2019")
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
    # Malay, besides the names above it shares ("Mac 27, 2024", "5 Ogos 2019")
    "mac": 3, "ogos": 8, "disember": 12,
    # Tagalog ("Marso 18, 2024"; "enero", "abril", "mayo", "agosto" as Spanish above)
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
    # Galician and Catalan, besides the names above they share ("12 de decembro de 2024", "19 de setembre de 2024", "3 d'octubre")
    "xaneiro": 1, "febreiro": 2, "xuño": 6, "xullo": 7, "decembro": 12,
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9, "novembre": 11, "desembre": 12,
    # Irish ("14 Bealtaine 2025", "3 Meán Fómhair 2024")
    "eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6, "iúil": 7, "lúnasa": 8,
    "meán fómhair": 9, "deireadh fómhair": 10, "samhain": 11, "nollaig": 12,
    # Hausa ("Disamba 2, 2024"), Somali ("11 Nofembar 2024"), Zulu ("15 Okthoba 2024") and Kinyarwanda ("22 Ugushyingo
    # 2024"), besides the names above they share
    **{name: n for n, name in enumerate("janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba".split(), 1)},
    **{name: n for n, name in enumerate("janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofembar disembar".split(), 1)},
    **{name: n for n, name in enumerate("januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba".split(), 1)},
    **{name: n for n, name in enumerate("mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza".split(), 1)},
    # Welsh ("14 Mawrth 2024"), Luxembourgish ("14. Mäerz 2024"), West Frisian ("13 maaie 2024"), Romansh ("13 da zercladur
    # 2024"), Northern Sámi in the nominative and the genitive dates write ("13. njukčamánu 2024"), besides the names above
    # they share
    **{name: n for n, name in enumerate("ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split(), 1)},
    "mäerz": 3, "abrëll": 4, "mee": 5,
    # Haitian Creole ("27 fevriye 2024"; "me" counts between a day and a year only, as every name does; not its "out",
    # August, which is Portuguese's October above)
    **{name: n for n, name in enumerate("janvye fevriye mas avril me jen jiyè _ septanm oktòb novanm desanm".split(), 1) if name != "_"},
    "jannewaris": 1, "febrewaris": 2, "maaie": 5, "juny": 6, "july": 7, "septimber": 9, "novimber": 11, "desimber": 12,
    **{name: n for n, name in enumerate("schaner favrer mars avrigl matg zercladur fanadur avust settember october november december".split(), 1)},
    **{f"{name}{case}": n for n, name in enumerate("""ođđajage guovva njukča cuoŋo miesse geasse suoidne borge čakča golggot skábma
                                                       juovla""".split(), 1) for case in ("mánnu", "mánu")},
}
# Thai months, in full and abbreviated ("15 มี.ค. 2567"), dated with the year of the Buddhist era, 543 years
# after the common one: "15 มีนาคม 2567" is 15 March 2024 (`_iso` subtracts it: the same day, not a guess).
THAI_MONTHS = {**{name: n for n, name in enumerate("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(), 1)},
               **{name: n for n, name in enumerate("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(), 1)}}
BUDDHIST_ERA_OFFSET = 543
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# The months of the Iranian calendar, as Persian pages write them.
SOLAR_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
                "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
                # ...and as Afghan pages name the same months, in Dari and Pashto (the zodiac's): "۲۸ جوزا ۱۴۰۴" is 18 June 2025
                "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9,
                "جدی": 10, "دلو": 11, "حوت": 12, "وری": 1, "غویی": 2, "غبرگولی": 3, "چنگاښ": 4, "زمری": 5, "وږی": 6,
                "تله": 7, "لړم": 8, "لیندۍ": 9, "مرغومی": 10, "سلواغه": 11, "کب": 12}

# Each pattern captures y, m (number or name) and d.
PATTERNS = (
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])"),
    # (the year may run into what a copy glued to it: "April 14, 2019April 16, 2019", a published and an updated date)
    # (a month's name starts a word, or a capital glued to a name: "Miriam CastellanosApril 23, 2019";
    # trying every name only there keeps the search fast)
    re.compile(rf"(?:(?<![^\W\d_])|(?=(?-i:[A-ZА-ЯЁ])))(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\.?\s+|-(?=[^\W\d_]))(?:de\s+|d['’])?(?P<m>{_MONTH})\.?(?:\s?/\s?[^\W\d_]+)?(?:[,،]?\s+|\s+[,،]\s*)(?:de\s+)?(?P<y>(?:19|20)\d\d)(?!\d)",
               re.IGNORECASE),  # ("28 آب/اغسطس 2013", "22 يوليو/ تموز 2019": a month in two names; "12 ديسمبر ,2019", "20 مئی ، 2019": a comma before the year)
    # Dots with the month first where a twelve-hour clock follows, as WIRED prints it: "11.12.2019 09:00 AM" is 12 November
    # (pages that write the day first keep a 24-hour clock: "16.11.2019 11:20")
    re.compile(r"(?<![\d.])(?P<m>0?[1-9]|1[0-2])\.(?P<d>[0-3]?\d)\.(?P<y>(?:19|20)\d\d)(?=,?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b)"),
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"),  # (glued: "17.09.2019Pressemitteilung Nr. 214";
    # a space after each dot, as Czech and Slovak pages write it: "26. 9. 2023 5:40")
    # ...month first where the day shows it, as WIRED prints it: "08.19.2019 06:00 AM" (day first stays the rule)
    re.compile(r"(?<![\d.])(?P<m>0?[1-9]|1[0-2])\.(?P<d>1[3-9]|2\d|3[01])\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"),
    # ...or between hyphens, as ESPNcricinfo prints it: "03-Nov-2019" (glued to a name too: "Vikram Sethuraman03-Nov-2019").
    re.compile(rf"(?<![\d-])(?P<d>[0-3]?\d)([-/])(?P<m>{_MONTH})\2(?P<y>(?:19|20)\d\d)(?![\d-])", re.IGNORECASE),  # (or slashes: "12/OCT/2019")
    # The month's abbreviation between dots, as Folha prints it: "3.dez.2025".
    re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>{_MONTH})\.(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    # Lithuanian, the year first: "2019 m. lapkričio 6 d. 22:14"
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s*m\.\s+(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)\s*d\.", re.IGNORECASE),
    # Hungarian, the year first: "2019. március 13."
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s+(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)\.", re.IGNORECASE),
    # Mongolian, the year first: "2019 оны 02 сарын 11", "2019 оны 2-р сарын 11"
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s+оны\s+(?P<m>[01]?\d)(?:-р)?\s+сарын\s+(?P<d>[0-3]?\d)(?!\d)", re.IGNORECASE),
    # Chinese, Japanese and Korean: "2018年6月18日", "2019년 8월 20일".
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"),
    # Year first with dots or slashes, as in East Asian pages: "2019.08.20", "2023/11/17"; Hungarian ones
    # end with a dot: "2019.03.13. 08:41"; Korean ones may space them: "2024. 7. 29. 21:27".
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)([./])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d|\.\d)"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s(?P<m>[01]?\d)\.\s(?P<d>[0-3]?\d)\.(?!\d)"),
    # Day and month with slashes or hyphens, "11/18/2011" (American) or "18/11/2011", "17-05-2019": read
    # only when the order shows (a number over 12, or both the same); "04/05/2011" stays unknown.
    re.compile(r"(?<![\d/-])(?P<a>[0-3]?\d)([/-])(?P<b>[0-3]?\d)\2(?P<y>(?:19|20)\d\d)(?![\d/-])"),
    # ...and with the year in two digits, "8/17/13", "08-13-10" (a signature's date): the same
    # rule, the year 19xx from 70 up, else 20xx.
    re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)([/-])(?P<b>[0-3]?\d)\2(?P<yy>\d\d)(?![\d/.-])"),
    re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?P<yy>\d\d)(?![\w/.-])"),  # (dots too: Engadget's "05.28.19"; not "v1.20.30")
    # The Iranian (Solar Hijri) calendar, which Persian pages date by alone: "۷ آذر ۱۳۹۸" is 28 November 2019
    # (`_iso` converts it with jdatetime: the same day, not a guess). Tried last: a Gregorian date on the line wins.
    re.compile(rf"(?<!\d)(?P<jd>[0-3]?\d)\s+(?P<jm>{'|'.join(sorted(SOLAR_MONTHS, key=len, reverse=True))})\s+(?P<jy>1[34]\d\d)(?!\d)"),
    # The Thai calendar's year of the Buddhist era: "15 มี.ค. 2567" (`_iso` converts it).
    re.compile(rf"(?<!\d)(?P<td>[0-3]?\d)\s*(?P<tm>{'|'.join(re.escape(m) for m in sorted(THAI_MONTHS, key=len, reverse=True))})\s*(?P<ty>2[45]\d\d)(?!\d)"),
)
# Each with RE2's "certainly not" in front (`prefilter.py`): most lines a header or a body
# offers hold no date, and the Python patterns tried one after another cost 0.5 s on 650 pages.
_PREFILTERED = tuple(prefiltered(pattern) for pattern in PATTERNS)

# The words that label a date as an update, or as the publication (regex alternatives).
UPDATED_WORDS = (r"(?:last\s+)?(?:updated|modified)|обновлено|aktualisiert|atualizad[oa]|actualizad[oa]|actualitzat|mis\s+à\s+jour|modifié"
                 # Nordic, Dutch, Italian, Czech, Polish, Hungarian: "Oppdatert:14.05.19 17:05", "Päivitetty 14.3.2019"
                 r"|päivitetty|uppdaterad|oppdatert|opdateret|bijgewerkt|aggiornato|aktualizováno|zaktualizowano|frissítve"
                 r"|עודכן|آخر\s+تحديث|تم\s+التحديث|अपडेट(?:ेड)?|আপডেট"  # Hebrew, Arabic, Hindi, Bengali
                 r"|обновена|обновено|оновлено|ažurirano|aktualizované|actualizat|atnaujinta|atjaunināts|uuendatud"  # Bulgarian, ..., Estonian
                 r"|aktualiséiert|laatste\s+update|(?:ostatnia\s+)?aktualizacja|(?:zadnja\s+)?posodobitev|posodobljeno|ажурирано|atjaunots|(?:posledn[áé]\s+)?aktualizace"  # Slovenian, Serbian, Latvian, Czech
                 r"|(?:son\s+)?güncelleme"  # Turkish: "Son Güncelleme: 09.07.2025 16:05" (the last update)
                 r"|(?:τελευταία\s+)?ενημέρωση"  # Greek: "Τελευταία Ενημέρωση: 10/03/2025 09:12"
                 r"|diweddarwyd|nuashonraithe|hizivaet|bywurke|ođasmahtton|actualisà"  # Welsh, Irish, Breton, West Frisian, Northern Sámi, Romansh
                 r"|最終更新日?|更新日|更新(?:于|於|時間|时间)|업데이트|수정일"  # Japanese, Chinese, Korean: "更新日 2023年03月02日" under "投稿日 ..."
                 r"|dikemas\s*kini|diperbarui|huling\s+update|cập\s+nhật|อัปเดต")  # Malay, Indonesian, Tagalog, Vietnamese, Thai
DATE_LABEL_WORDS = (rf"(?:first\s+|originally\s+)?published(?:\s+date)?|date\s+published|posted|reviewed|(?:public\s+)?release(?:d|\s+date)?|опубликовано|veröffentlicht|publiziert|erschienen|publicad[oa]|publicat|publié|stand(?=\s*:)|{UPDATED_WORDS}"
                    r"|julkaistu|publicerad|publisert|publiceret|gepubliceerd|pubblicato|publikováno|opublikowano|közzétéve"
                    r"|פורסם|نُ?شر(?:\s+في)?|تاريخ\s+النشر|تاریخ\s+انتشار|شائع|प्रकाशित(?:\s+तिथि)?|প্রকাশ(?:িত)?"  # Hebrew, Arabic, Persian, Urdu, Hindi, Bengali
                    r"|(?:haber\s+)?giriş(?:\s+tarihi)?|yayın(?:lanma)?\s+tarihi|güncelleme\s+tarihi|δημοσίευση"
                    # Slovenian, Croatian, Serbian, Slovak, Lithuanian, Latvian, Estonian, Bulgarian, Macedonian
                    r"|publizéiert|objavljeno|објављено|publikované|paskelbta|publicēts|avaldatud|публикувано|објавено"
                    # Welsh, Irish, Luxembourgish, Breton, West Frisian, Northern Sámi, Romansh: "Cyhoeddwyd14 Mawrth 2024"
                    r"|cyhoeddwyd|foilsithe|verëffentlecht|embannet|publisearre|almmuhuvvon|publitgà|pibliye"
                    # Malay, Indonesian, Tagalog, Vietnamese, Thai: "Disiarkan pada: Ogos 13, 2024 @ 11:42am", "Inilathala: ..."
                    r"|disiarkan|diterbitkan|dipublikasikan|inilathala|nalathala|đăng\s+lúc|ngày\s+đăng|เผยแพร่")
# (Turkish: "Giriş Tarihi: 16.11.2019 11:20", "Haber Giriş: 09.07.2025 14:22", the news's entry)
# (German broadcasters' "Stand: 08. Dezember 2026, 14:03 Uhr", the time of the page's last edit, with its colon)
# A line that is only a date, perhaps with a label and a time: "Published: 6 November 2016, 10:15 GMT".
DATE_LINE_LABELS = re.compile(
    rf"""^\s*(?:{DATE_LABEL_WORDS}|date)?
        \s*(?:on|am|в|em|le|el|den|pada|noong|a(?=\s+\d))?\s*:?\s*""",  # ("Actualizado a 18 de septiembre de 2019", "Verëffentlecht den 14. Mäerz 2024")
    re.IGNORECASE | re.VERBOSE,
)
# (the time after its word for "at": "at", "um", "às", "a las", "в", "klo", "om", "o", "ob", "u", Czech and Slovak "v")
DATE_LINE_REST = re.compile(
    r"^(?:\s*[（(][月火水木金土日][)）])?[\s,،|·•\-–—:.]*(?:(?:at\s+|à\s+|um\s+|às\s+|a\s+las\s+|в\s+|klo\s+|kl\.?\s*|om\s+|o\s+|ob\s+|u\s+|v\s+|saa\s+|@\s*|آخر\s+تحديث\s*:?\s*)?"
    r"\d{1,2}(?:(?:[:.]\d{2}(?::\d{2})?|h\d{2}|h\b)(?:\s*(?:a\.?m\.?|p\.?m\.?|uhr|h\b\.?))?|\s*(?:a\.m\.|p\.m\.|[ap]m\b))"  # (or the hour alone: "1 p.m.")
    r"(?:\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|\((?:GMT|UTC)[+-]\d{1,4}\)))?)?[\s,،|·•\-–—]*\.?$",
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
                     # French, Spanish, Italian, Portuguese, German, Dutch: "Publié le lundi 28 janvier 2019 à 14h25"
                     r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
                     r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
                     r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
                     r"|(?:ma|di|wo|do|vr|za|zo)(?=\s+\d)"  # Dutch, abbreviated before the day: "zo 23 februari 2025 om 21:34"
                     r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|luns|mércores|xoves|venres"  # Catalan, Galician
                     # Slovenian, Croatian, Serbian, Czech, Slovak, Polish: "sreda, 10. 4. 2024, 11.05", "utorak, 12. ožujka 2024."
                     r"|ponedeljek|torek|sreda|četrtek|petek|sobota|nedelja|ponedjeljak|ponedeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja"
                     r"|pondělí|úterý|středa|čtvrtek|pátek|neděle|pondelok|utorok|streda|štvrtok|piatok|nedeľa"
                     r"|poniedziałek|wtorek|środa|czwartek|piątek|niedziela"
                     # Welsh, Irish, Luxembourgish: "Dydd Mawrth, 12 Mawrth 2024", "Dé Céadaoin 13 Márta 2024", "Donneschdeg, 14. Mäerz 2024"
                     r"|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|dé\s+(?:luain|máirt|céadaoin|haoine|sathairn|domhnaigh)|déardaoin"
                     r"|méindeg|dënschdeg|mëttwoch|donneschdeg|freideg|samschdeg|sonndeg"
                     r"|lendi|madi|mèkredi|jedi|vandredi|samdi|dimanch"  # Haitian Creole
                     r"|(?:یک|دو|سه|چهار|پنج)?\u200c?شنبه|جمعه)"  # Persian: "پنج‌شنبه ۷ آذر ۱۳۹۸"
                     r"[,،]?\s+", re.IGNORECASE)
# A time of day, perhaps with its zone ("10:02 AM EST"; a month in capitals is not a zone).
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?-i:[A-Z]{2,5}))?"
# A time written before the date: "PUBLISHED: 00:01, Tue, Nov 19, 2019", "Published 10:02 AM EST Nov 19, 2019".
LEADING_TIME = re.compile(rf"^\s*(?:at\s+)?{_CLOCK}\s*,?\s+(?:on\s+)?", re.IGNORECASE)  # ("Updated at 11:20 a.m. ET on April 2, 2019.")
UPDATED = re.compile(UPDATED_WORDS)
UPDATE_LABEL = re.compile(rf"^\W*(?:{UPDATED_WORDS})\b", re.IGNORECASE)
DATE_LABEL_START = re.compile(rf"^\W*(?:{DATE_LABEL_WORDS})\b", re.IGNORECASE)
"""A line that opens with a date's label: "Published ...", "Aktualisiert: ...", "Posted 5:14 PM, June 2, 2019, by WGN Web Desk, ..."."""
"""A line or a part of one that starts with an update's label ("Updated 8:14 a.m. ...")."""
# Parts of a line that gives two dates: "Published: ... | Updated: ...".
DATE_LINE_PARTS = re.compile(rf"\s+[|·•]\s+|,\s+(?=(?:{UPDATED_WORDS})\b)|(?<=\d)(?=(?:{UPDATED_WORDS})\b)|(?<!last)(?<!son)(?<!τελευταία)\s+(?=(?:{UPDATED_WORDS})\b)"
                             r"|(?<=\w)(?<!first)\s+(?=(?:(?:first\s+)?published|posted|publicado|publié|veröffentlicht)\b)",
                             re.IGNORECASE)  # "Publié le ..., modifié le ...", "Published ... EDT Updated ..." (not "Last Modified: ...", "Son Güncelleme: ...", "Τελευταία Ενημέρωση"),
# the label glued to the time: "14-03-24, 16:05Laatste update: 17:30"
# "Updated Dec 3, 2019 at 11:40 UTC Published Dec 3, 2019 at 08:15 UTC"
# What may follow a date line after a slash: "November 19, 2019 / 10:07 AM / CBS News", "… / 12:21
# AM / Updated 14 hours ago": a time, how long ago it was updated, the outlet's name.
SLASHED_TAIL = re.compile(rf"""(?:\s+/\s+(?: {_CLOCK}
    | updated\s+\d+\s+(?:minutes?|hours?|days?)\s+ago | (?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}}) ))+\s*$""",
                          re.IGNORECASE | re.VERBOSE)


def _iso(match: re.Match[str], order: str | None = None) -> str | None:
    groups = match.groupdict()
    if groups.get("jy") is not None:
        try:
            return jdatetime.date(int(groups["jy"]), SOLAR_MONTHS[groups["jm"]], int(groups["jd"])).togregorian().isoformat()
        except ValueError:
            return None
    if groups.get("ty") is not None:
        try:
            return date(int(groups["ty"]) - BUDDHIST_ERA_OFFSET, THAI_MONTHS[groups["tm"]], int(groups["td"])).isoformat()
        except ValueError:
            return None
    if groups.get("a") is not None:
        month, day = _month_and_day(int(groups["a"]), int(groups["b"]), order)
        if not month and (_US_ZONE.match(match.string, match.end()) or _TWELVE_HOUR_CLOCK.match(match.string, match.end())):
            month, day = int(groups["a"]), int(groups["b"])  # an American time zone after it: month first ("04/11/2019 05:02 AM EDT");
            # or a twelve-hour clock, as American pages write it ("6/07/19 12:30PM", Gizmodo's)
        elif not month and _EUROPEAN_ZONE.match(match.string, match.end()):
            day, month = int(groups["a"]), int(groups["b"])  # a European time zone after it: the day first ("09/12/2019 - 12:47 CET")
    else:
        month_text = groups["m"].lower().rstrip(".")
        month, day = (int(month_text) if month_text.isdigit() else MONTHS.get(month_text)), int(groups["d"])
    year = int(groups["y"]) if groups.get("y") is not None else (1900 if int(groups["yy"]) >= 70 else 2000) + int(groups["yy"])
    try:
        return date(year, month or 0, day).isoformat()
    except ValueError:
        return None


# A time of day and an American zone right after a slashed date: the page writes the month first.
_US_ZONE = re.compile(r"[ ,]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?\s+(?:[ECMP][SD]T|AK[SD]T|H[SD]T|ET|CT|MT|PT)\b")


_EUROPEAN_ZONE = re.compile(r"[ ,\-–|]+(?:at\s+|à\s+|a\s+las\s+|um\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:h\s*)?\(?(?:CET|CEST|MEZ|MESZ|WET|WEST|EET|EEST|BST)\b")
_TWELVE_HOUR_CLOCK = re.compile(r"[ ,]+(?:at\s+)?\d{1,2}:\d{2}\s*[aApP]\.?[mM]\b")


def _month_and_day(a: int, b: int, order: str | None = None) -> tuple[int, int]:
    """(month, day) of "a/b/year" when the numbers tell the order, or another date of the same
    line does (`numeric_order`), else (0, 0): no date."""
    if a == b or (a <= 12 < b) or order == "md" and b <= 31:
        return a, b
    if b <= 12 < a or order == "dm" and a <= 31:
        return b, a
    return 0, 0


_NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)([/.-])([0-3]?\d)\2((?:19|20)?\d\d)(?![\d/])")


def numeric_order(text: str) -> str | None:
    """"dm" (day first) or "md" when a numeric date of the text shows its order by a number over
    12 and none shows the other: "Published on 12/03/2019 ... Updated on 13/03/2019" writes the
    day first, so its first date is 12 March. None otherwise."""
    orders, numeric = set(), False
    for match in _NUMERIC_DATE.finditer(text):
        a, b, numeric = int(match[1]), int(match[3]), True
        if b <= 12 < a:
            orders.add("dm")
        elif a <= 12 < b:
            orders.add("md")
    if numeric and not orders and (_DAY_FIRST_LABEL.search(text) or _HOURS_MARK.search(text)):
        return "dm"  # a label in a language that writes the day first: "Publisert 08.02.19 - 14:21"; or its hour: "11/04/2019 16h40"
    return orders.pop() if len(orders) == 1 else None


# A time written with "h" between the hour and the minutes, as French and Portuguese pages write it ("16h40"): the day first.
_HOURS_MARK = re.compile(r"(?<![\w:])\d{1,2}h\d{2}\b")
# Publication and update labels of languages that write the day first in numeric dates.
_DAY_FIRST_LABEL = re.compile(r"(?<![^\W\d_])(?:publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|julkaistu|päivitetty|veröffentlicht"
                              r"|aktualisiert|publié|publiée|modifié|publicado|publicada|actualizado|actualizada|atualizado|atualizada|actualitzat|publicat"
                              r"|pubblicato|aggiornato"
                              r"|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publikováno|aktualizováno|опубликовано|обновлено"
                              r"|ενημέρωση|δημοσίευση|güncelleme|giriş)\b",
                              re.IGNORECASE)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first complete date of the first pattern that finds one, as ISO, and its match; a
    numeric date whose order only another date of the text tells is read in that order."""
    text = ascii_digits(text)
    return _find_date(text, numeric_order(text))


def _find_date(text: str, order: str | None) -> tuple[str, re.Match[str]] | None:
    """`find_date` in digits already ASCII, the order of numeric dates given (`numeric_order` of the whole line)."""
    encoded = text.encode()
    for pattern in _PREFILTERED:
        if pattern.fast is not None and pattern.fast.search(encoded) is None:
            continue
        for match in pattern.pattern.finditer(text):
            if iso := _iso(match, order):
                return iso, match
    return None


# A copy glues together what the page set apart: a year and a time ("October 20, 20251:12 PM
# UTC"), a zone and the label after it ("UTCUpdated 2 hours ago"); a relative update stamp after
# the date says nothing of the date.
_GLUED_YEAR_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d{2})(?!\d)")
GLUED_LABEL = re.compile(r"(?<=[^\W_])\.?(?=(?:Last\s+(?:[Mm]odified|[Uu]pdated)|First\s+published|Updated|Published|Posted|Modified|Veröffentlicht|Aktualisiert|Publicado|Atualizado"
                         r"|Actualizado|Publié|Mis à jour|Опубликовано|Обновлено|Опубліковано|Оновлено"
                         r"|Julkaistu|Päivitetty|Publicerad|Uppdaterad|Publisert|Oppdatert|Publiceret|Opdateret"
                 r"|обновена|Обновена|Ažurirano|Aktualizované|Actualizat)(?![^\W\d_]))")  # (the time glued after it too: "2024Updated16:10")
# ...or in lower case right after a time: "13 de Março de 2019, 7:30actualizado a 13 de Março de 2019" (Público)
_GLUED_LOWER_LABEL = re.compile(rf"(?<=\d[:.h]\d\d)(?=(?:{UPDATED_WORDS}|published|posted|publicado|publié)\b)")
# ...in lower case after a time's zone in lower case: "Jul 18 2019, 00:13am istupdated: Jul 18 2019, 01:31am ist" (Deccan Herald)
_GLUED_ZONE_LABEL = re.compile(r"\b(ist|gmt|utc|est|edt|cet|cest|bst|pst|pdt|hrs)(updated|published|posted)\b")
# ...in capitals, after a time's zone or half of the day: "... 7:02 AM EDTUPDATED THU, MAY 9 2019 ..."
_GLUED_CAPITAL_LABEL = re.compile(r"(?:(?<=[ECMP][SD]T)|(?<=GMT|UTC)|(?<=[AP]M))(?=(?:UPDATED|PUBLISHED|POSTED|MODIFIED)\b)")
_UPDATED_AGO = re.compile(r"\s*[/|·•–-]?\s*(?:(?:updated|modified)\s+\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
                          # ...in other languages: "Atualizado há 3 horas", "Actualizado hace 2 horas", "Aktualisiert vor 2 Stunden"
                          r"|atualizad[oa]\s+há\s+\d{1,3}\s+(?:minutos?|horas?|dias?)|actualizad[oa]\s+hace\s+\d{1,3}\s+(?:minutos?|horas?|días?)"
                          r"|aktualisiert\s+vor\s+\d{1,3}\s+(?:minuten|stunden|tagen)|mis\s+à\s+jour\s+il\s+y\s+a\s+\d{1,3}\s+(?:minutes?|heures?|jours?))\s*$",
                          re.IGNORECASE)
# ...nor a count of views after it, glued or not: "17-05-2019 13:42Actualizat: 17-05-2019 14:10Vizualizări: 1.245"
# ...nor the link to the comments after it, glued or not: "September 12, 2019 8:30amComment", "March 3, 2019 | 12 Comments".
_COMMENTS_AFTER = re.compile(r"(?<=[\w.])\s*[/|·•–-]?\s*(?:\d+\s*)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti)"
                             r"(?:\s*\(?\d+\)?)?\s*$", re.IGNORECASE)
_VIEWS_AFTER = re.compile(r"\s*[/|·•–-]?\s*(?:(?:views?|vizualizări|afișări|просмотр\w*|перегляд\w*|aufrufe|visualizações|visualizaciones|visitas"
                          r"|vues|letture|wyświetle\w*|zobrazení|megtekintés)\s*:?\s*\d[\d.,\s]*|\d[\d.,]*\s+views?\s*)$", re.IGNORECASE)

# ...nor the reading time before or after it: "Tue, Feb 25, 2025, 4:05 PM EST 5 min read", "5 min read · Jun 4, 2019",
# "4. Juni 2019 · 3 Min. Lesezeit"
READING_TIME_WORDS = r"read|reading|de\s+lectura|de\s+leitura|lesezeit|de\s+lecture|di\s+lettura|leestijd|läsning|lesetid|чтения"
"""What follows a reading time's minutes ("5 min read", "3 Min. Lesezeit"), as regex alternatives."""
_READING_TIME = rf"\d{{1,3}}\s*(?:min(?:ute)?s?\.?|мин\.?)\s+(?:{READING_TIME_WORDS})"
# ...or its label first: "03 avril 2024 | Lecture 5 mn.", "Lesezeit: 3 Min.", "Reading time: 5 minutes"
_READING_TIME_LABELLED = (r"(?:(?:temps\s+de\s+)?lecture|lesezeit|reading\s+time|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|leestijd|lästid)"
                          r"\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|mn)\.?")
_READING_TIME_AROUND = re.compile(rf"\s*[/|·•–-]?\s*(?:{_READING_TIME}|{_READING_TIME_LABELLED})\s*$|^\s*{_READING_TIME}\s*[/|·•–-]\s*", re.IGNORECASE)


def without_reading_time(text: str) -> str:
    """`text` without a reading time at its end or start ("Von Katrin Oberländer | 09.07.2025 – 18:47 Uhr | Lesezeit: 5 Min.")."""
    return _READING_TIME_AROUND.sub("", text) if "min" in text or "Min" in text or "мин" in text or "mn" in text else text

# ...nor a section's name glued before its day: "Property News17 Mar 2025 | By Priya Castellano"
_SECTION_BEFORE_DAY = re.compile(rf"^\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}[a-z])(?=\d{{1,2}}\.?\s+(?:{_MONTH})(?![^\W\d_]))", re.IGNORECASE)
_LETTER_THEN_DIGIT = re.compile(r"^\s*[^\W\d_][^\d]{1,40}?[a-z]\d")


# ...nor a count glued to the year, the comments' or shares' number after the date: "Hannah WhitcombeAug 14, 201948" (The Athletic).
_COUNT_GLUED_TO_YEAR = re.compile(rf"((?:{_MONTH})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)(\d{{2,4}})\s*$", re.IGNORECASE)


def without_count_glued_to_year(text: str) -> str:
    """`text` with a count glued to the year of the date that ends it set apart ("Aug 14, 201948" -> "Aug 14, 2019 48")."""
    if not text[-1:].isdigit() or len(text) > COUNT_GLUED_LINE_MAX_CHARS or not _YEAR_AND_DIGITS_END.search(text):
        return text  # (most lines: the month alternation is searched only where six digits or more end the line)
    return _COUNT_GLUED_TO_YEAR.sub(r"\1 \2", text)


_YEAR_AND_DIGITS_END = re.compile(r"(?:19|20)\d{4,6}\s*$")


COUNT_GLUED_LINE_MAX_CHARS = 200
"""Only a line this short is searched for it (a signature line; the month alternation is slow on a paragraph)."""


# ... and a date said twice, the second glued to the first's year ("11 Aug 202511 Aug 2025": the
# published and the updated date).
_GLUED_YEAR_DAY = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}(?:\.?\s+|\s*['’′]\s*)[^\W\d_])")  # (...or a reading time's minutes: "13 giugno 20193' di lettura")
_SAID_TWICE = re.compile(r"(.{6,40}?)\s+\1")


_CALENDARS = {PATTERNS[-2]: "the Iranian calendar's", PATTERNS[-1]: "the Thai calendar's"}
"""The patterns that read a date of another calendar than the Gregorian, and how a note names it."""


def other_calendar_date(text: str) -> tuple[str, str] | None:
    """The calendar ("the Iranian calendar's") and the date as the line writes it, when the line's
    date is read from the Iranian or the Thai calendar (no Gregorian date on the line), else None."""
    found = find_date(text)
    if found is None or found[1].re not in _CALENDARS:
        return None
    start, end = found[1].span()
    return _CALENDARS[found[1].re], text[start:end]  # (`ascii_digits` keeps offsets: one character for one)


def find_dates(text: str) -> list[str]:
    """Every complete date written in the text, as ISO, in the order the patterns find them."""
    text = ascii_digits(text)
    text = without_count_glued_to_year(_GLUED_YEAR_DAY.sub(r"\1 ", _GLUED_YEAR_TIME.sub(r"\1 \2", text)))  # "11 Aug 202511 Aug 2025",
    # "20251:12 PM", "Aug 14, 201948"
    order = numeric_order(text)
    found = [iso for pattern in PATTERNS for match in pattern.finditer(text) if (iso := _iso(match, order))]
    return found or ([day_first] if (day_first := _day_first(text)) else [])


# A date line has at most this many words ("Published: Monday, 6 November 2016, 10:15 GMT" has 8);
# longer lines are prose and are not searched (the month alternation is slow on long lines).
DATE_LINE_MAX_WORDS = 14
# A date glued to the start of a paragraph is within its first characters.
DATELINE_PREFIX_CHARS = 40


# A slashed date under a publication label in a language that writes the day first: "Publié le
# 05/04/2013 à 17:08" is 5 April (read with the label only: a bare "05/04/2013" stays unknown).
DAY_FIRST_LINE = re.compile(
    r"""^\s*(?:publié|publiée|publicado|publicada|veröffentlicht|опубликовано|pubblicato|gepubliceerd|opublikowano
        |thứ\s+(?:hai|ba|tư|năm|sáu|bảy)\s*,|chủ\s+nhật\s*,)  # (or a Vietnamese weekday: "Thứ ba, 5/3/2024, 08:12 (GMT+7)")
        \s*(?:le|el|em|am|в|il|op|dnia)?\s*:?\s*(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)
        (?:\s*(?:à|a\s+las|às|um|в|alle|om|o|-|,)?\s*\d{1,2}[:.h]\d{2}(?:\s*h)?)?(?:\s*\(GMT\s*[+-]\s*\d{1,2}\))?\s*$""",
    re.IGNORECASE | re.VERBOSE)


def _day_first(text: str) -> str | None:
    match = DAY_FIRST_LINE.match(text)
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


_DIGIT_END = re.compile(r"\d\s*$")
_SECTION_AFTER_YEAR = re.compile(r"(?<=(?:19|20)\d\d)(?-i:[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+(?:[A-ZÀ-Þ][a-zà-ÿ]+|&))?)\s*$")


# How long ago, in Persian, glued after the time: "... - ۱۱:۰۵۳ ساعت پیش" (11:05, 3 hours ago).
_PERSIAN_AGO = re.compile(r"(?:(?<=\d:\d\d)|\s+)\d{1,2}\s*(?:ساعت|دقیقه|روز)\s+پیش\s*$")


# An update's label with the time glued after it: "15:42, 7 MAR 2024Updated16:10, 7 MAR 2024" (Reach's papers).
_LABEL_BEFORE_TIME = re.compile(r"\b((?:[Ll]ast\s+)?[Uu]pdated|UPDATED)(?=\d)")


def _unglued(text: str) -> str:
    text = _UPDATED_AGO.sub("", GLUED_LABEL.sub(" ", _GLUED_YEAR_TIME.sub(r"\1 \2", text)))
    if "pdated" in text or "UPDATED" in text:
        text = _LABEL_BEFORE_TIME.sub(r"\1 ", text)
    if "پیش" in text:
        text = _PERSIAN_AGO.sub("", text)
    if _LETTER_THEN_DIGIT.match(text):
        text = _SECTION_BEFORE_DAY.sub("", text)
    text = without_reading_time(text)
    if "omment" in text or "OMMENT" in text:
        text = _COMMENTS_AFTER.sub("", text)
    if _DIGIT_END.search(text) or text.rstrip().endswith(("views", "Views", "VIEWS")):
        text = _VIEWS_AFTER.sub("", text)
    elif _SECTION_AFTER_YEAR.search(text):
        text = _SECTION_AFTER_YEAR.sub("", text)  # a section's name glued after the year: "23 avril 2019Environnement"
    text = _GLUED_ZONE_LABEL.sub(r"\1 \2", _GLUED_LOWER_LABEL.sub(" ", text))
    if "UPDATED" in text or "PUBLISHED" in text or "POSTED" in text or "MODIFIED" in text:
        text = _GLUED_CAPITAL_LABEL.sub(" ", text)
    if _GLUED_YEAR_DAY.search(text):
        text = _GLUED_YEAR_DAY.sub(r"\1 ", text)
        twice = _SAID_TWICE.search(text)
        if twice and twice.end() == len(text.rstrip()):
            text = text[:twice.end(1)]
    return text


_LEADING_BULLET = re.compile(r"^\s*[•·|]+\s*")


def parse_date_line(text: str, order: str | None = None) -> str | None:
    """ISO date when the whole line is a date (with an optional label, weekday and time), or
    labelled dates separated by "|" or "·" ("Published: … | Updated: …": the first one). `order`:
    "dm" or "md", how to read a numeric date whose line does not show it (`order_on_page`)."""
    if len(text.split()) > 2 * DATE_LINE_MAX_WORDS:
        return None
    text = _LEADING_BULLET.sub("", _unglued(ascii_digits(text)))  # (the row's bullet before its label: "• last updated: 23/11/2019 - 17:42")
    order = numeric_order(text) or order
    parts = DATE_LINE_PARTS.split(text.strip())
    labels = [DATE_LINE_LABELS.match(part).group().strip(" :").casefold() for part in parts]
    if len(parts) > 1 and not labels[0] and all(labels[1:]) and _ONE_WORD_CREDIT.match(parts[0]):
        parts, labels = parts[1:], labels[1:]  # the agency's name glued before the labelled dates: "BelgaPublié le lundi 28 janvier 2019 ..."
    if len(parts) > 1 and all(labels):
        dates = [_date_line_part(part, order) for part in parts]
        first = [d for d, label in zip(dates, labels) if not UPDATED.match(label)] + dates
        return first[0] if all(dates) else None
    if len(parts) > 1 and not labels[0] and all(UPDATED.match(label) for label in labels[1:]):
        return _date_line_part(parts[0], order)  # the publication, then its updates: "14.mar.2019 às 2h00 Atualizado: 14.mar.2019 às 10h25 ..."
    if len(parts) > 1 and not labels[0] and all(labels[1:]) and all(found := [_date_line_part(part, order) for part in parts]):
        return min(d for d in found if d)  # ... and its first publication said again: "Tue 12 Mar 2019 06.00 GMT First published on Tue 12 Mar ..."
    if len(text.split()) > DATE_LINE_MAX_WORDS:
        return None
    tail = SLASHED_TAIL.search(text)
    return _date_line_part(text[:tail.start()] if tail else text, order) or _day_first(text) or _said_in_two_forms(text, order)


# Where a line's second form of the same date starts, right after the first's year: "03/14/2024March 14, 2024",
# "14.03.2024 14 Mart 2024" (DW's pages: the numeric date, then the date in words).
_SECOND_FORM = re.compile(r"(?<=(?:19|20)\d\d)\s*(?=\d{1,2}\.?\s+[^\W\d_]|(?-i:[A-Z])[a-z])")


def _said_in_two_forms(text: str, order: str | None) -> str | None:
    """The date of a line that says one date twice, in two forms, one after the other."""
    for point in _SECOND_FORM.finditer(text):
        first, second = text[:point.start()], text[point.end():]
        if first.strip() and second.strip() and (iso := parse_date_line(first, order)) and parse_date_line(second, order) == iso:
            return iso
    return None


_ONE_WORD_CREDIT = re.compile(r"^\s*(?-i:[A-Z])[\w.&-]{1,20}\s*$")


_SLASHED = re.compile(r"(?<![\d/])(?P<a>[01]?\d)(?P<sep>[/-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d/])")


def is_unordered_date_line(text: str) -> bool:
    """Whether the line is a date line but for the order of its day and month ("12/01/2025":
    1 December or 12 January), which `parse_date_line` leaves unknown. Asked with the day made
    the month's number: only whether the rest of the line is a date line's matters."""
    match = _SLASHED.search(text)
    if match is None or match["a"] == match["b"] or int(match["a"]) > 12 or int(match["b"]) > 12:
        return False
    same = f"{match['a']}{match['sep']}{match['a']}{match['sep']}{match['y']}"
    return parse_date_line(text[:match.start()] + same + text[match.end():]) is not None


_RANGE_HALVES = re.compile(r"^\W*(?P<a>\S.*?)\s+[-–—]\s+(?P<b>\S.*?)\W*$")


def is_date_range(text: str) -> bool:
    """Two dates joined by a dash and nothing else, a span and no publication's day: an obituary's
    "June 4, 1938 - March 9, 2024", an event's "12 March 2024 – 14 March 2024"."""
    if len(text.split()) > 2 * DATE_LINE_MAX_WORDS or not (halves := _RANGE_HALVES.match(text)):
        return False
    if any(DATE_LINE_LABELS.match(halves[k]).group().strip(" :") for k in ("a", "b")):
        return False  # (a publication's and an update's: "Publié le 19/07/2025 à 17:52 - Modifié le 19/07/2025 à 19:30")
    first, last = parse_date_line(halves["a"]), parse_date_line(halves["b"])
    return first is not None and last is not None and first < last  # (not one day in two calendars: "۲۴ آبان ۱۴۰۳ - ۱۴ نوامبر ۲۰۲۴")


def order_on_page(text: str, others: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The date of a line that is a date line but for the order of its day and month
    (`is_unordered_date_line`: "10/03/2025 06:30"), read as the page's other lines (`others`, numbered)
    show it: a numeric date there whose day is over 12 or under a day-first language's label
    (`numeric_order`: "Τελευταία Ενημέρωση: 15/03/2025"), or the same day written out ("Δευτέρα, 10
    Μαρτίου 2025" makes it 10 March). The date and the line that showed the order; None when no line
    does or lines disagree."""
    readings = {order: parse_date_line(text, order) for order in ("dm", "md")}
    if not all(readings.values()) or readings["dm"] == readings["md"]:
        return None
    shown: dict[str, int] = {}
    for number, other in others:
        if (order := numeric_order(ascii_digits(other))) is not None:
            shown.setdefault(order, number)
        for iso in find_dates(other) if any(c.isdigit() for c in other) else ():
            for order, reading in readings.items():
                if iso == reading:
                    shown.setdefault(order, number)
    if len(shown) != 1:
        return None
    (order, number), = shown.items()
    return readings[order], number


# One word, a place, a section or a site, before a date line's date: "Teruel - 03 dic 2025 - 05:40 CET",
# "Общество, 03 дек 2025, 14:05", "LinkNaija October 06, 2018". (Not two: "Jane Example, 3 December
# 2025" signs the piece.)
_PLACE_WORD = r"(?-i:[^\W\d_a-zа-яё])[^\W\d_]*"  # (a capitalised word)
PLACE_PREFIX = re.compile(rf"^\s*(?:{_PLACE_WORD}(?:(?:,\s*|\s+){_PLACE_WORD}){{0,2}}\s*[-–—|/]|{_PLACE_WORD}(?:,|\s))\s*$")
# (more than one word before a bar, a dash or a slash: "León, Guanajuato / martes 9 de enero de 2024"; before a comma a name may
# stand, "Jane Example, 3 December 2025", a byline's)


# The same day in the Islamic or the Iranian calendar, before the Gregorian date ("الخميس - 26 شعبان 1440 هـ -
# 02 مايو 2019 مـ", "۷ اسفند ۱۳۹۷ - ۲۶ فوریه ۲۰۱۹"): its year is 13xx or 14xx; the Gregorian one is read.
_OTHER_CALENDAR = re.compile(r"^\s*(?:[^\W\d_]+\s*[-–،,]\s*)?[0-3]?\d\s+[^\W\d_]+\s+1[34]\d\d\s*(?:هـ|ه\.?ش\.?|ش)?\s*[-–|،,]\s*")
_GREGORIAN_MARK = re.compile(r"(?<=\d)\s*مـ?(?=\s|$)")  # "02 مايو 2019 مـ"


_PLACE_SEPARATED = re.compile(rf"^\s*(?:{_PLACE_WORD}(?:(?:,\s*|\s+){_PLACE_WORD}){{0,2}}\s*[-–—|/]|{_PLACE_WORD}\s*,)\s*")


def _date_line_part(text: str, order: str | None = None) -> str | None:
    body = LEADING_TIME.sub("", DATE_LINE_LABELS.sub("", text, count=1), count=1)
    if not text.isascii():
        body = _GREGORIAN_MARK.sub("", _OTHER_CALENDAR.sub("", body, count=1))
    if (place := _PLACE_SEPARATED.match(body)) and WEEKDAY.match(body[place.end():]):
        body = body[place.end():]  # the place, then the weekday: "Vic | Dijous, 19 de setembre de 2024, 07:00 h"
    body = WEEKDAY.sub("", body, count=1)
    found = _find_date(body, order)  # (its text in ASCII digits: `parse_date_line`)
    if not found:
        return None
    iso, match = found
    before, after = body[: match.start()], body[match.end():]
    if before.strip(" ,|·-–—:") and not PLACE_PREFIX.match(before) or not DATE_LINE_REST.match(after):
        return None
    return iso


def split_dateline(text: str) -> tuple[str, str] | None:
    """`2016-11-06 Based on ...` -> ('2016-11-06', 'Based on ...'): a date glued to a paragraph."""
    found = find_date(text[:DATELINE_PREFIX_CHARS])
    if not found:
        return None
    iso, match = found
    if match.start() != 0:
        return None
    rest = text[match.end():].lstrip(" \u00a0,–—-:|")
    if len(rest.split()) < 3 or not rest[:1].isupper():
        return None
    return iso, rest


# A wire story's dateline opening its first paragraph: a place or weekday in capitals, the date, the
# agency in brackets and a dash ("WEDNESDAY, Aug. 14, 2019 (HealthDay News) -- Middle schoolers ...",
# "WASHINGTON, Aug. 14, 2019 (AP) — ...").
_WIRE_LEAD = re.compile(r"^(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3},\s*)?$")
_WIRE_AGENCY = re.compile(r"^\s*\(\s*[^()]{2,40}\)\s*(?:--|[-—–])")


# ...or a legal or trade news service's, its name and the date and time in brackets: "Law360 (March 12, 2024, 6:14 PM EDT) -- ..."
_OUTLET_BRACKET_LEAD = re.compile(r"^[A-Z][\w&.'’-]{1,30}(?:\s+[A-Z][\w&.'’-]{1,30}){0,2}\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"^[^()]{0,30}\)\s*(?:--|[-—–])")


# ...or a press release's, the newswire in brackets before the date: "VIRGINIA BEACH, Va. (PRWEB) September 10, 2019 Tidewater ..."
_RELEASE_LEAD = re.compile(r"^[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3},\s*(?:[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?,?\s*)?\(\s*[A-Z][\w&.\s-]{1,30}\)\s*$")
RELEASE_DATELINE_CHARS = 80


def wire_dateline(text: str) -> str | None:
    """The date of a wire story's dateline at the start of a paragraph (`_WIRE_LEAD`, `_WIRE_AGENCY`;
    a press release's, `_RELEASE_LEAD`), which stays the paragraph's text; None otherwise."""
    found = find_date(text[:DATELINE_PREFIX_CHARS])
    if found and _WIRE_LEAD.match(text[:found[1].start()]) and _WIRE_AGENCY.match(text[found[1].end():]):
        return found[0]
    if found and _OUTLET_BRACKET_LEAD.match(text[:found[1].start()]) and _BRACKET_CLOSE.match(text[found[1].end():]):
        return found[0]
    found = find_date(text[:RELEASE_DATELINE_CHARS])
    return found[0] if found and _RELEASE_LEAD.match(text[:found[1].start()]) else None


def is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))
