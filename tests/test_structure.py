"""Golden tests of the per-article stages (boilerplate -> structure), one folder per quirk.

Each `cases/structure/<quirk>/input.txt` is a real article (mostly a seed) trimmed to one
quirk; `expected.json` is the reviewed result. Regenerate with `pytest --update-goldens`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from golden import check_golden
from readingroom.pipeline import process_text
from readingroom.structure import parse_byline, paragraph_id

CASES = sorted(p for p in (Path(__file__).parent / "cases" / "structure").iterdir() if p.is_dir())


def summary(text: str, name: str) -> dict:
    article = process_text(text, name)
    return {
        "title": article.title.value,
        "subtitle": article.subtitle.value,
        "authors": list(article.authors.value or ()),
        "date": article.date.value,
        "date_origin": article.date.origin.describe(),
        "truncated": article.truncated.value,
        "paragraphs": [[p.kind, p.line, p.text[:90]] for p in article.paragraphs],
        "footnotes": [[n.marker, n.line, n.text[:60]] for n in article.footnotes],
        "inner_headers": [[h.title, list(h.authors)] for h in article.inner_headers],
        "stripped": [[s.line, s.reason] for s in article.stripped],
        "metadata_lines": [list(m) for m in article.metadata_lines],
        "notices": [[n.kind, n.line] for n in article.notices],
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_structure_case(case: Path, update_goldens: bool) -> None:
    text = (case / "input.txt").read_text(encoding="utf-8")
    check_golden(case / "expected.json", summary(text, case.name), update_goldens)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_line_in_exactly_one_place(case: Path) -> None:
    article = process_text((case / "input.txt").read_text(encoding="utf-8"), case.name)
    places = [p.line for p in article.paragraphs] + [s.line for s in article.stripped]
    places += [n.line for n in article.footnotes] + [line for line, _ in article.metadata_lines]
    non_empty = [line.number for line in article.lines if line.text.strip()]
    assert sorted(places) == non_empty


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Richard Weitz", ("Richard Weitz",)),
        ("By Anna Petrova and John Smith", ("Anna Petrova", "John Smith")),
        ("Robin Dixon, Catherine Belton, Francesca Ebel", ("Robin Dixon", "Catherine Belton", "Francesca Ebel")),
        ("By Jane Doe | Staff writer", ("Jane Doe",)),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("Von Anna Schmidt", ("Anna Schmidt",)),
        ("By the way, nobody asked.", None),
        ("Putin Considers the Possibility of a Trump Administration", None),
        ("Donald Trump", None),
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


def test_paragraph_ids_depend_only_on_content() -> None:
    assert paragraph_id("Hello  world.") == paragraph_id("hello world.")
    assert paragraph_id("Hello world.") != paragraph_id("Hello world!")
    assert paragraph_id("x").startswith("p-")


@pytest.mark.parametrize("headline, is_title", [
    ("Cheaper than it looks, but...", True),  # a teaser headline trails off
    ("Cheaper than it looks…", True),
    ("The new model costs less than the old one.", False),  # a sentence: the text starts here
    ("The Cheapest Computer Yet Is Quiet and Well Made. Why It Still Falls Short.", True),  # Title Case, full stop
])
def test_a_headline_may_trail_off_with_an_ellipsis(headline: str, is_title: bool) -> None:
    body = ("The small machine is the cheapest the company has sold. It lacks a screen, a keyboard and a mouse,"
            " and it is aimed at people who already own a computer.\n\n"
            "Reviewers found it quiet, well made and easy to set up, though the memory is small for the price.\n")
    article = process_text(f"{headline}\n\n{body}")
    assert (article.title.value == headline) is is_title
    if is_title:
        assert not any(headline in p.text for p in article.paragraphs)
