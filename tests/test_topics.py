"""Topic tags: shared distinctive phrases, catalog topics kept, names left out, deterministic."""
from __future__ import annotations

import pytest

from readingroom import indexes, topics
from readingroom.memo import Memo
from readingroom.model import Field, Origin, evolve
from readingroom.settings import Settings
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
    # Not "berlin film" or "film festival"; mixed-case phrases are dropped later (_one_shape).
    ("at the Berlin Film Festival tonight", {"berlin film festival", "festival tonight", "film festival tonight"}),
    ("Prime Minister Ariel Sharon", set()),  # every two or three words of it are a piece of the name
    ("The Manchester United squad", {"manchester united", "united squad", "manchester united squad"}),  # "The" is no name
    ("they would instead turn to the courts", set()),
    # Counting and spans of time measure, they are not topics; names of such words stay.
    ("a million people fled in recent days, couple of weeks later", set()),
    ("the world number one hit back", set()),
    ("Million Dollar Baby", {"million dollar baby"}),
    ("a little bit, the vast majority, its second largest", set()),
    ("the survey found he was found guilty", set()),  # "found" reports a finding or a verdict, it is no topic's edge
])
def test_candidate_phrases(text: str, expected: set[str]) -> None:
    assert {key for key, _ in topics.phrases(text)} == expected


@pytest.mark.parametrize("language, text, expected", [
    # German and Russian stop words no longer make phrases; the same words read as English do.
    ("de", "Die Pläne für die digitale Patientenakte über die Kassen", {"digitale patientenakte"}),
    ("en", "für die Kassen", {"für die", "die kassen", "für die kassen"}),
    ("ru", "каждый раз зимняя олимпиада", {"зимняя олимпиада"}),
    ("zh", "中国 人民 银行", set()),  # words are not spaced in Chinese: no phrases of them
    ("xx", "grand bargain and für die", {"grand bargain", "für die"}),  # a language without a list: English edges
])
def test_phrases_take_the_stop_words_of_the_text_language(language: str, text: str, expected: set[str]) -> None:
    article = make_article("a", [text])
    article = evolve(article, language=Field(language, Origin("catalog", None, "test")))
    assert {key for key, _ in topics.phrases(topics.topic_text(article))} == expected


def test_seed_topics_are_a_handful_and_shared() -> None:
    built, _, _ = seeds()
    counts = {}
    for article in built:
        assert len(article.topics) <= topics.TOPICS_PER_ARTICLE
        for tag in article.topics:
            counts[tag] = counts.get(tag, 0) + 1
    assert counts and all(n >= topics.TOPIC_MIN_ARTICLES for n in counts.values())


# ---- topic pages ------------------------------------------------------------------------------

def tagged(n: int, topics_of) -> list:
    """n articles; article i carries topics_of(i) (catalog topics, as the pages read them)."""
    return [make_article(f"t{i:03d}", [f"Paragraph of article {i}."], title=f"Article {i}", date=f"2020-01-{1 + i % 28:02d}",
                         catalog_topics=tuple(topics_of(i))) for i in range(n)]


def listed(pages: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Topic anchor -> (page, article slug) pairs, read back from the Markdown."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path, text in pages.items():
        anchor = None
        for line in text.splitlines():
            if line.startswith("## ") and "{ #" in line:
                anchor = line.rsplit("{ #", 1)[1].rstrip(" }")
            elif line.startswith("- [") and "articles/" in line and anchor:
                out.setdefault(anchor, []).append((path, line.split("articles/", 1)[1].split("/", 1)[0]))
    return out


def test_a_small_collection_lists_its_topics_on_the_index() -> None:
    articles = tagged(4, lambda i: ["alpha topic"] if i % 2 else ["beta topic", "alpha topic"])
    pages = indexes.render_topics(articles, Settings())
    assert list(pages) == ["topics/index.md"]
    assert {a: sorted(s for _, s in v) for a, v in listed(pages).items()} == {
        "alpha-topic": ["t000", "t001", "t002", "t003"], "beta-topic": ["t000", "t002"]}


def test_long_topic_lists_are_split_and_every_article_link_finds_its_topic() -> None:
    size = 5
    names = [f"{letter}{word} theme" for letter in "abc" for word in ("ardent", "brisk", "calm", "deft")]
    articles = tagged(40, lambda i: [names[i % len(names)], names[(i * 7) % len(names)], "common thread"])
    settings = Settings(index_page_size=size)
    pages = indexes.render_topics(articles, settings)
    found = listed(pages)
    for path, text in pages.items():
        entries = sum(line.startswith("- [") and "articles/" in line for line in text.splitlines())
        assert entries <= size, path
    # a topic with more articles than a page holds has pages of its own, split the same way
    own = sorted(p for p in pages if p.startswith("topics/topic/common-thread"))
    assert len(own) == 8 and all(sum(line.startswith("- [") for line in pages[p].splitlines()) <= size for p in own)
    # every other topic is listed once, whole, on one letter page, with all its articles
    targets = indexes.topic_targets(indexes.plan_topics(articles, settings))
    for article in articles:
        for name in article.topics:
            page, _, anchor = targets[name].partition("#")
            assert page in pages, targets[name]
            if anchor:
                assert {p for p, _ in found[anchor]} == {page}
                assert article.slug in {s for _, s in found[anchor]}
    assert {p for p in pages if not p.startswith("topics/topic/")} >= {"topics/index.md", "topics/a.md", "topics/a-2.md"}


def test_topic_names_from_a_catalog_are_text() -> None:
    articles = tagged(3, lambda i: ["<img src=x onerror=alert(1)> {{ config }}", "# not a heading"])
    text = indexes.render_topics(articles, Settings())["topics/index.md"]
    assert "<img" not in text and "{{" not in text and "\n# not" not in text
    assert "&#60;img src=x onerror=alert(1)&#62;" in text


def test_topics_are_filed_by_first_letter() -> None:
    assert indexes.topic_letter("Élysée Palace") == "e"
    assert indexes.topic_letter("9/11 attacks") == "0-9"
    assert indexes.topic_letter("«Brexit»") == "b"
    assert indexes.topic_letter("中国") == "z"
    assert indexes.topic_letter("…") == "other"


def test_topics_derived_ahead_with_a_wrong_guess_of_duplicates_are_derived_again(monkeypatch) -> None:
    """`start_topics_early` guesses the last build's duplicates; when the guess is wrong,
    `start_topics` starts again with the right articles, and `assign_topics` never takes topics
    derived from other articles than its own."""
    from readingroom import duplicates
    from readingroom.entities import parse_entities
    from readingroom.helper import HELPER
    from readingroom.memo import Memo
    from readingroom.pipeline import CorpusContext
    from readingroom.settings import Settings
    articles = corpus()
    settings = Settings(parallel_threshold=2)
    alone = tags(run(articles, CATALOG, Settings(workers=1), stages=(duplicates.mark_duplicates, topics.assign_topics)))
    given: list[int] = []
    real_call = HELPER.call
    monkeypatch.setattr(HELPER, "call", lambda function, *args: given.append(len(args[1])) or real_call(function, *args))
    for guess in (frozenset(), frozenset({articles[0].id})):  # right (no duplicates in the seeds), then wrong
        memo = Memo()
        memo.carried[duplicates.LAST] = guess
        ctx = CorpusContext(settings=settings, memo=memo, entities=parse_entities(CATALOG))
        done = sorted(articles, key=lambda a: a.id)
        for stage in (topics.start_topics_early, duplicates.mark_duplicates, topics.start_topics, topics.assign_topics):
            done = stage(done, ctx)
        assert tags(done) == alone
    assert given == [len(articles), len(articles) - 1, len(articles)]


def test_shown_forms_patched_from_the_last_build_are_those_worked_out_afresh() -> None:
    """`derive_topics` keeps how the texts write each phrase and patches it where texts come
    and go; after edits that change how a phrase is mostly written, add a text or remove one,
    its tags are those of a fresh memo, and the patched path was taken."""
    from readingroom.memo import Memo
    texts = [a.body_text for a in corpus()] + [a.body_text for a in seeds()[0]]
    memo = Memo()
    edits = [lambda t: t,
             lambda t: [t[0] + " Grand Bargain." * 30] + t[1:],  # now mostly written capitalised
             lambda t: t[:2] + [t[2] + " The Central Bank said so."] + t[3:],
             lambda t: t[:-1],
             lambda t: t + ["The grand bargain and the central bank, a new text about spheres of influence."]]
    patched, shown = 0, []
    for edit in edits:
        texts = edit(texts)
        last = memo.carried.get(topics.SHOWN)
        got = topics.derive_topics(texts, frozenset(), memo)
        patched += last is not None and memo.carried[topics.SHOWN] is last
        assert got == topics.derive_topics(texts, frozenset(), Memo())
        memo = memo.for_next_build()
        shown.append(any("Grand Bargain" in tags for tags in got))
    assert patched == len(edits) - 1 and shown == [False, True, True, True, True]


SUBJECTS = {
    "rates": "The central bank raised interest rates again to fight inflation, and mortgage lenders passed the interest "
             "rates rise on to borrowers. Economists expect interest rates to peak by summer as inflation eases.",
    "football": "The club signed a striker in the transfer window, and the manager wants a defender before the transfer "
                "window shuts. Supporters hope the transfer window brings a goalkeeper as well.",
    "phones": "Sales of the mobile phone rose as networks cut prices, and every mobile phone maker now sells cameras. "
              "Analysts say the mobile phone market will slow as most people already own one.",
    "films": "The box office takings of the comedy beat the thriller, and cinema chains reported box office records. "
             "Studios said the box office season was the best in a decade for family films.",
    "tennis": "The champion reached the Australian Open final, her third Australian Open final in a row, after a long "
              "semi-final. Australian Open organisers moved the match indoors because of the heat.",
    "schools": "Parents protested against tuition fees at the university, and students said tuition fees keep poorer "
               "pupils away. Ministers defended tuition fees as fair to taxpayers.",
    "oil": "Crude oil prices climbed after the pipeline attack, and airlines warned that oil prices would push up fares. "
           "Traders said oil prices could fall if supplies resume next month.",
    "music": "The singer topped the singles chart with her debut, the fastest climb up the singles chart this year. Her "
             "label said the singles chart success would lead to a tour.",
}


def test_a_turn_of_phrase_two_unrelated_texts_share_is_no_topic() -> None:
    """'make sure', once in a text on rates and once in one on football, shares nothing else;
    the subjects each text repeats and others share are topics."""
    articles = [make_article(f"{name}{k}", [text + (" Officials will make sure nothing changes." if k == 0 and name in ("rates", "football") else "")
                                           + f" Story number {k} on this."])
                for name, text in SUBJECTS.items() for k in range(3)]
    done = tags(run(articles, stages=(topics.assign_topics,)))
    every = {t for ts in done.values() for t in ts}
    assert {"interest rates", "transfer window", "mobile phone", "box office"} <= every
    assert "make sure" not in every
    assert all("interest rates" in done[f"rates{k}"] for k in range(3))


def test_a_pair_that_is_part_of_a_longer_phrase_is_not_a_tag_of_its_own() -> None:
    from readingroom.memo import count_matrix
    memo = Memo()
    text = "Sales of sports utility vehicles fell, and sports utility vehicles cost more."
    found = [memo.intern(topics.PHRASES, (key for key, _ in topics.phrases(text))) for _ in range(2)]
    counts, terms, _ = count_matrix(memo, topics.PHRASES, found, min_df=2)
    inside = topics._inside_longer(counts, terms)
    assert {"sports utility", "utility vehicles"} <= inside and "sports utility vehicles" not in inside


def test_a_topic_is_not_shown_in_capitals_when_the_texts_also_write_it_otherwise() -> None:
    assert topics._display({"LEGEND OF ZELDA": 3, "Legend of Zelda": 1}) == "Legend of Zelda"
    assert topics._display({"NATO": 2}) == "NATO"


def test_tags_that_differ_only_in_number_are_one_tag() -> None:
    """"Academy Award" and "Academy Awards" picked for different texts are one subject: the
    form more texts picked (the singular on a tie) stands for both, and a text that picked both
    has it once. A word that merely ends in s is not taken for a plural of a shorter one."""
    from collections import Counter

    from readingroom.topics import _plural_forms

    used = Counter({"Academy Award": 2, "Academy Awards": 5, "energy company": 2, "energy companies": 2, "takeover bids": 1,
                    "takeover bid": 1, "news": 4, "new": 2, "series": 3, "glass": 2, "glas": 2, "oil price": 3})
    assert _plural_forms(used) == {"Academy Award": "Academy Awards", "energy companies": "energy company",
                                   "takeover bids": "takeover bid"}
