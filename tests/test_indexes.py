"""Index pages split long lists: every article is listed once per list, no page holds more than
`index_page_size` entries, and the pages link to each other."""
from __future__ import annotations

import posixpath
import re
from collections import Counter

import pytest

from readingroom import indexes
from readingroom.model import Rejected, evolve
from readingroom.settings import Settings
from corpora import make_article, run

SIZE = 4
LINK = re.compile(r"\]\(([^)\s]+\.md)(?:#[^)\s]*)?\)")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    articles = [make_article(f"a{i:02d}", [f"Text of article {i}. It has a sentence."], title=f"Article {i}",
                             date=None if i % 5 == 0 else f"{2016 + i % 2}-0{1 + i % 9}-1{i % 10}",
                             publisher=None if i % 7 == 0 else ("Daily One" if i % 3 else "Weekly Two"),
                             catalog_topics=("shared theme",) if i % 2 else ())
                for i in range(23)]
    return indexes.render_indexes(articles, [Rejected("broken.txt", "is empty")], Settings(index_page_size=SIZE))


def entries(text: str) -> list[str]:
    return re.findall(r"^- \[.*?\]\(\.\./(?:\.\./)?articles/([^/]+)/index\.md\)", text, re.M)


def table_rows(text: str) -> list[str]:
    return re.findall(r"^\| \[.*?\]\(\.\./articles/([^/]+)/index\.md\) \|", text, re.M)


@pytest.mark.parametrize("prefix", ["timeline/", "publishers/", "topics/"])
def test_list_pages_hold_at_most_a_page_of_entries(pages, prefix) -> None:
    listing = {path: entries(text) for path, text in pages.items() if path.startswith(prefix) and not path.endswith("index.md")}
    assert listing, prefix
    assert all(len(found) <= SIZE for found in listing.values()), {p: len(f) for p, f in listing.items()}
    assert any(len(found) == SIZE for found in listing.values()), "the sample must fill a page"


@pytest.mark.parametrize("prefix", ["timeline/", "publishers/"])
def test_every_article_is_listed_once(pages, prefix) -> None:
    listed = Counter(slug for path, text in pages.items() if path.startswith(prefix) for slug in entries(text))
    assert sorted(listed) == [f"a{i:02d}" for i in range(23)]
    assert set(listed.values()) == {1}


def test_report_table_is_split_and_lists_every_article_once(pages) -> None:
    tables = {path: table_rows(text) for path, text in pages.items() if path.startswith("report/articles")}
    assert len(tables) == 6 and all(len(rows) <= SIZE for rows in tables.values())
    assert sorted(slug for rows in tables.values() for slug in rows) == [f"a{i:02d}" for i in range(23)]
    assert table_rows(pages["report/index.md"]) == []
    assert "[1](articles.md)" in pages["report/index.md"] and "broken.txt" in pages["report/index.md"]


def test_links_between_index_pages_resolve(pages) -> None:
    for path, text in pages.items():
        for target in LINK.findall(text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            if not resolved.startswith(("articles/", "entities/", "about/")):  # rendered elsewhere
                assert resolved in pages, (path, target)


def test_pager_class_is_on_its_paragraph(pages) -> None:
    pagers = [text for text in pages.values() if "Pages: " in text]
    assert pagers
    for text in pagers:
        assert re.search(r"^\{: \.rr-pager \}$", text, re.M), "attr_list on a line of its own marks the paragraph"


def test_search_finds_article_text_on_the_article_not_on_lists(seed_site) -> None:
    """Index and entity pages repeat article text (summaries, sentences naming a person); search
    skips those repeats (data-search-exclude), so a phrase leads to its article."""
    import json

    corpus = json.loads((seed_site.docs / "corpus.json").read_text(encoding="utf-8"))
    index = json.loads((seed_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    openings = [a["paragraphs"][0]["text"][:50] for a in corpus["articles"] if a["paragraphs"]]
    assert len(openings) == 5
    for doc in index["docs"]:
        if not doc["location"].startswith("articles/"):
            text = re.sub(r"<[^>]+>", "", doc["text"])
            assert not [o for o in openings if o in text], doc["location"]
    found = {doc["location"].split("/")[1] for doc in index["docs"] for o in openings[:1]
             if doc["location"].startswith("articles/") and o in re.sub(r"<[^>]+>", "", doc["text"])}
    assert found == {corpus["articles"][0]["slug"]}


def test_entries_are_kept_while_what_they_read_is_unchanged() -> None:
    """`per_article`: a long-lived process lists an unchanged article with the entry it made
    before (and its repr, which keys rendered list pages), and makes a new one when anything
    the entry reads changed."""
    [article] = run([make_article("kept", ["A first sentence long enough to be a summary of the article. More."], title="Old")])
    first = indexes.entries_of([article])["kept"]
    assert indexes.entries_of([article])["kept"] is first
    assert repr(first) == repr(indexes.entry(article)) != repr(indexes.entry(evolve(article, slug="other")))
    retitled = evolve(article, title=evolve(article.title, value="New"))
    second = indexes.entries_of([retitled])["kept"]
    assert second.title == "New" and second is not first and repr(second) != repr(first)
    longer = evolve(retitled, paragraphs=retitled.paragraphs + retitled.paragraphs)
    assert indexes.entries_of([longer])["kept"].words == 2 * second.words


def test_a_summary_is_the_first_paragraph_that_reads_as_text() -> None:
    """Not a venue ("Ewood Park"), a score line or a photo's caption of names opening the text; a
    short first sentence is the lead all the same."""
    from corpora import make_article
    from readingroom.indexes import entry
    opening = "Blackburn host Burnley in the cup on Saturday, with both sides missing key players."
    assert entry(make_article("a", ["Ewood Park", opening])).summary == opening
    assert entry(make_article("b", ["Arsenal win 4-2 on penalties", opening])).summary == opening
    assert entry(make_article("c", ["Jamie Costin should be paralysed.", opening])).summary == "Jamie Costin should be paralysed."
    assert entry(make_article("d", ["Ewood Park"])).summary == "Ewood Park"  # nothing else to say


def test_publishers_named_like_the_folder_s_own_pages_get_pages_of_their_own() -> None:
    """"Index" would overwrite the list of publishers, "Unknown" the page of articles with none,
    "Daily 2" the second page of "Daily", "The-Times" the page of "The Times"."""
    names = ["Index", "Unknown", "Daily", "Daily 2", "The Times", "The-Times"]
    articles = [make_article(f"a{i:02d}", ["Text."], title=f"Article {i}", publisher=names[i % len(names)] if i < 18 else None)
                for i in range(20)]
    pages = indexes.render_indexes(articles, [], Settings(index_page_size=2))
    listed = re.findall(r"\| \[(.*?)\]\(([^)]+)\.md\) \| (\d+) \|", pages["publishers/index.md"])
    files = {name: file for name, file, _ in listed}
    assert set(files) == {*names, "Unknown publisher"} or set(files) >= set(names)
    assert len(set(files.values())) == len(files) and "index" not in files.values()
    for name, file, count in listed:
        assert f"publishers/{file}.md" in pages and f"# {name}" in pages[f"publishers/{file}.md"]


def test_an_index_says_how_it_orders_undated_articles() -> None:
    articles = [make_article(f"u{i}", ["Text."], title=f"Article {i}", publisher="Undated Daily") for i in range(3)]
    articles += [make_article(f"m{i}", ["Text."], title=f"Mixed {i}", date="2020-01-0{}".format(i + 1) if i else None,
                              publisher="Mixed Weekly") for i in range(3)]
    pages = indexes.render_indexes(articles, [], Settings(index_page_size=10))
    assert "published by Undated Daily, by title (none is dated)." in pages["publishers/undated-daily.md"]
    assert "published by Mixed Weekly, oldest first, then the undated ones by title." in pages["publishers/mixed-weekly.md"]


def test_the_home_page_does_not_promise_people_pages_that_do_not_exist() -> None:
    pages = indexes.render_indexes([make_article("a", ["Text."], title="A")], [], Settings())
    assert "None yet: this collection's curators have not listed the people" in pages["index.md"]
    assert "Names of people and organisations link" not in pages["index.md"]


def test_a_list_entry_is_a_title_link_its_standfirst_and_its_facts_in_one_list_item(pages) -> None:
    """Each on a line of its own in the Markdown, so that the item stays one tight list item:
    the title link, the standfirst and the facts as emphasis, which the stylesheet sets on lines
    of their own; attr_list marks the item."""
    import markdown

    page = next(text for path, text in pages.items() if path.startswith("timeline/") and "[Article 1]" in text)
    entry = re.search(r"^- \[Article 1\]\(.*\n(?:  .*\n)+", page, re.M).group()
    lines = entry.splitlines()
    assert len(lines) == 4 and lines[1].startswith("  Text of article 1"), lines
    assert re.fullmatch(r"  \*<time datetime=\"[\d-]+\">.*</time> · .* · \d+ words\*", lines[2]), lines[2]
    assert lines[3] == "  { .rr-entry data-search-exclude }"
    html = markdown.Markdown(extensions=["attr_list"]).convert(entry)
    assert re.fullmatch(r'<ul>\n<li class="rr-entry" data-search-exclude><a href="[^"]+">Article 1</a>\n'
                        r"  Text of article 1[^\n]*\n  <em><time [^\n]*words</em></li>\n</ul>", html), html


@pytest.mark.parametrize(("text", "sentence"), [
    ("Cena pojedinačne karte u Beogradu mogla bi od 1. juna da poraste sa 89 na 99 dinara. Druga rečenica.",
     "Cena pojedinačne karte u Beogradu mogla bi od 1. juna da poraste sa 89 na 99 dinara."),  # an ordinal's dot
    ("The new version of the Band Aid song Do They Know It's Christmas? has gone straight in at number one. More.",
     "The new version of the Band Aid song Do They Know It's Christmas? has gone straight in at number one."),
    ("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn. The firm said.",
     "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn."),
    ("新华社武汉5月14日电（记者 贺思远、林婉清）记者从湖北省生态环境厅获悉，平台14日正式投入运行。平台接入水质自动站。",
     "新华社武汉5月14日电（记者 贺思远、林婉清）记者从湖北省生态环境厅获悉，平台14日正式投入运行。"),  # a full-width stop
])
def test_an_index_entry_s_summary_is_the_text_s_first_sentence(text: str, sentence: str) -> None:
    assert indexes.first_sentence(text) == sentence
