"""Citations parse as BibTeX and CSL-JSON, and the styles say 'n.d.' rather than invent a date."""
from __future__ import annotations

import json

import bibtexparser

from readingroom import citations
from readingroom.citations import Work

WORK = Work("Dixon2024Fate", "WP: The fate of the world {depends} on 100% & more", ("Robyn Dixon", "Catherine Belton", "Francesca Ebel"),
            "vpk.name", "2024-12-01", "https://vpk.name/en/956425.html", "en", "Translation of an article in The Washington Post")
UNDATED = Work("Untitled", "A piece", (), None, None, None)


def test_bibtex_parses_with_fields_intact() -> None:
    library = bibtexparser.parse_string(citations.bibtex(WORK))
    assert not library.failed_blocks
    entry = library.entries[0]
    assert entry.key == "Dixon2024Fate"
    assert entry.fields_dict["author"].value == "Dixon, Robyn and Belton, Catherine and Ebel, Francesca"
    assert entry.fields_dict["year"].value == "2024"
    assert "\\&" in entry.fields_dict["title"].value and "\\%" in entry.fields_dict["title"].value


def test_csl_json_is_valid_json_with_issued_date() -> None:
    item = json.loads(citations.csl_json(WORK))[0]
    assert item["type"] == "article-newspaper"
    assert item["issued"] == {"date-parts": [[2024, 12, 1]]}
    assert item["author"][0] == {"given": "Robyn", "family": "Dixon"}


def test_styles() -> None:
    assert citations.apa(WORK).startswith("Dixon, R., Belton, C., & Ebel, F. (2024, December 1).")
    assert citations.mla(WORK).startswith("Dixon, Robyn, et al. “WP:")
    assert "December 1, 2024" in citations.chicago(WORK)


def test_nothing_is_invented_for_unknown_values() -> None:
    assert "(n.d.)" in citations.apa(UNDATED)
    assert "n.d." in citations.chicago(UNDATED)
    assert "year" not in citations.bibtex(UNDATED)
    assert "issued" not in json.loads(citations.csl_json(UNDATED))[0]
