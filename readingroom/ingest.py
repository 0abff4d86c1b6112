"""Stage 1: raw bytes -> decoded text and source lines.

Takes the bytes of one file (read by `files.py`), returns a `Decoded` with the text, the
encoding that was detected and the repairs made, or raises `SourceError` with a one-line
reason (empty, binary, too large, undecodable). Does no I/O.
"""
from __future__ import annotations

import codecs
import re
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

# C0 controls and DEL that have no place in article text; removed and counted.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repairs: tuple[str, ...] = ()
    """What was changed to make the text usable (e.g. '3 NUL bytes removed')."""


def decode_source(raw: bytes, file: str, max_bytes: int) -> Decoded:
    """Decode one source file, or raise `SourceError` naming why it cannot be used."""
    if len(raw) > max_bytes:
        raise SourceError(file, f"file is {len(raw):,} bytes, over the limit of {max_bytes:,} (setting max_bytes)")
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


def _decode(raw: bytes, file: str) -> tuple[str, str, tuple[str, ...]]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace"), f"{encoding} (BOM)", _replacements(raw[len(bom):], encoding)
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16, ()
    if _control_share(raw) > MAX_CONTROL_SHARE:
        raise SourceError(file, "binary file (many control bytes), not text")
    best = charset_normalizer.from_bytes(raw).best()
    if best is not None and best.encoding not in ("utf_8", "utf-8"):
        return str(best), best.encoding, ()
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return text, "utf-8 (repaired)", (f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD",)


def _replacements(raw: bytes, encoding: str) -> tuple[str, ...]:
    bad = raw.decode(encoding, errors="replace").count("\ufffd")
    return (f"{bad} invalid byte sequence(s) replaced by U+FFFD",) if bad else ()


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte for Latin text."""
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _control_share(raw: bytes) -> float:
    sample = raw[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / len(sample)


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    repairs: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    nuls = text.count("\x00")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls:
        text = _CONTROL_CHARS.sub("", text)
        detail = f"{nuls} NUL byte(s)" if nuls == controls else f"{controls} control character(s)"
        repairs.append(f"{detail} removed")
    return text, tuple(repairs)


def split_lines(text: str) -> tuple[SourceLine, ...]:
    """Number the lines (1-based), keeping their text; trailing whitespace dropped."""
    return tuple(SourceLine(number, line.rstrip()) for number, line in enumerate(text.split("\n"), start=1))
