"""QTI 1.2 (``<name>.qti.zip``): an IMS content package that Canvas (Settings > Import course
content > QTI .zip file) and other learning platforms that read QTI 1.2 import as a quiz.

The package holds ``imsmanifest.xml`` and one assessment ``<id>/<id>.xml`` titled with the
article's date and title. Why 1.2 and not QTI 2.1: 2.1's XHTML profile has no ``<ruby>``, and
the furigana is what a learner of Japanese needs; 1.2 carries question text as HTML
(``<mattext texttype="text/html">`` in CDATA), so the ruby comes through. Each item's ``ident``
is its item id, so a re-import is recognised as the same questions. The question types are
Canvas's (``question_type`` in the item's metadata):

=================  =====================================================================
item shape          QTI 1.2 (Canvas question type)
=================  =====================================================================
choice              ``response_lid`` + ``render_choice`` (multiple_choice_question)
true_false          the same with ○ / × (true_false_question)
short               ``response_str`` + ``render_fib``, one ``varequal`` per accepted
                    variant (short_answer_question)
cloze               the gap as ``[gap]`` in the text: with choices a drop-down
                    (multiple_dropdowns_question), without a blank
                    (fill_in_multiple_blanks_question)
essay               ``response_str`` without scoring (essay_question)
=================  =====================================================================
"""

from __future__ import annotations

import hashlib
import io
import zipfile

from lxml import etree

from ..model import StudySet
from ..options import Options
from .items import QuizItem, quiz_items, quiz_title

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
# The content-package namespace as Canvas writes it in its own exports (and text2qti does).
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_GAP = "gap"
_CANVAS_TYPES = {
    "choice": "multiple_choice_question", "true_false": "true_false_question",
    "short": "short_answer_question", "essay": "essay_question",
}


def _ident(kind: str, key: str) -> str:
    """An XML-safe identifier that stays the same for the same article (``g`` + hex)."""
    return "g" + hashlib.sha1(f"{kind}\x1f{key}".encode()).hexdigest()[:24]


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", **attrs)
    if text is not None:
        el.text = text
    return el


def _material(parent: etree._Element, html: str | None = None, plain: str | None = None) -> None:
    material = _sub(parent, "material")
    if html is not None:
        _sub(material, "mattext", texttype="text/html").text = etree.CDATA(html) if html else ""
    else:
        _sub(material, "mattext", plain or "", texttype="text/plain")


def _metadata(item_el: etree._Element, fields: dict[str, str]) -> None:
    meta = _sub(_sub(item_el, "itemmetadata"), "qtimetadata")
    for label, entry in fields.items():
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _score(processing: etree._Element, respident: str, values: tuple[str, ...]) -> None:
    for value in values:
        cond = _sub(processing, "respcondition")
        cond.set("continue", "No")  # a keyword in Python, so not passed as one
        _sub(_sub(cond, "conditionvar"), "varequal", value, respident=respident)
        _sub(cond, "setvar", "100", action="Set", varname="SCORE")


def _choice_labels(parent: etree._Element, choices: tuple[str, ...]) -> list[str]:
    render = _sub(parent, "render_choice")
    idents = []
    for i, choice in enumerate(choices, 1):
        ident = f"c{i}"
        label = _sub(render, "response_label", ident=ident)
        _material(label, plain=choice)
        idents.append(ident)
    return idents


def _item(section: etree._Element, item: QuizItem) -> None:
    el = _sub(section, "item", ident=item.id, title=item.name)
    qtype = _CANVAS_TYPES.get(item.shape) or (
        "multiple_dropdowns_question" if item.choices else "fill_in_multiple_blanks_question")
    _metadata(el, {"question_type": qtype,
                   "points_possible": "0.0" if item.shape == "essay" else "1.0",
                   "original_answer_ids": ",".join(f"c{i}" for i in range(1, len(item.choices) + 1))})
    presentation = _sub(el, "presentation")
    if item.shape == "cloze":
        _material(presentation, html=f"<p>{item.before_html}[{_GAP}]{item.after_html}</p>")
    else:
        _material(presentation, html=f"<p>{item.prompt_html}</p>")
    processing = _sub(el, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if item.feedback_html:  # shown whatever the answer (Canvas's "general" feedback)
        shown = _sub(processing, "respcondition")
        shown.set("continue", "Yes")
        _sub(_sub(shown, "conditionvar"), "other")
        _sub(shown, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    if item.shape in ("choice", "true_false") or (item.shape == "cloze" and item.choices):
        respident = f"response_{_GAP}" if item.shape == "cloze" else "response1"
        response = _sub(presentation, "response_lid", ident=respident, rcardinality="Single")
        if item.shape == "cloze":
            _material(response, plain=_GAP)
        idents = _choice_labels(response, item.choices)
        _score(processing, respident, (idents[item.correct or 0],))
    elif item.shape == "cloze":
        # Canvas's blanks are a response_lid whose labels are the accepted answers.
        respident = f"response_{_GAP}"
        response = _sub(presentation, "response_lid", ident=respident, rcardinality="Single")
        _material(response, plain=_GAP)
        idents = _choice_labels(response, item.accepted)
        _score(processing, respident, tuple(idents))
    else:
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        if item.shape == "short":
            _score(processing, "response1", item.accepted)
        else:  # an essay is graded by hand: nothing sets a score
            ended = _sub(processing, "respcondition")
            ended.set("continue", "No")
            _sub(_sub(ended, "conditionvar"), "other")
    if item.feedback_html:
        feedback = _sub(el, "itemfeedback", ident="general_fb")
        _material(_sub(feedback, "flow_mat"), html=f"<p>{item.feedback_html}</p>")


def assessment_xml(study_set: StudySet, items: tuple[QuizItem, ...], ident: str) -> bytes:
    root = etree.Element(f"{{{NS}}}questestinterop", nsmap={None: NS, "xsi": _XSI})
    root.set(f"{{{_XSI}}}schemaLocation", f"{NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd")
    assessment = _sub(root, "assessment", ident=ident, title=quiz_title(study_set.article))
    section = _sub(assessment, "section", ident="root_section")
    for item in items:
        _item(section, item)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def manifest_xml(ident: str, href: str) -> bytes:
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": _XSI},
                         identifier=f"{ident}_manifest")
    root.set(f"{{{_XSI}}}schemaLocation",
             f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd")
    metadata = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "IMS Content"
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.1.3"
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(root, f"{{{CP_NS}}}resources")
    resource = etree.SubElement(resources, f"{{{CP_NS}}}resource", identifier=ident,
                                type="imsqti_xmlv1p2")
    etree.SubElement(resource, f"{{{CP_NS}}}file", href=href)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def render(study_set: StudySet, options: Options | None = None
           ) -> tuple[bytes, int, tuple[tuple[str, str], ...]]:
    """The QTI package (a zip) as bytes, the number of items in it and the (item id, reason)
    of each question left out. The zip's entries carry a fixed date, so the same study set
    gives the same bytes."""
    del options  # nothing to choose: every question that makes an item goes in
    items, left_out = quiz_items(study_set)
    ident = _ident("assessment", study_set.article.id)
    href = f"{ident}/{ident}.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("imsmanifest.xml", manifest_xml(ident, href)),
                           (href, assessment_xml(study_set, items, ident))):
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue(), len(items), left_out
