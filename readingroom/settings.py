"""All settings in one frozen object, loaded once by the CLI and passed explicitly.

Every field has a default and a docstring; `tests/test_settings.py` fails when one is
undocumented, and `readingroom settings` prints this table for maintainers.
"""
from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    sources: Path = Path("sources")
    """Folder read recursively for `*.txt` articles, `catalog.yml` and `entities.yml`."""
    docs: Path = Path("docs")
    """MkDocs `docs_dir`; generated pages go into their own folders under it."""
    cache_dir: Path = Path(".cache/readingroom")
    """Where per-article results are cached between builds (keyed by content and settings)."""
    use_cache: bool = True
    """Reuse cached per-article results whose source bytes and settings did not change."""
    max_bytes: int = 5_000_000
    """Largest source file accepted; larger files are rejected with a message (5 MB > a 2 MB transcript)."""
    min_body_words: int = 20
    """An article whose body has fewer words after stripping is rejected as 'no article body'."""
    related_count: int = 5
    """How many related articles each page lists."""
    related_min_score: float = 0.08
    """Related pieces scoring below this cosine similarity are not listed (nor any the build
    cannot say in words why they are related). On 91 pages of 66 unrelated sites, pairs under
    0.08 shared one or two stray words ("welcome", "Palm, West"); on large collections, where
    the score blends in LSA, related pieces score 0.35 and more."""
    passage_min_score: float = 0.35
    """Minimum cosine similarity of two paragraphs for a passage-level 'see also' link."""
    passage_links_per_paragraph: int = 2
    """At most this many 'see also' links from one paragraph."""
    duplicate_threshold: float = 0.9
    """Jaccard similarity of word shingles above which two articles are near-duplicates."""
    entity_candidate_min_articles: int = 2
    """A recurring proper name is proposed as an entity candidate when it occurs in this many articles."""
    index_page_size: int = 100
    """Index pages (by year, publisher, topic) are split into pages of this many articles."""
    workers: int = 2
    """Processes used for per-article stages on large collections, and whether topics and the
    search for related pieces run ahead in a helper process while passages are linked (1 disables both)."""
    parallel_threshold: int = 400
    """Collections smaller than this are processed in one process (start-up costs more than it saves)."""
    site_name: str = "Reading Room"
    """Shown in page titles and citations of the reading-room copy."""
    site_url: str = "http://127.0.0.1:8000/"
    """Base URL of the published site; used in canonical links and 'cite this copy'."""

    def with_overrides(self, **changes: object) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def cache_key(self) -> str:
        """Settings that change per-article output; part of each cache entry's key."""
        return f"{self.min_body_words}|{self.max_bytes}"

    def output_key(self) -> str:
        """Every setting that can change what a build writes, but not where it reads and writes
        or how many processes it uses: part of the corpus and page cache keys, so that
        `mkdocs serve` (absolute paths) and the CLI (relative ones) share those entries."""
        return repr({f.name: getattr(self, f.name) for f in fields(self) if f.name not in WHERE_AND_HOW})


WHERE_AND_HOW = frozenset({"sources", "docs", "cache_dir", "use_cache", "workers", "parallel_threshold"})
"""Settings that do not change a build's output (tests/test_cache.py builds with other values)."""


def documentation() -> dict[str, str]:
    """Map each setting to its docstring (attribute docstrings, read from this module's source)."""
    tree = ast.parse(inspect.getsource(Settings))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, after in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(after, ast.Expr):
            docs[node.target.id] = str(after.value.value).strip()  # type: ignore[attr-defined]
    return docs


def names() -> list[str]:
    return [f.name for f in fields(Settings)]
