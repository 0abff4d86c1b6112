"""The one data model every stage passes along: a frozen `Article` and its parts.

Stages never mutate an article; they return `dataclasses.replace(article, ...)`, or `evolve`
(the same, faster) in corpus stages, which copy every article of the collection.
Every metadata value is a `Field`, which carries its `Origin` (a source line, the
catalog, an inference from boilerplate, or unknown), because provenance is the product.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Literal, NewType, TypeVar

ArticleId = NewType("ArticleId", str)
"""Path of the source relative to the sources folder, without `.txt`, `/`-separated."""
Slug = NewType("Slug", str)
"""URL-safe, unique name of an article page (folder name under docs/articles/)."""
ParagraphId = NewType("ParagraphId", str)
"""Content-derived anchor of a body paragraph (`p-` + 8 hex digits)."""

T = TypeVar("T")
D = TypeVar("D")


def evolve(model: D, **changes) -> D:
    """`dataclasses.replace` for these frozen models, without calling `__init__` again.

    A corpus stage copies every article (10,000 copies a build on 2,225 articles), and
    `replace` re-runs a 32-field frozen `__init__`: 20 us against 3 us. Equivalent because no
    model has `__post_init__` or `init=False` fields (tests/test_model.py checks both)."""
    unknown = changes.keys() - model.__dataclass_fields__.keys()  # type: ignore[attr-defined]
    if unknown:
        raise TypeError(f"{type(model).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(model))
    copy.__dict__.update(model.__dict__)
    copy.__dict__.update(changes)
    return copy

OriginKind = Literal["source", "catalog", "inferred", "derived", "unknown"]


@dataclass(frozen=True)
class Origin:
    """Where a value came from."""

    kind: OriginKind
    line: int | None = None
    """1-based line of the source file, when `kind` is `source` (or `inferred` from a line)."""
    detail: str = ""
    """A short human explanation, e.g. `catalog.yml` or `publisher named in a donation appeal`."""

    def describe(self) -> str:
        if self.kind == "source":
            return f"line {self.line} of the source" + (f" ({self.detail})" if self.detail else "")
        if self.kind == "catalog":
            return "the curated catalog" + (f" ({self.detail})" if self.detail else "")
        if self.kind == "inferred":
            where = f" from line {self.line}" if self.line else ""
            return f"inferred{where}" + (f": {self.detail}" if self.detail else "")
        if self.kind == "derived":
            return f"derived: {self.detail}" if self.detail else "derived"
        return "unknown"


UNKNOWN = Origin("unknown")


@dataclass(frozen=True)
class Field(Generic[T]):
    """A metadata value with its origin. `value is None` means unknown."""

    value: T | None = None
    origin: Origin = UNKNOWN

    @property
    def known(self) -> bool:
        return self.value is not None and self.value != () and self.value != ""


@dataclass(frozen=True)
class SourceLine:
    number: int
    """1-based line number in the decoded source."""
    text: str
    """The line without its line ending; whitespace kept as in the source."""


@dataclass(frozen=True)
class Verdict:
    """The boilerplate classifier's decision for one source line."""

    keep: bool
    reason: str
    """`body` when kept, `blank` for empty lines, otherwise a reason code such as `donation-appeal`."""
    cue: str = ""
    """Name of the cue (heuristic) that decided, for debugging and the report."""


ParagraphKind = Literal["p", "heading", "quote", "list-item", "caption", "speaker", "stamp", "code", "table"]
"""`stamp`: a live page's entry time, a label over the entry, not its heading."""
BLOCK_KINDS = ("code", "table")
"""Blocks shown as copied, over several source lines (a program's lines; a table's rows, a line each, its cells a tab
apart): no link, footnote reference or mention is set into them."""


@dataclass(frozen=True)
class Paragraph:
    id: ParagraphId
    kind: ParagraphKind
    text: str
    """Plain text as the reader reads it (no Markdown syntax)."""
    line: int
    """Source line it came from."""
    footnote_refs: tuple[str, ...] = ()
    """Footnote ids referenced in this paragraph (marker positions are found at render time)."""
    last_line: int = 0
    """Last source line of a block set over several lines (a code block's); 0 when it is `line` alone."""

    @property
    def lines(self) -> range:
        """The source lines it came from (blank lines among them for a code block's)."""
        return range(self.line, max(self.line, self.last_line) + 1)


@dataclass(frozen=True)
class Footnote:
    id: str
    marker: str
    """The marker as written in the source (`*`, `**`, `[1]`, `¹`)."""
    text: str
    line: int


@dataclass(frozen=True)
class Stripped:
    line: int
    text: str
    reason: str
    cue: str = ""


@dataclass(frozen=True)
class Notice:
    """A publisher notice kept as an annotation rather than body (disclaimer, rights, legal label)."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True)
class InnerHeader:
    """A headline and byline inside the text (an editor's introduction, then the piece itself)."""

    title: str
    line: int
    authors: tuple[str, ...]
    byline_line: int
    before: int
    """Index in `paragraphs` of the first paragraph that follows this header."""


@dataclass(frozen=True)
class Related:
    id: ArticleId
    score: float
    because: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    entity: str
    """Entity id."""
    paragraph: ParagraphId
    sentence: str
    surface: str
    """The text as written (`Gabuyev`)."""
    quoted: bool = False
    """True when a quotation in the sentence is attributed to the entity."""


@dataclass(frozen=True)
class PassageLink:
    paragraph: ParagraphId
    """Paragraph in this article."""
    target: ArticleId
    target_paragraph: ParagraphId
    score: float
    shared_terms: tuple[str, ...]
    context: str = ""
    """The sentence of the other paragraph that shares the most words with this one (quoted with a back-link)."""


@dataclass(frozen=True)
class Article:
    id: ArticleId
    path: str
    """Source path relative to the sources folder, `/`-separated."""
    sha256: str
    """Hash of the raw source bytes (cache key and provenance)."""
    encoding: str
    lines: tuple[SourceLine, ...]
    slug: Slug = Slug("")
    verdicts: tuple[Verdict, ...] = ()
    title: Field[str] = field(default_factory=Field)
    subtitle: Field[str] = field(default_factory=Field)
    authors: Field[tuple[str, ...]] = field(default_factory=Field)
    date: Field[str] = field(default_factory=Field)
    updated: Field[str] = field(default_factory=Field)
    """A later date the page says the piece was updated on ("Updated: 02/14/2025"), as ISO."""
    publisher: Field[str] = field(default_factory=Field)
    source_url: Field[str] = field(default_factory=Field)
    language: Field[str] = field(default_factory=Field)
    rights: Field[str] = field(default_factory=Field)
    note: Field[str] = field(default_factory=Field)
    """The catalog's note for readers (`note:`), shown in the provenance card."""
    original: Field[dict] = field(default_factory=Field)
    """For translations: {title, publisher, authors, url, date, language} of the original."""
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    stripped: tuple[Stripped, ...] = ()
    notices: tuple[Notice, ...] = ()
    inner_headers: tuple[InnerHeader, ...] = ()
    metadata_lines: tuple[tuple[int, str], ...] = ()
    """Source lines consumed as metadata: (line, field name)."""
    truncated: Field[bool] = field(default_factory=Field)
    topics: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    mentions: tuple[Mention, ...] = ()
    passage_links: tuple[PassageLink, ...] = ()
    backlinks: tuple[PassageLink, ...] = ()
    duplicate_of: ArticleId | None = None
    duplicates: tuple[ArticleId, ...] = ()
    versions: tuple[tuple[ArticleId, float], ...] = ()
    """Other versions of the same story (an update, a rewrite): (id, share of the text they have in
    common), when the share is below the duplicate threshold but at least `duplicates.VERSION_MIN`."""
    warnings: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        """Site-relative URL of the article page."""
        return f"articles/{self.slug}/"

    @property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def lead(self) -> str:
        """The text's opening: its first paragraph that ends like a sentence or has LEAD_MIN_WORDS
        words or more (not a dateline "New York", a score line "Arsenal win 4-2 on penalties", a
        photo's caption of two names), else its first paragraph."""
        if not self.paragraphs:
            return ""
        return next((p for p in self.paragraphs if p.kind in ("p", "quote") and (
            _SENTENCE_END.search(p.text) or word_count(p.text) >= LEAD_MIN_WORDS)), self.paragraphs[0]).text


@dataclass(frozen=True)
class Rejected:
    file: str
    reason: str


class SourceError(Exception):
    """A source cannot become an article; carries the file and a one-line reason."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


# Chinese and Japanese are written without spaces between words: a line of 60 Han characters
# and kana is one or a few whitespace words, but about 30 words of content. A word of either
# language averages under two Han characters or hiragana; katakana spell loanwords and names,
# about three to a word ("ナイジェリア", Nigeria). Their punctuation (、。「」, full-width ，！？)
# separates words.
_UNSPACED_SCRIPTS = ((0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))
"""Thai, Lao, Tibetan, Myanmar, Khmer: written without spaces between words, where `\\w+`
counts a run cut at its marks, roughly a word a syllable; their marks are left out of WORD."""


def _mark_ranges() -> str:
    """A character class body of the combining marks (Unicode categories Mn, Mc, Me) of the
    Basic Multilingual Plane, as ranges, but those of _UNSPACED_SCRIPTS."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")
             and not any(lo <= c <= hi for lo, hi in _UNSPACED_SCRIPTS)]
    ranges, first, last = [], marks[0], marks[0]
    for c in marks[1:] + [-1]:
        if c == last + 1:
            last = c
            continue
        ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else ""))
        first = last = c
    return "".join(ranges)


COMBINING_MARKS = _mark_ranges()
"""Combining marks of the scripts written with spaces: Python's `\\w` leaves them out, so `\\w+`
cuts a Hindi, Bengali or Tamil word at each vowel sign ("इस्तेमाल" -> "इस", "त", "म", "ल") and
counts one word as several."""
WORD = re.compile(rf"[\w{COMBINING_MARKS}]+")
"""A word in any script written with spaces, its combining marks included."""
_HAN_HIRAGANA = "\u3040-\u309f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KATAKANA = "\u30a0-\u30ff"
_UNSPACED_LETTER = re.compile(f"[{_HAN_HIRAGANA}{_KATAKANA}]")
UNSPACED_RUN = re.compile(f"[{_HAN_HIRAGANA}{_KATAKANA}]+")
_KATAKANA_LETTER = re.compile(f"[{_KATAKANA}]")
_UNSPACED_PUNCTUATION = re.compile("[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
HAN_CHARACTERS_PER_WORD = 2
KATAKANA_PER_WORD = 3


def unspaced(text: str) -> tuple[str, int]:
    """`text` with its Han characters and kana (and their punctuation) blanked, and what they
    count as words (rounded up); for counting the words of a text in any script: the rest is
    counted as it is written."""
    if text.isascii() or not _UNSPACED_LETTER.search(text):
        return text, 0
    letters = len(_UNSPACED_LETTER.findall(text))
    katakana = len(_KATAKANA_LETTER.findall(text))
    words = -(-(letters - katakana) // HAN_CHARACTERS_PER_WORD) - (-katakana // KATAKANA_PER_WORD)
    return _UNSPACED_PUNCTUATION.sub(" ", UNSPACED_RUN.sub(" ", text)), words


_SENTENCE_END = re.compile(r"[.!?…。！？։።፧।॥۔؟][\"'”’»)\]」』）]*\s*$")
LEAD_MIN_WORDS = 8
"""A paragraph that does not end like a sentence opens the text (`Article.lead`, its summary)
when it has at least this many words."""


@lru_cache(maxsize=200_000)
def tab_cells(text: str) -> int:
    """The cells of a table's row as a browser copies it, a tab apart ("Lewica\t6,2%\t+0,3" has three); 1 for a line
    without a tab inside it."""
    return text.strip().count("\t") + 1


def word_count(text: str) -> int:
    """Whitespace-separated words in a text, Chinese and Japanese counted by `unspaced`. Kept for
    texts counted before: several stages count every body and paragraph on each build (0.1 s of a
    rebuild on 2,225 articles)."""
    rest, words = unspaced(text)
    return len(rest.split()) + words
