"""Every bad input through the installed `studygen` command: exit code 2, exactly one line on
stderr, no traceback, and nothing written to the output folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = b"The government announced a new economic package today. It will help small firms and families."
HTML_ONLY_SCRIPTS = ("<html><head><script>document.write('政府は会談した。政府は会談した。政府は会談した。');"
                     "</script></head><body><nav>トップ</nav></body></html>").encode()


def _studygen() -> list[str]:
    exe = Path(sys.executable).with_name("studygen")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("studygen")
    return [found] if found else [sys.executable, "-m", "studygen"]


def _binary(tmp: Path) -> Path:
    path = tmp / "garbage.bin"
    path.write_bytes(bytes((i * 197 + 61) % 256 for i in range(4096)))
    return path


def _write(name: str | bytes, data: bytes):
    def make(tmp: Path) -> Path | bytes:
        if isinstance(name, bytes):  # a file name that is not UTF-8
            path = os.path.join(os.fsencode(tmp), name)
            with open(path, "wb") as f:
                f.write(data)
            return path
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _folder(tmp: Path) -> Path:
    (tmp / "a-folder").mkdir()
    return tmp / "a-folder"


# (name, make the input in tmp -> path, extra arguments, stdin, words the line must hold)
BAD_INPUTS = (
    ("missing path", lambda tmp: tmp / "nothing.txt", [], None, "no such file"),
    ("a directory", _folder, [], None, "folder"),
    ("empty file", _write("empty.txt", b""), [], None, "empty"),
    ("blank file", _write("blank.txt", " \r\n\t\n\u3000\ufeff".encode()), [], None, "empty"),
    ("English article", _write("english.txt", ENGLISH), [], None, "Japanese input is required"),
    ("too little Japanese", _write("short.txt", "日本の首相。".encode()), [], None, "too little"),
    ("emoji only", _write("emoji.txt", "🎉✨👍🏽 ?? ?".encode()), [], None, "Japanese"),
    ("NUL bytes only", _write("nul.txt", b"\x00" * 100), [], None, "Japanese"),
    ("Latin-1 text", _write("latin1.txt", ("Café crème, à bientôt. " * 20).encode("latin-1")), [], None, "--encoding"),
    ("binary garbage", _binary, [], None, "not a text or HTML article"),
    ("unknown --encoding", _write("ok.txt", "日本語の記事です。".encode()), ["--encoding", "klingon"], None, "unknown encoding"),
    ("non-text --encoding", _write("ok.txt", "日本語の記事です。".encode()), ["--encoding", "base64"], None, "not a text encoding"),
    ("wrong --encoding", _write("sjis.txt", "日本語の記事です。".encode("cp932")), ["--encoding", "utf-8"], None, "--encoding"),
    ("over --max-bytes", _write("long.txt", "日本語の記事です。".encode() * 100), ["--max-bytes", "100"], None, "--max-bytes"),
    ("empty standard input", lambda tmp: "-", [], b"", "standard input is empty"),
    ("English on standard input", lambda tmp: "-", [], ENGLISH, "Japanese input is required"),
    ("HTML with text only in scripts", _write("page.html", HTML_ONLY_SCRIPTS), [], None, "Japanese"),
    ("newline in the file name", _write("two\nlines.txt", b""), [], None, "two\\x0alines.txt"),
    ("file name not in UTF-8", _write(b"\xff\xfe-name.txt", ENGLISH), [], None, "\\xff\\xfe-name.txt"),
)
if Path("/dev/zero").exists():
    BAD_INPUTS += (("endless input", lambda tmp: Path("/dev/zero"), ["--max-bytes", "10000"], None, "--max-bytes"),)


@pytest.mark.parametrize(("name", "make", "args", "stdin", "words"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_code_2(tmp_path: Path, name: str, make, args: list[str],
                                               stdin: bytes | None, words: str) -> None:
    source = make(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([*_studygen(), "build", source, "-o", str(out), "--no-pdf", *args], check=False,
                            input=stdin if stdin is not None else b"", capture_output=True, timeout=120,
                            cwd=tmp_path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("studygen: error: ")
    assert words in lines[0]
    assert list(out.iterdir()) == []


def test_unwritable_output_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    source = Path(__file__).parent / "fixtures" / "articles" / "health-policy.txt"
    blocker = tmp_path / "out"
    blocker.write_bytes(b"a file, not a folder")
    result = subprocess.run([*_studygen(), "build", str(source), "-o", str(blocker / "sub"), "--no-pdf"],
                            capture_output=True, check=False, timeout=300, cwd=tmp_path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and "Traceback" not in stderr
    assert len(stderr.splitlines()) == 1 and "cannot write output" in stderr
    assert blocker.read_bytes() == b"a file, not a folder"
