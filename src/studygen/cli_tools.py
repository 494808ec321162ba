"""The commands besides `build` and `render`: inspect an article, serve the review page, gather
a glossary across builds, check the machine (doctor). Registered on the group in :mod:`.cli`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .cli_options import ARTICLE_HELP, EXIT_USER_ERROR, learner_options, options_from
from .options import INSTRUCTION_LANGUAGES, PAPER_SIZES

@click.command(epilog=ARTICLE_HELP)
@click.argument("article", metavar="ARTICLE")
@click.option("--encoding", help="The article's text encoding, when detection fails.")
@click.option("--level", type=click.Choice(["beginner", "intermediate", "advanced"]), help="Vocabulary level filter.")
@click.option("--json", "as_json", is_flag=True, help="Print the study-set JSON instead of tables.")
def inspect(article: str, encoding: str | None, level: str | None, as_json: bool) -> None:
    """Show the vocabulary, names and questions for ARTICLE, without writing files."""
    from .pipeline import build_study_set

    study_set = build_study_set(article, options_from(encoding=encoding, level=level))
    if as_json:
        from .export.studyset import to_json

        click.echo(to_json(study_set), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    a = study_set.article
    console.print(f"[bold]{a.title}[/]  ({a.published or 'undated'}, {len(a.sentences)} sentences, id {a.id})")
    cut = [x for x in a.sentences if x.cut]
    if cut:
        from .segment import MAX_SENTENCE_CHARS

        console.print(f"{len(cut)} sentences are pieces of sentences over {MAX_SENTENCE_CHARS} characters, "
                      f"cut at 、, a bracket or a space (first: sentence {cut[0].index}, paragraph "
                      f"{cut[0].paragraph})", markup=False)
    t = Table(title=f"Vocabulary ({len(study_set.vocabulary)})")
    for col in ("word", "reading", "as written", "pos", "level", "meaning"):
        t.add_column(col)
    for v in study_set.vocabulary:
        t.add_row(v.lemma, v.reading, v.term, v.pos, v.level, "; ".join(v.glosses)[:60])
    console.print(t)
    t = Table(title=f"Names ({len(study_set.names)})")
    for col in ("name", "reading", "type", "title", "count"):
        t.add_column(col)
    for n in study_set.names:
        t.add_row(n.name, n.reading, n.type, n.title, str(n.count))
    console.print(t)
    t = Table(title=f"Questions ({len(study_set.questions)})")
    for col in ("kind", "question", "answer", "choices"):
        t.add_column(col)
    for q in study_set.questions:
        t.add_row(q.kind, q.prompt, q.answer, " / ".join(q.choices) if q.choices else "")
    console.print(t)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this computer (127.0.0.1) needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=Path("studygen-data"),
              show_default=True, help="Folder for the sets (a SQLite file) and their files.")
@click.option("--token", help="Require this token from the browser (one is made up and printed when "
              "--host is not 127.0.0.1 and none is given).")
@click.option("--max-bytes", type=click.IntRange(1), help="Refuse articles larger than this (default: 2,000,000).")
def serve(host: str, port: int, data: Path, token: str | None, max_bytes: int | None) -> None:
    """Open the review page: start a set from an article, fix it, download the files.

    A small web application for one teacher on their own computer: upload or paste an article,
    drop, edit and reorder questions and words, watch the worksheet preview, then download the
    PDFs, the deck and the JSON. Sets are kept in --data and survive a restart.

    \b
    Example:
      studygen serve            # then open http://127.0.0.1:8000/
    """
    import secrets

    import uvicorn

    from .web.app import create_app
    from .web.security import is_loopback

    import socket

    from .errors import UsageError

    # A port already taken ends as one line and exit 2 here, not as uvicorn's log and exit 1.
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as e:
        raise UsageError(f"cannot listen on {host}:{port} ({e.strerror or e}). "
                         "Choose another port with --port, or another address with --host.") from None
    loopback = is_loopback(host)
    if not loopback and not token:
        token = secrets.token_urlsafe(16)
    app = create_app(data, token=token, loopback_only=loopback, max_bytes=max_bytes)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    click.echo(f"studygen: the review page is at {url}  (data in {data}; Ctrl+C stops it)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@click.argument("folders", nargs=-1, required=True, metavar="DIR...",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output") / "glossary", show_default=True,
              help="Folder for glossary.json, glossary.csv, glossary.pdf and glossary.apkg.")
@click.option("--paper", type=click.Choice(PAPER_SIZES, case_sensitive=False), default="A4",
              show_default=True, help="Page size of the PDF.")
@click.option("--instructions", type=click.Choice(INSTRUCTION_LANGUAGES), default="both",
              show_default=True, help="Language of the PDF's headings.")
@learner_options
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def glossary(folders: tuple[Path, ...], output: Path, quiet: bool, **kw) -> None:
    """The vocabulary that recurs across articles, from the study sets under each DIR.

    Reads every study-set JSON found under the folders (at any depth: the .json files
    `studygen build` wrote) and writes every word with how many articles and times it appears
    and its example sentence from each, the most recurrent first: glossary.json, glossary.csv,
    a printable glossary.pdf and glossary.apkg, whose notes are the same notes as in the
    articles' own decks (importing both never duplicates a note). Pass --audio if the articles'
    decks had audio, so that the shared notes keep it.
    """
    from .export.glossary import write_glossary
    from .glossary import build_glossary, load_glossary
    from .pipeline import without_known_words

    options = options_from(output=None, **kw)
    result = load_glossary(folders)
    if options.known is not None:
        result = build_glossary([without_known_words(s, options)[0] for s in result.study_sets],
                                result.skipped)
    paths = write_glossary(result, output, options)
    if not quiet:
        recurring = sum(1 for e in result.entries if e.articles > 1)
        click.echo(f"{len(result.entries)} words from {len(result.study_sets)} articles, "
                   f"{recurring} in more than one")
        for p in paths:
            click.echo(f"  {p}")


@click.command()
def doctor() -> None:
    """Report the Japanese font, HarfBuzz subsetting and dictionary versions in use.

    The PDFs need a Japanese font (else every kanji is an empty box) and run 10 to 20 times
    faster with HarfBuzz's subsetter (libharfbuzz-subset0). Exits with code 2 when something
    is missing, and says what to install.
    """
    problems = 0
    from .export import fonts

    font = fonts.find_japanese_font()
    click.echo(f"Japanese font:        {font or 'NONE (PDFs would show empty boxes: apt-get install fonts-noto-cjk)'}")
    problems += font is None
    hb = fonts.harfbuzz_subset_available()
    click.echo(f"HarfBuzz subsetting:  {'yes' if hb else 'no (PDFs 10-20x slower: apt-get install libharfbuzz-subset0)'}")
    from .dictionary import default_dictionary

    try:
        versions = default_dictionary().versions()
        click.echo("Dictionaries:         " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())))
    except Exception as e:  # a missing or broken jamdict-data
        click.echo(f"Dictionaries:         NOT AVAILABLE ({e}): pip install jamdict-data")
        problems += 1
    import fugashi

    tagger_info = fugashi.Tagger().dictionary_info[0]
    click.echo(f"Morphological dict:   unidic-lite ({tagger_info['filename']})")
    click.echo(f"studygen:             {__version__}, Python {sys.version.split()[0]}")
    if problems:
        sys.exit(EXIT_USER_ERROR)


COMMANDS = (inspect, serve, glossary, doctor)
