"""Readings placed over kanji: Anki's bracket syntax and HTML ruby.

Readings go over the kanji only: 見送る + みおくる -> ``見送[みおく]る``. A word whose reading
cannot be split between its kanji and kana (今日 きょう, 大人 おとな) carries it whole.
"""

from __future__ import annotations

import re
from html import escape

_KATA_TO_HIRA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}
_HIRA_TO_KATA = {c - 0x60: c for c in range(ord("ァ"), ord("ヶ") + 1)}


def to_hiragana(text: str) -> str:
    """カタカナ -> かたかな; the long-vowel mark ー and other characters stay."""
    return text.translate(_KATA_TO_HIRA)


# The vowel a long-vowel mark stands for after each kana when a kanji word is read in hiragana:
# UniDic reads 餃子 ギョーザ, but its hiragana furigana is ぎょうざ (o and e lengthen as う and い).
_VOWEL_ROWS = {
    "あ": "あかがさざただなはばぱまやらわぁゃ", "い": "いきぎしじちぢにひびぴみりぃえけげせぜてでねへべぺめれぇ",
    "う": "うくぐすずつづぬふぶぷむゆるぅゅおこごそぞとどのほぼぽもよろをぉょ",
}
_LONG_VOWEL = {ch: vowel for vowel, row in _VOWEL_ROWS.items() for ch in row}


def kanji_word_reading(text: str) -> str:
    """The hiragana reading of a word written in kanji: ギョーザ -> ぎょうざ (not ぎょーざ)."""
    out: list[str] = []
    for ch in to_hiragana(text):
        out.append(_LONG_VOWEL.get(out[-1], ch) if ch == "ー" and out else ch)
    return "".join(out)


def to_katakana(text: str) -> str:
    return text.translate(_HIRA_TO_KATA)


REPEAT_MARKS = "々〆ヶ"  # written among kanji, but no kanji of a school grade (人々, 関ヶ原)


def is_kanji(ch: str) -> bool:
    # 々 repeats the previous kanji (人々 ひとびと) and takes a reading like one. 﨑 (U+FA11, of 﨑津)
    # and the other compatibility ideographs are kanji too (round 112's 2158 listed 津 of 﨑津).
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" or ch in "々〆ヶ"


def has_kanji(text: str) -> bool:
    return any(is_kanji(ch) for ch in text)


def is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f" or "\u30a0" <= ch <= "\u30ff"


def split_reading(word: str, reading: str) -> list[tuple[str, str | None]]:
    """Split ``word`` into (text, reading) segments, reading None for kana that read as written.

    >>> split_reading("見送る", "みおくる")
    [('見送', 'みおく'), ('る', None)]
    >>> split_reading("今日", "きょう")
    [('今日', 'きょう')]
    """
    if not word or not reading or not has_kanji(word):
        return [(word, None)]
    runs = [(m.group(0), is_kanji(m.group(0)[0])) for m in re.finditer(r"[^\W\d_]|.", word)]
    # group consecutive characters of the same class
    groups: list[tuple[str, bool]] = []
    for ch, kanji in runs:
        kanji = is_kanji(ch)
        if groups and groups[-1][1] == kanji:
            groups[-1] = (groups[-1][0] + ch, kanji)
        else:
            groups.append((ch, kanji))
    pattern = "".join(
        "(.+?)" if kanji else "(" + re.escape(to_hiragana(text)) + ")" for text, kanji in groups
    )
    m = re.fullmatch(pattern, to_hiragana(reading))
    if not m:
        return [(word, reading)]
    return [
        (text, m.group(i + 1) if kanji else None) for i, (text, kanji) in enumerate(groups)
    ]


def to_anki(word: str, reading: str) -> str:
    """Anki's ``{{furigana:}}`` syntax: a space starts each base that follows other text.

    >>> to_anki("取り扱い", "とりあつかい")
    '取[と]り 扱[あつか]い'
    """
    out: list[str] = []
    for i, (text, rd) in enumerate(split_reading(word, reading)):
        if rd is None:
            out.append(text)
        else:
            out.append((" " if i else "") + f"{text}[{rd}]")
    return "".join(out)


def to_ruby_html(word: str, reading: str | None) -> str:
    """HTML ruby over the kanji only, every piece escaped.

    >>> to_ruby_html("見送る", "みおくる")
    '<ruby>見送<rt>みおく</rt></ruby>る'
    """
    if not reading:
        return escape(word)
    return "".join(
        escape(text) if rd is None else f"<ruby>{escape(text)}<rt>{escape(rd)}</rt></ruby>"
        for text, rd in split_reading(word, reading)
    )


_ANKI_SEGMENT = re.compile(r" ?([^ \[\]]+?)\[([^\]]+)\]")


def anki_to_ruby_html(furigana: str) -> str:
    """Render Anki bracket syntax (``見送[みおく]る``) as escaped HTML ruby."""
    out: list[str] = []
    pos = 0
    for m in _ANKI_SEGMENT.finditer(furigana):
        out.append(escape(furigana[pos:m.start()]))
        out.append(f"<ruby>{escape(m.group(1))}<rt>{escape(m.group(2))}</rt></ruby>")
        pos = m.end()
    out.append(escape(furigana[pos:]))
    return "".join(out)


# 五段 verbs: the 連用形 is the stem + the い-row kana of the last one: 書く -> 書き, 行う -> 行い.
I_ROW = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))


_ROMAJI = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do "
    "ba bi bu be bo pa pi pu pe po".split(), strict=True))
_SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romaji(reading: str) -> str:
    """A rough Hepburn spelling with long vowels shortened, to spot a gloss that is the word itself:
    よこづな -> yokozuna, おおぜき -> ozeki (JMdict: "ōzeki"), しょうぎ -> shogi."""
    out = ""
    kana = to_hiragana(reading)
    for i, ch in enumerate(kana):
        if ch in _SMALL and out.endswith("i"):
            base = out[:-1]  # しゃ sha, じゅ ju, ちょ cho; きゃ kya, ひゃ hya
            out = base + (_SMALL[ch][1:] if base.endswith(("sh", "ch", "j")) else _SMALL[ch])
            continue
        if ch == "っ" and i + 1 < len(kana):
            nxt = _ROMAJI.get(kana[i + 1], "")
            out += nxt[:1]
            continue
        out += _ROMAJI.get(ch, "")
    return re.sub(r"([aeiou])\1|ou|uu", lambda m: m.group()[0], out)


def spells_itself(gloss: str, reading: str) -> bool:
    """"yokozuna (highest rank in sumo)" for 横綱: the gloss spells the word's own sound."""
    word = romaji(reading)
    plain = gloss.lower().translate(str.maketrans("āīūēō", "aiueo"))
    plain = re.sub(r"([aeiou])\1|ou|uu", lambda m: m.group()[0], plain)
    return len(word) >= 4 and word in plain
