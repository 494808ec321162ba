"""Vocabulary quality over the example article and every test article (``make quality``).

Per article and in total: items; the share whose reading JMdict lists for the spelling (items in
JMdict); the share with glosses; noise items (checks below); names misfiled as vocabulary
(against each ``<stem>.expect.json``'s ``not_vocabulary``); recall of ``vocabulary_expected``
(exact lemma); reading accuracy against the expect file's ``readings``;
names of the expect file found with their type (exact text); names found without a kana
reading ("unread") and names that are a piece of another name found and never stand alone
("pieces", issue 13; a text check, so 東京 of 東京都心 counts as a piece of 東京都); and the time of names + vocabulary, per article and on a 3,000-character
article (warm).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from studygen import analyze, ingest, names, vocabulary  # noqa: E402
from studygen.dictionary import default_dictionary  # noqa: E402
from studygen.furigana import to_hiragana  # noqa: E402
from studygen.options import Options  # noqa: E402
from studygen.pipeline import prepare_article  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
EXAMPLE = ROOT / "examples" / "us-ukraine-summit.txt"

_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309f]+$")
_EMOJI_OR_Q = re.compile(r"[?？\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]")
_SYMBOL = re.compile(r"[^\w\u3041-\u30ff\u4e00-\u9fff々ー・]")
_DATE_OR_NUMBER = re.compile(r"[0-9０-９]|^[一二三四五六七八九十百千万億兆〇]+[年月日時分人件円回]?$")


def noise_reason(term) -> str | None:
    """Why an item is noise, or None."""
    lemma = term.lemma
    if _DATE_OR_NUMBER.search(lemma):
        return "number/date"
    if _EMOJI_OR_Q.search(lemma) or _EMOJI_OR_Q.search(term.term):
        return "?/emoji"
    if _SYMBOL.search(lemma):
        return "symbol"
    if len(lemma) == 1 and not re.match(r"[\u4e00-\u9fff]", lemma):
        return "single kana"
    if lemma in vocabulary.stopwords():
        return "stopword"
    if _HIRAGANA_ONLY.match(lemma) and len(lemma) <= 4:
        return "hiragana function word"
    if term.pos in ("particle", "auxiliary"):
        return "function word"
    return None


def stage(path: Path, options: Options):
    doc = ingest.ingest(path)
    article = prepare_article(doc)
    tokens = analyze.analyze(article.sentences)
    d = default_dictionary()
    t0 = time.perf_counter()
    spans = names.find_name_spans(article.sentences, tokens, d)
    excluded: dict[int, set[int]] = {}
    for sp in spans:
        excluded.setdefault(sp.sentence_index, set()).update(range(sp.first, sp.end))
    terms = vocabulary.extract_vocabulary(article, tokens, d, options, excluded=excluded)
    elapsed = time.perf_counter() - t0
    return article, spans, terms, elapsed


def _excluded(article, d) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for sp in names.find_name_spans(article.sentences, analyze.analyze(article.sentences), d):
        out.setdefault(sp.sentence_index, set()).update(range(sp.first, sp.end))
    return out


def main() -> int:
    options = Options()
    everything = options.replace(max_terms=10_000, chars_per_term=1)
    d = default_dictionary()
    paths = [EXAMPLE] + sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    stage(EXAMPLE, options)  # warm caches
    tot = dict(unread=0, pieces=0, names=0, names_ok=0, pool=0, items=0, jm=0, jm_ok=0, gl=0, noise=0, misfiled=0, exp=0, hit=0, rd=0, rd_ok=0, chars=0, secs=0.0)
    header = f"{'article':22} {'items':>5} {'jmdict-rd':>9} {'glossed':>7} {'noise':>5} {'names':>5} {'recall':>7} {'pool':>6} {'reading':>7} {'names-ok':>8} {'unread':>6} {'pieces':>6} {'ms':>6}"
    print(header)
    details: list[str] = []
    for path in paths:
        article, spans, terms, secs = stage(path, options)
        expect_path = path.with_name(path.stem + ".expect.json")
        expect = json.loads(expect_path.read_text("utf-8")) if expect_path.exists() else {}
        jm = [t for t in terms if t.in_dictionary]
        jm_ok = [t for t in jm if any(t.reading in map(to_hiragana, e.readings_for(t.lemma)) for e in d.entries(t.lemma))]
        for t in jm:
            if t not in jm_ok:
                details.append(f"  {path.stem}: reading not in JMdict: {t.lemma} {t.reading}")
        glossed = [t for t in terms if t.glosses]
        noise = [(t, noise_reason(t)) for t in terms if noise_reason(t)]
        details += [f"  {path.stem}: noise ({why}): {t.lemma}" for t, why in noise]
        not_vocab = set(expect.get("not_vocabulary", ()))
        misfiled = [t for t in terms if t.lemma in not_vocab or t.term in not_vocab]
        details += [f"  {path.stem}: name as vocabulary: {t.lemma}" for t in misfiled]
        # Recall of the capped list (what the deck gets), and of the whole pool before the cap.
        lemmas = {t.lemma for t in terms}
        expected = expect.get("vocabulary_expected", [])
        hit = [w for w in expected if w in lemmas]
        # The pool: every item before ranking and the cap, to tell extraction misses from ranking.
        pool = {t.lemma for t in vocabulary.extract_vocabulary(
            article, analyze.analyze(article.sentences), d, everything, excluded=_excluded(article, d))}
        in_pool = [w for w in expected if w in pool]
        details += [f"  {path.stem}: expected, not even in pool: {w}" for w in expected if w not in in_pool]
        details += [f"  {path.stem}: expected, ranked out: {w}" for w in expected if w not in hit and w in in_pool]
        readings = expect.get("readings", {})
        by_lemma = {t.lemma: t.reading for t in terms}
        rd = [w for w in readings if w in by_lemma]
        rd_ok = [w for w in rd if by_lemma[w] == readings[w]]
        details += [f"  {path.stem}: reading {w} {by_lemma[w]} != {readings[w]}" for w in rd if w not in rd_ok]
        # Names: expected names found as a span of the same text and type.
        got_names = {(sp.name, sp.type) for sp in spans}
        exp_names = [(n["name"], n["type"]) for n in expect.get("names", ())]
        names_ok = [n for n in exp_names if n in got_names]
        details += [f"  {path.stem}: name missed or mistyped: {n} {k}" for n, k in exp_names if (n, k) not in names_ok]
        found = names.collect_names(article.id, spans)
        unread = [n for n in found if not re.fullmatch(r"[\u3041-\u309fー・ゔ]+", n.reading)]
        details += [f"  {path.stem}: name without a kana reading: {n.name} {n.reading!r}" for n in unread]
        text = article.text
        pieces = [(a.name, b.name) for a in found for b in found
                  if a.name != b.name and a.name in b.name and not text.replace(b.name, "").count(a.name)]
        details += [f"  {path.stem}: name is a piece of another: {a} in {b}" for a, b in pieces]
        chars = sum(len(s.text) for s in article.sentences)
        row = dict(unread=len(unread), pieces=len(pieces), items=len(terms), jm=len(jm), jm_ok=len(jm_ok), gl=len(glossed), noise=len(noise),
                   misfiled=len(misfiled), exp=len(expected), pool=len(in_pool),
                   names=len(exp_names), names_ok=len(names_ok), hit=len(hit), rd=len(rd), rd_ok=len(rd_ok),
                   chars=chars, secs=secs)
        for k, v in row.items():
            tot[k] += v
        print(_line(path.stem, row))
    print(_line("TOTAL", tot))
    ms_per_3k = tot["secs"] / max(tot["chars"], 1) * 3000 * 1000
    print(f"speed: names+vocabulary {tot['secs'] * 1000:.0f} ms for {tot['chars']} chars "
          f"= {ms_per_3k:.0f} ms per 3,000 chars (each article run once, new words looked up)")
    print(speed_3000(d, options))
    if "-v" in sys.argv:
        print("\n".join(details))
    return 0


def speed_3000(d, options: Options) -> str:
    """The issue's speed target: names + vocabulary on a 3,000-character article, warm, best of 5."""
    from studygen.model import Document

    text = EXAMPLE.read_text("utf-8") + "\n" + (ARTICLES / "diplomacy-summit.txt").read_text("utf-8")
    paragraphs, size = [], 0
    for para in text.split("\n"):
        if size >= 3000:
            break
        paragraphs.append(para)
        size += len(para)
    article = prepare_article(Document(text="\n".join(paragraphs), source="speed", format="text"))
    tokens = analyze.analyze(article.sentences)
    chars = sum(len(s.text) for s in article.sentences)
    best = float("inf")
    for _ in range(6):
        t0 = time.perf_counter()
        spans = names.find_name_spans(article.sentences, tokens, d)
        excluded: dict[int, set[int]] = {}
        for sp in spans:
            excluded.setdefault(sp.sentence_index, set()).update(range(sp.first, sp.end))
        vocabulary.extract_vocabulary(article, tokens, d, options, excluded=excluded)
        best = min(best, time.perf_counter() - t0)
    return f"speed: names+vocabulary on a {chars}-char article: {best * 1000:.0f} ms warm (best of 6; target < 200 ms)"


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def _line(name: str, r: dict) -> str:
    return (f"{name[:22]:22} {r['items']:5d} {_pct(r['jm_ok'], r['jm']):>9} {_pct(r['gl'], r['items']):>7} "
            f"{r['noise']:5d} {r['misfiled']:5d} {_pct(r['hit'], r['exp']):>7} {_pct(r['pool'], r['exp']):>6} {_pct(r['rd_ok'], r['rd']):>7} {_pct(r['names_ok'], r['names']):>8} {r['unread']:6d} {r['pieces']:6d} "
            f"{r['secs'] * 1000:6.0f}")


if __name__ == "__main__":
    raise SystemExit(main())
