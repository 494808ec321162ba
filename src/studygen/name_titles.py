"""Titles of works in a news story: 『ビルマの竪琴』, 「うちのホンカン」で主役. The names inside
a title name the work, not a person or a place of the story (ビルマ of 『ビルマの竪琴』 is no
country the story is about), and its words are no vocabulary of the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Token
from .name_tables import NameSpan

# 『ビルマの竪琴』: a short bracketed phrase with no comma is a work's title; 『野球は巨人、司会は
# 巨泉』 or a long 『…』 inside 「…」 is a quotation, whose names are the story's.
TITLE = re.compile(r"『[^』、。「」]{1,20}』")
# 「うちのホンカン」で主役を務めた: a short 「…」 a part or a show is named by is a title too (round
# 31); a quote goes on with と (「…」と語った) and is the story's.
# 「あにいもうと」「影武者」「お葬式」などで活躍, 「巨匠」(木下順二作), 上演された「帰還」: a row of
# them, one with its author in brackets, or one after a word for a work; 「ハリー・ポッター」の映画 (a
# film, no person: round 124's 1855).
QUOTED_TITLE = re.compile(r"(?:(?<=上演された)|(?<=公開された)|(?<=放送された)|(?<=上映される)|(?<=上映された)|(?<=公開される)|(?<=映画)|(?<=ドラマ)|(?<=舞台)|(?<=番組)|"
                          r"(?<=小説)|(?<=作品))「[^」、。「]{1,20}」|"
                          # 「マイアミの奇跡」: an event's byname (not Miami, a place of the story)
                          r"「[^」、。「]{1,10}の(?:奇跡|悲劇|惨劇|屈辱|歓喜|乱|変)」|"
                          r"(?:「[^」、。「]{1,20}」[、・や]?)+(?=で(?:主演|主役|出演|共演|デビュー|初主演)|に(?:主演|出演)|"
                          r"など(?:で|に)|の(?:主演|主役|監督|作者|原作|放送|映画|撮影|続編|シリーズ)|[(（][^)）]{0,12}(?:作|以降|監督|主演))")


def in_title(span: NameSpan, toks: Sequence[Token]) -> bool:
    """The mention stands inside a work's title: ビルマ of 『ビルマの竪琴』, 紋次郎 of 『木枯らし
    紋次郎』 name the film, not a country or a person of the story."""
    if span.first >= len(toks):
        return False
    text = "".join(t.surface for t in toks)
    at = sum(len(t.surface) for t in toks[:span.first])
    # (『大阪維新の会』, 『朝日新聞』: a party's or a paper's name alone in the brackets is the body,
    # no work's title: round 93's 3133; 大河ドラマ「春日局」 stays a drama)
    return any(m.start() < at < m.end() and not (span.type == "org" and m.group()[1:-1] == span.name and
                                                    re.search(r"(?:の会|党|連合|協会|組合|同盟|連盟|新聞|新報|タイムス)$", span.name))
               for m in (*TITLE.finditer(text), *QUOTED_TITLE.finditer(text)))
