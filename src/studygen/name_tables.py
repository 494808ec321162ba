"""Name tables and the small tests every name stage shares: titles (大統領, 首相), organisation
endings and acronyms, places JMdict files as common nouns, readings given in brackets
(森林子（もり・りんこ）), and the :class:`NameSpan` that marks a name in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from importlib import resources

from .dictionary import Dictionary
from .furigana import to_hiragana
from .model import Token

# Papers named after a place, cited by that place alone (中国によると: 中国新聞; 河北によると: 河北新報),
# with their full names.
PAPERS_BY_PLACE = {"中国": "中国新聞", "東京": "東京新聞", "神戸": "神戸新聞", "京都": "京都新聞", "河北": "河北新報",
                   "北海道": "北海道新聞", "西日本": "西日本新聞", "中日": "中日新聞", "山陽": "山陽新聞",
                   "日本海": "日本海新聞", "北國": "北國新聞",
                   # prefectural papers cited by their place (高知・読売両紙: round 70's 3051)
                   "高知": "高知新聞", "静岡": "静岡新聞", "新潟": "新潟日報", "福井": "福井新聞", "徳島": "徳島新聞",
                   "愛媛": "愛媛新聞", "岩手": "岩手日報", "山形": "山形新聞", "茨城": "茨城新聞", "四国": "四国新聞",
                   "南日本": "南日本新聞"}
# アマチュア選手, サッカー選手, フリーアナウンサー, ヤクザ幹部: a word that says what kind of
# person, or what sport a player plays, before a title is no one's name (rounds 35, 47, 53, 54:
# アマチュア, トップ, スポーツ listed as people). One list for the names stage (name_people) and
# for the list of names (name_fragments).
KINDS_OF_PEOPLE = frozenset(("アマチュア", "プロ", "ベテラン", "エース", "ルーキー", "レギュラー", "ライバル", "ゲスト",
                             "スター", "ファン", "ユース", "シニア", "ジュニア", "ヤクザ", "ボランティア", "スタッフ",
                             "トップ", "フリー", "サポーター", "メンバー", "オーナー",  # (サポーター代表: round 122)
                             "タレント",  # (タレント候補, a celebrity candidate: round 138's dump, 1778)
                             # 5人のムスリム議員: believers, not a person (round 67's 3351)
                             "ムスリム", "イスラム", "カトリック", "プロテスタント", "ユダヤ",
                             "ヒスパニック",
                             "スポーツ", "サッカー", "テニス", "ゴルフ", "マラソン", "スケート", "スキー", "ラグビー",
                             "バレー", "バレーボール", "バスケット", "バスケットボール", "ボクシング", "レスリング",
                             "ハンドボール", "ソフトボール", "フィギュア", "スノーボード", "ボート", "ヨット", "カヌー",
                             "ボウリング", "リレー", "トライアスロン", "フェンシング", "ホッケー", "アイスホッケー",
                             "カーリング", "サーフィン", "モーグル", "ハードル", "ジャンプ",
                             # トラック運転手: what the driver drives, no person トラック (round 106's 0391)
                             "トラック", "タクシー", "バス", "ダンプ", "ダンプカー", "トレーラー", "ハイヤー"))
# Country abbreviations that stand between a name and its title: トランプ米大統領, 岸田日首相.
_COUNTRY_ABBREVIATIONS = set("米英仏独中露韓日伊加豪印朝")
_KATAKANA = re.compile(r"^[\u30a0-\u30ffー・]+$")
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z0-9&.]*$")


# Japan's 47 prefectures as news writes them: 北海道, 東京都, 大阪府, 京都府 and 43 県
# 佐渡ヶ嶽, 関ケ原: the small ケ between the nouns of a name, which UniDic may tag a particle
SMALL_KE = ("ヶ", "ケ", "ヵ")

PREFECTURES = ("北海道", "東京都", "大阪府", "京都府", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
               "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
               "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "兵庫県", "奈良県", "和歌山県",
               "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
               "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県")


@dataclass(frozen=True, slots=True)
class NameSpan:
    sentence_index: int
    first: int  # token indices, end exclusive
    end: int
    name: str
    reading: str
    type: str
    title: str = ""
    title_end: int | None = None  # token index after the title


def _table(name: str) -> dict[str, str]:
    text = resources.files("studygen").joinpath(f"data/{name}").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: r[1] for r in rows}


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    return _table("titles.tsv")


@lru_cache(maxsize=1)
def _title_suffixes() -> tuple[str, ...]:
    return tuple(titles())


def ends_in_title(text: str) -> bool:
    """大島国連大使, 鶴島社長, メリーランド大学教授: the text ends in a title of titles.tsv."""
    return text.endswith(_title_suffixes())


@lru_cache(maxsize=1)
def organizations() -> tuple[frozenset[str], tuple[str, ...]]:
    table = _table("organizations.tsv")
    names = frozenset(k for k, v in table.items() if v == "name")
    suffixes = tuple(sorted((k for k, v in table.items() if v == "suffix"), key=len, reverse=True))
    return names, suffixes


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str]]:
    """Names in kanji that neither UniDic nor JMnedict read as news does: 日経 -> (にっけい, org)."""
    text = resources.files("studygen").joinpath("data/name_readings.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: (r[1], r[2]) for r in rows}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Regions JMdict files as common nouns (首都圏 the Greater Tokyo area): places, not words."""
    return frozenset(k for k, v in _table("places.tsv").items() if v == "place")


@lru_cache(maxsize=1)
def facilities() -> tuple[str, ...]:
    """Endings of facility names (公園, 駅, 空港): 中央公園 is a place when JMdict lacks it."""
    return tuple(k for k, v in _table("places.tsv").items() if v == "suffix")


@lru_cache(maxsize=1)
def teams() -> tuple[frozenset[str], frozenset[str]]:
    """Baseball teams' short names (阪神, ロッテ) and the nicknames after them (タイガース)."""
    table = _table("teams.tsv")
    return (frozenset(k for k, v in table.items() if v == "team"),
            frozenset(k for k, v in table.items() if v == "nickname"))


@lru_cache(maxsize=1)
def _team_readings() -> dict[str, str]:
    """日本ハム にっぽんはむ (UniDic reads にほん)."""
    text = resources.files("studygen").joinpath("data/teams.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {r[0]: r[2].strip() for r in rows if len(r) > 2}


# A story about baseball: a team's short name there is the team (中日, not the newspaper or the
# region); its plays say so too (四球, 3回裏).
_BASEBALL = re.compile(r"野球|球団|投手|打者|本塁打|ホームラン|タイムリー|安打|四球|三振|打点|[0-9０-９]+回[裏表]|先発|"
                       r"セ・リーグ|パ・リーグ|日本シリーズ")


def is_baseball_story(texts: Sequence[str]) -> bool:
    return any(_BASEBALL.search(t) for t in texts)


# A firm's posts: ノエビア副社長 is the firm's, not a person named ノエビア.
FIRM_POSTS = frozenset(("社長", "副社長", "会長", "副会長", "取締役", "専務", "常務", "相談役", "顧問", "CEO"))


# Names in an old or variant kanji (異体字) and the common form: 山縣 and 山県, 澤 and 沢 are one
# name; JMnedict lists 冨昭 under 富昭. Questions match people by it, names read given names by it.
VARIANT_KANJI = str.maketrans("縣澤邊邉齋齊濱濵髙﨑德惠廣櫻國嶋龍瀨冨", "県沢辺辺斎斉浜浜高崎徳恵広桜国島竜瀬富")


# Owners of clubs that UniDic takes for common nouns (毎日 "every day", 読売 "selling newspapers")
_OWNERS = frozenset(("毎日", "読売", "国鉄", "大洋", "大映", "東急", "産経", "サンケイ"))


def team_span(tokens: Sequence[Token], i: int, baseball: bool) -> tuple[int, str, str] | None:
    """(end, text, reading) of a baseball team starting at token i, or None: 千葉|ロッテ,
    東北|楽天|イーグルス, オリックス|・|バファローズ, and in a baseball story 阪神 or 近鉄 alone.
    西武|ドーム is a ballpark, not the team."""
    short, nicknames = teams()

    def match(j: int, table: frozenset[str]) -> int | None:
        for length in (3, 2, 1):
            piece = tokens[j:j + length]
            if len(piece) == length and "".join(t.surface for t in piece) in table and all(
                    piece[k].start == piece[k - 1].end for k in range(1, length)):
                return j + length
        return None

    touching = lambda j: j < len(tokens) and tokens[j].start == tokens[j - 1].end  # noqa: E731
    j = i
    end = match(i, short)
    place_first = False
    if tokens[i].pos[2] == "地名" and touching(i + 1) and match(i + 1, short):
        end, place_first = match(i + 1, short), True  # 千葉|ロッテ, 北海道|日本|ハム
    named = place_first
    if end is None:
        # 大毎|オリオンズ, 毎日|オリオンズ (毎日, 読売 common nouns to UniDic): a club by its owner and
        # nickname, the owner starting the noun (not 阪神|ジュベナイル|フィリーズ, a race; 日|拓|フライヤーズ;
        # but 対|読売|ジャイアンツ, プロ|野球|毎日|オリオンズ)
        owner = (tokens[i].pos[1] == "固有名詞" or tokens[i].surface in _OWNERS) and not (
            i and tokens[i - 1].end == tokens[i].start and tokens[i - 1].pos[0] in ("名詞", "接頭辞")
            and tokens[i - 1].surface not in ("対", "野球"))
        end = match(i + 1, nicknames) if owner and touching(i + 1) else None
        if end is None:
            return None
        named = True
    else:
        k = end + 1 if end + 1 < len(tokens) and tokens[end].surface == "・" else end
        if k < len(tokens) and touching(k) and (nick := match(k, nicknames)):
            end, named = nick, True
        elif place_first and end < len(tokens) and touching(end) and tokens[end].pos[0] in ("名詞", "接尾辞") \
                and tokens[end].surface not in ("戦", "打線", "球団", "監督", "投手", "選手", "対"):
            return None  # アジア|大洋|州|局: a word runs on past 大洋; the bureau, no team (round 110's 0135)
    if not named:
        if not baseball or end < len(tokens) and tokens[end].surface in ("ドーム", "球場", "スタジアム", "新聞", "スポーツ"):
            return None
        if end < len(tokens) and touching(end) and tokens[end].pos[0] == "名詞" and tokens[end].pos[1] != "固有名詞" \
                and j == i and tokens[end].surface not in ("戦", "打線", "球団", "監督", "投手"):
            return None  # 中日|新聞, 阪神|電車: a word made with the name is not the team
    piece = tokens[i:end]
    text = "".join(t.surface for t in piece)
    reading = "".join(t.reading or t.surface for t in piece)
    for team, fixed in _team_readings().items():
        if team in text:
            at = text.index(team)
            reading = "".join(t.reading or t.surface for t in piece if t.start - piece[0].start < at) + fixed + \
                "".join(t.reading or t.surface for t in piece if t.start - piece[0].start >= at + len(team))
    return end, text, reading


_MUNICIPAL = ("市", "町", "村", "区", "県", "郡")
# JMnedict's types of a given name (公園 is one: no name of a ground, 運動公園|球技場)
GIVEN_TYPES = frozenset(["given", "masc", "fem"])

# Japanese era names: 令和7年度, 平成の時代. UniDic tags them 人名.
# (and the Edo period's eras news still names: 安政の大地震, round 56 listed 安政 as a person)
_ERAS = frozenset(["明治", "大正", "昭和", "平成", "令和", "慶応", "元治", "文久", "万延", "安政", "嘉永", "弘化", "天保",
                   "文政", "文化", "享和", "寛政", "天明", "安永", "明和", "宝暦", "享保", "元禄", "慶長", "天正"])

# What brackets after a name hold when they give its reading: もり・しずか, パク・チョンフン.
READING_IN_BRACKETS = re.compile(r"[\u3041-\u30ff・ー]+")


def _reading_bracket(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """(reading in hiragana, index after the ）) when token i opens brackets holding a reading."""
    if i >= len(tokens) or tokens[i].surface not in ("（", "("):
        return None
    k = i + 1
    while k < len(tokens) and k < i + 12 and tokens[k].surface not in ("）", ")"):
        k += 1
    inside = "".join(t.surface for t in tokens[i + 1:k])
    # 小泉毅(こいずみ・つよし。46歳): the reading, then the age
    # 真子(みちこ81): the reading, then the age with no mark between
    inside = re.sub(r"(?:[。、，,]?[0-9０-９]+歳|(?<=[\u3041-\u30ff])[0-9０-９]{1,3})$", "", inside)
    # 明義豊(あきゆたか本名:木村正和24歳): the reading, then the real name (round 47)
    inside = re.sub(r"(?<=[\u3041-\u3096])[、。,，\s]?本名[:：、]?.*$", "", inside)
    if k < len(tokens) and tokens[k].surface in ("）", ")") and inside and READING_IN_BRACKETS.fullmatch(inside):
        return to_hiragana(inside.replace("・", "")), k + 1
    return None


# 張玉軍被告ら3人: a plural suffix after a title still makes the one before it a person (round 33)
_PLURAL = frozenset({"ら", "たち", "達", "等"})


def _title_at(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """A title starting at token i (after an optional country abbreviation): (title, end)."""
    table = titles()
    j = i
    # 森林子（もり・りんこ）さん: the reading the article gives stands between name and title.
    bracket = _reading_bracket(tokens, j)
    if bracket:
        j = bracket[1]
    if j < len(tokens) and tokens[j].surface in _COUNTRY_ABBREVIATIONS and j + 1 < len(tokens):
        j += 1
    for length in (3, 2, 1):
        if j + length <= len(tokens):
            text = "".join(t.surface for t in tokens[j : j + length])
            after = tokens[j + length] if j + length < len(tokens) else None
            if after is not None and after.pos[:2] == ("接尾辞", "名詞的") and after.start == tokens[j + length - 1].end \
                    and after.surface not in _PLURAL:
                continue  # 大使|館: an embassy, not an ambassador (アメリカ大使館 names no person)
            if after is not None and after.surface in ("杯", "賞", "記念") and after.start == tokens[j + length - 1].end:
                continue  # エリザベス女王|杯: a race named for a queen, no queen here (wikinews-2261)
            if text in table:
                if j == i and i > 0 and tokens[i - 1].end == tokens[j].start and tokens[i - 1].surface + text in table:
                    return None  # マッチ|コミッショナー: one post (a match's commissioner), no one called マッチ (0854)
                return text, j + length
    return None


# 元選手, 前首相, 副知事: a prefix that makes a post of a title, then the post.
_POST_PREFIXES = frozenset(("元", "前", "現", "副", "故", "新", "准", "初代", "次期"))
# A courtesy, not a post: ロバート・オーマン氏 is a man named after no country (Oman)
HONORIFICS = frozenset(("氏", "さん", "様", "君", "ちゃん", "殿"))


def post_at(tokens: Sequence[Token], i: int, known: Callable[[str], bool]) -> tuple[str, int] | None:
    """A post written whole after a name, where no bare title starts at token ``i``: 河村たかし
    名古屋市長, 麻生太郎自民党総裁, 二反田隆治取締役編集局長, マンデラ元大統領, 舛添要一前東京都
    知事: glued nouns (a place, a body, a section, 元/前/副) that end in a title of titles.tsv,
    with nothing glued after it (名古屋市長室 names a room). The whole post is the person's title,
    as the article writes it; never a courtesy (氏) nor a run with a person's name in it (朴吉|
    淵国連大使 is a name cut short, not a post 淵国連大使), nor one that starts with a common noun
    ``known`` rejects (中谷|翼内|野手: UniDic's 翼内 "inside a wing" is 翼, his given name)."""
    n = len(tokens)
    k = i
    while k < n and k - i < 8 and (k == i or tokens[k].start == tokens[k - 1].end) and tokens[k].surface != "・" \
            and (tokens[k].pos[0] in ("名詞", "接尾辞") or tokens[k].surface in _POST_PREFIXES) \
            and tokens[k].pos[1] != "数詞" and tokens[k].pos[2] != "人名":
        k += 1
    if k > i and tokens[k - 1].surface in _PLURAL:
        k -= 1  # 舛添要一前知事ら: the post, then the others
    text = "".join(t.surface for t in tokens[i:k])
    title = _title_ending(text)
    if k - i < 2 or title is None or title == text or title in HONORIFICS or len(text) > 12:
        return None
    first = tokens[i].surface
    if len(first) == 1 and first not in _POST_PREFIXES and first not in _COUNTRY_ABBREVIATIONS:
        return None  # 朴吉|淵国連大使: one kanji left of a name cut short
    if tokens[i].pos[1] == "普通名詞" and first not in _POST_PREFIXES and not known(first):
        return None
    return text, k


_ORGANISATION_WORDS = re.compile(
    r"\b(Bank|Ministry|Agency|Party|Corporation|Company|Association|Committee|University|Bureau|Council|Nations|"
    r"Union|Organization|Organisation|Fund|Federation|Institute|Court|Police|Forces?|Group)\b"
)


# オウム真理教 "Aum Shinrikyo; Japanese religious group …": a body its second gloss says it is
_GROUP_GLOSS = re.compile(r"(?:[A-Z][a-z]+ )?(?:religious|political|terrorist|militant|extremist) (?:group|organi[sz]ation|party|sect)\b")
# 安保理決議 "United Nations Security Council Resolution": a body's paper, not the body (dev 3109)
_DOCUMENT_AFTER = re.compile(r"\b(?:Resolution|Treaty|Agreement|Accord|Declaration|Act|Law|Charter|Convention|"
                             r"Protocol|Report|Statement)s?\b")


def _glossed_as_organisation(text: str, dictionary: Dictionary) -> bool:
    entries = dictionary.entries(text)
    if not (entries and entries[0].senses):
        return False
    gloss = entries[0].senses[0].glosses[0]
    body = _ORGANISATION_WORDS.search(gloss)
    if not body and len(entries[0].senses[0].glosses) > 1:
        # オウム真理教 "Aum Shinrikyo; Japanese religious group …" (round 52 listed it as a word)
        return bool(_GROUP_GLOSS.match(entries[0].senses[0].glosses[1]))
    return bool(body) and not _DOCUMENT_AFTER.search(gloss, body.end())


def _name_type_from_jmnedict(types: frozenset[str]) -> str | None:
    if types & {"person", "surname", "given", "masc", "fem"}:
        return "person"
    if types & {"place", "station"}:
        return "place"
    if types & {"organization", "company"}:
        return "org"
    return None


# 宮城|県, 仙台|市, 東京|都|港|区: the administrative unit is part of the place's name.
ADMIN_SUFFIXES = frozenset(["都", "道", "府", "県", "市", "区", "町", "村", "郡", "島", "州", "海", "洋", "湾", "川", "湖", "灘",
                             "半島", "諸島", "列島",
                             # 高ボッチ|高原, アルプス|山脈, アファール|盆地: the land named whole (not 平野,
                             # a district's name as often: 周防大島町平野)
                             "高原", "山脈", "盆地", "山地", "砂漠",
                             "海岸"])  # 青島|海岸 (あおしま, 宮崎市), no town 青島 (ちんたお, round 60)


def _post_run(tokens: Sequence[Token], first: int, end: int) -> str | None:
    """The text of tokens[first:end] when it is a post: nouns (no person's name, no number) that
    end in a title of titles.tsv other than a courtesy, at most 12 characters."""
    if first < 0 or end - first < 1 or end > len(tokens):
        return None
    run = tokens[first:end]
    if any(t.pos[0] not in ("名詞", "接尾辞", "接頭辞") or t.pos[1] == "数詞" or t.pos[2] == "人名" for t in run) \
            or any(b.start != a.end for a, b in pairwise(run)):
        return None
    text = "".join(t.surface for t in run)
    title = _title_ending(text)
    return text if title and title not in HONORIFICS and len(text) <= 12 else None


def _title_ending(text: str) -> str | None:
    """The longest title of titles.tsv that ``text`` ends in (事務局長 -> 局長, 前首相 -> 首相)."""
    table = titles()
    return next((text[-size:] for size in (6, 5, 4, 3, 2, 1) if text[-size:] in table), None)


def post_by_a_dot(span: NameSpan, tokens: Sequence[Token]) -> str | None:
    """総務会長・笹川堯氏, 政務調査会長・保利耕輔氏, 尾辻秀久・参議院議員会長: news sets a post
    off from the name by a dot, before it or after it; the post is the person's title (野球評論家・
    稲尾和久さん keeps さん: 評論家 is a calling, no title of titles.tsv)."""
    if span.first >= 2 and tokens[span.first - 1].surface == "・":
        start = span.first - 1
        while start > 0 and span.first - 1 - start < 8 and tokens[start - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") \
                and tokens[start - 1].surface != "・" and tokens[start - 1].end == tokens[start].start:
            start -= 1
        post = _post_run(tokens, start, span.first - 1)
        if post:
            return post
    if post_after_a_dot(tokens, span.end) and not _KATAKANA.match(tokens[span.end + 1].surface):
        # (ダルトン・マクグィンティ州知事: the name goes on after the dot, no post of ダルトン)
        k = span.end + 1
        while k < len(tokens) and tokens[k].pos[0] in ("名詞", "接尾辞") and tokens[k].surface != "・" \
                and tokens[k].start == tokens[k - 1].end:
            k += 1
        return _post_run(tokens, span.end + 1, k)
    return None


def post_after_a_dot(tokens: Sequence[Token], i: int) -> bool:
    """青木元・地震津波監視課長, 岩崎富夫・空港部長: a post after a dot at token ``i``, a section's
    common nouns then a title (wikinews-0964 typed the man a place). Not a title of the name's
    own: 高巖・麗沢大学教授 is listed without it."""
    if not (i + 2 < len(tokens) and tokens[i].surface == "・"):
        return False
    k = i + 1
    while k < len(tokens) and k - i <= 7 and (tokens[k].pos[:2] == ("名詞", "普通名詞") or tokens[k].pos[0] == "接尾辞"):
        k += 1
    run = "".join(t.surface for t in tokens[i + 1:k])
    return k - i >= 3 and ends_in_title(run) and not (k < len(tokens) and tokens[k].pos[0] in ("名詞", "接尾辞"))

