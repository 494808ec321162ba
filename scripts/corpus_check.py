"""Run the whole pipeline over a sample of real news articles and count what went wrong.

The test articles were written or chosen while the code was made; this script feeds it prose
nobody wrote for the project (Japanese Wikinews, ``../shared/corpus/wikinews-ja``) and reports:
crashes (each distinct exception once, with an article that raises it), articles refused with a
:class:`StudygenError`, empty study sets, questions per kind, drafts the automatic checks
dropped, kept questions that still fail ``check_question`` (should be 0), and build times.

The corpus is split in two by a hash of each article id (:func:`split_of`): **tune on dev,
review on held-out**. Articles looked at while changing the code belong to dev; the teacher
review (``scripts/review_packets.py``) draws from held-out, so its grades measure text the code
was not fitted to.

    python scripts/corpus_check.py --corpus ../shared/corpus/wikinews-ja/articles.jsonl --n 200

Exit code 0 when nothing crashed and no kept question fails a check, else 1. No PDFs are made.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import random
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = "../shared/corpus/wikinews-ja/articles.jsonl"  # relative to the repo root
SPLITS = ("dev", "held-out", "all")
# Loads the tagger and the dictionaries in each worker before timing starts.
_WARM_UP = "試験記事\n\n2026年1月5日、東京都で新しい図書館が開館した。多くの市民が訪れ、館長は「本に親しんでほしい」と述べた。"


def split_of(article_id: str) -> str:
    """``"dev"`` or ``"held-out"``, fixed by the id's SHA-1: tune on dev, review on held-out.

    >>> split_of("wikinews-0004") in ("dev", "held-out")
    True
    """
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) % 2 == 0 else "held-out"


def corpus_path(text: str) -> Path:
    """A corpus path as given, or relative to the repo root (the default is)."""
    path = Path(text)
    return path if path.is_absolute() or path.exists() else ROOT / path


def load_articles(path: Path) -> list[dict[str, Any]]:
    """Every ``{"id", "title", "sentences"}`` line of a JSONL corpus."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sample_articles(articles: Sequence[dict[str, Any]], n: int, seed: int, split: str) -> list[dict[str, Any]]:
    """``n`` articles of ``split`` (0: all of them), drawn with ``seed`` from the id-sorted list,
    so the same arguments give the same sample whatever the file's order."""
    pool = sorted((a for a in articles if split == "all" or split_of(a["id"]) == split),
                  key=lambda a: a["id"])
    if n and n < len(pool):
        pool = random.Random(seed).sample(pool, n)
    return sorted(pool, key=lambda a: a["id"])


def article_bytes(article: dict[str, Any]) -> bytes:
    """The article as the corpus README writes it to a file: title, blank line, one sentence a line."""
    return (article["title"] + "\n\n" + "\n".join(article["sentences"])).encode("utf-8")


def load_checker() -> Callable[..., str | None] | None:
    """``check_question`` wherever it lives now, or None (the question module is being reshaped)."""
    try:
        from studygen.questions import check_question
    except ImportError:
        return None
    return check_question


def _warm_up() -> None:
    from studygen.options import Options
    from studygen.pipeline import build_study_set
    build_study_set("warm-up.txt", Options(), data=_WARM_UP.encode("utf-8"))


def build_one(article: dict[str, Any], dump: str | None = None) -> dict[str, Any]:
    """Build one article and return plain numbers (they cross the process boundary)."""
    from studygen.errors import StudygenError
    from studygen.options import Options
    from studygen.pipeline import build_study_set

    result: dict[str, Any] = {"id": article["id"], "seconds": 0.0, "crash": None, "refused": None}
    start = time.perf_counter()
    try:
        ss = build_study_set(f"{article['id']}.txt", Options(), data=article_bytes(article))
    except StudygenError as e:
        result["refused"] = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
        return result
    except Exception as e:  # noqa: BLE001 - a crash is what this script counts
        frame = traceback.extract_tb(e.__traceback__)[-1]
        first = str(e).splitlines()[0] if str(e) else ""
        result["crash"] = f"{type(e).__name__}: {first} ({Path(frame.filename).name}:{frame.lineno})"
        return result
    result["seconds"] = time.perf_counter() - start
    check = load_checker()
    failures = []
    if check is not None:
        for q in ss.questions:
            failed = check(q, ss.article, [n.name for n in ss.names])
            if failed:
                failures.append([failed, q.id])
    result.update(kinds=[q.kind for q in ss.questions], vocabulary=len(ss.vocabulary),
                  names=len(ss.names), dropped=[list(d) for d in ss.dropped],
                  failures=failures, checked=check is not None)
    if dump:
        out = {"corpus_id": article["id"], **asdict(ss)}
        Path(dump, f"{article['id']}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def run(articles: Sequence[dict[str, Any]], jobs: int = 2, dump: Path | None = None) -> list[dict[str, Any]]:
    """Build every article, in ``jobs`` worker processes that each take many articles."""
    work = partial(build_one, dump=str(dump) if dump else None)
    if dump:
        dump.mkdir(parents=True, exist_ok=True)
    if jobs <= 1 or len(articles) <= 1:
        _warm_up()
        return [work(a) for a in articles]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, len(articles) // (jobs * 4))
    with multiprocessing.get_context(method).Pool(jobs, initializer=_warm_up) as pool:
        return list(pool.imap(work, articles, chunksize=chunk))


def _percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * p / 100)) - 1]


def _distinct(results: Sequence[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """Each distinct message under ``key``: how many articles, and the first id."""
    out: dict[str, dict[str, Any]] = {}
    for r in results:
        if r[key]:
            entry = out.setdefault(r[key], {"count": 0, "example": r["id"]})
            entry["count"] += 1
    return out


def summarize(results: Sequence[dict[str, Any]], wall: float) -> dict[str, Any]:
    """The report's numbers, as JSON-ready values."""
    built = [r for r in results if not r["crash"] and not r["refused"]]
    kinds = Counter(k for r in built for k in r["kinds"])
    dropped: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    failure_examples: dict[str, str] = {}
    for r in built:
        for name, count in r["dropped"]:
            dropped[name] += count
        for name, qid in r["failures"]:
            failures[name] += 1
            failure_examples.setdefault(name, f"{r['id']} {qid}")
    times = [r["seconds"] for r in built]
    return {
        "articles": len(results),
        "built": len(built),
        "crashes": sum(1 for r in results if r["crash"]),
        "crash_kinds": _distinct(results, "crash"),
        "refused": sum(1 for r in results if r["refused"]),
        "refusal_kinds": _distinct(results, "refused"),
        "no_questions": sorted(r["id"] for r in built if not r["kinds"]),
        "no_vocabulary": sorted(r["id"] for r in built if not r["vocabulary"]),
        "questions": sum(kinds.values()),
        "questions_per_kind": {k: {"total": v, "mean": v / len(built)} for k, v in sorted(kinds.items())},
        "dropped_per_check": dict(dropped.most_common()),
        "checked": all(r["checked"] for r in built),
        "kept_failures_per_check": dict(failures.most_common()),
        "kept_failure_examples": failure_examples,
        "seconds_median": statistics.median(times) if times else 0.0,
        "seconds_p95": _percentile(times, 95),
        "wall_seconds": wall,
    }


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  " + "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                                      enumerate(zip(r, widths, strict=True))).rstrip() for r in rows)


def format_report(s: dict[str, Any]) -> str:
    """The numbers as a plain-text report."""
    def ids(xs: list[str]) -> str:
        return f"{len(xs)}" + (f"  ({', '.join(xs[:5])}{' …' if len(xs) > 5 else ''})" if xs else "")

    lines = ["Corpus check", _table([
        ("articles sampled", str(s["articles"])), ("built", str(s["built"])),
        ("crashes", str(s["crashes"])), ("refused (StudygenError)", str(s["refused"])),
        ("no questions", ids(s["no_questions"])), ("no vocabulary", ids(s["no_vocabulary"])),
        ("build time median", f"{s['seconds_median'] * 1000:.0f} ms"),
        ("build time p95", f"{s['seconds_p95'] * 1000:.0f} ms"),
        ("wall time", f"{s['wall_seconds']:.1f} s")])]
    for title, key in (("Crashes", "crash_kinds"), ("Refusals", "refusal_kinds")):
        if s[key]:
            lines += ["", title, _table([(str(v["count"]), v["example"], msg) for msg, v in s[key].items()])]
    lines += ["", f"Questions per kind ({s['questions']} kept)",
              _table([("kind", "total", "per article"),
                      *((k, str(v["total"]), f"{v['mean']:.2f}") for k, v in s["questions_per_kind"].items())])]
    lines += ["", "Drafts dropped per check",
              _table([(k, str(v)) for k, v in s["dropped_per_check"].items()]) if s["dropped_per_check"] else "  none"]
    lines += ["", "Kept questions failing check_question (should be none)"]
    if not s["checked"]:
        lines.append("  not checked: studygen.questions.check_question not found")
    elif s["kept_failures_per_check"]:
        lines.append(_table([(k, str(v), s["kept_failure_examples"][k])
                             for k, v in s["kept_failures_per_check"].items()]))
    else:
        lines.append("  none")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="JSONL corpus (default: %(default)s)")
    parser.add_argument("--n", type=int, default=200, help="articles to sample; 0 = all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--dump", type=Path, help="write one JSON study set per article here")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args(argv)

    articles = sample_articles(load_articles(corpus_path(args.corpus)), args.n, args.seed, args.split)
    start = time.perf_counter()
    results = run(articles, args.jobs, args.dump)
    summary = summarize(results, time.perf_counter() - start)
    summary.update(corpus=str(args.corpus), n=args.n, seed=args.seed, split=args.split, jobs=args.jobs,
                   ids=[a["id"] for a in articles])
    print(format_report(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if summary["crashes"] or summary["kept_failures_per_check"] else 0


if __name__ == "__main__":
    sys.exit(main())
