"""Entities: the catalog file, alias matching, quotations, descriptions, candidates, the seeds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from readingroom import entities
from readingroom.memo import Memo
from readingroom.entity_pages import render_entity_pages
from readingroom.settings import Settings

from corpora import make_article, run, seeds

ROOT = Path(__file__).resolve().parent.parent

CATALOG = """
people:
  - name: Vladimir Putin
    aliases: [Putin]
  - name: Donald Trump
    aliases: [Trump]
  - name: Alexander Gabuyev
    aliases: [Gabuyev]
  - name: Konstantin Remchukov
    aliases: [Remchukov]
  - name: Bashar al-Assad
    aliases: [Assad]
  - name: Andrei Piontkovsky
    aliases: [Piontkovsky]
organisations:
  - name: NATO
  - name: Regnum
places:
  - name: United States
    aliases: [US, U.S.]
  - Ukraine
"""


def catalog() -> entities.EntityCatalog:
    parsed = entities.parse_entities(CATALOG)
    assert parsed.errors == ()
    return parsed


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(m.entity, m.surface) for m in entities.Matcher(catalog()).find(text)]


# --- entities.yml ---------------------------------------------------------------------------

def test_the_seed_catalog_parses_without_errors() -> None:
    parsed = entities.parse_entities((ROOT / "sources" / "entities.yml").read_text(encoding="utf-8"))
    assert parsed.errors == ()
    assert {"vladimir-putin", "nato", "ukraine"} <= {e.id for e in parsed.entities}
    assert parsed.get("alexander-gabuyev").aliases == ("Gabuyev", "Alexander Gabuev", "Gabuev")


@pytest.mark.parametrize("text, line, reason", [
    ("people:\n  - name: A B\n    age: 3\n", 3, "age: unknown field"),
    ("persons:\n  - name: A B\n", 1, "unknown section `persons`"),
    ("people:\n  - aliases: [X]\n", 2, "entry without a name"),
    ("people:\n  - name: A B\n    aliases: B\n", 3, "aliases: expected a list of names"),
    ("people:\n  - name: A B\n  - name: C D\n    aliases: [A B]\n", 3, "`A B` already names `a-b`"),
    ("people:\n  - name: A\n  - name: A\n", 3, "duplicate id `a`"),
    ("people: [\n", 2, "not valid YAML"),
    ("people:\n  - name: 2025-02-30\n", 2, "name: cannot be read (day is out of range for month)"),
    ("people:\n  - {? [a, b] : x, name: A B}\n", 2, "a key must be a name"),
    ("people:\n  - name: Index Fund\n    id: index\n", 3, "reserved"),
])
def test_catalog_errors_carry_file_and_line(text: str, line: int, reason: str) -> None:
    errors = entities.parse_entities(text, "sources/entities.yml").errors
    assert len(errors) == 1
    assert (errors[0].file, errors[0].line) == ("sources/entities.yml", line)
    assert reason in errors[0].reason


def test_empty_catalog_is_valid() -> None:
    assert entities.parse_entities("") == entities.EntityCatalog()


# --- alias matching -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Putin’s desire", [("vladimir-putin", "Putin")]),
    ("Putin's desire", [("vladimir-putin", "Putin")]),
    ("a Putin-Trump pact", [("vladimir-putin", "Putin"), ("donald-trump", "Trump")]),
    ("Alexander Gabuyev, director", [("alexander-gabuyev", "Alexander Gabuyev")]),
    ("According to Gabuyev*, any", [("alexander-gabuyev", "Gabuyev")]),
    ("lost his supporter Bashar al-Assad", [("bashar-al-assad", "Bashar al-Assad")]),
    ("played a trump card", []),
    ("Nato and NATO", [("nato", "Nato"), ("nato", "NATO")]),
    ("the US and the U.S. told us", [("united-states", "US"), ("united-states", "U.S.")]),
    ("Ukraine. Putin", [("ukraine", "Ukraine"), ("vladimir-putin", "Putin")]),
    ("Vladimir. Putin", [("vladimir-putin", "Putin")]),
])
def test_alias_matching(text: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(text) == expected


def test_mention_surfaces_are_found_verbatim_in_their_paragraph() -> None:
    article = make_article("a", ["Putin’s aides met Trump’s team in the U.S. on Tuesday."])
    [done] = run([article], CATALOG)
    assert [m.surface for m in done.mentions] == ["Putin", "Trump", "U.S."]
    assert all(m.surface in done.paragraphs[0].text for m in done.mentions)


@pytest.mark.parametrize("text, sentences", [
    ("Putin left. Trump stayed.", ["Putin left.", "Trump stayed."]),
    ("Mr. Smith went to No. 10 and the U.S. Army base. George W. Bush left.",
     ["Mr. Smith went to No. 10 and the U.S. Army base.", "George W. Bush left."]),
    ('He added: "No." Then he left.', ['He added: "No."', "Then he left."]),
    ("of Nezavisimaya Gazeta. — We saw his campaign.", ["of Nezavisimaya Gazeta.", "— We saw his campaign."]),
    ("“It failed,” he said. “Now there is hope.”", ["“It failed,” he said.", "“Now there is hope.”"]),
])
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in entities.split_sentences(text)] == sentences


# --- quotations -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, quoted", [
    ('"Trump is deliberately silent because he doesn\'t know," said Konstantin Remchukov, editor-in-chief.', {"konstantin-remchukov"}),
    ("According to political analyst Andrei Piontkovsky, Putin flew with hope: “Just a week before the trip.”", {"andrei-piontkovsky"}),
    ("Trump “behaves extravagantly,” Putin told us.", {"vladimir-putin"}),
    ("“Putin and Trump are objective allies,” Gabuyev wrote.", {"alexander-gabuyev"}),
    ("Gabuyev, director of the Carnegie Center in Berlin, wrote: “the two will not split.”", {"alexander-gabuyev"}),
    ("Putin met Trump, and Gabuyev thinks nothing came of it.", set()),
    ("Putin warned about a “grand bargain”.", set()),
    ("Putin said that Trump would “make a deal quickly”.", {"vladimir-putin"}),
    ("According to Regnum commentator Yury Baranchik, “the time is short”.", set()),
    ("In Ukraine, officials said “no deal without us”.", set()),
])
def test_quoted_means_a_quotation_attributed_to_the_entity(sentence: str, quoted: set[str]) -> None:
    [done] = run([make_article("a", [sentence])], CATALOG)
    assert {m.entity for m in done.mentions if m.quoted} == quoted


def test_a_name_inside_the_quotation_is_mentioned_not_quoted() -> None:
    [done] = run([make_article("a", ["Remchukov said: “Putin and Trump will meet soon.”"])], CATALOG)
    assert [(m.entity, m.quoted) for m in done.mentions] == [
        ("konstantin-remchukov", True), ("vladimir-putin", False), ("donald-trump", False)]


# --- descriptions ---------------------------------------------------------------------------

def test_descriptions_come_from_the_text_with_their_sentence() -> None:
    articles = run([
        make_article("a", ["Trump is silent, said Konstantin Remchukov, editor-in-chief of Nezavisimaya Gazeta. He added more."]),
        make_article("b", ["According to political analyst Andrei Piontkovsky, the talks failed."]),
    ], CATALOG)
    described = entities.describe_entities(articles, catalog())
    remchukov = described.get("konstantin-remchukov")
    assert remchukov.description == "Editor-in-chief of Nezavisimaya Gazeta"
    assert remchukov.description_origin == f"a#{articles[0].paragraphs[0].id}"
    assert described.get("andrei-piontkovsky").description == "Political analyst"
    assert described.get("vladimir-putin").description is None


def test_curated_descriptions_win() -> None:
    yml = CATALOG.replace("  - name: Regnum\n", "  - name: Regnum\n    description: Russian news agency.\n")
    parsed = entities.parse_entities(yml)
    assert parsed.get("regnum").description_origin == "entities.yml"
    assert entities.describe_entities([], parsed).get("regnum").description == "Russian news agency."


# --- candidates -----------------------------------------------------------------------------

def test_candidates_are_recurring_names_missing_from_the_catalog() -> None:
    articles = run([
        make_article("a", ["Press secretary Dmitry Peskov said Vladimir Putin slept. The Kremlin said so."]),
        make_article("b", ["On Monday Dmitry Peskov denied it, and Vladimir Putin left for Moscow State University."]),
        make_article("c", ["Sergei Markov was there."]),
    ], CATALOG)
    found = entities.discover_candidates(articles, catalog(), Settings(entity_candidate_min_articles=2))
    assert [(c.name, c.articles) for c in found] == [("Dmitry Peskov", ("a", "b"))]
    once = entities.discover_candidates(articles, catalog(), Settings(entity_candidate_min_articles=1))
    assert {c.name for c in once} == {"Dmitry Peskov", "Moscow State University", "Sergei Markov"}


def test_candidates_stop_at_sentence_ends_but_not_at_initials() -> None:
    articles = run([make_article("a", ["He met Tony Blair. Ministers agreed with George W. Bush."]),
                    make_article("b", ["Tony Blair and George W. Bush spoke."])], CATALOG)
    found = entities.discover_candidates(articles, catalog(), Settings())
    assert [c.name for c in found] == ["George W. Bush", "Tony Blair"]


def test_a_candidate_s_title_is_not_part_of_the_name() -> None:
    articles = run([make_article("a", ["Foreign Secretary Jack Straw met Deutsche Bank staff."]),
                    make_article("b", ["Home Secretary Jack Straw spoke to Deutsche Bank."])], CATALOG)
    found = entities.discover_candidates(articles, catalog(), Settings())
    assert [(c.name, c.articles) for c in found] == [("Deutsche Bank", ("a", "b")), ("Jack Straw", ("a", "b"))]


def test_candidates_counted_again_only_for_articles_that_changed_equal_a_fresh_count() -> None:
    """The tally carried in the memo moves article by article (`entities.Tally`): after an
    article changes, comes or goes, the candidates are those of a count from scratch."""
    texts = {"a": "Dmitry Peskov met Tony Blair.", "b": "Dmitry Peskov and Tony Blair spoke.", "c": "Tony Blair left.",
             "d": "Sergei Markov stayed."}
    memo = Memo()
    settings = Settings(entity_candidate_min_articles=2)

    def articles(changed: dict[str, str]) -> list:
        return run([make_article(k, [v]) for k, v in changed.items()], CATALOG)
    before = articles(texts)
    assert [c.name for c in entities.discover_candidates(before, catalog(), settings, memo)] == ["Tony Blair", "Dmitry Peskov"]
    kept = {a.id: a for a in before}
    for change in ({"a": "Sergei Markov met Tony Blair."}, {"e": "Sergei Markov came."}, {"b": None}):
        for key, text in change.items():
            if text is None:
                del kept[key]
            else:
                kept[key] = articles({key: text})[0]
        now = list(kept.values())  # the unchanged articles are the same objects, as from the per-article cache
        assert entities.discover_candidates(now, catalog(), settings, memo) == entities.discover_candidates(now, catalog(), settings)
    assert [c.name for c in entities.discover_candidates(now, catalog(), settings, memo)] == ["Sergei Markov", "Tony Blair"]


# --- pages ----------------------------------------------------------------------------------

def test_entity_pages_escape_source_text_and_link_paragraphs() -> None:
    [done] = run([make_article("a", ["Putin said “*bold* [link](x) <b>”, and left."], title="T | *1*")], CATALOG)
    pages = render_entity_pages([done], catalog(), (), Settings())
    page = pages["entities/vladimir-putin.md"]
    assert f"(../articles/a/index.md#{done.paragraphs[0].id}" in page
    assert "*bold*" not in page and "[link](x)" not in page and "<b>" not in page
    assert "**quoted**" in page and "**Putin**" in page
    assert "entities/index.md" in pages and "entities/candidates.md" in pages


def test_the_index_says_why_it_lists_nobody() -> None:
    """A collection without curated names (the BBC corpus has no entities.yml) gets an index
    that says so and points to the candidates, instead of an empty page."""
    done = run([make_article("a", ["Dmitry Peskov spoke."]), make_article("b", ["Dmitry Peskov left."])], "")
    candidates = entities.discover_candidates(done, entities.parse_entities(""), Settings(entity_candidate_min_articles=2))
    index = render_entity_pages(done, entities.parse_entities(""), candidates, Settings())["entities/index.md"]
    assert "no curated names yet" in index and "1 recurring name found in the articles is on the [candidates page]" in index
    unmentioned = render_entity_pages(done, catalog(), (), Settings())["entities/index.md"]
    assert "None of the 10 names in `sources/entities.yml` is mentioned" in unmentioned and "no name recurs" in unmentioned
    assert "## Not mentioned in any article" in unmentioned
    many = [entities.Candidate(f"Name {i}", 2, ("a", "b")) for i in range(2000)]
    crowded = render_entity_pages(done, entities.parse_entities(""), many, Settings())["entities/index.md"]
    assert "lists the 300 most frequent of the 2,000 recurring names" in crowded
    [named] = run([make_article("c", ["Vladimir Putin spoke."])], CATALOG)
    assert "no curated names" not in render_entity_pages([named], catalog(), (), Settings())["entities/index.md"]
    assert "None of the" not in render_entity_pages([named], catalog(), (), Settings())["entities/index.md"]


def test_an_entity_named_in_many_articles_gets_several_pages() -> None:
    done = run([make_article(f"a{i:02d}", [f"Vladimir Putin spoke on day {i}. Putin left."]) for i in range(11)], CATALOG)
    pages = render_entity_pages(done, catalog(), (), Settings(index_page_size=4))
    own = sorted(p for p in pages if p.startswith("entities/vladimir-putin"))
    assert own == ["entities/vladimir-putin--2.md", "entities/vladimir-putin--3.md", "entities/vladimir-putin.md"]
    listed = [line for p in own for line in pages[p].splitlines() if line.startswith("## [")]
    assert len(listed) == len(set(listed)) == 11
    assert all(sum(line.startswith("## [") for line in pages[p].splitlines()) <= 4 for p in own)
    assert "[2](vladimir-putin--2.md)" in pages["entities/vladimir-putin.md"]
    assert "\n{: .rr-pager }" in pages["entities/vladimir-putin--3.md"]
    assert "Named in 22 sentences of 11 articles" in pages["entities/vladimir-putin--2.md"]


# --- the seeds ------------------------------------------------------------------------------

def test_every_catalogued_person_named_in_the_seeds_has_mentions() -> None:
    built, parsed, texts = seeds()
    mentioned = {m.entity for a in built for m in a.mentions}
    corpus = "\n".join(texts.values())
    for person in (e for e in parsed.entities if e.kind == "person"):
        if any(re.search(rf"\b{re.escape(s)}\b", corpus) for s in person.surfaces):
            assert person.id in mentioned, person.name


def test_seed_quotes_and_descriptions() -> None:
    built, parsed, _ = seeds()
    quoted = {m.entity for a in built for m in a.mentions if m.quoted}
    assert {"konstantin-remchukov", "tatiana-stanovaya", "alexander-gabuyev", "yury-baranchik", "viktor-minin",
            "andrei-piontkovsky", "stephen-harper", "joshua-huminski", "vladimir-putin"} <= quoted
    described = entities.describe_entities(built, parsed)
    assert described.get("konstantin-remchukov").description == "Editor—in-chief of Nezavisimaya Gazeta"
    assert described.get("tatiana-stanovaya").description == "A senior fellow at the Carnegie Russia-Eurasia Center"


def test_an_entity_named_like_a_page_of_the_list_gets_another_id() -> None:
    parsed = entities.parse_entities("people:\n  - name: Index\n  - name: Candidates\n")
    assert sorted(e.id for e in parsed.entities) == ["candidates-entity", "index-entity"]


@pytest.mark.parametrize("text, expected", [
    ("Kate Bush sang Hounds of Love.", []),  # another person of that surname
    ("Cherie Blair and Mr Blair arrived.", ["Blair"]),
    ("Sir Ian Blair, the police chief, met President Bush.", ["Bush"]),
    ("The 20th Century Fox film; Dr Fox said so.", ["Fox"]),
    ("Yesterday Bush spoke. George Bush and US President Bush.", ["Bush", "George Bush", "Bush"]),
    ("The Bush-Blair pact.", ["Bush", "Blair"]),
])
def test_a_surname_after_another_first_name_is_another_person(text: str, expected: list[str]) -> None:
    catalog = entities.parse_entities("people:\n  - name: George W Bush\n    aliases: [George Bush, Bush]\n"
                                      "  - name: Tony Blair\n    aliases: [Blair]\n  - name: Liam Fox\n    aliases: [Fox]\n")
    assert [m.surface for m in entities.Matcher(catalog).find(text)] == expected


@pytest.mark.parametrize("sentence, surface, description", [
    ("Meanwhile Lib Dem leader Charles Kennedy said the plan was wrong.", "Charles Kennedy", "Lib Dem leader"),
    ("Since President Bush took office, prices rose.", "Bush", "President"),
    ("Gordon Brown, who took over from Tony Blair, became Britain's longest-serving chancellor.", "Tony Blair", None),
    ("Konstantin Remchukov, editor—in-chief of Nezavisimaya Gazeta, said so.", "Konstantin Remchukov",
     "Editor—in-chief of Nezavisimaya Gazeta"),
])
def test_a_description_is_what_the_sentence_says_the_person_is(sentence: str, surface: str, description: str | None) -> None:
    from readingroom.model import Mention, ParagraphId
    found = entities._description(Mention("x", ParagraphId("p-1"), sentence, surface))
    assert (found[1] if found else None) == description
