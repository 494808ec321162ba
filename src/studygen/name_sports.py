"""Names in sports stories: the short names the press gives schools and teams (京都|成章,
青森|山田(青森)) and players named by their role (3番・赤平), which the general rules in
:mod:`studygen.names` would read as a person or a town; a team written before its player
(ジャイアンツ・バリー・ボンズ) and a town standing for its team (阪神)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dictionary import Dictionary, default_dictionary
from .furigana import has_kanji, to_hiragana
from .model import Token
from .name_readings import digit_by_digit
from .name_tables import ADMIN_SUFFIXES, PREFECTURES, NameSpan, is_baseball_story, teams, titles

_KATAKANA_WORD = re.compile(r"[ァ-ヶー]+")

_SCHOOL_KINDS = frozenset("商工農東西南北")  # 高岡|商, 彦根|東: a commercial school, the east school


def school_short_name(toks: Sequence[Token], i: int, dictionary: Dictionary) -> int | None:
    """End of a high school's short name in a baseball story, or None: a place, then what the press
    writes for the school (京都|成章, 東海|大|菅生, 高岡|商, 彦根|東, 日大|三, 青森|山田). Only
    before a particle or a sign, so 京都|大学 or 東|京 never gets here."""
    t = toks[i]
    if t.pos[1] != "固有名詞" or i + 1 >= len(toks):
        return None

    def touching(j: int) -> bool:
        return j < len(toks) and toks[j].start == toks[j - 1].end

    nxt = toks[i + 1]
    end = None
    if not touching(i + 1):
        return None
    if nxt.surface == "大" and touching(i + 2) and toks[i + 2].pos[1] == "固有名詞":
        end = i + 3  # 東海|大|菅生
    elif nxt.surface in _SCHOOL_KINDS and t.pos[2] == "地名":
        end = i + 2  # 高岡|商, 彦根|東
    elif nxt.pos[1] == "数詞" and len(nxt.surface) == 1 and t.surface.endswith("大"):
        end = i + 2  # 日大|三
        if touching(end) and toks[end].surface in ("高", "中"):
            end += 1  # 日大|三|高 (round 55 listed 日大 alone)
    elif t.pos[2] == "地名" and nxt.pos[2] == "人名" and "surname" not in dictionary.name_types(nxt.surface):
        end = i + 2  # 京都|成章: a place and a given name make no person
    elif t.pos[2] == "地名" and nxt.pos[1] == "普通名詞" and "surname" in dictionary.name_types(nxt.surface) \
            and not dictionary.known([t.surface + nxt.surface, nxt.surface]):
        end = i + 2  # 青森|山田 (not 東京|在住, living in Tokyo: a word JMdict knows, round 41)
    if end is None or end < len(toks) and toks[end].pos[0] not in ("助詞", "補助記号", "空白"):
        return None  # 瀬戸|内|高等学校, 京都|大学: the name runs on
    if toks[i + 1].surface in ADMIN_SUFFIXES or "place" in dictionary.name_types(t.surface + toks[i + 1].surface):
        return None  # 堺|市: a city
    return end


def _is_prefecture(name: str) -> bool:
    """大分, 西東京, 南北海道: a prefecture or a district of the summer tournament (not 横浜)."""
    short = re.sub(r"^(?:東|西|南|北)(?=東京|北海道)", "", name)
    return any(p == short or p[:-1] == short for p in PREFECTURES)


def team_before_its_prefecture(toks: Sequence[Token], i: int) -> int | None:
    """End of a school or team named with its prefecture in brackets in a baseball story:
    青森|山田(青森), 済美(愛媛), 津田|学園(三重). Not a person with a title (田中投手(東京))."""
    if i and toks[i - 1].pos[0] in ("名詞", "接尾辞", "接頭辞") and toks[i - 1].end == toks[i].start:
        return None
    for length in (3, 2, 1):
        j = i + length
        if j + 2 >= len(toks) or toks[j].surface not in ("(", "（") or toks[j + 1].pos[2] != "地名" \
                or toks[j + 2].surface not in (")", "）"):
            continue
        piece = toks[i:j]
        if not all(x.pos[0] in ("名詞", "接尾辞") and x.pos[1] != "数詞" for x in piece) or any(
                x.surface in titles() for x in piece) or all(x.pos[2] == "人名" for x in piece) and length > 1:
            return None
        if any(x.start != y.end for x, y in zip(piece[1:], piece, strict=False)) or not any(
                x.pos[1] == "固有名詞" for x in piece):
            return None
        if length == 1 and piece[0].pos[3] == "姓" and not _is_prefecture(toks[j + 1].surface):
            return None  # 多村(横浜): a player and his club, not a school and its prefecture (round 53)
        return j
    return None


# 3番・赤平, 先発・松本, 主将の土合: a player named by his place in the order or his role.
_PLAYER_ROLES = frozenset(["番", "先発", "主将", "エース", "投手", "捕手", "遊撃手", "中堅手", "二塁手", "三塁手", "一塁手"])


def named_as_player(toks: Sequence[Token], first: int) -> bool:
    return first >= 2 and toks[first - 1].surface in ("・", "の") and toks[first - 2].surface in _PLAYER_ROLES


_PERSON_TYPES = frozenset({"given", "masc", "fem", "person", "surname", "unclass"})
# The particles of European and Arab names: デ・リマ, ダ・シルバ, ファン・ペルシー, ビン・ラディン
_NAME_PARTICLES = frozenset(("デ", "ダ", "ド", "ディ", "デル", "ドス", "ダス", "デュ", "ファン", "フォン", "ヴァン", "ビン", "イブン",
                             "アル", "エル", "ラ", "ル", "ヴォン"))


def team_before_player(sp: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """ジャイアンツ・バリー・ボンズ, ボストンレッドソックス・ジョン・レスター, (大)リーグ・ジョン・レスター:
    the team (or the league) written before a player with a dot is no part of his name (round
    31). The first of three dotted words goes when JMnedict knows it as no person's name and it
    is a word, a body's name, or longer than a given name is; ジョン・F・ケネディ keeps ジョン."""
    if sp.type != "person" or "・" not in sp.name:
        return sp
    first, rest = sp.name.split("・", 1)
    if sp.name.count("・") < 2:
        # レッドソックス・ロレッタ選手, マリナーズ・イチロー: of two dotted words, the first goes only
        # when it is a team's nickname (round 67's 0151); マイケル・ジョーダン keeps マイケル.
        if first not in teams()[1]:
            return sp
    elif rest.split("・", 1)[0] in _NAME_PARTICLES:
        return sp  # バンデルレイ・デ・リマ: de, da, van before a surname follow a given name (round 102's 2716)
    else:
        dictionary = default_dictionary()
        types = dictionary.name_types(first)
        if types & _PERSON_TYPES or not (types & {"organization", "company", "product", "work", "group"} or
                                         dictionary.entries(first) or not types and len(first) >= 6):
            return sp
    dot = next((k for k in range(sp.first, min(sp.end, len(toks))) if toks[k].surface == "・"), None)
    return replace(sp, name=rest, reading=to_hiragana(rest.replace("・", "")),
                   first=dot + 1 if dot is not None else sp.first)


def team_named_by_its_town(spans: Sequence[NameSpan], text: str) -> list[NameSpan]:
    """阪神 beside 阪神タイガース, 鹿島 beside 鹿島アントラーズ: where a sports story names the team,
    its town's name alone is the team too (阪神優勝, 鹿島対川崎F: round 31), an organisation. The
    team's second word is a nickname (カープ) or no word JMdict has (日本|テレビ names no team)."""
    if not re.search(r"試合|リーグ|優勝|選手|監督|球団|サッカー|野球", text):
        return list(spans)
    short, nicknames = teams()
    towns = {sp.name for sp in spans if sp.type == "place" and has_kanji(sp.name[-1:]) and sp.name not in ("日本", "中国")}
    # (東京ヤクルトスワローズ: the town put before a team's own short name (ヤクルト) is no name of
    # the team; 「東京」の地名 stays a place, round 110's 1261)
    team_towns = {town for town in towns for sp in spans if sp.type == "org" and sp.name.startswith(town)
                  and re.fullmatch(r"[\u30a1-\u30fa\u30fc]{3,}", tail := sp.name[len(town):])
                  and not any(tail.startswith(t) for t in short)
                  and not tail.endswith("リーグ")  # 四国アイランドリーグ: a league of the region's clubs
                  and (tail in nicknames or not default_dictionary().entries(tail))}
    # ペルージャに移籍し、…ローマ、パルマ、ボローニャでプレー; ユベントス、フィオレンティーナ、ラツィオの3クラブ:
    # a town one joins or plays for, or that a list of clubs names, is the club (round 88's 2191,
    # round 86's 2912)
    _K = r"[\u30a1-\u30fa\u30fc・]+"
    for run in re.findall(rf"(?<![東西南北中\u30a1-\u30fa\u30fc・])((?:{_K}、)*{_K})(?:[にへ](?:レンタル|期限付き|完全)?移籍|から移籍|"
                          r"に入団|に加入|でプレー|に所属)", text) + \
            re.findall(rf"(?<![東西南北中\u30a1-\u30fa\u30fc・])((?:{_K}、)+{_K})の[0-9０-９一二三四五六七八九十]+(?:クラブ|チーム|球団)", text):
        # (西アジアの16チーム: no town; スペインの1チーム: one country's national side, no list)
        team_towns |= set(run.split("、"))
    # 阪神対東京ヤクルト, 巨人軍対広島: the side facing a team is a team (round 100's 0511 typed 阪神 a
    # place in the fixture list and an organisation elsewhere)
    # (中日対横浜: a team's short name, 中日 "China and Japan" to JMdict, faces a team too, round 114's diff)
    clubs = {sp.name for sp in spans if sp.type == "org"} | set(short)
    for a, b in re.findall(r"([一-龥ァ-ヶー]+)対([一-龥ァ-ヶー]+)", text):
        team_towns |= {x for x, other in ((a, b), (b, a)) if (x in towns or x in short) and any(other.startswith(c) for c in clubs)}
    return [replace(sp, type="org") if sp.name in team_towns and (sp.type == "place" or sp.name in short) else sp
            for sp in spans]


def club_before_its_town(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """カターレ|富山, ニュー|ウェーブ|北九州, ベガルタ|仙台, ジェフ|千葉: a katakana name glued to
    the town that follows it is a club (or a firm), one organisation; read alone, UniDic's place
    would be listed and the katakana word lost or taken for a person (ジェフ). Only katakana words
    that name no place themselves, then the town, then a particle or a sign (round 47)."""
    if i and toks[i - 1].end == toks[i].start and (toks[i - 1].pos[0] in ("名詞", "接頭辞") or toks[i - 1].surface in "-‐－=＝・"):
        return None  # the run starts earlier (セブン-|イレブン|ジャパン)
    j = i
    while j < len(toks) and _KATAKANA_WORD.fullmatch(toks[j].surface) and toks[j].pos[0] == "名詞" and \
            toks[j].pos[2] != "地名" and (j == i or toks[j].start == toks[j - 1].end):
        j += 1
    head = "".join(t.surface for t in toks[i:j])
    if j == i or len(head) < 3 or j + 1 >= len(toks) or toks[j].start != toks[j - 1].end or \
            toks[j].pos[2] != "地名" or not _ends_a_name(toks, j + 1) or toks[j + 1].start != toks[j].end:
        return None
    name = head + toks[j].surface
    if not has_kanji(toks[j].surface) and toks[j].surface != "ジャパン":
        return None  # グランド|ケイマン: a foreign place's own name; clubs and firms end in 富山, 仙台, ジャパン
    if dictionary.name_types(head) & {"place"} or dictionary.name_types(name) & {"place"} or head in titles():
        return None  # グランド|ケイマン: an island JMnedict knows
    return NameSpan(si, i, j + 1, name, to_hiragana(head + toks[j].reading), "org")


def _ends_a_name(toks: Sequence[Token], k: int) -> bool:
    """Token k follows a name: a particle, a sign, or a bracket that is no source in Latin letters
    (ベガルタ仙台(同)との: the club, then its points; ファン|プラーグ(en:…): a person's name before
    its source)."""
    t = toks[k]
    if t.surface in ("(", "（"):
        return k + 1 < len(toks) and not re.match(r"[A-Za-z]", toks[k + 1].surface)
    return t.pos[0] == "助詞" or t.surface in "、。・"


# What a town and katakana words more often name than a club: a venue or a building (札幌|ドーム,
# 有明|コロシアム, 栗東|トレセン), a firm of the town (大阪|ガス), an event (北京|オリンピック), the
# town's people or its sport (浦和|サポーター, 日本|サッカー, 日本|メーカー): the corpus's diff
_VENUE = re.compile(r"(?:ドーム|スタジアム|アリーナ|パーク|センター|ホール|タワー|ツリー|ランド|ホテル|ビル|コロシアム|"
                    r"トレセン|ガス|バス|ライン|シティ|マラソン|カップ|グランプリ|オープン|ステークス|ダービー|"
                    r"オリンピック|パラリンピック|ゲームズ|サポーター|ファン|イレブン|チーム|メーカー|ビジネス|"
                    r"サッカー|バレーボール|バスケットボール|ラグビー|ゴルフ|テニス|スキー|スケート|シリーズ|チャンピオン|"
                    r"ゲーム|ショー|ショウ|フェア|フェスティバル|コンサート)$")


def club_after_its_town(toks: Sequence[Token], si: int, i: int, dictionary: Dictionary) -> NameSpan | None:
    """京都|パープル|サンガ, 水戸|ホーリー|ホック: in a story of clubs, a town glued to katakana words
    that end at a particle is the club, one organisation (round 54: 京都 and サンガ were listed
    apart, サンガ as a place). Not a venue (札幌|ドーム) and not a name JMnedict files as a place."""
    t = toks[i]
    if t.pos[2] != "地名" or not re.fullmatch(r"[一-龥]{2,3}", t.surface) or \
            i and toks[i - 1].end == t.start and toks[i - 1].pos[0] in ("名詞", "接頭辞"):
        return None
    j = i + 1
    while j < len(toks) and _KATAKANA_WORD.fullmatch(toks[j].surface) and toks[j].pos[0] == "名詞" and \
            toks[j].pos[2] != "地名" and toks[j].start == toks[j - 1].end:
        j += 1
    if j + 1 < len(toks) and re.fullmatch(r"(?:19|20)[0-9]{2}", toks[j].surface) and toks[j].start == toks[j - 1].end \
            and j > i + 1 and _ends_a_name(toks, j + 1):
        j += 1  # 東京|ヴェルディ|1969: the club's founding year is part of its name (round 95's 2425)
    tail = "".join(x.surface for x in toks[i + 1:j])
    if len(tail) < 4 or j >= len(toks) or not _ends_a_name(toks, j) or _VENUE.search(tail):
        return None
    name = t.surface + tail
    if dictionary.name_types(name) & {"place"} or dictionary.known([name]):
        return None
    # (1969 read digit by digit, as the club says it: いちきゅうろくきゅう)
    return NameSpan(si, i, j, name, to_hiragana(t.reading + "".join(x.reading or digit_by_digit(x.surface)
                                                                    for x in toks[i + 1:j])), "org")


_CLUB = re.compile(r"^([ァ-ヶー]{3,}|FC|ＦＣ)(.{2,4})$|^(.{2,4})(?:FC|ＦＣ)$")
_TOWN_FIRST = re.compile(r"^([一-龥]{2,3})([ァ-ヶー]{4,})$")
_FOOTBALL = re.compile(r"リーグ|試合|監督|選手|サッカー|J[123]|ＪＦＬ|JFL|球団|クラブ|チーム|連勝|連敗|勝利|引き分け|[0-9０-９]対[0-9０-９]")


_SUMO_RANKS = ("横綱", "大関", "関脇", "小結", "前頭", "十両", "幕内", "幕下")


def ring_name_after_rank(span: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """元大関|霧島, 横綱|朝青龍: a sumo rank written before a name makes it a wrestler's ring name,
    whatever place UniDic took it for (round 56 listed 霧島 as a place)."""
    if span.type != "place" or span.first == 0:
        return span
    before = toks[span.first - 1]
    if before.surface in _SUMO_RANKS and before.end == toks[span.first].start:
        return replace(span, type="person")
    return span


def is_club_story(texts: Sequence[str]) -> bool:
    """A story of matches and clubs (試合, リーグ, 勝利 …)."""
    return any(_FOOTBALL.search(t) for t in texts)


def towns_standing_for_clubs(spans: Sequence[NameSpan], tokens: Sequence[Sequence[Token]],
                             texts: Sequence[str]) -> list[NameSpan]:
    """In a story of clubs (カターレ富山, FC琉球), the town alone is the club's short name
    (富山は来季からJFLで戦う): it is no place of the story, and a piece of the club's name; it is
    left out of the list, as is the club's katakana name alone (ジェフ). A town no club of the
    story is named after stays (round 47: 北九州, 富山, 琉球, 岡山 listed as places)."""
    # (a club ends in its town: クロアチア|政府 and ウクライナ|議会 name no club)
    clubs = [m for sp in spans if sp.type == "org" and (m := _CLUB.match(sp.name)) and
             (m.group(3) or tokens[sp.sentence_index][sp.end - 1].pos[2] == "地名")]
    towns = {m.group(2) or m.group(3) for m in clubs}
    # (ジェフ alone for ジェフ千葉, typed a person by UniDic: round 47)
    heads = {m.group(1) for m in clubs if m.group(1) and m.group(1) not in ("FC", "ＦＣ")}
    # 京都パープルサンガ: サンガ alone is the club's short name (round 54); its town alone is the
    # club too, an organisation (see team_named_by_its_town: 鹿島 of 鹿島アントラーズ)
    town_first = [(m, sp) for sp in spans if sp.type == "org" and (m := _TOWN_FIRST.match(sp.name))
                  and tokens[sp.sentence_index][sp.first].pos[2] == "地名"]
    heads |= {x for m, sp in town_first for x in (m.group(2), tokens[sp.sentence_index][sp.end - 1].surface)}
    if not (clubs or town_first) or not is_club_story(texts):
        return list(spans)
    return [sp for sp in spans if not (sp.type == "place" and sp.name in towns or sp.name in heads)]


# 内川のタイムリーヒット, 村田の3ランホームラン (round 63's 2475): a hit is a batter's
_HIT = re.compile(r"の(?:[0-9０-９一二三]本の)?(?:タイムリー|適時|本塁打|ホームラン|満塁|[2-4２-４]ラン|ソロ|安打|ヒット|[二三2-3２-３]塁打|犠飛|先制打|決勝打)")


# 亀岡が左中間スタンドへ…ホームラン, 小笠原(北海道日本ハム): who hit is a player, not the town
# (round 93's 1937 and 1912)
_AT_BAT = re.compile(r"[がは][^。、]{0,25}(?:ホームラン|本塁打|[2-4２-４]ラン|適時打|タイムリー)")


def players_named_by_surname(spans: Sequence[NameSpan], tokens: Sequence[Sequence[Token]], text: str) -> list[NameSpan]:
    """日本ハム・八木, 森本と小笠原の2選手 (round 62's 0457): in a baseball box score a player is his
    surname, written after his team and a dot, listed before …の2選手, or before his hit (内川の
    タイムリー); UniDic reads 八木 and 小笠原 as places, but JMnedict knows them as surnames and the
    story names no such place."""
    if not is_baseball_story([text]):
        return list(spans)  # (中山・札幌, 阪神・札幌 in a racing calendar: the racecourses)
    short = teams()[0]
    players: set[str] = set()
    # (日本は…ホームラン, 和歌山が…本塁打: a team hits too; a surname UniDic tags as a person
    # somewhere in the story is the batter)
    tagged_people = {t.surface for toks in tokens for t in toks if t.pos[2] == "人名"}
    # 小笠原(北海道日本ハム): a player's team in brackets after his surname
    team_in_brackets = re.compile(r"[(（](?:北海道|東北|千葉|埼玉|福岡|東京)?(?:" + "|".join(map(re.escape, short)) + ")")
    for sp in spans:
        toks = tokens[sp.sentence_index]
        before = "".join(t.surface for t in toks[max(0, sp.first - 3):sp.first])
        after = "".join(t.surface for t in toks[sp.end:sp.end + 6])
        if sp.type == "place" and sp.end - sp.first == 1 and "surname" in default_dictionary().name_types(sp.name) \
                and (any(before.endswith(team + "・") for team in short)
                     or re.match(r"の(?:[2-9２-９]|両)選手", after)
                     or re.match(r"と[一-龥]{1,3}の(?:[2-9２-９]|両)選手", after)
                     or _HIT.match(after)
                     or sp.name in tagged_people and _AT_BAT.match("".join(t.surface for t in toks[sp.end:sp.end + 16]))
                     or team_in_brackets.match(after)):
            players.add(sp.name)
        elif sp.type == "place" and sp.end - sp.first == 1 and re.search(r"(?:先頭打者|打者|先発した|先発の|投手)$", before):
            players.add(sp.name)  # 先頭打者バレは, 先発した北山が (round 93's 1912, 1937)
    # (小笠原は敬遠四球: his other mentions in the story are the player too)
    return [replace(sp, type="person") if sp.type == "place" and sp.name in players else sp for sp in spans]
