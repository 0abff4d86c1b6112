"""Make source text inert in Markdown, HTML and YAML: it shows exactly as written, does nothing.

Copied web text can hold `<script>`, `<img onerror=…>`, Markdown that would become headings,
tables, admonitions, links or footnote definitions, and `{{ … }}` template syntax. Every
character that Python-Markdown or one of the enabled extensions could read as syntax is
written as a numeric character reference (`&#42;`), which every Markdown processor passes
through as the literal character; characters that only mean something at the start of a line
are escaped there. A backslash escape was rejected: Python-Markdown leaves unknown escapes
visible and extensions differ on the set.
"""
from __future__ import annotations

import html
import json
import re


# Characters with a meaning anywhere in a line in the enabled Markdown extensions: emphasis
# and abbreviations (* _), code (`), the backslash, links, images and footnotes ([ ]),
# attr_list ({ }), table cells (|), headings and their closing hashes (#), and the HTML
# specials & < > (so `&amp;` in a source shows as `&amp;`, and tags as text).
MARKDOWN_SPECIAL = set("\\`*_{}[]#|&<>")
# Characters that only start a construct at the beginning of a line: lists (+ - and "1."),
# admonitions (!!!), setext underlines and horizontal rules (= -), code fences (~~~).
# Escaping them elsewhere made every hyphen, colon and parenthesis a character reference,
# and Python-Markdown's inline processor then spent most of a page's conversion time on them
# (measured on 510 BBC pages); `(`, `)` and `!` do nothing once `[` and `]` are escaped.
LINE_START_SPECIAL = set("+-!=~")
# "1. Text" or "2025. Text" at the start of a line would become an ordered list.
_ORDERED_LIST = re.compile(r"^(\d+)\.")
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in MARKDOWN_SPECIAL}
# Inside a link title `[text](url "title")` parentheses and quotes end the title early.
_ATTR_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in "\"'()"}


def md_text(text: str) -> str:
    """Source text -> Markdown that renders as exactly that text, on one line (at a line start too)."""
    flat = " ".join(text.split())
    match = _ORDERED_LIST.match(flat)
    if match:
        return match.group(1) + "&#46;" + flat[match.end():].translate(_TABLE)
    if flat[:1] in LINE_START_SPECIAL:
        return f"&#{ord(flat[0])};" + flat[1:].translate(_TABLE)
    return flat.translate(_TABLE)


def md_attr(text: str) -> str:
    """Text for a Markdown link title or an attribute value inside double quotes."""
    return md_text(text).translate(_ATTR_TABLE)


def html_text(text: str, quote: bool = True) -> str:
    """Text for raw HTML in the Markdown (not read as Markdown): HTML-escaped, line breaks kept.
    Quotes too unless `quote` is False (element content, where they mean nothing)."""
    return html.escape(str(text), quote=quote)


def html_inline(text: str) -> str:
    """Text for raw HTML in the Markdown, on one line: HTML-escaped, every run of whitespace
    (line breaks, no-break spaces) one space, as `md_text` writes it for Markdown."""
    return html.escape(" ".join(str(text).split()), quote=False)


def yaml_str(text: str) -> str:
    """A front-matter value: HTML-escaped text, written as a YAML scalar.

    Material inserts front-matter values into its HTML as they are: `title` into <title>, the
    header and tag listings, `description` into a `content="…"` attribute, tag names into
    links (MkDocs' Jinja environment does not autoescape). A source headline such as
    `<img src=x onerror=alert(1)>` therefore ran as markup until the value itself was escaped.
    `&`, `<`, `>` and `"` are escaped (every attribute in Material's templates uses double
    quotes); the page shows the text exactly as written. JSON strings are valid YAML.
    """
    flat = " ".join(str(text).split())
    return json.dumps(html.escape(flat, quote=False).replace('"', "&quot;"), ensure_ascii=False)

