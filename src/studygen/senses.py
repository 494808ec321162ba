"""Senses: which of a JMdict entry's meanings a word has in this article, and how to show it.

JMdict lists a word's senses in its own order, for every reading and register at once. A news
word needs the sense it has in the article: only senses of the reading the article uses
(施行 read しこう is enforcing a law; read せぎょう it is giving alms), plain language before
familiar, slang and archaic senses (大統領 is "president", not "buddy"), the sense of the article's
domain first (左翼 in a baseball report is "left field"), and within a sense the glosses a
learner will not misread first (焦点: "focal point" before "focus (e.g. photographic)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache, cache
from importlib import resources

from .dictionary import Dictionary, Sense

# Senses JMdict marks as outside plain written news language: they come last, and are shown
# only when the word has no plain sense (大統領: "big man; boss; buddy" is familiar language).
MARKED_MISC = frozenset({
    "archaism", "obscure term", "obsolete term", "colloquialism", "slang", "derogatory",
    "jocular, humorous term", "vulgar expression or word", "familiar language", "children's language",
    "Internet slang", "dated term", "poetical term", "manga slang", "rare", "male term or language",
    "female term or language",
})
USUALLY_KANA = "word usually written using kana alone"
_REGISTER_NOTE = re.compile(r"^\((?:familiar|polite|humble|honorific|colloquial|formal|archaic)[^)]*\)\s*")
_ENGLISH_WORD = re.compile(r"[a-z]{3,}")
_PARENTHESIS = re.compile(r"\(([^)]*)\)")
# A gloss narrowed to a field by a one-word hint: "focus (e.g. photographic)", "(in bookkeeping)".
# A hint naming what the word is said of ("emission (e.g. of CO2, etc.)") is no narrowing.
_FIELD_HINT = re.compile(r"\((?:e\.g\. |in |esp\. )?[a-z]+(?:ic|al|ing|y)\)$")

_POS_MATCH = {
    "noun": ("noun",), "verb": ("verb",), "adjective": ("adjective (keiyoushi)",),
    "na-adjective": ("adjectival nouns", "quasi-adjectives", "noun"), "adverb": ("adverb",),
    "expression": ("expressions",),
}


@lru_cache(maxsize=1)
def _gloss_stopwords() -> frozenset[str]:
    text = resources.files("studygen").joinpath("data/gloss_stopwords.txt").read_text("utf-8")
    return frozenset(w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split())


@lru_cache(maxsize=1)
def misleading_glosses() -> frozenset[str]:
    """English glosses that name a meaning news seldom has and a learner misreads (排出's
    "evacuation" is of the bowels, not 避難): they go after the other glosses of their sense."""
    text = resources.files("studygen").joinpath("data/misleading_glosses.txt").read_text("utf-8")
    return frozenset(ln.split("\t")[0].strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=50_000)
def hint_words(glosses: tuple[str, ...]) -> frozenset[str]:
    """Words of a sense's bracketed hints, what it is said of: "to hold (meeting, party, etc.)"."""
    return gloss_words(tuple(h for g in glosses if not g[:1].isupper() for h in _PARENTHESIS.findall(g)))


@lru_cache(maxsize=50_000)
def gloss_words(glosses: tuple[str, ...]) -> frozenset[str]:
    """Content words of English glosses, cut to five letters: 'meetings' meets 'meeting'."""
    words = (w for g in glosses for w in _ENGLISH_WORD.findall(g.lower()))
    stop = _gloss_stopwords()
    return frozenset(w[:5] for w in words if w not in stop)


def first_sense_words(lemma: str, dictionary: Dictionary) -> frozenset[str]:
    entries = dictionary.entries(lemma)
    if not entries or not entries[0].senses:
        return frozenset()
    return gloss_words(entries[0].senses[0].glosses)


def senses_of_reading(senses: Sequence[Sense], spelling: str, reading: str | None) -> list[Sense]:
    """The senses JMdict gives the spelling with this reading: 施行 しこう "enforcing",
    not せぎょう "giving alms". All of them when the restriction would leave none."""
    kept = [s for s in senses if s.applies_to(spelling, reading)]
    return kept or list(senses)


def _ordered_glosses(glosses: Sequence[str]) -> list[str]:
    """A sense's glosses, those a learner reads right first: a gloss narrowed to a field
    ("focus (e.g. photographic)") or one of :func:`misleading_glosses` ("evacuation") after the
    others, so 焦点 is "focal point; focus (e.g. photographic)"."""
    misleading = misleading_glosses()

    def late(item: tuple[int, str]) -> tuple[bool, int]:
        i, g = item
        return (g in misleading or bool(_FIELD_HINT.search(g))), i

    ordered = [g for _, g in sorted(enumerate(glosses), key=late)]
    # "public acknowledgment; public acknowledgement", "varicoloured; varicolored": one gloss in
    # two spellings is shown once (round 38: the meaning item's answer repeated itself)
    seen: set[str] = set()
    out = []
    for g in ordered:
        key = _spelling_key(g)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def _spelling_key(gloss: str) -> str:
    """A gloss with British and American spellings made one: colour/color, -ise/-ize,
    acknowledgement/acknowledgment, travelled/traveled, centre/center."""
    g = gloss.lower()
    g = re.sub(r"our(ed|s|ing|ful)?\b", r"or\1", g)
    g = re.sub(r"(?<=[a-z])is(e|ed|es|ing|ation)\b", r"iz\1", g)
    g = re.sub(r"gement\b", "gment", g)
    g = re.sub(r"ll(ed|ing|er)\b", r"l\1", g)
    return re.sub(r"tre(s)?\b", r"ter\1", re.sub(r"tred\b", "tered", g))


@lru_cache(maxsize=8)  # one per table (news_senses, news_readings, news_glosses): 2 thrashed
def _by_context(name: str) -> dict[str, list[tuple[str, str]]]:
    """A table of data/``name``: lemma -> (value, the article context that calls for it) rows.
    A context is compiled when its lemma is first asked for (_context): compiling all 440 took
    0.08 s of every cold build, which asks for a few dozen."""
    text = resources.files("studygen").joinpath(f"data/{name}").read_text("utf-8")
    table: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, value, context = line.split("\t")
            table.setdefault(lemma, []).append((value, context))
    return table


@cache
def _context(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _in_context(name: str, lemma: str, article_text: str, own: str = "") -> str:
    """The value of the first row for ``lemma`` whose context ``own`` holds (the sentences the
    word stands in), else of the first whose context the article holds, or empty: in a match
    report that also gives the coach's reasons (理由), ゴールを挙げた is "to earn", whatever row
    comes first (round 54). In ``own`` the word itself is masked and a row for every article (".")
    waits for the article. A match in ``own`` counts only where it holds a word besides the
    word itself: 監督の (a row of film directors) or 浮上した say nothing of the sense of the word
    they hold, 周辺を捜索 (a search of the area) does."""
    rows = _by_context(name).get(lemma, ())
    stem = re.sub(r"[ぁ-ん]+$", "", lemma) or lemma
    if own:
        found = next((value for value, context in rows if context != "." and any(
            _OTHER_WORD.search(m.group().replace(stem, "")) for m in _context(context).finditer(own))), "")
        if found:
            return found
    return next((value for value, context in rows if _context(context).search(article_text)), "")


_OTHER_WORD = re.compile(r"[一-龥々ァ-ヶー0-9０-９A-Za-z]")


def news_reading(lemma: str, article_text: str, own: str = "") -> str:
    """The reading news gives ``lemma`` in this article when UniDic reads it otherwise
    (data/news_readings.tsv): 寒気 かんき in a weather report, not さむけ. Empty when none."""
    return _in_context("news_readings.tsv", lemma, article_text, own)


def news_sense(lemma: str, article_text: str, own: str = "") -> str:
    """A word of a gloss of the sense ``lemma`` has in this article, when JMdict lists another
    sense first (data/news_senses.tsv): 移籍 "transfer (to another team …)", 発熱 "fever" in a
    story of a patient, 監督 "coach" in a match report. Empty when no row's context is in the
    article."""
    return _in_context("news_senses.tsv", lemma, article_text, own)


def news_gloss(lemma: str, article_text: str, own: str = "") -> str:
    """The news sense of ``lemma`` in this article when JMdict has no sense for it at all
    (data/news_glosses.tsv): 談話 "statement (to the press)" where JMdict has only "talk;
    conversation", 拘束 "detention" of people held. The gloss goes before JMdict's. Empty when no
    row's context is in the article."""
    return _in_context("news_glosses.tsv", lemma, article_text, own)


def choose_glosses(
    senses: Sequence[Sense], pos: str, limit: int = 3, context: frozenset[str] = frozenset(), *,
    kanji: bool = False, domain: frozenset[str] = frozenset(), spelling: str = "", reading: str | None = None,
    prefer: str = "",
) -> tuple[str, ...]:
    """The chosen sense first and at most ``limit - 1`` more, each as up to three glosses.

    Only senses of the reading used (see :func:`senses_of_reading`); senses fitting the part of
    speech first; of those, a sense of the article's domain first (in a baseball report 左翼 is
    "left field", see :func:`article_domain`); for a verb or adjective, a sense whose bracketed hint names
    what its neighbour is (小学校に通う: "to go to (school, work, etc.)" meets 小学校 "elementary
    school"); for a word written in kanji, a sense JMdict says is usually written in kana after
    the others; marked senses (archaic, slang, familiar …) last and only when no plain one exists.
    ``prefer`` (see :func:`news_sense`) puts the sense whose first gloss holds it before the others.

    >>> from studygen.dictionary import Dictionary
    >>> e = Dictionary().entries("施行")[0]
    >>> choose_glosses(e.senses, "noun", spelling="施行", reading="しこう")
    ('execution; enforcing; carrying out',)
    """
    wanted = _POS_MATCH.get(pos, ())
    usable = senses_of_reading(senses, spelling, reading) if spelling else list(senses)
    # (a sense chosen by hand stays, marked or not: お立ち台, a hero's interview stand, round 122's 0806)
    plain = [s for s in usable if not set(s.misc) & MARKED_MISC or prefer and any(prefer in g for g in s.glosses)]
    if plain:
        usable = plain

    def rank(item: tuple[int, Sense]) -> tuple[int, ...]:
        i, s = item
        fits = any(any(w in p for w in wanted) for p in s.pos)
        kana = kanji and USUALLY_KANA in s.misc
        # 理事を務める: the sense JMdict says is usually written otherwise (勤める "to work for")
        # after the one written as the article writes it ("to serve (as)")
        elsewhere = bool(spelling and s.usual and spelling not in s.usual)
        shared = len(hint_words(s.glosses) & context) if context else 0
        of_domain = bool(domain and set(s.fields) & domain)
        # 後退 "backspace (key)" (computing) in a motor race: a field the article is not about last.
        off_domain = bool(s.fields) and not of_domain
        preferred = bool(prefer) and any(prefer in g for g in s.glosses)
        # A news sense (news_senses.tsv) is chosen by hand and outranks the part of speech:
        # 延べ3万人 is a noun to UniDic, and JMdict's "total" is its prefix sense.
        return (not preferred, not fits, not of_domain, off_domain, kana or elsewhere, -min(shared, 1), i)

    out: list[str] = []
    shown: set[str] = set()
    for _, s in sorted(enumerate(usable), key=rank):
        # 崖 "cliff; precipice", then "precipice; brink of a dangerous situation": a gloss an earlier
        # sense showed is not shown again (round 114's 0356: "cliff; precipice; precipice; brink")
        glosses = [g for g in _ordered_glosses(s.glosses) if _spelling_key(g) not in shown]
        if prefer:  # 接戦: "close contest" before "close combat"
            glosses = sorted(glosses, key=lambda g: prefer not in g)
        text = "; ".join(_REGISTER_NOTE.sub("", g) for g in glosses[:3])
        if text and text not in out:
            out.append(text)
            shown.update(_spelling_key(g) for g in glosses[:3])
        if len(out) == limit:
            break
    return tuple(out)


def article_domain(lemmas: Iterable[str], dictionary: Dictionary, least: int = 3, lift: float = 10.0) -> frozenset[str]:
    """JMdict fields (baseball, sports, finance, law …) that senses of ``least`` or more of the
    article's words share, ``lift`` times more often than JMdict's entries at large: what the
    article is about, for choosing among a word's senses. Computing is no domain of a motor race
    for having 7 of its 137 words (更新 "update", 後退 "backspace"): 5% of all entries have it.

    >>> sorted(article_domain(["先発", "左翼", "本塁打", "投手", "会談"], Dictionary()))
    ['baseball']
    """
    counts: Counter[str] = Counter()
    words = set(lemmas)
    with_entries = 0
    for lemma in words:
        entries = dictionary.entries(lemma)
        with_entries += bool(entries)
        counts.update({f for e in entries for s in e.senses for f in s.fields})
    shares = dictionary.field_shares()
    return frozenset(f for f, n in counts.items()
                     if n >= least and n / max(with_entries, 1) >= lift * shares.get(f, 0.0))
