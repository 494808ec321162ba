"""The examples are true: the docstrings' (real fugashi and JMdict where they use them), and
every example in the README and the documentation site (docs/*.md).

In the Markdown files: each ```python block runs, the blocks of one file in order in one
namespace, in a temporary folder holding the example article as ``article.txt``; each
``studygen`` command line of a ```sh block parses with the real command line (its options and
their values); a few cheap ones run for real; the overrides files shown load. A block that
cannot run alone is marked with ``<!-- doctest: skip (reason) -->`` on the line above it.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "us-ukraine-summit.txt"
MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

MODULES = ["clean", "segment", "ingest", "analyze", "furigana", "dictionary", "pipeline", "questions", "senses",
           "name_readings", "syntax", "accent", "domains", "known", "export.items", "export.gift",
           "export.moodle", "export.kahoot", "export.formats", "export.pdf", "export.anki_notes",
           "options", "review", "export.studyset_reader", "web.security"]
MODULES += ["html_tree", "html_story"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"studygen.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


# -- the Markdown files ------------------------------------------------------------------------

_FENCE = re.compile(r"^```(\w*)\s*$")
_SKIP = re.compile(r"^<!-- doctest: skip \(.+\) -->$")


def blocks(path: Path) -> list[tuple[str, int, str, bool]]:
    """(language, line number, text, skipped) of each fenced block of a Markdown file."""
    out: list[tuple[str, int, str, bool]] = []
    lines = path.read_text("utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, lang = i, m.group(1)
        i += 1
        while i < len(lines) and lines[i].rstrip() != "```":
            i += 1
        skipped = start > 0 and bool(_SKIP.match(lines[start - 1].strip()))
        out.append((lang, start + 1, "\n".join(lines[start + 1:i]) + "\n", skipped))
        i += 1
    return out


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@contextlib.contextmanager
def _in_folder(folder: Path):
    shutil.copy(EXAMPLE, folder / "article.txt")
    old = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(old)


PYTHON_FILES = [p for p in MARKDOWN if any(lang == "python" for lang, *_ in blocks(p))]


def test_the_readme_and_the_docs_have_python_examples():
    assert ROOT / "README.md" in PYTHON_FILES and len(PYTHON_FILES) >= 4, PYTHON_FILES


@pytest.mark.parametrize("path", PYTHON_FILES, ids=_id)
def test_python_examples_run(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    namespace: dict[str, object] = {"__name__": "__main__"}
    with _in_folder(tmp_path):
        for lang, line, text, skipped in blocks(path):
            if lang != "python" or skipped:
                continue
            code = compile(text, f"{_id(path)}:{line}", "exec")
            exec(code, namespace)  # noqa: S102 - the documentation's own examples
    assert capsys.readouterr().out.strip(), "the examples print what they show"


def command_lines() -> list[tuple[Path, int, list[str]]]:
    """Every ``studygen …`` command shown in a sh block: (file, line, its arguments)."""
    out = []
    for path in MARKDOWN:
        for lang, line, text, skipped in blocks(path):
            if lang != "sh" or skipped:
                continue
            for n, row in enumerate(text.splitlines()):
                for segment in row.split("|"):
                    words = shlex.split(segment, comments=True)
                    at = next((i for i, w in enumerate(words) if w == "studygen" or w.endswith("/studygen")), None)
                    if at is not None:
                        out.append((path, line + 1 + n, words[at + 1:]))
    return out


COMMANDS = command_lines()


def test_the_docs_show_commands():
    assert len(COMMANDS) > 40 and {p.name for p, _, _ in COMMANDS} >= {"README.md", "commands.md", "batch.md"}


@pytest.mark.parametrize("args", [c[2] for c in COMMANDS],
                         ids=[f"{_id(p)}:{n}" for p, n, _ in COMMANDS])
def test_shown_commands_parse(args: list[str]):
    """The command exists and takes these options and values (nothing runs)."""
    from studygen.cli import cli
    from studygen.export.formats import parse_formats

    assert args, "a bare `studygen`"
    if args[0].startswith("-"):
        assert args[0] in ("--help", "-h", "--version")
        return
    assert args[0] in cli.commands, f"no command {args[0]!r}"
    command = cli.commands[args[0]]
    parent = click.Context(cli, info_name="studygen")
    try:
        ctx = command.make_context(args[0], list(args[1:]), parent=parent)
    except click.exceptions.Exit:
        return  # --help
    except click.BadParameter as e:
        # A file the example names (words.txt, output/) need not exist here.
        assert "does not exist" in e.format_message(), e.format_message()
        return
    if ctx.params.get("formats"):
        parse_formats(ctx.params["formats"])


# Cheap commands the docs show, run for real in a folder holding article.txt.
RUN = [
    "studygen doctor",
    "studygen inspect article.txt --json",
    "studygen build article.txt --format pdf,moodle,kahoot",
]


def test_the_commands_run_are_shown():
    shown = {" ".join(args) for _, _, args in COMMANDS}
    assert {r.removeprefix("studygen ") for r in RUN} <= shown


@pytest.mark.parametrize("line", RUN)
def test_shown_commands_run(line: str, tmp_path: Path):
    shutil.copy(EXAMPLE, tmp_path / "article.txt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    r = subprocess.run([sys.executable, "-m", "studygen", *shlex.split(line)[1:]], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()


OVERRIDES = [(p, line, lang, text) for p in MARKDOWN for lang, line, text, skipped in blocks(p)
             if lang in ("csv", "toml") and not skipped]


@pytest.mark.parametrize("path, line, lang, text", OVERRIDES, ids=[f"{_id(o[0])}:{o[1]}" for o in OVERRIDES])
def test_shown_overrides_files_load(path: Path, line: int, lang: str, text: str, tmp_path: Path):
    from studygen.overrides import load_overrides

    f = tmp_path / f"fixes.{lang}"
    f.write_text(text, "utf-8")
    assert load_overrides(f)
