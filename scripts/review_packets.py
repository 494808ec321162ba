"""Write review packets: what a teacher reads to grade studygen's output on unseen articles.

A packet (``<id>.packet.json``) holds one article's numbered sentences and every item made from
it: questions with their source sentence, names, vocabulary. A reviewer grades it by
``../shared/REVIEW.md`` and writes ``<id>.review.json`` beside it; ``scripts/review_summary.py``
turns those into percentages. Articles come from the held-out split by default (see
``corpus_check.split_of``: tune on dev, review on held-out), drawn with a fixed seed;
``sample.txt`` records the seed and the ids so the review can be reported with them.

    python scripts/review_packets.py --k 20 --seed 1 --out output/review/
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_check import (  # noqa: E402 - the sibling script, found through the path above
    DEFAULT_CORPUS,
    SPLITS,
    article_bytes,
    corpus_path,
    load_articles,
    sample_articles,
)

REVIEW_FORMAT = ('{"article": "<id>", "questions": {"<id>": ["A|B|C", "reason"]}, '
                 '"names": {"<id>": ["ok|wrong", "reason"]}, '
                 '"vocabulary": {"<id>": ["keep|weak|wrong", "reason"]}, "missing_vocab": [...]}')


def packet(corpus_id: str, study_set: Any) -> dict[str, Any]:
    """One article's packet: sentences numbered as the items' ``sentence`` fields count them."""
    sentences = study_set.article.sentences
    return {
        "article": corpus_id,
        "study_set_id": study_set.article.id,
        "title": study_set.article.title,
        "review_file": f"{corpus_id}.review.json",
        "review_format": REVIEW_FORMAT,
        "sentences": [{"n": s.index, "text": s.text, **({"heading": True} if s.heading else {})}
                      for s in sentences],
        "questions": [{"id": q.id, "kind": q.kind, "prompt": q.prompt, "answer": q.answer,
                       "choices": list(q.choices) if q.choices else None,
                       "sentence": q.sentence_index, "source": sentences[q.sentence_index].text}
                      for q in study_set.questions],
        "names": [{"id": n.id, "name": n.name, "reading": n.reading, "type": n.type, "title": n.title}
                  for n in study_set.names],
        "vocabulary": [{"id": t.id, "lemma": t.lemma, "term": t.term, "reading": t.reading,
                        "glosses": list(t.glosses[:3]), "level": t.level}
                       for t in study_set.vocabulary],
    }


def write_packets(articles: Sequence[dict[str, Any]], out: Path) -> list[str]:
    """Build each article and write its packet; returns the ids that failed to build."""
    from studygen.options import Options
    from studygen.pipeline import build_study_set

    out.mkdir(parents=True, exist_ok=True)
    failed = []
    for a in articles:
        try:
            ss = build_study_set(f"{a['id']}.txt", Options(), data=article_bytes(a))
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the sample
            print(f"{a['id']}: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(a["id"])
            continue
        (out / f"{a['id']}.packet.json").write_text(
            json.dumps(packet(a["id"], ss), ensure_ascii=False, indent=1), encoding="utf-8")
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="JSONL corpus (default: %(default)s)")
    parser.add_argument("--k", type=int, default=20, help="articles to sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", choices=SPLITS, default="held-out")
    parser.add_argument("--out", type=Path, default=Path("output/review"))
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], metavar="SAMPLE_TXT",
                        help="sample.txt files of earlier rounds: their articles were read while tuning, so "
                             "they are no longer unseen and are left out of the draw")
    args = parser.parse_args(argv)

    seen = {line.strip() for f in args.exclude for line in f.read_text("utf-8").splitlines()
            if line.strip().startswith("wikinews-")}
    pool = [a for a in load_articles(corpus_path(args.corpus)) if a["id"] not in seen]
    articles = sample_articles(pool, args.k, args.seed, args.split)
    failed = write_packets(articles, args.out)
    lines = [f"seed {args.seed}", f"split {args.split}", f"k {args.k}", f"corpus {args.corpus}",
             f"excluded {len(seen)} articles of {', '.join(str(f) for f in args.exclude) or 'no earlier round'}",
             *(f"failed {i}" for i in failed), "", *(a["id"] for a in articles)]
    (args.out / "sample.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(articles) - len(failed)} packets in {args.out} (seed {args.seed}, {args.split}); "
          f"grade them with ../shared/REVIEW.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
