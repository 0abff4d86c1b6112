"""The Pagefind search option (`make site SEARCH=pagefind`): mkdocs.pagefind.yml, pagefind.yml
and the overrides it uses (partials/content.html, javascripts/search-pagefind.js).

Builds the seeds plus the hostile markup article with that configuration, indexes the site with
Pagefind (the `pagefind` package's own binary, no download), and searches in Chromium: a
phrase of an article body, a filter, and the markup article, whose excerpt must stay text.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from urllib.parse import urlparse

import pytest
import yaml
from sitebuild import MKDOCS, ROOT, copy_hand_written, copy_seeds, generate_docs, hostile_files, serve


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory):
    work = tmp_path_factory.mktemp("pagefind-site")
    docs, site = work / "docs", work / "site"
    sources = copy_seeds(work / "sources")
    case, data = hostile_files()["markup"]
    (sources / case.file).write_bytes(data)
    generate_docs(sources, docs)
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
    assert not (pagefind_site / "search" / "search_index.json").exists()
    html = _article_page(pagefind_site).read_text(encoding="utf-8")
    assert "javascripts/search-pagefind.js" in html
    assert "data-pagefind-body" in html and 'data-md-component="search"' not in html


def test_article_carries_filters(pagefind_site) -> None:
    html = _article_page(pagefind_site).read_text(encoding="utf-8")
    assert 'data-pagefind-filter="publisher[data-value]" data-value="The Moscow Times"' in html
    assert 'data-pagefind-filter="year[data-value]" data-value="2025"' in html
    topics = re.findall(r'data-pagefind-filter="topic\[data-value\]" data-value="([^"]+)"', html)
    assert topics and all(f">{topic}</a>" in html for topic in topics)  # the topics the page lists


@pytest.fixture
def searching(pagefind_site, chromium):
    """(page, site url, requests, dialogs): the home page with the search dialog open."""
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    with serve(pagefind_site) as url:
        page = chromium.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        page.click(".rr-pagefind__open")
        yield page, url, requests, dialogs
        page.close()
    assert errors == [], f"console errors: {errors}"


def _answered(page, before: str) -> None:
    """Wait until the status line reports an answer other than `before`."""
    page.wait_for_function("s => { const t = document.querySelector('.rr-pagefind__status').textContent;"
                           " return t !== s && t.endsWith('.'); }", arg=before, timeout=20_000)


def _titles(page) -> list[str]:
    page.wait_for_selector(".rr-pagefind__title a", timeout=20_000)
    return [a.inner_text() for a in page.query_selector_all(".rr-pagefind__title a")]


@pytest.mark.browser
def test_browser_search_finds_an_article_by_a_body_phrase(searching, pagefind_site) -> None:
    page, url, requests, _ = searching
    page_file = _article_page(pagefind_site)
    assert page.evaluate("document.activeElement.classList.contains('rr-pagefind__input')")  # the field has focus
    page.keyboard.type("win-win for the Kremlin")
    _titles(page)
    links = [a.get_attribute("href") for a in page.query_selector_all(".rr-pagefind__title a")]
    assert any(page_file.parent.name in (href or "") for href in links), links
    assert "result" in page.inner_text(".rr-pagefind__status")
    assert page.query_selector(".rr-pagefind__excerpt mark") is not None  # matched words are marked
    assert any("/pagefind/" in u for u in requests)
    assert not any("pagefind-ui" in u or "/filter/" in u for u in requests), "the ready-made UI or filters were loaded"
    assert all(u.startswith(url) or u.startswith("data:") for u in requests), "third-party request"
    page.keyboard.press("Enter")  # Enter opens the first result
    page.wait_for_url(lambda now: urlparse(now).path.startswith("/articles/"), timeout=10_000)
    assert not page.is_visible(".rr-pagefind")


@pytest.mark.browser
def test_browser_filter_narrows_results(searching) -> None:
    page, _, _, _ = searching
    page.fill(".rr-pagefind__input", "Putin")
    _titles(page)
    _answered(page, "")
    everything = _count(page)
    page.click(".rr-pagefind__filters summary")
    page.wait_for_selector(".rr-pagefind__filter select[name=publisher]", timeout=20_000)
    options = page.eval_on_selector_all("select[name=publisher] option", "os => os.map(o => o.value)")
    assert "The Moscow Times" in options and options[0] == ""
    before = page.inner_text(".rr-pagefind__status")
    page.select_option("select[name=publisher]", "The Moscow Times")
    _answered(page, before)
    assert 0 < _count(page) < everything
    assert "Filters (1)" in page.inner_text(".rr-pagefind__filters summary")
    before = page.inner_text(".rr-pagefind__status")
    page.fill(".rr-pagefind__input", "")  # a filter alone lists what it holds
    _answered(page, before)
    assert page.inner_text(".rr-pagefind__status").endswith("for the chosen filters.")
    assert _titles(page)


def _count(page) -> int:
    return int(page.inner_text(".rr-pagefind__status").split()[0])


@pytest.mark.browser
def test_browser_markup_in_a_result_is_text(searching) -> None:
    page, _, _, dialogs = searching
    page.fill(".rr-pagefind__input", "signing ceremony photo")
    titles = _titles(page)
    assert any(t.startswith('<img src=x onerror=alert("title")>') for t in titles), titles
    page.wait_for_timeout(300)  # let any onerror handler run
    assert dialogs == []
    assert page.locator(".rr-pagefind img, .rr-pagefind script, .rr-pagefind b").count() == 0
    excerpts = " ".join(page.locator(".rr-pagefind__excerpt").all_inner_texts())
    assert "<img src=x onerror" in excerpts
