"""`scripts/mkdocs_pages.py`: kept pages and several processes make the same site as MkDocs alone.

Built on the hostile site's docs (seeds plus every odd input: many kinds of page). The
reference is MkDocs' own build (`READINGROOM_MKDOCS_JOBS=1`, `READINGROOM_MKDOCS_CACHE=0`);
every file of every other build, the search index included, must equal it byte for byte:
in two and three processes, with pages kept from the last build, after an edit (only that page
is rendered again), after a template changes (every page is), and over the site folder of an
earlier build (only changed files are written, nothing of the earlier build is left); `mkdocs
serve` renders its first build on several processes and serves what one process serves. Warnings of pages rendered
elsewhere or kept still abort a strict build; a process that dies leaves its pages to the first.
The reference itself equals a build without the hook, the hook's search parser, which stops
where the rest of a page is excluded from search, finds the sections Material's parser keeps,
and its one Markdown converter, reset between pages, converts each as a new one would.
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
import yaml

from sitebuild import MKDOCS, ROOT, copy_hand_written, mkdocs_config
from test_reproducible import tree

HOOK = ROOT / "scripts" / "mkdocs_pages.py"
FORKED = re.compile(r"readingroom: (\d+) of (\d+) pages were rendered in (\d+) other processes")
KEPT = re.compile(r"readingroom: (\d+) pages kept from the last build, (\d+) rendered")
ABORTED = re.compile(r"Aborted with (\d+) warnings in strict mode")
NAMED = re.compile(r"Doc file '([^']+)' contains a link '([^']+)'")


def hooked_config(docs: Path, site: Path, where: Path, overrides: Path = ROOT / "overrides", hooked: bool = True) -> Path:
    """The project's mkdocs.yml for `docs` -> `site`, written in `where` (its kept pages go in
    `where`/.cache), with this hook as its only hook (`hooked=False`: no hook)."""
    where.mkdir(parents=True, exist_ok=True)
    config = mkdocs_config(docs, site, where / "mkdocs.yml")
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["hooks"] = [str(HOOK)] if hooked else []
    settings["theme"]["custom_dir"] = str(overrides)
    config.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def mkdocs_build(docs: Path, site: Path, where: Path, jobs: str, cache: str = "0",
                 overrides: Path = ROOT / "overrides", hooked: bool = True) -> subprocess.CompletedProcess:
    copy_hand_written(docs)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "READINGROOM_MKDOCS_JOBS": jobs, "READINGROOM_MKDOCS_CACHE": cache}
    return subprocess.run([str(MKDOCS), "build", "--strict", "-f", str(hooked_config(docs, site, where, overrides, hooked))],
                          capture_output=True, text=True, env=env, cwd=where, timeout=600)


def built(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def differences(one: Path, other: Path) -> list[str]:
    """Paths under two folders that exist in only one of them or differ in content."""
    left, right = tree(one), tree(other)
    return sorted(path for path in left.keys() | right.keys() if left.get(path) != right.get(path))


@pytest.fixture(scope="module")
def docs(hostile_site, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pages")
    shutil.copytree(hostile_site.docs, work / "docs")
    return work / "docs"


@pytest.fixture(scope="module")
def serial(docs) -> Path:
    """MkDocs' own build: one process, nothing kept."""
    site = docs.parent / "site-serial"
    log = built(mkdocs_build(docs, site, docs.parent / "serial", "1"))
    assert not FORKED.search(log) and not KEPT.search(log)
    return site


def test_the_reference_is_the_site_mkdocs_builds_without_the_hook(docs, serial, tmp_path) -> None:
    built(mkdocs_build(docs, tmp_path / "site", tmp_path, "1", hooked=False))
    assert differences(serial, tmp_path / "site") == []


def load_hook():
    spec = importlib.util.spec_from_file_location("readingroom_mkdocs_pages", HOOK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def kept_sections(parser_class, content: str) -> list[tuple]:
    """What Material's search index takes of a page's HTML: its sections not excluded."""
    parser = parser_class()
    parser.feed(content)
    parser.close()
    return [(section.el.tag, section.id, section.title, section.text) for section in parser.data if not section.is_excluded()]


KEPT_TEXT = '<h1 id="t">Title</h1>\n<p>Kept text, AT&amp;T.</p>\n'
HEADING_CASES = {
    "excluded to the end": KEPT_TEXT + '<h2 data-search-exclude id="r">Related</h2>\n<ol><li>one</li></ol>\n'
                           '<h2 data-search-exclude id="c">Cite</h2>\n<pre><code>cite</code></pre>\n<details data-search-exclude><summary>s</summary><p>x</p></details>',
    "a kept heading after": KEPT_TEXT + '<h2 data-search-exclude id="r">Related</h2>\n<p>x</p>\n<h2 id="k">Kept</h2>\n<p>kept too</p>',
    "nested: the text after the element goes to the section before":
        KEPT_TEXT + '<div><h2 data-search-exclude id="r">Related</h2>\n<p>x</p></div>\n<p>back in the first section</p>',
    "no id: no section of its own": KEPT_TEXT + '<h2 data-search-exclude>Related</h2>\n<p>still the first section</p>',
    "upper case": KEPT_TEXT + '<H2 DATA-SEARCH-EXCLUDE ID="r">Related</H2>\n<p>x</p>',
    "the word in a value only": KEPT_TEXT + '<h2 title="data-search-exclude" id="r">Related</h2>\n<p>kept</p>',
    "a kept heading in a comment after": KEPT_TEXT + '<h2 data-search-exclude id="r">R</h2><!-- <h2 id="k">K</h2> --><p>x</p>',
    "inside a script": KEPT_TEXT + '<script>var s = "<h2 data-search-exclude id=x>";</script><p>kept, after the script</p>',
    "the first thing on the page": '<h2 data-search-exclude id="r">Related</h2>\n<p>x</p>',
    "text just before, cut at a character reference": '<p>Kept</p>\nAT&amp<h2 data-search-exclude id="r">R</h2><p>x</p>',
    "not a heading": KEPT_TEXT + '<h2x data-search-exclude id="r">R</h2x><p>kept</p>',
    "an unfinished tag at the end": KEPT_TEXT + '<h2 data-search-exclude id="r"',
    "an excluded heading in a kept section": KEPT_TEXT + '<h3 data-search-exclude id="a">A</h3><p>x</p><h2 id="b">B</h2><p>y</p>',
}


@pytest.mark.parametrize("case", sorted(HEADING_CASES))
def test_the_search_parser_keeps_the_sections_materials_keeps(case) -> None:
    hook = load_hook()
    content = HEADING_CASES[case]
    assert kept_sections(hook._SearchSections, content) == kept_sections(hook.material_search.Parser, content)


def test_builds_use_the_hooks_search_parser_and_converter_and_leave_the_originals_after(monkeypatch) -> None:
    hook = load_hook()
    monkeypatch.setenv("READINGROOM_MKDOCS_CACHE", "0")
    original = hook.material_search.Parser
    anchors = hook.mkdocs_pages._RawHTMLPreprocessor.run
    assert original is not hook._SearchSections and hook.mkdocs_pages.markdown is markdown and anchors is not hook._find_anchors
    hook.on_pre_build(config=None)
    assert hook.material_search.Parser is hook._SearchSections and hook.mkdocs_pages.markdown is hook._ONE_CONVERTER
    assert hook.mkdocs_pages._RawHTMLPreprocessor.run is hook._find_anchors
    hook.on_build_error(error=None)
    assert hook.material_search.Parser is original and hook.mkdocs_pages.markdown is markdown
    assert hook.mkdocs_pages._RawHTMLPreprocessor.run is anchors


def parsed_anchor_ids(hook, text: str) -> set:
    """What MkDocs' own `_RawHTMLPreprocessor` finds in a page's Markdown (ids, names of <a>)."""
    preprocessor = hook.mkdocs_pages._RawHTMLPreprocessor()
    hook._ORIGINAL_ANCHORS(preprocessor, text.split("\n"))
    return preprocessor.present_anchor_ids


ANCHOR_CASES = {
    "plain tags": '<p class="rr-p" id="p-1">Text &amp; more <a class="x" href="#p-1" title="Link">¶ 1</a></p>',
    "quotes, no quotes, no value, upper case": "<DIV ID='a' data-x><a NAME=b href=c>x</a><input name=n id=\"&#95;i&amp;\" checked></DIV>",
    "a comment and an empty id": '<!-- Generated from a.txt; edit the source --><p id="">x</p><br/><hr />',
    "a name on another element": '<input name="__tabbed_1" type="radio" /><a name="top"></a>',
    "markdown around": '# Title\n\nText with `code` and [a link](x.md#y){ #z }\n\n<h2 class="t" id="about">About</h2>\n',
    "no markup": "Just text, 3 > 2 and AT&T.",
}
FALLBACK_CASES = {
    "a less-than sign in text": "3 < 4 <p id='a'>x</p>",
    "a tag inside a comment": '<!-- <a id="hidden"> --><p id="b">x</p>',
    "a script": '<script>var s = "<a id=x>";</script><p id="b">x</p>',
    "a tag in an attribute value": '<a title="<b id=x>" id="a">x</a>',
    "a processing instruction": '<?php echo 1 ?><p id="a">x</p>',
    "an unfinished tag": '<p id="a"',
    "an attribute without a space": '<a/id="x">y</a>',
}


@pytest.mark.parametrize("case", sorted(ANCHOR_CASES))
def test_the_anchor_scan_finds_what_mkdocs_parser_finds(case) -> None:
    hook = load_hook()
    text = ANCHOR_CASES[case]
    assert hook._anchor_ids(text) == parsed_anchor_ids(hook, text)


@pytest.mark.parametrize("case", sorted(FALLBACK_CASES))
def test_the_anchor_scan_leaves_to_the_parser_any_page_it_could_misread(case) -> None:
    hook = load_hook()
    text = FALLBACK_CASES[case]
    assert hook._anchor_ids(text) is None
    preprocessor = hook.mkdocs_pages._RawHTMLPreprocessor()
    hook._find_anchors(preprocessor, text.split("\n"))
    assert preprocessor.present_anchor_ids == parsed_anchor_ids(hook, text)


def test_the_anchor_scan_reads_every_generated_page_as_mkdocs_does(docs) -> None:
    """Every page of the hostile site (seeds and every odd input, `<script>` headlines
    included): the scan reads every article page itself, and finds what MkDocs' parser finds
    in each page it reads."""
    hook = load_hook()
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        found = hook._anchor_ids(text)
        if page.parent.parent.name == "articles":
            assert found is not None, page
        if found is not None:
            assert found == parsed_anchor_ids(hook, text), page
