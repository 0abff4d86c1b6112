"""The curated catalog: valid entries are used, invalid ones are reported with file and line."""
from __future__ import annotations

import pytest

from readingroom.catalog import parse_catalog

GOOD = """\
articles:
  politics/001:
    publisher: The Moscow Times
    date: 2025-01-27
    source_url: https://example.org/a
    authors: [Robyn Dixon, Catherine Belton]
    original:
      publisher: The Washington Post
    overrides:
      keep: ['^Kremlin\\.ru$']
publishers:
  The Moscow Times:
    overrides:
      drop: ['^Read more$']
"""


def test_valid_catalog_is_parsed_with_line_numbers() -> None:
    catalog = parse_catalog(GOOD, "catalog.yml")
    assert catalog.errors == ()
    entry = catalog.entry("politics/001")
    assert entry.values["date"] == "2025-01-27"
    assert entry.values["authors"] == ["Robyn Dixon", "Catherine Belton"]
    assert entry.lines["publisher"] == 3
    overrides = catalog.overrides_for("politics/001")
    assert overrides.keep == ("^Kremlin\\.ru$",)
    assert overrides.drop == ("^Read more$",)  # from the publisher


def test_invalid_values_are_reported_with_file_and_line() -> None:
    text = """\
articles:
  a:
    date: 27/01/2025
    source_url: javascript:alert(1)
    colour: red
    overrides:
      keep: ['(unclosed']
"""
    catalog = parse_catalog(text, "sources/catalog.yml")
    messages = [str(e) for e in catalog.errors]
    assert messages[0].startswith("sources/catalog.yml:3: a: date: expected a date as YYYY-MM-DD")
    assert messages[1].startswith("sources/catalog.yml:4: a: source_url: expected an http")
    assert messages[2].startswith("sources/catalog.yml:5: a: colour: unknown field")
    assert messages[3].startswith("sources/catalog.yml:6: a: overrides: keep: invalid regular expression")
    assert catalog.entry("a").values == {}


def test_broken_yaml_is_one_error_not_a_crash() -> None:
    catalog = parse_catalog("articles:\n  a: [unclosed\n", "catalog.yml")
    assert len(catalog.errors) == 1
    assert "not valid YAML" in str(catalog.errors[0])


def test_empty_catalog() -> None:
    assert parse_catalog("").articles == {}


@pytest.mark.parametrize("text, line, reason", [
    ("articles:\n  a:\n    date: 2025-02-30\n", 3, "a: date: cannot be read (day is out of range for month)"),
    ("articles:\n  a:\n    original: {title: 123}\n", 3, "original: title: expected non-empty text"),
    ("articles:\n  a:\n    original: {publisher: [x, y]}\n", 3, "original: publisher: expected non-empty text"),
    ("articles:\n  a:\n    original: {language: 5}\n", 3, "original: language: expected a language code"),
    ("? [a, b]\n: x\narticles: {}\n", 1, "a key must be a name, not a list or mapping"),
    ("articles:\n  ? [a, b]\n  : {date: 2025-01-01}\n", 2, "a key must be a name"),
    ("articles:\n  a: &x\n    title: t\n    original: *x\n", 4, "an alias that refers to itself"),
    ("articles:\n  a:\n    overrides: {drop: Advertisement}\n", 3, "drop: expected a list of regular expressions"),
], ids=["impossible date", "number as title", "list as publisher", "number as language", "list as key",
        "list as article id", "alias in itself", "pattern not in a list"])
def test_wrong_values_are_errors_not_crashes(text: str, line: int, reason: str) -> None:
    errors = parse_catalog(text, "catalog.yml").errors
    assert [(e.line, reason in e.reason) for e in errors] == [(line, True)], errors
