"""Students follow cross-references: a related piece, an entity and a passage link, in Chromium.

The seeds share no passage above the similarity threshold, so two short articles that quote
the same statement are added to a copy of the seeds; each link must land on the right page
and, for paragraph links, on the right paragraph.
"""
from __future__ import annotations

import json
import re

import pytest

from sitebuild import copy_seeds, make_site, serve

pytestmark = pytest.mark.browser

SHARED = ("The foreign ministers agreed that a ceasefire along the entire front line must be monitored by "
          "observers from neutral countries, and that prisoners of war will be exchanged in stages before any "
          "summit between the two presidents.")
ARTICLES = {
    "geneva-talks-a.txt": ("Ministers meet in Geneva", [
        "Diplomats from both countries met behind closed doors in Geneva on Monday, the first such meeting in two years.",
        SHARED,
        "Officials in Kyiv were not consulted before the talks, according to two people familiar with the preparations.",
    ]),
    "geneva-talks-b.txt": ("What the Geneva statement says", [
        "The statement released after the Geneva meeting was short and, on most questions, vague by design.",
        "Its key passage reads in full: " + SHARED,
        "Analysts in Moscow said the wording left room for both sides to claim that they had won the argument.",
    ]),
}


@pytest.fixture(scope="module")
def linked_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("linked")
    sources = copy_seeds(work / "sources")
    for name, (title, paragraphs) in ARTICLES.items():
        (sources / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    site = make_site(sources, work)
    with serve(site.site) as url:
        yield site, json.loads((site.docs / "corpus.json").read_text(encoding="utf-8")), url


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def by_id(corpus: dict, article_id: str) -> dict:
    return next(a for a in corpus["articles"] if a["id"] == article_id)


def test_related_link_leads_to_the_related_article(page, linked_site) -> None:
    _, corpus, url = linked_site
    article = next(a for a in corpus["articles"] if a["id"].startswith("001"))
    first = by_id(corpus, article["related"][0]["id"])
    page.goto(url + article["url"])
    page.locator("#related-pieces + ol a").first.click()
    page.wait_for_url(f"**/{first['url']}")
    assert page.locator("h1").inner_text().startswith((first["title"] or "Untitled")[:30])


def test_entity_link_leads_to_its_page_and_back_to_the_paragraph(page, linked_site) -> None:
    _, corpus, url = linked_site
    article = next(a for a in corpus["articles"] if a["id"].startswith("004"))
    page.goto(url + article["url"])
    link = page.locator(".rr-body a[href*='entities/']").first
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h1").inner_text()
    mention = page.locator(f"a[href*='{article['slug']}/#p-']").first
    anchor = mention.get_attribute("href").split("#")[1]
    mention.click()
    page.wait_for_function(f"location.hash === '#{anchor}'")
    paragraph = page.locator(f"#{anchor}")
    paragraph.wait_for(state="visible", timeout=10_000)  # instant navigation swaps the content in after the hash changes
    assert name.split()[-1].rstrip("’'s") in paragraph.inner_text()


def test_passage_link_lands_on_the_shared_paragraph(page, linked_site) -> None:
    _, corpus, url = linked_site
    source = by_id(corpus, "geneva-talks-a")
    assert source["passage_links"], "the shared statement should give a passage link"
    link = max(source["passage_links"], key=lambda l: l["score"])
    target = by_id(corpus, link["target"])
    page.goto(url + source["url"])
    page.locator(f".rr-seealso a[href*='#{link['target_paragraph']}']").first.click()
    page.wait_for_url(f"**/{target['url']}#{link['target_paragraph']}")
    paragraph = page.locator(f"#{link['target_paragraph']}")
    assert paragraph.is_visible()
    assert "ceasefire along the entire front line" in paragraph.inner_text()
    back = page.locator("#passages-elsewhere-that-point-here + ul a").first
    assert re.search(source["slug"], back.get_attribute("href"))
