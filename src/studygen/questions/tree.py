"""A parse seen as bunsetsu that depend on bunsetsu, with what Japanese news makes of them:
connectives and source frames a question stands without, clauses in disguise, a case-marked
phrase the parser hung under a noun put back under its predicate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Parse, Word

# 一方、また、さらに…: they tie a sentence to the one before it, which a question stands without.
CONNECTIVES = frozenset((
    "一方", "また", "さらに", "ただ", "しかし", "しかも", "なお", "その上で", "そのうえで", "そして", "同時に",
    "このため", "そのため", "その後", "こうした中", "このほか", "ところが", "だが", "でも", "それでも", "加えて",
    "これに対し", "これに対して", "その結果", "結果", "これにより", "ただし", "もっとも", "つまり", "実際",
    "さらには",  # (round 62's 2403)
))
# What belongs to a noun phrase: 滋賀県の|県域新聞, 約|2|時間, 「つきしろ」.
_NOUN_MODIFIERS = {"nmod", "compound", "amod", "det", "nummod", "flat", "fixed", "appos", "acl"}
# 法案可決に伴う投票, 五輪に関する報道, 電子部品をめぐる競争: functional verbs that make their noun a
# modifier of another, as a compound particle does
# (初版も含めると keeps 初版 an argument)
MODIFYING_VERBS = frozenset(("伴う", "関する", "対する", "基づく", "向ける", "際する", "よる", "因る", "めぐる", "巡る", "おける",
                              "於ける"))
# 毎日|新聞によると: the parser cuts a paper's name from 新聞.
_PAPER_NAMES = frozenset(("毎日", "朝日", "読売", "産経", "日経", "東京", "中日", "北海道", "西日本"))
# Case particles other than の: the phrase they mark depends on a predicate.
_CASE_MARKS = frozenset(("と", "で", "に", "を", "が", "から", "まで", "へ", "より"))
# …したことから, …するため, …した後で: a verb under one of these is a clause, not an argument.
_CLAUSE_NOUNS = frozenset(("こと", "ため", "の", "もの", "ところ", "結果", "際", "うえ", "上", "後", "あと", "前", "中",
                           "まま", "一方", "ほか", "場合", "以上", "末", "直後", "最中", "たび", "限り"))
# 共同通信によると、 朝日新聞によれば、: where the news came from, not part of the fact asked.
_SOURCE_FRAME = re.compile(r"(?:によると|によれば|の調べでは|の発表では|の報道では)、?$")
_BULLETS = "▽▼◇◆○●□■・※＊*→"
# The head noun of a place where something happens (ワシントンのホワイトハウス, 広島市のマツダスタジアム,
# 市内): 22%で、 and 11月11日付けで、 name no place.
PLACE_HEADS = re.compile(r"(?:スタジアム|球場|競技場|ドーム|アリーナ|ホール|会館|会場|センター|ホテル|公園|空港|港|駅|"
                         r"官邸|公邸|庁舎|本社|本部|本店|工場|病院|大学|高校|学校|議事堂|宮殿|神社|寺|城|広場|現場|"
                         r"ハウス|ビル|タワー|沖|付近|周辺|近海|上空|郊外|市内|県内|都内|町内|村内|区内|国内|中心部|"
                         r"北部|南部|東部|西部|料亭|旅館|劇場|美術館|博物館|体育館|記念館|公民館|講堂|会議場|"
                         r"大使館|領事館|市役所|区役所|町役場|村役場|県庁|都庁|府庁|道庁|教会|聖堂)$")
# 2025年2月28日、 10月11日（土曜日）、 昨年、: a time with a comma and no の modifies no noun (a noun takes の), so it
# belongs to the predicate however the parser hung it.
_TIME_WITH_COMMA = re.compile(
    r"(?:(?:[0-9０-９]{1,4}年(?:度)?)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
    r"(?:(?:午前|午後|未明|早朝|朝|昼|夜|夕方|深夜)(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?)?)?(?:ごろ|頃)?|"
    r"今日|きょう|昨日|本日|昨年|今年|先月|今月|先週|今週|同日|当日|前日|翌日)[、，]$")


# 気象庁は, 研究グループは、: a topic marked with は (not では, a scene)
_TOPIC_MARK = re.compile(r"(?<!で)は、?$")
_COMPANY_PREFIXES = frozenset(("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "公益社団法人",
                               "一般財団法人", "公益財団法人", "社会福祉法人", "学校法人", "医療法人", "独立行政法人"))
# …と発表した, …と述べた, …たいとしている: a clause reported by these keeps its frame.
# (…梅雨明けしたとみられると発表した: みる of とみられる, "is believed to", passes what is said on)
REPORTING = re.compile(r"みる$|見る$|発表|述べ|明らか|話|語|説明|報告|指摘|強調|公表|表明|報じ|伝え|発言|主張|示|決め|決定|判断|予想|予測|見込|懸念|"
                       r"認め|認定|否定|批判|見方|考え|要請|求め|訴え|呼びかけ|確認|回答|答え|言|振り返|述懐|コメント|する$|"
                       # …5兆円規模に向上すると見積もられている: the estimate is the と clause (round 105)
                       r"見積|推定|推計|試算|算出|想定")
# 会談した, 合意した, 対戦した: verbs whose partner takes と (サントス大統領と会談した).
MEETING = re.compile(r"会談|会う|面会|協議|合意|対戦|署名|締結|対談|電話会談|話し合|交渉|提携|統合|合併|契約|結婚|共演|握手")


@dataclass(frozen=True, slots=True)
class Bunsetsu:
    index: int
    first: int  # word indices, end exclusive
    end: int
    head_word: int  # the word whose head lies outside the bunsetsu


class Tree:
    """A parse seen as bunsetsu that depend on bunsetsu (Japanese is head-final)."""

    def __init__(self, parse: Parse) -> None:
        self.parse = parse
        self.words = parse.words
        groups: dict[int, list[int]] = {}
        for w in self.words:
            groups.setdefault(w.bunsetsu, []).append(w.i)
        self.bunsetsu: list[Bunsetsu] = []
        for b, members in sorted(groups.items()):
            heads = [i for i in members if self.words[i].head not in members or self.words[i].head == i]
            self.bunsetsu.append(Bunsetsu(b, members[0], members[-1] + 1, (heads or members)[-1]))

    @cached_property
    def parent(self) -> list[int]:
        return self._links[0]

    @cached_property
    def _links(self) -> tuple[list[int], dict[int, str]]:
        """Each bunsetsu's parent (-1 for a root), and the labels put right where a parent was
        moved (see below)."""
        deps: dict[int, str] = {}
        out = []
        for b in self.bunsetsu:
            w = self.words[b.head_word]
            out.append(-1 if w.head == w.i else self.words[w.head].bunsetsu)
        # A phrase marked by a case particle other than の depends on a predicate, never on a noun:
        # …サントス大統領と首相官邸で約2時間にわたって会談した was parsed with サントス大統領と under
        # 約2時間. Such a phrase goes up to the predicate its noun depends on.
        for b in range(len(out)):
            up = out[b]
            words = self.bwords(b)
            last = [x for x in words if x.pos != "PUNCT"]
            if up < 0 and 0 < b and b + 1 < len(out) and words and all(w.tag.startswith("名詞") for w in words) and \
                    self.text(b - 1) in _COMPANY_PREFIXES and out[b - 1] == b and \
                    self.words[self.bunsetsu[b + 1].first].tag.startswith("名詞"):
                # 株式会社|北辰|テクノ（本社・札幌市）は: GiNZA left part of a company's name as a
                # root of its own before the rest, which is the first part of the next noun's
                # phrase (the merger test article's lead had no question for it). Only after a
                # company's legal form: other nouns left as roots are mostly a page's headings
                # run into the sentence (新内閣人事は決定背景解説ドイツの政治…, wikinews-3351)
                out[b] = b + 1
                deps[b] = "compound"
                continue
            if up >= 0 and self.words[self.bunsetsu[b].head_word].dep in ("nmod", "compound") and \
                    _TIME_WITH_COMMA.fullmatch(self.text(b)) and len(self.text(b)) > 1:
                # 2025年2月28日、|ワシントンのホワイトハウスで、…会談を行いました: GiNZA hung the date
                # under ホワイトハウス; it goes up to the first bunsetsu with a verb, as an obl
                for _ in range(len(out)):
                    # (ホワイトハウスで、 read as a copula's clause has no verb: up again)
                    if out[up] < 0 or any(w.pos in ("VERB", "ADJ") or w.pos == "AUX" and w.dep != "cop"
                                          for w in self.bwords(up)):
                        break
                    up = out[up]
                out[b] = up
                deps[b] = "obl"
                continue
            raw = self.words[self.bunsetsu[b].head_word].dep
            if self._places_listed(b) and out[b] in (b + 1, out[b + 1]):
                # 宮城県石巻市と|東松島市で震度6弱の揺れを観測した: two places listed with と are
                # one place phrase, asked whole (GiNZA hung the first on the verb)
                out[b] = b + 1
                deps[b] = "nmod"
                continue
            if (raw in ("advcl", "acl") or raw == "advmod" and re.fullmatch(r"[ァ-ヶー]+・[ァ-ヶー・]+", self.text(b))) and \
                    b + 1 < len(out) and last and \
                    all(w.tag.startswith(("名詞", "補助記号")) for w in words) and \
                    self.words[self.bunsetsu[b + 1].first].tag.startswith("名詞"):
                # ギリェルミ・トウド|選手に, カナダ・ブリティッシュコロンビア|州の: GiNZA took the
                # end of a foreign name for a verb or adjective (UniDic's tag says noun); a clause
                # of nothing but nouns is the first part of the next noun (wikinews-2401; ハッタ・
                # ラジャサ|運輸相の, read as an adverb, wikinews-1962)
                out[b] = b + 1
                deps[b] = "compound"
                continue
            if raw == "advcl" and last and words[-1].pos != "PUNCT" and "連体形" in last[-1].inflection and \
                    b + 1 < len(out) and self.words[self.bunsetsu[b + 1].first].pos in ("NOUN", "PROPN", "NUM"):
                # 10月2日に行われる|ドレスデン1区の投票後の10月5日に行われる: a verb in its attributive
                # form right before a noun describes that noun, however GiNZA hung it (on the main
                # verb, so 「3度目の会談は、いつ行われますか」 was keyed 10月2日, the vote's date:
                # round 101's wikinews-2172, C)
                out[b] = b + 1
                deps[b] = "acl"
                continue
            if raw == "advcl" and len(last) >= 2 and last[-1].dep == "cop" and last[-1].text == "で" and \
                    words[-1].text == "、" and (last[-2].pos == "PROPN" or PLACE_HEADS.search(last[-2].text)) and \
                    not re.search(r"[0-9０-９]", self.text(b)) and \
                    not any(out[c] == b and self.words[self.bunsetsu[c].head_word].dep == "nsubj" for c in range(len(out))):
                # ワシントンのホワイトハウスで、…会談を行いました: GiNZA reads the place with で as a
                # copula's clause ("is the White House, and"); with no subject of its own it is where
                # the act takes place (同社は…企業で、 keeps its clause: 同社は is its subject)
                deps[b] = "obl"
                continue
            if up < 0 or not last or last[-1].pos != "ADP" or last[-1].lemma not in _CASE_MARKS:
                continue
            top = up
            if last[-1].lemma == "で":
                # 広島市のマツダスタジアムで|首位攻防|3連戦の|第2戦が|行われ: GiNZA hung the place
                # three nouns down from its verb; で marks where the act is, so it climbs the whole
                # noun chain (と stays one step: 日本と|米国の|首脳が is a list, not an argument). A
                # figure on the way is a list of places and counts: メキシコで|42人、…ニカラグアで|
                # 11人が死亡した gives each place its own count, and none is where all died.
                while out[top] >= 0 and self.words[self.bunsetsu[top].head_word].dep in ("nmod", "compound") and \
                        self.head(out[top]).pos in ("NOUN", "PROPN", "NUM") and not self._figure(top) and \
                        not self.text(top).endswith("、"):
                    top = out[top]
            if self.head(up).pos in ("NOUN", "PROPN", "NUM") and raw in ("nmod", "compound") and \
                    out[top] >= 0 and self.words[self.bunsetsu[top].head_word].dep in ("obl", "obj", "nsubj", "iobj"):
                out[b] = up = out[top]
            if raw == "nmod" and self.head(up).pos == "VERB" and (last[-1].lemma == "で" or last[-1].lemma == "と" and
                                                                  MEETING.match(self.head(up).lemma) and not self._listed(b)):
                # 首相官邸で|会談した, …サントス大統領と|首相官邸で…会談した: GiNZA at times labels a
                # phrase with a case particle that hangs on the verb itself "nmod"; what a verb
                # governs with a case particle is an argument (obl). と only with a verb of meeting:
                # 木村さんと|朝長さんは…作業を行っていた is a list of two (wikinews-0040)
                deps[b] = "obl"
        # 気象庁は11日午前、関東甲信地方が梅雨明けしたとみられると発表した: GiNZA hung the topic
        # on the reported clause, which has a subject of its own with が; a topic before it
        # belongs to the sentence's last predicate (気象庁 announced, the region had the rainy
        # season end). Only a clause with と: in 共和党はマケイン氏が州を制して候補指名をリードした
        # the party is the topic of the whole sentence (象は鼻が長い).
        roots = [b for b in range(len(out)) if out[b] < 0]
        for b in range(len(out)):
            up = out[b]
            words = self.unpunctuated(b)
            said = self.unpunctuated(up) if up >= 0 else []
            if up < 0 or not roots or up == roots[-1] or len(words) < 2 or words[-1].lemma != "は" or \
                    not said or said[-1].lemma != "と" or said[-1].pos not in ("ADP", "SCONJ") or \
                    words[-2].pos not in ("NOUN", "PROPN") or self.words[self.bunsetsu[b].head_word].dep not in ("nsubj", "dislocated"):
                continue
            if any(out[c] == up and c != b and self.words[self.bunsetsu[c].head_word].dep == "nsubj" and
                   self.text(c).rstrip("、").endswith("が") for c in range(b + 1, up)):
                out[b] = roots[-1]
        if roots:
            self._lead_repaired(out, deps, roots[-1])
        return out, deps

    def _lead_repaired(self, out: list[int], deps: dict[int, str], root: int) -> None:
        """The news lead 「Xは3日、…Yが…したと発表した」, which GiNZA misreads two ways: the date
        after the topic hung on a relative clause further on (研究グループは3日、|月面で探査を
        |続けている: 3日 is when they announced it, not when the rover was exploring) or on the
        reported clause (気象庁は11日午前、…梅雨明けしたと), never on a clause that goes on (台風18号は、
        21日午前9時、…で発生し、…熱帯低気圧となっている: the date is the forming's), and the
        reported clause's own subject hung on the reporting verb (探査車「つきしろ」が…成功した
        と|発表した: the rover succeeded; the group announced), which left the verb two subjects
        and the lead no question (the space test article). The date goes to the topic's verb, the
        subject with が to the と-clause after it, when that clause has no subject of its own."""
        topics = [b for b in range(len(out)) if out[b] == root and _TOPIC_MARK.search(self.text(b))
                  and self.words[self.bunsetsu[b].head_word].dep in ("nsubj", "dislocated")]
        if not topics:
            return
        topic = topics[0]
        date = topic + 1
        if date < len(out) and _TIME_WITH_COMMA.fullmatch(self.text(date)) and out[date] not in (root, -1) and \
                self.words[self.bunsetsu[out[date]].head_word].dep in ("acl", "ccomp") and \
                self.words[self.bunsetsu[out[date]].head_word].pos == "VERB" and out[date] < root:
            out[date] = root
            deps[date] = "obl"
        said = [c for c in range(topic + 1, root) if out[c] == root and self._reported(c)]
        if len(said) != 1:
            return
        for b in range(topic + 1, said[0]):
            if out[b] == root and self.text(b).rstrip("、").endswith("が") and \
                    self.words[self.bunsetsu[b].head_word].dep == "nsubj" and \
                    not any(out[c] == said[0] and self.text(c).rstrip("、").endswith(("が", "は")) for c in range(len(out))):
                out[b] = said[0]

    def is_topic(self, b: int) -> bool:
        """A subject marked with the topic は, not a scene with では (気象庁は, 研究グループは、)."""
        return self.dep(b) in ("nsubj", "dislocated") and bool(_TOPIC_MARK.search(self.text(b)))

    def _reported(self, b: int) -> bool:
        """…成功したと, …始めると: a predicate that ends in the quoting と."""
        words = self.unpunctuated(b)
        return len(words) >= 2 and words[-1].lemma == "と" and words[-1].pos in ("ADP", "SCONJ") and \
            any(w.pos in ("VERB", "AUX", "ADJ") for w in words[:-1])

    def _places_listed(self, b: int) -> bool:
        """宮城県石巻市と|東松島市で: a place name with と before another that takes a case particle."""
        if b + 1 >= len(self.bunsetsu):
            return False
        first = self.unpunctuated(b)
        second = self.unpunctuated(b + 1)
        return len(first) == 2 and len(second) == 2 and first[1].text == "と" and first[1].pos == "ADP" and \
            second[1].pos == "ADP" and second[1].lemma in ("で", "に", "から", "へ", "まで") and \
            "地名" in first[0].tag and "地名" in second[0].tag

    def _listed(self, b: int) -> bool:
        """茜さんと、|彩菜さんが: the next phrase is a noun with が, は, も or の, so と lists it."""
        return b + 1 < len(self.bunsetsu) and bool(re.search(r"[がはもの]、?$", self.text(b + 1))) and \
            self.head(b + 1).pos in ("NOUN", "PROPN", "PRON", "NUM")

    def _figure(self, b: int) -> bool:
        """42人、 2人の: a number with its counter (3連戦 is a noun a number modifies)."""
        head = self.head(b)
        return any(w.pos == "NUM" for w in self.bwords(b)) and (head.pos == "NUM" or head.tag.startswith("接尾辞"))

    @cached_property
    def children(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in self.bunsetsu]
        for b, p in enumerate(self.parent):
            if p >= 0 and p != b:
                out[p].append(b)
        return out

    def dep(self, b: int) -> str:
        return self._links[1].get(b) or self.words[self.bunsetsu[b].head_word].dep

    def head(self, b: int) -> Word:
        return self.words[self.bunsetsu[b].head_word]

    def subtree(self, b: int) -> set[int]:
        out, todo = {b}, [b]
        while todo:
            for c in self.children[todo.pop()]:
                if c not in out:
                    out.add(c)
                    todo.append(c)
        return out

    def span(self, b: int) -> tuple[int, int]:
        bs = self.bunsetsu[b]
        return self.words[bs.first].start, self.words[bs.end - 1].end

    def text(self, b: int) -> str:
        a, e = self.span(b)
        return self.parse.text[a:e]

    def bwords(self, b: int) -> tuple[Word, ...]:
        bs = self.bunsetsu[b]
        return self.words[bs.first:bs.end]

    def unpunctuated(self, b: int) -> list[Word]:
        """The bunsetsu's words without its punctuation (発表し、 -> 発表, し)."""
        return [w for w in self.bwords(b) if w.pos != "PUNCT"]

    def runs_on(self, b: int) -> bool:
        """Bunsetsu ``b`` ends in a noun with nothing after it and the next bunsetsu, a noun,
        begins right there: GiNZA cut one compound in two (毎日|新聞と of 毎日新聞と, 全人種|直接投票の
        of 全人種直接投票の選挙), so neither part is a phrase of its own."""
        if b < 0 or b + 1 >= len(self.bunsetsu):
            return False
        last, first = self.bwords(b)[-1], self.bwords(b + 1)[0]
        # (記者|会見し: a verbal noun as the predicate; 会見しました without 記者 still says it)
        # (抽選の結果|東北楽天イーグルスが: an adverbial noun, then a name, is two phrases)
        return last.end == first.start and last.tag.startswith(("名詞", "接尾辞")) and first.pos != "VERB" \
            and first.tag.startswith(("名詞", "接頭辞")) and not first.tag.startswith("名詞-数詞") \
            and not (last.tag.endswith("副詞可能") and (first.pos == "PROPN" or first.tag.endswith("副詞可能"))) \
            and "助数詞" not in last.tag  # (8月15日|引責辞任し, その後|午前3時: a date, then the act or the hour)

    def content_end(self, b: int) -> int:
        """Offset after the bunsetsu's content, before its particles and punctuation (a
        functional expression such as にわたって or について included)."""
        ws = self.bwords(b)
        k = len(ws)
        while k > 1 and (ws[k - 1].pos in ("ADP", "SCONJ", "PUNCT", "PART", "AUX") or ws[k - 1].dep == "fixed"):
            if ws[k - 1].text in "」』" and sum(w.text in "「『" for w in ws[:k - 1]) > sum(w.text in "」』" for w in ws[:k - 1]):
                break  # 探査車「つきしろ」が: the closing bracket belongs to the name it opened (no 「つきしろは)
            k -= 1
        return ws[k - 1].end

    def phrase(self, start: int, end: int) -> tuple[int, int]:
        """The whole argument phrase around ``start:end``: the subtree of the bunsetsu that holds
        it, without its final particles (サントス大統領 -> ワシントンでのサントス大統領)."""
        held = {w.bunsetsu for w in self.words if w.start < end and w.end > start}
        tops = [b for b in held if self.parent[b] not in held]
        if len(tops) != 1:
            return start, end
        # Only what modifies the noun belongs to the phrase: 読売新聞によると (obl) does not.
        sub, todo = {tops[0]}, [tops[0]]
        while todo:
            for c in self.children[todo.pop()]:
                if (self.dep(c) in _NOUN_MODIFIERS or self.particle_verb(c)) and c not in sub:
                    sub.add(c)
                    todo.append(c)
        first = min(sub)
        if set(range(first, tops[0] + 1)) - sub:
            first = tops[0]  # not contiguous: the bunsetsu alone
        words = [w for w in self.words if first <= w.bunsetsu <= tops[0]]
        while words and words[0].pos in ("ADV", "CCONJ", "PUNCT", "SCONJ"):
            words.pop(0)  # 特に欧州各国: the adverb is no part of the key
        return (words[0].start if words else start), self.content_end(tops[0])

    def particle_verb(self, b: int) -> bool:
        """電子部品をめぐる|競争: a bunsetsu that ends in a verb of MODIFYING_VERBS in its attributive
        form modifies the noun after it, whatever label GiNZA gives it (here obj, for its を)."""
        last = self.bwords(b)[-1]
        return last.pos == "VERB" and last.lemma in MODIFYING_VERBS and self.text(b).endswith(("る", "た"))

    def at(self, offset: int) -> int:
        """The bunsetsu holding the character at ``offset``."""
        for w in self.words:
            if w.start <= offset < w.end:
                return w.bunsetsu
        return -1

    def is_predicate(self, b: int) -> bool:
        if self._links[1].get(b) == "obl":
            return False  # ホワイトハウスで、 read as a copula's clause, put right (see parent)
        ws = self.bwords(b)
        h = self.head(b)
        if h.pos in ("VERB", "ADJ") or any(w.dep == "cop" for w in ws):
            return True
        if any(w.pos == "AUX" and w.lemma in ("する", "た", "ます", "ない", "れる", "られる") for w in ws):
            return True
        return self.parent[b] < 0 and h.pos in ("NOUN", "PROPN", "NUM")  # 体言止め

    def connective(self, b: int) -> bool:
        t = self.text(b).rstrip("、，,")
        if t in _PAPER_NAMES and b + 1 < len(self.bunsetsu) and self.text(b + 1).startswith("新聞"):
            return True  # 毎日|新聞によると: the parser cut the paper's name; 毎日 is not "every day"
        # これより大分県別府市を中心に…相次いだ: "from then on" as a sentence's first word (round
        # 62's 0268; それより, round 63's 0936); later in it これより is a comparison (これより多い)
        return t in CONNECTIVES or b == 0 and t in ("これより", "それより") or self.head(b).pos in ("CCONJ",) or self.dep(b) in ("cc", "discourse") or \
            bool(_SOURCE_FRAME.search(t)) or t.startswith("その")

    def clausal(self, b: int) -> bool:
        """An argument that is a clause in disguise: …したことから, …するため, …した後で (a verb
        under a formal noun). 来日しているサントス大統領と is an argument with a relative clause."""
        return self.head(b).lemma in _CLAUSE_NOUNS and any(
            self.head(c).pos in ("VERB", "ADJ") or any(w.dep == "cop" for w in self.bwords(c))
            for c in self.children[b])
