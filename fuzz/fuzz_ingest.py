"""Fuzz target for ingest and clean: any bytes give blocks of clean text or a StudygenError.

    python fuzz/fuzz_ingest.py -runs=2000          # coverage-guided, with atheris
    python fuzz/fuzz_ingest.py -runs=2000 --plain  # a plain loop over random bytes, no atheris

The first input byte picks the file kind (text, Markdown, HTML, standard input) and whether an
explicit --encoding is given; the rest is the file. Without atheris installed the plain loop
runs, seeded from the -seed= argument (default 0), so a failure can be replayed.

Besides bytes, the plain loop feeds shapes (tests/shapes.py: a line without 。, tiny sentences,
deep and wide HTML, a run of one character, tables, thousands of quotes), cut at a random
point and spliced with random pieces; every sentence must stay within
segment.MAX_SENTENCE_CHARS whatever the shape.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.shapes

SOURCES = ("article.txt", "article.md", "article.html", "-")
ENCODINGS = (None, None, None, "cp932", "euc-jp", "utf-16", "latin-1", "base64")


def check_one_input(data: bytes) -> None:
    """Run ingest -> clean -> segment on one input and check what comes out."""
    from studygen import clean, ingest, segment
    from studygen.errors import StudygenError

    if not data:
        return
    source = SOURCES[data[0] % len(SOURCES)]
    encoding = ENCODINGS[(data[0] >> 2) % len(ENCODINGS)]
    body = data[1:]
    try:
        doc = ingest.ingest(source, data=body, encoding=encoding, max_bytes=1 << 16)
        blocks = clean.clean(doc.text, markdown=doc.format == "markdown")
        sentences = segment.segment(blocks)
    except StudygenError as e:
        message = str(e)
        assert message and "\n" not in message, repr(message)
        message.encode("utf-8")
        return
    for b in blocks:
        assert b.text and "\n" not in b.text and "\x00" not in b.text and "\r" not in b.text, b
        assert clean.normalize(b.text) == b.text, b
        b.text.encode("utf-8")  # no lone surrogates: fugashi would raise
    assert clean.clean(doc.text, markdown=doc.format == "markdown") == blocks  # deterministic
    for s in sentences:
        assert s.text and s.text == s.text.strip(), s
        assert len(s.text) <= segment.MAX_SENTENCE_CHARS, len(s.text)


def _option(argv: list[str], name: str, default: int) -> int:
    for arg in argv:
        if arg.startswith(f"-{name}="):
            return int(arg.split("=", 1)[1])
    return default


def _random_input(rng: random.Random) -> bytes:
    """Random bytes, or random Japanese-looking text in a random encoding (more interesting)."""
    kind = rng.randrange(4)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(400)))
    if kind == 3:
        return _random_shape(rng)
    pieces = ["日本", "政府は", "発表した。", "「", "」", "?", "？", "🎉", "\u200d", "\x00", "\ufeff",
              "\r\n", "\n", "ｶﾞ", "Ｇ２０", "<p>", "</p>", "<script>x</script>", "<rt>よみ</rt>", "■ ",
              "# ", "**", "&amp;", "①", "～", "\x1b[0m", "\ufffd"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randrange(80)))
    codec = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp932", "euc_jp"])
    return bytes([rng.randrange(256)]) + text.encode(codec, "ignore")


def _random_shape(rng: random.Random) -> bytes:
    """A shape of input (tests/shapes.py) of a random size, cut short and spliced at random:
    an HTML page broken off inside a tag, a line of 3,000 characters with a 「 in it."""
    from tests.shapes import SHAPES, make_shape

    name = rng.choice(sorted(SHAPES))
    filename, data = make_shape(name, rng.randrange(200, 6_000))
    if rng.random() < 0.5:
        data = data[: rng.randrange(len(data) + 1)]
    if rng.random() < 0.3:
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(["「", "」", "<div>", "</p>", "\n", "　", "、"]).encode() * rng.randrange(1, 50) + data[at:]
    kind = {".txt": 0, ".md": 1, ".html": 2}[Path(filename).suffix]
    return bytes([kind | (rng.randrange(3) << 2)]) + data  # no explicit --encoding: UTF-8 detected


def plain_loop(runs: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(runs):
        data = _random_input(rng)
        try:
            check_one_input(data)
        except Exception:
            print(f"failed on run {i} (seed {seed}): {data!r}", file=sys.stderr)
            raise
    print(f"fuzz_ingest: {runs} plain runs, seed {seed}, no failure")


def main(argv: list[str]) -> None:
    try:
        import atheris
    except ImportError:
        atheris = None
    if atheris is None or "--plain" in argv:
        plain_loop(_option(argv, "runs", 2000), _option(argv, "seed", 0))
        return
    with atheris.instrument_imports(include=["studygen"]):
        import studygen.clean
        import studygen.ingest
        import studygen.segment  # noqa: F401
    atheris.Setup([a for a in argv if a != "--plain"], check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
