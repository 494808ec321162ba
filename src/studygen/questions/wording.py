"""Wording a clause: the kept bunsetsu in order, the question word in the key's place, the
predicate polite, and what a printed question cannot carry (a source's によると, an aside in
brackets, 現地時間 before いつ) left out.

    kept: 同新聞は | 2005年4月、| 公称2万部で | 創刊したが、  target 2005年4月
    -> 同新聞はいつ公称2万部で創刊しましたか。
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .base import ASIDE as _ASIDE_NOT_BLANK
from .clause_tense import LOOKS_AHEAD
from .polite import polite
from .tree import _BULLETS, Tree

# 毎日新聞によると (parsed 毎日 | 新聞によると: "every day" left behind), 共同通信などによれば、
_SOURCE_ANYWHERE = re.compile(r"[^、。「」]{0,12}(?:新聞|通信|テレビ|放送|NHK|ロイター|AP|AFP)(?:社)?(?:など)?(?:の報道)?"
                              r"(?:によると|によれば)、?")
# (UTC+9), （25）, （日本時間）: an aside in brackets is clutter in a question.
ASIDE = re.compile(r"[（(][^（）()「」]{1,30}[）)]")


@dataclass(frozen=True, slots=True)
class Target:
    """What a question asks for: the key at ``start:end`` of the sentence, replaced by ``wh``.

    ``particle`` maps the particles after the key to what the question word takes (は -> が for
    誰: 「誰は」 is not Japanese), returning None where the question cannot be asked (いつは, いつも).
    """

    start: int
    end: int
    wh: str
    particle: Callable[[str], str | None] = lambda p: p
    allow_after: tuple[str, ...] = ()  # words that may follow the key inside its phrase (以上, 余り)
    quantity: bool = False  # a figure: it may count the noun it modifies (3兆円規模の投資)
    # The key's phrase had a relative clause before ``start`` (国賓として来日している|フィリピンの
    # マルコ・サントス大統領と): it describes the answer, so the question leaves it out (誰と…).
    described: bool = False

    def aside_after(self, text: str) -> int:
        """How many characters of ``text`` (what follows the key) are an aside in brackets the
        key stands without: 森田裕介氏（45）が, an age after a name. A date's (UTC+9) is none: asked
        through it, いつ lost what a probe entered and whose coma was announced (wikinews-2091, 3136)."""
        m = ASIDE.match(text) if self.wh in ("誰", "どこ") else None
        return m.end() if m else 0


def topics(tree: Tree, keep: set[int], top: int | None) -> list[int]:
    """The kept phrases marked with the topic は (not では, には) that the predicate ``top`` governs
    (with None: any kept subject so marked)."""
    out = []
    for c in (tree.children[top] if top is not None else [b for b in keep if tree.dep(b) == "nsubj"]):
        words = [w for w in tree.bwords(c) if w.pos != "PUNCT"]
        if c in keep and len(words) > 1 and words[-1].lemma == "は" and words[-2].pos != "ADP":
            out.append(c)
    return out


def _topic_first(tree: Tree, keep: set[int], top: int, target: Target | None) -> list[int]:
    """The kept bunsetsu in sentence order, but a topic that follows the question word goes before
    it: 12月6日、吉野家ホールディングスは…発表した asks 吉野家ホールディングスはいつ…発表しましたか,
    not いつ吉野家ホールディングスは… (a question word opens a Japanese question only without a
    topic)."""
    order = sorted(keep)
    if not target:
        return order
    at = next((b for b in order if tree.span(b)[0] <= target.start < tree.span(b)[1]), None)
    later = [t for t in topics(tree, keep, None) if at is not None and t > at]
    if len(later) != 1:
        return order
    block = sorted(tree.subtree(later[0]) & keep)
    if block[0] <= at:
        return order
    rest = [b for b in order if b not in block]
    i = rest.index(at)
    return rest[:i] + block + rest[i:]


def render(tree: Tree, keep: set[int], top: int, target: Target | None, question: bool,
            past: bool, prefix: str = "") -> str | None:
    text = tree.parse.text
    pieces: list[str] = [prefix] if prefix else []
    # 決勝がいつ行われましたか -> 決勝はいつ行われましたか: a subject the question is about (not the
    # one it asks for) is its topic, unless the clause has one.
    topical = question and target is not None and not prefix and not any(
        tree.text(x).rstrip("、").endswith("は") for x in keep if x != top)
    for b in _topic_first(tree, keep, top, target):
        if b == top:
            continue
        a, e = tree.span(b)
        piece = text[a:e]
        if topical and tree.dep(b) == "nsubj" and e <= target.start and tree.parent[b] == top and \
                re.search(r"[^のにでとへ]が、?$", piece):
            piece = re.sub(r"が(、?)$", r"は\1", piece)
            topical = False
        if target and a < target.end and e > target.start:
            if not a <= target.start < e:
                continue  # a later bunsetsu of the key: the question word stands for it
            last = tree.span(tree.at(target.end - 1))[1]
            after = text[target.end:last]
            particle = target.particle(after[target.aside_after(after):])
            if particle is None:
                return None
            # さる8月 / 去る8日: 去る belongs to the date, and the question word replaces both.
            before = re.sub(r"(?:去る|さる|きたる|来る)$", "", text[a:target.start])
            if target.quantity and particle in ("が", "を") and _COUNTED_NOUN.search(before) and (
                    _THING_COUNTERS.fullmatch(target.wh) or
                    target.wh in ("何人", "何名") and re.search(r"[とや][一-龥ァ-ヶー]{1,6}$", text[:target.start])):
                # (作業員6人が of people alone is asked 何人の作業員が, further down; a pair of
                # them is not. A rank, a sum or a span does not count the noun before it:
                # オリコン初登場9位を, 予算3400万円を, フルゲート16頭が)
                # 大麻草25株が -> 大麻草が何株: a figure right after its noun floats off it when
                # asked (「…大麻草何株が栽培されていましたか」, round 143's 2786, B; 選手と役員何人が, 0129)
                piece = before + particle + target.wh
            else:
                piece = before + target.wh + particle
        else:
            piece = _without_also(tree.bwords(b), piece, question, bool(target) and a >= target.end, pieces)
        pieces.append(piece)
    a, e = tree.span(top)
    head_text = text[a:e]
    words = tree.bwords(top)
    if target and a <= target.start < e:
        # The key is the predicate itself: 観客は何人でしたか。
        k = next((i for i, w in enumerate(words) if w.start >= target.end), len(words))
        rest = polite(words[k:], text[words[k].start:e], past=past) if k < len(words) else "です"
        if rest is None:
            return None
        ending = text[a:target.start] + target.wh + rest
    else:
        if tree.parent[top] < 0 and tree.head(top).pos in ("NOUN", "PROPN") and top - 1 not in keep and \
                tree.parent[top - 1] == top and tree.dep(top - 1) == "acl" and \
                tree.head(top - 1).pos in ("VERB", "ADJ", "AUX") and re.search(r"[うくぐすつぬぶむるいた]$", tree.text(top - 1)):
            # …福岡は、電話で督促を行う組織。: a noun that ends the sentence described by a clause is
            # what the topic is; without the clause 「…は、組織しました」 (wikinews-0150, C)
            return None
        # 判決公判が福岡地裁であった: a subject with が and で+ある is an event's place, not a copula
        existential = any(w.lemma == "ある" for w in words) and any(
            tree.dep(c) == "nsubj" and tree.text(c).rstrip("、").endswith("が") for c in tree.children[top])
        # 千代の富士が達成して|以来の快挙: what happened since is past, whatever the main clause says
        past = past or bool(re.match(r"以来|以降|から", text[e:]) and head_text.endswith(("て", "で")))
        ending = polite(words, head_text, past=past, existential=existential,
                        after_no=bool(pieces) and pieces[-1].endswith("の"), ahead=bool(LOOKS_AHEAD.search(text)))
        if ending is None:
            return None
    body = "".join(pieces).lstrip("、" + _BULLETS).strip()
    if re.search(r"(?:設立|創立|創設|結成|創刊|開設|建立)$", head_text.rstrip("。、 ")) and "を" not in body:
        # アイピーモバイル社は2002年に設立。: the company was founded (設立されました), it founded
        # nothing (round 38: いつ設立しましたか)
        ending = re.sub(r"し(ます|ました)$", r"され\1", ending)
    # (UTC+9), （25）, （日本時間）: an aside in brackets is clutter in a question
    body = _SOURCE_ANYWHERE.sub("", without_asides(body))
    if re.search(r"「[^」]{13,}」", body):
        return None  # a long quote left in: a who-said item in disguise
    body = re.sub(r"、+$", "、", body)
    body = re.sub(r"(?:現地時間|日本時間|現地)(?:で)?、?(?=いつ)", "", body)  # 現地時間9日 asked: いつ, not 現地時間いつ
    if ending.startswith("行き") and re.search(r"を[^、。]{0,15}$", body):
        # 講座を夜間に行った: 行った with an object is 行う (おこなった), which UniDic may take for 行く
        ending = "行い" + ending[2:]
    # 最高成績でありました, 不可能であります: the written copula である made polite reads as a
    # speech; a sheet says でした / です.
    ending = re.sub(r"であり(ま)(す|した)$", lambda m: "でした" if m.group(2) == "した" else "です", ending)
    out = body + ending + ("か。" if question else "。")
    # すでに…ではすでに何が: the adverb said twice by the sentence and its clause, once asked
    out = re.sub(r"(すでに|既に)(.+?)(?:すでに|既に)", r"\1\2", out, count=1)
    # ジャワ島ではいつジャワ島中部地震が発生しましたか: the scene the subject names is said once
    scene = re.match(r"([^、。]{2,10})では、?", out)
    if scene and scene.group(1) in out[scene.end():]:
        out = out[scene.end():]
    # 熊谷氏は何をこれまで担当しましたか: the adverb goes before the question word (round 127, B)
    out = re.sub(r"(何を|誰を|誰が|何が|どこが|どこで)(これまで|すでに|既に|新たに|今回)", r"\2\1", out)
    # 合意したばかりでしたか: the source's "just" is no part of the fact asked (合意しましたか)
    out = re.sub(r"したばかり(?:でした|です)(か?。)$", r"しました\1", out)
    # 作業員何人が: Japanese counts before the noun (何人の作業員が); 作業員6人が reads well only
    # with the figure given
    # (客何人が, 少年何人が, 支持者何人が, 若手投手何人が: any noun of people after の, は, に or a
    # comma, round 125's 3066, B; not 計何人が, nor 選手と役員何人が, a pair the count is of)
    out = re.sub(r"(?:(?<=^)|(?<=[のはにでが、]))((?:作業員|乗客|乗員|住民|観客|職員|社員|選手|学生|生徒|児童|患者|兵士|警察官|隊員)|"
                 r"(?!計|合計|累計|約)[一-龥]{0,4}(?:者|員|客|兵|年|手|生|徒|童|士|官|民|師|女|男))"
                 r"何(人|名)(が|を|に)", r"何\2の\1\3", out)
    # どこで2005年11月17日に起きましたか: a date goes before the place asked (2005年11月17日に
    # どこで…, round 67's 1271)
    out = re.sub(r"どこで、?((?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)に、?", r"\1にどこで", out)
    # 決勝は8月24日になる予定: the に of a date that なる becomes is its complement, not the
    # time's に that いつ drops (「決勝はいつなる予定ですか」, round 109's 0112). Only of a plan: 警視庁は
    # 29日の夜になって…発表した is no date the police became (いつなりましたか, dropped as ever)
    out = re.sub(r"いつな(?=る(?:予定|見通し|見込み))", r"いつにな", out)
    # 会社更生法を申請、保全管理命令を受けました: the news style's suspended verbal noun reads as
    # a headline in a polite sentence; 申請し、 (dev review 11)
    out = _SUSPENDED.sub(r"\1\2し、", out)
    return out.replace("、、", "、")


_SUSPENDED = re.compile(r"([をにでと])(申請|発表|決定|表明|提出|開始|実施|合意|辞任|就任|設立|開催|参加|訪問|会談|署名|"
                        r"承認|可決|否決|発売|出場|優勝|到着|帰国|来日|退任|移籍|入団|引退|逮捕|起訴|提訴|送検)、")


_CLOCK_ONLY = re.compile(r"(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(ごろ|頃|過ぎ|すぎ)?")


def at_what_hour(prompt: str, answer: str) -> str:
    """A key that is a time of day alone asks 何時: 中内氏は午前9時30分に…死去した, its day said in
    another sentence, is asked 「中内氏は何時に死去しましたか」, not いつ, to which 9月19日 is as right an
    answer (round 109's 0789, B). ごろ and 過ぎ ask 何時ごろ (騒動は午後7時ごろ収まった)."""
    clock = _CLOCK_ONLY.fullmatch(answer)
    if not clock or "いつ" not in prompt:
        return prompt
    if clock.group(1):
        return prompt.replace("いつ", "何時ごろ", 1).replace("何時ごろまでに", "何時までに")
    # (何時に、搬送された市内の病院で…: a comma keeps the hour off the relative clause after it, 0411)
    return re.sub(r"いつ(?!から|まで)(?=([^、。]{0,6}(?:れた|した|った|いた)[一-龥])?)",
                  lambda m: "何時に、" if m.group(1) else "何時に",
                  prompt.replace("いつから", "何時から", 1).replace("いつまで", "何時まで", 1), count=1)


def without_asides(text: str) -> str:
    """(UTC+9), （25）, （日本時間） taken out; between a day and a figure the aside parted them, so
    a comma does: 8日(現地時間)4日目の競技 -> 8日、4日目の競技 (round 111's 2867, not 8日4日目). A
    day and its time, a year and its day, stay together (10月5日(現地時間)16時30分 -> 10月5日16時30分)."""
    def between(m: re.Match[str]) -> str:
        before, after = text[:m.start()], text[m.end():]
        if re.search(r"[0-9０-９]日$", before) and re.match(r"[0-9０-９]+(?![0-9０-９]|時)", after):
            return "、"
        # インファンティノ(en:…)ヨーロッパサッカー連盟事務総長: two katakana words the aside kept
        # apart stay apart (round 115's 2262, B: インファンティノヨーロッパ…)
        return "・" if re.search(r"[ァ-ヶー]$", before) and re.match(r"[ァ-ヶ]", after) else ""
    # (base.ASIDE: a cloze's blank （　　　） is no aside)
    return _ASIDE_NOT_BLANK.sub(between, text)


# A noun a figure counts, right before it: 大麻草, 役員 (not a time, a total or a part: 昨年,
# 合計, うち, 全体, 約, whose figure does not float: 「うちが何人」)
_COUNTED_NOUN = re.compile(r"(?<![0-9０-９])[一-龥々ァ-ヶー]{2,}(?<![年月日週間度回時分秒計体数中内外部約各毎全総])(?<!うち)(?<!今回)$")


# Counters of the things a noun names: 大麻草25株, 作品23点, 車両3台 (the figure floats off the noun)
_THING_COUNTERS = re.compile(r"何(?:株|本|台|隻|機|匹|羽|枚|件|棟|軒|戸|個|点|冊|着|基|両|社|校|店|カ所|か所|箇所)")


def _without_also(words, piece: str, question: bool = True, after_wh: bool = False,
                  before_it: Sequence[str] = ()) -> str:
    """飛行も何人によって行われましたか: も adds to something said in a sentence the question does
    not show, so alone the phrase is asked plainly: 飛行は, 漁港でも -> 漁港では, 県にも -> 県に.
    (A ○× statement keeps it: the parse may take an object for the subject, and も is safe.)
    An emphatic も after a figure (20人も) or in いずれも, 誰も stays."""
    core = [w for w in words if w.pos != "PUNCT"]
    if not question or len(core) < 2 or core[-1].lemma != "も" or core[-1].pos != "ADP" or not piece.rstrip("、").endswith("も"):
        return piece
    before = core[-2]
    if re.search(r"[)）]も、?$", piece):
        # 高相祐一容疑者(41歳)も: the も is the person's, not the age's (「…高相祐一容疑者もいつ…」,
        # round 109's 0343)
        return re.sub(r"も(、?)$", r"は\1", piece)
    if before.pos in ("NUM", "PRON") or before.tag.startswith(("名詞-数詞", "接尾辞-名詞的-助数詞")) or \
            before.lemma in ("何", "誰", "どれ", "どこ", "今後", "引き続き") or \
            before.text in ("いずれ", "いづれ", "ともに", "共に"):
        return piece
    comma = "、" if piece.endswith("、") else ""
    stem = piece.rstrip("、")[:-1]
    if before.pos == "ADP" and before.lemma in ("に", "から", "まで", "へ", "と") or \
            before.lemma in ("て", "で") and before.pos == "SCONJ":
        # (「挑戦馬」に対しても, として も: 「…に対してはファンは何を贈りましたか」 stacked two topics,
        # round 142's 1526, B)
        return stem + comma
    if before.pos == "ADP" and any(p.rstrip("、").endswith(before.text) for p in before_it):
        # 名古屋市で36万6000世帯、東京都八王子市でも150万世帯などに: も adds a second place to a
        # first the question shows; then は would contrast them (「…八王子市では…」, round 143's 2225, B)
        return stem + comma
    if before.pos == "ADP":
        # 漁港でも -> 漁港では; after the question word a contrast has nothing to stand against:
        # どこが…HBO Latin Americaでも配信されますか -> …で (round 109's 3073, not …では)
        return stem + ("" if after_wh else "は") + comma
    if core[-1].dep == "case" and core[-1].head != core[-1].i:
        dep = next((w.dep for w in core if w.i == core[-1].head), "")
        if dep == "obj":
            return stem + "を" + comma  # 名誉会長も歴任した -> 名誉会長を歴任しました
    return stem + "は" + comma
