"""Sum up teacher reviews: the grades of ``../shared/REVIEW.md`` as percentages.

Reads every ``<id>.review.json`` in a folder (a reviewer's grades of the packets that
``scripts/review_packets.py`` wrote) and prints: questions graded and the share of A, B and C,
overall and per question kind (the kind comes from ``<id>.packet.json`` beside the review);
names graded wrong; vocabulary graded wrong and weak; missing words per article (mean, max);
and the article ids, since a review is reported with the articles it covers.

    python scripts/review_summary.py output/review/ [--markdown]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

GRADES = ("A", "B", "C")


def _grade(value: Any) -> str:
    """``["A", "reason"]`` or ``"A"`` -> ``"a"``: the grade alone, lower-cased."""
    first = value[0] if isinstance(value, list | tuple) and value else value
    return str(first).strip().split("|")[0].strip().lower()


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _shares(grades: Counter[str]) -> dict[str, Any]:
    total = sum(grades.values())
    return {"graded": total, **{g: _pct(grades[g.lower()], total) for g in GRADES}}


def _kinds(packet_path: Path) -> dict[str, str]:
    """Question id -> kind from the packet beside a review ({} when it is missing)."""
    if not packet_path.exists():
        return {}
    packet = json.loads(packet_path.read_text(encoding="utf-8"))
    return {q["id"]: q["kind"] for q in packet.get("questions", [])}


def summarize(folder: Path) -> dict[str, Any]:
    """The numbers over every review in ``folder``."""
    overall: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {}
    names: Counter[str] = Counter()
    vocabulary: Counter[str] = Counter()
    missing: list[int] = []
    articles: list[str] = []
    for path in sorted(folder.glob("*.review.json")):
        review = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".review.json")
        articles.append(str(review.get("article") or stem))
        kinds = _kinds(path.with_name(f"{stem}.packet.json"))
        for qid, value in (review.get("questions") or {}).items():
            grade = _grade(value)
            overall[grade] += 1
            per_kind.setdefault(kinds.get(qid, "?"), Counter())[grade] += 1
        names.update(_grade(v) for v in (review.get("names") or {}).values())
        vocabulary.update(_grade(v) for v in (review.get("vocabulary") or {}).values())
        missing.append(len(review.get("missing_vocab") or []))
    n_names, n_vocab = sum(names.values()), sum(vocabulary.values())
    return {
        "articles": articles,
        "questions": _shares(overall),
        "per_kind": {k: _shares(c) for k, c in sorted(per_kind.items())},
        "names_graded": n_names,
        "names_wrong": _pct(names["wrong"], n_names),
        "vocabulary_graded": n_vocab,
        "vocabulary_wrong": _pct(vocabulary["wrong"], n_vocab),
        "vocabulary_weak": _pct(vocabulary["weak"], n_vocab),
        "missing_mean": sum(missing) / len(missing) if missing else 0.0,
        "missing_max": max(missing, default=0),
    }


def _rows(s: dict[str, Any]) -> list[tuple[str, ...]]:
    rows = [("all questions", str(s["questions"]["graded"]),
             *(f"{s['questions'][g]:.0f}%" for g in GRADES))]
    rows += [(kind, str(v["graded"]), *(f"{v[g]:.0f}%" for g in GRADES)) for kind, v in s["per_kind"].items()]
    return rows


def format_text(s: dict[str, Any]) -> str:
    """A plain-text report."""
    rows = [("", "graded", *GRADES), *_rows(s)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    table = ["  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                              for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    return "\n".join([
        f"Teacher review of {len(s['articles'])} articles", *table, "",
        f"  names wrong       {s['names_wrong']:.0f}% of {s['names_graded']}",
        f"  vocabulary wrong  {s['vocabulary_wrong']:.0f}%, weak {s['vocabulary_weak']:.0f}% "
        f"of {s['vocabulary_graded']}",
        f"  missing words     {s['missing_mean']:.1f} per article (max {s['missing_max']})", "",
        "Articles: " + " ".join(s["articles"])])


def format_markdown(s: dict[str, Any]) -> str:
    """The same numbers as a Markdown table and a few lines, for the README."""
    lines = ["| questions | graded | A | B | C |", "|---|--:|--:|--:|--:|"]
    lines += ["| " + " | ".join(r) + " |" for r in _rows(s)]
    return "\n".join([
        *lines, "",
        f"Names wrong: {s['names_wrong']:.0f}% of {s['names_graded']}. "
        f"Vocabulary wrong: {s['vocabulary_wrong']:.0f}%, weak: {s['vocabulary_weak']:.0f}% "
        f"of {s['vocabulary_graded']}. Missing words per article: {s['missing_mean']:.1f} "
        f"(max {s['missing_max']}).", "",
        f"Articles ({len(s['articles'])}): " + ", ".join(s["articles"])])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder with *.review.json and *.packet.json")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    if not any(args.folder.glob("*.review.json")):
        print(f"no *.review.json in {args.folder}", file=sys.stderr)
        return 1
    summary = summarize(args.folder)
    print(format_markdown(summary) if args.markdown else format_text(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
