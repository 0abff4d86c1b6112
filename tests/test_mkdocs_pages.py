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
TOKEN_CASES = {  # read by the hook's tokens: the same handlers called with the same values as HTMLParser calls them
    "references in text and values": '<h1 id="t&amp;x">A &amp; B &#8217; &copy &lt;x&gt;</h1><p title=\'a &quot;b&quot;\' data-x=1 hidden>t</p>',
    "upper case, spaces and self-closing tags": '<H2 ID="A" >X</H2 ><br/><div class="a" /><p>y<BR>z</p >',
    "white space apart": '<ul>\n  <li>one</li>\n  <li> two </li>\n</ul>\n<pre><code>a\n\n  b</code></pre>\n',
    "comments": '<p>a<!-- note -->b</p><!---->',
    "a permalink": '<h2 id="k">Kept<a class="headerlink" href="#k" title="Link">#</a></h2><p>x</p>',
    "text at the end, cut at a reference": '<p>x</p>AT&amp',
    "empty values": '<p class="" id=\'\'>x</p>',
}
FALLBACK_TOKEN_CASES = {  # read by HTMLParser
    "a less-than sign in text": "<p>3 < 4</p>",
    "a script": '<p>x</p><script>var s = "<h2 id=x>";</script><p>y</p>',
    "a tag in a comment": "<p>x<!-- <b> --></p>",
    "a greater-than sign in a value": '<p title="a > b">x</p>',
    "a declaration": "<!DOCTYPE html><p>x</p>",
}


@pytest.mark.parametrize("case", sorted(TOKEN_CASES) + sorted(FALLBACK_TOKEN_CASES))
def test_the_search_parser_reads_tags_as_htmlparser_reads_them(case) -> None:
    hook = load_hook()
    content = TOKEN_CASES.get(case) or FALLBACK_TOKEN_CASES[case]
    assert (hook._tokens(content) is None) == (case in FALLBACK_TOKEN_CASES)

    def calls(base):
        seen = []

        class Recording(base):
            def handle_starttag(self, tag, attrs):
                seen.append(("start", tag, list(attrs)))
                super().handle_starttag(tag, attrs)

            def handle_endtag(self, tag):
                seen.append(("end", tag))
                super().handle_endtag(tag)

            def handle_data(self, data):
                seen.append(("data", data))
                super().handle_data(data)

            def handle_comment(self, data):
                seen.append(("comment", data))
        return kept_sections(Recording, content), seen
    assert calls(hook._SearchSections) == calls(hook.material_search.Parser)


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
    assert [kind.run.__qualname__ for kind in hook._HTML_BLOCKS] == ["_set_aside.<locals>.run"] * 2
    hook.on_build_error(error=None)
    assert hook.material_search.Parser is original and hook.mkdocs_pages.markdown is markdown
    assert hook.mkdocs_pages._RawHTMLPreprocessor.run is anchors
    assert tuple(kind.run for kind in hook._HTML_BLOCKS) == hook._ORIGINAL_HTML_BLOCKS


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


def scanned_ids(hook, text: str) -> set | None:
    found = hook._scan(text)
    return None if found is None else found.ids


@pytest.mark.parametrize("case", sorted(ANCHOR_CASES))
def test_the_anchor_scan_finds_what_mkdocs_parser_finds(case) -> None:
    hook = load_hook()
    text = ANCHOR_CASES[case]
    assert scanned_ids(hook, text) == parsed_anchor_ids(hook, text)


@pytest.mark.parametrize("case", sorted(FALLBACK_CASES))
def test_the_anchor_scan_leaves_to_the_parser_any_page_it_could_misread(case) -> None:
    hook = load_hook()
    text = FALLBACK_CASES[case]
    assert hook._scan(text) is None
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
        found = scanned_ids(hook, text)
        if page.parent.parent.name == "articles":
            assert found is not None, page
        if found is not None:
            assert found == parsed_anchor_ids(hook, text), page


def site_markdown() -> tuple[list, dict]:
    """The Markdown extensions and their settings of the project's mkdocs.yml."""
    settings = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]
    extensions = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in settings]
    configs = {next(iter(entry)): next(iter(entry.values())) for entry in settings if isinstance(entry, dict)}
    return extensions, configs


def converted(hook, text: str, set_aside: bool, extensions: list | None = None, parsed: list | None = None) -> tuple[str, list]:
    """`text` converted with the site's extensions (or `extensions`), its HTML blocks read by
    Python-Markdown's own preprocessor or by the hook's; and the stash after. `parsed` gets
    each text Python-Markdown's parser was given."""
    from markdown.extensions import md_in_html

    site, configs = site_markdown()
    kinds, originals = hook._HTML_BLOCKS, hook._ORIGINAL_HTML_BLOCKS

    def given(original):
        def run(self, lines):
            if parsed is not None:
                parsed.append("\n".join(lines))
            return original(self, lines)
        return run
    try:
        for kind, original in zip(kinds, originals):
            kind.run = hook._set_aside(given(original)) if set_aside else given(original)
        md = markdown.Markdown(extensions=site if extensions is None else extensions, extension_configs=configs)
        return md.convert(text), list(md.htmlStash.rawHtmlBlocks)
    finally:
        for kind, original in zip(kinds, originals):
            kind.run = original
        assert md_in_html.HtmlBlockPreprocessor.run is originals[1]


CARD = """<div class="rr-card">
<table>
<thead>
<tr>
<th>Fact</th>
</tr>
</thead>
<tbody>
<tr>
<td><em>unknown</em> &amp; more &#8230; &#x27;</td>
</tr>
</tbody>
</table>

<p class="rr-notices-title"><strong>Notices</strong>:</p>
<ul class="rr-notices">
<li>a <a href="#x">notice</a><br>and <input type="radio" checked /></li>
</ul>
</div>"""
SET_ASIDE_CASES = {  # name: (Markdown, how many blocks the hook sets aside)
    "a card between headings": (f"# Title\n\n## About {{ #about }}\n\n{CARD}\n\n## Next\n\nText.\n", 1),
    "a card first and last": (f"{CARD}\n\nText.\n\n{CARD}", 1),
    "nested elements of one name": ('<div class="a">\n<div class="b">\n<div>x</div>\n</div>\n</div>\n\nText.\n', 1),
    "two blocks, upper case": ("<DIV id=a>x</DIV>\n\n<Table><tr><td>1</td></tr></Table>\n\nText.\n", 2),
    "a block after a paragraph line": (f"Text.\n{CARD}\n\nText.\n", 0),
    "an indented block": (f"Text.\n\n  {CARD}\n\nText.\n", 0),
    "text after the end tag": (f"{CARD} tail\n\nText.\n\n{CARD}\n\nEnd.\n", 0),
    "a bare ampersand": ("<div>AT&T and &c</div>\n\nText.\n\n<div>A &amp; B</div>\n\nEnd.\n", 1),
    "a comment inside": ("<div><!-- note --><p>x</p></div>\n\nText.\n", 0),
    "a markdown block": ('<div class="rr-body" markdown>\n\n<p class="rr-p" id="p-1">Raw.</p>\n\n*Markdown* [x](#p-1).\n\n'
                         '<div class="inner">\n<p>deep</p>\n</div>\n\n</div>\n\n<div id="after">x</div>\n\nEnd.\n', 1),
    "a marked element inside": ('<div class="a">\n<div markdown="1">\n*x*\n</div>\n</div>\n\nText.\n', 0),
    "tags that do not nest": ("<div><p>x</div></p>\n\nText.\n\n<div>y</div>\n\nEnd.\n", 0),
    "an unclosed paragraph": ("<div><p>x</div>\n\nText.\n\n<div>y</div>\n\nEnd.\n", 0),
    "an inline element first": ("<span>x</span>\n\n<em>y</em>\n\n<div>z</div>\n\nEnd.\n", 1),
    "blank lines inside": ("<details>\n<summary>S</summary>\n\n<pre>a\n\nb</pre>\n\n</details>\n\nText.\n", 1),
    "a rule and a self-closed block": ("<hr>\n\n<div />\n\n<div>x</div>\n\nEnd.\n", 1),
    "at the end without a blank line": ("Text.\n\n<div>x</div>", 0),
    "a list and a quote around": ("- item\n\n    <div>x</div>\n\n> <div>y</div>\n\n<div>z</div>\n\n1. one\n", 1),
    "a tabbed citation": (
        '<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" '
        'name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" />'
        '<div class="tabbed-labels"><label for="__tabbed_1_1">APA</label><label for="__tabbed_1_2">BibTeX</label></div>\n'
        '<div class="tabbed-content">\n<div class="tabbed-block">\n<pre class="highlight"><code class="language-text">'
        'A. (n.d.).</code></pre>\n</div>\n<div class="tabbed-block">\n<pre class="highlight"><code>@article{x,\n'
        '  title = {{&lt;A&gt;}}\n}</code></pre>\n</div>\n</div>\n</div>\n\n## Cite\n', 1),
}


@pytest.mark.parametrize("case", sorted(SET_ASIDE_CASES))
def test_raw_html_blocks_set_aside_convert_as_python_markdown_converts_them(case) -> None:
    """The hook sets aside the blocks it should, and the page comes out as without it."""
    hook = load_hook()
    text, expected = SET_ASIDE_CASES[case]
    found = hook._scan(text)
    assert found is not None and len(found.blocks) == expected, found
    for extensions in (None, ["attr_list", "toc"]):  # md_in_html's preprocessor, or Python-Markdown's own
        assert converted(hook, text, True, extensions)[0] == converted(hook, text, False, extensions)[0]


def test_a_block_set_aside_that_was_inside_another_is_parsed_again_as_it_was(monkeypatch) -> None:
    """If the scan were wrong (here made to take a block inside a `markdown` one for one of the
    page's own), its placeholder is not left on a line of its own: the page is parsed again
    without it, and converts as it would have."""
    hook = load_hook()
    text = '<div class="outer" markdown>\n\n*x*\n\n<div class="inner">y</div>\n\n</div>\n\nEnd.\n'
    inner = text.index('<div class="inner">')
    wrong = hook._Scan(set(), [(inner, text.index("</div>", inner) + len("</div>"))])
    monkeypatch.setattr(hook, "_scan", lambda _text: wrong)
    html, stash = converted(hook, text, True)
    monkeypatch.undo()
    assert (html, stash) == converted(hook, text, False)
    assert '<div class="inner">y</div>' in html and "<em>x</em>" in html


def test_every_generated_page_converts_as_without_the_set_aside_blocks(docs) -> None:
    """Every page of the hostile site converts to the same HTML with the hook's preprocessor as
    with Python-Markdown's; on every article page its facts card and citations are set aside."""
    hook = load_hook()
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        found = hook._scan(text)
        parsed: list[str] = []
        assert converted(hook, text, True, parsed=parsed)[0] == converted(hook, text, False)[0], page
        if page.parent.parent.name == "articles":
            starts = [text[start:end] for start, end in found.blocks]
            assert any(s.startswith('<div class="rr-card">\n<table>') for s in starts), page
            assert any(s.startswith('<div class="tabbed-set') for s in starts), page
            # with the site's extensions the parser is given the page without them
            assert len(parsed) == 1 and 'class="rr-card"' not in parsed[0] and "tabbed-set" not in parsed[0], page


STATEFUL_PAGE = """# Title {#top}

*[HTML]: Hyper Text Markup Language

Some HTML with a note[^1] and a [link][ref].

[^1]: The note.
[ref]: https://example.org/

!!! note "A note"
    Inside.

=== "One"

    first tab

=== "Two"

    second tab

## Twice
## Twice
"""


def test_one_markdown_converter_reset_converts_each_page_as_a_new_one() -> None:
    hook = load_hook()
    extensions, configs = site_markdown()
    pages = [STATEFUL_PAGE, "A plain page: HTML, a note[^1], [ref] and tabs.\n\n## Twice\n", STATEFUL_PAGE]
    fresh = [markdown.Markdown(extensions=extensions, extension_configs=configs).convert(page) for page in pages]
    assert 'class="footnote"' in fresh[0] and "<abbr" in fresh[0] and "tabbed-set" in fresh[0] and 'id="twice_1"' in fresh[0]
    converters = [hook._ONE_CONVERTER.Markdown(extensions=extensions, extension_configs=configs) for _ in pages]
    assert converters[0] is converters[1] is converters[2]
    reused = []
    for page in pages:
        reused.append(hook._ONE_CONVERTER.Markdown(extensions=extensions, extension_configs=configs).convert(page))
    assert reused == fresh
    assert hook._ONE_CONVERTER.Markdown(extensions=list(extensions), extension_configs=configs) is not converters[0]


def test_the_search_parser_stops_where_the_rest_of_an_article_is_excluded(serial) -> None:
    hook = load_hook()
    stopped = []

    class Counting(hook._SearchSections):
        def read(self, data):
            stopped.append(data)
            return super().read(data)

    pages = sorted(serial.glob("**/index.html"))
    assert len(pages) >= 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        start = html.index(">", html.index("<article ")) + 1
        content = html[start:html.index("</article>", start)]
        stopped.clear()
        assert kept_sections(Counting, content) == kept_sections(hook.material_search.Parser, content), page
        if page.parent.parent.name == "articles":  # what follows an article's citations heading is never read
            assert 'id="cite"' in content and 'class="rr-removed"' in content
            assert stopped and not any('class="rr-removed"' in data for data in stopped)


@pytest.mark.parametrize("processes", ["2", "3"])
def test_several_processes_build_the_same_site_as_one(docs, serial, tmp_path, processes) -> None:
    site = tmp_path / "site"
    log = built(mkdocs_build(docs, site, tmp_path, processes))
    forked = FORKED.search(log)
    assert forked, log[-3000:]
    assert int(forked.group(3)) == int(processes) - 1 and int(forked.group(1)) >= 5  # the articles were split
    assert (site / "search" / "search_index.json").stat().st_size > 10_000
    assert differences(serial, site) == []


def test_kept_pages_make_the_same_site_and_only_what_changed_is_rendered_again(docs, serial, tmp_path) -> None:
    overrides = tmp_path / "overrides"  # the templates, changed before the last build
    shutil.copytree(ROOT / "overrides", overrides)
    first = built(mkdocs_build(docs, tmp_path / "site-1", tmp_path, "2", cache="1", overrides=overrides))
    assert KEPT.search(first).group(1) == "0" and FORKED.search(first)
    pages = int(KEPT.search(first).group(2))
    assert pages >= 16
    assert differences(serial, tmp_path / "site-1") == []

    second = built(mkdocs_build(docs, tmp_path / "site-2", tmp_path, "2", cache="1", overrides=overrides))  # another site_dir
    assert KEPT.search(second).groups() == (str(pages), "0") and not FORKED.search(second)
    assert differences(serial, tmp_path / "site-2") == []

    edited = tmp_path / "docs"
    shutil.copytree(docs, edited)
    page = sorted(edited.glob("articles/*/index.md"))[3]
    page.write_text(page.read_text(encoding="utf-8") + "\nA paragraph added after the first build.\n", encoding="utf-8")
    reference = built(mkdocs_build(edited, tmp_path / "site-reference", tmp_path / "reference", "1"))
    assert not KEPT.search(reference)
    third = built(mkdocs_build(edited, tmp_path / "site-3", tmp_path, "1", cache="1", overrides=overrides))
    assert KEPT.search(third).groups() == (str(pages - 1), "1")
    assert differences(tmp_path / "site-reference", tmp_path / "site-3") == []
    assert b"A paragraph added after the first build." in (tmp_path / "site-3" / page.parent.relative_to(edited) / "index.html").read_bytes()

    report = edited / "report" / "index.md"  # a page of the nav changes, not its title: nothing else is rendered
    report.write_text(report.read_text(encoding="utf-8") + "\nA line added to a page of the nav.\n", encoding="utf-8")
    built(mkdocs_build(edited, tmp_path / "site-reference", tmp_path / "reference", "1"))
    nav_edit = built(mkdocs_build(edited, tmp_path / "site-nav", tmp_path, "1", cache="1", overrides=overrides))
    assert KEPT.search(nav_edit).groups() == (str(pages), "0")
    assert differences(tmp_path / "site-reference", tmp_path / "site-nav") == []

    main = overrides / "main.html"  # a template changes: every page is rendered again, with it (not its compiled past)
    container = '<div class="md-content" data-md-component="content">'
    assert container in main.read_text(encoding="utf-8")
    main.write_text(main.read_text(encoding="utf-8").replace(container, container[:-1] + ' data-changed="yes">'), encoding="utf-8")
    fourth = built(mkdocs_build(edited, tmp_path / "site-4", tmp_path, "1", cache="1", overrides=overrides))
    assert KEPT.search(fourth).groups() == ("0", str(pages))
    built(mkdocs_build(edited, tmp_path / "site-reference-2", tmp_path / "reference", "1", overrides=overrides))
    assert differences(tmp_path / "site-reference-2", tmp_path / "site-4") == []
    assert b'data-changed="yes"' in (tmp_path / "site-4" / page.parent.relative_to(edited) / "index.html").read_bytes()


SYNCED = re.compile(r"readingroom: (\d+) files of the site were up to date, (\d+) left over from the last build removed")


def folders(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_dir())


def test_a_build_over_the_last_site_writes_only_what_changed_and_leaves_what_emptying_it_would(docs, tmp_path) -> None:
    """The site folder is not emptied: unchanged files keep their time, and what the last build
    (or anyone) left there that this build does not make is removed, including a folder where a
    file goes and a file where a folder goes; hidden top-level entries stay, as MkDocs keeps them."""
    site = tmp_path / "site"
    built(mkdocs_build(docs, site, tmp_path, "2", cache="1"))
    edited = tmp_path / "docs"
    shutil.copytree(docs, edited)
    pages = sorted(edited.glob("articles/*/index.md"))
    pages[3].write_text(pages[3].read_text(encoding="utf-8") + "\nA paragraph added after the first build.\n", encoding="utf-8")
    new_page = edited / "articles" / "a-page-added-since" / "index.md"
    new_page.parent.mkdir()
    new_page.write_text("# A page added since\n\nIts only paragraph.\n", encoding="utf-8")
    shutil.rmtree(site / "search")
    (site / "search").write_text("a file where a folder goes", encoding="utf-8")
    (site / "404.html").unlink()
    (site / "404.html").mkdir()
    (site / "404.html" / "inside.txt").write_text("a folder where a file goes", encoding="utf-8")
    (site / "left-over" / "deeper").mkdir(parents=True)
    (site / "left-over" / "deeper" / "page.html").write_text("a page of an earlier build", encoding="utf-8")
    (site / "stale.txt").write_text("a file of an earlier build", encoding="utf-8")
    (site / ".hidden").write_text("hidden entries at the top are kept", encoding="utf-8")
    untouched = site / pages[5].parent.relative_to(edited) / "index.html"
    untouched_time = untouched.stat().st_mtime_ns

    log = built(mkdocs_build(edited, site, tmp_path, "2", cache="1"))
    reference = tmp_path / "site-reference"
    built(mkdocs_build(edited, reference, tmp_path / "reference", "1"))
    (site / ".hidden").unlink()  # compared apart: it stays, and a fresh build has none
    assert differences(reference, site) == []
    assert folders(reference) == folders(site)
    synced = SYNCED.search(log)
    assert synced and int(synced.group(1)) >= len(pages) - 1 and int(synced.group(2)) >= 2, log[-2000:]
    assert untouched.stat().st_mtime_ns == untouched_time  # up to date: not written again
    assert b"A paragraph added after the first build." in (site / pages[3].parent.relative_to(edited) / "index.html").read_bytes()

    again = built(mkdocs_build(edited, site, tmp_path / "elsewhere", "2", cache="1"))  # nothing kept there: all rendered, in two processes
    assert FORKED.search(again) and SYNCED.search(again).group(2) == "0"
    assert differences(reference, site) == [] and folders(reference) == folders(site)
    assert untouched.stat().st_mtime_ns == untouched_time


def _serving(docs: Path, where: Path, port: int, jobs: str, pages: list[str], edit: Path | None = None,
             ) -> tuple[dict[str, bytes], str]:
    """`mkdocs serve` of `docs` on `port` (from `where`): `pages` as served after its
    first build, then, after appending a line to `edit`, after its second; and what it logged."""
    import signal
    import urllib.request

    from test_serve import _wait

    copy_hand_written(docs)
    config = hooked_config(docs, where / "site-unused", where)
    # Nothing kept: the second build renders every page again, as the first, so that only the
    # server's threads can keep it in one process.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "READINGROOM_MKDOCS_JOBS": jobs, "READINGROOM_MKDOCS_CACHE": "0"}
    log = where / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen([str(MKDOCS), "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"], cwd=where, env=env,
                                  stdout=out, stderr=subprocess.STDOUT,
                                  preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # Ctrl-C works (as in test_serve:
        # a test worker may ignore SIGINT, and its children inherit that)
    try:
        def fetch() -> dict[str, bytes]:  # the live-reload script serve adds names the moment of the build
            return {page: re.sub(rb"livereload\(\d+, \d+\)", b"livereload()",
                                 urllib.request.urlopen(f"http://127.0.0.1:{port}/{page}", timeout=60).read()
                                 .replace(f"127.0.0.1:{port}".encode(), b"127.0.0.1:PORT")) for page in pages}
        first = _wait(log, "Documentation built", timeout=300)
        _wait(log, "Serving on", first, timeout=300)
        served = {f"first/{page}": body for page, body in fetch().items()}
        if edit is not None:
            edited = edit.read_text(encoding="utf-8") + "\nA line added while serving.\n"
            edit.write_text(edited, encoding="utf-8")
            # The watcher sets up its watch on each folder in a thread of its own, which may not
            # have reached the edited page's folder when the server says it is serving (on a
            # loaded machine the edit then went unseen and this waited out its 300 s): the edit
            # is written again, the same text, until a build follows.
            _wait(log, "Documentation built", first, timeout=300, nudge=lambda: edit.write_text(edited, encoding="utf-8"))
            served.update((f"second/{page}", body) for page, body in fetch().items())
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # (how it shuts down is not this test's question, what it served is)
            server.kill()
            server.wait(timeout=60)
    return served, log.read_text(encoding="utf-8")


def test_the_first_build_of_mkdocs_serve_forks_and_serves_what_one_process_serves(docs, tmp_path) -> None:
    """`mkdocs serve` renders its first build on several processes (its server's threads are
    not started yet) and none after it; the pages and search index served are those of serving
    in one process (each on a port of its own, taken just before: pages name the address they
    are served from, which is compared as one; a port shared by the two could be taken by
    another test's server in between)."""
    from sitebuild import free_port
    articles = sorted(docs.glob("articles/*/index.md"))
    pages = ["", "search/search_index.json", *(f"{a.parent.relative_to(docs).as_posix()}/" for a in articles[:4])]
    both = {}
    for jobs in ("1", "2"):
        copy = tmp_path / f"docs-{jobs}"
        shutil.copytree(docs, copy)
        both[jobs] = _serving(copy, tmp_path / f"serve-{jobs}", free_port(), jobs, pages, edit=copy / articles[2].relative_to(docs))
    (one, one_log), (two, two_log) = both["1"], both["2"]
    assert not FORKED.search(one_log)
    assert len(FORKED.findall(two_log)) == 1  # the first build only
    assert one == two
    assert b"A line added while serving." in two[f"second/{pages[4]}"]


def test_warnings_of_pages_rendered_elsewhere_or_kept_abort_the_strict_build(docs, tmp_path) -> None:
    broken = tmp_path / "docs"
    shutil.copytree(docs, broken)
    pages = sorted(broken.glob("articles/*/index.md"))
    for page, neighbour in zip(pages, pages[1:] + pages[:1]):  # every article: half are the other process's
        page.write_text(page.read_text(encoding="utf-8") + (
            "\n[gone](../no-such-page.md) · [here](#no-such-anchor)"  # two warnings on each page
            f" · [there](../{neighbour.parent.name}/index.md#about-this-text)\n"),  # none: the anchor exists
            encoding="utf-8")
    one = mkdocs_build(broken, tmp_path / "site-serial", tmp_path / "serial", "1")
    assert one.returncode != 0 and ABORTED.search(one.stdout).group(1) == str(2 * len(pages))
    expected = sorted(NAMED.findall(one.stderr))
    assert len(expected) == 2 * len(pages)
    for attempt in ("rendered in two processes", "kept from the attempt before"):
        two = mkdocs_build(broken, tmp_path / "site", tmp_path, "2", cache="1")
        assert two.returncode != 0, attempt
        assert bool(FORKED.search(two.stderr)) == (attempt == "rendered in two processes")
        assert ABORTED.search(two.stdout).group(1) == str(2 * len(pages)), attempt
        assert sorted(NAMED.findall(two.stderr)) == expected, attempt


def test_a_process_that_dies_leaves_its_pages_to_the_first(docs, serial, tmp_path, monkeypatch) -> None:
    import mkdocs.commands.build as mkdocs_build_module
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path / "site"
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("READINGROOM_MKDOCS_JOBS", "3")
    monkeypatch.setenv("READINGROOM_MKDOCS_CACHE", "0")
    config = load_config(str(hooked_config(docs, site, tmp_path)))
    hook = next(plugin for plugin in config.plugins.values() if getattr(plugin, "__file__", None) == str(HOOK))
    render_share = hook._render_share

    def die_on_one(share, *args):  # runs only in the forked processes: the first to start dies at once
        try:
            os.close(os.open(tmp_path / "died", os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            render_share(share, *args)
        os._exit(3)

    monkeypatch.setattr(hook, "_render_share", die_on_one)
    build(config)
    assert (tmp_path / "died").exists()
    assert mkdocs_build_module._populate_page is hook._ORIGINAL[0]  # MkDocs is left as it was
    assert differences(serial, site) == []


def test_a_wrong_number_of_processes_is_a_clear_error(docs, tmp_path) -> None:
    done = mkdocs_build(docs, tmp_path / "site", tmp_path, "two")
    assert done.returncode != 0
    assert "READINGROOM_MKDOCS_JOBS must be a whole number of processes, 1 or more, not 'two'" in done.stderr
