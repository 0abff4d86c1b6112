"""Texts in scripts written without spaces, or right to left: counted, read and labelled as the
others are (a Chinese or Japanese article was rejected as "no article body" when its words were
counted by spaces)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from readingroom import provenance
from readingroom.boilerplate import classify_lines, count_words, content_words
from readingroom.model import Field, Origin, word_count
from readingroom.pipeline import process_text
from readingroom.provenance import infer_language
from readingroom.render import render_article, right_to_left
from readingroom.settings import Settings

# A Chinese news page as a reader copies it: menu, headline, source and date, share buttons, the
# article, then the footer. Written for this test.
CHINESE_PAGE = """首页
新闻
财经
视频
评论
城市公园周末开放夜间游览
来源： 本地日报
2024年5月18日 09:30
分享
分享到微信
市园林局今天宣布，从下周开始，城区五座公园将在周末延长开放时间至晚上十点，方便市民夜间散步和游览。

园林局负责人表示，夜间开放期间将增加照明设施和安保人员，并在主要入口设置志愿者服务点，为老人和儿童提供帮助。

不少市民对此表示欢迎。一位经常带孩子去公园的居民说，夏天白天太热，晚上出来走走更舒服，希望以后能一直这样安排。

据介绍，如果试行效果良好，夜间开放将推广到全市更多公园，具体安排将另行通知。
关于我们
联系我们
版权所有 © 2024 本地日报
"""


def test_chinese_and_japanese_are_counted_by_characters() -> None:
    assert word_count("the city park") == 3
    assert word_count("城市公园周末开放") == 4  # eight Han characters: about four words
    assert count_words("城市公园，周末开放。") == 4  # punctuation is not counted
    assert count_words("ナイジェリアで31人") == 4  # katakana about three to a word; the number is a word
    assert content_words("公园开放") == ["公园", "园开", "开放"]


def test_a_chinese_page_keeps_its_article_and_drops_the_rest() -> None:
    lines = CHINESE_PAGE.splitlines()
    kept = [line for line, verdict in zip(lines, classify_lines(lines)) if verdict.keep]
    assert [line for line in kept if len(line) > 30] == [line for line in lines if len(line) > 30]
    assert not {"首页", "分享到微信", "关于我们", "版权所有 © 2024 本地日报"} & set(kept)


def test_a_chinese_page_gets_its_headline_date_and_language() -> None:
    article = process_text(CHINESE_PAGE, "park")
    assert article.title.value == "城市公园周末开放夜间游览"
    assert article.date.value == "2024-05-18"
    assert article.language.value == "zh"
    assert len(article.paragraphs) == 4
    assert article.truncated.value is False  # "。" closes a paragraph


@pytest.mark.parametrize(("text", "language"), [
    ("市园林局今天宣布，从下周开始，城区五座公园将在周末延长开放时间。", "zh"),
    ("政府は繰り返し主張しているが、アナリストは攻撃を行う意図を維持していると指摘している。", "ja"),
    ("북한은 한미 연합훈련을 비난하며 대가를 치를 것이라고 경고했다.", "ko"),
    ("ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท", "th"),
    ("أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة.", "ar"),
    ("הממשלה הודיעה היום על תוכנית חדשה לתחבורה ציבורית בערים הגדולות.", "he"),
    ("— £ € 123 × ·", None),  # no letters at all
])
def test_a_script_of_its_own_tells_the_language(text: str, language: str | None) -> None:
    found = infer_language(text)
    assert found.value == language
    if language:
        assert "of letters are" in found.origin.detail


def test_persian_is_not_claimed_as_arabic_by_its_script_but_named_by_the_classifier() -> None:
    found = infer_language("دولت امروز برنامه جدیدی برای حمل و نقل عمومی در شهرهای بزرگ اعلام کرد که از ماه آینده "
                           "اجرا می‌شود و به گفته مسئولان، زمان سفر شهروندان را کاهش خواهد داد.")
    assert found.value == "fa"
    assert "langid.py" in found.origin.detail


def test_a_right_to_left_article_is_rendered_right_to_left() -> None:
    page = ["أخبار", "الرئيسية",
            "فصائل معارضة تسيطر على مخازن للصواريخ",
            "أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس تمكنت من السيطرة على مستودعات للأسلحة "
            "بريف دمشق تضم كميات من الصواريخ ومضادات الدروع، في الوقت الذي حض فيه الائتلاف الفصائل على ضبط النفس.",
            "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين من عدة كتائب سيطروا على "
            "ثلاثة مستودعات للذخيرة بالقرب من بلدة في منطقة القلمون بريف دمشق، بحسب ما أفاد ناشطون."]
    article = process_text("\n".join(page), "arabic")
    assert article.language.value == "ar"
    page = render_article(article, {article.id: article}, {}, Settings())
    assert 'lang="ar" dir="rtl"' in page
    assert f'# {article.title.value} {{ dir="rtl" }}' in page  # the headline too
    english = process_text("The city opened its parks at night. " * 20, "english")
    assert 'dir="rtl"' not in render_article(english, {english.id: english}, {}, Settings())


def test_a_right_to_left_article_s_deck_and_names_read_right_to_left() -> None:
    """The deck of a Hebrew article is set right to left like its headline, and the names and the
    publisher on the byline row are isolated, so that the row's order holds around them ("By
    <name> · 2019-07-16", not the date pulled before the name)."""
    article = process_text("\n\n".join([
        "גל החום: באר שבע תפתח את הבריכות העירוניות בחינם",
        "בעקבות תחזית לטמפרטורות של מעל 40 מעלות, העירייה הודיעה כי הכניסה לבריכות תהיה ללא תשלום",
        "מאת נועה גולדברג",
        *["עיריית באר שבע הודיעה היום כי שלוש הבריכות העירוניות ייפתחו ללא תשלום בימי שישי ושבת, לנוכח גל החום."] * 3]), "he")
    article = replace(article, subtitle=Field("בעקבות תחזית לטמפרטורות", Origin("source", 3, "standfirst")),
                      authors=Field(("נועה גולדברג",), Origin("source", 5, "byline")))
    page = render_article(article, {article.id: article}, {}, Settings())
    assert '{: .rr-standfirst dir="rtl" }' in page
    assert '<span class="rr-authors" dir="auto">נועה גולדברג</span>' in page


def test_a_persian_article_is_right_to_left() -> None:
    text = ("دولت امروز برنامه جدیدی برای حمل و نقل عمومی در شهرهای بزرگ اعلام کرد که از ماه آینده اجرا می‌شود "
            "و به گفته مسئولان، زمان سفر شهروندان را کاهش خواهد داد. ") * 3
    article = process_text(text, "persian")
    assert article.language.value == "fa"
    assert 'lang="fa" dir="rtl"' in render_article(article, {article.id: article}, {}, Settings())


def test_an_article_of_unknown_language_in_a_right_to_left_script_is_right_to_left() -> None:
    text = ("دولت امروز برنامه جدیدی برای حمل و نقل عمومی در شهرهای بزرگ اعلام کرد که از ماه آینده اجرا می‌شود "
            "و به گفته مسئولان، زمان سفر شهروندان را کاهش خواهد داد. ") * 3
    article = replace(process_text(text, "persian"), language=Field())
    assert 'lang="und" dir="rtl"' in render_article(article, {article.id: article}, {}, Settings())


@pytest.mark.parametrize("language", ["arz", "ary", "sdh", "ur", "he-IL"])
def test_languages_the_classifier_names_in_right_to_left_scripts_are_right_to_left(language: str) -> None:
    article = replace(process_text("Words of a test text. " * 20, "rtl"), language=Field(language, Origin("catalog", 1, "")))
    assert right_to_left(article)


@pytest.mark.parametrize(("text", "language"), [
    ("Il governo ha approvato la riforma che sarà discussa in parlamento, ma non tutti i partiti sono d'accordo "
     "e anche i sindacati hanno chiesto più tempo per una valutazione della proposta.", "it"),
    ("De regering heeft het plan goedgekeurd, maar er is ook kritiek van de oppositie die vindt dat het niet "
     "genoeg is voor de gemeenten en dat er meer geld nodig is.", "nl"),
    ("Rząd przyjął projekt ustawy, który ma wejść w życie w przyszłym roku, ale opozycja twierdzi, że to nie "
     "wystarczy i zapowiada, że będzie głosować przeciw.", "pl"),
    ("Hükümet yeni yasayı onayladı ve bu düzenleme gelecek yıl yürürlüğe girecek, ancak muhalefet çok daha "
     "fazla değişiklik için baskı yapacağını söyledi.", "tr"),
    ("El gobierno aprobó la reforma que será debatida en el parlamento, pero no todos los partidos están de "
     "acuerdo y los sindicatos pidieron más tiempo para una evaluación de la propuesta.", "es"),
])
def test_common_words_tell_more_languages(text: str, language: str) -> None:
    assert infer_language(text).value == language


# Written for this test: one news paragraph in each language (the same story), long enough to be
# read as prose. None of these languages has a list of common words here.
CLASSIFIED = {
    "sv": "Regeringen har godkänt planen, men oppositionen anser inte att det räcker för kommunerna. Flera "
          "kommuner säger att de behöver mer pengar redan i år för att kunna hålla skolorna öppna.",
    "da": "Regeringen har godkendt planen, men oppositionen mener ikke, at det er nok for kommunerne. Flere "
          "borgmestre siger, at de allerede i år har brug for flere penge for at kunne holde skolerne åbne.",
    "no": "Regjeringen har godkjent planen, men opposisjonen mener det ikke er nok for kommunene. Flere "
          "ordførere sier at de trenger mer penger allerede i år for å kunne holde skolene åpne.",
    "fi": "Hallitus hyväksyi suunnitelman, mutta oppositio katsoo, ettei se riitä kunnille. Useat "
          "kunnanjohtajat sanovat tarvitsevansa lisää rahaa jo tänä vuonna, jotta koulut voidaan pitää auki.",
    "cs": "Vláda schválila plán, ale opozice tvrdí, že to obcím nestačí. Několik starostů říká, že potřebují "
          "více peněz už letos, aby mohli udržet školy otevřené.",
    "hu": "A kormány jóváhagyta a tervet, de az ellenzék szerint ez nem elég az önkormányzatoknak. Több "
          "polgármester azt mondja, hogy már idén több pénzre van szükségük, hogy nyitva tarthassák az iskolákat.",
    "vi": "Chính phủ đã phê duyệt kế hoạch, nhưng phe đối lập cho rằng như vậy là chưa đủ đối với các địa "
          "phương. Nhiều thị trưởng cho biết họ cần thêm tiền ngay trong năm nay để giữ cho các trường học mở cửa.",
    "ca": "El govern ha aprovat el pla, però l'oposició considera que no n'hi ha prou per als ajuntaments. "
          "Diversos alcaldes diuen que necessiten més diners aquest mateix any per mantenir les escoles obertes.",
    "ro": "Guvernul a aprobat planul, dar opoziția consideră că nu este suficient pentru primării. Mai mulți "
          "primari spun că au nevoie de mai mulți bani încă de anul acesta pentru a ține școlile deschise.",
    "hi": "सरकार ने योजना को मंज़ूरी दे दी है, लेकिन विपक्ष का कहना है कि यह नगर पालिकाओं के लिए पर्याप्त नहीं है। कई "
          "महापौरों का कहना है कि स्कूलों को खुला रखने के लिए उन्हें इसी साल और पैसे की ज़रूरत है।",  # Devanagari writes several
    "ur": "حکومت نے منصوبے کی منظوری دے دی ہے، لیکن حزب اختلاف کا کہنا ہے کہ یہ بلدیات کے لیے کافی نہیں ہے۔ کئی میئروں کا "
          "کہنا ہے کہ انہیں اسکول کھلے رکھنے کے لیے اسی سال مزید رقم کی ضرورت ہے۔",  # Arabic script with Urdu letters
}


@pytest.mark.parametrize("language", sorted(CLASSIFIED))
def test_the_classifier_names_languages_the_common_words_do_not(language: str) -> None:
    found = infer_language(CLASSIFIED[language])
    assert found.value == language  # Danish was "en" by its "at" and "for", Catalan would read as Spanish
    assert found.origin.kind == "inferred" and "langid.py" in found.origin.detail


def test_english_is_told_by_its_common_words_without_the_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_classifier():
        raise AssertionError("the classifier was loaded for an English text")
    monkeypatch.setattr(provenance, "_classifier", no_classifier)
    found = infer_language("The council said on Monday that the plan would go ahead, and that the schools of the "
                           "town would stay open for another year while the money was found.")
    assert found.value == "en" and "common en words" in found.origin.detail


@pytest.mark.parametrize("text", [
    "Palm Bay 18 22 13 17 — 70\nRockledge 14 11 6 15 — 44\nK. Hupfer 1 goal. L. Patikas 1 goal.",  # a box score
    "Foto: Reuters",  # too short to tell
    "— £ € 123 × ·",  # no letters
])
def test_no_language_is_claimed_where_the_classifier_is_unsure(text: str) -> None:
    assert infer_language(text).value is None


@pytest.mark.parametrize("last", ["„Aber jedes Netz, das wir herausholen, hört auf zu töten.“", "‚So ist es.‘", "The plan, she said, was simple."])
def test_a_quotation_closed_in_its_languages_way_ends_the_text(last: str) -> None:
    """German and Czech close a quotation with “ or ‘: the copy is not cut off."""
    text = "\n\n".join(["Fischer sollen Müll fischen", *[f"Satz {k} über die Ostsee, den Müll und die Fischer im Winter." for k in range(6)], last])
    assert process_text(text, "quote").truncated.value is False


@pytest.mark.parametrize(("text", "header"), [
    ("Partia\tPoparcie\tZmiana\nLewica\t6,2%\t+0,3\nRazem\t3,6%\t+0,1", ["Partia", "Poparcie", "Zmiana"]),  # no digit
    ("Măsura\tAcum\tDin august 2025\nCota standard\t19%\t21%\nCota redusă\t9%\t11%\nAccize\tnivelul actual\t+10%",
     ["Măsura", "Acum", "Din august 2025"]),  # words over a column of figures, one of them words
    ("Region\t1990\t2023\nSub-Saharan Africa\t6.3\t4.4\nSouth Asia\t4.3\t2.1", ["Region", "1990", "2023"]),  # years over figures
    ("Price\t£41,950\nPower\t282bhp\nMotor\tRear-mounted", None),  # a spec's first line is data
    ("1.º\tSporting\t11 j.\t33 pts\n2.º\tFC Porto\t11 j.\t27 pts\n3.º\tBenfica\t10 j.\t25 pts", None),  # a league's first place
    ("Year\tWinner\n1979\tDierckx\n1980\tDe Wolf", ["Year", "Winner"]),
    ("1979\tDierckx\n1980\tDe Wolf\n1981\tPlanckaert", None),  # years over years: data
])
def test_a_table_is_headed_by_its_first_row_when_it_names_the_columns(text: str, header: list[str] | None) -> None:
    from readingroom.render import table_rows
    head, rows = table_rows(text)
    assert head == header
    assert len(rows) == text.count("\n") + (0 if header else 1)


def test_a_table_renders_as_a_table_with_its_cells_as_text() -> None:
    rows = ["Party\tShare\tChange", "Rose & Thistle <party>\t31%\t+0.6", "Greens **bold** | pipe\t27%\t-0.4",
            "Liberals {{ config }}\t13%\t-1.2"]
    source = "\n\n".join(["Poll puts the governing party ahead",
                          "The latest poll shows the governing party holding its lead over the opposition, while the smaller "
                          "parties trade places.", "\n".join(rows), "The pollster said the margin of error was three points."])
    article = process_text(source, "poll")
    table = next(p for p in article.paragraphs if p.kind == "table")
    page = render_article(article, {article.id: article}, {}, Settings())
    line = next(line for line in page.splitlines() if "rr-table" in line)
    assert line.startswith(f'<div class="rr-p rr-table" id="{table.id}"><table><thead><tr><th>Party</th><th>Share</th>')
    assert "<td>Rose &amp; Thistle &lt;party&gt;</td><td>31%</td>" in line
    assert "<td>Greens **bold** | pipe</td>" in line and "<td>Liberals {{ config }}</td>" in line
    assert line.endswith(f'<a class="rr-pilcrow" href="#{table.id}" title="Link to paragraph 2">¶ 2</a></div>')


def test_a_live_entry_time_is_a_label_over_the_entry_not_a_heading_and_its_byline_is_dropped() -> None:
    from pathlib import Path
    case = Path(__file__).parent / "cases" / "structure" / "live_page_newest_first_across_midnight_under_a_byline_with_role_and_co_author"
    article = process_text((case / "input.txt").read_text(encoding="utf-8"), "live")
    stamps = [p for p in article.paragraphs if p.kind == "stamp"]
    assert [p.text for p in stamps][:4] == ["02:12", "01:34", "00:58", "00:21"]
    assert not any(p.text in ("Ellie Marsh-Turner", "Tom Adeyemi") for p in article.paragraphs)  # (each entry's writer: a byline)
    assert article.authors.value == ("Ellie Marsh-Turner", "Tom Adeyemi")
    dropped = {v.cue for line, v in zip(article.lines, article.verdicts) if line.text.strip() == "Tom Adeyemi"}
    assert dropped == {"live-author"}  # (not an ad's text under "ADVERTISEMENT", nor a name the page repeats)
    page = render_article(article, {article.id: article}, {}, Settings())
    assert f"02:12\n{{ #{stamps[0].id} .rr-stamp }}" in page
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert not any(re.match(r"#+ \d{2}:\d{2} ", h) for h in headings)  # (no time fills the table of contents)
    assert any(h.startswith("## Man arrested after disorder in Southend High Street") for h in headings)


def test_a_live_entry_time_that_opens_its_heading_shows_as_its_label_and_the_text_stays_as_copied() -> None:
    from pathlib import Path
    case = Path(__file__).parent / "cases" / "structure" / "live_entries_each_a_time_and_heading_on_one_line_under_a_summary_box"
    article = process_text((case / "input.txt").read_text(encoding="utf-8"), "live")
    heading = next(p for p in article.paragraphs if p.kind == "heading" and p.text.startswith("15:27"))
    assert heading.text == "15:27 Boom op woning in Heerenveen, bewoners ongedeerd"  # (the model keeps the line whole)
    page = render_article(article, {article.id: article}, {}, Settings())
    assert f"15:27\n{{ .rr-stamp }}\n\n## Boom op woning in Heerenveen, bewoners ongedeerd {{ #{heading.id} .rr-subhead }}" in page
    one = replace(article, paragraphs=tuple(p for p in article.paragraphs if p.kind != "heading" or p.id == heading.id))
    assert "## 15:27 Boom op woning" in render_article(one, {one.id: one}, {}, Settings())  # (one time in a heading is no live page)
