"""Stage 5: where each metadata value comes from.

Takes a structured article and its catalog entry; returns the article with catalog facts
filled in (the catalog wins over the text, and the text's differing value is kept as a
note), the publisher inferred from the publisher's own boilerplate when nothing states it,
and the language inferred from common words. Never invents a value: unknown stays unknown.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from .boilerplate import PAGE_ADDRESS, content_words
from .catalog import CatalogEntry
from .model import Article, Field, Origin, Stripped

# Publisher names stated in the publisher's own boilerplate: donation appeals, funding lines,
# copyright lines and opinion disclaimers. Each captures a capitalised name of 1-5 words.
_NAME = r"(?P<name>(?:The\s)?[A-Z][\w'’&.-]*(?:\s(?:of\s|the\s|&\s|and\s)?[A-Z][\w'’&.-]*){0,4})"
PUBLISHER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("donation appeal", re.compile(rf"^Support {_NAME}[!.]?$")),
    ("donation appeal", re.compile(rf"By supporting {_NAME},")),
    ("message header", re.compile(rf"^A Message from {_NAME}:?$")),
    ("funding line", re.compile(rf"^The work of {_NAME} is supported by")),
    ("reprint notice", re.compile(rf"hyperlink to the {_NAME} material")),
    ("opinion disclaimer", re.compile(rf"do not necessarily reflect the (?:position|views?|opinion) of {_NAME}\.?$")),
)
# A copyright line names its holder among years, symbols and the rights phrase: "Copyright ©2019
# Dow Jones & Company, Inc. All Rights Reserved.", "©All Rights Reserved Poynter Institute 2019",
# "© Copyright 2019, The Spokesman-Review | Community Guidelines". The holder is the first run
# of capitalised words (with "of", "the", "and", "&" between them) once those are taken out.
COPYRIGHT_LINE = re.compile(r"^\W*(?:copyright\b|©|\(c\)\s)", re.IGNORECASE)
COPYRIGHT_MARK = re.compile(r"©|\(c\)|\b(?:19|20)\d\d\b", re.IGNORECASE)
COPYRIGHT_LEAD = re.compile(r"^[\s,:]*(?:(?:copyright\b|©|\(c\)|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)[\s,:.]*)+", re.IGNORECASE)
RIGHTS_RESERVED = re.compile(
    r"all\s+rights\s+reserved|todos\s+os\s+direitos\s+reservados|todos\s+los\s+derechos\s+reservados"
    r"|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|все\s+права\s+защищены|riproduzione\s+riservata"
    r"|tutti\s+i\s+diritti\s+(?:sono\s+)?riservati|wszelkie\s+prawa\s+zastrzeżone|усі\s+права\s+захищені|всі\s+права\s+захищені",
    re.IGNORECASE)
# A holder named in quotation marks after its legal form or kind: "© АО «Бизнес Ньюс Медиа»",
# "© 2000-2025 Сетевое издание «Фонтанка.ру»": the name is the quoted one.
QUOTED_HOLDER = re.compile(r"^(?:[^\s«»\"“”.]+\s+){0,3}[«\"“](?P<name>[^«»\"“”]{2,60})[»\"”]")
# A photographer's credit with the sign, for the publication: "© Lena Beispiel für ZEIT ONLINE".
CREDIT_FOR = re.compile(r"^\s+(?:for|für|pour|para|per|для)\s", re.IGNORECASE)
_HOLDER_WORD = r"[“\"‘]?[A-Z0-9À-ÝА-ЯЁ][\w'’&./\-”\"]*"  # "RFE/RL"
COPYRIGHT_HOLDER = re.compile(rf"^{_HOLDER_WORD}(?:(?:\s+(?:of|the|and|&|for|de|da|do|di|del|della|du|des))?\s+{_HOLDER_WORD}){{0,5}}")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_TAIL = re.compile(r"(?:\s+(?:19|20)\d\d)+$")
# A photo's or a caption's credit names the picture's holder: "(Image: © Shutterstock)", "© Reuters / David Mercado".
PICTURE_CREDIT = re.compile(r"\b(?:image|photo|picture|pic|foto|illustration)s?\b\s*[:(/©]|\((?:image|photo|picture|foto|credit)"
                            r"|©[^|]{0,40}/", re.IGNORECASE)  # (and "The lighthouse at Ostra. Photo © Nell Ashgrove")


def _credits_a_picture(line: Stripped) -> bool:
    """A photo's credit ("(Image: © Shutterstock)") or a caption's ("... La Paz, Bolivia, November
    19, 2019. © Reuters / David Mercado"), or a line of a box set into the text (a gallery's): its
    holder is not the publisher."""
    return line.reason in ("image-credit", "insert") or bool(PICTURE_CREDIT.search(line.text))


# Words a holder's name may end in a full stop inside ("Turner Broadcasting System, Inc.", "Warner
# Bros."); an initial or an initialism ("U.S.") may too. Any other word's full stop ends the name:
# "© 2023 Cable News Network. A Warner Bros. Discovery Company." names Cable News Network.
HOLDER_ABBREVIATIONS = frozenset("""inc incorporated co corp ltd bros llc llp plc pty pvt pte bhd sdn sa nv bv ag kg gmbh
    spa srl oy ab asa st jr sr no dept intl assn""".split())


def _to_full_stop(name: str) -> str:
    words = name.split()
    for k, word in enumerate(words[:-1]):
        stem = word.rstrip(".")
        if word.endswith(".") and len(stem) > 1 and "." not in stem and stem.casefold() not in HOLDER_ABBREVIATIONS:
            return " ".join(words[:k + 1])
    return name


# A company's legal form after its name ("CBS Interactive Inc", "The Slate Group LLC", "ScienceAlert
# Pty Ltd"): left out of the publisher's name, as citation styles do (APA), so that a publisher
# whose pages write it with and without is one publisher.
LEGAL_FORM = re.compile(r"(?:,?\s+(?:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|corp|corporation|plc|gmbh|ag|pty|pvt|pte"
                        r"|s\.a\.u|s\.a\.s|s\.a|s\.l\.u|s\.l|n\.v|b\.v|s\.p\.a|s\.r\.l|l\.p|lp|sarl|ltda)\.?)+$", re.IGNORECASE)


def without_legal_form(name: str) -> str:
    """`name` without the legal form it ends in, unless nothing would be left."""
    short = LEGAL_FORM.sub("", name).rstrip(" ,")
    return short if any(c.isalpha() for c in short) else name


def copyright_holder(text: str) -> str | None:
    """The holder a copyright line names, or None ("© 2019 All rights reserved."); a notice may
    put the sign after its terms ("This material may not be published ... ©2019 FOX News Network, LLC.")."""
    if not COPYRIGHT_LINE.match(text) and "©" in text:
        text = text[text.index("©"):]
    if not COPYRIGHT_LINE.match(text) or not (COPYRIGHT_MARK.search(text) or RIGHTS_RESERVED.search(text)):
        return None  # "Copyright Policy": a footer link ("Copyright Folha de S.Paulo. Todos os direitos reservados." names one)
    rest = COPYRIGHT_LEAD.sub("", RIGHTS_RESERVED.sub(" ", text), count=1).strip()
    if quoted := QUOTED_HOLDER.match(rest):
        return quoted["name"].strip()
    match = COPYRIGHT_HOLDER.match(rest)
    if match and CREDIT_FOR.match(rest[match.end():]):
        return None
    name = _to_full_stop(re.split(r"\.\s+[\"“]", match.group())[0]) if match else ""  # not '. "Daily Express" is ...'
    name = YEAR_TAIL.sub("", name.rstrip(" .,")).strip(" .,")
    return without_legal_form(name) if any(c.isalpha() for c in name) else None


# A page copied whole often shows its own address (a "permalink" or print line near the headline:
# "https://www.chron.com/business/article/New-car-sales-plunge-10-percent-in-October-14847624.php").
# A line that is one http(s) address (`boilerplate.PAGE_ADDRESS`) is taken for the article's own
# when the words of its path include at least SLUG_TITLE_WORDS content words of the headline.
SLUG_TITLE_WORDS = 3


def infer_source_url(article: Article) -> Field[str]:
    """The article's own address, when the page shows it and its path spells the headline."""
    if not article.title.known:
        return Field()
    title_words = set(content_words(article.title.value))
    for line in article.lines:
        match = PAGE_ADDRESS.match(line.text)
        if not match:
            continue
        path = match.group(1).split("/", 3)[-1]
        if len(title_words & set(content_words(path))) >= SLUG_TITLE_WORDS:
            return Field(match.group(1), Origin("inferred", line.number, "an address on the page whose path spells the headline"))
    return Field()


# Frequent function words per language; the language whose words cover most tokens wins.
STOPWORDS = {
    "en": "the of and to in is that for it with as was on by are be this have from at not",
    "ru": "и в не на что с по как это он к из за от для то его о так",
    "uk": "і в не на що з та як це до за від для у про його але",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine",
    "fr": "le la les de des et en un une du est que pour qui dans pas au sur",
    "es": "el la de que y en los se del las un por con no una su para es",
    "pt": "o a de que e do da em um para é com não uma os no se na por",
    "it": "di il che è per un una non gli della sono anche alla nel dei ma più come",
    "nl": "de het een en van is dat op te niet zijn met voor die er ook wordt maar bij",
    "pl": "i w na nie z się do to że jest o jak po co ale przez za oraz od",
    "tr": "ve bir bu da için ile olarak çok daha gibi ne ama olan kadar sonra değil",
}
_STOP_SETS = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
# Below this share of stopword tokens no language is claimed (measured: 25-45% in prose).
MIN_STOPWORD_SHARE = 0.12
# English is claimed from its common words only when these, which no other language's text
# uses much, are at least ENGLISH_MARK_SHARE of the words: Danish and Norwegian sentences reach
# the share above with "at" and "for" alone. Measured: 3.1% or more on each of the 2,225 BBC
# texts, 6.8% or more on English news pages, none on news pages in 22 other languages.
ENGLISH_MARKS = ("the", "of", "and")
ENGLISH_MARK_SHARE = 0.02


def apply_provenance(article: Article, entry: CatalogEntry, catalog_file: str = "catalog.yml") -> Article:
    changes: dict[str, Field] = {}
    for name in ("title", "subtitle", "date", "publisher", "source_url", "language", "rights", "note"):
        changes[name] = _merge(getattr(article, name), entry, name, catalog_file)
    authors = _merge(article.authors, entry, "authors", catalog_file)
    if entry.values.get("authors"):
        authors = Field(tuple(entry.values["authors"]), authors.origin)
    changes["authors"] = authors
    if "original" in entry.values:
        changes["original"] = Field(dict(entry.values["original"]), _catalog_origin(entry, "original", catalog_file))
    if not changes["publisher"].known:
        changes["publisher"] = infer_publisher(article)
    if not changes["source_url"].known:
        changes["source_url"] = infer_source_url(article)
    if not changes["language"].known:
        changes["language"] = infer_language(article.body_text)
    topics = tuple(entry.values.get("topics", ()))
    return replace(article, topics=tuple(dict.fromkeys(article.topics + topics)), **changes)


def _catalog_origin(entry: CatalogEntry, name: str, catalog_file: str, note: str = "") -> Origin:
    detail = f"{catalog_file} line {entry.lines.get(name, '?')}" + (f"; {note}" if note else "")
    return Origin("catalog", None, detail)


def _merge(current: Field, entry: CatalogEntry, name: str, catalog_file: str) -> Field:
    if name not in entry.values:
        return current
    value = entry.values[name]
    note = ""
    if current.known and _text(current.value) != _text(value):
        note = f"{current.origin.describe()} reads “{_text(current.value)}”"
    return Field(value, _catalog_origin(entry, name, catalog_file, note))


def _text(value) -> str:
    return ", ".join(value) if isinstance(value, (tuple, list)) else str(value)


def infer_publisher(article: Article) -> Field[str]:
    """The publisher named most often in the article's own stripped boilerplate, if any. A bare sign before a name, no
    year nor rights ("© Getty Images" under a gallery's slides), counts only where nothing else names one: beside the
    page's own notice ("© Blickpunkt Medien GmbH 2024") it is a picture's credit."""
    votes: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    first: dict[str, tuple[int, str]] = {}
    for line in article.stripped:
        names = [(cue, match.group("name").strip(" .,")) for cue, pattern in PUBLISHER_CUES if (match := pattern.search(line.text))]
        if not _credits_a_picture(line) and (holder := copyright_holder(line.text)):
            names.append(("copyright line", holder))
        for cue, name in names:
            (bare if cue == "copyright line" and not (YEAR.search(line.text) or RIGHTS_RESERVED.search(line.text)) else votes)[name] += 1
            first.setdefault(name, (line.line, cue))
    votes = votes or bare
    if not votes:
        return Field()
    name, _ = max(votes.items(), key=lambda item: (item[1], -first[item[0]][0]))
    line, cue = first[name]
    return Field(name, Origin("inferred", line, f"the publisher names itself in a {cue}"))


# Words read for language detection; 400 words give the same answer as whole articles on the seeds
# and the BBC corpus, at a fraction of the cost.
LANGUAGE_SAMPLE_WORDS = 400


# Scripts that tell the language by themselves (those shared by several languages, such as
# Devanagari, Bengali or Cyrillic, do not): (language, what the origin says, letters). The
# language is claimed when at least SCRIPT_MIN_SHARE of the sample's letters are of its script
# (Chinese: Han characters and no kana; Japanese writes Han characters with kana).
SCRIPT_LANGUAGES = (
    ("ja", "Japanese kana and Han characters", "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"),
    ("zh", "Han characters", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
    ("ko", "Hangul", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("th", "Thai script", "\u0e00-\u0e7f"),
    ("el", "Greek script", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "Hebrew script", "\u0590-\u05ff"),
    ("ka", "Georgian script", "\u10a0-\u10ff"),
    ("hy", "Armenian script", "\u0530-\u058f"),
    ("ar", "Arabic script", "\u0600-\u06ff\u0750-\u077f"),
    ("my", "Myanmar script", "\u1000-\u109f"),
    ("km", "Khmer script", "\u1780-\u17ff"),
    ("lo", "Lao script", "\u0e80-\u0eff"),
    ("si", "Sinhala script", "\u0d80-\u0dff"),
    ("ta", "Tamil script", "\u0b80-\u0bff"),
    ("te", "Telugu script", "\u0c00-\u0c7f"),
    ("kn", "Kannada script", "\u0c80-\u0cff"),
    ("ml", "Malayalam script", "\u0d00-\u0d7f"),
    ("gu", "Gujarati script", "\u0a80-\u0aff"),
    ("pa", "Gurmukhi script", "\u0a00-\u0a7f"),
)
_SCRIPTS = [(lang, label, re.compile(f"[{letters}]")) for lang, label, letters in SCRIPT_LANGUAGES]
_KANA = re.compile("[\u3040-\u30ff]")
# Arabic script writes Persian and Urdu too, which add letters of their own: a text with any of
# these is not claimed as Arabic (nor as Persian or Urdu: other languages add some of them too).
_NOT_ARABIC = re.compile("[\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06d2\u06a9\u06cc]")
SCRIPT_MIN_SHARE = 0.5
_NOT_LATIN_OR_CYRILLIC = re.compile("[^a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f]")


def infer_language(text: str) -> Field[str]:
    """The language of `text`: by its script, by its common words when they show English (most
    collections: no model loaded), else by the n-gram classifier, else by common words."""
    by_script = _language_by_script(text)
    if by_script:
        return by_script
    by_words = _language_by_words(text)
    if by_words.value == "en":
        return by_words
    return _language_by_classifier(text) or by_words


def _language_by_script(text: str) -> Field[str] | None:
    sample = text[: LANGUAGE_SAMPLE_WORDS * 8]
    if sample.isascii():
        return None
    letters = "".join(re.findall(r"[^\W\d_]", sample))
    if not letters or len(_NOT_LATIN_OR_CYRILLIC.findall(letters)) < SCRIPT_MIN_SHARE * len(letters):
        return None  # mostly Latin or Cyrillic letters (most texts): no script below can have its share
    kana = bool(_KANA.search(letters))
    for lang, label, script in _SCRIPTS:
        share = len(script.findall(letters)) / len(letters)
        if share < SCRIPT_MIN_SHARE or (lang == "ja") != kana:
            continue
        if lang == "ar" and _NOT_ARABIC.search(sample):
            return None
        return Field(lang, Origin("inferred", None, f"{share:.0%} of letters are {label}"))
    return None


# Languages that no script tells and the common words above do not show as English (Swedish,
# Danish, Norwegian, Finnish, Czech, Hungarian, Indonesian, Vietnamese, Catalan, Persian, ...:
# read as "unknown" before, or Catalan as Spanish): a naive Bayes classifier of byte n-grams over
# 97 languages (py3langid, a fork of langid.py; BSD-3-Clause). Its answer is taken at
# CLASSIFIER_MIN_PROBABILITY or more: on 83 news pages in 26 languages (the evaluation set's and
# the probe pages') it named every one rightly, at 99-100%, and left a Serbian and a Croatian page
# unknown (it cannot tell the two apart that surely). It costs 1-3 ms a text and 0.6 s to load once in a process, so it is loaded only
# when a text needs it. "zxx" is its label for no language at all.
CLASSIFIER_MIN_PROBABILITY = 0.9


@functools.cache
def _classifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _language_by_classifier(text: str) -> Field[str] | None:
    sample = " ".join(text[: LANGUAGE_SAMPLE_WORDS * 8].split())
    if not any(c.isalpha() for c in sample):
        return None
    lang, probability = _classifier().classify(sample)
    if probability < CLASSIFIER_MIN_PROBABILITY or lang == "zxx":
        return None
    return Field(lang, Origin("inferred", None, f"the langid.py classifier gives it {probability:.0%} likelihood"))


def _language_by_words(text: str) -> Field[str]:
    tokens = Counter(re.findall(r"[^\W\d_]+", text[: LANGUAGE_SAMPLE_WORDS * 8].casefold())[:LANGUAGE_SAMPLE_WORDS])
    total = sum(tokens.values())
    if not total:
        return Field()
    scores = {lang: sum(tokens[w] for w in tokens.keys() & words) / total for lang, words in _STOP_SETS.items()}
    lang, share = max(scores.items(), key=lambda item: item[1])
    if share < MIN_STOPWORD_SHARE or (lang == "en" and sum(tokens[w] for w in ENGLISH_MARKS) < ENGLISH_MARK_SHARE * total):
        return Field()
    return Field(lang, Origin("inferred", None, f"{share:.0%} of words are common {lang} words"))
