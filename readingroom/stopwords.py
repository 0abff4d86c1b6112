"""Stop words: English (the list of the Glasgow Information Retrieval Group, as scikit-learn
ships it), and other languages' for texts marked with their language (`marked`).

Copied from scikit-learn 1.9.1 (`sklearn/feature_extraction/_stop_words.py`, BSD-3-Clause;
the original list: http://ir.dcs.gla.ac.uk/resources/linguistic_utils/stop_words) rather than
imported: importing scikit-learn took 1.1-1.7 s of every build's start-up on this machine, for
this list, a tokenising pattern and a row normalisation (`relate._analyse`, `memo.l2_rows`).
`tests/test_memo.py` checks that the copy still equals scikit-learn's.
"""
from __future__ import annotations

import functools

ENGLISH_STOP_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amoungst amount an and another any anyhow anyone anything anyway
anywhere are around as at back be became because become becomes becoming been before beforehand
behind being below beside besides between beyond bill both bottom but by call can cannot cant co
con could couldnt cry de describe detail do done down due during each eg eight either eleven
else elsewhere empty enough etc even ever every everyone everything everywhere except few
fifteen fifty fill find fire first five for former formerly forty found four from front full
further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers
herself him himself his how however hundred i ie if in inc indeed interest into is it its itself
keep last latter latterly least less ltd made many may me meanwhile might mill mine more
moreover most mostly move much must my myself name namely neither never nevertheless next nine
no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own part per perhaps please put rather re same see
seem seemed seeming seems serious several she should show side since sincere six sixty so some
somehow someone something sometime sometimes somewhere still such system take ten than that the
their them themselves then thence there thereafter thereby therefore therein thereupon these
they thick thin third this those though three through throughout thru thus to together too top
toward towards twelve twenty two un under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves
""".split())


# --- other languages ----------------------------------------------------------------------------
# The analyses that drop stop words (related pieces, passage links, topics) read a text in
# another language than English with that language's stop words too: without them, texts in
# one language were alike by their function words ("shared themes: und, über, die"). The lists
# come from the `stop-words` package (python-stop-words, BSD-3-Clause, 33 languages).

LANGUAGE_MARK = "\x00"
"""A text in another language than English is analysed as MARK + code + MARK + text: the memo
and the helper process know texts by their digest, so the same words read in two languages
are two texts."""


def language_code(language: str | None) -> str:
    """The primary subtag of a language tag ("pt-BR" -> "pt"); English when unknown."""
    return language.split("-")[0].lower() if language else "en"


def marked(text: str, language: str | None) -> str:
    """`text` as the analyses read it in `language` (unchanged for English or an unknown language)."""
    code = language_code(language)
    return text if code == "en" else f"{LANGUAGE_MARK}{code}{LANGUAGE_MARK}{text}"


def unmarked(text: str) -> tuple[str, str]:
    """(language code, text) of a text `marked` gave."""
    if text.startswith(LANGUAGE_MARK):
        code, _, body = text[1:].partition(LANGUAGE_MARK)
        return code, body
    return "en", text


NORWEGIAN = {"no": "nb"}


@functools.lru_cache(maxsize=64)
def stop_words_of(code: str) -> frozenset[str]:
    """Stop words of a language other than English, lower case (empty for English, which has
    the list above, and for a language the package has no list for)."""
    if code == "en":
        return frozenset()
    from stop_words import StopWordError, get_stop_words  # only for collections in other languages
    try:  # the classifier names Norwegian "no"; the package's list is Bokmål's, "nb"
        words = [w.lower().replace("’", "'") for w in get_stop_words(NORWEGIAN.get(code, code))]
    except StopWordError:
        return frozenset()
    # "aujourd'hui" reaches the analyses as "aujourd" and "hui": its parts are stop words too
    return frozenset(words) | {part for w in words if "'" in w for part in w.split("'") if len(part) >= 2}
