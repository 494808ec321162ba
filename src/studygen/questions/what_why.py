"""What and why questions: 何を / 何が for an object or subject phrase that holds a key term,
どこが for a body named by no single name (日本とカナダの両政府) and whether a place acts
(place_acts: 青葉市は…決めた), なぜ for a cause clause
(…伸びなかったため、 …ので、 …ことから、). Each is asked through :func:`~.clause.clause`, like
the other fact questions of :mod:`.facts`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Term
from ..name_tables import ends_in_title
from .base import Draft, mark
from .clause import FORMAL_NOUNS, Target, clause
from .polite import in_its_tense
from .tree import Tree

MAX_KEY = 20  # the longest key phrase, in characters
# Nouns of people and bodies: a subject phrase ending in one is asked with 誰, or not with 何.
# (手 and 長 only in words for people: 拍手 "applause", 延長 "extension" asked 誰が起こりましたか, round 27)
_PERSON_NOUN = re.compile(r"(?:人|者|員|児|官|氏|さん|容疑者|被告|選手|監督|主将|保護者|理事|男性|女性|男|女|"
                          r"[歌騎投捕野助名射旗若]手|運転手|相手|(?:担い|買い|売り|書き|語り|送り|聞き|読み|作り)手|"
                          r"[社会部課局所校院議団隊船署店館園総学首市町村区県]長|委員長|理事長|組合長|"
                          r"教諭|教師|医師|顧問|閣僚|幹部|大使|党首|党代表|総裁|議長|長官|報道官|騎手|調教師|"
                          r"少年|少女|子ども|子供|親|母親|父親|夫|妻|市民|住民|学生|生徒|議員|大臣|知事|首相|大統領|デモ隊|隊員|派|"
                          # 天皇・皇后 (round 50: 何が入場しましたか asked the Emperor and Empress, B)
                          r"天皇|皇后|皇太子|皇太子妃|陛下|殿下|上皇|国王|王妃|女王|王女|首脳)"
                          r"(?:ら|たち)?$")  # 4信金の理事長ら
# (治安部隊, 当局: 何が for forces and authorities, round 52's B)
_BODY_NOUN = re.compile(r"(?:軍|党|省|庁|会|社|局|署|所|団|国|側|政府|チーム|球団|協会|連合|委員会|部隊|当局|警察)"
                        r"(?:の(?:多く|一部|大半))?$")


def _what_particle(after: str) -> str | None:
    after = after.rstrip("、，")
    return after if after in ("を", "が") else None


def _key_without_brackets(text: str) -> str:
    return text[1:-1] if len(text) > 2 and text[0] in "「『" and text[-1] in "」』" else text


def _governs_the_sentence(tree: Tree, phrase: tuple[int, int]) -> bool:
    """The phrase's bunsetsu hangs on the sentence's last predicate (its root). A topic (…は)
    the parser hangs on a predicate inside (a quote's, a と-clause's) names who said or decided
    it, not who did it: 竹村昭彦裁判官は「女性が平穏な生活を侵害した」と述べた is no 誰が侵害し
    ましたか."""
    b = tree.at(phrase[1] - 1)
    parent = tree.parent[b]
    if parent < 0 or tree.parent[parent] >= 0:
        return False
    # マクドナルドは…依頼し、その会社が…アルバイトを募集した: the root has a が-subject of its own
    return not any(c != b and tree.text(c).rstrip("、").endswith("が") and tree.dep(c) == "nsubj"
                   for c in tree.children[parent])


def _what_and_why(article: Article, tree: Tree, index: int, terms: Sequence[Term], base: float,
                  people: Sequence[str] = (), bodies: Sequence[str] = ()) -> list[Draft]:
    """何を / 何が for an object or subject phrase that holds a key term; なぜ for a cause clause
    (…伸びなかったため、 …ので、 …ことから、)."""
    s = article.sentences[index]
    parse = tree.parse
    out: list[Draft] = []
    keys = {t.term for t in terms[:25]} | {t.lemma for t in terms[:25]}
    for b in range(len(tree.bunsetsu)):
        dep = tree.dep(b)
        words = tree.bwords(b)
        body = _body_subject(tree, b)
        if body is not None:
            prompt = clause(parse, Target(*body, "どこ", lambda x: "が" if x.rstrip("、") in ("は", "が") else None))
            if prompt:
                answer = s.text[body[0]:body[1]]
                out.append(Draft("who", prompt, answer, index, None, mark(s.text, answer),
                                 salience=base + 0.3 - len(prompt) / 150))
            continue
        if dep in ("obj", "nsubj") and words[-1].lemma in ("を", "が") or (
                dep in ("obj", "nsubj") and len(words) > 1 and words[-2].lemma in ("を", "が") and words[-1].pos == "PUNCT"):
            a, e = tree.phrase(*tree.span(b))
            if re.search(r"[^0-9０-９](?:と|や)、?$", s.text[:a]):
                continue  # 男児の父親と、同居していた内縁の女を: the last of a list is no whole key (graded C)
            a, described = _after_relative(tree, a, e)
            text = s.text[a:e]
            # (what the headline names is a key of the story too: 探査車「つきしろ」 of 「月面探査車
            # 「つきしろ」、月の夜越え活動再開」, which no vocabulary item holds)
            if not 2 <= len(text) <= MAX_KEY or not any(k in text for k in keys) and \
                    not any(n in article.title for n in re.findall(r"[一-龥々ァ-ヶー]{3,}", text)):
                continue
            if any(w.pos in ("VERB", "ADJ", "PRON") and not _noun_modifier(tree, w) for w in tree.words if a <= w.start < e):
                continue
            if described and text in _CONTENT_NOUNS:
                # …工場を閉鎖する|処置を取った: the measure is what the clause says, and 処置 alone is no
                # answer (「上海市の当局は、何を取りましたか」, the dump of 2889)
                continue
            if dep == "nsubj" and tree.head(b).tag.startswith("名詞-固有名詞"):
                continue  # a name as subject is a who question
            # 何が for 被害者の女児, 主将の小玉, 国軍: a person or a body is asked with 誰 or どこ.
            # 警視庁は何を立ち合わせましたか (加勢容疑者): a person as object is asked with 誰を too
            # 横綱朝青龍が何を破りましたか (大関栃東): a phrase ending in a person's name is 誰 too
            person = _PERSON_NOUN.search(text) or any(len(p) >= 2 and text.endswith(p) for p in people)
            if dep == "nsubj" and _BODY_NOUN.search(text) or any(len(o) >= 2 and text.endswith(o) for o in bodies):
                continue  # (何がシスコシステムズに…要請しましたか: アップルコンピュータ, a company, is どこ)
            prompt = clause(parse, Target(a, e, "誰" if person else "何", _what_particle, described=described))
            # (何を制していましたか -> 制しましたか: a one-time act asked as done, as who and when
            # questions ask it; round 137's 2260, B)
            prompt = prompt and in_its_tense(prompt, False)
            if prompt:
                answer = _key_without_brackets(text)
                # …は何を行いましたか (会談): a light verb's object is the event itself, which the
                # sentence's when and where questions name; they come first
                light = re.search(r"何を(?:行い|行ない|実施し)ま(?:した|す)か。$", prompt)
                out.append(Draft("who" if person else "what", prompt, answer, index, None, mark(s.text, answer),
                                 salience=base + 0.3 - len(prompt) / 150 - (1.0 if light else 0.0)))
        cause = _cause(tree, b)
        if cause:
            a, e, answer_start, answer_end = cause
            # また野球部員は全員自宅に帰宅した: the connective links to the sentence before, no cause
            # 日本経済新聞によると、改正により…: who reported the cause is no part of it
            answer = re.sub(r"^(?:また|さらに|そして|一方|その一方で|しかし|ただ|なお)、?|^[^、。]{1,20}(?:によると|によれば)、", "",
                            s.text[answer_start:answer_end]).rstrip("、")
            if not 6 <= len(answer) <= 50:
                continue
            # 美玲さんが帰宅してこない (ため): a cause in the key says it is one, with the source's own
            # word for it (round 133's 1547, 0845, 2540 graded the bare clause B)
            since = re.match(r"(?:ことなどから|ことから|ことで|ため|から|ので)", s.text[answer_end:])
            answer += since.group(0) if since and s.text[answer_start:answer_end].endswith(answer) else ""
            prompt = clause(parse, Target(a, e, "なぜ", lambda _x: ""))
            prompt = prompt and in_its_tense(prompt, False)  # なぜ控訴していましたか (round 137's 3495)
            if prompt and prompt.count("なぜ") == 1:
                out.append(Draft("why", prompt, answer, index, None, mark(s.text, answer),
                                 salience=base + 0.5 - len(prompt) / 150))
    return out


# nouns whose content is the clause before them (…閉鎖する処置, …支援する方針)
_CONTENT_NOUNS = FORMAL_NOUNS | {"処置", "措置", "対応", "対策", "方策", "手段", "姿勢", "態度", "立場", "判断", "決定", "方法"}


def _after_relative(tree: Tree, a: int, e: int) -> tuple[int, bool]:
    """Where the key starts in the phrase ``a:e`` when a relative clause opens it, and whether it
    did: 月面で探査を続けている|小型の探査車「つきしろ」が -> 小型の探査車「つきしろ」, the clause
    describing the answer left out of the question (Target.described), as a person's is."""
    verbs = [w for w in tree.words if a <= w.start < e and w.pos in ("VERB", "AUX", "ADJ") and not _noun_modifier(tree, w)]
    if not verbs:
        return a, False
    last = verbs[-1].bunsetsu
    after = [w for w in tree.words if a <= w.start < e and w.bunsetsu > last]
    if tree.dep(last) != "acl" or not after or tree.text(last).rstrip("、")[-1:] not in "るたいだ":
        return a, False
    return after[0].start, True


def _noun_modifier(tree: Tree, w) -> bool:
    """小型の, 新たな, 国際的な: a word GiNZA calls an adjective that modifies a noun as a noun does;
    めぐる of 電子部品をめぐる競争, 関する of 環境に関する会議: a verb of a compound particle, no
    clause of its own (統合の背景には何がありますか: 電子部品をめぐる国際的な競争の激化)."""
    if w.pos == "VERB":
        # (the verb ends its bunsetsu, so it modifies the noun after it: 電子部品をめぐる|競争)
        return tree.bwords(w.bunsetsu)[-1].start == w.start and tree.particle_verb(w.bunsetsu)
    return w.pos == "ADJ" and tree.dep(w.bunsetsu) in ("nmod", "amod", "acl") and \
        tree.text(w.bunsetsu).rstrip("、").endswith(("の", "な"))



def _body_subject(tree: Tree, b: int) -> tuple[int, int] | None:
    """The phrase of a body that acts, named by no single name: 日本とカナダの両政府は, 米国政府が,
    asked with どこが. Its head is a common noun of a body (政府, 両国, 当局) with a name inside
    (a bare 政府は says nothing to ask); a name alone (厚生労働省) is an organisation's question
    already. A topic only when it governs the sentence (:func:`_governs_the_sentence`)."""
    if tree.dep(b) != "nsubj" or not tree.text(b).rstrip("、").endswith(("は", "が")):
        return None
    a, e = tree.phrase(*tree.span(b))
    phrase = tree.parse.text[a:e]
    words = [w for w in tree.words if a <= w.start < e]
    if not 3 <= len(phrase) <= MAX_KEY or tree.head(b).pos != "NOUN" or not _BODY_HEAD.search(phrase) or \
            not any(w.pos == "PROPN" for w in words) or any(w.pos in ("VERB", "ADJ", "AUX", "PRON") for w in words):
        return None
    if tree.text(b).rstrip("、").endswith("は") and not _governs_the_sentence(tree, (a, e)):
        return None
    return a, e


_BODY_HEAD = re.compile(r"(?:政府|両政府|両国|当局|首脳|両首脳|代表団|捜査本部|対策本部|研究チーム|研究グループ)$")


def _cause(tree: Tree, b: int) -> tuple[int, int, int, int] | None:
    """A cause clause ending in bunsetsu ``b``: (start, end with its ため/ので, start and end of the
    cause itself, see :func:`_own_subject_start`).

    …伸びなかったため、 (ため after a finished verb: 〜するため is a purpose, not asked), …したので、
    …ことから、
    """
    words = tree.bwords(b)
    head = tree.head(b)
    sub = sorted(tree.subtree(b))
    start = tree.span(sub[0])[0]
    own = _own_subject_start(tree, b, start)
    if head.lemma == "ため" and tree.dep(b) in ("obl", "advcl"):
        if tree.text(b).rstrip("、").endswith("と"):
            return None  # …通過したためと気象庁は説明している: the cause of the weather, not of saying so
        clause_b = [c for c in tree.children[b] if tree.dep(c) == "acl"]
        if not clause_b:
            return None
        last = tree.bwords(clause_b[-1])[-1]
        if not (last.lemma in ("た", "ない") or last.inflection.endswith("連用形-一般") and last.lemma == "いる"):
            return None
        return start, head.end, own, head.start
    mark_word = next((w for w in words if w.pos == "SCONJ" and w.lemma in ("ので",)), None)
    if mark_word is not None and tree.dep(b) == "advcl":
        return start, mark_word.end, own, mark_word.start
    if head.lemma == "こと" and any(w.text == "から" for w in words) and tree.dep(b) in ("obl", "advcl"):
        kara = next(w for w in words if w.text == "から")
        return start, kara.end, own, head.start
    return None


def _own_subject_start(tree: Tree, b: int, start: int) -> int:
    """Where the cause clause ending in ``b`` starts: at its own が-subject when what stands before
    that subject is a figure and a copula (…44組で、). 出場する歌手は…合計44組で、|放送時間が…短く
    なっていることなどから: the 44 groups say what the singers are, no part of the cause (round 99's
    3442 put them in the key, C); 大雨で、川の水位が上がったため keeps the rain."""
    verbs = [c for c in tree.children[b] if tree.dep(c) == "acl"] or [b]
    for c in sorted(tree.children[verbs[-1]]):
        a = tree.span(c)[0]
        if tree.dep(c) == "nsubj" and tree.text(c).rstrip("、").endswith("が") and a > start and c > 0 and \
                tree.text(c - 1).endswith("で、") and any(w.pos == "NUM" for w in tree.bwords(c - 1)):
            return a
    return start


# 大統領選, 大会, 会議: a "place" named after an event is no actor (リベリア大統領選が開票を
# 終わりましたか, wikinews-3260)
_EVENT_NAME = re.compile(r"(?:選|選挙|大会|会議|戦|杯|賞|祭|五輪|オリンピック|ステークス|記念|カップ|選手権|グランプリ)$")


def place_acts(tree: Tree, phrase: tuple[int, int], reported: bool = False) -> bool:
    """A place as the sentence's subject does something: its predicate is a verb, not a copula or
    a figure (投票率は神奈川県28.67%、静岡県が35.64%: どこが35.64%ですか, wikinews-2583), not
    みられる (名古屋市がみられています, wikinews-1795), and the place is no event or titled person
    (大島国連大使 typed a place, wikinews-3626)."""
    key = tree.parse.text[phrase[0]:phrase[1]]
    if _EVENT_NAME.search(key) or ends_in_title(key):
        return False
    # (``reported``: the は before is the topic that reports the place's act, 気象庁は11日午前、
    # 関東甲信地方が梅雨明けしたとみられると発表した)
    if not reported and re.search(r"[^で]は[^、。]{1,15}、$", tree.parse.text[:phrase[0]]):
        return False  # 北越急行は約2時間半後、信越線は約4時間後に: set side by side (wikinews-2884)
    b = tree.at(phrase[1] - 1)
    pred = tree.parent[b]
    if pred < 0:
        return False
    head = tree.head(pred)
    verb = head.pos == "VERB" or any(w.pos == "AUX" and w.lemma in ("する", "為る") for w in tree.bwords(pred))  # 梅雨明けした
    if not verb or head.lemma in ("見る", "みる", "言う", "いう", "為る", "する") or \
            any(w.dep == "cop" for w in tree.bwords(pred)):
        return False
    if head.lemma in ("なる", "成る") and any(tree.text(c).rstrip("、").endswith("と") for c in tree.children[pred]):
        return False  # 12回裏に、日大山形が試合終了となりました: an outcome, not what the team did (wikinews-1709)
    # ラジオ・オーストラリアは、パラオが…可能性を報道した: another topic says who acts
    # (wikinews-1588); …HBO Latin America Group SMでは配信される: a scene with では is one too
    return not any(c != b and tree.text(c).rstrip("、").endswith("は") and tree.dep(c) in ("nsubj", "dislocated", "obl")
                   for c in tree.children[pred])
