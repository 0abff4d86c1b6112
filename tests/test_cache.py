"""The build cache (readingroom.build, readingroom.files): what changed is rebuilt, nothing else.

Per-article results are keyed by the source bytes, its catalog entry, the settings and the
code; corpus-stage results and rendered pages by their inputs. Each test builds the seeds
into its own folder with its own cache.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sitebuild import SEEDS

from readingroom import build as build_module
from readingroom import entities, pipeline
from readingroom.build import build, flush_cache
from readingroom.export import export_corpus, export_links
from readingroom.model import evolve
from readingroom.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    shutil.copytree(SEEDS, tmp_path / "sources")
    return Settings(sources=tmp_path / "sources", docs=tmp_path / "docs", cache_dir=tmp_path / "cache")


@pytest.fixture
def stage_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the articles the per-article stages ran on (run in-process: few articles)."""
    calls: list[str] = []
    run = pipeline.run_article

    def counting(article, ctx):
        calls.append(article.id)
        return run(article, ctx)

    monkeypatch.setattr(pipeline, "run_article", counting)
    return calls


def _first_source(settings: Settings) -> Path:
    return sorted(settings.sources.glob("*.txt"))[0]


def test_second_build_reuses_everything(settings: Settings, stage_calls: list[str]) -> None:
    first = build(settings)
    assert first.cached == 0 and len(stage_calls) == len(first.articles)
    stage_calls.clear()
    second = build(settings)
    assert stage_calls == [] and second.cached == len(first.articles)
    assert second.written == 0 and second.unchanged == first.written
    assert [a.id for a in second.articles] == [a.id for a in first.articles]


def test_edited_source_is_the_only_one_rebuilt(settings: Settings, stage_calls: list[str]) -> None:
    build(settings)
    stage_calls.clear()
    source = _first_source(settings)
    source.write_bytes(source.read_bytes() + b"\n\nA closing sentence added by the cache test, long enough to count.\n")
    result = build(settings)
    assert stage_calls == [source.stem]
    assert result.cached == len(result.articles) - 1
    page = next(settings.docs.glob(f"articles/{source.stem.replace('_', '-')}*/index.md"))
    assert "added by the cache test" in page.read_text(encoding="utf-8")


def test_articles_made_by_worker_processes_are_cached_by_them(settings: Settings) -> None:
    """With two worker processes each stores the articles it made: a new process, after an edit
    to one source, makes only that one again."""
    large = settings.with_overrides(parallel_threshold=2)
    first = build(large)
    assert len(list(large.cache_dir.rglob("*.pickle"))) > len(first.articles)
    build_module._HELD = build_module.Held()  # a new process: only what is on disk
    source = _first_source(large)
    source.write_bytes(source.read_bytes() + b"\n\nA closing sentence added by the cache test, long enough to count.\n")
    again = build(large)
    assert again.cached == len(first.articles) - 1


def test_deferred_writes_wait_for_exit_and_a_new_process_reuses_them(settings: Settings, stage_calls: list[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`mkdocs serve` defers the whole-collection cache files to exit; docs/ is written at once."""
    first = build(settings, defer_writes=True)
    assert first.written and (settings.docs / "corpus.json").is_file()
    assert not (settings.cache_dir / "corpus").exists() and not (settings.cache_dir / "pages").exists()
    source = _first_source(settings)
    source.write_bytes(source.read_bytes() + b"\n\nA closing sentence added by the deferred cache test, long enough to count.\n")
    stage_calls.clear()
    build(settings, defer_writes=True)
    assert stage_calls == [source.stem]
    flush_cache()  # what exiting does (atexit)
    assert len(list((settings.cache_dir / "corpus").glob("*.pickle"))) == 1
    assert (settings.cache_dir / "pages" / "pages.pickle").is_file()
    monkeypatch.setattr(build_module, "_HELD", build_module.Held())  # a new process: nothing in memory
    corpus_runs: list[int] = []
    monkeypatch.setattr(build_module, "run_corpus", lambda *args: corpus_runs.append(1))
    stage_calls.clear()
    again = build(settings)
    assert stage_calls == [] and corpus_runs == [] and again.written == 0
    edited = next(a for a in again.articles if a.id == source.stem)  # the state after the edit
    assert any("deferred cache test" in part.text for part in (*edited.paragraphs, *edited.stripped))


def test_serve_and_cli_share_the_corpus_and_page_cache(settings: Settings, stage_calls: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The serve hook passes absolute paths, the CLI relative ones: neither changes the output."""
    build(settings)
    monkeypatch.chdir(settings.sources.parent)
    monkeypatch.setattr(build_module, "_HELD", build_module.Held())  # another process
    corpus_runs: list[int] = []
    monkeypatch.setattr(build_module, "run_corpus", lambda *args: corpus_runs.append(1))
    rendered: list[int] = []
    monkeypatch.setattr(build_module, "render_article", lambda *args: rendered.append(1))
    stage_calls.clear()
    again = build(settings.with_overrides(sources=Path("sources"), docs=Path("docs"), cache_dir=Path("cache"), workers=1))
    assert stage_calls == [] and corpus_runs == [] and rendered == [] and again.written == 0


def test_changed_setting_invalidates(settings: Settings, stage_calls: list[str]) -> None:
    build(settings)
    stage_calls.clear()
    result = build(settings.with_overrides(min_body_words=21))
    assert len(stage_calls) == len(result.articles) and result.cached == 0


def test_changed_catalog_entry_invalidates_that_article(settings: Settings, stage_calls: list[str]) -> None:
    build(settings)
    stage_calls.clear()
    catalog = settings.sources / "catalog.yml"
    text = catalog.read_text(encoding="utf-8")
    assert "publisher: Euromaidan Press" in text
    catalog.write_text(text.replace("publisher: Euromaidan Press", "publisher: Cache Test Gazette"), encoding="utf-8")
    result = build(settings)
    assert stage_calls == ["004_dcd3025d0d07256f"]
    assert next(a for a in result.articles if a.id == "004_dcd3025d0d07256f").publisher.value == "Cache Test Gazette"


def test_no_cache_recomputes(settings: Settings, stage_calls: list[str]) -> None:
    build(settings)
    stage_calls.clear()
    result = build(settings.with_overrides(use_cache=False))
    assert len(stage_calls) == len(result.articles)


def test_corpus_json_from_cached_entries_is_the_whole_document_an_article_a_line(settings: Settings) -> None:
    build(settings)
    result = build(settings)  # every entry of corpus.json spliced from the cache
    catalog = entities.parse_entities((settings.sources / "entities.yml").read_text(encoding="utf-8"), "entities.yml")
    document = export_corpus(result.articles, entities.export_entities(catalog, result.articles), result.rejected, result.errors)
    written = (settings.docs / "corpus.json").read_text(encoding="utf-8")
    assert json.loads(written) == json.loads(json.dumps(document))
    lines = written.splitlines()  # each article on a line of its own, the rest indented
    start = lines.index(' "articles": [') + 1
    assert lines[start:start + len(document["articles"])] == [
        "  " + json.dumps(a, ensure_ascii=False) + ("," if n < len(document["articles"]) - 1 else "")
        for n, a in enumerate(document["articles"])]
    rest = {k: v for k, v in document.items() if k != "articles"}
    assert lines[:start - 1] + lines[start + len(document["articles"]) + 1:] == [
        line for line in json.dumps(rest, ensure_ascii=False, indent=1).splitlines() if line.strip() != ""]


def test_a_page_changed_on_disk_is_written_again_though_the_process_remembers_it(tmp_path: Path) -> None:
    """`write_docs` trusts what it last wrote only while the file's time and size are unchanged."""
    from readingroom import files
    docs, last = tmp_path / "docs", {}
    pages = {"a/index.md": "# A\n", "b.md": "# B\n"}
    assert files.write_docs(docs, pages, last)[:2] == (2, 0)
    assert files.write_docs(docs, pages, last)[:2] == (0, 2)
    (docs / "b.md").write_text("# edited by hand, longer\n", encoding="utf-8")
    assert files.write_docs(docs, pages, last)[:2] == (1, 1)
    assert (docs / "b.md").read_text(encoding="utf-8") == "# B\n"
    assert files.write_docs(docs, {"a/index.md": "# A, changed\n", "b.md": "# B\n"}, last)[:2] == (1, 1)
    assert set(last) == {"a/index.md", "b.md"}


def test_a_see_also_link_follows_its_target_paragraph_when_the_target_is_edited(tmp_path: Path) -> None:
    """A page shows the number of each paragraph its "see also" links go to: a paragraph added
    before it in the other article renumbers it, and the linking page is rendered again."""
    shutil.copytree(SEEDS, tmp_path / "sources")
    settings = Settings(sources=tmp_path / "sources", docs=tmp_path / "docs", cache_dir=tmp_path / "cache", passage_min_score=0.2)
    first = build(settings)
    article, link = next((a, link) for a in first.articles for link in a.passage_links)
    target = next(a for a in first.articles if a.id == link.target)
    number = next(i for i, p in enumerate(target.paragraphs, start=1) if p.id == link.target_paragraph)
    page = settings.docs / "articles" / article.slug / "index.md"
    assert f", ¶ {number}]" in page.read_text(encoding="utf-8")
    source = settings.sources / target.path
    text = source.read_text(encoding="utf-8")
    first_paragraph = target.paragraphs[0].text
    assert first_paragraph in text
    source.write_text(text.replace(first_paragraph, "A paragraph added by the cache test before all the others, long enough to "
                                   "be kept as a paragraph of the body.\n\n" + first_paragraph, 1), encoding="utf-8")
    build(settings)
    shown = page.read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    build(Settings(sources=settings.sources, docs=clean, use_cache=False, passage_min_score=0.2))
    assert f", ¶ {number + 1}]" in shown and shown == (clean / "articles" / article.slug / "index.md").read_text(encoding="utf-8")


def test_a_long_lived_process_that_finds_nothing_changed_warms_the_helper_once(settings: Settings, monkeypatch) -> None:
    """`mkdocs serve` on an up-to-date site: its first build runs no corpus stage, so the
    helper is given the collection then (topics, related search), once, for the first edit."""
    from readingroom import relate, topics
    large = settings.with_overrides(parallel_threshold=2)
    build(large)
    calls: list[str] = []
    for module, name in ((topics, "start_topics"), (relate, "start_searches")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda articles, ctx, real=real, name=name: calls.append(name) or real(articles, ctx))
    build_module._HELD = build_module.Held()  # as a new process: everything read back from disk
    build(large, defer_writes=True)
    assert calls == ["start_topics", "start_searches"]
    build(large, defer_writes=True)
    assert len(calls) == 2
    build_module._HELD = build_module.Held()
    build(large)  # a one-shot build (the CLI) does not
    assert len(calls) == 2


def test_an_entry_redumped_with_its_unchanged_parts_kept_is_the_whole_dump(settings: Settings) -> None:
    """`_links_json` reuses the mentions and passage links it dumped for the same objects, and
    dumps the rest (related scores move on most articles after an edit): the bytes are those
    of dumping the whole entry, before and after the scores or the links change."""
    result = build(settings.with_overrides(passage_min_score=0.2))  # the seeds share no passage at the default
    article = max(result.articles, key=lambda a: len(a.mentions) + len(a.related) + len(a.passage_links) + len(a.backlinks))
    assert article.mentions and article.related and (article.passage_links or article.backlinks)

    def whole(a) -> bytes:
        return json.dumps(export_links(a), ensure_ascii=False).encode("utf-8")
    assert build_module._links_json(article) == whole(article)
    moved = evolve(article, related=tuple(evolve(r, score=r.score / 2) for r in article.related))
    assert build_module._links_json(moved) == whole(moved)
    assert build_module._LINK_DUMPS[article.id][0][0] is article.mentions  # kept, not dumped again
    unlinked = evolve(moved, passage_links=(), backlinks=())
    assert build_module._links_json(unlinked) == whole(unlinked)
    assert b'"passage_links": []' in build_module._links_json(unlinked)
