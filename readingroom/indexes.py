"""Render stage: the collection's index pages (home, timeline, publishers, topics, report) as Markdown.

Takes the finished articles and returns `{docs-relative path: page text}`. Article lists
live here, not in the navigation (a navigation listing every article makes every page carry
it: 85-97 s and 1.5 GB on 2,225 articles instead of 5 s and 44 MB), and long lists are split
into pages of `settings.index_page_size`.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter
from typing import TypeVar

from .boilerplate import REASONS
from .escape import md_text
from .model import Article, Rejected, word_count
from .render import environment
from .settings import Settings
from .slugs import make_slug

UNDATED = "Undated"
UNKNOWN_PUBLISHER = "Publisher unknown"
SUMMARY_CHARS = 220


class _KeptRepr:
    """A frozen dataclass whose repr, what `_render_list` keys list pages by, is a digest of
    its fields worked out once: `per_article` gives the same entries build after build, and a
    list of 2,071 entries makes a key of 90 kB instead of 700 kB."""

    def __repr__(self) -> str:
        found = self.__dict__.get("_repr")
        if found is None:
            values = repr(tuple(getattr(self, f.name) for f in fields(self))).encode("utf-8", "surrogatepass")
            found = f"{type(self).__name__}#{hashlib.blake2b(values, digest_size=16).hexdigest()}"
            object.__setattr__(self, "_repr", found)
        return found


@dataclass(frozen=True, repr=False)
class Entry(_KeptRepr):
    """One article as listed on an index page."""

    title: str
    slug: str
    date: str | None
    publisher: str | None
    summary: str
    summary_origin: str
    words: int
    authors: str


def entry(article: Article) -> Entry:
    if article.subtitle.known:
        summary, origin = article.subtitle.value, "standfirst"
    else:
        summary, origin = first_sentence(article.lead), "first sentence"
    return Entry(
        title=article.title.value or f"Untitled ({article.path})",
        slug=article.slug,
        date=article.date.value,
        publisher=article.publisher.value,
        summary=summary,
        summary_origin=origin,
        words=word_count(article.body_text),
        authors=", ".join(article.authors.value or ()),
    )


ENTRY_READS = ("title", "subtitle", "paragraphs", "slug", "date", "publisher", "authors", "path")
"""What `entry` reads of an article."""


def entries_of(articles: Sequence[Article]) -> dict[str, Entry]:
    """Article id -> its `entry`, for the articles listed (duplicates are not)."""
    return {a.id: per_article(entry, ENTRY_READS, a) for a in articles if a.duplicate_of is None}


_PER_ARTICLE: dict[tuple[str, str], tuple[tuple, object]] = {}
PER_ARTICLE_MAX = 100_000
T = TypeVar("T")


def per_article(make: Callable[[Article], T], reads: tuple[str, ...], article: Article) -> T:
    """`make(article)`, kept in this process while the attributes it `reads` are the same (an
    unchanged source's per-article results are the same objects from one build to the next),
    so that a long-lived process (`mkdocs serve`) makes again only the entries of articles
    that changed: 40 ms of the 60 ms listing 2,071 articles took, mostly counting words."""
    now = attrgetter(*reads)(article)
    key = (make.__qualname__, article.id)
    last = _PER_ARTICLE.get(key)
    if last is not None and last[0] == now:  # a tuple compares its items by identity first
        return last[1]  # type: ignore[return-value]
    if len(_PER_ARTICLE) >= PER_ARTICLE_MAX:
        _PER_ARTICLE.clear()
    value = make(article)
    _PER_ARTICLE[key] = (now, value)
    return value


# A sentence ends at its stop (and a closing quote or bracket) before a space and a word that is not
# in lower case: not at an ordinal's dot ("mogla bi od 1. juna da poraste", "am 3. März") nor after
# "U.S." in "U.S. officials"; after a full-width stop at once ("...平台14日正式投入运行。平台接入...").
_SENTENCE_STOP = re.compile(r"[.!?…。！？][\"”’»)」』]?")
SENTENCE_MIN_CHARS = 40


def first_sentence(text: str) -> str:
    sentence = text
    for stop in _SENTENCE_STOP.finditer(text, SENTENCE_MIN_CHARS - 1):
        rest = text[stop.end():]
        if stop.group()[0] not in "。！？" and (rest[:1] and not rest[:1].isspace() or rest.lstrip()[:1].islower()):
            continue
        sentence = text[:stop.end()]
        break
    return sentence if len(sentence) <= SUMMARY_CHARS else sentence[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _articles(n: int) -> str:
    return f"{n:,} article{'s' if n != 1 else ''}"


def pages_of(items: Sequence, size: int) -> list[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items]


def _order_words(entries: Sequence[Entry]) -> str:
    """How `_by_date` orders these entries, in words."""
    dated = sum(1 for e in entries if e.date)
    if dated == len(entries):
        return "oldest first"
    return "by title (none is dated)" if not dated else "oldest first, then the undated ones by title"


def _by_date(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=_date_order)


def _date_order(entry: Entry) -> tuple:
    """Oldest first, undated last, then by title and slug; kept on the entry (`per_article`
    gives the same entries build after build, sorted over and over by topic)."""
    found = entry.__dict__.get("_order")
    if found is None:
        found = (entry.date is None, entry.date or "", entry.title.casefold(), entry.slug)
        object.__setattr__(entry, "_order", found)
    return found


def _render(template: str, **context) -> str:
    return environment().get_template(template).render(md=md_text, **context)


_RENDERED: dict[bytes, str] = {}
RENDERED_MAX = 20_000
"""List pages kept by `_render_list` (a build of 2,225 articles renders about 150)."""


def _render_list(template: str, **context) -> str:
    """`_render` for pages that list entries (plain values whose repr is all they hold): kept by
    a digest of template and context, so that in a long-lived process (`mkdocs serve`) an edit
    renders again only the list pages whose entries changed (0.2 s of 0.3 on 2,225 articles)."""
    key = hashlib.blake2b(f"{template}\0{sorted(context.items())!r}".encode("utf-8", "surrogatepass"), digest_size=16).digest()
    text = _RENDERED.get(key)
    if text is None:
        if len(_RENDERED) >= RENDERED_MAX:
            _RENDERED.clear()
        text = _RENDERED[key] = _render(template, **context)
    return text


def _paged(folder: str, name: str, heading: str, intro: str, entries: list[Entry], settings: Settings, group_by: str | None) -> dict[str, str]:
    """`folder/name.md`, then `folder/name-2.md` ... each with at most index_page_size articles."""
    chunks = pages_of(entries, settings.index_page_size)
    files = [f"{name}.md" if i == 0 else f"{name}-{i + 1}.md" for i in range(len(chunks))]
    out = {}
    for i, chunk in enumerate(chunks):
        out[f"{folder}/{files[i]}"] = _render_list(
            "list.md.j2", heading=heading, intro=intro, entries=chunk, depth=folder.count("/") + 1,
            page=i + 1, pages=len(chunks), files=files, group_by=group_by,
        )
    return out


def render_indexes(articles: list[Article], rejected: Sequence[Rejected], settings: Settings, extra_errors: Sequence[str] = (),
                   topics: Sequence[Topic] | None = None, listed: dict[str, Entry] | None = None) -> dict[str, str]:
    """Every index page; `topics` is `plan_topics(articles, settings)` and `listed` is
    `entries_of(articles)` when the caller has them."""
    visible = [a for a in articles if a.duplicate_of is None]
    listed = listed if listed is not None else entries_of(visible)
    entries = _by_date(list(listed.values()))
    pages: dict[str, str] = {}
    pages["index.md"] = render_home(visible, entries, settings)
    pages.update(render_timeline(entries, settings))
    pages.update(render_publishers(entries, settings))
    pages.update(render_report(articles, rejected, extra_errors, settings))
    pages.update(render_topics(visible, settings, topics if topics is not None else plan_topics(visible, settings, listed)))
    return pages


def render_home(articles: list[Article], entries: list[Entry], settings: Settings) -> str:
    years = Counter((e.date or UNDATED)[:4] if e.date else UNDATED for e in entries)
    publishers = Counter(e.publisher or UNKNOWN_PUBLISHER for e in entries)
    dated = [e.date for e in entries if e.date]
    groups: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        groups[e.date[:4] if e.date else UNDATED][e.publisher or UNKNOWN_PUBLISHER].append(e)
    return _render(
        "home.md.j2",
        settings=settings,
        count=len(entries),
        words=sum(e.words for e in entries),
        years=sorted(years.items(), key=lambda kv: (kv[0] == UNDATED, kv[0])),
        publishers=sorted(publishers.items(), key=lambda kv: (-kv[1], kv[0])),
        first=min(dated) if dated else None,
        last=max(dated) if dated else None,
        groups={y: dict(sorted(p.items())) for y, p in sorted(groups.items(), key=lambda kv: (kv[0] == UNDATED, kv[0]))},
        list_all=len(entries) <= settings.index_page_size,
        named_entities=len({m.entity for a in articles for m in a.mentions}),
        year_file=_year_file,
        publisher_file=publisher_files(publishers).get,
        depth=0,
    )


def _year_file(year: str) -> str:
    return "undated" if year == UNDATED else year


def publisher_files(names: Iterable[str]) -> dict[str, str]:
    """Each publisher's page name in publishers/ (without .md): its name's slug, unless the
    folder's own pages (index, unknown), a continuation page ("the-times-2") or a publisher
    whose name slugs alike has it; then `-publisher`, and a letter, are added."""
    files = {UNKNOWN_PUBLISHER: "unknown"}
    taken = set(RESERVED_PUBLISHER_FILES)
    for name in sorted(set(names) - {UNKNOWN_PUBLISHER}, key=lambda n: (n.casefold(), n)):
        base = make_slug(name, "publisher")
        if base in RESERVED_PUBLISHER_FILES or _CONTINUATION.search(base):
            base = f"{base}-publisher"
        file, letters = base, iter("bcdefghijklmnopqrstuvwxyz")
        while file in taken:
            file = f"{base}-{next(letters, 'z' * len(taken))}"
        taken.add(file)
        files[name] = file
    return files


RESERVED_PUBLISHER_FILES = frozenset({"index", "unknown"})
_CONTINUATION = re.compile(r"-\d+$")


def render_timeline(entries: list[Entry], settings: Settings) -> dict[str, str]:
    by_year: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_year[e.date[:4] if e.date else UNDATED].append(e)
    years = sorted(by_year, key=lambda y: (y == UNDATED, y))
    pages = {"timeline/index.md": _render(
        "timeline.md.j2", years=[(y, by_year[y]) for y in years], list_all=len(entries) <= settings.index_page_size,
        year_file=_year_file, depth=1, count=len(entries), undated=len(by_year.get(UNDATED, ())),
    )}
    for year in years:
        heading = "Undated articles" if year == UNDATED else f"Articles of {year}"
        intro = ("These articles state no date, and the catalog gives none." if year == UNDATED
                 else f"{_articles(len(by_year[year]))} dated {year}, oldest first.")
        pages.update(_paged("timeline", _year_file(year), heading, intro, by_year[year], settings, "month"))
    return pages


def render_publishers(entries: list[Entry], settings: Settings) -> dict[str, str]:
    by_publisher: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_publisher[e.publisher or UNKNOWN_PUBLISHER].append(e)
    names = sorted(by_publisher, key=lambda n: (n == UNKNOWN_PUBLISHER, n.casefold()))
    file_of = publisher_files(names)
    pages = {"publishers/index.md": _render(
        "publishers.md.j2", publishers=[(n, len(by_publisher[n]), file_of[n]) for n in names], depth=1,
    )}
    for name in names:
        intro = ("The text and the catalog name no publisher for these articles." if name == UNKNOWN_PUBLISHER
                 else f"{_articles(len(by_publisher[name]))} published by {md_text(name)}, {_order_words(by_publisher[name])}.")
        pages.update(_paged("publishers", file_of[name], name, intro, by_publisher[name], settings, "year"))
    return pages


@dataclass(frozen=True, repr=False)
class ReportRow(_KeptRepr):
    """One source file in the build report's per-article table."""

    path: str
    title: str | None
    slug: str
    duplicate: bool
    words: int
    removed: int
    by_reason: str


REPORT_ROW_READS = ("path", "title", "slug", "duplicate_of", "paragraphs", "stripped")
"""What `report_row` reads of an article."""


def report_row(article: Article) -> ReportRow:
    counts = Counter(s.reason for s in article.stripped)
    by_reason = ", ".join(f"{n} {r}" for r, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return ReportRow(article.path, article.title.value, article.slug, bool(article.duplicate_of), word_count(article.body_text),
                     sum(counts.values()), by_reason)


def render_report(articles: list[Article], rejected: Sequence[Rejected], extra_errors: Sequence[str],
                  settings: Settings | None = None) -> dict[str, str]:
    """The build report; its per-article table moves to pages of its own when it is long."""
    size = (settings or Settings()).index_page_size
    totals = Counter(s.reason for a in articles for s in a.stripped)
    rows = [per_article(report_row, REPORT_ROW_READS, a) for a in articles]
    chunks = pages_of(rows, size) if len(rows) > size else []
    files = ["articles.md" if i == 0 else f"articles-{i + 1}.md" for i in range(len(chunks))]
    pages = {"report/index.md": _render(
        "report.md.j2", totals=sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])), reasons=REASONS,
        rows=[] if chunks else rows, table_files=files, rejected=rejected, errors=extra_errors, depth=1,
        warnings=[(a, w) for a in articles for w in a.warnings],
        truncated=[a for a in articles if a.truncated.value],
        duplicates=[a for a in articles if a.duplicate_of],
    )}
    for i, chunk in enumerate(chunks):
        pages[f"report/{files[i]}"] = _render_list("report_table.md.j2", rows=chunk, page=i + 1, pages=len(chunks), files=files,
                                                   count=len(rows))
    return pages


# ---- topics ---------------------------------------------------------------------------------
# Topics are listed under their first letter, one heading per topic with its articles; a letter
# whose topics list more than `index_page_size` articles takes several pages, and a topic with
# more articles than that has pages of its own. (Material's tags listing put all of them on
# one page: 1.9 MB of HTML for 2,225 BBC articles.)

TOPIC_FOLDER = "topics"
OWN_FOLDER = f"{TOPIC_FOLDER}/topic"
"""Topics with more articles than an index page holds have their own pages here."""
OTHER_LETTER = "other"


@dataclass(frozen=True)
class Topic:
    name: str
    anchor: str
    """Unique among the collection's topics."""
    entries: tuple[Entry, ...]
    """Oldest first."""
    file: str
    """Docs-relative page that lists it: its letter's, or (`own`) the first of its own pages."""
    own: bool = False

    @property
    def target(self) -> str:
        """Docs-relative link to the topic's list: a page of its own, or its heading on a letter page."""
        return self.file if self.own else f"{self.file}#{self.anchor}"


@lru_cache(maxsize=1 << 16)  # a build files every topic twice (plan and pages): 3,000 names on BBC
def topic_letter(name: str) -> str:
    """The letter a topic is filed under: its first letter transliterated, "0-9", or "other"."""
    first = next((c for c in name if c.isalnum()), "")
    if first.isdigit():
        return "0-9"
    letter = make_slug(first, "")[:1] if first else ""
    return letter if letter.isascii() and letter.isalpha() else OTHER_LETTER


def plan_topics(articles: Sequence[Article], settings: Settings, entries: dict[str, Entry] | None = None) -> list[Topic]:
    """Every topic of the visible articles with the page that lists it, in the index's order.

    `entries` (article id -> its `entry`) saves computing them again."""
    entries = entries if entries is not None else {}
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for article in articles:
        if article.duplicate_of is None and article.topics:
            listed = entries.get(article.id) or entry(article)
            for name in dict.fromkeys(article.topics):
                by_name[name].append(listed)
    names = sorted(by_name, key=lambda n: (topic_letter(n) == OTHER_LETTER, topic_letter(n), n.casefold(), n))
    taken: set[str] = set()
    planned: list[Topic] = []
    letter_size: dict[str, int] = defaultdict(int)
    letter_page: dict[str, int] = defaultdict(lambda: 1)
    single = sum(len(v) for v in by_name.values()) <= settings.index_page_size
    for name in names:
        anchor = base = make_slug(name, "topic")
        n = 1
        while anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        taken.add(anchor)
        its = tuple(_by_date(by_name[name]))
        letter = topic_letter(name)
        if single:
            file = f"{TOPIC_FOLDER}/index.md"
        elif len(its) > settings.index_page_size:
            planned.append(Topic(name, anchor, its, f"{OWN_FOLDER}/{anchor}.md", own=True))
            continue
        else:
            if letter_size[letter] and letter_size[letter] + len(its) > settings.index_page_size:
                letter_page[letter] += 1
                letter_size[letter] = 0
            letter_size[letter] += len(its)
            page = letter_page[letter]
            file = f"{TOPIC_FOLDER}/{letter}.md" if page == 1 else f"{TOPIC_FOLDER}/{letter}-{page}.md"
        planned.append(Topic(name, anchor, its, file))
    return planned


def topic_targets(topics: Sequence[Topic]) -> dict[str, str]:
    """Topic name -> docs-relative link to where it is listed (article pages link their topics)."""
    return {t.name: t.target for t in topics}


def render_topics(articles: Sequence[Article], settings: Settings, topics: Sequence[Topic] | None = None) -> dict[str, str]:
    topics = plan_topics(articles, settings) if topics is None else topics
    index = f"{TOPIC_FOLDER}/index.md"
    letters: dict[str, list[Topic]] = defaultdict(list)
    for topic in topics:
        letters[topic_letter(topic.name)].append(topic)
    tagged = len({e.slug for t in topics for e in t.entries})
    pages: dict[str, str] = {}
    rows = []
    for letter, members in letters.items():
        files = list(dict.fromkeys(t.file for t in members if not t.own and t.file != index))
        rows.append((_letter_label(letter), len(members), [f.removeprefix(f"{TOPIC_FOLDER}/") for f in files]))
        for number, file in enumerate(files, start=1):
            heading = f"Topics: {_letter_label(letter)}"
            pages[file] = _render_list(
                "topic_page.md.j2", heading=heading, topics=[t for t in members if t.file == file], depth=1,
                page=number, pages=len(files), files=[f.removeprefix(f"{TOPIC_FOLDER}/") for f in files],
            )
    for topic in topics:
        if topic.own:
            intro = f"{_articles(len(topic.entries))} on this topic, {_order_words(topic.entries)}. [All topics](../index.md)"
            pages.update(_paged(OWN_FOLDER, topic.anchor, f"Topic: {topic.name}", intro, list(topic.entries), settings, "year"))
    common = sorted(topics, key=lambda t: (-len(t.entries), t.name.casefold(), t.name))[:TOPICS_MOST_COMMON]
    pages[index] = _render(
        "topics.md.j2", topics=topics, rows=rows, common=common if len(topics) > TOPICS_MOST_COMMON else [],
        single=all(t.file == index for t in topics), tagged=tagged, total=len(articles), depth=1,
        own=_own_name,
    )
    return pages


TOPICS_MOST_COMMON = 30
"""How many of the most common topics the topics index names when the topics fill several pages."""


def _own_name(topic: Topic) -> str:
    """Link to a topic's list, relative to the topics folder."""
    return topic.target.removeprefix(f"{TOPIC_FOLDER}/")


def _letter_label(letter: str) -> str:
    return {"0-9": "0–9", OTHER_LETTER: "Other"}.get(letter, letter.upper())
