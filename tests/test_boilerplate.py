"""Tests for the boilerplate stage: cue tables, the five seed articles, squeezed input, and a
quality floor on the DEV half of the shared evaluation set."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from readingroom.boilerplate import REASONS, apply_overrides, classify_lines, match_cue, normalise_line
from readingroom.model import Verdict

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"

# Macro F1 of `benchmarks/bench_boilerplate.py` on DEV (blank-line variant), pinned just below
# what we reach: classify_lines 0.963, the pipeline 0.966 (benchmarks/README.md). Only ever raised.
FLOOR = 0.95
# Pages with recall < 0.9 on DEV: the issue's target of at most 5, reached (5). Only ever lowered.
LOST_PAGES_CEILING = 5

BODY = [
    "The minister said on Tuesday that the new rules would take effect next spring, after a long debate in parliament.",
    "Critics argue that the measure does little to address the underlying problem and will burden small firms.",
    "Officials expect the first results to be published within a year, according to a statement from the ministry.",
    "Several regional governments have already announced that they will challenge the law in the constitutional court.",
]


def kept(lines: list[str]) -> list[str]:
    return [line for line, v in zip(lines, classify_lines(lines)) if v.keep]


def verdict_of(lines: list[str], text: str) -> Verdict:
    return classify_lines(lines)[lines.index(text)]


# --- cue tables ----------------------------------------------------------------------------

MUST_DROP = [
    ("Share", "share-buttons"),
    ("Facebook Twitter Email", "share-buttons"),
    ("Поделиться", "share-buttons"),
    ("Teilen", "share-buttons"),
    ("Compartilhar", "share-buttons"),
    ("Subscribe", "button-label"),
    ("Sign In", "button-label"),
    ("Order Reprints", "button-label"),
    ("View author archive", "button-label"),
    ("Get author RSS feed", "button-label"),
    ("Enlarge Image", "button-label"),
    ("Text size", "button-label"),
    ("Remind me later.", "button-label"),
    ("Читать далее", "related-links"),
    ("Related:", "related-links"),
    ("Most popular", "related-links"),
    ("Read more: Ten things we learned this week", "related-links"),
    ("Читайте также: Новый закон вступил в силу", "related-links"),
    ("Lesen Sie auch: Die Bahn erhöht die Preise", "related-links"),
    ("Este sitio web utiliza cookies para mejorar su experiencia.", "cookie-notice"),
    ("Ta strona używa plików cookie.", "cookie-notice"),
    ("Leggi anche", "related-links"),
    ("Zobacz też: Rząd przyjął projekt ustawy", "related-links"),
    ("Artículos relacionados", "related-links"),
    ("Leia também", "related-links"),
    ("Photo: Jane Doe / AP", "image-credit"),
    ("Image: Ivan Petrov, Agency", "image-credit"),
    ("A protester in the square on Monday. (Photo by John Smith/Getty Images)", "image-credit"),
    ("Фото: пресс-служба", "image-credit"),
    ("Advertisement", "advertising"),
    ("Реклама", "advertising"),
    ("Anzeige", "advertising"),
    ("Please support us: every contribution helps independent journalism survive.", "donation-appeal"),
    ("Dear readers,", "donation-appeal"),
    ("Поддержите нас", "donation-appeal"),
    ("Sign up for our daily newsletter", "newsletter"),
    ("We use cookies to improve your experience on our website.", "cookie-notice"),
    ("Privacy Policy", "cookie-notice"),
    ("Política de privacidade", "cookie-notice"),
    ("© 2019 Example Media. All rights reserved.", "copyright"),
    ("Все права защищены", "copyright"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
    ("Reprinted with permission of the author.", "copyright"),
    ("Jane Doe/Reuters", "image-credit"),
    ("© Noelia Páez/Instagram", "image-credit"),
    ("Comentar", "comments"),  # the button that opens a comment form
    ("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.", "opinion-disclaimer"),
    ("El contenido de los comentarios es la opinión de los usuarios o internautas no de ultimahora.es.", "comments"),  # a photo's credit, mid-article: not a barrier
    ("© 2013 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.", "copyright"),
    ("Rep. Jane Roe speaks at the Capitol on July 25, 2019.John Doe / AP file", "image-credit"),
    ("A cargo ship leaves the port on Aug. 31, 2019. (AP)", "image-credit"),
    ("State Sex Offender Registry via AP", "image-credit"),
    ("AFP via Getty Images", "image-credit"),
    ("The minister at the Economic Club last week.Credit...Jane Doe/The Daily Example", "image-credit"),
    ("Flood water in the main square on Sunday. Credit: John Roe", "image-credit"),
    ("Share All sharing options", "share-buttons"),
    ("Share All sharing options for: Parliament passes the new rules after a long debate", "share-buttons"),
    ("The views expressed in this article are the author's own and do not necessarily reflect those of the site.", "opinion-disclaimer"),
    ("To suggest a correction or clarification, write to us here", "correction-prompt"),
    ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "correction-prompt"),
    ("Leave a comment", "comments"),
    ("Ann Lee on May 2, 2019 at 4:47 pm said:", "comments"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "wire-credit"),
    ("Jane Doe is a senior reporter at the Daily Example covering energy.", "author-bio"),
    ("Contact Us", "legal-label"),
    ("Impressum", "legal-label"),
    ("SEE MORE: Protests: 800 students under siege in university", "related-links"),
    ("Also on example.com Journalists threatened with arrest as the government purges critics", "related-links"),
    ("On HoustonChronicle.com: Car sales plunge nearly 17 percent in August", "related-links"),
    ("Next Up In Science & Health", "related-links"),
    ("The first global geologic map of the moon, published on Tuesday. (NASA/JPL-Caltech/ASU)", "image-credit"),
    ("As you comment, please be respectful of other commenters and other viewpoints. Our goal with article comments "
     "is to provide a space for civil, informative and constructive conversations.", "comments"),
    ("Get access to the fastest growing financial subscriptions service for as little as $59 for the first year. "
     "Use the code at checkout to get the offer.", "paywall"),
    ("When you purchase through links on our site, we may earn an affiliate commission. Learn more", "advertising"),
    ("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", "newsletter"),
    ("Subscribe to The Example Times and stay smart with more of your favorite writers.", "paywall"),
    ("AddThis Sharing Buttons", "share-buttons"),
    ("Share to LinkedInLinkedInShare to FacebookFacebookShare to EmailEmailShare to MoreMore", "share-buttons"),
    ("CLICK HERE TO GET THE NEWS APP", "button-label"),
    ("Do you rely on our reporting? Click here to support it.", "button-label"),
    ("Get breaking news in your browser. Click here to turn on notifications.", "button-label"),
    ("Get Business Alerts", "paywall"),
    ("Enviar Imprimir", "share-buttons"),
    ("10 réactions", "comments"),
    ("Vous devez vous connecter pour poster un commentaire.", "comments"),
    ("Labor ,   Video , Business News , Alabama Economy , Alabama Immigration Law", "navigation"),
    ("Filed under afghanistan , hostages , middle east , prisoners", "navigation"),
    ("Alexia Tsotsis currently works for TechCrunch as a writer. She is also a blogger.", "author-bio"),
    ("Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.", "author-bio"),
    ("阅读下一篇：", "related-links"),
    ("View My Collections >", "button-label"),
    ("Around the Web", "related-links"),
    ("Recommended by Outbrain", "advertising"),
    ("What's This?", "button-label"),
    ("Wordcount: 717", "page-stamp"),
    ("5 min read", "page-stamp"),
    ("Reading time: 4 minutes", "page-stamp"),
    ("Tempo de leitura: 1 minuto", "page-stamp"),
    ("To Read the Full Story", "paywall"),
    ("This article is for subscribers only.", "paywall"),
    ("［有料会員限定］この記事は会員限定です", "paywall"),
    ("Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!", "correction-prompt"),
    ("関連記事", "related-links"),
    ("【纠错】 【责任编辑:张樵苏 】", "correction-prompt"),
    ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ "
     "ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА", "legal-notice"),
    ("Настоящий материал (информация) произведен, распространен и (или) направлен иностранным агентом «Сноска»", "legal-notice"),
    ("La suite après cette publicité", "advertising"),
    ("Artikkel jätkub pärast reklaami", "advertising"),
    ("Článek pokračuje pod reklamou", "advertising"),
    ("Oglasno sporočilo", "advertising"),
    ("Continued on page 15", "print-page"),
    ("Fortsetzung von Seite 3", "print-page"),
    ("A8 | THE CARROW VALLEY SENTINEL | THURSDAY, APRIL 18, 2024", "print-page"),
    ("Galéria: Így néz ki most a Fő utca", "image-credit"),
    ("La piscine de la rue des Verriers accueille environ 85.000 entrées par an. © JES", "image-credit"),
    ("Schrift A-A+", "button-label"),
    ("Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Ce contenu est fourni par Spotify.",
     "outside-body"),
    ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "outside-body"),
    ("Externen Inhalt anzeigen", "outside-body"),
    ("You are receiving this email because you signed up for Evening Tide from The Harbour Gazette.", "newsletter"),
    ("PRESENTED BY NORTHGATE CREDIT UNION", "advertising"),
    ("Tendances :Les Nuits de ValparaísoCésar 2025Festival de CannesBox-office France", "related-links"),
    ("USD 12 565.40 EUR 13 742.10 RUB 137.55", "advertising"),  # the exchange rates' bar (stock-quote)
    ("Toshkent 14°C", "outside-body"),  # the header's weather widget
    ("Einloggen", "button-label"),
    ("Disgrifiad o'r llun, Mae 23 o ddisgyblion ar gofrestr yr ysgol", "image-credit"),  # the BBC's labels in Welsh and Scottish Gaelic
    ("Fo-thiotal an deilbh, Chaidh an t-seirbheis a chur dheth grunn thursan", "image-credit"),
    ("Giellabeasi mánát stoahkamin olgun Anáris. Govva: Niillas Holmberg / Davvi Media", "image-credit"),  # Northern Sámi "photo:"
    ("በአዲስ አበባ ቦሌ አካባቢ የሚገኝ አንድ የነዳጅ ማደያ (ፎቶ፡ ሰላም ታይምስ)", "image-credit"),  # Amharic "photo", in brackets
    ("Enlarge this image", "button-label"),
    ("Przesuń, aby zobaczyć kolejne zdjęcia", "image-credit"),  # a carousel's prompt
    ("Swipe for more", "image-credit"),
    ("Zobacz galerię (24 zdjęcia)", "image-credit"),
    ("Bild 1 von 14", "image-credit"),  # a gallery's counter in other languages
    ("Foto di Giulia Pichler", "image-credit"),
    ("Hier Preise checken*", "advertising"),  # a booking widget's affiliate button
    ("Check availability", "advertising"),
    ("Prenota su TheFork", "advertising"),
    ("Pin it", "button-label"),  # a recipe blog's Pinterest button between the text's parts
    ("US CustomaryMetric", "button-label"),  # a recipe card's toggles of units and servings
    ("1x2x3x", "button-label"),
    ("Jetzt abonnieren und von der Vorlesefunktion profitieren.", "paywall"),
]


@pytest.mark.parametrize("text,reason", MUST_DROP)
def test_cue_drops_snippet(text: str, reason: str) -> None:
    cue = match_cue(text, len(re.findall(r"\w+", text)))
    assert cue is not None and cue.reason == reason
    assert reason in REASONS


MUST_KEEP_IN_BODY = [
    "Lesen Sie auch die Stellungnahme des Ministeriums, die am Montag veröffentlicht wurde und viele Fragen offen lässt.",
    "He said he would comment on the opinion of the users once the regulator had published its report.",
    "Investigators found that the company had shared customer data with advertisers without asking for consent.",
    "The bakery sold more than ten thousand cookies during the festival, its owner said on Sunday.",
    "Readers who subscribe to several streaming services now pay more than they did for cable television.",
    "The campaign asked supporters to donate to its legal fund after the court ruling on Friday.",
    "Его уговорили подписаться на рассылку, но через неделю он отказался от неё, рассказал собеседник.",
    "Die Regierung will die Cookies-Regeln verschärfen, sagte die Ministerin am Dienstag in Berlin vor Journalisten.",
    "Japan's Honda has won a copyright case in Beijing, which it says will protect its motorcycle designs from copies.",
    "The newspaper reprinted the cartoons a week later, and its editor said he would republish them if asked again.",
    "The views expressed by ministers and backbenchers at the meeting showed how worried the party had become.",
    "The minister said the state would not make a contribution to the rescue, and that the routes did not make a profitable contribution to our business.",
    "The country hopes to become a member of the trade body next year, after a decade of talks with the European Union.",
    "Campaigners want public services that support us all in an ageing society, and a new post will help support our work on climate change.",
    "The charity made a donation to US hospitals and said it would keep supporting local staff in the region.",
    "The figures were first reported on Tuesday by The AP.",
    "She passed her AP exams in biology and chemistry before starting at the university last autumn.",
    "The bank said its credit: debt ratio had improved for a third year, helped by lower interest payments.",
    "To read the full report, click here.",
    "Also on Tuesday, the minister said the rules would change before the summer recess.",
    "Regulators said the retailer had failed to tell shoppers that it earned a commission on every sale it referred.",
    "Commenters on social media said the minister had been discourteous to other members during the debate.",
    "The streaming service cut its price for as little as $5 a month, a move analysts said would cost it dearly.",
    "The company's price to earnings ratio rose sharply over the year, analysts said (P/E)",
    "She said she would share to Facebook and to Twitter only what her lawyers had approved beforehand.",
    "Click here to see a map of the affected areas, the ministry said in a statement posted on its website on Monday.",
    "Officials said the figures , which were revised twice , were final.",
    "Prices rose 5% > expected, the statistics office said on Tuesday in its monthly report.",
    "She had 3 thoughts on “Hamlet” that she shared with the class before the exam in May.",
    "I like this plan, the mayor said, because it costs the town nothing until 2021.",
    "She liked this",
    "A draft of the speech, seen by The Independent, says:",  # the text's lead-ins to a quotation
    "The report says:",
    "Now playing in theatres across the country, the film has already earned back its budget.",
    "The report was published. Documents Show Delay",
    "Grafik zeigt, wie stark die Mieten in den Städten seit dem Jahr 2015 gestiegen sind, sagte die Ministerin.",
    "Kestrel launches private moon lander on its first flight to the lunar south pole (video)",  # a headline's media note
]


@pytest.mark.parametrize("headline", ["Weak dollar hits Reuters", "Honda wins China copyright ruling",
                                      "Newspaper reprints banned cartoons", "Students face tougher AP exams",
                                      "Pollution rules (EPA) – what the new limits mean for farms"])
def test_headline_naming_an_agency_or_copyright_is_kept(headline: str) -> None:
    """A headline ending in an agency's name or about copyright is news, not a credit or a notice."""
    lines = [headline, "", *BODY]
    assert verdict_of(lines, headline).keep


@pytest.mark.parametrize("sentence", MUST_KEEP_IN_BODY)
def test_prose_mentioning_cookies_or_subscriptions_is_kept(sentence: str) -> None:
    lines = [BODY[0], "", BODY[1], "", sentence, "", BODY[2], "", BODY[3]]
    assert verdict_of(lines, sentence).keep


def test_menu_and_footer_around_body_are_dropped() -> None:
    lines = ["Home", "World", "Business", "Sport", "Subscribe", "", *BODY, "", "Share", "Tweet",
             "Related stories", "Another headline about something else", "Yet another headline here",
             "© 2024 Example Media"]
    assert kept(lines) == BODY


def test_every_line_gets_one_verdict_and_blank_lines_are_blank() -> None:
    lines = ["", BODY[0], "   ", BODY[1]]
    verdicts = classify_lines(lines)
    assert len(verdicts) == len(lines)
    assert verdicts[0] == Verdict(False, "blank", "blank") == verdicts[2]


def test_collection_template_lines_are_repeated() -> None:
    lines = [*BODY, "Our partner network brings you the best stories"]
    repeated = frozenset({normalise_line("Our partner network brings you the best stories")})
    assert classify_lines(lines, repeated=repeated)[-1] == Verdict(False, "repeated", "repeated")


def test_normalise_line_folds_case_space_quotes_and_edges() -> None:
    assert normalise_line("  «Read   MORE»!! ") == normalise_line('"read more"') == "read more"


def test_overrides_force_keep_and_drop_with_drop_winning() -> None:
    lines = ["Subscribe", BODY[0]]
    verdicts = classify_lines(lines)
    out = apply_overrides(lines, verdicts, keep=["^subscribe$", "minister"], drop=["MINISTER"])
    assert out[0] == Verdict(True, "body", "override-keep")
    assert out[1] == Verdict(False, "override", "override-drop")


# --- page shapes: comments, quotes, lists, inserts, listicles, results -----------------------

def test_comment_thread_under_a_short_post_is_not_the_article() -> None:
    post = ("Our goal with these open threads is to give readers a place to raise questions about "
            "our research, and we will try to answer every one of them within a few days. You are "
            "also welcome to write to us by email if you prefer to discuss a question privately.")
    replies = [f"Reply number {i} is a long answer that goes into the detail of the question, with "
               "more sentences than the post itself had, as comment threads often do." for i in range(6)]
    lines = ["Home", "Blog", post, "Comments", "Ann on May 2, 2019 at 4:47 pm said:", *replies[:3],
             "Bob on May 3, 2019 at 9:12 am said:", *replies[3:]]
    assert kept(lines) == [post]


def test_review_quotes_with_dash_attributions_are_kept() -> None:
    lines = ["Menu", BODY[0]]
    for name in ("Ann", "Bob", "Cem", "Dan"):
        lines += ["“The show was wonderful and the cast was so talented, we would come back again.”",
                  f"– {name}**"]
    lines += [BODY[1], "Share", "© 2024 Example"]
    verdicts = classify_lines(lines)
    assert [v.cue for line, v in zip(lines, verdicts) if line.startswith("–")] == ["attribution"] * 4
    assert all(v.keep for line, v in zip(lines, verdicts) if line.startswith("“"))


def test_list_introduced_by_the_last_paragraph_is_kept() -> None:
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Arena, Tampa, FL",
             "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA"]
    lines = [*BODY, "The band's 2020 tour dates:", *dates, "Share", "© 2024 Example Media"]
    assert kept(lines) == [*BODY, "The band's 2020 tour dates:", *dates]


def test_question_repeated_for_each_interviewee_is_kept_inside_the_body() -> None:
    question = "What inspired you to start cooking for your readers?"
    lines = [BODY[0], question, BODY[1], question, BODY[2], question, BODY[3]]
    assert kept(lines) == lines


def test_story_continues_below_gallery_joins_both_parts() -> None:
    first = [BODY[0], BODY[1]]
    lines = ["Home", *first, "Story continues below gallery", "1 of 6", "John Smith Submitted photo",
             "Jane Roe Submitted photo", *BODY[2:], "© 2024 Example Media"]
    verdicts = classify_lines(lines)
    assert kept(lines) == BODY
    assert verdicts[lines.index("1 of 6")].reason == "image-credit"


def test_caption_ending_in_a_bracketed_credit_is_dropped() -> None:
    caption = ("Officials meet in Hanoi, Vietnam, on Wednesday, Nov. 20, 2019, before the talks began "
               "in the capital. (AP Photo/Hau Dinh) less")
    lines = [BODY[0], BODY[1], caption, BODY[2], BODY[3]]
    assert verdict_of(lines, caption).reason == "image-credit"
    assert kept(lines) == BODY


def test_listicle_item_headers_are_kept_link_lists_are_not() -> None:
    lines = [BODY[0], BODY[3]]
    for product in ("Sonos Move for $400", "Amazon Echo Buds for $130", "Ring Indoor Cam for $60",
                    "DJI Mavic Mini for $399"):
        lines += [product.split()[0], product, "See it now: Amazon",
                  f"The {product.split(' for ')[0]} was one of the gadgets our reviewers liked best this "
                  "year, and it is now on sale at a lower price than ever before. It is well made, easy "
                  "to set up and fun to use, and it works with the phone you already have; only the "
                  "battery could last a little longer on a single charge."]
    lines += [BODY[2], "Related stories", "One more headline here", "Another headline there",
              "Third headline of the list", "Share"]
    out = kept(lines)
    assert "Amazon Echo Buds for $130" in out and "DJI Mavic Mini for $399" in out
    assert "Another headline there" not in out


def test_interview_listicle_keeps_each_persons_name_between_questions() -> None:
    """Item headers between an interview's short questions and answers (not only between long
    paragraphs) are the listicle's: each person's name and account."""
    answer = ("— Suddenly I wanted to write a blog, any blog at all, and food was the one subject I never "
              "tired of: every evening there was something new to cook, photograph and tell people about.")
    lines = [BODY[0], BODY[3]]
    for name, handle in (("Andrei Rudkov", "darkzip"), ("Olesya Kuprin", "okuprin"), ("Maria Ivanova", "mivanova"),
                         ("Pavel Orlov", "porlov")):
        lines += [name, "Instagram", f"personal archive of {name}", f"Account: @{handle}",
                  "What inspired you to start a cooking page?", answer.replace("blog", f"blog, says {name}"),
                  "Which cuisine do you like best yourself?", answer.replace("food", f"{name.split()[0]}'s food"),
                  f"Vote for {name.split()[0]} on the last page!"]
    out = kept(lines)
    assert {"Olesya Kuprin", "Account: @okuprin", "Maria Ivanova", "Pavel Orlov"} <= set(out)


def test_results_round_up_is_kept() -> None:
    lines = ["Home", "Sports", "GIRLS BASKETBALL", "Palm Bay d. Rockledge 70-44",
             "Rockledge 14 11 6 15 — 44", "Palm Bay 18 22 13 17 — 70",
             "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Moore 3 points.",
             "Heritage d. Titusville 53-9", "Heritage (1-0): Armani Sheffield 19 points and 3 steals.",
             "BOYS SOCCER", "Viera d. Rockledge 3-1",
             "Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal. A. Sanger 2 saves.",
             "Melbourne d. Cocoa 8-0",
             "Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.",
             "Terms of Service", "© Copyright Example 2019"]
    out = kept(lines)
    assert "Viera d. Rockledge 3-1" in out and "Melbourne d. Cocoa 8-0" in out
    assert "Rockledge 14 11 6 15 — 44" in out and "Sports" not in out


def test_a_code_block_between_paragraphs_is_kept_and_the_text_goes_on_across_it() -> None:
    code = ["apiVersion: batch/v1", "kind: CronJob", "metadata:", "name: daily-report", "spec:", "schedule: \"30 2 * * *\"",
            "concurrencyPolicy: Forbid", "jobTemplate:", "template:", "containers:", "- name: report", "image: registry.local/report:1.4"]
    shell = ["$ kubectl apply -f cronjob.yaml", "$ kubectl get cronjobs -n batch"]
    lines = ["Blog", "Engineering", *BODY[:2], *code, *shell, *BODY[2:], "© 2024 Example Engineering"]
    out = kept(lines)
    assert all(line in out for line in code) and BODY[3] in out


@pytest.mark.parametrize("line", ["./configure --disable-gil", "make -j8", "sudo make altinstall", "python3 -m venv .venv",
                                  "brew install ripgrep"])
def test_a_build_command_is_a_line_of_code(line: str) -> None:
    from readingroom.boilerplate import _CODE_LINE

    assert _CODE_LINE.match(line)


def test_a_results_table_under_the_text_is_kept_a_numbered_most_read_list_is_not() -> None:
    results = ["Stage 3 result", "1 Jelle van Rijswijk (Ned) Team Northwind 3:58:14", "2 Luca Bergamini (Ita) Corvo-Vettore",
               "3 Armand Tissier (Fra) Groupe Lumière", "4 Matías Ferreyra (Arg) Iberia Pro", "5 Kasper Juul (Den) Skandia Cycling"]
    most_read = ["Most read", "1 Council approves new budget after long debate", "2 Storm warning issued for the coast",
                 "3 School reopens after flood repairs", "4 Police appeal for witnesses after crash", "5 Local band wins national prize"]
    out = kept(["Home", "Cycling", *BODY, *results, *most_read, "© Copyright Example 2024"])
    assert all(row in out for row in results[1:])
    assert not any(row in out for row in most_read)


@pytest.mark.parametrize("header", ["About Jane Doe", "Über Jane Doe", "Sobre Jane Doe"])
def test_an_author_box_under_the_article_ends_it(header: str) -> None:
    """A header naming a person over a line naming them again is their bio: it and what follows
    are not the article, as under "About the author"."""
    bio = ["Jane Doe covers European politics for the paper and has reported from Brussels since 2011.",
           "Before joining the paper she worked for a news agency in Berlin and in Warsaw for nearly ten years."]
    lines = ["Home", *BODY, header, *bio, "Facebook"]
    assert kept(lines) == BODY
    assert verdict_of(lines, header).cue == "author-box"


def test_a_related_list_inside_the_article_is_not_article_text() -> None:
    """Two or more headlines under a "Related articles" header between two paragraphs are links
    to other stories, not subheadings; a subheading without such a header stays."""
    related = ["Related articles", "Oil prices fall as traders weigh a glut of crude",
               "Regional governments threaten to challenge the new law in court"]
    lines = ["Home", *BODY[:2], *related, *BODY[2:]]
    verdicts = classify_lines(lines)
    assert kept(lines) == BODY
    assert [v.cue for v in verdicts[4:6]] == ["related-box", "related-list"]  # the first under the header, then the list
    subhead = ["Home", *BODY[:2], "What the new rules will change for small firms", *BODY[2:]]
    assert kept(subhead) == subhead[1:]


def test_a_most_read_box_above_the_article_does_not_open_it() -> None:
    """A most-read box right above the article whose one headline reads as a sentence: the
    article starts below the box; a short opening sentence over the first paragraph stays."""
    box = ["Most Popular", "St. Paul police chief sought state funding for a gunshot-location system",
           "The county fair will be free to attend starting next summer",
           "Property taxes are on the rise. These maps show where and how much.",
           "Skimming device found at a petrol station"]
    headline = "New rules for small firms take effect next spring"
    lines = ["Home", headline, "By Jane Roe", "Sign up for Newsletters and Alerts", *box, *BODY]
    assert kept(lines) == [headline, *BODY]
    opening = "The law passed on Tuesday."
    lines = ["Home", headline, "By Jane Roe", *box[:3], opening, *BODY]
    assert kept(lines) == [headline, "By Jane Roe", opening, *BODY]


def test_a_list_of_stories_with_labels_and_dates_above_the_text_gives_neither_headline_nor_date() -> None:
    """Under "More stories like this one", each story as a section label said on every item, a
    headline and a date: the last story's headline and date, right above the text, are not the
    article's; its own headline above the list is."""
    headline = "Next-generation sedan makes its global debut in Los Angeles"
    stories = [("Turbocharged sedan unleashed at the Los Angeles show", "November 16, 2016"),
               ("The carmaker's nicknames explained by its engineers", "December 18, 2015"),
               ("A sedan that makes a statement on every road", "August 18, 2005"),
               ("On track with the new compact and the family saloon", "May 27, 2014"),
               ("Boosted sedan with a turbo launched in Manila", "September 12, 2016")]
    lines = ["Auto News", "Auto News", headline, "Marcus Reyes", "November 20, 2019 13:42", "FIND YOUR NEXT CAR",
             "MORE STORIES LIKE THIS ONE"]
    for title, date in stories:
        lines += ["AUTO NEWS", title, date]
    text = ["The next-generation sedan made its global debut at the Los Angeles motor show on Tuesday, two months after the new crossover.",
            "Its designers gave the sedan a lower roof, a wider stance and a cabin covered in better materials than before.",
            "A new two-litre engine replaces the old one, and the sedan goes on sale in the spring, starting in North America."]
    out = kept(lines + text)
    assert out[0] == headline and out[-3:] == text and not {t for t, _ in stories} & set(out) and not {d for _, d in stories} & set(out)


def test_another_storys_headline_in_capitals_or_tagged_inside_the_article_is_a_link() -> None:
    shouted = "MINISTER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER A TIGHT VOTE"
    question = "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?"
    short = "WHAT HAPPENS NEXT"
    paragraphs = [" ".join(BODY[i:] + BODY[:i]) for i in range(4)]  # paragraphs of four sentences
    lines = ["Home", paragraphs[0], shouted, paragraphs[1], question, paragraphs[2], short, paragraphs[3]]
    assert verdict_of(lines, shouted).cue == "shouted-headline"
    assert kept(lines) == [line for line in lines[1:] if line != shouted]
    tagged = "Plane passengers quarantined after outbreak at the airport [NEWS]"
    bracketed = "What the ministers said [Updated]"
    lines = ["Home", paragraphs[0], tagged, paragraphs[1], bracketed, paragraphs[2]]
    assert verdict_of(lines, tagged).cue == "tagged-headline" and verdict_of(lines, bracketed).keep


def test_a_prompt_to_subscribe_inside_the_article_does_not_end_it() -> None:
    prompt = "Subscribe to The Example Times and stay smart with more of your favorite writers."
    lines = ["Home", *BODY[:2], prompt, *BODY[2:]]
    assert verdict_of(lines, prompt).reason == "paywall" and kept(lines) == BODY


def test_a_news_ticker_of_headlines_glued_to_their_stories_is_not_the_article() -> None:
    """Three or more lines in a row, each a headline glued to its story's dateline and first
    words: a ticker of other stories, though each reads as prose. One such line is a sentence."""
    ticker = ["Regional governments threaten to challenge the new rules BERLIN: Several regional governments said on "
              "Monday that they would take the rules to the constitutional court.",
              "Oil prices fall again as traders weigh a glut of crude LONDON: Oil prices fell for a third day on "
              "Tuesday as traders weighed rising stocks.",
              "Small firms say the law will cost them dearly PARIS: Owners of small firms said the law would add to "
              "their costs at a time of rising prices."]
    lines = ["Home", *ticker, TOLD, *BODY]
    assert kept(lines) == [TOLD, *BODY]
    verdicts = classify_lines(lines)
    assert [v.cue for v in verdicts[1:4]] == ["ticker"] * 3
    assert verdicts[4].cue == "headline"  # the body starts below the ticker, its headline above it
    one = ["Home", *BODY[:2], "The director is to make an episode of the US television series CSI: Crime Scene "
           "Investigation, the network said on Monday.", *BODY[2:]]
    assert kept(one) == one[1:]


@pytest.mark.parametrize("bio", [
    "Jane Doe is a nonresident senior fellow at the Example Council’s Eurasia Center.",
    "Jane Doe is the Harbury bureau chief for The Times. She has covered local government for a decade.",
    "Jane Doe is a reporter for The Times. More about Jane Doe",
])
def test_an_authors_bio_under_the_article_ends_it(bio: str) -> None:
    lines = [*BODY, bio, "Further reading"]
    assert kept(lines) == BODY
    assert verdict_of(lines, bio).reason == "author-bio"


def test_a_long_bio_under_the_article_is_not_article_text() -> None:
    """"X (@handle) is a contributor at ..." with a tip line runs past 45 words; it is still the
    author's bio. A tip line inside the article ("Email the writer at ...") is article text."""
    bio = ("Jane Doe (@janedoe) is an Ideas contributor at the Example Times and the host and senior editor of a "
           "daily national radio broadcast covering the business of technology. She has covered the industry for "
           "fifteen years in print, television and audio. Send tips to jane@example.com or via Signal at "
           "347-555-0100.")
    tip = ("Is there something you think we should know about the new rules? Email the writer at jane@example.com. "
           "Signal: 347-555-0100. The paper protects the confidentiality of its sources, but if you wish to "
           "conceal your identity, here are the instructions for using SecureDrop. You can also mail us materials.")
    lines = [*BODY[:2], tip, *BODY[2:], bio, "Staff Writer"]
    assert kept(lines) == [*BODY[:2], tip, *BODY[2:]]
    assert verdict_of(lines, bio).cue == "author-role"


@pytest.mark.parametrize("lines", [
    [*BODY, "About New Rules", "The ministry said the rules would be reviewed after the first year in court."],
    ["About Jane Doe", "Jane Doe covers European politics for the paper and has reported from Brussels since 2011.", *BODY],
], ids=["the next line does not name it", "no article above it"])
def test_a_header_naming_someone_is_not_an_author_box_alone(lines: list[str]) -> None:
    assert all(v.cue != "author-box" for v in classify_lines(lines))
    assert set(BODY) <= set(kept(lines))


def test_a_one_line_opening_sentence_above_the_body_is_kept() -> None:
    """A short first paragraph weighs nothing, so the body's run starts below it; it is the
    article's opening (BBC: "Ken Bates has completed his takeover of Leeds United."), not
    chrome. A question right above the body stays the headline."""
    opening = "Tottenham manager Jacques Santini has resigned for personal reasons."
    lines = ["Santini resigns as Spurs manager", opening, *BODY]
    verdicts = classify_lines(lines)
    assert kept(lines) == lines
    assert (verdicts[0].cue, verdicts[1].cue) == ("headline", "short-paragraph")
    question = ["Home", "Will the new rules hold up in court?", *BODY]
    assert verdict_of(question, question[1]).cue == "headline" and kept(question) == question[1:]
    further = ["Home", "A short sentence further up the page.", "Sport", *BODY]
    assert kept(further) == BODY  # not right above the body


def test_a_one_line_closing_sentence_below_the_body_is_kept() -> None:
    """The article's last line, a short sentence, weighs nothing, so the run ended above it; a
    contributor's credit under it is not the article's."""
    closing = "Officials did not immediately provide any other details."
    credit = "Jane Roe contributed reporting from Hong Kong."
    lines = ["Home", *BODY, closing, credit, "Share", "Related stories"]
    assert kept(lines) == [*BODY, closing]
    assert verdict_of(lines, credit).cue == "wire-credit"
    further = [*BODY, "Share", "A short sentence further down the page."]
    assert kept(further) == BODY  # not right below the body


HEADLINE = "Oversupply angst drags oil lower as stocks drift near highs"


def test_the_headline_is_found_above_the_signature_standfirst_and_share_buttons() -> None:
    """Not the title-like line nearest above the body: the signature, or a caption below it."""
    lines = ["Home", "Markets", HEADLINE, "Traders weigh a glut of crude against hopes for a trade deal.",
             "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Share this story",
             "Oil tankers wait at anchor off the coast of Singapore", *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[2].cue == "headline"
    assert verdicts[3].cue == "standfirst"  # one sentence right under the headline: the structure stage's subtitle
    assert kept(lines) == [HEADLINE, lines[3], *BODY]


def test_a_box_of_facts_between_the_signature_and_the_text_is_not_the_headline() -> None:
    """A review's facts ("Developer: ...", "Platform: ...") under its byline and date: the
    headline is over the signature, though the text tells a fact's value."""
    body = ["Harrowgate, the debut from Sheffield studio Bramble Lane, is a short narrative adventure about a ghost in an old house.",
            *BODY]
    lines = ["Home", "Reviews", "Harrowgate review - a haunting little ghost story that overstays its welcome",
             "Spooky, sad and often lovely, but stretched thin in its final act.",
             "By Edwin MarshContributor Published on 28/10/2019", "FacebookTwitterReddit64", "Harrowgate",
             "Developer: Bramble Lane", "Publisher: Quietwater", "Platform: Reviewed on PC",
             "Availability: Out 31st October on PC and Switch", *body]
    verdicts = classify_lines(lines)
    assert verdicts[2].cue == "headline"
    assert all(v.cue != "headline" for v in verdicts[3:])


def test_a_subscription_box_set_into_the_text_does_not_make_it_a_feed() -> None:
    """"Get Haaretz" / "Subscribe now ..." / "Subscribe" / paragraph / "Advertisement" / paragraph: the
    box's and the ad's labels head no teasers, so the paragraphs between them stay the text's."""
    after = ["The Transportation Ministry also opposed the measure, saying it would fragment a national network that already works.",
             "Several mayors attended the session in support of the bill, saying their residents had waited long enough.",
             "Rishon Letzion's deputy mayor said his city had a fleet of buses ready to run on Saturdays as soon as the law allowed it.",
             "The bill's prospects remain uncertain, with the coalition divided and the Knesset about to break for the summer."]
    lines = ["Home", "News", HEADLINE, *BODY[:3], "Get Haaretz",
             "Subscribe now for independent journalism. Unlimited articles on the site and the app.", "Subscribe",
             after[0], "Advertisement", after[1], "A fight over the status quo", *after[2:], "Comments", "Add a comment"]
    assert kept(lines) == [HEADLINE, *BODY[:3], *after[:2], "A fight over the status quo", *after[2:]]


def test_a_fact_checks_sources_under_an_ad_label_stay_out_of_the_text() -> None:
    """Under an ad's label, a block of short lines and one line of prose ("Sources:" / the sources / "How to contact us" /
    "Email comments ...") are the page's, not the text going on: only two paragraphs or more under the block make it the text's."""
    sources = [f"Federal Reserve Bank of St. Louis, \"Report number {n} on tariffs and prices,\" Nov. {n}, 2019" for n in range(1, 7)]
    lines = ["Home", "Tariffs explained for readers", *BODY, "Advertisement", "About this article", "Sources:", *sources,
             "How to contact us", "Email comments and suggestions for fact-checks to the desk or find us on Facebook and Twitter.",
             "© Copyright Example 2019"]
    verdicts = classify_lines(lines)
    assert not any(v.keep for line, v in zip(lines, verdicts) if line in sources)


def test_a_releases_keywords_line_over_its_headline_is_no_headline() -> None:
    """An EQS release's keyword line over its headline ("EQS-News: ... AG / Schlagwort(e): ...") is a label, not the
    headline the line under it would be the deck of."""
    headline = "Nordwerk Logistik AG steigert Umsatz im ersten Halbjahr um neun Prozent und hebt die Prognose an"
    body = ["Hamburg, 12. August 2025 – Die Nordwerk Logistik AG hat im ersten Halbjahr ihren Umsatz um neun Prozent gesteigert "
            "und hebt die Prognose für das Gesamtjahr an, wie das Unternehmen am Dienstag mitteilte.",
            "Der Umsatz der Nordwerk Logistik AG stieg auf 412 Millionen Euro, das operative Ergebnis legte um zwölf Prozent zu, "
            "vor allem dank höherer Mengen im Kontraktgeschäft.", *BODY]
    lines = ["Home", "Nachrichten", "EQS-News: Nordwerk Logistik AG / Schlagwort(e): Halbjahresergebnis/Prognose", headline,
             "12.08.2025 / 07:30 CET/CEST", "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.", *body]
    verdicts = classify_lines(lines)
    assert verdicts[lines.index(headline)].cue == "headline"


def test_a_team_name_over_the_headline_is_no_signature() -> None:
    """"Jacksonville Jaguars" (a bare name's shape) / headline / deck / byline with its date / many share
    buttons: the headline is under the team's name, not the section label over it."""
    headline = "Marcus Trell is the rookie pass rusher nobody saw coming"
    body = ["Marcus Trell was a fifth-round pick out of Central Arkansas, and the rookie pass rusher now has six sacks in six games.",
            "In the NFL, film breakdowns of his snaps show a player who wins with his hands, and breakdowns of the tape agree.",
            *BODY]
    lines = ["Home", "Filed under:", "NFL", "NFL film breakdowns", "Jacksonville Jaguars", headline,
             "A fifth-round pick has six sacks in six games, and he is doing it without a second pass-rush move.",
             "By Jonah Whitfield and Tasha Merriweather Oct 17, 2019, 11:30am EDT", "Share this story", "Share this on Facebook",
             "Share this on Twitter", "ShareAll sharing options", "Reddit", "Pocket", "Flipboard", "Email", *body]
    verdicts = classify_lines(lines)
    assert verdicts[lines.index(headline)].cue == "headline"


def test_a_press_release_ends_at_its_end_mark() -> None:
    """The issuer's boilerplate under "###" ("About ...: ...", its media contact) is not the release's text."""
    about = ("About Michigan Medicine: At Michigan Medicine, we strive to create the future of health care through the pursuit "
             "of excellence in patient care, education and research, and we are proud of every one of our people.")
    lines = ["Home", "News Releases", HEADLINE, *BODY, "###", about, "Media Contact: Jane Roe, 555-0101"]
    assert kept(lines) == [HEADLINE, *BODY]


def test_a_note_on_the_issuer_run_into_its_paragraph_ends_the_release() -> None:
    """No end mark: "About the ... (ACRONYM): ACRONYM is ..." ends the text; "About the study: The ..." names no issuer."""
    about = ("About the National Institute of Testing (NIT): NIT is the nation's leading funder of research on testing, "
             "and supports the work of scientists in every state and many countries around the world.")
    study = ("About the study: The researchers followed 600 people for four years, and the results held in every group "
             "that they examined across the country.")
    assert kept(["Home", HEADLINE, *BODY, about, "Reference", "Doe J. A study. Journal. 2019."]) == [HEADLINE, *BODY]
    assert kept(["Home", HEADLINE, *BODY, study]) == [HEADLINE, *BODY, study]


def test_a_page_label_below_a_headline_said_twice_is_not_the_headline() -> None:
    lines = ["Home", HEADLINE, "1 / 9", "Back to Gallery", HEADLINE, *BODY]
    verdicts = classify_lines(lines)
    assert [i for i, v in enumerate(verdicts) if v.cue == "headline"] == [1]  # the first time it is said
    assert not verdicts[3].keep and not verdicts[4].keep


TOLD = "Parliament passes the new rules after a long debate"
"""A headline whose words the body (BODY) tells: parliament, rules, debate."""


@pytest.mark.parametrize("label", ["Watch the evening news livestream now", "Directory of sites and services worldwide",
                                   "Fax +41 41 761 97 25"])
def test_a_label_the_body_does_not_tell_gives_way_to_a_headline_it_does(label: str) -> None:
    """The nearest title-like line above the signature is a menu item or a contact line; the
    headline is the line further up whose words are the article's."""
    lines = ["Home", TOLD, "Politics", label, "By Jane Doe", "Nov. 19, 2019", *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[1].cue == "headline" and not verdicts[3].keep
    assert kept(lines) == [TOLD, "By Jane Doe", "Nov. 19, 2019", *BODY]


def test_a_video_playlist_between_the_headline_and_the_article_is_not_the_headline() -> None:
    """CNN puts clips, each a title and its running time, between the signature and the text."""
    playlist = ["Video Ad Feedback", "Minister speaks to reporters after the vote", "03:29",
                "Opposition leader says the count was rushed and unfair", "01:16",
                "Watch what happened outside the building today", "02:12",
                "Hear the governor speak after her reelection", "00:57"]
    lines = ["Home", HEADLINE, "By Jane Doe, Staff Writer", "Updated 4:48 PM EST, Mon November 6, 2023", *playlist, *BODY]
    verdicts = classify_lines(lines)
    assert [i for i, v in enumerate(verdicts) if v.cue == "headline"] == [1]
    assert not any(v.keep for v in verdicts[4:4 + len(playlist)])


def test_a_label_the_body_happens_to_tell_gives_way_to_a_headline_it_tells_far_more_of() -> None:
    """The headline under the signature, a menu label above it ("Zurück zur Übersicht")."""
    lines = ["Home", "Back to the regional overview", "By Jane Doe", "Nov. 19, 2019", TOLD, *BODY]  # "regional" is in the body
    verdicts = classify_lines(lines)
    assert verdicts[4].cue == "headline" and not verdicts[1].keep


def test_a_headline_the_body_tells_is_not_replaced_by_a_longer_line_it_tells_more_of() -> None:
    """A standfirst above the headline, or a related story, says more words of the body: the
    headline found by position stays unless the body tells three times as much of the other."""
    standfirst = "Ministers say the new rules will take effect next spring after a long debate in parliament"
    lines = [standfirst, "Home", TOLD, *BODY]
    assert classify_lines(lines)[2].cue == "headline"


def test_a_deck_without_a_full_stop_under_a_shorter_headline_is_not_the_headline() -> None:
    """BBC: "Japan turns to beer alternatives" over "Japanese brewers are increasingly making money
    from beer-flavoured drinks rather than beer itself" (no full stop), then the text."""
    headline = "New rules to take effect next spring"
    deck = "Ministers say the new rules will take effect next spring after a long debate in parliament"
    lines = [headline, deck, *BODY]
    assert [v.cue for v in classify_lines(lines)[:2]] == ["headline", "standfirst"]  # both kept
    untold = ["Oil prices fall again", deck, *BODY]  # a line above that the body does not tell is not a headline over it
    assert classify_lines(untold)[1].cue == "headline"


def test_a_caption_under_the_deck_is_not_the_headline() -> None:
    """Headline, deck, then a photo's caption as long as the deck, then the byline: the caption is
    nearest above the signature, but the headline is the shorter line above both."""
    headline = "New rules to take effect next spring"
    deck = "Ministers say the new rules will take effect next spring after a long debate in parliament"
    caption = "The minister leaves parliament after the debate on the new rules on Tuesday, seen from the river bank opposite"
    lines = ["Home", headline, deck, caption, "By Jane Doe", *BODY]
    verdicts = classify_lines(lines)
    assert [v.cue for v in verdicts[1:3]] == ["headline", "standfirst"]
    assert not verdicts[3].keep


def test_without_a_told_line_above_the_body_opens_with_its_headline() -> None:
    question = "Will the new rules survive the challenge in the constitutional court next year?"
    lines = ["Home", "you are here: HomeNewsPolitics", "Last Updated : Nov 20, 2019 01:41 PM IST", question, *BODY]
    assert kept(lines) == [question, *BODY]  # the question leads the kept lines: the structure stage's title


def test_headlines_listed_under_a_related_header_are_not_the_headline() -> None:
    """Above the text, "More On:" lists other stories, told by the body as much as the page's own."""
    lines = ["Home", TOLD, "By Jane Doe", "Nov. 19, 2019, 4:20am", "Share this story", "Enlarge Image", "More On:",
             "parliament", "Parliament rejects the budget after a long night", "New rules on small firms to be debated soon",
             *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[1].cue == "headline" and not verdicts[8].keep and not verdicts[9].keep
    own = ["Home", "Top Local Stories", TOLD, *BODY]  # one headline under such a header is the page's own
    assert classify_lines(own)[2].cue == "headline"


def test_a_headline_said_twice_far_above_the_signature_is_found_the_first_time() -> None:
    lines = ["Home", TOLD, "Politics", TOLD, *[f"Menu {i}" for i in range(12)], "By Jane Doe", *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[1].cue == "headline" and not verdicts[3].keep


def test_a_byline_above_the_headline_is_not_kept_as_the_article_header() -> None:
    """Above the headline a name is the author box of another story or a menu ("United States"),
    and kept there it would become the title: it is dropped (and listed)."""
    lines = ["Home", "Jane Doe", TOLD, "Nov. 19, 2019", *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[2].cue == "headline" and not verdicts[1].keep and verdicts[3].cue == "dateline"


def test_a_caption_ending_in_a_full_stop_is_not_the_headline() -> None:
    lines = ["Home", "Markets", HEADLINE, "Jane M. Doe in 1987.", *BODY]
    assert classify_lines(lines)[2].cue == "headline"


def test_the_title_of_a_clip_under_a_video_label_is_not_the_headline() -> None:
    lines = ["Home", TOLD, "By Jane Doe | Example News", "Facebook", "Twitter", "Flipboard", "Print", "Email", "Close", "Video",
             "Top headlines of the day on parliament and the new rules", *BODY]
    verdicts = classify_lines(lines)
    assert verdicts[1].cue == "headline" and not verdicts[10].keep


def test_an_address_is_never_the_headline() -> None:
    lines = ["Home", "https://www.example.com/articles/parliament-passes-the-new-rules-after-a-long-debate-5157",
             "Politics", *BODY]
    assert classify_lines(lines)[1].cue != "headline"


@pytest.mark.parametrize("headline", ["Car giant hit by Mercedes slump", "Shares Hit By MS Drug Suspension"])
def test_a_headline_saying_by_is_still_the_headline(headline: str) -> None:
    lines = [headline, *BODY]
    assert classify_lines(lines)[0].cue == "headline"


@pytest.mark.parametrize("label", ["Previous Post", "Related Links", "Staff Writer", "Business News"])
def test_page_labels_are_not_bylines(label: str) -> None:
    lines = ["Home", label, *BODY]
    assert classify_lines(lines)[1].cue not in ("byline", "headline")


# --- the five seeds ------------------------------------------------------------------------

def seed(prefix: str) -> list[str]:
    return next(SOURCES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8").splitlines()


def verdicts_by_text(prefix: str) -> dict[str, Verdict]:
    lines = seed(prefix)
    return {line.strip(): v for line, v in zip(lines, classify_lines(lines)) if line.strip()}


SEED_DROPS = {
    "000": [("Related:", "related-links"), ("- Wondering how Trump could happen? Look to Russia", None)],
    "001": [("Support The Moscow Times!", "donation-appeal"), ("Kremlin.ru", None),
            ("The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.",
             "opinion-disclaimer"),
            ("Sign up for our free weekly newsletter", "newsletter"), ("A Message from The Moscow Times:", "donation-appeal"),
            ("Dear readers,", "donation-appeal"), ("Once", "button-label"), ("Monthly", "button-label"),
            ("Annual", "button-label"), ("Continue", "button-label"), ("paiment methods", "button-label"),
            ("Not ready to support today?", "button-label"), ("Remind me later.", "button-label"),
            ("Read more", "related-links")],
    "004": [("Copyright © 2024", "copyright"), ("Privacy and Cookie Policies.", "cookie-notice"),
            ("Putin/Trump (Image: Ivan Shilov, Regnum)", "image-credit"),
            ("Image: Ivan Shilov, Regnum", "image-credit"),
            ("To suggest a correction or clarification, write to us here", "correction-prompt"),
            ("Related Posts", "related-links")],
}


@pytest.mark.parametrize("prefix,text,reason", [(p, t, r) for p, items in SEED_DROPS.items() for t, r in items])
def test_seed_boilerplate_is_stripped(prefix: str, text: str, reason: str | None) -> None:
    verdict = verdicts_by_text(prefix)[text]
    assert not verdict.keep
    if reason:
        assert verdict.reason == reason


def test_seed_000_keeps_all_ten_paragraphs() -> None:
    lines = seed("000")
    assert kept(lines) == lines[:10]


def test_seed_001_keeps_headline_and_body_drops_tail() -> None:
    by_text = verdicts_by_text("001")
    assert by_text["Negotiations With Trump Are a Win-Win for the Kremlin"].cue == "headline"
    body = [t for t, v in by_text.items() if v.keep and v.cue != "headline"]
    assert body[0].startswith("Both Washington and Moscow") and body[-1].startswith("This is where a lot")
    assert not any("Moscow Times" in t for t in body)


def test_seed_002_keeps_dated_paragraph_inner_headline_and_byline() -> None:
    by_text = verdicts_by_text("002")
    assert all(v.keep for v in by_text.values())
    assert by_text["Putin Considers the Possibility of a Trump Administration"].cue == "headline"
    assert by_text["By Richard Weitz"].cue == "byline"


def test_seed_003_keeps_everything_with_byline_and_footnotes() -> None:
    lines = seed("003")
    verdicts = classify_lines(lines)
    assert all(v.keep for v in verdicts)
    assert verdicts[2].cue == "byline"
    assert verdicts[-1].cue == verdicts[-2].cue == "footnote"


def test_seed_004_keeps_short_body_lines_and_drops_duplicates_and_captions() -> None:
    lines = seed("004")
    verdicts = classify_lines(lines)
    title = "Three Russian answers to the question ‘Is a Putin-Trump strategic alliance possible?’"
    first, second = [i for i, line in enumerate(lines) if line.strip() == title]
    assert verdicts[first].cue == "headline" and verdicts[second].reason == "repeated"
    by_text = verdicts_by_text("004")
    assert by_text["According to the first of these, which is held most commonly among Russian liberals,"].keep
    assert by_text["The second school argues that after becoming president,"].keep
    captions = [v for line, v in zip(lines, verdicts) if "political cartoon" in line]
    assert len(captions) == 2 and not any(v.keep for v in captions)
    kept_text = [line for line, v in zip(lines, verdicts) if v.keep]
    assert kept_text[-1].startswith("Given some of the statements Trump has made")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_squeezed_seed_gives_the_same_body(prefix: str) -> None:
    lines = seed(prefix)
    squeezed = [line for line in lines if line.strip()]
    assert [t.strip() for t in kept(lines)] == [t.strip() for t in kept(squeezed)]


# --- quality floor on the DEV evaluation -----------------------------------------------------

def load_bench():
    spec = importlib.util.spec_from_file_location("bench_boilerplate", ROOT / "benchmarks" / "bench_boilerplate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    module = load_bench()
    if not (module.eval_dir() / "score_boilerplate.py").is_file():
        pytest.skip(f"evaluation set not found at {module.eval_dir()} (set READINGROOM_EVAL)")
    return module


def test_dev_quality_floor(bench) -> None:
    run = bench.run_variant(bench.eval_dir(), bench.strip_with_classifier, squeezed=False)
    assert run.scores["macro"]["f1"] >= FLOOR
    assert run.scores["pages_recall_below_0.9"] <= LOST_PAGES_CEILING


def test_dev_quality_floor_of_the_pipeline(bench) -> None:
    """The real output: the pipeline's paragraphs (structure moves the header into metadata)."""
    name, system = bench.pick_system()
    if name != "pipeline.process_text":
        pytest.skip("readingroom.pipeline does not import yet")
    run = bench.run_variant(bench.eval_dir(), system, squeezed=False)
    assert run.scores["macro"]["f1"] >= FLOOR
    assert run.scores["pages_recall_below_0.9"] <= LOST_PAGES_CEILING


# Pages of DEV whose title, as the pipeline reads it, is the page's own (`<id>.title.txt`,
# punctuation and case aside): 70 of 91 (11 before the headline was looked for above the
# signature, 43 before it was checked against what the body tells). Only ever raised.
TITLES_FLOOR = 68


def test_dev_titles_floor(bench) -> None:
    from readingroom.pipeline import process_text

    pages = bench.eval_dir() / "boilerplate"
    right = sum(bench.folded(process_text((pages / f"{page}.txt").read_text(encoding="utf-8"), page).title.value or "")
                == bench.folded((pages / f"{page}.title.txt").read_text(encoding="utf-8"))
                for page in bench.page_ids(pages))
    assert right >= TITLES_FLOOR


def test_dev_squeezed_pages_score_like_blank_separated(bench) -> None:
    run = bench.run_variant(bench.eval_dir(), bench.strip_with_classifier, squeezed=True)
    assert run.scores["macro"]["f1"] >= FLOOR


def test_a_line_of_invisible_characters_is_blank() -> None:
    lines = [BODY[0], "", "\ufeff", "\u200b\u2060 ", BODY[1]]
    verdicts = classify_lines(lines)
    assert [v.reason for v in verdicts[2:4]] == ["blank", "blank"]
    assert verdicts[0].keep and verdicts[4].keep


MORE_BODY = [
    "The ministry later said that the rules would be reviewed after two years, once the first data had been collected.",
    "Business groups welcomed the review but said they would keep pressing for exemptions for the smallest companies.",
    "A spokesperson for the opposition said the party would table amendments when the bill returns to the chamber.",
]


@pytest.mark.parametrize("credit", ["© Jane Doe", "© Noelia Páez/Instagram"])
def test_a_photo_credit_in_the_middle_of_the_article_does_not_end_it(credit: str) -> None:
    lines = ["Home", HEADLINE, *BODY, credit, "The minister at the press conference", *MORE_BODY]
    assert kept(lines) == [HEADLINE, *BODY, "The minister at the press conference", *MORE_BODY] or \
        kept(lines) == [HEADLINE, *BODY, *MORE_BODY]


@pytest.mark.parametrize("notice", ["© 2024 The Daily Example", "© The Daily Example. All rights reserved."])
def test_a_copyright_notice_ends_the_article(notice: str) -> None:
    lines = ["Home", HEADLINE, *BODY, notice, *MORE_BODY]
    assert kept(lines) == [HEADLINE, *BODY]


# Two short opening paragraphs (39 words) weigh less than a box of three related links costs.
LEAD = [
    "The country's accountancy bodies have backed a swift move to the global reporting standards.",
    "This so-called big bang would let large companies report under the new rules from the first year on.",
]


def test_prose_above_a_box_of_related_links_is_the_article() -> None:
    box = ["Further reading", "Investors call rules unfit", "Banks favour new standard", "Credibility in focus at debate"]
    lines = ["Home", HEADLINE, *LEAD, *box, *BODY, *MORE_BODY]
    assert kept(lines) == [HEADLINE, *LEAD, *BODY, *MORE_BODY]


def test_a_sentence_shaped_headline_under_a_closing_box_is_not_the_article() -> None:
    box = ["More Great Stories", "YouTubers must unionize, no matter what", "Could an astronaut lost in space use gravity to get around?",
           "The plan to boost drone batteries"]
    lines = ["Home", HEADLINE, *BODY, *MORE_BODY, *box, "About us", "Contact"]
    assert kept(lines) == [HEADLINE, *BODY, *MORE_BODY]


@pytest.mark.parametrize("closing", [
    "Work on the new lanes is expected to begin in September, the council said on Wednesday.",
    "Work is expected to begin in September.",  # a short sentence weighs nothing: no run reaches it
])
def test_the_closing_line_under_a_related_box_set_into_the_text_is_the_article(closing: str) -> None:
    box = ["Related", "Investors call rules unfit", "Banks favour new standard", "Credibility in focus at debate"]
    lines = ["Home", HEADLINE, *BODY, *MORE_BODY, *box, closing, "Share this article", "Facebook", "Most Read", "Man held after crash",
             "© 2019 The Courier. All rights reserved."]
    assert kept(lines) == [HEADLINE, *BODY, *MORE_BODY, closing]


def test_the_summary_line_of_the_last_teaser_in_a_related_box_is_not_the_article() -> None:
    box = ["Related", "Investors call rules unfit", "A group of funds said the rules would cost savers.", "Banks favour new standard",
           "Lenders back the plan in a letter to the board.", "Credibility in focus at debate", "Regulators meet in London next week."]
    lines = ["Home", HEADLINE, *BODY, *MORE_BODY, *box, "Share this article", "© 2019 The Courier. All rights reserved."]
    assert kept(lines) == [HEADLINE, *BODY, *MORE_BODY]


def test_the_text_goes_on_under_a_poll_its_own_list_and_a_sign_up_form() -> None:
    """A regional chain's page sets boxes into the text one under the other, with the text's own
    list between them: all of it but the boxes is the article."""
    listed = ["The developer has also agreed to:", "pay towards affordable housing", "open the rooftop bar to the public"]
    poll = ["Do you support the Bath Street tower?", "Yes - the city needs it", "No - it will ruin the waterfront", "Not sure", "Vote",
            "1,208 votes so far"]
    form = ["Get the latest news from the ECHO direct to your inbox", "Subscribe", "Invalid Email"]
    lines = ["Home", HEADLINE, *BODY, *poll, *listed, *form, *MORE_BODY, "Comments64", "Well said.", "© 2019 The Courier"]
    assert kept(lines) == [HEADLINE, *BODY, *listed, *MORE_BODY]


def test_prose_above_an_advertisement_label_is_the_article() -> None:
    lead = "The minister said he was considering selling parts of the state's holdings in a dozen companies to cut the deficit."
    lines = ["Home", HEADLINE, lead, "Advertisement", *BODY, *MORE_BODY]
    assert kept(lines) == [HEADLINE, lead, *BODY, *MORE_BODY]


def test_a_paragraph_ending_with_a_link_to_pictures_is_not_a_caption() -> None:
    long = " ".join(f"Crews worked through night {n} to contain the oil that leaked from the pipeline near the river." for n in range(9)
                    ) + " (See pictures of the spill.)"  # (not BODY's: a paragraph said again inside a longer one is a pull quote)
    lines = ["Home", HEADLINE, *BODY, long, *MORE_BODY]
    assert kept(lines) == [HEADLINE, *BODY, long, *MORE_BODY]


def test_the_first_paragraph_quoted_by_a_share_dialog_far_above_is_kept() -> None:
    lead = "Liberian authorities said Thursday they will prosecute the patient when he returns, for lying on a form."
    dialog = ["Share This Story!", lead, "Post to Facebook", "Cancel", "Send", *[f"Menu {k}" for k in range(14)]]
    lines = ["Home", *dialog, HEADLINE, "By Jane Doe", lead, *BODY, *MORE_BODY]
    verdicts = classify_lines(lines)
    assert verdicts[len(dialog)].keep is False  # the dialog's copy
    assert verdicts[len(dialog) + 3].keep  # the article's first paragraph
    assert kept(lines)[-len(BODY) - len(MORE_BODY):] == [*BODY, *MORE_BODY]


def test_a_standfirst_said_again_under_the_photo_stays_out() -> None:
    deck = "Our editors' top picks for events, competitions and fun for the month of September."
    lines = ["Home", HEADLINE, deck, "Author:", "Editorial Staff", "Photo: Jane Doe", deck, *BODY, *MORE_BODY]
    verdicts = classify_lines(lines)
    assert not verdicts[6].keep and verdicts[6].reason == "repeated"


SECTIONS = [
    "The city council voted on Tuesday night to approve a new budget for the harbour, ending months of argument "
    "between the mayor and opposition councillors over how much the town should spend on its piers.",
    "Under the plan, the council will borrow twelve million pounds over five years to rebuild the north pier, which "
    "engineers closed last winter after finding that its wooden supports had rotted through.",
    "Shopkeepers along the seafront welcomed the decision, saying that the closure of the pier had cost them a third "
    "of their summer trade, although some warned that the works could keep visitors away.",
    "The opposition leader, who voted against the budget, said that the council had not explained how it would repay "
    "the loan without raising local taxes, and called for an independent review of the costs.",
]


@pytest.mark.parametrize("labels", [["The vote", "The money", "Reaction", "Opposition"],
                                    ["Why now?", "How will it be paid for?", "Who benefits?", "And the critics?"],
                                    ["* * *", "***", "—", "•"]],
                         ids=["subheadings", "questions", "separators"])
def test_an_article_in_sections_is_not_a_teaser_feed(labels: list[str]) -> None:
    """One short subheading, question or separator over each paragraph is how articles are
    divided; teaser feeds put headlines of several words over summaries of under 30 words."""
    lines = [HEADLINE, *[line for label, text in zip(labels, SECTIONS) for line in (label, text)]]
    assert set(SECTIONS) <= set(kept(lines))


def test_a_brief_in_short_sentences_is_an_article() -> None:
    sentences = ["The storm arrived just after midnight.", "Waves broke over the harbour wall.",
                 "Three boats sank at their moorings.", "The ferry service was suspended until noon.",
                 "Residents were told to stay indoors.", "Power failed across the island for hours.",
                 "Engineers restored most supplies by morning.", "The mayor visited the pier at dawn."]
    lines = ["Storm hits the harbour overnight", *sentences]
    assert kept(lines)[-len(sentences):] == sentences


def test_a_menu_alone_is_still_no_article() -> None:
    assert kept(["Home", "News", "Sport", "Weather", "Contact us", "About"]) == []


def test_a_text_copied_by_itself_keeps_its_closing_list() -> None:
    """Award winners, line-ups, tour dates after the last paragraph are the article's when no
    page furniture follows them; a page copied whole ends with it, and its tail stays out."""
    winners = ["Best actor - Richard Griffiths for The History Boys", "Best actress - Clare Higgins for Hecuba",
               "Best musical - Mary Poppins at the Prince Edward", "Best new play - The History Boys by Alan Bennett"]
    assert kept([HEADLINE, *BODY, "The winners:", *winners]) == [HEADLINE, *BODY, "The winners:", *winners]
    assert kept([HEADLINE, *BODY, *winners]) == [HEADLINE, *BODY, *winners]
    assert kept([HEADLINE, *BODY, *winners, "© 2024 The Daily Example"]) == [HEADLINE, *BODY]


def test_a_day_without_its_year_is_not_the_headline() -> None:
    from readingroom.pipeline import process_text
    article = process_text("\n\n".join(["Worcester v Sale (Fri)", "Sixways", "Friday, 25 February", "2000 GMT", *BODY]))
    assert article.title.value == "Worcester v Sale (Fri)"


def test_the_first_line_above_its_deck_is_the_headline() -> None:
    from readingroom.pipeline import process_text
    text = ["Screensaver tackles spam websites", "Net users are getting the chance to fight back against spam websites",
            "Internet portal Lycos has made a screensaver that endlessly requests data from spam websites and the firms "
            "behind them, so that users are getting the chance to fight back against spam.", *BODY]
    article = process_text("\n\n".join(text))
    assert article.title.value == "Screensaver tackles spam websites"
    assert article.subtitle.value == text[1]


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("広告", "advertising"),  # Japanese, Chinese and Korean ad labels
        ("광고", "advertising"),
        ("SCROLL TO RESUME CONTENT", "advertising"),
        ("Baca juga: Polisi Tangkap Pencuri Kotak Amal Masjid", "related-inline"),
        ("Người dân chờ nước ngọt. Ảnh: Hoàng Nam", "caption-credit"),
        ("‘Ik begon de stad anders te zien.’ Beeld Wouter Van Vooren", "caption-credit"),  # DPG's credit, its label without a colon
        ("Brandweerlieden bij de flat in Pendrecht. Foto Jan de Vries", "caption-credit"),
        ("社区团购团长在小区门口分拣货品，图片来源：锐图", "caption-credit"),
        ("▲ 연극 메인 포스터 (제공=극단 물결)", "caption-credit"),
        ("本文由「58氪」原创出品，转载请注明出处。", "copyright"),
        ("Via instabrag.com", "photo-credit"),
        ("Media playback is not supported on this device", "clip-credit"),
        ("Rahman's 124 powers Northern to the title2:41", "clip-title"),
        ("Dorsey's 44-point night vs. Lakeport (1:38)", "clip-title"),
        ("Partager sur FacebookPartager sur TwitterPartager par mail", "share-menu"),
        ("Le buteur dans les derniers instants. (P. Lahalle/L'Équipe)", "caption-credit"),
        ("Abonnez-vous à L'Équipe dès 1€ le premier mois et accédez à tous nos articles.", "subscribe-prompt"),
        ("Was this helpful?", "correction-prompt"),  # a feedback widget: the text has ended
        ("Continued", "story-continues"),  # a page break's label
        ("Story Source:", "copyright"),  # a science-news site's source and citation boxes
        ("Cite This Page:", "copyright"),
        ("You Might Also Like: How to Unclog a Toilet Without a Plunger", "related-inline"),
        # a wire story's and a syndicated copy's notes around the text
        ("(Updates prices in fourth paragraph, adds trader comment in sixth.)", "wire-credit"),
        ("--With assistance from Mariela Quint.", "wire-credit"),
        ("This article originally appeared on Lakeport Daily Sentinel: Schools lock up phones", "wire-credit"),
        ("Contact Renata Olmos at rolmos@example.com or 555-0148. Follow her on Twitter: @RenataOlmos.", "author-bio"),
        ("RELATED Flooding forces closure of key Midwest rail bridge", "related-inline"),  # a label in capitals, no colon
        ("Your browser doesn't support HTML5 video.", "clip-credit"),
        ("Slide 1 of 8 Slide 1 of 8: Where U.S. students are falling behind Start the slideshow", "gallery-caption"),
        ("Submit Correction", "correction-prompt"),
        ("Students unlock their phone pouches, Oct. 17, 2019. © Wes Dunlevy/Lakeport Daily Sentinel", "credit-tail"),
        ("Share on FacebookShare on TwitterEmail this article Share", "share-buttons"),  # buttons glued by the copy
        ("TwitterFacebookLinkedInEmail", "share-buttons"),
        ("Advertisement - Continue Reading Below", "story-continues"),
        ("MUST READ: Ransomware: Why paying up is rarely the end of the story", "related-inline"),
        ("SEE: Incident response policy (TechRepublic Premium)", "related-inline"),
        ("First published Oct. 22, 2019 at 5 a.m. PT.", "wire-credit"),
        ("Promoted Comments", "comments"),
        ("Millions turn to Vox to understand the news. Our mission has never been more vital. Make a contribution.", "donation-appeal"),
        ("Related Story", "related-header"),
        ("Lire aussi « La fin des petites lignes serait une erreur historique »", "related-inline"),
        ("ALSO READTanker mafia back in Ganeshwadi as taps run dry", "related-inline"),
        ("Stay updated on the go with The Times of India News App. Click here to download it for your device.", "advertising"),
        ("Join ST's Telegram channel here and get the latest breaking news delivered to you.", "advertising"),
        ("If you enjoyed this, I write about bootstrapping every week — follow me here or on Twitter @x.", "subscribe-prompt"),
        ("The Times is committed to publishing a diversity of letters to the editor.", "correction-prompt"),
        ("Residents fill containers from a water tanker in the old city. — White Star", "credit-tail"),  # a photo service after a dash
        ("The last bus stop sign still stands outside the town office. | HARUKA SATO", "credit-tail"),
        ("Dairy farmers pour milk outside the offices in protest. PHOTO | JACKSON KIPRONO | NATION MEDIA GROUP", "caption-credit"),
        ("A 1911 drawing for a bridge across the sound.Courtesy Dunmere County Archive", "caption-credit"),
        ("Un train régional en gare, le 12 février. Maëlle Ternoise / Studio Arvel", "credit-tail"),
        ("Lorna Baptiste (@lbaptiste) taught school for 11 years and is a senior fellow at the Center.", "author-role"),
        ("Desmond Achterberg writes about state and local government for The Post’s Opinions section.", "author-role"),
        ("SPIEGEL ONLINE > Meinung > Kolumnen > Mietendeckel in Lindenau", "breadcrumb"),
        ("In Summary", "story-highlights"),
        ("Related Every Winter Squash, Ranked by How Easy It Is to Peel", "related-inline"),  # "Related" without a colon
        ("Buy it now at Nordstrom", "shop-button"),
        ("Search Log In Sign Up", "button-label"),  # a row of account buttons
        ("Screenshot: Lanternfall (Tidepool Games)", "image-credit"),
        ("Skaitykite daugiau", "related-header"),  # Lithuanian, Latvian, Croatian, Romanian, Bulgarian, Russian, Polish
        ("Saistītie raksti", "related-header"),
        ("Citeste si:", "related-header"),
        ("Citeşte şi", "related-header"),
        ("PROČITAJTE I: Grad uvodi nove mjere", "related-inline"),
        ("Citește și: Harta orașelor", "related-inline"),
        ("Още по темата Регионалните театри", "related-inline"),
        ("Материал по теме Цены на сырое молоко", "related-inline"),
        ("Czytaj także Wsie kontra fermy", "related-inline"),
        ("Dalīties Tvītot Draugiem.lv E-pasts", "share-buttons"),
        ("Podijeli Tweet Pošalji", "share-buttons"),
        ("Oglas", "advertising"),
        ("Теми: театър, култура", "tag-list"),
        ("Мартин Стоилов Снимка: Личен архив", "caption-credit"),
        ("Farmers filled the annex Tuesday for a hearing. Rachel Venn, Tri-River Courier & Press", "credit-tail"),
        ("Its owners plan to demolish the building in October. Joel Pesina The Ashford Star", "credit-tail"),
        ("The pie comes with pepperoni cups. Priya Halvorsen, eriecoast.com", "credit-tail"),
        # a regional chain's widgets and boxes set into the text
        ("Get the biggest daily stories by email", "newsletter"),
        ("Get the latest weather forecasts direct to your inbox", "newsletter"),
        ("Sign up for FREE now and never miss the top weather stories again", "newsletter"),
        ("Get daily Calgary news", "newsletter"),
        ("Get the latest news from your area", "newsletter"),
        ("Enter your postcode to see the latest news, events and planning applications near you", "newsletter"),
        ("Powered by InYourArea", "advertising"),
        ("Join the ECHO's Facebook group for the latest news and talking points from across Merseyside", "advertising"),
        ("Play Video", "clip-credit"),
        ("Vote", "button-label"),
        ("1,208 votes so far", "comment-counter"),
        ("Comments64", "comments"),
        ("Gallery1 of 12In pictures: How the Bath Street tower would lookClick here to see the full gallery", "gallery-caption"),
        ("Video LoadingVideo UnavailableClick to playTap to play", "clip-credit"),
        ("Kerry says the lid was open by just two inches because of a pizza boxCredit: Cavendish Press", "caption-credit"),
        ("MOST READ IN NEWS", "related-header"),
        ("We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk", "correction-prompt"),
        ("AdvertisementHide Ad", "advertising"),
        ("Thank you for reading this story on our website. While I have your attention, I also have an important request.", "donation-appeal"),
        ("Quality journalism costs money to produce, and we are more reliant than ever on you taking out a subscription.", "donation-appeal"),
        ("Thank you, The Editor", "donation-appeal"),
        ("Video LoadingVideo UnavailableClick to playTap to playThe video will start in8", "clip-credit"),
        ("WATCH ABOVE: A southwest Calgary family has been told to take down their backyard hockey rink after a complaint.", "clip-caption"),
        ("This article was written by a Local Democracy Reporter. The Local Democracy Reporting Service is a BBC-funded scheme.", "wire-credit"),
        ("We and our partners use technology such as cookies on our site to personalise content and ads, provide social media "
         "features, and analyse our traffic. Click below to consent to the use of this technology across the web. You can change "
         "your mind and change your consent choices at anytime by returning to this site.", "cookie-notice"),
        # science and health news: citation and provider lines, review stamps, course credit, a release's end mark
        ("More information: Hannah Corrigan et al. Heat impairs olfactory learning in bumblebees, Current Biology (2019). "
         "DOI: 10.1016/j.cub.2019.07.001", "copyright"),
        ("Journal information: Current Biology", "copyright"),
        ("Provided by University of Exeter", "copyright"),
        ('Source Reference: Pillai S, et al "Rotating night shift work and risk of incident atrial fibrillation" J Am Heart Assoc 2019',
         "copyright"),
        ("Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert!", "copyright"),
        ("Last medically reviewed on August 14, 2019", "wire-credit"),
        ("Medically reviewed by Aaron Feldstein, PT, DPT", "wire-credit"),
        ("How we reviewed this article:", "wire-credit"),
        ("Healthline has strict sourcing guidelines and relies on peer-reviewed studies and academic research institutions.",
         "wire-credit"),
        ("Earn CME/MOC Credit This Article is part of MedPage Today's AMA PRA Category 1 Credit™ program.", "wire-credit"),
        ("###", "end-mark"),
        ("-30-", "end-mark"),
        ("ENDS", "end-mark"),
        ("Partilhar no FacebookPartilhar no TwitterPartilhar no WhatsAppEnviar por emailComentar", "share-menu"),
        # business, Middle East and French pages
        ("Read more about:Israel & the RegionAravadesalinationagriculturewater crisis", "tag-list"),
        ("Get The Times of Israel's Daily Edition by email and never miss our top stories", "newsletter"),
        ("You're a dedicated reader, and we're really pleased that you've read 6 Times of Israel articles in the past year.",
         "donation-appeal"),
        ("That's why we come to work every day - to provide discerning readers like you with must-read coverage.", "donation-appeal"),
        ("Read more: Tel Aviv's free Shabbat buses carried 100,000 passengers in first month | Opinion: The status quo is a "
         "fiction Israelis can no longer afford", "related-inline"),
        ("İLGİLİ HABERLER", "related-header"),
        ("Get Data Sheet, Fortune's technology newsletter.", "newsletter"),
        ("Catch up with Data Sheet, Fortune's daily digest on the business of tech.", "newsletter"),
        ("More must-read stories from Fortune:", "related-header"),
        ("A morning briefing on what you need to know in the day ahead, including exclusive commentary.", "newsletter"),
        ("Newsletter Les Echos Industrie", "newsletter"),
        ("Je m'inscris", "button-label"),
        ("Lecture 3 min.", "page-stamp"),
        ("Las labores de extinción se extendieron por más de 30 horas.Foto: Bomberos Bogotá", "caption-credit"),
        ("Caixa de tomate do tipo salada chegou a R$ 81 na última semanaFoto: Werther Santana/Estadão", "caption-credit"),
        ("Kirjastovirkailija järjesteli lumikenkiä Kuopion pääkirjastossa tiistaina.Kuva: Mikko Ahonen / HS", "caption-credit"),
        ("SEGUIR", "button-label"),
        ("Missa inga nyheter från Uppsala", "newsletter"),
        ("Få Aftonbladets lokala nyhetsbrev varje morgon.", "newsletter"),
        ("Tilaa HS:n Kotimaa-uutiskirje", "newsletter"),
        ("Prenumerera", "button-label"),
        ("LÄS OCKSÅTrafikverket kritiseras efter nytt stopp på Ostkustbanan", "related-inline"),
        ("Læs ogsåFrivillige redder biografen i Struer", "related-inline"),
        ("Journaliste au service Industrie des Echos, spécialiste de l'agroalimentaire et de la grande distribution.", "author-bio"),
        ("Cách lắp hệ thống thủy canh trên sân thượng. Video: Khánh Hương", "caption-credit"),  # a video's caption and credit
        ("PROČITAJTE JOŠSTIŽE 60 NOVIH AUTOBUSA Evo na kojim linijama će prvo saobraćati", "related-inline"),  # "read more" glued
        ("Čtěte také: Nové autobusy vyjedou v září", "related-inline"),
        ("Loe ka: Uued bussid jõuavad Tallinna", "related-inline"),
        ("Wideo: Tak wygląda akcja TOPR na Orlej Perci", "image-credit"),  # a video's label in Polish
        ("Gaukite svarbiausias dienos naujienas el. paštu", "newsletter"),  # Lithuanian
        ("Užsisakyti", "button-label"),
        ("Toate drepturile rezervate", "copyright"),
        ("Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto svetainėse be sutikimo.", "copyright"),
        ("TEXT AD: Advertise your business here. Call 0700-PTADS-NG", "advertising"),
        ("Support PREMIUM TIMES' journalism of integrity and credibility", "donation-appeal"),  # an appeal by the paper's name
        ("If you value our work, please consider supporting us with a modest donation.", "donation-appeal"),
        ("Vidéo. Agadir: visite du chantier du futur marché de gros", "image-credit"),  # a video's title after its label
        ("Lire la vidéo", "button-label"),
        ("By posting, you agree to our Community Rules. Commenting is powered by Viafoura.", "comment-policy"),
        ("Kelsey Marano may be reached at kmarano@njadvancemedia.com. Follow her on Twitter.", "author-bio"),  # the reporter's address
        ("Are you an employee with a story to share? Contact this reporter at jdoe@example.com.", "author-bio"),
        ("Comments - Please login in order to comment.", "comments"),  # the comment form's prompt
        ("Find out more", "button-label"),
        ("A lire aussi : Non, cette vidéo ne montre pas une marée noire en Vendée", "related-inline"),  # "à" without its accent
        ("Capture d'écran Facebook prise le 23 octobre 2019", "image-credit"),  # a screenshot's caption
        ("This article is part of our work fact checking potentially false pictures, videos and stories on Facebook.", "copyright"),
        ("CalMatters.org is a nonprofit, nonpartisan media venture explaining California policies and politics.", "author-bio"),
        ("Накратко", "story-highlights"),  # summary points' label in other languages
        ("W skrócie", "story-highlights"),
        ("Прочетете още: Нови автобуси тръгват от понеделник", "related-inline"),
        ("(With inputs from PTI)", "wire-credit"),  # the agencies whose copy went into the text
        ("With inputs from agencies", "wire-credit"),
        ("Get the latest news, live updates and expert analysis on the Gujarat rain. Track Latest News Live on NDTV.com and get "
         "news updates from India and around the world.", "subscribe-prompt"),
        ("Image copyrightGetty Images", "photo-credit"),  # the BBC's older labels, in the World Service's languages too
        ("تصویر کے کاپی رائٹGetty Images", "photo-credit"),
        ("Image captionجمعرات کو لاہور کے بیشتر علاقوں پر سموگ کی گہری تہہ چھائی رہی", "photo-credit"),
        ("যশোর জেনারেল হাসপাতালের বারান্দায় চিকিৎসা নিচ্ছেন ডেঙ্গু রোগীরা। গতকাল দুপুরে। ছবি: প্রথম আলো", "caption-credit"),
        ("FacebookTwitterWhatsAppE-MailKommentare 46", "share-buttons"),  # the row's comment count last
        ("Reacties (37)", "comments"),  # a comment section's header with its count, in other languages
        ("Kommentare (46)", "comments"),
        ("Die wichtigsten News aus der 2. Bundesliga – täglich in Ihrem Postfach.", "newsletter"),  # "in your inbox", in other languages
        ("Le notizie più importanti della giornata, ogni mattina nella tua casella di posta.", "newsletter"),
        ("Recibí en tu email todas las noticias, coberturas, historias y análisis.", "newsletter"),
        ("Schrijf je in voor de HLN-nieuwsbrief en ontvang elke ochtend de belangrijkste verhalen.", "newsletter"),
        ("Jetzt anmelden", "button-label"),
        ("Inschrijven", "button-label"),
        ("Heb jij een tip voor onze redactie? Mail naar nieuws@example.be.", "correction-prompt"),  # an invitation to send tips
        ("J’aime chargement…", "share-menu"),  # WordPress's likes, related posts and comment count, in the blog's language
        ("Like this:", "share-menu"),
        ("Similaire", "related-header"),
        ('Planning the spring bedsMay 22, 2018In "Garden"', "related-inline"),
        ('La D917, une route oubliée ?30 novembre 2018Dans "Transports"', "related-inline"),
        ("3 réflexions sur « Maternité de Saint-Aubin : ce que le rapport de l’ARS ne dit pas »", "comments"),
        ("One response to “Why the bond failed”", "comments"),
        ("Répondre", "comments"),
        ("Publicités", "advertising"),
        ("leftcoastsarah reblogged this from rentnotes and added:", "comments"),  # Tumblr's notes under a post
        ("m-okonkwo liked this", "comments"),
        ("Loading...Show more notes", "comments"),
        ("The Harlow Falls dam, built in 1868, no longer produces power.CreditCaleb Nordstrom for The New York Times", "caption-credit"),
        ("A delivery drone takes off from a hospital helipad in Hays, Kansas, on Sept. 25, 2019.Hannah Boyer / for NBC News", "caption-credit"),
        ("Niños jugando en el cruce de Tamarit con Comte Borrell, dentro de la superilla de Sant Antoni(Àlex Garcia)", "caption-credit"),
        ("Il Mercato delle Erbe in via Ugo Bassi (FotoSchicchi)", "caption-credit"),
        ("BristolMum77 says:", "comments"),  # a commenter's name over the comment
        ("This is Google's cache of https://www.example.com/story.html. It is a snapshot of the page as it appeared on 13 Jun 2019 08:14:22 GMT.",
         "archive-banner"),  # a cache's or a web archive's banner over the copy
        ("Vollständige VersionNur-Text-VersionQuelle anzeigen", "archive-banner"),
        ("no other snapshots from this url", "archive-banner"),
        ("Get the Variety Daily Headlines newsletter", "newsletter"),
        ("Ετικέτες:Δήμος ΑθηναίωνΠατίνιαΜεταφορές", "tag-list"),  # Greek tags, sign-up prompt and button
        ("Εγγραφείτε στο newsletter της «Κ» και λαμβάνετε καθημερινά τα σημαντικότερα νέα.", "newsletter"),
        ("ΕΓΓΡΑΦΗ", "button-label"),
        ("Now playingDoorbell camera catches fireball over Georgia", "clip-title"),  # a video player's labels
        ("JUST WATCHED", "clip-title"),
        ("改修された旧明宝第二小学校の校舎=岐阜県郡上市で2019年6月19日、北村美咲撮影", "caption-credit"),  # a Japanese caption, the photographer last
        ("写真を拡大", "button-label"),
        ("Like WalesOnline on Facebook", "newsletter"),  # the site's social pages under the text
        ("Carte des temps de trajet publiée en annexe du rapport (p. 31). Document ARS", "caption-credit"),  # a French caption's source
        ("Des pêcheurs dans le vieux port de Byblos, début juillet. Photo Karim Haddad", "caption-credit"),
        ("Follow us for the latest news, sport and what's on in Wales.", "newsletter"),
        ("Tutoring agencies in Kent say they are taking bookings for pupils in year 1ALAMY", "image-credit"),  # an agency glued in capitals
        ("… we have a small favour to ask.", "donation-appeal"),  # the Guardian's appeal
        ("Support The Guardian from as little as £1 – and it only takes a minute. Thank you.", "donation-appeal"),
        ("But we need your ongoing support to keep working as we do.", "donation-appeal"),
        ("DelenTweetWhatsAppMail88", "share-buttons"),  # share rows in their languages, a count glued on
        ("ShareXFacebookWhatsApp", "share-buttons"),  # X's one-letter button glued to the next
        ("TeilenFacebookXWhatsApp", "share-buttons"),
        ("Partager cet article :", "share-buttons"),  # "share this article" in other languages
        ("Diel dit artikel", "share-buttons"),
        ("Artikel teilen", "share-buttons"),
        ("Sponsored: MobilityNow", "advertising"),  # an ad's sponsor after a colon
        ("Gesponsert von Stadtwerke Nord", "advertising"),
        ("Infographie « Le Courrier national »", "image-credit"),  # a chart's credit, the paper's name after its word
        ("Grafik: dpa", "image-credit"),
        ("Fotostrecke: Rallye Lettland 2024", "image-credit"),  # a gallery's title after its label
        ("Zur Fotostrecke", "button-label"),
        ("Actualités liées", "related-header"),  # a related box's header in French and Italian
        ("Notizie correlate", "related-header"),
        ("Sostieni La Voce Ribelle", "button-label"),  # a donation box's header or button, no barrier
        ("Articolo Successivo", "button-label"),
        ("Gentile lettore, la pubblicità che vedi in questa pagina è ciò che ci permette di restare gratuiti, ma non basta.", "donation-appeal"),
        ("Fox / Via giphy.com", "image-credit"),  # an embedded picture's or post's source, as listicles credit them
        ("u/grizzlytray / Via reddit.com", "image-credit"),
        ("Instagram: @retrolunchbox", "image-credit"),
        ("tiktok.com", "image-credit"),
        ("Dieses Thema im Programm: NDR 1 Niedersachsen | Regional Oldenburg | 09.12.2026 | 12:30 Uhr", "programme-note"),
        ("Über dieses Thema berichtete MDR AKTUELL am 04. Dezember 2026 um 12:00 Uhr.", "programme-note"),
        ("Schlagwörter zu diesem Artikel", "tag-list"),  # the tags' label and what they tag
        ("Voir aussi : Top 15 des phrases qu'on entend forcément quand on visite un appart", "related-inline"),
        ("UdostępnijTweetnijWyślijKomentarze (23)", "share-buttons"),
        ("4 réactionsPartagerTweeterEnvoyer", "share-buttons"),
        ("FacebookTwitterMailImprimerCommenter", "share-buttons"),
        ("Never miss a story — sign up for PEOPLE’s free daily newsletter to stay up-to-date on the best of what PEOPLE has to offer.",
         "newsletter"),  # a sign-up prompt naming the paper
        ("View this post on Instagram", "button-label"),  # an embedded post's chrome, not its caption
        ("A post shared by Grace Hollings (@gracehollings) on Feb 12, 2019 at 9:04am PST", "caption-credit"),
        ("Hendrik Vos, Still Life with Lemons and a Silver Ewer (1648). Courtesy of the Abramowicz family.", "caption-credit"),
        ("À lire aussi : Urgences de Montbrison : les chiffres de l’été 2018", "related-inline"),
        ("Riders climb a trail above the town. The town has opened 40 miles of trails since 2017.hide caption", "caption-credit"),
        ("Celia Moran/NPRtoggle caption", "caption-credit"),  # NPR's caption toggles, glued
        ("Heard on Morning Edition", "button-label"),  # the programme a radio story aired on, its player's labels
        ("Listen · 3:58", "button-label"),
        ("Related NPR Stories", "related-header"),
        ("ShareTweetPlurkLinkedIn", "share-buttons"),  # Taiwan's Plurk among the buttons
        ("RelatedThe End of the Company Town", "related-inline"),  # the label glued to another story's headline
        ("This story was reported by Mongabay’s Indonesia team and first published here on our Indonesian site on March 5, 2019.", "wire-credit"),
        ("This story was translated and adapted from Indonesian by Genevieve Oduya.", "wire-credit"),
        ("FEEDBACK: Use this form to send a message to the author of this post.", "author-bio"),
        ("Closed captioning is derived from the live broadcast and may contain errors.", "transcript-note"),  # a transcript's notes
        ("Специальный корреспондент «Новой газеты». Пишет о региональной политике и экологии.", "author-bio"),  # a role's bio in Russian
        ("Нет медиа-источника", "button-label"),  # an audio player's chrome (RFE/RL)
        ("0:00 0:02:48 0:00", "button-label"),
        ("СкачатьКод для вставки", "button-label"),
        ("This is a rush transcript. Copy may not be in its final form.", "transcript-note"),
        ("A barred owl surveys a street in Charlotte. Urban pairs fledged more chicks.PHOTOGRAPH BY KATYA ROMERO, NAT GEO IMAGE COLLECTION",
         "caption-credit"),  # the photographer glued after the caption's stop
        ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", "licence-note"),
        ("The original content of this program is licensed under a Creative Commons Attribution-Noncommercial-No Derivative Works 3.0"
         " United States License. Please attribute legal copies of this work to democracynow.org.", "licence-note"),
        ("NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor, and produced using a proprietary"
         " transcription process developed with NPR. This text may not be in its final form and may be updated or revised in the"
         " future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.", "transcript-note"),
        ("(서울=연합뉴스) 서울시가 운영하는 '한강 밤 도서관' 조감도. 2019.7.23 [서울시 제공. 재판매 및 DB 금지] photo@yna.co.kr", "caption-credit"),
        ("Elevii clujeni, alături de nanosatelitul construit în laboratorul liceuluiFoto: (c) Mihai TRIF / AGERPRES FOTO", "caption-credit"),
        ("The Walrus is a registered charity.", "donation-appeal"),  # a donation box's header
        ("This appeared in the July/August 2019 issue of The Walrus magazine with the headline “Closing Time.”", "wire-credit"),
        ("Rizal Hakim is a Jakarta-based defense analyst and a former researcher at the Centre for Strategic Studies.", "author-role"),
        ("Plastic bottles at a waste sorting plant © Sputnik / Alexei Kudenko", "credit-tail"),  # the holder after the last word
        # scripts without capitals: share buttons glued together, related headers, a sign-up box, captions' credits
        ("فيسبوكتويترواتسابتيليغرامبريدطباعةA+A-", "share-buttons"),
        ("FacebookTwitterWhatsAppTelegramEmailنسخ الرابط", "share-buttons"),
        ("تلگرامتوییترفیسبوکواتس‌اپکپی لینک", "share-buttons"),
        ("שתפו בפייסבוקשתפו בוואטסאפשתפו בטוויטרשלחו לחברתגובות (14)הדפסה", "share-buttons"),
        ("ارسال به فیسبوک", "share-buttons"),
        ("לקריאה נוספת:", "related-header"),
        ("مطالب مرتبط", "related-header"),
        ("اقرأ أيضاً\"موسم السودة\" ينطلق بـ 50 فعالية", "related-inline"),
        ("בהרשמה אני מאשר/ת את תנאי השימוש", "newsletter"),
        ("اشترك في النشرة لتصلك مختارات \"اندبندنت عربية\" كل صباح", "newsletter"),
        ("قوارب صيد جانحة في منطقة جفت مياهها من هور الحمّار (الجزيرة)", "caption-credit"),
        ("تجمع کارگران در مقابل استانداری قزوین - آرشیو", "caption-credit"),
        ("توضیح تصویربیماران و خانواده‌هایشان می‌گویند گاهی چند روز برای یافتن دارو سرگردان‌اند", "photo-credit"),
        ("،تصویر کا کیپشنلاہور میں منگل کی صبح سموگ کی گہری تہہ چھائی رہی", "photo-credit"),
        ("Directed byMarguerite Dufresne", "review-facts"),  # a review's facts box
        ("StarringInès VautrinKarim BelhadjOdile Marchal", "review-facts"),
        ("Running Time:108 minutes", "review-facts"),
        ("Shape & ShoreSculpt One-Piece in Black£25.00SHOP NOW", "shop-button"),  # a product's card, its button glued on
        ("This content is imported from Instagram. You may be able to find the same content in another format, or you may be able"
         " to find more information, at their web site.", "embed-note"),
        ("This content is created and maintained by a third party, and imported onto this page to help users provide their email"
         " addresses.", "embed-note"),
        ("The bride's sisters served as bridesmaidsPhoto: © Alamy", "caption-credit"),  # a caption, not a copyright line
        ("A light curve of the rocket stage recorded on March 10. (Image: © Dutch Satellite Observers Group)", "caption-credit"),
        ("Get daily celebrity news straight to your inbox", "newsletter"),
        ("Get the latest Liverpool news sent to your inbox", "newsletter"),
        ("LEES OOK. Brandweer redt hond uit kanaal in Lokeren", "related-inline"),
        ("Find out what's happening in Montclairwith free, real-time updates from Patch.", "newsletter"),
        ("International>Europe>Interview with Historian Margarete Lindqvist", "breadcrumb"),
        ("If you or someone you know is experiencing domestic violence", "help-line"),
        ("Imate li zanimljivu priču? Pišite nam na vijesti@index.hr ili nam se javite na WhatsApp i Viber.", "correction-prompt"),
        ("Masz temat? Napisz do nas na kontakt@example.pl", "correction-prompt"),
        ("We think it's important you understand the strengths and limitations of the site. We're a journalistic website.", "disclaimer"),
        ("This info does not constitute financial advice, always do your own research on top to ensure it's right for you.", "disclaimer"),
        ("We often link to other websites, but we can't be responsible for their content.", "disclaimer"),
        ("Call the National Domestic Violence Hotline at 1-800-799-7233 (TTY 1-800-787-3224), or text LOVEIS to 22522.", "help-line"),
        ("In the US, the National Suicide Prevention Lifeline is 1-800-273-8255.", "help-line"),
        ("In the UK and Ireland, Samaritans can be contacted on 116 123.", "help-line"),
        ("For the latest true crime and justice news, subscribe to the ‘Crime Stories with Nancy Grace’ podcast.", "newsletter"),
        ("We have more newsletters Show me", "newsletter"),
        ("Key Points", "story-highlights"),  # a business page's summary points over its text
        ("NASDAQ: CRVN", "stock-quote"),  # a share's quote set into the text
        ("You have 5 free highlights remaining this month. Go Premium for unlimited highlights.", "paywall"),  # a reader app's
        ("A message from Northwind Energy", "sponsor-message"),  # a newsletter's sponsor, not the paper's appeal
        ("A message from the Editor:", "donation-appeal"),
        ("Forward-Looking Statements", "issuer-notes"),  # a press release's notes, where no end mark opens them
        ("Media Contact:", "issuer-notes"),
        ("För ytterligare information, kontakta:", "issuer-notes"),
        ("$48.31↑$8.41(21.08%)", "stock-quote"),
        ("Related Terms", "related-header"),
        ("The offers that appear in this table are from partnerships from which Investopedia receives compensation.",
         "affiliate-disclosure"),
        ("Cosmopolitan UK participates in various affiliate marketing programmes, which means we may get paid commissions on"
         " editorially chosen products purchased through our links to retailer sites.", "affiliate-disclosure"),
        ("WhoopStrap 3.0 Recovery Tracker£30/monthSHOP NOW", "shop-button"),  # a subscription's price on a product's card
        ("Share on PinterestCould our gut microbes help determine how we handle stress?", "caption-credit"),
        ("Article last reviewed by Tue 7 May 2019.", "copyright"),
        ("Please use one of the following formats to cite this article in your essay, paper or report:", "copyright"),
        ("Editorial Sources and Fact-Checking", "copyright"),
        ("Everyday Health follows strict sourcing guidelines to ensure the accuracy of its content.", "copyright"),
        ("Главные материалы Радио Свобода – каждый день в вашем почтовом ящике.", "newsletter"),
        ("റവന്യൂ ജില്ലാ സ്കൂൾ കലോത്സവത്തിന്റെ ഉദ്ഘാടനച്ചടങ്ങിൽ അവതരിപ്പിച്ച സംഘനൃത്തം | ഫോട്ടോ: ജെ. ഫിലിപ്പ്", "caption-credit"),
        ("More SpecsLess Specs", "button-label"),  # a toggle's two labels glued
        ("Gut für die Gefäße: Schon kurze Gehpausen im Alltag zählen© W&B/Michael Reiter", "caption-credit"),  # the sign glued on
        ("فيديو: سكان الأهوار يروون معاناتهم مع الجفاف2:48", "clip-title"),  # a clip's title, its length glued on
        ("Das könnte dich auch interessieren: 9 Typen von Mitbewohnern, die du garantiert schon mal hattest", "related-inline"),
        ("Unterstütze watson!", "donation-appeal"),  # a German appeal, in the familiar form
        ("Damit wir weiterhin unabhängigen Journalismus für alle gratis anbieten können, sind wir auf deine Unterstützung angewiesen.",
         "donation-appeal"),
        ("Jetzt unterstützenTWINT", "donation-appeal"),
        ("Can't afford to give right now? Share this story instead.", "donation-appeal"),
        ("I punti chiave", "story-highlights"),
        ("Комментарийлер 47", "comments"),  # Kyrgyz, with the count
        ("대진케미칼 충북 오창 분리막 공장 전경. [사진 제공 = 대진케미칼]", "caption-credit"),  # a Korean photo's credit in brackets
        ("記者会見する森田健一社長（18日、ジャカルタ）（写真：共同）", "caption-credit"),
        ("はてな", "share-buttons"),
        ("Een gestutte boerderij in Noord-Groningen.Foto Kees van de Veen", "caption-credit"),  # the label glued after the stop
        ("Ouders halen hun kinderen op bij de Regenboogschool in Almere-Haven. Beeld Marcel van den Bergh", "caption-credit"),
        ("A bus shelter outside Wragby, Lincolnshire, where the hourly service was withdrawn in 2018 Tortoise/Jonah Pell", "caption-credit"),
        ("Yorumlar (12)", "comments"),
        ('Retrieved from "https://en.wikinews.org/w/index.php?title=Tartu_city_council&oldid=4517823"', "copyright"),  # a wiki's footer
        ("This page was last edited on 8 May 2019, at 10:12.", "copyright"),
        ("Das Wichtigste in Kürze", "story-highlights"),
        ("Jesteś tutaj: Strona główna / Aktualności / Dzień Patrona Szkoły 2024", "breadcrumb"),  # a trail under its "you are here"
        ("Sie sind hier:Startseite/Presse & Medien/Pressemitteilungen", "breadcrumb"),
        ("You are here: Home » News » Council approves budget", "breadcrumb"),
        ("Hindi News›Local›Mp›Bhopal›Bada Talab Water Level Falls 3 Feet; Alternate Day Supply In 22 Wards From Monday", "breadcrumb"),  # glued arrows
        ("Hoofdpunten", "story-highlights"),  # a live page's summary over its entries
        ("Key events", "story-highlights"),
        ("▲ 지난 16일 조선소에서 노동자들이 용접 작업을 하고 있다. ⓒ남해매일 강현우 기자", "caption-credit"),  # a Korean paper's photo mark
        ("Sur le port de Douarnenez, le 2 avril. (Marc Ollivier/Hans Lucas pour L'Éclaireur)", "credit-tail"),  # photographer/agency "for" the paper
        ("POSLUŠAJ ČLANAK", "button-label"),  # an audio player's button, "listen to the article"
        ("Vypočuť článok", "button-label"),
        ("PROČITAJTE I OVO", "related-header"),  # "read this too"
        ("-- BERNAMA", "end-mark"),  # a news agency's sign-off under its story
        ("Leestijd: 5 minuten", "page-stamp"),  # a reading time, in Dutch
        ("Lästid: 4 min", "page-stamp"),
        ("Ikuti kami di media sosial :", "button-label"),  # "follow us on social media"
        ("Berita Berkaitan: MetMalaysia jangka MTL bermula 5 November", "related-inline"),  # "related news:" and its headline
        ("$495$395 at Nordstrom", "shop-button"),  # the old price and the sale's glued together on a product's card
        ("Jetzt bei Amazon kaufen*", "shop-button"),  # the shop named in the button, an affiliate link's star after it
        ("139 € bei Zalando", "shop-button"),  # the price's currency after it, the shop after "bei"
        ("24,90 € chez Sephora", "shop-button"),
        ("Wir benötigen Ihre Zustimmung, um den Instagram-Inhalt anzuzeigen. Mit dem Klick auf „Inhalt laden“ stimmen Sie zu.", "embed-note"),
        ("Inhalt laden", "embed-note"),  # the held-back post's button
        ("@maddie.walksday 12 of my hot girl walk era 🐕 #hotgirlwalk #walkingtiktok ♬ original sound - maddie", "embed-note"),
        ("Chiara Montanari è beauty editor di Belletta. Scrive di skincare, profumi e tendenze make up.", "author-role"),
        ("Jana Wilmsen ist Moderedakteurin bei ATELIER. Paul Odenthal schreibt als freier Autor über Mode.", "author-role"),
        ("Léa Martin est journaliste au service Société du Courrier.", "author-role"),
        ("Der Freie Blick finanziert sich ausschließlich durch seine Leser – ohne Staatsgeld.", "donation-appeal"),
        ("Stay up to date with all the latest news from across Fenmouth by joining our WhatsApp community here.", "advertising"),
        ("Disclaimer: This article is for informational purposes only and is not financial advice.", "disclaimer"),
        ("Avertissement : Les cryptomonnaies sont des actifs volatils. Investir comporte des risques.", "disclaimer"),
        ("Sponsored. Crypto assets are highly volatile. Your capital is at risk.", "advertising"),  # a broker's box in the text
        ("ETH/USD 4-hour chart. Source: TradingView", "image-credit"),  # a chart's caption and its data's source
        ("What to know:", "story-highlights"),  # a markets site's points over its text
        ("Quick Take", "story-highlights"),
        ("ഇതുകൂടി വായിക്കൂ", "related-header"),  # "read this too", in Malayalam
        ("ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರು: ಕುಡಿಯುವ ನೀರಿನ ದರ ಏರಿಕೆ", "related-inline"),  # ...in Kannada, the headline after it
        ("हेही वाचा: पुण्यात पाणीकपात", "related-inline"),  # ...in Marathi
        ("ಜಾಹೀರಾತು", "advertising"),  # "advertisement", in Kannada
        ("Suddikirana is now on Telegram. Click here to join our channel and stay updated.", "advertising"),
        ("Sigue leyendo: Detienen a dos por robo a cuentahabientes en San Nicolás", "related-inline"),  # a link set into the text
        ("Te puede interesar: Pellegrini confirma que Isco no estará disponible hasta abril", "related-inline"),
        ("Sigue leyendo con tu suscripción digital", "paywall"),  # the gate's own words
        ("Sigue leyendo:", "related-header"),  # over a list of links
        ("Sdílet: Facebook | X | E-mail | Kopírovat odkaz", "share-buttons"),  # in Czech
        ("Nenechte si ujít", "related-header"),  # "don't miss", in Czech
        ("Související", "related-header"),  # "related", in Czech
        ("[관련기사] 삼성전자, HBM4 샘플 엔비디아 공급 임박…\"하반기 양산\"", "related-inline"),  # the label in brackets, Korean
        ("[사진=연합뉴스] 경기 평택의 한 반도체 공장 생산라인.", "caption-credit"),  # a Korean photo's credit before its caption
        ("Czytaj więcej: Wotum zaufania dla rządu. Jak głosowali posłowie koalicji?", "related-inline"),  # "read more", in Polish
        ("Czytaj Kurier Polityczny bez ograniczeń. Pakiet cyfrowy Plus za 19 zł miesięcznie.", "subscribe-prompt"),
        ("Symbolbild: Balkon mit Steckersolargerät. Foto: Heiko Küverling/stock.adobe.com", "caption-credit"),  # a stock library's domain
        ("Stellenmarkt: Rechtsanwalt (m/w/d) Miet- und WEG-Recht – Kanzlei Brandt & Partner, Düsseldorf", "advertising"),  # a job ad
        ("Zitiervorschlag", "copyright"),  # the site's suggested citation of the piece
        ("How to cite this article", "copyright"),
        ("Líbil se vám článek? Veřejná věc nemá majitele miliardáře ani státní dotace. Existujeme díky předplatitelům.",
         "donation-appeal"),  # a reader-funded site's ask, in Czech
        ("[foto: la sfoglina al lavoro – © Forchette Vagabonde]", "image-credit"),  # a caption in brackets, its credit last
        ("Video player is loading.", "button-label"),  # a web video player's controls read out (video.js)
        ("Current Time 0:00", "button-label"),
        ("Loaded: 0%", "button-label"),
        ("captions settings, opens captions settings dialog", "button-label"),
        ("Audio Track", "button-label"),  # (no person's name)
        ("Picture-in-Picture", "button-label"),
        ("This is a modal window.", "button-label"),
        ("0:00", "button-label"),  # the player's clock before it starts, and its length
        ("/ 2:41", "button-label"),
        ("Full Screen", "button-label"),
        ("BUY TICKETS", "shop-button"),  # a theatre's booking box (no name in capitals)
        ("Faire un don sur HelloAsso", "donation-appeal"),  # a student paper's ask
        ("Fonte: elaborazione Infodata su dati Stanzaweb", "image-credit"),  # a chart's data source
        ("Externer Inhalt von Datawrapper", "embed-note"),  # a chart held back until the reader agrees
        ("Carregando gráfico...", "embed-note"),  # a chart that did not load
        ("Over de auteur", "author-bio"),  # an author box's header, in Dutch
        ("Education News > NAPLAN", "breadcrumb"),  # a trail of two short steps
        ("Deel op Facebook", "share-buttons"),  # Dutch share buttons
        ("Kopieer link", "share-buttons"),
        ("Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos"
         " pueden ser pasibles de sanciones legales.", "comment-policy"),  # the comment section's rules
        ("O autorce: Marta Zielińska – dziennikarka EduNews.pl, od dziesięciu lat pisze o egzaminach.", "author-bio"),  # ...in Polish
        ("Loading interactive chart…", "embed-note"),
        ("Você tem acesso a 5 textos por mês. Esta é a sua 3ª leitura.", "subscribe-prompt"),  # a meter, the text goes on
        ("Fuente: elaboración propia con datos del INE", "image-credit"),
        ("Soutenez un média étudiant indépendant", "donation-appeal"),
        ("Abstimmen (2.341 Stimmen)", "comment-counter"),  # a reader poll's button and its count
        ("Auch lesenswert: Die günstigsten Ladetarife 2025 im großen Vergleich", "related-inline"),
        ("Dit artikel bevat links naar aanbieders. Als je via zo'n link iets afsluit, ontvangt Geldgids.nl een vergoeding.",
         "affiliate-disclosure"),  # in Dutch
        ("Merken  Teilen  Drucken", "share-buttons"),  # a bookmark's button with the others
        ("🔗 Copy link   ✉ Email   f Share   X Post", "share-buttons"),  # buttons with their icons as copied
        ("Bet $5, Get $200 in Bonus Bets — Must be 21+. Gambling problem? Call 1-800-GAMBLER.", "advertising"),
        ("Lab+ members get our full FAAB bid guide every Tuesday at 6 a.m. ET. Upgrade now →", "subscribe-prompt"),
        ("โฆษณา", "advertising"),  # Thai
        ("อ่านข่าวที่เกี่ยวข้อง", "related-header"),
        ("ARTIKEL BERKAITAN", "related-header"),  # Malay
        ("Sertai saluran WhatsApp BH untuk berita terkini. Klik di sini!", "subscribe-prompt"),
        ("Langgan BH Plus pada harga RM6.90 sebulan dan nikmati artikel eksklusif tanpa iklan.", "subscribe-prompt"),
        ("Ringkasan", "story-highlights"),  # Indonesian: an AI's summary box, its note and its feedback
        ("Dibuat dengan bantuan AI", "summary-note"),
        ("Apakah ringkasan ini membantu? Ya Tidak", "correction-prompt"),
        ("BASAHIN: Presyo ng diesel, tataas ulit ng P1.50 kada litro bukas", "related-inline"),  # Tagalog
        ("Mga Tag: LTFRB, pamasahe, jeepney, fare hike, diesel", "tag-list"),
        ("TUNGKOL SA MAY-AKDA", "author-bio"),
        ("Sumagot · 45", "comments"),
        ("Tin liên quan", "related-header"),  # Vietnamese
        ("Từ khóa: VNeID  giấy phép lái xe  GPLX", "tag-list"),
        ("Chia sẻ  Facebook  Zalo  Copy link", "share-buttons"),
        ("Bài viết có hữu ích với bạn không?", "correction-prompt"),
        ("Support independent local news", "donation-appeal"),  # a members' box set between a live page's entries
        ("Per leggere senza limiti tutti gli articoli di Borsa&Finanza Oggi abbonati ora: 1€ al mese", "subscribe-prompt"),
        ("(Sabina Ferraresi, in redazione a Milano Giulio Pedretti)", "wire-credit"),  # an Italian wire's reporter and editor
        ("トップ ＞ マーケット ＞ 株式 ＞ 東京市場", "breadcrumb"),  # full-width steps
        ("The Kelderby Post is funded by more than 1,900 members. No billionaire owner, no paywall on election night.", "donation-appeal"),
        ("Pinned post", "button-label"),  # a live page's mark on the entry it keeps on top
        ("📌 FIXADO", "button-label"),
        ("Épinglé", "button-label"),
        ("Live Reporting", "button-label"),  # the BBC's label over a live page's writers
        ("Lo más destacado", "story-highlights"),  # a live page's list of its main entries
        ("Key moments", "story-highlights"),
        ("Het belangrijkste nieuws", "story-highlights"),
        ("本文觀點為作者個人意見，不代表本站立場。", "opinion-disclaimer"),  # a Taiwanese opinion platform's
        ("立即贊助", "button-label"),
        ("js 代码解读复制代码", "button-label"),  # a code block's header and copy button (Juejin's)
        ("登录后复制", "button-label"),
        ("Partilhar", "share-buttons"),  # Portugal's "share"
        ("Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09-74-75-13-13.", "advertising"),
        ("Wat kost gokken jou? Stop op tijd. 18+", "advertising"),  # a betting ad's warning, as the law wants it
        ("Aposte com responsabilidade. Proibido para menores de 18 anos.", "advertising"),
        # a sponsored page's label naming its sponsor
        ("Ofrecido por Consorcio Turístico Serranía Alta", "advertising"), ("Oferecido por Banco Aurora Digital", "advertising"),
        ("In collaborazione con Consorzio Olio Extravergine Colline del Valdarno", "advertising"),
        ("Gesponsorde content in samenwerking met Trapwerk Lease", "advertising"), ("In partnership with Northwind Cloud", "advertising"),
        ("Edited by Marta Kowalczyk, with Owen Hughes and Priya Lal reporting", "wire-credit"),  # a live page's editor
        # Korean portals' buttons and counts, a Korean agency's photo caption and its photographer
        ("본문 요약봇", "button-label"), ("텍스트 음성 변환 서비스 사용하기", "button-label"), ("글자 크기 변경하기", "button-label"),
        ("페이스북(으)로 기사보내기", "button-label"), ("동영상 고정 취소", "button-label"), ("기자 페이지", "button-label"), ("조회 8,214", "button-label"),
        ("(세종=대한뉴스통신) 이정훈 기자 = 김은정 사회통계국장이 15일 고용동향을 발표하고 있다. 2024.5.15", "caption-credit"),
        ("지난 19일 서울 마포구의 한 목욕탕 출입문에 폐업 안내문이 붙어 있다. /정서윤 기자", "caption-credit"),
        ("서울경찰청 전경. ⓒ 뉴스원 DB", "caption-credit"),
        # an embedded post's chrome
        ("Watch on YouTube", "embed-chrome"), ("YouTube で見る", "embed-chrome"), ("Guarda su YouTube", "embed-chrome"),
        ("This Post was deleted by the Post author. Learn more", "embed-chrome"), ("Deze inhoud kan helaas niet worden weergegeven", "embed-chrome"),
        ("7:05 AM · 6 mar 2025", "embed-chrome"), ("14:04 · 4 mrt. 2025", "embed-chrome"), ("午後0:41 · 2025年2月27日", "embed-chrome"),
        ("3 March at 18:42 ·", "embed-chrome"), ("♬ oryginalny dźwięk - kuba", "embed-note"),
        ("WFP/Idriss Mahamat", "image-credit"),  # an organisation's photographer
        ("होम / मेरा शहर / शिवनगरी / न्यूज़", "breadcrumb"),  # a Hindi trail
        ("Fehler auf tagesrundschau.de entdeckt?", "correction-prompt"), ("Inhaltliches Feedback?", "correction-prompt"),
        ("Wir würden Ihnen hier gerne einen externen Inhalt zeigen. Sie entscheiden, ob sie dieses Element auch sehen wollen.", "embed-chrome"),
        ("Hier finden Sie Inhalte Dritter", "embed-chrome"),
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus "
         "preferencias. Si continúa navegando, consideramos que acepta su uso.", "cookie-notice"),
        ("نارتھ کراچی میں شہری ہائیڈرنٹ کے باہر قطار میں کھڑے ہیں — فوٹو: آئینۂ وقت", "caption-credit"),  # Urdu "photo:"
        ("Duikers van NIKO tellen zeegrasscheuten bij Griend. Beeld: NIKO / Pieter Schouten", "caption-credit"),
        ("Je donne", "donation-appeal"), ("Votre don est déductible à 66 % de votre impôt sur le revenu.", "donation-appeal"),
        ("Avec 40 €, vous permettez à une clinique mobile de soigner 20 patients.", "donation-appeal"),
        ("We deliver climate news to your inbox like nobody else.", "newsletter"),
        ("PicturesColin Lane", "image-credit"),
        ("Pictures: Colin Lane", "image-credit"),
        ("Buy: Rough Trade", "button-label"),  # a review's shop button
        ("Wellness>Food & Drinks", "breadcrumb"),  # its steps glued to ">"
        ("Read related Tribune coverage", "related-header"),
        ("Opinion/Social Commentary", "breadcrumb"),  # steps glued to "/"
        ("Medscape/News & Perspective/Diabetes & Endocrinology", "breadcrumb"),
        ("Assinantes podem liberar 5 acessos por dia para conteúdos da Folha", "paywall"),  # the gift of an article
        ("Deskwell rents standing desks, chairs, and other home-office equipment by the month.Deskwell", "credit-tail"),
        ("Dale Prokop at work on a 1978 Bally board in his workshop in Kenosha, Wisconsin. All photos by the author", "credit-tail"),
        ("The passive condenser on the roof of an ETH Zurich buildingETH Zurich / Lukas Brenner", "credit-tail"),  # glued to the caption
        ("Sports,Men’s Water Polo", "tag-list"), ("News,Campus,Student Government", "tag-list"),  # tags glued by commas
        ("Glowing bridge cells (green) span the gap in an injured zebrafish spinal cord. Castellano lab, NINDS", "credit-tail"),
        ("Lee tambiénSCT reporta 37 incidentes con drones cerca del AICM en 2018", "related-inline"),  # the label glued to the link
        ("Temas RelacionadosSenadodronesSCTAICMLey de Aviación Civil", "tag-list"), ("TagsBrexitEU", "tag-list"),  # the tags glued on
        ("Email the author | Follow on Twitter", "button-label"),
        ("Israel Inside»Archaeology", "breadcrumb"), ("Economy/Trade war", "breadcrumb"),  # glued by "»"; a last word in lower case
        ("$70 from Amazon$70 from Target$75 from Williams Sonoma", "shop-button"),  # a guide's shop buttons glued
        ("*At the time of publishing, the price was $70.", "affiliate-disclosure"), ("CNET may get a commission from retail offers.", "affiliate-disclosure"),
        ("Read our review", "button-label"), ("Dalszy ciąg materiału pod wideo", "story-continues"),  # the text goes on under the video
        ("If you buy something or book a reservation from an Eater link, Vox Media may earn a commission. See our ethics policy.",
         "affiliate-disclosure"),
        ("Heeft u een tip over dit nieuws? Mail de redactie of app naar 06-13 79 90 60.", "correction-prompt"),
        ("The juvenile bird, seen here in a reconstruction, was about the size of a sparrow. (Hao Lin / China University of Geosciences)",
         "credit-tail"),  # the photographer and the holder in brackets
        ("Лагерь у ворот полигона, 12 августа 2019 годаАнастасия Кравцова / Meduza", "credit-tail"),  # glued to a Cyrillic caption
        ("Continue reading this article with a Barron's subscription.", "subscribe-prompt"),  # a paywall's box under a cut text
        ("Get 4 weeks for $4. Cancel anytime.", "subscribe-prompt"),
        ("MORE ON ROBOCALLS: Why you keep getting calls from your own area code", "related-inline"),  # USA Today's, in capitals
        ("OPPOSING VIEW: Carriers are already fighting robocalls. Don’t slow them down with red tape.", "related-inline"),
        ("Jaa Facebookissa", "share-buttons"),  # Finnish
        ("Disclosure statement", "funding-disclosure"),  # The Conversation's box between the byline and the text
        ("Karen L. Whitaker receives funding from the U.S. Department of Agriculture.", "funding-disclosure"),
        ("Purdue University provides funding as a member of The Conversation US.", "funding-disclosure"),
    ],
)
def test_furniture_in_more_languages_and_players(line: str, cue: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert cue in [c.name for c in CUES if c.search(line)]


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Sigue leyendo: Detienen a dos por robo a cuentahabientes en San Nicolás", "paywall"),  # a link, not the gate
        ("Photoshop Elements Review", "image-credit"),  # a product's name, no label glued to a name
        ("Buy now or wait? The case for waiting on a new phone", "button-label"),
        ("He said the AC/DC tour was great", "credit-tail"),
        ("Using sync.Pool", "credit-tail"),  # a name in code, no credit glued to a caption
        ("AC/DC Announce Tour", "breadcrumb"),  # an acronym's slash
        ("Black/White photos are back", "breadcrumb"),  # a headline's words after the slash
        ("Smith,John", "tag-list"), ("By Smith,John", "tag-list"),  # a name, its parts glued by a comma
        ("Topics Covered in This Guide", "tag-list"),  # a heading that opens with a tag label's word
        ("Aug. 14 -- Hollywood Casino Amphitheatre – St. Louis, St. Louis, MO", "credit-tail"),  # a tour date's place and state
        ("Author,Amina Mfano", "tag-list"), ("Nafasi,BBC Swahili", "tag-list"),  # the World Service's labels glued by a comma
        ("Brokers may earn a commission on each trade.", "affiliate-disclosure"),  # the text's, no shop's
        ("Read our review of the film here: it is great", "button-label"),
        ("By Marisa Trevino and Daniel Koster, Associated Press", "image-credit"),  # a byline's agency, no photo's credit
        ("一、为什么需要 sync.Pool", "credit-tail"),
        ("Phishing messages that deliver malware to your inbox are rising, the agency said.", "newsletter"),
        ("[foto: la sfoglina al lavoro – © Forchette Vagabonde]", "copyright"),  # a photo's credit, not the page's notice
        ("In collaborazione con il Comune, la Pro Loco ha organizzato tre giorni di festa", "advertising"),  # a sentence, no sponsor's label
        ("(서울=연합뉴스) 김민수 기자 = 열대야에 잠 못 드는 시민들이 한강공원을 찾고 있다.", "caption-credit"),  # the text's lead, no day after it
        ("RESPONSE", "comments"),  # a report's section (its readers' are "Responses")
        ("TV/Radio Listings", "image-credit"),
        ("The project is a cooperation between the port authority, a drone start-up and a shipping agency.", "author-role"),
        ("The service lets users cancel any time.", "subscribe-prompt"),
        ("Posted By Kelsey Marchetti on Thu, Sep 26, 2019 at 3:12 PM", "wire-credit"),  # a byline with its date, over the text
        ("Save the Children receives funding from the government.", "funding-disclosure"),  # a charity's, no person's
        ("Het museum opende in 2019. Foto Rotterdam trekt elk jaar duizenden bezoekers.", "caption-credit"),  # a festival's name, a sentence
        ("Het was stil. Beeld je eens in hoe dat voelde.", "caption-credit"),  # "imagine", not the image's credit
        ("Lees ook. Dat zei de burgemeester tegen de raad.", "related-inline"),  # not in capitals
        ("She called the National Domestic Violence Hotline twice that night, her sister said.", "help-line"),  # the story's, no number
        ("If you or someone you know is age 60 or older and has been a victim of financial fraud, help is standing by at the National Elder Fraud Hotline.", "help-line"),
        ("Calls to the national suicide prevention lifeline rose by a third, the agency said.", "help-line"),
        ("For the latest figures, subscribers can check the agency's website.", "newsletter"),
    ],
)
def test_lines_that_look_like_a_cue_but_are_not(line: str, cue: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert cue not in [c.name for c in CUES if c.search(line)]

@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Inés de Castromori y Álvaro Sanjuán, a la salida de la capilla© Gtres", "caption-credit"),  # the sign glued to the caption
        ("Clémence Aubrac et Gabriel Deville, au premier rang du défilé Vauclair.© Bestimage", "caption-credit"),
        ("$375 at Maison Étoile", "shop-button"),  # a product card's button
        ("$1,050 at Bergstrom & Hale", "shop-button"),
        ("Comprar", "shop-button"),
        ("Acheter", "shop-button"),
        ("Cet article contient des liens affiliés. Indiscrets peut percevoir une commission en cas d'achat.", "affiliate-disclosure"),
        ("Podemos recibir una comisión por las compras realizadas a través de los enlaces.", "affiliate-disclosure"),
        ("Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker des données.",
         "cookie-notice"),  # the consent framework's banner in French
        ("Avec nos partenaires, nous traitons les données suivantes :", "cookie-notice"),
        ("Unterstützen Sie unabhängigen Journalismus", "donation-appeal"),  # a nonprofit's box set into the text
        ("KOMPASS ist gemeinnützig und finanziert sich vor allem durch Spenden. Damit wir weiter recherchieren können ...",
         "donation-appeal"),
        ("Sie haben Informationen zu diesem Thema? Schreiben Sie uns – auch anonym.", "correction-prompt"),  # the tip box
        ("Why you can trust HMP", "affiliate-disclosure"),  # the affiliate site's trust box
        ("Pourquoi faire confiance à CryptoBoussole", "affiliate-disclosure"),
        ("Zum Hauptinhalt springen", "button-label"),  # skip links in more languages
        ("Aller au contenu principal", "button-label"),
        ("Sign in with X", "button-label"),  # a social site's login buttons, glued
        ("Únete ahoraIniciar sesión", "button-label"),
        ("Jetzt Mitglied werdenEinloggen", "button-label"),
        ("Startseite » Beiträge » EU-Recht » Staatshaftung wegen verspäteter Umsetzung der Whistleblower-Richtlinie? Anmerkung zu EuGH, C-418/23",
         "breadcrumb"),  # a trail that ends with a long headline
    ],
)
def test_shop_cards_and_glued_credits(line: str, cue: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert cue in [c.name for c in CUES if c.search(line)]


@pytest.mark.parametrize("line", [
    "© 2024 Grupo Horizonte Editorial, S.L. Todos los derechos reservados.",  # the site's notice stays one
    "Copyright© 2024 Pine Hollow Tribune",
])
def test_copyright_notices_stay_notices(line: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert "copyright" in [c.name for c in CUES if c.search(line)]



@pytest.mark.parametrize("line", [
    "Questo sito utilizza cookie di profilazione, propri o di altri siti, per inviarti pubblicità in linea con le tue preferenze. Se vuoi "
    "saperne di più o negare il consenso a tutti o ad alcuni cookie clicca qui. Chiudendo questo banner acconsenti all'uso dei cookie.",
    "Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Wenn Sie weiter auf dieser Website surfen, stimmen Sie "
    "der Verwendung von Cookies zu. Weitere Informationen finden Sie in unserer Datenschutzerklärung.",
    # the IAB framework's banner, longer than most (155 words in the whole)
    "We and our 812 partners store and/or access information on a device, such as cookies and process personal data, such as unique "
    "identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, "
    "audience research and services development. With your permission we and our partners may use precise geolocation data and "
    "identification through device scanning. You may click to consent to our and our 812 partners' processing as described above. "
    "Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting. "
    "Please note that some processing of your personal data may not require your consent, but you have a right to object to such "
    "processing. Your preferences will apply to this website only. You can change your preferences or withdraw your consent at any time "
    "by returning to this site and clicking the \"Privacy\" button at the bottom of the webpage.",
])
def test_a_whole_consent_banner_in_other_languages(line: str) -> None:
    """Longer than a cookie notice's line: the banner opens by saying the site uses cookies."""
    from readingroom.boilerplate import count_words, match_cue

    cue = match_cue(line, count_words(line))
    assert cue is not None and cue.name == "cookie-notice"


@pytest.mark.parametrize("line", [
    "مسيرة حاشدة في بغداد (فيديو)",  # a headline's "(video)" is no caption's credit
    "Directed by Greta Gerwig, the film opens in cinemas on Friday.",  # a sentence about the credits
    "Phishing emails that land straight in your spam folder are only part of the problem.",
    "Reaction: Regional transit agencies welcomed the idea in principle but warned that they could not afford to give up control of their prices.",
    "The band played its greatest hits at the stadium last night AC/DC Tour",  # no photographer's name after the slash
    "\"Vishnu gave me the freedom to attack, and with 180-plus on the board you can afford to give the ball some air.\"",  # a bowler's, no appeal's
    "Written by Rachael Link, MS, RD on November 14, 2019",  # a byline, not a film's credits
    "(The committee adds that the vote was close.)",  # a sentence in brackets: no wire note
    "Contact lenses at fair prices are sold by him@example.com",
    "RELATED COVERAGE IS BELOW",  # all in capitals: a label, not a link's headline after it
    "PrintMaker",  # a word that merely starts like a button
    "First published in 1851, the paper has grown with the town.",
    "See: the proof is here",
    "Users can download the Zoom app from the store.",
    "He left at dawn — and never came back.",
    "Smith worked at the paper for years and was an editor there.",
    "The mayor resigned. Jane Doe, The Times reports.",
    "Video loading times are a problem for the site",
    "Readers can sign up now; the scheme opens in May.",
    "The report was written by a committee of MPs.",
    "The iPhone maker's Credit: score",
    "The drug was medically reviewed by the agency in 2019 before approval was granted.",
    "More information: call the council on 555 0101.",
    "Provided by the way the council counts, the figure fell.",
    "The end",
    "Get well soon, Mary, the doctors said after the briefing.",
    "Get ready, the mayor's briefing starts at noon.",
    "Newsletter editor Jane Doe left the paper in May",
    "Få hjälp av polisen om du blir utsatt.",
    "He said the video: It was fine.",
    "Here is what happened in the video: Biden speaks",
    "With inputs from farmers the plan changed.",
    "PROČITAJTE IZJAVU MINISTRA",
    "Support for the mayor's journalism school grew.",
    "The mayor may be reached at home, he said.",
    "ProPublica is a nonprofit newsroom that investigates abuses of power.",  # a text may say so of another newsroom
    "Screenshots show that the page was edited on Monday, the agency said.",
    "Video. It was shot in 2019 by the police.",
    "Loe ka seda raamatut, ütles ta.",
    "Image captions are written by the picture desk.",
    "Heard on the street, the rumour spread fast.",
    "Related firms in the group also closed.",
    "RELATEDNESS of things",
    "The shelter, which is a registered charity, closed.",
    "This appeared in the news.",
    "The captions may contain errors, the judge said, and the jury should rely on the audio.",
    "The photos are published under a Creative Commons licence, the agency said.",
    "Корреспондент «Новой» побывал в Нижнекамске и поговорил с активистами, которые требуют закрыть завод.",
    "Jetzt unterstützen auch die Grünen den Plan des Bürgermeisters.",
    "Die Stadt unterstütze das Projekt, sagte der Sprecher.",
    "Our sponsors covered the cost of T-shirts and snacks so that 100% of your donations go to the school.",  # a share of the money given
    "Der Bürgermeister ist selbst Redakteur gewesen, bevor er in die Politik ging.",  # a role in the text, its subject no name
    "Die Zeitung finanziert sich durch Anzeigen und Abonnements.",  # how a paper in the story pays its way
    "The influencer said his videos were not financial advice and that fans should do their own research.",
    "What To Know",  # a listicle's section, no colon: not a box of points
    "Key Takeaways",  # a glossary's box under its definition's first paragraphs, which the text goes on around
])
def test_text_like_furniture_is_text(line: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert not [c.name for c in CUES if c.name in ("wire-credit", "author-bio", "related-inline", "share-buttons", "comments", "advertising", "credit-tail",
                                                    "author-role", "copyright", "end-mark", "newsletter", "caption-credit", "photo-credit",
                                                    "donation-appeal", "image-credit", "review-facts", "disclaimer", "story-highlights") and c.search(line)]


@pytest.mark.parametrize("line", ["更新时间 2012年12月10日, 格林尼治标准时间10:41", "The match kicked off at 7:30", "Des parents devant l'école"])
def test_times_in_text_are_no_clip_titles(line: str) -> None:
    from readingroom.boilerplate_cues import CUES

    assert "clip-title" not in [c.name for c in CUES if c.search(line)]


def test_a_schedule_under_the_last_paragraph_is_the_texts_list() -> None:
    """A tour's dates under their heading after the last paragraph are the article's own list (one
    item per line), not a run of links; three lines or more, each a date and what happens on it."""
    schedule = ["March 12 – Seattle, WA @ The Showbox", "March 13 – Portland, OR @ Crystal Ballroom",
                "March 15 – San Francisco, CA @ The Fillmore", "April 1 – Boston, MA @ Paradise Rock Club"]
    lines = ["Band announces tour", "", *BODY, "The Hollow Season 2020 Tour Dates", *schedule,
             "Most Popular", "Ten albums to hear this week", "The best films of the year", "Copyright 2019 Example Media"]
    verdicts = dict(zip(lines, classify_lines(lines)))
    assert all(verdicts[item].keep and verdicts[item].cue == "list-item" for item in schedule)
    assert verdicts["The Hollow Season 2020 Tour Dates"].keep
    assert not verdicts["Ten albums to hear this week"].keep


def test_two_dated_lines_are_no_schedule() -> None:
    lines = ["Band announces tour", "", *BODY, "Tour dates", "March 12 – Seattle", "March 13 – Portland",
             "Most Popular", "Ten albums to hear this week", "Copyright 2019 Example Media"]
    verdicts = dict(zip(lines, classify_lines(lines)))
    assert not verdicts["March 12 – Seattle"].keep


def test_the_text_goes_on_under_a_sign_up_box_headed_by_the_newsletters_name() -> None:
    """A sign-up box set into the text under the newsletter's name ("Billboard Bulletin" / its
    prompt / "Sign Up"): the paragraph under it is the article's."""
    last = "The song was the lead single from her second album, which debuted at No. 3 on the chart in June 2018."
    lines = ["Singer sued over hit", "", *BODY, "Billboard Bulletin",
             "Get the most important music news, analysis and chart action delivered to your inbox", "Sign Up", last,
             "Tags", "Most Popular", "Ten albums to hear this week", "Copyright 2019 Example Media"]
    assert verdict_of(lines, last).keep


def test_an_interview_by_speakers_names_is_no_comment_feed() -> None:
    """Questions and answers under two speakers' names, taking turns, are the article (a feed of
    comments has many commenters); each name stays over its turn, and an answer that says "us" right
    over a subscription appeal is no part of the appeal."""
    turns = []
    for question, answer in [
        ("How did you get involved?", "Honestly, by accident. I had been teaching for six years and nobody had ever asked me."),
        ("What was the reaction?", "The board did not know what to do with us. Most of them went to school here themselves."),
        ("What happens now?", "We keep going to every meeting until they vote, and we bring more teachers each time."),
    ]:
        turns += ["OWEN MARCUS", question, "DANA WHITFIELD", answer]
    appeal = "Become a subscriber today and get our print magazine for just $20 a year."
    lines = ["Teachers are ready to strike", "", *BODY[:2], *turns, appeal, "Subscribe", *BODY[2:], "About the Author"]
    verdicts = classify_lines(lines)
    kept_lines = [text for text, verdict in zip(lines, verdicts) if verdict.keep]
    assert all(t in kept_lines for t in turns if t not in ("OWEN MARCUS", "DANA WHITFIELD"))
    assert kept_lines.count("OWEN MARCUS") == 3 and kept_lines.count("DANA WHITFIELD") == 3
    assert appeal not in kept_lines


def test_a_hearings_turns_under_three_speakers_are_the_text_and_a_lists_repeated_authors_are_not_speakers() -> None:
    """A hearing's turns under three speakers, stamped with times, keep each speaker's name over
    each turn; the authors' names repeated in a list of other stories, each over a section's name,
    are no speakers."""
    from readingroom.boilerplate import _measure, find_body, speaker_lines

    turns = []
    for stamp, name, said in [
        ("0:01:22", "Sen. Daniel Okonkwo", "Thank you, Madam Chair. I want to associate myself with everything you said about the maps."),
        ("0:02:04", "Sen. Marjorie Hale", "Thank you. Our first witness is the director of a broadband research center in the state."),
        ("0:02:19", "Theresa Vandermolen", "Thank you, Chairwoman Hale, and members of the subcommittee, for inviting me to testify today."),
        ("0:06:48", "Sen. Daniel Okonkwo", "How long would it take to build the kind of address-level map that you are describing here?"),
        ("0:06:55", "Theresa Vandermolen", "With adequate funding, we believe a national map could be in place within two years or so."),
        ("0:07:21", "Sen. Marjorie Hale", "And in the meantime? We have funding decisions being made this year by the agencies, after all."),
    ]:
        turns += [stamp, name, said]
    measured = _measure([*BODY, *turns, *BODY], frozenset())
    speakers = speaker_lines(measured, find_body(measured))
    assert {measured[k].text for k in speakers} == {"Sen. Daniel Okonkwo", "Sen. Marjorie Hale", "Theresa Vandermolen",
                                                    "0:01:22", "0:02:04", "0:02:19", "0:06:48", "0:06:55", "0:07:21"}
    listed = []
    for headline, author, section in [("30 Essential Home Repair Tools You Should Have", "Matt Jancer", "Business"),
                                      ("The Race to Build the Next Great Chip", "Will Knight", "Science"),
                                      ("The Best Budget Headphones This Year", "Matt Jancer", "Gear"),
                                      ("Why Robots Still Cannot Fold Laundry", "Will Knight", "Business")]:
        listed += [headline, author, section]
    measured = _measure([*BODY, *listed, *BODY], frozenset())
    assert not speaker_lines(measured, find_body(measured))


def test_a_letters_page_keeps_every_letter() -> None:
    """Letters to the editor, each opening "SIR –" and signed with a name and a place, are the page's
    text, not a feed of readers' comments that ends the article after the first; each signature
    stays under its letter, read as a speaker's name is, not as headings."""
    letters = []
    for body, name, place in [
        ("SIR – Councils are cutting bus subsidies because their budgets have been cut, and the elderly in our village are left stranded.",
         "Graham Oldroyd", "Skipton, North Yorkshire"),
        ("SIR – When our local service was cut, a group of us set up a community minibus run by volunteers, with two drivers on each day.",
         "Anthony Bickersteth", "Coddenham, Suffolk"),
        ("SIR – The closure of our village post office last month removed the last place where older people could pay their bills in cash.",
         "Philippa Ashworth", "Bishop’s Castle, Shropshire"),
        ("SIR – After a grey January, I was delighted this morning to see the first snowdrops along the lane by the church and the old school.",
         "Helen Barker", "Ludlow, Shropshire"),
    ]:
        letters += [body, name, place]
    lines = ["Letters: Rural bus cuts have left the elderly stranded", *BODY[:2], *letters, "Copyright Telegraph Media Group Limited 2019"]
    verdicts = classify_lines(lines)
    kept = [text for text, verdict in zip(lines, verdicts) if verdict.keep]
    assert all(text in kept for text in letters[::3])
    signed = {text: verdict.cue for text, verdict in zip(lines, verdicts)}
    assert all(signed[name] == signed[place] == "speaker" for name, place in zip(letters[1::3], letters[2::3]))  # signatures, no headings


def test_a_dateline_crediting_its_agencies_is_no_photo_credit() -> None:
    from readingroom.boilerplate import match_cue

    line = "Updated on: September 13, 2019 / 7:52 PM / CBS/AP"
    assert match_cue(line, len(line.split())) is None
    assert match_cue("Photo: AP", 2) is not None


def test_a_headline_in_two_sentences_over_the_byline_beats_the_papers_motto() -> None:
    """"The suburbs will decide 2020. Democrats are still talking past them." right over the byline
    is the headline, not the motto in the masthead that the text barely tells."""
    lines = ["Democracy Dies in Darkness", "Sign InSubscribe", "Opinions",
             "The suburbs will decide 2020. Democrats are still talking past them.", "By Gregory Allard", "Oct. 14, 2019 at 6:00 a.m. EDT",
             "In the suburbs of 2020, voters told me that Democrats are talking past them on taxes, schools and roads, again and again.",
             *BODY, "The suburbs will decide who wins, and Democrats should listen before it is too late to change the campaign."]
    verdicts = dict(zip(lines, classify_lines(lines)))
    assert verdicts["The suburbs will decide 2020. Democrats are still talking past them."].cue == "headline"


@pytest.mark.parametrize("row", ["WildfiresPortugalEuropeFiresAP Top NewsWorld News", "Asia & Pacific|Europe|Africa|North America|Latin America"])
def test_a_row_of_glued_links_is_no_headline(row: str) -> None:
    """A topic row or a menu the copy glued together, over the headline: not the headline."""
    headline = "Wildfire in central Portugal forces evacuation of 5 villages"
    lines = [row, headline, "By MARTA SOUSA and JOSE RIBEIRO", "August 14, 2019",
             "LISBON, Portugal (AP) — More than 1,200 firefighters fought a wildfire that forced five villages in central Portugal to evacuate.",
             *BODY]
    verdicts = dict(zip(lines, classify_lines(lines)))
    assert verdicts[headline].cue == "headline"


def test_a_headline_right_over_its_deck_in_two_sentences_keeps_its_place() -> None:
    """"The Gig Economy Comes for Nursing" over "Hospitals are filling shifts ... The nurses are
    starting to push back." over the byline: the deck in two sentences is no headline."""
    headline = "The Gig Economy Comes for Nursing"
    deck = "Hospitals are filling shifts through apps that treat nurses like drivers. The nurses are starting to push back."
    lines = ["Economy / Labor", headline, deck, "By Rosa Delgado-Kim", "October 14, 2019",
             "Tanya Odum has been a registered nurse for 14 years, and for most of that time she worked shifts at one hospital.",
             *BODY, "Hospitals say the apps fill shifts that would otherwise go empty, and that nurses like the freedom they give."]
    verdicts = dict(zip(lines, classify_lines(lines)))
    assert verdicts[headline].cue == "headline"


LISTICLE_TEXT = [
    "Every house has one cat who sits exactly where the owner is working, and nobody has ever found a way to stop it.",
    "The house is silent at three in the morning until something that sounds like a small horse runs across the hallway.",
    "It is never an accident: the paw extends slowly, the glass moves an inch, and the cat keeps looking you in the eye.",
    "You spent a lot of money on a heated bed, and the cat sleeps in the cardboard box it came in, every single night.",
]


@pytest.mark.parametrize("counter", [lambda n: str(n), lambda n: f"{n} / 4"])
def test_a_listicles_numbered_items_are_its_text(counter) -> None:
    """A number alone over each item's name, or a slideshow's counter, its votes and its photo
    credit between the name and the paragraph: the items are the text, their names kept as
    headings; the numbers, votes and credits go."""
    names = ["They Sit On Exactly What You're Using", "The 3 AM Zoomies", "Knocking Things Off Tables",
             "Ignoring The Expensive Bed"]
    lines = list(BODY[:2])
    for n, (name, text) in enumerate(zip(names, LISTICLE_TEXT), 1):
        lines += [counter(n), name, f"{1300 - 100 * n:,}", str(40 + n), "Photo: Pexels / CC0", text]
    lines += ["More Lists", "50 Times Cats Proved They Operate On Their Own Logic", "Privacy Policy"]
    got = kept(lines)
    assert all(text in got for text in LISTICLE_TEXT) and all(name in got for name in names)
    assert "Photo: Pexels / CC0" not in got and "1,200" not in got and counter(2) not in got


def test_numbers_that_do_not_count_items_make_no_listicle() -> None:
    """A pager's numbers side by side, or numbered headlines with no text between them, are no
    listicle's items."""
    from readingroom.boilerplate import _measure, listicle_heads

    pager = [*BODY, "1", "2", "3", "4", "Next", *BODY]
    assert listicle_heads(_measure(pager, frozenset())) == []
    teasers = [*BODY, "Most read", "1", "Floods close the coast road", "2", "Council votes on the budget",
               "3", "School to reopen after fire", "Privacy Policy"]
    assert listicle_heads(_measure(teasers, frozenset())) == []
    down = [*BODY[:1], "3. Third best", LISTICLE_TEXT[0], "2. Second best", LISTICLE_TEXT[1], "1. The best", LISTICLE_TEXT[2]]
    assert len(listicle_heads(_measure(down, frozenset()))) == 3  # counting down to 1


def test_an_appeal_set_between_numbered_items_is_no_reason_to_drop_the_list() -> None:
    """Short numbered items ("6. Das Regal ..." and its paragraph) are no teaser feed, even with a
    donation appeal set between two of them; the appeal goes."""
    items = ["Jedes Fach gehört jemandem, und jeder Joghurt ist beschriftet, bis einer ihn doch isst.",
             "Er hängt am Kühlschrank, er ist farbig, und niemand hält sich an ihn, seit Jahren.",
             "Eine einzige Pfanne steht zum Einweichen in der Spüle, seit drei Wochen schon.",
             "Man weiss, dass sie existiert, weil ihr Name am Briefkasten steht, mehr nicht.",
             "Traktandum eins: Wer hat das letzte Papier genommen und kein neues gekauft?"]
    lines = [*BODY[:2]]
    for n, text in enumerate(items, 1):
        lines += [f"{n}. Ding Nummer {n}", text]
        if n == 2:
            lines += ["Unterstütze watson!", "Damit wir weiterhin unabhängigen Journalismus anbieten können, brauchen wir deine Hilfe.", "Jetzt unterstützen"]
    got = kept(lines + ["Meistgelesen", "Impressum"])
    assert all(text in got for text in items) and "1. Ding Nummer 1" in got and "Jetzt unterstützen" not in got


def test_a_related_headline_over_its_read_more_label_is_no_heading_of_the_text() -> None:
    """"Read more" under another story's headline, the text going on under it: the headline is the
    link's (as under the label); a short heading of the text over the label stays."""
    link = "Neil Young's Plan to Vote Against Trump Suffers Setback Over Marijuana Use"
    got = kept([*BODY[:2], link, "Read more", *BODY[2:]])
    assert link not in got and all(text in got for text in BODY)
    got = kept([*BODY[:2], "The vote", "Read more", *BODY[2:]])
    assert "The vote" in got


def test_a_pull_quote_is_kept_as_one_and_a_row_of_names_is_not() -> None:
    quote = "“We borrowed as if growth was guaranteed, and it was not”"
    paragraph = ("The officials in Lusaka are blunt about it. " + quote.strip("“”") + ", says a senior adviser in the finance "
                 "ministry, who asked not to be named because he was not allowed to speak to the press.")
    lines = ["Home", HEADLINE, "By Jane Doe", BODY[0], quote, BODY[1], paragraph, *MORE_BODY]
    verdicts = classify_lines(lines)
    assert verdicts[4].keep and verdicts[4].cue == "pull-quote"  # said again, set apart: kept, as a quotation
    assert verdicts[6].keep and verdicts[6].cue == "prose"
    rows = ["K Holmes (Ealing, Southall and Middlesex AC).", "H Clitheroe (Preston Harriers), K Holmes (Ealing, Southall and Middlesex AC)."]
    verdicts = classify_lines(["Home", HEADLINE, "By Jane Doe", BODY[0], *rows, *BODY[1:], *MORE_BODY])
    assert all(v.cue != "pull-quote" for v in verdicts)


def test_a_table_of_figures_in_the_text_is_no_menu() -> None:
    """Rows of a table, a label and a figure last ("Bettina Aeschbach FDP 2'914"), three or more one
    under the other, are the text's; a menu's items end in no figure, and two rows are no table."""
    from readingroom.boilerplate import _measure, figure_rows
    rows = ["Kandidierende Partei Stimmen", "Bettina Aeschbach FDP 2'914", "Reto Hunziker SP 2'187", "Vereinzelte – 63",
            "Ja 3.106 58,9 %"]
    assert figure_rows(_measure(rows, frozenset())) == {1, 2, 3, 4}
    assert figure_rows(_measure(["Region", "Sport", "Kultur", "Leben"], frozenset())) == set()
    assert figure_rows(_measure(["Inbox 842", "Drafts 2", "Sent"], frozenset())) == set()
    text = [f"Im {n} Wahlgang hatte keiner der drei Kandidierenden das absolute Mehr von {n * 100} Stimmen erreicht, sagte die Stadt."
            for n in range(1, 7)]
    verdicts = classify_lines([*text[:3], *rows[1:], *text[3:]])
    assert [v.keep for v in verdicts] == [True] * 10
    assert {v.cue for v in verdicts[3:7]} == {"table-row"}


def test_a_recipe_card_is_found_by_its_two_headings() -> None:
    """Ingredients under their heading, then the method's heading and its steps: the card; its steps end
    at the card's furniture or the readers' reviews. No method heading, no card."""
    from readingroom.boilerplate import _measure, recipe_card
    card = ["Zutaten", "500 g Mehl Type 405", "42 g frische Hefe", "250 ml Milch lauwarm", "Anleitungen",
            "Hefe in der lauwarmen Milch mit 1 TL Zucker auflösen und 10 Minuten stehen lassen.",
            "Im vorgeheizten Ofen bei 180 °C Ober-/Unterhitze ca. 35 Minuten backen. Lauwarm mit Schlagsahne servieren.",
            "Nährwerte", "Kalorien: 212 kcal"]
    assert recipe_card(_measure(card, frozenset()), 0, len(card)) == (0, 4, 6)
    reviews = [*card[:7], "Reviews Section", "Made it twice this week already and my partner is obsessed with it, honestly."]
    assert recipe_card(_measure(reviews, frozenset()), 0, len(reviews)) == (0, 4, 6)
    assert recipe_card(_measure(card[:4] + card[5:], frozenset()), 0, len(card)) is None


def test_up_next_over_a_paragraph_heads_the_texts_last_section() -> None:
    """"Up next" over a paragraph of sentences is a recap's own last section (the next fixture); over headlines it is a
    list of other stories."""
    fixture = "The Ravens host the Tennessee Titans next Sunday at 1 p.m. The Bengals return home to face the Chiefs on Sunday night."
    out = kept(["Home", "Sports", *BODY, "Up next", fixture, "© Copyright Example 2025"])
    assert "Up next" in out and fixture in out
    teasers = ["Up next", "Ravens sign veteran linebacker", "Bengals lose starter for season", "AFC North power rankings"]
    assert not any(line in kept(["Home", "Sports", *BODY, *teasers, "© Copyright Example 2025"]) for line in teasers)


def test_summary_labels_a_live_pages_points_only() -> None:
    """"Summary" over short points is a live page's box when its entries' times follow (the headline is over it, not a
    point); over a report's own list, with no entries under it, it labels nothing."""
    points = ["Summary", "More than 80,000 homes are still without power", "A red warning for wind ended at 11:00 GMT",
              "Two men died after trees fell on their vehicles, police say"]
    entries = [line for n, (time, head) in enumerate([("14:32 GMT", "Repairs will take days"), ("14:05 GMT", "Trains still disrupted"),
                                                      ("13:40 GMT", "Schools closed in Ceredigion")])
               for line in (time, head, f"{BODY[n]}", "Share")]
    live = ["Home", "News", "Storm Darragh: Tens of thousands still without power as clean-up begins", "Edited by Ana Ruiz", *points,
            "Live Reporting", *entries, "© Copyright Example 2025"]
    verdicts = classify_lines(live)
    assert [verdicts[live.index(line)].cue for line in points] == ["story-highlights"] * len(points)
    assert verdicts[2].cue == "headline"
    report = ["Home", "News", "Audit finds council overspent on road repairs", "By Dana Whitlock", *BODY[:2], *points, *BODY[2:],
              "© Copyright Example 2025"]
    assert all(v.cue != "story-highlights" for v in classify_lines(report))


@pytest.mark.parametrize(("line", "alone"), [
    ("02:12", True), ("4:51 p.m. ET", True), ("Posted at 16:48", True), ("Postiwyd am 16:52", True), ("16.04 Uhr", True), ("18h20", True), ("21:48 hrs", True), ("14 h 32", True),
    ("5:48pm AEDT", True), ("9:14 p.m. ET, September 23, 2025", True),  # (a network's live page dates each entry)
    ("10:55 a.m. CDT: New T-0 set", False), ("15:27 Boom op woning in Heerenveen, bewoners ongedeerd", False),
    ("02:14Dit was de uitslagenavond", False),  # (glued to it)
    ("18.31 BST18:31", False),  # (the time said again, glued to its zone: The Guardian's live pages)
    ("+++ 18:47 Bahn: Notfahrplan gilt bis mindestens Donnerstag +++", False),  # (its heading after it)
])
def test_a_live_entry_time_alone_or_with_its_heading(line: str, alone: bool) -> None:
    from readingroom.boilerplate import _CLOCK_LABEL, LIVE_TIME

    assert _CLOCK_LABEL.match(line)
    assert bool(LIVE_TIME.match(line)) is alone
