"""The orchestrator: the only module that calls the stages in order.

    ingest -> clean -> segment -> analyze -> names -> vocabulary -> questions -> export

``build_study_set`` makes the :class:`StudySet` (the JSON contract); ``write_outputs`` renders
the deck, the PDFs, the JSON and the classroom formats asked for (Moodle XML, GIFT, QTI,
Kahoot, Quizlet, CSV) from it, all or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

# The analysis stages (analyze, names, vocabulary, questions, the dictionary) are imported
# where they run: reading an article and finding it unchanged needs none of them.
from . import clean, ingest
from .errors import OutputError
from .model import Article, Document, Recordings, StudySet
from .prepare import prepare_article
from .options import Options


@dataclass(frozen=True, slots=True)
class Outputs:
    """Where one article's files were written."""

    folder: Path
    deck: Path | None
    worksheet: Path | None
    answers: Path | None
    vocabulary: Path | None
    json: Path | None
    known: int = 0  # vocabulary items the learner knows, left out of the deck and the handout
    audio: int = 0  # recordings in the deck
    # Classroom formats: format name -> (file, items in it, (item id, reason) of each left out).
    classroom: dict[str, tuple[Path, int, tuple[tuple[str, str], ...]]] = field(default_factory=dict)

    def paths(self) -> list[Path]:
        fixed = [p for p in (self.deck, self.worksheet, self.answers, self.vocabulary, self.json) if p]
        return fixed + [path for path, _, _ in self.classroom.values()]

    def format_summary(self) -> str:
        """Items per classroom format, and how many were left out: ``gift 16, kahoot 13 (3 left
        out)``; empty when none was written."""
        return ", ".join(
            f"{fmt} {count}" + (f" ({len(left)} left out)" if left else "")
            for fmt, (_, count, left) in self.classroom.items())


def build_study_set(source: str | Path, options: Options | None = None, *, data: bytes | None = None,
                    progress: Callable[[str], None] | None = None) -> StudySet:
    """Read one article and make its study set.

    >>> s = build_study_set("examples/us-ukraine-summit.txt")   # doctest: +SKIP
    >>> s.vocabulary[0].lemma                                    # doctest: +SKIP
    '会談'
    """
    options = options or Options()
    step = progress or (lambda _: None)
    if any(n > 0 for n in options.question_counts.values()):
        from . import syntax

        syntax.start_helper()  # the parser loads on the other core while the article is read
    step("ingest")
    doc = ingest.ingest(source, data=data, encoding=options.encoding, max_bytes=options.max_input_bytes,
                         timeout=options.fetch_timeout)
    step("clean")
    return study_set_for(doc, prepare_article(doc), options, progress=progress)


def study_set_for(doc: Document, article: Article, options: Options | None = None, *,
                  progress: Callable[[str], None] | None = None) -> StudySet:
    """The study set of an article already read and prepared (:func:`prepare_article`): a
    batch reads and prepares first, to skip an unchanged article before the costly stages."""
    from . import accent, analyze, domains, name_fragments, name_people, names, questions, syntax, vocabulary
    from .dictionary import default_dictionary
    from .overrides import load_overrides
    from .name_readings import given_name_only, given_name_read, municipal_reading, plausible_reading

    options = options or Options()
    step = progress or (lambda _: None)
    step("analyze")
    # The article's own furigana (<ruby> on the page, 会見(かいけん) or ｜会見《かいけん》 in text).
    dictionary = default_dictionary()
    given = dict(given_name_only(base, reading, dictionary)
                 for base, reading in (*clean.given_readings(doc.readings), *clean.given_readings(doc.text))
                 if plausible_reading(base, reading, dictionary))
    tokens = analyze.with_given_readings(analyze.analyze(article.sentences), given)
    step("vocabulary")
    overrides = load_overrides(options.overrides) if options.overrides is not None else None
    # 諸岡覚(さとる): a bracket after a full name may read the given name only; the names stage
    # reads the whole name (もろおかさとる) and keeps it when it ends in the bracket's reading.
    # 各務原市(かがみがはらし): a town's official reading (かかみがはらし, Japan Post's) wins over the
    # article's bracket (round 51, wikinews-0127)
    spans = [replace(sp, reading=given[sp.name])
             if sp.name in given and not (sp.reading.endswith(given[sp.name]) and len(sp.reading) > len(given[sp.name]))
             and not (sp.type == "place" and municipal_reading(sp.name))
             else given_name_read(sp, tokens[sp.sentence_index], given)
             for sp in names.find_name_spans(article.sentences, tokens, dictionary, overrides)]
    # A run-on list of names (analyze.run_on_lists) gives no names of its own and no words.
    lists = analyze.run_on_lists(tokens)
    elsewhere = {sp.name for sp in spans if sp.sentence_index not in lists}
    name_list = names.collect_names(article.id, name_fragments.listed(
        [sp for sp in spans if sp.sentence_index not in lists or sp.name in elsewhere], tokens))
    name_list = tuple(name_fragments.only_inside_others(
        name_list, "\n".join([article.title, *(s.text for s in article.sentences)])))
    excluded: dict[int, set[int]] = {i: set(range(len(tokens[i]))) for i in lists}
    for sp in spans:
        excluded.setdefault(sp.sentence_index, set()).update(range(sp.first, sp.end))
    for si, at in name_people.surnames_before_titles([n.name for n in name_list if n.type == "person"], tokens).items():
        excluded.setdefault(si, set()).update(at)
    terms = vocabulary.extract_vocabulary(article, tokens, dictionary, options, excluded=excluded,
                                          overrides=overrides, all_words=options.all_words)
    # With --all-words the deck gets every word; questions ask about the short list's key terms.
    asked = vocabulary.list_size(article, options) if options.all_words else len(terms)
    # The parser's helper reads the sentences questions may come from while this process looks
    # up the words' domains and accents, and what the vocabulary items will ask of the dictionary.
    salience = questions.sentence_salience(article, spans, terms[:asked])
    # with the words a cloze may offer as choices, whose vectors filter them (questions.vocab_items)
    parsed = syntax.parse_ahead(questions.sentences_to_parse(article, salience), [t.term for t in terms[:asked]])
    terms = accent.with_accents(domains.with_domains(terms, dictionary))
    questions.look_up_ahead(terms[:asked])
    step("questions")
    qs, dropped = questions.make_questions(article, terms[:asked], name_list, spans, tokens, options,
                                           salience=salience, parses=parsed())
    return StudySet(article, terms, name_list, qs, dropped)


_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def slug_for(study_set: StudySet) -> str:
    """A safe folder name: the source file's stem in ASCII, else the article id.

    No ``..``, separators or characters a file system may refuse, whatever the title held.
    """
    return slug_for_article(study_set.article)


def slug_for_article(article: Article) -> str:
    """:func:`slug_for` of an article; a page's URL gives its last path segment (and query):
    https://example.jp/news/k10014.html -> k10014, /article?id=42 -> article-id-42."""
    from .fetch import is_url, url_stem

    source = article.source
    stem = "" if source == "-" else url_stem(source) if is_url(source) else Path(source).stem
    slug = _SLUG_UNSAFE.sub("-", stem).strip("-._")[:60]
    return slug or f"article-{article.id[:8]}"


def write_outputs(study_set: StudySet, output_dir: str | Path | None = None,
                  options: Options | None = None, *, slug: str | None = None,
                  folder: Path | None = None,
                  progress: Callable[[str], None] | None = None) -> Outputs:
    """Write the deck, the worksheet, the answer key, the vocabulary list, the JSON and the
    classroom formats named in ``options.formats``.

    Everything is rendered to temporary files in the article's folder first and renamed into
    place only when all succeeded: a failed or stopped build (an error, the time limit,
    SIGINT, SIGTERM) leaves the previous good files untouched and no temporary behind. Two
    builds of the same article take turns (``.studygen.lock`` in the folder while one writes).
    ``folder`` puts the files there instead of ``output_dir/slug`` (render writes beside the JSON).
    """
    import os
    import time

    from .export import clear_stale_parts, folder_lock, formats, studyset, temporary_for
    from .limits import shielded

    started = time.time()
    options = options or Options()
    step = progress or (lambda _: None)
    root = Path(output_dir) if output_dir is not None else options.output_dir
    slug = slug or slug_for(study_set)
    folder = Path(folder) if folder is not None else root / slug
    pending: list[tuple[Path, Path]] = []

    def temp_for(final: Path) -> Path:
        with shielded():  # a signal between making the file and listing it would leak it
            tmp = temporary_for(final)
            pending.append((tmp, final))
        return tmp

    deck = worksheet = answers = vocab_pdf = json_path = None
    classroom: dict[str, tuple[Path, int, tuple[tuple[str, str], ...]]] = {}
    wanted = set(options.formats)
    # The worksheet keeps the whole list (a class shares one sheet); the deck and the handout
    # are the learner's own and leave out the words they know.
    personal, known = without_known_words(study_set, options)
    recordings = Recordings()
    try:
        # Another build of this article waits here until this one has renamed its files.
        with folder_lock(folder):
            # Temporaries of a build that was killed (kill -9, a power cut) before it could
            # remove them: ours by name, older than this build.
            clear_stale_parts(folder, _output_names(slug), started)
            try:
                if options.write_pdf and "pdf" in wanted:
                    from .dictionary import default_dictionary
                    from .export import handout
                    from .export import worksheet as ws

                    step("pdf")
                    grades = default_dictionary().kanji_grades
                    readings = _token_readings(study_set) if options.furigana in ("all", "grade") else None
                    worksheet = folder / f"{slug}-worksheet.pdf"
                    temp_for(worksheet).write_bytes(
                        ws.render_worksheet(study_set, options, kanji_grades=grades, token_readings=readings))
                    answers = folder / f"{slug}-answers.pdf"
                    temp_for(answers).write_bytes(
                        ws.render_answer_key(study_set, options, kanji_grades=grades, token_readings=readings))
                    if options.write_handout:
                        vocab_pdf = folder / f"{slug}-vocabulary.pdf"
                        temp_for(vocab_pdf).write_bytes(handout.render_vocabulary_handout(
                            personal, options, kanji_grades=grades, token_readings=readings))
                if options.write_deck and "apkg" in wanted:
                    if options.audio:
                        from . import audio

                        step("audio")
                        recordings = audio.make_recordings([personal], options)
                    step("deck")
                    deck = folder / f"{slug}.apkg"
                    _write_deck_stamped([personal], deck, temp_for(deck), options, recordings)
                if options.write_json and "json" in wanted:
                    step("json")
                    json_path = folder / f"{slug}.json"
                    temp_for(json_path).write_text(studyset.to_json(study_set), encoding="utf-8")
                chosen = [f for f in formats.CLASSROOM_FORMATS if f in wanted]
                if chosen:
                    step("classroom")
                for fmt in chosen:
                    rendered = formats.render_format(study_set, fmt, slug, options)
                    final = folder / rendered.filename
                    temp_for(final).write_bytes(rendered.data)
                    classroom[fmt] = (final, rendered.count, rendered.left_out)
                # All or nothing: no signal and no time limit between the first rename and the last.
                with shielded():
                    for tmp, final in pending:
                        os.chmod(tmp, 0o644)
                        os.replace(tmp, final)
            finally:
                with shielded():
                    for tmp, _ in pending:
                        tmp.unlink(missing_ok=True)
    except OSError as e:
        raise OutputError(str(folder), e.strerror or str(e)) from None
    return Outputs(folder, deck, worksheet, answers, vocab_pdf, json_path, known=known,
                   audio=len(recordings.files()), classroom=classroom)


def _output_names(slug: str) -> tuple[str, ...]:
    """The names of the files an article's build writes into its folder."""
    from .export.formats import CLASSROOM_FORMATS, filename_for

    return (f"{slug}.apkg", f"{slug}-worksheet.pdf", f"{slug}-answers.pdf", f"{slug}-vocabulary.pdf",
            f"{slug}.json", *(filename_for(f, slug) for f in CLASSROOM_FORMATS))


def without_known_words(study_set: StudySet, options: Options) -> tuple[StudySet, int]:
    """The study set without the vocabulary items the learner knows (``options.known``) and
    without the questions on them, and how many items were left out."""
    if options.known is None:
        return study_set, 0
    from .known import load_known_words

    known_words = load_known_words(options.known, options.known_field)
    known_ids = {t.id for t in study_set.vocabulary if known_words.knows(t)}
    if not known_ids:
        return study_set, 0
    return replace(
        study_set,
        vocabulary=tuple(t for t in study_set.vocabulary if t.id not in known_ids),
        questions=tuple(q for q in study_set.questions if q.term_id not in known_ids),
    ), len(known_ids)


def render_study_set(path: str | Path, output_dir: str | Path | None = None,
                     options: Options | None = None,
                     progress: Callable[[str], None] | None = None) -> Outputs:
    """Rebuild every output from an edited study-set JSON (``studygen render``).

    The files go into ``output_dir`` (default: the JSON's own folder) under the JSON's file
    name, so ``output/art/art.json`` edited by hand renders over ``output/art/art.apkg`` and the
    deck is stamped newer than the one before it: re-importing updates the notes. Nothing is
    written when the file has a fault (see :mod:`studygen.export.studyset_reader`).

    >>> render_study_set("output/art/art.json")                 # doctest: +SKIP
    """
    from .export.studyset_reader import load_study_set

    source = Path(path)
    study_set = load_study_set(source)
    folder = Path(output_dir) if output_dir is not None else source.parent
    slug = _SLUG_UNSAFE.sub("-", source.stem).strip("-._")[:60] or slug_for(study_set)
    return write_outputs(study_set, folder.parent, options, slug=slug, folder=folder, progress=progress)


def _token_readings(study_set: StudySet) -> dict[int, list[tuple[str, str | None]]]:
    """Per sentence, each token's surface and hiragana reading, for furigana on the article."""
    from . import analyze

    out: dict[int, list[tuple[str, str | None]]] = {}
    for s, toks in zip(study_set.article.sentences, analyze.analyze(study_set.article.sentences), strict=True):
        out[s.index] = [(t.surface, t.reading or None) for t in toks]
    return out


def _write_deck_stamped(study_sets: list[StudySet], final: Path, tmp: Path, options: Options,
                        recordings: Recordings | None = None) -> None:
    """Write a deck to ``tmp`` stamped newer than the deck now at ``final``.

    Anki applies an update only when the note is newer than the one it has, to the second. The
    last deck's file time is its stamp (set here), so a rebuild in another process within the
    same second still gets a newer stamp.
    """
    import math
    import os
    import time

    from .export import anki

    previous = math.ceil(final.stat().st_mtime) if final.exists() else 0
    stamp = anki.next_stamp(max(time.time(), previous + 1))
    anki.write_deck(study_sets, tmp, options, timestamp=stamp, recordings=recordings)
    os.utime(tmp, (stamp, stamp))


def write_package(study_sets: list[StudySet], path: str | Path, options: Options | None = None) -> Path:
    """Write several articles into one Anki package: one deck per article under the parent deck.

    Notes keep the identity they have in each article's own package, so importing both kinds
    updates the same notes instead of duplicating them.
    """
    import time

    from .export import atomic_path, clear_stale_parts

    options = options or Options()
    final = Path(path)
    if final.is_dir():
        raise OutputError(str(final), "it is a folder; name a .apkg file")
    clear_stale_parts(final.parent, [final.name], time.time())
    study_sets = [without_known_words(s, options)[0] for s in study_sets]
    recordings = Recordings()
    if options.audio:
        from . import audio

        recordings = audio.make_recordings(study_sets, options)  # from the cache, once built
    try:
        with atomic_path(final) as tmp:
            _write_deck_stamped(study_sets, final, tmp, options, recordings)
    except OSError as e:
        raise OutputError(str(final), e.strerror or str(e)) from None
    return final
