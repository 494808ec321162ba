"""Inputs shaped as real files go wrong: not random bytes, but sizes and layouts.

Text pasted from a PDF comes as one line with no 。; a page of short lines makes tens of
thousands of sentences; a saved web page can nest ``<div>`` thousands deep or hold a table of
ten thousand cells; a transcript is a wall of 「…」. Each shape here is made to a size in UTF-8
bytes from the test articles' own prose, so the words are real news words (names, numbers,
titles) and only the layout is extreme.

The benchmark (``bench/run.py --shapes``) times every shape from 80 KB up to the 2 MB input
limit; the tests (``tests/test_shapes.py``) build each at a small size and check the bounds a
shape must keep (every sentence under the cap, nothing raised), and the fuzz target
(``fuzz/fuzz_ingest.py``) mixes them into its inputs.

    >>> name, data = make_shape("long_line", 5_000)
    >>> name, len(data) <= 5_000, b"\\xe3\\x80\\x82" in data   # no 。 anywhere
    ('long_line.txt', True, False)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

# name -> (file suffix, what it stands for)
SHAPES: dict[str, tuple[str, str]] = {
    "prose": (".txt", "a long report: the test articles' paragraphs one after another"),
    "long_line": (".txt", "one line of prose with no 。 (text pasted from a PDF)"),
    "long_line_bare": (".txt", "one line with no 。, no 、 and no space (only words)"),
    "tiny_sentences": (".txt", "many sentences of one or two words (雨。晴れ。)"),
    "short_lines": (".txt", "a page of short lines without full stops, one a line"),
    "comma_lines": (".txt", "lines broken after 、 and inside an open 「, all joined into one paragraph"),
    "one_char_run": (".txt", "a run of one character (あああ…) inside an article"),
    "many_quotes": (".txt", "thousands of 「…」と述べた quotes, and quotes back to back"),
    "open_quote": (".txt", "a 「 that never closes, followed by the whole article"),
    "deep_html": (".html", "paragraphs nested thousands of <div>s deep"),
    "wide_html": (".html", "tens of thousands of sibling <p> and <span> elements"),
    "huge_table": (".html", "an HTML table of thousands of rows of Japanese cells"),
    "markdown_table": (".md", "a Markdown table of thousands of rows"),
}

_PLAIN = ("business-merger", "diplomacy-summit", "disaster-earthquake", "economy-rates",
          "health-policy", "quotes-press", "science-space", "sports-baseball")


@functools.cache
def _paragraphs() -> tuple[str, ...]:
    """The test articles' paragraphs (UTF-8 ones; headlines included), in a fixed order."""
    out: list[str] = []
    for stem in _PLAIN:
        text = (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8")
        out += [p.strip() for p in text.split("\n") if p.strip()]
    return tuple(out)


@functools.cache
def _sentences() -> tuple[str, ...]:
    return tuple(s for p in _paragraphs() for s in re.findall(r"[^。]+。", p) if "「" not in s)


def _lead() -> str:
    return next(p for p in _paragraphs() if "。" in p)


def _words() -> Iterator[str]:
    """The articles' text cut at punctuation and particles: 経営統合, 持ち株会社設立, ..."""
    for p in itertools.cycle(_paragraphs()):
        yield from (w for w in re.split(r"[、。「」（）\s]|(?<=[はがをにでとの])", p) if w)


def _fill(pieces: Iterator[str], size: int, sep: str = "") -> str:
    """Join ``pieces`` until the next one would pass ``size`` UTF-8 bytes."""
    out: list[str] = []
    used = 0
    step = len(sep.encode())
    for piece in pieces:
        n = len(piece.encode()) + (step if out else 0)
        if used + n > size:
            break
        out.append(piece)
        used += n
    return sep.join(out)


def _html(body: str, size: int) -> str:
    head = "<!doctype html><html><head><meta charset=utf-8><title>長い記事</title></head><body>"
    return head + body + "</body></html>"


def make_shape(name: str, size: int) -> tuple[str, bytes]:
    """One input of the named shape, at most ``size`` bytes: (a file name, its bytes).

    The same name and size always give the same bytes.
    """
    suffix = SHAPES[name][0]
    text = _MAKERS[name](size)
    data = text.encode("utf-8")
    if len(data) > size:  # a size smaller than the shape's fixed parts (a table's lead)
        data = data[:size].decode("utf-8", "ignore").encode("utf-8")
    return name + suffix, data


def _prose(size: int) -> str:
    return _fill(itertools.cycle(_paragraphs()), size - 1, "\n\n") + "\n"


def _long_line(size: int) -> str:
    flat = "".join(_paragraphs()).replace("。", "")
    return _fill(itertools.cycle(flat), size - 1) + "\n"


def _long_line_bare(size: int) -> str:
    flat = re.sub(r"[、。\s　「」（）・]", "", "".join(_paragraphs()))
    return _fill(itertools.cycle(flat), size - 1) + "\n"


def _tiny_sentences(size: int) -> str:
    # 50,000 sentences in 100 KB: one word and a full stop each, a line now and then.
    tiny = ("雨。", "晴れ。", "はい。", "東京。", "田中さん。", "３日。", "中止。", "了解。")
    pieces = (w + ("\n" if i % 40 == 39 else "") for i, w in enumerate(itertools.cycle(tiny)))
    return "見出し：短い文の記事\n" + _fill(pieces, size - 40)


def _short_lines(size: int) -> str:
    return _fill(_words(), size, "\n")


def _comma_lines(size: int) -> str:
    # A page's <br> after 、 (or inside 「…) joins the next line on: one paragraph of every line.
    pieces = (w + ("「" if i % 7 == 0 else "、") for i, w in enumerate(_words()))
    return _fill(pieces, size - 1, "\n") + "\n"


def _one_char_run(size: int) -> str:
    lead = "\n".join(_paragraphs()[:6]) + "\n"
    run = "あ" * max(0, (size - len(lead.encode()) * 2 - 2) // 3)
    return lead + run + "\n" + lead


def _many_quotes(size: int) -> str:
    speakers = ("山田首相", "田中社長", "佐藤教授", "政府関係者", "同社幹部")

    def pieces() -> Iterator[str]:
        for i, (s, w) in enumerate(zip(itertools.cycle(_sentences()), itertools.cycle(speakers))):
            if i % 50 == 49:  # a paragraph of quotes back to back, with no speaker at all
                yield "\n" + "".join(f"「{x[:24].rstrip('。')}」" for x in _sentences()[:30]) + "\n"
            yield f"{w}は「{s[:24].rstrip('。')}」と述べた。"

    return _fill(pieces(), size - 1) + "\n"


def _open_quote(size: int) -> str:
    return "首相は「" + _prose(size - len("首相は「".encode()))


def _deep_html(size: int) -> str:
    shell = len(_html("", size).encode())
    paragraph_pieces = itertools.cycle(_paragraphs())
    opened: list[str] = []
    used = shell
    for i, p in enumerate(paragraph_pieces):
        piece = f"<div class=d{i % 7}><p>{p}</p>"
        n = len(piece.encode()) + len("</div>")
        if used + n > size:
            break
        opened.append(piece)
        used += n
    return _html("".join(opened) + "</div>" * len(opened), size)


def _wide_html(size: int) -> str:
    shell = len(_html("<article><h1>長い記事</h1></article>", size).encode())
    spans = (f"<p><span>{w}</span><span>{w}</span></p>" for w in _words())
    return _html("<article><h1>長い記事</h1>" + _fill(spans, size - shell) + "</article>", size)


def _huge_table(size: int) -> str:
    shell = len(_html("<article><h1>表</h1><p></p><table></table></article>", size).encode())
    lead = _lead()
    words = _words()
    rows = ("<tr>" + "".join(f"<td>{next(words)}</td>" for _ in range(4)) + "</tr>" for _ in itertools.count())
    table = _fill(rows, size - shell - len(lead.encode()))
    return _html(f"<article><h1>表</h1><p>{lead}</p><table>{table}</table></article>", size)


def _markdown_table(size: int) -> str:
    head = "# 表の記事\n\n" + _lead() + "\n\n| 項目 | 値 | 備考 |\n|---|---|---|\n"
    words = _words()
    rows = (f"| {next(words)} | {i} | {next(words)} |\n" for i in itertools.count())
    return head + _fill(rows, size - len(head.encode()))


_MAKERS = {
    "prose": _prose, "long_line": _long_line, "long_line_bare": _long_line_bare,
    "tiny_sentences": _tiny_sentences, "short_lines": _short_lines, "comma_lines": _comma_lines,
    "one_char_run": _one_char_run,
    "many_quotes": _many_quotes, "open_quote": _open_quote, "deep_html": _deep_html,
    "wide_html": _wide_html, "huge_table": _huge_table, "markdown_table": _markdown_table,
}
