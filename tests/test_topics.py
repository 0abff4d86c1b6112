"""Topic tags: shared distinctive phrases, catalog topics kept, names left out, deterministic."""
from __future__ import annotations

import pytest

from readingroom import topics
from corpora import make_article, run, seeds

CATALOG = """
people:
  - name: Vladimir Putin
    aliases: [Putin]
"""


def corpus():
    return [
        make_article("a", ["Vladimir Putin wants a grand bargain. The grand bargain covers spheres of influence."],
                     catalog_topics=("Diplomacy",)),
        make_article("b", ["Vladimir Putin rejected the grand bargain and spoke of spheres of influence."]),
        make_article("c", ["Interest rates rose as the central bank fought inflation; the central bank meets in May."]),
        make_article("d", ["The central bank left interest rates unchanged, said Vladimir Putin's adviser."]),
        make_article("e", ["A lone article about a rare stamp auction."]),
    ]


def tags(articles):
    return {a.id: a.topics for a in articles}


def test_shared_phrases_become_tags_and_catalog_topics_stay_first() -> None:
    done = tags(run(corpus(), CATALOG, stages=(topics.assign_topics,)))
    assert done["a"][0] == "Diplomacy"
    assert {"grand bargain", "spheres of influence"} <= set(done["a"]) and {"grand bargain", "spheres of influence"} <= set(done["b"])
    assert {"central bank", "interest rates"} <= set(done["c"]) and {"central bank", "interest rates"} <= set(done["d"])
    assert done["e"] == ()


def test_names_of_people_are_not_tags() -> None:
    with_catalog = tags(run(corpus(), CATALOG, stages=(topics.assign_topics,)))
    assert all("Vladimir Putin" not in t for t in with_catalog.values())


def test_tags_are_deterministic() -> None:
    once = run(corpus(), CATALOG, stages=(topics.assign_topics,))
    again = run(list(reversed(corpus())), CATALOG, stages=(topics.assign_topics,))
    assert tags(once) == tags(again)


@pytest.mark.parametrize("text, expected", [
    ("the spheres of influence, said he", {"spheres of influence"}),
    ("Putin and Trump", set()),
    ("a grand bargain.", {"grand bargain"}),
    ("we don't care much", set()),
])
def test_candidate_phrases(text: str, expected: set[str]) -> None:
    assert {key for key, _ in topics.phrases(text)} == expected


def test_seed_topics_are_a_handful_and_shared() -> None:
    built, _, _ = seeds()
    counts = {}
    for article in built:
        assert len(article.topics) <= topics.TOPICS_PER_ARTICLE
        for tag in article.topics:
            counts[tag] = counts.get(tag, 0) + 1
    assert counts and all(n >= topics.TOPIC_MIN_ARTICLES for n in counts.values())
