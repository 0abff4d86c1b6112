"""Stage 4: kept lines -> title, standfirst, byline, date, body paragraphs, footnotes.

Takes an article whose `verdicts` are set (boilerplate stage) and returns it with its header
fields (each with the source line it came from), typed body `paragraphs`, `footnotes`,
`stripped` lines, publisher `notices` and a truncation flag. Does not consult the catalog
(that is `provenance`) and never invents a value: what the text does not state stays unknown.
"""
from __future__ import annotations

import hashlib
import re
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import dates, places
from .boilerplate_cues import AFFILIATE_DISCLOSURE, CAPITAL, COMMA_AUTHOR_LABELS, COUNTER, GLUED_CREDIT, NON_NAME_WORDS, PAPER_WORDS, SLASHED_ROLE
from .model import (
    BLOCK_KINDS, Article, Field, Footnote, InnerHeader, Notice, Origin, Paragraph, ParagraphId, SourceLine, Stripped, Verdict, tab_cells, word_count,
)

# A headline is short; 25 words covers the longest seed headline (22) with room to spare.
MAX_HEADLINE_WORDS = 25
LONG_HEADLINE_WORDS = 45
"""A headline the boilerplate stage found over its summary points may be this long (Daily Mail)."""
# How many kept lines at the top are searched for the title, standfirst, byline and date.
HEADER_WINDOW = 6
# Paragraph-ending punctuation; a last paragraph without it is reported as possibly truncated.
# A wire story's end mark after its last sentence: "... Yang said. Enditem", "... (END)", "-30-", "###".
END_MARK = re.compile(r"(?<=[.!?\"”’»)])\s*(?:enditem|\(?end\)?|-30-|#{3})\s*$", re.IGNORECASE)
TERMINAL = tuple('.!?…"”’»)]:;*。！？」』）“‘›։።፧।॥۔؟')  # (German and Czech close a quotation with “ and ‘)
# ...or a straight single quote closing a sentence ("... being run.'"; a bare "'" may be a plural's
# apostrophe: "... the players'").
_QUOTE_CLOSED = re.compile(r"[.!?…]['\"”’“‘»›]+$")

# "By Richard Weitz", "Von Anna Schmidt", "Автор: Иван Петров", "Por João Silva", "Par Jean Dupont"; Tagalog's,
# Swahili's, Irish, Hausa's and Zulu's "by" before a name of two words: "Ni Roberto Villanueva", "NA BRIAN KIPRONO",
# "le Máirtín Ó Catháin", "Daga Abdullahi Sani", "NGU THULANI MKHIZE", Welsh "Gan Mared Evans", Breton "Gant ...", West
# Frisian "Troch ...", Haitian Creole "Pa Fednel Saint-Jules"; Kinyarwanda's "Yanditswe na" (written by), Yoruba's "Láti ọwọ́" (by the hand of), Scottish Gaelic's
# "Sgrìobhte le" (written by), and "written by" in Italian, Spanish, Catalan, German, French and Dutch ("Scritto da ..."), Italian's
# "a cura di" (edited by) and "dal nostro inviato" (from our correspondent), a French recipe's "proposée par"; Somali's "Qore:"
# (writer), Irish "Tuairisc:" (report), Romansh "Autura:", Northern Sámi "Čálli:";
# a photo story's "Text by ...", "Words and photographs by ..." (its "Photographs by ..." alone credits the pictures).
BYLINE = re.compile(
    r"""^\s*(?:(?:(?:written|reported|authored|compiled|interview(?:\s+conducted)?|interviewed|(?:live\s+)?(?:coverage|reporting|updates)|(?:words|text|story)(?:\s+(?:and|&)\s+(?:photo(?:graph)?s|pictures|images))?)\s+)?(?:by|von|par|por|di|door|av|af|oleh|(?-i:de)(?=\s+(?-i:[A-Z]))|(?-i:Ni|NI|Na|NA|le|Daga|DAGA|Ngu|NGU|Gan|GAN|Gant|GANT|Troch|TROCH|Pa|PA)(?=\s+(?-i:[A-ZÁÉÍÓÚ])\S*\s+(?:(?-i:[a-z]{1,3})\s+){0,2}(?-i:[A-ZÁÉÍÓÚ]))|yanditswe\s+na|láti\s+ọwọ́|sgrìobhte\s+le|scritt[oa]\s+da|escrit[oa]\s+por|escrit\s+per|geschrieben\s+von|écrit\s+par|geschreven\s+door|(?:ricetta\s+|testo\s+)?a\s+cura\s+di|dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)|(?:recette\s+)?proposée\s+par)(?:\s*:|\s*[—–-](?=\s*(?-i:[A-Z])|\s*[^\W\d_a-zà-ÿ]))?  # ("By —Lena Farris", "By - Arjun Mehta", "By - மு. செந்தில்குமார்")
        # the kind of piece before it: "Eine Reportage von Felix Obermaier", "Une chronique de ...", "Texte par :Claire Vautrin",
        # "Ein Interview von ...", "Propos recueillis par ..." (an interview's), "Live animé par ..." (a live page's), "Tekst Marit Dijkstra" (Dutch)
        |(?:(?:eine?|une?|un[ao]?|un['’])\s*)?(?:reportage|analyse|kommentar|kolumne|glosse|rezension|essay|chronique|tribune|enquête
        |análisis|reportaje|columna|crónica|analisi|commento|editoriale|texte|texto|testo|interview|gespräch|entretien|entrevista|intervista)
        \s+(?:von|de|di)(?=\s+(?-i:[A-ZÀ-Þ]))
        |(?:texte|vidéo|video|photos?|images?|propos\s+recueillis|(?:live|direct)\s+(?:animé|réalisé|suivi|mené))\s+par\s*:?(?=\s*(?-i:[A-ZÀ-Þ]))|tekst(?=\s+(?-i:[A-Z]))
        |oprac(?:\.|owa(?:ł|ła|nie))\s*:?(?=\s*(?-i:[A-ZÀ-ÞŁŚŻŹĆ]))  # Polish, who compiled it: "oprac. Karolina Wrona"
        |автор(?:ы|и|ка)?:?|текст:|беседовал[аи]?|розмовля(?:в|ла|ли)|rozmawia(?:ł|ła|li|ły)(?=\s+(?-i:[A-ZŁŚŻŹĆ]))|(?:autor(?:i|s|ius|zy|es|ka)?|authors?|writers?|reporters?|contributors?|words|yazar|texte?|tekst|piše|pisze|píše|interview
        |müəllif|muallif|муаллиф|ავტორი|autoři|autorzy|аутор|аутори|szerző|szerzők|συντάκτης|qore|qoraa|mwandishi|tuairisc|autura|autur|čálli
        |texto(?:\s+[ye]\s+fotos?)?|text\s+(?:und|&)\s+fotos?|texte\s+et\s+photos?|penulis|ผู้เขียน|tác\s+giả|manunulat|रिपोर्ट|लेखक|প্রতিবেদক|লেখক|رپورٹ|تحریر)\s*:|հեղինակ\s*[:՝]  # ("Texto y fotos: Ernesto Galván")
        |penulis(?=\s+(?-i:[A-Z]))  # (Indonesian's writer without the colon: "Penulis Rina Wulandari | Editor Dimas Prasetyo")
        |(?:كتبت?|بقلم|نوشته|به\s+قلم)\s*:?)(?:\s+|(?<=[—–:՝]))
        # a byline keyword ("By:" too; "Autori:", "Autor:", "Texte:" with their colon; Azerbaijani, Uzbek, Georgian,
        # Czech, Polish, Serbian, Hungarian, Greek and Armenian labels; Arabic "wrote" and "by the pen of", Persian "written by";
        # Ukrainian "Автори:", and who held an interview: "Беседовала Наталья Гуцу", "Rozmawiała Agnieszka Wróblewska")
        (?P<names>[^\d].{1,150}?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "By" glued to the name by the copy ("ByMiguel Arrabal": `<span>By</span><a>Miguel Arrabal</a>`, "Por:Ana Lucía Ramírez",
# "Words ByErin Castellano", "Photography ByRenz Dimaandal").
GLUED_BY = re.compile(r"^(\W*(?:(?:[Pp]osted|[Ww]ords|[Ww]ritten|[Ss]tory|[Tt]ext|[Rr]eported|[Pp]hotos?|[Pp]hotography)\s+)?)((?:By|BY|by|Por|POR|Par|PAR|Von|VON):?)(?=[{CAPITAL}][a-zà-ÿ])".replace("{CAPITAL}", CAPITAL))
# Lower-case particles inside a personal name ("Alejandro de la Garza", "Jane van der Berg").
NAME_PARTICLES = r"van|von|de|der|den|del|della|da|das|dos|di|du|la|le|ter|bin|al|ibn"
# A nickname in quotation marks inside a name: Amanda "Tania Mae" Tan.
_NICKNAME = r"""["“][^"“”]{1,30}["”]"""
# A single personal name: 1-4 capitalised words, allowing particles, initials and a nickname.
NAME = re.compile(
    rf"""^(?:(?:[{CAPITAL}][\w'’.\-]*|{NAME_PARTICLES}|{_NICKNAME})\s+){{1,3}}
         [{CAPITAL}][\w'’\-]+$""",
    re.VERBOSE,
)
# Separators between the parts of a header line ("date | by name", "name · date").
PART_SEPARATOR = re.compile(r"\s+[|·•]\s+")
# A single name is accepted after an explicit byline keyword ("By Catherine").
SINGLE_NAME = re.compile(rf"^[{CAPITAL}][\w'’\-]+$")
# A signature line the boilerplate stage removed as page chrome, between the headline and the
# text, still says when and by whom ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "By
# Jason Cipriani | November 18, 2019 -- 19:14 GMT"): when the kept header says neither, the
# first SIGNATURE_LINES removed lines under the headline (and above the text) are read, those of
# at most SIGNATURE_MAX_WORDS words (longer ones are prose or lists): the first with a complete
# date gives the date (the earliest it names: "Updated Nov. 20 / Original Nov. 19"), the first
# with a byline keyword followed by names gives the authors; read from the headline down, the
# page's own signature comes before the dates of related stories further down. Not without a
# headline (no header to read). The first 16 lines under it read more DEV signatures (44 dates)
# than the last 8 above the text (40).
SIGNATURE_LINES = 16
# ...and after them the lines right above the headline, nearest first (Reuters and some blogs
# sign above it: "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Von Moritz Bachmann
# publiziert am 25. September 2018"). With all of this, DEV pages with a date 17 -> 49, with
# authors 15 -> 43, each the page's own but two dates (benchmarks/README.md).
SIGNATURE_LINES_ABOVE = 2
# ...and past these, the first line above a run of a page's counters (`COUNTER`) and buttons right above
# the headline ("3 декабря 2025, 14:05" / "1 234" / "5" / "Поделиться" / headline): views, comments, share.

# A byline that says "By" this many header lines under a bare name read as the authors names them instead.
SIGNED_UNDER_BARE_LINES = 2
SIGNATURE_MAX_WORDS = 16
# A byline among the first SIGNATURE_IN_TEXT_LINES lines of the text signs the piece while no
# line above it has more than TEXT_BEGUN_WORDS words (a claim quoted above a fact-check's headline).
SIGNATURE_IN_TEXT_LINES = 8
# A wire or press release dateline dates the piece at the start of one of its first paragraphs.
WIRE_DATELINE_PARAGRAPHS = 3
TEXT_BEGUN_WORDS = 30
# Removed lines that say what the story tells, never who wrote it or when: a story highlight
# ("The Social Security Act was signed into law on August 14, 1935") dates the law, not the piece;
# a review's facts box ("Directed byMarguerite Dufresne") names who made the film, not who reviewed it.
NO_SIGNATURE_REASONS = frozenset({"highlights", "review-facts"})
_NAME_WORD = rf"(?!(?:On|At|In|Updated|Published|Posted|AND|UND|OCH|ÉS)\b)[{CAPITAL}](?:[^\W\d_]|['’.\-])*"  # (no digit: "di Paolo Cerruti09/10/2019")
_SIGNED_NAME = rf"{_NAME_WORD}(?:[ \t\u00a0]+{_NICKNAME})?(?:[ \t\u00a0]+(?:(?:{NAME_PARTICLES})[ \t\u00a0]+){{0,2}}{_NAME_WORD}){{0,3}}"
# What a signature may say before "by": the kind of piece ("Analysis by Joan Biskupic, CNN Senior
# Supreme Court Analyst"). Other words before it make it a credit or a phrase ("Photo by",
# "Passed by Parliament").
SIGNED_KINDS = frozenset("""analysis opinion commentary review story words text written column essay interview
    reporting report perspective authored coverage""".split()) | frozenset(("live reporting", "live coverage", "live updates")) | frozenset(
    # ...in German, French, Spanish, with their articles: "Eine Kolumne von Johanna Feldkamp", "Une tribune de ..."
    f"{article} {kind}" if article else kind
    for article in ("", "eine", "ein", "une", "un", "una")
    for kind in """kolumne gastbeitrag kommentar analyse essay interview reportage glosse tribune chronique analyse
                   columna análisis tribuna crónica texte texto""".split())
# Words of a role or a desk, not of a name, after the names on a signature ("…, CNN Senior Supreme
# Court Analyst", "…, Staff Writer").
ROLE_WORDS = frozenset("""analyst writer editor contributor contributing columnist correspondent reporter staff
    producer director senior chief desk bureau penulis kontributor wartawan reporters writers editors correspondents columnists contributors
    manager officer coordinator spokesperson spokeswoman spokesman adviser advisor specialist
    envoyé envoyée correspondant correspondante journaliste enviado enviada corresponsal periodista inviato inviata corrispondente
    giornalista korrespondent korrespondentin redakteur redakteurin reporterin
    redaktor redaktorka redaktorica novinar novinarka novinář novinářka reportér reportérka dziennikarz dziennikarka
    korespondent korespondentka dopisovatel dopisovatelka újságíró riporter muhabir gazeteci ziarist reporteră
    kommentator skribent redaktør redaktör toimittaja journalisti
    gohebydd golygydd tuairisceoir comhfhreagraí eagarthóir kazetenner ferslachjouwer korespondan jounalis
    প্রতিনিধি সংবাদদাতা প্রতিবেদক संवाददाता प्रतिनिधि نمائندہ نامہ
    redacteur redactrice verslaggever verslaggeefster""".split())
# (Indonesian: "Penulis Kontributor Yogyakarta, Name"; French, Spanish, Italian, German: "Mathilde Roux, Envoyée spéciale
# à Saint-Aubin-sur-Loire (Loiret) — 18 juin 2019"; Slovak, Czech, Polish, Croatian and Serbian, Hungarian, Turkish,
# Romanian, Nordic, Welsh, Irish, Breton, West Frisian: "Zuzana Hronská redaktorka domácej rubriky", "Gohebydd Ceredigion";
# Dutch: "Door redacteur Jeroen van Dalen")
# ...of them, those that name a person's job (not "staff": "Globe Staff", "JERUSALEM POST STAFF" sign for a desk).
PERSONAL_ROLE_WORDS = ROLE_WORDS - {"staff", "senior", "chief", "desk", "bureau", "contributing"}
# Words of a desk before a role after a name ("Sports Editor", "Environment correspondent",
# "Contact Reporter"): they go with the role.
DESK_WORDS = frozenset("""sports sport politics political business environment environmental health science technology tech
    education features feature news city metro foreign economics economy arts culture investigative data digital
    managing executive associate deputy assistant senior chief staff contributing contact special national local
    world global courts crime transport transportation energy climate social affairs consumer diplomatic defence defense
    legal property religion religious medical media community rural food fashion music film travel motoring housing
    democracy council road test reviews market markets live communications press policy""".split())  # ("Local Democracy Reporter", the UK's local democracy reporting service;
# a motoring magazine's "Road Test Editor", "Reviews Editor")
# A role's first word glued to the name by the copy: "Kevin OstranderFeatured Columnist", "Tomás
# EberhardtReporter", "Marisol BeaumontPolitics" (a desk's or a role's word, capitalised).
_GLUED_ROLE = re.compile(r"(?<=[a-z])(?=(?:Featured|%s)\b)" % "|".join(sorted(
    (w.capitalize() for w in DESK_WORDS | PERSONAL_ROLE_WORDS | {"columnist", "journalist"}), key=len, reverse=True)))
# A reporter's mission glued after the name, in French, German or Spanish ("LAURE BRETTON Envoyés
# spéciaux à Toulouse"): the name is the words before it.
# Where a copy glued the next element to a name: a lower-case letter, then a capital ("Kendra
# OakesAround The NFL Writer", "Jenna HolcombYahoo Sports Columnist").
_GLUE_POINT = re.compile(rf"(?<=[^\W\d_]{{2}})(?<![{CAPITAL}]{{2}})(?=[{CAPITAL}])"  # (not inside a name in capitals: "ROCÍO")
                         rf"|(?<=[{CAPITAL}]{{3}})(?=[A-Z][a-zà-ÿ])")  # ...but after it: "ROCÍO VALDERASAlmadrava" (the place)
GLUED_TAIL_MAX_WORDS = 5
"""The most words a role glued after a name runs to ("Spanish football correspondent", "Around The NFL Writer")."""
GLUED_BYLINE_MAX_CHARS = 250
"""The longest line looked at for what a copy glued to a byline's names (a byline with its date and role is shorter)."""
# The comment, share and follow links after the name on a byline's row: "Von Franziska Leitner-Hofbauer Kommentare Teilen",
# "By Daniel Ferrant Follow".
_WIDGET_WORD = (r"kommentare|teilen|comments?|share|réagir|partager|commentaires|compartir|comentarios|compartilhar|comentários"
                r"|follow(?:\s+on\s+(?:twitter|x|facebook|instagram|linkedin))?|folgen|suivre|seguir"  # ("... Follow on Twitter")
                # a blog theme's prompt to comment: "di Chiara Lombardi Lascia un commento", "by Jane Roe Leave a comment"
                r"|leave\s+a\s+(?:comment|reply)|lascia\s+un\s+commento|deja\s+un\s+comentario|laisser\s+un\s+commentaire"
                r"|deixe\s+um\s+comentário|schreibe?\s+einen\s+kommentar|einen\s+kommentar\s+hinterlassen")
_WIDGET_TAIL = re.compile(rf"(?<=\w)\s+(?:{_WIDGET_WORD})(?:\s+(?:{_WIDGET_WORD}|\d+))*\s*$", re.IGNORECASE)
# A post's comment count glued after the name: "by Dr Helen Barrowcliffe2 Comments".
_GLUED_COUNT = re.compile(r"(?<=[^\W\d_])\d+\s*(?:comments?|kommentare?|comentários?|commentaires?|comentarios?|комментари\w*"
                          r"|-?\s*min(?:ute)?s?\.?\s+read)\b.*$",  # (and a reading time: "By Lena Marquardt4 minute Read")
                          re.IGNORECASE)
_DIGIT = re.compile(r"\d")
GLUED_ROLE_WORDS = frozenset("""envoyé envoyée envoyés envoyées correspondant correspondante korrespondent
    korrespondentin corresponsal enviado enviada""".split())
# Words joining names on a byline ("Jane Doe and John Roe", "und", "и", "e", "et", "y").
_NAME_JOINERS = r"and|&|und|и|e|et|y|och|og|en|ja|i|és|dan|avec|और|এবং|ও|اور"  # (Malay and Indonesian "dan", in lower case: not the name "Dan";
# a Swiss paper's "Anouk Bertholet, avec Yves Perrenoud"; Hindi, Bengali and Urdu "and": "अमित कुमार सिंह और नेहा भारती")
NAME_JOINER_WORDS = frozenset(_NAME_JOINERS.split("|"))
_CAPITAL_JOINERS = "AND|UND|OCH|ÉS"
"""Joiners in capitals between names in capitals ("TESSA OKONKWO AND LUIS BRANDT"); those of three letters only (not "E", "Y")."""
SIGNED_NAMES = re.compile(
    rf"(?:^|[\s|/·•,(\-])(?P<keyword>(?i:by|von|por|par|di|door|av|af|oleh|(?:autor(?:i|s|ius|zy|es|ka)?|authors?|writers?|reporters?|contributors?|redacción|redacció|redação|piše|pisze|píše|müəllif|muallif|муаллиф|ავტორი|autoři|аутор|szerző)(?=:)|автор(?:ы|и|ка)?(?=:)|հեղինակ(?=[:՝])))(?:[:՝]\s*|\s*[—–-]\s*|\s+)(?P<names>{_SIGNED_NAME}(?:(?:[ \t\u00a0]?,[ \t\u00a0]*(?:(?:{_NAME_JOINERS})[ \t\u00a0]+)?|[ \t\u00a0]+(?:{_NAME_JOINERS}|{_CAPITAL_JOINERS})[ \t\u00a0]+){_SIGNED_NAME}){{0,4}})")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
"""A weekday's name or abbreviation, which a date's words give and no name does."""
_WEEKDAY_WORD = re.compile(rf"^{_WEEKDAY}$", re.IGNORECASE)
# After the names on such a line: weekdays and months of the date, credentials ("Rachael Link, MS,
# RD"), the site ("Troy L. Smith, cleveland.com").
NOT_A_NAME = re.compile(rf"^(?:[A-Z]{{1,3}}|Ph\.?D\.?|{_WEEKDAY}|\S+\.(?:com|org|net|co|uk|de|ru|io))$",
                        re.IGNORECASE)
# An outlet in capitals glued after a name written in mixed case: "Kevin McCoy USA TODAY".
OUTLET_AFTER_NAME = re.compile(r"(?<=[a-zа-яё])(?:\s+[A-ZА-ЯЁ]{2,}){1,3}$")
# ...or a paper's two-word name in title case after a two-word name: "Elliot Brownstein Florida
# Today", "Jane Roe Sioux Herald" (a name of four words whose last is a paper's word).
OUTLET_WORDS_AFTER_NAME = re.compile(rf"^(?P<name>[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+)\s+[A-Z][\w.'’-]+\s+(?:{PAPER_WORDS})$")
# The outlet named after the names on a byline: "By Jane Doe and Al Roe, Example News".
OUTLET_NAME = re.compile(rf"^(?:[A-Z][\w.'’&-]*\s+){{0,3}}(?:{PAPER_WORDS})$", re.IGNORECASE)
# A byline split over two lines, the keyword alone above the names ("By" / "Al Root").
LONE_BYLINE_KEYWORD = re.compile(r"^\W*(?:by|von|por|par|av|автор)\W*$", re.IGNORECASE)
# Separators between names on a byline.
NAME_SEPARATORS = re.compile(rf"\s*(?:[,;](?:\s*(?:{_NAME_JOINERS})\s)?|\s(?:{_NAME_JOINERS}|{_CAPITAL_JOINERS}|as\s+told\s+to)\s)\s*")  # (", and" too;
# "X as told to Y")
# Hebrew's "and", glued to the second of two names of two words or more: "עדי פרלמן ורון גלבוע".
_HEBREW_AND = re.compile(r"^((?:[\u05d0-\u05ea'\"׳״-]+\s+){1,2}[\u05d0-\u05ea'\"׳״-]+)\s+ו([\u05d0-\u05ea'\"׳״-]{2,}(?:\s+[\u05d0-\u05ea'\"׳״-]+){1,2})$")
# The link to an author's page after their name, glued to it or not: "Jose AltoverosView More
# Articles", "Jane Doe More articles by Jane Doe", "Jane Doe · See all stories".
AUTHOR_LINK = re.compile(r"(?:[·|•–-]\s*)?(?:(?:view|see|read|more)\s+(?:(?:more|all)\s+)?(?:articles|stories|posts)(?:\s+by\s+.*)?"
                         r"|more\s+(?:by|from)\s+this\s+(?:author|writer|columnist)"  # ("By EDITH CHEPNGENO More by this Author")
                         r"|more\s+(?:by|from)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}"  # ("Marcus Galbraith More from Marcus Galbraith")
                         r"|contact\s*reporter.*"  # ("Nadia FeldmanContact ReporterLakeshore Courant": the link and the paper)
                         r"|(?<=\w)\s*\+\s*follow)\W*$",  # (the button to follow the author: "Tse Ka-wing+ FOLLOW")
                         re.IGNORECASE)
_AUTHOR_LINK_WORDS = ("article", "stories", "posts", "contact", "this author", "this writer", "this columnist", "more from", "more by", "+ follow")
AUTHOR_LINK_TAIL = 120
"""The link is looked for in the last this many characters of a line (a run of spaces before it
would make the search quadratic)."""


def without_author_link(text: str) -> str:
    """`text` without the link to an author's page at its end (AUTHOR_LINK); the regular
    expression only runs on lines that have one of its words (most lines are paragraphs)."""
    folded = text.casefold()
    if not any(w in folded for w in _AUTHOR_LINK_WORDS):
        return text
    start = max(len(text) - AUTHOR_LINK_TAIL, 0)
    match = AUTHOR_LINK.search(text, start)
    return text[:match.start()].rstrip() if match else text


# Roles and outlets that follow names on a byline ("By X, Reuters", "By X | Staff writer", "By X - AP").
SOURCE_LABEL = r"\s+(?i:source|quelle|fuente|fonte|источник)\s*:"
"""The label of the source after a byline's names, where they end."""
CREDITS_AFTER_NAMES = (r"(?:,?\s+(?:(?i:edited|produced|compiled|photos?|photographs|photography|video|graphics|illustrations?)\s+(?i:by)\s*:?|(?i:special\s+to))\s"
                       r"|[,;]\s*(?i:fotos?|photos?|fotografie|fotograf[íi]as?|zdjęcia|bilder?|fotó)\s*:)")
"""Other people's credits after a byline's names, or the paper they write for: "By Ruth Abernathy-Cole Photography
by Sam Okonjo", "Denise Pelletier-Wong Special to The Globe and Mail", "Text: Lucie Horáková, foto: Tomáš Černý"."""
BYLINE_TAIL = re.compile(r"\s*(?:\||—|–|(?<!\w)-|\s-|\(|(?<!\d)/|·|•|\s(?=[\w-]+\.[a-z]{2,3}\s*$)|" + CREDITS_AFTER_NAMES + r"|\s+(?i:" + dates.UPDATED_WORDS + r")\b"
                         r"|,\s+(?:do|da|dos|das)\s+(?=[A-Z])"  # (the paper, Portuguese's "from": "Por Renata Albuquerque e Tiago Moura, do Jornal do Vale")
                         r"|" + SOURCE_LABEL + r").*$")  # (not the hyphen of "Chien-Ming Wang"; "... Tang Hanxiao Source:Global Times")
# What joins a date to the names before it: "By Jane Doe on Monday, November 18th, 2019", "By
# Jane Doe Updated Nov 13, 2019".
_OTHER_WEEKDAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# German "am" glued to the name before the weekday: "Henrike Wesselsam Mittwoch, 16.10.2019" (top agrar's; not
# English "on", which ends names: "Tom Jackson Monday, ...").
_GLUED_DAY_WORD = re.compile(r"(?<=[a-zß-ÿ]{3})(am)(?=\s+(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)")
DATE_JOINER = re.compile(rf"""(?:[\s,;:] | \b(?:on|am|le|el|em|в)\b | \b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b | \b(?:{_OTHER_WEEKDAYS})\b
    | \b(?:{dates.DATE_LABEL_WORDS})\b)+$""", re.IGNORECASE | re.VERBOSE)

# The cue given to a line of bare names that the header took for a byline and gave back to the
# text (`_signed_over_bare_names`): it stays a paragraph.
RETURNED_NAMES = "returned-names"
# Footnote lines at the end of an article: "* An individual ...", "** Included by ...", "[1] ...", "¹ ...".
FOOTNOTE_LINE = re.compile(r"^\s*(?P<marker>\*{1,4}|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?P<text>\S.*)$")

# A full stop, comma, semicolon or colon at the end (before closing quotes): prose, not a headline.
# A headline may trail off like a teaser ("Rivals of the £400 Apple..."): an ellipsis, typed as
# three dots or as "…", does not end a sentence here.
SENTENCE_END = re.compile(r"[.,;:。，；：։።।॥۔][\"”’»)\]」』）]*$")
ELLIPSIS_END = re.compile(r"\.\.\.[\"”’»)\]]*$")
LIST_ITEM = re.compile(r"^\s*(?:[-•–·▪●]|\d{1,2}[.)])\s+(?=\S)")
# A numbered item ("1. Ditch the diet", "2) Eggs"): its number is the source's and stays in its
# text (a bullet list of one item each, as separate Markdown lists, would lose it or restart it
# at 1); its kind is that of the text after it (a listicle's item header is a heading), but in
# a run of items ("1. Eggs" / "2. Flour") each is a line of its own, not a heading.
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
# A subheading between dashes, AFP's: "- 'Last straw' -", "- Soybean harvest -" (no list item).
DASHED_HEADING = re.compile(r"^\s*[-–—]\s+(?P<title>[^-–—\s](?:.{0,80}[^-–—\s])?)\s+[-–—]\s*$")
QUOTE_OPEN = tuple('"“«„‘\'')
QUOTE_CLOSE = tuple('"”»“’\'')

# Footnote texts that are legal labels rather than notes of the author (Russia's registers).
LEGAL_LABEL = re.compile(
    r"foreign agent|иностранн\w+ агент|undesirable|нежелательн\w+|extremist|экстремист|terrorist organi[sz]ation",
    re.IGNORECASE,
)
# Reasons of stripped lines that are kept as annotations in the provenance card.
# Of the footer's labels, those that name the publisher's terms are notices; "Contact Us", "RSS
# Feeds", "Advertise", "Careers" are its navigation (removed, listed with the removed lines).
_LEGAL_NOTICE = re.compile(r"privacy|terms|imprint|impressum|disclaimer|ethic|correction|legal|licens|rights|cookie"
                           r"|accessib|datenschutz|\bagb\b|mentions|aviso|pol[íi]tica|конфиденц|правил", re.IGNORECASE)
NOTICE_REASONS = {
    "opinion-disclaimer": "opinion-disclaimer",
    "copyright": "rights",
    "legal-label": "legal-label",
    "disclaimer": "disclaimer",
}


def _glued_names(text: str, texts: list[SourceLine]) -> tuple[str, ...] | None:
    """The names a byline's copy glued together ("Beat LüthiCorinne Baumann", "Ana Luíza FerrazRafael
    Okumura"), each of two words or more, when the page names each after the first again at the
    start of a line (the author's box under the text: "Corinne Baumann arbeitet seit 2019 ..."); a
    place glued to a name is named so nowhere ("Javiera Soto PizarroValle Hondo"). None otherwise."""
    text = text.strip()
    if len(text) > GLUED_BYLINE_MAX_CHARS or not _GLUE_POINT.search(text):
        return None
    parts, start = [], 0
    for match in _GLUE_POINT.finditer(text):
        head = text[start:match.start()]
        if len(head.split()) >= 2 and len(head.split()[-1]) >= 3 and not _NAME_PREFIX.fullmatch(head.split()[-1]) and NAME.match(head):
            parts.append(head)
            start = match.start()
    parts.append(text[start:])
    if len(parts) < 2 or not all(2 <= len(p.split()) <= 4 and NAME.match(p) for p in parts):
        return None
    others = [line.text.strip() for line in texts if line.text.strip() != text]
    return tuple(parts) if all(any(o.startswith(p) for o in others) for p in parts[1:]) else None


MASTHEAD_LINES = 10
"""The page's first lines, where a line of its own names the site (its masthead)."""


def _starts_the_masthead(name: str, texts: list[SourceLine]) -> bool:
    """The name read off a byline is the start of the paper's name, which its masthead gives whole among the page's first
    lines: "Par Le Quotidien de l'Est avec AFP" read as "Le Quotidien", under "Le Quotidien de l'Est"."""
    cut = re.compile(rf"^\W*{re.escape(name)}\s+(?:de|des|du|di|del|della|do|da|dos|das|of|von|van)\b[\s\S]{{1,40}}$", re.IGNORECASE)
    return any(cut.match(line.text.strip()) and len(line.text.split()) <= MASTHEAD_MAX_WORDS for line in texts[:MASTHEAD_LINES])


MASTHEAD_MAX_WORDS = 6


def _names_the_outlet(name: str, texts: list[SourceLine], signing: set[int | None], others: tuple[str, ...] = ()) -> bool:
    """One of a byline's names (the last, or one after a reporter's) is the outlet it was written
    for when the page names the outlet so elsewhere: a line of its own among the page's first lines
    (the masthead), a photo's credit after a slash, the copyright notice, or "first appeared on" / "reports for" it ("Agora
    SC" of "Por Ana Beatriz Souza, Pedro Lins, Agora SC"); a person's name is said so nowhere (an
    author's box under the text gives it a line of its own, but not at the top; a newsletter's notice
    holds its writers' names together: "© 2024 Ana Whitcombe and Leo Farris"). `signing`: the lines
    read for the authors; `others`: the names before it."""
    alone = re.compile(rf"^\W*{re.escape(name)}\W*$", re.IGNORECASE)
    said = re.compile(rf"(?<!photo)(?<!foto)/\s*{re.escape(name)}\b|\b(?:on|for)\s+{re.escape(name)}\b", re.IGNORECASE)
    # (not the photographer after an agency's "Photo/": "(AP Photo/Daniel Okafor)", a person who may write too)
    return any(line.number not in signing and alone.match(line.text) for line in texts[:MASTHEAD_LINES]) or any(
        line.number not in signing and (said.search(line.text) or "©" in line.text and name.casefold() in line.text.casefold()
                                        and not any(other.casefold() in line.text.casefold() for other in others)) for line in texts)


def _with_calendar_note(date: Field[str], lines: tuple[SourceLine, ...]) -> Field[str]:
    """A date read from the Iranian or the Thai calendar says so in its origin ("۱۸ تیر ۱۳۹۸" on the
    line is 2019-07-09, "15 มี.ค. 2567" 2024-03-15): the reader who opens the line finds another calendar's date."""
    number = date.origin.line
    if not date.known or number is None or not 0 < number <= len(lines):
        return date
    written = dates.other_calendar_date(lines[number - 1].text)
    if written is None:
        return date
    return replace(date, origin=replace(date.origin, detail=f"{date.origin.detail}; {written[0]} {written[1]}"))


def recover_structure(article: Article) -> Article:
    """Split the kept lines into header fields, body paragraphs and footnotes."""
    lines = article.lines
    verdicts = article.verdicts or tuple(Verdict(bool(line.text.strip()), "body") for line in lines)
    kept = [line for line, verdict in zip(lines, verdicts) if verdict.keep and line.text.strip()]
    cues = {line.number: verdict.cue for line, verdict in zip(lines, verdicts)}
    body, footnotes = _split_footnotes(kept)
    texts = [line for line in lines if line.text.strip()]  # the source's lines that are not blank
    signed = _under_a_lone_by(texts) | _over_a_date(texts, cues)
    bare = _bare_signatures(texts, cues, lambda above: cues.get(above.number) in ("headline", "standfirst"))
    header, body = _read_header(body, cues, signed, _under_a_lone_and(texts), bare, _names_under(texts, cues, signed | bare))
    header = _with_co_author_line(header, texts, cues)
    if not header.date.known and (ordered := _ordered_by_the_page(header, lines)) is not None:
        header = replace(header, date=ordered, used=tuple((n, "date") if n == ordered.origin.line and kind == UNORDERED_DATE else (n, kind)
                                                          for n, kind in header.used))  # (before an update's line under it is read for the date)
    stripped = tuple(
        Stripped(line.number, line.text.strip(), verdict.reason, verdict.cue)
        for line, verdict in zip(lines, verdicts)
        if not verdict.keep and line.text.strip()
    )
    header, body, signature_used, returned = _signed_over_bare_names(header, body, kept, stripped)
    if returned is not None:  # a caption or a list of people: a paragraph, not a subheading
        cues = {**cues, returned: RETURNED_NAMES}
    header, body, in_text, demoted = _signature_in_text(header, body, cues)
    signature_used += in_text
    header, body, deck_used = _deck_over_signature(header, body, stripped, _over_date(texts))
    signature_used += deck_used
    header, above_used = _signed_over_byline(header, stripped)
    signature_used += above_used
    if demoted is not None:  # the line taken for the headline above the text: page furniture after all
        stripped = tuple(sorted((*stripped, demoted), key=lambda s: s.line))
    body, capitals = _with_drop_caps(body, lines, verdicts)
    signature_used += capitals
    body, place = _with_place_dateline(body, lines)
    signature_used += place
    if not header.authors.known and (closing := _closing_signature(body)) is not None:
        line, names = closing
        header = replace(header, authors=Field(names, Origin("source", line.number, "byline under the text")))
        signature_used += ((line.number, "authors"),)
        body = body[:-1]
    body_items, inner, date_from_body = _read_body(body, cues)
    paragraphs = _with_ids(body_items)
    footnote_refs = _attach_footnote_refs(paragraphs, footnotes)
    date = header.date if header.date.known else date_from_body
    authors = header.authors
    if header.title.known and body and not (date.known and authors.known):
        signed_date, signed_authors, used = _read_signature(
            stripped, header.title.origin.line or 0, _text_start(body), date=not date.known, authors=not authors.known,
            over_date=_over_date(texts))
        date, authors = date if date.known else signed_date, authors if authors.known else signed_authors
        signature_used += used
    if not authors.known and inner:  # (the header's signature first: "Live coverage by ..." over an entry's "By Jon Kerr")
        authors = Field(inner[0].authors, Origin("source", inner[0].byline_line, "byline under the inner headline"))
    if not authors.known and body and (reporters := wire_reporters(body[0].text.strip())):
        authors = Field(reporters, Origin("source", body[0].number, "wire dateline at the start of the first paragraph"))
        # (the paragraph stays the text's, so its line is no metadata line: each line is in one place)
    if not authors.known and body and (closing := _CLOSING_BRACKETED_NAMES.search(body[-1].text)):
        authors = Field(tuple(re.split(r"[、，,]", closing["names"])), Origin("source", body[-1].number, "names in brackets at the end of the text"))
        # (a Japanese paper's: "...と期待を寄せている。【北村美咲】"; the paragraph stays the text's too)
    if not authors.known and body and (posted := _posted_by(stripped, body[-1].number)):
        authors = posted
        signature_used += ((posted.origin.line or 0, "authors"),)
    if not authors.known and body and (labelled := _labelled_under_text(stripped, body[-1].number)):
        names, read = labelled  # a box under the text: "Written by" / "Imogen Pryce" / "Senior Fact Checker"
        authors = Field(names, Origin("source", read[1], "byline under the text"))
        signature_used += tuple((n, "authors") for n in read)
    if body and not (authors.known and date.known):
        meta_date, meta_authors, used = _entry_meta(stripped, body[-1].number, date=not date.known, authors=not authors.known)
        date, authors = date if date.known else meta_date, authors if authors.known else meta_authors
        signature_used += used
    if not authors.known and len(body) > 1 and (closing_name := _name_under_text(texts, body, stripped)):
        authors = closing_name
        signature_used += ((closing_name.origin.line or 0, "authors"),)
    if not date.known and body and (published := _published_by_under_text(body, stripped)) is not None:
        date = published  # "Published by The Harlan Valley Sentinel on Mar. 13, 2024." (an obituary's)
        if published.origin.line not in {line.number for line in body}:
            signature_used += ((published.origin.line or 0, "date"),)
    updated = header.updated
    if body and (first := _published_under_text(date, lines, stripped, body[-1].number) or _published_over_update(date, lines, stripped)) is not None:
        date, updated = first, updated if updated.known else replace(date, origin=replace(date.origin, detail="update's date in the header"))
        signature_used += ((first.origin.line or 0, "date"),)
    read = {n for n, _ in (*header.used, *signature_used)}  # a line read for the header is the header's, no longer listed as removed
    stripped = tuple(line for line in stripped if line.line not in read)
    header, stripped = _unread_dates(header, stripped, lines)
    date = _with_calendar_note(date, lines)
    if authors.known:
        authors = replace(authors, value=tuple(without_honorific(name) for name in authors.value))
        if authors.origin.line and (glued := _glued_names(lines[authors.origin.line - 1].text, texts)) and glued[0] == authors.value[-1]:
            authors = replace(authors, value=(*authors.value[:-1], *glued))  # "Beat LüthiCorinne Baumann": both sign
        signing = {n for n, kind in (*header.used, *signature_used) if "authors" in kind} | {authors.origin.line}
        people = tuple(name for name in authors.value if not _starts_the_masthead(name, texts))
        if people != authors.value:
            authors = replace(authors, value=people) if people else Field()
        if len(authors.value or ()) > 1 and _names_the_outlet(authors.value[-1], texts, signing, authors.value[:-1]):
            authors = replace(authors, value=authors.value[:-1])  # "Por Ana Beatriz Souza, Pedro Lins, Agora SC": the site
        if len(authors.value or ()) > 2:
            people = tuple(name for j, name in enumerate(authors.value) if j == 0 or not _names_the_outlet(
                name, texts, signing, authors.value[:j] + authors.value[j + 1:]))
            authors = replace(authors, value=people)  # ...or the site after its reporter: "by Naomi Kessler, Open Record, and Luis Arriaga, ..."
    return replace(
        article,
        verdicts=verdicts,
        title=header.title,
        subtitle=header.subtitle,
        authors=authors,
        date=date,
        updated=updated,
        paragraphs=footnote_refs,
        footnotes=footnotes,
        stripped=stripped,
        inner_headers=inner,
        notices=_notices(stripped, footnotes),
        metadata_lines=header.used + signature_used + tuple((h.line, "inner-headline") for h in inner if h.line)
        + tuple((h.byline_line, "inner-byline") for h in inner if h.byline_line),
        truncated=_truncation(paragraphs, stripped, frozenset(n for n, verdict in enumerate(verdicts, 1) if verdict.cue == "table-row")),
    )


# When the header dates the piece only by its update ("delhi Updated: Jul 09, 2019 07:42 IST",
# "Updated October 15, 2019"), a line under the text that gives its first publication, earlier,
# dates it ("First Published: Jul 08, 2019 23:10 IST", "Published in Dawn, October 14th, 2019");
# the header's date is the update's. Among the first PUBLISHED_UNDER_TEXT_LINES removed lines under the text.
_PUBLISHED_UNDER = re.compile(r"^\W*(?:this\s+(?:story|article|post|piece)\s+was\s+)?(?:first\s+|originally\s+)?"  # (McClatchy's "This story
                              r"(?:published|publicado|publié|veröffentlicht|pubblicato|опубликовано|опубліковано|publikováno|publikované"  # was originally published ...")
                              r"|opublikowano|közzétéve|publicat|gepubliceerd|julkaistu|publicerad|publisert|publiceret|objavljeno)\b",
                              re.IGNORECASE)
PUBLISHED_UNDER_TEXT_LINES = 12

def _published_by_under_text(body: list[SourceLine], stripped: tuple[Stripped, ...]) -> Field[str] | None:
    """The date of a short line that says the piece was published (`_PUBLISHED_UNDER`: "Published by The Harlan
    Valley Sentinel on Mar. 13, 2024."), among the text's last three lines or the first PUBLISHED_UNDER_TEXT_LINES
    removed under it."""
    last = body[-1].number
    candidates = [(line.number, line.text) for line in body[-3:]] + [(s.line, s.text) for s in stripped if s.line > last][:PUBLISHED_UNDER_TEXT_LINES]
    for number, text in candidates:
        if _PUBLISHED_UNDER.match(text) and len(text.split()) <= SIGNATURE_MAX_WORDS and (found := dates.find_date(text)):
            return Field(found[0], Origin("source", number, "publication line under the text"))
    return None
_UPDATE_WORD = re.compile(rf"\b(?:{dates.UPDATED_WORDS})\b", re.IGNORECASE)


def _published_under_text(date: Field[str], lines: tuple[SourceLine, ...], stripped: tuple[Stripped, ...], last: int) -> Field[str] | None:
    if not date.known or date.origin.line is None or not 0 < date.origin.line <= len(lines):
        return None
    dated = lines[date.origin.line - 1].text
    found = dates.find_date(dated)
    if found is None or not _UPDATE_WORD.search(dated[:found[1].start()]) or _PUBLISHED_UNDER.match(dated):
        return None  # (not "Published ... Updated ...": the header has the publication's date)
    for line in [s for s in stripped if s.line > last][:PUBLISHED_UNDER_TEXT_LINES]:
        if _PUBLISHED_UNDER.match(line.text) and len(line.text.split()) <= SIGNATURE_MAX_WORDS and (first := dates.find_date(line.text)):
            if first[0] < date.value:
                return Field(first[0], Origin("source", line.line, "first publication's date under the text"))
    return None


PUBLISHED_OVER_UPDATE_LINES = 3


def _published_over_update(date: Field[str], lines: tuple[SourceLine, ...], stripped: tuple[Stripped, ...]) -> Field[str] | None:
    """When the date was read from an update's line ("Aktualisiert: 14.03.2024, 08:10"), the earlier
    date of a removed line right above it that says it was published ("Publiziert: 13.03.2024, 17:22")."""
    if not date.known or date.origin.line is None or not 0 < date.origin.line <= len(lines):
        return None
    if not dates.UPDATE_LABEL.match(lines[date.origin.line - 1].text):
        return None
    above = [s for s in stripped if date.origin.line - PUBLISHED_OVER_UPDATE_LINES <= s.line < date.origin.line]
    for line in reversed(above):
        if dates.DATE_LABEL_START.match(line.text) and not dates.UPDATE_LABEL.match(line.text) and (iso := dates.parse_date_line(line.text)):
            return Field(iso, Origin("source", line.line, "publication's date over the update's")) if iso < date.value else None
    return None


# A header's date line whose day and month could be either way round ("12/01/2025"): taken out
# of the text, listed among the removed lines with this reason, and the date left unknown.
UNORDERED_DATE = "date-order-unknown"


def _ordered_by_the_page(header: _Header, lines: tuple[SourceLine, ...]) -> Field[str] | None:
    """The date of the header's first date line that could not be read (`UNORDERED_DATE`: "10/03/2025 06:30"),
    read the way round another line of the page shows (`dates.order_on_page`), with that line in its origin."""
    unread = next((n for n, kind in header.used if kind == UNORDERED_DATE), None)
    if unread is None:
        return None
    found = dates.order_on_page(lines[unread - 1].text.strip(), [(line.number, line.text) for line in lines if line.number != unread])
    if found is None:
        return None
    iso, shown = found
    return Field(iso, Origin("source", unread, f"dateline, its day and month read the way round line {shown} shows them"))


def _unread_dates(header: _Header, stripped: tuple[Stripped, ...], lines: tuple[SourceLine, ...]) -> tuple[_Header, tuple[Stripped, ...]]:
    """The header's date lines that could not be read (`UNORDERED_DATE`) go to the removed lines."""
    unread = [n for n, kind in header.used if kind == UNORDERED_DATE]
    if not unread:
        return header, stripped
    text = {line.number: line.text.strip() for line in lines}
    moved = [Stripped(n, text[n], UNORDERED_DATE, "dateline") for n in unread]
    return (replace(header, used=tuple(u for u in header.used if u[1] != UNORDERED_DATE)),
            tuple(sorted((*stripped, *moved), key=lambda s: s.line)))


@dataclass(frozen=True)
class _Header:
    title: Field[str]
    subtitle: Field[str]
    authors: Field[tuple[str, ...]]
    date: Field[str]
    used: tuple[tuple[int, str], ...]
    updated: Field[str] = field(default_factory=Field)


def _signed_over_bare_names(header: _Header, body: list[SourceLine], kept: list[SourceLine], stripped: tuple[Stripped, ...]
                            ) -> tuple[_Header, list[SourceLine], tuple[tuple[int, str], ...], int | None]:
    """When the header's authors are bare names ("Samuel Alito and Elizabeth Prelogar", no "by")
    and a removed signature line between the headline and them signs with "by" ("Analysis by
    Joan Biskupic, CNN Senior Supreme Court Analyst"), the signature names the authors: the bare
    names were a photo's caption or a list of people, and their line goes back to the text (its
    number is returned with the header, the text and the signature lines read)."""
    line_number = header.authors.origin.line
    if not header.title.known or line_number is None or (line_number, "authors") not in header.used:
        return header, body, (), None
    line = next(k for k in kept if k.number == line_number)
    if BYLINE.match(line.text.strip()):
        return header, body, (), None
    _, signed, used = _read_signature(stripped, header.title.origin.line or 0, line_number, date=False, authors=True)
    if not signed.known:
        return header, body, (), None
    if any(AUTHORS_LABEL.match(s.text) for s in stripped if (s.line, "authors") in used):
        # the names listed under "Authors" go on in the header's: "Authors" / "Maeve Fairclough" / "Research Economist" / "Tobias Wren"
        return replace(header, authors=replace(signed, value=(*signed.value, *(n for n in header.authors.value if n not in signed.value)))), body, used, None
    header = replace(header, authors=signed, used=tuple(u for u in header.used if u != (line_number, "authors")))
    return header, sorted([line, *body], key=lambda k: k.number), used, line_number


def _signature_in_text(header: _Header, body: list[SourceLine], cues: dict[int, str]
                       ) -> tuple[_Header, list[SourceLine], tuple[tuple[int, str], ...], Stripped | None]:
    """A byline with "by" among the first lines of the text, before it has begun (no line of
    TEXT_BEGUN_WORDS words above it), when the header above the text has neither authors nor a
    date: the piece's signature, as a fact-check signs under its headline after the claim it
    checks ("What is the value of drugs that come to the U.S. border?" / "By Matthew Digby ,
    Minh Do on Monday, November 18th, 2019 at 11:08 a.m."). It gives the authors and the date;
    the line right above it, when shaped like a headline, is the headline (the one read above
    the text, a button or a menu item, is returned to be listed as removed)."""
    if header.authors.known or header.date.known:
        return header, body, (), None
    for position, line in enumerate(body[:SIGNATURE_IN_TEXT_LINES]):
        text = line.text.strip()
        words = _word_tokens(text)
        if words > TEXT_BEGUN_WORDS:
            return header, body, (), None
        names = _signed_names(text) if position and words <= SIGNATURE_MAX_WORDS else None
        if not names or cues.get(line.number) in ("headline", "subheading"):
            continue
        iso = dates.find_date(text)
        fields = "date+authors" if iso else "authors"
        authors = Field(names, Origin("source", line.number, "byline at the start of the text"))
        date = Field(iso[0], Origin("source", line.number, "date on the byline at the start of the text")) if iso else header.date
        used, consumed = [(line.number, fields)], {line.number}
        title, demoted = header.title, None
        above = body[position - 1]
        above_text = above.text.strip()
        if (word_count(above_text) <= MAX_HEADLINE_WORDS and not LIST_ITEM.match(above_text)
                and not (SENTENCE_END.search(above_text) and not ELLIPSIS_END.search(above_text)) and not parse_byline(above_text)):
            if title.known:
                demoted = Stripped(title.origin.line or 0, title.value, "outside-body", "not-the-headline")
            title = Field(above_text, Origin("source", above.number, "headline over the byline at the start of the text"))
            used.append((above.number, "title"))
            consumed.add(above.number)
        kept_used = tuple(u for u in header.used if not (demoted and u == (demoted.line, "title")))
        header = replace(header, title=title, authors=authors, date=date, used=kept_used)
        return header, [b for b in body if b.number not in consumed], tuple(used), demoted
    return header, body, (), None


# A deck the classifier kept as the text's first paragraph, with the signature under it removed
# as page furniture: "headline / deck / נועה גולדברג פורסם: 16.07.19 , 14:23 / share buttons /
# caption / text". Only a deck of at most DECK_MAX_WORDS words, and a signature with both a name
# and a date, among the first SIGNATURE_UNDER_DECK_LINES removed lines between it and the next
# line of the text.
DECK_MAX_WORDS = 60
SIGNATURE_UNDER_DECK_LINES = 3


def _signed_over_byline(header: _Header, stripped: tuple[Stripped, ...]) -> tuple[_Header, tuple[tuple[int, str], ...]]:
    """A removed line between the headline and the header's byline that signs with "by" names a
    first author, each with a role and the paper under them ("By Evans Kipchumba" / "Correspondent"
    / "Nation Media Group" / "By Gladys Chepkoech" / "Reporter"): its names come first."""
    if not header.title.known or not header.authors.known or header.authors.origin.detail != "byline":
        return header, ()
    low, high = header.title.origin.line or 0, header.authors.origin.line or 0
    for line in stripped:
        if (low < line.line < high and line.reason not in ("image-credit", "caption") and line.cue != "caption-credit"
                and len(line.text.split()) <= SIGNATURE_MAX_WORDS and LONE_BYLINE_KEYWORD.match(line.text.split()[0])
                and (names := _signed_names(line.text))):
            authors = (*names, *(n for n in header.authors.value if n not in names))
            return replace(header, authors=replace(header.authors, value=authors)), ((line.line, "authors"),)
    return header, ()


def _deck_over_signature(header: _Header, body: list[SourceLine], stripped: tuple[Stripped, ...], over_date: Callable[..., bool]
                         ) -> tuple[_Header, list[SourceLine], tuple[tuple[int, str], ...]]:
    """When the header has neither authors nor a deck, the text's first line is the deck when
    removed lines right under it sign the piece: a name and a date on one line, or a byline over
    the date ("von Lena Hartwig" / "14. März 2024", "Author: Brianna Ortega" / "Published: ..."). The
    deck becomes the subtitle, the signature gives the authors, and the date unless the header has one."""
    if (header.authors.known or header.subtitle.known or not header.title.known or len(body) < 3
            or word_count(body[0].text) > DECK_MAX_WORDS):
        return header, body, ()
    deck = replace(header, subtitle=Field(body[0].text.strip(), Origin("source", body[0].number, "deck over the byline")))
    between = [s for s in stripped if body[0].number < s.line < body[1].number][:SIGNATURE_UNDER_DECK_LINES]
    for line in between:
        if len(line.text.split()) > 2 * SIGNATURE_MAX_WORDS or not (signed := date_and_byline(line.text)):
            continue
        iso, names = signed
        header = replace(deck, authors=Field(names, Origin("source", line.line, "byline under the deck")),
                         date=header.date if header.date.known else Field(iso, Origin("source", line.line, "date on the byline under the deck")))
        return header, body[1:], ((body[0].number, "subtitle"), (line.line, "date+authors" if header.date.origin.line == line.line else "authors"))
    if not between:
        return header, body, ()
    under_deck = tuple(s for s in stripped if body[0].number < s.line < body[1].number)  # (not the lines over the deck)
    date, authors, used = _read_signature(under_deck, body[0].number, body[1].number, date=not header.date.known, authors=True, over_date=over_date)
    if not authors.known:
        return header, body, ()
    header = replace(deck, authors=replace(authors, origin=replace(authors.origin, detail="byline under the deck")),
                     date=header.date if header.date.known else date)
    return header, body[1:], ((body[0].number, "subtitle"), *used)


def _under_a_lone_by(texts: list[SourceLine]) -> frozenset[int]:
    """Lines right under a byline keyword on a line of its own ("By" / "Al Root"): bylines, read as "By <line>"."""
    return frozenset(b.number for a, b in zip(texts, texts[1:]) if LONE_BYLINE_KEYWORD.match(a.text))


# A conjunction alone on its line between two bylines: "By Jane Roe" / "and" / "John Doe"; or a dash
# (PBS's "By —" / "Wendell Okoro" / "—" / "Kira Delgado").
LONE_CONJUNCTION = re.compile(r"^\s*(?:and|&|und|et|y|e|и|і|та|oraz|en|och|og|[—–])\s*$", re.IGNORECASE)


def _under_a_lone_and(texts: list[SourceLine]) -> dict[int, int]:
    """Line numbers right under a conjunction on a line of its own, each with the conjunction's."""
    return {b.number: a.number for a, b in zip(texts, texts[1:]) if LONE_CONJUNCTION.match(a.text)}


def _over_a_date(texts: list[SourceLine], cues: dict[int, str]) -> frozenset[int]:
    """Bylines of one bare name right over a date line ("Maren Estrada" / "November 19th, 2019 at
    8:40 AM"), or over a short line and a date line ("Ana Roe" / "in Beijing" / "Published: 4:20pm,
    14 Jan 2025"), or right under a date line right under the headline ("12/01/2025" / "Ana
    Sample", a blog theme's signature): a signature, where one capitalised phrase alone would more
    likely be a heading (the links under a podcast's date: "May 2, 2024" / "Apple Podcasts")."""
    return frozenset(a.number for k, a in enumerate(texts)
                     if cues.get(a.number) == "byline" and not LONE_BYLINE_KEYWORD.match(a.text) and _dated_under(texts, k)
                     ) | _bare_signatures(texts, cues, lambda above: _headed_date(texts, cues, above), over_text=True)


_DATE_LABEL_ALONE = re.compile(r"^\W*(?:publish(?:ed|ing)|publication|posted|updated|date)(?:\s+(?:date|on))?\s*:?\s*$", re.IGNORECASE)


def _headed_date(texts: list[SourceLine], cues: dict[int, str], line: SourceLine) -> bool:
    """A date line right under the headline or its deck: "12/01/2025" in "headline / date / name"; or the
    update's line right under that one ("Publié le 06/03/2025 à 06h00" / "Mis à jour le 06/03/2025 à 07h12")."""
    k = next((i for i, t in enumerate(texts) if t.number == line.number), 0)
    if k > 1 and _DATE_LABEL_ALONE.match(texts[k - 1].text):
        k -= 1  # (under its label on a line of its own: "Publishing date" / "09 July 2025")
    dated = cues.get(line.number) == "dateline" or dates.parse_date_line(line.text.strip()) is not None
    if (k > 1 and cues.get(texts[k - 1].number) not in ("headline", "standfirst") and dates.UPDATE_LABEL.match(line.text)
            and _DIGIT.search(line.text) and not dates.UPDATE_LABEL.match(texts[k - 1].text)):
        line, k = texts[k - 1], k - 1  # (the update's day either way round, "06/03/2025", which the line above orders)
        dated = cues.get(line.number) == "dateline" or dates.parse_date_line(line.text.strip()) is not None
    return k > 0 and cues.get(texts[k - 1].number) in ("headline", "standfirst") and dated


# A blog's signature under the post: "Posted by Ana Example at 4:20 PM".
POSTED_BY = re.compile(r"^\s*(?:posted\s+by|publicado\s+por|publié\s+par|eingestellt\s+von|pubblicato\s+da)\s+(?P<name>.{3,60}?)"
                       r"\s+(?:at|on|en|em|às|a\s+las|à|le|um|am|alle)\s+\d", re.IGNORECASE)  # (Blogger's footer in its languages)
POSTED_BY_SPAN = 3
# A blog theme's meta line under the post, the author first and the publication's date after its
# label, the update's and the categories glued after it (WordPress's "Author Jane Example Posted on
# May 7, 2019May 9, 2019 Categories Health", in the blog's language: "Auteur Hélène MarchettiPublié
# le 7 mai 20199 mai 2019Catégories Santé").
ENTRY_META = re.compile(r"^\W*(?:author|auteur|autor|autore|auteur\s+de\s+l['’]article)\s*(?P<name>\S.{1,60}?)\s*"
                        r"(?:posted\s+on|published\s+on|publié\s+le|publicado\s+(?:el|em|o)|veröffentlicht\s+am|pubblicato\s+il|gepubliceerd\s+op)"
                        r"\s*(?P<dated>\d.*)$", re.IGNORECASE)
# ...or its Chinese blog's, the date before the name and the counts: "posted @ 2023-11-27 21:40  老周写代码  阅读(1834)  评论(6)".
ENTRY_POSTED_AT = re.compile(r"^\W*posted\s*@\s*(?P<dated>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)\s+(?P<name>\S.{0,40}?)\s+"
                             r"(?:阅读|閱讀|read|views?)\s*[(（]", re.IGNORECASE)
ENTRY_META_SPAN = 15
POSTED_NAME = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){1,3}")


def _closing_signature(body: list[SourceLine]) -> tuple[SourceLine, tuple[str, ...]] | None:
    """The text's last line when it signs the piece with a byline keyword ("Автор: Анна Примерова",
    "Texte: Jean Exemple"), and the names it gives; None otherwise. Only a line of at most
    SIGNATURE_MAX_WORDS words under at least one other line of the text."""
    if len(body) < 2:
        return None
    last = body[-1].text.strip()
    if len(last.split()) > SIGNATURE_MAX_WORDS or not BYLINE.match(last) or not (names := parse_byline(last)):
        return None
    return body[-1], names


# A Japanese paper's credit on its own line under the text, in brackets, the desk or "取材・文" (reporting and
# text) before the names: "（旭川報道部　高橋誠）", "（北部報道部・比嘉亮、新垣美咲）", "（取材・文／佐藤美穂）".
_JAPANESE_CREDIT = re.compile(r"^\s*[（(](?:[^（）()\s　]{1,12}?(?:報道部|支局|総局|本社|編集部|取材班|報道センター)[\s　・/／]+"
                              r"|(?:取材・?文|取材|文|記者)\s*[／/:：]\s*)"
                              r"(?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:[、，,][\u3040-\u30ff\u4e00-\u9fff]{2,6}){0,3})\s*[）)]\s*$")
_JAPANESE_AGENCY = re.compile(r"共同|時事|ロイター|新華社|聯合|連合")


def _posted_by(stripped: tuple[Stripped, ...], last_line: int) -> Field[tuple[str, ...]] | None:
    """The authors a blog's "Posted by X at <time>" line names, or a signature with its keyword
    and a colon (`SIGNED_WITH_COLON`), among the first POSTED_BY_SPAN removed lines under the text;
    or two names or more right under it (a bare name alone there may be a photographer's or a list's)."""
    for position, line in enumerate([s for s in stripped if s.line > last_line][:POSTED_BY_SPAN]):
        if (not position and line.line - last_line <= 2 and len(line.text.split()) <= SIGNATURE_MAX_WORDS
                and (names := parse_byline(line.text.strip()) or _dashed_names(line.text)) and len(names) > 1
                and not any(NON_NAME_WORDS.intersection(n.casefold().split()) for n in names)):  # (not "Support Free & Independent Journalism")
            return Field(names, Origin("source", line.line, "names under the text"))  # "Kārlis Bērziņš, Līga Ozoliņa", right under it
        if (not position and line.line - last_line <= 2 and len(line.text.split()) <= SIGNATURE_MAX_WORDS
                and (asked := _INTERVIEWER_CREDIT.match(line.text)) and (names := parse_byline(f"By {line.text[asked.end():].strip()}"))):
            return Field(names, Origin("source", line.line, "interviewer's credit under the text"))  # "Propos recueillis par Claire Dumont"
        match = POSTED_BY.match(line.text)
        if match and (names := parse_byline(f"By {match['name']}") or (
                (match["name"],) if POSTED_NAME.fullmatch(match["name"]) else None)):  # as the blog writes it: "paul goble"
            return Field(names, Origin("source", line.line, "'Posted by' line under the text"))
        if (found := _JAPANESE_CREDIT.match(line.text)) and not _JAPANESE_AGENCY.search(found["names"]):
            return Field(tuple(re.split(r"[、，,]", found["names"])), Origin("source", line.line, "credit in brackets under the text"))
        if ((label := SIGNED_WITH_COLON.match(line.text)) and len(line.text.split()) <= SIGNATURE_MAX_WORDS
                and (names := parse_byline(line.text) or parse_byline(f"By {line.text[label.end():].strip()}"))):
            return Field(names, Origin("source", line.line, "byline under the text"))
    return None


LABEL_UNDER_TEXT_SPAN = 6
# Who held an interview, credited under it: "Propos recueillis par ...", "Entretien réalisé par ...", "Interview by ...", "Das
# Gespräch führte ...", "Entrevista realizada por ...", "Intervista a cura di ...".
_INTERVIEWER_CREDIT = re.compile(r"^\W*(?:propos\s+recueillis\s+par|entretien\s+réalisé\s+par|interview(?:ed)?\s+by|das\s+(?:gespräch|interview)\s+führten?"
                                 r"|entrevista\s+(?:realizada\s+)?por|intervista\s+(?:a\s+cura\s+)?di)\s*:?\s+(?=\S)", re.IGNORECASE)
_NAME_DASH = re.compile(r"\s+[-–—]\s+")


def _dashed_names(text: str) -> tuple[str, ...] | None:
    """Names a dash apart, as Vietnamese papers sign under the text ("TIẾN THẮNG - NHẬT LINH - HOÀNG TÁO"): two or more,
    each a name of two to four words; None otherwise."""
    parts = [part.strip() for part in _NAME_DASH.split(text.strip())]
    if len(parts) < 2 or not all(2 <= len(part.split()) <= 4 and NAME.fullmatch(part) for part in parts):
        return None
    return tuple(parts)



def _labelled_under_text(stripped: tuple[Stripped, ...], last_line: int) -> tuple[tuple[str, ...], list[int]] | None:
    """The names listed under an authors' label (`AUTHORS_LABEL`, `_names_under_label`), the label
    among the first LABEL_UNDER_TEXT_SPAN removed lines under the text (past a "Was this article
    useful?" and its buttons), and the lines read (the label's first)."""
    under = [s for s in stripped if s.line > last_line][:LABEL_UNDER_TEXT_SPAN + 2 * LABELLED_NAMES_MAX]
    for position, line in enumerate(under[:LABEL_UNDER_TEXT_SPAN]):
        if line.reason == "comments":
            break
        if AUTHORS_LABEL.match(line.text) and (listed := _names_under_label(under, position)):
            return listed[0], [line.line, *listed[1]]
    return None


def _entry_meta(stripped: tuple[Stripped, ...], last_line: int, *, date: bool, authors: bool
                ) -> tuple[Field[str], Field[tuple[str, ...]], tuple[tuple[int, str], ...]]:
    """The authors and the first publication's date a blog theme's meta line under the text gives
    (`ENTRY_META`, `ENTRY_POSTED_AT`), among the first ENTRY_META_SPAN removed lines under it (past the share buttons,
    likes and related posts), above the comments, as asked for."""
    for line in [s for s in stripped if s.line > last_line][:ENTRY_META_SPAN]:
        if line.reason == "comments":
            break
        if not (match := ENTRY_META.match(line.text) or ENTRY_POSTED_AT.match(line.text)):
            continue
        names = parse_byline(f"By {match['name']}") if authors else None
        isos = dates.find_dates(match["dated"]) if date else []
        found_date = Field(isos[0], Origin("source", line.line, "publication date on the post's meta line under the text")) if isos else Field()
        found_authors = Field(names, Origin("source", line.line, "author on the post's meta line under the text")) if names else Field()
        kinds = "+".join(kind for kind, field in (("date", found_date), ("authors", found_authors)) if field.known)
        return found_date, found_authors, ((line.line, kinds),) if kinds else ()
    return Field(), Field(), ()


# A name alone in brackets right under the text, removed as page furniture, signs it where nothing
# else does, as Japanese papers sign ("...知ってほしい」と話す。" / "（森下千尋）" / "関連キーワード"). (A
# bare name there, as VnExpress signs, was tried: on the evaluation pages it also took a button,
# "Report Error", and a related link's title for authors.)
# Not an agency's credit ("（共同）", "（時事）") nor a photo's ("（写真は本社撮影）").
_BRACKETED_EAST_ASIAN_NAME = re.compile(r"^[（(](?!.*(?:共同|時事|ロイター|新華社|新华社|中新社|聯合|연합|写真|撮影|提供|資料|记者|記者))"
                                        r"(?P<name>[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,8})[）)]$")


def _name_under_text(texts: list[SourceLine], body: list[SourceLine], stripped: tuple[Stripped, ...]) -> Field[tuple[str, ...]] | None:
    """The author the removed line right under the text names, in brackets, after a byline's keyword,
    or alone when the text does not name them; None otherwise."""
    index = next((k for k, t in enumerate(texts) if t.number == body[-1].number), None)
    if index is None or index + 1 >= len(texts) or texts[index + 1].number not in {s.line for s in stripped}:
        return None
    line = texts[index + 1]
    text = line.text.strip()
    if len(text.split()) <= SIGNATURE_MAX_WORDS and (BYLINE.match(text) and (names := parse_byline(text))
                                                      or text.split()[0].casefold() in SIGNED_KINDS and (names := _signed_names(text))):
        return Field(names, Origin("source", line.number, "byline right under the text"))  # "by Dmitri Volkov", "Story by ..."
    under = next((s for s in stripped if s.line > line.number), None)
    if (2 <= len(text.split()) <= 3 and NAME.match(text) and _may_be_a_name(text) and not text.isupper()
            and under is not None and under.reason == "share-buttons" and not any(text.casefold() in b.text.casefold() for b in body)):
        # a bare name under the text, over the share buttons, said nowhere in the text: its author ("... ради чего погиб
        # ее сын." / "Дарья Кузьмина" / "Поделиться"); a tag under the text names someone the text speaks of
        return Field((text,), Origin("source", line.number, "name right under the text"))
    if not (bracketed := _BRACKETED_EAST_ASIAN_NAME.match(text)):
        return None
    return Field((bracketed["name"],), Origin("source", line.number, "name in brackets under the text"))


# A signature under the text with its keyword and a colon: "Автор: Анна Примерова", "Author: Jane
# Example", "Texte : Jean Exemple" (a teaser's "By X" under the text names another piece's author).
SIGNED_WITH_COLON = re.compile(r"^\s*(?:(?:автор(?:ы|и)?|авторка|autor(?:a|es|i|zy|ka)?|authors?|texte?|tekst|text|piše|pisze|píše|writers?|words|reporters?"
                               r"|(?:video\s+)?journalists?|penulis|ผู้เขียน|tác\s+giả|manunulat)\s*:|(?-i:Author)\s+(?=(?-i:[A-Z])))", re.IGNORECASE)
"""A signature's label, with its colon ("Writer: Harriet Lowe", "Video journalist: Ewan Lockhart"), or DW's "Author" without one."""


_TEXT_CUES = frozenset({"prose", "short-paragraph"})
# Words compared by their first letters: "Available Downloads" / "Download the Commentary".
LOWER_STEM = 6
_PLACE_WORDS = frozenset("""park stadium stadion ground road lane street avenue square arena field hall centre center
    bridge court palace gardens house""".split())
_LOWER_WORD = re.compile(r"\b[^\W\d_A-ZА-ЯЁΑ-ΩΆΈΉΊΌΎΏ][\w'’-]*")  # (a word not starting with a Latin, Cyrillic or Greek capital)


def _above_buttons(texts: list[SourceLine], cues: dict[int, str], k: int) -> int:
    """The position of the line above `texts[k]`, past the share buttons between ("Share" / "Save"), a reading time
    ("Leestijd 7 minuten") and a label of the authors ("Author of the article:")."""
    p = k - 1
    while p > 0 and (cues.get(texts[p].number) in ("share-buttons", "share-menu", "button-label", "page-stamp")
                     or AUTHORS_LABEL.match(texts[p].text)):
        p -= 1
    return p


def _bare_signatures(texts: list[SourceLine], cues: dict[int, str], under: Callable[[SourceLine], bool],
                     over_text: bool = False) -> frozenset[int]:
    """Names alone on their line that the classifier read as a signature, right under a line
    `under` accepts (past share buttons): the headline or its deck ("Jane Example", which
    `_read_header` reads as a byline when it comes right after them), or a date line under the
    headline ("12/01/2025" / "Ana Sample", a blog theme's signature); elsewhere one capitalised
    phrase alone is more likely a subheading. Not:
    - a phrase with a word the page writes in lower case elsewhere (by its first LOWER_STEM
      letters): a label's words are common words ("For Subscribers", "Key Points", "Give
      Feedback", "Available Downloads"), a name's are not;
    - unless `over_text` (a date line above vouches for it), one right over the text's first
      paragraph, where a venue heads a match report ("Ewood Park"): a signature under a headline
      stands over a date, a role, a reading time or the page's buttons;
    - a phrase ending in a word that names a place ("Griffin Park" over "Tuesday, 1 March")."""
    candidates = [line for k, line in enumerate(texts) if k > 0 and cues.get(line.number) == "byline"
                  and not LONE_BYLINE_KEYWORD.match(line.text) and _may_be_a_name(line.text.strip())
                  and under(texts[_above_buttons(texts, cues, k)])
                  and (over_text or k + 1 < len(texts) and cues.get(texts[k + 1].number) not in _TEXT_CUES)
                  and line.text.split()[-1].casefold() not in _PLACE_WORDS]
    if not candidates:
        return frozenset()
    lower = {w.casefold()[:LOWER_STEM] for line in texts for w in _LOWER_WORD.findall(line.text)}
    return frozenset(line.number for line in candidates
                     if not any(w.casefold()[:LOWER_STEM] in lower for w in re.findall(r"[^\W\d_][\w'’-]+", line.text)
                                if not w.islower()))  # (an initial is no word: "M. A. Fernández"; nor is a name's particle: "Sanne de Wilde")


NAMES_UNDER_MAX = 4
"""The most bare names one to a line under a signature's first (`_names_under`)."""


def _names_under(texts: list[SourceLine], cues: dict[int, str], signed: frozenset[int]) -> frozenset[int]:
    """Bare names one to a line right under a line read as a signature (`signed`), each under
    the one before: "Holly Brennan" / "Tomás Wirth" under a deck, "Anna Vittorini" / "Kofi
    Mensah" under a date. `_read_header` adds them to the authors of the line above only."""
    found: set[int] = set()
    for k, line in enumerate(texts):
        if not k or cues.get(line.number) != "byline" or not _may_be_a_name(text := line.text.strip()) or len(text.split()) > 4:
            continue
        above = texts[_above_buttons(texts, cues, k)].number
        if (above in signed or above in found) and len(found) < NAMES_UNDER_MAX:
            found.add(line.number)
    return frozenset(found)


def _may_be_a_name(text: str, shouted: bool = False) -> bool:
    """A line that may be a bare name over a date: two or more words, not shouted (unless
    `shouted`: four words at most), none of them a label's ("Business News") nor "the" ("The Nissan
    Northern Xperience", a newsletter's "INSIDE THE LEGISLATURE")."""
    words = text.split(",")[0].split()  # (the role after a comma may say "Writer")
    return (len(words) >= 2 and (not text.isupper() or shouted and len(words) <= 4) and "the" not in (w.casefold() for w in words)
            and words[0].casefold() not in PLACE_FIRST_WORDS
            and not any(w.strip(",.:").casefold() in NON_NAME_WORDS for w in words)
            and not _OUTLET_IN_PLACE.match(text))  # (the outlet and where from: "Do UOL, em São Paulo")


PLACE_FIRST_WORDS = frozenset("são san santa santo saint st. sankt new los las porto port fort belo nova novo".split())
"""Words a place's name opens with and a person's seldom: "São Paulo" over the date is where the authors wrote from."""


def _over_date(texts: list[SourceLine]) -> Callable[[int, bool], bool]:
    """Whether the line numbered n is over a date line, or (unless asked `direct`) over a short
    line over one (`_dated_under`), asked of a few signature lines only."""
    index = {line.number: k for k, line in enumerate(texts)}
    return lambda n, direct=False: n in index and _dated_under(texts, index[n], direct)


# Between a name and the date under it, a line of at most this many words: the author's role or
# place ("Transport Correspondent", "in Beijing").
NAME_ROLE_MAX_WORDS = 4


# A live page's editors under its headline, perhaps with its reporters after them: "Edited by Catrin Pugh and Owain Rees",
# "Edited by Ana Ruiz, with Tom Hale reporting", Welsh "Golygwyd gan ...".
_EDITED_BY = re.compile(r"^\W*(?:edited|(?P<welsh>golygwyd))\s+(?:by|gan)\s+(?P<names>[^,;|]{3,80}?)\s*(?:[,;|].*)?$", re.IGNORECASE)
# Welsh "and" between two capitalised names, read as "and" in a Welsh editors' line ("Golygwyd gan Catrin Pugh ac Owain Rees").
_WELSH_AND = re.compile(r"(?<=\w)\s+ac?\s+(?=[A-ZÂÊÎÔÛŴŶ])")
# A Korean name alone on its line: a family name and a given name, two to four syllables ("이하은").
_HANGUL_NAME = re.compile(r"^\s*[\uac00-\ud7a3]{2,4}\s*$")
# News agencies by the names their credits give: "Lusa", "TT", "AFP", "Reuters" (regex alternatives).
WIRE_AGENCIES = (r"(?:Agência\s+)?Lusa|AP|AFP|Reuters|EFE|ANSA|dpa|TT|NTB|Ritzau|PAP|ČTK|MTI|Agerpres|Belga|ANP|APA|SDA"
                 r"|Europa\s+Press|Anadolu|AA|DHA|İHA|Xinhua|Kyodo|Yonhap|PTI|IANS|ANI|Bernama|Antara|AAP|TASS|Interfax|Ukrinform|BTA|HINA|STA"
                 r"|PR\s+Newswire|Business\s+Wire|GlobeNewswire|ACCESSWIRE|Accesswire|PRWeb|Newsfile")  # (and the press releases' wires)
WIRE_AGENCY_NAME = re.compile(rf"^\W*(?:{WIRE_AGENCIES})\W*$")
"""An agency's name alone on its line: the whole credit, or the agency under a reporter's name ("Erik Lindqvist" / "TT")."""
# The agency the piece is from and the date, on the line under the reporter's name: "Associated
# Press•June 12, 2019" (Yahoo News), "Reuters · 12 June 2019".
_AGENCY_AND_DATE = re.compile(r"^\W*(?:associated\s+press|the\s+associated\s+press|agence\s+france-presse|bloomberg|pa(?:\s+media)?"
                              rf"|{WIRE_AGENCIES})\s*[•·|,-]\s*\S.{{0,40}}\d", re.IGNORECASE)


SPECIAL_TO = re.compile(r"^\W*special\s+to\s+(?:the\s+)?(?-i:[A-Z])(?:\S+\s*){1,6}$", re.IGNORECASE)
"""The paper a contributor wrote for, on its own line under the names: "Special to The Dominion Standard"."""


# How long ago a piece was posted, on a line of its own: "3 hrs ago", "Updated 47 min ago".
_RELATIVE_STAMP = re.compile(r"^\W*(?:(?:updated|posted|published)\s+)?(?:\d{1,3}\s*(?:mins?|minutes?|hrs?|hours?|days?)\s+ago"
                             r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:today|yesterday)"
                             r"|(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem)"
                             r"\s*(?:,|om|um|à|a\s+las|alle|às|at)?\s*\d{1,2}[:.h]\d{2})\W*$", re.IGNORECASE)  # ...or "5:12 pm today", "Vandaag om 11:45"


def _dated_under(texts: list[SourceLine], k: int, direct: bool = False) -> bool:
    """The line under `texts[k]`, or (unless `direct`) the one under a short line under it, is a
    date line."""
    under = texts[k + 1:k + 5]
    if not under:
        return False
    if (dates.parse_date_line(under[0].text.strip()) is not None or _AGENCY_AND_DATE.match(under[0].text)
            or dates.is_unordered_date_line(under[0].text.strip())  # (a date line whose day and month only the page orders: "06/03/2025 08:00 hrs.")
            or "|" in under[0].text and all(dates.parse_date_line(part.strip()) for part in under[0].text.split("|"))):
        return True  # (or a row of dates between bars: "Posted Fri, Jun 14, 2019 at 11:25 am ET|Updated Fri, Jun 14, 2019 at 11:32 am ET")
    if _RELATIVE_STAMP.match(under[0].text) and (parse_byline(name := texts[k].text.strip()) or _may_be_a_name(name) and parse_byline(f"By {name}")):
        return True  # a name (with its role) over when it was posted: "Mereana Walker, Māori News Reporter" / "5:12 pm today"
    if not direct and len(under) >= 2 and _RELATIVE_STAMP.match(under[1].text) and len(under[0].text.split()) <= NAME_ROLE_MAX_WORDS:
        return True  # a name, its role and how long ago it was posted: "Dana Kowalski" / "Staff Writer" / "3 hrs ago"
    if (direct or len(under) < 2 or len(under[0].text.split()) > NAME_ROLE_MAX_WORDS and not SPECIAL_TO.match(under[0].text)
            and not _OUTLET_IN_PLACE.match(under[0].text)  # ("Do UOL, em São Paulo")
            and not (_is_headline_job(under[0].text) and not name_with_role(under[0].text)) or dates.find_date(under[0].text)):
        return False  # (past the author's role or place, or the paper they wrote for: "Special to The Dominion Standard")
    if dates.parse_date_line(under[1].text.strip()) is not None:
        return True
    # ...or past the author's follow button and the date's label on lines of their own ("Low Kai Xiang" /
    # "Court Correspondent" / "Follow" / "Published" / "Aug 22, 2019, 3:13 pm SGT")
    rest = under[1:]
    while rest and _FOLLOW_OR_LABEL.match(rest[0].text):
        rest = rest[1:]
    return len(rest) < len(under) - 1 and bool(rest) and dates.parse_date_line(rest[0].text.strip()) is not None


def _over_follow_button(zone: list[Stripped], position: int) -> bool:
    """The zone's next line with a letter, past a separator ("·"), right under the line at `position`, is a follow
    button: a blog platform's author row, "Marcus Oyelaran" / "·" / "Follow" (a name right over the button, said once,
    may be the publication's: "Level Headed Engineering" / "Follow")."""
    under = zone[position + 1:position + 3]
    return (len(under) == 2 and under[1].line - zone[position].line <= 4 and not any(c.isalnum() for c in under[0].text)
            and bool(_FOLLOW_BUTTON.match(under[1].text)))


_FOLLOW_BUTTON = re.compile(r"^\W*(?:follow|folgen|suivre|seguir|segui|volgen|följ|følg|seuraa)\W*$", re.IGNORECASE)
def _is_headline_job(text: str) -> bool:
    """A profile's headline under the author's name, longer than a role: the job and its fields between bars, no
    sentence ("Director, Supply Chain Planning at Halden Foods | S&OP | Demand Planning | Speaker")."""
    return len(text.split()) <= JOB_HEADLINE_MAX_WORDS and not SENTENCE_END.search(text.rstrip()) and _is_job(text)


JOB_HEADLINE_MAX_WORDS = 20
_FOLLOW_OR_LABEL = re.compile(rf"^(?:\W*(?:follow|send\s+(?:in|by|via)\s+e-?mail|{dates.DATE_LABEL_WORDS}))+\W*$"
                              r"|^\W*reporting\s+from\s+\S.{0,40}$", re.IGNORECASE)  # (where the reporter filed from)
"""The author's buttons and the date's label between a name and its date ("Follow", "Send in e-mailSend in e-mail")."""


# The comment counter a copy glued to the headline: "... išrausė pusę bulvių lauko(48)" (Delfi); and
# a kicker's colon glued to the headline's first word, the two set apart on the page: "Nach sieben
# sieglosen Spielen:Wehen Wiesbaden trennt sich von Reiners" reads "...Spielen: Wehen ...".
_GLUED_COMMENT_COUNT = re.compile(r"(?<=[^\W\d_])\(\d{1,5}\)$")
_GLUED_COLON = re.compile(r"(?<=[a-zß-ÿ]{2}):(?=[A-ZÀ-Þ][a-zß-ÿ])")  # (not a name's own colon: "CD:UK")
# A kicker glued before a headline that is one quotation: "Gletscherforscherin über die Zugspitze„In zwanzig
# Jahren ist hier nur noch Geröll“" (Der Spiegel's); the headline is the quotation.
_KICKER_GLUED_TO_QUOTE = re.compile(r"^[^„“”\"«»]{3,80}?(?<=[a-zß-ÿ])(?P<headline>[„“«](?:\S+\s+){2,}\S*[“”\"»])\s*$"
                                    # ...in single quotation marks, as its English edition sets it: "Climate Economist on Merkel's
                                    # Package'A Promise That Somebody Else Will Have to Keep'"
                                    r"|^[^„“”\"«»]{3,80}?(?<=[a-zß-ÿ])(?P<single>['‘][A-ZÀ-Þ]\S*\s+(?:\S+\s+)+\S*['’])\s*$")


# A Reddit post's title line ends with its flair and its forum: "... what didn't. Debt(self.personalfinance)".
_FORUM_TAIL = re.compile(r"(?:\s+[^\s()]{1,30})?\(self\.\w{2,30}\)\s*$")


def _headline_text(text: str) -> str:
    """The headline line's text without what the copy glued to it: a comment count, a kicker
    before a quotation, a forum's flair and name; a colon glued to the next word gets its space."""
    text = _FORUM_TAIL.sub("", _GLUED_COMMENT_COUNT.sub("", text.strip()))
    if glued := _KICKER_GLUED_TO_QUOTE.match(text):
        text = glued["headline"] or glued["single"]
    return _GLUED_COLON.sub(": ", text)


def _read_header(kept: list[SourceLine], cues: dict[int, str], signed: frozenset[int] = frozenset(),
                 joined: dict[int, int] | None = None, bare: frozenset[int] = frozenset(),
                 listed: frozenset[int] = frozenset()) -> tuple[_Header, list[SourceLine]]:
    """The header's fields from the first kept lines. `signed`: lines read as "By <line>"; `joined`:
    lines under a lone "and" (`_under_a_lone_and`), whose names join the byline's above; `bare`:
    lines read as "By <line>" right under the headline or its deck (`_bare_signatures`); `listed`:
    bare names under one of those, whose names join the authors of the line right above (`_names_under`)."""
    joined = joined or {}
    title: Field[str] = Field()
    subtitle: Field[str] = Field()
    authors: Field[tuple[str, ...]] = Field()
    date: Field[str] = Field()
    updated: Field[str] = Field()
    used: list[tuple[int, str]] = []
    rest = list(kept)
    if rest and _is_title(rest[0], cues, rest[1:2]):
        first = rest.pop(0)
        title = Field(_headline_text(first.text), Origin("source", first.number, "headline"))
        used.append((first.number, "title"))
    window = rest[:HEADER_WINDOW]
    consumed: set[int] = set()
    for position, line in enumerate(window):
        text = line.text.strip()
        if (combined := date_and_byline(text)) and not date.known and not authors.known:
            iso, names = combined
            date = Field(iso, Origin("source", line.number, "dateline"))
            authors = Field(names, Origin("source", line.number, "byline"))
            consumed.add(line.number)
            used += [(line.number, "date+authors")]
            if title.known and (deck := _standfirst_over(window, position, consumed)) is not None:
                subtitle = Field(deck.text.strip(), Origin("source", deck.number, "standfirst"))
                consumed.add(deck.number)
                used.append((deck.number, "subtitle"))
        elif not date.known and (iso := dates.parse_date_line(text)):
            date = Field(iso, Origin("source", line.number, "dateline"))
            consumed.add(line.number)
            used.append((line.number, "date"))
        elif (date.known and date.origin.detail == "dateline"
              and dates.UPDATE_LABEL.match(next(w.text for w in window if w.number == date.origin.line).strip())
              and not dates.UPDATE_LABEL.match(text) and (iso := dates.parse_date_line(text)) and iso <= date.value):
            # the update's line first, the publication's under it: "Last updated on June 4, 2019" / "Posted on June 3, 2019"
            used = [(n, "updated") if n == date.origin.line and kind == "date" else (n, kind) for n, kind in used]
            updated = Field(date.value, Origin("source", date.origin.line, "second date line of the header"))
            date = Field(iso, Origin("source", line.number, "dateline"))
            consumed.add(line.number)
            used.append((line.number, "date"))
        elif cues.get(line.number) == "dateline" and (iso := dates.parse_date_line(text)):
            consumed.add(line.number)  # a second date in the header: "Updated: 02/14/2025 09:12 AM EST"
            used.append((line.number, "updated"))
            if not updated.known and iso != date.value:
                updated = Field(iso, Origin("source", line.number, "second date line of the header"))
        elif cues.get(line.number) == "dateline" and dates.is_unordered_date_line(text):
            consumed.add(line.number)  # "12/01/2025": a date line, but 1 December or 12 January?
            used.append((line.number, UNORDERED_DATE))
        elif (not authors.known or _is_credit(authors.value) or _signed_under_bare(window, authors, line)) and (
                names := parse_byline(text, bare_names_allowed=title.known) or (
                    (line.number in signed or title.known and position <= 1 and line.number in bare)
                    and parse_byline(f"By {text}")) or (
                    title.known and cues.get(line.number) == "byline" and (named := name_with_role(text)) and (named,)) or (
                    # a bare name over the date under the headline and a deck of sentences the text seemed to start
                    # with: "Why a forgotten salt road ..." / "The route that once carried salt ..." / "Devika Raman" / "Mar 16, 2025"
                    title.known and position == 1 and not authors.known and not date.known and len(text.split()) <= 4
                    and _may_be_a_name(text) and position + 1 < len(window) and dates.parse_date_line(window[position + 1].text.strip())
                    and parse_byline(f"By {text}")) or (
                    # a bare name over its job, both read as bylines under the headline: "Elin Haf Roberts" / "Gohebydd Addysg Llais Cymru"
                    title.known and cues.get(line.number) == "byline" and position + 1 < len(window) and len(text.split()) <= 4
                    and cues.get(window[position + 1].number) == "byline" and _is_job(window[position + 1].text) and _may_be_a_name(text)
                    and parse_byline(f"By {text}")) or (
                    cues.get(line.number) == "byline" and _signed_names(text))  # (the agency after the name: "Par Julien Marty avec AFP")
        ) and not (authors.known and _is_credit(names)):
            if authors.known:  # "By: CNN Wire" over "By Leigh Ann Caldwell": the person wrote it, the line stays the header's
                used = [(n, "credit") if n == authors.origin.line and kind == "authors" else (n, kind) for n, kind in used]
            lone = window[position - 1] if position else None
            if (lone is not None and line.number in signed and lone.number not in consumed and cues.get(lone.number) == "byline"
                    and not BYLINE.match(text) and _may_be_a_name(lone.text.strip()) and (first := parse_byline(f"By {lone.text.strip()}"))
                    and len(first) == 1 and _bare_author(first[0]) and first[0] not in names):
                names = (*first, *names)  # one name to a line, each over its role: "Ingrid Solheim" / "Journalist" / "Henrik Lunde" / ...
                consumed.add(lone.number)
                used.append((lone.number, "authors"))
            if east_asian_byline(text):
                for under in window[position + 1:position + 4]:  # one reporter to a line: "박지훈 기자" / "이서연 기자"
                    if cues.get(under.number) != "byline" or not (more := east_asian_byline(under.text)):
                        break
                    names = (*names, *(n for n in more if n not in names))
                    consumed.add(under.number)
                    used.append((under.number, "authors"))
            authors = Field(names, Origin("source", line.number, "byline"))
            consumed.add(line.number)
            if lone is not None and line.number in signed and LONE_BYLINE_KEYWORD.match(lone.text):
                consumed.add(lone.number)  # the "By" above the name is the byline's
                used.append((lone.number, "authors"))
            if not date.known and len(text.split()) <= _longest_signature(text) and (isos := dates.find_dates(text)):
                # "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18": the byline dates the piece too
                date = Field(min(isos), Origin("source", line.number, "date on the byline"))
                used.append((line.number, "date+authors"))
            else:
                used.append((line.number, "authors"))
            if title.known and (deck := _standfirst_over(window, position, consumed)) is not None:
                subtitle = Field(deck.text.strip(), Origin("source", deck.number, "standfirst"))
                consumed.add(deck.number)
                used.append((deck.number, "subtitle"))
        elif (authors.known and position and window[position - 1].number == authors.origin.line and authors.origin.detail == "byline"
              and not SIGNED_NAMES.search(window[position - 1].text) and LONE_BYLINE_KEYWORD.match(text.split()[0])
              and (names := _signed_names(text))):
            # a bare name over the byline that says "By" is the photographer's credit: "Michael Lavine" / "By Tessa Greenway"
            used = [(n, "credit") if n == authors.origin.line else (n, kind) for n, kind in used]
            authors = Field(names, Origin("source", line.number, "byline"))
            consumed.add(line.number)
            used.append((line.number, "authors"))
        elif (authors.known and position and (line.number in listed or cues.get(line.number) == "byline" and line.number not in joined
                                                          and bool(NAME.match(text)) and not _GLUE_POINT.search(text))
              and not _two_names_glued(text)  # (a photo's subject and its photographer: "Marisol VegaCara Whitfield")
              and window[position - 1].number == authors.origin.line
              and authors.origin.detail == "byline" and _may_be_a_name(text)
              and not (DESK_WORDS | PERSONAL_ROLE_WORDS).intersection(w.casefold() for w in text.split()) and not _city_paper(text)
              and (names := east_asian_byline(text) or parse_byline(f"By {text}")) and set(names) - set(authors.value)):
            # (a Korean's without "기자": "이다혜 기자"; a name read already is not read twice)
            authors = replace(authors, value=(*authors.value, *(n for n in names if n not in authors.value)))
            consumed.add(line.number)  # one bare name to a line: "Anna Vittorini" / "Kofi Mensah"; or each over a job's
            # line the boilerplate stage removed: "By Daniel Ybarra" / "Staff Writer" / "Helen Kwan" / "Staff Writer"
            used.append((line.number, "authors"))
        elif (authors.known and line.number in joined and joined[line.number] > (authors.origin.line or 0)
              and (names := parse_byline(text) or parse_byline(f"By {text}"))):
            authors = replace(authors, value=(*authors.value, *(n for n in names if n not in authors.value)))
            consumed.add(line.number)
            used += [(joined[line.number], "authors"), (line.number, "authors")]
        elif (authors.known and position and authors.origin.line == window[position - 1].number and cues.get(line.number) == "byline"
              and name_with_role(window[position - 1].text) and (named := name_with_role(text)) and named not in authors.value):
            authors = replace(authors, value=(*authors.value, named))  # one name and role to a line: "Mara FinnContact
            consumed.add(line.number)                                  # Reporter" / "Terrence ObuyaContact Reporter"
            used.append((line.number, "authors"))
        elif (authors.known and position and window[position - 1].number == authors.origin.line and cues.get(line.number) == "byline"
              and len(text.split()) <= NAME_ROLE_MAX_WORDS and _is_job(text) and not parse_byline(text)):
            consumed.add(line.number)  # the author's post on its own line under the name: "Tobias Wren" / "Associate Director"
            used.append((line.number, "authors"))
        elif (authors.known and position and window[position - 1].number in consumed and cues.get(line.number) == "byline"
              and OUTLET_NAME.match(text)):
            consumed.add(line.number)  # the paper the authors write for, on its own line under them: "Chicago Tribune"
            used.append((line.number, "credit"))
        elif cues.get(line.number) == "standfirst" and not subtitle.known:
            subtitle = Field(text, Origin("source", line.number, "standfirst"))
            consumed.add(line.number)
            used.append((line.number, "subtitle"))
        elif position >= 1 and not cues.get(line.number, "").startswith(("byline", "dateline", "standfirst")):
            break
    rest = [line for line in rest if line.number not in consumed]
    return _Header(title, subtitle, authors, date, tuple(sorted(used)), updated), rest


def _standfirst_over(window: list[SourceLine], position: int, consumed: set[int]) -> SourceLine | None:
    """The one line left between the headline and the byline at `position`, when it is of a
    standfirst's length: the standfirst."""
    before = [w for w in window[:position] if w.number not in consumed]
    return before[0] if len(before) == 1 and _is_standfirst(before[0]) else None


# A byline that credits a desk or an agency rather than people ("By: CNN Wire", "By HNN Staff"):
# a personal byline under it in the header names the authors instead.
CREDIT_WORDS = frozenset("wire staff newsroom desk bureau agencies agency editors team reports".split())


def _is_credit(names: tuple[str, ...]) -> bool:
    return all(any(w.casefold() in CREDIT_WORDS for w in name.split()) for name in names)


def _text_start(body: list[SourceLine]) -> int:
    """The line the text starts on: its first sentence, past the short lines a body may open
    with (a byline it could not read, "GIRLS BASKETBALL", a result line), whose signature lines
    under the headline were removed as chrome."""
    return next((line.number for line in body if _sentence_like(line.text.strip())), body[0].number)


def _sentence_like(text: str) -> bool:
    """Ends like a sentence, or has ten words or more."""
    return bool(_SENTENCE_LIKE_END.search(text)) or len(text.split(None, 9)) >= 10


_SENTENCE_LIKE_END = re.compile(r"\w[.!?…。！？][\"'”’»)]*$")


def _signed_under_bare(window: list[SourceLine], authors: Field[tuple[str, ...]], line: SourceLine) -> bool:
    """`line` signs with a byline's keyword under authors read from a bare name at most SIGNED_UNDER_BARE_LINES
    lines above it: a newsletter's or a column's name read as a person's ("Morning Edition" / "Tuesday, March 11,
    2025" / "By Dana Whitfield and Marcus Oyelaran"); the signed line names the authors."""
    if not (authors.known and authors.origin.detail == "byline" and BYLINE.match(line.text.strip())):
        return False
    numbers = [w.number for w in window]
    if authors.origin.line not in numbers or line.number not in numbers:
        return False
    above = numbers.index(authors.origin.line)
    return (0 < numbers.index(line.number) - above <= SIGNED_UNDER_BARE_LINES
            and not BYLINE.match(window[above].text.strip()))


def _read_signature(stripped: tuple[Stripped, ...], title_line: int, text_line: int, *, date: bool, authors: bool,
                    over_date: Callable[..., bool] = lambda n, direct=False: False
                    ) -> tuple[Field[str], Field[tuple[str, ...]], tuple[tuple[int, str], ...]]:
    """The date and the authors asked for, from the removed signature lines under the headline,
    above the text (SIGNATURE_LINES), then right above the headline (SIGNATURE_LINES_ABOVE, or the
    first over its counters and share buttons), and the lines read, as `metadata_lines` entries."""
    found_date: Field[str] = Field()
    found_authors: Field[tuple[str, ...]] = Field()
    used: list[tuple[int, str]] = []
    signatures = [s for s in stripped if s.reason not in NO_SIGNATURE_REASONS]
    above = [s for s in signatures if s.line < title_line][::-1]
    furniture = next((k for k, s in enumerate(above) if s.reason not in ("share-buttons", "button-label") and not COUNTER.match(s.text)), len(above))
    zone = ([s for s in signatures if title_line < s.line < text_line][:SIGNATURE_LINES]
            + above[:max(SIGNATURE_LINES_ABOVE, furniture + 1)])
    zone = [replace(s, text=_without_disclosure(s.text)) for s in zone]
    for position, line in enumerate(zone):
        if (_word_tokens(line.text) > _longest_signature(line.text) and not (date and dates.parse_date_line(line.text))
                and not (len(line.text.split()) <= 2 * SIGNATURE_MAX_WORDS and date_and_byline(line.text))  # (a name, a long role, the date)
                or "://" in line.text or line.text.count("\t") >= 2):
            continue  # (separators, "-" and "|", are no words; a line with an address is a link or a command, and
            # one of cells between tabs a table's row, a file list's "README.md  Link to fetchtext  July 07, 2014", not a signature)
        fields = []
        if (date and not found_date.known and line.cue != "caption-credit" and (isos := dates.find_dates(line.text))  # (not a photo's day,
                and not dates.is_date_range(line.text)  # nor a life's span: "June 4, 1938 - March 9, 2024")
                and not (dates.UPDATE_LABEL.match(line.text) and any(  # nor the update's over the publication's: "aktualiséiert: 14.08.2025
                    dates.parse_date_line(z.text.strip()) and not dates.UPDATE_LABEL.match(z.text) for z in zone[position + 1:position + 3]))):  # ..." / "publizéiert: 13.08.2025 ..."
            found_date = Field(min(isos), Origin("source", line.line, "date on a signature line removed as page chrome"))
            fields.append("date")
        if authors and not found_authors.known:
            bare = False
            signed_line = bool(SIGNED_NAMES.search(line.text) or LONE_BYLINE_KEYWORD.match(line.text))
            names = (_signed_names(line.text) or (date_and_byline(line.text) or ("", None))[1] or _name_with_handle(line.text)
                     or ((BYLINE.match(line.text) or paper_after_name(line.text) or _SLASHED_ROLE.search(line.text)) and parse_byline(line.text))
                     # (the kind of piece before "de": "Un texte de Marc-Antoine Simard"; the paper after the name: "... Special to The Globe and Mail")
                     or ("(" in line.text and _PLACE_AND_AGENCY.search(line.text) and parse_byline(line.text))  # "Serkan Yılmaz/İZMİR,(DHA)"
                     or _east_asian_names(zone, position) or _name_glued_to_digits(line.text)
                     or _names_between_bars(line.text)  # "박지훈 기자" / "이서연 기자"
                     or (line.line > title_line and (_caseless_placed_name(line.text) or caseless_name_and_network(line.text)))
                     or (line.line > title_line and (placed := _NAME_IN_PLACE.match(line.text)) and over_date(line.line, True)
                         and _may_be_a_name(placed["name"]) and parse_byline(f"By {placed['name']}"))  # "Rania Haddad in Zahle, Lebanon" / date
                     or (line.line < title_line and len(line.text.split()) <= GLUED_TAIL_MAX_WORDS + 2 and _glued_role_start(line.text) is not None
                         and parse_byline(line.text))  # the name, its role glued on, over the headline: Forbes's "Dana WhitcombeContributor"
                     or (line.line > title_line and (named := _name_glued_to_role(line.text)) and (named,))  # ...or under it, a think tank's
                     # "Elena M. CastilloFellow - Economic Studies@em_castillo"
                     or (0 < line.line - title_line <= 2 and len(line.text.split()) <= 4 and NAME.match(line.text.strip()) and _may_be_a_name(line.text)
                         and position + 1 < len(zone) and len(zone[position + 1].text.split()) >= DECK_UNDER_NAME_WORDS
                         and parse_byline(f"By {line.text.strip()}"))  # a comment piece's writer, right under the headline, over the deck
                     or None)
            under = zone[position + 1] if position + 1 < len(zone) else None
            if names and under is not None and under.line > line.line and (more := _with_co_author(names, line.text, under.text)):
                names = more  # the co-author on the next line: "By: Marcus Halvorsen@mhalvorsenDN" / "and Jen Okafor@jenokafor"
                used.append((under.line, "authors"))
            job = position if _is_job(line.text) else position + 1  # (at the last job's line, or at the name over it)
            if (not names and job < len(zone) and _is_job(zone[job].text) and over_date(zone[job].line, True)
                    and (jobs := _names_over_their_jobs(zone, job, title_line))):
                names, read = jobs  # one to a line, each over their job's, the last right over the date: "Chiara Lombardi" / "Research
                used += [(n, "authors") for n in read[1:]]  # Fellow, Programma Migrazioni" / "Matteo Ferri" / "Associate Research ..." / date
                line = next(z for z in zone if z.line == read[0])  # (the first name's line signs it)
            caseless = bool(not names and line.line > title_line and _caseless_names(line.text) and (
                over_date(line.line, True) or under is not None and 0 < under.line - line.line <= 2
                and _word_tokens(under.text) <= _longest_signature(under.text) and dates.find_dates(under.text)))
            if (not names and under is not None and under.line > line.line and len(line.text.split()) >= 2
                    and not line.text.isupper() and under.text.strip() == line.text.strip()) or (
                    not names and _may_be_a_name(_unglued(line.text)) and over_date(line.line) and not dates.find_date(line.text)) or (
                    # (not a date line itself, its label a word of a script without capitals: "公開日時 2025年01月27日 05:00")
                    not names and line.text.isupper() and _may_be_a_name(line.text, shouted=True) and over_date(line.line, True)) or caseless:
                # a name said twice, an avatar's label and its link ("Alex Roe" / "Alex Roe"), or a name
                # over a date line ("Ana Roe" / "Transport Correspondent" / "14 January 2025 4:20pm GMT"),
                # in capitals too where the page prints it so, right over the date ("VICTOR TANGERMANN, FUTURISM"
                # / "18 NOV 2019"; not over a line over it: "ÁLVARO DEL EJEMPLO", a photo's credit, / "Lucía Marcenado
                # Ruiz" / date), and in a script without capitals under the headline, right over a dated signature ("فرشته مهرانی" /
                # "۱۸ تیر ۱۳۹۸ ایران ۱۴:۱۲", "अनिल गुप्ता,सुमित पांडे" / "दैनिक भास्करDec 09, 2019, 06:43 AM IST")
                names = parse_byline(f"By {line.text.strip()}") if not GLUED_CREDIT.match(line.text) else None  # (not "PicturesColin Lane")
                bare = bool(names) and not signed_line
                if bare and under is not None and under.line > line.line and SIGNED_NAMES.search(under.text):
                    names, bare = None, False  # a photographer's credit over the byline that says "By": "Michael Lavine" / "By Tessa Greenway"
                if names and under is not None and under.line > line.line and (more := _with_co_author(names, f"By {line.text}", under.text)):
                    names = more  # ...under a bare name: "Sarah Lindqvist" / "and Omar Haddad" / date
                    used.append((under.line, "authors"))
            if not names and (named := name_with_role(line.text)) and over_date(line.line):
                names = (named,)  # "Marnie Tolland North of England correspondent" / "@marnietolland" / the date
                if len(joined := parse_byline(f"By {line.text.strip()}") or ()) > 1 and joined[0] == named:
                    names = joined  # and a co-author after the role: "Ellie Marsh-Turner Live reporter and Tom Adeyemi"
                above = zone[position - 1] if position else None
                if above is not None and above.line < line.line and (co_author := name_with_role(above.text)):
                    names = (co_author, named)  # one to a line: "Rosalind Tewhatu, University of Tasman Ridge" / "Garrick ..., Kellerman Institute"
                    used.append((above.line, "authors"))
            if not names and under is not None and under.line > line.line and LONE_BYLINE_KEYWORD.match(line.text):
                # "By" on a line of its own, the name on the next: the byline of both
                names = _signed_names(f"{line.text.strip()} {under.text}")
                if names:
                    used.append((line.line, "authors"))
                    line = under
            if not names and AUTHORS_LABEL.match(line.text) and (listed := _names_under_label(zone, position)):
                names, read = listed  # "Authors" / "Hannah CorriganLecturer in ..., University of Wessex"
                used += [(line.line, "authors"), *((n, "authors") for n in read[1:])]
                line = next(z for z in zone if z.line == read[0])  # (the first name's line signs it)
            glued_role = _glued_role_start(line.text) is not None or (  # ("Stephanie K. BaerBuzzFeed News Reporter", over a second such line;
                "@" in line.text and _name_with_handle(line.text) is not None)  # with the author's handle: "Harriet OkaforReporterFollow @HarrietOkaforBL")
            if names and (signed_line or glued_role or bare and over_date(line.line)) and (
                    more := _co_author_under(zone, line, over_date if signed_line or glued_role else lambda n, direct=False: over_date(n, True))) is not None:
                # (under a bare name, a second one right over the date: "Erik Lindqvist..." / "Sara Nyman..." / "Publicerad ...")
                names = (*names, *(n for n in more[1] if n not in names))  # one name to a line: "by" / "Nathaniel Brooks" / "Rosa Delgado"
                used.append((more[0], "authors"))
            if names and bare and (more := _co_author_over(zone, position, title_line)) is not None:
                names = (*more[1], *(n for n in names if n not in more[1]))  # one name to a line, the first right under the
                used.append((more[0], "authors"))                            # headline: "Kirsten Albright" / "Marcus Delaney" / "KWPR" / date
            if (not names and found_date.known and line.reason == "outside-body" and _under_the_date(zone, position, found_date.origin.line)
                    and _bare_author(bare_text := _AUTHOR_LABEL.sub("", line.text.strip()))):  # (not a button: "Text Size")
                names = parse_byline(f"By {bare_text}")  # a blog theme's or NPR's: the date / "Tobias Grant" / "KQRB"; "Author Katrin Oberhauser"
            if (not names and line.line > title_line and _may_be_a_name(line.text) and len(line.text.split()) <= 4
                    and _over_follow_button(zone, position)):
                names = parse_byline(f"By {line.text.strip()}")  # the name over its follow button: "Marcus Oyelaran" / "·" / "Follow"
            if not names and (hosted := _WITH_HOST.match(line.text)) and _is_job(hosted["role"]):
                names = parse_byline(f"By {hosted['names']}")  # a newsletter's host: "With Nadia Kowalchuk, legislative bureau chief"
            if (not names and (edited := _EDITED_BY.match(line.text))
                    and (named := parse_byline("By " + (_WELSH_AND.sub(" and ", edited["names"]) if edited["welsh"] else edited["names"])))):
                names = named  # a live page's byline, its editors': "Edited by Catrin Pugh and Owain Rees", "Golygwyd gan ..."
            if not names and WIRE_AGENCY_NAME.match(line.text) and over_date(line.line, True):
                names = (line.text.strip(),)  # the agency alone over the date: "Lusa" / "21 de novembro de 2024 às 16:05"
            if (not names and line.line > title_line and line.reason != "repeated" and _HANGUL_NAME.match(line.text)
                    and over_date(line.line, True)):  # (not the paper's name, said over the page too: "중앙시보")
                names = (line.text.strip(),)  # a Korean reporter alone under the headline, over the date: "이하은" / "2024. 7. 29. 21:27"
            if names and _kicker_repeated(stripped, line, title_line):
                names = None  # the row's kicker, said again over it: "SV Wehen Wiesbaden" / "SV Wehen Wiesbaden28.10.2019, 11:07"
            if (names and under is not None and under.line > line.line and WIRE_AGENCY_NAME.match(under.text)
                    and under.text.strip() not in names and not WIRE_AGENCY_NAME.match(line.text)):
                names = (*names, under.text.strip())  # the agency under the reporter: "Erik Lindqvist" / "TT"
                used.append((under.line, "authors"))
            if names:
                found_authors = Field(names, Origin("source", line.line, "byline on a signature line removed as page chrome"))
                fields.append("authors")
        if fields:
            used.append((line.line, "+".join(fields)))
    return found_date, found_authors, tuple(used)


# A newsletter's host named with "With" and their job after a comma: "With Nadia Kowalchuk, legislative bureau chief"
# (not a deck's clause: "With Biden out, Democrats scramble" gives no job).
_WITH_HOST = re.compile(r"^\s*With\s+(?P<names>[^,]{3,80}?)\s*,\s+(?P<role>[^,]{3,80})$")
# A label on a line of its own over the authors' names, one to a line, each with or without its
# role ("Authors" / "Priya Natarajan" / "Research Economist" / "Oliver Haskett" / ...; "Auteur" /
# "Claire VannierMaîtresse de conférences ..., Université de Valmont"; "Author of the article:").
AUTHORS_LABEL = re.compile(r"^\W*(?:authors?(?:\s+of\s+the\s+article)?|auteur(?:e|s|es)?|autor(?:a|as|es|en|in|innen|i)?|autori|written\s+by"
                           r"|(?:the\s+)?(?:writers?|contributors?))\s*:?\s*$", re.IGNORECASE)
LABELLED_NAMES_MAX = 6
"""The most names read under such a label (a longer list is a list of people, not a byline)."""
# Jobs in Polish, Italian, French, Spanish and German that make a line its author's role, here and under a byline
# (`boilerplate._is_role_line`): "Kierowniczka programu „Regiony w transformacji”", "Research Fellow, ...".
JOBS_IN_OTHER_LANGUAGES = frozenset("""kierownik kierowniczka dyrektor dyrektorka ekspert ekspertka analityk analityczka ricercatore
    ricercatrice direttore direttrice chercheur chercheuse directeur directrice investigador investigadora directora forscher
    forscherin leiter leiterin""".split())
# Words of a job or a post, which make a line under a name its role ("Research Economist", "Associate
# Director", "Lecturer in Animal Behaviour, University of Wessex"), not another name.
JOB_WORDS = PERSONAL_ROLE_WORDS | DESK_WORDS | frozenset("""lecturer professor fellow researcher research economist director scientist
    candidate student dean head chair officer manager adjunct emeritus postdoctoral doctoral phd lead principal partner
    journalist journalistin journaliste photographer fotograf fotografin photographe commentator kommentar
    maître maîtresse professeur professeure chercheur chercheuse doctorant doctorante profesor profesora investigador
    investigadora catedrático catedrática docent hoogleraar onderzoeker dozent dozentin professorin ricercatore ricercatrice
    professore professoressa pesquisador pesquisadora""".split()) | JOBS_IN_OTHER_LANGUAGES


def _is_job(text: str) -> bool:
    """A line (or the rest of one) that gives a job or a post: a job's word, or an institution's (`INSTITUTION_WORDS`)."""
    words = [w.strip(",.:;()") for w in text.split()]
    return any(w in INSTITUTION_WORDS or w.casefold() in JOB_WORDS for w in words) or bool(_CORPORATE_ROLE.search(text))


def _name_before_glued_job(text: str) -> str | None:
    """The name a job is glued to: "Hannah CorriganLecturer in Animal Behaviour, University of
    Wessex" -> "Hannah Corrigan" (not inside a name's own capitals: "Jane McDonaldLecturer ...")."""
    for match in _GLUE_POINT.finditer(text):
        head = text[:match.start()].split()
        if 2 <= len(head) <= 4 and len(head[-1]) >= 3 and not _NAME_PREFIX.fullmatch(head[-1]) and NAME.match(" ".join(head)):
            return " ".join(head) if _is_job(text[match.start():]) else None
    return None


def _names_under_label(zone: list[Stripped], position: int) -> tuple[tuple[str, ...], list[int]] | None:
    """The names of the authors under the label at `position`, one to a line, each maybe over a
    line of their role, and the lines read; None when the lines under it are not names."""
    found: list[str] = []
    read: list[int] = []
    previous = zone[position].line
    for line in zone[position + 1:position + 1 + 2 * LABELLED_NAMES_MAX]:
        text = line.text.strip()
        if line.line <= previous or line.line - previous > 3 or dates.find_dates(text):
            break
        previous = line.line
        name = (_name_before_glued_job(text) or name_with_role(text)
                or (not _is_job(text) and _may_be_a_name(text) and len(text.split()) <= 5 and (named := parse_byline(f"By {text}"))
                    and len(named) == 1 and named[0]))
        if name:
            found.append(without_honorific(name))
        elif not (found and _is_job(text)):  # (the role under the name: "Research Economist")
            break
        read.append(line.line)
        if len(found) > LABELLED_NAMES_MAX:
            return None
    return (tuple(found), read) if found else None


def _names_over_their_jobs(zone: list[Stripped], position: int, title_line: int) -> tuple[tuple[str, ...], list[int]] | None:
    """The authors' names over the job's line at `position`, one to a line, each over the line of its
    job, read upwards to the headline (at most LABELLED_NAMES_MAX), and the lines read; None when the
    line over the job is not a name."""
    found: list[str] = []
    read: list[int] = []
    k = position
    while k >= 1 and len(found) < LABELLED_NAMES_MAX and _is_job(zone[k].text):
        above = zone[k - 1]
        text = above.text.strip()
        if (not title_line < above.line < zone[k].line <= above.line + 2 or _is_job(text) or not _may_be_a_name(text)
                or len(text.split()) > 5 or dates.find_dates(text) or GLUED_CREDIT.match(text)):
            break  # (nor a photographer's credit over the byline: "PicturesColin Lane" / "ByLaura SharkeyFeatures Writer")
        named = parse_byline(f"By {text}")
        if not named or len(named) != 1:
            break
        found.insert(0, without_honorific(named[0]))
        read[:0] = [above.line, zone[k].line]
        k -= 2
    return (tuple(found), read) if found else None


LOWER_CASE_TITLE = re.compile(r"^(?P<keyword>\W*(?:[Bb]y\s+)?)(?:prof\.\s+)?(?:dr\s+hab\.|dr\.?|prof\.|mgr(?:\s+inż\.)?|doc\.|inż\.)\s+(?=[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ])")
"""A degree written in lower case before a name, as Polish, Czech and Slovak pages print it: "dr", "dr hab.", "prof.", "mgr inż."."""
_HONORIFIC = re.compile(r"^(?:Dr\.?|Dra\.?|Prof\.?|Professor|Professorin|Profesor|Profesora|Professeur|Pr\.?|Fr\.|Rev\.?|Revd\.?"
                        r"|Mag\.(?:a\.?)?|Dipl\.-Ing\.|DI|MMag\.)\s+(?=\S+\s+\S)")  # (Austria's degrees: "Mag. Stefan Hollerer")


def without_honorific(name: str) -> str:
    """A name without the academic or clergy title before it ("Dr Fiona McAllister" -> "Fiona
    McAllister", "Fr. Daniel Kowalczyk" -> "Daniel Kowalczyk"), when two words or more are left."""
    return _HONORIFIC.sub("", name)


def _under_the_date(zone: list[Stripped], position: int, date_line: int | None) -> bool:
    """The zone's line at `position` comes right under the date line read (`date_line`), past the
    buttons and labels between ("April 23, 2019 4:47 PM ET" / "Heard on All Things Considered" / the name)
    and the update's date line ("Publicerad 15 januari 2024 06.32" / "Uppdaterad ..." / the name)."""
    k = position - 1
    while k >= 0 and zone[k].line < zone[position].line and (zone[k].reason in ("share-buttons", "button-label") or (
            dates.UPDATE_LABEL.match(zone[k].text) and dates.parse_date_line(zone[k].text.strip()))):
        k -= 1
    return k >= 0 and zone[k].line == date_line and date_line < zone[position].line


_ONE_NAME_WORD = re.compile(_NAME_WORD)


def _bare_author(text: str) -> bool:
    """Two to four capitalised words, none a label's, a desk's or a role's: a name alone."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(_ONE_NAME_WORD.fullmatch(w) for w in words) and not text.isupper() and _may_be_a_name(text)
            and not (DESK_WORDS | ROLE_WORDS).intersection(w.casefold() for w in words)
            and not any(len(_GLUE_POINT.findall(w)) >= 2 for w in words))  # (buttons glued: "ShareTweetCopy LinkComment")


def _kicker_repeated(stripped: tuple[Stripped, ...], line: Stripped, title_line: int) -> bool:
    """The removed line right over a signature line is the start of it, which the row goes on with
    its date: the row's kicker or section, not a byline (Kicker's club name over its date). Not a
    columnist's name over the headline, said again in the byline under it ("Koen Vermeersch" /
    headline / deck / "Koen Vermeersch5 april 2019, 17:30")."""
    over = next((s for s in reversed(stripped) if s.line < line.line), None)
    label = over.text.strip().casefold() if over is not None and not over.line < title_line < line.line else ""
    text = line.text.strip()
    return (bool(label) and text.casefold().startswith(label) and len(text) > len(label)
            and dates.find_date(text[len(label):]) is not None)  # (not "LIVE" over "Live reporting by Tom Ashworth")


# A name glued to the date or time after it, which the copy could not read ("Agnieszka Wrona21
# listopada 2019 | 06:00", "Sanne Verhoeven02-07-19, 17:45"): two to four capitalised words, the
# last glued to a day's or an hour's digits.
# Its names may hold a particle in lower case ("Joost de Graaf") and be two, joined ("Daan Kooij en Sanne Witteveen03-12-19, 07:14").
_GLUED_NAME = rf"[{CAPITAL}][^\W\d_]+(?:(?:[ -]|(?:\s+(?:van|de|der|den|ter|ten|von|da|di|del|du|la|le)){{1,2}}\s+)[{CAPITAL}][^\W\d_]+){{1,3}}"
_NAME_GLUED_TO_DIGITS = re.compile(rf"^\W*(?P<name>{_GLUED_NAME}(?:\s+(?:{_NAME_JOINERS})\s+{_GLUED_NAME})?)(?<=[^\W\d_])\d{{1,2}}[\s./:-]")
_PLACE_GLUED_BEFORE = re.compile(rf"^[{CAPITAL}][a-zß-ÿ]{{4,}}(?=[{CAPITAL}][a-zß-ÿ])")
"""The place of a regional edition glued before the name: "LokerenTom De Smet11-06-19, 11:32" (a word of five letters or more:
not "MacKenzie", "FitzGerald")."""


_EDITOR_WORDS = r"edited|reviewed|fact[-\s]?checked|verified"
"""What an editor's credit says they did, before "by": "Edited by Tom Haskell", "Reviewed by ...", "Fact-checked by ..."."""
_EDITED_BEFORE = re.compile(rf"(?:^|[\s|/·•,–—-])(?:{_EDITOR_WORDS})$", re.IGNORECASE)
_EDITOR_CREDIT = re.compile(rf"^\W*(?:{_EDITOR_WORDS}|updated)\s+by\b", re.IGNORECASE)


def _names_between_bars(text: str) -> tuple[str, ...] | None:
    """The names of a row of authors between bars, each with its role or not, each of two words or
    more: "Rosa Pendleton, Education Editor | Daniel Ashby" -> both; a last part with a date names
    none (the place it was filed from and the date)."""
    parts = [part.strip() for part in text.split("|")]
    if not 2 <= len(parts) <= 4:
        return None
    if len(parts) > 1 and dates.find_dates(parts[-1]) and not dates.find_dates(" ".join(parts[:-1])):
        parts = parts[:-1]  # the place and the date last: "Arpita Menon & Kunal Ghosh | New Delhi Last Updated at November 5, 2019"
    if any(dates.find_dates(part) for part in parts):
        return None  # (a row of dates: "Posted Fri, Jun 14, 2019 at 11:25 am ET|Updated Fri, Jun 14, 2019 at 11:32 am ET")
    parts = [part for part in parts if not _EDITOR_CREDIT.match(part)] or parts  # (the editor's credit after the writer's name:
    # "Rhiannon Doyle|Edited by Tom Haskell|Published on 04 September 2019")
    found = [parse_byline(part if BYLINE.match(part) else f"By {part}") for part in parts]
    if not all(found) or any(len(name.split()) < 2 for names in found for name in names):
        return None  # (a section's labels: "News | Sport")
    return tuple(name for names in found for name in names)


def _name_glued_to_digits(text: str) -> tuple[str, ...] | None:
    match = _NAME_GLUED_TO_DIGITS.match(text)
    if match is None:
        return None
    name = match["name"][place.end():] if (place := _PLACE_GLUED_BEFORE.match(match["name"])) else match["name"]
    if not _may_be_a_name(name, shouted=True):
        return None  # (a desk: "Redazione ANSATARQUINIA14 marzo 2019")
    return parse_byline(f"By {name}")


def _without_disclosure(text: str) -> str:
    """A post's meta line without the parts that are no signature: its affiliate disclosure, its
    comment count, and its tags after two other parts ("Published: Mar 14, 2019 · Modified: Oct 2,
    2019 by Hannah Breck · This post may contain affiliate links · 48 Comments" -> "Published: ... by
    Hannah Breck")."""
    parts = PART_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    kept = [p for p in parts if not AFFILIATE_DISCLOSURE.search(p) and not _COMMENTS_PART.match(p)]
    if len(kept) > 2 and _TAGS_PART.match(kept[-1]):
        kept = kept[:-1]  # the piece's tags last: "Claire Dufresne | le 21/05/2019 | ... | Nantes, Logement, Bois, Pays de la Loire"
    return " · ".join(kept) if kept and len(kept) < len(parts) else text


_TAGS_PART = re.compile(r"^\s*[^\W\d_][^\d,|]{0,30}(?:,\s*[^\W\d_][^\d,|]{0,30}){2,}\s*$")
_COMMENTS_PART = re.compile(r"^\W*\d+\s+(?:comments?|responses?|replies|comment(?:i|o|aires?)|comentarios?|comentários?|kommentare?|reacties|komentarz[ey]?)\W*$",
                            re.IGNORECASE)  # ("14 commenti", "3 commentaires", "12 Kommentare")


def _co_author_over(zone: list[Stripped], position: int, title_line: int) -> tuple[int, tuple[str, ...]] | None:
    """The name alone on the removed line right over a bare name read over the date, both under the
    headline: a first author ("Kirsten Albright" / "Marcus Delaney" / "KWPR" / "November 6, 2019");
    a name of two to four capitalised words, no role's nor desk's word in it."""
    if not position:
        return None
    over, line = zone[position - 1], zone[position]
    if position >= 2 and len(over.text.split()) <= NAME_ROLE_MAX_WORDS and _is_job(over.text) and not parse_byline(over.text):
        over = zone[position - 2]  # each name over its role: "Sara Brix" / "Journalist" / "Mikkel Dahl Thorsen" / "Journalist" / date
    text = over.text.strip()
    if (not title_line < over.line < line.line or over.reason in ("button-label", "share-buttons") or not _may_be_a_name(text)
            or not (names := parse_byline(f"By {text}"))):  # (not a button: "Abone Ol", subscribe)
        return None
    # (a role glued after the name goes: "Gabrielle MarcotteJournaliste à l’environnement")
    return (over.line, names) if len(names) == 1 and _bare_author(names[0]) else None


def _with_co_author_line(header: _Header, texts: list[SourceLine], cues: dict[int, str | None]) -> _Header:
    """The header with the last author the line under its byline adds, removed as page chrome: "By Rachel Kessler" / "and
    Omar Haddad" (the names read together as one byline)."""
    if not header.authors.known or header.authors.origin.detail != "byline" or not header.authors.origin.line:
        return header
    k = next((i for i, line in enumerate(texts) if line.number == header.authors.origin.line), None)
    if (k is None or k + 1 >= len(texts) or cues.get(texts[k + 1].number) != "outside-body"
            or not (joined := _with_co_author(header.authors.value, texts[k].text, texts[k + 1].text))):
        return header
    return replace(header, authors=replace(header.authors, value=joined), used=(*header.used, (texts[k + 1].number, "authors")))


def _with_co_author(names: tuple[str, ...], byline: str, under: str) -> tuple[str, ...] | None:
    """The names of `byline` read together with the line under it when that line adds a co-author ("and Omar Haddad"): the
    names it gave first, then names only the line under it says (not the place read as a name once the agency joins it:
    "Chiara Fontana, Ambrì" / "avec ATS"); None otherwise."""
    if not _CO_AUTHOR_LINE.match(under):
        return None
    joined = parse_byline(f"{byline.strip()} {under.strip()}") or ()
    added = joined[len(names):]
    return joined if added and joined[:len(names)] == names and all(n in under for n in added) else None


_OUTLET_IN_PLACE = re.compile(r"^\W*(?:do|da|dos|das|de|del|dal|della)\s+[^,]{2,40},\s+(?:em|en|in|no|na|a)\s+(?-i:[A-ZÀ-Þ])", re.IGNORECASE)
"""The outlet a reporter writes for and where from, in Portuguese, Spanish or Italian, under the name: "Do UOL, em São Paulo"."""


def _co_author_under(zone: list[Stripped], line: Stripped, over_date: Callable[..., bool]) -> tuple[int, tuple[str, ...]] | None:
    """The name alone on the signature line right under a byline with its keyword, itself over the
    date (or over a short line over it: "by" / "Nathaniel Brooks" / "Rosa Delgado" / "KUNC" /
    "April 18, 2019"): a second author; not a role ("Winnipeg Digital Journalist", "Rotorua
    Reporter·Rotorua Daily Post·"). (Two bare names over the date, Bloomberg's, look like a name and
    a place, Folha's "Ana Exemplo" / "Belo Horizonte": the second is not read.)"""
    k = next((i for i, s in enumerate(zone) if s.line == line.line), None)
    under = zone[k + 1] if k is not None and k + 1 < len(zone) else None
    if (under is not None and LONE_CONJUNCTION.match(under.text) and k + 2 < len(zone) and zone[k + 2].line > under.line
            and _may_be_a_name(zone[k + 2].text.strip()) and (names := parse_byline(f"By {zone[k + 2].text.strip()}"))):
        return zone[k + 2].line, names  # "By" / "Andrea Novak" / "and" / "Mark T. Fellows" (the WSJ's)
    if (under is not None and 0 < under.line - line.line <= 2 and BYLINE.match(line.text) and BYLINE.match(under.text)
            and (names := parse_byline(under.text))):
        return under.line, names  # one byline to a line, each with its keyword: "By —Lena Farris" / "By —Ben Okafor"
    if under is not None and 0 < under.line - line.line <= 2 and _name_glued_to_role(line.text) and (named := _name_glued_to_role(under.text)):
        return under.line, (named,)  # ...the date over them, each with its role and program: a think tank's "Elena M. CastilloFellow -
        # Economic Studies@em_castillo" / "Raymond T. OduyaSenior Research Assistant - Economic Studies"
    handled = _name_with_handle(under.text) if under is not None and "@" in under.text else None
    text = "" if under is None else (handled[0] if handled and len(handled) == 1 else
                                     _unglued(under.text) if _glued_role_start(under.text) is not None else under.text).strip()
    # (each name with its role glued on, one to a line: "Stephanie K. BaerBuzzFeed News Reporter" / "Marcus OteroBuzzFeed News Reporter";
    # or with the handle: "James PritchardBusiness ReporterFollow @JPritchardBiz")
    if (under is None or under.line <= line.line or under.reason == "image-credit" or not _may_be_a_name(text) or not over_date(under.line)
            or (ROLE_WORDS | DESK_WORDS | {"journalist"}).intersection(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
            or dates.find_date(under.text)):
        return None  # (nor the date itself over the first publication's: "Fri 17 Jan 2025 16.48 GMT" / "First published on ...")
    names = parse_byline(f"By {text}")
    return (under.line, names) if names else None


def _longest_signature(text: str) -> int:
    """How many words a signature line may have: twice as many when it opens with a byline keyword
    and gives both dates ("By Tasha Greer | October 3, 2019 at 5:52 PM CDT - Updated October 3 at
    7:10 PM", "Par Jeanne RouxPublié le 05 mars 2019 à 06h00 - Mis à jour le ... Temps de Lecture 4 min."),
    or with a date's label ("Publié le 08 mars 2019 à 06h00 - Mis à jour le 08 mars 2019 à 11h32 Temps de Lecture 4 min.")."""
    return 2 * SIGNATURE_MAX_WORDS if BYLINE.match(text) or dates.DATE_LABEL_START.match(text) else SIGNATURE_MAX_WORDS


def _word_tokens(text: str) -> int:
    """Whitespace-separated tokens that have a letter or a digit ("-" and "|" are no words)."""
    return sum(1 for token in text.split() if _WORD_CHAR.search(token))


_WORD_CHAR = re.compile(r"\w")


# A signature that names who reviewed or checked the piece before who wrote it: "Medically reviewed
# by Daniel Kim, MD — Written by Rachel Osei — Updated on ...": the writer's part is read.
_REVIEWED_THEN_WRITTEN = re.compile(r"\b(?:reviewed|fact[-\s]?checked|edited|checked)\s+by\b.*?(?P<written>\bwritten\s+by\b)", re.IGNORECASE)


def _written_part(text: str) -> str:
    found = _REVIEWED_THEN_WRITTEN.search(text) if "by" in text.casefold() else None
    return text[found.start("written"):] if found else text


_DESK_BEFORE_NAMES = re.compile(r"\b([Bb]y|BY)\s+(?:[A-Z][\w.&-]*\s+){1,2}(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+(?=[A-Z][a-z])")
_UPDATE_AFTER_NAMES = re.compile(rf"\s+(?:{dates.UPDATED_WORDS})\b", re.IGNORECASE)


_SOURCE_TAIL = re.compile(SOURCE_LABEL + ".*$")
_CREDITS_TAIL = re.compile(CREDITS_AFTER_NAMES + ".*$")


# An interview's byline names the one interviewed first: "An interview with Ingrid Solheim by Margot Ellison" (Harvard Business Review).
_INTERVIEW_WITH = re.compile(r"^\W*(?:an?\s+|the\s+)?(?:interview|conversation|q\s*&\s*a)\s+with\s+\S.{1,60}$", re.IGNORECASE)


def _signed_names(text: str) -> tuple[str, ...] | None:
    """`By Jason Cipriani | November 18, 2019` -> ('Jason Cipriani',); None without "by" and a name."""
    if "(" in text:
        text = _without_notes_in_brackets(text)
    text = dates.GLUED_LABEL.sub(" ", _written_part(_unglued(without_author_link(text))))  # ("By EDITH CHEPNGENO More by this Author")
    text = _DESK_BEFORE_NAMES.sub(r"\1 ", text)  # "by Xinhua writers Li Min, Aidos Bekov": the names after the desk's role
    text = _SOURCE_TAIL.sub("", text)  # "By Gu Mengqi and Tang Hanxiao Source:Global Times Published: ..."
    text = _CREDITS_TAIL.sub("", text)  # "By Ruth Abernathy-Cole Photography by Sam Okonjo"
    match = SIGNED_NAMES.search(text)
    if not match:
        return None
    if (update := _UPDATE_AFTER_NAMES.search(text, match.start("names"))) is not None:
        text = text[:update.start()]  # the names end at the update's label: "... par Pierre Lacoste.Mis à jour à 17h20"
        match = SIGNED_NAMES.search(text) or match
    before = text[:match.start("keyword")].rstrip()
    if _EDITED_BEFORE.search(before):
        return None  # an editor's credit after the writer's name, no byline: "Rhiannon Doyle|Edited by Tom Haskell|Published on ..."
    found = dates.find_date(text)
    if (before.strip(" \t|/·•–—-:(") and before[-1:] not in "|/·•–—-" and not (found and (found[1].end() <= match.start("keyword") or len(before.split()) <= 2))
            and before.strip(" \t:").casefold() not in SIGNED_KINDS and not _INTERVIEW_WITH.match(before)):
        return None  # "Passed by Parliament", "Photo by ...": a byline starts the line, follows a separator or a date
        # (not a caption's place before its date: "Warga menimbang sampah di Bank Sampah ..., Bantul, Selasa (13/8/2019).")
    if found and found[1].start() > match.start("names"):  # "By Joseph Tsidulko November 19, 2019": names end at the date
        match = SIGNED_NAMES.search(DATE_JOINER.sub("", text[:found[1].start()])) or match  # ... and before "Tuesday,"
    if _INSTITUTION_AFTER.match(text, match.end("names")) and match.group("names").split()[-1] in INSTITUTION_WORDS:
        return None  # "by University of Exeter": an institution, no person
    names = _split_names(match.group("names"))
    names = tuple(n for n in names if not NOT_A_NAME.match(n) and not _is_month_day(n))
    if match.group("keyword").casefold().startswith("reda") and not all(len(n.split()) >= 2 for n in names):
        return None  # the newsroom's label names a writer of two words or more: "Redacción: Lucía Benjumea", not "Redacción: Madrid"
    if _ROLE_AFTER_JOINER.match(text, match.end("names")) and (more := parse_byline(BYLINE_TAIL.sub("", text[match.start("keyword"):]))):
        return more  # "By Ellie Marchetti and rural reporter Hamish Tregear": the second's role before the name
    names = _without_roles(names)
    return None if not names or _no_person(names) else names


# The head word of an institution's name followed by what it is of ("University of Exeter", "Institute for ...").
INSTITUTION_WORDS = frozenset("""University Universidad Université Universität Universidade Università Universiteit Institute Institut
    Instituto College School Academy Hospital Laboratory Museum Foundation Society Association Council Ministry Department
    Agency Office Centre Center Bank Board Commission""".split())
_INSTITUTION_AFTER = re.compile(r"\s+(?:of|for|de|do|da|di|du|des|del|für)\s+\S")
_ROLE_AFTER_JOINER = re.compile(rf"\s*(?:,|\s(?:{_NAME_JOINERS}))\s+[a-z]")


def _is_month_day(text: str) -> bool:
    """A month, perhaps with its day ("November", "Nov 19"), not a name that starts like one ("Jan Kowalski", "May Lee")."""
    words = text.split()
    return words[0].casefold().rstrip(".") in dates.MONTHS and (len(words) == 1 or any(c.isdigit() for c in text))


def _split_names(text: str) -> tuple[str, ...]:
    """The names a byline lists, each without an outlet glued after it, spaces (no-break ones
    too) made single."""
    parts = [n for part in NAME_SEPARATORS.split(text) for n in _HEBREW_AND.split(part.strip())[1:3] or (part,)]
    return tuple(" ".join(OUTLET_WORDS_AFTER_NAME.sub(r"\g<name>", _without_outlet_in_capitals(_without_outlet_after_capitals(_without_place(n.strip())))).split())
                 for n in parts if n.strip())


_PLACE_AFTER_NAME = re.compile(rf"\s+(?:in|à|en)\s+[{CAPITAL}][\w'’.-]+(?:\s+[{CAPITAL}][\w'’.-]+){{0,2}}$")


def _without_place(name: str) -> str:
    """A name without the place its author wrote from ("Harriet Quinlan in Toulouse", "Étienne Lacasse
    à Rimouski"), when a name of two words is left."""
    cut = _PLACE_AFTER_NAME.sub("", name) if " in " in name or " à " in name or " en " in name else name
    return cut if len(cut.split()) >= 2 else name


_CAPITALS_THEN_WORDS = re.compile(r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ]{2}[A-ZÀ-ÖØ-Þ'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ]{2}[A-ZÀ-ÖØ-Þ'’.-]*)\s+(?P<outlet>[A-Z][a-z].*)$")
"""Two to four words in capitals (not initials: "M. A. Fernández"), then words in title case."""


def _without_outlet_after_capitals(name: str) -> str:
    """A name in capitals without the outlet in title case after it: "CARLOS RIVAS MENDOZA Associated Press" (AP's wire copy; or
    the outlet's first word, where the byline's names end before its last: "... MENDOZA Associated")."""
    found = _CAPITALS_THEN_WORDS.match(name)
    return found["name"] if found and (OUTLET_NAME.match(found["outlet"]) or len(found["outlet"].split()) <= 2) else name


def _without_outlet_in_capitals(name: str) -> str:
    """A name without the outlet in capitals after it ("Kevin McCoy USA TODAY"), when a name of two
    words is left: AFP writes the surname in capitals ("Lucía FERRARO", "Jean-Paul MARTIN")."""
    cut = OUTLET_AFTER_NAME.sub("", name)
    return cut if len(cut.split()) >= 2 else name


# A company's job titles, which sign corporate posts after the name ("Priya Raman, Product Manager, Google Maps",
# "Dana Whitfield - Corporate Vice President, Microsoft Philanthropies").
_CORPORATE_ROLE = re.compile(r"\b(?:manager|director|president|officer|engineer|designer|founder|co-founder|ceo|cto|cfo|coo|cmo|vp"
                             r"|scientist|researcher|strategist|specialist|evangelist|marketer|developer)s?\b", re.IGNORECASE)


_NEWS_SERVICE = re.compile(r"\b(?:News|Press|Wire)\s+(?:Service|Agency|Network)$")
"""A paper's wire service, after its reporter's name: "DH News Service", "Tribune News Service"."""


def _without_roles(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names that are not a role ("Mark Smith, Staff Writer" -> "Mark Smith"), nor the outlet
    after them ("By Jane Doe and Al Roe, CNN", "..., Reuters": one word after names of two or
    more; "..., Example News": OUTLET_NAME); all of them when every one is (a desk signs: "By HNN
    Staff", "Staff Reports")."""
    names = tuple(_GLUED_CASELESS_ROLE.sub("", n) for n in names)
    if (len(names) == 3 and _CORPORATE_ROLE.search(names[1]) and not _CORPORATE_ROLE.search(names[2])
            and not ROLE_WORDS.intersection(names[0].casefold().split())):
        names = names[:1]  # a job title and its organisation after the name: "Rahel Tesfaye, Product Manager, Facebook Groups"
    people = tuple(kept for n in names if (kept := _before_role(n).rstrip(" /|,–—-")) and not ROLE_WORDS.intersection(kept.casefold().split()))
    if len(people) > 1 and any(_DIGIT.search(n) for n in people) and not all(_DIGIT.search(n) for n in people):
        people = tuple(n for n in people if not _DIGIT.search(n))  # an outlet among the names: "Por Rafaela Nogueira, G1 Campinas e Região"
    if len(people) > 1 and (len(people[-1].split()) == 1 and all(len(n.split()) > 1 for n in people[:-1])
                            or all(w.casefold() in _COMPASS_WORDS for w in people[-1].split())  # the region they cover: "..., South West"
                            or OUTLET_NAME.match(people[-1]) or _acronym_after_names(people) or _AGENCY_DESK.match(people[-1])
                            or people[-1].split()[-1] in INSTITUTION_WORDS and not any(n.split()[-1] in INSTITUTION_WORDS for n in people[:-1])
                            # (the writer's university after the name: "by Rhiannon Pryce, Cardiff University")
                            or people[-1].startswith("The ") and not people[0].startswith("The ")):  # "..., The Gulf Coast Ledger"
        people = people[:-1]
    if len(people) > 1 and _FROM_PLACE.match(people[-1]) and all(len(n.split()) > 1 for n in people[:-1]):
        people = people[:-1]  # where they wrote from: "Por Renata Albuquerque, de Ribeirão Preto (SP)", "..., desde Buenos Aires"
    if len(people) > 1 and places.is_place(people[-1]) and not places.is_place(people[0]):
        people = people[:-1]  # ...or, without a word before it, a city's name: "By Mary Jones, New York, March 6, 2025"
    if len(people) > 1 and (OUTLET_NAME.match(people[-1]) or _NEWS_SERVICE.search(people[-1])):
        people = people[:-1]  # the outlet before the place: "Rahul Hegde, DH News Service, Bengaluru"
    if sum(len(n.split()) > 1 for n in people) >= 2 and any(len(n.split()) == 1 for n in people):
        people = tuple(n for n in people if len(n.split()) > 1)  # an outlet between the names: "Hannah Greer, ProPublica, and Luis Ocampo"
    kept = tuple(n for n in people if not _ACRONYM_LED.match(n))
    if kept and len(kept) < len(people) and all(len(n.split()) > 1 for n in kept):
        people = kept  # the outlet left of a role: "By Dale Hammond , DTN Farm Business Editor" (not "by OCCRP and RISE Moldova")
    return people or names


_FROM_PLACE = re.compile(rf"^(?:de|desde|em|en|in|from|à|aus|z|ze|iz)\s+[{CAPITAL}]")
"""A place after the names, where they wrote from, in lower case: "de Ribeirão Preto", "desde Buenos Aires" (a name is
never in lower case after a comma)."""
_ACRONYM_LED = re.compile(r"^[A-Z]{3,}\s+[A-Z][a-z]")
"""An outlet's or desk's name that opens with an acronym of three letters or more ("DTN Farm", "BBC News"),
not a person's initials ("JD Vance")."""


# A role glued to the end of a name in a script without capitals: "نهى الجملصحافية" (a journalist), not
# a surname that is the word with its article ("الكاتب").
_GLUED_CASELESS_ROLE = re.compile(r"(?<=[\u0600-\u06FF]{2})(?<!ال)(?:صحافية|صحافي|كاتبة|كاتب|مراسلة|مراسل|محررة|محرر|خبرنگار|روزنامه‌نگار)$")
_AGENCY_DESK = re.compile(r"^(?:AFP|AP|DPA|EFE|ANSA|PA|AAP|UPI|CNN|BBC|NPR)\s+[A-Z][a-z]")
"""An agency's or a network's desk after the names: "AFP France", "CNN Business"."""


def _acronym_after_names(names: tuple[str, ...]) -> bool:
    """The last of the names is an outlet's in capitals and digits after names that are not
    ("Por Mariana Teixeira e Rodrigo Piccoli, G1 RS", "..., KUNC")."""
    shouted = [all(w.isupper() or any(c.isdigit() for c in w) for w in n.split()) for n in names]
    return shouted[-1] and not any(shouted[:-1])


_NETWORK_AFTER_NAME = re.compile(r"\s+(?:(?:BBC|ITV|STV|RTÉ|CBC|ABC|NBC|CBS|CNN|NPR|PBS)(?:\s+[A-Z][a-z]+){0,2}|Sky\s+(?:News|Sports))\s*$")
"""A broadcaster and its service or region after a name: "BBC Scotland", "ITV Wales", "CBC News" (the outlet alone too)."""
_PAPER_STAFF = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+)?Staff(?:\s+(?:Writer|Reporter|Photographer))?\s*$")


def _before_role(name: str) -> str:
    """A name without the role glued after it ("LAURE BRETTON Envoyés spéciaux à Toulouse" -> "LAURE
    BRETTON"); '' when the role comes first or no name of two words is left ("Staff Writer"). After
    a name of two words or more, a role without a comma ("Kevin Dunlap Sports Editor", "Helen
    Marchetti Environment correspondent") goes with the desk's words before it, and so does the
    outlet the piece was written for ("Daniel Ashby For Mailonline"). A role before the name, in
    lower case or after a place, is left out ("rural reporter Hamish Tregear", "Europe correspondent
    Linton Besser", the ABC's)."""
    if (after := _after_role(name)) is not None:
        return after
    if (staff := _PAPER_STAFF.search(name)) and len(name[:staff.start()].split()) >= 2:
        return name[:staff.start()]  # the paper's staff after the name, no comma: "Nora Kilbride Globe Staff"
    if (network := _NETWORK_AFTER_NAME.search(name)) and len(name[:network.start()].split()) >= 2:
        return name[:network.start()]  # a broadcaster's service after the name, no comma: "Euan McLean BBC Scotland"
    glued = _GLUED_ROLE.search(name)  # "Kevin OstranderFeatured Columnist", "Marisol BeaumontPolitics": the role starts there
    if glued and len(name[:glued.start()].split()) >= 2:
        return name[:glued.start()]
    if (at := _glued_role_start(name)) is not None:
        return name[:at].rstrip()
    words = name.split()
    at = next((k for k, word in enumerate(words) if word.casefold() in GLUED_ROLE_WORDS), None)
    if at is None:
        at = next((k for k, word in enumerate(words) if k >= 2 and (word.casefold() in PERSONAL_ROLE_WORDS or word.casefold() == "for")), None)
        if at is None:
            return name
        while at > 2 and words[at - 1].casefold() in DESK_WORDS:
            at -= 1
        if DESK_WORDS.intersection(w.casefold() for w in words[:at]):
            return ""  # a role of its own ("Ap National Political Writer")
        at = _role_place_start(words, at)
    return " ".join(words[:at]) if at >= 2 else ""


def _after_role(name: str) -> str | None:
    """The name after a role that comes first (`_before_role`): the role's word among the first
    four, the words before it in lower case but for one (a place), a name of two to four words after it."""
    words = name.split()
    at = next((k for k, word in enumerate(words[:4]) if word.casefold() in PERSONAL_ROLE_WORDS
               or word.casefold().endswith("s") and word.casefold()[:-1] in PERSONAL_ROLE_WORDS), None)  # ("Xinhua writers Li Min, Aidos Bekov")
    if at is None or not 2 <= len(words) - at - 1 <= 4 or sum(word[:1].isupper() for word in words[:at]) > 1:
        return None
    rest = " ".join(words[at + 1:])
    return rest if NAME.match(rest) else None


# Words of a region's name before its main word ("North of England", "Middle East", "Southern Africa").
_COMPASS_WORDS = frozenset("""north south east west northern southern eastern western central middle latin far
    southeast southwest northeast northwest""".split())
_PLACE_JOINERS = frozenset({"of", "and", "the"})


_PAPER_WORD = re.compile(PAPER_WORDS)


def _role_place_start(words: list[str], at: int) -> int:
    """Where a role's place starts before it, `at` being where the role starts ("Marnie Tolland
    North of England correspondent", "Ivo Marsh Moscow correspondent", "Sam Jones US technology
    reporter"): the capitalised word right before the role (an acronym before its desk's words),
    with the region words and "of" phrases before that; `at` when that would leave less than a
    name of two words."""
    role_start = at
    if at < len(words) and words[at].casefold() in DESK_WORDS:
        if not (at > 2 and (re.fullmatch(r"[A-Z]{2,3}", words[at - 1]) or _PAPER_WORD.fullmatch(words[at - 1]))):
            return role_start  # "Helen Marchetti Environment correspondent": the desk's word is the role's start
            # (but the paper's name goes with it: "Gary Lindqvist Sentinel Sports Editor")
    if not (at > 2 and words[at - 1][:1].isupper() and words[at - 1].casefold() not in DESK_WORDS):
        return role_start
    at -= 1
    while at > 2 and (words[at - 1].casefold() in _COMPASS_WORDS
                      or at > 3 and words[at - 1] in _PLACE_JOINERS and words[at - 2][:1].isupper()):
        at -= 2 if words[at - 1] in _PLACE_JOINERS else 1
    return at if at >= 2 else role_start


def name_with_role(text: str) -> str | None:
    """The name on a line that gives a person's name and then their job without a comma
    ("Marnie Tolland North of England correspondent", "Kevin Dunlap Sports Editor", "Zuzana Hronská
    redaktorka domácej rubriky") or their
    institution after one ("Rosalind Tewhatu, University of Tasman Ridge"); None for other lines
    ("Boris Johnson sacks his chief political editor": no name before the role)."""
    words = text.split()
    if not 3 <= len(words) <= SIGNATURE_MAX_WORDS:
        return None
    signed = BYLINE.match(text)
    if ("," in text and (affiliated := _AFFILIATED.match(signed["names"] if signed else text)) and NAME.match(affiliated["name"])
            and len(affiliated["name"].split()) >= 2):
        return affiliated["name"]  # "Rosalind Tewhatu, University of Tasman Ridge" (The Conversation's bylines)
    lower = next((i for i, w in enumerate(words) if w[:1].islower()), None)
    head = words[:lower] if lower is not None else []
    while len(head) > 2 and head[-1].casefold() in DESK_WORDS:
        head = head[:-1]  # (the role's desk before it goes with it: "Ellie Marsh-Turner Live reporter and Tom Adeyemi")
    if (lower in (2, 3) and lower < len(words) - 1 and words[lower].strip(".,") in PERSONAL_ROLE_WORDS
            and NAME.match(" ".join(head))):
        return " ".join(head)  # the role in lower case, then its desk: "Zuzana Hronská redaktorka domácej rubriky"
    if (program := _PROGRAM_AFTER_ROLE.search(text)) and len(text[:program.start()].split()) >= 3:
        text, words = text[:program.start()], text[:program.start()].split()  # a think tank's: "Elena M. CastilloFellow - Economic Studies@em_castillo"
    if _GLUE_POINT.split(words[-1])[-1].casefold().strip(".,") not in GLUED_JOB_WORDS:  # ("... Senior researcher", "... journalist",
        return None  # "... CastilloFellow")
    name = (_before_role(text) or "").rstrip(" ,")  # (its role after a comma too: "Huda Al Marzouqi, Senior Reporter")
    return name if name and name != text and len(name.split()) >= 2 and NAME.match(name) else None


_SECOND_NAME_GLUED = re.compile(rf"(?<=[a-zß-ÿ])(?P<tail>[{CAPITAL}][a-zß-ÿ'’-]+\s+[{CAPITAL}][a-zß-ÿ'’-]+)\s*$")


def _two_names_glued(text: str) -> bool:
    """Two names of two words glued together ("Marisol VegaCara Whitfield": under a byline, a photo's subject and its
    photographer; alone, two authors, "Reto MartiSabine Keller"), not a name with its role glued on ("Jonas EberhardtEnergy Reporter")."""
    glued = _SECOND_NAME_GLUED.search(text)
    return (glued is not None and len(text[:glued.start()].split()) >= 2
            and not (GLUED_JOB_WORDS | ROLE_WORDS | DESK_WORDS).intersection(w.casefold() for w in glued["tail"].split()))


DECK_UNDER_NAME_WORDS = 8
"""A deck has at least this many words: under the headline, a name over such a line is its writer's."""


def _name_glued_to_role(text: str) -> str | None:
    """The name on a line that glues the author's role to it ("Elena M. CastilloFellow - Economic Studies"), by `name_with_role`."""
    named = name_with_role(text)
    return named if named and text.startswith(named) and text[len(named):len(named) + 1].isupper() else None


# The program after a role, after a dash, and the author's handle glued after it: "Fellow - Economic Studies@em_castillo".
_PROGRAM_AFTER_ROLE = re.compile(r"\s+[-–]\s+(?-i:[A-Z])[\w&'’.]*(?:\s+[\w&'’.]+){0,5}?\s*(?:@\w{1,30})?\s*$")
# A name, then the author's institution after a comma: "Garrick Oyelowo-Brandt, Kellerman Institute of Technology".
_AFFILIATED = re.compile(r"^\s*(?P<name>[^,]{3,60}?)\s*,\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,4}(?-i:University|Institute|College|Universit[éà]|"
                         r"Universidad|Universität|School|Academy|Laboratory|Hospital|Museum|Foundation)\b[^,]{0,60}$")


_GLUED_USERNAME = re.compile(r"(?P<first>[A-Z][a-z]+)\s+(?P<rest>[A-Z][a-z_.]{5,})\b(?![.@])")  # (not an e-mail address's start)


def _without_username(match: re.Match[str]) -> str:
    """The name without the user name glued after it, when that spells the name: "lenaokonjo",
    "lokonjo", "okonjo", "lena_okonjo" after "Lena Okonjo" (another glued word stays)."""
    first, rest = match["first"], match["rest"]
    for cut in range(2, len(rest) - 3):
        last, user = rest[:cut], rest[cut:].replace("_", "").replace(".", "")
        if last.isalpha() and user in {(first + last).casefold(), (first[0] + last).casefold(), last.casefold(), (last + first).casefold()}:
            return f"{first} {last}"
    return match.group()


def _unglued(text: str) -> str:
    """A byline's text with its keyword apart from the name ("ByMiguel Arrabal" -> "By Miguel
    Arrabal") and without what the copy glued after the names: a handle, a role (`_glued_role_start`), a
    place, a comment count, the row's links (within each part between separators: "By Miguel
    ArrabalSpanish football correspondent" -> "By Miguel Arrabal"); what is glued after what was glued
    too ("Hannah KeyesYahoo SportsMLB writer": the role, then the site)."""
    for _ in range(GLUED_TAILS_MAX):
        cut = _unglued_once(text)
        if cut == text:
            break
        text = cut
    return text


_GLUED_AT_PLACE = re.compile(r"(?<=[a-zà-ÿ]{3})at\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)\s*$")
GLUED_TAILS_MAX = 3
"""The most tails glued one after another that a byline loses (a site, then a role)."""


def _unglued_once(text: str) -> str:
    text = GLUED_BY.sub(r"\1\2 ", text)
    if len(text) > GLUED_BYLINE_MAX_CHARS:
        return text  # (a paragraph, not a byline: the expressions below would scan it for nothing)
    if "&" in text:
        text = _GLUED_AMPERSAND.sub(" & ", text)  # "ByEllen KirwanLocal Democracy Reporter&Joe Halligan"
    text = _GLUED_AND.sub(_joined_names, text)  # "Valentina FuentesandJames Thornbury"
    if (at := _GLUED_AT_PLACE.search(text)) and places.is_place(at["place"], one_word=True):
        text = text[:at.start()]  # where they reported from, "at" glued to the name: "Oliver Penroseat Taunton" (not "Ahmet Murat Demir")
    text = _GLUED_CAPS_ROLE.sub(", ", text)  # "JENNA MORRISONSTAFF REPORTER"
    text = _GLUED_USERNAME.sub(_without_username, text)  # "Lena Okonjolenaokonjo": the author's user name, its "@" lost
    if "@" in text:
        text = _without_glued_email(_HANDLE_AFTER_EMAIL.sub("", text))  # "Erik Lindqvisterik.lindqvist@aftonbladet.se"
        text = _GLUED_HANDLE.sub("", text)  # "By Kendrick Obuya@kobuya and Sunniva Radcliffe@sunnivar"
    if _DIGIT.search(text):
        text = _GLUED_COUNT.sub("", text)
    text = _WIDGET_TAIL.sub("", text)
    if (role := _GLUED_LOWER_ROLE.search(text) or _GLUED_WITH_AGENCY.search(text)) and len(text[:role.start()].split()) >= 2:
        text = text[:role.start()]  # a role in lower case glued to the name: "Елена Костюкспециальный корреспондент";
        # or the agency, with "with" or alone in lower case: "Joana Tavares Pintocom Lusa", "Katrin Vollmerdpa"
    if not _GLUE_POINT.search(text):
        return text
    out: list[str] = []
    parts = _GLUED_PARTS.split(text)
    for k, part in enumerate(parts):
        at = _glued_role_start(part) or _glued_name_end(part)
        out.append(part if at is None else part[:at])
        if at is not None and _GLUED_PAPER.search(part[at:]) and k + 1 < len(parts) and parts[k + 1].strip() == ",":
            break  # the paper glued to the name, then where it is: "Karan ChaudharyHindustan Times, New Delhi"
    return "".join(out)


_GLUED_PAPER = re.compile(rf"\b(?:{PAPER_WORDS})$")
_PAPER_GLUED_BEFORE_NAME = re.compile(rf"^\s*(?:[{CAPITAL}][\w'’]*[-\s])*[{CAPITAL}][a-zß-ÿ]{{3,}}"
                                      rf"(?P<name>[{CAPITAL}][a-zß-ÿ]+(?:[\s-][{CAPITAL}][a-zß-ÿ]+)?(?:[\s-][A-ZÀ-ÖØ-Þ'’]{{2,}}){{1,2}})\.?\s*$")
"""The paper's label glued before a name whose surname is in capitals, as a French paper's byline
prints them: "Ouest-FranceYann LE GOFF." (not a role glued after a name: "Nicola BartonCrime Reporter")."""
_NAME_GLUED_TO_PAPER = re.compile(rf"^\s*[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+)?\s+[{CAPITAL}][a-z\w'’-]*[a-zà-ÿ](?=[A-Z])(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:{PAPER_WORDS})\b")
_GLUED_LOWER_ROLE = re.compile(r"(?<=[a-zà-ÿа-яёіїєґ]{2})(?:специальн\w*|корреспондент\w*|кореспондент\w*|обозреватель\w*|оглядач\w*"
                               r"|reporter|toimittaja|ajakirjanik|žurnalist[se]|žurnalistas|blaðamaður"  # "Mari-Liis Kaskreporter"
                               r"|редактор\w*|журналист\w*|журналіст\w*|колумнист\w*|спецкор\w*|dziennikar\w*|redaktor\w*|zpravodaj\w*)"
                               r"(?:\s+\w+){0,3}\s*$")
_GLUED_WITH_AGENCY = re.compile(r"(?<=[a-zà-ÿ]{2})(?:(?:com|con|avec|mit|with)\s+(?-i:[A-Z])[\w.]*|dpa|epd)\s*$")
"""The agency glued after the name, with its word ("Joana Tavares Pintocom Lusa") or by its lower-case name ("Katrin Vollmerdpa")."""
_GLUED_HANDLE = re.compile(r"(?<=[^\W\d_])@\w{1,30}\b")
_HANDLE_AFTER_EMAIL = re.compile(r"(?<=\.[a-z]{2})@\w{1,30}\s*$")
"""The author's handle glued after their e-mail address: "...anjali.prasad@nzherald.co.nz@anjaliprasadnzh"."""
_TRAILING_EMAIL = re.compile(r"(?P<word>\S+)@[\w-]+(?:\.[\w-]+)+\s*$")


def _without_glued_email(text: str) -> str:
    """A name without the author's e-mail address after it: glued to it, where the address's local
    part is made of the name (`_address_of`: "Erik Lindqvisterik.lindqvist@aftonbladet.se" -> "Erik
    Lindqvist", "Sara Nymansnyman@example.com" -> "Sara Nyman", "Jessica Tiernan-Boydjtiernanboyd@..."
    -> "Jessica Tiernan-Boyd"), or apart from it ("Jane Doe jane.doe@example.com"); `text` as it is otherwise."""
    found = _TRAILING_EMAIL.search(text)
    if not found:
        return text
    before, word = text[:found.start("word")], found["word"]
    if not any(c.isupper() for c in word):  # an address of its own after the name
        return before.rstrip() if before[-1:].isspace() and any(c.isalpha() for c in before) else text
    head = before.split()
    if head and LONE_BYLINE_KEYWORD.match(head[0]):
        head = head[1:]
    for i in range(2, len(word) - 1):
        last = word[:i].rsplit("-", 1)[-1]  # (the last part of a double surname: "Tiernan-Boyd")
        if last[:1].isupper() and last[1:].islower() and word[i:][:1].islower() and _address_of(" ".join([*head, word[:i]]), word[i:]):
            return f"{before}{word[:i]}"
    named = re.findall(r"[A-Z][a-z]+", " ".join(head))[:2]  # (the name's words, a role glued to the last: "PrasadProperty")
    if len(named) == 2 and (at := word.find(named[0].casefold())) > 1 and word[at - 1].islower() and _address_of(" ".join(named), word[at:]):
        return f"{before}{word[:at]}"  # glued to what follows the name, the paper's: "By Anjali Prasad, NZ Heraldanjali.prasad@nzherald.co.nz"
    return text


def _address_of(name: str, local: str) -> bool:
    """`local` is an address's part before "@" made of the name's words as newsrooms make them:
    "jdoe", "jane.doe", "janedoe", "doej", "doe", "jane", with digits after them or not."""
    words = [re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()) for w in name.split()[-3:]]
    words = [w for w in words if w]
    if not words:
        return False
    last = words[-1]
    made = {last, "".join(words)}
    for first in words[:-1]:  # (the first name may be any of the words before: "By Jane Doe")
        made |= {first + last, first[0] + last, first, last + first, last + first[0], first + last[0]}
    local = re.sub(r"\d+$", "", local)
    return local in made or re.sub(r"[._-]", "", local) in made


_GLUED_CAPS_ROLE = re.compile(r"(?<=[A-Z]{3})(?=(?:(?:STAFF|SENIOR|CHIEF|SPECIAL|CONTRIBUTING|POLITICAL|BUSINESS|SPORTS|HEALTH|SCIENCE)\s+)?"
                              r"(?:REPORTER|WRITER|CORRESPONDENT|EDITOR|COLUMNIST|PHOTOGRAPHER)S?\b)")
"""A role in capitals glued to a name in capitals, as an e-paper prints them: "JENNA MORRISONSTAFF REPORTER"."""
_GLUED_AND = re.compile(r"(?<=[a-zà-ÿ]{4})(?:and|und|et)(?=(?P<next>[A-ZÀ-Þ][a-zà-ÿ]+)\s+(?P<last>[A-ZÀ-Þ][a-zà-ÿ]+))")


def _joined_names(match: re.Match[str]) -> str:
    """The joiner glued between two names set apart ("Valentina FuentesandJames Thornbury"), when a
    person's name of two words follows it; a role or a desk glued to a name ending in "and" stays
    glued for `_glued_role_start` ("Mark RolandStaff Writer")."""
    following = {match["next"].casefold(), match["last"].casefold()}
    return match[0] if following & (ROLE_WORDS | DESK_WORDS | NON_NAME_WORDS) else f" {match[0]} "


_GLUED_AMPERSAND = re.compile(r"(?<=[a-z])&(?=[A-Z])")
"""An ampersand glued between a role and the next name (not "AT&T")."""
_GLUED_PARTS = re.compile(r"(\s*[|·•,]\s*|\s+(?:and|&)\s+)")
"""Where a byline's row is cut into the parts looked at one by one for what is glued to a name:
separators and "and" between names ("By Ana RoeStaff Writer & Al Lee")."""


def _glued_name_end(text: str) -> int | None:
    """Where something else is glued to a byline's name of two words or more, at its first glue
    point ("Javiera Soto PizarroValle HondoViernes 22 de noviembre": the place and the weekday); not
    inside a name's own capitals ("McDonald", "DeShawn", "LaToya", "MacKenzie", "DiCaprio")."""
    for match in _GLUE_POINT.finditer(text):
        head = text[:match.start()].split()
        if head and LONE_BYLINE_KEYWORD.match(head[0]):
            head = head[1:]  # ("By Ana Roe...": the keyword is no part of the name)
        if len(head) >= 2 and len(head[-1]) >= 4 and not _NAME_PREFIX.fullmatch(head[-1]):
            # (the link to the author's page glued on signs the name as a byline's: `without_author_link`)
            return None if AUTHOR_LINK.match(text[match.start():]) else match.start()
    return None


OUTLET_HEAD_MAX_LETTERS = 4
"""A glue point this near the start of a word after a name of two words starts no role: the word
is an outlet's name in camel case ("BuzzFeed", "HuffPost", "TechCrunch", "YouTube"), rarer as a
third name glued to its role ("Javiera Soto PizarroValle Hondo" glues a longer one)."""
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Della|Des|Fitz|O['’])", re.IGNORECASE)


GLUED_JOB_WORDS = PERSONAL_ROLE_WORDS | frozenset("researcher journalist photographer economist scientist fellow assistant scholar".split())
"""The words that tell a role glued after a name ("Harriet Okonkwo-ReidSenior researcher")."""


_LEADING_KEYWORD = re.compile(r"^\W*(?:by|von|par|por|door|av|di|de)\s+", re.IGNORECASE)
"""A byline's keyword, which is no word of the name before an outlet's ("By Iona KerrSenior Reporter": "Kerr" is no outlet)."""


def _glued_role_start(name: str) -> int | None:
    """Where a role that starts with another word than a desk's is glued to a name of two words
    or more: the last glue point (`_GLUE_POINT`) with a job's word in the few words after it
    ("Kendra OakesAround The NFL Writer", "Miguel ArrabalSpanish football correspondent"; the last
    so that "Jane McDonaldYahoo Sports Columnist" keeps "McDonald")."""
    points = [m.start() for m in _GLUE_POINT.finditer(name)]
    for k in range(len(points) - 1, -1, -1):
        point = points[k]
        rest = name[point:].split()
        if (len(name[:point].split()) >= 2 and len(rest) <= GLUED_TAIL_MAX_WORDS
                and any(w.casefold().strip(".,") in GLUED_JOB_WORDS for w in rest)):
            word_start = name.rfind(" ", 0, point) + 1
            head_start = max(word_start, points[k - 1] if k else 0)
            if point - head_start <= OUTLET_HEAD_MAX_LETTERS and len(_LEADING_KEYWORD.sub("", name[:head_start]).split()) >= 2:
                # an outlet's name in camel case after the name, spaced or glued: "Darnell Okafor BuzzFeed
                # News Reporter", "Noor Adeyemi-WalshBuzzFeed News Reporter"
                return head_start
            return point
    return None


def _before_date(names: str) -> str:
    """A byline's names up to the date written after them: "Joseph Tsidulko November 19, 2019" ->
    "Joseph Tsidulko", "X on Monday, November 18th, 2019" -> "X"."""
    found = dates.find_date(names)
    if not found:
        return names
    head = names[:found[1].start()]
    label = _DATE_LABEL.search(head)  # "..., AFP France Publié le mercredi 23 octobre 2019": the names end at the date's label
    return DATE_JOINER.sub("", head[:label.start()] if label else head)


_POSTED_BY_START = re.compile(r"^\W*(?:(?-i:[A-Z]{2,6})\s*/\s*)?(?:posted\s+)?(?:by|par|por|von|door|av)(?:\s|(?=(?-i:[A-Z])))", re.IGNORECASE)
"""A signature row that opens with its keyword, perhaps after the outlet's initials ("OLJ / Par Karim HADDAD et Maya KHOURY, le ...")."""
_READING_TIME = re.compile(rf"^\W*\d{{1,3}}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+(?:{dates.READING_TIME_WORDS}))?\W*$", re.IGNORECASE)


# A government page's header, who it is from and when it was published, glued by the copy: "From:Department for Coastal
# Resilience and Harriet Okafor MPPublished14 March 2024" (GOV.UK); each sender signs, a member's "MP" left off.
_FROM_AND_PUBLISHED = re.compile(r"^\W*from:\s*(?P<senders>\S.{2,150}?)\s*(?-i:Published)\s*(?P<date>\d.{4,40})$", re.IGNORECASE)
_MEMBER_SUFFIX = re.compile(r"\s+(?:MP|MSP|MS|MLA|QC|KC)$")


def date_and_byline(text: str) -> tuple[str, tuple[str, ...]] | None:
    """`September 10, 2018 | by Catherine Smith`: a date and a byline on one line; or a name
    and then the date (`_name_then_date`); not a dateline's place and date ("New York, March 6, 2025")."""
    read = _date_and_byline(text)
    return None if read is None or _no_person(read[1]) else read


def _date_and_byline(text: str) -> tuple[str, tuple[str, ...]] | None:
    if (sender := _FROM_AND_PUBLISHED.match(text)) and (iso := dates.parse_date_line(sender["date"])):
        return iso, tuple(_MEMBER_SUFFIX.sub("", n).strip() for n in re.split(r",\s*|\s+and\s+", sender["senders"]) if n.strip())
    text = dates.without_count_glued_to_year(dates.GLUED_LABEL.sub(" ", text))  # "Emily Carter, The Cedar Valley LedgerPublished 6:00
    # a.m. CT March 3, 2019"; "Hannah WhitcombeAug 14, 201948"
    if "פורסם" in text or "עודכן" in text:
        text = _GLUED_HEBREW_LABEL.sub(" ", text)  # ...in Hebrew: "נועה שגיאפורסם: 27.10.19 , 18:42"
    split = [p.strip() for p in PART_SEPARATOR.split(text) if p.strip()]
    row = [p.strip() for p in text.split("|")] if text.count("|") == 1 else split
    if len(row) == 2 and (name := _caseless_name(row[0])) and dates.DATE_LABEL_START.match(row[1]) and (iso := dates.parse_date_line(row[1])):
        return iso, (name,)  # a name in a script without capitals and the labelled date: "רונית בן-שושן|פורסם: 16.09.19 , 08:14"
    parts = [p for p in split if not _READING_TIME.match(p)]
    if len(parts) == 2:
        for first, second in (parts, parts[::-1]):
            iso, names = dates.parse_date_line(first), parse_byline(second, bare_names_allowed=False)
            if iso and not names and len(parts) < len(split) and _may_be_a_name(second) and NAME.match(second):
                names = (second,)  # a post's meta row, bare: "Aug 21, 2019 • Tobiah Wrenfield • 6 min read"
            if iso and names:
                return iso, names
    if 3 <= len(parts) <= 4 and (read := _signed_row(parts)):
        return read
    if len(parts) >= 2 and dates.UPDATE_LABEL.match(parts[1]):
        return _name_then_date(parts[0])  # "... | Updated 8:14 a.m. CT March 3, 2019": the published date is the first
    if (_POSTED_BY_START.match(text) or dates.DATE_LABEL_START.match(text)) and len(text.split()) <= 2 * SIGNATURE_MAX_WORDS and (
            isos := dates.find_dates(text)) and (names := _signed_names(text)):
        return min(isos), names  # a post's meta row: "Posted by Tamsin EvercroftMarch 14, 2019March 15, 2019 7 Comments on ..."
    return _name_then_date(text) or _date_then_name(text) or _date_then_name_and_outlet(text)


_GLUED_HEBREW_LABEL = re.compile(r"(?<=[\u05D0-\u05EA])(?=פורסם|עודכן)|(?<=\d)(?=תגובות)")
"""Where a copy glued Hebrew's "published" or "updated" to the name before it, or "comments" to the time."""
_CO_AUTHOR_LINE = re.compile(rf"^\s*(?:{_NAME_JOINERS})\s+(?=[^\W\d_])", re.IGNORECASE)
"""A byline's second line, the last author's: "and Jen Okafor@jenokafor"."""
_RTL_LETTERS = "\u0590-\u05FF\u0600-\u06FF"  # Hebrew and Arabic
_CASELESS_LETTERS = _RTL_LETTERS + "\u0900-\u0DFF\u10D0-\u10FF\u1200-\u137F"  # ...and the scripts of India and Sri Lanka, Georgian, Ethiopic
_CASELESS_NAME = re.compile(rf"^[{_CASELESS_LETTERS}][{_CASELESS_LETTERS}\u200c\u200d'’\-]*\.?(?:\s+[{_CASELESS_LETTERS}][{_CASELESS_LETTERS}\u200c\u200d'’\-]*\.?){{1,3}}$")


def _caseless_name(text: str) -> str | None:
    """Two to four words in Hebrew, Arabic or Indic letters (an initial's full stop allowed: "അനൂപ്
    കെ. മോഹൻ"), no digit, none a role's word: a name, in a script without capitals, where its place
    tells it is one (beside its labelled date, right over a dated line)."""
    text = text.strip()
    return (text if _CASELESS_NAME.match(text) and not _DIGIT.search(text) and "।" not in text
            and not ROLE_WORDS.intersection(text.split()) and not _CASELESS_LABEL_WORDS.intersection(text.split()) else None)


# Words of a page's labels in those scripts, never of a name: a piece's kind ("بيان صحفي", a press release; "تقرير", a report;
# "گزارش", "כתבה", "रिपोर्ट"), news ("أخبار", "خبر", "חדשות", "समाचार", "খবর"), a desk ("डेस्क", "ডেস্ক", "ڈیسک", "ديسك").
_CASELESS_LABEL_WORDS = frozenset("""بيان صحفي صحفية تقرير خبر أخبار اخبار مقال رأي تحليل حوار عاجل فيديو بيانات
    گزارش یادداشت خبری חדשות דעה כתבה रिपोर्ट समाचार खबर डेस्क ब्यूरो খবর সংবাদ ডেস্ক ڈیسک ديسك دسک""".split())


def _caseless_names(text: str) -> tuple[str, ...] | None:
    """`_caseless_name` of each part between commas: "अनिल गुप्ता,सुमित पांडे"; None unless all are names."""
    names = tuple(_caseless_name(part) for part in re.split(r"\s*[,،、]\s*", text.strip()))
    return names if all(names) else None  # type: ignore[return-value]


_CASELESS_WORD = rf"[{_RTL_LETTERS}][{_RTL_LETTERS}\u200c'’.]*"
_CASELESS_PLACED = re.compile(rf"^\s*(?P<a>{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{0,3}})"
                              rf"(?:\s+[-–—]\s+|\s*:\s+|(?<=[\u0600-\u06FF])-(?=[\u0600-\u06FF]))"
                              rf"(?P<b>{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{0,3}})\s*$")


_NAME_IN_PLACE = re.compile(rf"^\s*(?P<name>[{CAPITAL}][\w'’.-]+(?:\s+[{CAPITAL}][\w'’.-]+){{1,3}})\s+in\s+[{CAPITAL}][\w'’.-]+(?:[\s,]+[{CAPITAL}][\w'’.-]+){{0,3}}\s*$")
"""A reporter's name and where they wrote from, alone on the line over the date: "Rania Haddad in Zahle, Lebanon"."""


def _caseless_placed_name(text: str) -> tuple[str] | None:
    """The name of a signature line under the headline in Arabic or Hebrew letters that names the
    author and where they wrote from, or the outlet, on either side of a dash or a colon: "تونس:
    سامي القرمازي", "أحمد الزبيدي-الناصرية", "العربية.نت - ريم الحربي". Without capitals only the
    words tell the two apart: the name is the side of two words or more, longer than the other (a
    place or an outlet is mostly one word); sides of one length stay unread."""
    if not (match := _CASELESS_PLACED.match(text)):
        return None
    a, b = match["a"].strip(), match["b"].strip()
    longer, shorter = (a, b) if len(a.split()) > len(b.split()) else (b, a)
    if len(longer.split()) == len(shorter.split()) or "." in longer or not (name := _caseless_name(longer)):
        return None
    return (name,)


# The BBC's World Service, glued after its reporter's name: "نسرین رحیمیبی‌بی‌سی فارسی" (BBC Persian), perhaps with
# where they wrote from: "نادیہ قریشیبی بی سی اردو ڈاٹ کام، لاہور" (BBC Urdu), "ሳሙኤል ጌታቸውቢቢሲ አማርኛ፣ ሐዋሳ" (BBC Amharic).
_GLUED_CASELESS_NETWORK = re.compile(r"(?<=[\u0600-\u06FF\u1200-\u137F])(?:بی\u200c?\s?بی\u200c?\s?سی|بي\s?بي\s?سي|ቢቢሲ)"
                                     r"(?:\s+(?:فارسی|عربي|اردو|نیوز|نيوز|አማርኛ|ትግርኛ|አፋን\s+ኦሮሞ)){0,2}(?:\s+ڈاٹ\s+کام)?"
                                     r"(?:(?:\s*[،,፣]|\s+[-–—])\s*[^\s،,፣\d]+(?:\s+[^\s،,፣\d]+)?)?\s*$")  # (the service in two words and the
# place after a dash: "سارة حسنبي بي سي نيوز عربي - البصرة")


def caseless_name_and_network(text: str) -> tuple[str] | None:
    """The name on a signature line that glues the BBC's language service after it."""
    glued = _GLUED_CASELESS_NETWORK.search(text)
    return (name,) if glued and glued.start() and (name := _caseless_name(text[:glued.start()])) else None


def _date_then_name_and_outlet(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The date, a slash, and a bare name with its paper in brackets: "12 mars 2019 / Clémence Durand (Reporterre)"."""
    first, slash, second = text.partition(" / ")
    if not slash or not (outlet := _NAME_AND_OUTLET.match(second)) or not _bare_author(outlet["name"]) or not NAME.match(outlet["name"]):
        return None
    iso = dates.parse_date_line(first)
    return (iso, (outlet["name"],)) if iso else None


_NAME_AND_OUTLET = re.compile(rf"^\s*(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{1,3}})\s*\((?-i:[A-Z])[\w .&'’-]{{1,30}}\)\s*$")
"""A bare name and the paper it writes for in brackets, on a row with the date."""


def _signed_row(parts: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """A row of three or four parts: one a byline with its keyword, one a date line, the others
    a section's name of at most SECTION_LABEL_WORDS words ("India News | Reported by Kavita
    Rathod, Edited by Arjun Sen | Updated: August 10, 2019 14:22 IST")."""
    signed = [(k, names) for k, p in enumerate(parts) if (names := parse_byline(p, bare_names_allowed=False))]
    dated = [(k, iso) for k, p in enumerate(parts) if (iso := dates.parse_date_line(p))]
    if (not signed and len(parts) == 3 and [k for k, _ in dated] == [2] and _is_bare_row_name(parts[1])
            and len(parts[0].split()) <= SECTION_LABEL_WORDS and not _DIGIT.search(parts[0])):
        return dated[0][1], (parts[1],)  # the name bare between the section and the date: "Cities | Nikita Mehra | Updated: August 19, 2019 ..."
    if len(signed) != 1 or not dated:
        return None
    read = {signed[0][0]} | {k for k, _ in dated}
    if any(len(p.split()) > SECTION_LABEL_WORDS or _DIGIT.search(p) for k, p in enumerate(parts) if k not in read):
        return None
    return dated[0][1], signed[0][1]


SECTION_LABEL_WORDS = 3


def _is_bare_row_name(text: str) -> bool:
    """A person's name of two to four words without "By" on a row of parts, not a region's or a place's ("South Asia", "New Delhi")."""
    words = text.split()
    return (2 <= len(words) <= 4 and _may_be_a_name(text) and bool(NAME.match(text)) and not places.is_place(text)
            and not any(w.casefold() in _COMPASS_WORDS for w in words) and not OUTLET_NAME.match(text))


def _date_then_name(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A date (and its time) with a name glued after it: "2019.03.13. 08:41Tóth Eszter" (Index.hu's row)."""
    if len(text) > GLUED_BYLINE_MAX_CHARS or not (found := dates.find_date(text)) or _TIME_BEFORE_DATE.sub("", text[:found[1].start()]).strip():
        return None
    glued = _GLUED_NAME_AFTER_DATE.match(text, found[1].end())
    if not glued or not NAME.match(glued["name"]) or not _may_be_a_name(glued["name"]):
        return None
    if glued["role"] and glued["role"].split()[-1].casefold() not in PERSONAL_ROLE_WORDS | {"journalist"}:
        return None
    return found[0], (glued["name"],)


_GLUED_NAME_AFTER_DATE = re.compile(rf"[.,]?(?:\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?)?(?<=\d)(?P<name>{_SIGNED_NAME})"
                                    r"(?:\s*,\s*(?P<role>[^\W\d_][^,\d]{1,40}))?\s*$")
"""After the date: its time, then the name with nothing between, and the author's role after a
comma (`_date_then_name`): "6:41 am on 12 June 2019Elena Tuilagi, Pacific Journalist" (RNZ's)."""
_TIME_BEFORE_DATE = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:on|at)?\s*$", re.IGNORECASE)


# A time of day written before a date on a signature ("8:42 a.m. EDT", "3:17 PM").
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?", re.IGNORECASE)
_NAME_GLUED_TO_TIME = re.compile(r"[^\W\d_]\d{1,2}:\d{2}")
_NAME_FIRST = re.compile(rf"^\s*(?P<name>{_SIGNED_NAME}(?:\s+(?:{_NAME_JOINERS})\s+{_SIGNED_NAME})?)\s*(?:(?:,|\||·|•|—|–|(?<=\s)[-/](?=\s)|(?<=[^\W\d_])-(?=\s))\s*(?P<rest>[^|·•]*?))?\s*$")
NAME_THEN_DATE_MAX_WORDS = 20
_AUTHOR_LABEL = re.compile(r"^\s*(?:(?:author|autor|автор|yazar|текст)\s*:?\s+(?=[^\W\d_])|(?:tekst|texte?|texto|testo)\s*:?\s+(?=(?-i:[A-ZÀ-Þ])))", re.IGNORECASE)
"""The label before the name, without its colon: "Автор Алёна ВедерниковаОпубликовано 12.04.2019", "Tekst Hanneke Verbeek en
Joost de GraafFoto’s Merel Tuk8 maart 2019"."""
_IN_PLACE = re.compile(rf"\s+(in\s+[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})$")
"""Where the author wrote from, between the name and the date, as the FT signs: "... in London"."""
_DATE_LABEL = re.compile(rf"\s(?:{dates.DATE_LABEL_WORDS})\b", re.IGNORECASE)
_DATE_LABEL_END = re.compile(rf"\s+(?:{dates.DATE_LABEL_WORDS})\s*:?\s*$", re.IGNORECASE)


_COUNTERS_AFTER = re.compile(r"^[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?[\s,]*"
                             r"(?:[\d,.]+[KkMm]?\s+(?:views?|comments?|shares?|reads?|reactions?)\b\s*){1,3}$", re.IGNORECASE)
"""What a page's meta row may give after the date: the time and its counters ("3:04 PM 14,207 Views 23 Comments")."""


_NAME_DATE_SEPARATOR = re.compile(r"[,|·•–—]|\s[-/](?:\s|$)|^-\s")  # (a dash glued to the name: "Ryan Caldwell- Jun. 17th 2019")


# The first words of places of two or three words, which may stand after a name where a second name
# could ("Jane Doe, New York March 3, 2019", "..., Hong Kong", "..., Buenos Aires").
_PLACE_LEAD = re.compile(r"^(?:New|Los|Las|San|Santa|Santo|Saint|St\.?|Hong|Cape|Tel|Buenos|Abu|Kuala|Rio|Sao|São|Port|Puerto|Mexico|Panama"
                         r"|Kansas|Salt|Sri|El|La|Le|Al|Ho|Addis|Dar|Phnom|Costa|Hamilton|Fort|Mount|North|South|East|West|Upper|Lower)\s")


def _name_then_date(text: str) -> tuple[str, tuple[str, ...]] | None:
    """One name, then the date, on a signature line without "by": "Doug Stanglin, USA TODAY 8:42
    a.m. EDT October 3, 2014", "Linette Lopez | Sep. 21, 2011, 3:17 PM | 1,209 | 5". Between the
    name and the date only an outlet or a role of up to four words, a time and separators."""
    if len(text) > 40 * NAME_THEN_DATE_MAX_WORDS or sum(1 for w in text.split() if _WORD_CHAR.search(w)) > NAME_THEN_DATE_MAX_WORDS:
        return None  # (a paragraph: a signature is short, and looking for a date in every paragraph of a header window is slow)
    text = _GLUED_DAY_WORD.sub(r" \1", dates.GLUED_LABEL.sub(" ", text))  # "Rizwan Haider AbbasiPublished March 27, 2019"
    found = dates.find_date(text)
    if found is None or SIGNED_NAMES.search(text):
        return None
    head = text[:found[1].start()]
    if (weekday := dates.WEEKDAY.match(head)) and not head[weekday.end():].strip():
        return None  # the date's weekday, in a language whose names of days have two words: "Dé Céadaoin 13 Márta 2024"
    unglued = _unglued(head)
    before = _DATE_LABEL_END.sub("", _AUTHOR_LABEL.sub("", unglued))  # "Ritika Sharma and Anupam TiwariHindustan Times, Kesharganj Updated: ..."
    raw = _IN_PLACE.sub(r", \1", DATE_JOINER.sub("", _TIME_OF_DAY.sub("", before)))  # "Harriet Colquhoun in London March 20 2019"
    match = _NAME_FIRST.match(raw.rstrip(" \t|·•,–—-"))
    # a separator after the name: "Most Popular October 3, 2014" is a label over a date; or the
    # date glued to the name by the copy ("Miriam CastellanosApril 23, 2019", "ΜΑΡΙΑ ΣΤΑΥΡΙΔΟΥ08.10.2019"),
    # or its weekday ("Tanya WaterhouseThursday 25 Jul 2019")
    glued = found[1].start() > 0 and text[found[1].start() - 1].isalpha() or len(unglued) < len(head.rstrip())
    glued = glued or "|" in text[found[1].end():]  # nothing between, the row's other parts after: "Радослава Петкова 1 дек 2019, 9:00|4 218 прочитания"
    glued = glued or bool(_COUNTERS_AFTER.match(text[found[1].end():]))
    glued = glued or bool(_NAME_GLUED_TO_TIME.search(head))  # "Hannah Kozlowski10:43 AM CDT on May 15, 2019"  # "Clíodhna Brady Sep 16th 2019, 3:04 PM 14,207 Views 23 Comments"
    labelled = bool(_DATE_LABEL.search(text[:found[1].start()]))  # "Romain Dulac mis à jour le 9 novembre 2019 à 23h12"
    if labelled and not match and 2 <= len(words := raw.strip(" \t|·•,–—-:").split()) <= 4 and _uncased_name(" ".join(words)):
        return found[0], (" ".join(words),)  # a name in a script without capitals, then the date's label: "נועה גולדברג פורסם: 16.07.19"
    rest = (match.group("rest") or "").split() if match else []
    if (not match or not all(NAME.match(n) for n in _split_names(match.group("name")))
            or len(rest) > (NAME_ROLE_MAX_WORDS * 2 if rest and rest[0].casefold() in PERSONAL_ROLE_WORDS else 4)
            or not (glued or labelled or _NAME_DATE_SEPARATOR.search(raw[match.end("name"):])
                    or not rest and len(_split_names(match.group("name"))) >= 2  # names joined, the date after: "Nadia Ferreira and Tom Whitaker Aug 22, 2019"
                    or before.startswith(match["name"]) and _NAME_DATE_SEPARATOR.search(before[match.end("name"):]))):  # (", Wednesday 12 Jun 2019")
        return None
    if dates.DATE_LABEL_START.match(match["name"]):
        return None  # the date's label and its weekday: "Actualizado Miércoles, 3 diciembre 2025 - 12:14"
    names = _without_roles(_split_names(match.group("name")))
    second = " ".join(rest)
    if (len(names) == 1 and 2 <= len(rest) <= 3 and "," in raw[match.end("name"):match.start("rest")] and NAME.match(second)
            and not second.isupper() and not OUTLET_NAME.match(second) and _may_be_a_name(second)
            and not (ROLE_WORDS | DESK_WORDS).intersection(second.casefold().split()) and not _PLACE_LEAD.match(second)):
        names = (*names, second)  # a second name after the comma, not an outlet: "Linda Sjöberg, Jonas Holmén 1.3.2019 - 16:20"
    if not names or any(NOT_A_NAME.match(n) or n.split()[0].casefold() in dates.MONTHS
                        or NON_NAME_WORDS.intersection(n.casefold().split()) for n in names):
        return None
    return found[0], names


# A name and the author's handle after it, glued or after a comma: "Maren Okafor@marenokafor / 6:00 am
# PST • March 5, 2019", "Devin Castellano, @devcastellano".
_NAME_AND_HANDLE = re.compile(rf"^\s*(?P<name>{_SIGNED_NAME})\s*,?\s*@\w{{1,30}}\b")


def _name_with_handle(text: str) -> tuple[str, ...] | None:
    """The names on a signature line that gives each author's handle after the name
    ("Maribel Santacruz@mbsantacruz / Jens Hakkarainen@jhakk", "Ana Roe @anaroe and Al Lee @allee")."""
    names: list[str] = []
    if _TRAILING_EMAIL.search(text):
        return None  # an e-mail address, no handle: "Jessica Tiernan-Boydjtiernanboyd@lakegenevanews.net"
    for part in _HANDLED_PARTS.split(text):
        match = _NAME_AND_HANDLE.match(part)
        name = _unglued(match.group("name")) if match else ""  # (a role and the button glued before the handle: "Ethan HollowayReporterFollow @EthanHollowayMEN")
        if not name or not NAME.match(name):
            break
        names += _without_roles(_split_names(name))
    return tuple(names) or None


_HANDLED_PARTS = re.compile(r"(?<=\w)\s*(?:/|\||,|\s(?:and|&)\s)\s*(?=[^\W\d_])")


def _is_title(line: SourceLine, cues: dict[int, str], following: list[SourceLine]) -> bool:
    """A headline is short and does not end like a sentence (a question or exclamation may)."""
    text = line.text.strip()
    words = word_count(text)
    longest = LONG_HEADLINE_WORDS if cues.get(line.number) == "headline" else MAX_HEADLINE_WORDS  # (the classifier's, over summary points)
    if not following or words == 0 or words > longest or cues.get(line.number) == "speaker" or dates.parse_date_line(text) or (
            (BYLINE.match(text) or GLUED_BY.match(text)) and parse_byline(text)):
        return False  # (a date alone is the dateline, not a title: "September 15, 2014" over "Voice interfaces"; nor is "BY Christopher Mah",
        # nor "ByDana R. Whitcomb")
    if cues.get(line.number) == "headline":  # the boilerplate stage's (a Title Case headline may end "Worry.")
        return not text.endswith((",", ";", ":"))
    if SENTENCE_END.search(text) and not ELLIPSIS_END.search(text):
        return False
    return not LIST_ITEM.match(text)


def _is_standfirst(line: SourceLine) -> bool:
    return 5 <= word_count(line.text) <= 80


def _uncased_name(text: str) -> bool:
    """A name in a script without capitals (Devanagari, Arabic, Persian, Hebrew, Chinese), after a
    byline keyword: one to four words of letters (an initial may end with a full stop: "അനൂപ് കെ.
    മോഹൻ"), none of them upper or lower case."""
    words = text.split()
    return (1 <= len(words) <= 4 and all(c.isalpha() or unicodedata.category(c).startswith("M") or c == "." and w.endswith(".") for w in words for c in w)
            and not any(c.isupper() or c.islower() for c in text))  # (letters and their marks only: not "来源： 中国日报网")


# A Turkish desk's signature after the name: the city in capitals and the agency ("/İZMİR,(DHA)", " - ANKARA (AA)").
_PLACE_AND_AGENCY = re.compile(rf"\s*[/–-]\s*[{CAPITAL}][{CAPITAL}'’.\s-]{{1,30}}?\s*,?\s*\(\s*[A-ZİĞŞÇÖÜ]{{2,6}}\s*\)\s*$")
_COMMA_AUTHOR = re.compile(rf"^\s*(?:{COMMA_AUTHOR_LABELS})\s*,\s*", re.IGNORECASE)


_SLASHED_ROLE = re.compile(rf"\s*/\s*{SLASHED_ROLE}(?=\s+(?:y|and|e|et|und|i)\s|\s*$)")
_OUTLET_END_WORDS = "International|Weekly|Magazine|Media|Online|Wire|Office|Service|Bureau|Network"
# A paper's word that leads its name in Spanish, Portuguese, Italian, German, French: "Noticias Altiplano", "Diário do Sertão".
_PAPER_LEAD_WORDS = r"(?:Noticias|Notícias|Diario|Diário|Jornal|Correo|Correio|Periódico|Gazzetta|Corriere|Giornale|Nachrichten|Nouvelles)"
PAPER_AFTER_BAR = re.compile(rf"\s+(?:[|–—·•-]|(?i:special\s+to))\s+(?:(?=(?:\S+\s+){{0,3}}(?:{PAPER_WORDS}|Presse|Devoir|Soir|Monde|Parisien|Figaro|Tiempo|País|Nación|Zeitung|Agence|Agencia)\b)"
                             r"(?:The|Le|La|Les|L['’]|El|O|Il|Der|Die|De|Het)\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,7}"
                             rf"|(?P<plain>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,2}}\s+(?:{PAPER_WORDS}|{_OUTLET_END_WORDS})(?:\s+(?:{_OUTLET_END_WORDS}))?)"
                             rf"|(?P<lead>{_PAPER_LEAD_WORDS}(?:\s+(?:(?:de|del|do|da|della|di)\s+)?[A-Z][\w'’.&-]*){{1,3}}))$")
"""The paper after a bar or a dash that ends bare names, its name led by an article: "Kevin Dubé-Lachance | Le
Journal de Montréal avec l'Agence QMI", "Denise Pelletier-Wong Special to The Globe and Mail" (the name signs, as after "By");
or of capitalised words ending with a paper's or an office's word after a name of two words or more (`paper_after_name`):
"Dana Whitcomb | MIT News Office", "Aidan Koh, Singapore - Jane's Navy International", "Marianne Dubois · CBC News" (not
"Blog - Latest News"), or led by
one in another language: "Ana Lucía Bermúdez y Roberto Quiñones | Noticias Altiplano"."""


def paper_after_name(text: str) -> re.Match[str] | None:
    """`PAPER_AFTER_BAR` after something, and after two words at least when the paper has no article."""
    paper = PAPER_AFTER_BAR.search(text)
    return paper if paper and paper.start() > 0 and (not (paper["plain"] or paper["lead"]) or len(text[:paper.start()].split()) >= 2) else None


_OUTLET_TAIL = re.compile(r"\s+[-–—|]\s+[\w.]+$")
_DESK_AFTER_BAR = re.compile(r"\s*\|{1,2}\s*(?:[A-Z][\w&'’-]*\s+){0,3}(?:Desk|Bureau|Newsroom)\s*$")
"""A desk after the name and a bar, which signs it: "Kofi Mensah-Bonsu || Business Desk"."""
_SITE_TAIL = re.compile(r"\s+[-–—|]\s+(?:[a-z]+[A-Z]\w*|[\w-]+\.(?:com|id|co|net|org|my|ph|vn)(?:\.[a-z]{2})?)$")
"""...a site's own name in its camel case or its address ("Yudha Maulana - detakNews", "... | Kompas.com"), which signs one name too."""
"""One word after a dash or bar that ends bare names: the outlet ("... - detikNews", "... | Kompas.com")."""
_OUTLET_START = re.compile(r"^\s*(?:The|O|A|El|La|Le|Il|Lo|Der|Die|Das|De|Het)\s+[A-Z]")
"""An outlet's name after the names on a byline starts with an article ("O Estado de S.Paulo", "The Daily Item")."""


# Korean and Chinese signatures: the name, then "기자" (reporter), "박지훈 기자", "박지훈·이서연 기자", its page's
# link glued on ("최윤정 기자기자 페이지"); "记者" (reporter) before the names, "本报记者 杨晓岚", "记者 贺思远、林婉清".
_KOREAN_BYLINE = re.compile(r"^\s*(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3})\s*기자(?:\s*$|(?=기자|\s*[=|/·]|\s+\S*@))")
_CHINESE_BYLINE = re.compile(r"^\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:\d{1,2}:\d{2})?\s*)?(?:(?:来源|來源)\s*[：:]\s*\S{1,16}\s+)?"
                             r"(?:[\u4e00-\u9fff]{2,6}\s*(?:[／/]\s*)?)?(?:(?:记者|記者)\s*[：:]?|(?:作者|撰文|采写|採寫|文)\s*[：:／/])\s*"
                             r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4}){0,3})(?<!摄)(?<!攝)"
                             r"\s*(?:[／/]\s*[\u4e00-\u9fff]{0,8}(?:報導|报道|報道))?\s*$")
# (not a photo's credit: "本报记者 杨晓岚摄"; in traditional characters too, with the date and the paper before it and where
# it was reported after a slash: "2019-05-14 18:23聯合報 記者林佳慧／即時報導", "... 寶島新聞網／ 記者林怡君／台中即時報導"; the
# label "作者" (author), "撰文" (written by), "采写" (reported and written) or "文" (text) and a colon or a slash before the name:
# "文/黄诗琪", "撰文：梁嘉欣", "2024-04-26 21:37 来源：经纬财经 作者：钱思远")
_CHINESE_ROLE = re.compile(r"实习生|實習生|通讯员|通訊員|见习记者|見習記者|特约记者|特約記者")
"""A role between a Chinese byline's names: "潮涌新闻记者 邵雨桐 实习生 何佳" (an intern), "通讯员" (a correspondent)."""
# A WeChat article's header: "原创" (original), the writer, the account, the date: "原创 何雨萱 江城晚报 2024年10月12日 08:00 湖北".
# A Japanese page's writer, the family and given names apart, under a label ("文：佐伯 真理子　写真：高瀬 航", the photographer's
# credit after it) or after the writer's desk ("経済部　山岸 遼").
_JAPANESE_BYLINE = re.compile(r"^\s*(?:(?:取材・)?文(?:・写真)?\s*[：:]|執筆\s*[：:]|筆者\s*[：:]|[\u4e00-\u9fff]{1,5}[部局]\s)\s*"
                              r"(?P<names>[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})"
                              r"(?:[ \u3000]+(?:写真|撮影|イラスト|編集)\s*[：:].*)?\s*$")
_WECHAT_BYLINE = re.compile(r"^\s*原创\s+(?P<names>[\u4e00-\u9fff]{2,4})\s+\S{2,20}\s+\d{4}年\d{1,2}月\d{1,2}日")


_KOREAN_LABEL = re.compile(r"^\s*기자명\s*")
"""A Korean news site's label before the reporter: "기자명 강현우 기자" (reporter's name)."""
_KOREAN_BYLINES = re.compile(r"(?:[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3}\s*기자\s*){2,4}(?:[=|/·].*|\S*@.*)?")
"""Several reporters, each with "기자", glued or apart: "김철수 기자박지민 기자"."""


def east_asian_byline(text: str) -> tuple[str, ...] | None:
    """The names of a Korean or Chinese signature line (`_KOREAN_BYLINE`, `_CHINESE_BYLINE`); None for other lines."""
    if "기자" in text:
        text = _KOREAN_LABEL.sub("", text)
        if _KOREAN_BYLINES.fullmatch(text.strip()):
            return tuple(dict.fromkeys(n for part in re.findall(r"([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3})\s*기자", text)
                                       for n in re.split(r"[·,\s]+", part) if n))
    if japanese := _JAPANESE_BYLINE.match(text):
        return (" ".join(japanese["names"].split()),)
    found = _KOREAN_BYLINE.match(text) or _CHINESE_BYLINE.match(text) or _WECHAT_BYLINE.match(text)
    return tuple(n for n in re.split(r"[·,、，\s]+", found["names"]) if n and not _CHINESE_ROLE.fullmatch(n)) if found else None


# Chinese and Japanese wire stories name their reporters in the dateline opening the first
# paragraph: "新华社武汉5月14日电（记者 贺思远、林婉清）记者从...", "中新网上海7月3日电 (记者 冯嘉怡)“...",
# "【バンコク＝岸本悠斗】タイ北部で...". The paragraph stays whole (the dateline is the text's).
_CHINESE_WIRE_REPORTERS = re.compile(r"^[^\s（(“”]{2,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*[（(]\s*(?:本报|本台)?记者\s*"
                                     r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4}){0,3})\s*[）)]")
# ...and Korean ones, the place and the agency in brackets, the reporters and "기자" (reporter) before "=":
# "(서울=연합뉴스) 김민수 이지현 기자 = 열대야에 ..." (Yonhap's, and the papers that run its copy).
_KOREAN_WIRE_REPORTERS = re.compile(r"^\s*[（(][가-힣\s]{1,12}[＝=][^()（）]{1,20}[）)]\s*(?P<names>[가-힣]{2,4}(?:\s*[·,\s]\s*[가-힣]{2,4}){0,3})\s*기자\s*[＝=]")
# ...and Taiwan's, in brackets: "〔記者陳彥廷／屏東報導〕...", "（中央社記者賴素真台北14日電）..." (a name of three characters, then the place),
# several names: "（華聲社記者張淑芬、陳俊宏台北20日電）".
_TAIWANESE_WIRE_REPORTERS = re.compile(r"^\s*[〔\[（(【]\s*(?:[\u4e00-\u9fff]{1,4}社)?記者\s*"
                                       r"(?P<names>(?:(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2})、){0,3}(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2}))"
                                       r"(?:\s*[／/]\s*[\u4e00-\u9fff]{0,8}報導|(?=[\u4e00-\u9fff]{2,4}\d{1,2}日電))")
_JAPANESE_WIRE_REPORTERS = re.compile(r"^【[^【】＝=\s]{1,12}[＝=](?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,8}(?:、[\u3040-\u30ff\u4e00-\u9fff]{2,8}){0,3})】")


# Reporters' names in lenticular brackets glued to the text's last sentence, as Japanese papers sign
# ("...他の廃校の活用にもつなげたい」と期待を寄せている。【北村美咲】"); not a place and a name ("【バンコク＝岸本悠斗】").
_CLOSING_BRACKETED_NAMES = re.compile(r"[。！？」』]\s*【(?P<names>[\u3040-\u30ff\u4e00-\u9fff]{2,8}(?:[、，,][\u3040-\u30ff\u4e00-\u9fff]{2,8}){0,3})】\s*$")


def wire_reporters(text: str) -> tuple[str, ...] | None:
    """The reporters a Chinese, Japanese or Korean wire dateline names at the start of a paragraph; None otherwise."""
    found = (_CHINESE_WIRE_REPORTERS.match(text) or _JAPANESE_WIRE_REPORTERS.match(text) or _KOREAN_WIRE_REPORTERS.match(text)
             or _TAIWANESE_WIRE_REPORTERS.match(text))
    return tuple(n for n in re.split(r"[、，,·\s]+", found["names"]) if n) if found else None


def _east_asian_names(zone: list[Stripped], position: int) -> tuple[str, ...] | None:
    """The names of a Korean or Chinese signature line in `zone` and of those right under it, one to a line."""
    names: list[str] = []
    for line in zone[position:position + 4]:
        if not (found := east_asian_byline(line.text)) or (names and line.line < zone[position].line):
            break
        names += [n for n in found if n not in names]
    return tuple(names) or None


# When each author wrote a live page, in brackets after the name: "Helen Marsh (now) and Tom Aske (earlier)".
_WHEN_IN_BRACKETS = re.compile(r"\s*\((?:now|earlier|later|before|until\s+\w+|from\s+\w+)\)")
# A co-author in brackets after the name, "with" them: "Antoine Mercadier (avec Julien Roussel)",
# "Laura Benítez (con Pablo Ruiz)", "Jane Roe (with John Doe)".
# The place or role in brackets after a name that another name follows: "Par Élodie Marchand (Niort, correspondante)
# et Thomas Rivière".
_NOTE_BEFORE_NAME = re.compile(rf"\s*\([^()]{{2,50}}\)(?=\s+(?:{_NAME_JOINERS}|,)\s*[{CAPITAL}])")
_CO_AUTHOR_IN_BRACKETS = re.compile(rf"\s*\((?:avec|with|con|com|mit)\s+(?P<name>[{CAPITAL}][\w'’.-]+(?:\s+[\w'’.-]+){{1,3}})\)\s*$")


def _without_notes_in_brackets(text: str) -> str:
    """A byline without the notes in brackets after its names: when each wrote ("By Helen Marsh (now) and Tom Aske
    (earlier)"), or where and as what before the next name ("Par Élodie Marchand (Niort, correspondante) et Thomas Rivière")."""
    return _NOTE_BEFORE_NAME.sub("", _WHEN_IN_BRACKETS.sub("", text))


_NAME_FROM_PLACE = re.compile(rf"^\s*(?P<name>[^\d,]{{3,60}}?)\s+aus\s+[{CAPITAL}][\w.\-]+(?:\s+[{CAPITAL}][\w.\-]+){{0,2}}\s*$")


# A publisher's studio for sponsored pages, in a byline's place: "Partnerstudio", "Studio Partenaires", "Ledger Brand Studio".
_BRAND_STUDIO = re.compile(r"\b(?:partner(?:s|studio|content)?|partenaires?|studio|brand\s+lab)\b", re.IGNORECASE)


def _city_paper(text: str) -> bool:
    """A paper's name, its city before a paper's word: "Indianapolis Star", "Sacramento Bee", "Tulsa World" (not "Emily Post")."""
    words = text.split()
    return len(words) >= 2 and bool(OUTLET_NAME.match(text.strip())) and places.is_place(" ".join(words[:-1]), one_word=True)


def _no_person(names: tuple[str, ...]) -> bool:
    """The names a byline gives sign no person: a sponsored page's studio ("Door: Partnercontent", "a cura di Valdarno Partner
    Studio"), a page's label in a script without capitals ("بيان صحفي", a press release), or a dateline's place in a
    name's shape ("New York, March 6, 2025", "Den Helder, 6 maart 2025")."""
    return (all(_BRAND_STUDIO.search(n) for n in names) or any(_CASELESS_LABEL_WORDS.intersection(n.split()) for n in names)
            or all(places.is_place(n) for n in names))


SPACED_HANDLE = re.compile(r",?\s+@\w{1,30}\b(?!@)")
"""An author's handle after the name, set apart by a space or a comma ("Ana Roe @anaroe"), not an address's "@"."""


def parse_byline(text: str, *, bare_names_allowed: bool = True) -> tuple[str, ...] | None:
    """Names on a byline line, or None when the line is not a byline.

    `By Richard Weitz` -> ('Richard Weitz',); `Robin Dixon, Catherine Belton, Francesca Ebel`
    (bare names, only accepted in the header) -> three names.
    """
    if len(text) <= 60 and (east := east_asian_byline(text)):
        return east
    original = text
    if " @" in text:
        text = SPACED_HANDLE.sub("", text)  # the handles after the names: "By Ana Roe @anaroe and Al Lee @allee", "By Rehema Mbwambo @TheCitizenTZ"
    if "(" in text:
        text = _CO_AUTHOR_IN_BRACKETS.sub(r" and \g<name>", _without_notes_in_brackets(text))  # "Antoine Mercadier (avec Julien Roussel)";
        # a live page's "Helen Marsh (now) and Tom Aske (earlier)"
    if len(text) <= 60 and (placed := _NAME_FROM_PLACE.match(text)) and (NAME.match(placed["name"]) or BYLINE.match(placed["name"])):
        # an Austrian paper's reporter, from where they write: "Florian Gruber aus Hallstatt"
        text = placed["name"] if BYLINE.match(placed["name"]) else f"By {placed['name']}"
    if len(text) <= 60 and (glued := _PAPER_GLUED_BEFORE_NAME.match(text)):
        text = f"By {glued['name']}"  # "Ouest-FranceYann LE GOFF.": the paper's label glued before the name
    text = dates.GLUED_LABEL.sub(" ", _written_part(_COMMA_AUTHOR.sub("By ", _unglued(text), count=1)))  # the BBC World Service's "Author,Amina
    # Mwakalinga"; a date's label glued to the last name ("... and Priya RamanUpdated March 21, 2019")
    text = LOWER_CASE_TITLE.sub(r"\g<keyword>", text)  # "dr Anna Wiśniewska-Kaczor": the name without the degree
    linked = without_author_link(text)
    if linked and linked != text:  # the link to the author's page signs the name as a byline's
        text = linked if BYLINE.match(linked) else f"By {linked}"
    if "(" in text and (placed := _PLACE_AND_AGENCY.search(text)) and placed.start() > 0:
        text = f"By {text[:placed.start()]}"  # "Serkan Yılmaz/İZMİR,(DHA)": the city and the agency after the name sign it
    if "/" in text:
        text = _SLASHED_ROLE.sub("", text)  # "Alberto Medina Trejo / Corresponsal y Silvia Ortega": the role, not the tail
    bare = bare_names_allowed and len(text.split()) <= 14 and not text.endswith((".", "!", "?"))
    if bare and not BYLINE.match(text) and (paper := paper_after_name(text) or (
            (desk := _DESK_AFTER_BAR.search(text)) and _may_be_a_name(text[:desk.start()]) and desk)):
        text = f"By {text[:paper.start()]}"  # its paper after the name signs it: "Kevin Dubé-Lachance | Le Journal de Montréal avec l'Agence QMI"
        # (or its desk: "Kofi Mensah-Bonsu || Business Desk")
    match = BYLINE.match(text)
    if match:
        candidate = _before_date(BYLINE_TAIL.sub("", match.group("names")))  # "By Joseph Tsidulko November 19, 2019"
    elif bare:
        candidate = _OUTLET_TAIL.sub("", text)  # "Rolan Pratama, Nadia Safitri - detikNews"
    else:
        return None
    listed = _split_names(candidate)
    names = tuple(n for n in _without_roles(listed) if not _WEEKDAY_WORD.match(n) and not LONE_BYLINE_KEYWORD.match(n))
    # (not the date's weekday, "By Fri 17 Jan 2025", nor the keyword said twice: "By By - ...")
    if (len(names) > 1 and "," in candidate and (not NAME.match(names[-1]) or names[-1].startswith("The "))
            and _OUTLET_START.match(names[-1]) and _OUTLET_START.match(candidate.rsplit(",", 1)[1])):
        names = names[:-1]  # the outlet after the names: "Paula Ferreira e Ricardo Sampaio, O Estado de S.Paulo"
    if not names or not all(NAME.match(n) or (match and (SINGLE_NAME.match(n) or _uncased_name(n))) for n in names):
        return None
    if _no_person(names):
        return None
    if (not match and len(listed) < 2 and not _NAME_GLUED_TO_PAPER.search(original) and not _GLUED_LOWER_ROLE.search(original)
            and _glued_role_start(original) is None and not _SLASHED_ROLE.search(original) and not _SITE_TAIL.search(original)):
        return None  # one bare capitalised phrase is more likely a heading than a byline (but "Inês Carvalho e Lusa" is one,
        # and so is a name with its role after a slash: "Andre Bryce/Staff Reporter",
        # and so is a name with its paper or its role glued on: "Karan ChaudharyHindustan Times, New Delhi",
        # "Андрей Зарецкийобозреватель", "Gabrielle MarcotteJournaliste à l’environnement")
    return names


def _split_footnotes(kept: list[SourceLine]) -> tuple[list[SourceLine], tuple[Footnote, ...]]:
    """Trailing lines like `* An individual ...` are footnotes when a marker of the run is used in the body.

    A note whose marker was lost in the copy (003's `**`) is still a note when it stands in
    the same trailing run as one whose marker is found: it is kept as a footnote without a reference.
    """
    start = len(kept)
    while start > 0 and FOOTNOTE_LINE.match(kept[start - 1].text):
        start -= 1
    run, body = kept[start:], kept[:start]
    markers = [FOOTNOTE_LINE.match(line.text).group("marker") for line in run]  # type: ignore[union-attr]
    if not run or not any(_marker_used(marker, body) for marker in markers):
        return list(kept), ()
    notes = tuple(
        Footnote(id=_footnote_id(marker), marker=marker, text=FOOTNOTE_LINE.match(line.text).group("text").strip(), line=line.number)  # type: ignore[union-attr]
        for marker, line in zip(markers, run)
    )
    return body, notes


def _marker_pattern(marker: str) -> re.Pattern[str]:
    if marker.startswith("*"):
        return re.compile(r"(?<=[\w.,)”\"’])" + re.escape(marker) + r"(?!\*)")
    return re.compile(r"(?<=\S)" + re.escape(marker))


def _marker_used(marker: str, body: list[SourceLine]) -> bool:
    pattern = _marker_pattern(marker)
    return any(pattern.search(line.text) for line in body)


def _footnote_id(marker: str) -> str:
    if marker.startswith("*"):
        return f"n{len(marker)}"
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", marker) if ch.isdigit())
    return f"n{digits or '0'}"


def footnote_marker_pattern(marker: str) -> re.Pattern[str]:
    """Where a footnote marker stands in body text (used by the renderer)."""
    return _marker_pattern(marker)


def _attach_footnote_refs(paragraphs: tuple[Paragraph, ...], notes: tuple[Footnote, ...]) -> tuple[Paragraph, ...]:
    if not notes:
        return paragraphs
    patterns = [(note.id, _marker_pattern(note.marker)) for note in notes]
    return tuple(
        replace(p, footnote_refs=tuple(nid for nid, pattern in patterns if pattern.search(p.text))) if p.kind not in BLOCK_KINDS else p
        for p in paragraphs
    )  # (a program's "*" or "[1]" is no marker; a table's cells are shown as copied)


@dataclass(frozen=True)
class _Item:
    kind: str
    text: str
    line: int
    last_line: int = 0


def _with_drop_caps(body: list[SourceLine], lines: tuple[SourceLine, ...], verdicts: tuple[Verdict, ...],
                    ) -> tuple[list[SourceLine], tuple[tuple[int, str], ...]]:
    """A paragraph's first letter set as a drop cap copies as a line of its own ("E" over
    "xercice: après avoir lu ..."): put back in front of its paragraph, and its line recorded as
    used (`metadata_lines`, "drop-cap") instead of removed."""
    position = {line.number: k for k, line in enumerate(lines)}
    out, used = [], []
    for line in body:
        text = line.text.lstrip()
        k = position.get(line.number, 0) - 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        capital = lines[k].text.strip() if k >= 0 else ""
        if text[:1].islower() and not verdicts[k].keep and _DROP_CAP.match(capital) and capital[-1].isupper():
            line = SourceLine(line.number, capital + text)
            used.append((lines[k].number, "drop-cap"))
        out.append(line)
    return out, tuple(used)


_DROP_CAP = re.compile(r"^[\"“‘«]?[^\W\d_]$")
"""One letter, perhaps after an opening quotation mark (`_with_drop_caps` asks it to be a capital)."""

# A place dateline set over the first paragraph instead of at its start ("New York CNN —", or over
# three lines "New York" / "CNN" / "—", the dash alone under at most PLACE_DATELINE_LINES_OVER_DASH lines
# with no blank between them): at most this many words, the last line ending in a dash; looked for
# over the first PLACE_DATELINE_LOOKAHEAD kept lines.
PLACE_DATELINE_MAX_WORDS = 6
PLACE_DATELINE_LOOKAHEAD = 3
PLACE_DATELINE_LINES_OVER_DASH = 2
_LEAD_DASH = re.compile(r"(?:^|\s)(?:—|–|--)\s*$")


def _with_place_dateline(body: list[SourceLine], lines: tuple[SourceLine, ...]) -> tuple[list[SourceLine], tuple[tuple[int, str], ...]]:
    """The first paragraph with its place dateline put back in front of it ("New York CNN — Donald
    Trump brought ..."), the dateline's lines recorded as used ("place-dateline"), not removed,
    and no longer a line of the text of their own (a heading "New York")."""
    position = {line.number: k for k, line in enumerate(lines)}
    for index, paragraph in enumerate(body[:PLACE_DATELINE_LOOKAHEAD]):
        text = paragraph.text.strip()
        if not text[:1].isupper() or not _SENTENCE_LIKE_END.search(text) or _LEAD_DASH.search(text):
            continue
        k = position.get(paragraph.number, 0) - 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        if k < 0 or not _LEAD_DASH.search(lines[k].text):
            return body, ()
        lead = [lines[k]]
        if lines[k].text.strip() in ("—", "–", "--"):  # the dash alone, under the place and the outlet
            while k > 0 and len(lead) <= PLACE_DATELINE_LINES_OVER_DASH and lines[k - 1].text.strip():
                k -= 1
                lead.insert(0, lines[k])
        words = " ".join(line.text.strip() for line in lead).split()
        numbers = {line.number for line in lead}
        if (len(words) > PLACE_DATELINE_MAX_WORDS or not any(w[:1].isupper() for w in words)
                or any(line.number not in numbers for line in body[:index])):
            return body, ()
        joined = SourceLine(paragraph.number, " ".join(words) + " " + text)
        return [joined, *body[index + 1:]], tuple((n, "place-dateline") for n in sorted(numbers))
    return body, ()


LIVE_LABEL_CUES = ("live-time",)
"""The classifier's cue for a live entry's time: a `stamp` paragraph, a label over the entry."""


def _read_body(
    body: list[SourceLine], cues: dict[int, str]
) -> tuple[list[_Item], tuple[InnerHeader, ...], Field[str]]:
    items: list[_Item] = []
    inner: list[InnerHeader] = []
    date: Field[str] = Field()
    turns = _dash_dialogue(body)
    code = _code_blocks(body, cues)
    tables = _tab_tables(body, cues, set(code))
    for index, line in enumerate(body):
        if index in code or index in tables:
            if block := code.get(index) or tables.get(index):
                text, last = block
                items.append(_Item("code" if index in code else "table", text, line.number, last))
            continue
        text = line.text.strip()
        if index == 0 and (split := dates.split_dateline(text)):
            iso, text = split
            date = Field(iso, Origin("source", line.number, "dateline at the start of the first paragraph"))
        elif index < WIRE_DATELINE_PARAGRAPHS and not date.known and (iso := dates.wire_dateline(text)):
            # (under a pull quote or a caption the release's text may open with it)
            where = "the first paragraph" if index == 0 else "a paragraph under the text's first lines"
            date = Field(iso, Origin("source", line.number, f"wire dateline at the start of {where}"))
        if cues.get(line.number) in LIVE_LABEL_CUES:
            items.append(_Item("stamp", text, line.number))
            continue
        names = parse_byline(text, bare_names_allowed=False)
        if names and items and items[-1].kind == "heading":
            heading = items.pop()
            inner.append(InnerHeader(heading.text, heading.line, names, line.number, len(items)))
            continue
        signed = _cue_above(cues, line.number) == "byline"
        following = body[index + 1:index + 2]
        cue = cues.get(line.number, "")
        next_listed = bool(following) and cues.get(following[0].number) == "list-item"
        if cue == "list-item" and not next_listed and (_heads_what_follows(text) or not (index and cues.get(body[index - 1].number) == "list-item")):
            # a run's last line that is a heading over the text after the list ("Being a jerk" / "Credits / Thanks" /
            # prose), or a line alone ("Here are the takeaways:" / "The campaign comes to the courtroom" / prose)
            cue = "subheading" if _CJK_TITLE.match(text) else ""  # (in Chinese: "产品价格下跌拖累毛利", no capital says it)
        if index in turns or _is_dash_quote(text, body[index - 1].text if index else "", following[0].text if following else ""):
            items.append(_Item("p", text, line.number))  # "– Vi fick larmet 06.07 ..., säger ...": a quotation, as Nordic papers set them
            continue
        items.append(_Item(_kind(text, cue, following, signed), _strip_marker(text), line.number))
    return _facts_no_headings(items), tuple(inner), date


# A labelled fact: a label of a few words, a colon and its value ("Árbitro: Wilton Pereira Sampaio (GO)",
# "Local: Arena Castelão, em Fortaleza (CE)", "1. FC Heidenheim: Müller – Traoré, ...", "Saison 2023/24 (bis
# Winterpause): 18 Spiele"); the label at most LABEL_MAX_WORDS words.
_LABELLED_FACT = re.compile(r"^(\w[^:!?]{0,48}):\s+(\S.*)")
LABEL_MAX_WORDS = 6
SHORT_LABEL_WORDS = 2
HEADED_PROSE_MIN_WORDS = 8  # (a table's row under the facts, "Tiempo total 50 m", is no paragraph they head)


def _facts_no_headings(items: list[_Item]) -> list[_Item]:
    """Labelled facts in a row (a match's referee, venue and cards; a car's price and engine) are a box's lines, not
    subheadings, though each is short and unpunctuated: a heading next to another fact becomes a paragraph. The
    neighbour is a fact as a box sets it: a heading or a line without a closing stop ("Local: Arena Castelão"), or a
    short label over one clause ("Vitória SC: Bruno Varela; Alberto Costa, ... (Alioune Ndoye, 70')."); not a
    paragraph that opens with a label ("Pro tip: Check the chain, too. A chain ...", which a step's heading
    "Step 3: Shut off the water" stands over; "Geöffnet: 27. November bis ..." under "2. Colmar: Das Märchen").
    A heading over a paragraph stays one ("4. Riquewihr: Die Kulisse" under the last town's "Geöffnet: ... Uhr.",
    "Primeiro tempo: Bahia na frente, Fortaleza empata", "Tipps: So lässt sich sparen" under a related link), unless
    it ends a list of facts ("Konak: Göztepe" / "Gaziemir: Sevgi, Aktepe" / prose)."""
    def fact(item: _Item) -> bool:
        match = _LABELLED_FACT.match(item.text)
        if item.kind not in ("heading", "p", "list-item") or not match:
            return False
        label, value = match.groups()
        return len(label.split()) <= LABEL_MAX_WORDS and (
            item.kind == "heading" or not item.text.rstrip().endswith(TERMINAL)
            or len(label.split()) <= SHORT_LABEL_WORDS and not ends_a_sentence_inside(value))

    def is_box_line(k: int) -> bool:
        above = k > 0 and facts[k - 1]
        below = k + 1 < len(items) and facts[k + 1]
        heads_prose = (k + 1 < len(items) and items[k + 1].kind == "p" and not below
                       and len(items[k + 1].text.split()) >= HEADED_PROSE_MIN_WORDS)
        listed_above = above and items[k - 1].kind == "list-item"
        return (above or below) and (not heads_prose or listed_above)

    facts = [fact(item) for item in items]
    return [replace(item, kind="p") if item.kind == "heading" and facts[k] and is_box_line(k) else item
            for k, item in enumerate(items)]


def _code_blocks(body: list[SourceLine], cues: dict[int, str]) -> dict[int, tuple[str, int] | None]:
    """A program's or a shell session's lines set into the text (cue `code`), as one block each: at its first line's
    position the block's text (its lines as the source indents them, less the indent they share; a blank line kept between
    two runs with nothing else between them) and its last line's number, None at each of its other lines."""
    blocks: dict[int, tuple[str, int] | None] = {}
    index = 0
    while index < len(body):
        if cues.get(body[index].number) != "code":
            index += 1
            continue
        end, rows = index + 1, [body[index].text.rstrip()]
        while end < len(body) and cues.get(body[end].number) == "code":
            between = range(body[end - 1].number + 1, body[end].number)
            if any(cues.get(n, "blank") != "blank" for n in between):
                break
            rows += [""] * bool(between) + [body[end].text.rstrip()]
            end += 1
        blocks[index] = (textwrap.dedent("\n".join(rows).expandtabs(CODE_TAB_SIZE)), body[end - 1].number)
        blocks.update(dict.fromkeys(range(index + 1, end)))
        index = end
    return blocks


CODE_TAB_SIZE = 8
TAB_TABLE_MIN_ROWS = 3  # (as the classifier's `boilerplate.TABLE_MIN_ROWS`)


def _tab_tables(body: list[SourceLine], cues: dict[int, str], code: set[int]) -> dict[int, tuple[str, int] | None]:
    """A table as a browser copies it, its cells a tab apart ("Partia\tPoparcie\tZmiana" / "Lewica\t6,2%\t+0,3" / ...),
    as one block: TAB_TABLE_MIN_ROWS or more kept lines one under the other (blank lines alone between them), each with
    as many cells, two or more. At its first line's position the block's text (a row a line, its cells a tab apart, as
    copied) and its last line's number; None at each of its other lines. Its rows were read as list items, headings or
    paragraphs with their cells run together ("Niezdecydowani 4,4% -0,2" a subheading)."""
    def cells(index: int) -> int:
        return 0 if index in code else tab_cells(body[index].text)

    blocks: dict[int, tuple[str, int] | None] = {}
    index = 0
    while index < len(body):
        width, end = cells(index), index + 1
        while (width >= 2 and end < len(body) and cells(end) == width
               and all(cues.get(n, "blank") == "blank" for n in range(body[end - 1].number + 1, body[end].number))):
            end += 1
        if width >= 2 and end - index >= TAB_TABLE_MIN_ROWS:
            rows = ["\t".join(cell.strip() for cell in body[k].text.strip().split("\t")) for k in range(index, end)]
            blocks[index] = ("\n".join(rows), body[end - 1].number)
            blocks.update(dict.fromkeys(range(index + 1, end)))
        index = end
    return blocks
_DASH_QUOTE = re.compile(r"^\s*[–—]\s+\S")
DASH_QUOTE_MIN_WORDS = 6


def _is_dash_quote(text: str, above: str, below: str) -> bool:
    """A quotation opened by a dash, as Nordic, Slavic and some other papers print speech ("– Först
    trodde vi att det skulle ta några minuter. Sedan blev det en timme."): a sentence of at least
    DASH_QUOTE_MIN_WORDS words between lines that are not items of a list; it stays a paragraph with its dash."""
    return (bool(_DASH_QUOTE.match(text) or _HYPHEN_QUOTE.match(text)) and len(text.split()) > DASH_QUOTE_MIN_WORDS
            and bool(_SENTENCE_LIKE_END.search(text)) and not LIST_ITEM.match(above.strip()) and not LIST_ITEM.match(below.strip()))


def _dash_dialogue(body: list[SourceLine]) -> set[int]:
    """Positions of an interview's turns, each opened by a dash, as Slavic and Nordic papers print
    them ("– Вы ожидали такого приговора?" / "– Адвокат нас готовила. ..."): two lines or more in a
    row, each ending like a sentence, one of them at least a question. Paragraphs with their dash,
    not a list's items (a list asks nothing)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(len(body) + 1):
        text = body[index].text.strip() if index < len(body) else ""
        if _DASH_QUOTE.match(text) and _SENTENCE_LIKE_END.search(text):
            run.append(index)
            continue
        if len(run) >= 2 and any(body[k].text.rstrip().rstrip("\"'”»").endswith(("?", "？")) for k in run):
            found.update(run)
        run = []
    return found


# ...or by a hyphen, as Serbian and Croatian papers do, when a dash and the speaker close it: "- Plaćamo
# sve više, a autobus 75 čekam i po pola sata. ... - kaže Snežana (54) iz Zemuna." (not a list's item).
_HYPHEN_QUOTE = re.compile(r"^\s*-\s+\S.*\S\s[-–—]\s+(?-i:[a-zà-ÿа-яё])\w*(?:\s+\S+){0,9}\s*[.!?]$")


def _heads_what_follows(text: str) -> bool:
    """A short title in Title Case ("Usage", "Credits / Thanks", "Conference Call Information"), or in Chinese, Japanese or
    Korean characters alone, no stop, no figure ("产品价格下跌拖累毛利")."""
    return (len(text.split()) <= 4 and title_cased(text) and not text.rstrip().endswith(TERMINAL) and not LIST_ITEM.match(text)
            or bool(_CJK_TITLE.match(text)))


_CJK_TITLE = re.compile(r"^\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,16}\s*$")


def _cue_above(cues: dict[int, str], number: int) -> str:
    """The cue of the nearest line above that is not blank."""
    k = number - 1
    while cues.get(k) == "blank":
        k -= 1
    return cues.get(k, "")


# The signature an embedded social post ends with, copied as text: "— Arvind Kejriwal
# (@ArvindKejriwal) November 1, 2019", "— Jane Doe (@jdoe) 3:04 PM - 5 Nov 2019".
EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)(?:\s+\S.{0,60})?$")


def _kind(text: str, cue: str, following: list[SourceLine], signed: bool = False) -> str:
    """A line's kind; `signed`: right under a byline, where a long heading is the headline of the piece it signs."""
    if cue == RETURNED_NAMES or EMBED_SIGNATURE.match(text):
        return "p"  # (an embedded post's signature, "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019", is no heading)
    if following and EMBED_SIGNATURE.match(following[0].text.strip()):
        return "quote"  # the post it signs
    if DASHED_HEADING.match(text):
        return "heading"
    if _is_bullet(text):
        return "list-item"
    if NUMBERED_ITEM.match(text):
        if cue == "list-item" or (following and LIST_ITEM.match(following[0].text.strip())):
            return "p"  # an item of a list ("1. Eggs" / "2. Flour"): a line with its number, not a heading
        text = NUMBERED_ITEM.sub("", text)
    words = word_count(text)
    if (cue in ("headline", "subheading", "heading") and words <= MAX_HEADLINE_WORDS and not text.endswith((".", ",", ";", ":"))
            and not _is_fragment(text)
            and (cue == "headline" or signed or words <= SUBHEADING_MAX_WORDS or title_cased(text) or not INNER_STOP.search(text))):
        return "heading"
    if cue == "caption":
        return "caption"
    if cue == "speaker":
        return "speaker"  # a speaker's name over a turn of an interview ("OWEN MARCUS"), or a letter's signature, no heading
    if cue in ("table-row", "card-details"):
        return "p"  # a table's row, a line of its own ("Noordmelk 58,25 56,75 +1,50"); an event card's time, place and price
    if cue == "pull-quote":
        return "quote"  # a sentence of the text said again in large type, as the page sets it apart
    if _is_whole_quotation(text) and words >= 8:
        return "quote"
    if (cue == "list-item" and 1 <= words <= 14 and not text.endswith((".", "!", "?", "…", ",", ";", ":"))
            and text.split()[-1].casefold() not in _OPEN_ENDINGS):
        return "list-item"  # an item the classifier read under its list's introducing line: "pay £1.4m towards ...", "... (won replay 1-0)"
    if following and 1 <= words <= 14 and not text.endswith(TERMINAL + (",",)) and not _is_fragment(text):
        # a short line over the next: an item of a run the classifier read as a list whose bullets the copy lost ("Signs
        # that a child may need an eye exam include:" / "Squinting or tilting the head to see" / "22 tiny homes" / ...),
        # or a subheading
        if cue == "list-item":
            return "list-item"
        if text[:1].isupper():
            return "heading"
    return "p"


# A subheading inside the text is short: a longer line without a full stop that has a stop or a
# colon inside is sentences the copy lost the last stop from ("Das Thema ... wird seit Jahren
# intensiv diskutiert: Die elektronische Patientenakte (ePA)"), a caption or a quoted post;
# unless its words are capitalised as a title's are ("Provided You Have A Solid Internet
# Connection, The Streaming Quality Seems ..."), or it stands under a byline, heading the piece
# that byline signs. (A long line of one clause stays a heading: "Clark Boyd is technology
# correspondent for The World, a BBC World Service and WGBH-Boston co-production", BBC.)
SUBHEADING_MAX_WORDS = 14
INNER_STOP = re.compile(r"[.!?:]\s")
# A full stop after a title, an initial or an abbreviation with stops of its own ends no
# sentence: "Mr. Trump", "John M. Ford", "U.S. troops".
_STOP_AFTER = re.compile(r"(?<!\S)(\S+?)([.!?:])\s")
ABBREVIATED_TITLES = frozenset(
    "mr mrs ms messrs dr st jr sr gen sen rep gov lt col sgt capt cmdr adm prof rev fr no nos vs mt ft".split())


def ends_a_sentence_inside(text: str) -> bool:
    """A sentence ends inside `text` (INNER_STOP, but not a stop after an abbreviation)."""
    for match in _STOP_AFTER.finditer(text):
        word, stop = match.groups()
        if stop == "." and (len(word) == 1 or "." in word or word.lower() in ABBREVIATED_TITLES):
            continue
        return True
    return False
TITLE_CASE_SHARE = 0.8


def title_cased(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# A heading does not end on a word that needs another after it ("The men's 800m went to form in
# Sheffield as": a line broken in the middle of a sentence).
_OPEN_ENDINGS = frozenset("a an the and or but as than that of".split())


def _is_fragment(text: str) -> bool:
    """Part of a sentence on a line of its own: it starts with a lower-case word ("was", "beat",
    "agent provocateur"; not "iPhone") or ends on an article or conjunction."""
    words = text.split()
    return bool(words) and (words[0].islower() or words[-1].casefold() in _OPEN_ENDINGS)


def _is_whole_quotation(text: str) -> bool:
    """The paragraph is one quotation: it opens and closes with quotation marks and none of its
    kind closes in between. '"We are pleased," Mr Varley said. "Barclays ..."' and "'We are
    pleased,' Mr Varley said. 'Barclays ...'" are narration with quotes."""
    if not (text.startswith(QUOTE_OPEN) and text.endswith(QUOTE_CLOSE)):
        return False
    inner = text[1:-1]
    if text[0] in _DOUBLE_QUOTES:
        return not any(mark in inner for mark in _DOUBLE_QUOTES)
    return not _SINGLE_CLOSED.search(inner)


# A single quotation mark that closes a quotation: after the quotation's last punctuation and
# before more text ("pleased,' Mr Varley said"), unlike an apostrophe ("don't", "players' union").
_SINGLE_CLOSED = re.compile(r"[,.!?…;:][’'›]\s+\S")
_DOUBLE_QUOTES = '"“”«»„'


def _is_bullet(text: str) -> bool:
    return bool(LIST_ITEM.match(text)) and not NUMBERED_ITEM.match(text) and not DASHED_HEADING.match(text)


def _strip_marker(text: str) -> str:
    """A bullet's marker goes (the page shows its own); a number stays; a subheading's dashes go
    (the page shows it as a heading)."""
    if dashed := DASHED_HEADING.match(text):
        return dashed["title"]
    return LIST_ITEM.sub("", text) if _is_bullet(text) else text


def paragraph_id(text: str) -> ParagraphId:
    """A content-derived anchor: survives rebuilds and edits elsewhere in the article."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return ParagraphId("p-" + hashlib.blake2b(normal.encode(), digest_size=4).hexdigest())


def _with_ids(items: list[_Item]) -> tuple[Paragraph, ...]:
    seen: dict[str, int] = {}
    out = []
    for item in items:
        pid = paragraph_id(item.text)
        seen[pid] = seen.get(pid, 0) + 1
        if seen[pid] > 1:
            pid = ParagraphId(f"{pid}-{seen[pid]}")
        out.append(Paragraph(id=pid, kind=item.kind, text=item.text, line=item.line, last_line=item.last_line))  # type: ignore[arg-type]
    return tuple(out)


def _notices(stripped: tuple[Stripped, ...], notes: tuple[Footnote, ...]) -> tuple[Notice, ...]:
    found = [Notice(NOTICE_REASONS[s.reason], s.text, s.line) for s in stripped
             if s.reason in NOTICE_REASONS and (s.reason != "legal-label" or _LEGAL_NOTICE.search(s.text))]
    found += [Notice("legal-label", f"{n.marker} {n.text}", n.line) for n in notes if LEGAL_LABEL.search(n.text)]
    return tuple(sorted(found, key=lambda n: n.line))


# A paywall's prompt this many lines or fewer below the last paragraph cut the copy there.
PAYWALL_GAP_LINES = 8


_UNPUNCTUATED_SCRIPT = re.compile("[\u0e00-\u0eff]")
"""Thai and Lao letters, whose sentences end without a full stop."""


def _truncation(paragraphs: tuple[Paragraph, ...], stripped: tuple[Stripped, ...] = (), rows: frozenset[int] = frozenset()) -> Field[bool]:
    """Whether the copy stops before the article's end, and why it looks so: the last paragraph
    stops without closing punctuation, or a paywall's prompt follows it ("To Read the Full
    Story", "Subscribe to continue reading"). An ellipsis alone is no sign: an article may end
    on one ("... the adroit hands of a magician might be required...", BBC); nor is a table's
    last row (source lines `rows`: "4 „Dzintars“ 0 3"), which ends with no mark."""
    prose = [p for p in paragraphs if p.kind in ("p", "quote") and p.line not in rows]
    if not prose:
        return Field(False, Origin("derived", None, "no prose paragraph"))
    last = prose[-1]
    end = END_MARK.sub("", last.text.rstrip())
    unmarked = _UNPUNCTUATED_SCRIPT.search(end[-1:]) is not None  # (Thai and Lao end a sentence with a space, no mark)
    tabled = any((p.line in rows or p.kind == "table") and p.line > last.line for p in paragraphs)  # (the copy goes on past it, with a table)
    if not end.endswith(TERMINAL) and not _QUOTE_CLOSED.search(end) and not unmarked and not tabled:
        return Field(True, Origin("inferred", last.line, "the last paragraph stops without closing punctuation"))
    gate = next((s for s in stripped if s.cue == "paywall" and 0 < s.line - last.line <= PAYWALL_GAP_LINES), None)
    if gate is not None:
        return Field(True, Origin("inferred", last.line, f"a paywall's prompt follows the last paragraph (line {gate.line}: “{gate.text}”)"))
    if unmarked:
        return Field(False, Origin("derived", None, "the last paragraph is in a script whose sentences end without a mark"))
    if tabled and not end.endswith(TERMINAL) and not _QUOTE_CLOSED.search(end):
        return Field(False, Origin("derived", None, "a table's rows follow the last paragraph"))
    return Field(False, Origin("derived", None, "the last paragraph ends with punctuation"))
