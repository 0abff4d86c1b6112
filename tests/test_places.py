"""The gazetteer that tells a dateline's place from a writer's name (`readingroom.places`)."""
from __future__ import annotations

import pytest

from readingroom.pipeline import process_text
from readingroom.places import is_place

BODY = """The city council voted on Thursday night to approve the plan after a long debate that ran past midnight.
Residents said they had waited years for the decision, and several spoke in favour at the meeting.
The mayor said work would begin next spring and take about two years to finish."""


@pytest.mark.parametrize("name", ["New York", "NEW YORK", "Den Helder", "Den Haag", "Rio de Janeiro", "Buenos Aires", "Hong Kong",
                                  "São Paulo", "Sao Paulo", "Kuala Lumpur", "Le Mans", "North Carolina", "South Africa"])
def test_a_place_of_two_words_or_more(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Mary Jones", "Jan de Vries", "Florence", "Austin", "Victoria",  # one-word cities are first names too
                                  "Robert Williams", "Juan Diaz",  # small towns' other names: not read
                                  "Catrin Pugh", ""])
def test_not_a_place(name: str) -> None:
    assert not is_place(name)


@pytest.mark.parametrize("line", ["New York, March 6, 2025", "NEW YORK, March 6, 2025", "Den Helder, 6 maart 2025",
                                  "Rio de Janeiro, 6 de março de 2025", "Hong Kong | March 6, 2025", "Buenos Aires - 6 de marzo de 2025"])
def test_a_dateline_under_the_headline_gives_the_date_and_no_author(line: str) -> None:
    article = process_text(f"Daily Courier\nNews\nSport\nCouncil approves plan for old barracks after years of debate\n{line}\n{BODY}\n")
    assert article.title.value == "Council approves plan for old barracks after years of debate"
    assert article.date.value == "2025-03-06"
    assert article.authors.value is None


@pytest.mark.parametrize("line, authors", [("Mary Jones, March 6, 2025", ("Mary Jones",)),
                                           ("By Mary Jones, New York, March 6, 2025", ("Mary Jones",)),
                                           ("Mary Jones, New York | March 6, 2025", ("Mary Jones",)),
                                           ("By Mary Jones and Tom Hale, Buenos Aires", ("Mary Jones", "Tom Hale"))])
def test_a_writer_and_the_city_they_wrote_from(line: str, authors: tuple[str, ...]) -> None:
    article = process_text(f"Daily Courier\nNews\nSport\nCouncil approves plan for old barracks after years of debate\n{line}\n{BODY}\n")
    assert article.authors.value == authors
