"""Citations of an article in APA, MLA, Chicago, BibTeX and CSL-JSON. Pure formatting.

Two works can be cited: the original publication (publisher, source URL, authors, date, as
recorded) and this reading-room copy. A missing value is left out or written as the style
says for unknowns ("n.d."); nothing is filled in. The styles follow APA 7, MLA 9 and the
Chicago 17 bibliography form for news articles; citeproc-py was considered but ships no
APA/MLA/Chicago styles and the CSL files cannot be downloaded here.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

MONTHS_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
MONTHS_MLA = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


@dataclass(frozen=True)
class Work:
    """What is cited. Every field may be missing."""

    key: str
    title: str | None
    authors: tuple[str, ...]
    container: str | None
    """Publisher or site name."""
    date: str | None
    url: str | None
    language: str | None = None
    note: str | None = None


def split_name(name: str) -> tuple[str, str]:
    """('given', 'family'): the last word is the family name ('Robyn Dixon' -> Dixon)."""
    parts = name.split()
    return (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else ("", name)


def _initials(given: str) -> str:
    return " ".join(f"{p[0]}." for p in re.split(r"[\s]+", given) if p)


def _date(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def apa(work: Work) -> str:
    names = []
    for name in work.authors:
        given, family = split_name(name)
        names.append(f"{family}, {_initials(given)}".strip(", ") if given else family)
    author = ", ".join(names[:-1]) + (", & " if len(names) > 1 else "") + names[-1] if names else ""
    when = _date(work.date)
    stamp = f"({when.year}, {MONTHS_FULL[when.month - 1]} {when.day})" if when else "(n.d.)"
    title = _end(work.title or "Untitled")
    parts = [f"{author} {stamp}." if author else None, title if author else None]
    if not author:
        parts = [title, f"{stamp}."]
    parts += [_end(work.container) if work.container else None, work.url]
    return " ".join(p for p in parts if p)


def mla(work: Work) -> str:
    author = ""
    if work.authors:
        given, family = split_name(work.authors[0])
        first = f"{family}, {given}" if given else family
        author = first + (", et al." if len(work.authors) > 2 else (f", and {work.authors[1]}" if len(work.authors) == 2 else ""))
        author = _end(author)
    when = _date(work.date)
    stamp = f"{when.day} {MONTHS_MLA[when.month - 1]} {when.year}" if when else None
    tail = ", ".join(p for p in (work.container, stamp, _bare(work.url)) if p)
    return " ".join(p for p in (author, f"“{_end(work.title or 'Untitled')}”", _end(tail) if tail else None) if p)


def chicago(work: Work) -> str:
    names = []
    for i, name in enumerate(work.authors):
        given, family = split_name(name)
        names.append(f"{family}, {given}" if i == 0 and given else name)
    author = _end(names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]) if names else ""
    when = _date(work.date)
    stamp = f"{MONTHS_FULL[when.month - 1]} {when.day}, {when.year}" if when else "n.d."
    tail = _end(", ".join(p for p in (work.container, stamp) if p))
    return " ".join(p for p in (author, f"“{_end(work.title or 'Untitled')}”", tail, _end(work.url) if work.url else None) if p)


def bibtex(work: Work) -> str:
    fields = [("title", "{" + _tex(work.title or "Untitled") + "}")]
    if work.authors:
        fields.append(("author", " and ".join(_tex(f"{f}, {g}" if g else f) for g, f in map(split_name, work.authors))))
    if work.container:
        fields.append(("journal", _tex(work.container)))
    when = _date(work.date)
    if when:
        fields += [("year", str(when.year)), ("month", str(when.month)), ("day", str(when.day))]
    if work.url:
        fields.append(("url", work.url))
    if work.language:
        fields.append(("language", _tex(work.language)))
    if work.note:
        fields.append(("note", _tex(work.note)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{work.key},\n{body}\n}}"


def csl_json(work: Work) -> str:
    item: dict = {"id": work.key, "type": "article-newspaper", "title": work.title or "Untitled"}
    if work.authors:
        item["author"] = [dict(zip(("given", "family"), split_name(n))) for n in work.authors]
    if work.container:
        item["container-title"] = work.container
    when = _date(work.date)
    if when:
        item["issued"] = {"date-parts": [[when.year, when.month, when.day]]}
    if work.url:
        item["URL"] = work.url
    if work.language:
        item["language"] = work.language
    if work.note:
        item["note"] = work.note
    return json.dumps([item], ensure_ascii=False, indent=2)


STYLES = {"APA": apa, "MLA": mla, "Chicago": chicago, "BibTeX": bibtex, "CSL-JSON": csl_json}


def cite(work: Work) -> dict[str, str]:
    return {name: style(work) for name, style in STYLES.items()}


def _end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", "”", '"')) else text + "."


def _bare(url: str | None) -> str | None:
    return re.sub(r"^https?://", "", url) if url else None


def _tex(text: str) -> str:
    return BIBTEX_SPECIAL.sub(r"\\\1", text)


def bibtex_key(authors: tuple[str, ...], date_iso: str | None, title: str | None, fallback: str) -> str:
    family = split_name(authors[0])[1] if authors else ""
    year = date_iso[:4] if date_iso else "nd"
    word = next((w for w in re.findall(r"[A-Za-z]{4,}", title or "")), "")
    key = re.sub(r"[^A-Za-z0-9]", "", f"{family}{year}{word}") or re.sub(r"[^A-Za-z0-9]", "", fallback)
    return key or "article"
