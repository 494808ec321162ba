"""The vocabulary handout (語彙リスト) as a PDF: each word with its reading, meaning and the
article sentence it comes from, then the people, places and organisations the article names.

The example sentences get furigana following ``options.furigana``
(:mod:`studygen.export.furigana_policy`); the page, the templates and WeasyPrint are
:mod:`studygen.export.pdf`'s.
"""

from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from studygen.accent import accent_html
from studygen.export.furigana_policy import Annotator, TokenReadings
from studygen.export.pdf import page_context, printed_gloss, render_html, write_pdf
from studygen.furigana import has_kanji, to_ruby_html
from studygen.model import StudySet
from studygen.options import Options

__all__ = ["render_vocabulary_handout", "vocabulary_html"]

_NAME_TYPES = {
    "person": ("人名", "person"), "place": ("地名", "place"),
    "org": ("組織名", "organisation"), "other": ("その他", "other"),
}


def _short_list(study_set: StudySet, options: Options):
    """The handout's words: with ``all_words`` the study set holds every word (for the deck), and a
    printed list keeps the short list a class shares."""
    if not options.all_words:
        return study_set.vocabulary
    from ..vocabulary import list_size

    return study_set.vocabulary[:list_size(study_set.article, options)]


def vocabulary_html(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> str:
    """The vocabulary handout as HTML, before WeasyPrint."""
    annotate = Annotator(study_set, options, kanji_grades, token_readings)
    sentences = {s.index: s for s in study_set.article.sentences}
    rows = []
    for term in _short_list(study_set, options):
        sentence = sentences.get(term.sentence_index)
        example = (annotate(sentence.index, sentence.text, mark=term.term)
                   if sentence else Markup(""))
        rows.append({
            "word": Markup(to_ruby_html(term.lemma, term.reading)),
            "as_written": term.term if term.term != term.lemma else "",
            "reading": term.reading,
            # With --accent: the reading with its pitch pattern drawn over it (は￣し＼).
            "accent": Markup(accent_html(term.reading, term.accent, "pa"))
            if options.accent_on_handout else "",
            "meaning": printed_gloss(term),
            "note": term.gloss_note_shown,
            "example": example,
        })
    names = [
        # ワシントン reads as written; only names with kanji (山田) need their reading printed.
        {"name": n.name, "title": n.title, "reading": n.reading,
         "needs_reading": has_kanji(n.name),
         "type_ja": _NAME_TYPES.get(n.type, _NAME_TYPES["other"])[0],
         "type_en": _NAME_TYPES.get(n.type, _NAME_TYPES["other"])[1]}
        for n in study_set.names
    ]
    return render_html("vocabulary.html", {
        **page_context(study_set, options, "vocabulary"), "terms": rows, "names": names,
    })


def render_vocabulary_handout(
    study_set: StudySet, options: Options, *, kanji_grades: Mapping[str, int] | None = None,
    token_readings: TokenReadings | None = None,
) -> bytes:
    """The vocabulary handout (語彙リスト) as PDF bytes: each term with its reading, meaning and
    the article sentence it comes from (furigana there following ``options.furigana``), then
    the people and places named.

    >>> pdf = render_vocabulary_handout(study_set, Options(furigana="none"))
    """
    html = vocabulary_html(study_set, options, kanji_grades=kanji_grades,
                           token_readings=token_readings)
    return write_pdf(html, options.paper)
