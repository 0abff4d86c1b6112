"""The RE2 prefilter never says "no" where the Python regex says "yes"."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from readingroom import dates
from readingroom.boilerplate_cues import CUES
from readingroom.prefilter import prefiltered, relax

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "boilerplate"


@pytest.mark.parametrize(
    ("pattern", "flags", "relaxed"),
    [
        (r"\bfoo(?=bar)", 0, "foo"),
        (r"a(?!b)c", 0, "ac"),
        (r" a [ b] \# c # comment", re.VERBOSE, r"a[ b]\#c"),
        (r"\w+\s$", 0, r"[\pL\pN\pM_]+[\s\pZ\x{85}\x{1c}-\x{1f}]\n?$"),
        (r"[\w.]", 0, r"[\pL\pN\pM_.]"),
        (r"us(?=\s*(?:$|[.)]|with))!", 0, "us!"),  # a parenthesis inside a class in a look-ahead
        (r"[\u0590-\u06FF]\u200c", 0, r"[\x{0590}-\x{06FF}]\x{200c}"),  # Python's escapes of a code point, RE2's
        (r"(\d)([/-])\d\2[\2]", 0, r"(\pN)([/-])\pN(?s:.*)[\2]"),  # a backreference (RE2 has none) matches any text
        (r"(?P<w>\w)-(?P=w)", 0, r"(?P<w>[\pL\pN\pM_])-(?s:.*)"),  # a named one too
        (r"/[^\W\d_]+\.[^\W\]]", 0, r"/[\pL\pN\pM_]+\.[\pL\pN\pM_]"),  # word characters less some: all of them
    ],
)
def test_relax(pattern: str, flags: int, relaxed: str) -> None:
    assert relax(re.compile(pattern, flags)) == relaxed


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bподдержите\s+нас\b", "Пожалуйста, ПОДДЕРЖИТЕ\u00a0нас сегодня"),
        (r"^\W*cookies?\W*$", "Cookies"),
        (r"(?<=\d)\s*of\s*\d", "1 of 6"),
        (r"end$", "the end\n"),
        (r"[\u0590-\u06FF]\s*\(", "هور الحمّار (الجزيرة)"),
    ],
)
def test_prefilter_agrees_on_unicode_and_edges(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert bool(prefiltered(compiled).search(text)) == bool(compiled.search(text))


def _lines() -> list[str]:
    files = sorted((ROOT / "sources").glob("*.txt"))
    if EVAL.is_dir():
        files += sorted(p for p in EVAL.glob("*.txt") if not p.name.endswith((".gold.txt", ".title.txt")))
    return [line.strip() for f in files for line in f.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]


def test_every_cue_gives_the_same_answer_with_and_without_the_prefilter() -> None:
    lines = _lines()
    for cue in CUES:
        assert cue.matcher is not None and cue.matcher.fast is not None, f"{cue.name} has no prefilter"
        disagree = [line for line in lines if bool(cue.pattern.search(line)) != bool(cue.search(line, line.encode()))]
        assert not disagree, (cue.name, disagree[:3])


def test_every_date_pattern_finds_the_same_dates_with_and_without_the_prefilter() -> None:
    lines = _lines()
    for each in dates._PREFILTERED:
        assert each.fast is not None, f"{each.pattern.pattern} has no prefilter"
        missed = [line for line in lines if each.pattern.search(line) and each.fast.search(line.encode()) is None]
        assert not missed, (each.pattern.pattern, missed[:3])
