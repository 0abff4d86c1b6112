"""Stage 0: paragraphs a copy broke into lines of one width, joined again.

A text copied out of a PDF, a print view or an e-mail comes with its lines broken at a fixed
width (80-120 characters), words hyphenated across the break ("vot-" / "ers") and the page's
running header and footer repeated on every page. Every later stage reads one paragraph to a
line; on such a copy it sees fragments: the classifier finds no prose, the headline is a
mid-sentence piece ("ones, including low reimbursement rates ...") and the text is lost.

`unwrap_lines` tells such a copy by the shape of its lines, not by a source's name: most lines
of text length end near one width (`_wrap_width`) and run on into the next line (no sentence
end there). It then joins each full line with the next line of text, skipping the repeated
page furniture between (a paragraph broken by a page break), and leaves everything else as it
was: a short line ends its paragraph, as does one before a bullet, a blank line or a repeat.
The joined line keeps the number of its first source line, so every value still names where
it came from; the article says what was joined (`Article.warnings`). A copy with a paragraph
to a line is returned unchanged: its line lengths do not gather at one width.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .model import Article, SourceLine

# Lines shorter than this are not counted when looking for the width a copy was wrapped at:
# headings, bylines, list items.
WRAP_MIN_CHARS = 40
# A copy is wrapped when at least this many lines end near one width...
WRAP_MIN_LINES = 8
# ...at least this share of its lines of text length end near it ("near": WRAP_BAND of it)...
WRAP_MIN_SHARE = 0.5
WRAP_BAND = 0.8
# ...and most of those run on into the next line (no sentence end): a text with one short
# sentence to a line has lines of all lengths, each ending with a full stop.
WRAP_MIN_RUN_ON = 0.6
# Wrapping widths seen in print views, PDFs and e-mails (e-mail: 72-78); a copy whose lines of
# text are longer is one paragraph to a line, one whose lines are shorter a poem or a song's
# lyrics, broken where the verse is (a song's lines gathered at 56 characters).
WRAP_MIN_WIDTH = 64
WRAP_MAX_WIDTH = 160
# Narrower columns (an e-paper's or a newspaper PDF's text, 24-63 characters to a line, ragged at the right) are
# told from verse by the words they break: a column hyphenates words across its line ends ("Uni-" / "fied"), a
# poem does not. Such a copy needs NARROW_MIN_HYPHENS words broken so, NARROW_MIN_LINES lines that run on and end
# within NARROW_BAND of the column's width, and most lines so long to run on.
NARROW_MIN_WIDTH = 24
NARROW_MIN_LINES = 16
NARROW_MIN_HYPHENS = 3
NARROW_BAND = 0.75  # (0.7 / 0.75 / 0.8 on twelve e-paper copies: macro F1 0.902 / 0.908 / 0.911, dates wrong 4 / 3 / 4)
# A sentence's end at a line's end: a full line that ends one may end its paragraph (`_continues`).
_SENTENCE_END = re.compile(r"""[.!?…:;।॥۔؟]["'”’»)\]]*\s*$""")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")
_LOWER_START = re.compile(r"^[^\W\d_A-ZÀ-ÞА-ЯЁ]")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*–—-]\s|\d{1,2}[.)]\s)")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word with its hyphens: "well-known"


def unwrap_lines(article: Article) -> Article:
    """The article with its wrapped paragraphs joined, each on the line of its first source line."""
    band, width = WRAP_BAND, _wrap_width(article.lines)
    narrow = width is None
    if narrow:
        band, width = NARROW_BAND, _column_width(article.lines)
    if width is None:
        return article
    lines = article.lines
    counts = Counter(line.text.strip() for line in lines if line.text.strip())
    repeated = {text for text, n in counts.items() if n > 1}
    words = Counter(w.casefold() for line in lines for w in _COMPOUND.findall(line.text))
    out: list[SourceLine] = []
    joined = 0
    k = 0
    while k < len(lines):
        line = lines[k]
        text = line.text.rstrip()
        k += 1
        skipped: list[SourceLine] = []
        last = text
        while _is_full(last, width, band) and last.strip() not in repeated:
            j = k
            while j < len(lines) and lines[j].text.strip() in repeated:
                j += 1  # a page's running header and footer between the two halves of a paragraph
            if j >= len(lines) or not _continues(last, lines[j].text) or narrow and len(lines[j].text.rstrip()) > width:
                break  # (a narrow column's next line is no longer than its width: a longer one is the page's, under the column)
            last = lines[j].text.rstrip()
            text = _join(text, last.strip(), words)
            joined += 1
            skipped += lines[k:j]  # (they stay, after the paragraph)
            k = j + 1
        out.append(SourceLine(line.number, text))
        out += skipped
    if not joined:
        return article
    note = (f"unwrapped: the copy's lines were broken at about {width} characters; {joined} line breaks inside "
            f"paragraphs were joined (each paragraph keeps the number of its first line)")
    return replace(article, lines=tuple(out), warnings=(*article.warnings, note))


def _wrap_width(lines: tuple[SourceLine, ...]) -> int | None:
    """The width the copy's lines were broken at, or None when they were not."""
    texts = [line.text.rstrip() for line in lines]
    long = [len(t) for t in texts if len(t) >= WRAP_MIN_CHARS]
    if len(long) < WRAP_MIN_LINES:
        return None
    width = sorted(long)[int(0.9 * (len(long) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    near = [k for k, t in enumerate(texts) if WRAP_BAND * width <= len(t) <= width * 1.05 and "://" not in t]
    run_on = [k for k in near if not _SENTENCE_END.search(texts[k]) and k + 1 < len(texts) and texts[k + 1].strip()]
    if len(near) < WRAP_MIN_LINES or len(near) < WRAP_MIN_SHARE * len(long) or len(run_on) < WRAP_MIN_RUN_ON * len(near):
        return None
    return width


def _column_width(lines: tuple[SourceLine, ...]) -> int | None:
    """The width of the narrow column the copy's text was set in (NARROW_MIN_WIDTH up to
    WRAP_MIN_WIDTH), or None: the width at which the most lines end within NARROW_BAND of it and
    run on into the next, when they are NARROW_MIN_LINES or more, most of such lines, and words are
    broken across line ends (NARROW_MIN_HYPHENS)."""
    texts = [line.text.rstrip() for line in lines]
    broken = sum(1 for above, below in zip(texts, texts[1:]) if _HYPHENATED.search(above) and _LOWER_START.match(below.strip()))
    if broken < NARROW_MIN_HYPHENS:
        return None
    run_on = [k for k, t in enumerate(texts[:-1]) if len(t) >= NARROW_BAND * NARROW_MIN_WIDTH and not _SENTENCE_END.search(t)
              and texts[k + 1].strip() and "://" not in t]
    lengths = Counter(len(texts[k]) for k in run_on)
    count, width = max((sum(n for length, n in lengths.items() if NARROW_BAND * w <= length <= w), w)
                       for w in range(NARROW_MIN_WIDTH, WRAP_MIN_WIDTH))
    within = sum(1 for t in texts if NARROW_BAND * width <= len(t) <= width)
    if count < NARROW_MIN_LINES or count < WRAP_MIN_RUN_ON * within:
        return None
    return width


def _is_full(text: str, width: int, band: float = WRAP_BAND) -> bool:
    """A line that ends near the width (within `band` of it): its paragraph goes on in the next line."""
    return len(text) >= band * width and "://" not in text


def _continues(above: str, text: str) -> bool:
    """A line that may go on the paragraph above: text, not a blank, a bullet or an address, and
    not a new sentence under one that ends (a paragraph's last line may end near the width too)."""
    return (bool(text.strip()) and not _BULLET.match(text) and "://" not in text
            and not (_SENTENCE_END.search(above) and not _LOWER_START.match(text.strip())))


def _join(text: str, following: str, words: Counter[str]) -> str:
    """Two halves of a paragraph as one line; a word hyphenated across the break is one word
    again ("vot-" / "ers" -> "voters") unless the copy writes it with its hyphen elsewhere
    ("well-" / "known" where "well-known" is in the text)."""
    if _HYPHENATED.search(text) and _LOWER_START.match(following):
        head = _WORD.findall(text)[-1]
        tail = _WORD.match(following)
        if tail is not None and words[f"{head}-{tail.group()}".casefold()] == 0:
            return text[:-1] + following
        return text + following
    return f"{text} {following}"

