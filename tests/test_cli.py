"""The command line as a user meets it: help, version, doctor, inspect, build."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ARTICLES, EXAMPLES

# Every option of every command is listed on the documentation site's commands page.
COMMANDS_PAGE = Path(__file__).parent.parent / "docs" / "commands.md"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studygen", *args], input=stdin, capture_output=True, cwd=cwd)


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["inspect", "--help"], ["doctor", "--help"],
                                  ["render", "--help"], ["serve", "--help"]])
def test_help_explains(args):
    r = run(*args)
    assert r.returncode == 0
    assert b"Usage:" in r.stdout and len(r.stdout) > 200


def test_version():
    r = run("--version")
    assert r.returncode == 0 and re.search(rb"studygen, version \d+\.\d+", r.stdout)


# The command ends with os._exit once its work is done (cli._exit_now): exit handlers still run
# and the output is flushed, but objects are not freed one by one (0.15-0.3 s after a build).
_EXIT_PROBE = """
import atexit, sys
from studygen.cli import main

class Freed:
    def __del__(self):
        print("freed", flush=True)

kept = Freed()
atexit.register(lambda: print("exit handler ran"))
sys.argv = ["studygen", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize(("args", "code"), [(("--version",), 0), (("build", "/nonexistent/a.txt"), 2)])
def test_command_exits_at_once_keeping_handlers_and_output(args, code):
    r = subprocess.run([sys.executable, "-c", _EXIT_PROBE, *args], capture_output=True)
    out = r.stdout.decode()
    assert r.returncode == code, r.stderr.decode()
    assert "exit handler ran" in out and "freed" not in out
    assert (b"studygen, version" in r.stdout) if code == 0 else r.stderr.startswith(b"studygen: error: ")


def test_doctor_reports_font_and_dictionaries():
    r = run("doctor")
    out = r.stdout.decode()
    assert r.returncode == 0, out + r.stderr.decode()
    assert "Japanese font:" in out and "NONE" not in out
    assert "jmdict.version" in out


def test_inspect_json_is_the_study_set():
    r = run("inspect", str(ARTICLES / "economy-rates.txt"), "--json")
    assert r.returncode == 0, r.stderr.decode()
    data = json.loads(r.stdout)
    assert data["schema"] == "studygen.studyset/1" and data["vocabulary"]


def test_build_from_stdin(tmp_path):
    text = (ARTICLES / "sports-baseball.txt").read_bytes()
    r = run("build", "-", "-o", str(tmp_path), "--no-pdf", stdin=text)
    assert r.returncode == 0, r.stderr.decode()
    folders = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(folders) == 1 and folders[0].name.startswith("article-")
    assert list(folders[0].glob("*.apkg")) and list(folders[0].glob("*.json"))


def test_build_prints_where_it_wrote(tmp_path):
    r = run("build", str(EXAMPLES / "us-ukraine-summit.txt"), "-o", str(tmp_path), "--no-pdf")
    assert r.returncode == 0, r.stderr.decode()
    for line in r.stdout.decode().splitlines()[1:]:
        assert Path(line.strip()).exists(), line


def _options_of(command: str) -> set[str]:
    from studygen.cli import cli

    cmd = cli.commands[command]
    return {opt for p in cmd.params for opt in p.opts if opt.startswith("--") and opt != "--help"}


@pytest.mark.parametrize("command", ["build", "inspect", "glossary", "render", "serve"])
def test_every_option_is_documented(command):
    page = COMMANDS_PAGE.read_text("utf-8")
    missing = [o for o in sorted(_options_of(command)) if o not in page]
    assert not missing, f"options not in docs/commands.md: {missing}"


@pytest.mark.parametrize("paper", ["letter", "LETTER", "a4"])
def test_paper_size_in_any_case(tmp_path: Path, paper: str) -> None:
    r = run("build", str(EXAMPLES / "us-ukraine-summit.txt"), "-o", str(tmp_path), "--paper", paper, "--no-pdf", "-q")
    assert r.returncode == 0, r.stderr.decode()


def test_no_handout_writes_worksheet_and_key_only(tmp_path: Path) -> None:
    r = run("build", str(EXAMPLES / "us-ukraine-summit.txt"), "-o", str(tmp_path), "--no-handout", "-q")
    assert r.returncode == 0, r.stderr.decode()
    names = sorted(p.name for p in (tmp_path / "us-ukraine-summit").iterdir())
    # .studygen-build.json: what the folder was built from (incremental builds, issue 17)
    assert names == [".studygen-build.json", "us-ukraine-summit-answers.pdf", "us-ukraine-summit-worksheet.pdf",
                     "us-ukraine-summit.apkg", "us-ukraine-summit.json"]
