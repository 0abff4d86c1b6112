"""Reproducible builds: two builds of the same sources write byte-identical docs/.

Each build runs in its own process with a different PYTHONHASHSEED, so that anything that
depends on set or dict iteration order of strings (which changes between processes) shows up
as a difference. The sources are the seeds plus hostile files (legacy encodings, duplicate
headlines, a Cyrillic file name, markup, rejected files).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT, copy_seeds, write_hostile_sources

HOSTILE_FOR_REPRODUCIBILITY = ["windows-1251", "latin-1", "utf-16-bom", "crlf", "empty", "png-renamed",
                               "invalid-utf-8", "same-headline-a", "same-headline-b", "cyrillic-file-name", "markup"]


def build_in_subprocess(sources: Path, docs: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "readingroom", "build", "--sources", str(sources), "--docs", str(docs), "--no-cache", "-q"],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr, done.stderr


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    sources = copy_seeds(tmp_path / "sources")
    write_hostile_sources(sources, HOSTILE_FOR_REPRODUCIBILITY)
    build_in_subprocess(sources, tmp_path / "docs-1", "1")
    build_in_subprocess(sources, tmp_path / "docs-2", "2")
    first, second = tree(tmp_path / "docs-1"), tree(tmp_path / "docs-2")
    assert len(first) > 20
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert different == [], f"differ between builds: {different}"


def test_rebuilding_into_the_same_docs_changes_nothing(tmp_path: Path) -> None:
    sources = copy_seeds(tmp_path / "sources")
    write_hostile_sources(sources, ["markup", "windows-1251"])
    docs = tmp_path / "docs"
    build_in_subprocess(sources, docs, "3")
    before = {name: (docs / name).stat().st_mtime_ns for name in tree(docs)}
    build_in_subprocess(sources, docs, "4")
    after = {name: (docs / name).stat().st_mtime_ns for name in tree(docs)}
    assert before == after, "an unchanged page must keep its file (mkdocs serve reloads only what changed)"
