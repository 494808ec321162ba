"""Quotes with their speakers: every 「…」 that is speech, with the person who said it, in the
shapes Japanese news uses:

>>> # 高瀬首相は「…」と述べた。          -> 高瀬首相
>>> # 「…」と森田氏は語った。            -> 森田氏
>>> # ドイツ・ショルツ首相：「…」         -> ドイツ・ショルツ首相
>>> # Xは会見で次のように話した。「…」    -> X (named in the sentence before)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .furigana import has_kanji
from .model import Article, Token
from .names import READING_IN_BRACKETS, NameSpan, titles

@dataclass(frozen=True, slots=True)
class Quote:
    """A 「…」 quote and its speaker as written (高瀬首相, 政府関係者), with the sentences of both."""

    text: str
    speaker: str
    sentence_index: int
    speaker_sentence: int
    start: int  # offset of 「 in the sentence


_QUOTE = re.compile(r"「([^「」]*(?:「[^「」]*」[^「」]*)*)」")
# What follows a quote when it is speech: 」と述べた, 」と話している, 」との認識を示した, 」と、…
_SPEECH_AFTER = re.compile(
    r"^(?:と(?!いう|いった|して|の(?!(?:認識|考え|見方|見解|方針|意向|声|コメント|談話|思い)))|との)"
)
_SPEECH_VERB = re.compile(
    r"(?:述べ|語|強調|非難|話|訴え|指摘|明か|説明|批判|主張|表明|発信|呼びかけ|警告|宣言|反論|応じ|答え|"
    r"振り返|反対|賛成|弾ませ|喜び|笑顔|意気込|評価|期待|語っ|コメント|発言|強め|示し|共有|声を|涙|締めくく|たたえ|抱負|懸念|"
    r"報告|説い|あいさつ|謝罪|明言|認め|否定|言|書き込|投稿|つづ|供述|証言)"
)
_COLON_SPEAKER = re.compile(r"(?:^|[・\-－―─●■◆▼＊*]\s*)(?P<speaker>[^「」。、:：\s][^「」。、:：]{0,29})\s*[:：]\s*$")
_LEADS_TO_QUOTE = re.compile(r"(?:次のように|以下のように|こう|このように)[^。「」]*[:：。]?$|[:：]$")
_TOPIC_PARTICLES = ("は", "も", "が")
_FRAME = re.compile(r"([^、。「」]{2,20})の間では、?$"
                    # 日本年金機構の説明では「…」と指摘: the body explains, not the topic of the sentence
                    r"|([^、。「」]{2,20})の(?:説明|発表|見解)では、?$"
                    # 署員がA少年を事情聴取したところ「…」と供述し: the one questioned speaks (round 40)
                    r"|([^、。「」をが]{1,20})を(?:事情聴取|聴取|取り調べ|追及)したところ、?$")
# また別の幹部によると、「…」と話している: the words of a source of their own (another executive),
# not of the one who spoke before (round 51 keyed them to 北田英一専務ら, named two sentences back)
# (日刊スポーツによれば、「…」とも話している: a paper reporting the same speaker carries on)
_OWN_SOURCE = re.compile(r"(?:別|他|ほか)の[^、。「」]{1,10}(?:は|も|が|によると|によれば)、?$")
_GENERIC_SPEAKERS = ("同氏", "同社", "同省", "同庁", "同市", "同大", "氏", "さん")


# 「生きたギター伝説」とまで言われていた: what others called someone, said by no one named
_CALLED = re.compile(r"^と(?:まで|も|さえ)?(?:言われ|いわれ|呼ばれ|称され|評され|目され)")


# 「…」と語ったと伝え: words a paper or an agency reports someone said
_REPORTED = re.compile(r"と(?:語|述べ|話|言|発言|主張|説明|強調)[^、。「」]{0,6}と(?:伝え|報じ|報道|発表)")


# 「…」との日本の専門家の話を伝えている: words of someone the outlet does not name, relayed
_RELAYED = re.compile(r"との[^、。「」]{1,20}?の(?:話|見方|声|意見|コメント|談話|分析|見解)を(?:伝え|報じ|紹介)")


def is_speech(after: str) -> bool:
    """What follows 」 makes the quote speech: と述べた, と話している, として反対した, との見方."""
    if _CALLED.match(after):
        return False
    if after.startswith("との"):
        return True
    if not after.startswith("と") or after.startswith(("という", "といった")):
        return False
    return after.startswith(("とした", "と、")) or bool(_SPEECH_VERB.search(after[:40]))


def _speaker_after(tokens: Sequence[Token], end: int) -> str | None:
    """「…」と森田氏は語った: a phrase with は/が just after the quote's と."""
    k = next((i for i, t in enumerate(tokens) if t.start >= end + 1), None)
    if k is None:
        return None
    for j in range(k, min(k + 6, len(tokens))):
        if tokens[j].surface in ("は", "が") and tokens[j].pos[0] == "助詞":
            return _phrase_before(tokens, j) or None
    return None


def _phrase_before(tokens: Sequence[Token], k: int) -> str:
    """The noun phrase ending at token ``k`` (exclusive): 政府関係者, 東京の病院の医者, 2人の委員.

    Brackets holding an age, a reading or an abbreviation are stepped over and left out:
    坂本敏子さん（68）は, 森林子（もり・りんこ）さんは -> 森林子さん, 鍵山誠最高経営責任者(CEO)も.
    """
    def bracket_start(j: int, last: bool = False) -> int | None:
        """The index of the （ whose ） is token j, when what it holds is an age or a reading (or,
        ``last`` before the particle, an abbreviation: 鍵山誠最高経営責任者(CEO)も; mid-phrase,
        管理庁(FEMA)ポーリソン長官代行, it parts the body from its officer)."""
        i = j - 1
        while i >= 0 and tokens[i].surface not in ("（", "("):
            i -= 1
        inside = "".join(t.surface for t in tokens[i + 1:j])
        if i > 0 and (re.fullmatch(r"[0-9０-９]+(?:歳)?", inside) or last and re.fullmatch(r"[A-ZＡ-Ｚ]{2,6}", inside)
                      or READING_IN_BRACKETS.fullmatch(inside)):
            return i
        return None

    if k and tokens[k - 1].surface in ("）", ")"):
        k = bracket_start(k - 1, last=True) or k
    kept: list[int] = []
    i = k
    while i > 0:
        t = tokens[i - 1]
        if t.surface in ("）", ")") and kept and (start := bracket_start(i - 1)) is not None:
            i = start  # 森林子（もり・りんこ）さん: the reading between the name and さん
            continue
        if t.surface in ("）", ")") and kept and tokens[kept[-1]].surface == "兼" and \
                (start := bracket_start(i - 1, last=True)) is not None:
            i = start  # サラ・カサノバ最高経営責任者(CEO)兼社長: one post and the next, not 「兼社長」 (round 109)
            continue
        if t.surface in ("）", ")") and kept and "".join(tokens[j].surface for j in reversed(kept)) in titles():
            # 広瀬道貞(テレビ朝日取締役相談役)会長は: a post in brackets between the name and the
            # title is stepped over, else the bare 会長 is the speaker (round 44)
            start = next((j for j in range(i - 2, max(i - 30, -1), -1) if tokens[j].surface in ("（", "(")), None)
            if start and tokens[start - 1].pos[0] == "名詞":
                i = start
                continue
        # (若|ノ|鵬: a ring name's ノ, a particle to UniDic, joins its kanji; round 46 keyed 鵬容疑者)
        nounish = t.pos[0] in ("名詞", "接頭辞", "接尾辞") or t.unknown or t.surface in ("・", "の") or \
            t.surface == "ノ" and 2 <= i < len(tokens) and has_kanji(tokens[i - 2].surface[-1:]) \
            and has_kanji(tokens[i].surface[:1]) or \
            (t.pos[0] == "補助記号" and t.surface in ("・", "＝"))
        if not nounish:
            break
        i -= 1
        kept.append(i)
    kept.reverse()
    no = next((n for n, j in enumerate(kept) if n and tokens[j].surface == "の"), None)
    if i > 0 and tokens[i - 1].pos[0] in ("動詞", "形容詞", "助動詞") and no is not None and \
            len("".join(tokens[j].surface for j in kept[:no])) <= 2:
        # 生活を考える|会の金奎一代表: a short noun a relative clause describes, cut from its clause,
        # is no part of the speaker's name (not みんなの滋賀新聞労働組合, a union named so; round 44)
        kept = kept[no + 1:]
    while kept and (tokens[kept[0]].surface in ("の", "・") or
                    tokens[kept[0]].surface in ("後", "日") and kept[0] and tokens[kept[0] - 1].surface in ("その", "この")):
        kept.pop(0)  # (その|後著作権団体側が, この|日ミャンマー軍警察は: その後 and この日 say when)
    return "".join(tokens[j].surface for j in kept)


# Who or what can say something: people by title or role, bodies by their ending.
_SPEAKER_ENDING = re.compile(
    r"(側|者|員|長|家|官|師|士|氏|さん|君|様|人|相|手|生|民|客|母|父|妻|夫|娘|子|男|女性|監督|教授|代表|幹部|"
    r"首脳|知事|大臣|少年|少女|男児|女児|児童|生徒|"
    r"大統領|主席|国王|会|党|省|庁|社|協会|政府|当局|局|部|団|陣|隊|チーム|連合|機構|組合|グループ|銀行|"
    r"大学|学校|病院|裁|検|警|市|町|村|県|府|国|軍|同氏|同社|役|スト|ター|ナー|リーダー|コーチ|キャプテン)$"
)


class _Names:
    """The article's names, indexed so a phrase is checked in time of its own length.

    A 40,000-character line pasted without 。 has thousands of topics (Xは) and thousands of
    names: scanning every name for every topic took 51 s. Here a phrase's suffixes and
    substrings are looked up instead (one per distinct name length).
    """

    def __init__(self, spans: Sequence[NameSpan]) -> None:
        self.names = {sp.name for sp in spans if sp.name}
        self.people = {sp.name for sp in spans if sp.name and sp.type == "person"}
        self.name_lengths = sorted({len(n) for n in self.names})
        self.person_lengths = sorted({len(n) for n in self.people})

    def ends_with_name(self, phrase: str) -> bool:
        return any(phrase[-n:] in self.names for n in self.name_lengths if n <= len(phrase))

    def holds_person(self, phrase: str) -> bool:
        return any(phrase[i:i + n] in self.people
                   for n in self.person_lengths for i in range(len(phrase) - n + 1))

    def starts_with_person(self, text: str) -> bool:
        return any(text[:n] in self.people for n in self.person_lengths if n <= len(text))


def _could_speak(phrase: str, names: _Names) -> bool:
    """Whether a topic can be a quote's speaker: a name, a title, a role or a body (検察側,
    専門家, 政府), not a thing (被告が得た報酬は…と指摘し、「…」: 報酬 said nothing)."""
    return bool(_SPEAKER_ENDING.search(phrase)) or phrase in titles() or \
        names.ends_with_name(phrase) or names.holds_person(phrase)


def _topic_before(tokens: Sequence[Token], limit: int, names: _Names, reported: bool = False) -> str | None:
    """The speaker before character ``limit``: the last Xは / Xも (else Xが) at the top level; in
    reported speech (``reported``) Xが first: 新華社は、アザドルイグが「…」と語ったと伝え is the
    party's words, which the agency reported (round 57, 2051)."""
    depth, last_ga = 0, -1
    best: dict[str, tuple[int, str]] = {}
    for k, t in enumerate(tokens):
        if t.start >= limit:
            break
        if "「" in t.surface:
            depth += t.surface.count("「")
        if "」" in t.surface:
            # (a quote the sentence split opened in the sentence before closes here: depth 0, so
            # 平中亮太監督も「…」 after it still finds its speaker; dev review 6)
            if depth < t.surface.count("」"):
                # ...and everything before it was quoted: 「…金沢の風土が…」と語り is no speaker
                # 金沢の風土 (dev review 3109)
                best.clear()
            depth = max(0, depth - t.surface.count("」"))
        if depth or t.surface not in _TOPIC_PARTICLES or t.pos[0] != "助詞" or k == 0:
            continue
        phrase = _phrase_before(tokens, k)
        between = "".join(x.surface for x in tokens[k + 1:] if x.start < limit)
        if t.surface == "が" and re.search(r"(?:ても|でも|れば|たら|ので|から|ため)、", between):
            continue  # 羽田の国際化が進んでも、「…」と述べた: the subject of a clause on the way, no speaker
        if t.surface == "が" and _ends_in_a_modifier(tokens, k + 1, limit):
            continue  # 与党が過半数割れをした参議院選挙後という状況に触れ、「…」: 与党 is no speaker (round 60's 0502)
        if t.surface == "が":
            last_ga = k
        if phrase and not phrase.isdigit() and _could_speak(phrase, names):
            best["が" if t.surface == "が" else "は"] = (k, phrase)
        elif t.surface == "も" and phrase and not between.strip("、 "):
            # 総務省は…、情報セキュリティ会社であるトレンドマイクロも「…」: the words are the one
            # before も, whom the names do not know; not the topic before it (round 48)
            return None
    if reported and "が" not in best and "は" in best and last_ga > best["は"][0]:
        return None  # the one who spoke (Xが) is no name the article knows; the reporter did not speak
    for key in ("が", "は") if reported else ("は", "が"):
        if key in best:
            return best[key][1]
    return None


def _ends_in_a_modifier(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """The first predicate from token k on (before character ``limit``) modifies a noun: the
    subject before k belongs to a relative clause (過半数割れをした|参議院選挙後)."""
    j = k
    while j < len(tokens) and tokens[j].start < limit and tokens[j].pos[0] not in ("動詞", "形容詞"):
        if "「" in tokens[j].surface:
            return False
        j += 1
    while j + 1 < len(tokens) and tokens[j + 1].pos[0] == "助動詞":
        j += 1
    return j + 1 < len(tokens) and tokens[j + 1].start < limit and tokens[j + 1].pos[0] == "名詞" \
        and tokens[j].pos[0] in ("動詞", "助動詞", "形容詞") and tokens[j + 1].pos[1] != "数詞"


def _resolve(speaker: str, earlier: dict[str, None], names: _Names) -> str:
    """A bare title (大統領は「…」) is the last person named with that title: サントス大統領."""
    # 柳川市の大野和彦市長 -> 大野和彦市長, 長女で翻訳家の森林子さん -> 森林子さん: the person,
    # without what places them (a mention seen before, or a person's name with its title).
    # The longest such mention follows the first の; each の is tried, left to right.
    at = speaker.find("の")
    while at >= 0:
        if speaker[at + 1:] in earlier:
            return speaker[at + 1:]
        at = speaker.find("の", at + 1)
    placed = re.fullmatch(r".+の([^の]+)", speaker)
    if placed and names.starts_with_person(placed.group(1)):
        return placed.group(1)
    if speaker in titles():
        for mention in reversed(list(earlier)):
            if mention.endswith(speaker) and mention != speaker:
                return mention
    return speaker


def find_quotes(article: Article, spans: Sequence[NameSpan],
                tokens: Sequence[Sequence[Token]]) -> list[Quote]:
    """Every 「…」 quote that is speech, with its speaker.

    Quotes that name a thing (「2プラス2」を開催, 受賞作「潮だまりの家」) are not speech and are
    left out. A quote whose speaker cannot be found is left out too.
    """
    names = _Names(spans)
    mentions: dict[str, None] = {}  # person mentions with titles, in article order, once each
    by_sentence: dict[int, list[NameSpan]] = {}
    for sp in spans:
        by_sentence.setdefault(sp.sentence_index, []).append(sp)
    out: list[Quote] = []
    last_speaker: tuple[str, int] | None = None
    last_seen = -10  # the sentence of the last quote or speaker: a speaker carries two sentences on
    for s in article.sentences:
        toks = tokens[s.index]
        for sp in by_sentence.get(s.index, []):
            if sp.type == "person":
                mention = "".join(t.surface for t in toks[sp.first:(sp.title_end or sp.end)])
                mentions.pop(mention, None)
                mentions[mention] = None
        for m in _QUOTE.finditer(s.text):
            before, after = s.text[: m.start()], s.text[m.end():]
            speaker: str | None = None
            where = s.index
            colon = _COLON_SPEAKER.search(before)
            frame = _FRAME.search(before)
            previous = article.sentences[s.index - 1].text if s.index else ""
            if colon and (len(before) <= 30 or not _LEADS_TO_QUOTE.search(before.rstrip("：: "))):
                speaker = colon.group("speaker").strip()  # ドイツ・ショルツ首相：「…」
            elif not before.strip(" 　>") and not after.strip("。 ") and _LEADS_TO_QUOTE.search(previous):
                # Xは…次のように語りました。 / 「…」 as a line of its own
                speaker = _topic_before(tokens[s.index - 1], 10_000, names)
                where = s.index - 1
            elif _RELAYED.match(after):
                continue  # 「…」との日本の専門家の話を伝えている: an unnamed party's words an outlet relayed (round 61's 1965)
            elif is_speech(after):
                # 市場関係者の間では「…」との見方が多い
                reported = bool(_REPORTED.match(after))
                speaker = next(g for g in frame.groups() if g) if frame else _topic_before(
                    toks, m.start(), names, reported=reported)
                if speaker is None:
                    speaker = _speaker_after(toks, m.end())  # 「…」と森田氏は語った
                # (not when another outlet asked: CNETの取材には「…」としたものの follows 徳生氏's
                # answer to INTERNETWatch, said by no one named; dev review 3110)
                # (nor when a topic stands just before the quote: Xも「…」 is X's even when X is
                # not found; wikinews-1830 keyed 鍵山誠CEO's words to the speaker before)
                topic = re.search(r"([^、。「」]{1,40}[^てでに])[はも]、?$", before)
                if speaker is None and last_speaker and s.index - last_seen <= 2 and "取材" not in before and not reported \
                        and not _OWN_SOURCE.search(before) \
                        and not (topic and last_speaker[0] not in topic.group(1) and not topic.group(1).startswith("同")):
                    speaker, where = last_speaker  # そのうえで「…」と強調した。
            elif _LEADS_TO_QUOTE.search(before.rstrip()) and before.strip():
                speaker = _topic_before(toks, m.start(), names)  # Xは…次のように発信しました：「…」
            if speaker and re.search("[、と]" + re.escape(speaker) + "も", before):
                continue  # 小島進深谷市長、吉田信解本庄市長も「…」: said by two, keyed to one
            if speaker:
                speaker = _resolve(speaker, mentions, names)
                if speaker in _GENERIC_SPEAKERS and last_speaker:
                    speaker = last_speaker[0]
                out.append(Quote(m.group(1), speaker, s.index, where, m.start()))
                last_speaker, last_seen = (speaker, where), s.index
        topic = _topic_before(toks, 10_000, names)
        if topic and any(sp.type == "person" for sp in by_sentence.get(s.index, [])) and not _QUOTE.search(s.text):
            last_speaker, last_seen = (_resolve(topic, mentions, names), s.index), s.index
    return out
