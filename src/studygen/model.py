"""The data that flows through studygen's pipeline, as frozen dataclasses.

Every stage takes these and returns new ones; nothing is mutated after it is made.
fugashi nodes are copied into :class:`Token` at once, because a node is invalidated by the
tagger's next call (fugashi issue 98).
"""

from __future__ import annotations

from dataclasses import dataclass, field

NAME_TYPES = ("person", "place", "org", "other")
QUESTION_KINDS = (
    "who", "when", "where", "what", "why", "how_many", "who_said", "cloze",
    "true_false", "reading", "meaning", "writing", "discussion",
)
LEVELS = ("beginner", "intermediate", "advanced")


@dataclass(frozen=True, slots=True)
class Document:
    """What ingest read: decoded text, before cleaning.

    ``format`` is ``"text"``, ``"markdown"`` or ``"html"``; for HTML the text is the extracted
    main story, one block per line.
    """

    text: str
    source: str
    format: str = "text"
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    # (word, reading) of every <ruby> on the page (潮見, うしおみ); the text keeps the words only.
    readings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A line of cleaned text: a paragraph, a list item or a heading (decoration removed)."""

    text: str
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article. ``paragraph`` counts from 1; ``heading`` marks a heading line."""

    index: int
    paragraph: int
    text: str
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """The cleaned, segmented article that every later stage reads."""

    id: str
    title: str
    source: str
    published: str | None
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)

    @property
    def source_label(self) -> str:
        """The source to print on a sheet or a card: a URL as it is, a file by its name only.
        Sheets and decks get shared, and a path such as /home/<user>/… says nothing to another
        reader."""
        if not self.source or self.source.startswith(("http://", "https://")):
            return self.source
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        groups: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            groups.setdefault(s.paragraph, []).append(s)
        return tuple(tuple(v) for _, v in sorted(groups.items()))


@dataclass(frozen=True, slots=True)
class Token:
    """A morpheme from fugashi + UniDic, copied out of the node.

    ``reading`` is the hiragana reading of the surface (見送ら -> みおくら); ``lemma_reading`` the
    reading of the dictionary form (みおくる). ``pos`` holds UniDic's four POS levels, with
    ``"*"`` for empty ones. ``start`` is the character offset in the sentence.
    """

    surface: str
    lemma: str
    reading: str
    lemma_reading: str
    pos: tuple[str, str, str, str]
    start: int
    conjugation: str = "*"
    unknown: bool = False
    origin: str = ""  # UniDic goshu: 和 native, 漢 Sino-Japanese, 外 loan, 固 proper, 記号

    @property
    def end(self) -> int:
        return self.start + len(self.surface)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of GiNZA's dependency parse (SudachiPy units, longer than UniDic's: 県域新聞 is two
    words here, 安全保障 one), copied out of spaCy.

    ``head`` is the index of the word it depends on (its own index for the root), ``dep`` the
    Universal Dependencies label (nsubj, obj, obl, advcl, acl, case, aux, mark …), ``tag`` the
    Sudachi POS (動詞-一般, 名詞-普通名詞-サ変可能), ``inflection`` its conjugation type and form
    (五段-カ行,連用形-一般; empty for words that do not conjugate), ``bunsetsu`` the index of the
    bunsetsu it belongs to and ``start`` its offset in the sentence.
    """

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    bunsetsu: int
    inflection: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Parse:
    """One sentence's dependency parse: its words in order (see :class:`Word`)."""

    sentence_index: int
    text: str
    words: tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Term:
    """A vocabulary item.

    ``term`` is the word as it stands in the text, ``lemma`` its dictionary form, ``reading`` the
    hiragana reading of the lemma and ``furigana`` the lemma in Anki's bracket syntax
    (``見送[みおく]る``).
    """

    id: str
    term: str
    lemma: str
    reading: str
    furigana: str
    pos: str
    glosses: tuple[str, ...]
    sentence_index: int
    count: int = 1
    score: float = 0.0
    level: str = "intermediate"
    frequency_band: str = ""  # e.g. "news-top-12k", "common", "rare"
    kanji_grade: int | None = None  # highest KANJIDIC2 grade of its kanji (1-6 elementary, 8 secondary, 9-10 jinmeiyō)
    in_dictionary: bool = True  # False: glossed from its parts
    gloss_note: str = ""  # how a gloss was built, e.g. "融和 harmony + 的 -ic"
    # Pitch accent: the kernel of each accent phrase of the reading as OpenJTalk's dictionary
    # gives it (0 = 平板 heiban, n = the pitch drops after mora n): 箸 (1,), 橋 (2,), 端 (0,).
    # Empty when OpenJTalk reads the word otherwise than ``reading`` (米 こめ for べい).
    accent: tuple[int, ...] = ()
    # JMdict field tags of the senses glossed: 憲法 -> ("law",); most words have none.
    domains: tuple[str, ...] = ()

    @property
    def gloss_note_shown(self) -> str:
        """The note printed under the meaning: how it was built (融和 harmony + 的 -ic), or, when
        the meaning is that very sum of its parts (会談 conversation + 決裂 breakdown), only that
        it is one, so that a card or a handout does not print it twice."""
        note = self.gloss_note.strip()
        if note and note == "; ".join(g for g in self.glosses if g.strip()):
            return "meaning built from its parts"
        return note


@dataclass(frozen=True, slots=True)
class Name:
    """A person, place or organisation named in the article; never a vocabulary item."""

    id: str
    name: str
    reading: str
    type: str  # one of NAME_TYPES
    sentence_index: int
    title: str = ""  # e.g. 大統領 for トランプ大統領
    count: int = 1


@dataclass(frozen=True, slots=True)
class Question:
    """A question with its answer and the sentence the answer comes from.

    For who, when, where, what, why, how_many, who_said and cloze, ``answer`` is a substring of
    sentence ``sentence_index``. ``choices`` is ``None`` or a tuple of distinct strings holding the
    answer once.
    """

    id: str
    kind: str
    prompt: str
    answer: str
    sentence_index: int
    explanation: str
    choices: tuple[str, ...] | None = None
    term_id: str | None = None  # for reading/meaning/writing/cloze items built on a vocabulary term


@dataclass(frozen=True, slots=True)
class StudySet:
    """Everything one article gives: the contract every output is built from."""

    article: Article
    vocabulary: tuple[Term, ...]
    names: tuple[Name, ...]
    questions: tuple[Question, ...]
    dropped: tuple[tuple[str, int], ...] = field(default=())  # (check name, count) of items dropped


@dataclass(frozen=True, slots=True)
class KnownWords:
    """Words a learner knows, read from a list or an Anki collection (see known.py).

    ``words`` holds spellings and dictionary forms (見送る for a line 見送られた); ``readings``
    the lines written in kana only (かいだん), which match a word by its reading.
    """

    words: frozenset[str] = frozenset()
    readings: frozenset[str] = frozenset()
    source: str = ""

    def knows(self, term: Term) -> bool:
        """Whether ``term`` is known: by its dictionary form, its form in the text or its reading."""
        return (term.lemma in self.words or term.term in self.words
                or (bool(term.reading) and term.reading in self.readings))

    def __len__(self) -> int:
        return len(self.words | self.readings)


@dataclass(frozen=True, slots=True)
class Recordings:
    """Audio files for a deck (see audio.py): a word's by (lemma, reading), a sentence's by its
    text. Each file is named by a hash of what it says, so equal audio is one file."""

    words: dict[tuple[str, str], str] = field(default_factory=dict)  # -> file path
    sentences: dict[str, str] = field(default_factory=dict)

    def files(self) -> list[str]:
        return sorted(set(self.words.values()) | set(self.sentences.values()))


@dataclass(frozen=True, slots=True)
class GlossaryExample:
    """One article's use of a glossary word: the article and the sentence the word stands in."""

    article_id: str
    title: str
    published: str | None
    sentence: str
    count: int = 1  # times the word stands in that article


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A word across many articles' study sets (see glossary.py).

    ``term`` is the item as the first article in date order has it: the glossary deck's note
    for the word is that article's note, the same note (same GUID) as in its own deck.
    """

    term: Term
    article_id: str  # the article whose note stands for the word
    articles: int
    occurrences: int
    examples: tuple[GlossaryExample, ...]


@dataclass(frozen=True, slots=True)
class Glossary:
    """The recurring vocabulary of many articles, most recurrent first."""

    entries: tuple[GlossaryEntry, ...]
    study_sets: tuple[StudySet, ...]
    skipped: tuple[str, ...] = ()  # JSON files found that are not study sets
