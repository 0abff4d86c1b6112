"""A fast "certainly not" test for Python regexes, with RE2 (google-re2).

Python's backtracking engine tries every alternative of a large IGNORECASE vocabulary at every
position of a line: on 600-character news paragraphs the boilerplate cues cost about 1 ms a
line (measured on the BBC corpus), most of the per-article time. RE2 scans in linear time and
was 30-50x faster on the same cues. RE2 differs from `re` in a few places (no look-around, ASCII
`\\b`, `\\w`, `\\s`), so it is not used to decide anything: `relax()` rewrites a pattern into a
*more permissive* RE2 pattern, whose "no match" proves that the original cannot match either.
Only when RE2 finds something does the original Python regex run and decide.

Relaxations: look-arounds and `\\b`/`\\B` are removed (dropping a condition only widens the
language), a backreference matches any text, a class of word characters less some
(`[^\\W\\d_]`) is all of them, `\\w`/`\\W`/`\\s`/`\\S`/`\\d`/`\\D` become Unicode-wide
classes, and verbose-mode whitespace and comments are stripped. A pattern RE2 still cannot
parse gets no prefilter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

try:  # google-re2 is a pinned dependency; without it every pattern simply runs in `re`
    import re2
except ImportError:  # pragma: no cover
    re2 = None

# RE2's default 8 MB is too small for the DFA of the largest cue (image credits, about 21,000
# instructions once \w is Unicode-wide): it then logs "DFA out of memory" and falls back to a
# slower engine. 64 MB is allocated lazily and only by patterns that need it.
RE2_MAX_MEM = 64 << 20

# Unicode-wide replacements for the classes whose RE2 meaning is ASCII-only.
_CLASS_ESCAPES = {
    "w": r"[\pL\pN\pM_]",
    "W": r"[^\pL\pN\pM_]",
    "s": r"[\s\pZ\x{85}\x{1c}-\x{1f}]",
    "S": r"[^\s\pZ]",
    "d": r"\pN",
    "D": r"\PN",
}
_IN_CLASS_ESCAPES = {"w": r"\pL\pN\pM_", "s": r"\s\pZ", "d": r"\pN"}


def _strip_verbose(source: str) -> str:
    """Remove verbose-mode whitespace and comments outside character classes."""
    out, i, in_class = [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or (out and out[-1] == "[")
        elif ch == "[":
            in_class = True
        elif ch.isspace():
            i += 1
            continue
        elif ch == "#":
            while i < len(source) and source[i] != "\n":
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _remove_lookarounds(source: str) -> str:
    """Drop `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)` groups, balancing parentheses."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth, j, in_class = 0, i, False
            while j < len(source):
                ch = source[j]
                if ch == "\\":
                    j += 2
                    continue
                if in_class:  # a parenthesis inside [...] is a character, not a group
                    in_class = ch != "]" or source[j - 1] == "["
                elif ch == "[":
                    in_class = True
                else:
                    depth += {"(": 1, ")": -1}.get(ch, 0)
                j += 1
                if depth == 0 and not in_class:
                    break
            i = j
            continue
        out.append(source[i])
        i += 1
    return "".join(out)


def _widen_escapes(source: str) -> str:
    out, i, in_class = [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            letter = source[i + 1]
            if letter == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", source[i + 2:i + 6]):
                out.append("\\x{" + source[i + 2:i + 6] + "}")  # Python's "\u0590" is RE2's "\x{0590}"
                i += 6
                continue
            if letter in "bB":
                out.append("" if not in_class else "\\b")
            elif not in_class and letter in "123456789":
                out.append("(?s:.*)")  # a backreference matches some text; RE2 has none
            elif in_class and letter in _IN_CLASS_ESCAPES:
                out.append(_IN_CLASS_ESCAPES[letter])
            elif in_class and letter in "WSD":
                return ""  # a negated class inside a class cannot be widened simply: no prefilter
            elif not in_class and letter in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[letter])
            elif not in_class and letter == "Z":
                out.append(r"\z")
            else:
                out.append(source[i:i + 2])
            i += 2
            continue
        if not in_class and source.startswith("[^\\W", i):
            # the word characters less some ("[^\W\d_]", a letter): all of them are wider
            end = i + 4
            while end < len(source) and source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            out.append(_CLASS_ESCAPES["w"])
            i = end + 1
            continue
        if in_class and ch == "]" and out and out[-1] != "[":
            in_class = False
        elif not in_class and ch == "[":
            in_class = True
        elif not in_class and ch == "$":
            out.append(r"\n?$")  # Python's $ also matches before a final newline
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_NAMED_BACKREFERENCE = re.compile(r"\(\?P=\w+\)")


def relax(pattern: re.Pattern[str]) -> str:
    """An RE2 pattern that matches wherever `pattern` does (and perhaps elsewhere); "" if none."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE:
        source = _strip_verbose(source)
    source = _widen_escapes(_remove_lookarounds(_NAMED_BACKREFERENCE.sub("(?s:.*)", source)))
    if not source:
        return ""
    flags = "(?i)" if pattern.flags & re.IGNORECASE else ""
    flags += "(?s)" if pattern.flags & re.DOTALL else ""
    flags += "(?m)" if pattern.flags & re.MULTILINE else ""
    return flags + source


@dataclass(frozen=True)
class Prefiltered:
    """`search()` with an RE2 "certainly not" test in front of the Python regex."""

    pattern: re.Pattern[str]
    fast: object | None

    def search(self, text: str, encoded: bytes | None = None) -> re.Match[str] | None:
        """`pattern.search(text)`; pass `encoded` (text as UTF-8) when testing many patterns."""
        if self.fast is not None and self.fast.search(text.encode() if encoded is None else encoded) is None:
            return None
        return self.pattern.search(text)


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    relaxed = relax(pattern) if re2 is not None else ""
    fast = None
    if relaxed:
        options = re2.Options()
        options.max_mem = RE2_MAX_MEM
        try:
            # a bytes pattern searched on UTF-8 bytes: 4x faster than str, which the wrapper
            # re-encodes and maps back to character offsets on every call
            fast = re2.compile(relaxed.encode("utf-8"), options)
        except re2.error:
            fast = None
    return Prefiltered(pattern, fast)
