"""The provenance stage's inferences from an article's own boilerplate (publisher, language)."""
from __future__ import annotations

import pytest

from readingroom.pipeline import process_text

BODY = [
    "The minister said on Tuesday that the new rules would take effect next spring, after a long debate in parliament.",
    "Critics argue that the measure does little to address the underlying problem and will burden small firms.",
    "Officials expect the first results to be published within a year, according to a statement from the ministry.",
]


@pytest.mark.parametrize("line, publisher", [
    ("© 2019 CBS Interactive. All rights reserved.", "CBS Interactive"),
    ("Copyright © 2024 The Daily Example, All Rights Reserved", "The Daily Example"),
    ("© 2018 U.S. News & World Report", "U.S. News & World Report"),
    ("Support The Moscow Times!", "The Moscow Times"),
    ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "Dow Jones & Company"),
    ("©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization", "Poynter Institute"),
    ("© Copyright 2019, The Spokesman-Review | Community Guidelines | Terms of Service", "The Spokesman-Review"),
    ("Copyright © 2010 AUTORACING. Todos os direitos reservados.", "AUTORACING"),
    ("© Copyright Example News 2018", "Example News"),
    ('Copyright ©2019 Express Newspapers. "Daily Express" is a registered trademark.', "Express Newspapers"),
    ("This material may not be published, broadcast, rewritten, or redistributed. ©2019 Example News Network, LLC. "
     "All rights reserved.", "Example News Network"),
    ("© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "Cable News Network"),
    ("© 2020 Warner Bros. Entertainment Inc. All rights reserved.", "Warner Bros. Entertainment"),
    ("Copyright © 2019 India Post Media Pvt. Ltd. All rights reserved.", "India Post Media"),
    # the legal form is left out, so that one publisher written with and without it is one
    ("© 2019 CBS Interactive Inc. All rights reserved.", "CBS Interactive"),
    ("© 2019 ScienceAlert Pty Ltd", "ScienceAlert"),
    ("Copyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty.", "RFE/RL"),
    ("© Harbury Gazette Limited 2025.", "Harbury Gazette"),
    # a name in quotation marks after its legal form or kind
    ("© АО «Бизнес Ньюс Медиа»", "Бизнес Ньюс Медиа"),
    ("© 2000-2025 Сетевое издание «Фонтанка.ру»", "Фонтанка.ру"),
    # without a sign or a year, with the rights phrase
    ("Copyright Folha de S.Paulo. Todos os direitos reservados.", "Folha de S.Paulo"),
])
def test_the_publisher_is_read_from_its_own_boilerplate(line: str, publisher: str) -> None:
    article = process_text("\n\n".join(["Parliament passes the new rules after a long debate", *BODY, line]))
    assert article.publisher.value == publisher
    assert article.publisher.origin.kind == "inferred" and article.publisher.origin.line == 2 * len(BODY) + 3


@pytest.mark.parametrize("tail", [[], ["© 2019 All rights reserved."], ["Copyright Policy"], ["© RIPRODUZIONE RISERVATA"],
                                  ["A village seen from the hill. © Lena Example für ZEIT ONLINE"],
                                  ["A cyclist rides past the plant on Tuesday. (Image: © Jane Doe/Example Photos)"],
                                  ["The lighthouse at Ostra. Photo © Nell Ashgrove"]])
def test_without_a_name_the_publisher_is_unknown(tail: list[str]) -> None:
    article = process_text("\n\n".join(["Parliament passes the new rules after a long debate", *BODY, *tail]))
    assert not article.publisher.known and article.language.value == "en"


def test_a_bare_picture_credit_is_no_publisher_beside_the_pages_own_notice() -> None:
    lines = ["Twelve mountain lakes", BODY[0], "© Getty Images", BODY[1], "© Getty Images", BODY[2], "© Alpine Pictures",
             "© Example Media GmbH 2024"]
    article = process_text("\n\n".join(lines))
    assert article.publisher.value == "Example Media"


HEADLINE = "New car sales plunge 10 percent in October"


@pytest.mark.parametrize("line, url", [
    ("https://www.example.com/business/article/New-car-sales-plunge-10-percent-in-October-14847624.php",
     "https://www.example.com/business/article/New-car-sales-plunge-10-percent-in-October-14847624.php"),
    ("https://www.example.com/articles/car-sales-october-plunge-51574168486", "https://www.example.com/articles/car-sales-october-plunge-51574168486"),
    ("https://www.example.com/business/article/Esper-says-US-providing-Vietnam-with-coast-guard", None),  # another story
    ("https://www.example.com/new-car-sales-plunge-october/\"><script>alert(1)</script>", None),  # not one address
    ("javascript:alert('new car sales plunge in october')", None),
    ("Read it at https://www.example.com/new-car-sales-plunge-october", None),  # not a line of its own
])
def test_the_page_address_is_the_articles_own_when_its_path_spells_the_headline(line: str, url: str | None) -> None:
    article = process_text("\n\n".join(["Home", line, HEADLINE, *BODY]))
    assert article.title.value == HEADLINE
    assert article.source_url.value == url
    if url:
        assert article.source_url.origin.kind == "inferred" and article.source_url.origin.line == 3


def test_the_catalog_s_rights_and_note_are_shown_on_the_page(tmp_path) -> None:
    """README: `rights:` and `note:` are shown in the page's "About this text" card, with the
    catalog line they come from (the note was accepted and dropped)."""
    import json
    import shutil

    from sitebuild import SEEDS

    from readingroom.build import build
    from readingroom.settings import Settings
    shutil.copytree(SEEDS, tmp_path / "sources")
    (tmp_path / "sources" / "catalog.yml").write_text(
        "articles:\n  000_78cbce7ec3912dbb:\n    rights: Reprinted with permission\n"
        "    note: Translated by the <b>class</b> of 2025\n", encoding="utf-8")
    build(Settings(sources=tmp_path / "sources", docs=tmp_path / "docs", cache_dir=tmp_path / "cache", workers=1))
    page = (tmp_path / "docs" / "articles" / "000-78cbce7ec3912dbb" / "index.md").read_text(encoding="utf-8")
    assert ("<td>Rights</td>\n<td>Reprinted with permission</td>\n<td>the curated catalog (catalog.yml line 3)</td>"
            in page)
    assert ("<td>Catalog note</td>\n<td>Translated by the &lt;b&gt;class&lt;/b&gt; of 2025</td>\n"
            "<td>the curated catalog (catalog.yml line 4)</td>" in page)
    corpus = json.loads((tmp_path / "docs" / "corpus.json").read_text(encoding="utf-8"))
    entry = next(a for a in corpus["articles"] if a["id"] == "000_78cbce7ec3912dbb")
    assert entry["note"] == "Translated by the <b>class</b> of 2025"
