"""What every question module shares: the draft, ids, seeded choice order, the answer mark,
and who is the same person."""

from __future__ import annotations

import functools
import hashlib
import random
import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass

from ..entities import Entity
from ..model import Article, Name
from ..name_tables import VARIANT_KANJI, teams
from ..names import titles

FACT_KINDS = ("who", "when", "where", "what", "why", "how_many")
STORY_KINDS = (*FACT_KINDS, "who_said")
ANSWER_IN_SENTENCE = ("who", "when", "where", "what", "why", "how_many", "who_said", "cloze")


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    prompt: str
    answer: str
    sentence_index: int
    choices: tuple[str, ...] | None = None
    explanation: str = ""
    term_id: str | None = None
    salience: float = 0.0
    short: str | None = None  # the same question without optional arguments, for a sheet that asks them
    bare: str | None = None  # a who question without the sentence's dates and places
    trim: str | None = None  # a prompt of 50 characters or more cut to 49 (clause.SHORT_ENOUGH)
    spare: tuple[str, ...] = ()  # a cloze's further wrong choices, for one another item asks


def qid(article_id: str, kind: str, sentence_index: int, answer: str, prompt: str) -> str:
    key = f"{article_id}\0{kind}\0{sentence_index}\0{answer}\0{prompt}"
    return "q-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def rng_for(*parts: object) -> random.Random:
    """A generator seeded by the item: the same article gives the same choices every run."""
    return random.Random(hashlib.sha1("\0".join(map(str, parts)).encode()).hexdigest())


def mark(sentence: str, answer: str) -> str:
    """The sentence with the answer marked for the answer key: 【2025年2月28日】、…"""
    if answer and answer in sentence:
        return sentence.replace(answer, f"【{answer}】", 1)
    return sentence


def mention(name: Name) -> str:
    return name.name + name.title


_HONORIFIC = re.compile(r"(さん|氏|様|君|ちゃん)$")


def same_person(a: str, b: str) -> bool:
    """高瀬首相 and 高瀬誠一首相 are one person: they share the name before the title; so are
    森さん and 森静香さん, the surname alone after the full name, and 山縣選手 and 山県亮太選手."""
    a, b = a.translate(VARIANT_KANJI), b.translate(VARIANT_KANJI)
    if a in b or b in a or a[:2] == b[:2]:
        return True
    x, y = _bare_name(a), _bare_name(b)
    # フリード副長官 and ダニエル・フリード: a foreign surname ends the full name
    return bool(x and y) and (x.startswith(y) or y.startswith(x) or
                              len(min(x, y, key=len)) >= 2 and (x.endswith("・" + y) or y.endswith("・" + x)))


def same_shape(answer: str, pool: Sequence[str]) -> list[str]:
    """People offered in the key's shape: beside 堀之内聖, bare names (長谷川健太, not 長谷川健太監督);
    beside 藤本騎手, people with a post of their own (not 氏 or さん); beside 森さん, people with their
    titles where three are found."""
    if _bare_name(answer) == answer:
        return list(dict.fromkeys(_bare_name(p) for p in pool))
    titled = [p for p in pool if _bare_name(p) != p]
    if not _HONORIFIC.search(answer):
        if re.fullmatch(r"[一-龥]{1,2}", _bare_name(answer)):
            # 萩野選手 beside 瀬戸大也選手, チェース・ケイリッシュ選手: the only one without a given
            # name gives itself away (round 45); beside 瀬戸選手 it does not
            titled = [p for p in titled if re.fullmatch(r"[一-龥]{1,2}|[ァ-ヶー]+", _bare_name(p))]
        # 安倍総理 beside 高村正彦氏, 町村信孝氏: the only choice with a post gives itself away
        # (round 18); beside fewer than three others with a post, no choices.
        return [p for p in titled if not _HONORIFIC.search(p)]
    # (beside 赤塚氏, no 藤子不二雄 without one: a name alone beside people with 氏 is a piece or a
    # give-away, round 46; fewer than three with theirs, no choices)
    return titled


def plausible_person(mention: str) -> bool:
    """A choice a teacher reads as a person: with a title or honorific (バシール大統領, 森さん), a
    kanji full name (山本浩二), or a dotted foreign name of whole words (ダニエル・フリード). A
    single katakana word (ビリー, a horse; シャルロット) or a cut name (オマル・アル) is not."""
    bare = _bare_name(mention)
    if re.match(r"(?:兼|元|前|同|両|副|各)", mention) and not bare.strip("兼元前同両副各"):
        return False  # 兼社長, 同社長: a title with no one before it
    if bare != mention or _HONORIFIC.search(mention):
        return bool(bare.strip("兼元前同両副各"))
    if "・" in bare:
        return all(len(part) >= 3 for part in bare.split("・"))
    return bool(re.search(r"[一-龥]", bare)) and len(bare) >= 3


def distinct_people(pool: Sequence[str]) -> list[str]:
    """Each person once, as first offered: 村木厚子被告 and 村木被告 are one choice, not two."""
    out: list[str] = []
    for p in pool:
        if not any(same_person(p, q) for q in out):
            out.append(p)
    return out


@functools.lru_cache(maxsize=4096)
def _bare_name(mention: str) -> str:
    """朴正勲大統領 -> 朴正勲, 森さん -> 森: the name without its title or honorific; a foreign
    name without its whole post too (アンゲラ・メルケル連邦首相候補 -> アンゲラ・メルケル, フィリップ・
    トルシエ日本代表元監督 -> フィリップ・トルシエ: round 138's dump offered them beside メルケル党首
    and トルシエ氏)."""
    mention = _HONORIFIC.sub("", mention)
    for title in _titles_longest_first():
        if mention.endswith(title) and len(mention) > len(title):
            bare = re.sub(r"(?<=.)(?:副|前|元|次期|新|現)$", "", mention[: -len(title)])  # フリード副|長官
            return re.sub(r"(?<=[ァ-ヶー])[一-龥々A-Za-z0-9]+$", "", bare)
    return mention


@functools.lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(titles(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _a_title() -> re.Pattern[str]:
    """A title or courtesy of titles.tsv (氏, さん, 容疑者, 選手, 首相 …), compiled once."""
    return re.compile("|".join(map(re.escape, _titles_longest_first())))


# -- vocabulary questions ------------------------------------------------------------------------

def names_the_answer(prompt: str, answer: str) -> bool:
    """The who question's prompt names its answer by surname: 「誰が勝又容疑者の殺人罪での逮捕に
    踏み切りましたか」 keyed 勝又拓哉容疑者 (the dump of 0558: the police did it), 「神田さんが…誰が
    飯島さんに祝福をしてもらっていましたか」 keyed 神田うのさん (round 139's 0188, C). A key that
    describes someone by another's name (宗現さんの長女ら, 1317) is not that person."""
    bare = _bare_name(answer)
    if len(bare) < 3 or not re.match(r"[一-龥々]{2}", bare) or re.search(r"(?:さん|氏|容疑者|被告|選手)の", answer):
        return False
    return any(_a_title().match(prompt, m.end()) for m in re.finditer(re.escape(bare[:2]), prompt))


def fact_key(answer: str) -> str:
    """約65歳以上 -> 65歳: one fact however it is hedged."""
    return re.sub(r"(?:以上|以下|未満|程度|ほど|ごろ|前後)$", "", re.sub(r"^(?:約|およそ)", "", answer))


def pools_of(entities: Sequence[Entity]) -> dict[tuple[str, str], list[str]]:
    """The article's dates, and its numbers by counter, each text once (at most 40 per group)."""
    grouped: dict[tuple[str, str], dict[str, None]] = {}
    for e in entities:
        group = grouped.setdefault((e.type, "" if e.type == "date" else e.counter), {})
        if len(group) < 40:
            group[e.text] = None
    return {k: list(v) for k, v in grouped.items()}


def same_type_pool(entity: Entity, pools: dict[tuple[str, str], list[str]]) -> list[str]:
    """Distractors of the answer's type from the article: a date for a date, 人 for 人."""
    key = (entity.type, "" if entity.type == "date" else entity.counter)
    return [t for t in pools.get(key, []) if t != entity.text]


# 朝日新聞, 共同通信, NHK, ロイター: where the news came from, not who acted in it.
_MEDIA = re.compile(r"(?:新聞|通信|テレビ|放送|タイムズ|ポスト|ジャーナル|日報|新報|報知|スポーツ|ニュース)$|"
                    r"^(?:NHK|ロイター|AP|AFP|CNN|BBC|ANN|JNN|FNN|NNN|共同|時事|産経|読売|朝日|毎日|日経|"
                    r"スポーツニッポン|スポニチ|サンスポ|デイリースポーツ|報知|アルジャジーラ)")


def is_media(name: str) -> bool:
    return bool(_MEDIA.search(name))


# An organisation is offered beside one of its kind: a party for a party, a police force for a
# police force (大阪府警 beside 阪神タイガース and 朝日新聞 gives the answer away).
_ORG_CLASSES = (
    ("party", re.compile(r"党$|の会$")), ("police", re.compile(r"警察|県警|府警|道警|警視庁|署$")),
    ("court", re.compile(r"裁判所$|地裁$|高裁$|最高裁$|家裁$|地検$|高検$")),
    ("ministry", re.compile(r"省$|庁$|内閣|政府$")), ("media", _MEDIA),
    ("company", re.compile(r"銀行$|会社$|社$|ホールディングス$|グループ$|工業$|自動車$|電機$|電力$|製作所$|電鉄$|鉄道$")),
    ("school", re.compile(r"大学$|高校$|学校$|学園$")),
)


def org_class(name: str) -> str:
    # 阪神タイガース, 横浜ベイスターズ beside 阪神電鉄 the company (round 115's 0837, B): a team by its
    # nickname or its short name (千葉ロッテ, ソフトバンク)
    if name.endswith(_team_endings()):
        return "team"
    return next((label for label, pattern in _ORG_CLASSES if pattern.search(name)), "")


@lru_cache(maxsize=1)
def _team_endings() -> tuple[str, ...]:
    """The teams table's short names and nicknames, once (org_class runs for every choice pool)."""
    short, nicknames = teams()
    return tuple(short | nicknames)


_PLACE_CLASS = re.compile(r"(都|道|府|県|市|区|町|村|州|郡|島)$")


# アジア offered beside ベトナム holds the answer: a continent or a world region is its own kind.
_REGIONS = re.compile(r"^(?:アジア|東アジア|東南アジア|南アジア|中央アジア|西アジア|中東|欧州|ヨーロッパ|東欧|西欧|北欧|"
                      r"中欧|南欧|中東欧|東ヨーロッパ|西ヨーロッパ|北ヨーロッパ|南ヨーロッパ|中央ヨーロッパ|バルカン|アルプス|"
                      r"アフリカ|北アフリカ|南米|北米|中南米|中米|オセアニア|南極|北極|太平洋|大西洋|インド洋)$")


# 首都圏 with 神奈川 offered beside it (the blackout hit both; round 50's C): a region of Japan holds
# prefectures and cities, so it is offered only beside another region.
_JAPANESE_REGIONS = re.compile(r"^(?:首都圏|関東|関西|東北|北陸|東海|近畿|四国|九州|甲信越|北日本|東日本|西日本|"
                               r"関東甲信|山陰|山陽|南関東|北関東|東北地方|中国地方|[^、。]{1,6}地方)$")


def place_class(name: str) -> str:
    """市 for 珠洲市, 県 for 石川県, country for キューバ, "" for 東京, region for アジア, 地方 for
    首都圏 or 東北: places are offered beside their kind."""
    if _REGIONS.match(name):
        return "region"
    if _JAPANESE_REGIONS.match(name):
        return "地方"
    m = _PLACE_CLASS.search(name)
    if m:
        return m.group(1)
    # イギリス offered beside ロンドン holds the answer too (round 33): a country is its own kind
    return "country" if _is_country(name) else ""


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    """イギリス, 日本: one word UniDic tags as a country (not ロンドン, 東京)."""
    from ..analyze import tokenize

    if re.search(r"(?:合衆国|共和国|王国|連邦|首長国)$", name):
        return True  # アメリカ合衆国 (アメリカ|合衆国 to UniDic)
    toks = tokenize(name)
    return len(toks) == 1 and toks[0].pos[3] == "国"


# An aside in brackets: an age, a reading, a post, a note (現地時間)
ASIDE = re.compile(r"[（(][^（）()「」　]{1,30}[）)]")


def unbracketed(text: str) -> str:
    """広瀬道貞(テレビ朝日取締役相談役)会長 -> 広瀬道貞会長: a speaker as the quote finder names him,
    with the post in brackets between the name and the title left out."""
    return ASIDE.sub("", text)


# 徳久正・同地検次席検事 (round 68's 3620): a person and "the same office's" post, an office an
# item printed alone would not name
SAME_OFFICE = re.compile(r"・同[一-龥]")


def inside_a_quote(article: Article, index: int) -> bool:
    """A sentence wholly within words quoted across sentences: 小泉市長は、「寝耳に水だ。| 成田は国際線、
    羽田は国内線という大原則を…言えない。| …同じ構図だ」と批判し. The middle one is the mayor's
    opinion, not the article's fact: a ○ statement made of it was graded C (round 67's 0531). The
    nearest sentence before it with a bracket leaves 「 open, the nearest after it closes it first
    (paragraphs do not tell: a line of the corpus is a sentence). A press conference quoted over
    nine sentences is one quote too: 麻生氏は会見でさらに「政権奪回へ向けて…。|…必ず再生して政権を
    奪回する。|…|…全く考えていない」と話した (「どこが政権を奪回しますか」, round 92's 3219, C)."""
    sentences = article.sentences
    if "「" in sentences[index].text or "」" in sentences[index].text:
        return False
    before = next((x.text for x in reversed(sentences[max(0, index - 8):index]) if "「" in x.text or "」" in x.text), "")
    after = next((x.text for x in sentences[index + 1:index + 9] if "「" in x.text or "」" in x.text), "")
    opens, closes = after.find("「"), after.find("」")
    return before.rfind("「") > before.rfind("」") and closes >= 0 and (opens < 0 or closes < opens)
