"""End to end on the embedded corpus: the five seeds through the CLI into a docs folder.

Checks the corpus.json shape and the facts the issues name for the seeds, that every
non-empty source line lands in exactly one place, and the generated Markdown against
reviewed goldens (`pytest --update-goldens` rewrites them).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from golden import check_golden
from readingroom.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, int]:
    tmp = tmp_path_factory.mktemp("seeds")
    sources = tmp / "sources"
    shutil.copytree(ROOT / "sources", sources)
    docs = tmp / "docs"
    status = main(["build", "--sources", str(sources), "--docs", str(docs), "--no-cache", "--quiet"])
    corpus = json.loads((docs / "corpus.json").read_text(encoding="utf-8"))
    return docs, corpus, status


def article(corpus: dict, prefix: str) -> dict:
    return next(a for a in corpus["articles"] if a["id"].startswith(prefix))


def test_every_seed_becomes_a_page(built) -> None:
    docs, corpus, status = built
    assert status == 0
    assert corpus["rejected"] == []
    assert len(corpus["articles"]) == 5
    for a in corpus["articles"]:
        assert (docs / a["url"] / "index.md").is_file()


def test_corpus_json_has_the_documented_shape(built) -> None:
    _, corpus, _ = built
    assert set(corpus) >= {"articles", "entities", "rejected"}
    keys = {"id", "slug", "url", "title", "subtitle", "authors", "date", "publisher", "source_url",
            "paragraphs", "footnotes", "stripped", "related", "entities"}
    for a in corpus["articles"]:
        assert keys <= set(a)
        assert all({"id", "kind", "text"} <= set(p) for p in a["paragraphs"])
        assert all({"line", "text", "reason"} <= set(s) for s in a["stripped"])
        assert all({"id", "score", "because"} <= set(r) for r in a["related"])
        assert all({"id", "mentions"} <= set(e) for e in a["entities"])
    for e in corpus["entities"]:
        assert {"id", "name", "kind", "aliases", "description", "articles"} <= set(e)


def test_every_non_empty_line_is_in_exactly_one_place(built) -> None:
    _, corpus, _ = built
    for a in corpus["articles"]:
        lines = (ROOT / "sources" / a["source_file"]).read_text(encoding="utf-8").split("\n")
        non_empty = [n for n, text in enumerate(lines, start=1) if text.strip()]
        places = [p["line"] for p in a["paragraphs"]] + [s["line"] for s in a["stripped"]]
        places += [f["line"] for f in a["footnotes"]] + [m["line"] for m in a["metadata_lines"]]
        assert sorted(places) == non_empty, a["id"]


def test_seed_facts(built) -> None:
    _, corpus, _ = built
    moscow = article(corpus, "001")
    assert moscow["title"] == "Negotiations With Trump Are a Win-Win for the Kremlin"
    assert (moscow["publisher"], moscow["date"]) == ("The Moscow Times", "2025-01-27")
    assert moscow["source_url"].startswith("https://themoscowtimes.com/2025/01/27/")
    assert moscow["authors"] == []  # the text names no author, and neither does the catalog
    assert [n["kind"] for n in moscow["notices"]] == ["opinion-disclaimer"]

    weitz = article(corpus, "002")
    assert weitz["date"] == "2016-11-06" and weitz["provenance"]["date"]["line"] == 4
    assert weitz["authors"] == ["Richard Weitz"]
    assert weitz["truncated"] is True
    body = " ".join(p["text"] for p in weitz["paragraphs"])
    assert "Putin Considers the Possibility" not in body and "By Richard Weitz" not in body
    assert weitz["paragraphs"][0]["text"].startswith("Based on his recent travels")

    wp = article(corpus, "003")
    assert wp["authors"] == ["Robyn Dixon", "Catherine Belton", "Francesca Ebel"]
    assert "Robin Dixon" in wp["provenance"]["authors"]["origin"]  # the source's spelling is kept as a note
    assert wp["publisher"] == "vpk.name" and wp["original"]["publisher"] == "The Washington Post"
    assert [f["marker"] for f in wp["footnotes"]] == ["*", "**"]
    assert not any(p["text"].startswith("*") for p in wp["paragraphs"])
    assert any("n1" in p["footnotes"] for p in wp["paragraphs"])

    euromaidan = article(corpus, "004")
    assert euromaidan["publisher"] == "Euromaidan Press"
    assert euromaidan["title"].startswith("Three Russian answers to the question")
    assert {"rights"} <= {n["kind"] for n in euromaidan["notices"]}

    goble = article(corpus, "000")
    assert goble["title"] is None and goble["date"] is None and goble["publisher"] is None


BOILERPLATE_PHRASES = ("Dear readers", "Sign up for our", "Privacy Policy", "Copyright ©", "Related:", "Kremlin.ru",
                       "Image: Ivan Shilov", "Read more", "Remind me later", "support us monthly", "Related Posts",
                       "Ctrl + Enter", "do not necessarily reflect")


def test_no_boilerplate_in_any_body(built) -> None:
    _, corpus, _ = built
    for a in corpus["articles"]:
        body = "\n".join(p["text"] for p in a["paragraphs"])
        leaked = [phrase for phrase in BOILERPLATE_PHRASES if phrase in body]
        assert not leaked, (a["id"], leaked)


def test_paragraph_ids_are_unique_and_anchored_in_the_page(built) -> None:
    docs, corpus, _ = built
    for a in corpus["articles"]:
        ids = [p["id"] for p in a["paragraphs"]]
        assert len(ids) == len(set(ids))
        page = (docs / a["url"] / "index.md").read_text(encoding="utf-8")
        assert all(f"#{pid}" in page for pid in ids)


def test_subheads_sit_beside_the_card_in_the_table_of_contents(built) -> None:
    """A subhead is an h2 like "About this text", not an h3 the contents would file under it."""
    import markdown

    docs, corpus, _ = built
    subheads = [(a, p["id"]) for a in corpus["articles"] for p in a["paragraphs"] if p["kind"] == "heading"]
    assert subheads, "the seeds have subheads (003)"
    for a, pid in subheads:
        page = (docs / a["url"] / "index.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
        md = markdown.Markdown(extensions=["toc", "attr_list", "md_in_html"])
        md.convert(page)
        top = [child["id"] for title in md.toc_tokens for child in title["children"]]  # under the page's h1
        assert pid in top and "about-this-text" in top, (a["id"], top)


def test_generated_markdown_matches_goldens(built, update_goldens: bool) -> None:
    docs, corpus, _ = built
    for a in corpus["articles"]:
        check_golden(GOLDEN / f"{a['slug']}.md", (docs / a["url"] / "index.md").read_text(encoding="utf-8"), update_goldens)
    check_golden(GOLDEN / "corpus.json", (docs / "corpus.json").read_text(encoding="utf-8"), update_goldens)
