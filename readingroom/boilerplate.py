"""Boilerplate stage: decide, line by line, what is article body and what is page chrome.

Takes the decoded source lines of one article (crude text copied from a web page) and returns
one `Verdict` per line. It does no I/O and keeps no state; the caller supplies `repeated`, the
lines that occur in several source files of the collection (template text).

How it decides, in order of evidence:
1. Vocabulary cues (`boilerplate_cues.CUES`): named kinds of boilerplate in several languages.
   Most are trusted only on short lines; a few describe the shape of a whole appeal.
2. Repetition: a line seen earlier on the page, or in other files of the collection.
3. The body region: the article is a dense run of long sentence-like lines, menus and footers
   cluster at the edges. We take the best-scoring run (maximum-sum segment of per-line weights,
   so short gaps such as subheadings are tolerated) and keep body-like lines inside it.
4. Outside the region, lines are dropped (`outside-body`), except the article header above it
   (byline and date just above it, and the headline, looked for above that signature and checked
   against the words of the body: kept with cue `headline`/`byline`/`dateline` so that the
   structure stage can move them into metadata),
   a one-line opening sentence right above it, and footnotes just below it.

Blank lines are only ever separators here: the same text with blank lines squeezed out (one
paragraph per line) gets the same decisions.
It does not split paragraphs, find metadata values or know any particular site.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Collection, Sequence

from readingroom.boilerplate_cues import (AD_LABEL, ADVERTISING, AFFILIATE_DISCLOSURE, AUTHOR_BOX, BYLINE, CAPTION_MAX_WORDS, CLIP_CREDIT, COMMENT_COUNTER, CONTENTS_HEADER, COUNTER, CUES, DATELINE, DONATION_APPEAL, FOOTNOTE,
                                          IMAGE_CREDIT, ISSUER_BOX, ISSUER_PARAGRAPH, NON_NAME_WORDS, PHOTO_CREDIT, RELATED_HEADER, SHARE_BUTTONS, SHOP_BUTTON, SKIPPABLE_PROMO, STOCK_QUOTE, STORY_HIGHLIGHTS, SUBSCRIBE_PROMPT, TAG_LIST, Cue)
from readingroom.dates import DATE_LABEL_START, DATE_LABEL_WORDS, GLUED_LABEL, MONTHS, UPDATE_LABEL, WEEKDAY, parse_date_line, without_reading_time
from readingroom.model import UNSPACED_RUN, WORD, Verdict, tab_cells, unspaced
from readingroom.stopwords import ENGLISH_STOP_WORDS
from readingroom.structure import (ELLIPSIS_END, END_MARK, INNER_STOP, JOB_WORDS, JOBS_IN_OTHER_LANGUAGES, LONE_BYLINE_KEYWORD, NAME_JOINER_WORDS, NAME_SEPARATORS, SENTENCE_END, SPACED_HANDLE, SPECIAL_TO, caseless_name_and_network,
                                   date_and_byline, east_asian_byline, ends_a_sentence_inside, name_with_role, paper_after_name, parse_byline, title_cased, without_author_link)

REASONS: dict[str, str] = {
    "body": "article text (kept)",
    "blank": "empty line",
    "navigation": "site navigation menu or section list",
    "donation-appeal": "request for donations or membership",
    "newsletter": "newsletter or sign-up prompt",
    "cookie-notice": "cookie, privacy or terms notice",
    "copyright": "copyright, reprint or rights line",
    "share-buttons": "share, print or comment buttons",
    "related-links": "related, most-read or recommended links",
    "image-credit": "photo or image caption and credit",
    "insert": "line of a box set into the article (related links, gallery, advertisement, appeal)",
    "advertising": "advertisement slot or ad-blocker notice",
    "opinion-disclaimer": "'views expressed are the author's own' disclaimer",
    "disclaimer": "a publisher's disclaimer under the text ('Disclaimer: ... not financial advice')",
    "legal-notice": "a notice the law makes the page carry (Russia's 'foreign agent' label)",
    "author-bio": "author biography or contact line",
    "comments": "reader comments section",
    "correction-prompt": "invitation to report errors or send the newsroom tips",
    "paywall": "subscription or sign-in gate",
    "wire-credit": "reporting and editing credits of a wire story",
    "repeated": "text repeated on the page or across the collection (template)",
    "outside-body": "short or non-prose line outside the main article text",
    "button-label": "label of a button, tab or pager",
    "page-stamp": "word count or reading time of the page",
    "archive-banner": "a cache's or web archive's banner over the copied page (Google cache, Wayback Machine, archive.today)",
    "end-mark": "a press release's end mark (###, -30-, ENDS) or the start of its issuer's notes (About <issuer>, media contacts, forward-looking statements)",
    "highlights": "the publisher's summary points above the article (story highlights)",
    "entry-label": "the byline or the age ('4h ago') of a live page's entry, beside its time",
    "legal-label": "footer link to legal or company pages",
    "review-facts": "a review's facts box: credits, running time, genre, rating",
    "override": "dropped by a maintainer override in catalog.yml",
    "print-page": "a printed page's running head or the jump where its text goes on or comes from (Continued on page A8, From Page A1)",
    "date-order-unknown": "date line whose day and month could be either way round (the date is left unknown)",
}

# A line is "prose" when it has at least this many words and reads like a sentence. The
# README's trivial baseline (keep 10+-word lines) uses 10; our weights reward them by length.
PROSE_MIN_WORDS = 10
# A line this long reads as a paragraph even without final punctuation (a paragraph cut off
# by the copy, or a quote without a full stop); headline lists stay well under it. DEV macro F1
# at 20/25/30: 0.905/0.906/0.908; 25 keeps the cut-off last paragraph of seed 002 (29 words).
UNPUNCTUATED_PROSE_WORDS = 25
# Share of words starting lower-case for a line to read as a sentence (it must also end like
# one). DEV macro F1 at 0.5/0.35/0.25/0.15: 0.907/0.912/0.916/0.917, both site halves rising
# together; 0.25 is the start of the plateau. News leads full of names fall to ~0.3.
LOWERCASE_SHARE = 0.25
# Penalty (in words) for a short, cue-free line when scoring the body run: low enough that a
# subheading every few paragraphs does not split the article, high enough that a menu of 20+
# items outweighs a stray sentence. Chosen on DEV with site-split halves (see benchmarks/).
SHORT_LINE_PENALTY = 4
# Rows of a programme ("19.00 Uhr: Festabend ...") one under the other that make a list of the
# text's own: one time-first line may be a live entry's or a teaser's.
SCHEDULE_MIN_ROWS = 2
# Result lines ("Viera d. Rockledge 3-1") count this fraction of their words towards the
# body run, so that a round-up of results next to the prose stays with it.
RECORD_WEIGHT = 0.5
# Minimum penalty (in words) of a line a vocabulary cue matched: such lines mark the edges.
CUE_PENALTY = 25
# Long lines that do not end like a sentence (headline lists, menus joined into one line)
# count this fraction of their words towards the body run.
NON_SENTENCE_WEIGHT = -0.3
# Cue kinds that end an article: once a comments section, disclaimer, author bio, appeal or
# footer begins, body text does not resume (mid-article ads, credits, inline "Read more"
# links and the privacy line under a mid-article sign-up form are not in this set). Their penalty is large enough to act as a wall.
BARRIER_CUES = frozenset({"comments", "opinion-disclaimer", "disclaimer", "author-bio", "author-role", "author-box", "copyright",
                          "correction-prompt", "donation-appeal", "legal-label", "paywall", "end-mark", "issuer-notes", "issuer-box",
                          "programme-note"})
BARRIER_PENALTY = 10_000
# A press release's "About <issuer>" names it among the first words of the paragraph under it.
ISSUER_NAMED_WITHIN = 12
# Only lines up to this long act as barriers; a long paragraph that happens to match a cue
# counts against the run by its length instead (one matched sentence must not cut an article).
BARRIER_MAX_WORDS = 30
# A comment button ("Comment", "Kommentieren": the verb, not the section's "Comments") among share
# buttons is a button of their row when prose follows within COMMENT_BUTTON_TEXT_SPAN lines (`_comment_buttons_shared`).
_COMMENT_BUTTON = re.compile(r"^\W*(?:comment|kommentieren|comentar|commenter|commenta|comente|reageer|комментировать"
                             r"|view\s+comments|see\s+comments|kommentare\s+anzeigen|voir\s+les\s+commentaires|ver\s+comentarios)\W*$", re.IGNORECASE)
COMMENT_BUTTON_ROW_WORDS = 2
"""A button or a counter between a share button and a comment button in their row has at most this many words ("Merken", "142")."""
COMMENT_BUTTON_ROW_SPAN = 4
"""...and the comment button is at most this many lines from the share button ("e-mail" / "142" / "shares" / "87" / "View comments")."""
COMMENT_BUTTON_TEXT_SPAN = 8
# The share of a feed's units headed by two speakers' names that makes it an interview (`_is_dialogue`).
DIALOGUE_SHARE = 0.6
# A sentence-like line of at least this many words (and under PROSE_MIN_WORDS) is neutral:
# short paragraphs, questions in interviews. Menu items are 1-3 words without a full stop.
SHORT_SENTENCE_MIN_WORDS = 3
# Comments and teaser feeds follow the article and can hold more prose than it does, so among
# the stretches between barriers we take the *first* whose best run reaches this share of the
# best run of the page. 0.4: macrumors-style comment threads score ~2x the article; DEV
# pages whose article is not the first such stretch were not seen at 0.4 (see benchmarks/).
FIRST_STRETCH_SHARE = 0.4
# A run scoring at least this (about two paragraphs of prose) before a comment section is
# the article; the prose after the section's first header is comments. The one DEV page with
# comment lines above the chosen run (an "open thread" post) has a 73-word article.
ARTICLE_MIN_WORDS = 40
# An insert (gallery, ad) between two parts of the article has at most this many lines; the
# galleries on DEV take 8-12 (slide counter, credits, captions, "Close", "Back to gallery").
INSERT_MAX_LINES = 16
# ...of which at most this many are neither cue lines nor repeats ("Caption", "Back to
# gallery"); a list of related headlines under a photo is not a gallery.
INSERT_MAX_LABELS = 2
# A box of related links inside the article ("Further reading" and a few headlines) is an
# insert: the prose on its far side is the article's too.
RELATED_BOX_MAX_ITEMS = 10
RELATED_BOX_MAX_WORDS = 25
RELATED_BOX_MAX_WIDGETS = 6
# A box of at most this many links set into the text ("Read also:" / one headline): the text's
# last paragraphs under it join, however short, when nothing but the page's end follows them.
INLINE_BOX_MAX_ITEMS = 3
# ...and so are the labels an advertisement leaves in the copy ("Advertisement", "Continue
# reading below"): up to this many lines.
AD_LABEL_MAX_LINES = 4
SIGN_UP_BOX_GAP = 3
# A block of the text's own short lines (a table, a list of specs or of pros and cons) between two
# parts of it has this many lines (a results table and a standings table: 22; a review's specs,
# pros and cons: 17)...
BLOCK_MIN_LINES = 3
BLOCK_MAX_LINES = 40
# ...of which at most this share look like a menu's items...
BLOCK_MENU_SHARE = 0.4
# ...and the text under it joins when it is the last before the page's furniture and holds at
# least this many words (a review's verdict; not a line about the site, "Veritas Check is a
# signatory of ..."), or when at least this share of the block's lines, and this many, hold
# figures (a table's rows; not a post's signature, labels and a comment's name and date).
BLOCK_LAST_PROSE_MIN_WORDS = 25
BLOCK_FIGURES_SHARE = 2 / 3
BLOCK_MIN_FIGURE_LINES = 4
# A media label ("Video") under this many short items is a menu's last item.
MENU_ITEMS = 3
# A short line under this many short items is the last item of a long menu, not a headline.
LONG_MENU_ITEMS = 12
# A lead photo between a standfirst and the byline: at most this many lines (caption, credit).
PHOTO_LINES = 3
# A role line under a byline ("Rotorua Reporter·Rotorua Daily Post·") has at most this many words.
NAME_ROLE_LINE_MAX_WORDS = 10
# A run with at least this many short questions is an interview, whose last question and answer
# may come after the run (`_with_closing`).
INTERVIEW_MIN_QUESTIONS = 2
# A table of contents lists at most this many entries.
CONTENTS_MAX_ENTRIES = 30
# A promotion the page lets a reader skip has at most this many lines between its two ends.
PROMO_MAX_LINES = 12
_PROMO_START = re.compile(r"^\W*(?:skip|пропустить|пропустити|saltar|passer)\b", re.IGNORECASE)
# A donation box's paragraphs above its ask, in which the publisher speaks as "we".
APPEAL_PREAMBLE_LINES = 3
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# A subscription offer's lines (`_is_offer_box`): its prompts, points and buttons, each at most this many words.
OFFER_BOX_REASONS = frozenset({"paywall", "newsletter", "button-label", "advertising"})
OFFER_LINE_MAX_WORDS = 20  # ("Sigue leyendo sin límites. Hazte Premium por 1 € el primer mes y accede a ...")
SIGN_UP_BOX_PROSE_WORDS = 30  # the offer's sentence ("Explore the latest news and analysis on ...")
# Lines set into the text that it goes on after: an ad's label, the site's own promotion, a
# one-line link to another story ("Read also: ..."), a widget's button or placeholder ("Loading...").
AD_CUES = frozenset({"advertising", "click-here", "related-inline", "button-label"})
# A sign-up box between two paragraphs: one of its lines a prompt, the rest these.
SIGN_UP_CUES = frozenset({"newsletter", "subscribe-prompt"})
SIGN_UP_BOX_CUES = SIGN_UP_CUES | {"button-label", "cookie-notice", "advertising"}
SIGN_UP_CLOSERS = SIGN_UP_CUES | {"cookie-notice"}
_SIGN_UP_BUTTON = re.compile(r"^\W*(?:subscribe|sign\s*up|join|register|get\s+started|start\s+(?:your\s+)?(?:free\s+)?trial)\b", re.IGNORECASE)
# Teaser/comment feeds: at least FEED_MIN_UNITS consecutive units of at most FEED_MAX_LABELS
# short lines and FEED_MAX_PROSE prose lines of together at most FEED_MAX_WORDS words.
FEED_MIN_UNITS = 3
FEED_MAX_LABELS = 4
FEED_MAX_PROSE = 2
FEED_MAX_WORDS = 45
FEED_LABEL_SENTENCE_WORDS = 5
"""A unit with a short sentence of at least this many words among its short lines is no teaser's."""
# Lines after the article that are kept when none of them is page furniture (`_with_tail`).
TAIL_MAX_LINES = 40
# A text of short sentences, one to a line, is an article when at least this many of them follow
# one another (and they hold ARTICLE_MIN_WORDS words); see `_short_sentences`.
SHORT_RUN_MIN_LINES = 4
# ...but a unit of one subheading of at most SUBHEAD_MAX_WORDS words over a paragraph of at least
# SECTION_MIN_WORDS words is a section of the article ("The vote" / 36 words on what was voted).
SUBHEAD_MAX_WORDS = 5
TABLE_HEADING_MAX_WORDS = 10  # (a table's heading says what its figures measure, and when)
# A reader poll set into the text: its question, two or more options, its button and count.
POLL_MIN_LINES = 4
POLL_MAX_LINES = 10
SECTION_MIN_WORDS = 30
# Another story's headline set in capitals inside the article ("SEAN SPICER ELIMINATED FROM
# 'DANCING WITH THE STARS'") has at least this many words; subheadings in capitals on DEV have
# six or fewer, or end in a question mark, as the one such line among the BBC texts does not
# ("TOO FAST TOO FURIOUS (DIGITAL BRIDGES)", a game in a list).
SHOUTED_MIN_WORDS = 7
# A clip's running time on a line of its own ("03:29", "1:02:15"), under each title of a video
# playlist; a playlist lists at least this many clips.
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A video player's stand-in where it does not play ("Media playback is not supported on this device").
_PLAY_BUTTON = re.compile(r"^\W*(?:play|watch)\s+(?:the\s+)?video\W*$", re.IGNORECASE)
_PLAYER_STAND_IN = re.compile(r"\bmedia\s+playback\b|^\W*video\s+(?:loading|unavailable)|^\W*(?:click|tap)\s+to\s+play", re.IGNORECASE)
PLAYLIST_MIN_ITEMS = 2
# ...and may write up to this many lines of controls between two clips, each at most this many words.
PLAYLIST_GAP = 4
PLAYLIST_CONTROL_WORDS = 4
# Its header counts the clips: "Politics of the Day 15 videos", at most this many words.
PLAYLIST_HEADER_MAX_WORDS = 10
_PLAYLIST_HEADER = re.compile(r"\b\d+\s+(?:videos?|clips?|episodes?|vid[eé]os|v[ií]deos|видео)\s*$", re.IGNORECASE)
# A news ticker above or beside the article has at least this many items in a row.
TICKER_MIN_ITEMS = 3
# ...each a headline, no full stop at its end, glued to its story's dateline in capitals and
# first words: "USCIRF expresses concern over NRC WASHINGTON: Expressing concern over ...".
_TICKER_ITEM = re.compile(r".{20,200}?[A-Za-z0-9’')]\s[A-Z]{2,}[A-Z .,-]{0,30}:\s[A-Z]")
# A list is introduced by a line of at least this many words ending in a colon ("Список
# продуктов:"); "Tags:" or "Share:" alone introduce chrome.
LIST_INTRO_MIN_WORDS = 3
# Article header: byline/date lines are looked for this many non-blank lines above the body
# run, and the headline this many lines above the topmost of them (or above the body).
HEADER_SPAN = 6
HEADLINE_SPAN = 10
# ...not counting widgets (a gallery's pager, its captions repeated, story highlights) up to this
# many lines above the body, when no signature is in the first HEADER_SPAN lines.
WIDGETS_SPAN = 60
# A standfirst of one sentence under the headline, above the text, has at most this many words.
SENTENCE_DECK_MAX_WORDS = 40
SENTENCE_DECK_MIN_WORDS = 6
SIGNED_DECK_MAX_WORDS = 60
# A dated signature this many lines under the run's first line at most ends the page's header (`_under_head_signature`).
HEAD_SIGNATURE_SPAN = 2
# ...and, for a byline that says "By" and gives the date, with the header's lines over it (`_under_signed_byline`).
HEAD_SIGNED_SPAN = 6
# A kicker or a photographer's credit among them: at most this many words.
KICKER_MAX_WORDS = 3
# A headline has at most this many words; of the candidates, the nearest with at least
# HEADLINE_USUAL_WORDS is taken before a shorter one ("Back to Gallery", "Top 25 Promises").
HEADLINE_MAX_WORDS = 25
# ...a few outlets write longer ones, over their summary points (`_points_over`): up to this many.
LONG_HEADLINE_MAX_WORDS = 45
HEADLINE_USUAL_WORDS = 5
# A headline in sentences over its deck over the byline wins over a line further up that the text
# tells as well when it tells this many times the words ("The Washington Post", a logo whose name
# the text says, over "A Virginia county bet on four-day school weeks. Parents are split ...").
SENTENCE_HEADLINE_TELLS = 2
# A headline says what the article is about: when the line chosen by position shares less than
# HEADLINE_BODY_SHARE of its words with the body ("Watch CBSN Live", "Directory of sites",
# "Fax +41 41 761 97 25"), the headline-shaped lines up to HEADLINE_SEARCH_SPAN lines above the
# body are searched for the one the body tells most of: at least HEADLINE_TOLD_WORDS of its
# words, and at least HEADLINE_TOLD_SHARE of them, found in the body. Words are compared by
# their first HEADLINE_STEM letters ("diagnosed", "diagnosis"). A line the body tells
# HEADLINE_TOLD_RATIO times as much of as the line chosen by position replaces it too (a label
# of the site's menu whose words happen to be in the body: "Zurück zur Übersicht"). DEV titles
# 43 -> 64 of 91 with the changes of the same commit (ratio 1.5 / 2 / 3 / 4: 65 / 64 / 64 / 63,
# BBC 2,215 / 2,215 / 2,217 / 2,216 of 2,225, 2,214 before); 66 with `_listed_as_related`, 68
# with `_under_label` (then for media labels only).
# A headline-shaped line in a list under a related-links header, at most this many lines down, is
# another story's headline.
RELATED_LIST_MAX_LINES = 40
"""(Lines of the page, blank lines aside: a list of eight stories, each a section label, a
headline and a date, takes 24.)"""
TRENDING_TAGS_MIN = 3
"""Short lines under a related-links header, at least this many, over the first headline: a bar of topics ("Trending" /
"Weather" / "Man Utd" / "Traffic & Travel"), not a list of stories, and the headline under it is the page's."""
# A standfirst without a full stop (BBC's) under a headline is at least this many times as long as it.
DECK_LENGTH = 1.5
# ... or longer at all when a byline or date follows it: a list under a title goes on with more
# items, not with a signature ("Putin says he is ready to meet Trump 'at any time' to discuss
# Ukraine" / "Russian president tells annual press conference he has not spoken to ..." / byline).
SIGNED_DECK_LENGTH = 1.0
# ...and the headline is looked for up to this many lines above the chosen line: its deck, and a
# caption as long as a deck under that ("Three Cases of Plague Diagnosed in China" / "Officials
# say the risk of an outbreak is low, but ..." / "Yersinia pestis, the bacteria that cause ...").
DECK_LINES = 2
# ...and the body tells as much of the headline's words as of the deck's, or at least this share
# when the headline is the text's first line ("Screensaver tackles spam websites": 3 of 4, under it
# a deck told in full; a menu's last item above a deck is told as much).
DECK_HEADLINE_SHARE = 0.6
# ...or, right over the deck, a headline of usual length of which the text tells this many words
# and HEADLINE_TOLD_SHARE: a headline says less of the text than its deck does ("Il paese delle
# campane mute: a Castelrocca i rintocchi tornano dopo 40 anni", 6 of 9 words told, over a deck
# told 13 of 16); a menu item is shorter.
DECK_HEADLINE_TOLD_WORDS = 3
HEADLINE_BODY_SHARE = 0.3
HEADLINE_TOLD_RATIO = 3
HEADLINE_SEARCH_SPAN = 30
HEADLINE_TOLD_WORDS = 2
HEADLINE_TOLD_SHARE = 0.5
HEADLINE_STEM = 5
# A photo's credit alone on its line ("Image: SixThirty", "Getty Images") has at most this many words.
CREDIT_MAX_WORDS = 6
# An address's last part spells the headline when it has its words, all of them or, cut short,
# the first SLUG_MIN_WORDS or more.
SLUG_MIN_WORDS = 4
# Story highlights are at most this many points (CNN and USA Today show three or four).
HIGHLIGHTS_MAX_ITEMS = 5
POINTS_MIN = 2
# A title in Title Case ending in a full stop right over the byline has at most this many words.
STOPPED_TITLE_MAX_WORDS = 12
# A short line holding a date or a time, or starting "by ", or with an "@handle", is the header's signature
# (byline, dateline, "Chris Davies - Nov 19, 2019, 10:31 pm CST"), never its headline.
SIGNATURE_MAX_WORDS = 16
# At least this many consecutive short non-sentence lines inside the body are a link list
# (related headlines, tags), not subheadings.
LINK_RUN_MIN = 3
# A body that alternates paragraphs with RHYTHM_MIN_RUNS+ short runs of at most
# RHYTHM_MAX_LINES labels is a listicle whose item headers look like links (see
# `link_run_lines`). Three items make a rhythm; an inline "Related" box appears once or twice.
RHYTHM_MIN_RUNS = 3
RHYTHM_MAX_LINES = 4

_SENTENCE_END = re.compile(r"""[.!?…:;。！？：；։።፧।॥۔؟]["'”’»“‘«›)\]」』）]*\s*$ | ["”»」』]\s*$""", re.VERBOSE)  # (Armenian and Ethiopic full stops too; a German quotation closes with “)
# "– Jane D." under a quotation that ends with a closing quote mark: who said it (reviews,
# testimonials, epigraphs). Comments put the author *above* the text, teasers have no dash.
_ATTRIBUTION = re.compile(r"^[–—―-]{1,2}\s*\w")
_CLOSING_QUOTE = re.compile(r"[\"”»’]\W{0,3}$")
ATTRIBUTION_MAX_WORDS = 6
# Emoji and pictographs after the final punctuation ("See you soon! 🙂") do not end a sentence.
_TRAILING_SYMBOLS = re.compile("[\\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")
_LETTER = re.compile(r"[^\W\d_]")
_QUOTES = re.compile(r"[\"'“”‘’«»„]")
# "© UC Global", "© Alamy": a name after the sign, no year, no "rights", no more than four words.
# Under a photo in the middle of an article it is the photo's credit; a page's footer says it
# too ("© AFPBB News"). It is removed either way, but the article may go on under it: it is no
# barrier, as a copyright notice with a year or "all rights reserved" is ("© Getty Images", "© imago images / Westend61").
_BARE_CREDIT = re.compile(r"^\W*©\s*(?!.*\b(?:rights|reserved|copyright)\b)(?!.*\b(?:1[89]|20)\d\d\b)[^\W\d].{0,40}$", re.IGNORECASE)
# Whitespace and the invisible characters a copy carries from a page (byte order marks, zero-width
# spaces and joiners, word joiners): a line of only these is blank.
INVISIBLE = " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060"
# A headline may end in a full stop when it is two short sentences in Title Case ("Home Depot
# Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry."); a caption with one
# ("John M. Ford in 1987.") is not a headline.
# A post's categories over its headline: "Applications, APK Download, App Updates, Launchers" (three
# or more capitalised labels of a few words between commas).
_CATEGORY_LIST = re.compile(r"^\s*(?:[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,2}\s*([,·•])\s*){2,}[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,2}\s*$")
# (or with middle dots: "Renewable Energy·Nova Scotia·Canada")
_TWO_SENTENCES = re.compile(r"(?:[^\W\d_]{2}|\d{2}|\d%)[.!?]\s+[A-Z]")  # not after an initial ("John M. Ford"); after a year ("decide 2020. Democrats")
# or a share ("Stock Is Down 30%. It Could Rally 40%.")
# ...and one whose full stop belongs to an abbreviation ends like any headline ("Russia's Nuclear
# Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.", "... Buys Acme Inc.").
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)[\"”’»)]*$")
# A clip's or a gallery's label; the line under it is the clip's title ("Video" / "Fox News Flash top
# entertainment headlines for Nov. 19"), not the article's headline.
MEDIA_LABEL = re.compile(r"^\W*(?:video|vídeo|vidéo|watch|watch\s+now|audio|listen|gallery|galería|galerie|galleria|photos|fotos|fotó|bilder|podcast|видео|фото)\W*$",
                         re.IGNORECASE)
_COUNT = re.compile(r"^\W*\d{1,4}\s+")  # a gallery's count before its label: "12 fotó", "8 photos"
# A link to another story with its kind in capitals and brackets after it: "Plane passengers
# quarantined after outbreak [NEWS]", "... on game amid turmoil [VIDEO]".
_TAGGED_LINK = re.compile(r"\s\[[A-Z]{3,12}\][\s|]*$")
_ADDRESS = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:/*|www\.)\S+\s*$", re.IGNORECASE)  # a URL, "javascript:...", "mailto:..."
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A time said relative to now, as feeds stamp their items: "AP - 53 mins ago", "vor 3 Stunden", "4h ago", "vor 41 Min.".
_RELATIVE_TIME = r"""(?: \b\d{1,3}\s*(?:[hmd]|mins?|minutes?|hrs?|hours?|days?)\s+ago\b | \bvor\s+\d{1,3}\s+(?:min\.|minuten|std\.|stunden|tagen)(?!\w)
    | \bhace\s+\d{1,3}\s+(?:minutos|horas|días)\b | \bil\s+y\s+a\s+\d{1,3}\s+(?:min|h|minutes|heures|jours)\b
    | \b\d{1,3}\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\s+назад )"""
_STAMP = re.compile(_RELATIVE_TIME, re.IGNORECASE | re.VERBOSE)
# ...on a line of its own but for its source: an item's stamp in a list of stories.
STAMP_MAX_WORDS = 6
# A year's end: no digit after it, or a reading time's minutes glued on ("13 giugno 20193' di lettura", "June 4, 20195 min read").
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}\s*(?:['’′]|min\b)))"
_DATE_OR_TIME = re.compile(rf"""(?:\b|(?<=[a-z])(?=(?-i:[A-Z]))){_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_YEAR_END} | \b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}{_YEAR_END}
    | \b\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}(?!\d)|\d{{2}}\b) | \b\d{{1,2}}\.\s\d{{1,2}}\.\s\d{{4}}(?!\d) | (?<=[^\W\d_])\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b | \b\d{{4}}-\d{{2}}-\d{{2}} | \b\d{{1,2}}:\d{{2}}h?\b | \b\d{{1,2}}h\d{{2}}\b | \d{{1,2}}[-/]{_MONTH}[-/]\d{{4}}\b
    | \d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일] | {_RELATIVE_TIME}
    | (?<![\d.])(?:19|20)\d\d(?:[./]\s?\d{{1,2}}){{2}}\b(?![./]\d)""", re.IGNORECASE | re.VERBOSE)  # (the year first: "2024.01.22.",
# "2024. 7. 29.", "2024/06/11", glued to its label: "입력2024.01.22.")
_SIGNED = re.compile(r"""^\s*(?:(?:analysis|opinion|commentary|review|essay|column|interview|perspective|(?:live\s+)?(?:coverage|reporting|updates)
    |researched|fact[-\s]?checked|(?:video\s+)?report   # a fact-checker's: "Researched by Grace Kamau•11 April 2019•7 min read";
    # a broadcaster's: "Report by Rachel Townsend, ITV News Transport Correspondent"
    |(?:words|text|story)(?:\s+(?:and|&)\s+(?:photo(?:graph)?s|pictures|images))?)\s+)?by:?\s+
    (?!(?:the|a|an|this|that|how|what)\b) | @\w
    | ^\s*(?:(?:eine?|une?|un[ao]?|un['’])\s*)?(?:reportage|analyse|kommentar|kolumne|glosse|rezension|essay|chronique|tribune|enquête
        |análisis|reportaje|columna|crónica|analisi|commento|editoriale|texte|texto|testo)\s+(?:von|de|di)\s+(?-i:[A-ZÀ-Þ])   # "Eine Reportage von Felix Obermaier"
    | ^\s*(?-i:By|BY)(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))   # the keyword glued to the name by the copy: "ByCheryl Brandvold"
    | ^\s*(?:रिपोर्ट|लेखक|প্রতিবেদক|লেখক|رپورٹ|تحریر)\s*:\s*\S   # a writer's label in Hindi, Bengali or Urdu: "रिपोर्ट: अमित कुमार सिंह"
    | ^\s*(?:par|por|von|door|av)\s+(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]+\s+[A-ZÀ-Þ]))   # in other languages, before a name: "Par Camille Verdier" (not "Par ailleurs")
    | ^\s*(?:par|por|von|door|av)\s+(?:redacteur|redactrice|verslaggever|redakteur(?:in)?|reporter(?:in)?|journaliste|periodista|corresponsal
        |correspondant(?:e)?)\s+(?=(?-i:[A-ZÀ-Þ]))   # ...and the role between: "Door redacteur Jeroen van Dalen"
    """, re.IGNORECASE | re.VERBOSE)  # not "By the Numbers: ..."; "Commentary by X" signs
# A day without its year, perhaps with the weekday: "Friday, 25 February", "Sat 3 March", "May 4th".
_DAY_LINE = re.compile(rf"""^\W* (?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?
    (?: \d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH} | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)? ) \W*$""",
                       re.IGNORECASE | re.VERBOSE)
_LOWER_WORD = re.compile(r"\b[^\W\d_A-ZА-ЯЁІЇЄҐ]", re.UNICODE)


Run = tuple[float, tuple[int, int], tuple[int, int]]
"""A stretch's best run: (score, (first, last), (stretch lo, stretch hi))."""


@dataclass(frozen=True)
class Line:
    """Measurements of one non-blank source line."""

    index: int
    text: str
    words: int
    sentence: bool
    """Ends like a sentence and is mostly lower-case words."""
    cue: Cue | None
    duplicate: bool
    """Same normalised text as an earlier line of the page, or as template text of the collection."""
    attribution: bool = False
    """A short "– Name" line right under a closing quotation mark."""
    template: bool = False
    """Template text of the collection (found in several source files)."""

    @property
    def prose(self) -> bool:
        return self.sentence and self.words >= PROSE_MIN_WORDS


def normalise_line(text: str) -> str:
    """Key for repetition: NFKC, casefold, whitespace collapsed, punctuation trimmed at the edges."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    collapsed = " ".join(_QUOTES.sub("", folded).split())
    return collapsed.strip(" \t.,;:!?-–—•·*|/()[]")


def classify_lines(lines: Sequence[str], *, repeated: frozenset[str] = frozenset()) -> tuple[Verdict, ...]:
    """One Verdict per input line; see the module docstring for how."""
    measured = _comment_buttons_shared(_headings_said_once(_measure(lines, repeated)))
    code = frozenset(code_lines(measured))
    blocks = code_blocks(measured, code)
    measured = _code_uncued(measured, code, blocks)
    ticker = ticker_lines(measured)
    live = live_entry_lines(measured)
    contents = contents_lines(measured)
    body = _through_contents(measured, _with_next_pages(measured, find_body(measured, ticker, code, live)), contents)
    speakers = speaker_lines(measured, body) | letter_signatures(measured, body)
    headline = find_headline(measured, body, speakers)
    items = frozenset(list_items(measured)) | recipe_items(measured, body)
    rows = frozenset(figure_rows(measured, code=code)) - items  # (under a list's introducing line, a table's rows stay its items)
    listed = items | rows
    stamps = frozenset(k for k in live if measured[k].cue is None)  # (a live page's times and headings: no run of links)
    writers = live_entry_authors(measured, live)
    page = _Page(measured, body, listed, link_run_lines(measured, body, listed) - stamps, headline,
                 ticker, summary_points(measured, body, headline), contents, speakers, *listicle_items(measured), rows=rows, code=blocks,
                 ads=ad_box_lines(measured, listed) - live - writers)
    decided = {m.index: _decide(page, k) for k, m in enumerate(measured)}
    decided |= _live_labels(measured, live, writers, decided)
    return tuple(decided.get(i, Verdict(False, "blank", "blank")) for i in range(len(lines)))


def _live_labels(measured: Sequence[Line], live: frozenset[int], writers: frozenset[int], decided: dict[int, Verdict]) -> dict[int, Verdict]:
    """A kept live entry's time alone on its line (LIVE_TIME: "02:12", "4:51 p.m. ET"; not "10:55 a.m. CDT: New T-0 set",
    the entry's heading after it): a label over the entry, not its heading. The writer's name beside it
    (`live_entry_authors`) is the entry's byline, and its age ("4h ago") the same time said again: both dropped as the
    entry's labels (not as a name the template repeats, nor an ad's text)."""
    out: dict[int, Verdict] = {}
    for k in sorted(live):
        if not decided[measured[k].index].keep or not LIVE_TIME.match(measured[k].text):
            continue
        out[measured[k].index] = Verdict(True, "body", "live-time")
        for j in (k - 1, k + 1):
            if 0 <= j < len(measured) and (measured[j].words <= LIVE_AGE_MAX_WORDS and _STAMP.search(measured[j].text)
                                           or _TIME_SAID_AGAIN.match(measured[j].text)):
                out[measured[j].index] = Verdict(False, "entry-label", "live-age")
    for j in writers:
        out[measured[j].index] = Verdict(False, "entry-label", "live-author")
    return out


LIVE_AGE_MAX_WORDS = 4
"""A live entry's age beside its time has at most this many words ("4h ago", "vor 41 Min.")."""
# The entry's time said again for screen readers: "published at 17:02 Greenwich Mean Time".
_TIME_SAID_AGAIN = re.compile(r"^\s*(?:published|posted|updated)\s+at\s+\d{1,2}[:.]\d{2}\b[\w\s]{0,40}$", re.IGNORECASE)


def apply_overrides(lines: Sequence[str], verdicts: Sequence[Verdict], keep: Sequence[str],
                    drop: Sequence[str]) -> tuple[Verdict, ...]:
    """Force lines kept or dropped by maintainer regexes (case-insensitive `re.search`); drop wins."""
    keep_res = [re.compile(p, re.IGNORECASE) for p in keep]
    drop_res = [re.compile(p, re.IGNORECASE) for p in drop]
    out = []
    for text, verdict in zip(lines, verdicts):
        if text.strip() and any(r.search(text) for r in drop_res):
            verdict = Verdict(False, "override", "override-drop")
        elif text.strip() and any(r.search(text) for r in keep_res):
            verdict = Verdict(True, "body", "override-keep")
        out.append(verdict)
    return tuple(out)


# --- measuring -----------------------------------------------------------------------------

def _measure(lines: Sequence[str], repeated: frozenset[str]) -> list[Line]:
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(lines):
        text = raw.strip(INVISIBLE)
        if not text:
            continue
        key = normalise_line(text)
        rest, unspaced_words = unspaced(text)
        words = len(WORD.findall(rest)) + unspaced_words
        template = bool(key) and key in repeated and words < PROSE_MIN_WORDS * 3
        dup = template or (bool(key) and key in seen)
        seen.add(key)
        attribution = (words <= ATTRIBUTION_MAX_WORDS and bool(out) and bool(_ATTRIBUTION.match(text))
                       and bool(_CLOSING_QUOTE.search(out[-1].text)))
        out.append(Line(i, text, words, _is_sentence(text, words, rest, unspaced_words), match_cue(text, words), dup,
                        attribution, template))
    return _with_teasers(_with_clip_titles(_with_promos(_with_caption_labels(_with_appeal_boxes(_with_sign_up_boxes(_with_highlights(
        _with_issuer_boxes(_with_named_bios(_with_author_boxes(_with_whats_next(out)))))))))))


# A header that may head the text's own last section as well as a list of other stories: "Up next", "Next up", "What's next".
_NEXT_HEADER = re.compile(r"^\W*(?:up\s+next|next\s+up|what['’]s\s+next)\W*$", re.IGNORECASE)
NEXT_SECTION_MIN_WORDS = 15


def _with_whats_next(measured: list[Line]) -> list[Line]:
    """"Up next" over a paragraph of prose (NEXT_SECTION_MIN_WORDS words or more, sentences) heads the text's last
    section, a recap's next fixture ("Up next" / "The Ravens host the Tennessee Titans next Sunday at 1 p.m. ..."), not a
    list of other stories: its cue goes."""
    return [replace(line, cue=None) if (line.cue is RELATED_HEADER and _NEXT_HEADER.match(line.text) and k + 1 < len(measured)
                                        and (under := measured[k + 1]).prose and under.sentence and under.cue is None
                                        and under.words >= NEXT_SECTION_MIN_WORDS) else line
            for k, line in enumerate(measured)]


def _with_caption_labels(measured: list[Line]) -> list[Line]:
    """The caption under a caption's label cut from it ("Подпись к фото," / "Гудрун Эйнарсдоттир на
    территории фабрики") gets the label's cue: a photo-credit line that ends in a comma, then one
    line of at most CAPTION_MAX_WORDS words."""
    for k, line in enumerate(measured[:-1]):
        under = measured[k + 1]
        if (line.cue is PHOTO_CREDIT and line.text.rstrip().endswith(",") and under.cue is None
                and not under.duplicate and under.words <= CAPTION_MAX_WORDS):
            measured[k + 1] = replace(under, cue=line.cue)
    for k, line in enumerate(measured[:-2]):
        caption, credit = measured[k + 1], measured[k + 2]
        if (_SLIDE_COUNTER.match(line.text) and line.cue is not None and caption.cue is None and not caption.duplicate
                and caption.sentence and caption.words <= CAPTION_MAX_WORDS and credit.cue is not None and credit.cue.reason == "image-credit"
                and not _SLIDE_COUNTER.match(credit.text)):
            measured[k + 1] = replace(caption, cue=IMAGE_CREDIT)  # a slide's caption, between its counter and its credit: "2 / 10" /
            # "Les peaux d'agneau arrivent tannées et teintes. ..." / "© Théo Bessière / Le Courrier des Causses" (a listicle's
            # item is no sentence: "1 / 10" / "We can tell when you haven't brushed" / "Shutterstock")
    for k, line in enumerate(measured[:-1]):
        credit = measured[k + 1]
        if (line.cue is None and not line.duplicate and line.sentence and line.words <= CAPTION_OVER_BYLINE_CREDIT_MAX_WORDS
                and credit.cue is not None and credit.cue.reason == "image-credit" and credit.words <= PHOTOGRAPH_BY_MAX_WORDS
                and _PHOTOGRAPH_BY.match(credit.text)):
            measured[k] = replace(line, cue=IMAGE_CREDIT)  # a photo's caption over its "Photograph by ..." set into the text: "A
            # white-bellied pangolin ... rests at a rescue center in Cameroon. ..." / "Photograph by Brent Stirton, Getty Images"
    return measured


# A photo's credit that names who took it: "Photograph by Brent Stirton, Getty Images", "Photo by Dami Okafor / The Verge",
# "Photo courtesy of the family".
_PHOTOGRAPH_BY = re.compile(r"^\W*(?:photograph|photo|picture|image|illustration)s?\s+(?:by|courtesy\s+of)\s", re.IGNORECASE)
PHOTOGRAPH_BY_MAX_WORDS = 10
"""Such a credit has at most this many words (the photographer, the agency: "Photograph by Roslan Rahman, AFP/Getty Images")."""
CAPTION_OVER_BYLINE_CREDIT_MAX_WORDS = 50
"""A sentence right over such a credit, of at most this many words, is its caption (a paragraph of the text is longer)."""


def _with_teasers(measured: list[Line]) -> list[Line]:
    """The teasers of a carousel of other stories under its header, past its pager's buttons:
    headlines cut off with an ellipsis ("RELATED ARTICLES" / "Previous" / "Walker, 71, plunges 100ft
    to his death from cliff edge while..." / ... / "1 Next"), which read like sentences, get the
    header's cue: up to RELATED_BOX_MAX_ITEMS of at most RELATED_BOX_MAX_WORDS words, and the pager's
    short line under them."""
    for k, line in enumerate(measured):
        if line.cue is None or line.cue.name != "related-header":
            continue
        j = k + 1
        while j < len(measured) and j - k <= RELATED_BOX_MAX_WIDGETS and _is_box_widget(measured[j]):
            j += 1
        first = j
        while (j < len(measured) and j - first < RELATED_BOX_MAX_ITEMS and measured[j].cue is None
               and measured[j].words <= RELATED_BOX_MAX_WORDS and ELLIPSIS_END.search(measured[j].text)):
            j += 1
        if j - first < 2:
            continue  # (one line cut off under a header may be a quotation's)
        if j < len(measured) and measured[j].cue is None and measured[j].words <= 3 and not measured[j].sentence:
            j += 1  # the pager: "1 Next"
        for m in range(first, j):
            measured[m] = replace(measured[m], cue=line.cue)
    return measured


def _with_clip_titles(measured: list[Line]) -> list[Line]:
    """The title of a video clip set into the page, right over its running time and source
    ("'Crash and burn': Elie Honig reacts to Trump's courtroom strategy" / "01:22 - Source: CNN"),
    gets the clip's cue: one line of at most CAPTION_MAX_WORDS words without a cue of its own. So
    do a headline over a running time alone ("Feliz's bases-clearing double gives Mariners 3-1
    series lead" / "0:58"), with that time, and the title under a player's stand-in ("Media
    playback is not supported on this device" / "'We finally got the rub of the green' - Shaw")."""
    for k, line in enumerate(measured[1:], start=1):
        over = measured[k - 1]
        if over.cue is not None or over.words > CAPTION_MAX_WORDS:
            continue
        if line.cue is CLIP_CREDIT and not _PLAYER_STAND_IN.search(line.text) and not (_PLAY_BUTTON.match(line.text) and over.sentence):
            measured[k - 1] = replace(over, cue=line.cue)  # (over a "Play Video" button, a title; a sentence there is the text's)
        elif line.cue is None and _DURATION.match(line.text) and _is_headline_shaped(over) and not _among_timestamps(measured, k):
            measured[k - 1], measured[k] = replace(over, cue=CLIP_CREDIT), replace(line, cue=CLIP_CREDIT)
    for k, line in enumerate(measured[:-1]):
        under = measured[k + 1]
        if (line.cue is CLIP_CREDIT and _PLAYER_STAND_IN.search(line.text) and under.cue is None
                and under.words <= CAPTION_MAX_WORDS and not under.prose):
            measured[k + 1] = replace(under, cue=CLIP_CREDIT)
    return measured


# A transcript stamps its speakers' turns with the time ("0:06:48" / "Sen. Daniel Okonkwo" / what
# he said): with TIMESTAMP_MIN_NEAR more such times within TIMESTAMP_SPAN lines, and turns in prose
# between them, a time is one of them, not a clip's length (a playlist's clips have titles, no prose).
TIMESTAMP_SPAN = 6
TIMESTAMP_MIN_NEAR = 2


def _among_timestamps(measured: Sequence[Line], k: int) -> bool:
    near = [j for j in range(max(k - TIMESTAMP_SPAN, 0), min(k + TIMESTAMP_SPAN + 1, len(measured))) if j != k]
    return sum(1 for j in near if _DURATION.match(measured[j].text)) >= TIMESTAMP_MIN_NEAR and any(measured[j].prose for j in near)


def _with_promos(measured: list[Line]) -> list[Line]:
    """The lines of a promotion the page lets a reader skip, between its two ends ("Skip Podcast
    and continue reading" / ... / "End of Podcast"), get their cue: at most PROMO_MAX_LINES."""
    for k, line in enumerate(measured):
        if line.cue is not SKIPPABLE_PROMO or not _PROMO_START.match(line.text):
            continue
        end = next((j for j in range(k + 1, min(k + 2 + PROMO_MAX_LINES, len(measured))) if measured[j].cue is SKIPPABLE_PROMO), None)
        if end is not None and not _PROMO_START.match(measured[end].text):
            for j in range(k + 1, end):
                measured[j] = replace(measured[j], cue=line.cue)
    return measured


def _with_appeal_boxes(measured: list[Line]) -> list[Line]:
    """The paragraphs of a donation box above its ask get the ask's cue: under the box's header
    ("Support HuffPost"), up to APPEAL_PREAMBLE_LINES paragraphs in which the publisher speaks as
    "we" ("At HuffPost, we believe that everyone needs high-quality journalism, ...") right over
    the line that asks ("Would you join us to help keep our stories free for all?"). Without a
    header over them (a short line that is no sentence) they may be the article's last words.
    So do up to as many paragraphs between two asks ("You could close this page. Or you could
    join our community ..." / two paragraphs / "Become a Patron!")."""
    for k, line in enumerate(measured):
        if line.cue is not DONATION_APPEAL:
            continue
        first = k
        while (first > 0 and k - first < APPEAL_PREAMBLE_LINES and measured[first - 1].cue is None
               and measured[first - 1].prose and _WE.search(measured[first - 1].text)):
            first -= 1
        header = measured[first - 1] if first > 0 else None
        if (first < k and header is not None and header.cue is None and not header.prose and header.words <= SUBHEAD_MAX_WORDS
                and not _said_nearby(measured, first - 1)):
            for m in range(first, k):
                measured[m] = replace(measured[m], cue=line.cue)
        last = k
        while last + 1 < len(measured) and last - k < APPEAL_PREAMBLE_LINES and measured[last + 1].cue is None and measured[last + 1].prose:
            last += 1
        if last > k and last + 1 < len(measured) and measured[last + 1].cue is DONATION_APPEAL:
            for m in range(k + 1, last + 1):
                measured[m] = replace(measured[m], cue=line.cue)
    return measured


# The most speakers a transcript's turns are read under (a hearing's chair, members and witnesses).
SPEAKERS_MAX = 6


def speaker_lines(measured: Sequence[Line], body: Body) -> frozenset[int]:
    """The speakers' names over the turns of an interview or a hearing in the text ("OWEN MARCUS" /
    question / "DANA WHITFIELD" / answer): names of two to four capitalised words without a digit or a
    colon, each over a line of the text in sentences (not a list's headline over a section's name:
    "Matt Jancer" / "Business"), two to SPEAKERS_MAX of them said at least twice in the body;
    and the times over them, which stamp the turns."""
    def turns(j: int) -> bool:
        words = measured[j].text.split()
        return (measured[j].cue is None and not measured[j].template and 2 <= len(words) <= 4 and not measured[j].sentence
                and all(w[:1].isupper() for w in words) and not any(c.isdigit() or c == ":" for c in measured[j].text)
                and j + 1 <= body.end and measured[j + 1].cue is None and (measured[j + 1].prose or measured[j + 1].sentence))
    named = [(j, normalise_line(measured[j].text)) for j in range(body.start, body.end + 1) if j in body and turns(j)]
    said = Counter(key for _, key in named)
    if not 2 <= sum(count >= 2 for count in said.values()) <= SPEAKERS_MAX:
        return frozenset()
    speakers = [j for j, key in named if said[key] >= 2]
    first = body.start - 1  # the first turn's speaker, right over the text's first line: "Sen. Marjorie Hale" / "The subcommittee will come to order."
    if first >= 0 and measured[first].cue is None and said[normalise_line(measured[first].text)] >= 2:
        speakers.insert(0, first)
    stamps = [j - 1 for j in speakers if (j - 1 in body or j == first) and measured[j - 1].cue is None and _DURATION.match(measured[j - 1].text)]
    return frozenset(speakers + stamps)  # (with the time a transcript stamps a turn with, over the speaker's name: "0:06:48")


def _said_nearby(measured: Sequence[Line], k: int) -> bool:
    """Line `k` is said again within APPEAL_PREAMBLE_LINES * 4 lines: a speaker's name in an interview
    ("DANA WHITFIELD" over each answer), not the header of a donation box."""
    key = normalise_line(measured[k].text)
    span = range(max(k - 4 * APPEAL_PREAMBLE_LINES, 0), min(k + 4 * APPEAL_PREAMBLE_LINES + 1, len(measured)))
    return any(j != k and normalise_line(measured[j].text) == key for j in span)


def _with_sign_up_boxes(measured: list[Line]) -> list[Line]:
    """The lines of a sign-up box between its prompt and another of its prompts or the privacy
    line under its form get the prompt's cue: the newsletter's description ("Sign up to This is
    Europe" / "Free weekly newsletter" / "The most pressing stories and debates for Europeans ..."
    / "Privacy Notice: ..."), the offer's points ("Subscribe to X to get unlimited access." /
    three points / "Subscribe Now"). At most SIGN_UP_BOX_GAP such lines, none of them a signature
    or prose of more than SIGN_UP_BOX_PROSE_WORDS words; the form's other buttons are passed
    over. (Any button does not close a box: the headline and byline between a "Newsletters" menu
    item and "Print this article" are no box.)"""
    for k, line in enumerate(measured):
        if line.cue is None or line.cue.name not in SIGN_UP_CUES:
            continue
        between: list[int] = []
        for j in range(k + 1, min(k + 2 + SIGN_UP_BOX_GAP + 2, len(measured))):
            other = measured[j]
            closes = other.cue is not None and (other.cue.name in SIGN_UP_CLOSERS or bool(_SIGN_UP_BUTTON.match(other.text)))
            if other.cue is not None and other.cue.name == "button-label" and not closes:
                continue
            if other.cue is not None:
                if closes and between:
                    for m in between:
                        measured[m] = replace(measured[m], cue=line.cue)
                break
            if other.prose and other.words > SIGN_UP_BOX_PROSE_WORDS or _is_signature(other) or len(between) == SIGN_UP_BOX_GAP:
                break
            between.append(j)
    return measured


def _with_highlights(measured: list[Line]) -> list[Line]:
    """The points under a STORY_HIGHLIGHTS label get its cue: up to HIGHLIGHTS_MAX_ITEMS lines
    under it that are no sentences of prose ("STORY HIGHLIGHTS" / "NEW: The worst of holiday
    travel fears fail to materialize" / ...), as many as there are before the first that is; or
    sentences too, when the page's furniture closes the box under them ("In Summary" / "Farmers
    say they have not been paid for milk delivered between March and May." / ... / a photo's caption)."""
    marked: set[int] = set()
    for k, line in enumerate(measured):
        if line.cue is None and _LIVE_SUMMARY.match(line.text) and _over_live_entry(measured, k):
            line = measured[k] = replace(line, cue=STORY_HIGHLIGHTS)  # "Summary" over a live page's points, then its entries
        if line.cue is not STORY_HIGHLIGHTS or k in marked:
            continue  # (a point is no label over more)
        end = k + 1
        while end < min(k + 1 + HIGHLIGHTS_MAX_ITEMS, len(measured)) and measured[end].cue is None and measured[end].words <= HEADLINE_MAX_WORDS:
            end += 1
        boxed = end > k + 1 and end < len(measured) and measured[end].cue is not None
        clock = next((j for j in range(k + 1, min(end + 1, len(measured))) if measured[j].words <= LIVE_STAMP_MAX_WORDS and _CLOCK_LABEL.match(measured[j].text)), None)
        if clock is not None and any(measured[j].prose for j in range(k + 1, clock)):
            # (a live page's first entry under the box closes it, past the page's buttons: "Key points" / three sentences /
            # "Share full article" / "4:51 p.m. ET")
            end, boxed = max(j for j in range(k + 1, clock) if measured[j].prose) + 1, True
        for j in range(k + 1, end):
            point = measured[j]
            if (point.prose and SENTENCE_END.search(point.text) and not boxed or _is_byline(point) or _is_bare_name(point)
                    or point.words <= 3 and _CLOCK_LABEL.match(point.text)):
                break  # (nor the byline under the box: "Quick Take" / three points / "Ana Lucía Ferraz" / "March 11, 2025, 9:03AM EDT";
                # nor a live page's first entry under it: "Das Wichtigste in Kürze" / points / "19:47 Uhr" / its heading)
            measured[j] = replace(point, cue=STORY_HIGHLIGHTS)
            marked.add(j)
    return measured


# A live page's label over its summary points, a word that heads a report's own section too: a label only over a live
# page's entries ("Summary" / four points / "Live Reporting" / "published at 14:32 GMT" / "14:32 GMT").
_LIVE_SUMMARY = re.compile(r"""^\W*(?:summary|zusammenfassung|resumen|résumé|resumo|samenvatting|sammanfattning|sammendrag|resumé
    |riepilogo|sommario|podsumowanie|shrnutí|özet|crynodeb|achoimre|summary\s+of\s+events)\W*$""", re.IGNORECASE | re.VERBOSE)
# ...its entries open this many lines under the label at most (the points, a "Live Reporting" label, a clip, the first
# entry's "published at" line).
LIVE_SUMMARY_SPAN = HIGHLIGHTS_MAX_ITEMS + 8


def _over_live_entry(measured: Sequence[Line], k: int) -> bool:
    """A live entry's time alone on its line (LIVE_TIME) within LIVE_SUMMARY_SPAN lines under line k, and another in
    the LIVE_ENTRY_SPAN lines under that: the page's entries (not a report's "Summary" over its text)."""
    first = next((j for j in range(k + 1, min(k + 1 + LIVE_SUMMARY_SPAN, len(measured)))
                  if measured[j].words <= LIVE_STAMP_MAX_WORDS and LIVE_TIME.match(measured[j].text)), None)
    return first is not None and any(measured[j].words <= LIVE_STAMP_MAX_WORDS and LIVE_TIME.match(measured[j].text)
                                     for j in range(first + 1, min(first + 1 + LIVE_ENTRY_SPAN, len(measured))))


def _with_author_boxes(measured: list[Line]) -> list[Line]:
    """An author box under an article: a header naming a person ("About Jane Doe", "Über Moritz
    Bachmann") whose next line names them too (their bio) gets the AUTHOR_BOX cue (an author
    bio), which ends the article there, as "About the author" does. Under an article only: at least
    ARTICLE_MIN_WORDS words of prose come before it."""
    return _with_boxes_under_text(measured, AUTHOR_BOX, lambda under, name: _names(under.text, name))


def _with_named_bios(measured: list[Line]) -> list[Line]:
    """An author box without a header's "About": the byline's name said again under the text, alone
    on its line, over a paragraph that opens with it ("Rosalind Fenwick-Hale" / "Rosalind is Gardeners'
    World Magazine's deputy gardening editor. ..."). The name's line gets AUTHOR_BOX, which ends the
    text there; once ARTICLE_MIN_WORDS words of prose have come before it, the name said first before
    half of them (in the header), alone or on the byline's line ("Words: Matt Pennington, Senior Road Tester")."""
    prose_words, first_said, prose_before = 0, {}, []
    for k, line in enumerate(measured[:-1]):
        key = normalise_line(line.text) if line.words <= 4 and not line.prose and line.cue is None else ""  # (a name's line is short)
        first_said.setdefault(key, prose_words)
        prose_before.append(prose_words)
        under = measured[k + 1]
        if key and k + 2 < len(measured) and _is_job_line(under):
            under = measured[k + 2]  # (past the job's line between: "Nathan Pierce" / "Reporter, Southeast" / "Nathan Pierce covers ...")
        if (key and prose_words >= ARTICLE_MIN_WORDS and under.prose and _is_bare_name(line)
                and under.text.startswith((line.text.split()[0] + " ", line.text + " "))
                and (line.duplicate and 2 * first_said[key] < prose_words or _on_a_byline_above(measured, k, prose_before))):
            measured[k] = replace(line, cue=AUTHOR_BOX)
        prose_words += line.words if line.prose else 0
    return measured


BIO_ROLE_MAX_WORDS = 6
"""The longest job's line between an author's name and the bio that names them again ("Reporter, Southeast")."""


def _is_job_line(line: Line) -> bool:
    """A short line of a job's words, between an author's name and their bio: "Reporter, Southeast", "Senior Editor"."""
    return line.cue is None and not line.prose and line.words <= BIO_ROLE_MAX_WORDS and bool(_ROLE_WORD.search(line.text))


def _on_a_byline_above(measured: Sequence[Line], k: int, prose_before: list[int]) -> bool:
    """The name on line `k` is on a byline's line above, before half of the prose over `k` (`prose_before`)."""
    name = measured[k].text.strip()
    return any(2 * prose_before[j] < prose_before[k] and name in measured[j].text and (_is_byline(measured[j]) or _SIGNED.match(measured[j].text))
               for j in range(k) if measured[j].words <= SIGNATURE_MAX_WORDS)  # (or says "By": "By Tom Reyes, Communications Manager in Port-au-Prince")


def _with_issuer_boxes(measured: list[Line]) -> list[Line]:
    """A press release's note on its issuer: "About Kestrel Foods, Inc." (ISSUER_BOX's pattern)
    over a paragraph whose first ISSUER_NAMED_WITHIN words name it ("Founded in 2013 in Fresno,
    California, Kestrel Foods makes ..."), after ARTICLE_MIN_WORDS words of prose: the issuer's
    notes begin, and the text ends there, as at an end mark."""
    measured = _with_boxes_under_text(measured, ISSUER_BOX, lambda under, name: under.prose
                                      and name.split()[0] in under.text.split()[:ISSUER_NAMED_WITHIN])
    prose_words = 0
    for k, line in enumerate(measured):  # the note run into its paragraph: "About the National Institutes of Health (NIH): NIH, ..."
        match = ISSUER_PARAGRAPH.pattern.match(line.text) if line.cue is None and line.prose and prose_words >= ARTICLE_MIN_WORDS else None
        if match and match["first"].strip(",.;:'’") in {match["short"], match["name"].split()[0]}:
            measured[k] = replace(line, cue=ISSUER_PARAGRAPH)
        prose_words += line.words if line.prose else 0
    return measured


def _with_boxes_under_text(measured: list[Line], box: Cue, names: Callable[[Line, str], bool]) -> list[Line]:
    """The `box` cue for a header its pattern matches (its group `name`) whose next line `names`
    it, once ARTICLE_MIN_WORDS words of prose have come before it."""
    prose_words = 0
    for k, line in enumerate(measured[:-1]):
        match = box.pattern.search(line.text) if line.cue is None and line.words <= box.max_words else None
        if match and prose_words >= ARTICLE_MIN_WORDS and names(measured[k + 1], match["name"]):
            measured[k] = replace(line, cue=box)
        prose_words += line.words if line.prose else 0
    return measured


def _names(text: str, name: str) -> bool:
    """`text` names the person: their whole name, or the last word of it (a surname)."""
    return name in text or re.search(rf"\b{re.escape(name.split()[-1])}\b", text) is not None


def count_words(text: str) -> int:
    """Words of a line: runs of letters and digits, Chinese and Japanese counted by `unspaced`."""
    rest, words = unspaced(text)
    return len(WORD.findall(rest)) + words


def _is_sentence(text: str, words: int, rest: str, caseless: int) -> bool:
    """Ends with sentence punctuation (or is long enough to be a cut-off paragraph) and at least
    a quarter of its words start lower-case; `rest, caseless` is `unspaced(text)`: Chinese and
    Japanese, which have no case, count as lower-case."""
    if not _SENTENCE_END.search(END_MARK.sub("", _TRAILING_SYMBOLS.sub("", text))) and words < UNPUNCTUATED_PROSE_WORDS:
        return False
    lower = len(_LOWER_WORD.findall(rest)) + caseless
    return lower >= LOWERCASE_SHARE * words


def match_cue(text: str, words: int) -> Cue | None:
    """The first vocabulary cue that applies to a line of this length, or None."""
    encoded = text.encode("utf-8")
    for cue in CUES:
        if cue.scope == "short" and words > cue.max_words:
            continue
        if cue.search(text, encoded) and not (cue is IMAGE_CREDIT and _DATED_CREDIT.match(text)):
            return cue
    return None


# A dateline that credits the agencies after its date ("Updated on: September 13, 2019 / 7:52 PM /
# CBS/AP") is the article's signature, not a photo's credit.
_DATED_CREDIT = re.compile(rf"^\W*(?:{DATE_LABEL_WORDS})(?:\s+on)?\s*:?\s*(?:\w+\.?,?\s+){{0,2}}\d", re.IGNORECASE)


# --- the body region ------------------------------------------------------------------------

def _weights(measured: Sequence[Line], ticker: frozenset[int], code: frozenset[int] | None = None,
             live: frozenset[int] | None = None) -> list[float]:
    """Per-line score of being body text; runs of non-prose lines cost more the longer they get.
    A news ticker's lines (`ticker_lines`) weigh as a teaser feed's do; a code block's (`code_lines`, or `code` when the
    caller has them) as a table's rows; a live page's times, headings and buttons (`live_entry_lines`, or `live`) nothing."""
    ranked = ranked_rows(measured)
    rows = schedule_rows(measured) | figure_rows(measured, ranked, code)
    coded = frozenset(code_lines(measured)) if code is None else code
    feed, listed = feed_lines(measured) | ticker | boxed_lines(measured), list_items(measured, rows)
    ads = ad_box_lines(measured, listed)
    live = live_entry_lines(measured) if live is None else live
    if live:  # (a live page's entries, each under its time, read as a feed of dated teasers: they are the text)
        feed = frozenset(k for k in feed if not min(live) <= k <= max(live) + LIVE_ENTRY_SPAN)
    contents = contents_lines(measured)
    listed |= contents | listed_sections(measured, contents)  # (a table of contents between the text's opening and the rest: its entries
    # weigh nothing, its header as a cue; and the short lines of the sections it lists, their headings and items, as a list's)
    heads = listicle_heads(measured)
    listed |= listicle_lines(measured, heads)
    within = range(heads[0], heads[-1]) if heads else range(0)  # (a box between a listicle's items ends nothing: the items go on)
    metered = _metered_box(measured)
    out, streak = [], 0
    for k, line in enumerate(measured):
        if line.cue is STOCK_QUOTE:
            out.append(0.0)  # a share's quote set into the text ("NASDAQ: CRVN" / "$48.31↑$8.41(21.08%)") weighs nothing
            continue
        if k in ads:
            out.append(-float(line.words))  # an ad's lines set into the text weigh as a feed's, a run of them costing no more
            continue
        if k in live:
            out.append(0.0)  # a live page's times and headings, and the buttons between its entries
            continue
        if line.cue is not None and line.cue.name == "button-label" and k + 1 in coded and k not in coded:
            out.append(0.0)  # a code block's header and its button: "js 代码解读复制代码", "Copy code"
            continue
        ranked_row = k in ranked and k not in feed
        if (line.prose or k in rows) and k not in feed or ranked_row or _is_record(line):
            streak = 0
        elif not _is_neutral(line) and not line.duplicate and k not in listed:
            streak += 1
        carousel = k > 0 and line.cue is SHOP_BUTTON and measured[k - 1].cue is SHOP_BUTTON  # (a shop's carousel costs as one card)
        out.append(0.0 if k in listed and not (k in rows and (ranked_row or _is_record(line))) or carousel  # (a table's row with a score keeps a record's weight)
                   else RECORD_WEIGHT * line.words if ranked_row
                   else _weight(line, max(streak, 1), k in feed, walls=k not in within and k not in metered))
    return out


# A metered site's count of what a reader may still read, set into the text it lets them read on: "You have 1 free
# article remaining this month.", "3 of your 4 free articles", "Il vous reste 2 articles gratuits".
_METERED = re.compile(r"\b[1-9]\d?\s+(?:free\s+)?(?:articles?|stories|reads)\s+(?:left|remaining)\b|\b[1-9]\d?\s+of\s+your\s+\d{1,2}\s+free\s+(?:articles|stories)\b"
                      r"|\bil\s+vous\s+reste\s+[1-9]\d?\s+articles?\s+gratuits?\b", re.IGNORECASE)
METERED_BOX_LINES = 2
BUTTON_ROW_MAX_WORDS = 8


def _metered_box(measured: Sequence[Line]) -> frozenset[int]:
    """A paywall's lines that count what is left to read (`_METERED`), and the gate's buttons right under them ("Register
    for free | Subscribe for full access"): no wall, as the text goes on under them."""
    found: set[int] = set()
    for k, line in enumerate(measured):
        if line.cue is not None and line.cue.name == "paywall" and _METERED.search(line.text):
            found.add(k)
            found.update(j for j in range(k + 1, min(k + 1 + METERED_BOX_LINES, len(measured)))
                         if measured[j].cue is not None and measured[j].cue.name == "paywall" and measured[j].words <= BUTTON_ROW_MAX_WORDS)
    return frozenset(found)


def list_items(measured: Sequence[Line], rows: set[int] | None = None) -> set[int]:
    """Short lines under a line that ends with a colon ("Ingredients:"), up to the next prose or
    cue line: items of a list in the article, not a menu (menus have no introducing sentence); and a
    programme's rows (`schedule_rows`, or `rows` when the caller has them)."""
    items: set[int] = set()
    open_list = False
    for k, line in enumerate(measured):
        if line.cue is not None or line.prose:
            open_list = False
        elif open_list and not line.duplicate and not _LIST_HEADING.match(line.text):  # (the next list's heading: "Materials Required")
            items.add(k)
            if k - 1 in items and line.text.rstrip().endswith(".") and measured[k - 1].text.rstrip().endswith((",", ";")):
                open_list = False  # the last item ends the sentence its list began: "a mélygarázs," / "napelemek a tetőn."
        if _is_list_intro(line) or line.cue is None and _EXHIBIT_LABEL.match(line.text):
            open_list = True
    return items | (schedule_rows(measured) if rows is None else rows) | _bulleted_rows(measured)


# The label over a table or a listing of the text's own, its number then its title ("Tabelle 1: Metriktypen in
# prometheus_client", "Listing 2: Ausgabe des Exporters", "Table 3. Results by region"): its rows are the list's items.
_EXHIBIT_LABEL = re.compile(r"^(?:tabelle|table|tableau|tabla|tabella|tabel|tabela|listing|listado|code\s+listing)\s+\d{1,2}[a-z]?\s*[:.–—]\s*\S",
                            re.IGNORECASE)


# A list's item that keeps its bullet in the copy: "- 1 litro de leche entera", "• 300 g flour".
_BULLETED = re.compile(r"^\s*[-–•·▪*]\s+\S")
BULLETED_MIN_ROWS = 3


def _bulleted_rows(measured: Sequence[Line]) -> set[int]:
    """Lines with a bullet, BULLETED_MIN_ROWS or more in one block (one under the other, no blank
    line between): a list of the text's own, its heading no colon ("Ingredientes (para unas 30
    croquetas)" / "- 300 g de carne ..." / "- 1 litro de leche entera" / ...)."""
    return _rows_in_runs(measured, lambda line: bool(_BULLETED.match(line.text)), BULLETED_MIN_ROWS, one_block=True)


# A programme's row, a clock time then what happens at it: "19.00 Uhr: Festabend im Festzelt ...",
# "ab 15.00 Uhr: Ausklang", "9:30 a.m. – Opening remarks by the dean", "14h00 : table ronde".
_SCHEDULE_ROW = re.compile(r"^\W*(?:(?:ab|from|dès|desde|dalle|vanaf|fra|från)\s+)?\d{1,2}[:.h]\d{2}"
                           r"(?:\s*(?:uhr|h|[ap]\.?m\.?))?\s*(?:[:–—-]\s*|\s+)[^\W\d_]", re.IGNORECASE)


def schedule_rows(measured: Sequence[Line]) -> set[int]:
    """A programme's rows (`_SCHEDULE_ROW`), SCHEDULE_MIN_ROWS or more one under the other, each of
    three words at least: items of the text's own list, like a list's under its colon; the times in
    a menu or a feed head no such run."""
    return _rows_in_runs(measured, lambda line: line.words >= 3 and bool(_SCHEDULE_ROW.match(line.text)), SCHEDULE_MIN_ROWS)


# A row of a table of figures in the text, its cells on one line, a label and then a figure last: "Bettina Aeschbach
# FDP 2'914", "Ja 3'106 58,9 %", "Vereinzelte – 63", "Mietwagen (7 Tage, inkl. Winterreifen) 640 €" (thousands apart by an
# apostrophe, a dot, a comma or a space; a percent sign or a currency after the figure, or a sign or a currency before it:
# "Groningen €318.000 +13,4%"; and the figure's scale after it: "Pocahontas 4,870 $17.2 million").
_FIGURE_ROW = re.compile(r"^(?=.*[^\W\d_]{2})[^!?]{1,80}?\s[+−–-]?(?:[€$£¥₽₹]\s?)?(?:\d{1,3}(?:['’.,\u00a0 ]\d{3})+|\d+)(?:[.,]\d+)?\s*(?:%|[€$£¥₽₹]|[A-Z]{3}|kr|zł|Kč|Ft)?"
                         r"(?:\s(?:million|billion|trillion|millions|milliards?|millones|milhões|Millionen|Milliarden|Mio\.|Mrd\.|bn|m))?$"
                         # ...or two figures or more side by side, then a last cell in words: "Cataluña 4.300 4.150 Secundaria y FP"
                         r"|^(?=.*[^\W\d_]{2})[^!?]{1,60}?(?:\s[+−–-]?\d{1,3}(?:['’.,]\d{3})*(?:[.,]\d+)?%?){2,}(?:\s+(?:[^\W\d_][\w.]*|[—–-])){1,4}$")
FIGURE_ROW_MAX_WORDS = 12
TABLE_MIN_ROWS = 3


# A shell's prompt that names the user and the host, then the directory: "pi@vpn:~ $ sudo -i", "root@vpn:/etc/wireguard# umask 077",
# "[admin@web01 ~]$ df -h", or PowerShell's: "PS C:\\Users\\anna> Get-Service".
_HOST_PROMPT = r"(?:\[?[\w.-]+@[\w.-]+(?::(?:[~/][^\s$#]*)?|\s+[^\]\s]+\])\s?[$#]|PS\s+[A-Z]:\\[^>]*>)\s*\S"


# A line of a program or a shell session set into the text (a tech blog's code block): a prompt ("$ kubectl apply -f
# job.yaml"), a key and its value ("apiVersion: argoproj.io/v1alpha1", "- name: extract"), a block's key ("metadata:"),
# brackets or a statement's end ("}", "fmt.Println(err)", "return nil;"), an arrow or an assignment ("x := f()").
_CODE_LINE = re.compile(r"""^(?: [$#>]\s+[\w./~-]+(?:\s|$) | """ + _HOST_PROMPT + r""" | \#!/\S+   # a prompt and its command, a shebang
    | (?:-\s+)?[a-z_][\w.-]*:(?:\s+\S.*)?$ | (?:-\s+)?[A-Z][A-Z0-9]*_[A-Z0-9_]*:\s | -\s+[^\s:]+:\S+$   # keys: "metadata:", "MYSQL_HOST: db", "- ./db:/data"
    | [}\])]+[\w.,;()]*$ | [{\[(]$ | .*[;{(\[]$ | .*;\s*(?://.*|/\*.*\*/)$   # brackets, a statement's end, a comment after it
    | \[[A-Za-z][\w.:" -]{0,30}\]$   # a configuration file's section: "[Interface]", "[Service]", '[remote "origin"]'
    | .*\w=[\w"'\[{(] | .*\s=$ | [A-Za-z_][\w.]*\S*\s[-+*/|&]?=\s | .*\$\{\w+\} | "[^"]*",$   # assignments, arguments, variables, literals
    | [a-z][a-z0-9]*(?:_[a-z0-9]+)+\s+\S.*   # a setting's name in snake case and its values
    | (?:if|elif|else|for|while|with|try|except|finally)\b.*:$ | (?:yield|raise|sudo|echo|systemctl|apt|export)\s+\S.*
    | [a-z_]\w*\s+(?:INTEGER|INT|BIGINT|TEXT|BLOB|REAL|VARCHAR|CHAR|BOOLEAN|TIMESTAMP|DATE|NUMERIC|SERIAL|UUID|JSONB?)\b.*   # a column
    | .*[\w.]\([^()]*\)[,;]?$ | .*(?:=>|:=|==|!=|\(\)|</\w|/>).*   # a call, an operator, a tag closed
    | (?:import|from|def|class|func|fun|override|val|public|private|static|struct|enum|impl|async|await|package|return|const|let|var
    |SELECT|FROM|WHERE|INSERT|UPDATE|CREATE|ORDER|GROUP|LIMIT|JOIN|VALUES|RETURNING|HAVING|\#include|pip|npm|git|docker|kubectl|curl|go|cargo
    |pip3|python3?|npx|yarn|pnpm|uv|poetry|conda|brew|cmake|dnf|yum|pacman|wget|chmod|mkdir|cd|ls)\s+\S.*
    | \./[\w.-]+(?:\s+\S.*)?$ | make(?:\s+-[\w=]+|\s+(?:install|altinstall|all|clean|test|check|build|release|dist))*$ )""",  # (a build: "./configure --disable-gil" / "make -j8")
                        re.VERBOSE)
CODE_MIN_LINES = 3


# A shell session's line: its prompt, then a command in lower case ("$ kubectl patch cronjob ...", "# echo 500 > ..."), or a
# database's or an interpreter's prompt ("postgres=# ALTER SYSTEM ...", "postgres-#   FROM ...", "mysql> ...", ">>> ...").
_HOST_PROMPTED = re.compile("^" + _HOST_PROMPT)
_PROMPT_LINE = re.compile(r"^(?:[$#]\s+[a-z][\w.-]*(?:\s|$)|[\w-]+[=-]#\s*\S|mysql>\s*\S|>>>\s*\S|" + _HOST_PROMPT + ")")
PROMPT_MIN_LINES = 2
SESSION_OUTPUT_LINES = 12


def _unbarred(line: Line) -> bool:
    """No barrier's cue reads the line (`BARRIER_CUES`)."""
    return line.cue is None or line.cue.name not in BARRIER_CUES


def code_lines(measured: Sequence[Line]) -> set[int]:
    """A code block's lines (`_CODE_LINE`): CODE_MIN_LINES or more one under the other with no blank line between them,
    or PROMPT_MIN_LINES commands at a shell's prompt (`_PROMPT_LINE`), none a sentence of prose nor a barrier's cue,
    weighed like a table's rows (the text goes on across it); and a line of code CODE_GAP_LINES lines or fewer from such a
    block, blank lines between (a program's parts set apart: its imports, a function, the next)."""
    def is_code(line: Line) -> bool:
        return _unbarred(line) and (not line.prose or bool(_LONG_SETTING.match(line.text))) and bool(_CODE_LINE.match(line.text))
    found = (_rows_in_runs(measured, is_code, CODE_MIN_LINES, one_block=True, cued=True) | shell_sessions(measured) | _braced(measured)
             | _under_code_header(measured))
    # (a key that names a cue's word: "image: registry.local/report:1.4")
    grew = bool(found)
    while grew:
        near = {j for k in found for j in (k - 1, k + 1) if 0 <= j < len(measured) and j not in found
                and abs(measured[j].index - measured[k].index) <= CODE_GAP_LINES and is_code(measured[j])}
        found |= near
        grew = bool(near)
    # (and a line between two of a block's, right under and over them, that reads as no prose: "OVERWRITEPROTOCOL: https"; a
    # key of a word or two there is the block's even where a footer's link would be a barrier: a workflow's "jobs:")
    return found | {k for k in range(1, len(measured) - 1) if k - 1 in found and k + 1 in found and k not in found
                    and (_unbarred(measured[k]) or measured[k].words <= 2 and bool(_CODE_LINE.match(measured[k].text)))
                    and not measured[k].prose and measured[k + 1].index - measured[k - 1].index == 2}


CODE_GAP_LINES = 3
# A code block's header, which names its language over its copy button: "js 代码解读复制代码" (Juejin's), "bash 代码解读复制代码".
_CODE_HEADER = re.compile(r"^\s*[a-z][\w+#-]{0,11}\s+代码解读\s*复制代码\s*$", re.IGNORECASE)
CODE_HEADER_MAX_LINES = 80


def _under_code_header(measured: Sequence[Line]) -> set[int]:
    """The lines under a code block's header (`_CODE_HEADER`) up to a blank line, a paragraph or a cue's line, CODE_HEADER_MAX_LINES
    at most: the block, however few its lines ("bash 代码解读复制代码" / "pnpm add lodash-es") or unlike code they read ("<script setup>")."""
    found: set[int] = set()
    for k, line in enumerate(measured):
        if not _CODE_HEADER.match(line.text):
            continue
        for j in range(k + 1, min(k + 1 + CODE_HEADER_MAX_LINES, len(measured))):
            below = measured[j]
            if below.prose or below.cue is not None or below.index - measured[j - 1].index > (2 if j == k + 1 else 1):
                break
            found.add(j)
    return found
# A setting whose value runs long enough to read as a sentence, with no sentence's end: 'PostUp = nft add table ip wg; nft
# add chain ... masquerade' (not "Persistent=true sorgt dafür, dass ... nachgeholt wird.").
_LONG_SETTING = re.compile(r"^[A-Za-z_][\w.-]*\s?[:+-]?=\s*\S.*[^.!?。！？\s]\s*$")


BRACED_MAX_LINES = 40


def _braced(measured: Sequence[Line]) -> set[int]:
    """A block between a line that opens a brace and the line that closes it, BRACED_MAX_LINES lines or fewer, none prose
    nor a barrier's cue, CODE_GAP_LINES at most between two of them ("cloud.exemple.fr {" / "reverse_proxy app:80" / "}")."""
    found: set[int] = set()
    for k, line in enumerate(measured):
        if k in found or line.prose or not line.text.rstrip().endswith("{"):
            continue
        for j in range(k + 1, min(k + BRACED_MAX_LINES, len(measured))):
            below = measured[j]
            if below.prose or below.index - measured[j - 1].index > CODE_GAP_LINES or not _unbarred(below):
                break
            if _CLOSING_BRACE.match(below.text):
                found.update(range(k, j + 1))
                break
    return found


_CLOSING_BRACE = re.compile(r"^[}\])]*\}[}\])]*[\w.,;()]*$")


def shell_sessions(measured: Sequence[Line]) -> set[int]:
    """A shell session's lines: PROMPT_MIN_LINES commands at its prompt (`_PROMPT_LINE`) or more in one block, with what they
    print between them (SESSION_OUTPUT_LINES lines or fewer after each, none prose: "# cat .../dirty_budget_ms" / "2000" / "# echo 500 >
    ..."), and after the last one when the block ends there (a blank line under it: a squeezed page's next line may be a heading);
    or a block of its own, blank lines around it, of one command at a "$" prompt and what it prints ("$ curl -s
    localhost:9154/metrics | grep postfix_queue" / "# HELP postfix_queue_messages ..." / ...), or of one command alone at a
    prompt that names its host ("pi@vpn:~ $ sudo apt install -y wireguard")."""
    found: set[int] = set()
    k = 0
    while k < len(measured):
        if not _PROMPT_LINE.match(measured[k].text) or not _unbarred(measured[k]):
            k += 1
            continue
        run, last_prompt, j = [k], 0, k + 1
        while j < len(measured) and measured[j].index == measured[j - 1].index + 1 and not measured[j].prose and _unbarred(measured[j]):
            if _PROMPT_LINE.match(measured[j].text):
                last_prompt = len(run)
            elif len(run) - last_prompt > SESSION_OUTPUT_LINES:
                break
            run.append(j)
            j += 1
        ends_block = j >= len(measured) or measured[j].index != measured[j - 1].index + 1
        starts_block = k == 0 or measured[k - 1].index != measured[k].index - 1
        if sum(bool(_PROMPT_LINE.match(measured[i].text)) for i in run) >= PROMPT_MIN_LINES:
            found.update(run if ends_block else run[:last_prompt + 1])
        elif starts_block and ends_block and (len(run) > 1 and measured[k].text.startswith("$") or _HOST_PROMPTED.match(measured[k].text)):
            found.update(run)
        k = j
    return found


def _code_uncued(measured: list[Line], code: frozenset[int], blocks: frozenset[int] = frozenset()) -> list[Line]:
    """A code block's line (`code_lines`) is the block's, no cue's ("image: registry.local/report:1.4"); and one said twice
    in a block set as code (`blocks`) is no repeated label ("template: run-job" under each of a workflow's tasks)."""
    for k in code:
        if measured[k].cue is not None or (k in blocks and measured[k].duplicate):
            measured[k] = replace(measured[k], cue=None, duplicate=measured[k].duplicate and k not in blocks,
                                  template=measured[k].template and k not in blocks)
    return measured


# A line only a program's or a shell's would be: a prompt and a command, a bracket alone, a line that opens a block
# ("{"), an operator ("=>", ":=", "=="), a call ("Analytics.Builder(context)"), a tag closed, a keyword ("import", "func",
# SQL's "SELECT" in capitals), a key in lower case and its value ("apiVersion: argoproj.io/v1alpha1"); a list's item
# that ends with a semicolon ("farine de blé : 78 FCFA ;", "Pernambuco: 9.100;") is none of them.
_SURE_CODE_LINE = re.compile(r"""^(?: [$#]\s+[a-z] | """ + _HOST_PROMPT + r""" | [\w-]+[=-]\#\s*\S | mysql>\s*\S | >>>\s*\S | \#!/ | [}\])]+[,;]?$ | [{\[(]$ | .*\{$ | .*(?:=>|:=|==|!=|\(\)|</\w|/>) | .*[\w.]\([^()]*\)[,;]?$
    | [a-z_]\w*\s+(?:INTEGER|INT|BIGINT|TEXT|BLOB|REAL|VARCHAR|CHAR|BOOLEAN|TIMESTAMP|DATE|NUMERIC|SERIAL|UUID|JSONB?)\b
    | \[[A-Za-z][\w.:" -]{0,30}\]$ | [A-Za-z_][\w.-]*\s=\s\S   # a configuration file's section and its settings: "[Peer]", "ListenPort = 51820"
    | (?:import|def|func|fun|override|package|\#include|fn|SELECT|FROM|WHERE|INSERT|UPDATE|CREATE|DELETE|SET|ORDER|GROUP|LIMIT|JOIN|VALUES|RETURNING)\s | (?:-\s+)?[a-z_][\w.-]*:(?:\s+\S+)?$ )""",
                             re.VERBOSE)


def code_blocks(measured: Sequence[Line], code: frozenset[int]) -> frozenset[int]:
    """The lines of `code_lines`' runs (CODE_GAP_LINES apart at most) that are set as a code block: half of them or more
    sure to be a program's (`_SURE_CODE_LINE`), or the first at a shell's prompt (what it prints may be anything); a list
    whose items end in a semicolon stays a list."""
    blocks: set[int] = set()
    run: list[int] = []
    for k in sorted(code) + [-1]:
        if run and k == run[-1] + 1 and measured[k].index - measured[run[-1]].index <= CODE_GAP_LINES:
            run.append(k)
            continue
        if run and (_PROMPT_LINE.match(measured[run[0]].text) or 2 * sum(bool(_SURE_CODE_LINE.match(measured[j].text)) for j in run) >= len(run)):
            blocks.update(run)
        run = [k]
    return frozenset(blocks)


def figure_rows(measured: Sequence[Line], ranked: set[int] | None = None, code: frozenset[int] | None = None) -> set[int]:
    """A table's rows of figures (`_FIGURE_ROW`), TABLE_MIN_ROWS or more one under the other, each of two to
    FIGURE_ROW_MAX_WORDS words: the text's own table (a vote's results), weighed like a list's items; a menu's
    or a footer's lines end in no figures; with the results tables' rows (`ranked_rows`, or `ranked` when the caller has them)
    and the code blocks' lines."""
    return _rows_in_runs(measured, lambda line: 2 <= line.words <= FIGURE_ROW_MAX_WORDS and bool(_FIGURE_ROW.match(line.text)),
                         TABLE_MIN_ROWS) | _shaped_rows(measured) | _tabbed_rows(measured) | (ranked_rows(measured) if ranked is None else ranked) | (code_lines(measured) if code is None else code)


SHAPED_TABLE_MIN_ROWS = 4
# A results table's row, its rank first, then a name with a bracket or a figure after it: "2 Luca Bergamini (Ita)
# Corvo-Vettore", "3. Frederik Rasmussen (Nordlys) a 41\"", "1 Arsenal 38 89", or a score with decimals among its cells: "1
# Hanseatische Vermögenstreuhand Hamburg 94,1 summa cum laude"; a most-read list's numbered headlines carry none.
_RANKED_ROW = re.compile(r"^\s*(\d{1,3})(?:[.)]|\s*[-–])?\s+(?=[^\W\d_])(?:.*\([^()]{1,40}\)|.*\s\d[\d:'’\".,]*(?:[hms]|pts?|points?|pkt\.?)?[\"”]?$"
                         r"|.*\s\d+[.,]\d+(?:\s|$))",
                         re.IGNORECASE)
# ...or a team sheet's, a shirt's number and a player's name, perhaps the captain's mark: "1. Julien Abadie", "10. Antoine Ribaut (cap.)"
_SQUAD_ROW = re.compile(r"^\s*(\d{1,2})[.)]?\s+(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+(?:\s*\([^()]{1,12}\))?\s*$")
RANKED_ROW_MAX_WORDS = 16  # (the winner's row carries the distance and the average: "1. Alessio Moretti (Lombardia Bike Team) km 222 in 6h12'48\" media 35,729")


def ranked_rows(measured: Sequence[Line]) -> set[int]:
    """A results table's rows (`_RANKED_ROW`), SHAPED_TABLE_MIN_ROWS or more one under the other, each of three to
    RANKED_ROW_MAX_WORDS words, their ranks counting up one by one: a race's classification, a league's standings,
    weighed as a record is (the text goes on down them to its end)."""
    rows: set[int] = set()
    run: list[int] = []
    last = None
    for k in range(len(measured) + 1):
        line = measured[k] if k < len(measured) else None
        match = (line is not None and line.cue is None and not line.prose and (
            3 <= line.words <= RANKED_ROW_MAX_WORDS and _RANKED_ROW.match(line.text) or _SQUAD_ROW.match(line.text)))
        rank = int(match.group(1)) if match else None
        if rank is not None and run and last is not None and rank == last + 1:
            run.append(k)
        else:
            if len(run) >= SHAPED_TABLE_MIN_ROWS:
                rows.update(run)
            run = [k] if rank is not None else []
        last = rank
    return rows
_CELL_SHAPE = re.compile(r"\d+(?:[.,:/'’]\d+)*%?|[^\W\d_][^\s\d]*")


def _row_shape(line: Line) -> str | None:
    """A row's shape: its words and figures in order, a run of words as one ("Ashby 6 to 8 inches" and "New Dorset 6 to 8
    inches": "w9w9w"); None for a line that starts with no word, has one figure last, or is a date."""
    if not 2 <= line.words <= FIGURE_ROW_MAX_WORDS or line.prose or not any(c.isdigit() for c in line.text):
        return None
    shape = re.sub(r"w+", "w", "".join("9" if c[0].isdigit() else "w" for c in _CELL_SHAPE.findall(line.text)))
    # (a label first, then two figures or a figure between words: not a count after a word, "共感した 312", nor a route's number first)
    # (nor a forecast's day: "Miércoles 105° / 80°", the weather widget's)
    return (shape if (shape[0] == "w" and (shape.count("9") >= 2 or "9w" in shape) or shape.count("9") >= 3)  # (or a year's row of prices)
            and parse_date_line(line.text) is None
            and not WEEKDAY.match(line.text) and not _DATED_ITEM.match(line.text) else None)  # (nor a tour's dated stop: a list's item)


def _shaped_rows(measured: Sequence[Line]) -> set[int]:
    """A table's rows of words and figures that `_FIGURE_ROW` does not read ("Ashby 6 to 8 inches", "Andalucía 5.120 6.400
    Maestros"): SHAPED_TABLE_MIN_ROWS or more one under the other, no cue, each of the same shape (`_row_shape`)."""
    rows: set[int] = set()
    run: list[int] = []
    shape = None
    for k in range(len(measured) + 1):
        now = _row_shape(measured[k]) if k < len(measured) and measured[k].cue is None else None
        if now is not None and now == shape:
            run.append(k)
            continue
        if len(run) >= SHAPED_TABLE_MIN_ROWS:
            rows.update(run)
        run, shape = ([k], now) if now is not None else ([], None)
    return rows


def _tabbed_rows(measured: Sequence[Line]) -> set[int]:
    """A table's rows as a browser copies them, their cells a tab apart ("Merkmal\tTagesgeld\tFestgeld" /
    "Verfügbarkeit\ttäglich\terst zum Laufzeitende" / ...): TABLE_MIN_ROWS or more one under the other (a blank line
    between them or not), no cue, each with as many cells, two or more, and none of them prose."""
    rows: set[int] = set()
    run: list[int] = []
    cells = 0
    for k in range(len(measured) + 1):
        line = measured[k] if k < len(measured) else None
        now = tab_cells(line.text) if line is not None and line.cue is None and not line.prose else 1
        if now >= 2 and now == cells:
            run.append(k)
            continue
        if len(run) >= TABLE_MIN_ROWS:
            rows.update(run)
        run, cells = ([k], now) if now >= 2 else ([], 0)
    return rows


def _rows_in_runs(measured: Sequence[Line], is_row: Callable[[Line], bool], min_rows: int, one_block: bool = False,
                  cued: bool = False) -> set[int]:
    """The lines of runs of `min_rows` or more rows one under the other (`is_row`, no cue unless `cued`; in `one_block`, no
    blank line between them either), but for those that read as prose."""
    rows: set[int] = set()
    run: list[int] = []
    for k in range(len(measured) + 1):
        line = measured[k] if k < len(measured) else None
        row = line is not None and (cued or line.cue is None) and not (cued and line.prose) and is_row(line)
        if row and (not run or not one_block or line.index == measured[run[-1]].index + 1):
            run.append(k)
            continue
        if len(run) >= min_rows:
            rows.update(j for j in run if not measured[j].prose)
        run = [k] if row else []
    return rows


def _is_list_intro(line: Line) -> bool:
    """Ends with a colon, perhaps with a reference's number after it ("... the following are typical:1");
    or heads a how-to's list of what it takes ("Tools Required")."""
    return line.cue is None and (bool(_LIST_INTRO_END.search(line.text)) and line.words >= LIST_INTRO_MIN_WORDS
                                 or bool(_LIST_HEADING.match(line.text)))


# The heading of what a how-to takes, over its list: "Tools Required", "Materials Required", "What you'll
# need" (not a recipe card's "Ingredients": the card's buttons and ratings come with it); or of a company's results
# over their points: "Fourth Quarter Fiscal 2024 Highlights", "Financial Highlights" (not a match's or a video's).
_LIST_HEADING = re.compile(r"^\W*(?:(?:tools?|materials?|supplies|equipment)\s+(?:required|needed|list)|(?:what\s+)?you(?:['’]ll|\s+will)\s+need"
                           r"|werkzeug|material(?:ien)?"
                           r"|(?!(?:match|game|video|extended|watch|race|fight|show)\b)(?:[\w-]+\s+){1,5}(?-i:H)ighlights)\W*$", re.IGNORECASE)


_LIST_INTRO_END = re.compile(r"(?:[:：]|[^\W\d_]:(?:\d{1,2}|\s*\[\d{1,3}\]))$")  # (the reference glued on: not a label's value, "Your referral count: 0")


def _weight(line: Line, streak: int, in_feed: bool, walls: bool = True) -> float:
    """`walls`: a barrier's cue (BARRIER_CUES) ends the text here."""
    if line.cue is not None:
        wall = walls and line.cue.name in BARRIER_CUES and line.words <= BARRIER_MAX_WORDS and not _BARE_CREDIT.match(line.text)
        return -BARRIER_PENALTY if wall else -max(line.words, CUE_PENALTY)
    if in_feed:
        return -line.words
    if line.duplicate:
        return -SHORT_LINE_PENALTY
    if line.prose:
        return line.words
    if _is_record(line):
        return RECORD_WEIGHT * line.words
    if _is_neutral(line):
        return 0.0
    if line.words >= PROSE_MIN_WORDS:
        return NON_SENTENCE_WEIGHT * line.words
    return -SHORT_LINE_PENALTY * streak


def _is_neutral(line: Line) -> bool:
    return _is_short_sentence(line) or line.attribution or _is_record(line)


# A score or tally: "70-44", "3–1", "1-0-2" (not a time "8:41", not a date "2019-11-19").
_RESULT = r"""(?<![\d:/.-])\d{1,3}(?:\s?[-–]\s?\d{1,3}){1,2}(?![\d:/.-])"""
# ...or a row of a table: "Rockledge 14 11 6 15 — 44" (three numbers side by side; dates and times never put bare numbers
# next to each other)
_TABLE_ROW = re.compile(r"""(?<![\d:/.,-])\d{1,3}(?:\s\d{1,3}){2,}(?![\d:/.,-])
    # ...or of a table of measurements: "Ashes Eternal 92.4 96.1 88.7", "Cinebench R20 (points) 4,812 3,624"
    | (?<![\d:/.,-])\d{1,3}(?:,\d{3})*\.\d{1,3}%?(?:\s+\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?%?){2,}(?![\d:/.,-])
    | (?<![\d:/.,-])\d{1,3}(?:,\d{3})+(?:\s+\d{1,3}(?:,\d{3})+){1,}(?![\d:/.,-])
    # ...with decimal commas and points between the thousands, signed: "Noordmelk 58,25 56,75 +1,50",
    # "Genova 2.512.000 2.338.000 +7,4%"
    | (?<![\d:/.,-])[+−-]?\d{1,3}(?:(?:\.\d{3})+(?:,\d{1,2})?|,\d{1,2})%?(?:\s+[+−-]?\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?%?){2,}(?![\d:/.,-])
    # ...or prices in cents side by side, each with its currency's sign: "Vienreizējā e-biļete 1,50 € 1,80 €", "Day pass $5.00 $6.00"
    # (a review's "Price (USD) $449 $499 $549" closes its spec table, over its related box: not a row the text goes on after)
    | (?<![\d:/.,-])(?:[$£€¥]\s?\d{1,6}[.,]\d{2}|\d{1,6}[.,]\d{2}\s?[$£€¥])(?:\s+(?:[$£€¥]\s?\d{1,6}[.,]\d{2}|\d{1,6}[.,]\d{2}\s?[$£€¥])){1,}
      (?![\d:/.,-])""", re.VERBOSE)
# ...or the placings of an event, first and second with their marks: "100m: 1 Jordan Fitch (Tremley) 10.68, 2 Ollie Grant ...".
_PLACINGS = r"""(?<![\d.])1\s+(?-i:[A-ZÀ-Þ])[^,\d]{2,60}\d[\d:.,]*[a-z]{0,3}(?:\s(?-i:[A-Z]{1,3}))?,\s+2\s+(?-i:[A-ZÀ-Þ])"""
_SCORE = re.compile(rf"{_RESULT}|{_TABLE_ROW.pattern}|{_PLACINGS}", re.VERBOSE)


def _is_record(line: Line) -> bool:
    """A result line ("Palm Bay d. Rockledge 70-44"): names beside a score, as in a sports
    round-up; or a roll of people's names (`_is_name_roll`). Neutral like a short sentence: menus
    and teaser lists carry no scores."""
    return (line.cue is None and (line.words >= 3 and bool(_SCORE.search(line.text)) and bool(_LETTER.search(line.text))
                                  or _is_name_roll(line)))


# A roll of names: NAME_ROLL_MIN or more, between commas, each of two to four capitalised words ("Addison Ballard, Brayden
# Carver, Emma Kate Cofer, ..."), as an honour roll, a team sheet or a list of graduates prints them; a tag list's items
# are single words, a menu's are not between commas.
_ROLL_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’.-]+$")
NAME_ROLL_MIN = 8


def _is_name_roll(line: Line) -> bool:
    if line.text.count(",") < NAME_ROLL_MIN - 1:
        return False
    items = [item.strip().rstrip(".") for item in line.text.split(",")]
    return sum(bool(_ROLL_NAME.match(item.removeprefix("and ").strip())) for item in items) >= max(NAME_ROLL_MIN, 0.8 * len(items))


def _is_short_sentence(line: Line) -> bool:
    """A one-line paragraph or question ("Shall we begin?"): neutral, neither body nor chrome."""
    return line.sentence and SHORT_SENTENCE_MIN_WORDS <= line.words < PROSE_MIN_WORDS


@dataclass(frozen=True)
class Body:
    """Where the article is: positions `start`..`end` in `measured`, minus the `gaps` (a photo
    gallery or an ad that interrupts the text)."""

    start: int
    end: int
    gaps: frozenset[int] = frozenset()
    tail: int | None = None
    """Where the lines after the article's last paragraph begin, when they are kept (`_with_tail`, `_with_facts`)."""
    headings: frozenset[int] = frozenset()
    """Positions of headings the body's shape tells, not their own: the names of numbered cards (`_through_numbered_cards`)."""
    plain: frozenset[int] = frozenset()
    """...and of short lines it keeps as paragraphs, though shaped as headings: an event card's time, place and price (`_through_event_cards`)."""

    def __contains__(self, k: int) -> bool:
        return self.start <= k <= self.end and k not in self.gaps


NO_BODY = Body(0, -1)


def find_body(measured: Sequence[Line], ticker: frozenset[int] | None = None, code: frozenset[int] | None = None,
              live: frozenset[int] | None = None) -> Body:
    """The body run; NO_BODY if there is none.

    Barrier lines cut the page into stretches; each stretch's best run is its maximum-sum
    segment of line weights, and the first stretch whose best run is substantial wins. Prose
    on the far side of an insert that says the story continues, or of a photo gallery, joins it."""
    live = live_entry_lines(measured) if live is None else live  # (the caller's, when it has them)
    weights = _weights(measured, ticker_lines(measured) if ticker is None else ticker, code, live)
    stretches = _stretches(weights)
    runs = [(*_best_run(weights, lo, hi), (lo, hi)) for lo, hi in stretches]
    runs = _before_comments(measured, runs)
    top = max((score for score, _, _ in runs), default=0.0)
    if top <= 0:
        return _short_sentences(measured)
    (start, end), (lo, hi) = next((span, bounds) for score, span, bounds in runs
                                  if score >= FIRST_STRETCH_SHARE * top)
    body = _across_inserts(measured, weights, Body(start, end), lo, hi)
    while (joined := _across_appeal(measured, weights, body)) is not None:
        body, hi = joined
        body = _across_inserts(measured, weights, body, body.end + 1, hi)
    while (joined := _across_block(measured, weights, body)) is not None:
        body = joined
    while (joined := _over_table(measured, weights, body, lo)) is not None:
        body = joined
    body = _through_numbered_cards(measured, body)
    body = _through_event_cards(measured, body)
    if (carded := _with_recipe_card(measured, body)).start < body.start:
        carded = _across_inserts(measured, weights, carded, min(lo, carded.start), hi)  # (the post over its card, above an ad's label)
    body = carded
    listed_end = _through_list(measured, body.end)
    facts_end = _with_facts(measured, listed_end)
    end = _with_closing(measured, body.start, facts_end)
    tail = _with_tail(measured, end)
    start = _under_head_signature(measured, body.start, end, live)
    start = _with_lede(measured, start) if start == body.start else start
    while start > 0 and start - 1 in live and measured[start - 1].cue is None:
        start -= 1  # (the first entry's time and heading over its paragraph: "4:51 p.m. ET" / "That's a wrap")
    return replace(body, start=start, end=tail, tail=end + 1 if tail > end else listed_end + 1 if facts_end > listed_end else None)


# A numbered card's number alone on its line, under the card's name: "Taberna da Rua das Flores" / "1." / the photo's credit /
# the address / the phone / the card's text (a guide's map of places, Eater's).
_CARD_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s*$")
CARD_LEAD_SPAN = 8
"""The next card's number is at most this many lines under the last card's text (past a box of links, a newsletter's form, the card's name)."""
CARD_TEXT_SPAN = 8
"""A card's text begins at most this many lines under its number (past the photo, its credit, the address, the phone, buttons)."""
NUMBERED_CARDS_MIN = 3
"""Numbered cards, one to N in order, each with a paragraph of text, at least this many: the article goes on through them."""


def _through_numbered_cards(measured: Sequence[Line], body: Body) -> Body:
    """The body through the numbered cards under it (`_CARD_NUMBER`): each card's name and paragraphs join the text, the
    rest of each card (the number, the photo's credit, the address, the phone, a "Visit Website" button) its gaps. Fewer than
    NUMBERED_CARDS_MIN cards, or numbers out of order, leave the body as it was."""
    expected, last, cards, gaps, names = 1, body.end, 0, set(body.gaps), set()
    while True:
        marker = next((j for j in range(last + 1, min(last + 1 + CARD_LEAD_SPAN, len(measured))) if _CARD_NUMBER.match(measured[j].text)), None)
        if marker is None or int(_CARD_NUMBER.match(measured[marker].text)[1]) != expected:
            break
        text = next((j for j in range(marker + 1, min(marker + 1 + CARD_TEXT_SPAN, len(measured)))
                     if measured[j].prose and measured[j].cue is None or _CARD_NUMBER.match(measured[j].text)), None)
        if text is None or not measured[text].prose:
            break
        end = text
        while end + 1 < len(measured) and measured[end + 1].prose and measured[end + 1].cue is None:
            end += 1  # (its text in more paragraphs)
        name = marker - 1 if marker - 1 > last and measured[marker - 1].cue is None and not measured[marker - 1].sentence else None
        gaps |= {j for j in range(last + 1, text) if j != name}
        names |= set() if name is None else {name}
        expected, last, cards = expected + 1, end, cards + 1
    if cards < NUMBERED_CARDS_MIN:
        return body
    return replace(body, end=last, gaps=frozenset(gaps), headings=body.headings | frozenset(names))


# An event card's buttons under its paragraph: "Get Tickets", "Add to CalendarShare", "RSVP", "Tickets kaufen", "Ajouter au calendrier".
_EVENT_BUTTON = re.compile(r"^\W*(?:add\s+to\s+(?:my\s+|your\s+)?calendar|get\s+tickets|buy\s+tickets|rsvp\b|tickets\s+kaufen"
                           r"|zum\s+kalender\s+hinzufügen|in\s+den\s+kalender|ajouter\s+(?:à|au)\s+(?:mon\s+)?(?:agenda|calendrier)|acheter\s+des\s+billets"
                           r"|añadir\s+al\s+calendario|comprar\s+entradas|aggiungi\s+al\s+calendario|acquista\s+biglietti)", re.IGNORECASE)
EVENT_CARD_SPAN = 8
"""An event card's paragraph begins at most this many lines under the last card's buttons (past a section's label, the
card's name, its time, place and price, an ad, a newsletter's box)."""
EVENT_BUTTON_SPAN = 2
"""...and its buttons are at most this many lines under the paragraph."""
EVENT_CARDS_MIN = 3
"""Event cards, each a paragraph over its buttons, at least this many: the article (a listing's picks) goes on through them."""


def _through_event_cards(measured: Sequence[Line], body: Body) -> Body:
    """The body through the event cards under it: a listing's picks, each a name, its time, place and price, a paragraph,
    and the card's buttons (`_EVENT_BUTTON`). The name, the details and the paragraph join the text; the buttons, and any
    furniture between cards with a cue of its own or said as a sentence (a newsletter's "Want picks like these?"), are its
    gaps. Prose right under the last card's buttons (the listing's closing note) joins too. Fewer than EVENT_CARDS_MIN
    cards leave the body as it was."""
    last, cards, gaps, names, details = body.end, 0, set(body.gaps), set(), set()
    while True:
        text = next((j for j in range(last + 1, min(last + 1 + EVENT_CARD_SPAN, len(measured))) if measured[j].prose and measured[j].cue is None), None)
        if text is None:
            break
        end = text
        while end + 1 < len(measured) and measured[end + 1].prose and measured[end + 1].cue is None:
            end += 1  # (its text in more paragraphs)
        button = next((j for j in range(end + 1, min(end + 1 + EVENT_BUTTON_SPAN, len(measured))) if _EVENT_BUTTON.match(measured[j].text)), None)
        if button is None:
            break
        while button + 1 < len(measured) and _EVENT_BUTTON.match(measured[button + 1].text):
            button += 1  # ("Get Tickets" / "Add to CalendarShare")
        furniture = {j for j in range(last + 1, text) if measured[j].cue is not None and not _is_section_label(measured[j]) or measured[j].sentence}
        head = [j for j in range(last + 1, text) if j not in furniture]
        names |= set(head[:-1] if len(head) > 1 else head)  # (a section's label and the card's name over its time, place and price)
        details |= set(head[-1:] if len(head) > 1 else ())
        gaps |= furniture | set(range(end + 1, button + 1))
        last, cards = button, cards + 1
    if cards < EVENT_CARDS_MIN:
        return body
    while last + 1 < len(measured) and measured[last + 1].prose and measured[last + 1].cue is None:
        last += 1
    return replace(body, end=last, gaps=frozenset(gaps), headings=body.headings | frozenset(names), plain=body.plain | frozenset(details))


def _is_section_label(line: Line) -> bool:
    """A listing's section label between its cards, repeated from the page's menu: "Music", "Food & Drink"."""
    return line.cue is not None and line.cue.name == "repeated" and line.words <= 3 and not line.sentence


# A page's number among the article's pages, under its part of the text: "Página 1 de 3", "Page 2 of 4", "Seite 1 von 3",
# "Pagina 1 di 2", "Strona 1 z 3", "2/3ページ".
_PAGE_OF = re.compile(r"^\W*(?:page|página|pagina|seite|strona|sivu|side|sida|pagină|stránka|oldal)\s+(?P<page>\d{1,2})\s*(?:of|de|di|von|z|van|av|af|/|sur|из)\s*"
                      r"(?P<pages>\d{1,2})\W*$|^\W*(?P<jp>\d{1,2})\s*/\s*(?P<jps>\d{1,2})\s*ページ\W*$", re.IGNORECASE)
NEXT_PAGE_SPAN = 12
"""The page's number is at most this many lines under its part of the text."""
NEXT_PAGE_TEXT_SPAN = 40
"""...and the next page's part at most this many lines under the headline said again over it."""


def _with_next_pages(measured: Sequence[Line], body: Body) -> Body:
    """An article copied page after page, each page with its header and footer again: its number under the part of the
    text ("Página 1 de 3"), then, further down, the headline over the body said again, and the next part of the text under
    it. The parts are one text, the furniture between them its gaps. Without the page's number or the headline said again
    (a copy of one page, an infinite scroll's next article), the body as it was."""
    while body.end >= body.start:
        marker = next((k for k in range(body.end + 1, min(len(measured), body.end + 1 + NEXT_PAGE_SPAN))
                       if (m := _PAGE_OF.match(measured[k].text)) and int(m["page"] or m["jp"]) < int(m["pages"] or m["jps"])), None)
        if marker is None:
            return body
        heads = {normalise_line(measured[k].text) for k in range(max(0, body.start - HEADLINE_SEARCH_SPAN), body.start) if _is_headline_shaped(measured[k])}
        again = next((k for k in range(marker + 1, len(measured)) if normalise_line(measured[k].text) in heads), None)
        if again is None:
            return body
        part = find_body(measured[again + 1:])
        if part.end < part.start or part.start > NEXT_PAGE_TEXT_SPAN:
            return body
        first, last = again + 1 + part.start, again + 1 + part.end
        body = Body(body.start, last, body.gaps | frozenset(range(body.end + 1, first)) | frozenset(again + 1 + g for g in part.gaps),
                    None if part.tail is None else again + 1 + part.tail, body.headings, body.plain)
    return body


CONTENTS_GAP_SPAN = 60
"""A section its table of contents lists begins at most this many lines under the text's end (past a box of lenders'
offers, a rates widget, a sign-up form)..."""
CONTENTS_TEXT_SPAN = 3
"""...and its text begins at most this many lines under it (past a sub-heading: "Ways to strengthen your application" / "Improve
your credit" / paragraph)."""


def _through_contents(measured: Sequence[Line], body: Body, contents: frozenset[int]) -> Body:
    """The body through the sections its table of contents lists (`contents`, the page's `contents_lines`), past a box set between them: when a
    listed heading comes within CONTENTS_GAP_SPAN lines under the text's end and a text begins right under it ("The
    write-off problem" / its paragraphs, under NerdWallet's table of lenders), the heading and that text, as far as its
    weights run (`_extend`), join, and the lines between are gaps. Without a table of contents over the text, the body as it was."""
    listed = {_unnumbered(measured[k].text) for k in contents if k < body.end}
    while listed and body.end >= body.start:
        heading = next((k for k in range(body.end + 1, min(len(measured), body.end + 1 + CONTENTS_GAP_SPAN))
                        if measured[k].cue is None and not measured[k].prose and _unnumbered(measured[k].text) in listed), None)
        if heading is None:
            return body
        rest = measured[heading + 1:]
        first = next((j for j in range(min(CONTENTS_TEXT_SPAN, len(rest))) if _is_plain_prose(rest[j])), None)
        if first is None:
            return body  # (the text right under it, or nothing of the article's: a sub-heading over it at most)
        weights = _weights(rest, ticker_lines(rest))
        wall = next((j for j in range(first, len(rest)) if weights[j] <= -BARRIER_PENALTY
                     or rest[j].cue is not None and rest[j].cue.reason not in ("image-credit", "advertising")), len(rest))
        end = _extend(weights, first, wall, 1)  # (up to the page's furniture: its share buttons, its author's box)
        body = replace(body, end=heading + 1 + end, gaps=body.gaps | frozenset(range(body.end + 1, heading)), tail=None,
                       headings=body.headings | {heading})
    return body


# A recipe's card under (or as) the post: its ingredients' heading ("Ingredients", "Zutaten", "Ingrédients pour 6
# personnes"), the list under it (with its parts' labels: "For the batter", "Per il sugo"), then its method's heading
# ("Instructions", "Anleitungen", "Come preparare la parmigiana") and the steps under that, its notes too.
_INGREDIENTS_HEADING = re.compile(r"^\W*(?:ingredients?|zutaten|ingrédients|ingredienti|ingredientes|ingrediënten|składniki|ингредиенты)"
                                  r"(?:\s+(?:for|für|pour|per|para|voor|dla|на)\s+[^.!?]{1,30})?\W*$", re.IGNORECASE)
_METHOD_HEADING = re.compile(r"^\W*(?:instructions|directions|method|steps|preparation|anleitung(?:en)?|zubereitung|préparation|procédure|étapes"
                             r"|preparazione|procedimento|preparación|elaboración|modo\s+de\s+preparo|bereiding|przygotowanie|приготовление"
                             r"|(?:come\s+preparare|how\s+to\s+make|so\s+geht(?:'s|\s+es)|comment\s+préparer|cómo\s+preparar)\b[^.!?]{0,60})\W*$",
                             re.IGNORECASE)
# ...and where the card's own furniture begins under the steps: "Nutrition", "Nährwerte", "Keyword ...", "Tried this recipe?",
# the readers' reviews
_CARD_END = re.compile(r"^\W*(?:nutrition|nährwerte|valeurs\s+nutritionnelles|valori\s+nutrizionali|información\s+nutricional|voedingswaarde"
                       r"|keywords?\b|schlagwörter|tried\s+this\s+recipe|hast\s+du\s+(?:das|dieses)\s+rezept|vous\s+avez\s+testé"
                       r"|noter\s+cette\s+recette|rate\s+this\s+recipe|rezept\s+bewerten"
                       # ...or its readers' reviews: "Reviews Section", "Made it? Leave a review", "Kommentare"
                       r"|reviews?\b|ratings?\b|made\s+it\?|leave\s+a\s+(?:review|comment)|comments?\b|kommentare|bewertungen|commentaires|avis\b"
                       r"|commenti|recensioni|comentarios|reseñas|valoraciones)", re.IGNORECASE)
RECIPE_CARD_SPAN = 40
"""How far under the post's last paragraph its recipe's card may begin (past a list of other recipes, the card's times and buttons)."""
RECIPE_ITEMS_MAX = 40
"""The most lines between the ingredients' heading and the method's (the items, their parts' labels)."""
RECIPE_ITEM_MAX_WORDS = 14


def recipe_card(measured: Sequence[Line], lo: int, hi: int) -> tuple[int, int, int] | None:
    """A recipe's card whose ingredients' heading is between positions `lo` and `hi`: the positions of that
    heading, of its method's and of its last step or note (`_INGREDIENTS_HEADING`, then short lines, then
    `_METHOD_HEADING`, then the steps up to a cue, other than an advertisement's label, or the card's own
    furniture, `_CARD_END`); None when there is none."""
    for k in range(max(lo, 0), min(hi, len(measured))):
        if measured[k].cue is not None or not _INGREDIENTS_HEADING.match(measured[k].text):
            continue
        method = next((j for j in range(k + 1, min(k + 1 + RECIPE_ITEMS_MAX, len(measured)))
                       if measured[j].cue is None and _METHOD_HEADING.match(measured[j].text)), None)
        if method is None or method - k < 3 or any(measured[j].words > RECIPE_ITEM_MAX_WORDS and measured[j].prose
                                                   for j in range(k + 1, method)):
            continue  # (two items at least, none a paragraph)
        last = None
        for j in range(method + 1, len(measured)):
            line = measured[j]
            if _CARD_END.match(line.text) or line.cue is not None and line.cue.name != "advertising":
                break
            if line.prose or line.sentence:
                last = j
        return (k, method, last) if last is not None else None
    return None


def recipe_items(measured: Sequence[Line], body: Body) -> frozenset[int]:
    """The items of the body's recipe card (`recipe_card`), between its ingredients' heading and its method's:
    a list's items, not a menu's run of links."""
    card = recipe_card(measured, body.start, body.end)
    if card is None:
        return frozenset()
    return frozenset(j for j in range(card[0] + 1, card[1]) if measured[j].cue is None and not measured[j].duplicate)


def _with_recipe_card(measured: Sequence[Line], body: Body) -> Body:
    """The body with its recipe's card (`recipe_card`): under its last paragraph, the lines between them a gap
    (other recipes, the card's title, times and buttons); or around its start, when the card's method is where
    the body's run began (the items over it weigh as a menu's lines)."""
    card = recipe_card(measured, body.end + 1, body.end + 1 + RECIPE_CARD_SPAN)
    if card is not None and not any(m.cue is not None and m.cue.name == "comments" for m in measured[body.end + 1:card[0]]):
        return Body(body.start, max(card[2], body.end), body.gaps | frozenset(range(body.end + 1, card[0])), body.tail, body.headings, body.plain)
    card = recipe_card(measured, body.start - RECIPE_ITEMS_MAX - 1, body.start)
    if card is not None and card[2] >= body.start:
        return replace(body, start=card[0])
    return body


# A desk's credit, no person named: "Door de redactie van Geldwijzer.nl", "Von der Redaktion", "By the editors".
_DESK_CREDIT = re.compile(r"^\W*(?:door|by|von|par|por|di|da|av|af)\s+(?:(?:de|the|der|la|el|il|a|den)\s+)?(?:redactie|editors|redaktion|rédaction"
                          r"|redacción|redazione|redação|redaksjonen|redaktionen|newsroom|staff)\b"
                          # (or an app's desk with the agency's material: "upday-Redaktion mit Material von dpa")
                          r"|^\W*\S+-redaktion\s+mit\s+material\s+(?:von|der|des)\s+\S+", re.IGNORECASE)


def _under_head_signature(measured: Sequence[Line], start: int, end: int, live: frozenset[int] = frozenset()) -> int:
    """The run's start moved under a dated signature among its first lines, when the lines over it
    are a headline and a deck written as sentences ("A Still Life Looted by the Nazis Turned Up at
    a Small Auction House in Normandy. Now, It’s Going Back to Its Owner’s Heirs" / its deck /
    "Clara Demont & Ethan Wolcott, October 3, 2019" / the text): the page's header, which the run
    took in because its lines read as prose; only with an article's worth of prose under it."""
    for j in range(start + 1, min(start + HEAD_SIGNATURE_SPAN + 1, end) + 1):
        line = measured[j]
        if j > start + HEAD_SIGNATURE_SPAN and not _is_byline(measured[j - 1]):
            break  # (one line further down when its byline is on a line of its own over it)
        if line.prose or line.cue is not None or not _DATE_OR_TIME.search(line.text) or not _is_signature(line) or j in live:
            continue  # (a live entry's time is no signature: "03:45 p.m. | Se desborda el río ...")
        over = measured[start:j]
        if ((all(m.cue is None and (m.prose or m.sentence) and m.words <= SIGNED_DECK_MAX_WORDS
                 or k == j - 1 and (_is_byline(m) or _DESK_CREDIT.match(m.text) is not None) for k, m in enumerate(over, start))
                 and (over[-1].prose or over[-1].sentence or sum(m.prose or m.sentence for m in over) >= 2
                      or _DESK_CREDIT.match(over[-1].text) is not None)  # (its byline on a line of its own over it, under a headline
                 # and a deck, or a desk's credit under the deck: not a live page's post over its author and time)
                 or _is_lede_caption_over_headline(measured, start, j))
                and not any(_is_signature(m) for m in measured[j + 1:j + 1 + HEAD_SIGNATURE_SPAN + 1])
                and sum(m.words for m in measured[j + 1:end + 1] if m.prose) >= ARTICLE_MIN_WORDS):
            return j + 1  # (not over another signature: a fact-check's claim, "— David McKinley on Sunday, October 13th, 2019", over its headline and byline)
        break
    return _under_signed_byline(measured, start, end)


def _is_lede_caption_over_headline(measured: Sequence[Line], start: int, j: int) -> bool:
    """The lines from `start` to the signature at `j` are the lead photo's caption under its credit, then the headline:
    "WFP/Idriss Mahamat" / "Women carry sacks of sorghum ..." / "Sudan: Famine ‘closing in’ on millions ..." / "14 May 2024"."""
    return (j - start >= 2 and start > 0 and measured[start - 1].cue is not None and measured[start - 1].cue.reason == "image-credit"
            and _is_headline_shaped(measured[j - 1]) and all(m.cue is None and m.prose for m in measured[start:j - 1]))


def _under_signed_byline(measured: Sequence[Line], start: int, end: int) -> int:
    """The run's start moved under a dated byline that says "By" among its first HEAD_SIGNED_SPAN
    lines, with a headline right over it or over its deck, when the lines over it are the page's
    header: the lead photo's caption and its credit, a kicker, the headline, a deck ("Farmers in
    the Quillcay watershed ..." / "MIGUEL ARANA HUAMÁN" / "Report" / headline / deck / "BY CLARA
    WHITMORE • MARCH 12, 2019"); only with an article's worth of prose under it."""
    for j in range(start + 1, min(start + HEAD_SIGNED_SPAN, end) + 1):
        line = measured[j]
        if line.cue is not None or not _SIGNED.match(line.text) or not _DATE_OR_TIME.search(line.text) or not _is_signature(line):
            continue
        over = measured[start:j]
        if (any(_is_headline_shaped(m) for m in over[-2:])
                and all(m.cue is None and not m.duplicate and m.words <= SIGNED_DECK_MAX_WORDS
                        and (m.prose or m.sentence or _is_headline_shaped(m) or m.words <= KICKER_MAX_WORDS) for m in over)
                and sum(m.words for m in measured[j + 1:end + 1] if m.prose) >= ARTICLE_MIN_WORDS):
            return j + 1
        break
    return start


def _short_sentences(measured: Sequence[Line]) -> Body:
    """A text told in short sentences, one to a line ("Waves broke over the harbour wall."),
    has no prose line for a run to gather: its longest run of such sentences, when it holds an
    article's worth of words (ARTICLE_MIN_WORDS). Menus and button rows are not sentences."""
    best, best_words, start, words = NO_BODY, 0, 0, 0
    for k, line in enumerate([*measured, None]):
        if line is not None and line.cue is None and not line.duplicate and line.sentence:
            if words == 0:
                start = k
            words += line.words
            continue
        if words > best_words and words >= ARTICLE_MIN_WORDS and k - start >= SHORT_RUN_MIN_LINES:
            best, best_words = Body(start, k - 1), words
        words = 0
    return best


def _with_tail(measured: Sequence[Line], end: int) -> int:
    """The rest of the text when nothing of a web page follows the article: a text copied by
    itself ends with the article's own lists (award winners, team line-ups, tour dates), while a
    page copied whole ends with cue lines (copyright, links, sharing) or repeated ones.
    At most TAIL_MAX_LINES lines, none a cue or repeated."""
    tail = measured[end + 1:]
    if not tail or len(tail) > TAIL_MAX_LINES:
        return end
    if all(m.cue is None and not m.duplicate for m in tail):
        return len(measured) - 1
    return end


def _with_lede(measured: Sequence[Line], start: int) -> int:
    """Move the run's first line up over the short sentences right above it: the article's
    opening line ("Ken Bates has completed his takeover of Leeds United."), which weighs
    nothing, as a short sentence does, so the maximum-sum run starts below it. Not over a line
    that could be the headline (no closing full stop: "Will rates rise again?"), nor over
    anything else. On the BBC corpus it keeps 7 such openings; on the boilerplate DEV pages it
    changes one line, a gold one. Also over the first paragraph when a sharing dialog far up
    the page quoted it (`_is_repeated_lede`)."""
    while start > 0 and (_is_lede(measured[start - 1]) or _is_repeated_lede(measured, start - 1)):
        start -= 1
    return start


def _with_closing(measured: Sequence[Line], start: int, end: int) -> int:
    """Move the run's last line down over the short sentences right below it: the article's
    closing line ("Officials did not immediately provide any other details."), which weighs
    nothing, so the maximum-sum run ends above it; in an interview (INTERVIEW_MIN_QUESTIONS
    questions in the run) also over a last short question and its short answer ("Q: Would you
    run for higher office?" / "A: No. I like being able to fix things.")."""
    interview: bool | None = None
    while end + 1 < len(measured):
        if _is_lede(measured[end + 1]):
            end += 1
            continue
        if end + 2 < len(measured) and _is_question(measured[end + 1]) and (
                _is_lede(measured[end + 2]) or _is_plain_prose(measured[end + 2])):
            if interview is None:
                interview = sum(_is_question(measured[k]) for k in range(start, end + 1)) >= INTERVIEW_MIN_QUESTIONS
            if interview:
                end += 2
                continue
        break
    return end


def _is_question(line: Line) -> bool:
    return line.cue is None and not line.duplicate and _is_short_sentence(line) and line.text.rstrip().endswith("?")


def _is_repeated_lede(measured: Sequence[Line], k: int) -> bool:
    """The article's first paragraph, said once already far up the page: a sharing dialog or
    a video's description quotes it (its copy there stays outside the body). A copy within the
    article's header is its standfirst, said again under the photo: not the text."""
    line = measured[k]
    if line.cue is not None or not line.duplicate or line.template or not line.prose:
        return False
    key = normalise_line(line.text)
    first = next(j for j in range(k) if normalise_line(measured[j].text) == key)
    return k - first > HEADLINE_SPAN + HEADER_SPAN


def _is_lede(line: Line) -> bool:
    return line.cue is None and not line.duplicate and _is_short_sentence(line) and not _is_headline_shaped(line)


def _across_inserts(measured: Sequence[Line], weights: Sequence[float], body: Body, lo: int,
                    hi: int) -> Body:
    """Join the best prose run before or after `body` (within its stretch) when only an insert
    separates them: a "story continues below" line, a box of related links, an advertisement's
    label, or (after the body) a photo gallery. Below a related box or an advertisement label,
    only an article's worth of prose joins: the last headline of an end-of-article list can read
    as a sentence ("Could an astronaut lost in space use gravity to get around?"), and the prose
    under such a list is often more teasers."""
    listed = list_items(measured)
    while True:
        b = next((k for k in range(body.start - 1, lo - 1, -1) if _is_plain_prose(measured[k])), None)
        # (the text's own label under the insert: one line, no signature: "Деньги со всего света")
        cut = body.start - 1 if b is not None and b + 1 < body.start - 1 and _is_label(measured[body.start - 1]) and not _is_signature(
            measured[body.start - 1]) else body.start
        if b is not None and weights[b] > 0 and (
                own := _insert_parts(measured[(after := _after_list(measured, listed, b)):cut],
                                     after=any(k in listed for k in range(b + 1, cut)) or _is_text_above(measured, weights, b, lo))) is not None:
            # (a gallery above the body is the lead photo, the prose over it its caption; but not under a list of the text's)
            a = _extend(weights, b, lo - 1, -1)
            body = Body(a, body.end, body.gaps | frozenset(k for k in range(after, cut) if k - after not in own))
            continue
        # (the first prose line below may be an item of the insert: "Cold snap to bring SNOW to ...")
        # (and the text may go on with a label of its own before its prose: "Background:")
        # (and the body's last line may introduce a list: its items are the text's, the insert under them)
        first = _after_list(measured, listed, body.end)
        a = next((k for k in range(first, min(hi, first + 1 + INSERT_MAX_LINES)) if _is_plain_prose(measured[k])
                  and weights[k] > 0 and _is_insert(measured[first:_box_end(measured, listed, first, k)], after=True)),
                 None)
        if a is not None:
            b = _extend(weights, a, hi, 1)
            cut = _box_end(measured, listed, first, a)
            gap = measured[first:cut]
            own = frozenset(k + first for k in _insert_parts(gap, after=True) or ())
            if (not _has_links_or_ad(gap) or sum(weights[a:b + 1]) >= ARTICLE_MIN_WORDS
                    or _prose_across_inserts(measured, weights, listed, a, hi) >= ARTICLE_MIN_WORDS
                    or (_is_ad_label(gap) or _is_inline_box(gap)) and _last_prose(measured, b, hi)):
                body = Body(body.start, b, body.gaps | frozenset(k for k in range(first, cut) if k not in own))
                continue
        if (last := _closing_under_box(measured, body, hi)) is not None:
            return Body(body.start, last, body.gaps | frozenset(range(body.end + 1, last)))
        return body


def _is_text_above(measured: Sequence[Line], weights: Sequence[float], b: int, lo: int) -> bool:
    """The prose run ending at `b` is the text's opening, not a photo's caption: TEXT_ABOVE_MIN_PARAGRAPHS paragraphs
    or more, ARTICLE_MIN_WORDS words (a tabloid's first paragraphs over its photo, its related box and its share buttons)."""
    a = _extend(weights, b, lo - 1, -1)
    paragraphs = [m for m in measured[a:b + 1] if _is_plain_prose(m)]
    return len(paragraphs) >= TEXT_ABOVE_MIN_PARAGRAPHS and sum(m.words for m in paragraphs) >= ARTICLE_MIN_WORDS


TEXT_ABOVE_MIN_PARAGRAPHS = 3
"""Paragraphs above a photo and a box set into the text that make the text's opening, not the photo's caption (`_is_text_above`)."""


def _closing_under_box(measured: Sequence[Line], body: Body, hi: int) -> int | None:
    """The article's closing line under a box of links set into it or an advertisement's label
    ("Related" / three headlines / "Work is expected to begin in September."): a short sentence,
    which weighs nothing, so no run reaches it; only when nothing of the text's kind follows it
    before the stretch's wall (the page's furniture, its lists of other stories), and under a box
    only when it lists BOX_MIN_ITEMS headlines (one headline over a short sentence may be a
    teaser and its summary)."""
    k = next((j for j in range(body.end + 1, min(hi, body.end + 3 + INLINE_BOX_MAX_ITEMS)) if _is_lede(measured[j])), None)
    if k is None or k == body.end + 1:
        return None
    gap = measured[body.end + 1:k]
    if not (_is_ad_label(gap) or len(gap) > BOX_MIN_ITEMS and _is_inline_box(gap)):
        return None
    if any(_is_plain_prose(measured[j]) or measured[j].sentence and measured[j].cue is None for j in range(k + 1, hi)):
        return None
    return k


APPEAL_TEXT_ON_WORDS = 150
"""Prose of at least this many words under a donation box set into the text, right up to the footer's ask, is the article going
on (Grist's box after the fourth paragraph); less may be the box's own ("Wait! Before you go on about your day, ...")."""


def _across_appeal(measured: Sequence[Line], weights: Sequence[float], body: Body) -> tuple[Body, int] | None:
    """The article's last paragraphs under a donation box set into it (HuffPost's "Support
    HuffPost" box: its header, a few paragraphs, the asks and their buttons), and the end of
    their stretch; None when the text does not go on. Its asks are walls, which end an article
    they follow, so the text goes on only when the lines after the body up to the next plain
    prose are the box's (`_is_appeal_box`) and that prose is the last before the next wall or
    the page's end: a box that closes the article is followed by furniture, lists of other
    stories or comments (walls themselves), not by a paragraph."""
    lead = body.end + 1
    while (lead < len(measured) and measured[lead].cue is None and measured[lead].sentence and not measured[lead].duplicate
           and weights[lead] >= 0 and not _is_plain_prose(measured[lead])):
        lead += 1  # the text's own short sentences over the box, which weigh nothing: "That third step is where things get complicated."
    k = next((j for j in range(lead, min(len(measured), lead + 1 + INSERT_MAX_LINES)) if _is_plain_prose(measured[j])), None)
    if k is None or k == lead or weights[k] <= 0 or any(m.cue is not None and m.cue.reason == "author-bio" for m in measured[lead:k]):
        return None  # (nor past an author's box under the ask: "Donate" / "About the Contributor" / "Marcus Delgado, Sports Editor" / bio)
    titled = k - 1 > lead and measured[k - 1].cue is None and not measured[k - 1].prose and not measured[k - 1].duplicate
    if not any(_is_appeal_box(box) or _is_offer_box(box) for box in (measured[lead:k], measured[lead:k - 1] if titled else ())):
        return None  # (the box, or the box and the text's subheading under it: "Donate today" / "District says it relied on ...")
    hi = next((j for j in range(k + 1, len(weights)) if weights[j] <= -BARRIER_PENALTY), len(weights))
    b = _extend(weights, k, hi, 1)
    across = _across_inserts(measured, weights, Body(k, b), k, hi)  # (the text past a box set into it under the ask: "Auch interessant")
    if _last_prose(measured, across.end, hi):
        b, gaps = across.end, across.gaps
    else:
        gaps = frozenset()
    if not _last_prose(measured, b, hi) or (hi < len(measured) and measured[hi].cue is DONATION_APPEAL
                                            and not any(measured[j].cue is not None for j in range(b + 1, hi))
                                            and sum(measured[j].words for j in range(k, b + 1) if measured[j].prose) < APPEAL_TEXT_ON_WORDS):
        return None  # (prose right up to another ask may be that box's own: "Wait! Before you go on about your day, ..."; not
        # the text over a newsletter's box and lists of stories, over the footer's ask: "The Texas Tribune is a member-supported ...")
    heading = k - 1 if measured[k - 1].cue is None and not measured[k - 1].prose and not measured[k - 1].duplicate else k
    return Body(body.start, b, body.gaps | gaps | frozenset(range(lead, heading))), hi  # (a subheading right under the box is the text's)


def _across_block(measured: Sequence[Line], weights: Sequence[float], body: Body) -> Body | None:
    """The text going on under a block of its own short lines: a table, a list of specs, of pros
    and cons, of results ("Weight 245 g" / ... / "Pros" / "Impressive noise cancelling for the
    price" / ... / "Verdict" / the verdict; "1 27 Guilherme Tavares ... 22 32:41.118" / ... / the
    closing paragraph). Each of its lines weighs against the run, so the run stops before it. The
    block (`_is_content_block`) and the prose under it join when that prose is the last before the
    stretch's wall or the page's end, or when most lines of the block hold figures (a table's rows:
    menus and lists of headlines hold none; a teaser feed's dates do not count). None otherwise."""
    k = next((j for j in range(body.end + 1, min(len(measured), body.end + 2 + BLOCK_MAX_LINES))
              if _is_plain_prose(measured[j])), None)
    first = body.end + 1
    while first < len(measured) and first - body.end <= AD_LABELS_OVER_BLOCK and measured[first].cue is ADVERTISING:
        first += 1  # (an ad's label between the text and the block: "Advertisement" / "Prevention tips" / the tips / the text)
    if k is None or weights[k] <= 0 or k - first < BLOCK_MIN_LINES:
        return None
    block = measured[first:k]
    if not _is_content_block(block) or first > body.end + 1 and any(_INGREDIENTS_HEADING.match(m.text) for m in block):
        return None  # (under an ad's label, a recipe's card is `_with_recipe_card`'s to read, its reviews left out)
    hi = next((j for j in range(k + 1, len(weights)) if weights[j] <= -BARRIER_PENALTY), len(weights))
    b = _extend(weights, k, hi, 1)
    figures = sum(_holds_figures(m) for m in block)
    table = figures >= BLOCK_MIN_FIGURE_LINES and figures >= BLOCK_FIGURES_SHARE * len(block)
    last = _last_prose(measured, b, hi) and sum(max(weights[j], 0.0) for j in range(k, b + 1)) >= BLOCK_LAST_PROSE_MIN_WORDS
    if not (table or last) or measured[k].text.lstrip().startswith("©"):
        return None  # (a footer's copyright notice reads as a sentence where it is too long for its cue)
    if first > body.end + 1 and sum(measured[j].prose for j in range(k, b + 1)) < AD_BLOCK_TEXT_PARAGRAPHS:
        return None  # (under an ad's label, a block and one line of prose is the page's: a fact-check's sources and "How to contact us")
    return Body(body.start, b, body.gaps | frozenset(range(body.end + 1, first)))


AD_LABELS_OVER_BLOCK = 2
"""An ad's labels, at most this many lines, between the text and a block of its own short lines (`_across_block`)..."""
AD_BLOCK_TEXT_PARAGRAPHS = 2
"""...when at least this many paragraphs go on under the block."""


def _over_table(measured: Sequence[Line], weights: Sequence[float], body: Body, lo: int) -> Body | None:
    """The text's first paragraphs over a table set into it (a spec sheet's rows: "Host Interface PCIe 4.0 x4" /
    "Max Capacity 16 TB 4 TB"), when the run chose the text under the table: the table weighs more against the run
    than the paragraphs over it weigh for it. Only a table (`_across_block`'s figures) joins them; a menu, a list of
    headlines or a teaser's lines over the text do not. None otherwise."""
    k = next((j for j in range(body.start - 1, max(lo, body.start - 2 - BLOCK_MAX_LINES) - 1, -1) if _is_plain_prose(measured[j])), None)
    if k is None or weights[k] <= 0 or body.start - k - 1 < BLOCK_MIN_LINES:
        return None
    block = measured[k + 1:body.start]
    figures = sum(_holds_figures(m) for m in block)
    if not _is_content_block(block) or figures < BLOCK_MIN_FIGURE_LINES or figures < BLOCK_FIGURES_SHARE * len(block):
        return None
    return replace(body, start=_extend(weights, k, lo - 1, -1))


def _is_content_block(block: Sequence[Line]) -> bool:
    """Short lines of the text's own: no cue (but a photo's credit or a labelled fact), no repeat, few of them a
    menu's or a tag list's items (at most three words, no figure: "About Us", "Animal behaviour";
    a table's or a list's labels, "Pros", "Verdict", are a few among its rows)."""
    if any(m.duplicate or m.cue is not None and m.cue.reason not in ("image-credit", "review-facts") for m in block):
        return False  # (a spec's labelled lines may read as a film's facts: "Länge: rund 56 Meter (dreiteilig)")
    menu = sum(m.words <= SUBHEAD_MAX_WORDS - 2 and not _holds_figures(m) for m in block)
    return menu <= BLOCK_MENU_SHARE * len(block)


def _holds_figures(line: Line) -> bool:
    """A line with a figure in it that is not only a date or a time ("Weight 245 g", "2 8 Fabiana
    Lessa ... +3.902"; not "Nov 3, 2019", "2 days ago", "10:32 AM")."""
    return (any(c.isdigit() for c in line.text) and parse_date_line(line.text) is None
            and not _STAMP.search(line.text) and not _CLOCK.fullmatch(line.text.strip()))


def _is_appeal_box(gap: Sequence[Line]) -> bool:
    """A donation box: an ask among its header, repeats and buttons (short lines, no sentences)."""
    return (any(m.cue is DONATION_APPEAL for m in gap)
            and all(m.cue is DONATION_APPEAL or m.duplicate or (m.cue is None or m.cue.name in AD_CUES)
                    and not m.prose and m.words <= SUBHEAD_MAX_WORDS for m in gap))


def _is_offer_box(gap: Sequence[Line]) -> bool:
    """A subscription offer set into a text the copy has in full ("Telegraph Premium" / "Subscribe
    to The Telegraph for £1 for one month" / its points / "Start free trial" / "Already a
    subscriber? Log in"): a paywall's or a sign-up's prompt among short lines, none a sentence of prose."""
    return (any(m.cue is not None and m.cue.reason == "paywall" for m in gap)
            and all(m.cue is not None and m.cue.reason in OFFER_BOX_REASONS and m.words <= OFFER_LINE_MAX_WORDS
                    or m.cue is None and not m.prose and m.words <= SUBHEAD_MAX_WORDS for m in gap))


def _prose_across_inserts(measured: Sequence[Line], weights: Sequence[float], listed: Collection[int], a: int, hi: int) -> float:
    """The weight of the plain prose from position `a` on, before `hi`, across the text's own lists
    and further inserts (`_is_insert`: a caption and its credits, an ad's label), up to the first
    stretch of other lines: how much text goes on under a box of links, where a caption right
    under its first paragraph would cut the running sum short."""
    total, k = 0.0, a
    while k < hi:
        if _is_plain_prose(measured[k]):
            total += max(weights[k], 0.0)
            k += 1
            continue
        if k in listed:
            k += 1
            continue
        nxt = next((j for j in range(k, min(hi, k + INSERT_MAX_LINES + 1)) if _is_plain_prose(measured[j])), None)
        if nxt is None or not _is_insert(measured[k:_box_end(measured, listed, k, nxt)], after=True):
            break
        k = nxt
    return total


def _box_end(measured: Sequence[Line], listed: Collection[int], first: int, k: int) -> int:
    """Where the insert from position `first` ends, the text going on at `k`: before the text's own
    list right above `k` (its introducing line and items: "The Met Office warnings cover:" / one
    line per region) and the labels above that (`_before_labels`), unless those are the headlines
    of a box of links set into the text ("Related" / "Banks favour new standard" / ...:
    `_is_inline_box`) and there are BOX_MIN_ITEMS of them (a single headline under "Related" over
    a sentence may be a teaser's, and its summary the sentence)."""
    k = _before_list(measured, listed, first, k)
    cut = _before_labels(measured, first, k)
    if (cut == k and k - 1 > first and (own := measured[k - 1]).cue is None and not own.prose and not own.duplicate
            and own.words <= SUBHEAD_MAX_WORDS * 2 and _is_insert(measured[first:k - 1], after=True)):
        return k - 1  # the text's own longer subheading under the insert: "How to keep your phone alive"
    if cut == k or k - first - 1 < BOX_MIN_ITEMS or _is_insert(measured[first:cut], after=True):
        return cut
    if _is_inline_box(measured[first:k]):
        return k
    # (the box's headlines, then the text's own heading right over it: "Video: ..." / "Read more" /
    # "Best bulbs for naturalising" / "Autumn lawn care" / "Aftercare" / paragraph)
    return k - 1 if _is_insert(measured[first:k - 1], after=True) else cut


def _after_list(measured: Sequence[Line], listed: Collection[int], k: int) -> int:
    """Where the lines after position `k` go on past the list it introduces ("A search of his flat
    uncovered:" / one line per find); `k + 1` when it introduces none."""
    j = k + 1
    if _is_list_intro(measured[k]):
        while j in listed:
            j += 1
    return j


def _before_list(measured: Sequence[Line], listed: Collection[int], first: int, k: int) -> int:
    """Where the list right above position `k` begins with its introducing line, but after `first`;
    `k` when there is none."""
    j = k
    while j - 1 > first and j - 1 in listed:
        j -= 1
    if j < k and j - 1 > first and _is_list_intro(measured[j - 1]):
        return j - 1
    return k


def _before_labels(measured: Sequence[Line], first: int, k: int) -> int:
    """Where the labels right above position `k` begin (`_is_label`), but after `first`."""
    while k - 1 > first and _is_label(measured[k - 1]):
        k -= 1
    return k


def _is_label(line: Line) -> bool:
    """A short line of the text's own that heads what follows: "Background:", "Further Cuts?"; or a
    numbered item's heading, however long ("Step 5: Turn the water back on and test")."""
    return line.cue is None and not line.prose and not line.duplicate and (line.words <= SUBHEAD_MAX_WORDS or _head_number(line) is not None)


_COMMENT_COUNT = re.compile(r"^\W*\d[\d,.]*\s+(?:comments?|responses|replies|kommentare|commentaires|comentarios|comentários|commenti)\W*$",
                            re.IGNORECASE)


def _last_prose(measured: Sequence[Line], b: int, hi: int) -> bool:
    """No plain prose after position `b` before `hi`, the stretch's end (a wall: a bio, comments, a
    copyright line), or before the comment section's header or counter ("Comments64", "Join the
    conversation") or a related box's header ("More from Bergen County"): the article's last
    paragraphs, under its last advertisement."""
    for k in range(b + 1, hi):
        cue = measured[k].cue
        if cue is not None and (cue.reason in ("comments", "newsletter") or cue is RELATED_HEADER or cue is SUBSCRIBE_PROMPT or cue is TAG_LIST
                                or _COMMENT_COUNT.match(measured[k].text)):
            return True  # (under "More from Bergen County", a teaser's headline may read as prose: "We ranked ... Here's our list.";
            # so may a newsletter's description under "Subscribe to The Ledger Line" or a sign-up box's pitch; and "12 Comments"
            # heads the readers' comments as "Comments (12)" does; the article's tags end it: "Topics:SheepBlowflySheep health")
        if _is_plain_prose(measured[k]) and not _is_bio_under_name(measured, k):
            return False
    return True


def _is_bio_under_name(measured: Sequence[Line], k: int) -> bool:
    """An author's line under their bare name, opening with their job: "Lena Hartmann" / "Reporterin bei LICHTUNG.Lokal. Sie ..."."""
    first = measured[k].text.split(maxsplit=1)[0].casefold().strip(".,:") if measured[k].text.strip() else ""
    return k > 0 and _is_bare_name(measured[k - 1]) and (first in JOB_WORDS or bool(_ROLE_WORD.match(measured[k].text.strip())))


def _is_plain_prose(line: Line) -> bool:
    return line.prose and line.cue is None and not line.duplicate


def _extend(weights: Sequence[float], first: int, stop: int, step: int) -> int:
    """From `first`, the farthest position towards `stop` (exclusive) with the best running sum."""
    total, best, best_k = 0.0, 0.0, first
    for k in range(first, stop, step):
        total += weights[k]
        if total > best:
            best, best_k = total, k
    return best_k


def _is_insert(gap: Sequence[Line], after: bool) -> bool:
    """A short stretch of lines that interrupts an article (`_insert_parts`)."""
    return _insert_parts(gap, after) is not None


# Cues of lines the text goes on across, whatever else stands between its two halves: "Story continues below",
# a skippable promotion's ends, a printed page's jump or running head, an embedded post's consent box.
TEXT_GOES_ON_CUES = frozenset({"story-continues", "skippable-promo", "print-page", "embed-note", "embed-chrome"})


def _insert_parts(gap: Sequence[Line], after: bool) -> frozenset[int] | None:
    """A short stretch of lines that interrupts an article: it says the story continues, or it is
    boxes one under the other (related links, an ad's label, a sign-up form, a reader poll), or
    (below the body) a gallery: photo credits and captions, counters, "Close", repeats; with the
    text's own lists between them (a list's introducing line and its items: a Reach page's
    "READ MORE" line, a poll, then "The developer has also agreed to:" and its items, then a
    newsletter's form). The offsets in `gap` of the text's own lines; None when it is no insert.
    Above the body a gallery is the lead photo, and the prose above it is its caption."""
    if not gap or len(gap) > INSERT_MAX_LINES:
        return None
    if any(m.cue is not None and m.cue.name in TEXT_GOES_ON_CUES for m in gap):
        return frozenset()
    if _is_box(gap):
        return frozenset()
    # parts[i]: the text's own lines among gap[:i] when gap[:i] is such a sequence of parts
    parts: list[frozenset[int] | None] = [frozenset()] + [None] * len(gap)
    for i in range(1, len(gap) + 1):
        for j in range(i - 1, -1, -1):
            if parts[j] is None:
                continue
            part = gap[j:i]
            if _is_box(part) or _is_poll(part) or _is_player(part) or after and _is_media(part):
                parts[i] = parts[j]
                break
            if _is_text_list(part):
                parts[i] = parts[j] | frozenset(range(j, i))
                break
    found = parts[len(gap)]
    return found if found is not None and len(found) < len(gap) else None


def _is_text_list(part: Sequence[Line]) -> bool:
    """A list of the text's own: its introducing line ("The Met Office warnings cover:") and short
    items without a cue; or a table of the text's own under its heading, most of its rows ending in a
    figure (`_FIGURE_ROW`: "The full result" / "Priya Holloway (Labour) - 16,482" / ... / "Labour GAIN from
    Conservative")."""
    if len(part) < 2 or not all(m.cue is None and not m.prose and not m.duplicate for m in part[1:]):
        return False
    if _is_list_intro(part[0]):
        return True
    figures = sum(3 <= m.words <= FIGURE_ROW_MAX_WORDS and bool(_FIGURE_ROW.match(m.text)) for m in part[1:])  # (not a widget's "Left 9")
    return (part[0].cue is None and not part[0].prose and part[0].words <= SUBHEAD_MAX_WORDS
            and figures >= TABLE_MIN_ROWS and 2 * figures > len(part) - 1)


# A reader poll's last line: its button or its count ("Vote", "1,208 votes so far").
_POLL_END = re.compile(r"^\W*(?:vote|submit|see\s+results|results|\d[\d,.]*\s+(?:votes?|responses?)\b)", re.IGNORECASE)


def _is_poll(part: Sequence[Line]) -> bool:
    """A reader poll set into the text: its question ("Do you support the Bath Street tower?"),
    its options, short lines without a cue, and its button or count (`_POLL_END`)."""
    return (POLL_MIN_LINES <= len(part) <= POLL_MAX_LINES and part[0].cue is None and part[0].text.rstrip().endswith("?")
            and not part[0].prose and bool(_POLL_END.match(part[-1].text))
            and all(m.cue is None and not m.prose or _POLL_END.match(m.text) for m in part[1:]))


def _is_media(gap: Sequence[Line]) -> bool:
    """Photos or a gallery: credits and captions, buttons, at most INSERT_MAX_LABELS lines without a cue."""
    media = [m for m in gap if m.cue is not None and m.cue.reason == "image-credit"]
    rest = [m for m in gap if m.cue is not None and m.cue.reason not in ("image-credit", "button-label")]
    plain = [m for m in gap if m.cue is None and not m.duplicate]
    return bool(media) and not rest and len(plain) <= INSERT_MAX_LABELS


def _is_player(part: Sequence[Line]) -> bool:
    """A clip set into the text: its media label ("VIDEO"), its title, perhaps its player's
    buttons ("Loading...") or credits; no more than INSERT_MAX_LABELS lines without a cue."""
    plain = [m for m in part[1:] if m.cue is None and not m.duplicate]
    return (len(part) >= 2 and part[0].cue is None and part[0].words <= 2 and bool(MEDIA_LABEL.match(part[0].text))
            and 1 <= len(plain) <= INSERT_MAX_LABELS and not any(m.prose for m in part)
            and all(m.cue is None or m.cue.reason in ("button-label", "image-credit") for m in part[1:]))


def _is_box(gap: Sequence[Line]) -> bool:
    return (_is_related_box(gap) or _is_ad_label(gap) or _is_sign_up_box(gap) or _is_shop_card(gap) or _is_post_footer(gap)
            or len(gap) == 1 and gap[0].cue is AFFILIATE_DISCLOSURE)  # (the shop's note under its cards: "Cet article contient des liens affiliés. ...")


# An embedded post's count: "1.1K", "97 shares", "214 comments", "1,2 mi curtidas".
_POST_COUNT = re.compile(r"^\W*[\d.,]+\s*(?:[kKmM]|mil|mi|tys\.?|mln)?\s*[^\W\d_]{0,14}\W*$")
_BARE_ADDRESS = re.compile(r"^\s*(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*$", re.IGNORECASE)


def _is_post_footer(part: Sequence[Line]) -> bool:
    """An embedded post's footer in the text: its buttons ("Like" / "Comment" / "Share", two or more), its counts ("1.1K",
    "214 comments", "97 shares"; one at least: not the article's own sharing row) and its link's address, nothing else;
    the text goes on under it."""
    buttons = sum(m.cue is not None and m.cue.name in ("share-buttons", "button-label") for m in part)
    counts = sum(m.cue is None and _POST_COUNT.match(m.text) is not None for m in part)
    return buttons >= 2 and counts >= 1 and all(m.cue is not None and m.cue.name in ("share-buttons", "button-label") and m.words <= 3
                                or m.cue is None and (_POST_COUNT.match(m.text) or _BARE_ADDRESS.match(m.text)) for m in part)


SHOP_CARD_MAX_LABELS = 4
"""A shop's card has at most this many lines over its button: the box's header, the product, the brand, the price."""


def _is_shop_card(part: Sequence[Line]) -> bool:
    """A product's card set into the text: a few short lines without a cue (the brand, the product's name) over
    its price's button ("Vessaire" / "Marcy Leather Ballet Flat" / "$820 at Carraway"), or over its price and a
    button under it ("£88 at Sweaty Betty" / "Buy now")."""
    buttons = 2 if len(part) > 2 and part[-2].cue is SHOP_BUTTON else 1
    return (2 <= len(part) <= SHOP_CARD_MAX_LABELS + buttons and part[-1].cue is SHOP_BUTTON
            and all(m.cue is None and not m.prose and m.words <= BOX_ITEM_MAX_WORDS // 2 for m in part[:-buttons]))


def _has_links_or_ad(gap: Sequence[Line]) -> bool:
    """An ad's label, or an insert with a box of links among its parts (its header): what a list of
    teasers at the article's end looks like too, so only an article's worth of prose under it joins."""
    return _is_ad_label(gap) or any(m.cue is RELATED_HEADER for m in gap)


def _is_related_box(gap: Sequence[Line]) -> bool:
    """A box of links to other stories set into the article: a related-links header ("Further
    reading", "Related") and under it at most RELATED_BOX_MAX_ITEMS headlines, short lines that
    are not sentences, with no other cue among them."""
    header = gap[0]
    items = [m for m in gap[1:] if not _is_box_widget(m)]
    return (header.cue is not None and header.cue.name == "related-header" and 0 < len(items) <= RELATED_BOX_MAX_ITEMS
            and len(gap) - 1 - len(items) <= RELATED_BOX_MAX_WIDGETS
            and all((m.cue is None or m.cue is header.cue) and (not m.prose or ELLIPSIS_END.search(m.text)) and m.words <= RELATED_BOX_MAX_WORDS
                    for m in items))  # (teasers cut off get the header's cue: `_with_teasers`)


# The header of a link set into the text ("Read also:", "Читайте также"), not of a box of more
# stories at its end ("More Great Stories", "Recommended").
_INLINE_HEADER = re.compile(r"""^\W*(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:article|story|coverage))?
    |читайте\s+(?:также|також)|по\s+теме|lesen\s+sie\s+auch|mehr\s+zum\s+thema|lire\s+aussi|leia\s+também|lea\s+también
    |leggi\s+anche|czytaj\s+(?:także|też))\W*$""", re.IGNORECASE | re.VERBOSE)


def _is_inline_box(gap: Sequence[Line]) -> bool:
    """A link or two set into the text under an inline header ("Read also:" / a headline)."""
    return _is_related_box(gap) and len(gap) - 1 <= INLINE_BOX_MAX_ITEMS and bool(_INLINE_HEADER.match(gap[0].text))


def _is_box_widget(line: Line) -> bool:
    """A related box's pager or sharing button ("Previous" / "1" / "Next", "Share this article"), or a
    headline's date ("2025年2月10日")."""
    return (line.cue is not None and line.cue.name in ("button-label", "share-buttons")
            or line.cue is None and (not any(c.isalpha() for c in line.text) or parse_date_line(line.text) is not None))


def _is_ad_label(gap: Sequence[Line]) -> bool:
    """An advertisement's label between two paragraphs ("Advertisement", "Publicité"; the ad
    itself copies as nothing), the site's own promotion ("CLICK HERE TO GET THE APP") or a link
    to another story on one line ("Read also: ..."): AD_CUES."""
    return len(gap) <= AD_LABEL_MAX_LINES and all(m.cue is not None and m.cue.name in AD_CUES for m in gap)


def _is_sign_up_box(gap: Sequence[Line]) -> bool:
    """A newsletter's or a blog's sign-up box set into the text ("Sign up to First Edition" /
    "Free daily newsletter" / the privacy line under its form; "Thanks for reading! Subscribe for
    free ..." / "Subscribe"): prompts, their buttons and their privacy lines, nothing else; or
    under the newsletter's name, a short line right over its prompt ("Billboard Bulletin" / "Get the
    most important music news ... delivered to your inbox" / "Sign Up")."""
    named = (len(gap) >= 2 and gap[0].cue is None and not gap[0].prose and not gap[0].sentence and 1 <= gap[0].words <= SUBHEAD_MAX_WORDS
             and gap[1].cue is not None and gap[1].cue.name in SIGN_UP_CUES)
    return (len(gap) <= INSERT_MAX_LINES and any(m.cue is not None and m.cue.name in SIGN_UP_CUES for m in gap)
            and all(m.cue is not None and m.cue.name in SIGN_UP_BOX_CUES or m.duplicate for m in gap[1 if named else 0:]))


# A team's line-up: its name, a colon, then its players in groups a semicolon apart ("SC Braga: Matheus; Víctor Gómez, Niakaté,
# Robson Bambu, Adrián Marín; João Moutinho (Roger Fernandes, 46'), ...").
_LINEUP = re.compile(r"^[^:;!?]{2,40}:\s+(?:[^;]+(?:;[^;]+){2,}|[^–;]+(?:\s–\s[^–;]+){2,})$")   # (or a dash apart: "VfL Bochum: Riemann – Passlack, ...")
# A fact under its label of a word or two, which may be a sentence: "Tabellensituation: Bochum bleibt mit 28 Punkten auf Rang 15."
_LABELLED_FACT = re.compile(r"^[^\W\d][^:\s]*(?:\s[^:\s]+)?:\s+\S")
FACTS_MIN_LINES = 3
FACT_MAX_WORDS = 12


def _with_facts(measured: Sequence[Line], end: int) -> int:
    """Extend the run's last line over a match report's closing facts right under it, up to the page's next cue: the
    line-ups (`_LINEUP`), labelled facts ("Árbitro: Fábio Veríssimo (AF Leiria)"), a table's rows ("1.º Sporting 11 j. 33 pts",
    a figure last or cells a tab apart, `_tabbed_rows`) and the short headings over them ("Os onzes", "Classificação
    (primeiros seis)"); or a car's specification ("Price\t£41,950" / "Motor\tRear-mounted permanent-magnet synchronous").
    Each weighs nothing or less, so the run stops above them. FACTS_MIN_LINES facts at least, two line-ups or TABLE_MIN_ROWS
    rows among them, and nothing else before that cue: a teaser's headline, a paragraph or a repeat, and it is no such block."""
    k, facts, lineups, rows, headings = end + 1, 0, 0, 0, 0
    tabbed = _tabbed_rows(measured)
    while k < len(measured) and measured[k].cue is None:
        line = measured[k]
        if line.duplicate or line.prose and not _LINEUP.match(line.text) and not _LABELLED_FACT.match(line.text):
            return end
        if _LINEUP.match(line.text):
            lineups += 1
        elif k in tabbed or line.words <= FIGURE_ROW_MAX_WORDS and (_FIGURE_ROW.match(line.text) or line.text.count("\t") >= 2 and any(c.isdigit() for c in line.text)):
            rows += 1
        elif _LABELLED_ITEM.match(line.text) and not line.sentence and line.words <= FACT_MAX_WORDS or _LABELLED_FACT.match(line.text):
            pass
        elif not line.sentence and line.words <= SUBHEAD_MAX_WORDS:
            headings += 1
            k += 1
            continue
        else:
            return end
        facts += 1
        k += 1
    if k >= len(measured) or facts < FACTS_MIN_LINES or headings > facts or not (lineups >= 2 or rows >= TABLE_MIN_ROWS):
        return end
    return k - 1


def _through_list(measured: Sequence[Line], end: int) -> int:
    """Extend the run's last line over a list that the article's last lines introduce ("The
    tour dates:" and one line per date): the items weigh nothing, so the run stops before them;
    or over a heading and the dated lines under it (`_dated_list_under`)."""
    if (dated := _dated_list_under(measured, end)) is not None:
        return dated
    listed = list_items(measured)
    k = end + 1
    if k < len(measured) and k not in listed and _is_list_intro(measured[k]):
        k += 1
    if k not in listed:
        return end
    while k + 1 < len(measured) and k + 1 in listed:
        k += 1
    return k


# A line of a schedule: a date first, then what happens on it ("March 12 – Seattle, WA @ The
# Showbox", "Sat, Mar 14: Leeds", "12 mars : Lyon, Transbordeur").
_ANY_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))  # (in every language `dates` reads)
_DATED_ITEM = re.compile(rf"""^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?
    (?:(?:{_ANY_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?
     |\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{_ANY_MONTH})\.?)
    (?:,?\s+(?:19|20)\d\d)?\s*[–—:|@-]\s*\S
    # ...or a chronology's: a year, perhaps after its day and month, then what happened ("3 avril 1936 Naissance à Besançon",
    # "1962 Entre au Laboratoire de glaciologie de Grenoble")
    |^\W*(?:\d{{1,2}}(?:er|st|nd|rd|th|\.)?\s+(?:{_ANY_MONTH})\.?\s+)?(?:1[5-9]|20)\d\d\s+(?-i:[A-ZÀ-Þ])[^\W\d_]""", re.IGNORECASE | re.VERBOSE)
DATED_LIST_MIN_ITEMS = 3


def _dated_list_under(measured: Sequence[Line], end: int) -> int | None:
    """The last line of a schedule right under the article's last paragraph, with its heading or
    without: DATED_LIST_MIN_ITEMS lines or more, each a date and what happens on it, no cue
    ("The Hollow Season 2020 Tour Dates" / "March 12 – Seattle, WA @ The Showbox" / ...)."""
    k = end + 1
    if k < len(measured) and measured[k].cue is None and not measured[k].duplicate and _is_headline_shaped(measured[k]) \
            and not _DATED_ITEM.match(measured[k].text):
        k += 1
    last = k - 1
    while last + 1 < len(measured) and (item := measured[last + 1]).cue is None and not item.duplicate and not item.prose \
            and _DATED_ITEM.match(item.text):
        last += 1
    return last if last - k + 1 >= DATED_LIST_MIN_ITEMS else None


def _before_comments(measured: Sequence[Line], runs: list[Run]) -> list[Run]:
    """Only the runs before the first comment-section line, when one of them is an article.

    A comment thread follows its article and can hold far more prose than a short post (an
    "open thread" of 60 words under 1,000 words of replies), so after the first comment header
    or "X said:" line, prose counts as comments whenever an article-sized run came before."""
    first = next((k for k, m in enumerate(measured) if m.cue is not None and m.cue.name == "comments"
                  and m.words <= BARRIER_MAX_WORDS and not _amid_menu(measured, k)), None)
    if first is None:
        return runs
    before = [run for run in runs if run[1][1] < first]
    return before if any(run[0] >= ARTICLE_MIN_WORDS for run in before) else runs


def _amid_menu(measured: Sequence[Line], k: int) -> bool:
    """Line `k` among a menu's items, MENU_ITEMS short lines each side (two words at most, no
    sentence, no cue): a section's link ("Norme & Tributi" / "Commenti" / "Management"), not the
    header of the comments under the text."""
    around = [*measured[max(k - MENU_ITEMS, 0):k], *measured[k + 1:k + 1 + MENU_ITEMS]]
    return len(around) == 2 * MENU_ITEMS and all(m.words <= 2 and not m.sentence and m.cue is None for m in around)


def _stretches(weights: Sequence[float]) -> list[tuple[int, int]]:
    """(lo, hi) ranges between barrier lines (hi exclusive)."""
    walls = [k for k, w in enumerate(weights) if w <= -BARRIER_PENALTY]
    bounds = [-1, *walls, len(weights)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def _best_run(weights: Sequence[float], lo: int, hi: int) -> tuple[float, tuple[int, int]]:
    """Maximum-sum segment of weights[lo:hi] (Kadane) as (score, (first, last))."""
    best, best_span = 0.0, (lo, lo - 1)
    total, start = 0.0, lo
    for k in range(lo, hi):
        if total <= 0:
            total, start = 0.0, k
        total += weights[k]
        if total > best:
            best, best_span = total, (start, k)
    return best, best_span


# The headers of a box of other stories whose headlines may read as sentences ("Most Popular" over
# "MN property taxes are on the rise. These maps show where and how much."); not "Continue
# reading" or "Read more", which stand inside articles too.
_BOX_HEADER = re.compile(r"^\W*(?:most\s+\w+|(?:most\s+)?popular\b|trending|recommended|related\b|you\s+(?:may|might)\s+also"
                         r"|top\s+stories|latest\s+(?:news|stories|headlines))", re.IGNORECASE)
BOX_MIN_ITEMS = 3
BOX_ITEM_MAX_WORDS = 20


AD_BOX_MAX_LINES = 8
AD_LIST_ITEM_WORDS = 7
AD_LIST_ITEMS = 3
"""Lines of at least AD_LIST_ITEM_WORDS words, AD_LIST_ITEMS of them or more, under an ad's label: the article's list of tips,
not the ad's text ("Advertisement" / "Prevention tips" / "Check sheep at least once a day, and twice in hot, humid weather" / ...)."""
_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?(?:\s|$)")  # a listicle's item's number: "5", "5. Microwave lemons ..." (not "12.–14. März 2025")
_LABELLED_ITEM = re.compile(r"^[^:]{1,30}?\s?:\s+\S")


def ad_box_lines(measured: Sequence[Line], listed: Collection[int]) -> frozenset[int]:
    """The short lines under an ad slot's bare label (`AD_LABEL`), two to AD_BOX_MAX_LINES, none a cue's nor prose, up to
    the line over the text's next paragraph (its section's heading): the ad's text set into the article ("Anzeige" / "Silizium
    Karrierewelt" / "Linux-Server sicher betreiben: 3-tägiger Live-Workshop" / ... / "Weitere IT-Trainings"). The text goes on
    under them; an ad's lines that no paragraph follows are no box (a page's end). Under a label whose ad shows no text,
    the article's own list or table goes on: a line that introduces one (ending in a colon or a question mark: "Los puntos
    más críticos" / "La Contraloría identificó como los sectores de mayor riesgo:"), a sentence, a listicle's number ("5" /
    "Screaming At A Closed Door, ...", "5. Microwave lemons for 10 seconds ..."), an item that ends with a comma or a semicolon
    as a list's items run on ("povinná registrace všech krátkodobě pronajímaných bytů,") or one of its rows (`listed`, or two
    rows of figures: "Mme Sylvie DUVAL-RENOUF et M. Hervé LEPETIT BC-UD 5 305 58,21 %", or most of them a label and its value:
    "Plateformes : PS5, Xbox Series X|S et PC" / "Sortie : premier semestre 2026"), or AD_LIST_ITEMS long items, makes no box,
    unless a line ends with an offer's button (`_OFFER_BUTTON`: "Nordbank Depot* – 0 Euro Depotgebühr – Zum Angebot")."""
    found: set[int] = set()
    for k, label in enumerate(measured):
        if label.cue is not ADVERTISING or not AD_LABEL.match(label.text):
            continue
        j = k + 1
        while (j < len(measured) and j - k <= AD_BOX_MAX_LINES and measured[j].cue is None and not measured[j].prose
               and measured[j].words <= BOX_ITEM_MAX_WORDS and not (j + 1 < len(measured) and measured[j + 1].prose)):
            j += 1
        box = range(k + 1, j)
        offered = any(_OFFER_BUTTON.search(measured[i].text) for i in box)  # (an offer's button says it is the ad's text)
        if (len(box) >= 2 and j < len(measured) and (measured[j].prose or j + 1 < len(measured) and measured[j + 1].prose)
                and (offered or not any(i in listed or measured[i].sentence or _ITEM_NUMBER.match(measured[i].text)
                            or measured[i].text.rstrip().endswith((":", "?", "：", "？", ",", ";")) for i in box)
                and sum(_is_record(measured[i]) or bool(_FIGURE_ROW.match(measured[i].text)) for i in box) < 2
                and 2 * sum(bool(_LABELLED_ITEM.match(measured[i].text)) for i in box) <= len(box)
                and (offered or sum(measured[i].words >= AD_LIST_ITEM_WORDS for i in box) < AD_LIST_ITEMS))):
            found.update(box)
    return frozenset(found)


# An offer's button at the end of an ad's line: "Nordbank Tagesgeld* – 3,20 % p. a. – Zum Angebot", "... Apply now".
_OFFER_BUTTON = re.compile(r"(?:zum\s+angebot|jetzt\s+(?:vergleichen|sichern|beantragen|eröffnen|bestellen|kaufen)|mehr\s+erfahren"
                           r"|apply\s+now|learn\s+more|get\s+(?:the\s+)?(?:offer|deal)|see\s+(?:the\s+)?(?:offer|deal|rates?)|shop\s+now|buy\s+now"
                           r"|view\s+(?:offer|deal)|check\s+price|voir\s+l['’]offre|ver\s+oferta|scopri\s+l['’]offerta|naar\s+de\s+aanbieding)\W*$",
                           re.IGNORECASE)


def boxed_lines(measured: Sequence[Line]) -> frozenset[int]:
    """The headlines under a most-read or related-stories header: BOX_MIN_ITEMS to
    RELATED_BOX_MAX_ITEMS lines of at most BOX_ITEM_MAX_WORDS words, up to a sentence that a
    paragraph follows (the article's opening), two thirds of them shaped as headlines, not
    sentences. They weigh as a teaser feed's lines do, so that the one that reads as a
    sentence does not open the article below the box."""
    found: set[int] = set()
    for k, header in enumerate(measured):
        if header.cue is None or header.cue.name != "related-header" or not _BOX_HEADER.match(header.text):
            continue
        items: list[int] = []
        for j in range(k + 1, min(k + 2 + RELATED_BOX_MAX_ITEMS, len(measured))):
            line = measured[j]
            if line.cue is not None or line.duplicate or line.words > BOX_ITEM_MAX_WORDS:
                break
            if line.sentence and j + 1 < len(measured) and measured[j + 1].prose:
                break  # the article's opening sentence, over its next paragraph
            if _is_list_intro(line) and j + 1 < len(measured) and measured[j + 1].cue is None and not measured[j + 1].prose:
                break  # the text going on with a list ("A search of his flat uncovered:" / its items)
            if _is_text_under_inline_box(measured, header, items, line):
                break
            items.append(j)
        if BOX_MIN_ITEMS <= len(items) <= RELATED_BOX_MAX_ITEMS and \
                3 * sum(not measured[j].sentence for j in items) >= 2 * len(items):
            found.update(items)
    return frozenset(found)


def _is_text_under_inline_box(measured: Sequence[Line], header: Line, items: Sequence[int], line: Line) -> bool:
    """A sentence ending in a full stop under the headlines of a box set into the text ("Related" /
    three headlines / "Work is expected to begin in September."): the article going on, not one
    more item, when no item before it was a sentence (a box whose teasers carry a line of summary
    has one under every headline)."""
    return (len(items) >= BOX_MIN_ITEMS and line.sentence and line.text.rstrip().endswith(".")
            and bool(_INLINE_HEADER.match(header.text)) and not any(measured[i].sentence for i in items))


def feed_lines(measured: Sequence[Line]) -> set[int]:
    """Positions of teaser and comment feeds: FEED_MIN_UNITS+ consecutive units, each a few short
    lines (headline, author, time, rating) followed by one or two short prose lines.

    An article interleaves subheadings with *several* paragraphs, or runs of prose; a list of
    teasers or comments repeats the same small unit."""
    units = _units(measured)
    heads = frozenset(listicle_heads(measured))
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for n, unit in enumerate(units + [None]):
        if unit is not None and _is_feed_unit(measured, unit):
            run.append(unit)
            continue
        if not (run and _goes_on_with_sections(measured, units[:n - len(run)], run)):
            found |= _feed_of(measured, run, heads)
        run = []
    # (a listicle's item is none, wherever its run starts: "Step 5: ..." over the comments)
    return found - {k for a, b in units if any(a <= h <= b for h in heads) for k in range(a, b + 1)} if heads else found


SECTIONS_BEFORE_FEED = 2
"""The text's sections, a heading over a paragraph, right over a run of feed-shaped units that go on with them."""


def _goes_on_with_sections(measured: Sequence[Line], before: Sequence[tuple[int, int]], run: Sequence[tuple[int, int]]) -> bool:
    """Whether a run of feed-shaped units (a heading over a short paragraph) only goes on with the text's sections
    right above it, headings over longer paragraphs (a funding round-up's "Vélocité lève 14 millions d'euros" / its
    paragraph, ... "Publicité" / "Granola Paysanne lève 6 millions d'euros" / its shorter one): SECTIONS_BEFORE_FEED
    such units right over it, and no box's header opens it (a list of teasers under the text's last section has one),
    and each unit's heading is a headline's shape (no comment's name and date: "Sunil Perera Monday, 20 January 2025 ...")."""
    first = run[0]
    if len(before) < SECTIONS_BEFORE_FEED or any(m.cue is not None and m.cue.reason == "related-links" for m in measured[first[0]:first[1] + 1]):
        return False
    if not all(_is_headline_shaped(m) for a, b in run for m in measured[a:b + 1] if not m.prose and m.cue is None):
        return False
    def section(a: int, b: int) -> bool:
        labels = [m for m in measured[a:b + 1] if not m.prose]
        prose = [m for m in measured[a:b + 1] if m.prose]
        return (len(labels) == 1 and labels[0].cue is None and not labels[0].duplicate and 1 <= len(prose) <= FEED_MAX_PROSE
                and sum(m.words for m in prose) > FEED_MAX_WORDS)
    # (the one right above, and enough of the few above it: a box set between two of them is a unit of its own)
    return section(*before[-1]) and sum(section(a, b) for a, b in before[-SECTIONS_BEFORE_FEED - 1:]) >= SECTIONS_BEFORE_FEED


def _feed_of(measured: Sequence[Line], run: list[tuple[int, int]], heads: frozenset[int] = frozenset()) -> set[int]:
    """The lines of a run of feed-shaped units that are a feed. A listicle's items counting by one
    are none (`_numbered_stretch`, or the units holding the page's listicle heads): the units before
    and after them are judged on their own (the list's introduction), and those between them that
    have no number are what the page set into the list (an appeal, a related link)."""
    held = [n for n, (a, b) in enumerate(run) if any(a <= h <= b for h in heads)]
    if (stretch := _numbered_stretch(measured, run) or ((held[0], held[-1]) if held else None)) is not None:
        first, last = stretch
        inserted = {k for a, b in run[first:last + 1] if _item_number(measured, a, b) is None and _is_set_in(measured, a, b) for k in range(a, b + 1)}
        return _feed_of(measured, run[:first], heads) | inserted | _feed_of(measured, run[last + 1:], heads)
    if (len(run) >= FEED_MIN_UNITS and not _is_timeline(measured, run) and not _is_dialogue(measured, run)
            and not _is_letters(measured, run) and not _is_questionnaire(measured, run) and not _is_ratings(measured, run)
            and not _is_live(measured, run)):
        return {k for a, b in run for k in range(a, b + 1)}
    return set()


# A live page's entry stamp, a clock time alone on its line: "17:26", "16.04 Uhr", "Ore 19:52", "4:10 p.m. ET", "21:48 hrs",
# "14 h 32" (Quebec's), "Posted at 16:48" ("Postiwyd am 16:48", the BBC's Welsh pages).
CLOCK_TIME = (r"^\W*(?:(?:ore|um|à|at|kl\.?|klo|posted\s+at|postiwyd\s+am)\s+)?(?P<h>\d{1,2})(?:[:.h]|\s+h\s+)(?P<m>\d{2})"
               r"(?:\s*(?:uhr|hrs?\.?|hs\.?|horas|h|(?P<half>[ap])\.?m\.?|gmt|bst|cet|cest|eet|eest|msk|et|edt|est|cdt|cst|mdt|mst|pdt|pst|utc|ist"
               r"|jst|kst|hkt|sgt|wib|aedt|aest|acdt|acst|awst|nzdt|nzst))*"
               rf"(?:,\s*(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}))?")  # (and its date: "9:14 p.m. ET, September 23, 2025")
_CLOCK_LABEL = re.compile(CLOCK_TIME + r"(?:\W*$|\s*[:–—|-]\s+\S.*$|\s+\S.*\+{3}\s*$|\s*(?-i:[A-ZÀ-Þ'‘\"“])\w*\S*\s+\S.*$|(?<=[A-Za-z])\d{1,2}:\d{2}\s*$)",
                          re.IGNORECASE)
# (or the entry's heading after it: "10:55 a.m. CDT: New T-0 set", "+++ 18:47 Bahn: Notfahrplan gilt bis Donnerstag +++",
# "15:27 Boom op woning in Heerenveen, bewoners ongedeerd", glued: "02:14Dit was de uitslagenavond"; or the time said again,
# glued to its zone, as The Guardian's live pages print it: "18.31 BST18:31")


# ...or a match's minute: "60. Minute | 29:28", "90e+5", "45'+2", "Min. 67", "67’ - Gol del Betis"
# (a mark after the figure, or "Min." before it: a list's numbers, "1." / "2." / ..., are no minutes)
_MATCH_MINUTE = re.compile(r"^\W*(?:min\.?\s*(?P<pmin>\d{1,3})|(?P<min>\d{1,3})\s*(?:'|’|′|e|ème|°|min\.?|\.?\s*(?:spielminute|minute|minuto)|(?=\s*\+\s*\d{1,2}\s*['’′])))"
                           r"(?:\s*\+\s*(?P<extra>\d{1,2}))?(?:\s*(?:'|’|′))?(?:\W*$|\s*[:–—|-]\s+\S.*$)", re.IGNORECASE)


def _is_live(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units each under a clock time or a match's minute (`_MATCH_MINUTE`), two thirds of them at least, the times in
    order, latest or earliest first ("17:26" / "Minister wil opheldering" / its paragraphs / ... / "16:04" / ...; "90e+3" /
    "Carton jaune" / its paragraph / "87e" / ...): a live page's entries, the text, not a feed of teasers."""
    times, minutes = [], []
    for a, b in run:
        labels = _unit_labels(measured, a, b)
        stamp = next((found for m in labels if (found := _CLOCK_LABEL.match(m.text))), None)
        if stamp is not None:
            times.append(_clock_minutes(stamp))
        elif (minute := next((found for m in labels if (found := _MATCH_MINUTE.match(m.text)) and int(found["min"] or found["pmin"]) <= 130),
                             None)) is not None:
            minutes.append(int(minute["min"] or minute["pmin"]) * 100 + int(minute["extra"] or 0))
    return 3 * (len(times) + len(minutes)) >= 2 * len(run) and _ordered(times) and _ordered(minutes)


def _clock_minutes(stamp: re.Match[str]) -> int:
    """A clock label's time of day in minutes (a 12-hour clock's too: "1:05 PM" after "10:20 AM")."""
    half = (stamp["half"] or "").casefold()
    hour = int(stamp["h"]) % 12 + (12 if half == "p" else 0) if half else int(stamp["h"])
    return hour * 60 + int(stamp["m"])


def _ordered(values: list[int]) -> bool:
    """Clock times (minutes) in order, either way, across midnight once ("02:12", "01:34", "00:21", "23:47", "22:26": a
    night's live page, newest first)."""
    if values == sorted(values) or values == sorted(values, reverse=True):
        return True
    for sign in (1, -1):
        breaks = [k for k in range(len(values) - 1) if sign * (values[k + 1] - values[k]) < 0]
        if len(breaks) == 1 and abs(values[breaks[0] + 1] - values[breaks[0]]) >= MIDNIGHT_JUMP_MINUTES:
            return True
    return False


MIDNIGHT_JUMP_MINUTES = 12 * 60


# A live entry's time with nothing after it: `_CLOCK_LABEL` without the entry's heading ("02:12", "16.04 Uhr", "4:51 p.m. ET").
LIVE_TIME = re.compile(CLOCK_TIME + r"\W*$", re.IGNORECASE)


LIVE_MIN_ENTRIES = 3
"""A live page has at least this many entries in a row (`live_entry_lines`)."""
LIVE_ENTRY_SPAN = 14
"""The most lines from one entry's time to the next's: its heading, its paragraphs, its buttons, a box set between."""
LIVE_BUTTON_MAX_WORDS = 3
LIVE_STAMP_MAX_WORDS = 6
"""A live entry's time has at most this many words ("4:51 p.m. ET", "Ore 19:52")."""


def live_entry_lines(measured: Sequence[Line]) -> frozenset[int]:
    """A live page's entries: LIVE_MIN_ENTRIES or more, each a clock time alone on its line (`_CLOCK_LABEL`), perhaps
    its heading and its writer's byline (`_entry_parts`), then its paragraph, the times in order and each within
    LIVE_ENTRY_SPAN lines of the next ("4:20 p.m. ET" / "NASA says all three rockets performed as planned" / its
    paragraphs / "Share" / "Copy link" / "3:33 p.m. ET" / ...). Their times, headings and bylines, and the buttons and ad
    labels between them (a word or a few under a cue: "Share", "Copy link", "Advertisement"), which weigh nothing: the
    entries are one text, however short each is. A feed of teasers under their times has no paragraph under each. A
    time alone that a cue read as a clip's length is an entry's too when the entry follows (not under a video's label)."""
    entries: list[tuple[int, tuple[int, ...], int]] = []
    for k, line in enumerate(measured[:-1]):
        if (line.cue is not None and not (line.cue.name == "clip-credit" and LIVE_TIME.match(line.text) and not _under_video_label(measured, k))
                or line.prose or (stamp := _CLOCK_LABEL.match(line.text)) is None):  # (a time alone may read as a clip's length:
            continue  # "16:38" under a poll's count; not under a video's label, "Video" / its title / "01:58")
        if (parts := _entry_parts(measured, k)) is not None:  # (its heading may be said again above, in a list of the
            entries.append((k, parts, _clock_minutes(stamp)))  # key events that links to the entries: "Key Events" / "FINAL: Lions 31, Rams 27" / ...)
    found: set[int] = set()
    chain: list[tuple[int, tuple[int, ...], int]] = []
    for entry in entries + [None]:  # type: ignore[list-item]
        if entry is not None and (not chain or entry[0] - chain[-1][0] <= LIVE_ENTRY_SPAN):
            chain.append(entry)
            continue
        if len(chain) >= LIVE_MIN_ENTRIES and _ordered([t for _, _, t in chain]):
            found.update(k for stamp, parts, _ in chain for k in (stamp, *parts))
            found.update(j for j in range(chain[0][0], chain[-1][0]) if (m := measured[j]).cue is not None
                         and m.cue.name in ("share-buttons", "button-label", "advertising") and m.words <= LIVE_BUTTON_MAX_WORDS)
        chain = [entry] if entry is not None else []
    return frozenset(found)


_VIDEO_LABEL = re.compile(r"^\W*(?:video|vídeo|vidéo|watch|play)\b", re.IGNORECASE)
VIDEO_LABEL_SPAN = 3


def _under_video_label(measured: Sequence[Line], k: int) -> bool:
    """A video's label ("Video", "Video afspelen", "Watch") at most VIDEO_LABEL_SPAN lines over line k: k is the clip's length."""
    return any(_VIDEO_LABEL.match(measured[j].text) for j in range(max(0, k - VIDEO_LABEL_SPAN), k))


def _entry_parts(measured: Sequence[Line], k: int) -> tuple[int, ...] | None:
    """The lines between an entry's time and its first paragraph: none, its heading, its writer's byline (`_signs_entry`:
    "By Sam Nguyen") and the desk under it, in either order; then, under a heading, perhaps a list of LIVE_ENTRY_ITEMS
    short lines or fewer (not among the lines returned: they are the entry's text). None when no paragraph follows so
    (a teaser's time and headline)."""
    parts: list[int] = []
    head = writer = desk = False
    items = 0
    for j in range(k + 1, min(k + 5 + LIVE_ENTRY_ITEMS, len(measured))):
        line = measured[j]
        if line.prose and line.cue is None:
            return tuple(parts) if j + 1 < len(measured) or parts else ()
        if not items and not writer and _signs_entry(line):
            writer = True
        elif not items and writer and not desk and parts[-1] == j - 1 and measured[j - 1].words <= LIVE_BYLINE_MAX_WORDS and _is_desk(line):
            desk = True  # the writer's desk under the name: "Rhys Penhale" / "BBN Wales News"
        elif not items and not head and line.cue is None and not line.prose and not _CLOCK_LABEL.match(line.text):
            head = True  # (not the next entry's time and heading: a clip's length, "01:48", over "23:49Opkomst hoger ...")
        elif head and items < LIVE_ENTRY_ITEMS and line.cue is None and line.words <= BOX_ITEM_MAX_WORDS and not LIVE_TIME.match(line.text):
            items += 1  # a list that opens the entry's text under its heading: "Diese Straßen sind gesperrt" / "Deutzer Brücke ..." / ...
            continue
        else:
            return None
        if j > k + 4:
            return None
        parts.append(j)
    return None


def _is_desk(line: Line) -> bool:
    """A newsroom's or a desk's name a few capitalised words long, no sentence ("BBN Wales News", "Political correspondent")."""
    return line.words <= LIVE_DESK_MAX_WORDS and not line.sentence and line.text[:1].isupper() and not line.text.rstrip().endswith((".", "!", "?", ":"))


LIVE_DESK_MAX_WORDS = 4
LIVE_ENTRY_ITEMS = 6
"""An entry's text may open with a list of this many short lines under its heading, over its first paragraph."""


def _signs_entry(line: Line) -> bool:
    """A byline short enough to sign a live entry: "By Sam Nguyen", "Ellie Marsh-Turner" (no date or time in it)."""
    if line.words <= LIVE_BYLINE_MAX_WORDS and _POST_CREDIT.match(line.text):
        return True  # "From CNB's Tom Kessler"
    return (line.words <= LIVE_BYLINE_MAX_WORDS and (line.cue is None or line.cue is BYLINE) and not line.sentence
            and _is_byline(line) and not _DATE_OR_TIME.search(line.text))


LIVE_BYLINE_MAX_WORDS = 6


def live_entry_authors(measured: Sequence[Line], live: frozenset[int]) -> frozenset[int]:
    """The bylines that sign a live page's entries: under each entry's time, by its heading (`_entry_parts`: "5:48pm
    AEDT" / "Southerly change arrives, but fire still active" / "By Sam Nguyen"), or a name right over the time, for
    LIVE_MIN_AUTHORS entries or more ("Ellie Marsh-Turner" / "02:12" / "That's all from us tonight" / ... / "Tom Adeyemi" /
    "00:58" / ...). The page repeats them, and an ad's label may stand over one: they are the entries' credits all the
    same."""
    under = frozenset(j for k in live if _signs_entry(measured[k]) for j in (k, k + 1)
                      if j == k or j in live and not LIVE_TIME.match(measured[j].text) and _is_desk(measured[j]))  # (and the desk under the name)
    over = frozenset(j for k in live if LIVE_TIME.match(measured[k].text) and (j := k - 1) >= 0 and j not in live
                     and _signs_entry(measured[j]))
    return next((names for names in (under, over) if len(names) >= LIVE_MIN_AUTHORS), frozenset())


LIVE_MIN_AUTHORS = 2
"""A live page's entries are signed when this many of them have a name by their time (`live_entry_authors`)."""


# A player's or a performer's grade after the name, a ratings piece's label: "TEDESCHI 6,5", "Van Dijk 7/10",
# "ALL. VENTRONE 7" (the coach's), "Saka – 8".
_GRADED_LABEL = re.compile(r"^\s*\D{2,40}?\s+[-–:]?\s*(?:10|\d(?:[.,]5)?)(?:\s*/\s*10)?\s*$")


def _is_ratings(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units each under a name and its grade, two thirds of them at least ("BRAMBILLA 7" / "Un muro.
    Vince tutti i duelli aerei ..."): a match's ratings, the text's own items, not a feed."""
    graded = sum(1 for a, b in run if any(_GRADED_LABEL.match(m.text) for m in _unit_labels(measured, a, b)))
    return 3 * graded >= 2 * len(run)


def _is_set_in(measured: Sequence[Line], a: int, b: int) -> bool:
    """A unit between a listicle's items that the page set into the list: it has a cue's line (an
    appeal, "Das könnte dich auch interessieren: ..."), or a line that is no sentence (a teaser's
    headline); not sentences alone, a quotation and the paragraph that goes on from it ("„In kleinen
    Küchen ...“" / "Diesen Grundsatz empfiehlt ...")."""
    lines = measured[a:b + 1]
    return any(m.cue is not None for m in lines) or not all(m.sentence for m in lines)


def _is_questionnaire(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units each under a question, two thirds of them at least ("When were you happiest?" / its
    answer / "What is your greatest fear?" / ...): an interview's questions and answers; a feed's
    teasers ask a question now and then."""
    asked = sum(1 for a, b in run if any(m.text.rstrip().endswith(("?", "？")) for m in _unit_labels(measured, a, b)))
    return 3 * asked >= 2 * len(run)


# A timeline's entry label: a date, or a month and year, or a year ("Nov. 3, 2022", "June 2023", "2019").
_TIMELINE_DATE = re.compile(rf"^\W*(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH})\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?"
                            r"(?P<y>(?:19|20)\d\d)\W*$", re.IGNORECASE)


def _is_dialogue(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units each under the name of one of two speakers, taking turns ("OWEN MARCUS" / a question /
    "DANA WHITFIELD" / an answer): an interview, not a feed of comments, whose commenters are many.
    Two labels, each in two units at least, and one of them in DIALOGUE_SHARE of the units."""
    labelled = [{normalise_line(m.text) for m in _unit_labels(measured, a, b) if m.words <= 4 and not any(c.isdigit() for c in m.text)}
                for a, b in run]  # (names, not a teaser's date: "Tuesday November 19, 2019")
    top = Counter(label for labels in labelled for label in labels).most_common(2)
    speakers = {label for label, _ in top}
    turns = [(a, b) for (a, b), labels in zip(run, labelled) if labels & speakers]
    return (len(top) == 2 and all(count >= 2 for _, count in top) and len(turns) >= DIALOGUE_SHARE * len(run)
            # (and no headline among the turns' labels: a question at most, "How did you end up getting involved?")
            and all(m.words <= 4 or m.text.rstrip().endswith("?") for a, b in turns for m in _unit_labels(measured, a, b)))


# A letter to the editor opens by addressing the editor: "SIR – ...", "Sir, – ...", "Dear Editor, ...".
_SALUTATION = re.compile(r"^\W*(?:sir|madam|dear\s+(?:sir|madam|editor)|to\s+the\s+editor)\b\s*[,:–—-]", re.IGNORECASE)


# A letter's signature: its writer's name and where they live, on at most two short lines under it.
SIGNATURE_LINES_UNDER_LETTER = 2


def letter_signatures(measured: Sequence[Line], body: Body) -> frozenset[int]:
    """On a letters page (two letters or more in the text open with `_SALUTATION`), the lines that
    sign each letter, right under its last paragraph ("Margaret Fenwick" / "Clee St Margaret,
    Shropshire"): read as a speaker's name is, no heading; a subheading further down stays one."""
    if sum(1 for k in range(body.start, body.end + 1) if measured[k].prose and _SALUTATION.match(measured[k].text)) < 2:
        return frozenset()
    found: set[int] = set()
    for k in range(body.start + 1, min(body.end + 2, len(measured))):
        if not measured[k - 1].prose:
            continue
        for j in range(k, min(k + SIGNATURE_LINES_UNDER_LETTER, len(measured))):
            line = measured[j]
            if (line.prose or line.cue is not None or line.sentence or line.words > SIGNATURE_MAX_WORDS
                    or j > body.end and not title_cased(line.text)):  # (under the last letter, past the text's end: a name and a place)
                break
            found.add(j)
    return frozenset(found)


def _is_letters(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units that each open a letter to the editor (`_SALUTATION`), signed under it with a name and
    a place: a letters page, whose letters are its text, not a feed of comments; two thirds of them."""
    opened = sum(1 for a, b in run if any(measured[k].prose and _SALUTATION.match(measured[k].text) for k in range(a, b + 1)))
    return 3 * opened >= 2 * len(run)


def _is_timeline(measured: Sequence[Line], run: list[tuple[int, int]]) -> bool:
    """Units of one date and one paragraph each, the dates in order, earliest or latest first: a
    timeline of the article's ("Nov. 3, 2022" / "A routine state inspection finds ..."), not a feed
    of teasers or comments, whose units have a headline, or a name, besides their time."""
    keys = []
    for n, (a, b) in enumerate(run):
        labels = _unit_labels(measured, a, b)
        # (the first unit may open with the timeline's own introduction: "Here is a timeline of key events.")
        match = _TIMELINE_DATE.match(labels[-1].text) if labels and (len(labels) == 1 or n == 0) else None
        if match is None:
            return False
        month = MONTHS.get(match["m"].casefold().rstrip("."), 0) if match["m"] else 0
        keys.append((int(match["y"]), month, int(match["d"] or 0)))
    return keys == sorted(keys) or keys == sorted(keys, reverse=True)


_NUMBERED = re.compile(r"^\W*(\d{1,3})(?:\s*[.):]\s+\S|(?-i:[A-Z])[a-z])")  # (or glued to the item's name: "1Amelia, size 10")
# A listicle's item number in other shapes: "#3 You Were Gone For Eleven Years", "3 You can't sleep"
# (a number and a capital), "3" alone over the item's name, a how-to's "Step 3: ..." or "Step 3", a slideshow's
# counter "3 / 10" (its cue aside: the slide's number is what it counts), with the slide's word or its heading after a
# dash: "Bild 5 von 12", "Slide 3 of 13", "3/10 - Obernai, le charme des petites places".
_ITEM_MARK = re.compile(r"^\s*(?:#\s?(\d{1,3})\s+\S|(\d{1,3})\s+(?=[^\W\d_])(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])|(?P<alone>\d{1,3})\s*$"
                        # ...or a how-to's step: "Step 3: Shut off the water and drain the tank", "Schritt 2 – ..."
                        r"|(?i:step|schritt|étape|etapa|paso|passo|stap|krok|шаг|крок)\s+(\d{1,3})(?:\s*[.:)–—-]?\s+\S|\s*$))")
_NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,3}\.\s+\S")  # (an item that is its paragraph: "4. The trading economy. A Fruit Roll-Up was ...")
_HASH_HEADING = re.compile(r"^\s*#\s?\d{1,3}\s+\S.*[^.!?…\s]\s*$")
_SLIDE_COUNTER = re.compile(r"^\s*(?:(?:slide|image|photo|picture|bild|foto|diapositiv[ea]|imagen|afbeelding|dia|kuva|zdjęcie|слайд|фото)\s+)?"
                            r"(\d{1,3})\s*(?:/|of|von|de|sur|di|из|з|van|av|af|z)\s*\d{1,3}(?:\s*[-–—:|]\s*\S.*)?\s*$", re.IGNORECASE)


def _head_number(line: Line) -> int | None:
    """The number of a listicle's item that the line heads (`_NUMBERED`, `_ITEM_MARK`, `_SLIDE_COUNTER`), if any; a long
    heading marked "#3" that no stop ends is one too ("#3 Le copain ou la copine qui s'installe « juste quelques jours »"),
    and so is a paragraph numbered "4. " (a community list's items, each its own paragraph, a picture's credit under it)."""
    if line.prose and not (_HASH_HEADING.match(line.text) or _NUMBERED_PARAGRAPH.match(line.text)):
        return None
    if match := _SLIDE_COUNTER.match(line.text):
        return int(match.group(1))
    if line.cue is None and (match := _NUMBERED.match(line.text) or _ITEM_MARK.match(line.text)):
        return int(next(g for g in match.groups() if g))
    return None


LISTICLE_MIN_ITEMS = 3
"""Numbered headings counting by one, at least this many, make a listicle's items (`listicle_lines`)."""


def listicle_lines(measured: Sequence[Line], heads: list[int]) -> set[int]:
    """The lines of a listicle's items (`listicle_heads`) from each numbered heading down to its
    text: the number, the item's name, its votes and photo credit ("1" / "They Sit On Exactly What
    You're Using" / "1,208" / "Photo: ..." / its paragraph), which weigh as a list's items do, nothing."""
    found: set[int] = set()
    items = set(heads)
    for k in heads:
        j = k
        while j < len(measured) and (j == k or not measured[j].prose and j not in items):  # (a numbered paragraph: its credit under it)
            found.add(j)
            j += 1
    return found


SLIDE_CREDIT_LINES = 2
"""Lines of a picture's credit between a slide's counter and its heading ("© Getty Images")."""


def listicle_items(measured: Sequence[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """The name of each listicle item (`listicle_heads`), and the numbers alone over names: its
    numbered heading is its name ("#3 You Were Gone For Eleven Years", "4. Die Person, die nie da
    ist"); under a number or a slide's counter alone ("3", "3 / 10"), the line under it, of words
    and no cue's, is, and the number is the list's marker; under a slide's counter, past the
    picture's credit, its heading may carry the item's own number ("Slide 4 of 13" / "© Getty
    Images" / "3. Buying pre-cut produce")."""
    names, numbers = set(), set()
    for k in listicle_heads(measured):
        if slide := _SLIDE_COUNTER.match(measured[k].text) or (mark := _ITEM_MARK.match(measured[k].text)) and mark["alone"]:
            j = k + 1
            while slide and j < min(len(measured), k + 1 + SLIDE_CREDIT_LINES) and measured[j].cue is not None:
                j += 1
            name = measured[j] if j < len(measured) else None
            if (name is not None and name.cue is None and not name.prose and _LETTER.search(name.text)
                    and (_head_number(name) is None or slide and not _SLIDE_COUNTER.match(name.text))):
                names.add(j)
                numbers.add(k)
        elif measured[k].cue is None:
            names.add(k)
    return frozenset(names), frozenset(numbers)


def listicle_heads(measured: Sequence[Line]) -> list[int]:
    """The headings of a listicle's items (`_head_number`): they count up from 1 or down to it,
    LISTICLE_MIN_ITEMS of them at least, each apart from the last (a pager's "1 2 3" is no list),
    with prose between the first and the last (a list of teasers has none); [] when there are none."""
    heads = [(k, n) for k, line in enumerate(measured) if (n := _head_number(line)) is not None]
    best: list[int] = []
    for start, (k, n) in enumerate(heads):
        step = 1 if n == 1 else -1 if n >= LISTICLE_MIN_ITEMS else 0
        if not step:
            continue
        chain, want = [k], n + step
        for k2, n2 in heads[start + 1:]:
            if want < 1:
                break
            if n2 == want and k2 > chain[-1] + 1:
                chain.append(k2)
                want += step
        if len(chain) > len(best) and (step == 1 or want == 0):
            best = chain
    if len(best) < LISTICLE_MIN_ITEMS or not any(measured[j].prose for j in range(best[0], best[-1])):
        return []
    return best


def _item_number(measured: Sequence[Line], a: int, b: int) -> int | None:
    """The number a unit's heading opens with, if any ("4. Don't grow what you don't eat"; the
    heading may read as a sentence: "2. Use a muffin tin to serve toppings for taco night."; `_head_number`)."""
    return next((number for k in range(a, b + 1) if (number := _head_number(measured[k])) is not None), None)


def _numbered_stretch(measured: Sequence[Line], run: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(first, last) positions in the run of units whose headings count up or down one by one
    ("3. Water is further away than you think" / its paragraph / "4. Don't grow what you don't eat"
    / ...): a listicle's items, not teasers, whose headlines are not numbered. FEED_MIN_UNITS items
    at least, or the whole run; fewer units between them without a number than with one."""
    numbered = [(n, number) for n, (a, b) in enumerate(run) if (number := _item_number(measured, a, b)) is not None]
    best: list[tuple[int, int]] = []  # the longest stretch of them that counts by one (a headline's "12 Dinge, ..." before it counts nothing)
    for step in (1, -1):
        stretch: list[tuple[int, int]] = []
        for unit in numbered:
            stretch = [*stretch, unit] if stretch and unit[1] - stretch[-1][1] == step else [unit]
            best = stretch if len(stretch) > len(best) else best
    if not run or len(best) < min(FEED_MIN_UNITS, len(run)) or len(best) < 2 and len(run) > 1:
        return None
    first, last = best[0][0], best[-1][0]
    return (first, last) if 2 * len(best) > last - first + 1 else None


def _unit_labels(measured: Sequence[Line], a: int, b: int) -> list[Line]:
    """A feed unit's labels: its lines that are no prose, an ad's label or another cue aside."""
    return [measured[k] for k in range(a, b + 1) if not measured[k].prose and measured[k].cue is None]


def _units(measured: Sequence[Line]) -> list[tuple[int, int]]:
    """Split into (first, last) units: a run of non-prose lines followed by a run of prose lines."""
    units, start = [], 0
    for k in range(1, len(measured) + 1):
        if k == len(measured) or (not measured[k].prose and measured[k - 1].prose):
            units.append((start, k - 1))
            start = k
    return units


def _is_feed_unit(measured: Sequence[Line], unit: tuple[int, int]) -> bool:
    lines = measured[unit[0]:unit[1] + 1]
    prose = [m for m in lines if m.prose]
    labels = sum(1 for m in lines if not m.prose and not m.attribution)
    distinct_labels = any(not m.prose and not m.duplicate and m.cue is None for m in lines)  # (an ad's label or a button heads no teaser)
    # (a comment's name and date or time, or a byline that says "by"; a bare name alone may be a section's label: "Historical Snapshot")
    short = sum(m.words for m in prose) <= FEED_MAX_WORDS
    signed = not short and labels >= 2 and (any(DATELINE.match(m.text) or _DATE_OR_TIME.search(m.text) for m in lines if not m.prose)
                                            or any(_is_byline(m) and not _is_bare_name(m) for m in lines if not m.prose))
    # (a label that ends with a colon introduces what follows, as a text's own "Background:" does;
    # a teaser's headline does not)
    introduced = any(not m.prose and m.cue is None and m.text.rstrip().endswith(":") for m in lines) or (
        unit[0] > 0 and measured[unit[0] - 1].prose and measured[unit[0] - 1].cue is None
        and measured[unit[0] - 1].text.rstrip().endswith(":"))  # a list under a sentence: "... В ближайших планах:"
    # (nor does a teaser end its headline or summary as a list's item or its introduction does: "dnevna karta sa 250 na
    # 280 dinara;", "Prema predlogu ..., izmene bi bile sledeće:")
    introduced = introduced or any(m.cue is None and m.text.rstrip().endswith((";", ":")) for m in lines)
    # (nor does a teaser's headline end with a full stop: "Osa videoista on kerännyt jo kymmeniätuhansia
    # katselukertoja." is the text's short paragraph, in a language of long words)
    told = all(m.sentence and _FULL_STOP_END.search(m.text) and _head_number(m) is None  # (a listicle's "4. Grate frozen butter.")
               for m in lines if not m.prose and m.cue is None and not m.attribution)
    # (nor is a teaser's headline a short sentence with its full stop: "Arcane Edge damage reduced by 12%." / "Warden" /
    # "Bulwark Stance now reduces incoming damage by 30%, up from 25%." are a patch's notes)
    told = told or any(m.cue is None and m.sentence and m.words >= FEED_LABEL_SENTENCE_WORDS and _FULL_STOP_END.search(m.text)
                       and _head_number(m) is None and not _TWO_SENTENCES.search(m.text)  # (a notice: "Comments are now closed. Thanks ...")
                       for m in lines if not m.prose and not m.attribution)
    # (nor is a teaser's summary a gate's or an appeal's notice alone: "有料会員になると続きをお読みいただけます。")
    walled = all(m.cue is not None and m.cue.name in BARRIER_CUES for m in prose)
    # (nor is a teaser's headline a table's row or a player's stat line: "Colby Hart\t91%\t34\t11", "Javonte Miles: 18 carries,
    # 96 yards, 2 TD; 3 targets, ...", a box score's lines between a recap's paragraphs)
    figured = any(not m.prose and m.cue is None and (tab_cells(m.text) >= 3 or _STAT_LINE.match(m.text)) for m in lines)
    # (nor is it a wire report's section heading in capitals, a word or a few: "SPREAD E VALUTE" / its paragraph, "PETROLIO")
    shouted = any(not m.prose and m.cue is None and m.words <= SHOUTED_HEADING_MAX_WORDS and m.text.isupper() for m in lines)
    # (nor is it a how-to's commands over the paragraph on them: "./configure --disable-gil" / "make -j8" / "sudo make altinstall")
    coded = sum(1 for m in lines if not m.prose and m.cue is None and _CODE_LINE.match(m.text)) >= 2
    return (1 <= labels <= FEED_MAX_LABELS and 1 <= len(prose) <= FEED_MAX_PROSE and not told and not walled and not figured and not shouted
            and not coded
            and (short or signed) and distinct_labels and not introduced and not _is_section(lines, prose)
            and not any(_QA_LABEL.match(m.text) for m in lines))  # an interview's "Q: ..." / "A: ...", no teasers


SHOUTED_HEADING_MAX_WORDS = 4


# A player's stat line: a name, a colon and three figures or more a comma or a semicolon apart ("Javonte Miles: 18 carries, 96
# yards, 2 TD; 3 targets, 3 receptions, 22 yards").
_STAT_LINE = re.compile(r"^[^:\d]{2,40}:\s+\d[^,;]*(?:[,;]\s+\d[^,;]*){2,}$")


# A full stop at a line's end, perhaps inside a quotation's mark (not a headline's question: "Red kites and wind turbines:
# A deadly combination?").
_FULL_STOP_END = re.compile(r"[.。։።][\"'”’»“)\]]*\s*$")


# The labels of an interview's questions and answers: "Q: Why did you ...?", "A: Because ...".
_QA_LABEL = re.compile(r"^\W*(?:q|a|question|answer|вопрос|ответ|питання|відповідь|frage|antwort|pregunta|respuesta)\s*[:.]\s",
                       re.IGNORECASE)


def _is_section(lines: Sequence[Line], prose: Sequence[Line]) -> bool:
    """A part of an article rather than a teaser: its paragraph is under a separator ("* * *",
    "—") or under a short subheading or question ("The vote", "Why now?") and is longer than a
    teaser's summary. Teasers are headlines of several words over summaries of 10-29 words (DEV)."""
    labels = [m for m in lines if not m.prose and not m.attribution]
    if all(not _LETTER.search(m.text) for m in labels):
        return True
    return (len(labels) == 1 and labels[0].words <= SUBHEAD_MAX_WORDS and labels[0].cue is None
            and sum(m.words for m in prose) >= SECTION_MIN_WORDS)


# --- deciding each line ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Page:
    """What deciding a line needs to know about the whole page, computed once."""

    measured: Sequence[Line]
    body: Body
    listed: frozenset[int]
    """List items under an introducing line."""
    links: frozenset[int]
    """Lines of link lists (related headlines, tags) inside the body."""
    headline: int | None = None
    """The article's headline above the body (`find_headline`)."""
    ticker: frozenset[int] = frozenset()
    """Lines of a news ticker (`ticker_lines`): long enough to read as prose, links all the same."""
    points: frozenset[int] = frozenset()
    """The summary points under the headline (`summary_points`)."""
    contents: frozenset[int] = frozenset()
    """The entries of a table of contents whose headings the text says again (`contents_lines`)."""
    speakers: frozenset[int] = frozenset()
    """The speakers' names over the turns of an interview in the text (`speaker_lines`)."""
    items: frozenset[int] = frozenset()
    """The names of a listicle's items (`listicle_items`)."""
    numbers: frozenset[int] = frozenset()
    """The numbers alone over those names ("4" / "Ignoring The Expensive Bed"): a list's markers, no text."""
    rows: frozenset[int] = frozenset()
    """The rows of a table of figures in the text (`figure_rows`), one to a line."""
    code: frozenset[int] = frozenset()
    """The lines of a program or a shell session set into the text (`code_lines`)."""
    ads: frozenset[int] = frozenset()
    """The lines of an ad under its label set into the text (`ad_box_lines`)."""


def _under_the_photo(measured: Sequence[Line], start: int) -> int:
    """Where the header's window ends over the text: over the photo's caption and credit right over
    it, which push no signature out of the window ("Marte Haugland" / "Journalist" / "Jonas Bakke" /
    "Journalist" / "Publisert: ..." / "Oppdatert: ..." / caption / "Foto: Tor Erik Haugen" / text)."""
    top = start
    while top > 0 and start - top < PHOTO_LINES and (measured[top - 1].cue is not None and measured[top - 1].cue.reason == "image-credit"
                                                    or _over_credit(measured, top - 1)):
        top -= 1
    return top


PHOTO_LINES = 2
"""A photo's lines: its caption and its credit."""


def _header_window_top(measured: Sequence[Line], start: int) -> int:
    """The first line of the header's window over the text: HEADER_SPAN lines over the photo right over
    the text (`_under_the_photo`), and up the first of two names of a byline broken over lines it cuts ("Marleen
    Vroegindeweij" / "Thijs Okkerse" / "14 maart 2025" / ...)."""
    top = max(_under_the_photo(measured, start) - HEADER_SPAN, 0)
    if (top > 0 and measured[top].index == measured[top - 1].index + 1 and _is_bare_name(measured[top]) and _is_bare_name(measured[top - 1])
            and not _is_bare_name(measured[top + 1]) and normalise_line(measured[top].text) != normalise_line(measured[top - 1].text)):
        top -= 1  # (two names on lines a break joins, not a menu's run of items: "Mostly True" / "Half True" / "Mostly False" / ...)
    return top


def _decide(page: _Page, k: int) -> Verdict:
    measured, body = page.measured, page.body
    line = measured[k]
    start, end = body.start, body.end
    if line.cue is not None:
        return Verdict(False, line.cue.reason, line.cue.name)
    if _under_tag_label(measured, k):
        return Verdict(False, TAG_LIST.reason, TAG_LIST.name)
    if k in page.ticker:  # inside the body as well: each item reads as prose
        return Verdict(False, "related-links", "ticker")
    if k in page.contents:
        return Verdict(False, "navigation", "contents")
    if k == start - 1 and page.contents and _is_listed_heading(page, k):
        return Verdict(True, "body", "subheading")  # the text's first heading, which its contents listed ("The News")
    if k in body:
        return _decide_inside(page, k)
    if k in page.speakers:  # the first turn's speaker, and its time, right over the text
        return Verdict(True, "body", "speaker")
    if k in body.gaps:
        return Verdict(False, "insert", "insert")
    if k == page.headline:  # a headline is often on the page twice (a gallery, a breadcrumb): kept here
        return Verdict(True, "body", "headline")
    if k in page.points:
        return Verdict(False, "highlights", "summary-points")
    if page.headline is not None and _follows_headline(page, k) and k < start and _is_standfirst(page, k):
        return Verdict(True, "body", "standfirst")
    if line.duplicate:
        return Verdict(False, "repeated", "repeated")
    if _header_window_top(measured, start) <= k < start and (page.headline is None or k > page.headline):
        header = _header_cue(line)
        if header == "byline" and _names_a_photo(measured, k):
            return Verdict(False, "image-credit", "caption")
        if header == "byline" and _related_header_above(measured, k) is not None:
            return Verdict(False, "navigation", "tag-list")  # a topic under "Related Topics", not a name: "Network Rail"
        if (header == "byline" and page.headline is not None and _is_bare_name(line)
                and normalise_line(line.text) in normalise_line(measured[page.headline].text)):
            return Verdict(False, "repeated", "repeated")  # the headline's words, not a name: a game's facts box, "Starfall Tactics"
        if (header == "byline" and _is_bare_name(line) and page.headline is not None and not line.text.rstrip().endswith(",")  # ("Guten Morgen,")
                and any(_SIGNED.match(measured[j].text) and _is_byline(measured[j]) for j in range(page.headline + 1, k - 2))):
            return Verdict(False, "outside-body", "outside-body")  # a label under the signed byline, apart from it: "ByTravis
            # Holmgren" / date / buttons / a project's facts / "Family Handyman" / "Introduction" / text
        if header and not _listed_as_related(measured, k):  # not the date of the last story in a list above the text
            return Verdict(True, "body", header)
    if (k + 1 == start - HEADER_SPAN and (page.headline is None or k > page.headline) and _header_cue(line) == "dateline"
            and UPDATE_LABEL.match(measured[k + 1].text) and _header_cue(measured[k + 1]) == "dateline"):
        return Verdict(True, "body", "dateline")  # the published date right over the updated one that opens the header's window
    if (k + 1 == start - HEADER_SPAN and (page.headline is None or k > page.headline) and name_with_role(line.text)
            and name_with_role(measured[k + 1].text)):
        return Verdict(True, "body", "byline")  # the first of two names with their roles stacked at the top of the header's window
    if k > end and FOOTNOTE.match(line.text) and _only_footnotes_between(measured, end, k):
        return Verdict(True, "body", "footnote")
    return Verdict(False, "outside-body", "outside-body")



def _is_standfirst(page: _Page, k: int) -> bool:
    """The line under the headline is its standfirst: a deck without a full stop (`_is_deck`), a
    sentence or a few (`_is_sentence_deck`), or a short deck in a headline pair that the text tells."""
    measured, line, signed = page.measured, page.measured[k], _signed_under(page.measured, k) or _signed_past_photo(page.measured, k)
    headline = measured[page.headline] if page.headline is not None else None
    # (or signed over the headline: "SV Wehen Wiesbaden28.10.2019, 11:07" / headline / a deck of two sentences / buttons / text)
    signed = signed or (page.headline is not None and page.headline > 0 and _is_signature(measured[page.headline - 1]))
    return headline is not None and (
        _is_deck(headline, line, signed) or _is_sentence_deck(line, signed)
        or k == page.headline + 1 and _is_headline_pair(measured, page.headline)
        and _told_by(line, _body_words(measured, page.body))[1] >= HEADLINE_TOLD_SHARE
        or k == page.headline + 1 and _signed_under(measured, k) and _is_short_deck(measured, page.headline, _body_words(measured, page.body))
        or k == page.headline + 1 and _signed_under(measured, k) and _is_headline_shaped(line) and not line.duplicate
        and line.words >= DECK_MIN_WORDS and headline.words >= line.words)  # (as long as the headline, between it and the byline)


def _is_short_deck(measured: Sequence[Line], above: int, told: frozenset[str]) -> bool:
    """The line under the headline at `above`, over the byline, is a deck shorter than it: of
    usual length, told by the text no more than the headline or telling fewer of its words ("After
    50 years, Bellham's Harvest Fair still runs on pie and volunteers" / "First Parish fair expects
    3,000 visitors Saturday" / "By ..."), not the end of a breadcrumb over it ("Home News Business
    News <headline>"), and no headline of usual length over the headline (it would be the last of a
    list's items)."""
    headline, deck = measured[above], measured[above + 1]
    told_words, share = _told_by(headline, told)
    deck_told, deck_share = _told_by(deck, told)
    over = measured[above - 1] if above > 0 else None
    return (_is_headline_shaped(deck) and deck.words >= HEADLINE_USUAL_WORDS and headline.words > deck.words
            and told_words >= DECK_HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE
            and (share >= deck_share or told_words > deck_told) and normalise_line(deck.text) not in normalise_line(headline.text)
            and not (over is not None and _is_headline_shaped(over) and over.words >= HEADLINE_USUAL_WORDS
                     and not _SECTION_PARTS.search(over.text)))  # (a kicker may be over it: "The Ratings Game", "Newsletter · Lo que hay que saber")


def _is_listed_heading(page: _Page, k: int) -> bool:
    """A subheading of the text that a table of contents listed first: headline-shaped, not the
    headline, between two paragraphs of prose, and its first copy above the body; or, of any
    length ("The News", "Notable"), its first copy an entry of a table of contents under its
    header (`contents_lines`)."""
    measured, line = page.measured, page.measured[k]
    if line.template or k + 1 >= len(measured) or not measured[k + 1].prose:
        return False
    key = normalise_line(line.text)
    if any(normalise_line(measured[j].text) == key for j in page.contents if j < k):
        return True
    if not _is_headline_shaped(line):
        return False
    if page.headline is not None and normalise_line(measured[page.headline].text) == key:
        return False
    return any(normalise_line(measured[j].text) == key for j in range(page.body.start))


def _signed_past_photo(measured: Sequence[Line], k: int) -> bool:
    """A signature under position `k` past the lead photo's caption and credit between (LA Times:
    headline / deck / caption / "(Ilse Navarro / Los Angeles Times)" / "By Tobias Renwick")."""
    j = k + 1
    while j < len(measured) and j - k <= PHOTO_LINES and (
            measured[j].cue is not None and measured[j].cue.reason == "image-credit" or _over_credit(measured, j)):
        j += 1
    first = measured[k + 1] if k + 1 < len(measured) else None
    return (k + 1 < j < len(measured) and _is_signature(measured[j]) and first is not None
            and first.words >= SHORT_SENTENCE_MIN_WORDS)  # (a photo's caption, not a counter: "0" / "The Associated Press")


def _follows_headline(page: _Page, k: int) -> bool:
    """Right under the headline, or under its copy further down the header (a page that shows
    its title twice, over the share buttons and again over the standfirst)."""
    headline = page.headline
    if headline is None or k <= headline:
        return False
    above = page.measured[k - 1]
    return k == headline + 1 or (above.duplicate and k - headline <= HEADLINE_SPAN
                                 and normalise_line(above.text) == normalise_line(page.measured[headline].text))


# A live page's post credited to its network's reporters, over the post's text: "From CNN's Jane Doe", "From ANN's Dev
# Patel and Ben Carter" (decided inside the text, not a cue: as a cue it would weigh against the text around it).
_POST_CREDIT = re.compile(r"^\W*From\s+[A-Z]{2,6}['’]s\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                          r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})*\W*$")


# A pull quote: a sentence of the text set again in large type between its paragraphs, within
# PULL_QUOTE_SPAN lines of the paragraph that says it with PULL_QUOTE_MIN_WORDS words more or more, of
# PULL_QUOTE_MIN_WORDS words or more (a subheading that takes a phrase of the paragraph under it is
# shorter: "Crowding out"; one row of a list of names is not a paragraph's: "K Holmes (Ealing, ...)." /
# "H Clitheroe (Preston Harriers), K Holmes (Ealing, ...).").
PULL_QUOTE_SPAN = 8
PULL_QUOTE_MIN_WORDS = 6


def _is_pull_quote(measured: Sequence[Line], body: Body, k: int) -> bool:
    """The line says again, word for word (quotation marks and stops aside), part of a longer line of
    the text near it: »Wir reden über Verbrenner ...« over "»Wir reden über Verbrenner ...«, sagt sie. ..."."""
    line = measured[k]
    if line.words < PULL_QUOTE_MIN_WORDS or line.duplicate:
        return False
    said = _folded_words(line.text)
    return any(m in body and measured[m].prose and measured[m].words >= line.words + PULL_QUOTE_MIN_WORDS and said in _folded_words(measured[m].text)
               for m in range(max(k - PULL_QUOTE_SPAN, body.start), min(k + PULL_QUOTE_SPAN, body.end) + 1) if m != k)


@functools.lru_cache(maxsize=4096)
def _folded_words(text: str) -> str:
    """The line's words in lower case, one space between them and around it ("»Wir reden ...«, sagt" -> " wir reden ... sagt ")."""
    return f" {' '.join(WORD.findall(text.casefold()))} "


# A section break between parts of a text ("* * *", "***", "• • •", "⁂") is the text's own and
# stays; other lines without a letter or a digit inside the text are separators of the page.
_SECTION_BREAK = re.compile(r"^\s*(?:[*•·⁂~#]\s*){1,5}$")


def _decide_inside(page: _Page, k: int) -> Verdict:
    measured, end = page.measured, page.body.end
    line = measured[k]
    if k in page.code:
        return Verdict(True, "body", "code")  # (a bracket alone closes a block there: "}", "]);")
    if not any(c.isalnum() for c in line.text) and not _SECTION_BREAK.match(line.text):
        return Verdict(False, "outside-body", "separator")  # "- - - -", "___", "*************************", "."
    if k in page.speakers:
        return Verdict(True, "body", "speaker")
    if k in page.body.headings:
        return Verdict(True, "body", "subheading")  # a numbered card's name: "Taberna da Rua das Flores" / "1." / ... / its text
    if k in page.body.plain:
        return Verdict(True, "body", "card-details")  # an event card's details: "Friday, Sept 13, 7 pm, The Showbox, $30"
    if line.duplicate and (line.template or not line.sentence) and not _is_listed_heading(page, k):
        # A sentence said twice inside the article is the article's (the same question put to
        # each person interviewed); a repeated label there is a caption or a widget.
        return Verdict(False, "repeated", "repeated")
    if _only_footnotes_between(measured, k - 1, end + 1):
        return Verdict(True, "body", "footnote")
    if (k > 0 and (not line.prose or _KICKER_THEN_HEADLINE.match(line.text)) and _is_headline_shaped(line) and line.words <= RELATED_BOX_MAX_WORDS
            and (above := measured[k - 1]).cue is not None and above.cue.name == "related-header"):
        return Verdict(False, "related-links", "related-box")  # the link under "Read more" set into the text (its kicker in capitals
        # before it, though it reads as a sentence: "STUDENTI PROSVJEDOVALI ISPRED MINISTARSTVA "Ne možemo plaćati najamnine ..."")
    if (k > 1 and line.cue is None and parse_date_line(line.text) is not None and not measured[k - 1].prose
            and (header := measured[k - 2]).cue is not None and header.cue.name == "related-header"):
        return Verdict(False, "related-links", "related-box")  # ...and its date under it: "関連記事" / headline / "2025年2月10日"
    if (not line.prose and _is_headline_shaped(line) and HEADLINE_USUAL_WORDS < line.words <= RELATED_BOX_MAX_WORDS and k + 2 < len(measured)
            and (under := measured[k + 1]).cue is RELATED_HEADER and under.words <= 3 and measured[k + 2].prose):
        return Verdict(False, "related-links", "related-box")  # ...or over it, the text going on under it: "Neil Young's Plan to
        # Vote Against Trump Suffers Setback Over Marijuana Use" / "Read more" / paragraph (a section's heading is shorter)
    if _DATED_ITEM.match(line.text) and _in_dated_related_list(measured, k):
        return Verdict(False, "related-links", "related-box")  # "Actualités liées" / "« 21 décembre 2024 : Vosges : la dernière épicerie ... »"
    if _POST_CREDIT.match(line.text):
        return Verdict(False, "wire-credit", "post-credit")  # a live page's post, signed by its reporter
    if (not line.prose and 0 < k < len(measured) - 1 and measured[k + 1].cue is ADVERTISING
            and (above := measured[k - 1]).cue is not None and above.words <= 2 and above.cue.name in ("advertising", "button-label")):
        return Verdict(False, "advertising", "ad-headline")  # an ad's headline between its label and its sponsor: "Ad" / "Seniors
        # born before 1965 are eligible for ..." / "Sponsored: MobilityNow"
    if k in page.ads:
        return Verdict(False, "advertising", "ad-box")  # "Anzeige" / "Silizium Karrierewelt" / "Linux-Server sicher betreiben: ..."
    if k - 1 in page.ads and line.cue is None and _is_headline_shaped(line) and k + 1 < len(measured) and measured[k + 1].prose:
        return Verdict(True, "body", "subheading")  # the text going on under the ad with its next section: "Die Server-Konfiguration"
    if line.prose:
        return Verdict(True, "body", "pull-quote" if _is_pull_quote(measured, page.body, k) else "prose")
        # (a pull quote is set apart as the page sets it: a quotation, not a paragraph nor a heading)
    if k in page.rows:
        return Verdict(True, "body", "table-row")  # "Bettina Aeschbach FDP 2'914": a table's row, no list's item
    if line.cue is None and (_METHOD_HEADING.match(line.text) or _INGREDIENTS_HEADING.match(line.text)):
        return Verdict(True, "body", "subheading")  # a recipe's "Ingredients" or "Preparation", not a link of a run under its items
    if line.cue is None and _EXHIBIT_LABEL.match(line.text) and k + 1 < len(measured) and k + 1 in page.listed | page.code:
        return Verdict(True, "body", "caption")  # "Listing 1: mailq_exporter.py" over its code, "Tabelle 1: ..." over its rows
    if k in page.listed or _in_schedule(measured, k):
        return Verdict(True, "body", "list-item")
    if line.attribution:
        return Verdict(True, "body", "attribution")
    signature = _signature_at_head(page, k)
    if signature:
        return Verdict(True, "body", signature)
    if k in page.numbers:
        return Verdict(False, "button-label", "item-number")
    if k in page.links and k not in page.items and not _heads_rows(page, k):  # (a listicle's item names run short lines together, as links do)
        return Verdict(False, "related-links", "link-run")
    if _is_pull_quote(measured, page.body, k):
        return Verdict(True, "body", "pull-quote")
    if (line.cue is None and not line.prose and line.words <= TABLE_HEADING_MAX_WORDS and k not in page.rows and k + 1 in page.rows
            and k + 2 in page.rows and not line.text.lstrip()[:1].isdigit()):
        return Verdict(True, "body", "subheading")  # a table's heading over its rows: "The full result" / "Alan Brightwell (Liberal Democrats) - 18,204"
        # ("Stężenia PM10 we wtorek o godz. 8:00 (µg/m³)" / "Skawina 231")
    if _is_headline_shaped(line) and _listed_as_related(measured, k) and not _heads_the_text(
            measured, page.body, _related_header_above(measured, k) or k, k):
        return Verdict(False, "related-links", "related-list")
    if _is_shouted_headline(line):
        return Verdict(False, "related-links", "shouted-headline")
    if _TAGGED_LINK.search(line.text) and not line.sentence:
        return Verdict(False, "related-links", "tagged-headline")
    if _is_inner_byline(line) and k + 1 < len(measured):
        return Verdict(True, "body", "byline")
    if k + 1 < len(measured) and _is_inner_byline(measured[k + 1]) and line.words <= HEADLINE_MAX_WORDS:
        return Verdict(True, "body", "headline")
    if line.sentence:
        return Verdict(True, "body", "short-paragraph")
    if _is_record(line) and _TABLE_ROW.search(line.text):
        return Verdict(True, "body", "table-row")  # "Noordmelk 58,25 56,75 +1,50", "Ashes Eternal 92.4 96.1 88.7": a row, no subheading
    return Verdict(True, "body", "subheading")


TABLE_HEAD_LINES = 2
"""A table's title and its columns' header over its rows ("Stage 3: Orbe - Le Sentier (161km)" / "Pos. Rider Team Time")."""


def _heads_rows(page: _Page, k: int) -> bool:
    """Within TABLE_HEAD_LINES lines over a table's rows (`page.rows`), no cue's line between: the table's title or its
    columns' header, kept over the rows it heads, not a run of links."""
    for j in range(k + 1, min(k + 1 + TABLE_HEAD_LINES, len(page.measured))):
        if j in page.rows:
            return True
        if page.measured[j].cue is not None:
            return False
    return False


def _in_dated_related_list(measured: Sequence[Line], k: int) -> bool:
    """Under a related box's header, with only dated items between (`_DATED_ITEM`): another story's date and headline, a
    wiki's related news ("« 3 octobre 2024 : Grand Est : un quart des communes rurales n'ont plus aucun commerce »")."""
    j = k - 1
    while j >= 0 and measured[j].cue is None and _DATED_ITEM.match(measured[j].text):
        j -= 1
    return j >= 0 and measured[j].cue is RELATED_HEADER


def _signature_at_head(page: _Page, k: int) -> str:
    """`byline` or `dateline` for a line of the article's signature inside the body, under its
    standfirst and above its text, where its short lines look like a list of links ("By" /
    "Jane Roe" / "Nov. 18, 2019 5:00 am ET"): a byline keyword on a line of its own and the
    name under it, or a date line; else ''."""
    measured = page.measured
    line = measured[k]
    if LONE_BYLINE_KEYWORD.match(line.text):
        found = "byline" if k + 1 < len(measured) and _is_byline(measured[k + 1]) else ""
    elif k > 0 and LONE_BYLINE_KEYWORD.match(measured[k - 1].text) and _is_byline(line):
        found = "byline"
    else:
        found = "dateline" if DATELINE.match(line.text) else ""
    if found and sum(measured[j].prose for j in range(page.body.start, k)) > 1:  # the text has begun
        return ""
    return found


def _is_shouted_headline(line: Line) -> bool:
    """Another story's headline set in capitals between the paragraphs (a link the copy lost): at
    least SHOUTED_MIN_WORDS words, all letters upper case, not ending like a sentence. A
    subheading in capitals is shorter or a question ("DOES SHE HAVE A PLAN FOR THAT?")."""
    letters = _LETTER.findall(line.text)
    return (line.words >= SHOUTED_MIN_WORDS and not line.sentence and not _SENTENCE_END.search(line.text)
            and bool(letters) and all(ch.isupper() for ch in letters))


def _is_short_label(line: Line) -> bool:
    """Short, no sentence, no record; nor a how-to's "Tools Required" over its list (`_LIST_HEADING`), nor a list's item
    that runs on with a comma or a semicolon ("limit 90 nocí ročně pro celé byty v obytných domech,"): no link ends so."""
    return (not line.sentence and line.words < PROSE_MIN_WORDS and not _is_record(line) and not _LIST_HEADING.match(line.text)
            and not line.text.rstrip().endswith((",", ";")))


def link_run_lines(measured: Sequence[Line], body: Body, listed: frozenset[int] = frozenset()) -> frozenset[int]:
    """Lines of LINK_RUN_MIN+ consecutive short non-sentence lines (a headline or tag list).

    Except when the body keeps returning to the same shape: RHYTHM_MIN_RUNS+ such runs of at
    most RHYTHM_MAX_LINES lines, each between two paragraphs. That is a listicle's item
    header (brand, "Product for $235", "See it now: Shop"), not a list of links."""
    runs, lo = [], None
    for k in range(len(measured) + 1):
        if k < len(measured) and _is_short_label(measured[k]):
            lo = k if lo is None else lo
            continue
        if lo is not None and k - lo >= LINK_RUN_MIN:
            runs.append((lo, k - 1))
        lo = None
    rhythm = [(a, b) for a, b in runs if b - a + 1 <= RHYTHM_MAX_LINES and a - 1 in body and b + 1 in body
              and _reads_as_text(measured[a - 1]) and _reads_as_text(measured[b + 1])]
    kept = set(rhythm) if len(rhythm) >= RHYTHM_MIN_RUNS else set()
    if body.tail is not None:  # the text's own closing lists (`_with_tail`) and a match's facts (`_with_facts`)
        kept |= {(a, b) for a, b in runs if a >= body.tail}
    schedules = _schedule_lines(measured, runs)  # a schedule in the text, under its heading or not
    return frozenset(k for a, b in runs if (a, b) not in kept for k in range(a, b if _heads_the_text(measured, body, a, b, listed) else b + 1)
                     if k not in schedules)


def _in_schedule(measured: Sequence[Line], k: int) -> bool:
    """Line `k` is one of DATED_LIST_MIN_ITEMS dated items or more in a row, without a cue: a schedule's item."""
    def dated(j: int) -> bool:
        return 0 <= j < len(measured) and measured[j].cue is None and not measured[j].prose and bool(_DATED_ITEM.match(measured[j].text))
    return _in_run(k, dated, DATED_LIST_MIN_ITEMS)


def _in_run(k: int, test: Callable[[int], bool], least: int) -> bool:
    """Position `k` is one of at least `least` positions in a row that pass `test`."""
    if not test(k):
        return False
    lo, hi = k, k
    while test(lo - 1) and k - lo < least:
        lo -= 1
    while test(hi + 1) and hi - k < least:
        hi += 1
    return hi - lo + 1 >= least


def _schedule_lines(measured: Sequence[Line], runs: Sequence[tuple[int, int]]) -> set[int]:
    """The lines of the runs that make a schedule, the text's own: DATED_LIST_MIN_ITEMS dated items
    or more in a row (`_DATED_ITEM`), without a cue, and the heading right over them ("The Hollow
    Season 2020 Tour Dates" / "March 12 – Seattle, WA @ The Showbox" / ...)."""
    found = {k for a, b in runs for k in range(a, b + 1) if _in_schedule(measured, k)}
    return found | {k - 1 for a, b in runs for k in range(a + 1, b + 1)
                    if k in found and k - 1 not in found and measured[k - 1].cue is None and _is_headline_shaped(measured[k - 1])}


def _heads_the_text(measured: Sequence[Line], body: Body, a: int, b: int, listed: frozenset[int] = frozenset()) -> bool:
    """The last line of the run a..b is the text's subheading, right over its next paragraph, past a
    box of links, a caption or a promotion set into the text: the run has such a box's line (a
    related-links header, a credit, an ad's label) and the last line is shorter than each of the
    run's other lines without a cue, the box's headlines ("Passend zum Artikel" / "Postnetz: Die
    Schweiz verliert jede zweite Filiale" / "Rechtliche Grauzone" / paragraph)."""
    last = measured[b]
    if not (body.start < a and b + 1 <= body.end and _reads_as_text(measured[b + 1]) and last.cue is None
            and 1 <= last.words <= SUBHEAD_MAX_WORDS and (":" not in last.text or bool(_TWO_LETTERS.search(last.text)) and (
                measured[b - 1].cue is SHOP_BUTTON or measured[b - 1].cue is ADVERTISING and AD_LABEL.match(measured[b - 1].text)))):
        return False  # (a box's last headline often has its kicker's colon: "Film Review: 'The Long Field'"; not right under a
        # shop's button, the last card's, nor under an ad's label: "220 € bei MyTheresa" / "Trend 2: Sneaker mit Riemchen")
    if last.duplicate and not any(normalise_line(m.text) == normalise_line(last.text) for m in measured[:body.start]):
        return False  # said before only inside the text; its copy above the text is a table of contents' entry
    run = [m for j, m in enumerate(measured[a:b], a) if j not in listed]  # (a list's items ahead of the box are the text's)
    if (above := measured[b - 1]).cue is not None and above.cue.reason == "image-credit" and not any(
            m.cue is not None and m.cue.reason == "related-links" for m in run):
        return True  # right under a photo's or a gallery's credit, its captions over it ("Фото: Дарья Бурак, TUT.BY" / "Что советуют мастера")
    if last.text.lstrip()[:1].isdigit() and sum(m.text.lstrip()[:1].isdigit() for m in run) >= 2:
        return False  # the last of the box's items, numbered as they are ("621N Danderyds sjukhus–Rimbo" / "698N Norrtälje–Älmsta")
    carded = {j for j in range(a, b) if any(measured[i].cue is SHOP_BUTTON for i in range(j + 1, min(j + SHOP_CARD_MAX_LABELS, b) + 1))}
    return (any(m.cue is not None and m.cue.reason in _BOX_REASONS for m in measured[max(a - 1, 0):b])  # (the box's button right over the run)
            and all(m.words > last.words for j, m in enumerate(measured[a:b], a) if j not in listed and j not in carded and m.cue is None and not m.duplicate
                    and not MEDIA_LABEL.match(_COUNT.sub("", m.text)) and not _is_inner_byline(m)))
    # (but a clip's "VIDEO", a gallery's "12 fotó", a teaser's byline "By Joss Whitcombe" and its kicker said before ("Fashion"), and a shop's cards' labels over
    # their buttons: "Maison Orla" / "Silk-Twill Chore Jacket" / "$1,250 at Net-a-Porter")


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")  # (a word in it, not a live entry's time alone: "18:05")
_BOX_REASONS = frozenset({"related-links", "image-credit", "advertising", "newsletter", "button-label", "paywall"})


def _reads_as_text(line: Line) -> bool:
    """Prose or a sentence (a listicle's item may open with a short question: "Что вас вдохновило на создание кулинарной страницы?")."""
    return line.prose or (line.sentence and line.cue is None)


def ticker_lines(measured: Sequence[Line]) -> frozenset[int]:
    """Lines of a news ticker: TICKER_MIN_ITEMS or more consecutive lines that each glue a
    headline to the start of its story ("... deemed stateless WASHINGTON: Expressing concern
    ..."). One such line is a sentence that names a show ("... series CSI: Crime Scene ...")."""
    out: set[int] = set()
    run: list[int] = []
    for k in range(len(measured) + 1):
        if k < len(measured) and _TICKER_ITEM.match(measured[k].text):
            run.append(k)
            continue
        if len(run) >= TICKER_MIN_ITEMS:
            out.update(run)
        run = []
    return frozenset(out)


def playlist_lines(measured: Sequence[Line]) -> frozenset[int]:
    """A video playlist's titles and running times ("Trump speaks to reporters after testimony" /
    "03:29"), when it lists at least PLAYLIST_MIN_ITEMS clips: some pages (CNN) put one between
    the headline and the article, where its titles are not the headline."""
    items = [k for k in range(len(measured) - 1)
             if _DURATION.match(measured[k + 1].text) and not _DURATION.match(measured[k].text)]
    if len(items) < PLAYLIST_MIN_ITEMS:
        return frozenset()
    found = {j for k in items for j in (k, k + 1)}
    # The controls a page writes between its clips ("Now playing" / "- Source: CNN" / "Video Ad
    # Feedback"), when every gap is at most PLAYLIST_GAP short lines, and the same controls over
    # the first clip and under the last.
    gaps = [range(k + 2, n) for k, n in zip(items, items[1:])]
    if all(len(gap) <= PLAYLIST_GAP and all(measured[j].words <= PLAYLIST_CONTROL_WORDS for j in gap) for gap in gaps):
        controls = {normalise_line(measured[j].text) for gap in gaps for j in gap}
        found.update(j for gap in gaps for j in gap)
        j = items[-1] + 2
        while j < len(measured) and normalise_line(measured[j].text) in controls:
            found.add(j)
            j += 1
        j = items[0] - 1
        while j >= 0 and normalise_line(measured[j].text) in controls:
            found.add(j)
            j -= 1
    first = min(found)
    if first > 0 and _PLAYLIST_HEADER.search(measured[first - 1].text) and measured[first - 1].words <= PLAYLIST_HEADER_MAX_WORDS:
        found.add(first - 1)  # its header, counting the clips: "Politics of the Day 15 videos"
    return frozenset(found)


# The role of the names before it, after a comma: ", Nikkei staff writers", ", Staff Reporter".
_ROLE_TAIL = re.compile(r"\s*,\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?:(?:senior|chief|staff|contributing)\s+)?"
                        r"(?:writer|reporter|correspondent|editor|columnist)s?\W*$", re.IGNORECASE)


def _is_byline(line: Line) -> bool:
    if ("기자" in line.text or "记者" in line.text or "記者" in line.text) and line.words <= SIGNATURE_MAX_WORDS and east_asian_byline(line.text):
        return True  # a Korean reporter's: "정서윤 기자", "김서준 기자 ksj@example.kr"; a Chinese one's: "澎湃新闻记者 李思琪 实习生 周悦"
    text = without_author_link(line.text)  # "Jose AltoverosView More Articles": the name, and its link glued to it
    if "@" in text and _SIGNED.match(text):
        text = _HANDLE_OR_ADDRESS.sub("", text)  # the handle and the address after the name: "By Rehema Mbwambo @TheCitizenTZ rmbwambo@tz.example.com"
        # (not a press contact's: "Contact Information:" / "Kellen Marsh (marsh.kellen@epa.gov)")
    if "|" in text or "·" in text or "•" in text:
        text = without_reading_time(text)  # (and the reading time in the row: "Von Katrin Oberländer | 09.07.2025 – 18:47 Uhr | Lesezeit: 5 Min.")
    if "|" in text and (outlet := _OUTLET_BEFORE_BYLINE.match(text)):
        text = text[outlet.end():]  # "KCJN Bayou Public Radio | By Émilie Thibodeaux": the station's name, then the byline
    if paper := paper_after_name(text):
        text = text[:paper.start()]  # "Kevin Dubé-Lachance | Le Journal de Montréal avec l'Agence QMI": the name, then its paper
    if "," in text and (role := _ROLE_TAIL.search(text)) and role.start() > 0:
        text = text[:role.start()]  # "HARUKA TANIGUCHI and RYO NAKAMURA, Nikkei staff writers"
    if _LOWER_UPPER.search(text) and not BYLINE.match(text) and (named := name_with_role(text.split(",")[0])):
        text = named  # its role glued to the name: "Jonas EberhardtEnergy Reporter, Semafor"
    if line.words > 12 or not text or not BYLINE.match(text) or _THE_NAME.match(text) or _opens_with_acronym(text) or _LATIN_GLUED_TO_CJK.search(text):
        return False
    return not any(w.casefold() in NON_NAME_WORDS for w in WORD.findall(text))


# Latin letters glued to Chinese, Japanese or Korean ones: a title's words ("Go製バッチ基盤をKubernetes CronJobからArgo
# Workflowsへ移行した話"), never a name's (a name is written in one script: "小林 美咲", "Misaki Kobayashi").
_LATIN_GLUED_TO_CJK = re.compile(r"[A-Za-z][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][A-Za-z]")


_HANDLE_OR_ADDRESS = re.compile(SPACED_HANDLE.pattern + r"|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OUTLET_BEFORE_BYLINE = re.compile(r"^[^|]{2,40}\|\s*(?=(?:by|von|par|por|di)\s)", re.IGNORECASE)
_LOWER_UPPER = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
"""A lower-case letter glued to a capital: where a copy glued a role to a name ("Jonas EberhardtEnergy Reporter")."""


_NETWORK_LETTERS = re.compile(r"بی|بي|ቢቢሲ")
"""The BBC's letters in Persian, Urdu, Arabic and Amharic: where a name may have its service glued after it."""


def _is_bare_name(line: Line) -> bool:
    """A byline's shape without its keyword or a date: capitalised words alone ("Jane Doe", "Hollow Tide Review")."""
    return _is_byline(line) and not _SIGNED.search(line.text) and not _DATE_OR_TIME.search(line.text)


def _opens_with_acronym(text: str) -> bool:
    """A bare name that opens with a word in capitals before words that are not ("BBC Chinese",
    "CNN International"): a site's or a section's name, not a person's (a name in capitals is all
    capitals, "JORDAN ROBERTSON"; an outlet in capitals after names is cut off elsewhere, "Kevin
    McCoy USA TODAY")."""
    words = WORD.findall(text)
    return (len(words) >= 2 and len(words[0]) >= 2 and words[0].isupper() and not LONE_BYLINE_KEYWORD.match(words[0])
            and not all(w.isupper() or w in NAME_JOINER_WORDS for w in words))  # (names in capitals joined by "and" are names)


def _is_inner_byline(line: Line) -> bool:
    """A byline inside the text, signing a piece within it: with a byline keyword ("By Jane
    Roe") or a list of names ("Robin Dixon, Catherine Belton, Francesca Ebel"). One bare name
    there is as likely a subheading of two capitalised words ("Status Quo", "Analoge Prozesse")."""
    words = line.text.split()
    return _is_byline(line) and bool(LONE_BYLINE_KEYWORD.match(words[0]) or NAME_SEPARATORS.search(line.text))


# Capitalised words after "The" name a paper or a company ("The Daily Ledger"), not a person.
# A name does not start with an article ("The Editors", "DIE DRITTE SEITE": a page's title); not "Le", "La", "El",
# "De", "Les": Vietnamese, Spanish, Senegalese, Dutch and English names start so ("Le Thi Huong", "El Hadji Diop").
_THE_NAME = re.compile(r"^\W*(?:the|die|der|das|(?:ein|eine)(?!\s+\S+\s+von\s)|het|los|las|il)\s", re.IGNORECASE)
# (a widget's "Ein Dokument"; not "Ein Ratgeber von Tobias Reinhardt")


def _names_a_photo(measured: Sequence[Line], k: int) -> bool:
    """Names without a byline keyword right over a photo's credit, under a signature with one:
    the lead photo's caption ("Analysis by Joan Biskupic, CNN ..." / ... / "Samuel Alito and
    Elizabeth Prelogar" / "Getty Images/Sipa USA"). Without a signed line above, such names are
    the author's, over the lead illustration ("Ana Example" / "Illustration: Ivan Sample/Axios")."""
    under = measured[k + 1] if k + 1 < len(measured) else None
    return (under is not None and under.cue is not None and under.cue.reason == "image-credit"
            and not LONE_BYLINE_KEYWORD.match(measured[k].text.split()[0])
            and any(_SIGNED.search(measured[j].text) and _is_signature(measured[j]) for j in range(max(k - HEADER_SPAN, 0), k)))


def _header_cue(line: Line) -> str:
    """`byline` or `dateline` for a line of the article header above the body, else ''."""
    if _is_byline(line) or name_with_role(line.text):
        return "byline"
    if DATELINE.match(line.text) or _LABELLED_DATES.match(line.text) and parse_date_line(line.text):
        return "dateline"  # (or labelled dates glued together: "Updated: 12 Mar 2019 9:02 pmPosted: 12 Mar 2019 4:00 pm")
    return ""


_LABELLED_DATES = re.compile(rf"^\W*(?:{DATE_LABEL_WORDS})\b.*\d.*[^\W\d_](?:{DATE_LABEL_WORDS})\b", re.IGNORECASE)


CAPTION_OVER_TEXT_SPAN = 2
"""With no signature found, a caption over its credit this close over the text is its photo's, no headline ("Die Gewinner des
Rankings kommen ... aus Hamburg, Zürich und Stuttgart" / "© Getty Images" / the text, its table naming those cities)."""


# A newsletter's second story under its headline: "Why the 4% rule is getting a rewrite" / "Plus: the retirement math ...".
_ALSO_INSIDE = re.compile(r"^\W*(?:plus|also|also\s+inside|außerdem|auch|aussi|además|inoltre)\s*:\s+\S", re.IGNORECASE)


def find_headline(measured: Sequence[Line], body: Body, speakers: frozenset[int] = frozenset()) -> int | None:
    """The position of the article's headline, above the body; None when none is found.

    A page puts between its headline and the article a signature (byline, date, "Chris Davies
    - Nov 19, 2019, 10:31 pm CST"), a standfirst, share buttons, a photo and its caption: the
    headline is looked for above the topmost signature line near the body (or above the body),
    going up, the nearest line shaped like a headline, of usual length if there is one: a page
    label ("Back to Gallery") or a kicker is shorter, and further up. When the body does not
    tell what that line says (a menu item, a contact line: `_told_by`), the headline is the
    line further up that the body tells most of (`_headline_told_by_body`), if there is one."""
    if body.end < body.start:
        return None
    start = body.start
    aside = playlist_lines(measured) | speakers
    above = [k for k in range(start - 1, -1, -1) if k not in aside]  # going up, a video playlist aside (and a transcript's first speaker)
    signed = sorted(k for k in above[:HEADER_SPAN] if _is_signature(measured[k]))
    if not signed:  # widgets between the signature and the text (a gallery's pager, a repeated caption, highlights) do not count
        near = [k for k in above[:WIDGETS_SPAN] if _counts_in_header(measured[k])][:HEADER_SPAN]
        ends = next((n for n, k in enumerate(near) if _is_headline_shaped(measured[k]) and n > 0 and _is_signature(measured[near[n - 1]])), len(near))
        signed = sorted(k for k in near[:ends] if _is_signature(measured[k]))  # (up to the headline over them: not "High Schools" over it)
        signed = _signatures_under_headline(measured, signed)
    if not signed:  # a box between the signature and the text (a review's scores, pros and cons, price buttons)
        signed = _signature_block(measured, above[:HEADLINE_SEARCH_SPAN])
    if len(signed) > 1 and signed[1] - signed[0] <= 2 and _is_bare_name(measured[signed[0]]) and _SIGNED.match(measured[signed[1]].text):
        signed = signed[1:]  # a headline in title case right over a byline that says "by" ("Hollow Tide Review" / deck / "By Maren Quist")
    first = next((n for n, k in enumerate(signed) if not _is_bare_name(measured[k])), 0)
    if (first and date_and_byline(measured[signed[first]].text) is not None
            and any(_is_headline_shaped(measured[k]) for k in range(signed[first - 1] + 1, signed[first]))):
        signed = signed[first:]  # a blog's topics read as names over the headline over the post's byline and date: "Product Updates" /
        # "Restaurant Management" / "Research" / headline / "Posted by Marisa Delgado on Aug 20, 2019 9:00:00 AM"
    if len(signed) > 1 and _is_bare_name(measured[signed[0]]) and any(measured[k].prose for k in range(signed[0] + 1, signed[1])):
        signed = signed[1:]  # a kicker read as a name over the headline and deck in sentences: "Art World" / ... / "Clara Demont & Ethan Wolcott, October 3, 2019"
    if (len(signed) > 1 and signed[1] == signed[0] + 2 and _is_bare_name(measured[signed[0]]) and _is_dated(measured[signed[1]])
            and _is_headline_shaped(measured[signed[0] + 1]) and measured[signed[0] + 1].words > measured[signed[0]].words
            and not (signed[1] + 1 < len(measured) and _is_headline_shaped(measured[signed[1] + 1]))):
        signed = signed[1:]  # a kicker read as a name right over the headline over its date: "Kleine Küchen" / headline / "24.10.2019"
        # (not a blog's name over its tagline over the day's date over the post's title)
    top = signed[0] if signed else start
    upward = [k for k in above if k < top][:HEADLINE_SPAN]
    lo = upward[-1] if upward else max(top - HEADLINE_SPAN, 0)
    contents = _headings_listed_above(measured, body)  # (but right over a post's meta row, the headline its recipe's card says again)
    found = [j for j in upward if _is_headline_shaped(measured[j]) and not _listed_as_related(measured, j) and not _is_role_line(measured, j)
             and not _is_author_line(measured, j)
             and not _under_label(measured, j) and not _over_credit(measured, j) and (j not in contents or signed and j == top - 1 and _is_meta_row(measured[top]))
             and not _LOWER_START.match(measured[j].text) and not _in_fact_box(measured, j) and not _is_long_signature(measured[j])
             and not _in_parallel_run(measured, j) and not _scoreline_over_headline(measured, j, start) and not _in_pros_and_cons(measured, j)
             and not (_ALSO_INSIDE.match(measured[j].text) and j - 1 in upward and _is_headline_shaped(measured[j - 1]))]
    usual = [j for j in found if measured[j].words >= HEADLINE_USUAL_WORDS]
    deck = None  # (the line under the headline read as its deck)
    chosen = (usual or found or [None])[0]
    told = _body_words(measured, body)
    if signed and found and found[0] == top - 2 and chosen != found[0] and _headline_over_deck(measured, found[0], told):
        chosen = found[0]  # short, over its deck over the byline, under its kicker: "Nextcloud auf dem eigenen Server" / "Die Cloud im Keller" / deck
    if (chosen is not None and chosen - 1 in found and measured[chosen - 1].words >= HEADLINE_USUAL_WORDS and measured[chosen].words >= DECK_MIN_WORDS
            and (title_cased(measured[chosen - 1].text) and not title_cased(measured[chosen].text)
                 or measured[chosen - 1].words >= DECK_MIN_WORDS and not (title_cased(measured[chosen].text) and title_cased(measured[chosen - 1].text)))
            # (not a badge over a headline in Title Case: "Best of Portland 2019 Readers' Poll WinnerBest Brunch Event" / "Drag Bingo Brunch ...")
            and (":" not in measured[chosen - 1].text or _ONE_WORD_LEAD.match(measured[chosen - 1].text))  # ("Revealed: College rents rise ...")
            and not measured[chosen - 1].text.isupper()  # (a kicker in capitals is no Title Case: "PARLA L'AD DEL GRUPPO TESSILE BIELLESE")
            and not _LABEL_LEAD.match(measured[chosen].text)):  # (nor a German kicker, its nouns capitalised, over a headline that
        # opens with its label: "Neue CT-Scanner an Flughäfen" / "Flüssigkeiten im Handgepäck: Was an deutschen Flughäfen ...")
        chosen, deck = chosen - 1, chosen  # in Title Case right over its deck in sentence case: "Kestrel Foods Opens $40 Million Plant-Based
        # Production Facility in Central Ohio" / "Groveport plant will create 160 jobs and triple the company's capacity ...";
        # or of a headline's length (DECK_MIN_WORDS, no kicker's) over it in any case: "Pollensaison beginnt in Wien heute fast
        # drei Wochen früher als vor 30 Jahren" / "Langzeitauswertung der MedUni Donaustadt zeigt: ..." / "Wien, 18.02.2025"
        while (chosen - 1 in found and measured[chosen - 1].words >= DECK_MIN_WORDS and not title_cased(measured[chosen].text)
               and (":" not in measured[chosen - 1].text or _ONE_WORD_LEAD.match(measured[chosen - 1].text)) and not measured[chosen - 1].text.isupper()):
            chosen -= 1  # (over a deck of several lines: the topmost, "बड़े तालाब पर इस बार 40% कम पहुंचे ..." / three lines of deck / names;
            # its place's name before a colon too: "शिवनगरी: 46 डिग्री में 3 दिन से नलों में पानी नहीं, ...")
        # (not a label with a colon over the headline: "Mongabay Series: Indonesian Palm Oil, ...", "Data: ...; Map: ...";
        # and a deck has DECK_MIN_WORDS words or more: not a headline in German's sentence case under its kicker, "Wireguard auf
        # dem Raspberry Pi" / "Das eigene VPN in 20 Minuten")
    if (chosen is not None and signed and chosen == top - 1 and chosen - 1 in found and _is_short_parts_row(measured[chosen].text)
            and measured[chosen - 1].words >= 2 * measured[chosen].words):
        chosen -= 1  # the byline in a script without capitals, its name, paper and place, under the headline: "शीतकाल के लिए बंद हुए
        # केदारनाथ धाम के कपाट, ..." / "सुनील बिष्ट, अमर उजाला, रुद्रप्रयाग" / "Updated Tue, 29 Oct 2019 10:45 AM IST"
    if chosen is not None and chosen > 0 and _is_long_headline_over(measured, chosen, told):
        chosen -= 1  # longer than a headline's usual most, over its deck: "My father-in-law lent us $40,000 for a down payment —
        # then gave my husband's brother $35,000 as a gift. Now he wants his money back with interest" / "‘My husband is hurt ...’"
    if (chosen is None and signed and top > 0 and _is_long_headline(measured[top - 1], told) and not _is_signature(measured[top - 1])
            and (_is_byline(measured[top]) or _SIGNED.match(measured[top].text))):
        chosen = top - 1  # longer than a headline's usual most, right over the byline: "Sute de blocuri din București, fără căldură ...
        # din Sectorul 6. Termoenergetica: „Lucrările durează cel puțin 48 de ore”" / "de Andreea Pavel HotNews.ro"
    titled = _titled_over_byline(measured, top, aside, told) if signed else None
    if titled is not None and (chosen is None or chosen < titled):
        chosen = titled  # (read as a name, it is no headline's shape)
    crumbed = next((j for j in upward if _named_by_breadcrumb(measured, j)), None)
    if crumbed is not None and (chosen is None or chosen < crumbed):
        chosen = crumbed  # (a one-word headline the breadcrumb ends with: "... › Enciclopedia de enfermedades › Hipotiroidismo")
    better, better_score = _headline_told_by_body(measured, body, told, aside | contents)
    if better is not None and chosen is not None and _cut_short_copy(measured[better].text, measured[chosen].text):
        better = None  # (a breadcrumb's copy of it tells the text as much, in fewer words)
    if better is not None and chosen is not None and _cut_short_copy(measured[chosen].text, measured[better].text):
        chosen = better  # (and the headline under the breadcrumb's copy of it is the headline: "Studenten slapen in ..." / date / the headline)
    if better is not None and chosen == better - 1 and _ALSO_INSIDE.match(measured[better].text):
        better = None  # (nor does a newsletter's second story under the headline: "Plus: the retirement math ...")
    if (better is not None and (better > signed[-1] + 1 if signed else better >= start - CAPTION_OVER_TEXT_SPAN) and _over_credit(measured, better)
            and not measured[better].duplicate):
        better = None  # (a photo's caption under the byline and the buttons under it, over its credit, quoting the text: "Landwirt
        # ...: »Die Leute ...«" / "Foto: ..."; not the headline said again in a gallery: "7 key questions ..." / "1 / 13", nor
        # one right under the byline, over its illustration's credit: "Nov 14, 2024 - Energy" / headline / "Illustration: ...")
    if better is not None and better != chosen:
        told_words, share = _told_by(measured[chosen], told) if chosen is not None else (0, 0.0)
        # (a line right over the byline keeps its place against lines further up that tell more:
        # "GOLDMAN: 4 Key Points On The FOMC Announcement" / "Joe Weisenthal | Sep. 21, 2011" under "Money Game Home";
        # and, told well by the text over a byline that names its authors, against a video's title under it: "Now
        # playingDoorbell camera catches fireball over Georgia"; not over a dateline, where a ticker may stand: "Business
        # News Cedi trades at ...", nor a menu's label the text barely tells: "Back to the regional overview")
        over_byline = titled is not None and chosen == titled or signed and chosen == top - 1 and told_words >= 1 and _signs(measured[top]) and (
            better < chosen or better > top and any(_is_byline(measured[k]) or _SIGNED.search(measured[k].text) for k in signed)
            and told_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE
        ) or signed and chosen == top - 1 and _DATED_TITLE.match(measured[chosen].text) is not None or (  # (a roundup's title over its
        # date, which its items do not tell: "Letters to the editor for March 14, 2024" / "Mar 14, 2024" / a letter's heading)
            signed and chosen == top - 2 and better < chosen and _headline_over_deck(measured, chosen, told)) or (
            better == deck and deck == chosen + 1 and share >= HEADLINE_TOLD_SHARE and _caseless(measured[chosen].text))
        # (or over its deck over the byline, against its kicker: "Wireguard auf dem Raspberry Pi" / "Das eigene VPN in 20 Minuten" / deck;
        # and, in a script without capitals, told by the text itself, against its deck, which tells it more, as decks do:
        # "সপ্তমীর রাতে জনসমুদ্র শহরে, ..." / "অষ্টমী-নবমীতে ভিড় ..."; where capitals tell the two apart, the rule that read them
        # has had its say: not a blog's tagline over the headline, "Cato’s blog on current events and policy")
        if not over_byline and (share < HEADLINE_BODY_SHARE or (
                better != start and better_score >= HEADLINE_TOLD_RATIO * told_words * share)):
            chosen = better
    # (a line the text tells, found far above the signature: a site's tagline may be one,
    # "Explaining California policies and politics", 25 lines over the byline)
    far = chosen is not None and chosen == better and top - chosen > HEADLINE_SPAN
    between = _told_by(measured[start - 1], told)[1] if signed and top == start - 2 and chosen != start - 1 else 0.0
    if (between >= HEADLINE_TOLD_SHARE and _is_headline_shaped(measured[start - 1]) and not _listed_as_related(measured, start - 1)
            and (chosen is None or far or _told_by(measured[chosen], told)[1] < between
                 # (or it tells far more of the text than a short line above the signature: a blog's name, "The Grid Report")
                 or _told_by(measured[start - 1], told)[0] >= SENTENCE_HEADLINE_TELLS * max(_told_by(measured[chosen], told)[0], HEADLINE_TOLD_WORDS))):
        chosen = start - 1  # between the signature and the text, the post's title: "April 2, 2019Winnie Ashgrove" / title / text
        # (or a press release's, under its date, against a line far above that the text tells: the institute's name)
    if (signed and top > 0 and chosen != top - 1 and _is_stopped_title(measured[top - 1])
            and (chosen is None or _told_by(measured[chosen], told)[1] < HEADLINE_BODY_SHARE)):
        found_words, share = _told_by(measured[top - 1], told)
        if found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE:
            chosen = top - 1  # right over the byline: "The Middle Manager’s Oath." / "BY Christopher Mah"
    deck = top - 1
    while signed and deck > 0 and _is_signature(measured[deck]):
        deck -= 1  # (the topmost signature near the body may be the date under the byline)
    if (signed and deck > 0 and (chosen is None or chosen < deck - 1) and _is_sentence_headline(measured, deck - 1, told)
            and (chosen is None or far or _told_by(measured[chosen], told)[1] < HEADLINE_BODY_SHARE
                 or _told_by(measured[deck - 1], told)[0] >= SENTENCE_HEADLINE_TELLS * _told_by(measured[chosen], told)[0])):
        chosen = deck - 1  # in sentences, over its deck over the byline: "A prairie town painted its water tower ... Then the grid came calling."
    if signed and chosen == top - 1 and _is_kicker_of(measured[chosen], measured[top]) and top + 1 < start:
        under = measured[top + 1]
        if _is_headline_shaped(under) and not under.cue and _told_by(under, told)[0] >= HEADLINE_TOLD_WORDS:
            chosen = top + 1  # the signature row repeats the line over it, its kicker: "SV Wehen Wiesbaden" / "SV Wehen Wiesbaden28.10.2019, 11:07" / headline
    if (signed and top > 2 and chosen != top - 2 and _is_two_sentence_headline(measured, top - 2, told)
            and _is_sentence_deck(measured[top - 1], signed=True) and measured[top - 1].words < measured[top - 2].words
            and (chosen is None or _told_by(measured[chosen], told)[1] < HEADLINE_BODY_SHARE
                 or _told_by(measured[top - 2], told)[0] >= SENTENCE_HEADLINE_TELLS * _told_by(measured[chosen], told)[0])):
        chosen = top - 2  # in two sentences over its shorter deck over the byline: "A Still Life Looted by the Nazis Turned Up
        # at a Small Auction House in Normandy. Now, It’s Going Back to Its Owner’s Heirs" / deck / "Clara Demont & Ethan Wolcott, October 3, 2019"
    if (signed and top > 1 and chosen != top - 1 and _is_told_headline(measured, top - 1, told) and not measured[top - 2].prose
            and not _headline_over_deck(measured, top - 2, told)
            and (chosen is None or chosen < top - 2 and (_told_by(measured[chosen], told)[1] < HEADLINE_BODY_SHARE
                 or _told_by(measured[top - 1], told)[0] >= SENTENCE_HEADLINE_TELLS * _told_by(measured[chosen], told)[0]))):
        chosen = top - 1  # ending like a sentence, right over the signature: "I tried an AI note-taker for a month. It saved me hours." / "Ana Example"
        # (over a line further up that the text does not tell, or tells less, not right over it: a paper's motto, "Democracy
        # Dies in Darkness"; a headline right over a deck in two sentences keeps its place)
    if chosen is None and signed and top + 2 < start and _is_headline_under_signature(measured, top + 1, told):
        chosen = top + 1  # under the signature, over the page's buttons: "Renata Olmos10/22/2019" / "Schools lock up phones. Teachers say it's working." / "Share ..."
    elif (chosen is None and signed and signed[-1] + 1 < start and measured[signed[-1] + 1].cue is None
          and _is_headline_shaped(measured[signed[-1] + 1]) and _told_by(measured[signed[-1] + 1], told)[0] >= HEADLINE_TOLD_WORDS):
        chosen = signed[-1] + 1  # nothing shaped like it above the signature, right under its last line: "№44 от 13.03.2024, стр. 9" /
        # "13.03.2024, 05:00" / "«Сибирские крылья» приземлились в арбитраже" / deck
    if chosen is None and signed:
        k = next((k for k in range(top + 1, start) if not COUNTER.match(measured[k].text)), start)
        if (k > top + 1 and k < start and measured[k].cue is None and not measured[k].prose and _is_headline_shaped(measured[k])
                and _told_by(measured[k], told)[0] >= HEADLINE_TOLD_WORDS):
            chosen = k  # under the signature and its counters, nothing shaped like it above: "10:45 / 14.03.2024" / "18 204" / headline
    if chosen is None and start == 1 and _is_short_title(measured[0]):
        chosen = 0  # the text's only line above the article: its title, however short ("Breakthrough")
    elif (chosen is None and start > 1 and _is_headline_shaped(measured[start - 1]) and _is_dated(measured[start - 2])
          and not _listed_as_related(measured, start - 1)):
        chosen = start - 1  # a blog's post title, between the day's date and the text: "Tuesday, January 14, 2025" / "Planning the spring beds"
    elif chosen is None and start > 1 and _is_short_title(measured[start - 1]):
        found_words, share = _told_by(measured[start - 1], told)
        if found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE:
            chosen = start - 1  # right above the text, which tells it: "Voice interfaces" / "Current voice interfaces are ..."
    if chosen is None and signed:
        chosen = _told_title_over_date(measured, signed, told)
    if (chosen is None and signed and signed[-1] == start - 2 and _is_headline_shaped(measured[start - 1])
            and not _listed_as_related(measured, start - 1) and _told_by(measured[start - 1], told)[1] >= HEADLINE_BODY_SHARE):
        chosen = start - 1  # under the signatures, over the text: a press portal's "14.03.2024 – 10:27" / "Polizeipräsidium Westpfalz" / "POL-PPWP: ..."
    if chosen is None and signed and top > 0 and _is_long_title(measured[top - 1], told):
        chosen = top - 1  # a headline of two sentences, longer than most, right over the byline: "Contractul de ... Iași. Cum a câștigat ..."
    spelled = _spelled_by_address(measured, start)
    if (chosen is not None and chosen >= 2 and measured[chosen - 1].cue is None and _is_bare_name(measured[chosen - 1])
            and measured[chosen - 2].cue is None
            and ((_is_sentence_deck(measured[chosen], signed=True) or measured[chosen].words > max(DECK_MIN_WORDS, measured[chosen - 2].words)
                  and _TWO_SENTENCES.search(measured[chosen].text) is not None)  # (a deck of two sentences, the second unstopped)
                 and not measured[chosen - 2].duplicate and _is_headline_shaped(measured[chosen - 2])
                 and _told_by(measured[chosen - 2], told)[0] >= HEADLINE_TOLD_WORDS
                 or _is_two_sentence_headline_over_deck(measured[chosen - 2], measured[chosen], told))):
        chosen -= 2  # over a columnist's name over the deck: "Councils that tried a four-day week aren't lazy ..." / "Harriet Okafor" / deck
        # (in two sentences too, said again in a list of the most read: "The four-day week isn’t a fantasy. My office tried it – and
        # nobody wants to go back" / "Hannah Okafor" / "Six months after we dropped Fridays, productivity held, ...")
    if spelled is None:
        spelled = _named_by_print_note(measured, start)
    if spelled is not None:
        chosen = spelled  # the page's own address spells it: "https://.../Nelson-s-OT-goal-lifts-Isles-14848099.php"
    if chosen is not None and chosen != spelled and not _scoreline_over_headline(measured, up := _above_its_decks(measured, chosen, told, start), start):
        chosen = up  # (not up to a result's label over it)
    if signed and chosen is not None and chosen != spelled:
        points = _points_over(measured, top, told)
        if points and points[0] - 1 <= chosen < top and not _source_of_the_byline(measured, points[0] - 1, top - 1):
            chosen = points[0] - 1  # over its summary points: "Harbury Central Bank Unexpectedly Cuts Rates" / two points / byline
    if chosen is not None and chosen != spelled and (later := _said_again_without_label(measured, chosen, start)) is not None:
        chosen = later  # an e-mail's subject over its headline: "Klimabrief #87: Warum die Wärmepumpe im Keller bleibt" / ... / "Warum die ..."
    if chosen is not None and (glued := _SECTION_GLUED.match(measured[chosen].text)) and (
            again := next((k for k in range(chosen + 1, start) if normalise_line(measured[k].text) == normalise_line(glued["rest"])), None)) is not None:
        chosen = again  # the section's name glued over it, then the headline alone: "Business Day|A Small Ohio City ..." / ... / "A Small Ohio City ..."
    if chosen is not None and measured[chosen].duplicate:  # said twice: the first time is the headline, then a repeat
        key = normalise_line(measured[chosen].text)
        first = lo if chosen >= lo else max(chosen - HEADLINE_SPAN, 0)  # as far up as the headline is looked for
        chosen = next(j for j in range(first, chosen + 1)
                      if j == chosen or (_is_headline_shaped(measured[j]) and normalise_line(measured[j].text) == key))
    return chosen


def _said_again_without_label(measured: Sequence[Line], chosen: int, start: int) -> int | None:
    """A line between `chosen` and the text that says what `chosen` says after its label and colon, and no
    more: the headline, under a subject or a page's title that labels it; None if there is none."""
    text = measured[chosen].text
    if ":" not in text:
        return None
    tail = normalise_line(text.split(":", 1)[1])
    if len(tail.split()) < 2:
        return None
    return next((j for j in range(chosen + 1, start) if measured[j].cue is None and normalise_line(measured[j].text) == tail), None)


def _is_long_signature(line: Line) -> bool:
    """A name, a long role and the date, without "by", too long for `_is_signature`: "Mathilde Roux,
    Envoyée spéciale à Saint-Aubin-sur-Loire (Loiret) — 18 juin 2019 à 20:16 (mis à jour à 21:02)"; no headline."""
    return (SIGNATURE_MAX_WORDS < line.words <= 2 * SIGNATURE_MAX_WORDS and not line.sentence and bool(_DATE_OR_TIME.search(line.text))
            and date_and_byline(line.text) is not None)


def _told_title_over_date(measured: Sequence[Line], signed: list[int], told: frozenset[str]) -> int | None:
    """Where nothing else is the headline, a line in Title Case read as a bare name right over the
    date, of TOLD_TITLE_MIN_WORDS words or more, most of which the text tells: a title ("Rural
    Broadband Coverage Maps" / "MARCH 26, 2019"); a byline's name is rarely in the text it signs."""
    for k in signed:
        line = measured[k]
        if (_is_bare_name(line) and line.words >= TOLD_TITLE_MIN_WORDS and k + 1 < len(measured)
                and _is_signature(measured[k + 1]) and _DATE_OR_TIME.search(measured[k + 1].text)):
            found_words, share = _told_by(line, told)
            if found_words >= TOLD_TITLE_MIN_WORDS and share >= TOLD_TITLE_SHARE:
                return k
    return None


TOLD_TITLE_MIN_WORDS = 3
TOLD_TITLE_SHARE = 0.75


# A line of a box of facts: a short label, its colon and a short value ("Developer: Bramble Lane",
# "Platform: Reviewed on PC"); FACT_BOX_MIN_LINES of them one under another are a review's or a
# profile's box, not a headline over a deck.
_FACT_LINE = re.compile(r"^\s*[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}\s*:\s+\S")
FACT_BOX_MIN_LINES = 3
FACT_LINE_MAX_WORDS = 12


def _in_fact_box(measured: Sequence[Line], j: int) -> bool:
    """Whether the line at `j` is one of a run of at least FACT_BOX_MIN_LINES box-of-facts lines (`_FACT_LINE`), as many of
    them no byline nor labelled date: not a headline with a label over the signature's labelled lines ("LIVE UPDATES:
    Tornado warnings, ..." / "by: Kaitlyn Moreno, ..." / "Posted: May 6, 2024 / 02:15 PM CDT"); a film's facts may
    have a release date and names among them ("Sortie : 12 novembre 2025", "Réalisation : Mathilde Aurenche")."""
    def fact(k: int) -> bool:
        return (0 <= k < len(measured) and measured[k].cue is None and measured[k].words <= FACT_LINE_MAX_WORDS
                and bool(_FACT_LINE.match(measured[k].text)))  # (not a credit's "Source: Xinhua| 2019-09-05 ...")
    if not fact(j):
        return False
    lo, hi = j, j
    while fact(lo - 1):
        lo -= 1
    while fact(hi + 1):
        hi += 1
    return sum(not _SIGNED.match(measured[k].text) and not DATE_LABEL_START.match(measured[k].text)
               for k in range(lo, hi + 1)) >= FACT_BOX_MIN_LINES



def _signatures_under_headline(measured: Sequence[Line], signed: list[int]) -> list[int]:
    """The signature lines from the nearest to the text up, up to one with a headline-shaped line
    between it and the one under it: a bare name above the headline is a kicker, a team's or a
    section's name ("Jacksonville Jaguars" / headline / deck / "By Jonah Whitfield ... Oct 17, 2019")."""
    kept = signed[-1:]
    for k in reversed(signed[:-1]):
        if _is_bare_name(measured[k]) and any(_is_headline_shaped(measured[j]) for j in range(k + 1, kept[0])):
            break
        kept.insert(0, k)
    return kept


def _titled_over_byline(measured: Sequence[Line], top: int, aside: frozenset[int], told: frozenset[str]) -> int | None:
    """A headline in Title Case, read as a bare name, over the byline that says "by" (perhaps over a
    deck; dates under the byline may be the topmost signature near the body), most of whose words
    the text tells: "Low Orbit Review" / "by Dominic Ashcroft |Posted 18 Mar 2019" / "Release
    Date:22 Mar 2019". Not a photographer's credit the text does not name ("Michael Lavine" / "By
    Tessa Greenway"), nor names over their handle ("@niapemberton")."""
    byline = top
    while byline > 1 and top - byline < HEADER_SPAN and _is_signature(measured[byline - 1]) and not _is_bare_name(measured[byline - 1]):
        byline -= 1
    if not _SIGNED.match(measured[byline].text) or measured[byline].text.lstrip().startswith("@"):
        return None
    for j in range(byline - 1, max(byline - 3, -1), -1):
        line = measured[j]
        if j in aside:
            return None
        if _is_bare_name(line) and (line.cue is None or line.cue.name == "byline"):  # (not a review's credits: "StarringInès Vautrin...")
            if any(_is_headline_shaped(measured[i]) and not measured[i].sentence and measured[i].words > line.words for i in range(j + 1, byline)):
                return None  # a section's label over the headline: "Severe Weather" / "LIVE UPDATES: Tornado warnings, ..." / "by: ..."
            found_words, share = _told_by(line, told)
            return j if found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE else None
        if _is_signature(line) or line.cue is not None:
            return None  # (a deck may stand between them, not a widget)
    return None


def _signature_block(measured: Sequence[Line], above: Sequence[int]) -> list[int]:
    """The nearest byline right over a date line among the positions `above` (going up), both
    positions: "Priyanka DevereauxSenior Editor" / "Oct. 22, 2019 5:00 a.m. PT" over a review's box;
    or a byline with its date on one line."""
    for k in above:
        if k > 0 and measured[k].cue is None and parse_date_line(measured[k].text) is not None:
            over = measured[k - 1]
            if over.cue is None and (_header_cue(over) == "byline" or _SIGNED.match(over.text)):
                return [k - 1, k]
        if measured[k].cue is None and _SIGNED.match(measured[k].text) and _DATE_OR_TIME.search(measured[k].text) and _is_signature(measured[k]):
            return [k]  # both on one line: "By Edwin MarshContributor Published on 28/10/2019" over a review's facts
    return []


def _is_kicker_of(line: Line, signature: Line) -> bool:
    """The signature row starts with the whole line over it, and goes on with its date: the line is
    the row's kicker, repeated over it ("SV Wehen Wiesbaden" / "SV Wehen Wiesbaden28.10.2019, 11:07")."""
    label, row = line.text.strip().casefold(), signature.text.strip().casefold()
    return bool(label) and len(row) > len(label) and row.startswith(label)


def _is_two_sentence_headline_over_deck(over: Line, deck: Line, told: frozenset[str]) -> bool:
    """`over`, over the writer's name over `deck`, is a headline in two sentences that the text tells (HEADLINE_TOLD_WORDS
    words, a HEADLINE_BODY_SHARE of its own), however it ends and wherever else the page says it; `deck` has a deck's
    DECK_MIN_WORDS (not a kicker read as a name over a headline over its byline)."""
    found_words, share = _told_by(over, told)
    return (3 <= over.words <= HEADLINE_MAX_WORDS and _TWO_SENTENCES.search(over.text) is not None and "://" not in over.text
            and deck.words >= DECK_MIN_WORDS and not over.text.rstrip().endswith((":", ","))
            and found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_BODY_SHARE)


def _is_long_headline_over(measured: Sequence[Line], k: int, told: frozenset[str]) -> bool:
    """The line over line `k` is a headline of more than HEADLINE_MAX_WORDS words (LONG_HEADLINE_MAX_WORDS at most), longer
    than `k`, its deck: no cue, no repeat, no signature, no full stop at its end, most of its words told by the text."""
    over = measured[k - 1]
    return _is_long_headline(over, told) and not _is_signature(over) and measured[k].words < over.words


def _is_headline_under_signature(measured: Sequence[Line], j: int, told: frozenset[str]) -> bool:
    """A headline that ends like a sentence under the signature, where a page signs above it (MSN's
    "Name Date" over "Schools lock up phones. Teachers say it's working."): `_is_told_headline`,
    with the page's buttons, a caption's credit or a byline under it rather than the text."""
    under = measured[j + 1]
    return (_is_told_headline(measured, j, told)
            and (under.cue is not None and under.cue.reason in ("share-buttons", "image-credit", "advertising")
                 or under.cue is None and _SIGNED.match(under.text) is not None and _is_signature(under)))  # (or its byline: a newsletter's
    # "ISSUE NO. 31 · AUGUST 9, 2019" / "Broadband money is coming. Counties aren't ready." / "By Nora Feldstein")


def _is_two_sentence_headline(measured: Sequence[Line], j: int, told: frozenset[str]) -> bool:
    """A headline in two sentences of up to SENTENCE_DECK_MAX_WORDS words, in title case (most of
    its words capitalised, as headlines are and sentences of a text are not), most of whose words
    the text tells, no cue, no repeat, no signature."""
    line = measured[j]
    found_words, share = _told_by(line, told)
    words = line.text.split()
    return (line.cue is None and not line.duplicate and 3 <= line.words <= SENTENCE_DECK_MAX_WORDS and not _is_signature(line)
            and bool(_TWO_SENTENCES.search(line.text)) and 2 * sum(w[:1].isupper() for w in words) > len(words)
            and found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE)


def _headline_over_deck(measured: Sequence[Line], j: int, told: frozenset[str]) -> bool:
    """Line `j` is shaped as a headline, the text tells HEADLINE_TOLD_WORDS words of it, over a line of two sentences longer than
    HEADLINE_TWO_SENTENCES_WORDS that is no headline's shape: the headline over its deck ("Das
    eigene VPN in 20 Minuten" / "Ein Raspberry Pi genügt, um ... zu kommen. Wir zeigen ..."), not a label
    over it ("Réservé aux abonnés")."""
    line, under = measured[j], measured[j + 1]
    return (_is_headline_shaped(line) and under.words > max(HEADLINE_TWO_SENTENCES_WORDS, line.words) and under.cue is None
            and bool(_TWO_SENTENCES.search(under.text)) and not _is_headline_shaped(under) and _told_by(line, told)[0] >= HEADLINE_TOLD_WORDS)


def _is_told_headline(measured: Sequence[Line], j: int, told: frozenset[str]) -> bool:
    """A headline in two sentences, most of whose words the text tells, no cue, no repeat, no
    signature: a headline next to the signature where nothing headline-shaped is (a deck of one
    sentence is not one: "A sunken world worth drowning in.")."""
    line = measured[j]
    found_words, share = _told_by(line, told)
    return (line.cue is None and not line.duplicate and 3 <= line.words <= HEADLINE_MAX_WORDS and not _is_signature(line)
            and bool(_TWO_SENTENCES.search(line.text))
            and found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE)


def _points_over(measured: Sequence[Line], top: int, told: frozenset[str]) -> list[int]:
    """The summary points right over the byline at `top`, under the headline ("Harbury Central Bank
    Unexpectedly Cuts Rates as Inflation Cools" / "The bank lowered its benchmark rate by half a
    point" / "Economists had expected policymakers to hold rates steady" / "By ..."): the run of
    headline-shaped lines there, each with some words the text tells (HEADLINE_TOLD_WORDS), the
    first, the headline, mostly told (HEADLINE_TOLD_SHARE), at least POINTS_MIN lines under it;
    [] when there is none. A list of other stories there is not told by the text."""
    while top > 0 and (_is_signature(measured[top - 1]) or measured[top - 1].cue is AFFILIATE_DISCLOSURE):
        top -= 1  # the signature's first line: "By ..." over "Published: ..." (and the site's "Why you can trust HMP" over it)
    run = []
    for j in range(top - 1, max(top - 2 - HIGHLIGHTS_MAX_ITEMS, -1), -1):
        line = measured[j]
        if (not _is_headline_shaped(line) or line.duplicate or _listed_as_related(measured, j) or _under_label(measured, j)
                or _told_by(line, told)[0] < HEADLINE_TOLD_WORDS):
            if len(run) >= POINTS_MIN and _is_long_headline(line, told):
                run.append(j)  # a headline longer than most, over its points (Daily Mail: 30 words and more)
            break
        run.append(j)
    if (len(run) <= POINTS_MIN or _told_by(measured[run[-1]], told)[1] < HEADLINE_TOLD_SHARE
            or _SECTION_PARTS.search(measured[run[-1]].text)  # (a label over the headline and its deck: "Newsletter · Lo que hay que saber")
            or measured[run[-1]].words < HEADLINE_USUAL_WORDS):  # (or a short one: "Brief du matin" / "Le brief du matin" / headline)
        return []
    return sorted(run)[1:]


def _caseless(text: str) -> bool:
    """Most of the line's letters have no case (Devanagari, Bengali, Arabic, Chinese: no capitals to tell a headline by)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() or c.islower() for c in letters) * 2 < len(letters)


def _is_short_parts_row(text: str) -> bool:
    """Two to four parts between commas or bars, each of one to three words and no figure: a byline's name, paper and place
    ("सुनील बिष्ट, अमर उजाला, रुद्रप्रयाग", "नीरज पांडेय | नवभारतटाइम्स.कॉम")."""
    parts = [part.split() for part in re.split(r"[,|]", text)]
    return 2 <= len(parts) <= 4 and all(1 <= len(part) <= 3 for part in parts) and not any(c.isdigit() for c in text)


def _is_long_headline(line: Line, told: frozenset[str]) -> bool:
    """A headline of HEADLINE_MAX_WORDS to LONG_HEADLINE_MAX_WORDS words, not a sentence's end, mostly told by the text."""
    return (line.cue is None and not line.duplicate and HEADLINE_MAX_WORDS < line.words <= LONG_HEADLINE_MAX_WORDS
            and not SENTENCE_END.search(line.text) and _told_by(line, told)[1] >= HEADLINE_TOLD_SHARE)


def _signs_the_header(line: Line) -> bool:
    """A signature line, or the names of a byline without its date: "Luiz Fernando Aquino e Camila Nogueira Prado, O Estado de S.Paulo"."""
    return _is_signature(line) or (line.cue is None and not line.prose and line.words <= SIGNATURE_MAX_WORDS
                                   and parse_byline(line.text) is not None)


def summary_points(measured: Sequence[Line], body: Body, headline: int | None) -> frozenset[int]:
    """The summary points under the headline (`_points_over`), when the headline is over them."""
    if headline is None:
        return frozenset()
    top = headline + 1
    while top < len(measured) and not _signs_the_header(measured[top]) and top - headline <= HIGHLIGHTS_MAX_ITEMS:
        top += 1
    if top >= len(measured) or not _signs_the_header(measured[top]):
        return frozenset()
    points = _points_over(measured, top, _body_words(measured, body))
    if not points or points[0] != headline + 1 or _is_deck(measured[headline], measured[headline + 1]):
        return frozenset()  # (a standfirst under the headline, then perhaps a caption: no points)
    return frozenset(points)


# A line that opens with a word in lower case is an item of a list or a sentence's end, not a
# headline ("new trains to run on the line from 2027"; "iPhone 15 review" opens with a capital inside).
_LOWER_START = re.compile(r"^[\s\"“‘'(\[«-]*[a-zà-ÿа-яёіїєґ][a-zà-ÿа-яёіїєґ'’-]*[,;]?\s")  # (a job's line too: "економіст, старший аналітик ...")


def contents_lines(measured: Sequence[Line]) -> frozenset[int]:
    """The entries of a table of contents: the short lines under its header ("In this article:" /
    "The News" / "Know More" / ...), up to the first that is prose or a cue, when at least half of
    them come again further down, as the headings they list."""
    found: set[int] = set()
    for k, line in enumerate(measured):
        if line.cue is not CONTENTS_HEADER:
            continue
        entries: list[int] = []
        for j in range(k + 1, min(k + 1 + CONTENTS_MAX_ENTRIES, len(measured))):
            toggle = measured[j].cue is not None and measured[j].cue.name == "button-label" and _CONTENTS_TOGGLE.match(measured[j].text)
            if (measured[j].prose or measured[j].cue is not None and not toggle or measured[j].words > HEADLINE_MAX_WORDS
                    or any(normalise_line(measured[e].text) == normalise_line(measured[j].text) for e in entries)):
                break  # (the first heading of the text, said again: the contents have ended)
            entries.append(j)
        later = {_unnumbered(m.text) for m in measured[entries[-1] + 1:]} if entries else set()
        listed = [j for j in entries if not _CONTENTS_TOGGLE.match(measured[j].text)]
        if listed and 2 * sum(_unnumbered(measured[j].text) in later for j in listed) >= len(listed):
            found.update(entries)
    return frozenset(found)


def _comment_buttons_shared(measured: list[Line]) -> list[Line]:
    """A comment button in the row of share buttons ("Facebook" / "WhatsApp" / "Kommentieren" under
    the byline) is one of the row's buttons, not the comment section's header, which would end the
    article before its text: it takes the row's cue. The row may hold other buttons and counters between the two
    ("Teilen" / "Merken" / "Kommentieren", "e-mail" / "142" / "shares" / "87" / "View comments"): a word or two, no sentence."""
    def in_row(k: int, j: int) -> bool:
        between = measured[min(j, k) + 1:max(j, k)]
        return (0 <= j < len(measured) and measured[j].cue is not None and measured[j].cue.name == "share-buttons"
                and all(m.words <= COMMENT_BUTTON_ROW_WORDS and not m.sentence for m in between))
    for k, line in enumerate(measured):
        if (line.cue is not None and line.cue.name == "comments" and _COMMENT_BUTTON.match(line.text)
                and any(in_row(k, j) for j in range(k - COMMENT_BUTTON_ROW_SPAN, k + COMMENT_BUTTON_ROW_SPAN + 1) if j != k)
                and any(m.prose for m in measured[k + 1:k + 1 + COMMENT_BUTTON_TEXT_SPAN])):
            measured[k] = replace(line, cue=SHARE_BUTTONS)
    return measured


def _headings_said_once(measured: list[Line]) -> list[Line]:
    """The text's subheadings that a table of contents listed first (`contents_lines`) are said
    once more, not repeated as a menu is: they lose the `duplicate` mark that would weigh them
    like a menu's items ("Меню на 7 дней" under a box set into the text)."""
    contents = contents_lines(measured)
    if not contents:
        return measured
    listed = {_unnumbered(measured[k].text) for k in contents}  # (as `contents_lines` matched them: "1 How to get to Valmora")
    seen: set[str] = set()
    for k, line in enumerate(measured):
        key = _unnumbered(line.text)
        if k in contents:
            continue
        if line.duplicate and not line.template and key in listed and key not in seen:
            measured[k] = replace(line, duplicate=False)
        seen.add(key)
    return measured


# An entry's number in a table of contents ("1 How to get to Valmora", "2.1. Costs") and the
# list's own toggle ("[hide]", "Show").
_ENTRY_NUMBER = re.compile(r"^\W*\d{1,2}(?:\.\d{1,2})*[.)]?\s+")
_CONTENTS_TOGGLE = re.compile(r"^\W*(?:hide|show|toggle|скрыть|показать|ausblenden|einblenden|masquer|afficher|ocultar|mostrar)?\W*$", re.IGNORECASE)
"""The contents' button to fold them ("[hide]", "Toggle"), its button's cue or not: no entry."""


def listed_sections(measured: Sequence[Line], contents: frozenset[int]) -> frozenset[int]:
    """The lines, neither prose nor cued, of the sections a table of contents lists (`contents_lines`): from the
    first heading it lists to the last one's first prose or cue line: the sections' headings and the short items
    under them ("Agents" / "Marea" / "Courant (E) : le ralentissement passe de 40 % à 30 %" / ... "Correctifs" /
    ...), which weigh as a list's items do, not as a menu's (patch notes, a guide's steps)."""
    if not contents:
        return frozenset()
    listed = {_unnumbered(measured[k].text) for k in contents}
    last_entry = max(contents)
    headings = [k for k in range(last_entry + 1, len(measured))
                if _unnumbered(measured[k].text) in listed and measured[k].cue is None and not measured[k].prose]
    if len(headings) < 2:
        return frozenset()
    end = headings[-1] + 1
    while end < len(measured) and measured[end].cue is None and not measured[end].prose:
        end += 1
    return frozenset(k for k in range(headings[0], end) if measured[k].cue is None and not measured[k].prose)


def _unnumbered(text: str) -> str:
    """A line's repetition key without a leading number: an entry of a table of contents as its heading says it."""
    return normalise_line(_ENTRY_NUMBER.sub("", text))


def _headings_listed_above(measured: Sequence[Line], body: Body) -> frozenset[int]:
    """Lines above the body that the body says again as its own subheadings: a table of contents
    ("Sections" / "Evidence from Harbury" / "Implications for policy"), not the headline."""
    inside = {normalise_line(measured[k].text) for k in range(body.start + 1, body.end + 1)
              if k in body and measured[k].duplicate and not measured[k].prose}  # (not in its gaps: a next page's header said again)
    listed = {_unnumbered(measured[k].text) for k in contents_lines(measured)}  # (and the headings a table of contents lists, said once: `_headings_said_once`)
    return frozenset(k for k in range(body.start) if not measured[k].prose
                     and (normalise_line(measured[k].text) in inside or _unnumbered(measured[k].text) in listed))


def _spelled_by_address(measured: Sequence[Line], start: int) -> int | None:
    """The headline-shaped line above the text (or opening it) whose words the path of an address
    on the page spells, up to HEADLINE_SEARCH_SPAN lines above the text: the page's own address,
    whose last part is made from the headline ("New-car-sales-plunge-10-percent-in-October-
    14847624.php"), whole or cut after SLUG_MIN_WORDS words or more. None when none does."""
    lo = max(start - HEADLINE_SEARCH_SPAN, 0)
    slugs = [words for k in range(lo, start) if (words := _slug_words(measured[k].text))]
    if not slugs:
        return None
    for j in range(start, lo - 1, -1):
        if not _is_headline_shaped(measured[j]):
            continue
        words = _SLUG_WORD.findall(measured[j].text.casefold())
        if any(slug == words or (len(slug) >= SLUG_MIN_WORDS and words[:len(slug)] == slug) for slug in slugs):
            return j
    return None


# The print edition's note, which quotes the headline the piece ran under: "This article appeared in the
# Briefing section of the print edition under the headline "The long hangover"", "... with the headline:
# ...", "... sous le titre « ... »", "... unter der Überschrift „...“", "... con el título «...»".
_PRINT_HEADLINE = re.compile(
    r"\b(?:(?:under|with)\s+the\s+(?:headline|title)|sous\s+le\s+titre|unter\s+(?:der\s+überschrift|dem\s+titel)"
    r"|con\s+(?:el|il)\s+t[ií]tolo|con\s+el\s+título|com\s+o\s+título)\s*:?\s*[\"“”«„‘'‚]\s*(?P<title>[^\"“”«»„‘’'‚]{2,200}?)"
    r"[.,]?\s*[\"“”»’'‘]", re.IGNORECASE)

_PRINT_EDITION = re.compile(r"print|druck|imprim|impres|edizione|ausgabe|édition|edición|edição", re.IGNORECASE)
PRINT_NOTE_MIN_WORDS = 6  # ("This article appeared in the ... print edition under the headline "..."": a short line quotes no headline)
PRINT_NOTE_MAX_WORDS = 60


def _names_a_title(text: str) -> bool:
    """The line says "headline" or "title" in a language `_PRINT_HEADLINE` reads (a quick test before its pattern)."""
    folded = text.casefold()
    return any(word in folded for word in ("headline", "title", "titre", "titolo", "título", "überschrift", "titel"))


def _named_by_print_note(measured: Sequence[Line], start: int) -> int | None:
    """The line above the text (up to HEADLINE_SEARCH_SPAN lines) that says what the page's print
    edition note quotes as the piece's headline (`_PRINT_HEADLINE`); None when there is no such note
    or no line says it (a paper may print another headline than its site's: "White Gold.")."""
    quoted = {normalise_line(m["title"]) for line in measured if PRINT_NOTE_MIN_WORDS <= line.words <= PRINT_NOTE_MAX_WORDS
              and _names_a_title(line.text) and _PRINT_EDITION.search(line.text) for m in _PRINT_HEADLINE.finditer(line.text)}
    if not quoted:
        return None
    return next((j for j in range(start - 1, max(start - HEADLINE_SEARCH_SPAN, 0) - 1, -1)
                 if normalise_line(measured[j].text) in quoted and not measured[j].prose), None)


def _slug_words(text: str) -> list[str]:
    """The words of the last part of the path of a line that is one http(s) address, without its
    extension and a trailing number (the story's id); [] for any other line."""
    match = PAGE_ADDRESS.match(text)
    if not match or match.group(1).count("/") < 3:
        return []
    path = match.group(1).split("/", 3)[3].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    slug = re.sub(r"\.[a-z]{2,5}$", "", path.rsplit("/", 1)[-1].casefold())
    words = _SLUG_WORD.findall(slug)
    while words and words[-1].isdigit() and len(words[-1]) >= 5:
        words.pop()
    return words if len(words) >= 3 else []


# A line that is one http(s) address: the page's own, often ("https://www.chron.com/business/
# article/New-car-sales-plunge-10-percent-in-October-14847624.php"); see also `provenance`.
PAGE_ADDRESS = re.compile(r"^\s*(https?://[^\s/$.?#<>\"'`][^\s<>\"'`]*)\s*$", re.IGNORECASE)
_SLUG_WORD = re.compile(r"[^\W_]+")


def _signs(line: Line) -> bool:
    """A signature that names someone or dates the piece: a byline, "by", or a date (not only a
    clip's running time, "01:40 - Source: CNN")."""
    return (_is_byline(line) or bool(_SIGNED.search(line.text))
            or any(not _CLOCK.fullmatch(m.group()) for m in _DATE_OR_TIME.finditer(line.text)))


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


BREADCRUMB_SPAN = 6
_CRUMB_STEP = re.compile(r"\s*[›»>→/|]\s*")


def _named_by_breadcrumb(measured: Sequence[Line], j: int) -> bool:
    """The line is the last step of a breadcrumb at most BREADCRUMB_SPAN lines over it, said again: the page's
    headline, however short ("SaludPlena › Enfermedades › ... › Hipotiroidismo" / "Enciclopedia" / "Hipotiroidismo")."""
    line = measured[j]
    if line.cue is not None or not 1 <= line.words <= HEADLINE_MAX_WORDS:
        return False
    key = normalise_line(line.text)
    return any(m.cue is not None and m.cue.name == "breadcrumb" and normalise_line(_CRUMB_STEP.split(m.text.strip())[-1]) == key
               for m in measured[max(j - BREADCRUMB_SPAN, 0):j])


def _counts_in_header(line: Line) -> bool:
    """A line that keeps a signature above it from reading as the text's (HEADER_SPAN): not page
    furniture (a cue), a repeat, nor a lone token of a pager ("<<", "7")."""
    return line.cue is None and not line.duplicate and (line.words >= 2 or any(c.isalpha() for c in line.text))


# A byline's second line, the author's role and paper: "Rotorua Reporter·Rotorua Daily Post·".
_ROLE_WORD = re.compile(r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|staff|bureau\s+chief|analyst"
                        r"|(?:senior|research|visiting|nonresident|non-resident|associate)\s+fellow|fellow\s+(?:at|with)|associate|professor|lecturer"
                        r"|director|researcher|head\s+of|" + "|".join(sorted(JOBS_IN_OTHER_LANGUAGES)) + r")\b", re.IGNORECASE)
# (a think tank's: "Senior Research Fellow, Russia and Eurasia Programme", "Kierowniczka programu „Regiony w transformacji”")


def _is_role_line(measured: Sequence[Line], j: int) -> bool:
    """A short line with a role's word right under a byline: the author's role, not a headline."""
    line = measured[j]
    return (j > 0 and line.words <= NAME_ROLE_LINE_MAX_WORDS and bool(_ROLE_WORD.search(line.text) or _DOTTED_ROW.match(line.text))
            and measured[j - 1].cue is None and bool(BYLINE.match(measured[j - 1].text)))


# The author's desk and paper glued by dots, each dot after its part, as NZ papers print them under the byline:
# "Local Democracy Reporting·Hawke's Bay Gazette·", "Rotorua Reporter·Rotorua Daily Post·".
_DOTTED_ROW = re.compile(r"^[^·]{2,40}(?:·[^·]{2,40})+·\s*$")


def _is_author_line(measured: Sequence[Line], j: int) -> bool:
    """The author's name with a role, or names, right over a signature line (the handle, the date):
    the byline, not a headline ("Hannah Corrie Social affairs correspondent" / "@hcorrie_writes",
    "Rosa Pendleton, Education Editor | Daniel Ashby" / "March 12 2019, 12:01am, The Times")."""
    line = measured[j]
    return (line.words <= NAME_ROLE_LINE_MAX_WORDS and j + 1 < len(measured) and _is_signature(measured[j + 1])
            and bool(name_with_role(line.text) or parse_byline(line.text)))


def _is_stopped_title(line: Line) -> bool:
    """A short title in Title Case that ends in a full stop, the only one in it ("The Middle
    Manager’s Oath."): a headline only right over the byline, where nothing headline-shaped is."""
    text = line.text.strip()
    return (line.cue is None and 2 <= line.words <= STOPPED_TITLE_MAX_WORDS and text.endswith(".") and not text.endswith("..")
            and not INNER_STOP.search(text) and title_cased(text) and not line.duplicate and not _is_signature(line))


def _is_sentence_headline(measured: Sequence[Line], k: int, told: frozenset[str]) -> bool:
    """A headline written as a sentence or two, in sentence case ("A prairie town painted its water
    tower with solar panels. Then the grid came calling."), right over a deck of a few sentences
    that is right over the byline: shorter than the deck, told by the text, no cue, no repeat."""
    line, deck = measured[k], measured[k + 1]
    return (line.cue is None and not line.duplicate and line.sentence and 3 <= line.words <= HEADLINE_MAX_WORDS
            and line.words < deck.words and _is_sentence_deck(deck, signed=True) and not _is_signature(line)
            and not line.text.rstrip().endswith((":", ","))
            and _told_by(line, told)[0] >= HEADLINE_TOLD_WORDS and _told_by(line, told)[1] >= HEADLINE_TOLD_SHARE)


def _is_short_title(line: Line) -> bool:
    """A one- or two-word title ("Brexit chaos"): too short to tell from a menu item, except as a
    text's first line right above its first paragraph."""
    return (line.cue is None and 1 <= line.words < 3 and not line.sentence and not line.duplicate
            and not _ADDRESS.match(line.text) and not _is_signature(line))


def _is_sentence_deck(line: Line, signed: bool = False) -> bool:
    """A standfirst of one sentence right under the headline, above the text ("A 'world's hottest
    chilli' competition at a curry restaurant left two people in hospital.", "The small republic
    cannot balance between great powers forever."); of a few sentences when a byline or date
    follows it (`signed`: "Jahrelang soll er ... verwendet haben. Nun hat das Landgericht ...")."""
    text = line.text.rstrip()
    if not (line.prose or line.sentence and line.words >= SENTENCE_DECK_MIN_WORDS) or line.duplicate or _is_signature(line):
        return False
    if signed:
        return line.words <= SIGNED_DECK_MAX_WORDS and not text.endswith((":", ","))
    return line.words <= SENTENCE_DECK_MAX_WORDS and not text.endswith((":", ",")) and not ends_a_sentence_inside(text)


def _is_deck(headline: Line, line: Line, signed: bool = False) -> bool:
    """A standfirst without a full stop right under the headline: headline-shaped and DECK_LENGTH
    times as long (not the first item of a list under a title: "1a etapa: 10 de março – Interlagos"),
    or longer when it is `signed` (`_signed_under`)."""
    if not _is_headline_shaped(line) or line.duplicate:
        return False
    return line.words > SIGNED_DECK_LENGTH * headline.words if signed else line.words >= DECK_LENGTH * headline.words


def _signed_under(measured: Sequence[Line], k: int) -> bool:
    """The line under position `k` is a byline or a dated signature (`_is_long_signature` too), past
    the buttons between ("Abone Ol" / "Google News'te Takip Et")."""
    j = k + 1
    while (j < min(len(measured), k + 1 + SIGNATURE_BUTTONS) and measured[j].cue is not None
           and measured[j].cue.reason in ("share-buttons", "button-label")):
        j += 1
    return j < len(measured) and (_is_signature(measured[j]) or _is_long_signature(measured[j]))


DECK_TOLD_MARGIN = 0.25
"""How much more of a headline the text must tell than of the deck as long as it under it (`_above_its_decks`)."""
SIGNATURE_BUTTONS = 3
"""The most button lines between a deck and the byline under it (`_signed_under`)."""


CUT_SHORT_MIN_WORDS = 3
"""A line the headline under it starts with, of at least this many words, is its copy cut short without an ellipsis (not
a one-word label the headline opens with: "Brexit" over "Brexit talks stall again")."""


def _cut_short_copy(text: str, of: str) -> bool:
    """`text` is the start of `of` cut off with an ellipsis, or at its colon: a breadcrumb's copy of
    the headline under it ("Kestrel Foods Opens $40 Million Plant-Based Production ...", "Kleine Küche
    einrichten" over "Kleine Küche einrichten: 7 Tipps für mehr Stauraum", "Dar port clears record cargo" over
    "Dar port clears record cargo as berth upgrade nears completion"), no headline of its own."""
    head = text.rstrip()
    if not head.endswith(("...", "…")):
        return len(head) >= 10 and (of.startswith(head + ":") or of.startswith(head + " ") and len(head.split()) >= CUT_SHORT_MIN_WORDS)
    head = head.rstrip(".… ")
    return len(head) >= 10 and of.startswith(head) and len(of) > len(head)


_ONE_WORD_LEAD = re.compile(r"^\W*[^\s:]+:\s")
"""A line that opens with one word and its colon: a place's name ("शिवनगरी: 46 डिग्री ...")."""
# A headline that opens with a label of a word or two and its colon: "Hochrechnung: SPD knapp vor CDU – Rot-Grün ohne Mehrheit".
_LABEL_LEAD = re.compile(r"^\W*(?:[^\s:]+\s+){0,3}[^\s:]+\s?:\s+\S")
"""A line that opens with a label of up to four words and its colon ("Flüssigkeiten im Handgepäck: Was ...")."""
_LABELLED_HEADLINE = re.compile(r"^\W*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+|(?:,\s+[\w'’-]+)+(?:\s+(?:and|und|et|y|e)\s+[\w'’-]+)?)?\s?:\s+\S")
# (or a list of words: "Glühwein, Fachwerk, Bredele: Die fünf schönsten Weihnachtsmärkte im Elsass")


# A short note between a headline and its deck: in brackets ("(Tidewater Records)", "(Netflix)"), or a review's rating
# ("★★★★☆", "Rating: 4 out of 5.", "4/5").
_NOTE_UNDER_HEADLINE = re.compile(r"^\s*(?:\((?:[^()\s]+\s?){1,4}\)|[★☆✩✪⭐½\s]{3,}"
                             r"|(?:(?:rating|note|wertung|bewertung|valoración|voto|nota|betyg|ocena)\s*:?\s*)?\d(?:[.,]\d)?\s*(?:/|out\s+of|von|sur|de|su|av|z)\s*\d{1,2}\.?)\s*$",
                             re.IGNORECASE)
NOTES_BETWEEN_MAX = 2


def _above_its_decks(measured: Sequence[Line], chosen: int, told: frozenset[str], start: int) -> int:
    """The shorter headline above the chosen line when the chosen line is a deck (a standfirst
    without a full stop) under it, or a caption under that deck, and the body tells the shorter
    one as well ("Nelson's OT goal lifts Isles" / "N.Y. completes frantic comeback to extend
    unbeaten streak to 15"); else the chosen line."""
    if chosen + 1 < start and _is_sentence_deck(under := measured[chosen + 1], signed=under.cue is None and _signed_under(measured, chosen + 1)):
        return chosen  # a deck has no standfirst of its own: the line over this headline is a label ("Russia-Ukraine war"; of two
        # sentences over the byline: "Wireguard auf dem Raspberry Pi" / "Das eigene VPN in 20 Minuten" / "Ein Raspberry Pi genügt ...
        # Wir zeigen ..." / "Eine Anleitung von Jana Wilke ..."; not a photo's caption over it)
    signed = _signed_under(measured, chosen)
    notes = sum(bool(_NOTE_UNDER_HEADLINE.match(m.text)) for m in measured[max(chosen - DECK_LINES - NOTES_BETWEEN_MAX, 0):chosen])
    for above in range(max(chosen - DECK_LINES - min(notes, NOTES_BETWEEN_MAX), 0), chosen):  # the farthest first: a headline over two decks
        # (and over the notes between them: "The Glass Menagerie at the Crucible, Sheffield – review" / "Rating: 4 out of 5." / "★★★★" / deck)
        headline = measured[above]
        if (not _is_headline_shaped(headline) or _listed_as_related(measured, above) or _SERIES_LABEL.match(headline.text)
                or _KEYWORDS_LABEL.search(headline.text) or _LOWER_START.match(headline.text)  # (a tagline: "from research organizations")
                or _ROUND_LABEL.search(headline.text) or _source_of_the_byline(measured, above, chosen)
                or _under_a_player(measured, above) or _cut_short_copy(headline.text, measured[chosen].text)
                or _caps_kicker_over(measured, above, chosen, start)
                or headline.words > measured[chosen].words and _TWO_SENTENCES.search(headline.text)
                or headline.words < HEADLINE_USUAL_WORDS and _LABELLED_HEADLINE.match(measured[chosen].text)
                and measured[chosen].words <= HEADLINE_TWO_SENTENCES_WORDS and not _TWO_SENTENCES.search(measured[chosen].text)):
            continue  # (nor an alert's banner of sentences over the headline, longer than it: "Emergency Warning — Bullock Creek
            # fire, Strathbogie Ranges: Leave now if the path is clear. Find emergency information at ..."; nor a short kicker over a
            # headline that opens with its own label: "Landtagswahl in Niedersachsen" / "Hochrechnung: SPD knapp vor CDU – ...";
            # a deck of two sentences may open so: "Kassen bleiben zu" / "Einzelhandel: GHD ruft ... auf. Unternehmen setzen ...")
        told_words, share = _told_by(headline, told)
        pair = above == chosen - 1 and _is_headline_pair(measured, above)
        if ((pair or all(_is_deck(headline, measured[k], _signed_under(measured, k)) or k < chosen and _NOTE_UNDER_HEADLINE.match(measured[k].text)
                         for k in range(above + 1, chosen + 1)))  # (a label in brackets between them: "(Tidewater Records)", a record's label)
                and not (above < chosen - 1 and headline.words < HEADLINE_USUAL_WORDS)
                and not (headline.words < HEADLINE_USUAL_WORDS and _SECTION_SEPARATOR.search(headline.text))
                and not (above < chosen - 1 and _SECTION_PARTS.search(headline.text))
                and not (headline.words < HEADLINE_USUAL_WORDS and (_ends_a_menu(measured, above) or _SECTION_NEWS.search(headline.text)))):
            # (a headline over two decks is one of usual length; a short line over them is a section's label: "Crime & Public Safety",
            # and so is one that names a section's part over two: "Newsletter · Lo que hay que saber" / headline / deck)
            deck_share = _told_by(measured[chosen], told)[1]
            if told_words >= HEADLINE_TOLD_WORDS and share >= (min(deck_share, DECK_HEADLINE_SHARE) if above == 0 or signed or pair
                                                               else deck_share):
                return above
        if ((above == chosen - 1 or all(_NOTE_UNDER_HEADLINE.match(measured[k].text) for k in range(above + 1, chosen)))
                and HEADLINE_USUAL_WORDS <= headline.words < measured[chosen].words
                and told_words >= DECK_HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE
                and not (above > 1 and _is_headline_shaped(measured[above - 1]) and _is_headline_shaped(measured[above - 2]))):
            return above  # a headline of usual length the text tells half of, over its longer deck ("Il paese delle campane
            # mute: ..."); not the last of a menu's items over it ("Расчет идеального и допустимого веса" / "Расчет физической
            # активности" / "Подбор диет и систем питания")
        if above == chosen - 1 and signed and _is_short_deck(measured, above, told):
            return above  # over a shorter deck over the byline
        if (above == chosen - 2 and signed and measured[above + 1].cue is COMMENT_COUNTER and headline.words >= HEADLINE_USUAL_WORDS
                and told_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE):
            return above  # the story's comment counter under it: "Star Trek 4 eyes Fargo, ..." / "New, 15 comments" / deck / byline
        if (above == chosen - 1 and signed and headline.words >= HEADLINE_USUAL_WORDS and headline.words >= measured[chosen].words
                and told_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE
                and share >= _told_by(measured[chosen], told)[1] + DECK_TOLD_MARGIN
                and not (above > 0 and _is_headline_shaped(measured[above - 1]) and measured[above - 1].words >= HEADLINE_USUAL_WORDS)):
            return above  # over a deck as long as it over the byline, and the text tells it better ("Vinculan a proceso a 'El Chato' por
            # el homicidio ..." / "El presunto responsable permanecerá en prisión preventiva mientras ...")
    return chosen


def _caps_kicker_over(measured: Sequence[Line], above: int, chosen: int, start: int) -> bool:
    """The line at `above` is in capitals over a headline that is not, itself over a deck in sentences:
    a kicker ("L'INCHIESTA DELLA GUARDIA DI FINANZA" / "Falsi crediti per il Superbonus, ..." / "Il gup di
    Pescara ha accolto ..."), not a headline over two decks."""
    return (measured[above].text.isupper() and not measured[chosen].text.isupper() and chosen + 1 <= start
            and chosen + 1 < len(measured) and measured[chosen + 1].prose)  # (the deck, or the text's first paragraph)


def _under_a_player(measured: Sequence[Line], j: int) -> bool:
    """Right under a video player's labels or its clip's length ("Play Video" / "1:42"): the video's
    title, not a headline over its deck ("Winter Storm Quillon: What to Expect")."""
    return any(m.cue is not None and m.cue.name.startswith("clip-") or _CLIP_LENGTH.match(m.text) for m in measured[max(j - 2, 0):j])


_CLIP_LENGTH = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")


SOURCE_BYLINE_SPAN = 3
"""How far under the headline a byline that names the source outlet is looked for."""


def _source_of_the_byline(measured: Sequence[Line], above: int, chosen: int) -> bool:
    """The line over the headline names the outlet the byline under it credits: a copy's source
    label ("La Voix du Vivarais" / headline / "Par Élodie Marchand (La Voix du Vivarais)"), not a
    shorter headline over its deck."""
    name = measured[above].text.strip().casefold()
    return any(name in measured[k].text.casefold() and _is_signature(measured[k])
               for k in range(chosen + 1, min(chosen + 1 + SOURCE_BYLINE_SPAN, len(measured))))


# An event and its round after a dash, a label over the headline: "Tour de France 2025 - 14e étape", "Serie A - 5ª
# giornata", "Premier League - Matchday 12", "Bundesliga | 7. Spieltag".
_ROUND_LABEL = re.compile(r"\s[-–|]\s+(?:\d{1,3}\s*(?:e|ème|er|re|ª|º|a|o|st|nd|rd|th|\.)?\s*(?:étape|journée|tour|manche|giornata|tappa|jornada|etapa"
                          r"|rodada|speeldag|spieltag|runde|stage|round|leg|matchday|week)|(?:stage|round|matchday|week|gameweek|journée|étape|etapa"
                          r"|tappa|jornada|giornata|rodada|speeldag|spieltag)\s+\d{1,3})\s*$", re.IGNORECASE)
# The series a story belongs to, over its headline: "Mongabay Series: Indonesian Palm Oil, Indigenous
# Peoples and Conservation", "Part of the series: ...".
_SERIES_LABEL = re.compile(r"^\W*(?:(?:part\s+of|from)\s+(?:the|a|our)\s+)?(?:[\w'’&-]+\s+){0,2}series\s*:", re.IGNORECASE)
# ...or a release's keywords after its issuer, over the headline (EQS): "EQS-News: Rheinwerk Automation AG / Schlagwort(e):
# Quartalsergebnis/Prognose".
_KEYWORDS_LABEL = re.compile(r"\s/\s*(?:schlagw[oö]rt(?:e|\(e\))?|keywords?|keyword\(s\)|mots-clés)\s*:", re.IGNORECASE)


# A short line that names a blog and its section, "Shots - Health News", is a label over the
# headline, not a short headline over its deck.
_SECTION_SEPARATOR = re.compile(r"\s[-–|]\s|[·•]")  # ("Crime - Courts", "Minnesota Wild·NHL": a team and its league)
# ...and, of any length, one with a dot or a bar between a section and its part ("Newsletter · Lo que hay que saber"), which
# a headline seldom has (a dash it may: "Dog walker, 58, is rescued ... - only for the dog to find its own way back").
_SECTION_PARTS = re.compile(r"\s[|·•]\s")
# ...and a short line that ends in "News", a place's section ("Grand Rapids News", "Greater Manchester News").
_SECTION_NEWS = re.compile(r"\sNews\s*$")


def _ends_a_menu(measured: Sequence[Line], k: int) -> bool:
    """Line `k` under a long menu, LONG_MENU_ITEMS short items or more (at most three words each,
    no sentence): the menu's last item ("CNN Profiles" / "CNN Leadership" / "CNN Newsletters" /
    "Work for CNN", a copy that shows a drop-down menu in full); under a site's few links and a
    label it may be a short headline ("Subscribe" / "Sign In" / "Essay" / "The Harbury Model")."""
    menu = measured[max(k - LONG_MENU_ITEMS, 0):k]
    return len(menu) == LONG_MENU_ITEMS and all(m.words <= 3 and (not m.sentence or m.text.rstrip().endswith(":")) for m in menu)  # (a label
    # of its items among them: "Your area:" / "Brighton and Hove" / "Worthing" / ...)


def _is_dated(line: Line) -> bool:
    """A signature line with a date in it ("Published March 18, 2025 5:00pm EDT")."""
    return _is_signature(line) and bool(DATELINE.match(line.text) or _DATE_OR_TIME.search(line.text))


def _is_headline_pair(measured: Sequence[Line], k: int) -> bool:
    """Lines `k` and `k + 1` are a headline of usual length over its deck, however short the deck:
    two headline-shaped lines together right under the date line that tops the article ("Published
    March 18, 2025 5:00pm EDT" / "Trump, Putin agree to energy infrastructure ceasefire in lengthy
    call" / "The two leaders spoke for more than 90 minutes"), the second not over a byline (there
    it is the headline: the first is a banner), nor the first a breadcrumb ending in the second."""
    return (k > 0 and measured[k].words >= HEADLINE_USUAL_WORDS and _is_headline_shaped(measured[k + 1])
            and _is_dated(measured[k - 1]) and not _signed_under(measured, k + 1)
            and normalise_line(measured[k + 1].text) not in normalise_line(measured[k].text))


def _headline_told_by_body(measured: Sequence[Line], body: Body, told: frozenset[str],
                           playlist: frozenset[int] = frozenset()) -> tuple[int | None, float]:
    """The headline-shaped line above the body, or opening it, whose words the body tells most
    of, and its score: found words times their share (a long line with a few found words does
    not beat a short one with all found); the nearest on a tie; None when no line has enough of
    its words told. A video playlist's titles are not candidates."""
    best, best_score = None, 0.0
    for j in range(body.start, max(body.start - HEADLINE_SEARCH_SPAN, 0) - 1, -1):
        if (j in playlist or not _is_headline_shaped(measured[j]) or _listed_as_related(measured, j) or _in_fact_box(measured, j)
                or _under_label(measured, j) or _in_parallel_run(measured, j) or (j == body.start and _is_record(measured[j])) or _LOWER_START.match(measured[j].text)
                or _in_pros_and_cons(measured, j)):
            continue  # (a result line opening the body, "Palm Bay d. Rockledge 70-44", is a round-up's first item, told by the rest)
        if j == body.start:  # the body opens with its headline (a question, an exclamation): told by the rest
            found, share = _told_by(measured[j], _body_words(measured, replace(body, start=j + 1)))
        else:
            found, share = _told_by(measured[j], told)
        if found >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE and found * share > best_score:
            best, best_score = j, found * share
    return best, best_score


# A Korean word of two syllables or more, told by its first HANGUL_STEM (its particles and endings follow the stem:
# "목욕탕이", "목욕탕은", "목욕탕" are one word).
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
HANGUL_STEM = 2


def content_words(text: str) -> list[str]:
    """Words of three letters or more, stop words aside, by their first HEADLINE_STEM letters (Korean ones of two
    syllables or more, by their first HANGUL_STEM); in Chinese and Japanese, which have no spaces to tell words by,
    each pair of neighbouring characters."""
    rest, unspaced_words = unspaced(text)
    hangul = _HANGUL_WORD.findall(rest)
    if hangul:
        rest = _HANGUL_WORD.sub(" ", rest)
    words = [w[:HEADLINE_STEM] for w in _CONTENT_WORD.findall(rest.casefold()) if w not in ENGLISH_STOP_WORDS]
    words += [w[:HANGUL_STEM] for w in hangul]
    if unspaced_words:
        words += [run[i:i + 2] for run in UNSPACED_RUN.findall(text) for i in range(len(run) - 1)]
    return words


def _body_words(measured: Sequence[Line], body: Body) -> frozenset[str]:
    return frozenset(content_words("\n".join(measured[k].text for k in range(body.start, body.end + 1) if k in body)))


def _told_by(line: Line, told: frozenset[str]) -> tuple[int, float]:
    """How many of the line's content words the body has, and their share (0 for a line without any)."""
    words = content_words(line.text)
    found = sum(w in told for w in words)
    return found, (found / len(words) if words else 0.0)


def _is_signature(line: Line) -> bool:
    """A byline or dateline (`_header_cue`), or a short line with a date, a time, a leading "by "
    or an @handle, or a name in a script without capitals with the BBC's service glued after it
    (`caseless_name_and_network`); not a title that names its day (`_DATED_TITLE`)."""
    if _is_meta_row(line):
        return True
    return line.cue is None and not (" for " in line.text and _DATED_TITLE.match(line.text)) and (bool(_header_cue(line)) or (
        line.words <= SIGNATURE_MAX_WORDS and _NETWORK_LETTERS.search(line.text) is not None and caseless_name_and_network(line.text) is not None) or (
        line.words <= SIGNATURE_MAX_WORDS and (bool(_DATE_OR_TIME.search(line.text)) and not _names_its_own_time(line.text)
                                               or bool(_SIGNED.search(line.text) or _SIGNED_PART.search(line.text))))
        # "By Tasha Greer | October 3, 2019 at 5:52 PM CDT - Updated October 3 at 7:10 PM": longer, with both its dates
        or line.words <= 2 * SIGNATURE_MAX_WORDS and bool(_SIGNED.match(line.text) or _SIGNED_PART.search(line.text))
        and bool(_DATE_OR_TIME.search(line.text))
        or line.words <= SIGNATURE_MAX_WORDS and (SPECIAL_TO.match(line.text) or _SOURCE_LINE.match(line.text) or _DESK_CREDIT.match(line.text)) is not None
        or line.words <= SIGNATURE_MAX_WORDS and _LABELLED_DATE_BY.match(line.text) is not None and date_and_byline(line.text) is not None
        # the name with its dates' label glued on, both dates after it: "The Editorial BoardPublished 7:00 p.m. ET Feb. 18, 2019 | Updated ..."
        or line.words <= 2 * SIGNATURE_MAX_WORDS and GLUED_LABEL.search(line.text) is not None and date_and_byline(line.text) is not None)


# An event's time in a sentence's words, no date with it: "Conference call and webcast today at 8:30 a.m. ET" (a press
# release's point), not a signature's "Updated at 10:32" nor "Zuletzt aktualisiert am Montag um 10:32 Uhr".
_CLOCK_ONLY = re.compile(r"\b\d{1,2}:\d{2}h?\b")
EVENT_LEAD_WORDS = 5
_DATE_LABEL_IN = re.compile(rf"\b(?:{DATE_LABEL_WORDS})\b", re.IGNORECASE)
# ...or a date a title names after words of its own that end with a word of time: "CCPA and Employers: Five Steps to Take
# Before January 1, 2020", "What changes after March 31, 2025".
_TIME_WORD_BEFORE_DATE = re.compile(r"\b(?:before|after|until|till|since|through|ahead\s+of|vor|nach|bis|seit|avant|après|jusqu['’]au|antes\s+de|después\s+de|hasta)\s*$",
                                    re.IGNORECASE)


def _names_its_own_time(text: str) -> bool:
    """The line's time or date is a sentence's or a title's, no signature's: after EVENT_LEAD_WORDS words or more without a
    date's label, either clock times alone with no year before them (`_CLOCK_ONLY`; a year there may start a date in words
    `_DATE_OR_TIME` does not read, "2019 m. lapkričio 6 d. 22:14", while a figure that is no year may come first, "Eskom moves
    to Stage 2 from 17:00"), or a date after a word of time and no byline (`_TIME_WORD_BEFORE_DATE`)."""
    found = list(_DATE_OR_TIME.finditer(text))
    if not found:
        return False
    lead = text[:found[0].start()]
    if len(lead.split()) < EVENT_LEAD_WORDS or _DATE_LABEL_IN.search(lead):
        return False
    if all(_CLOCK_ONLY.fullmatch(m.group().strip()) for m in found) and not _FOUR_DIGIT_YEAR.search(lead):
        return True
    return bool(_TIME_WORD_BEFORE_DATE.search(lead)) and not _SIGNED.search(lead)


def _is_meta_row(line: Line) -> bool:
    """A post's meta row that also says it may hold affiliate links, its parts a dot or a bar apart ("Published: Mar 4, 2024 ·
    Modified: ... by Jenna Whitfield · This post may contain affiliate links · 8 Comments"): a signature all the same, with a
    date and a name after "by" among its parts."""
    if line.cue is not AFFILIATE_DISCLOSURE or line.words > 2 * SIGNATURE_MAX_WORDS:
        return False
    parts = _META_PARTS.split(line.text)
    return len(parts) >= 3 and bool(_DATE_OR_TIME.search(line.text)) and any(_BY_NAME.search(p) for p in parts)


_META_PARTS = re.compile(r"\s+[|·•]\s+")
_BY_NAME = re.compile(r"(?:^|\s)(?:by|par|por|von|door):?\s+(?-i:[A-ZÀ-Þ])", re.IGNORECASE)
# A blog's meta line, the date after its label, then the author after "by": "Publié le 17 Février 2024 par Margot Lefèvre"
# (its month in the blog's language, which `_DATE_OR_TIME` does not know).
_LABELLED_DATE_BY = re.compile(r"^\W*(?:publié|publicado|pubblicato|veröffentlicht|gepubliceerd|posted|published)\b.*\d.*\s(?:par|por|da|von|door|by)\s+\S",
                               re.IGNORECASE)


# A title that names the day it is for, a roundup's: "Letters to the editor for March 14, 2024", "Morning
# briefing for Thursday, 14 March 2024": two words or more, the first capitalised, then "for" and the date.
_DATED_TITLE = re.compile(rf"^\W*(?!by\b)(?-i:[A-Z])[\w'’]*(?:\s+[\w'’,:&-]+){{1,}}?\s+for\s+(?:(?:[a-z]+day),?\s+)?"
                          rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\W*$", re.IGNORECASE)


# The source a copy credits, on its own line in the signature: "Fonte: Il Corriere del Lago", "Source: Rubezh".
_SOURCE_LINE = re.compile(r"^\W*(?:(?:source|fonte|fuente|quelle|источник|джерело)\s*:\s*(?-i:[A-ZА-ЯЁІЇЄ])"
                          # ...or its reviewer's: "Medically reviewed by ...", "Revisão médica: Dr. ...", "Fact checked by ..."
                          r"|(?:medically\s+)?reviewed\s+by\b|fact[-\s]checked\s+by\b|revis(?:ão|ión)\s+médica\s*:|revisado\s+por\b"
                          r"|medizinisch\s+geprüft\s+von\b|relu\s+par\b)", re.IGNORECASE)


# A row's part that signs, after a section's name and a bar: "India News | Reported by Kavita Rathod,
# Edited by Arjun Sen | Updated: August 10, 2019 14:22 IST".
_SIGNED_PART = re.compile(r"[|·•]\s*(?:reported\s+|written\s+)?by:?\s+(?-i:[A-Z])", re.IGNORECASE)


# A match's result and nothing more: "Atlético Guadalmar 1 - UD Costablanca 2", "Harbor City 2-1 Cascade United".
_SCORELINE = re.compile(r"^\W*(?:[^\W\d][^\d]{1,40}?\s\d{1,2}\s*[-–:]\s*[^\W\d][^\d]{1,40}?\s\d{1,2}|[^\W\d][^\d]{1,40}?\s\d{1,2}\s*[-–:]\s*\d{1,2}\s(?:1\.\s)?[^\W\d][^\d]{1,40}?)\W*$")
# (a club's name may open with its founding number: "VfL Bochum 2:2 1. FC Heidenheim")


def _scoreline_over_headline(measured: Sequence[Line], j: int, start: int) -> bool:
    """A match's result alone on its line right over a longer line shaped like a headline, above the text: the
    result's label over the match report's headline ("Atlético Guadalmar 1 - UD Costablanca 2" / "Uno a uno del
    Atlético Guadalmar: ..."), or right under it; a result alone is the headline only where no such line is next to it."""
    if not _SCORELINE.match(measured[j].text):
        return False
    if j > 0 and (over := measured[j - 1]).cue is None and not over.duplicate and _is_headline_shaped(over) and over.words > measured[j].words:
        return True  # ...or right under it, over the deck: "Bochum verspielt Zwei-Tore-Führung – ..." / "VfL Bochum 2:2 1. FC Heidenheim"
    return (j + 1 < start and measured[j + 1].cue is None
            and _is_headline_shaped(measured[j + 1]) and measured[j + 1].words > measured[j].words)


def _over_credit(measured: Sequence[Line], j: int) -> bool:
    """Right over a photo's credit alone on its line ("Jim McKelvey, cofounder of Square" /
    "Image: SixThirty"): the photo's caption."""
    credit = measured[j + 1] if j + 1 < len(measured) else None
    caption = measured[j + 2] if j + 2 < len(measured) else None
    if caption is not None and caption.cue is PHOTO_CREDIT and credit is not None and credit.cue is not None and credit.text.count(",") >= 1:
        return False  # the credit's own caption is under it: "Image source,Getty Images" / "Image caption,..." (BBC)
    if caption is not None and credit is not None and caption.index == credit.index + 1 and caption.cue is None and ":" not in credit.text and bool(DATELINE.match(caption.text)):
        return False  # an agency's name over the date in one block: the byline ("Associated Press" / "Sep 14, 2024, 11:47 PM ET")
    return (credit is not None and credit.cue is not None and (credit.cue.reason == "image-credit" or bool(_BARE_CREDIT.match(credit.text)))
            and credit.words <= CREDIT_MAX_WORDS)  # (or a picture's holder after a copyright sign: "© Getty Images")


def _under_label(measured: Sequence[Line], j: int) -> bool:
    """Right under a media label, a tag list's label or a sender's ("From:"), or under a photo's credit in
    a block of their own (`_under_credit`): not the headline."""
    return (_under_media_label(measured, j) or _under_tag_label(measured, j) or _under_field_label(measured, j)
            or j > 0 and bool(_SENDER_LABEL.match(measured[j - 1].text)) or _under_credit(measured, j))


# A report page's fields, each label on its own line over its value ("Source" / "OCHA" / "Format" / "Situation Report"),
# as humanitarian and document portals list them.
_FIELD_LABEL = re.compile(r"""^\W*(?:source|sources|format|country|countries|theme|themes|disaster|disasters|origin|attachments|language
    |originally\s+published|posted|pays|thèmes|catastrophes?|origine|pièces\s+jointes|publié\s+le|publication\s+originale|langue
    |fuente|fuentes|formato|país|países|temas|desastres?|origen|adjuntos|publicado|idioma)\W*$""", re.IGNORECASE | re.VERBOSE)
FIELD_LABEL_SPAN = 4


def _under_field_label(measured: Sequence[Line], j: int) -> bool:
    """Right under a report page's field label with another label FIELD_LABEL_SPAN lines or fewer away: the field's
    value ("Source" / "Bureau de coordination humanitaire (BCH)" / "Format"), not the headline."""
    if j == 0 or not _FIELD_LABEL.match(measured[j - 1].text):
        return False
    return any(_FIELD_LABEL.match(measured[k].text) for k in range(max(0, j - 1 - FIELD_LABEL_SPAN), min(len(measured), j + FIELD_LABEL_SPAN + 1))
               if k != j - 1)


def _under_credit(measured: Sequence[Line], j: int) -> bool:
    """Right under a photo's credit, the two lines a block of their own between blank lines ("Photo: Francis
    Vachon Le Courrier de la Capitale" / "Marie-Pier Lavoie et son fils Léo, dans le local ..."): the caption
    under its credit. (On a page without blank lines, where every line is so, a credit may stand over the headline.)"""
    if j == 0 or j + 1 >= len(measured):
        return False
    credit, line, under = measured[j - 1], measured[j], measured[j + 1]
    return (credit.cue is not None and credit.cue.reason == "image-credit" and credit.index == line.index - 1
            and under.index > line.index + 1 and (j < 2 or measured[j - 2].index < credit.index - 1))


# The label of a press release's sender: "From:" over "Department for Transport".
_SENDER_LABEL = re.compile(r"^\W*(?:from|issued\s+by|von|de|от)\s*:\s*$", re.IGNORECASE)


def _under_media_label(measured: Sequence[Line], j: int) -> bool:
    """Right under a "Video", "Watch", "Gallery" label: the title of a clip or a gallery; not
    under a menu whose last item is "Video" ("Habari" / "Afrika" / "Michezo" / "Video")."""
    if not (j > 0 and measured[j - 1].words <= 2 and MEDIA_LABEL.match(measured[j - 1].text)):
        return False
    menu = measured[max(j - 1 - MENU_ITEMS, 0):j - 1]
    return not (len(menu) == MENU_ITEMS and all(m.words <= 2 and not m.prose for m in menu))


def _under_tag_label(measured: Sequence[Line], j: int) -> bool:
    """Right under a tag list's label alone on its line, and no sentence: the tags ("Related tags"
    / "Bobby Dwyer, Boomer & Carton, Kelly Malloy"; "Filed under" / "Morning Show, Station Blogs")."""
    label = measured[j - 1] if j > 0 else None
    return (label is not None and (label.cue is TAG_LIST or label.cue is RELATED_HEADER and _TOPICS_WORD.search(label.text) is not None)
            and label.words <= 3 and not _TAG_ITEMS.search(label.text) and not measured[j].sentence)  # (and "Related Topics" / "Health Care Policy")


_TOPICS_WORD = re.compile(r"\b(?:topics?|tags?|themen|temas|thèmes|sujets)\b", re.IGNORECASE)


_TAG_ITEMS = re.compile(r":\s*\S")
"""A tag label followed by its tags on the same line ("Tags: Brexit")."""


PARALLEL_RUN_LINES = 3
"""A line and this many around it (it included) that open with the same two words are the items
of a list: a ticker's results ("QF Acte 3 Fribourg-Gottéron 4-3 ..." / "QF Acte 3 ZSC Lions 2-1 ..."),
a programme's rows, not a headline (not the text's first sentences after the headline: "The Producers
scoops stage awards" / "The Producers has beaten ...")."""


def _in_parallel_run(measured: Sequence[Line], j: int) -> bool:
    opening = _opening(measured[j].text)
    if opening is None:
        return False
    near = [line for line in measured[max(j - PARALLEL_RUN_LINES + 1, 0):j + PARALLEL_RUN_LINES] if _opening(line.text) == opening]
    return len(near) >= PARALLEL_RUN_LINES and sum(not line.prose and _is_headline_shaped(line) for line in near) >= PARALLEL_RUN_LINES


def _opening(text: str) -> str | None:
    words = text.split(None, 2)
    return " ".join(words[:2]).casefold() if len(words) > 2 else None


# A section's name of a few words glued before the headline by a bar: "Business Day|A Small Ohio City Bet on ...".
_SECTION_GLUED = re.compile(r"^\W*(?:[^\s|]+\s+){0,2}[^\s|]+\s*\|\s*(?P<rest>\S.{10,})$")
# A review's verdict box, its pros and cons under their labels: "Pros" / "+ Efficient and quiet", "Les plus" / "Confort remarquable"
# (not "Plus", "Pro", a subscription's label in a menu).
_PROS_CONS_LABEL = re.compile(r"^\W*(?:pros|cons|pros\s+and\s+cons|the\s+good|the\s+bad|we\s+like|we\s+don['’]t\s+like|les\s+plus|les\s+moins"
                              r"|vorteile|nachteile|lo\s+mejor|lo\s+peor|pontos\s+(?:positivos|negativos)"
                              r"|pregi|difetti|voordelen|nadelen|pluspunten|minpunten)\W*$", re.IGNORECASE)
PROS_CONS_ITEMS = 6
_PRO_CON_ITEM = re.compile(r"^\s*[+−–-]\s+\S")
"""A pro or a con marked so: "+ Efficient and quiet", "- Only 12GB of VRAM"."""


def _in_pros_and_cons(measured: Sequence[Line], j: int) -> bool:
    """One of a review's pros or cons: marked "+" or "-", or among PROS_CONS_ITEMS short lines under their label."""
    if _PRO_CON_ITEM.match(measured[j].text):
        return True
    for k in range(j - 1, max(j - 1 - PROS_CONS_ITEMS, -1), -1):
        if _PROS_CONS_LABEL.match(measured[k].text):
            return True
        if measured[k].cue is not None or measured[k].words > HEADLINE_MAX_WORDS:
            return False
    return False


DECK_FURNITURE_SPAN = 9
"""Between a deck and the signature under it, at most this many lines of furniture: a photo's caption, share buttons."""


def _listed_as_related(measured: Sequence[Line], j: int) -> bool:
    """In a list under a "More On:", "Related", "Most Popular" header: going up from it, only
    headline-shaped lines, tags of one or two words and dates until that header, and with it at
    least two headlines (one headline under "Top Local Stories" is the page's own)."""
    header = _related_header_above(measured, j)
    if header is None:
        return False
    if j - header > TRENDING_TAGS_MIN and all(measured[k].words < HEADLINE_USUAL_WORDS for k in range(header + 1, j)):
        return False  # the first headline under a bar of topics, the page's own: "Trending" / "Metrolink" / "Weather" / "Man Utd" / ... / "News" / headline
    end = next((k for k in range(header + 1, len(measured)) if not _is_listed(measured[k])), len(measured))
    signed = end  # (or the signature under the deck under the list's last headline, past the photo and the buttons between them)
    under = next((k for k in range(end + 1, min(len(measured), end + 1 + DECK_FURNITURE_SPAN)) if measured[k].cue is None), len(measured))
    if (under < len(measured) and measured[end].cue is None and not _is_signature(measured[end]) and measured[end].words >= HEADLINE_USUAL_WORDS
            and _is_signature(measured[under])):
        signed = under
    if (signed < len(measured) and _is_signature(measured[signed]) and not _is_bare_name(measured[signed]) and measured[j].words >= HEADLINE_USUAL_WORDS
            and not _CLOCK_LABEL.match(measured[signed].text) and not any(_is_headline_shaped(measured[k]) for k in range(j + 1, end))):
        return False  # the list's last headline right over a signature is the page's: "Trending Stories" / ... / "Local Environment" / headline / "By ..."
        # (not over capitalised words alone: "Clasificación de Primera División", a box's last link, reads as a name too; nor over a
        # clock's time alone, a live page's next entry: "Related" / two headlines / "2:41 p.m. ET" / "Clouds part just in time in Dallas")
    return sum(_is_headline_shaped(measured[k]) for k in range(header + 1, end)) >= 2


def _is_listed(line: Line) -> bool:
    """A line of a list of other stories: a headline, a tag or a section label said on every item
    ("AUTO NEWS"), a date, a stamp ("AP - 53 mins ago"), a clip's credit with its time ("Video:
    Apple: Steve Jobs resigning as CEOAP 0:56 | 18117 views")."""
    return ((line.cue is None and (_is_headline_shaped(line) or line.words <= 2 or bool(DATELINE.match(line.text))))
            or (line.words <= STAMP_MAX_WORDS and bool(_STAMP.search(line.text)))
            or (line.cue is not None and line.words <= SIGNATURE_MAX_WORDS and bool(_DATE_OR_TIME.search(line.text))))


def _related_header_above(measured: Sequence[Line], j: int) -> int | None:
    """The related-links header over the list that position `j` is in (`_is_listed` lines up to it), if any."""
    header = next((k for k in range(j - 1, max(j - RELATED_LIST_MAX_LINES, 0) - 1, -1) if not _is_listed(measured[k])), None)
    if header is None or measured[header].cue is None or measured[header].cue.reason != "related-links":
        return None
    return header


def _is_long_title(line: Line, told: frozenset[str]) -> bool:
    """Over HEADLINE_MAX_WORDS words but at most LONG_HEADLINE_MAX_WORDS, without a stop at its end, as a
    headline is shaped but for its length, and told by the text as a headline is (HEADLINE_TOLD_SHARE)."""
    if not (line.cue is None and HEADLINE_MAX_WORDS < line.words <= LONG_HEADLINE_MAX_WORDS and not line.duplicate
            and not _SENTENCE_END.search(line.text) and not _is_signature(line) and not _GLUED_LINKS.search(line.text)):
        return False
    found_words, share = _told_by(line, told)
    return found_words >= HEADLINE_TOLD_WORDS and share >= HEADLINE_TOLD_SHARE


# A teaser's kicker in capitals, two words or more, then its headline: "STUDENTI PROSVJEDOVALI ISPRED MINISTARSTVA "Ne možemo ..."".
_KICKER_THEN_HEADLINE = re.compile(r"^(?-i:[^\W\d_a-zà-ÿа-яё]{2,}(?:\s+[^\W\d_a-zà-ÿа-яё]{2,})+)\s+[\"“„«]?(?-i:[^\W\d_a-zà-ÿа-яё])[^\W\d_]*[a-zà-ÿа-яё]")


# Two sentences make a headline in Title Case ("Pandemic Shook Up the Workplace. Now What?"), or short; in sentence case
# and longer they are a standfirst ("Ein Raspberry Pi genügt, um unterwegs sicher ins Heimnetz zu kommen. Wir zeigen ...",
# its nouns in capitals as German sets them).
HEADLINE_TWO_SENTENCES_WORDS = 12
DECK_MIN_WORDS = 8


def _is_headline_shaped(line: Line) -> bool:
    """Title-like (not ending like a sentence, unless `_TWO_SENTENCES` in Title Case or short), perhaps
    said twice on the page, and not a signature nor a post's list of categories."""
    return (line.cue is None and 3 <= line.words <= HEADLINE_MAX_WORDS and not _ADDRESS.match(line.text)
            and not _DAY_LINE.match(line.text) and not _CATEGORY_LIST.match(line.text)
            and not (SENTENCE_END.search(line.text) and not ELLIPSIS_END.search(line.text)
                     and (line.sentence or not (_TWO_SENTENCES.search(line.text) and (title_cased(line.text) or line.words <= HEADLINE_TWO_SENTENCES_WORDS)
                                                or _ABBREVIATION_END.search(line.text))))
            and not _CREDITED_SENTENCE.search(line.text) and not _is_signature(line)
            and len(_GLUED_LINKS.findall(line.text)) + len(_GLUED_FIGURES.findall(line.text)) < GLUED_LINKS_MIN and line.text.count("|") < GLUED_LINKS_MIN
            and not (line.words <= DATE_LINE_WORDS and _FOUR_DIGIT_YEAR.search(line.text) and parse_date_line(line.text))
            and not _LABELLED_FIGURE.match(line.text) and len(_TICKER_FIGURE.findall(line.text)) < TICKER_FIGURES_MIN)


# A market ticker's figures, decimals and changes: "Dow 26,728.15 +1.41%S&P 500 2,976.00 +1.30%NASDAQ 8,116.83 +1.75%" (no headline
# quotes as many: "Dow falls 1.2%, S&P 500 0.8% as ..." has three).
_TICKER_FIGURE = re.compile(r"[+\-−]?\d+(?:[.,]\d+)+%?|[+\-−]?\d+%")
TICKER_FIGURES_MIN = 4
# A widget's label and its figure: "Mayoría absoluta: 11", "Participación: 64,2 %", "Escrutado: 100%" (no headline).
_LABELLED_FIGURE = re.compile(r"^[^:\d]{2,40}:\s*[\d][\d.,'’\s]*\s*%?\s*$"
                              # ...or glued to it: "All-time high$3.10", "Market cap$24.17B", "Circulating supply35.94B ADA"
                              r"|^[^:\d$€£¥]{2,40}(?<=[a-z])[$€£¥]?\d[\d.,]*\s*(?:%|[KMBT]|bn)?(?:\s+[A-Z]{2,5})?\s*$")


# A line of at most this many words that `parse_date_line` reads whole is the page's date, in any language
# ("jueves, 13 de marzo de 2025", "Sabato 14 settembre 2024, 08:30"), not a headline.
DATE_LINE_WORDS = 8
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A row of links the copy glued together, a topic row or a menu, has several points where a word in
# lower case runs into the next one's capital ("WildfiresPortugalEuropeFiresAP Top NewsWorld News")
# or several bars ("Asia & Pacific|Europe|Africa|North America"): no headline has as many.
_GLUED_LINKS = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
# ...and where a figure runs into a word, or a word into a figure ("MicrosoftWindows 10Windows Insider19h1": three such points).
_GLUED_FIGURES = re.compile(r"\d(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=[a-zà-ÿ]{2})\d")
GLUED_LINKS_MIN = 3


# A sentence with a bracketed credit after its full stop: a photo's caption, "Rescue workers evacuate
# residents from a flooded area in Rajkot on Saturday. (PTI)", "... في جنوب الأردن. (الشرق الأوسط)".
_CREDITED_SENTENCE = re.compile(r"[.!?…。।]\s*[(（][^()（）]{1,40}[)）]\s*$")



def _only_footnotes_between(measured: Sequence[Line], end: int, k: int) -> bool:
    return all(FOOTNOTE.match(m.text) for m in measured[end + 1:k])
