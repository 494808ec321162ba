"""A page's text survives however deep or wide its markup is (studygen/html_tree.py, and the
queries studygen/html_story.py makes of the tree).

libxml2 silently dropped everything past 256 nested elements (the rest of the page with it),
and both libxml2 and trafilatura had steps quadratic in a page's width. Times are measured in
the benchmark (``bench/run.py --shapes``), never asserted here.
"""

from __future__ import annotations

import inspect
import itertools
import re

import lxml.etree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studygen import html_story, html_tree, ingest
from studygen.errors import HtmlTooDeepError

# Story paragraphs, each told apart by its number so that a lost or repeated one shows.
_LINES = (
    "政府は新しい経済対策を発表しました。",
    "専門家は、物価への影響を見極める必要があると指摘しています。",
    "対策には、中小企業の賃上げを支える補助金が含まれています。",
)


def _paragraph(i: int) -> str:
    return f"第{i}段落：{_LINES[i % 3]}"


def _page(body: str) -> bytes:
    return ("<!doctype html><html><head><meta charset=utf-8><title>深い記事</title></head><body>"
            f"<h1>深い記事</h1>{body}</body></html>").encode()


def _chain(depth: int) -> str:
    """Each level a <div> holding one paragraph and the next level (tests/shapes.py's deep_html)."""
    return "".join(f"<div class=d{i % 7}><p>{_paragraph(i)}</p>" for i in range(depth)) + "</div>" * depth


def _innermost(depth: int) -> str:
    """The whole story at the bottom of ``depth`` wrappers, as some site builders nest it."""
    story = "".join(f"<p>{_paragraph(i)}</p>" for i in range(depth // 10))
    return "<section><div>" * (depth // 2) + story + "</div></section>" * (depth // 2)


def _never_closed(depth: int) -> str:
    """<div>s that are never closed, a paragraph in each: the end of the page closes them all."""
    return "".join(f"<div><p>{_paragraph(i)}</p>" for i in range(depth))


def _inline(depth: int) -> str:
    """<span>s within <span>s inside one paragraph: one sentence a level."""
    return "<p>" + "".join(f"<span>{_paragraph(i)}" for i in range(depth)) + "</span>" * depth + "</p>"


LAYOUTS = {"chain": (_chain, 1), "innermost": (_innermost, 10), "never closed": (_never_closed, 1),
           "inline": (_inline, 1)}  # (maker, depth per paragraph)


@pytest.mark.parametrize("depth", [300, 1_000, 5_000])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_deep_page_keeps_all_its_text_in_order(layout: str, depth: int) -> None:
    maker, per_paragraph = LAYOUTS[layout]
    doc = ingest.ingest("deep.html", data=_page(maker(depth)))
    numbers = [int(n) for n in re.findall(r"第(\d+)段落", doc.text)]
    assert numbers == list(range(depth // per_paragraph))
    assert doc.title == "深い記事"


# (markup, max_depth, what flatten_deep_nesting makes of it)
FLATTEN = [
    # Under the limit: the page as it was, byte for byte.
    ("<div><div><p>浅い</p></div></div>", 3, "<div><div><p>浅い</p></div></div>"),
    # One level too deep: the innermost open element closes, and its own end tag goes.
    ("<div><div><p>深い</p>続き</div></div>", 2, "<div><div></div><p>深い</p>続き</div>"),
    ("<b><i><u>あ</u>い</i>う</b>", 2, "<b><i></i><u>あ</u>いう</b>"),
    # What the parser closes on its own does not count: <p> by <p>, <li> by <li>, a cell by the
    # next one, and an end tag closes what is left open inside it.
    ("<p>一" * 6, 2, "<p>一" * 6),
    ("<ul><li>一<li>二<li>三</ul>" * 3, 2, "<ul><li>一<li>二<li>三</ul>" * 3),
    ("<table><tr><td>一<td>二<tr><td>三</table>", 3, "<table><tr><td>一<td>二<tr><td>三</table>"),
    ("<div><p>一<div>二</div></div>", 2, "<div><p>一<div>二</div></div>"),
    # Nor do elements that hold nothing: <br>, <img>, <div/>.
    ("<div><br><img src=a.png><div/>三</div>", 1, "<div><br><img src=a.png><div/>三</div>"),
    # Nor tags inside a comment, a script, a style or an attribute's quotes.
    ("<div><!-- <div><div> --><script>'<div><div>'</script><a title='<b><b>'>リンク</a></div>", 2,
     "<div><!-- <div><div> --><script>'<div><div>'</script><a title='<b><b>'>リンク</a></div>"),
    # <!--> is a whole (empty) comment, as in HTML5: the tags after it count.
    ("<!--><div><div>あ</div></div>", 1, "<!--><div></div><div>あ</div>"),
]


@pytest.mark.parametrize(("html", "max_depth", "flat"), FLATTEN)
def test_flatten_deep_nesting(html: str, max_depth: int, flat: str) -> None:
    assert html_tree.flatten_deep_nesting(html, max_depth) == flat


_TAGS = ("div", "p", "span", "b", "li", "ul", "td", "tr", "table", "section", "a", "br", "img")


def _texts(markup: str) -> list[str]:
    tree = lxml.etree.fromstring(f"<html><body>{markup}</body></html>", lxml.etree.HTMLParser(huge_tree=True))
    return re.findall(r"あ\d+。", "".join(tree.itertext()))


def _depth(markup: str) -> int:
    tree = lxml.etree.fromstring(f"<html><body>{markup}</body></html>", lxml.etree.HTMLParser(huge_tree=True))
    return max(len(list(el.iterancestors())) for el in tree.iter()) - 1  # below <html><body>


@st.composite
def _soup(draw: st.DrawFn) -> str:
    """Markup as pages have it: start and end tags in any order, unclosed ones, stray ones."""
    pieces = draw(st.lists(st.tuples(st.sampled_from(("<{}>", "</{}>", "<{} class='x>y'>", "text")),
                                     st.sampled_from(_TAGS)), max_size=400))
    return "".join(f"あ{i}。" if form == "text" else form.format(tag) for i, (form, tag) in enumerate(pieces))


@settings(max_examples=200, deadline=None)
@given(_soup(), st.integers(1, 12))
def test_flattening_keeps_every_text_in_its_order(html: str, max_depth: int) -> None:
    assert _texts(html_tree.flatten_deep_nesting(html, max_depth)) == _texts(html)


_BLOCKS = st.sampled_from(("div", "section", "article", "span", "b", "blockquote"))
_TREES = st.recursive(
    st.integers(0, 10**6).map(lambda n: f"あ{n}。"),
    lambda inner: st.tuples(_BLOCKS, st.lists(inner, max_size=4)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=300)


@settings(max_examples=200, deadline=None)
@given(_TREES, st.integers(1, 12))
def test_a_well_formed_page_ends_no_deeper_than_the_limit(html: str, max_depth: int) -> None:
    flat = html_tree.flatten_deep_nesting(html, max_depth)
    assert _texts(flat) == _texts(html)
    assert _depth(flat) <= max(max_depth, 1)


def test_a_page_the_count_misses_is_refused_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    # Markup built to fool the count (here: no flattening at all) meets libxml2's own limit of
    # 2,048; the text past it would be lost, so the build stops with one clear line.
    monkeypatch.setattr(html_tree, "flatten_deep_nesting", lambda html: html)
    with pytest.raises(HtmlTooDeepError) as error:
        ingest.ingest("deep.html", data=_page(_chain(3_000)))
    message = str(error.value)
    assert message.startswith("deep.html: ") and "\n" not in message
    assert "256 levels" in message and "2,048" in message and ".txt" in message


def test_our_elements_answer_the_quadratic_xpath_with_the_same_nodes() -> None:
    tree = html_tree.parse_html(
        "<article><p>一<span>二</span>三</p><div>外</div><p><b><i>四</i></b></p>"
        "<p></p><div><p>五<p>六</div></article>", "page.html")
    linear = tree.xpath("//p//text()")  # rewritten by html_tree._LinearXPath
    quadratic = lxml.etree.XPath("//p//text()")(tree)  # libxml2 as written
    assert linear == quadratic == ["一", "二", "三", "四", "五", "六"]


def test_trafilatura_still_asks_the_expression_we_answer() -> None:
    # The rewrite only helps while trafilatura's main extractor asks exactly this; if a new
    # version words it otherwise, the wide-page shape grows quadratic again: look there.
    import trafilatura.main_extractor

    source = inspect.getsource(trafilatura.main_extractor)
    assert all(f'xpath("{path}")' in source for path in html_tree._LINEAR_XPATH)


# html_story's queries of the tree, written to walk it once (see html_story._one_pass); each must
# find what the quadratic form found, in the same order.
_WIDE_TAGS = ("div", "p", "section", "li", "time", "span", "aside")


@st.composite
def _dated_soup(draw: st.DrawFn) -> str:
    """Soup with dates in <time datetime>, in date-classed elements, in comments and in text."""
    kinds = st.sampled_from(("<{}>", "</{}>", "<{} class='date'>", '<time datetime="2026-0{}-01">',
                             "<!-- 2020年1月1日 -->", "2026年{}月3日", "広告", "text"))
    pieces = draw(st.lists(st.tuples(kinds, st.sampled_from(_WIDE_TAGS)), max_size=200))
    return "".join(
        f"あ{i}。" if form == "text" else form.format(tag if "{}" in form and "20" not in form else i % 9 + 1)
        for i, (form, tag) in enumerate(pieces))


@settings(max_examples=200, deadline=None)
@given(_dated_soup(), st.lists(st.sampled_from(_WIDE_TAGS), min_size=1, max_size=4, unique=True))
def test_one_pass_queries_find_what_the_unions_found(html: str, tags: list[str]) -> None:
    tree = html_tree.parse_html(f"<html><body>{html}</body></html>", "page.html")
    assert tree.xpath(html_story._one_pass(*tags)) == tree.xpath("|".join(f"//{tag}" for tag in tags))
    union = tree.xpath("//time/@datetime | //time//text() | //*[contains(@class, 'date') or contains(@id, 'date')"
                       " or contains(@class, 'time') or contains(@class, 'publish')]//text()")
    assert list(itertools.islice(html_story._date_values(tree), 20)) == [str(v) for v in union[:20]]
    for el in tree.iter("div", "p", "li", "section", "aside"):
        texts = [t.strip() for t in el.itertext() if t.strip()]
        labelled = len(texts) >= 2 and bool(html_story._AD_LABEL.match(texts[0])) and sum(map(len, texts)) < 200
        assert html_story._opens_with_ad_label(el) == labelled
