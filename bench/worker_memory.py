"""Memory of a batch's workers, told apart: resident, proportional and anonymous.

``ru_maxrss`` (what ``bench/run.py`` reports) counts every page a process touched, including
dictionary files it maps read-only: sudachi's system.dic (about 130 MB touched), unidic-lite's
sys.dic and matrix.bin (about 105 MB) and pyopenjtalk's dictionary (about 30 MB). Those pages
are the kernel's file cache, held once however many workers map them. This script samples
``/proc/PID/smaps_rollup`` of every process of a build every 0.2 s and reports each one's peak
resident set (Rss), proportional set (Pss: a shared page divided among the processes that map
it) and anonymous memory (the process's own heap), and the same summed over a worker and the
parser helper it started, if any.

    .venv/bin/python bench/worker_memory.py                      # --jobs 2, the test articles
    .venv/bin/python bench/worker_memory.py --executor dask
    .venv/bin/python bench/worker_memory.py --src /path/to/other/checkout/src   # another commit

Linux only (``/proc``). Sampling can miss a peak shorter than 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("Rss", "Pss", "Anonymous")


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return out


def _rollup(pid: int) -> dict[str, int] | None:
    """The process's Rss, Pss and Anonymous in MB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            rows = [line.split() for line in f]
    except OSError:
        return None
    return {r[0].rstrip(":"): int(r[1]) // 1024 for r in rows if len(r) >= 3 and r[2] == "kB"
            and r[0].rstrip(":") in FIELDS}


def _role(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"
    if "studygen.syntax" in cmd:
        return "parser helper"
    if "multiprocessing-fork" in cmd and "resource_tracker" not in cmd:
        return "worker"
    return "other"


def measure(command: list[str], env: dict[str, str]) -> tuple[float, dict[int, dict]]:
    """Run ``command``; return its wall time and, for each process seen, its role, its parent
    and its peak of each field."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    seen: dict[int, dict] = {}
    while proc.poll() is None:
        todo = [(proc.pid, 0)]
        while todo:
            pid, parent = todo.pop()
            now = _rollup(pid)
            if now is not None:
                row = seen.setdefault(pid, {"role": _role(pid), "parent": parent, **dict.fromkeys(FIELDS, 0)})
                for k in FIELDS:
                    row[k] = max(row[k], now.get(k, 0))
            todo += [(c, pid) for c in _children(pid)]
        time.sleep(0.2)
    if proc.returncode:
        sys.exit(f"worker_memory: the build failed (exit {proc.returncode}): {' '.join(command)}")
    return time.perf_counter() - t0, seen


def report(seconds: float, seen: dict[int, dict]) -> str:
    lines = [f"wall {seconds:.1f} s", f"{'process':<16}{'Rss':>8}{'Pss':>8}{'Anon':>8}   (peak MB, sampled)"]
    workers = [pid for pid, r in seen.items() if r["role"] == "worker"]
    for pid in workers:
        group = [seen[pid]] + [r for r in seen.values() if r["parent"] == pid and r["role"] == "parser helper"]
        for r in group:
            lines.append(f"{r['role']:<16}" + "".join(f"{r[k]:>8}" for k in FIELDS))
        if len(group) > 1:
            lines.append(f"{'  together':<16}" + "".join(f"{sum(r[k] for r in group):>8}" for k in FIELDS))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path,
                        default=sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--executor", choices=("processes", "dask"), default="processes")
    parser.add_argument("--src", type=Path, help="import studygen from this src folder (another checkout)")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = str(args.src.resolve())
    with tempfile.TemporaryDirectory(prefix="studygen-memory-") as out:
        command = [sys.executable, "-m", "studygen", "build", *map(str, args.articles), "--jobs", str(args.jobs),
                   "-o", out, "--quiet"]
        if args.executor == "dask":
            command += ["--executor", "dask"]
        print(report(*measure(command, env)))


if __name__ == "__main__":
    main()
