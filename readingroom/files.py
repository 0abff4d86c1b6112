"""Disk I/O, all of it: finding and reading sources, the cache, and writing `docs/`.

Stages never touch the disk; `build.py` calls these at the edges. Writing compares content
first so that an unchanged page keeps its file (and `mkdocs serve` reloads only what changed),
and removes generated files that are no longer produced, leaving hand-written pages alone.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .model import Article

# A first build writes thousands of pages, each a new file in a new folder: the kernel's work per
# file (0.15-0.7 ms here) overlaps across threads, the GIL being released meanwhile.
THREADED_WRITES_FROM = 200
WRITE_THREADS = 4
GENERATED_MANIFEST = ".readingroom-generated"
"""Lists the files the last build generated under docs/ (so stale ones can be removed safely)."""


def find_sources(root: Path, unreadable: list[tuple[str, str]] | None = None) -> list[str]:
    """Every `*.txt` under `root`, as sorted `/`-separated relative paths. Folders that cannot be
    listed are added to `unreadable` as (relative path, reason)."""
    if not root.is_dir():
        return []
    base = os.fspath(root)

    def report(error: OSError) -> None:
        if unreadable is not None:
            where = os.path.relpath(error.filename, base).replace(os.sep, "/") if error.filename else "."
            unreadable.append((where + "/", f"folder cannot be read: {error.strerror or error}"))
    found = []
    for folder, dirs, names in os.walk(base, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        prefix = "" if folder == base else os.path.relpath(folder, base).replace(os.sep, "/") + "/"
        found.extend(prefix + name for name in names if name.lower().endswith(".txt") and not name.startswith("."))
    return sorted(found)


def read_source(root: Path, relative: str, max_bytes: int) -> bytes:
    """The file's bytes, reading at most max_bytes + 1 so a huge file costs nothing to reject.

    Plain descriptors, not file objects: a rebuild reads every source to hash it, and a
    buffered file object per source was half of that time (0.08 of 0.17 s on 2,225 files)."""
    fd = os.open(os.path.join(root, relative), os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # a named pipe would wait for a writer forever, a device never end
            raise NotRegularFile()
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size)
        chunks, left = [], max_bytes + 1
        while left > 0:
            chunk = os.read(fd, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


class NotRegularFile(OSError):
    """A path in sources/ that is a pipe, socket or device, not a file."""

    def __init__(self) -> None:
        super().__init__("not a regular file (a named pipe, socket or device)")


class TooLarge(OSError):
    """A source file over the size limit, with its real size."""

    def __init__(self, size: int) -> None:
        super().__init__(f"file is {size:,} bytes")
        self.size = size


def read_settings_text(path: Path) -> tuple[str, str | None]:
    """The text of catalog.yml or entities.yml ("" when there is none), and why it was not
    read when it could not be (the build goes on without it)."""
    if not path.is_file():
        return "", None
    try:
        return path.read_bytes().decode("utf-8"), None
    except UnicodeDecodeError as error:
        return "", f"not UTF-8 text (byte 0x{error.object[error.start]:02x} at position {error.start}); the file is ignored"
    except OSError as error:
        return "", f"cannot be read ({error.strerror or error}); the file is ignored"


def code_fingerprint() -> str:
    """Hash of the package's code and templates: a new version invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".j2") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_cached(cache_dir: Path, key: str) -> Article | None:
    value = load_pickle(cache_dir, key)
    return value if isinstance(value, Article) else None


def store_cached(cache_dir: Path, key: str, article: Article) -> None:
    store_pickle(cache_dir, key, article)


def load_pickle(cache_dir: Path, key: str, kind: str = "") -> object | None:
    """A cached value, or None when missing or unreadable (a stale entry is simply recomputed)."""
    path = _cache_path(cache_dir, key, kind)
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def store_pickle(cache_dir: Path, key: str, value: object, kind: str = "", keep_one: bool = False) -> None:
    """Cache `value` under `key`; `keep_one` drops older entries of the same kind (whole-corpus results)."""
    path = _cache_path(cache_dir, key, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    if keep_one:
        for old in [*path.parent.glob("*.pickle"), *path.parent.glob("*.journal")]:
            old.unlink(missing_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def append_pickle(cache_dir: Path, key: str, value: object, kind: str) -> None:
    """Append `value` to the journal kept beside the value cached under `key`."""
    path = _cache_path(cache_dir, key, kind).with_suffix(".journal")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)


def load_journal(cache_dir: Path, key: str, kind: str) -> list[object] | None:
    """The values appended under `key`, oldest first; None when the journal is damaged."""
    values: list[object] = []
    try:
        with open(_cache_path(cache_dir, key, kind).with_suffix(".journal"), "rb") as handle:
            while True:
                values.append(pickle.load(handle))
    except FileNotFoundError:
        return values
    except EOFError:
        return values
    except (OSError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError, IndexError):
        return None


def _cache_path(cache_dir: Path, key: str, kind: str) -> Path:
    return cache_dir / (kind or key[:2]) / f"{key}.pickle"


WrittenPages = dict[str, tuple[object, int, int]]
"""What a process last wrote or found in docs/: relative path -> (content, mtime in ns, size)."""


def write_docs(docs: Path, pages: dict[str, str | bytes], last: WrittenPages | None = None) -> tuple[int, int, int]:
    """Write generated pages; returns (written, unchanged, removed) counts.

    A page is written when the file differs. `last`, kept by a long-lived process between
    builds, spares reading files back: a page whose content is what this process last wrote
    or found there, in a file whose modification time and size did not change since, is
    unchanged (reading 4,000 pages back was a tenth of a rebuild on 2,225 articles)."""
    docs.mkdir(parents=True, exist_ok=True)
    manifest = docs / GENERATED_MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").split("\n")) - {""} if manifest.is_file() else set()
    known: WrittenPages = {} if last is None else last
    # Compare first, then write what changed in one burst: `mkdocs serve` starts a build once
    # docs/ has been quiet for a quarter of a second, and writes spread over the comparison of
    # 2,000 pages set off a second build for the pages written after the first one began.
    changed: list[tuple[str, Path, bytes]] = []
    folder = os.fspath(docs)
    for relative in sorted(pages):
        content = pages[relative]
        where = os.path.join(folder, relative)  # a string: pathlib costs 0.04 s over 4,000 pages
        try:
            info = os.stat(where)
        except OSError:
            info = None
        record = known.get(relative)
        if info is not None and record is not None and (record[1], record[2]) == (info.st_mtime_ns, info.st_size) and (
                record[0] is content or record[0] == content):
            continue
        path = docs / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
        if info is not None and info.st_size == len(data) and path.is_file() and path.read_bytes() == data:
            known[relative] = (content, info.st_mtime_ns, info.st_size)
            continue
        changed.append((relative, path, data))
    for folder_path in sorted({path.parent for _, path, _ in changed}):
        folder_path.mkdir(parents=True, exist_ok=True)
    if len(changed) >= THREADED_WRITES_FROM:
        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            written_files = list(pool.map(_write, changed))
    else:
        written_files = [_write(item) for item in changed]
    for relative, info in written_files:
        known[relative] = (pages[relative], info.st_mtime_ns, info.st_size)
    for relative in set(known) - set(pages):
        del known[relative]
    written, unchanged = len(changed), len(pages) - len(changed)
    removed = 0
    for relative in sorted(previous - set(pages)):
        path = docs / relative
        if path.is_file():
            path.unlink()
            removed += 1
            _remove_empty_parents(path.parent, docs)
    new_manifest = "\n".join(sorted(pages)) + "\n"
    if not manifest.is_file() or manifest.read_text(encoding="utf-8") != new_manifest:
        manifest.write_text(new_manifest, encoding="utf-8")
    return written, unchanged, removed


def _write(item: tuple[str, Path, bytes]) -> tuple[str, os.stat_result]:
    relative, path, data = item
    with open(path, "wb") as handle:
        handle.write(data)
        return relative, os.fstat(handle.fileno())


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
