"""The reader's path in a real browser (Chromium via Playwright) on the built seed site.

Home page -> article -> search for a body phrase -> result -> the article; a pilcrow link
lands on its paragraph; a citation is copied with the copy button; and no request leaves
127.0.0.1 on the way.
"""
from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(chromium, seed_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_url.rstrip("/"))
    page = context.new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    hosts = {urlparse(url).hostname for url in page.requested if not url.startswith(("data:", "blob:"))}
    context.close()
    assert hosts <= {"127.0.0.1"}, f"requests left the site: {sorted(hosts)}"


def corpus(seed_site) -> dict:
    return json.loads((seed_site.docs / "corpus.json").read_text(encoding="utf-8"))


def test_home_lists_every_article(page, seed_url, seed_site) -> None:
    page.goto(seed_url)
    assert "Reading Room" in page.title()
    links = page.locator("article a[href*='articles/']")
    hrefs = {link.get_attribute("href") for link in links.all()}
    for a in corpus(seed_site)["articles"]:
        assert any(a["slug"] in (href or "") for href in hrefs), a["id"]


def test_open_article_from_home(page, seed_url) -> None:
    page.goto(seed_url)
    page.get_by_role("link", name="Negotiations With Trump Are a Win-Win for the Kremlin").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("h1").inner_text().startswith("Negotiations With Trump Are a Win-Win for the Kremlin")
    assert page.locator(".rr-card").is_visible()


def test_search_finds_a_body_phrase_and_leads_to_the_article(page, seed_url, seed_site) -> None:
    target = next(a for a in corpus(seed_site)["articles"] if a["id"].startswith("004"))
    page.goto(seed_url)
    query = page.locator("input[data-md-component='search-query']")
    query.click()
    query.press_sequentially("Augean stables", delay=20)  # Material searches on key events
    result = page.locator(".md-search-result__item a").first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_url(f"**/articles/{target['slug']}/**")
    assert page.get_by_text("the cleansing of the Augean stables", exact=False).first.is_visible()


def test_pilcrow_lands_on_its_paragraph(page, seed_url, seed_site) -> None:
    article = next(a for a in corpus(seed_site)["articles"] if a["id"].startswith("001"))
    third = article["paragraphs"][2]
    page.goto(seed_url + article["url"], wait_until="networkidle")  # Material's scripts bound
    page.locator(f"#{third['id']} a.rr-pilcrow").click()  # the keyboard path is in test_a11y.py
    page.wait_for_function(f"location.hash === '#{third['id']}'", timeout=10_000)
    assert page.locator(f"#{third['id']}").inner_text().startswith(third["text"][:40])
    assert page.locator(f"#{third['id']}").is_visible()


def test_copy_a_citation(page, seed_url, seed_site) -> None:
    article = next(a for a in corpus(seed_site)["articles"] if a["id"].startswith("003"))
    page.goto(seed_url + article["url"])
    block = page.locator("pre:has(.rr-citation)").first
    block.scroll_into_view_if_needed()
    block.hover()
    block.locator("button[data-md-type='copy'], button.md-clipboard").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dixon, R., Belton, C., & Ebel, F.")


def test_provenance_card_and_meta_tags(page, seed_url, seed_site) -> None:
    article = next(a for a in corpus(seed_site)["articles"] if a["id"].startswith("001"))
    page.goto(seed_url + article["url"])
    card = page.locator(".rr-card")
    assert "The Moscow Times" in card.inner_text()
    assert "curated catalog" in card.inner_text()
    assert page.locator("meta[name='citation_title']").get_attribute("content") == article["title"]
    assert page.locator("meta[name='citation_publication_date']").get_attribute("content") == "2025/01/27"
    assert page.locator("link[rel='canonical']").count() == 1
    original = page.locator("a.rr-external").first
    assert original.get_attribute("href") == article["source_url"]
    assert set(original.get_attribute("rel").split()) >= {"noopener", "noreferrer"}
