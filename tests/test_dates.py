"""Table tests for date parsing: complete dates only, never guessed."""
from __future__ import annotations

import pytest

from readingroom import dates
from readingroom.dates import parse_date_line, split_dateline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2016-11-06", "2016-11-06"),
        ("Published: 14 March 2023, 10:15 GMT", "2023-03-14"),
        ("November 6, 2016", "2016-11-06"),
        ("Nov. 6, 2016 at 5:30 pm", "2016-11-06"),
        ("Monday, 27 January 2025", "2025-01-27"),
        ("27.01.2025", "2025-01-27"),
        ("27 января 2025", "2025-01-27"),
        ("Publikováno 12. listopadu 2025 v 6:00", "2025-11-12"),  # Czech "v" (at) before the time
        ("6 de novembro de 2016", "2016-11-06"),
        ("January 2025", None),  # no day: not a complete date
        # months abbreviated in other languages, between dots, and a place or section before the date
        ("Teruel - 03 dic 2025 - 05:40 CET", "2025-12-03"),
        ("3.dez.2025 às 14h05", "2025-12-03"),
        ("03-Nov-2019", "2019-11-03"),  # between hyphens (ESPNcricinfo)
        ("Public Release: 25-Sep-2019", "2019-09-25"),  # EurekAlert!'s label
        ("Reviewed:April 9 2019", "2019-04-09"),  # a review's label, glued to its date
        ("۷ اسفند ۱۳۹۷ - ۲۶ فوریه ۲۰۱۹", "2019-02-26"),  # the Iranian calendar's date, then the Gregorian one (Persian months)
        ("الخميس - 26 شعبان 1440 هـ - 02 مايو 2019 مـ", "2019-05-02"),  # the Islamic calendar's, then the Gregorian one
        ("پنج‌شنبه ۷ آذر ۱۳۹۸ - ۱۱:۰۵۳ ساعت پیش", "2019-11-28"),  # the Iranian calendar's date alone: the same Gregorian day
        ("۱۸ تیر ۱۳۹۸", "2019-07-09"),
        ("۳۲ تیر ۱۳۹۸", None),  # no such day
        ("26 شعبان 1440 هـ", None),  # the Islamic calendar's alone: not read (a conversion could be a day off)
        ("20 مئی ، 2019", "2019-05-20"),  # an Arabic comma before the year (Urdu)
        ("PUBLISHED THU, MAY 9 2019 7:02 AM EDTUPDATED THU, MAY 9 2019 11:45 AM EDT", "2019-05-09"),  # the update's label glued in capitals
        ("Общество, 03 дек 2025, 14:05", "2025-12-03"),
        ("Jane Example, 3 December 2025", None),  # two words before it sign the piece: not a date line
        ("LinkNaija October 06, 2018", "2018-10-06"),  # one word, the site's name, glued on by the copy
        ("12 ديسمبر ,2019", "2019-12-12"),  # a comma before the year
        ("3 set 2025", "2025-09-03"),
        ("2025-12-03 14:05:00", "2025-12-03"),  # a time with seconds
        ("2016-13-40", None),
        ("The summit on November 6, 2016 ended early.", None),  # a sentence, not a date line
        ("10:43, Tue, Nov 19, 2019", "2019-11-19"),  # the time first
        ("Published 10:02 AM EST Nov 19, 2019", "2019-11-19"),
        ("10:02 AM NOV 19, 2019", "2019-11-19"),  # a month in capitals is not a time zone
        ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Wed, Nov 20, 2019", "2019-11-19"),
        ("Updated: Nov 20, 2019 · Published: Nov 19, 2019", "2019-11-19"),  # the publication, not the update
        ("Updated: Nov 20, 2019 | Updated: Nov 21, 2019", "2019-11-20"),
        ("Published Tue, Mar 19 2019 9:14 AM EDTUpdated Tue, Mar 19 2019 11:02 AM EDT", "2019-03-19"),  # glued to its update
        ("Tue, Nov 19, 2019 | Politics", None),  # a section after the date
        ("Published: Nov 19, 2019 | Politics", None),
        ("Nov 19, 2019 | Nov 20, 2019", None),  # two dates, neither said to be what
        ("Updated on: November 19, 2019 / 10:07 AM / CBS News", "2019-11-19"),  # time and outlet after slashes
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19"),
        ("November 19, 2019 / politics and more stuff", None),
        ("2018年6月18日 10:01", "2018-06-18"),  # Chinese and Japanese
        ("2018年6月20日（水）", "2018-06-20"),  # with the weekday
        ("2019년 8월 20일", "2019-08-20"),  # Korean
        ("2019.08.20 09:31", "2019-08-20"),  # the year first
        ("2023/11/17", "2023-11-17"),
        ("2019.08.40", None),
        ("2018年6月", None),  # no day
        ("3 marzo 2019", "2019-03-03"),  # Italian (and Spanish)
        ("12 maart 2020", "2020-03-12"),  # Dutch
        ("5 березня 2022", "2022-03-05"),  # Ukrainian
        ("7 października 2021", "2021-10-07"),  # Polish
        ("14 Mart 2019", "2019-03-14"),  # Turkish
        ("2 augusti 2018", "2018-08-02"),  # Swedish
        ("19 listopada 2019", None),  # November in Polish, October in Croatian: not guessed
        ("Published: 11/18/2011\u00a0\u00a02:27 AM", "2011-11-18"),  # month first: 18 is no month
        ("18/11/2011", "2011-11-18"),  # day first
        ("05/05/2011", "2011-05-05"),
        ("04/05/2011", None),  # April 5 or 4 May: not guessed
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28"),  # Arabic: weekday, a month in two names, update time
        ("22 يوليو/ تموز 2019", "2019-07-22"),  # ...a space after the slash (BBC Arabic)
        ("15 كانون الثاني 2014", "2014-01-15"),
        ("26 အောက်တိုဘာ 2018", "2018-10-26"),  # Burmese
        ("11/20/19 6:38 AM", "2019-11-20"),  # a two-digit year, the order shown
        ("08-13-10", "2010-08-13"),
        ("04/05/11", None),
        ("10/ 5/11", None),
        ("Last Modified: 11/18/2011 4:06 AM", "2011-11-18"),
        ("Publié le 05/04/2013 à 17:08", "2013-04-05"),  # a French label: the day comes first
        ("Publicado el 08/01/2014", "2014-01-08"),
        ("Published 05/04/2013", None),  # an English label tells no order
        ("October 20, 20251:12 PM UTCUpdated 2 hours ago", "2025-10-20"),  # a copy glued year and time, zone and label
        ("March 3, 202511:05 AM GMT", "2025-03-03"),
        ("October 20, 2025 Updated 3 days ago", "2025-10-20"),
        ("October 20, 20259", None),
        ("Published On 11 Aug 202511 Aug 2025", "2025-08-11"),  # the same date twice, glued
        ("Published On 11 Aug 202512 Aug 2025", None),
        ("Publié le 14 janvier 2025 à 16h20, modifié le 14 janvier 2025 à 17h05", "2025-01-14"),  # French hours, a second date
        ("Veröffentlicht am 14. Januar 2025, 16.20 Uhr", "2025-01-14"),
        ("Publicado el 14 de enero de 2025 a las 16:20", "2025-01-14"),
        ("Updated Dec 3, 2019 at 11:40 UTC Published Dec 3, 2019 at 08:15 UTC", "2019-12-03"),  # the update first, then the publication
        ("13 de Março de 2019, 7:30actualizado a 13 de Março de 2019, 10:12", "2019-03-13"),  # the update's label glued to the time
        ("2019.03.13. 08:41", "2019-03-13"),  # Hungarian: the year first, a dot after the day
        ("2019. március 13. 08:41", "2019-03-13"),
        ("13. maaliskuuta 2019 klo 8.41", "2019-03-13"),  # Finnish
        ("2019.03.13.4", None),
        ("Julkaistu:14.3.2019 2:00", "2019-03-14"),  # Nordic labels, glued too
        ("Publisert:14.05.19 16:22Oppdatert:14.05.19 17:05", "2019-05-14"),
        ("Publicerad 2019-03-11 07:12", "2019-03-11"),
        ("פורסם: 16.07.19 , 14:23", "2019-07-16"),  # Hebrew, Arabic, Hindi and Urdu labels and months
        ("16 ביולי 2019", "2019-07-16"),
        ("نشر في: 16 يوليو 2019", "2019-07-16"),
        ("آخر تحديث: 16 يوليو 2019 - 14:20", "2019-07-16"),
        ("प्रकाशित: 16 जुलाई 2019", "2019-07-16"),
        ("شائع 16 جولائی 2019", "2019-07-16"),
        ("יום שלישי, 16 ביולי 2019", None),  # a weekday before the date: the masthead's line, not a date line
        ("প্রকাশ: ১৮ আগস্ট ২০১৯, ০৯:৪০আপডেট: ১৮ আগস্ট ২০১৯, ১০:১২", "2019-08-18"),  # Bengali digits, month and labels
        ("١٦ يوليو ٢٠١٩", "2019-07-16"),  # Arabic-Indic digits
        ("१६ जुलाई २०१९", "2019-07-16"),  # Devanagari digits
        ("۱۳۹۸/۰۴/۲۵", None),  # a Solar Hijri date: no year of ours
        ("16 окт 2019, 13:42обновена 16 окт 2019, 17:05", "2019-10-16"),  # Bulgarian: the update's label glued to the time
        ("18. júna 2019 19:45", "2019-06-18"),  # Slovak, Croatian, Serbian, Estonian months
        ("14. lipnja 2019.", "2019-06-14"),
        ("17. maja 2019. 08:12", "2019-05-17"),
        ("16. oktoober 2019", "2019-10-16"),
        ("Actualizado a 18 de septiembre de 2019 · 12:32 h.", "2019-09-18"),  # Spanish's label with "a", the hour's "h."
        ("Publicerad 16 maj 2019 kl 21.47 Uppdaterad 17 maj 2019 kl 06.12", "2019-05-16"),  # Swedish's "kl" without its dot
        ("Publisert 08.02.19 - 14:21Oppdatert 08.02.19 - 16:05", "2019-02-08"),  # a Norwegian label: the day comes first
        ("Publicada 03/07/2019 a las 06:00 | Actualizada 03/07/2019 a las 10:18", "2019-07-03"),  # Spanish's feminine labels
        ("05/12/2019 00:00Actualizado: 05/12/2019 10:42", "2019-12-05"),  # the label glued to the time tells the day comes first
        ("12/OCT/2019", "2019-10-12"),  # the month's abbreviation between slashes (The Wire)
        ("Jul 18 2019, 00:13am istupdated: Jul 18 2019, 01:31am ist", "2019-07-18"),  # the update's label glued to a zone in lower case
    ],
)
def test_parse_date_line(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("WEDNESDAY, Aug. 14, 2019 (HealthDay News) -- Middle schoolers who scroll through their phones sleep less.", "2019-08-14"),
    ("WASHINGTON, Aug. 14, 2019 (AP) — The Senate voted on Tuesday.", "2019-08-14"),
    ("On Aug. 14, 2019 (a Wednesday) - he left the city.", None),
    ("Aug. 14, 2019 was a Wednesday.", None),
    ("VIRGINIA BEACH, Va. (PRWEB) September 10, 2019 Tidewater Pediatric Dental has opened a suite.", "2019-09-10"),  # a release's
    ("PARIS, France (the minister said) on March 3, 2019 that the plan would go ahead.", None),  # no newswire in capitals before it
    ("Law360 (March 12, 2024, 6:14 PM EDT) -- A Second Circuit panel on Tuesday revived a suit.", "2024-03-12"),  # a legal news service's
    ("He said (March 12, 2024) -- after the vote -- that he would resign.", None),  # no outlet's name before the bracket
])
def test_a_wire_dateline_dates_the_piece(text: str, iso: str | None) -> None:
    from readingroom.dates import wire_dateline
    assert wire_dateline(text) == iso


def test_split_dateline_glued_to_paragraph() -> None:
    assert split_dateline("2016-11-06\u00a0Based on his recent travels, Weitz writes.") == (
        "2016-11-06", "Based on his recent travels, Weitz writes.")
    assert split_dateline("2016 was a year of surprises for everyone.") is None


@pytest.mark.parametrize(("line", "unordered"), [
    ("12/01/2025", True), ("Published: 04/05/2011 10:02 AM", True), ("8/7/13", True),
    ("13/01/2025", False), ("04/04/2011", False),  # the order shows
    ("12/01/2025 The council said", False),  # no date line
])
def test_a_date_line_whose_day_and_month_could_be_either_way_round(line: str, unordered: bool) -> None:
    assert dates.is_unordered_date_line(line) is unordered


def test_a_year_glued_to_the_next_date_ends_the_first() -> None:
    """A theme that prints the published and the updated date side by side, the second hidden by
    its style sheet: the copy glues them ("April 14, 2019April 16, 2019"); the first is found."""
    found = dates.find_date("Posted on April 14, 2019April 16, 2019 by Dale Whitcomb")
    assert found is not None and found[0] == "2019-04-14"
    assert dates.find_dates("14 April 201916 April 2019")[0] == "2019-04-14"


def test_a_year_glued_to_a_reading_time_ends_the_date() -> None:
    """"13 giugno 2019" and "3' di lettura" side by side, glued by the copy."""
    assert dates.find_dates("13 giugno 20193' di lettura") == ["2019-06-13"]
    assert dates.find_dates("June 4, 20195 min read") == ["2019-06-04"]
    assert dates.find_dates("June 4, 20195") == []
    assert dates.find_dates("4. September 20194. September 2019 Jana Kirchhoff")[0] == "2019-09-04"  # the German day's dot, twice


@pytest.mark.parametrize(("text", "iso"), [
    ("14:35, 05 Ապրիլ, 2019", "2019-04-05"),  # Armenian
    ("Հուլիս 22, 2019", "2019-07-22"),
    ("21 ኦክቶበር 2019", "2019-10-21"),  # Amharic, as BBC Amharic writes the Gregorian month
    ("11 ივნისი, 2019", "2019-06-11"),  # Georgian
    ("Jamiyat27 avgust 2019, 14:20", "2019-08-27"),  # Uzbek, the section glued before the day
    ("10 sentyabr 2019, Çərşənbə axşamı", "2019-09-10"),  # Azerbaijani
    ("3 қазан 2019 11:35", "2019-10-03"),  # Kazakh
    ("Коом 9-декабрь, 2019 11:22", "2019-12-09"),  # Kyrgyz, the day hyphened to the Russian nominative
    ("2019 оны 02 сарын 11, 11:25", "2019-02-11"),  # Mongolian, the year first
    ("Jumatatu, Julai 8, 2019", "2019-07-08"),  # Swahili
    ("қазан 2019", None),  # no day
])
def test_months_of_the_caucasus_central_asia_and_east_africa(text: str, iso: str | None) -> None:
    assert (dates.find_dates(text) or [None])[0] == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("Mac 27, 2024 @ 6:45pm", "2024-03-27"),  # Malay, the time after "@"
    ("5 Ogos 2019", "2019-08-05"),
    ("Marso 18, 2024 | 12:00am", "2024-03-18"),  # Tagalog
    ("zo 23 februari 2025 om 21:34", "2025-02-23"),  # Dutch, the weekday abbreviated and "om" before the time
    ("15 มี.ค. 2567", "2024-03-15"),  # Thai, the year of the Buddhist era
    ("Mac Pro 2019", None),  # (no day: a computer's name)
    ("Publiziert: 13.03.2024, 17:22", "2024-03-13"),  # Swiss German's label
    ("27/02/2025 • 14:35 • Atualizado há 3 horas", "2025-02-27"),  # how long ago it was updated, in Portuguese
])
def test_dates_of_southeast_asia_and_dutch_weekdays(line: str, iso: str | None) -> None:
    assert dates.parse_date_line(line) == iso


def test_a_thai_date_says_its_calendar() -> None:
    assert dates.find_dates("วันศุกร์ที่ 15 มีนาคม 2567 10:30 น.") == ["2024-03-15"]
    assert dates.other_calendar_date("15 มี.ค. 2567 10:30") == ("the Thai calendar's", "15 มี.ค. 2567")
    assert dates.other_calendar_date("۷ آذر ۱۳۹۸") == ("the Iranian calendar's", "۷ آذر ۱۳۹۸")
    assert dates.other_calendar_date("15 March 2024") is None


def test_indonesian_month_abbreviations() -> None:
    assert dates.find_date("Kamis, 15 Agu 2019 14:32 WIB")[0] == "2019-08-15"
    assert dates.find_date("Selasa, 3 Des 2019")[0] == "2019-12-03"
    assert dates.find_date("12 Maret 2019")[0] == "2019-03-12"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Press release18 December 2019Brussels", "2019-12-18"),  # glued to its label and its place
        ("17.09.2019Pressemitteilung Nr. 214/2019", "2019-09-17"),  # glued to the release's number
        ("am 12.04.2019.", "2019-04-12"),  # at a sentence's end
        ("A380 December 2019", None),  # a model's number is no day
    ],
)
def test_a_date_glued_to_its_neighbours(text: str, iso: str | None) -> None:
    found = dates.find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10. listopadu 2019 15:42", "2019-11-10"),  # Czech
        ("Publicat: 18 noiembrie 2019, 10:14", "2019-11-18"),  # Romanian
        ("17 Νοεμβρίου 2019", "2019-11-17"),  # Greek
        ("5 listopada 2019", None),  # November in Polish, October in Croatian: not guessed
    ],
)
def test_months_of_more_languages(text: str, iso: str | None) -> None:
    found = dates.find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("04/11/2019 05:02 AM EDT", "2019-04-11"),  # an American zone after the time: the month first
        ("By MAGGIE HABERMAN & SHIRA TOEPLITZ | 10/9/10 7:15 AM EDT", "2010-10-09"),
        ("04/11/2019 05:02", None),  # no zone: either way round, unknown
        ("• last updated: 23/11/2019 - 17:42", "2019-11-23"),  # a bullet before the row's label (Euronews)
        ("11/04/2019 16h40", "2019-04-11"),  # the hour written "16h40", as French and Portuguese pages write it: the day first
        ("6/07/19 12:30PM", "2019-06-07"),  # a twelve-hour clock after it, as American pages write it: the month first
        ("09/12/2019 - 12:47 CET", "2019-12-09"),  # a European zone after the time: the day first
        ("09/12/2019 12:47", None),  # no zone, a 24-hour clock: either way round, unknown
        ("11/04/2019 10:00 CET", "2019-04-11"),  # (a European zone: no American order, the day first)
        ("Updated at 11:20 a.m. ET on April 2, 2019.", "2019-04-02"),  # the time first, "at" and "on"
        ("08.19.2019 06:00 AM", "2019-08-19"),  # dots, the month first where the day shows it (WIRED)
        ("11.12.2019 09:00 AM", "2019-11-12"),  # ...or a twelve-hour clock after it: the month first (WIRED)
        ("11.12.2019 09:00", "2019-12-11"),  # (a 24-hour clock: the day first)
        ("05.03.2019", "2019-03-05"),  # ...else the day first, as dotted dates are written in Europe
        ("05.28.19", "2019-05-28"),  # two digits for the year (Engadget)
        ("v1.20.30", None),  # a version number
        ("June 14, 2019Updated June 14, 2019 4:21 PM", "2019-06-14"),  # the update's label glued to the year
        ("2019 m. lapkričio 6 d. 22:14", "2019-11-06"),  # Lithuanian, the year first
        ("14. oktobris, 2019 12:34", "2019-10-14"),  # Latvian
        ("Giriş Tarihi: 16.11.2019 11:20 | Güncelleme Tarihi: 16.11.2019 12:05", "2019-11-16"),  # Turkish labels
    ],
)
def test_a_time_zone_tells_the_order_and_a_time_may_come_first(line: str, iso: str | None) -> None:
    found = dates.find_date(line) if "|" in line else None
    assert (found[0] if found else dates.parse_date_line(line)) == iso


def test_a_date_line_with_its_last_modification_glued_on() -> None:
    from readingroom.dates import parse_date_line

    assert parse_date_line("Fri 14 Jun 2019 06.00 BSTLast modified on Fri 14 Jun 2019 09.12 BST") == "2019-06-14"


def test_a_date_line_saying_its_first_publication_again_gives_the_earliest() -> None:
    from readingroom.dates import parse_date_line

    line = "Tue 12 Mar 2019 06.00 GMTFirst published on Tue 12 Mar 2019 06.00 GMTLast modified on Tue 12 Mar 2019 10.15 GMT"
    assert parse_date_line(line) == "2019-03-12"
    assert parse_date_line("Mon 11 Mar 2019 23.00 GMT First published on Sun 10 Mar 2019 08.00 GMT") == "2019-03-10"
    assert parse_date_line("Originally published Nov 12, 2024") == "2024-11-12"  # (under "Updated Mar 4, 2025 · 7 min read")


@pytest.mark.parametrize("line", ["Disiarkan pada: Ogos 13, 2024 @ 11:42am", "Inilathala: Marso 3, 2025"])
def test_date_labels_in_malay_and_tagalog_start_a_date_line(line: str) -> None:
    from readingroom.dates import DATE_LABEL_START

    assert DATE_LABEL_START.match(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Published on 12/03/2019, 2:18pmUpdated on 13/03/2019, 9:41am", "2019-03-12"),  # the update's 13 writes the day first
    ("Published 12/03/2019 | Updated 12/13/2019", "2019-12-03"),  # ...its 13 the month first
    ("Posted 12/03/2019 | Updated 13/04/2019 | Printed 04/13/2019", None),  # dates that disagree tell nothing
    ("12/03/2019", None),
])
def test_another_date_of_the_line_tells_the_order(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


def test_a_date_the_first_numeric_date_hides_is_found() -> None:
    from readingroom.dates import find_date

    found = find_date("Published on 12/03/2019, 2:18pm Updated on 13/03/2019, 9:41am By Cecilia Mwangi")
    assert found is not None and found[0] == "2019-03-12"


@pytest.mark.parametrize(("line", "iso"), [
    ("17-05-2019 13:42Actualizat: 17-05-2019 14:10Vizualizări: 1.245", "2019-05-17"),  # hyphens, a four-digit year, views glued on
    ("March 3, 2019 · 1,204 views", "2019-03-03"),
    ("September 12, 2019 8:30amComment", "2019-09-12"),  # the comments' link glued on
    ("March 3, 2019 | 12 Comments", "2019-03-03"),
    ("02-07-2019", None),  # (either way round)
])
def test_a_date_between_hyphens_and_a_count_of_views_after_it(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("Tue, Feb 25, 2025, 4:05 PM EST 5 min read", "2025-02-25"),  # the reading time after the date
    ("June 4, 2019 · 5 min read", "2019-06-04"),
    ("4. Juni 2019 · 3 Min. Lesezeit", "2019-06-04"),
    ("5 min read · Jun 4, 2019", "2019-06-04"),  # ...or before it
    ("03 avril 2024 | Lecture 5 mn.", "2024-04-03"),  # ...or after it, its label first
    ("4. Juni 2019 · Lesezeit: 3 Min.", "2019-06-04"),
    ("5 min read", None),
    ("Property News17 Mar 2025", "2025-03-17"),  # a section's name glued before the day
    ("Sabah2 March 2019", "2019-03-02"),
    ("Chapter 17 March", None),
])
def test_a_date_beside_its_reading_time_or_after_a_glued_section(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("March 9, 2024 1 p.m. Updated: March 9, 2024 3:12 p.m.", "2024-03-09"),  # the hour alone, AP's way
    ("March 9, 2024 1 pm", "2024-03-09"),
    ("March 9, 2024 12", None),
    ("14.03.202414 Mart 2024", "2024-03-14"),  # one date in two forms, the second glued to the first's year
    ("03/14/2024March 14, 2024", "2024-03-14"),
    ("03/14/2024March 15, 2024", None),  # (two dates: neither is the line's)
    ("Published date: 2 July 2025 13:05 BST", "2025-07-02"),  # the label with "date"
    ("Stand: 08. Dezember 2026, 14:03 Uhr", "2026-12-08"),  # a German broadcaster's "as of", with its colon
    ("Stand: 08.12.2026 14:03 Uhr", "2026-12-08"),
    ("Stand der Dinge 2026", None),
])
def test_a_date_with_the_hour_alone_or_said_in_two_forms(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("Publié le lundi 28 janvier 2019 à 14h25", "2019-01-28"),  # weekdays of more languages after the label
    ("BelgaPublié le lundi 28 janvier 2019 à 14h25 - Mis à jour le lundi 28 janvier 2019 à 16h02", "2019-01-28"),  # the agency glued before
    ("Sábado, 3 de julio de 2019", "2019-07-03"),
    ("Sonntag, 3. Juli 2019", "2019-07-03"),
])
def test_weekdays_in_more_languages_and_an_agency_before_the_label(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


def test_a_sections_name_glued_after_the_year() -> None:
    assert parse_date_line("23 avril 2019Environnement") == "2019-04-23"


@pytest.mark.parametrize(("line", "iso"), [
    ("Haber Giriş: 09.07.2025 14:22 | Son Güncelleme: 09.07.2025 16:05", "2025-07-09"),  # Turkish labels, "Son" no part of its own
    ("Τελευταία Ενημέρωση: 10/03/2025 09:12", "2025-03-10"),  # a Greek label, which writes the day first
    ("Δημοσίευση: 10/03/2025 09:12", "2025-03-10"),
])
def test_turkish_and_greek_date_labels(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


def test_an_unordered_date_read_as_the_page_shows_it() -> None:
    from readingroom.dates import order_on_page

    line = "10/03/2025 06:30"
    assert parse_date_line(line) is None
    assert order_on_page(line, [(1, "Δευτέρα, 10 Μαρτίου 2025")]) == ("2025-03-10", 1)  # the same day written out
    assert order_on_page(line, [(4, "Comment posted 15/03/2025")]) == ("2025-03-10", 4)  # a day over 12
    assert order_on_page(line, [(4, "03/15/2025 at 9:00")]) == ("2025-10-03", 4)  # the month first
    assert order_on_page(line, [(1, "Δευτέρα, 10 Μαρτίου 2025"), (9, "03/15/2025")]) is None  # lines that disagree
    assert order_on_page(line, [(1, "3 October 2024")]) is None  # no line shows it


def test_an_update_glued_to_the_date_and_to_its_time() -> None:
    assert parse_date_line("15:42, 7 MAR 2024Updated16:10, 7 MAR 2024") == "2024-03-07"  # Reach's papers


@pytest.mark.parametrize(("line", "iso"), [
    ("Xoves, 12 de decembro de 2024", "2024-12-12"),  # Galician
    ("Vic | Dijous, 19 de setembre de 2024, 07:00 h", "2024-09-19"),  # Catalan, the place and the weekday before it
    ("3 d'octubre de 2024", "2024-10-03"),
    ("14 Bealtaine 2025", "2025-05-14"),  # Irish
    ("3 Meán Fómhair 2024", "2024-09-03"),
    ("26. 9. 2023 5:40", "2023-09-26"),  # Czech, a space after each dot
])
def test_galician_catalan_irish_and_czech_dates(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "span"), [
    ("June 4, 1938 - March 9, 2024", True),  # an obituary's life
    ("12 March 2024 – 14 March 2024", True),  # an event's days
    ("Publié le 19/07/2025 à 17:52 - Modifié le 19/07/2025 à 19:30", False),  # a publication and its update
    ("۲۴ آبان ۱۴۰۳ - ۱۴ نوامبر ۲۰۲۴", False),  # one day in two calendars
    ("March 12, 2024 - 10:42", False),
])
def test_a_span_of_two_dates_is_no_publication_date(line: str, span: bool) -> None:
    from readingroom.dates import is_date_range
    assert is_date_range(line) is span


@pytest.mark.parametrize(("line", "iso"), [
    ("sreda, 10. 4. 2024, 11.05", "2024-04-10"),  # Slovenian weekday, spaced numeric date
    ("21. feb 2024 o 7:45", "2024-02-21"),  # Slovak "o" before the time
    ("utorak, 12. ožujka 2024. u 10:15", "2024-03-12"),  # Croatian weekday and "u"
    ("Zadnja posodobitev: 10. 4. 2024, 14.20", "2024-04-10"),  # Slovenian update label
])
def test_central_european_weekdays_labels_and_time_words(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("14-09-22, 17:45 Laatste update: 15-09-22, 08:12", "2022-09-14"),  # Dutch update label after the date
    ("14-03-24, 16:05Laatste update: 17:30", "2024-03-14"),  # ...glued to the time
    ("12.03.2015, 07:30 aktualizacja: 12.03.2015, 09:14", "2015-03-12"),  # Polish
])
def test_a_date_line_with_its_update_in_dutch_and_polish(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


def test_flemish_short_month_and_luxembourgish_labels() -> None:
    assert parse_date_line("vr 21 mrt 2025 07:00") == "2025-03-21"
    assert parse_date_line("publizéiert: 13.08.2025 17:40") == "2025-08-13"
    assert dates.UPDATE_LABEL.match("aktualiséiert: 14.08.2025 09:15")


@pytest.mark.parametrize(("line", "expected"), [
    ("Litinin, Disamba 2, 2024", "2024-12-02"),  # Hausa
    ("Isniin, 11 Nofembar 2024", "2024-11-11"),  # Somali
    ("Jimce, 14 Juun 2024 - 4:20 PM", "2024-06-14"),
    ("Ngolwesibili, 15 Okthoba 2024 | 06:00", "2024-10-15"),  # Zulu
    ("22 Ugushyingo 2024 saa 15:10", "2024-11-22"),  # Kinyarwanda
    ("Jumanne, Desemba 03, 2024", "2024-12-03"),  # Swahili, as before
])
def test_east_and_west_african_months(line: str, expected: str) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Cyhoeddwyd14 Mawrth 2024", "2024-03-14"),  # Welsh, the label glued on
    ("Dydd Mawrth, 12 Mawrth 2024 07:15", "2024-03-12"),  # Welsh: Tuesday is "Mawrth" too
    ("Dé Céadaoin 13 Márta 2024 | 13:05", "2024-03-13"),  # Irish, a weekday of two words
    ("Verëffentlecht den 14. Mäerz 2024 um 06:00", "2024-03-14"),  # Luxembourgish
    ("13 maaie 2024", "2024-05-13"),
    ("13. njukčamánu 2024", "2024-03-13"),  # Northern Sámi, the month in the genitive
])
def test_regional_and_minority_languages_of_europe(line: str, expected: str | None) -> None:
    assert parse_date_line(line) == expected
    assert not dates.UPDATE_LABEL.match(line)


def test_updates_labelled_in_welsh_irish_and_sami() -> None:
    for line in ("Diweddarwyd 15 Mawrth 2024", "Nuashonraithe: 14.03.2024", "Ođasmahtton 13.03.2024 10:12"):
        assert dates.UPDATE_LABEL.match(line), line


@pytest.mark.parametrize(("line", "expected"), [
    ("Oaxaca / jueves 10 de octubre de 2024", "2024-10-10"),  # the place, a slash, the weekday and the date
    ("León, Guanajuato / martes 9 de enero de 2024, 13:20", "2024-01-09"),  # a place of two words
    ("Jane Example, 3 December 2025", None),  # a name before a comma: a byline's, not a place
    ("The Storm Of 12 May 2024", None),
])
def test_a_place_and_a_slash_before_the_date(line: str, expected: str | None) -> None:
    assert parse_date_line(line) == expected


def test_haitian_creole_months_and_label_keep_portuguese_out() -> None:
    assert parse_date_line("27 fevriye 2024") == "2024-02-27"
    assert parse_date_line("Pibliye: 12 avril 2024, 3:45 pm") == "2024-04-12"
    assert parse_date_line("vandredi 12 avril 2024") == "2024-04-12"
    assert parse_date_line("12 out 2024") == "2024-10-12"  # Portuguese October, not Creole August


@pytest.mark.parametrize(("line", "iso"), [
    ("چهارشنبه ۲۸ جوزا ۱۴۰۴", "2025-06-18"),  # Dari: the zodiac's names of the Iranian calendar's months
    ("۱۵ مهر ۱۴۰۳ - ۱۰:۲۴", "2024-10-06"),
])
def test_afghan_and_iranian_month_names_give_the_same_day(line: str, iso: str) -> None:
    from readingroom.dates import find_date

    found = find_date(line)
    assert found and found[0] == iso


@pytest.mark.parametrize(("line", "iso"), [
    ("Thứ ba, 5/3/2024, 08:12 (GMT+7)", "2024-03-05"),  # a Vietnamese weekday: the day first
    ("Thứ năm, 14/08/2025 - 07:30", "2025-08-14"),
])
def test_a_vietnamese_date_line_puts_the_day_first(line: str, iso: str) -> None:
    from readingroom.dates import parse_date_line

    assert parse_date_line(line) == iso
