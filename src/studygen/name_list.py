"""The names list: one entry per distinct name of the article, from its mentions.

A story names a person in full once and by surname after (森静香さん, then 森さん), a place with
and without its 市 (潮見市, 潮見市長選's 潮見), a club in full and by its nickname (柏レイソル, then
レイソル): each is listed once, under the fullest name, with every mention counted.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace
from collections.abc import Sequence

from .furigana import has_kanji, to_hiragana
from .model import Name
from .name_tables import ADMIN_SUFFIXES, FIRM_POSTS, NameSpan, titles


_KATAKANA_PART = re.compile(r"[ァ-ヶー]{3,}")


def collect_names(article_id: str, spans: Sequence[NameSpan]) -> tuple[Name, ...]:
    """One :class:`Name` per distinct name, with its first sentence, count and usual title."""
    first: dict[tuple[str, str], NameSpan] = {}
    counts: Counter[tuple[str, str]] = Counter()
    title_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for sp in spans:
        key = (sp.name, sp.type)
        first.setdefault(key, sp)
        counts[key] += 1
        if sp.title:
            title_counts[key][sp.title] += 1
    # A news story names a person in full once, then by surname alone (森静香さん, then 森さん):
    # the surname joins the first person named in full with it, so one person is listed once.
    people = sorted((k for k in first if k[1] == "person"), key=lambda k: first[k].sentence_index)
    # 金沢会長 after 金沢一郎, 西川 after 西川恭爾: a town's name that begins a person named in the
    # article is that person's surname, not the town (a place with its 市 or 県 is a place).
    surnames = [k for k in first if k[1] in ("place", "other") and has_kanji(k[0]) and len(k[0]) >= 2
                # (菊川 before 菊川剛, 中島 before 中島浩: a surname may end as a river or an island does)
                and not k[0].endswith(tuple("都道府県市区町村郡")) and any(p[0].startswith(k[0]) and len(p[0]) > len(k[0])
                                                                    for p in people)]
    # 潮見 of 潮見市長選 beside 潮見市, 東京 of 東京都心 beside 東京都: the same place, listed once
    # under its full name (when only one of 市, 町, 村, 区, 県, 都 or 府 makes a listed place of it).
    for key in [k for k in first if k[1] == "place" and not k[0].endswith(tuple(ADMIN_SUFFIXES))]:
        fuller = [(key[0] + suffix, "place") for suffix in "市町村区県都府" if (key[0] + suffix, "place") in first]
        if len(fuller) == 1:
            counts[fuller[0]] += counts.pop(key)
            del first[key]
    # 自民 of 自民・公明 beside 自民党: a party by its short name is the party, listed once (dev 3109)
    for key in [k for k in first if k[1] == "org" and (k[0] + "党", "org") in first]:
        counts[(key[0] + "党", "org")] += counts.pop(key)
        del first[key]
    # レイソル (other) after 柏レイソル: a club named in full, then by its katakana part (dev review
    # 8: listed twice, with two types). A country, a company or a person keeps its own entry
    # (ロシア beside ロシア外務省, ピノチェト beside ピノチェト財団).
    for key in [k for k in first if k[1] == "other" and _KATAKANA_PART.fullmatch(k[0])]:
        fuller = [k for k in first if k[1] == "org" and k[0] != key[0] and key[0] in k[0]]
        if len(fuller) == 1:
            counts[fuller[0]] += counts.pop(key)
            del first[key]
    for key in surnames + people:
        if key not in first:
            continue
        owner = next((k for k in people if k in first and k != key and len(k[0]) > len(key[0])
                      and (k[0].startswith(key[0]) or k[0].endswith("・" + key[0]) or
                           # M.シューマッハー after ミハエル・シューマッハ: a final long vowel is spelling
                           # (round 110's 2464)
                           _KATAKANA_PART.fullmatch(key[0]) and k[0].rstrip("ー").endswith("・" + key[0].rstrip("ー")) or
                           # 沙保里 after 吉田沙保里: the given name alone is the same person
                           key[1] == "person" and has_kanji(key[0]) and k[0].endswith(key[0]) and
                           # 清さん after 山下清さん (round 102's 0083): one kanji with a title, one
                           # full name it ends
                           (len(key[0]) >= 2 or len(k[0]) >= 3 and bool(title_counts[key]) and
                            sum(p in first and p[0].endswith(key[0]) and len(p[0]) >= 3 for p in people) == 1))),
                     None)
        if owner is None:
            continue
        counts[owner] += counts.pop(key)
        if not title_counts[owner]:
            title_counts[owner].update(title_counts[key])
        del first[key]
    # 金沢は雪の多い町で: UniDic takes 金沢 for a surname there and a place in 金沢への親近感; a
    # "person" with no title and no fuller name, listed as a place too, is that place (dev 3109).
    # (鶴崎工(大分), a school's team, then 鶴崎工は read as a man つるさきたくみ: an untitled
    # "person" the story also names as an organisation is that organisation, round 53)
    # (ノエビア副社長兼…: a firm before a firm's post is no person when the story names the firm as
    # one, ノエビアは1971年設立, round 109's 2768)
    for key in [k for k in people if k in first and (not title_counts[k] or set(title_counts[k]) <= FIRM_POSTS
                                                     and (k[0], "org") in first)]:
        kind = next((t for t in ("place", "org") if (key[0], t) in first), None)
        if kind is not None:
            counts[(key[0], kind)] += counts.pop(key)
            del first[key]
    # 中日 (the team, org) and 中日 (UniDic's "other") in one story: one name, listed under the type
    # the evidence gave (dev review 3111). A person, a place, a team keep apart (阪神 the team and
    # the region; 金沢 above).
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in first:
        by_name[key[0]].append(key)
    for keys in by_name.values():
        if len(keys) > 1 and "other" in {k[1] for k in keys} and "person" not in {k[1] for k in keys}:
            keep = max((k for k in keys if k[1] != "other"), key=lambda k: counts[k])
            for key in keys:
                if key != keep:
                    counts[keep] += counts.pop(key)
                    del first[key]
    names = []
    for key, sp in first.items():
        # (FIFA会長選, CDU党首: a body before a post is no one titled; round 124's 3016 listed FIFA "会長")
        title = title_counts[key].most_common(1)[0][0] if title_counts[key] and key[1] == "person" else ""
        digest = hashlib.sha1(f"{article_id}\0name\0{sp.name}\0{sp.type}".encode()).hexdigest()[:10]
        names.append(Name(f"n-{digest}", sp.name, _dotted_reading(sp.name, sp.reading), sp.type, sp.sentence_index,
                          title, counts[key]))
    return tuple(names)


def _dotted_reading(name: str, reading: str) -> str:
    """プーミポン・アドゥンラヤデート reads ぷーみぽん・あどぅんらやでーと: a katakana name keeps its
    dots in its reading, as a third of them did (one rule reads it whole, another dot by dot)."""
    if "・" in name and "・" not in reading and re.fullmatch(r"[ァ-ヶー・]+", name) and \
            to_hiragana(name.replace("・", "")) == reading:
        return to_hiragana(name)
    return reading


def surnames_as_full_names(kept: list[NameSpan], spans: Sequence[NameSpan]) -> list[NameSpan]:
    """瀬戸選手 after 瀬戸大也選手, 島田氏 after the show 「島田紳助のクイズ!紳助くん」: a surname
    alone stands for the one person the article names in full, even where the full name is not
    listed (inside a title); one whose reading no one gives (伊藤美誠: 美誠 is not in JMnedict) is
    not listed, nor is its surname (a fragment of the name: dev 3113)."""
    # (増岡弘氏, a span the reading in brackets made of the name with its title, is no fuller name)
    titled = tuple(titles())
    people = {sp.name: sp for sp in spans if sp.type == "person" and has_kanji(sp.name) and not sp.name.endswith(titled)}
    out = []
    for sp in kept:
        fuller = {name for name in people if name != sp.name and name.startswith(sp.name)}
        if sp.type == "person" and len(fuller) == 1 and sp.end - sp.first == 1:
            full = people[fuller.pop()]
            sp = replace(sp, name=full.name, reading=full.reading)
        if sp.reading:
            out.append(sp)
    return out
