"""Property: no body text is lost silently, whatever characters it holds.

For arbitrary article text (sentences mixing prose with Markdown, HTML and template syntax,
Cyrillic and odd whitespace), every source line either appears in the rendered page exactly
as written, or is accounted for: listed as stripped with a known reason, or consumed as
metadata (headline, byline, date). The page is the real template rendered to HTML by
Python-Markdown with the site's extensions, and read back as text.
"""
from __future__ import annotations

import dataclasses

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readingroom.boilerplate import REASONS
from readingroom.model import Slug
from readingroom.pipeline import process_text
from readingroom.render import render_article
from readingroom.settings import Settings
from sitebuild import ROOT, HtmlReader, flat

WORDS = (
    "the", "minister", "said", "talks", "would", "continue", "in", "Geneva", "after", "officials", "met",
    "Кремль", "заявил", "переговоры", "président", "Gespräche", "2025", "U.S.", "3.5%", "don't",
)
HOSTILE_TOKENS = (
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!--", "-->", "*", "**", "_", "__", "`", "#",
    "[", "]", "(", ")", "[^1]", "[^1]:", "|", "!!!", ">", "{{", "}}", "{%", "%}", "{#", "&amp;", "&", "<", "\\",
    "~~", "^", "==", "::", "$", ":smile:", "javascript:alert(1)", "<b>", "</b>", '"', "'", "«", "»", "—", "…",
    "&#60;", "{ #id }", "{: .class }", "<br>", "--",
)
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(HOSTILE_TOKENS),
                 st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=8))
sentence = st.lists(word, min_size=12, max_size=40).map(lambda ws: "The " + " ".join(ws) + " today.")

with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
    _CONFIG = yaml.safe_load(handle)
_EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in _CONFIG["markdown_extensions"]]
_EXTENSION_CONFIGS = {next(iter(e)): next(iter(e.values())) for e in _CONFIG["markdown_extensions"] if isinstance(e, dict)}


def page_text(page: str) -> str:
    body = page.split("\n---\n", 1)[1]  # front matter: the YAML block MkDocs strips
    html = markdown.markdown(body, extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
    reader = HtmlReader()
    reader.feed(html)
    reader.close()
    return reader.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.lists(st.sampled_from(WORDS), min_size=3, max_size=10), sentences=st.lists(sentence, min_size=1, max_size=8))
def test_every_body_sentence_is_on_the_page_or_stripped_with_a_reason(title: list[str], sentences: list[str]) -> None:
    source = " ".join(title).capitalize() + "\n\n" + "\n\n".join(sentences) + "\n"
    article = dataclasses.replace(process_text(source, "property"), slug=Slug("property"))
    shown = page_text(render_article(article, {article.id: article}, {}, Settings()))
    kept = {p.line: p for p in article.paragraphs}
    stripped = {s.line: s for s in article.stripped}
    metadata = {line for line, _ in article.metadata_lines}
    footnotes = {n.line for n in article.footnotes}
    for line in article.lines:
        if not line.text.strip():
            continue
        if line.number in kept:
            assert flat(kept[line.number].text) in shown, f"line {line.number} kept but not shown as written"
            assert flat(kept[line.number].text) == flat(line.text), f"line {line.number} changed on its way to the page"
        elif line.number in stripped:
            assert stripped[line.number].reason in REASONS, stripped[line.number]
            assert flat(line.text)[:400] in shown, f"line {line.number} stripped but missing from 'What was removed'"
        else:
            assert line.number in metadata or line.number in footnotes, f"line {line.number} lost: {line.text!r}"
