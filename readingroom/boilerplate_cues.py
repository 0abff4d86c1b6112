"""Named vocabularies of boilerplate kinds, for `readingroom.boilerplate`.

Each cue is a `Cue`: a name, a reason code (see `boilerplate.REASONS`), a regex written in
`re.VERBOSE` with comments, and a *scope* saying how much evidence the pattern is:

- `short`: the pattern is only trusted on short lines (at most `max_words` words). A bare
  "subscribe" or "cookie" inside a sentence is article text; "Subscribe" alone is a button.
- `whole`: the pattern describes the shape of the entire line (anchored `^...$` or a phrase that
  only appears in appeals, e.g. "please support us"); it is trusted at any length.

Vocabularies cover English plus Russian, Ukrainian, German, French, Spanish and Portuguese where
the words are cheap to list. Nothing here is taken from the DEV pages or the seeds: these are the
stock phrases of web templates.
This module holds data only; `boilerplate.py` decides where each cue applies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from readingroom.dates import MONTHS
from readingroom.prefilter import Prefiltered, prefiltered

Scope = Literal["short", "whole"]

FLAGS = re.IGNORECASE | re.VERBOSE | re.UNICODE


@dataclass(frozen=True)
class Cue:
    name: str
    reason: str
    pattern: re.Pattern[str]
    scope: Scope = "short"
    max_words: int = 8
    """For `short` cues: the longest line (in words) the pattern is trusted on."""
    matcher: Prefiltered | None = None
    """`pattern` behind an RE2 "certainly not" test (see `prefilter.py`): same answers, faster."""

    def search(self, text: str, encoded: bytes | None = None) -> re.Match[str] | None:
        return self.matcher.search(text, encoded) if self.matcher else self.pattern.search(text)


def _cue(name: str, reason: str, regex: str, scope: Scope = "short", max_words: int = 8) -> Cue:
    pattern = re.compile(regex, FLAGS)
    return Cue(name, reason, pattern, scope, max_words, prefiltered(pattern))


# Share/print/comment buttons: a short line made only of social network and action words, e.g.
# "Share", "Tweet", "Facebook Twitter Email", "Поделиться", "Teilen". The whole line must be
# such words, so "He shared a tweet" never matches.
_SHARE_WORD = r"""(?: share(?:\s+(?:this|on|via|the|article|story|post|page|:))* | tweet | print
    # "share this article" in other languages: "Partager cet article :", "Diel dit artikel", "Artikel teilen"
    | (?:partager|compartir|compartilhar|condividi|teilen|delen|deel|diel) \s+ (?:cet|cette|ce|este|esta|el|la|questo|questa|l['’]|dit|diesen|den|das|deze) \s*
      (?:article|artículo|artigo|articolo|artikel|noticia|notícia|matéria|notizia|page|página|pagina|post|beitrag|bericht) (?:\s*:)?
    | (?:artikel|beitrag|seite) \s+ teilen
    | e-?mail(?:\s+this(?:\s+(?:article|story|post|page))?)? | mail | facebook | twitter | x(?:\s+post)? | f\s+share | whatsapp | linkedin | pinterest | reddit | telegram
    | flipboard | pocket | tumblr | messenger | sms | vk | vkontakte | ok | odnoklassniki | plurk | weibo | wechat
    | copy(?:\s+link)? | link | save | bookmark | reblog | like | comments? | \d+\s*comments? | gift(?:\s+article)?
    | поделиться | поделитесь | поширити | поділитися | распечатать | друк | печать | комментарии?
    | teilen | drucken | kommentare | (?:artikel\s+)?merken | compartilhar | compartilhe | partilhar | partilhe | imprimir | comentários?
    | partager | imprimer | envoyer | courriel | dalīties | tvītot | e-pasts | draugiem(?:\.lv)? | podijeli | podeli | pošalji | сподели | udostępnij
    | dalintis | distribuie | trimite | commentaires? | compartir | enviar | comentarios | whats\s?app
    | jaa (?:\s+(?:facebookissa|twitterissä|whatsappissa|linkedinissä))? | jaa\s+artikkeli | dela\s+på\s+(?:facebook|twitter) | del\s+på\s+(?:facebook|twitter)   # Finnish, Swedish, Norwegian/Danish
    | sdílet | zdieľať | megosztás | kopírovat\s+odkaz | kopírovať\s+odkaz | link\s+másolása | kopiuj\s+link | vytisknout | nyomtatás | drukuj
    | delen | tweeten | tweetnij | wyślij | correo | más\s+opciones | more\s+options | tweeter | chia\s+sẻ | zalo | bagikan | ibahagi | แชร์
    | deel(?:\s+(?:op|via|dit|artikel|:))* | kopieer(?:\s+(?:de\s+)?link)?   # Dutch: "Deel artikel:", "Deel op Facebook", "Kopieer link"
    | google\+ | digg | delicious | stumbleupon | myspace | mixx | hatena | line | kakao(?:talk)?
    # Chinese, Japanese and Korean services and buttons: "人人", "开心网", "新浪微博", "qq空间",
    # "联合报书签" (bookmarks), "百度搜藏", "豆瓣", "转寄朋友" (send to a friend), "打印文稿" (print)
    | 分享(?:到)? | 人人(?:网)? | 开心网 | (?:新浪|腾讯)?微博 | 微信 | qq\s?空间 | \w{0,10}书签 | 百度搜藏 | 豆瓣 | 转寄朋友
    | 打印(?:文稿|本页)? | 推荐给朋友 | シェア | ツイート | ポスト | はてブ | 印刷 | はてな(?:ブックマーク)? | 保存 | 共有 | その他 | 공유(?:하기)? | 인쇄 | 카카오스토리
    # Arabic, Persian, Urdu and Hebrew: the networks' names, "send to a friend", "print", "copy the link",
    # "share on ..." ("ارسال به فیسبوک", "هم‌رسانی با توییتر", "שתפו בפייסבוק"), the font size's "A+A-"
    | فيسبوك | فيس\s?بوك | تويتر | واتس\s?اب | تيليغرام | تلغرام | تلجرام | بريد | البريد(?:\s+الإلكتروني)? | طباعة | مشاركة | شارك
    | [أا]رسل\s+لصديق | نسخ(?:\s+الرابط)? | فیسبوک | توییتر | تلگرام | واتس\u200cاپ | واتساپ | ایمیل | چاپ | کپی\s+لینک | لینکدین
    | (?:ارسال|هم\u200cرسانی|همرسانی|اشتراک)\s+(?:به|با|در)\s+\S+ | کاپی\s+لنک | فیس\s?بک | ٹوئٹر | واٹس\s?ایپ | شیئر
    | שתפו(?:\s+ב\S+)? | שתף | שלחו\s+(?:לחבר|במייל|כתבה\s+במתנה) | הדפסה | הדפס | שמירה | פייסבוק | טוויטר | וואטסאפ
    | (?:תגובות|تعليقات|نظرات|تبصرے) (?:\s*\(?\d{1,5}\)?)?
    | A\+\s*A- )"""
# Where a copy glued buttons in a script without capitals (or to a Latin one): "فيسبوكتويترواتساب", "WhatsAppTelegramEmailنسخ الرابط"
_RTL_GLUE = r"(?<=[\u0590-\u06FF\u200c)])(?=[\u0590-\u06FFA-Z])|(?<=[a-z])(?=[\u0590-\u06FF])"
# X's one-letter button glued to the next one's capital: "ShareXFacebookWhatsApp", "TeilenFacebookXWhatsApp"
_X_GLUE = r"(?-i:(?<=X)(?=[A-Z][a-z]))"
_COMMENTS_WORD = r"(?:comments?|kommentare|kommentarer|kommentit|commentaires?|comentarios|comentários?|commenti|reacties|reakcje|komentarze|komentáře|комментарии|коментарі)"
SHARE_BUTTONS = _cue("share-buttons", "share-buttons", rf"""
    ^ \W* (?: \d{{1,5}} \s* (?:réactions?|reacties|reacciones) \s* (?=[^\W\d]) )? {_SHARE_WORD} (?: (?: [\s|/•·,:\-]+ [🔗✉📧🖨]? \s* | (?-i:(?<=[a-z])(?=[A-Z])) | {_X_GLUE} | {_RTL_GLUE} ) {_SHARE_WORD} )*
    (?: (?: [\s|/•·,:\-]+ | (?-i:(?<=[a-z])(?=[A-Z])) | {_X_GLUE} | {_RTL_GLUE} ) (?: {_COMMENTS_WORD} (?: \s* \(? \d{{1,5}} \)? )? | commenter | kommentieren | comentar ) | (?<=[a-z]) \d{{1,5}} )? \W* $   # only action words
    # (and the comment count's button last or first: "FacebookTwitterWhatsAppE-MailKommentare 46", "DelenTweetWhatsAppMail88",
    # "4 réactionsPartagerTweeterEnvoyer")
    # (glued by the copy too: "Share on FacebookShare on TwitterEmail this article", "TwitterFacebookLinkedIn")
""", max_words=12)
# A sharing menu's label, which some templates follow with the headline it shares: "Share All
# sharing options", "Share All sharing options for: <headline>" (the headline is kept where it
# stands); a sharing widget's name ("AddThis Sharing Buttons"); its buttons copied with their
# labels glued ("Share to LinkedInLinkedInShare to FacebookFacebook...").
SHARE_MENU = _cue("share-menu", "share-buttons", r"""
    ^ \W* share \s+ all \s+ sharing \s+ options \b (?: \s+ for \s* : .* )? $
    | ^ \W* (?:\w+ \s+)? (?:sharing|share|social) \s+ (?:buttons|icons|tools|bar) \W* $
    | ^ (?: \W* (?:share|partager|compartir|compartilhar|partilhar|condividi|teilen|delen) \s+ (?:to|on|via|with|sur|par|en|por|no|na|su|auf|per|op) \s+ \S+? ){2,}
        (?: \W* | (?-i:(?<=[a-z])[A-Z]) [^.!?]{0,40} ) $   # (and the row's other buttons glued after them: "...WhatsAppEnviar por emailComentar")
    | ^ \W* share \s+ (?:or|and) \s+ comment \s+ on \s+ this \s+ (?:article|story|post) \W* $
    # ...after other buttons glued before them, as Blogger's row under a post: "Email ThisBlogThis!Share to XShare to Facebook",
    # "Enviar por correo electrónicoEscribe un blogCompartir en XCompartir con FacebookCompartir en Pinterest"
    | ^ (?= (?: .*? (?:share|compartir|partager|compartilhar|condividi|teilen) \s+ (?:to|on|en|con|sur|su|auf|no|na|via|with|per) \s+ \S ){2} )
      (?: [^.!?] | !(?=\S) ){0,200} $
    # WordPress's likes widget, in the blog's language: "Like this:", "Like Loading...", "J’aime ça :", "J’aime chargement…"
    | ^ \W* (?:like|j['’]aime|me\s+gusta|gefällt\s+mir|mi\s+piace|curtir|vind\s+ik\s+leuk) \s*
      (?:this|ça|esto|das|questo|isto|:)? \s* :? \s* (?:loading|chargement|cargando|wird\s+geladen|caricamento|carregando|laden)? \W* $
    | ^ \W* (?:you \s+ can \s+)? share \s+ this \s+ (?:story|article|post) \s+ on \s+ social \s+ media \W* $
    # a button to follow the site on Google News, in any language: "Google News'te Takip Et", "Ακολουθήστε το FlashNea.gr στο Google News ...",
    # "Seguici su Google News", "Urmărește știrile Știrea Zilei și pe Google News", "Theo dõi Thủ Đô Nay trên Google News"
    | ^ \W* google \s+ news \W* $
    | ^ \W* (?:follow|ακολουθ|urmăr|theo\s+dõi|segui|siga|s[íi]gue|suiv|folg|volg|ikuti|obserwuj|sleduj|köves|следите|стежте)
      [^.!?]{0,60} \b google \s+ news \b [^!?]{0,80} $
    | ^ \W* google \s+ news \S{0,6} \s* (?:takip|ফলো|பின்தொடர|abone)
""", scope="whole")

# The BBC World Service's label of a byline, in its languages, glued to the name by a comma ("Author,Amina Mwakalinga").
COMMA_AUTHOR_LABELS = r"author|autor|автор|लेखक|نویسنده|مصنف|الكاتب|mwandishi|yazar|tác\s+giả|penulis"
# ...and of the author's role under it ("Role,BBC News", "Nafasi,BBC Swahili").
COMMA_ROLE_LABELS = r"role|nafasi|должность|посада|पदनाम|سمت|عہدہ|شغل|المسمى\s+الوظيفي|görev|unvan|chức\s+vụ|jabatan|função|cargo|fonction"

_TAG_LABEL = r"""(?: tags? | topics? | keywords? | tagged (?: \s+ (?:with|as|in) )? | filed \s+ (?:under|in)
    | categor(?:y|ies) | schlagw(?:ö|oe)rter | stichw(?:ö|oe)rter | themen | mots[-\s]clés | étiquettes
    | etiquetas | palabras \s+ clave | temas | assuntos | теги | темы | метки | ключевые \s+ слова
    | тематичні \s+ теги | мітки | tematy | argomenti | теми | oznake | tagovi | etichete | žymos | birkas | ετικέτες | mga \s+ tag | từ \s+ khóa | chủ \s+ đề )"""
# A list of the story's tags, copied as links with a space before each comma: "Labor , Video ,
# Business News , Alabama Economy", "Filed under afghanistan , hostages , middle east". Article
# text does not put a space before its commas (none in the BBC corpus or the DEV gold).
TAG_LIST = _cue("tag-list", "navigation", rf"""
    ^ [^.!?]*? (?: \S \s+ , \s+ \S [^.!?]*? ){{3}} $
    # ...or under its label, with a colon or alone on its line: "Topics: Crack, damage, earthquake",
    # "Tags: Brexit, EU", "Filed under: Politics", "Related tags", "Schlagwörter: ...", "Теги: ...";
    # "Keywords" also without the colon ("Video Keywords health officials travel ban").
    | ^ \W* (?: (?:related|video|story|article|post|more) \s+ )? {_TAG_LABEL} (?: \s+ (?:relacionad[oa]s|relacionats|correlati|liés|associés) )?
      (?: \s+ (?:zu \s+ diesem|zum|in \s+ diesem|of \s+ this|for \s+ this|de \s+ cet|de \s+ este|di \s+ questo) \s+ (?:artikel|beitrag|article|artículo|articolo|story|post) )?
      (?: \s* : [^.!?]* | (?-i:[A-ZÀ-Þ]) [^.!?]* )? \s* $   # (and what they tag: "Schlagwörter zu diesem Artikel"; the tags glued on:
      # "Temas RelacionadosSenadodronesSCTAICM", "TagsBrexitEU")
    | ^ \W* (?:read|see) \s+ more \s+ (?:about|on) \s* : [^.!?]* $   # "Read more about:Israel & the RegionAravadesalination..."
    | ^ \W* (?: video \s+ )? keywords \s+ [^.!?]* $
    # ...or its tags in title case glued by commas: "Sports,Men’s Water Polo", "News,Campus,Student Government"
    | ^ \s* (?! (?:by|von|par|por) \s | (?:{COMMA_AUTHOR_LABELS}|{COMMA_ROLE_LABELS}) \s* , ) (?= \S* \s | (?: [^,]* , ){{2}} ) (?-i: [A-Z][\w'’&-]* (?: \s+ (?:&|[A-Z][\w'’&-]*) ){{0,3}} (?: , [A-Z][\w'’&-]* (?: \s+ (?:&|[A-Z][\w'’&-]*) ){{0,3}} ){{1,5}} ) \s* $
""", scope="whole")

# Button labels and widget chrome: single-purpose words a page shows on buttons, tabs and
# pagers. Listed whole-line only; the same words inside a sentence are prose.
BUTTON_LABEL = _cue("button-label", "button-label", r"""
    # the text size's buttons, with their label or not: "Text sizeAAA", "Schrift A-A+", "Taille du texte A- A+"
    ^ \W* (?:text\s*size|font\s*size|schrift(?:größe)?|taille(?:\s+du\s+texte)?|dimensione\s+(?:del\s+)?testo|tamaño(?:\s+del?\s+(?:texto|letra))?)?
      \s* (?-i: A \s* [+-−]? \s* A \s* [+-−]? (?: \s* A \s* [+-−]? )? ) \s* $
    | ^ \W* (?: once | one[-\s]time | monthly | annual(?:ly)? | yearly | weekly | continue
    | remind\s+me\s+later | not\s+ready\s+to\s+support.* | maybe\s+later | no,?\s+thanks
    | close | menu | search | go | vote | sign\s*in | sign\s*up | log\s*in | log\s*out | register
    | subscribe(?:\s+now|\s+today)? | skip\s+to\s+(?:main\s+)?content | back\s+to\s+top | top
    | (?:direkt\s+)?zum\s+(?:haupt)?inhalt(?:\s+springen)? | aller\s+au\s+contenu(?:\s+principal)? | (?:ir|saltar)\s+al\s+contenido(?:\s+principal)?
    | vai\s+al\s+contenuto(?:\s+principale)? | naar\s+(?:de\s+)?(?:hoofd)?inhoud | ga\s+naar\s+(?:de\s+)?(?:hoofd)?inhoud
    | back\s+to\s+(?:the\s+)?(?:front\s+page|home\s*page|home|index|overview|list|articles|stories|news|blog|gallery|search\s+results)
    | load\s+more | show\s+more | see\s+(?:more|all) | view\s+(?:more|all) | find\s+out\s+more | more | home
    | next | previous | prev | older | newer | (?:next|previous) \s+ (?:article|story) | articolo \s+ (?:precedente|successivo)
    | article \s+ (?:précédent|suivant) | art[íi]culo \s+ (?:anterior|siguiente) | (?:vorheriger|nächster) \s+ artikel | accept(?:\s+all)? | ok | got\s+it | agree
    | listen(?:\s+to\s+(?:this\s+)?article|\s+live|\s*[·•|:-]\s*\d{1,2}:\d\d(?::\d\d)?)? | (?:play|watch)(?:\s+now)? | follow(?:\s+us)? | ikuti\s+kami(?:\s+di\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)? | seguir | suivre | folgen | seguire | volgen | expand
    | abone \s+ ol | takip \s+ et | yazı \s+ boyutu   # Turkish: "subscribe", "follow", "font size"
    | save (?:\s+(?:this\s+)?(?:story|article)|\s+for\s+later)? | saved | top \s+ highlight   # (Medium's label over a highlighted line)
    # a live page's mark on the entry it keeps on top: "Pinned", "Pinned post", "Épinglé", "Angepinnt", "Fijado", "Fissato", "📌 FIXADO"
    | pinned (?:\s+(?:post|update|entry))? | épinglé | angepinnt | fijado | fissato | fixado
    | live \s+ reporting   # (the BBC's label over a live page's writers)
    | (?:copy|kopieren|kopiuj|copiar|copia|copier) \s+ (?:the\s+)?(?:link|enlace|le\s+lien) | link \s+ (?:kopieren|copied|kopiert|copiato) | lien \s+ copié
    | (?:zur\s+)?merkliste(?:\s+hinzufügen)? | (?:artikel|beitrag) \s+ (?:anhören|vorlesen(?:\s+lassen)?) (?:\s*[·•|:-]\s*\d{1,3}\s*min\.?)?
    # ...and in Slavic languages, "listen to the article": "POSLUŠAJ ČLANAK", "Poslušajte članek", "Vypočuť článok", "Posłuchaj artykułu"
    | poslušaj(?:te)? \s+ (?:članak|članek|vijest) | послушај(?:те)? \s+ чланак | vypočuť \s+ článok | poslechnout \s+ článek | posłuchaj \s+ artykułu
    | слушай(?:те)? \s+ (?:статията|статью)
    | (?:play|pause) \s* / \s* (?:play|pause) (?:\s+button)? | (?:play|pause|mute|unmute) \s+ button   # an audio player's: "Play/Pause Button"
    | search \s+ (?:by \s+ (?:name|keyword|date|location)|obituaries|archives?) | submit \s+ an? \s+ (?:obituary|notice|event|story|tip)
    | collapse | toggle.* | advertisement | sponsored | ad | loading\.* | paiment\s+methods?
    | payment\s+methods? | donate(?:\s+now)? | contribute | buy \s* : \s* [^.!?:]{1,40}   # a review's shop button: "Buy: Rough Trade"
    | read \s+ (?:our|the) \s+ (?:full\s+)? review   # a buyer's guide's link to the pick's own review
    | e-?mail \s+ the \s+ (?:author|reporter|writer) (?: \s* [|·•] \s* follow \s+ on \s+ (?:twitter|facebook|instagram) )?   # "Email the author | Follow on Twitter"
    | 立即贊助 | 立即赞助 | 贊助我們 | 赞助我们
    # a code block's header and buttons: "Copy code", "js 代码解读复制代码" (Juejin's), "AI写代码xml" and "登录后复制" (CSDN's), "コードをコピー"
    # Korean news sites' and portals' buttons: "본문 요약봇" (the summary bot), "텍스트 음성 변환 서비스 사용하기" (text to speech), "글자 크기
    # 변경하기" (text size), "SNS 보내기", "페이스북(으)로 기사보내기", "인쇄하기" (print), "기사원문" (the original), "구독" (subscribe), "타임톡",
    # "음성으로 듣기" (listen), "번역 설정", "동영상 고정 취소" (unpin the video), "재생" (play), "자막" (captions), "북마크", "기자 페이지" (the
    # reporter's page), "기사스크랩하기", "읽어주기" (read aloud); counts: "좋아요 51", "댓글 22", "조회 8,214"
    | 본문 \s* 요약봇 | 텍스트 \s* 음성 \s* 변환 \s* 서비스 \s* 사용하기 | (?:본문 \s*)? (?:글자|글씨) \s* (?:크기)? \s* (?:변경하기|조절하기|조정|키우기|줄이기)?
    | sns \s* (?:기사)? \s* 보내기 | \S{1,12} \(으\)로 \s* 기사 \s* 보내기 | 인쇄하기 | 프린트 | 기사 \s* 원문 | 구독(?:하기)? | 타임톡 | 음성으로 \s* 듣기 | 번역 \s* 설정
    | 동영상 \s* 고정 \s* 취소 | 재생 | 자막 | 설정 | 북마크 | 기사 \s* 낭독 \s* 듣기 | 기자 \s* 페이지 | 기사 \s* 스크랩(?:하기)? | 스크랩 | 읽어주기 | 더보기 | 닫기
    | (?:좋아요|댓글|조회(?:수)?|추천|공감) \s* [\d,]* | url \s* 복사
    | copy \s+ code | (?:[a-z+#-]{1,12} \s+)? 代码解读 \s* 复制代码 | 复制代码 | 複製程式碼 | 登录后复制 | ai写代码 \s* [a-z+#-]{0,12} | コードをコピー(?:する)? | 코드\s*복사
    | (?:sostieni(?:ci)?|soutenez(?:-nous)?|apóyanos|apoya|apoie) \s+ (?:ora|maintenant|ahora|agora|(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,3})
      # (a donation box's header or button: "Sostieni La Voce Ribelle", "Sostieni ora"; a button, no barrier: the text may go on under the box)
    | en | ru | de | fr | es | pt | uk
    | font\s+size | (?:a[+-]?\s+){2,3}a[+-]?
    # a toggle's two labels glued ("More SpecsLess Specs")
    | (?:show\s+|see\s+)?more\s+(?P<toggled>[^\W\d_]+) \s* (?:show\s+|see\s+)?less\s+(?P=toggled)
    # a media player's chrome: its times ("0:00 0:02:48 0:00"), "No media source currently available", download and embed buttons
    | (?:\d{1,2}:)?\d{1,2}:\d\d (?: \s+ (?:\d{1,2}:)?\d{1,2}:\d\d ){1,3} | no \s+ media \s+ source (?:\s+currently\s+available)? | нет \s+ медиа-источника
    | (?:download|скачать|завантажити) (?:\s*(?:embed|код\s+для\s+вставки|код\s+для\s+вбудовування))? | (?:embed|код\s+для\s+вставки) (?:\s+code)?
    # ...a web video player's controls as it reads them out (video.js): "Video player is loading.", "Current Time 0:00", "Duration 2:14",
    # "Loaded: 0%", "Stream Type LIVE", "Playback Rate", "captions off, selected", "Audio Track", "Picture-in-Picture", "This is a modal window.";
    # a player's clock before it starts, and its length after a slash: "0:00" / "/ 2:41"
    | video \s+ player \s+ is \s+ loading | / \s* (?:\d{1,2}:)?\d{1,2}:\d\d | 0:00 | (?:current|remaining) \s+ time \s+ -?[\d:]+ | duration \s+ [\d:]+ | loaded \s* : \s* [\d.]+ \s* %
    | stream \s+ type \s+ \w+ | seek \s+ to \s+ live.* | playback \s+ rate | (?:captions|subtitles|descriptions) \s+ (?:off|settings) \b .{0,60}
    | audio \s+ track | picture-in-picture | non-fullscreen | (?:exit \s+)? full \s? screen | mute | unmute | this \s+ is \s+ a \s+ modal \s+ window
    | (?:beginning|end) \s+ of \s+ dialog \s+ window\b.{0,80} | close \s+ modal \s+ dialog
    # the radio programme a story aired on, over its audio player: "Heard on Morning Edition" (NPR)
    | (?:as\s+)?heard \s+ on \s+ (?-i:[A-Z])[\w'’.!-]* (?:\s+(?-i:[A-Z])[\w'’.!-]*){0,4}
    | not \s+ you(?:r\s+account)? \? .{0,20} | (?:hide|show|toggle) \s+ caption
    | (?:read|open|continue|view) \s+ in \s+ (?:the\s+)? (?:app|browser) | get \s+ the \s+ app
    | view \s+ this \s+ (?:email|e-mail|newsletter) \s+ in \s+ (?:your|a) \s+ (?:web \s+)? browser   # a newsletter's archive copy
    | read \s+ more \s+ (?:stories|articles) \s+ like \s+ this \s+ in \s+ the \s+ .{1,40} \s+ app | have \s+ an \s+ account \? .{0,20}
    # ...a row of them: "Search Log In Sign Up", "Sign in | Register"
    | (?: (?:search|sign\s*in|sign\s*up|log\s*in|log\s*out|register|subscribe|menu|my\s+account|account) (?: \s* [|/·•]? \s* ) ){2,5}
    | (?:loading\s+)?error(?:\s+loading)? | click \s+ the \s+ \w+ \s+ icon \s+ to \s+ follow \s+ topics \W*
    | lire \s+ plus \s+ tard | offrir \s+ (?:l['’]\s*)? article | später \s+ lesen
    | save \s+ (?:for|to\s+read) \s+ later | read \s+ later
    | order\s+reprints | sign\s+me\s+up | haberin\s+devamı | buy\s+(?:this\s+)?(?:photo|print) | print\s+(?:this\s+)?(?:article|story|page) | text\s+size | enlarge(?:\s+(?:this\s+)?(?:image|photo))? | pin\s+(?:it|this|recipe) | épingler
    # a recipe card's toggles, glued: its units ("US CustomaryMetric") and servings' multipliers ("1x2x3x", "½x1x2x")
    | us\s*customary\s*metric | metric\s*us\s*customary | (?:[\d½¼¾]{1,2}x){2,4}
    | view\s+author\s+archive | (?:get\s+)?author\s+rss(?:\s+feed)? | e-?mail\s+the\s+author
    | войти | выйти | подписаться | закрыть | поиск | меню | ещё | еще | далее | назад
    | увійти | підписатися | закрити | пошук | більше | anmelden | einloggen | abonnieren | suche
    | schließen | mehr | weiter | zurück | entrar | assinar | buscar | pesquisar | fechar
    | mais | voltar | se\s+connecter | s'abonner | prenumerera | abonnér | abonneer | tilaa | je\s+m['’]abonne | s['’]inscrire | je\s+m['’]inscris | inscrivez-vous | inscreva-se | rechercher | fermer | plus | suivant
    | iniciar\s+sesión | suscribirse | suscríbete | cerrar | siguiente | anterior | what'?s\s+this\??
    # a social site's login buttons, one or two glued: "Sign in with X", "Entrar con X", "Jetzt Mitglied werdenEinloggen", "Únete ahoraIniciar sesión"
    | (?:sign|log)\s+in\s+with\s+\w+ | entrar\s+con\s+\w+ | se\s+connecter\s+avec\s+\w+ | mit\s+\w+\s+anmelden
    | (?:jetzt\s+mitglied\s+werden|únete\s+ahora|join\s+now|rejoindre|sign\s+up|regístrate)\s*(?:einloggen|anmelden|iniciar\s+sesión|sign\s+in|log\s+in|s['’]identifier|se\s+connecter)?
    # subscribe in Lithuanian, Latvian, Polish, Czech, Slovak, Romanian, Bulgarian, Serbian/Croatian, Estonian
    # a video's play button: "Lire la vidéo", "Watch the video"
    | (?:lire|voir|regarder)\s+la\s+vidéo | (?:watch|play)\s+(?:the\s+)?video | ver\s+(?:el\s+)?v[íi]deo | assista\s+ao\s+v[íi]deo
    | užsisakyti | prenumeruoti | pasūtīt | abonēt | subskrybuj | zasubskrybuj | zapisz\s+się | odebírat | přihlásit\s+se\s+k\s+odběru
    | jetzt \s+ (?:anmelden|abonnieren|registrieren) | inschrijven | 写真を拡大 | zur \s+ (?:fotostrecke|bildergalerie|galerie|bilderstrecke) | εγγραφ[ήη] | odoberať | abonează-te | abonare | абонирай\s+се | pretplati\s+se | претплати\s+се | telli | liitu ) \W* $
    # a link drawn with an arrow after it: "Top Stories »", "View My Collections >", "Learn More ›" (not a quotation's
    # closing mark: "#9 La pile de vaisselle « qui trempe »")
    | ^ (?! [^«‹]* [«‹] ) [^.!?]{1,40} \s [>»›] \s* $
    # a gallery's pager: "Previous Next View all 12 photos"
    | ^ \W* (?:previous \s+ next \s+)? view \s+ all \s+ \d{1,3} \s+ (?:photos|images|pictures|slides) \W* $
    # an embedded post's link to its network: "View this post on Instagram", "View on Twitter"
    | ^ \W* view \s+ (?:this \s+ (?:post|photo|video|tweet) \s+)? on \s+ (?:instagram|twitter|facebook|tiktok|youtube|x) \W* $
    # a recipe card's buttons, glued together by the copy: "Jump to Recipe Print Recipe"
    | ^ \W* (?: (?:jump \s+ to|print|pin|save|rate(?:\s+this)?) \s+ recipe \W* ){1,4} $
    # the page's own notice that its scripts did not run
    | ^ \W* (?:please\s+)? (?:enable|turn\s+on) \s+ javascript\b | ^ \W* javascript \s+ (?:is\s+)? (?:disabled|required)\b
""", max_words=12)

# A story's comment counter under its headline: "New, 15 comments" (`boilerplate._above_its_decks`).
COMMENT_COUNTER = _cue("comment-counter", "share-buttons", r"""
    ^ \W* new \s* , \s* \d{1,5} \s+ comments? \W* $
    # a reader poll's count under its options: "1,208 votes so far", "Total votes: 312"
    | ^ \W* \d[\d,.]* \s+ (?:votes?|responses?) (?:\s+so\s+far|\s+cast)? \W* $ | ^ \W* total \s+ votes \s* :? \s* \d[\d,.]* \W* $
    # ...its button with the count: "Abstimmen (2.341 Stimmen)", "Vote (1,208 votes)", "Votar (312 votos)"
    | ^ \W* (?:abstimmen|vote|votar|voter|votare|stem) \s* \( \s* \d[\d,.]* \s+ (?:stimmen|votes?|votos?|voti|stemmen) \s* \) \W* $
""", max_words=4)

# The page's word count or reading time: "Wordcount: 717", "5 min read", "Reading time: 4 minutes".
PAGE_STAMP = _cue("page-stamp", "page-stamp", r"""
    ^ \W* word \s* count \s* :? \s* \d[\d,.]* \W* $
    | ^ \W* \d{1,3} \s* (?:min(?:ute)?s?\.? | мин\.?) \s+ (?:read|reading|de\s+lectura|de\s+leitura|lesezeit|чтения) \W* $
    | ^ \W* (?:reading\s+time|read\s+time|lesezeit|tempo\s+de\s+leitura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|время\s+чтения
             |leestijd|lästid|lesetid|læsetid|lukuaika|czas\s+czytania)   # Dutch, Swedish, Norwegian, Danish, Finnish, Polish: "Leestijd: 5 minuten"
      \s* :? \s* \d{1,3} \s* (?:min(?:ute|uto|uten|uter|utter|uuttia|ut)?s?\.?|мин\w*)? \W* $
    | ^ \W* (?:lecture|lectura|leitura|lettura) \s* :? \s* \d{1,3} \s* min\w*\.? \W* $   # "Lecture 3 min."
""", max_words=5)

# A review's facts box: a film's, album's, book's or game's credits and particulars, each label
# with its value glued on or after a colon ("Directed byMarguerite Dufresne", "StarringInès
# VautrinKarim Belhadj", "Running Time:108 minutes", "Certificate:15", "Genre:" over "Rock").
# (Not "Written by", a byline.) Names only after "... by" (a sentence, "Directed by Greta Gerwig, the film opens Friday.", is
# longer and ends like one); the particulars' labels need their colon.
REVIEW_FACTS = _cue("review-facts", "review-facts", r"""
    ^ \W* (?:directed|composed|scored|choreographed)
      \s* by \s* :? \s* (?-i:[A-ZÀ-Þ]) [^.!?]* $
    | ^ \W* (?:starring|réalisé\s+par|réalisation|dirigida\s+por|regia\s+di|regie) \s* :? \s* (?-i:[A-ZÀ-Þ]) [^.!?]* $
    | ^ \W* (?:director|directors|screenplay|cast|starring|running\s+time|run\s*time|certificate|certification|rated|genre
        |(?:record\s+)?label|platforms?|developer|publisher|original\s+title|avec|reparto|elenco|durée
        |duración|durata|dauer|länge|fsk|cinematography|rating) \s* : \s* (?:\S.{0,80})? $
""", max_words=10)

# A magazine's note on content set into the page from elsewhere: "This content is imported from Instagram. You
# may be able to find the same content in another format, ...", "This content is created and maintained by a third
# party, and imported onto this page to help users provide their email addresses."
# ...or its consent box, where the reader has not let it load: "Ce contenu est bloqué car vous n'avez pas accepté les
# cookies et autres traceurs. ...", "An dieser Stelle finden Sie einen externen Inhalt von X, ...", "Externen Inhalt
# anzeigen", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. ...", "Empfohlener redaktioneller
# Inhalt", "This content is blocked. ...", "To view this content, please enable ... cookies".
EMBED_NOTE = _cue("embed-note", "outside-body", r"""
    ^ \W* this \s+ content \s+ is \s+ (?:imported \s+ from \s+ \S.{0,40}?|created \s+ and \s+ maintained \s+ by \s+ a \s+ third \s+ party|blocked|not\s+available\s+due\s+to\s+your\s+(?:cookie|privacy)) [.,]?
    | ^ \W* ce \s+ contenu \s+ est \s+ bloqué \b | ^ \W* (?:to \s+ (?:view|see) \s+ this \s+ content|please \s+ enable) [^.]{0,60} \bcookies\b
    | ^ \W* an \s+ dieser \s+ stelle \s+ finden \s+ sie \s+ einen? \s+ externen? \s+ inhalt | ^ \W* externen? \s+ inhalte? \s+ (?:anzeigen|laden|aktivieren) \W* $
    | ^ \W* ich \s+ bin \s+ damit \s+ einverstanden, \s+ dass \s+ mir \s+ externe \s+ inhalte | ^ \W* empfohlener \s+ redaktioneller \s+ inhalt \W* $
    | ^ \W* (?:j['’]accepte \s+ tout|gérer \s+ mes \s+ choix|tout \s+ accepter|alle \s+ akzeptieren) \W* $
    # a platform's post held back until the reader agrees: "Wir benötigen Ihre Zustimmung, um den Instagram-Inhalt anzuzeigen.",
    # "We need your consent to load this Instagram content", its button "Inhalt laden" / "Load content"
    | ^ \W* (?:wir \s+ benötigen \s+ (?:ihre|deine) \s+ zustimmung,? \s+ um \s+ (?:den|die|das) \s+ \S+ \s+ (?:anzuzeigen|zu\s+laden)
      | we \s+ need \s+ your \s+ (?:consent|permission) \s+ to \s+ (?:load|display|show) \s+ (?:this \s+)? \S+ (?:\s+\S+)? \s+ content
      | nous \s+ avons \s+ besoin \s+ de \s+ votre \s+ (?:consentement|accord) \s+ pour \s+ (?:afficher|charger) )
    | ^ \W* (?:inhalt(?:e)? \s+ (?:laden|anzeigen)|load \s+ (?:content|post|embed)|charger \s+ le \s+ contenu|cargar \s+ contenido|carica \s+ contenuto) \W* $
    # ...or a chart's: "Externer Inhalt von Datawrapper" / "Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung. ...", and
    # a chart or map that did not load: "Loading interactive chart…", "Carregando gráfico...", "Caricamento in corso...",
    # "Diese Grafik ist in der App leider nicht verfügbar. ..."
    | ^ \W* externer \s+ inhalt \s+ von \s+ \S+ \W* $ | ^ \W* um \s+ diesen \s+ inhalt \s+ anzuzeigen \b
    | ^ \W* (?:loading|carregando|cargando|caricamento(?:\s+in\s+corso)?|chargement(?:\s+en\s+cours)?|wird\s+geladen|ładowanie)
      (?: \s+ (?:interactive \s+)? (?:chart|graphic|graph|map|gráfico|grafico|mapa|mappa|carte|graphique|grafik|karte|wykres|mapy))? \s* (?:\.{2,3}|…)? \W* $
    | ^ \W* diese \s+ (?:grafik|karte|tabelle) \s+ ist \s+ in \s+ der \s+ app \s+ (?:leider \s+)? nicht \s+ verfügbar
    # an embedded clip's caption, its author's handle first, hashtags and its sound after it: "@maddie.walksday 12 of my hot girl walk
    # era ... #hotgirlwalk #walkingtiktok ♬ original sound - maddie"
    | ^ \W* @[\w.]{2,30} \s .* (?:\#\w+ .* \#\w+ | ♬ ) | ♬ \s* (?:original \s+ sound|originalton|son \s+ original|sonido \s+ original|suono \s+ originale|som \s+ original
      |oryginalny \s+ dźwięk|origineel \s+ geluid|suara \s+ asli)
""", scope="whole")

# An embedded post's chrome, which the text goes on across (`boilerplate.TEXT_GOES_ON_CUES`; a cue of its own: with
# EMBED_NOTE's, RE2's automaton outgrows its memory).
EMBED_CHROME = _cue("embed-chrome", "outside-body", r"""
    # a platform's post set in the page, its chrome: "Watch on YouTube" ("Guarda su YouTube", "YouTube で見る"), "This Post was deleted
    # by the Post author. Learn more", a consent placeholder ("Deze inhoud kan helaas niet worden weergegeven", "Je hebt geen toestemming
    # gegeven voor het plaatsen van cookies van TikTok", "Externen Inhalt einblenden"), the post's time and day as X shows them ("7:05 AM ·
    # 6 mar 2025", "14:04 · 4 mrt. 2025") and Facebook ("3 March at 18:42 ·")
    ^ \W* (?:watch|view) \s+ on \s+ (?:youtube|tiktok|instagram|twitter|facebook|vimeo) \W* $ | ^ \W* (?:youtube|tiktok|instagram) \s* で見る \W* $
    | ^ \W* (?:guarda|ansehen|ver|regarder|bekijk|assista|zobacz|oglądaj) \s+ (?:su|auf|en|sur|op|no|na|w) \s+ (?:youtube|tiktok|instagram|vimeo) \W* $
    | ^ \W* this \s+ (?:post|tweet) \s+ (?:was \s+ deleted|is \s+ unavailable|has \s+ been \s+ deleted) \b
    | ^ \W* deze \s+ (?:inhoud|video) \s+ kan \s+ (?:helaas \s+)? niet \s+ worden \s+ (?:weergegeven|afgespeeld)
    | ^ \W* je \s+ hebt \s+ geen \s+ toestemming \s+ gegeven \s+ voor \s+ (?:het \s+ plaatsen \s+ van \s+)? cookies
    | ^ \W* cookie-?instellingen \s+ aanpassen \W* $ | ^ \W* externen? \s+ inhalte? \s+ einblenden \W* $
    # ...in German: "Wir würden Ihnen hier gerne einen externen Inhalt zeigen. ...", "Hier finden Sie Inhalte Dritter", "Um eingebettete
    # Inhalte anzuzeigen, ist Ihre widerrufliche Einwilligung ... notwendig."
    | ^ \W* wir \s+ würden \s+ ihnen \s+ hier \s+ gerne \s+ (?:einen \s+)? externen? \s+ inhalt | ^ \W* hier \s+ finden \s+ sie \s+ inhalte \s+ dritter \W* $
    | ^ \W* um \s+ eingebettete \s+ inhalte \s+ anzuzeigen \b
    | ^ \W* \d{1,2}:\d{2} (?:\s* [ap]\.?m\.?)? \s* · \s* (?:\d{1,2}\.? \s+ [^\W\d_]+\.? | [^\W\d_]+\.? \s+ \d{1,2},?) \s+ (?:19|20)\d\d \W* $
    | ^ \W* (?:午前|午後|上午|下午|오전|오후) \s* \d{1,2}:\d{2} \s* · \s* (?:19|20)\d\d \s* [年년] \s* \d{1,2} \s* [月월] \s* \d{1,2} \s* [日일] \W* $   # "午後0:41 · 2025年2月27日"
    | ^ \W* \d{1,2} \.? \s+ [^\W\d_]+ \s+ (?:at|om|à|um|alle|às|o) \s+ \d{1,2}:\d{2} \s* · \s* $
""", scope="whole")

# The header's weather widget: a place and its temperature ("Toshkent 14°C", "Berlin -3 °C", "Sunny 72°F").
WEATHER_WIDGET = _cue("weather-widget", "outside-body", r"""
    ^ \W* (?:[^\W\d_][\w'’.-]*\s+){1,3} [+\-−]? \d{1,2} \s? °\s?[CF]? \W* $
""", max_words=6)

# A call to click: "CLICK HERE TO GET THE APP", "Do you rely on our reporting? Click here to
# support it." (the line ends with it). "To read the report, click here." is a sentence of the
# article about a link the copy lost, and stays.
CLICK_HERE = _cue("click-here", "button-label", r"""
    (?: ^ | [.!?] \s+ ) \W* click \s+ here \b (?: \s+ (?:to|for) \b [^.!?]* )? [.!?]? \s* $
""", max_words=14)

# "Read more" style teaser links and "Related"/"Most read" section headers; the headline list
# that follows such a header is handled by `boilerplate.py` (a run of short lines).
# "Read also" in Baltic, Balkan, Bulgarian, Macedonian, Slovak, Czech and Hungarian, as a box's header or before an inline link:
# "Lasi arī", "Daugiau skaitykite:", "LOE KA", "Pročitajte još", "Прочетете още", "Čítajte aj", "Ez is érdekelheti".
# ...in India's other scripts: Marathi "हेही वाचा", Gujarati "આ પણ વાંચો", Tamil "இதையும் படிங்க", Telugu "ఇదీ చదవండి", Kannada
# "ಇದನ್ನೂ ಓದಿ", Malayalam "ഇതുകൂടി വായിക്കൂ", Bengali "আরও পড়ুন", Punjabi "ਇਹ ਵੀ ਪੜ੍ਹੋ".
READ_ALSO_INDIA = r"""हेही\s+वाचा | हे\s+पण\s+वाचा | આ\s+પણ\s+વાંચો | இதையும்\s+(?:படிங்க|படியுங்கள்|படிக்க|வாசிக்க) | மேலும்\s+படிக்க | ఇదీ\s+చదవండి
    | ఇది\s+కూడా\s+చదవండి | ఇవి\s+కూడా\s+చదవండి | ಇದನ್ನೂ\s+ಓದಿ | ഇതുകൂടി\s+വായിക്കൂ | ഇതും\s+വായിക്കുക | ഇതുകൂടി\s+വായിക്കുക | আরও\s+পড়ুন | ਇਹ\s+ਵੀ\s+ਪੜ੍ਹੋ"""
READ_ALSO_EAST = r"""lasi\s+arī | (?:daugiau|taip\s+pat)\s+skaitykite | skaitykite\s+taip\s+pat | loe\s+ka | preberite\s+(?:tudi|še)
    | pročitajte\s+(?:još|i(?:\s+ovo)?|također|takođe) | прочитајте\s+(?:још|уште|и|исто\s+така) | прочетете\s+(?:още|също) | čítajte\s+(?:aj|tiež|viac)
    | přečtěte\s+si\s+(?:také|též|více) | (?:vezani|povezani|slični)\s+članci | (?:povezane|slične)\s+vijesti | seotud\s+artiklid
    | ez\s+is\s+érdekelhet(?:i)? | kapcsolódó\s+(?:cikkek|cikk|hírek) | olvassa?\s+el\s+(?:ezt\s+)?is | cite[șşs]te\s+(?:și|şi|si) | citi[țţt]i\s+(?:și|şi|si)"""
RELATED_HEADER = _cue("related-header", "related-links", r"""
    ^ \W* (?: (?:(?:read|more|see)\s+)?related(?:\s+(?:(?-i:[A-Z])[\w&'’-]*\s+)?(?:articles?|stor(?:y|ies)|posts|content|coverage|news|reading|topics|items))?(?:\s+from\s+\S.{0,40})?
    | read\s+(?:more|also|next|this\s+next) | also\s+read | see\s+also | more\s+(?:from|on|about|in|stories|news|for\s+you)\b.*
    | (?:most\s+)?(?:popular|read|viewed|shared|commented)(?:\s+(?:now|today|stories|articles))?
    | most\s+\w+ | (?:most\s+)?(?:read|popular|viewed|shared|trending)\s+(?:in|on|from)\s+[\w&'’ ]{1,30} | trending(?:\s+now)? | recommended(?:\s+for\s+you)? | you\s+(?:may|might)\s+also\s+like
    | (?:top|latest|recent|more|trending|featured|popular|editor'?s?'?) \s+ (?:[\w']+\s+){0,2}
      (?:stories|news|posts|picks|articles|headlines|videos?|links)
    | what\s+to\s+read\s+next | related\s+terms | also\s+on\s+.* | up\s+next | next\s+up(?:\s+(?:in|on)\b.*)? | further\s+reading
    | more \s+ (?:[\w-]+\s+){1,2} (?:stories|articles|reads) \s+ from \s+ \S.{0,40}   # "More must-read stories from Fortune:"
    | in\s+other\s+news | around\s+the\s+web | (?:elsewhere|more)\s+on\s+the\s+web | also\s+in\s+the\s+news
    | read\s+more\s+(?:stories|articles|news)
    | continue\s+reading | читать\s+(?:далее|полностью) | читати\s+далі | weiterlesen
    | lire\s+la\s+suite | leer\s+más | leia\s+mais | ler\s+mais
    | читайте\s+также | читать\s+также | смотри(?:те)?\s+также | по\s+теме | saistītie\s+raksti | susiję\s+straipsniai
    | još\s+iz\s+rubrike | още\s+по\s+темата | skaitykite\s+daugiau | самое\s+(?:читаемое|популярное)
    | также\s+читайте | новости\s+по\s+теме | похожие\s+(?:статьи|новости) | читайте\s+також
    | по\s+темі | auch\s+interessant | mehr\s+zum\s+thema | das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren
    | leia\s+(?:também|mais) | veja\s+também | mais\s+lidas | lire\s+aussi | à\s+lire\s+aussi
    | sur\s+le\s+même\s+sujet | lea\s+también | más\s+leídas | te\s+puede\s+interesar | sigue\s+leyendo
    # German, Spanish, Portuguese, Italian, French, Dutch, Polish and Turkish related-link headers
    | lesen\s+sie\s+(?:auch|mehr)(?:\s+zu(?:m|r)?\s+\w+)? | weitere\s+artikel | verwandte\s+(?:artikel|themen) | ver\s+también | lee\s+también
    | (?:artículos|noticias)\s+relacionad[oa]s | notícias\s+relacionadas | (?:actualités|articles)\s+(?:liées|liés|connexes) | (?:notizie|articoli)\s+correlat[ei] | saiba\s+mais | leggi\s+anche
    | articoli\s+correlati | potrebbe\s+interessarti | à\s+lire\s+également | lire\s+également
    | articles\s+similaires | sur\s+le\s+même\s+thème | lees\s+ook | gerelateerde\s+artikelen
    # WordPress.com's related posts under the likes, in the blog's language: "Similaire", "Relacionado", "Ähnliche Beiträge"
    | similaire | relacionado | correlati | ähnliche\s+beiträge | gerelateerd | powiązane
    | czytaj\s+(?:także|też|również) | zobacz\s+(?:także|też|również) | [iİ]lg[iİ]l[iİ]\s+haber(?:ler)?
    | ये\s+भी\s+पढ़ें | यह\s+भी\s+पढ़ें | {READ_ALSO_INDIA} | soma\s+pia | baca\s+juga | δι[αά]β[αά]στε\s+(?:ακ[οό]μα|επ[ιί]σης) | (?:ilginizi|ilgilinizi|İLGİNİZİ|İLGİLİNİZİ)\s+(?:çekebilir|ÇEKEBİLİR) | اقرأ\s+أيضا | اقرأ\s+أيضاً | بیشتر\s+بخوانید | xem\s+thêm | đọc\s+thêm | קראו\s+עוד | 相关报道
    | passend\s+zum\s+(?:artikel|thema) | mehr\s+zu(?:m|r)?\s+\w+ | más\s+información | noticia\s+relacionada
    # Baltic, Balkan, Bulgarian, Macedonian, Slovak and Czech: "Lasi arī", "Daugiau skaitykite:", "LOE KA", "Pročitajte još"
    | {READ_ALSO_EAST} | související(?:\s+(?:články|zprávy|témata))? | súvisiace(?:\s+články)? | kapcsolódó(?:\s+cikkek)? | nenechte\s+si\s+ujít | nenechajte\s+si\s+ujsť | nie\s+przegap | ne\s+hagyja\s+ki
    | také\s+vás\s+může\s+zajímat | mohlo\s+by\s+vás\s+zajímat | mohlo\s+by\s+vás\s+zaujímať
    | también\s+te\s+puede\s+interesar | también\s+por\s+el\s+tema | также\s+по\s+теме | більше\s+на\s+тему
    # Chinese, Japanese and Korean: "阅读下一篇：" (read next), "相关新闻", "関連記事", "관련기사"
    | 阅读下一篇 | 下一篇 | 上一篇 | 相关(?:新闻|阅读|文章|报道) | 推荐阅读 | 延伸阅读 | 热点(?:推荐|新闻) | 猜你喜欢
    | 相關(?:新聞|閱讀|文章|報導) | 推薦閱讀 | 延伸閱讀 | 熱門新聞 | 阅读更多 | 閱讀更多
    | 関連(?:記事|ニュース) | 次の記事 | 前の記事 | おすすめ記事 | 관련\s*기사 | 다음\s*기사 | 많이\s*본\s*기사
    # Arabic, Persian, Urdu and Hebrew: "related articles", "read also", "more news", "further reading"
    | مواضيع\s+ذات\s+صلة | اقرأ\s+المزيد | اقرأ\s+أيضا\s*[:：]? | (?:أخبار|اخبار|مقالات)\s+ذات\s+صلة | الأكثر\s+(?:قراءة|مشاهدة) | مطالب\s+(?:مرتبط|بیشتر|پربیننده)
    | خبرهای\s+مرتبط | پربیننده‌ترین‌ها | یہ\s+بھی\s+پڑھیں | مزید\s+پڑھیں | متعلقہ\s+(?:خبریں|تحریریں) | לקריאה\s+נוספת
    | כתבות\s+נוספות | עוד\s+(?:באתר|כתבות|בנושא) | הנקראים\s+ביותר
    # Thai, Malay and Tagalog: "อ่านข่าวที่เกี่ยวข้อง" (related news), "ข่าวแนะนำ" (recommended), "Artikel berkaitan", "Basahin din"
    | อ่านข่าวที่เกี่ยวข้อง | ข่าวที่เกี่ยวข้อง | ข่าวแนะนำ | อ่านเพิ่มเติม | tin\s+liên\s+quan | tin\s+cùng\s+chuyên\s+mục | artikel\s+berkaitan | berita\s+berkaitan | basahin\s+din | mga\s+kaugnay\s+na\s+balita ) \W* $
""".replace("{READ_ALSO_EAST}", READ_ALSO_EAST).replace("{READ_ALSO_INDIA}", READ_ALSO_INDIA), max_words=8)

# An inline teaser: "Read more: <headline>", "RELATED: <headline>", "ЧИТАЙТЕ ТАКЖЕ: ...".
RELATED_INLINE = _cue("related-inline", "related-links", r"""
    ^ \W* (?: related | read(?:\s+(?:more|also|next))? | read \s+ more \s+ from \s+ [^:]{1,40} | see\s+(?:also|more) | more | also | recommended | watch
    | on \s+ [\w.-]+ \. (?:com|org|net|co\.uk|ru|de|fr|es|it|com\.br|in)   # "On HoustonChronicle.com: <headline>"
    | (?-i: MORE \s+ ON \s+ [A-Z0-9][A-Z0-9 '’&.-]{1,40} | OPPOSING \s+ VIEW )   # USA Today's, in capitals: "MORE ON ROBOCALLS: ...", "OPPOSING VIEW: ..."
    | also\s+read | читайте\s+также | читайте\s+також | смотри(?:те)?\s+также | по\s+теме | leia\s+também | veja\s+também
    | lire\s+aussi | [aà]\s+lire\s+(?:aussi|également) | voir\s+aussi | lea\s+también | mehr\s+zum\s+thema | lesen\s+sie\s+auch | ver\s+también | lee\s+también | sigue\s+leyendo | te\s+puede\s+interesar
    | leggi\s+anche | lire\s+également | lees\s+ook | läs\s+också | læs\s+også | les\s+også | lue\s+myös | czytaj\s+(?:także|też|również|więcej) | zobacz\s+(?:także|też|również)
    | saiba\s+mais | you\s+(?:may|might)\s+also\s+like | don['’]t\s+miss | {READ_ALSO_EAST} | {READ_ALSO_INDIA} | यह\s+भी\s+पढ़ें | ये\s+भी\s+पढ़ें | berita\s+(?:berkaitan|terkait) | cite[șs]te\s+(?:și|si|mai\s+mult) | citi[țt]i\s+(?:și|si)
    | pročitajte\s+(?:još|više) | прочитајте\s+(?:још|и) | čtěte\s+(?:také|též) | přečtěte\s+si\s+(?:také|též) | čítajte\s+(?:tiež|aj)
    | prečítajte\s+si\s+(?:tiež|aj) | przeczytaj\s+(?:także|też|również) | loe\s+(?:ka|lisaks) | прочетете\s+(?:още|също)
    | skaitykite\s+(?:daugiau|taip\s+pat) | lasiet\s+arī | още\s+по\s+темата | материал\s+по\s+теме | baca\s+(?:juga|selengkapnya) | lihat\s+juga | simak\s+juga | xem\s+thêm | đọc\s+thêm | basahin(?:\s+din)? | อ่านเพิ่มเติม | อ่านต่อ
    | das\s+könnte\s+(?:dich|sie)\s+auch\s+interessieren | auch\s+(?:lesenswert|interessant)
    # a bar of what is trending, its links glued after the label: "Tendances :Les Nuits de ValparaísoCésar 2025Festival de Cannes"
    | trending(?:\s+now)? | tendances | tendencias | tendências | tendenze | im\s+trend ) \s* [:\-–—|>»] .{3,}$
    | ^ \W* also \s+ on \s+ [\w-]+ (?:\.[\w-]+)* \. [a-z]{2,} \s+ \S .{3,}$   # "Also on rt.com <headline>"
    | ^ \W* (?-i: LEES \s+ (?:OOK|MEER) | READ \s+ (?:MORE|ALSO) | LIRE \s+ AUSSI | LESEN \s+ SIE \s+ AUCH ) \. \s+ \S .{3,}$   # its label in capitals
    # and a stop after it: HLN's "LEES OOK. Brandweer redt hond uit kanaal in Lokeren"
    | ^ \W* (?-i:Related[A-Z‘“"']|RELATED[A-Z‘“"'][a-z‘“"']) [^.!?]{3,150} [?!]? $   # the label glued to the headline: "RelatedThe End of the Company Town"
    | ^ \s* \[ (?-i:[A-Z0-9‘“'"]) [^\[\].!?]{15,150} \] \s* $   # another story's headline in brackets: "[Rural schools struggle to fill classrooms]"
    | ^ \W* (?:veja|leia|confira) \s+ mais \s+ (?:notícias|reportagens|matérias) \b
    | ^ \W* visit \s+ .{2,40} \s+ home \s? page \s+ for \s+ more \s+ (?:stories|news|articles) \W* $
    | ^ \W* (?:read\s+(?:more|also)|lire\s+aussi|à\s+lire\s+aussi|läs\s+också|læs\s+også|les\s+også|lue\s+myös|lees\s+ook
              |pročitajte\s+(?:još|više)|прочитајте\s+још|čtěte\s+také|przeczytaj\s+(?:także|też|również)|czytaj\s+(?:także|też|również)
              |прочетете\s+още|lee\s+también|lea\s+también|leia\s+também|ver\s+también|mirá\s+también|veja\s+também|(?:te|le)\s+puede\s+interesar)
              (?-i:[A-ZÅÄÖÆØČĆŠŽĐА-ЯЁÁÉÍÓÚÑ¿¡]) .{3,}$  # the link glued on: "Read moreEuropean farmers' ...", "LÄS OCKSÅTrafikverket ...",
              # "Lee tambiénSCT reporta 37 incidentes con drones ..."
    | ^ \W* (?:read\s+more|lesen\s+sie\s+auch|leia\s+também|lire\s+aussi|à\s+lire\s+aussi|czytaj\s+(?:także|też|również)|zobacz\s+(?:także|też|również)
              |skaitykite\s+daugiau|pročitajte\s+i|cite[șs]te\s+(?:și|si)|още\s+по\s+темата|материал\s+по\s+теме) \s+ (?:(?-i:[A-ZÀ-ÞÄÖÜА-ЯЁ])|[«"“„]) [^.!?]{3,150} $  # ... or after a space, a headline without a full stop
    | ^ \W* (?-i:اقرأ\s+أيضا[ًا]?)(?=[\u0600-\u06FF"«“]) [^.!?]{3,150} $   # the label glued to the headline: "اقرأ أيضاً"موسم السودة" ..."
    | ^ \W* (?:اقرأ\s+أيضا[ًا]?|mirá\s+también|[iİ]lg[iİ]l[iİ]\s+haberler|ayrıca\s+okuyun|читайте\s+также|читайте\s+також) \s+ \S [^.!?]{3,150} $
    | ^ \W* read \s+ or \s+ share \s+ this \s+ (?:story|article) \s* : .*$  # "Read or Share this story: https://..."
    # the label in brackets, as Korean, Chinese and Japanese sites set it: "[관련기사] 삼성전자, HBM4 샘플 ...", "【相关新闻】..."
    | ^ \s* [\[【〔] \s* (?:관련\s*기사|관련\s*뉴스|相关(?:新闻|阅读|报道)|相關(?:新聞|閱讀|報導)|関連(?:記事|ニュース)) \s* [\]】〕] \s* \S .{3,}$
    # a trade site's promotion of its own pieces in the text: "MUST READ: Ransomware: ...", "SEE: Incident response policy (...)"
    | ^ \W* (?:must\s+read|(?-i:SEE|ALSO\s+SEE)) \s* : \s* \S .{3,150} $
    # "Related" before the link without a colon: "Related Every Winter Squash, Ranked by How Easy It Is to Peel"
    | ^ \W* (?-i:Related) \s+ (?-i:[A-Z0-9‘“'"]) \S* (?:\s+\S+){3,20} $
    # the label in capitals before the link, without a colon: "RELATED Flooding forces closure of key rail bridge"
    | ^ \W* (?-i:RELATED|READ\s+MORE|READ\s+ALSO|ALSO\s+READ|SEE\s+ALSO) (?:\s+|(?=(?-i:[A-Z][a-z]))) (?-i:[A-Z0-9‘“'"])(?=.*(?-i:[a-z]))[^.!?]{3,150} $
    # a blog's related post as WordPress lists it: its title glued to its date and its category, "Hôpital de Montbrison :
    # le plan22 mai 2018Dans "Santé"", "Planning the spring bedsMay 22, 2018In "Garden""
    | ^ .{3,200}? (?:\d{4}|\d{1,2}:\d{2}) \s* (?:in|dans|en|em|im|nel|w|v) \s+ ["“«„] [^"”»“]{1,40} ["”»“] \W* $
""".replace("{READ_ALSO_EAST}", READ_ALSO_EAST).replace("{READ_ALSO_INDIA}", READ_ALSO_INDIA), max_words=40)  # (two links on one line: "Read more: ... | Opinion: ...")

# A photo credit's label glued to the photographer's name, the whole line: "PicturesColin Lane", "PhotoAmira Haddad".
GLUED_CREDIT_LABEL = r"^ \W* (?-i: (?:Pictures?|Photos?|Photographs?|Images?|PICTURES?|PHOTOS?) (?=[A-Z][a-z]+ (?:\s+[A-Z][\w'’-]+){1,2} \s* $) )"
GLUED_CREDIT = re.compile(GLUED_CREDIT_LABEL, re.VERBOSE)
# Photo and image credits and caption markers: "Photo: AP", "(Image: X, Y)", "Getty Images",
# "Reuters/Jane Doe", "Фото: ...", "Foto: ...". Captions that end in a credit are dropped with it.
IMAGE_CREDIT = _cue("image-credit", "image-credit", r"""
    (?: ^ \W* (?: photo(?:graph)?s? | image | pictures? | pics? | credit | source | illustration | screenshot | screengrab | screen \s+ capture
        | video | wideo | видео | відео | фото | фотография | снимка | изображение | иллюстрация | источник | bild | quelle
        | imagem | crédito | ilustração | créditos? | imagen | ilustración | crédit | fotos? | fotó | kép | fotografi[ae] | fotografía | zdjęcie | beeld
        | llun | pictiúr | dealbh | skeudenn | govva
        | image\s+credit | photo\s+credit | photo\s+by | image\s+by | (?:photo|image)\s+courtesy | enlarge
        | all \s+ (?:photos|images|pictures) \s+ (?:by|courtesy)
        | (?:above|top|below|pictured|left|right|main\s+image|header\s+image|cover)
        ) \b \s* (?:[:|©/]|by\b|\() )                       # "Photo: ...", "Above: ...", "Image by"
    | ^ \W* vid[ée]o \s* \. \s+ (?-i:[A-ZÀ-Þ]) [^.!?]* $   # a video's title after its label: "Vidéo. Agadir: visite du chantier ..."
    # ...or the label glued to the photographer's name: "PicturesColin Lane", "PhotoAmira Haddad"
    | """ + GLUED_CREDIT_LABEL + r"""
    # an embedded picture's or post's source, as listicles credit them: "Fox / Via giphy.com", "u/grizzlytray / Via reddit.com",
    # "Instagram: @retrolunchbox", and the embed's bare domain under its button ("tiktok.com")
    | ^ \S+ (?:\s\S+){0,6} \s / \s* via \s+ [\w.-]+ \. [a-z]{2,6} \s* $
    | ^ \W* (?:instagram|twitter|tiktok|youtube|reddit|facebook|threads|tumblr|pinterest) \s* : \s* @?[\w.]{2,40} \s* $
    | ^ \s* (?:giphy|tiktok|youtube|reddit|instagram|twitter|x|facebook|imgur|tumblr|pinterest|vimeo) \.com \s* $
    # a chart's credit, the paper's or an agency's name after its word: "Infographie « Le Courrier national »", "Grafik: dpa"
    | ^ \W* (?:infographie|infograf[íi]a|infografik|infographic|graphic|grafik|graphique|gr[áa]fico)
      (?: \s* [:|©/] \s* | \s+ (?:by|de|von) \s+ | \s* [«"“„] \s* | \s+ (?=(?-i:[A-ZÀ-Þ])) ) [^.!?]{1,50} $
    # ...or a chart's caption and its data's source: "ETH/USD 4-hour chart. Source: TradingView", "BTC open interest. Source: CoinGlass"
    | ^ [^.!?]{0,60} \b (?:chart|graph|screenshot|grafico|gráfico|grafik|graphique|diagramm|open\s+interest|order\s+book) \b [^.!?]{0,30}
      [.:|] \s* (?:source|fonte|fuente|quelle|bron|kilde) \s* : \s* [^.!?]{2,40} $
    # ...or a chart's data source on its own, an analysis of someone's data: "Fonte: elaborazione Infodata su dati Stanzaweb",
    # "Fuente: elaboración propia con datos del INE", "Fonte: análise do jornal com dados do IBGE"
    | ^ \W* (?:fonte|fuente|bron|kilde|källa|źródło|zdroj) \s* : \s* (?:elaborazione|elaboración|elaboração|análise|analisi|análisis|analyse|bewerking|opracowanie)
      \b [^.!?]{0,80} $
    # ...or a gallery's title after its label: "Fotostrecke: Rallye Lettland 2024", "Bildergalerie: ..."
    | ^ \W* (?:fotostrecke|bildergalerie|bilderstrecke|galerie \s+ photos|fotogalería|fotogallery|photo \s+ gallery) \s* : \s* \S [^.!?]{0,80} $
    # a screenshot's caption, without a sentence's stop: "Capture d'écran Facebook prise le 23 octobre 2019"
    | ^ \W* (?:capture \s+ d['’]écran | captura \s+ de \s+ pantalla | captura \s+ de \s+ tela | screenshot | bildschirmfoto) \b [^.!?]{0,120} $
    | \( \s* (?:photo|image|picture|credit|фото|foto|imagem|imagen) \b [^)]* \)? \s* $  # "(Image: ...)"
    | \( [^()]{0,30} \b (?:photo|image|cartoon|illustration|caricature|drawing|карикатура|рисунок)
      \s* [:/] [^()]* \)? \s* $                          # "(Russian political cartoon: X, Y)"
    | (?:creative\s+commons|\bcc\s+by\b|submitted\s+photo|file\s+photo
        | courtesy\s+(?:photo|image|of\s+[^.!?]{1,40})) [^.!?]{0,60} [)\]]? \s* $  # ends in a credit phrase
    # ...or in an agency's name, where the name starts the line or follows punctuation, a credit
    # word or a photographer's name: "Photo: Reuters", "Jane Doe/AFP", "AFP via Getty Images".
    # After a lower-case word the name is part of a sentence ("Weak dollar hits Reuters").
    | (?: ^ \W* | [.!?:;|/\\(\[–—•·-] \s* | \b(?:via|by|photos?|images?|pictures?|credits?|©) \s+
        | ^ (?! \W* (?:by|por|par|von|door) \s ) .*? , \s*   # (not a byline's agency after the names: "By Jane Doe, Associated Press")
        | (?-i:[A-Z][\w'’.-]*) \s* )
      (?:getty\s*images|shutterstock|istock(?:photo)?|associated\s+press|\bap(?:\s+(?:photo|file|images))?\b
        | \breuters\b|\bafp\b|(?-i:\bEPA\b)|alamy|wikimedia(?:\s+commons)?|unsplash|pixabay
        | corbis|bloomberg\s+via\s+getty|ria\s+novosti|sputnik|тасс|depositphotos|flickr
      ) (?: (?! \s [–—] \s ) [^.!?] ){0,60} [)\]]? \s* $   # not "(EPA) – what the limits mean"
    # ...or in capitals glued to the caption's last word, as the Times prints it: "... for pupils in year 1ALAMY"
    | (?<=[a-z0-9.,)]) (?-i: ALAMY | GETTY\s+IMAGES | GETTY | REUTERS | AFP | EPA | SHUTTERSTOCK | REX(?:\s+FEATURES)? | PA(?:\s+WIRE)?
        | ANP | BELGA | DPA | EFE | ANSA | KEYSTONE | NTB | SCANPIX | LEHTIKUVA ) (?:/[A-Z .]{1,30})? \s* $
    | ^ \W* © .{0,60} $                                     # "© Jane Doe"
    # ...an agency's or an organisation's acronym, a slash and the photographer alone on the line: "WFP/Idriss Mahamat", "UNHCR/Andrew McConnell"
    | ^ \W* (?!(?-i:PDF|HTML|NATO|USA)\b) (?-i:[A-Z]{3,8}) (?:\s+(?:photo|foto))? \s* / \s* (?-i:[A-ZÀ-Þ][a-zß-ÿ][\w'’.-]* (?:\s+[A-ZÀ-Þ][a-zß-ÿ][\w'’.-]*){1,3}) \s* $
    # ...or the photographs' and illustrations' credit under the byline: "Fotografías de Mateo Quiroga", "Photographs by Ana Roe",
    # a photo's: "Foto di Giulia Pichler"
    | ^ \W* (?:fotograf[ií]as?|fotos?|ilustraci[oó]n(?:es)?|illustrations?|photographs|photos|fotografie|foto's) \s+ (?:de|by|di|von|van|par)
      \s+ (?-i:[A-ZÀ-Þ])[^.!?]{1,60} $
    # Dutch papers' credit without a colon: "Beeld Lotte Mulder", "Foto Jorien Kaspers"
    | ^ \W* (?:beeld|foto|illustratie) \s+ (?-i:[A-ZÀ-Þ])[\w'’.-]+ (?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’.-]+|van|de|der|den|ter|ten|het|in\s+'t)){0,4} \s* $
    | ^ \W* (?-i:[A-Z][\w.'’-]+) (?:\s+(?-i:[A-Z][\w.'’-]+)){1,3} \s* , \s* (?:[\w.'’&-]+\s+){0,4} (?:staff\s+|chief\s+|contributing\s+)?photographer \s* $
    | ^ \W* (?:image|photo|picture|slide)? \s* \d{1,3} \s* (?:of|/) \s* /? \s* \d{1,3} \s* $  # gallery counter "1 of 6"
    # ...in other languages: "Foto 3 de 12", "Bild 1 von 14", "1 di 15", "Zdjęcie 3 z 24", "Photo 3 sur 10"
    | ^ \W* (?:foto|bild|zdjęcie|imagen|immagine|photo|kuva|bilde)? \s* \d{1,3} \s+ (?:de|von|di|z|sur|van|av|af) \s+ \d{1,3} \s* $
""", max_words=30)

# A video clip's running time with its source, under the clip's title ("02:12 - Source: CNN",
# "1:04 | Video: Reuters"); the title above gets this cue too (`boilerplate._with_clip_titles`).
CLIP_CREDIT = _cue("clip-credit", "image-credit", r"""
    ^ \W* \d{1,2}:\d{2}(?::\d{2})? \s* [-–—|·•] \s* (?:source|video|credit|via|quelle|fuente|fonte|источник)s? \b \s* :?
    # a player's stand-in where it does not play (BBC): the clip's title follows (`boilerplate._with_clip_titles`)
    | ^ \W* (?:play|watch) \s+ (?:the\s+)? video \W* $   # a player's button under its clip's title ("UK weather: ..." / "Play Video")
    | ^ \W* video \s+ (?:loading|unavailable) (?:\W*$|(?-i:[A-Z])) | ^ \W* (?:click|tap) \s+ to \s+ play \W* $
    | ^ \W* media \s+ playback \s+ is \s+ (?:not\s+supported|unsupported) \s+ on \s+ (?:this|your) \s+ device \W* $
    # a video element's fallback text: "Your browser doesn't support HTML5 video.", "... does not support the video tag."
    | ^ \W* (?:sorry,?\s+)?your \s+ browser \s+ (?:doesn['’]t|does\s+not|cannot|can['’]t) \s+ (?:support|play) \s+ (?:the\s+)?(?:html\s?5\s+)?(?:video|audio|this\s+video)\b
""", max_words=16)  # (a player's messages glued together: "Video LoadingVideo UnavailableClick to playTap to playThe video will start in8")
# A clip's caption that says where it plays (Global News: "WATCH ABOVE: A southwest Calgary family ...").
CLIP_CAPTION = _cue("clip-caption", "image-credit", r"""
    ^ \W* watch \s+ (?:above|below) \s* :
""", max_words=60)
# A clip's title with its running time glued to it or in brackets ("Rahman's 124 powers Northern to
# the title2:41", "Hollow Tide Review06:32", "Dorsey's 44-point night vs. Lakeport (1:38)").
CLIP_TITLE = _cue("clip-title", "image-credit", r"""
    (?: (?<=(?-i:[a-zà-ÿа-яё])) | (?<=[\u0600-\u06FF]) | \( \s* ) \d{1,2}:\d{2}(?::\d{2})? \s* \)? \s* $   # (a lower-case or Arabic letter: not "格林尼治标准时间10:41")
    # a video player's labels: "Now playingDoorbell camera catches fireball over Georgia", "JUST WATCHED", "Replay", "MUST WATCH"
    | ^ \W* now \s+ playing (?: \W* $ | (?-i:(?=[A-Z])) ) | ^ \W* (?:just \s+ watched | must \s+ watch | replay) \W* $
""", max_words=20)

# A reporter's role after a slash that ends a byline, no photographer's agency: "Andre Bryce/Staff Reporter",
# "Alberto Medina Trejo / Corresponsal y Silvia Ortega" (`structure._SLASHED_ROLE` reads it; PHOTO_CREDIT leaves it).
SLASHED_ROLE = (r"(?i:(?:staff|senior|chief|special|contributing)\s+)?(?i:corresponsal|correspondent|correspondant|correspondente"
                r"|reporter|reportero|reportera|repórter|enviado|enviada|redactor|redactora|writer|editor|columnist)s?")
# A photo's credit in a form without a credit word: in brackets ("... [File: Jane Doe/Agency]"),
# after a bar ("... | Jane Doe/Agency"), a photographer and an outlet alone ("Jane Doe/NPR"), and
# BBC's caption labels ("Image caption ...", "Image source, Getty Images"), and a caption saying
# who is "pictured". Apart from
# IMAGE_CREDIT, whose expression runs on every line its prefilter lets through: these have
# literals of their own ("[", "|", "/") for theirs.
PHOTO_CREDIT = _cue("photo-credit", "image-credit", r"""
    \[ \s* (?:(?:file|photo|image|handout)\s*:\s*)? [^\[\]/]{1,60} / [^\[\]/]{1,40} \] \s* $
    | \s \| \s* (?-i:[A-Z])[\w.'’-]+ (?:\s+(?-i:[A-Z])[\w.'’-]+){0,3} \s* / \s* (?-i:[A-Z])[\w.'’&-]*(?:\s+[\w.'’&-]+){0,4} \s* $
    | ^ \W* (?!by\s) (?-i:[A-Z])[\w.'’-]+ (?:\s+(?-i:[A-Z])[\w.'’-]+){1,3} \s* / \s*
      (?!{SLASHED_ROLE}\s*$)  # (a byline's role: "Andre Bryce/Staff Reporter")
      (?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,3} \s* $
    | ^ \W* via \s+ (?: (?:[\w-]+\.)+ [a-z]{2,} (?:/\S*)? | @\w{1,30} ) \s* $   # the picture's source site: "Via instabrag.com", "Via @handle"
    | ^ \W* (?:image|media) \s+ (?:caption|source) (?!(?-i:[a-z]))  # (BBC's hidden label glued: "Image captionNdiaye scored ...", "Image captionجمعرات ...")
    # ...and its label of the picture's copyright, in the World Service's languages too: "Image copyrightGetty Images"
    | ^ \W* (?:image\s+copyright|تصویر\s+کے\s+کاپی\s+رائٹ|इमेज\s+कॉपीरइट|حقوق\s+الصورة|حق\s+نشر\s+عکس|derechos\s+de\s+autor\s+de\s+la\s+imagen
             |direito\s+de\s+imagem|copyright\s+de\s+l['’]image) (?!(?-i:[a-z]))
    | ^ \W* (?:источник\s+изображения|подпись\s+к\s+фото|джерело\s+зображення|підпис\s+до\s+фото|fuente\s+de\s+la\s+imagen
             |pie\s+de\s+foto|legenda\s+da\s+foto|fonte\s+da\s+imagem|bildquelle|bildunterschrift) \b
    # the BBC World Service's labels, glued to their value by a comma: "Chanzo cha picha,Getty Images",
    # "Maelezo ya picha,...", "توضیح تصویر,...", "तस्वीर का कैप्शन,...", "Resim kaynağı,..."
    | ^ \W* (?:chanzo\s+cha\s+picha|maelezo\s+ya\s+picha|منبع\s+تصویر|توضیح\s+تصویر|صدر\s+الصورة|التعليق\s+على\s+الصورة
             |छवि\s+स्रोत|इमेज\s+स्रोत|तस्वीर\s+का\s+कैप्शन|इमेज\s+कैप्शन|resim\s+kaynağı|fotoğraf\s+altı\s+yazısı|nguồn\s+hình\s+ảnh
             |chụp\s+lại\s+hình\s+ảnh|sumber\s+gambar|keterangan\s+gambar|fonte\s+da\s+imagem|legenda\s+da\s+imagem
             |pie\s+de\s+imagen|source\s+de\s+l['’]image|légende\s+de\s+l['’]image|تصویر|تصویر\s+کا\s+(?:کیپشن|ذریعہ)
             |ffynhonnell\s+y\s+llun|disgrifiad\s+o['’]r\s+llun|tùs\s+an\s+deilbh|fo-thiotal\s+an\s+deilbh) \s* ,  # (Welsh, Scottish Gaelic)
    # ...and in a script without capitals, glued to their value without it (or the comma copied
    # before them, right to left): "توضیح تصویربیماران ...", "،تصویر کا کیپشنلاہور میں ..."
    | ^ \W* (?:توضیح\s+تصویر|منبع\s+تصویر|تصویر\s+کا\s+(?:کیپشن|ذریعہ)|صدر\s+الصورة|التعليق\s+على\s+الصورة)
    # a caption naming who is "pictured", without a sentence's stop at its end ("Ana Roe, 84,
    # pictured, was left without heating for three days"; a paragraph saying so ends like one)
    | \bpictured\b (?! .* [.!?…:;]["'”’)]* \s* $ )
""".replace("{SLASHED_ROLE}", SLASHED_ROLE), max_words=30)

# A gallery caption copied with its slide counter glued on: "1of4Grass Valley's Dionicio Torres
# looks at ...". Article text never starts with a counter fused to the next word, so any length.
GALLERY_CAPTION = _cue("gallery-caption", "image-credit", r"""
    ^ \s* \d{1,3} \s? (?:of|/) \s? \d{1,3} (?=[A-ZА-ЯЁ])
    # a slideshow's teaser: "Slide 1 of 8 Slide 1 of 8: Where U.S. students are falling behind Start the slideshow"
    | ^ \W* slide \s+ \d{1,3} \s+ of \s+ \d{1,3} \b | ^ \W* gallery \s* \d{1,3} \s* (?:of|/) \s* \d{1,3} (?!\d)
    # ...or after a space, when the caption ends with its credit or the photo's sale link: "1 of 12 Harlan
    # senior Tyler Brandt drives past ... Kevin Dunlap/Tri-County Sports Report Buy Now"
    | ^ \s* \d{1,3} \s (?:of|/) \s \d{1,3} \s+ (?-i:[A-ZА-ЯЁ]) .* (?: \b buy \s+ (?:now|photo) | / \s* (?-i:[A-Z])[\w.'’&-]*(?:\s+[\w.'’&-]+){0,4} ) \s* $
    # a gallery's label and its title, set into the text: "Galéria: Így néz ki most a Fő utca", "Bildergalerie: Das neue Stadion"
    | ^ \W* (?:photo\s+)?(?:gallery|galéria|galería|galerie|galleria|bildergalerie|fotogalerie|fotogalería|fotogaleria|fotogalerija|фотогалерея|галерея)
      \s* [:|–—] \s* \S [^.!?]{0,120} $
    # a carousel's prompt: "Swipe for more", "Desliza para ver más", "Scorri per vedere le altre foto", "Przesuń, aby zobaczyć
    # kolejne zdjęcia"; and its link with the count: "View gallery (12 photos)", "Zobacz galerię (24 zdjęcia)"
    | ^ \W* (?:swipe|scroll) \s+ (?:for|to\s+see) \s+ more (?:\s+(?:photos|images|pictures))? \W* $
    | ^ \W* (?:desliza|scorri|przesuń|wischen|faites\s+défiler|deslize) \b [^.!?]{0,40} (?:más|altre|kolejne|mehr|suivantes?|mais|weitere) \b [^.!?]{0,20} $
    | ^ \W* (?:view|see|zobacz|ver|voir|vedi|bekijk) \s+ (?:the\s+)?(?:gallery|galeri[aeę]|galería|galerie|galleria) \s* \( \s* \d{1,3} \s+ [^()]{1,20} \) \W* $
""", scope="whole")

# A caption that ends in a bracketed credit, "... shake hands in Hanoi. (AP Photo/Hau Dinh)",
# "(Photo by Jane Doe/Getty Images)", possibly followed by the caption widget's "less"/"more"
# toggle. Article sentences end with their own full stop, not with "(... Photo ...)"; a long
# paragraph can end with a link to pictures, "... the environmental cause. (See pictures of the
# spill.)": captions with credits run to 60 words on the pages we have read, paragraphs longer.
CAPTION_MAX_WORDS = 80
CAPTION_CREDIT = _cue("caption-credit", "image-credit", r"""
    \( (?! \s* (?:photos?|videos?|images?|pictures?|fotos?|vid[ée]o) \s* \) ) [^()]{0,25} \b (?:photo|image|picture|credit|foto|фото|illustration|video|צילום|تصوير|عکس|फोटो|फ़ोटो|ፎቶ)s? \b [^()]{0,80} \)
    \W{0,3} (?:less|more|hide|show|buy\s+photo)? \s* $
    | \s (?:\.\.\.|…) \s* more \s* $                       # the same caption folded: "... more"
    | (?: ^ | [.!?…"”] ) \s* credits? \s* (?:\.\.\.|…|:) \s* [^.!?\s][^.!?]{0,80} $  # "...last week.Credit...Jane Doe/The Times"
    # ...or in names between slashes: "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)"
    | \( (?-i: [A-ZÀ-Þ][\w.&'’-]+ (?:\s[A-ZÀ-Þ][\w.&'’-]*)* (?: \s*/\s* [A-ZÀ-Þ][\w.&'’-]+ (?:\s[A-ZÀ-Þ][\w.&'’-]*)* )+ ) \) \s* $
    # ...or after a label at the end, without brackets: "..., Edinburgh Photo: DEADLINE",
    # "... in 1987. Photograph: Jane Doe/AP" (a name, no full stop after it)
    | \s (?:photo(?:graph)?|picture|image|foto|fotó|kép|kuva|zdjęcie|фото|снимка|credit|crédito|bild|beeld|llun|pictiúr|dealbh|skeudenn|govva)
      \s* [:|] \s* (?-i:[A-ZА-ЯЁ]) (?:[^.!?:]|\.(?=[a-z]{2})){1,60} $  # ("... PHOTO | JACKSON KIPRONO | NATION MEDIA GROUP"; Welsh, Irish, Gaelic, Breton, Sámi: "... Govva: Niillas Holmberg";
      # a stock library's domain: "... Foto: Heiko Küverling/stock.adobe.com")
    # ...in scripts without capitals, glued or not: "... মোগলবাসা ইউনিয়নেছবি: প্রভাতবেলা" (Bengali), "... फोटो: ...", "... تصویر: ..."
    | (?<=\S) \s? (?:ছবি|ফটো|छवि|फोटो|फ़ोटो|तस्वीर|تصویر|عکس|صورة|ඡායාරූපය|ඡායාරූප) \s* [:：] \s* \S [^.!?।]{0,50} $
    # (after the caption: a credit alone on its line, "صورة: أرشيف", is an image's credit under the headline, read elsewhere)
    # ...or after a bar, the outlet and the photographer: "... ce mardi. | Le Courrier de l'Estuaire - Théo Marchand"
    | (?<![ap]\.m) [.!?]["”’]? \s+ \| \s* (?-i:[A-ZÀ-Þ]) [^|.!?]{1,60} $   # (not a live entry's time: "05:10 p.m. | Copeco eleva ...")
    # ...or after a copyright sign, a name without a year: "... environ 85.000 entrées par an. © JES", "... a la salida de la capilla© Gtres"
    | [.!?]["”»]? \s* © \s* [^\d\s] [^\d.!?]{0,40} $ | (?<=[^\W\d_]) © \s* [^\d\s] [^\d.!?©]{0,40} $
    # ...or a file photo's note after the caption's stop: "... জল পরীক্ষা করছেন পুরকর্মীরা। —ফাইল চিত্র।", "... in 2019. —File photo"
    | [.!?।] \s* [—–] \s* (?:ফাইল(?:\s+(?:ছবি|চিত্র))?|file(?:\s+photo)?|archive|আর্কাইভ|फाइल(?:\s+फोटो)?) \s* [.।]? \s* $
    # ...or a Dutch or Flemish paper's credit after the caption's stop, its label without a colon: "... zien.’ Beeld Wouter Van Vooren"
    | [.!?]["”’]? \s+ (?-i:Beeld|BEELD|Foto|FOTO) \s+ (?-i:[A-ZÀ-Þ]) [^.!?]* $
    # ...or a Korean photo's credit in brackets before its caption: "[사진=연합뉴스] 경기 평택의 한 반도체 공장 생산라인."
    | ^ \s* \[ \s* (?:사진|그래픽|자료) \s* = \s* [^\]]{1,40} \]
    # ...or a Japanese caption, the day after "＝": "水揚げされたシロエビ＝15日、射水市の新湊漁港（北陸日報デジタル）"
    | [＝=] \s* \d{1,2} 日 [、,]
    # ...or its label glued to the name too, as the New York Times printed it: "... no longer produces power.CreditCaleb Nordstrom for The New York Times"
    | [.!?…"”] \s* (?-i:Credit) (?-i:[A-ZÀ-Þ]) [^.!?]{1,80} $
    # ...or the photographer and the paper after the caption's stop: "... on Sept. 25, 2019.Hannah Boyer / for NBC News"
    | [.!?…"”] \s* (?-i: [A-ZÀ-Þ][\w'’.-]+ (?:\s[A-ZÀ-Þ][\w'’.-]+){1,3} ) \s+ / \s+ (?:for\s+)? (?-i:[A-ZÀ-Þ]) [^.!?/]{1,40} $
    # ...in brackets glued to the caption's last word: "... superilla de Sant Antoni(Àlex Garcia)", "(FotoSchicchi)"
    | [^\s(] \( (?-i: [A-ZÀ-Þ][a-zß-ÿ'’.-]+ (?:\s[A-ZÀ-Þ][a-zß-ÿ'’.-]+){1,2} ) \) \s* $
    | \( \s* (?:foto|photo|fotó) (?-i:[A-ZÀ-Þ]) [^()]{1,40} \) \s* $
    # ...the picture's pin button glued before its caption, as medical news sites print it: "Share on PinterestCould our gut microbes ...?"
    | ^ \W* share \s+ on \s+ pinterest (?-i:[A-Z0-9“"‘']) .{3,300} $
    # ...a picture agency's name glued to the caption's last word: "Crocus tommasinianus naturalised in grassGetty Images"
    | (?<=[a-z.!?)]) (?-i: Getty \s+ Images | Alamy (?:\s+Stock\s+Photo)? | Shutterstock | iStock(?:photo)? | AFP (?:\s+via\s+Getty\s+Images)? | EPA(?:-EFE)? ) \s* $
    # ...the photo's label and the photographer glued after the caption's stop: "Een gestutte boerderij in Noord-Groningen.Foto Kees van de Veen"
    | [.!?…] \s* (?-i: Foto | Photo | Bild | Beeld | Fotó ) \s+ (?-i:[A-ZÀ-Þ]) [^.!?:]{1,60} $
    # ...the outlet and its photographer after the caption, a slash between them: "... withdrawn in 2018 Tortoise/Jonah Pell"
    | \S \s+ \S+ \s+ (?-i: [A-Z][a-z]{2,}[\w.&'’-]* / [A-Z][a-z]+ \s [A-Z][a-z]+ (?:[-'’][A-Z]?[a-z]+)? ) \s* $
    # ...a photo's credit in brackets in Korean, Japanese or Chinese: "... 공장 전경. [사진 제공 = 대진케미칼]", "（写真：共同）"
    | [\[(（【] [^\[\]()（）【】]{0,20} (?:사진|写真|图片|圖片|照片|摄影|攝影|撮影) [^\[\]()（）【】]{0,40} [\])）】] \s* $
    # ...or who took it, "攝"/"摄" (photographed) or "供图" (gave the picture) last, a picture's "圖／" (picture:) first:
    # "...（梁嘉欣攝）", "...（記者王大明攝）", "...（读者供图）",
    # "...（圖／翻攝自氣象署）"; without brackets, the paper's reporter and "摄" or "图": "... 神州网记者 孙立新 摄"
    | [(（] [^()（）]{1,30} (?:攝|摄|供图|供圖|图源|圖源) [)）] \s* $ | [(（] \s* (?:圖|图) \s* [／/:：] [^()（）]{1,40} [)）] \s* $
    | [。.！!] \s* \S{0,10} (?:记者|記者) \s* [\u4e00-\u9fff]{2,4} \s* (?:摄|攝|图|圖) \s* $
    # ...the copyright sign glued to the caption's last word, the credit after it: "... im Alltag zählen© W&B/Michael Reiter"
    | (?<=[^\W\d_]) © \s* (?-i:[A-ZÀ-Þ]) [^.!?©]{1,60} $
    # ...in the scripts of India, after a bar: "... സംഘനൃത്തം | ഫോട്ടോ: ജെ. ഫിലിപ്പ്", "... | फोटो: राजेश कुमार"
    | \s [|] \s* (?:ഫോട്ടോ|फोटो|फ़ोटो|ছবি|படம்|ఫోటో|ಫೋಟೋ|ફોટો|ਫੋਟੋ) \s* : \s* \S [^|]{0,60} $
    # ...an embedded post's credit under its caption: "A post shared by Grace Hollings (@gracehollings) on Feb 12, 2019 at 9:04am PST"
    | ^ \W* an? \s+ (?:post|photo|video|reel) \s+ shared \s+ by \s+ .{1,60} \( @[\w.]{1,30} \) .{0,60} $
    # ...a French caption's source after its stop: "... en annexe du rapport (p. 31). Document ARS", "... le 19 juillet. Photo Ouest-France"
    | [.!?)] \s+ (?-i:Document|Photo|Infographie) \s+ (?-i:[A-ZÀ-Þ][\w'’&-]*) (?:\s+(?-i:[A-ZÀ-Þ][\w'’&-]*)){0,2} \s* $
    # ...a lender's credit glued to the caption's last stop: "... twenty-six piers.Courtesy Dunmere County Archive"
    | [.!?] \s* (?-i:Courtesy) \s+ (?:of\s+)? (?-i:[A-Z]|the\s) [^.!?]{1,60} \.? $
    # ...or its label glued to the caption's last word: "... refused to empty her binCredit: Cavendish Press"
    | (?-i:[a-z]) (?-i:Credit) \s* : \s* (?-i:[A-Z]) [^.!?:]{1,60} $
    # ...in other languages, after the caption's last word or full stop: "... 30 horas.Foto: Bomberos Bogotá",
    # "... na última semanaFoto: Werther Santana/Estadão", "... sezonuFoto: Jan Novák", "... liceuluiFoto: (c) Mihai TRIF / AGERPRES FOTO"
    | (?-i:[a-zà-ÿ.]) (?-i:Foto|Fotó|Photo|Kuva|Fotografía|Fotografia|Imagen|Imagem|Bild|Crédito|Créditos) \s* : \s* (?:\(c\)\s*|©\s*)? (?-i:[A-ZÀ-Þ]) [^.!?:]{1,60} $
    # ...in a script without capitals: the agency or paper in brackets after the caption's last word, "... من
    # هور الحمّار (الجزيرة)", "... بالقاهرة (اندبندنت عربية)" (not a headline's "(فيديو)", "(صور)"); the source
    # after a dash, "... قزوین - آرشیو" (an archive picture), "... - عکس از شبکه‌های اجتماعی" (a picture from)
    | [\u0590-\u06FF] \s* \( \s* (?!(?:فيديو|صور|بالصور|فيديوهات|إنفوغراف|ویدیو|عکس|تصاویر|וידאו|תמונות)\s*\)) [\u0590-\u06FF][^()]{0,30} \) \s* $
    | [\u0600-\u06FF] \s+ [-–] \s* (?:آرشیو|عکس\s+(?:از|:)\s*[^-–()]{1,40}) \s* $
    # ...after a dash: "... in Sultanabad. — Photo by Ali Khan", "— Photo courtesy Twitter"
    | \s [—–-] \s* (?:photo|picture|image)s? \s+ (?:by|courtesy(?:\s+of)?) \s+ (?-i:[A-Z]) [^.!?]{1,50} $
    | (?-i:hide|toggle) \s+ caption \s* $   # (NPR's, glued too: "... since 2017.hide caption", "Celia Moran/NPRtoggle caption")
    # ...in the scripts that write the label glued or with a full-width colon: "... Ảnh: Hoàng Nam", "...，图片来源：锐图",
    # "... (제공=극단 물결)", "(사진=연합뉴스)", "写真：ロイター"
    | (?: \s ảnh | 图片来源 | 圖片來源 | 图片 | 写真 | 画像 | 사진 | \s ছবি | \s फोटो | \s तस्वीर | \s تصویر | \s عکس | \s فوٹو ) \s* [:：=] \s* \S [^.!?。।]{0,60} $
    # ...a video's, after the caption's full stop: "... trên sân thượng. Video: Khánh Hương"
    | [.!?…] \s+ video \s* : \s* (?-i:[A-ZÀ-ÞĐА-ЯЁ]) [^.!?:]{1,60} $
    | [(（] \s* (?:제공|사진|자료) \s* = [^()（）]{1,40} [)）] \s* $
    # ...a Korean agency's photo, its lead as the text's ("(세종=연합뉴스) 이정훈 기자 =") and the day it was taken last: "... 발표하고
    # 있다. 2024.5.15"; or the photographer after a slash: "... 붙어 있다. /정서윤 기자"
    | ^ \s* [(（] [가-힣\s]{1,12} [=＝] [^()（）]{1,20} [)）] [^=＝]{0,40} [=＝] .* [.!?…] \s* (?:19|20)\d\d \. \s? \d{1,2} \. \s? \d{1,2} \.? \s* $
    | [.!?…] \s* / \s* [가-힣]{2,4} \s* 기자 \s* $
    # ...a Korean paper's, its mark "ⓒ" and the paper, perhaps the photographer: "... 작업을 하고 있다. ⓒ남해매일 강현우 기자"
    | [.!?…] \s* ⓒ \s* \S{1,20} (?: \s+ [가-힣]{2,4} \s* 기자 | \s+ DB )? \s* $   # (an archive picture's: "... 전경. ⓒ 뉴스원 DB")
    # ...a Korean agency's photo, its holder and "no resale, no databases" in brackets, the photo desk's address: "... 조감도.
    # 2019.7.23 [서울시 제공. 재판매 및 DB 금지] photo@yna.co.kr"
    | \[ [^\[\]]{0,40} 재판매 \s* 및 \s* DB \s* 금지 \s* \]
    # ...a Japanese paper's, the photographer last: "改修された旧明宝第二小学校の校舎=岐阜県郡上市で2019年6月19日、北村美咲撮影"
    | [=＝] [^=＝]{1,60} [、,] \s* [ぁ-ヿ一-鿿]{2,10} 撮影 \s* $
    | [.!?…] \s+ (?-i: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+ (?: \s+ [A-ZÀ-Þ][A-ZÀ-Þ'’-]+ ){1,3} ) \s+ (?-i: POUR|FOR|FÜR|PARA|PER ) \s+ [«"“] \s* [^«»"”]{2,40} [»"”] \s* $
    # ...or after its last sentence, who made the picture: "... but not touch. Photo illustration by Slate. Photos by Getty Images Plus.",
    # glued too: "... than those in rural forests.PHOTOGRAPH BY KATYA ROMERO, NAT GEO IMAGE COLLECTION"
    | [.!?] \s* (?:photo \s+ illustration|illustration|photo(?:graph)?s?|images?) \s+ by \s+ [^.!?]{1,60} \.? (?: \s+ (?:photos?|images?) \s+ by \s+ [^.!?]{1,60} \.? )? \s* $
    # ...or in square brackets with a slash or a credit word: "... pie crusts. [Daily Gazette Staff Photo / Ken Aldridge]"
    | [.!?…"”] \s* \[ [^\[\]]{0,60} (?:/|\b(?:photo|image|file|handout)\b) [^\[\]]{0,60} \] \s* $
""", max_words=CAPTION_MAX_WORDS)

# A caption whose credit follows its last sentence without a credit word: a photographer's name in
# capitals ("... en un arrozal de Isla Mayorga. JOSÉ EJEMPLAR"; not after a word in capitals: a headline in capitals,
# "GIRO. MORETTI SI PRENDE LIVIGNO E FA SOGNARE L'ITALIA. RASMUSSEN SEMPRE IN ROSA"), a name and an outlet between a
# dash or a glued full stop and a slash ("... para a escola - Pedro Fotógrafo/Folhapress", "...
# on June 4.Darren Calloway/The Globe and Mail"), or a name "for" an outlet in brackets ("(John
# Sample for The Washington Post)"). A paragraph ends with its own sentence.
CREDIT_TAIL_MAX_WORDS = 45  # (BBC copies glue a section's label in capitals to a long paragraph: "... of the Football League. HEAD TO HEAD")
# The last word of a newspaper's name ("The Ashford Star", "Tri-River Courier & Press").
PAPER_WORDS = ("Today|Times|Post|News|Herald|Tribune|Journal|Gazette|Star|Chronicle|Telegraph|Courier|Examiner|Observer|Press"
               "|Register|Sun|Mirror|Express|Standard|Bulletin|Dispatch|Inquirer|Enquirer|Leader|Record|Republic|Democrat"
               "|Republican|Statesman|Sentinel|Bee|Independent|Globe|World")
CREDIT_TAIL = _cue("credit-tail", "image-credit", r"""
    (?<! (?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]) ) [.!?…] \s* (?-i: [A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’.-]+ (?: \s+ [A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’.-]+ ){1,3} ) \s* $
    # ...or glued to the last full stop of a caption of five words or more, the credit alone: "... by the month.Deskwell",
    # "... in 2019.Getty Images" (not a heading's name in code: "Using sync.Pool")
    | ^ (?: \S+ \s+ ){4,} \S*? (?-i: [a-zà-ÿ)]{2} [.!?] [A-ZÀ-Þ][a-zà-ÿ][\w'’&-]* (?: \s+ [A-ZÀ-Þ][\w.'’&-]* ){0,3} ) \s* $
    | (?: \s [-–—] \s+ | [.!?] \s* (?=[A-ZÀ-ÞА-ЯЁ]) | (?-i: (?<=[a-zà-ÿа-яё]{3}) (?=[A-ZÀ-ÞА-ЯЁ]) ) ) (?-i: [A-ZÀ-ÞА-ЯЁ][\w.'’-]+ (?: \s+ [A-ZÀ-ÞА-ЯЁ][\w.'’-]+ ){0,3} ) \s* / \s*
      (?-i: [A-ZÀ-ÞА-ЯЁ] ) [\w.'’&-]* (?: \s+ [\w.'’&-]+ ){0,4} \s* $   # (in Cyrillic too: "... 12 августа 2019 годаАнастасия Кравцова / Meduza")
    | \( \s* (?-i: [A-ZÀ-Þ][\w.'’-]+ (?: \s+ [A-ZÀ-Þ][\w.'’-]+ ){1,3} ) (?: \s* / \s* (?-i: [A-ZÀ-Þ][\w.'’-]+ (?: \s+ [A-ZÀ-Þ][\w.'’-]+ ){0,3} ) )?
      \s+ (?:for|für|pour|para|per) \s+ [^()]{2,50} \) \s* $   # ("... (Marc Ollivier/Hans Lucas pour L'Éclaireur)": the agency too)
    | [.!?] \s+ (?-i: [A-ZÀ-Þ][\w'’-]+ \s+ (?:lab|laboratory|group|team) ) \s* , \s* (?-i: [A-Z]{2,6} ) \s* $   # a lab and its
    # institute's acronym after the caption's stop: "... across the wound. Castellano lab, NINDS" (not a place's state: "... Amphitheatre. St. Louis, MO")
    | [.!?] \s* \( \s* (?-i: [A-ZÀ-Þ][\w.'’-]+ (?: \s+ [A-ZÀ-Þ][\w.'’-]+ ){1,3} ) \s* / \s* (?-i:[A-ZÀ-Þ]) [^()/]{1,60} \) \s* $   # the photographer and
    # the holder in brackets after the caption's stop: "... about the size of a sparrow. (Hao Lin / China University of Geosciences)"
    | [.!?] \s+ (?:photo|picture|image|foto) \s* / \s* (?-i:[A-ZÀ-Þ]) [^.!?/]{1,60} $   # "... Lake Rotokākahi. Photo / Andrew Whitford"
    | [.!?] \s+ all \s+ (?:photos|images|pictures|photographs) \s+ (?:by|courtesy\s+of) \s+ [^.!?]{2,60} $   # "... Kenosha, Wisconsin. All photos by the author"
    | (?-i: [a-zà-ÿ] ) \s+ (?-i: [A-ZÀ-Þ][\w'’-]+ (?: \s+ [A-ZÀ-Þ][\w'’-]+ ){1,2} ) \s* / \s* (?-i: [A-ZÀ-Þ][\w.&'’-]+ ) \s* $   # "... na zona leste Zanone Fraissat/Folhapress"
    | [.!?] \s+ (?-i: [A-ZÀ-Þ][\w'’-]+ (?: \s+ [A-ZÀ-Þ][\w'’-]+ ){1,2} ) \s+ (?:for|para|pour|für|per) \s+ (?:the \s+)?
      (?-i: [A-ZÀ-Þ][\w.'’&-]* (?: \s+ [A-ZÀ-Þ][\w.'’&-]* ){0,4} ) \s* $
    # ("... voted to buy in August. Arin Sample for The New York Times", a print copy without brackets; "... en
    # septiembre. Daniel Arteaga para Centinela")
    # ...or the photographer's name and e-mail address: "... underground. Tomás Ochoa tochoa@example.com",
    # "... in April.Rachel Woodhouse | rwoodhouse@example.com"
    | [.!?] \s* (?-i: [A-ZÀ-Þ][\w'’-]+ (?: \s+ [A-ZÀ-Þ][\w'’-]+ ){1,2} ) \s* (?:[|/,–—-] \s*)? [\w.+-]+@[\w-]+(?:\.[\w-]+)+ \s* $
    # ...or the photographer and the paper, after a comma or none: "... for a hearing on the project. Rachel Venn,
    # Tri-River Courier & Press", "... in October. Joel Pesina The Ashford Star", "... cheese. Priya Halvorsen, eriecoast.com"
    | [.!?]["”’]? \s+ (?-i: [A-ZÀ-Þ][\w'’-]+ (?: \s+ [A-ZÀ-Þ][\w'’-]+ ){1,2} ) (?: \s* , \s* | \s+ (?=(?-i:The)\s) )
      (?: (?-i: (?:The\s+)? (?:(?:[A-Z][\w.&'’-]*|&)\s+){0,4} (?:{PAPER_WORDS}) ) | [\w-]+ \. (?:com|org|net|co\.uk) ) \s* $
    # ...or the photographer in capitals after a bar, the house's photo service after a dash: "... in Kamiyasu. | HARUKA
    # SATO", "... in the old city area of Sultanabad. — White Star"
    | [.!?]["”’]? \s+ \| \s* (?-i: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+ (?: \s+ [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+ ){0,3} ) \s* $
    | [.!?] \s+ [—–] \s* (?-i: [A-ZÀ-Þ][\w'’.-]+ (?: \s+ [A-ZÀ-Þ][\w'’.-]+ ){0,2} ) (?: \s* / \s* (?-i:[A-Z])\w+ )? \s* $
    # ...or the picture's holder after the copyright sign, after the caption's stop or its last word: "... the school
    # day, Oct. 17, 2019. © Wes Dunlevy/Lakeport Daily Sentinel", "Plastic bottles at a sorting plant © Sputnik / Alexei Kudenko"
    | (?: [.!?] | (?-i:[a-zà-ÿ]) ) \s+ © \s* (?-i: [A-ZÀ-Þ] ) [^©.!?]{1,60} $
""".replace("{PAPER_WORDS}", PAPER_WORDS), max_words=CREDIT_TAIL_MAX_WORDS)

# An affiliate disclosure: "When you purchase through links on our site, we may earn an
# affiliate commission.", "If you click on one and make a purchase we may receive a small commission."
AFFILIATE_DISCLOSURE = _cue("affiliate-disclosure", "advertising", r"""
    \bwe \s+ (?:may|might) \s+ (?:receive|earn|get|collect) \s+ (?:a \s+)? (?:small \s+)? (?:share|commission|compensation)\b
    # ...the site's name for "we", from its shop's links: "CNET may get a commission from retail offers."
    | \b(?:may|might) \s+ (?:receive|earn|get|collect) \s+ (?:a \s+)? (?:small \s+)? (?:share|commission|compensation) \s+ (?:from|on) \s+
      (?:retail\s+offers|(?:qualifying\s+)?purchases|sales\s+from\s+links|products\s+purchased)\b
    # ...or after the reader's purchase: "If you buy something or book a reservation from an Eater link, Vox Media may earn a commission."
    | \bif \s+ you \s+ (?:buy|book|purchase|shop) \b [^.!?]{0,80}? \b (?:may|might|could) \s+ (?:receive|earn|get|collect) \s+ (?:a \s+)? (?:small \s+)?
      (?:share|commission|compensation)\b
    # ...and its note on the price it showed: "*At the time of publishing, the price was $70."
    | ^ \W* at \s+ the \s+ time \s+ of \s+ publish(?:ing|ed|ication) \s* , \s+ the \s+ price \s+ was \b
    | \baffiliate \s+ (?:links?|commissions?|partnerships?|marketing\s+program(?:me)?s?)\b
    | \bpartnerships? \s+ from \s+ which \s+ [^.!?]{1,40}? \s+ receives? \s+ compensation\b   # "The offers that appear in this table are from ..."
    # ...in other languages: "Cet article contient des liens affiliés.", "Podemos recibir una comisión ...", "Affiliate-Links",
    # "... erhalten wir eine Provision", "link di affiliazione"
    | \bliens? \s+ (?:affiliés?|d['’]affiliation)\b | \b(?:peut|pouvons|peuvent) \s+ (?:percevoir|recevoir|toucher) \s+ une \s+ commission\b
    | \benlaces? \s+ (?:de \s+)? afiliad[oa]s?\b | \b(?:podemos|puede|pueden) \s+ (?:recibir|obtener|percibir) \s+ una \s+ comisión\b
    # ...and the affiliate site's box on why to trust it: "Why you can trust TechRadar", "Pourquoi faire confiance à CryptoBoussole"
    | ^ \W* (?:why \s+ (?:you \s+ (?:can|should) \s+)? trust \s+ (?:us|\S+) | pourquoi \s+ (?:nous \s+ )?faire \s+ confiance \s+ à
        | warum \s+ (?:sie \s+)? (?:uns|\S+) \s+ vertrauen | por \s+ qué \s+ confiar \s+ en | perché \s+ fidarsi \s+ di ) \b [^.!?]{0,40} \W* $
    | \baffiliate-links?\b | \b(?:erhalten|bekommen) \s+ wir \s+ (?:\w+\s+){0,2}provision\b | \blink \s+ di \s+ affiliazione\b
    # ...in Dutch: "Dit artikel bevat links naar aanbieders. Als je via zo'n link iets afsluit, ontvangt ... een vergoeding."
    | \bbevat \s+ (?:affiliate\s+)?links \s+ naar \s+ (?:aanbieders|webwinkels|partners)\b | \bontvangen \s+ wij \s+ (?:\w+\s+){0,2}(?:vergoeding|commissie)\b
""", max_words=60)

# A shop's button set into a review or a list of products: "Buy on Amazon $129.99", "$129.99 at Best Buy",
# "See it at Walmart".
SHOP_BUTTON = _cue("shop-button", "advertising", r"""
    ^ \W* (?:buy(?:\s+it)?|shop|order|see\s+it|get\s+it|check\s+(?:the\s+)?price) \s+ (?:now\s+)? (?:on|at|from) \s+ (?-i:[A-Z])[\w.&'’-]* (?:\s+(?-i:[A-Z])[\w.&'’-]*)?
      (?: \s+ (?:for\s+)? [$£€]\s?\d[\d,.]* )? \W* $
    | ^ \W* (?: (?:[$£€]\s?\d[\d,.]* (?:\s?[$£€]\s?\d[\d,.]*)? | \d[\d,.]*\s?(?:€|EUR|CHF|zł|kr) (?:\s?\d[\d,.]*\s?(?:€|EUR|CHF|zł|kr))? ) \s+
      (?:at|on|from|bei|chez|sur|da|su|en|bij|hos|på|w|u) \s+ (?-i:[A-ZÀ-Þ])[\w.&'’-]* (?:\s+(?:&|(?-i:[A-ZÀ-Þ])[\w.&'’-]*)){0,3} \s* ){1,4} \W* $
    # ("$1,050 at Bergstrom & Hale", the old price and the sale's glued: "$495$395 at Nordstrom", the price's currency after it:
    # "139 € bei Zalando", "24,90 € chez Sephora", "89 € su Yoox"; a few shops' buttons glued: "$70 from Amazon$70 from Target")
    # a product's card: its name, its price and the button glued on ("Shape & ShoreSculpt One-Piece in Black£25.00SHOP NOW")
    | ^ (?:[^.!?]|\.(?=\d)){2,80}? [$£€]\s?\d[\d,.]* (?:\s*/\s*(?:month|mo|year|yr|week))? \s* (?:shop|buy)(?:\s+now)? \W* $
    # (a version's number in the name, a subscription's price: "WhoopStrap 3.0 Recovery Tracker£30/monthSHOP NOW")
    # a booking widget's button, an affiliate link's star after it: "Hier Preise checken*", "Check availability", "Prenota su TheFork",
    # a theatre's "BUY TICKETS" (no name in capitals)
    | ^ \W* (?:check\s+(?:prices|rates|availability)|book\s+now|(?:buy|book|get)\s+tickets|see\s+(?:deals?|prices)|view\s+deal|(?:hier\s+)?preise\s+(?:checken|vergleichen|ansehen)
        |jetzt\s+buchen|angebot\s+ansehen|voir\s+(?:les\s+)?(?:prix|offres?|disponibilités)|vedi\s+(?:offerta|prezzi)|ver\s+(?:precios|oferta)
        |reservar\s+ahora|prenota\s+(?:ora|su\s+\S+)|réserver\s+(?:maintenant|sur\s+\S+)) \W* $
    # a product card's bare button: "Comprar", "Jetzt kaufen*", "Acheter", "Buy now", "Shop now"
    | ^ \W* (?:buy\s+now|shop\s+now|comprar(?:\s+ahora)?|compra(?:\s+ora)?|acheter|(?:jetzt\s+)?kaufen|koop\s+nu|köp\s+nu|kup\s+teraz) \W* $
    # ...and the shop's name in it: "Jetzt bei Amazon kaufen*", "Bei Otto bestellen"
    | ^ \W* (?:jetzt\s+)?bei \s+ (?-i:[A-Z])[\w.&'’-]* (?:\s+(?-i:[A-Z])[\w.&'’-]*)? \s+ (?:kaufen|bestellen|ansehen) \W* $
""", max_words=14)

# A share's quote set into a markets story: the exchange and ticker, the price and its change
# ("NASDAQ: CRVN", "$48.31↑$8.41(21.08%)", "NYSE: KO -0.42 (-0.8%)").
_CURRENCY = ("(?:usd|eur|gbp|rub|cny|jpy|chf|kzt|uzs|kgs|azn|gel|amd|try|uah|byn|pln|czk|huf|ron|inr|pkr|bdt|ngn|kes|zar|brl|ars"
             "|mxn|aud|cad|sek|nok|dkk|idr|myr|vnd|thb|php|egp|sar|aed|irr|ils|btc)")
STOCK_QUOTE = _cue("stock-quote", "advertising", rf"""
    ^ \W* (?:nasdaq|nyse(?:arca|mkt)?|amex|otc|tsx(?:v)?|lse|asx|hkex|xetra|bats|euronext) \s* : \s* (?-i:[A-Z][A-Z0-9.\-]{{0,6}})
      (?: \s+ [$€£¥]? \s? [+\-−]? \d[\d,]*\.\d{{1,2}} (?: \s* \( [+\-−]? \d+(?:\.\d+)? % \) )? )? \W* $
    | ^ \W* [$€£¥]? \s? \d[\d,]*\.\d{{2}} \s* [↑↓▲▼+\-−] \s* [$€£¥]? \d[\d,]*\.\d{{2}} \s* \( \s* [+\-−]? \d+(?:\.\d+)? % \s* \) \W* $
    # ...or the exchange rates' bar: "USD 12 565.40 EUR 13 742.10 RUB 137.55", "$ 89,50 € 97,20"
    | ^ \W* (?: {_CURRENCY} | [$€£¥₽₸] ) \s* [:=]? \s* \d[\d\s]*(?:[.,]\d{{1,4}})? \s* [↑↓▲▼+\-−]?
      (?: \s+ (?: {_CURRENCY} | [$€£¥₽₸] ) \s* [:=]? \s* \d[\d\s]*(?:[.,]\d{{1,4}})? \s* [↑↓▲▼+\-−]? ){{1,6}} \s* $
""", max_words=16)

# A sponsor's message set into a newsletter, from a company rather than from the paper or its
# editor (DONATION_APPEAL): "A message from Northwind Energy", "A message from Granite Freight
# Alliance: America's freight railroads move ..." (its text on the same line).
SPONSOR_MESSAGE = _cue("sponsor-message", "advertising", r"""
    ^ \W* a \s+ message \s+ from \s+ (?!(?:the|our|your)\b) (?-i:[A-Z])
""", max_words=60)

# Ad slots and ad-blocker notices.
ADVERTISING = _cue("advertising", "advertising", r"""
    ^ \W* (?: (?:skip\s+)?advertisements?(?:\s*hide\s+ad)? | advertising | publicités | anuncios | werbeanzeigen | advertenties | sponsored(?:\s+content|\s+by.*|\s*:\s*\S.{0,40})? | gesponsert(?:\s+von.*|\s*:\s*\S.{0,40}) | sponsoris[ée](?:\s+par.*|\s*:\s*\S.{0,40}) | presented\s+by\s+\S.* | paid\s+content
    | (?:story\s+continues\s+)?below\s+(?:this\s+)?(?:ad|advertisement) | story\s+continued\s+below | ad\s+choices | adchoices
    | реклама | anzeige | werbung | oglas | פרסומת | sponzorirano | sponzorisano | sponsorowane | sponsorizat | reklāma | reklaam | oglasno\s+sporočilo | annons | annonse | annonce | mainos | hirdetés | publicitate | publicidade | publicité | publicidad | pubblicità | reklama | reklame | reklam | advertentie | διαφήμιση | إعلان | تبلیغات | विज्ञापन | जाहिरात | જાહેરાત | விளம்பரம் | ప్రకటన | ಜಾಹೀರಾತು | പരസ്യം | বিজ্ঞাপন | quảng\s+cáo | iklan | โฆษณา
    | 広告 | 广告 | 廣告 | 광고 | (?:scroll|gulir) \s+ (?:to|untuk) \s+ (?:resume|continue|melanjutkan) \s+ (?:content|reading|konten|membaca)
    | promoted\s+stories
    | sponsored \s* \. \s+ \S .*   # "Sponsored. Crypto assets are highly volatile. Your capital is at risk."
    | (?:stellenmarkt|stellenangebot|jobbörse|job\s+des\s+tages|offre\s+d['’]emploi|oferta\s+de\s+empleo) \s* : \s* \S .*   # a job ad set into the text: "Stellenmarkt: Rechtsanwalt (m/w/d) ..."
    | partner\s+content | from\s+our\s+partners | supported\s+by | sponsored\s+(?:stories|links|posts|articles)
    | recommended\s+by(?:\s+\w+)? | advertise\s+with\s+(?:us|\S+(?:\s+\S+){0,2}) | powered\s+by\s+\S+(?:\s+\S+)? ) \W* $
    # a sponsored page's label naming its sponsor: "Ofrecido por Consorcio ...", "Oferecido por Banco ...", "In collaborazione con
    # ...", "Gesponsorde content in samenwerking met ...", "Präsentiert von ...", "In partnership with ..." (a clause, not a sentence)
    | ^ \W* (?: (?:ofrecido|patrocinado|oferecido|apresentado) \s+ por | offert \s+ par | präsentiert \s+ von
      | (?:contenuto \s+ (?:realizzato \s+)?)? in \s+ collaborazione \s+ con | (?:gesponsorde \s+ content \s+)? in \s+ samenwerking \s+ met
      | en \s+ colaboración \s+ con | (?:contenu \s+ (?:proposé|réalisé) \s+)? en \s+ partenariat \s+ avec | in \s+ (?:paid \s+)? partnership \s+ with
      | brought \s+ to \s+ you \s+ by ) \s+ [^.!?,;:]{2,60} $
    | ^ \W* text \s+ ads? \s* : \s* advertise \b   # a classified ad's slot: "TEXT AD: Advertise your business here. Call ..."
    | ad-?block(?:er)? | disable\s+your\s+ad | whitelist(?:ing)?\s+(?:us|our)
    | relies\s+(?:solely\s+)?on\s+advertising
    # a betting ad's responsible-gambling line: "Bet $5, Get $200 in Bonus Bets — Must be 21+. Gambling problem? Call 1-800-GAMBLER."
    | \bgambling \s+ problem\? | \b1-800-gambler\b | \bbegambleaware\b
    # ...in other languages: "Jouer comporte des risques : endettement, ...", "Wat kost gokken jou? Stop op tijd. 18+",
    # "Aposte com responsabilidade.", "Juega con responsabilidad", "Il gioco è vietato ai minori"
    | ^ \W* jouer \s+ comporte \s+ des \s+ risques \b | \bwat \s+ kost \s+ gokken \s+ jou\? | \bil \s+ gioco \s+ è \s+ vietato \s+ ai \s+ minori \b
    | ^ \W* (?:aposte|juega|gioca) \s+ (?:com|con) \s+ responsabili(?:dade?|tà) | \bspiele? \s+ verantwortungsbewusst \b
    # a broker's risk warning under its offer: "Your capital is at risk.", "74% of retail CFD accounts lose money"
    | \byour\s+capital\s+is\s+at\s+risk\b | \b\d{2}(?:[.,]\d+)?\s?%\s+of\s+retail\s+(?:investor\s+|cfd\s+)?accounts\s+lose\s+money\b
    | ^ \W* (?:shared\s+from|get\s+the)\s+(?:google|apple)\s+news(?:\s+app)? \W* $
    # the site's own app and channels, promoted under the text: "Stay updated on the go with The Times of India News App.
    # Click here to download it for your device.", "Join ST's Telegram channel here and get the latest breaking news ..."
    | ^ \W* stay \s+ (?:updated|informed|connected) \s+ on \s+ the \s+ go \b | \bdownload \s+ (?:the|our) \s+ (?:[\w'’&-]+\s+){0,5}news \s+ app\b
    | \bis \s+ now \s+ on \s+ (?:telegram|whatsapp|google\s+news|threads) \b   # "Suddikirana is now on Telegram. Click here to join ..."
    | \bjoin(?:ing)? \s+ (?:our|(?:the\s+)?(?-i:[A-Z])[\w'’&-]*['’]s?) \s+ (?:telegram|whatsapp|viber|signal|facebook) \s+ (?:channel|group|community|page)\b
    # ...in Hindi papers' words: "रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News apps, iOS Hindi News apps ...", "Get all
    # India News in Hindi related to live update of politics, sports, ..."
    | (?:\bdownload\b|डाउनलोड\s+करें) [^.!?]{0,40} \b(?:android|ios|iphone) \b [^.!?]{0,40} \bapps? \b
    | ^ \W* get \s+ all \s+ (?:[\w-]+\s+){0,3} news \s+ in \s+ \w+ \s+ related \s+ to \b
    | \busing\s+ai\s+narration\b | ^ \W* voiced \s+ by \s+ artificial \s+ intelligence \W* $ | ^ \W* listen \s+ to \s+ more \s+ stories \s+ on \b
    # ...and the reader it names: "Read by Paul Lindqvist.", "Narrated by Ana Roe"
    | ^ \W* (?:read|narrated) \s+ by \s+ (?-i:[A-ZÀ-Þ])[\w.'’-]+ (?:\s+(?-i:[A-ZÀ-Þ])[\w.'’-]+){1,3} \W* $
""", scope="whole")

# "Story continues below gallery", "Article continues after advertisement": the article goes
# on after the ad, video or gallery that follows. Besides dropping the line, `boilerplate.py`
# joins the prose on both sides of such an insert into one body.
_GOES_ON = r"""(?: fortgesetzt | weiter(?:lesen|geht(?:s|'s)?)? | suite | continu(?:a|e|er|ă) | continúa | sigue | prosegue | fortsätter
    | fortsetter | fortsætter | jatkuu | jätkub | pokračuje | pokračování | pokračovanie | verder | folytatódik | folytatás | nastavlja
    | nadaljuje | nastavak | devam(?:ı|ediyor)? | turpinājums | tęsiamas | tęsinys | dalsza | ciąg | продолжение | продовження
    | продолжается | продовжується )"""
_AD_WORD = r"""(?: anzeige | werbung | (?:la\s+|cette\s+)?publicit[ée] | pubblicità | publicidad | (?:el\s+)?anuncio | publicidade
    | advertentie | annonsen | annoncen | rekl[aā]{1,2}m\w{0,3} | mainoksen | hirdetés\w{0,3} | oglas\w{0,2} | reclam[aăe]
    | διαφήμιση | реклам\w{0,2} )"""
STORY_CONTINUES = _cue("story-continues", "advertising", rf"""
    ^ \W* (?:the\s+)?(?:article|story|content|text|report) \s+ continues \s+ (?:below|after|under) \b .{{0,40}} $
    | ^ \W* (?:the\s+)?(?:article|story) \s+ continues \W* $
    | ^ \W* continued \W* $   # a page break's label between two pages of the text (WebMD)
    | ^ \W* continue\s+reading\s+(?:below|after\s+(?:the\s+)?(?:ad|advertisement)) \W* $
    | ^ \W* advertisement \s* [-–—|:] \s* (?:continue\s+reading|scroll\s+to\s+continue|story\s+continues)(?:\s+below)? \W* $  # "Advertisement - Continue Reading Below"
    | ^ \W* (?:статья|материал|текст)\s+продолжается .{{0,40}} $
    # ...in other languages, a word of going on and one of the ad, on a short line of their own: "La suite après cette
    # publicité", "Weiterlesen nach der Anzeige", "Artikkel jätkub pärast reklaami", "Článek pokračuje pod reklamou",
    # "Continua após a publicidade", "Publicidad - sigue leyendo debajo"; or the ad's word first and the text's going
    # on last: "Artikel wird nach der Anzeige fortgesetzt", "A cikk a hirdetés után folytatódik"
    | ^ \W* (?:\S+\s+){{0,3}} {_GOES_ON} (?:\s+\S+){{0,4}}? \s+ {_AD_WORD} (?:\s+\S+){{0,2}} \W* $
    | ^ \W* {_AD_WORD} \s* [-–—|:] \s* (?:\S+\s+){{0,2}} {_GOES_ON} (?:\s+\S+){{0,3}} \W* $
    | ^ \W* (?:\S+\s+){{0,4}} {_AD_WORD} (?:\s+\S+){{0,2}} \s+ (?:fortgesetzt|folytatódik|jatkuu|continua|continúa) \W* $
    # ...or under a video set into it: "Dalszy ciąg materiału pod wideo", "Weiterlesen nach dem Video"
    | ^ \W* (?:\S+\s+){{0,3}} {_GOES_ON} (?:\s+\S+){{0,3}}? \s+ (?:wideo|video|vidéo|vídeo|видео|відео|videem) \W* $
""", max_words=10)
# An ad slot's bare label ("Anzeige", "Advertisement", "Publicité"), over what the ad shows when it shows text.
AD_LABEL = re.compile(rf"^\W*(?:advertisements?|advertising|{_AD_WORD})\W*$", re.IGNORECASE | re.VERBOSE)

# The two ends of a promotion set into the text that the page lets a reader skip (BBC): "Skip
# Podcast and continue reading" / the promotion / "End of Podcast" ("Пропустить Подкаст и
# продолжить чтение" / ... / "Конец истории Подкаст"); `boilerplate.py` gives the lines between
# the two ends the same cue.
SKIPPABLE_PROMO = _cue("skippable-promo", "advertising", r"""
    ^ \W* (?:skip|пропустить|пропустити|saltar|passer) \s+ .{1,40}? \s+ (?:and\s+continue\s+reading|и\s+продолжить\s+чтение
        |і\s+продовжити\s+читання|y\s+continuar\s+leyendo|e\s+continuar\s+lendo) \W* $
    | ^ \W* (?:end\s+of\s+(?:\w+\s+)?(?:post|podcast|video|content)|(?:конец|кінець)\s+(?:истории|історії)\s+\S+(?:\s+\S+)?
        |(?:конец|кінець)\s+(?:публикации|подкаста|допису|подкасту)) \W* $
""", max_words=10)

# A press release's end mark on a line of its own: "###", "-30-", "ENDS"; what follows is
# the issuer's boilerplate ("About Michigan Medicine: ..."), its media contacts and notes to editors.
END_MARK_LINE = _cue("end-mark", "end-mark", r"""
    ^ \s* (?: \#\s*\#\s*\#(?:\s*\#)* | -\s*30\s*- | [-–—]*\s*(?-i:ENDS?|End|Ends)\s*[-–—]* ) \s* $
    # a news agency's sign-off under its story, its name in capitals after dashes: "-- BERNAMA", "— AFP"
    | ^ \s* [-–—]{1,2} \s* (?-i:[A-Z][A-Z.]{2,11}) \s* $
""", max_words=2)

# A broadcaster's note under the text on the programme that aired the story: "Dieses Thema im Programm: NDR 1
# Niedersachsen | ...", "Über dieses Thema berichtete MDR AKTUELL am 08. Dezember 2026 um 12:00 Uhr." (not a programme
# named inside the text: "Sendung am Fr., 18.12.2026 ...").
PROGRAMME_NOTE = _cue("programme-note", "end-mark", r"""
    ^ \W* (?: dieses \s+ thema \s+ im \s+ programm \b .* | über \s+ dieses \s+ thema \s+ (?:berichtete|berichtet|hat\s+\S+\s+berichtet) \b .* ) $
""", max_words=30)

# The notes a press release's issuer puts under it, where no end mark opens them: its contacts
# and its legal statement ("Media Contact:", "Forward-Looking Statements", "För ytterligare
# information, kontakta:"); and the issuer's "About Kestrel Foods, Inc." over the paragraph that
# describes it (`boilerplate._with_issuer_boxes`, which gives that header ISSUER_BOX).
ISSUER_NOTES = _cue("issuer-notes", "end-mark", r"""
    ^ \W* (?: forward[-\s]looking \s+ statements? | safe \s+ harbou?r \s+ statement | cautionary \s+ (?:note|statement)s? (?:\s+regarding\s+forward[-\s]looking\s+statements)?
    | (?:media|press|investor|news) \s+ (?:contacts?|inquiries|enquiries) | pressekontakt | contacts? \s+ (?:presse|médias?|de\s+prensa|stampa)
    | for \s+ (?:further|more|additional) \s+ information ,? \s* (?:please \s+)? contact | för \s+ ytterligare \s+ information ,? \s* kontakta
    | für \s+ weitere \s+ informationen | pour \s+ plus \s+ d['’]informations ,? \s* contactez ) \W* $
""", max_words=8)
ISSUER_BOX = Cue("issuer-box", "end-mark", re.compile(r"""
    ^ \W* (?: about | om | über | à \s+ propos \s+ de | acerca \s+ de | sobre | informazioni \s+ su | over ) \s+
    (?P<name> (?-i:[A-ZÀ-Þ0-9]) [\w&'’.\-]* (?: \s+ [\w&'’.\-]+ ){0,4}? ) ,? (?: \s+ (?:inc|ltd|llc|plc|ab|ag|gmbh|s\.?a|corp|co|nv|se|asa|oyj)\.? )? \W* $
""", FLAGS), max_words=8)
# ...and the same note run into its paragraph, which opens with the issuer's name or its acronym: "About the National
# Institutes of Health (NIH): NIH, the nation's medical research agency, ...", "About Kestrel Foods: Kestrel Foods makes ..."
# (`boilerplate._with_issuer_boxes` checks the name; "About the study: The researchers ..." names no issuer).
ISSUER_PARAGRAPH = Cue("issuer-paragraph", "end-mark", re.compile(r"""
    ^ \W* (?: about | über | à \s+ propos \s+ de | acerca \s+ de ) \s+ (?:the \s+)?
    (?P<name> (?-i:[A-ZÀ-Þ]) [\w&'’.\-]* (?: \s+ [\w&'’.\-]+ ){0,8}? ) ,? (?: \s* \( (?P<short> (?-i:[A-Z]) [\w&.\-]{1,11} ) \) )? \s* : \s+
    (?P<first> \S+ )
""", FLAGS), max_words=250)

# Donation and membership appeals. Anchored on first/second person ("support us", "your
# support", "we need your help"): a news sentence about a campaign asking supporters to donate
# says "his", "their", not "us"/"our journalism".
DONATION_APPEAL = _cue("donation-appeal", "donation-appeal", r"""
    # Slavic sites' asks, to subscribe or give: "Ak chcete, aby sme mohli pokračovať, podporte nás predplatným.", "Wesprzyj nas"
    \b(?:podporte|podpořte|wesprzyj(?:cie)?|podprite|podržite|подржите|подкрепете)\s+(?:nás|nas|нас)\b |
    ^ \W* (?:predplatiť|předplatit|zaprenumeruj|naročite\s+se|pretplatite\s+se|претплатите\s+се) \W* $ |
    # a French charity's: its button "Je donne", the tax note under it ("Votre don est déductible à 66 % de votre impôt sur le
    # revenu.") and what a sum pays for ("Avec 40 €, vous permettez à une clinique mobile de ...")
    ^ \W* je \s+ (?:donne|fais \s+ un \s+ don|soutiens) \W* $ | \bvotre \s+ don \s+ (?:est \s+)? (?:déductible|défiscalisable) \b |
    ^ \W* (?:avec|pour) \s+ \d{1,4} \s* € \s* , \s+ (?:vous \s+ (?:permettez|offrez|financez|aidez)|nous \s+ pouvons) \b |
    # An appeal's phrase ends its clause or goes on as an appeal ("support us today", "support our
    # journalism with ..."); news goes on otherwise ("to support us all in an ageing society",
    # "to support our work on climate change", "hopes to become a member of the WTO", BBC).
    \b(?:please\s+)?support\s+(?:(?-i:us)|our\s+(?:work|journalism|reporting|newsroom|mission))\b (?=\s*(?:$|[.!,:;)–—-]
        |(?:with|by|today|now|and|in\s+(?:our|this)|to\s+(?:keep|continue|do|make|bring|help))\b))
    | \bsupport\s+(?:the\s+\w+(?:\s+\w+)?\s*!|independent\s+journalism|quality\s+journalism)
    | ^ \W* support \s+ (?:independent|local|independent \s+ local|community) \s+ (?:news|journalism|reporting) \W* $   # a box's header
    | \bfunded \s+ by \s+ (?:more \s+ than \s+ |over \s+ )? [\d,.]+ \s+ (?:members|readers|supporters)\b
    | \b(?:we|they)\s+need\s+your\s+(?:\w+\s+)?(?:help|support)\b | (?<!\bof\s)\byour\s+(?:support|contribution|donation)s?\b  # (not a share
    # of the money given: "so that 100% of your donations go to the school")
    # the Guardian's: "... we have a small favour to ask.", "Support The Guardian from as little as £1 – and it only takes a minute."
    | \bwe\s+have\s+a\s+small\s+favou?r\s+to\s+ask\b | \bit\s+only\s+takes\s+a\s+minute\b
    | ^ \W* support \s+ the \s+ (?-i:[A-Z])[\w'’]* (?:\s+(?-i:[A-Z])[\w'’]*){0,3} (?: \s+ from \s+ as \s+ little \s+ as \b .* | \W* $ )
    | \bdonat(?:e|ion)\s+(?:now|today|to\s+(?-i:us))\b
    | (?: ^ \W* | \b(?:please|can\s+you|you\s+can|why\s+not)\s+ ) make\s+a\s+(?:\w+\s+)?(?:donation|contribution)\b
    | [.!?]\s+make\s+a\s+(?:\w+\s+)?(?:donation|contribution)\W*$   # the box's last words: "... in this moment. Make a contribution."
    | \bmake\s+a\s+(?:\w+\s+)?(?:donation|contribution)\s+(?:today|now|to\s+(?-i:us)|to\s+our\s+(?:work|journalism|newsroom|reporting|mission))\b
    | (?: ^ \W* | \b(?:please|can\s+you|you\s+can|why\s+not)\s+ ) become\s+a\s+(?:member|patron|supporter|subscriber)\b
    | \bbecome\s+a\s+(?:\w+\s+)?(?:member|patron|supporter|subscriber)\s+(?:today|now|and|to\s+(?:get|enjoy|support|help|read))\b
    | \bjoin\s+our\s+community\b
    # a publisher's appeal by its name: "Support PREMIUM TIMES' journalism of integrity and credibility", "If you value our
    # work, please consider supporting us with a modest donation."
    | ^ \W* support \s+ (?:the\s+)? (?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}) ['’]s? \s+ (?:independent\s+|quality\s+)?journalism\b
    | \bplease\s+consider\s+supporting\s+(?:(?-i:us)|our)\b | \bif\s+you\s+value\s+(?:our|this)\s+(?:work|journalism|reporting)\b
    # an editor's letter under the text (JPI Media): "While I have your attention, I also have an important request",
    # "Quality journalism costs money to produce, ... more reliant than ever on you", "Thank you, The Editor"
    | \bwhile\s+i\s+have\s+your\s+attention\b | \bquality\s+journalism\s+costs\s+money\b | \breliant\s+than\s+ever\s+on\s+(?:you|readers)\b
    | ^ \W* thank \s+ you \s* , \s* (?:the\s+)? editor \W* $
    # a metered appeal: "You're a dedicated reader, and we're really pleased that you've read 6 ... articles in the past
    # year", "... to provide discerning readers like you with must-read coverage"
    | \byou(?:['’]ve|\s+have)\s+read\s+\d+\s+(?:[\w'’-]+\s+){0,5}(?:articles|stories)\b | \breaders\s+like\s+you\b
    | \bby\s+supporting\s+(?:(?-i:us)|our|independent|this\s+(?:site|website|newsroom)|[^.!?,]{1,50},\s+you\b) | ^\s*dear\s+readers?\b | ^\s*a\s+message\s+from\s+(?:the|our|your)\b
    # ...in Italian, French and Spanish: "Gentile lettore, la pubblicità che vedi ..."
    | ^\s*(?:gentile\s+lett(?:ore|rice)|cari\s+lettori|cher\s+lecteur|chère\s+lectrice|chers\s+lecteurs|querid[oa]s?\s+lector(?:es|as?)?)\b
    | поддержите\s+(?:нас|редакцию|проект) | підтримайте\s+(?:нас|редакцію|проєкт)
    | (?:оформите|сделайте)\s+(?:\w+\s+){0,2}(?:пожертвовани|донат) | помогите\s+нам\b
    | unterstützen\s+sie\s+(?:uns|unsere|(?:unabhängigen|freien|kritischen|gemeinnützigen)\s+journalismus)
    | \bfinanziert\s+sich\s+(?:\w+\s+){0,3}(?:durch|über|aus)\s+(?:\w+\s+){0,2}(?:spenden|(?:seine|ihre|unsere)\s+(?:leser|nutzer|abonnenten))\b
    # ("KOMPASS ist gemeinnützig und finanziert sich vor allem durch Spenden.", "Der Freie Blick finanziert sich ausschließlich durch seine Leser")
    | \b(?:is|are)\s+(?:funded|financed)\s+(?:entirely|solely|only|wholly)\s+by\s+(?:its|our)\s+(?:readers|members|subscribers)\b
    # ...in Czech and Slovak: "Existujeme díky předplatitelům.", "Fungujeme vďaka čitateľom"
    | \b(?:existujeme|fungujeme)\s+(?:jen\s+|len\s+|iba\s+)?(?:díky|vďaka)\s+(?:(?:našim|vám|svým)\s+)?(?:předplatitelům|čtenářům|předplatitelkám|predplatiteľom|čitateľom|vám)\b
    | soutenez\s+(?:le\s+)?journalisme\s+indépendant | apoya\s+(?:el\s+)?periodismo\s+independiente | unterstütze\s+(?:uns|unsere?n?)\b | ^ \W* unterstütze \s+ [\w.-]+ \s* ! \W* $   # ("Unterstütze watson!")
    | \bdamit\s+wir\s+(?:auch\s+)?weiterhin\s+(?:\w+\s+){0,4}journalismus\b | ^ \W* jetzt \s+ unterstützen (?:\W*|(?-i:[A-Z]\w*)) $
    | apoie\s+(?:o|a|nosso|nossa) | faites\s+un\s+don | ^ \W* faire \s+ un \s+ don\b | helloasso | \bsoutenez\s+un\s+média\b
    # ("Soutenez un média étudiant indépendant" / ... / "Faire un don sur HelloAsso")
    | soutenez[-\s](?:nous|notre) | haz\s+una\s+donación | apoya\s+(?:a|nuestro)
    | patreon | ko-fi | buy\s+me\s+a\s+coffee | \bcontribute\s+(?:now|today)
    # the box's lesser asks: "Can't afford to donate? ...", "Contribute as little as $2 to ..."; a giving that
    # ends there or gives money ("Can't afford to give right now?"), not a bowler's "afford to give the ball some air"
    | \bafford\s+to\s+(?:donate|contribute|give(?=\s*(?:$|[?.!,;:]|(?:anything|something|money|monthly|now|today|right\s+now)\b|[$€£])))\b | \b(?:contribute|donate|give)\s+as\s+little\s+as\b
    | \bas\s+little\s+as\s+\W?\d+\s+a\s+month\b.{0,60}\b(?:support|help)\b | \bsupport\s+our\s+(?:\w+\s+){1,2}journalism\b
    # "Please consider making a contribution to Vox today", its buttons and payment line, a membership's price
    | \bconsider \s+ (?:making|giving) \s+ (?:a\s+)? (?:\w+\s+)? (?:contribution|donation|gift)\b | ^ \W* yes \s* , \s* i['’]ll \s+ give\b
    | \bwe \s+ accept \s+ credit \s+ cards? \b .{0,40} \b(?:pay|paypal)\b | \bbecome \s+ a \s+ (?:\w+\s+)? member \s+ for \s+ [$£€]
    | ^ \W* (?:[\w'’]+\s+){0,2} membership \W* $
    # a public broadcaster's or a member-funded site's ask: "WRNX is listener-supported public radio. Your gift makes ..."
    # ...or a charity's, its header alone ("The Walrus is a registered charity.")
    | ^ \W* (?:the\s+)? (?-i:[A-Z])[\w'’&.-]* (?:\s+(?-i:[A-Z])[\w'’&.-]*){0,3} \s+ is \s+ a \s+ registered \s+ (?:charity|non-?profit) \W* $
    | ^ \W* (?:\w+\s+){1,4}is\s+(?:a\s+)?(?:listener|viewer|reader|member|donor)[-\s](?:supported|funded|powered)\b | \byour\s+gift\s+(?:makes|helps|keeps|supports|today)\b
""", scope="whole")

# Newsletter and sign-up prompts.
NEWSLETTER = _cue("newsletter", "newsletter", r"""
    \b(?:sign\s+up|subscribe|register)\s+(?:for|to)\s+(?:our|the|(?-i:[A-Z][\w.&-]*)['’]s?)\s.{0,40}\b(?:newsletter|briefing|email|digest|updates)
    # a newsletter's promotion by its name: "Get Data Sheet, Fortune's technology newsletter.", "Catch up with Data Sheet,
    # Fortune's daily digest on the business of tech.", "Newsletter Les Echos Industrie", "A morning briefing on what you need to know ..."
    | ^ \W* (?:get|catch\s+up\s+with|sign\s+up\s+for|subscribe\s+to) \s+ [^.!?,]{1,40} , \s+ (?:our|[\w.&'’-]+['’]s?) \s+ [^.!?]{0,30}?
      \b(?:newsletter|daily\s+digest|briefing)\b [^.!?]{0,50} [.!]? \s* $
    | ^ \W* newsletters? \s+ (?-i:[A-Z])[^.!?:]{1,50} $
    # the footer of a newsletter's e-mail: "You are receiving this email because you signed up for Evening Tide ...",
    # "Sie erhalten diesen Newsletter, weil ...", "Vous recevez cet e-mail car ...", "Recibes este correo porque ..."
    | ^ \W* (?:you(?:['’]re|\s+are)\s+receiving\s+this\b | you\s+received\s+this\s+(?:e-?mail|newsletter)\b
        | sie\s+erhalten\s+diese[nr]?\s+(?:e-?mail|newsletter)\b | vous\s+recevez\s+(?:cet|ce)\s+(?:e-?mail|courriel|newsletter)\b
        | recibes\s+este\s+(?:correo|e-?mail|boletín)\b | ricevi\s+questa\s+(?:e-?mail|newsletter)\b
        | você\s+está\s+recebendo\s+este\b | u\s+ontvangt\s+deze\s+(?:e-?mail|nieuwsbrief)\b | du\s+får\s+det\s+här\b )
    # ...in the Nordic languages and Dutch: "Missa inga nyheter från Uppsala" / "Få Aftonbladets lokala nyhetsbrev varje morgon."
    | ^ \W* (?:få|get|receive|ontvang|tilaa) \s+ [^.!?]{0,40}? \b(?:nyhetsbrev|nyhedsbrev|uutiskirje\w*|nieuwsbrief)\b
    # ...and the day's news by e-mail, in Lithuanian and other languages: "Gaukite svarbiausias dienos naujienas el. paštu"
    | ^ \W* gaukite \s+ [^!?]{0,60}? \bel\.\s*paštu\b | \bnaujienlaiš\w*
    | ^ \W* missa \s+ inga \s+ nyheter \b
    | \bв\s+вашем\s+почтовом\s+ящике\b | \bу\s+вашій\s+поштовій\s+скриньці\b   # ("Главные материалы Радио Свобода – каждый день в вашем почтовом ящике.")
    | ^ \W* an? \s+ (?:morning|daily|evening|weekly) \s+ (?:briefing|newsletter|digest) \s+ on \s+ what \s+ you \s+ need \s+ to \s+ know \b
    | \b(?:our|the|free|daily|weekly)\s+(?:\w+\s+){0,2}newsletters?\b.{0,80}\b(?:inbox|mailbox|delivered|every|receive|sign)
    | ^\W*(?:[\w'’&-]+\s+){0,3}newsletters?\W*$ | get\s+(?:our|the)\s+(?:[\w.'’-]+\s+){0,4}newsletter
    # a sign-up box set into the text: "Sign up to First Edition" / "Free daily newsletter" / its
    # description / the privacy line under the form / "after newsletter promotion" (a skip link)
    | ^ \W* sign \s+ up \s+ (?:to|for) \s+ (?!vote\b) [^.!?]{1,50} $
    | ^ \W* (?:(?:free|daily|weekly|monthly|fortnightly)\s+){1,2} (?:e-?mail\s+)? newsletters? \W* $
    | \bnewsletter\s+promotion\b | \brecaptcha\b
    | ^ \W* (?:your\s+)? e-?mail \s+ address \W* $ | ^ \W* follow \s+ (?:us|[\w.]+(?:\s+[\w.]+)?) \s+ on \W* $
    | ^ \W* get \s+ the \s+ latest \s+ (?:\w+\s+){0,3}(?:news|updates|headlines) \s+ on \s+ (?-i:[A-Z])
    | \bsubscribers?\s+agree\b | enter\s+(?:your?\s+)?e-?mail | your\s+e-?mail\s+address
    # following the site on a social network for its updates, and e-mail alerts
    | \bfollow\s+us\s+on\s+(?:facebook|twitter|instagram|linkedin|x)\b.{0,80}\b(?:updates|news\s*feed|timeline)\b
    | ^\W*please\s+follow\s+(?:\w+\s+){1,4}on\s+(?:facebook|twitter|instagram|linkedin)\b
    | ^ \W* like \s+ \S.{0,40}? \s+ on \s+ facebook \W* $ | ^ \W* follow \s+ us \s+ (?:on\s+\w+\s+)?for \s+ (?:the\s+)?(?:latest|best|all)\b
    | \b(?:set\s+up|customi[sz]ed)\s+(?:\w+\s+){0,2}e-?mail\s+alerts\b
    | by\s+(?:signing\s+up|subscribing|clicking)\b | (?:thanks|thank\s+you)\s+for\s+(?:signing\s+up|subscribing)
    | (?:delivered\s+(?:straight\s+|right\s+)?|^\W*get\s.{0,60}(?:straight|sent)\s+)to\s+your\s+inbox | in\s+your\s+inbox | \bdeliver\w*\s+(?:[\w'’-]+\s+){0,2}(?:news|stories|headlines|updates|briefings?|newsletters?|digests?)\s+(?:straight\s+)?to\s+your\s+inbox\b | direct(?:ly)?\s+to\s+your\s+inbox | unsubscribe\s+at\s+any\s+time
    | ^ \W* we \s+ have \s+ more \s+ newsletters \b
    | ^ \W* for \s+ (?:the \s+)? (?:latest|more) \s+ .{3,60}? , \s* subscribe \s+ to \s+ (?:the|our) \b .{3,80} \b (?:podcast|newsletter) \W* $   # "For the latest true crime
    # and justice news, subscribe to the ‘Crime Stories with Nancy Grace’ podcast."
    | ^ \W* find \s+ out \s+ what['’]s \s+ happening \s+ in \b .{0,60} \b real-time \s+ updates \s+ from \b   # Patch's: "Find out what's happening
    # in Montclairwith free, real-time updates from Patch."
    # ...in other languages: "täglich in Ihrem Postfach", "dans votre boîte mail", "en tu bandeja de entrada", "nella tua casella"
    | \bin\s+(?:ihr(?:em)?|dein(?:em)?)\s+(?:e-?mail-)?postfach\b | \bdans\s+votre\s+bo[îi]te\s+(?:mail|e-?mail|aux\s+lettres|de\s+réception)\b
    | \ben\s+tu\s+(?:bandeja\s+de\s+entrada|correo(?:\s+electrónico)?|e-?mail)\b | \bna\s+sua\s+caixa\s+de\s+(?:entrada|e-?mail|correio)\b
    | \bnella\s+tua\s+(?:casella|inbox|e-?mail)\b | \bin\s+je\s+(?:inbox|mailbox)\b
    | ^ \W* schrijf \s+ (?:je|u) \s+ (?:nu\s+)?in \s+ (?:voor|op) \s+ (?:de|onze|het) \s+ [\w-]*nieuwsbrie[fv]
    # a sign-up box's prompt: "Get the biggest daily stories by email", "Sign up for FREE now and never miss the top stories"
    | ^ \W* get \s+ (?:the|our) \s+ (?:\w+\s+){0,3}(?:stories|news|headlines|updates) \s+ (?:by|via) \s+ e-?mail \W* $
    | ^ \W* sign \s+ up \s+ (?:for\s+free|free|now|today) \b .{0,60}\b never \s+ miss \b
    | ^ \W* get \s+ .{3,60}? \s+ (?:by|via) \s+ e-?mail \s+ and \s+ never \s+ miss \b   # "Get The Times of Israel's Daily Edition by email and never miss ..."
    # a local-news widget: "Get the latest news from your area" / "Enter your postcode to see the latest news ..."
    | ^ \W* get \s+ (?:the\s+)? (?:daily|weekly|breaking) \s+ (?:[\w'’-]+\s+){0,2}news \W* $
    | ^ \W* get \s+ the \s+ latest \s+ (?:\w+\s+){0,2}news \s+ (?:from|for|in) \s+ your \s+ (?:area|town|city|neighbou?rhood) \W* $
    | ^ \W* enter \s+ your \s+ (?:post\s*code|zip(?:\s*code)?) \b
    # a sign-up form's messages: "This field is required", "Please enter a valid email address"
    | ^ \W* (?:this\s+field\s+is\s+required|required\s+field|please\s+enter\s+a\s+valid\s+e-?mail(?:\s+address)?|invalid\s+e-?mail(?:\s+address)?) \W* $
    # other languages: "Gostaria de receber as principais notícias ...?", "newsletters exclusivas"
    | \b(?:receber|recibir|recevoir|ricevere)\s+(?:\w+\s+){0,3}(?:notícias|noticias|newsletters?|actualités)\b
    | \bnewsletters?\s+exclusiv
    | \bmeet\s+your\s+inbox\b | \bdelivered\s+(?:every\s+|each\s+)?(?:weekday|daily)\s+(?:mornings?|evenings?)\b
    | подпишитесь\s+на\s+(?:нашу\s+)?рассылку | підпишіться\s+на\s+(?:нашу\s+)?розсилку
    | newsletter\s+abonnieren | assine\s+(?:a|nossa)\s+newsletter | inscrivez-vous | εγγραφείτε\s+στο\s+newsletter
    | suscríbete\s+a
    # a newsroom's pitch for its stories by e-mail: "Sign up to receive our biggest stories as soon as they're published."
    | \bas\s+soon\s+as\s+they(?:['’]re|\s+are)\s+published\b | \ben\s+cuanto\s+se\s+publiquen\b
    | \b(?:suscr[ií]bete|suscríbase|regístrate|inscríbete)\s+para\s+recibir\b
    # Hebrew, Arabic and Persian: "newsletter", "to register", "by registering I accept the terms of use",
    # "subscribe to the newsletter", "the newsletter", "sign up for the newsletter"
    | ניוזלטר | ^ \W* להרשמה \W* $ | בהרשמה\s+אני\s+מאשר | ^ \W* הירשמו \b | النشرة\s+(?:البريدية|الإخبارية) | اشترك\s+(?:في|ب)\s*النشرة
    | ^ \W* (?:اشترك|سجل)(?:\s+الآن)? \W* $ | بالتسجيل\s+(?:أنت\s+)?(?:توافق|أوافق) | خبرنامه | ^ \W* عضویت \W* $
""", max_words=45)

# Cookie, privacy and consent notices. Whole-line only when the line is about *this site's*
# cookies ("we use cookies", "cookie policy"); a bare "cookie" once deleted real article text.
COOKIE_NOTICE = _cue("cookie-notice", "cookie-notice", r"""
    \b(?:we|this\s+(?:site|website))\s+(?:also\s+)?(?:uses?|sets?|would\s+like\s+to\s+set)\s+(?:\w+\s+){0,2}cookies\b
    | \bwe['’]d\s+like\s+to\s+set\s+(?:\w+\s+){0,2}cookies\b
    | ^ \W* (?:accept|reject|refuse|view|manage|change)\s+(?:\w+\s+){0,2}cookies \W* $ | ^ \W* cookies \s+ on \s+ \S+ \W* $ | \bcookie\s+(?:policy|settings|preferences|notice|consent)\b
    | \bprivacy\s+(?:and\s+cookie\s+)?(?:policy|policies|notice|settings|statement|center|centre)\b
    | \bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b | \bdo\s+not\s+sell\s+my\b
    | \bmanage\s+(?:your\s+)?(?:cookies|preferences|consent)\b | \byour\s+privacy\s+choices\b
    | \bby\s+(?:continuing|using)\s+(?:to\s+(?:use|browse)\s+)?(?:this|our)\s+(?:site|website)\b
    | используем\s+(?:файлы\s+)?cookie | политик\w+\s+конфиденциальности | використовуємо\s+cookie
    | datenschutz | verwendet\s+cookies | política\s+de\s+privacidade | política\s+de\s+privacidad
    | politique\s+de\s+confidentialité | utilise\s+des\s+cookies | usa(?:mos)?\s+cookies
    | utiliza(?:mos)?\s+cookies | utilizza(?:mo)?\s+(?:i\s+)?cookie | informativa\s+(?:sulla\s+)?privacy
    | (?:gebruikt|gebruiken)\s+cookies | privacybeleid | (?:używa|używamy|wykorzystuje)\s+(?:plików\s+)?cookie
    | polityk\w+\s+prywatności | çerez(?:ler)?\s+(?:politikası|kullan\w*) | gizlilik\s+politikası
""", max_words=20)
# A consent banner's whole paragraph, which runs longer than COOKIE_NOTICE's lines: "We and our
# partners use technology such as cookies on our site to personalise content and ads, ... change
# your consent choices at anytime by returning to this site." It opens by saying so.
COOKIE_BANNER = _cue("cookie-notice", "cookie-notice", r"""
    ^ \W* (?:we|this\s+(?:site|website)) \s+ (?:and\s+our\s+(?:\w+\s+)?partners\s+)? (?:use|uses|store|may\s+use) \b .{0,80} \bcookies\b
    # ...in other languages: "Questo sito utilizza cookie di profilazione, ...", "Ce site utilise des cookies ...",
    # "Diese Website verwendet Cookies ...", "Este sitio web utiliza cookies ...", "Deze website gebruikt cookies ..."
    | ^ \W* (?:questo\s+sito(?:\s+web)?|ce\s+site(?:\s+web)?|nous|noi|diese\s+(?:web)?seite|diese\s+website|wir|este\s+(?:sitio|site|portal)(?:\s+web)?
        |deze\s+(?:web)?site|wij|ta\s+strona(?:\s+internetowa)?) \b .{0,60}?
      \b(?:utilizza|utilizziamo|usa|usiamo|utilise|utilisons|verwendet|verwenden|nutzt|nutzen|utiliza|utilizamos|usamos|gebruikt|gebruiken|używa|wykorzystuje)
      \b .{0,40} \bcookies?\b
    # ...or that opens with the verb: "Utilizamos cookies propias y de terceros para ...", "Utilizziamo cookie tecnici e ..."
    | ^ \W* (?:utilizamos|usamos|utilizziamo|usiamo|utilisons|verwenden|gebruiken|używamy|используем|utilizăm|χρησιμοποιούμε) \s+ (?:[\w-]+\s+){0,3}? cookies? \b
    # ...and its instructions, which name its button: "Puoi acconsentire ... utilizzando il pulsante “Accetta”."
    | \b(?:pulsante|bouton|botón|bot[aã]o|button|schaltfläche|knop) \s+ ["“«„]? \s* (?:accetta|accepter|tout\s+accepter|aceptar|aceitar
        |accept(?:\s+all)?|akzeptieren|alle\s+akzeptieren|accepteren|akkoord) \b
    # ...and the consent framework's wording in other languages: "Avec votre accord, nous et nos 812 partenaires utilisons des
    # cookies ...", "Avec nos partenaires, nous traitons les données suivantes :", "Données de géolocalisation précises et ..."
    | ^ \W* (?:avec\s+votre\s+accord|with\s+your\s+(?:consent|permission)|mit\s+ihrer\s+(?:zustimmung|einwilligung)|con\s+(?:tu|su)\s+consentimiento
        |con\s+il\s+(?:tuo|suo)\s+consenso|com\s+o\s+seu\s+consentimento) \b .{0,80} \bcookies?\b
    | \b(?:nous\s+et\s+nos|wir\s+und\s+unsere|nosotros\s+y\s+nuestros|noi\s+e\s+i\s+nostri|wij\s+en\s+onze) \s+ (?:\d+\s+)? (?:partenaires|partner|socios|fornitori|partners)\b
    | \b(?:nous\s+traitons|we\s+process|verarbeiten\s+wir|tratamos|trattiamo|verwerken\s+wij) \s+ (?:les\s+données\s+suivantes|the\s+following\s+data
        |folgende\s+daten|los\s+siguientes\s+datos|i\s+seguenti\s+dati|de\s+volgende\s+gegevens)\b
    | \b(?:données\s+de\s+géolocalisation\s+précises|precise\s+geolocation\s+data|genaue\s+standortdaten|datos\s+de\s+geolocalización\s+precisa
        |dati\s+di\s+geolocalizzazione\s+precisi)\b
""", max_words=200)  # (the IAB framework's banner runs to 155 words: "We and our 812 partners store and/or access ...")

# Copyright, reprint and rights lines.
COPYRIGHT = _cue("copyright", "copyright", r"""
    # A photo's credit, "© Jane Doe/Instagram" (a name and where the picture is from, no year),
    # is an image credit: IMAGE_CREDIT.
    # Nor is one after a caption's label: "... served as bridesmaidsPhoto: © Alamy", "... on March 10. (Image: ©
    # Dutch Satellite Observers Group)" (CAPTION_CREDIT).
    # Nor one after a caption's last sentence, a name without a year: "... 85.000 entrées par an. © JES" (CAPTION_CREDIT).
    # Nor one glued to a caption without its stop, a name without a year: "... el día de su bautizo© Instagram" (CAPTION_CREDIT).
    (?: (?<!photo:\s)(?<!photo:)(?<![.!?]\s\(image:\s)(?<![.!?]\s\(photo:\s) © (?! \s* [^\d\s/] [^\d/]{1,40} / [^/\d]{1,30} $ )
        (?! (?<=[^\W\d_]©) \s* [^\d\s] [^\d.!?©]{0,40} $ )
        (?! \s* [^\d\s] [^\d.!?©\[\]()]{0,40} \] \s* $ )   # (nor a name without a year closing a caption's brackets: "[foto: ... – © Forchette Vagabonde]")
        (?<! [.!?]\s© ) (?<! [.!?]["”»]\s© ) (?<! [.!?]© ) (?<! [.!?]["”»]© )
    | (?<= [.!?]\s ) © (?! \s* [^\d\s] [^\d.!?]{0,40} $ ) | (?<= [.!?]["”»]\s ) © (?! \s* [^\d\s] [^\d.!?]{0,40} $ )
    | ^ \W* \(c\) | \(c\) \s* \d{4}
    # The word starts a notice ("Copyright 2024 ...", "Copyright: X") or precedes a sign or a year;
    # inside a sentence it is news ("Honda wins China copyright ruling").
    | ^ \W* copyright \b (?! \s+ (?-i:[a-z]) ) | copyright \s* (?: \(c\) | \d{4} )
    | all\s+rights\s+reserved | alle\s+rechte\s+vorbehalten
    | все\s+права\s+защищены | всі\s+права\s+захищені | todos\s+os\s+direitos | tous\s+droits
    | todos\s+los\s+derechos
    # Reprint and republish notices, not sentences about reprinting ("The paper reprinted ...").
    | ^ \W* reprint(?:s|ed)? \b (?: \W* $ | \s* [:|] | \s+ (?:with|by|from|courtesy|under|rights|and\s+permissions|&) \b )
    | \breprints?\s+(?:and|&)\s+permissions | \bfor\s+reprints?\b | \breprint\s+rights
    | ^ \W* (?:to\s+)?republish\b | \brepublish\s+(?:this|our)\s+(?:article|story|content|work|material)
    | ^ \W* (?:republica|republique|republicar|reproduce) \s+ (?:esta|este|nuestra|nuestro) \s+ (?:historia|nota|artículo|reportaje|reportagem|matéria)\b
    | permission\s+(?:is\s+)?required
    # a wiki's footer: "Retrieved from "https://en.wikinews.org/w/index.php?title=..."", "This page was last edited on 8 May 2019",
    # "This page is archived, and is no longer publicly editable."
    | ^ \W* retrieved \s+ from \s+ ["“]? https?:// | ^ \W* this \s+ page \s+ (?:was \s+ last \s+ (?:edited|modified) | is \s+ archived \b)
    | may\s+not\s+be\s+(?:published|reproduced|broadcast|rewritten|redistributed)
    | when\s+(?:referencing|quoting|citing)\s+our\s+materials | перепечатк | передрук
    # ...in other languages: "Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto svetainėse ...",
    # "Wszelkie prawa zastrzeżone", "Všetky práva vyhradené", "Sva prava pridržana", "Всички права запазени"
    | \bdraudžiama \s+ [^.!?]{0,60}? \b(?:informacij\w+|medžiag\w+) \s+ (?:panaudoti|kopijuoti|platinti)
    | wszelkie\s+prawa\s+zastrzeżone | všetky\s+práva\s+vyhradené | všechna\s+práva\s+vyhrazena | sva\s+prava\s+(?:pridržana|zadržana)
    | всички\s+права\s+запазени | toate\s+drepturile\s+rezervate | visos\s+teisės\s+saugomos
    | visas\s+tiesības\s+aizsargātas | kõik\s+õigused\s+kaitstud
    | 转载请注明 | 未经授权(?:不得|禁止)转载 | 版权所有 | 無断転載 | 무단\s*전재
    # a network of science-news sites' notice and its citation line: "This document is subject to copyright.
    # Apart from any fair dealing ...", "Citation: <headline> (2019, March 5) retrieved 6 March 2019 from https://..."
    # a science-news site's source and citation boxes: "Story Source:", "Materials provided by ...", "Journal Reference:", "Cite This Page:"
    | ^ \W* (?:story\s+source|journal\s+references?|cite\s+this\s+(?:page|article)|materials\s+provided\s+by) \b
    # ...and a site's suggested citation of the piece: "Zitiervorschlag", "Suggested citation:", "How to cite this article"
    | ^ \W* (?:zitiervorschlag|zitierweise|suggested\s+citation|how\s+to\s+cite(?:\s+this\s+(?:article|page|piece))?|citer\s+cet\s+article
             |cómo\s+citar(?:\s+este\s+artículo)?|come\s+citare(?:\s+questo\s+articolo)?) \W* $
    # ...and a medical news site's: "Article last reviewed by Tue 7 May 2019.", "Please use one of the following formats to cite this article ..."
    | ^ \W* article \s+ last \s+ (?:reviewed|updated) \s+ (?:by|on) \b | \bplease \s+ use \s+ one \s+ of \s+ the \s+ following \s+ formats \s+ to \s+ cite\b
    # ...and a health site's sourcing policy under the text: "Editorial Sources and Fact-Checking", "... follows strict sourcing guidelines ..."
    | ^ \W* editorial \s+ sources \s+ and \s+ fact[-\s]?checking \W* $ | \bfollows \s+ strict \s+ sourcing \s+ guidelines\b
    # ...and the citation and provider lines of another such network and of medical news sites: "More information: Hannah
    # Corrigan et al. Heat impairs ... DOI: 10.1016/...", "Journal information: Current Biology", "Provided by University
    # of Exeter", "Source Reference: Pillai S, et al ...", and a release service's disclaimer ("AAAS and EurekAlert! are
    # not responsible for the accuracy of news releases ...")
    | ^ \W* (?:more\s+information|source\s+references?) \s* : (?= .{0,400} (?:\bdoi\b|\bet\s+al\b) )
    | ^ \W* (?:journal\s+information \s* : | provided\s+by\s+(?-i:[A-Z])[^.!?]{2,80}$ )
    | \bare \s+ not \s+ responsible \s+ for \s+ the \s+ accuracy \s+ of \s+ (?:news\s+releases|(?:the\s+)?information|(?:the\s+)?content)
    | \bthis\s+document\s+is\s+subject\s+to\s+copyright\b
    # a fact-checker's note on its partnership: "This article is part of our work fact checking potentially false pictures,
    # videos and stories on Facebook.", "... as part of Facebook's third-party fact-checking program."
    | \bfact[-\s]checking \s+ potentially \s+ false\b | \bthird[-\s]party \s+ fact[-\s]checking \s+ program(?:me)?\b | ^ \W* citation \s* : .{5,300} \b retrieved \s+ \d{1,2} \s+ \w+ \s+ \d{4} \s+ from \b )
""", max_words=40)

# The licence a copy runs under, notices of up to 60 words: "This article is republished from The Conversation under
# a Creative Commons license. Read the original article.", "The original content of this program is licensed under a
# Creative Commons Attribution-Noncommercial-No Derivative Works 3.0 United States License. Please attribute ..."
LICENCE_NOTE = _cue("licence-note", "copyright", r"""
    ^ \W* this \s+ (?:article|story|piece|post|work) \s+ (?:is|was) \s+ republished \s+ from \b
    | ^ \W* (?:the \s+)? (?:original \s+)? (?:content|text|article|work) \s+ (?:of \s+ this \s+ \w+ \s+)? (?:is|are) \s+ licensed \s+ under \b
""", max_words=60)

# A notice the law makes a page carry: Russia's "foreign agent" label over the pages of media it names so ("ДАННОЕ
# СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ
# ИНОСТРАННОГО АГЕНТА ...", "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ ...").
LEGAL_NOTICE = _cue("legal-notice", "legal-notice", r"""
    (?:сообщение|материал|информация) [^.]{0,80}? (?:создан|распространен|произвед[её]н|направлен)\w* [^.]{0,160}? иностранн\w* \s+ (?:агент|средств)
""", scope="whole")

# Opinion disclaimers: "The views expressed ... do not necessarily reflect ...".
# A crisis line's box under a story of violence or suicide: "If you or someone you know is experiencing domestic violence" /
# "Call the National Domestic Violence Hotline at 1-800-799-7233 ...", "In the US, the National Suicide Prevention Lifeline is 1-800-273-8255";
# the service's name with its number (not a story's "She called the hotline twice that night").
HELP_LINE = _cue("help-line", "disclaimer", r"""
    ^ \W* if \s+ you \s+ or \s+ (?:someone|a \s+ loved \s+ one) \s+ you \s+ know \s+ (?:is|are|has|have|may|might|needs?|struggles?|experiences?) \b [^.!?]{0,80} $   # (the box's heading;
    # a release's closing sentence is its text: "If you or someone you know is age 60 or older and has been a victim ..., help is standing by at ...")
    | ^ \W* (?:call|text|contact|reach) \s+ the \s+ national \s+ (?:[\w-]+ \s+){1,4} (?:hotline|lifeline|helpline) \s+ (?:at|on) \s+ [\d(]
    | ^ \W* in \s+ the \s+ (?:us|u\.s\.|uk|united\s+states|united\s+kingdom) \s* , \s* the \s+ .{3,60}? (?:hotline|lifeline|helpline) \s+ (?:is|can\s+be\s+reached) \b .{0,20} \d
    | ^ \W* in \s+ the \s+ (?:uk|united\s+kingdom) \s* (?:and\s+ireland)? \s* , \s* samaritans \s+ can \s+ be \s+ contacted \b
""", scope="whole")
OPINION_DISCLAIMER = _cue("opinion-disclaimer", "opinion-disclaimer", r"""
    # "views expressed" opens a disclaimer or names where and whose they are; in a sentence it
    # is news ("The views expressed by both backbenchers and Labour peers ...", BBC).
    ^ \W* (?:the\s+)? (?:views|opinions) \s+ expressed \s+ (?:are|do|does|remain) \b
    | \b(?:views|opinions) \s+ expressed \s+ (?: here(?:in)? \b | in \s+ (?:this|these|the|our) \s+
        (?:article|post|piece|column|blog|commentary|op-?ed|essay|letter|video|podcast|opinion)
      | on \s+ this \s+ (?:site|website|blog|page|programme|show) | by \s+ (?:the\s+)? (?:[\w-]+\s+)?
        (?:authors?|contributors?|writers?|columnists?|bloggers?|guests?|commentators?|readers?|users?) \b )
    | \bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)
    | \bhas\s+a\s+disclosure\s+policy\b   # an investment site's holdings line: "... The Motley Fool has a disclosure policy."
    | ^ \W* (?:郑重声明|鄭重聲明|免责声明|免責聲明) \s* [:：︰]   # a Chinese site's: "郑重声明：经纬财经发布此信息的目的在于 ... 与本站立场无关"
    | 不代表本(?:站|網|网|報|报|台|刊|社)(?:的)?立場 | 不代表本(?:站|网|报|台|刊|社)(?:的)?立场   # "本文觀點為作者個人意見，不代表本站立場。"
    | \bare\s+(?:solely\s+)?(?:those|the\s+views?)\s+of\s+the\s+author | мнение\s+редакции\s+может\s+не\s+совпадать
    | точка\s+зору\s+редакції | nicht\s+unbedingt\s+die\s+meinung | não\s+reflete(?:m)?\s+necessariamente
    | ne\s+reflètent?\s+pas\s+nécessairement | no\s+reflejan?\s+necesariamente
    | لا\s+تعبر\s+(?:بالضرورة\s+)?عن\s+رأي                   # Arabic: "does not (necessarily) express the opinion of"
    | не\s+отража\w*\s+(?:позици\w*|точк\w*\s+зрения|мнени\w*)\s+редакци   # "... не отражают позицию редакции"
""", scope="whole")

# A publisher's disclaimer under its text, a markets site's most often: "Disclaimer: This article is for informational purposes only
# and is not financial advice.", "Avertissement : ...", "Haftungsausschluss: ...", "Our content is not financial advice." A barrier
# like an opinion's disclaimer; kept as the publisher's notice.
DISCLAIMER = _cue("disclaimer", "disclaimer", r"""
    ^ \W* (?:disclaimer|avertissement|haftungsausschluss|risikohinweis|aviso\s+legal|aviso\s+de\s+riesgo|esclusione\s+di\s+responsabilità) \s* [:：]
    | ^ \W* (?:this|the\s+information\s+in\s+this)\s+(?:article|content|post|report) \s+ is \s+ (?:provided\s+)?
      (?:for\s+(?:general\s+)?information(?:al)?\s+purposes\s+only|not\s+(?:financial|investment)\s+advice)
    | ^ \W* (?:(?:our|this|the)\s+content\s+is\s+)?not\s+(?:financial|investment)\s+advice \W* $
    # a money site's box about itself over the article: "We think it's important you understand the strengths and limitations of the site",
    # "This info does not constitute financial advice, ...", "We often link to other websites, but we can't be responsible for their content."
    | \bunderstand \s+ the \s+ strengths \s+ and \s+ limitations \s+ of \s+ (?:the|this|our) \s+ (?:site|website)
    | \b(?:does|do|should) \s+ not \s+ constitute \s+ (?:financial|investment|legal|tax|medical|professional) \s+ advice\b
    | \bwe \s+ (?:can['’]?t|cannot|can\s+not) \s+ be \s+ responsible \s+ for \s+ (?:their|the\s+content\s+of\s+(?:external|other|third[-\s]party)) \b
    | \b(?:investigate|check) \s+ the \s+ solvency \s+ of \s+ (?:the\s+)?companies \s+ (?:mentioned|we\s+mention)\b
    | ^ \W* (?:keine\s+anlageberatung|ceci\s+n['’]est\s+pas\s+un\s+conseil\s+(?:en\s+investissement|financier)|no\s+es\s+(?:un\s+)?asesoramiento\s+financiero) \b
""", scope="whole")

# Corrections prompts ("To suggest a correction ...", "Spotted an error? ...").
CORRECTION_PROMPT = _cue("correction-prompt", "correction-prompt", r"""
    \b(?:suggest|report|submit)\s+a\s+(?:correction|typo|error|mistake) | ^ \W* (?:suggest|report|submit|request)\s+(?:correction|an?\s+error|typo) \W* $ | \bspotted\s+an?\s+(?:error|typo|mistake)
    | \bctrl\s*\+\s*enter\b | \bhighlight\s+the\s+text\b | \bcorrections?\s+(?:or\s+clarifications?\s+)?here\b
    | нашли\s+ошибку | знайшли\s+помилку | fehler\s+gefunden | encontrou\s+um\s+erro
    # ...and in German papers' feedback box: "Fehler auf tagesrundschau.de entdeckt?", "Wir freuen uns über eine Mail an fehlerhinweis@...",
    # "Inhaltliches Feedback?"
    | ^ \W* fehler \s+ (?:auf \s+ \S+ \s+ |im \s+ (?:text|artikel) \s+)? (?:entdeckt|gefunden) \s* \? | \bfreuen \s+ uns \s+ über \s+ eine \s+ (?:mail|e-mail|nachricht) \s+ an \b
    | ^ \W* inhaltliches \s+ feedback \s* \? \W* $
    # an invitation to send the newsroom news and tips: "Got a tip?", "Submit a tip", "присылайте свои новости"
    | \b(?:submit|send\s+us)\s+a\s+(?:news\s+)?tip\b | \bwe\s+pay\s+for\s+(?:your\s+)?(?:stories|videos|pictures|photos)\b
    | \bdo\s+you\s+have\s+a\s+(?:story|news\s+tip)\s+for\s+(?:us|the\b)
    | \b(?:committed\s+to\s+publishing|we\s+(?:invite|welcome))\s+(?:[\w,'’]+\s+){0,6}letters\s+to\s+the\s+editor\b | ^ \W* got\s+a\s+(?:news\s+)?tip\b
    | \bwe\s+want\s+to\s+hear\s+what\s+you\s+think\s+about\s+this\s+(?:article|story) | \bsubmit\s+a\s+letter\s+to\s+the\s+editor\b
    # a sign-up form's error message: "There was a problem. Please refresh the page and try again."
    | ^ \W* there \s+ was \s+ a \s+ problem\b .{0,20} \b refresh \s+ the \s+ page
    | ^ \W* (?:heb\s+(?:jij|je|u)|heeft\s+u|hast\s+du|haben\s+sie|have\s+you\s+got|do\s+you\s+have|have) \s+ (?:een|einen|eine|a|an) \s+
      (?:(?:news|nieuws)\s*)?(?:tip|tipp|hinweis|story\s+idea|news\s+story) \b .{0,40}? \b(?:redactie|redaktion|newsroom|us|editors?)\b
    # ...and the same with the news or the information asked for first: "Sie haben Informationen zu diesem Thema? Schreiben Sie uns",
    # "Vous avez des informations sur ce sujet ? Écrivez-nous", "Do you have information about this story? Contact us"
    | ^ \W* (?:sie\s+haben|haben\s+sie|hast\s+du|vous\s+avez|avez-vous|do\s+you\s+have|have\s+you\s+got|¿?tienes|¿?tiene\s+usted) \s+
      (?:\w+\s+){0,2}(?:informationen|hinweise|infos?|informations|information|información|datos|tips?) \b .{0,60}? [?]
      \s* (?:schreiben\s+sie\s+uns|schreib\s+uns|melden\s+sie\s+sich|écrivez-nous|contactez-nous|contact\s+us|email\s+us|write\s+to\s+us
      |escríbenos|contáctanos) \b
    # ...in Croatian, Serbian, Bosnian and Polish: "Imate li zanimljivu priču? Pišite nam na ...", "Masz temat? Napisz do nas"
    | ^ \W* imate \s+ li \s+ (?:\w+\s+)? (?:priču|vijest|vest|informaciju|dojavu) \b .{0,30}? \? \s* (?:pišite|pišete|javite|pošaljite|kontaktirajte) \b
    | ^ \W* masz \s+ (?:\w+\s+)? (?:temat|informację|newsa|sygnał) \b .{0,30}? \? \s* (?:napisz|pisz|skontaktuj|daj\s+znać) \b
    | \bsend\s+us\s+your\s+(?:news|tips|stories)\b | присылайте\s+(?:свои\s+|нам\s+)?новости | надсилайте\s+(?:свої\s+|нам\s+)?новини
    | ^ \W* 【纠错】   # Chinese sites' "report an error" link, often with the editor's name: "【纠错】 【责任编辑:...】"
    # a feedback widget under the text: "Was this helpful?" / "Yes" / "No"
    | ^ \W* (?:was\s+this\s+(?:article|page|information)?\s*helpful|did\s+you\s+find\s+this\s+(?:article|page)\s+helpful|war\s+dieser\s+artikel\s+hilfreich
             |cet\s+article\s+vous\s+a-t-il\s+été\s+utile|¿?te\s+ha\s+resultado\s+útil|esta\s+(?:matéria|notícia)\s+foi\s+útil|была\s+ли\s+статья\s+полезной
             |apakah\s+(?:ringkasan|artikel|berita)\s+ini\s+(?:membantu|bermanfaat)|bài\s+viết\s+(?:này\s+)?có\s+hữu\s+ích(?:\s+(?:với|cho)\s+bạn)?(?:\s+không)?)
             \W* (?:ya \s+ tidak | có \s+ không | yes \s+ no)? \W* $
    | ^ \W* (?:có|yes|ya) \W+ (?:không|no|tidak) \W* $   # its buttons: "👍 Có   👎 Không"
""", scope="whole")

# Comment sections: headers, counters, reply buttons and the "X says:" / timestamp lines.
COMMENTS = _cue("comments", "comments", r"""
    ^ \W* (?: (?:\d+\s+)?(?:(?:visitor|reader|user|promoted|featured|top|best)s?['’]?\s+)?comments?(?:\s*\(\d+\)|\s*\d+)?(?:\s+add\s+your\s+comment)?
    | leave\s+a\s+(?:comment|reply) | post\s+a\s+comment | add\s+(?:a|your)\s+comment
    | join\s+the\s+(?:conversation|discussion)(?:\s+on\s+this\b.*)? | reply | responses | discussion
    | view\s+comments | show\s+comments | comment\s+policy | log\s+in\s+to\s+comment
    # the form's prompt, after the section's name or alone: "Comments - Please login in order to comment."
    | (?:comments? \s* [-–—:|] \s*)? please \s+ log\s?in \s+ (?:in\s+order\s+)?to \s+ (?:comment|post\s+a\s+comment|reply) \W*
    | you\s+must\s+be\s+logged\s+in.* | комментарии | коментарі | коментари | komentari | komentarze | komentāri | komentarai | comentarii
    # ...in other languages, with their count too: "Kommentare (46)", "Reacties (37)"
    | (?:kommentare | kommentarer | kommentit | comentários? | commentaires? | comentarios | commenti | reacties
      | комментарийлер | пікірлер | izohlar | изоҳлар | şərhlər | yorumlar | σχόλια | hozzászólások | komentáře | komentáre
      | კომენტარები | մեկնաբանություններ | maoni | አስተያየቶች) (?:\s*\(\d+\)|\s*\d+)?
    # ...and the button that opens the form: "Comentar", "Kommentieren", "Laisser un commentaire".
    | répondre | responder | antworten | rispondi | beantwoorden | responda | sumagot (?: \s* [·•] \s* \d{1,5} )? | balas | trả\s+lời
    | comentar | (?:deja|dejar|escribe|escribir)\s+(?:un|tu|su)\s+comentario | kommentieren | kommentar\s+schreiben
    | commenter | laisser\s+un\s+commentaire | comente | deixe\s+(?:um|seu)\s+comentário
    | комментировать | (?:оставить|написать)\s+комментарий
    # ...a count of reactions, the link to react, the sign-in note on the form: "10 réactions", "Réagir"
    | (?:\d+\s+)?réactions? | réagir | reagieren | reaccionar
    | vous\s+devez\s+(?:vous\s+connecter|être\s+connecté).* | sie\s+müssen\s+(?:sich\s+)?angemeldet.*
    | (?:debes|debe|tienes\s+que)\s+(?:iniciar\s+sesión|estar\s+registrado|identificarte).*
    | você\s+precisa\s+(?:estar\s+logado|fazer\s+login).* ) \W* $
    | ^\W*(?:comments?\s+(?:are|have\s+been)\s+closed|be\s+the\s+first\s+to\s+comment)
    # the section's count over its comments, with a colon, as Blogger heads them: "3 comentarios:" (not a counter in the
    # header's row: "42 reacties")
    | ^ \W* \d{1,5} \s+ (?:comentarios?|commentaires?|commenti|comentários?|kommentare|reacties|kommentarer) \s* : \s* $
    # "John says:", "Ann on May 2, 2019 at 4:47 pm said:"; not a quotation's lead-in in the text
    # ("Transport Secretary Ben Sample said:"), which has no date
    # (a commenter's name or handle, of up to six words, no commas: not "A draft of the speech, seen by The Independent,
    # says:" nor "The report says:", the text's lead-ins to a quotation)
    | ^ (?!\W*(?:the|a|an|this|that|his|her|their|its|our|one|another)\s) \W* (?:[^\s,;]+\s+){0,5}[^\s,;]+ \s (?:says|writes) \s* : \s* $
    | ^ [^\d\n]{0,60} \d .{0,40} \s (?:said|wrote) \s* : \s* $
    # ...in other languages, as Blogger prints the name over the comment: "Rosa M. dijo...", "Anonyme a dit…"
    | ^ (?!\W*(?:el|la|los|las|le|les|il|lo|der|die|das|de|het|o|a|os|as)\s) \W* (?:[^\s,;]+\s+){0,4}[^\s,;]+ \s
      (?:dijo|escribió|a\s+dit|a\s+écrit|ha\s+detto|ha\s+scritto|disse|escreveu|schrieb|zei|schreef|said|wrote) \s* (?:\.\.\.|…) \s* $
    # (with its dots: "Sánchez dijo:" over a quotation is the text's lead-in)
    | ^ \W* (?:rating|votes?|likes?|points?) \s* : \s* [-+]?\d+ .{0,10} $  # "Rating: 12 Votes"
    # a comment's signature, the name and the time after "Posted by:" ("Posted by: Florida CPA, 27 Sep 2011 | 15:22")
    | ^ \W* posted \s+ by \s* : \s* .{1,60} \d{1,2}:\d{2} \W* $

    # Tumblr's notes under a post: "leftcoastsarah reblogged this from rentnotes and added:", "m-okonkwo liked this",
    # "rentnotes posted this", "Loading...Show more notes", "214 notes"
    | ^ (?-i:[a-z0-9][a-z0-9.-]{0,39}) \s+ (?: reblogged \s+ this (?: \s+ from \s+ [\w.-]{1,40} (?: \s+ and \s+ added \s* :? )? )? | liked \s+ this | posted \s+ this ) \s* $   # (handles are lower case)
    | ^ \W* (?: loading \W* )? show \s+ more \s+ notes \W* $ | ^ \W* \d[\d,.]* \s+ notes \W* $
""", max_words=12)

# The banner a cache or a web archive puts over the page it copied: Google's cache ("This is Google's
# cache of https://... It is a snapshot of the page as it appeared on ...", "Full versionText-only
# versionView source", "Tip: To quickly find your search term on this page, press Ctrl+F ..."), in
# its languages; the Wayback Machine's and archive.today's toolbars.
ARCHIVE_BANNER = _cue("archive-banner", "archive-banner", r"""
    ^ \W* (?: this \s+ is \s+ google['’]s \s+ cache \s+ of | dies \s+ ist \s+ der \s+ cache \s+ von \s+ google
             | ceci \s+ est \s+ la \s+ version \s+ en \s+ cache | (?:esta|ésta) \s+ es \s+ la \s+ versión \s+ en \s+ (?:caché|cache)
             | questa \s+ è \s+ la \s+ copia \s+ cache | este \s+ é \s+ o \s+ cache \s+ do \s+ google ) \b
    | ^ \W* (?:full \s* version|vollständige \s* version|version \s+ complète|versión \s+ completa) \W* (?:text-only \s* version|nur-text-version|version \s+ texte|versión \s+ de \s+ solo \s+ texto)
    | ^ \W* (?:tip|tipp|astuce|consejo|dica) \s* : \s* (?:to \s+ quickly \s+ find \s+ your \s+ search \s+ term|um \s+ deinen \s+ suchbegriff|pour \s+ trouver \s+ rapidement)
    | ^ \W* the \s+ wayback \s+ machine \s* - \s* https?:// | ^ \W* \d[\d,]* \s+ captures \W* $
    | ^ \W* webpage \s+ capture \W* $ | ^ \W* saved \s+ from \s* \S{0,200} $ | ^ \W* no \s+ other \s+ snapshots \s+ from \s+ this \s+ url \W* $
    | ^ \W* all \s+ snapshots \s+ from \s+ host \s+ \S+ \W* $ | ^ \W* webpage \s+ screenshot \W* $
    | ^ \W* share \s+ download \s+ \.zip \s+ report \s+ bug \s+ or \s+ abuse \W* $ | ^ \W* short \s+ link \s+ long \s+ link \W* $
""", scope="whole")
# A blog's comment count over its comments, with the post's title, in the blog's language: "3 thoughts
# on “<title>”", "One response to “<title>”", "3 réflexions sur « <title> »". Anchored at the line's
# start, cheap on the long lines it does not match.
COMMENTS_ON_TITLE = _cue("comments", "comments", r"""
    ^ \W* (?:one|un|une|uno|una|ein|eine|\d{1,5}) \s+ (?:thoughts?|responses?|comments?|replies|réflexions?|commentaires?|réponses?
        |comentarios?|respuestas?|pensamientos?|gedanken|kommentare?|antworten|commenti|risposte|comentários?|respostas?|reacties|reactie)
      \s+ (?:on|to|sur|à|a|en|sobre|zu|auf|su|em|para|op) \s* [«“"„‘'] .{1,200} $
""", max_words=35)
# A comment section's house rules: "As you comment, please be respectful of other commenters
# and other viewpoints. Our goal with article comments is ..." (a paragraph: COMMENTS is for labels).
COMMENT_POLICY = _cue("comment-policy", "comments", r"""
    \b(?:respectful|civil|courteous) \s+ (?:of|to(?:wards)?) \s+ other \s+ (?:commenters|readers|users)\b
    | \bour \s+ goal \s+ with \s+ (?:article \s+)? comments\b
    | \bour \s+ commenting \s+ (?:policy|guidelines) \b
    # "By posting, you agree to our Community Rules. Commenting is powered by ..."
    | ^ \W* by \s+ (?:posting|commenting|submitting \s+ (?:a|your) \s+ comment) \s* , \s* you \s+ agree \b | ^ \W* join \s+ the \s+ conversation \s* [.:!] \s+ (?-i:[A-Z])  # "Join the conversation. Our commenting policy: ..."
    # the section's rules over it, the comments their authors': "Los comentarios publicados son de exclusiva responsabilidad de sus autores ...",
    # "Les commentaires publiés sont sous la responsabilité de leurs auteurs"
    | ^ \W* (?:los \s+ comentarios|les \s+ commentaires|i \s+ commenti|os \s+ comentários) \s+ (?:publicados|publiés|pubblicati)? \s*
      (?:son|sont|sono|são) \s+ (?:de \s+ )?(?:(?:exclusiva|sous \s+ la|di \s+ esclusiva) \s+)? responsabili[dt]
    # readers' comments are their own: "Os comentários não representam a opinião do jornal", "Comments do not reflect ..."
    | \b(?:comments?|comentários|comentarios|kommentare|commentaires) \b .{0,30} \b(?:não\s+representam|no\s+representan|do\s+not\s+(?:represent|reflect)
      |ne\s+reflètent|geben\s+nicht)
    | \bcomments? \s+ (?:section|policy|guidelines)\b .{0,80} \b(?:civil|respectful|moderat)
    # "El contenido de los comentarios es la opinión de los usuarios", "Die Kommentare geben die
    # Meinung der Nutzer wieder", "The comments are the opinion of their authors".
    | \b(?:comments|comentarios|comentários|commentaires|kommentare) \b .{0,40}
      \b(?:opinion|opini[oó]n|opinião|meinung) \s+ (?:of|de|des|der|dos|das) \s+ (?:los\s+|las\s+|the\s+|their\s+|ses\s+|seus\s+)?
      (?:users|usuarios|utilisateurs|nutzer|usuários|readers|lectores|lecteurs|leser|leitores|authors|autores|auteurs|internautas)
""", max_words=80)

# Paywall and sign-in gates.
PAYWALL = _cue("paywall", "paywall", r"""
    \b(?:subscribe|subscription)\s+(?:to\s+(?:continue|read)|now\s+(?:for|to))\b
    | \balready\s+(?:a\s+)?(?:subscriber|member)\b | \bto\s+continue\s+reading\b
    | \b(?:you(?:'ve|\s+have)\s+)?(?:reached|used)\s+your\s+(?:free\s+)?(?:article\s+)?limit
    # the gift of an article to non-subscribers: "Assinantes podem liberar 5 acessos por dia para conteúdos da Folha",
    # "Subscribers can gift 10 articles each month"
    | ^ \W* (?:subscribers|assinantes|suscriptores|abonnés|abonnenten|abbonati) \s+ (?:can|podem|pueden|peuvent|können|possono) \s+
      (?:gift|share|unlock|liberar|compartilhar|presentear|regalar|compartir|offrir|partager|verschenken|regalare) \b
    | \bfree\s+(?:articles?|stories|highlights?|reads)\s+(?:left|remaining)\b
    | \bper\s+(?:month|week)\b.*\bcancel\b | \bsubscribe\s+for\b(?!\s+free\b)
    # members only, in Japanese: "［有料会員限定］この記事は会員限定です"
    | 会員限定 | 有料会員
    # the gate's own label: "To Read the Full Story", "This article is for subscribers only"
    | ^ \W* (?:to\s+)? (?:read|continue\s+reading) \s+ the \s+ (?:full|whole|entire|rest\s+of\s+the) \s+ (?:story|article) \W* $
    | \b(?:this|the) \s+ (?:article|story|content) \s+ is \s+ (?:only\s+)? (?:available\s+|reserved\s+|exclusively\s+)?
      (?:only\s+)? (?:to|for) \s+ (?:paying\s+|digital\s+)? (?:subscribers|members)\b
    # in Portuguese, German and Spanish: "Continue lendo com acesso ilimitado.", "Aproveite todos os benefícios de
    # assinante", "Já é assinante?", "Die WELT als ePaper: ...", "Weiterlesen mit ...", "Sigue leyendo con ..."
    | ^ \W* continue \s+ lendo \b | \bacesso \s+ ilimitado\b | \bbenefícios \s+ de \s+ assinante\b | \bjá \s+ é \s+ assinante\b
    | \bals \s+ e-?paper \s* : | ^ \W* weiterlesen \s+ mit\b | ^ \W* sigue \s+ leyendo [^\w:]* $   # (not a link's label: "Sigue leyendo: <headline>", "Sigue leyendo:" over links)
    | ^ \W* sigue \s+ leyendo \s+ (?:con|en|gratis|sin)\b
    | \bllegaste \s+ al \s+ límite \s+ de \s+ notas\b | ^ \W* suscribite \s+ (?:a|por)\b | \bes \s+ exclusivo \s+ para \s+ suscriptores\b
""", max_words=30)
# A prompt to subscribe, which can stand in the middle of an article ("Subscribe to WIRED and stay
# smart with more of your favorite Ideas writers."): not a gate, so not a barrier as PAYWALL is.
SUBSCRIBE_PROMPT = _cue("subscribe-prompt", "paywall", r"""
    ^ \W* subscribe \s+ to \s+ \S+
    # a post's call to follow its author: "If you enjoyed this, I write about bootstrapping every week — follow me here ..."
    | ^ \W* if \s+ you \s+ (?:enjoyed|liked|found\s+value\s+in) \s+ this \b .{0,200}? \b (?:follow|subscribe|clap|sign\s+up) \b
    | ^ \W* (?:abonnez-vous|suscr[ií]bete|suscríbase|abbonati|abonnieren\s+sie) \s+ (?:à|a|al|an) \s+ \S+   # "Abonnez-vous à L'Équipe dès 1€ ..."
    | ^ \W* jetzt \s+ abonnieren \s+ und \s+ [^.!?]{3,80} \s+ profitieren \W* $   # "Jetzt abonnieren und von der Vorlesefunktion profitieren."
    # "read us without limits", in Polish, Czech and Slovak: "Czytaj Kurier Polityczny bez ograniczeń. Pakiet cyfrowy Plus za 19 zł ..."
    | ^ \W* (?:czytaj|čtěte|čítajte) \s+ [^.!?]{0,60}? (?:bez\s+ograniczeń|bez\s+omezení|bez\s+obmedzení) \b
    # a metered site's promotion in the text: "You are reading a free article." / "... unlimited access"
    | ^ \W* (?:article|contenu) \s+ réservé \s+ aux \s+ abonnés \W* $ | ^ \W* (?:for\s+)? subscribers? \s+ only \W* $
    # the paywall's box under a cut text: "Continue reading this article with a Barron's subscription." / "Get 4 weeks for $4. Cancel anytime."
    | ^ \W* continue \s+ reading \s+ (?:this \s+ (?:article|story) \s+)? with \s+ (?:a|an|your) \s+ [^.!?]{0,40}? subscription \b
    | (?: ^ \W* | [.!?] \s+ ) (?-i:Cancel) \s+ any \s*time \W* $   # (its own sentence, not "... lets users cancel any time.")
    | \bunlimited\s+(?:digital\s+)?access\b | ^ \W* you(?:['’]ve|\s+have) \s+ read \s+ \d+ \s+ (?:free\s+)? articles? \b
    | ^ \W* you \s+ are \s+ reading \s+ (?:a|your|one\s+of\s+your) \s+ (?:\w+\s+)? free \s+ articles? \b
    | \bvocê \s+ tem \s+ acesso \s+ a \s+ \d+ \s+ (?:textos|reportagens|matérias) \b | \besta \s+ é \s+ a \s+ sua \s+ \d+ª? \s+ leitura\b   # (Folha's meter)
    # a newsletter's or a blog's own prompt: "Thanks for reading The Letter! Subscribe for free to
    # receive new posts and support my work."
    | \bsubscribe \s+ for \s+ free\b
    # Malay and Tagalog: "Langgan BH Plus pada harga RM6.90 sebulan ...", "Sertai saluran WhatsApp BH ...", "... i-follow ang ... sa Facebook"
    | ^ \W* langgan \s+ \S .{0,80} \b (?:rm|harga) | ^ \W* sertai \s+ saluran \s+ (?:whatsapp|telegram) \b
    | \bi-follow \s+ ang \s+ .{2,60} \s+ sa \s+ (?:facebook|x|tiktok|youtube|instagram) \b
    # Italian: "Per leggere senza limiti tutti gli articoli di ... abbonati ora: 1€ al mese ..."
    | ^ \W* per \s+ leggere \s+ senza \s+ limiti \b | \babbonati \s+ ora \b
    # a members' offer with its button: "Lab+ members get our full FAAB bid guide every Tuesday at 6 a.m. ET. Upgrade now →"
    | \b members? \b .{0,120} \b upgrade \s+ (?:now|today) \W* $
    # an alerts button: "Get Business Alerts", "Sign up for breaking news alerts"
    | ^ \W* (?:get|sign\s+up\s+for|receive) \s+ (?:[\w-]+\s+){0,3} alerts \W* $
    # the same in other languages: the button ("Inscreva-se", "Abonnez-vous", "Подпишитесь") and
    # the offer ("Você já conhece as vantagens de ser assinante da Folha?", "sua assinatura ...")
    | ^ \W* (?:inscreva-se|assine(?:\s+(?:a|o|já)\s+\S+)?|suscr[ií]bete|abonnez-vous|(?:jetzt\s+)?abonnieren|iscriviti|abbonati
              |подпишитесь|підпишіться|zaprenumeruj) \W* $
    | \b(?:ser|seja)\s+assinante\b | \bsua\s+assinatura\b | \bhazte\s+suscriptor\b | \bdevenez\s+abonné
    # a site's call to follow its coverage, under the text: "Get the latest news, live updates and expert
    # analysis on ... Track Latest News Live on NDTV.com and get news updates from India and around the world."
    | ^ \W* get \s+ the \s+ latest \s+ news \s* , \s* live \s+ updates \b | \b track \s+ latest \s+ news \s+ live \s+ on \s+ \S+\.\w+
""", max_words=30)
# A subscription's sales pitch with its price: "Get access to ... subscriptions service ... for as
# little as Rs 599 for first year." (a paragraph, up to 80 words).
SUBSCRIPTION_PITCH = _cue("subscription-pitch", "paywall", r"""
    (?= .* \bsubscri ) .* \bfor \s+ (?:as \s+ little \s+ as | only | just) \s+ (?:[$€£₹] | rs\.? | usd | inr) \s* \d
""", max_words=80)

# Author bios: "Follow X on Twitter", "Contact the author at ...", "About the author". Only on
# short-ish lines outside the dense body, see boilerplate.py.
AUTHOR_BIO = _cue("author-bio", "author-bio", r"""
    ^\W*follow\s+(?!us\b)(?:\w+\s+){0,3}on\s+(?:twitter|facebook|instagram|x)\b
    | \b(?:contact|email|reach)\s+(?:the\s+|this\s+)?(?:author|reporter|writer|him|her)\s+(?:at|on|via)\b
    | ^ \W* write \s+ to \s+ .{1,60}? \s+ at \s+ \S+@\S+
    # the reporter's address under the text: "Kelsey Marano may be reached at kmarano@njadvancemedia.com."
    | ^ \W* (?-i:[A-Z])[\w'’.-]+ (?:\s+(?-i:[A-Z])[\w'’.-]+){0,3} \s+ (?:may|can) \s+ be \s+ reached \s+ (?:at|by|via) \s+ (?=\S*@|[\d(])
    # a nonprofit newsroom's note on itself under the text, by its address: "CalMatters.org is a nonprofit, nonpartisan media
    # venture explaining California policies and politics." (not "ProPublica is a nonprofit newsroom ...", which a text may say)
    | ^ \W* [\w-]+\.(?:org|com|net|news) \s+ is \s+ an? \s+ (?:(?:independent|nonpartisan|non-partisan|nonprofit|non-profit|member-supported
        |reader-supported) \s*,? \s+ (?:and\s+)?){1,3} (?:\w+\s+)? (?:news(?:room)?|media|journalism|newsroom|organi[sz]ation|venture)\b
    # an editorial board's note under its editorial: "The Kansas City Star Editorial Board is a group of opinion journalists ..."
    | ^ \W* (?:the\s+)? (?-i:[A-Z])[\w.'’&-]* (?:\s+(?-i:[A-Z])[\w.'’&-]*){0,5} \s+ editorial \s+ board \s+ is \s+ (?:a|an|made|composed|comprised)\b
    # ...and its call for letters: "Have something to say about this editorial? Send us a letter to the editor."
    | \bsend \s+ us \s+ a \s+ letter \s+ to \s+ the \s+ editor\b | ^ \W* share \s+ your \s+ opinion \W* $
    # ...and a form to write to the author: "FEEDBACK: Use this form to send a message to the author of this post."
    | ^ \W* (?:feedback \s* : \s*)? use \s+ this \s+ form \s+ to \s+ (?:send|write|contact|reach)\b
    # the reporter's contact under the text: "Contact Renata Olmos at rolmos@example.com or 555-0148."
    | ^ \W* (?:contact|reach|e-?mail) \s+ (?-i:[A-Z])[\w'’.-]+ (?:\s+(?-i:[A-Z])[\w'’.-]+){0,3} \s+ (?:at|via|by) \s+ (?:e-?mail\s+)?\S+@\S+
    | ^\W*(?:about\s+the\s+author|more\s+(?:articles\s+)?by\s+this\s+author|об\s+авторе|über\s+den\s+autor|sobre\s+o\s+autor
        # an author box's header alone ("L'AUTEUR"); not a label over a name ("Автор:"), nor "About the authors", a contents entry too
        |l['’]auteur|les\s+auteurs|à\s+propos\s+de\s+l['’]auteur|der\s+autor|die\s+autorin|sobre\s+el\s+autor|sull['’]autore|об\s+авторах|про\s+автора
        |over\s+de\s+(?:auteur|schrijver)|o\s+autor(?:ze|ce)|o\s+autorovi|über\s+die\s+autorin|sobre\s+la\s+autora|sobre\s+a\s+autora
        |tungkol\s+sa\s+may-akda|tentang\s+penulis|mengenai\s+penulis)\W*$
    # ...or the header glued to the bio, in Polish: "O autorce: Marta Zielińska – dziennikarka EduNews.pl, ..."
    | ^ \W* o \s+ autor(?:ze|ce) \s* : \s* \S
    # a bio that ends with the link to the author's page: "... for a decade. More about Jane Roe"
    | [.!?]\s+more\s+(?:about|from|by)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s*$
    # an author box's line of who the author is, in French and Spanish: "Journaliste au service Industrie des Echos, spécialiste de ..."
    | ^ \W* (?:journaliste|rédacteur|rédactrice|periodista|redactora?|jornalista|repórter) \s+ (?:au|à|chez|de|del|en|no|na|da|do) \s+ [^.!?]{3,120} [.!]? \s* $
    # ...and in Russian and Ukrainian, the role and the paper in one short sentence: "Специальный корреспондент «Новой газеты». Пишет о ..."
    | ^ \W* (?:(?:специальн|собственн|старш|главн|шеф|спеціальн|власн)\w*\s+)?(?:корреспондент|обозреватель|журналист|редактор|кореспондент|оглядач|журналіст)\w*
      \s+ [«"„] [^.!?«»"„“]{2,40} [»"“] \s* \. (?:\s|$)
""", max_words=45)

# An author's bio: "X is a reporter/correspondent/writer at ...", "X (@handle) is a contributor
# ...", "X currently works for TechCrunch as a writer". Up to 80 words: with a tip line ("Send tips to x@example.com or via Signal at 347-...")
# a bio runs to 50 words and more. Only lines up to BARRIER_MAX_WORDS end an article (see
# boilerplate.py); a longer one counts against the run by its length.
# The Conversation's box on its authors' interests and its funders, between the byline and the text: "Disclosure statement" /
# "Karen L. Whitaker receives funding from the U.S. Department of Agriculture." (or "Jane Doe does not work for, consult, own shares
# in or receive funding from any company ...") / "Partners" / "Purdue University provides funding as a member of The Conversation US."
# / "View all partners" (a sentence on a charity's funding names no person: "Save the Children receives funding from ...").
FUNDING_DISCLOSURE = _cue("funding-disclosure", "author-bio", r"""
    ^ \W* disclosure \s+ statement \W* $ | ^ \W* view \s+ all \s+ partners \W* $
    | \bdo(?:es)? \s+ not \s+ work \s+ for , \s+ consult , \s+ own \s+ shares \s+ in \b
    | \bprovides? \s+ funding \s+ as \s+ (?:a \s+)? (?:founding \s+)? (?:member|partner)s? \s+ of \s+ (?-i:The \s+ Conversation) \b
    | ^ (?-i: [A-Z][\w'’-]+ (?: \s+ [A-Z][\w.'’-]* ){1,3} ) \s+ (?:receives?|has \s+ received) \s+ funding \s+ from \b
""", max_words=80)

AUTHOR_ROLE = _cue("author-role", "author-bio", r"""
    ^ (?-i:[A-Z])[\w.'\-]+ (?:\s+(?-i:[A-Z])[\w.'\-]+){0,3} (?: \s*\(@\w+\) (?: \s+ [^.]{3,100}? \s+ and )? )?
      # (what comes between: "X, a former deputy governor of the Central Bank, is ...", "X (@x) taught school for 11 years and is ...")
      (?: \s* , \s+ [^,.]{3,100}? , )?
      \s+ (?:is|was|(?:currently\s+)?works\s+(?:for|at)\s+(?:\S+\s+){1,4}?as) \s+
      (?:a|an|the|(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}['’]s) \s+ (?:[\w-]+\s+){0,4}   # "... is Homestead HQ's gardening editor", "a Jakarta-based defense analyst"
      (?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|author|analyst|commentator|presenter|broadcaster
      |bureau\s+chief|(?:senior|nonresident|non-resident|visiting|research)\s+fellow|fellow\s+(?:at|with)\s+the) \b  # (not "the port authority")
    # ...or what the author writes about and for whom: "Desmond Achterberg writes about state and local government for The Post’s ..."
    | ^ [A-Z][\w.'\-]+ (?:\s+[A-Z][\w.'\-]+){0,3} (?:\s*\(@\w+\))? \s+ (?:writes|reports) \s+ (?:about|on) \s+ [^.]{3,120}? \s+ for \s+ (?:the\s+)? (?-i:[A-Z])
    # ...in other languages: "Chiara Montanari è beauty editor di Belletta.", "Jana Wilmsen ist Moderedakteurin bei ATELIER.", "Paul
    # Odenthal schreibt als freier Autor über Mode", "Léa Martin est journaliste au service Société"
    | ^ (?!(?:der|die|das|ein|eine|unser|unsere|the|our|la|le|il|el|los|las|les|lo|o|a|un|une|una)\s) [A-Z][\w.'\-]+ (?:\s+[A-Z][\w.'\-]+){1,3} \s+ (?:è|est|ist|es|é|is|schreibt\s+als|trabaja\s+como|lavora\s+come) \s+ (?:(?:una?|un|une|la|il|lo|der|die|el|o|a|freie[rn]?)\s+)?
      (?:[\w-]+\s+){0,3}? \w*(?:giornalista|redattric[ei]|redattore|editor|corrispondente|journaliste|rédact(?:rice|eur)|redakteur(?:in)?|journalist(?:in)?
      |korrespondent(?:in)?|autor(?:in)?|periodista|redact(?:ora|or)|corresponsal|jornalista|repórter|redator(?:a)?|editora|redacteur|verslaggever
      |kolumnist(?:in)?|chroniqueu(?:r|se)) \b
""", max_words=80)

# The role under a BBC signature, its label glued by a comma: "Role,BBC News", "Nafasi,BBC Swahili",
# "Должность,Би-би-си", "पदनाम,बीबीसी", "سمت,بی‌بی‌سی". Not an author's bio (no barrier).
BYLINE_ROLE = _cue("byline-role", "author-bio", rf"""
    ^ \W* (?:{COMMA_ROLE_LABELS}) \s* , \s* \S .{{0,60}} $
""", max_words=10)

# Wire and reporting credits at the foot of a story: "(Reporting by ...; Editing by ...)".
WIRE_CREDIT = _cue("wire-credit", "wire-credit", r"""
    ^ \W* \(? \s* (?:additional\s+)?(?:reporting|writing|editing|contributing|contributed)
      \s+by\b .* $
    | ^ \W* \( \s* compiled \s+ by \b .* $   # (a roundup's "Compiled by Jenna Kowalczyk and Troy Bettencourt | 330Preps" signs it)
    # an Italian wire's reporter and editor in brackets under the text: "(Sabina Ferraresi, in redazione a Milano Giulio Pedretti)"
    | ^ \W* \( [^()]{3,60} , \s+ in \s+ redazione \b [^()]{0,60} \) \W* $
    | ^\W*(?:this\s+(?:story|article)\s+(?:was|has\s+been)\s+(?:updated|corrected|originally\s+published))
    # a scheme's note on who wrote it: "This article was written by a Local Democracy Reporter."
    | ^ \W* this \s+ (?:story|article|report) \s+ (?:was|is|has\s+been) \s+ (?:written|produced|reported|provided) \s+ by \s+ (?:a|an|our|the|(?-i:[A-Z])[\w.&-]*['’]s) \b
    # ...or translated: "This story was translated and adapted from Indonesian by Genevieve Oduya."
    | ^ \W* this \s+ (?:story|article|report|post|piece) \s+ (?:was|has\s+been) \s+ (?:translated|adapted) \b [^.!?]{0,80} \bby \s+ [^.!?]{2,60} [.!?]? \s* $
    # the first version's date under the text: "First published Oct. 22, 2019 at 5 a.m. PT."
    | ^ \W* (?:first|originally) \s+ published \s* (?:on\s+|:\s*)? (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?
      (?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d | \d{1,2}(?:\s+|[/.-]) ) [^!?]{0,60} $
    # a syndicated copy's note of where it ran first: "This article originally appeared on Lakeport Daily Sentinel: <headline>"
    | ^ \W* this \s+ (?:story|article|post) \s+ (?:originally|first) \s+ (?:appeared|ran|published) \s+ (?:on|in) \b
    # a wire story's note of what a new version changed, over its text: "(Updates prices in fourth paragraph, adds
    # trader comment in sixth.)", "(Adds comment from ministry in paragraph 5)", "(Corrects spelling of name)"
    | ^ \s* \( \s* (?:updates|adds|recasts|corrects|rewrites|refiles|repeats|changes|removes|fixes|clarifies) \b [^()]{3,200} \) \s* $
    # a wire story's credit under it: "--With assistance from Mariela Quint."
    | ^ \W* with \s+ assistance \s+ from \s+ (?-i:[A-Z]) .{2,200} $
    # ...the agencies whose copy went into it, as Indian papers note: "(With inputs from PTI)", "With inputs from agencies"
    | ^ \W* \( \s* with \s+ inputs? \s+ from \s+ [^()]{2,60} \) \W* $
    | ^ \W* with \s+ inputs? \s+ from \s+ (?:(?:news\s+)?agencies|(?-i:[A-Z]{2,5})(?:\s*(?:,|and|&)\s*(?-i:[A-Z]{2,5}))*) \W* $
    | ^\W*(?:©|\(c\))?\s*(?:the\s+)?associated\s+press\W*\d{0,4}\W*$
    # "Fox News' Jessica Napoli contributed to this report.", "Keith Bradsher contributed reporting from Hong Kong."
    | \b contributed \s+ (?:reporting\b | to \s+ this \s+ (?:report|story|article)) [^.!?]* [.!?]? \s* $
    # the print edition's note: "This article appears in the February 2025 print edition with the
    # headline ...", "Published in the print edition of the January 20, 2025, issue", "A version of
    # this article appears in print on ..."
    | ^ \W* (?:a \s+ version \s+ of \s+)? this \s+ (?:article|story|essay) \s+ (?:appears|appeared) \s+ in \s+ (?:the \s+)? (?:[\w,]+\s+){0,4}print
    | ^ \W* (?:published|appeared) \s+ in \s+ the \s+ (?:[\w,]+\s+){0,4}print \s+ edition \b
    # ...or a magazine's issue: "This appeared in the July/August 2019 issue of The Walrus magazine with the headline ..."
    | ^ \W* (?:a \s+ version \s+ of \s+)? this (?:\s+(?:article|story|essay|piece|feature))? \s+ (?:appears|appeared|was\s+published) \s+ in \s+ the \s+ (?:[\w/,-]+\s+){1,4}issue \s+ of \b
    # a blog's signature under the post, its time and its comments' count after it: "Publicado por Mercedes Lozano en 10:47
    # 3 comentarios:", "Posted by Ana Example at 4:20 PM" (`structure.POSTED_BY` reads the name); not a byline with its date
    # before the time, over the text: "Posted By Kelsey Marchetti on Thu, Sep 26, 2019 at 3:12 PM"
    | ^ \W* (?:posted\s+by|publicado\s+por|publié\s+par|eingestellt\s+von|pubblicato\s+da|postado\s+por) \s+ [^.!?\d]{3,60}? \s+
      (?:at|en|às|à|um|alle|a\s+las) \s+ \d{1,2}[:.h]\d{2} [^.!?]{0,40} $
    # ...in other languages: "Dit stuk verscheen in De Nieuwe Waag nr. 11, 2025", "Dieser Artikel erschien in ...", "Cet
    # article est paru dans le numéro 58 ...", "Este texto forma parte de la edición impresa ...", "Questo articolo è uscito ..."
    | ^ \W* (?:een \s+ versie \s+ van \s+)? dit \s+ (?:artikel|stuk|verhaal|interview) \s+ (?:verscheen|is \s+ (?:eerder\s+)?verschenen) \b
    | ^ \W* (?:dieser|der) \s+ (?:artikel|beitrag|text) \s+ (?:erschien|ist \s+ (?:zuerst\s+)?(?:in\s+\S+\s+)?erschienen) \b
    | ^ \W* cet \s+ article \s+ (?:est \s+ paru|a \s+ paru|a \s+ été \s+ publié) \b
    | ^ \W* este \s+ (?:texto|artículo|reportaje) \s+ (?:forma \s+ parte \s+ de \s+ la \s+ edición|se \s+ publicó|fue \s+ publicado|apareció) \b
    | ^ \W* quest[oa] \s+ (?:articolo|testo|pezzo) \s+ (?:è \s+ (?:uscito|apparso|stato \s+ pubblicato)) \b
    | ^ \W* (?:este|esta) \s+ (?:texto|reportagem|artigo|matéria) \s+ (?:foi \s+ publicad[oa]|saiu \s+ na) \b
    # where the reporter filed from, under the byline: "Reporting from Dunmore, Kan."
    | ^ \W* reporting \s+ from \s+ [^.!?]{1,60} \.? \s* $
    # the editor on duty: "Editor: Liu Example", "【责任编辑:...】", a live page's "Edited by Ana Ruiz, with Tom Hale reporting",
    # Welsh "Golygwyd gan Catrin Pugh ac Owain Rees"
    | ^ \W* (?:(?:web|responsible|chief)\s+)?editors? \s* [:：] \s* \S.{0,40} $ | ^ \W* (?:edited \s+ by|golygwyd \s+ gan) \s* :? \s* \S.{0,40} $ | ^ \W* edited \s+ by \s+ [^,]{3,40} , \s* with \s+ [^.!?]{3,100} $
    # ...and in Chinese, with who checked it, where it came from and the title it first had: "责任编辑：王涵", "（文章来源：经纬财经）",
    # "原标题：恒能锂电2023年净利降六成 ...", "審核：...", "校对：..."
    | ^ \W* (?:责任编辑|責任編輯|实习编辑|實習編輯|编辑|編輯|审核|審核|校对|校對|审校|審校|监制|監製|文章来源|文章來源|来源|來源|原标题|原標題)
      \s* [:：︰] \s* \S [^。！？]{0,60} $
    # a health site's review stamp and its account of how it checks its sources: "Medically reviewed by ...",
    # "Last medically reviewed on August 14, 2019", "How we reviewed this article:", "... has strict sourcing guidelines ..."
    | ^ \W* (?:last\s+)?(?:medically|clinically|fact[-\s]?checked|expert)\s+reviewed \s+ (?:by|on) \b [^.!?]{1,80} $
    | ^ \W* how \s+ we \s+ (?:reviewed|fact[-\s]?checked|sourced) \s+ this \s+ (?:article|story|page) \W* $
    | \b has \s+ strict \s+ sourcing \s+ guidelines \b
    # a medical site's offer of course credit for reading: "Earn CME/MOC Credit This Article is part of ... program."
    | ^ \W* earn \s+ (?:cme|ce|moc|cpd)\b
""", max_words=40)

# A transcript's note on how it was made: "This is a rush transcript. Copy may not be in its final form.", "NPR
# transcripts are created on a rush deadline by ..." (55 words), "Closed captioning is derived from the live broadcast
# and may contain errors."
TRANSCRIPT_NOTE = _cue("transcript-note", "wire-credit", r"""
    ^ \W* (?:this \s+ is \s+ an? \s+)? rush \s+ transcript\b | \b(?:copy|text|transcript) \s+ may \s+ not \s+ be \s+ in \s+ its \s+ final \s+ form\b
    | ^ \W* transcripts? \s+ (?:provided|produced|prepared) \s+ by \b | \btranscripts \s+ are \s+ (?:created|produced|prepared) \s+ (?:on|by|using)\b
    | ^ \W* (?:closed \s+ captioning|captions?|(?:automatically|machine)[-\s]generated \s+ transcript) \b [^.]{0,60} \bmay \s+ contain \s+ (?:errors|inaccuracies|mistakes)\b
""", max_words=60)

# The header of a table of contents: "In this article:", "Contents", "On this page", "Jump to".
CONTENTS_HEADER = _cue("contents-header", "navigation", r"""
    ^ \W* (?: in \s+ this \s+ (?:article|story|piece|guide|explainer) | (?:table \s+ of \s+)? contents | on \s+ this \s+ page
    | jump \s+ to(?:\s+section)? | skip \s+ to \s+ section | inhaltsverzeichnis | inhalt | содержание | зміст | sommaire
    | índice | indice | spis \s+ treści ) \W* $
""", max_words=5)

# A breadcrumb trail: "Home / New Zealand", "Home > India News > Delhi", "Startseite › Politik".
BREADCRUMB = _cue("breadcrumb", "navigation", r"""
    ^ \W* (?:home|homepage|startseite|accueil|inicio|início|главная|головна|strona\s+główna|首頁|首页|主页|主頁|ホーム|홈|الرئيسية
             |ana\s?sayfa|αρχική|domů|kezdőlap|acasă|forside|etusivu|trang\s+chủ|beranda|หน้าแรก|होम|মুখপাতা|হোম|ہوم|मुख्यपृष्ठ|मुखपृष्ठ)
             \s* (?:/|>|»|›|\||→) \s* \S .{0,160} $   # (Hindi, Bengali, Urdu, Marathi: "होम / मेरा शहर / ...")
    # ...or a trail under its "you are here": "Jesteś tutaj: Strona główna / Aktualności / ...", "Sie sind hier:Startseite/Presse"
    | ^ \W* (?:you\s+are\s+here|sie\s+sind\s+hier|du\s+bist\s+hier|vous\s+êtes\s+ici|usted\s+está\s+aquí|está\s+aquí|estás\s+aquí
             |você\s+está\s+aqui|sei\s+qui|ti\s+trovi\s+qui|u\s+bent\s+hier|je\s+bent\s+hier|du\s+er\s+her|du\s+är\s+här|olet\s+tässä
             |jesteś\s+tutaj|jesteś\s+w|вы\s+здесь|ви\s+тут|ви\s+знаходитесь|nacházíte\s+se|nachádzate\s+sa) \s* : .{1,120} $
    # ...or any trail of three or more steps: "SPIEGEL ONLINE > Meinung > Kolumnen > Mietendeckel in Lindenau"
    | ^ \s* [^>›»→\s] [^>›»→]{0,40} (?: \s+ [>›»→] \s+ [^>›»→\s] [^>›»→]{0,60} ){2,} $
    | ^ \s* [^>\s] [^>]{0,40} (?: > [^>\s] [^>]{0,60} ){2,} $   # (glued to ">": "International>Europe>Interview with Historian Margarete Lindqvist")
    | ^ \s* [^＞\s] [^＞]{0,20} (?: \s* ＞ \s* [^＞\s] [^＞]{0,30} ){2,} $   # (full width, as Japanese sites set it: "トップ ＞ マーケット ＞ 株式")
    # ...or two short steps: "Education News > NAPLAN", "Sport › Radsport" (not a quotation's marks: "Une « passeuse » exigeante")
    | ^ \s* [^>›»«→\s] [^>›»«→]{0,24} \s+ [>›] \s+ [^>›»«→\s] [^>›»«→]{0,24} $
    # ...or its steps glued to ">" or "/" in title case, each opening with a word, not an acronym: "Wellness>Food & Drinks",
    # "News>Liverpool News", "Opinion/Social Commentary", "Medscape/News & Perspective/Diabetes & Endocrinology", "Israel Inside»Archaeology",
    # one word in lower case ending the step: "Economy/Trade war" (not "AC/DC Announce Tour")
    | ^ \s* (?-i: [A-Z][a-z][\w&'’-]* (?: \s+ (?:&|[A-Z][\w'’-]*) ){0,3} (?: [>›»/] [A-Z][a-z][\w&'’-]* (?: \s+ (?:&|[A-Z][\w'’-]*) ){0,3} (?: \s+ [a-z]+ )? ){1,4} ) \s* $
    # ...or from the site's address: "Portfel.pl›Energia", "Example.com > Business"
    | ^ \s* [\w-]+ (?:\.[\w-]+)* \. [a-z]{2,6} \s* [›»→>] \s* [^\W\d_] [^›»→>]{0,60} (?: [›»→>] [^›»→>]{1,60} )* $
    # ...its arrows glued to the steps: "Hindi News›Local›Mp›Bhopal›Bada Talab Water Level Falls 3 Feet"
    | ^ \s* [^>›»→\s] [^>›»→]{0,40} (?: \s* [›»→] \s* [^>›»→\s] [^>›»→]{0,100} ){3,} $
""", max_words=25)  # (a trail that ends with the headline is as long as it)

# A printed page's margin, copied with its text: the page's address and number ("https://www.
# example.com/2025/12/03/story.html 2/4"), or the browser's date and time before the page's title
# ("12/3/25, 2:05 PM   The town that saved its hospital - The New York Times").
PRINT_MARGIN = _cue("print-margin", "outside-body", r"""
    ^ \s* https?://\S+ \s+ \d{1,3} \s* / \s* \d{1,3} \s* $
    | ^ \s* \d{1,2}/\d{1,2}/\d{2,4} ,? \s+ \d{1,2}:\d{2} \s* (?:[ap]\.?m\.?)? \s{2,} \S .{0,150} $
""", scope="whole")

# A newspaper page's furniture, copied with its text out of an e-paper or a PDF: the jump where the
# text breaks off to go on on another page ("See SCHOOLS, Page A8", "Continued on page 15",
# "Fortsetzung auf Seite 13", "Suite en page 6", "SEGUE A PAGINA 12", "Pasa a la página 8") and
# where it comes back ("From Page A1", "Fortsetzung von Seite 3", "Suite de la page 5", "DALLA
# PRIMA"), and the running head with the page's number ("A8 | THE CARROW VALLEY SENTINEL |
# THURSDAY, APRIL 18, 2024", "HELLWEGER KREISBLATT · SEITE 17 · SAMSTAG, 9. MÄRZ 2024").
# Like "story continues below", the text goes on across it (`boilerplate.py`).
_PAGE_NUMBER = r"(?:(?:page|seite|pagina|página|pag\.|p\.)\s*)?[A-Z]?\d{1,3}"
PRINT_PAGE = _cue("print-page", "print-page", rf"""
    ^ \W* (?: see | turn \s+ to | please \s+ turn \s+ to | continued \s+ on | cont(?:inued|['’]?d|\.)? \s+ on | continues \s+ on | jump \s+ to )
      \s+ (?: (?-i:[A-Z][A-Z'’&\s-]{{1,30}}) ,? \s+ )? (?:on\s+)? (?:page|p\.) \s* [A-Z]?\d{{1,3}} \W* $
    | ^ \W* (?:continued \s+)? from \s+ (?:page \s* [A-Z]?\d{{1,3}} | (?:the\s+)?front(?:\s+page)? | page \s+ one) \W* $
    | ^ \W* (?:fortsetzung|weiter) \s+ (?:(?:auf|von|siehe)\s+)? seite \s+ \d{{1,3}} \W* $ | ^ \W* bitte \s+ umblättern \W* $
    | ^ \W* suite \s+ (?:en \s+ | de \s+ la \s+ | à \s+ la \s+)? page \s+ \d{{1,3}} \W* $
    | ^ \W* (?:segue|continua) \s+ (?:a|alla|in) \s+ (?:pagina|pag\.) \s* \d{{1,3}} \W* $
    | ^ \W* dalla \s+ (?:prima|pagina \s+ \d{{1,3}}) (?: \s+ (?:di|della) \s+ \w+ )? \W* $
    | ^ \W* (?:pasa|sigue|contin[úu]a|viene|continua[çc][ãa]o) \s+ (?:a|en|de|da|na|en\s+la|de\s+la|a\s+la) \s+ p[áa]g(?:ina|\.)? \s* \d{{1,3}} \W* $
    | ^ \W* (?: {_PAGE_NUMBER} \s* [|·•] [^|·•]{{3,60}} [|·•] [^|·•]{{3,60}} | [^|·•]{{3,60}} [|·•] \s* {_PAGE_NUMBER} \s* [|·•] [^|·•]{{3,60}}
             | [^|·•]{{3,60}} [|·•] [^|·•]{{3,60}} [|·•] \s* {_PAGE_NUMBER} ) \s* $
""", max_words=16)

# Navigation, legal and site-chrome labels: footer links and section menus.
LEGAL_LABEL = _cue("legal-label", "legal-label", r"""
    ^ \W* (?: about(?:\s+us)? | contact(?:\s+us)? | careers | jobs | advertise(?:\s+with\s+us)?
    | imprint | impressum | masthead | sitemap | site\s+map | faq | help | rss(?:\s+feeds?)?
    | accessibility | cookies? | privacy | terms | legal | disclaimer | ethics(?:\s+policy)?
    | corrections | newsroom | press(?:\s+releases?)? | licensing | syndication | archives?
    | contacts | контакты | о\s+нас | о\s+проекте | реклама\s+на\s+сайте | контакти | про\s+нас
    | kontakt | über\s+uns | datenschutz(?:erklärung)? | agb | contato | quem\s+somos | expediente
    | mentions\s+légales | qui\s+sommes-nous | aviso\s+legal | quiénes\s+somos ) \W* $
""", max_words=5)

# The publisher's summary points above an article, under their label ("STORY HIGHLIGHTS",
# "Highlights"); `boilerplate.py` gives the points under it (HIGHLIGHTS_MAX_ITEMS lines that are
# not sentences) the same cue: a summary of the text, not the text, and no subheadings. ("Key
# points" is left out: an explainer may head a list of its own with it.)
STORY_HIGHLIGHTS = _cue("story-highlights", "highlights", r"""
    ^ \W* (?: story \s+ highlights | highlights | in \s+ summary | key \s+ points
    # ...in other languages: "Накратко" (Dnevnik), "W skrócie", "En bref", "Auf einen Blick", ...
    | накратко | коротко | w \s+ skrócie | ukratko | pe \s+ scurt | v \s+ skratke | stručně | en \s+ bref | in \s+ breve
    | auf \s+ einen \s+ blick | en \s+ resumen | em \s+ resumo | i \s+ korthet | kort \s+ fortalt | röviden | lyhyesti
    | (?:i \s+)? punti \s+ chiave | in \s+ sintesi | (?:les \s+)? points \s+ clés | (?:los \s+)? puntos \s+ clave | das \s+ wichtigste (?:\s+ in \s+ kürze)?
    | hoofdpunten | in \s+ het \s+ kort | kwa \s+ ufupi | a \s+ taƙaice | kernpunten | key \s+ events | what \s+ you \s+ need \s+ to \s+ know
    # a live page's list of its main entries: "Lo más destacado", "Key moments", "Les moments clés", "I momenti chiave"
    | lo \s+ más \s+ destacado | het \s+ belangrijkste (?:\s+ nieuws)? | key \s+ (?:moments|updates) | (?:les \s+)? moments \s+ clés | (?:i \s+)? momenti \s+ (?:chiave|salienti)
    # ...a markets site's box over its bullets: "What to know:" (its colon: not a section's heading), "Quick Take", "Datos clave"
    # (not a glossary's "Key Takeaways" under its definition's first paragraphs)
    | what \s+ to \s+ know (?=\s*:) | quick \s+ take | tl;?\s?dr | datos \s+ clave | lo \s+ esencial | l['’]essentiel | kernaussagen
    # an article's summary box, often a machine's: "Zhrnutie článku", "Shrnutí článku", "Article summary", "AI summary"
    | (?:ai|article|story) \s+ summary | ringkasan (?:\s+berita|\s+artikel)? | tóm \s+ tắt | zhrnutie \s+ článku | shrnutí \s+ článku | podsumowanie \s+ artykułu
    | povzetek \s+ članka | sažetak \s+ članka | résumé \s+ de \s+ l['’]article ) \W* $
""", max_words=4)
# ...and the summary box's note on who wrote it: "Zhrnutie vytvorila umelá inteligencia a skontrolovala redakcia.", "Summary
# is AI generated, newsroom reviewed."
SUMMARY_NOTE = _cue("summary-note", "highlights", r"""
    ^ \W* (?:(?:this|the)\s+)? (?:summary|zhrnutie|shrnutí|podsumowanie|povzetek|sažetak|résumé|dibuat|ringkasan) \b [^.!?]{0,80}
      \b (?:ai|artificial \s+ intelligence|umelá \s+ inteligencia|umělá \s+ inteligence|sztuczn\w* \s+ inteligencj\w*
         |umetna \s+ inteligenca|umjetna \s+ inteligencija|intelligence \s+ artificielle|bantuan \s+ ai|kecerdasan \s+ buatan) \b [^!?]{0,80} $
""", max_words=25)

#: Evaluation order matters only for the reason reported; the first matching cue wins.
CUES: tuple[Cue, ...] = (
    LEGAL_NOTICE, OPINION_DISCLAIMER, DISCLAIMER, HELP_LINE, CORRECTION_PROMPT, COPYRIGHT, COOKIE_NOTICE, COOKIE_BANNER, NEWSLETTER, PAYWALL,
    DONATION_APPEAL, STORY_CONTINUES, SKIPPABLE_PROMO, ADVERTISING, AFFILIATE_DISCLOSURE, RELATED_INLINE, RELATED_HEADER, CLICK_HERE, CLIP_CREDIT, CLIP_CAPTION, CLIP_TITLE, COMMENT_COUNTER, SHOP_BUTTON, IMAGE_CREDIT, PHOTO_CREDIT, CAPTION_CREDIT, CREDIT_TAIL, GALLERY_CAPTION, SHARE_BUTTONS, SHARE_MENU, TAG_LIST,
    COMMENTS, COMMENTS_ON_TITLE, ARCHIVE_BANNER, COMMENT_POLICY, SUBSCRIPTION_PITCH, SUBSCRIBE_PROMPT, WIRE_CREDIT, TRANSCRIPT_NOTE, LICENCE_NOTE, AUTHOR_BIO, AUTHOR_ROLE, FUNDING_DISCLOSURE, BYLINE_ROLE, CONTENTS_HEADER, BREADCRUMB, PRINT_MARGIN, PRINT_PAGE, LEGAL_LABEL, BUTTON_LABEL,
    PAGE_STAMP, STORY_HIGHLIGHTS, SUMMARY_NOTE, END_MARK_LINE, REVIEW_FACTS, EMBED_NOTE, EMBED_CHROME, STOCK_QUOTE, WEATHER_WIDGET, ISSUER_NOTES, SPONSOR_MESSAGE, PROGRAMME_NOTE,
)

# --- Article-header cues: kept (the structure stage moves them into metadata) ---------------

# Capital letters a name may start with: Latin (with Latin-1 and Latin Extended-A: "Ūdre",
# "Łukasz", "Šimon"), Cyrillic.
CAPITAL = ("A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper()) + "А-ЯЁІЇЄҐ" + "Α-ΩΆΈΉΊΌΎΏ"
           # ...and the other capitals of Cyrillic (Kazakh "Әйгерім", Uzbek "Ўзбекистон"), and Armenian's ("Անի")
           + "".join(c for c in map(chr, range(0x460, 0x530)) if c.isupper()) + "\u0531-\u0556"
           # ...and Latin Extended Additional's, with a dot below or a hook (Yoruba "Ọlágúnjú", Vietnamese "Ẩn")
           + "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper()))
# A byline: "By Jane Doe", "By: Jane Doe", "Von Max Muster", "Por ...", "Автор: ...", or a bare list of 1-4
# personal names "Robin Dixon, Catherine Belton and Ana Li".
_NAME = rf"[{CAPITAL}][\w'’.\-]+(?:\s+(?:de|da|van|von|der|dos|del|la|le|[{CAPITAL}][\w'’.\-]*)){{1,3}}"
_PLACE = rf"[{CAPITAL}][\w'’.\-]+(?:\s+[{CAPITAL}][\w'’.\-]+){{0,2}}"
_FROM_LABEL_WORDS = r"(?:Neue[rsnm]?|Aktuelle[rsnm]?|Letzte[rsnm]?|Nachrichten|Meldungen|Neuigkeiten|Bilder|Fotos|Videos|Stimmen|Grüße|Berichte|Mehr|Alles|Live|News|Top)"
BYLINE = re.compile(rf"""
    ^ \W* (?: (?:by | von | por | par | Par | Por | Von | Av | Af | AF | Door | door | Oleh | oleh) (?:\s*:)?
    # (Italian's "a cura di" and "dal nostro inviato", a French recipe's "proposée par")
    | (?i:(?:ricetta\s+|testo\s+)?a\s+cura\s+di | dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente) | (?:recette\s+)?proposée\s+par)
    # (the piece's genre before it, as German tech sites sign: "Ein Bericht von ...", "Eine Anleitung von ...")
    | Eine?\s+(?:Bericht|Anleitung|Ratgeber|Test|Praxistest|Kommentar|Analyse|Interview|Reportage|Kolumne|Glosse|Essay|Gastbeitrag|Tutorial|Workshop|Feature|Hintergrundbericht)\s+von | (?:de|le) (?=\s+[{CAPITAL}]\S*\s+[{CAPITAL}]) | автор(?:ы)?:? | авторы:? | текст:? | (?i:oprac(?:\.|owa(?:ł|ła|nie)):?) | (?i:autor(?:i|s|ius|zy|es)?|authors?|words|yazar|texte?|tekst|müəllif|muallif|муаллиф|autoři|аутор|szerző|interview|penulis|tác\s+giả|manunulat
        |texto(?:\s+[ye]\s+fotos?)?|text\s+(?:und|&)\s+fotos?|texte\s+et\s+photos?)\s*: ) \s+ {_NAME} .{{0,80}} $
    # the BBC World Service's "Author,Amina Mwakalinga" (its label glued by a comma)
    | ^ \W* (?i:{COMMA_AUTHOR_LABELS}) \s* , \s* \S .{{0,60}} $
    | ^ \W* (?:(?:dr|prof|mgr|doc)\.?\s+)? {_NAME} (?: \s* (?:,|\band\b|&|\bи\b|\bund\b|\be\b|\bet\b|\by\b|\boch\b|\bog\b|,?\s*\bavec\b) \s* {_NAME} ){{0,4}} \W* $
    # (a degree in lower case before it, as Polish and Czech pages print it: "dr Anna Wiśniewska-Kaczor")
    # ...each in the place they wrote from, as the FT signs: "Harriet Quinlan in Toulouse and Jonas Brenner in Frankfurt"
    | ^ \W* {_NAME} \s+ in \s+ {_PLACE} (?: \s* (?:,|\band\b|&) \s* {_NAME} \s+ in \s+ {_PLACE} ){{1,3}} \W* $
    # ...or as an Austrian paper signs its reporter, from where they write: "Florian Gruber aus Hallstatt" (not a section's
    # label: "Aktuelle Nachrichten aus Berlin", "Neue Bilder aus Wien")
    | ^ \W* (?!{_FROM_LABEL_WORDS}\b) {_NAME} \s+ aus \s+ {_PLACE} \W* $
    # "By: Jared T. Miller"; "ByMiguel Arrabal" (the keyword glued to the name by the copy)
    | ^ \W* (?:By|BY) {_NAME} .{{0,80}} $
    | ^ \W* (?:[Bb]y|BY|[Pp]or|POR|[Pp]ar|PAR|[Vv]on|VON) \s* : \s* {_NAME} (?: \s* (?:,|\band\b|&|\by\b|\bet\b|\bund\b|\be\b) \s* {_NAME} ){{0,4}} \W* $
""", FLAGS & ~re.IGNORECASE)

# An author box's header: "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim",
# "À propos de ...", "Об авторе ..." and a personal name (two to four capitalised words). A
# header alone is no evidence ("About Ukraine" may head a section of an article), so it is not
# in CUES: `boilerplate.py` takes it for an author bio when the next line names the person.
AUTHOR_BOX = Cue("author-box", "author-bio", re.compile(rf"""
    ^ \W* (?i: about | über | sobre | à\s+propos\s+de | acerca\s+de | a\s+proposito\s+di
    | об\s+авторе:? | про\s+автора:? ) \s+ (?P<name> {_NAME} ) \W* $
""", FLAGS & ~re.IGNORECASE), max_words=6)

# Words that never make a personal name but do make two-word capitalised page labels, which
# the bare-name byline pattern would take for a name: "Previous Post", "Related Links",
# "Business News", "Staff Writer", "Learn More", "Print Article", "Featured Video".
# A count alone on its line, a page's views or comments: "1 234", "18 204", "1.2K".
COUNTER = re.compile(r"^[\d\s.,]+[KkMmКкМм]?$")
NON_NAME_WORDS = frozenset("""
    post posts article articles story stories news links link more website video videos photo
    photos image images gallery writer editor contributor columnist correspondent reporter staff
    reports share sharing print email mail top related featured trending latest popular learn
    visit view from previous next read min contents booking advertisement miss courtesy buttons topics
    opinion about sobre über home menu search login subscribe newsletter follow contact dear magazine bulletin
    sign up free register join log signup watch listen play playing now download app
    redazione redacción redaccion rédaction redaktion redação redakcja redakce redakcia redactie
    partner partners partenaire partenaires partnerstudio partnercontent studio sponsor
    standings classificação classifica clasificación classement tabelle ranking
    publication peer-reviewed release championship championships division league cup trophy tournament series scorecard fixtures
    we our us questions information frequently asked support journalism comment comments policy
    posted updated published
""".split())

_MONTH = rf"""(?: jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
    | sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?
    | январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]
    | октябр[ья]|ноябр[ья]|декабр[ья]|січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*|лип\w*
    | серп\w*|верес\w*|жовт\w*|листоп\w*|груд\w*|januar|februar|märz|mai|juni|juli|oktober
    | dezember|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro
    | novembro|dezembro|janvier|février|mars|avril|juin|juillet|août|septembre|octobre
    | novembre|décembre|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre
    | noviembre|diciembre
    | {'|'.join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))})\.?"""  # (and every month's name `dates` reads)
# A date-only (or date-and-time) line: "November 19, 2019 3:45 PM", "19.11.2019", "2019-11-19",
# "Updated: Nov. 19, 2019". Must contain a date and little else.
DATELINE = re.compile(rf"""
    ^ \W* (?: (?:published|updated|posted|reviewed|last\s+updated|опубликовано|обновлено|veröffentlicht
             |aktualisiert|publicado|atualizado|publié|mis\s+à\s+jour)\s*:?\s* )?
    (?: \w+,? \s+ )?                                          # weekday
    (?: \d{{4}}-\d{{2}}-\d{{2}} | \d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}
      | \d{{1,2}} \s+ {_MONTH} ,? \s+ \d{{4}} | {_MONTH} \s+ \d{{1,2}} ,? \s+ \d{{4}} )
    [\s,|at•·\-–]* (?: \d{{1,2}}[:.]\d{{2}} \s* (?:[ap]\.?m\.?)? \s* (?:[A-Z]{{2,4}})? )?
    (?: \W* (?:updated|modified) \s+ \d{{1,3}} \s+ (?:minutes?|mins?|hours?|hrs?|days?) \s+ ago )?  # "... UTCUpdated 2 hours ago"
    \W* $
""", FLAGS)

# Footnote lines: "* An individual who ...", "** Included ...", "[1] ...", "¹ ...".
FOOTNOTE = re.compile(r"""
    ^ \s* (?: \*{1,3} | \[\d{1,2}\] | [¹²³⁴⁵⁶⁷⁸⁹]+ | \d{1,2}\) ) \s+ \S .{10,} $
""", re.VERBOSE)
