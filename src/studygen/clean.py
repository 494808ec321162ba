"""Clean: keep the article, drop what is not the article.

Normalizes the text once (NUL, control characters, BOMs, half-width katakana, full-width
Latin letters and digits), removes emoji and the literal ``?`` that stands where an emoji was
lost in an encoding round trip, drops advertising notices, and strips decorative bullets and
heading marks while keeping headings and list items as text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from .model import Block

# ｶﾀｶﾅ -> カタカナ (NFKC on the half-width block only: NFKC on everything would also turn
# the full-width ！？ that Japanese sentences end with into ASCII).
# A half-width sound mark after a full-width kana joins it too: カﾞ -> ガ.
_HALFWIDTH_KANA = re.compile(r"[\u3041-\u30ff]?[\uff61-\uff9f]+")
# Ｇ２０ -> G20: news mixes both; one spelling makes counting and matching work.
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
# Inside a number only: ０．７５ -> 0.75, １，２００ -> 1,200. Elsewhere ． and ， are punctuation,
# and ％ stays as Japanese news writes it (1％).
_FULLWIDTH_NUMBER_MARK = re.compile(r"(?<=\d)[．，](?=\d)")
# Control characters (but tab and newline), lone surrogates (fugashi raises on them), BOMs
# (U+FEFF inside a text pasted from several files), soft hyphens, bidi and zero-width marks,
# and U+FFFD, which stands for a character lost in an earlier decoding, as a lost-emoji ? does.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\ud800-\udfff\ufeff\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufffd\ufffe\uffff]"
)
# Terminal colour codes in text copied from a console: ESC[31m ... ESC[0m.
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
# Emoji and their glue: pictographs, dingbats, ZWJ, variation selectors, skin tones, keycaps, tags.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U0001fc00-\U0001ffff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
    "\u200d\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef\u20e3\u3030\u303d\u3297\u3299"
    "\u2122\u2139\u24c2\u2934\u2935\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe]"
)
# Decorative bullets and heading marks at the start of a line (■ 会談の背景, ・ 米国側の狙い, ## 結論).
# A * is a Markdown bullet only before a space: **両国**は starts with bold text.
_LEADING_MARKS = re.compile(r"^(?:[\s\u3000]*(?:[#>•‣・■□◆◇●◎○◉▶▷►▼▽★☆◼◻▪▫→⇒➡]|[-+*](?=\s)|\d+[.)](?=\s))[\s\u3000]*)+")
# A reference mark copied from a wiki page, after Japanese text or opening a line: 記述が追加され[1]、
# 削除されていた[6][7]。, [2]朝日放送によると (round 69's 2457 asked いつ…追加され[1ですか).
_FOOTNOTE_MARK = re.compile(r"(?:(?<=[\u3001-\u30ff\u4e00-\u9fff々）」』])|^)(?:\[\d{1,2}\])+")
_MARKDOWN_INLINE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\([^)]*\)|`([^`]+)`")
_JAPANESE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff\u3400-\u4dbf々〆ヶ]")
_KANA_OR_KANJI_BEFORE_Q = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff々ー]")


# A list item as the source wrote it: "- [潮見市議会議員選挙の結果](https://…)", "・ 記事".
_LIST_ITEM = re.compile(r"^[\s\u3000]*(?:[-+*](?=\s)|[・•‣]|\d+[.)](?=\s))")
# A line of marks only: a Markdown rule (---, ***) or a decorative divider (＝＝＝, ◆◆◆).
_DIVIDER = re.compile(r"^[\W_]+$")


# A line that is only a dateline or an update stamp, which pages print above or below the
# story: "2026年11月4日 10時05分", "[11月4日 12時00分]", "最終更新：11/3(火) 16:05 みなと日報".
_DATE_OR_TIME = re.compile(
    r"(?:\d{4}\s*[年/.-]\s*)?\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(?:\s*[(（][月火水木金土日][)）])?"
    r"|(?:午前|午後)?\d{1,2}\s*(?:時\s*(?:\d{1,2}\s*分)?|:\d{2})(?:ごろ|頃)?"
)
_STAMP_LABEL = re.compile(r"最終更新|更新日時|更新|配信日時|配信|公開日時|公開日|公開|掲載日|掲載|投稿日時|投稿日|投稿|日時")
_STAMP_PUNCT = re.compile(r"[\s\[\]［］【】()（）|｜/／:：・,，、-]+")


# Furigana written into plain text, as easy-Japanese news and e-books carry it:
# Aozora Bunko style ｜日本《にほん》 / 日本《にほん》, and a reading in brackets right after the
# kanji it reads, 会見(かいけん) or 会見（かいけん）. The brackets hold kana only: 森静香（もり・しずか）
# (a name's reading, with ・) and （68） stay for the name and age rules.
# Groups: the word after ｜ and its reading; or the kanji before 《》 or () and the reading.
# 「准胝堂」(じゅんていどう): the reading after the quote that holds the name (round 126's 2483).
_FURIGANA = re.compile(
    r"｜([^《｜\n]{1,20})《([^》\n]{1,30})》"
    r"|([\u4e00-\u9fff々〆ヶ]+)(?:《([\u3041-\u30ffー]{1,30})》|[(（]([\u3041-\u309fー]{1,12})[)）])"
    r"|「([\u4e00-\u9fff々〆ヶ]{2,10})」[(（]([\u3041-\u309fー]{2,16})[)）]"
)


def strip_furigana(text: str) -> str:
    """Remove readings written into the text, keeping the words they read.

    >>> strip_furigana("首相(しゅしょう)は｜記者会見《きしゃかいけん》を開《ひら》きました。")
    '首相は記者会見を開きました。'
    """
    return _FURIGANA.sub(lambda m: m.group(1) or m.group(3) or f"「{m.group(6)}」", text)


_KANJI_IN = re.compile(r"[\u4e00-\u9fff々〆ヶ]")
_KANA_READING = re.compile(r"[\u3041-\u30ffー]+")


def given_readings(pairs: Iterable[tuple[str, str]] | str) -> tuple[tuple[str, str], ...]:
    """The readings an article gives for its words, from (word, reading) pairs (a page's
    <ruby>) or from the furigana written into a text (see :func:`strip_furigana`).

    Kept: words of two characters or more with kanji, read the same way wherever they are
    given. A single kanji is read by its neighbours (日 is か in 4日, ひ in 日が), and a word
    given two readings (潮見 しおみ here, うしおみ there) is left to the dictionary.

    >>> given_readings("潮見(うしおみ)市の会見(かいけん)で、日(ひ)が…")
    (('潮見', 'うしおみ'), ('会見', 'かいけん'))
    """
    if isinstance(pairs, str):
        pairs = [(m.group(1) or m.group(3) or m.group(6), m.group(2) or m.group(4) or m.group(5) or m.group(7))
                 for m in _FURIGANA.finditer(pairs)]
    seen: dict[str, set[str]] = {}
    for base, reading in pairs:
        base, reading = base.strip(), unicodedata.normalize("NFKC", reading.strip())
        # Every kanji is read by one kana at least: 日本政府(せいふ) gave 政府 alone its reading.
        if len(base) >= 2 and _KANJI_IN.search(base) and _KANA_READING.fullmatch(reading) \
                and len(reading) >= len(base):
            seen.setdefault(base, set()).add(reading)
    return tuple((base, next(iter(r))) for base, r in seen.items() if len(r) == 1)


def is_dateline(line: str) -> bool:
    """A date or time with nothing else but a label and a short source name (no sentence).

    >>> [is_dateline(x) for x in ("[11月4日 12時00分]", "最終更新：11/3(火) 16:05 みなと日報",
    ...                             "11月3日の動き", "3日午後、会談した。")]
    [True, True, False, False]
    """
    if line.endswith(("。", "．")) or not _DATE_OR_TIME.search(line):
        return False
    rest = _STAMP_PUNCT.sub("", _DATE_OR_TIME.sub("", line))
    labelled = bool(_STAMP_LABEL.search(rest))
    rest = _STAMP_LABEL.sub("", rest)
    return not rest or (labelled and len(rest) <= 12)


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _wrap_width(lines: list[str]) -> tuple[Callable[[str], int], int] | None:
    """How a hard-wrapped text was wrapped (an e-mail, a terminal copy): the measure (characters,
    as Japanese editors count, or terminal columns, where a kanji takes two) and the width.

    Wrapped text has most of its lines at one width, the last line of each paragraph shorter;
    a text with one paragraph a line has lines of every length.
    """
    for measure in (len, _width):
        widths = [w for ln in lines if (w := measure(ln.strip())) >= 10]
        if len(widths) < 6:
            continue
        top = max(widths)
        for wrap in range(top, top - 4, -1):  # a hanging 。 or 」 may stand past the margin
            near = sum(1 for w in widths if wrap - 2 <= w <= wrap + 2)
            if near >= 5 and near >= 0.6 * len(widths):
                return measure, wrap
    return None


_PAIRS = ("「」", "『』", "（）")


def _continues(last_line: str, unclosed: dict[str, int]) -> bool:
    """Whether a line breaks off mid-sentence, so the next one goes on with it: it ends with
    a comma (潮見市は3日、) or leaves a quote open (「外出の機会を増やし、…). Pages do this with
    <br>; a headline never ends with 、. ``unclosed`` counts, per bracket pair, the openings
    not yet closed in the whole block so far."""
    if last_line.endswith(("、", "，", ",")):
        return True
    # A quote may run over several paragraphs of an interview, each ending in 。: only a line
    # that also stops mid-sentence goes on.
    return not last_line.endswith(("。", "．", "！", "？", "!", "?")) and any(n > 0 for n in unclosed.values())


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, drops the list below it) for each line of data/boilerplate.tsv."""
    text = resources.files("studygen").joinpath("data/boilerplate.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((re.compile(row[0]), len(row) > 2 and row[2].strip() == "list") for row in rows)


def normalize(text: str) -> str:
    """One normalization for the whole pipeline.

    Line ends become ``\\n``; NUL (fugashi stops reading at a NUL), other control characters,
    terminal colour codes, lone surrogates, BOMs and zero-width marks are removed; half-width
    katakana becomes full-width and full-width Latin letters and digits ASCII. Idempotent:
    ``normalize(normalize(t)) == normalize(t)``.

    >>> normalize("Ｇ２０で\\x00ｶﾀｶﾅ\\r\\n")
    'G20でカタカナ\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\x85", "\n").replace("\xa0", " ")
    text = _ANSI_ESCAPE.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = text.translate(_FULLWIDTH_ALNUM)
    return _FULLWIDTH_NUMBER_MARK.sub(lambda m: "." if m.group(0) == "．" else ",", text)


def _lost_emoji_positions(text: str) -> bool:
    """Whether the text's ASCII ``?`` marks stand for lost emoji rather than questions.

    A blog post whose emoji went through a non-Unicode encoding shows them as ``?`` in places
    a question mark never stands: at the start of a heading (``? 会談の背景``), doubled (``??``),
    after a full stop (``。?``), before a variation selector (``?️``) or between two Japanese
    words (``大統領?と``). Three such places mark the whole text as damaged.
    """
    signals = 0
    for m in re.finditer(r"\?", text):
        i = m.start()
        before = text[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if before in "\n?。、！」』)）" or after in "?\ufe0f\u200d" or (
            before != " " and _KANA_OR_KANJI_BEFORE_Q.match(before) and _KANA_OR_KANJI_BEFORE_Q.match(after)
        ):
            signals += 1
            if signals >= 3:
                return True
    return False


# A title, then a word glued on before が, は or と: ゼレンスキー大統領ウクライナが (the seed article).
# ファイル:Stardustcapsule.jpgアメリカ航空宇宙局(NASA)の…: a wiki's image link left glued to the
# text it illustrated (round 54: listed the name jpgアメリカ航空宇宙局).
_WIKI_FILE = re.compile(r"(?:ファイル|画像|File|Image):[^\s:：「」()（）]{1,120}?\.(?:jpe?g|png|gif|svg|webp|tiff?)",
                        re.IGNORECASE)
_AFTER_TITLE = re.compile(r"(大統領|首相|国王|首席|総理)([ァ-ヶー]{2,8}|[一-龥]{1,3})(?=[がはと])")


def _drop_written_flags(line: str) -> str:
    """A text whose emoji were lost may have had a flag written out as its country's name, glued
    to the title of the person it decorated: ゼレンスキー大統領🇺🇦が came out as ゼレンスキー大統領
    ウクライナが in the seed article, and questions repeated it. No sentence puts a country
    between a title and its が, so in such a text the country goes. UniDic tells a country
    (地名,国: ウクライナ, 米国) from other words glued there (大統領選, 首相官邸 are left)."""
    from .analyze import tokenize

    def repl(m: re.Match[str]) -> str:
        toks = tokenize(m.group(2))
        return m.group(1) if len(toks) == 1 and toks[0].pos[2:] == ("地名", "国") else m.group(0)

    return _AFTER_TITLE.sub(repl, line)


def _fix_question_marks(text: str, lost: bool) -> str:
    def repl(m: re.Match[str]) -> str:
        i = m.start()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isascii() and before.isalnum() and (not after or after.isascii()):
            return "?"  # English or a URL: "What?", "?q=1"
        if lost:
            return ""
        # A real question in Japanese text: full-width, as Japanese typesetting writes it.
        return "？" if before and _KANA_OR_KANJI_BEFORE_Q.match(before) else "?"

    return re.sub(r"\?", repl, text)


def _strip_decoration(line: str, markdown: bool, decorated: bool) -> tuple[str, bool]:
    """Remove leading bullets and heading marks; say whether the line is a heading.

    ``decorated``: the line started with an emoji (or a lost-emoji ``?``), as blog headings do.
    """
    heading = bool(markdown and re.match(r"^\s*#{1,6}\s", line))
    marks = ""
    m = _LEADING_MARKS.match(line)
    if m and m.end() < len(line):
        marks = m.group(0)
        line = line[m.end():]
    if markdown:
        line = _MARKDOWN_INLINE.sub(lambda m: next(g for g in m.groups() if g is not None), line)
    line = _FOOTNOTE_MARK.sub("", line).strip(" \t\u3000")
    # A short line without a full stop after a mark is a heading (■ 会談の背景と目的);
    # after a list bullet (- 米国側の狙い:…) it is a list item.
    bullet = bool(re.search(r"[-+・•]|\d", marks))
    if (decorated or marks) and not bullet and len(line) <= 40 and not re.search(r"[。．.]$", line):
        heading = True
    return line, heading


def clean(text: str, *, markdown: bool = False) -> tuple[Block, ...]:
    """Turn decoded text into blocks of article text.

    >>> clean("この記事は広告を掲載してます。\\n? 会談の背景\\n両国は合意した?。\\n? 次の展開??")
    (Block(text='会談の背景', heading=True), Block(text='両国は合意した。', heading=False), Block(text='次の展開', heading=True))
    """
    text = strip_furigana(normalize(text))
    # Judged with and without the emoji: in ??🎉? the ? marks are doubled once 🎉 is gone.
    lost = _lost_emoji_positions(text) or _lost_emoji_positions(_EMOJI.sub("", text))
    patterns = _boilerplate()
    blocks: list[Block] = []
    # The block being built, in lines: joined once when it ends (a block of 10,000 lines each
    # ending in 、 was joined line by line and counted again at each: quadratic).
    parts: list[str] = []
    part_heading = False
    unclosed: dict[str, int] = dict.fromkeys(_PAIRS, 0)

    def flush() -> None:
        if parts:
            blocks.append(Block("".join(parts), part_heading))

    related_list = False  # under a 関連記事 heading: its list of links is not the article
    raw_lines = text.split("\n")
    wrap = _wrap_width(raw_lines)
    joinable = ""  # how the last block may go on in the next line: "sentence", "wrap" or not
    for raw in raw_lines:
        line = raw.strip(" \t\u3000")
        if not line:
            joinable = ""  # a blank line ends a paragraph
            continue
        # A hard-wrapped line reaches the margin; the paragraph's last line falls short, and
        # a new paragraph starts indented with a full-width space.
        wrapped = wrap is not None and wrap[0](line) >= wrap[1] - 2
        indented = raw.startswith("\u3000")
        decorated = bool(_EMOJI.match(line)) or (lost and line.startswith("?"))
        line = _fix_question_marks(_EMOJI.sub("", _WIKI_FILE.sub("", line)), lost).strip(" \t\u3000")
        if lost:
            line = _drop_written_flags(line)
        if not line:
            continue
        item = bool(_LIST_ITEM.match(line))
        line, heading = _strip_decoration(line, markdown, decorated)
        if related_list and item:
            continue
        related_list = False
        if not line or (not _JAPANESE.search(line) and len(line) < 3) or _DIVIDER.match(line):
            continue
        drop = next((drops_list for p, drops_list in patterns if p.search(line)), None)
        if drop is not None:
            related_list = drop
            continue
        if is_dateline(line):
            continue
        line = re.sub(r"[ \t\u3000]{2,}", " ", line)
        if parts and not heading and not item and (
                joinable == "sentence" or (joinable == "wrap" and not indented)):
            parts.append(line)
            part_heading = False
        else:
            flush()
            parts, part_heading = [line], heading
            unclosed = dict.fromkeys(_PAIRS, 0)
        for pair in _PAIRS:
            unclosed[pair] += line.count(pair[0]) - line.count(pair[1])
        joinable = "" if heading else "sentence" if _continues(line, unclosed) else "wrap" if wrapped else ""
    flush()
    return tuple(blocks)
