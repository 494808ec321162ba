"""Keys: the answer of a fact question is a whole unit of its sentence, and the prompt does not
show it. 26年 cut from 平成26年, 10分 from 10分の1 or 2日 from 2日で (two days, not the 2nd) is no
key to ask; 日米韓の何か国 shows the count it asks."""

from __future__ import annotations

import re

from ..model import Question
from .base import FACT_KINDS, Draft
from .context import few

_ERA_BEFORE = re.compile(r"(?:平成|令和|昭和|大正|明治)$")
_LIST_COUNT = re.compile(r"[、・と][^、。]{1,12}の[0-9０-９]+(?:か国|カ国|ヶ国|店舗|店|人|社|校|県|市|チーム)")
_COUNT_SHOWN = re.compile(r"[、・と][^、。]{1,12}の何|(?:さん|氏)の何")  # 彩菜さんの何人


def unbalanced_brackets(text: str) -> bool:
    """日本時間は28日午前)に…: a bracket cut open by a broken sentence split."""
    return text.count("(") != text.count(")") or text.count("（") != text.count("）") or \
        text.count("『") != text.count("』")


def key_problem(d: Draft | Question, sentence: str) -> str | None:
    """key_fragment or count_shown (see :func:`checks.check`), or None."""
    if d.kind in ("who", "where") and re.match(r"[ぁ-ん]{2,}[うくすつぬむるぐぶ](?=[ァ-ヶ一-龥])", d.answer):
        return "key_fragment"  # まさるバーレーン: a verb (勝る) read into the name (round 58's 2040)
    if d.kind == "when" and d.answer in sentence and re.fullmatch(r"[0-9０-９]+日", d.answer) and \
            re.match(r"で(?![はも])", sentence[sentence.index(d.answer) + len(d.answer):]):
        return "key_fragment"  # 2日で症状が回復した: a span of two days, not the 2nd (dev review 8)
    if d.kind in ("when", "how_many", "cloze") and d.answer in sentence:
        at = sentence.index(d.answer)
        after = sentence[at + len(d.answer):]
        if _ERA_BEFORE.search(sentence[:at]) or re.match(r"の[0-9０-９]|[0-9０-９]|(?:に|あたり|当たり)(?:最大|最低|約)?[0-9０-９一二三四五六七八九十]", after) or \
                re.search(r"[0-9０-９](?:時間|[時分秒年月日度万億千])?$|[（(]$|(?:北緯|南緯|東経|西経)$|数$|もう$|"
                          r"[0-9０-９][-－~〜～・]$|[0-9０-９][^、。]{0,3}ないし$", sentence[:at]):
            # 3時間41分24秒 cut to 24秒, 約1万7,000人 to 7,000人; 地村保志さん(50歳): an age in
            # brackets is no fact to ask; 西経87度: a coordinate is no figure of the story; 数100トン
            # (several hundred) cut to 100トン; 110-120歳 cut to 120歳, 45人ないし47人 to 47人, 1月2・3日
            # to 3日; 1年に最大一つ: a rate's unit, no count
            return "key_fragment"
    if d.kind == "how_many" and d.answer in sentence and \
            re.match(r"と、?[^。]*?[0-9０-９][0-9０-９,，.]*" + re.escape(re.sub(r"^[0-9０-９,，.万億]+", "", d.answer)),
                     sentence[sentence.index(d.answer) + len(d.answer):]):
        return "key_fragment"  # 国際監視団491人と、国内からの4,633人からなる: one count of a list (round 31)
    if d.kind == "how_many" and re.fullmatch(r"[0-9０-９]+回", d.answer) and re.search(
            r"(?:^|、|しかし|また)" + re.escape(d.answer) + r"(?:、|表|裏|の(?:表|裏))", sentence) and \
            not re.search(r"何回(?:に|の|表|裏)", d.prompt):
        return "key_fragment"  # しかし9回、日本は…4点を奪い: the ninth inning, no count (日本は何回…奪いましたか, round 92's 1912, C)
    if d.kind == "how_many" and d.answer in sentence and \
            re.match(r"(?:から|[-－~〜～])[0-9０-９]", sentence[sentence.index(d.answer) + len(d.answer):]):
        return "key_fragment"  # マグニチュード5.4から5.6: the start of a range (dev 3112)
    if d.kind == "how_many" and re.search(r"(?:の|、)(?:計|合計|総計)何", d.prompt) and \
            len(re.findall(r"[0-9０-９]" + re.escape(re.sub(r"^[^0-9０-９]*[0-9０-９,，.万億]+", "", d.answer)),
                           d.prompt)) >= 2:
        return "count_shown"  # バラムラ町で3人と、スリナガルで2人の計何人: the sum of the shown (dev 3112)
    if d.kind == "how_many" and re.search(r"何(?:日間|日|か月|カ月|年間)", d.prompt) and \
            re.search(r"[0-9０-９]+(?:日|月|年)から[0-9０-９]+(?:日|月|年)", d.prompt):
        return "count_shown"  # 9月21日から24日の何日間: the span in the prompt gives the count
    if d.kind == "how_many" and "何位" in d.prompt and re.search(r"[0-9０-９]+位", d.prompt):
        return "count_shown"  # 2位・レッズ、3位・アントラーズ、4位・ジェフ、セレッソは何位: read off the list (round 47)
    if d.kind == "true_false" and d.answer == "×" and _LIST_COUNT.search(d.prompt):
        return "count_shown"  # 小樽と苫小牧の3店舗 (two in the article): the list shows the swap
    if d.kind == "how_many" and _COUNT_SHOWN.search(d.prompt) and few(d.answer) or \
            d.kind == "cloze" and re.match(r"[0-9０-９]", d.answer) and re.search(r"[、・][^、。]{1,12}の（", d.prompt):
        return "count_shown"  # チェコ、スペイン、…の（　　　）によるプレーオフ: 6ヶ国 is read off the list
    if d.kind in (*FACT_KINDS, "cloze") and (d.answer.count("「") != d.answer.count("」") or unbalanced_brackets(d.answer)):
        return "key_fragment"  # 「主要商品が販売困難になった: a key cut across a quote
    if d.kind == "when" and d.answer.endswith("年") and d.answer in sentence and \
            re.match(r"[一-龥ァ-ヶ]{2}", sentence[sentence.index(d.answer) + len(d.answer):]) and \
            not re.match(r"(?:以降|以来|以前|以後|当時|頃|ごろ|前後|度)", sentence[sentence.index(d.answer) + len(d.answer):]):
        return "key_fragment"  # 2002年日韓大会: the year names the tournament, it is no date to ask
    if d.kind == "where" and d.answer in sentence and \
            re.match(r"から[^、。]{1,10}(?:まで|にかけて|の広い|の各地)", sentence[sentence.index(d.answer) + len(d.answer):]):
        return "key_fragment"  # 北日本から西日本の広い範囲: the start of a range is no place where
    if d.kind == "where" and re.search(r"(?:容疑者|被告|氏|さん|選手|首相|社長)の", d.answer):
        return "key_fragment"  # 実家はどこに (古市容疑者の交野市): whose home went into the key (dev review 8)
    if d.kind in FACT_KINDS and re.match(r"(?:ため|ので|から|こと|もの|ところ|うち|まま|よう)(?=[0-9０-９一-龥ァ-ヶ])", d.answer):
        return "key_fragment"  # 付きにくいため2回の接種: the cause's ため went into the key (dev 3109)
    if d.kind in ("what", "who", "where", "how_many") and d.answer in sentence and re.match(
            r"[をにがへと][^、。]{0,8}?[るうくすつぬむぶぐ]ため", sentence[sentence.index(d.answer) + len(d.answer):]):
        # 救助活動の指示を取るために現地入りした: the act the trip was for, asked as if it were done
        # (温家宝首相は現場で何を取りましたか, round 115's 0494, C)
        return "key_fragment"
    if d.kind == "what" and re.match(r"[0-9０-９][0-9０-９,.]*[^0-9０-９,.]", d.answer.split("の")[-1]):
        # 現在J2では何を行っていますか (4回総当り), 何を獲得しましたか (過去最多の7議席): a count asked
        # 何を is its how-many question worded as an open one (round 113's 0445 and 2715, B)
        return "key_fragment"
    if d.kind == "what" and re.search(r"[一-龥ァ-ヶー]{2,}(?:など)?[0-9０-９][0-9０-９,.]*(?:万|億)?"
                                      r"(?:つ|株|隻|トン|本|個|人|円|台|頭|匹|枚|件|棟|戸|発|機)$", d.answer):
        # 高さ40cmの大麻草25株, 入植地6つ, 救助船2隻: what was grown is 大麻草; the count after it is a
        # second fact the student must copy too (round 113's 2786, B)
        return "key_fragment"
    if d.kind in FACT_KINDS and d.answer.endswith(("ならび", "並び")) and d.answer + "に" in sentence:
        return "key_fragment"  # 宮古島市ならび(に沖縄タイムスによる主催): "and", cut (round 99's 2515, C)
    if d.kind in ("who", "where", "what") and d.answer in sentence and \
            re.search(r"[ァ-ヶー一-龥A-Za-z][(（][^()（）]{1,20}[)）]$", sentence[:sentence.index(d.answer)]):
        # フランツ・ミュンテフェリング(ミュンテフェーリング)SPD党首: the name before the bracket is
        # the key's too (誰が…意向を示しましたか: SPD党首, round 137's 1127, C)
        return "key_fragment"
    if d.kind in FACT_KINDS and d.answer.startswith(("、", "，", ",")):
        return "key_fragment"  # 、患者は多い時には1日20人に及んでいた: a clause cut at its comma (round 31)
    if d.kind in ("who", "where") and "、" in d.answer or d.kind == "what" and re.search(r"の、", d.answer):
        # 東チモール、フィリピン、タイ among single places: the key's form gives it away; イスラム
        # 聖戦戦線の、2つの武装組織: a name cut from its list at the comma (round 34)
        return "key_fragment"
    if d.kind in FACT_KINDS and re.search(r"[州県省市町村区国庁]何[がをにの]|[翌同前昨]何年", d.prompt):
        # グラム・ナビ・ロネ州何が (州教育相: the key cut from its title), 翌何年…発覚しましたか (99年:
        # a year, no count): round 34
        return "key_fragment"
    return None
