"""Link integrity and outbound-link privacy of the built site (seed site and hostile site).

MkDocs itself checks the Markdown links (`--strict` with validation set to warn on missing
pages and anchors, so any broken link fails the build); this test checks the HTML it wrote:
every internal href/src resolves to a file, every #fragment to an id in the target page, and
every external link in article content carries rel="noopener noreferrer".
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from sitebuild import read_html

SITES = ("seed_site", "hostile_site")


@lru_cache(maxsize=4096)
def _page(path: Path):
    return read_html(path)


def target_file(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file an internal link points to (a folder means its index.html) and its fragment."""
    base = "file://" + str(page)
    absolute = urlparse(urljoin(base, href))
    path = Path(unquote(absolute.path))
    if href.startswith("/"):
        path = site / unquote(absolute.path).lstrip("/")
    if path.is_dir() or absolute.path.endswith("/"):
        path = path / "index.html"
    return path, unquote(absolute.fragment)


def internal_links(site: Path):
    for page in sorted(site.rglob("*.html")):
        for element in _page(page).elements:
            for name in ("href", "src"):
                value = element.attrs.get(name)
                if not value or urlparse(value).scheme in ("http", "https", "mailto", "javascript", "data", "blob"):
                    continue
                if value.startswith("//"):
                    continue
                yield page, element.tag, value


@pytest.mark.parametrize("which", SITES)
def test_mkdocs_strict_build_had_no_warnings(which: str, request) -> None:
    site = request.getfixturevalue(which)
    assert "WARNING" not in site.mkdocs_log, site.mkdocs_log


@pytest.mark.parametrize("which", SITES)
def test_every_internal_link_and_anchor_resolves(which: str, request) -> None:
    site = request.getfixturevalue(which).site
    broken = []
    checked = 0
    for page, tag, href in internal_links(site):
        target, fragment = target_file(site, page, href)
        checked += 1
        if not target.is_file():
            broken.append(f"{page.relative_to(site)}: <{tag}> {href} -> missing {target}")
        elif fragment and target.suffix == ".html" and fragment not in _page(target).ids:
            broken.append(f"{page.relative_to(site)}: <{tag}> {href} -> no id {fragment!r}")
    assert checked > 100
    assert broken == [], "\n".join(broken[:50])


@pytest.mark.parametrize("which", SITES)
def test_external_links_in_articles_do_not_leak_the_referrer(which: str, request) -> None:
    site = request.getfixturevalue(which).site
    leaky, external = [], 0
    for page in sorted((site / "articles").rglob("index.html")):
        content = page.read_text(encoding="utf-8").split('<article class="md-content__inner', 1)[-1]
        reader = read_html_string(content)
        for element in reader.elements:
            href = element.attrs.get("href", "")
            if element.tag == "a" and urlparse(href).scheme in ("http", "https"):
                external += 1
                rel = element.attrs.get("rel", "").split()
                if not {"noopener", "noreferrer"} <= set(rel):
                    leaky.append(f"{page.relative_to(site)}: {href} rel={rel}")
    if which == "seed_site":
        assert external > 0, "the seeds' catalog gives source URLs: some external links are expected"
    assert leaky == [], "\n".join(leaky[:50])


def test_site_loads_nothing_from_other_hosts(seed_site, hostile_site) -> None:
    """No page asks the browser for anything outside the site (scripts, styles, fonts, images)."""
    foreign = []
    for site in (seed_site.site, hostile_site.site):
        for page in sorted(site.rglob("*.html")):
            for element in _page(page).elements:
                for name in ("src", "srcset", "data-src", "poster"):
                    value = element.attrs.get(name, "")
                    if urlparse(value).scheme in ("http", "https") or value.startswith("//"):
                        foreign.append(f"{page}: <{element.tag} {name}={value}>")
                # <link rel=canonical> names the published URL; the browser does not fetch it.
                if element.tag == "link" and element.attrs.get("rel") not in ("canonical", "alternate") \
                        and urlparse(element.attrs.get("href", "")).scheme in ("http", "https"):
                    foreign.append(f"{page}: <link rel={element.attrs.get('rel')} href={element.attrs['href']}>")
    assert foreign == [], "\n".join(foreign[:50])


def read_html_string(text: str):
    from sitebuild import HtmlReader

    reader = HtmlReader()
    reader.feed(text)
    reader.close()
    return reader
