"""Measure related pieces and passage links on the BBC evaluation corpus (2,225 labelled articles).

Reads every `<category>/<id>.txt` of $READINGROOM_EVAL/corpus through the real pipeline
(`new_article`, the per-article stages, `duplicates.mark_duplicates`), then times our corpus
stages one by one with default `Settings` and prints a Markdown table:

- precision@5: for each distinct article, the share of its top 5 related articles that carry
  its own category label (duplicates are neither scored nor linked); also without the
  duplicates stage, where each of the 98 byte-identical copies can link to its twin;
- seconds for `relate.link_related`, `relate.link_passages`, `entities.link_entities`
  (with `sources/entities.yml`) and `topics.assign_topics`;
- passage links made, paragraphs that have one, and the share of links within a category;
- derived topics: how many, articles per topic, coverage and category purity.

    .venv/bin/python benchmarks/bench_related.py [--limit N] [--cache]

`--cache` keeps the processed articles in `.bench/bbc-articles.pickle` (reading and the
per-article stages take longer than everything measured here).
"""
from __future__ import annotations

import argparse
import csv
import os
import pickle
import sys
import time
import zlib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readingroom import duplicates, entities, relate, topics  # noqa: E402
from readingroom.catalog import Catalog  # noqa: E402
from readingroom.model import Article, Rejected  # noqa: E402
from readingroom.pipeline import CorpusContext, Job, context_for, new_article, repeated_lines, run_articles  # noqa: E402
from readingroom.settings import Settings  # noqa: E402
from readingroom.slugs import unique_slugs  # noqa: E402

FLOOR = 0.95
TIME_LIMIT_S = 30.0


def eval_dir() -> Path:
    configured = os.environ.get("READINGROOM_EVAL")
    base = Path(configured).expanduser() if configured else ROOT.parent / "shared" / "eval"
    return (base if base.is_absolute() else ROOT / base).resolve() / "corpus"


def load(corpus: Path, settings: Settings, limit: int | None) -> tuple[list[Article], dict[str, str]]:
    with open(corpus / "labels.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if limit:
        rows = rows[::max(1, len(rows) // limit)][:limit]
    labels = {r["id"]: r["category"] for r in rows}
    decoded = [new_article(f"{r['category']}/{r['id']}.txt", (corpus / r["category"] / f"{r['id']}.txt").read_bytes(), settings)
               for r in rows]
    repeated = repeated_lines(decoded)
    jobs = [Job(a, context_for(a, Catalog(), settings, repeated)) for a in decoded]
    done = [r for r in run_articles(jobs, settings) if not isinstance(r, Rejected)]
    slugs = unique_slugs(a.id for a in done)
    return sorted((replace(a, slug=slugs[a.id]) for a in done), key=lambda a: a.id), labels


def category(article_id: str, labels: dict[str, str]) -> str:
    return labels[article_id.rsplit("/", 1)[-1]]


def precision_at_5(articles: list[Article], labels: dict[str, str], half: int | None = None) -> tuple[float, int]:
    """Mean share of same-category pieces in each top 5; `half` 0/1 scores one crc32 half of the ids."""
    scores = []
    for a in articles:
        if a.duplicate_of is None and (half is None or zlib.crc32(a.id.encode()) % 2 == half):
            top = a.related[:5]
            same = sum(category(r.id, labels) == category(a.id, labels) for r in top)
            scores.append(same / 5)  # fewer than 5 related pieces count as misses
    return sum(scores) / max(1, len(scores)), len(scores)


@dataclass(frozen=True)
class Timing:
    wall: float
    """What the target is about: what a build waits."""
    cpu: float
    """Process CPU time, BLAS threads included: steadier than wall time on a shared machine."""


def topic_figures(articles: list[Article], labels: dict[str, str]) -> str:
    """Derived topics (the catalog gives none here): how many, how many articles each groups,
    how many articles have one, and purity (the share of a topic's articles in its most common
    category, averaged over topics)."""
    members: dict[str, list[str]] = {}
    live = [a for a in articles if a.duplicate_of is None]
    for a in live:
        for t in a.topics:
            members.setdefault(t, []).append(a.id)
    if not members:
        return "Topics: none."
    sizes = sorted(len(v) for v in members.values())
    purity = sum(max(Counter(category(i, labels) for i in v).values()) / len(v) for v in members.values()) / len(members)
    return (f"Topics: {len(members)}, articles per topic median {sizes[len(sizes) // 2]} (max {sizes[-1]}), "
            f"{sum(s == 2 for s in sizes) / len(sizes):.0%} with only two, {sum(bool(a.topics) for a in live) / len(live):.0%} "
            f"of articles with at least one; purity {purity:.3f}.")


def timed(stage, articles, ctx) -> tuple[list[Article], Timing]:
    started, cpu = time.perf_counter(), time.process_time()
    out = stage(articles, ctx)
    return out, Timing(time.perf_counter() - started, time.process_time() - cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="use about this many articles (spread over the categories)")
    parser.add_argument("--cache", action="store_true", help="reuse processed articles from .bench/")
    args = parser.parse_args()
    settings = Settings()
    cache = ROOT / ".bench" / f"bbc-articles-{args.limit or 'all'}.pickle"
    started = time.perf_counter()
    if args.cache and cache.exists():
        articles, labels = pickle.loads(cache.read_bytes())
        print(f"(articles from {cache.relative_to(ROOT)})")
    else:
        articles, labels = load(eval_dir(), settings, args.limit)
        if args.cache:
            cache.parent.mkdir(exist_ok=True)
            cache.write_bytes(pickle.dumps((articles, labels)))
    load_s = time.perf_counter() - started
    catalog = entities.parse_entities((ROOT / "sources" / "entities.yml").read_text(encoding="utf-8"))
    ctx = CorpusContext(settings=settings, entities=catalog)

    plain, plain_s = timed(relate.link_related, articles, ctx)
    plain_p5, plain_n = precision_at_5(plain, labels)
    marked, dup_s = timed(duplicates.mark_duplicates, articles, ctx)
    marked, ent_s = timed(entities.link_entities, marked, ctx)
    marked, top_s = timed(topics.assign_topics, marked, ctx)
    marked, rel_s = timed(relate.link_related, marked, ctx)
    marked, pas_s = timed(relate.link_passages, marked, ctx)
    p5, n = precision_at_5(marked, labels)
    halves = [precision_at_5(marked, labels, h)[0] for h in (0, 1)]
    lsa_min_docs, relate.LSA_MIN_DOCS = relate.LSA_MIN_DOCS, 10**9
    tfidf_only, tfidf_s = timed(relate.link_related, marked, ctx)
    relate.LSA_MIN_DOCS = lsa_min_docs
    tfidf_p5, _ = precision_at_5(tfidf_only, labels)
    links = [(a, link) for a in marked for link in a.passage_links]
    same = sum(category(a.id, labels) == category(link.target, labels) for a, link in links)
    linked_paragraphs = len({(a.id, link.paragraph) for a, link in links})
    paragraphs = len(relate.passages([a for a in marked if a.duplicate_of is None]))

    print(f"BBC corpus: {len(articles)} articles read through the pipeline in {load_s:.1f} s; "
          f"{n} distinct after `mark_duplicates` ({dup_s.wall:.1f} s); {os.cpu_count()} CPUs.\n")
    print("| Step | Articles | Precision@5 | Seconds (wall) | CPU seconds | Target |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    rows = [
        ("related pieces (duplicates skipped)", n, f"{p5:.4f}", rel_s, f"P@5 ≥ {FLOOR}, < {TIME_LIMIT_S:.0f} s"),
        ("related pieces, TF-IDF only (no LSA blend)", n, f"{tfidf_p5:.4f}", tfidf_s, "ablation"),
        ("related pieces (no duplicates stage)", plain_n, f"{plain_p5:.4f}", plain_s, "for comparison"),
        ("passage links", f"{paragraphs} paragraphs", f"{same / max(1, len(links)):.4f} same-category", pas_s, f"< {TIME_LIMIT_S:.0f} s"),
        ("entity mentions", n, "-", ent_s, ""),
        ("topics", n, "-", top_s, ""),
    ]
    for name, count, score, t, target in rows:
        print(f"| {name} | {count} | {score} | {t.wall:.2f} | {t.cpu:.2f} | {target} |")
    print(f"\nP@5 on the two crc32 halves of the ids: {halves[0]:.4f} / {halves[1]:.4f}.")
    print(f"Passage links: {len(links)} from {linked_paragraphs} paragraphs "
          f"(min score {settings.passage_min_score}, at most {settings.passage_links_per_paragraph} per paragraph).")
    print(topic_figures(marked, labels))
    print(f"Load average while measuring: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          "(CPU seconds include BLAS threads; wall time is what a build waits).")
    ok = p5 >= FLOOR and rel_s.wall < TIME_LIMIT_S and pas_s.wall < TIME_LIMIT_S
    return 0 if ok or args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
