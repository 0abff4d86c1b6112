"""The curated catalog (`sources/catalog.yml`): facts the text cannot tell, validated.

Parses YAML text (PyYAML, keeping node line numbers) into frozen `CatalogEntry`s keyed by
article id. Invalid values are not used; each becomes a `CatalogError` naming the file and
line, which the CLI reports like a rejected source. Does no file I/O.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from .dates import is_iso_date

ARTICLE_KEYS = {
    "title": "headline, when the text's own is missing or wrong",
    "subtitle": "standfirst",
    "authors": "list of names",
    "date": "publication date, YYYY-MM-DD",
    "publisher": "outlet that published this text",
    "source_url": "where this text was published (http or https)",
    "language": "BCP 47 language code, e.g. en, ru, pt-BR",
    "rights": "copyright or reprint terms",
    "original": "for translations and reprints: title, publisher, authors, date, url, language of the original",
    "topics": "list of topic tags to add",
    "overrides": "keep: / drop: lists of regular expressions forcing lines kept or stripped",
    "note": "free text shown to readers in the provenance card",
}
ORIGINAL_KEYS = {"title", "publisher", "authors", "date", "url", "language"}
PUBLISHER_KEYS = {"url", "overrides", "language", "rights"}
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


class CatalogError(Exception):
    def __init__(self, file: str, line: int, reason: str):
        super().__init__(f"{file}:{line}: {reason}")
        self.file, self.line, self.reason = file, line, reason


@dataclass(frozen=True)
class Overrides:
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogEntry:
    values: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)
    """Field name -> line in catalog.yml, for provenance ('catalog.yml line 12')."""
    overrides: Overrides = Overrides()


@dataclass(frozen=True)
class Catalog:
    articles: dict[str, CatalogEntry] = field(default_factory=dict)
    publishers: dict[str, CatalogEntry] = field(default_factory=dict)
    errors: tuple[CatalogError, ...] = ()

    def entry(self, article_id: str) -> CatalogEntry:
        return self.articles.get(article_id, CatalogEntry())

    def overrides_for(self, article_id: str) -> Overrides:
        entry = self.entry(article_id)
        publisher = self.publishers.get(str(entry.values.get("publisher", "")), CatalogEntry())
        return Overrides(
            keep=entry.overrides.keep + publisher.overrides.keep,
            drop=entry.overrides.drop + publisher.overrides.drop,
        )


def parse_catalog(text: str, file: str = "catalog.yml") -> Catalog:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return Catalog(errors=(CatalogError(file, line, f"not valid YAML: {getattr(error, 'problem', error)}"),))
    if root is None:
        return Catalog()
    if not isinstance(root, yaml.MappingNode):
        return Catalog(errors=(CatalogError(file, root.start_mark.line + 1, "expected a mapping with `articles:`"),))
    errors: list[CatalogError] = []
    sections = {key.value: value for key, value in root.value if _is_text_key(key, file, errors)}
    for key, _ in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value not in ("articles", "publishers"):
            errors.append(CatalogError(file, key.start_mark.line + 1, f"unknown section `{key.value}` (use articles: or publishers:)"))
    articles = _entries(sections.get("articles"), file, errors, _validate_article)
    publishers = _entries(sections.get("publishers"), file, errors, _validate_publisher)
    return Catalog(articles=articles, publishers=publishers, errors=tuple(errors))


def _entries(node, file: str, errors: list[CatalogError], validate) -> dict[str, CatalogEntry]:
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        errors.append(CatalogError(file, node.start_mark.line + 1, "expected a mapping keyed by id or name"))
        return {}
    out: dict[str, CatalogEntry] = {}
    for key, value in node.value:
        if not _is_text_key(key, file, errors):
            continue
        if not isinstance(value, yaml.MappingNode):
            errors.append(CatalogError(file, value.start_mark.line + 1, f"`{key.value}` must map field names to values"))
            continue
        values, lines = {}, {}
        for field_key, field_value in value.value:
            if not _is_text_key(field_key, file, errors):
                continue
            line = field_key.start_mark.line + 1
            python, problem = yaml_value(field_value)
            problem = problem or validate(field_key.value, python)
            if problem:
                errors.append(CatalogError(file, line, f"{key.value}: {field_key.value}: {problem}"))
                continue
            values[field_key.value] = _normal(python)
            lines[field_key.value] = line
        overrides = values.pop("overrides", {}) or {}
        out[str(key.value)] = CatalogEntry(
            values=values,
            lines=lines,
            overrides=Overrides(tuple(overrides.get("keep", ())), tuple(overrides.get("drop", ()))),
        )
    return out


def _is_text_key(key, file: str, errors: list[CatalogError]) -> bool:
    """A mapping key is a name; a list or mapping as key ("? [a, b]") is reported."""
    if isinstance(key, yaml.ScalarNode):
        return True
    errors.append(CatalogError(file, key.start_mark.line + 1, "a key must be a name, not a list or mapping"))
    return False


def yaml_value(node) -> tuple[object, str | None]:
    """The Python value of a YAML node, or (None, why it cannot be one): an impossible date
    ("2025-02-30"), an alias that contains itself."""
    try:
        value = yaml.safe_load(yaml.serialize(node))
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as error:
        reason = "an alias that refers to itself" if isinstance(error, RecursionError) else str(error) or type(error).__name__
        return None, f"cannot be read ({reason})"
    if _contains_itself(value, ()):
        return None, "cannot be read (an alias that refers to itself)"
    return value, None


def _contains_itself(value, outer: tuple[int, ...]) -> bool:
    if not isinstance(value, (dict, list)):
        return False
    if id(value) in outer:
        return True
    items = value.values() if isinstance(value, dict) else value
    return any(_contains_itself(item, (*outer, id(value))) for item in items)


def _normal(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _validate_article(key: str, value) -> str | None:
    if key not in ARTICLE_KEYS:
        return f"unknown field (known: {', '.join(sorted(ARTICLE_KEYS))})"
    value = _normal(value)
    if key in ("authors", "topics"):
        return None if _strings(value) else "expected a list of strings"
    if key == "date":
        return None if isinstance(value, str) and is_iso_date(value) else "expected a date as YYYY-MM-DD"
    if key == "source_url":
        return _url_problem(value)
    if key == "language":
        return None if isinstance(value, str) and LANGUAGE.match(value) else "expected a language code such as en or ru"
    if key == "original":
        return _original_problem(value)
    if key == "overrides":
        return _overrides_problem(value)
    return None if isinstance(value, str) and value.strip() else "expected non-empty text"


def _validate_publisher(key: str, value) -> str | None:
    if key not in PUBLISHER_KEYS:
        return f"unknown field (known: {', '.join(sorted(PUBLISHER_KEYS))})"
    if key == "url":
        return _url_problem(value)
    if key == "overrides":
        return _overrides_problem(value)
    return None if isinstance(value, str) else "expected text"


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _url_problem(value) -> str | None:
    if isinstance(value, str) and re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
        return None
    return "expected an http:// or https:// URL"


def _original_problem(value) -> str | None:
    if not isinstance(value, dict):
        return f"expected a mapping with some of: {', '.join(sorted(ORIGINAL_KEYS))}"
    unknown = set(value) - ORIGINAL_KEYS
    if unknown:
        return f"unknown field(s) {', '.join(sorted(unknown))}"
    if "url" in value and _url_problem(value["url"]):
        return "url: expected an http:// or https:// URL"
    if "date" in value and not is_iso_date(str(_normal(value["date"]))):
        return "date: expected YYYY-MM-DD"
    if "authors" in value and not _strings(value["authors"]):
        return "authors: expected a list of strings"
    if "language" in value and not (isinstance(value["language"], str) and LANGUAGE.match(value["language"])):
        return "language: expected a language code such as en or ru"
    for key in ("title", "publisher"):
        if key in value and not (isinstance(value[key], str) and value[key].strip()):
            return f"{key}: expected non-empty text"
    return None


def _overrides_problem(value) -> str | None:
    if not isinstance(value, dict) or set(value) - {"keep", "drop"}:
        return "expected keep: and/or drop: lists of regular expressions"
    for kind in ("keep", "drop"):
        if not isinstance(value.get(kind) or [], list):
            return f"{kind}: expected a list of regular expressions (- pattern), not one"
        for pattern in value.get(kind, []) or []:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as error:
                return f"{kind}: invalid regular expression {pattern!r}: {error}"
    return None
