"""Entities the questions are built on: dates and times, numbers with counters (quotes with
their speakers are in :mod:`studygen.quotes`).

People, places and organisations come from :mod:`studygen.names`; this module adds what news
states in figures (2026年3月14日, 15日夜, 約1200人, 3兆円規模, 70周年).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import is_dateline
from .model import Article

_D = "[0-9０-９]"
# 3万6,000人: a comma after 万 too (else 6,000人 is taken for the figure)
_NUM = rf"{_D}+(?:[.．,，]{_D}+)*(?:[万億兆]{_D}*(?:[,，]{_D}{{3}})*(?:[.．]{_D}+)?)*"

# 2026年3月14日, 14日午前, 15日夜, 8月下旬, 来年度, 午前3時12分ごろ, 10月11日（土曜日）
_YEAR = rf"(?:{_D}{{4}}年(?!代|間|ぶり)度?|来年度?|昨年度?|今年度?|去年)"
_MONTH = rf"{_D}{{1,2}}月(?:上旬|中旬|下旬|末|初め|の(?:初め|終わり|半ば))?"
_DAY = rf"{_D}{{1,2}}日(?!間|分|本|目)(?:[（(][月火水木金土日](?:曜日?)?[）)])?"
_PART = r"(?:の)?(?:早朝|未明|深夜|夕方|朝|昼|夜|午前|午後)(?![0-9０-９])"
_TIME = rf"(?:午前|午後)?{_D}{{1,2}}時(?!間)(?:{_D}{{1,2}}分|半)?"
_SEASON = r"(?:春|夏|秋|冬)"
_POINT = (
    rf"(?:{_YEAR}(?:{_MONTH}(?:{_DAY})?|{_SEASON})?|{_MONTH}(?:{_DAY})?|{_DAY})(?:{_PART})?(?:{_TIME})?"
    rf"|{_TIME}"
)
DATE = re.compile(rf"(?:{_POINT})(?:ごろ|頃|過ぎ)?(?:(?:[～~〜－]|から)(?:{_POINT})(?:ごろ|頃|過ぎ)?)?")

# Counters and units, longest first so that 回目 wins over 回.
_COUNTERS = sorted(
    ["人", "人分", "円", "ドル", "ユーロ", "元", "ウォン", "件", "回", "回目", "%", "％", "パーセント", "隻", "台", "台分", "個", "発", "棟", "戸", "票", "キロ", "キロメートル", "キロワット", "ギガワット時", "メートル", "センチ", "ミリ", "トン", "周年", "倍", "社", "カ国", "か国", "ヶ国", "か国目", "校", "店", "歳", "点", "度", "℃", "時間半", "時間", "日間", "週", "週間", "か月", "カ月", "ヶ月", "か月間", "カ月間", "年", "年間", "か所", "カ所", "箇所", "割", "株", "作品", "号", "秒", "分", "世帯", "本", "機", "頭", "匹", "人目", "位", "勝", "敗", "安打", "本塁打", "ポイント", "円台", "キログラム", "グラム", "リットル", "平方メートル", "ヘクタール", "種類", "年ぶり", "都県", "都道府県", "道府県", "府県", "市町村", "市区町村", "地域", "チーム", "議席", "試合", "団体", "品目", "項目", "言語"],
    key=len, reverse=True,
)
_PREFIX = r"(?:約|およそ|最大|最高|最低|少なくとも|わずか|第|延長|震度|マグニチュード|プラス|マイナス|摂氏|前年比)*"
_SUFFIX = r"(?:以上|以下|未満|前後|余り|あまり|ほど|ぐらい|くらい|程度|規模|超|近く|弱|強)?"
NUMBER = re.compile(
    rf"(?P<prefix>{_PREFIX})(?P<value>{_NUM})(?P<counter>{'|'.join(map(re.escape, _COUNTERS))})"
    rf"(?P<suffix>{_SUFFIX})"
    # マグニチュード6.8, 震度6弱: the unit stands before the number.
    rf"|(?P<unit>マグニチュード|震度)(?P<uvalue>{_NUM})(?P<usuffix>弱|強)?"
    # 3対2: a score.
    rf"|(?P<score>{_NUM}対{_NUM})"
)
# 10の言葉, 約40の国, 30ぐらいありました: a figure without a counter (asked with いくつ).
_BARE = re.compile(
    rf"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．\-－・第])(?<!分の)(?P<prefix>約|およそ)?(?P<value>{_NUM})"
    rf"(?:(?P<suffix>ぐらい|くらい|ほど|余り|近く)(?![0-9０-９])|(?=の[\u3040-\u30ff\u4e00-\u9fff]))"
)
# マグニチュードは6.8と推定: the figure after the unit and its particle.
_UNIT_THEN_VALUE = re.compile(rf"(?:(?<=マグニチュード[はが])|(?<=震度[はが]))(?P<value>{_NUM})(?P<suffix>弱|強)?")

# The question word for a counter: 約1200人 -> 何人, 3兆円規模 -> 何兆円規模, 70周年 -> 何周年.
_HOW_MUCH = {"円": "いくら", "ドル": "何ドル", "ユーロ": "何ユーロ", "%": "何%", "％": "何％"}


@dataclass(frozen=True, slots=True)
class Entity:
    """A date, time or number as it stands in sentence ``sentence_index`` (from ``start``).

    ``type`` is ``date`` or ``number``; ``counter`` the counter or unit of a number (人, 円, 周年).
    """

    text: str
    type: str
    sentence_index: int
    start: int
    counter: str = ""
    question_word: str = ""  # いつ, 何人, 何兆円規模 …

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _number_question_word(m: re.Match[str]) -> str:
    if m.group("score"):
        return "何対何"
    if m.group("unit"):
        return "マグニチュードいくつ" if m.group("unit") == "マグニチュード" else "震度いくつ"
    prefix = "".join(re.findall(r"第|延長|震度|プラス|マイナス|摂氏", m.group("prefix")))
    counter, suffix, value = m.group("counter"), m.group("suffix"), m.group("value")
    if suffix in ("ほど", "ぐらい", "くらい", "程度", "前後", "余り", "あまり", "近く", "弱", "強", "以上", "超"):
        # 約何人ほど, 何万人以上が帰国 read badly: the question asks the figure (何万人が帰国しま
        # したか。 25万人以上); 何歳未満 keeps its bound, which is the point of the question
        suffix = ""
    big = value[-1] if value[-1] in "兆億万" else ""  # 3兆円 -> 何兆円; 1万8000人 -> 何人
    if len(re.findall("[兆億万]", value)) > 1:
        big = ""  # 118兆3000億円 is no 何億円: いくら, 何人
    if counter in _HOW_MUCH and not big and not prefix and counter == "円":
        return "いくら" + suffix
    return prefix + "何" + big + counter + suffix


# 平年より8日早い, 3日ぶり, 猛暑日が20日を超えた: a number of days, not a date.
_DAYS_APART = re.compile(rf"{_D}+日(?=早|遅|ぶり|連続|以上|以内|以下|未満|を超|超|余り|近く|ほど|程度)")
# 1日あたり, 1日平均, 1日に2.5リットル, 3日に1回: a rate, neither a date nor a figure to ask.
_PER = re.compile(r"(?:あたり|当たり|平均)")
_DAY_RATE = re.compile(
    rf"(?<![月0-9０-９]){_D}{{1,2}}日(?:あたり|当たり|平均|に(?=[^、。]*?{_D}+(?:\.{_D}+)?"
    r"\s*(?:リットル|回|杯|時間|人|件|本|枚|錠|キロ|グラム|ミリ|歩|分|度|食|円)))"
)


def find_dates(article: Article) -> list[Entity]:
    """Every date or time, widest first where two overlap."""
    out = []
    for s in article.sentences:
        if is_dateline(s.text):
            continue
        for m in DATE.finditer(s.text):
            text = m.group(0)
            if _DAYS_APART.match(s.text, m.start()) and _DAYS_APART.match(s.text, m.start()).end() == m.end():
                continue
            if _DAY_RATE.match(s.text, m.start()):
                continue
            if text and text not in ("今年", "昨年", "去年", "今年度", "昨年度"):
                # 6月1日から来年3月末(まで): a span asks いつからいつ(まで).
                wh = "いつからいつ" if re.search(r"から|[～~〜－]", text) else "いつ"
                out.append(Entity(text, "date", s.index, m.start(), question_word=wh))
    return out


def find_numbers(article: Article) -> list[Entity]:
    """Every number with its counter or unit: 約1200人, 3兆円規模, 70周年, マグニチュード6.8."""
    out = []
    for s in article.sentences:
        if is_dateline(s.text):
            continue
        dated = set()
        for d in DATE.finditer(s.text):
            dated.update(range(d.start(), d.end()))
        first = len(out)  # this sentence's entities start here
        for m in NUMBER.finditer(s.text):
            text = m.group(0)
            if dated & set(range(m.start(), m.end())):
                continue  # 11時00分: the minutes of a time, not a number
            if m.group("counter") == "割" and re.match(r"[0-9０-９]+分", s.text[m.end():]):
                continue  # 打率3割1分2厘: one figure, not 3割 (何割1分2厘 asks nothing)
            if m.group("counter") == "年" and s.text.startswith("代", m.end()):
                continue  # 2020年代: a decade (何年代 asks something else)
            if _PER.match(s.text, m.end()):
                continue  # 1世帯あたり3万円: the basis of a rate; 何世帯あたり asks nothing
            counter = m.group("counter") or m.group("unit") or ("対" if m.group("score") else "")
            out.append(Entity(text, "number", s.index, m.start(), counter, _number_question_word(m)))
        counted = set(dated)
        for e in out[first:]:  # not every earlier sentence's too: 50,000 short lines took 80 s
            counted.update(range(e.start, e.end))
        for m in _BARE.finditer(s.text):
            if counted & set(range(m.start(), m.end() + 1)) or s.text.startswith(("のうち", "の間"), m.end()):
                continue
            out.append(Entity(m.group(0), "number", s.index, m.start(), "", "いくつ"))
        for m in _UNIT_THEN_VALUE.finditer(s.text):
            out.append(Entity(m.group(0), "number", s.index, m.start(), "値", "いくつ"))
        for m in _DAYS_APART.finditer(s.text):
            out.append(Entity(m.group(0), "number", s.index, m.start(), "日", "何日"))
    return out
