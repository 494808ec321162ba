"""Names retyped or trimmed by what they are: a newspaper's short name is an organisation (産経),
a Chinese province a place (遼寧省), a date's 付け or a side's 側 no part of a name, 内閣 before
総理大臣 the start of a title; and names cut by a bracket that gives a club's present name
(平塚(現・湘南)ベルマーレ)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .furigana import to_hiragana
from .model import Token
from .name_tables import NameSpan, abbreviations


# 産経, 西日本新聞, 秋田魁新報: a newspaper (not 朝日町, which only starts like one)
_MEDIA = re.compile(r"産経|読売|朝日|毎日|日経|共同|時事|サンスポ|スポニチ|.+(?:新聞|通信|日報|新報|スポーツ)")


def _company_only(name: str) -> bool:
    from .dictionary import default_dictionary

    types = default_dictionary().name_types(name)
    return bool(types) and types <= {"company", "organization", "product"}


def trimmed(sp: NameSpan) -> NameSpan:
    """7日付け|信濃毎日新聞, 大阪市|側, 対|白樺学園: a date's 付け before a paper, 側 after a party and
    対 (versus) before a team are no part of the name."""
    if sp.name.startswith(("付け", "付")) and len(sp.name) > 4 and sp.type == "org" and _MEDIA.fullmatch(sp.name):
        cut = 2 if sp.name.startswith("付け") else 1
        return replace(sp, name=sp.name[cut:], reading=re.sub(r"^[つづ]け?", "", sp.reading))
    if sp.type == "org" and sp.name.startswith("現金") and len(sp.name) > 5 and sp.reading.startswith("げんきん"):
        # (現金正日政治軍事大学): "now 金正日…", which UniDic reads 現金 "cash" (round 116's 3072)
        return replace(sp, name=sp.name[1:], reading=sp.reading.removeprefix("げん"))
    if sp.name.startswith("対") and len(sp.name) > 3 and sp.type == "org":
        return replace(sp, name=sp.name[1:], reading=sp.reading.removeprefix("たい"))  # 対|白樺学園 戦: versus
    if re.search(r".{2,}[省県州]全[省県州]$", sp.name):
        # 浙江省全省 (the whole province: round 31): the province is the name
        return replace(sp, name=sp.name[:-2], reading=re.sub(r"ぜん(?:しょう|けん|しゅう)$", "", sp.reading))
    if sp.name.startswith("改正") and len(sp.name) > 3 and sp.type == "other" and sp.reading.startswith("かいせい"):
        # この改正著作権法: the law, amended; one entry with 著作権法 (round 31)
        return replace(sp, name=sp.name[2:], reading=sp.reading[4:])
    if sp.type == "org" and re.match(r"団体[\u30a1-\u30fa]", sp.name) and sp.reading.startswith("だんたい"):
        return replace(sp, name=sp.name[2:], reading=sp.reading[4:])  # (非営利)団体|ウィキメディア財団 (round 37)
    if sp.type == "person" and (m := re.match(r"(?:コーチ|監督|選手|主将|会長|社長|大統領|首相)(?=[\u30a1-\u30fa]{2})", sp.name)) \
            and "・" in sp.name:
        # コーチ|イビツァ・オリッチ: a post before a foreign name is no part of it (round 46)
        post = to_hiragana(m.group())
        return replace(sp, name=sp.name[m.end():], reading=sp.reading.removeprefix(post))
    if sp.name.endswith("側") and len(sp.name) > 2 and sp.type != "person":  # 北側 may be a surname
        return replace(sp, name=sp.name[:-1], reading=re.sub(r"(?:がわ|かわ|そく)$", "", sp.reading))
    return sp


# China's provinces: 省 names a ministry in Japan (財務省) and a province there (遼寧省, a place)
_PROVINCE = re.compile(r"(?:河北|山西|遼寧|吉林|黒竜江|黒龍江|江蘇|浙江|安徽|福建|江西|山東|河南|湖北|湖南|広東|海南|四川|"
                       r"貴州|雲南|陝西|甘粛|青海|台湾)省$")


def retyped(sp: NameSpan) -> NameSpan:
    """産経, サンスポ (a newspaper's short name) and FEMA (an agency's letters, taken for a person
    before 長官) are organisations, whatever type the name stage gave them."""
    if sp.type != "org" and (_MEDIA.fullmatch(sp.name) or sp.type == "person" and re.fullmatch(r"[A-Z]{2,}", sp.name)):
        return replace(sp, type="org")
    if sp.type == "place" and re.fullmatch(r"日本[\u30a1-\u30fa\u30fc]{3,}", sp.name):
        return replace(sp, type="org")  # 日本コロムビア, 日本マクドナルド: a firm's Japanese arm (round 35)
    if sp.name.startswith("新党") and len(sp.name) > 2 and sp.type != "org":
        return replace(sp, type="org")  # 新党日本, 新党大地: parties, not Japan
    if sp.type == "other" and sp.name.endswith(("地区", "自治区")) or re.fullmatch(r"[\u30a1-\u30fc]{2,}省", sp.name):
        return replace(sp, type="place")  # ガザ地区; イエンバイ省, a Vietnamese province (round 32)
    if sp.type != "org" and re.fullmatch(r"[\u30a1-\u30fc]{2,}", sp.name) and _company_only(sp.name):
        return replace(sp, type="org")  # オリンパス (JMnedict: a company only), typed a place (round 32)
    if sp.type == "org" and re.search(r"[一-龥\u30a1-\u30fc](?<![戦路無光])線$", sp.name):
        return replace(sp, type="place")  # JR京葉線, 東急田園都市線: a railway line, as 京葉線 is (round 50)
    if sp.type == "place" and re.search(r"(?:小学校|中学校|高等学校|学校|高校|大学)$", sp.name):
        return replace(sp, type="org")  # 海草中学校: a school, as 甲府商業高等学校 is (round 38)
    if _PROVINCE.search(sp.name):
        # 中国遼寧省: the province is the name, 中国 says whose
        if sp.name.startswith("中国") and len(sp.name) > 4:
            # (黒竜江省 read as the table reads it, not UniDic's こくりゅこう)
            reading = abbreviations().get(sp.name[2:], (sp.reading.removeprefix("ちゅうごく"),))[0]
            sp = replace(sp, name=sp.name[2:], reading=reading)
        return replace(sp, type="place")
    return sp


# 販売業者・ヒューザー, 運営会社で会社更生法を申請している「大阪シティドーム」: what the text calls
# a firm is one, whatever its name sounds like (a dome, a place; round 40)
# (「すき家」を経営するゼンショー: what runs a chain of shops is a firm, round 45)
# (創業者・松下幸之助: the founder, a person, though 創業者 ends in 業者; round 122's 3379)
_FIRM_BEFORE = re.compile(r"(?:会社|(?<!創)業者|企業|メーカー|法人)(?:・|の「|で[^、。「」]{0,30}「)$")
# (not for a place: 大阪ドームを運営する大阪市 is a city that runs it)
_RUNS_BEFORE = re.compile(r"(?:を経営|を運営)する$")
# 松下・日立等の他社: names listed before 等の他社 are companies (松下 read as a person, round 44)
# (not などのメーカー: オーストラリアなどのメーカー are makers of that country)
# キユーピーの3社, A、B、Cの3社: a list the sentence counts in companies (round 45)
_FIRM_AFTER = re.compile(r"^(?:・[^、。・「」]{1,12}){0,4}(?:等|など)の(?:他社|各社)|"
                         r"^(?:、[^、。「」]{1,15}){0,6}の[0-9０-９一二三四五六七八九十]+社")


# 山口、防府、周南各市: names listed before 各市 are cities (山口 read as a person, round 45)
_PLACES_AFTER = re.compile(r"^(?:、[^、。]{1,6}){0,5}(?:各|両)(?:市|県|町|村|国|州|府|区)")


# ギャラップ社, キューピーの子会社: 社 right after the name, or what only a company has
_SHA = r"社(?![会長員説屋殿寺内外])"  # ギャラップ社, not 社会 or 社長
_FIRM_ITSELF = re.compile(r"^" + _SHA + r"|^の(?:子会社|親会社|関連会社|グループ会社|傘下|株価|株主)")


def firm_by_context(sp: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """A name the sentence calls a company (販売業者・ヒューザー, ギャラップ社, キューピーの子会社)
    is an organisation, and one it calls a city (山口、防府、周南各市) a place."""
    before = "".join(t.surface for t in toks[max(0, sp.first - 16):sp.first])
    after = "".join(t.surface for t in toks[sp.end:sp.end + 16])
    if sp.type in ("other", "person") and not sp.title and _PLACES_AFTER.search(after):
        return replace(sp, type="place")
    if sp.type in ("other", "person") and not sp.title and (_FIRM_ITSELF.search(after) or _RUNS_BEFORE.search(before)) or \
            sp.type == "place" and re.match(_SHA, after) and not re.search(r"[都道府県市町村区国]$", sp.name):
        # (round 47: ギャラップ社 listed as a place, キューピー as "other")
        return replace(sp, type="org")
    if sp.type in ("place", "other", "person") and not sp.title and (_FIRM_BEFORE.search(before)
                                                                     or _FIRM_AFTER.search(after)):
        # (医薬品のメーカー・興和: a maker, though 興和 is a given name too; round 41)
        return replace(sp, type="org")
    return sp


def _renamed(span: NameSpan, toks: Sequence[Token]) -> bool:
    """平塚(現・湘南)ベルマーレ: a name with its present form in brackets inside it. 平塚, 湘南 and
    ベルマーレ are pieces of the club's two names, not a town, a region and a thing (round 35)."""
    text = [t.surface for t in toks]
    if span.end + 1 < len(toks) and text[span.end] in ("(", "（") and text[span.end + 1] == "現":
        return True
    opened = max((k for k in range(span.first) if text[k] in ("(", "（")), default=None)
    closed = max((k for k in range(span.first) if text[k] in (")", "）")), default=-1)
    if opened is not None and opened > closed and opened + 1 < len(toks) and text[opened + 1] == "現":
        return True  # (現・|湘南|)ベルマーレ
    return span.first >= 2 and text[span.first - 1] in (")", "）") and opened is not None \
        and text[opened + 1] == "現" and toks[span.first - 1].end == toks[span.first].start


def renamed_inside(span: NameSpan, toks: Sequence[Token]) -> bool:
    """:func:`_renamed` where the bracket stands inside one name: a proper noun goes on right after
    it (平塚(現・湘南)|ベルマーレ). 西鉄(現・埼玉西武)の and 証券取引法(現・金融商品取引法)違反 name
    the body whole, before and after."""
    close = next((k for k in range(span.end, len(toks)) if toks[k].surface in (")", "）")), None)
    if close is None:
        close = next((k for k in range(span.first - 1, -1, -1) if toks[k].surface in (")", "）")), None)
    return close is not None and close + 1 < len(toks) and toks[close + 1].pos[1] == "固有名詞" \
        and toks[close + 1].start == toks[close].end and _renamed(span, toks)


def cabinet_before_title(sp: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """安倍晋三|内閣|総理|大臣: 内閣 begins the title (内閣総理大臣, prime minister), it ends no
    cabinet's name; the person is 安倍晋三 (round 37)."""
    if sp.name.endswith("内閣") and len(sp.name) > 3 and sp.end < len(toks) and toks[sp.end].surface.startswith("総理") \
            and sp.reading.endswith("ないかく"):
        after = sp.end + (2 if sp.end + 1 < len(toks) and toks[sp.end + 1].surface == "大臣" else 1)
        return replace(sp, end=sp.end - 1, name=sp.name[:-2], reading=sp.reading[:-4], type="person",
                       title="内閣総理大臣", title_end=after)
    return sp


def councillor_cut(sp: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """谷口|修市|議会議員: UniDic read the given name 修 with the 市 of 市議会議員 (a city councillor)
    as 修市 しゅういち; the person is 谷口修, read as UniDic reads the name without the 市 when it
    reads it as a person's, else left unread (round 37)."""
    from .analyze import tokenize

    if sp.type != "person" or sp.end >= len(toks) or not toks[sp.end].surface.startswith("議") \
            or not re.search(r"[一-龥][市県区町村都府]$", sp.name) or sp.end - sp.first < 2:
        return sp
    name = sp.name[:-1]
    parts = tokenize(name)
    reading = "".join(t.reading for t in parts) if all(t.pos[2] == "人名" for t in parts) else ""
    return replace(sp, name=name, reading=reading, title="")


def country_before_title(sp: NameSpan, toks: Sequence[Token]) -> NameSpan:
    """元チリ大統領アウグスト・ピノチェト将軍, チリ大統領府: a country (UniDic 地名 国) before a
    title is the country whose office it is, not a person called チリ (wikinews-1548 listed チリ
    twice, a person and a place); the place it is."""
    if sp.type == "person" and sp.title and sp.end - sp.first == 1 and sp.first < len(toks) and \
            toks[sp.first].pos[2:4] == ("地名", "国"):
        return replace(sp, type="place", title="", title_end=None)
    return sp


# 松下電器産業, 三井住友銀行, 三井生命保険: a company's name by its ending
_FIRM_ENDS = re.compile(r"(?:産業|電器|電機|工業|重工業?|自動車|製作所|商事|物産|建設|製薬|化学|銀行|証券|保険|生命|"
                        r"ホールディングス|グループ)$")


def companies_by_short_name(spans: Sequence[NameSpan]) -> list[NameSpan]:
    """松下電器産業は…。…緊急命令を松下に対して出した: a surname alone that begins a company's name
    the story gives in full is that company by its short name (an org, so asked with どこ: 「誰に
    対して」 was round 145's 2058, B), unless the story titles it (松下会長) or names a person
    with it (松下幸之助). The span takes the company's full name, as a paper's short name does."""
    firms = [sp for sp in spans if sp.type == "org" and _FIRM_ENDS.search(sp.name)]
    people = {sp.name for sp in spans if sp.type == "person"}
    titled = {sp.name for sp in spans if sp.type == "person" and sp.title}
    out = []
    for sp in spans:
        full = next((f for f in firms if f.name.startswith(sp.name) and len(f.name) > len(sp.name)), None) \
            if sp.type == "person" and sp.end - sp.first == 1 and sp.name not in titled else None
        if full is not None and not any(p != sp.name and p.startswith(sp.name) for p in people):
            sp = NameSpan(sp.sentence_index, sp.first, sp.end, full.name, full.reading, "org")
        out.append(sp)
    return out


# 全国チェーン・ダイエー, 家電量販店・ヤマダ電機, 大手スーパー・イオン: a business set before a name with ・
_BUSINESS = re.compile(r"(?:チェーン|スーパー|スーパーマーケット|百貨店|デパート|量販店|メーカー|商社|会社|企業|店|銀行|証券|"
                       r"航空|通販|小売|小売り|流通|大手|新興)$")


def firms_by_apposition(spans: Sequence[NameSpan], tokens: Sequence[Sequence[Token]]) -> list[NameSpan]:
    """スーパーマーケットの全国チェーン・ダイエー: a name no dictionary types, set after the business
    it is in with ・, is a company, an org wherever the story names it (typed other: nv145's 0789)."""
    firms = set()
    for sp in spans:
        toks = tokens[sp.sentence_index]
        if sp.type == "other" and sp.first >= 2 and toks[sp.first - 1].surface == "・" and \
                _BUSINESS.search(toks[sp.first - 2].surface):
            firms.add(sp.name)
    return [replace(sp, type="org") if sp.type == "other" and sp.name in firms else sp for sp in spans]
