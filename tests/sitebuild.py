"""Shared test helpers: generate docs/ from a sources folder, build the MkDocs site, serve it.

`generate_docs` runs the real CLI in-process; `build_site` runs `mkdocs build --strict` on a
temporary copy of the project's mkdocs.yml pointed at the test's folders (hooks and `watch`
removed: the hook regenerates the project's own docs/ during `serve`, which a test must not
touch). `write_hostile_sources` writes the issue-7 hostile inputs, generated in the test's tmp
folder rather than committed as binary fixtures; `HOSTILE` says what each one must become.
"""
from __future__ import annotations

import codecs
import functools
import http.server
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from dataclasses import dataclass
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sources"
MKDOCS = Path(sys.executable).parent / "mkdocs"
HAND_WRITTEN = ("about", "stylesheets")
"""Folders of docs/ that are written by hand, not generated: every built site needs them."""


@dataclass(frozen=True)
class Generated:
    """What one `readingroom build` did: its exit status and what it printed on stderr."""

    status: int
    stderr: str
    docs: Path

    def rejected_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("rejected: ")]


def generate_docs(sources: Path, docs: Path, *extra: str) -> Generated:
    """`readingroom build` in-process, without the cache (tests must not share state)."""
    from readingroom.cli import main

    stderr = StringIO()
    with redirect_stderr(stderr):
        status = main(["build", "--sources", str(sources), "--docs", str(docs), "--no-cache", *extra])
    return Generated(status, stderr.getvalue(), docs)


def copy_hand_written(docs: Path) -> None:
    for folder in HAND_WRITTEN:
        shutil.copytree(ROOT / "docs" / folder, docs / folder, dirs_exist_ok=True)


def mkdocs_config(docs: Path, site: Path, config: Path) -> Path:
    """A copy of the project's mkdocs.yml building `docs` into `site` (absolute paths)."""
    settings = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    settings.pop("hooks", None)
    settings.pop("watch", None)
    settings["docs_dir"] = str(docs.resolve())
    settings["site_dir"] = str(site.resolve())
    settings["theme"]["custom_dir"] = str((ROOT / "overrides").resolve())
    config.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def build_site(docs: Path, site: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """`mkdocs build [--strict]` of generated `docs` into `site`; raises with MkDocs' log on failure."""
    copy_hand_written(docs)
    config = mkdocs_config(docs, site, docs.parent / f"mkdocs-{site.name}.yml")
    command = [str(MKDOCS), "build", "-f", str(config)] + (["--strict"] if strict else [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=docs.parent)
    if done.returncode != 0:
        raise AssertionError(f"mkdocs build failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done


@dataclass(frozen=True)
class Site:
    sources: Path
    docs: Path
    site: Path
    generated: Generated
    mkdocs_log: str


def make_site(sources: Path, work: Path, strict: bool = True) -> Site:
    """Sources -> docs/ -> site/ under `work`."""
    docs, site = work / "docs", work / "site"
    generated = generate_docs(sources, docs)
    built = build_site(docs, site, strict=strict)
    return Site(sources, docs, site, generated, built.stderr)


def copy_seeds(target: Path) -> Path:
    """The project's seed sources (articles, catalog.yml, entities.yml) copied to `target`."""
    shutil.copytree(SEEDS, target, dirs_exist_ok=True)
    return target


# ---- hostile inputs -------------------------------------------------------------------------

@functools.cache
def seed_paragraphs() -> tuple[str, ...]:
    """Real article prose (long lines of the seeds), for hostile files that must become articles."""
    lines = (line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if len(line.split()) > 40 and line.rstrip().endswith("."))


RUSSIAN_ARTICLE = """Кремль рассчитывает на переговоры с Вашингтоном

Москва, 12 февраля. Пресс-секретарь президента России заявил журналистам, что Кремль готов к серьёзному разговору с новой американской администрацией, но не намерен идти на односторонние уступки. По его словам, первые контакты уже состоялись, а подробности будут объявлены позже.

Эксперты, опрошенные нашей редакцией, считают, что стороны ещё далеки от соглашения. «Речь пока идёт о зондировании позиций, а не о реальной сделке», — отметил политолог из Высшей школы экономики. Он добавил, что санкции останутся главным препятствием.

Тем временем в Государственной думе призвали не спешить с выводами. Депутаты напомнили, что прошлые попытки сближения заканчивались разочарованием, и предложили дождаться конкретных шагов со стороны Белого дома.
"""

FRENCH_ARTICLE = """Le président français appelle l'Europe à rester unie

Le président français a déclaré mercredi que l'Europe « doit rester unie » face à la Russie, au lendemain d'une réunion à l'Élysée avec les dirigeants allemand et polonais. Selon son entourage, les négociations avancent lentement, mais les trois pays ont convenu de se revoir à Genève après l'été.

Les diplomates interrogés estiment que la position française a évolué depuis l'hiver. « Nous ne sommes plus dans la même séquence », résume un conseiller, qui évoque une réponse commune aux déclarations venues de Washington et de Moscou, où l'on salue déjà un « dégel » des relations.

À Bruxelles, la Commission prépare un nouveau train de mesures, tandis que plusieurs capitales réclament des garanties précises avant toute levée des sanctions décidées en 2014 et en 2022.
"""

MARKUP_LINES = (
    '<script>alert("script-tag")</script> The ministry said the talks would continue in Geneva next week, according to two officials.',
    'Officials shared a photo <img src=x onerror=alert("img-onerror")> of the signing ceremony held in the capital on Tuesday afternoon.',
    'The full statement is <a href="javascript:alert(\'js-link\')">available here</a> and on the ministry website for anyone to read in full.',
    'An editor left a note <!-- hidden editor comment --> in the copied text, which readers of the original page never saw at all.',
    '<iframe src="https://evil.example/frame"></iframe> The embedded video showed the two presidents shaking hands before the cameras.',
    '<style>body{display:none}</style> The style sheet of the original page was copied along with the text of the article itself.',
    '# Not a heading but a sentence that starts with a hash sign, copied from a social network post about the summit meeting.',
    '!!! note "Not an admonition" but a line that starts with three exclamation marks, as some bloggers like to write them.',
    '| Not | a | table | but | pipes | copied from a sports results box into the middle of the article text by mistake. |',
    '[^1]: Not a footnote definition but text that looks like one, copied from a scholarly site into the body of the news story.',
    'The template syntax {{ config }} and {% raw %} and {% include "x" %} must appear exactly as written, as must {#- comments -#} here.',
    '---',
    '    Indented by four spaces, this line would be a code block in Markdown, but it is a quotation from the speech instead.',
    # a code block (three lines of a shell session and markup, set as code): its text, not a closed <pre> nor a script
    '$ curl -s "https://example.org/api?q=<b>x</b>" | jq \'.items[]\'\n<script>alert("code-script")</script>\n'
    '</code></pre><img src=x onerror=alert("code-break")> ```',
)
"""Lines of the markup article; each must show literally and do nothing."""

MARKUP_TABLE = ("Party\tShare of the vote\tChange", "Rose & Thistle <party>\t31%\t+0.6", "Greens **bold** | pipe\t27%\t-0.4",
                "Liberals {{ config }} [link](x)\t13%\t-1.2")
"""A table's rows, their cells a tab apart, with markup in the cells: a table whose cells show as written."""

MARKUP_TITLE = '<img src=x onerror=alert("title")> Markup {{ config }} in the <b>headline</b>'
"""A headline with markup: shown as text in <title>, the page heading, the nav and search."""
MARKUP_TEXTS = tuple(line.strip() for line in MARKUP_LINES if line != "---")


@dataclass(frozen=True)
class Hostile:
    """One hostile input: how to write it, and what the build must make of it."""

    name: str
    file: str
    rejected: str | None = None
    """Substring of the rejection reason; None when the file must become an article."""
    encoding: str | None = None
    """Substring of the detected encoding recorded in corpus.json, when it must become an article."""
    must_show: tuple[str, ...] = ()
    """Text that must appear in the article (paragraphs, stripped lines or title) as written."""


def _article(title: str, paragraphs: list[str], newline: str = "\n") -> str:
    return newline.join([title, ""] + [p + newline for p in paragraphs])


def hostile_files() -> dict[str, tuple[Hostile, bytes]]:
    """Every hostile input of issue 7 as (expectation, bytes), keyed by case name."""
    prose = seed_paragraphs()
    english = _article("Talks between the Kremlin and the White House resume", prose[0:4])
    cases: list[tuple[Hostile, bytes]] = [
        (Hostile("windows-1251", "russian-cp1251.txt", encoding="cp1251",
                 must_show=("«Речь пока идёт о зондировании позиций, а не о реальной сделке»",)),
         RUSSIAN_ARTICLE.encode("cp1251")),
        (Hostile("latin-1", "french-latin1.txt", must_show=("À Bruxelles, la Commission prépare", "« dégel »")),
         FRENCH_ARTICLE.encode("latin-1")),
        (Hostile("utf-16-bom", "utf16-bom.txt", encoding="utf-16", must_show=(prose[1][:80],)),
         codecs.BOM_UTF16_LE + english.encode("utf-16-le")),
        (Hostile("crlf", "crlf.txt", must_show=(prose[5][:80],)),
         _article("Line endings from Windows do not break paragraphs", prose[4:8], "\r\n").encode("utf-8")),
        (Hostile("empty", "empty.txt", rejected="empty file"), b""),
        (Hostile("whitespace-only", "blank.txt", rejected="empty file"), b" \r\n\t\n  \n"),
        (Hostile("png-renamed", "picture.txt", rejected="PNG"),
         b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" + bytes(range(256))),
        (Hostile("cookie-and-donation-only", "chrome-only.txt", rejected="no article body"),
         ("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n"
          "Accept all cookies\nManage preferences\n\n"
          "Support independent journalism. Please donate today: every contribution, however big or small, helps us.\n"
          "Donate now\n").encode("utf-8")),
        (Hostile("nul-bytes", "nul-bytes.txt", must_show=(prose[9][:60],)),
         _article("Stray NUL bytes in a copied article", prose[8:11]).encode("utf-8").replace(b" the ", b" the\x00 ", 3)),
        (Hostile("invalid-utf-8", "invalid-utf8.txt", must_show=("Kremlin", prose[13][:60], "Cyrillic Кремль")),
         _article("Invalid bytes in a UTF-8 article about the Kremlin", prose[11:14]).encode("utf-8").replace(b"Putin", b"Pu\xfftin\xc3", 2)
         + "Quotes “like these” and Cyrillic Кремль stay UTF-8.\n".encode("utf-8")),
        (Hostile("same-headline-a", "same-headline-a.txt", must_show=(prose[15][:60],)),
         _article("Putin and Trump: the same headline twice", prose[14:17]).encode("utf-8")),
        (Hostile("same-headline-b", "same-headline-b.txt", must_show=(prose[18][:60],)),
         _article("Putin and Trump: the same headline twice", prose[17:20]).encode("utf-8")),
        (Hostile("cyrillic-file-name", "Статья «Коммерсанта» о переговорах.txt", must_show=(prose[21][:60],)),
         _article("A file name in Cyrillic with spaces and guillemets", prose[20:23]).encode("utf-8")),
        (Hostile("markup", "markup.txt", must_show=MARKUP_TEXTS),
         _article(MARKUP_TITLE, [prose[23]] + list(MARKUP_LINES) + ["\n".join(MARKUP_TABLE), prose[24]]).encode("utf-8")),
    ]
    return {case.name: (case, data) for case, data in cases}


LONG_LINE_BYTES = 300_000
TRANSCRIPT_BYTES = 2_000_000


def long_line() -> bytes:
    """One 300 KB line: article prose with every line ending removed."""
    line = " ".join(seed_paragraphs()[25:])
    return ("One line of three hundred kilobytes\n\n" + (line + " ") * (LONG_LINE_BYTES // len(line) + 1)).encode("utf-8")


def transcript(size: int = TRANSCRIPT_BYTES) -> bytes:
    """A transcript of `size` bytes: speaker turns of sentences drawn (seeded) from seed words.

    Turns are all different, as in a real hearing; repeating seed paragraphs instead would
    make every turn a near-copy of a seed and measure the related-passage stage, not size.
    """
    words = " ".join(seed_paragraphs()).split()
    rng = random.Random(7)
    turns, total, n = ["Transcript of a very long hearing", ""], 0, 0
    while total < size:
        n += 1
        sentences = (" ".join(rng.choices(words, k=rng.randint(12, 30))).capitalize() + "." for _ in range(rng.randint(2, 6)))
        turn = f"SPEAKER {n % 7}: " + " ".join(sentences)
        turns += [turn, ""]
        total += len(turn.encode("utf-8")) + 2
    return "\n".join(turns).encode("utf-8")


def write_hostile_sources(folder: Path, names: list[str] | None = None) -> dict[str, Hostile]:
    folder.mkdir(parents=True, exist_ok=True)
    chosen = {}
    for name, (case, data) in hostile_files().items():
        if names is None or name in names:
            (folder / case.file).write_bytes(data)
            chosen[name] = case
    return chosen


# ---- reading built HTML --------------------------------------------------------------------

@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    """For <script> and <style>: their content."""


class HtmlReader(HTMLParser):
    """Every element with its attributes, every id, and the visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.ids: set[str] = set()
        self._text: list[str] = []
        self._raw: Element | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        for name in ("id", "name"):
            if element.attrs.get(name):
                self.ids.add(element.attrs[name])
        if tag in ("script", "style"):
            self._raw = element

    def handle_endtag(self, tag: str) -> None:
        if self._raw is not None and tag == self._raw.tag:
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.text += data
        else:
            self._text.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self._text).split())


def read_html(path: Path) -> HtmlReader:
    reader = HtmlReader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader


def flat(text: str) -> str:
    return " ".join(text.split())


# ---- serving a built site -------------------------------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve `site` over HTTP on 127.0.0.1 in a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


HOSTILE: dict[str, Hostile] = {name: case for name, (case, _) in hostile_files().items()}
"""Expectations of each hostile input, by case name."""
