"""Render stage: the collection's index pages (home, timeline, publishers, report) as Markdown.

Takes the finished articles and returns `{docs-relative path: page text}`. Article lists
live here, not in the navigation (a navigation listing every article makes every page carry
it: 85-97 s and 1.5 GB on 2,225 articles instead of 5 s and 44 MB), and long lists are split
into pages of `settings.index_page_size`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .boilerplate import REASONS
from .escape import md_text
from .model import Article, Rejected
from .render import environment
from .settings import Settings
from .slugs import make_slug

UNDATED = "Undated"
UNKNOWN_PUBLISHER = "Publisher unknown"
SUMMARY_CHARS = 220


@dataclass(frozen=True)
class Entry:
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
        summary, origin = first_sentence(article.paragraphs[0].text if article.paragraphs else ""), "first sentence"
    return Entry(
        title=article.title.value or f"Untitled ({article.path})",
        slug=article.slug,
        date=article.date.value,
        publisher=article.publisher.value,
        summary=summary,
        summary_origin=origin,
        words=len(article.body_text.split()),
        authors=", ".join(article.authors.value or ()),
    )


def first_sentence(text: str) -> str:
    match = re.match(r"(.{40,}?[.!?…][\"”’»)]?)(?:\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= SUMMARY_CHARS else sentence[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def pages_of(items: Sequence, size: int) -> list[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [items]


def _by_date(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date is None, e.date or "", e.title.casefold(), e.slug))


def _render(template: str, **context) -> str:
    return environment().get_template(template).render(md=md_text, **context)


def _paged(folder: str, name: str, heading: str, intro: str, entries: list[Entry], settings: Settings, group_by: str | None) -> dict[str, str]:
    """`folder/name.md`, then `folder/name-2.md` ... each with at most index_page_size articles."""
    chunks = pages_of(entries, settings.index_page_size)
    files = [f"{name}.md" if i == 0 else f"{name}-{i + 1}.md" for i in range(len(chunks))]
    out = {}
    for i, chunk in enumerate(chunks):
        out[f"{folder}/{files[i]}"] = _render(
            "list.md.j2", heading=heading, intro=intro, entries=chunk, depth=folder.count("/") + 1,
            page=i + 1, pages=len(chunks), files=files, group_by=group_by,
        )
    return out


def render_indexes(articles: list[Article], rejected: Sequence[Rejected], settings: Settings, extra_errors: Sequence[str] = ()) -> dict[str, str]:
    visible = [a for a in articles if a.duplicate_of is None]
    entries = _by_date([entry(a) for a in visible])
    pages: dict[str, str] = {}
    pages["index.md"] = render_home(visible, entries, settings)
    pages.update(render_timeline(entries, settings))
    pages.update(render_publishers(entries, settings))
    pages.update(render_report(articles, rejected, extra_errors))
    pages["topics/index.md"] = _render("topics.md.j2")
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
        year_file=_year_file,
        publisher_file=_publisher_file,
        depth=0,
    )


def _year_file(year: str) -> str:
    return "undated" if year == UNDATED else year


def _publisher_file(name: str) -> str:
    return "unknown" if name == UNKNOWN_PUBLISHER else make_slug(name, "publisher")


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
                 else f"{len(by_year[year])} articles dated {year}, oldest first.")
        pages.update(_paged("timeline", _year_file(year), heading, intro, by_year[year], settings, "month"))
    return pages


def render_publishers(entries: list[Entry], settings: Settings) -> dict[str, str]:
    by_publisher: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_publisher[e.publisher or UNKNOWN_PUBLISHER].append(e)
    names = sorted(by_publisher, key=lambda n: (n == UNKNOWN_PUBLISHER, n.casefold()))
    pages = {"publishers/index.md": _render(
        "publishers.md.j2", publishers=[(n, len(by_publisher[n]), _publisher_file(n)) for n in names], depth=1,
    )}
    for name in names:
        intro = ("The text and the catalog name no publisher for these articles." if name == UNKNOWN_PUBLISHER
                 else f"{len(by_publisher[name])} articles published by {md_text(name)}, oldest first.")
        pages.update(_paged("publishers", _publisher_file(name), name, intro, by_publisher[name], settings, "year"))
    return pages


def render_report(articles: list[Article], rejected: Sequence[Rejected], extra_errors: Sequence[str]) -> dict[str, str]:
    totals = Counter(s.reason for a in articles for s in a.stripped)
    rows = []
    for a in articles:
        counts = Counter(s.reason for s in a.stripped)
        rows.append((a, len(a.body_text.split()), sum(counts.values()), ", ".join(f"{n} {r}" for r, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))))
    return {"report/index.md": _render(
        "report.md.j2", totals=sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])), reasons=REASONS,
        rows=rows, rejected=rejected, errors=extra_errors, depth=1,
        warnings=[(a, w) for a in articles for w in a.warnings],
        truncated=[a for a in articles if a.truncated.value],
        duplicates=[a for a in articles if a.duplicate_of],
    )}
