"""The unwrap stage: paragraphs a copy broke at one width are joined; other copies stay as they are."""
from __future__ import annotations

from pathlib import Path

import pytest

from readingroom.pipeline import new_article, process_text
from readingroom.settings import Settings
from readingroom.unwrap import unwrap_lines

CASES = Path(__file__).parent / "cases" / "structure"
PRINT_COPY = CASES / "print_copy_wrapped_at_a_width" / "input.txt"


def article(text: str):
    return new_article("x.txt", text.encode("utf-8"), Settings())


def test_a_print_copy_is_joined_into_paragraphs_that_keep_their_first_line() -> None:
    source = article(PRINT_COPY.read_text(encoding="utf-8"))
    joined = unwrap_lines(source)
    texts = {line.number: line.text for line in joined.lines}
    assert texts[11].startswith("The letter arrived") and texts[11].endswith("nearest emergency room.")
    assert 12 not in texts and 13 not in texts  # taken into line 11's paragraph
    assert "ask voters to approve" in texts[15]  # "vot-" / "ers": one word again
    assert [line.number for line in joined.lines] == sorted(line.number for line in joined.lines)
    assert any(w.startswith("unwrapped:") for w in joined.warnings)
    # every word of the source is still there, but for the halves of hyphenated words made one
    before = " ".join(line.text for line in source.lines).split()
    after = " ".join(line.text for line in joined.lines).split()
    halves = sum(word.endswith("-") and word[:-1].isalpha() for word in before)
    assert halves >= 2 and len(after) == len(before) - halves


def test_the_paragraph_goes_on_past_the_page_furniture_between_its_halves() -> None:
    joined = unwrap_lines(article(PRINT_COPY.read_text(encoding="utf-8")))
    texts = [line.text for line in joined.lines]
    header = next(t for t in texts if t.startswith("12/3/25"))
    assert texts.count(header) == 4  # each page's running header stays, for the classifier to drop


def test_the_pipeline_reads_a_print_copy() -> None:
    a = process_text(PRINT_COPY.read_text(encoding="utf-8"))
    assert a.title.value == "The town that saved its hospital by buying it"
    assert a.authors.value == ("Jane Example",) and a.date.value == "2025-12-03"
    assert sum(p.kind == "p" for p in a.paragraphs) >= 8


def test_a_copy_with_a_paragraph_to_a_line_is_not_touched() -> None:
    text = "\n".join(f"Paragraph {n} says something about the council's plan for the harbour, and goes on for a while "
                     f"with the details of the vote, the money and the people who spoke at the meeting{'.' * (n % 2)}"
                     for n in range(20))
    source = article(text)
    assert unwrap_lines(source) is source


SONG = ["I'm pretty sure I don't need anything else", "This is the best feeling I've ever felt",
        "I know it took a long time, but now I'm here", "And I ain't going nowhere, no more fear",
        "Room full of people but I only see you", "Yeah, I'm so focused, everything else is in my rear view"]
# short lines of one width that run on, as a narrow column's do, but no word broken across a line's end
POEM = ["The tide came in across the flats and filled", "the channels where the herons stood all day",
        "and every boat that lay upon its side", "was lifted up and turned towards the bay",
        "the children on the sea wall watched it rise", "and counted out the minutes on their hands"]


@pytest.mark.parametrize("verse", [SONG * 3, POEM * 4], ids=["song", "poem"])
def test_a_song_s_or_a_poem_s_lines_are_not_joined(verse: list[str]) -> None:
    source = article("\n".join(verse))
    assert unwrap_lines(source) is source


def test_a_hyphenated_compound_keeps_its_hyphen() -> None:
    lines = [f"Meeting {n}: the council, which the town calls well-known for its patience, said on Monday that its well-"
             if n == 0 else f"Meeting {n}: the harbour board and the ferry company objected again, and the council noted it and" for n in range(12)]
    lines.insert(1, "known plan for the harbour would go ahead despite the objections of the board and the ferry company.")
    joined = unwrap_lines(article("\n".join(lines)))
    assert "its well-known plan" in joined.lines[0].text
    vote = [f"Meeting {n}: the harbour board and the ferry company objected again, and the council noted its vot-" if n == 0
            else f"Meeting {n}: the harbour board and the ferry company objected again, and the council noted it and" for n in range(12)]
    vote.insert(1, "ers' objections to the plan for the harbour, which would go ahead despite them all, the mayor said.")
    assert "its voters' objections" in unwrap_lines(article("\n".join(vote))).lines[0].text


E_PAPER = CASES / "e_paper_column_with_a_jump" / "input.txt"


def test_a_narrow_column_is_joined_and_its_broken_words_made_whole() -> None:
    source = article(E_PAPER.read_text(encoding="utf-8"))
    joined = unwrap_lines(source)
    texts = {line.number: line.text for line in joined.lines}
    assert texts[22].startswith("GULL HARBOR — The county will stop running") and "schoolchildren across the sound since 1971." in texts[22]
    assert "asked the commission to fund" in texts[44]
    assert 23 not in texts and 45 not in texts
    assert texts[49] == "See FERRY, Page A6"  # the jump stays, for the classifier to drop
    assert any(w.startswith("unwrapped:") for w in joined.warnings)


def test_the_pipeline_reads_an_e_paper_copy_across_its_jump() -> None:
    a = process_text(E_PAPER.read_text(encoding="utf-8"))
    assert a.title.value == "Ferry service to Gull Island will end in October" and a.authors.value == ("Orla Brennan",)
    text = " ".join(p.text for p in a.paragraphs)
    assert "fund a private water taxi" in text and "cost of such a contract at $180,000" in text  # both pages of the text
    assert "Page A6" not in text and "THE MARSH COUNTY LEDGER" not in text and "From Page A1" not in text
