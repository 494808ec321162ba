"""Names in sports stories: the short names the press gives schools and teams (京都|成章,
青森|山田(青森)) and players named by their role (3番・赤平), which the general rules in
:mod:`studygen.names` would read as a person or a town."""

from __future__ import annotations

from collections.abc import Sequence

from .dictionary import Dictionary
from .model import Token
from .name_tables import ADMIN_SUFFIXES, titles

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
    elif t.pos[2] == "地名" and nxt.pos[2] == "人名" and "surname" not in dictionary.name_types(nxt.surface):
        end = i + 2  # 京都|成章: a place and a given name make no person
    elif t.pos[2] == "地名" and nxt.pos[1] == "普通名詞" and "surname" in dictionary.name_types(nxt.surface) \
            and not dictionary.known([t.surface + nxt.surface]):
        end = i + 2  # 青森|山田
    if end is None or end < len(toks) and toks[end].pos[0] not in ("助詞", "補助記号", "空白"):
        return None  # 瀬戸|内|高等学校, 京都|大学: the name runs on
    if toks[i + 1].surface in ADMIN_SUFFIXES or "place" in dictionary.name_types(t.surface + toks[i + 1].surface):
        return None  # 堺|市: a city
    return end


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
        return j
    return None


# 3番・赤平, 先発・松本, 主将の土合: a player named by his place in the order or his role.
_PLAYER_ROLES = frozenset(["番", "先発", "主将", "エース", "投手", "捕手", "遊撃手", "中堅手", "二塁手", "三塁手", "一塁手"])


def named_as_player(toks: Sequence[Token], first: int) -> bool:
    return first >= 2 and toks[first - 1].surface in ("・", "の") and toks[first - 2].surface in _PLAYER_ROLES
