"""The generated site also builds with Zensical, Material's successor, which reads the same
mkdocs.yml but ignores MkDocs hooks and third-party plugins.

Everything a reader sees is generated Markdown, front matter and Material's built-in features,
so the seed site built by `zensical build --strict` must carry every article page with its
title, every paragraph with its anchor, the provenance card, and no third-party request.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sitebuild import HOSTILE, MARKUP_TEXTS, ROOT, flat, read_html
from test_hostile import SEED_IDS, article_for, corpus, foreign_elements

ZENSICAL = Path(sys.executable).parent / "zensical"
THIRD_PARTY = re.compile(r"""<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//(?!127\.0\.0\.1)""")
"""A tag that makes the browser fetch from another host (a link to the original article does not)."""


def zensical_build(docs: Path, project: Path) -> Path:
    """`zensical build --strict` of generated `docs` with the project's mkdocs.yml; the site folder."""
    if not ZENSICAL.exists():
        pytest.fail(f"{ZENSICAL} is missing: `make test` installs requirements.lock, which pins zensical")
    shutil.copytree(docs, project / "docs")  # Zensical wants docs/ inside the project
    shutil.copytree(ROOT / "overrides", project / "overrides")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("hooks", "watch"):
        config.pop(key, None)
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = subprocess.run([str(ZENSICAL), "build", "--strict"], cwd=project, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return project / "site"


@pytest.fixture(scope="module")
def zensical_site(seed_site, tmp_path_factory) -> Path:
    return zensical_build(seed_site.docs, tmp_path_factory.mktemp("zensical"))


@pytest.fixture(scope="module")
def zensical_hostile(hostile_site, tmp_path_factory) -> Path:
    return zensical_build(hostile_site.docs, tmp_path_factory.mktemp("zensical-hostile"))


def test_every_article_page_is_built_with_its_paragraphs(seed_site, zensical_site) -> None:
    corpus = json.loads((seed_site.docs / "corpus.json").read_text(encoding="utf-8"))
    assert corpus["articles"]
    for article in corpus["articles"]:
        page = zensical_site / article["url"] / "index.html"
        assert page.exists(), article["url"]
        text = page.read_text(encoding="utf-8")
        assert 'class="rr-card' in text and "rr-body" in text, article["url"]
        if article["title"]:
            assert article["title"] in html.unescape(text), article["url"]
        for paragraph in article["paragraphs"]:
            assert f'id="{paragraph["id"]}"' in text, (article["url"], paragraph["id"])


def test_index_pages_are_built(zensical_site) -> None:
    for folder in ("timeline", "publishers", "entities", "topics", "report", "about"):
        assert (zensical_site / folder / "index.html").exists(), folder


def test_no_page_asks_another_host(zensical_site) -> None:
    pages = list(zensical_site.rglob("*.html"))
    assert pages
    offenders = {str(p.relative_to(zensical_site)): m.group(0) for p in pages
                 for m in [THIRD_PARTY.search(p.read_text(encoding="utf-8"))] if m}
    assert offenders == {}


def test_markup_in_a_source_is_text_under_zensical_too(hostile_site, zensical_hostile) -> None:
    document = corpus(hostile_site.docs)
    markup = article_for(document, HOSTILE["markup"].file)
    seed = next(a for a in document["articles"] if a["id"] == SEED_IDS[0])
    page = zensical_hostile / markup["url"] / "index.html"
    assert foreign_elements(page, zensical_hostile / seed["url"] / "index.html") == []
    text = read_html(page).text
    for written in MARKUP_TEXTS:
        assert flat(written) in text, written
