"""`model.evolve`, the fast `dataclasses.replace` the corpus stages use."""
from __future__ import annotations

import dataclasses
import inspect

import pytest

from readingroom import model
from readingroom.model import Article, Field, Origin, evolve


def _models() -> list[type]:
    return [c for _, c in inspect.getmembers(model, inspect.isclass) if dataclasses.is_dataclass(c) and c.__module__ == model.__name__]


def test_evolve_is_only_valid_for_models_without_post_init_or_hidden_fields() -> None:
    for cls in _models():
        assert not hasattr(cls, "__post_init__"), cls
        assert all(f.init for f in dataclasses.fields(cls)), cls


def test_evolve_equals_replace() -> None:
    article = Article(id="a/b", path="a/b.txt", sha256="0" * 64, encoding="utf-8", lines=(),
                      title=Field("A title", Origin("source", 1, "headline")), topics=("x",))
    changes = {"topics": ("x", "y"), "duplicate_of": "c/d", "slug": "a-b"}
    evolved, replaced = evolve(article, **changes), dataclasses.replace(article, **changes)
    assert evolved == replaced and type(evolved) is Article
    assert article.topics == ("x",) and article.slug == ""  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        evolved.slug = "other"  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field 'nonsense'"):
        evolve(article, nonsense=1)


def test_a_word_keeps_its_combining_marks() -> None:
    """Vowel signs are marks, not letters: `\\w+` alone cuts "इस्तेमाल" into four "words"."""
    from readingroom.model import WORD

    assert WORD.findall("इस्तेमाल की शर्तें") == ["इस्तेमाल", "की", "शर्तें"]
    assert WORD.findall("தமிழ் மொழி") == ["தமிழ்", "மொழி"]
    assert WORD.findall("cafe\u0301 au lait") == ["cafe\u0301", "au", "lait"]
    assert WORD.findall("สุรชัย") == ["ส", "รช", "ย"]  # Thai, unspaced, is counted as before: by its runs between marks
