"""Hostile text in a real browser: nothing runs, nothing breaks, nothing leaves the site.

The hostile site (seeds plus every hostile input) is served on 127.0.0.1; Chromium opens the
markup article, the other hostile articles, the seed pages and the index pages, and searches
for the markup headline. No dialog may open (every `alert(…)` in the sources would open one),
the console must stay free of errors, and every request must go to 127.0.0.1.
"""
from __future__ import annotations

import json
from urllib.parse import quote, urlparse

import pytest

from sitebuild import HOSTILE

pytestmark = pytest.mark.browser


@pytest.fixture
def watched(chromium, hostile_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = {"dialogs": [], "errors": [], "requests": []}
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on("request", lambda request: seen["requests"].append(request.url))
    yield page, seen
    context.close()


def article_urls(hostile_site) -> dict[str, str]:
    corpus = json.loads((hostile_site.docs / "corpus.json").read_text(encoding="utf-8"))
    return {a["source_file"]: a["url"] for a in corpus["articles"] if a["url"]}


def assert_safe(seen: dict) -> None:
    assert seen["dialogs"] == [], f"a dialog opened: {seen['dialogs']}"
    assert seen["errors"] == [], f"console errors: {seen['errors']}"
    hosts = {urlparse(url).hostname for url in seen["requests"] if not url.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, f"requests left the site: {sorted(hosts)}"


def visit(page, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let onerror handlers and deferred scripts run


def test_markup_article_runs_nothing(watched, hostile_url, hostile_site) -> None:
    page, seen = watched
    url = hostile_url + quote(article_urls(hostile_site)[HOSTILE["markup"].file])
    visit(page, url)
    assert page.locator("h1").first.inner_text().startswith('<img src=x onerror=alert("title")>')
    assert page.title().startswith('<img src=x onerror=alert("title")>')
    assert page.locator("article script, article iframe, article style, article img[src='x']").count() == 0
    body = page.locator("article").inner_text()
    assert "<script>alert(\"script-tag\")</script>" in body
    assert "{{ config }}" in body
    page.get_by_text("available here", exact=False).first.click()  # the javascript: link is text, not a link
    page.wait_for_timeout(200)
    assert_safe(seen)


@pytest.mark.parametrize("name", sorted(n for n, c in HOSTILE.items() if not c.rejected and n != "markup"))
def test_hostile_article_opens_cleanly(name: str, watched, hostile_url, hostile_site) -> None:
    page, seen = watched
    visit(page, hostile_url + quote(article_urls(hostile_site)[HOSTILE[name].file]))
    assert page.locator("h1").count() >= 1
    assert_safe(seen)


@pytest.mark.parametrize("path", ["", "timeline/", "publishers/", "entities/", "topics/", "report/", "about/"])
def test_index_pages_open_cleanly(path: str, watched, hostile_url) -> None:
    page, seen = watched
    visit(page, hostile_url + path)
    assert_safe(seen)


def test_seed_articles_open_cleanly(watched, hostile_url, hostile_site) -> None:
    page, seen = watched
    seeds = [url for file, url in article_urls(hostile_site).items() if file[:3].isdigit()]
    assert len(seeds) == 5
    for url in seeds:
        visit(page, hostile_url + url)
    assert_safe(seen)


def test_search_for_the_markup_headline_runs_nothing(watched, hostile_url) -> None:
    page, seen = watched
    visit(page, hostile_url)
    query = page.locator("input[data-md-component='search-query']")
    query.click()
    results = page.locator(".md-search-result__item")
    for _ in range(60):  # the search worker ignores queries typed before its index is built
        query.fill("")
        query.press_sequentially("markup", delay=20)  # Material searches on key events
        page.wait_for_timeout(1000)
        if results.count():
            break
    assert results.count() > 0, "search found nothing"
    assert "Markup {{ config }} in the <b>headline</b>" in page.locator(".md-search-result").inner_text()
    assert page.locator(".md-search-result img[src='x']").count() == 0
    assert_safe(seen)
