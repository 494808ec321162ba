"""The command line: a thin layer over :mod:`studygen.pipeline`.

Every error a user can cause ends as one line on stderr and exit code 2, never a traceback.
Heavy modules (fugashi, WeasyPrint, genanki) load inside the commands, so ``--help`` is fast.
"""

from __future__ import annotations

import signal
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import StudygenError, UsageError
from .cli_options import ARTICLE_HELP, EXIT_USER_ERROR, fail, learner_options, options_from
from .cli_tools import COMMANDS
from .options import FURIGANA_POLICIES, INSTRUCTION_LANGUAGES, PAPER_SIZES, Options


class _Group(click.Group):
    """Turns any StudygenError raised in a command into one line and exit code 2."""

    def invoke(self, ctx: click.Context):
        from .limits import stop_on_signals

        try:
            # SIGINT and SIGTERM become an exception, so every build removes its temporaries.
            with stop_on_signals():
                return super().invoke(ctx)
        except StudygenError as e:
            fail(str(e))
        except KeyboardInterrupt as e:
            signum = getattr(e, "signum", signal.SIGINT)
            click.echo(f"studygen: stopped by {signal.Signals(signum).name}; temporary files were "
                       "removed and files already in place left as they were", err=True)
            sys.exit(128 + signum)  # 130 for Ctrl-C, 143 for SIGTERM


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="studygen")
def cli() -> None:
    """Turn Japanese news articles into study material.

    For each article, `studygen build` writes an Anki deck (.apkg), a printable A4 worksheet
    with an answer key and a vocabulary list (PDF), and a study-set JSON holding every item.

    \b
    Examples:
      studygen build article.txt              # writes output/article/...
      studygen build page.html -o ~/decks     # HTML: the story is extracted from the page
      studygen build https://example.jp/news/k1.html   # a news page, fetched
      studygen build --feed https://example.jp/news.rss --since 2026-03-01
      cat article.txt | studygen build -      # standard input
      studygen inspect article.txt            # show vocabulary, names and questions
      studygen build a.txt --audio --known words.txt   # audio, without the words you know
      studygen glossary output/               # the vocabulary that recurs across builds
      studygen doctor                         # check fonts and dictionaries
    """


@cli.command(epilog=ARTICLE_HELP)
@click.argument("articles", nargs=-1, metavar="ARTICLE...")
@click.option("--feed", "feeds", multiple=True, metavar="URL|FILE",
              help="Also build each article an RSS or Atom feed links to (repeatable).")
@click.option("--since", metavar="DATE", help="With --feed: only entries dated on or after DATE (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1), help="With --feed: at most this many entries of each feed.")
@click.option("--force", is_flag=True,
              help="Build even articles whose folder records the same content and options.")
@click.option("--executor", metavar="dask[=ADDRESS]",
              help="Run the batch on Dask: a local cluster of --jobs workers, or the scheduler at ADDRESS "
                   "(pip install 'studygen[dask]').")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the results; each article gets a subfolder.")
@click.option("--level", type=click.Choice(["beginner", "intermediate", "advanced"]),
              help="Keep vocabulary for this learner level (default: all levels).")
@click.option("--max-terms", type=click.IntRange(1, 200), help="At most this many vocabulary items (default: one per 40 characters, 5 to 40).")
@click.option("--questions", type=click.IntRange(1, 200), help="About this many questions in all (default: 26, two to three pages of exercises).")
@click.option("--furigana", type=click.Choice(FURIGANA_POLICIES), default="grade", show_default=True,
              help="Readings on the worksheet: none; all kanji words; vocabulary items only; or kanji above --grade.")
@click.option("--grade", type=click.IntRange(0, 9), default=6, show_default=True,
              help="With --furigana grade: readings on words with kanji above this school grade (6 = end of elementary school).")
@click.option("--paper", type=click.Choice(PAPER_SIZES, case_sensitive=False), default="A4", show_default=True, help="Page size of the PDFs.")
@click.option("--instructions", type=click.Choice(INSTRUCTION_LANGUAGES), default="both", show_default=True,
              help="Language of the worksheet's instruction lines.")
@click.option("--overrides", type=click.Path(dir_okay=False, path_type=Path),
              help="A CSV or TOML file of reading/meaning corrections (see docs/vocabulary.md).")
@click.option("--encoding", help="The article's text encoding, when detection fails (e.g. cp932, euc-jp).")
@click.option("--max-bytes", type=click.IntRange(1),
              help="Refuse articles (and fetched pages or feeds) larger than this (default: 2,000,000).")
@click.option("--timeout", type=click.FloatRange(0.1, 600), metavar="SECONDS",
              help="Give up a URL's fetch after this long, redirects included (default: 20).")
@click.option("--max-seconds", type=click.FloatRange(0, min_open=True),
              help="Stop an article's build past this many seconds; it fails, the others go on (default: 300).")
@click.option("--package", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every article into this one .apkg (one deck per article).")
@click.option("--all-words", is_flag=True,
              help="Put every content word into the deck, ranked; the worksheet keeps its short list.")
@click.option("--format", "formats", metavar="LIST",
              help="Comma list of outputs: apkg, pdf, json, moodle, gift, qti, kahoot, quizlet, csv, "
                   "or all (default: apkg,pdf,json). Example: --format pdf,moodle,kahoot")
@click.option("--no-deck", is_flag=True, help="Do not write the Anki deck.")
@click.option("--no-pdf", is_flag=True, help="Do not write the PDFs.")
@click.option("--no-handout", is_flag=True,
              help="Write the worksheet and the answer key but not the vocabulary handout PDF.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Build this many articles at once, in separate processes.")
@learner_options
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def build(articles: tuple[str, ...], quiet: bool, jobs: int, package: Path | None,
          feeds: tuple[str, ...], since: str | None, limit: int | None, force: bool,
          executor: str | None, **kw) -> None:
    """Build the deck, worksheets and JSON for each ARTICLE.

    Writes output/<name>/<name>.apkg, <name>-worksheet.pdf, <name>-answers.pdf,
    <name>-vocabulary.pdf and <name>.json; with --format also <name>.moodle.xml, <name>.gift.txt,
    <name>.qti.zip, <name>-kahoot.xlsx, <name>-quizlet.tsv and <name>.csv. Items a format cannot
    hold (Kahoot's length limits, open questions) are left out and listed. Files are replaced
    only when the whole build of that article succeeded. With several articles, a failing one is reported and the others go on;
    the exit code is then 2.
    """
    from . import batch

    options = options_from(**kw).replace(force=force)
    if package and "json" not in options.formats:
        raise UsageError("--package builds the package from each article's JSON: add json to --format.")
    address = _dask_address(executor)
    sources, feed_errors = _sources(articles, feeds, since, limit, options)
    for e in feed_errors:
        click.echo(f"studygen: error: {e}", err=True)
    if not sources:
        if feed_errors:
            sys.exit(EXIT_USER_ERROR)
        if not quiet:
            click.echo("no feed entries to build" + (f" since {since}" if since else ""))
        return
    if address is not None:
        from .dask_batch import build_with_dask

        ctx = click.get_current_context()
        explicit = ctx.get_parameter_source("jobs") != click.core.ParameterSource.DEFAULT
        workers = jobs if explicit else max(2, min(os.cpu_count() or 2, 8))
        results = build_with_dask(sources, options, address=address or None, workers=workers, quiet=quiet)
    else:
        results = batch.build_many(sources, options, jobs=jobs, quiet=quiet)
    failed = [r for r in results if r.error]
    for r in results:
        if r.error:
            click.echo(f"studygen: error: {r.error}", err=True)
        elif not quiet:
            click.echo(f"{r.source}: {r.summary}")
            for p in r.paths:
                click.echo(f"  {p}")
            for line in r.left_out:
                click.echo(f"  left out of {line}")
    unchanged = sum(r.unchanged for r in results)
    if len(results) > 1 and not quiet:
        click.echo(f"{len(results)} articles: {len(results) - len(failed) - unchanged} built, "
                   f"{unchanged} unchanged, {len(failed)} failed")
    built = [r for r in results if not r.error]
    if package and built:
        import json

        from .export.studyset import from_dict
        from .pipeline import write_package

        # Each article's study set is read back from the JSON its build just wrote.
        study_sets = [from_dict(json.loads(next(p for p in r.paths if p.suffix == ".json").read_text("utf-8")))
                      for r in built]
        write_package(study_sets, package, options)
        if not quiet:
            click.echo(f"{len(study_sets)} article(s) in one package:\n  {package}")
    if failed or feed_errors:
        if len(results) > 1 and failed:
            click.echo(f"studygen: {len(failed)} of {len(results)} articles failed", err=True)
        sys.exit(EXIT_USER_ERROR)


def _dask_address(executor: str | None) -> str | None:
    """None: the usual process pool; "": a local Dask cluster; else a scheduler's address."""
    if executor is None:
        return None
    name, _, address = executor.partition("=")
    if name.strip().lower() != "dask":
        raise UsageError(f"--executor {executor}: unknown executor; use dask or dask=ADDRESS "
                         "(e.g. dask=tcp://10.0.0.5:8786).")
    return address.strip()


def _sources(articles: tuple[str, ...], feeds: tuple[str, ...], since: str | None, limit: int | None,
             options: Options) -> tuple[list[str], list[StudygenError]]:
    """The articles named and those the feeds list (each once), and the feeds that failed."""
    if not articles and not feeds:
        raise UsageError("nothing to build: name an ARTICLE (a file, a URL or -) or a --feed.")
    if (since or limit) and not feeds:
        raise UsageError("--since and --limit choose feed entries: add --feed URL.")
    if not feeds:
        return list(articles), []
    from .feeds import feed_sources, parse_since

    urls, errors = feed_sources(list(feeds), max_bytes=options.max_input_bytes,
                                since=parse_since(since) if since else None, limit=limit,
                                timeout=options.fetch_timeout)
    return list(dict.fromkeys([*articles, *urls])), errors


@cli.command()
@click.argument("study_set", metavar="STUDYSET.json", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the files (default: the folder of STUDYSET.json).")
@click.option("--furigana", type=click.Choice(FURIGANA_POLICIES), default="grade", show_default=True,
              help="Readings on the worksheet: none; all kanji words; vocabulary items only; or kanji above --grade.")
@click.option("--grade", type=click.IntRange(0, 9), default=6, show_default=True,
              help="With --furigana grade: readings on words with kanji above this school grade.")
@click.option("--paper", type=click.Choice(PAPER_SIZES, case_sensitive=False), default="A4", show_default=True,
              help="Page size of the PDFs.")
@click.option("--instructions", type=click.Choice(INSTRUCTION_LANGUAGES), default="both", show_default=True,
              help="Language of the worksheet's instruction lines.")
@click.option("--format", "formats", metavar="LIST",
              help="Comma list of outputs: apkg, pdf, json, moodle, gift, qti, kahoot, quizlet, csv, "
                   "or all (default: apkg,pdf,json). Example: --format pdf,moodle")
@click.option("--no-deck", is_flag=True, help="Do not write the Anki deck.")
@click.option("--no-pdf", is_flag=True, help="Do not write the PDFs.")
@click.option("--no-handout", is_flag=True, help="No vocabulary handout PDF.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def render(study_set: Path, output: Path | None, quiet: bool, **kw) -> None:
    """Rebuild the deck, the PDFs and the JSON from an edited STUDYSET.json.

    Remove, reorder or rewrite questions and vocabulary in the JSON (list order is sheet
    order), then render. The file is checked first: a fault is reported as one line naming its
    JSON path (questions[3].choices: the key is not among the choices), and nothing is written.
    Item ids stay as they are, so importing the new deck updates the notes already in Anki.

    \b
    Example:
      studygen render output/article/article.json    # rewrites output/article/*
    """
    from .pipeline import render_study_set

    outputs = render_study_set(study_set, output, options_from(**kw))
    if not quiet:
        click.echo(f"{study_set}: rendered")
        for p in outputs.paths():
            click.echo(f"  {p}")


for _command in COMMANDS:
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point; ``argv`` lets tests call the CLI in-process (and exit as Python does)."""
    if argv is not None:
        cli.main(args=argv, prog_name="studygen")
        return
    try:
        cli.main(prog_name="studygen")
    except SystemExit as e:
        _exit_now(e.code)
    _exit_now(0)


def _exit_now(code: object) -> None:
    """End the command as soon as its work is done: exit handlers run (the parser's helper is
    stopped, temporary files removed), standard output and error are flushed, and the process
    ends without Python freeing its objects one by one. That teardown of WeasyPrint, JMdict and
    the tagger took 0.15-0.3 s after every build (bench/run.py --parser-only). Python's own exit
    is kept when another thread still runs, since it waits for that thread, and for an exit
    code that is not a number (printed by Python)."""
    import atexit
    import threading

    if code is None:
        code = 0
    if not isinstance(code, int) or threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (studygen ... | head): nothing left to say
            pass
    os._exit(code)
