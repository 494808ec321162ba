"""Polite predicates: one register on a sheet, whatever the article's style.

A news article in plain style (…会談した。 …方針だ。) and one in polite style (…会談しました。)
give the same prompts: 会談しましたか。 方針ですか。 The predicate's own tense is kept (a past event
is never asked in the dictionary form: 「獲得して勝利するか」 was a fault), and a clause that ends
in て or a 連用形 (…発表し、) takes the tense of the sentence's main predicate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..furigana import I_ROW
from ..model import Word
from ..name_tables import titles

def _modified_by_no(core: Sequence[Word]) -> bool:
    """自身初の5連覇。: the サ変 noun ends a noun phrase (初の…), not an act: …5連覇です, not
    「5連覇します」 (…で結成。 with a particle before it is the act: 結成しました)."""
    k = len(core) - 1
    while k > 0 and (core[k - 1].pos in ("NUM", "NOUN") or core[k - 1].tag.startswith("接尾辞")):
        k -= 1
    return k > 0 and core[k - 1].text == "の" and core[k - 1].pos == "ADP"


_COPULAS = {"だ", "です", "である"}
# する made polite, by (past, negative)
# サ変 nouns news glues to their object in a 体言止め (金メダル獲得。 3連覇達成。 記録更新。)
_TAKES_ITS_OBJECT = frozenset(["獲得", "達成", "更新", "樹立", "突破", "締結", "採択", "受賞", "奪取", "奪還", "制覇"])
_SURU = {(False, False): "します", (True, False): "しました", (False, True): "しません", (True, True): "しませんでした"}
# 開催される予定。 体言止め of a noun that a clause describes: …予定です, never 「予定します」
_NOUN_PREDICATES = {"予定", "計画", "方針", "見通し", "見込み", "意向", "構え", "模様", "公算", "見方", "考え"}
# Verbs of a lasting state, asked in ている: 住む -> 住んでいます.
_STATES = {"住む": "住んで", "暮らす": "暮らして", "勤める": "勤めて", "務める": "務めて", "在籍": "在籍して"}
# Words that end a bunsetsu without being part of the predicate: て, が, ので, けれど, 。, 、
_TRAILING = {"PUNCT", "SCONJ", "PART"}


def _renyou(w: Word) -> str | None:
    """The 連用形 of a conjugating word, from its lemma and conjugation type:
    書く (五段-カ行) -> 書き, 始める (下一段) -> 始め, する -> し, 来る -> 来, れる -> れ."""
    ctype = w.inflection.split(",")[0]
    lemma = w.lemma
    if ctype.startswith("五段") and lemma[-1:] in I_ROW:
        stem = lemma[:-1]
        if ctype.startswith("五段-カ行") and lemma in ("行く", "いく", "逝く"):
            return stem + "き"
        return stem + I_ROW[lemma[-1]] if w.text.startswith(stem) else None
    if ctype.startswith(("上一段", "下一段")) or ctype in ("助動詞-レル", "助動詞-ラレル", "助動詞-セル", "助動詞-サセル"):
        return lemma[:-1] if lemma.endswith("る") and w.text.startswith(lemma[:-1]) else None
    if ctype.startswith("サ行変格"):
        return lemma[:-2] + "し" if lemma.endswith("する") else None
    if ctype.startswith("カ行変格"):
        # 続いてきた: 来る written in kana takes き (続いてきました), not the lemma's く or 来
        if w.text.startswith(("き", "く", "こ")):
            return "き"
        return lemma[:-1] if lemma.endswith("る") else None
    return None


def _is_past_aux(w: Word) -> bool:
    """た, and だ after a 音便 (臨んだ, 泳いだ): Sudachi gives that だ the lemma だ but the type タ."""
    return w.pos == "AUX" and (w.lemma == "た" or w.inflection.startswith("助動詞-タ"))


def reports_a_result(w: Word) -> bool:
    """フェン選手にストレート勝ち。: 勝ち or 負け ending a clause reports a win or a loss that has
    happened, as a サ変 noun reports an act (dev 3113)."""
    return w.text.endswith(("勝ち", "負け")) and not w.inflection


def tense_of(words: Sequence[Word]) -> bool:
    """Whether a predicate bunsetsu is past: it holds the auxiliary た (会談した, 述べていた)."""
    return any(_is_past_aux(w) for w in words)


def polite(words: Sequence[Word], text: str, *, past: bool | None = None, existential: bool = False,
           after_no: bool = False, ahead: bool = False) -> str | None:
    """The predicate bunsetsu ``words`` (whose text in the sentence is ``text``, starting at the first
    word) in polite form, without the final か or 。; None when it cannot be made safely.

    ``past`` is the main clause's tense, used when this bunsetsu has none of its own (目指して、).
    ``after_no``: the bunsetsu before ends in の (自身初の|5連覇), so a サ変 noun here ends a noun
    phrase (5連覇です), not an act.
    ``ahead``: the sentence looks ahead (予定, 方針, 来月 …): a verb before が is a plan, not news told in
    the present (本田が先制点を挙げるが、…逆転を許した is past).
    ``existential``: で+ある says where something took place (公判が福岡地裁であった -> 福岡地裁で
    ありました), not the copula (…でした).

    会談した -> 会談しました; 始める -> 始めます; 悪化していた -> 悪化していました; 予定だ -> 予定です;
    人で (copula) -> 人でした when ``past``; 高かった -> 高かったです; 行わない -> 行いません.
    """
    if not words:
        return None
    base = words[0].start
    core = list(words)
    trimmed = False
    own_tense = False
    while core and (core[-1].pos in _TRAILING or (core[-1].pos == "ADP" and core[-1].dep in ("case", "mark"))):
        if core[-1].pos == "ADP" and core[-1].lemma not in ("て", "で", "ば", "が", "し"):
            return None  # 取締役会で (a case particle): an argument, not a predicate
        trimmed = trimmed or core[-1].pos != "PUNCT"
        # 公務は1月23日から始まるが、…方針を明らかにした: a verb before が or し is finite and has its
        # own tense (始まりますか, not 始まりましたか: round 105's wikinews-1560, B) when it is a state
        # (行っているが) or the sentence looks ahead; sports news tells a match in the present
        # (本田が先制点を挙げるが、…逆転を許し: 挙げましたか)
        own_tense = own_tense or core[-1].pos in ("ADP", "SCONJ") and core[-1].lemma in ("が", "し", "けれど", "けれども", "ものの", "のに")
        core.pop()
    if not core:
        return None
    is_past = False
    if _is_past_aux(core[-1]):
        is_past = True
        core.pop()
    elif own_tense and "終止形" in core[-1].inflection and (
            core[-1].lemma in ("いる", "居る", "おる", "ある", "有る") or ahead):
        is_past = False
    elif trimmed or core[-1].inflection.endswith(("連用形-一般", "連用形-促音便", "連用形-撥音便", "連用形-イ音便")) or \
            (core[-1].pos == "VERB" and core[-1].tag.startswith("名詞")):
        is_past = bool(past)  # 発表し、 / 目指して: the main clause's tense
    negative = False
    if core and core[-1].pos == "AUX" and core[-1].lemma in ("ない", "ぬ", "ず"):
        negative = True
        core.pop()
    if not core:
        return None
    last = core[-1]
    if last.lemma == "ある" and len(core) > 1 and (core[-2].dep == "cop" or core[-2].text == "で") and not existential:
        core.pop()  # 必要である, 迫られそうである -> …です, not …であります
        last = core[-1]
    stem = text[: last.start - base]
    if last.pos == "AUX" and last.lemma in _COPULAS:
        if negative:
            return None
        return stem + ("でした" if is_past else "です")
    if last.pos == "AUX" and last.lemma == "ます":
        return stem + {(False, False): "ます", (True, False): "ました", (False, True): "ません",
                       (True, True): "ませんでした"}[(is_past, negative)]
    if last.lemma in ("ほしい", "欲しい", "たい"):
        return None  # 誰が連絡をほしかったですか: a third person's wish is reported, not asked
    if last.tag.startswith("形容詞") or (last.pos == "AUX" and last.lemma in ("たい", "らしい")):
        if negative or "連用形" in last.inflection and not tense_of(words):
            # 混乱が無く、 (a clause in 連用形): 「無くですか」 is not Japanese (資格しかなかった。 is
            # past: ありませんでした, round 45)
            return None
        if last.lemma in ("無い", "ない") and last.tag.startswith("形容詞"):
            # 要請はまだない -> まだありません (「ないです」 is spoken, not a sheet's Japanese)
            return stem + ("ありませんでした" if is_past else "ありません")
        plain = text[: last.end - base] + ("た" if is_past else "")
        return plain + "です"
    if reports_a_result(last) and not any(w.dep == "cop" for w in core) and \
            (len(last.text) > 2 or len(core) > 1 and core[-2].dep == "compound" and core[-2].head == last.i):
        # フェン選手にストレート勝ち、 (news style): a win reported, done: 誰にストレート勝ちしましたか,
        # not 勝ちでしたか (graded B in dev 3113) nor 勝ちします
        return text[: last.end - base] + _SURU[(is_past or past is not False, negative)]
    if last.pos == "VERB" and "サ変可能" in last.tag and not last.inflection:
        # 4人の死亡を確認、 (a サ変 noun used as a verb without its する, news style) -> 確認しました;
        # a sentence's last (…と主張。) reports what was done, as a noun's does: 主張しました, not
        # 主張します (round 42)
        return text[: last.end - base] + _SURU[(is_past or past is not False, negative)]
    if last.pos in ("VERB", "AUX") and last.inflection:
        if last.lemma in ("おる", "居る") and last.text.startswith("お"):
            # 受け止めておりました: the humble おる of the source, asked of others, is いる
            last = Word(last.i, "い", "いる", last.pos, last.tag, last.dep, last.head, last.start, last.bunsetsu,
                        "上一段-ア行," + last.inflection.split(",", 1)[-1])
        renyou = _renyou(last)
        if renyou is None:
            return None
        if last.lemma in _STATES and not is_past and not negative and last is core[-1]:
            # 大阪市に住む男: 住む in a relative clause is a state; asked, it is 住んでいますか, not
            # 住みますか (a habit, or a plan)
            return stem + _STATES[last.lemma] + "います"
        ending = {(False, False): "ます", (True, False): "ました", (False, True): "ません",
                  (True, True): "ませんでした"}[(is_past, negative)]
        return stem + renyou + ending
    # 約2,400施設。: a number right before the サ変 noun counts things (2,400 facilities): 施設です,
    # never 2,400施設しました (round 60's 1182)
    counted = len(core) > 1 and core[-2].pos == "NUM" and core[-2].end == last.start
    if "サ変可能" in last.tag and not any(w.dep == "cop" for w in core) and last.lemma not in _NOUN_PREDICATES \
            and not (after_no or _modified_by_no(core)) and last.lemma not in titles() and not counted:
        # (シェリング氏はメリーランド大学教授。: 教授 is his post, a noun: 教授です, not 教授しました;
        # round 41)
        # …浴室内で発見。 …地区に指定、: a サ変 noun ends the clause without its する (news style);
        # 2000年開局。 takes its に with the する (2000年に開局しました, not 2000年開局しました)
        head = text[: last.start - base]
        if re.search(r"[0-9０-９][年月日]$", head):
            text = head + "に" + text[last.start - base:]
            base -= 1
        elif last.lemma in _TAKES_ITS_OBJECT and len(core) > 1 and core[-2].pos in ("NOUN", "PROPN") \
                and core[-2].end == last.start:
            # …に続いての金メダル獲得。: the object glued to the act takes its を with the する
            # (金メダルを獲得しました, not 金メダル獲得しました, round 38)
            text = head + "を" + text[last.start - base:]
            base -= 1
        return text[: last.end - base] + _SURU[(is_past or past is not False, negative)]
    if last.pos in ("NOUN", "PROPN", "NUM", "PRON") or last.tag.startswith(("名詞", "接尾辞")):
        if negative:
            return None
        # 体言止め (…の見通し。) or a noun predicate whose copula was a clause's で
        return text[: last.end - base] + ("でした" if is_past else "です")
    return None


# ---- The tense of a finished prompt -------------------------------------------------------

_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_PLANNED = re.compile(r"計画では|予定|目指|見通し|見込み|方針|目標|構想")


def newest_year(texts: Iterable[str]) -> int:
    """The article's newest year (0 if it names none): an event in an earlier year is past,
    whatever its clause's tense."""
    return max((int(y) for text in texts for y in _YEAR.findall(text)), default=0)


def looks_back(prompt: str, sentence: str, key: str, newest: int) -> bool:
    """Whether a prompt in the present asks of something done: 1992年秋に…入団しますか is a
    clause in its main clause's present, but a year the article looks back on is past, and so is
    what happened すでに. Not a plan (計画では2010年11月に打ち上げる, round 27), nor a state since
    a year (1968年から授与されている goes on today: いつから授与されていますか, wikinews-2301)."""
    years = [int(y) for y in _YEAR.findall(prompt + key)]
    # 2016年のオリンピック開催地は、…2009年に開催される…総会で決定される: an event the sentence
    # describes as coming (開催される総会), in a sentence that looks to a later year still, is ahead
    # (round 109's 3118 asked 「総会はいつ開催されましたか」; 2005年に…許可し2007年から営業している
    # is past)
    after = sentence[sentence.find(key) + len(key):] if key in sentence else ""
    ahead = bool(years) and any(int(y) > max(years) for y in _YEAR.findall(sentence)) and \
        bool(re.match(r"に[^、。]{1,8}?(?:される|する|れる)(?=[一-龥ァ-ヶ])", after))
    # 5月28日に…命令を受け、6月中旬にも破産手続きを行う予定: a date before the month a plan of the
    # same sentence looks to is of something done (round 111's 3206 asked 「いつ…受けますか」)
    month = re.match(r"(?:[0-9０-９]{4}年)?([0-9]{1,2})月", key)
    before_the_plan = bool(month) and bool(_PLANNED.search(after)) and any(
        int(m) > int(month.group(1)) for m in re.findall(r"(?<![0-9])([0-9]{1,2})月", after.split("予定")[0]))
    return ((bool(years) and max(years) < newest and not ahead or bool(re.search(r"すでに|既に", prompt))) and
            not _PLANNED.search(sentence) or before_the_plan) and not re.search(r"いつから[^。]*ていますか。$", prompt)


def _to_past(prompt: str) -> str:
    for now, then in (("ますか。", "ましたか。"), ("ませんか。", "ませんでしたか。"), ("ですか。", "でしたか。")):
        if prompt.endswith(now) and not prompt.endswith(then):
            return prompt[: -len(now)] + then
    return prompt


# 乗組員何人が死亡していましたか, 夏さんはいつ体調を崩していましたか: news tells an event done
# before its report with ている/ていた (死亡しており); a question asks the event itself, 死亡しましたか
# (round 47 graded both B). Only verbs of one-time events: 持っていました, 務めていました stay.
# (開局していましたか, 発見されていますか: a station opened, a car found, round 131's 1623, 0545, B)
_ONE_TIME = re.compile(r"((?:死亡|死去|逮捕|就任|辞任|引退|発生|記録|発表|書類送検|事情聴取|負傷|当選|落選|受賞|優勝|到着|"
                       r"合意|可決|成立|開局|開業|設立|創業|創刊|結成|開通|発見|締結|"
                       # (何を制していましたか, なぜ控訴していましたか: a title won, an appeal made,
                       # round 137's 2260 and 3495, B)
                       r"制|獲得|発効|施行|調印|批准|控訴|提訴|上告)(?:し|され)|崩し|行われ|開かれ|開催され)"
                       r"ていました(か。)$")
# 何人が死亡していますか, いつ死去していますか: a death before the report, asked as done too (round
# 121's 2777, B); not an event going on (どこで行われていますか) nor a span (いつから…)
_DONE_BY_NOW = re.compile(r"((?:死亡|死去|逮捕|就任|辞任|引退|書類送検|負傷|当選|落選|受賞|優勝|到着|合意|可決|成立|開局|開業|"
                          r"設立|創業|創刊|結成|開通|発見|締結|制|獲得|発効|施行|調印|批准|控訴|提訴|上告)"
                          # (いつ…条約が発効していますか: a treaty in force since then, round 137's 3269, B)
                          r"(?:し|され))ています(か。)$")


def _one_time(prompt: str) -> str:
    prompt = _ONE_TIME.sub(r"\1ました\2", prompt)
    return prompt if "いつから" in prompt else _DONE_BY_NOW.sub(r"\1ました\2", prompt)


# 2008年1月に予定される大阪府知事選挙 -> 選挙はいつ予定されていますか: a schedule is a state that
# holds, not an act done or to be done (いつ予定されますか, round 119's 3324, B)
_SCHEDULED = re.compile(r"予定されま(す|した)か。$")


# 札幌競馬場は9月2日にて今夏の開催を終えた: the written にて after a day reads stiff in a question
# (「どこが9月2日にて…終えましたか」, round 129's 0606, B); a place's にて (清水寺にて) is left.
_DAY_NITE = re.compile(r"(?<=[0-9０-９][日月年])にて(?=[^、。])")


# どこで10日、…衝突が起こりましたか: the day set off by its comma goes before the question word
# (10日、どこで…; round 131's 0053, B)
_WH_BEFORE_DAY = re.compile(r"^(どこで|どこが|どこに|誰が|何が)([0-9０-９]+(?:年|月|日)(?:[0-9０-９]+日)?(?:午前|午後|夜|朝)?、)")


# 死者が何人でしたか: a figure asked of its noun takes the topic's は (死者は何人でしたか; round
# 137's 2618, B), as a count a sentence tells of it does (死者は1013人だった)
_COUNT_OF = re.compile(r"が(何[^、。がをに]{0,5})(でしたか。|ですか。)$")


def in_its_tense(prompt: str, past: bool) -> str:
    """The prompt in the past when ``past`` (:func:`looks_back`), a one-time event asked as done,
    and a schedule asked as a state (and a day's にて made に, a figure's が made は)."""
    prompt = _COUNT_OF.sub(r"は\1\2", _WH_BEFORE_DAY.sub(r"\2\1", _DAY_NITE.sub("に", prompt)))
    return _SCHEDULED.sub(r"予定されていま\1か。", _one_time(_to_past(prompt) if past else prompt))


# 開催しましたか -> 開催されましたか: an event a clause's subject held, asked as the topic.
_PASSIVE = {"開催し": "開催され", "実施し": "実施され", "開き": "開かれ", "行い": "行われ", "挙行し": "挙行され"}
_HELD = re.compile(r"(開催し|実施し|開き|行い|挙行し)(ま(?:した|す)か。|ました。|ます。)$")


def held_in_the_passive(prompt: str) -> str:
    """The polite predicate of holding an event made passive: 会合はいつ開きましたか。 ->
    会合はいつ開かれましたか。 (other predicates are left as they are)."""
    return _HELD.sub(lambda m: _PASSIVE[m.group(1)] + m.group(2), prompt)


# 連用形 before ます -> (non-past, past) endings of a godan verb: 書き 書く 書いた, 泳ぎ 泳ぐ 泳いだ
_GODAN = {"き": ("く", "いた"), "ぎ": ("ぐ", "いだ"), "し": ("す", "した"), "ち": ("つ", "った"), "り": ("る", "った"),
          "い": ("う", "った"), "に": ("ぬ", "んだ"), "び": ("ぶ", "んだ"), "み": ("む", "んだ")}


def plain(predicate: str) -> str | None:
    """A polite predicate in the plain form a clause before の takes: 逮捕しました -> 逮捕した,
    呼びかけています -> 呼びかけている, 問われました -> 問われた, 行きました -> 行った, 起きました ->
    起きた (not 起いた: the verb's class is UniDic's, by its readings). None for what it does not
    turn (でした, ません; 問う, whose past is 問うた)."""
    from ..analyze import tokenize

    past = predicate.endswith("ました")
    if not past and not predicate.endswith("ます"):
        return None
    toks = tokenize(predicate)
    k = len(toks) - (2 if past else 1)
    if k < 1 or toks[k].lemma != "ます" or toks[k - 1].pos[0] not in ("動詞", "助動詞") or \
            not toks[k - 1].conjugation.startswith("連用形"):
        return None
    v = toks[k - 1]
    head = predicate[:v.start] + v.surface
    if v.lemma_reading in ("する", "くる") or v.lemma_reading == v.reading + "る":
        # 逮捕し, 来, 起き, 問われ: サ変, カ変 and 一段 (the reading before る is the 連用形)
        return head + "た" if past else (head[:-1] + "する" if v.lemma_reading == "する" else head + "る")
    if v.lemma_reading in ("とう", "こう") or not v.surface or v.surface[-1] not in _GODAN:
        return None
    if past and v.lemma_reading in ("いく", "ゆく"):
        return head[:-1] + "った"  # 行き: 行った, not 行いた
    return head[:-1] + _GODAN[v.surface[-1]][1 if past else 0]
