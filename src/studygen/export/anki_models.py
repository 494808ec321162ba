"""The Anki note types of studygen's decks: their fields, card templates, CSS and fixed ids.

Anki recognises a note type by its id. Changing a type's fields or templates makes Anki fork
it into a new type on import, and the learner's old notes stop updating: such a change needs a
new id and a new version in the type's name ("studygen Vocabulary v2" after v1).

* ``studygen Vocabulary v2``: a recognition card (the word; its reading, meaning and sentence
  on the back) and a production card (the meaning and the sentence with a gap; the word);
* ``studygen Facts v1``: a question, its choices, then the answer and where the article says it;
* ``studygen Cloze v1``: a sentence of the article with its answer as ``{{c1::…}}``.

The fields are filled by :mod:`studygen.export.anki_notes`.
"""

from __future__ import annotations

import genanki

__all__ = [
    "CARD_CSS",
    "CLOZE_FIELDS",
    "CLOZE_MODEL",
    "CLOZE_MODEL_ID",
    "FACT_FIELDS",
    "FACT_MODEL",
    "FACT_MODEL_ID",
    "MODELS",
    "VOCAB_FIELDS",
    "VOCAB_MODEL",
    "VOCAB_MODEL_ID",
]

# Fixed for ever: Anki recognises a note type by this id. A change to the fields or templates of a
# type needs a new id and a new version in its name, or learners' notes stop updating.
# "studygen Vocabulary v1" (1_738_290_411) had no Accent, Audio and SentenceAudio fields.
VOCAB_MODEL_ID = 1_738_290_451
FACT_MODEL_ID = 1_738_290_427
CLOZE_MODEL_ID = 1_738_290_433

# Japanese-specific design choices:
# - lang="ja" on every card: without it a phone with a Chinese or English system language draws
#   Chinese glyph forms for unified Han characters (直, 骨, 海 look wrong to a Japanese reader).
# - the font stack lists a Japanese font for each platform before the generic family.
# - line-break: strict keeps small kana (ゃ, っ) and 、。 from starting a line (kinsoku shori).
# - no @import, url(), web fonts or <script>: cards must work offline and leak nothing.
CARD_CSS = """\
.card {
  font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP",
    "Yu Gothic", "YuGothic", "Meiryo", sans-serif;
  font-size: 20px;
  line-height: 1.7;
  text-align: center;
  color: #1f2328;
  background-color: #fbfaf7;
  line-break: strict;
  overflow-wrap: anywhere;
}
.sg { max-width: 36em; margin: 0 auto; padding: 0.5em 0.75em; }
.sg-term { font-size: 2.4em; line-height: 1.5; margin: 0.3em 0; }
.sg-prompt, .sg-question { font-size: 1.2em; margin: 0.4em 0; }
.sg-meaning, .sg-answer { font-size: 1.2em; font-weight: bold; margin: 0.4em 0; }
.sg-gloss-note { display: block; font-size: 0.75em; font-weight: normal; color: #59636e; }
.sg-pos, .sg-level { font-size: 0.8em; color: #59636e; }
.sg-sentence, .sg-explanation, .sg-extra, .sg-cloze { text-align: left; margin: 0.6em 0; }
.sg-sentence b, .cloze { color: #0b6e4f; font-weight: bold; }
.sg-choices { text-align: left; display: inline-block; margin: 0.4em auto; }
.sg-choices ol { margin: 0; padding-left: 1.6em; }
.sg-choices li { margin: 0.2em 0; }
.sg-notes {
  text-align: left; margin-top: 0.8em; padding: 0.4em 0.6em; border-left: 3px solid #d0d7de;
}
.sg-source { margin-top: 1.6em; font-size: 0.7em; color: #6e7781; text-align: center; }
ruby rt { font-size: 0.55em; color: inherit; }
.sg-accent { font-size: 1.1em; margin: 0.1em 0 0.3em; letter-spacing: 0.05em; }
/* Pitch accent: a line over the high morae and a hook down after the kernel (は￣し＼). */
.sg-pitch .sg-h, .sg-pitch .sg-l { display: inline-block; padding: 0 0.02em; line-height: 1.5; }
.sg-pitch .sg-h { border-top: 2px solid currentColor; }
.sg-pitch .sg-drop { border-right: 2px solid currentColor; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 0.8em 0; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3;
  background-color: #1c1f24;
}
.nightMode .sg-sentence b, .night_mode .sg-sentence b, .nightMode .cloze, .night_mode .cloze {
  color: #7ee2b8;
}
.nightMode .sg-pos, .night_mode .sg-pos, .nightMode .sg-level, .night_mode .sg-level,
.nightMode .sg-gloss-note, .night_mode .sg-gloss-note,
.nightMode .sg-source, .night_mode .sg-source { color: #9aa4ae; }
.nightMode hr#answer, .night_mode hr#answer, .nightMode .sg-notes, .night_mode .sg-notes {
  border-color: #3d444d;
}
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .sg { padding: 0.3em 0.4em; }
  .sg-term { font-size: 2em; }
}
"""

_SENTENCE_WITH_FURIGANA = (
    '<div class="sg-sentence">{{#SentenceFurigana}}{{furigana:SentenceFurigana}}'
    "{{/SentenceFurigana}}{{^SentenceFurigana}}{{Sentence}}{{/SentenceFurigana}}</div>"
)
_VOCAB_SOURCE = (
    '<div class="sg-source">{{Source}}'
    '{{#Level}} <span class="sg-level">· {{Level}}</span>{{/Level}}</div>'
)

_ACCENT_AND_AUDIO = (
    '{{#Accent}}<div class="sg-accent">{{Accent}}</div>{{/Accent}}'
    '{{#Audio}}<div class="sg-audio">{{Audio}}</div>{{/Audio}}'
)
_SENTENCE_AUDIO = '{{#SentenceAudio}}<div class="sg-audio">{{SentenceAudio}}</div>{{/SentenceAudio}}'

# Recognition shows the word alone: a reading on the front would answer the card, and so would
# its sound: the audio plays on the back.
_RECOGNITION_FRONT = '<div class="sg" lang="ja"><div class="sg-term">{{Term}}</div></div>'
_RECOGNITION_BACK = (
    '<div class="sg" lang="ja"><div class="sg-term">{{furigana:Furigana}}</div>'
    + _ACCENT_AND_AUDIO
    + '<hr id="answer">'
    '<div class="sg-meaning">{{Meaning}}</div>'
    '{{#PartOfSpeech}}<div class="sg-pos">{{PartOfSpeech}}</div>{{/PartOfSpeech}}'
    + _SENTENCE_WITH_FURIGANA
    + _SENTENCE_AUDIO
    + '{{#Notes}}<div class="sg-notes">{{Notes}}</div>{{/Notes}}'
    + _VOCAB_SOURCE
    + "</div>"
)
# Production: from the meaning and the sentence with a gap, recall the word.
_PRODUCTION_FRONT = (
    '<div class="sg" lang="ja"><div class="sg-prompt">{{Meaning}}</div>'
    '{{#SentenceGap}}<div class="sg-sentence">{{SentenceGap}}</div>{{/SentenceGap}}</div>'
)
_PRODUCTION_BACK = (
    '{{FrontSide}}<div class="sg" lang="ja"><hr id="answer">'
    '<div class="sg-term">{{furigana:Furigana}}</div>'
    + _ACCENT_AND_AUDIO
    + _SENTENCE_WITH_FURIGANA
    + _SENTENCE_AUDIO
    + '{{#Notes}}<div class="sg-notes">{{Notes}}</div>{{/Notes}}'
    + _VOCAB_SOURCE
    + "</div>"
)

VOCAB_FIELDS = (
    "Term", "Reading", "Furigana", "Meaning", "PartOfSpeech", "Sentence", "SentenceFurigana",
    "SentenceGap", "Level", "Source", "Notes", "Accent", "Audio", "SentenceAudio",
)
FACT_FIELDS = ("Question", "Choices", "Answer", "Explanation", "Source")
CLOZE_FIELDS = ("Text", "Extra", "Source")

VOCAB_MODEL = genanki.Model(
    VOCAB_MODEL_ID,
    "studygen Vocabulary v2",
    fields=[{"name": name} for name in VOCAB_FIELDS],
    templates=[
        {"name": "Recognition", "qfmt": _RECOGNITION_FRONT, "afmt": _RECOGNITION_BACK},
        {"name": "Production", "qfmt": _PRODUCTION_FRONT, "afmt": _PRODUCTION_BACK},
    ],
    css=CARD_CSS,
)

FACT_MODEL = genanki.Model(
    FACT_MODEL_ID,
    "studygen Facts v1",
    fields=[{"name": name} for name in FACT_FIELDS],
    templates=[{
        "name": "Question",
        "qfmt": (
            '<div class="sg" lang="ja"><div class="sg-question">{{Question}}</div>'
            '{{#Choices}}<div class="sg-choices">{{Choices}}</div>{{/Choices}}</div>'
        ),
        "afmt": (
            '{{FrontSide}}<div class="sg" lang="ja"><hr id="answer">'
            '<div class="sg-answer">{{Answer}}</div>'
            '{{#Explanation}}<div class="sg-explanation">{{Explanation}}</div>{{/Explanation}}'
            '<div class="sg-source">{{Source}}</div></div>'
        ),
    }],
    css=CARD_CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "studygen Cloze v1",
    fields=[{"name": name} for name in CLOZE_FIELDS],
    templates=[{
        "name": "Cloze",
        "qfmt": '<div class="sg" lang="ja"><div class="sg-cloze">{{cloze:Text}}</div></div>',
        "afmt": (
            '<div class="sg" lang="ja"><div class="sg-cloze">{{cloze:Text}}</div>'
            '<hr id="answer">{{#Extra}}<div class="sg-extra">{{Extra}}</div>{{/Extra}}'
            '<div class="sg-source">{{Source}}</div></div>'
        ),
    }],
    css=CARD_CSS,
    model_type=genanki.Model.CLOZE,
)

MODELS = (VOCAB_MODEL, FACT_MODEL, CLOZE_MODEL)
