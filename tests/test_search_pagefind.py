"""The Pagefind search option (`make site SEARCH=pagefind`): mkdocs.pagefind.yml, pagefind.yml
and the overrides it uses (partials/content.html, javascripts/search-pagefind.js).

Builds the seeds with that configuration, indexes the site with Pagefind (the `pagefind`
package's own binary, no download), and searches in Chromium for a phrase of an article body.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml
from sitebuild import MKDOCS, ROOT, copy_hand_written, copy_seeds, generate_docs, serve


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("pagefind-site")
    docs, site = work / "docs", work / "site"
    generate_docs(copy_seeds(work / "sources"), docs)
    copy_hand_written(docs)
    config = work / "mkdocs-pagefind.yml"
    config.write_text(yaml.safe_dump({
        "INHERIT": str(ROOT / "mkdocs.pagefind.yml"), "docs_dir": str(docs), "site_dir": str(site),
        "theme": {"custom_dir": str(ROOT / "overrides")}, "hooks": [], "watch": [],
    }), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([str(MKDOCS), "build", "--strict", "-f", str(config)], capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr[-3000:]
    indexed = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site)], cwd=ROOT, capture_output=True, text=True)
    assert indexed.returncode == 0, indexed.stderr[-3000:]
    return site


def _article_page(site):
    return sorted((site / "articles").glob("*/index.html"))[1]


def test_pagefind_replaces_material_search(pagefind_site) -> None:
    assert (pagefind_site / "pagefind" / "pagefind.js").is_file()
    assert (pagefind_site / "pagefind" / "pagefind-ui.js").is_file()
    assert not (pagefind_site / "search" / "search_index.json").exists()
    html = _article_page(pagefind_site).read_text(encoding="utf-8")
    assert "javascripts/search-pagefind.js" in html
    assert "data-pagefind-body" in html and 'data-md-component="search"' not in html


def test_article_carries_filters(pagefind_site) -> None:
    html = _article_page(pagefind_site).read_text(encoding="utf-8")
    assert 'data-pagefind-filter="publisher[data-value]" data-value="The Moscow Times"' in html
    assert 'data-pagefind-filter="year[data-value]" data-value="2025"' in html
    assert 'data-pagefind-filter="topic[data-value]" data-value="world leader"' in html


@pytest.mark.browser
def test_browser_search_finds_an_article_by_a_body_phrase(pagefind_site, chromium) -> None:
    page_file = _article_page(pagefind_site)
    requests: list[str] = []
    with serve(pagefind_site) as url:
        page = chromium.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.goto(url)
        page.click(".rr-pagefind__open")
        page.fill("#rr-pagefind-search input", "win-win for the Kremlin")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=20_000)
        links = [a.get_attribute("href") for a in page.query_selector_all(".pagefind-ui__result-link")]
        page.close()
    assert any(page_file.parent.name in (href or "") for href in links), links
    assert any("/pagefind/" in u for u in requests)
    assert all(u.startswith(url) or u.startswith("data:") for u in requests), "third-party request"
