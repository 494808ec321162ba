"""Pitch accent from OpenJTalk's dictionary (pyopenjtalk-plus), and its overline-and-drop mark.

Tokyo Japanese marks a word by where its pitch falls, the accent kernel: 箸 はし is high-low
(kernel 1), 橋 はし low-high and low on a following particle (kernel 2), 端 はし low-high and
high on the particle too (0, 平板 heiban). A learner's dictionary shows it as a line over the high
morae with a hook down where the pitch drops: は￣し for 橋 with the hook after し.

OpenJTalk gives the kernel per accent phrase after its accent-sandhi rules, on the first word of
the phrase: 安全保障 is 安全 + 保障 to the dictionary but one phrase, kernel 5 (あんぜんほ＼しょう).
The kernels are only worth showing for the reading the item has: OpenJTalk reads 米 alone as
こめ (rice), while in 米大統領 it is べい; then the word is spoken from its kana and the accent is
that of the kana, or none when that too reads otherwise.

    >>> accent_for("箸", "はし"), accent_for("橋", "はし"), accent_for("端", "はし")
    ((1,), (2,), (0,))
"""

from __future__ import annotations

import contextlib
import html
import io
import threading
import warnings
from dataclasses import replace
from functools import lru_cache

from .furigana import has_kanji, to_hiragana
from .model import Term

__all__ = ["accent_for", "accent_html", "morae", "pitch_pattern", "spoken_text", "with_accents"]

_lock = threading.Lock()
_SMALL = set("ゃゅょぁぃぅぇぉゎャュョァィゥェォヮ")


def _openjtalk():
    """pyopenjtalk, imported once. Its import prints a notice about ONNX Runtime (used only for
    the 何 なに/なん guess, which studygen does not need) on stdout and stderr: kept off the
    user's terminal."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyopenjtalk
    return pyopenjtalk


@lru_cache(maxsize=8192)
def _frontend(text: str) -> tuple[str, tuple[int, ...]]:
    """OpenJTalk's reading of ``text`` (hiragana) and the kernel of each accent phrase."""
    pyopenjtalk = _openjtalk()
    with _lock:  # one OpenJTalk instance per process; its frontend is not re-entrant
        nodes = pyopenjtalk.run_frontend(text)
    reading = "".join(to_hiragana(n["read"]) for n in nodes if n["read"] != "、")
    kernels = []
    for n in nodes:
        # chain_flag 1: the word joins the phrase before it (保障 after 安全); -1 or 0 starts one.
        if n["chain_flag"] != 1 or not kernels:
            kernels.append(int(n["acc"]))
    return reading, tuple(kernels)


def morae_spoken(text: str) -> int:
    """How many morae OpenJTalk would say for ``text``: 0 for punctuation alone (…, 「」), which
    it cannot synthesize (it prints "No phoneme" on stderr and returns no sound)."""
    pyopenjtalk = _openjtalk()
    with _lock:
        return sum(int(n["mora_size"]) for n in pyopenjtalk.run_frontend(text))


def _same_reading(a: str, b: str) -> bool:
    return to_hiragana(a) == to_hiragana(b)


def accent_for(lemma: str, reading: str) -> tuple[int, ...]:
    """The accent kernels of ``lemma`` read ``reading``: one per accent phrase, 0 for 平板.

    Empty when OpenJTalk reads both the word and its kana otherwise than ``reading``.

    >>> accent_for("安全保障", "あんぜんほしょう")
    (5,)
    """
    if not reading:
        return ()
    for text in (lemma, reading):
        if not text:
            continue
        said, kernels = _frontend(text)
        if _same_reading(said, reading):
            return kernels
    return ()


def with_accents(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Each term with its ``accent`` filled in (see :func:`accent_for`)."""
    return tuple(replace(t, accent=accent_for(t.lemma, t.reading)) for t in terms)


def spoken_text(lemma: str, reading: str) -> str:
    """What to give the synthesizer for a word: the word as written when OpenJTalk reads it as
    the item's reading (its accent comes from the dictionary entry: 橋 and 箸 differ), else the
    reading (米 べい: written 米 it would say こめ). The reading stays in hiragana: in katakana
    OpenJTalk takes ベイ for the loanword 'bay' and gives it that word's accent.

    >>> spoken_text("米", "べい")
    'べい'
    """
    if not reading or not has_kanji(lemma):
        return lemma or reading
    said, _ = _frontend(lemma)
    return lemma if _same_reading(said, reading) else reading


def morae(kana: str) -> list[str]:
    """Split kana into morae: small ゃゅょ belong to the kana before them; っ, ん and ー count.

    >>> morae("しゅのうかいだん")
    ['しゅ', 'の', 'う', 'か', 'い', 'だ', 'ん']
    """
    out: list[str] = []
    for ch in kana:
        if ch in _SMALL and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def pitch_pattern(mora_count: int, kernel: int) -> list[bool]:
    """High (True) or low for each mora of a word with this kernel (Tokyo accent).

    >>> pitch_pattern(2, 1), pitch_pattern(2, 2), pitch_pattern(2, 0)
    ([True, False], [False, True], [False, True])
    """
    if kernel == 1:
        return [i == 0 for i in range(mora_count)]
    end = kernel if kernel > 0 else mora_count
    return [0 < i < end for i in range(mora_count)]


def accent_html(reading: str, accent: tuple[int, ...], css_prefix: str = "sg") -> str:
    """The reading with a line over the high morae and a drop mark after the kernel, as HTML.

    Each mora is a span: ``{prefix}-h`` high, ``{prefix}-l`` low, and ``{prefix}-drop`` where
    the pitch falls after it. Only a word of one accent phrase is drawn; a word of several
    (rare in a vocabulary list) shows its kernels as numbers, as dictionaries do: [5][1].

    >>> accent_html("はし", (1,))
    '<span class="sg-pitch"><span class="sg-h sg-drop">は</span><span class="sg-l">し</span></span>'
    """
    if not accent or not reading:
        return ""
    if len(accent) > 1:
        return f'<span class="{css_prefix}-pitch">{html.escape(reading)} ' + "".join(
            f"[{k}]" for k in accent) + "</span>"
    kernel = accent[0]
    moras = morae(reading)
    if kernel > len(moras):
        return ""
    spans = []
    for i, (mora, high) in enumerate(zip(moras, pitch_pattern(len(moras), kernel), strict=True)):
        classes = [f"{css_prefix}-{'h' if high else 'l'}"]
        if kernel and i + 1 == kernel:
            classes.append(f"{css_prefix}-drop")
        spans.append(f'<span class="{" ".join(classes)}">{html.escape(mora)}</span>')
    return f'<span class="{css_prefix}-pitch">' + "".join(spans) + "</span>"
