"""Golden tests of the per-article stages (boilerplate -> structure), one folder per quirk.

Each `cases/structure/<quirk>/input.txt` is a real article (mostly a seed) trimmed to one
quirk; `expected.json` is the reviewed result. Regenerate with `pytest --update-goldens`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from golden import check_golden
from readingroom.pipeline import process_text
from readingroom.structure import name_with_role, parse_byline, paragraph_id, wire_reporters

CASES = sorted(p for p in (Path(__file__).parent / "cases" / "structure").iterdir() if p.is_dir())


def summary(text: str, name: str) -> dict:
    article = process_text(text, name)
    return {
        "title": article.title.value,
        "subtitle": article.subtitle.value,
        "authors": list(article.authors.value or ()),
        "date": article.date.value,
        "date_origin": article.date.origin.describe(),
        "truncated": article.truncated.value,
        "paragraphs": [[p.kind, p.line, p.text[:90]] for p in article.paragraphs],
        "footnotes": [[n.marker, n.line, n.text[:60]] for n in article.footnotes],
        "inner_headers": [[h.title, list(h.authors)] for h in article.inner_headers],
        "stripped": [[s.line, s.reason] for s in article.stripped],
        "metadata_lines": [list(m) for m in article.metadata_lines],
        "notices": [[n.kind, n.line] for n in article.notices],
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_structure_case(case: Path, update_goldens: bool) -> None:
    text = (case / "input.txt").read_text(encoding="utf-8")
    check_golden(case / "expected.json", summary(text, case.name), update_goldens)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_line_in_exactly_one_place(case: Path) -> None:
    article = process_text((case / "input.txt").read_text(encoding="utf-8"), case.name)
    non_empty = [line.number for line in article.lines if line.text.strip()]
    places = [n for p in article.paragraphs for n in p.lines if n in non_empty] + [s.line for s in article.stripped]
    places += [n.line for n in article.footnotes] + [line for line, _ in article.metadata_lines]
    assert sorted(places) == non_empty


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Richard Weitz", ("Richard Weitz",)),
        ("By Anna Petrova and John Smith", ("Anna Petrova", "John Smith")),
        ("Robin Dixon, Catherine Belton, Francesca Ebel", ("Robin Dixon", "Catherine Belton", "Francesca Ebel")),
        ("By Jane Doe | Staff writer", ("Jane Doe",)),
        ("By Kevin Dunlap Sports Editor", ("Kevin Dunlap",)),  # a role without a comma, with its desk
        ("By Marisol BeaumontPolitics", ("Marisol Beaumont",)),  # a desk glued to the name
        ("By Kendra OakesAround The NFL Writer", ("Kendra Oakes",)),  # a role glued to the name
        ("ByMiguel ArrabalSpanish football correspondent", ("Miguel Arrabal",)),  # "By" glued too
        ("By Lena Okonjolenaokonjo", ("Lena Okonjo",)),  # the user name glued on, its "@" lost
        ("By Jane Mcdonaldish", ("Jane Mcdonaldish",)),  # a glued tail that does not spell the name stays
        ("By Jane McDonaldYahoo Sports Columnist", ("Jane McDonald",)),  # the last glue point: "McDonald" stays whole
        ("By Dr Helen Barrowcliffe2 Comments", ("Dr Helen Barrowcliffe",)),  # a comment count glued on
        ("Von Franziska Leitner-Hofbauer Kommentare Teilen", ("Franziska Leitner-Hofbauer",)),  # the row's links after the name
        ("By Jessica Tiernan-Boydjtiernanboyd@lakegenevanews.net", ("Jessica Tiernan-Boyd",)),  # her address glued to the name
        ("Valentina FuentesandJames Thornbury", ("Valentina Fuentes", "James Thornbury")),  # "and" glued between the names
        ("JENNA MORRISONSTAFF REPORTER", ("JENNA MORRISON",)),  # a role in capitals glued to the name in capitals
        ("By Kate Whitcombe & Aled Harris, South West", ("Kate Whitcombe", "Aled Harris")),  # the region they cover after the names
        ("By Mark RolandStaff Writer", ("Mark Roland",)),  # ...not in a name ending in "and" with its role glued on
        ("By Daniel Ferrant Follow", ("Daniel Ferrant",)),  # the follow button after the name
        ("By Jane Doe jane.doe2@example.com", ("Jane Doe",)),  # an address of its own after the name
        ("By Ann LeeNews@example.org", ("Ann",)),  # no address made of the name: the line as it is
        ("Av Lisa Berglund och Johan Eklöf", ("Lisa Berglund", "Johan Eklöf")),  # Swedish
        ("Door Sanne Verhoeven en Joost de Graaf", ("Sanne Verhoeven", "Joost de Graaf")),  # Dutch
        ("Matti Virtanen ja Liisa Korhonen", ("Matti Virtanen", "Liisa Korhonen")),  # Finnish
        ("Tóth Eszter és Kiss Péter", ("Tóth Eszter", "Kiss Péter")),  # Hungarian
        ("PorJaviera Soto PizarroValle HondoViernes 22 de noviembre de 2019", ("Javiera Soto Pizarro",)),  # place and weekday glued on
        ("By DeShawn Williams and LaToya Jones", ("DeShawn Williams", "LaToya Jones")),  # capitals inside names stay
        ("Ελένη Σταυροπούλου, Γιώργος Παπαδάκης", ("Ελένη Σταυροπούλου", "Γιώργος Παπαδάκης")),  # Greek capitals
        ("By Rebecca Holt and Daniel Ashby For Mailonline", ("Rebecca Holt", "Daniel Ashby")),  # the outlet written for
        ("By Nadia FeldmanContact ReporterLakeshore Courant", ("Nadia Feldman",)),  # a contact link and the paper glued on
        # a role's place or outlet between the name and the role, without a comma
        ("By Marnie Tolland North of England correspondent", ("Marnie Tolland",)),
        ("By Ivo Marsh Moscow correspondent", ("Ivo Marsh",)),
        ("By John Smith Middle East editor", ("John Smith",)),
        ("By Sam Jones US technology reporter", ("Sam Jones",)),
        ("By Mary Ann Sieghart Moscow correspondent", ("Mary Ann Sieghart",)),
        ("By Kate Kelly Correspondent", ("Kate Kelly",)),  # (no name is left of one word)
        ("By Noor Adeyemi-WalshBuzzFeed News Reporter", ("Noor Adeyemi-Walsh",)),  # an outlet in camel case, glued
        ("By Ana Li HuffPost Reporter", ("Ana Li",)),
        ("By Lucía FERRARO", ("Lucía FERRARO",)),  # AFP's surname in capitals is no outlet
        ("By Jean-Paul MARTIN and Anne DUPONT", ("Jean-Paul MARTIN", "Anne DUPONT")),
        ("By EDITH CHEPNGENO More by this Author", ("EDITH CHEPNGENO",)),  # the link to the author's page
        ("By Kendrick Obuya@kobuya and Sunniva Radcliffe@sunnivar", ("Kendrick Obuya", "Sunniva Radcliffe")),  # handles glued on
        ("By ROCÍO VALDERASAlmadrava", ("ROCÍO VALDERAS",)),  # a name in capitals, the place glued after it
        ("By JERUSALEM POST STAFF", ("JERUSALEM POST STAFF",)),  # a desk signs: kept whole
        ("Por Mariana Teixeira e Rodrigo Piccoli, G1 RS", ("Mariana Teixeira", "Rodrigo Piccoli")),  # an outlet in capitals and digits after names
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("Von Anna Schmidt", ("Anna Schmidt",)),
        ("By the way, nobody asked.", None),
        ("Putin Considers the Possibility of a Trump Administration", None),
        ("Donald Trump", None),
        ("Kevin Johnson and Kevin McCoy USA TODAY", ("Kevin Johnson", "Kevin McCoy")),  # the outlet is not a name
        ("By JERUSALEM POST STAFF", ("JERUSALEM POST STAFF",)),
        # a date after the names is not a name
        ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", ("Joseph Tsidulko",)),
        ("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", ("Matthew Digby", "Minh Do")),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
        ("Текст: Лида Буслаева·11 октября 2018", ("Лида Буслаева",)),
        ("By November 19, 2019", None),
        ("By: Jared T. Miller", ("Jared T. Miller",)),
        # the outlet after the names is not a name; a hyphen inside a name is no separator; ", and" joins
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Jane Doe and Al Roe, Associated Press", ("Jane Doe", "Al Roe")),
        ("By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
         ("Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins")),
        ("By Jane Doe - AP", ("Jane Doe",)),
        ("By Catherine", ("Catherine",)),
        # the link to the author's page, glued to the name or not, signs it
        ("Jose AltoverosView More Articles", ("Jose Altoveros",)),
        ("By Jane Doe · See all stories", ("Jane Doe",)),
        ("Read more stories", None),
        # labels with their colon in other languages; capitals beyond Latin-1; names that start like a month
        ("Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)", ("Anna Ūdre",)),
        ("Autor: Jan Kowalski", ("Jan Kowalski",)),
        ("By Łukasz Nowak", ("Łukasz Nowak",)),
        ("By May Lee, November 19, 2019", ("May Lee",)),
        ('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm', ('Amanda "Tania Mae" Tan',)),
        # a role glued to the first name and "&" glued to the second; a role before a name (the ABC's)
        ("ByEllen KirwanLocal Democracy Reporter&Joe Halligan", ("Ellen Kirwan", "Joe Halligan")),
        ("By Ellie Marchetti and rural reporter Hamish Tregear", ("Ellie Marchetti", "Hamish Tregear")),
        ("By national affairs correspondent Michelle Grattan", ("Michelle Grattan",)),
        ("By Europe correspondent Linton Besser", ("Linton Besser",)),
        ("By Jane DavisReuters", ("Jane Davis",)),  # a name that starts like a particle ("Da") is cut where the outlet is glued
        ("Inês Carvalho e Lusa", ("Inês Carvalho",)),  # bare: a name and the agency
        ("By Marcus Galbraith More from Marcus Galbraith", ("Marcus Galbraith",)),  # the link to the author's page
        ("Par Élodie Marchand (Niort, correspondante) et Thomas Rivière", ("Élodie Marchand", "Thomas Rivière")),  # a note in brackets
        ("Harriet Okonkwo-ReidSenior researcher", ("Harriet Okonkwo-Reid",)),  # a researcher's job glued on
        ("Texto y fotos: Ernesto Galván", ("Ernesto Galván",)),  # who wrote it and took the pictures
        ("Words ByErin Castellano", ("Erin Castellano",)),  # "By" glued to the name after "Words"
        ("By Nora Kilbride Globe Staff", ("Nora Kilbride",)),  # the paper's staff after the name, no comma
        ("By Rachel Hallam Social policy correspondent", ("Rachel Hallam",)),  # a desk of policy
        ("By Rehema Mbwambo @TheCitizenTZ rmbwambo@tz.example.com", ("Rehema Mbwambo",)),  # the site's handle, the address
        ("By Ana Roe @anaroe and Al Lee @allee", ("Ana Roe", "Al Lee")),  # each name's handle
        ("Marianne Dubois · CBC News", ("Marianne Dubois",)),  # the outlet after a middle dot
        ("Por CARLOS RIVAS MENDOZA Associated Press", ("CARLOS RIVAS MENDOZA",)),  # the agency in title case after a name in capitals
        ("By Oliver Penroseat Taunton", ("Oliver Penrose",)),  # where he reported from, "at" glued to the name
        ("By Ahmet Murat Demir", ("Ahmet Murat Demir",)),  # a name ending in "at", no place after it
        ("By Anjali PrasadProperty reporter, NZ Heraldanjali.prasad@nzherald.co.nz@anjaliprasadnzh", ("Anjali Prasad",)),
        ("Hannah KeyesYahoo SportsMLB writer", ("Hannah Keyes",)),  # the site and the role glued on, one after the other
        ("By Kelsey Dunagan and Marcus Roark Tulsa World", ("Kelsey Dunagan", "Marcus Roark")),  # the paper after the names
        ("文：佐伯 真理子　写真：高瀬 航", ("佐伯 真理子",)),  # Japanese: the writer, not the photographer
        ("経済部　山岸 遼", ("山岸 遼",)),  # ...after the writer's desk
        ("東京 大阪", None),
        ("Door: Partnercontent", None), ("Text: Partnerstudio", None), ("a cura di Valdarno Partner Studio", None),  # a sponsored page's studio
        ("By Tom Reyes, Communications Manager in Port-au-Prince", ("Tom Reyes",)),  # a charity's job and where he wrote from
        ("By بيان صحفي", None),  # a press release's label in Arabic, no name
        ("Live coverage by Rhiannon Blake and Femi Adeyinka, political reporters", ("Rhiannon Blake", "Femi Adeyinka")),  # a live page's
        ("Live reporting by Tom Ashworth", ("Tom Ashworth",)),
        ("रिपोर्ट: अमित कुमार सिंह और नेहा भारती", ("अमित कुमार सिंह", "नेहा भारती")),  # Hindi "report:", two names joined by "and"
        ("Live animé par Camille Berthier et Hugo Lemaire", ("Camille Berthier", "Hugo Lemaire")),  # who runs a live page
        ("Por Renata Albuquerque, de Ribeirão Preto (SP)", ("Renata Albuquerque",)),  # where she wrote from
        ("Por Renata Albuquerque e Carlos Souza, desde Brasília", ("Renata Albuquerque", "Carlos Souza")),
        ("By Hannah Corbett, Arable Markets Editor", ("Hannah Corbett",)),  # a desk's role with a word of its own before it
        ("By Gary Lindqvist Sentinel Sports Editor", ("Gary Lindqvist",)),  # the paper's name before the desk's role
        ("Story by Mackenzie Ortiz, Assistant Director of Athletic Communications", ("Mackenzie Ortiz",)),
        ("Compiled by Jenna Kowalczyk and Troy Bettencourt | 330Preps", ("Jenna Kowalczyk", "Troy Bettencourt")),
        ("Interview: Simon Lüthi", ("Simon Lüthi",)),  # who held the interview
        ("Penulis Rina Wulandari | Editor Dimas Prasetyo", ("Rina Wulandari",)),  # Indonesian: the writer, not the editor
        ("Yudha Maulana - detakNews", ("Yudha Maulana",)),  # one name, signed by the site's own name after a dash
        ("Breaking News - Reuters", None),
        ("Kofi Mensah-Bonsu || Business Desk", ("Kofi Mensah-Bonsu",)),  # the desk after bars signs the name
        ("Breaking News | Politics Desk", None),
        ("ผู้เขียน: ธนพร วงศ์สวัสดิ์", ("ธนพร วงศ์สวัสดิ์",)),  # Thai "writer:"
        ("Words: Matt Pennington, Senior Road Tester", ("Matt Pennington",)),  # a magazine's label, the role after a comma
        ("By Priya Lakhani, Road Test Editor", ("Priya Lakhani",)),  # (the desk's words go with the role)
        ("Rozmawiała Agnieszka Wróblewska", ("Agnieszka Wróblewska",)),  # who held the interview, in Polish
        ("Anouk Bertholet, avec Yves Perrenoud", ("Anouk Bertholet", "Yves Perrenoud")),  # "with", a Swiss paper's co-author
        ("Text: Lucie Horáková, foto: Tomáš Černý", ("Lucie Horáková",)),  # who wrote it, then who took the pictures
        ("Text: Corinne Hänni, Fotos: Marco Bühler", ("Corinne Hänni",)),
        ("Scritto da Elisa Ruggeri", ("Elisa Ruggeri",)),  # "written by", in Italian
        ("Geschrieben von Jonas Berger", ("Jonas Berger",)),
        ("Florian Gruber aus Hallstatt", ("Florian Gruber",)),  # an Austrian paper's reporter, from where they write
        ("dal nostro inviato Luca Ferraresi", ("Luca Ferraresi",)),  # "from our correspondent", in Italian
        ("Ricetta a cura di Chiara Fontanesi", ("Chiara Fontanesi",)),  # "edited by"
        ("Recette proposée par Claire Mercadier", ("Claire Mercadier",)),  # a French recipe's author
        ("Von Florian Gruber aus Hallstatt", ("Florian Gruber",)),
        ("Text und Fotos: Anna Berg", ("Anna Berg",)),
        ("By Tse Ka-wing+ FOLLOW", ("Tse Ka-wing",)),  # the follow button glued on
        ("Serkan Yılmaz/İZMİR,(DHA)", ("Serkan Yılmaz",)),  # a Turkish desk's city and agency after the name
        ("Ayşe Demir - ANKARA (AA)", ("Ayşe Demir",)),
        ("Paris (AFP)", None),
        ("Harriet Quinlan in Toulouse and Jonas Brenner in Frankfurt", ("Harriet Quinlan", "Jonas Brenner")),  # where each wrote from
        ("Life in London and Paris", None),
        ("By Lena Marquardt4 minute Read", ("Lena Marquardt",)),  # a reading time glued on
        ("by University of Exeter", None),
        ("Paula Ferreira e Ricardo Sampaio, O Estado de S.Paulo", ("Paula Ferreira", "Ricardo Sampaio")),  # the paper after the names
        ("By Jane Doe, The Daily Item", ("Jane Doe",)),
        ("Por Rafaela Nogueira, G1 Campinas e Região", ("Rafaela Nogueira",)),  # an outlet with a digit is no person
        ("Alberto Medina Trejo / Corresponsal y Silvia Ortega", ("Alberto Medina Trejo", "Silvia Ortega")),  # a role after a slash
        ("박지훈 기자", ("박지훈",)),  # Korean: the name, then "reporter"
        # outlets among the names, and the names ending at a date's label in French
        ("by Hannah Greer, ProPublica, and Luis Ocampo, The Gulf Coast Ledger", ("Hannah Greer", "Luis Ocampo")),
        ("Par Claire DUPRAT, Hugo MARTINEAU, AFP France Publié le mercredi 23 octobre 2019 à 17:05", ("Claire DUPRAT", "Hugo MARTINEAU")),
        ("By Ana Lee and Bo Kim, CNN Business", ("Ana Lee", "Bo Kim")),
        ("By Raymond Tolliver as told to Lena Castillo", ("Raymond Tolliver", "Lena Castillo")),
        ("최윤정 기자기자 페이지", ("최윤정",)),
        ("본문 기자회견에서 말했다", None),
        ("本报记者 杨晓岚", ("杨晓岚",)),  # Chinese: "reporter", then the names
        ("记者 贺思远、林婉清", ("贺思远", "林婉清")),
        ("本报记者 杨晓岚摄", None),  # a photo's credit
        ("记者从湖北省生态环境厅获悉", None),
        ("AT&T Stadium", None),
        ("Rolan Pratama, Nadia Safitri - detikNews", ("Rolan Pratama", "Nadia Safitri")),  # bare names, then the outlet
        ("Brexit - Explained", None),
        ("Reported by Kavita Rathod, Edited by Arjun Sen", ("Kavita Rathod",)),  # the reporter signs, the editor does not
        ("Written by Jane Doe", ("Jane Doe",)),
        ("Karan ChaudharyHindustan Times, New Delhi", ("Karan Chaudhary",)),  # a name, its paper glued on, and the city
        ("Андрей Зарецкийобозреватель", ("Андрей Зарецкий",)),  # a role in lower case glued to the name
        ("Ouest-FranceYann LE GOFF.", ("Yann LE GOFF",)),
        ("Dewi Kartika SariThe Jakarta Post", ("Dewi Kartika Sari",)),  # a name of three words, the paper glued after it
        ("writer: Supaporn Rattanawong", ("Supaporn Rattanawong",)),  # the Bangkok Post's label
        ("Authored by Marisol Trent", ("Marisol Trent",)),
        ("By Ruth Abernathy-Cole Photography by Sam Okonjo", ("Ruth Abernathy-Cole",)),  # the photographer's credit after the name
        ("Denise Pelletier-Wong Special to The Globe and Mail", ("Denise Pelletier-Wong",)),  # the paper she writes for
        ("Autorka: Joanna Wiśniewska (PAP)", ("Joanna Wiśniewska",)),  # Polish and Slovene labels
        ("Piše: NINA KRANJC", ("NINA KRANJC",)),
        ("By Gu Mengqi and Tang Hanxiao Source:Global Times Published: 2019/6/18 22:33:40", ("Gu Mengqi", "Tang Hanxiao")),  # the source's label ends them
        ("Por:Ana Lucía Ramírez y Carlos Mejía", ("Ana Lucía Ramírez", "Carlos Mejía")),  # the keyword and its colon glued to the name
        ("Kevin Dubé-Lachance | Le Journal de Montréal avec l'Agence QMI", ("Kevin Dubé-Lachance",)),  # a name, a bar, its paper
        ("Jane Doe - The Musical", None),  # (no paper's word after the dash: a heading)
        ("Un texte de Marc-Antoine Simard", ("Marc-Antoine Simard",)),  # the kind of piece before "de"
        ("Gabrielle MarcotteJournaliste à l’environnement", ("Gabrielle Marcotte",)),  # a bare name, its role glued on
        ("By Étienne Lacasse à RimouskiCorrespondant régional", ("Étienne Lacasse",)),  # where the author writes from, in French
        ("Classificação NASCAR", None),  # a label's word, not a name
        ("Hannah Vick and Daniel Oakes, E&E News reporters", ("Hannah Vick", "Daniel Oakes")),  # their paper's role, plural  # the paper's label glued before a name, its surname in capitals
        ("Jakub OstrowskiOnet Kraków", None),  # (a name and a place glued: no surname in capitals after a glue)
        ("de Andreea Munteanu HotNews.ro", ("Andreea Munteanu",)),  # Romanian "de" (by), the site after the name
        ("De Madrid a Barcelona", None),
        ("Eine Reportage von Felix Obermaier", ("Felix Obermaier",)),  # the kind of piece before "von"/"de"
        ("Une chronique de Marie Dupont", ("Marie Dupont",)),
        ("Reportage von der Front", None),
        ("Por Joana Tavares Pintocom Lusa", ("Joana Tavares Pinto",)),  # "com Lusa" (with the agency) glued to the name
        ("By Katrin Vollmerdpa", ("Katrin Vollmer",)),  # the agency's lower-case name glued to the name
        ("By Selin AksoyİSTANBUL", ("Selin Aksoy",)),  # the city in capitals glued on, its first letter not in A-Z
        ("By Iona KerrSenior Reporter", ("Iona Kerr",)),  # a short surname glued to the role is no outlet's name
        ("By Euan McLean BBC Scotland", ("Euan McLean",)),  # the broadcaster's service after the name, no comma
        ("By Mary Anne Sky", ("Mary Anne Sky",)),  # (a surname that is no network's)
        ("Mari-Liis Kaskreporter", ("Mari-Liis Kask",)),  # the role in lower case glued on (Postimees)
        ("by Rhiannon Pryce, Cardiff University", ("Rhiannon Pryce",)),  # the writer's university after a comma
        ("BY TESSA OKONKWO AND LUIS BRANDT", ("TESSA OKONKWO", "LUIS BRANDT")),  # "AND" between names in capitals
        ("By ANDREA SMITH", ("ANDREA SMITH",)),
        ("de la Rosa Morales", None),
        ("By Jane Doe, photos by John Roe", ("Jane Doe",)),
        ("Arsenal, Chelsea - Report", None),
        ("Dana Whitcomb | MIT News Office", ("Dana Whitcomb",)),  # the office after a bar signs the name
        ("Aidan Koh, Singapore - Jane's Navy International", ("Aidan Koh",)),  # the place, then the publication
        ("Blog - Latest News", None),  # one word before: a page's label
        ("By —Lena Farris", ("Lena Farris",)),  # a dash between the keyword and the name
        ("Texte par :Claire VautrinSuivre", ("Claire Vautrin",)),  # France 24's, the follow button glued on
        ("Par :Claire Vautrin", ("Claire Vautrin",)),
        ("Propos recueillis par Ariane Lefort", ("Ariane Lefort",)),  # an interview's, in French
        ("Ein Interview von Julia Brandt und Tobias Kern", ("Julia Brandt", "Tobias Kern")),
        ("Interview: Lea Hartmann", ("Lea Hartmann",)),
        ("Tekst Marit Dijkstra", ("Marit Dijkstra",)),  # Dutch, without a colon
        ("Tekst en uitleg", None),
        ("Oleh Nor Hafizah Ismail dan Ahmad Zaki Mohd Yusof", ("Nor Hafizah Ismail", "Ahmad Zaki Mohd Yusof")),  # Malay
        ("By Jane Doe and Dan Smith", ("Jane Doe", "Dan Smith")),  # (the name "Dan" joins nothing)
        ("By Dale Hammond , DTN Farm Business Editor", ("Dale Hammond",)),  # the outlet before the role, led by its acronym
        ("By JD Vance and Jane Doe", ("JD Vance", "Jane Doe")),
        ("By — Lena Farris", ("Lena Farris",)),
        ("Müəllif: Nərmin Quliyeva", ("Nərmin Quliyeva",)),  # Azerbaijani's label
        ("2019-05-14 18:23聯合報 記者林佳慧／即時報導", ("林佳慧",)),  # the date and the paper before the reporter, how it was reported after
        ("AF JESPER MØLLER", ("JESPER MØLLER",)),  # Danish's "by"
        ("By Rahel Tesfaye, Product Manager, Facebook Groups", ("Rahel Tesfaye",)),  # a job title and its organisation
        ("By Jane Doe, Al Roe, Bo Lee", ("Jane Doe", "Al Roe", "Bo Lee")),
        ("By Rahul Hegde, DH News Service, Bengaluru", ("Rahul Hegde",)),  # the paper's news service, then the place
        ("Af Louise Dahl og Rasmus Krogh, Ritzau", ("Louise Dahl", "Rasmus Krogh")),
        ("Kjetil VatneKommentator", ("Kjetil Vatne",)),  # a Norwegian role glued to the name
        ("autoři: Lucie Marková, Pavel Kříž, ČTK", ("Lucie Marková", "Pavel Kříž")),  # Czech's, and the agency after the names
        ("Аутор: Милена Стевановић | недеља, 15.09.2019. у 20:30", ("Милена Стевановић",)),  # Serbian's, in Cyrillic
        ("Հեղինակ՝ Անի Պողոսյան", ("Անի Պողոսյան",)),  # Armenian's, with its own colon
        ("Trump attacks media over leaks - NBC News", None),  # a headline with its site
        ("Antoine Mercadier (avec Julien Roussel)", ("Antoine Mercadier", "Julien Roussel")),  # a co-author "with" in brackets
        ("The Senate (with Democrats)", None),
        ("كتب محمود السيد", ("محمود السيد",)),  # Arabic's "wrote", Persian's "written by"
        ("نوشته: علی رضایی", ("علی رضایی",)),
        ("Ni Roberto Villanueva", ("Roberto Villanueva",)),  # Tagalog's and Swahili's "by"
        ("le Máirtín Ó Catháin", ("Máirtín Ó Catháin",)),  # Irish's "by"
        ("By - Arjun Mehta", ("Arjun Mehta",)),  # a hyphen between the keyword and the name
        ("Contributor: Nana Ama Serwaa Boateng", ("Nana Ama Serwaa Boateng",)),
        ("Helen Marsh (now) and Tom Aske (earlier)", ("Helen Marsh", "Tom Aske")),  # a live page's, when each wrote it
        ("By Fri 17 Jan 2025", None),  # a weekday is no name
        ("Por Renata Albuquerque e Tiago Moura, do Jornal do Vale", ("Renata Albuquerque", "Tiago Moura")),  # "from" the paper
        ("By Jane Roe Leave a comment", ("Jane Roe",)),  # a blog theme's prompt after the name
        ("di Chiara Lombardi Lascia un commento", ("Chiara Lombardi",)),
        ("김철수 기자박지민 기자", ("김철수", "박지민")),  # Korean reporters, each with "기자", glued
        ("기자명 강현우 기자", ("강현우",)),  # a Korean site's label before the reporter
        ("Автори: Вікторія Савчук, Олег Гнатюк", ("Вікторія Савчук", "Олег Гнатюк")),  # Ukrainian's plural label
        ("Беседовала Наталья Гуцу", ("Наталья Гуцу",)),  # who held the interview
        ("By - மு. செந்தில்குமார்", ("மு. செந்தில்குமார்",)),  # a dash, then a name in a script without capitals
        ("By By - மு. செந்தில்குமார்", None),  # (the keyword is no name)
        ("By Rahul Srivastava Edited By: Priyanka Joshi Updated: Sun, 21 Apr 2024 11:45 PM (IST)", ("Rahul Srivastava",)),  # the editor's credit
        ("NA BRIAN KIPRONO", ("BRIAN KIPRONO",)),
        ("Na Lisboa", None),
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Fuente: Unidad de Cultura Científica | Redacción: Lucía Benjumea", ("Lucía Benjumea",)),  # the newsroom's writer after a bar
    ("Redacción: Madrid", None),  # (the newsroom's place)
])
def test_a_newsroom_label_signs_a_writer(line: str, names: tuple[str, ...] | None) -> None:
    from readingroom.structure import _signed_names
    assert _signed_names(line) == names


@pytest.mark.parametrize(("text", "names"), [
    ("新华社武汉5月14日电（记者 贺思远、林婉清）记者从湖北省生态环境厅获悉，平台14日正式投入运行。", ("贺思远", "林婉清")),
    ("中新网上海7月3日电 (记者 冯嘉怡)“湿垃圾倒干净，袋子扔这边。”7月1日早上7点刚过，志愿者在指点。", ("冯嘉怡",)),
    ("【バンコク＝岸本悠斗】タイ北部チェンライ県で、日本の品種のコメを栽培する現地農家が増えている。", ("岸本悠斗",)),
    ("新华社北京5月14日电 记者从国家统计局获悉，4月份全国工业生产平稳增长。", None),  # no names in the dateline
    ("记者从湖北省生态环境厅获悉（记者 贺思远）", None),  # not a dateline
    ("【写真特集】タイ北部の田んぼ", None),
    ("(서울=연합뉴스) 김민수 이지현 기자 = 열대야에 잠 못 이루는 시민들을 위해 야외 도서관이 들어선다.", ("김민수", "이지현")),  # Yonhap's
    ("(서울=연합뉴스) 서울시가 운영하는 '한강 밤 도서관' 조감도.", None),  # a photo's caption: no reporter
    ("〔記者陳彥廷／屏東報導〕2019屏東黑鮪魚文化觀光季即將登場。", ("陳彥廷",)),  # Taiwan's, the place after a slash
    ("（中央社記者賴素真台北14日電）中央氣象局今天表示，今年第一波梅雨鋒面預計17日起影響台灣。", ("賴素真",)),  # CNA's, the place glued on
])
def test_wire_reporters(text: str, names: tuple[str, ...] | None) -> None:
    assert wire_reporters(text) == names


def test_a_chinese_wire_story_is_signed_by_the_reporters_its_dateline_names() -> None:
    page = "\n".join([
        "首页", "新闻", "湖北上线长江流域生态数字监测平台", "2019-05-14 18:20:31 来源：新华网",
        "新华社武汉5月14日电（记者 贺思远、林婉清）记者从湖北省生态环境厅获悉，覆盖长江干流湖北段及汉江、清江等主要支流的"
        "“长江生态数字监测平台”14日正式投入运行。平台接入水质自动站、空气质量站和视频监控点位共1286个。",
        "据介绍，平台可对沿江生态环境实现全天候、全要素监测，发现异常数据后自动预警，并推送至属地执法部门核查处置。",
        "湖北省生态环境厅有关负责人表示，下一步将把平台延伸至县级，力争年底前实现主要支流全覆盖。",
        "关于我们", "版权所有 新华网"])
    article = process_text(page, "xinhua")
    assert article.authors.value == ("贺思远", "林婉清")
    assert article.authors.origin.detail == "wire dateline at the start of the first paragraph"
    assert article.paragraphs[0].text.startswith("新华社武汉5月14日电（记者 贺思远、林婉清）记者从")  # the paragraph stays whole


@pytest.mark.parametrize(("line", "name"), [
    ("Marnie Tolland North of England correspondent", "Marnie Tolland"),
    ("Kevin Dunlap Sports Editor", "Kevin Dunlap"),
    ("Darnell Okafor BuzzFeed News Reporter", "Darnell Okafor"),
    ("Jenna HolcombYahoo Sports Columnist", "Jenna Holcomb"),
    ("Boris Johnson sacks his chief political editor", None),  # a headline: no name before the role
    ("Trump Fires Chief White House Correspondent", None),
    ("Marnie Tolland", None),  # no role
    ("Rosalind Tewhatu, University of Tasman Ridge", "Rosalind Tewhatu"),  # an institution after a comma
    ("Zuzana Hronská redaktorka domácej rubriky", "Zuzana Hronská"),  # the role in lower case, then its desk
    ("Mark Smith reporter", "Mark Smith"),
    ("Tom HadleyEnvironment correspondent", "Tom Hadley"),  # (a role glued to the name, the last word)
    ("In 2019, the University of Oxford said", None),
    ("Huda Al Marzouqi, Senior Reporter", "Huda Al Marzouqi"),  # the role after a comma
    ("Harriet Okonkwo-ReidSenior researcher", "Harriet Okonkwo-Reid"),  # a researcher's job
])
def test_name_with_role(line: str, name: str | None) -> None:
    assert name_with_role(line) == name


def test_names_between_bars_and_the_place_and_date_after_them() -> None:
    from readingroom.structure import _names_between_bars
    assert _names_between_bars("Arpita Menon & Kunal Ghosh | New Delhi Last Updated at November 5, 2019 23:18 IST") == ("Arpita Menon", "Kunal Ghosh")
    assert _names_between_bars("Rosa Pendleton, Education Editor | Daniel Ashby") == ("Rosa Pendleton", "Daniel Ashby")
    assert _names_between_bars("News | Sport") is None


def test_a_signed_name_stops_at_a_date_glued_to_it() -> None:
    from readingroom.structure import _signed_names
    assert _signed_names("di Paolo Cerruti09/10/2019 08:15") == ("Paolo Cerruti",)



def test_paragraph_ids_depend_only_on_content() -> None:
    assert paragraph_id("Hello  world.") == paragraph_id("hello world.")
    assert paragraph_id("Hello world.") != paragraph_id("Hello world!")
    assert paragraph_id("x").startswith("p-")


@pytest.mark.parametrize("headline, is_title", [
    ("Cheaper than it looks, but...", True),  # a teaser headline trails off
    ("Cheaper than it looks…", True),
    ("The new model costs less than the old one.", False),  # a sentence: the text starts here
    ("The Cheapest Computer Yet Is Quiet and Well Made. Why It Still Falls Short.", True),  # Title Case, full stop
])
def test_a_headline_may_trail_off_with_an_ellipsis(headline: str, is_title: bool) -> None:
    body = ("The small machine is the cheapest the company has sold. It lacks a screen, a keyboard and a mouse,"
            " and it is aimed at people who already own a computer.\n\n"
            "Reviewers found it quiet, well made and easy to set up, though the memory is small for the price.\n")
    article = process_text(f"{headline}\n\n{body}")
    assert (article.title.value == headline) is is_title
    if is_title:
        assert not any(headline in p.text for p in article.paragraphs)


PAGE_BODY = [
    "The minister said on Tuesday that the new rules would take effect next spring, after a long debate in parliament.",
    "Critics argue that the measure does little to address the underlying problem and will burden small firms.",
    "Officials expect the first results to be published within a year, according to a statement from the ministry.",
]


def page(*header: str) -> str:
    return "\n\n".join(["Home", "World", *header, *PAGE_BODY])


@pytest.mark.parametrize("signature, date, authors", [
    (["November 19, 2019 / 12:21 AM / Updated 14 hours ago"], "2019-11-19", None),
    (["By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT)"], "2019-11-18", ("Jason Cipriani",)),
    (["Monday November 18, 2019 7:45 am PST by Joe Rossignol"], "2019-11-18", ("Joe Rossignol",)),
    (["Written by Rachael Link, MS, RD on November 14, 2019"], "2019-11-14", ("Rachael Link",)),
    (["By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "Share"], "2019-11-19", ("Joseph Tsidulko",)),
    (["Updated Nov. 20, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"], "2019-11-19", None),  # the earliest
    # (the first signature line that has a date dates the piece; "11/19/19" is read since two-digit years are)
    (["By Kashmira Gander On 11/19/19 at 12:27 PM EST", "Published 18 November 2019 at 10:15 | 5 min read"], "2019-11-19", ("Kashmira Gander",)),
    (["By Kashmira Gander On 04/05/19 at 12:27", "Published 18 November 2019 at 10:15 | 5 min read"], "2019-11-18", ("Kashmira Gander",)),
    # ...but for an American zone after its time, which tells the month first
    (["By Kashmira Gander On 04/05/19 at 12:27 PM EST", "Published 18 November 2019 at 10:15 | 5 min read"], "2019-04-05", ("Kashmira Gander",)),
    (["By Troy L. Smith, Cleveland.com | Nov 19, 2019"], "2019-11-19", ("Troy L. Smith",)),  # the site is not a name
    (["By Kevin McCoy USA TODAY | Published 7:07 PM EST Nov 19, 2019"], "2019-11-19", ("Kevin McCoy",)),
    (["Passed by Parliament on Monday", "Share this story"], None, None),  # no byline: "by" inside a phrase
    (["Now Playing02:31", "Share this story"], None, None),  # a player's label glued to the clip's length, no name
    (["Claire Dufresne | le 21/05/2019 | Mis à jour le 22/05/2019 à 09h15 | Nantes, Logement, Bois, Pays de la Loire"],
     "2019-05-21", ("Claire Dufresne",)),  # the piece's tags last on the row
])
def test_date_and_byline_are_read_from_removed_signature_lines(signature: list[str], date: str | None,
                                                               authors: tuple[str, ...] | None) -> None:
    """The boilerplate stage removes a signature line that is not only a date or only a byline;
    its date and names are still the article's, and the line is then the header's, not removed."""
    headline = "Parliament passes the new rules after a long debate"
    article = process_text(page(headline, *signature))
    assert article.title.value == headline
    assert (article.date.value, article.authors.value) == (date, authors)
    for field in (article.date, article.authors):
        if field.known:
            assert "signature line removed as page chrome" in field.origin.describe()
            assert field.origin.line in {line for line, _ in article.metadata_lines}
            assert field.origin.line not in {s.line for s in article.stripped}
    places = [p.line for p in article.paragraphs] + [s.line for s in article.stripped] + [n for n, _ in article.metadata_lines]
    assert sorted(places) == [line.number for line in article.lines if line.text.strip()]


def test_the_signature_is_read_from_the_headline_down() -> None:
    """The page's own signature under the headline comes before a related story's date above the text."""
    article = process_text(page("Parliament passes the new rules after a long debate", "By Jane Doe", "Nov. 19, 2019, 4:20am | Updated 9:32pm",
                                "Most Popular", "Budget talks collapse after a long night | May 2, 2018 | 5:00pm", "Share this story"))
    assert (article.authors.value, article.date.value) == (("Jane Doe",), "2019-11-19")


def test_signature_lines_are_read_under_the_headline_then_right_above_it() -> None:
    headline = "Parliament passes the new rules after a long debate"
    above = process_text(page("By Jane Roe | May 2, 2018", headline))
    assert (above.authors.value, above.date.value) == (("Jane Roe",), "2018-05-02")
    assert above.date.origin.line == 5
    both = process_text(page("By Jane Roe | May 2, 2018", headline, "Nov. 19, 2019 / 12:21 AM / Updated 14 hours ago"))
    assert (both.authors.value, both.date.value) == (("Jane Roe",), "2019-11-19")  # under the headline first
    far = process_text(page("By Jane Roe | May 2, 2018", "Budget talks collapse", "Share this story", headline))
    assert far.title.value == headline and not far.date.known and not far.authors.known
    without_headline = process_text("\n\n".join(["Home", "November 19, 2019 / 12:21 AM / Updated 14 hours ago", *PAGE_BODY]))
    assert not without_headline.date.known


def test_a_byline_that_carries_a_date_gives_both() -> None:
    article = process_text(page("Parliament passes the new rules after a long debate", "by Jane Doe — November 18, 2019"))
    assert (article.authors.value, article.date.value) == (("Jane Doe",), "2019-11-18")
    assert article.date.origin.line == article.authors.origin.line
    assert (article.date.origin.line, "date+authors") in article.metadata_lines


def test_a_byline_under_the_standfirst_with_a_date_after_the_names_gives_both() -> None:
    standfirst = "Ministers say the rules will take effect next spring, after a long debate in parliament."
    article = process_text(page("Parliament passes the new rules after a long debate", standfirst,
                                "By Jane Doe November 18, 2019, 07:47 PM EST"))
    assert (article.authors.value, article.date.value) == (("Jane Doe",), "2019-11-18")
    assert article.subtitle.value == standfirst
    assert all("Jane Doe" not in p.text for p in article.paragraphs)


def test_a_numbered_item_keeps_its_number_and_a_bullet_loses_its_marker() -> None:
    """"1. Ditch the diet" heads a listicle's item: a heading that says its number (as one-item
    bullet lists, the numbers were lost); "- eggs" is a list item, its bullet the page's own."""
    tip = ("Eating at regular times helps, and studies show that skipping meals makes binges more likely later in the "
           "day. One study followed adults for a year and found that those who ate three meals a day binged less often "
           "than those who ate once or twice.")
    article = process_text("\n\n".join(["Home", "Parliament passes the new rules after a long debate", *PAGE_BODY,
                                         "1. Ditch the diet", tip, "2) Avoid skipping meals", tip + " Again.",
                                         "You will need these for the cake:", "- eggs and flour", "- sugar and butter",
                                         "And these, in this order:", "1. Eggs", "2. Flour",
                                         "Mix the ingredients slowly and bake the cake for forty minutes, then let it cool."]))
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["1. Ditch the diet"] == "heading" and kinds["2) Avoid skipping meals"] == "heading"
    assert kinds["eggs and flour"] == "list-item"
    assert kinds["1. Eggs"] == kinds["2. Flour"] == "p"  # items of a list, with their numbers


def test_a_byline_split_over_two_lines_gives_the_author() -> None:
    """"By" alone on a line, the name under it: one bare name alone would be taken for a heading."""
    headline = "Parliament passes the new rules after a long debate"
    assert process_text(page(headline, "By", "Jane Doe", "Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019")).authors.value == ("Jane Doe",)
    assert not process_text(page(headline, "Jane Doe")).authors.known


def test_a_deck_under_the_headline_is_the_standfirst() -> None:
    headline, deck = "New rules to take effect next spring", "Ministers say the new rules will take effect next spring after a long debate in parliament"
    article = process_text("\n\n".join([headline, deck, *PAGE_BODY]))
    assert (article.title.value, article.subtitle.value) == (headline, deck)
    assert [p.text for p in article.paragraphs] == PAGE_BODY


def test_a_signature_with_by_names_the_authors_over_bare_names_under_it() -> None:
    """CNN: "Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst" is removed as page
    chrome; the caption of the photo under it, two names, is kept. The signature names the
    author; the caption goes back to the text, nothing lost."""
    body = [
        "The minister said on Tuesday that the new rules would take effect next spring, after a long debate in parliament.",
        "Critics argue that the measure does little to address the underlying problem and will burden small firms.",
        "Officials expect the first results to be published within a year, according to a statement from the ministry.",
    ]
    page = ["Live TV", "The long debate over the new rules is finally over", "Analysis by Jane\u00a0Doe, Senior Political Analyst",
            "5 minute read", "Updated 9:22 PM EST, Mon November 6, 2023", "Maria Lopez and Peter Novak", "Example News", *body]
    article = process_text("\n".join(page), "signed")
    assert article.authors.value == ("Jane Doe",) and article.authors.origin.line == 3
    assert article.date.value == "2023-11-06"
    assert [p.text for p in article.paragraphs] == ["Maria Lopez and Peter Novak", *body]
    assert article.paragraphs[0].kind == "p"  # not a subheading
    assert 3 not in {s.line for s in article.stripped}  # read for the header, no longer listed as removed


def test_a_line_broken_mid_sentence_is_not_a_subheading() -> None:
    """Fragments of a sentence on lines of their own ("was", "... in Sheffield as") are text,
    not subheadings; "iPhone sales" is a subheading."""
    more = ["The committee will publish its findings in the spring, after hearing from the companies involved and from "
            "the regulators who first raised concerns about the market two years ago, when prices began to climb.",
            "Several firms have already said they will appeal against any fine, which could run to millions of pounds, and "
            "one has hired a team of lawyers to prepare its case for the courts next year.",
            "Consumer groups welcomed the inquiry but said it had taken far too long to get under way at all, while "
            "prices kept rising for households and small businesses across the whole of the country."]
    article = process_text("\n\n".join(["Home", "Parliament passes the new rules after a long debate", *PAGE_BODY,
                                         "was", more[0], "The men's 800m went to form in Sheffield as", more[1],
                                         "iPhone sales", more[2]]))
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["was"] == kinds["The men's 800m went to form in Sheffield as"] == "p"
    assert kinds["iPhone sales"] == "heading"


@pytest.mark.parametrize(("text", "kind"), [
    ("\u201cWe expected equal dialogue, that our interests would be respected by everyone.\u201d", "quote"),
    ('"We are pleased with the result of this long review," Mr Varley said. "Barclays is strong."', "p"),
    ("'We are pleased with the result of this review,' Mr Varley said. 'Barclays is strong.'", "p"),
    ("'The players' union is not happy with any of this at all, not at all.'", "quote"),
])
def test_only_a_paragraph_that_is_one_quotation_is_a_quote(text: str, kind: str) -> None:
    article = process_text("\n\n".join(["Home", "Parliament passes the new rules after a long debate", *PAGE_BODY, text, PAGE_BODY[0]]))
    assert {p.text: p.kind for p in article.paragraphs}[text] == kind


@pytest.mark.parametrize("title", ["Breakthrough", "Brexit chaos"])
def test_a_short_first_line_right_above_the_text_is_its_title(title: str) -> None:
    article = process_text("\n\n".join([title, *PAGE_BODY]))
    assert article.title.value == title


def test_an_address_is_not_the_title() -> None:
    article = process_text("\n\n".join(["Harbour budget ferry timetable", "https://example.com/2024/harbour-budget",
                                         "javascript:alert(13)//harbour-budget-ferry-timetable", *PAGE_BODY]))
    assert article.title.value == "Harbour budget ferry timetable"


def test_a_drop_cap_on_its_own_line_goes_back_to_its_paragraph() -> None:
    """'E' over 'xercice: ...' (a magazine's large first letter copies as a line of its own)."""
    article = process_text("\n\n".join(["Parliament passes the new rules after a long debate", "E",
                                         "xercise is good for you, the doctors said on Monday in a long report about it.",
                                         *PAGE_BODY]))
    assert article.paragraphs[0].text.startswith("Exercise is good for you")
    assert (3, "drop-cap") in article.metadata_lines and not any(s.text == "E" for s in article.stripped)


@pytest.mark.parametrize("text, expected", [
    # a name, then the date, on a signature line without "by"
    ("Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014", ("2014-10-03", ("Doug Stanglin",))),
    ("Linette Lopez | Sep. 21, 2011, 3:17 PM | 1,209 | 5", ("2011-09-21", ("Linette Lopez",))),
    ("September 10, 2018 | by Catherine Smith", ("2018-09-10", ("Catherine Smith",))),
    ("Vikram Sethuraman03-Nov-2019", ("2019-11-03", ("Vikram Sethuraman",))),  # the date glued on
    ("Romain Dulac mis à jour le 9 novembre 2019 à 23h12 Réagir 32", ("2019-11-09", ("Romain Dulac",))),  # the date's label between
    ("Harriet Colquhoun in London March 20 2019", ("2019-03-20", ("Harriet Colquhoun",))),  # where the author wrote from
    # labels over a date are no names: no separator after them, or a word no name has
    ("Most Popular October 3, 2014", None),
    ("Tow Truck Rescue 8:42 a.m. October 3, 2014", None),
    ("Breaking News | Sep. 21, 2011", None),
])
def test_a_signature_line_gives_date_and_names(text: str, expected) -> None:
    from readingroom.structure import date_and_byline
    assert date_and_byline(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("By: Marguerite Reardon August 18, 2010 3:21 PM PDT", ("Marguerite Reardon",)),
    ("By Bryan Walsh Tuesday, Aug. 17, 2010", ("Bryan Walsh",)),  # not "Bryan Walsh Tuesday"
])
def test_signed_names_end_before_the_date_and_its_weekday(text: str, expected) -> None:
    from readingroom.structure import _signed_names
    assert _signed_names(text) == expected


def test_a_section_break_stays_and_a_rule_of_symbols_goes() -> None:
    """"* * *" between parts of a text is the text's own; "*****...", "___", "- - - -" are the page's."""
    paragraph = "The council met on Monday {0} to discuss the budget for year {0}, and members agreed on most items after a long debate.\n\n"
    text = ("Budget agreed\n\n" + "".join(paragraph.format(i) for i in range(3)) + "* * *\n\n"
            + "".join(paragraph.format(i) for i in range(3, 6)) + "*************************\n\n- - - -\n\n" + paragraph.format(9))
    article = process_text(text, "sections")
    assert "* * *" in [p.text for p in article.paragraphs]
    assert {s.text for s in article.stripped} == {"*************************", "- - - -"}


def test_a_name_said_twice_under_the_headline_signs_the_piece() -> None:
    """A blog platform shows the author's avatar label and name link, one under the other, among
    widgets ("Follow", "7 min read", the date); a bare name said once there is not read."""
    header = ["The Long Game of Harbour Politics", "Alex Example", "Alex Example", "Follow", "7 min read", "·",
              "Mar 12, 2025", "312", "8", "Listen", "Share", "More"]
    article = process_text("\n".join([*header, *PAGE_BODY]))
    assert article.authors.value == ("Alex Example",) and article.authors.origin.line == 2
    assert article.date.value == "2025-03-12"
    once = process_text("\n".join([*header[:2], *header[3:], *PAGE_BODY]))
    assert once.authors.value is None
    shouted = process_text("\n".join([header[0], "ABCDEFG", "ABCDEFG", *header[3:], *PAGE_BODY]))
    assert shouted.authors.value is None


@pytest.mark.parametrize(("last", "cut"), [
    ("A spokesman said: 'This is not the first time it has happened.'", False),  # a straight quote closing a sentence
    ("After the final whistle the minister walked onto the pitch, shook every hand in the squad and thanked the coaches, "
     "the staff and above all the players", True),
    ("After the final whistle the minister walked onto the pitch, shook every hand in the squad and thanked the coaches, "
     "the staff and above all the players'", True),  # a plural's apostrophe ends no sentence
    ("“We will be back,” she said.", False),
])
def test_the_last_paragraph_shows_whether_the_copy_is_cut_off(last: str, cut: bool) -> None:
    article = process_text("\n\n".join(["New rules take effect next spring", *PAGE_BODY, last]))
    assert article.paragraphs[-1].text == last
    assert article.truncated.value is cut


def test_a_name_then_its_date_after_a_spaced_dash_or_glued_to_it() -> None:
    """"Diana Kowalczyk - Apr 3, 2019 1:15 pm UTC" (Ars Technica, SlashGear) and "Miriam
    CastellanosApril 23, 2019" (a copy that glued the name's element to the date's) sign the piece;
    a label over a date does not."""
    from readingroom.structure import _name_then_date
    assert _name_then_date("Diana Kowalczyk - Apr 3, 2019 1:15 pm UTC") == ("2019-04-03", ("Diana Kowalczyk",))
    assert _name_then_date("Miriam CastellanosApril 23, 2019") == ("2019-04-23", ("Miriam Castellanos",))
    assert _name_then_date("Most Popular October 3, 2014") is None


@pytest.mark.parametrize(("line", "read"), [
    ("Tanya WaterhouseThursday 25 Jul 2019 9:47 am", ("2019-07-25", ("Tanya Waterhouse",))),  # the weekday glued on
    ("ΜΑΡΙΑ ΣΤΑΥΡΙΔΟΥ08.10.2019 • 07:45", ("2019-10-08", ("ΜΑΡΙΑ ΣΤΑΥΡΙΔΟΥ",))),  # a name in capitals, the date glued on
    ("Sanne Verhoeven en Joost de Graaf13 maart 2019, 14:05", ("2019-03-13", ("Sanne Verhoeven", "Joost de Graaf"))),
    # the date, then a row's other parts: the time and counters, or "Posted" and the update after a bar
    ("Clíodhna Brady Sep 16th 2019, 3:04 PM 14,207 Views 23 Comments", ("2019-09-16", ("Clíodhna Brady",))),
    ("Riley Laboissiere · CBC News Posted: Feb 21, 2019 5:00 AM CT | Last Updated: February 21, 2019",
     ("2019-02-21", ("Riley Laboissiere",))),
    ("2019.03.13. 08:41Tóth Eszter", ("2019-03-13", ("Tóth Eszter",))),  # the date first, the name glued after its time
    ("6:41 am on 12 June 2019Elena Tuilagi, Pacific Journalist", ("2019-06-12", ("Elena Tuilagi",))),  # the time first, a role after
    ("12 June 2019Elena Tuilagi, Pacific Ocean", None),  # (a place after the comma: no role's word)
    ("12 mars 2019 / Clémence Durand (Reporterre)", ("2019-03-12", ("Clémence Durand",))),  # a name and its paper in brackets
    ("12 March 2019 / Health Service (NHS)", None),
    ("Published on 12/03/2019, 2:18pmUpdated on 13/03/2019, 9:41am By Cecilia Mwangi in Nairobi",
     ("2019-03-12", ("Cecilia Mwangi",))),  # the update's date tells the order, the byline after both
    ("OLJ / Par Karim HADDAD et Maya KHOURY, le 16 juillet 2019 à 00h00Lecture : 4 min", ("2019-07-16", ("Karim HADDAD", "Maya KHOURY"))),
    ("Most PopularThursday 25 Jul 2019", None),
    ("Latest News 25 Jul 2019 12 comments", None),
    ("March 3, 2019 Breaking News", None),
    ("נועה גולדברג פורסם: 16.07.19 , 14:23", ("2019-07-16", ("נועה גולדברג",))),  # a name without capitals, the date's label
    ("נועה שגיאפורסם: 27.10.19 , 18:42תגובות: 48", ("2019-10-27", ("נועה שגיא",))),  # ...glued to the name, the comments' count glued on
    ("Hannah WhitcombeAug 14, 201948", ("2019-08-14", ("Hannah Whitcombe",))),  # the comments' count glued to the year
    ("ليلى الخطيب نشر في: 16 يوليو 2019", ("2019-07-16", ("ليلى الخطيب",))),
    ("Mohamed Samir Abdel-Latif , Wednesday 12 Jun 2019", ("2019-06-12", ("Mohamed Samir Abdel-Latif",))),  # the comma before the weekday
    ("Latest News, Wednesday 12 Jun 2019", None),
    ("Actualizado Miércoles, 3 diciembre 2025 - 12:14", None),  # the date's label and weekday
    ("BY TESSA OKONKWO AND LUIS BRANDT - March 14, 2019", ("2019-03-14", ("TESSA OKONKWO", "LUIS BRANDT"))),
    ("Hannah Kozlowski10:43 AM CDT on May 15, 2019", ("2019-05-15", ("Hannah Kozlowski",))),  # the time glued to the name
    ("Top Stories10:43 AM CDT on May 15, 2019", None),
    ("Par Julien Marchal et Sophie Arnaud Mis à jour le 14/05/2019 à 19:02 | Publié le 14/05/2019 à 18:30",
     ("2019-05-14", ("Julien Marchal", "Sophie Arnaud"))),  # a slashed date after the names
    ("Mathilde Roux, Envoyée spéciale à Saint-Aubin-sur-Loire (Loiret) — 18 juin 2019 à 20:16 (mis à jour à 21:02)",
     ("2019-06-18", ("Mathilde Roux",))),  # the role and where it was written, between the name and the date
    ("Posted 5:14 PM, June 2, 2019, by WGN Web Desk, Updated at 06:02PM, June 2, 2019", ("2019-06-02", ("WGN Web Desk",))),  # the label first
    ("India News | Reported by Kavita Rathod, Edited by Arjun Sen | Updated: August 10, 2019 14:22 IST",
     ("2019-08-10", ("Kavita Rathod",))),  # a section's name, the byline and the date
    ("Most read story of the week | By Jane Doe | March 3, 2019", None),
    ("Nadia Ferreira and Tom Whitaker Aug 22, 2019", ("2019-08-22", ("Nadia Ferreira", "Tom Whitaker"))),  # two names joined, then the date
    ("Sports and Weather Aug 22, 2019", None),
    ("Henrike Wesselsam Mittwoch, 16.10.2019 - 13:05", ("2019-10-16", ("Henrike Wessels",))),  # German "am" glued to the name
    ("Tom Jackson Monday, March 4, 2019", ("2019-03-04", ("Tom Jackson",))),
    ("Linda Sjöberg, Jonas Holmén 1.3.2019 - 16:20", ("2019-03-01", ("Linda Sjöberg", "Jonas Holmén"))),  # two names, a comma between
    ("Jane Doe, New York March 3, 2019", ("2019-03-03", ("Jane Doe",))),  # the place she filed from
    ("Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014", ("2014-10-03", ("Doug Stanglin",))),  # the outlet
    ("חדשות פורסם: 16.07.19", None),  # one word: a section's name
    ("By - Arjun Mehta | 20 Feb 2024 3:22 PM IST", ("2024-02-20", ("Arjun Mehta",))),  # a hyphen after "By"
    ("ראשי חדשות בארץ דרום ספורט פורסם: 16.07.19", None),  # a menu
    ("Ryan Caldwell- Jun. 17th 2019 6:47 am PT@ryancaldwell", ("2019-06-17", ("Ryan Caldwell",))),  # a dash glued to the name, a handle to the time
    ("Mary Smith-Jones Jun. 17th 2019", None),  # a hyphen inside the name, no separator
    ("Cities | Nikita Mehra | Updated: August 19, 2019 4:42 pm IST", ("2019-08-19", ("Nikita Mehra",))),  # the section, the bare name, the date
    ("India | South Asia | Updated: August 19, 2019", None),  # the section and a region
    ("World | New Delhi | August 19, 2019", None),  # ...and a city
    ("New York, March 6, 2025", None),  # a dateline's place
    ("Mary Jones, March 6, 2025", ("2025-03-06", ("Mary Jones",))),
])
def test_a_signature_row_of_a_name_and_a_date(line: str, read: tuple[str, tuple[str, ...]] | None) -> None:
    from readingroom.structure import date_and_byline
    assert date_and_byline(line) == read


def test_bare_names_one_to_a_line_under_the_deck() -> None:
    """"NEWS · 14 August 2019" / headline / deck / "Holly Brennan" / "Tomás Wirth" / share buttons: both sign;
    an institution after "by" signs for no person."""
    article = process_text("\n\n".join(["Home", "news", "NEWS · 14 August 2019", "Lake mud reveals the drought that upended early Andean farmers",
                                        "Sediment cores from a high-altitude lake suggest a decades-long dry spell struck the basin.",
                                        "Holly Brennan", "Tomás Wirth", "Share on TwitterTwitter",
                                        "Mud from the bottom of a lake in the Andes records a drought that lasted decades and upended early farmers there.",
                                        "The drought struck around 4,200 years ago, the sediment shows, as farmers were settling the lake's shores.",
                                        *PAGE_BODY]), "x")
    assert article.authors.value == ("Holly Brennan", "Tomás Wirth")
    institution = process_text("\n\n".join(["Home", "Bumblebees struggle to find flowers in hot weather, study shows",
                                            "by University of Exeter", "August 14, 2019", *PAGE_BODY]), "x")
    assert institution.authors.value is None


@pytest.mark.parametrize(("signature", "authors"), [
    (["By", "Andrea Novak", "and", "Mark T. Fellows", "Share"], ("Andrea Novak", "Mark T. Fellows")),  # the WSJ's, one to a line
    (["Noam Kedar", "Follow", "Send in e-mailSend in e-mail", "Jul 16, 2019 4:42 PM"], ("Noam Kedar",)),  # over its buttons over the date
    (["Serkan Yılmaz/İZMİR,(DHA)", "Oluşturulma Tarihi: Temmuz 16, 2019 11:02"], ("Serkan Yılmaz",)),
    (["HARUKA TANIGUCHI and RYO NAKAMURA, Nikkei staff writers", "May 27, 2019 17:42 JST"], ("HARUKA TANIGUCHI", "RYO NAKAMURA")),
    # bare names one to a line, each with the author's e-mail address glued on, over the date
    (["박지훈 기자", "이서연 기자", "jhpark@chosun.com", "입력 2019.11.04 03:01 | 수정 2019.11.04 09:12"], ("박지훈", "이서연")),
    (["Erik Lindqvisterik.lindqvist@aftonbladet.se", "Sara Nymansara.nyman@aftonbladet.se", "Publicerad 11 mars 2019 kl. 08.14"],
     ("Erik Lindqvist", "Sara Nyman")),
])
def test_signatures_of_more_outlets(signature: list[str], authors: tuple[str, ...]) -> None:
    headline = "Parliament passes the new rules after a long debate"
    article = process_text(page(headline, *signature))
    assert article.title.value == headline
    assert article.authors.value == authors


def test_a_caption_with_a_preposition_like_a_byline_keyword_signs_nothing() -> None:
    """Indonesian "di" (at) is Italian "di" (by): in a caption before its date it names a place, not an author."""
    from readingroom.structure import _signed_names
    assert _signed_names("Warga menimbang sampah plastik di Bank Sampah Karya Lestari, Dusun Karangrejo, Bantul, Selasa (13/8/2019).") is None
    assert _signed_names("Monday November 18, 2019 7:45 am PST by Joe Rossignol") == ("Joe Rossignol",)


def test_a_quotation_opened_by_a_dash_is_a_paragraph_not_a_list() -> None:
    """Nordic papers open speech with a dash ("– Först trodde vi ..., säger hon."): between paragraphs it
    is one, with its dash; dashed lines one under another stay a list."""
    quote = "– Först trodde vi att det skulle ta några minuter. Sedan blev det en timme, sedan två, säger hon."
    article = process_text("\n\n".join(["Signalfel slog ut tågtrafiken i fyra timmar", *PAGE_BODY[:2], quote, *PAGE_BODY[2:],
                                        "The measures:", "– a new fee for drivers", "– more buses at night", "– a lower speed limit"]), "x")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds[quote] == "p"
    assert kinds["a new fee for drivers"] == "list-item"


def test_bare_names_one_to_a_line_under_the_date() -> None:
    """"headline / deck / date / Anna Vittorini / Kofi Mensah / share buttons": both sign."""
    article = process_text("\n\n".join(["Home", "Markets", "Kestrel Exchange Pauses Withdrawals After Hot Wallet Discrepancy",
                                        "The Singapore-based exchange said customer funds were safe but gave no timeline.",
                                        "Updated Dec 3, 2019 at 11:40 UTC Published Dec 3, 2019 at 08:15 UTC",
                                        "Anna Vittorini", "Kofi Mensah", "TwitterFacebookLinkedInReddit", *PAGE_BODY]), "x")
    assert article.authors.value == ("Anna Vittorini", "Kofi Mensah")
    assert article.date.value == "2019-12-03"
    assert all(p.text not in ("Anna Vittorini", "Kofi Mensah") for p in article.paragraphs)


def test_the_writer_not_the_reviewer_signs() -> None:
    article = process_text("\n".join([
        "Home", "Iron deficiency anemia: causes and treatment",
        "Medically reviewed by Daniel Kim, MD — Written by Rachel Osei — Updated on August 22, 2019",
        "Iron deficiency anemia happens when the body does not have enough iron to make the hemoglobin that red blood cells need to carry oxygen.",
        "It is the most common kind of anemia, and it often develops slowly, so that many people do not notice the first symptoms for months.",
        "Doctors usually diagnose it with a blood test and treat it with iron supplements and changes to the diet, which work for most people."]), "x")
    assert article.authors.value == ("Rachel Osei",)


def test_a_signature_with_its_date_and_counters() -> None:
    """"Автор: Name date Просмотров: ... Комментарии: ..." and "Name, Paper·Published ... | Updated ...",
    the name's and the date's elements glued by the copy, sign the piece with the first date."""
    from readingroom.structure import date_and_byline, _signed_names
    assert _signed_names("Автор: Ирина Соколова 12.03.2019 14:35 Просмотров: 1 245 Комментарии: 0") == ("Ирина Соколова",)
    assert date_and_byline("Emily Carter, The Cedar Valley LedgerPublished 6:00 a.m. CT March 3, 2019 | Updated 8:14 a.m. CT "
                            "March 3, 2019") == ("2019-03-03", ("Emily Carter",))


def test_a_name_with_the_authors_handle_signs() -> None:
    from readingroom.structure import _name_with_handle
    assert _name_with_handle("Maren Okafor@marenokafor / 6:00 am PST • March 5, 2019") == ("Maren Okafor",)
    assert _name_with_handle("Devin Castellano, @devcastellano") == ("Devin Castellano",)
    assert _name_with_handle("Follow us @example") is None


def test_names_one_to_a_line_under_a_lone_by() -> None:
    """"by" / "Nathaniel Brooks" / "Rosa Delgado" / "KUNC" / date: both names sign; a role on the
    line under a byline does not ("Winnipeg Digital Journalist")."""
    body = ["In an abandoned silver mine high in the mountains, a biologist clips a hibernating bat from the ceiling and swabs its wings for spores.",
            "The samples will be tested for the fungus that causes white-nose syndrome, a disease that has killed millions of bats in the east.",
            "Scientists had hoped the dry western climate would slow the fungus down, but it was found in the state for the first time last spring."]
    head = ["Home", "A Deadly Bat Fungus Reaches The Rockies. Scientists Are Racing To Slow It", "by", "Nathaniel Brooks", "Rosa Delgado", "KUNC",
            "April 18, 2019 5:00 AM ET", "Facebook", "Twitter", "Flipboard", "Email", "Heard on Morning Edition", "Listen · 4:12", "Download",
            "Transcript", "Enlarge this image", "Wildlife biologist Carmen Oyler swabs a little brown bat in Leadville, Colo.", "toggle caption",
            "Rosa Delgado/KUNC"]
    article = process_text("\n\n".join(head + body), "x")
    assert article.authors.value == ("Nathaniel Brooks", "Rosa Delgado") and article.date.value == "2019-04-18"
    role = process_text("\n\n".join(["Home", "Winnipeg opens its first heated bus shelters on the busiest routes", "By Elena Kostiuk",
                                      "Winnipeg Digital Journalist", "March 3, 2019 9:00 AM", *body]), "x")
    assert role.authors.value == ("Elena Kostiuk",)


def test_a_post_meta_line_is_read_without_its_disclosure_and_comment_count() -> None:
    from readingroom.structure import _without_disclosure

    line = "Published: Mar 14, 2019 · Modified: Oct 2, 2019 by Hannah Breck · This post may contain affiliate links · 48 Comments"
    assert _without_disclosure(line) == "Published: Mar 14, 2019 · Modified: Oct 2, 2019 by Hannah Breck"
    assert _without_disclosure("By Jane Roe · March 3, 2019") == "By Jane Roe · March 3, 2019"


@pytest.mark.parametrize(("line", "found"), [
    ("Ritika Sharma and Anupam TiwariHindustan Times, Kesharganj Updated: Nov 14, 2019 18:22 IST",
     ("2019-11-14", ("Ritika Sharma", "Anupam Tiwari"))),  # two names, the paper glued on, the date
    ("Rizwan Haider AbbasiPublished March 27, 2019", ("2019-03-27", ("Rizwan Haider Abbasi",))),  # the date's label glued
    ("Автор Алёна ВедерниковаОпубликовано 12.04.2019", ("2019-04-12", ("Алёна Ведерникова",))),  # a label without its colon
    ("Tekst Hanneke Verbeek en Joost de GraafFoto’s Merel Tuk8 maart 2019Leestijd 7 minuten",
     ("2019-03-08", ("Hanneke Verbeek", "Joost de Graaf"))),  # Dutch "Tekst" (the text's writers), the photographer's credit after
    ("Анастасия Ковалевич / TUT.BY23 апреля 2019 в 8:15 Просмотров: 48 512", ("2019-04-23", ("Анастасия Ковалевич",))),
    ("Радослава Петкова 1 дек 2019, 9:00|последна промяна 11:26|4 218 прочитания", ("2019-12-01", ("Радослава Петкова",))),
    ("Most Popular October 3, 2014", None),
])
def test_names_then_the_date_without_by(line: str, found: tuple | None) -> None:
    from readingroom.structure import _name_then_date
    assert _name_then_date(line) == found


@pytest.mark.parametrize(("line", "found"), [
    ("Author: Beckett Mariano", ("Beckett Mariano",)),  # a label with its colon
    ("Eine Kolumne von Johanna Feldkamp-Yilmaz", ("Johanna Feldkamp-Yilmaz",)),  # the kind of piece before "von"
    ("Autor:Nikola Barić", ("Nikola Barić",)),  # the label glued to the name
])
def test_signed_names(line: str, found: tuple) -> None:
    from readingroom.structure import _signed_names
    assert _signed_names(line) == found


def test_each_name_with_its_handle() -> None:
    from readingroom.structure import _name_with_handle
    assert _name_with_handle("Maribel Santacruz@mbsantacruz / Jens Hakkarainen@jhakk") == ("Maribel Santacruz", "Jens Hakkarainen")
    assert _name_with_handle("Ana Roe @anaroe") == ("Ana Roe",)


@pytest.mark.parametrize(("line", "found"), [
    ("Aug 21, 2019 • Tobiah Wrenfield • 6 min read", ("2019-08-21", ("Tobiah Wrenfield",))),  # a post's meta row
    ("Aug 21, 2019 • Latest News • 6 min read", None),
    ("Posted byTamsin EvercroftMarch 14, 2019March 15, 2019 7 Comments on Three winters", ("2019-03-14", ("Tamsin Evercroft",))),
    ("September 10, 2018 | by Catherine Smith", ("2018-09-10", ("Catherine Smith",))),
])
def test_date_and_byline_on_one_line(line: str, found: tuple | None) -> None:
    from readingroom.structure import date_and_byline
    assert date_and_byline(line) == found


def test_a_deck_kept_as_text_over_a_removed_signature_is_the_deck() -> None:
    """Headline / deck / "name published: date" / share buttons / caption / text (Ynet's header;
    written for this test): the deck was kept as the text's first paragraph and the signature,
    a name without capitals, removed as page furniture; the deck is the subtitle and the
    signature signs the piece."""
    page = "\n\n".join([
        "דלג לתוכן העיקרי", "חדשות", "ספורט", "תרבות", "ynet > חדשות > דרום",
        "גל החום: באר שבע תפתח את הבריכות העירוניות בחינם בסופי השבוע",
        "בעקבות תחזית לטמפרטורות של מעל 40 מעלות, העירייה הודיעה כי הכניסה לשלוש בריכות ציבוריות תהיה ללא תשלום עד סוף "
        "החודש. במקביל, יוצבו תחנות מים ומקומות מוצלים ברחבי העיר",
        "נועה גולדברג פורסם: 16.07.19 , 14:23",
        "שתפו בפייסבוקשתפו בוואטסאפשתפו בטוויטרשליחה לחבר14 תגובות",
        "ילדים בבריכה העירונית בבאר שבע, השבוע (צילום: הרצל כהן)",
        "עיריית באר שבע הודיעה היום כי שלוש הבריכות העירוניות ייפתחו ללא תשלום בימי שישי ושבת, לנוכח גל החום שצפוי להימשך "
        "עד השבוע הבא ולהביא לטמפרטורות חריגות בכל אזור הדרום.",
        "לדברי סגנית ראש העירייה, ההחלטה נועדה לתת מענה למשפחות שאין להן מיזוג אוויר בבית, ומצילים נוספים יוצבו בכל אחת "
        "מהבריכות בשעות הפעילות המורחבות.",
        "הכניסה החינמית תחול על תושבי העיר בלבד, בהצגת תעודת זהות, והבריכות ייסגרו בשעה שמונה בערב."])
    article = process_text(page, "deck")
    assert article.title.value == "גל החום: באר שבע תפתח את הבריכות העירוניות בחינם בסופי השבוע"
    assert article.subtitle.value.startswith("בעקבות תחזית")
    assert article.authors.value == ("נועה גולדברג",) and article.date.value == "2019-07-16"
    assert article.paragraphs[0].text.startswith("עיריית באר שבע")


@pytest.mark.parametrize(("closing", "authors"), [
    ("（森下千尋）", ("森下千尋",)),
    ("（共同）", ()),  # an agency's credit
])
def test_a_name_in_brackets_under_a_japanese_text_signs_it(closing: str, authors: tuple[str, ...]) -> None:
    """Asahi signs under the text: "...と話す。" / "（森下千尋）" / the tags (written for this test)."""
    page = "\n\n".join([
        "朝日新聞デジタル", "トップ", "社会", "記事",
        "山あいの集落に「動くスーパー」　買い物難民の足に　岐阜",
        "2019年7月30日 10時41分",
        "岐阜県郡上市の山あいの集落に、食料品や日用品を積んだ軽トラックがやってくる。地元のスーパーが始めた移動販売だ。",
        "近くの店が閉まり、車を運転できない高齢者にとっては、週２回の移動販売が暮らしの支えになっている。",
        "運営するスーパーの社長は「地域のスーパーとして続ける意味がある」と話す。",
        closing, "関連キーワード", "高齢者", "過疎", "移動販売", "ランキング", "1位", "2位", "3位", "朝日新聞社について",
        "サイトポリシー", "個人情報", "著作権", "Copyright © The Asahi Shimbun Company. All rights reserved."])
    article = process_text(page, "asahi")
    assert (article.authors.value or ()) == authors
    if authors:
        assert article.authors.origin.detail == "name in brackets under the text"


def test_a_caption_with_its_credit_in_brackets_is_not_the_headline() -> None:
    """NDTV's header: headline / "India News | Reported by ... | Updated: ..." / share buttons / deck /
    the photo's caption ending "... on Saturday. (PTI)" / highlights / text (written for this test)."""
    page = "\n\n".join([
        "Home", "India", "World", "Business", "Home | India | News",
        "3 Dead As Heavy Rain Lashes Saurashtra, Schools Shut In 4 Gujarat Districts",
        "India News | Reported by Kavita Rathod, Edited by Arjun Sen | Updated: August 10, 2019 14:22 IST",
        "Email This PageCommentsFacebookTwitterRedditWhatsApp",
        "Rajkot received 240 mm of rain in 24 hours, the highest in a decade for the month of August, officials said.",
        "Rescue workers evacuate residents from a flooded area in Rajkot on Saturday. (PTI)",
        "Highlights", "Rajkot received 240 mm rain in 24 hours", "NDRF teams deployed in Rajkot, Jamnagar, Morbi",
        "Ahmedabad: At least three people were killed and over 2,000 evacuated as heavy rain lashed Saurashtra on Saturday, "
        "officials said, and schools in four districts were shut for the day.",
        "Schools and colleges in Rajkot, Jamnagar, Morbi and Devbhumi Dwarka districts did not open after the weather office "
        "warned of more rain over the next two days.",
        "Teams of the National Disaster Response Force were sent to the worst-hit areas, where water entered hundreds of homes.",
        "(With inputs from PTI)", "Trending", "Privacy Policy", "Copyright © NDTV Convergence Limited 2019. All rights reserved."])
    article = process_text(page, "ndtv")
    assert article.title.value == "3 Dead As Heavy Rain Lashes Saurashtra, Schools Shut In 4 Gujarat Districts"
    assert article.authors.value == ("Kavita Rathod",) and article.date.value == "2019-08-10"
    assert not any("(PTI)" in p.text for p in article.paragraphs)


@pytest.mark.parametrize(("under", "date", "updated"), [
    ("Published in Dawn, October 14th, 2019", "2019-10-14", "2019-10-15"),
    ("First Published: Oct 14, 2019 23:10 IST", "2019-10-14", "2019-10-15"),
    ("Published in Dawn, October 16th, 2019", "2019-10-15", None),  # later than the update: not the first publication
])
def test_the_first_publication_under_the_text_dates_a_piece_the_header_dates_by_its_update(under: str, date: str, updated: str | None) -> None:
    """Dawn's header shows only "Updated October 15, 2019"; the print edition's note under the text
    says when it was first published (written for this test)."""
    page = "\n\n".join([
        "Home", "Pakistan", "Business", "Sport", "Opinion",
        "Sindh notifies new bulk water tariff for industrial zones in Karachi",
        "Imtiaz Ali Bhatti", "Updated October 15, 2019",
        "KARACHI: The Sindh government has notified a new tariff for bulk water supplied to the industrial zones of the "
        "city, raising the rate by a fifth from next month, officials said on Sunday.",
        "The water board said the increase was needed to pay for repairs to the main conduits, which lose a third of the "
        "water they carry before it reaches the zones.",
        "Industrialists said they had not been consulted and would take the matter to the chief minister this week.",
        under, "Comments (12)", "Most Popular", "Copyright © 2019, Dawn"])
    article = process_text(page, "dawn")
    assert article.date.value == date
    assert article.updated.value == updated


def test_a_list_after_an_ad_is_text_and_hyphen_quotations_stay_paragraphs() -> None:
    """Blic's text (written for this test): a subheading under an ad's label, a sentence ending with a colon over
    items ending with semicolons, which had read as a feed of teasers and been cut from the text; quotations
    opened by a hyphen and closed by the speaker, which had become a list."""
    quote = ("- Plaćamo sve više, a autobus čekam i po pola sata. Leti nema klime, zimi nema grejanja. Neka prvo srede "
             "prevoz, pa onda neka dižu cene - kaže Snežana iz Zemuna.")
    page = "\n\n".join([
        "Vesti", "Beograd", "Sport", "Zabava",
        "Gradski prevoz od 1. juna skuplji? Beograđani negoduju",
        "Autor: J. Petrović",
        "Kako Blic saznaje, predlog nove cene usaglašen je u Sekretarijatu za javni prevoz, a Gradsko veće bi o njemu "
        "trebalo da odlučuje već naredne nedelje, nakon čega bi nove cene važile od prvog juna.",
        "Iz Sekretarijata objašnjavaju da je poskupljenje neizbežno zbog rasta cene goriva i održavanja vozila, kao i "
        "zbog novih autobusa koji bi trebalo da stignu do kraja godine.",
        quote,
        "Student Nikola Stanković ističe da mu poskupljenje ne smeta direktno, jer se studentska karta ne menja, ali "
        "da brine zbog roditelja koji svakog dana putuju na posao.",
        "Oglas",
        "ŠTA SE MENJA",
        "Prema predlogu u koji je Blic imao uvid, izmene bi bile sledeće:",
        "pojedinačna karta u prvoj zoni sa 89 na 99 dinara;",
        "dnevna karta sa 250 na 280 dinara;",
        "mesečna pretplata za zaposlene sa 2.690 na 2.990 dinara;",
        "cene za penzionere, studente i učenike ostaju iste.",
        "Kazna za vožnju bez karte ostaje 6.000 dinara, odnosno 3.000 dinara ako se plati na licu mesta.",
        "BLIC TV: Pogledajte kako izgleda jutarnja gužva na Zelenom vencu",
        "Opozicioni odbornici već su najavili da će tražiti da se o predlogu raspravlja na sednici Skupštine grada, "
        "jer smatraju da je poskupljenje preveliko u vreme kada plate ne rastu.",
        "U Sekretarijatu odgovaraju da će do kraja godine na ulice izaći 60 novih autobusa i da će se to odmah osetiti.",
        "Tagovi:GSPjavni prevozBeograd", "Komentari (45)", "Pravila korišćenja", "Copyright © Ringier Axel Springer"])
    article = process_text(page, "blic")
    texts = [p.text for p in article.paragraphs]
    assert "dnevna karta sa 250 na 280 dinara;" in texts and any(t.startswith("Opozicioni odbornici") for t in texts)
    quoted = next(p for p in article.paragraphs if "Plaćamo sve više" in p.text)
    assert quoted.kind == "p" and quoted.text.startswith("- Plaćamo")


@pytest.mark.parametrize(("title", "shown"), [
    ("Nach sieben sieglosen Spielen:Wehen Wiesbaden trennt sich von Reiners",
     "Nach sieben sieglosen Spielen: Wehen Wiesbaden trennt sich von Reiners"),  # a kicker's colon glued to the headline
    ("TV presenter Deeley drops CD:UK", "TV presenter Deeley drops CD:UK"),  # a name's own colon
    ("Match report 3:1 in Bremen", "Match report 3:1 in Bremen"),
])
def test_a_kicker_s_colon_glued_to_the_headline_gets_its_space(title: str, shown: str) -> None:
    from readingroom.structure import _GLUED_COLON
    assert _GLUED_COLON.sub(": ", title) == shown


@pytest.mark.parametrize("signature", ["Agnieszka Wrona21 listopada 2019 | 06:00", "Sanne Verhoeven02-07-19, 17:45Laatste update: 20:18"])
def test_a_name_glued_to_a_date_the_copy_cannot_read_still_signs(signature: str) -> None:
    """The name glued to the digits of a date that is not read (a month of two languages, a day and
    month either way round) is the byline's; the date stays unknown."""
    from readingroom.structure import _name_glued_to_digits

    assert _name_glued_to_digits(signature) == (signature.split("2")[0].split("0")[0],)


@pytest.mark.parametrize(("signature", "names"), [
    ("LokerenTom De Smet11-06-19, 11:32Laatste update: 13:05", ("Tom De Smet",)),  # the regional edition's place glued before
    ("RotterdamDaan Kooij en Sanne Witteveen03-12-19, 07:14Laatste update: 10:41", ("Daan Kooij", "Sanne Witteveen")),
    ("Joost de Graaf04-05-19, 10:00", ("Joost de Graaf",)),  # a particle in lower case
    ("MacKenzie Smith12-03-19, 10:00", ("MacKenzie Smith",)),  # no place: a name's own capital
])
def test_a_place_glued_before_names_glued_to_the_date_is_no_name(signature: str, names: tuple[str, ...]) -> None:
    from readingroom.structure import _name_glued_to_digits

    assert _name_glued_to_digits(signature) == names


@pytest.mark.parametrize(("row", "names"), [
    ("Rhiannon Doyle|Edited by Tom Haskell|Published on 04 September 2019", ("Rhiannon Doyle",)),  # the writer, not the editor
    ("By Jane Roe | Edited by Tom Hale", ("Jane Roe",)),
    ("Posted Fri, Jun 14, 2019 at 11:25 am ET|Updated Fri, Jun 14, 2019 at 11:32 am ET", None),  # a row of dates names no one
])
def test_a_row_between_bars_names_its_writers_not_its_editors(row: str, names: tuple[str, ...] | None) -> None:
    from readingroom.structure import _names_between_bars, _signed_names

    assert (_signed_names(row) or _names_between_bars(row)) == names


@pytest.mark.parametrize(("line", "names"), [
    ("An interview with Ingrid Solheim by Margot Ellison", ("Margot Ellison",)),  # the interviewer, not the one interviewed
    ("Interview Conducted by Julia Amalia Kessler and Matthias Brenner", ("Julia Amalia Kessler", "Matthias Brenner")),
    ("Passed by Parliament", None),
])
def test_an_interview_s_byline_names_its_interviewers(line: str, names: tuple[str, ...] | None) -> None:
    from readingroom.structure import _signed_names, parse_byline

    assert (_signed_names(line) or parse_byline(line)) == names


def test_the_names_end_at_the_updates_label_glued_after_a_stop() -> None:
    from readingroom.structure import _signed_names

    assert _signed_names("Publié le 22/10/2019 à 15h41 par Pierre Lacoste.Mis à jour à 17h20") == ("Pierre Lacoste",)


def test_a_name_over_its_agency_and_date_signs_the_piece() -> None:
    """"MARGARET HOLLIS" over "Associated Press•June 12, 2019": the reporter, not the agency."""
    lines = ["Kansas town buys its only grocery store", "", "MARGARET HOLLIS", "", "Associated Press•June 12, 2019", "",
             "GREENLEAF, Kan. (AP) — When the owners of the only grocery store in this town of 350 retired, the city council bought it.",
             "", *[f"{sentence} It has been that way for years, the mayor said on Tuesday." for sentence in (
                 "The store is the only one for twenty miles.", "Residents drive far for milk.", "The council voted four to one.")]]
    article = process_text("\n".join(lines), "yahoo")
    assert article.authors.value == ("MARGARET HOLLIS",)
    assert article.date.value == "2019-06-12"


def test_a_name_with_a_role_over_its_handle_is_the_byline_not_the_headline() -> None:
    """"Hannah Corrie Social affairs correspondent" over "@hcorrie_writes" and the date line, which says
    its first publication and last modification glued on, under the headline and deck."""
    lines = ["Homeless families stuck in temporary housing for years, councils warn",
             "Figures from 41 authorities show thousands of households with children in emergency housing",
             "Share on Facebook", "Share on Twitter", "Hannah Corrie Social affairs correspondent", "@hcorrie_writes",
             "Tue 12 Mar 2019 06.00 GMTFirst published on Tue 12 Mar 2019 06.00 GMTLast modified on Tue 12 Mar 2019 10.15 GMT",
             "Thousands of homeless families in England are spending more than two years in temporary accommodation, councils said.",
             "The data, gathered from 41 local authorities, show the number has risen by half since 2015, the network said on Monday.",
             "Councils said they could not find homes because rents had risen faster than housing benefit for a decade or more."]
    article = process_text("\n\n".join(lines), "guardian")
    assert article.title.value == lines[0]
    assert article.authors.value == ("Hannah Corrie",)
    assert article.date.value == "2019-03-12"


def test_names_between_bars_sign_together() -> None:
    from readingroom.structure import _names_between_bars

    assert _names_between_bars("Rosa Pendleton, Education Editor | Daniel Ashby") == ("Rosa Pendleton", "Daniel Ashby")
    assert _names_between_bars("News | Sport") is None


def test_names_after_an_agencys_writers() -> None:
    from readingroom.structure import _signed_names

    assert _signed_names("by Xinhua writers Li Min, Aidos Bekov") == ("Li Min", "Aidos Bekov")


def test_a_photographers_name_over_the_byline_that_says_by_is_no_author() -> None:
    lines = ["‘Night Shift Saints’ Pilot: Danielle Okafor To Star In NBC Medical Drama", "Michael Lavine", "By Tessa Greenway",
             "TV Reporter", "October 22, 2019 1:47pm",
             "EXCLUSIVE: Danielle Okafor has been tapped as the lead in NBC’s drama pilot Night Shift Saints, from writer Ana Reyes.",
             "Written by Reyes and to be directed by Kevin Marsh, Night Shift Saints follows a group of nurses on the overnight shift.",
             "Okafor will play Dana, a veteran nurse who is about to be promoted when a new doctor arrives at the hospital."]
    article = process_text("\n\n".join(lines), "deadline")
    assert article.authors.value == ("Tessa Greenway",)


def test_names_in_brackets_after_a_japanese_texts_last_sentence_sign_it() -> None:
    lines = ["廃校が一棟貸しの宿に 築70年の木造校舎を改修", "岐阜県郡上市明宝の山あいにある旧明宝第二小学校の木造校舎が、一棟貸しの宿として生まれ変わった。地元の住民が運営する。",
             "校舎は1949年に建てられた木造2階建てで、延べ床面積約900平方メートル。2008年に閉校した後は使われていなかった。",
             "市の担当者は「地域の人が主体となって運営する例として注目している」と期待を寄せている。【北村美咲】"]
    article = process_text("\n\n".join(lines), "mainichi")
    assert article.authors.value == ("北村美咲",)


@pytest.mark.parametrize(("text", "bare"), [
    ("Tobias Grant", True),
    ("ShareTweetCopy LinkComment", False),  # buttons glued
    ("Climate Desk", False),
    ("Jane McDonald", True),
    ("View/Post Comments", False),  # a link's label, a slash in it
])
def test_a_bare_authors_name(text: str, bare: bool) -> None:
    from readingroom.structure import _bare_author

    assert _bare_author(text) is bare



@pytest.mark.parametrize(("line", "names"), [
    ("تونس: سامي القرمازي", ("سامي القرمازي",)),  # the place, a colon, the name
    ("أحمد الزبيدي-الناصرية", ("أحمد الزبيدي",)),  # the name glued to the place by a hyphen
    ("العربية.نت - ريم الحربي", ("ريم الحربي",)),  # the outlet, a spaced dash, the name
    ("بني سويف - هبة الستار", None),  # two sides of one length: nothing tells which is the name
    ("אורי בן-דוד", None),  # a Hebrew name's own hyphen splits nothing
    ("Tunis: Sami Karmazi", None),  # in capitals, other rules read it
])
def test_a_name_and_its_place_in_a_script_without_capitals(line: str, names: tuple[str, ...] | None) -> None:
    from readingroom.structure import _caseless_placed_name
    assert _caseless_placed_name(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("نسرین رحیمیبی\u200cبی\u200cسی فارسی", ("نسرین رحیمی",)),  # BBC Persian glued after the name
    ("نادیہ قریشیبی بی سی اردو ڈاٹ کام، لاہور", ("نادیہ قریشی",)),  # BBC Urdu's site, and the place
    ("ሳሙኤል ጌታቸውቢቢሲ አማርኛ፣ ሐዋሳ", ("ሳሙኤል ጌታቸው",)),  # BBC Amharic, with the Ethiopic comma
    ("سارة حسنبي بي سي نيوز عربي - البصرة", ("سارة حسن",)),  # BBC News Arabic in three words, the place after a dash
    ("ቢቢሲ አማርኛ", None),  # the service alone names nobody
])
def test_a_name_with_the_bbc_service_glued_after_it(line: str, names: tuple[str, ...] | None) -> None:
    from readingroom.structure import caseless_name_and_network
    assert caseless_name_and_network(line) == names


@pytest.mark.parametrize(("line", "title"), [
    ("Gletscherforscherin über die Zugspitze„In zwanzig Jahren ist hier nur noch Geröll“", "„In zwanzig Jahren ist hier nur noch Geröll“"),
    ("Climate Economist on Merkel's Package'A Promise That Somebody Else Will Have to Keep'", "'A Promise That Somebody Else Will Have to Keep'"),
    ("Interview with Historian Margarete Lindqvist'Europe Is Not an Idealistic Project Anymore. It Is a Question of Survival'",
     "'Europe Is Not an Idealistic Project Anymore. It Is a Question of Survival'"),
    ("Why the 'Big Short' Investor Is Betting Against Index Funds", "Why the 'Big Short' Investor Is Betting Against Index Funds"),
    ("Er sagte „Nein“ zum Plan", "Er sagte „Nein“ zum Plan"),  # a quotation inside the headline stays
    ("Trump says “fake news” again", "Trump says “fake news” again"),
    ("Brexit:What happens next", "Brexit: What happens next"),
    ("Paid off $48,210 of student loans in 3 years. What actually worked. Debt(self.personalfinance)",
     "Paid off $48,210 of student loans in 3 years. What actually worked."),  # a Reddit post's flair and forum
])
def test_a_kicker_glued_before_a_quoted_headline_is_left_out(line: str, title: str) -> None:
    from readingroom.structure import _headline_text
    assert _headline_text(line) == title


@pytest.mark.parametrize(("closing", "authors"), [
    ("Video journalist: Ewan Lockhart", ("Ewan Lockhart",)),  # the BBC's, under a video's text
    ("Writer: Harriet Lowe", ("Harriet Lowe",)),
    ("Words: Harriet Lowe", ("Harriet Lowe",)),
    ("Related Topics", None),
])
def test_a_labelled_signature_right_under_the_text_names_the_author(closing: str, authors: tuple[str, ...] | None) -> None:
    article = process_text("\n\n".join(["Home", "Parliament passes the new rules after a long debate", *PAGE_BODY, closing,
                                        "Related Topics", "Privacy Policy"]))
    assert article.authors.value == authors
    if authors:
        assert article.authors.origin.describe().endswith("(byline under the text)")


def test_titles_are_no_part_of_a_name() -> None:
    from readingroom.structure import without_honorific
    assert [without_honorific(n) for n in ("Dr Fiona McAllister", "Fr. Daniel Kowalczyk", "Prof. Ana Ruiz", "Dr Who", "Drew Barrymore")] == [
        "Fiona McAllister", "Daniel Kowalczyk", "Ana Ruiz", "Dr Who", "Drew Barrymore"]


def test_a_thai_text_ends_without_a_mark() -> None:
    """Thai ends a sentence with a space, no full stop: its last paragraph says nothing of a cut."""
    from readingroom.model import Paragraph, ParagraphId
    from readingroom.structure import _truncation
    thai = Paragraph(ParagraphId("p-1"), "p", "กรมควบคุมมลพิษระบุว่าค่าฝุ่นจะลดลงในช่วงสุดสัปดาห์นี้ หลังจากมีลมพัดแรงขึ้น", 3)
    english = Paragraph(ParagraphId("p-1"), "p", "The minister thanked the coaches, the staff and above all the players", 3)
    assert _truncation((thai,)).value is False
    assert _truncation((english,)).value is True


def test_a_table_under_the_text_is_no_cut() -> None:
    """A table's last row ends with no mark, and a last paragraph the copy goes on past with a table is not cut off."""
    from readingroom.model import Paragraph, ParagraphId
    from readingroom.structure import _truncation
    last = Paragraph(ParagraphId("p-1"), "p", "Sharapova could meet Kuznetsova, the US Open winner, in the last eight", 11)
    row = Paragraph(ParagraphId("p-2"), "p", "4 „Dzintars“ 0 3", 13)
    assert _truncation((last, row), rows=frozenset({13})).value is False
    assert _truncation((last, row)).value is True
    assert _truncation((last,), rows=frozenset({13})).value is True


@pytest.mark.parametrize(("line", "names"), [
    ("Daga Abdullahi Sani Dawakin Tofa", ("Abdullahi Sani Dawakin Tofa",)),  # Hausa "from"
    ("Qore: Maxamed Cabdi Faarax", ("Maxamed Cabdi Faarax",)),  # Somali "writer:"
    ("Láti ọwọ́ Adéwálé Ọlágúnjú", ("Adéwálé Ọlágúnjú",)),  # Yoruba "by the hand of", a capital with a dot below
    ("Na Elia Mrema", ("Elia Mrema",)),
    ("Daga nan ne", None),  # "from here": no name after it
])
def test_bylines_in_african_languages(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Gan Mared Evans", ("Mared Evans",)),  # Welsh "by"
    ("Troch Sjoukje de Vries en Pieter Hoekstra", ("Sjoukje de Vries", "Pieter Hoekstra")),  # West Frisian, a particle in the name
    ("Sgrìobhte le Calum Dòmhnallach", ("Calum Dòmhnallach",)),  # Scottish Gaelic "written by"
    ("Tuairisc: Colm Ó Mainnín", ("Colm Ó Mainnín",)),  # Irish "report:"
    ("Autura: Marina Cadruvi", ("Marina Cadruvi",)),  # Romansh
    ("Gan fod y cyngor", None),  # Welsh "since the council": no name after it
    ("Text by Ruth Calloway", ("Ruth Calloway",)),  # a photo story's writer
    ("Words and photographs by Owen Pryce", ("Owen Pryce",)),
    ("Photographs by Ishaan Mehra", None),  # the pictures' credit alone
    ("Ana Lucía Bermúdez y Roberto Quiñones | Noticias Altiplano", ("Ana Lucía Bermúdez", "Roberto Quiñones")),  # the paper after a bar
    ("Política - Noticias Locales", None),  # a section and its label, no name
    ("Andre Bryce/Staff Reporter", ("Andre Bryce",)),  # the role after a slash
    ("Andre Bryce", None),  # one bare name alone may be a heading
    ("Pa Stevenson Pierre, korespondan RVL nan Sidès", ("Stevenson Pierre",)),  # Haitian Creole "by", the role after a comma
    ("Pa gen okenn moun", None),  # "there is nobody"
])
def test_bylines_in_europes_regional_languages(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


def test_a_newsletters_host_named_with_with() -> None:
    """"With <name>, <job>" under a newsletter's date names its author; a deck's clause does not."""
    from readingroom.structure import _WITH_HOST, _is_job
    hosted = _WITH_HOST.match("With Nadia Kowalchuk, legislative bureau chief")
    assert hosted and hosted["names"] == "Nadia Kowalchuk" and _is_job(hosted["role"])
    clause = _WITH_HOST.match("With Biden out, Democrats scramble to pick a nominee")
    assert clause is None or not _is_job(clause["role"])


_POLL_PROSE = ["The latest poll, taken over three days last week among 1,000 adults, shows the governing party holding its lead "
               "over the opposition, while the smaller parties trade places.",
               "The pollster said the margin of error was three points, and that the number of undecided voters had fallen for "
               "the second month in a row."]
_POLL_TABLE = ["Party\tSupport\tChange", "Civic Coalition\t31.4%\t+0.6", "Law and Justice\t27.9%\t-0.4", "Confederation\t13.1%\t-1.2"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_rows_whose_cells_are_a_tab_apart_are_one_table(gap: str) -> None:
    """A table as a browser copies it is one block (a row a line, its cells a tab apart), whether the copy left blank lines
    between the rows or not; its rows were list items, headings or paragraphs with their cells run together."""
    source = "\n\n".join(["Poll puts the governing party ahead", _POLL_PROSE[0], gap.join(_POLL_TABLE), _POLL_PROSE[1]])
    article = process_text(source, "poll")
    tables = [p for p in article.paragraphs if p.kind == "table"]
    assert [p.text for p in tables] == ["\n".join(_POLL_TABLE)]
    assert len(tables[0].lines) == (4 if gap == "\n" else 7)
    assert [p.kind for p in article.paragraphs] == ["p", "table", "p"]


@pytest.mark.parametrize("rows", [
    _POLL_TABLE[:2],  # two rows: no table
    [_POLL_TABLE[0], "Civic Coalition\t31.4%", _POLL_TABLE[2]],  # rows of two and three cells
])
def test_too_few_rows_or_ragged_rows_are_no_table(rows: list[str]) -> None:
    source = "\n\n".join(["Poll puts the governing party ahead", _POLL_PROSE[0], "\n".join(rows), _POLL_PROSE[1]])
    assert not [p for p in process_text(source, "poll").paragraphs if p.kind == "table"]


def test_hebrew_and_glued_to_the_second_name_splits_two_names() -> None:
    from readingroom.structure import _split_names

    assert _split_names("עדי פרלמן ורון גלבוע") == ("עדי פרלמן", "רון גלבוע")
    assert _split_names("ורד כהן") == ("ורד כהן",)  # a name that opens with the letter


def test_names_a_dash_apart_under_the_text_are_its_authors() -> None:
    """Vietnamese papers sign under the text with the names a dash apart, often in capitals."""
    source = "\n\n".join(["Bão số 4 đổ bộ miền Trung",
                          "Bão số 4 đã đổ bộ vào các tỉnh miền Trung vào sáng nay, gây mưa lớn và gió mạnh trên diện rộng. " * 3,
                          "Nhiều địa phương đã sơ tán người dân khỏi các khu vực nguy hiểm trước khi bão đổ bộ vào đất liền. " * 3,
                          "TIẾN THẮNG - NHẬT LINH - HOÀNG TÁO", "Tin liên quan"])
    assert process_text(source, "vi").authors.value == ("TIẾN THẮNG", "NHẬT LINH", "HOÀNG TÁO")


def test_an_austrian_degree_before_the_name_is_no_part_of_it() -> None:
    source = "\n\n".join(["Wie die Pflege auf dem Land gelingen kann", "Interview: Mag. Stefan Hollerer",
                          "Die Pflege auf dem Land steht vor großen Aufgaben, sagt der Experte im Gespräch über die Lage. " * 4,
                          "Viele Gemeinden suchen nach neuen Wegen, um ältere Menschen zu Hause zu versorgen und zu begleiten. " * 4])
    assert process_text(source, "at").authors.value == ("Stefan Hollerer",)
