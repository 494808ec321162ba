"""What the commands share: the one-line error and exit code 2, the options a command's flags
make, the learner's flags (`build` and `glossary`) and the ARTICLE help line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .options import AUDIO_MODES, Options

EXIT_USER_ERROR = 2


def fail(message: str) -> None:
    click.echo(f"studygen: error: {message}", err=True)
    sys.exit(EXIT_USER_ERROR)


def options_from(**kw) -> Options:
    from .options import question_counts_for

    counts = question_counts_for(kw["questions"]) if kw.get("questions") is not None else None
    opts = Options()
    changes = {
        "output_dir": kw.get("output"), "encoding": kw.get("encoding"), "level": kw.get("level"),
        "max_terms": kw.get("max_terms"), "paper": kw.get("paper"), "furigana": kw.get("furigana"),
        "furigana_grade": kw.get("grade"), "instructions": kw.get("instructions"),
        "overrides": kw.get("overrides"), "max_input_bytes": kw.get("max_bytes"),
        "max_seconds": kw.get("max_seconds"),
        "fetch_timeout": kw.get("timeout"),
        "question_counts": counts,
    }
    opts = opts.replace(**{k: v for k, v in changes.items() if v is not None})
    if kw.get("no_deck"):
        opts = opts.replace(write_deck=False)
    if kw.get("no_pdf"):
        opts = opts.replace(write_pdf=False)
    if kw.get("all_words"):
        opts = opts.replace(all_words=True)
    if kw.get("no_handout"):
        opts = opts.replace(write_handout=False)
    learner = {"audio": kw.get("audio"), "audio_cache": kw.get("audio_cache"),
               "known": kw.get("known"), "known_field": kw.get("known_field")}
    opts = opts.replace(**{k: v for k, v in learner.items() if v is not None})
    if kw.get("accent"):
        opts = opts.replace(accent_on_handout=True)
    if opts.known is not None:
        from .known import load_known_words

        load_known_words(opts.known, opts.known_field)  # a bad file fails once, before any build
    if kw.get("formats"):
        from .export.formats import parse_formats

        opts = opts.replace(formats=parse_formats(kw["formats"]))
    return opts


def learner_options(command):
    """The options for learners that `build` and `glossary` share."""
    for option in reversed([
        click.option("--audio", type=click.Choice(AUDIO_MODES), is_flag=False, flag_value="words",
                     help="Put audio in the deck: --audio (or --audio words) for each word, "
                          "--audio all for its example sentence too. Offline (OpenJTalk), "
                          "encoded by ffmpeg, cached in ~/.cache/studygen/audio."),
        click.option("--audio-cache", type=click.Path(file_okay=False, path_type=Path),
                     help="Folder of the audio cache (default: $XDG_CACHE_HOME/studygen/audio)."),
        click.option("--accent", is_flag=True,
                     help="Draw each word's pitch accent over its reading on the handout "
                          "(the deck always shows it)."),
        click.option("--known", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Leave out the words you know, from the deck and the handout: a text "
                          "file (one word a line) or an Anki collection or package (.apkg, "
                          ".colpkg, .anki2), whose studied (not new) notes give the words."),
        click.option("--known-field", metavar="NAME",
                     help="With an Anki file for --known: the field holding the word "
                          "(default: each note's first field)."),
    ]):
        command = option(command)
    return command


ARTICLE_HELP = ("ARTICLE is a .txt, .md or .html file in UTF-8, UTF-16, Shift_JIS or EUC-JP, an http(s) URL "
                 "of a news page, or - for standard input.")
