"""Measure boilerplate stripping on the DEV pages of the shared evaluation set.

Runs our system on every DEV page (`<id>.txt` in $READINGROOM_EVAL/boilerplate/), once as given
(blank-line separated blocks) and once with blank lines squeezed out (one paragraph per line, as
real pastes often are), writes one output per page into a temporary folder, scores it with the
evaluation's own `score_boilerplate.py --json` and prints a Markdown table beside the baselines
of the evaluation README. It also reports the score on the two halves of the sites (split by a
hash of the host), as a check that no threshold is tuned to one group of sites.

    .venv/bin/python benchmarks/bench_boilerplate.py [--worst 15] [--per-page] [--keep DIR] [--both]

The output per page is the article body only: when `readingroom.pipeline.process_text` imports,
its paragraphs (the real output: structure moves headline, byline and date into metadata);
otherwise, or with --classifier-only, the lines `classify_lines` keeps minus the article-header
lines (cues headline/byline/dateline/standfirst). --both measures the two in one table.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readingroom.boilerplate import classify_lines  # noqa: E402

HEADER_CUES = frozenset({"headline", "byline", "dateline", "standfirst"})

# From /work/shared/eval/boilerplate/README.md (DEV half): name, macro F1, P, R, pages R<0.9, ms/page.
BASELINES = (
    ("keep everything", 0.652, 0.525, 1.000, 0, "0"),
    ("trafilatura 2.3.1 extract", 0.678, 0.554, 0.997, 1, "6.6"),
    ("boilerpy3 1.0.7 ArticleExtractor", 0.789, 0.722, 0.929, 11, "2.3"),
    ("densest run of 10+-word lines", 0.824, 0.806, 0.883, 21, "-"),
    ("trafilatura on the original HTML (upper anchor)", 0.947, 0.938, 0.979, 4, "15.9"),
)


def eval_dir() -> Path:
    """$READINGROOM_EVAL, else ../shared/eval next to the repository (resolved from this file)."""
    configured = os.environ.get("READINGROOM_EVAL")
    base = Path(configured).expanduser() if configured else ROOT.parent / "shared" / "eval"
    return (base if base.is_absolute() else ROOT / base).resolve()


def page_ids(pages: Path) -> list[str]:
    return sorted(p.name[:-4] for p in pages.glob("*.txt")
                  if not p.name.endswith((".gold.txt", ".title.txt")))


def squeeze(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def strip_with_classifier(text: str) -> str:
    lines = text.splitlines()
    verdicts = classify_lines(lines)
    return "\n\n".join(line.strip() for line, v in zip(lines, verdicts)
                       if v.keep and v.cue not in HEADER_CUES)


def pick_system() -> tuple[str, Callable[[str], str]]:
    """The real pipeline once it exists, else the classifier with header lines removed."""
    try:
        from readingroom.pipeline import process_text  # type: ignore[attr-defined]
    except ImportError:
        return "classify_lines", strip_with_classifier

    def run(text: str) -> str:
        article = process_text(text, "bench")
        return "\n\n".join(p.text for p in article.paragraphs)
    return "pipeline.process_text", run


@dataclass(frozen=True)
class Run:
    variant: str
    scores: dict
    forgiving: dict
    ms_per_page: float


def run_variant(evaluation: Path, system: Callable[[str], str], squeezed: bool,
                keep: Path | None = None) -> Run:
    pages = evaluation / "boilerplate"
    with tempfile.TemporaryDirectory(prefix="rr-bench-") as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        elapsed = 0.0
        ids = page_ids(pages)
        for pid in ids:
            text = (pages / f"{pid}.txt").read_text(encoding="utf-8")
            text = squeeze(text) if squeezed else text
            t0 = time.perf_counter()
            body = system(text)
            elapsed += time.perf_counter() - t0
            (out / f"{pid}.txt").write_text(body, encoding="utf-8")
        plain = score(evaluation, pages, out, [])
        forgiving = score(evaluation, pages, out, ["--forgive-title"])
    name = "squeezed (no blank lines)" if squeezed else "as given (blank lines)"
    return Run(name, plain, forgiving, 1000 * elapsed / max(len(ids), 1))


def score(evaluation: Path, pages: Path, out: Path, extra: list[str]) -> dict:
    cmd = [sys.executable, str(evaluation / "score_boilerplate.py"), str(pages), str(out),
           "--json", *extra]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def hosts(pages: Path) -> dict[str, str]:
    rows = (pages / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    col = rows[0].split("\t").index("host")
    return {r.split("\t")[0]: r.split("\t")[col] for r in rows[1:] if r.strip()}


def site_halves(run: Run, host_of: dict[str, str]) -> tuple[float, float]:
    """Macro F1 on the pages of the sites whose crc32(host) is even, and odd."""
    halves: tuple[list[float], list[float]] = ([], [])
    for row in run.scores["per_page"]:
        halves[zlib.crc32(host_of.get(row["id"], "").encode()) % 2].append(row["f1"])
    return statistics.fmean(halves[0]), statistics.fmean(halves[1])


def table(runs: list[tuple[str, Run]], host_of: dict[str, str]) -> str:
    head = ("| system | macro F1 | macro P | macro R | F1 forgive-title | pages R<0.9 "
            "| F1 sites A / B | ms/page |\n| --- | --- | --- | --- | --- | --- | --- | --- |")
    rows = [head]
    for system_name, r in runs:
        m = r.scores["macro"]
        a, b = site_halves(r, host_of)
        rows.append(f"| **Reading Room** `{system_name}`, {r.variant} | **{m['f1']:.3f}** "
                    f"| {m['precision']:.3f} | {m['recall']:.3f} | {r.forgiving['macro']['f1']:.3f} "
                    f"| {r.scores['pages_recall_below_0.9']} | {a:.3f} / {b:.3f} "
                    f"| {r.ms_per_page:.1f} |")
    for name, f1, p, rec, lost, ms in BASELINES:
        rows.append(f"| {name} | {f1:.3f} | {p:.3f} | {rec:.3f} | - | {lost} | - | {ms} |")
    return "\n".join(rows)


def worst(name: str, run: Run, host_of: dict[str, str], n: int | None) -> str:
    rows = sorted(run.scores["per_page"], key=lambda r: r["f1"])
    rows = rows if n is None else rows[:n]
    lines = [f"\nWorst pages, `{name}`, {run.variant}:", "| id | host | F1 | P | R |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {r['id'][:12]} | {host_of.get(r['id'], '?')} | {r['f1']:.3f} "
              f"| {r['precision']:.3f} | {r['recall']:.3f} |" for r in rows]
    return "\n".join(lines)


def folded(text: str) -> str:
    """Case, punctuation and spacing aside, as the title floor test compares titles."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def header_fields(pages: Path) -> str:
    """What the pipeline reads of each page's header: the title against the page's own
    (`<id>.title.txt`), and how many pages get a date and authors (the evaluation has no gold
    for those: each is shown with its source line on the page)."""
    from readingroom.pipeline import process_text
    ids = page_ids(pages)
    articles = [process_text((pages / f"{page}.txt").read_text(encoding="utf-8"), page) for page in ids]
    titles = sum(folded(a.title.value or "") == folded((pages / f"{page}.title.txt").read_text(encoding="utf-8"))
                 for page, a in zip(ids, articles))
    dated = sum(a.date.known for a in articles)
    signed = sum(a.authors.known for a in articles)
    return (f"Header, pipeline (as given): the title is the page's own on {titles} of {len(ids)} pages; "
            f"a date is read on {dated}, authors on {signed}.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--per-page", action="store_true", help="list every page's scores")
    ap.add_argument("--keep", type=Path, help="write outputs here (as given / squeezed subfolders)")
    ap.add_argument("--classifier-only", action="store_true",
                    help="measure classify_lines even when the pipeline exists")
    ap.add_argument("--both", action="store_true",
                    help="measure the pipeline (when it imports) and classify_lines, in one table")
    args = ap.parse_args(argv)
    evaluation = eval_dir()
    if not (evaluation / "score_boilerplate.py").is_file():
        print(f"evaluation not found at {evaluation} (set READINGROOM_EVAL)", file=sys.stderr)
        return 2
    classifier = ("classify_lines", strip_with_classifier)
    systems = [classifier] if args.classifier_only else [pick_system()]
    if args.both and systems[0] != classifier:
        systems.append(classifier)
    host_of = hosts(evaluation / "boilerplate")
    runs = [(name, run_variant(evaluation, system, squeezed,
                               args.keep / name / ("squeezed" if squeezed else "given") if args.keep else None))
            for name, system in systems for squeezed in (False, True)]
    print(table(runs, host_of))
    if not args.classifier_only and systems[0] != classifier:
        print()
        print(header_fields(evaluation / "boilerplate"))
    if args.worst or args.per_page:
        for name, r in runs:
            print(worst(name, r, host_of, None if args.per_page else args.worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
