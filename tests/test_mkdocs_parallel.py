"""`scripts/mkdocs_parallel.py`: `mkdocs build` in several processes makes the same site as in one.

Built on the hostile site's docs (seeds plus every odd input: many kinds of page), with the
hook forced to fork (`READINGROOM_MKDOCS_JOBS=2`, `=3`) and forced not to (`=1`): every file of
the sites, the search index included, is compared byte for byte. Warnings raised on pages of
another process still abort a strict build; a process that dies leaves its pages to the first,
and the site is whole.
"""
from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from sitebuild import MKDOCS, ROOT, copy_hand_written, mkdocs_config

HOOK = ROOT / "scripts" / "mkdocs_parallel.py"
FORKED = re.compile(r"readingroom: (\d+) of (\d+) pages were rendered in (\d+) other processes")


def hooked_config(docs: Path, site: Path) -> Path:
    """The project's mkdocs.yml for `docs` -> `site`, with the parallel hook as its only hook."""
    config = mkdocs_config(docs, site, docs.parent / f"mkdocs-{site.name}.yml")
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    settings["hooks"] = [str(HOOK)]
    config.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def mkdocs_build(docs: Path, site: Path, jobs: str) -> subprocess.CompletedProcess:
    copy_hand_written(docs)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "READINGROOM_MKDOCS_JOBS": jobs}
    return subprocess.run([str(MKDOCS), "build", "--strict", "-f", str(hooked_config(docs, site))],
                          capture_output=True, text=True, env=env, cwd=docs.parent, timeout=600)


def differences(one: Path, other: Path) -> list[str]:
    """Paths under two folders that exist in only one of them or differ in content."""
    found = []

    def walk(compared: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in compared.left_only + compared.right_only + compared.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in compared.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(one, other), "")
    return found


@pytest.fixture(scope="module")
def docs(hostile_site, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("parallel")
    shutil.copytree(hostile_site.docs, work / "docs")
    return work / "docs"


@pytest.fixture(scope="module")
def serial(docs) -> Path:
    site = docs.parent / "site-serial"
    done = mkdocs_build(docs, site, "1")
    assert done.returncode == 0, done.stderr[-3000:]
    assert not FORKED.search(done.stderr)
    return site


@pytest.mark.parametrize("processes", ["2", "3"])
def test_several_processes_build_the_same_site_as_one(docs, serial, processes) -> None:
    site = docs.parent / f"site-{processes}"
    done = mkdocs_build(docs, site, processes)
    assert done.returncode == 0, done.stderr[-3000:]
    forked = FORKED.search(done.stderr)
    assert forked, done.stderr[-3000:]
    assert int(forked.group(3)) == int(processes) - 1 and int(forked.group(1)) >= 5  # the articles were split
    assert (site / "search" / "search_index.json").stat().st_size > 10_000
    assert differences(serial, site) == []


def test_warnings_on_pages_of_other_processes_abort_the_strict_build(docs, tmp_path) -> None:
    broken = tmp_path / "docs"
    shutil.copytree(docs, broken)
    pages = sorted(broken.glob("articles/*/index.md"))
    for page, neighbour in zip(pages, pages[1:] + pages[:1]):  # every article: half are the other process's
        page.write_text(page.read_text(encoding="utf-8") + (
            "\n[gone](../no-such-page.md) · [here](#no-such-anchor)"  # two warnings on each page
            f" · [there](../{neighbour.parent.name}/index.md#about-this-text)\n"),  # none: the anchor exists
            encoding="utf-8")
    one = mkdocs_build(broken, tmp_path / "site-serial", "1")
    two = mkdocs_build(broken, tmp_path / "site-forked", "2")
    assert one.returncode != 0 and two.returncode != 0 and FORKED.search(two.stderr)
    aborted = re.compile(r"Aborted with (\d+) warnings in strict mode")
    assert aborted.search(two.stdout).group(1) == aborted.search(one.stdout).group(1) == str(2 * len(pages))
    named = re.compile(r"Doc file '([^']+)' contains a link '([^']+)'")
    assert sorted(named.findall(two.stderr)) == sorted(named.findall(one.stderr))
    assert len(named.findall(two.stderr)) == 2 * len(pages)


def test_a_process_that_dies_leaves_its_pages_to_the_first(docs, serial, tmp_path, monkeypatch) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    import mkdocs.commands.build as mkdocs_build_module

    site = tmp_path / "site"
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("READINGROOM_MKDOCS_JOBS", "3")
    config = load_config(str(hooked_config(docs, site)))
    hook = next(plugin for plugin in config.plugins.values() if getattr(plugin, "__file__", None) == str(HOOK))
    build_share = hook._build_share

    def die_on_one(share, *args):  # runs only in the forked processes: the first to start dies at once
        try:
            os.close(os.open(tmp_path / "died", os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            build_share(share, *args)
        os._exit(3)

    monkeypatch.setattr(hook, "_build_share", die_on_one)
    build(config)
    assert (tmp_path / "died").exists()
    assert mkdocs_build_module._populate_page is hook._ORIGINAL[0]  # MkDocs is left as it was
    assert differences(serial, site) == []


def test_a_wrong_number_of_processes_is_a_clear_error(docs, tmp_path) -> None:
    done = mkdocs_build(docs, tmp_path / "site", "two")
    assert done.returncode != 0
    assert "READINGROOM_MKDOCS_JOBS must be a whole number of processes, 1 or more, not 'two'" in done.stderr
