"""Corpus stage: people, organisations and places, from `sources/entities.yml` and the text.

Takes the curated `EntityCatalog` (parsed from YAML, errors carrying file and line) and finished
articles; fills `Article.mentions` in reading order, each with its sentence and whether a
quotation in that sentence is attributed to the entity. Also derives descriptions from
appositives in the text ("Konstantin Remchukov, editor-in-chief of Nezavisimaya Gazeta") and
proposes recurring proper names missing from the catalog as candidates. Renders nothing (see
`entity_pages`) and does not resolve pronouns ("he said" is not attributed to anyone).

Alias matching is a dictionary lookup of token n-grams (an inverted index keyed by the first
token), so its cost grows with the text, not with the number of aliases.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import yaml

from .catalog import CatalogError, yaml_value
from .memo import Memo
from .model import BLOCK_KINDS, Article, ArticleId, Mention, Paragraph, evolve
from .slugs import make_slug
from .stopwords import ENGLISH_STOP_WORDS

EntityKind = Literal["person", "organisation", "place"]
SECTIONS: dict[str, EntityKind] = {"people": "person", "organisations": "organisation", "places": "place"}
ENTRY_KEYS = {"name": "as readers know it", "aliases": "list of other spellings", "id": "slug (default: from name)",
              "description": "neutral common knowledge only"}
CATALOG_ORIGIN = "entities.yml"


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    description: str | None = None
    description_origin: str = ""
    """`entities.yml`, or `<article id>#<paragraph id>` of the sentence the description came from."""
    line: int = 0
    """Line of the entry in entities.yml (0 when built in code)."""

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class EntityCatalog:
    entities: tuple[Entity, ...] = ()
    errors: tuple[CatalogError, ...] = ()

    def get(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}


@dataclass(frozen=True)
class Candidate:
    """A recurring proper name that is not in the catalog, proposed to maintainers."""

    name: str
    occurrences: int
    articles: tuple[ArticleId, ...]


# --- parsing entities.yml -------------------------------------------------------------------

RESERVED_IDS = frozenset({"index", "candidates"})
"""Page names the entities folder uses for itself: an entity named "Index" gets `index-entity`."""

def parse_entities(text: str, file: str = "entities.yml") -> EntityCatalog:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return EntityCatalog(errors=(CatalogError(file, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(error, 'problem', error)}"),))
    if root is None:
        return EntityCatalog()
    if not isinstance(root, yaml.MappingNode):
        return EntityCatalog(errors=(CatalogError(file, root.start_mark.line + 1, "expected a mapping with people:, organisations:, places:"),))
    errors: list[CatalogError] = []
    found: list[Entity] = []
    for key, value in root.value:
        kind = SECTIONS.get(key.value) if isinstance(key, yaml.ScalarNode) else None
        if not isinstance(key, yaml.ScalarNode):
            errors.append(CatalogError(file, key.start_mark.line + 1, "a key must be a name, not a list or mapping"))
        elif kind is None:
            errors.append(CatalogError(file, key.start_mark.line + 1, f"unknown section `{key.value}` (use {', '.join(SECTIONS)})"))
        elif not isinstance(value, yaml.SequenceNode):
            errors.append(CatalogError(file, value.start_mark.line + 1, f"`{key.value}` must be a list of entries (- name: ...)"))
        else:
            found += [e for node in value.value if (e := _entry(node, kind, file, errors))]
    return EntityCatalog(entities=_unique(found, file, errors), errors=tuple(errors))


def _entry(node, kind: EntityKind, file: str, errors: list[CatalogError]) -> Entity | None:
    line = node.start_mark.line + 1
    values: dict = {}
    if isinstance(node, yaml.ScalarNode) and str(node.value).strip():
        values["name"] = str(node.value)  # "- Ukraine": a bare name is an entry with no aliases
    elif not isinstance(node, yaml.MappingNode):
        errors.append(CatalogError(file, line, "expected an entry with name: (and optional aliases:, description:)"))
        return None
    for key, value in node.value if isinstance(node, yaml.MappingNode) else ():
        if not isinstance(key, yaml.ScalarNode):
            errors.append(CatalogError(file, key.start_mark.line + 1, "a key must be a name, not a list or mapping"))
            continue
        python, problem = yaml_value(value)
        problem = problem or _problem(key.value, python)
        if problem:
            errors.append(CatalogError(file, key.start_mark.line + 1, f"{key.value}: {problem}"))
        else:
            values[key.value] = python
    if "name" not in values:
        if not any(isinstance(key, yaml.ScalarNode) and key.value == "name" for key, _ in node.value):
            errors.append(CatalogError(file, line, "entry without a name"))  # (a name that could not be read was reported)
        return None
    name = " ".join(values["name"].split())
    description = values.get("description")
    slug = make_slug(name, fallback="entity")
    return Entity(id=values.get("id") or (f"{slug}-entity" if slug in RESERVED_IDS else slug), name=name, kind=kind,
                  aliases=tuple(" ".join(a.split()) for a in values.get("aliases") or ()),
                  description=" ".join(description.split()) if description else None,
                  description_origin=CATALOG_ORIGIN if description else "", line=line)


def _problem(key: str, value) -> str | None:
    if key not in ENTRY_KEYS:
        return f"unknown field (known: {', '.join(sorted(ENTRY_KEYS))})"
    if key == "aliases":
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        return None if ok else "expected a list of names"
    if key == "id":
        if isinstance(value, str) and value in RESERVED_IDS:
            return f"`{value}` is the name of a page of the list itself (reserved: {', '.join(sorted(RESERVED_IDS))})"
        return None if isinstance(value, str) and value == make_slug(value) else "expected a slug (lowercase letters, digits, hyphens)"
    return None if isinstance(value, str) and value.strip() else "expected non-empty text"


def _unique(found: list[Entity], file: str, errors: list[CatalogError]) -> tuple[Entity, ...]:
    """Drop entries whose id, or one of whose names, an earlier entry already claimed."""
    ids: set[str] = set()
    owners: dict[tuple[str, ...], Entity] = {}
    kept = []
    for entity in found:
        if entity.id in ids:
            errors.append(CatalogError(file, entity.line, f"duplicate id `{entity.id}`"))
            continue
        clash = next((s for s in entity.surfaces if owners.get(_alias_key(s), entity) is not entity), None)
        if clash:
            errors.append(CatalogError(file, entity.line, f"`{clash}` already names `{owners[_alias_key(clash)].id}`"))
            continue
        ids.add(entity.id)
        owners.update({_alias_key(s): entity for s in entity.surfaces})
        kept.append(entity)
    return tuple(sorted(kept, key=lambda e: e.id))


# --- tokens and sentences -------------------------------------------------------------------

# Dotted acronyms ("U.S.") are one token; otherwise words with inner apostrophes ("Putin’s",
# "O'Brien"). Hyphens and dashes split tokens, so "Putin-Trump" and "al-Assad" match word-wise.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# Between the words of one name: spaces, or a hyphen or dash ("Russia—Eurasia").
_NAME_GAP = re.compile(r"^(?:[ \t\u00a0]{1,2}|\s*[-\u2010\u2011\u2013\u2014]\s*)$")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str


def tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if _POSSESSIVE.search(word) and len(word) > 2:
            word, end = word[:-2], end - 2
        out.append(Token(m.start(), end, word, word.casefold().replace("’", "'")))
    return out


def _alias_key(surface: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokens(surface))


# Abbreviations after which a full stop does not end a sentence (titles, initials, "U.S.").
_ABBREVIATIONS = frozenset("mr mrs ms dr st gen lt col sgt prof rev sen rep gov jr sr inc ltd co corp vs etc jan feb "
                           "mar apr jun jul aug sep sept oct nov dec".split())
# A sentence may also go on after a dash: "... Nezavisimaya Gazeta. — We saw his campaign."
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]*]*(?=\s+(?:[—–-]\s+)?[\"“‘(\[]?[A-Z0-9А-Я])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? … before a capital, unless after an abbreviation."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)\.?$", text[start:m.start() + 1])
        word = before.group(1) if before else ""
        if text[m.start()] == "." and _abbreviation(word, text[start:m.start()], text[m.end():]):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def _abbreviation(word: str, before: str, after: str) -> bool:
    """A full stop after "Mr", an initial ("George W. Bush"), "U.S" or "No" before a number."""
    return (word.casefold() in _ABBREVIATIONS or bool(re.fullmatch(r"[A-Z]", word))
            or bool(re.search(r"(?:[A-Z]\.)+[A-Z]$", before)) or (word == "No" and after.lstrip()[:1].isdigit()))


def first_sentence(text: str) -> str:
    spans = split_sentences(text)
    return text[spans[0][0]:spans[0][1]] if spans else text


# --- matching -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Match:
    entity: str
    start: int
    end: int
    surface: str


class Matcher:
    """All names and aliases of a catalog, looked up by token n-grams."""

    def __init__(self, catalog: EntityCatalog):
        self.index: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
        for entity in catalog.entities:
            for surface in entity.surfaces:
                words = tuple(t.text for t in tokens(surface))
                if words:
                    self.index.setdefault(_alias_key(surface), (entity.id, words))
        self.first = {key[0] for key in self.index}
        self.longest = max((len(key) for key in self.index), default=0)
        # Per entity, the words of all its names ("george", "w", "bush"), and whether it has a
        # name of several words: its one-word aliases are then part of a name ("Bush").
        self.words = {e.id: {t.key for s in e.surfaces for t in tokens(s)} for e in catalog.entities}
        self.longer = {e.id for e in catalog.entities if any(len(tokens(s)) > 1 for s in e.surfaces)}

    def find(self, text: str, toks: Sequence[Token] | None = None) -> list[Match]:
        toks = tokens(text) if toks is None else toks
        found, i = [], 0
        while i < len(toks):
            n = self._match_at(text, toks, i) if toks[i].key in self.first else 0
            if n:
                entity, _ = self.index[tuple(t.key for t in toks[i:i + n])]
                if n == 1 and entity in self.longer and self._other_first_name(text, toks, i, entity):
                    i += 1
                    continue
                found.append(Match(entity, toks[i].start, toks[i + n - 1].end, text[toks[i].start:toks[i + n - 1].end]))
            i += n or 1
        return found

    def _other_first_name(self, text: str, toks: Sequence[Token], i: int, entity: str) -> bool:
        """The one-word alias (a surname) follows another name: "Kate Bush", "Cherie Blair",
        "20th Century Fox" are not George W Bush, Tony Blair or Liam Fox. Not after a title ("Mr
        Bush", "President Bush"), a word of the entity's own names ("George Bush"), or a word
        that starts a sentence ("Yesterday Bush said")."""
        if i == 0:
            return False
        before = toks[i - 1]
        if not before.text[:1].isupper() or text[before.end:toks[i].start] not in (" ", "\u00a0"):
            return False  # ("Putin-Trump", "Obama-Clinton": two names)
        if before.key in self.words[entity] or before.key.rstrip(".") in _TITLE_WORDS or before.key in _NOT_A_NAME:
            return False
        opening = text[:before.start].rstrip()
        if not opening or opening.endswith((".", "!", "?", ":", "\"", "“", "'", "‘", "(", "—", "–", "-")):
            return before.key not in _SENTENCE_OPENERS  # "Yesterday Bush said", but "Kate Bush sang"
        return True

    def _match_at(self, text: str, toks: Sequence[Token], i: int) -> int:
        for n in range(min(self.longest, len(toks) - i), 0, -1):
            hit = self.index.get(tuple(t.key for t in toks[i:i + n]))
            if hit and _same_shape(hit[1], toks[i:i + n]) and _joined(text, toks[i:i + n]):
                return n
        return 0


def _same_shape(alias: Sequence[str], words: Sequence[Token]) -> bool:
    """A capitalised alias needs capitalised text; an acronym needs capitals ("Nato" for NATO)."""
    for want, got in zip(alias, words):
        letters = want.replace(".", "")
        if len(letters) > 1 and letters.isupper():
            if not (got.text.replace(".", "").isupper() or (len(letters) >= 4 and got.text.istitle())):
                return False
        elif want[:1].isupper() and not got.text[:1].isupper():
            return False
    return True


def _joined(text: str, words: Sequence[Token]) -> bool:
    return all(_NAME_GAP.match(text[a.end:b.start]) for a, b in zip(words, words[1:]))


# --- quotations -----------------------------------------------------------------------------

# A quotation is text between typographic or straight double quotes (or guillemets) of at least
# two words; single quotes are left out because they double as apostrophes. An opening quote
# that is never closed runs to the end of the paragraph (multi-paragraph quotations).
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)", re.S)
MIN_QUOTE_WORDS = 2
# A short quoted term after an article is a name for a thing, not a quotation: a “grand
# bargain”, the so-called “Kissinger plan” (both in the seeds, neither attributed to anyone).
SCARE_QUOTE_MAX_WORDS = 3
_TERM_BEFORE = re.compile(r"\b(?:a|an|the|so-called|this|that|its|their|his|her)\s*$", re.I)
# Verbs that attribute speech or writing, in the forms news copy uses.
SPEECH_VERBS = (r"(?:say|says|said|tell|tells|told|write|writes|wrote|argue[sd]?|add(?:s|ed)?|believe[sd]?|"
                r"continue[sd]?|explain(?:s|ed)?|insist(?:s|ed)?|note[sd]?|state[sd]?|warn(?:s|ed)?|claim(?:s|ed)?|"
                r"suggest(?:s|ed)?|declare[sd]?|recall(?:s|ed)?|comment(?:s|ed)?|conclude[sd]?|ask(?:s|ed)?|"
                r"repl(?:y|ies|ied)|tweet(?:s|ed)?|predict(?:s|ed)?|admit(?:s|ted)?|stress(?:es|ed)?|"
                r"announce[sd]?|acknowledge[sd]?|emphasi[sz]e[sd]?)")
# "Minin says", "Gabuyev, director of ..., wrote", "Kellogg ..., who argued", "Putin also said".
_SPEAKER_BEFORE_VERB = re.compile(
    r"^\**\s*(?:,[^,“”\"«»]{1,160},\s*(?:who\s+)?|\s+as\s[^,“”\"«»]{1,100},\s*who\s+)?(?:(?:also|then|later|once|has|had|have|for\s+his\s+part|for\s+her\s+part|\w+ly)\s+){0,3}"
    + SPEECH_VERBS + r"\b", re.I)
# "..., said Konstantin Remchukov" and "according to political analyst Andrei Piontkovsky".
_VERB_BEFORE_SPEAKER = re.compile(r"(?:\b" + SPEECH_VERBS + r"|according\s+to)\s+((?:[\w-]+\s+){0,4})$", re.I)
# Words that end an attribution: "said that Trump ..." names Trump as the subject, not the speaker.
_NOT_A_TITLE = frozenset("that to of about in on at with for by from and but when if him her them it us he she they we i you "
                         "this these those which who what how whether".split())


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _QUOTE.finditer(text):
        words = len(m.group().split())
        term = words <= SCARE_QUOTE_MAX_WORDS and _TERM_BEFORE.search(text[:m.start()])
        if words >= MIN_QUOTE_WORDS and not term:
            spans.append((m.start(), m.end()))
    return spans


def is_speaker(sentence: str, start: int, end: int) -> bool:
    """Whether the name at sentence[start:end] is bound to a speech verb or "according to"."""
    if _SPEAKER_BEFORE_VERB.match(sentence[end:]):
        return True
    m = _VERB_BEFORE_SPEAKER.search(sentence[:start])
    if not m or any(w.casefold() in _NOT_A_TITLE for w in m.group(m.lastindex).split()):
        return False
    # "according to Regnum commentator Yury Baranchik": Regnum qualifies the speaker named next.
    title = re.match(r"^\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+[A-Z]", sentence[end:])
    return not (title and title.group(1).split()[-1].casefold() in ROLE_NOUNS)


# --- the corpus stage -----------------------------------------------------------------------

def link_entities(articles: list[Article], ctx) -> list[Article]:
    matcher = Matcher(ctx.entities)
    kinds = {e.id: e.kind for e in ctx.entities.entities}
    if not matcher.index:
        return articles
    return [a if a.duplicate_of is not None else evolve(a, mentions=find_mentions(a, matcher, kinds)) for a in articles]


def find_mentions(article: Article, matcher: Matcher, kinds: dict[str, EntityKind]) -> tuple[Mention, ...]:
    out: list[Mention] = []
    for paragraph in article.paragraphs:
        if paragraph.kind not in BLOCK_KINDS:  # (a program's names are its own; a table shows its cells as copied)
            out += _paragraph_mentions(paragraph, matcher, kinds)
    return tuple(out)


def _paragraph_mentions(paragraph: Paragraph, matcher: Matcher, kinds: dict[str, EntityKind]) -> Iterator[Mention]:
    text = paragraph.text
    matches = matcher.find(text)
    if not matches:
        return
    quotes = quote_spans(text)
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        has_quote = any(q0 < s_end and q1 > s_start for q0, q1 in quotes)
        for m in (m for m in matches if s_start <= m.start < s_end):
            inside = any(q0 <= m.start < q1 for q0, q1 in quotes)
            quoted = (has_quote and not inside and kinds.get(m.entity) != "place"
                      and is_speaker(sentence, m.start - s_start, m.end - s_start))
            yield Mention(entity=m.entity, paragraph=paragraph.id, sentence=sentence, surface=m.surface, quoted=quoted)


# --- descriptions from the text -------------------------------------------------------------

# Nouns that make a phrase next to a name a description of a role ("a senior fellow at ...").
ROLE_NOUNS = frozenset(
    "president minister secretary analyst commentator columnist journalist writer editor editor-in-chief director "
    "fellow professor scholar expert oligarch envoy general spokesman spokeswoman spokesperson ambassador adviser "
    "advisor leader chairman chairwoman chair head founder chief officer correspondent historian economist "
    "politician diplomat deputy governor mayor senator congressman congresswoman member researcher author "
    "blogger host presenter anchor businessman businesswoman billionaire lawyer judge prosecutor official "
    "strategist scientist sociologist political_scientist vice-president premier chancellor king queen prince "
    "candidate activist dissident banker executive ceo owner publisher".split())
# Lower-case words that may precede a role noun in a title ("retired", "press secretary").
TITLE_MODIFIERS = frozenset("retired former senior junior press right-wing left-wing foreign deputy vice chief acting "
                            "incoming outgoing prime leading well-known veteran opposition".split())
# "Konstantin Remchukov, editor-in-chief of Nezavisimaya Gazeta." / "..., a senior fellow at X, said"
_APPOSITIVE = re.compile(r"^\**,\s+((?:an?\s+|the\s+)?[^,;:“”\"«»()]{3,140}?)\**(?=,|\.(?:\s|$)|;|:|\s+(?:who|which)\b|$)")
# Words that stop the walk back from a name over a preposed title ("according to | political analyst").
_TITLE_STOP = frozenset("a an the his her its their our my your to of by with from and or but in on at for as is was are were be "
                        "been will would said says that which who when if than then".split())


def describe_entities(articles: Sequence[Article], catalog: EntityCatalog) -> EntityCatalog:
    """The catalog with a description for each entity the text describes (curated ones are kept)."""
    found: dict[str, tuple[int, str, str]] = {}
    people = {e.id for e in catalog.entities if e.kind == "person"}
    for article in sorted((a for a in articles if a.duplicate_of is None), key=lambda a: a.id):
        for mention in article.mentions:
            best = found.get(mention.entity)
            if mention.entity not in people or (best and best[0] == 0):
                continue
            described = _description(mention)
            if described and (best is None or described[0] < best[0]):
                found[mention.entity] = (described[0], described[1], f"{article.id}#{mention.paragraph}")
    entities = tuple(e if e.description or e.id not in found else
                     replace(e, description=found[e.id][1], description_origin=found[e.id][2]) for e in catalog.entities)
    return replace(catalog, entities=entities)


def _description(mention: Mention) -> tuple[int, str] | None:
    """(0, appositive), (1, preposed title) or (2, one-word title) around the mention in its sentence."""
    where = mention.sentence.find(mention.surface)
    if where < 0:
        return None
    m = _APPOSITIVE.match(mention.sentence[where + len(mention.surface):])
    if m and _has_role(m.group(1).split()[:6]) and _opens_a_noun_phrase(m.group(1).split()[0]):
        return 0, _tidy(m.group(1))
    title: list[str] = []
    for word in reversed(mention.sentence[:where].split()):
        if not _title_word(word) or len(title) == 4:
            break
        title.insert(0, word)
    if title and title[-1].casefold() in ROLE_NOUNS:
        return 1 if len(title) > 1 else 2, _tidy(" ".join(title))
    return None


def _opens_a_noun_phrase(word: str) -> bool:
    """An appositive names what someone is ("a senior fellow", "editor-in-chief of", "Russia's
    envoy"); one that opens with another word is the sentence going on ("..., became Britain's
    longest-serving chancellor")."""
    low = word.casefold().strip("*")
    return (low in ("a", "an", "the") or low in ROLE_NOUNS or low in TITLE_MODIFIERS or word[:1].isupper()
            or low.endswith(("'s", "’s")) or re.split(r"[-—–]", low)[0] in ROLE_NOUNS)


def _title_word(word: str) -> bool:
    """Words of a preposed title: "retired Lieutenant General", "political analyst", "press secretary";
    not a word that opens the sentence ("Meanwhile Lib Dem leader", "Since President")."""
    if word.casefold() in _TITLE_STOP or word.casefold() in _SENTENCE_ADVERBS or not re.fullmatch(r"[\w-]+", word):
        return False
    low = word.casefold()
    return word[:1].isupper() or low in ROLE_NOUNS or low in TITLE_MODIFIERS or low.endswith(("al", "ic", "ian", "ist"))


def _has_role(words: Sequence[str]) -> bool:
    return any(part in ROLE_NOUNS for w in words for part in re.split(r"[—–]", w.casefold().strip("*,.")))


def _tidy(text: str) -> str:
    text = " ".join(text.replace("*", "").split()).rstrip(" .,")
    return text[:1].upper() + text[1:]


def entity_titles(catalog: EntityCatalog, articles: Sequence[Article]) -> dict[str, str]:
    """Entity id -> tooltip text: the name, and its description when there is one."""
    described = describe_entities(articles, catalog)
    return {e.id: f"{e.name}: {e.description}" if e.description else e.name for e in described.entities}


def export_entities(catalog: EntityCatalog, articles: Sequence[Article]) -> list[dict]:
    """Entities as plain data for corpus.json, with mention counts."""
    mentions: Counter[str] = Counter()
    quoted: Counter[str] = Counter()
    in_articles: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for m in article.mentions:
            mentions[m.entity] += 1
            quoted[m.entity] += m.quoted
            in_articles[m.entity].add(article.id)
    return [{"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases), "description": e.description,
             "description_origin": e.description_origin, "mentions": mentions[e.id], "quoted": quoted[e.id],
             "articles": sorted(in_articles[e.id])}
            for e in describe_entities(articles, catalog).entities]


# --- candidates -----------------------------------------------------------------------------

# Capitalised words that start or end a run without being part of a name.
_TITLE_WORDS = frozenset("mr mrs ms dr president prime minister secretary general gen lt lieutenant colonel sir lord lady "
                         "king queen prince princess pope chancellor senator governor mayor judge professor prof st saint "
                         "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                         "july august september october november december".split())
CANDIDATE_MAX_WORDS = 4
# Words that start a sentence before a surname without being a first name ("Yesterday Bush said").
_SENTENCE_ADVERBS = frozenset("yesterday today tomorrow meanwhile however now later earlier still also instead indeed "
                              "but and so then since when while after before although though because if once".split())
_SENTENCE_OPENERS = ENGLISH_STOP_WORDS | _SENTENCE_ADVERBS
# Capitalised words before a surname that do not make it another person's: "Labour leader Blair"
# reads "leader", but "Former", "Tory", "Democrat" often stand before one too.
_NOT_A_NAME = frozenset("former late then new mr mrs ms dr sir lord lady tory labour democrat republican conservative "
                        "liberal us uk british american french german russian chinese ex".split())


def discover_candidates(articles: Sequence[Article], catalog: EntityCatalog, settings, memo: Memo | None = None,
                        ) -> tuple[Candidate, ...]:
    """Runs of 2-4 capitalised words, outside catalog names, found in enough articles."""
    memo = memo or Memo()
    matcher = Matcher(catalog)
    kind = "entities.runs:" + hashlib.blake2b(repr(catalog.entities).encode(), digest_size=8).hexdigest()

    def runs(text: str) -> list[tuple[str, str]]:
        return [(" ".join(_alias_key(name)), name) for name in _proper_runs(text, matcher, ENGLISH_STOP_WORDS)]
    last = memo.carried.pop(CANDIDATES, None)  # taken: a failure below leaves nothing half patched
    tally = last if isinstance(last, Tally) and last.kind == kind else Tally(kind)
    now: dict[ArticleId, tuple[tuple, bytes, list[tuple[str, str]]]] = {}
    for article in articles:
        if article.duplicate_of is not None:
            continue
        was = tally.runs.get(article.id)
        if was is not None and was[0] is article.paragraphs:
            now[article.id] = was
            memo.get_by_digest(kind, was[1], lambda: was[2])  # noqa: B023 - kept for the next build
            continue
        text = "\n\n".join(p.text for p in article.paragraphs if p.kind not in ("heading", "caption", "stamp", *BLOCK_KINDS))
        now[article.id] = (article.paragraphs, memo.digest(text), memo.get(kind, text, lambda: runs(text)))  # noqa: B023
    tally.move_to(now)
    memo.carried[CANDIDATES] = tally
    floor = max(1, settings.entity_candidate_min_articles)
    found = [Candidate(min(tally.seen[k].items(), key=lambda kv: (-kv[1], kv[0]))[0], sum(tally.seen[k].values()), tuple(sorted(where)))
             for k, where in tally.where.items() if len(where) >= floor]
    return tuple(sorted(found, key=lambda c: (-len(c.articles), -c.occurrences, c.name)))


CANDIDATES = "entities.candidates"
"""The memo's name for the last build's `Tally` of proper-name runs (`Memo.carried`)."""


@dataclass
class Tally:
    """Proper-name runs counted over the articles: per run (by its alias key), how often each
    spelling occurs and which articles have it. Kept between builds and moved article by
    article (`move_to`): a rebuild after one edit counts one article's runs again instead of
    2,071 (0.1 s on BBC)."""

    kind: str
    runs: dict[ArticleId, tuple[tuple, bytes, list[tuple[str, str]]]] = field(default_factory=dict)
    """Per article, (its paragraphs, the digest of its text, its runs as (key, spelling))."""
    seen: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    where: dict[str, set[ArticleId]] = field(default_factory=lambda: defaultdict(set))

    def move_to(self, runs: dict[ArticleId, tuple[tuple, bytes, list[tuple[str, str]]]]) -> None:
        """Count these articles' runs instead of the last ones."""
        for article, was in self.runs.items():
            if runs.get(article) is not was:
                self._count(article, was[2], -1)
        for article, found in runs.items():
            if self.runs.get(article) is not found:
                self._count(article, found[2], 1)
        self.runs = runs

    def _count(self, article: ArticleId, found: list[tuple[str, str]], sign: int) -> None:
        for key, name in found:
            names = self.seen[key]
            names[name] += sign
            if sign > 0:
                self.where[key].add(article)
                continue
            if names[name] <= 0:
                del names[name]
            self.where[key].discard(article)
            if not names:
                del self.seen[key], self.where[key]


# Two or more capitalised words joined by spaces or hyphens: the only places a name can be, so
# only these are tokenised and looked up (tokenising every paragraph took 4 s on BBC).
_CAPITALISED_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w'’]*)"  # a full stop only after an initial: "George W. Bush"
_CAPITALISED_RUN = re.compile(_CAPITALISED_WORD + r"(?:(?:[ \t\u00a0]{1,2}|[ \t]*[-\u2010\u2011\u2013\u2014][ \t]*)" + _CAPITALISED_WORD + ")+")


def _proper_runs(text: str, matcher: Matcher, stop_words: Iterable[str]) -> Iterator[str]:
    for found in _CAPITALISED_RUN.finditer(text):
        run_text = found.group()
        toks = tokens(run_text)
        taken = {i for hit in matcher.find(run_text, toks) for i, t in enumerate(toks) if hit.start <= t.start < hit.end}
        run: list[Token] = []
        for i, tok in enumerate([*toks, None]):
            if tok is not None and i not in taken and tok.text[:1].isupper() and not tok.text.isdigit():
                run.append(tok)
                continue
            name = _trim(run, stop_words)
            if 2 <= len(name) <= CANDIDATE_MAX_WORDS:
                yield run_text[name[0].start:name[-1].end]
            run = []


def _trim(run: list[Token], stop_words) -> list[Token]:
    def noise(t: Token) -> bool:
        return t.key in stop_words or t.key in _TITLE_WORDS or t.text.isupper()
    # A title before a name, however long: "Foreign Secretary Jack Straw", "Shadow Home Secretary David
    # Davis" (when a name of two words or more follows: "General Motors" stays whole).
    last_title = max((i for i, t in enumerate(run[:-2]) if t.key in _TITLE_WORDS), default=-1)
    run = run[last_title + 1:]
    while run and noise(run[0]):
        run = run[1:]
    while run and noise(run[-1]):
        run = run[:-1]
    return run
