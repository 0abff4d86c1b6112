"""Scale benchmark: 100, 500 and 2,225 BBC articles, end to end, in one table.

For each size, a deterministic sample of the BBC corpus ($READINGROOM_EVAL/corpus, research
data: never published) is symlinked into a private folder under .bench/scale/, with no
catalog, and built as a reader would build it:

- pipeline: `readingroom build` with a cold cache, then again after editing one article
  (warm cache: the incremental rebuild `mkdocs serve` triggers);
- MkDocs: `mkdocs build` with the project's configuration (lunr search; its hook
  scripts/mkdocs_pages.py renders the pages outside the nav on both cores, nothing kept yet),
  and a plain build of the same Markdown (Material + search + the same short nav and Markdown
  extensions, no overrides, hooks or extra CSS, one process) as the yardstick;
- after editing one article again: `readingroom build` in a new process (its cache on disk)
  and `mkdocs build` (the pages that did not change kept from the build before), as a
  maintainer's second `make site` runs them;
- Pagefind: `mkdocs build -f mkdocs.pagefind.yml` then `python -m pagefind`, and the bytes a
  browser downloads from opening search to the first result, measured in Chromium.

Peak memory is the largest resident memory of those commands, each counted with every process
it started (worker processes, the helper) at the same moment.
Timings are wall-clock seconds on whatever else the machine is doing; the CPU column says how
much of it was ours.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 100 500 2225] [--query "oil prices"]
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("READINGROOM_EVAL", ROOT.parent / "shared" / "eval")) / "corpus"
WORK = ROOT / ".bench" / "scale"
PY = sys.executable
MKDOCS = str(Path(PY).parent / "mkdocs")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1",
       "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
HAND_WRITTEN = ("about", "stylesheets")
EDIT = "\n\nA sentence added by the scale benchmark about the {word} to time an incremental rebuild.\n"
EDIT_WORDS = ("government", "market", "music", "election", "film")
"""Each edit names another of these: words hundreds of BBC articles use, so that every edit
moves their document frequencies and with them the vectors of a fifth of the collection."""


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float
    peak_mb: float


@dataclass
class Row:
    size: int
    cells: dict[str, str] = field(default_factory=dict)


def timed(command: list[str], cwd: Path) -> Run:
    """Run a command under /usr/bin/time; raise with its log when it fails.

    CPU is that of the command and every process it waited for (its worker processes and
    the helper). Peak memory is the largest sum of the resident sets of the command and all
    its descendants at once, sampled ten times a second (/usr/bin/time reports only the
    largest single process, and a build's helper runs beside it)."""
    report = cwd / ".time"
    started = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-o", str(report), "-f", "%U %S %M", *command],
                               cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    sampler = threading.Thread(target=_sample_tree, args=(process, peak), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode not in (0, 1):  # 1: readingroom rejected a file, reported in its log
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    user, system, peak_kb = report.read_text().split()[-3:]
    return Run(seconds, float(user) + float(system), max(int(peak_kb) * 1024, peak[0]) / 2**20)


def _sample_tree(process: subprocess.Popen, peak: list[int]) -> None:
    """Keep in `peak[0]` the largest resident bytes of the process and its descendants together (Linux /proc)."""
    page = os.sysconf("SC_PAGE_SIZE")
    while process.poll() is None:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", "rb") as stat:
                        parents[int(entry)] = int(stat.read().rsplit(b")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        tree, grew = {process.pid}, True
        while grew:
            found = {pid for pid, parent in parents.items() if parent in tree} - tree
            tree |= found
            grew = bool(found)
        total = 0
        for pid in tree:
            try:
                with open(f"/proc/{pid}/statm", "rb") as statm:
                    total += int(statm.read().split()[1]) * page
            except (OSError, ValueError, IndexError):
                continue
        peak[0] = max(peak[0], total)
        time.sleep(0.1)


def sample(size: int) -> list[Path]:
    """Every k-th file of the sorted corpus: all five categories at every size."""
    files = sorted(CORPUS.glob("*/*.txt"))
    if size >= len(files):
        return files
    step = len(files) / size
    return [files[int(i * step)] for i in range(size)]


def prepare(size: int) -> Path:
    work = WORK / str(size)
    shutil.rmtree(work, ignore_errors=True)
    sources = work / "sources"
    for path in sample(size):
        target = sources / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(path)
    return work


def mkdocs_config(work: Path, variant: str) -> Path:
    """Our configuration (`lunr`, `pagefind`) or the plain yardstick, with absolute paths."""
    docs, site = work / "docs", work / f"site-{variant}"
    ours = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if variant == "plain":
        config = {"site_name": "Plain", "docs_dir": str(docs), "site_dir": str(site), "theme": {"name": "material"},
                  "plugins": ["search"], "nav": ours["nav"], "markdown_extensions": ours["markdown_extensions"]}
    else:
        config = {"INHERIT": str(ROOT / ("mkdocs.pagefind.yml" if variant == "pagefind" else "mkdocs.yml")),
                  "docs_dir": str(docs), "site_dir": str(site), "theme": {"custom_dir": str(ROOT / "overrides")},
                  # The serve hook regenerates the project's own docs/; mkdocs_pages is the build's.
                  "hooks": [str(ROOT / "scripts" / "mkdocs_pages.py")], "watch": []}
    path = work / f"mkdocs-{variant}.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


_UNRESOLVED = re.compile(rb'href="[^"#]*\.md(?:#[^"]*)?"')


def unresolved_links(site: Path) -> int:
    """Links MkDocs left pointing at a Markdown file: a page that does not exist.

    `--strict` should stop the build on those, but did not for one on 2,225 articles (a link
    from the report to a duplicate's page), so the benchmark counts them in the output."""
    return sum(len(_UNRESOLVED.findall(p.read_bytes())) for p in site.rglob("*.html"))


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def lunr_bytes(site: Path) -> tuple[int, int]:
    """search_index.json plus the search worker, raw and gzipped: all of it loads before a result."""
    files = [site / "search" / "search_index.json", *sorted((site / "assets" / "javascripts" / "workers").glob("search*.js"))]
    data = [f.read_bytes() for f in files if f.is_file()]
    return sum(map(len, data)), sum(map(gzip_size, data))


def pagefind_bytes(site: Path, query: str) -> tuple[int, int, str]:
    """Bytes of the responses from opening search to the first result, in Chromium.

    Counts the search dialog's own script and style too, though they load with the page.
    Returns (raw, gzip, first result). `raw` is what this benchmark's plain HTTP server
    sends; `gzip` is the same responses compressed as most static hosts do (Pagefind's
    index, fragment and wasm files are already compressed and count at their size).
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright
    from sitebuild import serve

    bodies: dict[str, bytes] = {}
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        page.goto(url)
        page.wait_for_load_state("networkidle")

        def finished(request) -> None:
            response = request.response()
            bodies[request.url] = response.body() if response else b""

        page.on("requestfinished", finished)
        page.click(".rr-pagefind__open")
        page.fill(".rr-pagefind__input", query)
        page.wait_for_selector(".rr-pagefind__title a", timeout=60_000)
        first = page.inner_text(".rr-pagefind__title a")
        page.remove_listener("requestfinished", finished)
        browser.close()
    outside = [u for u in bodies if not u.startswith(url)]
    if outside:
        raise SystemExit(f"third-party requests during search: {outside}")
    # The dialog's own script and style load with every page; they are search code all the same.
    for own in ("javascripts/search-pagefind.js", "stylesheets/search-pagefind.css"):
        bodies[own] = (site / own).read_bytes()
    raw = sum(len(b) for b in bodies.values())
    packed = sum(len(b) if u.split("?")[0].endswith((".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta", ".pagefind"))
                 else gzip_size(b) for u, b in bodies.items())
    return raw, packed, first


# As in `mkdocs serve` (scripts/mkdocs_hooks.py), rebuilds run in a process that has already
# built once, so imports (numpy, scipy: ~1.5 s) are not part of the figure, and the
# whole-collection cache files are written when the process exits (`defer_writes`).
REBUILD = """
import statistics, sys, time
from pathlib import Path
from readingroom.build import build
from readingroom.settings import Settings
settings = Settings(sources=Path("sources"), docs=Path("docs"))
build(settings, defer_writes=True)
started = time.perf_counter(); build(settings, defer_writes=True); noop = time.perf_counter() - started
edited = sorted(Path("sources").rglob("*.txt"))[int(sys.argv[1])]
original = edited.read_text(encoding="utf-8", errors="replace")
edited.unlink()  # a symlink into the corpus: replaced by a file, never written through
times = []
for word in sys.argv[3].split():
    edited.write_text(original + sys.argv[2].format(word=word), encoding="utf-8")
    started = time.perf_counter(); build(settings, defer_writes=True); times.append(time.perf_counter() - started)
print(noop, statistics.median(times))
"""


def rebuild_seconds(work: Path) -> tuple[float, float]:
    """(nothing changed, one article edited): warm-cache rebuilds in a long-lived process. The
    first edit adds a paragraph (every passage idf moves), each later one changes a common word
    in it (`EDIT_WORDS`), as an author rewording a paragraph would; the median of the five is
    reported, since this machine's speed drifts by a quarter from one second to the next."""
    n = len(list((work / "sources").rglob("*.txt")))
    done = subprocess.run([PY, "-c", REBUILD, str(n // 2), EDIT, " ".join(EDIT_WORDS)], cwd=work, env=ENV, capture_output=True, text=True, check=True)
    noop, edited = map(float, done.stdout.split())
    return noop, edited


def edited_again(work: Path) -> Path:
    """The article the rebuilds edited, reworded once more (a word none of them named)."""
    n = len(list((work / "sources").rglob("*.txt")))
    edited = sorted((work / "sources").rglob("*.txt"))[n // 2]
    edited.write_text(edited.read_text(encoding="utf-8").replace(EDIT_WORDS[-1], "weather"), encoding="utf-8")
    return edited


def bench(size: int, query: str) -> Row:
    work = prepare(size)
    n = len(list((work / "sources").rglob("*.txt")))
    build = [PY, "-m", "readingroom", "build", "-q", "--sources", "sources", "--docs", "docs"]
    cold = timed(build, work)  # cwd=work: the cache (.cache/readingroom) is private to the run
    if not (work / "docs" / "corpus.json").is_file():
        raise SystemExit(f"readingroom build wrote no docs in {work}")
    for folder in HAND_WRITTEN:
        shutil.copytree(ROOT / "docs" / folder, work / "docs" / folder, dirs_exist_ok=True)
    noop, incremental = rebuild_seconds(work)
    lunr = timed([MKDOCS, "build", "-q", "-f", str(mkdocs_config(work, "lunr"))], work)
    edited_again(work)
    again = timed(build, work), timed([MKDOCS, "build", "-q", "-f", str(mkdocs_config(work, "lunr"))], work)
    plain = timed([MKDOCS, "build", "-q", "-f", str(mkdocs_config(work, "plain"))], work)
    pagefind_mkdocs = timed([MKDOCS, "build", "-q", "-f", str(mkdocs_config(work, "pagefind"))], work)
    pagefind_index = timed([PY, "-m", "pagefind", "--quiet", "--site", str(work / "site-pagefind")], ROOT)
    lunr_raw, lunr_gz = lunr_bytes(work / "site-lunr")
    pf_raw, pf_gz, first = pagefind_bytes(work / "site-pagefind", query)

    total = cold.seconds + lunr.seconds
    pages = len(list((work / "docs" / "articles").glob("*/index.md")))
    row = Row(n)
    row.cells = {
        "article pages (duplicates noted)": f"{pages} ({n - pages})",
        "pipeline, cold cache (s)": f"{cold.seconds:.1f} (CPU {cold.cpu:.1f})",
        "MkDocs build, lunr (s)": f"{lunr.seconds:.1f} (CPU {lunr.cpu:.1f})",
        "end to end (s)": f"{total:.1f}",
        "end to end after editing one article: pipeline + MkDocs (s)":
            f"{again[0].seconds + again[1].seconds:.1f} ({again[0].seconds:.1f} + {again[1].seconds:.1f})",
        "plain MkDocs, short nav (s)": f"{plain.seconds:.1f} (CPU {plain.cpu:.1f})",
        "ours ÷ plain": f"{total / plain.seconds:.2f}×",
        "per article, end to end (ms)": f"{1000 * total / n:.0f}",
        "pipeline rebuild, nothing changed (s)": f"{noop:.1f}",
        "pipeline rebuild after editing one article (s)": f"{incremental:.1f}",
        "site size, lunr (MB)": f"{folder_mb(work / 'site-lunr'):.0f}",
        "links to a missing page (should be 0)": f"{unresolved_links(work / 'site-lunr')}",
        "peak memory (MB)": f"{max(cold.peak_mb, lunr.peak_mb, *(r.peak_mb for r in again), pagefind_mkdocs.peak_mb, pagefind_index.peak_mb):.0f}",
        "lunr: search bytes before first result (KB, raw / gzip)": f"{lunr_raw / 1024:.0f} / {lunr_gz / 1024:.0f}",
        "Pagefind: MkDocs + index (s)": f"{pagefind_mkdocs.seconds:.1f} + {pagefind_index.seconds:.1f}",
        "Pagefind: site size (MB)": f"{folder_mb(work / 'site-pagefind'):.0f}",
        f"Pagefind: bytes before first result for “{query}” (KB, raw / gzip)": f"{pf_raw / 1024:.0f} / {pf_gz / 1024:.0f}",
    }
    print(f"{n} articles: first Pagefind result “{first}”", file=sys.stderr)
    return row


def table(rows: list[Row]) -> str:
    lines = ["| | " + " | ".join(f"{r.size:,} articles" for r in rows) + " |",
             "| --- |" + " ---: |" * len(rows)]
    for name in rows[0].cells:
        lines.append(f"| {name} | " + " | ".join(r.cells[name] for r in rows) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2225])
    parser.add_argument("--query", default="oil prices")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"bench_scale: no corpus at {CORPUS} (set READINGROOM_EVAL)", file=sys.stderr)
        return 2
    rows = []
    for size in args.sizes:
        rows.append(bench(size, args.query))
        print(f"{size} articles done", file=sys.stderr)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
