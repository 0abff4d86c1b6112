"""A saved HTML page as the crude text of the shared evaluation set, with the standard library.

The shared boilerplate set (`$READINGROOM_EVAL/boilerplate/README.md`, "How the text was made")
made its inputs from HTML with lxml: `head`, `script`, `style` and the other invisible or
interactive elements dropped with their content, and any element with a `hidden` attribute or an
inline `display:none` / `visibility:hidden` style; every block element its own block, blocks
separated by one blank line; `<br>` a line break inside a block; table cells of a row on one
line; whitespace runs one space; adjacent inline elements joined as in the HTML. CSS is not
evaluated, so drop-down menus appear in full. `crude_text` follows those rules, so that pages from
elsewhere (`bench_external.py --as-dev-set`) are read in the form the held-out half has, not only
as Chromium's select-all copy.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

DROPPED = frozenset("""head script style noscript template svg iframe object embed canvas select option input
    textarea audio video map math""".split())
BLOCKS = frozenset("""p div li h1 h2 h3 h4 h5 h6 section article header footer nav aside table tr blockquote figure
    figcaption button label ul ol dl dt dd form main pre hr address fieldset details summary body html center caption
    thead tbody tfoot legend menu""".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_BREAK = "\x00"  # a <br> inside a block, until the block is written out


class _CrudeText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.buffer: list[str] = []
        self.open: list[str] = []  # open elements, to find where a dropped one ends
        self.dropping: int | None = None  # depth in `open` of the dropped element being skipped

    def flush(self) -> None:
        lines = [_SPACE.sub(" ", part).strip() for part in "".join(self.buffer).split(_BREAK)]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(text)
        self.buffer.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.dropping is not None:
            if tag == "body" and self.open[self.dropping] == "head":  # a head left open: the body ends it
                del self.open[self.dropping:]
                self.dropping = None
            elif tag not in VOID:
                self.open.append(tag)
                return
            else:
                return
        values = dict(attrs)
        if tag in DROPPED or "hidden" in values or _HIDDEN_STYLE.search(values.get("style") or ""):
            if tag not in VOID:
                self.dropping = len(self.open)
                self.open.append(tag)
            return
        if tag == "br":
            self.buffer.append(_BREAK)
            return
        if tag in BLOCKS:
            self.flush()
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self.dropping is None:
            self.buffer.append(_BREAK)
        elif tag in BLOCKS and self.dropping is None:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return  # a stray end tag
        while self.open:
            top = self.open.pop()
            if self.dropping is not None and len(self.open) == self.dropping:
                self.dropping = None
            elif self.dropping is None and top in BLOCKS:
                self.flush()
            elif self.dropping is None and top in CELLS:
                self.buffer.append(" ")
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.dropping is None:
            self.buffer.append(data)


def crude_text(html: str) -> str:
    """The page's text in the shared evaluation set's crude form (see the module docstring)."""
    parser = _CrudeText()
    parser.feed(html)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.blocks) + "\n"
