"""Render stage: finished articles -> Markdown pages (strings), through Jinja2 templates.

Takes articles after the corpus stages and returns page text; writes nothing. Source text
reaches Markdown only through `escape.md_text`, so it shows as written and does nothing.
Everything a reader sees is in the Markdown and its front matter (plus Material's own
features), so the site also builds with Zensical, which ignores MkDocs hooks and plugins.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from . import citations
from .boilerplate import CLOCK_TIME, REASONS
from .escape import html_inline, html_text, md_attr, md_text, yaml_str
from .model import Article, ArticleId, Field, Paragraph
from .settings import Settings
from .structure import footnote_marker_pattern

ENTITY_FOLDER = "entities"
"""Entity pages live at `entities/<entity-id>.md`."""


RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv", "sd", "ug",
                           "ary", "arz", "apc", "acm", "aeb", "sdh", "azb", "pnb", "hbo", "arc", "syr"})
"""Languages written right to left (among them the Arabic varieties and ancient Hebrew the
language classifier names): an article's body in one of them gets `dir="rtl"`."""
_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic, Syriac, Thaana
_LETTER = re.compile(r"[^\W\d_]")
RIGHT_TO_LEFT_SAMPLE = 2000


def right_to_left(article: Article) -> bool:
    """The body is written right to left: its language is one written so, or, when the language
    is unknown (a Persian text is not claimed as Arabic), most letters of its opening are of a
    right-to-left script."""
    if article.language.known:
        return article.language.value.split("-")[0].lower() in RIGHT_TO_LEFT
    sample = article.body_text[:RIGHT_TO_LEFT_SAMPLE]
    if sample.isascii():
        return False
    letters = _LETTER.findall(sample)
    return bool(letters) and len(_RIGHT_TO_LEFT_LETTER.findall("".join(letters))) * 2 > len(letters)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("readingroom", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Markdown output: escaping is explicit (`md`, `attr` for Markdown; `html`, `text` for raw HTML)
    )
    env.filters.update(md=md_text, attr=md_attr, yaml=yaml_str, html=html_text, text=html_inline, table=table_html)
    env.globals.update(right_to_left=right_to_left)
    return env


# A cell that opens with a figure ("31,4%", "+0,6", "£41,950", "4x per uur", "7,1 s"); a year or years alone ("1990",
# "1990-1999", "2023/24").
_FIGURE_CELL = re.compile(r"^[-+−–±~≈<>(]?\s*[£$€¥₹]?\s*\d")
_YEAR_CELL = re.compile(r"^(?:1[89]|2[01])\d\d(?:\s*[-–/]\s*(?:1[89]|2[01])?\d\d)?$")
FIGURE_COLUMN_SHARE = 2 / 3


def table_rows(text: str) -> tuple[list[str] | None, list[list[str]]]:
    """A table block's header row (None when it has none) and its other rows, each a list of cells. The first row
    heads the table when it holds no digit ("Partia / Poparcie / Zmiana"), or when it names a column of figures: a
    cell in words ("Acum", "Dienstregeling 2025") or a year ("1990") over a column whose cells open with a figure,
    FIGURE_COLUMN_SHARE of them or more, none a year ("19%", "9%", "nivelul actual"; "4x per uur"; "6.3"). Otherwise
    it is the first row of data ("Price / £41,950" over "Power / 282bhp"; "1.º / Sporting / 11 j. / 33 pts")."""
    rows = [line.split("\t") for line in text.split("\n")]
    first, rest = rows[0], rows[1:]

    def names_figures(column: int) -> bool:
        head = first[column].strip()
        below = [row[column].strip() for row in rest if column < len(row)]
        figures = sum(bool(_FIGURE_CELL.match(cell)) for cell in below)
        return (bool(below) and figures >= FIGURE_COLUMN_SHARE * len(below)
                and (not _FIGURE_CELL.match(head) or bool(_YEAR_CELL.match(head)) and not any(_YEAR_CELL.match(c) for c in below)))

    headed = not any(ch.isdigit() for ch in "".join(first)) or any(names_figures(c) for c in range(len(first)))
    return (first, rest) if headed else (None, rows)


def table_html(text: str) -> str:
    """A table block (`table_rows`) as one line of HTML, each cell's text escaped."""
    head, rows = table_rows(text)
    out = ["<table>"]
    if head is not None:
        out.append("<thead><tr>" + "".join(f"<th>{html_inline(cell)}</th>" for cell in head) + "</tr></thead>")
    out.append("<tbody>" + "".join("<tr>" + "".join(f"<td>{html_inline(cell)}</td>" for cell in row) + "</tr>" for row in rows) + "</tbody>")
    return "".join(out) + "</table>"


def article_link(article: Article, from_folder_depth: int, anchor: str = "") -> str:
    """Relative link to an article page from a page `from_folder_depth` folders deep."""
    return "../" * from_folder_depth + f"articles/{article.slug}/index.md" + (f"#{anchor}" if anchor else "")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    markdown: str


def paragraph_markdown(paragraph: Paragraph, spans: Sequence[Span], footnote_markers: dict[str, str]) -> str:
    """Escape a paragraph's text, replacing footnote markers and linked mentions by Markdown."""
    return _markdown_of(paragraph, _markup_spans(paragraph, spans, footnote_markers))


def paragraph_forms(paragraph: Paragraph, spans: Sequence[Span], footnote_markers: dict[str, str]) -> tuple[str, str | None]:
    """The paragraph as Markdown (`paragraph_markdown`) and as HTML-escaped element content,
    the second None when it holds a link or a footnote reference, which only Markdown can write
    (MkDocs resolves and checks the links).

    A page writes the paragraphs that have the HTML form as raw HTML, which Python-Markdown
    passes through: the same HTML, without its inline processing (every pattern tried on every
    paragraph). With the facts card and removed lines written so too, converting 346 BBC
    article pages took 2.10 instead of 2.37 s (best of seven alternating runs)."""
    found = _markup_spans(paragraph, spans, footnote_markers)
    return _markdown_of(paragraph, found), None if found else html_inline(paragraph.text)


def _markup_spans(paragraph: Paragraph, spans: Sequence[Span], footnote_markers: dict[str, str]) -> list[Span]:
    """The linked mentions and the footnote references of the paragraph, in reading order."""
    found = list(spans)
    for note_id, marker in footnote_markers.items():
        if note_id in paragraph.footnote_refs:
            found += [Span(m.start(), m.end(), f"[^{note_id}]") for m in footnote_marker_pattern(marker).finditer(paragraph.text)]
    found.sort(key=lambda s: (s.start, -s.end))
    return found


def _markdown_of(paragraph: Paragraph, found: list[Span]) -> str:
    text = " ".join(paragraph.text.split()) if not found else paragraph.text
    out, position = [], 0
    for span in found:
        if span.start < position:
            continue
        before = _escape_keep_edges(text[position:span.start])
        # "!" right before a link or footnote reference would make it an image
        out.append(before[:-1] + "&#33;" if before.endswith("!") else before)
        out.append(span.markdown)
        position = span.end
    out.append(_escape_keep_edges(text[position:]))
    return "".join(out).strip()


def _escape_keep_edges(chunk: str) -> str:
    if not chunk:
        return ""
    lead = " " if chunk[:1].isspace() else ""
    trail = " " if chunk[-1:].isspace() else ""
    inner = md_text(chunk)
    return (lead + inner + trail) if inner else (" " if lead or trail else "")


def mention_spans(article: Article, paragraph: Paragraph, first_seen: set[str], entity_titles: dict[str, str], depth: int) -> list[Span]:
    """Link the first mention of each entity in the article to its page, with a tooltip."""
    spans = []
    for mention in article.mentions:
        if mention.paragraph != paragraph.id or mention.entity in first_seen:
            continue
        match = re.search(re.escape(mention.surface), paragraph.text)
        if not match:
            continue
        first_seen.add(mention.entity)
        tooltip = entity_titles.get(mention.entity, mention.surface)
        target = "../" * depth + f"{ENTITY_FOLDER}/{mention.entity}.md"
        spans.append(Span(match.start(), match.end(), f'[{md_text(match.group())}]({target} "{md_attr(tooltip)}")'))
    return spans


def field_value(field: Field) -> str:
    value = field.value
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def removed_counts(article: Article) -> list[tuple[str, str, int]]:
    counts = Counter(s.reason for s in article.stripped)
    return [(reason, REASONS.get(reason, reason), n) for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def works(article: Article, settings: Settings) -> dict[str, citations.Work]:
    """The original publication and the reading-room copy, as citable works."""
    authors = tuple(article.authors.value or ())
    original = article.original.value or {}
    note = None
    if original:
        by = ", ".join(original.get("authors", ()))
        note = "Translation of " + "; ".join(p for p in (f"“{original['title']}”" if original.get("title") else "", by, original.get("publisher", ""), original.get("date", "")) if p)
    key = citations.bibtex_key(authors, article.date.value, article.title.value, str(article.id))
    source = citations.Work(key, article.title.value, authors, article.publisher.value, article.date.value,
                            article.source_url.value, article.language.value, note)
    copy_url = settings.site_url.rstrip("/") + "/" + article.url
    copy = citations.Work(key + "RR", article.title.value, authors, settings.site_name, None, copy_url,
                          article.language.value, f"Reading-room copy of {article.publisher.value or 'an article of unknown publisher'}, from {article.path}")
    return {"source": source, "copy": copy}


def citation_meta(article: Article, settings: Settings) -> list[tuple[str, str]]:
    """Highwire Press and Dublin Core <meta> tags (name, content) for Zotero and annotation tools."""
    meta: list[tuple[str, str]] = []
    if article.title.known:
        meta += [("citation_title", article.title.value), ("DC.title", article.title.value)]
    for author in article.authors.value or ():
        meta += [("citation_author", author), ("DC.creator", author)]
    if article.date.known:
        meta += [("citation_publication_date", article.date.value.replace("-", "/")), ("DC.date", article.date.value)]
    if article.publisher.known:
        meta += [("citation_journal_title", article.publisher.value), ("citation_publisher", article.publisher.value), ("DC.publisher", article.publisher.value)]
    if article.language.known:
        meta += [("citation_language", article.language.value), ("DC.language", article.language.value)]
    if article.source_url.known:
        meta += [("DC.source", article.source_url.value)]
    meta += [("citation_public_url", settings.site_url.rstrip("/") + "/" + article.url), ("DC.type", "Text")]
    return meta


# A live entry's time at the start of its heading, then a mark or a space: "15:27 Boom op woning ...", "10:55 a.m. CDT: New T-0
# set", "04:48 — Reform take Ashby North" (not a time glued to the heading's first word, nor a mark before the time).
_ENTRY_HEAD = re.compile(CLOCK_TIME + r"(?=\s*[:–—|-]\s+\S|\s+\S)", re.IGNORECASE)
LIVE_HEADINGS_MIN = 3
"""A page whose subheadings open with a time this many times or more is a live page's entries (`entry_times`)."""


def entry_times(article: Article) -> dict[str, str]:
    """The time that opens each entry's heading on a live page (LIVE_HEADINGS_MIN or more of them), by paragraph id: the
    page shows it as a label over the heading, as it shows an entry's time on a line of its own (a `stamp`), so that the
    table of contents lists the entries' headings, not their times. The paragraph's text stays as copied."""
    found = {p.id: m.group().strip() for p in article.paragraphs if p.kind == "heading" and p.text[:1].isdigit() and (m := _ENTRY_HEAD.match(p.text))}
    return found if len(found) >= LIVE_HEADINGS_MIN else {}


# What may stand between the time and the heading in the Markdown (escaped as the page writes it): "15:27 | ...", "12:00 — ...".
_RENDERED_MARK = re.compile(r"^\s*(?::|–|—|-|&#124;|\\\||\|)?\s*")


def _entry_heads(body: list, times: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each live entry's time and its heading's Markdown after it, by paragraph id (`entry_times`)."""
    return {p.id: (times[p.id], _RENDERED_MARK.sub("", text[len(times[p.id]):], count=1)) for p, text, _ in body
            if p.id in times and text.startswith(times[p.id])}


def render_article(article: Article, articles_by_id: dict[ArticleId, Article], entity_titles: dict[str, str], settings: Settings,
                   people: dict[str, str] | None = None, topic_links: dict[str, str] | None = None) -> str:
    """The article page. `people` maps person entity ids to names (front matter, search filters);
    `topic_links` maps a topic to the docs-relative page (and anchor) that lists it."""
    depth = 2  # articles/<slug>/index.md
    first_seen: set[str] = set()
    markers = {note.id: note.marker for note in article.footnotes}
    numbers = {p.id: i for i, p in enumerate(article.paragraphs, start=1)}
    body = []
    for paragraph in article.paragraphs:
        spans = mention_spans(article, paragraph, first_seen, entity_titles, depth)
        body.append((paragraph, *paragraph_forms(paragraph, spans, markers)))
    links_by_paragraph: dict[str, list] = {}
    for link in article.passage_links:
        target = articles_by_id.get(link.target)
        if target:
            links_by_paragraph.setdefault(link.paragraph, []).append((link, target, paragraph_number(target, link.target_paragraph)))
    inner = {h.before: h for h in article.inner_headers}
    all_works = works(article, settings)
    return environment().get_template("article.md.j2").render(
        a=article,
        body=body,
        referenced={ref for p in article.paragraphs for ref in p.footnote_refs},
        numbers=numbers,
        entry_heads=_entry_heads(body, entry_times(article)),
        inner=inner,
        links=links_by_paragraph,
        backlinks=[(b, articles_by_id[b.target]) for b in article.backlinks if b.target in articles_by_id],
        related=[(r, articles_by_id[r.id]) for r in article.related if r.id in articles_by_id],
        duplicates=[articles_by_id.get(d) for d in article.duplicates],
        versions=[(articles_by_id[v], share) for v, share in article.versions if v in articles_by_id],
        removed=removed_counts(article),
        reasons=REASONS,
        citations={name: citations.cite(work) for name, work in all_works.items()},
        meta=citation_meta(article, settings),
        people=sorted({(people or {})[m.entity] for m in article.mentions if m.entity in (people or {})}),
        topics=[(t, (topic_links or {}).get(t)) for t in dict.fromkeys(article.topics)],
        field_value=field_value,
        link=lambda target, anchor="": article_link(target, depth, anchor),
        settings=settings,
    )


def paragraph_number(article: Article, paragraph_id: str) -> int:
    """The position of a paragraph in its article, from 1 (0: not found)."""
    for i, p in enumerate(article.paragraphs, start=1):
        if p.id == paragraph_id:
            return i
    return 0
