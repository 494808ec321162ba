"""Ingest: every encoding Japanese news arrives in, and every way reading a file can fail."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest

from studygen import ingest
from studygen.errors import (
    EmptyInputError,
    InputEncodingError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
    StudygenError,
)

TEXT = "政府は２８日、新しい経済対策を発表した。①物価高への対応～来年度まで。"

# (name, bytes, expected text): the encodings a Japanese article arrives in.
DECODINGS = (
    ("utf-8", TEXT.encode("utf-8"), TEXT),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    ("utf-16 LE with BOM", TEXT.encode("utf-16"), TEXT),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    # CP932 has ① and ～ (U+FF5E); plain shift_jis would refuse them.
    ("cp932 with ① and ～", TEXT.encode("cp932"), TEXT),
    ("iso-2022-jp (JIS)", "政府は二十八日、対策を発表した。".encode("iso2022_jp"), "政府は二十八日、対策を発表した。"),
    ("euc-jp", "政府は二十八日、新しい経済対策を発表した。".encode("euc_jp"), "政府は二十八日、新しい経済対策を発表した。"),
    ("html declaring shift_jis", '<meta charset="shift_jis"><p>日本語の記事です。</p>'.encode("cp932"),
     '<meta charset="shift_jis"><p>日本語の記事です。</p>'),
)


@pytest.mark.parametrize(("name", "data", "expected"), DECODINGS, ids=[d[0] for d in DECODINGS])
def test_decodes_japanese_encodings(name: str, data: bytes, expected: str) -> None:
    assert ingest.decode(data, "x.txt") == expected


# (name, bytes, --encoding, words the message must hold)
UNDECODABLE = (
    ("latin-1", ("Café crème brûlée, à la carte. " * 10).encode("latin-1"), None, "--encoding"),
    ("utf-8 with a broken byte", TEXT.encode() + b"\xff\xfe\x80", None, "byte"),
    ("utf-8 BOM then invalid", codecs.BOM_UTF8 + b"\xe6\x97" + TEXT.encode(), None, "--encoding"),
    ("odd-length utf-16", codecs.BOM_UTF16_LE + "日本".encode("utf-16-le") + b"\x00", None, "UTF-16"),
    ("random binary", bytes(range(256)) * 4, None, "--encoding"),
    ("unknown --encoding", TEXT.encode(), "klingon", "unknown encoding"),
    ("non-text --encoding", TEXT.encode(), "base64", "not a text encoding"),
    ("wrong --encoding", TEXT.encode("cp932"), "utf-8", "not valid utf-8"),
)


@pytest.mark.parametrize(("name", "data", "encoding", "words"), UNDECODABLE, ids=[u[0] for u in UNDECODABLE])
def test_undecodable_input_names_the_encoding_option(name: str, data: bytes, encoding: str | None,
                                                     words: str) -> None:
    with pytest.raises(InputEncodingError) as e:
        ingest.ingest("x.txt", data=data, encoding=encoding)
    message = str(e.value)
    assert "--encoding" in message
    assert words in message
    assert "\n" not in message


def test_explicit_encoding_wins() -> None:
    data = "日本語の記事です。".encode("euc_jp")
    assert ingest.ingest("x.txt", data=data, encoding="euc-jp").text == "日本語の記事です。"


def test_surrogateescaped_text_is_taken_back_to_its_bytes() -> None:
    # Python hands undecodable standard input and file names over as surrogateescape'd text.
    good = TEXT.encode().decode("utf-8", "surrogateescape")
    assert ingest.ingest("-", data=good).text == TEXT
    bad = (TEXT.encode() + b"\xff").decode("utf-8", "surrogateescape")
    with pytest.raises(InputEncodingError):
        ingest.ingest("-", data=bad)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        ingest.ingest(tmp_path / "nothing.txt")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputUnreadableError, match="folder"):
        ingest.ingest(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", b"\n" * 1000], ids=["empty", "blank", "newlines"])
def test_empty_input(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyInputError, match="empty"):
        ingest.ingest(path)


def test_nul_in_path_is_not_found() -> None:
    with pytest.raises(InputNotFoundError) as e:
        ingest.ingest("a\x00b.txt")
    assert "\x00" not in str(e.value)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT)
    path.chmod(0)
    with pytest.raises(InputUnreadableError):
        ingest.ingest(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 100)
    with pytest.raises(InputTooLargeError) as e:
        ingest.ingest(path, max_bytes=1000)
    assert "--max-bytes" in str(e.value)
    assert f"{path.stat().st_size:,}" in str(e.value)
    with pytest.raises(InputTooLargeError):
        ingest.ingest("x.txt", data=TEXT.encode() * 100, max_bytes=1000)
    assert ingest.ingest(path, max_bytes=path.stat().st_size).text.startswith("政府")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_input_is_refused_without_reading_it_all() -> None:
    with pytest.raises(InputTooLargeError, match="is over the limit of 10,000 bytes"):
        ingest.ingest("/dev/zero", max_bytes=10_000)


def test_default_limit_is_two_million_bytes() -> None:
    from studygen.options import Options

    assert Options().max_input_bytes == 2_000_000


@pytest.mark.parametrize(
    ("name", "shown"),
    [("a\nb.txt", "a\\x0ab.txt"), ("a\udcffb.txt", "a\\xffb.txt"), ("a\x1b[31mb", "a\\x1b[31mb"),
     ("記事.txt", "記事.txt")],
)
def test_source_names_print_on_one_line(name: str, shown: str) -> None:
    assert ingest.display_name(name) == shown
    with pytest.raises(StudygenError) as e:
        ingest.ingest(name, data=b"")
    assert "\n" not in str(e.value) and shown in str(e.value)
    str(e.value).encode("utf-8")  # printable: no lone surrogates


def test_html_ruby_readings_are_dropped() -> None:
    html = "<html><body><article><p><ruby>日本<rt>にっぽん</rt></ruby>の<ruby>首相<rp>(</rp><rt>しゅしょう</rt><rp>)</rp></ruby>が話した。</p></article></body></html>"
    doc = ingest.ingest("x.html", data=html.encode())
    assert "日本の首相が話した。" in doc.text
    assert "にっぽん" not in doc.text and "しゅしょう" not in doc.text


def test_html_is_sniffed_without_a_suffix() -> None:
    doc = ingest.ingest("-", data="<!DOCTYPE html><html><body><p>日本語の記事です。</p></body></html>".encode())
    assert doc.format == "html"
    assert "<p>" not in doc.text


_BODY = "<p>政府は新しい計画を発表しました。計画には多くの内容が含まれています。専門家は評価しています。</p>" * 3
DATELINES = [
    (f'<html><body><h1>見出し</h1><p class="article-date">2026年7月15日 11時30分</p><article>{_BODY}</article></body></html>', "2026-07-15"),
    (f'<html><body><h1>見出し</h1><time datetime="2026-03-04T09:00">3月4日</time><article>{_BODY}</article></body></html>', "2026-03-04"),
    (f'<html><head><meta property="article:published_time" content="2025-12-01T08:00:00+09:00"></head><body><h1>見出し</h1><article>{_BODY}</article></body></html>', "2025-12-01"),
    (f'<html><body><h1>見出し</h1><article>{_BODY}</article></body></html>', None),
]


@pytest.mark.parametrize(("html", "published"), DATELINES)
def test_html_date_from_metadata_or_dateline(html, published):
    from studygen.ingest import extract_html

    assert extract_html(html)[2] == published
