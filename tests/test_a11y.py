"""Accessibility of the built seed site in Chromium: axe-core finds nothing serious, and the
keyboard alone reaches every function.

axe-core (npm, `node_modules/axe-core`, installed by `make browser-deps`) is injected into each
page and run with its default rules; a violation of impact "serious" or "critical" fails.
Every page is checked in both palettes (colour contrast differs). The keyboard tests press
keys only: no clicks, no `focus()` calls.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
SCHEMES = ("light", "dark")
SEARCH_QUERY = "Putin"
MAX_TABS = 250
"""Tab presses allowed to reach a control: an article page has about a hundred stops."""


@pytest.fixture(scope="module")
def corpus(seed_site) -> dict:
    return json.loads((seed_site.docs / "corpus.json").read_text(encoding="utf-8"))


@pytest.fixture
def open_page(chromium, seed_url):
    """`open_page(path, scheme)`: a fresh 1280 x 900 page on the seed site."""
    contexts = []

    def open_(path: str = "", scheme: str = "light"):
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        contexts.append(context)
        page = context.new_page()
        page.goto(seed_url + path, wait_until="networkidle")  # Material's scripts bound
        return page

    yield open_
    for context in contexts:
        context.close()


def serious_violations(page) -> list[str]:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (make browser-deps runs npm ci)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['impact']} {v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']}: "
        f"{v['nodes'][0]['failureSummary'][:300]})"
        for v in result["violations"] if v["impact"] in BLOCKING
    ]


def entity_page(seed_site) -> str:
    pages = sorted(p for p in (seed_site.site / "entities").glob("*/index.html"))
    assert pages, "the seed site has no entity pages"
    return f"entities/{pages[0].parent.name}/"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_home(open_page, scheme) -> None:
    assert serious_violations(open_page("", scheme)) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_every_article(open_page, corpus, scheme) -> None:
    found = {}
    for article in corpus["articles"]:
        violations = serious_violations(open_page(article["url"], scheme))
        if violations:
            found[article["url"]] = violations
    assert found == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_entity_page(open_page, seed_site, scheme) -> None:
    assert serious_violations(open_page(entity_page(seed_site), scheme)) == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_search_results(open_page, scheme) -> None:
    page = open_page("", scheme)
    page.locator("input[data-md-component='search-query']").focus()
    page.keyboard.type(SEARCH_QUERY)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    # Results fade in (CSS transitions on their colours): axe reads the colours of the moment,
    # a mix of the two ends of a transition, unless it runs after they finish.
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    assert serious_violations(page) == []


def test_article_language_is_set(open_page, corpus) -> None:
    for article in corpus["articles"]:
        page = open_page(article["url"])
        expected = article["language"] or "und"
        assert page.locator("html").get_attribute("lang"), article["url"]
        assert page.locator(".rr-body").get_attribute("lang") == expected, article["url"]
        if expected != "und":
            assert page.locator("article.md-content__inner").get_attribute("lang") == expected, article["url"]


# ---- keyboard only ---------------------------------------------------------------------------

def active(page) -> dict:
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return {tag: e.tagName, cls: String(e.className || ''), href: e.getAttribute('href') || '',"
        " text: (e.innerText || '').trim().slice(0, 60)}; })()"
    )


def tab_to(page, predicate, limit: int = MAX_TABS) -> dict:
    """Press Tab until the focused element satisfies `predicate`; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = active(page)
        if predicate(element):
            return element
    raise AssertionError(f"no matching element within {limit} Tab presses")


def wait_for_settled_results(page, quiet_ms: int = 500, timeout: int = 10_000) -> None:
    """Wait until the result list has shown items and stayed unchanged for `quiet_ms`.

    Material re-renders the list for each key typed and once more when its search worker has
    finished the index, so an arrow key pressed on the first list may land on a removed link."""
    page.locator(".md-search-result__item").first.wait_for(timeout=timeout)
    page.wait_for_function(
        "(quiet) => { const l = document.querySelector('.md-search-result__list');"
        " const html = l ? l.innerHTML : ''; const now = performance.now();"
        " if (window.__rrList !== html) { window.__rrList = html; window.__rrSince = now; return false; }"
        " return now - window.__rrSince >= quiet; }",
        arg=quiet_ms, polling=100, timeout=timeout)


def test_skip_link_is_first_and_skips_to_the_text(open_page, corpus) -> None:
    page = open_page(corpus["articles"][0]["url"])
    page.keyboard.press("Tab")
    first = active(page)
    assert "md-skip" in first["cls"], first
    assert page.locator("a.md-skip").is_visible()
    page.keyboard.press("Enter")
    target = first["href"].split("#", 1)[1]
    page.wait_for_function(f"location.hash === '#{target}'")
    heading = page.locator(f"[id='{target}']")
    assert heading.is_visible()
    assert heading.evaluate("e => e.getBoundingClientRect().top < window.innerHeight")


def test_search_with_the_keyboard(open_page, corpus) -> None:
    page = open_page("")
    tab_to(page, lambda e: e["tag"] == "INPUT" and "md-search__input" in e["cls"])
    page.keyboard.type("Augean stables")
    wait_for_settled_results(page)
    page.keyboard.press("ArrowDown")
    assert "md-search-result__link" in active(page)["cls"]
    page.keyboard.press("Enter")
    target = next(a for a in corpus["articles"] if a["id"].startswith("004"))
    page.wait_for_url(f"**/{target['url']}**")


def test_pilcrow_with_the_keyboard(open_page, corpus) -> None:
    page = open_page(corpus["articles"][0]["url"])
    pilcrow = tab_to(page, lambda e: "rr-pilcrow" in e["cls"])
    focused = page.locator("a.rr-pilcrow:focus")
    assert focused.is_visible()
    assert focused.evaluate("e => getComputedStyle(e).opacity") == "1"
    page.keyboard.press("Enter")
    anchor = pilcrow["href"].split("#", 1)[1]
    page.wait_for_function(f"location.hash === '#{anchor}'")
    # Material's instant navigation may move to the anchor with history.pushState, which does
    # not update :target; what the reader needs is the paragraph scrolled into view.
    page.wait_for_function(
        f"(() => {{ const r = document.getElementById('{anchor}').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; })()", timeout=5_000)


def test_palette_toggle_with_the_keyboard(open_page) -> None:
    page = open_page("", "light")
    before = page.evaluate("document.body.dataset.mdColorScheme")
    tab_to(page, lambda e: e["tag"] == "INPUT" and "md-option" in e["cls"], limit=10)
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.body.dataset.mdColorScheme !== '{before}'")


def test_citation_tabs_and_removed_lines_with_the_keyboard(open_page, corpus) -> None:
    page = open_page(corpus["articles"][0]["url"])
    tab_to(page, lambda e: e["tag"] == "INPUT" and page.evaluate("!!document.activeElement.closest('.tabbed-set')"))
    first = page.evaluate("document.activeElement.id")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.checked && document.activeElement.id") not in (False, first)
    tab_to(page, lambda e: e["tag"] == "SUMMARY")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('details').open")


# ---- small screens ---------------------------------------------------------------------------

def test_nothing_overflows_at_360_px(chromium, seed_url, seed_site, corpus) -> None:
    """Every kind of page fits a 360 px phone: no sideways scrolling of the page itself."""
    paths = ["", "timeline/", "publishers/", "about/", "entities/", entity_page(seed_site)]
    paths += [a["url"] for a in corpus["articles"]]
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    wide = {}
    for path in paths:
        page.goto(seed_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            wide[path] = width
    context.close()
    assert wide == {}
