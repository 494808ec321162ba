"""A web page's markup into an lxml tree that keeps all of its text, at a cost linear in its size.

Two traps of the parser and the extractor are handled here, before :mod:`studygen.ingest` reads
the story out of the tree:

* **Depth.** libxml2 stops at 256 open elements (2,048 with ``huge_tree``) with a fatal error
  that lxml does not raise: everything after the 253rd nested ``<div>`` of a page was silently
  missing, the rest of the page included. Past :data:`MAX_DEPTH` open elements the innermost
  one is therefore closed before a deeper one opens, so that one becomes its sibling, as a
  browser does (Chromium's parser stops nesting at 512): every paragraph keeps its element
  and its place. Should libxml2 still find the page too deep (markup built to defeat the
  count), :class:`~studygen.errors.HtmlTooDeepError` says so; no text is lost without a word.
* **Width.** trafilatura asks whether the story has paragraph text with ``//p//text()``.
  libxml2 evaluates ``//text()`` once per ``<p>`` and merges each answer into the ones before
  it with a duplicate check, O(paragraphs x nodes): 0.3 s for the 10,000 ``<p>`` of 640 KB,
  7.5 s for the 34,000 of 2 MB (the wide-HTML shape), and the half of the extraction's time
  that grew faster than the page. The elements of our tree answer that expression with
  ``/descendant::text()[ancestor::p]``, the same nodes in the same order, found in one walk
  of the tree (0.06 s at 2 MB).
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from .errors import HtmlParseError, HtmlTooDeepError

# Past this many open elements the page is flattened. libxml2's own default: a page it read
# whole before is read exactly as before (real pages nest 20-60 deep, rarely past 150), and
# trafilatura's recursive steps stay far from Python's limit of 1,000 frames. Under
# huge_tree's 2,048 by far, so a count that errs by a few levels still loses nothing.
MAX_DEPTH = 256

# Elements that never hold children: <br>, <img>, <meta> ... (libxml2's list, plus HTML5's).
_VOID = frozenset(
    "area base basefont bgsound br col embed frame hr img input isindex keygen link meta param "
    "source track wbr".split())
# Their content is text to the parser, not tags: "<div>" inside a <script> opens nothing.
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())
# Start tags that close a <p> left open: <p>一段落目<div>… puts the <div> after the paragraph.
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol "
    "p pre section summary table tbody td tfoot th thead tr ul".split())
# What a start tag closes when it is the innermost open element, as the parser does: a <p>
# left open by the next <p> or <div>, <li> by <li>, a table's cell by the next cell or row.
# Without this, a long page of unclosed <p> would look thousands of levels deep.
_CLOSES: dict[str, frozenset[str]] = {
    **{name: frozenset({"p"}) for name in _BLOCK},
    "li": frozenset({"li", "p"}), "dt": frozenset({"dt", "dd", "p"}),
    "dd": frozenset({"dt", "dd", "p"}), "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}), "th": frozenset({"td", "th"}), "option": frozenset({"option"}),
    "tbody": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
    "thead": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
    "tfoot": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
}
# An end tag closes the elements left open inside its own only if none of them ranks higher
# (libxml2's htmlEndPriority): </div> closes an open <b> or <li>, not a <td>; </span> closes
# no <div>. Every other element ranks 100.
_END_PRIORITY = {"div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180,
                 "tfoot": 180, "table": 190, "head": 200, "body": 200, "html": 220}
# How far down the open elements an end tag looks for its own; libxml2 looks at most 2,048
# deep. Past it, the end tag is left to the parser, which keeps the count from growing
# quadratic on thousands of stray end tags.
_END_TAG_REACH = 2 * MAX_DEPTH
# A comment (<!--> and <!---> are empty ones, and --!> ends one, as in HTML5 and libxml2), a
# doctype or processing instruction, or a tag: <div class="a>b">. A quote opens an attribute
# value only after '=' (HTML's rule); one left open runs to the end of the page, so every
# match ends and the scan stays linear.
_TOKEN = re.compile(
    r"""<!--(?:-?>|.*?(?:--!?>|\Z))|<[!?][^>]*>?"""
    r"""|<(/?)([A-Za-z][^\t\n\f\r />]*)((?:[^"'>=]+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|=|["'])*)(?:>|\Z)""",
    re.DOTALL)
# <plaintext> has no end: the rest of the page is its text.
_RAW_END = {name: re.compile(f"</{name}" if name != "plaintext" else r"\Z", re.IGNORECASE)
            for name in _RAW_TEXT}


def flatten_deep_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with no element nested deeper than ``max_depth``: the innermost open element is
    closed before a deeper one opens, so that one becomes its sibling, as a browser does (all
    text kept, in its order). A page under the limit comes back unchanged.

    >>> flatten_deep_nesting("<div><div><p>深い</p>続き</div></div>", max_depth=2)
    '<div><div></div><p>深い</p>続き</div>'
    """
    if html.count("<") <= max_depth:  # too few tags to be that deep
        return html
    # The elements the parser will hold open, the innermost last: (name, open). An element
    # closed early to make room stays here, not open, so that its own end tag can be dropped.
    elements: list[tuple[str, bool]] = []
    count: dict[str, int] = {}  # name -> entries in elements
    depth = 0  # entries still open
    out: list[str] = []
    done = 0  # html[:done] is in out
    pos = 0
    while (m := _TOKEN.search(html, pos)) is not None:
        pos = m.end()
        end_tag, name, attributes = m.group(1), m.group(2), m.group(3)
        if name is None:  # a comment or a doctype
            continue
        name = name.lower()
        if end_tag:
            if not _closes_something(elements, count, name):
                continue  # the parser ignores it too
            closed: list[str] = []
            while True:  # </ul> also closes the <li> left open inside it
                inner, is_open = elements.pop()
                count[inner] -= 1
                depth -= is_open
                if inner == name:
                    break
                if is_open:
                    closed.append(inner)
            if is_open:
                continue  # the parser closes those inner ones itself
            # Its element was closed early: drop its end tag, which would close an outer
            # element instead, but close what is still open inside it, as it would have.
            replacement = "".join(f"</{inner}>" for inner in closed)
        else:
            closes = _CLOSES.get(name)
            while closes and elements and elements[-1][1] and elements[-1][0] in closes:
                count[elements.pop()[0]] -= 1
                depth -= 1
            if name in _RAW_TEXT:  # no tags inside: skip to its end tag
                end = _RAW_END[name].search(html, pos)
                pos = end.start() if end else len(html)
                continue
            if name in _VOID or attributes.endswith("/"):  # <br>, <div/>: nothing opens
                continue
            replacement = None
            if depth >= max_depth:
                # Close the innermost open element (always the last entry then: anything
                # pushed after it found the page this deep and closed it).
                i = len(elements) - 1
                while not elements[i][1]:
                    i -= 1
                elements[i] = (elements[i][0], False)
                depth -= 1
                replacement = f"</{elements[i][0]}>" + m.group(0)
            elements.append((name, True))
            count[name] = count.get(name, 0) + 1
            depth += 1
            if replacement is None:
                continue
        out += (html[done:m.start()], replacement)
        done = m.end()
    if not out:
        return html
    out.append(html[done:])
    return "".join(out)


def _closes_something(elements: list[tuple[str, bool]], count: dict[str, int], name: str) -> bool:
    """Whether the parser lets this end tag close an element (see _END_PRIORITY)."""
    if not count.get(name):
        return False
    priority = _END_PRIORITY.get(name, 100)
    i = len(elements) - 1
    stop = max(-1, i - _END_TAG_REACH)
    while i > stop:  # the innermost first; in a well-formed page the first is its own
        inner, is_open = elements[i]
        if inner == name:
            return True
        if is_open and _END_PRIORITY.get(inner, 100) > priority:
            return False
        i -= 1
    return False


# Expressions libxml2 answers in quadratic time, and their linear equivalents (same nodes, same
# document order). trafilatura's main extractor asks the first of each tree it reads.
_LINEAR_XPATH = {"//p//text()": "/descendant::text()[ancestor::p]"}


class _LinearXPath:
    def xpath(self, _path: str, **kwargs: Any) -> Any:
        return super().xpath(_LINEAR_XPATH.get(_path, _path), **kwargs)  # type: ignore[misc]


class _HtmlElement(_LinearXPath, lxml.html.HtmlElement):
    pass


class _ElementLookup(lxml.html.HtmlElementClassLookup):
    """lxml.html's classes (forms, inputs, labels) with :class:`_LinearXPath` mixed in, and
    :class:`_HtmlElement` for every other element (lxml.html's '*' mixin covers only its own)."""

    def __init__(self) -> None:
        super().__init__(mixins=[("*", _LinearXPath)])

    def lookup(self, node_type, document, namespace, name):  # noqa: ANN001, ANN201 (lxml's API)
        if node_type == "element":
            return self._element_classes.get(name.lower(), _HtmlElement)
        return super().lookup(node_type, document, namespace, name)


_LOOKUP = _ElementLookup()


def parse_html(html: str, source: str) -> lxml.html.HtmlElement:
    """Parse a page into a tree that holds all of its text; raise HtmlTooDeepError (or
    HtmlParseError) where libxml2 would drop some.

    A page nested deeper than :data:`MAX_DEPTH` is flattened (:func:`flatten_deep_nesting`) and
    parsed again. Raises lxml's ParserError or ValueError for a document with nothing to parse.

    >>> tree = parse_html("<div>" * 3000 + "深い段落" + "</div>" * 3000, "page.html")
    >>> tree.text_content(), max(len(list(e.iterancestors())) for e in tree.iter())
    ('深い段落', 257)

    (<html> and <body>, which the parser adds, and 256 <div>s.)
    """
    tree, fatal = _parse(html)
    if fatal is not None or _TOO_DEEP(tree):
        tree, fatal = _parse(flatten_deep_nesting(html))
    if fatal is None:
        return tree
    if "depth" in fatal.message:  # "Excessive depth in document: 2048, use XML_PARSE_HUGE"
        raise HtmlTooDeepError(source, MAX_DEPTH)
    raise HtmlParseError(source, fatal.message.strip())


# True when an element has MAX_DEPTH elements above it (one pass, 0.03 s for 2 MB).
_TOO_DEEP = lxml.etree.XPath(f"boolean(/descendant::*[ancestor::*[{MAX_DEPTH}]])")


def _parse(html: str) -> tuple[lxml.html.HtmlElement, Any]:
    """The tree, and libxml2's first fatal error or None. On a fatal error lxml returns the
    tree built so far without a word: the rest of the page is missing."""
    # A parser per page: its error log is read after the parse, and threads may parse at once.
    # huge_tree raises libxml2's depth limit from 256 to 2,048 (and lifts its 10 MB limit on
    # one text node, which the input limit keeps far away by default).
    parser = lxml.html.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(_LOOKUP)
    tree = lxml.html.document_fromstring(html, parser=parser)
    fatal = parser.error_log.filter_from_level(lxml.etree.ErrorLevels.FATAL)
    return tree, (fatal[0] if fatal else None)
