"""Stage 1: raw bytes -> decoded text and source lines.

Takes the bytes of one file (read by `files.py`), returns a `Decoded` with the text, the
encoding that was detected and the repairs made, or raises `SourceError` with a one-line
reason (empty, binary, too large, undecodable). Does no I/O.
"""
from __future__ import annotations

import codecs
import html
import re
from collections import Counter
from dataclasses import dataclass

import charset_normalizer

from .model import SourceError, SourceLine

# Magic numbers of file types people rename to .txt by mistake; checked before any decoding
# so a PNG is reported as a PNG, not as mojibake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control bytes (other than tab/newline) above which a file without a BOM is binary.
# Text with a few stray NULs (a bad copy) stays text; UTF-16 without BOM is tried first.
MAX_CONTROL_SHARE = 0.10

# The Windows code page that sites in a language (as charset-normalizer names it) served
# before UTF-8: preferred among candidates that decode with near-equal chaos.
HOME_CODE_PAGE: dict[str, str] = {
    **dict.fromkeys(("English", "French", "German", "Spanish", "Portuguese", "Italian", "Dutch", "Danish",
                     "Swedish", "Norwegian", "Finnish", "Indonesian", "Catalan"), "cp1252"),
    **dict.fromkeys(("Russian", "Ukrainian", "Bulgarian", "Belarusian", "Serbian", "Macedonian", "Kazakh"), "cp1251"),
    **dict.fromkeys(("Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Croatian", "Slovene"), "cp1250"),
    "Greek": "cp1253",
    "Turkish": "cp1254",
    **dict.fromkeys(("Lithuanian", "Latvian", "Estonian"), "cp1257"),
}
# Chaos (charset-normalizer's 0-1 mess score) by which the home code page may trail the best
# candidate. Measured on the test texts: wrong picks led by 0.006 (cp1257 over cp1252 on
# French) to 0.083 (cp1257 over cp1252 on an English text with "naïve", "déjà vu" and curly
# quotes); a Greek text's cp1251 reading trailed by 0.127.
CHAOS_MARGIN = 0.1
# East Asian multi-byte code pages, considered only when at least this share of the file's bytes
# is non-ASCII (each character is two bytes over 127; the ASCII of numbers and punctuation aside).
EAST_ASIAN = frozenset(codecs.lookup(name).name for name in (
    "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp",
    "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab", "iso2022_kr"))
EAST_ASIAN_MIN_SHARE = 0.3
_ASCII_BYTES = bytes(range(128))
# UTF-16 without a BOM (see `_utf16_without_bom`): the share of pairs whose high byte is NUL or
# the alphabet's block, and how many different low bytes the letters give at least.
UTF16_HIGH_SHARE = 0.9
UTF16_MIN_LOW_VALUES = 16
# Letters beyond Latin-1 that cp1252 has: with Latin-1's, the letters of Western European languages.
_CP1252_EXTRA_LETTERS = frozenset("ŒœŠšŽžŸƒ")
# Fewer bytes of non-ASCII words than this say too little; the whole file is used instead.
MIN_FOCUS_BYTES = 16
_NON_ASCII_WORD = re.compile(rb"[^\s]*[\x80-\xff][^\s]*")

# An HTML character reference left in copied text ("&#163;1.8m", "communiqu&#233;", "&amp;"): the
# character it stands for. Only complete references, with their semicolon ("R&D", "AT&T" stay).
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# C0 controls and DEL that have no place in article text; removed and counted.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bytes that UTF-16 text of one alphabet is full of (its high bytes) and other text is not.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repairs: tuple[str, ...] = ()
    """What was changed to make the text usable (e.g. '3 NUL bytes removed')."""


def decode_source(raw: bytes, file: str, max_bytes: int) -> Decoded:
    """Decode one source file, or raise `SourceError` naming why it cannot be used."""
    if len(raw) > max_bytes:
        raise SourceError(file, too_large(len(raw), max_bytes))
    if not raw.strip():
        raise SourceError(file, "empty file")
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise SourceError(file, f"binary file ({kind}), not text")
    text, encoding, repairs = _decode(raw, file)
    text, cleaned = _clean(text)
    if not text.strip():
        raise SourceError(file, "no text after decoding (only whitespace or control characters)")
    return Decoded(text=text, encoding=encoding, repairs=repairs + cleaned)


def too_large(size: int, max_bytes: int) -> str:
    return f"file is {size:,} bytes, over the limit of {max_bytes:,} (setting max_bytes)"


def _decode(raw: bytes, file: str) -> tuple[str, str, tuple[str, ...]]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace"), f"{encoding} (BOM)", _replacements(raw[len(bom):], encoding)
    utf16 = _utf16_without_bom(raw)  # first: Russian in UTF-16 is all bytes under 0x80, valid UTF-8 of control characters
    if utf16:
        return raw.decode(utf16, errors="replace"), f"{utf16} (no BOM)", _replacements(raw, utf16)
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if _control_share(raw) > MAX_CONTROL_SHARE:
        raise SourceError(file, "binary file (many control bytes), not text")
    repaired = raw.decode("utf-8", errors="replace")
    if _mostly_utf8(repaired):
        bad = repaired.count("\ufffd")
        return repaired, "utf-8 (repaired)", (f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD",)
    encoding = _legacy_encoding(raw)
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        bad = repaired.count("\ufffd")
        return repaired, "utf-8 (repaired)", (f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD",)
    return raw.decode(encoding, errors="replace"), encoding, _replacements(raw, encoding)


def _mostly_utf8(repaired: str) -> bool:
    """UTF-8 with a few broken bytes (a bad copy), rather than a legacy code page.

    Valid multi-byte UTF-8 sequences almost never arise by chance in a legacy code page (in
    cp1252 they read as mojibake such as `Ã©`), so a text with more valid non-ASCII characters
    than broken sequences is UTF-8. Handing it to charset-normalizer instead turned every
    “quote” and Cyrillic word of such a file into mojibake (it guessed mac_iceland).
    """
    bad = repaired.count("\ufffd")
    return sum(1 for ch in repaired if ord(ch) > 127) - bad > bad


def _legacy_encoding(raw: bytes) -> str | None:
    """The single-byte code page of a non-UTF-8 file, or None when nothing fits.

    charset-normalizer ranks candidates by "chaos" first. On article-length text several code
    pages decode with no chaos at all but to different letters, and it picked a rare one:
    cp1257 for a Latin-1 French article (`franēais`), cp1250 for an English text with one
    Russian phrase in cp1251 (the English around it outweighs the phrase). Two corrections:
    detect on the words that hold non-ASCII bytes (the rest is ASCII in every candidate), and
    among near-equal candidates prefer the Windows code page of the language detected, which is
    what sites of that language served (cp1251 for Russian rather than mac_cyrillic or koi8-t).
    """
    sample = _non_ascii_words(raw)
    candidates = _candidates(raw, sample if len(sample) >= MIN_FOCUS_BYTES else raw)
    if candidates and candidates[0].language == "Unknown" and len(sample) >= MIN_FOCUS_BYTES:
        candidates = _candidates(raw, raw)  # the words say no language ("£15.8m £2m"): the whole text does
    if not candidates:
        return None
    best = candidates[0]
    home = HOME_CODE_PAGE.get(best.language)
    for match in candidates:
        if home and match.chaos <= best.chaos + CHAOS_MARGIN and home in (match.encoding, *match.could_be_from_charset):
            return home
    if home == "cp1252" and _western_letters(sample.decode("cp1252", errors="replace")) and not (
            _western_letters(sample.decode(best.encoding, errors="replace"))):
        return home  # a Western European language's letters are cp1252's: "naļve", "déją" are no French
    return best.encoding


def _western_letters(text: str) -> bool:
    """Every letter of `text` is one of Latin-1's or cp1252's (what Western European languages use)."""
    return all(ord(ch) < 0x100 or ch in _CP1252_EXTRA_LETTERS or not ch.isalpha() for ch in text)


def _candidates(raw: bytes, sample: bytes) -> list:
    """charset-normalizer's readings of `sample`, best first, without East Asian code pages
    when few of the file's bytes are non-ASCII: Chinese, Japanese or Korean text in its own code
    page is mostly such bytes, and an English page with one pound sign was read as Japanese
    (cp932: "｣15.8m")."""
    few = len(raw.translate(None, _ASCII_BYTES)) < EAST_ASIAN_MIN_SHARE * len(raw)
    return [match for match in charset_normalizer.from_bytes(sample)
            if not (few and codecs.lookup(match.encoding).name in EAST_ASIAN)]


def _non_ascii_words(raw: bytes) -> bytes:
    return b" ".join(_NON_ASCII_WORD.findall(raw))


def _replacements(raw: bytes, encoding: str) -> tuple[str, ...]:
    bad = raw.decode(encoding, errors="replace").count("\ufffd")
    return (f"{bad} invalid byte sequence(s) replaced by U+FFFD",) if bad else ()


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: one byte of each pair is the same few values. For Latin text
    it is NUL; for one alphabet it is that block's high byte (0x04 for Cyrillic, 0x03 Greek,
    0x05 Hebrew, 0x06 Arabic) or NUL (spaces, digits, punctuation), while the other byte varies."""
    sample = raw[:4000]
    if len(sample) < 4 or len(sample) % 2 or not _CONTROL_BYTES.search(sample):
        return None  # (the search: every file is asked, nearly all of them text with no control byte)
    for high, low, encoding in ((sample[1::2], sample[0::2], "utf-16-le"), (sample[0::2], sample[1::2], "utf-16-be")):
        counts = Counter(high)
        block, _ = max(((b, n) for b, n in counts.items() if b), key=lambda bn: bn[1], default=(0, 0))
        nul_share = counts[0] / len(high)
        if nul_share > 0.4 and low.count(0) / len(low) < 0.05:
            return encoding
        if (block < 0x20 and (counts[0] + counts[block]) / len(high) >= UTF16_HIGH_SHARE
                and len(set(low)) >= UTF16_MIN_LOW_VALUES and low.count(0) / len(low) < 0.05):
            return encoding
    return None


def _control_share(raw: bytes) -> float:
    sample = raw[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / len(sample)


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    repairs: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text, references = _decode_references(text)
        if references:
            first, character = references[0]
            repairs.append(f"{len(references)} HTML character reference(s) decoded ({first} to {character})")
    nuls = text.count("\x00")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls:
        text = _CONTROL_CHARS.sub("", text)
        detail = f"{nuls} NUL byte(s)" if nuls == controls else f"{controls} control character(s)"
        repairs.append(f"{detail} removed")
    text, runs = _BLANK_RUN.subn(" ", text)
    if runs:
        repairs.append(f"{runs} run(s) of over {BLANK_RUN_MAX} spaces or tabs inside a line shortened to one space")
    return text, tuple(repairs)


BLANK_RUN_MAX = 32
"""Longer runs of spaces or tabs inside a line say nothing a single space does not (a copy of a
page laid out with spaces), and would make the line's reading slow: each is shortened to one."""
_BLANK_RUN = re.compile(rf"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{{{BLANK_RUN_MAX + 1},}}")


def _decode_references(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with its character references decoded (once: "&amp;lt;" becomes "&lt;"), and
    which were decoded, as (reference, character)."""
    decoded: list[tuple[str, str]] = []

    def character(match: re.Match[str]) -> str:
        found = html.unescape(match.group())
        if found != match.group():
            decoded.append((match.group(), found))
        return found
    return _CHARACTER_REFERENCE.sub(character, text), decoded


def split_lines(text: str) -> tuple[SourceLine, ...]:
    """Number the lines (1-based), keeping their text; trailing whitespace dropped."""
    return tuple(SourceLine(number, line.rstrip()) for number, line in enumerate(text.split("\n"), start=1))
