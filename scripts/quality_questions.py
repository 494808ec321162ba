"""Question quality over the example article and every test article.

Prints the items per kind, the drafts dropped by each check, the share of each article's
hand-listed key facts that some kept question asks, and quote-speaker accuracy against the
hand-made ``<stem>.expect.json``. Run with ``make quality``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from studygen.clean import normalize
from studygen.quotes import find_quotes
from studygen.options import Options
from studygen.pipeline import build_study_set
from studygen.questions import check_question

ROOT = Path(__file__).resolve().parent.parent
# Key facts a teacher would ask, written blind from the articles in issue 12's order (the lead's
# who/what/when/where first, at most two figures); the older lists in each <stem>.expect.json are
# nine tenths figures, which a sheet may ask at most a quarter of.
TEACHER_FACTS = ROOT / "tests" / "fixtures" / "teacher_facts.json"
ARTICLES = [ROOT / "examples" / "us-ukraine-summit.txt",
            *sorted(p for p in (ROOT / "tests" / "fixtures" / "articles").iterdir()
                    if p.suffix in (".txt", ".md", ".html"))]


def _asked(fact: str, questions, sentences) -> bool:
    """Some kept question's answer equals or contains the fact (or the reverse), from a sentence
    that holds the fact."""
    for q in questions:
        if q.kind in ("true_false", "reading", "meaning", "writing", "discussion"):
            continue
        if (q.answer == fact or fact in q.answer or len(q.answer) >= 2 and q.answer in fact) and \
                fact in sentences[q.sentence_index].text:
            return True
    return False


def _same_speaker(found: str, expected: str) -> bool:
    return bool(found) and (found == expected or expected in found or found in expected)


# A sheet with room for 18 fact questions (the default counts until the worksheet went to four
# pages): the 80% key-fact target of issue 4 was first set against it. `--counts full` measures
# with it; the defaults (14 fact questions in one shared budget) now meet the target on their own.
FULL_SHEET = {"who": 2, "when": 4, "where": 2, "what": 2, "why": 1, "how_many": 7, "who_said": 3,
              "cloze": 4, "true_false": 4, "reading": 3, "meaning": 3, "writing": 2, "discussion": 1}


def _counts(text: str) -> dict[str, int]:
    """who=2,when=4 -> {"who": 2, "when": 4}; full -> FULL_SHEET"""
    if text == "full":
        return dict(FULL_SHEET)
    return {k: int(v) for k, v in (part.split("=") for part in text.split(",") if part)}


@cache
def _teacher_lists() -> dict[str, list[dict[str, str]]]:
    return json.loads(TEACHER_FACTS.read_text("utf-8"))["articles"]


def _teacher_facts(path: Path) -> list[str]:
    return [normalize(f["answer"]) for f in _teacher_lists().get(path.name, [])]


def _key_facts(options: Options) -> tuple[int, int, int, int]:
    """(facts asked, facts listed) over the older hand-made lists, then over the teacher's lists."""
    asked = total = t_asked = t_total = 0
    for path in ARTICLES:
        ss = build_study_set(path, options)
        teacher = _teacher_facts(path)
        t_asked += sum(_asked(f, ss.questions, ss.article.sentences) for f in teacher)
        t_total += len(teacher)
        expect_path = path.with_name(path.stem + ".expect.json")
        if not expect_path.exists():
            continue
        facts = [normalize(f["answer"]) for f in json.loads(expect_path.read_text("utf-8")).get("key_facts", [])]
        asked += sum(_asked(f, ss.questions, ss.article.sentences) for f in facts)
        total += len(facts)
    return asked, total, t_asked, t_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=_counts, default=None,
                        help="questions per kind instead of the defaults, e.g. who=2,when=4,how_many=7, or full")
    args = parser.parse_args(argv)
    options = Options(question_counts=args.counts) if args.counts else Options()
    print("questions per kind:", ", ".join(f"{k} {n}" for k, n in options.question_counts.items()))
    kinds: Counter[str] = Counter()
    drops: Counter[str] = Counter()
    facts_total = facts_asked = t_total = t_asked = 0
    quotes_total = quotes_right = 0
    failing = 0
    for path in ARTICLES:
        ss = build_study_set(path, options)
        sentences = ss.article.sentences
        for q in ss.questions:
            kinds[q.kind] += 1
            if check_question(q, ss.article, [n.name for n in ss.names]) is not None:
                failing += 1
                print(f"  FAILS CHECK {path.name}: {q.kind} {q.prompt}")
        for name, n in ss.dropped:
            drops[name] += n
        expect_path = path.with_name(path.stem + ".expect.json")
        line = f"{path.name:28s} {len(ss.questions):3d} items"
        teacher = _teacher_facts(path)
        t_missing = [f for f in teacher if not _asked(f, ss.questions, sentences)]
        t_total += len(teacher)
        t_asked += len(teacher) - len(t_missing)
        line += f"  teacher's facts {len(teacher) - len(t_missing)}/{len(teacher)}"
        if t_missing:
            line += " (missing: " + ", ".join(t_missing) + ")"
        if expect_path.exists():
            expect = json.loads(expect_path.read_text("utf-8"))
            # The cleaner folds full-width digits and letters (３９．２℃ -> 39.2℃): so do we.
            facts = [normalize(f["answer"]) for f in expect.get("key_facts", [])]
            asked = [f for f in facts if _asked(f, ss.questions, sentences)]
            facts_total += len(facts)
            facts_asked += len(asked)
            line += f"  key facts {len(asked)}/{len(facts)}"
            missing = [f for f in facts if f not in asked]
            if missing:
                line += "  missing: " + ", ".join(missing)
            found = find_quotes(ss.article, *_spans(ss.article))
            expected = expect.get("quotes", [])
            right = 0
            for eq in expected:
                speaker = next((q.speaker for q in found if _quote_match(q.text, eq["quote"])), "")
                if _same_speaker(speaker, eq["speaker"]):
                    right += 1
                else:
                    line += f"\n      quote {eq['quote'][:16]}…: expected {eq['speaker']}, got {speaker or '-'}"
            quotes_total += len(expected)
            quotes_right += right
            line = line.replace("items", f"items  quotes {right}/{len(expected)}", 1)
        print(line)
    print()
    print("items per kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("dropped by check:", ", ".join(f"{k} {n}" for k, n in sorted(drops.items())) or "none")
    print(f"kept items failing a check: {failing}")
    if t_total:
        print(f"teacher's key facts asked: {t_asked}/{t_total} = {t_asked / t_total:.0%} (target 85%)")
    if facts_total:
        print(f"older key-fact lists (nine tenths figures) asked: {facts_asked}/{facts_total} = {facts_asked / facts_total:.0%}")
    if facts_total and args.counts is None:
        asked, total, t_full, t_all = _key_facts(Options(question_counts=dict(FULL_SHEET)))
        room = sum(FULL_SHEET[k] for k in ('who', 'when', 'where', 'what', 'why', 'how_many'))
        print(f"with room for {room} fact questions (--counts full): teacher's key facts {t_full}/{t_all} = "
              f"{t_full / t_all:.0%}, older lists {asked}/{total} = {asked / total:.0%}")
    if quotes_total:
        print(f"quote speakers right: {quotes_right}/{quotes_total} = {quotes_right / quotes_total:.0%}")
    return 1 if failing else 0


def _quote_match(found: str, expected: str) -> bool:
    return found == expected or found.startswith(expected[:12]) or expected.startswith(found[:12])


def _spans(article):
    """Name spans and tokens of the article, from the same stages the pipeline runs."""
    from studygen import analyze, names
    from studygen.dictionary import default_dictionary

    tokens = analyze.analyze(article.sentences)
    return names.find_name_spans(article.sentences, tokens, default_dictionary()), tokens


if __name__ == "__main__":
    sys.exit(main())
