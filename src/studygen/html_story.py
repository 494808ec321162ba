"""The story of an HTML page: its main text (one block a line), headline, date and the readings
its <ruby> gives, read with trafilatura from the tree :mod:`studygen.html_tree` parses.

Menus, ads, sidebars and comments are dropped. NHK NEWS WEB EASY marks every kanji word with
<ruby>: the <rt> readings are collected and removed, so 日本<rt>にっぽん</rt> gives 日本 and
never 日本にっぽん. Every query of the tree walks it once: a page of tens of thousands of
elements costs in proportion to its size (see :func:`_one_pass`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

# XHTML starts with <?xml version="1.0" encoding="Shift_JIS"?>; lxml refuses an encoding
# declaration in text it is given already decoded (ValueError), so it goes before parsing.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# `<!DOCTYPE x [<!ENTITY ...>]>`: the HTML parser keeps the subset's closing "]>" as text.
_DOCTYPE_DEBRIS = re.compile(r"\A\s*\]>\s*")
_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _dateline(tree) -> str | None:
    """A date in <time datetime> or in an element whose class or id names a date
    (<p class="article-main__date">2026年7月15日 11時30分</p>), as news pages mark datelines."""
    for value in itertools.islice(_date_values(tree), 20):
        iso = _iso_date(value)
        if iso:
            return iso
    return None


_DATE_ELEMENT = ("self::time or contains(@class, 'date') or contains(@id, 'date')"
                 " or contains(@class, 'time') or contains(@class, 'publish')")


def _date_values(tree) -> Iterator[str]:
    """The <time datetime> values and the texts inside <time> and date elements, in document
    order, read only as far as they are wanted.

    Not "//time/@datetime | //time//text() | //*[...]//text()": libxml2 merges the texts of
    each element into those before it with a duplicate check, quadratic on a page listing
    thousands of dated items, and the first 20 values are all the caller reads.
    """
    import lxml.etree

    outer = None
    for el in tree.xpath(f"/descendant::*[{_DATE_ELEMENT}]"):  # see _one_pass
        if outer is not None and any(a is outer for a in el.iterancestors()):
            continue  # inside an element read already: <div class="date"><time>
        outer = el
        for event, node in lxml.etree.iterwalk(el, events=("start", "end", "comment", "pi")):
            if event == "start":
                if node.tag == "time" and node.get("datetime"):
                    yield node.get("datetime")
                if node.text:
                    yield node.text
            elif node is not el and node.tail:  # after an element, or a comment: not its text
                yield node.tail


# class or id tokens of advertising blocks: ad-top, inline-ad, ads, pr-box, sponsored, promo.
_AD_TOKEN = re.compile(r"(?:ad|ads|adv|advert\w*|pr|sponsor\w*|promo\w*)(?:[-_]\w+)*|\w+(?:[-_]\w+)*[-_](?:ad|ads|pr|sponsor\w*|promo\w*)",
                       re.IGNORECASE)
_AD_LABEL = re.compile(r"^[\[【(（]?(?:広告|PR|AD|スポンサーリンク|Sponsored|プロモーション)[\]】)）]?$", re.IGNORECASE)


def _drop_ads(tree) -> None:
    """Remove advertising blocks, even inside <article>: by class or id (<div class="inline-ad">),
    or a short block that opens with its label (<div><span>広告</span><p>冬のボーナスで…</p></div>)."""
    for el in tree.xpath("/descendant::*[@class or @id]"):  # see _one_pass
        tokens = f"{el.get('class', '')} {el.get('id', '')}".split()
        if any(_AD_TOKEN.fullmatch(t) for t in tokens) and el.getparent() is not None:
            el.drop_tree()
    for el in tree.xpath(_one_pass("div", "aside", "section", "li", "p")):
        if _opens_with_ad_label(el) and el.getparent() is not None:
            el.drop_tree()


def _opens_with_ad_label(el) -> bool:
    """Two texts or more, under 200 characters in all, the first an ad label. Reads no further
    than it must: the outer <div>s of a page 256 deep each hold the whole story."""
    texts = 0
    length = 0
    for text in el.itertext():
        text = text.strip()
        if not text:
            continue
        if not texts and not _AD_LABEL.match(text):
            return False
        texts += 1
        length += len(text)
        if length >= 200:
            return False
    return texts >= 2


def _one_pass(*tags: str) -> str:
    """An XPath for every element of these tags, in one pass over the tree in document order.

    Two ways to write it are quadratic in libxml2. A union ("//div|//p") checks each node of
    one side against every node of the other: 30,000 <div> and 30,000 <p> took 2.9 s. And
    "//*[...]" collects each element's children in turn, which is not document order, then
    sorts them, comparing nodes by walking along their siblings: 0.65 s for the 22,000 blocks
    of a 1 MB list of articles. "/descendant::*[...]" walks the tree once, in order: 0.04 s.

    >>> _one_pass("rt", "rp")
    '/descendant::*[self::rt or self::rp]'
    """
    return "/descendant::*[" + " or ".join(f"self::{tag}" for tag in tags) + "]"


def _ruby_readings(tree) -> tuple[tuple[str, str], ...]:
    """(word, reading) for every <ruby> of the page: <ruby>潮見<rt>うしおみ</rt></ruby>, also with
    <rb> and <rp>; :func:`studygen.clean.given_readings` decides which are used."""
    pairs = []
    for ruby in tree.xpath("//ruby"):
        reading = "".join("".join(rt.itertext()) for rt in ruby.xpath(".//rt")).strip()
        base = "".join(str(t) for t in ruby.xpath("./text() | ./rb//text()")).strip()
        if base and reading:
            pairs.append((base, reading))
    return tuple(pairs)


def _text(el) -> str:
    # Line breaks and runs of spaces in the markup become one space; a full-width space
    # between a headline's two parts (暑い日が続く　熱中症に気をつけて) stays.
    return re.sub(r"[ \t\r\n\f\v]+", " ", el.text_content()).strip()


def _headline(tree) -> str | None:
    """The story's <h1>: one inside <article> or <main> first, then any that is not the site's
    logo. Portals put their name in an <h1> of the page header (<h1 class="logo"><a href="/">
    ミナトナビ</a></h1>) before the story's own."""
    candidates = [h for h in tree.xpath("/descendant::h1[ancestor::article or ancestor::main]") if _text(h)]
    seen = set(candidates)  # "h in candidates" is a pass over the list for each <h1>
    for h in tree.xpath("//h1"):
        if h in seen or not _text(h):
            continue
        names = " ".join(h.xpath("(self::* | parent::*)/@class | (self::* | parent::*)/@id")).lower()
        in_furniture = h.xpath("ancestor::header[not(ancestor::article)] | ancestor::nav")
        home_link = h.xpath(".//a[@href='/' or @href='./' or @href='index.html']")
        if not (re.search(r"logo|brand|site", names) or in_furniture or home_link):
            candidates.append(h)
    return _text(candidates[0]) if candidates else None


def _date_near(tree, headline: str | None) -> str | None:
    """A full date written as plain text just under (or just above) the headline, as many
    pages print their dateline: <h1>…</h1><p>2026年11月3日 15時20分</p>."""
    if not headline:
        return None
    for h in tree.xpath("//h1"):
        if _text(h) != headline:
            continue
        near = [*h.xpath("following::text()[normalize-space()][position() <= 8]"),
                *h.xpath("preceding::text()[normalize-space()][position() <= 3]")]
        for value in near:
            iso = _iso_date(str(value))
            if iso:
                return iso
    return None


def extract_html(html: str, source: str = "the page") -> tuple[str, str | None, str | None, tuple[tuple[str, str], ...]]:
    """The main story of an HTML page as text (one block a line), its title, its date and the
    readings its <ruby> gives; ``source`` names the page in an error."""
    import lxml.etree
    import trafilatura

    from .html_tree import parse_html

    # lxml refuses text nodes with NUL, other control characters or lone surrogates
    # (ValueError); clean would drop them anyway.
    html = _XML_DECLARATION.sub("", _NOT_XML_TEXT.sub("", html))
    try:
        tree = parse_html(html, source)  # all of its text, however deep (html_tree.py)
    except (lxml.etree.ParserError, ValueError):  # an empty or broken document
        return "", None, None, ()
    readings = _ruby_readings(tree)
    # Ruby readings (<rt>) and their fallback brackets (<rp>) are not part of the text.
    for el in tree.xpath(_one_pass("rt", "rp")):
        el.drop_tree()
    # Then the <ruby> and <rb> wrappers go, leaving their text in its line (trafilatura may
    # otherwise put each ruby word on a line of its own: 日本\nの\n首相).
    for el in tree.xpath(_one_pass("ruby", "rb")):
        el.drop_tag()
    # Nothing of the page but its text is kept: no element, attribute or URL (img src,
    # CSS url(), <link>, <iframe>, javascript: links) reaches a later stage, and nothing is
    # fetched. A DOCTYPE's internal subset is never expanded; drop what lxml left of it.
    for el in tree.xpath(_one_pass("script", "style", "noscript", "template", "iframe", "object", "embed",
                                   "svg", "math")):
        el.drop_tree()
    _drop_ads(tree)
    h1 = _headline(tree)
    from trafilatura.deduplication import LRUCache

    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
        # Repeated segments are dropped within this page only: trafilatura's default cache
        # lives as long as the process, so the fourth build of one page in a batch or a
        # server lost its whole story to "duplicates" of the three builds before.
        deduplicate=LRUCache(maxsize=4096),
        # The date from the page's metadata and markup only: the extensive search runs
        # htmldate's text heuristics through dateparser (about 1.2 s and 50 MB on a process's
        # first page); a dateline element is read below, a date in the lead by the pipeline.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = ""
    title = date = None
    if doc is not None:
        text = doc.text or ""
        title = doc.title
        date = doc.date
    if not date:
        date = _dateline(tree) or _date_near(tree, h1)
    if not text.strip():
        # A page too short for trafilatura's heuristics: the body without page furniture.
        for el in tree.xpath(_one_pass("script", "style", "nav", "header", "footer", "aside", "form", "noscript")):
            el.drop_tree()
        body = tree.find("body")
        text = body.text_content() if body is not None else tree.text_content()
    title = h1 or title
    text = _DOCTYPE_DEBRIS.sub("", text)
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    return text, title, _iso_date(date), readings
