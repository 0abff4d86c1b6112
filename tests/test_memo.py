"""Per-text analyses kept between builds (readingroom.memo) change nothing a reader sees.

The corpus stages assemble scikit-learn's matrices from memoised per-text counts; these tests
check that the assembly equals scikit-learn's own, and that an incremental build (memo held
in the process, or read back from disk) writes exactly the docs/ of a clean build.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sitebuild import SEEDS
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from readingroom import build as build_module
from readingroom import files, relate
from readingroom.build import build
from readingroom.helper import HELPER
from readingroom.memo import Memo, count_matrix, l2_rows, tfidf
from readingroom.stopwords import ENGLISH_STOP_WORDS as COPIED_STOP_WORDS
from readingroom.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
BBC = Path(os.environ.get("READINGROOM_EVAL", ROOT.parent / "shared" / "eval")) / "corpus"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize(("min_df", "max_df"), [(1, 1.0), (2, 1.0), (2, 0.6)])
def test_count_matrix_equals_count_vectorizer(min_df: int, max_df: float) -> None:
    texts = seed_texts()
    analyse = CountVectorizer(ngram_range=(1, 2)).build_analyzer()
    memo = Memo()
    counts, terms, _ = count_matrix(memo, "t", [memo.counts("t", t, analyse) for t in texts], min_df, max_df)
    reference = CountVectorizer(ngram_range=(1, 2), min_df=min_df, max_df=max_df)
    expected = reference.fit_transform(texts)
    assert list(terms) == list(reference.get_feature_names_out())
    assert (counts != expected).nnz == 0


def test_tfidf_equals_tfidf_vectorizer() -> None:
    texts = seed_texts()
    vectors = relate.content_vectors(texts, lsa=False)
    reference = TfidfVectorizer(sublinear_tf=True, preprocessor=relate._preprocess, ngram_range=(1, 2), min_df=relate.MIN_DF,
                                stop_words=relate.STOP_WORDS)
    expected = reference.fit_transform(texts)
    assert list(vectors.terms) == list(reference.get_feature_names_out())
    assert np.allclose(vectors.tfidf.toarray(), expected.toarray(), atol=1e-12)
    assert np.allclose(vectors.idf, reference.idf_)


ODD_TEXTS = ("", "a b c", "Don't—won't: l'été, naïve café; O'Neill's £5bn 2,000 x_y __init__ ß ΣΊΣΥΦΟΣ",
             "Putin\u2019s aide said they\u2019re \u201cready\u201d", "日本語のテキスト and 中文 mixed", "one\ttwo\nthree  four")


def some_bbc_texts(count: int = 300) -> list[str]:
    files = sorted(BBC.glob("*/*.txt"))[::7][:count] if BBC.is_dir() else []
    return [path.read_text(encoding="utf-8", errors="replace") for path in files]


def test_terms_are_those_of_tfidf_vectorizers_analyser() -> None:
    """relate._analyse, written without scikit-learn (a second of start-up), makes its terms;
    but for Chinese and Japanese, where it takes pairs of characters for words (scikit-learn
    takes a whole clause)."""
    reference = TfidfVectorizer(preprocessor=relate._preprocess, ngram_range=(1, 2),
                                stop_words=relate.STOP_WORDS).build_analyzer()
    texts = seed_texts() + list(ODD_TEXTS) + some_bbc_texts()
    for text in texts:
        if "テ" not in text:
            assert relate._analyse(text) == reference(text), text[:80]
    assert relate._analyse("日本語のテキスト and 中文 mixed")[:8] == ["日本", "本語", "語の", "のテ", "テキ", "キス", "スト", "中文"]
    assert COPIED_STOP_WORDS == ENGLISH_STOP_WORDS


def test_l2_rows_equal_normalize_to_the_last_bit() -> None:
    texts = seed_texts() + some_bbc_texts()
    counts = CountVectorizer(ngram_range=(1, 2)).fit_transform(texts).astype(np.float64)
    counts.data = np.log(counts.data) + 1.0
    counts = sparse.vstack([counts, sparse.csr_matrix((2, counts.shape[1]))], format="csr")  # two empty rows
    ours = l2_rows(counts.copy())
    expected = normalize(counts.copy())
    assert np.array_equal(ours.indptr, expected.indptr) and np.array_equal(ours.indices, expected.indices)
    assert np.array_equal(ours.data, expected.data)  # bit for bit, not close
    dense = np.random.default_rng(3).normal(size=(500, 50))
    dense[7] = 0.0
    dense[9] = 1e-300
    assert np.array_equal(l2_rows(dense), normalize(dense))


def test_count_matrix_columns_stay_alphabetical_across_builds() -> None:
    """The column order carried from one build to the next (terms that leave the vocabulary
    removed, those that join put in place) equals sorting the terms afresh, through small
    changes, large ones, and a return to an earlier vocabulary."""
    rng = np.random.default_rng(7)
    words = sorted({"".join(rng.choice(list("abcdefgh"), size=rng.integers(1, 6))) for _ in range(3000)})
    rng.shuffle(words)  # interned in an order unrelated to the alphabet
    texts = [" ".join(rng.choice(words, size=40)) for _ in range(300)]
    memo = Memo()
    for step in range(12):
        if step % 4 == 1:  # a small edit: a few texts gain words, some of which now occur twice
            for at in rng.integers(len(texts), size=3):
                texts[at] += " " + " ".join(rng.choice(words, size=30))
        elif step % 4 == 2:  # a large one
            texts = [" ".join(rng.choice(words, size=40)) for _ in range(300)]
        elif step % 4 == 3:
            texts = texts[:150]
        rows = [memo.counts("t", t, str.split) for t in texts]
        counts, terms, _ = count_matrix(memo, "t", rows, min_df=2)
        expected = CountVectorizer(token_pattern=r"\S+", lowercase=False, min_df=2).fit(texts)
        assert list(terms) == list(expected.get_feature_names_out())
        assert (counts != expected.transform(texts)).nnz == 0
        memo = memo.for_next_build()


def test_no_term_left_is_a_value_error() -> None:
    memo = Memo()
    rows = [memo.counts("t", text, str.split) for text in ("alpha beta", "gamma delta")]
    with pytest.raises(ValueError):
        count_matrix(memo, "t", rows, min_df=2)
    assert tfidf(count_matrix(memo, "t", rows)[0])[0].shape == (2, 4)


def test_a_memoised_text_is_analysed_once() -> None:
    memo, calls = Memo(), []

    def analyse(text: str) -> list[str]:
        calls.append(text)
        return text.split()
    first = memo.counts("t", "one two two", analyse)
    again = memo.for_next_build().counts("t", "one two two", analyse)
    assert calls == ["one two two"]
    assert np.array_equal(first.ids, again.ids) and list(again.counts) == [1, 2]
    assert memo.for_next_build().for_next_build().entries == {}  # a text no build uses is dropped


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _edit(path: Path, sentence: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n{sentence}\n", encoding="utf-8")


def _reword(path: Path, word: str) -> None:
    """Put `word` into the longest paragraph: no paragraph is added, so rows can be patched."""
    text = path.read_text(encoding="utf-8")
    longest = max(text.splitlines(), key=len)
    path.write_text(text.replace(longest, longest.replace(" the ", f" the {word} ", 1), 1), encoding="utf-8")


def _incremental_equals_clean(sources: Path, tmp_path: Path, edits: list[tuple[Path, str]], monkeypatch, **cached_settings) -> None:
    """Incremental builds (with `cached_settings`) write what a clean build in one process writes.

    An edit is (file, sentence to append) or (file, word to put in its longest paragraph); every
    other one starts as a new process. A reworded file in a running process has its passage
    pairs patched from the last build's (`relate.pairs_above_since`), not searched afresh."""
    cached = Settings(sources=sources, docs=tmp_path / "docs", cache_dir=tmp_path / "cache", **cached_settings)
    searches = []
    full_search = relate._pairs_once
    monkeypatch.setattr(relate, "_pairs_once", lambda *args, **kwargs: searches.append(1) or full_search(*args, **kwargs))
    build(cached)
    for number, (path, change) in enumerate(edits):
        (_reword if " " not in change else _edit)(path, change)
        if number % 2:  # as a new process: everything read back from disk, by a new helper too
            build_module._HELD = build_module.Held()
            HELPER.stop()
        searches.clear()
        result = build(cached)
        assert result.cached == len(result.articles) - 1
        if number == 0:  # the edit's analyses were appended to the memo's journal, not rewritten
            assert list((tmp_path / "cache" / build_module.MEMO_KIND).glob("*.journal"))
        if " " not in change and not number % 2:
            assert not searches, "passage pairs searched afresh after a reworded paragraph"
        clean = cached.with_overrides(docs=tmp_path / f"clean-{number}", use_cache=False, workers=1)
        build(clean)
        assert _tree(cached.docs) == _tree(clean.docs), f"after editing {path.name}"


def test_incremental_builds_write_what_a_clean_build_writes(tmp_path: Path, monkeypatch) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    texts = sorted(sources.glob("*.txt"))
    _incremental_equals_clean(sources, tmp_path, [
        (texts[0], "Vladimir Putin and Donald Trump met again, a sentence added by the memo test to shift every idf."),
        (texts[-1], "A second sentence about sanctions and the Kremlin, added by the memo test."),
        (texts[2], "Kremlin"),  # a word several passages use
        (texts[1], "sanctions"),
        (texts[3], "zeppelin"),  # a word no other text uses
    ], monkeypatch, passage_min_score=0.2)  # the seeds share no passage at the default 0.35


@pytest.mark.slow
def test_incremental_builds_equal_clean_ones_with_lsa(tmp_path: Path, monkeypatch) -> None:
    """250 BBC articles: LSA, duplicates, topics and passages all take part; the incremental
    builds run their neighbour searches ahead in the helper process (`relate.start_searches`),
    the clean ones in this one."""
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not found at {BBC} (set READINGROOM_EVAL)")
    files = sorted(BBC.glob("*/*.txt"))
    sources = tmp_path / "sources"
    for path in files[:: max(1, len(files) // 250)][:250]:
        (sources / path.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, sources / path.parent.name / path.name)
    texts = sorted(sources.rglob("*.txt"))
    assert len(texts) > relate.LSA_MIN_DOCS
    _incremental_equals_clean(sources, tmp_path, [
        (texts[10], "Shares in the bank fell sharply after the chancellor spoke about interest rates."),
        (texts[200], "The striker scored twice in the cup final, a sentence added by the memo test."),
        (texts[120], "government"),
        (texts[30], "film"),
        (texts[220], "election"),
    ], monkeypatch, parallel_threshold=100)


def test_a_new_process_appends_to_the_memo_and_reads_back_its_lineage_and_generation(tmp_path: Path) -> None:
    """Each write of the memo (whole, or appended to its journal) is a generation of its
    lineage; a memo read back has the lineage and generation of the last write, which is how
    the helper knows that what it stored fits (`helper.kept`)."""
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    texts = sorted(sources.glob("*.txt"))
    cached = Settings(sources=sources, docs=tmp_path / "docs", cache_dir=tmp_path / "cache")
    build(cached)
    base, = (tmp_path / "cache" / build_module.MEMO_KIND).glob("*.pickle")
    written = base.stat()
    first = build_module._HELD.memo
    build_module._HELD = build_module.Held()  # a new process
    _reword(texts[1], "zeppelin")
    build(cached)
    after = build_module._HELD.memo
    assert (after.lineage, after.generation) == (first.lineage, 2)
    assert (base.stat().st_ino, base.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)  # appended, not rewritten
    build_module._HELD = build_module.Held()
    read = build_module._load_memo(cached, files.code_fingerprint())
    assert (read.lineage, read.generation) == (after.lineage, 2)
    assert read.vocabularies == after.vocabularies


def test_a_damaged_memo_journal_costs_time_not_correctness(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    texts = sorted(sources.glob("*.txt"))
    cached = Settings(sources=sources, docs=tmp_path / "docs", cache_dir=tmp_path / "cache")
    build(cached)
    _edit(texts[1], "A sentence about the Kremlin and the White House, added by the memo test.")
    build(cached)
    journal, = (tmp_path / "cache" / build_module.MEMO_KIND).glob("*.journal")
    journal.write_bytes(journal.read_bytes()[:-7] + b"garbage")
    build_module._HELD = build_module.Held()
    _edit(texts[2], "Another sentence about sanctions, added by the memo test.")
    result = build(cached)
    assert result.cached == len(result.articles) - 1
    clean = cached.with_overrides(docs=tmp_path / "clean", use_cache=False)
    build(clean)
    assert _tree(cached.docs) == _tree(clean.docs)
    assert not list((tmp_path / "cache" / build_module.MEMO_KIND).glob("*.journal"))  # rewritten whole
